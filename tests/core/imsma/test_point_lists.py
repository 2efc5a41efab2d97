"""IMSMA point lists (DESIGN §5.10, core/imsma/point_lists.py): polygons to point lists
clockwise from the northernmost vertex, the survey points as entered, and polygons back."""

from __future__ import annotations

import math

import pytest
import shapely

from landrelease.core import imsma
from landrelease.core.imsma import ImsmaError, SurveyPoint

from .factories import SQUARE_CCW, E, N, R, S, W, rows_of, spherical_inverse


def test_ordered_ring_starts_northernmost_and_goes_clockwise():
    ring = imsma.ordered_ring(SQUARE_CCW)
    # Two vertices share the largest latitude: the western one (smallest longitude) is first.
    assert ring == [(W, N), (E, N), (E, S), (W, S)]
    assert imsma._signed_area(ring) < 0  # clockwise


def test_ordered_ring_clockwise_input_and_unique_top():
    diamond = [(0.0, 1.0), (1.0, 0.0), (0.0, -1.0), (-1.0, 0.0)]  # clockwise from the top
    assert imsma.ordered_ring(diamond[::-1])[0] == (0.0, 1.0)
    assert imsma.ordered_ring(diamond[2:] + diamond[:2]) == diamond


def test_closing_and_repeated_vertices_dropped_and_rounded():
    coords = [(W, S), (W, S), (E, S), (E, N), (W + 1e-12, N), (W, N), (W, S)]
    ring = imsma.ordered_ring(coords)
    assert len(ring) == 4
    assert ring[0] == (W, N)
    assert all(x == round(x, 9) and y == round(y, 9) for x, y in ring)


@pytest.mark.parametrize(
    "coords",
    [
        [(0, 0), (1, 1), (0, 0)],
        [(0, 0), (1, 1)],
        [(0, 0), (0, 0), (0, 0), (0, 0)],
        [],
    ],
)
def test_fewer_than_three_points_is_an_error(coords):
    with pytest.raises(ImsmaError, match="at least 3"):
        imsma.ordered_ring(coords, "HZ-1")


def test_points_in_a_line_are_an_error():
    with pytest.raises(ImsmaError, match="no area"):
        imsma.ordered_ring([(0, 0), (1, 1), (2, 2), (0, 0)])


def test_point_list_types_and_legs_from_previous_point():
    rows = imsma.point_list(SQUARE_CCW, "HZ-1", spherical_inverse)
    assert [r.point_no for r in rows] == [1, 2, 3, 4]
    assert [r.point_type for r in rows] == ["start", "turning", "turning", "turning"]
    assert {r.imsma_id for r in rows} == {"HZ-1"}
    assert (rows[0].longitude, rows[0].latitude) == (W, N)
    # Point 2 (NE) is reached going east, 3 (SE) going south, 4 (SW) going west; point 1
    # carries the closing leg from point 4, going north.
    assert rows[1].bearing_deg == pytest.approx(90.0, abs=0.01)
    assert rows[2].bearing_deg == pytest.approx(180.0, abs=0.01)
    assert rows[3].bearing_deg == pytest.approx(270.0, abs=0.01)
    assert rows[0].bearing_deg == pytest.approx(0.0, abs=0.01)
    north_south = R * math.radians(N - S)
    assert rows[0].distance_m == pytest.approx(north_south, abs=0.01)
    assert rows[2].distance_m == pytest.approx(north_south, abs=0.01)
    for r in rows:
        assert 0.0 <= r.bearing_deg < 360.0
        assert r.bearing_deg == round(r.bearing_deg, 2)
        assert r.distance_m == round(r.distance_m, 2)


def test_point_list_without_inverse_has_no_legs():
    rows = imsma.point_list(SQUARE_CCW, "HZ-1")
    assert all(r.bearing_deg is None and r.distance_m is None for r in rows)


def test_bearing_just_below_north_rounds_to_zero_not_360():
    rows = imsma.point_list(SQUARE_CCW, "X", lambda *a: (-0.001, 10.0))
    assert {r.bearing_deg for r in rows} == {0.0}


def test_multipart_point_lists_are_suffixed_and_holes_counted():
    hole = [(W + 2e-4, S + 2e-4), (W + 4e-4, S + 2e-4), (W + 4e-4, S + 4e-4), (W + 2e-4, S + 2e-4)]
    a = shapely.Polygon(SQUARE_CCW, [hole])
    b = shapely.Polygon([(x + 0.01, y) for x, y in SQUARE_CCW])
    rows, holes, problems = imsma.polygon_point_lists("HZ-1", shapely.MultiPolygon([a, b]))
    assert holes == 1 and problems == []
    assert [r.imsma_id for r in rows] == ["HZ-1"] * 4 + ["HZ-1#2"] * 4
    assert [r.point_no for r in rows] == [1, 2, 3, 4, 1, 2, 3, 4]
    single, _, _ = imsma.polygon_point_lists("HZ-2", a)
    assert {r.imsma_id for r in single} == {"HZ-2"}
    with pytest.raises(ImsmaError, match="not a polygon"):
        imsma.polygon_point_lists("HZ-3", shapely.Point(0, 0))


