"""The toll of an impact sentence: how many were killed and injured, with real zeros ("пострадавших
нет", "no injuries were reported"), and never a year, an age or a running total as a count."""

from __future__ import annotations

import re
from functools import cache
from typing import Final, Protocol

from dronewatch.extract.context import Context, Match, Sentence, grown_from, running_total
from dronewatch.extract.numbers import Count
from dronewatch.extract.segment import Segment
from dronewatch.lang import Lexicon, alternation
from dronewatch.model import Quantity

__all__ = ["Toll", "count_casualties", "tally_of_many_attacks"]


class Toll(Protocol):
    """What the casualties of a sentence are written into: an impact being assembled."""

    killed: Quantity | None
    injured: Quantity | None


# A casualty word may stand this many words after its count ("four firefighters were lightly injured").
MAX_WORDS_BEFORE_CASUALTY: Final = 4


# A casualty word may stand this far from a count of people, before it ("число пострадавших возросло до
# 155 человек") or after it ("Two employees of an electronics plant in Cheboksary were hurt"); without a
# word for people after the count, only MAX_WORDS_BEFORE_CASUALTY.
MAX_WORDS_AFTER_CASUALTY_WITH_PEOPLE: Final = 10


# A casualty word this many words before "rose to", "зросла до" names what the count after it tallies.
TALLY_WORDS: Final = 12


def _casualty_after(ctx: Context, sentence: Sentence, count: Count, key: str) -> bool:
    """ "four firefighters were lightly injured": the casualty word follows the count — unless the
    word goes with a count of its own right after it ("killing two people and injuring 14"). An aside
    between them is passed over ("At least 34 people, including two children, were killed")."""
    stop = sentence.clause_of(count.start).end
    if ctx.has("numbers", "ages_before", count.end, stop):
        # "трьох людей віком 19, 45 та 58 років поранено": the commas of a list of ages end no clause
        goes_on = _AGE_LIST_GOES_ON.match(ctx.text, stop)
        while goes_on is not None and goes_on.end() < sentence.end:
            stop = sentence.clause_of(goes_on.end()).end
            goes_on = _AGE_LIST_GOES_ON.match(ctx.text, stop)
    origin, aside = count.end, (count.end, count.end)
    if not ctx.has("casualties", key, count.end, stop):
        later = [c for c in sentence.clauses if c.start >= stop]
        if len(later) >= 2 and _aside(ctx, later[0]):
            origin, aside, stop = later[1].start, (later[0].start, later[0].end), later[1].end
    after = ctx.text[count.end : stop]
    people = ctx.lex.pattern("casualties", "people").match(after.lstrip())
    reach = MAX_WORDS_AFTER_CASUALTY_WITH_PEOPLE if people else MAX_WORDS_BEFORE_CASUALTY
    words = list(_WORD_RUN.finditer(ctx.text[origin:stop]))[:reach]
    if not words:
        return False
    found = ctx.find("casualties", key, origin, origin + words[-1].end())
    if not found:
        return False
    word = found[0]
    if _vague_after(ctx, word.end):
        return False  # "killing 4 and wounding dozens": the dozens are the wounded, not the four
    if _person_after(ctx, word.end, stop):
        return False  # "killing two people and injuring a boy": the boy is the injured, not the two
    more = ctx.lex.pattern("interception", "more")
    # "killed two and left 14 injured": the word goes with the count right before it, not with the two;
    # "вбивши двох людей і поранивши ще сімох": nor with the one before it when a count follows it
    return not any(
        not c.article
        and not aside[0] <= c.start < aside[1]
        and (
            count.end <= c.start < word.start
            or (c.start >= word.end and more.sub("", ctx.text[word.end : c.start]).strip() == "")
        )
        for c in sentence.counts
    )


# After a clause that ends a number of a list of ages: a comma and the next number.
_AGE_LIST_GOES_ON: Final = re.compile(r"\s*,\s*(?=\d)")


