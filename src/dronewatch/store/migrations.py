"""Numbered schema migrations for the SQLite store.

Each migration is a function taking a connection, registered in order with ``@migration``; its
number is its position. ``migrate`` runs each pending one in its own ``BEGIN IMMEDIATE`` transaction
together with the row that records it in ``migrations``, so a migration is applied and recorded
together or not at all, and two processes opening a new database at once cannot both apply it.

Never edit a released migration: add the next one. Statements run one ``execute`` at a time,
because ``executescript`` commits the open transaction first.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

from dronewatch.store.base import StoreError
from dronewatch.store.rows import COUNT_NAMES, summary_row

Migration = Callable[[sqlite3.Connection], None]

MIGRATIONS: list[tuple[int, str, Migration]] = []

MIGRATIONS_TABLE = """CREATE TABLE IF NOT EXISTS migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
)"""


def migration(function: Migration) -> Migration:
    """Register ``function`` as the next numbered migration."""
    MIGRATIONS.append((len(MIGRATIONS) + 1, function.__name__, function))
    return function


def latest_version() -> int:
    """The schema version this dronewatch writes."""
    return len(MIGRATIONS)


def applied_version(conn: sqlite3.Connection) -> int:
    """The highest migration recorded in the database, 0 for a database without migrations."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'"
    ).fetchone()
    if exists is None:
        return 0
    row = conn.execute("SELECT coalesce(max(version), 0) FROM migrations").fetchone()
    return int(row[0])


def _refuse_newer(version: int, where: str) -> None:
    if version > latest_version():
        raise StoreError(
            f"database at {where} is newer than this dronewatch "
            f"(schema {version} > {latest_version()}); upgrade dronewatch"
        )


def migrate(conn: sqlite3.Connection, where: str) -> list[int]:
    """Apply the pending migrations, each in its own transaction.

    Args:
        conn: a connection in autocommit mode (``isolation_level=None``), outside a transaction.
        where: how to name the database in errors (its path).

    Returns:
        The versions applied now, in order; empty when the schema was already current.

    Raises:
        StoreError: the database was written by a newer dronewatch, or a migration failed (it is
            rolled back; the earlier ones stay applied).
    """
    # An up-to-date database is only read: opening it must not need the write lock.
    current = applied_version(conn)
    _refuse_newer(current, where)
    applied: list[int] = []
    while current < latest_version():
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(MIGRATIONS_TABLE)
            # Read again under the write lock: another process may have migrated meanwhile.
            current = applied_version(conn)
            _refuse_newer(current, where)
            if current < latest_version():
                version, name, function = MIGRATIONS[current]
                try:
                    function(conn)
                except sqlite3.Error as exc:
                    raise StoreError(
                        f"migration {version} ({name}) failed on {where}: {exc}; "
                        f"the database stays at schema {current}"
                    ) from exc
                conn.execute(
                    "INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)",
                    (version, name, datetime.now(UTC).isoformat(timespec="seconds")),
                )
                applied.append(version)
                current = version
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return applied


@migration
def m001_initial(conn: sqlite3.Connection) -> None:
    """Documents, claims, their places, evidence spans and findings."""
    # Datetimes are ISO 8601 text with the source's offset; published_utc is a fixed-width UTC key
    # so that ordering by it is time order. The claim's full JSON is kept for an exact round trip;
    # the other claim columns are there to be queried.
    conn.execute("""CREATE TABLE documents (
    content_hash TEXT PRIMARY KEY,
    id TEXT NOT NULL,
    text TEXT NOT NULL,
    lang TEXT,
    published_at TEXT,
    published_utc TEXT,
    source TEXT,
    url TEXT,
    channel TEXT,
    message_id TEXT,
    edited_at TEXT,
    origin TEXT,
    title TEXT,
    extraction_lang TEXT NOT NULL,
    extraction_published_at TEXT,
    extraction_source TEXT,
    extraction_url TEXT,
    extraction_content_hash TEXT,
    claim_count INTEGER NOT NULL,
    finding_count INTEGER NOT NULL
)""")
    conn.execute("""CREATE TABLE claims (
    content_hash TEXT NOT NULL REFERENCES documents (content_hash) ON DELETE CASCADE,
    claim_index INTEGER NOT NULL CHECK (claim_index >= 0),
    type TEXT NOT NULL CHECK (type IN ('interception', 'impact')),
    weapon TEXT NOT NULL,
    weapon_model TEXT,
    launched INTEGER,
    launched_qualifier TEXT,
    destroyed INTEGER,
    destroyed_qualifier TEXT,
    suppressed INTEGER,
    suppressed_qualifier TEXT,
    killed INTEGER,
    killed_qualifier TEXT,
    injured INTEGER,
    injured_qualifier TEXT,
    sites INTEGER,
    sites_qualifier TEXT,
    breakdown_scope TEXT,
    time_start TEXT,
    time_end TEXT,
    time_precision TEXT,
    event_date TEXT,
    claimant TEXT,
    attributed_to TEXT,
    source_kind TEXT NOT NULL,
    verification TEXT NOT NULL,
    text TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    claim_json TEXT NOT NULL,
    PRIMARY KEY (content_hash, claim_index)
)""")
    # Place ids compare without case, so that a filter on "ru-bry" finds RU-BRY (ids are ASCII).
    conn.execute("""CREATE TABLE claim_places (
    content_hash TEXT NOT NULL,
    claim_index INTEGER NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('breakdown', 'impact')),
    position INTEGER NOT NULL,
    place_id TEXT COLLATE NOCASE,
    name TEXT NOT NULL,
    level TEXT NOT NULL,
    admin1 TEXT COLLATE NOCASE,
    lat REAL,
    lon REAL,
    destroyed INTEGER,
    destroyed_qualifier TEXT,
    PRIMARY KEY (content_hash, claim_index, role, position),
    FOREIGN KEY (content_hash, claim_index) REFERENCES claims (content_hash, claim_index) ON DELETE CASCADE
)""")
    conn.execute("""CREATE TABLE evidence (
    content_hash TEXT NOT NULL,
    claim_index INTEGER NOT NULL,
    path TEXT NOT NULL,
    text TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    PRIMARY KEY (content_hash, claim_index, path),
    FOREIGN KEY (content_hash, claim_index) REFERENCES claims (content_hash, claim_index) ON DELETE CASCADE
)""")
    # A document-level finding has claim_index NULL, which SQLite's foreign key lets through.
    conn.execute("""CREATE TABLE findings (
    content_hash TEXT NOT NULL REFERENCES documents (content_hash) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    claim_index INTEGER,
    kind TEXT NOT NULL,
    severity TEXT NOT NULL,
    message TEXT NOT NULL,
    detail_json TEXT NOT NULL,
    PRIMARY KEY (content_hash, position),
    FOREIGN KEY (content_hash, claim_index) REFERENCES claims (content_hash, claim_index) ON DELETE CASCADE
)""")
    for statement in (
        "CREATE INDEX documents_id ON documents (id)",
        "CREATE INDEX documents_published ON documents (published_utc, id)",
        "CREATE INDEX claims_event_date ON claims (event_date)",
        "CREATE INDEX claims_type ON claims (type, event_date)",
        "CREATE INDEX claim_places_place ON claim_places (place_id)",
        "CREATE INDEX claim_places_admin1 ON claim_places (admin1)",
        "CREATE INDEX findings_claim ON findings (content_hash, claim_index)",
        "CREATE INDEX findings_kind ON findings (kind)",
    ):
        conn.execute(statement)


