"""A record's points, perimeter, closure and polygon (:func:`compute_traverse`, see the
package docstring), with grid or geodesic legs and the Bowditch adjustment."""

from __future__ import annotations

import math
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Optional

import numpy as np
import shapely
from pyproj import CRS, Geod, Transformer
from pyproj.enums import TransformDirection

from .bearings import ANGLE_UNITS, _wrap360
from .errors import TraverseError
from .legs import NORTHS, PERIMETER_TYPES, POINT_TYPES, Leg, _code, _read_legs, _ReadLeg

ADJUST_NO_CLOSING_LEG = "no_closing_leg"
CLOSED_TOLERANCE_M = 1e-9  # a last perimeter point this close to the first is the same point

_GEOD = Geod(ellps="WGS84")


@dataclass
class TraversePoint:
    seq: int
    point_type: str
    x: float  # working projected CRS (metres); adjusted when the traverse is
    y: float
    bearing: Optional[float]  # as entered, in ``unit`` (None for the start)
    unit: Optional[str]  # the unit and north the bearing was read in (the leg's or the default)
    north: Optional[str]
    distance_m: Optional[float]  # as entered
    azimuth_grid_deg: Optional[float]  # the leg's direction as used, in grid degrees [0, 360)


@dataclass
class TraverseResult:
    points: list[TraversePoint]  # the start (seq 0) first, then one per leg in seq order
    perimeter: list[TraversePoint]  # the points whose type is in PERIMETER_TYPES, in order
    polygon: Optional[shapely.Polygon]
    closure_error_m: float  # before adjustment
    perimeter_m: float  # before adjustment, closing side included
    closure_ratio: float  # closure_error_m / perimeter_m (0 if the perimeter is 0)
    adjusted: bool
    adjust_code: Optional[str] = None  # why not adjusted though asked: ADJUST_NO_CLOSING_LEG
    adjust_note: Optional[str] = None  # the same as an English sentence
    end_on_start: bool = False  # the end point lay within closed_tolerance_m: the ring omits it


def _sincosd(degrees: float) -> tuple[float, float]:
    """sin and cos of an angle in degrees, exact at multiples of 90°."""
    quarter = round(degrees / 90.0)
    rest = math.radians(degrees - 90.0 * quarter)
    s, c = math.sin(rest), math.cos(rest)
    quarter %= 4
    if quarter == 0:
        return s, c
    if quarter == 1:
        return c, -s
    return (-s, -c) if quarter == 2 else (-c, s)


def _azimuth(dx: float, dy: float) -> float:
    return _wrap360(math.degrees(math.atan2(dx, dy)))


_local = threading.local()  # pyproj transformers are not shared between threads


def _to_lonlat(crs) -> Transformer:
    cache = getattr(_local, "transformers", None)
    if cache is None:
        cache = _local.transformers = {}
    key = crs if isinstance(crs, (str, CRS)) else repr(crs)
    transformer = cache.get(key)
    if transformer is None:
        try:
            source = CRS.from_user_input(crs)
        except Exception as error:  # pyproj.exceptions.CRSError and friends
            raise TraverseError(
                "bad_crs", f"The working CRS {crs!r} cannot be read: {error}", value=crs
            ) from None
        if not source.is_projected:
            raise TraverseError(
                "bad_crs",
                f"The working CRS {source.name!r} is not projected: traverses are computed in "
                "metres.",
                value=crs,
            )
        transformer = Transformer.from_crs(source, "EPSG:4326", always_xy=True)
        cache[key] = transformer
    return transformer


def _geodesic_steps(transformer, xs, ys, azimuths_deg, distances_m) -> tuple[list, list]:
    """The geodesic direct problem from each point (working CRS) in one pyproj call each way:
    the same numbers, point by point, as one call per point."""
    lon, lat = transformer.transform(np.array(xs, dtype=float), np.array(ys, dtype=float))
    lon2, lat2, _ = _GEOD.fwd(lon, lat, np.array(azimuths_deg), np.array(distances_m))
    x2, y2 = transformer.transform(lon2, lat2, direction=TransformDirection.INVERSE)
    return x2.tolist(), y2.tolist()