def _aside(ctx: Context, clause: Segment) -> bool:
    """Whether a clause is an aside about the people just counted ("including two children", "aged 11
    and 14", "серед них двоє дітей"), or says who told it ("за його словами")."""
    head = min(clause.end, clause.start + 24)
    ages = ctx.find("numbers", "ages_before", clause.start, head)
    if ages and ages[0].start == clause.start:
        return True
    if ctx.has("casualties", "subset_before", clause.start, head):
        return True
    # an attribution set off by commas: "Ще двох людей, за його словами, поранено"
    said = ctx.find("sourcing", "asides", clause.start, clause.end)
    return bool(said) and said[0].start == clause.start


def _casualty_before(ctx: Context, sentence: Sentence, count: Count, key: str) -> int | None:
    """ "погибли 4 человека", "число пострадавших возросло до 155 человек": the word comes first.

    Returns where the word ends (the nearest one before the count), or None when no word of ``key``
    stands before it: in "убив водителя и ранив трех" the three are the wounded.
    """
    clause = _past_hedge_aside(ctx, sentence, sentence.clause_of(count.start))
    # the tally's "до" may be read as the count's own "up to": look up to the number itself
    tallies = ctx.find("interception", "tally", clause.start, count.number_start)
    if tallies and not ctx.text[tallies[-1].end : count.number_start].strip():
        # "кількість загиблих … зросла до 5", "the death toll rose to 5": the word names the tally
        named = " ".join(ctx.text[clause.start : tallies[-1].start].split()[-TALLY_WORDS:])
        if ctx.lex.pattern("casualties", key).search(named):
            return tallies[-1].end
    people = _people_after(ctx, count.end)
    reach = MAX_WORDS_AFTER_CASUALTY_WITH_PEOPLE if people is not None else MAX_WORDS_BEFORE_CASUALTY
    words = list(_WORD_RUN.finditer(ctx.text[clause.start : count.start]))[-reach:]
    if not words:
        return None
    found = ctx.find("casualties", key, clause.start + words[0].start(), count.start)
    return found[-1].end if found else None


def _vague_after(ctx: Context, end: int) -> bool:
    """Whether a number no one can count follows ``end`` at once ("wounding dozens", "поранивши
    кількох"): the quantity of the word of casualties that ends there."""
    vague = ctx.find("casualties", "vague", end, min(len(ctx.text), end + VAGUE_REACH))
    return bool(vague) and not ctx.text[end : vague[0].start].strip()


# How far after a word of casualties its vague quantity may end ("wounding more than a dozen").
VAGUE_REACH: Final = 24


def _person_after(ctx: Context, end: int, stop: int) -> bool:
    """Whether one person follows a word of casualties at once ("injuring a boy", "wounding his wife",
    "поранивши жінку"), before ``stop``: the one the word counts."""
    people = ctx.find("casualties", "one_person", end, min(stop, end + PERSON_REACH))
    return bool(people) and not ctx.text[end : people[0].start].strip()


def _counts_things(ctx: Context, count: Count) -> bool:
    """Whether the word after a count, or the one after that, names things ("постраждали 12 будинків",
    "чотири райони області", "5 жилых домов"): no people."""
    words = list(_WORD_AFTER.finditer(ctx.text, count.end, min(len(ctx.text), count.end + THINGS_REACH)))[:2]
    for word in words:
        if ctx.has("casualties", "people", word.start(), word.end()):
            return False  # "пострадали 5 жителей области": people of a place
        if ctx.has("casualties", "things", word.start(), word.end()):
            return True
    return False


# How far after a count the words naming what it counts are looked for, and what a word is there.
THINGS_REACH: Final = 40
_WORD_AFTER: Final = re.compile(r"[\w'’ʼ-]+")


def _past_hedge_aside(ctx: Context, sentence: Sentence, clause: Segment) -> Segment:
    """The clause, joined to the one before it when only a hedge set off by commas stands between
    them ("Постраждалих, попередньо, — 30")."""
    clauses = sentence.clauses
    i = clauses.index(clause) if clause in clauses else -1
    if i < 2:
        return clause
    aside = clauses[i - 1]
    words = ctx.text[aside.start : aside.end].strip(" ,;:—–-")
    hedges = ctx.find("hedges", "soft", aside.start, aside.end)
    if len(hedges) == 1 and words == hedges[0].text:
        return Segment(clauses[i - 2].start, clause.end)
    return clause


