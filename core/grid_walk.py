"""Polygons cut into the cells of a square grid by walking their rings (numpy and shapely).

Used by :mod:`core.tasks`. Each ring's crossings with the grid lines are computed once, each
rounded once from the exact crossing of its edge (double-double arithmetic), and inserted into
the ring. In a cell the ring enters and leaves once, the polygon's part is the run of the ring
inside the cell closed along the cell's boundary (its corners in between); a cell the ring does
not enter lies inside or outside the polygon, as its centre does. What the walk does not do is
left to GEOS (``decided`` False): polygons with holes, with a vertex on a grid line or crossing
one at a grid corner, and cells the ring enters more than once (then intersected with the ring
that holds the crossing points, so that neighbouring cells share them to the last bit).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

_SPLITTER = 134217729.0  # 2**27 + 1: Dekker's split of a double into two halves
_CLOSE_T = 1e-12  # crossings of one edge nearer than this (in the edge's parameter): left to GEOS


@dataclass
class Walked:
    """The cells of the polygons, pair by pair (each polygon's cells row by row, west to east,
    south to north): ``pieces[k]`` the polygon's part in cell ``k`` (None: none) where
    ``decided[k]``; ``densified[p]`` polygon ``p`` with its crossing points (None where it was
    not walked)."""

    pieces: np.ndarray
    decided: np.ndarray
    densified: np.ndarray


def walk(polygons, first, span, rects, cell: float, origin) -> Walked:
    """The part of each polygon in each cell of its range: ``first`` (column, row) of its first
    cell and ``span`` (columns, rows); ``rects`` (x0, y0, x1, y1) of every pair, the outer cells
    reaching past the polygon's bounds."""
    i0, j0 = (np.asarray(f, dtype=float) for f in first)
    nx, ny = (np.asarray(s, dtype=np.int64) for s in span)
    count = nx * ny
    pair_start = np.cumsum(count) - count
    pieces = np.empty(int(count.sum()), dtype=object)
    decided = np.zeros(len(pieces), dtype=bool)
    densified = np.empty(len(polygons), dtype=object)
    simple = np.flatnonzero(shapely.get_num_interior_rings(polygons) == 0)
    if not len(simple):
        return Walked(pieces, decided, densified)
    ring = _Ring.of(polygons[simple], simple)
    bad = np.zeros(len(polygons), dtype=bool)
    grid = _Grid(i0, j0, nx, ny, cell, origin)
    bad[ring.poly[grid.on_interior_line(ring.x, ring.y, ring.poly)]] = True
    points = _densified(ring, grid, bad)
    runs = _runs(points, grid, bad)
    walked = ~bad[simple]
    if not walked.any():
        return Walked(pieces, decided, densified)
    keep = ~bad[runs.poly]
    runs = runs.subset(keep)
    pair = pair_start[runs.poly] + runs.label
    per_pair = np.bincount(pair, minlength=len(pieces))
    once = per_pair[pair] == 1
    built, ok = _closed(points, runs.subset(once), rects[pair[once]])
    pieces[pair[once]] = built
    bad[runs.poly[once][~ok]] = True
    # cells the ring does not enter: inside or outside, as their centre
    poly_of_pair = np.repeat(np.arange(len(polygons)), count)
    k = np.arange(len(pieces)) - pair_start[poly_of_pair]
    empty = (per_pair == 0) & np.isin(poly_of_pair, simple)
    e = np.flatnonzero(empty)
    ci = i0[poly_of_pair[e]] + k[e] % nx[poly_of_pair[e]]
    cj = j0[poly_of_pair[e]] + k[e] // nx[poly_of_pair[e]]
    shapely.prepare(polygons)
    inside = shapely.contains_xy(
        polygons[poly_of_pair[e]], grid.ox + (ci + 0.5) * cell, grid.oy + (cj + 0.5) * cell
    )
    shapely.destroy_prepared(polygons)
    ci, cj = ci[inside], cj[inside]
    pieces[e[inside]] = shapely.box(  # the same line values as the crossings'
        grid.ox + ci * cell, grid.oy + cj * cell, grid.ox + (ci + 1) * cell,
        grid.oy + (cj + 1) * cell, ccw=False,
    )  # fmt: skip
    decided[:] = np.isin(poly_of_pair, simple) & ~bad[poly_of_pair] & (per_pair <= 1)
    pieces[~decided] = None
    done = np.flatnonzero(~bad[simple])
    densified[simple[done]] = _polygons_of(points, done)
    return Walked(pieces, decided, densified)


