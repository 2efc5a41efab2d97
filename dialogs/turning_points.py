"""The Turning points dialog: a polygon typed point by point, as field teams write it.

Each row is a point: a coordinate as typed (UTM, MGRS, decimal degrees, DMS; read by
``core.coordinates``) or a bearing and distance from the previous row (computed by
``core.traverse``, grid, true or magnetic, in degrees, mils or gon). Every edit recomputes the
points (after a short pause), shows them numbered on the map canvas with the perimeter polygon,
and reports the closure error and the area; rows that cannot be read are marked with the reason.

The result is saved as a new hazard with its survey points (``recording.save_hazard``, one
transaction) or handed to the Record land release dock: the signal ``polygonReady`` carries the
polygon (in the release layer's CRS) and the survey_point features, and the dialog is accepted
(``geometry()``, ``crs()`` and ``survey_points()`` give the same to a caller that used
``exec_()``).

Computation (``compute_rows``): rows are read in order, empty rows skipped. A coordinate row
places its point; a bearing row steps from the previous point with ``core.traverse`` (one leg,
so grid, true and magnetic bearings follow exactly the rules of ``landrelease:traverse``). The
perimeter (start, turning, intermediate and end points), the closure error (last perimeter point
back to the first) and the polygon follow core.traverse's definitions. Nothing is adjusted.
"""

from __future__ import annotations

import csv
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

from ..core import model
from ..core.coordinates import (
    CoordinateError,
    LonLat,
    format_dd,
    format_dms,
    format_mgrs,
    format_utm,
    parse_coordinate,
    utm_zone,
)
from ..core.traverse import (
    ANGLE_UNITS,
    CLOSED_TOLERANCE_M,
    FULL_CIRCLE,
    NORTHS,
    PERIMETER_TYPES,
    Leg,
    TraverseError,
    TraversePoint,
    TraverseResult,
    compute_traverse,
)
from ..processing.convert import distance_area
from ..processing.recording import (
    ReleaseLayers,
    SaveError,
    find_layers,
    save_hazard,
)

FORM_CLASS, _ = uic.loadUiType(str(Path(__file__).with_name("turning_points.ui")))

OBJECT_NAME = "LandReleaseTurningPointsDialog"
RECOMPUTE_DELAY_MS = 150
CLOSURE_TOLERANCE_M = 5.0  # as landrelease:traverse's default CLOSURE_TOLERANCE
SETTINGS_DIR = "landrelease/turning_points/last_folder"
WGS84 = "EPSG:4326"

(
    COL_SEQ,
    COL_TYPE,
    COL_ENTRY,
    COL_COORD,
    COL_BEARING,
    COL_DISTANCE,
    COL_EASTING,
    COL_NORTHING,
    COL_STATUS,
    COL_REMARKS,
) = range(10)
TEXT_COLUMNS = (COL_COORD, COL_BEARING, COL_DISTANCE, COL_REMARKS)
COMPUTED_COLUMNS = (COL_SEQ, COL_EASTING, COL_NORTHING, COL_STATUS)
VALUE_ROLE = Qt.UserRole  # the exact computed easting/northing of a cell

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
)

ERROR_BACKGROUND = QColor(255, 222, 222)
ERROR_TEXT = QColor(170, 0, 0)
BLOCKED_TEXT = QColor(150, 95, 0)
OK_TEXT = QColor(0, 110, 0)
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
        """The point as typed: the coordinate, or the bearing and the distance ("3200; 45")."""
        if self.entry == COORDINATE:
            return self.coordinate
        return f"{self.bearing}; {self.distance}"


@dataclass
class Settings:
    unit: str = "deg"
    north: str = "grid"
    declination_deg: float = 0.0
    zone: int | None = None
    hemisphere: str = "N"


