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
  ``gon`` (400); from 0 inclusive to the full circle exclusive (6400 mils is written 0). A
  bearing given as text ("12-50", "N45E", "45°30'") is read by :func:`parse_bearing_value`
  in the leg's unit. ``grid``: planar in the working CRS (``x += d sin az, y += d cos az``),
  the distance taken as a grid distance. ``true``: the geodesic direct problem on WGS 84
  (``pyproj.Geod.fwd``) from the previous point converted to longitude/latitude, the distance
  taken as an ellipsoidal (ground) distance, and back to the working CRS (one transformer both
  ways, so that datum shifts cancel). ``magnetic``: true azimuth = magnetic bearing +
  declination (east positive): the leg's own ``declination_deg``, else the record's; a
  magnetic leg with neither is the error ``declination_missing`` (never 0 by default). The
  declination by date and place comes from :func:`magnetic_declination` (IGRF).
- **Perimeter**: the points typed start, turning, intermediate or end, in order; the first of
  them (normally the ``start`` point, TP1) begins it. If no leg is typed ``start`` it begins at
  the first perimeter-typed point (the first turning point, say). The polygon's ring is the
  perimeter points in order; the last is left out if it lies within 1e-9 m of the first, or
  if it is an ``end`` point within ``closed_tolerance_m`` of it (the end point that returns
  to the start is the start: no second vertex 1 cm away, no 0.0 m side).
- **Closing leg and closure error.** A surveyor closes a record with a leg "back to TP1",
  typed ``end``: its point should fall on the start, and the gap between them is the
  misclosure. The closure error is always the distance from the last perimeter point back to
  the first, so an ``end`` leg that returns exactly to the start closes with 0. A record
  **without** a closing ``end`` leg is still closed as a polygon by a straight side back to
  the start, and the length of that side is reported as its closure error: the record itself
  carries no check, and the plugin says so instead of hiding it (an open record fails any
  closure tolerance). ``perimeter_m`` is the sum of the perimeter's sides including that
  closing side (planar, working CRS); ``closure_ratio`` = error / perimeter.
- **Bowditch** (compass rule, ``adjust=True``), only for a record whose last perimeter point
  is typed ``end`` (elsewhere there is nothing to adjust to: the points stay as computed,
  ``adjusted`` is False and ``adjust_code``/``adjust_note`` say why; no point is dropped).
  The misclosure (first perimeter point minus last) is spread along the traverse from the
  first perimeter point to the last: each point on the way moves by (traversed length up to
  it / whole traversed length) × misclosure, so the last perimeter point lands on the start.
  Points before the perimeter (the approach from the reference point) do not move; points
  after it move with the last one. The lengths are those of the computed legs (planar,
  working CRS). ``closure_error_m``, ``perimeter_m`` and ``closure_ratio`` still describe the
  record as entered (before adjustment); the points and polygon are adjusted.
- **Polygon** (shapely, working CRS) as recorded: it may be invalid (a traverse that crosses
  itself) — the caller checks ``polygon.is_valid``. Fewer than 3 perimeter points, or fewer
  than 3 distinct ring vertices, is the error ``too_few_points``.

Errors are :class:`TraverseError` s: ``code`` (one of :data:`ERROR_CODES`), ``detail`` (an
English sentence, also ``str(error)``), ``seq`` (the leg at fault, None for the record),
``value`` (the offending value); ``TraverseError`` is a ``ValueError``. Codes beyond the
contract's list: ``bad_seq`` (a leg without an integer seq), ``unknown_point_type``,
``distance_not_numeric``, ``bad_declination`` (not a finite number of degrees),
``declination_missing`` (a magnetic leg without a declination), ``distance_too_long`` (a leg
longer than :data:`MAX_LEG_M`), ``bad_crs`` (no projected CRS
pyproj can read, needed for true and magnetic bearings), ``bad_closed_tolerance``, and the
bearing text refusals of :data:`BEARING_ERROR_CODES` (raised as :class:`BearingError`).

The package
-----------
``errors`` (the refusals and their codes), ``bearings`` (bearings as written, in every unit),
``legs`` (a record's legs checked and read), ``computation`` (:func:`compute_traverse`, geodesic
legs, Bowditch), ``record_dates`` (a record's date as written) and ``declination`` (IGRF).
"""

from .bearings import (
    ANGLE_UNITS,
    DEFAULT_DECIMALS,
    FULL_CIRCLE,
    MAX_BEARING_TEXT,
    UNIT_NAMES,
    format_bearing,
    parse_bearing,
    parse_bearing_value,
    to_degrees,
)
from .computation import (
    ADJUST_NO_CLOSING_LEG,
    CLOSED_TOLERANCE_M,
    TraversePoint,
    TraverseRecord,
    TraverseResult,
    bowditch,
    compute_traverse,
    compute_traverses,
)
from .declination import (
    IGRF_CHUNK,
    IGRF_END_DAY,
    IGRF_FIRST_DAY,
    IGRF_PACKAGE,
    magnetic_declination,
    magnetic_declinations,
)
from .errors import (
    BEARING_ERROR_CODES,
    DECLINATION_ERROR_CODES,
    ERROR_CODES,
    BearingError,
    DeclinationError,
    TraverseError,
)
from .legs import DEFAULT_POINT_TYPE, MAX_LEG_M, NORTHS, PERIMETER_TYPES, POINT_TYPES, Leg
from .record_dates import DATE_FORMS, RecordDate, parse_record_date

__all__ = [
    "ADJUST_NO_CLOSING_LEG",
    "ANGLE_UNITS",
    "BEARING_ERROR_CODES",
    "BearingError",
    "CLOSED_TOLERANCE_M",
    "DATE_FORMS",
    "DECLINATION_ERROR_CODES",
    "DEFAULT_DECIMALS",
    "DEFAULT_POINT_TYPE",
    "DeclinationError",
    "ERROR_CODES",
    "FULL_CIRCLE",
    "IGRF_CHUNK",
    "IGRF_END_DAY",
    "IGRF_FIRST_DAY",
    "IGRF_PACKAGE",
    "Leg",
    "MAX_BEARING_TEXT",
    "MAX_LEG_M",
    "NORTHS",
    "PERIMETER_TYPES",
    "POINT_TYPES",
    "RecordDate",
    "TraverseError",
    "TraversePoint",
    "TraverseRecord",
    "TraverseResult",
    "UNIT_NAMES",
    "bowditch",
    "compute_traverse",
    "compute_traverses",
    "format_bearing",
    "magnetic_declination",
    "magnetic_declinations",
    "parse_bearing",
    "parse_bearing_value",
    "parse_record_date",
    "to_degrees",
]
