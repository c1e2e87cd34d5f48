"""What every reader shares: the rejection record, document construction, decoding and dates."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import TypeAlias

from dronewatch.model import Document

#: A file whose decoded text is more than this share of control characters (other than tab, line
#: and page breaks) is taken for binary. Chosen, not calibrated: real text files have none or a
#: handful (form feeds, terminal colour codes); binary data that happens to decode has many.
MAX_CONTROL_SHARE = 0.1

# Control characters (category Cc) other than the ones that break lines or pages.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")
_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


@dataclass(frozen=True)
class Rejected:
    """Input that could not be read.

    ``origin`` says where: the file path (``<stdin>`` for stdin), plus ``:LINE`` (JSON Lines),
    ``#MESSAGE_ID`` (Telegram) or ``#N`` (the Nth feed entry) when the problem is inside the file.
    ``reason`` says why, in one plain sentence that says how to fix it where possible.
    """

    origin: str
    reason: str


#: A reader: a file's bytes and where they came from, to its documents and rejections.
Reader: TypeAlias = Callable[[bytes, str], Iterator[Document | Rejected]]


class IntakeError(Exception):
    """The caller misused intake (an unknown format name, a path that does not exist)."""


class BadInput(Exception):
    """Raised inside a reader when input data is unusable; the reader turns it into `Rejected`."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def make_document(
    text: str,
    *,
    id: str | None = None,
    lang: str | None = None,
    published_at: datetime | None = None,
    source: str | None = None,
    url: str | None = None,
    channel: str | None = None,
    message_id: str | None = None,
    edited_at: datetime | None = None,
    origin: str | None = None,
    title: str | None = None,
) -> Document:
    """Build a `Document`, addressing it by the SHA-256 of its text.

    Args:
        text: The document text, exactly as evidence spans will index it.
        id: The id the input gave; when ``None`` the first 16 hex digits of the content hash.
        lang: ``en``, ``ru`` or ``uk`` when the input states it.
        published_at: When the source published it (timezone-aware).
        source: The outlet or channel name.
        url: Where the document can be found.
        channel: The Telegram channel (or similar stream) it came from.
        message_id: Its id inside ``channel``.
        edited_at: When the source last edited it (timezone-aware).
        origin: The file (and line or message) it was read from.
        title: The headline, when the input has one apart from the text.

    Returns:
        The document, with ``content_hash`` set from ``text``.

    Raises:
        IntakeError: A datetime is naive (the model keeps only timezone-aware datetimes).
    """
    for name, when in (("published_at", published_at), ("edited_at", edited_at)):
        if when is not None and when.utcoffset() is None:
            raise IntakeError(f"{name} must be timezone-aware, not {when.isoformat()}")
    content_hash = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(
        id=content_hash[:16] if id is None else id,
        text=text,
        content_hash=content_hash,
        lang=lang,
        published_at=published_at,
        source=source,
        url=url,
        channel=channel,
        message_id=message_id,
        edited_at=edited_at,
        origin=origin,
        title=title,
    )


def decode_text(data: bytes) -> str:
    """Decode a whole text file as UTF-8, dropping a leading byte-order mark.

    Raises:
        BadInput: The bytes are binary, UTF-16, not UTF-8, or only whitespace.
    """
    if data.startswith(_UTF16_BOMS):
        raise BadInput("the file is UTF-16 text; save it as UTF-8 and read it again")
    if b"\x00" in data:
        raise BadInput("the file looks binary (it contains NUL bytes); intake reads UTF-8 text only")
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        raise BadInput(
            f"not valid UTF-8 text (byte 0x{data[err.start]:02x} on line {line}); "
            "save the file as UTF-8, or pass --input-format html if it is a web page"
        ) from None
    if not text.strip():
        raise BadInput("the file is empty or only whitespace; there is no text to read")
    share = len(_CONTROLS.findall(text)) / len(text)
    if share > MAX_CONTROL_SHARE:
        raise BadInput(
            f"the file looks binary ({share:.0%} of it is control characters); intake reads text only"
        )
    return text


def check_encodable(value: str, field: str) -> str:
    """Return ``value`` unchanged, or refuse it if it holds a lone surrogate (from JSON ``\\ud800``)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise BadInput(
            f"{field} contains an unpaired surrogate (a lone \\ud800-\\udfff escape); "
            "fix the escaping where the file was written"
        ) from None
    return value


def parse_timestamp(raw: str, field: str) -> datetime:
    """Parse an ISO 8601 date or datetime; a date alone is midnight UTC that day.

    Raises:
        BadInput: The string is not ISO 8601, or it has a time but no UTC offset.
    """
    raw = raw.strip()
    try:
        day = date.fromisoformat(raw)
    except ValueError:
        pass
    else:
        # A date alone has day precision; midnight UTC keeps it aware without inventing a time zone.
        return datetime.combine(day, time(), tzinfo=UTC)
    try:
        when = datetime.fromisoformat(raw)
    except ValueError:
        raise BadInput(
            f"{field} {raw!r} is not an ISO 8601 date or time; "
            "write it like 2024-11-10 or 2024-11-10T15:55:20+03:00"
        ) from None
    if when.utcoffset() is None:
        # Guessing a zone would shift the anchor of "overnight" by hours; the source must say.
        raise BadInput(f"{field} {raw!r} has a time but no UTC offset; add one such as +03:00 or Z")
    return when
