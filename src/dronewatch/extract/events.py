"""The interception events of a sentence: each weapon count with the role its verb gives it, its
quantity and model; counts told without their noun ("ещё один", "ten of them"), subsets and "out of"
figures; and the window of the attack a sentence tells."""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import datetime
from functools import cache
from typing import Final
from zoneinfo import ZoneInfo

from dronewatch.extract.context import Context, Match, Sentence, WeaponMention
from dronewatch.extract.draft import MODEL_KINDS
from dronewatch.extract.numbers import Count
from dronewatch.extract.roles import (
    ATTEMPT_REACH,
    OWN_OBJECT_WORDS,
    PARTICIPLE_REACH,
    Event,
    head_end,
    hit_after,
    launch_phrases,
    list_joins,
    verb_role,
)
from dronewatch.extract.times import LOCAL_ZONES, TimeMention, find_times, local_zone
from dronewatch.lang import Lexicon, alternation
from dronewatch.model import Place, Quantity, Time

__all__ = [
    "ROUNDING",
    "all_of",
    "attack_times",
    "counts_something_else",
    "goes_on",
    "kind_of",
    "model_of",
    "new_item",
    "one_more_downed",
    "out_of_count",
    "phrase_just_before",
    "quantity_of",
    "same_count",
    "sentence_events",
    "window_of",
]

# Words between "17" and "из 22" / "out of 35": the launched count of a destroyed count.
OUT_OF_GAP: Final = 4


# A tally phrase ending right before a count starts at most this many characters before it ("bringing
# the total number for the day to 12").
TALLY_REACH: Final = 60


def counts_something_else(ctx: Context, count: Count, end: int) -> bool:
    """Whether a word of its own follows a count that names no weapon ("два будинки", "one private
    business"): it counts something else. "over", "more", a passive auxiliary or a downing verb before
    ``end`` may follow ("семь было сбито в небе над …")."""
    after = ctx.text[count.end : end]
    first = _FIRST_WORD.match(after)
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


def attack_times(ctx: Context, sentence: Sentence) -> list[TimeMention]:
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
    times = attack_times(ctx, sentence)
    windows = [t.time for t in times if t.window] or [t.time for t in times]
    if not windows:
        return None
    window = windows[0]
    if window.start is None and window.utc_offset is None and ctx.published_at is not None:
        zone = _local_zone(ctx, sentence, ctx.published_at)
        if zone is not None:
            start, end = window.span
            places = local_zone(p.admin1 for p in sentence.places) or local_zone(
                p.admin1 for s in ctx.sentences for p in s.places
            )
            local = find_times(
                ctx.text, ctx.lex, ctx.published_at, default_zone=zone, local=places, start=start, end=end
            )
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
MODEL_REACH: Final = 24


def model_of(ctx: Context, sentence: Sentence, count: Count, weapon: WeaponMention) -> str | None:
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


MISSILE_KINDS: Final = ("cruise", "ballistic")


def kind_of(ctx: Context, count: Count, weapon: WeaponMention, model: str | None) -> str | None:
    """ "cruise" or "ballistic" for a count of missiles whose model or words say which ("9 cruise
    missiles", "55 балістичними ракетами", "Kh-101"), else None."""
    if model is not None:
        return MODEL_KINDS.get(model)
    if weapon.weapon != "missile" or weapon.end <= count.end:
        return None
    for kind in MISSILE_KINDS:
        if ctx.has("interception", kind, count.end, weapon.end):
            return kind
    return None


def quantity_of(ctx: Context, count: Count, weapon: WeaponMention) -> Quantity:
    if count.article:
        # "a drone" is the evidence of a count of one, not the bare article
        return Quantity(1, "exact", ctx.text[count.start : weapon.end], (count.start, weapon.end))
    return count.quantity()


