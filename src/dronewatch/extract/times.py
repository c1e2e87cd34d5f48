"""Clock times and windows ("around 00:45 MSK", "с 20.00 мск 22 мая до 7.00 мск 23 мая").

Times are anchored to the document's ``published_at``. A clock time takes its date from the text ("22
мая", "6.05", "on Saturday", "вчера") or else from the publication date in the stated zone; a window
that ends on a clock time earlier than it starts crosses midnight; and a report cannot describe a window
that ends after it was published, so such a window is the previous day's. Without a publication date
an undated clock time keeps ``clock`` and ``utc_offset`` only.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from functools import cache
from typing import Final
from zoneinfo import ZoneInfo

from dronewatch.lang import Lexicon, alternation, fold_word, matches_at
from dronewatch.model import Time

__all__ = [
    "CLOCK_PHRASES",
    "EITHER_CLOCK",
    "LOCAL",
    "LOCAL_ZONES",
    "REGION_ZONES",
    "TimeMention",
    "clock_of_publication",
    "clock_starts",
    "date_in",
    "find_times",
    "local_zone",
    "names_a_day",
    "zone_of_places",
]

# A window must close within this many characters after it opens ("с 20.00 мск 22 мая до 7.00 мск
# 23 мая" is 38 characters long); calibrated on ministry and air-force statements.
MAX_WINDOW_GAP: Final = 40
# How far before a clock time its opener ("в период с", "between") or a date ("20 июня с 22.00") may stand.
LOOKBACK: Final = 30


# The clock of each country's reports when they say "local time" or name no zone.
LOCAL_ZONES: Final = {"RU": "Europe/Moscow", "UA": "Europe/Kyiv"}
# The zone word of "local time" ("по местному времени", "за місцевим часом"): the clock of the region
# the text names (``local_zone``).
LOCAL: Final = "local"
# The regions of Russia whose clock is not Moscow's, by ISO 3166-2 code: their "local time".
REGION_ZONES: Final[dict[str, str]] = {
    "RU-KGD": "Europe/Kaliningrad",
    "RU-SAM": "Europe/Samara",
    "RU-UD": "Europe/Samara",
    "RU-AST": "Europe/Astrakhan",
    "RU-SAR": "Europe/Saratov",
    "RU-ULY": "Europe/Ulyanovsk",
    "RU-BA": "Asia/Yekaterinburg",
    "RU-CHE": "Asia/Yekaterinburg",
    "RU-KGN": "Asia/Yekaterinburg",
    "RU-KHM": "Asia/Yekaterinburg",
    "RU-ORE": "Asia/Yekaterinburg",
    "RU-PER": "Asia/Yekaterinburg",
    "RU-SVE": "Asia/Yekaterinburg",
    "RU-TYU": "Asia/Yekaterinburg",
    "RU-YAN": "Asia/Yekaterinburg",
    "RU-OMS": "Asia/Omsk",
    "RU-NVS": "Asia/Novosibirsk",
    "RU-ALT": "Asia/Barnaul",
    "RU-AL": "Asia/Barnaul",
    "RU-TOM": "Asia/Tomsk",
    "RU-KEM": "Asia/Novokuznetsk",
    "RU-KYA": "Asia/Krasnoyarsk",
    "RU-KK": "Asia/Krasnoyarsk",
    "RU-TY": "Asia/Krasnoyarsk",
    "RU-IRK": "Asia/Irkutsk",
    "RU-BU": "Asia/Irkutsk",
    "RU-ZAB": "Asia/Chita",
    "RU-AMU": "Asia/Yakutsk",
    "RU-SA": "Asia/Yakutsk",
    "RU-PRI": "Asia/Vladivostok",
    "RU-KHA": "Asia/Vladivostok",
    "RU-YEV": "Asia/Vladivostok",
    "RU-MAG": "Asia/Magadan",
    "RU-SAK": "Asia/Sakhalin",
    "RU-KAM": "Asia/Kamchatka",
    "RU-CHU": "Asia/Kamchatka",
}
# Regions whose reports keep either clock (Moscow's under the occupation, Kyiv's elsewhere): they
# tell nothing of which one a report keeps.
EITHER_CLOCK: Final = frozenset({"UA-09", "UA-14", "UA-23", "UA-40", "UA-43", "UA-65"})


def zone_of_places(admin1: Iterable[str | None], default: str | None) -> str | None:
    """The clock of times that name no zone in a document whose places are all in one country: that
    country's ("с 01:30 до 05:00 над Львовской областью" in Russian is Kyiv time); else ``default``,
    the clock of the document's language (None, for English, leaves the clock to each window)."""
    if default is None:
        return None
    countries = {code[:2] for code in admin1 if code and code not in EITHER_CLOCK}
    return LOCAL_ZONES.get(countries.pop(), default) if len(countries) == 1 else default


