#!/usr/bin/env python3
"""Score the extractor on a labelled set: per field, per language.

    python scripts/evaluate.py [GOLD.jsonl] [--json] [--predictions OUT.jsonl]
    python scripts/evaluate.py --pin [--allow-lower]   # pin today's scores as the quality gate's floors

Without GOLD it scores the full development set beside the repository (``../shared/eval/dev``) where it
exists, else the redistributable documents kept in ``tests/data/eval``. The documents go through the
same path as ``score.py docs GOLD | dronewatch extract -``: labels stripped, read as JSON Lines by the
intake, extracted by the pipeline.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import io
import json
import math
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from dronewatch.intake import Rejected, read
from dronewatch.pipeline import process

ROOT = Path(__file__).resolve().parent.parent
SHARED_EVAL = ROOT.parent / "shared" / "eval"
LOCAL_EVAL = ROOT / "tests" / "data" / "eval"
LANGUAGES = ("en", "ru", "uk")
FIELDS = (
    "interception.destroyed",
    "interception.launched",
    "interception.suppressed",
    "interception.breakdown",
    "interception.window",
    "impact.admin1",
    "impact.casualties",
    "impact.sites",
    "findings",
)


FLOORS = LOCAL_EVAL / "floors.json"
GATED = (*FIELDS, "interception.weapon_accuracy", "evidence.valid_spans")


def gold_hash(gold: Path) -> str:
    """The SHA-256 of a gold file: floors are pinned to the exact labelled set they were measured on."""
    return hashlib.sha256(gold.read_bytes()).hexdigest()


def measured(result: dict[str, Any]) -> dict[str, dict[str, float]]:
    """The gated figures of a result: F1 per field, weapon accuracy and valid spans, per language."""
    figures: dict[str, dict[str, float]] = {}
    for scope in ("all", *LANGUAGES):
        if scope not in result:
            continue
        scores = result[scope]
        row: dict[str, float] = {}
        for field in GATED:
            value = scores[field]["f1"] if isinstance(scores[field], dict) else scores[field]
            if value is not None:
                row[field] = float(value)
        figures[scope] = row
    return figures


def pin(gold: Path, result: dict[str, Any], allow_lower: bool) -> list[str]:
    """Write today's figures as the floors of this labelled set; refuse to lower one without leave.

    Returns:
        The floors that would be lowered (empty when the pin was written).
    """
    floors = json.loads(FLOORS.read_text(encoding="utf-8")) if FLOORS.exists() else {}
    key = gold_hash(gold)
    old = floors.get(key, {}).get("floors", {})
    new = {
        scope: {field: math.floor(value * 1000) / 1000 for field, value in row.items()}
        for scope, row in measured(result).items()
    }
    lowered = [
        f"{scope} {field}: {old[scope][field]} -> {value}"
        for scope, row in new.items()
        for field, value in row.items()
        if field in old.get(scope, {}) and value < old[scope][field]
    ]
    if lowered and not allow_lower:
        return lowered
    floors[key] = {"gold": gold.name, "documents": result["all"]["documents"], "floors": new}
    FLOORS.write_text(json.dumps(floors, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return []


def default_gold() -> Path:
    """The full development set where it is available, else the project's redistributable copy."""
    shared = SHARED_EVAL / "dev" / "gold.jsonl"
    return shared if shared.exists() else LOCAL_EVAL / "gold-redistributable.jsonl"


def load_scorer(gold: Path) -> ModuleType:
    """The scorer that sits beside the gold file's folder, else the project's copy."""
    for candidate in (gold.parent.parent / "score.py", gold.parent / "score.py", LOCAL_EVAL / "score.py"):
        if candidate.exists():
            spec = importlib.util.spec_from_file_location("score", candidate)
            if spec is None or spec.loader is None:
                continue
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            return module
    raise FileNotFoundError("no score.py found beside the gold file or in tests/data/eval")