class _Grid:
    """The grid lines each polygon is cut along: the interior lines of its range of cells."""

    def __init__(self, i0, j0, nx, ny, cell, origin):
        self.i0, self.j0, self.nx, self.ny, self.cell = i0, j0, nx, ny, cell
        self.ox, self.oy = (float(v) for v in origin)

    def line_index(self, value, axis):
        """The index of the grid line at ``value`` (NaN where none is exactly there)."""
        o = self.ox if axis == 0 else self.oy
        k = np.round((value - o) / self.cell)
        return np.where(o + k * self.cell == value, k, np.nan)

    def interior(self, k, poly, axis):
        """Whether line ``k`` cuts polygon ``poly`` (lies strictly inside its range)."""
        lo, n = (self.i0, self.nx) if axis == 0 else (self.j0, self.ny)
        return (k > lo[poly]) & (k < lo[poly] + n[poly])

    def on_interior_line(self, x, y, poly):
        kx, ky = self.line_index(x, 0), self.line_index(y, 1)
        with np.errstate(invalid="ignore"):
            return self.interior(kx, poly, 0) | self.interior(ky, poly, 1)

    def column(self, value, poly, axis):
        """The column (row) of a coordinate that lies on no line, within the polygon's range."""
        o = self.ox if axis == 0 else self.oy
        lo, n = (self.i0, self.nx) if axis == 0 else (self.j0, self.ny)
        k = np.floor((value - o) / self.cell)
        k = np.where(value < o + k * self.cell, k - 1, k)
        k = np.where(value >= o + (k + 1) * self.cell, k + 1, k)
        return np.clip(k, lo[poly], lo[poly] + n[poly] - 1)


@dataclass
class _Ring:
    """The vertices of the exterior rings, counter-clockwise, without the closing one."""

    x: np.ndarray
    y: np.ndarray
    poly: np.ndarray  # index of the polygon (into the polygons given to walk)
    start: np.ndarray  # index of the ring's first vertex, for each vertex
    size: np.ndarray  # vertices in the ring, for each vertex

    @classmethod
    def of(cls, polygons, poly_index) -> _Ring:
        shells = shapely.get_exterior_ring(polygons)
        xy, ring = shapely.get_coordinates(shells, return_index=True)
        first = np.searchsorted(ring, ring, side="left")
        last = np.searchsorted(ring, ring, side="right") - 1
        flip = ~shapely.is_ccw(shells)
        position = np.arange(len(ring))
        xy = np.where(flip[ring][:, None], xy[first + last - position], xy)
        keep = position != last
        xy, ring, first, last = xy[keep], ring[keep], first[keep], last[keep]
        start = np.searchsorted(ring, ring, side="left")
        return cls(xy[:, 0], xy[:, 1], poly_index[ring], start, last - first)

    def following(self):
        """The index of each vertex's successor in its ring."""
        position = np.arange(len(self.x))
        return np.where(position + 1 - self.start >= self.size, self.start, position + 1)


@dataclass
class _Points:
    """The rings with their crossing points, in ring order: ``kind`` 0 a vertex, 1 a crossing
    of a line x = const (line ``k``), 2 of a line y = const."""

    x: np.ndarray
    y: np.ndarray
    kind: np.ndarray
    k: np.ndarray
    poly: np.ndarray
    ring_start: np.ndarray
    ring_size: np.ndarray