# A publication stamped two hours ahead of UTC keeps Kyiv's winter clock, which Moscow never keeps.
_KYIV_WINTER: Final = timedelta(hours=2)


def clock_of_publication(published_at: datetime | None, zone: str | None) -> str | None:
    """The clock of times that name no zone in a text that names no place: its language's (Moscow's for
    Russian), but Kyiv's for a Russian text stamped +02:00 ("с 19:00 14 января" in a Ukrainian outlet's
    Russian report in winter)."""
    offset = published_at.utcoffset() if published_at is not None else None
    if zone == LOCAL_ZONES["RU"] and offset == _KYIV_WINTER:
        return LOCAL_ZONES["UA"]
    return zone


def local_zone(admin1: Iterable[str | None]) -> str | None:
    """The clock of "local time" where the places named keep one: their region's ("с 02:00 до 04:00 по
    местному времени" over Perm Krai is Yekaterinburg time), else their country's; None where they keep
    several clocks or none."""
    zones = {
        REGION_ZONES.get(code) or LOCAL_ZONES.get(code[:2])
        for code in admin1
        if code and code not in EITHER_CLOCK
    }
    zones.discard(None)
    return zones.pop() if len(zones) == 1 else None


@dataclass(frozen=True)
class _Point:
    start: int
    end: int
    hour: int
    minute: int
    zone: str | None
    day: date | None  # an explicit calendar day, year from the anchor when unsaid
    shift: int | None  # days relative to publication ("вчера" = -1)
    weekday: int | None  # "on Saturday" = 5

    def __init__(
        self,
        start: int,
        end: int,
        hour: int,
        minute: int,
        zone: str | None,
        day: date | None,
        shift: int | None,
        weekday: int | None,
    ) -> None:
        # (written out: the compiled build runs this one as C, see ``dronewatch.compiled``)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "hour", hour)
        object.__setattr__(self, "minute", minute)
        object.__setattr__(self, "zone", zone)
        object.__setattr__(self, "day", day)
        object.__setattr__(self, "shift", shift)
        object.__setattr__(self, "weekday", weekday)


@dataclass(frozen=True)
class TimeMention:
    """A time or window found in the text, ready to go into a claim."""

    time: Time
    start: int
    end: int
    window: bool

    def __init__(self, time: Time, start: int, end: int, window: bool) -> None:
        # (written out: the compiled build runs this one as C, see ``dronewatch.compiled``)
        object.__setattr__(self, "time", time)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "window", window)


