"""Exports of stored claims: JSON Lines (extract-v1 claims with provenance) and an ACLED-style CSV.

Both read ``Store.claims()``; no SQL here.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import IO, Any

from dronewatch.gazetteer.precision import acled_geo_precision, ucdp_where_prec
from dronewatch.model import Claim, InterceptionClaim, Place, Quantity
from dronewatch.store.base import ALL_CLAIMS, ClaimQuery, Store, StoredClaim
from dronewatch.store.rows import claim_time, event_date, place_admin1

__all__ = ["CSV_COLUMNS", "neutralise", "write_csv", "write_jsonl"]

CSV_COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "weapon_model",
    "actor1",
    "admin1",
    "location",
    "place_id",
    "latitude",
    "longitude",
    "geo_precision",
    "where_prec",
    "source",
    "source_scale",
    "verification",
    "notes",
    "destroyed",
    "claim_destroyed",
    "launched",
    "suppressed",
    "killed",
    "injured",
    "sites",
    "qualifiers",
    "findings",
)
"""The CSV header, in order.

``destroyed`` is the row's own count (a breakdown item's, else the claim's total) and
``claim_destroyed`` the claim's stated total; the other counts are the claim's and repeat on every
row of a claim, so sum them once per claim (``event_id_cnty`` up to its last ``-``), not per row.
``qualifiers`` lists the counts that are not exact (``destroyed:at_least;killed:approx``).
"""

EVENT_TYPES = {"interception": "Interception", "impact": "Impact"}

# A stated time or window dates the event to the day or better (ACLED 1); a date taken from the
# report's publication only bounds it, as ACLED's 2 ("within the week") does.
TIME_PRECISION_STATED = 1
TIME_PRECISION_PUBLISHED = 2

# Cells a spreadsheet would run as a formula (OWASP "CSV injection"); tab and carriage return too.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def write_jsonl(store: Store, out: IO[str], query: ClaimQuery = ALL_CLAIMS) -> int:
    """Write one JSON object per stored claim: the extract-v1 claim with its provenance.

    Each line is the claim's extract-v1 dict plus ``document_id``, ``claim_index``,
    ``published_at`` (ISO 8601 or null), ``source`` and ``findings`` (the kinds of the findings on
    this claim).

    Args:
        store: the store to read.
        out: a text stream; lines end with ``\\n``.
        query: which claims; all by default.

    Returns:
        The number of lines written.
    """
    count = 0
    for stored in store.claims(query):
        record = {
            "document_id": stored.document_id,
            "claim_index": stored.index,
            "published_at": None if stored.published_at is None else stored.published_at.isoformat(),
            "source": stored.source,
            **stored.claim.to_dict(),
            "findings": [finding.kind for finding in stored.findings],
        }
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(store: Store, out: IO[str], query: ClaimQuery = ALL_CLAIMS) -> int:
    """Write an ACLED-style CSV: a header, then one row per claim and place (see ``CSV_COLUMNS``).

    An interception gives a row per breakdown item, an impact a row per place (an admin1 that only
    names the region of another listed place is folded into that place's row), and a claim without
    places one row. Text cells that a spreadsheet would run as a formula are prefixed with ``'``.

    Args:
        store: the store to read.
        out: a text stream opened with ``newline=""`` (the csv module writes ``\\r\\n``).
        query: which claims; all by default.

    Returns:
        The number of data rows written (the header not counted).
    """
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for stored in store.claims(query):
        for row in _csv_rows(stored):
            writer.writerow([row.get(column) for column in CSV_COLUMNS])
            count += 1
    return count


def neutralise(value: str) -> str:
    """Prefix ``'`` to a cell a spreadsheet would read as a formula."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _text(value: str | None) -> str | None:
    return None if value is None else neutralise(value)


def _value(quantity: Quantity | None) -> int | None:
    return None if quantity is None else quantity.value


def _csv_places(claim: Claim) -> list[tuple[Place | None, Quantity | None]]:
    """The places of a claim that get a row each, with the row's own ``destroyed``."""
    if isinstance(claim, InterceptionClaim):
        rows: list[tuple[Place | None, Quantity | None]] = [(b.place, b.destroyed) for b in claim.breakdown]
        return rows or [(None, claim.destroyed)]
    # "Most specific first; a settlement also names its admin1": that admin1 is not a second place.
    contained = {p.admin1 for p in claim.places if p.level != "admin1" and p.admin1 is not None}
    places = [p for p in claim.places if not (p.level == "admin1" and p.id in contained)]
    return [(p, None) for p in places] or [(None, None)]


def _counts(claim: Claim) -> dict[str, Quantity | None]:
    if isinstance(claim, InterceptionClaim):
        return {"destroyed": claim.destroyed, "launched": claim.launched, "suppressed": claim.suppressed}
    return {"killed": claim.killed, "injured": claim.injured, "sites": claim.sites}


def _csv_rows(stored: StoredClaim) -> Iterator[dict[str, Any]]:
    claim = stored.claim
    day = event_date(claim, stored.published_at)
    when = claim_time(claim)
    if day is None:
        precision = None
    elif when is not None and when.start is not None:
        precision = TIME_PRECISION_STATED
    else:
        precision = TIME_PRECISION_PUBLISHED
    counts = _counts(claim)
    qualifiers = ";".join(
        f"{name}:{q.qualifier}" for name, q in counts.items() if q and q.qualifier != "exact"
    )
    actor = claim.claimant.name if claim.claimant is not None else claim.sourcing.attributed_to
    common: dict[str, Any] = {
        "event_date": None if day is None else day.isoformat(),
        "time_precision": precision,
        "event_type": EVENT_TYPES[claim.type],
        "sub_event_type": claim.weapon,
        "weapon_model": _text(claim.weapon_model) if isinstance(claim, InterceptionClaim) else None,
        "actor1": _text(actor),
        "source": _text(stored.source),
        "source_scale": claim.sourcing.kind,
        "verification": claim.sourcing.verification,
        "notes": _text(claim.text),
        "claim_destroyed": _value(counts.get("destroyed")),
        "launched": _value(counts.get("launched")),
        "suppressed": _value(counts.get("suppressed")),
        "killed": _value(counts.get("killed")),
        "injured": _value(counts.get("injured")),
        "sites": _value(counts.get("sites")),
        "qualifiers": qualifiers or None,
        "findings": ";".join(finding.kind for finding in stored.findings) or None,
    }
    for row, (place, destroyed) in enumerate(_csv_places(claim)):
        yield common | {
            "event_id_cnty": neutralise(f"{stored.document_id}-{stored.index}-{row}"),
            "destroyed": _value(destroyed),
            **_place_cells(place),
        }


def _place_cells(place: Place | None) -> dict[str, Any]:
    if place is None:
        return {}
    return {
        "admin1": _text(place_admin1(place)),
        "location": _text(place.name),
        "place_id": _text(place.id),
        "latitude": place.lat,
        "longitude": place.lon,
        "geo_precision": acled_geo_precision(place),
        "where_prec": ucdp_where_prec(place),
    }
