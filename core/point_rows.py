"""Rows of points as field teams type them: a coordinate, or a bearing and a distance from the
previous point; how each row is read (coordinates by ``core.coordinates``, bearings by
``core.traverse.parse_bearing``) and how pasted lines become rows.

Plain Python: no QGIS, no Qt. ``core.turning_points`` computes the rows; ``core.pointfile``
reads and writes them as CSV.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass

from . import model
from .coordinates import CoordinateError, LonLat, parse_coordinate_details
from .traverse import ANGLE_UNITS, FULL_CIRCLE, NORTHS, BearingError, parse_bearing_value

COORDINATE, BEARING = "coordinate", "bearing"
FIRST_POINT_TYPES = ("reference", "benchmark", "start")
APPROACH_TYPES = ("reference", "benchmark")
DEFAULT_TYPE, FIRST_TYPE = "turning", "start"
POINT_TYPE_ABBREVIATIONS = {
    "RP": "reference",
    "BM": "benchmark",
    "SP": "start",
    "TP": "turning",
    "IP": "intermediate",
    "EP": "end",
}
MAX_BEARING = max(FULL_CIRCLE.values())  # larger plain numbers are coordinates, not bearings

# The input formats offered: each accepts the formats core.coordinates reports.
DETECT, UTM_INPUT, MGRS_INPUT, LATLON_INPUT, GK_INPUT = "detect", "utm", "mgrs", "latlon", "gk"
INPUT_FORMATS = (DETECT, UTM_INPUT, MGRS_INPUT, LATLON_INPUT, GK_INPUT)
BARE_PAIR = re.compile(r"^\s*(\d+(?:[.,]\d+)?)(?:\s*;\s*|\s+)(\d+(?:[.,]\d+)?)\s*$")
# Bearing words that name a unit or a north, at the end of a bearing ("3400 mil6000 magnetic").
_UNIT_WORDS = {**{u: u for u in ANGLE_UNITS}, "°": "deg"}
_NORTH_WORDS = {**{n: n for n in NORTHS}, "mag": "magnetic"}
_DEGREE_MARK = re.compile(r"[°º˚]")

# ---------------------------------------------------------------------------------------------
# Rows as typed and how they are read
# ---------------------------------------------------------------------------------------------


@dataclass
class RowInput:
    """One row of the table as typed."""

    seq: int
    point_type: str
    entry: str  # COORDINATE or BEARING
    coordinate: str = ""
    bearing: str = ""
    distance: str = ""
    remarks: str = ""

    def is_empty(self) -> bool:
        return not (self.coordinate.strip() or self.bearing.strip() or self.distance.strip())

    @property
    def entered_as(self) -> str:
        """The point as typed: the coordinate, or the bearing and the distance ("12-50; 45")."""
        if self.entry == COORDINATE:
            return self.coordinate
        return f"{self.bearing}; {self.distance}"


@dataclass
class Settings:
    unit: str = "deg"
    north: str = "grid"
    declination_deg: float | None = None  # the value printed on the record, as typed
    zone: int | None = None
    hemisphere: str = "N"
    input_format: str = DETECT
    record_date: str = ""  # as typed; read by core.traverse.parse_record_date


@dataclass
class Reading:
    """A coordinate as read: the point, the format, the text given to the core (a bare pair
    typed with Gauss–Krüger chosen becomes "X=… Y=…") and what the core says about it."""

    lonlat: LonLat
    fmt: str
    text: str
    crs: str | None = None
    zone: int | None = None
    transformation: str | None = None
    accuracy_m: float | None = None


class InputFormatError(CoordinateError):
    """A coordinate in another format than the one chosen."""

    def __init__(self, fmt: str, chosen: str):
        self.code, self.fmt, self.chosen = "input_format", fmt, chosen
        self.values = None
        ValueError.__init__(self, f"A {fmt} coordinate, but the input format is {chosen}.")


def _core_text(text: str, settings: Settings) -> str:
    """The text to give the core: with Gauss–Krüger chosen, a bare pair is X then Y (never
    reordered); with UTM chosen and a default zone, a bare pair is easting then northing."""
    pair = BARE_PAIR.match(text)
    if pair is None:
        return text
    first, second = pair.groups()
    if settings.input_format == GK_INPUT:
        return f"X={first} Y={second}"
    if settings.input_format == UTM_INPUT and settings.zone:
        return f"{settings.zone}{settings.hemisphere} {first} {second}"
    return text


def _accepts(chosen: str, fmt: str) -> bool:
    if chosen == DETECT:
        return True
    if chosen == LATLON_INPUT:
        return fmt not in ("utm", "mgrs", "gk")
    return fmt == chosen


def read_coordinate(text: str, settings: Settings) -> Reading:
    """A typed coordinate read by core.coordinates with the dialog's settings. Raises
    CoordinateError (InputFormatError for a format other than the one chosen)."""
    core_text = _core_text(str(text).strip(), settings)
    details = parse_coordinate_details(core_text, settings.zone, settings.hemisphere)
    reading = Reading(
        details.point,
        details.fmt,
        core_text,
        details.crs,
        details.zone,
        details.transformation,
        details.accuracy_m,
    )
    if not _accepts(settings.input_format, reading.fmt):
        raise InputFormatError(reading.fmt, settings.input_format)
    return reading


class BearingWordError(ValueError):
    """Kept for callers of earlier versions: a word after a bearing that is neither a unit nor
    a north (now reported by core.traverse.parse_bearing as an unreadable bearing)."""


def split_bearing(text: str) -> tuple[str, str | None, str | None]:
    """A bearing as typed: the bearing itself and the unit and north that words at its end name
    ("3400 mil6000 magnetic", "45 deg true"). A degree sign names degrees ("45°", "45°30'").
    The bearing is read by core.traverse.parse_bearing in that unit."""
    tokens = str(text).split()
    unit = north = None
    while tokens:
        word = tokens[-1].lower()
        if unit is None and word in _UNIT_WORDS:
            unit = _UNIT_WORDS[word]
        elif north is None and word in _NORTH_WORDS:
            north = _NORTH_WORDS[word]
        else:
            break
        tokens.pop()
    bearing = " ".join(tokens)
    if unit is None and _DEGREE_MARK.search(bearing):
        unit = "deg"
    return bearing, unit, north


def number(text: str) -> float | None:
    """A typed number ("45,5", "45.5 m"), None if it is not a finite one."""
    text = str(text).strip()
    if text.lower().endswith("m"):
        text = text[:-1].strip()
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def distance_text(text: str) -> str:
    """A distance as core.traverse reads it ("45,5 m" -> "45,5")."""
    text = str(text).strip()
    return text[:-1].strip() if text.lower().endswith("m") else text


# ---------------------------------------------------------------------------------------------
# Pasted text
# ---------------------------------------------------------------------------------------------


def point_type_code(text: str, local_labels: Mapping[str, str] | None = None) -> str | None:
    """The point type named by ``text``: a code, its label (English, or in the user's language:
    ``local_labels``, code -> label) or a field-sheet abbreviation (RP, BM, SP, TP3, IP, EP)."""
    word = str(text).strip()
    if not word:
        return None
    lowered = word.lower()
    local_labels = local_labels or {}
    for c in model.CODE_LISTS["point_type"].codes:
        names = (c.code, c.label, local_labels.get(c.code, ""))
        if lowered in (n.lower() for n in names):
            return c.code
    match = re.fullmatch(r"([A-Za-z]{2})\s*-?\s*\d*", word)
    if match:
        return POINT_TYPE_ABBREVIATIONS.get(match.group(1).upper())
    return None


def _looks_like_bearing(text: str, unit: str = "deg") -> bool:
    """Whether a pasted field is a bearing: it reads in its unit, or it is a plain number up to
    a full circle (out of range in its unit: the row then says why)."""
    bearing, own_unit, _ = split_bearing(text)
    if not bearing:
        return False
    try:
        parse_bearing_value(bearing, own_unit or unit)
        return True
    except BearingError:
        value = number(bearing)
        return value is not None and 0.0 <= value <= MAX_BEARING


def parse_pasted_line(
    line: str, first_row: bool, settings: Settings, local_labels: Mapping[str, str] | None = None
) -> dict | None:
    """One pasted line as row values (point_type, entry, coordinate, bearing, distance,
    remarks), or None for a line without any number (a header). Fields are separated by tabs,
    else by semicolons; an optional point type (and a number before it) comes first. After the
    first row two numbers are a bearing and a distance; otherwise the fields are a coordinate.
    ``local_labels``: the point types' labels in the user's language (:func:`point_type_code`)."""
    if not any(ch.isdigit() for ch in line):
        return None
    separator = "\t" if "\t" in line else ";" if ";" in line else None
    fields = [f.strip() for f in (line.split(separator) if separator else [line])]
    while fields and not fields[-1]:
        fields.pop()
    point_type = None
    if (
        len(fields) >= 2
        and re.fullmatch(r"\d+", fields[0])
        and point_type_code(fields[1], local_labels)
    ):
        fields = fields[1:]
    if (
        fields
        and point_type_code(fields[0], local_labels)
        and not _looks_like_bearing(fields[0], settings.unit)
    ):
        point_type = point_type_code(fields[0], local_labels)
        fields = fields[1:]
    values = {"point_type": point_type}
    if (
        not first_row
        and len(fields) >= 2
        and _looks_like_bearing(fields[0], settings.unit)
        and number(fields[1]) is not None
    ):
        values.update(
            entry=BEARING, bearing=fields[0], distance=fields[1], remarks="; ".join(fields[2:])
        )
        return values
    values.update(_pasted_coordinate(fields, settings))
    return values


def _pasted_coordinate(fields: list[str], settings: Settings) -> dict:
    """The longest run of leading fields that reads as a coordinate, the rest as remarks."""
    for k in range(len(fields), 0, -1):
        text = " ".join(fields[:k])
        try:
            read_coordinate(text, settings)
        except CoordinateError:
            continue
        return {"entry": COORDINATE, "coordinate": text, "remarks": "; ".join(fields[k:])}
    return {
        "entry": COORDINATE,
        "coordinate": fields[0] if fields else "",
        "remarks": "; ".join(fields[1:]),
    }