@dataclass(frozen=True)
class _Grammar:
    point: re.Pattern[str]
    opener: re.Pattern[str]
    closer: re.Pattern[str]
    date_before: re.Pattern[str]
    calendar: re.Pattern[str]
    zones: dict[str, str]
    months: dict[str, int]
    relative: dict[str, int]
    weekdays: dict[str, int]
    weekday: re.Pattern[str] | None
    approx: re.Pattern[str]
    status: re.Pattern[str]
    relative_word: re.Pattern[str] | None
    # Hours said in words ("midnight", "noon", "опівночі", "девяти" before "вечера") and a pattern of them.
    named: dict[str, int]
    named_word: re.Pattern[str] | None
    # The part of the day after an hour ("3 часа ночи", "5 ранку", "8 вечера"): phrase → part.
    parts: dict[str, str]
    # An hour with no a.m./p.m. or part of the day of its own that shares the next one's ("between 8 and
    # 11 p.m.", "с 2 до 4 часов ночи"): group 1 is the a.m. or p.m., group 2 the part of the day.
    shared: re.Pattern[str]
    # Words right after a time that make it when something was reported ("В 8:37 стало известно").
    reported: re.Pattern[str] | None


def _fold(word: str) -> str:
    return " ".join(fold_word(word).split())


@cache
def _grammar(lex: Lexicon) -> _Grammar:
    zones = {_fold(k): str(v) for k, v in lex.table("time", "zones").items()}
    months = {_fold(k): int(v) for k, v in lex.table("time", "months").items()}
    relative = {_fold(k): int(v) for k, v in lex.table("time", "relative_days").items()}
    weekdays = {_fold(k): int(v) for k, v in lex.table("time", "weekdays").items()}
    zone = alternation(zones)
    month = alternation(months)
    day_words = alternation([*relative, *weekdays])
    filler = alternation(lex.words("time", "filler"))
    # "20:00", "8.30", and a bare hour only before a.m./p.m. ("8 p.m."): a bare number is no time.
    named = {_fold(k): int(v) for k, v in lex.table("time", "named_hours").items()}
    # "с девяти вечера", "з дев'ятої вечора": an hour in words, a time only before its part of the day
    worded = {_fold(k): int(v) for k, v in lex.table("time", "word_hours").items()}
    # "between 1100 and 1400 Moscow time": four digits are a clock time only before a zone, or before
    # another such time and its zone
    four = r"(?:[01]\d|2[0-3])[0-5]\d"
    military = (
        rf"|(?<![\d.:,])(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?![\d.:,])"
        rf"(?=\s*\(?{zone}|\s*(?:and|to|until|till|[–—-])\s*{four}\s*\(?{zone})"
    )
    parts = {_fold(k): str(v) for k, v in lex.table("time", "day_parts").items()}
    # "3 часа ночи", "о 5-й ранку", not "3 ночи подряд" (three nights)
    part = (
        rf"(?:-[^\W\d]{{1,2}})?\s*(?:{alternation(parts)})"
        + (rf"(?!\s+{alternation(lex.words('time', 'not_after_day_part'))})" if parts else "")
        if parts
        else "(?!)"
    )
    # (the second hour may be said in words: "з першої до п'ятої ранку")
    second = rf"|{alternation(worded)}" if worded else ""
    shared = (
        r"\s*(?:and|to|until|till|[–—-]|" + alternation(lex.words("time", "to")) + r")\s*"
        rf"(?:(?:[01]?\d|2[0-4])(?:[:.][0-5]\d)?{second})(?:\s*([ap])\.?\s?m\.?(?!\w)|(?=({part})))"
    )
    clock = (
        r"(?:(?<![\d.:])(?P<h>[01]?\d|2[0-4])"
        r"(?:[:.](?P<m>[0-5]\d)(?![\d.:]\d)|(?=\s*[ap]\.?\s?m\.?(?!\w))"
        rf"|(?={part})|(?={shared}))"
        + military
        + (rf"|(?P<named>{alternation(named)})" if named else "")
        + (rf"|(?P<worded>{alternation(worded)})(?={part}|{shared})" if worded and parts else "")
        + ")"
    )
    ampm = rf"(?:\s*(?P<ampm>[ap]\.?\s?m\.?)(?!\w)|(?P<part>{part}))?"
    # "24 November", "Nov. 24": an abbreviated month may end with a full stop.
    day_month = rf"(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<mon1>{month})\.?(?:\s+(?P<y1>20\d\d))?"
    month_day = rf"(?P<mon2>{month})\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+(?P<y2>20\d\d))?"
    # "7.00 мск 7.05", "19:00 25.11": a numeric day.month right after a clock time (and its zone).
    numeric = r"(?P<d3>[0-3]?\d)\.(?P<m3>[01]\d)(?:\.(?P<y3>20\d\d))?(?![\d:]|\.\d)"
    # every point starts with a digit or a named hour's first letter: a lookahead names them, which
    # spares the branches at every other character (where ``clock_starts`` knows where points can start,
    # only those are tried)
    firsts = "".join(re.escape(c) for c in sorted({k[0] for k in (*named, *worded)}))
    point = re.compile(
        rf"(?=[\d{firsts}]){clock}{ampm}(?:\s*\(?(?P<zone>{zone})\)?)?(?:\s+{numeric})?{_OTHER_ZONE}"
        # "18:00 local time on Saturday": a filler may stand between the clock and its day
        # "6 p.m. local time (1600 UTC) on Saturday": and the time in another zone before the day
        rf"(?:(?:\s*{filler})?{_OTHER_ZONE}\s*,?\s*(?:on\s+)?(?:{day_month}|{month_day}|(?P<rel>{day_words})))?"
        # "7:00 a.m. on Nov. 25 Moscow time": the zone may also follow the day.
        rf"(?:\s*\(?(?P<zone2>{zone})\)?)?(?:\s*{filler})?" + _OTHER_ZONE,
        # "8 p.m. Moscow time (1700 GMT)": the same time told in another zone, before or after the day
        re.IGNORECASE,
    )
    opener = re.compile(rf"{alternation(lex.words('time', 'from'))}\s*$", re.IGNORECASE)
    closer = re.compile(
        rf"^\s*(?:{zone}\s*)?(?:{filler}\s*)?,?\s*{alternation(lex.words('time', 'to'))}\s*$", re.IGNORECASE
    )
    calendar = re.compile(rf"(?<!\w)(?:{day_month}|{month_day})(?!\w)", re.IGNORECASE)
    date_before = re.compile(
        rf"(?:{day_month}|{month_day})\s*,?\s*(?:{alternation(lex.words('time', 'from'))})?\s*$",
        re.IGNORECASE,
    )
    approx = re.compile(rf"{alternation(lex.words('time', 'approx'))}\s*$", re.IGNORECASE)
    weekday = re.compile(alternation(weekdays), re.IGNORECASE) if weekdays else None
    status = re.compile(rf"{alternation(lex.words('time', 'status'))}\s*$", re.IGNORECASE)
    relative_word = re.compile(alternation(relative), re.IGNORECASE) if relative else None
    said = lex.data.get("time", {}).get("reported_after_patterns")
    # (the words follow the time at once: no word boundary of a list's phrases before them)
    reported = re.compile("|".join(f"(?:{p})" for p in said), re.IGNORECASE) if said else None
    return _Grammar(
        point,
        opener,
        closer,
        date_before,
        calendar,
        zones,
        months,
        relative,
        weekdays,
        weekday,
        approx,
        status,
        relative_word,
        {**worded, **named},
        re.compile(alternation([*named, *worded]), re.IGNORECASE) if named or worded else None,
        parts,
        re.compile(shared, re.IGNORECASE),
        reported,
    )


