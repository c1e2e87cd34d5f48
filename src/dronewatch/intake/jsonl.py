"""JSON Lines: one object a line with a required ``text``; each bad line is rejected on its own."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from dronewatch.intake._common import BadInput, Rejected, check_encodable, make_document, parse_timestamp
from dronewatch.model import Document

LANGUAGES = frozenset({"en", "ru", "uk"})
_UTF8_BOM = b"\xef\xbb\xbf"
_EXAMPLE = '{"text": "..."}'


def read_jsonl(data: bytes, origin: str) -> Iterator[Document | Rejected]:
    """Yield one document per line, or a `Rejected` at ``origin:LINE`` for each line that is unusable."""
    if b"\x00" in data:
        yield Rejected(origin, "the file looks binary (it contains NUL bytes), not like JSON Lines")
        return
    data = data.removeprefix(_UTF8_BOM)
    seen = False
    # Split the bytes on "\n" only: str.splitlines would also break at U+2028 and other separators
    # that JSON strings may hold, and a bad byte then spoils one line, not the file.
    for number, line in enumerate(data.split(b"\n"), start=1):
        if not line.strip():
            continue
        seen = True
        where = f"{origin}:{number}"
        try:
            yield _document(line, where)
        except BadInput as err:
            yield Rejected(where, err.reason)
    if not seen:
        yield Rejected(origin, f"the file is empty; JSON Lines needs one object a line, like {_EXAMPLE}")


def looks_like_jsonl(data: bytes) -> bool:
    """Whether the first non-blank line is a JSON object with a ``text`` field."""
    for line in data.removeprefix(_UTF8_BOM).split(b"\n"):
        if line.strip():
            try:
                first = json.loads(line)
            except (ValueError, RecursionError):
                return False
            return isinstance(first, dict) and "text" in first
    return False


def _document(line: bytes, where: str) -> Document:
    try:
        record = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError:
        raise BadInput("the line is not valid UTF-8; save the file as UTF-8") from None
    except json.JSONDecodeError as err:
        raise BadInput(
            f"the line is not valid JSON ({err.msg} at column {err.colno}); write one object a line"
        ) from None
    except (ValueError, RecursionError):  # an integer over Python's digit limit, or absurd nesting
        raise BadInput("the line is not JSON that can be read (a huge number or deep nesting)") from None
    if not isinstance(record, dict):
        raise BadInput(f"the line holds {_kind(record)}, not an object; write one a line, like {_EXAMPLE}")
    if "text" not in record:
        raise BadInput(f'the object has no "text" field; every line needs one, like {_EXAMPLE}')
    text = record["text"]
    if not isinstance(text, str):
        raise BadInput(f'"text" must be a string, not {_kind(text)}')
    if not text.strip():
        raise BadInput('"text" is empty; give the document text or leave the line out')
    check_encodable(text, "text")
    published_raw = _optional_str(record, "published_at")
    lang = _optional_str(record, "lang")
    if lang is not None and lang.lower() not in LANGUAGES:
        raise BadInput(f'"lang" must be en, ru or uk, not {lang!r}; leave it out to have it detected')
    return make_document(
        text,
        id=_id(record.get("id")),
        lang=None if lang is None else lang.lower(),
        published_at=None if published_raw is None else parse_timestamp(published_raw, '"published_at"'),
        source=_optional_str(record, "source"),
        url=_optional_str(record, "url"),
        origin=where,
    )


def _id(raw: Any) -> str | None:
    """The input id, stringified so results can be joined back; ``None`` when absent."""
    if raw is None:
        return None
    # bool is an int in Python, but true/false as an id is a mistake in the input.
    if isinstance(raw, bool) or not isinstance(raw, str | int):
        raise BadInput(f'"id" must be a string or an integer, not {_kind(raw)}')
    ident = check_encodable(str(raw), '"id"')
    if not ident.strip():
        raise BadInput('"id" is empty; give a non-empty id or leave it out to use the content hash')
    return ident


def _optional_str(record: dict[str, Any], field: str) -> str | None:
    value = record.get(field)
    # Exporters write "" for unknown as often as null; both mean the field is not given.
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise BadInput(f'"{field}" must be a string or null, not {_kind(value)}')
    return check_encodable(value, f'"{field}"')


def _kind(value: Any) -> str:
    """How JSON would name the type of ``value``."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    return "a string" if isinstance(value, str) else "null"
