"""Traverses of minefield records (DESIGN §5.4): units, norths, closure, Bowditch, errors;
bearings as written, magnetic declination from the IGRF and record dates (issue 14)."""

from __future__ import annotations

import math
import random
import sys
from datetime import date, datetime

import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st
from pyIGRF14 import igrf_value as reference_igrf  # an independent IGRF-14 (test only)
from pyproj import Geod, Proj, Transformer

from landrelease.core import traverse as tv
from landrelease.core.traverse import (
    BearingError,
    DeclinationError,
    Leg,
    TraverseError,
    compute_traverse,
    format_bearing,
    magnetic_declination,
    magnetic_declinations,
    parse_bearing,
    parse_record_date,
)

CRS = "EPSG:32638"
GEOD = Geod(ellps="WGS84")
TO_LONLAT = Transformer.from_crs(CRS, "EPSG:4326", always_xy=True)
FROM_LONLAT = Transformer.from_crs("EPSG:4326", CRS, always_xy=True)
AGHDAM = (650_000.0, 4_428_000.0)  # UTM 38N, about 39.99° N 46.75° E (east of the CM, 45° E)
REFERENCE = (500_000.0, 4_400_000.0)


def square_legs(bearings, approach=None, last_distance=100.0, **leg):
    """Reference -> start (50 m north) -> a 100 m square clockwise -> back to the start."""
    first, east, south, west = bearings
    return [
        Leg(1, first if approach is None else approach, 50.0, point_type="start", **leg),
        Leg(2, east, 100.0, **leg),
        Leg(3, south, 100.0, **leg),
        Leg(4, west, 100.0, **leg),
        Leg(5, first, last_distance, point_type="end", **leg),
    ]


def xy(result):
    return [(p.x, p.y) for p in result.points]


def geod_azimuth(a, b):
    """Forward azimuth (degrees, [0, 360)) and distance from a to b, working-CRS points."""
    lon1, lat1 = TO_LONLAT.transform(*a)
    lon2, lat2 = TO_LONLAT.transform(*b)
    azimuth, _, distance = GEOD.inv(lon1, lat1, lon2, lat2)
    azimuth %= 360.0
    return (0.0 if azimuth >= 360.0 else azimuth), distance


def angle_diff(a, b):
    return (a - b + 180.0) % 360.0 - 180.0


# ---------------------------------------------------------------------------------------------
# Units
# ---------------------------------------------------------------------------------------------


def test_to_degrees_every_unit():
    assert tv.to_degrees(90, "deg") == 90.0
    assert tv.to_degrees(1600, "mil6400") == 90.0
    assert tv.to_degrees(4800, "mil6400") == 270.0
    assert tv.to_degrees(1500, "mil6000") == 90.0
    assert tv.to_degrees(3000, "mil6000") == 180.0
    assert tv.to_degrees(100, "gon") == 90.0
    assert tv.to_degrees(0, "gon") == 0.0
    assert tv.to_degrees(1, "mil6400") == pytest.approx(0.05625)
    assert tv.to_degrees(359.999, "deg") == 359.999


@pytest.mark.parametrize(
    "value, unit, code",
    [
        (6500, "mil6400", "bearing_out_of_range"),
        (6400, "mil6400", "bearing_out_of_range"),
        (6000, "mil6000", "bearing_out_of_range"),
        (360, "deg", "bearing_out_of_range"),
        (400, "gon", "bearing_out_of_range"),
        (-1, "deg", "bearing_out_of_range"),
        (float("nan"), "deg", "bearing_not_numeric"),
        (10, "mils", "unknown_unit"),
    ],
)
def test_to_degrees_rejects(value, unit, code):
    with pytest.raises(TraverseError) as error:
        tv.to_degrees(value, unit)
    assert error.value.code == code
    assert error.value.seq is None
    assert str(error.value)


def test_code_lists_match_the_data_model():
    from landrelease.core.model import CODE_LISTS

    def codes(name):
        return CODE_LISTS[name].values()

    assert tv.ANGLE_UNITS == codes("bearing_unit")
    assert tv.NORTHS == codes("north")
    assert set(tv.POINT_TYPES) == set(codes("point_type"))
    assert set(tv.FULL_CIRCLE) == set(tv.ANGLE_UNITS)


# ---------------------------------------------------------------------------------------------
# The grid square
# ---------------------------------------------------------------------------------------------


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


