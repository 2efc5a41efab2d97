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
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Optional

import numpy as np
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
# Refusals of parse_bearing (BearingError), besides bearing_missing, bearing_not_numeric,
# bearing_out_of_range and unknown_unit.
BEARING_ERROR_CODES = (
    "bearing_too_long",  # more than MAX_BEARING_TEXT characters
    "bearing_negative",  # a minus sign
    "bearing_decimal_not_last",  # 45.5°30': a decimal before the last part
    "bearing_minutes_seconds",  # minutes or seconds of 60 or more
    "bearing_dms_order",  # symbols out of order: 30'45°, 45 30"
    "bearing_quadrant_range",  # a quadrant bearing's angle above 90°: N95E
    "bearing_soviet_form",  # 12-50 with a unit other than mil6000 (value: the unit)
    "bearing_bad_soviet_form",  # mil6000 hyphenated but not hundreds-two digits: 12-150, 12-5
    "bearing_unit_mismatch",  # degree notation (°, ', quadrant) with a mil or gon unit
    "bearing_ambiguous",  # 1,250 or 1.250 in mils: a decimal or a thousands separator
)
MAX_BEARING_TEXT = 40
DEFAULT_DECIMALS = {"deg": 1, "mil6400": 0, "mil6000": 0, "gon": 2}
ADJUST_NO_CLOSING_LEG = "no_closing_leg"
CLOSED_TOLERANCE_M = 1e-9  # a last perimeter point this close to the first is the same point
MAX_LEG_M = 50_000.0  # no leg of a minefield record is longer: a slip of the pen, refused
ERROR_CODES = (
    "missing_start",
    "too_few_points",
    "bearing_missing",
    "bearing_not_numeric",
    "bearing_out_of_range",
    "distance_missing",
    "distance_not_numeric",
    "negative_distance",
    "distance_too_long",
    "unknown_unit",
    "unknown_north",
    "unknown_point_type",
    "duplicate_seq",
    "bad_seq",
    "bad_declination",
    "declination_missing",
    "bad_crs",
    "bad_closed_tolerance",
) + BEARING_ERROR_CODES

_GEOD = Geod(ellps="WGS84")


class TraverseError(ValueError):
    """A record that cannot be computed: ``code`` (see :data:`ERROR_CODES`), ``detail`` (an
    English sentence; ``str(error)`` prefixes the leg), ``seq`` (the leg, or None), ``value``."""

    def __init__(self, code: str, detail: str = "", seq: Optional[int] = None, value=None):
        self.code = code
        self.detail = detail or code
        self.seq = seq
        self.value = value
        super().__init__(self.detail if seq is None else f"Leg {seq}: {self.detail}")


class BearingError(TraverseError):
    """A bearing text that cannot be read (see :func:`parse_bearing`); a ``ValueError``."""


@dataclass
class Leg:
    seq: int
    bearing: Optional[float]  # a number in ``unit``, or text as written ("12-50", "N45E")
    distance_m: Optional[float]
    unit: Optional[str] = None
    north: Optional[str] = None
    point_type: Optional[str] = None
    remarks: Optional[str] = None
    declination_deg: Optional[float] = None  # the leg's own declination (magnetic legs)


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


# ---------------------------------------------------------------------------------------------
# Bearings as written
# ---------------------------------------------------------------------------------------------

_SPACES = re.compile(r"[\s\u00a0\u2007\u202f]+")
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212"  # hyphen(-minus), non-breaking, en/em, minus
_SOVIET = re.compile(rf"^(\d+(?:[.,]\d*)?)\s*[{_DASHES}]\s*(\d+(?:[.,]\d*)?)$")
_QUADRANT = re.compile(r"^([NS])\s*(.*?)\s*([EW])$", re.IGNORECASE)
_DMS_TOKEN = re.compile(
    r"(\d+(?:[.,]\d+)?)\s*"
    r"(deg|град\.?|гр\.?|min|мин\.?|sec|сек\.?|''|′′|’’|[°º˚d'′’m\"″”s])?\s*",
    re.IGNORECASE,
)
_SYMBOL_KIND = {
    **dict.fromkeys(("deg", "град", "град.", "гр", "гр.", "°", "º", "˚", "d"), "d"),
    **dict.fromkeys(("min", "мин", "мин.", "'", "′", "’", "m"), "m"),
    **dict.fromkeys(("sec", "сек", "сек.", "''", "′′", "’’", '"', "″", "”", "s"), "s"),
}
_FORMS = {
    "deg": "45, 45.5, 45,5, 45°30', 45°30'36\", 45 30 36, N45E, S30°W",
    "mil6400": "1333, 1333.5",
    "mil6000": "12-50, 0-75, 1250",
    "gon": "83.33, 83,33",
}