def _calendar(day: str | None, month: int | None, year: str | None) -> date | None:
    """A calendar day; year 1 marks a year the text leaves unsaid."""
    if day is None or month is None:
        return None
    try:
        return date(int(year) if year else 1, month, int(day))
    except ValueError:
        return None


# "(2000 GMT)", "(8 p.m. ET on Monday)": the same time told in another zone, passed over.
_ZONE_ASIDE_TEXT: Final = r"\([^()]{1,24}\b(?:GMT|UTC|ET|EST|EDT|CET|CEST|BST)\b[^()\d]{0,16}\)"
_OTHER_ZONE: Final = rf"(?:\s*{_ZONE_ASIDE_TEXT})?"
# The same, found on its own: its day is that zone's, not the one of the time before it.
_ZONE_ASIDE: Final = re.compile(_ZONE_ASIDE_TEXT)
_DIGIT: Final = re.compile(r"\d")
_DASH: Final = re.compile(r"\s*[–—-]\s*")
# "в ночь на", "у ніч на" (and a weekday) right before a date: the night that ends on that date.
_NIGHT_INTO: Final = re.compile(r"(?:ночь|ніч)\s+на\s+(?:[^\W\d]+,?\s+)?$", re.IGNORECASE)


# The ordinal ending of an hour before its part of the day ("о 5-й ранку").
_ORDINAL_ENDING: Final = re.compile(r"^-[^\W\d]{1,2}")


