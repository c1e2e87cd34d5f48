"""Place precision on the ACLED and UCDP scales."""

from __future__ import annotations

import pytest

from dronewatch.gazetteer import gazetteer
from dronewatch.gazetteer.precision import acled_geo_precision, ucdp_where_prec
from dronewatch.model import Place


@pytest.mark.parametrize(
    ("text", "acled", "ucdp"),
    [
        ("в Новороссийске", 1, 2),
        ("над территорией Брянской области", 3, 4),
        ("над акваторией Черного моря", 3, 7),
    ],
)
def test_resolved_places_map_to_both_scales(text: str, acled: int, ucdp: int) -> None:
    (place,) = gazetteer().find(text)
    assert (acled_geo_precision(place), ucdp_where_prec(place)) == (acled, ucdp)


def test_an_unresolved_place_has_no_precision() -> None:
    place = Place(None, "Nowhere", "settlement", None, None, None, "Nowhere", (0, 7))
    assert acled_geo_precision(place) is None
    assert ucdp_where_prec(place) is None