def compute_traverse(
    start_xy: tuple[float, float],
    legs: Sequence[Leg],
    unit: str = "deg",
    north: str = "grid",
    declination_deg: Optional[float] = None,
    adjust: bool = False,
    crs="EPSG:32638",
    start_point_type: str = "reference",
    *,
    closed_tolerance_m: float = CLOSED_TOLERANCE_M,
) -> TraverseResult:
    """One record's points, perimeter, polygon and closure (see the package docstring).

    ``declination_deg`` (east positive) turns the magnetic legs that have no declination of
    their own; a magnetic leg with neither is the error ``declination_missing``. An ``end``
    point within ``closed_tolerance_m`` of the first perimeter point is that point: the ring
    leaves it out (the closure error is still the measured gap)."""
    (result,) = compute_traverses(
        [TraverseRecord(start_xy, legs, declination_deg, start_point_type)],
        unit, north, adjust, crs, closed_tolerance_m=closed_tolerance_m,
    )  # fmt: skip
    if isinstance(result, TraverseError):
        raise result
    return result


@dataclass
class TraverseRecord:
    """The arguments of :func:`compute_traverse` that belong to one record."""

    start_xy: tuple
    legs: Sequence[Leg]
    declination_deg: Optional[float] = None
    start_point_type: str = "reference"


def compute_traverses(
    records: Sequence[TraverseRecord],
    unit: str = "deg",
    north: str = "grid",
    adjust: bool = False,
    crs="EPSG:32638",
    *,
    closed_tolerance_m: float = CLOSED_TOLERANCE_M,
) -> list:
    """:func:`compute_traverse` of many records at once: for each record its TraverseResult,
    or the TraverseError that refuses it. The legs are walked step by step for all records
    together (one pyproj call per step for the true and magnetic legs), with the same
    arithmetic as one record alone: the results are the same to the last bit."""
    out: list = [None] * len(records)
    walking = {}
    for k, record in enumerate(records):
        try:
            walking[k] = _prepare(record, unit, north, closed_tolerance_m)
        except TraverseError as error:
            out[k] = error.with_traceback(None)  # kept without the frames of its traceback
    rings = {}
    for k, walked in _walk_all(walking, crs).items():
        if isinstance(walked, TraverseError):
            out[k] = walked
            continue
        try:
            out[k], rings[k] = _result(walked, adjust, closed_tolerance_m)
        except TraverseError as error:
            out[k] = error.with_traceback(None)  # kept without the frames of its traceback
    if rings:
        coordinates = [xy for ring in rings.values() for xy in ring]
        which = np.repeat(np.arange(len(rings)), [len(ring) for ring in rings.values()])
        polygons = shapely.polygons(shapely.linearrings(coordinates, indices=which))
        for k, polygon in zip(rings, polygons):
            out[k].polygon = polygon
    return out


def _record_codes(unit, north, start_point_type) -> tuple[str, str, str]:
    """The record's bearing unit, north and start point type (codes, checked)."""
    unit = _code(unit, ANGLE_UNITS, "unknown_unit", "bearing unit", None, None)
    north = _code(north, NORTHS, "unknown_north", "north", None, None)
    if unit is None:
        raise TraverseError("unknown_unit", "No bearing unit was given.")
    if north is None:
        raise TraverseError("unknown_north", "No north reference was given.")
    start_type = _code(
        start_point_type, POINT_TYPES, "unknown_point_type", "point type", None, "reference"
    )
    return unit, north, start_type


def _start_xy(start_xy) -> tuple[float, float]:
    try:
        x, y = (float(v) for v in start_xy)
    except (TypeError, ValueError):
        x = y = math.nan
    if not (math.isfinite(x) and math.isfinite(y)):
        raise TraverseError(
            "missing_start",
            "The record has no usable start point (reference point or benchmark).",
            value=start_xy,
        )
    return x, y


def _check_closed_tolerance(closed_tolerance_m) -> None:
    if isinstance(closed_tolerance_m, bool) or not (
        isinstance(closed_tolerance_m, (int, float)) and 0.0 <= closed_tolerance_m < math.inf
    ):
        raise TraverseError(
            "bad_closed_tolerance",
            f"The closure tolerance {closed_tolerance_m!r} is not a distance of 0 m or more.",
            value=closed_tolerance_m,
        )