def _unit(unit) -> str:
    code = str(unit).strip().lower() if isinstance(unit, str) else None
    if code not in FULL_CIRCLE:
        raise BearingError(
            "unknown_unit",
            f"Unknown bearing unit {unit!r}: use one of {', '.join(ANGLE_UNITS)}.",
            value=unit,
        )
    return code


def _unreadable(text: str, unit: str) -> BearingError:
    return BearingError(
        "bearing_not_numeric",
        f"The bearing {text!r} cannot be read in {UNIT_NAMES[unit]}: write it as {_FORMS[unit]}.",
        value=text,
    )


def _in_circle(value: float, unit: str, shown) -> float:
    full = FULL_CIRCLE[unit]
    if not 0.0 <= value < full:
        raise BearingError(
            "bearing_out_of_range",
            f"The bearing {shown} is outside 0 to {full:g} (exclusive) {UNIT_NAMES[unit]}"
            + (": north is 0." if value >= full else "."),
            value=value,
        )
    return value


def parse_bearing_value(text, unit: str) -> float:
    """A bearing as written (text or number) read in ``unit``, as a number of that unit in
    [0, full circle): 1250.0 for "12-50" in mil6000, 45.5 for "45°30'" in deg. Raises
    :class:`BearingError` (see :func:`parse_bearing` for the grammar)."""
    unit = _unit(unit)
    if isinstance(text, bool) or text is None:
        if text is None:
            raise BearingError("bearing_missing", "The bearing is missing.")
        raise BearingError(
            "bearing_not_numeric", f"The bearing {text!r} is not a number.", value=text
        )
    if not isinstance(text, str):
        try:
            number = float(text)
        except (TypeError, ValueError):
            number = math.nan
        if not math.isfinite(number):
            raise BearingError(
                "bearing_not_numeric", f"The bearing {text!r} is not a number.", value=text
            )
        return _in_circle(number, unit, f"{number:g}")
    written = _SPACES.sub(" ", text).strip()
    if not written:
        raise BearingError("bearing_missing", "The bearing is missing.")
    if len(written) > MAX_BEARING_TEXT:
        raise BearingError(
            "bearing_too_long",
            f"The bearing text is {len(written)} characters long: write one bearing.",
            value=written[:MAX_BEARING_TEXT] + "…",
        )
    if written[0] in _DASHES or written[0] == "+":
        sign = written[0]
        value = parse_bearing_value(written[1:], unit) if written[1:].strip() else None
        if sign == "+" or value is None:
            raise _unreadable(written, unit)
        raise BearingError(
            "bearing_negative",
            f"The bearing {written!r} is negative: bearings go clockwise from north, 0 to "
            f"{FULL_CIRCLE[unit]:g} {UNIT_NAMES[unit]}.",
            value=-value,
        )
    soviet = _SOVIET.match(written)
    if soviet:
        return _soviet(written, soviet, unit)
    quadrant = _QUADRANT.match(written)
    if quadrant and quadrant.group(2):
        return _quadrant(written, quadrant, unit)
    return _numbers(written, unit)


def _soviet(written: str, match, unit: str) -> float:
    if unit != "mil6000":
        raise BearingError(
            "bearing_soviet_form",
            f"The bearing {written!r} is written like Soviet mils (12-50 = 1250 mils of 6000): "
            f"the record's unit is probably mil6000, not {unit}.",
            value=unit,
        )
    hundreds, rest = match.groups()
    if not (hundreds.isdigit() and len(hundreds) <= 2 and rest.isdigit() and len(rest) == 2):
        raise BearingError(
            "bearing_bad_soviet_form",
            f"The bearing {written!r} is not Soviet mils: write hundreds, a hyphen and exactly "
            "two digits of whole mils (12-50 is 1250, 0-75 is 75).",
            value=written,
        )
    return _in_circle(100.0 * int(hundreds) + int(rest), "mil6000", repr(written))


