"""Per-language wording data (``en.toml``, ``ru.toml``, ``uk.toml``) and the patterns built from it.

Language data is data: number words, weapon terms, verbs, hedges and casualty phrases live in one TOML
file per language, loaded once. This module turns each list into a compiled alternation, longest phrase
first, so that "shot down" wins over "shot".
"""

from __future__ import annotations

import re
import re._constants as sre  # type: ignore[import-not-found]  # the standard parser: no stubs
import re._parser as sre_parse  # type: ignore[import-not-found]
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Final

__all__ = [
    "LANGUAGES",
    "NEXT_PREFIX",
    "TOKEN",
    "Lexicon",
    "LexiconError",
    "ListInfo",
    "StartIndex",
    "alternation",
    "alternation_or_nothing",
    "fold_lowered",
    "fold_word",
    "lexicon",
    "matches_at",
    "opening_words",
    "word_starts",
]

LANGUAGES: Final[tuple[str, ...]] = ("en", "ru", "uk")

# A word boundary that also treats hyphens and apostrophes inside words as word characters, so that
# "kh-101" and "дев'ять" match whole and "over" does not match inside "Moreover".
WORD_LEFT: Final = r"(?<![\w'’ʼ-])"
WORD_RIGHT: Final = r"(?![\w'’ʼ])"


# A word for the quick test of which lists can match a text at all.
TOKEN: Final = re.compile(r"[\w']+")


def fold_word(text: str) -> str:
    """Lower case, ё as е, every apostrophe as ': the form in which words are compared."""
    return fold_lowered(text.lower())


def fold_lowered(lowered: str) -> str:
    """``fold_word`` of a text already lower-cased: ё as е, every apostrophe as '."""
    return lowered.replace("ё", "е").replace("’", "'").replace("ʼ", "'")


def matches_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int], pos: int = 0, endpos: int | None = None
) -> list[re.Match[str]]:
    """The matches of ``pattern`` in ``text[pos:endpos]`` that ``pattern.finditer`` would find, given
    ``starts``, in order, every place where one can start: the pattern is tried there only, and not
    inside a match already found. (A list, not a generator: every caller reads them all.)"""
    stop = len(text) if endpos is None else endpos
    end = pos
    found = []
    for start in starts:
        if start < end:
            continue
        if start >= stop:
            break
        hit = pattern.match(text, start, stop)
        if hit is not None:
            end = hit.end()
            found.append(hit)
    return found


def word_starts(text: str, words: Iterable[str], start: int = 0) -> list[int]:
    """Where each of ``words`` starts in ``text``: the words a pattern found in order from ``start``
    (``findall``), where no character between two words could begin one, so that each starts at its
    first occurrence after the word before. Faster than a match object a word."""
    found = []
    at = start
    for word in words:
        at = text.find(word, at)
        found.append(at)
        at += len(word)
    return found


class LexiconError(ValueError):
    """A language data file is malformed (an empty entry, a missing section, a bad value)."""


def alternation_or_nothing(phrases: Iterable[str] | None) -> str:
    """``alternation(phrases)``, or a regex that matches nothing where a language has no such phrases."""
    items = list(phrases or ())
    return alternation(items) if items else "(?!)"


def alternation(phrases: Iterable[str], *, literal: bool = True) -> str:
    """A regex matching any of the phrases as whole words, the longest where several start together.

    Spaces inside a phrase match any run of whitespace; an apostrophe matches ' ’ and ʼ, е matches ё;
    a word that ends in ``*`` matches any ending ("поврежд*" matches "повреждены", "повреждение").
    Literal phrases are merged into a prefix tree, so that the regex engine tries one branch per
    letter rather than every phrase at every position (word lists run to hundreds of forms).
    Refuses an empty phrase, which would match everywhere.

    Raises:
        LexiconError: when the list is empty or holds an empty phrase.
    """
    items = sorted(set(phrases), key=lambda p: (-len(p), p))
    if not items:
        raise LexiconError("an alternation needs at least one phrase")
    if any(not phrase.strip() for phrase in items):
        raise LexiconError("an empty phrase would match everywhere")
    if not literal:
        return WORD_LEFT + "(?:" + "|".join(items) + ")" + WORD_RIGHT
    trie: dict[str, Any] = {}
    for phrase in items:
        node = trie
        for unit in _units(phrase):
            node = node.setdefault(unit, {})
        node[_END] = {}
    return WORD_LEFT + _emit(trie) + WORD_RIGHT


