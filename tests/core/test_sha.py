"""SHA delineation (landrelease.core.sha): values, not just shapes."""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from shapely.geometry import LineString, MultiLineString, Point, Polygon, box
from shapely.ops import substring

from landrelease.core import sha
from landrelease.core.sha.polygons import without_flat_holes

CIRCLE = math.pi  # area of the unit disc


def run(lines, left=500.0, right=500.0, **kwargs):
    kwargs.setdefault("min_area_m2", 0.0)
    return sha.delineate_sha(lines, left, right, **kwargs)


def total(parts) -> float:
    return sum(p.geometry.area for p in parts)


def overlap_area(parts) -> float:
    """Total area shared by two parts. On a fine grid: GEOS's floating point overlay can get
    polygons sharing a nearly identical edge wrong (it may call one the intersection)."""
    geoms = np.array([p.geometry for p in parts], dtype=object)
    a, b = shapely.STRtree(geoms).query(geoms, predicate="intersects")
    pair = a < b
    shared = shapely.intersection(geoms[a[pair]], geoms[b[pair]], grid_size=1e-6)
    return float(shapely.area(shared).sum())


def max_distance(parts, line) -> float:
    coords = shapely.get_coordinates([p.geometry for p in parts])
    return float(shapely.distance(shapely.points(coords), line).max())


def rel(a: float, b: float) -> float:
    return abs(a - b) / abs(b)


# ---------------------------------------------------------------------------------------------
# The belt
# ---------------------------------------------------------------------------------------------


def test_left_is_positive_right_is_negative_like_single_sided_buffer():
    line = LineString([(0, 0), (1000, 0)])
    parts, report = run([line], 500, 100)
    assert len(parts) == 1
    minx, miny, maxx, maxy = parts[0].geometry.bounds
    assert (minx, miny, maxx, maxy) == pytest.approx((0, -100, 1000, 500))
    assert rel(parts[0].geometry.area, 600_000) < 1e-3
    # the same sign convention as shapely's single-sided buffer
    assert shapely.buffer(line, 500, single_sided=True).bounds[1] == pytest.approx(0)
    assert shapely.buffer(line, -100, single_sided=True).bounds[3] == pytest.approx(0)
    assert report["skipped_lines"] == 0


def test_reversed_line_swaps_the_sides():
    parts, _ = run([LineString([(1000, 0), (0, 0)])], 500, 100)
    assert parts[0].geometry.bounds == pytest.approx((0, -500, 1000, 100))


def test_straight_line_area_is_depths_times_length_with_flat_ends():
    parts, _ = run([LineString([(0, 0), (0, 2000)])], 300, 200)
    assert parts[0].geometry.area == pytest.approx(500 * 2000, rel=1e-9)
    # flat ends: nothing beyond the end points along the line
    assert parts[0].geometry.bounds == pytest.approx((-300, 0, 200, 2000))


def test_zero_depth_means_no_belt_on_that_side():
    parts, _ = run([LineString([(0, 0), (1000, 0)])], 0, 100)
    assert parts[0].geometry.bounds == pytest.approx((0, -100, 1000, 0))
    assert parts[0].geometry.area == pytest.approx(100_000)


def test_round_join_on_the_outside_of_a_bend_and_no_double_count_inside():
    line = LineString([(0, 0), (1000, 0), (1000, -1000)])  # turns right: left is outside
    outside, _ = run([line], 100, 0)
    quarter_disc = CIRCLE * 100**2 / 4
    assert rel(total(outside), 2 * 100_000 + quarter_disc) < 1e-3
    assert max_distance(outside, line) <= 100 + 1e-6
    inside, _ = run([line], 0, 100)
    assert total(inside) == pytest.approx(2 * 100_000 - 100 * 100, rel=1e-9)