def _subset(ctx: Context, sentence: Sentence, count: Count) -> bool:
    """Whether ``count`` counts some of the casualties already counted: after "among the injured",
    "including", "серед поранених" in its clause, or right before "of them", "з них"."""
    clause = sentence.clause_of(count.start)
    if ctx.has("casualties", "subset_before", clause.start, count.start):
        return True
    return _subset_after(ctx, count, clause.end) is not None or _among_after(ctx, count, clause.end)


def _among_after(ctx: Context, count: Count, stop: int) -> bool:
    """ "Two children are among the injured": a count, a word or two for whom it counts, and "are among
    the injured" (``[casualties] among_after``) before ``stop``."""
    found = ctx.find("casualties", "among_after", count.end, min(stop, count.end + AMONG_REACH))
    return bool(found) and len(ctx.text[count.end : found[0].start].split()) <= AMONG_WORDS


def _subset_after(ctx: Context, count: Count, stop: int) -> Match | None:
    """ "of them", "з них", "of the dead" right after a count (before ``stop``), if it stands there."""
    after = ctx.find("casualties", "subset_after", count.end, min(stop, count.end + SUBSET_REACH))
    return after[0] if after and not ctx.text[count.end : after[0].start].strip() else None


def _corrected(ctx: Context, count: Count, stop: int) -> bool:
    """Whether a count is one the text corrects right after it: "не трое, а пятеро", "not three but
    five" (the words of ``[casualties] corrected_before`` and ``corrected_after``)."""
    table = ctx.lex.data.get("casualties", {})
    if not table.get("corrected_before") or not table.get("corrected_after"):
        return False
    before = ctx.find("casualties", "corrected_before", max(0, count.start - CORRECTION_REACH), count.start)
    if not before or ctx.text[before[-1].end : count.start].strip():
        return False
    after = ctx.find("casualties", "corrected_after", count.end, min(stop, count.end + CORRECTION_REACH))
    return bool(after) and not ctx.text[count.end : after[0].start].strip(" ,")


# How far before and after a corrected figure its "не" and ", а" stand ("не трое, а пятеро").
CORRECTION_REACH: Final = 8


def _grown_from(ctx: Context, count: Count, stop: int) -> bool:
    """Whether a count is the figure a toll grew from: "зросла з 26 до 32", "rose from 26 to 32" (a
    grown toll's words before it, ``[casualties] grown_from_after`` after it)."""
    if not grown_from(ctx.text, ctx.lex, count.start):
        return False
    after = ctx.find("casualties", "grown_from_after", count.end, min(stop, count.end + CORRECTION_REACH))
    return bool(after) and _CASE_ENDING.fullmatch(ctx.text, count.end, after[0].start) is not None


# A case ending after the figure a toll grew from ("з 26-ти до 32-х").
_CASE_ENDING: Final = re.compile(r"(?:-[^\W\d]{1,3})?\s*")


def _of_the_dead(ctx: Context, count: Count) -> bool:
    """Whether "of the dead", "из погибших" follows a count: some of the dead, not some who died."""
    after = _subset_after(ctx, count, len(ctx.text))
    return after is not None and ctx.has("casualties", "killed", after.start, after.end)


# How far after a count "of them", "of the dead" may end.
SUBSET_REACH: Final = 20
# How far after a count "are among the injured" may end, and how many words may stand between.
AMONG_REACH: Final = 48
AMONG_WORDS: Final = 2


_SPACES: Final = re.compile(r"\s*")


def _past_spaces(text: str, pos: int) -> int:
    """Where the spaces from ``pos`` on end."""
    spaces = _SPACES.match(text, pos)
    return pos if spaces is None else spaces.end()


# How far past the spaces after a count a word for people is looked for: the words are short.
PEOPLE_REACH: Final = 80


def _people_after(ctx: Context, pos: int) -> int | None:
    """Where a word for people that follows ``pos`` (past spaces) ends ("5 человек"), or None.

    Reads a short stretch of the text rather than a copy of the rest of it: this runs for every count.
    """
    start = _past_possessive(ctx, _past_spaces(ctx.text, pos))
    found = ctx.lex.pattern("casualties", "people").match(ctx.text[start : start + PEOPLE_REACH])
    return None if found is None else start + found.end()


