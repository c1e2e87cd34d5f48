"""Store records as the JSON the API serves and the pages render: claims, evidence, findings, documents.

The JSON twin of a page is what its template renders from, so the two cannot disagree; a claims list
renders the same claims from their summaries (``summary_rows``), without decoding their JSON. Claims
are served in the extract-v1 shape with their document's id, content hash and the claim's index
added; evidence spans are given both as code-point offsets (``span``, Python's and extract-v1's) and
as UTF-16 offsets (``span_utf16``, JavaScript's), which differ after any character outside the Basic
Multilingual Plane (an emoji counts 1 in Python and 2 in JavaScript).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from functools import lru_cache
from html import escape
from typing import Any
from urllib.parse import quote

from markupsafe import Markup
from markupsafe import escape as markup_escape

from dronewatch.api.regions import regions
from dronewatch.model import Claim, Document, Finding
from dronewatch.store.base import (
    ClaimJSON,
    ClaimSummary,
    DocumentInfo,
    StoredClaim,
    StoredFinding,
)
from dronewatch.store.rows import ROOT_PATH, EvidenceRow, evidence_rows

__all__ = [
    "RawJSON",
    "claim_path",
    "claim_record",
    "document_path",
    "document_record",
    "evidence",
    "explain",
    "finding_record",
    "page_record",
    "page_records_json",
    "place_label",
    "snippet",
    "summary_rows",
    "utf16_offsets",
]

SNIPPET_CHARS = 90
"""Characters of context each side of a search match, about a line of the results page."""

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def utf16_offsets(text: str) -> Callable[[int], int]:
    """A function turning a code-point offset into ``text`` into the UTF-16 offset JavaScript uses."""
    astral = [m.start() for m in _ASTRAL.finditer(text)]
    if not astral:
        return lambda offset: offset
    # Each astral character before the offset is two UTF-16 units instead of one code point.
    return lambda offset: offset + bisect_left(astral, offset)


def claim_path(content_hash: str, index: int) -> str:
    """The claim inspector's address."""
    return f"/claims/{content_hash}/{index}"


def document_path(content_hash: str) -> str:
    """The document page's address."""
    return f"/documents/{content_hash}"


def _iso(when: datetime | None) -> str | None:
    return None if when is None else when.isoformat()


def explain(finding: Finding) -> str:
    """The finding in words, from its detail where the kind has a known one, else its message."""
    return _explained(finding.kind, finding.message, finding.detail)


def _explained(kind: str, message: str, detail: Mapping[str, Any]) -> str:
    """``explain`` of a finding given by its kind, message and detail."""
    if kind == "breakdown_sum_mismatch":
        total, listed = detail.get("total"), detail.get("sum")
        if isinstance(total, int) and isinstance(listed, int) and total != listed:
            gap = total - listed
            words = f"{gap} fewer" if gap > 0 else f"{-gap} more"
            scope = {
                "partial": " (the breakdown says it is partial)",
                "complete": " (the breakdown says it is complete)",
            }.get(str(detail.get("scope")), "")
            return f"the breakdown adds up to {listed}, {words} than the stated {total}{scope}"
    if kind == "breakdown_duplicate_place":
        places = detail.get("places")
        if isinstance(places, list) and places:
            return f"the breakdown lists {', '.join(map(str, places))} more than once"
    return message


def finding_record(finding: Finding) -> dict[str, Any]:
    """A finding in extract-v1 shape with its explanation in words."""
    return finding.to_dict() | {"explanation": explain(finding)}


def claim_record(stored: StoredClaim) -> dict[str, Any]:
    """A stored claim in the extract-v1 shape, with where it comes from and its own findings."""
    return stored.claim.to_dict() | _provenance(stored)


def page_record(stored: ClaimJSON) -> dict[str, Any]:
    """A claim of a list page (from its stored JSON), shaped as ``claim_record`` gives it."""
    claim: dict[str, Any] = json.loads(stored.claim_json)
    return claim | _provenance(stored)


class RawJSON(str):
    """JSON text the API serves as it is, inside the page's JSON (see ``twins.dumps``)."""


