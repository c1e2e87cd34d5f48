"""Telegram Desktop exports (``result.json``): one document per message with text.

A single-chat export is an object with a ``messages`` list; a whole-account export keeps its chats
under ``chats.list``. Both are read. Times come from ``date_unixtime`` (UTC); ``date`` is the
exporting computer's local time with no offset, so it is never used.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from dronewatch.intake._common import BadInput, Rejected, check_encodable, decode_text, make_document
from dronewatch.model import Document

_USERNAME = re.compile(r"[A-Za-z][A-Za-z0-9_]{3,31}")  # Telegram's rule for public usernames
_HOW = "export the chat with Telegram Desktop (Export chat history, format JSON) and pass its result.json"


def read_telegram(data: bytes, origin: str) -> Iterator[Document | Rejected]:
    """Yield one document per text message; one `Rejected` for the file if it is not an export."""
    try:
        chats = _chats(_load(data))
    except BadInput as err:
        yield Rejected(origin, err.reason)
        return
    for chat in chats:
        for index, message in enumerate(chat["messages"]):
            where = f"{origin}#{_message_key(message, index)}"
            try:
                document = _document(chat, message, where)
            except BadInput as err:
                yield Rejected(where, err.reason)
                continue
            if document is not None:
                yield document


def looks_like_telegram(data: bytes) -> bool:
    """Whether the bytes are a JSON object with a ``messages`` list (or ``chats.list``)."""
    try:
        _chats(_load(data))
    except BadInput:
        return False
    return True


def _load(data: bytes) -> Any:
    text = decode_text(data)
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        where = f"line {err.lineno}, column {err.colno}"
        raise BadInput(f"not valid JSON ({err.msg} at {where}); {_HOW}") from None
    except (ValueError, RecursionError):
        raise BadInput(f"not JSON that can be read (a huge number or deep nesting); {_HOW}") from None


def _chats(root: Any) -> list[dict[str, Any]]:
    if isinstance(root, dict) and isinstance(root.get("messages"), list):
        return [root]
    listed = root.get("chats") if isinstance(root, dict) else None
    chats = listed.get("list") if isinstance(listed, dict) else None
    if isinstance(chats, list):
        return [chat for chat in chats if isinstance(chat, dict) and isinstance(chat.get("messages"), list)]
    raise BadInput(f'not a Telegram Desktop export (no "messages" list); {_HOW}')


def _message_key(message: Any, index: int) -> str:
    """The message id for origins; the list position when the message has no usable id."""
    ident = message.get("id") if isinstance(message, dict) else None
    if isinstance(ident, int) and not isinstance(ident, bool):
        return str(ident)
    return f"messages[{index}]"


def _document(chat: dict[str, Any], message: Any, where: str) -> Document | None:
    """The message as a document; ``None`` for service messages and messages without text."""
    if not isinstance(message, dict):
        raise BadInput("the message is not a JSON object; the export looks damaged, " + _HOW)
    if message.get("type") != "message":
        return None  # joins, pins, calls: the export's own bookkeeping, not reports
    text = _text(message["text"] if "text" in message else message.get("text_entities", ""))
    if not text.strip():
        return None  # a photo or sticker without a caption
    check_encodable(text, "the message text")
    ident = message.get("id")
    if not isinstance(ident, int) or isinstance(ident, bool):
        raise BadInput(f'the message has no numeric "id" (found {ident!r}); the export looks damaged')
    channel = _name(message.get("channel")) or _name(chat.get("name"))
    username = _name(chat.get("username"))
    username = username.removeprefix("@") if username else None
    return make_document(
        text,
        published_at=_unixtime(message, "date_unixtime"),
        source=channel,
        url=f"https://t.me/{username}/{ident}" if username and _USERNAME.fullmatch(username) else None,
        channel=channel,
        message_id=str(ident),
        edited_at=_unixtime(message, "edited_unixtime"),
        origin=where,
    )


def _text(raw: Any) -> str:
    """Concatenate a message's text: a string, or strings mixed with ``{type, text, href?}`` entities."""
    if isinstance(raw, str):
        return raw
    if not isinstance(raw, list):
        raise BadInput("the message text is neither a string nor a list of strings and entities")
    parts: list[str] = []
    for part in raw:
        if isinstance(part, str):
            parts.append(part)
        elif isinstance(part, dict) and isinstance(part.get("text"), str):
            # For text_link and mention entities the visible words are "text"; "href" is not read.
            parts.append(part["text"])
        else:
            raise BadInput(f"a text entity has no string text (found {part!r}); the export looks damaged")
    return "".join(parts)


def _unixtime(message: dict[str, Any], field: str) -> datetime | None:
    raw = message.get(field)
    if raw is None:
        return None
    # Telegram writes seconds as a string ("1731254120"); accept a bare integer too.
    digits = isinstance(raw, str) and raw.isascii() and raw.isdigit()
    if isinstance(raw, bool) or not (isinstance(raw, int) or digits):
        raise BadInput(f'"{field}" must be whole seconds since 1970, not {raw!r}; the export looks damaged')
    try:
        return datetime.fromtimestamp(int(raw), tz=UTC)
    except (OverflowError, OSError, ValueError):
        raise BadInput(f'"{field}" {raw!r} is out of range; the export looks damaged') from None


def _name(raw: Any) -> str | None:
    if not isinstance(raw, str) or not raw.strip():
        return None
    return check_encodable(raw, "the chat name")