def test_same_as_shapely_single_sided_buffer_on_a_gentle_line():
    line = LineString([(0, 0), (800, 150), (1500, 100), (2300, 600), (3000, 500), (3600, 0)])
    for left, right in ((250, 0), (0, 400), (300, 120)):
        parts, _ = run([line], left, right)
        expected = shapely.union(
            shapely.buffer(line, left, single_sided=True, cap_style="flat", quad_segs=16)
            if left
            else Polygon(),
            shapely.buffer(line, -right, single_sided=True, cap_style="flat", quad_segs=16)
            if right
            else Polygon(),
        )
        got = shapely.union_all([p.geometry for p in parts])
        assert shapely.symmetric_difference(got, expected).area < 1e-4 * expected.area


def test_a_tight_curl_keeps_all_its_area():
    # Depth larger than the curl: GEOS's single-sided buffer of the whole line loses the inside.
    line = shapely.from_wkt(
        "LINESTRING (-207.5 -988.4, -682.5 -1146.0, -1470.7 -879.7, -1709.8 -429.1,"
        " -1402.1 -566.6, -667.4 -302.3)"
    )
    depth = 1622.4
    parts, _ = run([line], depth, depth)
    got = shapely.union_all([p.geometry for p in parts])
    two_sided = shapely.buffer(line, depth, cap_style="flat", quad_segs=16)
    assert shapely.difference(two_sided, got).area < 1e-3 * two_sided.area
    assert max_distance(parts, line) <= depth * (1 + 1e-9)
    assert all(p.geometry.is_valid for p in parts)


def test_closed_line_joins_at_its_start():
    square = LineString([(0, 0), (1000, 0), (1000, 1000), (0, 1000), (0, 0)])  # anticlockwise
    inside, _ = run([square], 100, 0)  # left of an anticlockwise ring: inside
    assert total(inside) == pytest.approx(1000**2 - 800**2, rel=1e-9)
    outside, _ = run([square], 0, 100)
    assert rel(total(outside), 4 * 100_000 + CIRCLE * 100**2) < 2e-3  # four round corners
    assert len(outside) == 1 and len(outside[0].geometry.interiors) == 1


def test_multilinestring_parts_each_get_a_belt():
    multi = MultiLineString([[(0, 0), (1000, 0)], [(0, 5000), (2000, 5000)]])
    parts, _ = run([multi], 100, 100)
    assert len(parts) == 2
    assert total(parts) == pytest.approx(200 * 3000)
    assert {p.line_index for p in parts} == {0}


def test_per_feature_depths_override_the_defaults():
    lines = [LineString([(0, 0), (1000, 0)]), LineString([(0, 10_000), (1000, 10_000)])]
    parts, _ = sha.delineate_sha(
        lines,
        [None, 50],
        [float("nan"), 20],
        default_left_m=100,
        default_right_m=300,
        min_area_m2=0,
    )
    by_line = {p.line_index: p.geometry for p in parts}
    assert by_line[0].area == pytest.approx(400 * 1000)
    assert by_line[0].bounds == pytest.approx((0, -300, 1000, 100))
    assert by_line[1].area == pytest.approx(70 * 1000)
    assert by_line[1].bounds == pytest.approx((0, 10_000 - 20, 1000, 10_050))


def test_scalar_depths_and_defaults():
    line = LineString([(0, 0), (1000, 0)])
    parts, _ = sha.delineate_sha([line], None, None, min_area_m2=0)  # 500 + 500
    assert parts[0].geometry.area == pytest.approx(1_000_000)
    parts, _ = sha.delineate_sha([line], float("nan"), 10, default_left_m=20, min_area_m2=0)
    assert parts[0].geometry.area == pytest.approx(30_000)


def test_lines_without_geometry_are_skipped_and_counted():
    line = LineString([(0, 0), (1000, 0)])
    parts, report = run([None, LineString(), LineString([(5, 5), (5, 5)]), line], 10, 10)
    assert report["skipped_lines"] == 3
    assert [p.line_index for p in parts] == [3]


