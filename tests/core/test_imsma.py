"""IMSMA exchange (DESIGN §5.10), the pure part: point lists, polygons from points, CSV, GeoJSON."""

from __future__ import annotations

import datetime as dt
import json
import math

import pytest
import shapely

from landrelease.core import imsma
from landrelease.core.imsma import ImsmaError, PointRow, SurveyPoint

# A small square near Aghdam, counter-clockwise from its south-west corner, closed.
W, E, S, N = 46.9, 46.901, 40.0, 40.001
SQUARE_CCW = [(W, S), (E, S), (E, N), (W, N), (W, S)]
R = 6371008.8


def spherical_inverse(lon1, lat1, lon2, lat2):
    """Azimuth (degrees) and great-circle distance (m) on a sphere: enough to test the wiring."""
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    y = math.sin(dl) * math.cos(p2)
    x = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return math.degrees(math.atan2(y, x)), 2 * R * math.asin(math.sqrt(a))


def rows_of(imsma_id, coords, types=None):
    return [
        PointRow(imsma_id, i + 1, (types or {}).get(i + 1, "turning"), lat, lon)
        for i, (lon, lat) in enumerate(coords)
    ]


# --- ordering ---------------------------------------------------------------------------------


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


# --- survey points ------------------------------------------------------------------------------


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


# --- polygons from point lists --------------------------------------------------------------------


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


# --- CSV ----------------------------------------------------------------------------------------


def test_csv_round_trip(tmp_path):
    rows = imsma.point_list(SQUARE_CCW, "ŞHA-Ağdam-0001", spherical_inverse)
    rows[1].point_type = "intermediate"
    rows[1].bearing_entered = 1600.0
    rows[1].bearing_unit = "mil6400"
    rows[1].north = "magnetic"
    rows[1].distance_entered = 85.25
    rows[1].entered_as = 'Азимут 16-00, "камень", 85 м'
    path = tmp_path / "hazard_points.csv"
    assert imsma.write_point_csv(path, rows) == 4
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")  # no BOM
    assert raw.splitlines()[0].decode() == ",".join(imsma.CSV_COLUMNS)
    assert b"\r\n" in raw
    back = imsma.read_point_csv(path)
    assert back == rows
    assert back[1].bearing_entered == 1600.0 and back[0].entered_as is None
    text = raw.decode("utf-8")
    assert f"{N:.9f},{W:.9f}" in text  # latitude, longitude with 9 decimals
    assert ",1600," in text  # as entered, without a spurious .0


def test_csv_reader_accepts_bom_semicolons_and_extra_columns(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text(
        "\ufeffIMSMA_ID;Point_No;latitude;longitude;extra\nA;1;40,5;46,5;x\nA;2;40.6;46.5;y\n",
        encoding="utf-8",
    )
    rows = imsma.read_point_csv(path)
    assert [(r.imsma_id, r.point_no, r.latitude, r.point_type) for r in rows] == [
        ("A", 1, 40.5, "turning"),
        ("A", 2, 40.6, "turning"),
    ]


def test_csv_bad_rows_collected_or_raised(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text(
        "imsma_id,point_no,latitude,longitude\nA,1,40,46\nA,2,north,46\nB,x,40,46\nC,1,95,46\n"
        ",1,40,46\n",
        encoding="utf-8",
    )
    errors = []
    rows = imsma.read_point_csv(path, errors)
    assert [r.imsma_id for r in rows] == ["A"]
    assert [(line, pid) for line, pid, _m in errors] == [(3, "A"), (4, "B"), (5, "C"), (6, None)]
    assert "latitude 'north' is not a number" in errors[0][2]
    with pytest.raises(ImsmaError, match="p.csv line 3"):
        imsma.read_point_csv(path)


def test_csv_missing_column_raises(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("imsma_id,point_no,lat,lon\n", encoding="utf-8")
    with pytest.raises(ImsmaError, match="no column latitude, longitude"):
        imsma.read_point_csv(path, [])
    path.write_text("", encoding="utf-8")
    with pytest.raises(ImsmaError, match="empty"):
        imsma.read_point_csv(path)


# --- GeoJSON ------------------------------------------------------------------------------------


def test_geojson_round_trip(tmp_path):
    hole = [(W + 2e-4, S + 2e-4), (W + 2e-4, S + 4e-4), (W + 4e-4, S + 4e-4), (W + 2e-4, S + 2e-4)]
    polygon = shapely.Polygon([(x + 1.23456789012e-10, y) for x, y in SQUARE_CCW[::-1]], [hole])
    properties = {
        "hazard_id": "CHA-AGD-0001",
        "imsma_id": "CHA-AGD-0001",
        "remarks": "Ağdam, Quzanlı kəndi — Агдам",
        "priority": None,
        "estimated_area_m2": 9412.33,
        "recorded_on": dt.date(2024, 5, 1),
        "bad": float("nan"),
    }
    path = tmp_path / "hazards.geojson"
    assert imsma.write_geojson(path, [(properties, polygon), ({"imsma_id": "X"}, None)]) == 2
    data = json.loads(path.read_text(encoding="utf-8"))
    assert "Quzanlı kəndi — Агдам" in path.read_text(encoding="utf-8")  # not \u-escaped
    assert "crs" not in data
    feature = data["features"][0]
    assert feature["id"] == "CHA-AGD-0001"
    assert feature["properties"]["recorded_on"] == "2024-05-01"
    assert feature["properties"]["bad"] is None
    exterior, interior = feature["geometry"]["coordinates"]
    assert exterior[0] == exterior[-1]
    assert imsma._signed_area(exterior[:-1]) > 0  # RFC 7946: exterior counter-clockwise
    assert imsma._signed_area(interior[:-1]) < 0  # holes clockwise
    assert all(c == round(c, 9) for xy in exterior for c in xy)

    back = imsma.read_geojson(path)
    assert back[0][0] == {**properties, "recorded_on": "2024-05-01", "bad": None}
    assert shapely.hausdorff_distance(back[0][1], polygon) < 1e-9
    assert len(back[0][1].interiors) == 1
    assert back[1] == ({"imsma_id": "X"}, None)


def test_geojson_in_another_crs_or_not_geojson_is_an_error(tmp_path):
    path = tmp_path / "hazards.geojson"
    path.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::32638"}},
                "features": [],
            }
        )
    )
    with pytest.raises(ImsmaError, match="not WGS 84"):
        imsma.read_geojson(path)
    path.write_text("[1, 2]")
    with pytest.raises(ImsmaError, match="not a GeoJSON FeatureCollection"):
        imsma.read_geojson(path)
    path.write_text("{")
    with pytest.raises(ImsmaError, match="not readable GeoJSON"):
        imsma.read_geojson(path)
