"""The exchange and the programme's area (core/imsma/area_checks.py)."""

from __future__ import annotations

import pyproj
import pytest
import shapely

from landrelease.core import imsma

from .factories import PENTAGON_AGD, star


def test_utm_zone_and_data_area():
    assert imsma.utm_zone(46.9, 40.0) == (38, "N")
    assert imsma.utm_zone(-74.1, 4.6) == (18, "N")
    assert imsma.utm_zone(-3.0, -10.0) == (30, "S")
    assert imsma.utm_zone(180.0, 1.0) == (1, "N")
    near = star(46.9, 40.0, 100.0, [0.0, 2.0, 4.0], [1.0, 1.0, 1.0])
    far = star(49.9, 40.4, 100.0, [0.0, 2.0, 4.0], [1.0, 1.0, 1.0])  # Baku: zone 39
    box = imsma.data_area([near, near, far, None])
    assert (box.west, box.south, box.east, box.north) == (42.0, 0.0, 48.0, 84.0)
    assert imsma.data_area([near, far]).west == 42.0  # a tie: the lower zone
    assert imsma.data_area([None]) is None


def test_outside_area_names_the_farthest_vertex_and_its_distance():
    box = imsma.data_area([PENTAGON_AGD])
    # One vertex where the swapped point would be: 46.9°N 40.0°E, southern Russia (zone 37).
    coords = list(PENTAGON_AGD.exterior.coords)[:-1]
    coords[2] = (40.0, 46.9)
    spiked = shapely.Polygon(coords)
    assert imsma.outside_area([("HZ-1", PENTAGON_AGD), ("HZ-2", None)], box) == []
    [found] = imsma.outside_area([("HZ-1", PENTAGON_AGD), ("HZ-2", spiked)], box)
    assert (found.imsma_id, found.count, found.total) == ("HZ-2", 1, 5)
    assert (found.longitude, found.latitude) == (40.0, 46.9)
    # Independent: the ellipsoidal distance to the zone's western edge (42°E) at 46.9°N.
    metres = pyproj.Geod(ellps="WGS84").inv(40.0, 46.9, 42.0, 46.9)[2]
    assert found.distance_km == pytest.approx(metres / 1000, rel=0.005)
    assert imsma.km_outside(box, 46.9, 40.0) == 0.0