def test_parts_are_valid_single_polygons_oriented_anticlockwise():
    line = LineString([(0, 0), (1000, 0), (1000, 1000), (2000, 1500)])
    excl = [box(400, -50, 600, 50)]  # a hole-free cut across the belt
    parts, _ = run([line], 200, 200, exclusions=excl, indirect=[Point(1500, 400)])
    assert parts
    for part in parts:
        assert isinstance(part.geometry, Polygon)
        assert part.geometry.is_valid
        assert part.geometry.exterior.is_ccw
        assert all(not ring.is_ccw for ring in part.geometry.interiors)


# ---------------------------------------------------------------------------------------------
# Indirect evidence and exclusions
# ---------------------------------------------------------------------------------------------


def test_indirect_point_far_from_the_line_adds_a_disc():
    line = LineString([(0, 0), (1000, 0)])
    base, _ = run([line], 100, 100)
    parts, report = run([line], 100, 100, indirect=[Point(500, 5000)], indirect_buffer_m=250)
    added = total(parts) - total(base)
    assert rel(added, CIRCLE * 250**2) < 0.01
    disc = [p for p in parts if p.geometry.bounds[1] > 1000]
    assert len(disc) == 1 and disc[0].indirect_count == 1
    assert rel(disc[0].geometry.area, CIRCLE * 250**2) < 0.01
    belt = [p for p in parts if p is not disc[0]]
    assert [p.indirect_count for p in belt] == [0]
    assert report["indirect_without_area"] == 0


def test_indirect_inside_the_belt_adds_nothing_but_is_counted():
    line = LineString([(0, 0), (1000, 0)])
    evidence = [Point(500, 50), LineString([(100, -10), (200, -10)]), None]
    parts, _ = run([line], 100, 100, indirect=evidence, indirect_buffer_m=20)
    assert total(parts) == pytest.approx(200_000)
    assert parts[0].indirect_count == 2


def test_indirect_buffer_zero_adds_polygons_only_and_says_so():
    line = LineString([(0, 0), (1000, 0)])
    evidence = [Point(0, 5000), LineString([(0, 6000), (500, 6000)]), box(0, 8000, 100, 8100)]
    parts, report = run([line], 10, 10, indirect=evidence, indirect_buffer_m=0)
    assert total(parts) == pytest.approx(20 * 1000 + 100 * 100)
    assert report["indirect_without_area"] == 2


def test_indirect_only_with_zero_depths():
    line = LineString([(0, 0), (1000, 0)])
    parts, _ = run([line], 0, 0, indirect=[box(0, 100, 200, 300)], indirect_buffer_m=0)
    assert total(parts) == pytest.approx(200 * 200)
    assert parts[0].line_index == 0


def test_exclusions_remove_their_area():
    line = LineString([(0, 0), (1000, 0)])
    exclusions = [box(100, 0, 300, 100), box(600, -600, 700, 600), None]  # the second cuts it
    parts, _ = run([line], 500, 500, exclusions=exclusions)
    assert total(parts) == pytest.approx(1_000_000 - 200 * 100 - 100 * 1000)
    assert len(parts) == 2


def test_min_area_drops_slivers_and_reports_them():
    line = LineString([(0, 0), (1000, 0)])
    # leaves a 10 m x 5 m island between two exclusions
    exclusions = [box(0, -100, 1000, 50), box(0, 55, 1000, 100), box(10, 49, 1000, 56)]
    parts, report = sha.delineate_sha([line], 100, 100, exclusions=exclusions, min_area_m2=100)
    assert parts == []
    assert report["dropped_slivers"] == 1
    assert report["dropped_area_m2"] == pytest.approx(50)
    parts, report = sha.delineate_sha([line], 100, 100, exclusions=exclusions, min_area_m2=10)
    assert total(parts) == pytest.approx(50)
    assert report["dropped_slivers"] == 0 and report["dropped_area_m2"] == 0


def test_everything_excluded_gives_no_parts():
    line = LineString([(0, 0), (1000, 0)])
    parts, report = run(
        [line], 100, 100, exclusions=[box(-1, -200, 1001, 200)], segment_length_m=100
    )
    assert parts == []


