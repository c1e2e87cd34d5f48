"""Interception claims: "intercepted 83 drones", their per-place breakdown, window and scope.

A claim starts at a count of weapons next to an interception, launch or suppression verb ("перехвачены и
уничтожены 77 украинских БПЛА", "launched 23 drones"). Counts tied to places that follow it — in the same
sentence after a colon, or in the next sentences — are its breakdown, unless they state a new total. A
count said again (a headline and its body, "Всего за ночь" repeating the figure) is the same claim.
"""

from __future__ import annotations

import itertools
import re
import string
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import cache
from zoneinfo import ZoneInfo

from dronewatch.extract.context import Context, Match, Sentence, WeaponMention, flown_to, running_total
from dronewatch.extract.context import titled as _titled
from dronewatch.extract.numbers import Count
from dronewatch.extract.segment import BULLETS
from dronewatch.extract.times import TimeMention, find_times
from dronewatch.lang import Lexicon, alternation, alternation_or_nothing
from dronewatch.model import BreakdownItem, Place, Quantity, Scope, Time, Weapon

__all__ = ["InterceptionDraft", "find_interceptions", "window_of"]

# A breakdown may follow its total by this many sentences that list no place counts ("This figure,
# obtained through exclusive channels, …"); calibrated on English relays of ministry statements.
MAX_BREAKDOWN_GAP = 2
# Words between "17" and "из 22" / "out of 35": the launched count of a destroyed count.
OUT_OF_GAP = 4
# The clock of each country's reports when they say "local time" or name no zone.
LOCAL_ZONES = {"RU": "Europe/Moscow", "UA": "Europe/Kyiv"}
# How far a verb may stand from a count told without its noun ("сбило всего две", "23 – локаційно
# втрачені").
VERB_REACH = 16
# How far a participle may follow its noun across a participial clause ("Два беспилотника, летевших на
# Москву, отражены"); calibrated on governors' and mayors' posts.
PARTICIPLE_REACH = 60
# A verb governs the counts of a colon list after at most this many words ("атакував 823 засобами
# повітряного нападу: 810 ударними БпЛА …").
COLON_LIST_WORDS = 6
# A verb after a weapon with at most this many words between governs it ("the 25 drones Russia
# launched", "the drones the air force shot down").
RELATIVE_SUBJECT_WORDS = 3
# A tally phrase ending right before a count starts at most this many characters before it ("bringing
# the total number for the day to 12").
TALLY_REACH = 60
# A word of trying this many characters before a downing verb leaves the outcome untold.
ATTEMPT_REACH = 16
# How far before or after a total the word that says it is one may stand ("a total of 46", "46 in total").
TOTAL_REACH = 12
# Between "a total" and its count: "of" or nothing.
_OF = re.compile(r"\s*(?:of\s*)?", re.IGNORECASE)
# A count this many words after a verb is the verb's own object ("сбило всего две").
OWN_OBJECT_WORDS = 3
# A weapon noun joined to the one before with this many words ("and other types of") shares its verb.
HEAD_JOIN_WORDS = 4


@dataclass
class InterceptionDraft:
    """An interception claim being assembled, with the sentences it owns."""

    sentence: int
    start: int
    end: int
    weapon: Weapon
    weapon_model: str | None
    destroyed: Quantity | None = None
    launched: Quantity | None = None
    suppressed: Quantity | None = None
    window: Time | None = None
    breakdown: list[BreakdownItem] = field(default_factory=list)
    scope: Scope = "unknown"
    sentences: set[int] = field(default_factory=set)
    # Where a launch was aimed ("пытались атаковать Брянскую область"): downings elsewhere are not its.
    target: tuple[Place, ...] = ()
    # The total's own place ("два БПЛА уничтожены над Белгородской областью"): a one-item breakdown,
    # or the first item of a list that has no total of its own.
    own_item: BreakdownItem | None = None
    # The counts a list of weapons by type then gives line by line ("603 засоби повітряного нападу:",
    # "566 ворожих БпЛА;", "2 ракети Кинджал;"): only the sum of the typed claims, no claim of its own.
    by_type: set[str] = field(default_factory=set)

    def total(self) -> int | None:
        return self.destroyed.value if self.destroyed is not None else None

    def only_place(self) -> Place | None:
        """The total's own place where it is the whole breakdown so far ("два БПЛА уничтожены над
        Белгородской областью"), else None."""
        own = self.own_item
        return own.place if own is not None and self.breakdown == [own] else None

    def place_total(self, place: Place, quantity: Quantity) -> None:
        """Make ``place`` the total's own place: its one-item breakdown so far."""
        self.own_item = BreakdownItem(place, quantity)
        self.breakdown.append(self.own_item)


def _listed(draft: InterceptionDraft) -> int:
    """The sum of a claim's breakdown."""
    return sum(item.destroyed.value for item in draft.breakdown)


def _told(draft: InterceptionDraft) -> int | None:
    """How many a claim says were downed: its total, else the sum of a list without one; None for a
    launch alone."""
    if draft.destroyed is not None:
        return draft.destroyed.value
    return _listed(draft) if draft.breakdown else None


@dataclass(frozen=True)
class _Event:
    """A weapon count with the role its verb gives it ("destroyed", "launched", "suppressed")."""

    count: Count
    weapon: WeaponMention
    role: str


# Between two places of a list: a spaced dash, a colon or a semicolon opens its next item.
_NEXT_ITEM = re.compile(r"\s[—–-]\s|[:;]")
# "over the Bryansk (15), Kursk (11) … regions", "🔸 Київщина: 9;": an opening bracket or a colon between
# a place and its count.
_OPENING_BRACKET = re.compile(r"\s*(?:\(|:)\s*")
# Where the opening of a count's phrase starts: after a speaker's colon or a comma.
_OPENING_BREAK = re.compile(r"[:,]")
# Words between a launch verb and its count that hold a digit or a stop are another statement's.
_DIGIT_OR_STOP = re.compile(r"[\d.;]")
# A participle that ends its phrase: a comma, a stop or the end of the text after it.
_PHRASE_ENDS = re.compile(r"\s*(?:[,.;]|$)")


def _verb_role(ctx: Context, sentence: Sentence, count: Count, weapon: WeaponMention) -> str | None:
    """Whether the clause around a weapon count says it was downed, launched or suppressed."""
    clause = sentence.clause_of(count.start)
    lo, hi = clause.start, clause.end
    # "Of the 22 cruise missiles, 19 were destroyed", "Ігнат: із семи ракет … збили шість", "According to
    # the Air Force, of the 78 missiles, 59 were shot down"
    opening = _OPENING_BREAK.split(ctx.text[sentence.start : count.start])[-1].strip()
    if ctx.lex.pattern("interception", "out_of").fullmatch(opening):
        return "launched"
    if weapon.weapon == "glide_bomb" and _dropped(ctx, sentence, count):
        return "launched"  # "Ворог скинув 9 КАБ на Степногірськ", "dropped eight guided aerial bombs"
    hits = ctx.find("interception", "hits", lo, count.start)
    if hits and not any(
        ctx.has("interception", role, hits[-1].end, count.start) for role in ("destroyed", "launched")
    ):
        return None  # "Зафіксовано влучання 1 ракети та 24 ударних БпЛА": these hit, not a launch
    # "…сбиты 61 беспилотник, еще 14 дронов локационно потеряны": a suppressing verb right after the
    # weapon is its own, whatever verb opened the sentence
    for verb in ctx.find("interception", "suppressed", weapon.end, hi):
        if len(ctx.text[weapon.end : verb.start].split()) <= 2:
            return "suppressed"
    # A launch verb right before the count in its own clause is its verb, whatever a later clause says
    # ("Противник запустив 8 ракет Калібр, усі збито": the eight were launched).
    before = [
        (verb.end, verb.start, role)
        for role in ("destroyed", "suppressed", "launched")
        for verb in ctx.find("interception", role, lo, count.start)
        if not ctx.has("interception", "attempt", max(lo, verb.start - ATTEMPT_REACH), verb.start)
        and not _in_a_name(ctx, sentence, verb)
    ]
    if before:
        end, start, role = max(before)
        # not the attack a downing verb repelled ("Отражена атака 3 БПЛА", "repelled an attack by")
        repelled = any(r != "launched" and start - 12 <= e <= start for e, _, r in before)
        # the verb and its object may come first ("атакувала Україну 62 дронами – 47 збито")
        between = ctx.text[end : count.start].strip(" \t,:—–-").split()
        if (
            role == "launched"
            and not repelled
            and len(between) <= 2
            and not _DIGIT_OR_STOP.search(" ".join(between))
        ):
            return "launched"
    # A launch participle right after the noun where the phrase ends: "Of the 80 drones launched, 52
    # were shot down" ("… launched by Russia were shot down" stays a downing).
    for verb in ctx.find("interception", "launched", weapon.end, min(hi, weapon.end + 40)):
        if not ctx.text[weapon.end : verb.start].strip() and _PHRASE_ENDS.match(
            ctx.text[verb.end : verb.end + 3]
        ):
            return "launched"
    # A verb may also open the sentence before a colon list: "уничтожены 77 БПЛА: ▫️ 42 – над …".
    head = _head_end(ctx, sentence, weapon)
    for role in ("destroyed", "suppressed", "launched"):
        for verb in ctx.find("interception", role, sentence.start, sentence.end):
            if _in_a_name(ctx, sentence, verb):
                continue
            tried = ctx.has("interception", "attempt", max(lo, verb.start - ATTEMPT_REACH), verb.start)
            if role == "destroyed" and tried:
                continue  # "tried to shoot down four drones": whether they were downed is not said
            if role != "launched" and _negated(ctx, verb):
                continue  # "two missiles were not shot down", "не сбиты"
            if verb.end <= count.start and (
                verb.start >= lo or _same_statement(ctx, sentence, verb.end, count.start)
            ):
                return role  # "intercepted 83 drones"
            if count.end <= verb.start <= weapon.start:
                if count.article:
                    continue  # "debris from a downed drone": what the debris is of, not a downing
                return role  # "nine intercepted UAVs"
            if verb.start >= weapon.end and (
                (verb.start < hi and _passive(ctx, head, verb.start))
                or (role != "launched" and _reduced_participle(ctx, head, verb))
                or _participle_after(ctx, sentence, weapon, verb.start)
                or (role == "launched" and _relative_clause(ctx, weapon.end, verb.start))
                or (role == "launched" and _subject_of(ctx, count, head, verb))
            ):
                return role  # "64 of these drones were shot down", "Два беспилотника, … отражены"
    return None


def _hit_after(ctx: Context, weapon: WeaponMention, stop: int) -> bool:
    """Whether a verb of ``[interception] hit_verbs`` follows a weapon noun at once ("26 drones hit")."""
    found = ctx.find("interception", "hit_verbs", weapon.end, min(stop, weapon.end + HIT_REACH))
    return bool(found) and not ctx.text[weapon.end : found[0].start].strip()


# How far after a weapon noun its verb of hitting is looked for.
HIT_REACH = 16


def _dropped(ctx: Context, sentence: Sentence, count: Count) -> bool:
    """Whether a verb of dropping stands before a count in its sentence, at most a few words and no
    other count before it ("скинув на місто дві КАБ", "dropped at least eight")."""
    for verb in reversed(ctx.find("interception", "dropped", sentence.start, count.start)):
        between = ctx.text[verb.end : count.start]
        return len(between.split()) <= DROP_WORDS and not any(
            verb.end <= c.start < count.start for c in sentence.counts
        )
    return False


# How many words may stand between a verb of dropping and its count ("скинув на місто дві").
DROP_WORDS = 3


def _negated(ctx: Context, verb: Match) -> bool:
    """Whether a word of ``[interception] negated`` ("not", "не") stands right before a verb."""
    before = ctx.find("interception", "negated", max(0, verb.start - NEGATION_REACH), verb.start)
    return bool(before) and not ctx.text[before[-1].end : verb.start].strip()


# How far before a verb its negation is looked for ("were not", "не").
NEGATION_REACH = 6


def _in_a_name(ctx: Context, sentence: Sentence, verb: Match) -> bool:
    """Whether a verb is a word of a weapon's name ("multiple launch rocket system projectiles") or a
    launcher's ("two rockets of a multiple launch rocket system", [interception] launchers)."""
    return any(w.start <= verb.start < w.end for w in sentence.weapons) or any(
        n.start <= verb.start < n.end for n in _launchers(ctx, verb.start, verb.end)
    )


def _launchers(ctx: Context, start: int, end: int) -> list[Match]:
    """The names of launchers that overlap ``text[start:end]``."""
    if not ctx.lex.data.get("interception", {}).get("launchers"):
        return []
    return [
        n for n in ctx.find("interception", "launchers", 0, len(ctx.text)) if n.start < end and start < n.end
    ]


def _head_end(ctx: Context, sentence: Sentence, weapon: WeaponMention) -> int:
    """Where the noun phrase of a weapon noun ends: at the last of the weapon nouns right after it, with
    at most one word between each ("Shahed attack drones", "Shahed-type attack UAVs"), or joined to it
    with no count of their own ("78 Shahed drones and other types of drones have been shot down")."""
    end = weapon.end
    joins = _list_joins(ctx.lex)
    for other in sentence.weapons:
        if other.start < end:
            continue
        gap = ctx.text[end : other.start].split()
        joined = bool(gap) and gap[0].lower() in joins and len(gap) <= HEAD_JOIN_WORDS
        if (
            not all(word.isalpha() for word in gap)
            or (len(gap) > 1 and not joined)
            or any(end <= c.start < other.start for c in sentence.counts)
        ):
            break
        end = other.end
    return end


@cache
def _list_joins(lex: Lexicon) -> frozenset[str]:
    return frozenset(w.lower() for w in lex.words("interception", "list_joins"))


