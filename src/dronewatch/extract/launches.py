"""Launch claims completed by what follows them: "launched 23 drones … 18 of them were shot down", "усі
збито", "all but one", "neither was intercepted", "ще 23 – локаційно втрачені".

A launch claim ("Росія атакувала 62 дронами") is made by ``interceptions``; the counts told without
their noun in the same or the next sentences, the words "all" or "none" before a downing verb, say how
many of its weapons were downed or taken by electronic warfare.
"""

from __future__ import annotations

import re
from typing import Final

from dronewatch.extract.breakdown import is_subset, own_place
from dronewatch.extract.context import Context, Match, Sentence
from dronewatch.extract.draft import InterceptionDraft
from dronewatch.extract.events import new_item, phrase_just_before
from dronewatch.extract.numbers import Count
from dronewatch.extract.roles import ATTEMPT_REACH, is_direction, passive_after, passive_voice
from dronewatch.extract.segment import BULLETS
from dronewatch.model import BreakdownItem, Quantity

__all__ = ["all_but", "complete_all", "complete_launch"]

# How far a verb may stand from a count told without its noun ("сбило всего две", "23 – локаційно
# втрачені").
VERB_REACH: Final = 16
# How many sentences back a stated zero that names its weapon looks for the launch it completes.
NAMED_LAUNCH_REACH: Final = 3


def _the_launched(
    ctx: Context, drafts: list[InterceptionDraft], sentence: Sentence, destroy: list[Match]
) -> InterceptionDraft | None:
    """ "Russia launched 23 drones and a cruise missile … destroyed the missile and 18 of the
    drones": "the" and the noun of a single launched weapon downs that one."""
    for weapon in sentence.weapons:
        before = ctx.text[max(sentence.start, weapon.start - 4) : weapon.start]
        if before.lower() != "the " or not any(v.end <= weapon.start for v in destroy):
            continue
        for draft in reversed(drafts):
            launched = draft.launched
            if (
                draft.weapon == weapon.weapon
                and launched is not None
                and launched.value == 1
                and draft.destroyed is None
            ):
                text = ctx.text[weapon.start - 4 : weapon.end]
                draft.destroyed = Quantity(1, "exact", text, (weapon.start - 4, weapon.end))
                draft.sentences.add(sentence.index)
                return draft
    return None


def complete_all(ctx: Context, drafts: list[InterceptionDraft], sentence: Sentence) -> None:
    """ "All missiles and 35 drones were shot down", "усі ракети збито": every weapon of a launch
    claim just made was downed."""
    for weapon in sentence.weapons:
        said = phrase_just_before(ctx, "all", max(sentence.start, weapon.start - 12), weapon.start)
        clause = sentence.clause_of(weapon.start)
        if said is None or not ctx.has("interception", "destroyed", clause.start, clause.end):
            continue
        for draft in reversed(drafts):
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


def complete_launch(
    ctx: Context, drafts: list[InterceptionDraft], sentence: Sentence, counts: list[Count], has_events: bool
) -> Count | None:
    """Counts told without their noun that complete a claim just made.

    "было выпущено восемь ракет, а ПВО сбило всего две", "шесть ракет и пять из них были сбиты",
    "Они были сбиты" right after "Четыре БПЛА пытались атаковать": what the launch claim's air
    defences downed. "…збито 67 БпЛА, ще 23 – локаційно втрачені": what electronic warfare took.
    """
    reach = 1 + _lines_before(ctx, sentence)
    recent = [d for d in reversed(drafts) if sentence.index - max(d.sentences, default=d.sentence) <= reach]
    # "Of the 78 missiles, 59 were shot down", "Of the drones, 296 were shot down": the claim this
    # sentence named, or of the weapon it names before its counts, before the latest one
    named = {w.weapon for w in sentence.weapons if counts and w.end <= counts[0].start}
    recent.sort(key=lambda d: (sentence.index not in d.sentences, d.weapon not in named))
    pending = next((d for d in recent if d.launched is not None and d.destroyed is None), None)
    destroy = ctx.find("interception", "destroyed", sentence.start, sentence.end)
    suppress = ctx.find("interception", "suppressed", sentence.start, sentence.end)
    if pending is not None and pending.launched is not None and destroy:
        but = all_but(ctx, sentence, counts)
        if but is not None and but[0].value <= pending.launched.value:
            # "Russia fired 50 cruise missiles; all but one were shot down": 49 were
            count, span = but
            value = pending.launched.value - count.value
            pending.destroyed = Quantity(value, "exact", ctx.text[span[0] : span[1]], span)
            pending.sentences.add(sentence.index)
            return None
    if pending is not None and pending.launched is not None and counts:
        everything = _all_then_list(ctx, sentence, destroy, counts[0])
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
                and not new_item(ctx, ctx.text[v.end : count.start])
                for v in destroy
            )
            after = any(
                count.end <= v.start < clause.end
                and (
                    is_subset(ctx, sentence, count)
                    or passive_after(ctx, count, v.start)
                    or not ctx.text[count.end : v.start].strip()  # "… 62 дронами – 47 збито"
                )
                for v in destroy
            )
            if before or after:
                pending.destroyed = count.quantity()
                pending.sentences.add(sentence.index)
                # "…, and ten of them were shot down over the Belgorod region": where they were downed
                place = own_place(ctx, sentence, count)
                if place is not None and not pending.breakdown:
                    pending.place_total(place, pending.destroyed)
                return count
        open_claims = [d for d in recent if d.suppressed is None and d.destroyed is not None]
        # what electronic warfare took, told with no noun, is drones' ("✔️ 206 – локаційно втрачені
        # (імітатори)" after lines of drones and missiles): missiles are shot down
        target = next((d for d in open_claims if d.weapon == "uav" and not named), None) or next(
            iter(open_claims), None
        )
        if (
            target is not None
            # what electronic warfare took is told after what was downed, not before it ("Збито/
            # подавлено 388 повітряних цілей: 372 БпЛА та 16 ракет": the 388 are both together)
            and not (target.destroyed is not None and count.end <= target.destroyed.span[0])
            and any(
                (count.end <= v.start < clause.end and v.start - count.end <= VERB_REACH)
                # "локаційно втрачено – 12": the verb, a dash and the count
                or (v.end <= count.start and _SPACES_OR_DASHES.fullmatch(ctx.text, v.end, count.start))
                for v in suppress
            )
        ):
            target.suppressed = count.quantity()
            target.sentences.add(sentence.index)
            downed = _downed_part(counts, target.destroyed, count, destroy)
            if downed is not None:
                target.destroyed = downed.quantity()
            return count
    definite = _the_launched(ctx, drafts, sentence, destroy)
    if definite is not None:
        return None
    if _none_downed(ctx, drafts, sentence, recent):
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
            p for p in sentence.places if p.span[0] > destroy[0].end and not is_direction(ctx, sentence, p)
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