@dataclass
class RowResult:
    state: str  # "empty", "ok", "error" (this row is wrong), "blocked" (a row above is wrong)
    message: str = ""  # translated
    detail: str = ""  # the core's English sentence, for the tooltip
    point: TraversePoint | None = None  # working CRS
    format: str | None = None  # the coordinate format read (utm, mgrs, dd, dms)
    unit: str | None = None  # the unit and north of a bearing row as used
    north: str | None = None


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

    def points(self) -> list[tuple[RowInput, RowResult]]:
        """The rows that have a position."""
        return [(i, r) for i, r in zip(self.inputs, self.rows) if r.point is not None]


class BearingWordError(ValueError):
    """A word after a bearing that is neither a unit nor a north."""


def split_bearing(text: str) -> tuple[str, str | None, str | None]:
    """A bearing as typed: its number and the unit and north it names, if any
    ("3400 mil6000 magnetic", "45°", "45 deg true")."""
    tokens = str(text).replace("°", " ° ").split()
    if not tokens:
        return "", None, None
    number, unit, north = tokens[0], None, None
    for token in tokens[1:]:
        word = token.lower()
        if word in ("°", "deg"):
            unit = "deg"
        elif word in ANGLE_UNITS:
            unit = word
        elif word in NORTHS:
            north = word
        elif word == "mag":
            north = "magnetic"
        else:
            raise BearingWordError(token)
    return number, unit, north


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
    declination_deg: float,
    crs: str,
) -> TraversePoint:
    """The point at ``bearing`` and ``distance`` from ``xy``, computed by core.traverse as a
    one-leg traverse (grid, true or magnetic exactly as ``landrelease:traverse``). Two 1 m grid
    legs are appended only because a traverse needs three perimeter points; they come after
    the leg and do not change it. Raises TraverseError for a bad bearing or distance."""
    leg = Leg(seq=1, bearing=bearing, distance_m=distance, unit=unit, north=north)
    result = compute_traverse(
        xy, [leg, *_PADDING], unit, north, declination_deg, False, crs, "start"
    )
    return result.points[1]


def assemble(points: list[TraversePoint]) -> TraverseResult:
    """The perimeter, polygon and closure of computed points, as core.traverse defines them:
    the perimeter is the start, turning, intermediate and end points in order; the closure
    error is the distance from the last of them back to the first; the last is left out of the
    ring when it lies on the first. Raises TraverseError("too_few_points")."""
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
    if closure <= CLOSED_TOLERANCE_M:
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
    )


def coordinate_message(error: CoordinateError) -> str:
    """A translated sentence for a coordinate that cannot be read."""
    messages = {
        "empty": tr("Type the coordinate."),
        "unrecognised": tr(
            "Not a coordinate: write UTM (38N 612345 4412345), MGRS (38SNK 12345 12345), "
            "degrees (40.5 46.5) or DMS (40°07'24\"N 46°39'15\"E)."
        ),
        "ambiguous_comma": tr(
            "Decimal comma or two numbers? Separate latitude and longitude with a space or ;."
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
    }
    return messages.get(error.code, str(error))


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
        "bearing_not_numeric": tr("The bearing {} is not a number.").format(value),
        "distance_missing": tr("Type the distance."),
        "distance_not_numeric": tr("The distance {} is not a number.").format(value),
        "negative_distance": tr("The distance cannot be negative."),
        "unknown_unit": tr("Unknown bearing unit {}: use deg, mil6400, mil6000 or gon.").format(
            value
        ),
        "unknown_north": tr("Unknown north {}: use grid, true or magnetic.").format(value),
        "bad_declination": tr("The declination must lie between -180 and 180°, east positive."),
        "bad_crs": tr("True and magnetic bearings need a projected CRS that PROJ can read."),
        "too_few_points": tr(
            "A polygon needs at least 3 distinct perimeter points (start, turning, "
            "intermediate, end)."
        ),
    }
    return messages.get(error.code, str(error))


FORMAT_NAMES = {"utm": "UTM", "mgrs": "MGRS", "dd": "DD", "dms": "DMS"}


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