def _mixed(ctx: Context, sentence: Sentence, weapon: WeaponMention) -> WeaponMention:
    """A count's weapon noun joined to plural nouns of other classes with no count of their own ("449
    drones and missiles"): a total of several classes, as "449 air attack assets" is, whose parts by type
    may follow ("including 19 ballistic missiles and 430 drones"). English only, where the plural is
    plain ("і керованою ракетою" is one missile of its own)."""
    if ctx.lex.lang != "en":
        return weapon
    end = head_end(ctx, sentence, weapon)
    joins = list_joins(ctx.lex)
    for other in sentence.weapons:
        if not (weapon.end <= other.start and other.end <= end) or other.weapon == weapon.weapon:
            continue
        # joined by a conjunction ("drones and missiles"), not a model's name ("ракет HIMARS") nor one
        # weapon of its own ("дроном … та керованою ракетою Х-59/69": one missile, counted apart)
        gap = ctx.text[weapon.end : other.start].lower().split()
        plural = ctx.text[other.start : other.end].lower().endswith("s")
        if plural and any(word in joins for word in gap):
            return WeaponMention("unknown", None, weapon.start, end, False)
    return weapon


def sentence_events(ctx: Context, sentence: Sentence) -> list[Event]:
    events: list[Event] = []
    launched: set[int] = set()
    unsaid: list[tuple[Count, WeaponMention]] = []
    for count in sentence.counts:
        if count.start in launched:
            continue
        if ctx.has("interception", "retracted", sentence.start, count.start):
            continue  # "An earlier version of this article stated that 21 drones were shot down"
        weapon = ctx.weapon_after(count, sentence)
        of = out_of_count(ctx, count, sentence)
        if of is not None and (outer := ctx.weapon_after(of, sentence)) is not None:
            weapon = outer  # "34 out of 35 Russian drones": the drones are what the 34 counts
            launched.add(of.start)
        if weapon is None or hit_after(ctx, weapon, sentence.end):
            continue  # (…, and 26 drones hit eight locations": these hit, whatever the sentence downed)
        weapon = _mixed(ctx, sentence, weapon)
        if _left_airspace(ctx, sentence, count, weapon):
            continue  # "2 БпЛА залишили повітряний простір України": neither downed nor jammed
        role = (
            verb_role(ctx, sentence, count, weapon)
            or _listed_after(ctx, sentence, events, count)
            or _launched_by_type(ctx, events, count, weapon)
        )
        if role is not None:
            events.append(Event(count, weapon, role))
        elif not count.article:
            unsaid.append((count, weapon))
    # "2 missiles and 33 Shahed drones were shot down": the first of a list takes the verb of the next
    for count, weapon in unsaid:
        following = next((e for e in events if e.count.start > weapon.end), None)
        if following is not None and goes_on(ctx, sentence, weapon.end, following.count.start):
            events.append(Event(count, weapon, following.role))
    events.sort(key=lambda e: e.count.start)
    events += _subset_events(ctx, sentence, events)
    events += _more_events(ctx, sentence, events)
    events += _tally_events(ctx, sentence, events)
    events += _total_events(ctx, sentence, events)
    events += _fielded_events(ctx, sentence, events)
    events = _without_summed_totals(ctx, events + _implicit_singulars(ctx, sentence, events))
    return [_named_by_the_list_before(sentence, e) for e in events]


def _fielded_events(ctx: Context, sentence: Sentence, events: list[Event]) -> list[Event]:
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
                found.append(Event(count, weapon, role))
                break
    return found if len(found) > 1 else []


# After a weapon's noun phrase, what opens a line of fields: a colon or a dash.
_FIELD_OPENER: Final = re.compile(r"\s*(?::|[—–-]\s)")


def _named_by_the_list_before(sentence: Sentence, event: Event) -> Event:
    """A total of unnamed weapons after a list of one class ("атакував ударними БпЛА типу «Шахед» та
    дронами-імітаторами — всього 97 засобів повітряного нападу") counts weapons of that class; a
    weapon the spec has no class for, named by its own noun ("4 безэкипажных катера"), stays apart."""
    if event.weapon.weapon != "unknown" or event.weapon.model is not None:
        return event
    classes = {w.weapon for w in sentence.weapons if w.end <= event.count.start and w.weapon != "unknown"}
    if len(classes) != 1:
        return event
    weapon = replace(event.weapon, weapon=classes.pop(), model=None)
    return replace(event, weapon=weapon)


