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

import codecs
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
    skip_lines: int = 0  # lines before the header (blank lines, Excel's "sep=;")

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


def _ring(points: list[QgsPointXY]) -> list[QgsPointXY]:
    """``points`` in order without repeats and without a closing point."""
    ring: list[QgsPointXY] = []
    for point in points:
        if ring and ring[-1].sqrDist(point) <= _SAME_POINT**2:
            continue
        ring.append(QgsPointXY(point))
    if len(ring) > 1 and ring[0].sqrDist(ring[-1]) <= _SAME_POINT**2:
        ring.pop()
    return ring


def polygon_from_points(points: list[QgsPointXY]) -> QgsGeometry:
    """A polygon through ``points`` in order; the ring is closed, repeated points dropped."""
    ring = _ring(points)
    if len(ring) < 3:
        raise SourceError(
            tr("A polygon needs at least 3 different points; this source has {}.").format(len(ring))
        )
    ring.append(QgsPointXY(ring[0]))
    return QgsGeometry.fromPolygonXY([ring])


def _vertices(geometry: QgsGeometry) -> list[QgsPointXY]:
    return [QgsPointXY(v.x(), v.y()) for v in geometry.vertices()]


def _finite(geometry: QgsGeometry) -> bool:
    return all(math.isfinite(v.x()) and math.isfinite(v.y()) for v in geometry.vertices())


_KINDS = {
    QgsWkbTypes.PolygonGeometry: "polygon",
    QgsWkbTypes.LineGeometry: "line",
    QgsWkbTypes.PointGeometry: "point",
}


def _kind_label(kind: str) -> str:
    return {"polygon": tr("a polygon"), "line": tr("a line"), "point": tr("a point")}[kind]


def _polygon_from_features(
    layer: QgsVectorLayer, request: QgsFeatureRequest | None = None, where: str = ""
) -> tuple[QgsGeometry, int, str]:
    """Merge polygons, or join vertices of lines / points in order.

    Returns (geometry, count, kind) where kind is "polygon", "line" or "point". ``where`` (the
    file or layer) names the source in refusals: a feature without a position, polygons mixed
    with lines or points, lines mixed with points, fewer than 3 points.
    """
    where = where or layer.name()
    polygons: list[QgsGeometry] = []
    points: list[QgsPointXY] = []
    first_of: dict[str, int] = {}
    for number, feature in enumerate(layer.getFeatures(request or QgsFeatureRequest()), 1):
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            continue
        geometry = _flat(geometry)
        kind = _KINDS.get(geometry.type())
        if kind is None:
            continue
        if not _finite(geometry):
            raise SourceError(
                tr(
                    "{}: feature {} has a vertex without a position (NaN or infinite "
                    "coordinates): correct it in the file."
                ).format(where, number)
            )
        first_of.setdefault(kind, number)
        if kind == "polygon":
            polygons.append(geometry)
        else:
            points.extend(_vertices(geometry))
    if len(first_of) > 1:
        kind, number = max(first_of.items(), key=lambda item: item[1])
        raise SourceError(
            tr(
                "{} mixes {} (feature {} is {}): keep only the released polygon, or only the "
                "points or the line around it."
            ).format(
                where,
                tr(" and ").join(_kind_plural(k) for k in first_of),
                number,
                _kind_label(kind),
            )
        )
    if polygons:
        merged = QgsGeometry.unaryUnion(polygons) if len(polygons) > 1 else polygons[0]
        if merged.isNull() or merged.isEmpty():
            raise SourceError(
                tr("{}: the polygons cannot be merged: {}").format(where, merged.lastError())
            )
        return _single_if_possible(merged), len(polygons), "polygon"
    if points:
        kind = next(iter(first_of))
        different = len(_ring(points))
        if different < 3:
            raise SourceError(
                tr(
                    "{} holds no polygon, and its {} give {} different point(s): a polygon "
                    "needs at least 3."
                ).format(where, _kind_plural(kind), different)
            )
        return polygon_from_points(points), len(points), kind
    raise SourceError(tr("{} has no geometry that can make a polygon.").format(where))


def _kind_plural(kind: str) -> str:
    return {"polygon": tr("polygons"), "line": tr("lines"), "point": tr("points")}[kind]


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
    where = tr("The selection in {}").format(layer.name())
    geometry, count, _kind = _polygon_from_features(layer, request, where)
    return SourcePolygon(
        geometry, layer.crs(), tr_n("%n selected feature(s) of {}", count).format(layer.name())
    )


