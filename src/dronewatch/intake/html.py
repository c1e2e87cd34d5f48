"""Web pages: the main text through trafilatura, with the page's date, title, URL and language.

Also `html_to_text`, the safe tag stripper the feed reader uses for entry summaries.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from copy import deepcopy
from datetime import UTC, date, datetime, time
from typing import Any

import trafilatura
from lxml import etree
from lxml import html as lxml_html
from trafilatura.settings import DEFAULT_CONFIG
from trafilatura.settings import Document as Extracted
from trafilatura.utils import load_html

from dronewatch.intake._common import Rejected, make_document
from dronewatch.model import Document

#: trafilatura's MIN_EXTRACTED_SIZE (250 by default) is the length under which it distrusts its own
#: extraction and "rescues" the page with a baseline dump that adds the navigation and splits inline
#: markup onto lines of its own ("shot down\n36\ndrones"). Measured on the short-post fixtures in
#: tests/data/intake/html with trafilatura 2.3.1: at 250 or 50 a one-sentence post came back broken,
#: at 10 it came back whole. Reports of attacks are often one or two sentences long.
MIN_EXTRACTED_SIZE = 10

LANGUAGES = frozenset({"en", "ru", "uk"})

_CONFIG = deepcopy(DEFAULT_CONFIG)
_CONFIG.set("DEFAULT", "MIN_EXTRACTED_SIZE", str(MIN_EXTRACTED_SIZE))
# htmldate's extensive search guesses from any date-like text: on tests/data/intake/html/short-post.html
# it took "Copyright 2024" for a publication date of 2024-01-01. A wrong anchor for "overnight" is
# worse than none, so only the page's date markup counts.
_CONFIG.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")

# Where pages state a publication time with a clock and an offset; htmldate keeps only the day.
_PUBLISHED_XPATH = (
    "//meta[@property='article:published_time' or @name='article:published_time'"
    " or @itemprop='datePublished' or @name='pubdate']/@content"
    " | //time[@itemprop='datePublished']/@datetime"
)
_JSON_LD_XPATH = "//script[@type='application/ld+json']/text()"

# Elements whose content is never readable text.
_NOT_TEXT = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "head")
_BLOCKS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure"),
        *("footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "nav"),
        *("ol", "p", "pre", "section", "table", "tbody", "tfoot", "thead", "ul"),
    }
)
_LINES = frozenset({"li", "tr", "dt", "dd"})  # one line each; blocks get a blank line
_CELLS = frozenset({"td", "th"})  # a table row stays on one line, its cells apart
_HTML_SPACE = re.compile(r"[ \t\n\r\f\v]+")  # HTML collapses these; U+00A0 and other spaces stay


def read_html(data: bytes, origin: str) -> Iterator[Document | Rejected]:
    """Yield the page's main text as one document, or one `Rejected` if it has none."""
    if not data.strip():
        yield Rejected(origin, "the file is empty; there is no page to read")
        return
    if b"\x00" in data:
        yield Rejected(origin, "the file looks binary (it contains NUL bytes), not like an HTML page")
        return
    lang, precise, page = None, None, None
    try:
        tree = load_html(data)  # trafilatura's loader also guesses the encoding (cp1251 pages exist)
        if tree is not None:
            lang = _page_language(tree)
            precise = _stated_publication_time(tree)
            page = trafilatura.bare_extraction(
                tree, with_metadata=True, include_comments=False, config=_CONFIG
            )
    except Exception as err:  # third-party parsers on hostile input: any failure is the page's fault
        yield Rejected(origin, f"the page could not be parsed ({type(err).__name__}); check the HTML")
        return
    if tree is None:
        yield Rejected(origin, "no HTML could be parsed from the file; check that it is a web page")
        return
    # Without as_dict, bare_extraction returns its Document or None; the check keeps mypy honest.
    if not isinstance(page, Extracted) or not (text := (page.text or "").strip()):
        yield Rejected(origin, "no main text could be extracted from the page; save the article page itself")
        return
    yield make_document(
        text,
        lang=lang,
        published_at=_published(page.date, precise),
        source=page.sitename or None,
        url=page.url or None,
        origin=origin,
        title=page.title or None,
    )


