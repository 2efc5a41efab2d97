"""Each hazard's cleared, reduced, cancelled and remaining parts.

:func:`parts_by_overlay` is fast: floating point overlay of each release's piece of the hazard,
unions per outcome, differences; pieces and unions are checked at sample points and redone on
the grid where wrong. :func:`unbalanced` finds the hazards whose parts still do not add up (a
wrong difference gains or loses area); :func:`parts_by_faces` redoes those, robust and slow.
"""

from __future__ import annotations

import numpy as np
import shapely

from .overlay import EMPTY_INT, GRID_SIZE_M, inside, minus, overlay, union_all, union_runs
from .results import AREA_TOLERANCE_M2
from .sample_points import misplaced, union_misses

_STRENGTHS = (1, 2, 3)  # cancelled, reduced, cleared (model.OUTCOME_STRENGTH)


def parts_by_overlay(hzd, hi, rel, strength, pair_h, pair_r, samples, step):
    """Cleared, reduced, cancelled and remaining parts of the hazards ``hi`` (None: nothing).

    ``pair_h``/``pair_r`` are the hazard–release pairs, sorted by hazard. Also returns the
    planar area of each pair's piece (the release's part of the hazard). Floating point
    overlay; pieces and unions are checked at the ``samples`` and redone on the grid where
    wrong. Sliver pieces (below the tolerance) are left out.
    """
    n = len(hzd)
    pieces = _pieces(hzd, rel, pair_h, pair_r, samples)
    piece_m2 = shapely.area(pieces)
    real = piece_m2 >= AREA_TOLERANCE_M2  # planar: only drops slivers
    step(None)
    unions = _unions_by_strength(n, pair_h[real], strength[pair_r[real]], pieces[real], step)
    cleared = unions[3]
    reduced = minus(unions[2], cleared)
    cancelled = minus(minus(unions[1], cleared), unions[2])
    remaining = np.full(n, None, dtype=object)
    remaining[hi] = hzd[hi]
    for s in (3, 2, 1):
        remaining = minus(remaining, unions[s])
    return [cleared, reduced, cancelled, remaining], piece_m2


def _pieces(hzd, rel, pair_h, pair_r, samples) -> np.ndarray:
    """Each pair's piece, ``release ∩ hazard``: no overlay where one holds the other."""
    pieces = np.empty(len(pair_r), dtype=object)
    in_hazard = shapely.contains_properly(hzd[pair_h], rel[pair_r])  # the piece is the release
    rest = ~in_hazard  # touching the hazard's boundary from inside
    in_hazard[rest] = shapely.covered_by(rel[pair_r[rest]], hzd[pair_h[rest]])
    pieces[in_hazard] = rel[pair_r[in_hazard]]
    whole = ~in_hazard
    whole[whole] = shapely.contains_properly(rel[pair_r[whole]], hzd[pair_h[whole]])
    pieces[whole] = hzd[pair_h[whole]]
    cut = np.flatnonzero(~in_hazard & ~whole)
    pieces[cut] = overlay(shapely.intersection, rel[pair_r[cut]], hzd[pair_h[cut]], None)
    if len(cut):  # a sample point clearly inside both must be in the piece
        k1, p1 = samples.releases(cut, pair_r[cut])
        k2, p2 = samples.hazards(cut, pair_h[cut])
        k, points = np.r_[k1, k2].astype(int), samples.points[np.r_[p1, p2].astype(int)]
        inputs = (rel[pair_r[k]], hzd[pair_h[k]])
        expected = inside(inputs[0], points) & inside(inputs[1], points)
        bad = np.unique(k[misplaced(pieces[k], points, expected, inputs)])
        if len(bad):
            pieces[bad] = overlay(
                shapely.intersection, rel[pair_r[bad]], hzd[pair_h[bad]], GRID_SIZE_M
            )
    return pieces