_END: Final = ""
_SPACE: Final = " "
_STAR: Final = "*"
# What each unit of a phrase matches: letters case-folded by the IGNORECASE flag, е also ё.
_UNIT_REGEX: Final = {
    _SPACE: r"\s+",
    _STAR: r"[\w'’ʼ-]*",
    "'": "['’ʼ]",
    "’": "['’ʼ]",
    "ʼ": "['’ʼ]",
    "е": "[её]",
    "ё": "[её]",
}


def _units(phrase: str) -> list[str]:
    units: list[str] = []
    for i, word in enumerate(phrase.lower().split()):
        if i:
            units.append(_SPACE)
        if word.endswith("*") and len(word) > 1:
            units.extend(word[:-1])
            units.append(_STAR)
        else:
            units.extend(word)
    return [_fold_unit(u) for u in units]


def _fold_unit(unit: str) -> str:
    return {"ё": "е", "’": "'", "ʼ": "'"}.get(unit, unit)


def _emit(node: dict[str, Any]) -> str:
    branches = [
        (_UNIT_REGEX.get(unit) or re.escape(unit)) + _emit(child)
        for unit, child in sorted(node.items())
        if unit
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END in node:
        # the phrase may end here; a longer one is tried first (greedy), a shorter on backtracking
        return "(?:" + body + ")?" if len(branches) > 1 or len(body) > 1 else body + "?"
    return body


def _compile(phrases: Iterable[str]) -> re.Pattern[str]:
    return re.compile(alternation(phrases), re.IGNORECASE)


# How many words of running text a start index remembers the lists of, before it starts afresh: the
# vocabulary of a large archive would otherwise grow without bound.
MAX_REMEMBERED_WORDS: Final = 200_000


@dataclass(frozen=True, eq=False)
class StartIndex:
    """Which word lists of a language a word of the text can start a phrase of, for all lists at once.

    A document's words are looked up here once each, rather than each list being intersected with the
    document's words; a word's answer is remembered, as the same words recur from report to report.
    """

    # the number of each list, by (section, key); lists a phrase of which starts with no letter have none
    numbers: dict[tuple[str, str], int]
    # a list's number under each word its phrases start with
    words: dict[str, tuple[int, ...]]
    # under the first three letters of each stem ("поврежд*"): the stem and the lists it starts
    stems: dict[str, tuple[tuple[str, tuple[int, ...]], ...]]
    # stems shorter than three letters, whole, with their lists
    short: dict[str, tuple[int, ...]]
    _known: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False, repr=False)

    def lists_of(self, word: str) -> tuple[int, ...]:
        """The numbers of the lists a phrase of which can start with ``word`` (folded)."""
        known = self._known.get(word)
        if known is not None:
            return known
        found = set(self.words.get(word, ()))
        for stem, numbers in self.stems.get(word[:3], ()):
            if word.startswith(stem):
                found.update(numbers)
        for length in (1, 2):
            found.update(self.short.get(word[:length], ()))
        if len(self._known) >= MAX_REMEMBERED_WORDS:
            self._known.clear()
        known = self._known[word] = tuple(sorted(found))
        return known


@dataclass(frozen=True)
class ListInfo:
    """What the extractor needs to look a word list up in a text, gathered once per list."""

    # the list's number in the start index; None when it cannot tell where a phrase starts
    number: int | None
    # the list's pattern for lower-cased text (``folded_pattern``); None for the keys of a table
    folded: re.Pattern[str] | None
    # where its regular expressions that start with no letter match (``pattern_starts``), if any
    pattern_starts: re.Pattern[str] | None
    # what the word after a first word must begin with (``next_words``); empty when nothing tells
    follow: dict[str, frozenset[str]] = field(default_factory=dict)
    # whether the language does without the list (neither its phrases nor its expressions are there)
    missing: bool = False


