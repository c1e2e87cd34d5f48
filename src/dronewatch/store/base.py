"""The backend-neutral face of the store: query types, results, errors and the ``Store`` protocol.

Nothing here knows SQL. A backend (``sqlite.SQLiteStore`` today, PostgreSQL later) implements
``Store``; the CLI, the API and the exports program against the protocol.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

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

    def schema_version(self) -> int: ...
