"""Exchange with IMSMA: WGS 84 GeoJSON per layer plus CSV point lists (DESIGN §5.10).

Pure Python + shapely 2: no QGIS, Qt or GDAL. Coordinates are WGS 84 longitude/latitude
(degrees); geodesic bearings and distances come from an ``inverse`` callable given by the caller
(the Processing adapter passes one built on ``QgsDistanceArea`` with the WGS 84 ellipsoid, i.e.
GeographicLib), so this module needs no pyproj.

The folder
----------
``hazards.geojson`` / ``land_releases.geojson``
    RFC 7946 FeatureCollections: WGS 84, ``[longitude, latitude]``, 9 decimals (0.1 mm),
    exterior rings counter-clockwise and holes clockwise, UTF-8 without BOM and without
    ``\\u`` escapes. Every attribute of the input layer is a property; dates and times are ISO 8601
    strings (``2024-05-01``, ``2024-05-01T10:00:00Z``), NULL is ``null``. The property
    ``imsma_id`` (also the feature ``id``) holds the layer's ``imsma_id`` or, where that is NULL or
    absent, its ``hazard_id`` / ``release_id``.
``hazard_points.csv`` / ``land_release_points.csv``
    The polygon point lists the way IMSMA keeps them: UTF-8 **without** BOM, comma separated,
    ``"`` quoting where needed, CRLF line ends (RFC 4180), one header row with the columns of
    :data:`CSV_COLUMNS`; empty cell = no value. One row per vertex of the polygon's exterior,
    **without the repeated closing vertex** (and without repeated consecutive vertices),
    numbered ``point_no`` 1..n **clockwise from the northernmost vertex** (largest latitude; ties:
    smallest longitude), the convention of the CHA turning points (``core.cha.turning_points``).

    - ``latitude`` / ``longitude``: degrees, 9 decimals.
    - ``bearing_deg`` / ``distance_m``: the leg **from the previous point** to this one: true
      (geodesic) forward azimuth at the previous point, degrees ``[0, 360)``, and ellipsoidal
      distance in metres, both rounded to 0.01. Point 1's leg is the **closing leg** from the
      last point, so every edge of the polygon is listed exactly once and the distances add up
      to the perimeter.
    - ``point_type``: ``start`` for point 1, ``turning`` for the others, unless a survey point of
      the polygon (``owner_id`` = its hazard/release id or imsma id) lies within 0.5 m of the
      vertex: then that point's type and its values as entered (``bearing_entered``,
      ``distance_entered``, ``entered_as``, ``bearing_unit``, ``north``). Reference points,
      benchmarks and evidence points lie outside the area and are never matched to a vertex.
    - ``bearing_unit`` and ``north`` are appended after the ten IMSMA columns: an entered bearing
      means nothing without its unit (deg, mil6400, mil6000, gon) and north (grid, true, magnetic).

    **Multi-part polygons**: each part's exterior is its own point list; the first part keeps the
    id, the others get ``#2``, ``#3``… (``HZ-0001#2``). **Holes** are not in the point lists (the
    GeoJSON keeps them; the import puts them back into the part that holds them).

Import (the reverse): each polygon is rebuilt from its rows in ``point_no`` order; rows of type
reference/benchmark/evidence are left out of the ring, a repeated closing vertex is dropped, and
fewer than 3 distinct points is an error for that polygon. The rebuilt polygon is cross-checked
against the GeoJSON geometry of the same id (:func:`cross_check`): their boundaries must lie
within :data:`CROSS_CHECK_TOLERANCE_M` of each other (the Hausdorff distance, both ways, along
the edges too), else :func:`cross_check` says what most likely happened to the point list
(swapped latitude and longitude, a lost minus sign, degrees and minutes written as decimals,
another datum, the point order, missing points). :func:`outside_area` compares the polygons with
the programme's area (``core.area``); :func:`data_area` is the UTM zone of most of the data, for
an import that knows no programme. Errors are :class:`ImsmaError` whose English template is
marked for translation in the context ``LandReleaseImsma``.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import json
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import numpy as np
import shapely
from shapely.geometry import mapping, shape
from shapely.geometry.polygon import orient

from . import area as programme_area
from . import model

# ---------------------------------------------------------------------------------------------
# Constants
# ---------------------------------------------------------------------------------------------

DECIMALS = 9  # 1e-9 degree is about 0.1 mm
MATCH_TOLERANCE_M = 0.5  # a survey point this close to a vertex describes it
PART_SEPARATOR = "#"

# layer -> (GeoJSON file, CSV file)
FILES = {
    "hazard": ("hazards.geojson", "hazard_points.csv"),
    "land_release": ("land_releases.geojson", "land_release_points.csv"),
}
ID_FIELDS = {"hazard": "hazard_id", "land_release": "release_id"}

CSV_COLUMNS = (
    "imsma_id",
    "point_no",
    "point_type",
    "latitude",
    "longitude",
    "bearing_deg",
    "distance_m",
    "bearing_entered",
    "distance_entered",
    "entered_as",
    "bearing_unit",
    "north",
)
REQUIRED_CSV_COLUMNS = ("imsma_id", "point_no", "latitude", "longitude")

START, TURNING = "start", "turning"
# Survey point types that are not on the perimeter of the area.
OFF_PERIMETER_TYPES = frozenset({"reference", "benchmark", "evidence"})

# (lon1, lat1, lon2, lat2) -> (forward azimuth at point 1 in degrees, distance in metres)
Inverse = Callable[[float, float, float, float], "tuple[float, float]"]


TR_CONTEXT = "LandReleaseImsma"


def _t(text: str) -> str:
    return model.QT_TRANSLATE_NOOP("LandReleaseImsma", text)


class ImsmaError(ValueError):
    """Bad IMSMA exchange data: the message names the id, file or line.

    ``template`` is the English message with ``{name}`` fields (marked for translation in
    :data:`TR_CONTEXT`), ``values`` what fills them: an adapter translates the template and
    formats it with the values; ``str(error)`` is the English message."""

    def __init__(self, template: str, **values):
        self.template = template
        self.values = values
        super().__init__(template.format(**values) if values else template)


@dataclass
class PointRow:
    """One row of a point list CSV."""

    imsma_id: str
    point_no: int
    point_type: str
    latitude: float
    longitude: float
    bearing_deg: Optional[float] = None
    distance_m: Optional[float] = None
    bearing_entered: Optional[float] = None
    distance_entered: Optional[float] = None
    entered_as: Optional[str] = None
    bearing_unit: Optional[str] = None
    north: Optional[str] = None
    line: int = field(default=0, compare=False)  # line number in the CSV it was read from


@dataclass(frozen=True)
class SurveyPoint:
    """A survey point (``survey_point`` layer) in WGS 84."""

    longitude: float
    latitude: float
    point_type: Optional[str] = None
    bearing: Optional[float] = None
    bearing_unit: Optional[str] = None
    north: Optional[str] = None
    distance_m: Optional[float] = None
    entered_as: Optional[str] = None


# ---------------------------------------------------------------------------------------------
# Point lists from polygons
# ---------------------------------------------------------------------------------------------


def _rounded(x: float) -> float:
    return round(float(x), DECIMALS) + 0.0  # + 0.0: no -0.0


def _signed_area(xy: Sequence[tuple[float, float]]) -> float:
    """Shoelace area, positive when counter-clockwise (about the first vertex, for precision)."""
    x0, y0 = xy[0]
    total = 0.0
    for (xa, ya), (xb, yb) in zip(xy, list(xy[1:]) + [xy[0]]):
        total += (xa - x0) * (yb - y0) - (xb - x0) * (ya - y0)
    return 0.5 * total


def _distinct_ring(coords: Iterable) -> list[tuple[float, float]]:
    """(lon, lat) rounded to DECIMALS, without repeated consecutive or closing vertices."""
    ring: list[tuple[float, float]] = []
    for c in coords:
        p = (_rounded(c[0]), _rounded(c[1]))
        if not ring or p != ring[-1]:
            ring.append(p)
    while len(ring) > 1 and ring[0] == ring[-1]:
        ring.pop()
    return ring


def ordered_ring(exterior_lonlat: Iterable, what: str = "polygon") -> list[tuple[float, float]]:
    """The ring's vertices as (lon, lat) rounded to 9 decimals, clockwise from the northernmost
    vertex (largest latitude; ties: smallest longitude), without the closing vertex.

    Raises :class:`ImsmaError` when fewer than 3 distinct vertices remain or the ring has no area.
    """
    ring = _distinct_ring(exterior_lonlat)
    if len(set(ring)) < 3:
        raise ImsmaError(
            _t("{what}: {count} distinct point(s), a polygon needs at least 3."),
            what=what,
            count=len(set(ring)),
        )
    area = _signed_area(ring)
    if area == 0:
        raise ImsmaError(
            _t("{what}: the points are in a line, the polygon has no area."), what=what
        )
    if area > 0:  # counter-clockwise: turn it round
        ring.reverse()
    top = min(range(len(ring)), key=lambda i: (-ring[i][1], ring[i][0]))
    return ring[top:] + ring[:top]


def _leg(inverse: Inverse, a: tuple[float, float], b: tuple[float, float]):
    azimuth, distance = inverse(a[0], a[1], b[0], b[1])
    bearing = round(float(azimuth) % 360.0, 2)
    if bearing >= 360.0:
        bearing = 0.0
    return bearing, round(float(distance), 2)


def point_list(
    exterior_lonlat: Iterable,
    imsma_id: str = "",
    inverse: Optional[Inverse] = None,
) -> list[PointRow]:
    """The point list of one exterior ring (see the module docstring): numbered clockwise from
    the northernmost vertex, no closing vertex, point 1 ``start`` and the others ``turning``,
    each with the bearing and distance of the leg from the previous point (point 1: from the
    last point) when ``inverse`` is given, else without them."""
    ring = ordered_ring(exterior_lonlat, imsma_id or "polygon")
    rows = []
    for i, (lon, lat) in enumerate(ring):
        bearing = distance = None
        if inverse is not None:
            bearing, distance = _leg(inverse, ring[i - 1], (lon, lat))
        rows.append(
            PointRow(imsma_id, i + 1, START if i == 0 else TURNING, lat, lon, bearing, distance)
        )
    return rows


def part_id(imsma_id: str, part: int) -> str:
    """The point list id of part ``part`` (1-based) of a multi-part polygon."""
    return imsma_id if part == 1 else f"{imsma_id}{PART_SEPARATOR}{part}"


def polygon_point_lists(
    imsma_id: str, geometry, inverse: Optional[Inverse] = None
) -> tuple[list[PointRow], int, list[str]]:
    """Point lists of every part of a (multi)polygon in lon/lat: (rows, number of holes left
    out, problems). A part too degenerate for a point list is left out and named in problems."""
    rows: list[PointRow] = []
    problems: list[str] = []
    holes = 0
    if geometry is None or geometry.is_empty:
        return rows, holes, problems
    if isinstance(geometry, shapely.Polygon):
        parts = [geometry]
    elif isinstance(geometry, shapely.MultiPolygon):
        parts = list(geometry.geoms)
    else:
        raise ImsmaError(
            _t("{id}: a {type} is not a polygon."), id=imsma_id, type=geometry.geom_type
        )
    parts = [p for p in parts if not p.is_empty]
    for k, part in enumerate(parts, start=1):
        pid = part_id(imsma_id, k) if len(parts) > 1 else imsma_id
        holes += len(part.interiors)
        try:
            rows.extend(point_list(part.exterior.coords, pid, inverse))
        except ImsmaError as error:
            problems.append(str(error))
    return rows, holes, problems


def _local_distance_m(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Distance in metres for points a few metres apart (WGS 84 metres per degree, < 0.1 %)."""
    phi = math.radians(0.5 * (lat1 + lat2))
    per_lat = 111132.954 - 559.822 * math.cos(2 * phi) + 1.175 * math.cos(4 * phi)
    per_lon = 111412.84 * math.cos(phi) - 93.5 * math.cos(3 * phi) + 0.118 * math.cos(5 * phi)
    dlon = (lon2 - lon1 + 180.0) % 360.0 - 180.0
    return math.hypot(dlon * per_lon, (lat2 - lat1) * per_lat)


