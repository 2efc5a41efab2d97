"""Polygon overlay for the accounting: polygonal results, and GEOS's robustness errors survived.

An overlay is tried in floating point; on a GEOS error pair by pair, then snap-rounded on the
``GRID_SIZE_M`` grid, then on a 1 mm one. Results keep their polygonal parts only. Whether a
floating point result is *right* is checked apart, at sample points (``sample_points``).
"""

from __future__ import annotations

import functools
from typing import Optional

import numpy as np
import shapely

from ..progress import object_array

GRID_SIZE_M = 1e-6  # precision grid of the robust (snap-rounding) overlay fallback
NEAR_M = 1e-6  # a sample point this close to an overlay result's boundary proves nothing
POLYGONAL = (3, 6)  # shapely type ids of Polygon, MultiPolygon
EMPTY = shapely.Polygon()
EMPTY_INT = np.empty(0, dtype=int)
RUN_TABLE = 32  # runs up to this long are united by vectorised calls (see union_runs)
TABLE_ROWS = 5000  # runs a vectorised union call takes, between two is_canceled() calls
CHECK_EVERY = 500  # loop iterations between two is_canceled() calls
_INTERIORS_MEET = "T********"  # DE-9IM: the interiors intersect


def geos_flags_ignored(function):
    """Run ``function`` without numpy's floating-point warnings from GEOS.

    GEOS before 3.11.2 (Debian 12 has 3.11.1; inside the QGIS desktop shapely's calls reach
    the GEOS that QGIS loaded) raises the 'invalid' floating-point flag when it compares an
    empty envelope: the intersection of two polygons whose boxes are apart, ``intersects`` with
    an empty geometry. The results are right; numpy turns the flag into "RuntimeWarning:
    invalid value encountered in intersection", which QGIS shows with a traceback in its Log
    Messages. Callers refuse non-finite coordinates first, so the flag says nothing about the
    data."""

    @functools.wraps(function)
    def quiet(*args, **kwargs):
        with np.errstate(invalid="ignore"):
            return function(*args, **kwargs)

    return quiet


def overlay(op, a, b, grid: Optional[float]):
    """Polygonal parts of ``op(a, b)`` (floating point, or snap-rounded to ``grid``).

    On a GEOS robustness error: pair by pair, then on the precision grid, then on a 1 mm one.
    """
    try:
        return polygonal_parts(op(a, b, grid_size=grid))
    except shapely.errors.GEOSException:
        pass
    single = isinstance(a, shapely.Geometry) and isinstance(b, shapely.Geometry)
    a, b = pairs(a, b)
    out = np.empty(len(a), dtype=object)
    for k, (x, y) in enumerate(zip(a, b)):
        for size in (grid, GRID_SIZE_M, 1e-3):
            try:
                out[k] = op(x, y, grid_size=size)
                break
            except shapely.errors.GEOSException:
                continue
        else:
            raise shapely.errors.GEOSException(f"overlay failed on {x.wkt[:80]}...")
    return polygonal_parts(out[0] if single else out)


def union_all(geoms: np.ndarray, grid: Optional[float]):
    """Polygonal union of ``geoms``; on a GEOS error on the precision grid, then a 1 mm one."""
    for size in (grid, GRID_SIZE_M, 1e-3):
        try:
            return polygonal_parts(shapely.union_all(geoms, grid_size=size))
        except shapely.errors.GEOSException:
            continue
    raise shapely.errors.GEOSException("union failed")


