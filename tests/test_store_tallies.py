"""The store's reads for the web layer: tallies, places, findings, documents, sources, claim pages,
the language filter, read-only readers, time limits and data versions."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from dronewatch.model import Finding
from dronewatch.store import ClaimQuery, QueryError, SQLiteStore, StoreError
from dronewatch.store.base import DocumentQuery, QueryTimeout, Tally
from records import all_pairs, bulk_pair, kharkiv_pair, russian_pair, seed_pair, ukrainian_pair

# The stored claims (see test_store_query.py):
#   seed-0    interception  2025-11-24  RU-BRY 64, RU-KLU 9, RU-SMO 5 (83 stated)   Russian MoD
#   seed-1    impact        2025-11-25  RU-KDA, 0 injured                             no claimant
#   ru-0      interception  2025-11-25  RU-BEL 12 (12 stated)                         Russian MoD
#   kharkiv-0 impact        2025-11-27  unresolved, Kharkiv, UA-63; 2 killed, 15 hurt  Oleh Syniehubov
#   ua-0      interception  2025-11-27  no breakdown (at least 70 stated)             Ukrainian Air Force
LABELS = {
    seed_pair()[0].content_hash: "seed",
    russian_pair()[0].content_hash: "ru",
    kharkiv_pair()[0].content_hash: "kharkiv",
    ukrainian_pair()[0].content_hash: "ua",
}
MOD = "Russian Ministry of Defence"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SQLiteStore]:
    with SQLiteStore(tmp_path_factory.mktemp("tallies") / "store.db") as opened:
        for pair in all_pairs():
            opened.save(*pair)
        yield opened


def test_tallies_by_type_add_up_stated_counts_and_keep_unknown_as_none(store: SQLiteStore) -> None:
    assert store.tallies() == [
        Tally(claims=2, destroyed=None, killed=2, injured=15, type="impact"),
        Tally(claims=3, destroyed=165, killed=None, injured=None, type="interception"),
    ]


def test_tallies_by_admin1_count_each_claim_once_per_region(store: SQLiteStore) -> None:
    # The Kharkiv impact names Kharkiv (in UA-63) and Kharkiv Oblast (UA-63): one claim there.
    assert store.tallies(by=("admin1",)) == [
        Tally(claims=1, destroyed=12, killed=None, injured=None, admin1="RU-BEL"),
        Tally(claims=1, destroyed=64, killed=None, injured=None, admin1="RU-BRY"),
        Tally(claims=1, destroyed=None, killed=None, injured=0, admin1="RU-KDA"),
        Tally(claims=1, destroyed=9, killed=None, injured=None, admin1="RU-KLU"),
        Tally(claims=1, destroyed=5, killed=None, injured=None, admin1="RU-SMO"),
        Tally(claims=1, destroyed=None, killed=2, injured=15, admin1="UA-63"),
    ]


def test_tallies_by_day_and_type(store: SQLiteStore) -> None:
    rows = [(t.day, t.type, t.claims, t.destroyed) for t in store.tallies(by=("day", "type"))]
    assert rows == [
        (date(2025, 11, 24), "interception", 1, 83),
        (date(2025, 11, 25), "impact", 1, None),
        (date(2025, 11, 25), "interception", 1, 12),
        (date(2025, 11, 27), "impact", 1, None),
        (date(2025, 11, 27), "interception", 1, 70),
    ]


def test_tallies_by_day_and_claimant_of_interceptions(store: SQLiteStore) -> None:
    rows = store.tallies(ClaimQuery(type="interception"), by=("day", "claimant"))
    assert [(t.day, t.claimant, t.destroyed) for t in rows] == [
        (date(2025, 11, 24), MOD, 83),
        (date(2025, 11, 25), MOD, 12),
        (date(2025, 11, 27), "Ukrainian Air Force", 70),
    ]
    assert all(t.type is None and t.admin1 is None for t in rows)


def test_tallies_by_claimant_put_claims_without_one_last(store: SQLiteStore) -> None:
    rows = store.tallies(by=("claimant",))
    assert [(t.claimant, t.claims) for t in rows] == [
        ("Oleh Syniehubov", 1),
        (MOD, 2),
        ("Ukrainian Air Force", 1),
        (None, 1),
    ]


def test_tallies_without_keys_give_one_total(store: SQLiteStore) -> None:
    assert store.tallies(by=()) == [Tally(claims=5, destroyed=165, killed=2, injured=15)]
    assert store.tallies(ClaimQuery(place="RU-MOW"), by=()) == [
        Tally(claims=0, destroyed=None, killed=None, injured=None)
    ]


def test_tallies_apply_the_claim_filters(store: SQLiteStore) -> None:
    # A claim matching the place filter counts in every region it names.
    rows = store.tallies(ClaimQuery(place="RU-BRY"), by=("admin1",))
    assert [(t.admin1, t.destroyed) for t in rows] == [("RU-BRY", 64), ("RU-KLU", 9), ("RU-SMO", 5)]
    since = store.tallies(ClaimQuery(since=date(2025, 11, 26)), by=("type",))
    assert [(t.type, t.claims) for t in since] == [("impact", 1), ("interception", 1)]
    assert store.tallies(ClaimQuery(source="tass", type="impact"), by=("admin1",))[0].admin1 == "RU-KDA"
    assert [t.claims for t in store.tallies(ClaimQuery(lang="uk"), by=())] == [1]


def test_tallies_page_through_groups(store: SQLiteStore) -> None:
    regions = [t.admin1 for t in store.tallies(ClaimQuery(limit=2, offset=1), by=("admin1",))]
    assert regions == ["RU-BRY", "RU-KDA"]


@pytest.mark.parametrize(
    ("by", "message"),
    [
        (("week",), "cannot tally by 'week'; use any of day, type, admin1, claimant"),
        (("day", "day"), "tally keys repeat: day, day; name each once"),
    ],
)
def test_tallies_refuse_unknown_or_repeated_keys(
    store: SQLiteStore, by: tuple[str, ...], message: str
) -> None:
    with pytest.raises(QueryError) as raised:
        store.tallies(by=by)
    assert str(raised.value) == message


@pytest.mark.parametrize(
    ("lang", "expected"), [("ru", ["ru"]), ("uk", ["ua"]), ("en", ["seed", "seed", "kharkiv"])]
)
def test_lang_filters_claims_by_their_documents_language(
    store: SQLiteStore, lang: str, expected: list[str]
) -> None:
    assert [LABELS[c.content_hash] for c in store.claims(ClaimQuery(lang=lang))] == expected


def test_places_are_counted_by_id_with_unresolved_ones_by_name(store: SQLiteStore) -> None:
    rows = [(p.id, p.name, p.level, p.admin1, p.claims, p.destroyed) for p in store.places()]
    assert rows == [
        ("geonames:706483", "Kharkiv", "settlement", "UA-63", 1, None),
        ("RU-BEL", "Belgorod Oblast", "admin1", "RU-BEL", 1, 12),
        ("RU-BRY", "Bryansk Oblast", "admin1", "RU-BRY", 1, 64),
        ("RU-KDA", "Krasnodar Krai", "admin1", "RU-KDA", 1, None),
        ("RU-KLU", "Kaluga Oblast", "admin1", "RU-KLU", 1, 9),
        ("RU-SMO", "Smolensk Oblast", "admin1", "RU-SMO", 1, 5),
        ("UA-63", "Kharkiv Oblast", "admin1", "UA-63", 1, None),
        (None, "Saltivskyi district", "other", None, 1, None),
    ]
    assert [p.id for p in store.places(ClaimQuery(type="impact", limit=2))] == ["geonames:706483", "RU-KDA"]


def test_findings_are_the_claims_own_latest_document_first(store: SQLiteStore) -> None:
    found = [(LABELS[f.content_hash], f.finding.claim, f.finding.kind) for f in store.findings()]
    # The empty document's document-level finding belongs to no claim and is left out.
    assert found == [
        ("kharkiv", 0, "unverified_claim"),
        ("kharkiv", 0, "unresolved_place"),
        ("seed", 0, "breakdown_sum_mismatch"),
        ("seed", 1, "anonymous_source"),
    ]
    first = store.findings(ClaimQuery(limit=1))[0]
    document = kharkiv_pair()[0]
    assert (first.document_id, first.published_at, first.source) == (
        document.id,
        document.published_at,
        document.source,
    )


def test_findings_follow_the_claim_filters_and_kind(store: SQLiteStore) -> None:
    impacts = store.findings(ClaimQuery(type="impact"))
    assert [f.finding.kind for f in impacts] == ["unverified_claim", "unresolved_place", "anonymous_source"]
    assert [f.finding.kind for f in store.findings(kind="anonymous_source")] == ["anonymous_source"]
    assert [f.finding.kind for f in store.findings(ClaimQuery(limit=1, offset=2))] == [
        "breakdown_sum_mismatch"
    ]


def test_search_documents_folds_case_in_text_and_title(store: SQLiteStore) -> None:
    def found(query: DocumentQuery) -> list[str]:
        return [LABELS.get(i.document.content_hash, "empty") for i in store.search_documents(query)]

    assert found(DocumentQuery(text="SALTIVSKYI")) == ["kharkiv"]
    assert found(DocumentQuery(text="белгородской")) == ["ru"]
    assert found(DocumentQuery(text="down 83")) == ["seed"]  # the title
    assert found(DocumentQuery(text="%")) == []
    assert found(DocumentQuery()) == ["seed", "ru", "kharkiv", "ua", "empty"]
    assert found(DocumentQuery(source="TASS")) == ["seed"]
    assert found(DocumentQuery(source="tass")) == []  # a source is named exactly
    assert found(DocumentQuery(lang="uk")) == ["ua"]
    assert found(DocumentQuery(limit=2, offset=3)) == ["ua", "empty"]


def test_search_documents_carry_language_and_counts(store: SQLiteStore) -> None:
    (info,) = store.search_documents(DocumentQuery(text="Bryansk"))
    assert info.document == seed_pair()[0]
    assert (info.lang, info.claims, info.findings) == ("en", 2, 2)


def test_an_empty_search_is_refused() -> None:
    with pytest.raises(QueryError, match="the text to search for is empty"):
        DocumentQuery(text="  ")


def test_sources_count_documents_claims_and_findings(store: SQLiteStore) -> None:
    rows = [(s.source, s.documents, s.claims, s.findings) for s in store.sources()]
    assert rows == [
        ("Suspilne Kharkiv", 1, 1, 2),
        ("TASS", 1, 2, 2),
        ("Минобороны России", 1, 1, 0),
        ("Повітряні сили ЗСУ", 1, 1, 0),
        (None, 1, 0, 1),
    ]
    tass = store.sources()[1]
    assert tass.first == tass.last == datetime(2025, 11, 25, 4, 12, tzinfo=UTC)
    assert store.sources()[-1].first is None
    assert [s.source for s in store.sources(limit=1, offset=1)] == ["TASS"]


def test_claim_page_orders_latest_event_first_with_stored_json(store: SQLiteStore) -> None:
    page = store.claim_page()
    expected = sorted(
        store.claims(),
        key=lambda c: (-date.toordinal(_event(c.claim, c.published_at)), c.content_hash, c.index),
    )
    assert [(c.content_hash, c.index) for c in page] == [(c.content_hash, c.index) for c in expected]
    by_key = {(c.content_hash, c.index): c for c in store.claims()}
    for item in page:
        stored = by_key[(item.content_hash, item.index)]
        assert json.loads(item.claim_json) == stored.claim.to_dict()
        assert (item.document_id, item.findings, item.published_at, item.source) == (
            stored.document_id,
            stored.findings,
            stored.published_at,
            stored.source,
        )
    assert page[0].event_date == date(2025, 11, 27)


def _event(claim: object, published: datetime | None) -> date:
    from dronewatch.store.rows import event_date

    day = event_date(claim, published)  # type: ignore[arg-type]
    assert day is not None
    return day


def test_claim_page_filters_like_claims(store: SQLiteStore) -> None:
    for query in (
        ClaimQuery(type="interception"),
        ClaimQuery(place="RU-BRY"),
        ClaimQuery(source="tass"),
        ClaimQuery(has_finding="any"),
        ClaimQuery(lang="en", since=date(2025, 11, 25)),
        # A place filter reads the place index: by admin1, by place id, in any case, with the
        # other filters.
        ClaimQuery(place="ru-bry"),
        ClaimQuery(place="UA-63"),
        ClaimQuery(place="GEONAMES:706483"),
        ClaimQuery(place="RU-KDA", type="impact"),
        ClaimQuery(place="RU-KDA", type="interception"),
        ClaimQuery(place="RU-BEL", since=date(2025, 11, 25), until=date(2025, 11, 25)),
        ClaimQuery(place="RU-BEL", until=date(2025, 11, 24)),
        ClaimQuery(place="RU-BRY", source="tass"),
        ClaimQuery(place="RU-BRY", has_finding="breakdown_sum_mismatch"),
        ClaimQuery(place="UA-63", lang="uk"),
        ClaimQuery(place="nowhere"),
    ):
        assert {(c.content_hash, c.index) for c in store.claim_page(query)} == {
            (c.content_hash, c.index) for c in store.claims(query)
        }, query


def test_a_place_page_keeps_the_order_of_the_whole_page(store: SQLiteStore) -> None:
    everything = [(c.content_hash, c.index) for c in store.claim_page()]
    for place in ("RU-KDA", "UA-63", "ru-bel", "RU-SMO"):
        mine = {(c.content_hash, c.index) for c in store.claims(ClaimQuery(place=place))}
        page = [(c.content_hash, c.index) for c in store.claim_page(ClaimQuery(place=place))]
        assert page == [key for key in everything if key in mine], place


def test_claim_summaries_are_the_claim_page_without_its_json(store: SQLiteStore) -> None:
    for query in (
        ClaimQuery(),
        ClaimQuery(place="UA-63"),
        ClaimQuery(type="interception", limit=2, offset=1),
    ):
        page, summaries = store.claim_page(query), store.claim_summaries(query)
        assert [(c.content_hash, c.claim_index) for c in summaries] == [
            (c.content_hash, c.index) for c in page
        ]
        for item, summary in zip(page, summaries, strict=True):
            claim = json.loads(item.claim_json)
            assert (summary.document_id, summary.published_at, summary.source, summary.event_date) == (
                item.document_id,
                None if item.published_at is None else item.published_at.isoformat(),
                item.source,
                None if item.event_date is None else item.event_date.isoformat(),
            )
            assert [
                Finding(kind, item.index, severity, message, detail)
                for kind, severity, message, detail in summary.findings
            ] == list(item.findings)
            assert (summary.type, summary.weapon, summary.weapon_model) == (
                claim["type"],
                claim["weapon"],
                claim.get("weapon_model"),
            )
            stated = {
                k: (v["value"], v["qualifier"])
                for k, v in claim.items()
                if isinstance(v, dict) and "qualifier" in v
            }
            assert {name: (value, qualifier) for name, value, qualifier in summary.counts} == stated
            named = [i["place"] for i in claim.get("breakdown", [])] or claim.get("places", [])
            assert [(i, name, level) for i, name, level, _, _ in summary.places] == [
                (p["id"], p["name"], p["level"]) for p in named
            ]
            counts = [i["destroyed"] for i in claim.get("breakdown", [])]
            assert [(n, q) for _, _, _, n, q in summary.places if n is not None] == [
                (c["value"], c["qualifier"]) for c in counts if c
            ]


def test_claim_page_puts_undated_claims_last_and_pages_across_them(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "undated.db") as store:
        for i in range(4):
            document, extraction = bulk_pair(i)
            # Two documents without a date: their claims have no event date.
            store.save(dataclasses.replace(document, published_at=None) if i % 2 else document, extraction)
        page = store.claim_page()
        dated = [c for c in page if c.event_date is not None]
        assert len(page) == 8
        assert [c.document_id for c in dated] == ["bulk-2", "bulk-2", "bulk-0", "bulk-0"]
        assert [c.event_date for c in page[4:]] == [None] * 4
        keys = [(c.content_hash, c.index) for c in page]
        for limit, offset in [(3, 0), (3, 3), (3, 6), (2, 4), (5, 5), (1, 7), (3, 9)]:
            part = store.claim_page(ClaimQuery(limit=limit, offset=offset))
            assert [(c.content_hash, c.index) for c in part] == keys[offset : offset + limit], (limit, offset)
        assert store.claim_page(ClaimQuery(limit=0)) == []
        # The same through the place index, which puts the undated claims last in the same read.
        place = ClaimQuery(place="RU-BRY")
        keys = [(c.content_hash, c.index) for c in store.claim_page(place)]
        assert len(keys) == 4
        assert keys == [key for key in [(c.content_hash, c.index) for c in page] if key in set(keys)]
        for limit, offset in [(3, 0), (3, 3), (1, 2), (2, 3)]:
            part = store.claim_page(dataclasses.replace(place, limit=limit, offset=offset))
            assert [(c.content_hash, c.index) for c in part] == keys[offset : offset + limit], (limit, offset)


def test_a_reader_is_read_only(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    with SQLiteStore(path) as writer:
        writer.save(*seed_pair())
    with SQLiteStore(path, read_only=True) as reader:
        assert reader.summary().documents == 1
        with pytest.raises(StoreError, match="readonly"):
            reader.save(*russian_pair())
    assert SQLiteStore(path).summary().documents == 1


def test_a_reader_needs_an_existing_current_database(tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"
    with pytest.raises(StoreError) as raised:
        SQLiteStore(missing, read_only=True)
    assert str(raised.value) == (
        f"there is no database at {missing}; create it with: dronewatch --db {missing} ingest PATH"
    )
    assert not missing.exists()
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")  # SQLite reads an empty file as an empty database
    with pytest.raises(StoreError, match="is not a dronewatch database"):
        SQLiteStore(empty, read_only=True)
    newer = tmp_path / "newer.db"
    SQLiteStore(newer).close()
    with closing(sqlite3.connect(newer)) as conn:
        conn.execute("INSERT INTO migrations VALUES (99, 'future', '2030-01-01')")
        conn.commit()
    with pytest.raises(StoreError, match=r"is newer than this dronewatch \(schema 99, not 3\); upgrade"):
        SQLiteStore(newer, read_only=True)
    # A store of an older dronewatch: the reader says how to migrate it, and that works.
    older = tmp_path / "older.db"
    SQLiteStore(older).close()
    with closing(sqlite3.connect(older)) as conn, conn:
        conn.execute("DROP TABLE claim_summaries")
        conn.execute("DROP TABLE place_claims")
        conn.execute("DELETE FROM migrations WHERE version >= 2")
    with pytest.raises(StoreError) as raised:
        SQLiteStore(older, read_only=True)
    assert str(raised.value) == (
        f"database at {older} is older than this dronewatch (schema 1, not 3); "
        f"migrate it with: dronewatch --db {older} ingest PATH"
    )
    SQLiteStore(older).close()
    assert SQLiteStore(older, read_only=True).schema_version() == 3


def test_data_version_changes_when_another_connection_commits(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    with SQLiteStore(path) as writer, SQLiteStore(path, read_only=True) as reader:
        before = reader.data_version()
        assert reader.data_version() == before
        writer.save(*seed_pair())
        assert reader.data_version() != before


def test_time_limit_stops_a_long_read_and_then_lets_reads_run(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "store.db") as store:
        for i in range(300):
            store.save(*bulk_pair(i))
        with (
            pytest.raises(QueryTimeout, match=r"took longer than 0 s and was stopped; narrow it"),
            store.time_limit(0),
        ):
            store.tallies(by=("admin1", "day"))
        assert len(store.tallies(by=("admin1",))) == 2
        with store.time_limit(60):
            assert len(store.tallies(by=("admin1",))) == 2
