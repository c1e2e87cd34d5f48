"""RSS and Atom: one document per entry, title and body as plain text, times with their offsets."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from dronewatch.intake import Rejected, read
from dronewatch.model import Document

DATA = Path(__file__).parent / "data" / "intake" / "feed"
MSK = timezone(timedelta(hours=3))
KYIV_WINTER = timezone(timedelta(hours=2))
MARKUP = re.compile(r"<\s*/?\s*[a-z!?]|\bon[a-z]+\s*=|javascript:|alert\(", re.IGNORECASE)


def entries(path: Path) -> list[Document]:
    items = list(read([str(path)]))
    assert all(isinstance(item, Document) for item in items), items
    return [item for item in items if isinstance(item, Document)]


def test_rss_entries_with_provenance() -> None:
    path = DATA / "rss.xml"
    kursk, bryansk = entries(path)  # the third entry has neither title nor text: skipped
    assert kursk.text == (
        "Drones downed over Kursk\n\nAir defences downed 36 drones over the Kursk region overnight.\n\n"
        "No casualties were reported."
    )
    assert (kursk.title, kursk.url, kursk.source, kursk.lang, kursk.origin) == (
        "Drones downed over Kursk",
        "https://wire.example.org/europe/kursk-drones",
        "Example Wire: Europe",
        "en",
        f"{path}#1",
    )
    assert kursk.published_at == datetime(2024, 11, 10, 15, 55, 20, tzinfo=MSK)  # the offset kept
    assert kursk.id == kursk.content_hash[:16]
    assert bryansk.published_at == datetime(2024, 11, 9, 22, 10, tzinfo=UTC)
    assert bryansk.origin == f"{path}#2"


def test_full_content_is_preferred_to_the_teaser_and_keeps_its_structure() -> None:
    _, bryansk = entries(DATA / "rss.xml")
    assert "Short teaser" not in bryansk.text
    assert bryansk.text == (
        "Fire at Bryansk depot after drone attack\n\n"
        "A fuel depot in Bryansk caught fire after a drone attack, the governor said.\n\n"
        "Two tanks damaged\nNo injuries\n\nFirefighters\nworked until dawn."
    )


def test_entry_markup_never_survives() -> None:
    for document in entries(DATA / "rss.xml") + entries(DATA / "atom.atom"):
        assert MARKUP.search(document.text) is None, document.text


def test_atom_entries_html_titles_and_edit_times() -> None:
    path = DATA / "atom.atom"
    odesa, headline = entries(path)
    assert odesa.title == "Атака дронів на Одесу"  # type="html": the <em> is gone
    assert odesa.text == (
        "Атака дронів на Одесу\n\nВночі сили ППО збили 10 ударних дронів над Одещиною.\n\n"
        "Уламки пошкодили дах житлового будинку."
    )
    assert odesa.published_at == datetime(2024, 11, 10, 23, 40, tzinfo=KYIV_WINTER)
    assert odesa.edited_at == datetime(2024, 11, 11, 8, 15, tzinfo=KYIV_WINTER)
    assert (odesa.source, odesa.lang, odesa.url) == (
        "Приклад: Новини",
        "uk",
        "https://news.example.com/uk/odesa-drones",
    )
    # A summary that repeats the title is said once; an entry that was never updated has no edit time.
    assert headline.text == "Заголовок без тексту"
    assert headline.published_at == datetime(2024, 11, 11, 9, tzinfo=UTC)
    assert headline.edited_at is None
    assert headline.origin == f"{path}#2"


def test_a_feed_without_entries_yields_nothing(tmp_path: Path) -> None:
    path = tmp_path / "quiet.rss"
    path.write_bytes(b'<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>')
    assert list(read([str(path)])) == []


NOT_A_FEED = "not a readable RSS or Atom feed{}; check the file is a feed's XML"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        pytest.param(b"", "the file is empty; there is no feed to read", id="empty"),
        pytest.param(b"plain words, no XML", NOT_A_FEED.format(" (syntax error)"), id="text"),
        pytest.param(
            b"<rss version='2.0'><channel><title>cut off",
            NOT_A_FEED.format(" (no element found)"),
            id="truncated",
        ),
        pytest.param(b"<html><body><p>A page</p></body></html>", NOT_A_FEED.format(""), id="html"),
        # Bytes, never a str: given this as a str, feedparser would take it for a URL and fetch it.
        pytest.param(
            b"http://127.0.0.1:9/feed.xml", NOT_A_FEED.format(" (not well-formed (invalid token))"), id="url"
        ),
    ],
)
def test_a_file_that_is_not_a_feed_is_one_rejection(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "news.xml"
    path.write_bytes(content)
    assert list(read([str(path)])) == [Rejected(str(path), reason)]