def _densified(ring: _Ring, grid: _Grid, bad) -> _Points:
    """The rings with the crossing points inserted; polygons crossing a line where the walk
    cannot tell the order (at a grid corner, twice too near) marked ``bad``."""
    nxt = ring.following()
    ax, ay, bx, by = ring.x, ring.y, ring.x[nxt], ring.y[nxt]
    found = [_crossings(ax, ay, bx, by, ring.poly, grid, axis) for axis in (0, 1)]
    segment = np.concatenate([np.arange(len(ax))] + [f[0] for f in found])
    t = np.concatenate([np.full(len(ax), -1.0)] + [f[1] for f in found])
    x = np.concatenate([ax] + [f[2] for f in found])
    y = np.concatenate([ay] + [f[3] for f in found])
    kind = np.concatenate(
        [np.zeros(len(ax), dtype=np.int64)]
        + [np.full(len(f[0]), a + 1) for a, f in enumerate(found)]
    )
    k = np.concatenate([np.zeros(len(ax))] + [f[4] for f in found])
    order = np.lexsort((t, segment))
    segment, t, x, y, kind, k = segment[order], t[order], x[order], y[order], kind[order], k[order]
    poly = ring.poly[segment]
    # two crossings of one edge too near to order, or a crossing at a grid corner (on a line of
    # the other axis), or one that rounds onto a vertex: the walk cannot tell
    close = (segment[1:] == segment[:-1]) & (kind[1:] > 0) & (np.diff(t) < _CLOSE_T)
    bad[poly[1:][close]] = True
    bad[poly[(kind > 0) & ((t < _CLOSE_T) | (t > 1 - _CLOSE_T))]] = True
    with np.errstate(invalid="ignore"):
        corner = np.where(
            kind == 1,
            grid.interior(grid.line_index(y, 1), poly, 1),
            grid.interior(grid.line_index(x, 0), poly, 0),
        ) & (kind > 0)
    bad[poly[corner]] = True
    first_point = np.searchsorted(segment, ring.start[segment], side="left")
    size = np.bincount(ring.start[segment], minlength=len(ax))[ring.start[segment]]
    return _Points(x, y, kind, k, poly, first_point, size)


def _crossings(ax, ay, bx, by, poly, grid: _Grid, axis: int):
    """(segment, t, x, y, line) of each crossing of a segment with a line that cuts its
    polygon (``axis`` 0: x = const), strictly between the segment's ends."""
    if axis == 1:  # the same with x and y swapped
        segment, t, y, x, k = _crossings(ay, ax, by, bx, poly, _Swapped(grid), 0)
        return segment, t, x, y, k
    o, cell = grid.ox, grid.cell
    lo, hi = np.minimum(ax, bx), np.maximum(ax, bx)
    k_lo = np.maximum(np.floor((lo - o) / cell), grid.i0[poly] + 1)
    k_hi = np.minimum(np.ceil((hi - o) / cell), grid.i0[poly] + grid.nx[poly] - 1)
    n = np.maximum(k_hi - k_lo + 1, 0).astype(np.int64)
    segment = np.repeat(np.arange(len(ax)), n)
    k = k_lo[segment] + (np.arange(int(n.sum())) - np.repeat(np.cumsum(n) - n, n))
    line = o + k * cell
    keep = (lo[segment] < line) & (line < hi[segment])
    segment, k, line = segment[keep], k[keep], line[keep]
    a_x, a_y, b_x, b_y = ax[segment], ay[segment], bx[segment], by[segment]
    t = (line - a_x) / (b_x - a_x)
    y = _crossing(a_x, a_y, b_x, b_y, line)
    return segment, t, line, y, k


class _Swapped(_Grid):
    """The grid with its axes swapped."""

    def __init__(self, grid: _Grid):
        super().__init__(grid.j0, grid.i0, grid.ny, grid.nx, grid.cell, (grid.oy, grid.ox))


def _crossing(ax, ay, bx, by, x):
    """y where the segment (ax, ay)-(bx, by) crosses x, rounded once from the exact value:
    ay + (by - ay) (x - ax) / (bx - ax) in double-double arithmetic."""
    num = _two_sum(x, -ax)
    den = _two_sum(bx, -ax)
    rise = _two_sum(by, -ay)
    step = _dd_mul(rise, _dd_div(num, den))
    high, low = _two_sum(ay, step[0])
    return high + (low + step[1])


