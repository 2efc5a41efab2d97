"""Areas whose interiors overlap merged until none do; the unsimplified shapes of merged CHAs
(see the package docstring, steps 4 and 5)."""

from __future__ import annotations

from typing import Optional

import numpy as np
import shapely

from .clusters import fill_holes

_POLYGON = 3  # shapely.get_type_id


def merge_until_stable(geoms, step):
    """Union areas whose interiors intersect, until none do.

    Returns (areas, component of each input area) or (areas, None) when nothing overlapped.
    """
    total = None
    while True:
        merged, comp = _merge_once(geoms, step)
        if comp is None:
            return geoms, total
        total = comp if total is None else comp[total]
        geoms = merged


def _merge_once(geoms, step):
    """One round: each connected group of areas whose interiors overlap becomes their union
    (holes filled). Returns (areas, component of each input area) or (geoms, None)."""
    n = len(geoms)
    if n < 2:
        return geoms, None
    tree = shapely.STRtree(geoms)
    a, b = tree.query(geoms, predicate="intersects")
    keep = a < b
    a, b = a[keep], b[keep]
    if len(a):
        keep = ~shapely.touches(geoms[a], geoms[b])
        a, b = a[keep], b[keep]
    if len(a) == 0:
        return geoms, None
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import connected_components

    graph = csr_matrix((np.ones(len(a), dtype=np.int8), (a, b)), shape=(n, n))
    n_comp, comp = connected_components(graph, directed=True, connection="weak")
    comp = comp.astype(np.intp)
    sizes = np.bincount(comp, minlength=n_comp)
    out = np.empty(n_comp, dtype=object)
    single = sizes[comp] == 1
    out[comp[single]] = geoms[single]
    order = np.argsort(comp, kind="stable")
    groups = np.split(order, np.cumsum(sizes)[:-1])
    for i, c in enumerate(np.flatnonzero(sizes > 1).tolist()):
        if i % 64 == 0:
            step(57)
        members = geoms[groups[c]]
        union = shapely.union_all(members)
        broken = shapely.get_type_id(union) != _POLYGON
        if broken or shapely.area(union) < shapely.area(members).max() * (1.0 - 1e-9):
            # Never expected (overlapping interiors make one polygon): their convex hull.
            union = shapely.convex_hull(shapely.geometrycollections(members))
        out[c] = union
    out[sizes > 1] = fill_holes(out[sizes > 1])
    return out, comp


def neighbours(geoms, which) -> list[np.ndarray]:
    """For each of ``geoms[which]``, the indices of the other geoms within its box widened by
    twice its diagonal on every side."""
    bounds = shapely.bounds(geoms[which])
    pad = 2.0 * np.hypot(bounds[:, 2] - bounds[:, 0], bounds[:, 3] - bounds[:, 1])
    boxes = shapely.box(
        bounds[:, 0] - pad, bounds[:, 1] - pad, bounds[:, 2] + pad, bounds[:, 3] + pad
    )
    i, j = shapely.STRtree(geoms).query(boxes)
    keep = which[i] != j
    i, j = i[keep], j[keep]
    order = np.lexsort((j, i))
    i, j = i[order], j[order]
    return np.split(j, np.cumsum(np.bincount(i, minlength=len(which)))[:-1])


def merge_bases(base, comp, merged) -> np.ndarray:
    """The unsimplified shapes of merged CHAs: for each component of ``comp``, the union of its
    members' ``base`` shapes, bridged into one polygon where they are apart (their simplified
    shapes overlapped, their own ones need not); ``merged`` (the union of the simplified
    shapes) where that fails."""
    n = len(merged)
    sizes = np.bincount(comp, minlength=n)
    out = np.empty(n, dtype=object)
    single = sizes[comp] == 1
    out[comp[single]] = base[single]
    order = np.argsort(comp, kind="stable")
    groups = np.split(order, np.cumsum(sizes)[:-1])
    for c in np.flatnonzero(sizes > 1).tolist():
        out[c] = _bridged_union(base[groups[c]])
        if out[c] is None:
            out[c] = merged[c]
    return out


def _bridged_union(polygons) -> Optional[shapely.Polygon]:
    """The union of ``polygons`` without holes; parts apart are joined by 2 cm wide bridges
    along the shortest lines of a minimum spanning tree. None if that is not one polygon."""
    union = shapely.union_all(polygons)
    if shapely.get_type_id(union) != _POLYGON:
        parts = shapely.get_parts(union)
        parts = parts[shapely.get_type_id(parts) == _POLYGON]
        if len(parts) < 2:
            return None
        gaps = shapely.distance(parts[:, None], parts[None, :])
        inside, bridges = [0], []
        while len(inside) < len(parts):  # Prim's tree over the parts
            outside = np.setdiff1d(np.arange(len(parts)), inside)
            sub = gaps[np.ix_(inside, outside)]
            i, j = np.unravel_index(np.argmin(sub), sub.shape)
            a, b = inside[i], int(outside[j])
            bridges.append(shapely.shortest_line(parts[a], parts[b]))
            inside.append(b)
        strips = shapely.buffer(np.array(bridges, dtype=object), 0.01, cap_style="square")
        union = shapely.union_all(np.concatenate([parts, strips]))
        if shapely.get_type_id(union) != _POLYGON:
            return None
    return shapely.Polygon(union.exterior) if union.interiors else union
