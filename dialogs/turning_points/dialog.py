"""The Turning points dialog: a polygon typed point by point, as field teams write it.

Each row is a point: a coordinate as typed (UTM, MGRS, degrees in decimal or DMS forms,
Pulkovo 1942 Gauss–Krüger X/Y; read by ``core.coordinates``) or a bearing and distance from the
previous row (read by ``core.traverse.parse_bearing``, computed by ``core.traverse``: grid, true
or magnetic, in degrees, mils of 6400 or 6000 — "12-50" — or gon). Every edit recomputes the
points (after a short pause), shows them numbered on the map canvas with the perimeter polygon,
and reports the closure error and the area; rows that cannot be read are marked with the reason,
points outside the programme's area are flagged. Magnetic bearings use the declination printed on
the record (typed) or the IGRF value at the first point on the record date — never 0.

The result is saved as a new hazard with its survey points (``recording.save_hazard``), as a
minefield record with its traverse legs and survey points (``recording.save_minefield_record``),
each in one transaction, or handed to the Record land release dock: the signal ``polygonReady``
carries the polygon (in the release layer's CRS) and the survey_point features, and the dialog
is accepted (``geometry()``, ``crs()`` and ``survey_points()`` give the same to a caller that
used ``exec_()``). Every change to the rows can be undone (``undo_stack``).

Computation (``compute_rows``): rows are read in order, empty rows skipped. A coordinate row
places its point; a bearing row steps from the previous point with ``core.traverse`` (one leg,
so grid, true and magnetic bearings follow exactly the rules of ``landrelease:traverse``). The
perimeter (start, turning, intermediate and end points), the closure error (last perimeter point
back to the first) and the polygon follow core.traverse's definitions: an end point within the
closure tolerance of the start closes onto it. Nothing is adjusted.
"""

from __future__ import annotations

import contextlib
import csv
import datetime
import functools
import io
import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

import shapely
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsSettings,
    QgsVectorLayerUtils,
    QgsWkbTypes,
)
from qgis.gui import QgsMapCanvasItem, QgsRubberBand
from qgis.PyQt import sip, uic
from qgis.PyQt.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QObject,
    QPointF,
    QRectF,
    Qt,
    QTimer,
    pyqtSignal,
)
from qgis.PyQt.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPen,
)
from qgis.PyQt.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QAction,
    QApplication,
    QComboBox,
    QCompleter,
    QDialog,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QTableWidgetItem,
    QWidget,
)

try:  # Qt 5
    from qgis.PyQt.QtWidgets import QUndoCommand, QUndoStack
except ImportError:  # Qt 6
    from qgis.PyQt.QtGui import QUndoCommand, QUndoStack

from ..core import model
from ..core.area import DISTRICTS, ProgrammeArea
from ..core.coordinates import (
    CoordinateError,
    LonLat,
    format_dd,
    format_dms,
    format_gk,
    format_mgrs,
    format_utm,
    gk_zone,
    parse_coordinate_details,
    utm_zone,
)
from ..core.traverse import (
    ANGLE_UNITS,
    CLOSED_TOLERANCE_M,
    FULL_CIRCLE,
    NORTHS,
    PERIMETER_TYPES,
    BearingError,
    DeclinationError,
    Leg,
    TraverseError,
    TraversePoint,
    TraverseResult,
    compute_traverse,
    magnetic_declination,
    parse_bearing_value,
    parse_record_date,
)
from ..qgis_io.convert import distance_area, model_fields, new_feature
from ..storage import programme
from ..storage.recording import (
    MinefieldRecord,
    ReleaseLayers,
    SaveError,
    find_layers,
    save_hazard,
    save_minefield_record,
)

FORM_CLASS, _ = uic.loadUiType(str(Path(__file__).with_name("turning_points.ui")))

OBJECT_NAME = "LandReleaseTurningPointsDialog"
CONFIRM_OBJECT_NAME = "LandReleaseOutsideAreaConfirmation"
RECOMPUTE_DELAY_MS = 150
CLOSURE_TOLERANCE_M = 5.0  # as landrelease:traverse's default CLOSURE_TOLERANCE
SETTINGS_DIR = "landrelease/turning_points/last_folder"
WGS84 = "EPSG:4326"
IGRF_NAME = "IGRF-14"

# The status comes right after what is typed, the computed positions after it (Gauss–Krüger X
# and Y first when shown: a Soviet record is checked against them).
(
    COL_SEQ,
    COL_TYPE,
    COL_ENTRY,
    COL_COORD,
    COL_BEARING,
    COL_DISTANCE,
    COL_STATUS,
    COL_GK_X,
    COL_GK_Y,
    COL_EASTING,
    COL_NORTHING,
    COL_REMARKS,
) = range(12)
TEXT_COLUMNS = (COL_COORD, COL_BEARING, COL_DISTANCE, COL_REMARKS)
COMPUTED_COLUMNS = (COL_SEQ, COL_EASTING, COL_NORTHING, COL_GK_X, COL_GK_Y, COL_STATUS)
NUMBER_COLUMNS = (COL_SEQ, COL_EASTING, COL_NORTHING, COL_GK_X, COL_GK_Y, COL_BEARING, COL_DISTANCE)
VALUE_ROLE = Qt.UserRole  # the exact computed easting/northing of a cell

COORDINATE, BEARING = "coordinate", "bearing"
TARGETS = ("hazard", "release", "record")
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
CSV_COLUMNS = (
    "seq",
    "point_type",
    "entry",
    "coordinate",
    "bearing",
    "bearing_unit",
    "north",
    "distance_m",
    "declination_deg",
    "easting",
    "northing",
    "remarks",
    "declination_source",
    "record_date",
)

# The input formats offered: each accepts the formats core.coordinates reports.
DETECT, UTM_INPUT, MGRS_INPUT, LATLON_INPUT, GK_INPUT = "detect", "utm", "mgrs", "latlon", "gk"
INPUT_FORMATS = (DETECT, UTM_INPUT, MGRS_INPUT, LATLON_INPUT, GK_INPUT)
FORMAT_NAMES = {"utm": "UTM", "mgrs": "MGRS", "dd": "DD", "dms": "DMS", "ddm": "DDM", "gk": "GK"}
_BARE_PAIR = re.compile(r"^\s*(\d+(?:[.,]\d+)?)(?:\s*;\s*|\s+)(\d+(?:[.,]\d+)?)\s*$")
# Bearing words that name a unit or a north, at the end of a bearing ("3400 mil6000 magnetic").
_UNIT_WORDS = {**{u: u for u in ANGLE_UNITS}, "°": "deg"}
_NORTH_WORDS = {**{n: n for n in NORTHS}, "mag": "magnetic"}
_DEGREE_MARK = re.compile(r"[°º˚]")

ERROR_BACKGROUND = QColor(255, 222, 222)
WARNING_BACKGROUND = QColor(255, 240, 200)
ERROR_TEXT = QColor(170, 0, 0)
BLOCKED_TEXT = QColor(150, 95, 0)
WARNING_TEXT = QColor(160, 80, 0)
OK_TEXT = QColor(0, 110, 0)
INFO_TEXT = QColor(60, 60, 60)
UNUSED_BACKGROUND = QColor(232, 232, 232)
POLYGON_STROKE = QColor(0, 90, 200)
POLYGON_FILL = QColor(0, 120, 255, 50)
CHAIN_STROKE = QColor(80, 80, 80)
PERIMETER_MARKER = QColor(0, 90, 200)
OTHER_MARKER = QColor(230, 120, 0)


def tr(text: str) -> str:
    return QCoreApplication.translate("TurningPointsDialog", text)


def code_label(list_name: str, code: str) -> str:
    label = model.CODE_LISTS[list_name].label(code)
    return QCoreApplication.translate(model.TR_CONTEXT, label) if label else code


def input_format_names() -> dict[str, str]:
    return {
        DETECT: tr("Detect"),
        UTM_INPUT: tr("UTM"),
        MGRS_INPUT: tr("MGRS"),
        LATLON_INPUT: tr("Latitude/longitude"),
        GK_INPUT: tr("Pulkovo 1942 / Gauss–Krüger"),
    }


def accepted_forms() -> str:
    """The coordinate forms the table reads, with examples (tooltips and messages)."""
    return tr(
        "UTM: 38N 612345 4412345, 38T 612345 4412345, UTM 38N E 612345 N 4412345\n"
        "MGRS: 38TNK 12345 12345 or 38TNK1234512345\n"
        "Latitude/longitude (latitude first; decimal point or comma):\n"
        "  40.123456 46.654321 · 40,123456; 46,654321 · Lat 40.12 Lon 46.65\n"
        "  40°07'24.4\"N 46°39'15.6\"E · 40-07-24.4N 46-39-15.6E · 400724N 0463916E\n"
        "  4007.407N 04639.260E (NMEA) · 40°07'24\" с.ш. 46°39'16\" в.д.\n"
        "Pulkovo 1942 / Gauss–Krüger (Soviet maps): X=4430293 Y=8664944, Х=… У=…,\n"
        "  СК-42 X=… Y=… (X north, Y east with the zone number in front)"
    )


def signed_degrees(value: float, decimals: int = 2) -> str:
    """A declination as "+4.65° E" / "-2.10° W"."""
    return f"{value:+.{decimals}f}° " + (tr("E") if value >= 0 else tr("W"))


# ---------------------------------------------------------------------------------------------
# Reading and computing the rows (no widgets)
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
    pair = _BARE_PAIR.match(text)
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


@dataclass
class Declination:
    """The declination the magnetic bearings use: ``value`` (degrees east) and ``source``
    (entered / igrf), or None with ``problem`` saying why there is none."""

    value: float | None = None
    source: str | None = None
    on: datetime.date | None = None
    point: int | None = None  # the row number of the point the IGRF value is taken at
    problem: str | None = None
    month_only: bool = False

    def describe(self) -> str:
        if self.value is None:
            return self.problem or ""
        if self.source == "entered":
            return tr("{} as typed (the value on the record)").format(signed_degrees(self.value))
        text = tr("{model} at point {point} on {date}: {value}").format(
            model=IGRF_NAME,
            point=self.point,
            date=self.on.isoformat(),
            value=signed_degrees(self.value),
        )
        if self.month_only:
            text += " " + tr("(the record gives the month only: its 15th is used)")
        return text

    def note(self) -> str:
        """The declination as stored in the remarks of the record's survey points."""
        if self.source == "entered":
            return tr("Magnetic declination {} (entered: the value on the record)").format(
                f"{self.value:+.4f}°"
            )
        return tr("Magnetic declination {} ({} at point {} on {})").format(
            f"{self.value:+.4f}°", IGRF_NAME, self.point, self.on.isoformat()
        )


def date_message(error: DeclinationError) -> str:
    """A translated sentence for a record date or a declination that cannot be had."""
    messages = {
        "date_unreadable": tr("The record date {} cannot be read: write 1993-06-15 or 15.06.1993."),
        "date_ambiguous": tr(
            "The record date {} reads as day/month and as month/day: write 1993-06-15 or "
            "15.06.1993."
        ),
        "date_invalid": tr("The record date {} is not a day of the calendar."),
        "date_incomplete": tr("The record date {} is a year alone: give the month at least."),
        "date_two_digit_year": tr("The record date {} has a two-digit year: write all four."),
        "date_in_future": tr("The record date {} is after today."),
        "date_outside_igrf": tr(
            "The IGRF covers 1900 to 2029 only ({}): type the declination printed on the record."
        ),
        "igrf_unavailable": tr(
            "The IGRF needs the Python package ppigrf, which is not installed: type the "
            "declination printed on the record."
        ),
        "position_out_of_range": tr("No IGRF value at the first point ({})."),
    }
    value = error.value if error.value is not None else ""
    if isinstance(value, datetime.date):
        value = value.isoformat()
    text = messages.get(error.code)
    return text.format(value) if text else str(error)


def read_date(settings: Settings):
    """(RecordDate or None, translated problem or None) of the typed record date."""
    if not settings.record_date.strip():
        return None, None
    try:
        return parse_record_date(settings.record_date, today=datetime.date.today()), None
    except DeclinationError as error:
        return None, date_message(error)


def resolve_declination(settings: Settings, first: LonLat | None, first_row: int | None):
    """The declination: as typed, else the IGRF value at the first point on the record date."""
    if settings.declination_deg is not None:
        return Declination(settings.declination_deg, "entered")
    record_date, problem = read_date(settings)
    if problem:
        return Declination(problem=problem)
    if record_date is None:
        return Declination(
            problem=tr("No declination: give the record date, or type the value on the record.")
        )
    if first is None:
        return Declination(problem=tr("The IGRF value is taken at point 1: type its coordinate."))
    try:
        value = magnetic_declination(first.lon, first.lat, record_date.on)
    except DeclinationError as error:
        return Declination(problem=date_message(error))
    return Declination(value, "igrf", record_date.on, first_row, month_only=record_date.month_only)


