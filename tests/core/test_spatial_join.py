"""core/spatial_join.py: which polygon holds each geometry, how many points lie in each polygon."""

from __future__ import annotations

import numpy as np
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from landrelease.core.spatial_join import points_inside_counts, polygon_holding_most

box = shapely.box
WEST, EAST = box(0, 0, 100, 100), box(100, 0, 200, 100)  # sharing the edge x = 100


def test_the_polygon_holding_most_of_each_geometry():
    geometries = [
        box(10, 10, 20, 20),  # inside WEST
        box(90, 0, 130, 10),  # 100 m² in WEST, 300 m² in EAST
        box(60, 0, 110, 10),  # 400 m² in WEST, 100 m² in EAST
        box(300, 0, 310, 10),  # in neither
        box(100, 0, 100, 10),  # no area
        box(200, 0, 210, 10),  # touches EAST only
    ]
    assert polygon_holding_most(geometries, [WEST, EAST]).tolist() == [0, 1, 0, -1, -1, -1]


def test_ties_go_to_the_polygon_found_first_and_none_counts_as_empty():
    straddling = box(90, 0, 110, 10)  # 100 m² in each
    assert polygon_holding_most([straddling], [WEST, EAST]).tolist() == [0]
    assert polygon_holding_most([straddling, None], [None, EAST]).tolist() == [1, -1]


def test_invalid_polygons_are_repaired_before_joining():
    bow_tie = shapely.from_wkt("POLYGON ((0 0, 100 100, 100 0, 0 100, 0 0))")  # 2 x 2,500 m²
    # Inside the bow tie's east triangle (x > y and x > 100 - y): held by it once repaired.
    assert polygon_holding_most([box(80, 45, 90, 55)], [EAST, bow_tie]).tolist() == [1]


def test_nothing_to_join():
    assert polygon_holding_most([], [WEST]).tolist() == []
    assert polygon_holding_most([box(0, 0, 1, 1)], []).tolist() == [-1]
    assert points_inside_counts([], [(1.0, 1.0)]).tolist() == []
    assert points_inside_counts([WEST], np.empty((0, 2))).tolist() == [0]


def test_points_inside_each_polygon_boundary_excluded():
    xy = np.array([[10.0, 10.0], [150.0, 50.0], [100.0, 50.0], [50.0, 50.0], [500.0, 0.0]])
    # (100, 50) lies on the shared edge: in neither; (500, 0) outside both.
    assert points_inside_counts([WEST, EAST], xy).tolist() == [2, 1]
    assert points_inside_counts(np.array([EAST, WEST, WEST], dtype=object), xy).tolist() == [
        1,
        2,
        2,
    ]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(-50, 250), st.integers(-50, 150)), min_size=0, max_size=30))
def test_counts_match_a_point_by_point_reference(points):
    xy = np.array(points, dtype=float).reshape(-1, 2)
    expected = [sum(p.contains(shapely.Point(x, y)) for x, y in xy) for p in (WEST, EAST)]
    assert points_inside_counts([WEST, EAST], xy).tolist() == expected


@settings(max_examples=60, deadline=None)
@given(st.integers(-60, 260), st.integers(-60, 160), st.integers(1, 80), st.integers(1, 80))
def test_holding_most_matches_a_pair_by_pair_reference(x, y, width, height):
    g = box(x, y, x + width, y + height)
    shared = [g.intersection(p).area for p in (WEST, EAST)]
    expected = -1 if max(shared) == 0 else int(np.argmax(shared))
    assert polygon_holding_most([g], [WEST, EAST]).tolist() == [expected]