def _total_events(ctx: Context, sentence: Sentence, events: list[Event]) -> list[Event]:
    """ "…сбиты еще 3 беспилотника. Всего с начала суток — 26", "Всего за день их было 17": a total of
    the weapon downed in the sentence before, told without its noun (a new total over a wider window
    is a claim of its own; one that repeats a figure is folded into it)."""
    if events or not sentence.index:
        return []
    previous = ctx.sentences[sentence.index - 1]
    if not previous.weapons or not ctx.has("interception", "destroyed", previous.start, previous.end):
        return []
    if sentence.weapons:
        # "Всего за ночь — уже 32 БПЛА": the total may name the weapon again, with no verb of its own
        return _named_total(ctx, sentence, previous)
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
            and not counts_something_else(ctx, count, sentence.end)
        ):
            found.append(Event(count, previous.weapons[-1], "destroyed"))
    return found[:1]


def _named_total(ctx: Context, sentence: Sentence, previous: Sentence) -> list[Event]:
    """ "…уничтожены ещё 6 беспилотников. Всего за ночь — уже 32 БПЛА": a total that names the weapon
    of the sentence before, after a word of completeness and with no verb: what was downed in all."""
    if any(
        ctx.has("interception", role, sentence.start, sentence.end) for role in ("launched", "suppressed")
    ):
        return []
    for count in sentence.counts:
        weapon = ctx.weapon_after(count, sentence)
        if (
            weapon is not None
            and weapon.weapon == previous.weapons[-1].weapon
            and count.value > 1
            and ctx.has("interception", "complete", sentence.start, count.start)
        ):
            return [Event(count, weapon, "destroyed")]
    return []


def _parts_included(ctx: Context, total: Event, typed: list[Event]) -> bool:
    """Whether the typed counts after a total of unnamed weapons are its parts, after "including", adding
    up to it ("downed 495 targets in total, including 447 drones and 48 missiles")."""
    included = ctx.find("interception", "partial", total.weapon.end, typed[0].count.start)
    return bool(included) and sum(e.count.value for e in typed) == total.count.value


def _without_summed_totals(ctx: Context, events: list[Event]) -> list[Event]:
    """Drop a total that a list after a colon or a dash then gives by type: of unnamed weapons ("502
    повітряні цілі: 476 дронів і 26 ракет"), or of one class whose types add up to it ("13 ракетами —
    девятью крылатыми «Искандер-К» и четырьмя баллистическими «Искандер-М»"). The typed counts are the
    claims, the total is only their sum."""
    kept = []
    for event in events:
        after = ctx.text[event.weapon.end : event.weapon.end + 4].lstrip()
        if event.weapon.weapon == "unknown":
            typed = [
                e
                for e in events
                if e.role == event.role and e.weapon.weapon != "unknown" and e.count.start > event.weapon.end
            ]
            if typed and (after.startswith(":") or _parts_included(ctx, event, typed)):
                continue
        elif _PARTS_OPENER.match(ctx.text, event.weapon.end, event.weapon.end + 4) and _split_by_type(
            ctx, event, events
        ):
            continue
        kept.append(event)
    return kept


def _split_by_type(ctx: Context, total: Event, events: list[Event]) -> bool:
    """Whether the counts right after ``total``, of its role and class, each of another type (another
    noun or adjective), add up to it: the parts of a total split by type, not items of a breakdown."""
    later = sorted((e for e in events if e.count.start > total.weapon.end), key=lambda e: e.count.start)
    parts: list[Event] = []
    for event in later:
        if event.role != total.role or event.weapon.weapon != total.weapon.weapon:
            break
        parts.append(event)
        if sum(p.count.value for p in parts) >= total.count.value:
            break
    kinds = {ctx.text[p.weapon.start : p.weapon.end].lower() for p in parts}
    return (
        len(parts) > 1 and len(kinds) == len(parts) and sum(p.count.value for p in parts) == total.count.value
    )


