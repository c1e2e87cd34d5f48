"""The backend-neutral face of the store: query types, results, errors and the ``Store`` protocol.

Nothing here knows SQL. A backend (``sqlite.SQLiteStore`` today, PostgreSQL later) implements
``Store``; the CLI, the API and the exports program against the protocol.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple, Protocol

from dronewatch.model import Claim, Document, Extraction, Finding

CLAIM_TYPES: tuple[str, ...] = ("interception", "impact")
ANY_FINDING = "any"


class StoreError(Exception):
    """The store cannot do what was asked; the message names the path or record and the fix."""


class QueryError(StoreError, ValueError):
    """A query asks for something the store cannot answer (an unknown claim type, a negative limit)."""


@dataclass(frozen=True)
class ClaimQuery:
    """Which stored claims to return; every filter given must hold (they are combined with AND).

    Args:
        since: first day, inclusive, compared with the claim's event date: the local date of its
            time/window start, else the local date of the document's ``published_at``. A claim with
            neither never matches a date filter.
        until: last day, inclusive, on the same event date.
        place: a place id or ISO 3166-2 admin1 code (``RU-BRY``, ``sea:black``), matched without
            regard to case against breakdown places and impact places and against their admin1.
        type: ``interception`` or ``impact``.
        source: a substring matched case-insensitively (Unicode case folding, so ``минобороны``
            finds ``Минобороны``) against the document's source, the claimant's name and the
            sourcing's ``attributed_to``.
        has_finding: a finding kind, or ``any``; only findings attached to the claim itself count
            (the same findings ``StoredClaim.findings`` carries), not document-level ones.
        lang: the language of the claim's document as its extraction gives it (``en``, ``ru``,
            ``uk``).
        limit: at most this many claims; ``None`` for all.
        offset: skip this many claims of the ordered result first.

    Raises:
        QueryError: on an unknown ``type``, a negative ``limit`` or ``offset``, or ``since`` after
            ``until``.
    """

    since: date | None = None
    until: date | None = None
    place: str | None = None
    type: str | None = None
    source: str | None = None
    has_finding: str | None = None
    limit: int | None = None
    offset: int = 0
    lang: str | None = None

    def __post_init__(self) -> None:
        if self.type is not None and self.type not in CLAIM_TYPES:
            raise QueryError(f"unknown claim type {self.type!r}; use one of {', '.join(CLAIM_TYPES)}")
        check_page(self.limit, self.offset)
        if self.since is not None and self.until is not None and self.since > self.until:
            raise QueryError(f"since ({self.since}) is after until ({self.until}); swap them")


def check_page(limit: int | None, offset: int) -> None:
    """Refuse a negative ``limit`` or ``offset`` (SQL would read a negative limit as "no limit")."""
    if limit is not None and limit < 0:
        raise QueryError(f"limit must be 0 or more, not {limit}")
    if offset < 0:
        raise QueryError(f"offset must be 0 or more, not {offset}")


ALL_CLAIMS = ClaimQuery()
"""The query without filters: every claim (a shared default; queries are immutable)."""


@dataclass(frozen=True)
class StoredClaim:
    """One claim as the store holds it, with where it came from.

    ``document_id`` is the ``Document.id``, ``content_hash`` the document's content address,
    ``index`` the claim's position in the document's claims; ``findings`` are the findings whose
    ``claim`` is this index, in their stored order; ``published_at`` and ``source`` are the
    document's (the extraction's source when the document has none).
    """

    document_id: str
    content_hash: str
    index: int
    claim: Claim
    findings: tuple[Finding, ...]
    published_at: datetime | None
    source: str | None


@dataclass(frozen=True)
class Summary:
    """Counts over the whole store: documents, claims by type (every type, even at 0), findings by kind."""

    documents: int
    claims: dict[str, int]
    findings: dict[str, int]


TALLY_KEYS: tuple[str, ...] = ("day", "type", "admin1", "claimant")
"""What ``tallies`` can group claims by; see ``Tally``."""


class OlderSchema(StoreError):
    """A reader opened a database an older dronewatch wrote; opening it for writing migrates it."""


class QueryTimeout(StoreError):
    """A read ran past the time limit the reader set (``SQLiteStore.time_limit``)."""


@dataclass(frozen=True)
class Tally:
    """Claims counted in one group of a ``tallies`` result.

    The group fields named in ``by`` hold the group's value; the others are None. ``day`` is the
    claims' event date (see ``ClaimQuery.since``; None for claims without one), ``type`` the claim
    type, ``admin1`` an ISO 3166-2 region the claims name in a breakdown or as an impact place (a
    claim naming two regions counts once in each; claims naming none are left out of a grouping by
    ``admin1``), ``claimant`` the claimant's name (None for claims without one).

    ``claims`` counts the claims. ``destroyed`` adds up the downed counts the claims state — in a
    grouping by ``admin1`` the breakdown's counts for that region, else each claim's total — and
    ``killed`` and ``injured`` the casualties of impacts; each is None when no claim of the group
    states one (unknown is not 0).
    """

    claims: int
    destroyed: int | None
    killed: int | None
    injured: int | None
    day: date | None = None
    type: str | None = None
    admin1: str | None = None
    claimant: str | None = None


@dataclass(frozen=True)
class ClaimJSON:
    """A stored claim as the JSON text the store keeps, with where it comes from (``claim_page``).

    ``claim_json`` is the claim's extract-v1 JSON object exactly as stored (compact, written by
    ``Claim.to_dict``), for a reader that serves JSON without rebuilding the claim; ``event_date`` is
    the date the store files the claim under (see ``ClaimQuery.since``); the other fields are as in
    ``StoredClaim``.
    """

    document_id: str
    content_hash: str
    index: int
    claim_json: str
    findings: tuple[Finding, ...]
    published_at: datetime | None
    source: str | None
    event_date: date | None


class ClaimSummary(NamedTuple):
    """What a row of a claims list shows, read from the store's summary of the claim without its JSON
    (``claim_summaries``): the same claims in the same order as ``claim_page``.

    The summary as it is stored (``rows.summary_row``), decoded and not converted further, for a page
    of a list reads fifty and shows each value once: ``published_at`` and ``event_date`` are ISO
    text; ``counts`` holds the counts the claim states as ``[name, value, qualifier]`` (``launched``,
    ``destroyed``, ``suppressed`` for an interception; ``killed``, ``injured``, ``sites`` for an
    impact); ``places`` the breakdown items of an interception or the places of an impact, in order,
    as ``[id, name, level, destroyed, qualifier]`` (id None when unresolved, the last two None but
    for a breakdown item); ``findings`` the claim's findings, in order, as ``[kind, severity,
    message, detail]``. ``claim_index`` is the claim's position in its document (``ClaimJSON.index``;
    a tuple's own ``index`` method keeps that name); the other fields are as in ``ClaimJSON``.
    """

    content_hash: str
    claim_index: int
    document_id: str
    published_at: str | None
    source: str | None
    type: str
    weapon: str
    weapon_model: str | None
    claimant: str | None
    event_date: str | None
    counts: list[list[Any]]
    places: list[list[Any]]
    findings: list[list[Any]]


@dataclass(frozen=True)
class PlaceTally:
    """A place the stored claims name, with how many claims name it.

    ``id`` is the place id (None for places the gazetteer could not resolve, grouped by ``name``);
    ``name``, ``level``, ``admin1``, ``lat`` and ``lon`` are as the first claim naming it gives them;
    ``claims`` counts the matching claims that name it; ``destroyed`` adds up the breakdown counts
    given for it (None when none is given, e.g. for impact places).
    """

    id: str | None
    name: str
    level: str
    admin1: str | None
    lat: float | None
    lon: float | None
    claims: int
    destroyed: int | None


@dataclass(frozen=True)
class StoredFinding:
    """A finding on a stored claim, with the document it came from.

    ``finding.claim`` is the claim's index in the document; ``published_at`` and ``source`` are the
    document's (as in ``StoredClaim``).
    """

    document_id: str
    content_hash: str
    finding: Finding
    published_at: datetime | None
    source: str | None


@dataclass(frozen=True)
class DocumentQuery:
    """Which stored documents to return; every filter given must hold.

    Args:
        text: a substring of the document's text or title, matched with Unicode case folding.
        source: the document's source (its own, else its extraction's), exactly as stored: the
            name ``SQLiteStore.sources`` lists.
        lang: the language the extraction gives the document (``en``, ``ru``, ``uk``).
        limit: at most this many documents; ``None`` for all.
        offset: skip this many documents of the ordered result first.

    Raises:
        QueryError: on an empty ``text``, a negative ``limit`` or ``offset``.
    """

    text: str | None = None
    source: str | None = None
    lang: str | None = None
    limit: int | None = None
    offset: int = 0

    def __post_init__(self) -> None:
        if self.text is not None and not self.text.strip():
            raise QueryError("the text to search for is empty; give a word or phrase")
        check_page(self.limit, self.offset)


@dataclass(frozen=True)
class DocumentInfo:
    """A stored document with its extraction's language and how many claims and findings it has."""

    document: Document
    lang: str
    claims: int
    findings: int