@dataclass(frozen=True, eq=False)
class Lexicon:
    """The wording of one language, as raw data and compiled patterns (hashed by identity: one per
    language and process)."""

    lang: str
    data: Mapping[str, Any]
    # (by section, then by key: two lookups of a string are cheaper than making and hashing a pair)
    _lists: dict[str, dict[str, ListInfo]] = field(default_factory=dict, compare=False, repr=False)
    _patterns: dict[str, dict[str, re.Pattern[str]]] = field(default_factory=dict, compare=False, repr=False)

    def list_info(self, section: str, key: str) -> ListInfo:
        """The number, pattern and pattern starts of the list ``[section] key``: looked up in plain
        dictionaries, as the extractor asks for them tens of times a document."""
        lists = self._lists.get(section)
        if lists is None:
            lists = self._lists[section] = {}
        info = lists.get(key)
        if info is None:
            table = self.data.get(section, {})
            listed = isinstance(table.get(key), list)
            info = lists[key] = ListInfo(
                self.start_index().numbers.get((section, key)),
                self.folded_pattern(section, key) if listed else None,
                self.pattern_starts(section, key),
                self.next_words(section, key) if listed else {},
                bool(key) and not table.get(key) and not table.get(f"{key}_patterns"),
            )
        return info

    def words(self, section: str, key: str) -> list[str]:
        """The list ``[section] key`` of the data file."""
        try:
            value = self.data[section][key]
        except KeyError as error:
            raise LexiconError(f"{self.lang}.toml has no [{section}] {key}") from error
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise LexiconError(f"{self.lang}.toml [{section}] {key} must be a list of non-empty strings")
        return list(value)

    def table(self, section: str, key: str | None = None) -> dict[str, Any]:
        """The table ``[section]`` (or ``[section] key``) of the data file."""
        value = self.data.get(section, {})
        if key is not None:
            value = value.get(key, {})
        if not isinstance(value, dict):
            raise LexiconError(f"{self.lang}.toml [{section}] {key or ''} must be a table")
        return dict(value)

    def pattern(self, section: str, key: str) -> re.Pattern[str]:
        """The compiled whole-word alternation of ``[section] key``, and of the regular expressions in
        ``[section] key_patterns`` where the file has them (wording with gaps: "could not … verify").
        Compiled once, then looked up in plain dictionaries (the builders ask for patterns hundreds
        of times a document)."""
        patterns = self._patterns.get(section)
        if patterns is None:
            patterns = self._patterns[section] = {}
        found = patterns.get(key)
        if found is None:
            found = patterns[key] = self._compiled(section, key)
        return found

    def _compiled(self, section: str, key: str) -> re.Pattern[str]:
        phrases = alternation(self.words(section, key))
        raw = self.data.get(section, {}).get(f"{key}_patterns")
        if raw:
            # the patterns first: the regex engine takes the first alternative that matches, and a
            # wording with a gap ("launched … using") must not lose to its first word alone
            phrases = alternation(self.words(section, f"{key}_patterns"), literal=False) + "|" + phrases
        try:
            return re.compile(phrases, re.IGNORECASE)
        except re.error as error:
            raise LexiconError(f"{self.lang}.toml [{section}] {key}_patterns: {error}") from error

    @cache  # noqa: B019 - lexicons are loaded once per language and live for the process
    def folded_pattern(self, section: str, key: str) -> re.Pattern[str]:
        """``pattern(section, key)`` for text already lower-cased: the same phrases, matched without
        the case-insensitive flag, which makes the regex engine about a third faster."""
        if self.data.get(section, {}).get(f"{key}_patterns"):
            return self.pattern(section, key)
        return re.compile(alternation(self.words(section, key)))

    def phrases(self, section: str, key: str) -> list[str]:
        """The phrases of the list ``[section] key``, or the keys of the table ``[section] key`` (of
        the table ``[section]`` itself where ``key`` is empty): what ``pattern`` or ``table_pattern``
        matches."""
        value = self.data.get(section, {}).get(key) if key else None
        return (
            list(self.table(section, key or None))
            if key == "" or isinstance(value, dict)
            else self.words(section, key)
        )

    @cache  # noqa: B019 - as above
    def first_words(self, section: str, key: str) -> tuple[frozenset[str], tuple[str, ...]] | None:
        """The words a phrase of ``[section] key`` can start with, and the stems of starred ones.

        A phrase can only start where a word of the text is among them (or starts with a stem), so the
        extractor tries the list there rather than scanning the whole text (and where the list's
        regular expressions can start, see ``pattern_starts``). None when a phrase starts with no
        letter ("-летн*"), which it cannot tell about."""
        words: set[str] = set()
        stems: set[str] = set()
        for phrase in self.phrases(section, key):
            first = fold_word(phrase.split()[0])
            if not TOKEN.match(first):
                return None  # "-летн*", "%": a phrase that starts before its first word
            starred = first.endswith("*")
            tokens = TOKEN.findall(first.rstrip("*"))
            if starred and len(tokens) == 1:
                stems.add(tokens[0])
            else:
                words.add(tokens[0])
        return frozenset(words), tuple(sorted(stems))

    @cache  # noqa: B019 - as above
    def next_words(self, section: str, key: str) -> dict[str, frozenset[str]]:
        """What the next word of the text must begin with (its first ``NEXT_PREFIX`` letters, folded)
        where a phrase of ``[section] key`` starts at a given first word: "с" starts "с начала"
        and "с начала года" only, so "с" before any other word starts none. A first word that a
        phrase of one word, a starred one or one of the list's regular expressions can start with
        is not there: any word may follow it."""
        firsts = self.first_words(section, key)
        expressions = self._expression_openings(section, key)
        if firsts is None or expressions[1]:
            return {}  # where an expression that starts with no letter matches, any word may follow
        stems = (*firsts[1], *expressions[0])
        follow: dict[str, set[str]] = {}
        open_words: set[str] = set()
        for word, after in expressions[2].items():
            if after is None:
                open_words.add(word)
            else:
                follow.setdefault(word, set()).update(after)
        for phrase in self.phrases(section, key):
            words = fold_word(phrase).split()
            first_starred = words[0].endswith("*")
            tokens = TOKEN.findall(words[0].rstrip("*"))
            if first_starred and len(tokens) == 1:
                continue  # a stem of ``first_words``, and so among ``stems``
            # the second word of the text: the rest of the first word ("kh-101"), or the next one
            rest = TOKEN.findall(words[1].rstrip("*")) if len(tokens) == 1 and len(words) > 1 else []
            if len(tokens) > 1:
                second, starred = tokens[1], first_starred and len(tokens) == 2
            elif rest:
                second, starred = rest[0], words[1].endswith("*") and len(rest) == 1
            else:
                open_words.add(tokens[0])
                continue
            if starred and len(second) < NEXT_PREFIX:
                open_words.add(tokens[0])
            else:
                follow.setdefault(tokens[0], set()).add(second[:NEXT_PREFIX])
        return {
            word: frozenset(prefixes)
            for word, prefixes in follow.items()
            if word not in open_words and not any(word.startswith(stem) for stem in stems)
        }

    @cache  # noqa: B019 - as above
    def start_index(self) -> StartIndex:
        """The first words and stems of every word list of the file, indexed together (see
        ``first_words``)."""
        numbers: dict[tuple[str, str], int] = {}
        words: dict[str, set[int]] = {}
        stems: dict[str, set[int]] = {}
        for section, entries in self.data.items():
            if not isinstance(entries, dict):
                continue
            keys = [key for key, value in entries.items() if _phrase_list(value) or _phrase_table(value)]
            if _phrase_table(entries):
                keys.append("")  # a table of phrases of its own: [weapons]
            for key in keys:
                if key.endswith("_patterns"):
                    continue
                firsts = self.first_words(section, key)
                if firsts is None:
                    continue
                number = numbers[(section, key)] = len(numbers)
                for word in firsts[0]:
                    words.setdefault(word, set()).add(number)
                for stem in firsts[1]:
                    stems.setdefault(stem, set()).add(number)
                expressions = self._expression_openings(section, key)
                for stem in expressions[0]:
                    stems.setdefault(stem, set()).add(number)
                for word in expressions[2]:
                    words.setdefault(word, set()).add(number)
        grouped: dict[str, list[tuple[str, tuple[int, ...]]]] = {}
        for stem, lists in stems.items():
            if len(stem) >= 3:
                grouped.setdefault(stem[:3], []).append((stem, tuple(sorted(lists))))
        return StartIndex(
            numbers,
            {word: tuple(sorted(lists)) for word, lists in words.items()},
            {prefix: tuple(group) for prefix, group in grouped.items()},
            {stem: tuple(sorted(lists)) for stem, lists in stems.items() if len(stem) < 3},
        )

    @cache  # noqa: B019 - as above
    def _expression_openings(
        self, section: str, key: str
    ) -> tuple[frozenset[str], tuple[str, ...], dict[str, frozenset[str] | None]]:
        """The beginnings of the words the regular expressions of ``[section] key_patterns`` start
        with (indexed as stems by ``start_index``), the expressions that start with no letter, which
        the extractor looks for by scanning (see ``pattern_starts``), and the whole words they start
        with, with what the word after each must begin with (``opening_words``; indexed as words)."""
        raw = self.data.get(section, {}).get(f"{key}_patterns")
        if not raw:
            return frozenset(), (), {}
        stems: set[str] = set()
        words: dict[str, frozenset[str] | None] = {}
        unindexed = []
        for expression in self.words(section, f"{key}_patterns"):
            openings = opening_words(expression)
            if openings is None:
                unindexed.append(expression)
                continue
            stems.update(openings[0])
            for word, after in openings[1].items():
                known = words.get(word, frozenset())
                words[word] = None if after is None or known is None else known | after
        return frozenset(stems), tuple(unindexed), words

    @cache  # noqa: B019 - as above
    def pattern_starts(self, section: str, key: str) -> re.Pattern[str] | None:
        """Where a regular expression of ``[section] key_patterns`` that starts with no letter matches
        (every start, overlapping ones too, as zero-width matches); None when the list has none. The
        others start at words the start index knows."""
        unindexed = self._expression_openings(section, key)[1]
        if not unindexed:
            return None
        return re.compile(f"(?={alternation(unindexed, literal=False)})", re.IGNORECASE)

    @cache  # noqa: B019 - as above
    def table_pattern(self, section: str, key: str | None = None) -> re.Pattern[str]:
        """The compiled alternation of the keys of a table."""
        return _compile(self.table(section, key).keys())


