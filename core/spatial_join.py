"""Spatial joins: which polygon holds each geometry, how many points lie inside each polygon.

Pure shapely 2 and numpy (no QGIS); planar, in the caller's projected CRS. One implementation for
the area report (the district of a hazard or release) and ``landrelease:delineatecha`` (the SHA
a CHA lies in, the indirect evidence inside it).
"""

from __future__ import annotations

import numpy as np
import shapely

from .progress import object_array

_GRID_SIZE_M = 1e-6  # precision grid of an intersection GEOS refused in floating point


def polygon_holding_most(geometries, polygons) -> np.ndarray:
    """For each geometry, the index of the polygon that holds most of its (planar) area; -1
    when none holds any (touching is not holding). Ties go to the polygon found first.

    Invalid geometries and polygons are repaired (``make_valid``), None counts as empty. An
    intersection GEOS refuses in floating point is redone pair by pair on a 1 µm grid."""
    geometries, polygons = _valid(geometries), _valid(polygons)
    best = np.full(len(geometries), -1, dtype=int)
    if not len(geometries) or not len(polygons):
        return best
    g, p = shapely.STRtree(polygons).query(geometries, predicate="intersects")
    if not len(g):
        return best
    shared = _shared_areas(geometries[g], polygons[p])
    best_area = np.zeros(len(geometries))
    for gi, pi, area in zip(g.tolist(), p.tolist(), shared.tolist()):
        if area > best_area[gi]:
            best_area[gi], best[gi] = area, pi
    return best


def points_inside_counts(polygons, points_xy) -> np.ndarray:
    """For each polygon, how many of the points ``(n, 2)`` lie strictly inside it (a point on
    its boundary is not inside)."""
    polygons = object_array(polygons)
    counts = np.zeros(len(polygons), dtype=int)
    if not len(polygons) or not len(points_xy):
        return counts
    tree = shapely.STRtree(shapely.points(np.asarray(points_xy, dtype=float)))
    polygon_index, _ = tree.query(polygons, predicate="contains")
    np.add.at(counts, polygon_index, 1)
    return counts


def _shared_areas(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Planar area of ``a ∩ b``, pair by pair."""
    try:
        return shapely.area(shapely.intersection(a, b))
    except shapely.errors.GEOSException:
        return np.array(
            [shapely.area(shapely.intersection(x, y, grid_size=_GRID_SIZE_M)) for x, y in zip(a, b)]
        )


def _valid(geometries) -> np.ndarray:
    """An object array of valid geometries: None as an empty polygon, invalid ones repaired."""
    out = np.empty(len(geometries), dtype=object)
    for i, geometry in enumerate(geometries):
        if geometry is None:
            out[i] = shapely.Polygon()
        elif not shapely.is_valid(geometry):
            out[i] = shapely.make_valid(geometry)
        else:
            out[i] = geometry
    return out
