"""Traverses of minefield records (DESIGN §5.4, core/traverse/computation.py): grid, true and
magnetic legs, perimeter, closure, Bowditch only with a closing end leg, an end point on the
start (issue 14, items 5 and 6), the record's refusals."""

from __future__ import annotations

import math
import random

import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st
from pyproj import Proj

from landrelease.core import traverse as tv
from landrelease.core.traverse import Leg, TraverseError, compute_traverse

from .factories import (
    AGHDAM,
    CRS,
    FROM_LONLAT,
    GEOD,
    OBLIQUE,
    REFERENCE,
    TO_LONLAT,
    angle_diff,
    geod_azimuth,
    oblique_legs,
    raises,
    square_legs,
    xy,
)


def test_grid_square_closes_with_area_10000():
    result = compute_traverse(REFERENCE, square_legs((0, 90, 180, 270)), crs=CRS)
    x0, y0 = REFERENCE
    assert xy(result) == [
        (x0, y0),
        (x0, y0 + 50),
        (x0 + 100, y0 + 50),
        (x0 + 100, y0 - 50),
        (x0, y0 - 50),
        (x0, y0 + 50),
    ]
    assert [p.point_type for p in result.points] == [
        "reference", "start", "turning", "turning", "turning", "end",
    ]  # fmt: skip
    assert [p.seq for p in result.points] == [0, 1, 2, 3, 4, 5]
    assert [p.seq for p in result.perimeter] == [1, 2, 3, 4, 5]
    assert result.closure_error_m == 0.0
    assert result.perimeter_m == pytest.approx(400.0)
    assert result.closure_ratio == 0.0
    assert not result.adjusted
    assert result.polygon.is_valid
    assert result.polygon.area == pytest.approx(10_000.0, abs=1e-6)
    assert len(result.polygon.exterior.coords) == 5  # four corners, no repeated end point
    start = result.points[0]
    assert (start.bearing, start.unit, start.north, start.distance_m) == (None, None, None, None)
    assert start.azimuth_grid_deg is None
    assert [p.azimuth_grid_deg for p in result.points[1:]] == [0, 90, 180, 270, 0]
    assert [p.unit for p in result.points[1:]] == ["deg"] * 5
    assert [p.north for p in result.points[1:]] == ["grid"] * 5


@pytest.mark.parametrize(
    "unit, bearings",
    [
        ("mil6400", (0, 1600, 3200, 4800)),
        ("mil6000", (0, 1500, 3000, 4500)),
        ("gon", (0, 100, 200, 300)),
    ],
)
def test_square_in_mils_and_gon_equals_degrees(unit, bearings):
    degrees = compute_traverse(REFERENCE, square_legs((0, 90, 180, 270)), crs=CRS)
    by_default = compute_traverse(REFERENCE, square_legs(bearings), unit=unit, crs=CRS)
    by_leg = compute_traverse(REFERENCE, square_legs(bearings, unit=unit), unit="deg", crs=CRS)
    for result in (by_default, by_leg):
        for (ax, ay), (bx, by) in zip(xy(result), xy(degrees)):
            assert abs(ax - bx) <= 1e-9 and abs(ay - by) <= 1e-9
        assert result.closure_error_m <= 1e-9
        assert result.polygon.area == pytest.approx(10_000.0)
        assert [p.unit for p in result.points[1:]] == [unit] * 5
        assert [p.bearing for p in result.points[1:]] == [bearings[k] for k in (0, 1, 2, 3, 0)]


def test_oblique_grid_leg():
    legs = [Leg(1, 30, 200, point_type="start"), Leg(2, 150, 200), Leg(3, 270, 200, "deg")]
    result = compute_traverse((0.0, 0.0), legs, start_point_type="benchmark")
    p = result.points
    assert (p[1].x, p[1].y) == pytest.approx((100.0, 200 * math.cos(math.radians(30))))
    assert (p[2].x, p[2].y) == pytest.approx((200.0, 0.0), abs=1e-9)
    assert (p[3].x, p[3].y) == pytest.approx((0.0, 0.0), abs=1e-9)
    assert p[0].point_type == "benchmark"
    # Start p1 and turning points p2, p3 (back at the benchmark): an open equilateral
    # triangle whose closing side p3-p1 (200 m) is the closure error.
    assert result.closure_error_m == pytest.approx(200.0)
    assert result.polygon.area == pytest.approx(200.0**2 * math.sqrt(3) / 4)


