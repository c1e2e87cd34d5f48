"""Saving and reading back: round trips, idempotence, atomicity and the checks made before a write."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest

import dronewatch.store
from dronewatch.model import Claim, Document, Finding, InterceptionClaim, Quantity
from dronewatch.pipeline import process
from dronewatch.store import QueryError, SQLiteStore, StoreError, Summary
from dronewatch.store.rows import evidence_rows
from records import (
    Pair,
    all_pairs,
    content_digest,
    empty_pair,
    kharkiv_pair,
    russian_pair,
    seed_pair,
    ukrainian_pair,
)

TABLES = ("documents", "claims", "claim_places", "evidence", "findings")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SQLiteStore]:
    with SQLiteStore(tmp_path / "store.db") as opened:
        yield opened


def counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as conn:
        return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}


def test_public_names_are_exported() -> None:
    for name in dronewatch.store.__all__:
        assert hasattr(dronewatch.store, name), name
    assert sorted(dronewatch.store.__all__) == dronewatch.store.__all__


@pytest.mark.parametrize("make", [seed_pair, russian_pair, kharkiv_pair, ukrainian_pair, empty_pair])
def test_a_saved_pair_reads_back_equal(store: SQLiteStore, make: object) -> None:
    assert callable(make)
    document, extraction = make()
    assert not store.has(document.content_hash)
    assert store.save(document, extraction) is True
    assert store.has(document.content_hash)
    for key in (document.id, document.content_hash):
        assert store.document(key) == document
        assert store.extraction(key) == extraction
    # Equal datetimes may differ in offset; the offset the source gave must survive too.
    stored = store.document(document.id)
    assert stored is not None
    offset = None if document.published_at is None else document.published_at.utcoffset()
    assert (None if stored.published_at is None else stored.published_at.utcoffset()) == offset


def test_unknown_keys_give_none(store: SQLiteStore) -> None:
    store.save(*seed_pair())
    assert store.document("nope") is None
    assert store.extraction("nope") is None
    assert not store.has("nope")


def test_saving_twice_is_a_no_op(tmp_path: Path) -> None:
    once, twice = tmp_path / "once.db", tmp_path / "twice.db"
    with SQLiteStore(once) as store:
        assert all(store.save(*pair) for pair in all_pairs())
    with SQLiteStore(twice) as store:
        assert all(store.save(*pair) for pair in all_pairs())
        before = content_digest(twice)
        assert not any(store.save(*pair) for pair in all_pairs())
        assert content_digest(twice) == before
    assert content_digest(once) == content_digest(twice)


def test_the_same_content_under_another_id_is_not_stored_again(store: SQLiteStore) -> None:
    document, extraction = seed_pair()
    store.save(document, extraction)
    renamed = dataclasses.replace(document, id="another-id")
    assert store.save(renamed, dataclasses.replace(extraction, id="another-id")) is False
    assert store.document(document.content_hash) == document


def test_an_edited_message_is_new_content_under_the_same_id(store: SQLiteStore) -> None:
    document, extraction = ukrainian_pair()
    store.save(document, extraction)
    text = document.text.replace("ще 12", "ще 13")
    edited = dataclasses.replace(
        document,
        text=text,
        content_hash="edited",
        edited_at=datetime.fromisoformat("2025-11-28T10:00:00+02:00"),
        published_at=datetime.fromisoformat("2025-11-28T09:11:00+02:00"),
    )
    assert store.save(edited, dataclasses.replace(extraction, content_hash=None, claims=()))
    assert store.document(document.id) == edited
    assert store.document(document.content_hash) == document


def test_rows_hold_every_evidence_span_place_and_finding(tmp_path: Path) -> None:
    path = tmp_path / "rows.db"
    pairs = all_pairs()
    with SQLiteStore(path) as store:
        for pair in pairs:
            store.save(*pair)
    claims = [claim for _, extraction in pairs for claim in extraction.claims]
    assert counts(path) == {
        "documents": 5,
        "claims": 5,
        "claim_places": 3 + 1 + 3 + 1,
        "evidence": sum(len(evidence_rows(claim)) for claim in claims),
        "findings": 5,
    }
    with closing(sqlite3.connect(path)) as conn:
        spans = conn.execute(
            "SELECT d.text, e.path, e.text, e.span_start, e.span_end FROM evidence AS e "
            "JOIN documents AS d USING (content_hash)"
        ).fetchall()
        seed = conn.execute(
            "SELECT claim_index, path, text, span_start, span_end FROM evidence WHERE content_hash = ? "
            "AND path IN ('destroyed', 'breakdown[1].place', 'breakdown[1].destroyed', 'sites', 'injured')"
            "ORDER BY claim_index, path",
            (seed_pair()[0].content_hash,),
        ).fetchall()
        places = conn.execute(
            "SELECT role, position, place_id, admin1, destroyed FROM claim_places "
            "ORDER BY content_hash = ? DESC, content_hash, claim_index, role, position",
            (seed_pair()[0].content_hash,),
        ).fetchall()
        seed_claims = conn.execute(
            "SELECT type, destroyed, sites, injured, injured_qualifier, event_date, claimant, source_kind "
            "FROM claims WHERE content_hash = ? ORDER BY claim_index",
            (seed_pair()[0].content_hash,),
        ).fetchall()
    assert all(text[start:end] == found for text, _, found, start, end in spans)
    assert {path for _, path, *_ in spans} >= {"$", "claimant", "window", "breakdown[0].place", "places[1]"}
    text = seed_pair()[0].text
    assert seed == [
        (0, "breakdown[1].destroyed", "nine", text.index("nine"), text.index("nine") + 4),
        (0, "breakdown[1].place", "Kaluga Oblast", text.index("Kaluga"), text.index("Kaluga") + 13),
        (0, "destroyed", "83", text.index("83"), text.index("83") + 2),
        (1, "injured", "No one", text.index("No one"), text.index("No one") + 6),
        (1, "sites", "nine", text.rindex("nine"), text.rindex("nine") + 4),
    ]
    assert places[:4] == [
        ("breakdown", 0, "RU-BRY", "RU-BRY", 64),
        ("breakdown", 1, "RU-KLU", "RU-KLU", 9),
        ("breakdown", 2, "RU-SMO", "RU-SMO", 5),
        ("impact", 0, "RU-KDA", "RU-KDA", None),
    ]
    assert seed_claims == [
        ("interception", 83, None, None, None, "2025-11-24", "Russian Ministry of Defence", "official"),
        ("impact", None, 9, 0, "exact", "2025-11-25", None, "anonymous"),
    ]


def test_documents_are_listed_oldest_first_undated_last(store: SQLiteStore) -> None:
    for pair in all_pairs():
        store.save(*pair)
    expected = [seed_pair(), russian_pair(), kharkiv_pair(), ukrainian_pair(), empty_pair()]
    assert store.documents() == [document for document, _ in expected]
    assert store.documents(limit=2, offset=1) == [expected[1][0], expected[2][0]]
    assert store.documents(limit=0) == []
    with pytest.raises(QueryError, match="offset must be 0 or more, not -1"):
        store.documents(offset=-1)


def test_summary_counts_documents_claims_and_findings(store: SQLiteStore) -> None:
    assert store.summary() == Summary(documents=0, claims={"interception": 0, "impact": 0}, findings={})
    for pair in all_pairs():
        store.save(*pair)
    store.save(*seed_pair())
    assert store.summary() == Summary(
        documents=5,
        claims={"interception": 3, "impact": 2},
        findings={
            "anonymous_source": 1,
            "breakdown_sum_mismatch": 1,
            "unresolved_place": 2,
            "unverified_claim": 1,
        },
    )


def test_pipeline_output_round_trips(store: SQLiteStore) -> None:
    for document, _ in (seed_pair(), kharkiv_pair()):
        extraction = process(document)
        assert store.save(document, extraction)
        assert store.extraction(document.id) == extraction


# Refused before writing: each of these leaves the database empty and says what to fix.


def _with_claim(pair: Pair, claim: Claim) -> Pair:
    document, extraction = pair
    return document, dataclasses.replace(extraction, claims=(claim, *extraction.claims[1:]))


def _bad_span() -> Pair:
    document, extraction = seed_pair()
    claim = extraction.claims[0]
    assert isinstance(claim, InterceptionClaim)
    return _with_claim(
        (document, extraction), dataclasses.replace(claim, destroyed=Quantity(83, "exact", "83", (0, 2)))
    )


def _naive_time() -> Pair:
    document, extraction = seed_pair()
    return dataclasses.replace(document, published_at=datetime(2025, 11, 25, 7, 12)), extraction


def _finding_without_claim() -> Pair:
    document, extraction = russian_pair()
    return document, dataclasses.replace(extraction, findings=(Finding("anonymous_source", 3, "info", "x"),))


def _other_document() -> Pair:
    document, _ = seed_pair()
    return document, russian_pair()[1]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            _bad_span,
            "document 'mod_russia/52110': claim 0 evidence at 'destroyed' is '83' but the text at [0, 2) "
            "is 'Ru'; fix the span the extractor produced",
        ),
        (
            _naive_time,
            "document 'mod_russia/52110': published_at 2025-11-25T07:12:00 has no timezone; "
            "give it an offset",
        ),
        (
            _finding_without_claim,
            f"document {russian_pair()[0].id!r}: finding 0 (anonymous_source) points at claim 3, "
            "but there are 1 claims; use an index into the claims, or None",
        ),
        (
            _other_document,
            f"document 'mod_russia/52110': the extraction's id {russian_pair()[0].id!r} differs; "
            "save an extraction with the document it was made from",
        ),
    ],
)
def test_inconsistent_pairs_are_refused_before_writing(tmp_path: Path, make: object, message: str) -> None:
    assert callable(make)
    path = tmp_path / "refused.db"
    with SQLiteStore(path) as store:
        with pytest.raises(StoreError) as raised:
            store.save(*make())
        assert str(raised.value) == message
    assert counts(path) == dict.fromkeys(TABLES, 0)


# Atomicity: failures after some rows were inserted leave none of them.


def test_a_value_json_cannot_carry_rolls_back_the_whole_document(tmp_path: Path) -> None:
    path = tmp_path / "atomic.db"
    document, extraction = seed_pair()
    # The document and both claims are inserted before the findings fail to serialise.
    broken = Finding("breakdown_sum_mismatch", 0, "warning", "x", {"places": {"RU-BRY", "RU-KLU"}})
    with SQLiteStore(path) as store:
        with pytest.raises(StoreError, match=r"finding 1 detail cannot be stored as JSON"):
            store.save(document, dataclasses.replace(extraction, findings=(extraction.findings[0], broken)))
        assert not store.has(document.content_hash)
        assert counts(path) == dict.fromkeys(TABLES, 0)
        # The connection is left usable, outside any transaction.
        assert store.save(document, extraction)
    assert counts(path)["documents"] == 1


class FailingStore(SQLiteStore):
    """Fails after the second claim's rows are inserted, like a crash between statements."""

    def _insert_claim(self, db: sqlite3.Connection, document: Document, index: int, claim: Claim) -> None:
        super()._insert_claim(db, document, index, claim)
        if index == 1:
            raise RuntimeError("injected failure after claim 1")