def _downed_part(
    counts: list[Count], total: Quantity | None, jammed: Count, destroy: list[Match]
) -> Count | None:
    """Of a total of weapons downed and jammed together, the part told downed after it, with its own
    downing verb, where it and the part jammed add up to the total ("neutralised 52 drones: 40 were shot
    down and 12 were lost in location", "знешкоджено 52 БпЛА: 40 збито, 12 локаційно втрачені")."""
    if total is None:
        return None
    for count in counts:
        if (
            total.span[1] <= count.start < jammed.start
            and count.value + jammed.value == total.value
            and any(
                v.start >= total.span[1]
                and (0 <= v.start - count.end <= VERB_REACH or 0 <= count.start - v.end <= VERB_REACH)
                for v in destroy
            )
        ):
            return count
    return None


def _lines_before(ctx: Context, sentence: Sentence) -> int:
    """How many lines of a bulleted list stand right before a line of it: the claims of the list's
    lines are all recent to the next one."""
    text, sentences = ctx.text, ctx.sentences
    if not _bulleted(text, sentence):
        return 0
    lines = 0
    while lines < sentence.index and _bulleted(text, sentences[sentence.index - lines - 1]):
        lines += 1
    return lines


def all_but(ctx: Context, sentence: Sentence, counts: list[Count]) -> tuple[Count, tuple[int, int]] | None:
    """The count right after "all but", "усі, крім" ([interception] all_but), and the span of both."""
    for count in counts:
        said = ctx.find("interception", "all_but", max(sentence.start, count.start - 24), count.start)
        if said and not ctx.text[said[-1].end : count.start].strip(" ,"):
            return count, (said[-1].start, count.end)
    return None


def _all_then_list(
    ctx: Context, sentence: Sentence, destroy: list[Match], first: Count
) -> tuple[str, tuple[int, int]] | None:
    """The words "усі збито", "all were shot down" (text and span) when they stand before a colon
    that opens a list whose first count is ``first``; else None."""
    for verb in destroy:
        head, colon, tail = ctx.text[verb.end : first.start].partition(":")
        # "усі знищені силами ППО: шість над Одещиною": the downers may be named before the colon
        if verb.end > first.start or not colon or tail.strip() or len(head.split()) > 3:
            continue
        lo = max(sentence.start, verb.start - ATTEMPT_REACH)
        said = ctx.find("interception", "all", lo, verb.start)
        between = ctx.text[said[-1].end : verb.start].strip(" ,") if said else ""
        if said and (not between or passive_voice(ctx, said[-1].end, verb.start)):
            span = (said[-1].start, verb.end)
            return ctx.text[span[0] : span[1]], span
    return None


def _none_downed(
    ctx: Context, drafts: list[InterceptionDraft], sentence: Sentence, recent: list[InterceptionDraft]
) -> bool:
    """ "Russian forces launched two Iskander-M missiles; neither was shot down", "Баллистические
    ракеты сбить не удалось": a stated zero downed of a launch claim just made (of the weapon the
    sentence names, if it names one)."""
    said = ctx.find("interception", "none_downed", sentence.start, sentence.end)
    if not said:
        return False
    named = {w.weapon for w in sentence.weapons}
    if named:
        # "…two Iskander-M ballistic missiles. Air defence units shot down 98 drones. Neither missile
        # was intercepted": a weapon named again finds its launch a little further back
        recent = [d for d in reversed(drafts) if sentence.index - max(d.sentences) <= NAMED_LAUNCH_REACH]
    for draft in recent:
        open_launch = draft.launched is not None and draft.destroyed is None
        if open_launch and (not named or draft.weapon in named):
            draft.destroyed = Quantity(0, "exact", said[0].text, (said[0].start, said[0].end))
            draft.sentences.add(sentence.index)
            return True
    return False


def _bulleted(text: str, sentence: Sentence) -> bool:
    """Whether a sentence is a line of a list: it opens with a bullet ("✔️", "▫️", "–")."""
    first = text[sentence.start : sentence.start + 1]
    return bool(first.strip()) and first in BULLETS


# Spaces, colons and dashes only.
_SPACES_OR_DASHES: Final = re.compile(r"[\s:–—-]*")