@dataclass(frozen=True)
class SourceTally:
    """A source of stored documents (None: documents without one) and what it contributed.

    ``first`` and ``last`` are the earliest and latest ``published_at`` of its documents (None when
    none is dated).
    """

    source: str | None
    documents: int
    claims: int
    findings: int
    first: datetime | None
    last: datetime | None


class Store(Protocol):
    """What every store backend offers; see ``SQLiteStore`` for the documented behaviour."""

    def close(self) -> None: ...

    def has(self, content_hash: str) -> bool: ...

    def save(self, document: Document, extraction: Extraction) -> bool: ...

    def document(self, key: str) -> Document | None: ...

    def extraction(self, key: str) -> Extraction | None: ...

    def documents(self, limit: int | None = None, offset: int = 0) -> list[Document]: ...

    def claims(self, query: ClaimQuery = ALL_CLAIMS) -> Iterator[StoredClaim]: ...

    def summary(self) -> Summary: ...

    def claim_page(self, query: ClaimQuery = ALL_CLAIMS) -> list[ClaimJSON]: ...

    def tallies(self, query: ClaimQuery = ALL_CLAIMS, by: Sequence[str] = ("type",)) -> list[Tally]: ...

    def places(self, query: ClaimQuery = ALL_CLAIMS) -> list[PlaceTally]: ...

    def findings(self, query: ClaimQuery = ALL_CLAIMS, kind: str | None = None) -> list[StoredFinding]: ...

    def search_documents(self, query: DocumentQuery) -> list[DocumentInfo]: ...

    def sources(self, limit: int | None = None, offset: int = 0) -> list[SourceTally]: ...

    def schema_version(self) -> int: ...

    def data_version(self) -> int: ...
