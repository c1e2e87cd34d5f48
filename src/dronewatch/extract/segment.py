"""Sentences and clauses, as spans into the document text (never copies that lose offsets)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from dronewatch.lang import alternation

__all__ = [
    "BULLETS",
    "PUNCTUATION_BREAKS",
    "Segment",
    "clause_breaks",
    "clauses",
    "clauses_between",
    "sentences",
]

# A sentence ends at ., ! or ? (or …) followed by space and a capital, digit, quote, bullet or emoji,
# or at a line break. Abbreviations that end in a dot ("St. Petersburg", "г. Белгород") do not end one.
# (The pattern opens with the class of every character a break starts with, which the regex engine
# skips to; a lookbehind then tells which break it is.)
_END: Final = re.compile(r"[.!?…\n](?:(?<=[.!?…])[.!?…]*[\"»”')\]]*(?=\s+[^\sa-zа-яёіїєґ,;:])|(?<=\n)\n*)")
# (in lower case, for the lower-cased few characters before a full stop: a case-insensitive search is
# several times slower)
_ABBREVIATIONS: Final = re.compile(
    r"(?:\b[ap]\.m\.|\b(?:st|mr|mrs|ms|dr|gen|col|lt|maj|sgt|jr|sr|no|vol|vs|etc|approx|incl|est|jan|feb|mar|apr|aug|sept?|"
    r"oct|nov|dec|г|гг|обл|р|ул|пос|с|д|им|т|н|ст|млн|тыс|тис|смт|м|мкр|пр|просп|пгт|р-н|вул|н\.п|г\.о|м\.о)\.)$"
)
# Capitalised words that go on a clock time ("2 a.m. Moscow time", "8 p.m. GMT", "11 p.m. Saturday"):
# after "a.m." or "p.m." any other capitalised word starts a sentence ("… at 2 a.m. Debris damaged …").
_AFTER_CLOCK_WORDS: Final = """moscow kyiv kiev msk gmt utc eet eest cet cest et est edt bst local monday
    tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun january february march
    april may june july august september october november december jan feb mar apr jun jul aug sep sept
    oct nov dec"""
_AFTER_CLOCK: Final = frozenset(_AFTER_CLOCK_WORDS.split())
_CLOCK_ABBREVIATION: Final = re.compile(r"\b[ap]\.m\.$")
_NEXT_WORD: Final = re.compile(r"\s+([^\W\d_]+)")
# Clause breaks inside a sentence: commas, semicolons and colons between words. Dashes are not breaks:
# "43 — над Курской областью" pairs a count with its place.
_PUNCTUATION_BREAK: Final = r"[,;:](?=\s)"
PUNCTUATION_BREAKS: Final = re.compile(_PUNCTUATION_BREAK)


def clause_breaks(conjunctions: Iterable[str]) -> re.Pattern[str]:
    """Where a clause of a sentence ends: at commas, semicolons and colons between words, and before
    the conjunctions that start a new clause ("while", "whereas", "а", "тоді як")."""
    words = list(conjunctions)
    if not words:
        return PUNCTUATION_BREAKS
    # one class of the characters a break starts with first, which the regex engine skips to (only the
    # conjunctions are matched case-insensitively: the flag on the whole pattern slows every test)
    return re.compile(rf"[\s,;:](?:(?<=[,;:])(?=\s)|(?<=\s)\s*(?=(?i:{alternation(words)})\s))")


# What may open a line of a list: bullets, dashes, emoji and spaces.
BULLETS: Final = " \t-–—•·▪▫️◾◽🔹🔸🔺🔻▶➖*✔✅☑✓📍"


class Segment:
    """A stretch of the text: ``text[start:end]``, without surrounding whitespace. A plain class with
    slots, not a dataclass: a document makes dozens and reads their ends thousands of times, and the
    compiled build makes and reads such a class fastest. Callers must not change one."""

    __slots__ = ("end", "start")

    def __init__(self, start: int, end: int) -> None:
        self.start = start
        self.end = end

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Segment) and self.start == other.start and self.end == other.end

    def __hash__(self) -> int:
        return hash((self.start, self.end))

    def __repr__(self) -> str:
        return f"Segment(start={self.start}, end={self.end})"

    def of(self, text: str) -> str:
        """The stretch itself."""
        return text[self.start : self.end]


def _trimmed(text: str, start: int, end: int) -> Segment | None:
    stretch = text[start:end]
    kept = stretch.strip()
    if not kept:
        return None
    start += len(stretch) - len(stretch.lstrip())
    return Segment(start, start + len(kept))


def sentences(text: str) -> list[Segment]:
    """The sentences of ``text``, in order; lines of a list are sentences of their own."""
    found: list[Segment] = []
    start = 0
    for match in _END.finditer(text):
        if match.group().startswith("."):
            before = text[max(0, match.start() - 8) : match.start() + 1].lower()
            if _ABBREVIATIONS.search(before) and not _clock_ends_sentence(text, before, match.end()):
                continue
        segment = _trimmed(text, start, match.end())
        if segment is not None:
            found.append(segment)
        start = match.end()
    tail = _trimmed(text, start, len(text))
    if tail is not None:
        found.append(tail)
    return found


def _clock_ends_sentence(text: str, before: str, end: int) -> bool:
    """Whether a clock time's "a.m." or "p.m." ends a sentence: the capitalised word after it does not
    go on the time ("… at 2 a.m. Debris damaged a house", not "at 2 a.m. Moscow time")."""
    if _CLOCK_ABBREVIATION.search(before) is None:
        return False
    word = _NEXT_WORD.match(text, end)
    return word is not None and word.group(1).lower() not in _AFTER_CLOCK


def clauses(text: str, sentence: Segment, breaks: re.Pattern[str] = PUNCTUATION_BREAKS) -> list[Segment]:
    """The clauses of one sentence, split where ``breaks`` matches (``clause_breaks``)."""
    return clauses_between(
        text, sentence, [m.span() for m in breaks.finditer(text, sentence.start, sentence.end)]
    )


def clauses_between(text: str, sentence: Segment, breaks: list[tuple[int, int]]) -> list[Segment]:
    """The clauses of one sentence, split at ``breaks``, the spans where one ends and the next
    begins, in order."""
    found: list[Segment] = []
    start = sentence.start
    for begin, end in breaks:
        segment = _trimmed(text, start, begin)
        if segment is not None:
            found.append(segment)
        start = end
    tail = _trimmed(text, start, sentence.end)
    if tail is not None:
        found.append(tail)
    return found
