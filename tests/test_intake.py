"""The intake package as the CLI sees it: `read` over files, directories and stdin, and its limits."""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
import tracemalloc
from datetime import UTC, datetime
from inspect import ismodule
from pathlib import Path

import pytest

import dronewatch.intake as intake
from dronewatch.intake import FORMATS, MAX_BYTES, IntakeError, Rejected, make_document, read
from dronewatch.model import Document

DATA = Path(__file__).parent / "data" / "intake"
GOOD_TEXT = "Two drones were shot down over the Belgorod region overnight.\n"


def documents(items: list[Document | Rejected]) -> list[Document]:
    return [item for item in items if isinstance(item, Document)]


def rejections(items: list[Document | Rejected]) -> list[Rejected]:
    return [item for item in items if isinstance(item, Rejected)]


# --- the public interface ---------------------------------------------------------------------


def test_all_lists_exactly_the_public_names() -> None:
    public = {
        name for name, value in vars(intake).items() if not name.startswith("_") and not ismodule(value)
    }
    assert sorted(intake.__all__) == sorted(public)
    assert set(intake.__all__) == {"FORMATS", "MAX_BYTES", "IntakeError", "Rejected", "make_document", "read"}


def test_constants() -> None:
    assert FORMATS == ("auto", "text", "markdown", "html", "jsonl", "telegram", "feed")
    assert MAX_BYTES == 50 * 1024 * 1024


def test_make_document_addresses_text_by_its_hash() -> None:
    text = "Сбиты 12 беспилотников.\n"
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    document = make_document(text, origin="x.txt")
    assert (document.id, document.content_hash, document.text, document.origin) == (
        digest[:16],
        digest,
        text,
        "x.txt",
    )
    assert make_document(text, id="given").id == "given"
    assert make_document(text, id="given").content_hash == digest


def test_make_document_refuses_naive_datetimes() -> None:
    with pytest.raises(IntakeError, match="published_at must be timezone-aware"):
        make_document("x", published_at=datetime(2024, 11, 10, 15, 55))
    aware = make_document("x", edited_at=datetime(2024, 11, 10, tzinfo=UTC))
    assert aware.edited_at == datetime(2024, 11, 10, tzinfo=UTC)


def test_unknown_format_is_a_programming_error_that_lists_the_choices() -> None:
    with pytest.raises(IntakeError, match=r"unknown input format 'pdf'; choose one of auto, text, markdown"):
        read([str(DATA / "text" / "report-en.txt")], input_format="pdf")


