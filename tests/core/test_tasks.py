"""Tasks from hazards (core/tasks.py): grid cuts, sliver merging, order, ids and priority."""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from landrelease.core import tasks
from landrelease.core.tasks import (
    Cancelled,
    TaskInputError,
    cell_size_for,
    polygonal,
    priority_scores,
    split_hazard,
    split_hazards,
    task_id,
    task_ids,
    task_order,
)

X0, Y0 = 600000.0, 4400000.0  # UTM 38N-like coordinates: the grid lines are multiples of the cell


def assert_partition(hazard, parts, cell):
    """The parts cover the hazard exactly, do not overlap, and none is a sliver (unless the
    hazard itself is smaller than a tenth of a cell, then it is one part)."""
    area = hazard.area
    union = shapely.union_all(parts)
    assert union.symmetric_difference(hazard).area < 1e-6 * area
    assert sum(p.area for p in parts) == pytest.approx(area, rel=1e-7)
    array = np.asarray(parts, dtype=object)
    i, j = shapely.STRtree(array).query(array, predicate="intersects")
    pairs = i < j
    if pairs.any():
        overlap = shapely.area(shapely.intersection(array[i[pairs]], array[j[pairs]]))
        assert overlap.max() < 1e-9 * area
    threshold = tasks.SLIVER_FRACTION * cell * cell
    if area < threshold:
        assert len(parts) == 1
    else:
        assert min(p.area for p in parts) >= threshold
    assert all(p.is_valid and p.geom_type in ("Polygon", "MultiPolygon") for p in parts)


# --- cell size --------------------------------------------------------------------------------


def test_cell_size_wins_over_target_area():
    assert cell_size_for(250, 10_000) == 250
    assert cell_size_for(0, 10_000) == 100
    assert cell_size_for(0, 20_000) == 141  # sqrt = 141.42, rounded to whole metres from 50 m
    assert cell_size_for(0, 400) == 20  # exact
    assert cell_size_for(0, 2) == pytest.approx(math.sqrt(2))  # small: not rounded


@pytest.mark.parametrize(
    ("cell", "target", "words"),
    [
        (0, 0, "both 0"),
        (-1, 100, "CELL_SIZE must be 0 or more"),
        (0, -5, "TARGET_AREA must be 0 or more"),
        (float("nan"), 100, "CELL_SIZE must be a finite number"),
        ("ten", 100, "CELL_SIZE must be a number"),
    ],
)
def test_cell_size_errors(cell, target, words):
    with pytest.raises(TaskInputError, match=words):
        cell_size_for(cell, target)


def test_split_refuses_a_bad_cell():
    with pytest.raises(TaskInputError, match="more than 0"):
        split_hazards([shapely.box(0, 0, 1, 1)], 0)


# --- cutting and merging ----------------------------------------------------------------------


def test_aligned_hazard_gives_whole_cells_north_to_south_west_to_east():
    hazard = shapely.box(X0, Y0, X0 + 1000, Y0 + 500)
    parts = split_hazard(hazard, 250)
    assert len(parts) == 8
    assert [p.area for p in parts] == [62500.0] * 8
    centres = [tuple(p.centroid.coords[0]) for p in parts]
    expected = [(X0 + 125 + 250 * k, Y0 + 375) for k in range(4)]
    expected += [(X0 + 125 + 250 * k, Y0 + 125) for k in range(4)]
    np.testing.assert_allclose(centres, expected)
    assert_partition(hazard, parts, 250)


