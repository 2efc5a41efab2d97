"""The turning point table of a tasking map: legs, and their bearings as the team uses them.

Each printed point gets the leg to the next one: its grid bearing (planar, in the map's CRS), its
distance, and (issue 14, item 7) its bearing in the programme's unit and its *magnetic* bearing
for the print date. The true bearing of a leg is the ellipsoidal azimuth (WGS 84) from the
point to the next one: the grid bearing plus the grid convergence at that point (to well below
0.01° on legs of a few kilometres); the magnetic bearing is the true bearing minus the magnetic
declination (east positive) at the area's centre on the print date. The last point of a ring
leads back to its first; a last point that repeats the first (within ``REPEAT_M``) is left out,
so that no leg of 0.0 m is printed. Plain Python and pyproj, no QGIS.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Optional

from pyproj import CRS, Geod, Transformer

REPEAT_M = 0.05  # a closing point nearer than this to the first would print a 0.0 m leg
CONVERGENCE_STEP_DEG = 1e-4  # northward step (about 11 m) to find true north on the grid

_GEOD = Geod(ellps="WGS84")


@dataclass(frozen=True)
class LegBearing:
    """The leg from a point to the next one (degrees from north, clockwise)."""

    grid_deg: float
    true_deg: float
    distance_m: float  # planar, in the map's CRS (as the easting and northing are)
    magnetic_deg: Optional[float] = None  # None when no declination is known

    @property
    def convergence_deg(self) -> float:
        """The grid convergence along this leg: true = grid + convergence."""
        return _signed(self.true_deg - self.grid_deg)


def without_closing_repeat(
    xy: Sequence[tuple[float, float]], ring: Sequence[int], tolerance_m: float = REPEAT_M
) -> list[int]:
    """``ring`` (indices into ``xy``) without its last point when that repeats the first
    (the polygon's closing vertex, or an end point typed on the start point)."""
    ring = list(ring)
    while len(ring) > 1 and _distance(xy[ring[0]], xy[ring[-1]]) < tolerance_m:
        ring.pop()
    return ring


def next_points(count: int, rings: Sequence[Sequence[int]]) -> list[Optional[int]]:
    """For each of ``count`` points, the index of the point its leg goes to: within a ring the
    next point, the last back to the ring's first; a point in no ring (a reference point, a
    benchmark) leads to the point printed after it; the last point in no ring to none."""
    result: list[Optional[int]] = [k + 1 if k + 1 < count else None for k in range(count)]
    for ring in rings:
        if len(ring) < 2:
            for k in ring:
                result[k] = None
            continue
        for position, k in enumerate(ring):
            result[k] = ring[(position + 1) % len(ring)]
    return result


def leg_bearings(
    xy: Sequence[tuple[float, float]],
    lonlat: Sequence[tuple[float, float]],
    following: Sequence[Optional[int]],
    declination_deg: Optional[float] = None,
) -> list[Optional[LegBearing]]:
    """The leg of each point to ``following[k]`` (None where there is none, or where the two
    points coincide or a position is not finite). ``xy`` in the map's projected CRS, ``lonlat``
    the same points in WGS 84 degrees."""
    legs: list[Optional[LegBearing]] = []
    for k, j in enumerate(following):
        if j is None:
            legs.append(None)
            continue
        (x0, y0), (x1, y1) = xy[k], xy[j]
        dx, dy = x1 - x0, y1 - y0
        distance = math.hypot(dx, dy)
        values = (*lonlat[k], *lonlat[j], distance)
        if not all(math.isfinite(v) for v in values) or distance == 0:
            legs.append(None)
            continue
        azimuth, _back, _metres = _GEOD.inv(*lonlat[k], *lonlat[j])
        true = wrap360(azimuth)
        magnetic = None if declination_deg is None else wrap360(true - declination_deg)
        legs.append(LegBearing(wrap360(math.degrees(math.atan2(dx, dy))), true, distance, magnetic))
    return legs


def grid_convergence(crs, lon: float, lat: float) -> float:
    """The grid convergence (degrees) of the projected ``crs`` (anything pyproj reads) at
    ``lon``, ``lat``: the angle from true north to grid north, east positive, so that a true
    bearing is the grid bearing plus it. (East of a UTM zone's central meridian, in the north,
    it is positive: true north lies west of grid north.)"""
    to_grid = Transformer.from_crs(CRS.from_epsg(4326), CRS.from_user_input(crs), always_xy=True)
    north = min(lat + CONVERGENCE_STEP_DEG, 90.0)
    (x0, x1), (y0, y1) = to_grid.transform([lon, lon], [lat, north])
    true_north_on_grid = math.degrees(math.atan2(x1 - x0, y1 - y0))
    return _signed(-true_north_on_grid)


def wrap360(degrees: float) -> float:
    """An angle in [0, 360)."""
    wrapped = degrees % 360.0
    return 0.0 if wrapped >= 360.0 else wrapped


def _signed(degrees: float) -> float:
    """An angle in [-180, 180)."""
    return (degrees + 180.0) % 360.0 - 180.0


def _distance(a, b) -> float:
    return math.hypot(b[0] - a[0], b[1] - a[1])