def _past_possessive(ctx: Context, pos: int) -> int:
    """Where a possessive at ``pos`` and the spaces after it end ("її дітей", "her two children"), or
    ``pos`` where none stands there."""
    found = _possessive(ctx.lex).match(ctx.text, pos)
    return pos if found is None else found.end()


@cache
def _possessive(lex: Lexicon) -> re.Pattern[str]:
    words = lex.data.get("casualties", {}).get("possessives")
    return re.compile(rf"(?:{alternation(words)})\s+" if words else r"(?!)", re.IGNORECASE)


@cache
def _and(lex: Lexicon, at_end: bool = False) -> re.Pattern[str] | None:
    """A conjunction of ``[clauses] and`` between two groups of people, with its spaces; ``at_end``:
    one that ends where the text searched ends."""
    words = lex.data.get("clauses", {}).get("and")
    end = "$" if at_end else ""
    mine = lex.data.get("casualties", {}).get("possessives")
    # "a mother and her two children": a possessive may follow the conjunction before a count
    possessive = rf"(?:{alternation(mine)}\s+)?" if mine and at_end else ""
    return re.compile(rf"\s+{alternation(words)}\s+{possessive}{end}", re.IGNORECASE) if words else None


def _joined(ctx: Context, sentence: Sentence, quantity: Quantity, key: str, used: list[Count]) -> Quantity:
    """A count of people with the people listed with it: "двоє дорослих і дитина" (3), "поранено
    чоловіка та жінку" (2), "двох чоловіків і трьох жінок" (5), "a 43-year-old man and a 39-year-old
    woman" (2), "водія, кондукторку та пасажира" (3), "жінку та двох чоловіків" (3). Each group is a
    count before a word for people, or one person; a list joined by commas ends with a conjunction."""
    text, start = ctx.text, quantity.span[1]
    spaces = _past_spaces(text, start)
    after = _past_possessive(ctx, spaces)
    people = ctx.lex.pattern("casualties", "people").match(text, after)
    counted = people is not None and people.start() - start <= 2 + after - spaces
    if people is not None and counted:
        start = people.end()
    else:
        persons = ctx.find("casualties", "one_person", max(quantity.span[0], start - 30), start)
        if not persons or persons[-1].end != start:
            return quantity  # a group of people is joined, not the verb that counted them
        start = _past_birth_year(ctx, start, sentence.end)
    begin, value = _people_before(ctx, sentence, quantity.span[0], key)
    end = quantity.span[1]
    pending: list[Count] = []
    added = 0
    # a count of people goes on with "and" only: after a comma a list of people restates them
    # ("загинули двоє людей, чоловік та жінка") or starts another toll ("…, ще чоловіка та жінку
    # госпіталізовано")
    conjunction, comma = _and(ctx.lex), (None if counted else _COMMA_JOIN)
    while True:
        join = None if conjunction is None else conjunction.match(text, start, sentence.end)
        listed = join or (None if comma is None else comma.match(text, start, sentence.end))
        group = None if listed is None else _group_at(ctx, sentence, listed.end(), key)
        if listed is None or group is None:
            break
        count, start, number = group
        added += number
        if count is not None:
            pending.append(count)
        if join is not None:
            # "водія, кондукторку та пасажира": the list ends at its conjunction
            value, end, added = value + added, start, 0
            used.extend(pending)
            pending = []
    if not value:
        return quantity
    span = (begin, end)
    return Quantity(quantity.value + value, quantity.qualifier, text[span[0] : span[1]], span)


# A comma between two groups of a list of people ("водія, кондукторку та пасажира").
_COMMA_JOIN: Final = re.compile(r"\s*,\s*")


