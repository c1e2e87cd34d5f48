"""The claim model of extract-v1: documents, evidence-bearing values, claims and findings.

Every record is a frozen dataclass that round-trips through plain JSON with ``to_dict`` /
``from_dict``. Field names and meanings follow the extract-v1 contract; fields the contract does not
name (``Document.channel``, ``Time.clock`` …) are additions it allows.

Spans are half-open ``(start, end)`` code-point offsets into the document text, so that
``document.text[start:end] == value.text`` always holds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, Final, Literal, TypeAlias, TypeVar, cast, get_args

T = TypeVar("T")
Span: TypeAlias = tuple[int, int]
JSON: TypeAlias = dict[str, Any]

Qualifier = Literal["exact", "at_least", "at_most", "approx"]
Level = Literal["country", "admin1", "admin2", "settlement", "sea", "other"]
Weapon = Literal["uav", "missile", "glide_bomb", "rocket", "aircraft", "unknown"]
Scope = Literal["complete", "partial", "unknown"]
SourceKind = Literal["official", "named_official", "media", "eyewitness", "anonymous", "unspecified"]
Verification = Literal["confirmed", "unverified", "disputed", "unspecified"]
ConsequenceKind = Literal[
    "fire",
    "evacuation",
    "damage_residential",
    "damage_infrastructure",
    "damage_industrial",
    "power_outage",
    "debris",
    "transport_disruption",
    "other",
]
Severity = Literal["info", "warning", "error"]
Precision = Literal["minute", "hour", "day", "time_of_day"]
HedgeKind = Literal["unverified", "anonymous", "soft"]

QUALIFIERS: Final[tuple[str, ...]] = get_args(Qualifier)
LEVELS: Final[tuple[str, ...]] = get_args(Level)
WEAPONS: Final[tuple[str, ...]] = get_args(Weapon)
SCOPES: Final[tuple[str, ...]] = get_args(Scope)
SOURCE_KINDS: Final[tuple[str, ...]] = get_args(SourceKind)
VERIFICATIONS: Final[tuple[str, ...]] = get_args(Verification)
CONSEQUENCE_KINDS: Final[tuple[str, ...]] = get_args(ConsequenceKind)
SEVERITIES: Final[tuple[str, ...]] = get_args(Severity)
PRECISIONS: Final[tuple[str, ...]] = get_args(Precision)
HEDGE_KINDS: Final[tuple[str, ...]] = get_args(HedgeKind)


class ModelError(ValueError):
    """A record does not fit the model (a bad enum value, a malformed span)."""


def _choice(value: Any, allowed: tuple[str, ...], name: str) -> Any:
    if value not in allowed:
        raise ModelError(f"{name} must be one of {', '.join(allowed)}, not {value!r}")
    return value


def _span(raw: Any) -> Span:
    if not (
        isinstance(raw, list | tuple)
        and len(raw) == 2
        and all(isinstance(x, int) and not isinstance(x, bool) for x in raw)
    ):
        raise ModelError(f"a span is a pair of integers [start, end), not {raw!r}")
    start, end = int(raw[0]), int(raw[1])
    if not 0 <= start <= end:
        raise ModelError(f"a span must satisfy 0 <= start <= end, not {raw!r}")
    return (start, end)


def _count(raw: Any, name: str = "value") -> int:
    if isinstance(raw, bool) or not isinstance(raw, int) or raw < 0:
        raise ModelError(f"{name} must be a whole number >= 0, not {raw!r}")
    return raw


def _iso(when: datetime | None) -> str | None:
    return None if when is None else when.isoformat()


def _parse_iso(raw: Any) -> datetime | None:
    """A timezone-aware datetime from ISO 8601; a date alone is midnight UTC; no offset is an error."""
    if raw is None:
        return None
    text = str(raw).strip()
    try:
        if len(text) == 10:
            return datetime.fromisoformat(text).replace(tzinfo=UTC)
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as error:
        raise ModelError(f"not an ISO 8601 date or time: {raw!r}") from error
    if when.tzinfo is None:
        raise ModelError(f"a time needs a UTC offset (e.g. +03:00): {raw!r}")
    return when


def _fixed_offset(when: datetime | None) -> datetime | None:
    """The same instant with a fixed UTC offset: a zone's rules are not kept, only the offset."""
    if when is None or when.tzinfo is None:
        return when
    # The same wall clock with the offset it has now: the same instant, with no trip through UTC (which
    # would leave the calendar for times at its very ends, such as 0001-01-01 00:00+02:00).
    return when.replace(tzinfo=timezone(when.utcoffset() or timedelta(0)))


