"""How a document and its extraction become rows, independent of any database.

Every backend stores the same derived values: the evidence spans found by walking a claim's JSON,
the places a claim names (breakdown and impact) and the claim's event date. Keeping the derivation
here means SQLite and the later PostgreSQL backend cannot disagree about it, and the exports use the
same event date as the store's date filters.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, cast

from dronewatch.model import (
    Claim,
    Document,
    Extraction,
    Finding,
    InterceptionClaim,
    Place,
    Quantity,
    Time,
)
from dronewatch.store.base import StoreError

Row = dict[str, object]
"""Column name to value, the same for every backend."""

ROOT_PATH = "$"
"""The evidence path of a claim's own ``text``/``span``; other paths drop the leading ``$.``."""


@dataclass(frozen=True)
class EvidenceRow:
    """One evidence value of a claim: its JSON ``path`` (``destroyed``, ``breakdown[0].place``) and span."""

    path: str
    text: str
    start: int
    end: int


def evidence_rows(claim: Claim) -> list[EvidenceRow]:
    """Every object in the claim's JSON that carries ``text`` and ``span``, in document order of the JSON.

    Walking the JSON rather than naming fields means a field added to the model with evidence is
    stored without touching the store.
    """
    return list(_walk(claim.to_dict(), ROOT_PATH))


def _walk(node: dict[str, Any], path: str) -> Iterator[EvidenceRow]:
    if isinstance(node.get("text"), str) and isinstance(node.get("span"), list):
        start, end = node["span"]
        yield EvidenceRow(path, node["text"], start, end)
    for key, value in node.items():
        child = key if path == ROOT_PATH else f"{path}.{key}"
        if isinstance(value, dict):
            yield from _walk(value, child)
        elif isinstance(value, list):
            # Lists hold objects (breakdown, places, hedges) or, for a span, integers.
            for i, item in enumerate(value):
                if isinstance(item, dict):
                    yield from _walk(item, f"{child}[{i}]")


def place_admin1(place: Place) -> str | None:
    """The place's admin1 code; an admin1-level place is its own admin1 even when the field is empty."""
    if place.admin1 is not None:
        return place.admin1
    return place.id if place.level == "admin1" else None


def claim_time(claim: Claim) -> Time | None:
    """The time a claim states: an interception's ``window``, an impact's ``time``."""
    return claim.window if isinstance(claim, InterceptionClaim) else claim.time


def event_date(claim: Claim, published_at: datetime | None) -> date | None:
    """The day a claim is about: its time start's local date, else the publication's local date.

    The local date (in the offset the source gave) is the day the source itself names; converting
    to UTC would move "overnight from 00:30 MSK" to the previous day.
    """
    when = claim_time(claim)
    if when is not None and when.start is not None:
        return when.start.date()
    return None if published_at is None else published_at.date()


def iso(when: datetime | None) -> str | None:
    """ISO 8601 with its offset, as the model writes it."""
    return None if when is None else when.isoformat()


def utc_key(when: datetime | None) -> str | None:
    """A fixed-width UTC timestamp, so that string order is time order across offsets."""
    if when is None:
        return None
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def check_pair(document: Document, extraction: Extraction) -> None:
    """Refuse a document/extraction pair the store must not hold, before anything is written.

    Raises:
        StoreError: the extraction belongs to another document, a datetime has no timezone, or an
            evidence span does not select its text in the document.
    """
    name = f"document {document.id!r}"
    if extraction.id != document.id:
        raise StoreError(
            f"{name}: the extraction's id {extraction.id!r} differs; "
            "save an extraction with the document it was made from"
        )
    if extraction.content_hash is not None and extraction.content_hash != document.content_hash:
        raise StoreError(
            f"{name}: the extraction's content_hash {extraction.content_hash!r} differs from the document's "
            f"{document.content_hash!r}; save an extraction with the document it was made from"
        )
    stamps: list[tuple[str, datetime | None]] = [
        ("published_at", document.published_at),
        ("edited_at", document.edited_at),
        ("extraction published_at", extraction.published_at),
    ]
    for index, claim in enumerate(extraction.claims):
        when = claim_time(claim)
        if when is not None:
            stamps += [(f"claim {index} time start", when.start), (f"claim {index} time end", when.end)]
    for label, stamp in stamps:
        if stamp is not None and stamp.utcoffset() is None:
            raise StoreError(f"{name}: {label} {stamp.isoformat()} has no timezone; give it an offset")
    for index, claim in enumerate(extraction.claims):
        for row in evidence_rows(claim):
            found = document.text[row.start : row.end]
            if row.end > len(document.text) or found != row.text:
                raise StoreError(
                    f"{name}: claim {index} evidence at {row.path!r} is {row.text!r} but the text at "
                    f"[{row.start}, {row.end}) is {found!r}; fix the span the extractor produced"
                )
    for position, finding in enumerate(extraction.findings):
        if finding.claim is not None and not 0 <= finding.claim < len(extraction.claims):
            raise StoreError(
                f"{name}: finding {position} ({finding.kind}) points at claim {finding.claim}, but there "
                f"are {len(extraction.claims)} claims; use an index into the claims, or None"
            )