def match_survey_points(
    rows: Sequence[PointRow],
    survey_points: Sequence[SurveyPoint],
    tolerance_m: float = MATCH_TOLERANCE_M,
) -> list[SurveyPoint]:
    """Give each vertex row the type and entered values of the survey point within
    ``tolerance_m`` of it (closest pairs first; each point and each vertex used once).
    Points of type reference, benchmark and evidence are never matched. Returns the survey
    points that describe no vertex."""
    pairs = []
    for j, sp in enumerate(survey_points):
        if (sp.point_type or "").strip().lower() in OFF_PERIMETER_TYPES:
            continue
        for i, row in enumerate(rows):
            if abs(row.latitude - sp.latitude) > 1e-4:  # about 11 m: surely too far
                continue
            d = _local_distance_m(row.longitude, row.latitude, sp.longitude, sp.latitude)
            if d <= tolerance_m:
                pairs.append((d, i, j))
    used_rows: set[int] = set()
    used_points: set[int] = set()
    for _d, i, j in sorted(pairs):
        if i in used_rows or j in used_points:
            continue
        used_rows.add(i)
        used_points.add(j)
        row, sp = rows[i], survey_points[j]
        if sp.point_type:
            row.point_type = sp.point_type
        row.bearing_entered = sp.bearing
        row.distance_entered = sp.distance_m
        row.entered_as = sp.entered_as
        row.bearing_unit = sp.bearing_unit
        row.north = sp.north
    return [sp for j, sp in enumerate(survey_points) if j not in used_points]