def _whole(build: Callable[[JSON], T], raw: JSON, what: str) -> T:
    """Build a record, turning a missing key or a wrong type into a ModelError that names it."""
    try:
        return build(raw)
    except KeyError as error:
        raise ModelError(f"{what} is missing the field {error.args[0]!r}") from error
    except (TypeError, AttributeError) as error:
        raise ModelError(f"{what} is malformed: {error}") from error


@dataclass(frozen=True)
class Evidence:
    """A piece of the document: its exact surface ``text`` and its ``span`` in the document."""

    text: str
    span: Span

    def to_dict(self) -> JSON:
        return {"text": self.text, "span": list(self.span)}

    @classmethod
    def from_dict(cls, raw: JSON) -> Evidence:
        return cls(text=raw["text"], span=_span(raw["span"]))


@dataclass(frozen=True)
class Quantity:
    """A count read from the text.

    ``value`` is the integer the text states, ``qualifier`` whether it is exact or bounded
    ("at least 20" is ``at_least``, "about 50" ``approx``); ``text``/``span`` are its evidence.
    """

    value: int
    qualifier: Qualifier
    text: str
    span: Span

    def __init__(self, value: int, qualifier: Qualifier, text: str, span: Span) -> None:
        # (written out: the compiled build runs this one as C, see ``dronewatch.compiled``)
        object.__setattr__(self, "value", value)
        object.__setattr__(self, "qualifier", qualifier)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "span", span)

    def to_dict(self) -> JSON:
        return {"value": self.value, "qualifier": self.qualifier, "text": self.text, "span": list(self.span)}

    @classmethod
    def from_dict(cls, raw: JSON) -> Quantity:
        return cls(
            value=_count(raw["value"]),
            qualifier=_choice(raw["qualifier"], QUALIFIERS, "qualifier"),
            text=raw["text"],
            span=_span(raw["span"]),
        )


@dataclass(frozen=True)
class Place:
    """A place named in the text, resolved where possible.

    ``id`` is an ISO 3166-2 code, ``sea:…`` or a gazetteer id, ``None`` when unresolved; ``name`` the
    canonical English name; ``admin1`` the ISO 3166-2 code of the first-level region it lies in
    (``None`` for seas); ``text``/``span`` the wording of the source.
    """

    id: str | None
    name: str
    level: Level
    admin1: str | None
    lat: float | None
    lon: float | None
    text: str
    span: Span

    def __init__(
        self,
        id: str | None,
        name: str,
        level: Level,
        admin1: str | None,
        lat: float | None,
        lon: float | None,
        text: str,
        span: Span,
    ) -> None:
        # (written out: the compiled build runs this one as C, see ``dronewatch.compiled``)
        object.__setattr__(self, "id", id)
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "level", level)
        object.__setattr__(self, "admin1", admin1)
        object.__setattr__(self, "lat", lat)
        object.__setattr__(self, "lon", lon)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "span", span)

    def to_dict(self) -> JSON:
        return {
            "id": self.id,
            "name": self.name,
            "level": self.level,
            "admin1": self.admin1,
            "lat": self.lat,
            "lon": self.lon,
            "text": self.text,
            "span": list(self.span),
        }

    @classmethod
    def from_dict(cls, raw: JSON) -> Place:
        return cls(
            id=raw["id"],
            name=raw["name"],
            level=_choice(raw["level"], LEVELS, "level"),
            admin1=raw["admin1"],
            lat=None if raw["lat"] is None else float(raw["lat"]),
            lon=None if raw["lon"] is None else float(raw["lon"]),
            text=raw["text"],
            span=_span(raw["span"]),
        )


@dataclass(frozen=True)
class Claimant:
    """Who makes a claim: a canonical ``name`` and the wording that names them."""

    name: str
    text: str
    span: Span

    def __init__(self, name: str, text: str, span: Span) -> None:
        # (written out: the compiled build runs this one as C, see ``dronewatch.compiled``)
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "span", span)

    def to_dict(self) -> JSON:
        return {"name": self.name, "text": self.text, "span": list(self.span)}

    @classmethod
    def from_dict(cls, raw: JSON) -> Claimant:
        return cls(name=raw["name"], text=raw["text"], span=_span(raw["span"]))