def to_json(value: Any, what: str) -> str:
    """Compact JSON, refusing what JSON cannot carry (NaN, sets, datetimes) instead of storing a lie.

    Raises:
        StoreError: naming ``what`` could not be written.
    """
    try:
        return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    except (TypeError, ValueError) as exc:
        raise StoreError(f"{what} cannot be stored as JSON ({exc}); give it JSON values only") from exc


def _quantity(value: Quantity | None) -> tuple[int | None, str | None]:
    return (None, None) if value is None else (value.value, value.qualifier)


def document_row(document: Document, extraction: Extraction) -> Row:
    """The ``documents`` row: the document's fields, the extraction's own and the record counts."""
    return {
        "content_hash": document.content_hash,
        "id": document.id,
        "text": document.text,
        "lang": document.lang,
        "published_at": iso(document.published_at),
        "published_utc": utc_key(document.published_at),
        "source": document.source,
        "url": document.url,
        "channel": document.channel,
        "message_id": document.message_id,
        "edited_at": iso(document.edited_at),
        "origin": document.origin,
        "title": document.title,
        "extraction_lang": extraction.lang,
        "extraction_published_at": iso(extraction.published_at),
        "extraction_source": extraction.source,
        "extraction_url": extraction.url,
        "extraction_content_hash": extraction.content_hash,
        "claim_count": len(extraction.claims),
        "finding_count": len(extraction.findings),
    }


def claim_row(document: Document, index: int, claim: Claim) -> Row:
    """The ``claims`` row: queryable columns beside the claim's full JSON, which is what is read back."""
    if isinstance(claim, InterceptionClaim):
        counts = {"launched": claim.launched, "destroyed": claim.destroyed, "suppressed": claim.suppressed}
        scope: str | None = claim.breakdown_scope
        weapon_model = claim.weapon_model
    else:
        counts = {"killed": claim.killed, "injured": claim.injured, "sites": claim.sites}
        scope = weapon_model = None
    row: Row = {"content_hash": document.content_hash, "claim_index": index, "type": claim.type}
    row |= {"weapon": claim.weapon, "weapon_model": weapon_model}
    for name in ("launched", "destroyed", "suppressed", "killed", "injured", "sites"):
        row[name], row[f"{name}_qualifier"] = _quantity(counts.get(name))
    when = claim_time(claim)
    day = event_date(claim, document.published_at)
    return row | {
        "breakdown_scope": scope,
        "time_start": None if when is None else iso(when.start),
        "time_end": None if when is None else iso(when.end),
        "time_precision": None if when is None else when.precision,
        "event_date": None if day is None else day.isoformat(),
        "claimant": None if claim.claimant is None else claim.claimant.name,
        "attributed_to": claim.sourcing.attributed_to,
        "source_kind": claim.sourcing.kind,
        "verification": claim.sourcing.verification,
        "text": claim.text,
        "span_start": claim.span[0],
        "span_end": claim.span[1],
        "claim_json": to_json(claim.to_dict(), f"document {document.id!r} claim {index}"),
    }


