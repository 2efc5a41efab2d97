"""A small square near Aghdam, point rows and a geodesic inverse for the IMSMA exchange tests."""

from __future__ import annotations

import math

import shapely

from landrelease.core.imsma import PointRow

# A small square near Aghdam, counter-clockwise from its south-west corner, closed.
W, E, S, N = 46.9, 46.901, 40.0, 40.001
SQUARE_CCW = [(W, S), (E, S), (E, N), (W, N), (W, S)]
R = 6371008.8


def spherical_inverse(lon1, lat1, lon2, lat2):
    """Azimuth (degrees) and great-circle distance (m) on a sphere: enough to test the wiring."""
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    y = math.sin(dl) * math.cos(p2)
    x = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return math.degrees(math.atan2(y, x)), 2 * R * math.asin(math.sqrt(a))


def rows_of(imsma_id, coords, types=None):
    return [
        PointRow(imsma_id, i + 1, (types or {}).get(i + 1, "turning"), lat, lon)
        for i, (lon, lat) in enumerate(coords)
    ]


METRES_PER_DEGREE = 111_320.0


def star(lon0, lat0, radius_m, angles, stretch):
    """A simple polygon about (lon0, lat0): vertices at ``angles`` (sorted, radians), each
    ``radius_m`` times its ``stretch`` from the centre."""
    per_lon = METRES_PER_DEGREE * math.cos(math.radians(lat0))
    coords = [
        (
            lon0 + radius_m * k * math.sin(a) / per_lon,
            lat0 + radius_m * k * math.cos(a) / METRES_PER_DEGREE,
        )
        for a, k in zip(angles, stretch)
    ]
    return shapely.Polygon(coords)


PENTAGON_AGD = star(46.91, 40.02, 150.0, [0.3, 1.5, 2.9, 4.0, 5.2], [1.0, 0.8, 1.2, 0.9, 1.1])
