"""End-to-end: the dashboard served by uvicorn on loopback, in headless Chromium driven by Playwright.

The overview must draw the seed article's regions on the map; the inspector must highlight exactly
the evidence of each field (also after emoji, which JavaScript counts twice); a document made of
``<script>`` and ``<img onerror>`` must show as text and open no dialog; no page may break its
Content-Security-Policy or fetch anything from outside the server. The test run also makes the
README's screenshots: in a temporary directory, or in ``docs/screenshots/`` with
``DRONEWATCH_SCREENSHOTS=1`` (``make screenshots``).

Chromium is Debian's (``scripts/install-browser``); when it is missing these tests fail, they do not
skip, so that CI cannot pass without running them.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from playwright.sync_api import Browser, Page, Request, Route, ViewportSize, sync_playwright

from conftest import HOSTILE_SOURCE, HOSTILE_TEXT, ROOT, SEED_ARTICLE, WebStore
from dronewatch.api import create_app

CHROMIUM = Path(os.environ.get("DRONEWATCH_CHROMIUM", "/usr/bin/chromium"))
# Headless Chromium on these machines: no sandbox (root, containers), no GPU, and nothing that
# reaches the network on its own. Playwright adds --headless and a fresh profile directory.
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
SCREENSHOTS = ROOT / "docs" / "screenshots"
VIEWPORT: ViewportSize = {"width": 1400, "height": 1000}
WAIT_MS = 15_000


class Server:
    """uvicorn serving an app on 127.0.0.1 in a thread, for the length of a test module."""

    def __init__(self, db: Path) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        config = uvicorn.Config(create_app(db), host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> Server:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled sample, ingested as ``make demo`` does."""
    from dronewatch.intake import read
    from dronewatch.model import Document
    from dronewatch.pipeline import process
    from dronewatch.store import SQLiteStore

    path = tmp_path_factory.mktemp("sample") / "sample.db"
    inputs = [str(SEED_ARTICLE), str(ROOT / "sample" / "telegram-news.jsonl")]
    with SQLiteStore(path) as store:
        for document in read(inputs):
            if isinstance(document, Document):
                store.save(document, process(document))
    return path


@pytest.fixture(scope="module")
def sample_server(sample_db: Path) -> Iterator[Server]:
    with Server(sample_db) as server:
        yield server


@pytest.fixture(scope="module")
def web_server(web_store: WebStore) -> Iterator[Server]:
    with Server(web_store.path) as server:
        yield server


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(
            f"Chromium is not installed at {CHROMIUM}; the browser tests need it: run "
            "scripts/install-browser (as root; it installs Debian's chromium), or set DRONEWATCH_CHROMIUM "
            "to a Chromium binary",
            pytrace=False,
        )
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        yield launched
        launched.close()


@dataclass
class Watched:
    """A page with what went wrong on it: console errors (CSP reports among them), script errors,
    dialogs opened, and requests that tried to leave the server."""

    page: Page
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)

    def clean(self) -> None:
        assert self.errors == []
        assert self.dialogs == []
        assert self.outside == []


@pytest.fixture
def screenshots(tmp_path: Path) -> Path:
    """Where the README's screenshots go: ``docs/screenshots/`` only when asked for."""
    if os.environ.get("DRONEWATCH_SCREENSHOTS") == "1":
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        return SCREENSHOTS
    return tmp_path


@pytest.fixture
def watched(browser: Browser) -> Iterator[Watched]:
    context = browser.new_context(viewport=VIEWPORT, device_scale_factor=1)
    page = context.new_page()
    page.set_default_timeout(WAIT_MS)
    seen = Watched(page)

    def on_request(route: Route, request: Request) -> None:
        if request.url.startswith("http://127.0.0.1:"):
            route.continue_()
        else:
            seen.outside.append(request.url)
            route.abort()

    def on_dialog(dialog: Any) -> None:
        seen.dialogs.append(dialog.message)
        dialog.dismiss()

    context.route("**/*", on_request)
    page.on("console", lambda message: seen.errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: seen.errors.append(str(error)))
    page.on("dialog", on_dialog)
    yield seen
    context.close()


def seed_hash(db: Path) -> str:
    from dronewatch.store import SQLiteStore
    from dronewatch.store.base import DocumentQuery

    with SQLiteStore(db, read_only=True) as store:
        (info,) = store.search_documents(DocumentQuery(text="83 Ukrainian drones"))
        return info.document.content_hash


def test_the_overview_maps_the_seed_regions(
    watched: Watched, sample_server: Server, screenshots: Path
) -> None:
    page = watched.page
    page.goto(sample_server.url + "/")
    page.wait_for_selector("#map[data-ready='true']")
    assert page.locator("path.region").count() == 110
    # The seed article: 64 over Bryansk, 9 over Kaluga, 5 over Smolensk; an impact in Krasnodar Krai.
    for iso in ("RU-BRY", "RU-KLU", "RU-SMO"):
        assert page.locator(f"path.circle-interception.iso-{iso}").count() == 1, iso
        assert page.locator(".iso-label", has_text=iso).count() == 1, iso
    assert page.locator("path.circle-impact.iso-RU-KDA").count() == 1
    assert page.locator("path.region-named.region-RU-BRY").count() == 1
    # Crimea and Sevastopol are labelled by their ISO codes.
    for iso in ("UA-43", "UA-40"):
        assert page.locator(".iso-label", has_text=iso).count() == 1
    bryansk = page.locator("#region-table tr[data-iso='RU-BRY'] td")
    assert int(bryansk.nth(2).inner_text()) >= 64  # the seed's 64, and other reports' counts
    assert page.locator("svg.chart rect").count() > 0
    page.wait_for_timeout(300)  # let the map settle for the screenshot
    page.screenshot(path=str(screenshots / "overview.png"))
    watched.clean()


