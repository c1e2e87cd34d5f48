"""The JSON Schema (draft 2020-12) of one ``dronewatch extract`` output line, the extract-v1 contract.

The schema is built from the claim model's own enums (``QUALIFIERS``, ``LEVELS`` …), so the two cannot
drift. It is strict where the contract is strict: every contract field is required, enums are closed,
counts are non-negative integers and spans are pairs of non-negative integers. Objects stay open
(``additionalProperties`` true) because the contract lets the project add fields; the fields the model
adds (``Time.clock``, claim ``text`` …) are described but not required.
"""

from __future__ import annotations

import json
from typing import Any

from dronewatch.model import (
    CONSEQUENCE_KINDS,
    HEDGE_KINDS,
    LEVELS,
    PRECISIONS,
    QUALIFIERS,
    SCOPES,
    SEVERITIES,
    SOURCE_KINDS,
    VERIFICATIONS,
    WEAPONS,
)

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_ID = "urn:dronewatch:extract-v1"

Schema = dict[str, Any]

# ISO 3166-2: a two-letter country code, a hyphen and up to three letters or digits (RU-BRY, UA-63).
_ISO_3166_2 = r"^[A-Z]{2}-[A-Z0-9]{1,3}$"


def extract_schema() -> Schema:
    """Build the JSON Schema of one extract-v1 output line (``Extraction.to_dict()``).

    Returns:
        A fresh draft 2020-12 schema as plain JSON data; callers may change it freely.
    """
    return {
        "$schema": SCHEMA_DIALECT,
        "$id": SCHEMA_ID,
        "title": "dronewatch extract-v1 output line",
        "description": (
            "The result of `dronewatch extract` for one document: its claims, each with the evidence "
            "(surface text and [start, end) span into the document text) of every value read from the "
            "text, and the findings of the checks on those claims. The project may add fields; it may "
            "not rename, drop or change the meaning of the ones required here."
        ),
        **_object(
            required={
                "id": _string("The input `id`, else a content hash of the text."),
                "lang": _string("The detected or given language of the document (`en`, `ru`, `uk`)."),
                "published_at": _nullable(
                    _date_time(),
                    "When the document was published, as given or found in the document; null when "
                    "unknown. Relative dates in the text are anchored on it.",
                ),
                "claims": {
                    "description": "The document's claims, in order of appearance.",
                    "type": "array",
                    "items": _ref("claim"),
                },
                "findings": {
                    "description": "Checks on this document's own claims.",
                    "type": "array",
                    "items": _ref("finding"),
                },
            },
            optional={
                "source": _nullable(
                    _string(""), "The source's name (a channel or an outlet) as the input gives it."
                ),
                "url": _nullable(_string(""), "The document's address, when the input gives one."),
                "content_hash": _nullable(
                    _string(""), "The hash of the document text that addresses it in the store."
                ),
            },
        ),
        "$defs": _definitions(),
    }