def test_offset_hazard_merges_slivers_into_the_longest_shared_boundary():
    # 1,016.6 x 507 m off the grid: columns 6.3 | 250 | 250 | 250 | 250 | 10.3 m wide, rows
    # 128.7 | 250 | 128.3 m high; the six parts of the two narrow columns are slivers (< 6,250 m²)
    hazard = shapely.box(X0 - 6.3, Y0 + 121.3, X0 + 1010.3, Y0 + 628.3)
    split = split_hazards([hazard], 250)
    parts = list(split.geometries)
    assert_partition(hazard, parts, 250)
    assert split.report["parts"] == 18
    assert split.report["slivers_merged"] == 6
    assert split.report["islets_merged"] == 0
    assert len(parts) == 12
    # each sliver joined the cell beside it (128.7 m or 250 m shared), not the sliver above it
    widths = sorted({round(p.bounds[2] - p.bounds[0], 6) for p in parts})
    assert widths == [250.0, 256.3, 260.3]
    assert all(p.geom_type == "Polygon" and len(p.exterior.coords) == 5 for p in parts)
    assert list(split.seq) == list(range(1, 13))
    north = [p.bounds[3] for p in parts[:4]]
    assert north == pytest.approx([Y0 + 628.3] * 4)


def test_sliver_joins_the_neighbour_sharing_the_longest_boundary():
    # cells of 100 m (slivers < 1,000 m²): the strip (100-105, 100-200), 500 m², shares 100 m
    # with the north-west cell and 5 m with the sliver (100-108, 0-100) below it, 800 m², which
    # shares 100 m with the south-west cell. The smaller goes first, each to its west.
    hazard = shapely.union_all([shapely.box(0, 0, 108, 100), shapely.box(0, 100, 105, 200)])
    split = split_hazards([hazard], 100)
    parts = list(split.geometries)
    assert_partition(hazard, parts, 100)
    assert split.report["slivers_merged"] == 2
    sw = [p for p in parts if p.contains(shapely.Point(50, 50))][0]
    assert sw.area == pytest.approx(108 * 100)
    nw = [p for p in parts if p.contains(shapely.Point(50, 150))][0]
    assert nw.area == pytest.approx(105 * 100)
    assert len(parts) == 2


def test_small_neighbours_merge_together_when_that_is_the_longest_boundary():
    # two slivers side by side (40 x 20 m each, 800 m² < 1,000 m²) sharing 20 m, each touching
    # the big cell below along 40 m: the smaller goes first, into the big cell (40 > 20)
    hazard = shapely.union_all([shapely.box(0, 0, 200, 100), shapely.box(60, 100, 140, 120)])
    split = split_hazards([hazard], 100)
    parts = list(split.geometries)
    assert_partition(hazard, parts, 100)
    assert len(parts) == 2 and split.report["slivers_merged"] == 2


def test_hazard_smaller_than_a_tenth_of_a_cell_is_one_task():
    hazard = shapely.box(95, 95, 105, 105)  # 100 m², over four 100 m cells (1,000 m² limit)
    parts = split_hazard(hazard, 100)
    assert len(parts) == 1 and parts[0].equals(hazard)
    split = split_hazards([hazard], 100)
    assert split.report["smaller_than_sliver"] == 1


def test_islet_joins_the_nearest_part():
    hazard = shapely.MultiPolygon([shapely.box(0, 0, 300, 300), shapely.box(320, 40, 325, 45)])
    split = split_hazards([hazard], 100)
    parts = list(split.geometries)
    assert_partition(hazard, parts, 100)
    assert split.report["islets_merged"] == 1
    multi = [p for p in parts if p.geom_type == "MultiPolygon"]
    assert len(multi) == 1 and multi[0].contains(shapely.Point(250, 50))  # the nearest cell


def test_holes_and_multi_parts_are_kept():
    outer = shapely.box(X0 - 333, Y0 - 211, X0 + 517, Y0 + 389)
    hole = shapely.Point(X0 + 40, Y0 + 60).buffer(120)
    other = shapely.Point(X0 + 900, Y0).buffer(80)
    hazard = shapely.union(shapely.difference(outer, hole), other)
    parts = split_hazard(hazard, 100)
    assert_partition(hazard, parts, 100)


