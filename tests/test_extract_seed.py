"""The seed article end to end: the claims, values, evidence and findings it must yield."""

from __future__ import annotations

from pathlib import Path

import pytest

from dronewatch.intake import read
from dronewatch.model import Document, Extraction, ImpactClaim, InterceptionClaim
from dronewatch.pipeline import process

SEED = Path(__file__).resolve().parent.parent / "sample" / "seed-article.txt"


@pytest.fixture(scope="module")
def seed() -> tuple[Document, Extraction]:
    (document,) = list(read([str(SEED)]))
    assert isinstance(document, Document)
    return document, process(document)


def _interceptions(extraction: Extraction) -> list[InterceptionClaim]:
    return [c for c in extraction.claims if isinstance(c, InterceptionClaim)]


def _impacts(extraction: Extraction) -> list[ImpactClaim]:
    return [c for c in extraction.claims if isinstance(c, ImpactClaim)]


def test_the_83_drone_claim_with_its_breakdown(seed: tuple[Document, Extraction]) -> None:
    _, extraction = seed
    (claim,) = [c for c in _interceptions(extraction) if c.destroyed and c.destroyed.value == 83]
    assert claim.weapon == "uav"
    assert [(b.place.id, b.destroyed.value) for b in claim.breakdown] == [
        ("RU-BRY", 64),
        ("RU-KLU", 9),
        ("RU-SMO", 5),
    ]
    assert [b.destroyed.text for b in claim.breakdown] == ["64", "nine", "five"]
    assert claim.breakdown_scope == "partial"
    assert claim.claimant is not None
    assert claim.claimant.name == "Russian Ministry of Defense"
    assert claim.sourcing.kind == "official"
    assert [h.text for h in claim.sourcing.hedges if h.kind == "anonymous"] == ["exclusive channels"]


def test_the_breakdown_sum_mismatch(seed: tuple[Document, Extraction]) -> None:
    _, extraction = seed
    index = next(
        i for i, c in enumerate(extraction.claims) if isinstance(c, InterceptionClaim) and c.breakdown
    )
    (finding,) = [f for f in extraction.findings if f.kind == "breakdown_sum_mismatch"]
    assert finding.claim == index
    assert finding.detail == {"total": 83, "sum": 78, "remainder": 5, "scope": "partial"}
    assert "adds up to 78, 5 fewer than the stated 83" in finding.message


def test_the_krasnodar_impact(seed: tuple[Document, Extraction]) -> None:
    _, extraction = seed
    (impact,) = _impacts(extraction)
    assert {p.admin1 for p in impact.places} == {"RU-KDA"}
    assert impact.sites is not None
    assert (impact.sites.value, impact.sites.text) == (9, "nine")
    assert impact.time is not None
    assert (impact.time.clock, impact.time.utc_offset, impact.time.text) == (
        "00:45",
        "+03:00",
        "around 00:45 MSK",
    )
    assert impact.time.start is None  # the article gives no date and no publication date
    kinds = {c.kind for c in impact.consequences}
    assert {"fire", "evacuation", "debris"} <= kinds
    assert impact.injured is not None
    assert (impact.injured.value, impact.injured.text) == (0, "no injuries")
    assert impact.killed is None
    assert impact.sourcing.kind == "anonymous"


def test_the_one_drone_moscow_claim_is_unverified(seed: tuple[Document, Extraction]) -> None:
    _, extraction = seed
    (claim,) = [c for c in _interceptions(extraction) if c.destroyed and c.destroyed.value == 1]
    assert claim.breakdown == ()  # "on an approach to the capital" is a direction, not where it was downed
    assert claim.claimant is not None
    assert (claim.claimant.name, claim.claimant.text) == (
        "Sergei Sobyanin",
        "Moscow’s mayor, Sergei Sobyanin",
    )
    assert claim.sourcing.kind == "named_official"
    assert claim.sourcing.verification == "unverified"
    index = extraction.claims.index(claim)
    assert [f.claim for f in extraction.findings if f.kind == "unverified_claim"] == [index]


def test_anonymous_sources_are_found(seed: tuple[Document, Extraction]) -> None:
    _, extraction = seed
    hedges = {h for f in extraction.findings if f.kind == "anonymous_source" for h in f.detail["hedges"]}
    assert {"privileged access", "exclusive channels"} <= hedges


def test_claims_come_in_order_of_appearance(seed: tuple[Document, Extraction]) -> None:
    _, extraction = seed
    starts = [c.span[0] for c in extraction.claims]
    assert starts == sorted(starts)
    assert [c.type for c in extraction.claims] == ["impact", "interception", "interception"]


def test_every_evidence_span_points_at_its_text(seed: tuple[Document, Extraction]) -> None:
    document, extraction = seed

    def walk(node: object) -> list[dict[str, object]]:
        if isinstance(node, dict):
            found = [node] if "span" in node and "text" in node else []
            return found + [e for v in node.values() for e in walk(v)]
        if isinstance(node, list):
            return [e for v in node for e in walk(v)]
        return []

    evidence = walk(extraction.to_dict())
    assert len(evidence) > 20
    for item in evidence:
        span = item["span"]
        assert isinstance(span, list)
        assert document.text[span[0] : span[1]] == item["text"]