def test_legs_are_taken_in_seq_order():
    legs = square_legs((0, 90, 180, 270))
    shuffled = legs[:]
    random.Random(4).shuffle(shuffled)
    assert xy(compute_traverse(REFERENCE, shuffled)) == xy(compute_traverse(REFERENCE, legs))
    gapped = [
        Leg(leg.seq * 10, leg.bearing, leg.distance_m, point_type=leg.point_type) for leg in legs
    ]
    result = compute_traverse(REFERENCE, gapped)
    assert [p.seq for p in result.points] == [0, 10, 20, 30, 40, 50]
    assert xy(result) == xy(compute_traverse(REFERENCE, legs))


def test_codes_as_typed_in_a_table():
    legs = [
        Leg(1, "0", "50", unit=" DEG ", north="Grid", point_type="Start"),
        Leg(2, "1600", 100, unit="MIL6400", north="", point_type=""),
        Leg(3, "200,0", "100,0", unit="gon"),
        Leg(4, 270.0, 100, point_type=None),
        Leg(5, 0, 100, point_type="END"),
    ]
    result = compute_traverse(REFERENCE, legs)
    assert xy(result) == xy(compute_traverse(REFERENCE, square_legs((0, 90, 180, 270))))
    assert [p.point_type for p in result.points][1:] == [
        "start",
        "turning",
        "turning",
        "turning",
        "end",
    ]
    assert result.points[3].bearing == 200.0 and result.points[3].distance_m == 100.0


def test_open_record_is_closed_by_a_straight_side_and_reports_it():
    """Three sides of the square and no leg back: the fourth side is the closure error."""
    legs = square_legs((0, 90, 180, 270))[:4]
    result = compute_traverse(REFERENCE, legs)
    assert [p.point_type for p in result.perimeter] == ["start", "turning", "turning", "turning"]
    assert result.closure_error_m == pytest.approx(100.0)
    assert result.perimeter_m == pytest.approx(400.0)
    assert result.closure_ratio == pytest.approx(0.25)
    assert result.polygon.area == pytest.approx(10_000.0)
    assert len(result.polygon.exterior.coords) == 5


def test_misclosed_end_point_stays_in_the_ring():
    legs = square_legs((0, 90, 180, 270), last_distance=97.0)
    result = compute_traverse(REFERENCE, legs)
    assert result.closure_error_m == pytest.approx(3.0)
    assert result.perimeter_m == pytest.approx(400.0)
    assert result.closure_ratio == pytest.approx(3.0 / 400.0)
    assert len(result.polygon.exterior.coords) == 6  # the end point is 3 m from the start
    assert result.polygon.area == pytest.approx(10_000.0, abs=1e-6)  # the gap is on a side


def test_without_a_start_leg_the_first_turning_point_begins_the_perimeter():
    legs = [Leg(1, 0, 50), Leg(2, 90, 100), Leg(3, 180, 100), Leg(4, 270, 100), Leg(5, 0, 100)]
    result = compute_traverse(REFERENCE, legs)
    assert result.perimeter[0].seq == 1
    assert result.closure_error_m == 0.0
    assert result.polygon.area == pytest.approx(10_000.0)


def test_start_point_itself_on_the_perimeter():
    legs = [Leg(1, 90, 100), Leg(2, 180, 100), Leg(3, 270, 100), Leg(4, 0, 100, point_type="end")]
    result = compute_traverse(REFERENCE, legs, start_point_type="start")
    assert [p.seq for p in result.perimeter] == [0, 1, 2, 3, 4]
    assert result.closure_error_m == 0.0
    assert result.polygon.area == pytest.approx(10_000.0)


