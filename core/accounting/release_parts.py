"""The parts of counted releases the accounting reports: outside every hazard, overlapping."""

from __future__ import annotations

import numpy as np
import shapely

from .overlay import (
    EMPTY_INT,
    GRID_SIZE_M,
    NEAR_M,
    boxes_overlap,
    inside,
    interiors_meet,
    overlay,
    union_runs,
    valid,
)
from .sample_points import misplaced


def outside_parts(rel, hzd, idx, pair_r, pair_h, grid, step) -> np.ndarray:
    """``rel[idx]`` minus every hazard it intersects (pairs ``pair_r``/``pair_h``)."""
    outside = np.empty(len(idx), dtype=object)
    if not len(idx):
        return outside
    pos = np.full(len(rel), -1)
    pos[idx] = np.arange(len(idx))
    sel = pos[pair_r] >= 0
    k, h = pos[pair_r[sel]], pair_h[sel]
    order = np.argsort(k, kind="stable")
    k, h = k[order], h[order]
    counts = np.bincount(k, minlength=len(idx))
    first = np.r_[0, np.cumsum(counts)[:-1]].astype(int)
    none = counts == 0
    outside[none] = rel[idx[none]]
    one = np.flatnonzero(counts == 1)
    outside[one] = overlay(shapely.difference, rel[idx[one]], hzd[h[first[one]]], grid)
    many = np.flatnonzero(counts > 1)
    around = union_runs(hzd[h], first[many], first[many] + counts[many], grid, step)
    outside[many] = overlay(shapely.difference, rel[idx[many]], around, grid)
    return outside


def misplaced_outside(hzd, hi, htree, rel, idx, outside, samples) -> np.ndarray:
    """Positions in ``idx`` whose outside part fails the sample point check."""
    k, p = samples.releases(np.arange(len(idx)), idx)
    if not len(k):
        return EMPTY_INT
    points = samples.points[p]
    in_hazard = np.zeros(len(points), dtype=bool)
    if len(hi):
        q, t = htree.query(points, predicate="intersects")
        in_hazard[q[inside(hzd[hi[t]], points[q])]] = True
    expected = inside(rel[idx[k]], points) & ~in_hazard
    wrong = np.flatnonzero(misplaced(outside[k], points, expected, (rel[idx[k]],)))
    if len(wrong) and len(hi):  # not sure near a hazard's boundary
        q, t = htree.query(points[wrong], predicate="dwithin", distance=NEAR_M)
        near = shapely.dwithin(shapely.boundary(hzd[hi[t]]), points[wrong[q]], NEAR_M)
        wrong = np.setdiff1d(wrong, wrong[q[near]])
    return np.unique(k[wrong])


def overlaps(rel, ci, rtree, samples):
    """Pairs (a < b) of ``rel[ci]`` whose interiors meet, and their polygonal intersections."""
    if len(ci) < 2:
        return EMPTY_INT, EMPTY_INT, np.empty(0, dtype=object)
    q, t = rtree.query(rel[ci])  # boxes: each pair once (q < t) before any predicate
    keep = q < t
    a, b = ci[q[keep]], ci[t[keep]]
    boxes = boxes_overlap(rel[a], rel[b])
    a, b = a[boxes], b[boxes]
    near = shapely.intersects(rel[a], rel[b])  # prepared: cheap, and relate only after it
    a, b = a[near], b[near]
    meet = interiors_meet(rel[a], rel[b])
    a, b = a[meet], b[meet]
    inter = overlay(shapely.intersection, rel[a], rel[b], None)
    # Check: a sample point of either release clearly inside both is in their intersection.
    k, p = samples.releases(np.r_[np.arange(len(a)), np.arange(len(a))], np.r_[a, b])
    if len(k):
        points = samples.points[p]
        inputs = (rel[a[k]], rel[b[k]])
        expected = inside(inputs[0], points) & inside(inputs[1], points)
        bad = np.unique(k[misplaced(inter[k], points, expected, inputs)])
        if len(bad):
            inter[bad] = overlay(shapely.intersection, rel[a[bad]], rel[b[bad]], GRID_SIZE_M)
    inter = valid(inter)
    real = shapely.area(inter) > 0
    return a[real], b[real], inter[real]


def hazards_under(hzd, hi, htree, geoms) -> list[tuple[int, ...]]:
    """For each geometry, the (sorted) hazards whose interior it meets."""
    found: list[list[int]] = [[] for _ in range(len(geoms))]
    if len(geoms) and len(hi):
        g, t = htree.query(geoms, predicate="intersects")
        meet = interiors_meet(geoms[g], hzd[hi[t]])
        for k, h in zip(g[meet].tolist(), hi[t[meet]].tolist()):
            found[k].append(h)
    return [tuple(sorted(f)) for f in found]
