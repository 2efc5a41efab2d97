"""CHA delineation (DESIGN §5.3): clusters, margins, minefields, no overlaps, turning points."""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from landrelease.core import cha
from landrelease.core.cha.clusters import margin_checked

TOL = 1e-6


def vertices(polygon) -> int:
    return len(polygon.exterior.coords) - 1


def assert_margin(areas, xy, margin, grown=None):
    """Every evidence point listed by an area is inside it; those in ``grown`` (default: all) at
    least ``margin`` from its edge."""
    for area in areas:
        assert area.geometry.is_valid and isinstance(area.geometry, shapely.Polygon)
        assert not area.geometry.interiors
        listed = list(area.evidence_indices)
        points = shapely.points(np.asarray(xy, dtype=float)[listed])
        assert shapely.contains(area.geometry, points).all()
        if grown is not None:
            points = points[np.isin(listed, list(grown))]
        if len(points):
            assert shapely.distance(area.geometry.exterior, points).min() >= margin - TOL


def assert_no_overlap(areas):
    geoms = np.array([a.geometry for a in areas], dtype=object)
    if len(geoms) < 2:
        return
    i, j = shapely.STRtree(geoms).query(geoms, predicate="intersects")
    keep = i < j
    overlap = shapely.area(shapely.intersection(geoms[i[keep]], geoms[j[keep]]))
    assert (overlap <= 1e-6).all(), overlap.max()


def square_cluster(cx, cy, n=5, spacing=20.0):
    """``n`` points on a line from (cx, cy), ``spacing`` apart, plus one off the line."""
    xy = [(cx + k * spacing, cy) for k in range(n - 1)] + [(cx, cy + spacing)]
    return np.array(xy, dtype=float)


# ---------------------------------------------------------------------------------------------
# Clusters
# ---------------------------------------------------------------------------------------------


def test_two_clusters_500_m_apart_give_two_chas():
    xy = np.vstack([square_cluster(0, 0), square_cluster(500, 0)])
    areas, report = cha.delineate_cha(xy, cluster_distance_m=100, margin_m=50)
    assert len(areas) == 2
    assert sorted(a.evidence_indices for a in areas) == [(0, 1, 2, 3, 4), (5, 6, 7, 8, 9)]
    assert report["clusters_found"] == 2
    assert report["merged_overlaps"] == 0
    assert_margin(areas, xy, 50)
    assert_no_overlap(areas)


def test_chain_links_points_at_most_the_cluster_distance_apart():
    xy = np.column_stack([np.arange(6) * 90.0, np.zeros(6)])
    one, report = cha.delineate_cha(xy, cluster_distance_m=100, margin_m=20)
    assert len(one) == 1 and one[0].evidence_indices == (0, 1, 2, 3, 4, 5)
    assert report["clusters_found"] == 1
    several, report = cha.delineate_cha(xy, cluster_distance_m=80, margin_m=20)
    assert len(several) == 6
    assert report["clusters_found"] == 6
    # Exactly the cluster distance still links (<=).
    exact, report = cha.delineate_cha(xy, cluster_distance_m=90, margin_m=20)
    assert len(exact) == 1 and report["clusters_found"] == 1


def test_chain_of_separate_clusters_merged_when_margins_overlap():
    xy = np.column_stack([np.arange(3) * 90.0, np.zeros(3)])
    areas, report = cha.delineate_cha(xy, cluster_distance_m=80, margin_m=50)
    assert report["clusters_found"] == 3
    assert len(areas) == 1 and areas[0].evidence_indices == (0, 1, 2)
    assert report["merged_overlaps"] == 2


def test_lone_point_gives_grid_north_square():
    areas, _ = cha.delineate_cha(np.array([[1000.0, 2000.0]]), margin_m=50)
    (area,) = areas
    assert vertices(area.geometry) == 4
    assert area.geometry.area == pytest.approx(100.0 * 100.0)
    assert area.geometry.bounds == pytest.approx((950.0, 1950.0, 1050.0, 2050.0))


def test_two_points_give_a_rectangle():
    areas, _ = cha.delineate_cha(np.array([[0.0, 0.0], [60.0, 80.0]]), margin_m=10)
    (area,) = areas
    assert vertices(area.geometry) == 4
    assert area.geometry.area == pytest.approx((100.0 + 20.0) * 20.0)