def test_points_off_the_perimeter_carry_the_chain_on():
    """An evidence point located from TP2; TP3 is located from the evidence point."""
    legs = [
        Leg(1, 0, 50, point_type="start"),
        Leg(2, 90, 100),
        Leg(3, 270, 50, point_type="evidence"),
        Leg(4, 90, 50, point_type="evidence"),
        Leg(5, 180, 100),
        Leg(6, 270, 100),
        Leg(7, 0, 100, point_type="end"),
        Leg(8, 45, 10, point_type="evidence"),
    ]
    result = compute_traverse(REFERENCE, legs)
    assert [p.seq for p in result.perimeter] == [1, 2, 5, 6, 7]
    assert result.closure_error_m == 0.0
    assert result.polygon.area == pytest.approx(10_000.0)
    assert (result.points[3].x, result.points[3].y) == (REFERENCE[0] + 50, REFERENCE[1] + 50)


def test_too_few_perimeter_points():
    legs = [
        Leg(1, 0, 50, point_type="start"),
        Leg(2, 90, 100),
        Leg(3, 90, 10, point_type="evidence"),
    ]
    with pytest.raises(TraverseError) as error:
        compute_traverse(REFERENCE, legs)
    assert error.value.code == "too_few_points" and error.value.seq is None
    # Three perimeter points but only two distinct: start, TP2, and back to the start.
    legs = [Leg(1, 0, 50, point_type="start"), Leg(2, 90, 100), Leg(3, 270, 100, point_type="end")]
    with pytest.raises(TraverseError) as error:
        compute_traverse(REFERENCE, legs)
    assert error.value.code == "too_few_points"
    with pytest.raises(TraverseError) as error:
        compute_traverse(REFERENCE, [])
    assert error.value.code == "too_few_points"


def test_true_traverse_follows_an_independent_geodesic_chain():
    result = compute_traverse(AGHDAM, oblique_legs(), north="true", crs=CRS)
    lon, lat = TO_LONLAT.transform(*AGHDAM)
    for (bearing, distance), point in zip(OBLIQUE, result.points[1:]):
        lon, lat, _ = GEOD.fwd(lon, lat, bearing, distance)
        x, y = FROM_LONLAT.transform(lon, lat)
        assert math.hypot(point.x - x, point.y - y) < 0.01
        assert point.north == "true" and point.bearing == bearing


def test_true_bearings_are_geodesic_azimuths_and_distances():
    result = compute_traverse(AGHDAM, oblique_legs(north="true"), north="grid", crs=CRS)
    for (bearing, distance), a, b in zip(OBLIQUE, result.points, result.points[1:]):
        azimuth, length = geod_azimuth((a.x, a.y), (b.x, b.y))
        assert abs(angle_diff(azimuth, bearing)) < 1e-6
        assert length == pytest.approx(distance, abs=1e-6)


def test_magnetic_with_declination_is_true_rotated_by_it():
    true = compute_traverse(AGHDAM, oblique_legs(), north="true", crs=CRS)
    magnetic = compute_traverse(
        AGHDAM, oblique_legs(), north="magnetic", declination_deg=5.0, crs=CRS
    )
    for (bearing, distance), a, b, ta, tb in zip(
        OBLIQUE, magnetic.points, magnetic.points[1:], true.points, true.points[1:]
    ):
        azimuth, length = geod_azimuth((a.x, a.y), (b.x, b.y))
        true_azimuth, _ = geod_azimuth((ta.x, ta.y), (tb.x, tb.y))
        assert abs(angle_diff(azimuth, bearing + 5.0)) < 1e-6
        assert abs(angle_diff(true_azimuth, bearing)) < 1e-6
        assert length == pytest.approx(distance, abs=1e-6)
        assert b.bearing == bearing and b.north == "magnetic"
    # West declination the other way.
    west = compute_traverse(AGHDAM, oblique_legs(), north="magnetic", declination_deg=-7.25)
    a, b = west.points[0], west.points[1]
    assert abs(angle_diff(geod_azimuth((a.x, a.y), (b.x, b.y))[0], -7.25)) < 1e-6


