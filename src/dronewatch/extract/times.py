"""Clock times and windows ("around 00:45 MSK", "с 20.00 мск 22 мая до 7.00 мск 23 мая").

Times are anchored to the document's ``published_at``: a clock time without a date takes the
publication date in the stated zone, and a window that ends on a clock time earlier than it starts
crosses midnight. Without a publication date a clock time keeps ``clock`` and ``utc_offset`` only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from dronewatch.lang import Lexicon, alternation
from dronewatch.model import Time

__all__ = ["TimeMention", "find_times"]

# A window must close within this many characters after it opens ("с 20.00 мск 22 мая до 7.00 мск
# 23 мая" is 38 characters long); calibrated on ministry and air-force statements.
MAX_WINDOW_GAP = 40
# A report published this long before a clock time it states is taken to mean that time on the previous
# day ("until 07:00" in a statement published at 06:30 refers to today, at 05:00 to yesterday is rare).
LATE_MARGIN = timedelta(hours=2)


@dataclass(frozen=True)
class _Point:
    start: int
    end: int
    hour: int
    minute: int
    zone: str | None
    day: int | None
    month: int | None
    year: int | None
    approx: bool


@dataclass(frozen=True)
class TimeMention:
    """A time or window found in the text, ready to go into a claim."""

    time: Time
    start: int
    end: int
    window: bool


@dataclass(frozen=True)
class _Grammar:
    point: re.Pattern[str]
    opener: re.Pattern[str]
    closer: re.Pattern[str]
    zones: dict[str, str]
    months: dict[str, int]
    approx: re.Pattern[str]


def _fold(word: str) -> str:
    return " ".join(word.lower().replace("ё", "е").split())


@cache
def _grammar(lex: Lexicon) -> _Grammar:
    zones = {_fold(k): str(v) for k, v in lex.table("time", "zones").items()}
    months = {_fold(k): int(v) for k, v in lex.table("time", "months").items()}
    zone = alternation(zones)
    month = alternation(months)
    clock = r"(?<![\d.:])(?P<h>[01]?\d|2[0-4])[:.](?P<m>[0-5]\d)(?![\d.:]\d)"
    day_month = rf"(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<mon1>{month})(?:\s+(?P<y1>20\d\d))?"
    month_day = rf"(?P<mon2>{month})\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+(?P<y2>20\d\d))?"
    point = re.compile(
        rf"{clock}(?:\s*(?:\(\s*)?(?P<zone>{zone})\)?)?(?:\s*,?\s*(?:on\s+)?(?:{day_month}|{month_day}))?",
        re.IGNORECASE,
    )
    opener = re.compile(rf"{alternation(lex.words('time', 'from'))}\s*$", re.IGNORECASE)
    closer = re.compile(rf"^\s*(?:{zone}\s*)?,?\s*{alternation(lex.words('time', 'to'))}\s*$", re.IGNORECASE)
    approx = re.compile(rf"{alternation(lex.words('time', 'approx'))}\s*$", re.IGNORECASE)
    return _Grammar(point, opener, closer, zones, months, approx)


def _points(text: str, grammar: _Grammar, start: int, end: int) -> list[_Point]:
    found = []
    for m in grammar.point.finditer(text, start, end):
        month_word = m.group("mon1") or m.group("mon2")
        day = m.group("d1") or m.group("d2")
        year = m.group("y1") or m.group("y2")
        before = text[max(start, m.start() - 20) : m.start()]
        approx = grammar.approx.search(before)
        begin = m.start() - (len(approx.group()) if approx else 0) if approx else m.start()
        found.append(
            _Point(
                start=begin,
                end=m.end(),
                hour=int(m.group("h")),
                minute=int(m.group("m")),
                zone=grammar.zones[_fold(m.group("zone"))] if m.group("zone") else None,
                day=int(day) if day else None,
                month=grammar.months[_fold(month_word)] if month_word else None,
                year=int(year) if year else None,
                approx=approx is not None,
            )
        )
    return found


def _offset(zone: ZoneInfo, when: datetime) -> str:
    offset = when.replace(tzinfo=zone).utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _at(day: date, point: _Point, zone: ZoneInfo) -> datetime:
    base = datetime(day.year, day.month, day.day, tzinfo=zone)
    return base + timedelta(hours=point.hour, minutes=point.minute)


def _dated(point: _Point, anchor: datetime | None, zone: ZoneInfo) -> date | None:
    """The calendar day a point's own date names, with the year taken from the anchor."""
    if point.day is None or point.month is None:
        return None
    year = point.year or (anchor.astimezone(zone).year if anchor else None)
    if year is None:
        return None
    if point.year is None and anchor is not None and point.month > anchor.astimezone(zone).month + 1:
        year -= 1  # "25 December" in a January report is last year's
    try:
        return date(year, point.month, point.day)
    except ValueError:
        return None


