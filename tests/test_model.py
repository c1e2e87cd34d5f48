"""The claim model: JSON round trips, schema conformance, rejected input and immutability."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

import strategies
from dronewatch import model
from dronewatch.model import (
    JSON,
    BreakdownItem,
    Claimant,
    Consequence,
    Document,
    Evidence,
    Extraction,
    Finding,
    Hedge,
    ImpactClaim,
    InterceptionClaim,
    ModelError,
    Place,
    Quantity,
    Sourcing,
    Time,
    claim_from_dict,
)

MSK = timezone(timedelta(hours=3))
VALIDATOR = strategies.extract_validator()

# One small record of every type, for the table tests.
QUANTITY = Quantity(value=83, qualifier="exact", text="83", span=(40, 42))
PLACE = Place(
    id="RU-BRY",
    name="Bryansk Oblast",
    level="admin1",
    admin1="RU-BRY",
    lat=53.25,
    lon=33.5,
    text="Bryansk Oblast",
    span=(90, 104),
)
CLAIMANT = Claimant(name="Russian Ministry of Defense", text="The Russian Ministry of Defense", span=(0, 31))
EVIDENCE = Evidence(text="Bryansk Oblast", span=(90, 104))
HEDGE = Hedge(text="not been independently verified", span=(200, 231), kind="unverified")
TIME = Time(
    start=datetime(2024, 11, 25, 0, 45, tzinfo=MSK),
    end=datetime(2024, 11, 25, 0, 45, tzinfo=MSK),
    text="around 00:45 MSK",
    span=(300, 316),
    precision="minute",
    clock="00:45",
    utc_offset="+03:00",
)
SOURCING = Sourcing(
    attributed_to="Russian Ministry of Defense", kind="official", verification="unverified", hedges=(HEDGE,)
)
BREAKDOWN_ITEM = BreakdownItem(place=PLACE, destroyed=Quantity(64, "exact", "64", (80, 82)))
CONSEQUENCE = Consequence(kind="fire", text="A fire", span=(400, 406))
INTERCEPTION = InterceptionClaim(
    claimant=CLAIMANT,
    weapon="uav",
    weapon_model=None,
    launched=None,
    destroyed=QUANTITY,
    suppressed=None,
    window=None,
    breakdown=(BREAKDOWN_ITEM,),
    breakdown_scope="partial",
    sourcing=SOURCING,
    text="intercepted 83 Ukrainian drones",
    span=(28, 59),
)
IMPACT = ImpactClaim(
    places=(PLACE,),
    weapon="uav",
    sites=Quantity(9, "exact", "nine", (500, 504)),
    time=TIME,
    consequences=(CONSEQUENCE,),
    killed=None,
    injured=Quantity(0, "exact", "no injuries", (600, 611)),
    sourcing=Sourcing(),
    text="wreckage scattered across nine locations",
    span=(480, 520),
)
FINDING = Finding(
    kind="breakdown_sum_mismatch",
    claim=0,
    severity="warning",
    message="the breakdown adds up to 78, not 83",
    detail={"total": 83, "sum": 78, "remainder": 5, "scope": "partial"},
)
DOCUMENT = Document(
    id="seed",
    text="The Russian Ministry of Defense says it intercepted 83 Ukrainian drones.",
    content_hash="0" * 64,
    lang="en",
    published_at=datetime(2024, 11, 25, 8, 0, tzinfo=UTC),
)
EXTRACTION = Extraction(
    id="seed", lang="en", published_at=None, claims=(INTERCEPTION, IMPACT), findings=(FINDING,)
)
EXAMPLES: tuple[Any, ...] = (
    EVIDENCE,
    HEDGE,
    QUANTITY,
    PLACE,
    CLAIMANT,
    TIME,
    SOURCING,
    BREAKDOWN_ITEM,
    CONSEQUENCE,
    INTERCEPTION,
    IMPACT,
    FINDING,
    DOCUMENT,
    EXTRACTION,
)


def _through_json(raw: JSON) -> JSON:
    """What a reader of one output line gets back: strict JSON, no NaN, no tuples."""
    loaded: JSON = json.loads(json.dumps(raw, allow_nan=False))
    return loaded


# --- round trips and schema conformance (property tests) ---------------------------------------------


@pytest.mark.parametrize(
    ("records", "from_dict"),
    [
        pytest.param(strategies.evidence, Evidence.from_dict, id="Evidence"),
        pytest.param(strategies.hedges, Hedge.from_dict, id="Hedge"),
        pytest.param(strategies.quantities, Quantity.from_dict, id="Quantity"),
        pytest.param(strategies.places, Place.from_dict, id="Place"),
        pytest.param(strategies.claimants, Claimant.from_dict, id="Claimant"),
        pytest.param(strategies.times(), Time.from_dict, id="Time"),
        pytest.param(strategies.sourcings, Sourcing.from_dict, id="Sourcing"),
        pytest.param(strategies.breakdown_items, BreakdownItem.from_dict, id="BreakdownItem"),
        pytest.param(strategies.consequences, Consequence.from_dict, id="Consequence"),
        pytest.param(strategies.interception_claims, InterceptionClaim.from_dict, id="InterceptionClaim"),
        pytest.param(strategies.impact_claims, ImpactClaim.from_dict, id="ImpactClaim"),
        pytest.param(strategies.claims, claim_from_dict, id="claim_from_dict"),
        pytest.param(strategies.findings(), Finding.from_dict, id="Finding"),
        pytest.param(strategies.documents, Document.from_dict, id="Document"),
        pytest.param(strategies.extractions(), Extraction.from_dict, id="Extraction"),
    ],
)
@given(data=st.data())
def test_record_round_trips_through_json(
    records: st.SearchStrategy[Any], from_dict: Callable[[JSON], Any], data: st.DataObject
) -> None:
    record = data.draw(records)
    assert from_dict(_through_json(record.to_dict())) == record


@given(strategies.extractions())
def test_every_extraction_is_a_valid_extract_v1_line(extraction: Extraction) -> None:
    VALIDATOR.validate(_through_json(extraction.to_dict()))


def test_the_examples_are_valid_and_round_trip() -> None:
    VALIDATOR.validate(_through_json(EXTRACTION.to_dict()))
    for record in EXAMPLES:
        assert type(record).from_dict(_through_json(record.to_dict())) == record


# --- rejected input ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("from_dict", "record", "key", "bad", "field_name"),
    [
        pytest.param(Quantity.from_dict, QUANTITY, "qualifier", "roughly", "qualifier", id="qualifier"),
        pytest.param(Place.from_dict, PLACE, "level", "city", "level", id="level"),
        pytest.param(Time.from_dict, TIME, "precision", "second", "precision", id="precision"),
        pytest.param(Hedge.from_dict, HEDGE, "kind", "doubtful", "hedge kind", id="hedge-kind"),
        pytest.param(Sourcing.from_dict, SOURCING, "kind", "rumour", "kind", id="source-kind"),
        pytest.param(
            Sourcing.from_dict, SOURCING, "verification", "likely", "verification", id="verification"
        ),
        pytest.param(
            Consequence.from_dict, CONSEQUENCE, "kind", "explosion", "consequence kind", id="consequence"
        ),
        pytest.param(InterceptionClaim.from_dict, INTERCEPTION, "weapon", "drone", "weapon", id="weapon"),
        pytest.param(
            InterceptionClaim.from_dict,
            INTERCEPTION,
            "breakdown_scope",
            "most",
            "breakdown_scope",
            id="scope",
        ),
        pytest.param(ImpactClaim.from_dict, IMPACT, "weapon", "shell", "weapon", id="impact-weapon"),
        pytest.param(Finding.from_dict, FINDING, "severity", "fatal", "severity", id="severity"),
        pytest.param(claim_from_dict, IMPACT, "type", "strike", "claim type", id="claim-type"),
    ],
)
def test_from_dict_names_the_field_with_a_bad_enum_value(
    from_dict: Callable[[JSON], Any], record: Any, key: str, bad: str, field_name: str
) -> None:
    raw = record.to_dict()
    raw[key] = bad
    with pytest.raises(ModelError, match=rf"^{re.escape(field_name)} .*{re.escape(repr(bad))}"):
        from_dict(raw)


def test_a_bad_enum_value_deep_in_an_extraction_is_rejected() -> None:
    raw = EXTRACTION.to_dict()
    raw["claims"][1]["consequences"][0]["kind"] = "explosion"
    with pytest.raises(ModelError, match="consequence kind"):
        Extraction.from_dict(raw)


@pytest.mark.parametrize("bad", [[3, 1], [1], ["a", 2], [-1, 2], [1, 2, 3], "1-2", None], ids=repr)
@pytest.mark.parametrize(
    "record",
    [EVIDENCE, HEDGE, QUANTITY, PLACE, CLAIMANT, TIME, CONSEQUENCE, INTERCEPTION, IMPACT],
    ids=lambda record: type(record).__name__,
)
def test_from_dict_rejects_a_bad_span(record: Any, bad: Any) -> None:
    raw = record.to_dict()
    raw["span"] = bad
    with pytest.raises(ModelError, match=rf"span.*{re.escape(repr(bad))}"):
        type(record).from_dict(raw)


# Lines the schema rejects, and ``Extraction.from_dict`` must reject too:
# (path into EXTRACTION.to_dict(), the bad value or MISSING to delete the key, why the model is wrong).
LENIENT_CASES = [
    pytest.param(
        ("claims", 1, "time", "start"),
        "2024-11-25T00:45:00",
        "Time.from_dict accepts a start without a UTC offset and returns a naive datetime; the "
        "contract wants 'ISO 8601 with offset' and the house rule is timezone-aware datetimes",
        id="naive-time",
    ),
    pytest.param(
        ("published_at",),
        "2024-11-25",
        "a date-only published_at becomes a naive midnight datetime, whose isoformat() has no offset",
        id="date-only-published-at",
    ),
    pytest.param(
        ("claims", 0, "destroyed", "value"),
        2.5,
        "Quantity.from_dict truncates a non-integer count with int(): 2.5 silently becomes 2",
        id="float-count",
    ),
    pytest.param(
        ("claims", 0, "destroyed", "value"),
        "83",
        "Quantity.from_dict coerces a string count with int()",
        id="string-count",
    ),
    pytest.param(
        ("claims", 0, "destroyed", "value"),
        -1,
        "Quantity accepts a negative count",
        id="negative-count",
    ),
    pytest.param(
        ("claims", 0, "span"),
        [True, 2],
        "_span accepts booleans, which are ints in Python but not integers in JSON",
        id="bool-span",
    ),
    pytest.param(
        ("claims", 0, "destroyed", "qualifier"),
        strategies.MISSING,
        "a missing key raises KeyError, not ModelError, so callers catching ModelError crash",
        id="missing-key",
    ),
]


@pytest.mark.parametrize(("path", "bad", "why"), LENIENT_CASES)
def test_the_schema_rejects_the_lenient_cases(path: tuple[str | int, ...], bad: Any, why: str) -> None:
    assert not VALIDATOR.is_valid(strategies.replaced(EXTRACTION.to_dict(), path, bad)), why


@pytest.mark.parametrize(
    ("path", "bad", "why"),
    [
        pytest.param(*case.values, id=case.id)
        for case in LENIENT_CASES
        # A date alone is read as midnight UTC on purpose (inputs give dates); the output never has one.
        if case.id != "date-only-published-at"
    ],
)
def test_from_dict_rejects_what_the_schema_rejects(path: tuple[str | int, ...], bad: Any, why: str) -> None:
    with pytest.raises(ModelError):
        Extraction.from_dict(strategies.replaced(EXTRACTION.to_dict(), path, bad))


def test_a_date_only_published_at_is_kept_at_midnight_utc() -> None:
    document = Document.from_dict({**DOCUMENT.to_dict(), "published_at": "2024-11-25"})
    assert document.published_at == datetime(2024, 11, 25, tzinfo=UTC)


def test_a_time_without_offset_is_refused() -> None:
    with pytest.raises(ModelError, match="needs a UTC offset"):
        Document.from_dict({**DOCUMENT.to_dict(), "published_at": "2024-11-25T00:45:00"})


KYIV = ZoneInfo("Europe/Kyiv")


@pytest.mark.parametrize(
    "start",
    [
        pytest.param(datetime(2024, 10, 27, 3, 30, tzinfo=KYIV), id="fold-0"),
        pytest.param(datetime(2024, 10, 27, 3, 30, tzinfo=KYIV, fold=1), id="fold-1"),
        pytest.param(datetime(2024, 3, 31, 3, 30, tzinfo=KYIV), id="gap"),
    ],
)
def test_zoneinfo_datetime_round_trips(start: datetime) -> None:
    time = dataclasses.replace(TIME, start=start, end=start)
    assert Time.from_dict(_through_json(time.to_dict())) == time


@pytest.mark.parametrize(
    "start",
    [
        pytest.param(datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=2))), id="first-day-east-of-utc"),
        pytest.param(datetime(9999, 12, 31, 23, 59, tzinfo=timezone(timedelta(hours=-5))), id="last-day"),
    ],
)
def test_times_at_the_ends_of_the_calendar_keep_their_offset(start: datetime) -> None:
    # Found by the property test: moving such a time through UTC left the calendar (OverflowError).
    time = dataclasses.replace(TIME, start=start, end=start)
    assert time.start == start
    assert time.start.utcoffset() == start.utcoffset()
    assert Time.from_dict(_through_json(time.to_dict())) == time


def test_zoneinfo_datetime_outside_a_transition_round_trips() -> None:
    start = datetime(2024, 11, 25, 3, 30, tzinfo=KYIV)
    time = dataclasses.replace(TIME, start=start, end=start)
    assert Time.from_dict(_through_json(time.to_dict())) == time


# --- immutability ------------------------------------------------------------------------------------


def test_every_model_dataclass_has_an_example() -> None:
    classes = {c for c in vars(model).values() if isinstance(c, type) and dataclasses.is_dataclass(c)}
    assert classes == {type(record) for record in EXAMPLES}


@pytest.mark.parametrize("record", EXAMPLES, ids=lambda record: type(record).__name__)
def test_records_are_frozen(record: Any) -> None:
    for name in (f.name for f in dataclasses.fields(record)):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(record, name, getattr(record, name))


@pytest.mark.xfail(
    strict=True,
    raises=TypeError,
    reason="Finding.detail is a dict, so a 'frozen' Finding (and any Extraction) cannot be hashed, "
    "and its detail can still be mutated in place",
)
def test_frozen_records_are_hashable() -> None:
    assert hash(FINDING) == hash(dataclasses.replace(FINDING))
