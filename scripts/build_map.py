#!/usr/bin/env python3
"""Build the dashboard's map data from the shared admin-1 boundaries (ODbL, see SOURCE.md).

    python scripts/build_map.py [--source PATH] [--tolerance DEG] [--out DIR]

Reads ``ru_ua_adm1.geojson`` and ``ru_ua_adm1_points.csv`` (83 Russian subjects and 27 Ukrainian
units, one feature per ISO 3166-2 code; by default from ``../shared/data/geo/adm1_geoboundaries``
beside the repository) and writes into ``src/dronewatch/api/static/geo/``:

- ``adm1.geojson``: the polygons, simplified for a country-scale map, with only ``iso`` and ``name``
  as properties;
- ``regions.csv``: one row per region: ISO code, country, English name and a label point inside it.

Simplification keeps shared borders shared: every ring is cut at the points where the set of rings
running through it changes (where a third region meets two, or a shared border ends), and each piece
between two such points is simplified on its own (Douglas-Peucker, the same way whichever ring it is
read from), so neighbouring regions still meet without gaps or overlaps. Chukotka's parts west of the
antimeridian are moved east of it (longitude + 360) so that it draws in one piece.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT.parent / "shared" / "data" / "geo" / "adm1_geoboundaries"
OUT = ROOT / "src" / "dronewatch" / "api" / "static" / "geo"

TOLERANCE = 0.02
"""Degrees a simplified border may stray from the source: about 2 km, under a pixel at the zoom that
shows Ukraine and western Russia whole (a pixel there is about 0.05 degrees)."""

DECIMALS = 3
"""Coordinates are written to 0.001 degrees (about 100 m), well under the tolerance."""

Point = tuple[float, float]
Ring = list[Point]


def _distance(p: Point, a: Point, b: Point) -> float:
    """Distance from ``p`` to the segment ``a``-``b``, in degrees (planar; fine at this scale)."""
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == dy == 0:
        return math.hypot(x - x1, y - y1)
    t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
    return math.hypot(x - x1 - t * dx, y - y1 - t * dy)


def douglas_peucker(points: list[Point], tolerance: float) -> list[Point]:
    """The points of the chain worth keeping; the first and last are always kept."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        worst, index = 0.0, -1
        for i in range(first + 1, last):
            d = _distance(points[i], points[first], points[last])
            if d > worst:
                worst, index = d, i
        if worst > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def _simplify_chain(chain: list[Point], tolerance: float) -> list[Point]:
    # The same piece read from the neighbouring ring runs the other way: simplify it in one fixed
    # direction so that both rings keep the same points.
    if chain[-1] < chain[0]:
        return douglas_peucker(chain[::-1], tolerance)[::-1]
    return douglas_peucker(chain, tolerance)


def simplify_rings(rings: list[Ring], tolerance: float) -> list[Ring | None]:
    """Simplify closed rings (first point == last) so that shared stretches stay identical.

    Returns:
        Per ring, the simplified ring, or None when it shrinks below a triangle.
    """
    members: dict[Point, set[int]] = {}
    for r, ring in enumerate(rings):
        for point in ring[:-1]:
            members.setdefault(point, set()).add(r)
    out: list[Ring | None] = []
    for ring in rings:
        open_ring = ring[:-1]
        n = len(open_ring)
        fixed = [
            members[open_ring[i]] != members[open_ring[i - 1]]
            or members[open_ring[i]] != members[open_ring[(i + 1) % n]]
            for i in range(n)
        ]
        if not any(fixed):
            # A ring no other ring touches (or one that an enclave shares whole): fix its smallest
            # point and the point farthest from it, which do not depend on where the ring starts.
            low = min(range(n), key=lambda i: open_ring[i])
            far = max(range(n), key=lambda i: math.dist(open_ring[i], open_ring[low]))
            fixed[low] = fixed[far] = True
        start = fixed.index(True)
        rotated = open_ring[start:] + open_ring[:start]
        marks = fixed[start:] + fixed[:start]
        kept: list[Point] = []
        chain = [rotated[0]]
        for point, mark in zip([*rotated[1:], rotated[0]], [*marks[1:], True], strict=True):
            chain.append(point)
            if mark:
                kept += _simplify_chain(chain, tolerance)[:-1]
                chain = [point]
        kept = [(round(x, DECIMALS), round(y, DECIMALS)) for x, y in kept]
        deduplicated = [p for i, p in enumerate(kept) if p != kept[i - 1]] if len(kept) > 1 else kept
        out.append(deduplicated + deduplicated[:1] if len(deduplicated) >= 3 else None)
    return out


