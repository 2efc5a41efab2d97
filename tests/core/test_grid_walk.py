"""Polygons cut into grid cells by walking their rings (core/grid_walk.py), against GEOS."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from landrelease.core import grid_walk, tasks

X0, Y0 = 600000.0, 4400000.0


def cells_of(polygons, cell):
    """(pairs' polygon, rects, first, span) of every cell of each polygon's bounds, as
    core.tasks lays them out."""
    b = shapely.bounds(polygons)
    i0 = np.floor(b[:, 0] / cell + 1e-9)
    j0 = np.floor(b[:, 1] / cell + 1e-9)
    nx = np.maximum(np.ceil(b[:, 2] / cell - 1e-9) - i0, 1).astype(np.int64)
    ny = np.maximum(np.ceil(b[:, 3] / cell - 1e-9) - j0, 1).astype(np.int64)
    count = nx * ny
    which = np.repeat(np.arange(len(polygons)), count)
    k = np.arange(int(count.sum())) - np.repeat(np.cumsum(count) - count, count)
    col, row = k % nx[which], k // nx[which]
    ci, cj, bw = i0[which] + col, j0[which] + row, b[which]
    rects = np.stack(
        [
            np.where(col == 0, bw[:, 0] - cell, ci * cell),
            np.where(row == 0, bw[:, 1] - cell, cj * cell),
            np.where(col == nx[which] - 1, bw[:, 2] + cell, (ci + 1) * cell),
            np.where(row == ny[which] - 1, bw[:, 3] + cell, (cj + 1) * cell),
        ],
        axis=1,
    )
    return which, rects, (i0, j0), (nx, ny)


def random_polygons(seed, n, whole_metres):
    rng = np.random.default_rng(seed)
    vertices = rng.integers(4, 24, n)
    out = []
    for m in vertices:
        angles = np.sort(rng.uniform(0, 2 * np.pi, m))
        radius = rng.uniform(20, 400) * rng.uniform(0.3, 1.3, m)
        centre = rng.uniform(0, 2000, 2) + (X0, Y0)
        ring = centre + radius[:, None] * np.c_[np.cos(angles), np.sin(angles)]
        if whole_metres:
            ring = np.round(ring)
        if rng.random() < 0.5:
            ring = ring[::-1]  # clockwise
        polygon = shapely.make_valid(shapely.Polygon(ring))
        out.extend(p for p in shapely.get_parts(polygon) if p.geom_type == "Polygon")
    if n:
        hole = shapely.box(X0 + 30, Y0 + 30, X0 + 170, Y0 + 90)
        out.append(shapely.box(X0, Y0, X0 + 310, Y0 + 220).difference(hole))
    return np.array(out, dtype=object)


@pytest.mark.parametrize(
    "seed, whole_metres, cell",
    [(1, False, 100.0), (2, False, 37.5), (3, True, 50.0), (4, True, 100.0), (5, False, 33.3)],
)
def test_walked_cells_are_the_cells_geos_cuts_to_the_last_bit(seed, whole_metres, cell):
    polygons = random_polygons(seed, 150, whole_metres)
    which, rects, first, span = cells_of(polygons, cell)
    walked = grid_walk.walk(polygons, first, span, rects, cell, (0.0, 0.0))
    reference = tasks._cells_by_overlay(polygons[which], rects)
    assert walked.decided.mean() > (0.5 if whole_metres else 0.8)
    done = np.flatnonzero(walked.decided)
    ours, theirs = walked.pieces[done], reference[done]
    theirs = np.where(shapely.area(theirs) > 0, theirs, None)  # GEOS leaves touching lines
    assert (shapely.is_missing(ours) == shapely.is_missing(theirs)).all()
    present = ~shapely.is_missing(ours)
    ours, theirs = shapely.normalize(ours[present]), shapely.normalize(theirs[present])
    assert shapely.equals_exact(ours, theirs, 0.0).all()
    assert shapely.is_valid(ours).all()
    # the rings with their crossing points: the same polygons
    walked_polygons = ~shapely.is_missing(walked.densified)
    assert walked_polygons.sum() >= 0.5 * len(polygons)
    assert (shapely.area(walked.densified[walked_polygons]) > 0).all()
    same = shapely.symmetric_difference(
        walked.densified[walked_polygons], polygons[walked_polygons]
    )
    assert (shapely.area(same) < 1e-6).all()


def test_a_polygon_the_walk_cannot_do_is_left_to_geos():
    # a hole, a vertex on a grid line, a crossing at a grid corner
    with_hole = shapely.box(X0, Y0, X0 + 300, Y0 + 300).difference(
        shapely.box(X0 + 120, Y0 + 120, X0 + 180, Y0 + 180)
    )
    on_line = shapely.Polygon(
        [(X0 + 10, Y0 + 10), (X0 + 100, Y0 + 30), (X0 + 200, Y0 + 20), (X0 + 90, Y0 + 250)]
    )
    through_corner = shapely.Polygon(
        [(X0 + 50, Y0 + 50), (X0 + 250, Y0 + 250), (X0 + 20, Y0 + 260)]
    )
    polygons = np.array([with_hole, on_line, through_corner], dtype=object)
    which, rects, first, span = cells_of(polygons, 100.0)
    walked = grid_walk.walk(polygons, first, span, rects, 100.0, (0.0, 0.0))
    assert not walked.decided.any()
    assert shapely.is_missing(walked.densified).all()


def test_a_cell_entered_twice_is_left_to_geos_with_the_crossing_points():
    # a U whose two arms cross the line y = Y0 + 100 into the same cell above
    u = shapely.Polygon(
        [(X0 + 10, Y0 + 10), (X0 + 90, Y0 + 10), (X0 + 90, Y0 + 150), (X0 + 70, Y0 + 150),
         (X0 + 70, Y0 + 30), (X0 + 30, Y0 + 30), (X0 + 30, Y0 + 150), (X0 + 10, Y0 + 150)]
    )  # fmt: skip
    polygons = np.array([u], dtype=object)
    which, rects, first, span = cells_of(polygons, 100.0)
    walked = grid_walk.walk(polygons, first, span, rects, 100.0, (0.0, 0.0))
    assert not walked.decided.any()  # the cell below is entered twice too
    crossings = shapely.get_coordinates(walked.densified[0])
    assert sum(y == Y0 + 100 for _, y in crossings) == 4
    parts, _ = tasks._cut_cell_by_cell(
        polygons, np.zeros(1), shapely.bounds(polygons), first, span, 100.0, (0.0, 0.0)
    )
    assert sorted(shapely.area(parts)) == pytest.approx([20 * 50, 20 * 50, 80 * 20 + 2 * 20 * 70])


def test_cells_of_rings_passing_within_a_hair_of_grid_lines_are_geos_cells():
    # vertices on, or 1e-12 to 1e-6 m from, the grid lines, small cells far from the origin:
    # the parts of every cell (walked, or left to GEOS) are GEOS's parts, to the last bit
    rng = np.random.default_rng(3)
    for _ in range(80):
        m = rng.integers(3, 30)
        cell = float(rng.choice([0.5, 3.3, 25.0, 100.0]))
        angles = np.sort(rng.uniform(0, 2 * np.pi, m))
        radius = rng.uniform(0.5, 30) * cell * rng.uniform(0.2, 1.3, m)
        ring = (
            (X0, Y0)
            + rng.uniform(0, 10 * cell, 2)
            + radius[:, None] * np.c_[np.cos(angles), np.sin(angles)]
        )
        near = rng.random(m) < 0.3
        offsets = rng.choice([0.0, 1e-9, -1e-9, 1e-6, -1e-12], near.sum())
        ring[near, 0] = np.round(ring[near, 0] / cell) * cell + offsets
        polygon = shapely.make_valid(shapely.Polygon(ring))
        polygons = np.array(
            [p for p in shapely.get_parts(polygon) if p.geom_type == "Polygon" and p.area > 0],
            dtype=object,
        )
        if not len(polygons):
            continue
        which, rects, first, span = cells_of(polygons, cell)
        ours, _ = tasks._cut_cell_by_cell(
            polygons, np.arange(len(polygons)), shapely.bounds(polygons), first, span, cell,
            (0.0, 0.0),
        )  # fmt: skip
        geos = tasks._cells_by_overlay(polygons[which], rects)
        geos = geos[~shapely.is_missing(geos)]
        theirs, _ = tasks._polygon_parts(geos, np.zeros(len(geos)))
        assert sorted(shapely.to_wkb(shapely.normalize(ours))) == sorted(
            shapely.to_wkb(shapely.normalize(theirs))
        )
