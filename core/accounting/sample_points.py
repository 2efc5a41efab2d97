"""Overlay results checked at sample points, and redone on the precision grid where wrong.

GEOS's floating point overlay can put a whole ring on the wrong side of a nearly coincident edge
(a release digitised along its hazard's boundary, JTS issue #1000) and return a wildly wrong
result without an error. A point inside each polygon and each hole of the inputs
(``point_on_surface``), placed by exact predicates, must then be on the right side of the result;
points within ``NEAR_M`` of a boundary prove nothing and are skipped.
"""

from __future__ import annotations

import numpy as np
import shapely

from ..progress import object_array
from .overlay import EMPTY_INT, GRID_SIZE_M, NEAR_M, inside, overlay, pairs, union_all


class Samples:
    """One point inside each polygon and each hole of the hazards ``hi`` and releases ``ci``.

    Points of hazard ``h`` are ``points[first[h] : first[h] + count[h]]``; those of release
    ``r`` at ``first[n + r]``, with ``n`` the number of hazards.
    """

    def __init__(self, hzd, hi, rel, ci):
        n = len(hzd)
        geoms = np.r_[hzd[hi], rel[ci]]
        owner_of = np.r_[hi, n + ci].astype(int)
        owner, points, _ = sample_points(geoms)
        owners = owner_of[owner]
        order = np.argsort(owners, kind="stable")
        self.points = points[order]
        self.count = np.bincount(owners, minlength=n + len(rel))
        self.first = np.r_[0, np.cumsum(self.count)[:-1]].astype(int)
        self.n = n

    def hazards(self, keys, hazards):
        """(key, point index) for each sample point of each hazard, paired with its key."""
        return self._expand(keys, np.asarray(hazards, dtype=int))

    def releases(self, keys, releases):
        """(key, point index) for each sample point of each release, paired with its key."""
        return self._expand(keys, self.n + np.asarray(releases, dtype=int))

    def _expand(self, keys, owners):
        keys = np.asarray(keys, dtype=int)
        counts = self.count[owners]
        total = int(counts.sum())
        if not total:
            return EMPTY_INT, EMPTY_INT
        starts = np.repeat(self.first[owners] - (np.cumsum(counts) - counts), counts)
        return np.repeat(keys, counts), starts + np.arange(total)


def sample_points(geoms: np.ndarray):
    """A point inside each polygon and inside each hole of ``geoms``, with its owner's index.

    GEOS overlay can put a whole ring on the wrong side of a nearly coincident edge: such a
    mistake moves the point of that ring's polygon or hole to the wrong side of the result.
    """
    parts, owner = shapely.get_parts(geoms, return_index=True)
    polygons = shapely.get_type_id(parts) == 3
    parts, owner = parts[polygons], owner[polygons]
    rings, ring_part = shapely.get_rings(parts, return_index=True)
    holes = np.ones(len(rings), dtype=bool)
    holes[np.r_[0, np.flatnonzero(ring_part[1:] != ring_part[:-1]) + 1][: len(rings)]] = False
    points = np.r_[
        shapely.point_on_surface(parts),
        shapely.point_on_surface(shapely.polygons(rings[holes])),
    ]
    owners = np.r_[owner, owner[ring_part[holes]]].astype(int)
    return owners, points, np.r_[np.zeros(len(parts), bool), np.ones(int(holes.sum()), bool)]


def misplaced(results, points, expected, inputs=()) -> np.ndarray:
    """Whether each point is on the wrong side of its overlay result (None: an empty result).

    ``expected``: whether the point is strictly inside the result, by exact predicates on the
    ``inputs`` (arrays aligned with ``points``). A point within ``NEAR_M`` of the boundary of
    the result or of an input is never wrong: floating point overlay moves boundaries by far
    less, inputs may hold hairline gaps, and a misplaced ring moves the whole area around it.
    """
    shapely.prepare(results)  # many points may test one large result
    wrong = inside(results, points) != expected  # None: False
    for geoms in (results, *inputs):
        if not wrong.any():
            break
        wrong[wrong] = ~shapely.dwithin(shapely.boundary(geoms[wrong]), points[wrong], NEAR_M)
    return wrong


def in_both(in_a, in_b):
    return in_a & in_b


def in_first_only(in_a, in_b):
    return in_a & ~in_b


def in_either(in_a, in_b):
    return in_a | in_b


def checked(op, a, b, rule) -> np.ndarray:
    """Polygonal ``op(a, b)`` element-wise, floating point, redone on the precision grid where
    a sample point of ``a`` or ``b`` clearly inside or outside them is on the wrong side of
    the result; ``rule(in_a, in_b)`` (``in_both``...) says on which side it belongs."""
    a, b = pairs(a, b)
    out = overlay(op, a, b, None)
    n = len(a)
    if not n:
        return out
    owner, points, _ = sample_points(np.r_[a, b])
    shapely.prepare(a)
    shapely.prepare(b)
    k = owner % n
    expected = rule(inside(a[k], points), inside(b[k], points))
    bad = np.unique(k[misplaced(out[k], points, expected, (a[k], b[k]))])
    if len(bad):
        out[bad] = overlay(op, a[bad], b[bad], GRID_SIZE_M)
    return out


def checked_union(geoms: np.ndarray):
    """Union of ``geoms`` (floating point, redone on the grid if a part got lost)."""
    union = union_all(geoms, None)
    if len(union_misses(object_array([union]), geoms, np.zeros(len(geoms), dtype=int))):
        union = union_all(geoms, GRID_SIZE_M)
    return union


def union_misses(unions: np.ndarray, members: np.ndarray, group: np.ndarray) -> np.ndarray:
    """The groups whose union (``unions[g]`` of the ``members`` with ``group == g``) puts a
    sample point of a member on the wrong side: a point inside a member must be in the union,
    a point inside a member's hole only if another member of the group holds it."""
    owner, points, hole = sample_points(members)
    shapely.prepare(members)
    g = group[owner]
    is_inside = inside(members[owner], points)  # parts: inside their own member
    sure = np.ones(len(points), dtype=bool)
    holes = np.flatnonzero(hole)
    if len(holes):  # holes: against every member of their group
        order = np.argsort(group, kind="stable")
        counts = np.bincount(group, minlength=len(unions))
        first = np.r_[0, np.cumsum(counts)[:-1]].astype(int)
        n = counts[g[holes]]
        which = np.repeat(holes, n)
        member = order[np.repeat(first[g[holes]] - np.cumsum(n) + n, n) + np.arange(n.sum())]
        is_inside[holes] = False
        np.logical_or.at(is_inside, which, inside(members[member], points[which]))
        near = shapely.dwithin(shapely.boundary(members[member]), points[which], NEAR_M)
        np.logical_and.at(sure, which, ~near)
    wrong = misplaced(unions[g], points, is_inside, (members[owner],))
    return np.unique(g[sure & wrong])