# ---------------------------------------------------------------------------------------------
# Perimeter, closure, polygon
# ---------------------------------------------------------------------------------------------


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


# ---------------------------------------------------------------------------------------------
# True and magnetic bearings
# ---------------------------------------------------------------------------------------------

OBLIQUE = [(0.0, 120.0), (75.0, 180.0), (160.0, 140.0), (250.0, 210.0), (330.0, 90.0)]


def oblique_legs(**leg):
    legs = [Leg(k + 1, b, d, **leg) for k, (b, d) in enumerate(OBLIQUE)]
    legs[0].point_type = "start"
    return legs


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


# ---------------------------------------------------------------------------------------------
# Bowditch
# ---------------------------------------------------------------------------------------------


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


# ---------------------------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------------------------


def raises(code, legs, seq=None, **kwargs):
    with pytest.raises(TraverseError) as error:
        compute_traverse(kwargs.pop("start", REFERENCE), legs, **kwargs)
    assert error.value.code == code, str(error.value)
    assert error.value.seq == seq
    assert error.value.detail and str(error.value)
    if seq is not None:
        assert str(error.value).startswith(f"Leg {seq}: ")
    return error.value


def test_bearing_out_of_range_names_the_leg():
    legs = square_legs((0, 1600, 3200, 4800), unit="mil6400")
    legs[2].bearing = 6500
    error = raises("bearing_out_of_range", legs, seq=3)
    assert "6500" in str(error) and "6400" in str(error)
    assert error.value == 6500
    legs[2].bearing = -5
    raises("bearing_out_of_range", legs, seq=3)


def test_leg_errors():
    def legs_with(k, **changes):
        legs = square_legs((0, 90, 180, 270))
        for name, value in changes.items():
            setattr(legs[k - 1], name, value)
        return legs

    raises("negative_distance", legs_with(4, distance_m=-10), seq=4)
    raises("distance_missing", legs_with(2, distance_m=None), seq=2)
    raises("distance_missing", legs_with(2, distance_m="  "), seq=2)
    raises("distance_not_numeric", legs_with(2, distance_m="ten"), seq=2)
    raises("bearing_missing", legs_with(5, bearing=None), seq=5)
    raises("bearing_not_numeric", legs_with(5, bearing="north"), seq=5)
    raises("bearing_unit_mismatch", legs_with(5, bearing="N45E", unit="mil6400"), seq=5)
    raises("bearing_not_numeric", legs_with(5, bearing=float("inf")), seq=5)
    raises("bearing_out_of_range", legs_with(3, bearing=360), seq=3)
    raises("unknown_unit", legs_with(3, unit="mils"), seq=3)
    raises("unknown_north", legs_with(3, north="compass"), seq=3)
    raises("unknown_point_type", legs_with(3, point_type="corner"), seq=3)
    raises("duplicate_seq", legs_with(3, seq=2), seq=2)
    raises("bad_seq", legs_with(3, seq=None))
    raises("bad_seq", legs_with(3, seq=2.5))


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


def test_unit_index_constants():
    assert tv.ANGLE_UNITS.index("gon") == 3
    assert tv.NORTHS.index("magnetic") == 2
    assert tv.FULL_CIRCLE == {"deg": 360.0, "mil6400": 6400.0, "mil6000": 6000.0, "gon": 400.0}
    assert tv.PERIMETER_TYPES == ("start", "turning", "intermediate", "end")