def html_to_text(markup: str) -> str:
    """Turn an HTML fragment into plain text: no tags, no script or style content, blocks on lines."""
    if not markup.strip():
        return ""
    try:
        # huge_tree: libxml2 otherwise silently drops whatever is nested deeper than 255 elements.
        parser = lxml_html.HTMLParser(huge_tree=True)
        root = lxml_html.fragment_fromstring(markup, create_parent="div", parser=parser)
    except (etree.ParserError, ValueError):
        # Nothing safe can be said about markup lxml cannot parse; dropping it beats leaking tags.
        return ""
    etree.strip_elements(root, *_NOT_TEXT, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    pieces: list[str | int] = []  # text runs, and breaks: _LINE, _PARAGRAPH or _BR
    # iterwalk, not recursion: nesting depth is the input's to choose.
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            pieces.append(_break(tag))
            pieces.append(" " if tag in _CELLS else "")
            pieces.append(_HTML_SPACE.sub(" ", element.text or ""))
        else:
            pieces.append(_break(tag) if tag != "br" else _NONE)
            if element is not root:
                pieces.append(_HTML_SPACE.sub(" ", element.tail or ""))
    return _join(pieces)


_NONE, _LINE, _PARAGRAPH, _BR = 0, 1, 2, -1


def _break(tag: str) -> int:
    if tag == "br":
        return _BR
    if tag in _BLOCKS:
        return _PARAGRAPH
    return _LINE if tag in _LINES else _NONE


def _join(pieces: list[str | int]) -> str:
    """Text runs joined, adjacent breaks merged: block edges take the strongest, <br>s add up."""
    out: list[str] = []
    pending = 0
    for piece in pieces:
        if isinstance(piece, int):
            pending = min(_PARAGRAPH, pending + 1) if piece == _BR else max(pending, piece)
        elif piece.strip(" "):
            if pending and out:
                out.append("\n" * pending)
                piece = piece.lstrip(" ")
            pending = 0
            out.append(piece)
        elif not pending:
            out.append(piece)  # a space between two inline runs
    text = re.sub(r" *\n *", "\n", "".join(out))  # every newline is a break: source ones became spaces
    return re.sub(r" {2,}", " ", text).strip(" \n")


def _page_language(tree: Any) -> str | None:
    declared = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
    primary = str(declared).strip().lower().split("-")[0]
    return primary if primary in LANGUAGES else None


def _stated_publication_time(tree: Any) -> datetime | None:
    """The first publication time with a clock and a UTC offset that the page's metadata states."""
    candidates = [str(value) for value in tree.xpath(_PUBLISHED_XPATH)]
    for raw in tree.xpath(_JSON_LD_XPATH):
        try:
            candidates.extend(_json_ld_dates(json.loads(str(raw))))
        except (ValueError, RecursionError):
            continue  # broken JSON-LD is common and says nothing about the article text
    for raw in candidates:
        try:
            when = datetime.fromisoformat(raw.strip())
        except ValueError:
            continue
        if when.utcoffset() is not None:  # a date alone, or a clock without an offset, says less
            return when
    return None


def _json_ld_dates(node: Any, depth: int = 0) -> Iterator[str]:
    if depth > 5:  # real JSON-LD nests @graph a level or two deep; deeper is not an article's date
        return
    if isinstance(node, list):
        for item in node:
            yield from _json_ld_dates(item, depth + 1)
    elif isinstance(node, dict):
        if isinstance(node.get("datePublished"), str):
            yield node["datePublished"]
        yield from _json_ld_dates(node.get("@graph"), depth + 1)


def _published(day: str | None, precise: datetime | None) -> datetime | None:
    """Prefer the stated time when it falls on htmldate's day; else that day at midnight UTC."""
    try:
        found = date.fromisoformat(day) if day else None
    except ValueError:
        found = None
    if precise is not None and (found is None or precise.date() == found):
        return precise
    # A date alone has day precision; midnight UTC keeps it aware without inventing a time zone.
    return None if found is None else datetime.combine(found, time(), tzinfo=UTC)
