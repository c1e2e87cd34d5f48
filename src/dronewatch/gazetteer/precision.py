"""How precisely a resolved place locates an event, on the scales of ACLED and UCDP.

ACLED ``geo_precision``: 1 the town is known, 2 a small part of a region (a district around a town),
3 only the region (or a water area) is known. UCDP GED ``where_prec``: 1 the exact spot, 2 within
about 25 km of a known point (a named settlement), 3 the second-order division, 4 the first-order
division, 5 a larger area or a linear feature, 6 the country, 7 international waters or airspace.
An unresolved place has no precision worth claiming on either scale.
"""

from __future__ import annotations

from dronewatch.model import Place

__all__ = ["acled_geo_precision", "ucdp_where_prec"]

_ACLED = {"settlement": 1, "admin2": 2, "admin1": 3, "sea": 3, "country": 3, "other": 3}
_UCDP = {"settlement": 2, "admin2": 3, "admin1": 4, "other": 5, "country": 6, "sea": 7}


def acled_geo_precision(place: Place) -> int | None:
    """ACLED's ``geo_precision`` (1–3) of a place, or None when it is unresolved."""
    return None if place.id is None else _ACLED[place.level]


def ucdp_where_prec(place: Place) -> int | None:
    """UCDP's ``where_prec`` (1–7) of a place, or None when it is unresolved."""
    return None if place.id is None else _UCDP[place.level]
