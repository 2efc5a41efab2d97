"""Records of legs and what the traverse tests compare them with."""

from __future__ import annotations

import pytest
from pyproj import Geod, Transformer

from landrelease.core.traverse import Leg, TraverseError, compute_traverse

CRS = "EPSG:32638"
GEOD = Geod(ellps="WGS84")
TO_LONLAT = Transformer.from_crs(CRS, "EPSG:4326", always_xy=True)
FROM_LONLAT = Transformer.from_crs("EPSG:4326", CRS, always_xy=True)
AGHDAM = (650_000.0, 4_428_000.0)  # UTM 38N, about 39.99° N 46.75° E (east of the CM, 45° E)
REFERENCE = (500_000.0, 4_400_000.0)


def square_legs(bearings, approach=None, last_distance=100.0, **leg):
    """Reference -> start (50 m north) -> a 100 m square clockwise -> back to the start."""
    first, east, south, west = bearings
    return [
        Leg(1, first if approach is None else approach, 50.0, point_type="start", **leg),
        Leg(2, east, 100.0, **leg),
        Leg(3, south, 100.0, **leg),
        Leg(4, west, 100.0, **leg),
        Leg(5, first, last_distance, point_type="end", **leg),
    ]


def xy(result):
    return [(p.x, p.y) for p in result.points]


def geod_azimuth(a, b):
    """Forward azimuth (degrees, [0, 360)) and distance from a to b, working-CRS points."""
    lon1, lat1 = TO_LONLAT.transform(*a)
    lon2, lat2 = TO_LONLAT.transform(*b)
    azimuth, _, distance = GEOD.inv(lon1, lat1, lon2, lat2)
    azimuth %= 360.0
    return (0.0 if azimuth >= 360.0 else azimuth), distance


def angle_diff(a, b):
    return (a - b + 180.0) % 360.0 - 180.0


OBLIQUE = [(0.0, 120.0), (75.0, 180.0), (160.0, 140.0), (250.0, 210.0), (330.0, 90.0)]


def oblique_legs(**leg):
    legs = [Leg(k + 1, b, d, **leg) for k, (b, d) in enumerate(OBLIQUE)]
    legs[0].point_type = "start"
    return legs


def raises(code, legs, seq=None, **kwargs):
    with pytest.raises(TraverseError) as error:
        compute_traverse(kwargs.pop("start", REFERENCE), legs, **kwargs)
    assert error.value.code == code, str(error.value)
    assert error.value.seq == seq
    assert error.value.detail and str(error.value)
    if seq is not None:
        assert str(error.value).startswith(f"Leg {seq}: ")
    return error.value