@dataclass
class RowResult:
    state: str  # "empty", "ok", "error" (this row is wrong), "blocked" (a row above is wrong)
    message: str = ""  # translated
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


@dataclass
class Computation:
    inputs: list[RowInput]
    rows: list[RowResult]
    crs: QgsCoordinateReferenceSystem  # working CRS (projected, metres)
    result: TraverseResult | None = None
    problem: str | None = None  # why there is no result (translated)
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


def _number(text: str) -> float | None:
    text = str(text).strip()
    if text.lower().endswith("m"):
        text = text[:-1].strip()
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _distance_text(text: str) -> str:
    """A distance as core.traverse reads it ("45,5 m" -> "45,5")."""
    text = str(text).strip()
    return text[:-1].strip() if text.lower().endswith("m") else text


def _pyproj_crs(crs: QgsCoordinateReferenceSystem) -> str:
    authid = crs.authid()
    if authid.upper().startswith(("EPSG:", "ESRI:", "IGNF:")):
        return authid
    variant = getattr(QgsCoordinateReferenceSystem, "WKT_PREFERRED", None)
    if variant is None:  # QGIS >= 3.36 without the old enum names
        variant = Qgis.CrsWktVariant.Preferred
    return crs.toWkt(variant)


def _utm_crs(lonlat: LonLat) -> QgsCoordinateReferenceSystem:
    zone, hemisphere = utm_zone(lonlat.lon, lonlat.lat)
    return QgsCoordinateReferenceSystem(f"EPSG:{(32600 if hemisphere == 'N' else 32700) + zone}")


def utm_defaults(crs: QgsCoordinateReferenceSystem) -> tuple[int, str] | None:
    """(zone, hemisphere) of a UTM CRS, else None."""
    if not crs.isValid():
        return None
    proj = crs.toProj()
    match = re.search(r"\+proj=utm\b.*?\+zone=(\d+)", proj)
    if not match:
        return None
    return int(match.group(1)), "S" if "+south" in proj else "N"


def working_crs(
    target: QgsCoordinateReferenceSystem, first: LonLat | None
) -> QgsCoordinateReferenceSystem:
    """The CRS the points are computed in: the target layer's if it is projected, else the UTM
    zone of the first point (else the model's default CRS)."""
    if target.isValid() and not target.isGeographic():
        return target
    if first is not None:
        try:
            return _utm_crs(first)
        except CoordinateError:
            pass
    return QgsCoordinateReferenceSystem(model.DEFAULT_CRS)


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


def coordinate_message(error: CoordinateError) -> str:
    """A translated sentence for a coordinate that cannot be read."""
    if isinstance(error, InputFormatError):
        names = input_format_names()
        return tr("This is {} but the input format is {}: choose Detect or that format.").format(
            FORMAT_NAMES.get(error.fmt, error.fmt), names.get(error.chosen, error.chosen)
        )
    messages = {
        "empty": tr("Type the coordinate."),
        "unrecognised": tr(
            "Not a coordinate: write UTM (38N 612345 4412345), MGRS (38TNK 12345 12345), "
            "degrees (40.5 46.5), DMS (40°07'24\"N 46°39'15\"E) or Gauss–Krüger "
            "(X=4430293 Y=8664944). The tooltip of the column lists every form."
        ),
        "ambiguous": tr(
            "It reads more than one way: {}. Write the symbols, hemisphere letters or a ; "
            "between latitude and longitude so that it reads one way only."
        ),
        "ambiguous_comma": tr(
            "Decimal comma or two numbers? It reads {}. Separate latitude and longitude with a "
            "space or ;, or write decimal points."
        ),
        "ambiguous_hemisphere": tr("A hemisphere letter is ambiguous: write N, S, E or W."),
        "hemisphere_conflict": tr("The hemisphere letters do not match the numbers."),
        "sign_and_hemisphere": tr("Give a minus sign or a hemisphere letter, not both."),
        "incomplete": tr("Only one number: the latitude or the longitude is missing."),
        "bad_dms": tr("Degrees, minutes and seconds are not in order."),
        "minutes_out_of_range": tr("The minutes must be less than 60."),
        "seconds_out_of_range": tr("The seconds must be less than 60."),
        "latitude_out_of_range": tr(
            "The latitude is outside -90 to 90° (the latitude comes first)."
        ),
        "longitude_out_of_range": tr("The longitude is outside -180 to 180°."),
        "zone_missing": tr(
            "No UTM zone: write it first (38N 600000 4400000) or choose the zone above."
        ),
        "zone_out_of_range": tr("UTM zones go from 1 to 60."),
        "bad_hemisphere": tr("After the zone write N or S (or the latitude band letter)."),
        "easting_out_of_range": tr("The easting must lie between 100000 and 900000 m."),
        "northing_out_of_range": tr("The northing must lie between 0 and 10000000 m."),
        "band_mismatch": tr(
            "The point is not in the latitude band written: check the band letter and the northing."
        ),
        "polar": tr("Polar coordinates (UPS) are not supported."),
        "bad_mgrs_letters": tr("These MGRS letters do not exist here: check the 100 km square."),
        "bad_mgrs_digits": tr("MGRS needs as many easting digits as northing digits (1 to 5)."),
        "bad_precision": tr("This precision cannot be written."),
        "too_long": tr("The text is too long for one coordinate."),
        "not_finite": tr("Not a number (NaN or infinity)."),
        "compact_needs_hemisphere": tr(
            "Compact and NMEA forms (400213N, 4002.22N) need their hemisphere letters."
        ),
        "gk_needs_labels": tr(
            "This looks like Gauss–Krüger: write X= and Y= (X=4430293 Y=8664944), or choose "
            "Pulkovo 1942 / Gauss–Krüger as the input format."
        ),
        "gk_zone_missing": tr(
            "Gauss–Krüger Y needs the zone number in front (Y=8664944: zone 8): write the whole Y."
        ),
        "gk_zone_out_of_range": tr("Gauss–Krüger zones go from 4 to 32 (the first digits of Y)."),
        "gk_outside_zone": tr("This Gauss–Krüger X/Y lies outside its zone: check X and Y."),
        "no_transformation": tr(
            "PROJ has no transformation from Pulkovo 1942 for this place: the point cannot be "
            "placed."
        ),
    }
    text = messages.get(error.code)
    if text is None:
        return str(error)
    if error.code in ("ambiguous", "ambiguous_comma"):
        return text.format(_readings(error))
    return text


def _readings(error: CoordinateError) -> str:
    """The competing readings of an ambiguous coordinate: "40.03694° N, 46.75000° E (DMS) or
    …" (from ``error.values["readings"]``: format, lon, lat, label)."""
    values = getattr(error, "values", None)
    readings = values.get("readings") if isinstance(values, dict) else None
    described = []
    for reading in readings or ():
        try:
            _fmt, lon, lat, label = reading
            described.append(f"{format_dd(lon, lat, 5)} ({label})")
        except (TypeError, ValueError, CoordinateError):
            continue
    return tr(" or ").join(described) if described else "?"


def traverse_message(error: TraverseError, unit: str) -> str:
    """A translated sentence for a leg that cannot be computed."""
    value = "" if error.value is None else str(error.value)
    if error.code == "bearing_out_of_range":
        full = FULL_CIRCLE.get(unit, 360.0)
        return tr(
            "The bearing {} is out of range: {} go from 0 to less than {} (north is 0)."
        ).format(f"{float(error.value):g}", code_label("bearing_unit", unit), f"{full:g}")
    messages = {
        "bearing_missing": tr("Type the bearing."),
        "bearing_not_numeric": tr("The bearing {} cannot be read in {}.").format(
            value, code_label("bearing_unit", unit)
        ),
        "bearing_too_long": tr("The bearing is too long: write one bearing."),
        "bearing_negative": tr("A bearing cannot be negative: 0 is north, clockwise."),
        "bearing_decimal_not_last": tr("Only the last part of a bearing may have decimals."),
        "bearing_minutes_seconds": tr("Minutes and seconds must be less than 60."),
        "bearing_dms_order": tr("Write degrees, minutes and seconds in that order: 45°30'36\"."),
        "bearing_quadrant_range": tr("A quadrant bearing goes from 0 to 90°: N45E, S30°W."),
        "bearing_soviet_form": tr(
            "12-50 is written in Soviet mils: choose the unit Mils (6000) or write the bearing "
            "in {}."
        ).format(code_label("bearing_unit", unit)),
        "bearing_bad_soviet_form": tr(
            "Soviet mils are hundreds, a hyphen and two digits: 12-50 is 1250, 0-75 is 75."
        ),
        "bearing_unit_mismatch": tr(
            "The bearing is written in degrees but the unit is {}: choose degrees or name the "
            "unit after it (45 deg)."
        ).format(code_label("bearing_unit", unit)),
        "bearing_ambiguous": tr(
            "The bearing {} is ambiguous: a decimal or a thousands separator? Write it without "
            "the separator."
        ).format(value),
        "distance_missing": tr("Type the distance."),
        "distance_not_numeric": tr("The distance {} is not a number.").format(value),
        "negative_distance": tr("The distance cannot be negative."),
        "unknown_unit": tr("Unknown bearing unit {}: use deg, mil6400, mil6000 or gon.").format(
            value
        ),
        "unknown_north": tr("Unknown north {}: use grid, true or magnetic.").format(value),
        "bad_declination": tr("The declination must lie between -180 and 180°, east positive."),
        "declination_missing": tr(
            "A magnetic bearing needs the declination: give the record date or type the value "
            "printed on the record."
        ),
        "bad_crs": tr("True and magnetic bearings need a projected CRS that PROJ can read."),
        "too_few_points": tr(
            "A polygon needs at least 3 distinct perimeter points (start, turning, "
            "intermediate, end)."
        ),
    }
    return messages.get(error.code, str(error))


def _crs_centre(crs: QgsCoordinateReferenceSystem, context) -> tuple[float, float]:
    """A point inside ``crs``'s area of use, to check legs that follow a wrong row."""
    bounds = crs.bounds()
    centre = bounds.center() if not bounds.isEmpty() else QgsPointXY(0.0, 0.0)
    try:
        point = QgsCoordinateTransform(QgsCoordinateReferenceSystem(WGS84), crs, context).transform(
            centre
        )
        return point.x(), point.y()
    except QgsCsException:
        return 0.0, 0.0


def area_name(area: ProgrammeArea | None) -> str:
    """The programme's area in words, for the flag of a row."""
    if area is None:
        return ""
    if area.source == DISTRICTS:
        return tr("the districts' extent plus {} km ({})").format(
            f"{area.margin_m / 1000:g}", programme.area_text(area)
        )
    return tr("the area of use of the database's CRS ({})").format(programme.area_text(area))


class _Rows:
    """The state of compute_rows while it walks the rows."""

    def __init__(self, crs, context):
        self.crs = crs
        self.traverse_crs = _pyproj_crs(crs)
        self.to_working = QgsCoordinateTransform(QgsCoordinateReferenceSystem(WGS84), crs, context)
        self.to_wgs84 = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem(WGS84), context)
        self.context = context
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
        lonlat = reading.lonlat
        xy = state.to_working.transform(QgsPointXY(lonlat.lon, lonlat.lat))
    except CoordinateError as error:
        state.fail(row.seq, RowResult("error", coordinate_message(error), str(error)))
        return
    except QgsCsException as error:
        message = tr("The point cannot be placed in {}.").format(state.crs.authid())
        state.fail(row.seq, RowResult("error", message, str(error)))
        return
    point = TraversePoint(row.seq, row.point_type, xy.x(), xy.y(), None, None, None, None, None)
    result = RowResult("ok", point=point, format=reading.fmt, reading=reading, lonlat=lonlat)
    if is_first and row.point_type not in FIRST_POINT_TYPES:
        result.state = "error"
        result.message = tr(
            "The first point must be a reference point, a benchmark or the start point."
        )
    state.results.append(result)
    state.previous, state.last_xy = point, (point.x, point.y)