def test_an_exception_between_inserts_leaves_no_rows(tmp_path: Path) -> None:
    path = tmp_path / "atomic.db"
    with FailingStore(path) as store:
        assert store.save(*russian_pair())
        with pytest.raises(RuntimeError, match="injected failure"):
            store.save(*seed_pair())
        assert not store.has(seed_pair()[0].content_hash)
        assert store.save(*kharkiv_pair())
    with SQLiteStore(path) as store:
        assert [d.id for d in store.documents()] == [russian_pair()[0].id, kharkiv_pair()[0].id]
    evidence = sum(len(evidence_rows(c)) for pair in (russian_pair(), kharkiv_pair()) for c in pair[1].claims)
    assert counts(path) == {
        "documents": 2,
        "claims": 2,
        "claim_places": 4,
        "evidence": evidence,
        "findings": 2,
    }


def test_a_database_error_mid_save_becomes_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "trigger.db"
    SQLiteStore(path).close()
    with closing(sqlite3.connect(path)) as conn, conn:
        # A database-side failure on the last insert of the document (a finding).
        conn.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON findings WHEN NEW.kind = 'anonymous_source' "
            "BEGIN SELECT RAISE(ABORT, 'refused by trigger'); END"
        )
    with SQLiteStore(path) as store:
        with pytest.raises(StoreError) as raised:
            store.save(*seed_pair())
        assert str(raised.value) == f"cannot save document 'mod_russia/52110' to {path}: refused by trigger"
        assert counts(path) == dict.fromkeys(TABLES, 0)


def test_a_closed_store_says_so(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "closed.db")
    store.close()
    store.close()
    with pytest.raises(StoreError, match=r"is closed; open a new SQLiteStore"):
        store.has("x")