def _prepare(record: TraverseRecord, unit, north, closed_tolerance_m) -> tuple:
    """A record's start point and its legs read and checked, before the walk."""
    unit, north, start_type = _record_codes(unit, north, record.start_point_type)
    x, y = _start_xy(record.start_xy)
    _check_closed_tolerance(closed_tolerance_m)
    read = _read_legs(record.legs, unit, north, record.declination_deg)
    return TraversePoint(0, start_type, x, y, None, None, None, None, None), read


def _walk_all(walking: dict, crs) -> dict:
    """key -> the start, then the point of each leg from the previous point; or the
    TraverseError ``bad_crs`` for a record with true or magnetic legs when ``crs`` cannot be
    used. ``walking``: key -> (start, read legs). Step k of every record is taken together."""
    out = {key: [start] for key, (start, _read) in walking.items()}
    geodesic = [key for key, (_start, read) in walking.items() if _any_geodesic(read)]
    transformer = None
    if geodesic:
        try:
            transformer = _to_lonlat(crs)
        except TraverseError as error:
            for key in geodesic:
                out[key] = error.with_traceback(None)
    active = [(key, read) for key, (_start, read) in walking.items() if type(out[key]) is list]
    step = 0
    while active:
        active = [(key, read) for key, read in active if len(read) > step]
        _step(active, step, out, transformer)
        step += 1
    return out


def _any_geodesic(read: list[_ReadLeg]) -> bool:
    return any(leg.north != "grid" for leg in read)


def _step(active: list, step: int, out: dict, transformer) -> None:
    """Leg ``step`` of every record in ``active`` ((key, read legs)): grid legs one by one,
    the others in one geodesic computation."""
    geodesic = []
    for key, read in active:
        leg, points = read[step], out[key]
        last = points[-1]
        if leg.north == "grid":
            s, c = _sincosd(leg.azimuth_deg)
            x, y = last.x + leg.distance_m * s, last.y + leg.distance_m * c
            points.append(_point(leg, x, y, leg.azimuth_deg))
        else:
            geodesic.append((leg, points))
    if not geodesic:
        return
    xs = [points[-1].x for _leg, points in geodesic]
    ys = [points[-1].y for _leg, points in geodesic]
    azimuths = [leg.azimuth_deg for leg, _points in geodesic]
    nx, ny = _geodesic_steps(transformer, xs, ys, azimuths, [leg.distance_m for leg, _ in geodesic])
    still = [k for k, (leg, _points) in enumerate(geodesic) if not leg.distance_m > 0]
    towards = {}  # k -> where a 1 m step goes: the direction of a leg without a chord
    if still:
        px, py = _geodesic_steps(
            transformer, [xs[k] for k in still], [ys[k] for k in still],
            [azimuths[k] for k in still], [1.0] * len(still),
        )  # fmt: skip
        towards = dict(zip(still, zip(px, py)))
    for k, (leg, points) in enumerate(geodesic):
        x, y = xs[k], ys[k]
        ax, ay = towards.get(k) or (nx[k], ny[k])
        points.append(_point(leg, nx[k], ny[k], _azimuth(ax - x, ay - y)))


def _point(leg: _ReadLeg, x: float, y: float, grid_azimuth: float) -> TraversePoint:
    return TraversePoint(
        leg.seq, leg.point_type, x, y, leg.bearing, leg.unit, leg.north, leg.distance_m,
        grid_azimuth,
    )  # fmt: skip


def _result(points: list[TraversePoint], adjust: bool, closed_tolerance_m) -> tuple:
    """A walked record's perimeter, closure and adjustment (its polygon still None), and the
    ring of its polygon."""
    on_perimeter = _perimeter_indices(points)
    first, last = on_perimeter[0], on_perimeter[-1]
    ring = [(points[i].x, points[i].y) for i in on_perimeter]
    sides = [math.dist(a, b) for a, b in zip(ring, ring[1:])]
    closure_error = math.dist(ring[-1], ring[0])
    perimeter_m = math.fsum(sides) + closure_error
    ratio = closure_error / perimeter_m if perimeter_m > 0 else 0.0

    closing = points[last].point_type == "end"
    adjust_code = adjust_note = None
    if adjust and not closing:
        adjust_code, adjust_note = ADJUST_NO_CLOSING_LEG, _not_adjusted_note(points[last])
    elif adjust and closure_error > 0:
        _adjust(points, first, last)
        ring = [(points[i].x, points[i].y) for i in on_perimeter]
    ring, end_on_start = _polygon_ring(ring, closing, closed_tolerance_m)
    result = TraverseResult(
        points=points,
        perimeter=[points[i] for i in on_perimeter],
        polygon=None,
        closure_error_m=closure_error,
        perimeter_m=perimeter_m,
        closure_ratio=ratio,
        adjusted=bool(adjust) and closing,
        adjust_code=adjust_code,
        adjust_note=adjust_note,
        end_on_start=end_on_start,
    )
    return result, ring


