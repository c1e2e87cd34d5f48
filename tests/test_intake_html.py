"""Web pages: main text without markup or boilerplate, with the page's date, title, URL and language."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from dronewatch.intake import Rejected, read
from dronewatch.intake.html import html_to_text
from dronewatch.model import Document

DATA = Path(__file__).parent / "data" / "intake" / "html"
MSK = timezone(timedelta(hours=3))
MARKUP = re.compile(r"<\s*/?\s*[a-z!?]|\bon[a-z]+\s*=|javascript:|alert\(", re.IGNORECASE)


def read_page(name: str) -> Document:
    (item,) = read([str(DATA / name)])
    assert isinstance(item, Document), item
    return item


def test_article_main_text_and_metadata() -> None:
    page = read_page("article.html")
    assert page.text.splitlines() == [
        "Drones downed over Bryansk overnight",
        "Air defences shot down two drones over Bryansk Oblast overnight, the regional governor said "
        "on Sunday morning.",
        "According to the governor, debris from one of the drones fell near a farm outside the town of "
        "Pochep. A barn caught fire and was put out within an hour.",
        "Nobody was injured, the regional emergency services added. The governor did not say where the "
        "drones had been launched from.",
    ]
    assert page.title == "Drones downed over Bryansk overnight"
    assert page.url == "https://wire.example.org/2024/11/10/bryansk-drones"  # the canonical link
    assert page.published_at == datetime(2024, 11, 10, 15, 55, 20, tzinfo=MSK)  # clock and offset kept
    assert page.lang == "en"  # from lang="en-GB"
    assert page.origin == str(DATA / "article.html")
    assert page.id == page.content_hash[:16]


def test_a_one_sentence_post_comes_back_whole_without_navigation_or_a_guessed_date() -> None:
    page = read_page("short-post.html")
    # With trafilatura's defaults this came back as "Home\nLive\nAir raid alert in Kharkiv\ntonight\n, …"
    # and dated 2024-01-01 from the footer's "Copyright 2024".
    assert page.text == "Air raid alert in Kharkiv tonight, two drones downed."
    assert page.published_at is None


def test_a_date_without_a_time_is_midnight_utc() -> None:
    page = read_page("date-only.html")
    assert page.published_at == datetime(2024, 11, 10, tzinfo=UTC)
    assert page.url == "https://news.example.net/ru/kursk-drones"  # og:url
    assert page.lang == "ru"
    assert "Главная" not in page.text
    assert "Все права защищены" not in page.text
    assert "уничтожили 36 беспилотников" in page.text


def test_json_ld_date_and_a_windows_1251_page() -> None:
    page = read_page("jsonld.html")
    assert page.text.startswith("Атака дронов на Брянск\nЧетыре беспилотника уничтожены над Брянском")
    assert page.published_at == datetime(2024, 10, 31, 23, 33, 45, tzinfo=MSK)
    assert page.source == "Example"


def test_hostile_page_yields_text_and_never_markup() -> None:
    page = read_page("hostile.html")
    assert MARKUP.search(page.text) is None, page.text
    assert "injected by script" not in page.text
    assert "svg text" not in page.text
    assert page.text.splitlines() == [
        "Нічна атака на Харків",
        "Вночі сили ППО збили чотири дрони над Харковом.",
        "Уламки впали на дах складу, виникла пожежа. Детальніше Постраждалих немає.",
        "Рятувальники працювали на місці до ранку.",
    ]


def test_escaped_markup_is_the_page_s_visible_text_and_stays_text(tmp_path: Path) -> None:
    # "&lt;script&gt;" is what a reader of the page sees, so it is the text; showing it safely is the
    # job of whatever renders the text, which must always escape it.
    path = tmp_path / "page.html"
    path.write_text(
        "<html><body><article><p>A commenter typed &lt;script&gt;alert(1)&lt;/script&gt; under the "
        "report about two drones.</p></article></body></html>",
        encoding="utf-8",
    )
    (item,) = read([str(path)])
    assert isinstance(item, Document)
    assert item.text == "A commenter typed <script>alert(1)</script> under the report about two drones."


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        pytest.param(b"", "the file is empty; there is no page to read", id="empty"),
        pytest.param(
            b"<html><head><title>Menu</title><script>alert(1)</script></head><body>"
            b"<img src=x onerror=alert(1)></body></html>",
            "no main text could be extracted from the page; save the article page itself",
            id="no-text",
        ),
        pytest.param(
            b"\x89PNG\r\n\x1a\n\x00\x00",
            "the file looks binary (it contains NUL bytes), not like an HTML page",
            id="png",
        ),
    ],
)
def test_pages_without_text_are_rejected(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(content)
    assert list(read([str(path)])) == [Rejected(str(path), reason)]


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        (
            "<p>Air defences <b>downed</b> 36 drones.</p><p>No casualties.</p>",
            "Air defences downed 36 drones.\n\nNo casualties.",
        ),
        ("<script>alert(1)</script><img src=x onerror=alert(1)>Two drones", "Two drones"),
        ("<style>p{}</style><!-- note --><noscript>no</noscript><iframe>f</iframe>ok", "ok"),
        ("<ul><li>Kursk: 36</li><li>Bryansk: 20</li></ul>", "Kursk: 36\nBryansk: 20"),
        (
            "<table><tr><th>Region</th><td>36</td></tr><tr><td>Crimea</td><td>12</td></tr></table>",
            "Region 36\nCrimea 12",
        ),
        ("line<br>break<br><br>paragraph", "line\nbreak\n\nparagraph"),
        ("  spaced\n\t out\u00a0text  ", "spaced out\u00a0text"),
        ("&lt;b&gt; &amp; &#x1F6E9;", "<b> & 🛩"),
        ("<div>" * 300 + "deep" + "</div>" * 300, "deep"),
        ("", ""),
        ("<p></p>", ""),
    ],
)
def test_html_to_text(markup: str, text: str) -> None:
    assert html_to_text(markup) == text