def _bare_counts(ctx: Context, sentence: Sentence, events: list[Event]) -> Iterator[Count]:
    """The counts of ``sentence`` that no event has taken and that name no weapon of their own ("шесть
    из них", "достигло 32", "Ещё один"), which the rules below may still tie to a weapon named before."""
    taken = {e.count.start for e in events}
    for count in sentence.counts:
        if count.start not in taken and not count.article and ctx.weapon_after(count, sentence) is None:
            yield count


def _tally_events(ctx: Context, sentence: Sentence, events: list[Event]) -> list[Event]:
    """ "количество беспилотников, сбитых на подлете к Москве, достигло 32": the number of downed
    weapons said to have reached a count."""
    found = []
    for count in _bare_counts(ctx, sentence, events):
        lo = max(sentence.start, count.start - TALLY_REACH)
        tallies = ctx.find("interception", "tally", lo, count.number_start)
        if not tallies or ctx.text[tallies[-1].end : count.number_start].strip():
            continue
        if tallies[-1].end > count.start:
            # "выросло до 12": the tally's "до" is no bound of the count
            number = ctx.text[count.number_start : count.end]
            count = Count(
                count.value, "exact", count.number_start, count.end, number, number_start=count.number_start
            )
        weapons = [w for w in sentence.weapons if w.end <= tallies[-1].start]
        if weapons and ctx.has("interception", "destroyed", weapons[0].end, tallies[-1].start):
            found.append(Event(count, weapons[0], "destroyed"))
        elif not weapons and ctx.has("interception", "destroyed", sentence.start, tallies[-1].start):
            # "UPD: число сбитых выросло до 12": of the weapon named last before
            named = next(
                (s.weapons[-1] for s in reversed(ctx.sentences[: sentence.index]) if s.weapons), None
            )
            if named is not None:
                found.append(Event(count, named, "destroyed"))
    return found


# How far the words of one list item may run past its weapon noun to the next count: a model, a type and
# an origin ("5 Iskander-M/KN-23 ballistic missiles from the Kursk and Voronezh regions, 4 Kh-59/69 …");
# calibrated on the Ukrainian Air Force's launch lists.
LIST_ITEM_REACH: Final = 80


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
_ROLES: Final = ("destroyed", "launched", "suppressed", "hits")


def goes_on(ctx: Context, sentence: Sentence, start: int, end: int) -> bool:
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
    # a verb in the name of a launcher is none ("two rockets of a multiple launch rocket system and 211"),
    # nor a launch participle right after the item's noun, which says what they were ("all six missiles
    # launched overnight, as well as 23 of 30 drones")
    launchers = launch_phrases(ctx, start, end)
    return not any(
        not any(n.start <= m.start < n.end for n in launchers)
        and not (role == "launched" and not text[start : m.start].strip(" ,"))
        for role in _ROLES
        for m in ctx.find("interception", role, start, end)
    )


def _left_airspace(ctx: Context, sentence: Sentence, count: Count, weapon: WeaponMention) -> bool:
    """Whether the clause of a weapon count says the weapons left the airspace ([interception]
    left_airspace) after their noun."""
    if not ctx.has("interception", "left_airspace", weapon.end, sentence.end):
        return False  # (most sentences: their clauses are not worked out for this)
    clause = sentence.clause_of(count.start)
    return ctx.has("interception", "left_airspace", weapon.end, clause.end)


def _listed_after(ctx: Context, sentence: Sentence, events: list[Event], count: Count) -> str | None:
    """ "сбили две крылатые ракеты, шесть снарядов HIMARS и 67 беспилотников": a weapon count listed
    right after another keeps its verb, however long the list."""
    if not events:
        return None
    end = head_end(ctx, sentence, events[-1].weapon)
    # past a clause of what became of some of the item before ("11 missiles, of which eight were
    # intercepted, and 85 drones")
    subset = _subset_clause(ctx.lex).match(ctx.text, end, count.start)
    lead = subset.end("lead") if subset is not None else end
    if subset is not None and not any(end <= c.start < lead for c in sentence.counts if not c.article):
        end = subset.end()
    if goes_on(ctx, sentence, end, count.start) or _PARTS_OPENER.fullmatch(ctx.text, end, count.start):
        # (or its parts by type after a dash: "13 ракетами — девятью крылатыми … и четырьмя …")
        return events[-1].role
    return None