def _in_part_of_day(hour: int, part: str) -> int:
    """The hour on the 24-hour clock of an hour said with its part of the day: "3 часа ночи" is 03:00 and
    "11 ночи" 23:00, "5 утра" 05:00, "3 часа дня" 15:00, "8 вечера" 20:00."""
    if part == "night":
        return 0 if hour == 12 else hour + 12 if 6 <= hour < 12 else hour
    if part in ("afternoon", "evening"):
        return hour + 12 if hour < 12 else hour
    return hour


def _points(text: str, grammar: _Grammar, start: int, end: int, starts: list[int] | None) -> list[_Point]:
    found: list[_Point] = []
    here = None if starts is None else starts[bisect_left(starts, start) : bisect_left(starts, end)]
    if here is not None and not here:
        return found  # no clock time can start in the stretch
    if _DIGIT.search(text, start, end) is None and (
        grammar.named_word is None or grammar.named_word.search(text, start, end) is None
    ):
        return found  # every clock time has digits, or is a named hour
    matches = (
        grammar.point.finditer(text, start, end)
        if here is None
        else matches_at(grammar.point, text, here, start, end)
    )
    for m in matches:
        month_word = m.group("mon1") or m.group("mon2")
        month = (
            grammar.months[_fold(month_word)]
            if month_word
            else (int(m.group("m3")) if m.group("m3") else None)
        )
        day = _calendar(
            m.group("d1") or m.group("d2") or m.group("d3"),
            month,
            m.group("y1") or m.group("y2") or m.group("y3"),
        )
        relative = _fold(m.group("rel")) if m.group("rel") else None
        digits = m.group("h") or m.group("hh")
        hour = int(digits) if digits else grammar.named[_fold(m.group("named") or m.group("worded"))]
        marker = (m.group("ampm") or "").lower()
        part = m.group("part")
        if not marker and not part and (shared := grammar.shared.match(text, m.end(), end)) is not None:
            # "between 8 and 11 p.m.", "с 2 до 4 часов ночи": the first hour's is the second's
            marker, part = (shared.group(1) or "").lower(), shared.group(2)
        if marker.startswith("p") and hour < 12:
            hour += 12
        elif marker.startswith("a") and hour == 12:
            hour = 0
        elif part:
            hour = _in_part_of_day(hour, grammar.parts[_fold(_ORDINAL_ENDING.sub("", part))])
        before = text[max(start, m.start() - LOOKBACK) : m.start()]
        if grammar.status.search(before):
            continue  # "станом на 09:00", "as of 9 a.m.": when the report was made, not the attack
        if _reported_at(text, grammar, m, end):
            continue  # "03:41 Собянин:", "В 8:37 стало известно": when it was told
        approx = grammar.approx.search(before)
        if day is None:
            dated = grammar.date_before.search(before)
            if dated:
                mon = dated.group("mon1") or dated.group("mon2")
                day = _calendar(
                    dated.group("d1") or dated.group("d2"),
                    grammar.months[_fold(mon)],
                    dated.group("y1") or dated.group("y2"),
                )
                if day is not None and hour >= 12 and _NIGHT_INTO.search(before, 0, dated.start()):
                    # "в ночь на 5 июля с 20:00": the night into the 5th begins the evening before
                    day -= timedelta(days=1)
        found.append(
            _Point(
                start=m.start() - len(approx.group()) if approx else m.start(),
                end=m.end(),
                hour=hour,
                minute=int(m.group("m") or m.group("mm") or 0),
                zone=grammar.zones[_fold(zone)] if (zone := m.group("zone") or m.group("zone2")) else None,
                day=day,
                shift=grammar.relative.get(relative) if relative else None,
                weekday=grammar.weekdays.get(relative) if relative else None,
            )
        )
    return found


