"""Greedy outward simplification of a ring: moves that only add area, cheapest first."""

from __future__ import annotations

import heapq
import math
from typing import Optional

import numpy as np

_VERTEX, _EDGE = 0, 1
_FLAT_M = 1e-9  # a vertex this close to the line of its neighbours is taken as straight
_CLASH_AREA_M2 = 1e-6  # moves adding less area are not checked against obstacles


def greedy_outward(xy: np.ndarray, n_max: int, check: bool, clash=None) -> Optional[np.ndarray]:
    """Greedy outward simplification of a counter-clockwise ring (no closing vertex).

    Moves, cheapest added area first: drop a reflex (or straight) vertex; replace an edge by the
    meeting point of its neighbours' extensions when they meet outside it. With ``check`` each
    move is first checked not to make the ring cross itself (not needed on a convex ring, where
    every move keeps it convex). With ``clash`` (a callable: whether a ring overlaps an
    obstacle), moves whose added triangle overlaps an obstacle are skipped. Returns the new
    ring, or None when no move is left before reaching ``n_max`` vertices.
    """
    ring = _Ring(xy, check, clash)
    for k in range(len(xy)):
        ring.push(k)
    while ring.count > n_max:
        if not ring.heap:
            return None
        ring.apply(heapq.heappop(ring.heap))
    return ring.coordinates()


class _Ring:
    """A ring as a doubly linked list of vertices, and the heap of moves on it. A move is
    ``(added area, kind, vertex, stamp, x, y)``; a vertex's stamp changes when its neighbours
    do, which makes the moves pushed before stale."""

    def __init__(self, xy: np.ndarray, check: bool, clash):
        n = len(xy)
        self.xs = xy[:, 0].tolist()
        self.ys = xy[:, 1].tolist()
        self.nxt = [i + 1 for i in range(n)]
        self.nxt[-1] = 0
        self.prv = [i - 1 for i in range(n)]
        self.prv[0] = n - 1
        self.alive = [True] * n
        self.stamp = [0] * n
        self.count = n
        self.heap: list = []
        # Meeting points further than this from the ring's box centre are not taken: spikes
        # far beyond the area (and, far enough, their coordinates would swamp the ring's own
        # digits).
        lo, hi = xy.min(axis=0), xy.max(axis=0)
        self.mid_x, self.mid_y = ((lo + hi) / 2.0).tolist()
        self.reach = 2.0 * float(np.hypot(*(hi - lo)))
        self.clash = clash
        self.crossings = _Crossings(xy, self.nxt) if check else None

    def push(self, k: int) -> None:
        """Push the moves at vertex ``k``: dropping it, replacing its edge to the next."""
        if self.count <= 3:
            return
        xs, ys, a, c = self.xs, self.ys, self.prv[k], self.nxt[k]
        bx, by = xs[k], ys[k]
        ax, ay, cx, cy = xs[a], ys[a], xs[c], ys[c]
        # Drop vertex k: adds triangle a-k-c when k turns right (reflex) or goes straight.
        turn = (bx - ax) * (cy - by) - (by - ay) * (cx - bx)
        base = math.hypot(cx - ax, cy - ay)
        if turn <= 0 or (base > 0 and turn / base <= _FLAT_M):
            area = abs((bx - ax) * (cy - ay) - (by - ay) * (cx - ax)) / 2.0
            heapq.heappush(self.heap, (area, _VERTEX, k, self.stamp[k], 0.0, 0.0))
        # Replace edge k-c by the point where lines a-k and d-c meet beyond k and c.
        d = self.nxt[c]
        if d == a:
            return
        dx, dy = xs[d], ys[d]
        rx, ry = bx - ax, by - ay
        sx, sy = cx - dx, cy - dy
        denom = rx * sy - ry * sx
        if denom == 0.0:
            return
        wx, wy = cx - bx, cy - by
        t = (wx * sy - wy * sx) / denom
        s = (wx * ry - wy * rx) / denom
        if t > 0 and s > 0:
            px, py = bx + t * rx, by + t * ry
            side = wx * (py - by) - wy * (px - bx)
            near = math.hypot(px - self.mid_x, py - self.mid_y) <= self.reach
            if side < 0 and near:  # the meeting point is outside (right of k->c)
                heapq.heappush(self.heap, (-side / 2.0, _EDGE, k, self.stamp[k], px, py))

    def apply(self, move) -> None:
        """Make ``move`` unless it is stale, would cross the ring or meet an obstacle."""
        added, kind, k, st, px, py = move
        if not self.alive[k] or self.stamp[k] != st:
            return
        if kind == _VERTEX:
            touched = self._drop_vertex(k, added)
        else:
            touched = self._replace_edge(k, added, px, py)
        if touched is None:
            return
        self.count -= 1
        for j in touched:
            self.stamp[j] += 1
        for j in touched:
            self.push(j)

    def _drop_vertex(self, k, added) -> Optional[tuple]:
        xs, ys, a, c = self.xs, self.ys, self.prv[k], self.nxt[k]
        crossings = self.crossings
        if crossings is not None and crossings.crosses(
            [((xs[a], ys[a]), (xs[c], ys[c]), [a, c])], [a, k]
        ):
            return None
        if self._clashes(added, [(xs[a], ys[a]), (xs[k], ys[k]), (xs[c], ys[c])]):
            return None
        self.nxt[a], self.prv[c] = c, a
        self.alive[k] = False
        if crossings is not None:
            crossings.drop(k, a, c)
        return (self.prv[a], a, c)

    def _replace_edge(self, k, added, px, py) -> Optional[tuple]:
        xs, ys, a, c = self.xs, self.ys, self.prv[k], self.nxt[k]
        d = self.nxt[c]
        crossings = self.crossings
        if crossings is not None and crossings.crosses(
            [((xs[a], ys[a]), (px, py), [a]), ((px, py), (xs[d], ys[d]), [d])], [a, k, c]
        ):
            return None
        if self._clashes(added, [(xs[k], ys[k]), (px, py), (xs[c], ys[c])]):
            return None
        xs[k], ys[k] = px, py
        self.nxt[k], self.prv[d] = d, k
        self.alive[c] = False
        if crossings is not None:
            crossings.move(k, px, py, d, c)
        return (self.prv[a], a, k, d)

    def _clashes(self, added, triangle) -> bool:
        return self.clash is not None and added > _CLASH_AREA_M2 and self.clash(triangle)

    def coordinates(self) -> np.ndarray:
        """The ring's vertices in order, from the first one alive."""
        start = self.alive.index(True)
        ring = [start]
        j = self.nxt[start]
        while j != start:
            ring.append(j)
            j = self.nxt[j]
        return np.column_stack([np.take(self.xs, ring), np.take(self.ys, ring)])