@cache
def _subset_clause(lex: Lexicon) -> re.Pattern[str]:
    """A clause set off by a comma that a subset opens ("…, of which eight were intercepted", "…, з яких
    вісім збито"), up to the comma that ends it; past what the item's phrase goes on with before it
    ("11 missiles launched from the Belgorod Oblast airspace, of which eight were intercepted")."""
    partial = alternation(lex.words("interception", "partial"))
    return re.compile(rf"(?P<lead>[^,;:.]*),\s*{partial}[^,;:.]*(?=,)", re.IGNORECASE)


# Between a total and the first of its parts by type: a colon or a dash.
_PARTS_OPENER: Final = re.compile(r"\s*(?::|[—–-])\s*")


def _launched_by_type(ctx: Context, events: list[Event], count: Count, weapon: WeaponMention) -> str | None:
    """ "attacked Ukraine with 537 air attack assets, including 477 drones and decoys and 60 missiles",
    "downed 495 targets in total, including 447 drones and 48 missiles": a count of one class of weapon
    right after "including" a total of every class takes the total's role."""
    if (
        not events
        or events[-1].role not in ("launched", "destroyed")
        or events[-1].weapon.weapon != "unknown"
    ):
        return None
    if weapon.weapon == "unknown":
        return None
    between = ctx.find("interception", "partial", events[-1].weapon.end, count.start)
    if not between or ctx.text[between[-1].end : count.start].strip():
        return None
    return events[-1].role


def _implicit_singulars(ctx: Context, sentence: Sentence, events: list[Event]) -> list[Event]:
    """One weapon where no number is said: a singular noun with a downing verb ("збили ворожий
    безпілотник"), or a noun of one form for both numbers with a singular participle ("сбит БПЛА")."""
    if "singular" not in ctx.lex.data.get("interception", {}):
        return []
    found: list[Event] = []
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
        debris = ctx.find("consequences", "debris", max(sentence.start, weapon.start - 24), weapon.start)
        if debris and len(ctx.text[debris[-1].end : weapon.start].split()) <= 1:
            continue  # "обломки беспилотника упали": what the debris was of, no downing
        before = sorted(
            (e for e in [*events, *found] if e.weapon.end <= weapon.start), key=lambda e: e.weapon.start
        )
        if (
            before
            and before[-1].role in ("launched", "destroyed")
            and _joined_noun(ctx, before[-1].weapon, weapon)
        ):
            # "застосував 45 ударних БпЛА та керовану авіаційну ракету Х-59/69": one missile launched;
            # "сбиты ракета «Нептун», управляемая авиабомба «Хаммер» и …": the next item of what was downed
            count = Count(1, "exact", weapon.start, weapon.end, ctx.text[weapon.start : weapon.end])
            found.append(Event(count, weapon, before[-1].role))
            continue
        noun = ctx.text[weapon.start : weapon.end].lower()
        key = "singular" if noun in invariant and not _singular_adjective(ctx, weapon) else "destroyed"
        count = Count(1, "exact", weapon.start, weapon.end, ctx.text[weapon.start : weapon.end])
        if any(
            not _attributive(ctx, m, weapon) for m in ctx.find("interception", key, clause.start, clause.end)
        ):
            found.append(Event(count, weapon, "destroyed"))
        elif noun not in invariant and _launched_one(ctx, sentence, clause.start, count, weapon):
            found.append(Event(count, weapon, "launched"))
    return found


# How many words a launch verb may stand before the one weapon it launched ("запустили по Україні
# крилату ракету").
LAUNCH_VERB_GAP: Final = 4