# ---------------------------------------------------------------------------------------------
# Bearings as written (issue 14, item 3)
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, unit, degrees",
    [
        ("12-50", "mil6000", 75.0),
        ("0-75", "mil6000", 4.5),
        ("59-99", "mil6000", 359.94),
        ("12–50", "mil6000", 75.0),  # an en dash, as word processors write it
        (" 12 - 50 ", "mil6000", 75.0),
        ("1250", "mil6000", 75.0),
        ("1250,5", "mil6000", 75.03),
        ("1600", "mil6400", 90.0),
        ("1333.5", "mil6400", 75.009375),
        ("6.100", "mil6000", 0.366),  # 6100 would be beyond the circle: only one reading
        ("100", "gon", 90.0),
        ("83,33", "gon", 74.997),
        ("83.333", "gon", 74.9997),
        ("45", "deg", 45.0),
        ("045", "deg", 45.0),
        ("45.5", "deg", 45.5),
        ("45,5", "deg", 45.5),
        ("75.0°", "deg", 75.0),
        ("45°30'", "deg", 45.5),
        ("45°30'36\"", "deg", 45.51),
        ("45 30 36", "deg", 45.51),
        ("45 30", "deg", 45.5),
        ("45 30 36.9", "deg", 45 + 30 / 60 + 36.9 / 3600),
        ("45°30,5'", "deg", 45 + 30.5 / 60),
        ("45 гр. 30 мин.", "deg", 45.5),
        ("45 гр 30 мин 36 сек", "deg", 45.51),
        ("45° 30′ 36″", "deg", 45.51),
        ("45º30’36”", "deg", 45.51),
        ("45˚30'36''", "deg", 45.51),
        ("45d30m36s", "deg", 45.51),
        ("45 deg 30 min 36 sec", "deg", 45.51),
        ("45\u00a030\u202f36", "deg", 45.51),  # no-break and narrow no-break spaces
        ("N45E", "deg", 45.0),
        ("n45e", "deg", 45.0),
        ("S30°W", "deg", 210.0),
        ("S45°30'E", "deg", 134.5),
        ("N 30 W", "deg", 330.0),
        ("N0E", "deg", 0.0),
        ("N0W", "deg", 0.0),
        ("S0E", "deg", 180.0),
        ("N90W", "deg", 270.0),
        ("S90E", "deg", 90.0),
        ("0", "deg", 0.0),
        ("359.99", "deg", 359.99),
    ],
)
def test_parse_bearing_reads_what_is_written(text, unit, degrees):
    assert parse_bearing(text, unit) == pytest.approx(degrees, abs=1e-12)


@pytest.mark.parametrize(
    "value, unit, degrees",
    [(45, "deg", 45.0), (1250, "mil6000", 75.0), (1600.0, "mil6400", 90.0), (50, "gon", 45.0)],
)
def test_parse_bearing_takes_numbers_in_the_unit(value, unit, degrees):
    assert parse_bearing(value, unit) == degrees
    assert tv.parse_bearing_value(value, unit) == value


@pytest.mark.parametrize(
    "text, unit, code",
    [
        ("", "deg", "bearing_missing"),
        ("   ", "mil6000", "bearing_missing"),
        (None, "deg", "bearing_missing"),
        (float("nan"), "deg", "bearing_not_numeric"),
        (float("inf"), "mil6000", "bearing_not_numeric"),
        (True, "deg", "bearing_not_numeric"),
        ("nan", "deg", "bearing_not_numeric"),
        ("inf", "gon", "bearing_not_numeric"),
        ("1e2", "deg", "bearing_not_numeric"),  # no exponents
        ("45abc", "deg", "bearing_not_numeric"),
        ("45°30'x", "deg", "bearing_not_numeric"),
        ("45 30 36 12", "deg", "bearing_not_numeric"),
        ("45.", "deg", "bearing_not_numeric"),
        ("+45", "deg", "bearing_not_numeric"),
        ("45, 30", "deg", "bearing_not_numeric"),
        ("NE", "deg", "bearing_not_numeric"),
        ("45-30-36", "deg", "bearing_not_numeric"),
        ("12 50", "mil6000", "bearing_not_numeric"),  # a space inside a number of mils
        ("x" * 41, "deg", "bearing_too_long"),
        ("-45", "deg", "bearing_negative"),
        ("−45", "deg", "bearing_negative"),  # the minus sign
        ("-12-50", "mil6000", "bearing_negative"),
        (-5, "deg", "bearing_out_of_range"),
        ("360", "deg", "bearing_out_of_range"),
        ("360°", "deg", "bearing_out_of_range"),
        ("400", "gon", "bearing_out_of_range"),
        ("6400", "mil6400", "bearing_out_of_range"),
        ("6000", "mil6000", "bearing_out_of_range"),
        ("60-00", "mil6000", "bearing_out_of_range"),
        ("75-00", "mil6000", "bearing_out_of_range"),
        (6000, "mil6000", "bearing_out_of_range"),
        ("45 60", "deg", "bearing_minutes_seconds"),
        ("45°30'60\"", "deg", "bearing_minutes_seconds"),
        ("45°75'", "deg", "bearing_minutes_seconds"),
        ("45.5°30'", "deg", "bearing_decimal_not_last"),
        ("45 30.5 36", "deg", "bearing_decimal_not_last"),
        ("30'45°", "deg", "bearing_dms_order"),
        ('45 30"', "deg", "bearing_dms_order"),
        ("30'", "deg", "bearing_dms_order"),
        ("N95E", "deg", "bearing_quadrant_range"),
        ("S90°30'W", "deg", "bearing_quadrant_range"),
        ("12-50", "deg", "bearing_soviet_form"),
        ("12-50", "mil6400", "bearing_soviet_form"),
        ("12-50", "gon", "bearing_soviet_form"),
        ("12-150", "mil6000", "bearing_bad_soviet_form"),
        ("12-5", "mil6000", "bearing_bad_soviet_form"),
        ("123-50", "mil6000", "bearing_bad_soviet_form"),
        ("12-50.5", "mil6000", "bearing_bad_soviet_form"),
        ("45°", "mil6400", "bearing_unit_mismatch"),
        ("45°30'", "gon", "bearing_unit_mismatch"),
        ("N45E", "mil6000", "bearing_unit_mismatch"),
        ("1250 m", "mil6000", "bearing_unit_mismatch"),
        ("1,250", "mil6400", "bearing_ambiguous"),
        ("1.250", "mil6000", "bearing_ambiguous"),
        ("45", "grad", "unknown_unit"),
        ("45", None, "unknown_unit"),
    ],
)
def test_parse_bearing_refuses(text, unit, code):
    with pytest.raises(BearingError) as error:
        parse_bearing(text, unit)
    assert error.value.code == code, str(error.value)
    assert isinstance(error.value, ValueError) and isinstance(error.value, TraverseError)
    assert error.value.detail and error.value.seq is None
    if code in tv.BEARING_ERROR_CODES:
        assert code in tv.ERROR_CODES