# How many letters of the word after a first word ``Lexicon.next_words`` tells.
NEXT_PREFIX: Final = 2
# How many beginnings a regular expression may have before it is scanned for instead.
MAX_BEGINNINGS: Final = 64
_WORD_START: Final = re.compile(r"[\w']+")


def _beginnings(items: list[Any]) -> tuple[set[str], bool]:
    """The literal text that the parsed items ``items`` begin with, as a set of alternatives, and
    whether the items are all literal (so what follows them extends each alternative)."""
    prefixes = {""}
    for i, (op, arg) in enumerate(items):
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT) and prefixes == {""}:
            continue  # "\b", "(?<=\battack\s)", "(?<!earlier\s)" before the first letter match no letter
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and arg[0] == 0 and prefixes == {""}:
            # "(?:всего\s+)?с\s+начала": what the optional part begins with, or else what follows it
            optional, _ = _beginnings(list(arg[2]))
            rest, _ = _beginnings(items[i + 1 :])
            return optional | rest, False
        if op is sre.LITERAL:
            parts, whole = {chr(arg)}, True
        elif prefixes != {""} and _whitespace_run(op, arg):
            parts, whole = {" "}, True  # "с\s+начала": the word before is whole
        elif op is sre.IN and all(member is sre.LITERAL for member, _ in arg):
            parts, whole = {chr(code) for _, code in arg}, True
        elif op is sre.SUBPATTERN and not arg[1] and not arg[2]:
            parts, whole = _beginnings(list(arg[3]))
        elif op is sre.BRANCH:
            parts, whole = set(), True
            for alternative in arg[1]:
                more, complete = _beginnings(list(alternative))
                parts |= more
                whole = whole and complete
        else:
            return prefixes, False
        prefixes = {a + b for a in prefixes for b in parts}
        if not whole or len(prefixes) > MAX_BEGINNINGS:
            return prefixes, False
    return prefixes, True