def _reported_at(text: str, grammar: _Grammar, m: re.Match[str], end: int) -> bool:
    """Whether a time is when something was told: a post's stamp opening its line ("03:41 Собянин:",
    "08:20 – Air Force:"), or a time a verb of telling follows ("В 8:37 стало известно", "At 08:20 the
    Air Force said")."""
    line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
    if not _LETTER_OR_DIGIT.search(line) and _STAMP.match(text, m.end(), end):
        return True
    return grammar.reported is not None and grammar.reported.match(text, m.end(), end) is not None


# What follows a post's time stamp at the start of a line: a dash before words, or a speaker and a colon.
_STAMP: Final = re.compile(r"[ \t]*(?:[–—-][ \t]*(?!\d)|[^\W\d][^\n\d:.]{0,40}:)")
_LETTER_OR_DIGIT: Final = re.compile(r"[^\W_]")


def find_times(
    text: str,
    lex: Lexicon,
    published_at: datetime | None,
    *,
    default_zone: str | None = None,
    local: str | None = None,
    start: int = 0,
    end: int | None = None,
    starts: list[int] | None = None,
) -> list[TimeMention]:
    """Clock times and windows in ``text[start:end]``, anchored to ``published_at``.

    Args:
        text: the document text.
        lex: the wording of the document's language.
        published_at: the publication time that fixes dates left unsaid.
        default_zone: the IANA zone of times that name none (a ministry's times are Moscow time).
        local: the IANA zone of "local time" (``local_zone`` of the places named), if known; else
            ``default_zone``.
        start: where to start looking.
        end: where to stop looking.
        starts: where in the text a clock time can start (``clock_starts``), in order, if known: the
            times are tried there only, rather than at every character.

    Returns:
        Windows ("from … to …", or "from …" alone with no end) and points, in the order they appear.
    """
    grammar = _grammar(lex)
    stop = len(text) if end is None else end
    points = _points(text, grammar, start, stop, starts)
    if not points:
        return []  # most sentences name no clock time
    if any(p.zone == LOCAL for p in points):
        points = [_local(p, local or default_zone) if p.zone == LOCAL else p for p in points]
    weekday = _day_word_in(text, grammar.weekday, grammar.weekdays, start, stop)
    relative = _day_word_in(text, grammar.relative_word, grammar.relative, start, stop)
    mentions: list[TimeMention] = []
    i = 0
    while i < len(points):
        first = points[i]
        opened = grammar.opener.search(text[max(start, first.start - LOOKBACK) : first.start])
        begin = first.start - len(opened.group()) if opened else first.start
        # "20:00–23:00": two times joined by a dash are a window without a "from"
        dashed = i + 1 < len(points) and _DASH.fullmatch(text[first.end : points[i + 1].start]) is not None
        if (opened or dashed) and i + 1 < len(points):
            second = points[i + 1]
            between = text[first.end : second.start]
            if dashed or (second.start - first.end <= MAX_WINDOW_GAP and grammar.closer.search(between)):
                mentions.append(
                    _mention(
                        text, begin, first, second, published_at, default_zone, weekday, relative=relative
                    )
                )
                i += 2
                continue
        mentions.append(
            _mention(
                text, begin, first, None, published_at, default_zone, weekday, opened is not None, relative
            )
        )
        i += 1
    return mentions


