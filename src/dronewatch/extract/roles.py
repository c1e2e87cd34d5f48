"""What the verb of a weapon count says of it: destroyed, launched, suppressed or hits ("перехвачены и
уничтожены 77 БПЛА", "launched 23 drones", "23 – локаційно втрачені"), read through the word order
around it (passives, participles, relative clauses, negation)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Final

from dronewatch.extract.context import Context, Match, Sentence, WeaponMention, flown_to
from dronewatch.extract.context import titled as _titled
from dronewatch.extract.numbers import Count
from dronewatch.lang import Lexicon, alternation
from dronewatch.model import Place

__all__ = [
    "ATTEMPT_REACH",
    "NEXT_ITEM",
    "OPENING_BRACKET",
    "OWN_OBJECT_WORDS",
    "PARTICIPLE_REACH",
    "Event",
    "head_end",
    "hit_after",
    "is_direction",
    "launch_phrases",
    "list_joins",
    "numbers_listed_before",
    "passive_after",
    "passive_voice",
    "verb_role",
]

# How far a participle may follow its noun across a participial clause ("Два беспилотника, летевших на
# Москву, отражены"); calibrated on governors' and mayors' posts.
PARTICIPLE_REACH: Final = 60


# A verb governs the counts of a colon list after at most this many words ("атакував 823 засобами
# повітряного нападу: 810 ударними БпЛА …").
COLON_LIST_WORDS: Final = 6


# A verb after a weapon with at most this many words between governs it ("the 25 drones Russia
# launched", "the drones the air force shot down").
RELATIVE_SUBJECT_WORDS: Final = 3


# A word of trying this many characters before a downing verb leaves the outcome untold.
ATTEMPT_REACH: Final = 16


# A count this many words after a verb is the verb's own object ("сбило всего две").
OWN_OBJECT_WORDS: Final = 3


# A weapon noun joined to the one before with this many words ("and other types of") shares its verb.
HEAD_JOIN_WORDS: Final = 4


@dataclass(frozen=True)
class Event:
    """A weapon count with the role its verb gives it ("destroyed", "launched", "suppressed")."""

    count: Count
    weapon: WeaponMention
    role: str

    def __init__(self, count: Count, weapon: WeaponMention, role: str) -> None:
        # (written out: the compiled build runs this one as C, see ``dronewatch.compiled``)
        object.__setattr__(self, "count", count)
        object.__setattr__(self, "weapon", weapon)
        object.__setattr__(self, "role", role)


# Between two places of a list: a spaced dash, a colon or a semicolon opens its next item.
NEXT_ITEM: Final = re.compile(r"\s[—–-]\s|[:;]")


# "over the Bryansk (15), Kursk (11) … regions", "🔸 Київщина: 9;": an opening bracket or a colon between
# a place and its count.
OPENING_BRACKET: Final = re.compile(r"\s*(?:\(|:)\s*")


# Where the opening of a count's phrase starts: after a speaker's colon or a comma.
_OPENING_BREAK: Final = re.compile(r"[:,]")
# What may stand before the opening words of a quote or a line: spaces, quotation marks and dashes
# ("«З шістдесяти одного дрона збили сорок»").
_OPENING_MARKS: Final = " \t\n«»\"“”„‘’'—–-"


# Words between a launch verb and its count that hold a digit or a stop are another statement's.
_DIGIT_OR_STOP: Final = re.compile(r"[\d.;]")


# A participle that ends its phrase: a comma, a stop, a colon or the end of the text after it.
_PHRASE_ENDS: Final = re.compile(r"\s*(?:[,.;:]|$)")


def verb_role(ctx: Context, sentence: Sentence, count: Count, weapon: WeaponMention) -> str | None:
    """Whether the clause around a weapon count says it was downed, launched or suppressed; weapons
    that hit one target are no launch ("attacked a minibus with a drone")."""
    if count.article and _debris_of(ctx, sentence, count):
        return None  # "debris from a drone shot down over the city": what fell, no downing
    role = _verb_role(ctx, sentence, count, weapon)
    if role == "launched" and _at_one_target(ctx, sentence, count, weapon):
        return None
    if role is not None and weapon.weapon == "aircraft" and _on_the_ground(ctx, sentence, count):
        return None
    return role


def _of_a_subset(ctx: Context, sentence: Sentence, verb: Match, count: Count) -> bool:
    """Whether a verb stands in a clause of its own that a subset opens ("of which eight were
    intercepted", "з яких вісім збито"), before the clause of ``count``: the subset's verb, not the
    count's."""
    own = sentence.clause_of(verb.start)
    if own.end > count.start:
        return False
    opening = ctx.text[own.start : verb.start]
    return ctx.lex.pattern("interception", "partial").match(opening) is not None


def _debris_of(ctx: Context, sentence: Sentence, count: Count) -> bool:
    """Whether a word for debris stands right before a count, past a word or two ("debris from a drone",
    "wreckage of a missile"): the count says what the debris was of."""
    clause = sentence.clause_of(count.start)
    debris = ctx.find("consequences", "debris", clause.start, count.start)
    return bool(debris) and len(ctx.text[debris[-1].end : count.start].split()) <= 1


def _on_the_ground(ctx: Context, sentence: Sentence, count: Count) -> bool:
    """Whether aircraft counted were hit where they stood ([interception] on_the_ground in their sentence:
    "на аэродроме уничтожены три вертолета", "drones hit the airfield …, claiming that six aircraft
    were destroyed"): a strike's damage, no interception."""
    return ctx.has("interception", "on_the_ground", sentence.start, sentence.end)


def _at_one_target(ctx: Context, sentence: Sentence, count: Count, weapon: WeaponMention) -> bool:
    """Whether a launch verb's weapons were aimed at one target ([interception] one_target) named in
    their clause before the count ("attacked a minibus with a drone", "атаковали маршрутку двумя
    дронами", "по заводу випустили дві ракети") or right after the weapon ("атакував двома дронами
    підприємство", "fired two missiles at the refinery")."""
    clause = sentence.clause_of(count.start)
    verbs = ctx.find("interception", "launched", clause.start, count.start)
    # (or before the verb: "по заводу росіяни випустили дві крилаті ракети")
    if verbs and ctx.has("interception", "one_target", clause.start, count.start):
        return True
    end = head_end(ctx, sentence, weapon)
    after = ctx.find("interception", "one_target", end, min(clause.end, end + ONE_TARGET_REACH))
    return bool(after) and not ctx.text[end : after[0].start].strip()


# How far after a weapon's noun phrase the one target it hit may end ("двома дронами підприємство").
ONE_TARGET_REACH: Final = 40


def _verb_role(ctx: Context, sentence: Sentence, count: Count, weapon: WeaponMention) -> str | None:
    clause = sentence.clause_of(count.start)
    # "destroyed 19, 11 and 6 drones over …": the last of bare numbers listed before one noun is in the
    # clause of the first
    lo, hi = sentence.clause_of(numbers_listed_before(ctx, sentence, count)[0].start).start, clause.end
    # "Of the 22 cruise missiles, 19 were destroyed", "Ігнат: із семи ракет … збили шість", "According to
    # the Air Force, of the 78 missiles, 59 were shot down"
    opening = _OPENING_BREAK.split(ctx.text[sentence.start : count.start])[-1].strip(_OPENING_MARKS)
    if ctx.lex.pattern("interception", "out_of").fullmatch(opening) or _out_of_after_an_adverb(
        ctx, sentence, count, opening
    ):
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
        and not _foreseen(ctx, lo, verb)
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
    head = head_end(ctx, sentence, weapon)
    for role in ("destroyed", "suppressed", "launched"):
        for verb in ctx.find("interception", role, sentence.start, sentence.end):
            if _in_a_name(ctx, sentence, verb):
                continue
            if (
                role == "launched"
                and verb.end <= count.start
                and _participle_of_another(ctx, sentence, weapon, verb)
            ):
                continue  # "shot down all six missiles launched overnight, as well as 23 of 30 drones"
            if _foreseen(ctx, lo, verb):
                continue  # "Russia may launch up to 500 drones": no launch told
            if role == "destroyed" and _within_suppression(ctx, verb):
                continue  # "Засобами РЕБ приземлено": landed by electronic warfare, suppressed
            tried = ctx.has("interception", "attempt", max(lo, verb.start - ATTEMPT_REACH), verb.start)
            if role == "destroyed" and tried:
                continue  # "tried to shoot down four drones": whether they were downed is not said
            if verb.end <= count.start and _of_a_subset(ctx, sentence, verb, count):
                continue  # "11 missiles, of which eight were intercepted, and 85 drones": the eight's verb
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
                (verb.start < hi and passive_voice(ctx, head, verb.start))
                or (role != "launched" and _reduced_participle(ctx, head, verb))
                or _participle_after(ctx, sentence, weapon, verb.start)
                or (role == "launched" and _relative_clause(ctx, weapon.end, verb.start))
                or (role == "launched" and _subject_of(ctx, count, head, verb))
            ):
                return role  # "64 of these drones were shot down", "Два беспилотника, … отражены"
    return None