def test_nearly_coincident_edges_do_not_lose_area():
    # Two polygons sharing an edge whose end differs in the last bit: GEOS's floating point
    # union of the two returns only one of them. The result is checked and done again.
    a = shapely.from_wkt(
        "POLYGON ((-61.250481334679016 331.1697805528268, -88.25754158783084 289.10877629434776,"
        " 27.01505924452828 215.07346194943818, 54.03011849727778 257.1469239116802,"
        " -61.250481334679016 331.1697805528268))"
    )
    b = shapely.from_wkt(
        "POLYGON ((-61.250481334679016 331.1697805528268, 54.03011849727779 257.1469239116802,"
        " 81.04532370523138 299.22061318568444, -34.23973497028298 373.2365255894315,"
        " -61.250481334679016 331.1697805528268))"
    )
    line = LineString([(-200, 300), (200, 300)])
    parts, _ = run([line], 200, 200, exclusions=[a, b])
    assert rel(total(parts), 400 * 400 - a.area - b.area) < 1e-6


def test_missing_entries_and_rings_are_accepted():
    ring = shapely.LinearRing([(0, 0), (1000, 0), (1000, 1000), (0, 1000)])
    parts, report = run(
        [ring],
        100,
        0,
        indirect=[None, Point()],
        exclusions=[None, Polygon()],
        districts=[("A", None), ("B", Polygon()), ("C", box(-10, -10, 2000, 2000))],
    )
    assert [p.district for p in parts] == ["C"]
    assert parts[0].geometry.area == pytest.approx(1000**2 - 800**2)
    assert report["skipped_lines"] == 0 and report["parts_outside_districts"] == 0


# ---------------------------------------------------------------------------------------------
# Districts
# ---------------------------------------------------------------------------------------------

WEST = box(-5000, -5000, 400, 5000)
EAST = box(400, -5000, 5000, 5000)


def test_districts_split_the_parts_and_keep_the_area():
    line = LineString([(0, 0), (1000, 0)])
    whole, _ = run([line], 300, 200)
    parts, report = run([line], 300, 200, districts=[("W", WEST), ("E", EAST)])
    assert [p.district for p in parts] == ["E", "W"]  # sorted by district code
    assert rel(total(parts), total(whole)) < 1e-6
    assert parts[0].geometry.area == pytest.approx(600 * 500)
    assert parts[1].geometry.area == pytest.approx(400 * 500)
    for part in parts:
        district = {"W": WEST, "E": EAST}[part.district]
        assert district.buffer(1e-6).contains(part.geometry)
    assert report["parts_outside_districts"] == 0


def test_parts_outside_every_district_keep_none_and_are_counted():
    line = LineString([(0, 0), (1000, 0)])
    parts, report = run([line], 300, 200, districts=[("W", WEST), ("N", box(0, 5000, 1, 5001))])
    assert sorted((p.district or "", round(p.geometry.area)) for p in parts) == [
        ("", 600 * 500),
        ("W", 400 * 500),
    ]
    assert report["parts_outside_districts"] == 1


def test_a_district_made_of_several_polygons_gives_one_part():
    line = LineString([(0, 0), (1000, 0)])
    parts, _ = run([line], 300, 200, districts=[("X", WEST), ("X", EAST)])
    assert len(parts) == 1 and parts[0].district == "X"
    assert parts[0].geometry.area == pytest.approx(500 * 1000)


def test_overlapping_districts_do_not_count_twice():
    line = LineString([(0, 0), (1000, 0)])
    first, second = box(-5000, -5000, 600, 5000), box(400, -5000, 5000, 5000)
    parts, report = run([line], 300, 200, districts=[("A", first), ("B", second)])
    assert total(parts) == pytest.approx(500 * 1000)
    assert {p.district: round(p.geometry.area) for p in parts} == {"A": 600 * 500, "B": 400 * 500}
    assert report["overlapping_districts"] == 1
    assert overlap_area(parts) == pytest.approx(0, abs=1e-6)