def test_convex_margin_is_a_mitre_offset_of_the_hull():
    # A 100 m square of evidence grown by 50 m: square corners turn 90°, mitred: 200 m square.
    xy = np.array([[0, 0], [100, 0], [100, 100], [0, 100], [50, 50]], dtype=float)
    (area,), _ = cha.delineate_cha(xy, margin_m=50, cluster_distance_m=150)
    assert vertices(area.geometry) == 4
    assert area.geometry.area == pytest.approx(200.0 * 200.0)
    # A thin triangle: the sharp corners (turning more than 120°) are cut at the margin.
    xy = np.array([[0, 0], [90, 0], [45, 5]], dtype=float)
    (area,), _ = cha.delineate_cha(xy, margin_m=50)
    assert vertices(area.geometry) == 5
    assert_margin([area], xy, 50)
    assert shapely.Point(0, 0).distance(area.geometry.exterior) == pytest.approx(50.0)


@pytest.mark.parametrize("shape", [cha.CONVEX, cha.CONCAVE, cha.BUFFERED])
@pytest.mark.parametrize("margin", [0.0, 5.0, 50.0, 200.0])
def test_every_point_at_least_the_margin_inside(shape, margin):
    rng = np.random.default_rng(7)
    centres = rng.uniform(0, 3000, (12, 2))
    xy = np.vstack([c + rng.normal(0, 40, (int(rng.integers(1, 30)), 2)) for c in centres])
    areas, report = cha.delineate_cha(xy, cluster_distance_m=100, margin_m=margin, shape=shape)
    assert_margin(areas, xy, margin)
    assert_no_overlap(areas)
    held = sorted(i for a in areas for i in a.evidence_indices)
    assert held == list(range(len(xy)))
    assert report["points_dropped"] == 0


@pytest.mark.parametrize("shape", [cha.CONVEX, cha.CONCAVE, cha.BUFFERED])
def test_margin_holds_at_nearly_straight_corners(shape):
    # Hull corners turning by 1e-3 rad or less: GEOS's own mitre buffer joins such offset edges
    # about 1e-5 m short of a 50 m margin.
    turns = np.array([1e-2, 1e-3, 5e-4, 1e-4, 1e-6])
    bend = np.concatenate([[0.0], np.cumsum(turns)])
    steps = np.column_stack([np.cos(bend), -np.sin(bend)]) * 80.0
    arc = np.cumsum(steps, axis=0) + [500000.0, 4400000.0]
    xy = np.vstack([arc, arc.mean(axis=0) + [0.0, -60.0]])
    areas, _ = cha.delineate_cha(xy, margin_m=50, shape=shape)
    assert len(areas) == 1
    assert_margin(areas, xy, 50)


def test_buffered_discs_have_radius_of_half_the_cluster_distance():
    xy = np.array([[0.0, 0.0]])
    (area,), _ = cha.delineate_cha(xy, cluster_distance_m=200, margin_m=30, shape=cha.BUFFERED)
    assert shapely.Point(0, 0).distance(area.geometry.exterior) >= 100.0 - TOL
    assert shapely.Point(0, 0).distance(area.geometry.exterior) < 101.0
    assert vertices(area.geometry) == 8


def test_concave_hull_follows_an_inlet_the_convex_hull_fills():
    # A U, arms three points (40 m) thick, points 20 m apart: the concave CHA is far smaller.
    xy = [(x, y) for x in (0, 20, 40, 360, 380, 400) for y in range(0, 401, 20)]
    xy += [(x, y) for x in range(60, 341, 20) for y in (0, 20, 40)]
    xy = np.array(xy, dtype=float)
    (convex,), _ = cha.delineate_cha(xy, margin_m=10, shape=cha.CONVEX)
    (concave,), _ = cha.delineate_cha(xy, margin_m=10, shape=cha.CONCAVE)
    assert convex.geometry.area == pytest.approx(420.0 * 420.0)
    assert concave.geometry.area < 0.5 * convex.geometry.area
    assert_margin([concave], xy, 10)


def test_holes_are_filled():
    angles = np.linspace(0, 2 * np.pi, 40, endpoint=False)
    xy = np.column_stack([500 * np.cos(angles), 500 * np.sin(angles)])
    (area,), _ = cha.delineate_cha(xy, margin_m=20, shape=cha.BUFFERED)
    assert not area.geometry.interiors
    assert area.geometry.contains(shapely.Point(0, 0))


def test_min_evidence_drops_small_clusters_and_counts_them():
    xy = np.vstack(
        [square_cluster(0, 0, n=1), square_cluster(1000, 0, n=2), square_cluster(0, 1000, n=3)]
    )
    areas, report = cha.delineate_cha(xy, min_evidence=3)
    assert len(areas) == 1
    assert areas[0].evidence_indices == (3, 4, 5)
    assert report["clusters_found"] == 3
    assert report["clusters_below_min_evidence"] == 2
    none, report = cha.delineate_cha(xy, min_evidence=4)
    assert none == [] and report["clusters_below_min_evidence"] == 3