def _two_sum(a, b):
    s = a + b
    v = s - a
    return s, (a - (s - v)) + (b - v)


def _split(a):
    c = _SPLITTER * a
    high = c - (c - a)
    return high, a - high


def _two_prod(a, b):
    p = a * b
    ah, al = _split(a)
    bh, bl = _split(b)
    return p, ((ah * bh - p) + ah * bl + al * bh) + al * bl


def _dd_mul(x, y):
    p, e = _two_prod(x[0], y[0])
    e = e + (x[0] * y[1] + x[1] * y[0])
    return _two_sum(p, e)


def _dd_div(x, y):
    q1 = x[0] / y[0]
    r = _dd_sub(x, _dd_mul((q1, np.zeros_like(q1)), y))
    q2 = r[0] / y[0]
    r = _dd_sub(r, _dd_mul((q2, np.zeros_like(q2)), y))
    q3 = r[0] / y[0]
    high, low = _two_sum(q1, q2)
    return _two_sum(high, low + q3)


def _dd_sub(x, y):
    s, e = _two_sum(x[0], -y[0])
    e = e + (x[1] - y[1])
    return _two_sum(s, e)


@dataclass
class _Runs:
    """Maximal runs of a ring inside one cell: from point ``first`` (where the ring enters the
    cell) to point ``last`` (where it leaves), ``last`` counted past the ring's end."""

    poly: np.ndarray
    label: np.ndarray  # the cell: column + row * columns, within the polygon's range
    first: np.ndarray
    last: np.ndarray

    def subset(self, mask) -> _Runs:
        return _Runs(self.poly[mask], self.label[mask], self.first[mask], self.last[mask])


def _runs(points: _Points, grid: _Grid, bad) -> _Runs:
    """The runs of every ring; polygons whose ring never leaves a cell marked ``bad``."""
    position = np.arange(len(points.x))
    nxt = np.where(
        position + 1 - points.ring_start >= points.ring_size, points.ring_start, position + 1
    )
    poly = points.poly
    col = _cell_of_step(points, nxt, grid, poly, 0)
    row = _cell_of_step(points, nxt, grid, poly, 1)
    label = (col - grid.i0[poly] + (row - grid.j0[poly]) * grid.nx[poly]).astype(np.int64)
    previous = np.where(
        position == points.ring_start, points.ring_start + points.ring_size - 1, position - 1
    )
    change = label != label[previous]
    has_change = (
        np.bincount(points.ring_start, weights=change.astype(float), minlength=len(position)) > 0
    )
    bad[poly[~has_change[points.ring_start]]] = True
    starts = np.flatnonzero(change & has_change[points.ring_start])
    if not len(starts):
        return _Runs(*(np.empty(0, dtype=np.int64) for _ in range(4)))
    ring_of = points.ring_start[starts]
    # a run ends where the next one of its ring starts; the ring's last run wraps round
    following = np.r_[starts[1:], -1]
    same_ring = np.r_[ring_of[1:] == ring_of[:-1], False]
    first_of_ring = starts[np.searchsorted(ring_of, ring_of, side="left")]
    size = points.ring_size[starts]
    end = np.where(same_ring, following, first_of_ring + size)
    return _Runs(poly[starts], label[starts], starts, end)


def _cell_of_step(points: _Points, nxt, grid: _Grid, poly, axis):
    """The column (row) of the step from each point to the next: the one of the end that is on
    no line of that axis (both on lines: the lower line)."""
    on = points.kind == axis + 1
    value = points.x if axis == 0 else points.y
    here = grid.column(value, poly, axis)
    there = grid.column(value[nxt], poly, axis)
    both = np.minimum(points.k, points.k[nxt])
    lo = grid.i0 if axis == 0 else grid.j0
    n = grid.nx if axis == 0 else grid.ny
    both = np.clip(both, lo[poly], lo[poly] + n[poly] - 1)
    return np.where(~on, here, np.where(~on[nxt], there, both))