def _unions_by_strength(n, p_h, p_s, p_g, step) -> dict[int, np.ndarray]:
    """Per outcome strength, per hazard, the union of the pieces ``p_g`` of hazards ``p_h``
    with strength ``p_s`` (None where there is none)."""
    unions = {s: np.full(n, None, dtype=object) for s in _STRENGTHS}
    order = np.lexsort((p_s, p_h))
    p_h, p_s, p_g = p_h[order], p_s[order], p_g[order]
    key = p_h * 4 + p_s
    start = np.flatnonzero(np.r_[True, key[1:] != key[:-1]]) if len(key) else EMPTY_INT
    stop = np.r_[start[1:], len(key)].astype(int) if len(start) else EMPTY_INT
    single = stop - start == 1
    for s in _STRENGTHS:
        mine = start[single & (p_s[start] == s)]
        unions[s][p_h[mine]] = p_g[mine]
    multi = np.flatnonzero(~single)
    merged = _checked_unions(p_g, start[multi], stop[multi], step)
    for k, a in enumerate(start[multi].tolist()):
        unions[p_s[a]][p_h[a]] = merged[k]
    return unions


def _checked_unions(geoms, start, stop, step) -> np.ndarray:
    """The union of each run ``geoms[start[k]:stop[k]]``, redone on the grid where a sample
    point shows a ring lost or a hole filled."""
    merged = union_runs(geoms, start, stop, None, step)
    if len(start):
        group = np.repeat(np.arange(len(start)), stop - start)
        members = np.concatenate([geoms[a:b] for a, b in zip(start, stop)])
        for k in union_misses(merged, members, group).tolist():
            merged[k] = union_all(geoms[start[k] : stop[k]], GRID_SIZE_M)
    return merged


def parts_by_faces(hzd, hi, rel, strength, pair_h, pair_r, step):
    """Like :func:`parts_by_overlay`, robust and slow: the boundaries of each hazard and of its
    releases are noded by snap-rounding on the grid and polygonised; each face goes, by a
    point inside it (exact predicates), to the hazard's part of its strongest release. The
    parts, unions of faces of one arrangement, share their edges exactly."""
    n = len(hzd)
    parts = [np.full(n, None, dtype=object) for _ in range(4)]
    piece_m2 = np.zeros(len(pair_r))
    row_of = {3: 0, 2: 1, 1: 2, 0: 3}  # strength -> cleared, reduced, cancelled, remaining
    for j, h in enumerate(np.asarray(hi).tolist()):
        if j % 50 == 0:
            step(None)
        mine = np.arange(*np.searchsorted(pair_h, [h, h + 1]))  # pairs sorted by hazard
        releases = rel[pair_r[mine]]
        edges = shapely.boundary(np.r_[hzd[h : h + 1], releases])
        lines = shapely.get_parts(shapely.union_all(edges, grid_size=GRID_SIZE_M))
        faces = shapely.get_parts(shapely.polygonize(lines))
        points = shapely.point_on_surface(faces)
        keep = shapely.contains_properly(hzd[h], points)
        faces, points = faces[keep], points[keep]
        held = shapely.contains_properly(releases[None, :], points[:, None])  # face x release
        cls = np.max(np.where(held, strength[pair_r[mine]][None, :], 0), axis=1, initial=0)
        for s, row in row_of.items():
            chosen = faces[cls == s]
            if len(chosen):
                parts[row][h] = union_all(chosen, GRID_SIZE_M)  # faces: already on the grid
        piece_m2[mine] = shapely.area(faces) @ held if len(faces) else 0.0
    return parts, piece_m2


def unbalanced(hzd, hi, parts) -> np.ndarray:
    """The hazards whose four parts do not add up to them (planar areas).

    Pieces and unions are checked where they are made; a wrong difference shows here: it
    gains or loses area that the other parts, computed apart, do not.
    """
    figures = [np.nan_to_num(shapely.area(p)) for p in parts]
    original = shapely.area(hzd[hi])
    total = sum(f[hi] for f in figures)
    return hi[np.abs(original - total) > 1e-6 + 1e-10 * original]