def compute_rows(
    inputs: list[RowInput],
    settings: Settings,
    target: QgsCoordinateReferenceSystem,
    context=None,
) -> Computation:
    """Every row's position or error, and the polygon with its closure when all rows are right."""
    context = context or QgsProject.instance()
    filled = [row for row in inputs if not row.is_empty()]
    first_lonlat = None
    if not (target.isValid() and not target.isGeographic()) and filled:
        try:
            first_lonlat = parse_coordinate(
                filled[0].coordinate, settings.zone, settings.hemisphere
            )[0]
        except CoordinateError:
            first_lonlat = None
    crs = working_crs(target, first_lonlat)
    to_working = QgsCoordinateTransform(QgsCoordinateReferenceSystem(WGS84), crs, context)
    traverse_crs = _pyproj_crs(crs)

    rows: list[RowResult] = []
    previous: TraversePoint | None = None  # the point the next leg starts from
    last_xy: tuple[float, float] | None = None  # any computed point (to check legs after errors)
    broken_at: int | None = None
    first = True
    for number, row in enumerate(inputs):
        if row.is_empty() and not (number == 0 and filled):
            rows.append(RowResult("empty"))
            continue
        is_first, first = first, False
        if row.is_empty():  # an empty first row with points after it: they start from it
            rows.append(
                RowResult(
                    "error",
                    tr(
                        "Type the coordinate of the first point (reference point, benchmark or "
                        "start point)."
                    ),
                )
            )
            broken_at = row.seq
            continue
        if row.entry == COORDINATE:
            try:
                lonlat, fmt = parse_coordinate(row.coordinate, settings.zone, settings.hemisphere)
                xy = to_working.transform(QgsPointXY(lonlat.lon, lonlat.lat))
            except CoordinateError as error:
                rows.append(RowResult("error", coordinate_message(error), str(error)))
                previous, broken_at = None, row.seq
                continue
            except QgsCsException as error:
                rows.append(
                    RowResult(
                        "error",
                        tr("The point cannot be placed in {}.").format(crs.authid()),
                        str(error),
                    )
                )
                previous, broken_at = None, row.seq
                continue
            point = TraversePoint(
                row.seq, row.point_type, xy.x(), xy.y(), None, None, None, None, None
            )
            result = RowResult("ok", point=point, format=fmt)
            if is_first and row.point_type not in FIRST_POINT_TYPES:
                result.state = "error"
                result.message = tr(
                    "The first point must be a reference point, a benchmark or the start point."
                )
            rows.append(result)
            previous, last_xy = point, (point.x, point.y)
            continue
        if is_first:
            rows.append(
                RowResult(
                    "error",
                    tr(
                        "The first point must be a coordinate (reference point, benchmark or "
                        "start point): the legs start from it."
                    ),
                )
            )
            broken_at = row.seq
            continue
        try:
            number, unit, north = split_bearing(row.bearing)
        except BearingWordError as word:
            rows.append(
                RowResult(
                    "error",
                    tr(
                        "{} after the bearing is neither a unit (deg, mil6400, mil6000, gon) nor "
                        "a north (grid, true, magnetic)."
                    ).format(word),
                )
            )
            previous, broken_at = None, row.seq
            continue
        unit, north = unit or settings.unit, north or settings.north
        origin = (previous.x, previous.y) if previous is not None else last_xy
        if origin is None:
            origin = _crs_centre(crs, context)
        try:
            step = traverse_step(
                origin,
                number,
                _distance_text(row.distance),
                unit,
                north,
                settings.declination_deg,
                traverse_crs,
            )
        except TraverseError as error:
            rows.append(
                RowResult(
                    "error", traverse_message(error, unit), error.detail, unit=unit, north=north
                )
            )
            previous, broken_at = None, row.seq
            continue
        if previous is None:
            rows.append(
                RowResult(
                    "blocked",
                    tr("Not computed: it starts from row {}, which has an error.").format(
                        broken_at
                    ),
                    unit=unit,
                    north=north,
                )
            )
            continue
        point = replace(step, seq=row.seq, point_type=row.point_type)
        rows.append(RowResult("ok", point=point, unit=unit, north=north))
        previous, last_xy = point, (point.x, point.y)

    computation = Computation(list(inputs), rows, crs)
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


