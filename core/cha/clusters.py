"""Clusters of evidence points (single linkage) and the shape of each, its points inside by the
margin (see the package docstring, steps 1 and 2)."""

from __future__ import annotations

import math

import numpy as np
import shapely

from .inputs import CONCAVE, CONVEX
from .mitre_offset import MITRE_LIMIT, mitre_offset

CONCAVE_RATIO = 0.3
BUFFERED_QUAD_SEGS = 2
MIN_GROWTH_M = 0.01
_GEOS_SAFETY = 1e-6  # relative extra distance for GEOS buffers
_DISC_OVERLAP_M = 1e-3
_POLYGON = 3  # shapely.get_type_id


LINKS_PER_POINT = 64  # beyond this many links a point on average: dense, through the grid
SAMPLED_POINTS = 2000  # the points whose links are counted to tell
CELLS_PER_DISTANCE = 3  # grid cells of distance / 3: points in neighbouring cells are linked
_CELL_REACH = 4  # cells of distance / 3 further than this apart hold no linked points
_MAX_GRID_CELLS = 2**60  # beyond, the cell keys could overflow int64: no grid


def cluster_labels(xy: np.ndarray, distance: float) -> np.ndarray:
    """Single-linkage cluster label of each point (links: distance <= ``distance``), numbered in
    the order of each cluster's first point."""
    n = len(xy)
    if n == 0:
        return np.empty(0, dtype=np.intp)
    from scipy.spatial import cKDTree

    tree = cKDTree(xy)
    if n > SAMPLED_POINTS and _links_per_point(tree, xy, distance) > LINKS_PER_POINT:
        labels = _labels_by_grid(xy, distance)
        if labels is not None:
            return labels
    return _components(n, tree.query_pairs(distance, output_type="ndarray"))


def _dense_labels(xy: np.ndarray, distance: float) -> np.ndarray:
    """``cluster_labels`` of points where most points have many neighbours: through the
    triangulation, by the pairs where Qhull cannot triangulate."""
    labels = _labels_by_triangulation(xy, distance)
    if labels is not None:
        return labels
    from scipy.spatial import cKDTree

    return _components(len(xy), cKDTree(xy).query_pairs(distance, output_type="ndarray"))


def _labels_by_grid(xy: np.ndarray, distance: float) -> np.ndarray | None:
    """``cluster_labels`` of dense points on a grid of cells ``distance / 3`` wide: any two points
    of the same or of touching cells are at most 0.95 ``distance`` apart, so those cells are one
    cluster without a test; only points near a cell of another such cluster (the frontier) are
    clustered point by point, and their links join the cells' clusters. None when the grid
    would be too fine for the extent."""
    cell_m = distance / CELLS_PER_DISTANCE
    if not cell_m > 0:
        return None
    low = xy.min(axis=0)
    span = np.floor((xy.max(axis=0) - low) / cell_m) + 2 * _CELL_REACH + 1
    if not np.all(np.isfinite(span)) or span[0] * span[1] > _MAX_GRID_CELLS:
        return None
    ij = np.floor((xy - low) / cell_m).astype(np.int64) + _CELL_REACH
    width = int(span[1])
    cells, cell_of = np.unique(ij[:, 0] * width + ij[:, 1], return_inverse=True)
    cell_of = cell_of.reshape(-1)

    def touching(di: int, dj: int) -> tuple[np.ndarray, np.ndarray]:
        """The pairs (cell, its occupied neighbour at the offset) as indices into ``cells``."""
        wanted = cells + (di * width + dj)
        at = np.minimum(np.searchsorted(cells, wanted), len(cells) - 1)
        found = cells[at] == wanted
        return np.nonzero(found)[0], at[found]

    near = [(di, dj) for di in (-1, 0, 1) for dj in (-1, 0, 1) if (di, dj) > (0, 0)]
    cell_cluster = _components(
        len(cells), np.concatenate([np.column_stack(touching(*o)) for o in near])
    )
    frontier = np.zeros(len(cells), dtype=bool)
    reach = range(-_CELL_REACH, _CELL_REACH + 1)
    for di, dj in ((di, dj) for di in reach for dj in reach if max(abs(di), abs(dj)) > 1):
        cell, other = touching(di, dj)
        frontier[cell[cell_cluster[cell] != cell_cluster[other]]] = True
    labels = cell_cluster[cell_of]
    points = np.nonzero(frontier[cell_of])[0]
    if len(points):
        linked = _dense_labels(xy[points], distance)
        clusters = labels.max() + 1
        joins = np.column_stack([labels[points], clusters + linked])
        labels = _components(clusters + linked.max() + 1, joins)[labels]
    return _numbered_by_first_point(labels)


def _numbered_by_first_point(labels: np.ndarray) -> np.ndarray:
    """The same partition, numbered in the order of each cluster's first point."""
    _, first = np.unique(labels, return_index=True)
    rank = np.empty(labels.max() + 1, dtype=np.intp)
    rank[labels[np.sort(first)]] = np.arange(len(first))
    return rank[labels]


