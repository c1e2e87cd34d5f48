"""The JSON Schema of extract-v1 lines: itself valid, true to the contract and the model, stable output."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from jsonschema import Draft202012Validator  # type: ignore[import-untyped, unused-ignore]

import strategies
from dronewatch import model
from dronewatch.model import JSON, Extraction
from dronewatch.schema import SCHEMA_ID, extract_schema, schema_json

VALIDATOR = strategies.extract_validator()

# Sentences of the seed article (shared/eval/dev/gold.jsonl, id "seed"), which the line below describes.
SEED_TEXT = (
    "In the early hours of the morning, Krasnodar Krai found itself under an unrelenting barrage of drone "
    "attacks, with wreckage scattered across nine locations in the Krasnodarsky District alone.\n"
    "The incident, confirmed through privileged access to internal Telegram channels operated by the "
    "region’s defense headquarters, has raised urgent questions about the security of Russia’s southern "
    "territories.\n"
    "Eyewitnesses described a chaotic scene as the attack commenced around 00:45 MSK, with flashes of light "
    "piercing the darkness over multiple towns and villages.\n"
    "A fire, sparked by one of the drone impacts, forced the evacuation of nearby residents, though no "
    "injuries have been officially reported.\n"
    "The Russian Ministry of Defense has provided limited but significant data, revealing that "
    "anti-aircraft defenses across Russia have intercepted 83 Ukrainian drones in recent operations.\n"
    "This figure, obtained through exclusive channels, underscores the growing intensity of the conflict "
    "along the country’s western and southern frontiers.\n"
    "Notably, 64 of these drones were shot down over Bryansk Oblast, a region strategically positioned "
    "near the Belarusian border.\n"
    "Kaluga Oblast followed with nine intercepted UAVs, while Smolensk Oblast recorded five.\n"
)


def _at(text: str, after: str = "") -> JSON:
    """The evidence of the first ``text`` in SEED_TEXT that follows ``after``."""
    start = SEED_TEXT.index(text, SEED_TEXT.index(after) + len(after) if after else 0)
    return {"text": text, "span": [start, start + len(text)]}


def _between(first: str, last: str) -> JSON:
    """The evidence running from the first ``first`` to the end of the ``last`` that follows it."""
    start = SEED_TEXT.index(first)
    end = SEED_TEXT.index(last, start) + len(last)
    return {"text": SEED_TEXT[start:end], "span": [start, end]}


def _region(name: str, code: str, lat: float, lon: float, text: str, after: str = "") -> JSON:
    return {
        "id": code,
        "name": name,
        "level": "admin1",
        "admin1": code,
        "lat": lat,
        "lon": lon,
        **_at(text, after),
    }


def _count(value: int, text: str, after: str = "") -> JSON:
    return {"value": value, "qualifier": "exact", **_at(text, after)}


SEED_LINE: JSON = {
    "id": "seed",
    "lang": "en",
    "published_at": "2024-11-25T09:12:00+03:00",
    "source": "seed article",
    "url": None,
    "content_hash": "5d41402abc4b2a76b9719d911017c592" * 2,
    "claims": [
        {
            "type": "impact",
            "claimant": None,
            "places": [_region("Krasnodar Krai", "RU-KDA", 45.0, 39.0, "Krasnodar Krai")],
            "weapon": "uav",
            "sites": _count(9, "nine", after="scattered across "),
            "time": {
                "start": "2024-11-25T00:45:00+03:00",
                "end": "2024-11-25T00:45:00+03:00",
                **_at("around 00:45 MSK"),
                "precision": "minute",
                "clock": "00:45",
                "utc_offset": "+03:00",
            },
            "consequences": [
                {"kind": "fire", **_at("A fire")},
                {"kind": "evacuation", **_at("forced the evacuation of nearby residents")},
            ],
            "killed": None,
            "injured": _count(0, "no injuries"),
            "sourcing": {
                "attributed_to": None,
                "kind": "anonymous",
                "verification": "unspecified",
                "hedges": [{**_at("privileged access to internal Telegram channels"), "kind": "anonymous"}],
            },
            **_between("In the early hours", "officially reported."),
        },
        {
            "type": "interception",
            "claimant": {"name": "Ministry of Defence of Russia", **_at("The Russian Ministry of Defense")},
            "weapon": "uav",
            "weapon_model": None,
            "launched": None,
            "destroyed": _count(83, "83"),
            "suppressed": None,
            "window": None,
            "breakdown": [
                {
                    "place": _region("Bryansk Oblast", "RU-BRY", 53.25, 33.5, "Bryansk Oblast"),
                    "destroyed": _count(64, "64"),
                },
                {
                    "place": _region("Kaluga Oblast", "RU-KLU", 54.5, 35.5, "Kaluga Oblast"),
                    "destroyed": _count(9, "nine", after="followed with "),
                },
                {
                    "place": _region("Smolensk Oblast", "RU-SMO", 54.9, 32.9, "Smolensk Oblast"),
                    "destroyed": _count(5, "five"),
                },
            ],
            "breakdown_scope": "partial",
            "sourcing": {
                "attributed_to": "Ministry of Defence of Russia",
                "kind": "official",
                "verification": "unspecified",
                "hedges": [{**_at("obtained through exclusive channels"), "kind": "anonymous"}],
            },
            **_between("The Russian Ministry of Defense", "Smolensk Oblast recorded five."),
        },
    ],
    "findings": [
        {
            "kind": "breakdown_sum_mismatch",
            "claim": 1,
            "severity": "info",
            "message": "the breakdown adds up to 78, 5 fewer than the stated 83 (it says it is partial)",
            "detail": {"total": 83, "sum": 78, "remainder": 5, "scope": "partial"},
        },
        {
            "kind": "anonymous_source",
            "claim": 0,
            "severity": "warning",
            "message": "the claim rests on unnamed sources: “privileged access to internal Telegram …”",
            "detail": {"hedges": ["privileged access to internal Telegram channels"]},
        },
    ],
}


def _evidence(node: Any) -> Iterator[JSON]:
    """Every object in a line that carries evidence (a ``text`` beside a ``span``)."""
    if isinstance(node, dict):
        if "text" in node and "span" in node:
            yield node
        for value in node.values():
            yield from _evidence(value)
    elif isinstance(node, list):
        for value in node:
            yield from _evidence(value)


def _subschemas(node: Any) -> Iterator[JSON]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _subschemas(value)
    elif isinstance(node, list):
        for value in node:
            yield from _subschemas(value)


# --- the schema itself -------------------------------------------------------------------------------


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    schema = extract_schema()
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == SCHEMA_ID == "urn:dronewatch:extract-v1"
    assert schema["title"]


def test_every_property_has_a_description() -> None:
    undescribed = [
        f"{owner}.{name}"
        for owner, node in [("(line)", extract_schema()), *extract_schema()["$defs"].items()]
        for name, prop in node.get("properties", {}).items()
        if not prop.get("description")
    ]
    assert undescribed == []


def test_every_ref_resolves() -> None:
    schema = extract_schema()
    refs = {sub["$ref"] for sub in _subschemas(schema) if "$ref" in sub}
    assert refs == {f"#/$defs/{name}" for name in schema["$defs"]}


# The fields extract-v1 names, by definition: each must be required.
CONTRACT_FIELDS = {
    "(line)": {"id", "lang", "published_at", "claims", "findings"},
    "quantity": {"value", "qualifier", "text", "span"},
    "place": {"id", "name", "level", "admin1", "lat", "lon", "text", "span"},
    "claimant": {"name", "text", "span"},
    "time": {"start", "end", "text", "span", "precision"},
    "hedge": {"text", "span"},
    "sourcing": {"attributed_to", "kind", "verification", "hedges"},
    "breakdown_item": {"place", "destroyed"},
    "consequence": {"kind", "text", "span"},
    "interception_claim": {
        "type",
        "claimant",
        "weapon",
        "weapon_model",
        "launched",
        "destroyed",
        "suppressed",
        "window",
        "breakdown",
        "breakdown_scope",
        "sourcing",
        "span",
    },
    "impact_claim": {
        "type",
        "places",
        "weapon",
        "sites",
        "time",
        "consequences",
        "killed",
        "injured",
        "sourcing",
        "span",
    },
    "finding": {"kind", "claim", "severity", "message", "detail"},
    "sum_mismatch_detail": {"total", "sum", "remainder", "scope"},
}


@pytest.mark.parametrize(("name", "fields"), CONTRACT_FIELDS.items())
def test_the_contract_fields_are_required(name: str, fields: set[str]) -> None:
    schema = extract_schema()
    definition = schema if name == "(line)" else schema["$defs"][name]
    assert set(definition["required"]) == fields
    assert definition["additionalProperties"] is True


@pytest.mark.parametrize(
    ("definition", "field", "values"),
    [
        ("quantity", "qualifier", model.QUALIFIERS),
        ("place", "level", model.LEVELS),
        ("interception_claim", "weapon", model.WEAPONS),
        ("impact_claim", "weapon", model.WEAPONS),
        ("interception_claim", "breakdown_scope", model.SCOPES),
        ("sum_mismatch_detail", "scope", model.SCOPES),
        ("sourcing", "kind", model.SOURCE_KINDS),
        ("sourcing", "verification", model.VERIFICATIONS),
        ("consequence", "kind", model.CONSEQUENCE_KINDS),
        ("finding", "severity", model.SEVERITIES),
        ("time", "precision", model.PRECISIONS),
        ("hedge", "kind", model.HEDGE_KINDS),
    ],
)
def test_enums_are_the_models(definition: str, field: str, values: tuple[str, ...]) -> None:
    assert extract_schema()["$defs"][definition]["properties"][field]["enum"] == list(values)


def test_each_call_builds_a_fresh_schema() -> None:
    first = extract_schema()
    first["$defs"]["quantity"]["properties"]["qualifier"]["enum"].append("roughly")
    assert "roughly" not in extract_schema()["$defs"]["quantity"]["properties"]["qualifier"]["enum"]


# --- a realistic line --------------------------------------------------------------------------------


def test_the_seed_line_is_valid() -> None:
    VALIDATOR.validate(SEED_LINE)


def test_the_seed_line_evidence_points_into_the_text() -> None:
    pieces = list(_evidence(SEED_LINE))
    assert len(pieces) == 18
    for piece in pieces:
        start, end = piece["span"]
        assert SEED_TEXT[start:end] == piece["text"]


def test_the_seed_line_round_trips_through_the_model() -> None:
    assert Extraction.from_dict(SEED_LINE).to_dict() == SEED_LINE


def test_the_schema_describes_every_field_the_model_writes() -> None:
    extraction = Extraction.from_dict(SEED_LINE)
    impact, interception = extraction.claims
    assert isinstance(impact, model.ImpactClaim)
    assert isinstance(interception, model.InterceptionClaim)
    assert impact.time is not None
    assert interception.claimant is not None
    assert interception.destroyed is not None
    records: dict[str, Any] = {
        "(line)": extraction,
        "impact_claim": impact,
        "interception_claim": interception,
        "time": impact.time,
        "consequence": impact.consequences[0],
        "place": impact.places[0],
        "quantity": interception.destroyed,
        "claimant": interception.claimant,
        "breakdown_item": interception.breakdown[0],
        "sourcing": interception.sourcing,
        "hedge": interception.sourcing.hedges[0],
        "finding": extraction.findings[0],
    }
    schema = extract_schema()
    for name, record in records.items():
        definition = schema if name == "(line)" else schema["$defs"][name]
        assert set(record.to_dict()) <= set(definition["properties"]), name


M = strategies.MISSING
BROKEN_LINES = [
    pytest.param(("claims",), M, id="missing-claims"),
    pytest.param(("findings",), M, id="missing-findings"),
    pytest.param(("claims", 1, "span"), [1, 2, 3], id="span-of-three"),
    pytest.param(("claims", 1, "span"), [1], id="span-of-one"),
    pytest.param(("claims", 1, "span"), [-1, 2], id="negative-span"),
    pytest.param(("claims", 1, "span"), ["a", 2], id="string-in-span"),
    pytest.param(("claims", 1, "span"), [True, 2], id="bool-in-span"),
    pytest.param(("claims", 1, "destroyed", "value"), -1, id="negative-count"),
    pytest.param(("claims", 1, "destroyed", "value"), 2.5, id="fractional-count"),
    pytest.param(("claims", 1, "destroyed", "value"), "83", id="string-count"),
    pytest.param(("claims", 1, "destroyed", "qualifier"), M, id="missing-qualifier"),
    pytest.param(("claims", 1, "weapon"), "drone", id="weapon-drone"),
    pytest.param(("claims", 1, "destroyed", "qualifier"), "roughly", id="qualifier-roughly"),
    pytest.param(("claims", 1, "breakdown", 0, "place", "level"), "city", id="level-city"),
    pytest.param(("claims", 1, "breakdown", 0, "place", "admin1"), "Bryansk", id="admin1-not-iso"),
    pytest.param(("claims", 1, "breakdown", 0, "place", "lat"), 91.0, id="lat-out-of-range"),
    pytest.param(("claims", 1, "breakdown", 0, "destroyed"), None, id="breakdown-without-count"),
    pytest.param(("claims", 1, "breakdown_scope"), "most", id="scope-most"),
    pytest.param(("claims", 1, "sourcing", "verification"), M, id="missing-verification"),
    pytest.param(("claims", 1, "sourcing", "hedges", 0, "kind"), "doubtful", id="hedge-kind"),
    pytest.param(("claims", 0, "consequences", 0, "kind"), "explosion", id="consequence-explosion"),
    pytest.param(("claims", 0, "time", "start"), "2024-11-25T00:45:00", id="time-without-offset"),
    pytest.param(("claims", 0, "time", "end"), "2024-11-25", id="time-date-only"),
    pytest.param(("claims", 0, "time", "precision"), "second", id="precision-second"),
    pytest.param(("claims", 0, "injured"), 0, id="count-without-evidence"),
    pytest.param(("claims", 0, "type"), "strike", id="claim-type-strike"),
    pytest.param(("claims", 0, "type"), M, id="claim-without-type"),
    pytest.param(("published_at",), "25.11.2024 09:12", id="published-at-not-iso"),
    pytest.param(("published_at",), "2024-13-25T09:12:00+03:00", id="published-at-month-13"),
    pytest.param(("id",), None, id="id-null"),
    pytest.param(("findings", 0, "severity"), "fatal", id="severity-fatal"),
    pytest.param(("findings", 0, "claim"), -1, id="finding-claim-negative"),
    pytest.param(("findings", 0, "detail", "remainder"), M, id="sum-mismatch-without-remainder"),
    pytest.param(("findings", 0, "detail", "scope"), "most", id="sum-mismatch-scope"),
]


@pytest.mark.parametrize(("path", "bad"), BROKEN_LINES)
def test_a_broken_line_fails_validation(path: tuple[str | int, ...], bad: Any) -> None:
    assert not VALIDATOR.is_valid(strategies.replaced(SEED_LINE, path, bad))


@pytest.mark.parametrize(
    ("path", "value"),
    [
        pytest.param(("claims", 1, "destroyed", "flagged"), True, id="an-added-field"),
        pytest.param(("published_at",), None, id="published-at-null"),
        pytest.param(("published_at",), "2024-11-24T21:12:00Z", id="published-at-utc-z"),
        pytest.param(("findings", 1, "claim"), None, id="finding-on-no-claim"),
        pytest.param(("findings", 1, "kind"), "new_check", id="a-new-finding-kind"),
        pytest.param(("claims", 0, "places", 0, "id"), None, id="unresolved-place"),
        pytest.param(("claims", 0, "places", 0, "admin1"), None, id="place-without-admin1"),
        pytest.param(("claims", 0, "claimant"), M, id="impact-without-claimant"),
        pytest.param(("claims", 0, "time", "clock"), M, id="time-without-clock"),
        pytest.param(("claims", 1, "sourcing", "hedges", 0, "kind"), M, id="hedge-without-kind"),
        pytest.param(("source",), M, id="without-source"),
    ],
)
def test_a_line_the_contract_allows_is_valid(path: tuple[str | int, ...], value: Any) -> None:
    VALIDATOR.validate(strategies.replaced(SEED_LINE, path, value))


# --- `dronewatch schema` output ----------------------------------------------------------------------


def test_schema_json_is_the_schema_as_stable_pretty_json() -> None:
    out = schema_json()
    assert json.loads(out) == extract_schema()
    assert out == schema_json()
    assert out.endswith("}\n")
    assert out == json.dumps(json.loads(out), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    assert "локаційно втрачені" in out