def _quadrant(written: str, match, unit: str) -> float:
    if unit != "deg":
        raise BearingError(
            "bearing_unit_mismatch",
            f"The bearing {written!r} is a quadrant bearing in degrees, but the unit is "
            f"{UNIT_NAMES[unit]}: set the unit to deg, or write the bearing in {unit}.",
            value=unit,
        )
    ns, inner, ew = (g.upper() for g in match.groups())
    angle = _numbers(inner, "deg", quadrant=True)
    if angle > 90.0:
        raise BearingError(
            "bearing_quadrant_range",
            f"The quadrant bearing {written!r} has an angle above 90°: write it from N or S "
            "towards E or W, 0 to 90°.",
            value=angle,
        )
    bearing = {"NE": angle, "SE": 180.0 - angle, "SW": 180.0 + angle, "NW": 360.0 - angle}
    return _wrap360(bearing[ns + ew])


def _tokens(written: str, unit: str) -> list[tuple[str, Optional[str]]]:
    """The numbers of ``written`` with the kind of each one's symbol (d, m, s or None)."""
    tokens, position = [], 0
    while position < len(written):
        match = _DMS_TOKEN.match(written, position)
        if not match or match.end() == position:
            raise _unreadable(written, unit)
        symbol = match.group(2)
        tokens.append((match.group(1), _SYMBOL_KIND[symbol.lower()] if symbol else None))
        position = match.end()
    return tokens


def _numbers(written: str, unit: str, quadrant: bool = False) -> float:
    tokens = _tokens(written, unit) if written else []
    if not tokens:
        raise _unreadable(written, unit)
    if unit != "deg":
        if any(kind for _, kind in tokens):
            raise BearingError(
                "bearing_unit_mismatch",
                f"The bearing {written!r} is written in degrees, but the unit is "
                f"{UNIT_NAMES[unit]}: set the unit to deg, or write the bearing in {unit}.",
                value=unit,
            )
        if len(tokens) > 1:
            raise _unreadable(written, unit)
        return _in_circle(_plain_number(tokens[0][0], written, unit), unit, repr(written))
    if len(tokens) > 3:
        raise _unreadable(written, unit)
    for (_, kind), expected in zip(tokens, "dms"):
        if kind not in (None, expected):
            raise BearingError(
                "bearing_dms_order",
                f"The bearing {written!r} does not give degrees, minutes and seconds in that "
                "order: write 45°30'36\" or 45 30 36.",
                value=written,
            )
    if any(re.search("[.,]", number) for number, _ in tokens[:-1]):
        raise BearingError(
            "bearing_decimal_not_last",
            f"In {written!r} a part before the last has decimals: only the last part (degrees, "
            "minutes or seconds) may have them.",
            value=written,
        )
    parts = [float(number.replace(",", ".")) for number, _ in tokens]
    for part, name in zip(parts[1:], ("minutes", "seconds")):
        if part >= 60.0:
            raise BearingError(
                "bearing_minutes_seconds",
                f"In {written!r} the {name} are {part:g}: minutes and seconds go from 0 to "
                "less than 60.",
                value=part,
            )
    value = parts[0] + sum(part / 60.0**k for k, part in enumerate(parts[1:], 1))
    if quadrant:
        return value
    return _in_circle(value, "deg", repr(written))


def _plain_number(number: str, written: str, unit: str) -> float:
    whole, _, decimals = number.replace(",", ".").partition(".")
    if len(decimals) == 3 and whole.strip("0"):
        thousands = int(whole) * 1000 + int(decimals)
        if thousands < FULL_CIRCLE[unit]:
            raise BearingError(
                "bearing_ambiguous",
                f"The bearing {written!r} is ambiguous in {UNIT_NAMES[unit]}: "
                f"{float(whole + '.' + decimals):g} with a decimal separator, or {thousands} with "
                "a thousands separator. Write it without the separator, or with fewer "
                "decimals.",
                value=written,
            )
    return float(whole + "." + decimals) if decimals else float(whole)