def test_bearing_refusals_say_why():
    def message(text, unit):
        with pytest.raises(BearingError) as error:
            parse_bearing(text, unit)
        return error.value

    assert "mil6000" in str(message("12-50", "deg"))
    assert "mil6000" in str(message("12-50", "mil6400"))
    assert "north is 0" in str(message("60-00", "mil6000"))
    assert message("60-00", "mil6000").value == 6000.0  # a number: the dialog formats it
    assert message("-12-50", "mil6000").value == -1250.0
    assert message("N95E", "deg").value == 95.0
    assert "1250" in str(message("1,250", "mil6400"))
    assert "12-50" in str(message("oops", "mil6000"))  # shows the accepted forms


@pytest.mark.parametrize(
    "degrees, unit, text",
    [
        (75.0, "deg", "75.0°"),
        (75.0, "mil6400", "1333"),
        (75.0, "mil6000", "12-50"),
        (75.0, "gon", "83.33"),
        (4.5, "mil6000", "0-75"),
        (0.0, "mil6000", "0-00"),
        (359.9999, "mil6000", "0-00"),  # 5999.998 mils round to the full circle: north
        (5999.6 * 0.06, "mil6000", "0-00"),
        (359.97, "deg", "0.0°"),
        (-90.0, "deg", "270.0°"),
        (359.99, "gon", "399.99"),
        (359.9999, "gon", "0.00"),
    ],
)
def test_format_bearing(degrees, unit, text):
    assert format_bearing(degrees, unit) == text


def test_format_bearing_decimals_and_refusals():
    assert format_bearing(45.51, "deg", 2) == "45.51°"
    assert format_bearing(75.0, "mil6400", 1) == "1333.3"
    assert format_bearing(75.0, "gon", 0) == "83"
    with pytest.raises(ValueError):
        format_bearing(75.0, "mil6000", 1)  # Soviet mils are whole mils
    with pytest.raises(BearingError):
        format_bearing(float("nan"), "deg")
    with pytest.raises(BearingError):
        format_bearing(75.0, "mils")


HALF_STEP = {"deg": 0.05, "mil6400": 0.5 * 360 / 6400, "mil6000": 0.5 * 0.06, "gon": 0.005 * 0.9}


@settings(max_examples=300, deadline=None)
@given(st.floats(0.0, 360.0, exclude_max=True), st.sampled_from(tv.ANGLE_UNITS))
def test_format_then_parse_gives_the_bearing_back(degrees, unit):
    text = format_bearing(degrees, unit)
    back = parse_bearing(text, unit)
    assert 0.0 <= back < 360.0
    assert abs(angle_diff(back, degrees)) <= HALF_STEP[unit] + 1e-9, text


