"""The SQLite backend: every SQL statement of the store outside the migrations lives here."""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import json
import json.scanner
import sqlite3
import time
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from dronewatch.model import Claim, Document, Extraction, Finding, claim_from_dict
from dronewatch.store.base import (
    ALL_CLAIMS,
    ANY_FINDING,
    CLAIM_TYPES,
    TALLY_KEYS,
    ClaimJSON,
    ClaimQuery,
    ClaimSummary,
    DocumentInfo,
    DocumentQuery,
    OlderSchema,
    PlaceTally,
    QueryError,
    QueryTimeout,
    SourceTally,
    StoredClaim,
    StoredFinding,
    StoreError,
    Summary,
    Tally,
    check_page,
)
from dronewatch.store.migrations import applied_version, latest_version, migrate
from dronewatch.store.rows import (
    check_pair,
    claim_row,
    document_row,
    evidence_rows,
    finding_row,
    place_key_rows,
    place_rows,
    summary_rows,
)

BUSY_TIMEOUT_MS = 5_000
"""How long a statement waits for another connection's write lock before failing with "locked".

A document's save holds the lock for milliseconds; five seconds rides out a concurrent ingest or a
checkpoint without making a stuck writer hang a reader for long.
"""

READER_MMAP_BYTES = 1 << 30
READER_CACHE_KIB = 32 * 1024
"""A read-only connection maps up to 1 GiB of the file (address space, not memory) and caches 32 MiB
of pages: on the 100,000-claim load-test store (375 MB) this halves the time of a page of claims."""

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