def _bearing_row(state: _Rows, row: RowInput, settings: Settings, declination) -> None:
    bearing, unit, north = split_bearing(row.bearing)
    unit, north = unit or settings.unit, north or settings.north
    if not bearing.strip():
        state.fail(row.seq, RowResult("error", tr("Type the bearing."), unit=unit, north=north))
        return
    try:
        value = parse_bearing_value(bearing, unit)
    except BearingError as error:
        message = traverse_message(error, unit)
        state.fail(row.seq, RowResult("error", message, error.detail, unit=unit, north=north))
        return
    if north == "magnetic" and declination.value is None:
        message = tr("Magnetic, but no declination: {}").format(declination.problem)
        state.fail(row.seq, RowResult("error", message, unit=unit, north=north))
        return
    origin = (state.previous.x, state.previous.y) if state.previous else state.last_xy
    if origin is None:
        origin = _crs_centre(state.crs, state.context)
    try:
        step = traverse_step(
            origin,
            value,
            _distance_text(row.distance),
            unit,
            north,
            declination.value if north == "magnetic" else None,
            state.traverse_crs,
        )
    except TraverseError as error:
        message = traverse_message(error, unit)
        state.fail(row.seq, RowResult("error", message, error.detail, unit=unit, north=north))
        return
    result = RowResult(
        "ok", unit=unit, north=north, bearing_value=value, distance_m=step.distance_m
    )
    if state.previous is None:
        result.state = "blocked"
        result.message = tr("Not computed: it starts from row {}, which has an error.").format(
            state.broken_at
        )
        state.results.append(result)
        return
    result.point = replace(step, seq=row.seq, point_type=row.point_type)
    try:
        lonlat = state.to_wgs84.transform(QgsPointXY(result.point.x, result.point.y))
        result.lonlat = LonLat(lonlat.x(), lonlat.y())
    except QgsCsException:
        result.lonlat = None
    state.results.append(result)
    state.previous, state.last_xy = result.point, (result.point.x, result.point.y)


def _flag_outside(computation: Computation, area: ProgrammeArea | None) -> None:
    """Mark the placed points outside the programme's area (a warning, never silent)."""
    computation.area = area
    if area is None:
        return
    name = area_name(area)
    for row, result in zip(computation.inputs, computation.rows):
        lonlat = result.lonlat
        if result.point is None or lonlat is None or area.contains(lonlat.lon, lonlat.lat):
            continue
        result.outside = True
        computation.outside.append(row.seq)
        result.detail = "\n".join(
            filter(None, [tr("Outside the programme's area: {}.").format(name), result.detail])
        )


def compute_rows(
    inputs: list[RowInput],
    settings: Settings,
    target: QgsCoordinateReferenceSystem,
    context=None,
    area: ProgrammeArea | None = None,
) -> Computation:
    """Every row's position or error, the declination used, the points outside ``area``, and
    the polygon with its closure when all rows are right."""
    context = context or QgsProject.instance()
    filled = [row for row in inputs if not row.is_empty()]
    first_reading, first_seq = _first_reading(filled, settings)
    first_lonlat = first_reading.lonlat if first_reading is not None else None
    crs = working_crs(target, first_lonlat)
    state = _Rows(crs, context)
    magnetic = any(
        (split_bearing(r.bearing)[2] or settings.north) == "magnetic"
        for r in filled
        if r.entry == BEARING
    )
    declination = resolve_declination(settings, first_lonlat, first_seq)
    first = True
    for number, row in enumerate(inputs):
        if row.is_empty() and not (number == 0 and filled):
            state.results.append(RowResult("empty"))
            continue
        is_first, first = first, False
        if row.is_empty():  # an empty first row with points after it: they start from it
            message = tr(
                "Type the coordinate of the first point (reference point, benchmark or "
                "start point)."
            )
            state.results.append(RowResult("error", message))
            state.broken_at = row.seq
        elif row.entry == COORDINATE:
            _coordinate_row(state, row, settings, is_first)
        elif is_first:
            message = tr(
                "The first point must be a coordinate (reference point, benchmark or start "
                "point): the legs start from it."
            )
            state.results.append(RowResult("error", message))
            state.broken_at = row.seq
        else:
            _bearing_row(state, row, settings, declination)

    computation = Computation(list(inputs), state.results, crs)
    computation.declination, computation.magnetic = declination, magnetic
    _flag_outside(computation, area)
    rows = computation.rows
    computation.errors = sum(1 for r in rows if r.state in ("error", "blocked"))
    if not filled:
        computation.problem = tr(
            "Type the first point's coordinate, then each point as a coordinate or as bearing "
            "and distance from the previous one."
        )
        return computation
    if computation.errors:
        wrong = [(i, r) for i, r in zip(inputs, rows) if r.state in ("error", "blocked")]
        computation.problem = tr("Row {}: {}").format(wrong[0][0].seq, wrong[0][1].message)
        if len(wrong) > 1:
            computation.problem += " " + tr("({} more rows cannot be computed.)").format(
                len(wrong) - 1
            )
        return computation
    try:
        computation.result = assemble([r.point for r in rows if r.point is not None])
    except TraverseError as error:
        computation.problem = traverse_message(error, settings.unit)
        return computation
    polygon = computation.result.polygon
    computation.valid = bool(polygon.is_valid)
    geometry = QgsGeometry()
    geometry.fromWkb(shapely.to_wkb(polygon))
    computation.area_m2 = distance_area(crs, context).measureArea(geometry)
    return computation


# ---------------------------------------------------------------------------------------------
# Pasted text and CSV files
# ---------------------------------------------------------------------------------------------


def point_type_code(text: str) -> str | None:
    """The point type named by ``text``: a code, its label (English or translated) or a
    field-sheet abbreviation (RP, BM, SP, TP3, IP, EP)."""
    word = str(text).strip()
    if not word:
        return None
    lowered = word.lower()
    for c in model.CODE_LISTS["point_type"].codes:
        names = (c.code, c.label, QCoreApplication.translate(model.TR_CONTEXT, c.label))
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
        value = _number(bearing)
        return value is not None and 0.0 <= value <= MAX_BEARING


def parse_pasted_line(line: str, first_row: bool, settings: Settings) -> dict | None:
    """One pasted line as row values (point_type, entry, coordinate, bearing, distance,
    remarks), or None for a line without any number (a header). Fields are separated by tabs,
    else by semicolons; an optional point type (and a number before it) comes first. After the
    first row two numbers are a bearing and a distance; otherwise the fields are a coordinate."""
    if not any(ch.isdigit() for ch in line):
        return None
    separator = "\t" if "\t" in line else ";" if ";" in line else None
    fields = [f.strip() for f in (line.split(separator) if separator else [line])]
    while fields and not fields[-1]:
        fields.pop()
    point_type = None
    if len(fields) >= 2 and re.fullmatch(r"\d+", fields[0]) and point_type_code(fields[1]):
        fields = fields[1:]
    if fields and point_type_code(fields[0]) and not _looks_like_bearing(fields[0], settings.unit):
        point_type = point_type_code(fields[0])
        fields = fields[1:]
    values = {"point_type": point_type}
    if (
        not first_row
        and len(fields) >= 2
        and _looks_like_bearing(fields[0], settings.unit)
        and _number(fields[1]) is not None
    ):
        values.update(
            entry=BEARING, bearing=fields[0], distance=fields[1], remarks="; ".join(fields[2:])
        )
        return values
    for k in range(len(fields), 0, -1):
        text = " ".join(fields[:k])
        try:
            read_coordinate(text, settings)
        except CoordinateError:
            continue
        values.update(entry=COORDINATE, coordinate=text, remarks="; ".join(fields[k:]))
        return values
    values.update(
        entry=COORDINATE,
        coordinate=fields[0] if fields else "",
        remarks="; ".join(fields[1:]),
    )
    return values


class TableFileError(ValueError):
    """A CSV file that cannot be read as points or legs; the message says why."""


def read_text(path: str) -> str:
    data = Path(path).read_bytes()
    for encoding in ("utf-8-sig", "cp1251"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


@dataclass
class CsvTable:
    rows: list[RowInput]
    unit: str | None = None
    north: str | None = None
    declination_deg: float | None = None  # the value on the record (typed)
    record_date: str | None = None
    notes: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # rows whose coordinate cannot be read


def read_csv(path: str, record_id: str | None = None, settings: Settings | None = None) -> CsvTable:
    """The rows of a CSV of points or legs (traverse_leg columns: seq, point_type, bearing,
    bearing_unit, north, distance_m, remarks; and/or a coordinate column). The most common unit
    and north become the defaults; a leg in another one names it after its bearing. A file of
    legs only gets an empty reference point row first (its coordinate is not in the file).
    Coordinates are read as the table reads them (``settings``): the rows whose coordinate
    cannot be read, or reads two ways, are listed in ``refused`` with the reason (they are kept
    in the table, marked, and nothing is saved while they are wrong)."""
    text = read_text(path)
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    if reader.fieldnames is None:
        raise TableFileError(tr("The file {} is empty.").format(path))
    reader.fieldnames = [(name or "").strip().lower() for name in reader.fieldnames]
    names = set(reader.fieldnames)
    if not names & {"coordinate", "bearing", "entered_as"}:
        raise TableFileError(
            tr("The file has neither a coordinate nor a bearing column: {}.").format(
                ", ".join(reader.fieldnames)
            )
        )
    records = [dict(r) for r in reader]
    notes: list[str] = []
    if "record_id" in names:
        ids = list(dict.fromkeys((r.get("record_id") or "").strip() for r in records))
        chosen = record_id if record_id is not None else (ids[0] if ids else None)
        if len(ids) > 1:
            notes.append(
                tr("The file holds {} records; {} was read.").format(len(ids), chosen or "–")
            )
        records = [r for r in records if (r.get("record_id") or "").strip() == (chosen or "")]

    def value(record, *keys) -> str:
        for key in keys:
            text = record.get(key)
            if text is not None and str(text).strip():
                return str(text).strip()
        return ""

    def seq_key(pair):
        number = _number(value(pair[1], "seq"))
        return (number if number is not None else math.inf, pair[0])

    records = [r for _, r in sorted(enumerate(records), key=seq_key)]
    parsed = []
    for record in records:
        coordinate = value(record, "coordinate")
        bearing = value(record, "bearing")
        entry = value(record, "entry").lower()
        if entry not in (COORDINATE, BEARING):
            entry = COORDINATE if coordinate or not bearing else BEARING
        point_type_text = value(record, "point_type")
        point_type = point_type_code(point_type_text) if point_type_text else None
        if point_type_text and point_type is None:
            notes.append(
                tr("Unknown point type {}: read as a turning point.").format(point_type_text)
            )
        parsed.append(
            {
                "point_type": point_type,
                "entry": entry,
                "coordinate": coordinate,
                "bearing": bearing,
                "unit": value(record, "bearing_unit").lower() or None,
                "north": value(record, "north").lower() or None,
                "distance": value(record, "distance_m", "distance"),
                "declination": _number(value(record, "declination_deg")),
                "declination_source": value(record, "declination_source").lower(),
                "record_date": value(record, "record_date"),
                "remarks": value(record, "remarks"),
            }
        )
    legs = [p for p in parsed if p["entry"] == BEARING]
    units = Counter(p["unit"] for p in legs if p["unit"])
    norths = Counter(p["north"] for p in legs if p["north"])
    unit = units.most_common(1)[0][0] if units else None
    north = norths.most_common(1)[0][0] if norths else None
    declinations = [
        p["declination"]
        for p in legs
        if p["declination"] is not None and p["declination_source"] in ("", "entered")
    ]
    dates = [p["record_date"] for p in parsed if p["record_date"]]
    table = CsvTable(
        [],
        unit,
        north,
        declinations[0] if declinations else None,
        dates[0] if dates else None,
        notes,
    )
    if parsed and parsed[0]["entry"] == BEARING:
        table.rows.append(RowInput(0, "reference", COORDINATE))
        notes.append(
            tr("The file starts with a leg: type the coordinate of the point it starts from.")
        )
    for p in parsed:
        bearing = p["bearing"]
        if p["entry"] == BEARING:
            words = [
                w for w, default in ((p["unit"], unit), (p["north"], north)) if w and w != default
            ]
            bearing = " ".join([bearing, *words]) if words else bearing
        number = len(table.rows)
        table.rows.append(
            RowInput(
                seq=number + 1,
                point_type=p["point_type"] or (FIRST_TYPE if number == 0 else DEFAULT_TYPE),
                entry=p["entry"],
                coordinate=p["coordinate"] if p["entry"] == COORDINATE else "",
                bearing=bearing if p["entry"] == BEARING else "",
                distance=p["distance"] if p["entry"] == BEARING else "",
                remarks=p["remarks"],
            )
        )
    settings = settings or Settings()
    for row in table.rows:
        if row.entry != COORDINATE or not row.coordinate.strip():
            continue
        try:
            read_coordinate(row.coordinate, settings)
        except CoordinateError as error:
            table.refused.append(
                tr("Row {} ({}): {}").format(row.seq, row.coordinate, coordinate_message(error))
            )
    return table


def _plain(text: str) -> str:
    """A plain number with a decimal point ("61,5" -> "61.5"); other text as it is."""
    return text.replace(",", ".") if _number(text) is not None else text


def write_csv(path: str, computation: Computation, settings: Settings) -> int:
    """Write the typed rows and their computed positions as UTF-8 CSV; returns the row count."""
    count = 0
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        declination = computation.declination
        for row, result in zip(computation.inputs, computation.rows):
            if row.is_empty():
                continue
            bearing = unit = north = distance = value = source = ""
            if row.entry == BEARING:
                text, own_unit, own_north = split_bearing(row.bearing)
                bearing = _plain(text)
                unit = own_unit or settings.unit
                north = own_north or settings.north
                distance = _plain(_distance_text(row.distance))
                if north == "magnetic" and declination.value is not None:
                    value, source = f"{declination.value:.6g}", declination.source
            easting = northing = ""
            if result.point is not None:
                easting, northing = f"{result.point.x:.3f}", f"{result.point.y:.3f}"
            writer.writerow(
                [
                    row.seq,
                    row.point_type,
                    row.entry,
                    row.coordinate if row.entry == COORDINATE else "",
                    bearing,
                    unit,
                    north,
                    distance,
                    value,
                    easting,
                    northing,
                    row.remarks,
                    source,
                    settings.record_date.strip(),
                ]
            )
            count += 1
    return count


# ---------------------------------------------------------------------------------------------
# Map canvas items
# ---------------------------------------------------------------------------------------------


class PointLabels(QgsMapCanvasItem):
    """Numbered markers of the computed points, drawn by the canvas itself (no layer)."""

    MARGIN_PX = 60

    def __init__(self, canvas):
        super().__init__(canvas)
        self._canvas = canvas
        self.points: list[tuple[QgsPointXY, str, bool]] = []  # canvas CRS, label, perimeter?
        self.setZValue(1000)

    def set_points(self, points: list[tuple[QgsPointXY, str, bool]]) -> None:
        self.points = list(points)
        self.updatePosition()
        self.update()

    def updatePosition(self):  # noqa: N802 - QgsMapCanvasItem's virtual
        if not self.points:
            self.setRect(QgsRectangle())
            return
        first = self.points[0][0]
        rect = QgsRectangle(first, first)
        for point, _, _ in self.points[1:]:
            rect.combineExtentWith(point.x(), point.y())
        rect.grow(self.MARGIN_PX * self._canvas.mapUnitsPerPixel())
        self.setRect(rect)

    def paint(self, painter, option=None, widget=None):
        painter.setRenderHint(QPainter.Antialiasing)
        font = QFont()
        font.setBold(True)
        font.setPointSizeF(10)
        metrics = QFontMetricsF(font)
        positions = [self.toCanvasCoordinates(p) - self.pos() for p, _, _ in self.points]
        for position, (_, _, on_perimeter) in zip(positions, self.points):
            painter.setPen(QPen(QColor(255, 255, 255), 1.5))
            painter.setBrush(QBrush(PERIMETER_MARKER if on_perimeter else OTHER_MARKER))
            if on_perimeter:
                painter.drawEllipse(position, 5.0, 5.0)
            else:
                painter.drawRect(QRectF(position.x() - 5.0, position.y() - 5.0, 10.0, 10.0))
        taken: list[QRectF] = []
        for position, (_, text, _) in zip(positions, self.points):
            width, height = metrics.horizontalAdvance(text), metrics.height()
            # Above right of the marker, else below right, above left, below left: points that
            # (nearly) coincide, such as the start and a badly closing end, stay readable.
            for dx, dy in (
                (8.0, -7.0),
                (8.0, 7.0 + height),
                (-8.0 - width, -7.0),
                (-8.0 - width, 7.0 + height),
            ):
                baseline = position + QPointF(dx, dy)
                box = QRectF(baseline.x(), baseline.y() - metrics.ascent(), width, height)
                if not any(box.intersects(other) for other in taken):
                    break
            taken.append(box)
            path = QPainterPath()
            path.addText(baseline, font, text)
            painter.strokePath(path, QPen(QColor(255, 255, 255, 235), 3.5))
            painter.fillPath(path, QBrush(QColor(15, 15, 15)))


def _remove_canvas_items(canvas, items: list) -> None:
    """Take our rubber bands and labels off the canvas (also when the dialog is deleted)."""
    for item in items:
        if item is None or sip.isdeleted(item):
            continue
        if canvas is not None and not sip.isdeleted(canvas) and item.scene() is not None:
            canvas.scene().removeItem(item)
    items.clear()


# ---------------------------------------------------------------------------------------------
# Table editing helpers
# ---------------------------------------------------------------------------------------------


class CellDelegate(QStyledItemDelegate):
    """Text cells: Enter commits and goes on to the next row (the dialog adds one at the end);
    a paste of several cells or lines goes to the table instead of the cell."""

    enterPressed = pyqtSignal(int, int)  # noqa: N815 - Qt signal naming
    pasteRequested = pyqtSignal(int)  # noqa: N815 - Qt signal naming

    def createEditor(self, parent, option, index):  # noqa: N802
        editor = super().createEditor(parent, option, index)
        if editor is not None:
            editor.setProperty("cell_row", index.row())
            editor.setProperty("cell_column", index.column())
        return editor

    def eventFilter(self, editor, event):  # noqa: N802
        if event.type() == QEvent.KeyPress:
            row, column = editor.property("cell_row"), editor.property("cell_column")
            if event.key() in (Qt.Key_Return, Qt.Key_Enter) and row is not None:
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QAbstractItemDelegate.NoHint)
                self.enterPressed.emit(int(row), int(column))
                return True
            if event.matches(QKeySequence.Paste) and row is not None:
                text = QApplication.clipboard().text()
                if "\n" in text.strip() or "\t" in text:
                    self.closeEditor.emit(editor, QAbstractItemDelegate.RevertModelCache)
                    self.pasteRequested.emit(int(row))
                    return True
        return super().eventFilter(editor, event)


