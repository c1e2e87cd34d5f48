"""Which reader a file needs: by its extension, else by sniffing its first bytes."""

from __future__ import annotations

import os
import re

from dronewatch.intake.jsonl import looks_like_jsonl
from dronewatch.intake.telegram import looks_like_telegram

FORMATS = ("auto", "text", "markdown", "html", "jsonl", "telegram", "feed")

EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
}

#: How much of a file sniffing looks at: enough for an XML declaration, a doctype and a few comments.
SNIFF_BYTES = 4096

_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:rdf)[\s>]")
_HTML_ROOT = re.compile(rb"<(?:!doctype\s+html|html|head|body)[\s>]")
_UTF8_BOM = b"\xef\xbb\xbf"


def guess_format(path: str, data: bytes) -> str:
    """The format of a file named ``path`` holding ``data``: one of `FORMATS` other than ``auto``."""
    extension = os.path.splitext(path)[1].lower()
    if extension == ".json":
        # A Telegram export is result.json; a .json that is not one is more likely JSON Lines than
        # anything else, and if it is neither the Telegram reader says what it expected. Only the
        # first line is parsed to tell: an export's root object never has a "text" field.
        return "jsonl" if looks_like_jsonl(data) else "telegram"
    return EXTENSIONS.get(extension) or sniff_format(data)


def sniff_format(data: bytes) -> str:
    """The format the content looks like; ``text`` when nothing more specific fits."""
    head = data[:SNIFF_BYTES].removeprefix(_UTF8_BOM).lstrip().lower()
    if head.startswith(b"{"):
        if looks_like_jsonl(data):  # first, as it parses one line; the Telegram check parses all
            return "jsonl"
        if looks_like_telegram(data):
            return "telegram"
    if head.startswith(b"<"):
        # An XHTML page also starts with <?xml, so an html root decides before the declaration does.
        feed, page = _FEED_ROOT.search(head), _HTML_ROOT.search(head)
        if page and not (feed and feed.start() < page.start()):
            return "html"
        if feed or head.startswith(b"<?xml"):
            return "feed"
    return "text"


def guess_stdin_format(data: bytes) -> str:
    """``jsonl`` when the first non-blank line is a JSON object with ``text``, else ``text``."""
    return "jsonl" if looks_like_jsonl(data) else "text"
