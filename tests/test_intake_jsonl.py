"""JSON Lines: one document per line, ids echoed, and each bad line rejected on its own."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from dronewatch.intake import Rejected, read
from dronewatch.model import Document

DATA = Path(__file__).parent / "data" / "intake" / "jsonl"
MSK = timezone(timedelta(hours=3))


def test_good_lines_with_provenance() -> None:
    path = DATA / "reports.jsonl"
    items = list(read([str(path)]))
    assert all(isinstance(item, Document) for item in items)
    wire, numeric, hashed, odd = (item for item in items if isinstance(item, Document))

    assert (wire.id, wire.origin, wire.lang, wire.source, wire.url) == (
        "wire-0001",
        f"{path}:1",
        "en",
        "Example Wire",
        "https://wire.example.org/a/0001",
    )
    assert wire.published_at == datetime(2024, 11, 10, 15, 55, 20, tzinfo=MSK)

    assert (numeric.id, numeric.lang, numeric.origin) == ("42", "ru", f"{path}:2")  # id stringified
    assert numeric.published_at == datetime(2024, 11, 10, tzinfo=UTC)  # a date alone: midnight UTC

    assert hashed.id == hashed.content_hash[:16]
    assert hashed.origin == f"{path}:4"  # the blank line 3 is skipped, the numbering is the file's
    assert hashed.published_at == datetime(2024, 11, 10, 12, tzinfo=UTC)
    assert (hashed.source, hashed.url) == (None, None)  # "" and null both mean "not given"

    assert (
        odd.text == "Air\u00adraid 🛩\ufe0f over Kyiv \u200fקייב\u200e: 3\u00a0drones, cafe\u0301 hit."
        "\u2028Second line."
    )


def test_each_bad_line_is_one_rejection_and_the_good_lines_come_through() -> None:
    path = DATA / "mixed.jsonl"
    got = [(type(item).__name__, item.origin) for item in read([str(path)])]
    assert got == [
        ("Document", f"{path}:1"),
        ("Rejected", f"{path}:2"),
        ("Rejected", f"{path}:3"),
        ("Rejected", f"{path}:4"),
        ("Rejected", f"{path}:5"),
        ("Rejected", f"{path}:6"),
        ("Rejected", f"{path}:7"),
        ("Document", f"{path}:8"),
        ("Rejected", f"{path}:9"),
    ]
    reasons = {item.origin: item.reason for item in read([str(path)]) if isinstance(item, Rejected)}
    assert reasons == {
        f"{path}:2": "the line is not valid JSON (Expecting ',' delimiter at column 56); "
        "write one object a line",
        f"{path}:3": 'the line holds an array, not an object; write one a line, like {"text": "..."}',
        f"{path}:4": 'the object has no "text" field; every line needs one, like {"text": "..."}',
        f"{path}:5": '"text" is empty; give the document text or leave the line out',
        f"{path}:6": "\"published_at\" '10/11/2024' is not an ISO 8601 date or time; "
        "write it like 2024-11-10 or 2024-11-10T15:55:20+03:00",
        f"{path}:7": "text contains an unpaired surrogate (a lone \\ud800-\\udfff escape); "
        "fix the escaping where the file was written",
        f"{path}:9": "\"published_at\" '2024-11-10T15:55:20' has a time but no UTC offset; "
        "add one such as +03:00 or Z",
    }


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        pytest.param(
            b'{"text": "x", "id": true}', '"id" must be a string or an integer, not true/false', id="id-bool"
        ),
        pytest.param(
            b'{"text": "x", "id": {"a": 1}}',
            '"id" must be a string or an integer, not an object',
            id="id-obj",
        ),
        pytest.param(b'{"text": "x", "id": " "}', '"id" is empty; give a non-empty id', id="id-empty"),
        pytest.param(
            b'{"text": "x", "id": "\\ud800"}', '"id" contains an unpaired surrogate', id="id-surrogate"
        ),
        pytest.param(b'{"text": "x", "lang": "de"}', "\"lang\" must be en, ru or uk, not 'de'", id="lang"),
        pytest.param(b'{"text": "x", "url": 5}', '"url" must be a string or null, not a number', id="url"),
        pytest.param(b'{"text": ["x"]}', '"text" must be a string, not an array', id="text-list"),
        pytest.param(
            b'{"text": "\xff"}', "the line is not valid UTF-8; save the file as UTF-8", id="not-utf8"
        ),
        pytest.param(b"[" * 100_000, "the line is not JSON that can be read", id="deep-nesting"),
        pytest.param(
            b'{"text": "x", "published_at": 20241110}', '"published_at" must be a string', id="date-num"
        ),
        pytest.param(b"null", "the line holds null, not an object", id="null"),
    ],
)
def test_bad_line_between_good_ones(tmp_path: Path, line: bytes, reason: str) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_bytes(
        b'{"id": "first", "text": "One drone."}\n' + line + b'\n{"id": "last", "text": "Two."}\n'
    )
    first, rejected, last = read([str(path)])
    assert isinstance(first, Document)
    assert isinstance(rejected, Rejected)
    assert isinstance(last, Document)
    assert rejected.origin == f"{path}:2"
    assert reason in rejected.reason
    assert [first.id, last.id] == ["first", "last"]


def test_bom_crlf_and_extra_fields(tmp_path: Path) -> None:
    path = tmp_path / "windows.jsonl"
    path.write_bytes(
        b'\xef\xbb\xbf{"text": "One drone.", "nested": {"deep": [1, 2]}}\r\n{"text": "Two."}\r\n'
    )
    items = list(read([str(path)]))
    assert [item.text for item in items if isinstance(item, Document)] == ["One drone.", "Two."]


@pytest.mark.parametrize("content", [b"", b"\n\n  \n"])
def test_a_file_without_lines_is_rejected(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_bytes(content)
    assert list(read([str(path)])) == [
        Rejected(str(path), 'the file is empty; JSON Lines needs one object a line, like {"text": "..."}')
    ]


def test_a_binary_file_is_one_rejection(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 4)
    assert list(read([str(path)])) == [
        Rejected(str(path), "the file looks binary (it contains NUL bytes), not like JSON Lines")
    ]
