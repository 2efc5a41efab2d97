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
fewer than 3 distinct points is an error for that polygon.
"""

from __future__ import annotations

import csv
import datetime as _dt
import json
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import shapely
from shapely.geometry import mapping, shape
from shapely.geometry.polygon import orient

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


class ImsmaError(ValueError):
    """Bad IMSMA exchange data (the message names the id, file or line)."""


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
        raise ImsmaError(f"{what}: {len(set(ring))} distinct point(s), a polygon needs at least 3.")
    area = _signed_area(ring)
    if area == 0:
        raise ImsmaError(f"{what}: the points are in a line, the polygon has no area.")
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
        raise ImsmaError(f"{imsma_id}: a {geometry.geom_type} is not a polygon.")
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
            raise ImsmaError(f"{a.imsma_id}: point_no {a.point_no} is used twice.")
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
        raise ImsmaError(f"{what}: {distinct} distinct point(s), a polygon needs at least 3.")
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


def _parse_float(text: str, column: str, line: int, required: bool = False) -> Optional[float]:
    text = (text or "").strip()
    if not text:
        if required:
            raise ImsmaError(f"line {line}: {column} is empty.")
        return None
    try:
        value = float(text.replace(",", ".")) if text.count(",") == 1 else float(text)
    except ValueError:
        raise ImsmaError(f"line {line}: {column} {text!r} is not a number.") from None
    if not math.isfinite(value):
        raise ImsmaError(f"line {line}: {column} {text!r} is not a finite number.")
    return value


def _parse_row(record: dict, line: int) -> PointRow:
    imsma_id = (record.get("imsma_id") or "").strip()
    if not imsma_id:
        raise ImsmaError(f"line {line}: imsma_id is empty.")
    number = _parse_float(record.get("point_no"), "point_no", line, required=True)
    if not number.is_integer():
        raise ImsmaError(f"line {line}: point_no {number:g} is not a whole number.")
    latitude = _parse_float(record.get("latitude"), "latitude", line, required=True)
    longitude = _parse_float(record.get("longitude"), "longitude", line, required=True)
    if abs(latitude) > 90:
        raise ImsmaError(f"line {line}: latitude {latitude:g} is not between -90 and 90.")
    if abs(longitude) > 180:
        raise ImsmaError(f"line {line}: longitude {longitude:g} is not between -180 and 180.")

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


def read_point_csv(path, errors: Optional[list] = None) -> list[PointRow]:
    """The rows of a point list CSV (a BOM, ``;`` separators and extra columns are accepted).

    Bad rows raise :class:`ImsmaError`, or, when ``errors`` is a list, are appended to it as
    ``(line, imsma_id or None, message)`` and skipped. A missing required column always raises.
    """
    path = Path(path)
    with open(path, encoding="utf-8-sig", newline="") as handle:
        sample = handle.read(4096)
        handle.seek(0)
        delimiter = ";" if sample.count(";") > sample.count(",") else ","
        reader = csv.reader(handle, delimiter=delimiter)
        try:
            header = next(reader)
        except StopIteration:
            raise ImsmaError(f"{path.name} is empty (no header row).") from None
        header = [h.strip().lower() for h in header]
        missing = [c for c in REQUIRED_CSV_COLUMNS if c not in header]
        if missing:
            raise ImsmaError(f"{path.name} has no column {', '.join(missing)}.")
        rows = []
        for values in reader:
            line = reader.line_num
            if not any(v.strip() for v in values):
                continue
            record = dict(zip(header, values))
            try:
                rows.append(_parse_row(record, line))
            except ImsmaError as error:
                if errors is None:
                    raise ImsmaError(f"{path.name} {error}") from None
                errors.append((line, (record.get("imsma_id") or "").strip() or None, str(error)))
    return rows


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


def read_geojson(path) -> list[tuple[dict, object]]:
    """(properties, shapely geometry or None) of each feature of a GeoJSON FeatureCollection in
    WGS 84. Raises :class:`ImsmaError` for a file that is not one."""
    path = Path(path)
    try:
        with open(path, encoding="utf-8-sig") as handle:
            data = json.load(handle)
    except (OSError, ValueError) as error:
        raise ImsmaError(f"{path.name} is not readable GeoJSON: {error}") from None
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise ImsmaError(f"{path.name} is not a GeoJSON FeatureCollection.")
    crs = data.get("crs")
    if crs:  # pre-RFC 7946 files may name their CRS: only WGS 84 is accepted
        crs_name = str((crs.get("properties") or {}).get("name", "")).lower()
        if not any(n in crs_name for n in _WGS84_NAMES):
            raise ImsmaError(f"{path.name} is in {crs_name or 'an unknown CRS'}, not WGS 84.")
    result = []
    for k, feature in enumerate(data.get("features") or [], start=1):
        if not isinstance(feature, dict):
            raise ImsmaError(f"{path.name}: feature {k} is not a GeoJSON feature.")
        properties = dict(feature.get("properties") or {})
        if properties.get("imsma_id") is None and feature.get("id") is not None:
            properties["imsma_id"] = feature["id"]
        raw = feature.get("geometry")
        try:
            geometry = shape(raw) if raw else None
        except (ValueError, TypeError, AttributeError, KeyError, IndexError) as error:
            raise ImsmaError(f"{path.name}: feature {k} has a bad geometry: {error}") from None
        result.append((properties, geometry))
    return result
