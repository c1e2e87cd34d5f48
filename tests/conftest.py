"""Fixtures of the web tests: one store with the bundled seed article (through the real pipeline), the
canned records, a hostile document and a document with emoji before its spans.

Everything is imported inside the fixtures, so test modules that do not use them pay nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from dronewatch.model import Document, Extraction

ROOT = Path(__file__).resolve().parent.parent
SEED_ARTICLE = ROOT / "sample" / "seed-article.txt"

MSK = timezone(timedelta(hours=3))

HOSTILE_TEXT = (
    "Air defences destroyed 7 drones over Kursk Oblast <script>alert(1)</script>, officials said. "
    "<img src=x onerror=alert(1)> Debris fell in Kursk Oblast & 2 people were injured."
)
"""A document whose text is markup: every page must show it as text, and no script may run."""

HOSTILE_TITLE = "<script>alert(1)</script> title"
HOSTILE_SOURCE = "<img src=x onerror=alert(1)>"

EMOJI_TEXT = "🚀🇺🇦 Air defences destroyed 12 drones over Bryansk Oblast, 💥 the ministry said."
"""Four characters outside the Basic Multilingual Plane before the spans: Python and JavaScript count
them differently (1 and 2 each)."""


@dataclass(frozen=True)
class WebStore:
    """The web tests' store: its path and the content hashes of the documents tests look at."""

    path: Path
    seed: str
    hostile: str
    emoji: str


def hostile_pair() -> tuple[Document, Extraction]:
    """The hostile document: markup in its text, title and source, and in its claims' evidence."""
    from dronewatch.model import BreakdownItem, Document, ImpactClaim, InterceptionClaim, Sourcing
    from records import content_hash, pair, place, quantity

    t = HOSTILE_TEXT
    document = Document(
        id="hostile-1",
        text=t,
        content_hash=content_hash(t),
        lang="en",
        published_at=datetime(2025, 11, 26, 8, 0, tzinfo=MSK),
        source=HOSTILE_SOURCE,
        title=HOSTILE_TITLE,
    )
    end = t.index(", officials said")
    interception = InterceptionClaim(
        claimant=None,
        weapon="uav",
        weapon_model=None,
        launched=None,
        destroyed=quantity(t, "7", 7),
        suppressed=None,
        window=None,
        breakdown=(
            BreakdownItem(
                place(t, "Kursk Oblast", "RU-KRS", "Kursk Oblast", "admin1", "RU-KRS"), quantity(t, "7", 7)
            ),
        ),
        breakdown_scope="complete",
        sourcing=Sourcing(),
        text=t[:end],
        span=(0, end),
    )
    debris = t.index("Debris")
    impact = ImpactClaim(
        places=(place(t, "Kursk Oblast", "RU-KRS", "Kursk Oblast", "admin1", "RU-KRS", after=debris),),
        weapon="uav",
        sites=None,
        time=None,
        consequences=(),
        killed=None,
        injured=quantity(t, "2", 2, after=debris),
        sourcing=Sourcing(),
        text=t[t.index("<img") : len(t) - 1],
        span=(t.index("<img"), len(t) - 1),
    )
    return pair(document, (interception, impact), ())


def emoji_pair() -> tuple[Document, Extraction]:
    """A document with emoji before its evidence spans."""
    from dronewatch.model import BreakdownItem, Document, InterceptionClaim, Sourcing
    from records import claimant, content_hash, pair, place, quantity

    t = EMOJI_TEXT
    document = Document(
        id="emoji-1", text=t, content_hash=content_hash(t), lang="en", source="Emoji Daily", title="Emoji"
    )
    start = t.index("Air")
    claim = InterceptionClaim(
        claimant=claimant(t, "the ministry", "Ministry"),
        weapon="uav",
        weapon_model=None,
        launched=None,
        destroyed=quantity(t, "12", 12),
        suppressed=None,
        window=None,
        breakdown=(
            BreakdownItem(
                place(t, "Bryansk Oblast", "RU-BRY", "Bryansk Oblast", "admin1", "RU-BRY"),
                quantity(t, "12", 12),
            ),
        ),
        breakdown_scope="complete",
        sourcing=Sourcing(attributed_to="the ministry", kind="official"),
        text=t[start : len(t) - 1],
        span=(start, len(t) - 1),
    )
    return pair(document, (claim,), ())


@pytest.fixture(scope="session")
def web_store(tmp_path_factory: pytest.TempPathFactory) -> WebStore:
    """A store with the seed article (read and extracted as ``dronewatch ingest`` does), the canned
    records of ``records.all_pairs``, the hostile document and the emoji document."""
    from dronewatch.intake import read
    from dronewatch.model import Document
    from dronewatch.pipeline import process
    from dronewatch.store import SQLiteStore
    from records import all_pairs

    path = tmp_path_factory.mktemp("web") / "web.db"
    (seed,) = [d for d in read([str(SEED_ARTICLE)]) if isinstance(d, Document)]
    with SQLiteStore(path) as store:
        store.save(seed, process(seed))
        for document, extraction in [*all_pairs(), hostile_pair(), emoji_pair()]:
            store.save(document, extraction)
    hostile, emoji = hostile_pair()[0], emoji_pair()[0]
    return WebStore(path, seed.content_hash, hostile.content_hash, emoji.content_hash)
