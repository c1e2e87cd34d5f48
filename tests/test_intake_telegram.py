"""Telegram Desktop exports: one document per text message, timed by date_unixtime, with its ids."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from dronewatch.intake import Rejected, read
from dronewatch.model import Document

EXPORT = Path(__file__).parent / "data" / "intake" / "telegram" / "result.json"


def load_export() -> dict[str, Any]:
    export: dict[str, Any] = json.loads(EXPORT.read_text(encoding="utf-8"))
    return export


def write_export(tmp_path: Path, export: Any, name: str = "result.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(export), encoding="utf-8")  # ASCII escapes: lone surrogates survive
    return path


def messages(path: Path) -> list[Document]:
    items = list(read([str(path)]))
    assert all(isinstance(item, Document) for item in items), items
    return [item for item in items if isinstance(item, Document)]


def test_one_document_per_text_message_with_provenance() -> None:
    documents = messages(EXPORT)
    # 58881 is a service message (a pin) and 58896 a photo without a caption: skipped, not rejected.
    assert [d.message_id for d in documents] == ["58880", "58895", "58930", "58931"]
    assert [d.origin for d in documents] == [f"{EXPORT}#{i}" for i in ("58880", "58895", "58930", "58931")]
    assert {(d.channel, d.source, d.url) for d in documents} == {
        ("Mash", "Mash", None)
    }  # no username: no URL
    assert all(d.id == d.content_hash[:16] for d in documents)
    assert documents[0].text.startswith("Четыре украинских беспилотника уничтожены в Брянске.")


def test_times_come_from_date_unixtime_never_from_date() -> None:
    first = load_export()["messages"][0]
    # The fixture's "date" is the same moment in Moscow local time, with no offset: three hours off.
    assert (first["date"], first["date_unixtime"]) == ("2024-11-01T02:33:45", "1730417625")
    (document, *_) = messages(EXPORT)
    assert document.published_at == datetime(2024, 10, 31, 23, 33, 45, tzinfo=UTC)
    assert document.edited_at is None


def test_an_edited_message_keeps_its_edit_time() -> None:
    edited = {d.message_id: d for d in messages(EXPORT)}["58930"]
    assert edited.published_at == datetime(2024, 11, 10, 5, 40, 18, tzinfo=UTC)
    assert edited.edited_at == datetime(2024, 11, 10, 5, 52, 3, tzinfo=UTC)


def test_text_given_as_strings_and_entities_is_their_visible_text_concatenated() -> None:
    raw = next(m for m in load_export()["messages"] if m["id"] == 58895)
    assert raw["text"][1] == {"type": "text_link", "text": "Брянской,", "href": "https://t.me/mash/58888"}
    document = {d.message_id: d for d in messages(EXPORT)}["58895"]
    assert "36 БПЛА сбили в Курской области, 20 — в Брянской, 12 — в Крыму.\n\n❗️ Подписывайся на Mash" in (
        document.text
    )
    assert "https://" not in document.text
    assert "[" not in document.text
    assert document.text.endswith("Подписывайся на Mash")


def test_mixed_entity_kinds(tmp_path: Path) -> None:
    export = {
        "name": "Test channel",
        "messages": [
            {
                "id": 7,
                "type": "message",
                "date_unixtime": "1731254120",
                "text": [
                    {"type": "bold", "text": "Срочно"},
                    "\n\nСбиты ",
                    {"type": "italic", "text": "три"},
                    " дрона. ",
                    {"type": "hashtag", "text": "#Курск"},
                    " ",
                    {"type": "mention", "text": "@example"},
                    {"type": "custom_emoji", "text": "🔥", "document_id": "x.webp"},
                ],
            }
        ],
    }
    (document,) = messages(write_export(tmp_path, export))
    assert document.text == "Срочно\n\nСбиты три дрона. #Курск @example🔥"
    assert document.published_at == datetime(2024, 11, 10, 15, 55, 20, tzinfo=UTC)


@pytest.mark.parametrize("username", ["mash", "@mash"])
def test_a_username_in_the_export_gives_message_urls(tmp_path: Path, username: str) -> None:
    export = load_export()
    export["username"] = username
    documents = messages(write_export(tmp_path, export))
    assert [d.url for d in documents] == [f"https://t.me/mash/{i}" for i in (58880, 58895, 58930, 58931)]


def test_a_message_s_own_channel_wins_over_the_export_name(tmp_path: Path) -> None:
    export = {"name": "Merged", "messages": [{"id": 1, "type": "message", "text": "x", "channel": "SHOT"}]}
    (document,) = messages(write_export(tmp_path, export))
    assert (document.channel, document.source, document.published_at) == ("SHOT", "SHOT", None)


def test_a_whole_account_export_reads_every_chat(tmp_path: Path) -> None:
    chat = load_export()
    other = {
        "name": "Other",
        "type": "public_channel",
        "messages": [{"id": 5, "type": "message", "text": "y"}],
    }
    path = write_export(tmp_path, {"about": "…", "chats": {"about": "…", "list": [chat, other]}})
    assert [(d.channel, d.message_id) for d in messages(path)][-2:] == [("Mash", "58931"), ("Other", "5")]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        pytest.param(
            b'{"name": "Mash", "messages": [',
            "not valid JSON (Expecting value at line 1, column 31); export the chat with Telegram Desktop",
            id="truncated",
        ),
        pytest.param(b"[1, 2]", 'not a Telegram Desktop export (no "messages" list)', id="array"),
        pytest.param(
            b'{"messages": {"a": 1}}', 'not a Telegram Desktop export (no "messages" list)', id="dict"
        ),
        pytest.param(b"\xff\xfe{\x00", "the file is UTF-16 text; save it as UTF-8", id="utf16"),
    ],
)
def test_a_broken_export_is_one_rejection(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "result.json"
    path.write_bytes(content)
    (rejected,) = read([str(path)])
    assert isinstance(rejected, Rejected)
    assert rejected.origin == str(path)
    assert reason in rejected.reason


@pytest.mark.parametrize(
    ("message", "origin", "reason"),
    [
        pytest.param(
            {"id": 2, "type": "message", "text": 42},
            "#2",
            "the message text is neither a string nor a list",
            id="text",
        ),
        pytest.param(
            {"id": 2, "type": "message", "text": ["a", {"type": "bold"}]},
            "#2",
            "a text entity has no string text",
            id="entity",
        ),
        pytest.param(
            {"id": 2, "type": "message", "text": "a \ud800 b"},
            "#2",
            "the message text contains an unpaired surrogate",
            id="surrogate",
        ),
        pytest.param(
            {"id": 2, "type": "message", "text": "x", "date_unixtime": "yesterday"},
            "#2",
            '"date_unixtime" must be whole seconds since 1970',
            id="date",
        ),
        pytest.param(
            {"id": 2, "type": "message", "text": "x", "edited_unixtime": "99999999999999999"},
            "#2",
            "\"edited_unixtime\" '99999999999999999' is out of range",
            id="edited",
        ),
        pytest.param(
            {"type": "message", "text": "x"}, "#messages[1]", 'the message has no numeric "id"', id="no-id"
        ),
        pytest.param("just a string", "#messages[1]", "the message is not a JSON object", id="not-object"),
    ],
)
def test_a_damaged_message_is_rejected_and_the_others_read(
    tmp_path: Path, message: Any, origin: str, reason: str
) -> None:
    export = {
        "name": "Mash",
        "messages": [
            {"id": 1, "type": "message", "text": "a"},
            message,
            {"id": 3, "type": "message", "text": "c"},
        ],
    }
    path = write_export(tmp_path, export)
    first, rejected, last = read([str(path)])
    assert isinstance(rejected, Rejected)
    assert rejected.origin == f"{path}{origin}"
    assert reason in rejected.reason
    assert isinstance(first, Document)
    assert isinstance(last, Document)
    assert (first.message_id, last.message_id) == ("1", "3")


def test_an_export_without_text_messages_yields_nothing(tmp_path: Path) -> None:
    export = {
        "name": "Quiet",
        "messages": [{"id": 1, "type": "service", "action": "create_channel", "text": ""}],
    }
    assert list(read([str(write_export(tmp_path, export))])) == []