def _same_statement(ctx: Context, sentence: Sentence, start: int, end: int) -> bool:
    """Whether a verb before a clause break still governs a count ("were destroyed, of which 9 …"),
    or the colon list of what the verb counted ("атакував 823 засобами повітряного нападу: 810 ударними
    БпЛА та 13 ракетами")."""
    between = ctx.text[start:end]
    if ";" in between or "." in between:
        return False
    if ":" not in between:
        # "shot down 72 drones and two missiles, while 24 drones … hit": the verb had its objects
        counted = any(start <= c.start and c.end <= end for c in sentence.counts if not c.article)
        # "атакував ударними БпЛА типу Shahed, «Гербера» – всього 98 БпЛА": the total of what it named
        words = TOTAL_AFTER_TYPES_WORDS if _total_right_before(ctx, end) else 6
        return len(between.split()) <= words and not counted
    head, _, tail = between.partition(":")
    # "уничтожили: над Брянской областью – 5 БПЛА": the first item may name its place before a dash
    item = len(tail.split()) <= 1 or _PLACE_THEN_DASH.fullmatch(tail) is not None
    return ":" not in tail and len(head.split()) <= COLON_LIST_WORDS and item


def _total_right_before(ctx: Context, end: int) -> bool:
    """Whether a word for the total ("всього", "in total") ends right before ``end``."""
    found = ctx.find("interception", "complete", max(0, end - 16), end)
    return bool(found) and not ctx.text[found[-1].end : end].strip()


# How many words a launch verb may stand before the total of the types it named.
TOTAL_AFTER_TYPES_WORDS = 12


def _reduced_participle(ctx: Context, end: int, verb: Match) -> bool:
    """ "a total of 26 drones downed between 11 p.m. and 6 a.m.": a participle right after its noun
    phrase (ending at ``end``), then a phrase of place or time or the end of the clause — not "a drone
    destroyed a house", the weapon acting on an object."""
    if ctx.text[end : verb.start].strip():
        return False
    follows = _participle_followers(ctx.lex)
    return follows is not None and follows.match(ctx.text, verb.end) is not None


@cache
def _participle_followers(lex: Lexicon) -> re.Pattern[str] | None:
    words = lex.data.get("interception", {}).get("participle_followers")
    if not words:
        return None
    return re.compile(rf"\s*(?:[,.;:)]|$|{alternation(words)})", re.IGNORECASE)


# A place and a dash before the count of a list's first item ("над Брянской областью – 5 БПЛА").
_PLACE_THEN_DASH = re.compile(r"[^\d.;:,]{1,60}\s[–—-]\s*")


def _subject_of(ctx: Context, count: Count, head: int, verb: Match) -> bool:
    """ "Twenty drones attacked Kharkiv", "342 UAVs of various modifications attacked …": the counted
    weapons are the subject of a verb of ``[interception] launched_by_subject`` right after their noun
    phrase, which only a short qualifier separates from it (not "five wounded when Russian drones
    attacked Kherson")."""
    between = ctx.text[head : verb.start]
    return (
        ctx.has("interception", "launched_by_subject", verb.start, verb.end)
        and len(between.split()) <= SUBJECT_QUALIFIER_WORDS
        and _DIGIT_OR_STOP.search(between) is None
        and not any(ctx.has("casualties", key, count.end, head) for key in ("killed", "injured"))
    )


# How many words may qualify the weapons before the verb they are the subject of ("of various types").
SUBJECT_QUALIFIER_WORDS = 3


def _relative_clause(ctx: Context, start: int, end: int) -> bool:
    """ "of the 25 drones Russia launched", "the drones the enemy launched": a short subject (a name
    or a determiner first), then the verb, right after the weapon."""
    between = ctx.text[start:end]
    words = between.split()
    return (
        1 <= len(words) <= RELATIVE_SUBJECT_WORDS
        and (words[0][:1].isupper() or words[0].lower() in {"the", "its", "their"})
        and re.fullmatch(r"[\s\w'’-]+", between) is not None
        and not any(w.isdigit() for w in words)
    )


# An aside set off by spaced dashes or by commas.
_ASIDE = re.compile(r"\s[—–-]\s[^—–.]{1,60}?\s[—–-]\s|,\s[^,.]{1,60}?,\s")


def _passive_after(ctx: Context, count: Count, verb: int) -> bool:
    """ "20 were shot down": only a passive auxiliary between a bare count and its verb."""
    if not ctx.lex.data.get("interception", {}).get("passive"):
        return False
    between = ctx.text[count.end : verb]
    passive = ctx.has("interception", "passive", count.end, verb)
    return bool(between.strip()) and len(between.split()) <= 2 and passive


def _passive(ctx: Context, start: int, end: int) -> bool:
    # an aside between dashes or commas does not count ("31 Shahed drones - which Russia calls Geran-2 - were
    # also shot down", "31 Shahed drones, also known as Geran-2, were shot down")
    between = _ASIDE.sub(" ", ctx.text[start:end], count=1)
    # ("718 drones and 7 missiles were reportedly intercepted": an adverb of the verb is no word between)
    adverbs = _passive_adverbs(ctx.lex)
    words = sum(1 for word in between.split() if word.lower() not in adverbs)
    # "two more drones flying towards Moscow had been shot down", "72 of 111 drones launched by Russia
    # overnight had been shot down": a phrase of direction or of launch may stand between
    phrase = ctx.has("interception", "direction", start, end) or ctx.has(
        "interception", "launched", start, end
    )
    if "." in between or words > (8 if phrase else 4):
        return False
    if not ctx.lex.data.get("interception", {}).get("passive"):
        return True  # languages where the participle alone says it ("сбиты", "знищено")
    return ctx.has("interception", "passive", start, end)


@cache
def _passive_adverbs(lex: Lexicon) -> frozenset[str]:
    return frozenset(w.lower() for w in lex.data.get("interception", {}).get("passive_adverbs", []))


def _is_direction(ctx: Context, sentence: Sentence, place: Place) -> bool:
    """Whether a place is where weapons flew to ("летевших на Москву") or a speaker's title's."""
    return ctx.remembered(("direction", *place.span), lambda: _direction(ctx, sentence, place))


def _direction(ctx: Context, sentence: Sentence, place: Place) -> bool:
    return _titled(ctx, sentence, place) or flown_to(ctx, sentence, place.span[0])


def _later_counts(ctx: Context, sentence: Sentence, count: Count) -> list[int]:
    """Where the counts after ``count`` in its sentence start, but for the count it is out of ("19 of 24
    drones over Odesa region": the 24 is no item of the list, the place is the 19's)."""
    of = _out_of(ctx, count, sentence)
    return [c.start for c in sentence.counts if c.start > count.end and not c.article and c is not of]


def _places_for(ctx: Context, sentence: Sentence, count: Count) -> list[Place]:
    """The places a count is tied to.

    One place in its clause is the count's ("▫️ 42 – над территорией Саратовской области"). A
    distributive count ("по 2 – над территориями Владимирской, Ивановской и Орловской областей") holds
    for every place up to the next count. Where a clause names several places, each count takes the one
    between it and the next count ("два БпЛА перехвачены над Тамбовской областью и по одному сбито
    над …"), or pairs up in order when the clause lists as many counts as places.
    """
    clause = sentence.clause_of(count.start)
    usable = [p for p in sentence.places if not _is_direction(ctx, sentence, p)]
    # "over the Bryansk (15), Kursk (11) and Oryol (6) regions": a count in brackets is its place's
    bracketed = [p for p in usable if _OPENING_BRACKET.fullmatch(ctx.text, p.span[1], count.start)]
    if bracketed:
        return bracketed
    later = _later_counts(ctx, sentence, count)
    stop = min(later) if later else sentence.end
    if _distributive(ctx, count):
        spread = [p for p in usable if count.end <= p.span[0] < stop]
        if spread and re.search(r"[,;.]", ctx.text[count.end : spread[0].span[0]]):
            spread = []  # "…— по три, над Брянской …": what follows the comma is the next item's
        for i in range(1, len(spread)):
            if _NEXT_ITEM.search(ctx.text, spread[i - 1].span[1], spread[i].span[0]):
                # "по 3 — на Сумщині та Чернігівщині, решта — над Полтавщиною": a dash or a colon
                # between two places opens the next item of the list
                spread = spread[:i]
                break
        if len(spread) < 2:
            # "над Белгородской, Тульской и Тверской областями — по три": the places come first
            earlier = [c.end for c in sentence.counts if c.end <= count.start and not c.article]
            begin = max(earlier) if earlier else sentence.start
            spread = [p for p in usable if begin <= p.span[0] and p.span[1] <= count.start]
        if len(spread) > 1:
            return spread
    places = [p for p in usable if clause.start <= p.span[0] < clause.end]
    if len(places) == 1:
        return [] if _first_of_a_list(ctx, usable, places[0]) else places
    if len(places) > 1:
        following = [p for p in places if count.end <= p.span[0] < stop]
        if len(following) == 1:
            return following
        if _nested(ctx, following):
            return following[:1]  # "три — над Рыльским районом Курской области": a district and its region
        counts = [c for c in sentence.counts if clause.start <= c.start < clause.end and not c.article]
        if len(counts) == len(places) and count in counts:
            return [places[counts.index(count)]]
    return []


def _nested(ctx: Context, places: list[Place]) -> bool:
    """Whether places name one place, each the next one's part, side by side ("Рыльским районом Курской
    области", "Ізмаїльським районом Одеської області")."""
    return (
        len(places) > 1
        and len({p.admin1 for p in places}) == 1
        and all(not ctx.text[a.span[1] : b.span[0]].strip() for a, b in itertools.pairwise(places))
    )


def _first_of_a_list(ctx: Context, places: list[Place], place: Place) -> bool:
    """Whether the one place of a clause is the first of a list that runs on past it ("shot down 2
    missiles and 48 drones over Kyiv, Kharkiv and Sumy regions"): one count over all of them is
    placed in none."""
    after = next((p for p in places if p.span[0] >= place.span[1]), None)
    return (
        after is not None and _list_gap(ctx.lex).fullmatch(ctx.text, place.span[1], after.span[0]) is not None
    )


@cache
def _list_gap(lex: Lexicon) -> re.Pattern[str]:
    """What stands between two places of one list: a comma or a word that joins a list."""
    return re.compile(
        rf"\s*(?:,|,?\s+{alternation(lex.words('interception', 'list_joins'))})\s*", re.IGNORECASE
    )


def _distributive(ctx: Context, count: Count) -> bool:
    """ "по 2 над Курской и Орловской", "two each over Belgorod and Oryol": the count holds for each place."""
    data = ctx.lex.data.get("interception", {})
    before = ctx.text[max(0, count.start - 6) : count.start]
    distributive = data.get("distributive") is not None
    if distributive and ctx.lex.pattern("interception", "distributive").search(before):
        return True
    return data.get("distributive_after") is not None and bool(
        ctx.lex.pattern("interception", "distributive_after").match(ctx.text, count.end + 1)
        and not ctx.text[count.end : count.end + 1].strip()
    )


@cache
def _another_statement(lex: Lexicon) -> re.Pattern[str]:
    """A conjunction of ``[clauses] contrast`` or ``opening`` ("as", "while", "а"): what follows is
    another statement."""
    table = lex.data.get("clauses", {})
    words = [w for key in ("contrast", "opening") for w in table.get(key, ())]
    return re.compile(alternation_or_nothing(words), re.IGNORECASE)


