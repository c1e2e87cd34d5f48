"""Interception claims: "intercepted 83 drones", their per-place breakdown, window and scope.

A claim starts at a count of weapons next to an interception, launch or suppression verb ("перехвачены и
уничтожены 77 украинских БПЛА", "launched 23 drones"). Counts tied to places that follow it — in the same
sentence after a colon, or in the next sentences — are its breakdown, unless they state a new total. A
count said again (a headline and its body, "Всего за ночь" repeating the figure) is the same claim. What the
words after a launch claim say was downed ("18 of them", "усі збито") is read by ``launches``.
"""

from __future__ import annotations

import re
from typing import Final

from dronewatch.extract.breakdown import (
    distributive,
    is_subset,
    item_shape,
    own_place,
    places_for,
    region_named_before,
    right_after,
)
from dronewatch.extract.context import Context, Sentence, WeaponMention, own_line, running_total
from dronewatch.extract.draft import InterceptionDraft, listed, told
from dronewatch.extract.events import (
    ROUNDING,
    all_of,
    attack_times,
    kind_of,
    model_of,
    one_more_downed,
    out_of_count,
    quantity_of,
    same_count,
    sentence_events,
    window_of,
)
from dronewatch.extract.launches import all_but, complete_all, complete_launch
from dronewatch.extract.numbers import Count
from dronewatch.extract.roles import Event, is_direction, numbers_listed_before
from dronewatch.extract.segment import BULLETS
from dronewatch.model import BreakdownItem, Quantity, Time

__all__ = ["find_interceptions"]

# A breakdown may follow its total by this many sentences that list no place counts ("This figure,
# obtained through exclusive channels, …"); calibrated on English relays of ministry statements.
MAX_BREAKDOWN_GAP: Final = 2


# How far before or after a total the word that says it is one may stand ("a total of 46", "46 in total").
TOTAL_REACH: Final = 12


# Between "a total" and its count: "of" or nothing.
_OF: Final = re.compile(r"\s*(?:of\s*)?", re.IGNORECASE)