def test_bow_tie_district_and_exclusion_are_repaired_and_reported():
    line = LineString([(0, 0), (1000, 0)])
    bow_tie = Polygon([(0, -500), (1000, 500), (1000, -500), (0, 500)])  # two triangles
    assert not bow_tie.is_valid
    excl_bow_tie = Polygon([(0, -10), (100, 10), (100, -10), (0, 10)])
    parts, report = run([line], 500, 500, districts=[("T", bow_tie)], exclusions=[excl_bow_tie])
    assert report["repaired_geometries"] == 2
    inside = [p for p in parts if p.district == "T"]
    # the bow tie's two triangles hold half of the 1000 m x 1000 m belt, and the excluded bow
    # tie's two triangles (500 m² each) lie inside them
    assert sum(p.geometry.area for p in inside) == pytest.approx(500_000 - 1000, rel=1e-9)
    assert total(parts) == pytest.approx(1_000_000 - 1000, rel=1e-9)
    assert report["parts_outside_districts"] == sum(p.district is None for p in parts) > 0


# ---------------------------------------------------------------------------------------------
# Segments along the line
# ---------------------------------------------------------------------------------------------


def test_straight_line_split_into_equal_segments():
    line = LineString([(0, 0), (10_000, 0)])
    parts, _ = run([line], 300, 200, segment_length_m=1000)
    assert [p.segment for p in parts] == list(range(10))
    for k, part in enumerate(parts):
        assert part.geometry.area == pytest.approx(500 * 1000, rel=1e-9)
        assert part.geometry.bounds == pytest.approx((k * 1000, -200, (k + 1) * 1000, 300))
        assert part.line_index == 0


def test_last_segment_is_the_remainder():
    line = LineString([(0, 0), (2500, 0)])
    parts, _ = run([line], 100, 100, segment_length_m=1000)
    assert [(p.segment, round(p.geometry.area)) for p in parts] == [
        (0, 200_000),
        (1, 200_000),
        (2, 100_000),
    ]


def test_l_shaped_line_splits_at_the_bend():
    line = LineString([(0, 0), (5000, 0), (5000, 5000)])
    whole, _ = run([line], 400, 400)
    parts, _ = run([line], 400, 400, segment_length_m=1000)
    assert rel(total(parts), total(whole)) < 1e-9
    assert sorted({p.segment for p in parts}) == list(range(10))
    assert [p.segment for p in parts] == sorted(p.segment for p in parts)
    for part in parts:
        stretch = substring(line, part.segment * 1000, (part.segment + 1) * 1000)
        assert part.geometry.distance(stretch) < 1e-6
    # away from the bend, the stretches are perpendicular cuts of 800 m x 1000 m
    middle = [p for p in parts if p.segment in (1, 2, 7, 8)]
    assert all(p.geometry.area == pytest.approx(800_000, rel=1e-6) for p in middle)
    assert overlap_area(parts) < 1e-6


def test_indirect_far_from_the_line_goes_to_the_nearest_stretch():
    line = LineString([(0, 0), (10_000, 0)])
    parts, _ = run([line], 100, 100, segment_length_m=1000, indirect=[Point(7500, 3000)])
    disc = [p for p in parts if p.geometry.bounds[1] > 1000]
    assert len(disc) == 1 and disc[0].segment == 7 and disc[0].indirect_count == 1


def test_two_lines_get_their_own_index_and_segments():
    lines = [LineString([(0, 0), (3000, 0)]), None, LineString([(0, 5000), (2000, 5000)])]
    parts, report = run(lines, 100, 100, segment_length_m=1000)
    assert [(p.line_index, p.segment) for p in parts] == [(0, 0), (0, 1), (0, 2), (2, 0), (2, 1)]
    assert report["skipped_lines"] == 1
    # without segments, each part goes to its nearest line
    parts, _ = run(lines, 100, 100, indirect=[Point(1000, 4000)], indirect_buffer_m=300)
    assert sorted((p.line_index, p.indirect_count) for p in parts) == [(0, 0), (2, 0), (2, 1)]