def _require_current(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse to read a database whose schema a read-only connection cannot migrate."""
    version, latest = applied_version(conn), latest_version()
    if version == 0:
        raise StoreError(f"{path} is not a dronewatch database (it has no migrations); check the path")
    if version != latest:
        newer = "newer" if version > latest else "older"
        fix = (
            "upgrade dronewatch"
            if version > latest
            else f"migrate it with: dronewatch --db {path} ingest PATH"
        )
        error = StoreError if version > latest else OlderSchema
        raise error(
            f"database at {path} is {newer} than this dronewatch (schema {version}, not {latest}); {fix}"
        )


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
        read_only: open an existing database for reading only (the web layer's readers): nothing
            is created or migrated, and every write fails.

    Raises:
        StoreError: the file cannot be opened or created (its directory is missing or read-only,
            it is not a database), or it was written by a newer dronewatch; read-only, also when
            the file is missing or its schema is not the current one.
    """

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self._conn: sqlite3.Connection | None = None
        if read_only and not self.path.is_file():
            raise StoreError(
                f"there is no database at {self.path}; "
                f"create it with: dronewatch --db {self.path} ingest PATH"
            )
        try:
            # isolation_level=None: the module must not open transactions behind our back; every
            # write below says BEGIN IMMEDIATE ... COMMIT itself.
            if read_only:
                conn = sqlite3.connect(
                    f"{self.path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None
                )
            else:
                conn = sqlite3.connect(self.path, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(_cannot_open(self.path, exc)) from exc
        try:
            conn.row_factory = sqlite3.Row
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.create_function("dw_fold", 1, _fold, deterministic=True)
            if read_only:
                _require_current(conn, self.path)
                # A reader serves pages from the same pages over and over: map the file and keep a
                # larger cache, so that a page of claims reads memory rather than the file.
                conn.execute(f"PRAGMA mmap_size = {READER_MMAP_BYTES}")
                conn.execute(f"PRAGMA cache_size = -{READER_CACHE_KIB}")
            else:
                conn.execute("PRAGMA journal_mode = WAL")
                # NORMAL under WAL never corrupts and never loses a commit to a killed process; a power
                # cut may lose the last commits, which re-ingesting (content-addressed) restores.
                conn.execute("PRAGMA synchronous = NORMAL")
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
        """Store a document with its claims, their places, evidence spans and summaries, and its findings.

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
            self._insert_summaries(db, document, extraction)
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
        row = claim_row(document, index, claim)
        places = place_rows(document, index, claim)
        _insert(db, "claims", row)
        for place in places:
            _insert(db, "claim_places", place)
        for key in place_key_rows(row, places):
            _insert(db, "place_claims", key)
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

    def _insert_summaries(self, db: sqlite3.Connection, document: Document, extraction: Extraction) -> None:
        for row in summary_rows(document, extraction):
            _insert(db, "claim_summaries", row)

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
    def _claim_filters(query: ClaimQuery, own: str = "c") -> tuple[list[str], list[object]]:
        # ``own``: the table alias whose type and event_date columns the filters read — the claim's
        # ("c"), or the place index's ("k"), which has both.
        where: list[str] = []
        params: list[object] = []
        if query.since is not None:
            where.append(f"{own}.event_date >= ?")
            params.append(f"{query.since:%Y-%m-%d}")
        if query.until is not None:
            where.append(f"{own}.event_date <= ?")
            params.append(f"{query.until:%Y-%m-%d}")
        if query.place is not None:
            where.append(
                "EXISTS (SELECT 1 FROM claim_places AS p WHERE p.content_hash = c.content_hash "
                "AND p.claim_index = c.claim_index AND (p.place_id = ? OR p.admin1 = ?))"
            )
            params += [query.place, query.place]
        if query.type is not None:
            where.append(f"{own}.type = ?")
            params.append(query.type)
        if query.source is not None:
            # instr, not LIKE: a "%" or "_" in the user's text is text, not a wildcard.
            where.append(
                "(instr(dw_fold(coalesce(d.source, d.extraction_source)), ?) > 0 "
                "OR instr(dw_fold(c.claimant), ?) > 0 OR instr(dw_fold(c.attributed_to), ?) > 0)"
            )
            params += [query.source.casefold()] * 3
        if query.lang is not None:
            where.append("d.extraction_lang = ?")
            params.append(query.lang)
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

    # Reading for the web layer: tallies, places, findings, documents and sources. Each reads one
    # SQL statement, so its result is one snapshot.

    def data_version(self) -> int:
        """A number that changes whenever another connection commits to the database.

        A reader keeps what it computed from the store under this number and recomputes when it
        changes (SQLite's ``PRAGMA data_version``: comparable only between calls on one store).
        """
        return int(self._db().execute("PRAGMA data_version").fetchone()[0])

    @contextlib.contextmanager
    def time_limit(self, seconds: float) -> Iterator[None]:
        """Abort any statement that runs past ``seconds`` from now, until the block ends.

        A web reader wraps each request in it, so that one expensive query cannot hold the server.

        Raises:
            QueryTimeout: a statement in the block was aborted.
        """
        db = self._db()
        deadline = time.monotonic() + seconds
        db.set_progress_handler(lambda: time.monotonic() > deadline, _PROGRESS_STEPS)
        try:
            yield
        except sqlite3.OperationalError as exc:
            if "interrupted" not in str(exc):
                raise
            raise QueryTimeout(
                f"the query took longer than {seconds:g} s and was stopped; narrow it with filters "
                "(a date range, a place, a claim type)"
            ) from exc
        finally:
            db.set_progress_handler(None, 0)

    def claim_page(self, query: ClaimQuery = ALL_CLAIMS) -> list[ClaimJSON]:
        """Claims matching ``query``, latest event first, each as its stored JSON: a page to browse.

        Ordered by event date (see ``ClaimQuery.since``), latest first, then content hash and claim
        index; claims without an event date come last. Unlike ``claims`` (oldest publication first),
        this order follows the event-date indexes, so a filtered page costs milliseconds even on a
        large store, and the claims are not rebuilt from their JSON.

        Returns:
            The page of claims, each with its own findings.
        """
        return [
            ClaimJSON(
                document_id=summary[0],
                content_hash=digest,
                index=index,
                claim_json=text,
                findings=_summary_findings(index, summary[10]),
                published_at=_parse(summary[1]),
                source=summary[2],
                event_date=_day(summary[7]),
            )
            for digest, index, text, summary in self._summarised(query, claim_json=True)
        ]

    def claim_summaries(self, query: ClaimQuery = ALL_CLAIMS) -> list[ClaimSummary]:
        """The claims of ``claim_page(query)``, in its order, as the values a list row shows.

        Read from each claim's summary (``claim_summaries``, written with the claim), without
        parsing any claim's JSON: a page of a list costs a few index reads and one short row a claim.
        """
        # The summary's array is the tuple's fields after the claim's key, in the same order.
        return [
            ClaimSummary(digest, index, *summary)
            for digest, index, _, summary in self._summarised(query, claim_json=False)
        ]

    def _summarised(
        self, query: ClaimQuery, *, claim_json: bool
    ) -> Iterator[tuple[str, int, str, list[Any]]]:
        """Each claim of ``claim_page(query)``, in order: its content hash, index, JSON (with
        ``claim_json``, else an empty string) and its decoded summary (see ``rows.summary_row``)."""
        # Plain tuples: by position is the fast way to read a row.
        plain = self._db().cursor()
        plain.row_factory = None
        column, join = (
            (
                "c.claim_json",
                "CROSS JOIN claims AS c ON c.content_hash = s.content_hash AND c.claim_index = s.claim_index",
            )
            if claim_json
            else ("''", "")
        )
        if query.place is not None:
            # A place's page is one statement: its keys, then each one's summary.
            keys, params = self._place_page(query)
            rows = plain.execute(
                f"""SELECT page.content_hash, page.claim_index, {column}, s.summary
                FROM ({keys}) AS page
                CROSS JOIN claim_summaries AS s
                    ON s.content_hash = page.content_hash AND s.claim_index = page.claim_index
                {join}
                ORDER BY page.event_date DESC, page.content_hash, page.claim_index""",
                params,
            )
            for digest, index, text, summary in rows:
                yield digest, index, text, _decode_summary(summary, 0)[0]
            return
        keys_in_order = self._page_keys(query)
        for start in range(0, len(keys_in_order), _KEYS_PER_STATEMENT):
            page, params = _page_values(keys_in_order[start : start + _KEYS_PER_STATEMENT])
            rows = plain.execute(
                f"""{page}
                SELECT s.content_hash, s.claim_index, {column}, s.summary
                FROM page
                CROSS JOIN claim_summaries AS s
                    ON s.content_hash = page.content_hash AND s.claim_index = page.claim_index
                {join}
                ORDER BY page.n""",
                params,
            )
            for digest, index, text, summary in rows:
                yield digest, index, text, _decode_summary(summary, 0)[0]

    def _page_keys(self, query: ClaimQuery) -> list[tuple[str, int]]:
        """The claims of a ``claim_page``, in its order, as (content hash, index)."""
        if query.place is not None:
            return self._place_claim_keys(query)
        where, params = self._claim_filters(query)
        dated = [*where, "c.event_date IS NOT NULL"]
        keys = self._claim_keys(dated, params, "c.event_date DESC", query.limit, query.offset)
        if query.limit is None or len(keys) < query.limit:
            # The page runs past the dated claims and goes on with the undated ones. When it starts
            # past them, count the dated ones to know how many undated ones to skip.
            skip = 0 if keys or query.offset == 0 else query.offset - self._count_claims(dated, params)
            rest = None if query.limit is None else query.limit - len(keys)
            keys += self._claim_keys([*where, "c.event_date IS NULL"], params, None, rest, max(skip, 0))
        return keys

    def _claim_keys(
        self, where: list[str], params: list[object], order: str | None, limit: int | None, offset: int
    ) -> list[tuple[str, int]]:
        sql = f"""
            SELECT c.content_hash, c.claim_index
            FROM claims AS c JOIN documents AS d ON d.content_hash = c.content_hash
            WHERE {" AND ".join(where)}
            ORDER BY {order + ", " if order else ""}c.content_hash, c.claim_index
            LIMIT ? OFFSET ?
        """
        return self._keys(sql, [*params, -1 if limit is None else limit, offset])

    def _place_claim_keys(self, query: ClaimQuery) -> list[tuple[str, int]]:
        sql, params = self._place_page(query)
        return [(digest, index) for digest, index, _ in self._keys(sql, params)]

    def _place_page(self, query: ClaimQuery) -> tuple[str, list[object]]:
        """The statement selecting the keys (content hash, index, event date) of a place's page of
        claims, in ``claim_page`` order, and its parameters."""
        # The place's keys in event-date order (undated last, as a descending order puts NULL):
        # one range of the place_claims index, read until the page is full. The type and dates are
        # in the index too; the other filters look up the claim and its document.
        where, params = self._claim_filters(dataclasses.replace(query, place=None), own="k")
        joins = (
            " CROSS JOIN claims AS c ON c.content_hash = k.content_hash AND c.claim_index = k.claim_index"
            " CROSS JOIN documents AS d ON d.content_hash = k.content_hash"
            if any(not condition.startswith("k.") for condition in where)
            else ""
        )
        sql = f"""
            SELECT k.content_hash, k.claim_index, k.event_date FROM place_claims AS k{joins}
            WHERE {" AND ".join(["k.place_key = ?", *where])}
            ORDER BY k.event_date DESC, k.content_hash, k.claim_index
            LIMIT ? OFFSET ?
        """
        limit = -1 if query.limit is None else query.limit
        return sql, [query.place, *params, limit, query.offset]

    def _keys(self, sql: str, params: list[object]) -> list[tuple[Any, ...]]:
        """The rows ``sql`` selects (content hash, claim index, ...), as plain tuples."""
        plain = self._db().cursor()
        plain.row_factory = None
        keys: list[tuple[Any, ...]] = plain.execute(sql, params).fetchall()
        return keys

    def _count_claims(self, where: list[str], params: list[object]) -> int:
        sql = (
            "SELECT count(*) FROM claims AS c JOIN documents AS d ON d.content_hash = c.content_hash "
            f"WHERE {' AND '.join(where)}"
        )
        row = self._db().execute(sql, params).fetchone()
        return int(row[0])

    def tallies(self, query: ClaimQuery = ALL_CLAIMS, by: Sequence[str] = ("type",)) -> list[Tally]:
        """Claims matching ``query`` counted by the keys ``by`` (any of ``TALLY_KEYS``, in any order).

        ``query.limit`` and ``query.offset`` page through the groups. See ``Tally`` for what is
        counted; ``by=()`` gives one total.

        Returns:
            One tally per group, ordered by the keys in the order given (None last).

        Raises:
            QueryError: an unknown or repeated key in ``by``.
        """
        keys = _tally_keys(by)
        where, params = self._claim_filters(query)
        conditions = " AND ".join(where) or "1"
        if "admin1" in keys:
            # One row per claim and region first, so that a claim naming a region twice (a city and
            # its oblast) counts once there, with the breakdown counts for that region added up.
            # Claims drive the join (CROSS JOIN fixes the order): a scan of them and a probe of
            # their places beats walking the places' region index, three times over on 100,000.
            rows = f"""
                SELECT c.event_date AS day, c.type, p.admin1, c.claimant, sum(p.destroyed) AS destroyed,
                       c.killed, c.injured
                FROM {_claims_from(query)} CROSS JOIN claim_places AS p
                    ON p.content_hash = c.content_hash AND p.claim_index = c.claim_index
                WHERE p.admin1 IS NOT NULL AND {conditions}
                GROUP BY c.rowid, p.admin1
            """
        else:
            rows = f"""
                SELECT c.event_date AS day, c.type, NULL AS admin1, c.claimant, c.destroyed, c.killed,
                       c.injured
                FROM {_claims_from(query)}
                WHERE {conditions}
            """
        group = ", ".join(keys)
        sql = f"""
            SELECT {group + "," if group else ""} count(*) AS claims, sum(destroyed) AS destroyed,
                   sum(killed) AS killed, sum(injured) AS injured
            FROM ({rows})
            {"GROUP BY " + group if group else ""}
            ORDER BY {", ".join(f"{key} IS NULL, {key}" for key in keys) or "1"}
            LIMIT ? OFFSET ?
        """
        params += [-1 if query.limit is None else query.limit, query.offset]
        return [
            Tally(
                claims=row["claims"],
                destroyed=row["destroyed"],
                killed=row["killed"],
                injured=row["injured"],
                day=_day(row["day"]) if "day" in keys else None,
                type=row["type"] if "type" in keys else None,
                admin1=row["admin1"] if "admin1" in keys else None,
                claimant=row["claimant"] if "claimant" in keys else None,
            )
            for row in self._db().execute(sql, params)
        ]

    def places(self, query: ClaimQuery = ALL_CLAIMS) -> list[PlaceTally]:
        """The places that claims matching ``query`` name, most named first.

        Resolved places are grouped by id, unresolved ones by name; ``query.limit`` and
        ``query.offset`` page through the places.
        """
        where, params = self._claim_filters(query)
        sql = f"""
            SELECT p.place_id AS id, p.name, p.level, p.admin1, p.lat, p.lon,
                   count(DISTINCT c.content_hash || ':' || c.claim_index) AS claims,
                   sum(p.destroyed) AS destroyed
            FROM {_claims_from(query)}
            CROSS JOIN claim_places AS p ON p.content_hash = c.content_hash AND p.claim_index = c.claim_index
            WHERE {" AND ".join(where) or "1"}
            GROUP BY p.place_id, CASE WHEN p.place_id IS NULL THEN p.name END
            ORDER BY claims DESC, p.place_id IS NULL, p.place_id, p.name
            LIMIT ? OFFSET ?
        """
        params += [-1 if query.limit is None else query.limit, query.offset]
        return [
            PlaceTally(
                id=row["id"],
                name=row["name"],
                level=row["level"],
                admin1=row["admin1"],
                lat=row["lat"],
                lon=row["lon"],
                claims=row["claims"],
                destroyed=row["destroyed"],
            )
            for row in self._db().execute(sql, params)
        ]

    def findings(self, query: ClaimQuery = ALL_CLAIMS, kind: str | None = None) -> list[StoredFinding]:
        """Findings on the claims matching ``query``, latest document first.

        Only findings attached to a claim count (as in ``ClaimQuery.has_finding``); ``kind`` keeps
        one kind; ``query.limit`` and ``query.offset`` page through the findings. Undated documents
        come last; within a document, findings keep their stored order.
        """
        where, params = self._claim_filters(query)
        if kind is not None:
            where.append("f.kind = ?")
            params.append(kind)
        sql = f"""
            SELECT f.kind, f.claim_index, f.severity, f.message, f.detail_json, d.id AS document_id,
                   d.content_hash, d.published_at, coalesce(d.source, d.extraction_source) AS source
            FROM findings AS f
            JOIN claims AS c ON c.content_hash = f.content_hash AND c.claim_index = f.claim_index
            JOIN documents AS d ON d.content_hash = c.content_hash
            WHERE {" AND ".join(where) or "1"}
            ORDER BY d.published_utc IS NULL, d.published_utc DESC, d.id, d.content_hash, f.position
            LIMIT ? OFFSET ?
        """
        params += [-1 if query.limit is None else query.limit, query.offset]
        return [
            StoredFinding(
                document_id=row["document_id"],
                content_hash=row["content_hash"],
                finding=_finding(row),
                published_at=_parse(row["published_at"]),
                source=row["source"],
            )
            for row in self._db().execute(sql, params)
        ]

    def search_documents(self, query: DocumentQuery) -> list[DocumentInfo]:
        """Stored documents matching ``query`` (see ``DocumentQuery``), oldest first, undated last."""
        where: list[str] = []
        params: list[object] = []
        if query.text is not None:
            where.append("(instr(dw_fold(text), ?) > 0 OR instr(dw_fold(title), ?) > 0)")
            params += [query.text.casefold()] * 2
        if query.source is not None:
            where.append("coalesce(source, extraction_source) = ?")
            params.append(query.source)
        if query.lang is not None:
            where.append("extraction_lang = ?")
            params.append(query.lang)
        sql = (
            f"SELECT {_DOCUMENT_COLUMNS}, claim_count, finding_count FROM documents "
            f"WHERE {' AND '.join(where) or '1'} ORDER BY {_DOCUMENT_ORDER} LIMIT ? OFFSET ?"
        )
        params += [-1 if query.limit is None else query.limit, query.offset]
        return [
            DocumentInfo(
                document=_document(row),
                lang=row["extraction_lang"],
                claims=row["claim_count"],
                findings=row["finding_count"],
            )
            for row in self._db().execute(sql, params)
        ]

    def sources(self, limit: int | None = None, offset: int = 0) -> list[SourceTally]:
        """The sources of the stored documents (a document's, else its extraction's), most documents first.

        Raises:
            QueryError: a negative ``limit`` or ``offset``.
        """
        check_page(limit, offset)
        rows = self._db().execute(
            "SELECT coalesce(source, extraction_source) AS name, count(*) AS documents, "
            "sum(claim_count) AS claims, sum(finding_count) AS findings, "
            "min(published_utc) AS first, max(published_utc) AS last FROM documents "
            "GROUP BY name ORDER BY documents DESC, name IS NULL, name LIMIT ? OFFSET ?",
            (-1 if limit is None else limit, offset),
        )
        return [
            SourceTally(
                source=row["name"],
                documents=row["documents"],
                claims=row["claims"],
                findings=row["findings"],
                first=_utc(row["first"]),
                last=_utc(row["last"]),
            )
            for row in rows
        ]


_KEYS_PER_STATEMENT = 500
"""SQLite binds at most 32,766 values a statement: a page's claims are read 500 (1,500 values) at a time."""


# The scanner reads its settings from a decoder; the stubs ask for a scanner instead.
_decode_summary = json.scanner.make_scanner(json.JSONDecoder())  # type: ignore[arg-type]
"""A summary's JSON from offset 0, as (value, end): ``rows.to_json`` writes it without surrounding
whitespace, so the scanner needs none of ``raw_decode``'s skipping of it."""


def _summary_findings(index: int, findings: list[list[Any]]) -> tuple[Finding, ...]:
    """The findings of a claim's summary, as ``Finding`` records on claim ``index``."""
    if not findings:
        return ()
    return tuple(
        [
            Finding(kind=kind, claim=index, severity=severity, message=message, detail=detail)
            for kind, severity, message, detail in findings
        ]
    )


def _page_values(keys: Sequence[tuple[str, int]]) -> tuple[str, list[object]]:
    """A ``WITH page (n, content_hash, claim_index)`` clause listing ``keys`` in order, and its values."""
    values = ", ".join("(?, ?, ?)" for _ in keys)
    params: list[object] = [value for n, (digest, index) in enumerate(keys) for value in (n, digest, index)]
    return f"WITH page (n, content_hash, claim_index) AS (VALUES {values})", params


def _claims_from(query: ClaimQuery) -> str:
    """The claims, joined to their documents only when a filter reads the document (source, lang):
    the join costs a lookup per claim, a third of an aggregate over the whole store."""
    if query.source is None and query.lang is None:
        return "claims AS c"
    return "claims AS c CROSS JOIN documents AS d ON d.content_hash = c.content_hash"


_PROGRESS_STEPS = 10_000
"""SQLite virtual-machine steps between two checks of a time limit: about a millisecond of work, so
a limit is kept to within a few milliseconds at little cost."""


def _tally_keys(by: Sequence[str]) -> tuple[str, ...]:
    keys = tuple(by)
    for key in keys:
        if key not in TALLY_KEYS:
            raise QueryError(f"cannot tally by {key!r}; use any of {', '.join(TALLY_KEYS)}")
    if len(set(keys)) != len(keys):
        raise QueryError(f"tally keys repeat: {', '.join(keys)}; name each once")
    return keys


def _day(raw: str | None) -> date | None:
    return None if raw is None else date.fromisoformat(raw)


def _utc(raw: str | None) -> datetime | None:
    """A datetime from the fixed-width UTC key that ``rows.utc_key`` writes."""
    return None if raw is None else datetime.strptime(raw, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