def parse_bearing(text, unit: str) -> float:
    """A bearing as written, in ``unit`` (deg, mil6400, mil6000, gon), as degrees in [0, 360).

    Numbers are taken in the unit. Text: ``mil6000`` reads Soviet mils ``12-50`` (hundreds,
    hyphen, two digits: 1250 mils = 75°), ``0-75`` and plain ``1250``; ``mil6400`` and ``gon``
    read plain numbers (decimal point or comma); ``deg`` reads ``45``, ``45.5``, ``45,5``,
    ``45°30'``, ``45°30'36"``, ``45 30 36``, ``45 гр. 30 мин.`` (symbols ° º ˚ d deg гр. / ' ′ ’
    m min мин. / " ″ ” '' s sec сек.) and quadrant bearings ``N45E``, ``S30°W`` (angle to 90°).
    Refused (:class:`BearingError`, a ``ValueError``): empty, NaN, negatives, a full circle or
    more (north is 0), minutes or seconds of 60 or more, decimals before the last part, a
    hyphenated Soviet form in another unit, degree notation with a mil or gon unit, a separator
    that could be a decimal or a thousands one (``1,250`` mils), anything else."""
    unit = _unit(unit)
    return parse_bearing_value(text, unit) * 360.0 / FULL_CIRCLE[unit]


def format_bearing(degrees: float, unit: str, decimals: Optional[int] = None) -> str:
    """A bearing (degrees) as written in the field in ``unit``: deg ``"75.0°"`` (1 decimal by
    default), mil6400 ``"1333"``, mil6000 Soviet ``"12-50"`` (whole mils only), gon
    ``"83.33"``. Rounding to the full circle writes 0. :func:`parse_bearing` reads it back."""
    unit = _unit(unit)
    try:
        number = float(degrees)
    except (TypeError, ValueError):
        number = math.nan
    if isinstance(degrees, bool) or not math.isfinite(number):
        raise BearingError(
            "bearing_not_numeric", f"The bearing {degrees!r} is not a number.", value=degrees
        )
    places = DEFAULT_DECIMALS[unit] if decimals is None else int(decimals)
    if places < 0 or (unit == "mil6000" and places != 0):
        raise ValueError(
            f"{places} decimals: Soviet mils are written in whole mils, other units with "
            "0 or more decimals."
        )
    full = FULL_CIRCLE[unit]
    text = f"{_wrap360(number) * full / 360.0:.{places}f}"
    if float(text) >= full:
        text = f"{0.0:.{places}f}"
    if unit == "mil6000":
        mils = int(text)
        return f"{mils // 100}-{mils % 100:02d}"
    return text + "°" if unit == "deg" else text


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
        bearing = _leg_bearing(leg.bearing, leg_unit, seq)
        azimuth = bearing * 360.0 / FULL_CIRCLE[leg_unit]
        distance = _number(
            leg.distance_m, "distance_missing", "distance_not_numeric", "distance", seq
        )
        if distance < 0:
            raise TraverseError(
                "negative_distance", f"The distance {distance:g} m is negative.", seq, distance
            )
        if distance > MAX_LEG_M:
            raise TraverseError(
                "distance_too_long",
                f"The distance {distance:g} m is longer than any leg of a minefield record "
                f"({MAX_LEG_M:g} m at most): check the number and its unit.",
                seq,
                distance,
            )
        if leg_north == "magnetic":
            azimuth = _wrap360(azimuth + _leg_declination(leg, declination_deg, seq))
        read.append(_ReadLeg(seq, point_type, bearing, leg_unit, leg_north, distance, azimuth))
    return read


def _leg_declination(leg: Leg, record_deg, seq: int) -> float:
    """The declination that turns a magnetic leg: its own, else the record's."""
    own = getattr(leg, "declination_deg", None)
    if own is not None and not (isinstance(own, str) and not own.strip()):
        try:
            return _declination(own)
        except TraverseError as error:
            raise TraverseError(error.code, error.detail, seq, error.value) from None
    if record_deg is None:
        raise TraverseError(
            "declination_missing",
            f"Leg {seq} is magnetic but the record has no magnetic declination: give the "
            "declination printed on the record (degrees, east positive) or the record's date "
            "for the IGRF value.",
            value=seq,
        )
    return _declination(record_deg)


