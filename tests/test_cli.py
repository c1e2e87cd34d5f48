"""The ``dronewatch`` command on real files: extract, ingest, check, claims, export, schema."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from dronewatch.cli import cli
from records import content_digest
from strategies import extract_validator

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample"
SEED = SAMPLE / "seed-article.txt"
POSTS = SAMPLE / "telegram-news.jsonl"
# Enough documents that a kill after the first hundred lands mid-ingest.
DOCUMENTS = 1500
COMMANDS = ("extract", "ingest", "check", "claims", "export", "place", "schema")


def run(*args: str, input: str | bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command: str) -> None:
    code, out, _ = run(command, "--help")
    assert code == 0
    assert "Example:" in out
    assert "dronewatch" in out.split("Example:")[1]


def test_the_group_help_names_every_command() -> None:
    code, out, _ = run("-h")
    assert code == 0
    for command in COMMANDS:
        assert command in out


def test_extract_writes_one_valid_line_per_document() -> None:
    code, out, err = run("extract", str(SEED), str(POSTS))
    assert code == 0, err
    lines = [json.loads(line) for line in out.splitlines()]
    assert len(lines) == 81
    validator = extract_validator()
    for line in lines:
        errors = [e.message for e in validator.iter_errors(line)]
        assert not errors, (line["id"], errors)
    assert {line["id"] for line in lines} >= {"t001", "t080"}


def test_extract_reads_json_lines_on_stdin_and_echoes_ids() -> None:
    stdin = (
        json.dumps({"id": "a1", "text": "Air defences intercepted 12 drones over the Kursk region."}) + "\n"
    )
    code, out, _ = run("extract", "-", input=stdin)
    assert code == 0
    (line,) = [json.loads(x) for x in out.splitlines()]
    assert line["id"] == "a1"
    (claim,) = line["claims"]
    assert claim["destroyed"]["value"] == 12
    assert [b["place"]["id"] for b in claim["breakdown"]] == ["RU-KRS"]


def test_extract_reads_plain_text_on_stdin() -> None:
    code, out, _ = run("extract", "-", input=SEED.read_bytes())
    assert code == 0
    (line,) = [json.loads(x) for x in out.splitlines()]
    assert [c["type"] for c in line["claims"]] == ["impact", "interception", "interception"]


def test_extract_reports_bad_inputs_and_goes_on(tmp_path: Path) -> None:
    broken = tmp_path / "broken.jsonl"
    broken.write_text(
        '{"id": "ok", "text": "Three drones were shot down over the Belgorod region."}\n{"id": \n'
    )
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    code, out, err = run("extract", str(broken), str(binary), str(SEED))
    assert code == 0
    assert next(json.loads(x)["id"] for x in out.splitlines()) == "ok"
    assert len(out.splitlines()) == 2
    lines = err.splitlines()
    assert any(line.startswith(f"Skipped {broken}:2: ") for line in lines), err
    assert any(line.startswith(f"Skipped {binary}: ") for line in lines), err


def test_extract_fails_when_nothing_can_be_read(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\xfa not utf-8 \xc3")
    code, _, err = run("extract", str(bad))
    assert code == 1
    assert err.splitlines()[-1] == "Error: none of the 1 inputs could be read (reasons above)"


def test_extract_rejects_a_file_over_the_size_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Drones were shot down. " * 100)
    small = tmp_path / "small.txt"
    small.write_text("Two drones were shot down over the Kursk region.")
    code, out, err = run("extract", "--max-bytes", "1000", str(big), str(small))
    assert code == 0
    assert len(out.splitlines()) == 1
    assert f"Skipped {big}: " in err
    assert "limit" in err


def test_extract_names_a_missing_path() -> None:
    code, _, err = run("extract", "no/such/file.txt")
    assert code == 1
    assert err.startswith("Error: ")
    assert "no/such/file.txt" in err


def test_check_prints_the_audit_of_the_seed() -> None:
    code, out, _ = run("check", str(SEED))
    assert code == 0
    for expected in (
        "Claim 1: impact",
        "Krasnodar Krai (RU-KDA, admin1)",
        "sites: 9  “nine”",
        "00:45 (UTC+03:00), date not stated  “around 00:45 MSK”",
        "fire  “",
        "evacuation  “evacuation”",
        "injured: 0  “no injuries”",
        "killed: not stated",
        "Claim 2: interception, by Russian Ministry of Defense",
        "destroyed: 83  “83”",
        "breakdown (partial):",
        "64  Bryansk Oblast (RU-BRY, admin1)  “Bryansk Oblast”",
        "9  Kaluga Oblast (RU-KLU, admin1)  “Kaluga Oblast”",
        "5  Smolensk Oblast (RU-SMO, admin1)  “Smolensk Oblast”",
        "78  in all",
        "breakdown_sum_mismatch: the breakdown adds up to 78, 5 fewer than the stated 83",
        "anonymous_source: this claim rests on unnamed sources: “exclusive channels”",
        "Claim 3: interception, by Sergei Sobyanin",
        "sourcing: Sergei Sobyanin (named official), verification unverified",
        "unverified_claim: the document says this claim is not verified: "
        "“has not been independently verified”",
        "privileged access",
    ):
        assert expected in out, expected


def _ingest(db: Path, *paths: Path) -> tuple[int, str, str]:
    return run("--db", str(db), "ingest", *map(str, paths))


def test_ingest_stores_the_sample_and_prints_a_summary(tmp_path: Path) -> None:
    db = tmp_path / "dw.db"
    code, out, _ = _ingest(db, SEED, POSTS)
    assert code == 0
    assert "Read 81 documents from 2 inputs" in out
    assert "new: 81, already stored: 0, rejected inputs: 0, not stored: 0" in out
    assert "The store now holds 81 documents:" in out
    assert "breakdown_sum_mismatch" in out


def test_ingesting_twice_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "dw.db"
    _ingest(db, SEED, POSTS)
    before = content_digest(db)
    code, out, _ = _ingest(db, SEED, POSTS)
    assert code == 0
    assert "new: 0, already stored: 81" in out
    assert content_digest(db) == before


def test_claims_filters_and_prints_a_table_or_json(tmp_path: Path) -> None:
    db = tmp_path / "dw.db"
    _ingest(db, SEED, POSTS)
    code, out, _ = run("--db", str(db), "claims", "--type", "interception", "--place", "RU-BRY")
    assert code == 0
    assert "RU-BRY 64, RU-KLU 9, RU-SMO 5" in out
    code, out, _ = run("--db", str(db), "claims", "--has-finding", "breakdown_sum_mismatch", "--json")
    rows = [json.loads(x) for x in out.splitlines()]
    assert any(r["destroyed"]["value"] == 83 for r in rows)
    assert all("breakdown_sum_mismatch" in {f["kind"] for f in r["findings"]} for r in rows)


def test_claims_refuses_a_reversed_date_range(tmp_path: Path) -> None:
    code, _, err = run(
        "--db", str(tmp_path / "x.db"), "claims", "--since", "2025-02-01", "--until", "2025-01-01"
    )
    assert code == 1
    assert err == "Error: --since 2025-02-01 is after --until 2025-01-01; swap them\n"


def test_export_csv_and_jsonl(tmp_path: Path) -> None:
    db = tmp_path / "dw.db"
    _ingest(db, SEED)
    code, out, err = run("--db", str(db), "export", "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["admin1"] for r in rows} >= {"RU-BRY", "RU-KLU", "RU-SMO", "RU-KDA"}
    assert err.startswith("Exported ")
    code, out, _ = run("--db", str(db), "export", "--format", "jsonl")
    assert len(out.splitlines()) == 3


def test_schema_prints_the_json_schema() -> None:
    code, out, _ = run("schema")
    assert code == 0
    assert json.loads(out)["$id"] == "urn:dronewatch:extract-v1"


def test_a_database_in_a_missing_directory_is_an_error(tmp_path: Path) -> None:
    code, _, err = run("--db", str(tmp_path / "nope" / "x.db"), "claims")
    assert code == 1
    assert err.startswith("Error: ")
    assert "nope" in err


def _documents_and_claims(db: Path) -> tuple[list[str], int]:
    with sqlite3.connect(db) as conn:
        hashes = [r[0] for r in conn.execute("SELECT content_hash FROM documents")]
        claims = conn.execute("SELECT count(*) FROM claims").fetchone()[0]
    conn.close()
    return hashes, claims


def test_a_killed_ingest_resumes_without_duplicates_or_partial_documents(tmp_path: Path) -> None:
    # Many distinct documents, so that the process is killed while it is still writing.
    source = tmp_path / "many.jsonl"
    base = POSTS.read_text(encoding="utf-8").splitlines()
    with source.open("w", encoding="utf-8") as out:
        for i in range(DOCUMENTS):
            row = json.loads(base[i % len(base)])
            row["id"] = f"n{i}"
            row["text"] = f"{row['text']}\n\n#{i}"
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    db = tmp_path / "dw.db"
    command = [sys.executable, "-m", "dronewatch", "--db", str(db), "ingest", str(source)]
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if db.exists() and process.poll() is None:
            try:
                if len(_documents_and_claims(db)[0]) >= 100:
                    break
            except sqlite3.OperationalError:
                pass
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    partial, _ = _documents_and_claims(db)
    assert 0 < len(partial) < DOCUMENTS, "the kill must land mid-ingest"
    code = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, check=False)
    assert code.returncode == 0, code.stderr
    hashes, claims = _documents_and_claims(db)
    assert len(hashes) == len(set(hashes)) == DOCUMENTS
    # every document is whole: its stored claims are exactly what a fresh extraction gives
    fresh = tmp_path / "fresh.db"
    subprocess.run([*command[:4], str(fresh), *command[5:]], check=True, capture_output=True, env=env)
    assert _documents_and_claims(fresh)[1] == claims
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_place_resolves_names_and_phrases_as_json() -> None:
    code, out, _ = run("place", "--json", "Кубани", "над территорией Брянской области", "Nowhereville")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["query"] for r in rows] == ["Кубани", "над территорией Брянской области", "Nowhereville"]
    assert rows[0]["candidates"][0]["id"] == "RU-KDA"
    assert set(rows[0]["candidates"][0]) == {"id", "admin1", "level", "name", "lat", "lon", "score", "why"}
    assert rows[1]["candidates"][0]["id"] == "RU-BRY"
    assert rows[2]["candidates"] == []


def test_place_reads_names_from_stdin() -> None:
    code, out, _ = run("place", "-", input="Крым\nДНР\n")
    assert code == 0
    assert "UA-43  Crimea (admin1, UA-43)" in out
    assert "UA-14  Donetsk Oblast" in out