def test_grid_and_true_differ_by_the_grid_convergence():
    lon, lat = TO_LONLAT.transform(*AGHDAM)
    convergence = Proj(CRS).get_factors(lon, lat).meridian_convergence
    assert 0.9 < convergence < 1.2  # 1.75° east of the central meridian at 40° N
    legs = [Leg(1, 60.0, 500.0, point_type="start"), Leg(2, 150.0, 100.0), Leg(3, 240.0, 100.0)]
    true = compute_traverse(AGHDAM, legs, north="true", crs=CRS).points[1]
    grid = compute_traverse(AGHDAM, legs, north="grid", crs=CRS).points[1]
    assert grid.azimuth_grid_deg == 60.0
    assert abs(angle_diff(true.azimuth_grid_deg, 60.0 - convergence)) < 2e-3
    # Same length (scale factor apart), rotated by the convergence.
    grid_length = math.hypot(grid.x - AGHDAM[0], grid.y - AGHDAM[1])
    true_length = math.hypot(true.x - AGHDAM[0], true.y - AGHDAM[1])
    assert grid_length == pytest.approx(500.0)
    assert true_length == pytest.approx(500.0, rel=1e-3)
    assert math.hypot(true.x - grid.x, true.y - grid.y) == pytest.approx(
        500.0 * math.radians(convergence), rel=0.02
    )


def test_true_square_nearly_closes_and_zero_length_leg():
    legs = square_legs((0, 90, 180, 270), north="true")
    result = compute_traverse(AGHDAM, legs, crs=CRS)
    # A "square" of geodesics does not close exactly, by millimetres over 100 m.
    assert result.closure_error_m < 0.01
    assert result.polygon.area == pytest.approx(10_000.0, rel=2e-3)  # grid scale factor
    legs = [Leg(0, 45, 0, point_type="evidence", north="true")]
    point = compute_traverse(AGHDAM, legs + square_legs((0, 90, 180, 270))).points[1]
    assert point.seq == 0 and point.point_type == "evidence"
    assert (point.x, point.y) == pytest.approx(AGHDAM, abs=1e-6)
    assert 43.0 < point.azimuth_grid_deg < 45.0


def test_mixed_units_and_norths_in_one_record():
    """Leg overrides: degrees, mils, gon; grid, true and magnetic in the same record."""
    legs = [
        Leg(1, 0, 50, point_type="start"),  # defaults: mil6000, grid
        Leg(2, 1600, 100, unit="mil6400"),
        Leg(3, 200, 100, unit="gon", north="true"),
        Leg(4, 265, 100, unit="deg", north="magnetic"),
        Leg(5, 0, 100, point_type="end"),
    ]
    result = compute_traverse(AGHDAM, legs, unit="mil6000", north="grid", declination_deg=5.0)
    p = result.points
    assert [q.unit for q in p[1:]] == ["mil6000", "mil6400", "gon", "deg", "mil6000"]
    assert [q.north for q in p[1:]] == ["grid", "grid", "true", "magnetic", "grid"]
    assert (p[1].x, p[1].y) == (AGHDAM[0], AGHDAM[1] + 50)
    assert (p[2].x, p[2].y) == (AGHDAM[0] + 100, AGHDAM[1] + 50)
    assert abs(angle_diff(geod_azimuth((p[2].x, p[2].y), (p[3].x, p[3].y))[0], 180.0)) < 1e-6
    assert abs(angle_diff(geod_azimuth((p[3].x, p[3].y), (p[4].x, p[4].y))[0], 270.0)) < 1e-6
    assert (p[5].x, p[5].y) == (p[4].x, p[4].y + 100)
    # True and magnetic legs are rotated by the convergence: a few metres of misclosure.
    assert 0.5 < result.closure_error_m < 5.0


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.tuples(st.floats(-400, 400), st.floats(-400, 400)), min_size=3, max_size=8),
    st.sampled_from(["grid", "true"]),
)
def test_traverse_reproduces_the_points_it_was_measured_from(offsets, north):
    """Bearings and distances measured between points (on the grid, or geodesically) give
    those points back."""
    points = [(AGHDAM[0] + dx, AGHDAM[1] + dy) for dx, dy in offsets]
    legs = []
    for k, (a, b) in enumerate(zip([AGHDAM] + points, points)):
        if north == "grid":
            bearing = math.degrees(math.atan2(b[0] - a[0], b[1] - a[1])) % 360.0
            distance = math.hypot(b[0] - a[0], b[1] - a[1])
        else:
            bearing, distance = geod_azimuth(a, b)
        legs.append(Leg(k + 1, 0.0 if bearing >= 360.0 else bearing, distance, north=north))
    legs[0].point_type = "start"
    if len({(round(x, 6), round(y, 6)) for x, y in points}) < 3:
        return
    result = compute_traverse(AGHDAM, legs, crs=CRS)
    for point, (x, y) in zip(result.points[1:], points):
        assert math.hypot(point.x - x, point.y - y) < 1e-6
    assert result.closure_error_m == pytest.approx(math.dist(points[-1], points[0]), abs=1e-6)


