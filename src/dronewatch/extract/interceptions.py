"""Interception claims: "intercepted 83 drones", their per-place breakdown, window and scope."""

from __future__ import annotations

from dataclasses import dataclass, field

from dronewatch.extract.context import Context, Sentence, WeaponMention
from dronewatch.extract.numbers import Count
from dronewatch.model import BreakdownItem, Place, Quantity, Scope, Time, Weapon

__all__ = ["InterceptionDraft", "find_interceptions"]

# A breakdown may follow its total by this many sentences that list no place counts ("This figure,
# obtained through exclusive channels, …"); calibrated on English relays of ministry statements.
MAX_BREAKDOWN_GAP = 2


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


def _verb_role(ctx: Context, sentence: Sentence, count: Count, weapon: WeaponMention) -> str | None:
    """Whether the clause around a weapon count says it was downed, launched or suppressed."""
    clause = sentence.clause_of(count.start)
    lo, hi = min(clause.start, sentence.start), sentence.end
    for role in ("suppressed", "destroyed", "launched"):
        for verb in ctx.find("interception", role, lo, hi):
            if verb.end <= count.start or count.end <= verb.start <= weapon.start:
                return role  # "intercepted 83 drones", "nine intercepted UAVs"
            if verb.start >= weapon.end and _passive(ctx, weapon.end, verb.start):
                return role  # "64 of these drones were shot down", "БПЛА сбит"
    return None


def _passive(ctx: Context, start: int, end: int) -> bool:
    between = ctx.text[start:end]
    if "." in between or len(between.split()) > 4:
        return False
    if not ctx.lex.data.get("interception", {}).get("passive"):
        return True  # languages where the participle alone says it ("сбиты", "знищено")
    return ctx.has("interception", "passive", start, end)


def _is_direction(ctx: Context, sentence: Sentence, place: Place) -> bool:
    before = ctx.text[max(sentence.start, place.span[0] - 30) : place.span[0]]
    return ctx.lex.pattern("interception", "direction").search(before) is not None and not ctx.lex.pattern(
        "interception", "over"
    ).search(before[-8:])


def _place_for(ctx: Context, sentence: Sentence, count: Count) -> Place | None:
    """The one place a count is tied to in its clause ("64 … over Bryansk Oblast", "Kaluga … nine")."""
    clause = sentence.clause_of(count.start)
    places = [
        p
        for p in sentence.places
        if clause.start <= p.span[0] < clause.end and not _is_direction(ctx, sentence, p)
    ]
    if len(places) == 1:
        return places[0]
    return None


def _subset(ctx: Context, sentence: Sentence, count: Count) -> bool:
    """Whether the words around a count make it part of an earlier total ("64 of these drones")."""
    clause = sentence.clause_of(count.start)
    lo = max(sentence.start, clause.start - 20)
    return ctx.has("interception", "partial", lo, min(clause.end, count.end + 20))


def _continues(ctx: Context, current: InterceptionDraft, sentence: Sentence, counts: list[Count]) -> bool:
    """Whether weapon counts in a sentence after a total are items of its breakdown, not new claims.

    They are when the wording makes them a subset ("64 of these drones") or when each is tied to one
    place and is smaller than the total ("Kaluga Oblast followed with nine intercepted UAVs").
    """
    if any(t.window for t in sentence.times):
        return False
    if all(_subset(ctx, sentence, c) for c in counts):
        return True
    total = current.destroyed.value if current.destroyed else None
    return total is not None and all(
        _place_for(ctx, sentence, c) is not None and c.value < total for c in counts
    )


def _scope(ctx: Context, start: int, end: int) -> Scope:
    if ctx.has("interception", "partial", start, end):
        return "partial"
    return "unknown"


def _window(sentence: Sentence) -> Time | None:
    windows = [t.time for t in sentence.times if t.window]
    return windows[0] if windows else None


def _new_claim(
    ctx: Context, sentence: Sentence, count: Count, weapon: WeaponMention, role: str
) -> InterceptionDraft:
    draft = InterceptionDraft(
        sentence=sentence.index,
        start=sentence.start,
        end=sentence.end,
        weapon=weapon.weapon,
        weapon_model=weapon.model,
        window=_window(sentence),
        sentences={sentence.index},
    )
    quantity = count.quantity()
    if count.article:
        # "a drone" is the evidence of a count of one, not the bare article
        quantity = Quantity(1, "exact", ctx.text[count.start : weapon.end], (count.start, weapon.end))
    if role == "destroyed":
        draft.destroyed = quantity
    elif role == "launched":
        draft.launched = quantity
    else:
        draft.suppressed = quantity
    return draft


def _add_items(ctx: Context, draft: InterceptionDraft, sentence: Sentence, skip: Count | None) -> int:
    """Add the place counts of a sentence to a draft's breakdown; return how many were added."""
    added = 0
    for count in sentence.counts:
        if count is skip or count.article:
            continue
        place = _place_for(ctx, sentence, count)
        if place is None:
            continue
        draft.breakdown.append(BreakdownItem(place, count.quantity()))
        draft.end = max(draft.end, sentence.end)
        added += 1
    if added:
        draft.sentences.add(sentence.index)
        if draft.scope == "unknown":
            draft.scope = _scope(ctx, sentence.start, sentence.end)
    return added


def _running_total(ctx: Context, sentence: Sentence) -> bool:
    return ctx.has("interception", "running_total", sentence.start, sentence.end)


def find_interceptions(ctx: Context) -> list[InterceptionDraft]:
    """Every interception claim of a document, in order of appearance."""
    drafts: list[InterceptionDraft] = []
    current: InterceptionDraft | None = None
    gap = 0
    for sentence in ctx.sentences:
        if _running_total(ctx, sentence):
            current = None
            continue
        totals: list[tuple[Count, WeaponMention, str]] = []
        for count in sentence.counts:
            weapon = ctx.weapon_after(count, sentence)
            if weapon is None:
                continue
            role = _verb_role(ctx, sentence, count, weapon)
            if role is not None:
                totals.append((count, weapon, role))
        if current is not None and totals and _continues(ctx, current, sentence, [c for c, _, _ in totals]):
            totals = []  # "64 of these drones were shot down over Bryansk" continues the breakdown
        if totals:
            for count, weapon, role in totals:
                current = _new_claim(ctx, sentence, count, weapon, role)
                drafts.append(current)
                if role == "destroyed":
                    place = _place_for(ctx, sentence, count)
                    others = [c for c in sentence.counts if c is not count and _place_for(ctx, sentence, c)]
                    if place is not None and not others:
                        current.breakdown.append(BreakdownItem(place, count.quantity()))
                    else:
                        _add_items(ctx, current, sentence, count)
            gap = 0
            continue
        if current is None:
            continue
        if _add_items(ctx, current, sentence, None):
            gap = 0
            continue
        if any(not c.article for c in sentence.counts):
            current = None
            continue
        gap += 1
        if gap > MAX_BREAKDOWN_GAP:
            current = None
    return drafts