def page_records_json(claims: Iterable[ClaimJSON]) -> RawJSON:
    """``[page_record(c) for c in claims]`` as compact JSON, written from each claim's stored JSON
    without decoding it: the stored object's members, then its provenance's.

    The stored JSON is compact, as ``dumps`` writes (``rows.to_json``), and a claim's members never
    share a name with its provenance's, so this is the text ``dumps`` gives for the records.
    """
    parts = []
    for stored in claims:
        claim = stored.claim_json
        provenance = _compact(_provenance(stored))
        if claim.startswith("{") and claim.endswith("}") and claim != "{}":
            parts.append(f"{claim[:-1]},{provenance[1:]}")
        else:
            parts.append(_compact(page_record(stored)))
    return RawJSON(f"[{','.join(parts)}]")


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _provenance(stored: StoredClaim | ClaimJSON) -> dict[str, Any]:
    """Where a claim comes from, its own findings and the link to its inspector."""
    return {
        "document_id": stored.document_id,
        "content_hash": stored.content_hash,
        "claim_index": stored.index,
        "published_at": _iso(stored.published_at),
        "source": stored.source,
        "findings": [finding_record(f) for f in stored.findings],
        "inspect_url": claim_path(stored.content_hash, stored.index),
    }


def stored_finding_record(stored: StoredFinding) -> dict[str, Any]:
    """A finding on a stored claim, with its document and a link to the claim."""
    finding = stored.finding
    return finding_record(finding) | {
        "document_id": stored.document_id,
        "content_hash": stored.content_hash,
        "published_at": _iso(stored.published_at),
        "source": stored.source,
        "inspect_url": None if finding.claim is None else claim_path(stored.content_hash, finding.claim),
    }


def document_record(document: Document, *, text: bool = True) -> dict[str, Any]:
    """A document's fields (its text too unless ``text`` is False) and its page's address."""
    record = document.to_dict()
    if not text:
        del record["text"]
    return record | {"url_page": document_path(document.content_hash)}


def document_info_record(info: DocumentInfo, query: str | None = None) -> dict[str, Any]:
    """A document of a list: its fields without the text, counts and an excerpt (around ``query``)."""
    return document_record(info.document, text=False) | {
        "lang": info.lang,
        "claims": info.claims,
        "findings": info.findings,
        "excerpt": snippet(info.document.text, query),
    }


def snippet(text: str, query: str | None, chars: int = SNIPPET_CHARS) -> dict[str, str]:
    """The text around the first match of ``query`` (ignoring case) as before / match / after.

    Without a query or a match, the start of the text. The three parts are plain text, for the page
    to render as text.
    """
    found = re.search(re.escape(query), text, re.IGNORECASE) if query else None
    if found is None:
        head = text[: 2 * chars]
        return {"before": head + ("…" if len(text) > len(head) else ""), "match": "", "after": ""}
    start, end = found.span()
    before = text[max(0, start - chars) : start]
    after = text[end : end + chars]
    return {
        "before": ("…" if start > chars else "") + before,
        "match": text[start:end],
        "after": after + ("…" if end + chars < len(text) else ""),
    }


def place_label(place: dict[str, Any]) -> str:
    """A place of a claim as the pages name it: the ISO code alone for Crimea and Sevastopol."""
    region = regions().get(str(place.get("id") or "").upper())
    if region is not None:
        return region.label
    return str(place.get("name") or place.get("text") or "?")


def _label(path: str) -> str:
    """``breakdown[1].destroyed`` as ``breakdown 2 › destroyed``; the claim's own span as ``whole claim``."""
    if path == ROOT_PATH:
        return "whole claim"
    words = re.sub(r"\[(\d+)\]", lambda m: f" {int(m.group(1)) + 1}", path)
    return words.replace(".", " › ").replace("_", " ")


def _node(claim: dict[str, Any], path: str) -> Any:
    node: Any = claim
    if path == ROOT_PATH:
        return node
    for part in re.findall(r"[^.\[\]]+|\[\d+\]", path):
        node = node[int(part[1:-1])] if part.startswith("[") else node[part]
    return node


_QUALIFIER_WORDS = {"exact": "", "at_least": "at least ", "at_most": "at most ", "approx": "about "}


def _count_words(value: object, qualifier: str) -> str:
    """A count with its qualifier in words: ``at least 5``."""
    return f"{_QUALIFIER_WORDS.get(qualifier, '')}{value}"