def union_runs(geoms: np.ndarray, start: np.ndarray, stop: np.ndarray, grid, step) -> np.ndarray:
    """:func:`union_all` of each run ``geoms[start[k]:stop[k]]``.

    Runs of up to ``RUN_TABLE`` members go to GEOS by vectorised calls, a row of a table each
    (``None`` fills the rest of a row and is skipped): the same collection, so the same union,
    as one call a run. Longer runs, and the runs of a table on which GEOS fails, one by one."""
    start, stop = np.asarray(start, dtype=int), np.asarray(stop, dtype=int)
    merged = np.empty(len(start), dtype=object)
    short = np.flatnonzero(stop - start <= RUN_TABLE)
    alone = [np.flatnonzero(stop - start > RUN_TABLE)]
    for block in np.array_split(short, -(-len(short) // TABLE_ROWS)) if len(short) else ():
        step(None)
        n = stop[block] - start[block]
        table = np.full((len(block), int(n.max())), None, dtype=object)
        row = np.repeat(np.arange(len(block)), n)
        column = np.arange(len(row)) - np.repeat(np.cumsum(n) - n, n)
        table[row, column] = geoms[np.repeat(start[block], n) + column]
        try:
            merged[block] = polygonal_parts(shapely.union_all(table, grid_size=grid, axis=1))
        except shapely.errors.GEOSException:
            alone.append(block)
    for j, k in enumerate(np.concatenate(alone).tolist()):
        if j % CHECK_EVERY == 0:
            step(None)
        merged[k] = union_all(geoms[start[k] : stop[k]], grid)
    return merged


def minus(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``a − b`` element-wise; None stands for nothing (None − b = None, a − None = a)."""
    out = a.copy()
    both = ~shapely.is_missing(a) & ~shapely.is_missing(b)
    if both.any():  # boxes that do not overlap by an area: nothing to take away
        both[both] = boxes_overlap(a[both], b[both])
    if both.any():
        out[both] = overlay(shapely.difference, a[both], b[both], None)
    return out


def boxes_overlap(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Whether the bounding boxes of ``a`` and ``b`` overlap by an area (not just touch)."""
    ba, bb = shapely.bounds(a), shapely.bounds(b)
    width = np.minimum(ba[:, 2], bb[:, 2]) - np.maximum(ba[:, 0], bb[:, 0])
    height = np.minimum(ba[:, 3], bb[:, 3]) - np.maximum(ba[:, 1], bb[:, 1])
    return (width > 0) & (height > 0)


def interiors_meet(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Whether the interiors of ``a`` and ``b`` intersect, element-wise (DE-9IM ``T********``).

    GEOS can throw on a valid geometry with nearly coincident vertices (e.g. an overlay
    result): such a pair is decided on the precision grid.
    """
    try:
        return shapely.relate_pattern(a, b, _INTERIORS_MEET)
    except shapely.errors.GEOSException:
        pass
    out = np.zeros(len(a), dtype=bool)
    for k, (x, y) in enumerate(zip(a, b)):
        try:
            out[k] = shapely.relate_pattern(x, y, _INTERIORS_MEET)
        except shapely.errors.GEOSException:
            common = overlay(shapely.intersection, x, y, GRID_SIZE_M)
            out[k] = shapely.area(common) > 0
    return out


def inside(geoms: np.ndarray, points: np.ndarray) -> np.ndarray:
    """Whether each point is strictly inside its polygon (exact predicate; None: False).

    GEOS refuses the predicate on a mixed collection: that counts as False, i.e. a result to
    redo exactly, and is not worth a warning."""
    with np.errstate(invalid="ignore"):
        return shapely.contains_properly(geoms, points)


def pairs(a, b) -> tuple[np.ndarray, np.ndarray]:
    """Two object arrays of the same length from geometries or arrays (one may be single)."""
    a = object_array([a]) if isinstance(a, shapely.Geometry) else a
    b = object_array([b]) if isinstance(b, shapely.Geometry) else b
    if len(a) == 1 and len(b) != 1:
        a = np.repeat(a, len(b))
    elif len(b) == 1 and len(a) != 1:
        b = np.repeat(b, len(a))
    return a, b


def valid(geoms: np.ndarray) -> np.ndarray:
    """``geoms`` with invalid results of overlay (rare) made valid; None stays None."""
    present = np.flatnonzero(~shapely.is_missing(geoms))
    bad = present[~shapely.is_valid(geoms[present])]
    if len(bad):
        geoms = geoms.copy()
        for i in bad.tolist():
            geoms[i] = polygonal(geoms[i])
    return geoms


def polygonal_parts(geoms: np.ndarray) -> np.ndarray:
    """Only the polygonal parts (intersections of polygons may hold lines and points)."""
    if isinstance(geoms, shapely.Geometry):
        return _keep_polygons(geoms) if shapely.get_type_id(geoms) == 7 else geoms
    geoms = np.asarray(geoms, dtype=object)
    mixed = np.flatnonzero(shapely.get_type_id(geoms) == 7)  # GeometryCollection
    if len(mixed):
        geoms = geoms.copy()
        for i in mixed.tolist():
            geoms[i] = _keep_polygons(geoms[i])
    return geoms


def polygonal(geometry):
    """A valid polygonal version of ``geometry`` (``make_valid``, polygonal parts kept)."""
    try:  # shapely >= 2.1 with GEOS >= 3.10: polygons stay polygons
        fixed = shapely.make_valid(geometry, method="structure", keep_collapsed=False)
    except Exception:  # noqa: BLE001 - TypeError (shapely 2.0), UnsupportedGEOSVersionError
        fixed = shapely.make_valid(geometry)
    if fixed is None or fixed.is_empty:
        return shapely.Polygon()  # not EMPTY: overlays may run on two threads (parallel)
    if shapely.get_type_id(fixed) in POLYGONAL:
        return fixed
    return _keep_polygons(fixed)


def _keep_polygons(geometry):
    parts = shapely.get_parts(geometry)
    parts = parts[np.isin(shapely.get_type_id(parts), POLYGONAL)]
    if not len(parts):
        return shapely.Polygon()
    return parts[0] if len(parts) == 1 else shapely.union_all(parts)