def test_points_of_small_clusters_inside_a_cha_are_counted_in_it():
    xy = np.array([[0, 0], [30, 0], [0, 30], [30, 30], [300, 0]], dtype=float)
    field = shapely.box(250, -50, 350, 50)
    areas, report = cha.delineate_cha(
        xy, cluster_distance_m=50, min_evidence=2, minefields=[field], margin_m=10
    )
    assert report["clusters_below_min_evidence"] == 1
    by_field = {a.minefield_indices: a for a in areas}
    assert by_field[(0,)].evidence_indices == (4,)
    assert by_field[()].evidence_indices == (0, 1, 2, 3)


def test_non_finite_points_are_dropped_and_counted():
    xy = np.array([[0, 0], [np.nan, 5], [10, 0], [np.inf, 0], [1000, 1000]], dtype=float)
    areas, report = cha.delineate_cha(xy)
    assert report["points_dropped"] == 2
    assert sorted(a.evidence_indices for a in areas) == [(0, 2), (4,)]
    with pytest.raises(cha.ChaInputError, match="EVIDENCE"):
        cha.delineate_cha(np.array([[np.nan, 0.0]]))


def test_output_sorted_by_northernmost_vertex_then_x():
    xy = np.array([[0, 0], [1000, 500], [-1000, 500], [0, 2000]], dtype=float)
    areas, _ = cha.delineate_cha(xy, margin_m=10)
    assert [a.evidence_indices for a in areas] == [(3,), (2,), (1,), (0,)]
    again, _ = cha.delineate_cha(xy[::-1].copy(), margin_m=10)
    assert [a.geometry.wkb for a in again] == [a.geometry.wkb for a in areas]


def test_margin_zero_still_holds_every_point_strictly_inside():
    xy = np.array([[0, 0], [50, 0], [500, 500]], dtype=float)
    areas, _ = cha.delineate_cha(xy, margin_m=0)
    assert len(areas) == 2
    assert_margin(areas, xy, 0.0)
    assert min(a.geometry.area for a in areas) > 0


# ---------------------------------------------------------------------------------------------
# Minefields and overlaps
# ---------------------------------------------------------------------------------------------


def test_minefield_overlapping_a_cluster_joins_it():
    xy = square_cluster(0, 0)
    field = shapely.box(60, -20, 300, 40)
    areas, report = cha.delineate_cha(xy, minefields=[field])
    (area,) = areas
    assert area.evidence_indices == (0, 1, 2, 3, 4)
    assert area.minefield_indices == (0,)
    assert area.geometry.buffer(TOL).contains(field)
    assert report["minefields_joined"] == 1 and report["minefields_alone"] == 0
    assert report["merged_overlaps"] == 1
    assert_margin(areas, xy, 50)


def test_lone_minefield_becomes_its_own_cha():
    xy = square_cluster(0, 0)
    field = shapely.box(2000, 2000, 2100, 2050)
    areas, report = cha.delineate_cha(xy, minefields=[field], min_evidence=1)
    assert len(areas) == 2
    alone = [a for a in areas if a.minefield_indices == (0,)][0]
    assert alone.evidence_indices == ()
    assert alone.geometry.equals(field)
    assert report["minefields_alone"] == 1 and report["minefields_joined"] == 0


def test_minefields_only_and_never_dropped_by_min_evidence():
    fields = [shapely.box(0, 0, 100, 100), shapely.box(500, 0, 600, 100)]
    areas, report = cha.delineate_cha(np.empty((0, 2)), minefields=fields, min_evidence=5)
    assert [a.minefield_indices for a in areas] == [(0,), (1,)]
    assert report["minefields_alone"] == 2


def test_invalid_minefields_repaired_empty_ones_skipped():
    bowtie = shapely.Polygon([(0, 0), (100, 100), (100, 0), (0, 100)])
    assert not bowtie.is_valid
    fields = [bowtie, shapely.Polygon(), None, shapely.LineString([(0, 0), (1, 1)])]
    areas, report = cha.delineate_cha(None, minefields=fields)
    assert report["minefields_skipped"] == 3
    assert all(a.minefield_indices == (0,) for a in areas)
    assert sum(a.geometry.area for a in areas) == pytest.approx(5000.0)
    assert all(a.geometry.is_valid for a in areas)


