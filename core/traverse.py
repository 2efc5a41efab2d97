"""Minefield records to polygons: traverses of bearings and distances (DESIGN §5.4).

Plain Python + shapely 2 + pyproj (geodesics on WGS 84): no QGIS or Qt. Coordinates are in the
working projected CRS (metres) given as ``crs`` (anything ``pyproj`` reads: "EPSG:32638", WKT…).

How a record becomes a polygon (``landrelease:traverse``)
--------------------------------------------------------
- **Start.** ``start_xy`` is the record's first point (its reference point or benchmark:
  ``start_point_type``, default "reference"), seq 0.
- **Legs**, sorted by ``seq`` (unique integers), each give the next point by bearing and
  distance **from the previous point**, whatever that point's type. A leg's own ``unit`` and
  ``north`` override the record's defaults where they are not None (or empty). A leg without
  ``point_type`` is a turning point.
- **Bearings.** ``deg`` (360), ``mil6400``, ``mil6000`` (the Soviet/Warsaw Pact mil) and
  ``gon`` (400); from 0 inclusive to the full circle exclusive (6400 mils is written 0).
  ``grid``: planar in the working CRS (``x += d sin az, y += d cos az``), the distance taken as
  a grid distance. ``true``: the geodesic direct problem on WGS 84 (``pyproj.Geod.fwd``) from
  the previous point converted to longitude/latitude, the distance taken as an ellipsoidal
  (ground) distance, and back to the working CRS (one transformer both ways, so that datum
  shifts cancel). ``magnetic``: true azimuth = magnetic bearing + ``declination_deg`` (east
  positive), then as true.
- **Perimeter**: the points typed start, turning, intermediate or end, in order; the first of
  them (normally the ``start`` point, TP1) begins it. If no leg is typed ``start`` it begins at
  the first perimeter-typed point (the first turning point, say). The polygon's ring is the
  perimeter points in order; the last is left out if it lies within 1e-9 m of the first.
- **Closing leg and closure error.** A surveyor closes a record with a leg "back to TP1"
  (typed ``end``, or a turning point: the type does not matter): its point should fall on the
  start, and the gap between them is the misclosure. The closure error is always the distance
  from the last perimeter point back to the first, so an ``end`` leg that returns exactly to
  the start closes with 0. A record **without** a closing leg (the last turning point is not
  meant to return) is still closed as a polygon by a straight side back to the start, and
  the length of that side is reported as its closure error: the record itself carries no
  check, and the plugin says so instead of hiding it (an open record fails any closure
  tolerance; it should not be adjusted). ``perimeter_m`` is the sum of the perimeter's sides
  including that closing side (planar, working CRS); ``closure_ratio`` = error / perimeter.
- **Bowditch** (compass rule, ``adjust=True``): the misclosure (first perimeter point minus
  last) is spread along the traverse from the first perimeter point to the last: each point
  on the way moves by (traversed length up to it / whole traversed length) × misclosure, so
  the last perimeter point lands on the start. Points before the perimeter (the approach from
  the reference point) do not move; points after it move with the last one. The lengths are
  those of the computed legs (planar, working CRS). ``closure_error_m``, ``perimeter_m`` and
  ``closure_ratio`` still describe the record as entered (before adjustment); the points and
  polygon are adjusted.
- **Polygon** (shapely, working CRS) as recorded: it may be invalid (a traverse that crosses
  itself) — the caller checks ``polygon.is_valid``. Fewer than 3 perimeter points, or fewer
  than 3 distinct ring vertices, is the error ``too_few_points``.

Errors are :class:`TraverseError` s: ``code`` (one of :data:`ERROR_CODES`), ``detail`` (an
English sentence, also ``str(error)``), ``seq`` (the leg at fault, None for the record),
``value`` (the offending value). Codes beyond the contract's list: ``bad_seq`` (a leg without
an integer seq), ``unknown_point_type``, ``distance_not_numeric``, ``bad_declination`` (not a
finite number of degrees) and ``bad_crs`` (no projected CRS pyproj can read, needed for true
and magnetic bearings).
"""

from __future__ import annotations

import math
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Optional