def predict(gold_rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Extract every gold document as `dronewatch extract -` would, from its unlabelled JSON line."""
    lines = []
    for row in gold_rows:
        doc = {k: row[k] for k in ("id", "text", "url", "published_at", "source") if row.get(k) is not None}
        lines.append(json.dumps(doc, ensure_ascii=False))
    stdin = io.BytesIO(("\n".join(lines) + "\n").encode("utf-8"))
    predictions = []
    for item in read(["-"], input_format="jsonl", stdin=stdin):
        if isinstance(item, Rejected):
            raise ValueError(f"the intake rejected a gold document: {item.origin}: {item.reason}")
        predictions.append(process(item).to_dict())
    return predictions


def resolution(rows: list[dict[str, Any]], predictions: list[dict[str, Any]]) -> dict[str, Any]:
    """How many of the places the extractor attached to counts resolve to the gold id.

    A breakdown place is checked where the gold document has an item with the same count; an impact
    place where the gold document has impacts. Gold keys may list alternatives ("RU-MOS|RU-MOW").
    Places left unresolved (reported as findings, never guessed) are counted apart.
    """
    by_id = {str(p["id"]): p for p in predictions}
    checked = resolved = unresolved = 0
    for row in rows:
        pred = by_id.get(str(row["id"]), {"claims": []})
        gold_items: dict[int, set[str]] = {}
        for claim in row.get("interceptions") or []:
            pairs = (
                claim["breakdown"].items()
                if isinstance(claim["breakdown"], dict)
                else claim["breakdown"] or []
            )
            for key, count in pairs:
                gold_items.setdefault(count, set()).update(key.split("|"))
        gold_admin1 = {
            a for c in row.get("impacts") or [] for key in c.get("admin1") or [] for a in key.split("|")
        }
        for claim in pred["claims"]:
            if claim["type"] == "interception":
                for item in claim["breakdown"]:
                    keys = gold_items.get(item["destroyed"]["value"])
                    if item["place"]["id"] is None:
                        unresolved += 1
                    elif keys is not None:
                        checked += 1
                        resolved += (item["place"]["admin1"] or item["place"]["id"]) in keys
            elif gold_admin1:
                for place in claim["places"]:
                    if place["id"] is None:
                        unresolved += 1
                        continue
                    checked += 1
                    resolved += (place["admin1"] or place["id"]) in gold_admin1
    return {
        "checked": checked,
        "resolved": resolved,
        "share": round(resolved / checked, 4) if checked else None,
        "unresolved": unresolved,
    }


def evaluate(gold: Path) -> dict[str, Any]:
    """Scores on the whole set and per language, and the predictions they were computed from."""
    scorer = load_scorer(gold)
    rows = scorer.read_jsonl(str(gold))
    predictions = predict(rows)
    result: dict[str, Any] = {"gold": str(gold), "all": scorer.score(rows, predictions)}
    for lang in LANGUAGES:
        subset = [r for r in rows if r.get("lang") == lang]
        if subset:
            result[lang] = scorer.score(subset, predictions)
    result["places"] = resolution(rows, predictions)
    result["predictions"] = predictions
    return result


def report(result: dict[str, Any]) -> str:
    """A table of F1 per field (and weapon accuracy, valid spans) for all documents and each language."""
    columns = ["all", *(lang for lang in LANGUAGES if lang in result)]
    lines = [f"gold: {result['gold']}"]
    header = f"{'field':28s}" + "".join(
        f"{c + ' (' + str(result[c]['documents']) + ')':>14s}" for c in columns
    )
    lines += [header, "-" * len(header)]
    for field in FIELDS:
        cells = []
        for c in columns:
            tally = result[c][field]
            n = tally["tp"] + tally["fn"]
            cells.append(f"{tally['f1']:.3f} /{n:>4d}" if n or tally["fp"] else "      -")
        lines.append(f"{field + ' F1':28s}" + "".join(f"{cell:>14s}" for cell in cells))
    for key in ("interception.weapon_accuracy", "evidence.valid_spans", "documents_missing_from_output"):
        cells = [str(result[c][key]) for c in columns]
        lines.append(f"{key:28s}" + "".join(f"{cell:>14s}" for cell in cells))
    lines.append("(F1 / number of gold items)")
    places = result["places"]
    lines.append(
        f"places resolved to the gold id: {places['resolved']} of {places['checked']} ({places['share']:.1%})"
        " (breakdown places beside a gold count, impact places in documents with gold impacts);"
        f" {places['unresolved']} left unresolved and reported"
    )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("gold", nargs="?", type=Path, default=None, help="a gold JSON Lines file")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--predictions", type=Path, help="also write the predictions here")
    parser.add_argument("--pin", action="store_true", help="pin these scores as the quality gate's floors")
    parser.add_argument("--allow-lower", action="store_true", help="with --pin: let a floor go down")
    args = parser.parse_args(argv)
    gold = args.gold or default_gold()
    result = evaluate(gold)
    predictions = result.pop("predictions")
    if args.pin:
        lowered = pin(gold, result, args.allow_lower)
        if lowered:
            print("Refusing to lower these floors (pass --allow-lower if that is intended):", file=sys.stderr)
            print("\n".join(f"  {line}" for line in lowered), file=sys.stderr)
            return 1
        print(f"pinned the floors of {gold.name} in {FLOORS.relative_to(ROOT)}", file=sys.stderr)
    if args.predictions:
        with args.predictions.open("w", encoding="utf-8") as out:
            for line in predictions:
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(json.dumps(result, indent=2) if args.json else report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
