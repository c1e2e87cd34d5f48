"""Hypothesis strategies for the claim model and helpers for extract-v1 lines, for any test to reuse.

Every strategy builds records the model accepts and the extract-v1 schema allows: counts are
non-negative, spans satisfy ``0 <= start <= end``, datetimes are timezone-aware with fixed offsets, and
``Finding.detail`` holds plain JSON. The values are not tied to a document text, so ``text``/``span``
pairs do not satisfy ``document_text[start:end] == text``; tests that need that build their own.
"""

from __future__ import annotations

import copy
import re
from datetime import datetime, timedelta, timezone
from typing import Any

from hypothesis import strategies as st
from jsonschema import Draft202012Validator, FormatChecker  # type: ignore[import-untyped, unused-ignore]

from dronewatch.model import (
    CONSEQUENCE_KINDS,
    HEDGE_KINDS,
    JSON,
    LEVELS,
    PRECISIONS,
    QUALIFIERS,
    SCOPES,
    SEVERITIES,
    SOURCE_KINDS,
    VERIFICATIONS,
    WEAPONS,
    BreakdownItem,
    Claim,
    Claimant,
    Consequence,
    Document,
    Evidence,
    Extraction,
    Finding,
    Hedge,
    ImpactClaim,
    InterceptionClaim,
    Place,
    Quantity,
    Sourcing,
    Span,
    Time,
)
from dronewatch.schema import extract_schema

# Fixed offsets only: a ``zoneinfo`` datetime in a DST fold or gap does not compare equal to its own
# round trip (PEP 495), see ``test_model.test_zoneinfo_datetime_round_trips``.
OFFSETS: tuple[timezone, ...] = tuple(
    timezone(timedelta(minutes=m)) for m in (0, 120, 180, 240, 330, 345, -300, -570, 840, -720)
)
FINDING_KINDS: tuple[str, ...] = (
    "breakdown_sum_mismatch",
    "breakdown_duplicate_place",
    "unverified_claim",
    "anonymous_source",
    "unresolved_place",
)
LANGS: tuple[str, ...] = ("en", "ru", "uk")

# Any character but lone surrogates, which no decoded document contains and SQLite cannot store.
characters = st.characters(exclude_categories=["Cs"])
texts = st.text(characters, max_size=30)
optional_texts = st.none() | texts
counts = st.integers(min_value=0, max_value=10**6)


@st.composite
def spans(draw: st.DrawFn) -> Span:
    """A half-open span ``(start, end)`` with ``0 <= start <= end``."""
    start = draw(st.integers(min_value=0, max_value=100_000))
    return (start, start + draw(st.integers(min_value=0, max_value=2_000)))


def aware_datetimes() -> st.SearchStrategy[datetime]:
    """Timezone-aware datetimes at one of several fixed UTC offsets."""
    return st.datetimes(timezones=st.sampled_from(OFFSETS))


evidence = st.builds(Evidence, text=texts, span=spans())
hedges = st.builds(Hedge, text=texts, span=spans(), kind=st.sampled_from(HEDGE_KINDS))
quantities = st.builds(
    Quantity, value=counts, qualifier=st.sampled_from(QUALIFIERS), text=texts, span=spans()
)
optional_quantities = st.none() | quantities
admin1_codes = st.from_regex(r"\A[A-Z]{2}-[A-Z0-9]{1,3}\Z")
places = st.builds(
    Place,
    id=st.none() | admin1_codes | st.sampled_from(("sea:black", "sea:azov")) | texts,
    name=texts,
    level=st.sampled_from(LEVELS),
    admin1=st.none() | admin1_codes,
    lat=st.none() | st.floats(min_value=-90, max_value=90),
    lon=st.none() | st.floats(min_value=-180, max_value=180),
    text=texts,
    span=spans(),
)
claimants = st.builds(Claimant, name=texts, text=texts, span=spans())


@st.composite
def times(draw: st.DrawFn) -> Time:
    """A time or window; when both ends are known, ``start <= end``."""
    start, end = draw(st.none() | aware_datetimes()), draw(st.none() | aware_datetimes())
    if start is not None and end is not None and end < start:
        start, end = end, start
    clock = draw(st.none() | st.from_regex(r"\A([01][0-9]|2[0-3]):[0-5][0-9]\Z"))
    return Time(
        start=start,
        end=end,
        text=draw(texts),
        span=draw(spans()),
        precision=draw(st.sampled_from(PRECISIONS)),
        clock=clock,
        utc_offset=None if clock is None else draw(st.none() | st.sampled_from(("+03:00", "+02:00"))),
    )


