"""Outward simplification: a polygon of at most N vertices that contains a CHA, so that every
evidence point keeps its margin (see the package docstring, step 5)."""

from __future__ import annotations

import heapq
from typing import Optional

import numpy as np
import shapely

from . import inputs
from .greedy_outward import greedy_outward
from .vertices import ring_xy, signed_area

AVOID_AREA_FACTOR = 1.5  # see simplify
CONTAIN_TOLERANCE_M = 1e-6  # simplified polygons contain the original within this distance


def simplify_outward(polygon, max_vertices: int) -> shapely.Polygon:
    """A polygon of at most ``max_vertices`` vertices (at least 3) that contains ``polygon``.

    Vertices are counted on the exterior without the repeated closing vertex; holes are dropped
    (filled). The result contains ``polygon`` within ``CONTAIN_TOLERANCE_M`` (1 µm).

    Algorithm: greedy, smallest added area first, with two moves that only ever add area:
    removing a reflex (inward) vertex adds the triangle it cut off; removing an edge whose two
    neighbouring edges, extended, meet outside it (they converge outward) adds the triangle
    between the edge and their meeting point. On a convex polygon every such edge removal keeps
    it convex, and one is always possible down to 4 vertices (the turns of a convex polygon add
    up to 360°, so with 5 or more vertices two consecutive ones add up to less than 180°).
    Meeting points further than twice the polygon's box diagonal from its box centre are not
    used (they make long spikes). Candidates:
    the polygon's convex hull simplified so; for a non-convex polygon also the polygon itself
    simplified so (first without checking each move, and if that result crosses itself again
    with moves that would make the boundary cross itself skipped); the smallest enclosing
    rectangle; for 3 vertices, instead of the rectangle, a triangle of twice its area. The
    smallest candidate that is valid, has at most ``max_vertices`` vertices and contains the
    polygon (within 1 µm) is returned.
    """
    max_vertices = inputs.max_vertices(max_vertices)
    polygon = inputs.single_polygon(polygon, "simplify_outward")
    return simplify(polygon, max_vertices)


def simplify(polygon, n_max: int, obstacles=None) -> shapely.Polygon:
    """:func:`simplify_outward` without its argument checks. With ``obstacles`` (polygons): if
    the smallest result would overlap one, the smallest one avoiding them all is returned
    instead, provided it is at most ``AVOID_AREA_FACTOR`` times as large."""
    xy = ring_xy(polygon)
    if len(xy) <= n_max:
        return polygon if not polygon.interiors else shapely.Polygon(polygon.exterior)
    if signed_area(xy) < 0:
        xy = xy[::-1]
    origin = xy[0].copy()
    local = xy - origin
    hull_xy = ring_xy(shapely.convex_hull(shapely.multipoints(local)))
    if signed_area(hull_xy) < 0:
        hull_xy = hull_xy[::-1]
    result = _best_outward(polygon, local, hull_xy, origin, n_max, None)
    if result is not None and obstacles is not None and len(obstacles):
        clash = _Clash(obstacles, origin)
        if clash(ring_xy(result) - origin):
            # It would overlap a neighbour (and be merged with it): rather a shape that avoids
            # the neighbours, unless that is much larger.
            avoiding = _best_outward(polygon, local, hull_xy, origin, n_max, clash)
            if avoiding is not None and avoiding.area <= AVOID_AREA_FACTOR * result.area:
                return avoiding
    if result is not None:
        return result
    # Never expected: the rectangle (or triangle) 1 mm larger all round, which holds everything.
    return shapely.Polygon(_enclosing(hull_xy, n_max, pad=1e-3) + origin)


def _best_outward(polygon, local, hull_xy, origin, n_max, clash) -> Optional[shapely.Polygon]:
    """The smallest candidate (see :func:`simplify_outward`) that is valid, has at most
    ``n_max`` vertices, holds ``polygon`` and, with ``clash``, overlaps no obstacle."""
    # A non-convex ring is first simplified without checking each move for self-crossings
    # (fast); only if that result fails is it done again with the checks.
    hull_ring = hull_xy if len(hull_xy) <= n_max else greedy_outward(hull_xy, n_max, False, clash)
    pending = [(hull_ring, False), (_enclosing(hull_xy, n_max), False)]
    if len(hull_xy) < len(local):
        pending.append((greedy_outward(local, n_max, False, clash), True))
    pending = [(abs(signed_area(r)), i, r, u) for i, (r, u) in enumerate(pending) if r is not None]
    heapq.heapify(pending)
    while pending:
        _, i, ring, unchecked = heapq.heappop(pending)
        result = shapely.Polygon(ring + origin)
        if (
            3 <= len(ring) <= n_max
            and result.is_valid
            and (clash is None or not clash(ring))
            and result.buffer(CONTAIN_TOLERANCE_M).contains(polygon)
        ):
            return result
        if unchecked:
            ring = greedy_outward(local, n_max, True, clash)
            if ring is not None:
                heapq.heappush(pending, (abs(signed_area(ring)), i, ring, False))
    return None


class _Clash:
    """Whether a ring (coordinates about ``origin``) overlaps the interior of an obstacle."""

    def __init__(self, obstacles, origin):
        self.obstacles = np.asarray(obstacles, dtype=object)
        shapely.prepare(self.obstacles)
        self.origin = origin

    def __call__(self, ring) -> bool:
        shape = shapely.Polygon(np.asarray(ring) + self.origin)
        hit = shapely.intersects(self.obstacles, shape)
        if not hit.any():
            return False
        return bool(shapely.relate_pattern(self.obstacles[hit], shape, "T********").any())


def _enclosing(hull_xy: np.ndarray, n_max: int, pad: float = 0.0) -> np.ndarray:
    """The smallest enclosing rectangle of a convex ring, or for ``n_max`` 3 a triangle of twice
    its area (a parallelogram's smallest enclosing triangle)."""
    rectangle = _min_rectangle(hull_xy, pad)
    if n_max >= 4:
        return rectangle
    r0, r1, _, r3 = rectangle
    return np.array([r0, r0 + 2 * (r1 - r0), r0 + 2 * (r3 - r0)])


def _min_rectangle(hull_xy: np.ndarray, pad: float = 0.0) -> np.ndarray:
    """The smallest-area rectangle holding a convex ring (4 corners, counter-clockwise), each
    side ``pad`` further out."""
    edge = np.roll(hull_xy, -1, axis=0) - hull_xy
    length = np.hypot(edge[:, 0], edge[:, 1])
    u = edge[length > 0] / length[length > 0, None]
    v = np.column_stack([-u[:, 1], u[:, 0]])
    pu = hull_xy @ u.T
    pv = hull_xy @ v.T
    lo_u, hi_u = pu.min(0) - pad, pu.max(0) + pad
    lo_v, hi_v = pv.min(0) - pad, pv.max(0) + pad
    k = int(np.argmin((hi_u - lo_u) * (hi_v - lo_v)))
    uk, vk = u[k], v[k]
    return np.array(
        [
            lo_u[k] * uk + lo_v[k] * vk,
            hi_u[k] * uk + lo_v[k] * vk,
            hi_u[k] * uk + hi_v[k] * vk,
            lo_u[k] * uk + hi_v[k] * vk,
        ]
    )
