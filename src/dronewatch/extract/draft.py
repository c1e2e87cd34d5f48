"""The interception claim being assembled: its figures, breakdown, window, scope and the sentences it
owns, as the builders of ``interceptions``, ``launches`` and ``tables`` share it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from dronewatch.model import BreakdownItem, Place, Quantity, Scope, Time, Weapon

__all__ = ["MODEL_KINDS", "InterceptionDraft", "listed", "told"]

# What each missile model is, for a count that names only the kind ("7 крилатих ракет" after "9 крилатими
# ракетами Х-101 та 55 балістичними ракетами Іскандер-М").
MODEL_KINDS: Final[dict[str, str]] = {
    "Kalibr": "cruise",
    "Kh-101": "cruise",
    "Kh-22": "cruise",
    "Kh-59": "cruise",
    "Iskander-K": "cruise",
    "Storm Shadow": "cruise",
    "Neptune": "cruise",
    "Iskander-M": "ballistic",
    "Kinzhal": "ballistic",
    "ATACMS": "ballistic",
}


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
    # "cruise" or "ballistic" where the launch said which kind of missile and no model.
    kind: str | None = None

    def __init__(
        self,
        sentence: int,
        start: int,
        end: int,
        weapon: Weapon,
        weapon_model: str | None,
        destroyed: Quantity | None = None,
        launched: Quantity | None = None,
        suppressed: Quantity | None = None,
        window: Time | None = None,
        breakdown: list[BreakdownItem] | None = None,
        scope: Scope = "unknown",
        sentences: set[int] | None = None,
        target: tuple[Place, ...] = (),
        own_item: BreakdownItem | None = None,
        by_type: set[str] | None = None,
        kind: str | None = None,
    ) -> None:
        # (written out: the compiled build runs this one as C, see ``dronewatch.compiled``)
        self.sentence = sentence
        self.start = start
        self.end = end
        self.weapon = weapon
        self.weapon_model = weapon_model
        self.destroyed = destroyed
        self.launched = launched
        self.suppressed = suppressed
        self.window = window
        self.breakdown = [] if breakdown is None else breakdown
        self.scope = scope
        self.sentences = set() if sentences is None else sentences
        self.target = target
        self.own_item = own_item
        self.by_type = set() if by_type is None else by_type
        self.kind = kind

    def missile_kind(self) -> str | None:
        """ "cruise" or "ballistic" by the claim's model, else by its launch's words, else None."""
        return MODEL_KINDS.get(self.weapon_model, self.kind) if self.weapon_model else self.kind

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


def listed(draft: InterceptionDraft) -> int:
    """The sum of a claim's breakdown."""
    return sum(item.destroyed.value for item in draft.breakdown)


def told(draft: InterceptionDraft) -> int | None:
    """How many a claim says were downed: its total, else the sum of a list without one; None for a
    launch alone."""
    if draft.destroyed is not None:
        return draft.destroyed.value
    return listed(draft) if draft.breakdown else None