def _out_of_after_an_adverb(ctx: Context, sentence: Sentence, count: Count, opening: str) -> bool:
    """Whether words of time or place open the sentence before "out of" and the count ("Вночі із 44
    дронів збито 38", "Над Брянской областью из 5 дронов сбиты 3"), with no verb, weapon or other count
    before it."""
    words = opening.split()
    if len(words) < 2 or not ctx.lex.pattern("interception", "out_of").fullmatch(words[-1]):
        return False
    start = ctx.text.rfind(opening, sentence.start, count.start)
    if not (
        ctx.has("time", "overnight", start, count.start)
        or any(start <= p.span[0] < count.start for p in sentence.places)
    ):
        return False  # "A total of 337 drones were destroyed": no words of time or place
    return not (
        any(start <= w.start < count.start for w in sentence.weapons)
        or any(start <= c.start < count.start for c in sentence.counts)
        or any(
            ctx.has("interception", role, start, count.start)
            for role in ("destroyed", "launched", "suppressed")
        )
    )


def _within_suppression(ctx: Context, verb: Match) -> bool:
    """Whether a downing verb is part of a longer phrase of suppression ("засобами РЕБ приземлено"), or
    has one right before or after it ("засобами РЕБ знешкоджено", "нейтрализованы средствами РЭБ"): the
    means say the weapons were taken by electronic warfare ("уничтожено и подавлено средствами РЭБ" is
    both, a downing)."""
    for s in ctx.find(
        "interception", "suppressed", max(0, verb.start - SUPPRESSION_REACH), verb.end + SUPPRESSION_REACH
    ):
        if s.start <= verb.start and verb.end <= s.end:
            return True
        gap = ctx.text[s.end : verb.start] if s.end <= verb.start else ctx.text[verb.end : s.start]
        if (s.end <= verb.start or verb.end <= s.start) and not gap.strip():
            return True
    return False