class _NoWheelUnlessFocused(QObject):
    """Combos in table cells: the mouse wheel scrolls the table, not the combo under it."""

    def eventFilter(self, watched, event):  # noqa: N802
        if event.type() == QEvent.Wheel and not watched.hasFocus():
            event.ignore()
            return True
        return False


# ---------------------------------------------------------------------------------------------
# Undo and redo of the rows
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TableState:
    """The rows of the table as typed and the current cell."""

    rows: tuple
    row: int = -1
    column: int = -1


class RowsCommand(QUndoCommand):
    """A change to the rows (a cell, an insert, a delete, a move, a paste, an import), undone
    and redone by putting the rows back as they were before and after it."""

    def __init__(self, dialog, text: str, before: TableState, after: TableState):
        super().__init__(text)
        self._dialog, self.before, self.after = dialog, before, after
        self._pushed = False

    def redo(self):
        if not self._pushed:  # the change is already in the table when it is pushed
            self._pushed = True
            return
        self._dialog._restore(self.after)

    def undo(self):
        self._dialog._restore(self.before)


# ---------------------------------------------------------------------------------------------
# The dialog
# ---------------------------------------------------------------------------------------------


def _gk_xy(lon: float, lat: float, zone: int | None) -> tuple[float, float] | None:
    """Pulkovo 1942 / Gauss–Krüger X (north) and Y (east, zone in front), read from
    core.coordinates.format_gk's "X=… Y=…", else None."""
    try:
        text = format_gk(lon, lat, zone=zone, decimals=2)
    except (CoordinateError, ValueError):
        return None
    match = re.search(r"X\s*=\s*(-?[\d.]+)\D+Y\s*=\s*(-?[\d.]+)", text)
    return (float(match.group(1)), float(match.group(2))) if match else None


def _optional_number(text: str, what: str, low: float, high: float | None, whole: bool):
    """A typed number of the record form (None when empty); SaveError says what is wrong."""
    text = str(text).strip()
    if not text:
        return None
    value = _number(text)
    if value is None or (whole and value != int(value)):
        raise SaveError(
            tr("{}: {} is not a whole number.").format(what, text)
            if whole
            else tr("{}: {} is not a number.").format(what, text)
        )
    if value < low or (high is not None and value > high):
        if high is None:
            raise SaveError(tr("{} cannot be negative.").format(what))
        raise SaveError(
            tr("{}: {} is outside {} to {}.").format(what, text, f"{low:g}", f"{high:g}")
        )
    return int(value) if whole else value