@settings(max_examples=300, deadline=None)
@given(
    st.integers(0, 359),
    st.integers(0, 59),
    st.floats(0.0, 59.99, allow_nan=False),
    st.sampled_from(
        ["{d}°{m}'{s}\"", "{d} {m} {s}", "{d}° {m}′ {s}″", "{d} гр. {m} мин. {s} сек."]
    ),
)
def test_dms_text_reads_as_its_degrees(d, m, s, pattern):
    seconds = f"{s:.2f}"
    text = pattern.format(d=d, m=m, s=seconds)
    assert parse_bearing(text, "deg") == pytest.approx(d + m / 60 + float(seconds) / 3600)
    comma = text.replace(f"{seconds}", seconds.replace(".", ","))
    assert parse_bearing(comma, "deg") == parse_bearing(text, "deg")


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 5999))
def test_every_soviet_bearing_reads_as_its_mils(mils):
    text = f"{mils // 100}-{mils % 100:02d}"
    assert tv.parse_bearing_value(text, "mil6000") == mils
    assert parse_bearing(text, "mil6000") == pytest.approx(mils * 0.06)
    assert format_bearing(parse_bearing(text, "mil6000"), "mil6000") == text


def test_text_bearings_in_legs():
    """A CSV read by OGR gives text: each leg's text is read in the leg's unit."""
    numbers = compute_traverse(REFERENCE, square_legs((0, 1500, 3000, 4500), unit="mil6000"))
    soviet = square_legs(("0-00", "15-00", "30-00", "45-00"), unit="mil6000")
    result = compute_traverse(REFERENCE, soviet)
    assert xy(result) == xy(numbers)
    assert [p.bearing for p in result.points[1:]] == [0.0, 1500.0, 3000.0, 4500.0, 0.0]
    quadrant = square_legs(("N0E", "S90E", "S0W", "N90W"))
    assert xy(compute_traverse(REFERENCE, quadrant)) == xy(numbers)
    legs = square_legs(("0-00", "15-00", "30-00", "45-00"), unit="mil6000")
    legs[2].bearing = "12-150"
    error = raises("bearing_bad_soviet_form", legs, seq=3)
    assert isinstance(error, BearingError) and "12-150" in str(error)
    legs[2].bearing = "30-00"
    legs[2].unit = "mil6400"  # the leg's own unit: the Soviet form is refused in it
    raises("bearing_soviet_form", legs, seq=3)


# ---------------------------------------------------------------------------------------------
# Declination per leg and per record (issue 14, item 4)
# ---------------------------------------------------------------------------------------------


def test_a_magnetic_leg_needs_a_declination_never_0_by_default():
    legs = square_legs((0, 90, 180, 270), north="magnetic")
    error = raises("declination_missing", legs)
    assert "declination" in str(error) and error.value == 1
    grid = square_legs((0, 90, 180, 270))
    assert compute_traverse(REFERENCE, grid).closure_error_m == 0.0  # no magnetic leg


def test_a_legs_own_declination_wins_over_the_records():
    legs = oblique_legs(north="magnetic")
    for leg in legs:
        leg.declination_deg = 4.65
    own = compute_traverse(AGHDAM, legs, crs=CRS)  # no record declination needed
    record = compute_traverse(AGHDAM, oblique_legs(north="magnetic"), declination_deg=4.65, crs=CRS)
    both = compute_traverse(AGHDAM, legs, declination_deg=-30.0, crs=CRS)
    assert xy(own) == xy(record) == xy(both)
    # One leg with its own value, the others with the record's.
    mixed = oblique_legs(north="magnetic")
    mixed[2].declination_deg = "6,31"  # as typed in a table
    result = compute_traverse(AGHDAM, mixed, declination_deg=4.65, crs=CRS)
    true = oblique_legs(north="true")
    for k, leg in enumerate(true):
        leg.bearing = leg.bearing + (6.31 if k == 2 else 4.65)
    for a, b in zip(xy(result), xy(compute_traverse(AGHDAM, true, crs=CRS))):
        assert math.dist(a, b) < 1e-6
    mixed[2].declination_deg = float("nan")
    raises("bad_declination", mixed, seq=3, start=AGHDAM, declination_deg=4.65, crs=CRS)