def test_overlapping_minefields_and_hulls_merge_into_one():
    xy = np.vstack([square_cluster(0, 0), square_cluster(150, 0)])
    fields = [shapely.box(-300, -10, -100, 10), shapely.box(-150, -20, -30, 20)]
    # Clusters 90 m apart (more than 60: two clusters), margins 50 m: their CHAs overlap.
    areas, report = cha.delineate_cha(xy, cluster_distance_m=60, margin_m=50, minefields=fields)
    assert report["clusters_found"] == 2
    (area,) = areas
    assert area.evidence_indices == tuple(range(10))
    assert area.minefield_indices == (0, 1)
    assert report["merged_overlaps"] == 3
    assert report["minefields_joined"] == 2


def test_touching_areas_stay_apart():
    fields = [shapely.box(0, 0, 100, 100), shapely.box(100, 0, 200, 100)]
    areas, report = cha.delineate_cha(None, minefields=fields)
    assert len(areas) == 2 and report["merged_overlaps"] == 0
    assert_no_overlap(areas)


def test_minefield_enclosed_by_a_cha_hole_is_merged():
    angles = np.linspace(0, 2 * np.pi, 60, endpoint=False)
    xy = np.column_stack([500 * np.cos(angles), 500 * np.sin(angles)])
    field = shapely.box(-20, -20, 20, 20)
    areas, _ = cha.delineate_cha(xy, margin_m=20, shape=cha.BUFFERED, minefields=[field])
    (area,) = areas
    assert area.minefield_indices == (0,)


# ---------------------------------------------------------------------------------------------
# Turning points limit
# ---------------------------------------------------------------------------------------------


def l_shape():
    return shapely.Polygon([(0, 0), (300, 0), (300, 100), (100, 100), (100, 300), (0, 300)])


def random_convex(seed, n=40):
    rng = np.random.default_rng(seed)
    return shapely.convex_hull(shapely.multipoints(rng.normal(0, 100, (n, 2)) + [4.4e6, 5e5]))


POLYGONS = {
    "circle": shapely.Point(500000, 4400000).buffer(100, quad_segs=16),
    "small_circle": shapely.Point(0, 0).buffer(1, quad_segs=32),
    "convex_1": random_convex(1),
    "convex_2": random_convex(2, 200),
    "convex_3": random_convex(3, 9),
    "l_shape": l_shape(),
    "star": shapely.Polygon(
        [
            (math.cos(a) * r, math.sin(a) * r)
            for a, r in zip(np.linspace(0, 2 * np.pi, 24, endpoint=False), [100, 40] * 12)
        ]
    ),
}


@pytest.mark.parametrize("name", sorted(POLYGONS))
@pytest.mark.parametrize("n", [3, 4, 5, 6, 8, 12])
def test_simplify_outward_contains_with_at_most_n_vertices(name, n):
    polygon = POLYGONS[name]
    result = cha.simplify_outward(polygon, n)
    assert result.is_valid and isinstance(result, shapely.Polygon)
    assert vertices(result) <= n
    assert result.buffer(TOL).contains(polygon)
    assert result.area >= polygon.area - TOL


def test_simplify_outward_values():
    # A square with a corner cut off goes back to the square.
    cut = shapely.Polygon([(0, 0), (100, 0), (100, 90), (90, 100), (0, 100)])
    assert (
        cha.simplify_outward(cut, 4)
        .normalize()
        .equals_exact(shapely.box(0, 0, 100, 100).normalize(), 1e-9)
    )
    # A notch (reflex vertex) is filled.
    notch = shapely.Polygon([(0, 0), (100, 0), (100, 100), (50, 90), (0, 100)])
    assert cha.simplify_outward(notch, 4).area == pytest.approx(10000.0)
    # The L: 5 vertices fill the cheaper... any 5-vertex polygon holding the L is at least
    # the L plus the triangle (100,100)-(300,100)-(100,300) / 2 = the hexagon minus a corner.
    assert cha.simplify_outward(l_shape(), 5).area == pytest.approx(50000.0 + 20000.0)
    # A regular octagon down to 4 vertices: the square on four of its sides.
    octagon = shapely.Point(0, 0).buffer(100, quad_segs=2)
    inradius = 100 * math.cos(math.pi / 8)
    assert cha.simplify_outward(octagon, 4).area == pytest.approx((2 * inradius) ** 2)


def test_simplify_outward_keeps_small_polygons_and_drops_holes():
    square = shapely.box(0, 0, 10, 10)
    assert cha.simplify_outward(square, 4).equals(square)
    holed = shapely.Polygon(square.exterior, [shapely.box(2, 2, 4, 4).exterior])
    assert not cha.simplify_outward(holed, 6).interiors