def _value(node: dict[str, Any]) -> str:
    """The normalised value an evidence span supports, in words."""
    if "value" in node and "qualifier" in node:
        return _count_words(node["value"], node["qualifier"])
    if "level" in node:
        where = node.get("id") or "unresolved"
        return f"{place_label(node)} ({where})" if node.get("id") else f"{node.get('name')} (unresolved)"
    if "precision" in node:
        start, end = node.get("start"), node.get("end")
        if start and end and start != end:
            return f"{start} to {end}"
        if start:
            return str(start)
        clock = node.get("clock") or "?"
        return f"{clock} (UTC{node['utc_offset']}), date not stated" if node.get("utc_offset") else clock
    if "type" in node:
        return str(node["type"])
    if "name" in node:
        return str(node["name"])
    if "kind" in node:
        return str(node["kind"]).replace("_", " ")
    return ""


def evidence(claim: Claim, text: str) -> list[dict[str, Any]]:
    """Every evidence span of a claim with the field it supports and that field's value, in both units.

    Ordered by position in the text, the whole claim's span first.
    """
    to_utf16 = utf16_offsets(text)
    as_json = claim.to_dict()
    rows: Iterable[EvidenceRow] = evidence_rows(claim)
    out = []
    for row in sorted(rows, key=lambda r: (r.path != ROOT_PATH, r.start, r.end, r.path)):
        out.append(
            {
                "path": row.path,
                "field": _label(row.path),
                "value": _value(_node(as_json, row.path)),
                "text": row.text,
                "span": [row.start, row.end],
                "span_utf16": [to_utf16(row.start), to_utf16(row.end)],
            }
        )
    return out


def quoted(value: str) -> str:
    """A value for a URL path segment."""
    return quote(value, safe="")


def claim_day(record: dict[str, Any]) -> str:
    """The day a claim is about, as the store dates it: its time's start, else the publication."""
    when = record.get("window") if record.get("type") == "interception" else record.get("time")
    if when and when.get("start"):
        return str(when["start"])[:10]
    published = record.get("published_at")
    return str(published)[:10] if published else "undated"


def claim_count(record: dict[str, Any]) -> str:
    """The headline numbers in words: downed for an interception, casualties or sites for an impact."""
    counts = {
        name: (node["value"], node["qualifier"])
        for name in ("launched", "destroyed", "killed", "injured", "sites")
        if (node := record.get(name)) is not None
    }
    return _numbers(record.get("type"), counts)


def _numbers(kind: object, counts: Mapping[str, tuple[object, str]]) -> str:
    """``claim_count`` from the counts a claim states, by name, as (value, qualifier)."""
    if kind == "interception":
        downed, launched = counts.get("destroyed"), counts.get("launched")
        words = f"{_count_words(*downed)} downed" if downed else "count not stated"
        return f"{words} of {_count_words(*launched)} launched" if launched else words
    parts = [f"{_count_words(*counts[name])} {name}" for name in ("killed", "injured") if name in counts]
    if "sites" in counts:
        parts.append(f"{_count_words(*counts['sites'])} sites")
    return ", ".join(parts) or "–"


def claim_places(record: dict[str, Any]) -> list[dict[str, Any]]:
    """The places a claim names: ``id`` (None when unresolved), ``label`` and the breakdown's count."""
    if record.get("type") == "interception":
        return [
            {
                "id": item["place"]["id"],
                "label": place_label(item["place"]),
                "count": _value(item["destroyed"]),
            }
            for item in record.get("breakdown", [])
        ]
    return [{"id": p["id"], "label": place_label(p), "count": None} for p in record.get("places", [])]


@lru_cache(maxsize=8192)
def _place_html(place_id: str | None, label: str) -> str:
    """A place in a claims table: a link to its page, or the name of a place left unresolved."""
    if place_id:
        return f'<a href="/places/{escape(quoted(place_id))}">{escape(label)}</a>'
    return f'<span class="unresolved">{escape(label)}</span>'


def _places_cell(places: Iterable[tuple[str | None, str, str | None]]) -> Markup:
    """The places cell of a row: each (id, label, breakdown count), escaped, comma-separated."""
    parts = [_place_html(i, label) + (f" {escape(count)}" if count else "") for i, label, count in places]
    return Markup(", ".join(parts) or "–")


