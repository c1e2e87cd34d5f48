"""Realistic documents and extractions for tests, with spans computed from the text they point into.

``seed_pair`` is the project's seed example (83 drones over Bryansk, Kaluga and Smolensk, and an
impact in Krasnodar Krai); ``all_pairs`` adds a Russian-language interception, a Kharkiv impact with
an unresolved place, a Ukrainian Air Force report with bounded counts, and a document without claims.
``bulk_pair(i)`` makes any number of distinct small pairs. Every span is found with ``locate`` in the
text it indexes, so ``text[start:end] == evidence.text`` holds by construction.
"""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from datetime import datetime, timedelta, timezone
from pathlib import Path

from dronewatch.model import (
    BreakdownItem,
    Claimant,
    Consequence,
    ConsequenceKind,
    Document,
    Extraction,
    Finding,
    Hedge,
    HedgeKind,
    ImpactClaim,
    InterceptionClaim,
    Level,
    Place,
    Precision,
    Qualifier,
    Quantity,
    Sourcing,
    Span,
    Time,
)

MSK = timezone(timedelta(hours=3))
KYIV = timezone(timedelta(hours=2))

Pair = tuple[Document, Extraction]


def locate(text: str, needle: str, after: int = 0) -> Span:
    """The span of the first ``needle`` at or after ``after``; fails loudly when it is missing."""
    start = text.find(needle, after)
    if start < 0:
        raise ValueError(f"{needle!r} not in the text after {after}")
    return (start, start + len(needle))


