"""The schema: an empty database migrates to exactly this, and versions are guarded both ways."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from dronewatch.store import SQLiteStore, StoreError
from dronewatch.store import migrations as migrations_module
from dronewatch.store.migrations import MIGRATIONS, latest_version, migrate

EXPECTED_SCHEMA: list[tuple[str, str, str, str | None]] = [
    (
        "index",
        "claim_places_admin1",
        "claim_places",
        "CREATE INDEX claim_places_admin1 ON claim_places (admin1)",
    ),
    (
        "index",
        "claim_places_place",
        "claim_places",
        "CREATE INDEX claim_places_place ON claim_places (place_id)",
    ),
    ("index", "claims_event_date", "claims", "CREATE INDEX claims_event_date ON claims (event_date)"),
    ("index", "claims_type", "claims", "CREATE INDEX claims_type ON claims (type, event_date)"),
    ("index", "documents_id", "documents", "CREATE INDEX documents_id ON documents (id)"),
    (
        "index",
        "documents_published",
        "documents",
        "CREATE INDEX documents_published ON documents (published_utc, id)",
    ),
    (
        "index",
        "findings_claim",
        "findings",
        "CREATE INDEX findings_claim ON findings (content_hash, claim_index)",
    ),
    ("index", "findings_kind", "findings", "CREATE INDEX findings_kind ON findings (kind)"),
    (
        "index",
        "place_claims_order",
        "place_claims",
        "CREATE INDEX place_claims_order ON place_claims "
        "(place_key, event_date DESC, content_hash, claim_index, type)",
    ),
    ("index", "sqlite_autoindex_claim_places_1", "claim_places", None),
    ("index", "sqlite_autoindex_claims_1", "claims", None),
    ("index", "sqlite_autoindex_documents_1", "documents", None),
    ("index", "sqlite_autoindex_evidence_1", "evidence", None),
    ("index", "sqlite_autoindex_findings_1", "findings", None),
    (
        "table",
        "claim_places",
        "claim_places",
        """CREATE TABLE claim_places (
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
)""",
    ),
    (
        "table",
        "claim_summaries",
        "claim_summaries",
        """CREATE TABLE claim_summaries (
    content_hash TEXT NOT NULL,
    claim_index INTEGER NOT NULL,
    summary TEXT NOT NULL,
    PRIMARY KEY (content_hash, claim_index),
    FOREIGN KEY (content_hash, claim_index) REFERENCES claims (content_hash, claim_index) ON DELETE CASCADE
) WITHOUT ROWID""",
    ),
    (
        "table",
        "claims",
        "claims",
        """CREATE TABLE claims (
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
)""",
    ),
    (
        "table",
        "documents",
        "documents",
        """CREATE TABLE documents (
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
)""",
    ),
    (
        "table",
        "evidence",
        "evidence",
        """CREATE TABLE evidence (
    content_hash TEXT NOT NULL,
    claim_index INTEGER NOT NULL,
    path TEXT NOT NULL,
    text TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    PRIMARY KEY (content_hash, claim_index, path),
    FOREIGN KEY (content_hash, claim_index) REFERENCES claims (content_hash, claim_index) ON DELETE CASCADE
)""",
    ),
    (
        "table",
        "findings",
        "findings",
        """CREATE TABLE findings (
    content_hash TEXT NOT NULL REFERENCES documents (content_hash) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    claim_index INTEGER,
    kind TEXT NOT NULL,
    severity TEXT NOT NULL,
    message TEXT NOT NULL,
    detail_json TEXT NOT NULL,
    PRIMARY KEY (content_hash, position),
    FOREIGN KEY (content_hash, claim_index) REFERENCES claims (content_hash, claim_index) ON DELETE CASCADE
)""",
    ),
    (
        "table",
        "migrations",
        "migrations",
        """CREATE TABLE migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
)""",
    ),
    (
        "table",
        "place_claims",
        "place_claims",
        """CREATE TABLE place_claims (
    place_key TEXT NOT NULL COLLATE NOCASE,
    event_date TEXT,
    content_hash TEXT NOT NULL,
    claim_index INTEGER NOT NULL,
    type TEXT NOT NULL,
    FOREIGN KEY (content_hash, claim_index) REFERENCES claims (content_hash, claim_index) ON DELETE CASCADE
)""",
    ),
]


def schema(path: Path) -> list[tuple[str, str, str, str | None]]:
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")
        return [tuple(row) for row in rows]


def test_empty_database_migrates_to_the_whole_schema(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    with SQLiteStore(path) as store:
        assert store.schema_version() == latest_version() == 3
    assert schema(path) == EXPECTED_SCHEMA
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        applied = conn.execute("SELECT version, name, applied_at FROM migrations ORDER BY version").fetchall()
    assert [(version, name) for version, name, _ in applied] == [
        (1, "m001_initial"),
        (2, "m002_place_claims"),
        (3, "m003_claim_summaries"),
    ]
    assert all(datetime.fromisoformat(at).utcoffset() is not None for _, _, at in applied)


def test_migrations_are_numbered_in_order() -> None:
    assert [version for version, _, _ in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
    assert all(name.startswith(f"m{version:03d}_") for version, name, _ in MIGRATIONS)


def test_reopening_a_current_database_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "again.db"
    SQLiteStore(path).close()
    with closing(sqlite3.connect(path)) as conn:
        before = conn.execute("SELECT * FROM migrations").fetchall()
    with SQLiteStore(path) as store:
        assert store.schema_version() == 3
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT * FROM migrations").fetchall() == before
    assert schema(path) == EXPECTED_SCHEMA


def test_a_failing_migration_is_rolled_back_and_not_recorded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "half.db"
    SQLiteStore(path).close()

    def m004_broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x INTEGER)")
        conn.execute("INSERT INTO no_such_table VALUES (1)")

    monkeypatch.setattr(migrations_module, "MIGRATIONS", [*MIGRATIONS, (4, "m004_broken", m004_broken)])
    with pytest.raises(StoreError) as raised:
        SQLiteStore(path)
    assert str(raised.value) == (
        f"migration 4 (m004_broken) failed on {path}: no such table: no_such_table; "
        "the database stays at schema 3"
    )
    assert schema(path) == EXPECTED_SCHEMA
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT max(version) FROM migrations").fetchone() == (3,)


def test_migrate_applies_only_what_is_pending(tmp_path: Path) -> None:
    with closing(sqlite3.connect(tmp_path / "raw.db", isolation_level=None)) as conn:
        assert migrate(conn, "raw.db") == [1, 2, 3]
        assert migrate(conn, "raw.db") == []
        assert not conn.in_transaction


def test_a_newer_database_is_refused_with_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    SQLiteStore(path).close()
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute(
            "INSERT INTO migrations VALUES (99, 'm099_from_the_future', '2030-01-01T00:00:00+00:00')"
        )
    with pytest.raises(StoreError) as raised:
        SQLiteStore(path)
    assert str(raised.value) == (
        f"database at {path} is newer than this dronewatch (schema 99 > 3); upgrade dronewatch"
    )


def test_a_missing_directory_is_named_with_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "no" / "such" / "dir" / "x.db"
    with pytest.raises(StoreError) as raised:
        SQLiteStore(path)
    assert str(raised.value) == (
        f"cannot open {path}: unable to open database file; check the directory exists and is writable"
    )
    assert not path.parent.exists()


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are not the tables you are looking for\n" * 100)
    with pytest.raises(StoreError) as raised:
        SQLiteStore(path)
    assert str(raised.value) == (
        f"cannot open {path}: file is not a database; check that {path} is a dronewatch database"
    )


def test_migration_2_files_the_stored_claims_by_place_as_a_save_does(tmp_path: Path, web_store: Any) -> None:
    # The web store was written at schema 2: its place_claims rows are those save writes. Take it
    # back to schema 1 (drop what migration 2 made), migrate again and compare.
    path = tmp_path / "v1.db"
    shutil.copy(web_store.path, path)
    query = "SELECT place_key, event_date, content_hash, claim_index, type FROM place_claims ORDER BY 1, 3, 4"
    with closing(sqlite3.connect(path)) as conn:
        saved = conn.execute(query).fetchall()
    assert len(saved) > 10
    # Both a breakdown region and a place's admin1 are keys, each once per claim.
    assert len({(key.upper(), digest, index) for key, _, digest, index, _ in saved}) == len(saved)
    undo = ["DROP TABLE claim_summaries", "DROP TABLE place_claims"]
    undo.append("DELETE FROM migrations WHERE version >= 2")
    assert _migrated_again(path, undo, query) == saved


def test_migration_3_summarises_the_stored_claims_as_a_save_does(tmp_path: Path, web_store: Any) -> None:
    # The web store was written at schema 3: its summaries are those save writes (the seed article,
    # the canned records, hostile markup, emoji, documents with and without a source, claims with
    # and without findings). Take it back to schema 2, migrate again and compare the text.
    path = tmp_path / "v2.db"
    shutil.copy(web_store.path, path)
    query = "SELECT content_hash, claim_index, summary FROM claim_summaries ORDER BY 1, 2"
    with closing(sqlite3.connect(path)) as conn:
        saved = conn.execute(query).fetchall()
        claims = conn.execute("SELECT count(*) FROM claims").fetchone()[0]
        with_findings = conn.execute(
            "SELECT count(DISTINCT content_hash || claim_index) FROM findings WHERE claim_index IS NOT NULL"
        ).fetchone()[0]
    assert len(saved) == claims > 10
    assert with_findings > 2
    undo = ["DROP TABLE claim_summaries", "DELETE FROM migrations WHERE version = 3"]
    assert _migrated_again(path, undo, query) == saved


def _migrated_again(path: Path, undo: list[str], query: str) -> list[Any]:
    """Undo migrations with ``undo``, open the store (which migrates it to the latest schema) and
    return what ``query`` reads after that."""
    with closing(sqlite3.connect(path)) as conn, conn:
        for statement in undo:
            conn.execute(statement)
    with SQLiteStore(path) as store:
        assert store.schema_version() == 3
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        rows: list[Any] = conn.execute(query).fetchall()
    return rows