def _perimeter_indices(points: list[TraversePoint]) -> list[int]:
    on_perimeter = [i for i, p in enumerate(points) if p.point_type in PERIMETER_TYPES]
    if len(on_perimeter) < 3:
        raise TraverseError(
            "too_few_points",
            f"The record has {len(on_perimeter)} perimeter point(s) (start, turning, "
            "intermediate, end): a polygon needs at least 3.",
            value=len(on_perimeter),
        )
    return on_perimeter


def _not_adjusted_note(last: TraversePoint) -> str:
    return (
        f"Not adjusted: no closing end leg (the last perimeter point, seq {last.seq}, "
        f"is a {last.point_type} point); the points are as recorded."
    )


def _adjust(points: list[TraversePoint], first: int, last: int) -> None:
    """Bowditch from the first perimeter point to the last (which lands on the first); the
    points after the perimeter move with the last one, those before it stay."""
    chain = [(p.x, p.y) for p in points[first : last + 1]]
    moved = bowditch(chain, chain[0])
    dx, dy = moved[-1][0] - chain[-1][0], moved[-1][1] - chain[-1][1]
    for k, (mx, my) in enumerate(moved):
        points[first + k].x, points[first + k].y = mx, my
    for p in points[last + 1 :]:
        p.x, p.y = p.x + dx, p.y + dy


def _polygon_ring(ring: list, closing: bool, closed_tolerance_m: float) -> tuple[list, bool]:
    """The ring without a last point on the first (and whether it was an end point within
    ``closed_tolerance_m``); refused with fewer than 3 distinct points."""
    gap = math.dist(ring[-1], ring[0])
    end_on_start = closing and gap <= closed_tolerance_m
    if gap <= CLOSED_TOLERANCE_M or end_on_start:
        ring = ring[:-1]
    distinct = 3 if _three_apart(ring) else len({(round(x, 9), round(y, 9)) for x, y in ring})
    if distinct < 3:
        raise TraverseError(
            "too_few_points",
            f"The record's perimeter has only {distinct} distinct point(s): a polygon "
            "needs at least 3.",
            value=distinct,
        )
    return ring, end_on_start


def _three_apart(ring: list) -> bool:
    """Three points of ``ring`` more than 1e-8 apart in x or y: still three distinct points
    once rounded to 1e-9 (the slow count is then not needed)."""
    x0, y0 = ring[0]
    second = None
    for x, y in ring:
        if second is None:
            if abs(x - x0) > 1e-8 or abs(y - y0) > 1e-8:
                second = x, y
        elif (abs(x - x0) > 1e-8 or abs(y - y0) > 1e-8) and (
            abs(x - second[0]) > 1e-8 or abs(y - second[1]) > 1e-8
        ):
            return True
    return False


def bowditch(
    points_xy: Sequence[tuple[float, float]], closing_xy: tuple[float, float]
) -> list[tuple[float, float]]:
    """Compass-rule adjustment of a traverse ``points_xy`` (first point fixed) whose last
    point should be ``closing_xy``: point k moves by (length along the traverse up to k / whole
    length) × (``closing_xy`` - last point); the last lands exactly on ``closing_xy``. A
    traverse of zero length only has its last point moved."""
    xy = [(float(px), float(py)) for px, py in points_xy]
    if not xy:
        return []
    cx, cy = float(closing_xy[0]), float(closing_xy[1])
    ex, ey = cx - xy[-1][0], cy - xy[-1][1]
    lengths = [0.0]
    for a, b in zip(xy, xy[1:]):
        lengths.append(lengths[-1] + math.dist(a, b))
    total = lengths[-1]
    if total > 0:
        out = [(px + ex * t / total, py + ey * t / total) for (px, py), t in zip(xy, lengths)]
    else:
        out = list(xy)
    out[-1] = (cx, cy)
    return out
