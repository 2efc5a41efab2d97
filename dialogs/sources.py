"""Where a released polygon comes from: selected features, GPX, CSV and GeoJSON files.

Plain QGIS (no ``iface``): every function returns a :class:`SourcePolygon` in the source's own
CRS, or raises :class:`SourceError` with a translated sentence that says what is wrong.
Points (GPX waypoints, track and route points, CSV rows, point features) are joined in the order
of the file into one ring; polygons are merged; lines give their vertices in order.

CSV coordinates are read as the Turning points dialog reads them (``core.coordinates``): a
column of coordinates as written (UTM, MGRS, degrees, DMS, Gauss–Krüger), or latitude and
longitude columns in any degree form; the rows that cannot be read, or read two ways, are
refused by line with the reason. Easting/northing columns in a chosen CRS are plain numbers; a
separator that may be a decimal or a thousands one (``600,210``) is refused.
"""

from __future__ import annotations

import csv
import io
import math
import re
from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.coordinates import CoordinateError, parse_coordinate

WGS84 = "EPSG:4326"
# Two vertices closer than this (in the source's units) are one point, e.g. a closing vertex.
_SAME_POINT = 1e-9

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


class SourceError(Exception):
    """The source cannot give a polygon; ``str(error)`` is a translated, user-ready sentence."""


@dataclass
class SourcePolygon:
    geometry: QgsGeometry
    crs: QgsCoordinateReferenceSystem
    description: str  # e.g. "GPX track: 14 points", shown to the user


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

    def default_crs(self, projected: QgsCoordinateReferenceSystem | None = None):
        """EPSG:4326 for lon/lat columns, else ``projected`` (the database's CRS) if given."""
        if self.geographic or projected is None or not projected.isValid():
            return QgsCoordinateReferenceSystem(WGS84)
        return QgsCoordinateReferenceSystem(projected)


# --- geometry helpers ------------------------------------------------------------------------


def _flat(geometry: QgsGeometry) -> QgsGeometry:
    """A copy without curves, Z or M: the land release layer stores plain 2D polygons."""
    geometry = QgsGeometry(geometry)
    if geometry.isNull():
        return geometry
    if QgsWkbTypes.isCurvedType(geometry.wkbType()):
        geometry = QgsGeometry(geometry.constGet().segmentize())
    abstract = geometry.get()
    abstract.dropZValue()
    abstract.dropMValue()
    return geometry


def _single_if_possible(geometry: QgsGeometry) -> QgsGeometry:
    if geometry.isMultipart() and len(geometry.asGeometryCollection()) == 1:
        geometry.convertToSingleType()
    return geometry


def polygon_from_points(points: list[QgsPointXY]) -> QgsGeometry:
    """A polygon through ``points`` in order; the ring is closed, repeated points dropped."""
    ring: list[QgsPointXY] = []
    for point in points:
        if ring and ring[-1].sqrDist(point) <= _SAME_POINT**2:
            continue
        ring.append(QgsPointXY(point))
    if len(ring) > 1 and ring[0].sqrDist(ring[-1]) <= _SAME_POINT**2:
        ring.pop()
    if len(ring) < 3:
        raise SourceError(
            tr("A polygon needs at least 3 different points; this source has {}.").format(len(ring))
        )
    ring.append(QgsPointXY(ring[0]))
    return QgsGeometry.fromPolygonXY([ring])


def _vertices(geometry: QgsGeometry) -> list[QgsPointXY]:
    return [QgsPointXY(v.x(), v.y()) for v in geometry.vertices()]


def _polygon_from_features(
    layer: QgsVectorLayer, request: QgsFeatureRequest | None = None
) -> tuple[QgsGeometry, int, str]:
    """Merge polygons, or join vertices of lines / points in order.

    Returns (geometry, count, kind) where kind is "polygon", "line" or "point".
    """
    polygons: list[QgsGeometry] = []
    points: list[QgsPointXY] = []
    kinds = set()
    count = 0
    for feature in layer.getFeatures(request or QgsFeatureRequest()):
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            continue
        geometry = _flat(geometry)
        kind = geometry.type()
        count += 1
        if kind == QgsWkbTypes.PolygonGeometry:
            polygons.append(geometry)
            kinds.add("polygon")
        elif kind in (QgsWkbTypes.LineGeometry, QgsWkbTypes.PointGeometry):
            points.extend(_vertices(geometry))
            kinds.add("line" if kind == QgsWkbTypes.LineGeometry else "point")
    if polygons:
        merged = QgsGeometry.unaryUnion(polygons) if len(polygons) > 1 else polygons[0]
        if merged.isNull() or merged.isEmpty():
            raise SourceError(tr("The polygons cannot be merged: {}").format(merged.lastError()))
        return _single_if_possible(merged), count, "polygon"
    if points:
        kind = "line" if "line" in kinds else "point"
        return polygon_from_points(points), len(points), kind
    raise SourceError(tr("The source has no geometry that can make a polygon."))


# --- selected features -------------------------------------------------------------------------