def _group_at(ctx: Context, sentence: Sentence, at: int, key: str) -> tuple[Count | None, int, int] | None:
    """The group of people of ``key`` that starts at ``at``: a count before a word for people, or one
    person (with a word or two before it: "his elderly grandmother"); its count, where it ends and how
    many it is."""
    text = ctx.text
    second = next((c for c in sentence.counts if c.start == at and not c.article), None)
    other = "injured" if key == "killed" else "killed"
    if second is not None:
        if _casualty_after(ctx, sentence, second, other) and not _casualty_after(ctx, sentence, second, key):
            return None  # "Загинула жінка та троє людей отримали поранення": a toll of its own
        group = _people_after(ctx, second.end)
        return None if group is None else (second, _past_birth_year(ctx, group, sentence.end), second.value)
    window = text[at : min(sentence.end, at + 40)]
    person = ctx.lex.pattern("casualties", "one_person").search(window)
    if person is None or len(window[: person.start()].split()) > 2:
        return None
    if any(ctx.has("casualties", k, at, at + person.start()) for k in ("killed", "injured", "subset_before")):
        # "killing a man and injuring his wife": the second person has a verb of its own; "Nine people,
        # including a girl and a boy": some of those counted
        return None
    return None, _past_birth_year(ctx, at + person.end(), sentence.end), 1


def _people_before(ctx: Context, sentence: Sentence, start: int, key: str) -> tuple[int, int]:
    """The people listed right before a count of people of ``key``, joined to it ("жінку та двох
    чоловіків", "a woman and two men"): where the list starts and how many they are (``start`` and 0
    when none are, or when a verb of another toll tells of them: "Загинула жінка та троє людей
    отримали поранення")."""
    begin, value = start, 0
    # the last person joined by a conjunction, the ones before by commas ("водія, кондукторку та …")
    joiner = _and(ctx.lex, at_end=True)
    while (person := _joined_before(ctx, joiner, begin, sentence.start)) is not None:
        begin, value, joiner = person.start, value + 1, _COMMA_JOIN_AT_END
    if not value:
        return start, 0
    told = [
        (m.start, k) for k in ("killed", "injured") for m in ctx.find("casualties", k, sentence.start, begin)
    ]
    if told and max(told)[1] != key:
        return start, 0
    return begin, value


_COMMA_JOIN_AT_END: Final = re.compile(r"\s*,\s*$")


def _one_person(ctx: Context, sentence: Sentence, key: str, used: list[Count]) -> Quantity | None:
    """ "Женщина погибла", "пострадал местный житель", "є загиблий": one person, no number.

    A clause with a count of its own counts its people by that number, unless the count is one of
    ``used``, which already counts the other casualties ("a woman was killed and three people were
    injured", "убив водителя и ранив трех").
    """
    # "a man" is one person, not a count of its own: articles do not count here, nor do counts of things
    # ("В результате одной из атак ранен мирный житель")
    counts = [
        c
        for c in sentence.counts
        if not c.article and c not in used and not _counts_things(ctx, c) and not _age_aside(ctx, c)
    ]
    for word in ctx.find("casualties", f"one_{key}", sentence.start, sentence.end):
        clause = sentence.clause_of(word.start)
        if _condolences(ctx, clause, word):
            continue
        if not any(clause.start <= c.start < clause.end for c in counts):
            return Quantity(1, "exact", word.text, (word.start, word.end))
    among = ctx.find("casualties", "subset_before", sentence.start, sentence.end)
    for word in ctx.find("casualties", key, sentence.start, sentence.end):
        clause = sentence.clause_of(word.start)
        if any(clause.start <= c.start < clause.end for c in counts) or _condolences(ctx, clause, word):
            continue
        if any(m.start <= word.start < m.end for m in among):
            continue  # "Among the injured is a girl", "Серед поранених — дитина": one of those counted
        if key == "injured" and any(
            m.start <= word.start < m.end for m in ctx.find("casualties", "killed", clause.start, clause.end)
        ):
            continue  # "died of his wounds", "помер від поранень": a death, not a wound
        # "The driver, a 45-year-old man, died": the person may stand in an apposition before a verb
        # that opens its clause — not in an aside about others ("ще четверо людей, зокрема дитина,
        # поранені": the child is one of the four)
        before = ctx.text[clause.start : word.start]
        opens = _only_auxiliaries(ctx, before)
        # "Водій, 37-річний чоловік, отримав поранення": a verb of the phrase may come first, after a
        # subject or an apposition with no verb of its own (not "загинула жінка, є поранені")
        verb_first = not opens and len(before.split()) <= 1
        first_start = sentence.start if opens or verb_first else clause.start
        lo = max(first_start, word.start - PERSON_REACH)
        hi = min(clause.end, word.end + PERSON_REACH)
        # a person whose phrase ends within reach ("a 63-year-old woman who was wounded … died"), the
        # nearest before the word first ("A man was killed and a woman was wounded"), then after it
        near = [p for p in ctx.find("casualties", "one_person", first_start, hi) if p.end > lo]
        before_word = [p for p in near if p.end <= word.start]
        after_word = [p for p in near if p.end > word.start]
        if _person_after(ctx, word.end, clause.end):
            before_word = []  # "killing a man and injuring his wife": the wife is the verb's own object
        for person in before_word[::-1] + after_word:
            own = sentence.clause_of(person.start)
            if person.start < clause.start and _aside(ctx, own):
                continue
            if (
                verb_first
                and person.start < clause.start
                and any(ctx.has("casualties", k, own.start, own.end) for k in ("killed", "injured"))
            ):
                continue
            # "a 41-year-old woman and an 8-year-old boy were injured": the first may lie beyond reach, or
            # in a clause of its own ("a man, 61, and his wife")
            first = (
                _joined_before(ctx, _and(ctx.lex, at_end=True), person.start, sentence.start)
                if person.end <= word.start
                else None
            )
            if first is not None:
                person = first
            start, end = min(person.start, word.start), max(person.end, word.end)
            # "a mother and her son were injured": two people before their verb
            other = _joined_person(ctx, person, word.start) if person.end <= word.start else None
            return Quantity(1 if other is None else 2, "exact", ctx.text[start:end], (start, end))
    return None