def content_hash(text: str) -> str:
    """A content address for test documents (sha256 of the UTF-8 text)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def quantity(text: str, needle: str, value: int, qualifier: Qualifier = "exact", after: int = 0) -> Quantity:
    """A count whose evidence is ``needle`` in ``text``."""
    return Quantity(value, qualifier, needle, locate(text, needle, after))


def place(
    text: str,
    needle: str,
    id: str | None,
    name: str,
    level: Level,
    admin1: str | None,
    lat: float | None = None,
    lon: float | None = None,
    after: int = 0,
) -> Place:
    """A place whose evidence is ``needle`` in ``text``."""
    return Place(id, name, level, admin1, lat, lon, needle, locate(text, needle, after))


def claimant(text: str, needle: str, name: str) -> Claimant:
    """A claimant named by ``needle``."""
    return Claimant(name, needle, locate(text, needle))


def window(text: str, needle: str, start: datetime, end: datetime, precision: Precision) -> Time:
    """A stated time or window whose evidence is ``needle``."""
    return Time(start, end, needle, locate(text, needle), precision)


def consequence(text: str, needle: str, kind: ConsequenceKind) -> Consequence:
    """A consequence of an impact stated by ``needle``."""
    return Consequence(kind, needle, locate(text, needle))


def hedge(text: str, needle: str, kind: HedgeKind) -> Hedge:
    """Wording that qualifies a claim."""
    return Hedge(needle, locate(text, needle), kind)


def between(text: str, first: str, last: str) -> tuple[str, Span]:
    """The claim text running from ``first`` to the end of ``last``, and its span."""
    start = locate(text, first)[0]
    end = locate(text, last, start)[1]
    return text[start:end], (start, end)


def pair(
    document: Document, claims: tuple[InterceptionClaim | ImpactClaim, ...], findings: tuple[Finding, ...]
) -> Pair:
    """The document with its extraction, as the pipeline would make it."""
    extraction = Extraction(
        id=document.id,
        lang=document.lang or "en",
        published_at=document.published_at,
        claims=claims,
        findings=findings,
        source=document.source,
        url=document.url,
        content_hash=document.content_hash,
    )
    return document, extraction


SEED_TEXT = (
    "Russian air defences intercepted 83 Ukrainian drones overnight, the Russian Defence Ministry said: "
    "64 over Bryansk Oblast, nine over Kaluga Oblast and five over Smolensk Oblast. "
    "In Krasnodar Krai, drone debris fell at nine locations and started a fire; residents of nearby "
    "houses were evacuated. No one was injured, a source in the emergency services said."
)


def seed_pair() -> Pair:
    """The seed example: an interception with a breakdown that falls 5 short, and an impact."""
    t = SEED_TEXT
    document = Document(
        id="mod_russia/52110",
        text=t,
        content_hash=content_hash(t),
        lang="en",
        published_at=datetime(2025, 11, 25, 7, 12, tzinfo=MSK),
        source="TASS",
        url="https://t.me/mod_russia/52110",
        channel="mod_russia",
        message_id="52110",
        origin="seed.jsonl:1",
        title="Air defences down 83 drones",
    )
    claim_text, claim_span = between(t, "Russian air defences", "Smolensk Oblast")
    interception = InterceptionClaim(
        claimant=claimant(t, "the Russian Defence Ministry", "Russian Ministry of Defence"),
        weapon="uav",
        weapon_model=None,
        launched=None,
        destroyed=quantity(t, "83", 83),
        suppressed=None,
        window=window(
            t,
            "overnight",
            datetime(2025, 11, 24, 23, 0, tzinfo=MSK),
            datetime(2025, 11, 25, 7, 0, tzinfo=MSK),
            "time_of_day",
        ),
        breakdown=(
            BreakdownItem(
                place(t, "Bryansk Oblast", "RU-BRY", "Bryansk Oblast", "admin1", "RU-BRY", 53.04, 33.27),
                quantity(t, "64", 64),
            ),
            BreakdownItem(
                place(t, "Kaluga Oblast", "RU-KLU", "Kaluga Oblast", "admin1", "RU-KLU", 54.43, 35.43),
                quantity(t, "nine", 9),
            ),
            BreakdownItem(
                place(t, "Smolensk Oblast", "RU-SMO", "Smolensk Oblast", "admin1", "RU-SMO", 54.99, 32.67),
                quantity(t, "five", 5),
            ),
        ),
        breakdown_scope="unknown",
        sourcing=Sourcing(attributed_to="Russian Defence Ministry", kind="official"),
        text=claim_text,
        span=claim_span,
    )
    krasnodar = locate(t, "In Krasnodar Krai")[0]
    impact_text, impact_span = between(t, "In Krasnodar Krai", "emergency services said")
    impact = ImpactClaim(
        places=(place(t, "Krasnodar Krai", "RU-KDA", "Krasnodar Krai", "admin1", "RU-KDA", 45.04, 38.98),),
        weapon="uav",
        sites=quantity(t, "nine", 9, after=krasnodar),
        time=None,
        consequences=(
            consequence(t, "started a fire", "fire"),
            consequence(t, "were evacuated", "evacuation"),
        ),
        killed=None,
        injured=quantity(t, "No one", 0),
        sourcing=Sourcing(attributed_to="a source in the emergency services", kind="anonymous"),
        text=impact_text,
        span=impact_span,
    )
    findings = (
        Finding(
            "breakdown_sum_mismatch",
            0,
            "warning",
            "the breakdown adds up to 78, not the stated 83",
            {"total": 83, "sum": 78, "remainder": 5, "scope": "unknown"},
        ),
        Finding(
            "anonymous_source",
            1,
            "info",
            "the claim rests on an unnamed source",
            {"text": "a source in the emergency services"},
        ),
    )
    return pair(document, (interception, impact), findings)


RUSSIAN_TEXT = (
    "В ночь на 26 ноября дежурными средствами ПВО перехвачены и уничтожены 12 украинских беспилотников "
    "над территорией Белгородской области, сообщило Минобороны России."
)


def russian_pair() -> Pair:
    """A Russian-language interception with a complete one-place breakdown; its id is its hash."""
    t = RUSSIAN_TEXT
    digest = content_hash(t)
    document = Document(
        id=digest,
        text=t,
        content_hash=digest,
        lang="ru",
        published_at=datetime(2025, 11, 26, 6, 30, tzinfo=MSK),
        source="Минобороны России",
    )
    claim = InterceptionClaim(
        claimant=claimant(t, "Минобороны России", "Russian Ministry of Defence"),
        weapon="uav",
        weapon_model=None,
        launched=None,
        destroyed=quantity(t, "12", 12),
        suppressed=None,
        window=window(
            t,
            "В ночь на 26 ноября",
            datetime(2025, 11, 25, 23, 0, tzinfo=MSK),
            datetime(2025, 11, 26, 7, 0, tzinfo=MSK),
            "time_of_day",
        ),
        breakdown=(
            BreakdownItem(
                place(
                    t, "Белгородской области", "RU-BEL", "Belgorod Oblast", "admin1", "RU-BEL", 50.71, 37.39
                ),
                quantity(t, "12", 12),
            ),
        ),
        breakdown_scope="complete",
        sourcing=Sourcing(attributed_to="Минобороны России", kind="official"),
        text=t,
        span=(0, len(t)),
    )
    return pair(document, (claim,), ())


KHARKIV_TEXT = (
    "A Russian drone hit a residential building in Kharkiv's Saltivskyi district at about 02:30, killing "
    "two people and injuring 15, Kharkiv Oblast governor Oleh Syniehubov said. The report has not been "
    "independently verified."
)


def kharkiv_pair() -> Pair:
    """A Kharkiv impact: an unresolved district, a settlement and its oblast; killed and injured."""
    t = KHARKIV_TEXT
    document = Document(
        id="suspilne-kharkiv-2025-11-27-0305",
        text=t,
        content_hash=content_hash(t),
        lang="en",
        published_at=datetime(2025, 11, 27, 3, 5, tzinfo=KYIV),
        source="Suspilne Kharkiv",
        url="https://suspilne.media/kharkiv/",
    )
    at = datetime(2025, 11, 27, 2, 30, tzinfo=KYIV)
    claim = ImpactClaim(
        places=(
            place(t, "Saltivskyi district", None, "Saltivskyi district", "other", None),
            place(t, "Kharkiv", "geonames:706483", "Kharkiv", "settlement", "UA-63", 49.9935, 36.2304),
            place(t, "Kharkiv Oblast", "UA-63", "Kharkiv Oblast", "admin1", "UA-63", 49.5, 36.6),
        ),
        weapon="uav",
        sites=None,
        time=window(t, "at about 02:30", at, at, "minute"),
        consequences=(consequence(t, "hit a residential building", "damage_residential"),),
        killed=quantity(t, "two", 2),
        injured=quantity(t, "15", 15),
        sourcing=Sourcing(
            attributed_to="Oleh Syniehubov",
            kind="named_official",
            verification="unverified",
            hedges=(hedge(t, "has not been independently verified", "unverified"),),
        ),
        text=t,
        span=(0, len(t)),
        claimant=claimant(t, "Kharkiv Oblast governor Oleh Syniehubov", "Oleh Syniehubov"),
    )
    findings = (
        Finding("unverified_claim", 0, "warning", "the report says the claim is not verified", {}),
        Finding(
            "unresolved_place",
            0,
            "info",
            "'Saltivskyi district' is not in the gazetteer",
            {"text": "Saltivskyi district"},
        ),
    )
    return pair(document, (claim,), findings)


UKRAINIAN_TEXT = (
    "Повітряні сили: у ніч на 28 листопада противник атакував 90 ударними БпЛА типу Shahed. "
    "За попередніми даними, збито/подавлено понад 70 ворожих дронів, ще 12 локаційно втрачені."
)


def ukrainian_pair() -> Pair:
    """A Ukrainian Air Force report: launched, a bounded destroyed count, suppressed, no breakdown."""
    t = UKRAINIAN_TEXT
    document = Document(
        id="kpszsu/1234",
        text=t,
        content_hash=content_hash(t),
        lang="uk",
        published_at=datetime(2025, 11, 28, 9, 10, tzinfo=KYIV),
        source="Повітряні сили ЗСУ",
        url="https://t.me/kpszsu/1234",
        channel="kpszsu",
        message_id="1234",
        edited_at=datetime(2025, 11, 28, 9, 40, tzinfo=KYIV),
        origin="result.json#1234",
    )
    claim = InterceptionClaim(
        claimant=claimant(t, "Повітряні сили", "Ukrainian Air Force"),
        weapon="uav",
        weapon_model="Shahed-136/131",
        launched=quantity(t, "90", 90),
        destroyed=quantity(t, "понад 70", 70, "at_least"),
        suppressed=quantity(t, "12", 12),
        window=window(
            t,
            "у ніч на 28 листопада",
            datetime(2025, 11, 27, 18, 0, tzinfo=KYIV),
            datetime(2025, 11, 28, 8, 0, tzinfo=KYIV),
            "time_of_day",
        ),
        breakdown=(),
        breakdown_scope="unknown",
        sourcing=Sourcing(
            attributed_to="Повітряні сили ЗСУ",
            kind="official",
            hedges=(hedge(t, "За попередніми даними", "soft"),),
        ),
        text=t,
        span=(0, len(t)),
    )
    return pair(document, (claim,), ())


EMPTY_TEXT = "Air raid alert declared in Kyiv region. Stay in shelters until the all-clear."


def empty_pair() -> Pair:
    """An undated, sourceless document without claims, with one document-level finding."""
    digest = content_hash(EMPTY_TEXT)
    document = Document(id=digest, text=EMPTY_TEXT, content_hash=digest, lang="en")
    finding = Finding(
        "unresolved_place",
        None,
        "info",
        "'Kyiv region' may be Kyiv city or Kyiv Oblast",
        {"text": "Kyiv region", "candidates": ["UA-30", "UA-32"]},
    )
    return pair(document, (), (finding,))


def all_pairs() -> list[Pair]:
    """Every canned pair, in no particular order."""
    return [kharkiv_pair(), empty_pair(), seed_pair(), ukrainian_pair(), russian_pair()]


def bulk_pair(i: int) -> Pair:
    """The ``i``-th of an endless series of distinct small documents: an interception and an impact."""
    a, b, c = i % 40 + 1, i % 7 + 1, i % 3
    t = (
        f"Report {i}: air defences destroyed {a} drones over Bryansk Oblast and {b} over Kursk Oblast. "
        f"Debris fell in Kursk Oblast; {c} people were injured."
    )
    document = Document(
        id=f"bulk-{i}",
        text=t,
        content_hash=content_hash(t),
        lang="en",
        published_at=datetime(2025, 1, 1, tzinfo=MSK) + timedelta(minutes=i),
        source="bulk",
    )
    claim_text, claim_span = between(t, "air defences", "Kursk Oblast")
    interception = InterceptionClaim(
        claimant=None,
        weapon="uav",
        weapon_model=None,
        launched=None,
        destroyed=None,
        suppressed=None,
        window=None,
        breakdown=(
            BreakdownItem(
                place(t, "Bryansk Oblast", "RU-BRY", "Bryansk Oblast", "admin1", "RU-BRY"),
                quantity(t, str(a), a, after=locate(t, "destroyed ")[1]),
            ),
            BreakdownItem(
                place(t, "Kursk Oblast", "RU-KRS", "Kursk Oblast", "admin1", "RU-KRS"),
                quantity(t, str(b), b, after=locate(t, " and ")[1]),
            ),
        ),
        breakdown_scope="complete",
        sourcing=Sourcing(),
        text=claim_text,
        span=claim_span,
    )
    debris = locate(t, "Debris")[0]
    impact_text, impact_span = between(t, "Debris", "injured")
    impact = ImpactClaim(
        places=(place(t, "Kursk Oblast", "RU-KRS", "Kursk Oblast", "admin1", "RU-KRS", after=debris),),
        weapon="uav",
        sites=None,
        time=None,
        consequences=(consequence(t, "Debris fell", "debris"),),
        killed=None,
        injured=quantity(t, str(c), c, after=locate(t, "; ")[1]),
        sourcing=Sourcing(),
        text=impact_text,
        span=impact_span,
    )
    findings = tuple(
        Finding("anonymous_source", k, "info", f"claim {k} has no named source", {"claim": k})
        for k in range(i % 3)
    )
    return pair(document, (interception, impact), findings)


def content_digest(path: Path) -> str:
    """A digest of a database's logical content: its schema and every row of every table.

    ``migrations.applied_at`` is left out (it records when the database was created); rows are
    compared as sets, ordered by all their columns.
    """
    digest = hashlib.sha256()
    with closing(sqlite3.connect(path)) as conn:
        schema = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")
        digest.update(repr(schema.fetchall()).encode())
        tables = [
            row[0]
            for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ]
        for table in tables:
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
            if table == "migrations":
                columns.remove("applied_at")
            listed = ", ".join(columns)
            digest.update(f"{table}({listed})".encode())
            for row in conn.execute(f"SELECT {listed} FROM {table} ORDER BY {listed}"):
                digest.update(repr(row).encode())
    return digest.hexdigest()