def test_simplify_outward_triangle_for_three():
    result = cha.simplify_outward(shapely.box(0, 0, 100, 50), 3)
    assert vertices(result) == 3
    assert result.buffer(TOL).contains(shapely.box(0, 0, 100, 50))
    assert result.area == pytest.approx(2 * 100 * 50)


@pytest.mark.parametrize("bad", [0, 1, 2, -4, 3.5])
def test_simplify_outward_rejects_fewer_than_three(bad):
    with pytest.raises(cha.ChaInputError, match="MAX_TURNING_POINTS"):
        cha.simplify_outward(shapely.box(0, 0, 1, 1), bad)


@pytest.mark.parametrize("shape", [cha.CONVEX, cha.CONCAVE, cha.BUFFERED])
@pytest.mark.parametrize("limit", [3, 4, 6, 12])
def test_max_turning_points_limits_vertices_keeps_margin(shape, limit):
    rng = np.random.default_rng(11)
    centres = rng.uniform(0, 2000, (10, 2))
    xy = np.vstack([c + rng.normal(0, 50, (int(rng.integers(1, 40)), 2)) for c in centres])
    fields = [shapely.Point(c).buffer(60) for c in rng.uniform(0, 2000, (4, 2))]
    plain, _ = cha.delineate_cha(xy, shape=shape, minefields=fields)
    areas, report = cha.delineate_cha(xy, shape=shape, minefields=fields, max_turning_points=limit)
    assert all(vertices(a.geometry) <= limit for a in areas)
    assert report["simplified"] > 0
    assert_margin(areas, xy, 50)
    assert_no_overlap(areas)
    union = shapely.union_all([a.geometry for a in areas]).buffer(TOL)
    assert all(union.contains(a.geometry) for a in plain)
    assert sorted(i for a in areas for i in a.evidence_indices) == list(range(len(xy)))


def test_simplification_avoids_neighbours_where_it_can():
    # Two buffered discs (octagons) 110 m apart: the smallest 4-vertex shapes holding each
    # would overlap; shapes that avoid the neighbour are chosen instead.
    angle = math.radians(10)
    xy = np.array([[0.0, 0.0], [110 * math.cos(angle), 110 * math.sin(angle)]])
    areas, report = cha.delineate_cha(
        xy, cluster_distance_m=100, shape=cha.BUFFERED, margin_m=50, max_turning_points=4
    )
    assert len(areas) == 2 and report["merged_overlaps"] == 0 and report["simplified"] == 2
    assert [vertices(a.geometry) for a in areas] == [4, 4]
    assert_no_overlap(areas)
    assert_margin(areas, xy, 50)


def test_simplified_areas_that_overlap_are_merged_again():
    # Two octagons 120 m apart, at most 3 turning points each: triangles holding one nearly
    # always reach into the other. Whether a pair of disjoint triangles is found depends on
    # GEOS's arithmetic (GEOS 3.11 merges, 3.13 finds two); either way nothing overlaps, the
    # margins hold, and a merge is counted and re-simplified.
    angle = math.radians(22.5)
    xy = np.array([[0.0, 0.0], [120 * math.cos(angle), 120 * math.sin(angle)]])
    apart, _ = cha.delineate_cha(xy, cluster_distance_m=100, shape=cha.BUFFERED, margin_m=50)
    assert len(apart) == 2
    areas, report = cha.delineate_cha(
        xy, cluster_distance_m=100, shape=cha.BUFFERED, margin_m=50, max_turning_points=3
    )
    assert all(vertices(a.geometry) == 3 for a in areas)
    assert sorted(i for a in areas for i in a.evidence_indices) == [0, 1]
    assert_no_overlap(areas)
    assert_margin(areas, xy, 50)
    if len(areas) == 1:
        assert report["merged_overlaps"] == 1 and report["simplified"] == 1
    else:
        assert len(areas) == 2 and report["merged_overlaps"] == 0


def test_merged_simplified_areas_are_simplified_from_their_own_shapes():
    # A dense row of clusters: simplification merges some, but the merged ones are simplified
    # again from the union of their unsimplified shapes, so nothing snowballs.
    rng = np.random.default_rng(5)
    centres = np.column_stack([np.arange(40) * 180.0, rng.normal(0, 60, 40)])
    xy = np.vstack([c + rng.normal(0, 25, (12, 2)) for c in centres])
    plain, _ = cha.delineate_cha(xy, cluster_distance_m=40, margin_m=30, shape=cha.CONCAVE)
    areas, report = cha.delineate_cha(
        xy, cluster_distance_m=40, margin_m=30, shape=cha.CONCAVE, max_turning_points=5
    )
    assert all(vertices(a.geometry) <= 5 for a in areas)
    assert_no_overlap(areas)
    assert_margin(areas, xy, 30)
    assert len(areas) >= 0.5 * len(plain)
    assert max(a.geometry.area for a in areas) < 5 * max(a.geometry.area for a in plain)