import shapely
from pyproj import CRS, Geod, Transformer
from pyproj.enums import TransformDirection

ANGLE_UNITS = ("deg", "mil6400", "mil6000", "gon")  # index = ANGLE_UNIT parameter 0..3
NORTHS = ("grid", "true", "magnetic")  # index = NORTH parameter 0..2
PERIMETER_TYPES = ("start", "turning", "intermediate", "end")
POINT_TYPES = ("reference", "benchmark", "start", "turning", "intermediate", "end", "evidence")
FULL_CIRCLE = {"deg": 360.0, "mil6400": 6400.0, "mil6000": 6000.0, "gon": 400.0}
UNIT_NAMES = {
    "deg": "degrees (360)",
    "mil6400": "mils (6400)",
    "mil6000": "mils (6000)",
    "gon": "gon (400)",
}
DEFAULT_POINT_TYPE = "turning"
CLOSED_TOLERANCE_M = 1e-9  # a last perimeter point this close to the first is the same point
ERROR_CODES = (
    "missing_start",
    "too_few_points",
    "bearing_missing",
    "bearing_not_numeric",
    "bearing_out_of_range",
    "distance_missing",
    "distance_not_numeric",
    "negative_distance",
    "unknown_unit",
    "unknown_north",
    "unknown_point_type",
    "duplicate_seq",
    "bad_seq",
    "bad_declination",
    "bad_crs",
)

_GEOD = Geod(ellps="WGS84")


class TraverseError(Exception):
    """A record that cannot be computed: ``code`` (see :data:`ERROR_CODES`), ``detail`` (an
    English sentence; ``str(error)`` prefixes the leg), ``seq`` (the leg, or None), ``value``."""

    def __init__(self, code: str, detail: str = "", seq: Optional[int] = None, value=None):
        self.code = code
        self.detail = detail or code
        self.seq = seq
        self.value = value
        super().__init__(self.detail if seq is None else f"Leg {seq}: {self.detail}")


@dataclass
class Leg:
    seq: int
    bearing: Optional[float]
    distance_m: Optional[float]
    unit: Optional[str] = None
    north: Optional[str] = None
    point_type: Optional[str] = None
    remarks: Optional[str] = None


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


# ---------------------------------------------------------------------------------------------
# Angles
# ---------------------------------------------------------------------------------------------


def to_degrees(value: float, unit: str) -> float:
    """A bearing in ``unit`` (one of :data:`ANGLE_UNITS`) as degrees in [0, 360)."""
    if unit not in FULL_CIRCLE:
        raise TraverseError(
            "unknown_unit",
            f"Unknown bearing unit {unit!r}: use one of {', '.join(ANGLE_UNITS)}.",
            value=unit,
        )
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = math.nan
    if not math.isfinite(number):
        raise TraverseError(
            "bearing_not_numeric", f"The bearing {value!r} is not a number.", value=value
        )
    full = FULL_CIRCLE[unit]
    if not 0.0 <= number < full:
        raise TraverseError(
            "bearing_out_of_range",
            f"The bearing {number:g} is outside 0 to {full:g} (exclusive) {UNIT_NAMES[unit]}"
            + (": north is 0." if number == full else "."),
            value=number,
        )
    return number * 360.0 / full  # exact for whole-degree results (90, 180, 270…)


def _sincosd(degrees: float) -> tuple[float, float]:
    """sin and cos of an angle in degrees, exact at multiples of 90°."""
    quarter = round(degrees / 90.0)
    rest = math.radians(degrees - 90.0 * quarter)
    s, c = math.sin(rest), math.cos(rest)
    return ((s, c), (c, -s), (-s, -c), (-c, s))[quarter % 4]


def _wrap360(degrees: float) -> float:
    """An angle in [0, 360) (``%`` alone gives 360.0 for tiny negative angles)."""
    wrapped = degrees % 360.0
    return 0.0 if wrapped >= 360.0 else wrapped


def _azimuth(dx: float, dy: float) -> float:
    return _wrap360(math.degrees(math.atan2(dx, dy)))


# ---------------------------------------------------------------------------------------------
# Reading the legs
# ---------------------------------------------------------------------------------------------