# The lists of hours in words: where a phrase of them can start, a clock time can (``clock_starts``).
CLOCK_PHRASES: Final = (("time", "named_hours"), ("time", "word_hours"))


def clock_starts(named: list[int], digits: list[int]) -> list[int]:
    """Where a clock time of ``find_times`` can start: at the first digit of a number (``digits``:
    where each run of digits starts; a time never starts after a digit, a dot or a colon) or at a
    named hour (``named``: where a phrase of the language's ``[time] named_hours`` or ``word_hours``
    can start), in order."""
    return sorted({*digits, *named})


def date_in(text: str, lex: Lexicon, start: int, end: int) -> date | None:
    """The first calendar day ``text[start:end]`` names ("On June 10", "10 червня"); year 1 where the
    text leaves the year unsaid."""
    grammar = _grammar(lex)
    found = grammar.calendar.search(text, start, end)
    if found is None:
        return None
    month = found.group("mon1") or found.group("mon2")
    return _calendar(
        found.group("d1") or found.group("d2"),
        grammar.months[_fold(month)],
        found.group("y1") or found.group("y2"),
    )


def names_a_day(text: str, lex: Lexicon, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a day relative to the publication ("сьогодні", "yesterday")."""
    words = _grammar(lex).relative_word
    return words is not None and words.search(text, start, end) is not None


def _day_word_in(
    text: str, words: re.Pattern[str] | None, values: dict[str, int], start: int, end: int
) -> int | None:
    """The value of the first day word of ``words`` in ``text[start:end]``, which dates the sentence's
    undated clock times: a weekday ("on Saturday morning") or a day relative to the publication
    ("Сегодня в период с 9.00 до 13.00", "yesterday": days from the publication's day)."""
    if words is None:
        return None
    # not the day of the same time told in another zone ("3 a.m. local time (8 p.m. ET on Monday)")
    asides = [m.span() for m in _ZONE_ASIDE.finditer(text, start, end)]
    for match in words.finditer(text, start, end):
        if not any(a <= match.start() < b for a, b in asides):
            return values[_fold(match.group())]
    return None


def _local(point: _Point, zone: str | None) -> _Point:
    """A point of "local time" on the clock of ``zone`` (no zone of its own where that is unknown)."""
    return _Point(
        point.start, point.end, point.hour, point.minute, zone, point.day, point.shift, point.weekday
    )


def _offset(when: datetime) -> str:
    offset = when.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _at(day: date, point: _Point, zone: ZoneInfo) -> datetime:
    """The instant of a point on a day, as a fixed offset so that its ISO form carries the offset."""
    local = datetime(day.year, day.month, day.day, tzinfo=zone) + timedelta(
        hours=point.hour, minutes=point.minute
    )
    # adding a timedelta keeps the day's offset; normalise through UTC for days with a clock change
    when = local.astimezone(UTC).astimezone(zone)
    return when.astimezone(timezone(when.utcoffset() or timedelta(0)))


def _day_of(point: _Point, anchor: datetime | None) -> date | None:
    """The day a point's own words name, with the year (or the date itself) taken from the anchor."""
    if point.day is not None:
        if point.day.year != 1:
            return point.day
        if anchor is None:
            return None
        year = anchor.year - (1 if point.day.month > anchor.month + 1 else 0)  # "25 December" in January
        return point.day.replace(year=year)
    if anchor is None:
        return None
    if point.shift is not None:
        return anchor.date() + timedelta(days=point.shift)
    if point.weekday is not None:
        return anchor.date() - timedelta(days=(anchor.weekday() - point.weekday) % 7)
    return None


def _anchor(published_at: datetime | None, zone: ZoneInfo) -> datetime | None:
    """The publication time in the times' zone. A stamp at exactly midnight UTC is a date without a
    time (a page's dateline): the report may come from any hour of that day, so its end anchors."""
    if published_at is None:
        return None
    if published_at.utcoffset() == timedelta(0) and (
        published_at.hour,
        published_at.minute,
        published_at.second,
    ) == (0, 0, 0):
        day = published_at.date()
        return datetime(day.year, day.month, day.day, 23, 59, tzinfo=zone)
    return published_at.astimezone(zone)


def _dated(point: _Point) -> bool:
    """Whether a point names its own day: a date, a day relative to today, or a weekday."""
    return (point.day, point.shift, point.weekday) != (None, None, None)


def _mention(
    text: str,
    begin: int,
    first: _Point,
    second: _Point | None,
    published_at: datetime | None,
    default_zone: str | None,
    weekday: int | None,
    start_only: bool = False,
    relative: int | None = None,
) -> TimeMention:
    zone_name = first.zone or (second.zone if second else None) or default_zone
    last = second or first
    evidence = text[begin : last.end]
    span = (begin, last.end)
    clock = f"{first.hour:02d}:{first.minute:02d}"
    is_window = second is not None or start_only
    if zone_name is None:
        return TimeMention(
            Time(None, None, evidence, span, "minute", clock, None), begin, last.end, is_window
        )
    zone = ZoneInfo(zone_name)
    anchor = _anchor(published_at, zone)
    # the sentence's weekday dates a start that names no day of its own — unless the end names another ("said
    # on Sunday … between 8 p.m. and 11 p.m. on Saturday": the window is Saturday's)
    dated_end = second is not None and _dated(second) and second.weekday != weekday
    if weekday is not None and not _dated(first) and not dated_end:
        first = _Point(first.start, first.end, first.hour, first.minute, first.zone, None, None, weekday)
    start_day, end_day = _day_of(first, anchor), _day_of(last, anchor) if second else None
    crosses = second is not None and (second.hour, second.minute) < (first.hour, first.minute)
    if relative is not None and start_day is None and end_day is None and anchor is not None:
        # "сегодня с 9.00 до 13.00": that day; a window across midnight ends on it ("сегодня ночью")
        named = anchor.date() + timedelta(days=relative)
        end_day = named if second is not None else None
        start_day = named - timedelta(days=1 if crosses else 0)
    if second is not None and end_day is None and start_day is not None:
        end_day = start_day + timedelta(days=1 if crosses else 0)
    if second is not None and start_day is None and end_day is not None:
        start_day = end_day - timedelta(days=1 if crosses else 0)
    if start_day is None and anchor is not None:
        # undated: the latest such time (or window) that is over when the report is published
        end_day = anchor.date()
        if _at(end_day, last, zone) > anchor:
            end_day -= timedelta(days=1)
        start_day = end_day - timedelta(days=1 if crosses else 0)
    if crosses and start_day is not None and end_day == start_day:
        # "between 8 p.m. and midnight on Monday": a window that crosses midnight ends the day after
        end_day = start_day + timedelta(days=1)
    if start_day is None:
        offset = _offset(datetime(2000, 1, 1, tzinfo=zone))
        time = Time(None, None, evidence, span, "minute", clock, offset)
        return TimeMention(time, begin, last.end, is_window)
    if (
        second is not None
        and not _dated(second)
        and crosses
        and anchor is not None
        and end_day is not None
        and _at(start_day, first, zone) > anchor
    ):
        # "Вночі 12 грудня, з 22:00 до 04:30" published that morning, "said on Sunday that … between
        # 11:00 p.m. and 6:00 a.m.": a night over before the report, which ends on the day named (not
        # when the text dates the end itself: "с 22:00 12 декабря до 04:30 13 декабря")
        earlier = end_day - timedelta(days=1)
        if _at(earlier, second, zone) <= anchor:
            start_day, end_day = start_day - timedelta(days=1), earlier
    start_at = _at(start_day, first, zone)
    if second is not None:
        end_at: datetime | None = _at(end_day or start_day, second, zone)
    else:
        end_at = None if start_only else start_at
    time = Time(start_at, end_at, evidence, span, "minute", clock, _offset(start_at))
    return TimeMention(time, begin, last.end, is_window)