@dataclass(frozen=True)
class Time:
    """A time or window stated in the text.

    ``start``/``end`` are timezone-aware datetimes, or ``None`` where the text (with the document's
    ``published_at``) does not fix them; a point in time has ``start == end``. ``precision`` says how
    fine the stated time is; ``clock`` keeps an ``HH:MM`` that could not be dated, with its
    ``utc_offset`` (``+03:00`` for MSK) when the text gives one.
    """

    start: datetime | None
    end: datetime | None
    text: str
    span: Span
    precision: Precision
    clock: str | None = None
    utc_offset: str | None = None

    def __init__(
        self,
        start: datetime | None,
        end: datetime | None,
        text: str,
        span: Span,
        precision: Precision,
        clock: str | None = None,
        utc_offset: str | None = None,
    ) -> None:
        # (written out: the compiled build runs this one as C, see ``dronewatch.compiled``)
        # A zone's datetime is kept as its offset so that the record equals its JSON round trip,
        # also in the hour a clock change repeats or skips.
        object.__setattr__(self, "start", _fixed_offset(start))
        object.__setattr__(self, "end", _fixed_offset(end))
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "span", span)
        object.__setattr__(self, "precision", precision)
        object.__setattr__(self, "clock", clock)
        object.__setattr__(self, "utc_offset", utc_offset)

    def to_dict(self) -> JSON:
        return {
            "start": _iso(self.start),
            "end": _iso(self.end),
            "text": self.text,
            "span": list(self.span),
            "precision": self.precision,
            "clock": self.clock,
            "utc_offset": self.utc_offset,
        }

    @classmethod
    def from_dict(cls, raw: JSON) -> Time:
        return cls(
            start=_parse_iso(raw["start"]),
            end=_parse_iso(raw["end"]),
            text=raw["text"],
            span=_span(raw["span"]),
            precision=_choice(raw["precision"], PRECISIONS, "precision"),
            clock=raw.get("clock"),
            utc_offset=raw.get("utc_offset"),
        )


@dataclass(frozen=True)
class Hedge:
    """Wording that qualifies a claim: ``unverified`` ("has not been independently verified"),
    ``anonymous`` ("sources say", "exclusive channels") or ``soft`` ("preliminary")."""

    text: str
    span: Span
    kind: HedgeKind = "soft"

    def __init__(self, text: str, span: Span, kind: HedgeKind = "soft") -> None:
        # (written out: the compiled build runs this one as C, see ``dronewatch.compiled``)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "span", span)
        object.__setattr__(self, "kind", kind)

    def to_dict(self) -> JSON:
        return {"text": self.text, "span": list(self.span), "kind": self.kind}

    @classmethod
    def from_dict(cls, raw: JSON) -> Hedge:
        return cls(
            text=raw["text"],
            span=_span(raw["span"]),
            kind=_choice(raw.get("kind", "soft"), HEDGE_KINDS, "hedge kind"),
        )


@dataclass(frozen=True)
class Sourcing:
    """How a claim is sourced: who it is attributed to, what kind of source, and its hedges."""

    attributed_to: str | None = None
    kind: SourceKind = "unspecified"
    verification: Verification = "unspecified"
    hedges: tuple[Hedge, ...] = ()

    def __init__(
        self,
        attributed_to: str | None = None,
        kind: SourceKind = "unspecified",
        verification: Verification = "unspecified",
        hedges: tuple[Hedge, ...] = (),
    ) -> None:
        # (written out: the compiled build runs this one as C, see ``dronewatch.compiled``)
        object.__setattr__(self, "attributed_to", attributed_to)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "verification", verification)
        object.__setattr__(self, "hedges", hedges)

    def to_dict(self) -> JSON:
        return {
            "attributed_to": self.attributed_to,
            "kind": self.kind,
            "verification": self.verification,
            "hedges": [h.to_dict() for h in self.hedges],
        }

    @classmethod
    def from_dict(cls, raw: JSON) -> Sourcing:
        return cls(
            attributed_to=raw["attributed_to"],
            kind=_choice(raw["kind"], SOURCE_KINDS, "kind"),
            verification=_choice(raw["verification"], VERIFICATIONS, "verification"),
            hedges=tuple(Hedge.from_dict(h) for h in raw["hedges"]),
        )


