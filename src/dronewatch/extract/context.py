"""What each sentence of a document mentions: counts, weapons, places, times, verbs and hedges.

The claim builders (``interceptions``, ``impacts``) read these facts rather than the raw text, so each
pattern runs once per document.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Final, TypeVar, cast

from dronewatch.extract.numbers import COUNT_PHRASES, Count, count_starts, digit_runs, find_counts
from dronewatch.extract.segment import (
    PUNCTUATION_BREAKS,
    Segment,
    clause_breaks,
    clauses,
    clauses_between,
    sentences,
)
from dronewatch.extract.times import (
    CLOCK_PHRASES,
    TimeMention,
    clock_of_publication,
    clock_starts,
    find_times,
    local_zone,
    zone_of_places,
)
from dronewatch.gazetteer import Entry, coast_of, gazetteer
from dronewatch.lang import (
    NEXT_PREFIX,
    TOKEN,
    Lexicon,
    alternation,
    fold_lowered,
    fold_word,
    matches_at,
    word_starts,
)
from dronewatch.model import Hedge, HedgeKind, Level, Place, Weapon

__all__ = ["Context", "Sentence", "WeaponMention", "analyse", "own_line", "running_total", "titled"]

T = TypeVar("T")

# A count and the weapon noun it counts may have this many words between them ("83 Ukrainian
# fixed-wing drones", "348 украинских беспилотных летательных аппаратов"); calibrated on ministry
# statements and English relays.
MAX_WORDS_BEFORE_WEAPON: Final = 3
# "three U.S.-made HIMARS rockets": the dots of a country's initials are no sentence end.
_MADE_IN: Final = re.compile(r"\b(?:U\.S\.|U\.K\.)(?=-)")
# A name made of letters and digits ("S-300", "Ту-141", "Kh-31P"): its digits count nothing.
_DESIGNATION: Final = re.compile(r"[^\W\d_]+-?\d[\w/-]*")
# Between a count and its weapon noun: a preposition or a conjunction ("a barrage of drones", "a term used
# for drones", "a house in Ryazan after drones were shot down"), or a break or a digit.
_OF_BY_WITH: Final = re.compile(r"\b(?:of|by|with|for|after|before|when|as|in|on|at)\b", re.IGNORECASE)
_BREAK_OR_DIGIT: Final = re.compile(r"[,;:.!?()\n\d]")


@dataclass(frozen=True)
class WeaponMention:
    """A weapon noun with its class and model (``Shahed-136/131``) where the noun names one."""

    weapon: Weapon
    model: str | None
    start: int
    end: int
    # The noun is singular (or invariant, like "БПЛА"): with a singular participle it counts one.
    singular: bool = False

    def __init__(
        self, weapon: Weapon, model: str | None, start: int, end: int, singular: bool = False
    ) -> None:
        # (written out: the compiled build runs this one as C, see ``dronewatch.compiled``)
        object.__setattr__(self, "weapon", weapon)
        object.__setattr__(self, "model", model)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "singular", singular)


class Match:
    """A phrase of the lexicon found in the text (a plain class with slots, as ``Segment``). Callers
    must not change one."""

    __slots__ = ("end", "start", "text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start = start
        self.end = end
        self.text = text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Match) and (self.start, self.end, self.text) == (
            other.start,
            other.end,
            other.text,
        )

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.text))

    def __repr__(self) -> str:
        return f"Match(start={self.start}, end={self.end}, text={self.text!r})"


class ClauseBreaks:
    """Where the clauses of a document's sentences end (``segment.clause_breaks``): at commas,
    semicolons and colons before a space, and at the spaces before a conjunction that starts a new
    clause ("а", "while"). The conjunctions are tried only where the word lists' start index says
    one can start (``conjunction_starts``), not at every space; without those starts, the breaks are
    where ``pattern`` matches. A plain class with slots, as ``Segment``."""

    __slots__ = ("conjunction", "conjunction_starts", "lowered", "pattern")

    def __init__(
        self,
        pattern: re.Pattern[str],
        lowered: str | None = None,
        conjunction_starts: list[int] | None = None,
        conjunction: re.Pattern[str] | None = None,
    ) -> None:
        self.pattern = pattern
        self.lowered = lowered
        self.conjunction_starts = conjunction_starts
        # a conjunction and the space after it, in lower case (``_conjunction``)
        self.conjunction = conjunction

    def clauses(self, text: str, sentence: Segment) -> list[Segment]:
        """The clauses of ``sentence``: where ``pattern`` would break it, as a scan of the sentence
        finds it."""
        starts, lowered, conjunction = self.conjunction_starts, self.lowered, self.conjunction
        if starts is None or lowered is None or conjunction is None:
            return clauses(text, sentence, self.pattern)
        begin, end = sentence.start, sentence.end
        breaks = [m.span() for m in PUNCTUATION_BREAKS.finditer(text, begin, end)]
        spaces = []
        for at in starts[bisect_left(starts, begin + 1) : bisect_left(starts, end)]:
            if not text[at - 1].isspace() or conjunction.match(lowered, at, end) is None:
                continue
            first = at - 1  # the whole run of spaces before the conjunction breaks
            while first > begin and text[first - 1].isspace():
                first -= 1
            spaces.append((first, at))
        return clauses_between(text, sentence, sorted(breaks + spaces) if spaces else breaks)


# The clause breaks of a sentence made on its own: commas, semicolons and colons before a space.
PUNCTUATION_ONLY: Final = ClauseBreaks(PUNCTUATION_BREAKS)


@dataclass(frozen=True)
class Sentence:
    """One sentence and what it mentions."""

    index: int
    segment: Segment
    counts: tuple[Count, ...]
    weapons: tuple[WeaponMention, ...]
    places: tuple[Place, ...]
    times: tuple[TimeMention, ...]
    hedges: tuple[Hedge, ...]

    # the document's text, which the clauses are found in when first asked for, and where they break
    text: str = field(default="", compare=False, repr=False)
    breaks: ClauseBreaks = field(default=PUNCTUATION_ONLY, compare=False, repr=False)
    # the segment's ends, as plain attributes: the builders read them hundreds of times a document
    start: int = field(init=False, compare=False, repr=False)
    end: int = field(init=False, compare=False, repr=False)
    # the clauses, once asked for (an attribute set once rather than a cached property, which the
    # compiled build would work out again at every call)
    _clauses: tuple[Segment, ...] | None = field(default=None, init=False, compare=False, repr=False)

    def __init__(
        self,
        index: int,
        segment: Segment,
        counts: tuple[Count, ...],
        weapons: tuple[WeaponMention, ...],
        places: tuple[Place, ...],
        times: tuple[TimeMention, ...],
        hedges: tuple[Hedge, ...],
        text: str = "",
        breaks: ClauseBreaks = PUNCTUATION_ONLY,
    ) -> None:
        # (written out: the compiled build runs this one as C, see ``dronewatch.compiled``)
        object.__setattr__(self, "index", index)
        object.__setattr__(self, "segment", segment)
        object.__setattr__(self, "counts", counts)
        object.__setattr__(self, "weapons", weapons)
        object.__setattr__(self, "places", places)
        object.__setattr__(self, "times", times)
        object.__setattr__(self, "hedges", hedges)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "breaks", breaks)
        object.__setattr__(self, "start", segment.start)
        object.__setattr__(self, "end", segment.end)
        object.__setattr__(self, "_clauses", None)

    @property
    def clauses(self) -> tuple[Segment, ...]:
        """The clauses of the sentence (``segment.clauses``)."""
        found = self._clauses
        if found is None:
            found = tuple(self.breaks.clauses(self.text, self.segment))
            object.__setattr__(self, "_clauses", found)
        return found

    def clause_of(self, offset: int) -> Segment:
        """The clause that holds ``offset``."""
        for clause in self.clauses:
            if clause.start <= offset < clause.end:
                return clause
        return self.segment


# An answer not yet worked out (``Context.remembered``).
_UNKNOWN: Final = object()
# A list with no match in a text: its starts and its matches (shared, never changed).
_NO_MATCHES: Final[tuple[list[int], list[Match]]] = ([], [])


@dataclass(frozen=True)
class Context:
    """A document's text, language, publication time and its analysed sentences."""

    text: str
    lex: Lexicon
    published_at: datetime | None
    sentences: tuple[Sentence, ...]
    # Each word list is matched once over the whole text and looked up by offset after that: the
    # builders ask tens of thousands of small questions per thousand documents. (By section, then by
    # key: two lookups of a string are cheaper than building and hashing a pair for each question.)
    _matches: dict[str, dict[str, tuple[list[int], list[Match]]]] = field(
        default_factory=dict, compare=False, repr=False
    )
    _folded: dict[str, str | None] = field(default_factory=dict, compare=False, repr=False)
    _answers: dict[tuple[str, int, int], object] = field(default_factory=dict, compare=False, repr=False)
    _starts_by_list: dict[int, list[int]] | None = field(default=None, compare=False, repr=False)
    # the words of the folded text and an empty one after them, and where each starts (``_list_starts``)
    _words: list[str] = field(default_factory=list, compare=False, repr=False)
    _word_starts: list[int] = field(default_factory=list, compare=False, repr=False)

    def remembered(self, question: tuple[str, int, int], answer: Callable[[], T]) -> T:
        """The answer to a question about the text, worked out once: ``question`` names it and the
        stretch or the sentence it is about ("direction" of a place, "impact words" of a sentence),
        as the builders ask the same of a place for every count of its sentence. Callers must not
        change an answer."""
        known = self._answers.get(question, _UNKNOWN)
        if known is _UNKNOWN:
            known = self._answers[question] = answer()
        return cast(T, known)

    def count_starts(self) -> list[int] | None:
        """Where a count can start (``numbers.count_starts``); None when the word lists cannot tell."""
        phrases = self._phrase_starts(COUNT_PHRASES)
        return None if phrases is None else count_starts(self.text, phrases, self._digit_runs())

    def clock_starts(self) -> list[int] | None:
        """Where a clock time can start (``times.clock_starts``); None when the word lists cannot tell."""
        named = self._phrase_starts(CLOCK_PHRASES)
        return None if named is None else clock_starts(named, self._digit_runs())

    def _digit_runs(self) -> list[int]:
        """Where each run of digits of the text starts (``numbers.digit_runs``)."""
        return self.remembered(("digit runs", 0, 0), lambda: digit_runs(*self.folded_words()[1:]))

    def _phrase_starts(self, lists: Iterable[tuple[str, str]]) -> list[int] | None:
        """Where a phrase of any of ``lists`` that the language has can start (``_starts``); None when
        the word lists cannot tell."""
        if self._matches_text() is None:
            return None
        phrases: list[int] = []
        for section, key in lists:
            starts = self._starts(section, key) if self.lex.data.get(section, {}).get(key) else []
            if starts is None:
                return None
            phrases.extend(starts)
        return phrases

    def _list_starts(self) -> dict[int, list[int]]:
        """Where a phrase of each word list can start: the words of the text that begin one (their
        numbers among the text's words, in order), by the list's number in the language's start
        index. Most lists miss a document."""
        found = self._starts_by_list
        if found is None:
            lowered = self._matches_text()
            folded = self._folded["words"] = (
                fold_word(self.text) if lowered is None else fold_lowered(lowered)
            )
            words = TOKEN.findall(folded)
            self._word_starts.extend(word_starts(folded, words))
            self._words.extend(words)
            self._words.append("")
            index = self.lex.start_index()
            # the lists each word starts (most words start none), in the order of the words
            found = {}
            for i in range(len(words)):
                for number in index.lists_of(words[i]):
                    at = found.get(number)
                    if at is None:
                        found[number] = [i]
                    else:
                        at.append(i)
            object.__setattr__(self, "_starts_by_list", found)
        return found

    def folded_words(self) -> tuple[str, list[str], list[int]]:
        """The text folded (``lang.fold_word``), its words (``lang.TOKEN``) and where each starts."""
        self._list_starts()
        return self._folded["words"] or "", self._words[:-1], self._word_starts

    def _starts(self, section: str, key: str) -> list[int] | None:
        """Where a phrase of the list can start: at the words of the text that begin one, and where
        one of its regular expressions matches. None when the list cannot tell (a phrase starts with
        no letter)."""
        info = self.lex.list_info(section, key)
        return None if info.number is None else self._starts_of(info.number, info.pattern_starts)

    def _starts_of(self, number: int, patterns: re.Pattern[str] | None) -> list[int]:
        """Where a phrase of list ``number`` of the start index can start, and where one of its
        regular expressions that start with no letter (``patterns``) matches, in order."""
        at = self._word_starts
        words = self._list_starts().get(number)
        starts = [] if words is None else [at[i] for i in words]
        if patterns is not None:  # (the words' starts are in order; the expressions' join them)
            starts.extend(m.start() for m in patterns.finditer(self._matches_text() or self.text))
            starts.sort()
        return starts

    def _found(self, section: str, key: str) -> tuple[list[int], list[Match]]:
        """The starts and the matches of the list ``[section] key`` in the text, in order."""
        lists = self._matches.get(section)
        if lists is not None:
            found = lists.get(key)
            if found is not None:
                return found
        else:
            lists = self._matches[section] = {}
        found = lists[key] = self._all(section, key)
        return found

    def _all(self, section: str, key: str) -> tuple[list[int], list[Match]]:
        info = self.lex.list_info(section, key)
        if info.missing:
            # a list this language does without ("[interception] passive" in Russian): nothing matches
            return _NO_MATCHES
        text = self.text
        if (
            info.pattern_starts is None
            and info.number is not None
            and info.number not in self._list_starts()
            and self._matches_text() is not None
        ):
            # no word of the text starts a phrase of the list (most lists, most documents)
            return _NO_MATCHES
        pattern = info.folded or self.lex.folded_pattern(section, key)
        folded = self._matches_text()
        matches: list[Match] = []
        if info.number is not None and folded is not None:
            # the list's regex tried only where a phrase can start, as a scan of the text would find it
            starts = (
                self._followed(info.number, info.follow)
                if info.follow
                else self._starts_of(info.number, info.pattern_starts)
            )
            spans = map(re.Match.span, matches_at(pattern, folded, starts))
            matches = [Match(a, b, text[a:b]) for a, b in spans]
        elif info.number is None or self._starts_of(info.number, info.pattern_starts):
            scanned = (
                self.lex.pattern(section, key).finditer(text) if folded is None else pattern.finditer(folded)
            )
            matches = [Match(m.start(), m.end(), text[m.start() : m.end()]) for m in scanned]
        return [m.start for m in matches], matches

    def _followed(self, number: int, follow: dict[str, frozenset[str]]) -> list[int]:
        """Where a phrase of list ``number`` can start, as ``_starts_of`` gives it, but for the words
        that start one only before a word the text does not have next (``Lexicon.next_words``): "с"
        before "начала" may start "с начала", "с" before "территории" cannot."""
        words, at = self._words, self._word_starts
        starts = []
        for i in self._list_starts().get(number, ()):
            prefixes = follow.get(words[i])
            # the words end with an empty one: the last word of the text has one after it
            if prefixes is None or words[i + 1][:NEXT_PREFIX] in prefixes:
                starts.append(at[i])
        return starts

    def scan(self, pattern: re.Pattern[str], section: str, key: str = "") -> Iterable[re.Match[str]]:
        """The matches in the text of ``pattern``, the compiled phrases of ``[section] key`` (of the
        table ``[section]`` where ``key`` is empty), as ``pattern.finditer`` finds them: tried only
        where a phrase can start."""
        starts = self._starts(section, key) if self._matches_text() is not None else None
        return pattern.finditer(self.text) if starts is None else matches_at(pattern, self.text, starts)

    def _matches_text(self) -> str | None:
        """The text lower-cased, where that keeps every offset (it does for Cyrillic and Latin)."""
        if "" not in self._folded:
            lowered = self.text.lower()
            self._folded[""] = lowered if len(lowered) == len(self.text) else None
        return self._folded[""]

    def find(self, section: str, key: str, start: int, end: int) -> list[Match]:
        """Every phrase of ``[section] key`` in ``text[start:end]`` (none where the language has no such
        list)."""
        starts, matches = self._found(section, key)
        if not matches:
            return []
        found = []
        for i in range(bisect_left(starts, start), len(matches)):
            match = matches[i]
            if match.start >= end:
                break
            if match.end <= end:
                found.append(match)
        return found

    def has(self, section: str, key: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds a phrase of ``[section] key``."""
        starts, matches = self._found(section, key)
        for i in range(bisect_left(starts, start), len(matches)):
            match = matches[i]
            if match.start >= end:
                return False
            if match.end <= end:
                return True
        return False

    def weapon_after(self, count: Count, sentence: Sentence) -> WeaponMention | None:
        """The weapon noun a count counts ("83 Ukrainian drones"), if it stands right after it — not a
        noun that qualifies another ("a combined missile and drone attack")."""
        people = bool(count.text) and fold_word(count.text.split()[-1]) in _people_only(self.lex)
        for weapon in sentence.weapons:
            if weapon.start < count.end:
                continue
            if people and (
                weapon.weapon == "unknown" or not _plural_adjectives(self.text[count.end : weapon.start])
            ):
                # "пятеро пострадали при атаке дрона": a number of people ("троє дронів", "п'ятеро
                # ворожих дронів": the noun right after, or after its adjective, counts the weapons)
                return None
            if _qualifies(self.text, self.lex, weapon):
                return None
            between = self.text[count.end : weapon.start]
            words = between.split()
            # an unnamed weapon ("targets") only right after its count: "5 hit their targets" counts hits
            most = 1 if weapon.weapon == "unknown" else MAX_WORDS_BEFORE_WEAPON
            if weapon.weapon != "unknown":
                # "о 23 сбитых над Брянской областью беспилотниках": a place's name counts as no word
                most += sum(
                    len(p.text.split())
                    for p in sentence.places
                    if count.end <= p.span[0] and p.span[1] <= weapon.start
                )
                # nor do words of the night ("о 12 сбитых за ночь украинских беспилотниках")
                if len(words) > most:
                    most += sum(
                        len(m.text.split()) for m in self.find("time", "overnight", count.end, weapon.start)
                    )
            if count.article and (
                _OF_BY_WITH.search(between)
                or any(count.end <= c.start < weapon.start for c in sentence.counts)
            ):
                return None  # "a barrage of drones", "a term used for drones": "a" counts no weapon
            if (
                len(words) <= most
                # "a record 810 drones": the 810 counts them; not the digits of a name ("four S-300 missiles")
                and not _broken(between)
                and not self.has("casualties", "people", count.end, weapon.start)
                and not self.has("impact", "sites", count.end, weapon.start)
            ):
                return weapon
            return None
        return None


def _plural_adjectives(between: str) -> bool:
    """Whether ``between`` is nothing or one genitive plural adjective ("ворожих", "ударных")."""
    words = between.split()
    return not words or (len(words) == 1 and words[0].lower().endswith(_GENITIVE_PLURAL))


# The ending of a genitive plural adjective in Russian and Ukrainian.
_GENITIVE_PLURAL: Final = ("их", "ых", "іх")


def _broken(between: str) -> bool:
    """Whether a break or a digit stands between a count and a weapon noun, past a country's initials
    and the digits of a name ("three U.S.-made HIMARS rockets", "four S-300 missiles")."""
    # (most stretches hold neither, which one search tells)
    return _BREAK_OR_DIGIT.search(between) is not None and (
        _BREAK_OR_DIGIT.search(_DESIGNATION.sub("", _MADE_IN.sub("", between))) is not None
    )


@cache
def _people_only(lex: Lexicon) -> frozenset[str]:
    """Numbers that count only people ([numbers] people_only: "пятеро", "троє"), folded."""
    return frozenset(fold_word(word) for word in lex.data.get("numbers", {}).get("people_only", []))


def _qualifies(text: str, lex: Lexicon, weapon: WeaponMention) -> bool:
    """Whether a weapon noun qualifies a head noun after it ("drone attack", "missile and drone strike")."""
    heads = _heads(lex)
    return heads is not None and heads.match(text, weapon.end) is not None


@cache
def _heads(lex: Lexicon) -> re.Pattern[str] | None:
    words = lex.data.get("weapon_number", {}).get("heads")
    if not words:
        return None
    nouns = alternation(lex.table("weapons"))
    # "drone attack" — not "Shahed attack drones", where the head word qualifies a weapon noun itself
    return re.compile(
        rf"(?:\s+(?:and|or)\s+(?:{nouns}))?\s+(?:{alternation(words)})(?!\w)(?!\s+(?:{nouns}))", re.IGNORECASE
    )


@cache
def _weapon_table(lex: Lexicon) -> tuple[re.Pattern[str], dict[str, tuple[Weapon, str | None]]]:
    table: dict[str, tuple[Weapon, str | None]] = {}
    for noun, value in lex.table("weapons").items():
        weapon, _, model = str(value).partition(":")
        table[_fold(noun)] = (weapon, model or None)  # type: ignore[assignment]
    return lex.table_pattern("weapons"), table


def _fold(phrase: str) -> str:
    return " ".join(phrase.lower().replace("ё", "е").split())


@cache
def _singular_nouns(lex: Lexicon) -> frozenset[str]:
    return frozenset(_fold(w) for w in lex.data.get("weapon_number", {}).get("singular", []))


def _weapons(ctx: Context) -> list[WeaponMention]:
    pattern, table = _weapon_table(ctx.lex)
    singular = _singular_nouns(ctx.lex)
    found = []
    for m in ctx.scan(pattern, "weapons"):
        folded = _fold(m.group())
        weapon, model = table[folded]
        found.append(WeaponMention(weapon, model, m.start(), m.end(), folded in singular))
    return found


def _hedges(ctx: Context) -> list[Hedge]:
    found: list[Hedge] = []
    kinds: tuple[HedgeKind, ...] = ("unverified", "anonymous", "soft")
    text = ctx.text
    for kind in kinds:
        for m in ctx.find("hedges", kind, 0, len(text)):
            if kind == "anonymous" and text[m.end : m.end + 2].lstrip().startswith(":"):
                continue  # "Источник: https://…" labels a link; it is not an unnamed source
            if kind == "anonymous" and ctx.has("hedges", "appeals", max(0, m.start - APPEAL_REACH), m.start):
                continue  # "Не публикуйте в соцсетях фото и видео": an appeal, not a source
            if not any(h.span[0] <= m.start < h.span[1] for h in found):
                found.append(Hedge(m.text, (m.start, m.end), kind))
    return sorted(found, key=lambda h: h.span)


# How far before the social media it names an appeal not to post stands ("не публікуйте у соцмережах").
APPEAL_REACH: Final = 30


@cache
def _not_counts(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What makes a number not a count: a unit, "years" or a month after it; a month, an age word or
    a negation ("no one was hurt") before it."""
    months = alternation(lex.table("time", "months"))
    # the first day of a night's two ("у ніч з 13 на 14 серпня", "в ночь с 13 на 14 августа")
    joins = lex.data.get("numbers", {}).get("day_range_joins")
    next_day = rf"|\s+{alternation(joins)}\s+\d{{1,2}}\s+{months}" if joins else ""
    # (a per cent sign stands right after the digits, where a word list's left boundary cannot)
    after = re.compile(
        rf"\s*(?:%|{alternation(lex.words('numbers', 'not_counts_after'))}|{months}){next_day}",
        re.IGNORECASE,
    )
    numbers = lex.data.get("numbers", {})
    words = [*numbers.get("ages_before", ()), *numbers.get("not_counts_before", ())]
    # (an abbreviated month keeps its full stop: "on Sept. 27 injured dozens")
    before = re.compile(
        rf"(?:{months}\.?|{alternation(words)})\s*$" if words else rf"{months}\.?\s*$", re.IGNORECASE
    )
    return after, before


# "KYIV (Reuters) –", "МОСКВА, 22 сен - РИА Новости.", "MOSCOW, April 5 (Reuters) -", "KYIV, Ukraine
# (AP) —": where a report was filed, not where anything happened.
_DATELINE_AFTER: Final = re.compile(
    r"\s*(?:,\s*(?:\d{1,2}\s+\w+\.?|\w+\.?\s+\d{1,2}\.?|\w+))?\s*(?:\([^)]{1,40}\))?\s*(?:[–—-]|/|\.)"
)


# "Kyiv (AFP) -": an agency's dateline, whatever the case of the place.
_AGENCY_DATELINE: Final = re.compile(
    r"\s*(?:,[^()\n]{1,30})?\s*\((?:AFP|AP|Reuters|dpa|UPI|Bloomberg|TASS|Interfax|Ukrinform|UNIAN|Xinhua)\)\s*[–—-]"
)


# "Kyiv. November 21. INTERFAX-UKRAINE -", "Москва. 21 ноября. INTERFAX.RU -", "Київ. 7 грудня.
# ІНТЕРФАКС-УКРАЇНА -": a date and an agency in capitals after the place.
_DATED_AGENCY_DATELINE: Final = re.compile(
    r"\.\s+(?:\w+\.?\s+\d{1,2}|\d{1,2}\s+\w+)\.\s+[A-ZА-ЯІЇЄҐЁ][A-ZА-ЯІЇЄҐЁ.-]{3,}\s*[–—-]"
)
# "Київ • Укрінформ": the place and the agency, alone on the opening line.
_BULLET_DATELINE: Final = re.compile(r"[ \t]*[•·][ \t]*[^\W\d_]+(?:[ -][^\W\d_]+){0,2}[ \t]*$", re.MULTILINE)


def _dateline(text: str, place: Place) -> bool:
    start, end = place.span
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    if (
        _AGENCY_DATELINE.match(text, end) is not None
        or _DATED_AGENCY_DATELINE.match(text, end) is not None
        or (line_start == 0 and _BULLET_DATELINE.match(text, end) is not None)
    ):
        return True
    if not place.text.isupper() or len(place.text) < 3:
        return False
    return _DATELINE_AFTER.match(text, end) is not None


# "Под Москвой", "під Києвом", "near Kyiv": near a city that is a region of its own is in the region around
# it.
_SURROUNDING: Final = {"RU-MOW": "Moscow Oblast", "UA-30": "Kyiv Oblast", "RU-SPE": "Leningrad Oblast"}


@cache
def _right_before(lex: Lexicon, key: str) -> re.Pattern[str] | None:
    """A word of ``[places] key`` right before a place, its space between them ("под", "village of"),
    or None where the language has no such list."""
    if not lex.data.get("places", {}).get(key):
        return None
    return re.compile(rf"{alternation(lex.words('places', key))}\s+$", re.IGNORECASE)


def _after_word(text: str, lex: Lexicon, place: Place, key: str, reach: int) -> bool:
    """Whether a word of ``[places] key`` stands right before ``place``, within ``reach`` characters."""
    pattern = _right_before(lex, key)
    start = place.span[0]
    return pattern is not None and pattern.search(text, max(0, start - reach), start) is not None


def _surroundings(text: str, lex: Lexicon, place: Place) -> Place:
    region = _SURROUNDING.get(place.id or "")
    if region is None or not _after_word(text, lex, place, "near", 12):
        return place
    entry = gazetteer().lookup(region)
    return place if entry is None else entry.place(place.text, place.span)


# A village this small in a region the document never names is likely another village of the same
# name that the gazetteer lacks; calibrated on GeoNames names shared across Russian regions.
SMALL_SETTLEMENT: Final = 10_000


def _outliers(text: str, lex: Lexicon, places: list[Place]) -> list[Place]:
    """Small settlements lying outside every region the document names become unresolved places:
    "деревня Становое" in a report about Подмосковье is not the Становое of Lipetsk Oblast; nor, at
    any size, is a place called a village there ("В Курской области в селе Ивановское": not the
    Ивановское of Moscow)."""
    kept = []
    for place in places:
        others = {p.admin1 for p in places if p is not place and p.admin1}
        if place.level == "settlement" and others and place.admin1 not in others:
            entry = gazetteer().lookup(place.text)
            small = entry is not None and entry.population is not None and entry.population < SMALL_SETTLEMENT
            if small or _after_word(text, lex, place, "village_before", 16):
                place = Place(None, place.text, "settlement", None, None, None, place.text, place.span)
        kept.append(place)
    return kept


# How near a region's name must stand to settle a unit name several regions share.
NEARBY: Final = 200


@cache
def _unit_pattern(lex: Lexicon) -> re.Pattern[str] | None:
    """A capitalised place adjective (or, in English, a name) right before a noun of an administrative
    unit: "Новоцарской областью", "Центральном районе", "Zaporozhian region"."""
    nouns = lex.data.get("places", {}).get("unit_nouns")
    if not nouns:
        return None
    letters = r"[а-яёіїєґ'’ʼ-]*(?:ск|цк|зск|ськ|цьк|зьк|альн)[а-яёіїєґ]*"
    if lex.lang == "en":
        # not a determiner, nor a part of the country named by its landscape ("the Volga region")
        determiners = (
            "The|This|That|Each|Every|Our|Its|Their|Another|Other|Same|Border|Whole|Entire"
            "|Volga|Black Earth|Azov|Baltic|Caspian|Urals?|Siberian|Far Eastern|North Caucasus|Central"
            "|Southern|Northwestern|Federal"
            # nor a country's adjective ("the southern Russian region of Rostov")
            "|Russian|Ukrainian|Belarusian"
        )
        name = rf"(?!(?:{determiners})\b)[A-Z][a-z'-]+"
        first = rf"(?<![\w-]){name}"
    else:
        name = rf"[А-ЯЁІЇЄҐ]{letters}"
        # a capital first (which the regex engine skips to), at the start of a word
        first = rf"(?-i:[А-ЯЁІЇЄҐ])(?<![\w-].){letters}"
    # the noun in either case ("Tulcea County", "Lublin province"); an English name is capitalised
    flags = re.IGNORECASE if lex.lang != "en" else 0
    return re.compile(rf"{first}(?:[\s-]+{name})?\s+(?i:{alternation(nouns)})", flags)


# How far before a unit noun the one or two words of a name can start.
UNIT_NAME_REACH: Final = 120


def _unknown_units(ctx: Context, known: list[Place]) -> list[Place]:
    """Units the text names that the gazetteer did not resolve: kept as places without an id, so the
    checks report them (an unknown name is never guessed); a district in a document of one region lies
    in that region. A name several regions share is the one in a region named nearby or in the
    document, else, in a language of one country's reports ([places] home_prefix), the one of that
    country ("у Полтавському районі" in a Ukrainian report), else left unresolved."""
    text, lex = ctx.text, ctx.lex
    home = lex.data.get("places", {}).get("home_prefix")
    pattern = _unit_pattern(lex)
    if pattern is None:
        return []
    regions = lex.pattern("places", "region_nouns")
    named = {p.admin1 for p in known if p.admin1}
    found = []
    for match in [hit for lo, hi in _near_unit_nouns(ctx) for hit in pattern.finditer(text, lo, hi)]:
        start, end = match.span()
        if not text[start].isupper() or any(p.span[0] < end and start < p.span[1] for p in known):
            continue
        # a name several regions share is the one in a region named nearby, else in the document
        options = [c.entry for c in gazetteer().resolve(match.group())]
        near = {p.admin1 for p in known if p.admin1 and abs(p.span[0] - start) <= NEARBY}
        towns = _town_of_district(lex, match)
        chosen = _one_in_regions(options, near, named) or _one_in_regions(towns, near, named)
        if chosen is None and home:
            # "у Полтавському районі" in a Ukrainian report: Poltava Oblast's, not Omsk Oblast's
            ours = [entry for entry in options if (entry.admin1 or "").startswith(home)]
            chosen = ours[0] if len(ours) == 1 else None
        if chosen is None and not options and not named and len(towns) == 1:
            # "Debris fell in the Domodedovo district, Sobyanin said.": the district of the one town so
            # named, where the document names no region to weigh it against
            chosen = towns[0]
        if chosen is not None:
            found.append(chosen.place(match.group(), (start, end)))
        else:
            level: Level = "admin1" if regions.search(match.group()) else "admin2"
            # a district the gazetteer lacks ("во Фрунзенском районе" after "Ярославль"), in a document
            # that names places of one region only: a district of that region, left unresolved
            region = next(iter(named)) if level == "admin2" and len(named) == 1 else None
            found.append(Place(None, match.group(), level, region, None, None, match.group(), (start, end)))
    return found


# How far after "над акваторией" a sea's own name may start ("над акваторией Черного моря", "over the
# waters of the Black Sea").
SEA_NAME_REACH: Final = 16


def _the_sea(ctx: Context, known: list[Place], named: list[Place]) -> list[Place]:
    """The sea named by a common noun ("над морем", "over the sea", [places] the_sea), where the coastal
    regions the document names (``known``) face one sea; none where the gazetteer found a sea named right
    after it (``named``: "над акваторией Черного моря") or the regions face several or none."""
    mentions = ctx.find("places", "the_sea", 0, len(ctx.text))
    if not mentions:
        return []
    seas = {sea for p in known if p.admin1 and (sea := coast_of(p.admin1)) is not None}
    entry = gazetteer().lookup(next(iter(seas))) if len(seas) == 1 else None
    if entry is None:
        return []
    return [
        entry.place(m.text, (m.start, m.end))
        for m in mentions
        if not any(
            (p.level == "sea" and m.start <= p.span[0] <= m.end + SEA_NAME_REACH)
            or p.span[0] < m.end <= p.span[1]
            for p in named
        )
    ]


def _one_in_regions(options: list[Entry], near: set[str], named: set[str]) -> Entry | None:
    """The one option in a region named near the name, else the one in a region the document names."""
    for regions_named in (near, named):
        here = [entry for entry in options if entry.admin1 in regions_named]
        if len(here) == 1:
            return here[0]
    return None


def _town_of_district(lex: Lexicon, match: re.Match[str]) -> list[Entry]:
    """The towns an English district is named after, where the gazetteer lacks the district ("the
    Kirishi district", "the Yelabuga district"): the district lies around its town, in the town's
    region."""
    if lex.lang != "en" or lex.pattern("places", "region_nouns").search(match.group()):
        return []
    name = match.group().rsplit(None, 1)[0]
    return [c.entry for c in gazetteer().resolve(name) if c.entry.level == "settlement"]


def _near_unit_nouns(ctx: Context) -> list[tuple[int, int]]:
    """The stretches of text where a unit's name can stand: up to ``UNIT_NAME_REACH`` before each
    noun of a unit, to its end; overlapping stretches merged, so that the unit pattern need not scan
    the rest."""
    stretches: list[tuple[int, int]] = []
    for noun in ctx.find("places", "unit_nouns", 0, len(ctx.text)):
        lo = max(0, noun.start - UNIT_NAME_REACH)
        if stretches and lo <= stretches[-1][1]:
            stretches[-1] = (stretches[-1][0], noun.end)
        else:
            stretches.append((lo, noun.end))
    return stretches


@cache
def _followed_by(lex: Lexicon, key: str) -> re.Pattern[str] | None:
    """Words of ``[places] key`` right after a place (after its space), or None where the language
    has no such list: "regime" (``not_before``), "said" (``government_verbs``), "port"
    (``sea_attribute``)."""
    if not lex.data.get("places", {}).get(key):
        return None
    # "Kiev's forces": after a possessive too
    return re.compile(rf"(?:['’]s)?\s+{alternation(lex.words('places', key))}", re.IGNORECASE)


def _before(text: str, lex: Lexicon, place: Place, key: str) -> bool:
    """Whether a word of ``[places] key`` follows ``place`` (see ``_followed_by``)."""
    pattern = _followed_by(lex, key)
    return pattern is not None and pattern.match(text, place.span[1]) is not None


_CAPITALS: Final = ("RU-MOW", "UA-30")


@cache
def _clause_breaks(lex: Lexicon) -> re.Pattern[str]:
    return clause_breaks(lex.data.get("clauses", {}).get("contrast", ()))


@cache
def _conjunction(lex: Lexicon) -> re.Pattern[str] | None:
    """A conjunction that starts a clause and the space after it, in lower-cased text (the lookahead of
    ``_clause_breaks``)."""
    words = lex.data.get("clauses", {}).get("contrast")
    return re.compile(alternation(words) + r"\s") if words else None


def _breaks_of(ctx: Context) -> ClauseBreaks:
    """Where the clauses of the document's sentences end (``ClauseBreaks``)."""
    conjunction = _conjunction(ctx.lex)
    lowered = ctx._matches_text()
    if conjunction is None or lowered is None:
        return ClauseBreaks(_clause_breaks(ctx.lex))
    return ClauseBreaks(_clause_breaks(ctx.lex), lowered, ctx._starts("clauses", "contrast"), conjunction)


@cache
def _clause_start(lex: Lexicon) -> re.Pattern[str]:
    """The end of a stretch after which a clause starts: a stop, a comma, or a conjunction of
    ``[clauses]`` ("as Kyiv claimed", "а Москва заявила")."""
    table = lex.data.get("clauses", {})
    words = [w for key in ("and", "contrast", "opening") for w in table.get(key, ())]
    conjunction = rf"|{alternation(words)}\s+" if words else ""
    return re.compile(rf"(?:^|[.!?:;\n]\s*|,\s*{conjunction})$", re.IGNORECASE)


def _government(text: str, lex: Lexicon, place: Place) -> bool:
    """Whether a capital names its government, or a town's name a person's surname: the subject of a
    saying verb ("Moscow said it had shot down 126 drones", "as Kyiv claimed", "Москва заявила";
    "Nikolayev said the plant had sustained minor damage")."""
    return (
        (place.id in _CAPITALS or place.level in ("settlement", "admin1", "admin2"))
        and _before(text, lex, place, "government_verbs")
        and _clause_start(lex).search(text[max(0, place.span[0] - 8) : place.span[0]]) is not None
    )


def _not_a_place(text: str, lex: Lexicon, place: Place) -> bool:
    """Whether what surrounds a place says it names none: "the Kiev regime", "the Kyiv Independent"
    (``not_before``); "Moscow said …" (a government); a sea before "port" ("the Black Sea port of
    Tuapse": the coast of a town)."""
    return (
        _before(text, lex, place, "not_before")
        or _government(text, lex, place)
        or (place.level == "sea" and _before(text, lex, place, "sea_attribute"))
    )


def _after_given_name(ctx: Context, place: Place) -> bool:
    """Whether a given name stands right before a place ("Chuvashia's head Oleg Nikolayev said"): a
    surname, not a place ([places] given_names)."""
    start = place.span[0]
    names = ctx.find("places", "given_names", max(0, start - GIVEN_NAME_REACH), start)
    return bool(names) and not ctx.text[names[-1].end : start].strip()


# How far before a surname its given name may start ("Oleg ", "Олександра ").
GIVEN_NAME_REACH: Final = 16


def _origin_lists(ctx: Context, places: list[Place], weapons: list[WeaponMention]) -> list[tuple[int, int]]:
    """Where launch origins are listed: from "з напрямків", "from the directions of" to the end of
    the sentence; and after a verb of launch in its sentence, from a bare "з", "from" to the next count
    ("атакував 19 ракетами з Брянської, Воронезької областей та ТОТ Криму, 430 БпЛА …"). The places
    there are where weapons came from, not where they were downed or hit."""
    text = ctx.text
    spans = []
    for m in ctx.find("places", "origin", 0, len(text)):
        end = _SENTENCE_END.search(text, m.end)
        spans.append((m.end, len(text) if end is None else end.start()))
    if ctx.lex.data.get("places", {}).get("origin_after_launch"):
        for verb in ctx.find("interception", "launched", 0, len(text)):
            end = _SENTENCE_END.search(text, verb.end)
            stop = len(text) if end is None else end.start()
            for m in ctx.find("places", "origin_after_launch", verb.end, stop):
                # a place right after the word ("з окупованої території Запорізької області"), not "одно из
                # крупнейших предприятий … в Брянске"
                first = next((p for p in places if p.span[0] >= m.end), None)
                if first is None or not _ORIGIN_GAP.fullmatch(text, m.end, first.span[0]):
                    continue
                if any(m.end <= w.start and w.end <= first.span[0] for w in weapons):
                    continue  # "с применением БПЛА на Горловку", "з дрона": the weapon, not its origin
                item = _ITEM_END.search(text, m.end, stop)
                spans.append((m.end, stop if item is None else item.start()))
    # "– 9 балістичних ракет Іскандер-М (Курська, Воронезька обл.);": regions in brackets right after a
    # weapon, with no count and no preposition of their own, are where the weapons were launched from
    for weapon in weapons:
        if "(" not in text[weapon.end : weapon.end + BRACKET_REACH]:
            continue
        bracket = _BRACKET_AFTER_WEAPON.match(text, weapon.end)
        if bracket is not None and any(bracket.start(1) <= p.span[0] < bracket.end(1) for p in places):
            spans.append(bracket.span(1))
    return spans


_SENTENCE_END: Final = re.compile(r"[.!?\n]")
# How far after a weapon's noun the bracket of its launch area may open.
BRACKET_REACH: Final = 48
# Brackets right after a weapon's noun and its model ("Іскандер-М (Курська, Воронезька обл.)"), holding
# capitalised names and no number: group 1 is their inside.
_BRACKET_AFTER_WEAPON: Final = re.compile(
    r"[^\S\n]*(?:[\w«»\"/-]+[^\S\n]*){0,3}?\(([A-ZА-ЯЁІЇЄҐ][^()\d\n]{0,80})\)"
)
# Between a bare "from" and the first place of an origin: at most three words ("the occupied territory of").
_ORIGIN_GAP: Final = re.compile(r"\s*(?:[\w'’-]+\s+){0,3}")
# Where the origin of one item of a launch list ends: the next count, a semicolon or a bracket.
_ITEM_END: Final = re.compile(r"[\d;()]")


# A hyphen and a letter right after a number: "52-летняя", "16-річний" are compound words.
_COMPOUND: Final = re.compile(r"[-‑–]\w")


def _is_count(text: str, lex: Lexicon, count: Count, taken: list[tuple[int, int]]) -> bool:
    if any(s < count.end and count.number_start < e for s, e in taken):
        return False  # part of a time, a date or a weapon name ("Kh-101")
    if 1900 <= count.value <= 2100 and text[count.number_start : count.end].isdigit():
        return False  # a year
    if (
        _COMPOUND.match(text, count.end, count.end + 2)
        and not text[count.end + 1 : count.end + 2].isdigit()
        and not _case_ending(lex).match(text, count.end)
    ):
        return False  # "52-летняя", "16-річний", "10-поверховий": part of a compound word
    after, before = _not_counts(lex)
    if after.match(text, count.end):
        return False  # "45-year-old", "100 square meters", "3 February"
    if _NUMBER_SIGN.search(text, max(0, count.number_start - 6), count.number_start):
        return False  # "больница № 2", "school No. 5", "#3": a name's number
    return not before.search(text, max(0, count.number_start - 12), count.number_start)


@cache
def _case_ending(lex: Lexicon) -> re.Pattern[str]:
    """A case ending written after a cardinal's digits ([numbers] case_endings: "3-х", "5-ти", "2-ма"),
    which leaves the number a count; a pattern that matches nothing where the language has none."""
    endings = lex.data.get("numbers", {}).get("case_endings")
    if not endings:
        return re.compile(r"(?!)")
    return re.compile(rf"-(?:{'|'.join(map(re.escape, endings))})(?![\w'’ʼ-])", re.IGNORECASE)


# A number sign right before a number: the number names something ("больницу № 2", "No. 5", "#3").
_NUMBER_SIGN: Final = re.compile(r"(?:№|\bNo\.|\bnr\.|#)\s*$", re.IGNORECASE)


@cache
def _age_words(lex: Lexicon) -> tuple[re.Pattern[str] | None, re.Pattern[str]]:
    """A word that says the numbers after it are ages ("aged", "віком", "в возрасте"), and what joins the
    numbers of a list ("54 and 71", "45 та 58", "19, 45")."""
    words = lex.data.get("numbers", {}).get("ages_before")
    ages = re.compile(rf"{alternation(words)}\s+$", re.IGNORECASE) if words else None
    joins = lex.data.get("interception", {}).get("list_joins") or []
    joined = rf"\s*,\s*|\s+(?:{alternation(joins)})\s+" if joins else r"\s*,\s*"
    return ages, re.compile(joined, re.IGNORECASE)


def _age_lists(text: str, lex: Lexicon, counts: list[Count]) -> set[int]:
    """The starts of numbers that a list makes ages, or what its last number measures: "aged 54 and 71",
    "віком 45 та 58 років", "from 5 to 10 km" — the list's first number, which no word marks, too."""
    ages, joined = _age_words(lex)
    after = _not_counts(lex)[0]
    runs: list[list[Count]] = []
    for count in counts:
        if count.article:
            continue
        if runs and joined.fullmatch(text, runs[-1][-1].end, count.number_start):
            runs[-1].append(count)
        else:
            runs.append([count])
    found: set[int] = set()
    for run in runs:
        if len(run) < 2:
            continue
        first, last = run[0], run[-1]
        aged = ages is not None and ages.search(text, max(0, first.number_start - 20), first.number_start)
        if aged or after.match(text, last.end):
            found.update(c.start for c in run)
    return found


@cache
def _range_join(lex: Lexicon) -> re.Pattern[str] | None:
    words = lex.data.get("numbers", {}).get("range_joins")
    return re.compile(rf"\s+{alternation(words)}\s+", re.IGNORECASE) if words else None


def _without_ranges(text: str, lex: Lexicon, counts: list[Count]) -> list[Count]:
    """The counts that are no end of a range ("each reporting one to three drones downed", "от двух
    до трех беспилотников"): a range counts no weapon of its own."""
    join = _range_join(lex)
    if join is None or len(counts) < 2:
        return counts
    ends: set[int] = set()
    for first, second in itertools.pairwise(counts):
        if not first.article and not second.article and join.fullmatch(text, first.end, second.number_start):
            if grown_from(text, lex, first.start):
                continue  # "зросла з 26 до 32": a toll grown from one figure to the other, no range
            ends.update((first.start, second.start))
    return [c for c in counts if c.start not in ends] if ends else counts


def grown_from(text: str, lex: Lexicon, start: int) -> bool:
    """Whether the words of a grown toll stand right before ``start``, the figure it grew from ("зросла
    з 26 до 32", "rose from 26 to 32": the phrases of ``[casualties] risen`` of more than one word)."""
    grown = _grown_from(lex)
    return grown is not None and grown.search(text, max(0, start - GROWN_REACH), start) is not None


@cache
def _grown_from(lex: Lexicon) -> re.Pattern[str] | None:
    words = [w for w in lex.data.get("casualties", {}).get("risen", []) if " " in w]
    return re.compile(rf"(?:{alternation(words)})\s*$", re.IGNORECASE) if words else None


# How far before the first figure of a grown toll its words may start ("has increased from").
GROWN_REACH: Final = 32


def analyse(text: str, lex: Lexicon, published_at: datetime | None, default_zone: str | None) -> Context:
    """Split ``text`` into sentences and find what each one mentions.

    Counts, weapons, places and hedges are found in one pass over the whole text each and then
    shared out to the sentences they lie in; times, whose reading depends on the words just before
    them, are found sentence by sentence.
    """
    segments = sentences(text)
    # the word lists are matched through the document's context, whose matches the builders share
    blank = Context(text, lex, published_at, ())
    all_counts = _by_sentence(
        segments, find_counts(text, lex, starts=blank.count_starts()), lambda c: (c.start, c.end)
    )
    weapons = _weapons(blank)
    all_weapons = _by_sentence(segments, weapons, lambda w: (w.start, w.end))
    # Not places: launch origins ("з напрямків: Курськ"), time zones ("11 p.m. Moscow time"), and
    # names that what follows them makes no place ("the Kiev regime", "Moscow said").
    zones = [m.span() for m in blank.scan(lex.table_pattern("time", "zones"), "time", "zones")]
    named = gazetteer().find(text, admin2=True, words=blank.folded_words())
    elsewhere = _origin_lists(blank, named, weapons) + zones

    def here(place: Place) -> bool:
        return not any(s <= place.span[0] < e for s, e in elsewhere)

    found_places = _outliers(
        text,
        lex,
        [
            _surroundings(text, lex, p)
            for p in named
            if not _dateline(text, p)
            and here(p)
            and not _not_a_place(text, lex, p)
            and not _after_given_name(blank, p)
        ],
    )
    units = _unknown_units(blank, found_places) + _the_sea(blank, found_places, named)
    unknown = [p for p in units if here(p)]
    local = local_zone(p.admin1 for p in found_places)
    default_zone = zone_of_places((p.admin1 for p in found_places), default_zone)
    if not found_places:
        default_zone = clock_of_publication(published_at, default_zone)
    all_places = _by_sentence(
        segments, sorted([*found_places, *unknown], key=lambda p: p.span), lambda p: p.span
    )
    all_hedges = _by_sentence(segments, _hedges(blank), lambda h: h.span)
    breaks = _breaks_of(blank)
    clocks = blank.clock_starts()
    analysed = []
    for index, segment in enumerate(segments):
        start, end = segment.start, segment.end
        times = find_times(
            text,
            lex,
            published_at,
            default_zone=default_zone,
            local=local,
            start=start,
            end=end,
            starts=clocks,
        )
        weapons = all_weapons[index]
        taken = [(t.start, t.end) for t in times] + [(w.start, w.end) for w in weapons]
        ages = _age_lists(text, lex, all_counts[index])
        numbers = [c for c in all_counts[index] if c.start not in ages]
        counts = _without_ranges(text, lex, [c for c in numbers if _is_count(text, lex, c, taken)])
        analysed.append(
            Sentence(
                index=index,
                segment=segment,
                counts=tuple(counts),
                weapons=tuple(weapons),
                places=tuple(all_places[index]),
                times=tuple(times),
                hedges=tuple(all_hedges[index]),
                text=text,
                breaks=breaks,
            )
        )
    # the sentences join the context the lists were matched through, which nothing else holds yet
    object.__setattr__(blank, "sentences", tuple(analysed))
    return blank


def own_line(ctx: Context, sentence: Sentence) -> bool:
    """Whether a sentence is the whole of its line: a line break (or the end of the text) follows it."""
    line_end = ctx.text.find("\n", sentence.end)
    rest = ctx.text[sentence.end :] if line_end < 0 else ctx.text[sentence.end : line_end]
    return not rest.strip()


def _by_sentence(
    segments: list[Segment], items: list[T], span: Callable[[T], tuple[int, int]]
) -> list[list[T]]:
    """Items found in the whole text, shared out to the sentences that wholly hold them."""
    starts = [s.start for s in segments]
    shared: list[list[T]] = [[] for _ in segments]
    for item in items:
        begin, finish = span(item)
        i = bisect_right(starts, begin) - 1
        if i >= 0 and finish <= segments[i].end:
            shared[i].append(item)
    return shared


def running_total(ctx: Context, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` gives a running total ("since the start of the war", "this year") —
    not a record it compares an attack with ("the largest attack since the start of the war", "the
    deadliest attack since the full-scale invasion killed 23"). Neither its counts of weapons nor its
    tolls are an attack's."""
    return any(
        not ctx.has("interception", "superlatives", max(start, m.start - SUPERLATIVE_REACH), m.start)
        for m in ctx.find("interception", "running_total", start, end)
    )


# How far before a running-total phrase a superlative makes it a comparison ("the largest such attack").
SUPERLATIVE_REACH: Final = 60


def flown_to(ctx: Context, sentence: Sentence, offset: int) -> bool:
    """Whether what starts at ``offset`` (a place, "the city") is where weapons flew to ("летевших на
    Москву", "heading for Moscow"), not where they were ("…, over the Moscow region")."""
    directions = ctx.find("interception", "direction", max(sentence.start, offset - DIRECTION_REACH), offset)
    return bool(directions) and not ctx.has("interception", "over", directions[0].end, offset)


# How far before a place a word of direction makes it where weapons flew to.
DIRECTION_REACH: Final = 30


def titled(ctx: Context, sentence: Sentence, place: Place) -> bool:
    """A place in a speaker's title ("Moscow Mayor Sergei Sobyanin", "губернатор Брянской области"),
    which says who speaks, not where anything was downed."""
    return ctx.remembered(("titled", *place.span), lambda: _titled(ctx, sentence, place))


def _titled(ctx: Context, sentence: Sentence, place: Place) -> bool:
    titles = ctx.lex.pattern("sourcing", "titles")
    after = ctx.text[place.span[1] : min(sentence.end, place.span[1] + TITLE_REACH)]
    before = ctx.text[max(sentence.start, place.span[0] - 24) : place.span[0]]
    if _POSSESSIVE_SPACE.match(after) and titles.match(after.lstrip("'’s").lstrip()):
        return True
    last = _LAST_WORD.search(before)
    return last is not None and titles.fullmatch(last.group(1)) is not None


# How far after a place its speaker's title may run ("Kyiv City Military Administration").
TITLE_REACH: Final = 40
# "Moscow's mayor", "Kursk governor": a possessive or a space after the place's name.
_POSSESSIVE_SPACE: Final = re.compile(r"(?:['’]s)?\s+")
# "the governor of the", "officials in", "губернатор": the last word before a place, past "of", "in" or
# "of the". (Tried at the start of a word only, and never giving back letters of the word: from inside
# one, or word by shorter word, its letters would be tried again and again.)
_LAST_WORD: Final = re.compile(r"(?<![\w-])([\w-]++)(?:\s+(?:of|in)(?:\s+the)?)?\s*$")
