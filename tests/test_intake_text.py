"""Plain text and Markdown: the text exactly as decoded, or a rejection that says why not."""

from __future__ import annotations

import hashlib
import unicodedata
from pathlib import Path

import pytest

from dronewatch.intake import Rejected, read
from dronewatch.model import Document

DATA = Path(__file__).parent / "data" / "intake" / "text"


def read_one(path: Path, input_format: str = "auto") -> Document | Rejected:
    (item,) = read([str(path)], input_format=input_format)
    return item


def test_plain_text_is_one_document_with_provenance() -> None:
    path = DATA / "report-en.txt"
    document = read_one(path)
    raw = path.read_bytes()
    assert isinstance(document, Document)
    assert document.text == raw.decode("utf-8")
    assert document.content_hash == hashlib.sha256(raw).hexdigest()
    assert document.id == document.content_hash[:16]
    assert document.origin == str(path)
    assert (document.published_at, document.url, document.lang, document.source) == (None, None, None, None)


def test_markdown_keeps_its_markup() -> None:
    document = read_one(DATA / "report-uk.md")
    assert isinstance(document, Document)
    assert document.text.startswith("# Нічна атака\n\nВночі сили ППО збили **18** ударних БПЛА")
    assert document.text.endswith("- Постраждалих немає.\n")


def test_odd_unicode_survives_exactly() -> None:
    raw = (DATA / "odd-unicode.txt").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    document = read_one(DATA / "odd-unicode.txt")
    assert isinstance(document, Document)
    assert document.text == raw[3:].decode("utf-8")  # the BOM dropped, nothing else touched
    for kept in ("\u00ad", "\u200f", "\u200e", "\u00a0", "\r\n", "Cafe\u0301", "👩\u200d🚒", "🛩\ufe0f"):
        assert kept in document.text
    assert unicodedata.normalize("NFC", document.text) != document.text  # not normalised


def test_format_override_reads_any_extension_as_text(tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    path.write_text("<p>kept as text</p>", encoding="utf-8")
    document = read_one(path, input_format="text")
    assert isinstance(document, Document)
    assert document.text == "<p>kept as text</p>"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        pytest.param(
            b"line one\nline two caf\xe9\n",
            "not valid UTF-8 text (byte 0xe9 on line 2); save the file as UTF-8, "
            "or pass --input-format html if it is a web page",
            id="cp1252",
        ),
        pytest.param(
            b"\xed\xa0\x80 encoded surrogate",
            "not valid UTF-8 text (byte 0xed on line 1); save the file as UTF-8, "
            "or pass --input-format html if it is a web page",
            id="surrogate-bytes",
        ),
        pytest.param(
            b"PK\x03\x04\x14\x00\x00\x00",
            "the file looks binary (it contains NUL bytes); intake reads UTF-8 text only",
            id="zip",
        ),
        pytest.param(
            "Сбит дрон".encode("utf-16"),
            "the file is UTF-16 text; save it as UTF-8 and read it again",
            id="utf16",
        ),
        pytest.param(b"", "the file is empty or only whitespace; there is no text to read", id="empty"),
        pytest.param(
            "\u00a0\u2003\n \t".encode(),
            "the file is empty or only whitespace; there is no text to read",
            id="blank",
        ),
        pytest.param(
            b"\x01\x02\x03\x04\x05\x06\x07\x08abc",
            "the file looks binary (73% of it is control characters); intake reads text only",
            id="controls",
        ),
    ],
)
def test_unreadable_text_is_rejected_with_the_reason(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(content)
    assert read_one(path) == Rejected(str(path), reason)


def test_a_few_control_characters_are_still_text(tmp_path: Path) -> None:
    text = "Page one\f\x1b[1mBold\x1b[0m report: 3 drones downed over Kursk overnight.\n"
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    document = read_one(path)
    assert isinstance(document, Document)
    assert document.text == text
