"""Convex hulls grown by a distance with mitred corners, exactly, in numpy (the ``CONVEX``
shape; see the package docstring, step 2)."""

from __future__ import annotations

import math

import numpy as np
import shapely

MITRE_LIMIT = 2.0  # a corner's mitre may reach twice the margin; sharper corners are cut
_POLYGON = 3  # shapely.get_type_id
_SQUARE = np.array([[-1.0, -1.0], [1.0, -1.0], [1.0, 1.0], [-1.0, 1.0]])


def mitre_offset(hulls, distance: float) -> np.ndarray:
    """Convex hulls (points, lines or convex polygons) grown by ``distance``, mitred corners.

    Each edge moves out by ``distance``; neighbours meet at their mitre point when the corner
    turns by at most 120° (mitre at most ``MITRE_LIMIT`` times the distance), else the corner is
    cut by the tangent to the circle of radius ``distance`` about the vertex. A point becomes an
    axis-aligned square, a segment a rectangle (its ends are 180° corners).
    """
    n = len(hulls)
    out = np.empty(n, dtype=object)
    if n == 0:
        return out
    xy, idx = _ring_vertices(hulls)
    counts = np.bincount(idx, minlength=n)
    starts = np.cumsum(counts) - counts
    group_first = np.repeat(starts, counts)
    local = xy - xy[group_first]  # precision: each hull about its own first vertex
    single = counts[idx] == 1
    first_pt, second_pt, bevel = _corners(local, idx, starts, counts, single, distance)
    # Lone points: the square of half-side ``distance``.
    lone = np.flatnonzero(single)
    corner_xy = (xy[lone][:, None, :] + (_SQUARE * distance)[None, :, :]).reshape(-1, 2)
    corner_idx = np.repeat(idx[lone], 4)
    # Hull vertices: the mitre point, or the two ends of the cut.
    many = ~single
    pairs = np.stack([first_pt[many], second_pt[many]], axis=1)
    pairs += xy[group_first][many][:, None, :]
    take = np.column_stack([np.ones(int(many.sum()), dtype=bool), bevel[many]]).ravel()
    ring_xy = pairs.reshape(-1, 2)[take]
    ring_idx = np.repeat(idx[many], 2)[take]
    all_xy = np.concatenate([ring_xy, corner_xy])
    all_idx = np.concatenate([ring_idx, corner_idx])
    order = np.argsort(all_idx, kind="stable")
    rings = shapely.linearrings(all_xy[order], indices=all_idx[order])
    out[:] = shapely.polygons(rings)
    return out


def _ring_vertices(hulls):
    """Ring vertices of each hull (its index in ``idx``) without the closing one, and no
    repeated consecutive vertex."""
    types = shapely.get_type_id(hulls)
    rings = np.where(types == _POLYGON, shapely.get_exterior_ring(hulls), hulls)
    xy, idx = shapely.get_coordinates(rings, return_index=True)
    nxt_same = np.zeros(len(xy), dtype=bool)
    nxt_same[:-1] = idx[1:] == idx[:-1]
    starts = np.flatnonzero(np.r_[True, ~nxt_same[:-1]])
    first = np.repeat(starts, np.diff(np.r_[starts, len(xy)]))
    nxt = np.where(nxt_same, np.arange(len(xy)) + 1, first)
    keep = np.any(xy != xy[nxt], axis=1)
    keep[starts] = True
    return xy[keep], idx[keep]


def _corners(local, idx, starts, counts, single, distance):
    """Per vertex (``local`` coordinates, hull ``idx``): the mitre point, or with ``bevel`` the
    two ends of the cut corner (``first_pt``, ``second_pt``)."""
    pos = np.arange(len(local))
    ends = starts + counts - 1
    nxt = pos + 1
    nxt[ends] = starts
    prv = pos - 1
    prv[starts] = ends
    edge = local[nxt] - local
    length = np.hypot(edge[:, 0], edge[:, 1])
    length[single] = 1.0
    u = edge / length[:, None]
    u_in = u[prv]
    n_out = _outward_normals(u, u_in, idx, starts)
    n_in = n_out[prv]
    cos_turn = np.clip(np.einsum("ij,ij->i", n_in, n_out), -1.0, 1.0)
    mitre = cos_turn >= math.cos(2.0 * math.acos(1.0 / MITRE_LIMIT))  # turn <= 120°
    first_pt = np.empty_like(local)
    second_pt = np.zeros_like(local)
    with np.errstate(divide="ignore", invalid="ignore"):
        first_pt[:] = local + distance * (n_in + n_out) / (1.0 + cos_turn)[:, None]
        # tan(turn / 4) = sin(turn / 2) / (1 + cos(turn / 2)), from the normals (no arccos:
        # it loses half the digits near a 180° turn).
        half_sin = np.hypot(*(n_in - n_out).T) / 2.0
        half_cos = np.hypot(*(n_in + n_out).T) / 2.0
        tq = (half_sin / (1.0 + half_cos))[:, None]
        bevel = ~mitre
        first_pt[bevel] = (local + distance * n_in + distance * tq * u_in)[bevel]
        second_pt[bevel] = (local + distance * n_out - distance * tq * u)[bevel]
    return first_pt, second_pt, bevel


def _outward_normals(u, u_in, idx, starts):
    """The outward unit normal of each edge (direction ``u``, the edge before: ``u_in``).

    Orientation: the turns of a convex ring all have one sign, so their sum cannot cancel out
    (a shoelace area can, for a hull thinner than rounding)."""
    turns = u_in[:, 0] * u[:, 1] - u_in[:, 1] * u[:, 0]
    sign = np.where(np.add.reduceat(turns, starts) < 0, -1.0, 1.0)
    return np.column_stack([u[:, 1], -u[:, 0]]) * sign[idx][:, None]
