"""The cross-check of the point lists against the GeoJSON geometry of the same id, and the
likely cause of a mismatch (swapped columns, a lost minus sign, minutes written as decimals,
another datum, the point order, missing points)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Optional

import numpy as np
import shapely

from .. import model
from .exchange import PointRow
from .point_lists import perimeter_rows

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


def _t(text: str) -> str:
    return model.QT_TRANSLATE_NOOP("LandReleaseImsma", text)


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
    lists = _PointLists(parts, comparison.frame)
    if comparison.agrees(lists.rings()):
        return None
    distances = comparison.distances(lists.xy)
    off = distances > tolerance_m
    farthest = int(np.argmax(distances))
    distance_m = comparison.sphere_distance_m(lists.xy[farthest], comparison.lines)

    def mismatch(cause, where=None, distance=None, **values):
        where = np.ones(len(lists.rows), bool) if where is None else where
        chosen = [r for r, w in zip(lists.rows, where) if w]
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
    cause = _corrected_cause(comparison, lists, off)
    if cause is not None:
        return mismatch(cause, off)
    shift = _constant_shift(comparison, lists.rings())
    if shift is not None:
        metres, values = shift
        return mismatch(SHIFTED if metres <= MAX_DATUM_SHIFT_M else MOVED, **values)
    return _order_or_missing(comparison, lists.xy, lists.rings(), mismatch) or mismatch(
        UNKNOWN,
        np.arange(len(lists.rows)) == farthest,
        point_no=lists.rows[farthest].point_no,
        line=lists.rows[farthest].line,
        distance_m=_metres_text(distance_m),
    )


class _PointLists:
    """The perimeter points of the point lists of one id (a repeated or closing point left
    out), all parts one after the other: ``rows``, ``lon``/``lat`` and ``xy`` (local metres)."""

    def __init__(self, parts: Sequence[Sequence[PointRow]], frame: _Frame):
        by_part = [_distinct_rows(perimeter_rows(p)) for p in parts]
        self.rows = [r for part in by_part for r in part]
        self.lon = np.array([r.longitude for r in self.rows], float)
        self.lat = np.array([r.latitude for r in self.rows], float)
        self.frame = frame
        self.xy = frame.xy(self.lon, self.lat)
        self._sizes = [len(part) for part in by_part]

    def rings(self, lon=None, lat=None) -> list[np.ndarray]:
        """Each part's ring in local metres: of the points, or of ``lon``/``lat`` for them."""
        xy = self.xy if lon is None else self.frame.xy(lon, lat)
        return np.split(xy, np.cumsum(self._sizes)[:-1])


def _corrected_cause(comparison: _Comparison, lists: _PointLists, off) -> Optional[str]:
    """The first cause of :data:`_CORRECTIONS` whose correction of the points ``off`` the
    GeoJSON boundary makes the lists agree with it, else None."""
    for cause, correct in _CORRECTIONS:
        if not off.any():
            break
        corrected = correct(lists.lon[off], lists.lat[off])
        if corrected is None:
            continue
        lon, lat = lists.lon.copy(), lists.lat.copy()
        lon[off], lat[off] = corrected
        if comparison.agrees(lists.rings(lon, lat)):
            return cause
    return None


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
