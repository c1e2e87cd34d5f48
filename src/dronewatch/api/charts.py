"""The overview's timeline: daily downed totals by claimant, as data and as SVG geometry.

The server draws the chart (rectangles with a ``<title>`` each), so it needs no script and no chart
library; colours come from the stylesheet by series class, since the CSP allows no inline style.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from dronewatch.store.base import Tally

__all__ = ["TimelineChart", "timeline_chart", "timeline_data"]

SERIES = 6
"""Claimants drawn each in their own colour, most downed first; the rest are added up as one series.
Six colours stay distinguishable (the stylesheet's palette is colour-blind safe)."""

OTHERS = "other claimants"
NO_CLAIMANT = "no claimant named"

WIDTH, HEIGHT = 960, 220
MARGIN_LEFT, MARGIN_BOTTOM, MARGIN_TOP = 44, 24, 8


def timeline_data(tallies: list[Tally]) -> dict[str, Any]:
    """Daily totals by claimant from tallies by (day, claimant) of interceptions.

    Returns:
        ``series``: the claimants (most downed first, then ``other claimants``), each with its total
        downed and claims; ``days``: every day from the first to the last with a claim, with the
        downed count per series (0 where none); ``undated``: claims without an event date.
    """
    totals: dict[str | None, int] = defaultdict(int)
    claims: dict[str | None, int] = defaultdict(int)
    undated = 0
    for tally in tallies:
        if tally.day is None:
            undated += tally.claims
            continue
        totals[tally.claimant] += tally.destroyed or 0
        claims[tally.claimant] += tally.claims
    ranked = sorted(totals, key=lambda name: (-totals[name], -claims[name], name is None, name or ""))
    shown = ranked[:SERIES]
    rest = ranked[SERIES:]
    names = [NO_CLAIMANT if name is None else name for name in shown] + ([OTHERS] if rest else [])
    series = [
        {"claimant": label, "destroyed": totals[name], "claims": claims[name]}
        for label, name in zip(names, shown, strict=False)
    ]
    if rest:
        series.append(
            {
                "claimant": OTHERS,
                "destroyed": sum(totals[n] for n in rest),
                "claims": sum(claims[n] for n in rest),
            }
        )
    position = {name: i for i, name in enumerate(shown)}
    by_day: dict[date, list[int]] = defaultdict(lambda: [0] * len(series))
    for tally in tallies:
        if tally.day is not None:
            by_day[tally.day][position.get(tally.claimant, len(shown))] += tally.destroyed or 0
    days = []
    if by_day:
        first, last = min(by_day), max(by_day)
        for n in range((last - first).days + 1):
            day = first + timedelta(days=n)
            days.append({"day": day.isoformat(), "destroyed": by_day.get(day, [0] * len(series))})
    return {"series": series, "days": days, "undated": undated}


@dataclass(frozen=True)
class Bar:
    """One stacked segment: a series' downed count on one day."""

    x: float
    y: float
    width: float
    height: float
    series: int
    title: str


@dataclass(frozen=True)
class TimelineChart:
    """SVG geometry of the timeline, in a ``WIDTH`` x ``HEIGHT`` view box."""

    width: int
    height: int
    bars: list[Bar]
    ticks: list[tuple[float, str]]
    top: int
    baseline: float
    left: float


def _nice(value: int) -> int:
    """The smallest 1, 2 or 5 times a power of ten at or above ``value``."""
    step = 1
    while True:
        for factor in (1, 2, 5):
            if step * factor >= value:
                return step * factor
        step *= 10


def timeline_chart(data: dict[str, Any]) -> TimelineChart:
    """Stacked bars per day from ``timeline_data``, with about six date ticks."""
    days = data["days"]
    names = [s["claimant"] for s in data["series"]]
    top = _nice(max((sum(d["destroyed"]) for d in days), default=1) or 1)
    plot_width = WIDTH - MARGIN_LEFT
    plot_height = HEIGHT - MARGIN_BOTTOM - MARGIN_TOP
    baseline = HEIGHT - MARGIN_BOTTOM
    step = plot_width / max(len(days), 1)
    width = max(step * 0.8, 0.5)
    bars = []
    for i, day in enumerate(days):
        y = baseline
        for k, value in enumerate(day["destroyed"]):
            if value <= 0:
                continue
            height = value / top * plot_height
            y -= height
            bars.append(
                Bar(
                    round(MARGIN_LEFT + i * step, 2),
                    round(y, 2),
                    round(width, 2),
                    round(height, 2),
                    k,
                    f"{day['day']}: {names[k]}, {value} downed",
                )
            )
    every = max(1, len(days) // 6)
    ticks = [
        (round(MARGIN_LEFT + i * step + width / 2, 2), days[i]["day"]) for i in range(0, len(days), every)
    ]
    return TimelineChart(WIDTH, HEIGHT, bars, ticks, top, baseline, MARGIN_LEFT)