def _launched_one(ctx: Context, sentence: Sentence, start: int, count: Count, weapon: WeaponMention) -> bool:
    """Whether a launch verb (not a noun for the attack: "атака БПЛА") stands a few words before a
    singular weapon noun in its clause ("Росіяни запустили по Україні крилату ракету Х-22", "атакував
    Одещину ударним дроном"): one weapon launched — not one that hit a target ("атакували дроном
    автомобіль"), nor the weapon a verb's subject tried with ("пытались атаковать")."""
    verbs = [
        v
        for v in ctx.find("interception", "launched", start, weapon.start)
        if not ctx.has("interception", "attack_nouns", v.start, v.end)
        and len(ctx.text[v.end : weapon.start].split()) <= LAUNCH_VERB_GAP
        and not ctx.has("interception", "attempt", max(start, v.start - ATTEMPT_REACH), v.start)
    ]
    return bool(verbs) and verb_role(ctx, sentence, count, weapon) == "launched"


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
    # the first noun's type name in quotes may stand before the join ("45 ударних БпЛА «Шахед» та …"),
    # and a relative clause about it ("14 безпілотників, які були запущені з півдня, а також ракету")
    quoted = r"(?:\s*[«\"“][^»\"”]{1,30}[»\"”])?"
    pronouns = lex.data.get("interception", {}).get("relative_pronouns")
    aside = rf"(?:\s*,\s*{alternation(pronouns)}[^,.;:!?\n]{{1,80}})?" if pronouns else ""
    # (the second noun may open a quote: "42 дрони та «Кинджал»")
    return re.compile(
        rf"{quoted}{aside}\s*(?:,\s*|,?\s+{joins}\s+)(?:[\w'’-]+\s+){{0,3}}[«\"“]?", re.IGNORECASE
    )


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
ROUNDING: Final = 0.1


# A headline's lower bound ("over 100 drones", "понад сотню") rounds down further: "112" is over 100.
ROUNDING_DOWN: Final = 0.2


def same_count(earlier: Quantity, count: Count) -> bool:
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


def out_of_count(ctx: Context, first: Count, sentence: Sentence) -> Count | None:
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
_QUOTES_AND_SPACE: Final = " \t\n«»\"“”„'’"


# What may follow the launched count of "55 drones out of 79": the end of a phrase, or a verb of launch.
_PHRASE_END: Final = re.compile(r"\s*(?:[,.;:)]|$)")


def _out_of_after_noun(ctx: Context, sentence: Sentence, first: Count, count: Count) -> bool:
    """ "знешкодили 55 ворожих ударних дронів із 79, які запустила Росія", "downed 55 drones out of 79
    launched": the launched count right after the weapon noun of the destroyed one, with nothing of its
    own after it but the end of the phrase, a verb of launch, the same weapon noun or "overnight"."""
    weapon = ctx.weapon_after(first, sentence)
    if weapon is None or weapon.end > count.start:
        return False
    between = ctx.text[weapon.end : count.start].strip(_QUOTES_AND_SPACE)
    if ctx.lex.pattern("interception", "out_of").fullmatch(between) is None:
        return False
    again = ctx.weapon_after(count, sentence)
    night = ctx.find("time", "overnight", count.end, min(sentence.end, count.end + 24))
    return (
        (again is not None and again.weapon == weapon.weapon)
        or _PHRASE_END.match(ctx.text, count.end) is not None
        or ctx.has("interception", "launched", count.end, min(sentence.end, count.end + 12))
        # "shot down 60 drones out of 80 overnight"
        or (bool(night) and not ctx.text[count.end : night[0].start].strip())
    )


def all_of(ctx: Context, event: Event) -> bool:
    """ "all 29 drones", "усі 14 шахедів", "обидві ракети": everything launched was downed."""
    before = ctx.text[max(0, event.count.start - 12) : event.count.start]
    every = ctx.lex.pattern("interception", "all")
    return every.search(before) is not None or every.fullmatch(event.count.text) is not None


