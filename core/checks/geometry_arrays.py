"""Arrays of shapely geometries (None where missing) as the checks need them: which are there,
their valid polygonal forms, a point on each, their rings and vertices."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import shapely


def is_present(geoms: np.ndarray) -> np.ndarray:
    """Which geometries are there: neither None nor empty."""
    if not len(geoms):
        return np.zeros(0, dtype=bool)
    return ~shapely.is_missing(geoms) & ~shapely.is_empty(geoms)


def anchor_xy(geoms: np.ndarray, idx) -> np.ndarray:
    """A point on each geometry of ``idx`` (point on surface of its valid form), NaN if none."""
    idx = np.asarray(idx, dtype=int)
    out = np.full((len(idx), 2), np.nan)
    if not len(idx):
        return out
    for k, g in enumerate(geoms[idx]):
        if g is None or g.is_empty:
            continue
        try:
            point = shapely.point_on_surface(g if g.is_valid else valid_polygonal(g))
        except shapely.errors.GEOSException:
            point = shapely.Point()
        if point.is_empty:
            out[k] = first_xy(g)
        else:
            out[k] = (point.x, point.y)
    return out


def first_xy(geometry) -> tuple[float, float]:
    """The first vertex of ``geometry`` (NaN when it has none)."""
    xy = shapely.get_coordinates(geometry)
    return (float(xy[0, 0]), float(xy[0, 1])) if len(xy) else (math.nan, math.nan)


def finite_geometries(geoms: np.ndarray) -> np.ndarray:
    """``geoms`` with None for every geometry that has a NaN or infinite coordinate."""
    idx = np.flatnonzero(is_present(geoms))
    if not len(idx):
        return geoms
    xy, owner = shapely.get_coordinates(geoms[idx], return_index=True)
    bad = np.unique(owner[~np.isfinite(xy).all(axis=1)])
    if not len(bad):
        return geoms
    out = np.array(geoms, dtype=object, copy=True)
    out[idx[bad]] = None
    return out


def valid_polygons(geoms: np.ndarray) -> np.ndarray:
    """Valid polygonal versions (``make_valid``, polygonal parts kept), None where missing."""
    out = np.array(geoms, dtype=object, copy=True)
    present = is_present(out)
    idx = np.flatnonzero(present)
    if not len(idx):
        return out
    invalid = idx[~shapely.is_valid(out[idx])]
    for i in invalid:
        out[i] = valid_polygonal(out[i])
    return out


def valid_polygonal(geometry):
    """A valid form of ``geometry`` keeping its polygonal parts (an empty polygon if none)."""
    try:  # shapely >= 2.1 with GEOS >= 3.10: polygons stay polygons
        fixed = shapely.make_valid(geometry, method="structure", keep_collapsed=False)
    except Exception:  # noqa: BLE001 - TypeError (shapely 2.0), UnsupportedGEOSVersionError
        fixed = shapely.make_valid(geometry)
    if shapely.get_type_id(fixed) in (3, 6) or fixed.is_empty:
        return fixed
    parts = [p for p in shapely.get_parts(fixed) if shapely.get_type_id(p) in (3, 6)]
    if not parts:
        return shapely.Polygon()
    return shapely.union_all(parts)


def intersections(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The intersection of each pair ``a[k]``, ``b[k]``."""
    try:
        return shapely.intersection(a, b)
    except shapely.errors.GEOSException:  # rare robustness failure: pair by pair
        out = np.empty(len(a), dtype=object)
        for k, (x, y) in enumerate(zip(a, b)):
            try:
                out[k] = shapely.intersection(x, y)
            except shapely.errors.GEOSException:
                out[k] = shapely.intersection(shapely.set_precision(x, 1e-3), y)
        return out


@dataclass
class Rings:
    """The rings of the polygons of some features, with all their vertices in one array."""

    geoms: np.ndarray  # LinearRings
    owner: np.ndarray  # index of the feature each ring belongs to
    xy: np.ndarray  # all vertices, rings one after the other (closing vertex repeated)
    ring_of: np.ndarray  # ring index of each vertex


def ring_arrays(geoms: np.ndarray, idx: np.ndarray) -> Rings:
    """The rings of the polygonal parts of the features ``idx``."""
    parts, part_owner = shapely.get_parts(geoms[idx], return_index=True)
    polygonal = shapely.get_type_id(parts) == 3
    parts, part_owner = parts[polygonal], part_owner[polygonal]
    rings, ring_part = shapely.get_rings(parts, return_index=True)
    owner = idx[part_owner[ring_part]] if len(rings) else np.empty(0, dtype=int)
    if len(rings):
        xy, ring_of = shapely.get_coordinates(rings, return_index=True)
    else:
        xy, ring_of = np.empty((0, 2)), np.empty(0, dtype=int)
    return Rings(rings, owner, xy, ring_of)


def distinct_vertices(rings: Rings) -> np.ndarray:
    """The number of distinct vertices of each ring."""
    n = len(rings.geoms)
    if not len(rings.xy):
        return np.zeros(n, dtype=int)
    order = np.lexsort((rings.xy[:, 1], rings.xy[:, 0], rings.ring_of))
    ring = rings.ring_of[order]
    xy = rings.xy[order]
    new = np.ones(len(order), dtype=bool)
    new[1:] = (ring[1:] != ring[:-1]) | np.any(xy[1:] != xy[:-1], axis=1)
    return np.bincount(ring[new], minlength=n)
