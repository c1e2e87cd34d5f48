"""The SQLite backend: every SQL statement of the store outside the migrations lives here."""

from __future__ import annotations

import contextlib
import itertools
import json
import sqlite3
from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import Path
from types import TracebackType

from dronewatch.model import Claim, Document, Extraction, Finding, claim_from_dict
from dronewatch.store.base import (
    ALL_CLAIMS,
    ANY_FINDING,
    CLAIM_TYPES,
    ClaimQuery,
    StoredClaim,
    StoreError,
    Summary,
    check_page,
)
from dronewatch.store.migrations import applied_version, migrate
from dronewatch.store.rows import (
    check_pair,
    claim_row,
    document_row,
    evidence_rows,
    finding_row,
    place_rows,
)

BUSY_TIMEOUT_MS = 5_000
"""How long a statement waits for another connection's write lock before failing with "locked".

A document's save holds the lock for milliseconds; five seconds rides out a concurrent ingest or a
checkpoint without making a stuck writer hang a reader for long.
"""

_DOCUMENT_COLUMNS = (
    "content_hash, id, text, lang, published_at, source, url, channel, message_id, edited_at, origin, title, "
    "extraction_lang, extraction_published_at, extraction_source, extraction_url, extraction_content_hash"
)

# Chronological, with undated documents last; id and content hash make the order total.
_DOCUMENT_ORDER = "published_utc IS NULL, published_utc, id, content_hash"


def _fold(value: str | None) -> str | None:
    """Unicode case folding for SQL: SQLite's own lower() only folds ASCII, and sources are Cyrillic."""
    return None if value is None else value.casefold()


def _parse(raw: str | None) -> datetime | None:
    return None if raw is None else datetime.fromisoformat(raw)


def _insert(db: sqlite3.Connection, table: str, row: Mapping[str, object]) -> None:
    # Table and column names come from this module, never from input; values are bound.
    columns = ", ".join(row)
    marks = ", ".join(f":{name}" for name in row)
    db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", row)


def _cannot_open(path: Path, exc: sqlite3.Error) -> str:
    fix = (
        f"check that {path} is a dronewatch database"
        if "not a database" in str(exc)
        else "check the directory exists and is writable"
    )
    return f"cannot open {path}: {exc}; {fix}"


def _document(row: sqlite3.Row) -> Document:
    return Document(
        id=row["id"],
        text=row["text"],
        content_hash=row["content_hash"],
        lang=row["lang"],
        published_at=_parse(row["published_at"]),
        source=row["source"],
        url=row["url"],
        channel=row["channel"],
        message_id=row["message_id"],
        edited_at=_parse(row["edited_at"]),
        origin=row["origin"],
        title=row["title"],
    )


def _finding(row: sqlite3.Row) -> Finding:
    return Finding(
        kind=row["kind"],
        claim=row["claim_index"],
        severity=row["severity"],
        message=row["message"],
        detail=json.loads(row["detail_json"]),
    )