def test_segments_and_districts_together_keep_the_area():
    line = LineString([(0, 0), (3000, 0), (3000, 2000)])
    whole, _ = run([line], 300, 300)
    parts, report = run(
        [line], 300, 300, segment_length_m=700, districts=[("W", WEST), ("E", EAST)]
    )
    assert rel(total(parts), total(whole)) < 1e-6
    assert overlap_area(parts) < 1e-6
    assert report["parts_outside_districts"] == 0
    keys = [(p.district, p.line_index, p.segment) for p in parts]
    assert keys == sorted(keys)


# ---------------------------------------------------------------------------------------------
# Order, progress, cancellation
# ---------------------------------------------------------------------------------------------


def test_order_is_deterministic():
    line = LineString([(0, 0), (4000, 0), (4000, 3000)])
    kwargs = dict(
        segment_length_m=900,
        districts=[("W", WEST), ("E", EAST)],
        exclusions=[box(1000, -50, 1100, 50), box(3950, 1000, 4050, 1100)],
        indirect=[Point(2000, 2000), Point(-1000, 0)],
    )
    first, report1 = run([line], 300, 200, **kwargs)
    second, report2 = run([line], 300, 200, **kwargs)
    assert report1 == report2
    assert [(p.district, p.line_index, p.segment, p.indirect_count) for p in first] == [
        (p.district, p.line_index, p.segment, p.indirect_count) for p in second
    ]
    assert all(a.geometry.equals_exact(b.geometry, 0) for a, b in zip(first, second))
    keys = [(p.district or "", p.line_index, p.segment) for p in first]
    assert keys == sorted(keys)
    # a cut belt: two parts in the same stretch, ordered along the line
    same = [p for p in first if (p.district, p.segment) == ("W", 0)]
    assert len(same) == 2
    assert same[0].geometry.centroid.x < same[1].geometry.centroid.x


