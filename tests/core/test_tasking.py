"""Tasking map legs: the closing point, the next point of each, grid/true/magnetic bearings and
the grid convergence, against PROJ's own meridian convergence (pyproj)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pyproj import CRS, Proj, Transformer

from landrelease.core import tasking

UTM38 = "EPSG:32638"
TO_LONLAT = Transformer.from_crs(UTM38, 4326, always_xy=True)
# A 100 m square near Aghdam in UTM 38N, clockwise from its north-west corner.
SQUARE = [
    (640000.0, 4425100.0),
    (640100.0, 4425100.0),
    (640100.0, 4425000.0),
    (640000.0, 4425000.0),
]


def lonlat(xy):
    return [TO_LONLAT.transform(x, y) for x, y in xy]


def proj_convergence(crs, lon, lat):
    """PROJ's meridian convergence (grid north east of true north, degrees) at the WGS 84
    ``lon``, ``lat`` (moved to the CRS's own datum first, as PROJ's factors expect)."""
    crs = CRS.from_user_input(crs)
    to_datum = Transformer.from_crs(4326, crs.geodetic_crs, always_xy=True)
    return Proj(crs).get_factors(*to_datum.transform(lon, lat)).meridian_convergence


def test_closing_repeat_is_left_out():
    xy = [*SQUARE, SQUARE[0]]
    assert tasking.without_closing_repeat(xy, [0, 1, 2, 3, 4]) == [0, 1, 2, 3]
    near = [*SQUARE, (640000.0, 4425100.04)]  # 4 cm: printed as a 0.0 m leg
    assert tasking.without_closing_repeat(near, [0, 1, 2, 3, 4]) == [0, 1, 2, 3]
    apart = [*SQUARE, (640000.0, 4425100.06)]
    assert tasking.without_closing_repeat(apart, [0, 1, 2, 3, 4]) == [0, 1, 2, 3, 4]
    assert tasking.without_closing_repeat(SQUARE, [0, 1, 2, 3]) == [0, 1, 2, 3]
    assert tasking.without_closing_repeat([(0, 0), (0, 0)], [0, 1]) == [0]


def test_next_points_wrap_within_each_ring():
    # 0 a reference point, 1-4 the perimeter, 5-7 a second ring, 8 a benchmark
    rings = [[1, 2, 3, 4], [5, 6, 7]]
    assert tasking.next_points(9, rings) == [1, 2, 3, 4, 1, 6, 7, 5, None]
    assert tasking.next_points(3, [[0]]) == [None, 2, None]
    assert tasking.next_points(0, []) == []


def test_square_legs_grid_true_and_magnetic():
    following = tasking.next_points(4, [[0, 1, 2, 3]])
    declination = 6.5
    legs = tasking.leg_bearings(SQUARE, lonlat(SQUARE), following, declination)
    assert [leg.grid_deg for leg in legs] == [90.0, 180.0, 270.0, 0.0]
    assert [leg.distance_m for leg in legs] == [100.0, 100.0, 100.0, 100.0]
    for (x, y), leg in zip(SQUARE, legs):
        gamma = proj_convergence(UTM38, *TO_LONLAT.transform(x, y))
        assert gamma == pytest.approx(1.05, abs=0.01)  # 46.64° E: east of the meridian 45° E
        assert leg.true_deg == pytest.approx((leg.grid_deg + gamma) % 360, abs=0.005)
        assert leg.convergence_deg == pytest.approx(gamma, abs=0.005)
        assert leg.magnetic_deg == pytest.approx((leg.true_deg - declination) % 360, abs=1e-9)
    without = tasking.leg_bearings(SQUARE, lonlat(SQUARE), following, None)
    assert all(leg.magnetic_deg is None for leg in without)


def test_no_leg_where_there_is_nothing_to_measure():
    xy = [SQUARE[0], SQUARE[0], (math.nan, 4425000.0)]
    ll = [*lonlat(xy[:2]), (math.nan, math.nan)]
    assert tasking.leg_bearings(xy, ll, [1, 2, None]) == [None, None, None]


@pytest.mark.parametrize(
    ("crs", "lon", "lat", "sign", "tolerance"),
    [
        (UTM38, 46.93, 39.99, 1, 1e-4),  # Aghdam, east of the central meridian (45° E)
        (UTM38, 43.5, 40.5, -1, 1e-4),  # west of it
        (UTM38, 45.0, 41.0, 0, 1e-4),  # on it
        ("EPSG:32738", 46.5, -20.0, -1, 1e-4),  # southern hemisphere, east of the meridian
        # Pulkovo 1942 / Gauss-Krüger zone 8: the datum shift turns the meridian by ~4"
        ("EPSG:28408", 46.93, 39.99, 1, 2e-3),
        ("EPSG:3857", 46.93, 39.99, 0, 1e-4),  # Web Mercator: grid north is true north
    ],
)
def test_grid_convergence_equals_proj(crs, lon, lat, sign, tolerance):
    convergence = tasking.grid_convergence(crs, lon, lat)
    assert convergence == pytest.approx(proj_convergence(crs, lon, lat), abs=tolerance)
    assert (round(convergence, 6) > 0) - (round(convergence, 6) < 0) == sign


def test_grid_convergence_textbook_formula():
    # gamma = atan(tan(lon - lon0) * sin(lat)) on the sphere; within 0.01 degree here.
    expected = math.degrees(math.atan(math.tan(math.radians(1.93)) * math.sin(math.radians(39.99))))
    assert tasking.grid_convergence(UTM38, 46.93, 39.99) == pytest.approx(expected, abs=0.01)


@settings(max_examples=100, deadline=None)
@given(
    x=st.floats(560_000, 740_000),
    y=st.floats(4_300_000, 4_560_000),
    bearing=st.floats(0, 359.99),
    length=st.floats(1.0, 2000.0),
)
def test_true_is_grid_plus_convergence_on_any_leg(x, y, bearing, length):
    x1 = x + length * math.sin(math.radians(bearing))
    y1 = y + length * math.cos(math.radians(bearing))
    xy = [(x, y), (x1, y1)]
    leg = tasking.leg_bearings(xy, lonlat(xy), [1, None], 0.0)[0]
    gamma = proj_convergence(UTM38, *TO_LONLAT.transform(x, y))
    difference = (leg.true_deg - (leg.grid_deg + gamma) + 180) % 360 - 180
    assert abs(difference) < 0.01
    assert leg.magnetic_deg == leg.true_deg


# --- the points of a page ---------------------------------------------------------------------


def test_ring_clockwise_from_its_northernmost_vertex():
    anticlockwise = [(0, 0), (10, 0), (10, 10), (0, 10), (0, 0)]
    assert tasking.clockwise_ring(anticlockwise) == [(0, 10), (10, 10), (10, 0), (0, 0)]
    clockwise_with_repeats = [(5, 0), (0, 0), (0, 0), (2, 8), (5, 0)]
    assert tasking.clockwise_ring(clockwise_with_repeats) == [(2, 8), (5, 0), (0, 0)]
    assert tasking.signed_area(anticlockwise[:-1]) == 100.0
    assert tasking.signed_area([(0, 10), (10, 10), (10, 0), (0, 0)]) == -100.0


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.integers(-50, 50), st.integers(-50, 50)), min_size=3, max_size=8))
def test_ring_keeps_its_vertices_and_turns_clockwise(ring):
    if len(set(ring)) < 3 or tasking.signed_area(ring) == 0:
        return
    ordered = tasking.clockwise_ring(ring)
    assert set(ordered) == set(ring)
    assert tasking.signed_area(ordered) <= 0
    top = max(y for _x, y in ring)
    assert ordered[0] == (min(x for x, y in ring if y == top), top)


def test_vertices_numbered_after_the_points_and_closing_repeats_left_out():
    points, rings = tasking.with_vertices([(0, "reference", 5.0, 5.0)], [SQUARE, SQUARE[:3]])
    assert points[0] == (0, "reference", 5.0, 5.0)
    assert [p[0] for p in points[1:]] == [1, 2, 3, 4, 5, 6, 7]
    assert {p[1] for p in points[1:]} == {"vertex"}
    assert rings == [[1, 2, 3, 4], [5, 6, 7]]
    closed = [(1, "start", *SQUARE[0]), *[(k + 2, "turning", *xy) for k, xy in
              enumerate(SQUARE[1:])], (5, "end", *SQUARE[0])]  # fmt: skip
    kept, kept_rings = tasking.without_closing_repeats(closed, [[0, 1, 2, 3, 4]])
    assert [p[0] for p in kept] == [1, 2, 3, 4]
    assert kept_rings == [[0, 1, 2, 3]]


def test_point_numbers_and_page_order():
    assert tasking.point_number(3, 0) == "3"
    assert tasking.point_number(4.0, 0) == "4"
    assert tasking.point_number(None, 6) == "7"
    assert tasking.point_number(10**9 + 2, 1) == "2"  # the reading order stood in for no seq
    ids = ["CHA-10", "cha-2", "CHA-1", "SHA-3"]
    assert sorted(ids, key=tasking.natural_key) == ["CHA-1", "cha-2", "CHA-10", "SHA-3"]


@pytest.mark.parametrize(
    "dx, dy, quadrant, offset",
    [
        (0, 10, 1, "0.0,-1.4"),  # north: above
        (10, 10, 2, "1.4,-1.4"),
        (10, 0, 5, "1.4,0.0"),  # east: right
        (10, -10, 8, "1.4,1.4"),
        (0, -10, 7, "0.0,1.4"),  # south: below
        (-10, -10, 6, "-1.4,1.4"),
        (-10, 0, 3, "-1.4,0.0"),  # west: left
        (-10, 10, 0, "-1.4,-1.4"),
        (0, 0, 2, "1.2,-1.2"),  # the centre itself: above right
    ],
)
def test_number_placed_away_from_the_centre(dx, dy, quadrant, offset):
    assert tasking.label_place(dx, dy) == (quadrant, offset)
