"""The programme's area: districts' extent plus a margin, or the storage CRS's area of use."""

from __future__ import annotations

import math

import pytest
from pyproj import Geod

from landrelease.core import area

GEOD = Geod(ellps="WGS84")


def test_extent_grows_by_the_margin_on_every_side():
    box = area.from_extent(46.0, 39.5, 47.0, 40.5, margin_m=10_000)
    assert box.source == area.DISTRICTS and box.margin_m == 10_000
    # The margin is at least 10 km everywhere on the box's edges (measured on the ellipsoid).
    for lon, lat, lon2, lat2 in (
        (46.5, 40.5, 46.5, box.north),
        (46.5, 39.5, 46.5, box.south),
        (47.0, 40.5, box.east, 40.5),
        (46.0, 39.5, box.west, 39.5),
    ):
        distance = GEOD.inv(lon, lat, lon2, lat2)[2]
        assert 9_950 <= distance <= 13_500, (lon, lat, distance)


@pytest.mark.parametrize(
    "lon, lat, inside",
    [
        (46.93, 39.99, True),  # Aghdam
        (47.1, 40.55, True),  # 5 km beyond the districts, within the margin
        (46.5, 40.8, False),  # 33 km north
        (46.75, 0.0004, False),  # the equator: a latitude read as a UTM zone
        (float("nan"), 40.0, False),
        (46.5, float("inf"), False),
    ],
)
def test_contains(lon, lat, inside):
    box = area.from_extent(46.0, 39.5, 47.0, 40.5, margin_m=10_000)
    assert box.contains(lon, lat) is inside
    assert bool(box.contains_many([lon], [lat])[0]) is inside


def test_utm_zone_area():
    zone = area.utm_zone_area(38, "N")
    assert (zone.west, zone.south, zone.east, zone.north) == (42.0, 0.0, 48.0, 84.0)
    assert zone.contains(46.93, 39.99) and not zone.contains(41.9, 40.0)
    assert area.utm_zone_area(1, "S").west == -180.0
    with pytest.raises(ValueError):
        area.utm_zone_area(61, "N")


@pytest.mark.parametrize(
    "values",
    [(47.0, 39.5, 46.0, 40.5), (46.0, math.nan, 47.0, 40.5), (46.0, 39.5, 47.0, math.inf)],
)
def test_bad_extents_are_refused(values):
    with pytest.raises(ValueError):
        area.from_extent(*values)
    with pytest.raises(ValueError):
        area.from_extent(46.0, 39.5, 47.0, 40.5, margin_m=-1)


def test_describe():
    assert (
        area.from_crs_bounds(42, 0, 48, 84).describe()
        == "42.00° E to 48.00° E, 0.00° N to 84.00° N"
    )