def test_progress_goes_up_to_100():
    seen = []
    run([LineString([(0, 0), (5000, 0)])], 100, 100, segment_length_m=1000, progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 100 and len(seen) > 3


def test_cancellation_raises_cancelled():
    line = LineString([(0, 0), (5000, 0)])
    with pytest.raises(sha.Cancelled):
        run([line], 100, 100, is_cancelled=lambda: True)
    calls = []

    def later():
        calls.append(1)
        return len(calls) > 4

    with pytest.raises(sha.Cancelled):
        run([line], 100, 100, segment_length_m=100, is_cancelled=later)


# ---------------------------------------------------------------------------------------------
# Bad input
# ---------------------------------------------------------------------------------------------

LINE = LineString([(0, 0), (1000, 0)])


@pytest.mark.parametrize(
    ("args", "kwargs", "message"),
    [
        (([LINE], -5, 100), {}, r"DEPTH_LEFT must not be negative \(got -5 m\)"),
        (([LINE], 5, -1.5), {}, r"DEPTH_RIGHT must not be negative \(got -1.5 m\)"),
        (([LINE, LINE], [1, -2], 5), {}, r"DEPTH_LEFT must not be negative \(got -2 m for line 1"),
        (([LINE], ["deep"], 5), {}, r"DEPTH_LEFT is not a number for line 0"),
        (([LINE], [1, 2], 5), {}, r"DEPTH_LEFT: 2 depths given for 1 lines"),
        (([LINE], None, 5), {"default_left_m": -1}, r"DEPTH_LEFT must not be negative"),
        (([LINE], 5, float("inf")), {}, r"DEPTH_RIGHT must be a finite number"),
        (([LINE], 5, 5), {"indirect_buffer_m": -1}, r"INDIRECT_BUFFER must not be negative"),
        (([LINE], 5, 5), {"segment_length_m": -10}, r"SEGMENT_LENGTH must not be negative"),
        (([LINE], 5, 5), {"segment_length_m": float("nan")}, r"SEGMENT_LENGTH must be a finite"),
        (([LINE], 5, 5), {"segment_length_m": 0.001}, r"SEGMENT_LENGTH of 0.001 m is too short"),
        (([LINE], 5, 5), {"min_area_m2": -1}, r"MIN_AREA must not be negative \(got -1 m²\)"),
        (([None, LineString()], 5, 5), {}, r"^LINE has no line to build a belt along"),
        (([], 5, 5), {}, r"^LINE has no line to build a belt along"),
        (
            ([LINE, LineString([(0, 0), (float("nan"), 5)])], 5, 5),
            {},
            r"^LINE: line 1 has a coordinate that is NaN or infinite$",
        ),
        (
            ([LineString([(0, 0), (float("inf"), 5)])], 5, 5),
            {},
            r"^LINE: line 0 has a coordinate that is NaN or infinite$",
        ),
        (([Point(0, 0)], 5, 5), {}, r"LINE must hold lines: feature 0 is a Point"),
        (([LINE, "x"], 5, 5), {}, r"LINE holds something that is not a geometry"),
        (([LINE], 0, 0), {}, r"DEPTH_LEFT and DEPTH_RIGHT are 0 for every line"),
        (([LINE], 5, 5), {"exclusions": [Point(0, 0)]}, r"EXCLUSIONS must hold polygons"),
        (([LINE], 5, 5), {"districts": [("A", LINE)]}, r"DISTRICTS must hold polygons"),
        (([LINE], 5, 5), {"districts": [WEST]}, r"DISTRICTS: item 0 is not a \(code, polygon\)"),
    ],
)
def test_bad_input_names_the_parameter(args, kwargs, message):
    with pytest.raises(sha.ShaInputError, match=message):
        sha.delineate_sha(*args, **kwargs)


def test_input_error_is_a_value_error():
    assert issubclass(sha.ShaInputError, ValueError)


@pytest.mark.parametrize(
    "args, kwargs, code, values",
    [
        (([LINE], -1, 5), {}, "negative", {"name": "DEPTH_LEFT", "value": -1.0, "unit": "m"}),
        (([LINE], 5, 5), {"min_area_m2": "x"}, "not_a_number", {"name": "MIN_AREA", "value": "x"}),
        (([LINE], 5, 5), {"indirect_buffer_m": math.inf}, "not_finite",
         {"name": "INDIRECT_BUFFER", "value": math.inf}),
        (([LINE, LINE], [1], 5), {}, "depth_count", {"name": "DEPTH_LEFT", "given": 1, "lines": 2}),
        (([LINE], 5, ["a"]), {}, "depth_not_a_number",
         {"name": "DEPTH_RIGHT", "line": 0, "value": "a"}),
        (([LINE], [math.inf], 5), {}, "depth_not_finite",
         {"name": "DEPTH_LEFT", "line": 0, "value": math.inf}),
        (([LINE], [-2], 5), {}, "depth_negative", {"name": "DEPTH_LEFT", "line": 0, "value": -2.0}),
        (([LINE, "x"], 5, 5), {}, "not_a_geometry", {"name": "LINE", "position": 1, "type": "str"}),
        (([Point(0, 0)], 5, 5), {}, "not_a_line", {"feature": 0, "type": "Point"}),
        (([LineString([(0, 0), (math.nan, 5)])], 5, 5), {}, "line_not_finite", {"line": 0}),
        (([None], 5, 5), {}, "no_usable_line", {}),
        (([LINE], 0, 0), {}, "nothing_to_delineate", {}),
        (([LINE], 5, 5), {"exclusions": [Point(0, 0)]}, "not_a_polygon",
         {"name": "EXCLUSIONS", "item": 0, "type": "Point"}),
        (([LINE], 5, 5), {"districts": [WEST]}, "district_not_a_pair",
         {"position": 0, "item": WEST}),
        (([LINE], 5, 5), {"segment_length_m": 0.001}, "too_many_segments",
         {"segment_length_m": 0.001, "line_km": 1.0, "segments": 1_000_000,
          "max_segments": sha.MAX_SEGMENTS}),
    ],
)  # fmt: skip
def test_refusals_carry_a_code_and_the_values_they_name(args, kwargs, code, values):
    """The adapter translates a refusal from its code and values; the English stays the text."""
    with pytest.raises(sha.ShaInputError) as caught:
        sha.delineate_sha(*args, **kwargs)
    assert (caught.value.code, caught.value.values) == (code, values)
    assert code in sha.ERROR_CODES
    assert str(caught.value) == caught.value.detail


# ---------------------------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------------------------


@st.composite
def polylines(draw):
    n = draw(st.integers(2, 7))
    heading = draw(st.floats(-math.pi, math.pi))
    x, y = draw(st.floats(-1e4, 1e4)), draw(st.floats(-1e4, 1e4))
    coords = [(x, y)]
    for _ in range(n - 1):
        heading += draw(st.floats(-2.6, 2.6))
        step = draw(st.floats(20, 3000))
        x, y = x + step * math.cos(heading), y + step * math.sin(heading)
        coords.append((x, y))
    line = LineString(coords)
    assume(line.is_simple)
    return line


depths = st.one_of(st.just(0.0), st.floats(1, 1500))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(line=polylines(), left=depths, right=depths, segment=st.floats(50, 4000))
def test_segments_partition_the_belt(line, left, right, segment):
    assume(left > 0 or right > 0)
    whole, _ = run([line], left, right)
    parts, report = run([line], left, right, segment_length_m=segment)
    expected = total(whole)
    assert abs(total(parts) - expected) <= 1e-6 * expected + 1e-6
    assert overlap_area(parts) <= 1e-6 * expected + 1e-6
    for part in parts:
        assert isinstance(part.geometry, Polygon) and part.geometry.is_valid
        assert part.geometry.area > 0
        assert part.line_index == 0 and 0 <= part.segment <= line.length // segment
    assert max_distance(parts, line) <= max(left, right) * (1 + 1e-9) + 2e-3  # mm grid at worst
    assert report["dropped_slivers"] == 0 or report["dropped_area_m2"] == 0


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(line=polylines(), depth=st.floats(1, 1500), cut=st.floats(0.05, 0.95))
def test_districts_partition_the_belt(line, depth, cut):
    whole, _ = run([line], depth, depth)
    minx, miny, maxx, maxy = shapely.total_bounds([p.geometry for p in whole])
    split_x = minx + cut * (maxx - minx)
    districts = [
        ("A", box(minx - 1, miny - 1, split_x, maxy + 1)),
        ("B", box(split_x, miny, maxx, maxy)),
    ]
    parts, report = run([line], depth, depth, districts=districts)
    expected = total(whole)
    assert abs(total(parts) - expected) <= 1e-6 * expected
    assert overlap_area(parts) <= 1e-6 * expected
    assert all(p.geometry.is_valid for p in parts)
    for part in parts:
        if part.district is not None:
            district = dict(districts)[part.district]
            assert shapely.difference(part.geometry, district).area <= 1e-6 * expected
    # the two sides of the belt together are the two-sided buffer (flat ends), or more where
    # GEOS's flat-ended buffer drops the overlap of short segments
    two_sided = shapely.buffer(line, depth, cap_style="flat", quad_segs=16)
    got = shapely.union_all([p.geometry for p in parts])
    assert shapely.difference(two_sided, got).area <= 2e-3 * two_sided.area


def test_holes_without_area_are_dropped_from_the_belts():
    """A hole of no area (an overlay's trace: out and back along one line, nanometres apart)
    would collapse to a ring of three points once in degrees."""
    flat_hole = [(10, 10), (60, 10), (10, 10 + 1e-9), (10, 10)]
    real_hole = [(70, 10), (80, 10), (80, 20), (70, 20), (70, 10)]
    square = Polygon([(0, 0), (100, 0), (100, 100), (0, 100)], [flat_hole, real_hole])
    two = shapely.MultiPolygon([square, box(200, 0, 300, 100)])
    cleaned = without_flat_holes(np.array([square, two, box(0, 0, 1, 1)], dtype=object))
    assert [len(p.interiors) for p in (cleaned[0], *cleaned[1].geoms)] == [1, 1, 0]
    assert cleaned[0].interiors[0].coords[:] == real_hole
    assert cleaned[0].area == pytest.approx(square.area)
    assert cleaned[2].equals(box(0, 0, 1, 1))
