"""ClaimQuery: each filter alone and combined, paging, ordering, and the findings carried along."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from dronewatch.store import ClaimQuery, QueryError, SQLiteStore, StoredClaim
from records import all_pairs, bulk_pair, kharkiv_pair, russian_pair, seed_pair, ukrainian_pair

# The five stored claims in their order (published_at: seed, Russian, Kharkiv, Ukrainian):
#   seed-0   interception  event 2025-11-24 (window start)  RU-BRY/RU-KLU/RU-SMO  breakdown_sum_mismatch
#   seed-1   impact        event 2025-11-25 (published)     RU-KDA                anonymous_source
#   ru-0     interception  event 2025-11-25                 RU-BEL
#   kharkiv-0 impact       event 2025-11-27                 (unresolved), Kharkiv, UA-63   two findings
#   ua-0     interception  event 2025-11-27                 no places
LABELS = {
    seed_pair()[0].id: "seed",
    russian_pair()[0].id: "ru",
    kharkiv_pair()[0].id: "kharkiv",
    ukrainian_pair()[0].id: "ua",
}
ALL = ["seed-0", "seed-1", "ru-0", "kharkiv-0", "ua-0"]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SQLiteStore]:
    with SQLiteStore(tmp_path_factory.mktemp("query") / "store.db") as opened:
        for pair in all_pairs():
            opened.save(*pair)
        yield opened


def labels(claims: Iterator[StoredClaim]) -> list[str]:
    return [f"{LABELS[c.document_id]}-{c.index}" for c in claims]


def test_no_filter_gives_every_claim_in_publication_order(store: SQLiteStore) -> None:
    assert labels(store.claims()) == ALL
    assert labels(store.claims(ClaimQuery())) == ALL


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (ClaimQuery(since=date(2025, 11, 25)), ["seed-1", "ru-0", "kharkiv-0", "ua-0"]),
        (ClaimQuery(until=date(2025, 11, 25)), ["seed-0", "seed-1", "ru-0"]),
        # The window starts on the 24th (23:00 MSK) though the report is published on the 25th.
        (ClaimQuery(until=date(2025, 11, 24)), ["seed-0"]),
        (ClaimQuery(since=date(2025, 11, 25), until=date(2025, 11, 25)), ["seed-1", "ru-0"]),
        (ClaimQuery(since=date(2025, 11, 28)), []),
    ],
)
def test_dates_are_inclusive_on_the_event_date(
    store: SQLiteStore, query: ClaimQuery, expected: list[str]
) -> None:
    assert labels(store.claims(query)) == expected


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        ("RU-BRY", ["seed-0"]),
        ("ru-klu", ["seed-0"]),
        ("RU-KDA", ["seed-1"]),
        ("RU-BEL", ["ru-0"]),
        ("UA-63", ["kharkiv-0"]),
        ("geonames:706483", ["kharkiv-0"]),
        ("RU-MOW", []),
    ],
)
def test_place_matches_place_ids_and_their_admin1(
    store: SQLiteStore, place: str, expected: list[str]
) -> None:
    assert labels(store.claims(ClaimQuery(place=place))) == expected


def test_type_filter(store: SQLiteStore) -> None:
    assert labels(store.claims(ClaimQuery(type="interception"))) == ["seed-0", "ru-0", "ua-0"]
    assert labels(store.claims(ClaimQuery(type="impact"))) == ["seed-1", "kharkiv-0"]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("tass", ["seed-0", "seed-1"]),  # the document's source
        ("минобороны", ["ru-0"]),  # Cyrillic, folded beyond ASCII
        ("ПОВІТРЯНІ СИЛИ", ["ua-0"]),
        ("ministry of defence", ["seed-0", "ru-0"]),  # the claimant's name
        ("emergency services", ["seed-1"]),  # the sourcing's attributed_to
        ("syniehubov", ["kharkiv-0"]),
        ("%", []),  # text, not a LIKE wildcard
    ],
)
def test_source_is_a_case_insensitive_substring(store: SQLiteStore, source: str, expected: list[str]) -> None:
    assert labels(store.claims(ClaimQuery(source=source))) == expected


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("any", ["seed-0", "seed-1", "kharkiv-0"]),
        ("breakdown_sum_mismatch", ["seed-0"]),
        ("anonymous_source", ["seed-1"]),
        # The empty document's document-level unresolved_place belongs to no claim.
        ("unresolved_place", ["kharkiv-0"]),
        ("breakdown_duplicate_place", []),
    ],
)
def test_has_finding_counts_the_claims_own_findings(
    store: SQLiteStore, kind: str, expected: list[str]
) -> None:
    assert labels(store.claims(ClaimQuery(has_finding=kind))) == expected


def test_filters_combine(store: SQLiteStore) -> None:
    query = ClaimQuery(
        type="impact", since=date(2025, 11, 26), has_finding="unverified_claim", source="suspilne"
    )
    assert labels(store.claims(query)) == ["kharkiv-0"]
    assert labels(store.claims(ClaimQuery(type="impact", place="RU-BRY"))) == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (ClaimQuery(limit=2), ["seed-0", "seed-1"]),
        (ClaimQuery(offset=3), ["kharkiv-0", "ua-0"]),
        (ClaimQuery(limit=0), []),
        (ClaimQuery(offset=9), []),
        # Paging applies to the filtered claims, and a claim with two findings is one claim.
        (ClaimQuery(has_finding="any", limit=2, offset=1), ["seed-1", "kharkiv-0"]),
        (ClaimQuery(limit=1, offset=3), ["kharkiv-0"]),
    ],
)
def test_limit_and_offset(store: SQLiteStore, query: ClaimQuery, expected: list[str]) -> None:
    assert labels(store.claims(query)) == expected


def test_stored_claims_carry_their_document_and_own_findings(store: SQLiteStore) -> None:
    claims = {f"{LABELS[c.document_id]}-{c.index}": c for c in store.claims()}
    for document, extraction in (seed_pair(), kharkiv_pair(), ukrainian_pair()):
        for index, claim in enumerate(extraction.claims):
            stored = claims[f"{LABELS[document.id]}-{index}"]
            assert stored == StoredClaim(
                document_id=document.id,
                content_hash=document.content_hash,
                index=index,
                claim=claim,
                findings=tuple(f for f in extraction.findings if f.claim == index),
                published_at=document.published_at,
                source=document.source,
            )
    assert len(claims["kharkiv-0"].findings) == 2


def test_order_is_by_instant_across_offsets(tmp_path: Path) -> None:
    # 04:30 UTC is after 07:12 MSK (04:12 UTC), though "04:30+00:00" sorts before "07:12+03:00" as text.
    later = datetime(2025, 11, 25, 4, 30, tzinfo=UTC)
    earlier = datetime(2025, 11, 25, 7, 12, tzinfo=timezone(timedelta(hours=3)))
    utc_document, utc_extraction = bulk_pair(1)
    msk_document, msk_extraction = bulk_pair(2)
    with SQLiteStore(tmp_path / "order.db") as store:
        store.save(dataclasses.replace(utc_document, published_at=later), utc_extraction)
        store.save(dataclasses.replace(msk_document, published_at=earlier), msk_extraction)
        assert [c.document_id for c in store.claims()] == ["bulk-2", "bulk-2", "bulk-1", "bulk-1"]
        assert [d.id for d in store.documents()] == ["bulk-2", "bulk-1"]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"type": "drone"}, "unknown claim type 'drone'; use one of interception, impact"),
        ({"limit": -1}, "limit must be 0 or more, not -1"),
        ({"offset": -5}, "offset must be 0 or more, not -5"),
        (
            {"since": date(2025, 11, 27), "until": date(2025, 11, 25)},
            "since (2025-11-27) is after until (2025-11-25); swap them",
        ),
    ],
)
def test_impossible_queries_are_refused(fields: dict[str, object], message: str) -> None:
    with pytest.raises(QueryError) as raised:
        ClaimQuery(**fields)  # type: ignore[arg-type]
    assert str(raised.value) == message