def _subset_events(ctx: Context, sentence: Sentence, events: list[Event]) -> list[Event]:
    """A count of "them" with a verb of its own counts the weapon named before it: "о новых сбитых
    дронах, шесть из них, как утверждается, сбиты над Калугой", "attacked with 82 drones, of which 61
    were shot down and 14 were lost to electronic warfare", "з них 14 локаційно втрачені".

    The count stands right after or right before a subset word ("шесть из них", "of which 61"), or
    right after such a count's verb and a conjunction ("… and 14 were lost"); its role is that of
    the nearest verb after it.
    """
    found: list[Event] = []
    partial = ctx.lex.pattern("interception", "partial")
    for count in _bare_counts(ctx, sentence, events):
        after = ctx.text[count.end : count.end + 20]
        lo = max(sentence.start, count.start - 24)
        subset = partial.match(after.lstrip()) is not None or (
            phrase_just_before(ctx, "partial", lo, count.start, gap=" ,") is not None
        )
        if subset or (found and _continues_subset(ctx, found[-1], count)):
            # "Of these, 61 …" may open the sentence after the one naming the weapons.
            previous = ctx.sentences[sentence.index - 1].weapons if sentence.index else ()
            # the weapons counted before it, not a launcher named after them ("fired 40 Kh-101 missiles from
            # Tu-95MS bombers; 35 of them were shot down": the missiles)
            counted = [e.weapon for e in events if e.weapon.end <= count.start]
            weapons = counted or [w for w in sentence.weapons if w.end <= count.start] or list(previous)
            role = _subset_role(ctx, sentence, count)
            if weapons and role is not None:
                found.append(Event(count, weapons[-1], role))
    return found


def phrase_just_before(
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
            if len(between.split()) <= OWN_OBJECT_WORDS and not new_item(ctx, between):
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


def new_item(ctx: Context, stretch: str) -> bool:
    """Whether a stretch of text ends in a comma or a conjunction of ``[clauses]`` ("and", "while",
    "а"): what follows it is a new item of a list."""
    return _item_break(ctx.lex).search(stretch) is not None


def one_more_downed(ctx: Context, sentence: Sentence, count: Count) -> bool:
    """Whether a count is told as more than those before: "ещё один", "another drone", "two more drones"."""
    if ctx.has("interception", "more", max(sentence.start, count.start - 8), count.end):
        return True
    following = ctx.find("interception", "more", count.end, min(sentence.end, count.end + 12))
    return bool(following) and not ctx.text[count.end : following[0].start].strip()


def _continues_subset(ctx: Context, previous: Event, count: Count) -> bool:
    """ "61 were shot down and 14 were lost": a count right after the last subset count's verb."""
    between = ctx.text[previous.count.end : count.start]
    return len(between) <= PARTICIPLE_REACH and new_item(ctx, between)


def _more_events(ctx: Context, sentence: Sentence, events: list[Event]) -> list[Event]:
    """ "UPD. Ещё один сбили в районе Павлово-Посадского округа": one more of the weapon named before,
    told without its noun."""
    found = []
    for count in _bare_counts(ctx, sentence, events):
        if not one_more_downed(ctx, sentence, count):
            continue  # ("ещё один", "one more", "two more")
        clause = sentence.clause_of(count.start)
        # "and another 128 were "lost"": a suppressing verb right after the count is its own, and the
        # count completes the claim before it (``interceptions``)
        lost = ctx.find("interception", "suppressed", count.end, clause.end)
        if lost and len(ctx.text[count.end : lost[0].start].split()) <= 2:
            continue
        if not ctx.has("interception", "destroyed", clause.start, clause.end):
            continue
        named = [w for s in ctx.sentences[: sentence.index + 1] for w in s.weapons if w.end <= count.start]
        if named:
            found.append(Event(count, named[-1], "destroyed"))
    return found


# The first word of a stretch, past its spaces (group 1).
_FIRST_WORD: Final = re.compile(r"\s*([^\W\d_][\w'’ʼ-]*)")