sourcings = st.builds(
    Sourcing,
    attributed_to=optional_texts,
    kind=st.sampled_from(SOURCE_KINDS),
    verification=st.sampled_from(VERIFICATIONS),
    hedges=st.lists(hedges, max_size=2).map(tuple),
)
breakdown_items = st.builds(BreakdownItem, place=places, destroyed=quantities)
consequences = st.builds(Consequence, kind=st.sampled_from(CONSEQUENCE_KINDS), text=texts, span=spans())
interception_claims = st.builds(
    InterceptionClaim,
    claimant=st.none() | claimants,
    weapon=st.sampled_from(WEAPONS),
    weapon_model=st.none() | st.sampled_from(("Shahed-136/131", "Kh-101", "Iskander-M")) | texts,
    launched=optional_quantities,
    destroyed=optional_quantities,
    suppressed=optional_quantities,
    window=st.none() | times(),
    breakdown=st.lists(breakdown_items, max_size=3).map(tuple),
    breakdown_scope=st.sampled_from(SCOPES),
    sourcing=sourcings,
    text=texts,
    span=spans(),
)
impact_claims = st.builds(
    ImpactClaim,
    places=st.lists(places, max_size=2).map(tuple),
    weapon=st.sampled_from(WEAPONS),
    sites=optional_quantities,
    time=st.none() | times(),
    consequences=st.lists(consequences, max_size=3).map(tuple),
    killed=optional_quantities,
    injured=optional_quantities,
    sourcing=sourcings,
    text=texts,
    span=spans(),
    claimant=st.none() | claimants,
)
claims: st.SearchStrategy[Claim] = st.one_of(interception_claims, impact_claims)

json_values: st.SearchStrategy[Any] = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | texts,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=8,
)


@st.composite
def findings(draw: st.DrawFn, n_claims: int | None = None) -> Finding:
    """A finding; with ``n_claims``, its ``claim`` indexes a list of that many claims (or is None)."""
    kind = draw(st.sampled_from(FINDING_KINDS) | texts)
    detail: JSON
    if kind == "breakdown_sum_mismatch":
        total, part = draw(counts), draw(counts)
        detail = {
            "total": total,
            "sum": part,
            "remainder": total - part,
            "scope": draw(st.sampled_from(SCOPES)),
        }
    else:
        detail = draw(st.dictionaries(texts, json_values, max_size=3))
    if n_claims is None:
        claim = draw(st.none() | st.integers(min_value=0, max_value=1_000))
    else:
        claim = draw(st.none() | st.integers(min_value=0, max_value=n_claims - 1)) if n_claims else None
    return Finding(
        kind=kind, claim=claim, severity=draw(st.sampled_from(SEVERITIES)), message=draw(texts), detail=detail
    )


documents = st.builds(
    Document,
    id=texts,
    text=st.text(characters, max_size=200),
    content_hash=st.from_regex(r"\A[0-9a-f]{64}\Z"),
    lang=st.none() | st.sampled_from(LANGS),
    published_at=st.none() | aware_datetimes(),
    source=optional_texts,
    url=st.none() | st.just("https://example.org/report/1"),
    channel=optional_texts,
    message_id=st.none() | st.integers(min_value=1, max_value=10**7).map(str),
    edited_at=st.none() | aware_datetimes(),
    origin=optional_texts,
    title=optional_texts,
)


@st.composite
def extractions(draw: st.DrawFn) -> Extraction:
    """An extraction whose findings index its own claims."""
    drawn = tuple(draw(st.lists(claims, max_size=3)))
    return Extraction(
        id=draw(texts),
        lang=draw(st.sampled_from(LANGS)),
        published_at=draw(st.none() | aware_datetimes()),
        claims=drawn,
        findings=tuple(draw(st.lists(findings(len(drawn)), max_size=3))),
        source=draw(optional_texts),
        url=draw(st.none() | st.just("https://example.org/report/1")),
        content_hash=draw(st.none() | st.from_regex(r"\A[0-9a-f]{64}\Z")),
    )


# RFC 3339 date-time, the meaning of JSON Schema's ``format: date-time``: seconds and an offset required.
_RFC3339 = re.compile(r"\A\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})\Z", re.ASCII)


def _is_rfc3339(instance: object) -> bool:
    if not isinstance(instance, str):
        return True
    if not _RFC3339.match(instance):
        return False
    try:
        datetime.fromisoformat(instance.upper().replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


MISSING: Any = object()


def replaced(raw: JSON, path: tuple[str | int, ...], value: Any) -> JSON:
    """A deep copy of ``raw`` with the value at ``path`` set to ``value``, or deleted if it is MISSING."""
    result = copy.deepcopy(raw)
    parent: Any = result
    for step in path[:-1]:
        parent = parent[step]
    if value is MISSING:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return result


def extract_validator() -> Any:
    """A ``Draft202012Validator`` for extract-v1 lines that also checks ``format: date-time``.

    jsonschema checks ``date-time`` only when the optional ``rfc3339-validator`` is installed; this
    registers a stdlib check on the validator's own format checker so the result never depends on it.
    """
    checker = FormatChecker()
    checker.checks("date-time")(_is_rfc3339)
    return Draft202012Validator(extract_schema(), format_checker=checker)