def _polygons(geometry: dict[str, Any]) -> list[list[Ring]]:
    coordinates = geometry["coordinates"]
    polygons = [coordinates] if geometry["type"] == "Polygon" else coordinates
    return [[[(float(x), float(y)) for x, y in ring] for ring in polygon] for polygon in polygons]


def build(source: Path, tolerance: float) -> tuple[dict[str, Any], list[dict[str, str]]]:
    """The simplified feature collection and the region rows."""
    raw = json.loads((source / "ru_ua_adm1.geojson").read_text(encoding="utf-8"))
    features = sorted(raw["features"], key=lambda f: f["properties"]["iso_3166_2"])
    shapes = [_polygons(f["geometry"]) for f in features]
    rings = [ring for polygons in shapes for polygon in polygons for ring in polygon]
    simplified = iter(simplify_rings(rings, tolerance))
    out_features = []
    for feature, polygons in zip(features, shapes, strict=True):
        iso = feature["properties"]["iso_3166_2"]
        kept_polygons: list[list[Ring]] = []
        for polygon in polygons:
            outer, *holes = [next(simplified) for _ in polygon]
            if outer is None:
                continue  # an islet smaller than the tolerance
            kept_polygons.append([outer, *(h for h in holes if h is not None)])
        if iso == "RU-CHU":
            kept_polygons = [[[(x + 360 if x < 0 else x, y) for x, y in r] for r in p] for p in kept_polygons]
        out_features.append(
            {
                "type": "Feature",
                "properties": {"iso": iso, "name": feature["properties"]["name_en"]},
                "geometry": {
                    "type": "MultiPolygon",
                    "coordinates": [[[list(point) for point in ring] for ring in p] for p in kept_polygons],
                },
            }
        )
    collection = {
        "type": "FeatureCollection",
        "attribution": "© OpenStreetMap contributors (ODbL 1.0), via geoBoundaries; see SOURCE.md",
        "features": out_features,
    }
    with (source / "ru_ua_adm1_points.csv").open(encoding="utf-8", newline="") as handle:
        regions = [
            {
                "iso": row["iso_3166_2"],
                "country": row["country"],
                "name": row["name_en"],
                "lat": row["label_lat"],
                "lon": row["label_lon"],
            }
            for row in csv.DictReader(handle)
        ]
    return collection, sorted(regions, key=lambda r: r["iso"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=SOURCE, help="folder with ru_ua_adm1.geojson")
    parser.add_argument("--tolerance", type=float, default=TOLERANCE, help="simplification, degrees")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    collection, regions = build(args.source, args.tolerance)
    args.out.mkdir(parents=True, exist_ok=True)
    geojson = args.out / "adm1.geojson"
    geojson.write_text(json.dumps(collection, ensure_ascii=False, separators=(",", ":")) + "\n", "utf-8")
    with (args.out / "regions.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(
            handle, fieldnames=["iso", "country", "name", "lat", "lon"], lineterminator="\n"
        )
        writer.writeheader()
        writer.writerows(regions)
    vertices = sum(len(r) for f in collection["features"] for p in f["geometry"]["coordinates"] for r in p)
    print(
        f"{geojson}: {len(collection['features'])} regions, {vertices} vertices, "
        f"{geojson.stat().st_size / 1e6:.2f} MB; {args.out / 'regions.csv'}: {len(regions)} rows"
    )


if __name__ == "__main__":
    main()
