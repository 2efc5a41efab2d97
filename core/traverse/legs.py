"""A record's legs as entered, checked and read: seq, point type, bearing (in the leg's unit
and north, or the record's), distance, and the declination that turns a magnetic leg."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional

from .bearings import ANGLE_UNITS, FULL_CIRCLE, _wrap360, parse_bearing_value
from .errors import BearingError, TraverseError

NORTHS = ("grid", "true", "magnetic")  # index = NORTH parameter 0..2
PERIMETER_TYPES = ("start", "turning", "intermediate", "end")
POINT_TYPES = ("reference", "benchmark", "start", "turning", "intermediate", "end", "evidence")
DEFAULT_POINT_TYPE = "turning"
MAX_LEG_M = 50_000.0  # no leg of a minefield record is longer: a slip of the pen, refused


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


def _code(value, allowed, error: str, what: str, seq, default):
    """A code from a list (case and spaces ignored), the default where None or empty."""
    if value.__class__ is str and value in allowed:
        return value
    if value is None or (isinstance(value, str) and not value.strip()):
        return default
    code = str(value).strip().lower()
    if code not in allowed:
        raise TraverseError(
            error, f"Unknown {what} {value!r}: use one of {', '.join(allowed)}.", seq, value
        )
    return code


def _number(value, missing: str, not_numeric: str, what: str, seq):
    if value.__class__ is float and math.isfinite(value):
        return value
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
    ordered = sorted((_seq(leg), i, leg) for i, leg in enumerate(legs))  # i unique: legs unsorted
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
        bearing, full = leg.bearing, FULL_CIRCLE[leg_unit]
        if not (bearing.__class__ is float and 0.0 <= bearing < full):  # else read as it is
            bearing = _leg_bearing(bearing, leg_unit, seq)
        azimuth = bearing * 360.0 / full
        distance = leg.distance_m
        if not (distance.__class__ is float and 0.0 <= distance <= MAX_LEG_M):
            distance = _number(
                distance, "distance_missing", "distance_not_numeric", "distance", seq
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