class _Crossings:
    """The ring's edges as arrays, to tell whether new segments would cross it."""

    def __init__(self, xy: np.ndarray, nxt: list):
        self.x = xy[:, 0].copy()
        self.y = xy[:, 1].copy()
        self.next = np.array(nxt, dtype=np.intp)
        self.alive = np.ones(len(xy), dtype=bool)

    def drop(self, k, a, c) -> None:
        """Vertex ``k`` between ``a`` and ``c`` is gone."""
        self.next[a] = c
        self.alive[k] = False

    def move(self, k, px, py, d, c) -> None:
        """Vertex ``k`` moved to ``(px, py)``, its next one ``c`` gone (``d`` follows it)."""
        self.x[k], self.y[k] = px, py
        self.next[k] = d
        self.alive[c] = False

    def crosses(self, segments, skip) -> bool:
        """Whether any of ``segments`` crosses or touches a ring edge not in ``skip``."""
        ids = np.flatnonzero(self.alive)
        nids = self.next[ids]
        other = np.ones(len(ids), dtype=bool)
        for j in skip:
            other &= ids != j
        ax_, ay_, bx_, by_ = self.x[ids], self.y[ids], self.x[nids], self.y[nids]
        for (px, py), (qx, qy), ends in segments:
            mask = other.copy()
            for j in ends:
                mask &= (ids != j) & (nids != j)
            o1 = (qx - px) * (ay_ - py) - (qy - py) * (ax_ - px)
            o2 = (qx - px) * (by_ - py) - (qy - py) * (bx_ - px)
            o3 = (bx_ - ax_) * (py - ay_) - (by_ - ay_) * (px - ax_)
            o4 = (bx_ - ax_) * (qy - ay_) - (by_ - ay_) * (qx - ax_)
            boxes = (
                (np.minimum(ax_, bx_) <= max(px, qx))
                & (np.maximum(ax_, bx_) >= min(px, qx))
                & (np.minimum(ay_, by_) <= max(py, qy))
                & (np.maximum(ay_, by_) >= min(py, qy))
            )
            hit = mask & boxes & (o1 * o2 <= 0) & (o3 * o4 <= 0)
            if hit.any():
                return True
        return False