# How far before a downing verb a phrase of suppression that holds it may start ("засобами РЕБ ",
# "подразделениями радиоэлектронной борьбы "): the longest such phrase of the word lists.
SUPPRESSION_REACH: Final = 40


def _foreseen(ctx: Context, lo: int, verb: Match) -> bool:
    """Whether a word of ``[interception] hypothetical`` ("may", "could soon", "може") stands right
    before a verb, in its clause (from ``lo``): a launch or a downing foreseen, not told."""
    found = ctx.find("interception", "hypothetical", max(lo, verb.start - ATTEMPT_REACH), verb.start)
    return bool(found) and len(ctx.text[found[-1].end : verb.start].split()) <= 1


def numbers_listed_before(ctx: Context, sentence: Sentence, count: Count) -> list[Count]:
    """The bare numbers listed right before ``count`` that share its noun, and ``count`` ("19, 11 and 6
    drones": 19, 11 and 6); only ``count`` where none are."""
    joins = list_joins(ctx.lex)
    listed = [count]
    for other in reversed([c for c in sentence.counts if c.end <= count.start and not c.article]):
        between = ctx.text[other.end : listed[0].start]
        words = between.replace(",", " ").split()
        if not between.strip() or len(words) > 1 or any(w.lower() not in joins for w in words):
            break
        listed.insert(0, other)
    return listed


def _participle_of_another(ctx: Context, sentence: Sentence, weapon: WeaponMention, verb: Match) -> bool:
    """Whether a verb stands right after the noun of another weapon than ``weapon``, as its participle
    ("six missiles launched overnight"): it says what those were, and governs no count after it."""
    return any(
        other is not weapon and other.end <= verb.start and not ctx.text[other.end : verb.start].strip()
        for other in sentence.weapons
    )


def hit_after(ctx: Context, weapon: WeaponMention, stop: int) -> bool:
    """Whether a verb of ``[interception] hit_verbs`` follows a weapon noun at once ("26 drones hit")."""
    found = ctx.find("interception", "hit_verbs", weapon.end, min(stop, weapon.end + HIT_REACH))
    return bool(found) and not ctx.text[weapon.end : found[0].start].strip()


# How far after a weapon noun its verb of hitting is looked for.
HIT_REACH: Final = 16


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
DROP_WORDS: Final = 3


def _negated(ctx: Context, verb: Match) -> bool:
    """Whether a word of ``[interception] negated`` ("not", "не") stands right before a verb."""
    before = ctx.find("interception", "negated", max(0, verb.start - NEGATION_REACH), verb.start)
    return bool(before) and not ctx.text[before[-1].end : verb.start].strip()


# How far before a verb its negation is looked for ("were not", "не").
NEGATION_REACH: Final = 6


def _in_a_name(ctx: Context, sentence: Sentence, verb: Match) -> bool:
    """Whether a verb is a word of a weapon's name ("multiple launch rocket system projectiles") or a
    launcher's ("two rockets of a multiple launch rocket system", [interception] launchers)."""
    return any(w.start <= verb.start < w.end for w in sentence.weapons) or any(
        n.start <= verb.start < n.end for n in launch_phrases(ctx, verb.start, verb.end)
    )


