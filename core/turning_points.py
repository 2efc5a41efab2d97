"""Turning points typed row by row (``core.point_rows``), computed: positions, the declination
of magnetic bearings, the perimeter polygon, its closure and area.

Plain Python (pyproj, shapely): no QGIS, no Qt. The Turning points dialog wires its table to it.
Magnetic bearings use the declination printed on the record (typed) or the IGRF value at the
first point on the record date — never 0.

:func:`compute_rows`: rows are read in order, empty rows skipped. A coordinate row places its
point; a bearing row steps from the previous point with ``core.traverse`` (one leg, so grid,
true and magnetic bearings follow exactly the rules of ``landrelease:traverse``). The perimeter
(start, turning, intermediate and end points), the closure error (last perimeter point back to
the first) and the polygon follow core.traverse's definitions: an end point within the closure
tolerance of the start closes onto it. Nothing is adjusted. Points outside the programme's area
are flagged.

Nothing here is worded for the user: a row that cannot be computed carries a ``code`` (one of
:data:`ROW_CODES`, or the code of the core error it keeps in ``error``), the computation a
``problem`` code (:data:`PROBLEM_CODES` or the assembly's error code) and the declination a
``problem`` code (:data:`DECLINATION_PROBLEMS` or its ``DeclinationError``'s); the dialog turns
them into words.
"""

from __future__ import annotations

import datetime
import math
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import shapely
from pyproj import CRS, Transformer
from pyproj.exceptions import CRSError, ProjError

from .area import ProgrammeArea
from .checks import ellipsoidal_areas
from .coordinates import CoordinateError, LonLat, format_gk, gk_zone
from .point_rows import (
    BARE_PAIR,
    BEARING,
    COORDINATE,
    FIRST_POINT_TYPES,
    Reading,
    RowInput,
    Settings,
    distance_text,
    read_coordinate,
    split_bearing,
)
from .traverse import (
    CLOSED_TOLERANCE_M,
    PERIMETER_TYPES,
    BearingError,
    DeclinationError,
    Leg,
    RecordDate,
    TraverseError,
    TraversePoint,
    TraverseResult,
    compute_traverse,
    magnetic_declination,
    parse_bearing_value,
    parse_record_date,
)

WGS84 = "EPSG:4326"
CLOSURE_TOLERANCE_M = 5.0  # as landrelease:traverse's default CLOSURE_TOLERANCE

ROW_CODES = (
    "cannot_place",  # the coordinate reads but PROJ cannot place it in the working CRS
    "first_point_type",  # the first point is placed but is not a reference, benchmark or start
    "bearing_missing",  # a bearing row without its bearing
    "no_declination",  # a magnetic bearing without declination (the declination says why)
    "starts_from_error",  # blocked: the leg starts from a row with an error (``from_row``)
    "first_coordinate_missing",  # an empty first row with rows after it
    "first_not_coordinate",  # the first row is a bearing: the legs need a point to start from
)  # and the code of a CoordinateError or TraverseError kept in RowResult.error
PROBLEM_CODES = (
    "nothing_typed",  # no row has anything in it
    "row_errors",  # some rows are wrong or blocked (the first of them says why)
)  # and the code of the TraverseError kept in Computation.error ("too_few_points")
DECLINATION_PROBLEMS = (
    "no_date",  # neither a typed declination nor a record date
    "no_first_point",  # the IGRF value is taken at point 1, which has no position
)  # and the code of the DeclinationError kept in Declination.error

AreaFunction = Callable[[shapely.Polygon], float]


# ---------------------------------------------------------------------------------------------
# The declination of magnetic bearings
# ---------------------------------------------------------------------------------------------


@dataclass
class Declination:
    """The declination the magnetic bearings use: ``value`` (degrees east) and ``source``
    (entered / igrf), or None with ``problem`` saying why there is none (a code of
    :data:`DECLINATION_PROBLEMS`, or the code of ``error``)."""

    value: float | None = None
    source: str | None = None
    on: datetime.date | None = None
    point: int | None = None  # the row number of the point the IGRF value is taken at
    problem: str | None = None
    month_only: bool = False
    error: DeclinationError | None = None


def read_date(settings: Settings) -> tuple[RecordDate | None, DeclinationError | None]:
    """(the typed record date or None, the DeclinationError saying why it cannot be read)."""
    if not settings.record_date.strip():
        return None, None
    try:
        return parse_record_date(settings.record_date, today=datetime.date.today()), None
    except DeclinationError as error:
        return None, error