# ---------------------------------------------------------------------------------------------
# Polygons from point lists
# ---------------------------------------------------------------------------------------------


def perimeter_rows(rows: Iterable[PointRow]) -> list[PointRow]:
    """The rows on the perimeter, in point_no order. Raises on repeated point numbers."""
    ordered = sorted(rows, key=lambda r: r.point_no)
    for a, b in zip(ordered, ordered[1:]):
        if a.point_no == b.point_no:
            raise ImsmaError(
                _t("{id}: point_no {number} is used twice."), id=a.imsma_id, number=a.point_no
            )
    return [r for r in ordered if (r.point_type or "").strip().lower() not in OFF_PERIMETER_TYPES]


def polygon_from_points(rows: Iterable[PointRow]) -> shapely.Polygon:
    """The polygon (lon/lat) of one point list: points in ``point_no`` order, reference points,
    benchmarks and evidence points left out, a repeated closing vertex (and repeated consecutive
    vertices) dropped. Raises :class:`ImsmaError` with fewer than 3 distinct points."""
    rows = list(rows)
    what = rows[0].imsma_id if rows else "point list"
    ring = _distinct_ring((r.longitude, r.latitude) for r in perimeter_rows(rows))
    distinct = len(set(ring))
    if distinct < 3:
        raise ImsmaError(
            _t("{what}: {count} distinct point(s), a polygon needs at least 3."),
            what=what,
            count=distinct,
        )
    return shapely.Polygon(ring)


def group_rows(rows: Iterable[PointRow]) -> dict[str, list[PointRow]]:
    """Rows by imsma_id, in order of first appearance."""
    groups: dict[str, list[PointRow]] = {}
    for row in rows:
        groups.setdefault(row.imsma_id, []).append(row)
    return groups


_PART = re.compile(rf"(.+){re.escape(PART_SEPARATOR)}(\d+)")


def group_parts(point_list_ids: Iterable[str], feature_ids: Iterable[str] = ()) -> dict:
    """Point list ids by polygon: ``{id: [(part, point_list_id), …]}`` in part order.

    ``X#k`` (k >= 2) is part k of ``X`` when ``X`` is a feature id or a point list id itself and
    ``X#k`` is not a feature id."""
    ids = list(dict.fromkeys(point_list_ids))
    features = set(feature_ids)
    known = features | set(ids)
    groups: dict[str, list[tuple[int, str]]] = {}
    for pid in ids:
        m = _PART.fullmatch(pid)
        if m and int(m.group(2)) >= 2 and pid not in features and m.group(1) in known:
            groups.setdefault(m.group(1), []).append((int(m.group(2)), pid))
        else:
            groups.setdefault(pid, []).append((1, pid))
    return {key: sorted(parts) for key, parts in groups.items()}


def with_holes(parts: Sequence[shapely.Polygon], holes: Iterable) -> tuple[object, int]:
    """A Polygon (one part) or MultiPolygon from exteriors, each hole ring (lon/lat coordinates)
    put into the part that holds it. Returns (geometry, number of holes that fit no part)."""
    shells = [list(p.exterior.coords) for p in parts]
    interiors: list[list] = [[] for _ in parts]
    lost = 0
    for hole in holes:
        coords = list(hole.coords) if hasattr(hole, "coords") else list(hole)
        if len(coords) < 4:
            lost += 1
            continue
        inside = shapely.Polygon(coords).representative_point()
        for k, part in enumerate(parts):
            if part.contains(inside):
                interiors[k].append(coords)
                break
        else:
            lost += 1
    polygons = [shapely.Polygon(s, h) for s, h in zip(shells, interiors)]
    if len(polygons) == 1:
        return polygons[0], lost
    return shapely.MultiPolygon(polygons), lost


def holes_of(geometry) -> list:
    """The interior rings of a Polygon / MultiPolygon (none for anything else)."""
    if isinstance(geometry, shapely.Polygon):
        return list(geometry.interiors)
    if isinstance(geometry, shapely.MultiPolygon):
        return [ring for p in geometry.geoms for ring in p.interiors]
    return []


# ---------------------------------------------------------------------------------------------
# CSV
# ---------------------------------------------------------------------------------------------


def _number_text(value) -> str:
    if value is None:
        return ""
    number = float(value)
    if not math.isfinite(number):
        return ""
    if number.is_integer() and abs(number) < 1e15:
        return str(int(number))
    return repr(number)


def _csv_values(row: PointRow) -> list[str]:
    def fixed(value, decimals):
        return "" if value is None else f"{float(value):.{decimals}f}"

    return [
        row.imsma_id,
        str(int(row.point_no)),
        row.point_type or "",
        fixed(row.latitude, DECIMALS),
        fixed(row.longitude, DECIMALS),
        fixed(row.bearing_deg, 2),
        fixed(row.distance_m, 2),
        _number_text(row.bearing_entered),
        _number_text(row.distance_entered),
        row.entered_as or "",
        row.bearing_unit or "",
        row.north or "",
    ]


def write_point_csv(path, rows: Iterable[PointRow]) -> int:
    """Write a point list CSV (UTF-8 without BOM, comma, header row, CRLF). Returns rows written."""
    n = 0
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for row in rows:
            writer.writerow(_csv_values(row))
            n += 1
    return n


CSV_DELIMITERS = (",", ";", "\t")  # comma as written; semicolon and tab as spreadsheets save
MAX_ID_LENGTH = 100  # longer than any IMSMA id (GUIDs: 36) or model id (hazard_id: 50)
_SHOWN_ID_LENGTH = 40
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def shown_id(text: str) -> str:
    """An id for a message: cut to 40 characters and its length said when longer."""
    text = str(text)
    if len(text) <= _SHOWN_ID_LENGTH:
        return text
    return f"{text[:_SHOWN_ID_LENGTH]}… ({len(text)} characters)"