def launch_phrases(ctx: Context, start: int, end: int) -> list[Match]:
    """The names of launchers that overlap ``text[start:end]``."""
    return [
        n for n in ctx.find("interception", "launchers", 0, len(ctx.text)) if n.start < end and start < n.end
    ]


def head_end(ctx: Context, sentence: Sentence, weapon: WeaponMention) -> int:
    """Where the noun phrase of a weapon noun ends: at the last of the weapon nouns right after it, with
    at most one word between each ("Shahed attack drones", "Shahed-type attack UAVs"), or joined to it
    with no count of their own ("78 Shahed drones and other types of drones have been shot down")."""
    end = weapon.end
    joins = list_joins(ctx.lex)
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
def list_joins(lex: Lexicon) -> frozenset[str]:
    """The conjunctions that join the items of a list ([interception] list_joins), in lower case."""
    return frozenset(w.lower() for w in lex.words("interception", "list_joins"))


def _same_statement(ctx: Context, sentence: Sentence, start: int, end: int) -> bool:
    """Whether a verb before a clause break still governs a count ("were destroyed, of which 9 …"),
    or the colon list of what the verb counted ("атакував 823 засобами повітряного нападу: 810 ударними
    БпЛА та 13 ракетами")."""
    between = ctx.text[start:end]
    if ";" in between or "." in between:
        return False
    if _GAPPED.search(between):
        return True  # "атакував вночі – трьома «шахедами», а на світанку – двома ракетами": its verb left out
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


# A second clause that leaves its verb out, a dash in its place: a conjunction, a few words of when or
# where, and the dash right before the count ("…, а на світанку – двома ракетами").
_GAPPED: Final = re.compile(r",\s*(?:а|и|і|та|й|and|but)\s+[^,;:.\d]{1,40}?\s[–—-]\s*$")


def _total_right_before(ctx: Context, end: int) -> bool:
    """Whether a word for the total ("всього", "in total") ends right before ``end``."""
    found = ctx.find("interception", "complete", max(0, end - 16), end)
    return bool(found) and not ctx.text[found[-1].end : end].strip()


# How many words a launch verb may stand before the total of the types it named.
TOTAL_AFTER_TYPES_WORDS: Final = 12


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
    # (or the end of a line: a headline's "…, 64 drones downed" above its story)
    return re.compile(rf"\s*(?:[,.;:)]|$|{alternation(words)})|[ \t]*\n", re.IGNORECASE)


# A place and a dash before the count of a list's first item ("над Брянской областью – 5 БПЛА").
_PLACE_THEN_DASH: Final = re.compile(r"[^\d.;:,]{1,60}\s[–—-]\s*")


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
SUBJECT_QUALIFIER_WORDS: Final = 3


def _relative_clause(ctx: Context, start: int, end: int) -> bool:
    """ "of the 25 drones Russia launched", "the drones the enemy launched": a short subject (a name
    or a determiner first), then the verb, right after the weapon."""
    between = ctx.text[start:end]
    words = between.split()
    return (
        1 <= len(words) <= RELATIVE_SUBJECT_WORDS
        and (words[0][:1].isupper() or words[0].lower() in {"the", "its", "their"})
        and _WORDS_ONLY.fullmatch(between) is not None
        and not any(w.isdigit() for w in words)
    )


# An aside set off by spaced dashes or by commas.
_ASIDE: Final = re.compile(r"\s[—–-]\s[^—–.]{1,60}?\s[—–-]\s|,\s[^,.]{1,60}?,\s")


def passive_after(ctx: Context, count: Count, verb: int) -> bool:
    """ "20 were shot down": only a passive auxiliary between a bare count and its verb."""
    between = ctx.text[count.end : verb]
    passive = ctx.has("interception", "passive", count.end, verb)
    return bool(between.strip()) and len(between.split()) <= 2 and passive


def passive_voice(ctx: Context, start: int, end: int) -> bool:
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


def is_direction(ctx: Context, sentence: Sentence, place: Place) -> bool:
    """Whether a place is where weapons flew to ("летевших на Москву") or a speaker's title's."""
    return ctx.remembered(("direction", *place.span), lambda: _direction(ctx, sentence, place))


def _direction(ctx: Context, sentence: Sentence, place: Place) -> bool:
    return _titled(ctx, sentence, place) or flown_to(ctx, sentence, place.span[0])


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


# Words and spaces only.
_WORDS_ONLY: Final = re.compile(r"[\s\w'’-]+")