def test_many_hazards_at_once_keep_their_owner_and_numbering():
    hazards = [
        shapely.box(0, 0, 200, 100),
        None,
        shapely.Polygon(),
        shapely.box(1000, 0, 1100, 300),
    ]
    split = split_hazards(hazards, 100)
    assert list(split.hazard) == [0, 0, 3, 3, 3]
    assert list(split.seq) == [1, 2, 1, 2, 3]
    assert split.report["empty"] == 2
    # numbered together (two features of one hazard id): 1..5, north to south
    together = split_hazards(hazards, 100, numbered_with=[7, 8, 9, 7])
    assert list(together.seq) == [1, 2, 3, 4, 5]
    first = [shapely.get_coordinates(g.centroid)[0] for g in together.geometries[:3]]
    assert [tuple(xy) for xy in first] == [(1050, 250), (1050, 150), (50, 50)]


def test_long_belt_is_cut_without_a_full_grid():
    # a 100 km diagonal belt 1 km wide: its bounding box holds ~1 million 100 m cells, the belt
    # only ~14,000; recursive halving never builds the empty ones.
    line = shapely.LineString([(X0, Y0), (X0 + 70_000, Y0 - 70_000)])
    belt = line.buffer(500, cap_style="flat")
    split = split_hazards([belt], 100)
    assert_partition(belt, list(split.geometries), 100)
    assert 10_000 < len(split.geometries) < 11_500


def test_progress_and_cancel():
    seen = []
    split_hazards([shapely.box(0, 0, 1000, 1000)], 100, progress=seen.append)
    assert seen[-1] == 100 and seen == sorted(seen)
    with pytest.raises(Cancelled):
        split_hazards([shapely.box(0, 0, 1000, 1000)], 100, is_cancelled=lambda: True)


def test_polygonal_repairs_and_drops():
    bow_tie = shapely.from_wkt("POLYGON ((0 0, 100 100, 100 0, 0 100, 0 0))")
    line = shapely.LineString([(0, 0), (1, 1)])
    out, repaired = polygonal([bow_tie, shapely.box(0, 0, 1, 1), None, line])
    assert list(repaired) == [True, False, False, False]
    assert out[0].is_valid and out[0].area == pytest.approx(5000)
    assert out[2].is_empty and out[3].is_empty
    parts = split_hazard(out[0], 50)
    assert_partition(out[0], parts, 50)


# --- order, ids, priority ---------------------------------------------------------------------


def test_task_order_rows_then_west_to_east():
    # two parts of one grid row with points at different heights: the west one first
    parts = [
        shapely.box(150, 0, 200, 90),
        shapely.box(100, 50, 150, 100),
        shapely.box(0, 100, 5, 200),
    ]
    assert list(task_order(parts, 100)) == [2, 1, 0]
    assert list(task_order(parts)) == [2, 1, 0]  # without a grid: by the points themselves


def test_task_ids_widths_and_unicode():
    assert task_ids("SHA-AĞD-0001", 3) == ["SHA-AĞD-0001-T01", "SHA-AĞD-0001-T02",
                                           "SHA-AĞD-0001-T03"]  # fmt: skip
    assert task_ids("ОПА-2", 99)[-1] == "ОПА-2-T99"
    assert task_ids("H", 100)[:2] == ["H-T001", "H-T002"]
    assert task_id("H", 7, 1000) == "H-T0007"


def test_priority_scores_by_distance():
    parts = [shapely.box(0, 0, 10, 10), shapely.box(0, 0, 10, 10)]
    point = shapely.Point(10, 5)
    scores = [
        priority_scores([shapely.box(-d - 10, 0, -d, 10)], [shapely.Point(0, 5)])[0]
        for d in (0, 499.9, 500, 500.1, 2000, 2000.5)
    ]
    assert scores == [1, 1, 1, 2, 2, 3]
    assert list(priority_scores(parts, [point, None, shapely.Point()])) == [1, 1]
    assert priority_scores(parts, []) is None
    assert priority_scores(parts, [None]) is None
    road = shapely.LineString([(0, 3000), (5000, 3000)])
    assert list(priority_scores(parts, [road], thresholds_m=(1000, 5000))) == [2, 2]


