"""A process killed with SIGKILL while saving leaves only whole documents and a sound database."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from dronewatch.model import InterceptionClaim
from dronewatch.store import SQLiteStore
from dronewatch.store.rows import evidence_rows
from records import bulk_pair

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

TESTS = Path(__file__).parent

# The child saves bulk_pair(start), bulk_pair(start + 1), … printing each index once committed.
# In "die" mode it kills itself with SIGKILL in the middle of saving document `start + 5`: after its
# document row and both claims are inserted, before its findings, with a text large enough that
# SQLite has already spilled uncommitted pages into the WAL file.
CHILD = """
import dataclasses, os, signal, sys
sys.path.insert(0, sys.argv[1])
from records import bulk_pair, content_hash
from dronewatch.model import InterceptionClaim
from dronewatch.store import SQLiteStore

path, mode, start = sys.argv[2], sys.argv[3], int(sys.argv[4])

class Dying(SQLiteStore):
    def _insert_claim(self, db, document, index, claim):
        super()._insert_claim(db, document, index, claim)
        if index == 1 and document.id == f"bulk-{start + 5}":
            os.kill(os.getpid(), signal.SIGKILL)

store = (Dying if mode == "die" else SQLiteStore)(path)
store._db().execute("PRAGMA cache_size = 16")
i = start
while True:
    document, extraction = bulk_pair(i)
    if mode == "die" and i == start + 5:
        text = document.text + " " + "padding " * 250_000
        document = dataclasses.replace(document, text=text, content_hash=content_hash(text))
        extraction = dataclasses.replace(extraction, content_hash=document.content_hash)
    store.save(document, extraction)
    print(i, flush=True)
    i += 1
"""


def spawn(path: Path, mode: str, start: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(TESTS), str(path), mode, str(start)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def verify(path: Path) -> int:
    """Check that the database holds bulk documents 0 … n-1, each whole; return n."""
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        rows = {
            table: dict(
                conn.execute(f"SELECT content_hash, count(*) FROM {table} GROUP BY content_hash").fetchall()
            )
            for table in ("claims", "claim_places", "evidence", "findings")
        }
    with SQLiteStore(path) as store:
        documents = store.documents()
        # Saves run one after another, so what survives is a prefix of the series.
        assert [d.id for d in documents] == [f"bulk-{i}" for i in range(len(documents))]
        for i, document in enumerate(documents):
            expected_document, expected = bulk_pair(i)
            assert document == expected_document
            assert store.extraction(document.content_hash) == expected
            assert rows["claims"].get(document.content_hash, 0) == len(expected.claims)
            places = sum(
                len(c.breakdown if isinstance(c, InterceptionClaim) else c.places) for c in expected.claims
            )
            assert rows["claim_places"].get(document.content_hash, 0) == places
            evidence = sum(len(evidence_rows(c)) for c in expected.claims)
            assert rows["evidence"].get(document.content_hash, 0) == evidence
            assert rows["findings"].get(document.content_hash, 0) == len(expected.findings)
        assert store.summary().documents == len(documents)
    return len(documents)


def test_killed_in_the_middle_of_a_save_leaves_no_part_of_it(tmp_path: Path) -> None:
    path = tmp_path / "killed.db"
    with spawn(path, "die", 0) as child:
        out, err = child.communicate(timeout=60)
    assert child.returncode == -signal.SIGKILL, err
    assert out.split() == ["0", "1", "2", "3", "4"]
    # The dying save had written uncommitted pages to the WAL; recovery must ignore them.
    assert Path(f"{path}-wal").stat().st_size > 1_000_000
    assert verify(path) == 5
    with SQLiteStore(path) as store:
        assert store.save(*bulk_pair(5))
    assert verify(path) == 6


def test_killed_at_random_moments_while_saving(tmp_path: Path) -> None:
    path = tmp_path / "random.db"
    chance = random.Random(20251125)
    stored = 0
    for _ in range(4):
        with spawn(path, "loop", stored) as child:
            assert child.stdout is not None
            # Let it commit a few documents, then kill it wherever it happens to be.
            for _ in range(3):
                assert child.stdout.readline(), child.stderr.read() if child.stderr else ""
            time.sleep(chance.uniform(0.0, 0.2))
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=60)
        assert child.returncode == -signal.SIGKILL
        now = verify(path)
        assert now >= stored + 3
        stored = now


def test_a_second_connection_reads_while_a_writer_saves(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    SQLiteStore(path).close()
    with spawn(path, "loop", 0) as child, SQLiteStore(path) as reader:
        assert child.stdout is not None
        seen = []
        for _ in range(5):
            child.stdout.readline()
            seen.append(reader.summary().documents)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
    assert seen == sorted(seen)
    assert seen[-1] >= 5
    verify(path)