def find_times(
    text: str,
    lex: Lexicon,
    published_at: datetime | None,
    *,
    default_zone: str | None = None,
    start: int = 0,
    end: int | None = None,
) -> list[TimeMention]:
    """Clock times and windows in ``text[start:end]``, anchored to ``published_at``.

    Args:
        text: the document text.
        lex: the wording of the document's language.
        published_at: the publication time that fixes dates left unsaid.
        default_zone: the IANA zone of times that name none (a ministry's times are Moscow time).
        start: where to start looking.
        end: where to stop looking.

    Returns:
        Windows ("from … to …") and points in the order they appear.
    """
    grammar = _grammar(lex)
    stop = len(text) if end is None else end
    points = _points(text, grammar, start, stop)
    mentions: list[TimeMention] = []
    i = 0
    while i < len(points):
        first = points[i]
        opened = grammar.opener.search(text[max(start, first.start - 25) : first.start])
        if opened and i + 1 < len(points):
            second = points[i + 1]
            between = text[first.end : second.start]
            if second.start - first.end <= MAX_WINDOW_GAP and grammar.closer.search(between):
                begin = first.start - len(opened.group())
                mentions.append(_window(text, begin, first, second, published_at, default_zone))
                i += 2
                continue
        mentions.append(_window(text, first.start, first, None, published_at, default_zone))
        i += 1
    return mentions


def _window(
    text: str,
    begin: int,
    first: _Point,
    second: _Point | None,
    published_at: datetime | None,
    default_zone: str | None,
) -> TimeMention:
    zone_name = first.zone or (second.zone if second else None) or default_zone
    zone = ZoneInfo(zone_name) if zone_name else None
    end_point = second or first
    finish = end_point.end
    evidence = text[begin:finish]
    clock = f"{first.hour:02d}:{first.minute:02d}"
    if zone is None:
        span = (begin, finish)
        return TimeMention(
            Time(None, None, evidence, span, "minute", clock, None), begin, finish, second is not None
        )
    anchor = published_at.astimezone(zone) if published_at else None
    start_day = _dated(first, published_at, zone)
    end_day = _dated(end_point, published_at, zone)
    if end_day is None and start_day is not None and second is not None:
        end_day = (
            start_day + timedelta(days=1)
            if (second.hour, second.minute) < (first.hour, first.minute)
            else start_day
        )
    if end_day is None and anchor is not None:
        end_day = anchor.date()
        if _at(end_day, end_point, zone) - anchor > LATE_MARGIN:
            end_day -= timedelta(days=1)
    if start_day is None and end_day is not None:
        start_day = end_day
        if second is not None and (first.hour, first.minute) > (second.hour, second.minute):
            start_day -= timedelta(days=1)
    offset = _offset(
        zone, datetime(2000, 1, 1) if start_day is None else datetime.combine(start_day, datetime.min.time())
    )
    if start_day is None or end_day is None:
        time = Time(None, None, evidence, (begin, finish), "minute", clock, offset)
        return TimeMention(time, begin, finish, second is not None)
    start_at = _fixed(_at(start_day, first, zone))
    end_at = _fixed(_at(end_day, end_point, zone)) if second is not None else start_at
    time = Time(
        start_at,
        end_at,
        evidence,
        (begin, finish),
        "minute",
        clock,
        _offset(zone, start_at.replace(tzinfo=None)),
    )
    return TimeMention(time, begin, finish, second is not None)


def _fixed(when: datetime) -> datetime:
    """The same instant with a fixed offset, so that its ISO form carries the offset, not a zone name."""
    offset = when.utcoffset() or timedelta(0)
    from datetime import timezone

    return when.astimezone(timezone(offset))