def _leg_bearing(value, unit: str, seq: int) -> float:
    """A leg's bearing in ``unit``: a number, or text read by :func:`parse_bearing_value`."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise TraverseError("bearing_missing", "The bearing is missing.", seq)
    try:
        return parse_bearing_value(value, unit)
    except BearingError as error:
        raise BearingError(error.code, error.detail, seq, error.value) from None


def _declination(value) -> float:
    if isinstance(value, str):  # as typed in a table: "5,4" is 5.4
        value = value.strip().replace(",", ".")
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = math.nan
    if isinstance(value, bool) or not math.isfinite(number) or abs(number) >= 180.0:
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
    declination_deg: Optional[float] = None,
    adjust: bool = False,
    crs="EPSG:32638",
    start_point_type: str = "reference",
    *,
    closed_tolerance_m: float = CLOSED_TOLERANCE_M,
) -> TraverseResult:
    """One record's points, perimeter, polygon and closure (see the module docstring).

    ``declination_deg`` (east positive) turns the magnetic legs that have no declination of
    their own; a magnetic leg with neither is the error ``declination_missing``. An ``end``
    point within ``closed_tolerance_m`` of the first perimeter point is that point: the ring
    leaves it out (the closure error is still the measured gap)."""
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
    if isinstance(closed_tolerance_m, bool) or not (
        isinstance(closed_tolerance_m, (int, float)) and 0.0 <= closed_tolerance_m < math.inf
    ):
        raise TraverseError(
            "bad_closed_tolerance",
            f"The closure tolerance {closed_tolerance_m!r} is not a distance of 0 m or more.",
            value=closed_tolerance_m,
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

    closing = points[last].point_type == "end"
    adjust_code = adjust_note = None
    if adjust and not closing:
        adjust_code = ADJUST_NO_CLOSING_LEG
        adjust_note = (
            f"Not adjusted: no closing end leg (the last perimeter point, seq {points[last].seq}, "
            f"is a {points[last].point_type} point); the points are as recorded."
        )
    elif adjust and closure_error > 0:
        chain = [(p.x, p.y) for p in points[first : last + 1]]
        moved = bowditch(chain, chain[0])
        dx, dy = moved[-1][0] - chain[-1][0], moved[-1][1] - chain[-1][1]
        for k, (mx, my) in enumerate(moved):
            points[first + k].x, points[first + k].y = mx, my
        for p in points[last + 1 :]:
            p.x, p.y = p.x + dx, p.y + dy
        ring = [(points[i].x, points[i].y) for i in on_perimeter]

    gap = math.dist(ring[-1], ring[0])
    end_on_start = closing and gap <= closed_tolerance_m
    if gap <= CLOSED_TOLERANCE_M or end_on_start:
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
        adjusted=bool(adjust) and closing,
        adjust_code=adjust_code,
        adjust_note=adjust_note,
        end_on_start=end_on_start,
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


# ---------------------------------------------------------------------------------------------
# Magnetic declination (IGRF) and the record's date
# ---------------------------------------------------------------------------------------------

IGRF_PACKAGE = "ppigrf==2.1.0"  # IGRF-14 in pure Python (numpy, pandas)
IGRF_FIRST_DAY = date(1900, 1, 1)
IGRF_END_DAY = date(2030, 1, 1)  # the first day the model no longer covers
IGRF_CHUNK = 256  # points per call: ppigrf.igrf gives a dates × points grid
DECLINATION_ERROR_CODES = (
    "igrf_unavailable",  # the package ppigrf is not installed
    "date_missing",  # no date
    "date_not_date",  # not a date (a number, a boolean…)
    "date_unreadable",  # text that is no date form this reads
    "date_ambiguous",  # 03/04/1993: day/month or month/day
    "date_invalid",  # 31.02.1993
    "date_incomplete",  # a year alone
    "date_two_digit_year",  # 15.06.93
    "date_in_future",  # after today
    "date_outside_igrf",  # before 1900-01-01 or from 2030-01-01 on
    "position_out_of_range",  # lon/lat not finite, outside ±180/±90, or at a pole
)


class DeclinationError(ValueError):
    """A declination that cannot be computed, or a record date that cannot be read: ``code``
    (see :data:`DECLINATION_ERROR_CODES`), ``detail`` (an English sentence), ``value``,
    ``index`` (the position in the arrays of :func:`magnetic_declinations`, else None)."""

    def __init__(self, code: str, detail: str, value=None, index: Optional[int] = None):
        self.code, self.detail, self.value, self.index = code, detail, value, index
        super().__init__(detail)


@dataclass(frozen=True)
class RecordDate:
    """A record's date as read: ``on`` (the day used), ``month_only`` (the text gave a month:
    the 15th is used, at most ~0.005° of declination away from any day of that month)."""

    on: date
    month_only: bool = False


_ISO = re.compile(
    r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
    r"(?:Z|[+-]\d{2}:?\d{2})?)?$"
)
_YEAR_FIRST = re.compile(r"^(\d{4})[./](\d{1,2})[./](\d{1,2})$")
_DAY_DOT = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})(?:\s*г\.?)?$")
_SLASHED = re.compile(r"^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$")
_MONTH = re.compile(r"^(?:(\d{4})-(\d{1,2})|(\d{1,2})\.(\d{4}))$")
DATE_FORMS = "1993-06-15, 15.06.1993 (day.month.year) or 1993-06 (a month: the 15th)"


def parse_record_date(value, today: Optional[date] = None) -> RecordDate:
    """A record's date: a ``date``/``datetime``, or text ``1993-06-15`` (ISO, a time after it
    ignored), ``15.06.1993`` (day.month.year, as written in Russian and Azerbaijani, ``г.``
    allowed), ``1993/06/15``, a month ``1993-06`` or ``06.1993`` (its 15th: ``month_only``),
    ``15/06/1993`` where only one reading is a date. Refused (:class:`DeclinationError`):
    ``03/04/1993`` (day/month or month/day), two-digit years, a year alone, impossible days,
    dates after ``today`` when given."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise DeclinationError("date_missing", "The record has no date.")
    if isinstance(value, datetime):
        found = RecordDate(value.date())
    elif isinstance(value, date):
        found = RecordDate(value)
    elif isinstance(value, str):
        found = _date_text(_SPACES.sub(" ", value).strip())
    else:
        raise DeclinationError(
            "date_not_date", f"The record date {value!r} is not a date.", value=value
        )
    if today is not None and found.on > today:
        raise DeclinationError(
            "date_in_future",
            f"The record date {found.on.isoformat()} is after today ({today.isoformat()}).",
            value=value,
        )
    return found