# ---------------------------------------------------------------------------------------------
# Adjustment only with a closing end leg; an end point on the start is the start (items 5, 6)
# ---------------------------------------------------------------------------------------------


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


# ---------------------------------------------------------------------------------------------
# Magnetic declination from the IGRF (issue 14, item 4), against pyIGRF14
# ---------------------------------------------------------------------------------------------


def decimal_year(day: date) -> float:
    start, end = date(day.year, 1, 1), date(day.year + 1, 1, 1)
    return day.year + (day - start).days / (end - start).days


PLACES = [
    ("Aghdam", 46.93, 39.99, date(1993, 6, 15)),
    ("Aghdam", 46.93, 39.99, date(2020, 12, 15)),
    ("Baku", 49.87, 40.41, date(1945, 5, 9)),
    ("Oslo", 10.75, 59.91, date(1965, 7, 1)),
    ("Sydney", 151.21, -33.87, date(2010, 3, 1)),
    ("Boulder", -105.27, 40.01, date(2026, 5, 1)),
    ("Ushuaia", -68.3, -54.8, date(1980, 1, 1)),
    ("Cape Town", 18.42, -33.92, date(1955, 9, 1)),
    ("Longyearbyen", 15.6, 78.2, date(2000, 1, 1)),
    ("Alert", -62.3, 82.5, date(2015, 8, 1)),
    ("Pulkovo", 30.33, 59.77, date(1905, 6, 1)),
    ("first day", 0.0, 0.0, date(1900, 1, 1)),
    ("last day", 0.0, 0.0, date(2029, 12, 31)),
]


@pytest.mark.parametrize("name, lon, lat, day", PLACES, ids=[f"{p[0]} {p[3]}" for p in PLACES])
def test_declination_agrees_with_an_independent_igrf(name, lon, lat, day):
    reference = reference_igrf(lat, lon, 0.0, decimal_year(day))[0]
    assert magnetic_declination(lon, lat, day) == pytest.approx(reference, abs=0.25)
    assert magnetic_declination(lon, lat, day) == pytest.approx(reference, abs=0.001)


def test_declination_near_aghdam_as_the_issue_gives_it():
    assert magnetic_declination(46.93, 39.99, date(1993, 6, 15)) == pytest.approx(4.65, abs=0.005)
    assert magnetic_declination(46.93, 39.99, date(2020, 12, 15)) == pytest.approx(6.31, abs=0.005)
    noon = datetime(1993, 6, 15, 12, 0)
    assert magnetic_declination(46.93, 39.99, noon) == magnetic_declination(
        46.93, 39.99, date(1993, 6, 15)
    )


@pytest.mark.parametrize(
    "lon, lat, day, code",
    [
        (46.93, 39.99, date(1899, 12, 31), "date_outside_igrf"),
        (46.93, 39.99, date(1800, 1, 1), "date_outside_igrf"),
        (46.93, 39.99, date(2030, 1, 1), "date_outside_igrf"),
        (46.93, 39.99, date(2031, 6, 1), "date_outside_igrf"),
        (46.93, 39.99, "1993-06-15", "date_not_date"),
        (46.93, 39.99, None, "date_not_date"),
        (46.93, 39.99, 1993.5, "date_not_date"),
        (float("nan"), 39.99, date(1993, 6, 15), "position_out_of_range"),
        (46.93, float("inf"), date(1993, 6, 15), "position_out_of_range"),
        (181.0, 39.99, date(1993, 6, 15), "position_out_of_range"),
        (46.93, -91.0, date(1993, 6, 15), "position_out_of_range"),
        (46.93, 90.0, date(1993, 6, 15), "position_out_of_range"),
        (True, 39.99, date(1993, 6, 15), "position_out_of_range"),
        ("46.93", 39.99, date(1993, 6, 15), "position_out_of_range"),
    ],
)
def test_declination_refusals(lon, lat, day, code):
    with pytest.raises(DeclinationError) as error:
        magnetic_declination(lon, lat, day)
    assert error.value.code == code and isinstance(error.value, ValueError)
    assert code in tv.DECLINATION_ERROR_CODES and error.value.detail