def checked_id(value, where: str) -> str:
    """``value`` as an id: text without surrounding blanks, not empty, at most
    :data:`MAX_ID_LENGTH` characters, no control characters (line breaks, tabs, NUL). Numbers
    are ids too (``7731``); anything else raises :class:`ImsmaError` naming ``where``."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise ImsmaError(
            _t("{where}: the id {value} is not text."), where=where, value=shown_id(repr(value))
        )
    if isinstance(value, float):
        if not value.is_integer():
            raise ImsmaError(_t("{where}: the id {value} is not text."), where=where, value=value)
        value = int(value)
    text = str(value).strip()
    if not text:
        raise ImsmaError(_t("{where}: the id is empty."), where=where)
    if len(text) > MAX_ID_LENGTH:
        raise ImsmaError(
            _t("{where}: the id {id} is longer than {limit} characters."),
            where=where,
            id=shown_id(text),
            limit=MAX_ID_LENGTH,
        )
    if _CONTROL.search(text):
        raise ImsmaError(
            _t("{where}: the id {id} holds a control character (line break, tab or NUL)."),
            where=where,
            id=ascii(shown_id(text)),
        )
    return text


def _parse_float(text: str, column: str, line: int, required: bool = False) -> Optional[float]:
    text = (text or "").strip()
    if not text:
        if required:
            raise ImsmaError(_t("line {line}: {column} is empty."), line=line, column=column)
        return None
    try:
        value = float(text.replace(",", ".")) if text.count(",") == 1 else float(text)
    except ValueError:
        raise ImsmaError(
            _t("line {line}: {column} {value} is not a number."),
            line=line,
            column=column,
            value=repr(shown_id(text)),
        ) from None
    if not math.isfinite(value):
        raise ImsmaError(
            _t("line {line}: {column} {value} is not a finite number (NaN or infinite)."),
            line=line,
            column=column,
            value=repr(text),
        )
    return value


def _check_degrees(latitude: float, longitude: float, line: int) -> None:
    """Refuse a latitude beyond ±90° or a longitude beyond ±180°, with the likely reason."""
    if abs(latitude) <= 90 and abs(longitude) <= 180:
        return
    if abs(latitude) > 180 or abs(longitude) > 180:
        reason = _t(
            "line {line}: latitude {latitude:g}, longitude {longitude:g} are not degrees: the "
            "point lists hold WGS 84 degrees, not projected coordinates (UTM, Gauss–Krüger)."
        )
    elif abs(latitude) > 90 and abs(longitude) <= 90:
        reason = _t(
            "line {line}: latitude {latitude:g} is not between -90 and 90 (longitude "
            "{longitude:g}): are the latitude and longitude columns swapped?"
        )
    else:
        reason = _t("line {line}: latitude {latitude:g} is not between -90 and 90.")
    raise ImsmaError(reason, line=line, latitude=latitude, longitude=longitude)


def _parse_row(record: dict, line: int) -> PointRow:
    imsma_id = checked_id(record.get("imsma_id") or "", f"line {line}")
    number = _parse_float(record.get("point_no"), "point_no", line, required=True)
    if not number.is_integer():
        raise ImsmaError(
            _t("line {line}: point_no {number:g} is not a whole number."), line=line, number=number
        )
    latitude = _parse_float(record.get("latitude"), "latitude", line, required=True)
    longitude = _parse_float(record.get("longitude"), "longitude", line, required=True)
    _check_degrees(latitude, longitude, line)

    def text(column):
        value = (record.get(column) or "").strip()
        return value or None

    return PointRow(
        imsma_id=imsma_id,
        point_no=int(number),
        point_type=text("point_type") or TURNING,
        latitude=latitude,
        longitude=longitude,
        bearing_deg=_parse_float(record.get("bearing_deg"), "bearing_deg", line),
        distance_m=_parse_float(record.get("distance_m"), "distance_m", line),
        bearing_entered=_parse_float(record.get("bearing_entered"), "bearing_entered", line),
        distance_entered=_parse_float(record.get("distance_entered"), "distance_entered", line),
        entered_as=text("entered_as"),
        bearing_unit=text("bearing_unit"),
        north=text("north"),
        line=line,
    )


def decoded_text(path) -> str:
    """The text of a UTF-8 file (a BOM dropped); :class:`ImsmaError` naming the file and the
    line of the first byte that is not UTF-8, or why it cannot be read."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImsmaError(
            _t("{file} cannot be read: {reason}"), file=path.name, reason=error.strerror or error
        ) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImsmaError(
            _t(
                "{file} is not UTF-8 text (byte 0x{byte} on line {line}): save it as UTF-8 "
                "and import again."
            ),
            file=path.name,
            byte=f"{data[error.start]:02X}",
            line=data[: error.start].count(b"\n") + 1,
        ) from None


def _first_record(text: str, delimiter: str, name: str) -> list[str]:
    try:
        return next(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), [])
    except csv.Error as error:
        raise ImsmaError(
            _t("{file} line {line} is not CSV: {reason}"), file=name, line=1, reason=error
        ) from None


def _csv_header(text: str, name: str) -> tuple[str, list[str]]:
    """The delimiter and the lower-case column names: the first of :data:`CSV_DELIMITERS` that
    splits the first line into the required columns."""
    lines = text.splitlines()
    first = lines[0] if lines else ""
    if not first.strip():
        raise ImsmaError(_t("{file} is empty (no header row)."), file=name)
    for delimiter in CSV_DELIMITERS:
        header = [h.strip().lower() for h in _first_record(text, delimiter, name)]
        if all(c in header for c in REQUIRED_CSV_COLUMNS):
            twice = sorted({c for c in header if c and header.count(c) > 1})
            if twice:
                raise ImsmaError(
                    _t("{file}: the column {columns} appears more than once in the header."),
                    file=name,
                    columns=", ".join(twice),
                )
            return delimiter, header
    header = [h.strip().lower() for h in _first_record(text, ",", name)]
    raise ImsmaError(
        _t(
            "{file} has no column {missing} (its first line is {first}): a point list is "
            "comma-separated (semicolons and tabs are also read) with the columns {required}."
        ),
        file=name,
        missing=", ".join(c for c in REQUIRED_CSV_COLUMNS if c not in header),
        first=repr(first[:80] + ("…" if len(first) > 80 else "")),
        required=", ".join(REQUIRED_CSV_COLUMNS),
    )


def read_point_csv(path, errors: Optional[list] = None) -> list[PointRow]:
    """The rows of a point list CSV: UTF-8 (a BOM accepted), comma, semicolon or tab separated
    (found from the header), extra columns accepted.

    Bad rows raise :class:`ImsmaError`, or, when ``errors`` is a list, are appended to it as
    ``(line, imsma_id or None, error)`` and skipped: a value that is not a number, degrees out
    of range, an id that is empty, too long or holds control characters, a row with another
    number of values than the header, a point number used twice in a list. An unreadable file
    (not UTF-8, no header, a required column missing, broken quoting) always raises."""
    path = Path(path)
    text = decoded_text(path)
    delimiter, header = _csv_header(text, path.name)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[PointRow] = []
    first_line: dict[tuple[str, int], int] = {}

    def bad(line, imsma_id, error):
        if errors is None:
            raise ImsmaError("{file} {problem}", file=path.name, problem=str(error))
        errors.append((line, imsma_id, error))

    try:
        next(reader)
        for values in reader:
            line = reader.line_num
            if not any(v.strip() for v in values):
                continue
            record = dict(zip(header, values))
            raw_id = (record.get("imsma_id") or "").strip()
            pid = raw_id if raw_id and len(raw_id) <= MAX_ID_LENGTH else None
            if len(values) != len(header):
                bad(line, pid, _value_count_error(line, len(values), len(header)))
                continue
            try:
                row = _parse_row(record, line)
            except ImsmaError as error:
                bad(line, pid, error)
                continue
            key = (row.imsma_id, row.point_no)
            if key in first_line:
                bad(line, row.imsma_id, _repeated_point_error(row, first_line[key]))
                continue
            first_line[key] = line
            rows.append(row)
    except csv.Error as error:
        raise ImsmaError(
            _t("{file} line {line} is not CSV: {reason}"),
            file=path.name,
            line=reader.line_num,
            reason=error,
        ) from None
    return rows