def resolve_declination(
    settings: Settings, first: LonLat | None, first_row: int | None
) -> Declination:
    """The declination: as typed, else the IGRF value at the first point on the record date."""
    if settings.declination_deg is not None:
        return Declination(settings.declination_deg, "entered")
    record_date, error = read_date(settings)
    if error is not None:
        return Declination(problem=error.code, error=error)
    if record_date is None:
        return Declination(problem="no_date")
    if first is None:
        return Declination(problem="no_first_point")
    try:
        value = magnetic_declination(first.lon, first.lat, record_date.on)
    except DeclinationError as error:
        return Declination(problem=error.code, error=error)
    return Declination(value, "igrf", record_date.on, first_row, month_only=record_date.month_only)


# ---------------------------------------------------------------------------------------------
# What a computation gives
# ---------------------------------------------------------------------------------------------


@dataclass
class RowResult:
    state: str  # "empty", "ok", "error" (this row is wrong), "blocked" (a row above is wrong)
    code: str = ""  # why the row is wrong or blocked (ROW_CODES, or the code of ``error``)
    error: ValueError | None = None  # the CoordinateError or TraverseError behind ``code``
    detail: str = ""  # the core's English sentence, for the tooltip
    point: TraversePoint | None = None  # working CRS
    format: str | None = None  # the coordinate format read (utm, mgrs, dd, dms, gk)
    unit: str | None = None  # the unit and north of a bearing row as used
    north: str | None = None
    bearing_value: float | None = None  # the bearing in ``unit`` (12-50 -> 1250)
    distance_m: float | None = None
    reading: Reading | None = None  # a coordinate row's reading
    lonlat: LonLat | None = None  # the point in WGS 84
    outside: bool = False  # outside the programme's area
    from_row: int | None = None  # a blocked row: the row with the error it starts from


@dataclass
class Computation:
    inputs: list[RowInput]
    rows: list[RowResult]
    crs: str  # the working CRS (projected, metres) as given to compute_rows
    result: TraverseResult | None = None
    problem: str | None = None  # why there is no result (PROBLEM_CODES or error.code)
    error: TraverseError | None = None  # the assembly's error behind ``problem``
    area_m2: float | None = None
    valid: bool = False  # the polygon is valid (its sides do not cross)
    errors: int = 0
    declination: Declination = field(default_factory=Declination)
    magnetic: bool = False  # some row is a magnetic bearing
    area: ProgrammeArea | None = None
    outside: list[int] = field(default_factory=list)  # seq of the rows outside the area

    def points(self) -> list[tuple[RowInput, RowResult]]:
        """The rows that have a position."""
        return [(i, r) for i, r in zip(self.inputs, self.rows) if r.point is not None]

    def wrong_rows(self) -> list[tuple[RowInput, RowResult]]:
        """The rows that are wrong or blocked, in order."""
        return [(i, r) for i, r in zip(self.inputs, self.rows) if r.state in ("error", "blocked")]


# ---------------------------------------------------------------------------------------------
# One leg, and the polygon of the points
# ---------------------------------------------------------------------------------------------

_PADDING = (
    Leg(seq=2, bearing=0.0, distance_m=1.0, unit="deg", north="grid", point_type="turning"),
    Leg(seq=3, bearing=90.0, distance_m=1.0, unit="deg", north="grid", point_type="turning"),
)


def traverse_step(
    xy: tuple[float, float],
    bearing,
    distance,
    unit: str,
    north: str,
    declination_deg: float | None,
    crs: str,
) -> TraversePoint:
    """The point at ``bearing`` and ``distance`` from ``xy``, computed by core.traverse as a
    one-leg traverse (grid, true or magnetic exactly as ``landrelease:traverse``). Two 1 m grid
    legs are appended only because a traverse needs three perimeter points; they come after
    the leg and do not change it. Raises TraverseError for a bad bearing or distance, and for a
    magnetic bearing without declination."""
    leg = Leg(seq=1, bearing=bearing, distance_m=distance, unit=unit, north=north)
    result = compute_traverse(
        xy, [leg, *_PADDING], unit, north, declination_deg, False, crs, "start"
    )
    return result.points[1]