def _code(value, allowed, error: str, what: str, seq, default):
    """A code from a list (case and spaces ignored), the default where None or empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return default
    code = str(value).strip().lower()
    if code not in allowed:
        raise TraverseError(
            error, f"Unknown {what} {value!r}: use one of {', '.join(allowed)}.", seq, value
        )
    return code


def _number(value, missing: str, not_numeric: str, what: str, seq):
    if value is None or (isinstance(value, str) and not value.strip()):
        raise TraverseError(missing, f"The {what} is missing.", seq)
    if isinstance(value, bool):
        number = math.nan
    elif isinstance(value, str):
        try:
            number = float(value.strip().replace(",", "."))
        except ValueError:
            number = math.nan
    else:
        try:
            number = float(value)
        except (TypeError, ValueError):
            number = math.nan
    if not math.isfinite(number):
        raise TraverseError(not_numeric, f"The {what} {value!r} is not a number.", seq, value)
    return number


def _seq(leg: Leg) -> int:
    seq = leg.seq
    if isinstance(seq, bool) or seq is None:
        raise TraverseError("bad_seq", "A leg has no sequence number (seq).", value=seq)
    try:
        number = float(seq)
    except (TypeError, ValueError):
        number = math.nan
    if not math.isfinite(number) or number != int(number):
        raise TraverseError(
            "bad_seq", f"The sequence number {seq!r} is not a whole number.", value=seq
        )
    return int(number)


@dataclass
class _ReadLeg:
    seq: int
    point_type: str
    bearing: float  # as entered
    unit: str
    north: str
    distance_m: float
    azimuth_deg: float  # in degrees from the leg's north (magnetic: converted to true)


def _read_legs(legs, unit, north, declination_deg) -> list[_ReadLeg]:
    ordered = sorted(((_seq(leg), i, leg) for i, leg in enumerate(legs)), key=lambda t: t[:2])
    read = []
    previous = None
    for seq, _, leg in ordered:
        if seq == previous:
            raise TraverseError(
                "duplicate_seq", f"Two legs have the sequence number {seq}.", seq, seq
            )
        previous = seq
        leg_unit = _code(leg.unit, ANGLE_UNITS, "unknown_unit", "bearing unit", seq, unit)
        leg_north = _code(leg.north, NORTHS, "unknown_north", "north", seq, north)
        point_type = _code(
            leg.point_type, POINT_TYPES, "unknown_point_type", "point type", seq,
            DEFAULT_POINT_TYPE,
        )  # fmt: skip
        bearing = _number(leg.bearing, "bearing_missing", "bearing_not_numeric", "bearing", seq)
        try:
            azimuth = to_degrees(bearing, leg_unit)
        except TraverseError as error:
            raise TraverseError(error.code, error.detail, seq, error.value) from None
        distance = _number(
            leg.distance_m, "distance_missing", "distance_not_numeric", "distance", seq
        )
        if distance < 0:
            raise TraverseError(
                "negative_distance", f"The distance {distance:g} m is negative.", seq, distance
            )
        if leg_north == "magnetic":
            azimuth = _wrap360(azimuth + _declination(declination_deg))
        read.append(_ReadLeg(seq, point_type, bearing, leg_unit, leg_north, distance, azimuth))
    return read


def _declination(value) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = math.nan
    if not math.isfinite(number) or abs(number) >= 180.0:
        raise TraverseError(
            "bad_declination",
            f"The magnetic declination {value!r} is not a number of degrees between -180 and "
            "180 (east positive).",
            value=value,
        )
    return number


# ---------------------------------------------------------------------------------------------
# Geodesic legs
# ---------------------------------------------------------------------------------------------

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


def _geodesic_step(transformer, x, y, azimuth_deg, distance_m) -> tuple[float, float]:
    lon, lat = transformer.transform(x, y)
    lon2, lat2, _ = _GEOD.fwd(lon, lat, azimuth_deg, distance_m)
    x2, y2 = transformer.transform(lon2, lat2, direction=TransformDirection.INVERSE)
    return float(x2), float(y2)


# ---------------------------------------------------------------------------------------------
# The traverse
# ---------------------------------------------------------------------------------------------


def compute_traverse(
    start_xy: tuple[float, float],
    legs: Sequence[Leg],
    unit: str = "deg",
    north: str = "grid",
    declination_deg: float = 0.0,
    adjust: bool = False,
    crs="EPSG:32638",
    start_point_type: str = "reference",
) -> TraverseResult:
    """One record's points, perimeter, polygon and closure (see the module docstring)."""
    unit = _code(unit, ANGLE_UNITS, "unknown_unit", "bearing unit", None, None)
    north = _code(north, NORTHS, "unknown_north", "north", None, None)
    if unit is None:
        raise TraverseError("unknown_unit", "No bearing unit was given.")
    if north is None:
        raise TraverseError("unknown_north", "No north reference was given.")
    start_type = _code(
        start_point_type, POINT_TYPES, "unknown_point_type", "point type", None, "reference"
    )
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
    read = _read_legs(legs, unit, north, declination_deg)

    points = [TraversePoint(0, start_type, x, y, None, None, None, None, None)]
    transformer = None
    for leg in read:
        if leg.north == "grid":
            s, c = _sincosd(leg.azimuth_deg)
            nx, ny = x + leg.distance_m * s, y + leg.distance_m * c
            grid_azimuth = leg.azimuth_deg
        else:
            if transformer is None:
                transformer = _to_lonlat(crs)
            nx, ny = _geodesic_step(transformer, x, y, leg.azimuth_deg, leg.distance_m)
            if leg.distance_m > 0:
                grid_azimuth = _azimuth(nx - x, ny - y)
            else:  # no chord: the direction of a 1 m step
                px, py = _geodesic_step(transformer, x, y, leg.azimuth_deg, 1.0)
                grid_azimuth = _azimuth(px - x, py - y)
        points.append(
            TraversePoint(
                leg.seq, leg.point_type, nx, ny, leg.bearing, leg.unit, leg.north,
                leg.distance_m, grid_azimuth,
            )
        )  # fmt: skip
        x, y = nx, ny

    on_perimeter = [i for i, p in enumerate(points) if p.point_type in PERIMETER_TYPES]
    if len(on_perimeter) < 3:
        raise TraverseError(
            "too_few_points",
            f"The record has {len(on_perimeter)} perimeter point(s) (start, turning, "
            "intermediate, end): a polygon needs at least 3.",
            value=len(on_perimeter),
        )
    first, last = on_perimeter[0], on_perimeter[-1]
    ring = [(points[i].x, points[i].y) for i in on_perimeter]
    sides = [math.dist(a, b) for a, b in zip(ring, ring[1:])]
    closure_error = math.dist(ring[-1], ring[0])
    perimeter_m = math.fsum(sides) + closure_error
    ratio = closure_error / perimeter_m if perimeter_m > 0 else 0.0

    if adjust and closure_error > 0:
        chain = [(p.x, p.y) for p in points[first : last + 1]]
        moved = bowditch(chain, chain[0])
        dx, dy = moved[-1][0] - chain[-1][0], moved[-1][1] - chain[-1][1]
        for k, (mx, my) in enumerate(moved):
            points[first + k].x, points[first + k].y = mx, my
        for p in points[last + 1 :]:
            p.x, p.y = p.x + dx, p.y + dy
        ring = [(points[i].x, points[i].y) for i in on_perimeter]

    if math.dist(ring[-1], ring[0]) <= CLOSED_TOLERANCE_M:
        ring = ring[:-1]
    distinct = {(round(px, 9), round(py, 9)) for px, py in ring}
    if len(distinct) < 3:
        raise TraverseError(
            "too_few_points",
            f"The record's perimeter has only {len(distinct)} distinct point(s): a polygon "
            "needs at least 3.",
            value=len(distinct),
        )
    perimeter = [points[i] for i in on_perimeter]
    return TraverseResult(
        points=points,
        perimeter=perimeter,
        polygon=shapely.Polygon(ring),
        closure_error_m=closure_error,
        perimeter_m=perimeter_m,
        closure_ratio=ratio,
        adjusted=bool(adjust),
    )


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