class SQLiteStore:
    """Documents, their claims, evidence spans and findings in one SQLite file.

    The store owns one connection, used for writing and reading; open another ``SQLiteStore`` on
    the same path for a separate reader. The database runs in WAL mode, so readers in other
    processes see the last committed documents while a writer saves.

    Args:
        path: the database file; created, with its schema, when missing.

    Raises:
        StoreError: the file cannot be opened or created (its directory is missing or read-only,
            it is not a database), or it was written by a newer dronewatch.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._conn: sqlite3.Connection | None = None
        try:
            # isolation_level=None: the module must not open transactions behind our back; every
            # write below says BEGIN IMMEDIATE ... COMMIT itself.
            conn = sqlite3.connect(self.path, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(_cannot_open(self.path, exc)) from exc
        try:
            conn.row_factory = sqlite3.Row
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA journal_mode = WAL")
            # NORMAL under WAL never corrupts and never loses a commit to a killed process; a power
            # cut may lose the last commits, which re-ingesting (content-addressed) restores.
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.create_function("dw_fold", 1, _fold, deterministic=True)
            migrate(conn, str(self.path))
        except sqlite3.Error as exc:
            conn.close()
            raise StoreError(_cannot_open(self.path, exc)) from exc
        except BaseException:
            conn.close()
            raise
        self._conn = conn

    def close(self) -> None:
        """Close the connection; closing twice is harmless."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StoreError(f"the store at {self.path} is closed; open a new SQLiteStore")
        return self._conn

    def schema_version(self) -> int:
        """The highest migration applied to this database."""
        return applied_version(self._db())

    def has(self, content_hash: str) -> bool:
        """Whether a document with this content hash is stored."""
        row = self._db().execute("SELECT 1 FROM documents WHERE content_hash = ?", (content_hash,))
        return row.fetchone() is not None

    def save(self, document: Document, extraction: Extraction) -> bool:
        """Store a document with its claims, their places and evidence spans, and its findings.

        Everything is written in one transaction: after a failure, or a process killed half-way,
        the document is either wholly stored or absent.

        Args:
            document: the document; its ``content_hash`` is its address in the store.
            extraction: the extraction made from it (same ``id``; same ``content_hash`` if set).

        Returns:
            True when stored; False when a document with this content hash was already stored, in
            which case nothing at all is written.

        Raises:
            StoreError: the pair is inconsistent (a span that does not select its text, a datetime
                without timezone, a finding pointing at no claim, a value JSON cannot carry) or the
                database refused the write; nothing is written.
        """
        check_pair(document, extraction)
        db = self._db()
        try:
            db.execute("BEGIN IMMEDIATE")
            # Checked under the write lock, so two writers cannot both store the same content.
            if self.has(document.content_hash):
                db.execute("ROLLBACK")
                return False
            self._insert_document(db, document, extraction)
            for index, claim in enumerate(extraction.claims):
                self._insert_claim(db, document, index, claim)
            for position, finding in enumerate(extraction.findings):
                self._insert_finding(db, document, position, finding)
            db.execute("COMMIT")
        except BaseException as exc:
            if db.in_transaction:
                # The original error matters more than a failed rollback on a broken connection.
                with contextlib.suppress(sqlite3.Error):
                    db.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise StoreError(f"cannot save document {document.id!r} to {self.path}: {exc}") from exc
            raise
        return True

    # One method per table kind, so that a test can fail a save between two inserts.
    def _insert_document(self, db: sqlite3.Connection, document: Document, extraction: Extraction) -> None:
        _insert(db, "documents", document_row(document, extraction))

    def _insert_claim(self, db: sqlite3.Connection, document: Document, index: int, claim: Claim) -> None:
        _insert(db, "claims", claim_row(document, index, claim))
        for place in place_rows(document, index, claim):
            _insert(db, "claim_places", place)
        for evidence in evidence_rows(claim):
            _insert(
                db,
                "evidence",
                {
                    "content_hash": document.content_hash,
                    "claim_index": index,
                    "path": evidence.path,
                    "text": evidence.text,
                    "span_start": evidence.start,
                    "span_end": evidence.end,
                },
            )

    def _insert_finding(
        self, db: sqlite3.Connection, document: Document, position: int, finding: Finding
    ) -> None:
        _insert(db, "findings", finding_row(document, position, finding))

    def _document_row(self, key: str) -> sqlite3.Row | None:
        # A content hash names one document; an id may name several (an edited message is new
        # content under the same id): the latest published wins.
        row: sqlite3.Row | None = (
            self._db()
            .execute(
                f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE content_hash = ? OR id = ? "
                "ORDER BY content_hash = ? DESC, published_utc IS NULL, published_utc DESC, "
                "edited_at DESC, content_hash LIMIT 1",
                (key, key, key),
            )
            .fetchone()
        )
        return row

    def document(self, key: str) -> Document | None:
        """The document with this content hash, else the latest published one with this id.

        Returns:
            The document, or None when no document has this content hash or id.
        """
        row = self._document_row(key)
        return None if row is None else _document(row)

    def extraction(self, key: str) -> Extraction | None:
        """The extraction saved with the document ``key`` (content hash or id), rebuilt equal to it.

        Returns:
            The extraction, or None when no document has this content hash or id.
        """
        row = self._document_row(key)
        if row is None:
            return None
        db = self._db()
        # Three reads without a shared snapshot are consistent: a document's rows are written in
        # one transaction and never changed afterwards.
        claims = db.execute(
            "SELECT claim_json FROM claims WHERE content_hash = ? ORDER BY claim_index",
            (row["content_hash"],),
        )
        findings = db.execute(
            "SELECT kind, claim_index, severity, message, detail_json FROM findings "
            "WHERE content_hash = ? ORDER BY position",
            (row["content_hash"],),
        )
        return Extraction(
            id=row["id"],
            lang=row["extraction_lang"],
            published_at=_parse(row["extraction_published_at"]),
            claims=tuple(claim_from_dict(json.loads(c["claim_json"])) for c in claims),
            findings=tuple(_finding(f) for f in findings),
            source=row["extraction_source"],
            url=row["extraction_url"],
            content_hash=row["extraction_content_hash"],
        )

    def documents(self, limit: int | None = None, offset: int = 0) -> list[Document]:
        """Stored documents, oldest published first, undated last.

        Raises:
            QueryError: a negative ``limit`` or ``offset``.
        """
        check_page(limit, offset)
        rows = self._db().execute(
            f"SELECT {_DOCUMENT_COLUMNS} FROM documents ORDER BY {_DOCUMENT_ORDER} LIMIT ? OFFSET ?",
            (-1 if limit is None else limit, offset),
        )
        return [_document(row) for row in rows]

    def claims(self, query: ClaimQuery = ALL_CLAIMS) -> Iterator[StoredClaim]:
        """Stored claims matching ``query`` (see ``ClaimQuery``), each with its own findings.

        Ordered by the document's ``published_at`` (undated last), document id, content hash and the
        claim's index. One SQL statement reads claims and findings, so the result is one snapshot.

        Returns:
            An iterator of stored claims; the rows are read as it advances.
        """
        where, params = self._claim_filters(query)
        sql = f"""
            WITH page AS (
                SELECT c.content_hash, c.claim_index, c.claim_json, d.id AS document_id,
                       d.published_at, d.published_utc, coalesce(d.source, d.extraction_source) AS source
                FROM claims AS c JOIN documents AS d ON d.content_hash = c.content_hash
                WHERE {" AND ".join(where) or "1"}
                ORDER BY d.published_utc IS NULL, d.published_utc, d.id, d.content_hash, c.claim_index
                LIMIT ? OFFSET ?
            )
            SELECT page.*, f.kind, f.claim_index AS finding_claim, f.severity, f.message, f.detail_json
            FROM page LEFT JOIN findings AS f
                ON f.content_hash = page.content_hash AND f.claim_index = page.claim_index
            ORDER BY page.published_utc IS NULL, page.published_utc, page.document_id, page.content_hash,
                     page.claim_index, f.position
        """
        params += [-1 if query.limit is None else query.limit, query.offset]
        rows = self._db().execute(sql, params)
        # A claim with k findings comes as k joined rows (one with NULLs when it has none).
        for _, group in itertools.groupby(rows, key=lambda r: (r["content_hash"], r["claim_index"])):
            first, *rest = group
            findings = tuple(
                Finding(
                    kind=r["kind"],
                    claim=r["finding_claim"],
                    severity=r["severity"],
                    message=r["message"],
                    detail=json.loads(r["detail_json"]),
                )
                for r in (first, *rest)
                if r["kind"] is not None
            )
            yield StoredClaim(
                document_id=first["document_id"],
                content_hash=first["content_hash"],
                index=first["claim_index"],
                claim=claim_from_dict(json.loads(first["claim_json"])),
                findings=findings,
                published_at=_parse(first["published_at"]),
                source=first["source"],
            )

    @staticmethod
    def _claim_filters(query: ClaimQuery) -> tuple[list[str], list[object]]:
        where: list[str] = []
        params: list[object] = []
        if query.since is not None:
            where.append("c.event_date >= ?")
            params.append(f"{query.since:%Y-%m-%d}")
        if query.until is not None:
            where.append("c.event_date <= ?")
            params.append(f"{query.until:%Y-%m-%d}")
        if query.place is not None:
            where.append(
                "EXISTS (SELECT 1 FROM claim_places AS p WHERE p.content_hash = c.content_hash "
                "AND p.claim_index = c.claim_index AND (p.place_id = ? OR p.admin1 = ?))"
            )
            params += [query.place, query.place]
        if query.type is not None:
            where.append("c.type = ?")
            params.append(query.type)
        if query.source is not None:
            # instr, not LIKE: a "%" or "_" in the user's text is text, not a wildcard.
            where.append(
                "(instr(dw_fold(coalesce(d.source, d.extraction_source)), ?) > 0 "
                "OR instr(dw_fold(c.claimant), ?) > 0 OR instr(dw_fold(c.attributed_to), ?) > 0)"
            )
            params += [query.source.casefold()] * 3
        if query.has_finding is not None:
            sql = (
                "EXISTS (SELECT 1 FROM findings AS g WHERE g.content_hash = c.content_hash "
                "AND g.claim_index = c.claim_index"
            )
            if query.has_finding == ANY_FINDING:
                where.append(sql + ")")
            else:
                where.append(sql + " AND g.kind = ?)")
                params.append(query.has_finding)
        return where, params

    def summary(self) -> Summary:
        """How many documents, claims by type and findings by kind the store holds."""
        rows = self._db().execute(
            "SELECT 'documents' AS what, NULL AS name, count(*) AS n FROM documents "
            "UNION ALL SELECT 'claims', type, count(*) FROM claims GROUP BY type "
            "UNION ALL SELECT 'findings', kind, count(*) FROM findings GROUP BY kind"
        )
        documents = 0
        claims = dict.fromkeys(CLAIM_TYPES, 0)
        findings: dict[str, int] = {}
        for row in rows:
            if row["what"] == "documents":
                documents = row["n"]
            elif row["what"] == "claims":
                claims[row["name"]] = row["n"]
            else:
                findings[row["name"]] = row["n"]
        return Summary(documents=documents, claims=claims, findings=dict(sorted(findings.items())))