def assemble(
    points: list[TraversePoint], closed_tolerance_m: float = CLOSURE_TOLERANCE_M
) -> TraverseResult:
    """The perimeter, polygon and closure of computed points, as core.traverse defines them:
    the perimeter is the start, turning, intermediate and end points in order; the closure
    error is the distance from the last of them back to the first; the last is left out of the
    ring when it lies on the first, or when it is an end point within ``closed_tolerance_m`` of
    it (the end point is the start: no second vertex beside it). Raises
    TraverseError("too_few_points")."""
    perimeter = [p for p in points if p.point_type in PERIMETER_TYPES]
    if len(perimeter) < 3:
        raise TraverseError(
            "too_few_points",
            f"{len(perimeter)} perimeter point(s): a polygon needs at least 3.",
            value=len(perimeter),
        )
    ring = [(p.x, p.y) for p in perimeter]
    sides = [math.dist(a, b) for a, b in zip(ring, ring[1:])]
    closure = math.dist(ring[-1], ring[0])
    perimeter_m = math.fsum(sides) + closure
    end_on_start = perimeter[-1].point_type == "end" and closure <= closed_tolerance_m
    if closure <= CLOSED_TOLERANCE_M or end_on_start:
        ring = ring[:-1]
    distinct = {(round(x, 9), round(y, 9)) for x, y in ring}
    if len(distinct) < 3:
        raise TraverseError(
            "too_few_points",
            f"Only {len(distinct)} distinct perimeter point(s): a polygon needs at least 3.",
            value=len(distinct),
        )
    return TraverseResult(
        points=list(points),
        perimeter=perimeter,
        polygon=shapely.Polygon(ring),
        closure_error_m=closure,
        perimeter_m=perimeter_m,
        closure_ratio=closure / perimeter_m if perimeter_m > 0 else 0.0,
        adjusted=False,
        end_on_start=end_on_start,
    )


# ---------------------------------------------------------------------------------------------
# Computing the rows
# ---------------------------------------------------------------------------------------------

_local = threading.local()  # pyproj transformers are not shared between threads


def _transformer(source: str, target: str) -> Transformer:
    cache = getattr(_local, "transformers", None)
    if cache is None:
        cache = _local.transformers = {}
    transformer = cache.get((source, target))
    if transformer is None:
        transformer = Transformer.from_crs(source, target, always_xy=True)
        cache[(source, target)] = transformer
    return transformer


def _transform(source: str, target: str, x: float, y: float) -> tuple[float, float] | None:
    """(x, y) from ``source`` to ``target``, None where PROJ cannot place it."""
    try:
        tx, ty = _transformer(source, target).transform(x, y, errcheck=True)
    except ProjError:
        return None
    return (float(tx), float(ty)) if math.isfinite(tx) and math.isfinite(ty) else None


def crs_centre(crs: str) -> tuple[float, float]:
    """A point inside ``crs``'s area of use (in ``crs``), to check legs that follow a wrong row:
    the centre of its area of use (longitude/latitude 0, 0 without one)."""
    try:
        area = CRS.from_user_input(crs).area_of_use
    except CRSError:
        area = None
    lon, lat = (0.0, 0.0)
    if area is not None:
        lon, lat = (area.west + area.east) / 2.0, (area.south + area.north) / 2.0
    return _transform(WGS84, crs, lon, lat) or (0.0, 0.0)


def first_lonlat(inputs: list[RowInput], settings: Settings) -> LonLat | None:
    """The first filled row's point if it is a coordinate that reads (the working CRS of a
    geographic database is its UTM zone), else None."""
    reading, _seq = _first_reading([row for row in inputs if not row.is_empty()], settings)
    return reading.lonlat if reading is not None else None


class _Rows:
    """The state of compute_rows while it walks the rows."""

    def __init__(self, crs: str):
        self.crs = crs
        self.results: list[RowResult] = []
        self.previous: TraversePoint | None = None  # the point the next leg starts from
        self.last_xy: tuple[float, float] | None = None  # any point (to check legs after errors)
        self.broken_at: int | None = None

    def fail(self, seq: int, result: RowResult) -> None:
        self.results.append(result)
        self.previous, self.broken_at = None, seq


def _first_reading(filled: list[RowInput], settings: Settings):
    """(Reading, seq) of the first filled row if it is a coordinate that reads, else (None, …)."""
    if not filled or filled[0].entry != COORDINATE:
        return None, None
    try:
        return read_coordinate(filled[0].coordinate, settings), filled[0].seq
    except CoordinateError:
        return None, filled[0].seq