class _Builder:
    """Walks the sentences once, keeping the claim whose breakdown may still continue."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.drafts: list[InterceptionDraft] = []
        self.current: InterceptionDraft | None = None
        self.gap = 0
        self.previous_window: Time | None = None
        # the classes of weapon the sentence of the previous window named, if any: a claim of another class
        # does not take that window ("Five bombs hit Zaporizhzhia between 13:20 and 13:45. The air force
        # said it had shot down 23 drones overnight.")
        self.window_weapons: frozenset[str] = frozenset()
        # how many more sentences with no time the previous window may outlast (none for one time of an
        # attack, which the next sentence forgets)
        self.window_kept = 0
        # The window of the claims of the sentence just read, where it told one: a next sentence that
        # goes on with "also" ("Також ворог запустив 12 БпЛА") tells more of the same attack.
        self.told_window: tuple[int, Time] | None = None
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
            places = places_for(self.ctx, sentence, count)
            if not places or self._fell(sentence, count):
                continue
            if self.ctx.has("interception", "retracted", sentence.start, count.start):
                continue  # "(Corrects number … to 9 from 19)": a figure a correction takes back
            named = self.ctx.weapon_after(count, sentence)
            other = named.weapon if named is not None else "unknown"
            if "unknown" not in (draft.weapon, other) and other != draft.weapon:
                continue  # "… скинуто 11 керованих авіабомб" after a claim of drones: another weapon
            if (
                named is not None
                and named.model is not None
                and named.model != draft.weapon_model
                and other == "unknown"
            ):
                continue  # "29 drones and 4 unmanned surface vessels": boats, a class of their own
            # a distributive count's places form one phrase: its shape is read at the nearest place
            nearest = min(places, key=lambda p: min(abs(p.span[0] - count.end), abs(count.start - p.span[1])))
            if not item_shape(self.ctx, sentence, count, nearest, later=sentence.index != draft.sentence):
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

    def repeated(self, event: Event, sentence: Sentence) -> InterceptionDraft | None:
        """An earlier claim that states the same count of the same weapon (a headline and its body) —
        never "one more" ("Ещё один сбили …")."""
        ctx = self.ctx
        if event.role == "destroyed" and ctx.has(
            "interception", "more", max(0, event.count.start - 8), event.count.start
        ):
            return None  # "ще 20 … локаційно втрачено" adds to the downed: a suppressed count may repeat
        model: str | None = None
        for draft in self.drafts:
            same = {
                "destroyed": draft.destroyed,
                "launched": draft.launched,
                "suppressed": draft.suppressed,
            }[event.role]
            if same is not None and draft.weapon == event.weapon.weapon and same_count(same, event.count):
                if draft.weapon_model is not None:
                    # not another model's count of the same figure ("4 Kinzhal missiles and 4 Kh-59/69")
                    model = model or model_of(self.ctx, sentence, event.count, event.weapon)
                    if model is not None and model != draft.weapon_model:
                        continue
                return draft
            if (
                event.role == "destroyed"
                and draft.weapon == event.weapon.weapon
                and self._headline_s(draft, event)
            ):
                return draft
        return None

    def _headline_s(self, draft: InterceptionDraft, event: Event) -> bool:
        """Whether a headline's rounded count of an attack ("Российские власти заявили об атаке более 50
        дронов") is the downed count its body gives exactly ("сбили 51 украинский беспилотник"): the
        same figure told loosely, no launch of its own."""
        launched = draft.launched
        return (
            draft.sentence == 0
            and draft.destroyed is None
            and launched is not None
            and launched.qualifier != "exact"
            and own_line(self.ctx, self.ctx.sentences[0])
            and same_count(launched, event.count)
        )

    def pending_launch(self, event: Event, sentence: Sentence) -> InterceptionDraft | None:
        """An earlier launch-only claim of this weapon that a destroyed count completes — unless the
        launch named a target region and the count was downed in another ("Три FPV-дрона пытались
        атаковать Брянскую область, еще два БПЛА сбито над Воронежской областью")."""
        if event.role == "launched":
            return None
        here = {p.admin1 for p in places_for(self.ctx, sentence, event.count)}
        # a downed model completes the launch of that model ("четыре крылатые ракеты «Искандер-К»" after
        # "девятью «Искандер-К» и четырьмя «Искандер-М»"), not of another
        model = model_of(self.ctx, sentence, event.count, event.weapon)
        # a kind of missile completes a launch of that kind ("7 крилатих ракет" after "9 крилатими
        # ракетами Х-101 та 55 балістичними ракетами"), not of the other
        kind = kind_of(self.ctx, event.count, event.weapon, model)
        for draft in reversed(self.drafts):
            if (
                draft.weapon == event.weapon.weapon
                and (model is None or draft.weapon_model in (None, model))
                and (kind is None or draft.missile_kind() in (None, kind))
                and draft.launched is not None
                and getattr(draft, event.role) is None
                and event.count.value <= draft.launched.value
            ):
                target = {p.admin1 for p in draft.target}
                if here and target and not here & target:
                    return None
                if not target and self._regional_report(sentence, event.count, draft, here):
                    return None
                return draft
        return None

    def new_claim(self, sentence: Sentence, event: Event) -> InterceptionDraft:
        window = (
            window_of(self.ctx, sentence)
            or self._previous_window_of(event)
            or self._also_window(sentence, event)
        )
        draft = InterceptionDraft(
            sentence=sentence.index,
            start=sentence.start,
            end=sentence.end,
            weapon=event.weapon.weapon,
            weapon_model=model_of(self.ctx, sentence, event.count, event.weapon),
            window=window,
            sentences={sentence.index},
        )
        draft.kind = kind_of(self.ctx, event.count, event.weapon, draft.weapon_model)
        quantity = quantity_of(self.ctx, event.count, event.weapon)
        setattr(draft, event.role, quantity)
        if event.role == "launched":
            clause = sentence.clause_of(event.count.start)
            draft.target = tuple(p for p in sentence.places if clause.start <= p.span[0] < clause.end)
        if event.role == "destroyed":
            launched = out_of_count(self.ctx, event.count, sentence)
            if launched is not None:
                draft.launched = launched.quantity()
                but = all_but(self.ctx, sentence, [event.count])
                if but is not None and event.count.value <= launched.value:
                    # "shot down all but three of the 45 drones": 42 were
                    span = (but[1][0], launched.end)
                    value = launched.value - event.count.value
                    draft.destroyed = Quantity(value, "exact", self.ctx.text[span[0] : span[1]], span)
            elif all_of(self.ctx, event):
                draft.launched = quantity
            count = event.count
            spread = places_for(self.ctx, sentence, count) if distributive(self.ctx, count) else []
            if len(spread) > 1 and draft.launched is None:
                # "Над Ленинградской и Новгородской областями сбиты по два беспилотника": that many over
                # each, and no total told
                draft.destroyed = None
                draft.breakdown.extend(BreakdownItem(p, count.quantity()) for p in spread)
            elif place := own_place(self.ctx, sentence, count) or region_named_before(
                self.ctx, sentence, count
            ):
                draft.place_total(place, quantity)
        self.drafts.append(draft)
        return draft

    def sentence(self, sentence: Sentence) -> None:
        ctx = self.ctx
        if running_total(ctx, sentence.start, sentence.end):
            self.current = None
            return
        events = sorted(sentence_events(ctx, sentence), key=lambda e: e.count.start)
        if not events and self._typed_line(sentence):
            return
        if not events and self._headless_list(sentence):
            return
        if self._list_total(sentence, events):
            return
        type_list, self.type_list = self.type_list, None
        used: set[int] = set()
        for event in events:
            count = event.count
            current = self.current
            if current is not None and self._continues(sentence, event, current):
                if not is_subset(ctx, sentence, count) or places_for(ctx, sentence, count):
                    self.add_items(sentence, [count])
                if current.window is None and any(t.window for t in sentence.times):
                    current.window = window_of(ctx, sentence)  # told with the breakdown
                used.add(count.start)
                continue
            if current is not None and self._rolls_up(sentence, event, current):
                current.destroyed = quantity_of(ctx, count, event.weapon)
                current.sentences.add(sentence.index)
                current.end = max(current.end, sentence.end)
                used.add(count.start)
                continue
            earlier = self.repeated(event, sentence)
            if earlier is not None:
                # the body may give the time, the speaker and the launched count the headline left out
                earlier.sentences.add(sentence.index)
                if earlier.window is None:
                    earlier.window = window_of(self.ctx, sentence)
                stated = getattr(earlier, event.role)
                if stated is not None and stated.qualifier != "exact" and count.qualifier == "exact":
                    setattr(earlier, event.role, quantity_of(ctx, count, event.weapon))  # the exact figure
                elif stated is None:
                    # a headline's rounded attack that the body downs exactly: the body's figure, no launch
                    earlier.destroyed, earlier.launched = quantity_of(ctx, count, event.weapon), None
                launched = out_of_count(ctx, count, sentence) if event.role == "destroyed" else None
                if earlier.launched is None and launched is not None:
                    earlier.launched = launched.quantity()
                # a headline's claim takes the breakdown its body gives
                near = earlier.sentence >= sentence.index - 3 or earlier.sentence == 0
                self.current = earlier if near else None
                used.add(count.start)
                continue
            if self._subset_of_a_figure(sentence, event):
                used.add(count.start)
                continue
            pending = self.pending_launch(event, sentence)
            if pending is not None:
                places = places_for(ctx, sentence, count)
                # "ten of them were shot down over the Belgorod region": "of them" are the launched, downed
                # over a place named after them (not the launch's target: "по объекту в Брянской области
                # было выпущено шесть ракет и пять из них были сбиты")
                of_them = right_after(ctx, "partial", count) and all(p.span[0] > count.end for p in places)
                placed = (
                    bool(places)
                    and event.role == "destroyed"
                    and (of_them or not is_subset(ctx, sentence, count))
                )
                if placed and self._placed_after(sentence, count):
                    # "83 дрона атаковали регионы. 36 БПЛА сбили в Курской области, 20 — в Брянской": a
                    # list of where the launched drones were downed, with no total of its own
                    pending.breakdown.extend(BreakdownItem(p, count.quantity()) for p in places)
                    self.current = pending
                else:
                    quantity = quantity_of(ctx, count, event.weapon)
                    setattr(pending, event.role, quantity)
                    # "495 of the 496 drones" after a headline's "500 drones": the exact launched figure
                    stated = out_of_count(ctx, count, sentence) if event.role == "destroyed" else None
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
                        place = own_place(ctx, sentence, count) or region_named_before(ctx, sentence, count)
                        if place is not None:
                            pending.place_total(place, quantity)
                        self.current = pending
                    elif event.role == "destroyed" and not pending.breakdown:
                        # "Russia launched 19 drones at Odesa region; 16 of them were shot down over the
                        # region": the region named before
                        place = region_named_before(ctx, sentence, count)
                        if place is not None:
                            pending.place_total(place, quantity)
                pending.sentences.add(sentence.index)
                if (pending.window is None or pending.window.end is None) and any(
                    t.window for t in sentence.times
                ):
                    # "Between 6 pm on Saturday and 8 am on Sunday, air defences shot down 71 of the drones";
                    # a window with an end over the launch's start alone ("launched 43 missiles from 7 p.m.")
                    own = window_of(ctx, sentence)
                    if own is not None and (pending.window is None or own.end is not None):
                        pending.window = own
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
            head = self._list_head(sentence, events[-1])
            self.type_list = head or self._line_of(type_list, sentence, events)
            self._shared_place(sentence)
        # "7 із 9 дронів": the count a downed one is out of is its launch, no item of a list
        used.update(of.start for e in events if (of := out_of_count(ctx, e.count, sentence)) is not None)
        rest = [c for c in sentence.counts if c.start not in used and not c.article]
        if self._respectively(sentence, rest):
            rest = []
        complete_all(ctx, self.drafts, sentence)
        # each count may complete the claim: "20 were shot down and five were jammed"
        while (completed := complete_launch(ctx, self.drafts, sentence, rest, bool(events))) is not None:
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
            own = window_of(ctx, sentence) if any(t.window for t in sentence.times) else None
            self.told_window = (sentence.index, own) if own is not None else None
            return
        times = attack_times(ctx, sentence)
        windowed = any(t.window for t in times)
        # "The missiles were intercepted at around 3 a.m.": when the downing of the claim before was
        # (or "Атака велась около 02:30 ночи": when the attack named was)
        attack = self._names_the_attack(sentence)
        at_one_time = (
            not windowed
            and len(times) == 1
            and (
                ctx.has("interception", "destroyed", sentence.start, sentence.end)
                or (attack and bool(self.drafts))
            )
        )
        # "Близько 23:40 ворог атакував Дніпро ударними БпЛА.": the time of an attack told with no count
        # is that of the downing told next
        attacked_at = (
            not windowed
            and len(times) == 1
            and not at_one_time
            and (attack or ctx.has("interception", "launched", sentence.start, sentence.end))
        )
        if not times and self.previous_window is not None and self.window_kept > 0:
            # "У ніч на 3 лютого (з 18:00 2 лютого) противник завдав масованого удару … Основний напрямок
            # удару – об'єкти енергетики. Усього зафіксовано 516 засобів …": a sentence that tells no time
            # leaves the attack's window to the claims after it
            self.window_kept -= 1
            return
        if not windowed and not at_one_time and not attacked_at:
            self.previous_window = None
            return
        # read as a claim's own window is (a time of day no clock could fix is no window)
        window = window_of(ctx, sentence)
        self.previous_window = window if windowed or attacked_at else None
        self.window_weapons = frozenset(w.weapon for w in sentence.weapons)
        # a window ("з 18:00 2 лютого") outlasts a few sentences with no time; an attack's one time does not
        self.window_kept = WINDOW_KEPT if windowed else 0
        if attacked_at:
            return
        if self.drafts:
            # "Russia fired 111 drones … The air force said the attack lasted from 18:00 until 08:00."
            last = self.drafts[-1]
            if last.window is None and sentence.index - max(last.sentences) <= MAX_BREAKDOWN_GAP:
                # every claim of the last one's sentence ("intercepted six Kinzhal missiles, nine Kalibr …")
                for draft in self.drafts:
                    if draft.sentence == last.sentence and draft.window is None:
                        draft.window = window

    def _fell(self, sentence: Sentence, count: Count) -> bool:
        """Whether a count's clause tells where debris fell or something hit ("debris of one of them fell
        on the territory of the Smolensk aviation plant"): an impact's, no item of the breakdown."""
        clause = sentence.clause_of(count.start)
        ctx = self.ctx
        return ctx.has("consequences", "debris", clause.start, clause.end) or ctx.has(
            "interception", "hit_verbs", clause.start, clause.end
        )

    def _previous_window_of(self, event: Event) -> Time | None:
        """The window of a sentence before that told no claim, for a claim of a weapon it named (or of
        weapons unnamed: "516 засобів повітряного нападу"), or of any where it named none."""
        told, weapon = self.window_weapons, event.weapon.weapon
        return self.previous_window if not told or weapon in told or weapon == "unknown" else None

    def _also_window(self, sentence: Sentence, event: Event) -> Time | None:
        """The window of the sentence just before, for a claim its sentence tells "also" ("З 23:10 до
        04:20 противник випустив 8 ракет «Калібр». Також ворог запустив 12 ударних БпЛА")."""
        told = self.told_window
        if told is None or told[0] != sentence.index - 1:
            return None
        return told[1] if self.ctx.has("interception", "also", sentence.start, event.count.start) else None

    def _names_the_attack(self, sentence: Sentence) -> bool:
        """Whether a sentence names the attack ("Атака велась около 02:30 ночи", "the attack began at")."""
        return self.ctx.has("interception", "attack_nouns", sentence.start, sentence.end)

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

    def _list_head(self, sentence: Sentence, event: Event) -> tuple[InterceptionDraft, str] | None:
        """The claim of ``event`` and its role when the event is a total of unnamed weapons that ends
        its sentence with a colon ("збито/подавлено 603 засоби повітряного нападу:")."""
        if event.weapon.weapon != "unknown":
            return None
        if not _COLON_ENDS.fullmatch(self.ctx.text, event.weapon.end, sentence.end):
            return None
        for draft in reversed(self.drafts):
            quantity = getattr(draft, event.role)
            if quantity is not None and quantity.span[0] <= event.count.number_start < quantity.span[1]:
                return draft, event.role
        return None

    def _line_of(
        self, type_list: tuple[InterceptionDraft, str] | None, sentence: Sentence, events: list[Event]
    ) -> tuple[InterceptionDraft, str] | None:
        """The list by type a line with a verb of its own belongs to ("✔️ 270 ворожих БпЛА збито вогневими
        засобами;" after "збито/подавлено 478 повітряних цілей:"): the list goes on past it, and its
        total is only the sum of the lines, as with lines that have no verb (``_typed_line``)."""
        if type_list is None or any(e.weapon.weapon == "unknown" for e in events):
            return None
        if self.ctx.text[sentence.start : events[0].count.start].strip(BULLETS):
            return None  # a sentence of its own, not a line of the list
        head, role = type_list
        head.by_type.add(role)
        return type_list

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
        # the lines may type what was downed instead ("the following had been downed:\n• 6 Kh-101 cruise
        # missiles;"): a claim per weapon, as after a total's colon
        self.type_list = (draft, "destroyed")
        return True

    def _list_total(self, sentence: Sentence, events: list[Event]) -> bool:
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
        if weapon is not None and listed(current) != counts[0].value and self._summed(counts[0], weapon):
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
        opener = head.destroyed is None and head.launched is None and head.suppressed is None
        if opener and any(not is_direction(ctx, sentence, p) for p in sentence.places):
            return False  # "🔹 9 БпЛА — над Київщиною" after "знешкодили:": an item of the opener's list
        quantity = quantity_of(ctx, count, weapon)
        model = model_of(ctx, sentence, count, weapon)
        # the claim of the same weapon and model; else of the same weapon, its model unsaid on either side;
        # else the one claim of that weapon ("11 ракетами – балістичними Іскандер-М та крилатою Х-101", then
        # "✔️ 2 крилаті ракети Х-101;")
        open_drafts = [
            d
            for d in self.drafts
            if d is not head and d.weapon == weapon.weapon and getattr(d, role) is None and not d.by_type
        ]
        same = (
            next((d for d in open_drafts if d.weapon_model == model), None)
            or next((d for d in open_drafts if d.weapon_model is None or model is None), None)
            or (open_drafts[0] if len(open_drafts) == 1 else None)
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
            c.start > count.end and not c.article and places_for(self.ctx, sentence, c)
            for c in sentence.counts
        )

    def one_more(self, sentence: Sentence, count: Count) -> bool:
        """ "Семь сбитых дронов в Калужской области, еще пять в Брянской", "Над Київщиною збили 5 дронів.
        Ще 3 — над Житомирщиною": after a claim placed in one region, "more" and a count in another region
        is a claim of its own, in the same sentence or at the start of the next."""
        current = self.current
        own = current.only_place() if current is not None else None
        if current is None or own is None or not one_more_downed(self.ctx, sentence, count):
            return False
        if current.sentence != sentence.index and not (
            sentence.index == max(current.sentences) + 1
            and not self.ctx.text[sentence.start : count.start].split()[1:]
        ):
            return False
        places = places_for(self.ctx, sentence, count)
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

    def _respectively(self, sentence: Sentence, counts: list[Count]) -> bool:
        """ "destroyed 32 drones over the Saratov, Volgograd and Rostov regions - 18, nine and five
        respectively": the counts after the places, paired with them in order, are the breakdown of the
        claim the sentence made. Returns whether they were."""
        ctx, draft = self.ctx, self.current
        if len(counts) < 2:
            return False
        if not ctx.has("interception", "respectively", counts[-1].end, sentence.end):
            return False
        if self._downed_respectively(sentence, counts):
            return True
        if draft is None or draft.sentence != sentence.index:
            return False
        if self._counts_first(sentence, counts, draft):
            return True
        places = [
            p
            for p in sentence.places
            if draft.start <= p.span[0] < counts[0].start and not is_direction(ctx, sentence, p)
        ]
        if len(places) != len(counts):
            return False
        if draft.own_item is not None and draft.own_item in draft.breakdown:
            draft.breakdown.remove(draft.own_item)  # the total's one place was the list's first
            draft.own_item = None
        draft.breakdown.extend(BreakdownItem(p, c.quantity()) for p, c in zip(places, counts, strict=True))
        return True

    def _counts_first(self, sentence: Sentence, counts: list[Count], draft: InterceptionDraft) -> bool:
        """ "destroyed 19, 11 and 6 drones over the Bryansk, Kursk and Oryol regions respectively": the
        numbers listed before the claim's own, paired in order with the places after it, are its
        breakdown, and no total is told. Returns whether they were."""
        ctx, own = self.ctx, draft.destroyed
        if own is None or draft.launched is not None:
            return False
        last = next((c for c in sentence.counts if c.start == own.span[0]), None)
        if last is None or numbers_listed_before(ctx, sentence, last)[:-1] != counts:
            return False
        places = [
            p for p in sentence.places if own.span[1] <= p.span[0] and not is_direction(ctx, sentence, p)
        ]
        if len(places) != len(counts) + 1:
            return False
        quantities = [c.quantity() for c in counts] + [own]
        draft.breakdown = [BreakdownItem(p, q) for p, q in zip(places, quantities, strict=True)]
        draft.own_item = None
        draft.destroyed = None
        return True

    def _downed_respectively(self, sentence: Sentence, counts: list[Count]) -> bool:
        """ "Russia launched 49 drones on May 4 and 112 drones on May 5; Ukraine downed 38 and 91
        respectively": downed counts paired in order with as many launches just told, which no count
        downed yet. Returns whether they were."""
        ctx = self.ctx
        verb = ctx.find("interception", "destroyed", sentence.start, counts[0].start)
        # the verb right before the counts, or after "respectively" ("442 and 41 respectively were shot down")
        before = bool(verb) and not ctx.text[verb[-1].end : counts[0].start].strip(" \t,")
        said = ctx.find("interception", "respectively", counts[-1].end, sentence.end)
        after = bool(said) and bool(
            ctx.find(
                "interception", "destroyed", said[0].end, min(sentence.end, said[0].end + RESPECTIVE_REACH)
            )
        )
        if not before and not after:
            return False
        launches = [
            d
            for d in self.drafts
            if d.launched is not None and d.destroyed is None and sentence.index - d.sentence <= 1
        ]
        # of one weapon told on two days, or of several told in this very sentence, in order
        if len(launches) != len(counts) or (
            len({d.weapon for d in launches}) != 1 and any(d.sentence != sentence.index for d in launches)
        ):
            return False
        for draft, count in zip(launches, counts, strict=True):
            draft.destroyed = count.quantity()
            draft.sentences.add(sentence.index)
        return True

    def _rolls_up(self, sentence: Sentence, event: Event, current: InterceptionDraft) -> bool:
        """ "Всего за прошедшую ночь ПВО сбили 34 дрона" after items that add up to 34: the total of the
        list before, not a new claim."""
        if event.role != "destroyed" or len(current.breakdown) < 2:
            return False
        return listed(current) == event.count.value and self.ctx.has(
            "interception", "complete", sentence.start, sentence.end
        )

    def _regional_report(
        self, sentence: Sentence, count: Count, draft: InterceptionDraft, here: set[str | None]
    ) -> bool:
        """Whether a count downed over one region, in a paragraph after a launch aimed at no region, is a
        region's own report ("Russia launched 653 drones … \n\nIn Vinnytsia Oblast, air defense shot
        down 23 drones"), not the launch's downed: a line break stands between them and nothing ties
        the count to the launch ("of them", "усі")."""
        ctx = self.ctx
        launch = ctx.sentences[draft.sentence]
        if "\n" not in ctx.text[launch.end : sentence.start]:
            return False
        if len(here) != 1:
            own = own_place(ctx, sentence, count)
            if here or own is None:
                return False
        return not any(
            ctx.has("interception", key, sentence.start, count.end) for key in ("partial", "anaphora", "all")
        )

    def _subset_of_a_figure(self, sentence: Sentence, event: Event) -> bool:
        """Whether a count is a subset ("including seven Kh-101 cruise missiles") of a figure of the same
        weapon and role this sentence gave a claim before it ("destroyed 30 missiles, including …"):
        no claim of its own."""
        if not is_subset(self.ctx, sentence, event.count):
            return False
        for draft in self.drafts:
            figure = getattr(draft, event.role)
            if (
                draft.weapon == event.weapon.weapon
                and sentence.index in draft.sentences
                and figure is not None
                and sentence.start <= figure.span[0]
                and figure.span[1] <= event.count.start
                and figure.value > event.count.value
            ):
                return True
        return False

    def _suppressed_too(self, sentence: Sentence, event: Event, current: InterceptionDraft | None) -> bool:
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
        current.suppressed = quantity_of(self.ctx, event.count, event.weapon)
        current.sentences.add(sentence.index)
        current.end = max(current.end, sentence.end)
        return True

    def _sums_earlier(self, sentence: Sentence, event: Event) -> list[InterceptionDraft]:
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
            said = told(draft)
            if said is None or weapon.weapon not in (draft.weapon, "unknown"):
                return []
            total += said
            summed.append(draft)
            if total >= count.value:
                return summed if len(summed) > 1 and total == count.value else []
        return []

    def _roll_up(self, sentence: Sentence, event: Event, summed: list[InterceptionDraft]) -> None:
        """A roll-up of claims each told in full by place ("над Кримом збили 12 дронів, ще 8 — над
        Чорним морем. Загалом … знищено 20") is the total of their lists: one claim with those items. Of
        claims not so told (separate reports of two and three drones over the day), it repeats figures
        already given and makes no claim of its own."""
        if not all(d.breakdown and listed(d) == told(d) for d in summed):
            return
        first, *rest = reversed(summed)
        first.destroyed = quantity_of(self.ctx, event.count, event.weapon)
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

    def _continues(self, sentence: Sentence, event: Event, current: InterceptionDraft) -> bool:
        """Whether a weapon count after a total is an item of its breakdown, not a claim of its own.

        It is when the wording makes it a subset ("64 of these drones", "в том числе 12 БПЛА") or when
        it is tied to a place and smaller than the total ("▫️ 57 БПЛА – над территорией …").
        """
        # (an unnamed weapon goes on with any: "air targets"; not a named one of no class, "uncrewed boats")
        unnamed = event.weapon.weapon == "unknown" and event.weapon.model is None
        if event.role != "destroyed" or (current.weapon != event.weapon.weapon and not unnamed):
            return False
        if sentence.index != current.sentence and sentence.index not in current.sentences:
            # a later sentence with its own time or its own speaker is a claim of its own — unless it
            # restated the claim's total first ("Russia downed 105 drones" … "destroyed 105 drones, of
            # which 65 were downed over the Kursk region"), or gives the window the claim lacked along
            # with some of its weapons ("45 drones were destroyed overnight." … "The drones were downed
            # between 8 p.m. and 7 a.m., adding that 19 of them were destroyed over the Bryansk region"),
            # and no other speaker tells it
            windowed = any(t.window for t in sentence.times)
            if windowed and current.window is None and is_subset(self.ctx, sentence, event.count):
                if self._own_speaker(sentence):
                    return False
            elif windowed or self._own_speaker(sentence):
                return False
        total = current.total()
        if total is None and current.own_item is None and not current.breakdown:
            return False
        more = one_more_downed(self.ctx, sentence, event.count)
        if more and not current.breakdown and sentence.index != current.sentence:
            return False  # "Отражена атака двух беспилотников. Ещё один сбит над Подольском": one more
        own = current.only_place()
        if more and own is not None and sentence.index != current.sentence:
            places = places_for(self.ctx, sentence, event.count)
            if places and all(p.admin1 != own.admin1 or p.id != own.id for p in places):
                # "Над Брянской областью уничтожены 7 БПЛА. Еще один … над Курской", "Над Брянским районом
                # уничтожены 4 беспилотника. Ещё 2 БПЛА сбиты над Почепским районом": elsewhere
                return False
        if (
            own is not None
            and sentence.index != current.sentence
            and not is_subset(self.ctx, sentence, event.count)
            and not self.ctx.has("interception", "more", sentence.start, event.count.start)
        ):
            return False  # "14 БПЛА над Краснодарским краем. … шесть над Брянской": the 14 is all there
        if is_subset(self.ctx, sentence, event.count):
            return True
        limit = total if total is not None else 10**9
        return bool(places_for(self.ctx, sentence, event.count)) and event.count.value < limit


# How many sentences that tell no time may stand between an attack's window and the claims it dates.
WINDOW_KEPT: Final = 2
# How far after "respectively" its downing verb may end ("41 respectively were shot down").
RESPECTIVE_REACH: Final = 24


def _summed_by_type(draft: InterceptionDraft, drafts: list[InterceptionDraft]) -> set[str]:
    """The counts of a claim of no one weapon ("215 air attack assets", "112 targets were neutralized")
    that the claims by type told with it add up to ("– 70 missiles and 145 drones", ": 48 missiles and 64
    drones were shot down"): only their sum, as a roll-up that repeats figures is, no claim of its own. A
    downed total may sum the suppressed too ("478 targets: 268 … shot down, and another 208 were lost
    locationally; two Kh-101 …")."""
    if draft.breakdown:
        return set()
    if draft.weapon != "unknown":
        return _summed_by_model(draft, drafts)
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


def _summed_by_model(draft: InterceptionDraft, drafts: list[InterceptionDraft]) -> set[str]:
    """The launched count of a class of weapon ("13 ракет" in a headline, "9 of 10 missiles") that the
    launches of its models told after it add up to ("девятью «Искандер-К» и четырьмя «Искандер-М»"):
    their sum, no claim of its own; so is its downed count where theirs add up to it too."""
    stated = draft.launched
    if stated is None or draft.weapon_model is not None:
        return set()
    parts = [
        d
        for d in drafts
        if d is not draft
        and d.weapon == draft.weapon
        and d.sentence >= draft.sentence
        and d.weapon_model is not None
        and d.launched is not None
    ]
    if len(parts) < 2 or len({d.weapon_model for d in parts}) < len(parts):
        return set()
    if sum(q.value for d in parts if (q := d.launched) is not None) != stated.value:
        return set()
    downed = [q.value for d in parts if (q := d.destroyed) is not None]
    if draft.destroyed is not None and downed and sum(downed) == draft.destroyed.value:
        return {"launched", "destroyed"}
    return {"launched"}


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


# A colon the rest of a sentence ends with, after no digit ("… drones:").
_COLON_ENDS: Final = re.compile(r"[^\d:]*:\s*")
