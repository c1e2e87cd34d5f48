"""Impact claims: where something hit or fell, how many sites, when, what followed, who was hurt."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Final

from dronewatch.extract.casualties import count_casualties, tally_of_many_attacks
from dronewatch.extract.context import Context, Match, Sentence, flown_to, own_line, running_total
from dronewatch.extract.context import titled as _titled
from dronewatch.extract.numbers import Count
from dronewatch.extract.segment import BULLETS, Segment
from dronewatch.extract.times import date_in, names_a_day
from dronewatch.gazetteer import city_of
from dronewatch.lang import Lexicon, alternation, alternation_or_nothing
from dronewatch.model import Consequence, ConsequenceKind, Place, Quantity, Time, Weapon

__all__ = ["ImpactDraft", "find_impacts"]

CONSEQUENCE_ORDER: Final[tuple[ConsequenceKind, ...]] = (
    "fire",
    "evacuation",
    "power_outage",
    "transport_disruption",
    "damage_industrial",
    "damage_infrastructure",
    "damage_residential",
    "debris",
)


# A sentence that only continues the story ("the attack commenced around 00:45") belongs to the impact
# under way when it comes within this many sentences of the last one that added to it; calibrated on
# news articles that tell one attack over a few paragraphs.
MAX_CONTEXT_DISTANCE: Final = 3
# A sentence of fewer words is a fragment that tells no story ("VORONEZH, October 11.", "/TASS/."): it
# adds nothing to the distance; calibrated on agency datelines, which run to three words.
FRAGMENT_WORDS: Final = 4


def _story_distance(ctx: Context, last: int, index: int) -> int:
    """How many sentences after sentence ``last`` sentence ``index`` is, not counting fragments (a
    dateline, an agency's name)."""
    return sum(
        1
        for s in ctx.sentences[last + 1 : index + 1]
        if len(ctx.text[s.start : s.end].split()) >= FRAGMENT_WORDS
    )


DAMAGE_KINDS: Final = frozenset({"damage_industrial", "damage_infrastructure", "damage_residential"})


@dataclass
class ImpactDraft:
    """An impact claim being assembled, with the sentences it owns.

    ``start``/``end`` are the sentence that first states the impact: the claim's evidence. Later
    sentences that add sites, times, consequences or casualties carry their own evidence spans.
    """

    sentence: int
    start: int
    end: int
    places: list[Place] = field(default_factory=list)
    weapon: Weapon = "unknown"
    sites: Quantity | None = None
    time: Time | None = None
    consequences: list[Consequence] = field(default_factory=list)
    killed: Quantity | None = None
    injured: Quantity | None = None
    sentences: set[int] = field(default_factory=set)
    # a word of damage, debris, fire or casualties was said, not only of an attack
    damage: bool = False

    def __init__(
        self,
        sentence: int,
        start: int,
        end: int,
        places: list[Place] | None = None,
        weapon: Weapon = "unknown",
        sites: Quantity | None = None,
        time: Time | None = None,
        consequences: list[Consequence] | None = None,
        killed: Quantity | None = None,
        injured: Quantity | None = None,
        sentences: set[int] | None = None,
        damage: bool = False,
    ) -> None:
        # (written out: the compiled build runs this one as C, see ``dronewatch.compiled``)
        self.sentence = sentence
        self.start = start
        self.end = end
        self.places = [] if places is None else places
        self.weapon = weapon
        self.sites = sites
        self.time = time
        self.consequences = [] if consequences is None else consequences
        self.killed = killed
        self.injured = injured
        self.sentences = set() if sentences is None else sentences
        self.damage = damage

    def admin1s(self) -> set[str]:
        return {p.admin1 or p.id or "" for p in self.places} - {""}

    def add_places(self, places: Iterable[Place]) -> None:
        """Add the places the impact does not name yet, in order."""
        for place in places:
            if place.id not in {p.id for p in self.places}:
                self.places.append(place)


def _regions(places: Iterable[Place]) -> set[str | None]:
    """The regions of places: each one's admin1, or its own id where it has none (a sea, a region)."""
    return {p.admin1 or p.id for p in places}


# How far before a count of houses the words saying something fell on them may stand ("упали на
# территорию четырех домовладений").
FALL_REACH: Final = 30


# How far before a place the words that make it a destination ("эвакуировать в", "доставляет его в
# городскую больницу № 2") may stand.
DESTINATION_REACH: Final = 60


# A word that denies or forestalls an impact ("an attempted attack", "попытка атаки") stands at most
# this many characters before the impact word it cancels.
NEGATOR_REACH: Final = 40


def _impact_words(ctx: Context, sentence: Sentence) -> list[Match]:
    """Impact words that say something hit: not part of a weapon name ("attack drones"), not denied
    ("no damage", "пострадавших и разрушений нет"), not a question left open ("інформації про
    постраждалих не надходило") and not forestalled ("an attempted attack")."""
    return ctx.remembered(
        ("impact words", sentence.start, sentence.end), lambda: _find_impact_words(ctx, sentence)
    )


def _find_impact_words(ctx: Context, sentence: Sentence) -> list[Match]:
    denied = [
        m
        for key in ("no_casualties", "no_killed", "no_injured", "unknown")
        for m in ctx.find("casualties", key, sentence.start, sentence.end)
    ] + ctx.find("impact", "no_damage", sentence.start, sentence.end)
    found = []
    for m in ctx.find("impact", "words", sentence.start, sentence.end):
        if any(w.start <= m.start < w.end for w in sentence.weapons):
            continue
        if any(d.start <= m.start < d.end for d in denied):
            continue
        clause = sentence.clause_of(m.start)
        negators = ctx.find("impact", "negators", max(clause.start, m.start - NEGATOR_REACH), m.start)
        if negators and not _debris_of_repelling(ctx, clause, m, negators):
            continue
        if _downs_weapons(ctx, sentence, m):
            continue  # "уражено 9 ворожих БпЛА": weapons downed, nothing hit
        found.append(m)
    return found


def _debris_of_repelling(ctx: Context, clause: Segment, word: Match, negators: list[Match]) -> bool:
    """Whether the only negators before an impact word say an attack was repelled and debris fell in
    the clause ("При отражении атаки БПЛА обломки упали на территорию предприятия"): debris of the
    weapons downed, an impact all the same."""
    if not all(ctx.has("impact", "repelled", n.start, n.end) for n in negators):
        return False
    return ctx.has("consequences", "debris", clause.start, word.end)


def _downs_weapons(ctx: Context, sentence: Sentence, word: Match) -> bool:
    """Whether an impact word that is also a downing verb has a count of weapons right after it as its
    object ("Над Запорізькою областю уражено 9 ворожих БпЛА")."""
    if not ctx.has("interception", "destroyed", word.start, word.end):
        return False
    return any(
        word.end <= c.start
        and not ctx.text[word.end : c.start].strip()
        and not c.article
        and ctx.weapon_after(c, sentence) is not None
        for c in sentence.counts
    )


def _sites(ctx: Context, sentence: Sentence) -> Quantity | None:
    """The number of impact sites: "at nine locations", "по девяти адресам" — and houses or
    households only where something fell on them ("упали на территории трех частных домов"), since
    "three houses were damaged" counts damage, not sites."""
    found = _site_counts(ctx, sentence)
    return found[0] if found else None


def _partitive(ctx: Context, after: str) -> bool:
    """Whether the words after a count make it one of a group ([impact] partitive: "из", "з", "of the")."""
    if not ctx.lex.data.get("impact", {}).get("partitive"):
        return False
    return ctx.lex.pattern("impact", "partitive").match(after.lstrip()) is not None


def _debris_sites(ctx: Context, sentence: Sentence) -> list[Quantity]:
    """Counts of sites after the first that debris fell on, told beside the sites hit ("влучання … на
    12 локаціях, а також падіння уламків (збитих) на 3 локаціях", "hits were recorded at 10 locations,
    while debris fell at four"): the debris's own impact, at other places."""
    found = _site_counts(ctx, sentence)
    return [
        q
        for previous, q in itertools.pairwise(found)
        if ctx.has("consequences", "debris", previous.span[1], q.span[0])
    ]


def _site_counts(ctx: Context, sentence: Sentence) -> list[Quantity]:
    found = []
    for count in sentence.counts:
        if count.article:
            continue
        after = ctx.text[count.end : min(sentence.end, count.end + 30)]
        if _partitive(ctx, after):
            continue  # "на территории одного из предприятий": which one, not how many
        tail = " ".join(after.split()[:3])
        match = ctx.lex.pattern("impact", "sites").search(tail)
        if match and len(tail[: match.start()].split()) <= 1:
            found.append(count.quantity())
            continue
        match = ctx.lex.pattern("impact", "sites_after_fall").search(tail)
        before = ctx.text[max(sentence.start, count.start - FALL_REACH) : count.start]
        if (
            match
            and len(tail[: match.start()].split()) <= 1
            and ctx.lex.pattern("impact", "fall_onto").search(before)
        ):
            found.append(count.quantity())
        elif (
            found
            and _BARE_END.match(ctx.text, count.end)
            and ctx.has("consequences", "debris", found[-1].span[1], count.start)
        ):
            # "на 37 локациях, обломки упали еще на восьми": the sites' noun left out after debris
            found.append(count.quantity())
    return found


# A count that ends its phrase, its noun left out ("еще на восьми.", "at three more,").
_BARE_END: Final = re.compile(r"\s*(?:(?:more|others)\s*)?(?:[.;,)!]|$)", re.IGNORECASE)


def _consequences(ctx: Context, sentence: Sentence, draft: ImpactDraft) -> None:
    seen = {c.kind for c in draft.consequences}
    for kind in CONSEQUENCE_ORDER:
        if kind in seen:
            continue
        for found in ctx.find("consequences", kind, sentence.start, sentence.end):
            # "houses", "a refinery" are damage only where the clause says something was damaged.
            clause = sentence.clause_of(found.start)
            if kind in DAMAGE_KINDS and not ctx.has("consequences", "damage_words", clause.start, clause.end):
                continue
            draft.consequences.append(Consequence(kind, found.text, (found.start, found.end)))
            break


def _impact_places(ctx: Context, sentence: Sentence) -> list[Place]:
    """The places of a sentence where something may have happened: not where the injured were taken
    ("начали эвакуировать в Москву"), not a landmark for another place ("Tver, northwest of
    Moscow"), not places a clause says were spared ("reported no hits")."""
    return ctx.remembered(
        ("impact places", sentence.start, sentence.end), lambda: _find_impact_places(ctx, sentence)
    )


def _find_impact_places(ctx: Context, sentence: Sentence) -> list[Place]:
    found = []
    downed = ctx.has("interception", "destroyed", sentence.start, sentence.end)
    for place in sentence.places:
        if place.level == "sea" and ctx.has("places", "the_sea", place.span[0], place.span[1]):
            continue  # "over the sea": where drones were downed, not where anything was hit
        if ctx.has(
            "impact", "destination", max(sentence.start, place.span[0] - DESTINATION_REACH), place.span[0]
        ):
            continue
        if downed and flown_to(ctx, sentence, place.span[0]):
            continue  # "Отражена атака двух БПЛА, летевших на Москву": where they flew, not where they fell
        clause = sentence.clause_of(place.span[0])
        if (
            _denied(ctx, clause.start, clause.end)
            and not _impact_words_in(ctx, sentence, clause.start, clause.end)
            and not _harm_told_after(ctx, sentence, clause)
        ):
            continue  # "the governors of the Kyiv, Poltava and Kirovohrad regions reported no hits"
        found.append(place)
    # where weapons flew, beside where their debris fell ("Debris fell in the Moscow Region from drones
    # flying towards Moscow"), is not where anything happened
    landed = [p for p in found if not flown_to(ctx, sentence, p.span[0])]
    found = landed or found
    # a place in a speaker's title ("the governors of the Kyiv … regions") only where nothing else is named
    untitled = [p for p in found if not _titled(ctx, sentence, p)]
    return untitled or found


def _harm_told_after(ctx: Context, sentence: Sentence, clause: Segment) -> bool:
    """Whether a clause after one that denies some harm tells of harm and names no place of its own ("У
    Сумах загиблих немає, поранені двоє"): the place of the denial is where it happened."""
    for other in sentence.clauses:
        if other.start < clause.end or any(other.start <= p.span[0] < other.end for p in sentence.places):
            continue
        if not _denied(ctx, other.start, other.end) and _toll_in(ctx, other.start, other.end):
            return True
    return False


def _denied(ctx: Context, start: int, end: int) -> bool:
    return any(
        ctx.has(section, key, start, end)
        for section, key in (
            ("impact", "no_damage"),
            ("casualties", "no_casualties"),
            ("casualties", "no_killed"),
            ("casualties", "no_injured"),
        )
    )


def _damage_said(ctx: Context, words: list[Match]) -> bool:
    """Whether an impact word says more than that a place was attacked ("attack on", "удар")."""
    if not ctx.lex.data.get("impact", {}).get("attack_only"):
        return True
    attack_only = ctx.lex.pattern("impact", "attack_only")
    return any(attack_only.fullmatch(w.text) is None for w in words)


def _impact_words_in(ctx: Context, sentence: Sentence, start: int, end: int) -> bool:
    return any(start <= m.start < end for m in _impact_words(ctx, sentence))


def _elsewhere(current: ImpactDraft, places: list[Place]) -> bool:
    """Whether a sentence's impact is at another settlement than the impact under way: a new one
    ("…in Крымске …" then "В станице Полтавской обломки повредили крышу")."""
    # an unresolved place by its name: two of them are no one place
    here = {p.id or p.name for p in current.places if p.level in ("settlement", "admin2")}
    there = {p.id or p.name for p in places if p.level in ("settlement", "admin2")}
    if not here or not there or here & there:
        return False
    # "…in Kharkiv" then "A drone hit a high-rise in the Kholodnohirskyi district": a district of the city
    return not _in_town(current.places, places) and not _in_town(places, current.places)


def _in_town(towns: list[Place], districts: list[Place]) -> bool:
    """Whether a city district among ``districts`` lies in a settlement among ``towns``."""
    named = {(p.admin1, p.name) for p in towns if p.level == "settlement"}
    return any((p.admin1, city_of(p)) in named for p in districts)


def _absorb(ctx: Context, sentence: Sentence, draft: ImpactDraft, *, places: bool = True) -> None:
    """Add what a sentence says to an impact; the sentence joins the impact's evidence if it added."""
    before = (
        len(draft.places),
        draft.sites,
        draft.time,
        len(draft.consequences),
        draft.killed,
        draft.injured,
    )
    if places:
        draft.add_places(_impact_places(ctx, sentence))
        if draft.weapon == "unknown" and sentence.weapons:
            draft.weapon = sentence.weapons[0].weapon
    if draft.sites is None and (places or not running_total(ctx, sentence.start, sentence.end)):
        # (also from a sentence that goes on with the story: "Emergency services were working at four
        # addresses"; not a week's tally: "за минулий тиждень ворог … атакував 18 населених пунктів")
        draft.sites = _sites(ctx, sentence)
    if draft.time is None:
        points = [t.time for t in sentence.times]
        draft.time = points[0] if points else None
    _consequences(ctx, sentence, draft)
    count_casualties(ctx, sentence, draft)
    after = (len(draft.places), draft.sites, draft.time, len(draft.consequences), draft.killed, draft.injured)
    if after != before or places:
        draft.sentences.add(sentence.index)


def _of_the_whole_attack(ctx: Context, sentence: Sentence, current: ImpactDraft, places: list[Place]) -> bool:
    """Whether a sentence that names no place tells of the whole country ([places] nationwide: "attack
    on Ukraine … killed at least 12") or counts sites in a paragraph of its own ("Уламки впали … в
    Миколаївському районі.\n\nЗафіксовано влучання 24 ударних БпЛА на 12 локаціях") after an impact
    that has places: the whole attack's toll or sites, not that place's."""
    if places or not current.places:
        return False
    if ctx.has("places", "nationwide", sentence.start, sentence.end):
        return True  # "A massive Russian attack on Ukraine overnight has killed at least 12 people"
    if current.sites is not None or _sites(ctx, sentence) is None:
        return False
    last = ctx.sentences[max(current.sentences)]
    return "\n\n" in ctx.text[last.end : sentence.start]


def _only_attacked(draft: ImpactDraft) -> bool:
    """Whether an impact so far only says where an attack went: no damage, sites, consequences or toll."""
    return not (
        draft.damage
        or draft.sites
        or draft.consequences
        or draft.killed is not None
        or draft.injured is not None
    )


def _continues_story(ctx: Context, sentence: Sentence) -> bool:
    """A sentence that adds to the impact under way: the attack, its aftermath, its toll."""
    start, end = sentence.start, sentence.end
    return ctx.has("impact", "context", start, end) or any(
        ctx.has("casualties", key, start, end)
        for key in ("killed", "injured", "no_casualties", "no_killed", "no_injured")
    )


def _attack_told(ctx: Context, sentence: Sentence) -> bool:
    """Whether a sentence tells of a weapon or an attack ("дрон скинув вибухівку", "противник атакував
    громаду")."""
    return bool(sentence.weapons) or ctx.has("impact", "context", sentence.start, sentence.end)


def _only_in_hospital(ctx: Context, sentence: Sentence, count: Quantity) -> bool:
    """Whether no word for the injured but one for hospital stands before a count in its clause, or
    in its evidence:
    "Двох госпіталізовано", "Госпіталізовано 19 потерпілих" tell where some of the injured are;
    "Постраждав 17-річний юнак, його госпіталізовано" tells of another one injured."""
    clause = sentence.clause_of(count.span[0])
    hospital = ctx.find("casualties", "hospitalized", clause.start, count.span[1])
    return all(
        any(h.start <= m.start < h.end for h in hospital)
        for m in ctx.find("casualties", "injured", clause.start, count.span[1])
    )


# How far from a smaller toll a word for hospital makes it some of the injured, in hospital.
HOSPITAL_REACH: Final = 24


def _near_hospital(ctx: Context, sentence: Sentence, count: Quantity) -> bool:
    """Whether a word for hospital starts within reach of a count ("Двоих пострадавших
    госпитализировали", "A 15-year-old boy was hospitalised")."""
    start, end = count.span
    found = ctx.find("casualties", "hospitalized", max(sentence.start, start - HOSPITAL_REACH), sentence.end)
    return any(m.start <= end + HOSPITAL_REACH for m in found)


def _other_sites(ctx: Context, sentence: Sentence, current: ImpactDraft) -> bool:
    """Whether a sentence counts other sites than the impact under way, which has its own count ("Hits
    were recorded at 16 locations. Debris fell at nine locations."): another impact."""
    if current.sites is None:
        return False
    counted = _site_counts(ctx, sentence)
    return bool(counted) and counted[0].value != current.sites.value


def _separate(ctx: Context, sentence: Sentence) -> bool:
    """Whether a sentence opens with words of another strike ([impact] separate: "In a separate attack, a
    drone hit a shop in Shebekino", "Внаслідок іншої атаки …") or with a day other than the publication's
    and the one before ("On June 10, Russia launched … killing two people in Kyiv" in a report of June
    12): another impact, even in the same place."""
    found = ctx.find("impact", "separate", sentence.start, min(sentence.end, sentence.start + SEPARATE_REACH))
    if found and len(ctx.text[sentence.start : found[0].start].split()) <= 1:
        return True
    return _another_day(ctx, sentence)


def _another_day(ctx: Context, sentence: Sentence) -> bool:
    """Whether a sentence opens with a calendar day two days or more before its publication."""
    published = ctx.published_at
    if published is None:
        return False
    told = date_in(ctx.text, ctx.lex, sentence.start, min(sentence.end, sentence.start + SEPARATE_REACH))
    if told is None:
        return False
    day = published.date()
    try:
        told = told.replace(year=day.year) if told.year == 1 else told
    except ValueError:
        return False  # the 29th of February of a year without one
    return (day - told).days >= 2


# How far into a sentence the words of another strike may end.
SEPARATE_REACH: Final = 48


def _another_toll(ctx: Context, sentence: Sentence, current: ImpactDraft) -> bool:
    """Whether a sentence tells a toll that differs from the impact under way: another strike at the
    same place ("three people were injured … the government building was attacked, no one was
    injured")."""
    told = ImpactDraft(sentence.index, sentence.start, sentence.end)
    count_casualties(ctx, sentence, told)
    if (
        told.injured is not None
        and current.injured is not None
        and told.injured.value < current.injured.value
        and _near_hospital(ctx, sentence, told.injured)
        and _only_in_hospital(ctx, sentence, told.injured)
    ):
        # "поранено 31 людину. Госпіталізовано 19", "Двох госпіталізовано", "A 15-year-old boy was
        # hospitalised": some of the injured, in hospital
        told.injured = None
    if (
        told.injured is not None
        and current.injured is not None
        and told.injured.value < current.injured.value
        and ctx.has("casualties", "condition", sentence.start, sentence.end)
    ):
        told.injured = None  # "Шестеро поранених — у важкому стані": the condition of some of the injured
    if (
        told.killed is not None
        and current.killed is not None
        and told.killed.value < current.killed.value
        and _of_the_injured(ctx, sentence)
    ):
        # "The death toll … has risen to 20. Two of the injured died in hospital": some of the dead
        # counted already
        told.killed = None
    if _describes_the_counted(ctx, sentence):
        # "поранено двох людей. 52-річний чоловік отримав вибухову травму, жінка — контузію": what
        # happened to each of those counted, no more of them
        for key in ("killed", "injured"):
            new, old = getattr(told, key), getattr(current, key)
            if new is not None and old is not None and new.value < old.value:
                setattr(told, key, None)
    return any(
        new is not None and old is not None and new.value != old.value
        for new, old in ((told.killed, current.killed), (told.injured, current.injured))
    )


def _of_the_injured(ctx: Context, sentence: Sentence) -> bool:
    """Whether a sentence counts some of the injured ("Two of the injured died", "Двоє з поранених
    померли"): a subset phrase with a word for the injured in it."""
    if any(
        ctx.has("casualties", "injured", m.start, m.end)
        for m in ctx.find("casualties", "subset_after", sentence.start, sentence.end)
    ):
        return True
    # ("Двоє поранених померли": the injured counted)
    return any(
        bool(words) and not ctx.text[c.end : words[0].start].strip()
        for c in sentence.counts
        if (words := ctx.find("casualties", "injured", c.end, min(sentence.end, c.end + INJURED_REACH)))
    )


# How far after a count the word for the injured it counts may end ("Двоє поранених").
INJURED_REACH: Final = 24


def _describes_the_counted(ctx: Context, sentence: Sentence) -> bool:
    """Whether a sentence tells what happened to each of several people, with no number, no place and
    no word of more ("ще", "another"): people already counted, not others ("Мужчина получил осколочные
    ранения, женщина — баротравму")."""
    return (
        not sentence.places
        and not any(not c.article for c in sentence.counts)
        and not ctx.has("interception", "more", sentence.start, sentence.end)
        and len(ctx.find("casualties", "one_person", sentence.start, sentence.end)) >= 2
    )


def _grown_toll(ctx: Context, sentence: Sentence, drafts: list[ImpactDraft]) -> bool:
    """ "Оновлено: кількість поранених зросла до п'яти", "The number of injured has risen to 14": a toll
    grown past the largest told before in the same region replaces it; one that has not (a tally of the
    day below the headline's) says nothing new. An update ("UPD:", "Оновлено:") or a total after one
    impact ("Загалом загиблих – троє") tells each toll anew, up or down, and a toll the impact had not
    told. Returns whether the sentence was such a toll."""
    # "Оновлено: 4 постраждалих", "UPD: пострадал один человек": an update says the toll anew, up or down
    # ("UPD: Ещё один мужчина обратился в травмпункт": one more, no new toll)
    opening = min(sentence.end, sentence.start + UPDATE_REACH)
    # (or a total that opens a sentence after one impact with a toll: "Загалом загиблих – троє", not
    # "In total, five people were injured across Ukraine" after the tolls of two towns)
    total = ctx.has("casualties", "totals", sentence.start, opening) and (
        len([d for d in drafts if d.killed is not None or d.injured is not None]) == 1
    )
    updated = (ctx.has("casualties", "updated", sentence.start, opening) or total) and not ctx.has(
        "interception", "more", sentence.start, sentence.end
    )
    if not updated and not ctx.has("casualties", "risen", sentence.start, sentence.end):
        return False
    told = ImpactDraft(sentence.index, sentence.start, sentence.end)
    count_casualties(ctx, sentence, told)
    regions = _regions(_impact_places(ctx, sentence))
    here = [d for d in drafts if not regions or regions & d.admin1s()]
    tolled = [d for d in here if d.killed is not None or d.injured is not None]
    said = False
    for key in ("killed", "injured"):
        new = getattr(told, key)
        earlier = [d for d in here if getattr(d, key) is not None]
        if new is None:
            continue
        if not earlier:
            # "пострадали восемь человек. UPD: погибли двое, ранены пятеро": a toll the impact had not told
            other = told.injured if key == "killed" else told.killed
            if updated and tolled and other is not None:
                setattr(tolled[-1], key, new)
                tolled[-1].sentences.add(sentence.index)
                said = True
            continue
        largest = max(earlier, key=lambda d: getattr(d, key).value)
        if new.value > getattr(largest, key).value or (updated and new.value != getattr(largest, key).value):
            # (each toll it tells: "Таким образом, погибла одна женщина, ранены семь человек")
            setattr(largest, key, new)
            largest.sentences.add(sentence.index)
        said = True
    return said


# How far into a sentence the word of an update may end ("Оновлено:", "UPD:").
UPDATE_REACH: Final = 16


def _without_a_headline_repeated(ctx: Context, drafts: list[ImpactDraft]) -> list[ImpactDraft]:
    """The opening sentence's toll told again in the body, in the same region ("… two injured" in the
    headline, "Two port workers were injured" after it), is one impact: the headline's joins the body's;
    so is a headline that names no place and counts nothing ("Fire breaks out at Russian refinery"),
    which joins the body's first impact with a place.
    A headline stands on a line of its own; an opening sentence the paragraph goes on from is the first
    impact of a report ("В Белгородском районе … пострадала женщина. У 58-летней …")."""
    if len(drafts) < 2 or drafts[0].sentence != 0 or not own_line(ctx, ctx.sentences[0]):
        return drafts
    head = drafts[0]
    if not head.places and head.killed is None and head.injured is None and head.sites is None:
        # "Fire breaks out at Russian refinery" over "A fire broke out at a refinery in the Krasnodar
        # region …": a headline that names no place and counts nothing tells the body's first impact
        later = next((d for d in drafts[1:] if d.places), None)
        if later is not None:
            kinds = {c.kind for c in later.consequences}
            later.consequences.extend(c for c in head.consequences if c.kind not in kinds)
            later.sentences |= head.sentences
            later.damage = later.damage or head.damage
            return [d for d in drafts if d is not head]
        return drafts
    told = {key: getattr(head, key) for key in ("killed", "injured")}
    tolls = [(key, q.value) for key, q in told.items() if q is not None and q.value]
    if not tolls:
        return drafts
    for later in drafts[1:]:
        repeated = all((q := getattr(later, key)) is not None and q.value == value for key, value in tolls)
        if repeated and head.admin1s() <= later.admin1s():
            later.add_places(head.places)
            later.sentences |= head.sentences
            return drafts[1:]
    return drafts


def _without_summed_tolls(drafts: list[ImpactDraft]) -> None:
    """Clear a toll that sums the tolls told after it, place by place, in the same regions
    ("Налет беспилотников в Харькове: власти говорят о трех пострадавших" over "пострадали две женщины"
    and "Ранения получила 60-летняя женщина"; "в Київській області постраждали 4 людини. У Броварському
    районі поранено чоловіка. У Бучанському районі травмовано 3 людей."): the people counted there."""
    for i, draft in enumerate(drafts):
        regions = draft.admin1s()
        for key in ("killed", "injured"):
            told = getattr(draft, key)
            if told is None or told.value < 2:
                continue
            later = [d for d in drafts[i + 1 :] if (q := getattr(d, key)) is not None and q.value > 0]
            if (
                len(later) >= 2
                and sum(getattr(d, key).value for d in later) == told.value
                and all(d.admin1s() and (not regions or d.admin1s() <= regions) for d in later)
            ):
                setattr(draft, key, None)


def _opens_with_a_tally(ctx: Context, sentence: Sentence) -> bool:
    """Whether a sentence opens with the scope of a tally of many attacks ("Протягом минулої доби …",
    "Нагадаю: за минулий тиждень …"), not a mention of earlier attacks deep inside it ("…, которая в этом
    году уже дважды подвергалась атакам")."""
    if not tally_of_many_attacks(ctx, sentence):
        return False
    opening = min(sentence.end, sentence.start + TALLY_OPENING)
    return ctx.has("interception", "running_total", sentence.start, opening) or ctx.has(
        "casualties", "daily", sentence.start, opening
    )


# How far into a sentence the scope of a tally that the next sentence goes on with must start and end.
TALLY_OPENING: Final = 48


def _tally_goes_on(ctx: Context, tally: Sentence, sentence: Sentence) -> bool:
    """Whether a sentence goes on with the tally of many attacks told right before it: the next sentence,
    telling a toll or damage with no place and no time of its own ("Сьогодні вранці …" is an attack's),
    in the tally's paragraph or opening the next ("Протягом минулої доби ворог атакував 38 населених
    пунктів …\n\nВнаслідок російської агресії загинули 2 людини")."""
    if sentence.index != tally.index + 1 or sentence.places or sentence.times:
        return False
    if ctx.has("time", "overnight", sentence.start, sentence.end) or names_a_day(
        ctx.text, ctx.lex, sentence.start, sentence.end
    ):
        return False
    return bool(_impact_words(ctx, sentence))


def _right_before(ctx: Context, first: Sentence, second: Sentence) -> bool:
    """Whether ``first`` is the sentence right before ``second``, in the same paragraph."""
    return first.index == second.index - 1 and "\n\n" not in ctx.text[first.end : second.start]


def _specific_first(places: list[Place]) -> list[Place]:
    rank = {"settlement": 0, "admin2": 1, "other": 2, "admin1": 3, "sea": 4, "country": 5}
    return sorted(places, key=lambda p: rank[p.level])


def _heading(ctx: Context, sentence: Sentence) -> bool:
    """Whether a sentence is only the name of a place, as governors head the lines of a round-up
    ("Грайворонский округ.", "Житомирщина.")."""
    rest = ctx.text[sentence.start : sentence.end]
    # the place and the noun of its unit ("Marhanets community.", "Нікопольська громада.")
    nouns = ctx.find("places", "unit_nouns", sentence.start, sentence.end)
    spans = sorted([p.span for p in sentence.places] + [(m.start, m.end) for m in nouns])
    for start, end in reversed(spans):
        rest = rest[: max(0, start - sentence.start)] + rest[end - sentence.start :]
    return bool(sentence.places) and not any(ch.isalnum() for ch in rest)


def _among(places: Iterable[Place], others: Iterable[Place]) -> bool:
    """Whether every place of ``places`` is one of ``others``."""
    known = {p.id for p in others}
    return all(p.id in known for p in places)


def _district_of_the_city(places: list[Place], last: tuple[Place, ...], distance: int) -> bool:
    """Whether ``places`` are only districts the gazetteer does not know, right after the sentence that
    named one city (``last``, ``distance`` sentences before)."""
    return (
        bool(places)
        and all(p.id is None and p.level == "admin2" for p in places)
        and len(last) == 1
        and last[0].level == "settlement"
        and last[0].id is not None
        and 0 < distance <= CITY_DISTRICT_DISTANCE
    )


# How many sentences after a city a district of unknown name is taken to lie in it.
CITY_DISTRICT_DISTANCE: Final = 1


def _list_lines_before(ctx: Context, index: int) -> set[int]:
    """The sentences right before sentence ``index``, a line of its own, that are lines of a list (they
    open on a bullet, or follow one on its line: "🔹 Громада: влучання … Виникла пожежа."); none where
    the sentence goes on a line ("🔸 Суми: уламки … Постраждалих немає.")."""
    lines: set[int] = set()
    if index == 0 or "\n" not in ctx.text[ctx.sentences[index - 1].end : ctx.sentences[index].start]:
        return lines
    run: set[int] = set()  # the sentences of the line under way, from its end
    for earlier in reversed(ctx.sentences[:index]):
        run.add(earlier.index)
        if _BULLET.match(ctx.text, earlier.start):
            lines |= run
            run = set()
        elif earlier.index == 0 or "\n" in ctx.text[ctx.sentences[earlier.index - 1].end : earlier.start]:
            break  # a line that opens on no bullet ends the list
    return lines


_BULLET: Final = re.compile(f"[{re.escape(BULLETS.strip())}]")


def _impacts_right_before(impacts: list[ImpactDraft], index: int) -> set[int]:
    """The sentences right before sentence ``index`` that each tell one of ``impacts`` (the one under way
    and those with no toll), back to the first that tells none ("На Корюківщині … пошкоджено два
    приватні будинки. У Ніжинському районі … виникла пожежа. Без постраждалих.": the zero closes both)."""
    told = {i for d in impacts for i in d.sentences}
    run: set[int] = set()
    while index - 1 - len(run) in told:
        run.add(index - 1 - len(run))
    return run


def _region_parts(ctx: Context, sentence: Sentence) -> list[Sentence]:
    """A sentence that tells of damage in two regions, one clause after the other, as one part per
    region ("In the Lviv region, two energy facilities were hit, and in the Ivano-Frankivsk region, a
    gas plant was damaged"): a clause that opens on a place of a region not named before it starts a
    part, where every part says something hit."""
    places = _impact_places(ctx, sentence)
    towns = {p.id for p in places if p.level == "settlement"}
    if len(_regions(places)) < 2 and len(towns) < 2:
        return [sentence]
    cuts = []
    by_town = False  # a cut between towns of one region, which only tolls of their own make
    for clause in sentence.clauses[1:]:
        first = next((p for p in places if clause.start <= p.span[0] < clause.end), None)
        if first is None or len(ctx.text[clause.start : first.span[0]].split()) > PART_OPENING_WORDS:
            continue
        earlier = [p for p in places if p.span[0] < clause.start]
        before = _regions(earlier)
        listed = bool(earlier) and _list_gap(ctx.lex).fullmatch(ctx.text, earlier[-1].span[1], first.span[0])
        if listed:
            continue  # (not the next of a list of places: "Під ударом опинилися Київщина, Житомирщина та …")
        if before and not _regions([first]) & before:
            cuts.append(clause.start)
        elif first.level == "settlement" and earlier and first.id not in {p.id for p in earlier}:
            # "У Краматорську загинула одна людина, у Слов'янську поранено чотирьох": a town of its own
            cuts.append(clause.start)
            by_town = True
    if not cuts:
        return [sentence]
    bounds = [sentence.start, *cuts, sentence.end]
    if not all(_impact_words_in(ctx, sentence, a, b) for a, b in itertools.pairwise(bounds)):
        return [sentence]
    if by_town and not all(_toll_in(ctx, a, b) for a, b in itertools.pairwise(bounds)):
        return [sentence]
    return [_part(sentence, a, b) for a, b in itertools.pairwise(bounds)]


def _toll_in(ctx: Context, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` tells of people killed or injured."""
    return any(ctx.has("casualties", key, start, end) for key in ("killed", "injured"))


@cache
def _list_gap(lex: Lexicon) -> re.Pattern[str]:
    """What stands between two places of one list: a comma or a conjunction of ``[clauses] and``."""
    words = lex.data.get("clauses", {}).get("and")
    joins = rf"|,?\s+{alternation(words)}" if words else ""
    return re.compile(rf"\s*(?:,{joins})\s*", re.IGNORECASE)


# How many words may open a clause before the place that starts a part of a sentence ("and in the").
PART_OPENING_WORDS: Final = 3


def _part(sentence: Sentence, start: int, end: int) -> Sentence:
    """The stretch ``[start, end)`` of a sentence as a sentence of its own, with what lies in it."""
    return Sentence(
        index=sentence.index,
        segment=Segment(start, end),
        counts=tuple(c for c in sentence.counts if start <= c.start < end),
        weapons=tuple(w for w in sentence.weapons if start <= w.start < end),
        places=tuple(p for p in sentence.places if start <= p.span[0] < end),
        times=tuple(m for m in sentence.times if start <= m.start < end),
        hedges=tuple(h for h in sentence.hedges if start <= h.span[0] < end),
        text=sentence.text,
        breaks=sentence.breaks,
    )


def _toll_parts(
    ctx: Context, sentence: Sentence, key: str | None = None
) -> tuple[list[Sentence], tuple[str, Count] | None]:
    """A sentence that gives a second toll at another place with its verb left out, as two parts, and
    what the second part counts: "killed two people in Kherson and one in Nikopol", "У Харкові загинули
    дві людини, у Запоріжжі — три", "В Белгороде погибли два человека, в Шебекино — один". The count
    is of the last word of casualties before it ("killed"), or of ``key`` in a part that is itself
    such a second toll ("…, one in Nikopol and three in Dnipro"). One part and None for any other
    sentence."""
    places = sentence.places
    if len(places) < 2 or (
        key is None
        and not any(ctx.has("casualties", k, sentence.start, sentence.end) for k in ("killed", "injured"))
    ):
        return [sentence], None
    text, lex = ctx.text, ctx.lex
    for count in sentence.counts:
        if count.article or count.start < places[0].span[1]:
            continue
        # "…, у Запоріжжі — три": the place, then the count, which ends the part
        place = next((p for p in reversed(places) if p.span[1] <= count.start), None)
        if (
            place is not None
            and _BARE_END.match(text, count.end)
            and _DASH_OR_SPACE.fullmatch(text, place.span[1], count.start)
        ):
            found = _second_toll(ctx, sentence, count, place, place.span[0], key)
            if found is not None:
                return found
        # "…, and one in Nikopol": the count, then its place
        place = next((p for p in places if p.span[0] >= count.end), None)
        if place is not None and _elliptic_tail(lex).fullmatch(text, count.end, place.span[0]):
            found = _second_toll(ctx, sentence, count, place, count.start, key)
            if found is not None:
                return found
    return [sentence], None


def _second_toll(
    ctx: Context, sentence: Sentence, count: Count, place: Place, opens: int, key: str | None
) -> tuple[list[Sentence], tuple[str, Count]] | None:
    """The two parts of a sentence whose second toll (``count`` at ``place``) opens at ``opens``,
    after a comma or a conjunction; None when the first part names no other place or no casualties, or
    the second has a casualty word of its own."""
    opening = _elliptic_opening(ctx.lex).search(ctx.text, sentence.start, opens)
    if opening is None:
        return None
    cut = opening.start()
    earlier = [p for p in sentence.places if p.span[1] <= cut]
    if not earlier or place.id is None or place.id in {p.id for p in earlier}:
        return None  # the same place again is no second toll
    if any(ctx.has("casualties", k, cut, sentence.end) for k in ("killed", "injured")):
        return None  # "…, and three were injured in Nikopol": a verb of its own
    said = [(m.end, k) for k in ("killed", "injured") for m in ctx.find("casualties", k, sentence.start, cut)]
    if key is not None:
        said = [(sentence.start, key)]  # a part that is a second toll itself counts as the first did
    if not said:
        return None
    told, key = max(said)
    # the first toll is the last thing told before the second ("погиб человек, в Курской области сбиты
    # 12 беспилотников, в Брянской — 5": the five are drones): no weapon and no second count between
    if any(told <= w.start < cut for w in sentence.weapons):
        return None
    if sum(1 for c in sentence.counts if not c.article and told <= c.start < cut) > 1:
        return None
    return [_part(sentence, sentence.start, cut), _part(sentence, cut, sentence.end)], (key, count)


# Between a place and the count of its toll: a dash, a comma or a space ("у Запоріжжі — три").
_DASH_OR_SPACE: Final = re.compile(r"\s*[—–,-]?\s*")


@cache
def _elliptic_tail(lex: Lexicon) -> re.Pattern[str]:
    """Between the count of a second toll and its place: "more", a word for people, a preposition
    ("one more person in")."""
    table = lex.data.get("casualties", {})
    more = alternation_or_nothing(lex.data.get("interception", {}).get("more"))
    people = alternation_or_nothing(table.get("people"))
    before = alternation_or_nothing(table.get("place_prepositions"))
    return re.compile(rf"(?:\s+(?:{more}))?(?:\s+(?:{people}))?\s+(?:{before})\s+", re.IGNORECASE)


@cache
def _elliptic_opening(lex: Lexicon) -> re.Pattern[str]:
    """What opens the second toll of an elliptic sentence, up to its count or its place: a comma or a
    conjunction, then "ще", "another" and a preposition where they stand (", and in", ", у", " та ще")."""
    joins = alternation_or_nothing(lex.data.get("clauses", {}).get("and"))
    more = alternation_or_nothing(lex.data.get("interception", {}).get("more"))
    before = alternation_or_nothing(lex.data.get("casualties", {}).get("place_prepositions"))
    return re.compile(
        rf"(?:\s*[,;]|\s+(?:{joins}))(?:\s+(?:{joins}))?\s*(?:(?:{more})\s+)?(?:(?:{before})\s+)?$",
        re.IGNORECASE,
    )


def find_impacts(ctx: Context) -> list[ImpactDraft]:
    """Every impact claim of a document: one per distinct place, in order of appearance.

    A sentence with impact wording starts an impact at the places it names, or adds to the impact
    under way when it names none or the same region; sentences that only continue the story ("the
    attack commenced around 00:45") add time, consequences and casualties to the impact under way.
    """
    drafts: list[ImpactDraft] = []
    current: ImpactDraft | None = None
    last_places: tuple[Place, ...] = ()
    named_at = -1  # the sentence that named ``last_places``
    parts: list[Sentence] = []
    # the second part of an elliptic sentence, by its start: what its count counts ("and one in Nikopol")
    second_tolls: dict[int, tuple[str, Count]] = {}
    for whole in ctx.sentences:
        for region_part in _region_parts(ctx, whole):
            found, toll = _toll_parts(ctx, region_part)
            while toll is not None:
                # "…, one in Nikopol and three in Dnipro": the second part may hold a third toll
                parts.extend(found[:-1])
                second_tolls[found[-1].start] = toll
                found, toll = _toll_parts(ctx, found[-1], toll[0])
            parts.extend(found)
    # a zero no impact took ("…два из них сбиты. Пострадавших нет."), for an impact told right after it
    zero_before: Sentence | None = None
    # the last sentence of a day's or a war's tally of many attacks, which the sentences after it may go on
    tally_at: Sentence | None = None
    for sentence in parts:
        if tally_at is not None and _tally_goes_on(ctx, tally_at, sentence):
            # "Нагадаю: за минулий тиждень ворог 1 638 разів атакував 18 населених пунктів області. Загинули
            # 11 людей, поранено 46.": the tally's toll, no attack's
            tally_at = sentence
            continue
        whole = ctx.sentences[sentence.index]
        # (not a ministry's count of what was downed "over the past day": a tally of tolls and damage)
        tally_at = (
            whole
            if _opens_with_a_tally(ctx, whole)
            and not ctx.has("interception", "destroyed", whole.start, whole.end)
            else None
        )
        toll = second_tolls.get(sentence.start)
        if toll is not None and current is not None:
            # another impact, at the place of the second part, counted as the first part counted
            key, count = toll
            current = ImpactDraft(sentence.index, sentence.start, sentence.end, damage=True)
            current.add_places(_impact_places(ctx, sentence))
            current.sentences.add(sentence.index)
            setattr(current, key, count.quantity())
            drafts.append(current)
            continue
        words = _impact_words(ctx, sentence)
        if words and tally_of_many_attacks(ctx, sentence):
            words = []  # "Various Russian attacks … killed one person over the past day": no attack's impact
        if words and _grown_toll(ctx, sentence, drafts):
            continue
        if words:
            places = _impact_places(ctx, sentence)
            # "Ворог атакував Дніпро. Влучання … в Самарському районі": a district the gazetteer lacks
            # lies in the city just named
            city = (
                list(last_places)
                if _district_of_the_city(places, last_places, sentence.index - named_at)
                else []
            )
            places = [*places, *city]
            regions = _regions(places)
            # "…в Киришском районе… Над Кстовским округом сбиты 11 БПЛА. На территории промзоны возник
            # пожар": a sentence that names no place is where the text went last, not the impact before
            moved = (
                current is not None
                and not places
                and named_at > max(current.sentences)
                and (
                    not _regions(last_places) & current.admin1s()
                    # a heading of its own ("Грайворонский округ."): another place of the same region
                    or (_heading(ctx, ctx.sentences[named_at]) and not _among(last_places, current.places))
                    # another town of the region, where a weapon or an attack did something ("У
                    # Білопіллі дрон скинув вибухівку на автомобіль. Водія поранено.")
                    or (_attack_told(ctx, ctx.sentences[named_at]) and _elsewhere(current, list(last_places)))
                )
            )
            of_all = current is not None and _of_the_whole_attack(ctx, sentence, current, places)
            if (
                current is not None
                and not moved
                and (not places or regions & current.admin1s())
                and not _elsewhere(current, places)
                and not _another_toll(ctx, sentence, current)
                and not _separate(ctx, sentence)
                and not _other_sites(ctx, sentence, current)
                and not of_all
            ):
                if places and _only_attacked(current) and len(current.admin1s()) > len(regions):
                    # "Russia attacked the Sumy and Poltava regions … In Sumy, two people were injured":
                    # the harm is where the sentence says, not in every region the attack reached
                    current.places = [p for p in current.places if p.admin1 in regions]
                _absorb(ctx, sentence, current)
            else:
                previous = current
                current = ImpactDraft(sentence.index, sentence.start, sentence.end)
                if not places and not of_all:
                    current.places.extend(last_places if moved or previous is None else previous.places)
                    if (
                        (moved or previous is None)
                        and last_places
                        and sentence.index - 2 <= named_at < sentence.index
                    ):
                        # the sentence that named the place is the impact's too ("По данным источника Baza,
                        # дрон атаковал подстанцию в Строителе. На объекте возник пожар."): its sourcing
                        current.sentences.add(named_at)
                _absorb(ctx, sentence, current)
                if not places and zero_before is not None and _right_before(ctx, zero_before, sentence):
                    # "Пострадавших нет. Повреждены частный дом и легковой автомобиль.": the same place's
                    _absorb(ctx, zero_before, current, places=False)
                drafts.append(current)
            current.places.extend(p for p in city if p not in current.places)
            current.damage = current.damage or _damage_said(ctx, words)
            for sites in _debris_sites(ctx, sentence):
                debris = ImpactDraft(sentence.index, sentence.start, sentence.end, sites=sites)
                debris.places.extend(current.places)
                debris.sentences.add(sentence.index)
                drafts.append(debris)
        elif (
            current is not None
            and _story_distance(ctx, max(current.sentences), sentence.index) <= MAX_CONTEXT_DISTANCE
            and _continues_story(ctx, sentence)
        ):
            named = sentence.places
            last = max(current.sentences)
            # not a sentence about another town or district of the region ("В Борисовском районе … дрон
            # ударил по домовладению" after an impact in the Белгородский район): what follows is its
            if not named or (_regions(named) & current.admin1s() and not _elsewhere(current, list(named))):
                _absorb(ctx, sentence, current, places=False)
            if ctx.has("casualties", "every_place", sentence.start, sentence.end):
                # "No casualties were reported in either region": the impacts of the sentence before too
                for other in drafts:
                    if other is not current and last in other.sentences:
                        _absorb(ctx, sentence, other, places=False)
            elif not named and _denied(ctx, sentence.start, sentence.end):
                # "🔹 Ніжинська громада: …\n🔹 Корюківська громада: …\n\nЗагиблих і поранених немає.": a
                # zero after a list holds for every line of it that told no toll
                untold = [d for d in drafts if d.killed is None and d.injured is None]
                lines = _list_lines_before(ctx, sentence.index) | _impacts_right_before(
                    [current, *untold], sentence.index
                )
                for other in untold:
                    if other is not current and other.sentences <= lines:
                        _absorb(ctx, sentence, other, places=False)
        zero_before = (
            sentence
            if _denied(ctx, sentence.start, sentence.end)
            and not any(sentence.index in d.sentences for d in drafts)
            else None
        )
        named = tuple(_impact_places(ctx, sentence))
        if named and (
            len(_regions(named)) == 1
            or not ctx.has("interception", "destroyed", sentence.start, sentence.end)
        ):
            # "В Балашихе сбит БПЛА. … беспилотник рухнул в лесополосу": the debris fell where the drone
            # was downed; after a list of regions where drones were downed, it is not known where
            last_places, named_at = named, sentence.index
    drafts = _without_a_headline_repeated(ctx, drafts)
    _without_summed_tolls(drafts)
    for draft in drafts:
        draft.places = _specific_first(draft.places)
    # An impact word with nothing to say where, how many, what followed or who was hurt ("the enemy
    # attacked with drones") is no claim.
    return [
        d for d in drafts if (d.places and d.damage) or d.sites or d.consequences or d.killed or d.injured
    ]
