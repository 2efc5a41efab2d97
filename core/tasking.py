"""The turning point table of a tasking map: legs, and their bearings as the team uses them.

Each printed point gets the leg to the next one: its grid bearing (planar, in the map's CRS), its
distance, and (issue 14, item 7) its bearing in the programme's unit and its *magnetic* bearing
for the print date. The true bearing of a leg is the ellipsoidal azimuth (WGS 84) from the
point to the next one: the grid bearing plus the grid convergence at that point (to well below
0.01° on legs of a few kilometres); the magnetic bearing is the true bearing minus the magnetic
declination (east positive) at the area's centre on the print date. The last point of a ring
leads back to its first; a last point that repeats the first (within ``REPEAT_M``) is left out,
so that no leg of 0.0 m is printed. Plain Python and pyproj, no QGIS.

The points of a page: an area without turning points gets its polygon's vertices, each ring
clockwise from its northernmost vertex; each point's number is placed away from the area's
centre; pages are sorted by id as people count (CHA-2 before CHA-10).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Optional

from pyproj import CRS, Geod, Transformer

REPEAT_M = 0.05  # a closing point nearer than this to the first would print a 0.0 m leg
CONVERGENCE_STEP_DEG = 1e-4  # northward step (about 11 m) to find true north on the grid

# Fields of a point layer that say which area a point belongs to, in the order they are tried.
OWNER_FIELDS = ("owner_id", "hazard_id", "task_id")
# Point types on the boundary (the closing leg runs from the last of them back to the first).
PERIMETER_TYPES = ("start", "turning", "intermediate", "end")
# Point types that are not printed (they are not for finding the boundary).
SKIPPED_TYPES = ("evidence",)

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


def clockwise_ring(ring: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """An exterior ring's vertices clockwise from the northernmost one (ties: the
    westernmost), without repeated vertices nor the closing one."""
    cleaned: list[tuple[float, float]] = []
    for xy in ring:
        if not cleaned or xy != cleaned[-1]:
            cleaned.append(xy)
    if len(cleaned) > 1 and cleaned[0] == cleaned[-1]:
        cleaned.pop()
    if signed_area(cleaned) > 0:  # counter-clockwise: turn it round
        cleaned.reverse()
    top = min(range(len(cleaned)), key=lambda i: (-cleaned[i][1], cleaned[i][0]))
    return cleaned[top:] + cleaned[:top]


def signed_area(ring: Sequence[tuple[float, float]]) -> float:
    """The shoelace area of ``ring``: positive when it turns counter-clockwise."""
    points = list(ring)
    return 0.5 * sum(
        x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1])
    )


def with_vertices(points: list, rings: Sequence[Sequence[tuple[float, float]]]) -> tuple:
    """``points`` ((seq, point_type, x, y)) followed by the vertices of ``rings`` numbered 1,
    2, … (type ``vertex``), and the indices of each ring's vertices."""
    points, indices, number = list(points), [], 0
    for ring in rings:
        indices.append(list(range(len(points), len(points) + len(ring))))
        for x, y in ring:
            number += 1
            points.append((number, "vertex", x, y))
    return points, indices


def without_closing_repeats(points: list, rings: Sequence[Sequence[int]]) -> tuple:
    """``points`` ((seq, point_type, x, y)) and ``rings`` (indices) without a ring's last point
    that repeats its first (it would print a leg of 0.0 m)."""
    xy = [(p[2], p[3]) for p in points]
    kept = [without_closing_repeat(xy, ring) for ring in rings]
    dropped = {k for ring in rings for k in ring} - {k for ring in kept for k in ring}
    keep = [k for k in range(len(points)) if k not in dropped]
    index = {k: n for n, k in enumerate(keep)}
    return [points[k] for k in keep], [[index[k] for k in ring] for ring in kept]


def point_number(seq, position: int) -> str:
    """A point's printed number: its seq when it has a whole one, else its place (1, 2…)."""
    if isinstance(seq, (int, float)) and seq < 10**9:
        return str(int(seq))
    return str(position + 1)


def label_place(dx: float, dy: float) -> tuple[int, str]:
    """Quadrant (QGIS's 0..8, 4 on the point) and offset ("dx,dy" mm, y down) that put a
    point's number away from the area's centre, the point lying (dx, dy) from it."""
    if dx == 0 and dy == 0:
        return 2, "1.2,-1.2"
    angle = math.degrees(math.atan2(dx, dy)) % 360.0  # bearing from the centre
    sector = int(((angle + 22.5) % 360.0) // 45.0)  # 0 N, 1 NE ... 7 NW
    quadrants = (1, 2, 5, 8, 7, 6, 3, 0)
    ox = (0, 1, 1, 1, 0, -1, -1, -1)[sector] * 1.4
    oy = (-1, -1, 0, 1, 1, 1, 0, -1)[sector] * 1.4
    return quadrants[sector], f"{ox:.1f},{oy:.1f}"


def natural_key(text: str) -> list:
    """Sort key that puts CHA-2 before CHA-10."""
    return [int(t) if t.isdigit() else t.lower() for t in re.split(r"(\d+)", text)]


def _signed(degrees: float) -> float:
    """An angle in [-180, 180)."""
    return (degrees + 180.0) % 360.0 - 180.0


def _distance(a, b) -> float:
    return math.hypot(b[0] - a[0], b[1] - a[1])
