"""Counts written as digits or words, with the qualifier said before them ("at least 20", "около 30")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Final

from dronewatch.lang import WORD_LEFT, WORD_RIGHT, Lexicon, alternation, matches_at
from dronewatch.model import Qualifier, Quantity

__all__ = ["Count", "find_counts"]

# Digits, with thin, narrow or plain spaces or commas as thousands separators ("1 000", "1,000"); never
# part of a clock time ("00:45"), a date ("22.05"), a decimal ("2.5") or a fraction ("1/2").
# Digits glued to a letter, or after a hyphen, are part of a name ("Shahed-136", "S-300", "Су-25"), a date
# ("2024-02-03") or a range.
DIGITS: Final = (
    r"(?<![\d:.,/])(?<![\w]-)(?<![^\W\d_])(?:\d{1,3}(?:[ \u00a0\u202f,]\d{3})+|\d+)(?![\d]|[:.,/]\d|-\d)"
)
# Numbers above this are not counts of weapons, sites or people in a single report (years, phone
# numbers, ids); calibrated on the largest interception totals reported so far (under 2,000 a night).
MAX_COUNT: Final = 100_000


@dataclass(frozen=True)
class Count:
    """A number in the text: its value, qualifier, and where it stands (qualifier words included)."""

    value: int
    qualifier: Qualifier
    start: int
    end: int
    text: str
    # True for "a"/"an"/"another": a count only right before a weapon noun ("a drone").
    article: bool = False
    # Where the number itself starts, after any qualifier words.
    number_start: int = 0

    def __init__(
        self,
        value: int,
        qualifier: Qualifier,
        start: int,
        end: int,
        text: str,
        article: bool = False,
        number_start: int = 0,
    ) -> None:
        # (written out: the compiled build runs this one as C, see ``dronewatch.compiled``)
        object.__setattr__(self, "value", value)
        object.__setattr__(self, "qualifier", qualifier)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "article", article)
        object.__setattr__(self, "number_start", number_start)

    def quantity(self) -> Quantity:
        """The count as an evidence-bearing quantity of the claim model."""
        return Quantity(
            value=self.value, qualifier=self.qualifier, text=self.text, span=(self.start, self.end)
        )


_START: Final = r"(?:\b|(?=\d))"
_WORD_START: Final = re.compile(r"\w")


@dataclass(frozen=True)
class _Grammar:
    pattern: re.Pattern[str]
    words: dict[str, int]
    scales: dict[str, int]
    article_like: frozenset[str]
    qualifiers: dict[str, Qualifier]
    # Scale words that, standing alone, say "many" rather than a number ("десятков", "thousands").
    plural_scales: frozenset[str]
    # Whether the pattern starts at a word boundary or a digit (then it need only be tried there).
    bounded: bool


@cache
def _grammar(lex: Lexicon) -> _Grammar:
    section = lex.table("numbers")
    words: dict[str, int] = {}
    for key in ("units", "tens", "hundreds", "fixed"):
        words.update({_fold(k): int(v) for k, v in section.get(key, {}).items()})
    scales = {_fold(k): int(v) for k, v in section.get("scales", {}).items()}
    words.update(scales)
    qualifiers: dict[str, Qualifier] = {}
    for key in ("at_least", "at_most", "approx"):
        for phrase in section.get(key, []):
            qualifiers[_fold(phrase)] = key  # type: ignore[assignment]
    word = alternation(words)
    joiner = r"(?:\s+(?:and\s+|і\s+|и\s+)?|-)"
    # later words of "twenty-three" follow a hyphen, which the word's own left boundary would refuse
    following = word[len(WORD_LEFT) :]
    # digits a scale word multiplies ("40 тисяч", "1,2 тыс.", "2 thousand"), a fraction only before one
    thousands = alternation([k for k, v in scales.items() if v >= 1000])
    decimal = rf"(?<![\d.,])\d{{1,3}}[.,]\d{{1,2}}(?=\s+{thousands})"
    number = rf"(?:(?:{DIGITS}|{decimal})(?:\s+{thousands})?|{word}(?:{joiner}{following})*)"
    qualifier = alternation(qualifiers)
    # A count starts with a digit or a word: where every number word and qualifier starts with a letter,
    # the regex engine is told so, and passes over the inside of words at once (twice as fast).
    start = _START if all(_WORD_START.match(w) for w in (*words, *qualifiers)) else ""
    pattern = re.compile(rf"{start}(?:(?P<qual>{qualifier})\s+)?(?P<num>{number})", re.IGNORECASE)
    article_like = frozenset(_fold(a) for a in section.get("article_like", []))
    plural_scales = frozenset(_fold(w) for w in section.get("plural_scales", []))
    return _Grammar(pattern, words, scales, article_like, qualifiers, plural_scales, bool(start))


# The word lists whose phrases a count can start with: number words and qualifiers ("more than").
COUNT_PHRASES: Final = tuple(
    ("numbers", key)
    for key in ("units", "tens", "hundreds", "fixed", "scales", "at_least", "at_most", "approx")
)
# Where else a count can start: at a run of digits (``digit_runs``), and at a letter after an apostrophe
# inside a word.
_APOSTROPHES: Final = "'’ʼ"
# A run of digits (one character class first, which the regex engine skips to).
_DIGITS_RUN: Final = re.compile(r"\d+")


def digit_runs(words: list[str], starts: list[int]) -> list[int]:
    """Where each run of digits of a text starts, in order (where a count or a clock time can), given
    its words as ``lang.TOKEN`` finds them and where each starts: a digit is a word character, and
    most words are letters only."""
    runs: list[int] = []
    for i in range(len(words)):  # (an index: the compiled build runs a zip through the iterator protocol)
        word = words[i]
        if not word.isalpha():
            runs.extend(starts[i] + m.start() for m in _DIGITS_RUN.finditer(word))
    return runs


def count_starts(text: str, phrases: list[int], digits: list[int]) -> list[int]:
    """Where a count can start in ``text``, given where a phrase of ``COUNT_PHRASES`` can start and
    where its runs of digits start (``digit_runs``)."""
    starts = {*phrases, *digits}
    for apostrophe in _APOSTROPHES:
        at = text.find(apostrophe)
        while at >= 0:
            starts.add(at + 1)
            at = text.find(apostrophe, at + 1)
    return sorted(starts)


def _fold(word: str) -> str:
    return " ".join(word.lower().replace("ё", "е").replace("’", "'").replace("ʼ", "'").split())


_TOKEN: Final = re.compile(r"[^\s-]+(?:\s+(?=dozen|of\b))?")


def _word_value(grammar: _Grammar, phrase: str, qualified: bool = False) -> list[tuple[int, int, int]]:
    """Split a run of number words into numbers: (value, start, end) offsets inside ``phrase``.

    "twenty three" is one number (23); "three two" and "nine and five" are two (3, 2; 9, 5): a word
    only adds to the number before it when it is smaller than the last word added and that word is
    round (a ten, a hundred, a scale), as in every language read here.
    ``qualified``: a qualifier stands before the phrase ("около", "понад").
    """
    folded = _fold(phrase)
    if folded in grammar.plural_scales:
        # "несколько десятков", "hundreds of drones": no number. After a qualifier the same form is
        # one of the scale ("около сотни", "понад тисячі": the genitive singular).
        if qualified and folded in grammar.scales:
            return [(grammar.scales[folded], 0, len(phrase))]
        return []
    if folded in grammar.words:
        return [(grammar.words[folded], 0, len(phrase))]
    tokens = [
        (m.start(), m.end(), _fold(m.group()))
        for m in _PHRASE_WORD.finditer(phrase)
        if _fold(m.group()) not in {"and", "і", "и"}
    ]
    numbers: list[tuple[int, int, int]] = []
    total = current = 0
    last = 10**9
    begin = end = -1
    for start, stop, token in tokens:
        value = grammar.words.get(token)
        if value is None:
            continue
        if token in grammar.scales:
            current = max(current, 1) * value
            if value >= 1000:
                total, current = total + current, 0
            last = value
            end = stop
            begin = start if begin < 0 else begin
            continue
        # a word adds to a round number before it ("twenty three", "сто пять"), never to a unit ("nine
        # and five" are two numbers)
        if begin >= 0 and (value >= last or (last < 100 and last % 10 != 0)):
            numbers.append((total + current, begin, end))
            total = current = 0
            begin = -1
        current += value
        last = value
        begin = start if begin < 0 else begin
        end = stop
    if begin >= 0:
        numbers.append((total + current, begin, end))
    return numbers


def find_counts(
    text: str,
    lex: Lexicon,
    start: int = 0,
    end: int | None = None,
    *,
    starts: list[int] | None = None,
) -> list[Count]:
    """Every count in ``text[start:end]``, in order, with offsets into ``text``.

    Args:
        text: the document text.
        lex: the wording of the document's language.
        start: where to start looking.
        end: where to stop looking (default: the end of the text).
        starts: every place where a count can start (``count_starts``), in order, where the caller
            knows them: the pattern is tried there only, not at every letter.

    Returns:
        The counts found; article-like words ("a", "another") are marked ``article`` so that callers
        count them only before a weapon noun.
    """
    grammar = _grammar(lex)
    stop = len(text) if end is None else end
    found: list[Count] = []
    for match in _matches(grammar, text, start, stop, starts):
        raw = match.group("num")
        base = match.start("num")
        qual_text = match.group("qual")
        qualifier: Qualifier = grammar.qualifiers[_fold(qual_text)] if qual_text else "exact"
        if raw[0].isdigit():
            parts = [(_digits_value(grammar, raw), 0, len(raw))]
        else:
            parts = _word_value(grammar, raw, qual_text is not None)
        for i, (value, s, e) in enumerate(parts):
            if value > MAX_COUNT:
                continue
            qualified = i == 0 and qual_text is not None
            begin = match.start() if qualified else base + s
            folded = _fold(raw[s:e])
            found.append(
                Count(
                    value=value,
                    qualifier=qualifier if qualified else "exact",
                    start=begin,
                    end=base + e,
                    text=text[begin : base + e],
                    article=folded in grammar.article_like,
                    number_start=base + s,
                )
            )
    return found


def _digits_value(grammar: _Grammar, raw: str) -> int:
    """The value of digits, with the scale word after them if any: "6 000" (6000), "40 тисяч" (40000),
    "1,2 тыс." (1200)."""
    scaled = _SCALED.fullmatch(raw)
    if scaled is None:
        return int(_NOT_DIGIT.sub("", raw))
    digits, scale = scaled.group(1), grammar.scales[_fold(scaled.group(2))]
    if _DECIMAL.fullmatch(digits):
        whole, fraction = _DECIMAL_MARK.split(digits)
        return int(whole) * scale + int(fraction) * scale // int("1" + "0" * len(fraction))
    return int(_NOT_DIGIT.sub("", digits)) * scale


# Digits and the scale word after them ("40 тисяч"): the digits may hold spaces of their own ("6 000").
_SCALED: Final = re.compile(r"([\d\s\u00a0\u202f,.]*\d)\s+([^\d\s].*)")


def _matches(
    grammar: _Grammar, text: str, start: int, stop: int, starts: list[int] | None
) -> Iterable[re.Match[str]]:
    """The pattern's matches in ``text[start:stop]``, as a scan finds them."""
    if starts is None or not grammar.bounded:
        return grammar.pattern.finditer(text, start, stop)
    return matches_at(grammar.pattern, text, starts, start, stop)


def number_words_pattern(lex: Lexicon) -> str:
    """The regex of one number (digits or words) of ``lex``, for patterns built elsewhere."""
    grammar = _grammar(lex)
    return grammar.pattern.pattern


__all__ += ["DIGITS", "MAX_COUNT", "WORD_LEFT", "WORD_RIGHT", "number_words_pattern"]


# What is not a digit (thousands separators), and the mark of a decimal fraction.
_NOT_DIGIT: Final = re.compile(r"\D")
_DECIMAL_MARK: Final = re.compile(r"[.,]")


# A word of a number phrase.
_PHRASE_WORD: Final = re.compile(r"[\w'’ʼ]+")
# A decimal fraction ("1.5", "2,25").
_DECIMAL: Final = re.compile(r"\d{1,3}[.,]\d{1,2}")