# ---------------------------------------------------------------------------------------------
# Turning points
# ---------------------------------------------------------------------------------------------


def test_turning_points_of_a_square():
    for polygon in (shapely.box(0, 0, 100, 100), shapely.box(0, 0, 100, 100, ccw=False)):
        points = cha.turning_points(polygon)
        assert [(p.seq, p.x, p.y) for p in points] == [
            (1, 0.0, 100.0),
            (2, 100.0, 100.0),
            (3, 100.0, 0.0),
            (4, 0.0, 0.0),
        ]
        assert [p.bearing_deg for p in points] == pytest.approx([90, 180, 270, 0])
        assert [p.distance_m for p in points] == pytest.approx([100] * 4)


def test_turning_points_start_north_and_run_clockwise():
    triangle = shapely.Polygon([(0, 0), (100, 0), (50, 80)])
    points = cha.turning_points(triangle)
    assert [(p.x, p.y) for p in points] == [(50, 80), (100, 0), (0, 0)]
    assert points[0].bearing_deg == pytest.approx(math.degrees(math.atan2(50, -80)) % 360)
    assert points[2].bearing_deg == pytest.approx(math.degrees(math.atan2(50, 80)))
    assert sum(p.distance_m for p in points) == pytest.approx(triangle.length)
    # Bearings stay in [0, 360) even for a leg a hair west of north.
    sliver = shapely.Polygon([(0, 0), (1e-13, -100), (10, -50)])
    assert all(0 <= p.bearing_deg < 360 for p in cha.turning_points(sliver))


def test_turning_points_skip_repeated_vertices():
    polygon = shapely.Polygon([(0, 0), (0, 10), (0, 10), (10, 10), (10, 0)])
    assert len(cha.turning_points(polygon)) == 4
    with pytest.raises(cha.ChaInputError):
        cha.turning_points(shapely.MultiPolygon([shapely.box(0, 0, 1, 1), shapely.box(5, 5, 6, 6)]))


# ---------------------------------------------------------------------------------------------
# Bad input, cancellation, progress
# ---------------------------------------------------------------------------------------------

ONE = np.array([[0.0, 0.0]])


@pytest.mark.parametrize(
    "kwargs, name",
    [
        ({"cluster_distance_m": 0}, "CLUSTER_DISTANCE"),
        ({"cluster_distance_m": -5}, "CLUSTER_DISTANCE"),
        ({"cluster_distance_m": float("nan")}, "CLUSTER_DISTANCE"),
        ({"cluster_distance_m": "far"}, "CLUSTER_DISTANCE"),
        ({"margin_m": -1}, "MARGIN"),
        ({"margin_m": float("inf")}, "MARGIN"),
        ({"shape": 3}, "SHAPE"),
        ({"shape": -1}, "SHAPE"),
        ({"min_evidence": 0}, "MIN_EVIDENCE"),
        ({"min_evidence": 1.5}, "MIN_EVIDENCE"),
        ({"max_turning_points": -1}, "MAX_TURNING_POINTS"),
        ({"max_turning_points": 1}, "MAX_TURNING_POINTS"),
        ({"max_turning_points": 2}, "MAX_TURNING_POINTS"),
        ({"minefields": [shapely.box(0, 0, 1, 1), "field"]}, "MINEFIELDS"),
    ],
)
def test_bad_parameters_name_the_parameter(kwargs, name):
    with pytest.raises(cha.ChaInputError, match=name):
        cha.delineate_cha(ONE, **kwargs)


@pytest.mark.parametrize("points", [np.zeros((3, 3)), np.zeros(4), [[1, 2], [3]], "xy"])
def test_bad_points_name_evidence(points):
    with pytest.raises(cha.ChaInputError, match="EVIDENCE"):
        cha.delineate_cha(points)


def test_nothing_to_delineate_is_an_error():
    for points, fields in [(np.empty((0, 2)), None), (None, []), ([], None)]:
        with pytest.raises(cha.ChaInputError, match="MINEFIELDS"):
            cha.delineate_cha(points, minefields=fields)