@migration
def m002_place_claims(conn: sqlite3.Connection) -> None:
    """Claims by place key (place id or admin1 code) in event-date order, for a place's claim list.

    The claims of one place, latest first, are then one index range read in order, however many
    claims the store holds; a place filter otherwise tests every claim of the period in turn.
    """
    conn.execute("""CREATE TABLE place_claims (
    place_key TEXT NOT NULL COLLATE NOCASE,
    event_date TEXT,
    content_hash TEXT NOT NULL,
    claim_index INTEGER NOT NULL,
    type TEXT NOT NULL,
    FOREIGN KEY (content_hash, claim_index) REFERENCES claims (content_hash, claim_index) ON DELETE CASCADE
)""")
    # The keys of the stored claims, as ``rows.place_key_rows`` gives them for new ones.
    conn.execute("""INSERT INTO place_claims (place_key, event_date, content_hash, claim_index, type)
SELECT k.place_key, c.event_date, c.content_hash, c.claim_index, c.type
FROM (
    SELECT content_hash, claim_index, place_id AS place_key FROM claim_places WHERE place_id IS NOT NULL
    UNION
    SELECT content_hash, claim_index, admin1 FROM claim_places WHERE admin1 IS NOT NULL
) AS k
JOIN claims AS c ON c.content_hash = k.content_hash AND c.claim_index = k.claim_index""")
    conn.execute(
        "CREATE INDEX place_claims_order ON place_claims "
        "(place_key, event_date DESC, content_hash, claim_index, type)"
    )


@migration
def m003_claim_summaries(conn: sqlite3.Connection) -> None:
    """Each claim's list row as one JSON array (``rows.summary_row``), so that a page of a claims list
    reads one short row per claim instead of gathering its document, places and findings.

    The stored claims are summarised from their stored rows, with the function a save uses.
    """
    conn.execute("""CREATE TABLE claim_summaries (
    content_hash TEXT NOT NULL,
    claim_index INTEGER NOT NULL,
    summary TEXT NOT NULL,
    PRIMARY KEY (content_hash, claim_index),
    FOREIGN KEY (content_hash, claim_index) REFERENCES claims (content_hash, claim_index) ON DELETE CASCADE
) WITHOUT ROWID""")
    read = conn.cursor()
    read.row_factory = sqlite3.Row
    documents = read.execute(
        "SELECT content_hash, id, published_at, source, extraction_source FROM documents "
        "ORDER BY content_hash"
    ).fetchall()
    counts = ", ".join(f"{name}, {name}_qualifier" for name in COUNT_NAMES)
    for document in documents:
        digest = (document["content_hash"],)
        claims = read.execute(
            "SELECT content_hash, claim_index, type, weapon, weapon_model, claimant, event_date, "
            f"{counts} FROM claims WHERE content_hash = ? ORDER BY claim_index",
            digest,
        ).fetchall()
        places = read.execute(
            "SELECT claim_index, role, position, place_id, name, level, destroyed, destroyed_qualifier "
            "FROM claim_places WHERE content_hash = ?",
            digest,
        ).fetchall()
        findings = [
            dict(row)
            for row in read.execute(
                "SELECT claim_index, position, kind, severity, message, detail_json FROM findings "
                "WHERE content_hash = ?",
                digest,
            )
        ]
        for claim in claims:
            own = [dict(p) for p in places if p["claim_index"] == claim["claim_index"]]
            row = summary_row(dict(claim), dict(document), own, findings)
            conn.execute(
                "INSERT INTO claim_summaries (content_hash, claim_index, summary) VALUES (?, ?, ?)",
                (row["content_hash"], row["claim_index"], row["summary"]),
            )