def _links_per_point(tree, xy: np.ndarray, distance: float) -> float:
    """The mean number of points within ``distance`` of a point, from an even sample."""
    sample = xy[:: max(1, len(xy) // SAMPLED_POINTS)]
    return float(np.mean(tree.query_ball_point(sample, distance, return_length=True)))


def _components(n: int, pairs: np.ndarray) -> np.ndarray:
    """Connected components of ``n`` points linked by ``pairs``, numbered by first point."""
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import connected_components

    graph = csr_matrix(
        (np.ones(len(pairs), dtype=np.int8), (pairs[:, 0], pairs[:, 1])), shape=(n, n)
    )
    _, labels = connected_components(graph, directed=True, connection="weak")
    return labels.astype(np.intp)


def _labels_by_triangulation(xy: np.ndarray, distance: float) -> np.ndarray | None:
    """``cluster_labels`` of dense points without listing every pair within ``distance``: the
    clusters are those of the Delaunay edges no longer than it (the Euclidean minimum spanning
    tree lies in the triangulation). None where Qhull cannot triangulate (collinear points)."""
    from scipy.spatial import Delaunay, QhullError

    unique, inverse = np.unique(xy, axis=0, return_inverse=True)
    inverse = inverse.reshape(-1)
    if len(unique) < 3:
        return None
    try:
        triangulation = Delaunay(unique)
    except (QhullError, ValueError):
        return None
    simplices = triangulation.simplices
    edges = np.concatenate([simplices[:, [0, 1]], simplices[:, [1, 2]], simplices[:, [2, 0]]])
    if len(triangulation.coplanar):  # points Qhull left out: linked to their nearest vertex
        edges = np.concatenate([edges, triangulation.coplanar[:, [0, 2]]])
    delta = unique[edges[:, 0]] - unique[edges[:, 1]]
    short = (delta**2).sum(axis=1) <= distance * distance
    unique_labels = _components(len(unique), edges[short])
    if len(triangulation.coplanar) and not short[-len(triangulation.coplanar) :].all():
        return None  # a left-out point far from its vertex: not expected, so not guessed
    return _numbered_by_first_point(unique_labels[inverse])


def cluster_polygons(xy, labels, shape, margin, cluster_distance, step) -> np.ndarray:
    """One polygon per cluster label (0..k-1), each point at least ``margin`` inside."""
    if len(xy) == 0:
        return np.empty(0, dtype=object)
    order = np.argsort(labels, kind="stable")
    xy, labels = xy[order], labels[order]
    multipoints = shapely.multipoints(xy, indices=labels)
    grow = max(margin, MIN_GROWTH_M)
    if shape == CONVEX:
        return mitre_offset(shapely.convex_hull(multipoints), grow)
    if shape == CONCAVE:
        polygons = _concave_polygons(multipoints, grow, step)
        need = grow
    else:
        radius = max(margin, cluster_distance / 2.0)
        polygons = _disc_unions(xy, labels, radius, step)
        need = radius
    step(42)
    return margin_checked(polygons, xy, labels, need, multipoints)


def _concave_polygons(multipoints, grow, step) -> np.ndarray:
    """Concave hulls grown by ``grow``: hulls that are convex after all (small clusters, points,
    lines) by the exact offset, the others by GEOS's mitre buffer (corners cut at twice it)."""
    hulls = shapely.concave_hull(multipoints, ratio=CONCAVE_RATIO)
    convex_hulls = shapely.convex_hull(multipoints)
    step(35)
    concave = shapely.area(hulls) < shapely.area(convex_hulls) * (1.0 - 1e-9)
    polygons = mitre_offset(convex_hulls, grow)
    polygons[concave] = shapely.buffer(
        hulls[concave],
        grow * (1.0 + _GEOS_SAFETY),
        join_style="mitre",
        mitre_limit=MITRE_LIMIT,
    )
    return polygons


def _disc_unions(xy, labels, radius, step) -> np.ndarray:
    """Per cluster (``labels`` sorted), the union of polygon discs that hold the circles of
    ``radius`` about its points (GEOS buffers a multipoint far more slowly than it unions)."""
    corners = 4 * BUFFERED_QUAD_SEGS
    angles = np.arange(corners) * (2.0 * math.pi / corners)
    circum = (radius + _DISC_OVERLAP_M) / math.cos(math.pi / corners) * (1.0 + _GEOS_SAFETY)
    disc = np.column_stack([np.cos(angles), np.sin(angles)]) * circum
    ring_xy = (xy[:, None, :] + disc[None, :, :]).reshape(-1, 2)
    discs = shapely.polygons(
        shapely.linearrings(ring_xy, indices=np.repeat(np.arange(len(xy)), corners))
    )
    sizes = np.bincount(labels)
    starts = np.cumsum(sizes) - sizes
    out = discs[starts]
    for i, c in enumerate(np.flatnonzero(sizes > 1).tolist()):
        if i % 64 == 0:
            step(20 + 20 * c / len(sizes))
        out[c] = shapely.union_all(discs[starts[c] : starts[c] + sizes[c]])
    return out


def margin_checked(polygons, xy, labels, need, multipoints) -> np.ndarray:
    """Holes filled; any cluster that is not one polygon holding its points ``need`` inside
    is replaced by its convex shape (exact)."""
    polygons = fill_holes(polygons)
    bad = shapely.get_type_id(polygons) != _POLYGON
    ok_points = shapely.contains_xy(polygons[labels], xy[:, 0], xy[:, 1])
    ok_points &= shapely.distance(
        shapely.get_exterior_ring(polygons)[labels], shapely.points(xy)
    ) >= need * (1 - 1e-9)
    bad[labels[~ok_points]] = True
    if bad.any():
        polygons[bad] = mitre_offset(shapely.convex_hull(multipoints[bad]), need)
    return polygons


def fill_holes(polygons) -> np.ndarray:
    """Polygons without their holes (other geometry types unchanged)."""
    polygons = np.asarray(polygons, dtype=object).copy()
    holed = (shapely.get_type_id(polygons) == _POLYGON) & (
        shapely.get_num_interior_rings(polygons) > 0
    )
    if holed.any():
        polygons[holed] = shapely.polygons(shapely.get_exterior_ring(polygons[holed]))
    return polygons