def test_bowditch_spreads_a_3_m_misclosure_by_cumulative_length():
    legs = square_legs((0, 90, 180, 270), last_distance=97.0)
    legs.append(Leg(6, 90, 20, point_type="evidence"))
    raw = compute_traverse(REFERENCE, legs)
    adjusted = compute_traverse(REFERENCE, legs, adjust=True)
    assert adjusted.adjusted and not raw.adjusted
    # The record as entered is reported, not the adjusted one.
    assert adjusted.closure_error_m == raw.closure_error_m == pytest.approx(3.0)
    assert adjusted.perimeter_m == raw.perimeter_m
    assert adjusted.closure_ratio == raw.closure_ratio
    start, end = adjusted.perimeter[0], adjusted.perimeter[-1]
    assert abs(end.x - start.x) <= 1e-9 and abs(end.y - start.y) <= 1e-9
    cumulative = [0.0, 0.0, 100.0, 200.0, 300.0, 397.0]  # reference, start, TP2…, end
    for a, b, length in zip(raw.points, adjusted.points, cumulative):
        moved = (b.x - a.x, b.y - a.y)
        assert math.hypot(*moved) == pytest.approx(3.0 * length / 397.0, abs=1e-9)
        assert moved[0] == pytest.approx(0.0, abs=1e-9)  # the misclosure is due north
    # The evidence point after the end moves with it.
    assert adjusted.points[6].y - raw.points[6].y == pytest.approx(3.0)
    assert adjusted.points[0].x == REFERENCE[0] and adjusted.points[0].y == REFERENCE[1]
    assert len(adjusted.polygon.exterior.coords) == 5  # the end now falls on the start
    assert adjusted.polygon.is_valid


def test_bowditch_on_an_oblique_true_traverse():
    legs = oblique_legs(north="true")
    legs.append(Leg(6, 15.0, 80.0, point_type="end", north="true"))  # about 14.6°, 81.5 m
    raw = compute_traverse(AGHDAM, legs, crs=CRS)
    adjusted = compute_traverse(AGHDAM, legs, crs=CRS, adjust=True)
    assert raw.closure_error_m > 1.0
    first, last = adjusted.perimeter[0], adjusted.perimeter[-1]
    assert math.hypot(last.x - first.x, last.y - first.y) <= 1e-9
    assert adjusted.polygon.is_valid
    assert shapely.get_num_coordinates(adjusted.polygon) == 6  # 5 corners and the closing one


@settings(max_examples=50, deadline=None)
@given(
    st.lists(st.tuples(st.floats(-1e3, 1e3), st.floats(-1e3, 1e3)), min_size=2, max_size=10),
    st.tuples(st.floats(-10, 10), st.floats(-10, 10)),
)
def test_bowditch_helper(offsets, misclosure):
    points = [(500_000.0 + dx, 4_400_000.0 + dy) for dx, dy in offsets]
    closing = (points[-1][0] + misclosure[0], points[-1][1] + misclosure[1])
    adjusted = tv.bowditch(points, closing)
    assert adjusted[-1] == closing
    assert adjusted[0] == pytest.approx(points[0], abs=1e-9)
    total = sum(math.dist(a, b) for a, b in zip(points, points[1:]))
    done = 0.0
    for k, (before, after) in enumerate(zip(points, adjusted)):
        if k:
            done += math.dist(points[k - 1], points[k])
        if total > 0:
            expected = (misclosure[0] * done / total, misclosure[1] * done / total)
            assert after[0] - before[0] == pytest.approx(expected[0], abs=1e-6)
            assert after[1] - before[1] == pytest.approx(expected[1], abs=1e-6)