class TurningPointsDialog(QDialog, FORM_CLASS):
    """Points as coordinates or bearing + distance, live on the map, saved as a hazard or a
    minefield record, or handed to the Record land release dock (``polygonReady``)."""

    polygonReady = pyqtSignal(QgsGeometry, list)  # noqa: N815 - Qt signal naming
    hazardSaved = pyqtSignal(str)  # noqa: N815 - Qt signal naming
    recordSaved = pyqtSignal(str)  # noqa: N815 - Qt signal naming

    def __init__(self, iface, layers: ReleaseLayers | None = None, parent=None, target=None):
        if isinstance(layers, QWidget) and parent is None:  # TurningPointsDialog(iface, dock)
            parent, layers = layers, None
        super().__init__(parent)
        self.setupUi(self)
        self.setObjectName(OBJECT_NAME)
        self.setModal(False)
        self.iface = iface
        self.project = QgsProject.instance()
        if layers is None and isinstance(getattr(parent, "layers", None), ReleaseLayers):
            layers = parent.layers
        self.layers = layers if layers is not None else find_layers(self.project)
        self.canvas = iface.mapCanvas() if iface is not None else None
        self._computation: Computation | None = None
        self._updating = False
        self._suspended = 1  # no undo commands while the dialog is built
        self._areas: dict[str, ProgrammeArea | None] = {}
        self._target_chosen = target is not None
        self._items: list = []  # canvas items, shared with the clean-up on deletion
        self._polygon_band = self._chain_band = self._labels = None
        self._wheel_filter = _NoWheelUnlessFocused(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECOMPUTE_DELAY_MS)
        self._timer.timeout.connect(self.recompute)
        self.destroyed.connect(functools.partial(_remove_canvas_items, self.canvas, self._items))
        self.undo_stack = QUndoStack(self)

        self._setup_widgets()
        self._setup_table()
        self._setup_undo()
        if target is None:
            target = "release" if hasattr(parent, "set_candidate_geometry") else "hazard"
        self.set_target(target)
        self.add_row()
        self._suspended = 0
        self._state = self._table_state()
        self.project.layersWillBeRemoved.connect(self._layers_will_be_removed)
        if self.canvas is not None:
            self.canvas.destinationCrsChanged.connect(self._refresh_preview)
        self.recompute()

    # --- set-up ---------------------------------------------------------------------------------

    def _setup_widgets(self):
        for code in model.CODE_LISTS["bearing_unit"].codes:
            self.unit_combo.addItem(code_label("bearing_unit", code.code), code.code)
        for code in model.CODE_LISTS["north"].codes:
            self.north_combo.addItem(code_label("north", code.code), code.code)
        self.hemisphere_combo.addItem(tr("North (N)"), "N")
        self.hemisphere_combo.addItem(tr("South (S)"), "S")
        for code, name in input_format_names().items():
            self.format_combo.addItem(name, code)
        self.format_combo.setToolTip(
            tr(
                "Detect reads every form below; with a format chosen, a row in another one is "
                "refused. With Gauss–Krüger chosen, two bare numbers are X (north) then Y "
                "(east, with the zone)."
            )
            + "\n\n"
            + accepted_forms()
        )
        for code in model.CODE_LISTS["classification"].codes:
            self.classification_combo.addItem(code_label("classification", code.code), code.code)
        self.declination_spin.setClearValueMode(
            self.declination_spin.MinimumValue, tr("from the date")
        )
        self.declination_spin.setShowClearButton(True)
        self.declination_spin.clear()
        defaults = utm_defaults(self._target_crs())
        if defaults is None and self.project.crs().isValid():
            defaults = utm_defaults(self.project.crs())
        if defaults is not None:
            self.zone_spin.setValue(defaults[0])
            self.hemisphere_combo.setCurrentIndex(self.hemisphere_combo.findData(defaults[1]))
        for combo, characters in (
            (self.unit_combo, 8),
            (self.north_combo, 10),
            (self.format_combo, 16),
            (self.hemisphere_combo, 7),
            (self.classification_combo, 9),
        ):  # the longest item must not widen the dialog: the list opens wider
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(characters)
        self._setup_completers()
        self._setup_buttons()
        for combo in (self.unit_combo, self.north_combo, self.hemisphere_combo, self.format_combo):
            combo.currentIndexChanged.connect(self._schedule)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.declination_spin.valueChanged.connect(self._schedule)
        self.record_date_edit.textChanged.connect(self._schedule)
        self.zone_spin.valueChanged.connect(self._schedule)
        self.gk_columns_check.toggled.connect(self._show_gk_columns)
        for radio in (self.hazard_radio, self.release_radio, self.record_radio):
            radio.toggled.connect(self._target_toggled)
        self.owner_id_edit.textChanged.connect(self._update_buttons)

    def _setup_completers(self):
        if self.layers is None:
            return
        for layer, name, edit in (
            (self.layers.hazard, "district", self.district_edit),
            (self.layers.minefield_record, "side", self.side_edit),
            (self.layers.minefield_record, "mine_types", self.mine_types_edit),
        ):
            index = layer.fields().indexOf(name) if layer is not None else -1
            if index >= 0:
                values = sorted(str(v) for v in layer.uniqueValues(index) if v)
                edit.setCompleter(QCompleter(values, self))

    def _setup_buttons(self):
        icons = {
            self.add_row_button: "/symbologyAdd.svg",
            self.insert_row_button: "/mActionNewTableRow.svg",
            self.delete_row_button: "/symbologyRemove.svg",
            self.move_up_button: "/mActionArrowUp.svg",
            self.move_down_button: "/mActionArrowDown.svg",
            self.undo_button: "/mActionUndo.svg",
            self.redo_button: "/mActionRedo.svg",
            self.zoom_button: "/mActionZoomToLayer.svg",
            self.import_button: "/mActionFileOpen.svg",
            self.export_button: "/mActionFileSave.svg",
            self.save_button: "/mActionSaveEdits.svg",
        }
        for button, name in icons.items():
            button.setIcon(QgsApplication.getThemeIcon(name))
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.add_row_button.clicked.connect(lambda: self.add_row(edit=True))
        self.insert_row_button.clicked.connect(self.insert_row)
        self.delete_row_button.clicked.connect(self.delete_rows)
        self.move_up_button.clicked.connect(lambda: self.move_row(-1))
        self.move_down_button.clicked.connect(lambda: self.move_row(1))
        self.zoom_button.clicked.connect(self.zoom_to_points)
        self.import_button.clicked.connect(self._import_clicked)
        self.export_button.clicked.connect(self._export_clicked)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close)

    def _setup_undo(self):
        """Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y, and the Undo and Redo buttons, for the rows."""
        self.undo_action = QAction(
            QgsApplication.getThemeIcon("/mActionUndo.svg"), tr("Undo"), self
        )
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.Undo))
        self.redo_action = QAction(
            QgsApplication.getThemeIcon("/mActionRedo.svg"), tr("Redo"), self
        )
        redo_keys = list(QKeySequence.keyBindings(QKeySequence.Redo))
        for keys in (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")):
            if keys not in redo_keys:
                redo_keys.append(keys)
        self.redo_action.setShortcuts(redo_keys)
        for action, slot in ((self.undo_action, self.undo), (self.redo_action, self.redo)):
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self.undo_button.clicked.connect(self.undo)
        self.redo_button.clicked.connect(self.redo)
        self.undo_stack.canUndoChanged.connect(self._update_undo_buttons)
        self.undo_stack.canRedoChanged.connect(self._update_undo_buttons)
        self.undo_stack.indexChanged.connect(self._update_undo_buttons)
        self._update_undo_buttons()

    def _setup_table(self):
        table = self.table
        headers = {
            COL_SEQ: tr("No."),
            COL_TYPE: tr("Point type"),
            COL_ENTRY: tr("Entry"),
            COL_COORD: tr("Coordinate"),
            COL_BEARING: tr("Bearing"),
            COL_DISTANCE: tr("Distance (m)"),
            COL_STATUS: tr("Status"),
            COL_EASTING: tr("Easting"),
            COL_NORTHING: tr("Northing"),
            COL_GK_X: tr("X (north)"),
            COL_GK_Y: tr("Y (east, with zone)"),
            COL_REMARKS: tr("Remarks"),
        }
        headers = [headers[column] for column in sorted(headers)]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        tips = {
            COL_COORD: tr("As written on the sheet:") + "\n" + accepted_forms(),
            COL_BEARING: tr(
                "From the previous point, in the unit and north chosen above: 45, 45.5, "
                "45°30', N45E (degrees), 12-50 or 1250 (Soviet mils, 6000), 1333 (mils, 6400), "
                "83.33 (gon). A bearing may name its own unit and north: 3400 mil6000 magnetic"
            ),
            COL_ENTRY: tr(
                "Coordinate: the point as a coordinate. Bearing: the point by bearing and "
                "distance from the previous one."
            ),
            COL_DISTANCE: tr("From the previous point, metres"),
            COL_GK_X: tr("Pulkovo 1942 / Gauss–Krüger X: northing, metres"),
            COL_GK_Y: tr("Pulkovo 1942 / Gauss–Krüger Y: easting, metres, zone number in front"),
            COL_STATUS: tr("OK and the format read, or why the row cannot be computed"),
        }
        for column, tip in tips.items():
            table.horizontalHeaderItem(column).setToolTip(tip)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(26)
        header = table.horizontalHeader()
        metrics = table.fontMetrics()
        combo_arrow = 30
        samples = {
            COL_SEQ: ("000", 0),
            COL_TYPE: (
                max(
                    (code_label("point_type", c) for c in FIRST_POINT_TYPES + PERIMETER_TYPES),
                    key=len,
                ),
                combo_arrow,
            ),
            COL_ENTRY: (max(tr("Coordinate"), tr("Bearing"), key=len), combo_arrow),
            COL_COORD: ("X=4430293 Y=8664944 ", 0),
            COL_BEARING: ("45°30'36\"", 0),
            COL_DISTANCE: ("1000.0", 0),
            COL_EASTING: ("600000.00", 0),
            COL_NORTHING: ("4400000.00", 0),
            COL_GK_X: ("4400000.00", 0),
            COL_GK_Y: ("8600000.00", 0),
            COL_STATUS: (tr("OK · MGRS · outside area"), 0),
        }
        for column, (sample, extra) in samples.items():
            title = table.horizontalHeaderItem(column).text()
            width = max(metrics.horizontalAdvance(sample) + extra, metrics.horizontalAdvance(title))
            table.setColumnWidth(column, width + 12)
        header.setStretchLastSection(True)  # the remarks
        for column in (COL_GK_X, COL_GK_Y):
            table.setColumnHidden(column, True)
        table.setEditTriggers(
            QAbstractItemView.DoubleClicked
            | QAbstractItemView.EditKeyPressed
            | QAbstractItemView.AnyKeyPressed
            | QAbstractItemView.SelectedClicked
        )
        self.delegate = CellDelegate(table)
        self.delegate.enterPressed.connect(self._enter_pressed)
        self.delegate.pasteRequested.connect(self._paste_at)
        table.setItemDelegate(self.delegate)
        table.itemChanged.connect(self._item_changed)
        table.installEventFilter(self)

    def _format_changed(self, *_):
        if self.format_combo.currentData() == GK_INPUT:
            self.gk_columns_check.setChecked(True)

    def _show_gk_columns(self, shown: bool) -> None:
        for column in (COL_GK_X, COL_GK_Y):
            self.table.setColumnHidden(column, not shown)
        self._schedule()

    # --- target ---------------------------------------------------------------------------------

    def set_target(self, target: str) -> None:
        """Save as a "hazard" or a minefield "record" (saved here), or hand the polygon over for
        a "release"."""
        self._target_chosen = True
        radios = {"release": self.release_radio, "record": self.record_radio}
        radios.get(target, self.hazard_radio).setChecked(True)
        self._target_toggled()

    def target(self) -> str:
        if self.record_radio.isChecked():
            return "record"
        return "hazard" if self.hazard_radio.isChecked() else "release"

    def _target_toggled(self, *_):
        target = self.target()
        labels = {
            "hazard": (tr("Hazard ID"), tr("e.g. CHA-TAR-0001"), tr("Save hazard")),
            "release": (
                tr("Release ID"),
                tr("optional: the dock's form has it"),
                tr("Use for land release"),
            ),
            "record": (tr("Record ID"), tr("e.g. MFR-AGD-0017"), tr("Save minefield record")),
        }
        label, placeholder, button = labels[target]
        self.owner_label.setText(label)
        self.owner_id_edit.setPlaceholderText(placeholder)
        hazard = (
            self.classification_label,
            self.classification_combo,
            self.district_label,
            self.district_edit,
        )
        record = (
            self.document_label,
            self.document_edit,
            self.side_label,
            self.side_edit,
            self.mine_types_label,
            self.mine_types_edit,
            self.mines_label,
            self.mines_edit,
            self.accuracy_label,
            self.accuracy_edit,
        )
        for widget in hazard:
            widget.setVisible(target == "hazard")
        for widget in record:
            widget.setVisible(target == "record")
        self.save_button.setText(button)
        self._schedule()

    def _target_layer(self):
        if self.layers is None:
            return None
        layer = {
            "hazard": self.layers.hazard,
            "release": self.layers.release,
            "record": self.layers.minefield_record or self.layers.hazard,
        }[self.target()]
        return None if layer is None or sip.isdeleted(layer) else layer

    def _target_crs(self) -> QgsCoordinateReferenceSystem:
        layer = self._target_layer()
        if layer is not None:
            return layer.crs()
        if self.project.crs().isValid():
            return self.project.crs()
        return QgsCoordinateReferenceSystem(model.DEFAULT_CRS)

    def programme_area(self) -> ProgrammeArea | None:
        """The programme's area of the target layer's database (read once per layer)."""
        layer = self._target_layer()
        if layer is None:
            return None
        if layer.id() not in self._areas:
            try:
                self._areas[layer.id()] = programme.programme_area(layer)
            except ValueError:  # districts without a usable extent: no flag rather than a crash
                self._areas[layer.id()] = None
        return self._areas[layer.id()]

    def _layers_will_be_removed(self, ids):
        if self.layers is None:
            return
        ours = (self.layers.release, self.layers.hazard, self.layers.survey_point)
        if any(sip.isdeleted(layer) or layer.id() in ids for layer in ours):
            self.layers = None
            self._areas.clear()
            self._schedule()
            return
        for name in ("minefield_record", "traverse_leg"):
            layer = getattr(self.layers, name)
            if layer is not None and (sip.isdeleted(layer) or layer.id() in ids):
                self._areas.pop(layer.id() if not sip.isdeleted(layer) else None, None)
                setattr(self.layers, name, None)
                self._schedule()

    # --- rows -----------------------------------------------------------------------------------

    def _combo(self, row: int, column: int) -> QComboBox:
        return self.table.cellWidget(row, column)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _entry(self, row: int) -> str:
        combo = self._combo(row, COL_ENTRY)
        return combo.currentData() if combo is not None else BEARING

    def _guess_type(self, row: int) -> str:
        if row == 0:
            return FIRST_TYPE
        types = [self._combo(r, COL_TYPE).currentData() for r in range(row)]
        if types and types[-1] in APPROACH_TYPES and "start" not in types:
            return "start"
        return DEFAULT_TYPE

    def _new_combo(self, items, value, what: str) -> QComboBox:
        combo = QComboBox(self.table)
        for label, data in items:
            combo.addItem(label, data)
        combo.setCurrentIndex(max(combo.findData(value), 0))
        combo.setFocusPolicy(Qt.StrongFocus)
        combo.installEventFilter(self._wheel_filter)
        combo.currentIndexChanged.connect(self._schedule)
        combo.currentIndexChanged.connect(lambda *_: self._record(what))
        return combo

    def _init_row(self, row: int, point_type: str | None = None, entry: str | None = None):
        self._updating = True
        try:
            for column in range(self.table.columnCount()):
                if column in (COL_TYPE, COL_ENTRY):
                    continue
                item = QTableWidgetItem("")
                if column in COMPUTED_COLUMNS:
                    item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
                if column in NUMBER_COLUMNS:
                    item.setTextAlignment(int(Qt.AlignRight | Qt.AlignVCenter))
                self.table.setItem(row, column, item)
            types = [
                (code_label("point_type", c.code), c.code)
                for c in model.CODE_LISTS["point_type"].codes
            ]
            entries = [(tr("Coordinate"), COORDINATE), (tr("Bearing"), BEARING)]
            type_combo = self._new_combo(
                types, point_type or self._guess_type(row), tr("Change a point type")
            )
            self.table.setCellWidget(row, COL_TYPE, type_combo)
            entry = entry or (COORDINATE if row == 0 else BEARING)
            entry_combo = self._new_combo(entries, entry, tr("Change an entry"))
            self.table.setCellWidget(row, COL_ENTRY, entry_combo)
        finally:
            self._updating = False

    def _renumber(self):
        self._updating = True
        try:
            for row in range(self.table.rowCount()):
                self.table.item(row, COL_SEQ).setText(str(row + 1))
        finally:
            self._updating = False
        self._update_row_buttons()

    def _update_row_buttons(self) -> None:
        self.move_up_button.setEnabled(self.table.rowCount() > 1)
        self.move_down_button.setEnabled(self.table.rowCount() > 1)

    def row_input(self, row: int) -> RowInput:
        return RowInput(
            seq=row + 1,
            point_type=self._combo(row, COL_TYPE).currentData(),
            entry=self._entry(row),
            coordinate=self._text(row, COL_COORD),
            bearing=self._text(row, COL_BEARING),
            distance=self._text(row, COL_DISTANCE),
            remarks=self._text(row, COL_REMARKS),
        )

    def rows(self) -> list[RowInput]:
        return [self.row_input(r) for r in range(self.table.rowCount())]

    def _write_row(self, row: int, values: RowInput) -> None:
        self._updating = True
        try:
            for column, combo_value in ((COL_TYPE, values.point_type), (COL_ENTRY, values.entry)):
                combo = self._combo(row, column)
                combo.blockSignals(True)
                combo.setCurrentIndex(max(combo.findData(combo_value), 0))
                combo.blockSignals(False)
            for column, text in (
                (COL_COORD, values.coordinate),
                (COL_BEARING, values.bearing),
                (COL_DISTANCE, values.distance),
                (COL_REMARKS, values.remarks),
            ):
                self.table.item(row, column).setText(text or "")
        finally:
            self._updating = False
        self._schedule()

    def _ensure_rows(self, count: int) -> None:
        while self.table.rowCount() < count:
            row = self.table.rowCount()
            self.table.insertRow(row)
            self._init_row(row)
        self._renumber()

    def set_row(
        self,
        i: int,
        point_type: str,
        coordinate: str | None = None,
        bearing=None,
        distance=None,
        remarks: str | None = None,
    ) -> None:
        """Fill row ``i`` (0-based; rows are added up to it): a coordinate, or a bearing and a
        distance from the previous row."""
        with self._undoable(tr("Edit row {}").format(i + 1)):
            self._ensure_rows(i + 1)
            entry = COORDINATE if coordinate is not None else BEARING
            self._write_row(
                i,
                RowInput(
                    seq=i + 1,
                    point_type=point_type,
                    entry=entry,
                    coordinate=coordinate or "",
                    bearing="" if bearing is None else str(bearing),
                    distance="" if distance is None else str(distance),
                    remarks=remarks or "",
                ),
            )

    def set_rows(self, rows: list[RowInput]) -> None:
        """Replace the table by ``rows``."""
        with self._undoable(tr("Replace the rows")):
            self.table.setRowCount(0)
            self._ensure_rows(max(len(rows), 1))
            for i, row in enumerate(rows):
                self._write_row(i, row)
            self._schedule()

    def add_row(self, edit: bool = False) -> int:
        """Append a row (type and entry guessed from the rows above); returns its index."""
        with self._undoable(tr("Add a row")):
            row = self.table.rowCount()
            self.table.insertRow(row)
            self._init_row(row)
            self._renumber()
        if edit:
            self._edit(row)
        self._schedule()
        return row

    def insert_row(self) -> int:
        with self._undoable(tr("Insert a row")):
            row = max(self.table.currentRow(), 0)
            self.table.insertRow(row)
            self._init_row(row, DEFAULT_TYPE if row else FIRST_TYPE)
            self._renumber()
            self.table.setCurrentCell(row, COL_COORD if row == 0 else COL_BEARING)
        self._schedule()
        return row

    def _selected_rows(self) -> list[int]:
        rows = {index.row() for index in self.table.selectedIndexes()}
        if not rows and self.table.currentRow() >= 0:
            rows = {self.table.currentRow()}
        return sorted(rows)

    def delete_rows(self) -> None:
        with self._undoable(tr("Delete rows")):
            for row in reversed(self._selected_rows()):
                self.table.removeRow(row)
            if self.table.rowCount() == 0:
                self.add_row()
            self._renumber()
        self._schedule()

    def move_row(self, step: int) -> None:
        row = self.table.currentRow()
        other = row + step
        if row < 0 or not 0 <= other < self.table.rowCount():
            return
        with self._undoable(tr("Move a row")):
            mine, theirs = self.row_input(row), self.row_input(other)
            self._write_row(row, theirs)
            self._write_row(other, mine)
            self.table.setCurrentCell(other, max(self.table.currentColumn(), 0))

    def _edit(self, row: int, column: int | None = None) -> None:
        if column is None:
            column = COL_BEARING if self._entry(row) == BEARING else COL_COORD
        self.table.setCurrentCell(row, column)
        self.table.editItem(self.table.item(row, column))

    def _enter_pressed(self, row: int, column: int) -> None:
        QTimer.singleShot(0, lambda: self._advance(row, column))

    def _advance(self, row: int, column: int) -> None:
        """Enter: on to the next row's first cell to type; the last row gets a new one after it
        (unless it is still empty)."""
        if sip.isdeleted(self) or row >= self.table.rowCount():
            return
        if row == self.table.rowCount() - 1:
            if self.row_input(row).is_empty():
                return
            self.add_row()
        self._edit(row + 1)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._updating or item.column() not in TEXT_COLUMNS:
            return
        row, column = item.row(), item.column()
        with self._undoable(tr("Edit row {}").format(row + 1)):
            if item.text().strip() and column in (COL_COORD, COL_BEARING, COL_DISTANCE):
                wanted = COORDINATE if column == COL_COORD else BEARING
                combo = self._combo(row, COL_ENTRY)
                if combo is not None and combo.currentData() != wanted:
                    combo.setCurrentIndex(combo.findData(wanted))
        self._schedule()

    # --- undo and redo --------------------------------------------------------------------------

    def _table_state(self) -> TableState:
        return TableState(tuple(self.rows()), self.table.currentRow(), self.table.currentColumn())

    @contextlib.contextmanager
    def _undoable(self, text: str):
        """Changes to the rows made in the block become one undo command named ``text``."""
        self._suspended += 1
        try:
            yield
        finally:
            self._suspended -= 1
        self._record(text)

    def _record(self, text: str) -> None:
        """Push the change since the last command, if the rows changed."""
        if self._suspended:
            return
        after = self._table_state()
        if after.rows != self._state.rows:
            self.undo_stack.push(RowsCommand(self, text, self._state, after))
        self._state = after

    def _restore(self, state: TableState) -> None:
        self._suspended += 1
        try:
            self.set_rows(list(state.rows))
            if state.row >= 0:
                row = min(state.row, self.table.rowCount() - 1)
                self.table.setCurrentCell(row, max(state.column, 0))
        finally:
            self._suspended -= 1
        self._state = self._table_state()
        self._schedule()

    def undo(self) -> None:
        """Undo the last change to the rows (a cell, an insert, a delete, a move, a paste, an
        import)."""
        self._commit_editor()
        self.undo_stack.undo()

    def redo(self) -> None:
        self._commit_editor()
        self.undo_stack.redo()

    def _commit_editor(self) -> None:
        """Close an open cell editor, keeping its text, so that it is a change of its own."""
        index = self.table.currentIndex()
        editor = self.table.indexWidget(index) if index.isValid() else None
        if editor is not None:
            self.delegate.commitData.emit(editor)
            self.delegate.closeEditor.emit(editor, QAbstractItemDelegate.NoHint)

    def _update_undo_buttons(self, *_):
        stack = self.undo_stack
        self.undo_button.setEnabled(stack.canUndo())
        self.redo_button.setEnabled(stack.canRedo())
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.undo_button.setToolTip(
            tr("Undo: {} (Ctrl+Z)").format(stack.undoText()) if stack.canUndo() else tr("Undo")
        )
        self.redo_button.setToolTip(
            tr("Redo: {} (Ctrl+Shift+Z or Ctrl+Y)").format(stack.redoText())
            if stack.canRedo()
            else tr("Redo")
        )

    # --- keyboard: paste, copy, delete, Enter --------------------------------------------------

    def eventFilter(self, watched, event):  # noqa: N802
        if watched is self.table and event.type() == QEvent.KeyPress:
            if event.matches(QKeySequence.Paste):
                self._paste_at(max(self.table.currentRow(), 0))
                return True
            if event.matches(QKeySequence.Copy):
                QApplication.clipboard().setText(self.copy_text(self._selected_rows()))
                return True
            if event.key() in (Qt.Key_Return, Qt.Key_Enter):
                self._advance(max(self.table.currentRow(), 0), self.table.currentColumn())
                return True
            if event.key() in (Qt.Key_Delete, Qt.Key_Backspace):
                with self._undoable(tr("Clear cells")):
                    for index in self.table.selectedIndexes():
                        if index.column() in TEXT_COLUMNS:
                            self.table.item(index.row(), index.column()).setText("")
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event):  # noqa: N802
        if event.key() == Qt.Key_Escape:
            event.accept()  # a slip of the finger must not throw the typed points away
            return
        super().keyPressEvent(event)

    def _paste_at(self, row: int) -> None:
        self.paste_text(QApplication.clipboard().text(), row)

    def paste_text(self, text: str, start_row: int = 0) -> int:
        """Fill rows from ``start_row`` with pasted lines (see ``parse_pasted_line``); rows are
        added as needed. Returns the number of rows filled."""
        settings = self.settings()
        row = start_row
        with self._undoable(tr("Paste rows")):
            for line in text.splitlines():
                if not line.strip():
                    continue
                values = parse_pasted_line(line, row == 0, settings)
                if values is None:
                    continue
                self._ensure_rows(row + 1)
                current = self.row_input(row)
                self._write_row(
                    row,
                    RowInput(
                        seq=row + 1,
                        point_type=values["point_type"] or current.point_type,
                        entry=values["entry"],
                        coordinate=values.get("coordinate", ""),
                        bearing=values.get("bearing", ""),
                        distance=values.get("distance", ""),
                        remarks=values.get("remarks", "") or current.remarks,
                    ),
                )
                row += 1
        self._schedule()
        return row - start_row

    def copy_text(self, rows: list[int]) -> str:
        """Rows as tab-separated lines that paste back: type, coordinate or bearing and distance,
        remarks."""
        lines = []
        for row in rows:
            values = self.row_input(row)
            if values.is_empty():
                continue
            fields = [code_label("point_type", values.point_type)]
            if values.entry == COORDINATE:
                fields.append(values.coordinate)
            else:
                fields += [values.bearing, values.distance]
            if values.remarks:
                fields.append(values.remarks)
            lines.append("\t".join(fields))
        return "\n".join(lines)

    # --- computing ------------------------------------------------------------------------------

    def settings(self) -> Settings:
        spin = self.declination_spin
        typed = spin.value() > spin.minimum()
        return Settings(
            unit=self.unit_combo.currentData(),
            north=self.north_combo.currentData(),
            declination_deg=spin.value() if typed else None,
            zone=self.zone_spin.value() or None,
            hemisphere=self.hemisphere_combo.currentData(),
            input_format=self.format_combo.currentData(),
            record_date=self.record_date_edit.text(),
        )

    def set_declination(self, value: float | None) -> None:
        """Type the declination printed on the record (degrees east), or None for the IGRF
        value of the record date."""
        if value is None:
            self.declination_spin.clear()
        else:
            self.declination_spin.setValue(float(value))

    def _schedule(self, *_):
        self._timer.start()

    def computation(self) -> Computation:
        """The current computation (done now if an edit is waiting)."""
        if self._timer.isActive() or self._computation is None:
            self.recompute()
        return self._computation

    def result(self) -> TraverseResult | None:
        """The points, perimeter, polygon (working CRS) and closure, or None while a row has an
        error or there are fewer than 3 perimeter points."""
        return self.computation().result

    def recompute(self) -> None:
        self._timer.stop()
        computation = compute_rows(
            self.rows(), self.settings(), self._target_crs(), self.project, self.programme_area()
        )
        self._computation = computation
        self._show_declination(computation)
        self._show_rows(computation)
        self._show_closure(computation)
        self._show_preview(computation)
        self._update_buttons()

    def _show_declination(self, computation: Computation) -> None:
        declination = computation.declination
        if declination.value is not None:
            text = declination.describe()
            colour = QColor(0, 0, 0)
            if not computation.magnetic:
                text = tr("{} (not used: no magnetic bearings)").format(text)
                colour = INFO_TEXT
        elif computation.magnetic:
            text, colour = declination.problem or "", ERROR_TEXT
        else:
            date_problem = read_date(self.settings())[1]
            text = date_problem or tr("Not needed: no magnetic bearings.")
            colour = WARNING_TEXT if date_problem else INFO_TEXT
        self.declination_label.setText(text)
        self.declination_label.setToolTip(text)
        self.declination_label.setStyleSheet(f"color: {colour.name()};")

    def _display_transform(self, computation: Computation):
        target = self._target_crs()
        if target == computation.crs:
            return None, target
        return QgsCoordinateTransform(computation.crs, target, self.project), target

    def _gk_zone(self, computation: Computation) -> int | None:
        """The Gauss–Krüger zone the X/Y columns use: the first point's (as typed, or the zone
        of its position)."""
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

    def _show_rows(self, computation: Computation) -> None:
        transform, target = self._display_transform(computation)
        geographic = target.isGeographic()
        unit_name = target.authid() or target.description()
        names = (tr("Longitude"), tr("Latitude")) if geographic else (tr("Easting"), tr("Northing"))
        for column, name in zip((COL_EASTING, COL_NORTHING), names):
            self.table.horizontalHeaderItem(column).setText(name)
            self.table.horizontalHeaderItem(column).setToolTip(
                tr("Computed, in {}").format(unit_name)
            )
        self.crs_label.setText(
            tr("Points computed in {}").format(computation.crs.userFriendlyIdentifier())
        )
        gk = self.gk_columns_check.isChecked()
        zone = self._gk_zone(computation) if gk else None
        self._updating = True
        try:
            for row, (values, result) in enumerate(zip(computation.inputs, computation.rows)):
                self._show_row(row, values, result, transform, geographic)
                self._show_gk(row, result, zone if gk else None)
        finally:
            self._updating = False

    def _show_gk(self, row: int, result: RowResult, zone: int | None) -> None:
        xy = None
        if zone is not None and result.lonlat is not None:
            xy = _gk_xy(result.lonlat.lon, result.lonlat.lat, zone)
        for column, number in zip((COL_GK_X, COL_GK_Y), xy or (None, None)):
            item = self.table.item(row, column)
            item.setText("" if number is None else f"{number:.2f}")
            item.setData(VALUE_ROLE, number)

    @staticmethod
    def _formats(lonlat: LonLat) -> str:
        lines = [
            format_dd(lonlat.lon, lonlat.lat),
            format_dms(lonlat.lon, lonlat.lat),
            format_utm(lonlat.lon, lonlat.lat),
            format_mgrs(lonlat.lon, lonlat.lat),
        ]
        with contextlib.suppress(CoordinateError, ValueError):
            lines.append(
                tr("Pulkovo 1942 / Gauss–Krüger: {}").format(format_gk(lonlat.lon, lonlat.lat))
            )
        return "\n".join(lines)

    def _status(self, result: RowResult) -> tuple[str, QColor | None]:
        if result.state == "empty":
            return "", None
        if result.state == "blocked":
            return result.message, BLOCKED_TEXT
        if result.state == "error":
            return result.message, ERROR_TEXT
        text = tr("OK")
        if result.format:
            text = tr("OK · {}").format(FORMAT_NAMES.get(result.format, result.format.upper()))
        if result.outside:
            return text + " · " + tr("outside area"), WARNING_TEXT
        return text, OK_TEXT

    def _status_tooltip(self, result: RowResult, text: str) -> str:
        details = [text] if text else []
        reading = result.reading
        if reading is not None and reading.fmt == "gk":
            details.append(
                tr("Pulkovo 1942 / Gauss–Krüger zone {} ({}), read as {}").format(
                    reading.zone or "?", reading.crs or "?", reading.text
                )
            )
            if reading.transformation:
                accuracy = (
                    tr("accuracy {} m").format(f"{reading.accuracy_m:g}")
                    if reading.accuracy_m is not None
                    else tr("accuracy unknown")
                )
                details.append(
                    tr("To WGS 84 through {} ({})").format(reading.transformation, accuracy)
                )
        if result.detail and result.detail != text:
            details.append(result.detail)
        if result.point is not None and result.point.azimuth_grid_deg is not None:
            details.append(tr("Grid azimuth {:.4f}°").format(result.point.azimuth_grid_deg))
        return "\n".join(details)

    def _show_row(self, row, values, result, transform, geographic) -> None:
        easting, northing = self.table.item(row, COL_EASTING), self.table.item(row, COL_NORTHING)
        status = self.table.item(row, COL_STATUS)
        tooltip = ""
        if result.point is not None:
            point = QgsPointXY(result.point.x, result.point.y)
            try:
                shown = transform.transform(point) if transform is not None else point
            except QgsCsException:
                shown = point
            if result.lonlat is not None:
                with contextlib.suppress(CoordinateError):
                    tooltip = self._formats(result.lonlat)
            decimals = 7 if geographic else 2
            for item, number in ((easting, shown.x()), (northing, shown.y())):
                item.setText(f"{number:.{decimals}f}")
                item.setData(VALUE_ROLE, number)
                item.setToolTip(tooltip)
        else:
            for item in (easting, northing):
                item.setText("")
                item.setData(VALUE_ROLE, None)
                item.setToolTip("")
        text, colour = self._status(result)
        status.setText(text)
        status.setForeground(QBrush(colour) if colour is not None else QBrush())
        status.setToolTip(self._status_tooltip(result, text))
        unused = (COL_BEARING, COL_DISTANCE) if values.entry == COORDINATE else (COL_COORD,)
        for column in range(self.table.columnCount()):
            item = self.table.item(row, column)
            if item is None:
                continue
            if result.state == "error":
                item.setBackground(QBrush(ERROR_BACKGROUND))
            elif result.outside and column in (COL_COORD, COL_STATUS, COL_SEQ):
                item.setBackground(QBrush(WARNING_BACKGROUND))
            elif column in unused:
                item.setBackground(QBrush(UNUSED_BACKGROUND))
            else:
                item.setBackground(QBrush())
        coordinate = self.table.item(row, COL_COORD)
        coordinate.setToolTip(
            tooltip
            if values.entry == COORDINATE
            else tr("Not used: this point is given by bearing and distance")
        )

    @staticmethod
    def _locale_number(value: float, decimals: int) -> str:
        return QLocale().toString(float(value), "f", decimals)

    def closure_text(self, computation: Computation) -> str:
        result = computation.result
        if result is None:
            return computation.problem or ""
        error = result.closure_error_m
        if error >= 0.005:
            ratio = "1:" + self._locale_number(round(result.perimeter_m / error), 0)
        else:
            ratio = tr("closed")
        area = computation.area_m2 or 0.0
        text = tr(
            "Closure error {error} m ({ratio}) — area {m2} m² ({ha} ha) — perimeter {perimeter} m"
        ).format(
            error=self._locale_number(error, 2),
            ratio=ratio,
            m2=self._locale_number(area, 0),
            ha=self._locale_number(area / 10000.0, 2),
            perimeter=self._locale_number(result.perimeter_m, 1),
        )
        if result.end_on_start and error > 0:
            text += " — " + tr("the end point closes onto the start")
        if not computation.valid:
            text += " — " + tr("the sides cross: not a valid polygon")
        elif error > CLOSURE_TOLERANCE_M:
            text += " — " + tr("above the {} m tolerance: check the legs").format(
                self._locale_number(CLOSURE_TOLERANCE_M, 0)
            )
        if computation.outside:
            text += " — " + tr("rows {} lie outside the programme's area ({})").format(
                ", ".join(str(seq) for seq in computation.outside), area_name(computation.area)
            )
        return text

    def _show_closure(self, computation: Computation) -> None:
        self.closure_label.setText(self.closure_text(computation))
        result = computation.result
        if result is None:
            colour = ERROR_TEXT if computation.errors else QColor(70, 70, 70)
        elif not computation.valid:
            colour = ERROR_TEXT
        elif result.closure_error_m > CLOSURE_TOLERANCE_M or computation.outside:
            colour = BLOCKED_TEXT
        else:
            colour = QColor(0, 0, 0)
        weight = "bold" if result is not None else "normal"
        self.closure_label.setStyleSheet(f"color: {colour.name()}; font-weight: {weight};")

    def _update_buttons(self, *_) -> None:
        computation = self._computation
        ready = computation is not None and computation.result is not None and computation.valid
        has_layers = self.layers is not None
        self.save_button.setEnabled(bool(ready and has_layers))
        if not has_layers:
            self.save_button.setToolTip(
                tr("No land release database in the project: the points are only previewed.")
            )
        elif not ready:
            self.save_button.setToolTip(tr("The polygon is not complete or not valid yet."))
        else:
            self.save_button.setToolTip("")
        self._update_row_buttons()

    # --- the map --------------------------------------------------------------------------------

    def _ensure_items(self) -> bool:
        if self.canvas is None or sip.isdeleted(self.canvas):
            return False
        if self._polygon_band is None or sip.isdeleted(self._polygon_band):
            self._polygon_band = QgsRubberBand(self.canvas, QgsWkbTypes.PolygonGeometry)
            self._polygon_band.setStrokeColor(POLYGON_STROKE)
            self._polygon_band.setFillColor(POLYGON_FILL)
            self._polygon_band.setWidth(2)
            self._chain_band = QgsRubberBand(self.canvas, QgsWkbTypes.LineGeometry)
            self._chain_band.setStrokeColor(CHAIN_STROKE)
            self._chain_band.setLineStyle(Qt.DashLine)
            self._chain_band.setWidth(1)
            self._labels = PointLabels(self.canvas)
            self._items[:] = [self._polygon_band, self._chain_band, self._labels]
        return True

    def clear_preview(self) -> None:
        """Take the preview off the map."""
        _remove_canvas_items(self.canvas, self._items)
        self._polygon_band = self._chain_band = self._labels = None

    def _refresh_preview(self, *_):
        if self._computation is not None:
            self._show_preview(self._computation)

    def polygon_band(self) -> QgsRubberBand | None:
        """The rubber band of the perimeter (canvas CRS), for tests and callers."""
        return self._polygon_band

    def point_labels(self) -> PointLabels | None:
        return self._labels

    def _show_preview(self, computation: Computation) -> None:
        if not self.isVisible() or not self._ensure_items():
            return
        to_canvas = QgsCoordinateTransform(
            computation.crs, self.canvas.mapSettings().destinationCrs(), self.project
        )
        self._polygon_band.reset(QgsWkbTypes.PolygonGeometry)
        self._chain_band.reset(QgsWkbTypes.LineGeometry)
        labels = []
        try:
            for values, result in computation.points():
                point = to_canvas.transform(QgsPointXY(result.point.x, result.point.y))
                self._chain_band.addPoint(point, False)
                labels.append((point, str(values.seq), values.point_type in PERIMETER_TYPES))
            if computation.result is not None:
                ring = list(computation.result.polygon.exterior.coords)[:-1]
                for x, y in ring:
                    self._polygon_band.addPoint(to_canvas.transform(QgsPointXY(x, y)), False)
        except QgsCsException:
            pass
        for band in (self._polygon_band, self._chain_band):
            band.updatePosition()
            band.setVisible(band.numberOfVertices() > 0)  # addPoint(..., False) leaves it hidden
            band.update()
        self._labels.set_points(labels)

    def zoom_to_points(self) -> None:
        if self.canvas is None or self._chain_band is None:
            return
        rect = self._chain_band.asGeometry().boundingBox()
        if rect.isEmpty():
            if rect.isNull():
                return
            self.canvas.setCenter(rect.center())
        else:
            rect.scale(1.3)
            self.canvas.setExtent(rect)
        self.canvas.refresh()

    def showEvent(self, event):  # noqa: N802
        super().showEvent(event)
        if not self._target_chosen and self.receivers(self.polygonReady) > 0:
            self.set_target("release")
        self._schedule()

    def hideEvent(self, event):  # noqa: N802
        if not event.spontaneous():
            self.clear_preview()
        super().hideEvent(event)

    # --- the result -----------------------------------------------------------------------------

    def crs(self) -> QgsCoordinateReferenceSystem:
        """The CRS of ``geometry()``: the land release layer's (else the working CRS)."""
        if self.layers is not None:
            return self.layers.release.crs()
        return self.computation().crs

    def _polygon(self, crs: QgsCoordinateReferenceSystem) -> QgsGeometry | None:
        computation = self.computation()
        if computation.result is None:
            return None
        geometry = QgsGeometry()
        geometry.fromWkb(shapely.to_wkb(computation.result.polygon))
        if crs != computation.crs:
            geometry.transform(QgsCoordinateTransform(computation.crs, crs, self.project))
        return geometry

    def geometry(self) -> QgsGeometry | None:
        """The polygon in ``crs()``, or None."""
        return self._polygon(self.crs())

    def _declination_note(self, computation: Computation) -> str:
        """The declination used, for the remarks of the survey points ("" if none was)."""
        if computation.magnetic and computation.declination.value is not None:
            return computation.declination.note()
        return ""

    @staticmethod
    def _entered_as(values: RowInput, result: RowResult) -> str:
        """The text as typed; a bare pair read with the input format chosen is stored as the
        core read it ("X=… Y=…"), which says what it is without the dialog's settings."""
        if values.entry == COORDINATE and result.reading is not None:
            if _BARE_PAIR.match(values.coordinate) and result.reading.text != values.coordinate:
                return result.reading.text
        return values.entered_as

    @staticmethod
    def _reading_note(result: RowResult) -> str:
        reading = result.reading
        if reading is None or reading.fmt != "gk" or not reading.transformation:
            return ""
        accuracy = f", ±{reading.accuracy_m:g} m" if reading.accuracy_m is not None else ""
        return tr("Pulkovo 1942 ({}) to WGS 84 through {}{}").format(
            reading.crs or "?", reading.transformation, accuracy
        )

    def survey_points(self, owner_id: str | None = None, first_seq: int = 1) -> list[QgsFeature]:
        """survey_point features of the computed rows (in that layer's CRS), numbered from
        ``first_seq``, with entered_as the text as typed and, in the remarks, the declination
        used for magnetic bearings; [] without a database."""
        if self.layers is None:
            return []
        layer = self.layers.survey_point
        computation = self.computation()
        transform = QgsCoordinateTransform(computation.crs, layer.crs(), self.project)
        fields = layer.fields()
        declination = self._declination_note(computation)
        features = []
        for number, (values, result) in enumerate(computation.points()):
            point = transform.transform(QgsPointXY(result.point.x, result.point.y))
            remarks = [values.remarks, self._reading_note(result), declination]
            attributes = {
                "owner_id": owner_id,
                "point_type": values.point_type,
                "seq": first_seq + number,
                "entered_as": self._entered_as(values, result),
                "remarks": "; ".join(r for r in remarks if r) or None,
            }
            if values.entry == BEARING:
                attributes.update(
                    bearing=result.bearing_value,
                    bearing_unit=result.unit,
                    north=result.north,
                    distance_m=result.distance_m,
                )
            feature = QgsVectorLayerUtils.createFeature(
                layer,
                QgsGeometry.fromPointXY(point),
                {fields.indexOf(k): v for k, v in attributes.items() if fields.indexOf(k) >= 0},
            )
            features.append(feature)
        return features

    def _confirm_outside(self, computation: Computation) -> bool:
        """Ask before saving points outside the programme's area (True: save them)."""
        if not computation.outside:
            return True
        box = QMessageBox(
            QMessageBox.Warning,
            tr("Points outside the programme's area"),
            tr(
                "Rows {} lie outside the programme's area, {}. A slip in a coordinate (a swapped "
                "latitude, a wrong zone) puts a point there. Save them anyway?"
            ).format(
                ", ".join(str(seq) for seq in computation.outside), area_name(computation.area)
            ),
            QMessageBox.Yes | QMessageBox.No,
            self,
        )
        box.setObjectName(CONFIRM_OBJECT_NAME)
        box.setDefaultButton(QMessageBox.No)
        return box.exec_() == QMessageBox.Yes

    def save_as_hazard(
        self, hazard_id: str, classification: str, district: str | None = None
    ) -> str:
        """Save the polygon as a new hazard with its survey points in one transaction; returns
        the hazard_id. Raises SaveError (nothing written) with the reason."""
        if self.layers is None:
            raise SaveError(tr("There is no land release database in the project."))
        computation = self.computation()
        if computation.result is None:
            raise SaveError(computation.problem or tr("The polygon is not complete."))
        layer = self.layers.hazard
        hazard_id = (hazard_id or "").strip() or None
        values = {
            "hazard_id": hazard_id,
            "classification": classification,
            "status": "open",
            "district": (district or "").strip() or None,
            "recorded_on": QDate.currentDate(),
        }
        fields = layer.fields()
        feature = QgsVectorLayerUtils.createFeature(
            layer,
            self._polygon(layer.crs()),
            {fields.indexOf(k): v for k, v in values.items() if fields.indexOf(k) >= 0},
        )
        # createFeature makes a duplicate unique value unique ("X_1"): keep the ID as typed,
        # so that the duplicate is refused instead.
        feature["hazard_id"] = hazard_id
        points = self.survey_points(hazard_id)
        saved = save_hazard(self.layers, feature, points)
        self.hazardSaved.emit(saved)
        return saved

    def _record_crs(self) -> QgsCoordinateReferenceSystem:
        layer = self.layers.minefield_record or self.layers.hazard
        return layer.crs()

    def record_legs(self, record_id: str | None = None) -> list[QgsFeature]:
        """traverse_leg features of the computed rows after the first, as entered: a bearing
        row keeps its bearing in its unit (12-50 in mils of 6000 is 1250, mil6000), north and
        distance; a row typed as a coordinate becomes the grid bearing (degrees) and distance
        from the previous point in the working CRS, its remarks saying so, so that
        ``landrelease:traverse`` rebuilds the same point."""
        computation = self.computation()
        points = computation.points()
        legs = []
        fields = model_fields("traverse_leg")
        for seq, ((values, result), (_, before)) in enumerate(
            zip(points[1:], points[:-1]), start=1
        ):
            attributes = {"record_id": record_id, "seq": seq, "point_type": values.point_type}
            remarks = values.remarks
            if values.entry == BEARING:
                attributes.update(
                    bearing=result.bearing_value,
                    bearing_unit=result.unit,
                    north=result.north,
                    distance_m=result.distance_m,
                )
            else:
                dx, dy = result.point.x - before.point.x, result.point.y - before.point.y
                distance = math.hypot(dx, dy)
                azimuth = math.degrees(math.atan2(dx, dy)) % 360.0 if distance > 0 else 0.0
                attributes.update(
                    bearing=0.0 if azimuth >= 360.0 else azimuth,
                    bearing_unit="deg",
                    north="grid",
                    distance_m=distance,
                )
                note = tr(
                    "Typed as the coordinate {}: grid bearing and distance from the previous "
                    "point in {}"
                ).format(self._entered_as(values, result), computation.crs.authid())
                remarks = "; ".join(r for r in (values.remarks, note) if r)
            attributes["remarks"] = remarks or None
            legs.append(new_feature(fields, attributes))
        return legs

    def minefield_record(self, record_id: str, **values) -> MinefieldRecord:
        """The record to save (see ``save_as_record``): its row, legs and survey points."""
        computation = self.computation()
        if computation.result is None:
            raise SaveError(computation.problem or tr("The polygon is not complete."))
        record_date, problem = read_date(self.settings())
        if problem:
            raise SaveError(problem)
        declination = computation.declination if computation.magnetic else Declination()
        remarks = values.pop("remarks", None)
        if record_date is not None and record_date.month_only:
            note = tr("Record date written as {} (month only): the 15th is stored.").format(
                self.settings().record_date.strip()
            )
            remarks = "; ".join(r for r in (remarks, note) if r)
        attributes = {
            "record_id": record_id,
            "record_date": QDate(record_date.on) if record_date is not None else None,
            "closure_error_m": round(computation.result.closure_error_m, 3),
            "declination_deg": declination.value,
            "declination_source": declination.source,
            "remarks": remarks or None,
            **values,
        }
        feature = new_feature(
            model_fields("minefield_record"), attributes, self._polygon(self._record_crs())
        )
        return MinefieldRecord(
            feature, self.record_legs(record_id), self.survey_points(record_id, first_seq=0)
        )

    def save_as_record(self, record_id: str, **values) -> str:
        """Save the rows as a minefield record in one transaction: its minefield_record row
        (polygon, closure error, declination used and its source, and ``values``: document_ref,
        side, mine_types, mines_recorded, accuracy, remarks), its traverse legs and its survey
        points (the first, seq 0, where ``landrelease:traverse`` takes it as START). Returns
        the record_id; raises SaveError (nothing written) with the reason."""
        if self.layers is None:
            raise SaveError(tr("There is no land release database in the project."))
        record_id = (record_id or "").strip() or None
        values = {k: (v.strip() or None) if isinstance(v, str) else v for k, v in values.items()}
        saved = save_minefield_record(self.layers, self.minefield_record(record_id, **values))
        self.recordSaved.emit(saved)
        return saved

    def _record_form(self) -> dict:
        """The record's fields as typed in the Save as box; SaveError for a bad number."""
        definition = model.layer("minefield_record")

        def label(name):
            return QCoreApplication.translate(model.TR_CONTEXT, definition.field(name).label)

        return {
            "document_ref": self.document_edit.text(),
            "side": self.side_edit.text(),
            "mine_types": self.mine_types_edit.text(),
            "mines_recorded": _optional_number(
                self.mines_edit.text(), label("mines_recorded"), 0, None, True
            ),
            "accuracy": _optional_number(
                self.accuracy_edit.text(), label("accuracy"), 0, 100, False
            ),
        }

    def use_for_land_release(self) -> bool:
        """Hand the polygon and its survey points to the Record land release dock
        (``polygonReady``) and close."""
        geometry = self.geometry()
        if geometry is None:
            self._message(self.computation().problem or tr("The polygon is not complete."), "error")
            return False
        if self.receivers(self.polygonReady) == 0 and not self.isModal():
            self._message(
                tr(
                    "Nothing is waiting for the polygon: open the Turning points from the Record "
                    "land release dock."
                ),
                "error",
            )
            return False
        if not self._confirm_outside(self.computation()):
            self._message(tr("Not used: correct the rows outside the area first."), "info")
            return False
        owner = self.owner_id_edit.text().strip() or None
        self.polygonReady.emit(geometry, self.survey_points(owner))
        self.accept()
        return True

    def save(self) -> None:
        if self.target() == "release":
            self.use_for_land_release()
            return
        computation = self.computation()
        if computation.result is not None and not self._confirm_outside(computation):
            self._message(tr("Nothing saved: correct the rows outside the area first."), "info")
            return
        try:
            if self.target() == "record":
                saved = self.save_as_record(self.owner_id_edit.text(), **self._record_form())
                text = tr("Minefield record {} saved with {} legs and {} survey points.").format(
                    saved, len(computation.points()) - 1, len(computation.points())
                )
            else:
                saved = self.save_as_hazard(
                    self.owner_id_edit.text(),
                    self.classification_combo.currentData(),
                    self.district_edit.text(),
                )
                text = tr("Hazard {} saved with {} survey points.").format(
                    saved, len(computation.points())
                )
        except SaveError as error:
            self._message(str(error), "error")
            return
        self._message(text, "success")
        if self.iface is not None:
            self.iface.messageBar().pushMessage(tr("Land Release"), text, Qgis.Success, 5)

    def _message(self, text: str, level: str = "info") -> None:
        colours = {"error": ERROR_TEXT, "success": OK_TEXT, "info": INFO_TEXT}
        self.message_label.setStyleSheet(f"color: {colours.get(level, colours['info']).name()};")
        self.message_label.setText(text)

    # --- CSV ------------------------------------------------------------------------------------

    def import_csv(self, path: str, record_id: str | None = None) -> int:
        """Replace the table by the rows of a CSV file (one undoable change); returns the number
        of rows read. Rows whose coordinate cannot be read are named in the message."""
        table = read_csv(path, record_id, self.settings())
        with self._undoable(tr("Import {}").format(Path(path).name)):
            for combo, code in ((self.unit_combo, table.unit), (self.north_combo, table.north)):
                if code and combo.findData(code) >= 0:
                    combo.setCurrentIndex(combo.findData(code))
            if table.declination_deg is not None:
                self.set_declination(table.declination_deg)
            if table.record_date:
                self.record_date_edit.setText(table.record_date)
            self.set_rows(table.rows)
        notes = [tr("{} rows read from {}.").format(len(table.rows), Path(path).name)]
        notes += table.notes
        if table.refused:
            notes.append(tr("Coordinates that cannot be read:") + " " + " ".join(table.refused))
        self._message(" ".join(notes), "error" if table.refused else "info")
        self.recompute()
        return len(table.rows)

    def export_csv(self, path: str) -> int:
        """Write the table to a UTF-8 CSV file; returns the number of rows written."""
        count = write_csv(path, self.computation(), self.settings())
        self._message(tr("{} rows written to {}.").format(count, Path(path).name), "info")
        return count

    def _folder(self) -> str:
        return QgsSettings().value(SETTINGS_DIR, "", type=str)

    def _remember(self, path: str) -> None:
        QgsSettings().setValue(SETTINGS_DIR, str(Path(path).parent))

    def _import_clicked(self):
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Import points or legs"), self._folder(), tr("CSV files (*.csv *.txt)")
        )
        if not path:
            return
        filled = sum(1 for row in self.rows() if not row.is_empty())
        if filled:
            answer = QMessageBox.question(
                self,
                tr("Import points or legs"),
                tr(
                    "Replace the {} rows of the table by the file's? (Undo brings them back.)"
                ).format(filled),
            )
            if answer != QMessageBox.Yes:
                return
        self._remember(path)
        try:
            self.import_csv(path)
        except (OSError, TableFileError, csv.Error) as error:
            self._message(tr("Cannot read {}: {}").format(path, error), "error")

    def _export_clicked(self):
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Export the table"), self._folder(), tr("CSV files (*.csv)")
        )
        if not path:
            return
        if not path.lower().endswith(".csv"):
            path += ".csv"
        self._remember(path)
        try:
            self.export_csv(path)
        except OSError as error:
            self._message(tr("Cannot write {}: {}").format(path, error), "error")
