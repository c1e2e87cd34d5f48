"""The offline place index: first-level regions of Russia and Ukraine, their capitals, and seas.

Built from the tables in ``data/``: ``admin1.tsv`` (ISO 3166-2 code, kind, English name, the English
stems that names are built from, a representative point) and ``seas.tsv``. Names are matched whole,
case-insensitively, longest first: "Kaluga Oblast" is the region, bare "Bryansk" the regional capital.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

from dronewatch.lang import alternation
from dronewatch.model import Level, Place

__all__ = ["Entry", "Gazetteer", "gazetteer"]

# English suffixes that turn a stem into the name of a region of each kind.
SUFFIXES: dict[str, tuple[str, ...]] = {
    "oblast": ("Oblast", "Oblast'", "Region", "Province", "Area"),
    "krai": ("Krai", "Kray", "Territory", "Region", "Krai region"),
    "republic": ("Republic", "Region"),
    "ao": ("Autonomous Okrug", "Autonomous District", "Okrug", "Autonomous Area", "Region"),
    "city": (),
}
# Stems in this form are adjectives ("Krasnodarsky"): they name the region with any suffix, never alone.
ADJECTIVAL = re.compile(r"(?:sky|skiy|skyi|skii)$")


@dataclass(frozen=True)
class Entry:
    """A place the gazetteer knows: id, canonical English name, level, admin1 and a point."""

    id: str
    name: str
    level: Level
    admin1: str | None
    lat: float
    lon: float

    def place(self, text: str, span: tuple[int, int]) -> Place:
        """This entry as a place of the claim model, with the wording that named it."""
        return Place(self.id, self.name, self.level, self.admin1, self.lat, self.lon, text, span)


def _rows(name: str) -> Iterator[list[str]]:
    source = resources.files(__name__).joinpath("data", name).read_text(encoding="utf-8")
    for line in source.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def _fold(name: str) -> str:
    return " ".join(name.lower().replace("ё", "е").replace("’", "'").replace("ʼ", "'").split())


class Gazetteer:
    """Name lookup over the bundled place tables."""

    def __init__(self) -> None:
        self._by_form: dict[str, Entry] = {}
        cities: dict[str, Entry] = {}
        for code, kind, name, stems, lat, lon in _rows("admin1.tsv"):
            region = Entry(code, name, "admin1", code, float(lat), float(lon))
            self._add(name, region)
            for i, stem in enumerate(stems.split("|")):
                for suffix in SUFFIXES[kind]:
                    self._add(f"{stem} {suffix}", region)
                if ADJECTIVAL.search(stem):
                    self._add(f"{stem} District", region)
                if kind == "republic":
                    self._add(f"Republic of {stem}", region)
                if kind in ("republic", "ao", "city") and not ADJECTIVAL.search(stem):
                    self._add(stem, region)
                elif i == 0 or not ADJECTIVAL.search(stem):
                    # A bare oblast or krai stem is its capital city ("Bryansk", "Kharkov").
                    city = Entry(f"{code}:{stem}", stem, "settlement", code, float(lat), float(lon))
                    cities.setdefault(_fold(stem), city)
        for form, city in cities.items():
            self._by_form.setdefault(form, city)
        for code, name, names, lat, lon in _rows("seas.tsv"):
            sea = Entry(code, name, "sea", None, float(lat), float(lon))
            for variant in names.split("|"):
                self._add(variant, sea)
        self._pattern = re.compile(alternation(self._by_form), re.IGNORECASE)

    def _add(self, form: str, entry: Entry) -> None:
        # The first entry to claim a form keeps it: regions are read before bare city stems, and a
        # city region ("Moscow") before the oblast around it.
        folded = _fold(form)
        current = self._by_form.get(folded)
        if current is None or (
            entry.level == "admin1" and entry.id in ("RU-MOW", "UA-30", "RU-SPE", "UA-40")
        ):
            self._by_form[folded] = entry

    def lookup(self, name: str) -> Entry | None:
        """The entry a whole name stands for, or None."""
        return self._by_form.get(_fold(name))

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Place]:
        """Every place named in ``text[start:end]``, in order, with its evidence."""
        places = []
        for match in self._pattern.finditer(text, start, len(text) if end is None else end):
            entry = self._by_form[_fold(match.group())]
            places.append(entry.place(match.group(), (match.start(), match.end())))
        return places


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, built once per process."""
    return Gazetteer()