def _day(text: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise DeclinationError(
            "date_invalid", f"The record date {text!r} is not a day of the calendar.", text
        ) from None


def _date_text(text: str) -> RecordDate:
    for pattern in (_ISO, _YEAR_FIRST):
        match = pattern.match(text)
        if match:
            year, month, day = (int(g) for g in match.groups())
            return RecordDate(_day(text, year, month, day))
    match = _DAY_DOT.match(text) or _SLASHED.match(text)
    if match:
        first, second, year = match.groups()
        if len(year) == 2:
            raise DeclinationError(
                "date_two_digit_year",
                f"The record date {text!r} has a two-digit year: write all four digits.",
                text,
            )
        first, second, year = int(first), int(second), int(year)
        if match.re is _DAY_DOT:
            return RecordDate(_day(text, year, second, first))
        readings = {_valid(year, second, first), _valid(year, first, second)} - {None}
        if len(readings) > 1:
            raise DeclinationError(
                "date_ambiguous",
                f"The record date {text!r} reads as day/month and as month/day: write it "
                "1993-06-15 or 15.06.1993.",
                text,
            )
        if readings:
            return RecordDate(readings.pop())
        return RecordDate(_day(text, year, second, first))  # raises date_invalid
    match = _MONTH.match(text)
    if match:
        year, month = (int(g) for g in (match.group(1, 2) if match.group(1) else match.group(4, 3)))
        return RecordDate(_day(text, year, month, 15), month_only=True)
    if re.fullmatch(r"\d{4}(?:\s*г\.?)?", text):
        raise DeclinationError(
            "date_incomplete",
            f"The record date {text!r} is a year alone: give the month at least ({DATE_FORMS}).",
            text,
        )
    raise DeclinationError(
        "date_unreadable", f"The record date {text!r} cannot be read: write {DATE_FORMS}.", text
    )


def _valid(year: int, month: int, day: int) -> Optional[date]:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _igrf():
    try:
        import ppigrf  # imported here: it takes about 0.2 s (pandas)
    except ImportError:
        raise DeclinationError(
            "igrf_unavailable",
            f"The magnetic declination from the IGRF needs the Python package {IGRF_PACKAGE} "
            "(with numpy and pandas): install it in QGIS's Python (pip install "
            f"{IGRF_PACKAGE}), or give the declination printed on the record.",
        ) from None
    return ppigrf


def _model_day(on, index: Optional[int] = None) -> datetime:
    if isinstance(on, datetime):
        on = on.date()
    if not isinstance(on, date):
        raise DeclinationError("date_not_date", f"{on!r} is not a date.", value=on, index=index)
    if not IGRF_FIRST_DAY <= on < IGRF_END_DAY:
        raise DeclinationError(
            "date_outside_igrf",
            f"The date {on.isoformat()} is outside the IGRF ({IGRF_FIRST_DAY.isoformat()} to "
            f"{IGRF_END_DAY.isoformat()}, exclusive): give the declination printed on the "
            "record.",
            value=on,
            index=index,
        )
    return datetime(on.year, on.month, on.day)


def _position(lons, lats) -> tuple[np.ndarray, np.ndarray]:
    try:
        lon, lat = np.asarray(lons).ravel(), np.asarray(lats).ravel()
        if lon.size and lon.dtype.kind not in "iuf" or lat.size and lat.dtype.kind not in "iuf":
            raise TypeError("not numbers")
        lon, lat = lon.astype(float), lat.astype(float)
    except (TypeError, ValueError):
        raise DeclinationError(
            "position_out_of_range", "A longitude or latitude is not a number.", (lons, lats)
        ) from None
    if lon.shape != lat.shape:
        raise ValueError(f"{lon.size} longitudes but {lat.size} latitudes.")
    bad = ~(np.isfinite(lon) & np.isfinite(lat) & (np.abs(lon) <= 180) & (np.abs(lat) < 90))
    if bad.any():
        k = int(np.argmax(bad))
        raise DeclinationError(
            "position_out_of_range",
            f"The point ({lon[k]!r}, {lat[k]!r}) is not a longitude from -180 to 180 and a "
            "latitude between -90 and 90 (the poles excluded).",
            value=(float(lon[k]), float(lat[k])),
            index=k,
        )
    return lon, lat


def magnetic_declination(lon: float, lat: float, on: date) -> float:
    """The magnetic declination (degrees, east positive) at ``lon``, ``lat`` (WGS 84 degrees,
    on the ground) on the day ``on``, from the IGRF-14 through ``ppigrf``. Refused
    (:class:`DeclinationError`): days outside 1900-01-01 to 2029-12-31, positions that are not
    finite longitudes and latitudes, the poles, anything but a date."""
    if isinstance(lon, bool) or isinstance(lat, bool):
        raise DeclinationError("position_out_of_range", "A position is not a number.", (lon, lat))
    return float(magnetic_declinations([lon], [lat], [on])[0])


def magnetic_declinations(lons, lats, dates) -> np.ndarray:
    """:func:`magnetic_declination` for arrays of points and their dates, in chunks of
    :data:`IGRF_CHUNK` points sorted by date (never a points × dates grid of the whole)."""
    lon, lat = _position(lons, lats)
    days = [_model_day(on, k) for k, on in enumerate(dates)]
    if len(days) != lon.size:
        raise ValueError(f"{lon.size} points but {len(days)} dates.")
    result = np.empty(lon.size)
    if not days:
        return result
    igrf = _igrf().igrf
    order = sorted(range(len(days)), key=days.__getitem__)
    for begin in range(0, len(order), IGRF_CHUNK):
        chunk = np.array(order[begin : begin + IGRF_CHUNK])
        unique = sorted({days[k] for k in chunk})
        row = {day: r for r, day in enumerate(unique)}
        east, north, _up = igrf(lon[chunk], lat[chunk], 0.0, unique)
        rows = np.array([row[days[k]] for k in chunk])
        columns = np.arange(chunk.size)
        result[chunk] = np.degrees(np.arctan2(east[rows, columns], north[rows, columns]))
    if not np.isfinite(result).all():
        k = int(np.argmax(~np.isfinite(result)))
        raise DeclinationError(
            "position_out_of_range",
            f"The declination at ({lon[k]:g}, {lat[k]:g}) is not defined.",
            value=(float(lon[k]), float(lat[k])),
            index=k,
        )
    return result