def test_missing_path_raises_at_call_time_naming_the_path(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "report.txt"
    with pytest.raises(IntakeError, match=f"no such file or directory: {missing}"):
        read([str(DATA / "text" / "report-en.txt"), str(missing)])  # not iterated: the call itself raises


def test_a_single_string_is_not_taken_for_a_list_of_paths() -> None:
    with pytest.raises(IntakeError, match="paths must be a list of paths"):
        read(str(DATA / "text" / "report-en.txt"))


def test_limit_below_one_byte_is_refused() -> None:
    with pytest.raises(IntakeError, match="max_bytes must be at least 1, not 0"):
        read([], max_bytes=0)


# --- directories ---------------------------------------------------------------------------------


def test_directories_are_read_depth_first_in_name_order_skipping_hidden(tmp_path: Path) -> None:
    root = tmp_path / "reports"
    for relative in [
        "b.txt",
        "a/z.txt",
        "a/b/c.txt",
        "a-b.txt",
        "Z.txt",
        ".hidden.txt",
        ".git/c.txt",
        "a/.x/y.txt",
    ]:
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Report {relative}: one drone downed.\n", encoding="utf-8")
    first = [item.origin for item in read([str(root)])]
    assert first == [str(root / name) for name in ["Z.txt", "a/b/c.txt", "a/z.txt", "a-b.txt", "b.txt"]]
    assert [item.origin for item in read([str(root)])] == first


def test_paths_are_read_in_the_order_given_and_hidden_files_named_explicitly_are_read(tmp_path: Path) -> None:
    hidden = tmp_path / ".draft.txt"
    hidden.write_text(GOOD_TEXT, encoding="utf-8")
    origins = [item.origin for item in read([str(DATA / "text" / "report-uk.md"), str(hidden)])]
    assert origins == [str(DATA / "text" / "report-uk.md"), str(hidden)]


def test_whole_fixture_tree_reads_without_surprises() -> None:
    items = list(read([str(DATA)]))
    assert items == list(read([str(DATA)]))
    origins = [item.origin or "" for item in items]
    # Only the deliberately bad lines of mixed.jsonl are rejected.
    assert {r.origin for r in rejections(items)} == {
        f"{DATA / 'jsonl' / 'mixed.jsonl'}:{line}" for line in (2, 3, 4, 5, 6, 7, 9)
    }
    assert len(documents(items)) == 24
    assert all(origin.startswith(str(DATA)) for origin in origins)


def test_unknown_extensions_are_sniffed(tmp_path: Path) -> None:
    export = {"name": "Mash", "messages": [{"id": 1, "type": "message", "text": "Сбит БПЛА."}]}
    files = {
        "export.dump": json.dumps(export).encode(),
        "lines.log": b'{"text": "One drone downed."}\n{"text": "Two more."}\n',
        "news.data": b'<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>'
        b"<item><title>Drone downed</title></item></channel></rss>",
        "page.out": b"<!DOCTYPE html><html><body><article><p>A drone was downed over Kursk.</p></article>"
        b"</body></html>",
        "xhtml.out": b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body>'
        b"<p>A drone was downed over Kursk.</p></body></html>",
        "notes": b"Plain notes: a drone was downed.\n",
        "photo.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01",
    }
    for name, content in files.items():
        (tmp_path / name).write_bytes(content)
    items = list(read([str(tmp_path)]))
    assert [(item.origin, type(item).__name__) for item in items] == [
        (f"{tmp_path / 'export.dump'}#1", "Document"),  # Telegram: the message id
        (f"{tmp_path / 'lines.log'}:1", "Document"),  # JSON Lines: the line
        (f"{tmp_path / 'lines.log'}:2", "Document"),
        (f"{tmp_path / 'news.data'}#1", "Document"),  # a feed: the entry
        (str(tmp_path / "notes"), "Document"),
        (str(tmp_path / "page.out"), "Document"),
        (str(tmp_path / "photo.png"), "Rejected"),
        (str(tmp_path / "xhtml.out"), "Document"),
    ]
    texts = [item.text if isinstance(item, Document) else item.reason for item in items]
    assert texts[4:] == [
        "Plain notes: a drone was downed.\n",
        "A drone was downed over Kursk.",
        "the file looks binary (it contains NUL bytes); intake reads UTF-8 text only",
        "A drone was downed over Kursk.",
    ]


def test_json_extension_is_telegram_or_json_lines_by_content(tmp_path: Path) -> None:
    (tmp_path / "lines.json").write_text('{"text": "One drone downed."}\n', encoding="utf-8")
    (tmp_path / "other.json").write_text('{"results": []}', encoding="utf-8")
    items = list(read([str(tmp_path)]))
    assert isinstance(items[0], Document)
    assert items[0].origin == f"{tmp_path / 'lines.json'}:1"
    assert isinstance(items[1], Rejected)
    assert 'not a Telegram Desktop export (no "messages" list)' in items[1].reason


def test_pipes_and_links_to_directories_in_a_directory_are_rejected_not_opened(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD_TEXT, encoding="utf-8")
    os.mkfifo(tmp_path / "b.fifo")  # opening it would block: the reader must not
    (tmp_path / "c").symlink_to(DATA / "text", target_is_directory=True)
    items = list(read([str(tmp_path)]))
    assert [type(item) for item in items] == [Document, Rejected, Rejected]
    assert items[1] == Rejected(
        str(tmp_path / "b.fifo"), "not a regular file (a pipe, socket or device), so it was not read"
    )
    assert items[2] == Rejected(
        str(tmp_path / "c"), "a link to a directory is not followed; pass the directory itself"
    )


def test_format_override_applies_to_every_file(tmp_path: Path) -> None:
    page = tmp_path / "saved.txt"
    page.write_text("<html><body><p>A drone was downed over Kursk.</p></body></html>", encoding="utf-8")
    (as_text,) = read([str(page)])
    (as_html,) = read([str(page)], input_format="html")
    assert isinstance(as_text, Document)
    assert as_text.text.startswith("<html>")
    assert isinstance(as_html, Document)
    assert as_html.text == "A drone was downed over Kursk."


# --- one bad input among good ones ---------------------------------------------------------------

BAD_FILES = [
    pytest.param(
        "bad.txt", b"caf\xe9 drones\n", "not valid UTF-8 text (byte 0xe9 on line 1)", id="text-not-utf8"
    ),
    pytest.param("bad.txt", b"drone\x00\x01\x02", "looks binary (it contains NUL bytes)", id="text-binary"),
    pytest.param("bad.txt", "дрон".encode("utf-16"), "the file is UTF-16 text; save it as UTF-8", id="utf16"),
    pytest.param("bad.md", b"", "the file is empty or only whitespace", id="text-empty"),
    pytest.param("bad.txt", b" \n\t\r\n", "the file is empty or only whitespace", id="text-whitespace"),
    pytest.param(
        "bad.html", b"<html><body><script>x()</script></body></html>", "no main text", id="html-no-text"
    ),
    pytest.param("bad.jsonl", b'{"text": "cut', "the line is not valid JSON", id="jsonl-broken"),
    pytest.param("bad.jsonl", b'{"id": 1}', 'the object has no "text" field', id="jsonl-no-text"),
    pytest.param(
        "bad.jsonl", b'"just a string"', "the line holds a string, not an object", id="jsonl-no-object"
    ),
    pytest.param("bad.jsonl", b'{"text": ""}', '"text" is empty', id="jsonl-empty-text"),
    pytest.param(
        "bad.jsonl", b'{"text": "x", "published_at": "yesterday"}', "is not an ISO 8601", id="jsonl-bad-date"
    ),
    pytest.param(
        "bad.jsonl", b'{"text": "a \\udc80 b"}', "text contains an unpaired surrogate", id="jsonl-surrogate"
    ),
    pytest.param(
        "result.json", b"{not json", "not valid JSON (Expecting property name", id="telegram-broken"
    ),
    pytest.param("result.json", b'{"name": "Mash"}', 'no "messages" list', id="telegram-no-messages"),
    pytest.param("bad.rss", b"this is not a feed", "not a readable RSS or Atom feed", id="feed-not-xml"),
    pytest.param(
        "bad.xml", b"<rss><channel><title>cut", "not a readable RSS or Atom feed", id="feed-truncated"
    ),
]


@pytest.mark.parametrize(("name", "content", "reason"), BAD_FILES)
def test_one_bad_file_is_one_rejection_and_the_batch_goes_on(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    (tmp_path / "1-before.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (tmp_path / "2").mkdir()
    (tmp_path / "2" / name).write_bytes(content)
    (tmp_path / "3-after.txt").write_text(GOOD_TEXT, encoding="utf-8")
    items = list(read([str(tmp_path)]))
    (rejected,) = rejections(items)
    assert rejected.origin.startswith(str(tmp_path / "2" / name))
    assert reason in rejected.reason
    assert [d.origin for d in documents(items)] == [
        str(tmp_path / "1-before.txt"),
        str(tmp_path / "3-after.txt"),
    ]


# --- size limit ----------------------------------------------------------------------------------


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(1024 * 1024 * 1024)  # a sparse gigabyte: costs no disk, would cost memory if read
    tracemalloc.start()
    try:
        items = list(read([str(huge), str(DATA / "text" / "report-en.txt")]))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 5 * 1024 * 1024
    assert items[0] == Rejected(
        str(huge), "file is 1024 MB, over the 50 MB limit; split it or pass a larger --max-bytes"
    )
    assert isinstance(items[1], Document)


def test_the_limit_is_inclusive(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(b"x" * 100)
    assert isinstance(next(read([str(path)], max_bytes=100)), Document)
    assert next(read([str(path)], max_bytes=99)) == Rejected(
        str(path), "file is 100 bytes, over the 99 bytes limit; split it or pass a larger --max-bytes"
    )


def test_stdin_over_the_limit_is_refused() -> None:
    (item,) = read(["-"], max_bytes=10, stdin=io.BytesIO(b"x" * 11))
    assert item == Rejected(
        "<stdin>", "input is over the 10 bytes limit; split it or pass a larger --max-bytes"
    )


# --- stdin ---------------------------------------------------------------------------------------

JSONL_INPUT = b'{"id": "a", "text": "One drone downed."}\n\n{"id": "b", "text": "Two drones downed."}\n'


def test_stdin_of_json_objects_with_text_is_json_lines() -> None:
    items = list(read(["-"], stdin=io.BytesIO(JSONL_INPUT)))
    assert [(d.id, d.origin) for d in documents(items)] == [("a", "<stdin>:1"), ("b", "<stdin>:3")]


def test_stdin_of_prose_is_one_text_document() -> None:
    text = "Ночью сбиты 12 беспилотников.\n{not json}\n"
    (item,) = read(["-"], stdin=io.BytesIO(text.encode("utf-8")))
    assert isinstance(item, Document)
    assert (item.text, item.origin) == (text, "<stdin>")


def test_stdin_json_lines_with_a_bad_line_rejects_only_that_line() -> None:
    items = list(read(["-"], stdin=io.BytesIO(b'{"text": "One drone."}\n{"text": \n{"text": "Two."}\n')))
    assert [type(i) for i in items] == [Document, Rejected, Document]
    assert items[1].origin == "<stdin>:2"


def test_stdin_format_can_be_overridden() -> None:
    (as_text,) = read(["-"], input_format="text", stdin=io.BytesIO(JSONL_INPUT))
    assert isinstance(as_text, Document)
    assert as_text.text == JSONL_INPUT.decode()
    prose = io.BytesIO(b"Two drones downed.\n")
    (as_jsonl,) = read(["-"], input_format="jsonl", stdin=prose)
    assert isinstance(as_jsonl, Rejected)
    assert as_jsonl.origin == "<stdin>:1"


def test_stdin_defaults_to_the_process_stdin() -> None:
    script = "from dronewatch.intake import read\nfor item in read(['-']): print(item.id, item.origin)"
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", script], input=JSONL_INPUT, capture_output=True, check=True
    )
    assert result.stdout.decode().splitlines() == ["a <stdin>:1", "b <stdin>:3"]


def test_times_do_not_depend_on_the_local_time_zone() -> None:
    script = (
        "from dronewatch.intake import read\n"
        "for item in read(['tests/data/intake/telegram/result.json']): print(item.published_at.isoformat())"
    )
    outputs = set()
    for zone in ("UTC", "Pacific/Auckland", "America/Los_Angeles"):
        result = subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "TZ": zone},
            cwd=Path(__file__).parent.parent,
            capture_output=True,
            check=True,
        )
        outputs.add(result.stdout)
    assert len(outputs) == 1
    assert outputs.pop().decode().splitlines()[0] == "2024-10-31T23:33:45+00:00"
