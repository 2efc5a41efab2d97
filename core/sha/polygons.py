"""Polygon results of the SHA overlays: their polygon parts, valid and oriented; unions and
differences checked (floating point overlay can go wrong where edges nearly coincide) and done
again on a millimetre grid where they fail."""

from __future__ import annotations

import numpy as np
import shapely

GRID_M = 1e-3  # grid for Voronoi samples (keeps them apart) and for overlays done again
STRAIGHT_M = 1e-6  # a vertex this close to the line through its neighbours is dropped
FLAT_HOLE_M2 = 1e-6  # a hole smaller than this is an overlay's trace, not a hole
_AREA_RTOL, _AREA_ATOL = 1e-9, 1e-6  # areas that differ by more are not the same (m²)
_POLYGON_ID = 3  # shapely.get_type_id of a Polygon
_MULTI_IDS = (4, 5, 6, 7)  # multi-part types and geometry collections


def without_flat_holes(parts: np.ndarray) -> np.ndarray:
    """The parts without holes of no area (a boundary run out and back, nanometres wide, left
    by an overlay): GEOS lets them pass, but in degrees their vertices coincide and the polygon
    is invalid."""
    out = np.asarray(parts, dtype=object).copy()
    for k, geometry in enumerate(out):
        polygons = list(getattr(geometry, "geoms", [geometry]))
        flat = [
            p for p in polygons if any(shapely.Polygon(r).area < FLAT_HOLE_M2 for r in p.interiors)
        ]
        if not flat:
            continue
        kept = [
            shapely.Polygon(
                p.exterior, [r for r in p.interiors if shapely.Polygon(r).area >= FLAT_HOLE_M2]
            )
            for p in polygons
        ]
        out[k] = kept[0] if geometry.geom_type == "Polygon" else shapely.MultiPolygon(kept)
    return out


def polygon_parts(geoms: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The non-empty polygons inside ``geoms`` and the index of the geometry each comes from."""
    index = np.arange(len(geoms))
    geoms = np.asarray(geoms, dtype=object)
    while True:
        multi = np.isin(shapely.get_type_id(geoms), _MULTI_IDS)
        if not multi.any():
            break
        parts, where = shapely.get_parts(geoms[multi], return_index=True)
        single = ~multi
        geoms = np.concatenate([geoms[single], parts])
        index = np.concatenate([index[single], index[multi][where]])
    keep = (shapely.get_type_id(geoms) == _POLYGON_ID) & ~shapely.is_empty(geoms)
    geoms, index = geoms[keep], index[keep]
    order = np.argsort(index, kind="stable")
    return geoms[order], index[order]


def valid_polygons(parts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Single valid polygons (overlay output is valid; this is a safety net)."""
    parts, index = polygon_parts(parts)
    invalid = ~shapely.is_valid(parts)
    if invalid.any():
        fixed, where = polygon_parts(shapely.make_valid(parts[invalid]))
        keep = ~invalid
        parts = np.concatenate([parts[keep], fixed])
        index = np.concatenate([index[keep], index[invalid][where]])
        order = np.argsort(index, kind="stable")
        parts, index = parts[order], index[order]
    return parts, index


def union(pieces: np.ndarray):
    """Union of polygons, checked: if a piece went missing (floating point overlay can drop one
    whose edges nearly coincide with others'), it is done again with a millimetre grid."""
    union = shapely.union_all(pieces)
    shapely.prepare(union)
    points = shapely.point_on_surface(pieces)
    x, y = shapely.get_coordinates(points).T
    outside = ~shapely.intersects_xy(union, x, y)
    if outside.any():  # a piece thinner than a micrometre may fall on either side: no matter
        lost = shapely.distance(union, points[~shapely.is_empty(points)][outside]) > STRAIGHT_M
        if lost.any():
            union = shapely.union_all(pieces, grid_size=GRID_M)
    return union


def area_differs(got, expected) -> np.ndarray:
    """True where two areas differ by more than rounding."""
    return np.abs(got - expected) > _AREA_RTOL * np.abs(expected) + _AREA_ATOL


def minus(a, b):
    """``a - b`` (single geometries), checked: with ``a & b`` it must hold the area of ``a``."""
    inside, outside = shapely.intersection(a, b), shapely.difference(a, b)
    if area_differs(inside.area + outside.area, a.area):
        outside = shapely.difference(a, b, grid_size=GRID_M)
    return outside


def orient(parts: np.ndarray) -> np.ndarray:
    """Exterior rings counter-clockwise, holes clockwise (``orient(polygon, sign=1.0)``)."""
    if hasattr(shapely, "orient_polygons"):  # shapely >= 2.1
        return shapely.orient_polygons(parts)
    from shapely.geometry.polygon import orient

    oriented = np.empty(len(parts), dtype=object)
    oriented[:] = [orient(p, sign=1.0) for p in parts]  # one per part
    return oriented
