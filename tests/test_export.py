"""Exports: JSON Lines claims with provenance, and the ACLED-style CSV (rows, columns, formula guard)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dronewatch.export import CSV_COLUMNS, FORMULA_STARTS, neutralise, write_csv, write_jsonl
from dronewatch.model import (
    BreakdownItem,
    Claimant,
    Document,
    InterceptionClaim,
    Sourcing,
)
from dronewatch.store import ALL_CLAIMS, ClaimQuery, SQLiteStore
from records import (
    MSK,
    Pair,
    all_pairs,
    content_hash,
    kharkiv_pair,
    locate,
    pair,
    place,
    quantity,
    russian_pair,
    seed_pair,
)

PROVENANCE = ("document_id", "claim_index", "published_at", "source", "findings")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SQLiteStore]:
    with SQLiteStore(tmp_path_factory.mktemp("export") / "store.db") as opened:
        for p in all_pairs():
            opened.save(*p)
        yield opened


def csv_rows(store: SQLiteStore, query: ClaimQuery = ALL_CLAIMS) -> tuple[int, list[dict[str, str]]]:
    out = io.StringIO(newline="")
    written = write_csv(store, out, query)
    reader = csv.DictReader(io.StringIO(out.getvalue(), newline=""))
    assert tuple(reader.fieldnames or ()) == CSV_COLUMNS
    return written, list(reader)


def test_jsonl_is_the_claim_plus_provenance(store: SQLiteStore) -> None:
    out = io.StringIO()
    assert write_jsonl(store, out) == 5
    lines = out.getvalue().splitlines()
    assert len(lines) == 5
    records = [json.loads(line) for line in lines]
    extraction = seed_pair()[1]
    first = records[0]
    assert {key: first[key] for key in PROVENANCE} == {
        "document_id": "mod_russia/52110",
        "claim_index": 0,
        "published_at": "2025-11-25T07:12:00+03:00",
        "source": "TASS",
        "findings": ["breakdown_sum_mismatch"],
    }
    assert {k: v for k, v in first.items() if k not in PROVENANCE} == extraction.claims[0].to_dict()
    assert records[3]["findings"] == ["unverified_claim", "unresolved_place"]
    # Cyrillic is written as text, not \\u escapes.
    assert "Минобороны России" in out.getvalue()


def test_jsonl_follows_the_query(store: SQLiteStore) -> None:
    out = io.StringIO()
    assert write_jsonl(store, out, ClaimQuery(type="impact")) == 2
    assert [json.loads(line)["type"] for line in out.getvalue().splitlines()] == ["impact", "impact"]
    empty = io.StringIO()
    assert write_jsonl(store, empty, ClaimQuery(place="RU-MOW")) == 0
    assert empty.getvalue() == ""


def test_csv_has_a_row_per_claim_place(store: SQLiteStore) -> None:
    written, rows = csv_rows(store)
    assert written == len(rows) == 8
    assert [row["event_id_cnty"] for row in rows] == [
        "mod_russia/52110-0-0",
        "mod_russia/52110-0-1",
        "mod_russia/52110-0-2",
        "mod_russia/52110-1-0",
        f"{russian_pair()[0].id}-0-0",
        # Kharkiv Oblast only names the region of Kharkiv, so it is not a row of its own.
        "suspilne-kharkiv-2025-11-27-0305-0-0",
        "suspilne-kharkiv-2025-11-27-0305-0-1",
        "kpszsu/1234-0-0",
    ]
    kaluga, krasnodar, belgorod, district, kharkiv, air_force = rows[1], *rows[3:]
    assert kaluga == {
        "event_id_cnty": "mod_russia/52110-0-1",
        "event_date": "2025-11-24",
        "time_precision": "1",
        "event_type": "Interception",
        "sub_event_type": "uav",
        "weapon_model": "",
        "actor1": "Russian Ministry of Defence",
        "admin1": "RU-KLU",
        "location": "Kaluga Oblast",
        "place_id": "RU-KLU",
        "latitude": "54.43",
        "longitude": "35.43",
        "geo_precision": "3",
        "where_prec": "4",
        "source": "TASS",
        "source_scale": "official",
        "verification": "unspecified",
        "notes": seed_pair()[1].claims[0].text,
        "destroyed": "9",
        "claim_destroyed": "83",
        "launched": "",
        "suppressed": "",
        "killed": "",
        "injured": "",
        "sites": "",
        "qualifiers": "",
        "findings": "breakdown_sum_mismatch",
    }
    # No stated time: the date is the publication's, with the coarser precision.
    assert {
        k: krasnodar[k] for k in ("event_date", "time_precision", "event_type", "admin1", "geo_precision")
    } == {
        "event_date": "2025-11-25",
        "time_precision": "2",
        "event_type": "Impact",
        "admin1": "RU-KDA",
        "geo_precision": "3",
    }
    assert (krasnodar["sites"], krasnodar["injured"], krasnodar["killed"]) == ("9", "0", "")
    assert krasnodar["actor1"] == "a source in the emergency services"
    assert (belgorod["location"], belgorod["source"], belgorod["destroyed"]) == (
        "Belgorod Oblast",
        "Минобороны России",
        "12",
    )
    # An unresolved place keeps its name, with no id, region or precision.
    assert (district["location"], district["place_id"], district["admin1"], district["geo_precision"]) == (
        "Saltivskyi district",
        "",
        "",
        "",
    )
    assert (kharkiv["location"], kharkiv["admin1"], kharkiv["geo_precision"]) == ("Kharkiv", "UA-63", "1")
    assert (kharkiv["killed"], kharkiv["injured"], kharkiv["findings"]) == (
        "2",
        "15",
        "unverified_claim;unresolved_place",
    )
    assert kharkiv["event_date"] == "2025-11-27"
    # No breakdown: one row without a place, carrying the claim's counts and their bounds.
    assert {
        k: air_force[k] for k in ("location", "destroyed", "claim_destroyed", "launched", "suppressed")
    } == {
        "location": "",
        "destroyed": "70",
        "claim_destroyed": "70",
        "launched": "90",
        "suppressed": "12",
    }
    assert (air_force["qualifiers"], air_force["weapon_model"]) == ("destroyed:at_least", "Shahed-136/131")


def test_csv_follows_the_query_and_writes_a_header_when_empty(store: SQLiteStore) -> None:
    written, rows = csv_rows(store, ClaimQuery(place="UA-63"))
    assert written == 2
    assert {row["location"] for row in rows} == {"Saltivskyi district", "Kharkiv"}
    written, rows = csv_rows(store, ClaimQuery(source="nobody"))
    assert (written, rows) == (0, [])


def test_csv_lines_end_with_crlf_and_quote_newlines(store: SQLiteStore, tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        write_csv(store, out, ClaimQuery(type="impact", place="UA-63"))
    raw = path.read_bytes()
    assert raw.count(b"\r\n") == 3  # header and two rows
    assert kharkiv_pair()[0].text.encode() in raw


def _hostile_pair() -> Pair:
    text = "-5 drones downed over Bryansk Oblast, @governor said."
    document = Document(
        id="-1",
        text=text,
        content_hash=content_hash(text),
        lang="en",
        published_at=datetime(2025, 11, 29, 8, 0, tzinfo=MSK),
        source='=HYPERLINK("http://example.invalid","x")',
    )
    claim = InterceptionClaim(
        claimant=Claimant("@governor", "@governor", locate(text, "@governor")),
        weapon="uav",
        weapon_model="+Shahed",
        launched=None,
        destroyed=quantity(text, "5", 5),
        suppressed=None,
        window=None,
        breakdown=(
            BreakdownItem(
                place(text, "Bryansk Oblast", "RU-BRY", "=Bryansk", "admin1", "RU-BRY", -1.5, -73.25),
                quantity(text, "5", 5),
            ),
        ),
        breakdown_scope="complete",
        sourcing=Sourcing(),
        text=text,
        span=(0, len(text)),
    )
    return pair(document, (claim,), ())


def test_csv_cells_that_would_run_as_formulas_are_neutralised(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "hostile.db") as store:
        store.save(*_hostile_pair())
        _, (row,) = csv_rows(store)
    assert row["event_id_cnty"] == "'-1-0-0"
    assert row["source"] == '\'=HYPERLINK("http://example.invalid","x")'
    assert row["actor1"] == "'@governor"
    assert row["weapon_model"] == "'+Shahed"
    assert row["location"] == "'=Bryansk"
    assert row["notes"] == "'-5 drones downed over Bryansk Oblast, @governor said."
    # Numbers are written as numbers: a negative coordinate is not a formula.
    assert (row["latitude"], row["longitude"]) == ("-1.5", "-73.25")


@given(st.text())
def test_neutralise_leaves_no_formula_start(value: str) -> None:
    cell = neutralise(value)
    assert not cell.startswith(FORMULA_STARTS)
    assert cell in (value, "'" + value)