# How far from its casualty word a person may stand ("a 55-year-old security guard was injured").
PERSON_REACH: Final = 40


def _condolences(ctx: Context, clause: Segment, word: Match) -> bool:
    """Whether a casualty word is of condolences ("Соболезную родным и близким погибшего", "Співчуття
    рідним загиблого"): the dead someone mourns, counted where the death was told, not again."""
    return ctx.has("casualties", "condolences", clause.start, word.start)


def _joined_person(ctx: Context, person: Match, stop: int) -> Match | None:
    """Another person joined to ``person`` before ``stop`` ("mother and her son", "мать и сын"), past
    the year the first was born ("чоловік 1979 року народження та його син")."""
    conjunction = _and(ctx.lex)
    join = (
        None
        if conjunction is None
        else conjunction.match(ctx.text, _past_birth_year(ctx, person.end, stop), stop)
    )
    if join is None:
        return None
    after = ctx.find("casualties", "one_person", join.end(), stop)
    return after[0] if after and len(ctx.text[join.end() : after[0].start].split()) <= 1 else None


def _joined_before(ctx: Context, joiner: re.Pattern[str] | None, end: int, start: int) -> Match | None:
    """The person joined by ``joiner`` (a conjunction or a comma that ends where it is searched) to
    what starts at ``end``, after ``start`` ("a 41-year-old woman and an 8-year-old boy"), if any."""
    join = None if joiner is None else joiner.search(ctx.text, start, end)
    if join is None:
        return None
    before = ctx.find("casualties", "one_person", max(start, join.start() - PERSON_REACH), join.start())
    # the first person may have their age after them ("a man, 61, and his wife")
    if not before or _past_birth_year(ctx, before[-1].end, join.start()) != join.start():
        return None
    return before[-1]


def _past_birth_year(ctx: Context, pos: int, stop: int) -> int:
    """Where the year a person was born or their age ends, if it stands at ``pos`` ("1979 року
    народження", "1956 г.р.", "(45)"); else ``pos``."""
    at = _past_spaces(ctx.text, pos)
    aside = _BRACKETED_AGE.match(ctx.text, at, stop) or _COMMA_AGE.match(ctx.text, pos, stop)
    if aside is not None:
        return aside.end()
    years = _born(ctx.lex)
    born = None if years is None else years.match(ctx.text, at, stop)
    return pos if born is None else born.end()