def _coordinate_row(state: _Rows, row: RowInput, settings: Settings, is_first: bool) -> None:
    try:
        reading = read_coordinate(row.coordinate, settings)
    except CoordinateError as error:
        state.fail(row.seq, RowResult("error", error.code, error, str(error)))
        return
    lonlat = reading.lonlat
    xy = _transform(WGS84, state.crs, lonlat.lon, lonlat.lat)
    if xy is None:
        detail = f"PROJ cannot place {lonlat.lon:.6f}, {lonlat.lat:.6f} in {state.crs}."
        state.fail(row.seq, RowResult("error", "cannot_place", detail=detail))
        return
    point = TraversePoint(row.seq, row.point_type, xy[0], xy[1], None, None, None, None, None)
    result = RowResult("ok", point=point, format=reading.fmt, reading=reading, lonlat=lonlat)
    if is_first and row.point_type not in FIRST_POINT_TYPES:
        result.state, result.code = "error", "first_point_type"
    state.results.append(result)
    state.previous, state.last_xy = point, (point.x, point.y)


def _bearing_row(state: _Rows, row: RowInput, settings: Settings, declination) -> None:
    bearing, unit, north = split_bearing(row.bearing)
    unit, north = unit or settings.unit, north or settings.north
    if not bearing.strip():
        state.fail(row.seq, RowResult("error", "bearing_missing", unit=unit, north=north))
        return
    try:
        value = parse_bearing_value(bearing, unit)
    except BearingError as error:
        state.fail(row.seq, _leg_error(error, unit, north))
        return
    if north == "magnetic" and declination.value is None:
        state.fail(row.seq, RowResult("error", "no_declination", unit=unit, north=north))
        return
    origin = (state.previous.x, state.previous.y) if state.previous else state.last_xy
    try:
        step = traverse_step(
            origin or crs_centre(state.crs),
            value,
            distance_text(row.distance),
            unit,
            north,
            declination.value if north == "magnetic" else None,
            state.crs,
        )
    except TraverseError as error:
        state.fail(row.seq, _leg_error(error, unit, north))
        return
    result = RowResult(
        "ok", unit=unit, north=north, bearing_value=value, distance_m=step.distance_m
    )
    if state.previous is None:
        result.state, result.code, result.from_row = "blocked", "starts_from_error", state.broken_at
        state.results.append(result)
        return
    result.point = replace(step, seq=row.seq, point_type=row.point_type)
    lonlat = _transform(state.crs, WGS84, result.point.x, result.point.y)
    result.lonlat = LonLat(*lonlat) if lonlat is not None else None
    state.results.append(result)
    state.previous, state.last_xy = result.point, (result.point.x, result.point.y)


def _leg_error(error: TraverseError, unit: str, north: str) -> RowResult:
    return RowResult("error", error.code, error, error.detail, unit=unit, north=north)


def _walk(state: _Rows, inputs: list[RowInput], settings: Settings, declination) -> None:
    """Every row's result into ``state``, in order."""
    filled = any(not row.is_empty() for row in inputs)
    first = True
    for index, row in enumerate(inputs):
        if row.is_empty() and not (index == 0 and filled):
            state.results.append(RowResult("empty"))
            continue
        is_first, first = first, False
        if row.is_empty():  # an empty first row with points after it: they start from it
            state.results.append(RowResult("error", "first_coordinate_missing"))
            state.broken_at = row.seq
        elif row.entry == COORDINATE:
            _coordinate_row(state, row, settings, is_first)
        elif is_first:
            state.results.append(RowResult("error", "first_not_coordinate"))
            state.broken_at = row.seq
        else:
            _bearing_row(state, row, settings, declination)


def _flag_outside(computation: Computation, area: ProgrammeArea | None) -> None:
    """Mark the placed points outside the programme's area (a warning, never silent)."""
    computation.area = area
    if area is None:
        return
    for row, result in zip(computation.inputs, computation.rows):
        lonlat = result.lonlat
        if result.point is None or lonlat is None or area.contains(lonlat.lon, lonlat.lat):
            continue
        result.outside = True
        computation.outside.append(row.seq)