def place_rows(document: Document, index: int, claim: Claim) -> list[Row]:
    """The ``claim_places`` rows: an interception's breakdown items (with counts), an impact's places."""
    named: list[tuple[str, Place, Quantity | None]]
    if isinstance(claim, InterceptionClaim):
        named = [("breakdown", item.place, item.destroyed) for item in claim.breakdown]
    else:
        named = [("impact", place, None) for place in claim.places]
    rows: list[Row] = []
    for position, (role, place, destroyed) in enumerate(named):
        value, qualifier = _quantity(destroyed)
        rows.append(
            {
                "content_hash": document.content_hash,
                "claim_index": index,
                "role": role,
                "position": position,
                "place_id": place.id,
                "name": place.name,
                "level": place.level,
                "admin1": place_admin1(place),
                "lat": place.lat,
                "lon": place.lon,
                "destroyed": value,
                "destroyed_qualifier": qualifier,
            }
        )
    return rows


def place_key_rows(claim: Row, places: list[Row]) -> list[Row]:
    """The ``place_claims`` rows of a claim, from its ``claims`` row and its ``claim_places`` rows:
    each place id and admin1 code it names, once.

    A place filter matches a claim by any of these keys, so a list of the claims of one place reads
    them in event-date order from one index instead of testing every claim.
    """
    keys = dict.fromkeys(
        key for row in places for key in (row["place_id"], row["admin1"]) if isinstance(key, str)
    )
    return [
        {
            "place_key": key,
            "event_date": claim["event_date"],
            "content_hash": claim["content_hash"],
            "claim_index": claim["claim_index"],
            "type": claim["type"],
        }
        for key in keys
    ]


def finding_row(document: Document, position: int, finding: Finding) -> Row:
    """The ``findings`` row; ``claim_index`` is NULL for a finding on the whole document."""
    return {
        "content_hash": document.content_hash,
        "position": position,
        "claim_index": finding.claim,
        "kind": finding.kind,
        "severity": finding.severity,
        "message": finding.message,
        "detail_json": to_json(finding.detail, f"document {document.id!r} finding {position} detail"),
    }


COUNT_NAMES: tuple[str, ...] = ("launched", "destroyed", "suppressed", "killed", "injured", "sites")
"""The count columns of a ``claims`` row, in the order a summary lists them."""


def summary_row(claim: Row, document: Row, places: Sequence[Row], findings: Sequence[Row]) -> Row:
    """The ``claim_summaries`` row of a claim: what a row of a claims list shows, as one JSON array.

    Built from the rows the claim was stored as — its ``claims`` row, its document's ``documents``
    row, its ``claim_places`` rows and the document's ``findings`` rows (those on other claims are
    left out) — so that a save and migration 3, which reads those rows back, write the same text.
    The array holds, in this order: the document's id, ``published_at`` and source (its own, else
    its extraction's); the claim's type, weapon, weapon model, claimant and event date; its stated
    counts as ``[name, value, qualifier]``; its places in order as ``[id, name, level, destroyed,
    qualifier]``; its findings in order as ``[kind, severity, message, detail]``.
    """
    source = document["source"] if document["source"] is not None else document["extraction_source"]
    index = claim["claim_index"]
    ordered = sorted(places, key=lambda p: (str(p["role"]), cast(int, p["position"])))
    own = sorted((f for f in findings if f["claim_index"] == index), key=lambda f: cast(int, f["position"]))
    summary = [
        document["id"],
        document["published_at"],
        source,
        claim["type"],
        claim["weapon"],
        claim["weapon_model"],
        claim["claimant"],
        claim["event_date"],
        [[name, claim[name], claim[f"{name}_qualifier"]] for name in COUNT_NAMES if claim[name] is not None],
        [[p["place_id"], p["name"], p["level"], p["destroyed"], p["destroyed_qualifier"]] for p in ordered],
        [[f["kind"], f["severity"], f["message"], json.loads(str(f["detail_json"]))] for f in own],
    ]
    what = f"document {document['id']!r} claim {index} summary"
    return {
        "content_hash": claim["content_hash"],
        "claim_index": index,
        "summary": to_json(summary, what),
    }


def summary_rows(document: Document, extraction: Extraction) -> list[Row]:
    """The ``claim_summaries`` rows of a document's claims, from the rows a save writes for them."""
    stored = document_row(document, extraction)
    findings = [finding_row(document, position, f) for position, f in enumerate(extraction.findings)]
    return [
        summary_row(claim_row(document, index, claim), stored, place_rows(document, index, claim), findings)
        for index, claim in enumerate(extraction.claims)
    ]
