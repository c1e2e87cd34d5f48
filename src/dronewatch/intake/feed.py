"""RSS and Atom feeds: one document per entry, its title and its summary or content as plain text."""

from __future__ import annotations

import calendar
import io
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import feedparser

from dronewatch.intake._common import BadInput, Rejected, check_encodable, make_document
from dronewatch.intake.html import LANGUAGES, html_to_text
from dronewatch.model import Document

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_SAX_LOCATION = re.compile(r"^<unknown>:\d+:\d+: ")


def read_feed(data: bytes, origin: str) -> Iterator[Document | Rejected]:
    """Yield one document per entry with text; origins are ``path#N``, N counting entries from 1.

    A file that is not a feed (feedparser found no feed version, or gave up, and no entries) is
    one `Rejected`. Entries without text are skipped.
    """
    if not data.strip():
        yield Rejected(origin, "the file is empty; there is no feed to read")
        return
    try:
        # Bytes, always: feedparser takes a str for a URL or a path and would go and fetch it.
        parsed = feedparser.parse(io.BytesIO(data))
    except Exception as err:  # a third-party parser on hostile input: any failure is the file's fault
        yield Rejected(origin, f"feedparser could not read the file ({type(err).__name__}); check the XML")
        return
    entries = parsed.get("entries") or []
    if not entries and (parsed.get("bozo") or not parsed.get("version")):
        # The SAX location ("<unknown>:2:0: ") is off by a line feedparser adds; the message is enough.
        problem = _SAX_LOCATION.sub("", str(parsed.get("bozo_exception") or ""))
        detail = f" ({problem})" if problem else ""
        yield Rejected(origin, f"not a readable RSS or Atom feed{detail}; check the file is a feed's XML")
        return
    channel = parsed.get("feed") or {}
    source = _plain(channel.get("title_detail"), channel.get("title")) or None
    language = str(channel.get("language") or "").strip().lower().split("-")[0]
    for number, entry in enumerate(entries, start=1):
        where = f"{origin}#{number}"
        try:
            document = _document(entry, where, source, language if language in LANGUAGES else None)
        except BadInput as err:
            yield Rejected(where, err.reason)
            continue
        if document is not None:
            yield document


def _document(entry: Any, where: str, source: str | None, lang: str | None) -> Document | None:
    title = _plain(entry.get("title_detail"), entry.get("title"))
    body = _body(entry)
    # Many feeds repeat the headline as the description; saying it twice would double its claims.
    parts = [title] if body == title else [part for part in (title, body) if part]
    text = "\n\n".join(parts)
    if not text.strip():
        return None
    check_encodable(text, "the entry text")
    published = _entry_time(entry, "published")
    updated = _entry_time(entry, "updated")
    link = entry.get("link")
    return make_document(
        text,
        lang=lang,
        published_at=published or updated,
        source=source,
        url=check_encodable(link, "the entry link") if isinstance(link, str) and link else None,
        edited_at=updated if published is not None and updated != published else None,
        origin=where,
        title=title or None,
    )


def _body(entry: Any) -> str:
    """The entry's full content where the feed gives it, else its summary, as plain text."""
    for detail in entry.get("content") or []:
        if text := _plain(detail, None):
            return text
    return _plain(entry.get("summary_detail"), entry.get("summary"))


def _plain(detail: Any, fallback: Any) -> str:
    """A feedparser text construct as plain text: HTML types lose their markup, plain text stays."""
    if isinstance(detail, dict) and isinstance(detail.get("value"), str):
        value: str = detail["value"]
        if detail.get("type") in _HTML_TYPES:
            return html_to_text(value)
        return value.strip()
    # Without a type, assume HTML: RSS 2.0 descriptions are HTML, and stripping plain text is harmless.
    return html_to_text(fallback) if isinstance(fallback, str) else ""


def _entry_time(entry: Any, key: str) -> datetime | None:
    """The entry's time from the raw string (keeping its offset), else feedparser's UTC parse."""
    # dict.get, not entry.get: FeedParserDict answers a missing "updated" with "published" and a
    # DeprecationWarning (feedparser issue 310); an entry that was never updated has no edit time.
    raw = dict.get(entry, key)
    parsed = dict.get(entry, f"{key}_parsed")
    # feedparser's struct_time is in UTC; timegm reads it as such (time.mktime would use local time).
    in_utc = None if parsed is None else datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
    if isinstance(raw, str) and raw.strip():
        stated = _stated_time(raw.strip())
        # Trust the raw string only where it agrees with feedparser (it knows more date formats).
        if stated is not None and (in_utc is None or stated == in_utc):
            return stated
    return in_utc


def _stated_time(raw: str) -> datetime | None:
    for parse in (parsedate_to_datetime, datetime.fromisoformat):
        try:
            when = parse(raw)
        except (TypeError, ValueError, IndexError, OverflowError):
            continue
        if when.utcoffset() is not None:  # RFC 822 "-0000" means "zone unknown": not an offset
            return when
    return None