def geodesic_area_m2(polygon: shapely.Polygon, crs: str) -> float:
    """The area on the WGS 84 ellipsoid (m²) of ``polygon`` given in ``crs`` (pyproj.Geod)."""
    return float(ellipsoidal_areas([polygon], crs, exact=True)[0])


def compute_rows(
    inputs: list[RowInput],
    settings: Settings,
    crs: str,
    area: ProgrammeArea | None = None,
    measure_area: AreaFunction | None = None,
) -> Computation:
    """Every row's position or error, the declination used, the points outside ``area``, and
    the polygon with its closure and area when all rows are right.

    ``crs`` is the working CRS, projected in metres, as pyproj reads it (an EPSG code or WKT).
    ``measure_area`` gives the ellipsoidal area in m² of a polygon in ``crs`` (the QGIS side
    passes its own measure, so that the area shown is the one saved); by default the geodesic
    area on WGS 84 (:func:`geodesic_area_m2`)."""
    filled = [row for row in inputs if not row.is_empty()]
    first_reading, first_seq = _first_reading(filled, settings)
    first = first_reading.lonlat if first_reading is not None else None
    state = _Rows(crs)
    declination = resolve_declination(settings, first, first_seq)
    _walk(state, inputs, settings, declination)
    computation = Computation(list(inputs), state.results, crs)
    computation.declination = declination
    computation.magnetic = any(
        (split_bearing(r.bearing)[2] or settings.north) == "magnetic"
        for r in filled
        if r.entry == BEARING
    )
    _flag_outside(computation, area)
    computation.errors = len(computation.wrong_rows())
    if not filled:
        computation.problem = "nothing_typed"
    elif computation.errors:
        computation.problem = "row_errors"
    else:
        _close(computation, measure_area or (lambda polygon: geodesic_area_m2(polygon, crs)))
    return computation


def _close(computation: Computation, measure_area: AreaFunction) -> None:
    """The polygon of the computed points, its validity and area (or the assembly's error)."""
    try:
        computation.result = assemble([r.point for r in computation.rows if r.point is not None])
    except TraverseError as error:
        computation.problem, computation.error = error.code, error
        return
    polygon = computation.result.polygon
    computation.valid = bool(polygon.is_valid)
    computation.area_m2 = measure_area(polygon)


# ---------------------------------------------------------------------------------------------
# What is shown and stored of the computed rows
# ---------------------------------------------------------------------------------------------


def gk_xy(lon: float, lat: float, zone: int | None) -> tuple[float, float] | None:
    """Pulkovo 1942 / Gauss–Krüger X (north) and Y (east, zone in front), read from
    core.coordinates.format_gk's "X=… Y=…", else None."""
    try:
        text = format_gk(lon, lat, zone=zone, decimals=2)
    except (CoordinateError, ValueError):
        return None
    match = re.search(r"X\s*=\s*(-?[\d.]+)\D+Y\s*=\s*(-?[\d.]+)", text)
    return (float(match.group(1)), float(match.group(2))) if match else None


def first_gk_zone(computation: Computation) -> int | None:
    """The Gauss–Krüger zone the X/Y columns use: the first point's (as typed, or the zone of
    its position)."""
    points = computation.points()
    if not points:
        return None
    first = points[0][1]
    if first.reading is not None and first.reading.fmt == "gk" and first.reading.zone:
        return first.reading.zone
    if first.lonlat is None:
        return None
    try:
        return gk_zone(first.lonlat.lon, first.lonlat.lat)
    except (CoordinateError, ValueError):
        return None


def entered_text(values: RowInput, result: RowResult) -> str:
    """The text as typed; a bare pair read with the input format chosen is stored as the core
    read it ("X=… Y=…"), which says what it is without the dialog's settings."""
    if values.entry == COORDINATE and result.reading is not None:
        if BARE_PAIR.match(values.coordinate) and result.reading.text != values.coordinate:
            return result.reading.text
    return values.entered_as


def grid_leg(before: TraversePoint, after: TraversePoint) -> tuple[float, float]:
    """(grid bearing in degrees, distance in metres) from ``before`` to ``after``: a row typed
    as a coordinate stored as a leg that ``landrelease:traverse`` puts back where it was typed."""
    dx, dy = after.x - before.x, after.y - before.y
    distance = math.hypot(dx, dy)
    azimuth = math.degrees(math.atan2(dx, dy)) % 360.0 if distance > 0 else 0.0
    return (0.0 if azimuth >= 360.0 else azimuth), distance