@dataclass(frozen=True)
class BreakdownItem:
    """One place of an interception breakdown and the count said to be downed there."""

    place: Place
    destroyed: Quantity

    def __init__(self, place: Place, destroyed: Quantity) -> None:
        # (written out: the compiled build runs this one as C, see ``dronewatch.compiled``)
        object.__setattr__(self, "place", place)
        object.__setattr__(self, "destroyed", destroyed)

    def to_dict(self) -> JSON:
        return {"place": self.place.to_dict(), "destroyed": self.destroyed.to_dict()}

    @classmethod
    def from_dict(cls, raw: JSON) -> BreakdownItem:
        return cls(place=Place.from_dict(raw["place"]), destroyed=Quantity.from_dict(raw["destroyed"]))


@dataclass(frozen=True)
class Consequence:
    """A consequence of an impact (fire, evacuation, damage …) and the words that state it."""

    kind: ConsequenceKind
    text: str
    span: Span

    def __init__(self, kind: ConsequenceKind, text: str, span: Span) -> None:
        # (written out: the compiled build runs this one as C, see ``dronewatch.compiled``)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "span", span)

    def to_dict(self) -> JSON:
        return {"kind": self.kind, "text": self.text, "span": list(self.span)}

    @classmethod
    def from_dict(cls, raw: JSON) -> Consequence:
        return cls(
            kind=_choice(raw["kind"], CONSEQUENCE_KINDS, "consequence kind"),
            text=raw["text"],
            span=_span(raw["span"]),
        )


@dataclass(frozen=True)
class InterceptionClaim:
    """Someone says air defences downed weapons.

    ``destroyed`` counts what was downed, ``launched`` what the other side launched, ``suppressed``
    what was lost to electronic warfare; ``breakdown`` lists per-place counts and ``breakdown_scope``
    whether that list claims to be complete. ``text``/``span`` are the evidence of the whole claim.
    """

    claimant: Claimant | None
    weapon: Weapon
    weapon_model: str | None
    launched: Quantity | None
    destroyed: Quantity | None
    suppressed: Quantity | None
    window: Time | None
    breakdown: tuple[BreakdownItem, ...]
    breakdown_scope: Scope
    sourcing: Sourcing
    text: str
    span: Span
    type: Literal["interception"] = "interception"

    def __init__(
        self,
        claimant: Claimant | None,
        weapon: Weapon,
        weapon_model: str | None,
        launched: Quantity | None,
        destroyed: Quantity | None,
        suppressed: Quantity | None,
        window: Time | None,
        breakdown: tuple[BreakdownItem, ...],
        breakdown_scope: Scope,
        sourcing: Sourcing,
        text: str,
        span: Span,
        type: Literal["interception"] = "interception",
    ) -> None:
        # (written out: the compiled build runs this one as C, see ``dronewatch.compiled``)
        object.__setattr__(self, "claimant", claimant)
        object.__setattr__(self, "weapon", weapon)
        object.__setattr__(self, "weapon_model", weapon_model)
        object.__setattr__(self, "launched", launched)
        object.__setattr__(self, "destroyed", destroyed)
        object.__setattr__(self, "suppressed", suppressed)
        object.__setattr__(self, "window", window)
        object.__setattr__(self, "breakdown", breakdown)
        object.__setattr__(self, "breakdown_scope", breakdown_scope)
        object.__setattr__(self, "sourcing", sourcing)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "span", span)
        object.__setattr__(self, "type", type)

    def to_dict(self) -> JSON:
        return {
            "type": self.type,
            "claimant": None if self.claimant is None else self.claimant.to_dict(),
            "weapon": self.weapon,
            "weapon_model": self.weapon_model,
            "launched": _opt(self.launched),
            "destroyed": _opt(self.destroyed),
            "suppressed": _opt(self.suppressed),
            "window": _opt(self.window),
            "breakdown": [b.to_dict() for b in self.breakdown],
            "breakdown_scope": self.breakdown_scope,
            "sourcing": self.sourcing.to_dict(),
            "text": self.text,
            "span": list(self.span),
        }

    @classmethod
    def from_dict(cls, raw: JSON) -> InterceptionClaim:
        return cls(
            claimant=None if raw["claimant"] is None else Claimant.from_dict(raw["claimant"]),
            weapon=_choice(raw["weapon"], WEAPONS, "weapon"),
            weapon_model=raw["weapon_model"],
            launched=_opt_quantity(raw["launched"]),
            destroyed=_opt_quantity(raw["destroyed"]),
            suppressed=_opt_quantity(raw["suppressed"]),
            window=None if raw["window"] is None else Time.from_dict(raw["window"]),
            breakdown=tuple(BreakdownItem.from_dict(b) for b in raw["breakdown"]),
            breakdown_scope=_choice(raw["breakdown_scope"], SCOPES, "breakdown_scope"),
            sourcing=Sourcing.from_dict(raw["sourcing"]),
            text=raw["text"],
            span=_span(raw["span"]),
        )