def polygon_from_selection(layer) -> SourcePolygon:
    """The selected polygons of ``layer``, merged, in the layer's CRS."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
        raise SourceError(tr("Make a vector layer with the released polygon the active layer."))
    if layer.geometryType() != QgsWkbTypes.PolygonGeometry:
        raise SourceError(
            tr("The active layer {} has no polygons. Select polygons in a polygon layer.").format(
                layer.name()
            )
        )
    ids = layer.selectedFeatureIds()
    if not ids:
        raise SourceError(
            tr("Nothing is selected in {}. Select the released polygon first.").format(layer.name())
        )
    request = QgsFeatureRequest().setFilterFids(ids)
    geometry, count, _kind = _polygon_from_features(layer, request)
    return SourcePolygon(
        geometry, layer.crs(), tr_n("%n selected feature(s) of {}", count).format(layer.name())
    )


# --- files -------------------------------------------------------------------------------------


def _ogr_layer(uri: str) -> QgsVectorLayer | None:
    layer = QgsVectorLayer(uri, "source", "ogr")
    return layer if layer.isValid() else None


def read_gpx(path: str) -> SourcePolygon:
    """Track points, else route points, else waypoints of a GPX file, in order."""
    for name, label in (
        ("tracks", tr("GPX track")),
        ("routes", tr("GPX route")),
        ("waypoints", tr("GPX waypoints")),
    ):
        layer = _ogr_layer(f"{path}|layername={name}")
        if layer is None or layer.featureCount() == 0:
            continue
        request = QgsFeatureRequest().addOrderBy("$id", True)
        geometry, count, _kind = _polygon_from_features(layer, request)
        crs = layer.crs() if layer.crs().isValid() else QgsCoordinateReferenceSystem(WGS84)
        return SourcePolygon(geometry, crs, tr_n("{}: %n point(s)", count).format(label))
    raise SourceError(tr("{} has no track, route or waypoints.").format(Path(path).name))


def read_vector_file(path: str) -> SourcePolygon:
    """Polygons (merged), lines or points (in order) of a GeoJSON or other OGR vector file."""
    layer = _ogr_layer(path)
    if layer is None:
        raise SourceError(tr("{} cannot be read as a vector file.").format(Path(path).name))
    geometry, count, kind = _polygon_from_features(layer)
    crs = layer.crs() if layer.crs().isValid() else QgsCoordinateReferenceSystem(WGS84)
    if kind == "polygon":
        description = tr_n("{}: %n polygon(s)", count).format(Path(path).name)
    else:
        description = tr_n("{}: %n point(s)", count).format(Path(path).name)
    return SourcePolygon(geometry, crs, description)


def _read_text(path: str) -> str:
    data = Path(path).read_bytes()
    for encoding in ("utf-8-sig", "cp1251", "latin-1"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def _key(name: str) -> str:
    return re.sub(r"[\W\d_]", "", name.strip().lower())


def _find(headers: list[str], names: tuple[str, ...]) -> str | None:
    keys = {_key(h): h for h in reversed(headers)}
    for name in names:
        if name in keys:
            return keys[name]
    return None


def _sniff(text: str) -> tuple[list[str], str]:
    sample = "\n".join(text.splitlines()[:20])
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        delimiter = ","
    rows = csv.reader(io.StringIO(text), delimiter=delimiter)
    headers = next(rows, [])
    return [h.strip() for h in headers], delimiter


def csv_layout(path: str) -> CsvLayout:
    """Which columns of the CSV file ``path`` hold the coordinates, found by their names."""
    headers, delimiter = _sniff(_read_text(path))
    if not headers:
        raise SourceError(tr("{} is empty.").format(Path(path).name))
    lon, lat = _find(headers, LON_NAMES), _find(headers, LAT_NAMES)
    if lon and lat:
        return CsvLayout(headers, delimiter, lon, lat, True, True)
    coordinate = _find(headers, COORDINATE_NAMES)
    if coordinate:
        return CsvLayout(headers, delimiter, None, None, True, True, coordinate)
    x, y = _find(headers, X_NAMES), _find(headers, Y_NAMES)
    if x and y:
        return CsvLayout(headers, delimiter, x, y, False, True)
    first = headers[0] if headers else None
    second = headers[1] if len(headers) > 1 else None
    return CsvLayout(headers, delimiter, first, second, False, False)


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


def _coordinate(text: str) -> QgsPointXY:
    """A coordinate as written, read by core.coordinates (WGS 84 longitude, latitude)."""
    from .turning_points import coordinate_message

    try:
        lonlat, _fmt = parse_coordinate(text)
    except CoordinateError as error:
        raise _LineError(coordinate_message(error)) from None
    return QgsPointXY(lonlat.lon, lonlat.lat)


def _point(row: dict, layout: CsvLayout, geographic: bool) -> QgsPointXY | None:
    """The point of a CSV row (None for an empty row); _LineError says why it cannot be read."""
    if layout.coordinate:
        text = (row.get(layout.coordinate) or "").strip()
        return _coordinate(text) if text else None
    x_text, y_text = (row.get(layout.x) or "").strip(), (row.get(layout.y) or "").strip()
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
    text = _read_text(path)
    reader = csv.DictReader(io.StringIO(text), delimiter=layout.delimiter)
    reader.fieldnames = [h.strip() for h in (reader.fieldnames or [])]
    points, problems = [], []
    for line, row in enumerate(reader, start=2):
        try:
            point = _point(row, layout, crs.isGeographic())
        except _LineError as error:
            problems.append((line, error))
            continue
        if point is not None:
            points.append(point)
    if problems:
        name = Path(path).name
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
    if crs.isGeographic():
        for point in points:
            if abs(point.x()) > 180 or abs(point.y()) > 90:
                raise SourceError(
                    tr(
                        "{file} has coordinates outside longitude/latitude range ({x}, {y}): "
                        "choose the CRS they are in."
                    ).format(file=Path(path).name, x=point.x(), y=point.y())
                )
    geometry = polygon_from_points(points)
    return SourcePolygon(
        geometry, crs, tr_n("{}: %n point(s)", len(points)).format(Path(path).name)
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