def schema_json() -> str:
    """Render ``extract_schema()`` as the ``dronewatch schema`` command prints it.

    Returns:
        Pretty JSON with sorted keys (so the output is stable), non-ASCII kept as is, and a trailing
        newline.
    """
    return json.dumps(extract_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def _definitions() -> dict[str, Schema]:
    evidence = {
        "text": _string("The exact surface string in the document: `document_text[start:end] == text`."),
        "span": {**_ref("span"), "description": "Where `text` is in the document: [start, end)."},
    }
    return {
        "span": {
            "description": (
                "Evidence offsets [start, end): a half-open range of character (code point) offsets "
                "into the document text that the project stores and shows, with start <= end."
            ),
            "type": "array",
            "items": {"type": "integer", "minimum": 0},
            "minItems": 2,
            "maxItems": 2,
        },
        "count": {
            "description": "A count: an integer, never negative.",
            "type": "integer",
            "minimum": 0,
        },
        "quantity": _object(
            "A count read from the text with its evidence. Numbers written as words count ('nine', "
            "'девять', 'a drone' = 1); 'no injuries' is a quantity of 0 with its evidence.",
            required={
                "value": {**_ref("count"), "description": "The integer the text states."},
                "qualifier": _enum(
                    QUALIFIERS,
                    "Whether the number is exact or bounded: 'at least 20' is `at_least`, 'about 50' "
                    "`approx`.",
                ),
                **evidence,
            },
        ),
        "place": _object(
            "A place named in the text, resolved where possible. A place that cannot be resolved keeps "
            "`id` null and is reported as a finding, never dropped.",
            required={
                "id": _nullable(
                    _string(""),
                    "An ISO 3166-2 code (`RU-BRY`), `sea:…` for seas and other water areas "
                    "(`sea:black`), or a gazetteer id; null when the place cannot be resolved.",
                ),
                "name": _string("The canonical English name of the place."),
                "level": _enum(LEVELS, "The administrative level of the place."),
                "admin1": _nullable(
                    {"type": "string", "pattern": _ISO_3166_2},
                    "The ISO 3166-2 code of the first-level region the place lies in (as published by "
                    "ISO, e.g. `RU-KDA`, `UA-43`); null for seas and when unknown.",
                ),
                "lat": _nullable(
                    {"type": "number", "minimum": -90, "maximum": 90}, "Latitude in degrees, or null."
                ),
                "lon": _nullable(
                    {"type": "number", "minimum": -180, "maximum": 180}, "Longitude in degrees, or null."
                ),
                "text": _string("The source's wording of the place, exactly as in the document."),
                "span": evidence["span"],
            },
        ),
        "claimant": _object(
            "Who makes a claim: a ministry, an air force, a governor.",
            required={"name": _string("The canonical name of the claimant."), **evidence},
        ),
        "time": _object(
            "A time or window stated in the text; a point in time has start == end.",
            required={
                "start": _nullable(
                    _date_time(), "Start, ISO 8601 with offset; null when the text does not fix it."
                ),
                "end": _nullable(
                    _date_time(), "End, ISO 8601 with offset; null when the text does not fix it."
                ),
                **evidence,
                "precision": _enum(PRECISIONS, "How fine the stated time is."),
            },
            optional={
                "clock": _nullable(
                    {"type": "string", "pattern": r"^[0-9]{2}:[0-9]{2}$"},
                    "An `HH:MM` from the text that could not be dated.",
                ),
                "utc_offset": _nullable(
                    {"type": "string", "pattern": r"^[+-][0-9]{2}:[0-9]{2}$"},
                    "The UTC offset the text gives for `clock` (`+03:00` for MSK).",
                ),
            },
        ),
        "hedge": _object(
            "Words that hedge a claim ('reportedly', 'could not be independently verified').",
            required=dict(evidence),
            optional={
                "kind": _enum(
                    HEDGE_KINDS,
                    "What the wording does: `unverified` ('has not been independently verified'), "
                    "`anonymous` ('sources say', 'exclusive channels') or `soft` ('preliminary').",
                )
            },
        ),
        "sourcing": _object(
            "How a claim is sourced.",
            required={
                "attributed_to": _nullable(_string(""), "Who the claim is attributed to, or null."),
                "kind": _enum(SOURCE_KINDS, "What kind of source the claim rests on."),
                "verification": _enum(
                    VERIFICATIONS, "Whether the document says the claim is confirmed, unverified or disputed."
                ),
                "hedges": {
                    "description": "The hedging words attached to the claim.",
                    "type": "array",
                    "items": _ref("hedge"),
                },
            },
        ),
        "breakdown_item": _object(
            "One place of an interception breakdown and the count said to be downed there.",
            required={
                "place": {**_ref("place"), "description": "The place listed."},
                "destroyed": {**_ref("quantity"), "description": "How many were downed over that place."},
            },
        ),
        "consequence": _object(
            "A consequence of an impact and the words that state it.",
            required={"kind": _enum(CONSEQUENCE_KINDS, "What kind of consequence."), **evidence},
        ),
        "interception_claim": _object(
            "Someone says air defences downed weapons.",
            required={
                "type": {"const": "interception", "description": "The claim type."},
                "claimant": _nullable(_ref("claimant"), "Who says it, or null."),
                "weapon": _enum(WEAPONS, "The kind of weapon downed."),
                "weapon_model": _nullable(
                    _string(""), "The weapon model, e.g. `Shahed-136/131`, `Kh-101`, `Iskander-M`, or null."
                ),
                "launched": _nullable(
                    _ref("quantity"), "How many the other side launched, where stated; else null."
                ),
                "destroyed": _nullable(
                    _ref("quantity"), "How many were downed, intercepted or destroyed; else null."
                ),
                "suppressed": _nullable(
                    _ref("quantity"),
                    "How many were lost to electronic warfare ('локаційно втрачені'); else null.",
                ),
                "window": _nullable(_ref("time"), "When the interceptions took place, or null."),
                "breakdown": {
                    "description": "Per-place counts, one item per place listed.",
                    "type": "array",
                    "items": _ref("breakdown_item"),
                },
                "breakdown_scope": _enum(
                    SCOPES,
                    "Whether the breakdown claims to be complete ('including', 'notably', 'of them' "
                    "mark a partial one).",
                ),
                "sourcing": {**_ref("sourcing"), "description": "How the claim is sourced."},
                "span": {**_ref("span"), "description": "The evidence of the whole claim."},
            },
            optional={"text": _string("The text of the whole claim, `document_text[start:end]`.")},
        ),
        "impact_claim": _object(
            "Something hit or fell somewhere.",
            required={
                "type": {"const": "impact", "description": "The claim type."},
                "places": {
                    "description": (
                        "The places hit, most specific first; a settlement also names its admin1."
                    ),
                    "type": "array",
                    "items": _ref("place"),
                },
                "weapon": _enum(WEAPONS, "The kind of weapon that hit or fell."),
                "sites": _nullable(
                    _ref("quantity"),
                    "The number of impact sites or addresses ('at nine locations'); else null.",
                ),
                "time": _nullable(_ref("time"), "When it happened, or null."),
                "consequences": {
                    "description": "What the impact caused (fire, evacuation, damage …).",
                    "type": "array",
                    "items": _ref("consequence"),
                },
                "killed": _nullable(
                    _ref("quantity"), "How many were killed; null when unknown, 0 when the text says none."
                ),
                "injured": _nullable(
                    _ref("quantity"),
                    "How many were injured; null when unknown, 0 when the text says none.",
                ),
                "sourcing": {**_ref("sourcing"), "description": "How the claim is sourced."},
                "span": {**_ref("span"), "description": "The evidence of the whole claim."},
            },
            optional={
                "claimant": _nullable(_ref("claimant"), "Who says it, or null."),
                "text": _string("The text of the whole claim, `document_text[start:end]`."),
            },
        ),
        "claim": {
            "description": "A claim, discriminated by `type`.",
            "oneOf": [_ref("interception_claim"), _ref("impact_claim")],
        },
        "sum_mismatch_detail": _object(
            "The detail of a `breakdown_sum_mismatch` finding.",
            required={
                "total": {**_ref("count"), "description": "The stated total."},
                "sum": {**_ref("count"), "description": "The sum of the breakdown's counts."},
                "remainder": {
                    "description": "total - sum: what the breakdown leaves unaccounted for.",
                    "type": "integer",
                },
                "scope": _enum(SCOPES, "The breakdown scope of the claim checked."),
            },
        ),
        "finding": {
            **_object(
                "A check's result on this document's claims.",
                required={
                    "kind": _string(
                        "What the check found; the quality gate scores `breakdown_sum_mismatch`, "
                        "`breakdown_duplicate_place`, `unverified_claim`, `anonymous_source` and "
                        "`unresolved_place`."
                    ),
                    "claim": _nullable(
                        {"type": "integer", "minimum": 0}, "The index of the claim in `claims`, or null."
                    ),
                    "severity": _enum(SEVERITIES, "How serious the finding is."),
                    "message": _string("A readable explanation of the finding."),
                    "detail": {
                        "description": "Data supporting the finding; its keys depend on `kind`.",
                        "type": "object",
                    },
                },
            ),
            "if": {"required": ["kind"], "properties": {"kind": {"const": "breakdown_sum_mismatch"}}},
            "then": {"properties": {"detail": _ref("sum_mismatch_detail")}},
        },
    }


def _object(
    description: str = "",
    *,
    required: dict[str, Schema],
    optional: dict[str, Schema] | None = None,
) -> Schema:
    """An open object schema whose ``required`` properties must all be present."""
    schema: Schema = {"type": "object"}
    if description:
        schema["description"] = description
    schema["properties"] = {**required, **(optional or {})}
    schema["required"] = list(required)
    schema["additionalProperties"] = True
    return schema


def _ref(name: str) -> Schema:
    return {"$ref": f"#/$defs/{name}"}


def _string(description: str) -> Schema:
    return {"type": "string", "description": description} if description else {"type": "string"}


def _date_time() -> Schema:
    return {"type": "string", "format": "date-time"}


def _enum(values: tuple[str, ...], description: str) -> Schema:
    return {"type": "string", "enum": list(values), "description": description}


def _nullable(schema: Schema, description: str) -> Schema:
    return {"description": description, "anyOf": [schema, {"type": "null"}]}