def _findings_cell(findings: Iterable[tuple[str, str, str]]) -> Markup:
    parts = [
        f'<span class="finding severity-{escape(severity)}" '
        f'title="{escape(explanation)}">{escape(kind)}</span>'
        for kind, severity, explanation in findings
    ]
    return Markup(" ".join(parts) or "–")


@lru_cache(maxsize=16384)
def _text(value: str) -> str:
    """Text for a table cell, escaped as the template engine escapes text.

    Kept: the days, weapons, counts, claimants and sources of a claims table repeat from row to row.
    """
    return str(markup_escape(value))


def _row(
    day: str,
    kind: str,
    weapon: str,
    numbers: str,
    places: str,
    claimant: str,
    source: str,
    findings: str,
    inspect_url: str,
) -> str:
    """One row of a claims table as markup: the text cells escaped as the template engine escapes
    text, the places and findings cells already markup (``_places_cell``, ``_findings_cell``).

    Built here rather than by the template: a row of a 50-row page is then one string format
    instead of a dozen template lookups and escapes (``claims_table`` places the rows).
    """
    kind = _text(kind)
    return (
        "    <tr>\n"
        f'      <td class="day">{_text(day)}</td>\n'
        f'      <td><span class="type type-{kind}">{kind}</span></td>\n'
        f"      <td>{_text(weapon)}</td>\n"
        f"      <td>{_text(numbers)}</td>\n"
        f"      <td>{places}</td>\n"
        f"      <td>{_text(claimant)}</td>\n"
        f"      <td>{_text(source)}</td>\n"
        f"      <td>{findings}</td>\n"
        f'      <td><a href="{escape(inspect_url)}">inspect</a></td>\n'
        "    </tr>"
    )


def claim_rows(records: list[dict[str, Any]]) -> Markup:
    """Claims (as the JSON twin serves them) as the rows of a claims table, one after the other
    (empty when there are none)."""
    rows = []
    for c in records:
        model = c.get("weapon_model")
        claimant = c.get("claimant")
        rows.append(
            _row(
                claim_day(c),
                c["type"],
                f"{c['weapon']} ({model})" if model else c["weapon"],
                claim_count(c),
                _places_cell((p["id"], p["label"], p["count"]) for p in claim_places(c)),
                claimant["name"] if claimant else "–",
                c.get("source") or "–",
                _findings_cell((f["kind"], f["severity"], f["explanation"]) for f in c.get("findings", [])),
                c["inspect_url"],
            )
        )
    return Markup("\n".join(rows))


def summary_rows(summaries: Iterable[ClaimSummary]) -> Markup:
    """Claims as the store summarises them (``claim_summaries``) as the rows of a claims table, the
    same rows ``claim_rows`` gives for their records."""
    rows = []
    for c in summaries:
        places = ", ".join([_summary_place(i, name, n, q) for i, name, _, n, q in c.places]) or "–"
        findings = (
            _findings_cell(
                [
                    (kind, severity, _explained(kind, message, detail))
                    for kind, severity, message, detail in c.findings
                ]
            )
            if c.findings
            else "–"
        )
        rows.append(
            _row(
                c.event_date or "undated",
                c.type,
                f"{c.weapon} ({c.weapon_model})" if c.weapon_model else c.weapon,
                _numbers(c.type, {name: (value, qualifier) for name, value, qualifier in c.counts}),
                places,
                c.claimant or "–",
                c.source or "–",
                findings,
                claim_path(c.content_hash, c.claim_index),
            )
        )
    return Markup("\n".join(rows))


@lru_cache(maxsize=8192)
def _summary_place(place_id: str | None, name: str, destroyed: int | None, qualifier: str | None) -> str:
    """A place of a summary, with its downed count for a breakdown item, as ``_places_cell`` writes
    it (places and counts repeat across claims)."""
    label = place_label({"id": place_id, "name": name})
    count = "" if destroyed is None else f" {escape(_count_words(destroyed, str(qualifier)))}"
    return _place_html(place_id, label) + count


FILTERS: dict[str, Callable[..., Any]] = {
    "claim_rows": claim_rows,
    "claim_day": claim_day,
    "claim_count": claim_count,
    "claim_places": claim_places,
    "place_label": place_label,
    "quoted": quoted,
}
"""The helpers templates use to render records (Jinja filters)."""