def _hit_between(ctx: Context, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` says something hit, or a fire or debris followed."""
    return any(
        ctx.has(section, key, start, end)
        for section, key in (("impact", "words"), ("consequences", "fire"), ("consequences", "debris"))
    )


def _own_place(ctx: Context, sentence: Sentence, count: Count) -> Place | None:
    """The one place a claim's own count is downed over, if the sentence names exactly one.

    The places are those of the count's clause before it and all that follow it up to the clause of
    the next count ("…уничтожены 348 БПЛА над территориями Белгородской области"; "Два беспилотника,
    летевших на Москву, отражены ПВО в Раменском"). A list of places ("над территориями Белгородской, Брянской
    областей и Республики Крым") gives none; nested places ("В Балашихе в микрорайоне Кучино") give the
    first.
    """
    clause = sentence.clause_of(count.start)
    later = _later_counts(ctx, sentence, count)
    if later and re.search(r"\(\s*$", ctx.text[count.end : min(later)]):
        return None  # "42 drones over the Bryansk (15), Kursk (11) … regions": the places are the items'
    stop = min(later) if later else sentence.end
    # a later clause with a count of its own is the next item ("сбили 20 дронов, над Курской — пять")
    for other in sentence.clauses:
        if other.start >= clause.end and any(other.start <= c < other.end for c in later):
            stop = min(stop, other.start)
            break
    colon = re.compile(r"[:;]").search(ctx.text, count.end, stop)
    stop = colon.start() if colon else stop  # "уничтожено 23 БПЛА: над Калужской …" opens a list
    places = [
        p
        for p in sentence.places
        if (clause.start <= p.span[0] < count.start or count.end <= p.span[0] < stop)
        and not _is_direction(ctx, sentence, p)
        # not where something hit after the count ("… 23 drones downed, a fire breaks out in Kstovo",
        # "destroyed 11 drones over Lipetsk Oblast and debris fell in Yelets", "…, fire at enterprise in
        # Izmail district")
        and (p.span[0] < count.end or not _hit_between(ctx, count.end, p.span[0]))
        # nor in another statement the sentence goes on to ("downed 105 drones as Moscow airports halt
        # flights")
        and (
            p.span[0] < count.end
            or _another_statement(ctx.lex).search(ctx.text, count.end, p.span[0]) is None
        )
    ]
    if not places and later:
        shared = _place_after_the_list(ctx, sentence, count)
        if shared is not None:
            return shared
    if not places:
        # "In Mykolaiv Oblast, air defense shot down 9 drones": the place that opens the sentence
        opening = [
            p
            for p in sentence.places
            if p.span[1] <= clause.start
            # "In Mykolaiv Oblast,", "In the Chernihiv region,": a preposition and an article at most
            and len([w for w in ctx.text[sentence.start : p.span[0]].split() if w.lower() != "the"]) <= 1
            and _opening_gap(ctx, p.span[1], clause.start)
            and not _titled(ctx, sentence, p)
        ]
        return opening[0] if len(opening) == 1 else None
    if ctx.has("places", "plural_unit_nouns", min(clause.start, places[0].span[0]), stop):
        return None  # "сбили 2 беспилотника в Раменском и Павлово-Посадском городских округах"
    if _joined_to_a_country(ctx, places[0]):
        return None  # "над территорией России и Крыма уничтожены 37": over more than Crimea
    if ctx.has("interception", "most", count.end, places[0].span[0]):
        return None  # "destroyed 45 drones, most of them over the Bryansk region": not all 45 there
    before = [p for p in places if p.span[0] < count.start]
    if len(before) == 1 and not any(count.end <= p.span[0] < clause.end for p in places):
        return before[0]  # "над Ростовской областью уничтожено 30 …, на промобъекте в Каменском районе …"
    for first, second in itertools.pairwise(places):
        between = ctx.text[first.span[1] : second.span[0]]
        if first.admin1 != second.admin1 or re.search(r",|\b(?:и|і|та|and|or|или|чи)\b", between):
            return None
    return places[0]


def _place_after_the_list(ctx: Context, sentence: Sentence, count: Count) -> Place | None:
    """The one place after a list of counts of other weapons that goes on from ``count`` ("shot down 7
    Shaheds and 2 Kalibr missiles over the Mykolaiv region"): where every weapon of the list was downed."""
    weapon = ctx.weapon_after(count, sentence)
    if weapon is None:
        return None
    end = _head_end(ctx, sentence, weapon)
    kinds = {(weapon.weapon, weapon.model)}
    for other in sentence.counts:
        if other.start < end or other.article:
            continue
        listed = ctx.weapon_after(other, sentence)
        if listed is None or not _goes_on(ctx, sentence, end, other.start):
            return None
        kinds.add((listed.weapon, listed.model))
        end = _head_end(ctx, sentence, listed)
    clause = sentence.clause_of(end - 1)
    after = [p for p in sentence.places if end <= p.span[0] < clause.end]
    if (
        len(kinds) < 2
        or len(after) != 1
        or len(ctx.text[end : after[0].span[0]].split()) > PLACE_AFTER_LIST_WORDS
    ):
        return None
    return None if _is_direction(ctx, sentence, after[0]) else after[0]


# How many words may stand between a list of weapons and the place after it ("over the").
PLACE_AFTER_LIST_WORDS = 3


def _opening_gap(ctx: Context, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, between a place that opens a sentence and the clause of a count, is
    a comma or a dash, with an attribution set off by commas at most ("Над Краснодарским краем, по
    данным оперштаба, уничтожены 40 беспилотников")."""
    text = ctx.text
    if re.fullmatch(r"\s*[,–—-]\s*", text[start:end]):
        return True
    comma = re.match(r"\s*,\s*", text[start:end])
    if comma is None or not ctx.lex.data.get("sourcing", {}).get("asides"):
        return False
    aside = ctx.lex.pattern("sourcing", "asides").match(text, start + comma.end(), end)
    return aside is not None and re.fullmatch(r"[^,.;:]{0,60},\s*", text[aside.end() : end]) is not None


def _joined_to_a_country(ctx: Context, place: Place) -> bool:
    """Whether a place follows a country and a join ("России и Крыма", "РФ та окупованим Кримом")."""
    if not ctx.lex.data.get("places", {}).get("countries"):
        return False
    start = max(0, place.span[0] - COUNTRY_REACH)
    return _country_then_join(ctx.lex).search(ctx.text, start, place.span[0]) is not None


# How far before a place a country and a join may start ("Российской Федерации и временно оккупированным").
COUNTRY_REACH = 64


@cache
def _country_then_join(lex: Lexicon) -> re.Pattern[str]:
    countries = alternation(lex.words("places", "countries"))
    joins = alternation(lex.words("interception", "list_joins"))
    # "РФ та окупованим Кримом": an adjective or two may stand before the place
    return re.compile(rf"{countries}\s+{joins}\s+(?:[\w'’-]+\s+){{0,2}}$", re.IGNORECASE)


def _region_named_before(ctx: Context, sentence: Sentence, count: Count) -> Place | None:
    """The region a count is downed over when its clause names it again by a common noun ("a drone was
    intercepted above the region", "сбиты в небе над российским регионом"): the region of a speaker's
    title in the clause, else that of the last sentence before that names places, if it names exactly
    one."""
    clause = sentence.clause_of(count.start)
    here = [p for p in sentence.places if clause.start <= p.span[0] < clause.end]
    city = ctx.find("places", "city_anaphora", clause.start, clause.end)
    if city and all(_titled(ctx, sentence, p) for p in here):
        return _city_named_before(ctx, sentence, city[0])
    if any(not _titled(ctx, sentence, p) for p in here):
        return None
    mention = ctx.find("places", "anaphora", clause.start, clause.end)
    if not mention:
        return None
    # "Leningrad region governor … said air defences had destroyed 30 drones over the region": the region
    # of the speaker's title in the clause, where the text names no other there
    titled = [p for p in here if p.span[1] <= mention[0].start and p.level == "admin1"]
    if titled and len({p.admin1 for p in titled}) == 1:
        return titled[-1]
    for earlier in reversed(ctx.sentences[: sentence.index + 1]):
        named = [
            p
            for p in earlier.places
            if p.span[1] <= mention[0].start and p.admin1 and not _titled(ctx, earlier, p)
        ]
        if named:
            # the region itself where the sentence names it beside a town in it ("На Ростовщині … у
            # Новошахтинську … над областю")
            regions = [p for p in named if p.level == "admin1"]
            return (regions or named)[-1] if len({p.admin1 for p in named}) == 1 else None
    # (the title in an earlier clause of the sentence, where no sentence names a place)
    titled = [p for p in sentence.places if p.span[1] <= mention[0].start and p.level == "admin1"]
    return titled[-1] if len({p.admin1 for p in titled}) == 1 else None


def _city_named_before(ctx: Context, sentence: Sentence, mention: Match) -> Place | None:
    """The city "over the city" names: the one city (a town, or a city that is a region of its own) of
    this sentence or the one before, even in a speaker's title ("Sevastopol governor … said air defenses
    had shot down 18 drones over the city"); none for drones heading toward it."""
    if flown_to(ctx, sentence, mention.start):
        return None
    for earlier in (sentence, *ctx.sentences[max(0, sentence.index - 1) : sentence.index]):
        towns = [
            p
            for p in earlier.places
            if p.span[1] <= mention.start and (p.level == "settlement" or p.id in CITY_REGIONS)
        ]
        if towns:
            return towns[-1] if len({p.id for p in towns}) == 1 else None
    return None


# Cities that are regions of their own.
CITY_REGIONS = frozenset({"RU-MOW", "RU-SPE", "UA-30", "UA-40"})


@cache
def _area_words(lex: Lexicon) -> frozenset[str]:
    """Words for the area a place names ("waters", "акваторією"), in lower case."""
    return frozenset(w.lower() for w in lex.data.get("interception", {}).get("area_words", []))


def _item_shape(ctx: Context, sentence: Sentence, count: Count, place: Place, *, later: bool = False) -> bool:
    """Whether a count without a verb of its own reads as a list item for a place: "42 – над
    территорией Саратовской области", "один в Подмосковье", "nine over the Kaluga region", "семь было
    сбито в небе над Смоленской областью", "Kaluga Oblast followed with nine intercepted UAVs" — not
    "one private business" near a region, not "по трем направлениям: … Крым"."""
    weapon = ctx.weapon_after(count, sentence)
    clause = sentence.clause_of(count.start)
    near = ctx.text[clause.start : count.start].split()[-2:]
    if near and any(
        ctx.has("casualties", key, count.start - len(" ".join(near)) - 1, count.start)
        for key in ("killed", "injured")
    ):
        return False  # "A strike killed three people and injured 12 in Dnipro": people, not drones
    if weapon is not None:
        if not later:
            # not the drones that hit ("12 of 14 drones were downed, and 2 drones hit targets in …")
            return not ctx.has("impact", "words", count.end, clause.end) or ctx.has(
                "interception", "destroyed", clause.start, clause.end
            )
        # in a later sentence a weapon count is an item as a list line or beside a downing verb
        # ("▫️ 57 БПЛА – над …", "Новгородская область — 20 БПЛА"), not where it fell ("Из-за
        # падения еще одного беспилотника в … районе")
        if place.span[0] >= weapon.end:
            between = ctx.text[weapon.end : place.span[0]]
        else:
            between = ctx.text[place.span[1] : count.start]
        if re.search(r"[–—:-]", between) or ctx.has(
            "interception", "destroyed", sentence.start, sentence.end
        ):
            return True
        return not ctx.has("impact", "words", clause.start, clause.end)
    if place.span[0] >= count.end:
        between = ctx.text[count.end : place.span[0]]
        if _counts_something_else(ctx, count, place.span[0]):
            return False
        if re.search(r"[–—-]|:", between):
            return True
        over = ctx.lex.pattern("interception", "over").search(between)
        if over is None:
            return False
        verb = ctx.has("interception", "destroyed", count.end, place.span[0])
        lead = between[: over.start()]
        subset = ctx.lex.pattern("interception", "partial").match(lead.lstrip())
        if subset is not None:
            lead = lead.lstrip()[subset.end() :]  # "21 of them over the Bryansk region"
        # "over the waters of the Black Sea", "над акваторією": words for the area are not counted
        area = _area_words(ctx.lex)
        words = [w for w in between.split() if w.lower() not in area]
        return verb or (len(lead.split()) <= 1 and len(words) <= 4 + (2 if subset else 0))
    between = ctx.text[place.span[1] : count.start]
    if _counts_something_else(ctx, count, sentence.end):
        return False  # "у Бердичівському районі пошкоджено два будинки"
    return len(between.split()) <= 3 and not re.search(r"[.;]", between)


def _counts_something_else(ctx: Context, count: Count, end: int) -> bool:
    """Whether a word of its own follows a count that names no weapon ("два будинки", "one private
    business"): it counts something else. "over", "more", a passive auxiliary or a downing verb before
    ``end`` may follow ("семь было сбито в небе над …")."""
    after = ctx.text[count.end : end]
    first = re.match(r"\s*([^\W\d_][\w'’ʼ-]*)", after)
    if first is None or ctx.lex.pattern("interception", "partial").match(after.lstrip()):
        return False  # "21 of them over the Bryansk region", "шесть из них … над Калугой"
    word = first.group(1)
    each = ctx.lex.data.get("interception", {}).get("distributive_after") is not None
    return not (
        ctx.lex.pattern("interception", "over").fullmatch(word)
        or (each and ctx.lex.pattern("interception", "distributive_after").fullmatch(word))
        or ctx.has("interception", "destroyed", count.end, end)
        or ctx.lex.pattern("interception", "more").fullmatch(word)
        or (
            "passive" in ctx.lex.data["interception"]
            and ctx.lex.pattern("interception", "passive").fullmatch(word)
        )
    )


def _subset(ctx: Context, sentence: Sentence, count: Count) -> bool:
    """Whether the words around a count make it part of an earlier total ("64 of these drones")."""
    clause = sentence.clause_of(count.start)
    lo = max(sentence.start, clause.start - 20)
    return ctx.has("interception", "partial", lo, min(clause.end, count.end + 20))


def _right_after(ctx: Context, key: str, count: Count) -> bool:
    """Whether a phrase of ``[interception] key`` follows the count at once ("ten of them")."""
    found = ctx.find("interception", key, count.end, count.end + 16)
    return bool(found) and not ctx.text[count.end : found[0].start].strip()


def _attack_times(ctx: Context, sentence: Sentence) -> list[TimeMention]:
    """The times of a sentence but those of a clause about something else than the attack ("в аэропорту
    Калуги действовали ограничения с 01:15 до 05:40": [time] other_events)."""
    if not sentence.times or not ctx.lex.data.get("time", {}).get("other_events"):
        return list(sentence.times)
    clauses = [sentence.clause_of(t.start) for t in sentence.times]
    return [
        t
        for t, c in zip(sentence.times, clauses, strict=True)
        if not ctx.has("time", "other_events", c.start, c.end)
    ]


def window_of(ctx: Context, sentence: Sentence) -> Time | None:
    times = _attack_times(ctx, sentence)
    windows = [t.time for t in times if t.window] or [t.time for t in times]
    if not windows:
        return None
    window = windows[0]
    if window.start is None and window.utc_offset is None and ctx.published_at is not None:
        zone = _local_zone(ctx, sentence, ctx.published_at)
        if zone is not None:
            start, end = window.span
            local = find_times(ctx.text, ctx.lex, ctx.published_at, default_zone=zone, start=start, end=end)
            window = local[0].time if local else window
    # a time of day that no clock could fix ("since 6pm", published abroad): no window at all
    return None if window.start is None and window.end is None else window


def _local_zone(ctx: Context, sentence: Sentence, published_at: datetime) -> str | None:
    """The clock of a time that names no zone: that of the one country whose regions the sentence
    names ("at about 20:00 local time" over a Russian region); else the Russian or Ukrainian clock
    the publication itself keeps ("from 18:00 on November 24" in a post stamped +02:00 in winter:
    Kyiv's; in summer both keep +03:00); else, for a publication abroad ("+01:00" in London), that of
    the one country whose regions the whole document names."""
    countries = _countries(sentence.places)
    if len(countries) == 1:
        return LOCAL_ZONES.get(countries.pop())
    if countries:
        return None
    aimed = _aimed_at(ctx, sentence.start, sentence.end)
    if aimed is not None:
        return LOCAL_ZONES.get(aimed)
    offset = published_at.utcoffset()
    for zone in LOCAL_ZONES.values():
        if published_at.astimezone(ZoneInfo(zone)).utcoffset() == offset:
            return zone
    named = _countries([p for s in ctx.sentences for p in s.places])
    if len(named) == 1:
        return LOCAL_ZONES.get(named.pop())
    aimed = None if named else _aimed_at(ctx, 0, len(ctx.text))
    return None if aimed is None else LOCAL_ZONES.get(aimed)


def _aimed_at(ctx: Context, start: int, end: int) -> str | None:
    """The one country ``text[start:end]`` names after a preposition of target or place, or as the
    object of an attack ("93 drones at Ukraine", "attacked Ukraine", "над Россией"), as its code; None
    for none or several."""
    known = _country_after(ctx.lex)
    if known is None:
        return None
    pattern, codes = known
    found = {codes.get(" ".join(m.group(1).lower().split())) for m in pattern.finditer(ctx.text, start, end)}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


@cache
def _country_after(lex: Lexicon) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """A country after a preposition of target or place, and the code of each country's name (lower case)."""
    places = lex.data.get("places", {})
    if not places.get("country_codes") or not places.get("country_before"):
        return None
    pattern = re.compile(
        rf"{alternation(places['country_before'])}\s+({alternation(places['country_codes'])})", re.IGNORECASE
    )
    return pattern, {str(k).lower(): str(v) for k, v in places["country_codes"].items()}


def _countries(places: Iterable[Place]) -> set[str]:
    return {(p.admin1 or "")[:2] for p in places} - {""}


# How far after a class noun its model may follow ("19 балістичних ракет Іскандер-М/KN-23").
MODEL_REACH = 24


def _model_of(ctx: Context, sentence: Sentence, count: Count, weapon: WeaponMention) -> str | None:
    """The model of the weapon a count counts: the noun's own ("шахедів"), or a model named right after
    the class noun, before the next count ("2 ракети Кинджал", "19 балістичних ракет Іскандер-М/KN-23")."""
    if weapon.model is not None:
        return weapon.model
    later = [c.start for c in sentence.counts if c.start > count.end]
    stop = min([weapon.end + MODEL_REACH, *later])
    return next(
        (
            w.model
            for w in sentence.weapons
            if weapon.end <= w.start < stop and w.weapon == weapon.weapon and w.model
        ),
        None,
    )


def _quantity(ctx: Context, count: Count, weapon: WeaponMention) -> Quantity:
    if count.article:
        # "a drone" is the evidence of a count of one, not the bare article
        return Quantity(1, "exact", ctx.text[count.start : weapon.end], (count.start, weapon.end))
    return count.quantity()


def _events(ctx: Context, sentence: Sentence) -> list[_Event]:
    events: list[_Event] = []
    launched: set[int] = set()
    unsaid: list[tuple[Count, WeaponMention]] = []
    for count in sentence.counts:
        if count.start in launched:
            continue
        if ctx.has("interception", "retracted", sentence.start, count.start):
            continue  # "An earlier version of this article stated that 21 drones were shot down"
        weapon = ctx.weapon_after(count, sentence)
        of = _out_of(ctx, count, sentence)
        if of is not None and (outer := ctx.weapon_after(of, sentence)) is not None:
            weapon = outer  # "34 out of 35 Russian drones": the drones are what the 34 counts
            launched.add(of.start)
        if weapon is None or _hit_after(ctx, weapon, sentence.end):
            continue  # (…, and 26 drones hit eight locations": these hit, whatever the sentence downed)
        role = (
            _verb_role(ctx, sentence, count, weapon)
            or _listed_after(ctx, sentence, events, count)
            or _launched_by_type(ctx, events, count, weapon)
        )
        if role is not None:
            events.append(_Event(count, weapon, role))
        elif not count.article:
            unsaid.append((count, weapon))
    # "2 missiles and 33 Shahed drones were shot down": the first of a list takes the verb of the next
    for count, weapon in unsaid:
        following = next((e for e in events if e.count.start > weapon.end), None)
        if following is not None and _goes_on(ctx, sentence, weapon.end, following.count.start):
            events.append(_Event(count, weapon, following.role))
    events.sort(key=lambda e: e.count.start)
    events += _subset_events(ctx, sentence, events)
    events += _more_events(ctx, sentence, events)
    events += _tally_events(ctx, sentence, events)
    events += _total_events(ctx, sentence, events)
    events += _fielded_events(ctx, sentence, events)
    events = _without_summed_totals(ctx, events + _implicit_singulars(ctx, sentence, events))
    return [_named_by_the_list_before(sentence, e) for e in events]


def _fielded_events(ctx: Context, sentence: Sentence, events: list[_Event]) -> list[_Event]:
    """A line of fields after a weapon and a colon or a dash ("Shahed-type strike UAVs: launched 143,
    shot down 98, locationally lost 37", "Shahed-type UAVs — 143 launched, 98 shot down"): each bare
    count with the verb right before or after it counts that weapon."""
    if events:
        return []
    bare = list(_bare_counts(ctx, sentence, events))
    if not bare:
        return []
    named = [w for w in sentence.weapons if w.end <= bare[0].start]
    if not named or not _FIELD_OPENER.match(ctx.text, named[-1].end):
        return []
    # the model the noun phrase names ("Shahed-type strike UAVs", "Iskander-M ballistic missiles")
    model = next((w.model for w in reversed(named) if w.model and w.weapon == named[-1].weapon), None)
    weapon = replace(named[-1], model=model)
    found = []
    for count in bare:
        for role in ("launched", "destroyed", "suppressed"):
            before = ctx.find("interception", role, max(sentence.start, count.start - 30), count.start)
            after = ctx.find("interception", role, count.end, min(sentence.end, count.end + 30))
            if (before and not ctx.text[before[-1].end : count.start].strip()) or (
                after and not ctx.text[count.end : after[0].start].strip()
            ):
                found.append(_Event(count, weapon, role))
                break
    return found if len(found) > 1 else []


# After a weapon's noun phrase, what opens a line of fields: a colon or a dash.
_FIELD_OPENER = re.compile(r"\s*(?::|[—–-]\s)")


def _named_by_the_list_before(sentence: Sentence, event: _Event) -> _Event:
    """A total of unnamed weapons after a list of one class ("атакував ударними БпЛА типу «Шахед» та
    дронами-імітаторами — всього 97 засобів повітряного нападу") counts weapons of that class."""
    if event.weapon.weapon != "unknown":
        return event
    classes = {w.weapon for w in sentence.weapons if w.end <= event.count.start and w.weapon != "unknown"}
    if len(classes) != 1:
        return event
    weapon = replace(event.weapon, weapon=classes.pop(), model=None)
    return replace(event, weapon=weapon)


def _total_events(ctx: Context, sentence: Sentence, events: list[_Event]) -> list[_Event]:
    """ "…сбиты еще 3 беспилотника. Всего с начала суток — 26", "Всего за день их было 17": a total of
    the weapon downed in the sentence before, told without its noun (a new total over a wider window
    is a claim of its own; one that repeats a figure is folded into it)."""
    if events or sentence.weapons or not sentence.index:
        return []
    previous = ctx.sentences[sentence.index - 1]
    if not previous.weapons or not ctx.has("interception", "destroyed", previous.start, previous.end):
        return []
    if any(
        ctx.has(section, key, sentence.start, sentence.end)
        for section, key in (("casualties", "killed"), ("casualties", "injured"), ("impact", "words"))
    ):
        return []  # "Всего погибли пять человек": not drones
    found = []
    for count in _bare_counts(ctx, sentence, events):
        if (
            count.value > 1
            and ctx.has("interception", "complete", sentence.start, count.start)
            and not _counts_something_else(ctx, count, sentence.end)
        ):
            found.append(_Event(count, previous.weapons[-1], "destroyed"))
    return found[:1]


def _without_summed_totals(ctx: Context, events: list[_Event]) -> list[_Event]:
    """Drop a total of unnamed weapons that a colon list then gives by type ("502 повітряні цілі:
    476 дронів і 26 ракет"): the typed counts are the claims, the total is only their sum."""
    kept = []
    for event in events:
        if event.weapon.weapon == "unknown":
            after = ctx.text[event.weapon.end : event.weapon.end + 4]
            typed = [
                e
                for e in events
                if e.role == event.role and e.weapon.weapon != "unknown" and e.count.start > event.weapon.end
            ]
            if after.lstrip().startswith(":") and typed:
                continue
        kept.append(event)
    return kept


def _bare_counts(ctx: Context, sentence: Sentence, events: list[_Event]) -> Iterator[Count]:
    """The counts of ``sentence`` that no event has taken and that name no weapon of their own ("шесть
    из них", "достигло 32", "Ещё один"), which the rules below may still tie to a weapon named before."""
    taken = {e.count.start for e in events}
    for count in sentence.counts:
        if count.start not in taken and not count.article and ctx.weapon_after(count, sentence) is None:
            yield count


def _tally_events(ctx: Context, sentence: Sentence, events: list[_Event]) -> list[_Event]:
    """ "количество беспилотников, сбитых на подлете к Москве, достигло 32": the number of downed
    weapons said to have reached a count."""
    found = []
    for count in _bare_counts(ctx, sentence, events):
        lo = max(sentence.start, count.start - TALLY_REACH)
        tallies = ctx.find("interception", "tally", lo, count.start)
        if not tallies or ctx.text[tallies[-1].end : count.start].strip():
            continue
        weapons = [w for w in sentence.weapons if w.end <= tallies[-1].start]
        if weapons and ctx.has("interception", "destroyed", weapons[0].end, tallies[-1].start):
            found.append(_Event(count, weapons[0], "destroyed"))
    return found


# How far the words of one list item may run past its weapon noun to the next count: a model, a type and
# an origin ("5 Iskander-M/KN-23 ballistic missiles from the Kursk and Voronezh regions, 4 Kh-59/69 …");
# calibrated on the Ukrainian Air Force's launch lists.
LIST_ITEM_REACH = 80


@cache
def _list_goes_on(lex: Lexicon) -> re.Pattern[str]:
    """What may stand between two weapon counts of one list: "… шесть снарядов HIMARS и 67
    беспилотников", "810 attack drones and decoys, as well as 13 missiles", "…, and 87 drones"."""
    # "… missiles (from Tambov region airspace), 5 Kalibr …": an item may end with a remark in brackets,
    # or with where it came from ("19 ракет з Брянської, Воронезької областей та ТОТ Криму; 430 БпЛА")
    origins = lex.data.get("places", {}).get("origin_after_launch")
    origin = rf"(?:\s+{alternation(origins)}\s+[^;:.\d()]{{1,{LIST_ITEM_REACH}}}?)?" if origins else ""
    # (the words of an item may quote a model's name: "3 реактивных снаряда «Ураган», 243 беспилотника")
    words = rf"[\s\w/«»\"“”„-]{{0,{LIST_ITEM_REACH}}}?{origin}(?:\s*\([^()]{{0,{LIST_ITEM_REACH}}}\))?"
    joins = alternation(lex.words("interception", "list_joins"))
    also = alternation(lex.words("interception", "list_also"))
    # "18 of the cruise missiles and all 28 drones": the next count may be "all" of its weapon
    every = rf"(?:{alternation(lex.words('interception', 'all'))}\s+)?"
    # an item with no count of its own may stand between ("двома балістичними ракетами, ракетою Х-59/69 та
    # 27 ударними БпЛА": one missile)
    item = rf"{words}(?:,?\s+{joins}|[,;])\s*"
    # ("…, ракета большой дальности «Нептун-Д», а также 243 беспилотника": items, then "as well as")
    return re.compile(rf"(?:(?:{item}){{1,3}}|(?:{item}){{0,2}}{words},?\s+{also}\s*){every}", re.IGNORECASE)


# Verbs that would give a count after them a role of its own, not the list's.
_ROLES = ("destroyed", "launched", "suppressed", "hits")


def _goes_on(ctx: Context, sentence: Sentence, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` joins one weapon count of a list to the next, with no verb and no
    other count between; a semicolon only in a list a colon opened ("удару: 19 балістичних ракет; 430
    ударних БпЛА"), not between two statements ("… 28 Shahed drones overnight; 18 of the cruise missiles
    … were destroyed")."""
    text = ctx.text
    if _list_goes_on(ctx.lex).fullmatch(text, start, end) is None:
        return False
    if any(start <= c.start < end for c in sentence.counts if not c.article):
        return False
    if ";" in text[start:end] and text.rfind(":", 0, start) <= max(text.rfind(c, 0, start) for c in ".!?\n"):
        return False
    # a verb in the name of a launcher is none ("two rockets of a multiple launch rocket system and 211")
    launchers = _launchers(ctx, start, end)
    return not any(
        not any(n.start <= m.start < n.end for n in launchers)
        for role in _ROLES
        for m in ctx.find("interception", role, start, end)
    )


def _listed_after(ctx: Context, sentence: Sentence, events: list[_Event], count: Count) -> str | None:
    """ "сбили две крылатые ракеты, шесть снарядов HIMARS и 67 беспилотников": a weapon count listed
    right after another keeps its verb, however long the list."""
    if events and _goes_on(ctx, sentence, _head_end(ctx, sentence, events[-1].weapon), count.start):
        return events[-1].role
    return None


def _launched_by_type(ctx: Context, events: list[_Event], count: Count, weapon: WeaponMention) -> str | None:
    """ "attacked Ukraine with 537 air attack assets, including 477 drones and decoys and 60 missiles":
    a count of one class of weapon right after "including" a launched total of every class is launched."""
    if not events or events[-1].role != "launched" or events[-1].weapon.weapon != "unknown":
        return None
    if weapon.weapon == "unknown":
        return None
    between = ctx.find("interception", "partial", events[-1].weapon.end, count.start)
    if not between or ctx.text[between[-1].end : count.start].strip():
        return None
    return "launched"


def _implicit_singulars(ctx: Context, sentence: Sentence, events: list[_Event]) -> list[_Event]:
    """One weapon where no number is said: a singular noun with a downing verb ("збили ворожий
    безпілотник"), or a noun of one form for both numbers with a singular participle ("сбит БПЛА")."""
    if "singular" not in ctx.lex.data.get("interception", {}):
        return []
    found = []
    counted = {e.weapon.start for e in events}
    invariant = {w.lower() for w in ctx.lex.data.get("weapon_number", {}).get("invariant", [])}
    for weapon in sentence.weapons:
        if weapon.start in counted or not weapon.singular:
            continue
        clause = sentence.clause_of(weapon.start)
        # a count just before may count this noun — unless another weapon noun stands between
        # ("знищили 17 БпЛА та ракету": the 17 are the drones, the missile is one)
        if any(
            c.end <= weapon.start
            and weapon.start - c.end < 40
            and not any(
                c.end <= w.start and w.end <= weapon.start for w in sentence.weapons if w is not weapon
            )
            for c in sentence.counts
            if not c.article
        ):
            continue
        if _names_a_type(ctx, sentence, weapon):
            continue
        before = [e for e in events if e.weapon.end <= weapon.start]
        if before and before[-1].role == "launched" and _joined_noun(ctx, before[-1].weapon, weapon):
            # "застосував 45 ударних БпЛА та керовану авіаційну ракету Х-59/69": one missile launched
            count = Count(1, "exact", weapon.start, weapon.end, ctx.text[weapon.start : weapon.end])
            found.append(_Event(count, weapon, "launched"))
            continue
        noun = ctx.text[weapon.start : weapon.end].lower()
        key = "singular" if noun in invariant and not _singular_adjective(ctx, weapon) else "destroyed"
        if any(
            not _attributive(ctx, m, weapon) for m in ctx.find("interception", key, clause.start, clause.end)
        ):
            count = Count(1, "exact", weapon.start, weapon.end, ctx.text[weapon.start : weapon.end])
            found.append(_Event(count, weapon, "destroyed"))
    return found


def _attributive(ctx: Context, verb: Match, weapon: WeaponMention) -> bool:
    """Whether a downing word is a participle that only says what the weapon is, right before its noun
    or one adjective before it ("обломки сбитого дрона", "уламки збитого ударного безпілотника")."""
    if verb.end > weapon.start or len(ctx.text[verb.end : weapon.start].split()) > 1:
        return False
    return ctx.has("interception", "attributive", verb.start, verb.end)


def _joined_noun(ctx: Context, first: WeaponMention, second: WeaponMention) -> bool:
    """Whether a weapon noun with no count is the next item of the list ``first`` ends ("45 ударних
    БпЛА та керовану авіаційну ракету"): a join and at most three adjectives between them."""
    gap = _joined_noun_gap(ctx.lex)
    return first.end <= second.start and gap.fullmatch(ctx.text, first.end, second.start) is not None


@cache
def _joined_noun_gap(lex: Lexicon) -> re.Pattern[str]:
    joins = alternation(lex.words("interception", "list_joins"))
    # the first noun's type name in quotes may stand before the join ("45 ударних БпЛА «Шахед» та …")
    quoted = r"(?:\s*[«\"“][^»\"”]{1,30}[»\"”])?"
    return re.compile(rf"{quoted}\s*(?:,\s*|,?\s+{joins}\s+)(?:[\w'’-]+\s+){{0,3}}", re.IGNORECASE)


def _names_a_type(ctx: Context, sentence: Sentence, weapon: WeaponMention) -> bool:
    """Whether a weapon noun names the type of the noun right before it ("БпЛА «Шахед»", "дронів
    типу «Шахед»"): only quotes, dashes and a word for "type" stand between."""
    before = [w for w in sentence.weapons if w.end <= weapon.start]
    if not before:
        return False
    return _type_name_gap(ctx.lex).fullmatch(ctx.text, before[-1].end, weapon.start) is not None


@cache
def _type_name_gap(lex: Lexicon) -> re.Pattern[str]:
    """Quotes, dashes and spaces, with a word for "type" among them ([weapon_number] type_words)."""
    marks = r"[\s«»\"“”„'’-]*"
    words = lex.data.get("weapon_number", {}).get("type_words", [])
    if not words:
        return re.compile(marks)
    return re.compile(rf"{marks}(?:{alternation(words)}{marks})?", re.IGNORECASE)


def _singular_adjective(ctx: Context, weapon: WeaponMention) -> bool:
    """Whether a singular adjective stands right before a noun of one form for both numbers, which
    makes it one weapon ("збито ворожий БпЛА", "сбит украинский БПЛА")."""
    endings = tuple(ctx.lex.data.get("weapon_number", {}).get("singular_adjective_endings", []))
    before = ctx.text[max(0, weapon.start - 30) : weapon.start]
    words = before.split()
    if not endings or not words or not words[-1].lower().endswith(endings):
        return False
    # not a participle that says what became of it ("упал сбитый БПЛА": what fell, no downing)
    start = weapon.start - len(before) + before.rindex(words[-1])
    return not ctx.has("interception", "destroyed", start, weapon.start)


# How far a headline's rounded count ("over 100 drones", "nearly 600") may lie from the body's exact
# one that it rounds, as a share of it.
ROUNDING = 0.1
# A headline's lower bound ("over 100 drones", "понад сотню") rounds down further: "112" is over 100.
ROUNDING_DOWN = 0.2


def _same_count(earlier: Quantity, count: Count) -> bool:
    """Whether a count states the same figure as an earlier one: the same value, or the exact value
    a rounded earlier count stood for ("Kiev launches over 100 drones" and then "downing 105")."""
    if earlier.value == count.value:
        return True
    if earlier.qualifier == "exact" or count.qualifier != "exact":
        return False
    reach = ROUNDING_DOWN if earlier.qualifier == "at_least" else ROUNDING
    if abs(earlier.value - count.value) > reach * count.value:
        return False
    return {"at_least": count.value > earlier.value, "at_most": count.value < earlier.value}.get(
        earlier.qualifier, True
    )


def _out_of(ctx: Context, first: Count, sentence: Sentence) -> Count | None:
    """ "34 out of 35 drones", "17 из 22 БпЛА": the launched count of a destroyed one — the "out of"
    right after the first count ("A total of 337 drones" is no count out of another). Worked out once
    a count: the builders ask it of each count several times."""
    if first.article:
        return None
    return ctx.remembered(("out of", first.start, first.end), lambda: _find_out_of(ctx, first, sentence))


def _find_out_of(ctx: Context, first: Count, sentence: Sentence) -> Count | None:
    out_of = ctx.lex.pattern("interception", "out_of")
    for count in sentence.counts:
        if count.start <= first.end or count.article:
            continue
        between = ctx.text[first.end : count.start]
        # not "30 of the missiles and 47 of the drones": a weapon noun between says what the first counts
        named = any(first.end <= w.start and w.end <= count.start for w in sentence.weapons)
        # only the words of "out of" between: not "475 of them: 211 drones …", a pronoun and a list
        if len(between.split()) <= OUT_OF_GAP and out_of.fullmatch(between.strip()) and not named:
            return count
        if _out_of_after_noun(ctx, sentence, first, count):
            return count
        break
    return None


# Closing a quoted weapon noun before "out of" ("7 «шахедів» із 9").
_QUOTES_AND_SPACE = " \t\n«»\"“”„'’"
# What may follow the launched count of "55 drones out of 79": the end of a phrase, or a verb of launch.
_PHRASE_END = re.compile(r"\s*(?:[,.;:)]|$)")


def _out_of_after_noun(ctx: Context, sentence: Sentence, first: Count, count: Count) -> bool:
    """ "знешкодили 55 ворожих ударних дронів із 79, які запустила Росія", "downed 55 drones out of 79
    launched": the launched count right after the weapon noun of the destroyed one, with nothing of its
    own after it but the end of the phrase, a verb of launch or the same weapon noun."""
    weapon = ctx.weapon_after(first, sentence)
    if weapon is None or weapon.end > count.start:
        return False
    between = ctx.text[weapon.end : count.start].strip(_QUOTES_AND_SPACE)
    if ctx.lex.pattern("interception", "out_of").fullmatch(between) is None:
        return False
    again = ctx.weapon_after(count, sentence)
    return (
        (again is not None and again.weapon == weapon.weapon)
        or _PHRASE_END.match(ctx.text, count.end) is not None
        or ctx.has("interception", "launched", count.end, min(sentence.end, count.end + 12))
    )


def _all_of(ctx: Context, event: _Event) -> bool:
    """ "all 29 drones", "усі 14 шахедів": everything launched was downed."""
    before = ctx.text[max(0, event.count.start - 12) : event.count.start]
    return ctx.lex.pattern("interception", "all").search(before) is not None


def _participle_after(ctx: Context, sentence: Sentence, weapon: WeaponMention, verb: int) -> bool:
    """ "Два беспилотника, летевших на Москву, отражены ПВО", "Еще один дрон, согласно сводке, уничтожили
    над Белгородской областью": where word order is free, the verb may follow its noun past a clause,
    with no other count between them, unless a count right after the verb is its own object ("…восемь
    ракет, а ПВО сбило всего две")."""
    if ctx.lex.data.get("interception", {}).get("passive"):
        return False
    between = ctx.text[weapon.end : verb]
    if len(between) > PARTICIPLE_REACH or any(weapon.end <= c.start < verb for c in sentence.counts):
        return False
    after = ctx.text[verb : min(sentence.end, verb + PARTICIPLE_REACH)]
    own = [
        c
        for c in sentence.counts
        if verb < c.start and len(ctx.text[verb : c.start].split()) <= OWN_OBJECT_WORDS
    ]
    return not own and not any(w.start > verb and w.start - verb < len(after) // 2 for w in sentence.weapons)


def _subset_events(ctx: Context, sentence: Sentence, events: list[_Event]) -> list[_Event]:
    """A count of "them" with a verb of its own counts the weapon named before it: "о новых сбитых
    дронах, шесть из них, как утверждается, сбиты над Калугой", "attacked with 82 drones, of which 61
    were shot down and 14 were lost to electronic warfare", "з них 14 локаційно втрачені".

    The count stands right after or right before a subset word ("шесть из них", "of which 61"), or
    right after such a count's verb and a conjunction ("… and 14 were lost"); its role is that of
    the nearest verb after it.
    """
    found: list[_Event] = []
    partial = ctx.lex.pattern("interception", "partial")
    for count in _bare_counts(ctx, sentence, events):
        after = ctx.text[count.end : count.end + 20]
        lo = max(sentence.start, count.start - 24)
        subset = partial.match(after.lstrip()) is not None or (
            _phrase_just_before(ctx, "partial", lo, count.start, gap=" ,") is not None
        )
        if subset or (found and _continues_subset(ctx, found[-1], count)):
            # "Of these, 61 …" may open the sentence after the one naming the weapons.
            previous = ctx.sentences[sentence.index - 1].weapons if sentence.index else ()
            weapons = [w for w in sentence.weapons if w.end <= count.start] or list(previous)
            role = _subset_role(ctx, sentence, count)
            if weapons and role is not None:
                found.append(_Event(count, weapons[-1], role))
    return found


def _phrase_just_before(
    ctx: Context, key: str, start: int, end: int, gap: str = string.whitespace
) -> Match | None:
    """The last phrase of ``[interception] key`` in ``text[start:end]`` with nothing after it but the
    characters of ``gap`` ("of which 61", "All missiles")."""
    found = ctx.find("interception", key, start, end)
    if found and not ctx.text[found[-1].end : end].strip(gap):
        return found[-1]
    return None


def _subset_role(ctx: Context, sentence: Sentence, count: Count) -> str | None:
    """The role of a subset count: its own verb just before it ("downed 98 of them"), else the first
    downing or suppressing verb within reach after it ("61 were shot down")."""
    clause = sentence.clause_of(count.start)
    for role in ("destroyed", "suppressed"):
        for match in ctx.find("interception", role, clause.start, count.start):
            between = ctx.text[match.end : count.start]
            if len(between.split()) <= OWN_OBJECT_WORDS and not _new_item(ctx, between):
                return role
    verbs = [
        (match.start, role)
        for role in ("destroyed", "suppressed")
        for match in ctx.find("interception", role, count.end, sentence.end)[:1]
        if match.start - count.end <= PARTICIPLE_REACH
    ]
    return min(verbs)[1] if verbs else None


@cache
def _item_break(lex: Lexicon) -> re.Pattern[str]:
    table = lex.data.get("clauses", {})
    words = [w for key in ("and", "contrast") for w in table.get(key, ())]
    conjunction = rf"|\s{alternation(words)}" if words else ""
    return re.compile(rf"(?:,{conjunction})\s*$", re.IGNORECASE)


def _new_item(ctx: Context, stretch: str) -> bool:
    """Whether a stretch of text ends in a comma or a conjunction of ``[clauses]`` ("and", "while",
    "а"): what follows it is a new item of a list."""
    return _item_break(ctx.lex).search(stretch) is not None


def _one_more(ctx: Context, sentence: Sentence, count: Count) -> bool:
    """Whether a count is told as more than those before: "ещё один", "another drone", "two more drones"."""
    if ctx.has("interception", "more", max(sentence.start, count.start - 8), count.end):
        return True
    following = ctx.find("interception", "more", count.end, min(sentence.end, count.end + 12))
    return bool(following) and not ctx.text[count.end : following[0].start].strip()


def _continues_subset(ctx: Context, previous: _Event, count: Count) -> bool:
    """ "61 were shot down and 14 were lost": a count right after the last subset count's verb."""
    between = ctx.text[previous.count.end : count.start]
    return len(between) <= PARTICIPLE_REACH and _new_item(ctx, between)


def _more_events(ctx: Context, sentence: Sentence, events: list[_Event]) -> list[_Event]:
    """ "UPD. Ещё один сбили в районе Павлово-Посадского округа": one more of the weapon named before,
    told without its noun."""
    found = []
    for count in _bare_counts(ctx, sentence, events):
        if not ctx.has("interception", "more", max(sentence.start, count.start - 8), count.start):
            continue
        clause = sentence.clause_of(count.start)
        # "and another 128 were "lost"": a suppressing verb right after the count is its own, and the
        # count completes the claim before it (``_Builder.complete_launch``)
        lost = ctx.find("interception", "suppressed", count.end, clause.end)
        if lost and len(ctx.text[count.end : lost[0].start].split()) <= 2:
            continue
        if not ctx.has("interception", "destroyed", clause.start, clause.end):
            continue
        named = [w for s in ctx.sentences[: sentence.index + 1] for w in s.weapons if w.end <= count.start]
        if named:
            found.append(_Event(count, named[-1], "destroyed"))
    return found


class _Builder:
    """Walks the sentences once, keeping the claim whose breakdown may still continue."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.drafts: list[InterceptionDraft] = []
        self.current: InterceptionDraft | None = None
        self.gap = 0
        self.previous_window: Time | None = None
        # A total of unnamed weapons that ends its line with a colon, and its role: the lines after it
        # may list it by type.
        self.type_list: tuple[InterceptionDraft, str] | None = None

    def add_items(self, sentence: Sentence, counts: list[Count]) -> int:
        """Breakdown items from counts tied to places; returns how many were added."""
        draft = self.current
        if draft is None:
            return 0
        added = 0
        for count in counts:
            places = _places_for(self.ctx, sentence, count)
            if not places:
                continue
            named = self.ctx.weapon_after(count, sentence)
            other = named.weapon if named is not None else "unknown"
            if "unknown" not in (draft.weapon, other) and other != draft.weapon:
                continue  # "… скинуто 11 керованих авіабомб" after a claim of drones: another weapon
            # a distributive count's places form one phrase: its shape is read at the nearest place
            nearest = min(places, key=lambda p: min(abs(p.span[0] - count.end), abs(count.start - p.span[1])))
            if not _item_shape(self.ctx, sentence, count, nearest, later=sentence.index != draft.sentence):
                continue
            own = draft.own_item.place if draft.own_item is not None else None
            if (
                own is not None
                and own.level == "admin1"
                and all(p.level != "admin1" and p.admin1 == own.admin1 for p in places)
            ):
                # "Над Брянской областью сбиты два беспилотника: один над Брянском, …": a place
                # within the total's own region, not another item
                continue
            for place in places:
                if any(
                    b.place.id == place.id
                    and b.destroyed is not None
                    and b.destroyed.value == count.value
                    and b.destroyed.span[0] < sentence.start
                    for b in draft.breakdown
                ):
                    continue  # "including 91 over Moscow Oblast" restated in the full list after it
                draft.breakdown.append(BreakdownItem(place, count.quantity()))
                added += 1
            if draft.weapon == "unknown" and (weapon := self.ctx.weapon_after(count, sentence)) is not None:
                draft.weapon = weapon.weapon  # a list with no total names its weapon on its lines
        if added:
            if (
                draft.own_item is not None
                and draft.own_item in draft.breakdown[:1]
                and len(draft.breakdown) > 1
            ):
                # the "total" was the first item of a list that states no total
                if draft.sentence == sentence.index:
                    draft.destroyed = None
                draft.own_item = None
            draft.sentences.add(sentence.index)
            draft.end = max(draft.end, sentence.end)
            if draft.scope == "unknown" and self.ctx.has(
                "interception", "partial", sentence.start, sentence.end
            ):
                draft.scope = "partial"
        return added

    def repeated(self, event: _Event) -> InterceptionDraft | None:
        """An earlier claim that states the same count of the same weapon (a headline and its body) —
        never "one more" ("Ещё один сбили …")."""
        ctx = self.ctx
        if event.role == "destroyed" and ctx.has(
            "interception", "more", max(0, event.count.start - 8), event.count.start
        ):
            return None  # "ще 20 … локаційно втрачено" adds to the downed: a suppressed count may repeat
        for draft in self.drafts:
            same = {
                "destroyed": draft.destroyed,
                "launched": draft.launched,
                "suppressed": draft.suppressed,
            }[event.role]
            if same is not None and draft.weapon == event.weapon.weapon and _same_count(same, event.count):
                return draft
        return None

    def pending_launch(self, event: _Event, sentence: Sentence) -> InterceptionDraft | None:
        """An earlier launch-only claim of this weapon that a destroyed count completes — unless the
        launch named a target region and the count was downed in another ("Три FPV-дрона пытались
        атаковать Брянскую область, еще два БПЛА сбито над Воронежской областью")."""
        if event.role == "launched":
            return None
        here = {p.admin1 for p in _places_for(self.ctx, sentence, event.count)}
        for draft in reversed(self.drafts):
            if (
                draft.weapon == event.weapon.weapon
                and draft.launched is not None
                and getattr(draft, event.role) is None
                and event.count.value <= draft.launched.value
            ):
                target = {p.admin1 for p in draft.target}
                if here and target and not here & target:
                    return None
                return draft
        return None

    def new_claim(self, sentence: Sentence, event: _Event) -> InterceptionDraft:
        window = window_of(self.ctx, sentence) or self.previous_window
        draft = InterceptionDraft(
            sentence=sentence.index,
            start=sentence.start,
            end=sentence.end,
            weapon=event.weapon.weapon,
            weapon_model=_model_of(self.ctx, sentence, event.count, event.weapon),
            window=window,
            sentences={sentence.index},
        )
        quantity = _quantity(self.ctx, event.count, event.weapon)
        setattr(draft, event.role, quantity)
        if event.role == "launched":
            clause = sentence.clause_of(event.count.start)
            draft.target = tuple(p for p in sentence.places if clause.start <= p.span[0] < clause.end)
        if event.role == "destroyed":
            launched = _out_of(self.ctx, event.count, sentence)
            if launched is not None:
                draft.launched = launched.quantity()
            elif _all_of(self.ctx, event):
                draft.launched = quantity
            place = _own_place(self.ctx, sentence, event.count) or _region_named_before(
                self.ctx, sentence, event.count
            )
            if place is not None:
                draft.place_total(place, quantity)
        self.drafts.append(draft)
        return draft

    def sentence(self, sentence: Sentence) -> None:
        ctx = self.ctx
        if running_total(ctx, sentence.start, sentence.end):
            self.current = None
            return
        events = sorted(_events(ctx, sentence), key=lambda e: e.count.start)
        if not events and self._typed_line(sentence):
            return
        if not events and self._headless_list(sentence):
            return
        if self._list_total(sentence, events):
            return
        self.type_list = None
        used: set[int] = set()
        for event in events:
            count = event.count
            current = self.current
            if current is not None and self._continues(sentence, event, current):
                if not _subset(ctx, sentence, count) or _places_for(ctx, sentence, count):
                    self.add_items(sentence, [count])
                if current.window is None and any(t.window for t in sentence.times):
                    current.window = window_of(ctx, sentence)  # told with the breakdown
                used.add(count.start)
                continue
            if current is not None and self._rolls_up(sentence, event, current):
                current.destroyed = _quantity(ctx, count, event.weapon)
                current.sentences.add(sentence.index)
                current.end = max(current.end, sentence.end)
                used.add(count.start)
                continue
            earlier = self.repeated(event)
            if earlier is not None:
                # the body may give the time, the speaker and the launched count the headline left out
                earlier.sentences.add(sentence.index)
                if earlier.window is None:
                    earlier.window = window_of(self.ctx, sentence)
                stated = getattr(earlier, event.role)
                if stated is not None and stated.qualifier != "exact" and count.qualifier == "exact":
                    setattr(earlier, event.role, _quantity(ctx, count, event.weapon))  # the exact figure
                launched = _out_of(ctx, count, sentence) if event.role == "destroyed" else None
                if earlier.launched is None and launched is not None:
                    earlier.launched = launched.quantity()
                # a headline's claim takes the breakdown its body gives
                near = earlier.sentence >= sentence.index - 3 or earlier.sentence == 0
                self.current = earlier if near else None
                used.add(count.start)
                continue
            pending = self.pending_launch(event, sentence)
            if pending is not None:
                places = _places_for(ctx, sentence, count)
                # "ten of them were shot down over the Belgorod region": "of them" are the launched, downed
                # over a place named after them (not the launch's target: "по объекту в Брянской области
                # было выпущено шесть ракет и пять из них были сбиты")
                of_them = _right_after(ctx, "partial", count) and all(p.span[0] > count.end for p in places)
                placed = (
                    bool(places)
                    and event.role == "destroyed"
                    and (of_them or not _subset(ctx, sentence, count))
                )
                if placed and self._placed_after(sentence, count):
                    # "83 дрона атаковали регионы. 36 БПЛА сбили в Курской области, 20 — в Брянской": a
                    # list of where the launched drones were downed, with no total of its own
                    pending.breakdown.extend(BreakdownItem(p, count.quantity()) for p in places)
                    self.current = pending
                else:
                    quantity = _quantity(ctx, count, event.weapon)
                    setattr(pending, event.role, quantity)
                    # "495 of the 496 drones" after a headline's "500 drones": the exact launched figure
                    stated = _out_of(ctx, count, sentence) if event.role == "destroyed" else None
                    told = pending.launched
                    if (
                        stated is not None
                        and told is not None
                        and 0 < abs(stated.value - told.value) <= ROUNDING * stated.value
                    ):
                        pending.launched = stated.quantity()
                    if placed:
                        # "Russia launched 101 drones. Air defense shot down 63 drones over the Kharkiv,
                        # Sumy and Poltava regions": the launch's downed, where a lone claim places them
                        place = _own_place(ctx, sentence, count) or _region_named_before(ctx, sentence, count)
                        if place is not None:
                            pending.place_total(place, quantity)
                        self.current = pending
                    elif event.role == "destroyed" and not pending.breakdown:
                        # "Russia launched 19 drones at Odesa region; 16 of them were shot down over the
                        # region": the region named before
                        place = _region_named_before(ctx, sentence, count)
                        if place is not None:
                            pending.place_total(place, quantity)
                pending.sentences.add(sentence.index)
                if pending.window is None and any(t.window for t in sentence.times):
                    # "Between 6 pm on Saturday and 8 am on Sunday, air defences shot down 71 of the drones"
                    pending.window = window_of(ctx, sentence)
                used.add(count.start)
                continue
            if self._suppressed_too(sentence, event, current):
                used.add(count.start)
                continue
            summed = self._sums_earlier(sentence, event)
            if summed:
                self._roll_up(sentence, event, summed)
                used.add(count.start)
                continue
            self.current = self.new_claim(sentence, event)
            self.gap = 0
            used.add(count.start)
        if events:
            self.type_list = self._list_head(sentence, events[-1])
            self._shared_place(sentence)
        # "7 із 9 дронів": the count a downed one is out of is its launch, no item of a list
        used.update(of.start for e in events if (of := _out_of(ctx, e.count, sentence)) is not None)
        rest = [c for c in sentence.counts if c.start not in used and not c.article]
        if self._respectively(sentence, rest):
            rest = []
        self.complete_all(sentence)
        # each count may complete the claim: "20 were shot down and five were jammed"
        while (completed := self.complete_launch(sentence, rest, bool(events))) is not None:
            rest = [c for c in rest if c is not completed]
        rest = [c for c in rest if not self.one_more(sentence, c)]
        if self.current is not None and rest and self.current.sentence <= sentence.index:
            after_total = [
                c for c in rest if c.start > self.current.start or self.current.sentence < sentence.index
            ]
            if self.add_items(sentence, after_total):
                self.gap = 0
                self._total_after_items(sentence, after_total)
            elif not events and self.current.sentence < sentence.index:
                self.current = None
        elif self.current is not None and not events:
            self.gap += 1
            if self.gap > MAX_BREAKDOWN_GAP:
                self.current = None
        if events:
            self.previous_window = None
            return
        times = _attack_times(ctx, sentence)
        windowed = any(t.window for t in times)
        # "The missiles were intercepted at around 3 a.m.": when the downing of the claim before was
        at_one_time = (
            not windowed
            and len(times) == 1
            and ctx.has("interception", "destroyed", sentence.start, sentence.end)
        )
        if not windowed and not at_one_time:
            self.previous_window = None
            return
        # read as a claim's own window is (a time of day no clock could fix is no window)
        window = window_of(ctx, sentence)
        self.previous_window = window if windowed else None
        if self.drafts:
            # "Russia fired 111 drones … The air force said the attack lasted from 18:00 until 08:00."
            last = self.drafts[-1]
            if last.window is None and sentence.index - max(last.sentences) <= MAX_BREAKDOWN_GAP:
                # every claim of the last one's sentence ("intercepted six Kinzhal missiles, nine Kalibr …")
                for draft in self.drafts:
                    if draft.sentence == last.sentence and draft.window is None:
                        draft.window = window

    def _shared_place(self, sentence: Sentence) -> None:
        """ "Four HIMARS rockets and 32 drones were shot down over the Belgorod region": the one place
        named after every count of a list downed in one sentence is each weapon's own place."""
        made = [d for d in self.drafts if d.sentence == sentence.index and d.destroyed is not None]
        placed = [d for d in made if d.own_item is not None and len(d.breakdown) == 1]
        if len(made) < 2 or len(placed) != 1 or any(d.breakdown for d in made if d is not placed[0]):
            return
        place = placed[0].breakdown[0].place
        if any(d.destroyed is not None and place.span[0] < d.destroyed.span[1] for d in made):
            return  # a place named before a count is that count's alone
        spans = [d.destroyed.span for d in made if d.destroyed is not None]
        if self.ctx.has("interception", "destroyed", min(spans)[1], max(spans)[0]):
            return  # each count has a verb of its own ("Five were destroyed …, and eight were shot down")
        for draft in made:
            if draft is not placed[0] and draft.destroyed is not None:
                draft.place_total(place, draft.destroyed)

    def _total_after_items(self, sentence: Sentence, rest: list[Count]) -> None:
        """ "destroyed 19 drones over the Volgograd region and 7 over the Rostov region, a total of 46":
        the total of a breakdown with none, told after its items in the same sentence."""
        ctx, draft = self.ctx, self.current
        if draft is None or not draft.breakdown:
            return
        # no total, or only the first item's count read as one
        if draft.destroyed is not None and draft.destroyed.span != draft.breakdown[0].destroyed.span:
            return
        last = max(item.destroyed.span[1] for item in draft.breakdown)
        if not sentence.start <= last < sentence.end:
            return
        items = {item.destroyed.span for item in draft.breakdown}
        for count in rest:
            if count.start < last or (count.start, count.end) in items:
                continue
            weapon = ctx.weapon_after(count, sentence)
            if weapon is not None and weapon.weapon not in (draft.weapon, "unknown"):
                continue  # "…, всего 2 ракеты": a count of another weapon
            lo, hi = max(last, count.start - TOTAL_REACH), min(sentence.end, count.end + TOTAL_REACH)
            before = ctx.find("interception", "complete", lo, count.start)
            after = ctx.find("interception", "complete", count.end, hi)
            # "a total of 46", "46 in total"
            if (before and _OF.fullmatch(ctx.text, before[-1].end, count.start)) or (
                after and not ctx.text[count.end : after[0].start].strip()
            ):
                draft.destroyed = count.quantity()
                draft.sentences.add(sentence.index)
                return

    def _list_head(self, sentence: Sentence, event: _Event) -> tuple[InterceptionDraft, str] | None:
        """The claim of ``event`` and its role when the event is a total of unnamed weapons that ends
        its sentence with a colon ("збито/подавлено 603 засоби повітряного нападу:")."""
        if event.weapon.weapon != "unknown":
            return None
        if not re.fullmatch(r"[^\d:]*:\s*", self.ctx.text[event.weapon.end : sentence.end]):
            return None
        for draft in reversed(self.drafts):
            quantity = getattr(draft, event.role)
            if quantity is not None and quantity.span[0] <= event.count.number_start < quantity.span[1]:
                return draft, event.role
        return None

    def _headless_list(self, sentence: Sentence) -> bool:
        """ "Сили ППО вночі знешкодили:" and the places and counts on the lines after it, with no
        total before the colon: a claim whose breakdown the lines give (its total, if a line after
        them states one). Returns whether the sentence opened such a list."""
        ctx = self.ctx
        if sentence.counts or not ctx.text[sentence.start : sentence.end].rstrip().endswith(":"):
            return False
        if not ctx.has("interception", "destroyed", sentence.start, sentence.end):
            return False
        weapons = [w.weapon for w in sentence.weapons]
        draft = InterceptionDraft(
            sentence=sentence.index,
            start=sentence.start,
            end=sentence.end,
            weapon=weapons[0] if weapons else "unknown",
            weapon_model=None,
            window=window_of(ctx, sentence) or self.previous_window,
            sentences={sentence.index},
        )
        self.drafts.append(draft)
        self.current = draft
        self.gap = 0
        return True

    def _list_total(self, sentence: Sentence, events: list[_Event]) -> bool:
        """ "Загалом це 9 ворожих дронів" after the lines of a list that gave no total before them: the
        list's total. Returns whether the sentence was one."""
        current, ctx = self.current, self.ctx
        if (
            current is None
            or current.destroyed is not None
            or len(current.breakdown) < 2
            or sentence.index <= current.sentence
            or any(e.role != "destroyed" for e in events)
        ):
            return False
        counts = [c for c in sentence.counts if not c.article]
        if len(counts) != 1 or not ctx.has("interception", "complete", sentence.start, counts[0].start):
            return False
        weapon = ctx.weapon_after(counts[0], sentence)
        if weapon is not None and weapon.weapon not in (current.weapon, "unknown"):
            return False
        if weapon is not None and _listed(current) != counts[0].value and self._summed(counts[0], weapon):
            return False  # the total of this list and the claims before it (``_roll_up``)
        current.destroyed = counts[0].quantity()
        current.sentences.add(sentence.index)
        current.end = max(current.end, sentence.end)
        self.current = None
        return True

    def _typed_line(self, sentence: Sentence) -> bool:
        """A line of a list by type after a total's colon ("566 ворожих БпЛА різних типів;", "2 ракети
        Кинджал;"): a claim of that weapon with the total's role — the claim of the same weapon that
        an earlier list gave another role, if there is one. Returns whether the line was one."""
        if self.type_list is None:
            return False
        head, role = self.type_list
        ctx = self.ctx
        counts = [c for c in sentence.counts if not c.article]
        if len(counts) != 1 or ctx.text[sentence.start : counts[0].start].strip(BULLETS):
            return False
        count = counts[0]
        weapon = ctx.weapon_after(count, sentence)
        if weapon is None or weapon.weapon == "unknown":
            return False
        quantity = _quantity(ctx, count, weapon)
        model = _model_of(ctx, sentence, count, weapon)
        # the claim of the same weapon and model; else of the same weapon, its model unsaid
        open_drafts = [
            d
            for d in self.drafts
            if d is not head and d.weapon == weapon.weapon and getattr(d, role) is None and not d.by_type
        ]
        same = next((d for d in open_drafts if d.weapon_model == model), None) or next(
            (d for d in open_drafts if d.weapon_model is None), None
        )
        if same is not None and same.weapon_model is None:
            same.weapon_model = model
        if same is None:
            same = InterceptionDraft(
                sentence=sentence.index,
                start=sentence.start,
                end=sentence.end,
                weapon=weapon.weapon,
                weapon_model=model,
                window=head.window,
                sentences={sentence.index},
            )
            self.drafts.append(same)
        setattr(same, role, quantity)
        same.sentences.add(sentence.index)
        head.by_type.add(role)
        self.current = None
        return True

    def _placed_after(self, sentence: Sentence, count: Count) -> bool:
        """Whether another count after ``count`` in its sentence is placed too: a list of where
        weapons were downed ("36 … в Курской области, 20 — в Брянской")."""
        return any(
            c.start > count.end and not c.article and _places_for(self.ctx, sentence, c)
            for c in sentence.counts
        )

    def one_more(self, sentence: Sentence, count: Count) -> bool:
        """ "Семь сбитых дронов в Калужской области, еще пять в Брянской", "Над Київщиною збили 5 дронів.
        Ще 3 — над Житомирщиною": after a claim placed in one region, "more" and a count in another region
        is a claim of its own, in the same sentence or at the start of the next."""
        current = self.current
        own = current.only_place() if current is not None else None
        if (
            current is None
            or own is None
            or not self.ctx.has("interception", "more", max(sentence.start, count.start - 8), count.start)
        ):
            return False
        if current.sentence != sentence.index and not (
            sentence.index == max(current.sentences) + 1
            and not self.ctx.text[sentence.start : count.start].split()[1:]
        ):
            return False
        places = _places_for(self.ctx, sentence, count)
        if len(places) != 1 or places[0].admin1 == own.admin1:
            return False
        quantity = count.quantity()
        claim = InterceptionDraft(
            sentence=sentence.index,
            start=count.start,
            end=sentence.end,
            weapon=current.weapon,
            weapon_model=current.weapon_model,
            destroyed=quantity,
            window=current.window,
            sentences={sentence.index},
        )
        claim.place_total(places[0], quantity)
        self.drafts.append(claim)
        self.current = claim
        return True

    def _the_launched(self, sentence: Sentence, destroy: list[Match]) -> InterceptionDraft | None:
        """ "Russia launched 23 drones and a cruise missile … destroyed the missile and 18 of the
        drones": "the" and the noun of a single launched weapon downs that one."""
        for weapon in sentence.weapons:
            before = self.ctx.text[max(sentence.start, weapon.start - 4) : weapon.start]
            if before.lower() != "the " or not any(v.end <= weapon.start for v in destroy):
                continue
            for draft in reversed(self.drafts):
                launched = draft.launched
                if (
                    draft.weapon == weapon.weapon
                    and launched is not None
                    and launched.value == 1
                    and draft.destroyed is None
                ):
                    text = self.ctx.text[weapon.start - 4 : weapon.end]
                    draft.destroyed = Quantity(1, "exact", text, (weapon.start - 4, weapon.end))
                    draft.sentences.add(sentence.index)
                    return draft
        return None

    def complete_all(self, sentence: Sentence) -> None:
        """ "All missiles and 35 drones were shot down", "усі ракети збито": every weapon of a launch
        claim just made was downed."""
        ctx = self.ctx
        for weapon in sentence.weapons:
            said = _phrase_just_before(ctx, "all", max(sentence.start, weapon.start - 12), weapon.start)
            clause = sentence.clause_of(weapon.start)
            if said is None or not ctx.has("interception", "destroyed", clause.start, clause.end):
                continue
            for draft in reversed(self.drafts):
                if (
                    sentence.index - draft.sentence <= 1
                    and draft.weapon == weapon.weapon
                    and draft.launched is not None
                    and draft.destroyed is None
                ):
                    draft.destroyed = Quantity(
                        draft.launched.value,
                        "exact",
                        ctx.text[said.start : weapon.end],
                        (said.start, weapon.end),
                    )
                    draft.sentences.add(sentence.index)
                    break

    def complete_launch(self, sentence: Sentence, counts: list[Count], has_events: bool) -> Count | None:
        """Counts told without their noun that complete a claim just made.

        "было выпущено восемь ракет, а ПВО сбило всего две", "шесть ракет и пять из них были сбиты",
        "Они были сбиты" right after "Четыре БПЛА пытались атаковать": what the launch claim's air
        defences downed. "…збито 67 БпЛА, ще 23 – локаційно втрачені": what electronic warfare took.
        """
        ctx = self.ctx
        recent = [
            d for d in reversed(self.drafts) if sentence.index - max(d.sentences, default=d.sentence) <= 1
        ]
        # "Of the 78 missiles, 59 were shot down", "Of the drones, 296 were shot down": the claim this
        # sentence named, or of the weapon it names before its counts, before the latest one
        named = {w.weapon for w in sentence.weapons if counts and w.end <= counts[0].start}
        recent.sort(key=lambda d: (sentence.index not in d.sentences, d.weapon not in named))
        pending = next((d for d in recent if d.launched is not None and d.destroyed is None), None)
        destroy = ctx.find("interception", "destroyed", sentence.start, sentence.end)
        suppress = ctx.find("interception", "suppressed", sentence.start, sentence.end)
        if pending is not None and pending.launched is not None and destroy:
            but = self._all_but(sentence, counts)
            if but is not None and but[0].value <= pending.launched.value:
                # "Russia fired 50 cruise missiles; all but one were shot down": 49 were
                count, span = but
                value = pending.launched.value - count.value
                pending.destroyed = Quantity(value, "exact", ctx.text[span[0] : span[1]], span)
                pending.sentences.add(sentence.index)
                return None
        if pending is not None and pending.launched is not None and counts:
            everything = self._all_then_list(sentence, destroy, counts[0])
            if everything is not None:
                # "Запущено дев'ять «шахедів», усі збито: шість над Одещиною, три над Миколаївщиною": all
                # were downed, and the list after the colon says where
                pending.destroyed = Quantity(pending.launched.value, "exact", *everything)
                pending.sentences.add(sentence.index)
                return None
        for count in counts:
            clause = sentence.clause_of(count.start)
            if pending is not None and pending.launched is not None and count.value <= pending.launched.value:
                # the verb governs this count, not one before it ("20 were shot down and five were jammed")
                before = any(
                    v.end <= count.start
                    and count.start - v.end <= VERB_REACH
                    and not _new_item(ctx, ctx.text[v.end : count.start])
                    for v in destroy
                )
                after = any(
                    count.end <= v.start < clause.end
                    and (
                        _subset(ctx, sentence, count)
                        or _passive_after(ctx, count, v.start)
                        or not ctx.text[count.end : v.start].strip()  # "… 62 дронами – 47 збито"
                    )
                    for v in destroy
                )
                if before or after:
                    pending.destroyed = count.quantity()
                    pending.sentences.add(sentence.index)
                    # "…, and ten of them were shot down over the Belgorod region": where they were downed
                    place = _own_place(ctx, sentence, count)
                    if place is not None and not pending.breakdown:
                        pending.place_total(place, pending.destroyed)
                    return count
            target = next((d for d in recent if d.suppressed is None and d.destroyed is not None), None)
            if (
                target is not None
                # what electronic warfare took is told after what was downed, not before it ("Збито/
                # подавлено 388 повітряних цілей: 372 БпЛА та 16 ракет": the 388 are both together)
                and not (target.destroyed is not None and count.end <= target.destroyed.span[0])
                and any(
                    (count.end <= v.start < clause.end and v.start - count.end <= VERB_REACH)
                    # "локаційно втрачено – 12": the verb, a dash and the count
                    or (v.end <= count.start and re.fullmatch(r"[\s:–—-]*", ctx.text[v.end : count.start]))
                    for v in suppress
                )
            ):
                target.suppressed = count.quantity()
                target.sentences.add(sentence.index)
                return count
        definite = self._the_launched(sentence, destroy)
        if definite is not None:
            return None
        if self._none_downed(sentence, recent):
            return None
        # "Они были сбиты" in the next sentence, or "…, all of which were shot down", "…, усі збито" in a
        # clause after the launch's count
        after_launch = (
            pending.launched.span[1]
            if pending is not None and pending.launched is not None and pending.sentence == sentence.index
            else None
        )
        if (
            pending is not None
            and not counts
            and ((pending.sentence < sentence.index and not has_events) or after_launch is not None)
            and destroy
            and ctx.lex.data.get("interception", {}).get("anaphora")
            and ctx.has(
                "interception",
                "anaphora",
                sentence.start if after_launch is None else after_launch,
                destroy[0].start if destroy[0].start > (after_launch or 0) else destroy[-1].start,
            )
        ):
            # "…with three Kh-101 cruise missiles and 12 Shahed-type drones. All of them were destroyed":
            # every weapon the launch counted
            launch = [
                d
                for d in recent
                if d.sentence == pending.sentence and d.launched is not None and d.destroyed is None
            ]
            said_all = ctx.has("interception", "all", sentence.start, destroy[0].start)
            if after_launch is not None or not said_all:
                launch = [pending]
            # "All of them were shot down over Mykolaiv Oblast": the one place named after the verb
            over = [
                p
                for p in sentence.places
                if p.span[0] > destroy[0].end and not _is_direction(ctx, sentence, p)
            ]
            for draft in launch:
                draft.destroyed = draft.launched
                draft.sentences.add(sentence.index)
                if len(over) == 1 and not draft.breakdown and draft.destroyed is not None:
                    draft.place_total(over[0], draft.destroyed)
                # "Они были сбиты в небе над российским регионом": over the one region the launch targeted
                regions = {p.admin1 for p in draft.target}
                if (
                    draft.destroyed is not None
                    and len(regions) == 1
                    and not draft.breakdown
                    and not sentence.places
                    and ctx.has("places", "anaphora", sentence.start, sentence.end)
                ):
                    draft.breakdown.append(BreakdownItem(draft.target[0], draft.destroyed))
        return None

    def _all_but(self, sentence: Sentence, counts: list[Count]) -> tuple[Count, tuple[int, int]] | None:
        """The count right after "all but", "усі, крім" ([interception] all_but), and the span of both."""
        ctx = self.ctx
        for count in counts:
            said = ctx.find("interception", "all_but", max(sentence.start, count.start - 24), count.start)
            if said and not ctx.text[said[-1].end : count.start].strip(" ,"):
                return count, (said[-1].start, count.end)
        return None

    def _all_then_list(
        self, sentence: Sentence, destroy: list[Match], first: Count
    ) -> tuple[str, tuple[int, int]] | None:
        """The words "усі збито", "all were shot down" (text and span) when they stand before a colon
        that opens a list whose first count is ``first``; else None."""
        ctx = self.ctx
        for verb in destroy:
            head, colon, tail = ctx.text[verb.end : first.start].partition(":")
            # "усі знищені силами ППО: шість над Одещиною": the downers may be named before the colon
            if verb.end > first.start or not colon or tail.strip() or len(head.split()) > 3:
                continue
            lo = max(sentence.start, verb.start - ATTEMPT_REACH)
            said = ctx.find("interception", "all", lo, verb.start)
            between = ctx.text[said[-1].end : verb.start].strip(" ,") if said else ""
            if said and (not between or _passive(ctx, said[-1].end, verb.start)):
                span = (said[-1].start, verb.end)
                return ctx.text[span[0] : span[1]], span
        return None

    def _respectively(self, sentence: Sentence, counts: list[Count]) -> bool:
        """ "destroyed 32 drones over the Saratov, Volgograd and Rostov regions - 18, nine and five
        respectively": the counts after the places, paired with them in order, are the breakdown of the
        claim the sentence made. Returns whether they were."""
        ctx, draft = self.ctx, self.current
        if len(counts) < 2 or not ctx.lex.data.get("interception", {}).get("respectively"):
            return False
        if not ctx.has("interception", "respectively", counts[-1].end, sentence.end):
            return False
        if self._downed_respectively(sentence, counts):
            return True
        if draft is None or draft.sentence != sentence.index:
            return False
        places = [
            p
            for p in sentence.places
            if draft.start <= p.span[0] < counts[0].start and not _is_direction(ctx, sentence, p)
        ]
        if len(places) != len(counts):
            return False
        if draft.own_item is not None and draft.own_item in draft.breakdown:
            draft.breakdown.remove(draft.own_item)  # the total's one place was the list's first
            draft.own_item = None
        draft.breakdown.extend(BreakdownItem(p, c.quantity()) for p, c in zip(places, counts, strict=True))
        return True

    def _downed_respectively(self, sentence: Sentence, counts: list[Count]) -> bool:
        """ "Russia launched 49 drones on May 4 and 112 drones on May 5; Ukraine downed 38 and 91
        respectively": downed counts paired in order with as many launches just told, which no count
        downed yet. Returns whether they were."""
        ctx = self.ctx
        verb = ctx.find("interception", "destroyed", sentence.start, counts[0].start)
        if not verb or ctx.text[verb[-1].end : counts[0].start].strip():
            return False
        launches = [
            d
            for d in self.drafts
            if d.launched is not None and d.destroyed is None and sentence.index - d.sentence <= 1
        ]
        if len(launches) != len(counts) or len({d.weapon for d in launches}) != 1:
            return False
        for draft, count in zip(launches, counts, strict=True):
            draft.destroyed = count.quantity()
            draft.sentences.add(sentence.index)
        return True

    def _none_downed(self, sentence: Sentence, recent: list[InterceptionDraft]) -> bool:
        """ "Russian forces launched two Iskander-M missiles; neither was shot down", "Баллистические
        ракеты сбить не удалось": a stated zero downed of a launch claim just made (of the weapon the
        sentence names, if it names one)."""
        ctx = self.ctx
        if not ctx.lex.data.get("interception", {}).get("none_downed"):
            return False
        said = ctx.find("interception", "none_downed", sentence.start, sentence.end)
        if not said:
            return False
        named = {w.weapon for w in sentence.weapons}
        if named:
            # "…two Iskander-M ballistic missiles. Air defence units shot down 98 drones. Neither missile
            # was intercepted": a weapon named again finds its launch a little further back
            recent = [
                d for d in reversed(self.drafts) if sentence.index - max(d.sentences) <= NAMED_LAUNCH_REACH
            ]
        for draft in recent:
            open_launch = draft.launched is not None and draft.destroyed is None
            if open_launch and (not named or draft.weapon in named):
                draft.destroyed = Quantity(0, "exact", said[0].text, (said[0].start, said[0].end))
                draft.sentences.add(sentence.index)
                return True
        return False

    def _rolls_up(self, sentence: Sentence, event: _Event, current: InterceptionDraft) -> bool:
        """ "Всего за прошедшую ночь ПВО сбили 34 дрона" after items that add up to 34: the total of the
        list before, not a new claim."""
        if event.role != "destroyed" or len(current.breakdown) < 2:
            return False
        return _listed(current) == event.count.value and self.ctx.has(
            "interception", "complete", sentence.start, sentence.end
        )

    def _suppressed_too(self, sentence: Sentence, event: _Event, current: InterceptionDraft | None) -> bool:
        """ "Над Полтавщиною знищено 11 БпЛА, ще три дрони подавлено засобами РЕБ": a suppressed count of
        the same weapon right after a downed one completes its claim. Returns whether it did."""
        if (
            event.role != "suppressed"
            or current is None
            or current.destroyed is None
            or current.suppressed is not None
            or event.weapon.weapon not in (current.weapon, "unknown")
            or sentence.index - max(current.sentences) > 1
        ):
            return False
        current.suppressed = _quantity(self.ctx, event.count, event.weapon)
        current.sentences.add(sentence.index)
        current.end = max(current.end, sentence.end)
        return True

    def _sums_earlier(self, sentence: Sentence, event: _Event) -> list[InterceptionDraft]:
        """The claims just before a roll-up whose downed counts it adds up ("Таким образом, начиная с 22:00
        уничтожены пять БПЛА" after claims of two and three drones), latest first; none when it states a
        total of its own."""
        if event.role != "destroyed" or not self.ctx.has(
            "interception", "complete", sentence.start, event.count.start
        ):
            return []
        return self._summed(event.count, event.weapon)

    def _summed(self, count: Count, weapon: WeaponMention) -> list[InterceptionDraft]:
        """The claims just before, latest first, whose downed counts add up to ``count``; none where no
        two or more do."""
        total = 0
        summed: list[InterceptionDraft] = []
        for draft in reversed(self.drafts):
            told = _told(draft)
            if told is None or weapon.weapon not in (draft.weapon, "unknown"):
                return []
            total += told
            summed.append(draft)
            if total >= count.value:
                return summed if len(summed) > 1 and total == count.value else []
        return []

    def _roll_up(self, sentence: Sentence, event: _Event, summed: list[InterceptionDraft]) -> None:
        """A roll-up of claims each told in full by place ("над Кримом збили 12 дронів, ще 8 — над
        Чорним морем. Загалом … знищено 20") is the total of their lists: one claim with those items. Of
        claims not so told (separate reports of two and three drones over the day), it repeats figures
        already given and makes no claim of its own."""
        if not all(d.breakdown and _listed(d) == _told(d) for d in summed):
            return
        first, *rest = reversed(summed)
        first.destroyed = _quantity(self.ctx, event.count, event.weapon)
        first.breakdown = [item for d in (first, *rest) for item in d.breakdown]
        first.own_item = None
        for draft in rest:
            first.sentences |= draft.sentences
            self.drafts.remove(draft)
        first.sentences.add(sentence.index)
        first.end = max(first.end, sentence.end)
        self.current = first

    def _own_speaker(self, sentence: Sentence) -> bool:
        """Whether a sentence says who speaks, other than the speaker just quoted ("the ministry said",
        "По данным ведомства", "За даними відомства" go on with the same one)."""
        ctx = self.ctx
        said = ctx.find("sourcing", "say_verbs", sentence.start, sentence.end)
        same = ctx.find("sourcing", "same_speaker", sentence.start, sentence.end)
        return any(not any(m.start <= v.start < m.end for m in same) for v in said)

    def _continues(self, sentence: Sentence, event: _Event, current: InterceptionDraft) -> bool:
        """Whether a weapon count after a total is an item of its breakdown, not a claim of its own.

        It is when the wording makes it a subset ("64 of these drones", "в том числе 12 БПЛА") or when
        it is tied to a place and smaller than the total ("▫️ 57 БПЛА – над территорией …").
        """
        if event.role != "destroyed" or (
            current.weapon != event.weapon.weapon and event.weapon.weapon != "unknown"
        ):
            return False
        if sentence.index != current.sentence and sentence.index not in current.sentences:
            # a later sentence with its own time or its own speaker is a claim of its own — unless it
            # restated the claim's total first ("Russia downed 105 drones" … "destroyed 105 drones, of
            # which 65 were downed over the Kursk region"), or gives the window the claim lacked along
            # with some of its weapons ("45 drones were destroyed overnight." … "The drones were downed
            # between 8 p.m. and 7 a.m., adding that 19 of them were destroyed over the Bryansk region"),
            # and no other speaker tells it
            windowed = any(t.window for t in sentence.times)
            if windowed and current.window is None and _subset(self.ctx, sentence, event.count):
                if self._own_speaker(sentence):
                    return False
            elif windowed or self._own_speaker(sentence):
                return False
        total = current.total()
        if total is None and current.own_item is None and not current.breakdown:
            return False
        more = _one_more(self.ctx, sentence, event.count)
        if more and not current.breakdown and sentence.index != current.sentence:
            return False  # "Отражена атака двух беспилотников. Ещё один сбит над Подольском": one more
        own = current.only_place()
        if more and own is not None and sentence.index != current.sentence:
            places = _places_for(self.ctx, sentence, event.count)
            if places and all(p.admin1 != own.admin1 for p in places):
                return False  # "Над Брянской областью уничтожены 7 БПЛА. Еще один … над Курской": elsewhere
        if (
            own is not None
            and sentence.index != current.sentence
            and not _subset(self.ctx, sentence, event.count)
            and not self.ctx.has("interception", "more", sentence.start, event.count.start)
        ):
            return False  # "14 БПЛА над Краснодарским краем. … шесть над Брянской": the 14 is all there
        if _subset(self.ctx, sentence, event.count):
            return True
        limit = total if total is not None else 10**9
        return bool(_places_for(self.ctx, sentence, event.count)) and event.count.value < limit


def _summed_by_type(draft: InterceptionDraft, drafts: list[InterceptionDraft]) -> set[str]:
    """The counts of a claim of no one weapon ("215 air attack assets", "112 targets were neutralized")
    that the claims by type told with it add up to ("– 70 missiles and 145 drones", ": 48 missiles and 64
    drones were shot down"): only their sum, as a roll-up that repeats figures is, no claim of its own. A
    downed total may sum the suppressed too ("478 targets: 268 … shot down, and another 208 were lost
    locationally; two Kh-101 …")."""
    if draft.weapon != "unknown" or draft.breakdown:
        return set()
    near = {draft.sentence, draft.sentence + 1}
    typed = [d for d in drafts if d.weapon != "unknown" and d.sentences & near and d is not draft]
    summed = set()
    for role, sums in (
        ("launched", [("launched",)]),
        ("destroyed", [("destroyed",), ("destroyed", "suppressed")]),
    ):
        stated = getattr(draft, role)
        for roles in sums:
            parts = [q.value for d in typed for r in roles if (q := getattr(d, r)) is not None]
            if stated is not None and len(parts) > 1 and sum(parts) == stated.value:
                summed.add(role)
    return summed


# How many sentences back a stated zero that names its weapon looks for the launch it completes.
NAMED_LAUNCH_REACH = 3


def find_interceptions(ctx: Context) -> list[InterceptionDraft]:
    """Every interception claim of a document, in order of appearance."""
    builder = _Builder(ctx)
    for sentence in ctx.sentences:
        builder.sentence(sentence)
    for draft in builder.drafts:
        draft.by_type |= _summed_by_type(draft, builder.drafts)
    drafts = []
    for draft in builder.drafts:
        for role in draft.by_type:
            setattr(draft, role, None)  # given by type, line by line: the typed claims hold it
        counts = (draft.destroyed, draft.launched, draft.suppressed)
        # a claim needs a figure: not a list's opening line that no count followed ("Shot down:")
        if draft.breakdown or any(c is not None for c in counts):
            drafts.append(draft)
    return drafts