def _closed(points: _Points, runs: _Runs, rects):
    """Each run closed along its cell's boundary, counter-clockwise from where it leaves the
    cell to where it entered, as a clockwise polygon; and whether it could be."""
    n = len(runs.poly)
    if not n:
        return np.empty(0, dtype=object), np.ones(0, dtype=bool)
    x0, y0, x1, y1 = rects.T
    w, h = x1 - x0, y1 - y0
    perimeter = 2 * (w + h)
    size = points.ring_size[runs.first]
    ring_start = points.ring_start[runs.first]

    def at(index, which=slice(None)):
        """The point ``index`` of a run's ring, counted past the ring's end."""
        return ring_start[which] + (index - ring_start[which]) % size[which]

    enter, leave = runs.first, at(runs.last)
    p_enter, ok_enter = _perimeter_position(points, enter, x0, y0, x1, y1, w, h)
    p_leave, ok_leave = _perimeter_position(points, leave, x0, y0, x1, y1, w, h)
    span = np.mod(p_enter - p_leave, perimeter)
    ok = ok_enter & ok_leave & (span > 0)
    corners_at = np.stack([np.zeros(n), w, w + h, 2 * w + h], axis=1)
    corners_x = np.stack([x0, x1, x1, x0], axis=1)
    corners_y = np.stack([y0, y0, y1, y1], axis=1)
    offset = np.mod(corners_at - p_leave[:, None], perimeter[:, None])
    wanted = (offset > 0) & (offset < span[:, None])
    order = np.argsort(np.where(wanted, offset, np.inf), axis=1)
    n_corners = wanted.sum(axis=1)
    along = runs.last - runs.first + 1  # the run's points, both crossings included
    total = along + n_corners + 1
    ok &= total >= 4
    ring = np.repeat(np.arange(n), total)
    place = np.arange(int(total.sum())) - np.repeat(np.cumsum(total) - total, total)
    from_run = place < along[ring]
    from_corner = ~from_run & (place < (along + n_corners)[ring])
    index = at(runs.first[ring] + np.minimum(place, along[ring] - 1), ring)
    index = np.where(place == total[ring] - 1, runs.first[ring], index)
    corner = order[ring, np.clip(place - along[ring], 0, 3)]
    x = np.where(from_corner, corners_x[ring, corner], points.x[index])
    y = np.where(from_corner, corners_y[ring, corner], points.y[index])
    rings = shapely.linearrings(np.stack([x, y], axis=1), indices=ring)
    polygons = shapely.reverse(shapely.polygons(rings))
    ok &= shapely.is_valid(polygons) & (shapely.area(polygons) > 0)
    return polygons, ok


def _perimeter_position(points: _Points, index, x0, y0, x1, y1, w, h):
    """Where a crossing point lies on its cell's boundary, counter-clockwise from the
    south-west corner; and whether it lies on it."""
    x, y, kind = points.x[index], points.y[index], points.kind[index]
    bottom, top = (kind == 2) & (y == y0), (kind == 2) & (y == y1)
    left, right = (kind == 1) & (x == x0), (kind == 1) & (x == x1)
    position = np.select(
        [bottom, right, top, left],
        [x - x0, w + (y - y0), w + h + (x1 - x), 2 * w + h + (y1 - y)],
        default=np.nan,
    )
    return position, bottom | right | top | left


def _polygons_of(points: _Points, rings) -> np.ndarray:
    """The rings ``rings`` (their order among the walked polygons' rings) with their crossing
    points, as polygons."""
    starts = np.unique(points.ring_start)[rings]
    size = points.ring_size[starts]
    total = size + 1
    ring = np.repeat(np.arange(len(starts)), total)
    place = np.arange(int(total.sum())) - np.repeat(np.cumsum(total) - total, total)
    index = starts[ring] + place % size[ring]
    shells = shapely.linearrings(np.stack([points.x[index], points.y[index]], axis=1), indices=ring)
    return shapely.polygons(shells)