# --- properties -------------------------------------------------------------------------------


@st.composite
def hazards(draw):
    """Concave star polygons, some with a hole, some multi-part, at UTM-like coordinates."""
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    cx = draw(st.floats(-1e6, 1e6)) if draw(st.booleans()) else X0 + draw(st.floats(0, 1000))
    cy = Y0 + draw(st.floats(-1000, 1000))
    radius = draw(st.floats(3, 800))
    n = draw(st.integers(3, 30))
    angles = np.sort(rng.uniform(0, 2 * np.pi, n))
    radii = radius * rng.uniform(0.3, 1.0, n)
    star = shapely.Polygon(np.column_stack([cx + radii * np.cos(angles),
                                            cy + radii * np.sin(angles)]))  # fmt: skip
    shape = shapely.make_valid(star)
    if draw(st.booleans()):
        shape = shapely.difference(shape, shapely.Point(cx, cy).buffer(radius * 0.2))
    if draw(st.booleans()):
        dx = draw(st.floats(-2 * radius, 2 * radius))
        shape = shapely.union(shape, shapely.box(cx + dx, cy, cx + dx + radius / 3, cy + radius))
    out, _ = polygonal([shape])
    return out[0]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hazard=hazards(), cell=st.sampled_from([7.0, 25.0, 50.0, 100.0, 137.5, 250.0]))
def test_tasks_partition_any_hazard(hazard, cell):
    if hazard.is_empty or hazard.area <= 0:
        return
    split = split_hazards([hazard], cell)
    parts = list(split.geometries)
    assert parts
    assert_partition(hazard, parts, cell)
    assert list(split.seq) == list(range(1, len(parts) + 1))


def test_estimated_cells_counts_the_grid_cells_the_hazards_span():
    one_ha = shapely.box(X0, Y0, X0 + 100, Y0 + 100)  # on the grid of every cell below
    assert tasks.estimated_cells([one_ha], 50) == 4
    assert tasks.estimated_cells([one_ha, None, shapely.Polygon()], 50) == 4
    assert tasks.estimated_cells([one_ha], 30) == 16  # off the grid: 4 columns, 4 rows
    # the 2.8 GB: CELL_SIZE 0.1 on two 1 ha hazards
    two = [one_ha, shapely.box(X0 + 200, Y0, X0 + 300, Y0 + 100)]
    assert tasks.estimated_cells(two, 0.1) == 2_000_000
    parts = shapely.MultiPolygon([one_ha, shapely.box(X0 + 200, Y0, X0 + 300, Y0 + 100)])
    assert tasks.estimated_cells([parts], 50) == 8  # parts, not the box around them
    assert tasks.estimated_cells([], 50) == 0


def test_smallest_cell_is_a_round_size_within_the_limit():
    two = [shapely.box(X0, Y0, X0 + 100, Y0 + 100), shapely.box(X0 + 200, Y0, X0 + 300, Y0 + 100)]
    cell = tasks.smallest_cell(two)
    assert cell == pytest.approx(0.5)  # 200 × 200 × 2 = 80,000 cells; 0.2 m would be 500,000
    assert tasks.estimated_cells(two, cell) <= tasks.MAX_CELLS
    assert tasks.estimated_cells(two, 0.2) > tasks.MAX_CELLS
    assert tasks.smallest_cell(two, max_cells=8) == pytest.approx(50)


