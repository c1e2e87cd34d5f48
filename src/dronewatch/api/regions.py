"""The first-level regions the map knows: ISO 3166-2 code, country, English name and a label point.

Read from ``static/geo/regions.csv`` (built with the map's boundaries by ``scripts/build_map.py``;
ODbL, see ``static/geo/SOURCE.md``), so the tally table, the map's circles and the place filter agree
on the same 110 codes.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = ["ISO_LABELLED", "Region", "regions"]

ISO_LABELLED = frozenset({"UA-43", "UA-40"})
"""Regions shown by their ISO code alone (Crimea and Sevastopol), whoever a source says holds them."""


@dataclass(frozen=True)
class Region:
    """A first-level region: ``iso`` (``RU-BRY``), ``country`` (``RU``, ``UA``), ``name``, a point in it."""

    iso: str
    country: str
    name: str
    lat: float
    lon: float

    @property
    def label(self) -> str:
        """How the dashboard names the region: its ISO code for Crimea and Sevastopol, else its name."""
        return self.iso if self.iso in ISO_LABELLED else self.name


@cache
def regions() -> dict[str, Region]:
    """Every region by its ISO code (upper case)."""
    text = resources.files("dronewatch.api").joinpath("static/geo/regions.csv").read_text(encoding="utf-8")
    return {
        row["iso"]: Region(row["iso"], row["country"], row["name"], float(row["lat"]), float(row["lon"]))
        for row in csv.DictReader(io.StringIO(text))
    }