# What closes an age in brackets after its number ("45)", "45 років)"), and such an age after a person
# ("a man (45)", "чоловіка (45 років)").
_AGE_CLOSE: Final = r"(?:\s*[^\W\d]{1,6}\.?)?\s*\)"
_BRACKETED_AGE: Final = re.compile(rf"\(\s*\d{{1,3}}{_AGE_CLOSE}")
# An age between commas after a person, as wire copy writes it ("a man, 61, and his wife").
_COMMA_AGE: Final = re.compile(r",\s*\d{1,3}\s*,")


@cache
def _born(lex: Lexicon) -> re.Pattern[str] | None:
    """The year a person was born, after them ("1979 року народження", "1956 г.р.")."""
    expressions = lex.data.get("casualties", {}).get("born_patterns")
    return re.compile(alternation(expressions, literal=False), re.IGNORECASE) if expressions else None


def _only_auxiliaries(ctx: Context, text: str) -> bool:
    """Whether ``text`` holds nothing but auxiliaries of the passive ("was", "had been"): the verb
    after it still opens its clause ("…, a 45-year-old man, was hospitalised")."""
    auxiliaries = _auxiliaries(ctx.lex)
    return all(word.lower() in auxiliaries for word in text.split())


@cache
def _auxiliaries(lex: Lexicon) -> frozenset[str]:
    phrases = lex.data.get("interception", {}).get("passive", [])
    return frozenset(word.lower() for phrase in phrases for word in phrase.split())


def tally_of_many_attacks(ctx: Context, sentence: Sentence) -> bool:
    """Whether a sentence tells a day's or a war's tally ("over the past day", "since the start of the
    war") rather than what one attack did."""
    start, end = sentence.start, sentence.end
    return running_total(ctx, start, end) or ctx.has("casualties", "daily", start, end)


def count_casualties(ctx: Context, sentence: Sentence, draft: Toll) -> None:
    start, end = sentence.start, sentence.end
    if tally_of_many_attacks(ctx, sentence):
        return  # "since the start of the war", "за минувшие сутки": not this attack's toll
    unknown = ctx.find("casualties", "unknown", start, end)
    # the tolls this sentence says were none: a count of the same toll in it says otherwise ("Людських
    # втрат немає, п'ятеро людей травмовані")
    zeroed: set[str] = set()
    for key, attr in (("no_casualties", "both"), ("no_killed", "killed"), ("no_injured", "injured")):
        for m in ctx.find("casualties", key, start, end):
            if any(u.start <= m.start < u.end for u in unknown):
                continue  # "информации о пострадавших нет" is not "пострадавших нет"
            if any(
                not c.article and c.end > m.end and (c.start < m.end or not ctx.text[m.end : c.start].strip())
                for c in sentence.counts
            ):
                continue  # "пострадавших не менее пяти": a count, not a zero ("no one was hurt" is one)
            zero = Quantity(0, "exact", m.text, (m.start, m.end))
            if attr in ("both", "killed") and draft.killed is None:
                draft.killed = zero
                zeroed.add("killed")
            if attr in ("both", "injured") and draft.injured is None:
                draft.injured = zero
                zeroed.add("injured")
    used: list[Count] = []
    corrected: list[str] = []  # what a figure corrected right before counted
    for count in sentence.counts:
        if count.article or _age_aside(ctx, count):
            continue
        if _subset(ctx, sentence, count) and not (
            draft.killed is None
            and _casualty_after(ctx, sentence, count, "killed")
            and not _of_the_dead(ctx, count)
        ):
            # some of those counted ("из них двое госпитализированы"), unless they died — not some of the
            # dead ("Eight of the dead were children")
            continue
        earlier = ctx.find("casualties", "earlier", sentence.start, count.start)
        if earlier and not ctx.has("casualties", "risen", earlier[-1].end, count.start):
            # "Раніше повідомлялося про 17 постраждалих", "Earlier, officials had reported 21 dead": a
            # figure the report has since updated (not the new one: "…, but the toll rose to 12")
            continue
        # the word after a count says what it counts; the word before only when none follows
        keys = [k for k in ("killed", "injured") if _casualty_after(ctx, sentence, count, k)]
        if not keys:
            before = {k: _casualty_before(ctx, sentence, count, k) for k in ("killed", "injured")}
            near = {k: end for k, end in before.items() if end is not None}
            keys = [] if _counts_things(ctx, count) else sorted(near, key=lambda k: -near[k])
        if _grown_from(ctx, count, sentence.end):
            continue  # "зросла з 26 до 32": the figure it grew from
        if _corrected(ctx, count, sentence.end):
            corrected = keys[:1]  # "пострадали не трое, а пятеро": the next figure counts the same
            continue
        keys, corrected = keys or corrected, []
        # "кількість поранених зросла до п'яти": the toll grew, the new figure replaces the old
        clause = sentence.clause_of(count.start)
        # ("зросла до 21": the "до" is the count's own)
        risen = ctx.has("casualties", "risen", clause.start, count.end)
        if risen and not keys:
            said = [k for k in ("killed", "injured") if ctx.has("casualties", k, clause.start, count.start)]
            if not said and earlier:
                # "had initially said that eight people were killed …, but the toll rose to 12": the toll
                # of the figure it updates
                told = [
                    (m.start, k)
                    for k in ("killed", "injured")
                    for m in ctx.find("casualties", k, earlier[-1].end, clause.start)
                ]
                said = [max(told)[1]] if told else []
            keys = said[:1]
        if keys and (getattr(draft, keys[0]) is None or risen or keys[0] in zeroed):
            setattr(draft, keys[0], _joined(ctx, sentence, count.quantity(), keys[0], used))
            used.append(count)
        elif keys and (stated := getattr(draft, keys[0])) is not None and stated.value == count.value:
            # the toll told again ("injures two dozen" … "injuring two dozen people"): it counts the
            # same people, not the one person told beside it ("killing an 81-year-old woman and …")
            used.append(count)
    for key in ("killed", "injured"):
        if getattr(draft, key) is None:
            one = _one_person(ctx, sentence, key, used)
            if key == "injured" and one is not None and _died_of_it(ctx, draft.killed, one):
                continue
            setattr(draft, key, None if one is None else _joined(ctx, sentence, one, key, used))