def _looks_like_bearing(text: str) -> bool:
    try:
        number, _, _ = split_bearing(text)
    except BearingWordError:
        return False
    value = _number(number)
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
    if fields and point_type_code(fields[0]) and not _looks_like_bearing(fields[0]):
        point_type = point_type_code(fields[0])
        fields = fields[1:]
    values = {"point_type": point_type}
    if (
        not first_row
        and len(fields) >= 2
        and _looks_like_bearing(fields[0])
        and _number(fields[1]) is not None
    ):
        values.update(
            entry=BEARING, bearing=fields[0], distance=fields[1], remarks="; ".join(fields[2:])
        )
        return values
    for k in range(len(fields), 0, -1):
        text = " ".join(fields[:k])
        try:
            parse_coordinate(text, settings.zone, settings.hemisphere)
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
    declination_deg: float | None = None
    notes: list[str] = field(default_factory=list)


def read_csv(path: str, record_id: str | None = None) -> CsvTable:
    """The rows of a CSV of points or legs (traverse_leg columns: seq, point_type, bearing,
    bearing_unit, north, distance_m, remarks; and/or a coordinate column). The most common unit
    and north become the defaults; a leg in another one names it after its bearing. A file of
    legs only gets an empty reference point row first (its coordinate is not in the file)."""
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
                "remarks": value(record, "remarks"),
            }
        )
    legs = [p for p in parsed if p["entry"] == BEARING]
    units = Counter(p["unit"] for p in legs if p["unit"])
    norths = Counter(p["north"] for p in legs if p["north"])
    unit = units.most_common(1)[0][0] if units else None
    north = norths.most_common(1)[0][0] if norths else None
    declinations = [p["declination"] for p in legs if p["declination"] is not None]
    table = CsvTable([], unit, north, declinations[0] if declinations else None, notes)
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
    return table


def write_csv(path: str, computation: Computation, settings: Settings) -> int:
    """Write the typed rows and their computed positions as UTF-8 CSV; returns the row count."""
    count = 0
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for row, result in zip(computation.inputs, computation.rows):
            if row.is_empty():
                continue
            bearing = unit = north = distance = declination = ""
            if row.entry == BEARING:
                try:
                    number, own_unit, own_north = split_bearing(row.bearing)
                except BearingWordError:
                    number, own_unit, own_north = row.bearing, None, None
                bearing = number.replace(",", ".")
                unit = own_unit or settings.unit
                north = own_north or settings.north
                distance = _distance_text(row.distance).replace(",", ".")
                if north == "magnetic":
                    declination = f"{settings.declination_deg:g}"
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
                    declination,
                    easting,
                    northing,
                    row.remarks,
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
# The dialog
# ---------------------------------------------------------------------------------------------