# --- files -------------------------------------------------------------------------------------


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
        geometry, count, _kind = _polygon_from_features(layer, request, where)
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
    geometry, count, kind = _polygon_from_features(layer, None, name)
    crs = layer.crs() if layer.crs().isValid() else QgsCoordinateReferenceSystem(WGS84)
    if kind == "polygon":
        description = tr_n("{}: %n polygon(s)", count).format(name)
    elif kind == "line":
        description = tr_n("{}: %n point(s) of its lines joined into a polygon", count).format(name)
    else:
        description = tr_n("{}: %n point(s) joined into a polygon", count).format(name)
    return SourcePolygon(geometry, crs, description)


# 8-bit encodings a CSV file may be in when it is not UTF-8.
_EIGHT_BIT = ("cp1251", "cp1252")


def _encoding_label(encoding: str) -> str:
    return {"cp1251": tr("Cyrillic (windows-1251)"), "cp1252": tr("Western (windows-1252)")}[
        encoding
    ]


def _read_text(path: str) -> str:
    """The text of a CSV file: UTF-8 (with or without BOM), UTF-16 with its BOM, or windows-1251
    or windows-1252 when its words tell which; else refused with the file and the line."""
    name = Path(path).name
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise SourceError(
            tr("{} cannot be read: {}").format(name, error.strerror or error)
        ) from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    elif data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    else:
        encoding = "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        if encoding != "utf-8" or b"\0" in data:
            raise SourceError(
                tr(
                    "{}: line {} is not text in {} (byte {:#04x}): save the file as CSV UTF-8 "
                    "and open it again."
                ).format(name, data.count(b"\n", 0, error.start) + 1, encoding, data[error.start])
            ) from None
        text = _eight_bit_text(data, name)
    if "\0" in text:
        line = text.count("\n", 0, text.index("\0")) + 1
        raise SourceError(
            tr(
                "{}: line {} holds NUL characters: it is not a text file, or UTF-16 without its "
                "byte order mark. Save it as CSV UTF-8 and open it again."
            ).format(name, line)
        )
    return text


def _letters_fit(text: str, cyrillic: bool) -> bool | None:
    """Whether the words of ``text`` that have letters beyond ASCII read as real words of the
    alphabet (Cyrillic words have no Latin letters; Latin words with accents have plain letters
    too); None when no such word of two letters or more decides."""
    decided = None
    for word in re.findall(r"[^\W\d_]{2,}", text):
        if word.isascii():
            continue
        has_latin = any(c.isascii() for c in word)
        all_cyrillic = all("\u0400" <= c <= "\u04ff" for c in word)
        fits = all_cyrillic if cyrillic else has_latin
        if not fits:
            return False
        decided = True
    return decided


def _eight_bit_text(data: bytes, name: str) -> str:
    """Text that is not UTF-8, as windows-1251 or windows-1252 when exactly one of them reads
    its words as words; else refused, showing the first line that reads two ways."""
    readings = {}
    for encoding in _EIGHT_BIT:
        try:
            readings[encoding] = data.decode(encoding)
        except UnicodeDecodeError:
            continue
    fits = {e: _letters_fit(text, e == "cp1251") for e, text in readings.items()}
    fitting = [e for e, fit in fits.items() if fit]
    if len(fitting) == 1:
        return readings[fitting[0]]
    if len(set(readings.values())) == 1:
        return next(iter(readings.values()))
    number = next(i for i, line in enumerate(data.split(b"\n")) if not line.isascii())
    shown = "; ".join(
        tr("as {}: '{}'").format(_encoding_label(e), text.split("\n")[number].strip()[:60])
        for e, text in readings.items()
    )
    raise SourceError(
        tr(
            "{}: the file is not UTF-8, and line {} cannot be read for sure ({}). Save the "
            "file as CSV UTF-8 and open it again."
        ).format(name, number + 1, shown or tr("in no known encoding"))
    )


def _key(name: str) -> str:
    return re.sub(r"[\W\d_]", "", name.strip().lower())


def _find(headers: list[str], names: tuple[str, ...]) -> str | None:
    keys = {_key(h): h for h in reversed(headers)}
    for name in names:
        if name in keys:
            return keys[name]
    return None