def test_record_errors():
    legs = square_legs((0, 90, 180, 270))
    raises("missing_start", legs, start=None)
    raises("missing_start", legs, start=(float("nan"), 0.0))
    raises("missing_start", legs, start=(1.0,))
    raises("unknown_unit", legs, unit="grad")
    raises("unknown_north", legs, north="up")
    raises("unknown_point_type", legs, start_point_type="landmark")
    magnetic = square_legs((0, 90, 180, 270), north="magnetic")
    raises("bad_declination", magnetic, declination_deg=float("nan"))
    raises("declination_missing", magnetic, declination_deg=None)
    raises("declination_missing", magnetic)  # never 0 by default
    # An unusable declination does not matter without magnetic legs.
    assert compute_traverse(REFERENCE, legs, declination_deg=None).closure_error_m == 0.0
    true = square_legs((0, 90, 180, 270), north="true")
    raises("bad_crs", true, crs="EPSG:4326")
    raises("bad_crs", true, crs="not a crs")
    assert compute_traverse(REFERENCE, legs, crs="not a crs").closure_error_m == 0.0


def test_adjust_without_a_closing_end_leg_keeps_every_point():
    """The last corner (a turning point 3 m short of the start) is a corner: Bowditch has
    nothing to close on. The old code moved it onto the start and dropped it."""
    legs = square_legs((0, 90, 180, 270), last_distance=97.0)
    legs[-1].point_type = "turning"
    raw = compute_traverse(REFERENCE, legs)
    asked = compute_traverse(REFERENCE, legs, adjust=True)
    assert not asked.adjusted
    assert asked.adjust_code == tv.ADJUST_NO_CLOSING_LEG == "no_closing_leg"
    assert "no closing end leg" in asked.adjust_note
    assert xy(asked) == xy(raw)
    assert len(asked.polygon.exterior.coords) == 6  # 5 corners, none lost
    assert asked.polygon.equals(raw.polygon)
    assert asked.closure_error_m == pytest.approx(3.0)
    assert raw.adjust_code is None and raw.adjust_note is None
    # An open record (three sides): nothing moves either.
    open_legs = square_legs((0, 90, 180, 270))[:4]
    opened = compute_traverse(REFERENCE, open_legs, adjust=True)
    assert not opened.adjusted and opened.adjust_code == "no_closing_leg"
    assert xy(opened) == xy(compute_traverse(REFERENCE, open_legs))


def test_adjust_with_a_closing_end_leg():
    legs = square_legs((0, 90, 180, 270), last_distance=97.0)
    result = compute_traverse(REFERENCE, legs, adjust=True)
    assert result.adjusted and result.adjust_code is None and result.adjust_note is None


def test_end_point_within_the_closure_tolerance_is_the_start():
    legs = square_legs((0, 90, 180, 270), last_distance=99.99)  # ends 1 cm short
    exact = compute_traverse(REFERENCE, legs)
    assert len(exact.polygon.exterior.coords) == 6 and not exact.end_on_start
    closed = compute_traverse(REFERENCE, legs, closed_tolerance_m=5.0)
    assert closed.end_on_start
    assert closed.closure_error_m == pytest.approx(0.01)  # still reported as measured
    assert len(closed.polygon.exterior.coords) == 5  # no second vertex 1 cm away
    sides = [
        math.dist(a, b)
        for a, b in zip(closed.polygon.exterior.coords, closed.polygon.exterior.coords[1:])
    ]
    assert min(sides) == pytest.approx(100.0)  # no 0.0 m side
    assert [p.seq for p in closed.perimeter] == [1, 2, 3, 4, 5]  # the point itself is kept
    # Beyond the tolerance the end point stays.
    far = compute_traverse(REFERENCE, square_legs((0, 90, 180, 270), last_distance=94.0),
                           closed_tolerance_m=5.0)  # fmt: skip
    assert not far.end_on_start and len(far.polygon.exterior.coords) == 6
    # Only an end point: a turning point 1 cm from the start is a corner.
    legs[-1].point_type = "turning"
    corner = compute_traverse(REFERENCE, legs, closed_tolerance_m=5.0)
    assert not corner.end_on_start and len(corner.polygon.exterior.coords) == 6
    for bad in (-1.0, float("nan"), float("inf"), "5", True):
        raises("bad_closed_tolerance", legs, closed_tolerance_m=bad)