@pytest.mark.parametrize(
    "call, code, values",
    [
        (lambda: cha.delineate_cha(ONE, cluster_distance_m=0), "not_positive",
         {"name": "CLUSTER_DISTANCE", "value": 0.0}),
        (lambda: cha.delineate_cha(ONE, cluster_distance_m="far"), "not_a_number",
         {"name": "CLUSTER_DISTANCE", "value": "far"}),
        (lambda: cha.delineate_cha(ONE, margin_m=math.inf), "not_finite",
         {"name": "MARGIN", "value": math.inf}),
        (lambda: cha.delineate_cha(ONE, margin_m=-1), "negative_margin", {"value": -1.0}),
        (lambda: cha.delineate_cha(ONE, shape=3), "unknown_shape", {"value": 3}),
        (lambda: cha.delineate_cha(ONE, min_evidence=0), "min_evidence_below_one", {"value": 0}),
        (lambda: cha.delineate_cha(ONE, min_evidence=1.5), "not_whole",
         {"name": "MIN_EVIDENCE", "value": 1.5}),
        (lambda: cha.delineate_cha(ONE, max_turning_points=2), "bad_max_turning_points",
         {"value": 2}),
        (lambda: cha.delineate_cha(ONE, minefields=[shapely.box(0, 0, 1, 1), "field"]),
         "minefield_not_geometry", {"index": 1, "type": "str"}),
        (lambda: cha.delineate_cha(ONE, minefields=5), "minefields_not_a_list", {}),
        (lambda: cha.delineate_cha(np.zeros((3, 3))), "evidence_not_xy", {"shape": (3, 3)}),
        (lambda: cha.delineate_cha("xy"), "evidence_not_xy", {"shape": None}),
        (lambda: cha.delineate_cha(np.empty((0, 2))), "nothing_to_delineate", {}),
        (lambda: cha.delineate_cha([[math.nan, 1.0]]), "no_finite_evidence", {}),
        (lambda: cha.simplify_outward(shapely.box(0, 0, 1, 1), 2), "too_few_turning_points",
         {"value": 2}),
        (lambda: cha.turning_points(shapely.Point(0, 0)), "not_a_single_polygon",
         {"what": "turning_points", "type": "Point"}),
    ],
)  # fmt: skip
def test_refusals_carry_a_code_and_the_values_they_name(call, code, values):
    """The adapter translates a refusal from its code and values; the English stays the text."""
    with pytest.raises(cha.ChaInputError) as caught:
        call()
    assert (caught.value.code, caught.value.values) == (code, values)
    assert code in cha.ERROR_CODES
    assert str(caught.value) == caught.value.detail


def test_whole_number_parameters_accept_numpy_and_float_integers():
    areas, _ = cha.delineate_cha(ONE, shape=np.int64(2), min_evidence=1.0, max_turning_points=4.0)
    assert len(areas) == 1 and vertices(areas[0].geometry) <= 4


def test_cancellation_raises_cancelled():
    with pytest.raises(cha.Cancelled):
        cha.delineate_cha(ONE, is_cancelled=lambda: True)
    calls = []

    def later():
        calls.append(1)
        return len(calls) > 3

    xy = np.random.default_rng(1).uniform(0, 5000, (500, 2))
    with pytest.raises(cha.Cancelled):
        cha.delineate_cha(xy, is_cancelled=later, max_turning_points=4)


def test_progress_rises_to_100():
    seen = []
    xy = np.random.default_rng(2).uniform(0, 5000, (300, 2))
    cha.delineate_cha(xy, progress=seen.append, max_turning_points=4)
    assert seen == sorted(seen) and seen[-1] == 100.0 and seen[0] >= 0.0


def test_margin_check_replaces_a_shape_that_misses_it():
    # The safety net behind CONCAVE and BUFFERED: a cluster shape without the margin is
    # replaced by the exact convex one.
    xy = np.array([[0.0, 0.0], [10.0, 0.0], [500.0, 0.0]])
    labels = np.array([0, 0, 1])
    too_small = np.array([shapely.box(-1, -1, 11, 1), shapely.box(450, -50, 550, 50)], dtype=object)
    multipoints = shapely.multipoints(xy, indices=labels)
    fixed = margin_checked(too_small, xy, labels, 50.0, multipoints)
    assert fixed[1] is too_small[1]
    assert fixed[0].area == pytest.approx((10 + 100) * 100)


# ---------------------------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------------------------


def reference_clusters(xy, distance):
    """Single-linkage labels by brute force, and whether any pair sits on the threshold."""
    n = len(xy)
    labels = list(range(n))

    def find(i):
        while labels[i] != i:
            labels[i] = labels[labels[i]]
            i = labels[i]
        return i

    d = np.hypot(xy[:, None, 0] - xy[None, :, 0], xy[:, None, 1] - xy[None, :, 1])
    ambiguous = bool((np.abs(d - distance) < 1e-6 * max(1.0, distance)).any())
    for i, j in zip(*np.nonzero(d <= distance)):
        labels[find(i)] = find(j)
    return np.array([find(i) for i in range(n)]), ambiguous