@dataclass(frozen=True)
class ImpactClaim:
    """Something hit or fell somewhere.

    ``places`` are most specific first; ``sites`` counts impact sites or addresses; ``killed`` and
    ``injured`` are ``None`` when unknown and a zero quantity when the text says nobody was hurt.
    """

    places: tuple[Place, ...]
    weapon: Weapon
    sites: Quantity | None
    time: Time | None
    consequences: tuple[Consequence, ...]
    killed: Quantity | None
    injured: Quantity | None
    sourcing: Sourcing
    text: str
    span: Span
    claimant: Claimant | None = None
    type: Literal["impact"] = "impact"

    def __init__(
        self,
        places: tuple[Place, ...],
        weapon: Weapon,
        sites: Quantity | None,
        time: Time | None,
        consequences: tuple[Consequence, ...],
        killed: Quantity | None,
        injured: Quantity | None,
        sourcing: Sourcing,
        text: str,
        span: Span,
        claimant: Claimant | None = None,
        type: Literal["impact"] = "impact",
    ) -> None:
        # (written out: the compiled build runs this one as C, see ``dronewatch.compiled``)
        object.__setattr__(self, "places", places)
        object.__setattr__(self, "weapon", weapon)
        object.__setattr__(self, "sites", sites)
        object.__setattr__(self, "time", time)
        object.__setattr__(self, "consequences", consequences)
        object.__setattr__(self, "killed", killed)
        object.__setattr__(self, "injured", injured)
        object.__setattr__(self, "sourcing", sourcing)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "span", span)
        object.__setattr__(self, "claimant", claimant)
        object.__setattr__(self, "type", type)

    def to_dict(self) -> JSON:
        return {
            "type": self.type,
            "claimant": None if self.claimant is None else self.claimant.to_dict(),
            "places": [p.to_dict() for p in self.places],
            "weapon": self.weapon,
            "sites": _opt(self.sites),
            "time": _opt(self.time),
            "consequences": [c.to_dict() for c in self.consequences],
            "killed": _opt(self.killed),
            "injured": _opt(self.injured),
            "sourcing": self.sourcing.to_dict(),
            "text": self.text,
            "span": list(self.span),
        }

    @classmethod
    def from_dict(cls, raw: JSON) -> ImpactClaim:
        return cls(
            claimant=None if raw.get("claimant") is None else Claimant.from_dict(raw["claimant"]),
            places=tuple(Place.from_dict(p) for p in raw["places"]),
            weapon=_choice(raw["weapon"], WEAPONS, "weapon"),
            sites=_opt_quantity(raw["sites"]),
            time=None if raw["time"] is None else Time.from_dict(raw["time"]),
            consequences=tuple(Consequence.from_dict(c) for c in raw["consequences"]),
            killed=_opt_quantity(raw["killed"]),
            injured=_opt_quantity(raw["injured"]),
            sourcing=Sourcing.from_dict(raw["sourcing"]),
            text=raw["text"],
            span=_span(raw["span"]),
        )


Claim: TypeAlias = InterceptionClaim | ImpactClaim


def claim_from_dict(raw: JSON) -> Claim:
    """Rebuild a claim of either type from its JSON form."""
    if raw.get("type") == "interception":
        return _whole(InterceptionClaim.from_dict, raw, "an interception claim")
    if raw.get("type") == "impact":
        return _whole(ImpactClaim.from_dict, raw, "an impact claim")
    raise ModelError(f"claim type must be 'interception' or 'impact', not {raw.get('type')!r}")


@dataclass(frozen=True)
class Finding:
    """A check's result on a document's claims; ``claim`` indexes the claims list, or is ``None``."""

    kind: str
    claim: int | None
    severity: Severity
    message: str
    detail: JSON = field(default_factory=dict)

    def __init__(
        self, kind: str, claim: int | None, severity: Severity, message: str, detail: JSON | None = None
    ) -> None:
        # (written out: the compiled build runs this one as C, see ``dronewatch.compiled``)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "claim", claim)
        object.__setattr__(self, "severity", severity)
        object.__setattr__(self, "message", message)
        object.__setattr__(self, "detail", {} if detail is None else detail)

    def to_dict(self) -> JSON:
        return {
            "kind": self.kind,
            "claim": self.claim,
            "severity": self.severity,
            "message": self.message,
            "detail": dict(self.detail),
        }

    @classmethod
    def from_dict(cls, raw: JSON) -> Finding:
        return cls(
            kind=raw["kind"],
            claim=raw["claim"],
            severity=_choice(raw["severity"], SEVERITIES, "severity"),
            message=raw["message"],
            detail=dict(raw.get("detail") or {}),
        )