def _value_count_error(line: int, count: int, columns: int) -> ImsmaError:
    return ImsmaError(
        _t(
            "line {line} has {count} values where the header has {columns} columns: a "
            "separator or a decimal comma inside a value that is not quoted?"
        ),
        line=line,
        count=count,
        columns=columns,
    )


def _repeated_point_error(row: PointRow, first: int) -> ImsmaError:
    return ImsmaError(
        _t("line {line}: point {number} of {id} is already on line {first}."),
        line=row.line,
        number=row.point_no,
        id=row.imsma_id,
        first=first,
    )


# ---------------------------------------------------------------------------------------------
# GeoJSON
# ---------------------------------------------------------------------------------------------


def json_value(value):
    """A property value as JSON: dates ISO 8601, non-finite numbers null, others as text."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, (_dt.date, _dt.datetime, _dt.time)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [json_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): json_value(v) for k, v in value.items()}
    return str(value)


def _round_coords(coords):
    if isinstance(coords, (list, tuple)) and coords and isinstance(coords[0], (int, float)):
        return [_rounded(coords[0]), _rounded(coords[1])]
    return [_round_coords(c) for c in coords]


def geojson_geometry(geometry) -> Optional[dict]:
    """RFC 7946 geometry of a shapely (multi)polygon in lon/lat: 2D, 9 decimals, exterior rings
    counter-clockwise, holes clockwise."""
    if geometry is None or geometry.is_empty:
        return None
    geometry = shapely.force_2d(geometry)
    if isinstance(geometry, shapely.Polygon):
        geometry = orient(geometry, 1.0)
    elif isinstance(geometry, shapely.MultiPolygon):
        geometry = shapely.MultiPolygon([orient(p, 1.0) for p in geometry.geoms if not p.is_empty])
    result = mapping(geometry)
    return {"type": result["type"], "coordinates": _round_coords(result["coordinates"])}


def write_geojson(path, features: Iterable[tuple[dict, object]], name: str = "") -> int:
    """Write an RFC 7946 FeatureCollection, one feature a line. ``features`` are
    ``(properties, shapely geometry or None)``; the property ``imsma_id`` also becomes the
    feature ``id``. Returns the number of features."""
    n = 0
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        head = {"type": "FeatureCollection"}
        if name:
            head["name"] = name
        handle.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "features": [\n')
        for properties, geometry in features:
            feature = {"type": "Feature"}
            if properties.get("imsma_id") is not None:
                feature["id"] = json_value(properties["imsma_id"])
            feature["properties"] = {str(k): json_value(v) for k, v in properties.items()}
            feature["geometry"] = geojson_geometry(geometry)
            text = json.dumps(feature, ensure_ascii=False, allow_nan=False)
            handle.write((",\n" if n else "") + text)
            n += 1
        handle.write("\n]}\n")
    return n


_WGS84_NAMES = ("crs84", "epsg::4326", "epsg:4326", "wgs84", "wgs 84")
POLYGON_TYPES = ("Polygon", "MultiPolygon")


def _json_data(path: Path):
    text = decoded_text(path)
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ImsmaError(
            _t("{file} is not valid JSON (line {line}, column {column}: {reason})."),
            file=path.name,
            reason=error.msg,
            line=error.lineno,
            column=error.colno,
        ) from None
    except (ValueError, RecursionError) as error:
        raise ImsmaError(
            _t("{file} is not valid JSON: {reason}"), file=path.name, reason=error
        ) from None


def _feature_label(k: int, feature) -> str:
    """ "feature 3" or "feature 3 (HZ-1)" for messages."""
    key = None
    if isinstance(feature, dict):
        properties = feature.get("properties")
        if isinstance(properties, dict):
            key = properties.get("imsma_id")
        if key is None:
            key = feature.get("id")
    if isinstance(key, (str, int)) and not isinstance(key, bool) and str(key).strip():
        return f"feature {k} ({shown_id(str(key).strip())})"
    return f"feature {k}"


def _numbers(value):
    """The floats anywhere in nested lists (the rest is shapely's to refuse)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, float):
            yield item
        elif isinstance(item, list):
            stack.extend(item)


def geojson_shape(raw, where: str):
    """The shapely (multi)polygon of a GeoJSON geometry object in lon/lat degrees (None for
    null or an empty one). :class:`ImsmaError` naming ``where`` for another type, broken
    coordinates, NaN or infinite numbers, degrees out of range."""
    if raw is None:
        return None
    if not isinstance(raw, dict) or raw.get("type") not in POLYGON_TYPES:
        kind = raw.get("type") if isinstance(raw, dict) else type(raw).__name__
        raise ImsmaError(
            _t("{where} is a {type}, not a Polygon or MultiPolygon."),
            where=where,
            type=shown_id(kind),
        )
    if not all(math.isfinite(v) for v in _numbers(raw.get("coordinates"))):
        raise ImsmaError(
            _t("{where} has a coordinate that is not a number (NaN or infinite)."), where=where
        )
    try:
        geometry = shape(raw)
    except (
        ValueError,
        TypeError,
        AttributeError,
        KeyError,
        IndexError,
        shapely.errors.ShapelyError,
    ) as error:
        raise ImsmaError(
            _t("{where} has broken coordinates: {reason}"), where=where, reason=error
        ) from None
    if geometry.is_empty:
        return None
    xy = shapely.get_coordinates(geometry)
    out = (np.abs(xy[:, 0]) > 180) | (np.abs(xy[:, 1]) > 90)
    if out.any():
        lon, lat = xy[np.flatnonzero(out)[0]]
        raise ImsmaError(
            _t(
                "{where} has the point {lon:g}, {lat:g} (longitude, latitude), which is not WGS "
                "84 degrees: a GeoJSON holds longitude first, in degrees."
            ),
            where=where,
            lon=lon,
            lat=lat,
        )
    return shapely.force_2d(geometry)


def read_geojson(path, errors: Optional[list] = None) -> list[tuple[dict, object]]:
    """(properties, shapely (multi)polygon or None) of each feature of a GeoJSON
    FeatureCollection in WGS 84; the property ``imsma_id`` is the feature ``id`` when absent.

    A file that is not UTF-8, not JSON, not a FeatureCollection or in another CRS raises
    :class:`ImsmaError`. A bad feature (not a feature, properties that are not an object, a
    geometry that is not a polygon or has NaN, infinite or out-of-range coordinates) raises,
    or, when ``errors`` is a list, is appended to it as ``(k, label, error)`` (``k`` counting
    from 1) and skipped."""
    path = Path(path)
    data = _json_data(path)
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise ImsmaError(_t("{file} is not a GeoJSON FeatureCollection."), file=path.name)
    crs = data.get("crs")
    if crs:  # pre-RFC 7946 files may name their CRS: only WGS 84 is accepted
        crs_name = str(
            ((crs if isinstance(crs, dict) else {}).get("properties") or {}).get("name", "")
        )
        if not any(n in crs_name.lower() for n in _WGS84_NAMES):
            raise ImsmaError(
                _t("{file} is in {crs}, not WGS 84."),
                file=path.name,
                crs=shown_id(crs_name) or "an unknown CRS",
            )
    features = data.get("features")
    if not isinstance(features, list):
        raise ImsmaError(_t("{file} has no list of features."), file=path.name)
    result = []
    for k, feature in enumerate(features, start=1):
        where = f"{path.name}: {_feature_label(k, feature)}"
        try:
            result.append(_read_feature(feature, where))
        except ImsmaError as error:
            if errors is None:
                raise
            errors.append((k, _feature_label(k, feature), error))
    return result


def _read_feature(feature, where: str) -> tuple[dict, object]:
    if not isinstance(feature, dict) or feature.get("type") != "Feature":
        raise ImsmaError(_t("{where} is not a GeoJSON feature."), where=where)
    properties = feature.get("properties")
    if properties is not None and not isinstance(properties, dict):
        raise ImsmaError(_t("{where}: its properties are not an object."), where=where)
    properties = dict(properties or {})
    if properties.get("imsma_id") is None and feature.get("id") is not None:
        properties["imsma_id"] = feature["id"]
    return properties, geojson_shape(feature.get("geometry"), where)


# ---------------------------------------------------------------------------------------------
# Cross-check of the point lists against the GeoJSON geometry
# ---------------------------------------------------------------------------------------------

CROSS_CHECK_TOLERANCE_M = 1.0  # Hausdorff distance between the boundaries, both ways
_DENSIFY = 0.25  # each edge compared at its vertices and at every quarter of its length
EARTH_RADIUS_M = 6_371_008.8  # mean radius: distances of messages, within 0.5 %

SWAPPED = "swapped"
SIGN_LONGITUDE, SIGN_LATITUDE, SIGN_BOTH = "sign_longitude", "sign_latitude", "sign_both"
DEGREES_MINUTES, DEGREES_MINUTES_SECONDS = "degrees_minutes", "degrees_minutes_seconds"
MAX_DATUM_SHIFT_M = 2000.0  # datums differ by up to about 1 km; more is another slip
SHIFTED, MOVED, POINT_ORDER, MISSING_POINTS, PARTS, UNKNOWN = (
    "shifted",
    "moved",
    "point_order",
    "missing_points",
    "parts",
    "unknown",
)

# The likely cause of a point list that does not agree with its GeoJSON geometry, in words.
CAUSES = {
    SWAPPED: _t("latitude and longitude swapped (the two columns exchanged)"),
    SIGN_LONGITUDE: _t("the minus sign of the longitude lost (a west longitude written as east)"),
    SIGN_LATITUDE: _t("the minus sign of the latitude lost (a south latitude written as north)"),
    SIGN_BOTH: _t("the minus signs of the latitude and the longitude lost (S and W lost)"),
    DEGREES_MINUTES: _t(
        "degrees and minutes written as decimal degrees (40.3512 for 40°35.12′ instead of 40.5853)"
    ),
    DEGREES_MINUTES_SECONDS: _t(
        "degrees, minutes and seconds written as decimal degrees (40.3507 for 40°35′07″ "
        "instead of 40.5853)"
    ),
    SHIFTED: _t(
        "every point moved by the same {shift_m} m towards {bearing_deg}°: coordinates in "
        "another datum or CRS than WGS 84 (such as Pulkovo 1942)"
    ),
    MOVED: _t(
        "every point moved by the same {shift_m} m towards {bearing_deg}°, too far for another "
        "datum: a wrong zone or false easting, or a number added to every coordinate"
    ),
    POINT_ORDER: _t("the same points in another order (check point_no)"),
    MISSING_POINTS: _t(
        "{count} vertex(es) of the GeoJSON boundary missing from the point list, the farthest "
        "{distance_m} m from it at {lat}, {lon} (latitude, longitude)"
    ),
    PARTS: _t("the point lists give {csv_parts} part(s), the GeoJSON {geojson_parts}"),
    UNKNOWN: _t(
        "unknown: point {point_no} (line {line}) lies {distance_m} m from the GeoJSON boundary"
    ),
}


@dataclass(frozen=True)
class Mismatch:
    """A point list (all parts of one id) that does not agree with its GeoJSON geometry.

    ``distance_m``: how far the farthest point of the list lies from the GeoJSON boundary
    (for ``missing_points``: the farthest GeoJSON vertex from the list's boundary), on the
    sphere. ``cause``: a key of :data:`CAUSES`, whose template ``values`` fill.
    ``point_nos`` / ``lines``: the points the cause applies to (all of them when ``whole``)."""

    imsma_id: str
    cause: str
    distance_m: float
    point_nos: tuple = ()
    lines: tuple = ()
    whole: bool = True
    values: dict = field(default_factory=dict, compare=False)


class _Frame:
    """Local metres about (lon0, lat0): x east, y north (WGS 84 metres per degree there)."""

    def __init__(self, lon0: float, lat0: float):
        phi = math.radians(lat0)
        self.lon0, self.lat0 = lon0, lat0
        self.per_lat = 111132.954 - 559.822 * math.cos(2 * phi) + 1.175 * math.cos(4 * phi)
        per_lon = 111412.84 * math.cos(phi) - 93.5 * math.cos(3 * phi) + 0.118 * math.cos(5 * phi)
        self.per_lon = max(per_lon, 1.0)

    def xy(self, lon, lat) -> np.ndarray:
        lon, lat = np.asarray(lon, float), np.asarray(lat, float)
        x = ((lon - self.lon0 + 180.0) % 360.0 - 180.0) * self.per_lon
        return np.column_stack([x, (lat - self.lat0) * self.per_lat])

    def lonlat(self, xy):
        """(lon, lat) of a point (numbers) or of n×2 points (arrays)."""
        xy = np.asarray(xy, float)
        lon, lat = self.lon0 + xy[..., 0] / self.per_lon, self.lat0 + xy[..., 1] / self.per_lat
        return (float(lon), float(lat)) if xy.ndim == 1 else (lon, lat)


def great_circle_m(lon1, lat1, lon2, lat2):
    """Distance on the sphere of mean radius (metres); arrays or numbers."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dp, dl = p2 - p1, np.radians(np.asarray(lon2, float) - np.asarray(lon1, float))
    a = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


def _polygons_of(geometry) -> list:
    if isinstance(geometry, shapely.Polygon):
        return [geometry]
    if isinstance(geometry, shapely.MultiPolygon):
        return [p for p in geometry.geoms if not p.is_empty]
    return []


def _ring_lines(rings_xy: Sequence[np.ndarray]):
    """Closed rings (n×2 arrays, not closed) as one MultiLineString."""
    return shapely.MultiLineString([np.vstack([r, r[:1]]) for r in rings_xy])


def _box(rings_xy: Sequence[np.ndarray]) -> np.ndarray:
    xy = np.vstack(rings_xy)
    return np.concatenate([xy.min(axis=0), xy.max(axis=0)])


class _Comparison:
    """The GeoJSON exteriors of one feature in local metres, and how a point list agrees."""

    def __init__(self, geometry, tolerance_m: float):
        polygons = _polygons_of(geometry)
        minx, miny, maxx, maxy = geometry.bounds
        self.frame = _Frame(0.5 * (minx + maxx), 0.5 * (miny + maxy))
        self.rings = [
            _distinct_xy(self.frame.xy(*np.array(p.exterior.coords)[:-1, :2].T)) for p in polygons
        ]
        self.lines = _ring_lines(self.rings)
        self.vertices = np.vstack(self.rings)
        self.box = _box(self.rings)
        self.tolerance_m = tolerance_m

    def agrees(self, rings_xy: Sequence[np.ndarray]) -> bool:
        """Hausdorff distance (edges densified) within the tolerance; the boxes first (each
        side of one box lies within the Hausdorff distance of the other's)."""
        if np.abs(_box(rings_xy) - self.box).max() > self.tolerance_m:
            return False
        distance = shapely.hausdorff_distance(_ring_lines(rings_xy), self.lines, densify=_DENSIFY)
        return bool(distance <= self.tolerance_m)

    def distances(self, xy: np.ndarray) -> np.ndarray:
        """Each point's distance (local metres) to the GeoJSON boundary."""
        return shapely.distance(shapely.points(xy), self.lines)

    def sphere_distance_m(self, xy_point, lines) -> float:
        """Distance on the sphere from a point to ``lines`` (both in local metres): to the
        nearest point in local metres (exact enough near) or to a vertex (when far away)."""
        near = shapely.get_coordinates(shapely.shortest_line(shapely.points(xy_point), lines))
        candidates = np.vstack([near[1:], shapely.get_coordinates(lines)])
        lon1, lat1 = self.frame.lonlat(xy_point)
        lon2, lat2 = self.frame.lonlat(candidates)
        return float(great_circle_m(lon1, lat1, lon2, lat2).min())


def _dm_to_degrees(values: np.ndarray, seconds: bool) -> Optional[np.ndarray]:
    """Decimal-looking DD.MMmm (or DD.MMSSss) values as degrees; None when a value cannot
    be one (minutes or seconds of 60 or more)."""
    sign, a = np.sign(values), np.abs(values)
    degrees = np.floor(a)
    minutes = np.round((a - degrees) * 100.0, 9)
    if not seconds:
        return None if (minutes >= 60).any() else sign * (degrees + minutes / 60.0)
    whole = np.floor(minutes)
    secs = np.round((minutes - whole) * 100.0, 7)
    if (whole >= 60).any() or (secs >= 60).any():
        return None
    return sign * (degrees + whole / 60.0 + secs / 3600.0)


def _minutes(lon, lat):
    lon2, lat2 = _dm_to_degrees(lon, False), _dm_to_degrees(lat, False)
    return None if lon2 is None or lat2 is None else (lon2, lat2)


def _seconds(lon, lat):
    lon2, lat2 = _dm_to_degrees(lon, True), _dm_to_degrees(lat, True)
    return None if lon2 is None or lat2 is None else (lon2, lat2)


# What each cause did to the points: the correction that undoes it, on (lon, lat) arrays.
_CORRECTIONS = (
    (SWAPPED, lambda lon, lat: (lat, lon)),
    (SIGN_LONGITUDE, lambda lon, lat: (-lon, lat)),
    (SIGN_LATITUDE, lambda lon, lat: (lon, -lat)),
    (SIGN_BOTH, lambda lon, lat: (-lon, -lat)),
    (DEGREES_MINUTES, _minutes),
    (DEGREES_MINUTES_SECONDS, _seconds),
)


def cross_check(
    imsma_id: str,
    parts: Sequence[Sequence[PointRow]],
    geometry,
    tolerance_m: float = CROSS_CHECK_TOLERANCE_M,
) -> Optional[Mismatch]:
    """None when the polygon of the point lists ``parts`` (one list of rows a part, as
    :func:`polygon_from_points` reads them) agrees with ``geometry``, the GeoJSON
    (multi)polygon of the same id: every point of each exterior boundary, along the edges too,
    within ``tolerance_m`` of the other's (Hausdorff distance; the start point and direction
    of the rings do not matter, holes are not compared). Else the :class:`Mismatch` with its
    likely cause: the first correction (:data:`_CORRECTIONS`) that, applied to the points that
    lie off the GeoJSON boundary, makes the lists agree; a constant shift; the same points in
    another order; missing vertices; another number of parts; else unknown."""
    comparison = _Comparison(geometry, tolerance_m)
    rows = [_distinct_rows(perimeter_rows(p)) for p in parts]
    lon = np.array([r.longitude for part in rows for r in part], float)
    lat = np.array([r.latitude for part in rows for r in part], float)
    sizes = [len(part) for part in rows]
    flat = [r for part in rows for r in part]

    def rings(lon_, lat_):
        xy = comparison.frame.xy(lon_, lat_)
        return np.split(xy, np.cumsum(sizes)[:-1])

    xy = comparison.frame.xy(lon, lat)
    if comparison.agrees(rings(lon, lat)):
        return None
    off = comparison.distances(xy) > tolerance_m
    farthest = int(np.argmax(comparison.distances(xy)))
    distance_m = comparison.sphere_distance_m(xy[farthest], comparison.lines)

    def mismatch(cause, where=None, distance=None, **values):
        where = np.ones(len(flat), bool) if where is None else where
        chosen = [r for r, w in zip(flat, where) if w]
        return Mismatch(
            imsma_id,
            cause,
            distance_m if distance is None else distance,
            tuple(r.point_no for r in chosen),
            tuple(r.line for r in chosen),
            bool(where.all()),
            values,
        )

    if len(parts) != len(comparison.rings):
        return mismatch(PARTS, csv_parts=len(parts), geojson_parts=len(comparison.rings))
    for cause, correct in _CORRECTIONS:
        if not off.any():
            break
        corrected = correct(lon[off], lat[off])
        if corrected is None:
            continue
        lon2, lat2 = lon.copy(), lat.copy()
        lon2[off], lat2[off] = corrected
        if comparison.agrees(rings(lon2, lat2)):
            return mismatch(cause, off)
    shift = _constant_shift(comparison, rings(lon, lat))
    if shift is not None:
        metres, values = shift
        return mismatch(SHIFTED if metres <= MAX_DATUM_SHIFT_M else MOVED, **values)
    return _order_or_missing(comparison, xy, rings(lon, lat), mismatch) or mismatch(
        UNKNOWN,
        np.arange(len(flat)) == farthest,
        point_no=flat[farthest].point_no,
        line=flat[farthest].line,
        distance_m=_metres_text(distance_m),
    )


def _distinct_rows(rows: Sequence[PointRow]) -> list[PointRow]:
    """The rows without those on the point before them (a repeated or closing point)."""
    kept: list[PointRow] = []
    for row in rows:
        if not kept or (row.longitude, row.latitude) != (kept[-1].longitude, kept[-1].latitude):
            kept.append(row)
    while len(kept) > 1 and (kept[0].longitude, kept[0].latitude) == (
        kept[-1].longitude,
        kept[-1].latitude,
    ):
        kept.pop()
    return kept


def _distinct_xy(xy: np.ndarray) -> np.ndarray:
    """A ring's vertices (n×2, not closed) without repeated consecutive ones."""
    keep = np.r_[True, (np.diff(xy, axis=0) != 0).any(axis=1)]
    xy = xy[keep]
    while len(xy) > 1 and (xy[0] == xy[-1]).all():
        xy = xy[:-1]
    return xy


def _metres_text(value: float) -> str:
    return f"{value:.1f}" if value < 10_000 else f"{value:,.0f}".replace(",", " ")


def _constant_shift(comparison: _Comparison, rings_xy) -> Optional[tuple[float, dict]]:
    """(metres, template values: size in m, bearing in degrees) of the shift when the point
    lists are the GeoJSON exteriors moved as a whole (the difference of their centroids, in
    local metres: a shift in degrees far away is one there too), else None."""
    try:
        ours = shapely.MultiPolygon([shapely.Polygon(r) for r in rings_xy]).centroid
        theirs = shapely.MultiPolygon([shapely.Polygon(r) for r in comparison.rings]).centroid
    except (ValueError, shapely.errors.GEOSException):
        return None
    dx, dy = ours.x - theirs.x, ours.y - theirs.y
    if not (math.isfinite(dx) and math.isfinite(dy)):
        return None
    if not comparison.agrees([r - np.array([dx, dy]) for r in rings_xy]):
        return None
    metres = math.hypot(dx, dy)
    return metres, {
        "shift_m": _metres_text(metres),
        "bearing_deg": f"{math.degrees(math.atan2(dx, dy)) % 360:.0f}",
    }


def _order_or_missing(comparison: _Comparison, xy, rings_xy, mismatch) -> Optional[Mismatch]:
    """``point_order`` when the lists hold the GeoJSON's vertices and no others (in another
    order); ``missing_points`` when every listed point lies on the GeoJSON boundary but some
    GeoJSON vertices lie off the lists' boundary; else None."""
    tolerance = comparison.tolerance_m
    if (comparison.distances(xy) > tolerance).any():
        return None
    ours = shapely.multipoints(xy)
    theirs = shapely.multipoints(comparison.vertices)
    near_ours = shapely.distance(shapely.points(comparison.vertices), ours) <= tolerance
    near_theirs = shapely.distance(shapely.points(xy), theirs) <= tolerance
    if near_ours.all() and near_theirs.all():
        return mismatch(POINT_ORDER)
    lines = _ring_lines(rings_xy)
    off = shapely.distance(shapely.points(comparison.vertices), lines) > tolerance
    if not off.any():
        return None
    gaps = shapely.distance(shapely.points(comparison.vertices), lines)
    k = int(np.argmax(gaps))
    lon, lat = comparison.frame.lonlat(comparison.vertices[k])
    distance = comparison.sphere_distance_m(comparison.vertices[k], lines)
    return mismatch(
        MISSING_POINTS,
        np.zeros(len(xy), bool),
        distance,
        count=int(off.sum()),
        distance_m=_metres_text(distance),
        lat=f"{lat:.6f}",
        lon=f"{lon:.6f}",
    )


# ---------------------------------------------------------------------------------------------
# The programme's area
# ---------------------------------------------------------------------------------------------


def utm_zone(lon: float, lat: float) -> tuple[int, str]:
    """The UTM zone (1-60) and hemisphere ("N"/"S") of a point (no Norway/Svalbard cases)."""
    zone = int(math.floor((lon + 180.0) / 6.0)) % 60 + 1
    return zone, "N" if lat >= 0 else "S"


def data_area(geometries: Iterable) -> Optional[programme_area.ProgrammeArea]:
    """The area of the UTM zone that holds most vertices of ``geometries`` (lon/lat; ties:
    the lowest zone, north first): the programme's area of an import that knows no
    programme. None without a finite vertex."""
    votes: dict[tuple[int, str], int] = {}
    for geometry in geometries:
        if geometry is None or geometry.is_empty:
            continue
        for lon, lat in shapely.get_coordinates(geometry):
            if math.isfinite(lon) and math.isfinite(lat):
                key = utm_zone(lon, lat)
                votes[key] = votes.get(key, 0) + 1
    if not votes:
        return None
    zone, hemisphere = min(votes, key=lambda k: (-votes[k], k[0], k[1] != "N"))
    return programme_area.utm_zone_area(zone, hemisphere)


@dataclass(frozen=True)
class OutsideArea:
    """A feature with ``count`` of its ``total`` vertices outside the programme's area; the
    farthest at (``longitude``, ``latitude``), ``distance_km`` from the area (on the sphere)."""

    imsma_id: str
    count: int
    total: int
    longitude: float
    latitude: float
    distance_km: float


def km_outside(box: programme_area.ProgrammeArea, lon, lat):
    """Distance (km, on the sphere) from each point to the nearest point of the box (at the
    nearest longitude and latitude of the box); 0 inside."""
    lon, lat = np.asarray(lon, float), np.asarray(lat, float)
    near_lon = np.clip(lon, box.west, box.east)
    near_lat = np.clip(lat, box.south, box.north)
    return great_circle_m(lon, lat, near_lon, near_lat) / 1000.0


def outside_area(
    features: Iterable[tuple[str, object]], box: programme_area.ProgrammeArea
) -> list[OutsideArea]:
    """The features (id, lon/lat geometry) with a vertex outside ``box``, in input order."""
    found = []
    for imsma_id, geometry in features:
        if geometry is None or geometry.is_empty:
            continue
        xy = np.unique(shapely.get_coordinates(geometry), axis=0)  # no closing vertices
        inside = box.contains_many(xy[:, 0], xy[:, 1])
        if inside.all():
            continue
        km = km_outside(box, xy[:, 0], xy[:, 1])
        k = int(np.argmax(np.where(inside, -1.0, km)))
        found.append(
            OutsideArea(
                imsma_id,
                int((~inside).sum()),
                len(xy),
                float(xy[k, 0]),
                float(xy[k, 1]),
                float(km[k]),
            )
        )
    return found
