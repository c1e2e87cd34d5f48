"""The gazetteer's form index, loaded from ``data/places.tsv`` (format: see ``build.py``).

Regions, seas, names of several words and names whose case matters go into one dictionary of folded
forms (~24,000). The one-word names of the ~10,000 settlements, ~100,000 forms, stay the way the table
stores them, a stem and a string of endings, and a capitalised word is looked up by its last few
prefixes (remembered afterwards): loading then makes ~15,000 stems instead of ~100,000 dictionary
entries, which keeps it near 0.2 s. No settlement form is ever matched in lower case, so lowercase
words never reach the stems.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from typing import Final

from dronewatch.gazetteer.rules import MAX_ENDING, SETTLEMENT, Sense, district_head, fold

__all__ = ["TIERS", "Table"]

# Words looked up among the settlements, remembered: the same capitalised words recur in every report.
CACHE_SIZE: Final = 50_000
# Which sense of a form to try first: regions and seas named in full, then bare region adjectives,
# then settlements (the table lists them largest first).
TIERS: Final = {"admin1": 0, "sea": 0, "list": 1, "admin2": 1, "settlement": SETTLEMENT}


def _rows() -> Iterator[list[str]]:
    source = (
        resources.files("dronewatch.gazetteer").joinpath("data", "places.tsv").read_text(encoding="utf-8")
    )
    for line in source.splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")


class Table:
    """The rows of the place table and the index from folded forms to their senses."""

    def __init__(self) -> None:
        self.rows = list(_rows())
        self.forms: dict[str, Sense | list[Sense]] = {}
        self.stems: dict[str, list[tuple[Sense, str]]] = {}  # settlement stem → (sense, "|ending|…|")
        self.heads: dict[str, int] = {}  # first word of a form of several words → most words
        # the adjective of a second-level unit → its senses ("почепском" → Pochepsky District); a
        # place only before its noun (``rules.district_head``)
        self.districts: dict[str, list[Sense]] = {}
        self._cache: dict[str, list[Sense]] = {}
        for index, cells in enumerate(self.rows):
            tier = TIERS[cells[1]]
            rank = -int(cells[5]) if cells[5] else 0
            for group in cells[7].split(";") if cells[7] else ():
                flags, _, body = group.partition(":")
                order = (TIERS["list"] if "L" in flags else tier, rank, index)
                stem, bar, endings = body.partition("|")
                if "D" in flags:
                    sense = Sense(index, flags, None, order)
                    for ending in endings.split("|") if bar else ("",):
                        self.districts.setdefault(stem + ending, []).append(sense)
                elif tier == SETTLEMENT and flags[1] != "x" and stem and " " not in body:
                    self.stems.setdefault(stem, []).append((Sense(index, flags, None, order), f"|{endings}|"))
                else:
                    forms = [stem + e for e in endings.split("|")] if bar else [stem]
                    self._add(forms, index, flags, order)
        # the words a form can begin with: a word of the text is looked up here once, not twice
        self.openers = frozenset(k for k in self.forms if " " not in k) | frozenset(self.heads)
        # the first words of the few names of second-level units in two words ("Bila Tserkva"): only
        # after one of them is a pair of words looked up
        self.district_pairs = frozenset(k.split(" ")[0] for k in self.districts if " " in k)

    def _add(self, forms: list[str], index: int, flags: str, order: tuple[int, int, int]) -> None:
        exact = flags[1] == "x"  # stored as written: the case must match
        shared = Sense(index, flags, None, order)
        table, heads = self.forms, self.heads
        for form in forms:
            key, sense = (fold(form), Sense(index, flags, form, order)) if exact else (form, shared)
            present = table.setdefault(key, sense)
            if present is not sense:
                senses = present if isinstance(present, list) else [present]
                if all(s.entry != index for s in senses):
                    senses.append(sense)
                    senses.sort(key=lambda s: s.order)
                table[key] = senses
            if " " in key:
                first, _, rest = key.partition(" ")
                words = rest.count(" ") + 2
                if heads.get(first, 0) < words:
                    heads[first] = words

    def district(
        self, text: str, spans: list[tuple[int, int]], keys: list[str], i: int
    ) -> tuple[int, list[Sense]]:
        """The second-level units the adjective ``keys[i]`` (or a town's name of two words, "Novy Oskol")
        names before the noun after it, and how many words the name has in all ("Раменского
        городского округа": 3, "Novy Oskol district": 3), or (0, [])."""
        senses = self.districts.get(keys[i])
        width = 1
        if (
            senses is None
            and keys[i] in self.district_pairs
            and i + 1 < len(keys)
            and text[spans[i][1] : spans[i + 1][0]].isspace()
        ):
            senses = self.districts.get(f"{keys[i]} {keys[i + 1]}")
            width = 2
        if senses:
            for kind in dict.fromkeys([s.flags[s.flags.index("D") + 1] for s in senses]):
                n = district_head(kind, text, spans, keys, i + width - 1)
                if n:
                    return n + width, [s for s in senses if s.flags[s.flags.index("D") + 1] == kind]
        return 0, []

    def named_district(self, key: str) -> list[Sense]:
        """The second-level units a whole folded name stands for ("почепский район"), or []."""
        words = key.split(" ")
        if words[0] not in self.districts and " ".join(words[:2]) not in self.districts:
            return []
        spans, at = [], 0
        for word in words:
            spans.append((at, at + len(word)))
            at += len(word) + 1
        n, units = self.district(key, spans, words, 0)
        return units if n == len(words) else []

    def senses(self, key: str, *, settlements: bool = True) -> list[Sense]:
        """The senses of a folded form, best first; one-word settlement names only if asked for."""
        found = self.forms.get(key)
        senses = [] if found is None else list(found) if isinstance(found, list) else [found]
        if settlements and " " not in key:
            more = self._cache.get(key)
            if more is None:
                more = self._settlements(key)
                if len(self._cache) > CACHE_SIZE:
                    self._cache.clear()
                self._cache[key] = more
            if more:
                senses = sorted(senses + more, key=lambda s: s.order)
        return senses

    def _settlements(self, key: str) -> list[Sense]:
        found = []
        for cut in range(len(key), max(len(key) - MAX_ENDING, 1) - 1, -1):
            candidates = self.stems.get(key[:cut])
            if candidates:
                ending = f"|{key[cut:]}|"
                found += [sense for sense, endings in candidates if ending in endings]
        return found