def test_declinations_vectorised_in_chunks_never_a_full_grid(monkeypatch):
    import ppigrf

    shapes = []
    igrf = ppigrf.igrf

    def recording(*args, **kwargs):
        result = igrf(*args, **kwargs)
        shapes.append(result[0].shape)
        return result

    monkeypatch.setattr(ppigrf, "igrf", recording)
    rng = random.Random(14)
    n = 700
    lons = [rng.uniform(44.5, 48.0) for _ in range(n)]
    lats = [rng.uniform(38.5, 41.0) for _ in range(n)]
    days = [date(1990, 1, 1).fromordinal(date(1990, 1, 1).toordinal() + rng.randrange(12_000))
            for _ in range(n)]  # fmt: skip
    days[5] = days[6] = days[7]  # some records on the same day
    values = magnetic_declinations(lons, lats, days)
    assert values.shape == (n,)
    assert len(shapes) == 3 and all(rows <= 256 and points <= 256 for rows, points in shapes)
    for k in (0, 5, 6, 7, 255, 256, 699):
        assert values[k] == pytest.approx(magnetic_declination(lons[k], lats[k], days[k]), abs=1e-9)
        reference = reference_igrf(lats[k], lons[k], 0.0, decimal_year(days[k]))[0]
        assert values[k] == pytest.approx(reference, abs=0.001)
    assert magnetic_declinations([], [], []).shape == (0,)
    with pytest.raises(DeclinationError) as error:
        magnetic_declinations([46.9, 46.9], [39.9, 39.9], [date(1993, 1, 1), date(1850, 1, 1)])
    assert error.value.code == "date_outside_igrf" and error.value.index == 1


def test_without_ppigrf_the_error_names_the_package(monkeypatch):
    monkeypatch.setitem(sys.modules, "ppigrf", None)  # as if it were not installed
    with pytest.raises(DeclinationError) as error:
        magnetic_declination(46.93, 39.99, date(1993, 6, 15))
    assert error.value.code == "igrf_unavailable" and "ppigrf" in str(error.value)


# ---------------------------------------------------------------------------------------------
# Record dates
# ---------------------------------------------------------------------------------------------

TODAY = date(2026, 1, 1)


@pytest.mark.parametrize(
    "value, day, month_only",
    [
        (date(1993, 6, 15), date(1993, 6, 15), False),
        (datetime(1993, 6, 15, 23, 59), date(1993, 6, 15), False),
        ("1993-06-15", date(1993, 6, 15), False),
        ("1993-6-5", date(1993, 6, 5), False),
        ("1993-06-15T10:30:00Z", date(1993, 6, 15), False),
        ("1993-06-15 10:30", date(1993, 6, 15), False),
        ("1993/06/15", date(1993, 6, 15), False),
        ("15.06.1993", date(1993, 6, 15), False),
        ("5.6.1993", date(1993, 6, 5), False),
        ("15.06.1993 г.", date(1993, 6, 15), False),
        ("03.04.1993", date(1993, 4, 3), False),  # dots: day.month.year
        ("15/06/1993", date(1993, 6, 15), False),  # only one reading is a day
        ("06/15/1993", date(1993, 6, 15), False),
        ("03/03/1993", date(1993, 3, 3), False),
        ("1993-06", date(1993, 6, 15), True),
        ("06.1993", date(1993, 6, 15), True),
    ],
)
def test_record_dates_read(value, day, month_only):
    found = parse_record_date(value, today=TODAY)
    assert found.on == day and found.month_only is month_only


@pytest.mark.parametrize(
    "value, code",
    [
        (None, "date_missing"),
        ("  ", "date_missing"),
        (19930615, "date_not_date"),
        (True, "date_not_date"),
        ("03/04/1993", "date_ambiguous"),
        ("03-04-1993", "date_ambiguous"),
        ("31.02.1993", "date_invalid"),
        ("1993-13-01", "date_invalid"),
        ("31/31/1993", "date_invalid"),
        ("1993", "date_incomplete"),
        ("15.06.93", "date_two_digit_year"),
        ("June 1993", "date_unreadable"),
        ("1993-06-15x", "date_unreadable"),
        ("2026-01-02", "date_in_future"),
    ],
)
def test_record_dates_refused(value, code):
    with pytest.raises(DeclinationError) as error:
        parse_record_date(value, today=TODAY)
    assert error.value.code == code and code in tv.DECLINATION_ERROR_CODES