@dataclass(frozen=True)
class Document:
    """One source document with its provenance.

    ``id`` is the id the input gave, else ``content_hash``; ``content_hash`` addresses the text in the
    store so that ingesting the same content twice changes nothing. ``published_at`` is always
    timezone-aware (a date alone is midnight UTC). ``origin`` names the file (and line or message)
    it came from.
    """

    id: str
    text: str
    content_hash: str
    lang: str | None = None
    published_at: datetime | None = None
    source: str | None = None
    url: str | None = None
    channel: str | None = None
    message_id: str | None = None
    edited_at: datetime | None = None
    origin: str | None = None
    title: str | None = None

    def to_dict(self) -> JSON:
        return {
            "id": self.id,
            "text": self.text,
            "content_hash": self.content_hash,
            "lang": self.lang,
            "published_at": _iso(self.published_at),
            "source": self.source,
            "url": self.url,
            "channel": self.channel,
            "message_id": self.message_id,
            "edited_at": _iso(self.edited_at),
            "origin": self.origin,
            "title": self.title,
        }

    @classmethod
    def from_dict(cls, raw: JSON) -> Document:
        """Rebuild from JSON; raises ModelError naming what is missing or malformed."""
        return _whole(cls._build, raw, "a document")

    @classmethod
    def _build(cls, raw: JSON) -> Document:
        return cls(
            id=raw["id"],
            text=raw["text"],
            content_hash=raw["content_hash"],
            lang=raw.get("lang"),
            published_at=_parse_iso(raw.get("published_at")),
            source=raw.get("source"),
            url=raw.get("url"),
            channel=raw.get("channel"),
            message_id=raw.get("message_id"),
            edited_at=_parse_iso(raw.get("edited_at")),
            origin=raw.get("origin"),
            title=raw.get("title"),
        )


@dataclass(frozen=True)
class Extraction:
    """The extract-v1 result for one document: its claims and the findings on them."""

    id: str
    lang: str
    published_at: datetime | None
    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...]
    source: str | None = None
    url: str | None = None
    content_hash: str | None = None

    def __init__(
        self,
        id: str,
        lang: str,
        published_at: datetime | None,
        claims: tuple[Claim, ...],
        findings: tuple[Finding, ...],
        source: str | None = None,
        url: str | None = None,
        content_hash: str | None = None,
    ) -> None:
        # (written out: the compiled build runs this one as C, see ``dronewatch.compiled``)
        object.__setattr__(self, "id", id)
        object.__setattr__(self, "lang", lang)
        object.__setattr__(self, "published_at", published_at)
        object.__setattr__(self, "claims", claims)
        object.__setattr__(self, "findings", findings)
        object.__setattr__(self, "source", source)
        object.__setattr__(self, "url", url)
        object.__setattr__(self, "content_hash", content_hash)

    def to_dict(self) -> JSON:
        return {
            "id": self.id,
            "lang": self.lang,
            "published_at": _iso(self.published_at),
            "source": self.source,
            "url": self.url,
            "content_hash": self.content_hash,
            "claims": [c.to_dict() for c in self.claims],
            "findings": [f.to_dict() for f in self.findings],
        }

    @classmethod
    def from_dict(cls, raw: JSON) -> Extraction:
        """Rebuild from JSON; raises ModelError naming what is missing or malformed."""
        return _whole(cls._build, raw, "an extraction")

    @classmethod
    def _build(cls, raw: JSON) -> Extraction:
        return cls(
            id=raw["id"],
            lang=raw["lang"],
            published_at=_parse_iso(raw["published_at"]),
            claims=tuple(claim_from_dict(c) for c in raw["claims"]),
            findings=tuple(Finding.from_dict(f) for f in raw["findings"]),
            source=raw.get("source"),
            url=raw.get("url"),
            content_hash=raw.get("content_hash"),
        )


def _opt(value: Quantity | Time | None) -> JSON | None:
    return None if value is None else value.to_dict()


def _opt_quantity(raw: Any) -> Quantity | None:
    return None if raw is None else Quantity.from_dict(cast(JSON, raw))