def test_survey_points_within_half_a_metre_describe_the_vertex():
    rows = imsma.point_list(SQUARE_CCW, "HZ-1", spherical_inverse)
    metre_lat = 1.0 / 111000.0
    near_se = SurveyPoint(E, S + 0.4 * metre_lat, "intermediate", 1600.0, "mil6400", "magnetic",
                          111.2, "38T 123 456")  # fmt: skip
    far_sw = SurveyPoint(W, S + 0.6 * metre_lat, "end", 10.0, "deg", "true", 5.0, "far")
    on_start = SurveyPoint(W, N, "benchmark", 1.0, "deg", "grid", 1.0, "benchmark")
    start_again = SurveyPoint(W, N, "start", 0.0, "deg", "grid", 111.2, "40°00'03.6\"N")
    left = imsma.match_survey_points(rows, [near_se, far_sw, on_start, start_again])
    assert left == [far_sw, on_start]  # too far / a benchmark is never a perimeter point
    by_no = {r.point_no: r for r in rows}
    assert by_no[3].point_type == "intermediate"
    assert (by_no[3].bearing_entered, by_no[3].bearing_unit, by_no[3].north) == (
        1600.0,
        "mil6400",
        "magnetic",
    )
    assert (by_no[3].distance_entered, by_no[3].entered_as) == (111.2, "38T 123 456")
    assert by_no[1].point_type == "start" and by_no[1].entered_as == "40°00'03.6\"N"
    assert by_no[4].point_type == "turning" and by_no[4].entered_as is None


def test_one_survey_point_describes_one_vertex_the_closest():
    rows = rows_of("X", [(0.0, 0.0), (1e-6, 0.0), (1.0, 1.0)])  # two vertices 0.11 m apart
    sp = SurveyPoint(1e-6, 0.0, "intermediate")
    assert imsma.match_survey_points(rows, [sp]) == []
    assert [r.point_type for r in rows] == ["turning", "intermediate", "turning"]


def test_polygon_from_points_sorts_and_drops_closing_vertex():
    coords = imsma.ordered_ring(SQUARE_CCW)
    rows = rows_of("HZ-1", coords + [coords[0]])  # a repeated closing point
    polygon = imsma.polygon_from_points(list(reversed(rows)))
    assert list(polygon.exterior.coords) == coords + [coords[0]]
    assert polygon.is_valid


def test_polygon_from_points_leaves_out_off_perimeter_points():
    coords = imsma.ordered_ring(SQUARE_CCW)
    rows = rows_of("HZ-1", [(W - 0.01, N + 0.01)] + coords, {1: "benchmark"})
    polygon = imsma.polygon_from_points(rows)
    assert len(polygon.exterior.coords) == 5
    assert shapely.Point(W - 0.01, N + 0.01).disjoint(polygon)


@pytest.mark.parametrize(
    "coords",
    [[(0, 0), (1, 1)], [(0, 0), (1, 1), (0, 0)], [(0, 0), (1, 1), (1, 1), (0, 0)]],
)
def test_polygon_from_fewer_than_three_points_is_an_error(coords):
    with pytest.raises(ImsmaError, match="HZ-9.*at least 3"):
        imsma.polygon_from_points(rows_of("HZ-9", coords))


def test_repeated_point_number_is_an_error():
    rows = rows_of("HZ-1", [(0, 0), (1, 0), (1, 1)])
    rows[2].point_no = 2
    with pytest.raises(ImsmaError, match="point_no 2"):
        imsma.polygon_from_points(rows)


def test_group_parts():
    groups = imsma.group_parts(["A", "A#2", "A#3", "B#2", "C#2", "D"], ["A", "B", "C#2"])
    assert groups["A"] == [(1, "A"), (2, "A#2"), (3, "A#3")]
    assert groups["B"] == [(2, "B#2")]  # part 1 missing: B alone is still B's polygon
    assert groups["C#2"] == [(1, "C#2")]  # an id of its own
    assert groups["D"] == [(1, "D")]
    assert imsma.group_parts(["E#2"], []) == {"E#2": [(1, "E#2")]}


def test_with_holes_puts_each_hole_in_its_part():
    a = shapely.box(0, 0, 10, 10)
    b = shapely.box(20, 0, 30, 10)
    holes = [shapely.box(22, 2, 24, 4).exterior, shapely.box(1, 1, 2, 2).exterior,
             shapely.box(50, 50, 51, 51).exterior]  # fmt: skip
    geometry, lost = imsma.with_holes([a, b], holes)
    assert lost == 1
    assert isinstance(geometry, shapely.MultiPolygon)
    assert [len(p.interiors) for p in geometry.geoms] == [1, 1]
    assert geometry.area == pytest.approx(200 - 4 - 1)
    single, lost = imsma.with_holes([a], [])
    assert isinstance(single, shapely.Polygon) and lost == 0