@pytest.mark.parametrize("cell", [50.0, 37.5])
def test_shared_boundaries_along_grid_lines_match_the_boundary_near_each_neighbour(cell):
    # the length two parts share, measured along the grid line between them, against the
    # length of one's boundary within eps of the other (shapely): equal up to a few eps at
    # the ends of the shared edge; parts touching at a corner share nothing
    rng = np.random.default_rng(7)
    angles = np.sort(rng.uniform(0, 2 * np.pi, (40, 9)), axis=1)
    radius = rng.uniform(60, 300, (40, 1)) * rng.uniform(0.5, 1.2, (40, 9))
    centre = np.round(rng.uniform(0, 3000, (40, 1, 2))) + (X0, Y0)
    rings = np.round(centre + radius[..., None] * np.stack([np.cos(angles), np.sin(angles)], -1))
    hazards = shapely.make_valid(shapely.polygons(rings))
    parts, owners = tasks._cut_to_cells(
        hazards, np.arange(len(hazards)), cell, 0.0, 0.0, lambda f: None
    )
    eps = tasks.EPS_FRACTION * cell
    every = np.arange(len(parts))
    shared = tasks._shared_boundaries(parts, owners, every, eps, cell, (0.0, 0.0))
    i, j = shapely.STRtree(parts).query(parts, predicate="dwithin", distance=eps)
    keep = (i != j) & (owners[i] == owners[j])
    i, j = i[keep], j[keep]
    near = shapely.length(
        shapely.intersection(shapely.boundary(parts[i]), shapely.buffer(parts[j], eps, 1))
    )
    found = {(a, b): length for a, pairs in shared.items() for b, length in pairs}
    assert len(found) > 200
    for a, b, reference in zip(i.tolist(), j.tolist(), near.tolist()):
        if reference > 0.01:
            assert found[a, b] == pytest.approx(reference, abs=0.01)
        else:
            assert found.get((a, b), 0.0) < 10 * eps


def test_a_hazard_past_a_grid_line_by_less_than_the_tolerance_is_not_cut_there():
    # 1e-8 m past the line at X0 + 100 (a cell is 100 m): one task, no needle beyond the line
    hazard = shapely.box(X0, Y0, X0 + 100 + 1e-8, Y0 + 100)
    split = split_hazards([hazard], 100)
    assert len(split.geometries) == 1
    assert shapely.equals_exact(split.geometries[0], hazard, 0.0)
    # while one 1 mm past it is cut, and the 1 mm strip joins its neighbour
    wider = shapely.box(X0, Y0 + 200, X0 + 200.001, Y0 + 300)
    split = split_hazards([wider], 100)
    assert sorted(g.area for g in split.geometries) == pytest.approx([10_000, 10_000.1])
    assert split.report["slivers_merged"] == 1


def test_each_crossing_point_is_the_crossing_of_the_hazard_edge_rounded_once():
    # every task vertex on a grid line lies on the hazard's own edge, to the last bit: within
    # one unit in the last place of the exact crossing (fractions), not carried from cut to cut
    from fractions import Fraction

    rng = np.random.default_rng(11)
    angles = np.sort(rng.uniform(0, 2 * np.pi, 11))
    ring = np.c_[np.cos(angles), np.sin(angles)] * rng.uniform(150, 400, (11, 1))
    hazard = shapely.Polygon(ring + (X0 + 0.3, Y0 + 0.7))
    edges = shapely.get_coordinates(hazard)
    checked = 0
    for task in split_hazards([hazard], 50).geometries:
        for x, y in shapely.get_coordinates(task):
            on_x, on_y = x % 50 == 0, y % 50 == 0
            if on_x == on_y:  # a hazard vertex, or a grid corner inside the hazard
                continue
            line, free = (x, y) if on_x else (y, x)
            axis = 0 if on_x else 1
            exact = []
            for a, b in zip(edges[:-1], edges[1:]):
                if (a[axis] - line) * (b[axis] - line) <= 0 and a[axis] != b[axis]:
                    t = (Fraction(line) - Fraction(a[axis])) / (
                        Fraction(b[axis]) - Fraction(a[axis])
                    )
                    exact.append(
                        Fraction(a[1 - axis]) + t * (Fraction(b[1 - axis]) - Fraction(a[1 - axis]))
                    )
            error = min(abs(Fraction(free) - e) for e in exact)
            assert error <= Fraction(np.spacing(free))
            checked += 1
    assert checked > 50