SEPARATORS = (";", ",", "\t", "|")


def _split(line: str, delimiter: str) -> list[str]:
    return next(csv.reader([line], delimiter=delimiter), [])


def _columns(line: str, delimiter: str, name: str, number: int) -> int:
    try:
        return len(next(csv.reader([line], delimiter=delimiter), []))
    except csv.Error as error:
        raise SourceError(
            tr("{}: line {} cannot be read as CSV: {}").format(name, number, error)
        ) from None


def _separator_name(delimiter: str) -> str:
    names = {";": tr("semicolon"), ",": tr("comma"), "\t": tr("tab"), "|": tr("vertical bar")}
    return names.get(delimiter, f"'{delimiter}'")


def _sniff(text: str, name: str) -> tuple[int, str, list[str]]:
    """(lines before the header, separator, column names) of a CSV text. Blank lines before the
    header and Excel's "sep=;" line are skipped; the separator is the one that splits the
    header and every row into the same number of columns (two that do: refused)."""
    lines = text.splitlines()
    skip = 0
    while skip < len(lines) and not lines[skip].strip():
        skip += 1
    forced = re.fullmatch(r"\s*sep=(.)\s*", lines[skip], re.I) if skip < len(lines) else None
    if forced:
        skip += 1
        while skip < len(lines) and not lines[skip].strip():
            skip += 1
    if skip == len(lines):
        raise SourceError(tr("{} is empty: it has no header line and no coordinates.").format(name))
    header = lines[skip]
    if forced:
        delimiter = forced.group(1)
        return skip, delimiter, [h.strip() for h in _split(header, delimiter)]
    rows = [(n, line) for n, line in enumerate(lines[: skip + 51], 1) if n > skip + 1]
    counts = {d: _columns(header, d, name, skip + 1) for d in SEPARATORS}
    splitting = [d for d in SEPARATORS if counts[d] >= 2]
    consistent = [
        d
        for d in splitting
        if all(_columns(r, d, name, n) == counts[d] for n, r in rows if r.strip())
    ]
    candidates = consistent or splitting
    if len(candidates) > 1:
        raise SourceError(
            tr(
                "{}: the separator is unclear: line {} splits into columns at a {}. Keep one "
                "separator between the columns."
            ).format(name, skip + 1, tr(" and at a ").join(_separator_name(d) for d in candidates))
        )
    if candidates:
        delimiter = candidates[0]
    else:  # one column: a separator that no line holds, so that no value is cut
        delimiter = next((d for d in SEPARATORS if d not in text), ",")
    return skip, delimiter, [h.strip() for h in _split(header, delimiter)]


def csv_layout(path: str) -> CsvLayout:
    """Which columns of the CSV file ``path`` hold the coordinates, found by their names."""
    name = Path(path).name
    skip, delimiter, headers = _sniff(_read_text(path), name)
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
    name = Path(path).name
    text = "".join(_read_text(path).splitlines(keepends=True)[layout.skip_lines :])
    reader = csv.DictReader(io.StringIO(text), delimiter=layout.delimiter)
    points, problems = [], []
    try:
        reader.fieldnames = [h.strip() for h in (reader.fieldnames or [])]
        for row in reader:
            line = layout.skip_lines + reader.line_num
            try:
                point = _point(row, layout, crs.isGeographic())
            except _LineError as error:
                problems.append((line, error))
                continue
            if point is not None:
                points.append(point)
    except csv.Error as error:
        raise SourceError(
            tr("{}: line {} cannot be read as CSV: {}").format(
                name, layout.skip_lines + reader.line_num, error
            )
        ) from None
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
    if crs.isGeographic():
        for point in points:
            if abs(point.x()) > 180 or abs(point.y()) > 90:
                raise SourceError(
                    tr(
                        "{file} has coordinates outside longitude/latitude range ({x}, {y}): "
                        "choose the CRS they are in."
                    ).format(file=name, x=point.x(), y=point.y())
                )
    if not points:
        raise SourceError(tr("{} has no row with coordinates under its header line.").format(name))
    try:
        geometry = polygon_from_points(points)
    except SourceError as error:
        raise SourceError(tr("{}: {}").format(name, error)) from None
    return SourcePolygon(geometry, crs, tr_n("{}: %n point(s)", len(points)).format(name))


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