def _whitespace_run(op: Any, arg: Any) -> bool:
    """Whether a parsed item is ``\\s+``: one whitespace character or more."""
    if op not in (sre.MAX_REPEAT, sre.MIN_REPEAT) or arg[0] < 1:
        return False
    body = list(arg[2])
    return len(body) == 1 and body[0] == (sre.IN, [(sre.CATEGORY, sre.CATEGORY_SPACE)])


def opening_words(expression: str) -> tuple[frozenset[str], dict[str, frozenset[str] | None]] | None:
    """The words every match of a regular expression opens with, folded as words are, in two
    kinds: beginnings of a word (stems: "жертв" of ``жертв(?:и|ы)?``), and whole words, where the
    literal text goes on past the word ("с" of ``с\\s+начала``), each with what the word after it
    begins with (its first ``NEXT_PREFIX`` letters: "на"), or None where that cannot be told ("за"
    of ``за\\s+\\d``). A match starts at a word that is one of the whole words, or that begins with
    one of the stems. None when a match can start with anything else (``["“]lost``), or the
    expression is too varied to tell."""
    try:
        parsed = sre_parse.parse(expression, re.IGNORECASE)
    except re.error:
        return None
    stems: set[str] = set()
    words: dict[str, set[str] | None] = {}
    for beginning in _beginnings(list(parsed))[0]:
        folded = fold_word(beginning)
        word = _WORD_START.match(folded)
        if word is None or word.start() != 0:
            return None
        rest = folded[word.end() :]
        if not rest:
            stems.add(word.group())
            continue
        second = _WORD_START.search(rest)
        known = second is not None and (second.end() < len(rest) or len(second.group()) >= NEXT_PREFIX)
        before = words.get(word.group(), set())
        if not known or before is None:
            words[word.group()] = None
        elif second is not None:
            words[word.group()] = before | {second.group()[:NEXT_PREFIX]}
    if not stems and not words:
        return None
    return frozenset(stems), {w: None if after is None else frozenset(after) for w, after in words.items()}


def _phrase_list(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, str) and v.strip() for v in value)


def _phrase_table(value: object) -> bool:
    """A table whose keys are phrases: every value is a string or a number."""
    return (
        isinstance(value, dict)
        and bool(value)
        and all(k.strip() and isinstance(v, str | int) for k, v in value.items())
    )


@cache
def lexicon(lang: str) -> Lexicon:
    """Load the wording data of ``lang`` (``en``, ``ru`` or ``uk``) once.

    Raises:
        LexiconError: when ``lang`` has no data file or the file is not valid TOML.
    """
    if lang not in LANGUAGES:
        raise LexiconError(f"no wording data for language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    source = resources.files(__name__).joinpath(f"{lang}.toml").read_text(encoding="utf-8")
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as error:
        raise LexiconError(f"{lang}.toml is not valid TOML: {error}") from error
    return Lexicon(lang=lang, data=data)