class TurningPointsDialog(QDialog, FORM_CLASS):
    """Points as coordinates or bearing + distance, live on the map, saved as a hazard or handed
    to the Record land release dock (``polygonReady``)."""

    polygonReady = pyqtSignal(QgsGeometry, list)  # noqa: N815 - Qt signal naming
    hazardSaved = pyqtSignal(str)  # noqa: N815 - Qt signal naming

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
        self._target_chosen = target is not None
        self._items: list = []  # canvas items, shared with the clean-up on deletion
        self._polygon_band = self._chain_band = self._labels = None
        self._wheel_filter = _NoWheelUnlessFocused(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECOMPUTE_DELAY_MS)
        self._timer.timeout.connect(self.recompute)
        self.destroyed.connect(functools.partial(_remove_canvas_items, self.canvas, self._items))

        self._setup_widgets()
        self._setup_table()
        if target is None:
            target = "release" if hasattr(parent, "set_candidate_geometry") else "hazard"
        self.set_target(target)
        self.add_row()
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
        for code in model.CODE_LISTS["classification"].codes:
            self.classification_combo.addItem(code_label("classification", code.code), code.code)
        defaults = utm_defaults(self._target_crs())
        if defaults is None and self.project.crs().isValid():
            defaults = utm_defaults(self.project.crs())
        if defaults is not None:
            self.zone_spin.setValue(defaults[0])
            self.hemisphere_combo.setCurrentIndex(self.hemisphere_combo.findData(defaults[1]))
        if self.layers is not None:
            index = self.layers.hazard.fields().indexOf("district")
            if index >= 0:
                districts = sorted(str(v) for v in self.layers.hazard.uniqueValues(index) if v)
                self.district_edit.setCompleter(QCompleter(districts, self))

        icons = {
            self.add_row_button: "/symbologyAdd.svg",
            self.insert_row_button: "/mActionNewTableRow.svg",
            self.delete_row_button: "/symbologyRemove.svg",
            self.move_up_button: "/mActionArrowUp.svg",
            self.move_down_button: "/mActionArrowDown.svg",
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

        for combo in (self.unit_combo, self.north_combo, self.hemisphere_combo):
            combo.currentIndexChanged.connect(self._schedule)
        self.declination_spin.valueChanged.connect(self._schedule)
        self.zone_spin.valueChanged.connect(self._schedule)
        self.north_combo.currentIndexChanged.connect(self._update_declination)
        self.hazard_radio.toggled.connect(self._target_toggled)
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
        self.owner_id_edit.textChanged.connect(self._update_buttons)
        self._update_declination()

    def _setup_table(self):
        table = self.table
        headers = [
            tr("No."),
            tr("Point type"),
            tr("Entry"),
            tr("Coordinate"),
            tr("Bearing"),
            tr("Distance (m)"),
            tr("Easting"),
            tr("Northing"),
            tr("Status"),
            tr("Remarks"),
        ]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        tips = {
            COL_COORD: tr(
                "As written on the sheet: UTM (38N 612345 4412345), MGRS (38SNK 12345 12345), "
                "degrees (40.123456 46.654321) or DMS (40°07'24.4\"N 46°39'15.6\"E)"
            ),
            COL_BEARING: tr(
                "From the previous point, in the unit and north chosen above; a bearing may "
                "name its own: 3400 mil6000 magnetic"
            ),
            COL_DISTANCE: tr("From the previous point, metres"),
            COL_STATUS: tr("OK, or why the row cannot be computed"),
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
            COL_TYPE: (code_label("point_type", "intermediate"), combo_arrow),
            COL_ENTRY: (tr("Bearing + distance"), combo_arrow),
            COL_COORD: ("38SNK 12345 12345 ", 0),
            COL_BEARING: ("6000.0", 0),
            COL_DISTANCE: ("1000.0", 0),
            COL_EASTING: ("600000.00", 0),
            COL_NORTHING: ("4400000.00", 0),
            COL_STATUS: ("M" * 14, 0),
        }
        for column, (sample, extra) in samples.items():
            title = table.horizontalHeaderItem(column).text()
            width = max(metrics.horizontalAdvance(sample) + extra, metrics.horizontalAdvance(title))
            table.setColumnWidth(column, width + 12)
        header.setStretchLastSection(True)  # the remarks
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

    # --- target ---------------------------------------------------------------------------------

    def set_target(self, target: str) -> None:
        """Save as a "hazard" (saved here) or hand the polygon over for a "release"."""
        self._target_chosen = True
        radio = self.release_radio if target == "release" else self.hazard_radio
        radio.setChecked(True)
        self._target_toggled()

    def target(self) -> str:
        return "hazard" if self.hazard_radio.isChecked() else "release"

    def _target_toggled(self, *_):
        hazard = self.target() == "hazard"
        self.owner_label.setText(tr("Hazard ID") if hazard else tr("Release ID"))
        self.owner_id_edit.setPlaceholderText(
            tr("e.g. CHA-TAR-0001") if hazard else tr("optional: the dock's form has it")
        )
        for widget in (
            self.classification_label,
            self.classification_combo,
            self.district_label,
            self.district_edit,
        ):
            widget.setVisible(hazard)
        self.save_button.setText(tr("Save hazard") if hazard else tr("Use for land release"))
        self._schedule()

    def _target_layer(self):
        if self.layers is None:
            return None
        return self.layers.hazard if self.target() == "hazard" else self.layers.release

    def _target_crs(self) -> QgsCoordinateReferenceSystem:
        layer = self._target_layer()
        if layer is not None:
            return layer.crs()
        if self.project.crs().isValid():
            return self.project.crs()
        return QgsCoordinateReferenceSystem(model.DEFAULT_CRS)

    def _layers_will_be_removed(self, ids):
        if self.layers is None:
            return
        ours = (self.layers.release, self.layers.hazard, self.layers.survey_point)
        if any(sip.isdeleted(layer) or layer.id() in ids for layer in ours):
            self.layers = None
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

    def _new_combo(self, items, value) -> QComboBox:
        combo = QComboBox(self.table)
        for label, data in items:
            combo.addItem(label, data)
        combo.setCurrentIndex(max(combo.findData(value), 0))
        combo.setFocusPolicy(Qt.StrongFocus)
        combo.installEventFilter(self._wheel_filter)
        combo.currentIndexChanged.connect(self._schedule)
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
                if column in (COL_SEQ, COL_EASTING, COL_NORTHING, COL_BEARING, COL_DISTANCE):
                    item.setTextAlignment(int(Qt.AlignRight | Qt.AlignVCenter))
                self.table.setItem(row, column, item)
            types = [
                (code_label("point_type", c.code), c.code)
                for c in model.CODE_LISTS["point_type"].codes
            ]
            entries = [(tr("Coordinate"), COORDINATE), (tr("Bearing + distance"), BEARING)]
            self.table.setCellWidget(
                row, COL_TYPE, self._new_combo(types, point_type or self._guess_type(row))
            )
            entry = entry or (COORDINATE if row == 0 else BEARING)
            self.table.setCellWidget(row, COL_ENTRY, self._new_combo(entries, entry))
        finally:
            self._updating = False

    def _renumber(self):
        self._updating = True
        try:
            for row in range(self.table.rowCount()):
                self.table.item(row, COL_SEQ).setText(str(row + 1))
        finally:
            self._updating = False

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
        self.table.setRowCount(0)
        self._ensure_rows(max(len(rows), 1))
        for i, row in enumerate(rows):
            self._write_row(i, row)
        self._schedule()

    def add_row(self, edit: bool = False) -> int:
        """Append a row (type and entry guessed from the rows above); returns its index."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._init_row(row)
        self._renumber()
        if edit:
            self._edit(row)
        self._schedule()
        return row

    def insert_row(self) -> int:
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
        if item.text().strip() and column in (COL_COORD, COL_BEARING, COL_DISTANCE):
            wanted = COORDINATE if column == COL_COORD else BEARING
            combo = self._combo(row, COL_ENTRY)
            if combo is not None and combo.currentData() != wanted:
                combo.setCurrentIndex(combo.findData(wanted))
        self._schedule()

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
        return Settings(
            unit=self.unit_combo.currentData(),
            north=self.north_combo.currentData(),
            declination_deg=self.declination_spin.value(),
            zone=self.zone_spin.value() or None,
            hemisphere=self.hemisphere_combo.currentData(),
        )

    def _update_declination(self, *_):
        magnetic = self.north_combo.currentData() == "magnetic"
        self.declination_spin.setEnabled(magnetic or self._any_magnetic_row())

    def _any_magnetic_row(self) -> bool:
        return any(
            "mag" in self._text(r, COL_BEARING).lower() for r in range(self.table.rowCount())
        )

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
        computation = compute_rows(self.rows(), self.settings(), self._target_crs(), self.project)
        self._computation = computation
        self._update_declination()
        self._show_rows(computation)
        self._show_closure(computation)
        self._show_preview(computation)
        self._update_buttons()

    def _display_transform(self, computation: Computation):
        target = self._target_crs()
        if target == computation.crs:
            return None, target
        return QgsCoordinateTransform(computation.crs, target, self.project), target

    def _show_rows(self, computation: Computation) -> None:
        transform, target = self._display_transform(computation)
        geographic = target.isGeographic()
        to_wgs84 = QgsCoordinateTransform(
            computation.crs, QgsCoordinateReferenceSystem(WGS84), self.project
        )
        unit_name = target.authid() or target.description()
        names = (tr("Longitude"), tr("Latitude")) if geographic else (tr("Easting"), tr("Northing"))
        self.table.horizontalHeaderItem(COL_EASTING).setText(names[0])
        self.table.horizontalHeaderItem(COL_NORTHING).setText(names[1])
        self.table.horizontalHeaderItem(COL_EASTING).setToolTip(
            tr("Computed, in {}").format(unit_name)
        )
        self.table.horizontalHeaderItem(COL_NORTHING).setToolTip(
            tr("Computed, in {}").format(unit_name)
        )
        self.crs_label.setText(
            tr("Points computed in {}").format(computation.crs.userFriendlyIdentifier())
        )
        self._updating = True
        try:
            for row, (values, result) in enumerate(zip(computation.inputs, computation.rows)):
                self._show_row(row, values, result, transform, to_wgs84, geographic)
        finally:
            self._updating = False

    def _show_row(self, row, values, result, transform, to_wgs84, geographic) -> None:
        easting, northing = self.table.item(row, COL_EASTING), self.table.item(row, COL_NORTHING)
        status = self.table.item(row, COL_STATUS)
        tooltip = ""
        if result.point is not None:
            point = QgsPointXY(result.point.x, result.point.y)
            try:
                shown = transform.transform(point) if transform is not None else point
                lonlat = to_wgs84.transform(point)
                tooltip = "\n".join(
                    (
                        format_dd(lonlat.x(), lonlat.y()),
                        format_dms(lonlat.x(), lonlat.y()),
                        format_utm(lonlat.x(), lonlat.y()),
                        format_mgrs(lonlat.x(), lonlat.y()),
                    )
                )
            except (QgsCsException, CoordinateError):
                shown = point
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
        if result.state == "empty":
            text, colour = "", None
        elif result.state == "ok":
            text = tr("OK")
            if result.format:
                text = tr("OK · {}").format(FORMAT_NAMES.get(result.format, result.format))
            colour = OK_TEXT
        elif result.state == "blocked":
            text, colour = result.message, BLOCKED_TEXT
        else:
            text, colour = result.message, ERROR_TEXT
        status.setText(text)
        status.setForeground(QBrush(colour) if colour is not None else QBrush())
        details = [text] if text else []
        if result.detail and result.detail != text:
            details.append(result.detail)
        if result.point is not None and result.point.azimuth_grid_deg is not None:
            details.append(tr("Grid azimuth {:.4f}°").format(result.point.azimuth_grid_deg))
        status.setToolTip("\n".join(details))
        error = result.state == "error"
        unused = (COL_BEARING, COL_DISTANCE) if values.entry == COORDINATE else (COL_COORD,)
        for column in range(self.table.columnCount()):
            item = self.table.item(row, column)
            if item is None:
                continue
            if error:
                item.setBackground(QBrush(ERROR_BACKGROUND))
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
        if not computation.valid:
            text += " — " + tr("the sides cross: not a valid polygon")
        elif error > CLOSURE_TOLERANCE_M:
            text += " — " + tr("above the {} m tolerance: check the legs").format(
                self._locale_number(CLOSURE_TOLERANCE_M, 0)
            )
        return text

    def _show_closure(self, computation: Computation) -> None:
        self.closure_label.setText(self.closure_text(computation))
        result = computation.result
        if result is None:
            colour = ERROR_TEXT if computation.errors else QColor(70, 70, 70)
        elif not computation.valid:
            colour = ERROR_TEXT
        elif result.closure_error_m > CLOSURE_TOLERANCE_M:
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
        self.move_up_button.setEnabled(self.table.rowCount() > 1)
        self.move_down_button.setEnabled(self.table.rowCount() > 1)

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

    def survey_points(self, owner_id: str | None = None) -> list[QgsFeature]:
        """survey_point features of the computed rows (in that layer's CRS), with entered_as the
        text as typed; [] without a database."""
        if self.layers is None:
            return []
        layer = self.layers.survey_point
        computation = self.computation()
        transform = QgsCoordinateTransform(computation.crs, layer.crs(), self.project)
        fields = layer.fields()
        features = []
        for values, result in computation.points():
            point = transform.transform(QgsPointXY(result.point.x, result.point.y))
            attributes = {
                "owner_id": owner_id,
                "point_type": values.point_type,
                "seq": values.seq,
                "entered_as": values.entered_as,
                "remarks": values.remarks or None,
            }
            if values.entry == BEARING:
                attributes.update(
                    bearing=_number(split_bearing(values.bearing)[0]),
                    bearing_unit=result.unit,
                    north=result.north,
                    distance_m=_number(values.distance),
                )
            feature = QgsVectorLayerUtils.createFeature(
                layer,
                QgsGeometry.fromPointXY(point),
                {fields.indexOf(k): v for k, v in attributes.items() if fields.indexOf(k) >= 0},
            )
            features.append(feature)
        return features

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
        owner = self.owner_id_edit.text().strip() or None
        self.polygonReady.emit(geometry, self.survey_points(owner))
        self.accept()
        return True

    def save(self) -> None:
        if self.target() == "release":
            self.use_for_land_release()
            return
        try:
            hazard_id = self.save_as_hazard(
                self.owner_id_edit.text(),
                self.classification_combo.currentData(),
                self.district_edit.text(),
            )
        except SaveError as error:
            self._message(str(error), "error")
            return
        count = len(self.computation().points())
        text = tr("Hazard {} saved with {} survey points.").format(hazard_id, count)
        self._message(text, "success")
        if self.iface is not None:
            self.iface.messageBar().pushMessage(tr("Land Release"), text, Qgis.Success, 5)

    def _message(self, text: str, level: str = "info") -> None:
        colours = {"error": ERROR_TEXT, "success": OK_TEXT, "info": QColor(60, 60, 60)}
        self.message_label.setStyleSheet(f"color: {colours.get(level, colours['info']).name()};")
        self.message_label.setText(text)

    # --- CSV ------------------------------------------------------------------------------------

    def import_csv(self, path: str, record_id: str | None = None) -> int:
        """Replace the table by the rows of a CSV file; returns the number of rows read."""
        table = read_csv(path, record_id)
        for combo, code in ((self.unit_combo, table.unit), (self.north_combo, table.north)):
            if code and combo.findData(code) >= 0:
                combo.setCurrentIndex(combo.findData(code))
        if table.declination_deg is not None:
            self.declination_spin.setValue(table.declination_deg)
        self.set_rows(table.rows)
        notes = [tr("{} rows read from {}.").format(len(table.rows), Path(path).name)]
        self._message(" ".join(notes + table.notes), "info")
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
                tr("Replace the {} rows of the table by the file's?").format(filled),
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
