"""Point files a released polygon is read from: GPX, CSV and GeoJSON (or any OGR vector file).

GPX and vector files are read by OGR: track points, else route points, else waypoints of a GPX
file, in order; polygons merged, lines and points joined in order (:mod:`.source_polygon`).
CSV text is decoded and split into rows by :mod:`..core.csv_text` (encodings, ``sep=`` and blank
lines, the separator); its coordinates are read as the Turning points dialog reads them
(``core.coordinates``): a column of coordinates as written (UTM, MGRS, degrees, DMS,
Gauss–Krüger), or latitude and longitude columns in any degree form; the rows that cannot be
read, or read two ways, are refused by line with the reason. Easting/northing columns in a
chosen CRS are plain numbers; a separator that may be a decimal or a thousands one
(``600,210``) is refused. Every refusal is a :class:`SourceError` with a translated sentence.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

from qgis.core import QgsCoordinateReferenceSystem, QgsFeatureRequest, QgsPointXY, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from ..core.coordinates import CoordinateError, parse_coordinate
from ..core.csv_text import CsvHeader, TextFileError, decode_text, read_header, split_rows
from .coordinate_messages import coordinate_message
from .source_polygon import (
    WGS84,
    SourceError,
    SourcePolygon,
    polygon_from_features,
    polygon_from_points,
)

# Column names (lower case, letters only) that hold coordinates, best first.
LON_NAMES = ("lon", "long", "lng", "longitude", "lonx", "londd", "longitudedd")
LAT_NAMES = ("lat", "latitude", "laty", "latdd", "latitudedd")
X_NAMES = ("x", "easting", "east", "e", "xcoord", "xm", "utmx", "utme")
Y_NAMES = ("y", "northing", "north", "n", "ycoord", "ym", "utmy", "utmn")
# A column of whole coordinates as written ("38N 612345 4412345", "X=4430293 Y=8664944"…).
COORDINATE_NAMES = (
    "coordinate",
    "coordinates",
    "coord",
    "enteredas",
    "position",
    "location",
    "mgrs",
    "utm",
    "koordinat",
    "koordinatlar",
    "координата",
    "координаты",
)
MAX_REPORTED_LINES = 5  # lines named in a refusal; the others are counted

FILE_FILTER_EXTENSIONS = "*.gpx *.GPX *.csv *.CSV *.txt *.geojson *.GEOJSON *.json *.JSON"


def tr(text: str) -> str:
    return QCoreApplication.translate("RecordReleaseDock", text)


def tr_n(text: str, count: int) -> str:
    """``text`` with ``%n`` replaced by ``count``, in the plural form of the language."""
    return QCoreApplication.translate("RecordReleaseDock", text, "", count)


@dataclass
class CsvLayout:
    """How to read coordinates from a CSV file."""

    headers: list[str]
    delimiter: str
    x: str | None  # column name of x / longitude
    y: str | None  # column name of y / latitude
    geographic: bool  # the columns are named lon/lat
    obvious: bool  # both columns were found by their names
    coordinate: str | None = None  # a column of whole coordinates as written (then x, y unused)
    skip_lines: int = 0  # lines before the header (blank lines, Excel's "sep=;")

    def default_crs(self, projected: QgsCoordinateReferenceSystem | None = None):
        """EPSG:4326 for lon/lat columns, else ``projected`` (the database's CRS) if given."""
        if self.geographic or projected is None or not projected.isValid():
            return QgsCoordinateReferenceSystem(WGS84)
        return QgsCoordinateReferenceSystem(projected)


# --- GPX and vector files ----------------------------------------------------------------------


def _ogr_layer(uri: str) -> QgsVectorLayer | None:
    layer = QgsVectorLayer(uri, "source", "ogr")
    return layer if layer.isValid() else None


def _why_unreadable(path: str) -> str:
    """GDAL's reason why ``path`` cannot be opened (e.g. the XML or JSON error and its line)."""
    from osgeo import gdal, ogr

    messages: list[str] = []

    def collect(level, _number, message):
        if level >= gdal.CE_Failure and message.strip() not in messages:
            messages.append(message.strip())

    gdal.PushErrorHandler(collect)
    try:
        dataset = ogr.Open(path)
    except RuntimeError as error:
        collect(gdal.CE_Failure, 0, str(error))
        dataset = None
    finally:
        gdal.PopErrorHandler()
    return "" if dataset is not None else "; ".join(messages)


def _unreadable(path: str, what: str) -> SourceError:
    reason = _why_unreadable(path)
    name = Path(path).name
    if reason:
        return SourceError(tr("{} cannot be read as {}: {}").format(name, what, reason))
    return SourceError(tr("{} cannot be read as {}.").format(name, what))


def read_gpx(path: str) -> SourcePolygon:
    """Track points, else route points, else waypoints of a GPX file, in order."""
    name = Path(path).name
    if _ogr_layer(path) is None:
        raise _unreadable(path, tr("a GPX file"))
    for layer_name, label in (
        ("tracks", tr("GPX track")),
        ("routes", tr("GPX route")),
        ("waypoints", tr("GPX waypoints")),
    ):
        layer = _ogr_layer(f"{path}|layername={layer_name}")
        if layer is None or not _has_vertices(layer):
            continue
        request = QgsFeatureRequest().addOrderBy("$id", True)
        where = tr("{} ({})").format(name, label)
        geometry, count, _kind = polygon_from_features(layer, request, where)
        crs = layer.crs() if layer.crs().isValid() else QgsCoordinateReferenceSystem(WGS84)
        return SourcePolygon(geometry, crs, tr_n("{}: %n point(s)", count).format(where))
    raise SourceError(
        tr(
            "{} has no track, route or waypoint with a position: nothing to make a polygon of."
        ).format(name)
    )


def _has_vertices(layer: QgsVectorLayer) -> bool:
    return any(
        not feature.geometry().isNull() and not feature.geometry().isEmpty()
        for feature in layer.getFeatures()
    )


def read_vector_file(path: str) -> SourcePolygon:
    """Polygons (merged), lines or points (in order) of a GeoJSON or other OGR vector file."""
    name = Path(path).name
    layer = _ogr_layer(path)
    if layer is None:
        raise _unreadable(path, tr("a vector file (GeoJSON)"))
    geometry, count, kind = polygon_from_features(layer, None, name)
    crs = layer.crs() if layer.crs().isValid() else QgsCoordinateReferenceSystem(WGS84)
    if kind == "polygon":
        description = tr_n("{}: %n polygon(s)", count).format(name)
    elif kind == "line":
        description = tr_n("{}: %n point(s) of its lines joined into a polygon", count).format(name)
    else:
        description = tr_n("{}: %n point(s) joined into a polygon", count).format(name)
    return SourcePolygon(geometry, crs, description)


# --- CSV text ----------------------------------------------------------------------------------


def text_file_message(error: TextFileError) -> str:
    """A translated sentence for a file :mod:`..core.csv_text` cannot read as CSV text."""
    values = error.values
    file, line = values.get("file", ""), values.get("line")
    if error.code == "encoding_unclear":
        shown = "; ".join(
            tr("as {}: '{}'").format(_encoding_label(encoding), text)
            for encoding, text in values["readings"].items()
        )
        return tr(
            "{}: the file is not UTF-8, and line {} cannot be read for sure ({}). Save the "
            "file as CSV UTF-8 and open it again."
        ).format(file, line, shown or tr("in no known encoding"))
    if error.code == "separator_unclear":
        return tr(
            "{}: the separator is unclear: line {} splits into columns at a {}. Keep one "
            "separator between the columns."
        ).format(file, line, tr(" and at a ").join(map(_separator_name, values["separators"])))
    if error.code == "unreadable":
        return tr("{} cannot be read: {}").format(file, values["reason"])
    if error.code == "not_text":
        return tr(
            "{}: line {} is not text in {} (byte {:#04x}): save the file as CSV UTF-8 "
            "and open it again."
        ).format(file, line, values["encoding"], values["byte"])
    if error.code == "nul_characters":
        return tr(
            "{}: line {} holds NUL characters: it is not a text file, or UTF-16 without its "
            "byte order mark. Save it as CSV UTF-8 and open it again."
        ).format(file, line)
    if error.code == "empty":
        return tr("{} is empty: it has no header line and no coordinates.").format(file)
    if error.code == "bad_csv_line":
        return tr("{}: line {} cannot be read as CSV: {}").format(file, line, values["reason"])
    return str(error)


def _encoding_label(encoding: str) -> str:
    return {"cp1251": tr("Cyrillic (windows-1251)"), "cp1252": tr("Western (windows-1252)")}[
        encoding
    ]


def _separator_name(delimiter: str) -> str:
    names = {";": tr("semicolon"), ",": tr("comma"), "\t": tr("tab"), "|": tr("vertical bar")}
    return names.get(delimiter, f"'{delimiter}'")


def _csv_header(path: str) -> CsvHeader:
    """The header of the CSV file ``path``; refused as a :class:`SourceError`."""
    try:
        return read_header(decode_text(path), Path(path).name)
    except TextFileError as error:
        raise SourceError(text_file_message(error)) from None


# --- CSV columns and rows ----------------------------------------------------------------------


def _key(name: str) -> str:
    return re.sub(r"[\W\d_]", "", name.strip().lower())


def _find(headers: list[str], names: tuple[str, ...]) -> str | None:
    keys = {_key(h): h for h in reversed(headers)}
    for name in names:
        if name in keys:
            return keys[name]
    return None


class _LineError(ValueError):
    """A CSV line whose coordinate cannot be read; the message says why."""


def _number(text: str) -> float:
    """A projected coordinate: digits with a decimal point or a decimal comma; spaces as
    thousands separators. A single separator followed by exactly three digits ("600,210",
    "4.400") may be a decimal or a thousands one: refused."""
    text = text.strip().replace("\u00a0", "").replace(" ", "")
    if re.fullmatch(r"[+-]?\d{1,3}[.,]\d{3}", text):
        raise _LineError(
            tr(
                "In {} the separator may be a decimal mark or a thousands separator: write the "
                "number without thousands separators."
            ).format(text)
        )
    if text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")  # decimal comma
    try:
        value = float(text)
    except ValueError:
        raise _LineError(tr("{} is not a number.").format(text or "''")) from None
    if not math.isfinite(value):
        raise _LineError(tr("{} is not a number.").format(text))
    return value


def csv_layout(path: str) -> CsvLayout:
    """Which columns of the CSV file ``path`` hold the coordinates, found by their names."""
    name = Path(path).name
    header = _csv_header(path)
    headers, delimiter, skip = list(header.names), header.separator, header.skip_lines
    lon, lat = _find(headers, LON_NAMES), _find(headers, LAT_NAMES)
    if lon and lat:
        return CsvLayout(headers, delimiter, lon, lat, True, True, skip_lines=skip)
    coordinate = _find(headers, COORDINATE_NAMES)
    if coordinate:
        return CsvLayout(headers, delimiter, None, None, True, True, coordinate, skip)
    if len(headers) < 2:
        raise SourceError(
            tr(
                "{}: line {} ({}) has one column and it is not a column of coordinates: "
                "separate the columns with a semicolon, a comma or a tab."
            ).format(name, skip + 1, (headers[0] if headers else "")[:60])
        )
    x, y = _find(headers, X_NAMES), _find(headers, Y_NAMES)
    if x and y:
        return CsvLayout(headers, delimiter, x, y, False, True, skip_lines=skip)
    return CsvLayout(headers, delimiter, headers[0], headers[1], False, False, skip_lines=skip)


def _coordinate(text: str) -> QgsPointXY:
    """A coordinate as written, read by core.coordinates (WGS 84 longitude, latitude)."""
    try:
        lonlat, _fmt = parse_coordinate(text)
    except CoordinateError as error:
        raise _LineError(coordinate_message(error)) from None
    return QgsPointXY(lonlat.lon, lonlat.lat)


def _point(cells: dict, layout: CsvLayout, geographic: bool) -> QgsPointXY | None:
    """The point of a CSV row (None for an empty row); _LineError says why it cannot be read."""
    if layout.coordinate:
        text = (cells.get(layout.coordinate) or "").strip()
        return _coordinate(text) if text else None
    x_text, y_text = (cells.get(layout.x) or "").strip(), (cells.get(layout.y) or "").strip()
    if not x_text and not y_text:
        return None
    if geographic:  # latitude then longitude, in any degree form the dialog reads
        return _coordinate(f"{y_text}; {x_text}")
    return QgsPointXY(_number(x_text), _number(y_text))


def read_csv(
    path: str, layout: CsvLayout | None = None, crs: QgsCoordinateReferenceSystem | None = None
) -> SourcePolygon:
    """The points of a CSV file in row order; empty rows are skipped; rows whose coordinates
    cannot be read (or read two ways) are refused by line, with the reason."""
    layout = layout or csv_layout(path)
    if not layout.coordinate and (not layout.x or not layout.y or layout.x == layout.y):
        raise SourceError(tr("Choose the two columns that hold the coordinates."))
    if layout.coordinate:
        crs = QgsCoordinateReferenceSystem(WGS84)
    crs = crs if crs is not None and crs.isValid() else layout.default_crs()
    name = Path(path).name
    points = _csv_points(path, layout, crs.isGeographic())
    if crs.isGeographic():
        _check_lonlat_range(points, name)
    if not points:
        raise SourceError(tr("{} has no row with coordinates under its header line.").format(name))
    try:
        geometry = polygon_from_points(points)
    except SourceError as error:
        raise SourceError(tr("{}: {}").format(name, error)) from None
    return SourcePolygon(geometry, crs, tr_n("{}: %n point(s)", len(points)).format(name))


def _csv_points(path: str, layout: CsvLayout, geographic: bool) -> list[QgsPointXY]:
    """The points of the rows of a CSV file, in order; refused with every line that cannot be
    read and why (the first :data:`MAX_REPORTED_LINES` named, the others counted)."""
    name = Path(path).name
    header = CsvHeader(layout.skip_lines, layout.delimiter, tuple(layout.headers))
    try:
        rows = split_rows(decode_text(path), name, header)
    except TextFileError as error:
        raise SourceError(text_file_message(error)) from None
    points, problems = [], []
    for row in rows:
        try:
            point = _point(row.cells, layout, geographic)
        except _LineError as error:
            problems.append((row.line, error))
            continue
        if point is not None:
            points.append(point)
    if problems:
        listed = [
            tr("line {}: {}").format(line, error) for line, error in problems[:MAX_REPORTED_LINES]
        ]
        more = len(problems) - MAX_REPORTED_LINES
        if more > 0:
            listed.append(tr_n("and %n more line(s)", more))
        raise SourceError(
            tr("{file}: {count} line(s) cannot be read, nothing was taken: {lines}").format(
                file=name, count=len(problems), lines="; ".join(listed)
            )
        )
    return points


def _check_lonlat_range(points: list[QgsPointXY], name: str) -> None:
    for point in points:
        if abs(point.x()) > 180 or abs(point.y()) > 90:
            raise SourceError(
                tr(
                    "{file} has coordinates outside longitude/latitude range ({x}, {y}): "
                    "choose the CRS they are in."
                ).format(file=name, x=point.x(), y=point.y())
            )


def is_csv(path: str) -> bool:
    return Path(path).suffix.lower() in (".csv", ".txt")


def read_polygon_file(
    path: str, layout: CsvLayout | None = None, crs: QgsCoordinateReferenceSystem | None = None
) -> SourcePolygon:
    """A polygon from a GPX, CSV (with ``layout`` and ``crs``, else guessed) or vector file."""
    if not Path(path).is_file():
        raise SourceError(tr("{} does not exist.").format(path))
    suffix = Path(path).suffix.lower()
    if suffix == ".gpx":
        return read_gpx(path)
    if is_csv(path):
        return read_csv(path, layout, crs)
    return read_vector_file(path)
