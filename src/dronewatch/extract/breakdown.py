"""The places of an interception count: where a count of a list stands ("64 over Bryansk Oblast",
"по 2 над Курской и Белгородской областями"), and whether it is an item of a breakdown, part of an
earlier total or a count of something else."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from functools import cache
from typing import Final

from dronewatch.extract.context import Context, Match, Sentence, flown_to
from dronewatch.extract.context import titled as _titled
from dronewatch.extract.events import counts_something_else, goes_on, out_of_count
from dronewatch.extract.numbers import Count
from dronewatch.extract.roles import NEXT_ITEM, OPENING_BRACKET, head_end, is_direction
from dronewatch.extract.segment import Segment
from dronewatch.lang import Lexicon, alternation, alternation_or_nothing
from dronewatch.model import Place

__all__ = [
    "distributive",
    "is_subset",
    "item_shape",
    "own_place",
    "places_for",
    "region_named_before",
    "right_after",
]


def _later_counts(ctx: Context, sentence: Sentence, count: Count) -> list[int]:
    """Where the counts after ``count`` in its sentence start, but for the count it is out of ("19 of 24
    drones over Odesa region": the 24 is no item of the list, the place is the 19's)."""
    of = out_of_count(ctx, count, sentence)
    return [c.start for c in sentence.counts if c.start > count.end and not c.article and c is not of]


# How far after a count "over other regions" may end.
ELSEWHERE_REACH: Final = 40


def _over_other_places(ctx: Context, sentence: Sentence, count: Count) -> bool:
    """Whether a count is over the places a list leaves unnamed ("and 43 over five other regions", "120
    над другими регионами"): [places] elsewhere in the same item, with no place before it."""
    found = ctx.find("places", "elsewhere", count.end, min(sentence.end, count.end + ELSEWHERE_REACH))
    if not found:
        return False
    start = found[0].start
    return not _ITEM_BREAK.search(ctx.text, count.end, start) and not any(
        count.end <= p.span[0] < start for p in sentence.places
    )


# What ends one item of a list: a comma, a semicolon or a line break.
_ITEM_BREAK: Final = re.compile(r"[,;\n]")


def places_for(ctx: Context, sentence: Sentence, count: Count) -> list[Place]:
    """The places a count is tied to.

    One place in its clause is the count's ("▫️ 42 – над территорией Саратовской области"). A
    distributive count ("по 2 – над территориями Владимирской, Ивановской и Орловской областей") holds
    for every place up to the next count. Where a clause names several places, each count takes the one
    between it and the next count ("два БпЛА перехвачены над Тамбовской областью и по одному сбито
    над …"), or pairs up in order when the clause lists as many counts as places.
    """
    clause = _apposed(sentence, sentence.clause_of(count.start), count)
    if _over_other_places(ctx, sentence, count):
        return []  # "… and 43 over five other regions": no place of its own
    usable = [p for p in sentence.places if not is_direction(ctx, sentence, p)]
    # "over the Bryansk (15), Kursk (11) and Oryol (6) regions": a count in brackets is its place's
    bracketed = [p for p in usable if OPENING_BRACKET.fullmatch(ctx.text, p.span[1], count.start)]
    if bracketed:
        return bracketed
    later = _later_counts(ctx, sentence, count)
    stop = min(later) if later else sentence.end
    if distributive(ctx, count):
        spread = [p for p in usable if count.end <= p.span[0] < stop]
        if spread and _STOP_MARK.search(ctx.text, count.end, spread[0].span[0]):
            spread = []  # "…— по три, над Брянской …": what follows the comma is the next item's
        for i in range(1, len(spread)):
            if NEXT_ITEM.search(ctx.text, spread[i - 1].span[1], spread[i].span[0]):
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
    places = [p for p in usable if clause.start <= p.span[0] < clause.end] or _before_where(
        ctx, usable, clause
    )
    mention = [] if places else ctx.find("places", "anaphora", clause.start, clause.end)
    if mention:
        # "15 БпЛА над Одещиною та Чорним морем: 11 – над областю, 4 – над морем": the region named before,
        # told where the clause names it again
        again = region_named_before(ctx, sentence, count)
        if again is None:
            return []
        said = mention[0]
        return [replace(again, text=said.text, span=(said.start, said.end))]
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


def _apposed(sentence: Sentence, clause: Segment, count: Count) -> Segment:
    """The clause a count belongs to: its own, or the next one when the count stands alone between
    commas ("The most, 38, were downed over the Bryansk region")."""
    clauses = sentence.clauses
    if clause.start != count.start or clause.end != count.end or clause not in clauses:
        return clause
    i = clauses.index(clause)
    return clauses[i + 1] if 0 < i < len(clauses) - 1 else clause


def _before_where(ctx: Context, places: list[Place], clause: Segment) -> list[Place]:
    """The place that closes the clause before one that opens with "where" ("followed by the Moscow
    region, where 19 drones were destroyed", "Курская область, где уничтожили 15 дронов"): the place
    of that clause's counts."""
    opening = ctx.find("places", "relative_where", clause.start, clause.end)
    if not opening or opening[0].start != clause.start:
        return []
    closing = [
        p
        for p in places
        if p.span[1] <= clause.start and _CLOSES.fullmatch(ctx.text, p.span[1], clause.start)
    ]
    return closing[-1:]


# What stands between the place that closes a clause and the next clause: a comma.
_CLOSES: Final = re.compile(r"\s*,\s*")


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


def distributive(ctx: Context, count: Count) -> bool:
    """ "по 2 над Курской и Орловской", "two each over Belgorod and Oryol": the count holds for each place."""
    data = ctx.lex.data.get("interception", {})
    before = ctx.text[max(0, count.start - 6) : count.start]
    listed = data.get("distributive") is not None
    if listed and ctx.lex.pattern("interception", "distributive").search(before):
        return True
    if data.get("distributive_after") is None:
        return False
    each = ctx.lex.pattern("interception", "distributive_after")
    # "two each over …", and past the count's weapon noun: "two UAVs each over …"
    start = count.end
    for _ in range(DISTRIBUTIVE_NOUN_WORDS + 1):
        if not ctx.text[start : start + 1].strip() and each.match(ctx.text, start + 1):
            return True
        word = _NEXT_WORD.match(ctx.text, start)
        if word is None:
            return False
        start = word.end()
    return False


# How many words (the weapon's noun) may stand between a count and "each" ("two UAVs each over …").
DISTRIBUTIVE_NOUN_WORDS: Final = 2
# The next word after a count, its spaces before it.
_NEXT_WORD: Final = re.compile(r"[ \t]+[^\W\d][\w-]*")


@cache
def _another_statement(lex: Lexicon) -> re.Pattern[str]:
    """A conjunction of ``[clauses] contrast`` or ``opening`` ("as", "while", "а"): what follows is
    another statement."""
    table = lex.data.get("clauses", {})
    words = [w for key in ("contrast", "opening") for w in table.get(key, ())]
    return re.compile(alternation_or_nothing(words), re.IGNORECASE)


def _relative_or_attribution(ctx: Context, clause: Segment) -> bool:
    """Whether a clause is a relative clause ("which borders …", "который …") or an attribution ("the
    Russian Defence Ministry in Moscow said"): its places say nothing of where the count was downed."""
    opening = ctx.text[clause.start : clause.end].lstrip(" ,;:")
    first = opening.split(maxsplit=1)[0].lower() if opening else ""
    pronouns = ctx.lex.data.get("interception", {}).get("relative_pronouns", [])
    return first in pronouns or ctx.has("sourcing", "say_verbs", clause.start, clause.end)


def _report_follows(ctx: Context, start: int, end: int) -> bool:
    """Whether a conjunction that opens another statement and a verb of saying stand in
    ``text[start:end]`` ("… as Russia says it downed"), not an aside set off by a comma ("Over Moscow,
    as the mayor said, …")."""
    conjunction = _another_statement(ctx.lex).search(ctx.text, start, end)
    return (
        conjunction is not None
        and "," not in ctx.text[start : conjunction.start()]
        and ctx.has("sourcing", "say_verbs", conjunction.end(), end)
    )


def _of_other_events(ctx: Context, clause: Segment) -> bool:
    """Whether a clause tells of something other than the attack ("flights disrupted at Moscow
    airports"): the words of ``[time] other_events``."""
    return ctx.has("time", "other_events", clause.start, clause.end)


def _hit_between(ctx: Context, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` says something hit or was damaged, or a fire or debris followed
    ("знищено 9 БпЛА та пошкоджено кілька будинків у Таганрозі"); a downing verb is no damage."""
    if any(
        ctx.has(section, key, start, end)
        for section, key in (("impact", "words"), ("consequences", "fire"), ("consequences", "debris"))
    ):
        return True
    return any(
        not ctx.has("interception", "destroyed", m.start, m.end)
        for m in ctx.find("consequences", "damage_words", start, end)
    )


def own_place(ctx: Context, sentence: Sentence, count: Count) -> Place | None:
    """The one place a claim's own count is downed over, if the sentence names exactly one.

    The places are those of the count's clause before it and all that follow it up to the clause of
    the next count ("…уничтожены 348 БПЛА над территориями Белгородской области"; "Два беспилотника,
    летевших на Москву, отражены ПВО в Раменском"). A list of places ("над территориями Белгородской, Брянской
    областей и Республики Крым") gives none; nested places ("В Балашихе в микрорайоне Кучино") give the
    first.
    """
    clause = sentence.clause_of(count.start)
    later = _later_counts(ctx, sentence, count)
    if later and _OPEN_BRACKET_END.search(ctx.text[count.end : min(later)]):
        return None  # "42 drones over the Bryansk (15), Kursk (11) … regions": the places are the items'
    stop = min(later) if later else sentence.end
    # a later clause with a count of its own is the next item ("сбили 20 дронов, над Курской — пять")
    for other in sentence.clauses:
        if other.start >= clause.end and any(other.start <= c < other.end for c in later):
            stop = min(stop, other.start)
            break
    colon = _COLON.search(ctx.text, count.end, stop)
    stop = colon.start() if colon else stop  # "уничтожено 23 БПЛА: над Калужской …" opens a list
    places = [
        p
        for p in sentence.places
        if (clause.start <= p.span[0] < count.start or count.end <= p.span[0] < stop)
        and not is_direction(ctx, sentence, p)
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
        # nor in a clause of its own about something else ("…112 drones, flights disrupted at Moscow
        # airports": [time] other_events)
        and (p.span[0] < clause.end or not _of_other_events(ctx, sentence.clause_of(p.span[0])))
        # nor in a relative clause or an attribution after it ("…, which borders Ukraine's Sumy
        # region", "…, the Russian Defence Ministry in Moscow said")
        and (p.span[0] < clause.end or not _relative_or_attribution(ctx, sentence.clause_of(p.span[0])))
        # nor in a statement of its own that a report of the count follows ("Moscow airports halt
        # flights as Russia says it downed 524 drones")
        and (p.span[0] >= count.start or not _report_follows(ctx, p.span[1], count.start))
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
            and (
                # "In Mykolaiv Oblast,", "In the Chernihiv region,": a preposition and an article at most
                (
                    len(
                        [
                            w
                            for w in ctx.text[sentence.start : p.span[0]].split()
                            if w.lower().strip(",") not in _opening_fillers(ctx.lex)
                        ]
                    )
                    <= 1
                    and _opening_gap(ctx, p.span[1], clause.start)
                )
                # "Уночі над Черкащиною працювала ППО: знищено 7 БпЛА": where the defence worked
                or _defence_worked(ctx.lex).fullmatch(ctx.text, p.span[1], clause.start) is not None
            )
            and not _titled(ctx, sentence, p)
        ]
        return opening[0] if len(opening) == 1 else None
    if ctx.has("places", "plural_unit_nouns", min(clause.start, places[0].span[0]), stop):
        return None  # "сбили 2 беспилотника в Раменском и Павлово-Посадском городских округах"
    if any(_joined_to_its_region(ctx, p) for p in places):
        return None  # "Над Києвом та областю збито 15 дронів": over the city and the region
    if _joined_to_a_country(ctx, places[0]):
        return None  # "над территорией России и Крыма уничтожены 37": over more than Crimea
    if ctx.has("interception", "most", count.end, places[0].span[0]):
        return None  # "destroyed 45 drones, most of them over the Bryansk region": not all 45 there
    before = [p for p in places if p.span[0] < count.start]
    if len(before) == 1 and not any(count.end <= p.span[0] < clause.end for p in places):
        return before[0]  # "над Ростовской областью уничтожено 30 …, на промобъекте в Каменском районе …"
    for first, second in itertools.pairwise(places):
        between = ctx.text[first.span[1] : second.span[0]]
        if first.level == "sea" and _vicinity(ctx.lex).fullmatch(between):
            continue  # "над морем в районе Любимовки": the sea, off a village
        if first.admin1 != second.admin1 or _COMMA_OR_AND.search(between):
            return None
    return places[0]


@cache
def _opening_fillers(lex: Lexicon) -> frozenset[str]:
    """Words that may stand before a sentence's opening place besides its preposition ([places]
    opening_fillers: "the", "southern", "meanwhile")."""
    return frozenset(w.lower() for w in lex.data.get("places", {}).get("opening_fillers", ["the"]))


@cache
def _vicinity(lex: Lexicon) -> re.Pattern[str]:
    """What says where on a sea ("в районе", "off"): a word of ``[places] vicinity`` with its spaces."""
    words = lex.data.get("places", {}).get("vicinity")
    body = alternation_or_nothing(words)
    # (a word or two may name the kind of place: "near the city's Kacha district", "в районе села")
    return re.compile(rf"\s+(?:{body})\s+(?:[\w'’.-]+\s+){{0,2}}", re.IGNORECASE)


def _place_after_the_list(ctx: Context, sentence: Sentence, count: Count) -> Place | None:
    """The one place after a list of counts of other weapons that goes on from ``count`` ("shot down 7
    Shaheds and 2 Kalibr missiles over the Mykolaiv region"): where every weapon of the list was downed."""
    weapon = ctx.weapon_after(count, sentence)
    if weapon is None:
        return None
    end = head_end(ctx, sentence, weapon)
    kinds = {(weapon.weapon, weapon.model)}
    for other in sentence.counts:
        if other.start < end or other.article:
            continue
        listed = ctx.weapon_after(other, sentence)
        if listed is None or not goes_on(ctx, sentence, end, other.start):
            return None
        kinds.add((listed.weapon, listed.model))
        end = head_end(ctx, sentence, listed)
    clause = sentence.clause_of(end - 1)
    after = [p for p in sentence.places if end <= p.span[0] < clause.end]
    if (
        len(kinds) < 2
        or len(after) != 1
        or len(ctx.text[end : after[0].span[0]].split()) > PLACE_AFTER_LIST_WORDS
    ):
        return None
    return None if is_direction(ctx, sentence, after[0]) else after[0]


# How many words may stand between a list of weapons and the place after it ("over the").
PLACE_AFTER_LIST_WORDS: Final = 3


@cache
def _defence_worked(lex: Lexicon) -> re.Pattern[str]:
    """A phrase of air defence at work ([interception] defence_worked) closed by a colon, a dash or a
    comma: what stands between the place it worked over and the count of what it downed."""
    words = lex.data.get("interception", {}).get("defence_worked")
    body = alternation_or_nothing(words)
    # (a word of time may stand before it: "Над Тульской областью ночью отражена атака беспилотников:")
    night = lex.data.get("time", {}).get("overnight")
    before = rf"(?:\s+{alternation(night)})?" if night else ""
    return re.compile(rf"{before},?\s+{body}(?:\s+[\w'’-]+){{0,2}}\s*[:,–—-]\s*", re.IGNORECASE)


def _opening_gap(ctx: Context, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, between a place that opens a sentence and the clause of a count, is
    a comma or a dash, with an attribution set off by commas at most ("Над Краснодарским краем, по
    данным оперштаба, уничтожены 40 беспилотников")."""
    text = ctx.text
    if _COMMA_OR_DASH.fullmatch(text, start, end):
        return True
    comma = _CLOSES.match(text[start:end])
    if comma is None or not ctx.lex.data.get("sourcing", {}).get("asides"):
        return False
    aside = ctx.lex.pattern("sourcing", "asides").match(text, start + comma.end(), end)
    return aside is not None and _ASIDE_END.fullmatch(text, aside.end(), end) is not None


def _joined_to_its_region(ctx: Context, place: Place) -> bool:
    """Whether a place is joined to its region named by a common noun right after it ("над Києвом та
    областю", "over Kyiv and the region")."""
    after = ctx.find("places", "and_region", place.span[1], place.span[1] + REGION_JOIN_REACH)
    return bool(after) and not ctx.text[place.span[1] : after[0].start].strip()


# How far after a place "and the region" may end.
REGION_JOIN_REACH: Final = 32


def _joined_to_a_country(ctx: Context, place: Place) -> bool:
    """Whether a place follows a country and a join ("России и Крыма", "РФ та окупованим Кримом")."""
    if not ctx.lex.data.get("places", {}).get("countries"):
        return False
    start = max(0, place.span[0] - COUNTRY_REACH)
    return _country_then_join(ctx.lex).search(ctx.text, start, place.span[0]) is not None


# How far before a place a country and a join may start ("Российской Федерации и временно оккупированным").
COUNTRY_REACH: Final = 64


@cache
def _country_then_join(lex: Lexicon) -> re.Pattern[str]:
    countries = alternation(lex.words("places", "countries"))
    joins = alternation(lex.words("interception", "list_joins"))
    # "РФ та окупованим Кримом": an adjective or two may stand before the place
    return re.compile(rf"{countries}\s+{joins}\s+(?:[\w'’-]+\s+){{0,2}}$", re.IGNORECASE)


def region_named_before(ctx: Context, sentence: Sentence, count: Count) -> Place | None:
    """The region a count is downed over when its clause names it again by a common noun ("a drone was
    intercepted above the region", "сбиты в небе над российским регионом"): the region of a speaker's
    title in the clause, else that of the last sentence before that names places, if it names exactly
    one."""
    clause = sentence.clause_of(count.start)
    # (not the place of the next item: "14 безпілотників над півостровом та 6 — над Чорним морем"; nor
    # where something hit after the count: "Над областю знищено 9 БпЛА та пошкоджено кілька будинків у
    # Таганрозі")
    later = _later_counts(ctx, sentence, count)
    stop = min([clause.end, *later])
    here = [
        p
        for p in sentence.places
        if clause.start <= p.span[0] < stop
        and (p.span[0] < count.end or not _hit_between(ctx, count.end, p.span[0]))
    ]
    city = ctx.find("places", "city_anaphora", clause.start, clause.end)
    if city and all(_titled(ctx, sentence, p) for p in here):
        return _city_named_before(ctx, sentence, city[0])
    if any(not _titled(ctx, sentence, p) for p in here):
        return None
    own = _speaker_s_region(ctx, sentence, clause)
    if own is not None:
        return own
    mention = ctx.find("places", "anaphora", clause.start, clause.end) or _opening_anaphora(
        ctx, sentence, clause
    )
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
        if earlier is sentence:
            # the title in an earlier clause of the sentence, before the sentences before it ("A drone
            # hit Lviv. The Volyn region governor, …, said air defenses downed five drones over the
            # region")
            titled = [p for p in sentence.places if p.span[1] <= mention[0].start and p.level == "admin1"]
            if titled:
                return titled[-1] if len({p.admin1 for p in titled}) == 1 else None
    # a town in the title, where nothing else names a place: the region it lies in ("Voronezh Governor …
    # over the region"), not a city that is a region of its own ("Kyiv Mayor": Kyiv Oblast, maybe)
    towns = [
        p
        for p in here
        if p.span[1] <= mention[0].start and p.level == "settlement" and p.admin1 and p.id not in CITY_REGIONS
    ]
    return towns[-1] if len({p.admin1 for p in towns}) == 1 else None


def _opening_anaphora(ctx: Context, sentence: Sentence, clause: Segment) -> list[Match]:
    """The region named again in a clause of its own that opens the sentence before the count's ("Over
    the region, 6 missiles and 9 UAVs were shot down", "Над областю, за даними ОВА, збито …")."""
    first = sentence.clauses[0]
    if first.start == clause.start or first.end > clause.start:
        return []
    found = ctx.find("places", "anaphora", first.start, first.end)
    return found if found and len(ctx.text[first.start : found[0].start].split()) <= 1 else []


def _speaker_s_region(ctx: Context, sentence: Sentence, clause: Segment) -> Place | None:
    """The region "his region" names ("губернатор Смоленской области …, который утверждает, что над его
    областью сбиты семь беспилотников"): the region of the last speaker's title before it, in this
    sentence or an earlier one."""
    mention = ctx.find("places", "own_region", clause.start, clause.end)
    if not mention:
        return None
    for earlier in reversed(ctx.sentences[: sentence.index + 1]):
        titles = [
            p
            for p in earlier.places
            if p.span[1] <= mention[0].start and p.admin1 and _titled(ctx, earlier, p)
        ]
        if titles:
            # "Kursk Governor": the city names the region its governor heads
            return titles[-1]
    return None


def _city_named_before(ctx: Context, sentence: Sentence, mention: Match) -> Place | None:
    """The city "over the city" names: the one city (a town, or a city that is a region of its own) of
    this sentence or of the last one before it that names places, even in a speaker's title ("Sevastopol
    governor … said air defenses had shot down 18 drones over the city"; "Drones attacked Kursk. The
    governor spoke on Telegram. Nine drones were shot down over the city."); none for drones heading
    toward it."""
    if flown_to(ctx, sentence, mention.start):
        return None
    for earlier in (sentence, *reversed(ctx.sentences[: sentence.index])):
        named = [p for p in earlier.places if p.span[1] <= mention.start]
        towns = [p for p in named if p.level == "settlement" or p.id in CITY_REGIONS]
        if towns:
            return towns[-1] if len({p.id for p in towns}) == 1 else None
        if named and earlier is not sentence:
            return None  # the last sentence that names places names no city
    return None


# Cities that are regions of their own.
CITY_REGIONS: Final = frozenset({"RU-MOW", "RU-SPE", "UA-30", "UA-40"})


@cache
def _area_words(lex: Lexicon) -> frozenset[str]:
    """Words for the area a place names ("waters", "акваторією"), in lower case."""
    return frozenset(w.lower() for w in lex.data.get("interception", {}).get("area_words", []))


def item_shape(ctx: Context, sentence: Sentence, count: Count, place: Place, *, later: bool = False) -> bool:
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
        if _DASH_OR_COLON.search(between) or ctx.has(
            "interception", "destroyed", sentence.start, sentence.end
        ):
            return True
        return not ctx.has("impact", "words", clause.start, clause.end)
    if place.span[0] >= count.end:
        between = ctx.text[count.end : place.span[0]]
        if counts_something_else(ctx, count, place.span[0]):
            return False
        if _DASH_OR_COLON.search(between):
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
    # ("Брянская обл. — 17": the region's noun abbreviated goes with its name)
    between = _ABBREVIATED_UNIT.sub("", ctx.text[place.span[1] : count.start], count=1)
    if counts_something_else(ctx, count, clause.end):
        # "у Бердичівському районі пошкоджено два будинки", "По селу … выпущено 12 миномётных снарядов,
        # …, два из них сбиты" (the verb of another clause downs no shells)
        return False
    return len(between.split()) <= 3 and not _STOP.search(between)


# A region's noun abbreviated right after its name ("Брянская обл.", "Сумська обл.").
_ABBREVIATED_UNIT: Final = re.compile(r"^\s*обл\.")


def is_subset(ctx: Context, sentence: Sentence, count: Count) -> bool:
    """Whether the words around a count make it part of an earlier total ("64 of these drones")."""
    clause = sentence.clause_of(count.start)
    lo = max(sentence.start, clause.start - 20)
    return ctx.has("interception", "partial", lo, min(clause.end, count.end + 20))


def right_after(ctx: Context, key: str, count: Count) -> bool:
    """Whether a phrase of ``[interception] key`` follows the count at once ("ten of them")."""
    found = ctx.find("interception", key, count.end, count.end + 16)
    return bool(found) and not ctx.text[count.end : found[0].start].strip()


# Marks the breakdown rules look for between a count and a place (compiled once: a pattern written in
# the call would go through the re module's cache at every call).
_STOP_MARK: Final = re.compile(r"[,;.]")
_STOP: Final = re.compile(r"[.;]")
_OPEN_BRACKET_END: Final = re.compile(r"\(\s*$")
_COLON: Final = re.compile(r"[:;]")
_COMMA_OR_AND: Final = re.compile(r",|\b(?:и|і|та|and|or|или|чи)\b")
_COMMA_OR_DASH: Final = re.compile(r"\s*[,–—-]\s*")
_ASIDE_END: Final = re.compile(r"[^,.;:]{0,60},\s*")
_DASH_OR_COLON: Final = re.compile(r"[–—:-]")