def _age_aside(ctx: Context, count: Count) -> bool:
    """Whether a count stands in brackets or between commas right after a person ("a man (45) and a
    woman", "чоловіка (45 років)", "a man, 61, and his wife"): the person's age, no count of people."""
    text = ctx.text
    lo = max(0, count.start - BRACKET_REACH)
    opening = max(text.rfind("(", lo, count.start), text.rfind(",", lo, count.start))
    if opening < 0 or text[opening + 1 : count.start].strip():
        return False
    bracket = text[opening] == "("
    if (not bracket and not count.text.isdigit()) or (_CLOSING_AGE if bracket else _CLOSING_COMMA).match(
        text, count.end
    ) is None:
        return False  # (between commas, digits only: "a man, 61, and his wife", not "a man, two women")
    people = ctx.find("casualties", "one_person", max(0, opening - PERSON_REACH), opening)
    return bool(people) and not text[people[-1].end : opening].strip()


# How far before a count its opening bracket may stand.
BRACKET_REACH: Final = 4
_CLOSING_AGE: Final = re.compile(_AGE_CLOSE)
_CLOSING_COMMA: Final = re.compile(r"\s*,")


def _died_of_it(ctx: Context, killed: Quantity | None, injured: Quantity) -> bool:
    """Whether the one person told injured is the one told dead right after: "a woman who was wounded in
    the attack died in hospital", "Мужчина получил ранения и позднее скончался", "Пострадавшая женщина
    умерла" — a death, not a wound as well."""
    if killed is None or killed.value != 1:
        return False
    (k_start, k_end), (i_start, i_end) = killed.span, injured.span
    inside = k_start <= i_start and i_end <= k_end
    right_before = i_end <= k_start and not ctx.text[i_end:k_start].strip()
    return inside or right_before


# A run of characters between spaces: a word with its marks.
_WORD_RUN: Final = re.compile(r"\S+")