coordinate = st.floats(0, 600, allow_nan=False).map(lambda v: round(v, 3))
point_sets = st.lists(st.tuples(coordinate, coordinate), min_size=1, max_size=40)
boxes = st.lists(
    st.tuples(coordinate, coordinate, st.floats(5, 150), st.floats(5, 150)), max_size=4
).map(lambda bs: [shapely.box(x, y, x + w, y + h) for x, y, w, h in bs])


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    points=point_sets,
    distance=st.floats(5, 200),
    margin=st.floats(0, 120),
    shape=st.sampled_from(cha.SHAPES),
    min_evidence=st.integers(1, 3),
    limit=st.sampled_from([0, 0, 3, 4, 5, 8, 12]),
    fields=boxes,
    utm=st.booleans(),
)
def test_property_margin_no_overlap_each_point_once(
    points, distance, margin, shape, min_evidence, limit, fields, utm
):
    offset = np.array([500000.0, 4400000.0]) if utm else np.zeros(2)
    xy = np.array(points, dtype=float) + offset
    fields = [shapely.transform(f, lambda c: c + offset) for f in fields]
    labels, ambiguous = reference_clusters(xy, distance)
    assume(not ambiguous)
    areas, report = cha.delineate_cha(
        xy,
        cluster_distance_m=distance,
        margin_m=margin,
        shape=shape,
        min_evidence=min_evidence,
        minefields=fields,
        max_turning_points=limit,
    )
    sizes = np.bincount(np.unique(labels, return_inverse=True)[1])
    big = sizes[np.unique(labels, return_inverse=True)[1]] >= min_evidence
    assert report["clusters_found"] == len(sizes)
    assert report["clusters_below_min_evidence"] == int((sizes < min_evidence).sum())
    assert_margin(areas, xy, margin, grown=np.flatnonzero(big))
    assert_no_overlap(areas)
    held = [i for a in areas for i in a.evidence_indices]
    assert len(held) == len(set(held))  # no point in two CHAs
    assert set(np.flatnonzero(big)) <= set(held)  # every point of a big cluster in one
    if limit:
        assert all(vertices(a.geometry) <= limit for a in areas)
    fields_held = sorted(i for a in areas for i in a.minefield_indices)
    assert fields_held == list(range(len(fields)))
    for a in areas:
        for i in a.minefield_indices:
            assert a.geometry.buffer(TOL).contains(fields[i])


@settings(max_examples=60, deadline=None)
@given(
    points=point_sets,
    distance=st.floats(20, 200),
    shape=st.sampled_from(cha.SHAPES),
    limit=st.sampled_from([3, 4, 6, 12]),
)
def test_property_simplified_chas_contain_the_unsimplified(points, distance, shape, limit):
    xy = np.array(points, dtype=float)
    assume(not reference_clusters(xy, distance)[1])
    plain, _ = cha.delineate_cha(xy, cluster_distance_m=distance, margin_m=25, shape=shape)
    limited, _ = cha.delineate_cha(
        xy, cluster_distance_m=distance, margin_m=25, shape=shape, max_turning_points=limit
    )
    union = shapely.union_all([a.geometry for a in limited]).buffer(TOL)
    for a in plain:
        assert union.contains(a.geometry)


polygons = st.lists(
    st.tuples(coordinate, coordinate, st.floats(1, 200), st.floats(1, 200)), min_size=1, max_size=8
).map(
    lambda bs: max(
        shapely.get_parts(
            shapely.union_all([shapely.box(x, y, x + w, y + h) for x, y, w, h in bs])
        ),
        key=lambda p: p.area,
    )
)


@settings(max_examples=150, deadline=None)
@given(
    polygon=st.one_of(
        polygons,
        point_sets.filter(lambda p: len(set(p)) >= 3).map(
            lambda p: shapely.convex_hull(shapely.multipoints(p))
        ),
        polygons.map(lambda p: p.buffer(20, quad_segs=3)),
    ),
    limit=st.integers(3, 12),
)
def test_property_simplify_outward(polygon, limit):
    assume(isinstance(polygon, shapely.Polygon) and polygon.area > 1e-3)
    result = cha.simplify_outward(polygon, limit)
    assert isinstance(result, shapely.Polygon) and result.is_valid
    assert vertices(result) <= limit
    assert result.buffer(TOL).contains(polygon)
