"""Polygons to point lists (numbered clockwise from the northernmost vertex, each with the
leg from the previous point, matched to the survey points as entered) and back."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from typing import Optional

import shapely

from .. import model
from .exchange import (
    DECIMALS,
    MATCH_TOLERANCE_M,
    OFF_PERIMETER_TYPES,
    PART_SEPARATOR,
    START,
    TURNING,
    ImsmaError,
    Inverse,
    PointRow,
    SurveyPoint,
)


def _t(text: str) -> str:
    return model.QT_TRANSLATE_NOOP("LandReleaseImsma", text)


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
    """The point list of one exterior ring (see the package docstring): numbered clockwise from
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