HIGHLIGHTS = """async () => {
  const pre = document.getElementById("document-text");
  const data = await (await fetch(pre.dataset.claim)).json();
  const nodes = [...pre.querySelectorAll("[data-ev]")];
  return {
    text: pre.textContent,
    documentText: data.document.text,
    evidence: data.evidence.map((e, i) => ({
      path: e.path,
      text: e.text,
      shown: nodes
        .filter((n) => n.dataset.ev.split(" ").includes(String(i)))
        .map((n) => n.textContent)
        .join(""),
      marked: nodes.some((n) => n.tagName === "MARK" && n.dataset.ev.split(" ").includes(String(i))),
    })),
  };
}"""


def check_highlights(page: Page) -> list[dict[str, Any]]:
    """Every field's highlights spell exactly its evidence; the text is the document's, unchanged."""
    page.wait_for_selector("#document-text[data-ready='true']")
    shown: dict[str, Any] = page.evaluate(HIGHLIGHTS)
    assert shown["text"] == shown["documentText"]
    evidence: list[dict[str, Any]] = shown["evidence"]
    assert len(evidence) > 1
    for item in evidence:
        assert item["shown"] == item["text"], item["path"]
        # The whole claim is shaded; each field's evidence is a highlight of its own.
        assert item["marked"] or item["path"] == "$", item["path"]
    return evidence


def test_the_inspector_highlights_the_seed_evidence(
    watched: Watched, sample_server: Server, sample_db: Path, screenshots: Path
) -> None:
    page = watched.page
    content_hash = seed_hash(sample_db)
    page.goto(f"{sample_server.url}/claims/{content_hash}/1")
    evidence = check_highlights(page)
    paths = [item["path"] for item in evidence]
    assert {"destroyed", "breakdown[0].place", "breakdown[0].destroyed", "claimant"} <= set(paths)
    # A field links to its highlight, and a highlight to its field.
    page.locator(f"#ev-{paths.index('destroyed')}").click()
    assert page.locator("mark.ev.linked").all_inner_texts() == ["83"]
    page.locator("mark.ev", has_text="Bryansk Oblast").click()
    assert page.locator("tr.linked td.field").all_inner_texts() == ["breakdown 1 › place"]
    assert (
        "The breakdown adds up to 78, 5 fewer than the stated 83" in page.locator("ul.findings").inner_text()
    )
    page.locator(f"#ev-{paths.index('destroyed')}").click()
    page.screenshot(path=str(screenshots / "inspector.png"))
    watched.clean()


def test_highlights_stay_on_their_text_after_emoji(
    watched: Watched, web_server: Server, web_store: WebStore
) -> None:
    page = watched.page
    page.goto(f"{web_server.url}/claims/{web_store.emoji}/0")
    evidence = check_highlights(page)
    assert {item["text"] for item in evidence} >= {"12", "Bryansk Oblast", "the ministry"}
    watched.clean()


def test_a_hostile_document_is_shown_as_text_and_runs_nothing(
    watched: Watched, web_server: Server, web_store: WebStore
) -> None:
    page = watched.page
    for path in (
        f"/documents/{web_store.hostile}",
        f"/claims/{web_store.hostile}/0",
        f"/claims/{web_store.hostile}/1",
        "/search?q=onerror",
        "/sources",
        "/claims?place=RU-KRS",
    ):
        page.goto(web_server.url + path)
        page.wait_for_load_state("load")
        if path.startswith("/claims/"):
            check_highlights(page)
            assert page.locator("#document-text").text_content() == HOSTILE_TEXT
        page.wait_for_timeout(200)  # time for an onerror or a script to fire, if one had got in
        scripts = page.evaluate("[...document.scripts].map((s) => s.getAttribute('src') || s.text)")
        assert all(src.startswith("/static/") for src in scripts), (path, scripts)
        assert page.locator("img").count() == 0, path
        shown = page.locator("body").inner_text()
        assert "<script>alert(1)</script>" in shown or HOSTILE_SOURCE in shown, path
    assert watched.dialogs == []
    watched.clean()


def test_the_api_docs_render_from_the_app_itself(watched: Watched, web_server: Server) -> None:
    page = watched.page
    page.goto(web_server.url + "/docs")
    page.wait_for_selector(".swagger-ui .opblock-summary-path")
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert any("/claims.json" in p for p in paths)
    watched.clean()


def test_every_page_keeps_its_content_security_policy(
    watched: Watched, web_server: Server, web_store: WebStore
) -> None:
    page = watched.page
    for path in (
        "/claims",
        "/documents",
        "/sources",
        "/places",
        "/findings",
        "/tallies",
        "/search?q=drone",
        f"/documents/{web_store.seed}",
        "/places/RU-BRY",
        "/",
    ):
        response = page.goto(web_server.url + path)
        assert response is not None
        assert response.status == 200, path
        assert "script-src 'self'" in response.headers["content-security-policy"], path
        page.wait_for_load_state("load")
    watched.clean()
