"""IMSMA exchange (DESIGN §5.10), the pure part: point lists, polygons from points, CSV,
GeoJSON, the cross-check of the two and the programme's area."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math

import pyproj
import pytest
import shapely
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

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
    assert "latitude 'north' is not a number" in str(errors[0][2])
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
    with pytest.raises(ImsmaError, match=r"hazards.geojson is not valid JSON \(line 1, column 2: "):
        imsma.read_geojson(path)


# --- reading bad files ----------------------------------------------------------------------------

HEADER = ",".join(imsma.CSV_COLUMNS)


def write_csv(tmp_path, text, encoding="utf-8"):
    path = tmp_path / "hazard_points.csv"
    path.write_bytes(text.encode(encoding))
    return path


def test_csv_not_utf8_names_the_file_and_line(tmp_path):
    text = f"{HEADER}\nA,1,start,40,46,,,,,,,\nA,2,turning,40.1,46,,,,,Камень,,\n"
    path = write_csv(tmp_path, text, "cp1251")
    with pytest.raises(ImsmaError) as raised:
        imsma.read_point_csv(path, [])
    assert str(raised.value) == (
        "hazard_points.csv is not UTF-8 text (byte 0xCA on line 3): save it as UTF-8 and "
        "import again."
    )


def test_csv_separators_found_from_the_header(tmp_path):
    for sep in (";", "\t"):
        path = write_csv(
            tmp_path,
            f"imsma_id{sep}point_no{sep}latitude{sep}longitude\nA{sep}1{sep}40,25{sep}46.5\n",
        )
        [row] = imsma.read_point_csv(path)
        assert (row.imsma_id, row.point_no, row.latitude, row.longitude) == ("A", 1, 40.25, 46.5)
    path = write_csv(tmp_path, "imsma_id|point_no|latitude|longitude\nA|1|40|46\n")
    with pytest.raises(ImsmaError) as raised:
        imsma.read_point_csv(path, [])
    message = str(raised.value)
    assert message.startswith("hazard_points.csv has no column imsma_id, point_no, latitude, ")
    assert "'imsma_id|point_no|latitude|longitude'" in message and "comma-separated" in message


def test_csv_row_problems_name_their_line(tmp_path):
    long_id = "H" * 10_000
    text = (
        f"{HEADER}\n"
        "A,1,start,40.0,46.0,,,,,,,\n"
        "A,2,turning,40,5,46.1,,,,,,,\n"  # an unquoted decimal comma: 13 values
        "A,3,turning,40.1,nan,,,,,,,\n"
        "A,1,turning,40.2,46.2,,,,,,,\n"  # point 1 again
        f"{long_id},1,start,40,46,,,,,,,\n"
        '"B\nC",1,start,40,46,,,,,,,\n'  # an id with a line break (a quoted value)
        "D,1,start,104.9,11.5,,,,,,,\n"  # Cambodia with latitude and longitude swapped
        "E,1,start,4425000,640000,,,,,,,\n"  # UTM numbers
        "F,1,start,1e400,46,,,,,,,\n"
    )
    errors = []
    rows = imsma.read_point_csv(write_csv(tmp_path, text), errors)
    assert [(r.imsma_id, r.point_no) for r in rows] == [("A", 1)]
    messages = {line: str(error) for line, _pid, error in errors}
    assert messages == {
        3: "line 3 has 13 values where the header has 12 columns: a separator or a decimal "
        "comma inside a value that is not quoted?",
        4: "line 4: longitude 'nan' is not a finite number (NaN or infinite).",
        5: "line 5: point 1 of A is already on line 2.",
        6: f"line 6: the id {'H' * 40}… (10000 characters) is longer than 100 characters.",
        8: "line 8: the id 'B\\nC' holds a control character (line break, tab or NUL).",
        9: "line 9: latitude 104.9 is not between -90 and 90 (longitude 11.5): are the latitude "
        "and longitude columns swapped?",
        10: "line 10: latitude 4.425e+06, longitude 640000 are not degrees: the point lists hold "
        "WGS 84 degrees, not projected coordinates (UTM, Gauss–Krüger).",
        11: "line 11: latitude '1e400' is not a finite number (NaN or infinite).",
    }
    assert [pid for _line, pid, _e in errors] == ["A", "A", "A", None, "B\nC", "D", "E", "F"]


def test_csv_broken_beyond_a_row_is_refused_with_its_line(tmp_path):
    text = f"{HEADER}\nA,1,start,40,46,,,,,,,\nA,2,turning,40,46,,,,," + '"' + "x" * 200_000 + '"\n'
    with pytest.raises(ImsmaError, match=r"hazard_points.csv line \d+ is not CSV: field larger"):
        imsma.read_point_csv(write_csv(tmp_path, text), [])
    path = write_csv(tmp_path, "imsma_id,point_no,latitude,latitude,longitude\n")
    with pytest.raises(ImsmaError, match="the column latitude appears more than once"):
        imsma.read_point_csv(path, [])


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.one_of(
            st.sampled_from([HEADER, "A,1,start,40,46,,,,,,,", "A,2,,40.1,46", '"', ";", "\x00"]),
            st.text(max_size=40),
        ),
        max_size=8,
    ),
    st.sampled_from(["utf-8", "utf-16", "cp1251"]),
)
def test_any_csv_text_gives_rows_or_an_imsma_error(tmp_path, lines, encoding):
    text = "\n".join(lines)
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8", "surrogatepass")
    path = tmp_path / "any.csv"
    path.write_bytes(data)
    errors = []
    try:
        rows = imsma.read_point_csv(path, errors)
    except ImsmaError as error:
        assert "any.csv" in str(error)
        return
    for row in rows:
        assert math.isfinite(row.latitude) and abs(row.latitude) <= 90
        assert math.isfinite(row.longitude) and abs(row.longitude) <= 180
    assert all(isinstance(e, ImsmaError) for _line, _pid, e in errors)


def feature_collection(*geometries, ids=None):
    return {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "id": (ids or {}).get(k, f"H-{k}"), "properties": {}, "geometry": g}
            for k, g in enumerate(geometries, start=1)
        ],
    }


SQUARE_JSON = {"type": "Polygon", "coordinates": [[[W, S], [E, S], [E, N], [W, N], [W, S]]]}


def test_geojson_bad_features_are_named(tmp_path):
    path = tmp_path / "hazards.geojson"
    data = feature_collection(
        SQUARE_JSON,
        {"type": "Point", "coordinates": [W, S]},
        {"type": "Polygon", "coordinates": [[[W, S], [E, S], [E, float("nan")], [W, S]]]},
        {
            "type": "Polygon",
            "coordinates": [[[S, 100.0], [S, 100.1], [S + 0.1, 100.1], [S, 100.0]]],
        },
        {"type": "Polygon", "coordinates": [[[W, S], [E, S]]]},
        {"type": "Polygon", "coordinates": []},
        None,
    )
    path.write_text(json.dumps(data), encoding="utf-8")  # NaN as JSON's NaN token
    errors = []
    entries = imsma.read_geojson(path, errors)
    assert [(props["imsma_id"], geometry is None) for props, geometry in entries] == [
        ("H-1", False),
        ("H-6", True),  # an empty polygon is no geometry
        ("H-7", True),
    ]
    assert [(k, label) for k, label, _e in errors] == [
        (2, "feature 2 (H-2)"),
        (3, "feature 3 (H-3)"),
        (4, "feature 4 (H-4)"),
        (5, "feature 5 (H-5)"),
    ]
    messages = [str(e) for _k, _label, e in errors]
    assert (
        messages[0] == "hazards.geojson: feature 2 (H-2) is a Point, not a Polygon or MultiPolygon."
    )
    assert messages[1] == (
        "hazards.geojson: feature 3 (H-3) has a coordinate that is not a number (NaN or infinite)."
    )
    assert messages[2].startswith(
        "hazards.geojson: feature 4 (H-4) has the point 40, 100 (longitude, latitude), which is "
        "not WGS 84 degrees"
    )
    assert messages[3].startswith("hazards.geojson: feature 5 (H-5) has broken coordinates: ")


def test_geojson_not_json_or_not_utf8_names_line_and_column(tmp_path):
    path = tmp_path / "hazards.geojson"
    path.write_text('{"type": "FeatureCollection",\n "features": [\n  {"type": ', encoding="utf-8")
    with pytest.raises(ImsmaError) as raised:
        imsma.read_geojson(path)
    assert str(raised.value) == (
        "hazards.geojson is not valid JSON (line 3, column 12: Expecting value)."
    )
    path.write_bytes(
        json.dumps(feature_collection(SQUARE_JSON, ids={1: "Ağdam"}), ensure_ascii=False).encode(
            "cp1254"
        )
    )
    with pytest.raises(
        ImsmaError, match=r"hazards.geojson is not UTF-8 text \(byte 0xF0 on line 1\)"
    ):
        imsma.read_geojson(path)
    path.write_text('{"type": "FeatureCollection", "features": {"a": 1}}', encoding="utf-8")
    with pytest.raises(ImsmaError, match="has no list of features"):
        imsma.read_geojson(path)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.recursive(
        st.none() | st.booleans() | st.floats() | st.integers() | st.text(max_size=5),
        lambda children: (
            st.lists(children, max_size=4)
            | st.dictionaries(
                st.sampled_from(
                    ["type", "features", "geometry", "coordinates", "properties", "id", "crs"]
                ),
                children,
                max_size=4,
            )
        ),
        max_leaves=20,
    ),
    st.sampled_from(["FeatureCollection", "Feature", "Polygon", "MultiPolygon", "Point"]),
)
def test_any_json_gives_features_or_an_imsma_error(tmp_path, value, kind):
    if isinstance(value, dict) and "type" in value:
        value["type"] = kind
    document = {
        "type": "FeatureCollection",
        "features": [value, {"type": "Feature", "geometry": value}],
    }
    path = tmp_path / "any.geojson"
    path.write_text(json.dumps(document), encoding="utf-8")
    errors = []
    try:
        entries = imsma.read_geojson(path, errors)
    except ImsmaError as error:
        assert "any.geojson" in str(error)
        return
    for _props, geometry in entries:
        assert geometry is None or geometry.geom_type in ("Polygon", "MultiPolygon")
    assert all("any.geojson" in str(e) for _k, _label, e in errors)


# --- cross-check ----------------------------------------------------------------------------------

METRES_PER_DEGREE = 111_320.0


def star(lon0, lat0, radius_m, angles, stretch):
    """A simple polygon about (lon0, lat0): vertices at ``angles`` (sorted, radians), each
    ``radius_m`` times its ``stretch`` from the centre."""
    per_lon = METRES_PER_DEGREE * math.cos(math.radians(lat0))
    coords = [
        (
            lon0 + radius_m * k * math.sin(a) / per_lon,
            lat0 + radius_m * k * math.cos(a) / METRES_PER_DEGREE,
        )
        for a, k in zip(angles, stretch)
    ]
    return shapely.Polygon(coords)


def csv_rows(polygon, imsma_id="HZ-1"):
    """The point list of ``polygon`` as the export writes it, with line numbers."""
    rows = imsma.point_list(polygon.exterior.coords, imsma_id)
    for r in rows:
        r.line = r.point_no + 1
    return rows


def edited(rows, **changes):
    """Copies of ``rows`` with (lon, lat) -> changes['fn'](lon, lat) at changes['at']."""
    fn, at = changes["fn"], changes.get("at")
    out = []
    for r in rows:
        r = dataclasses.replace(r)
        if at is None or r.point_no in at:
            r.longitude, r.latitude = fn(r.longitude, r.latitude)
        out.append(r)
    return out


PENTAGON_AGD = star(46.91, 40.02, 150.0, [0.3, 1.5, 2.9, 4.0, 5.2], [1.0, 0.8, 1.2, 0.9, 1.1])


def test_cross_check_agrees_whatever_the_start_and_direction():
    rows = csv_rows(PENTAGON_AGD)
    assert imsma.cross_check("HZ-1", [rows], PENTAGON_AGD) is None
    reversed_rows = [dataclasses.replace(r, point_no=6 - r.point_no) for r in rows]
    assert imsma.cross_check("HZ-1", [reversed_rows], PENTAGON_AGD) is None
    rotated = [dataclasses.replace(r, point_no=(r.point_no + 1) % 5 + 1) for r in rows]
    assert imsma.cross_check("HZ-1", [rotated], PENTAGON_AGD) is None
    closed = rows + [dataclasses.replace(rows[0], point_no=6)]  # a repeated closing point
    assert imsma.cross_check("HZ-1", [closed], PENTAGON_AGD) is None


def test_cross_check_tolerance_is_one_metre():
    rows = csv_rows(PENTAGON_AGD)
    north = 1.0 / METRES_PER_DEGREE
    near = edited(rows, fn=lambda lon, lat: (lon, lat + 0.9 * north), at={3})
    assert imsma.cross_check("HZ-1", [near], PENTAGON_AGD) is None
    # 35 m north of the northernmost vertex (point 1): its nearest boundary point is itself.
    far = edited(rows, fn=lambda lon, lat: (lon, lat + 35 * north), at={1})
    found = imsma.cross_check("HZ-1", [far], PENTAGON_AGD)
    assert found.cause == imsma.UNKNOWN and not found.whole
    assert (found.point_nos, found.lines) == ((1,), (2,))
    lon, lat = rows[0].longitude, rows[0].latitude
    metres = pyproj.Geod(ellps="WGS84").inv(lon, lat, lon, lat + 35 * north)[2]  # about 34.9
    assert found.distance_m == pytest.approx(metres, rel=0.003)
    assert found.values == {"point_no": 1, "line": 2, "distance_m": f"{found.distance_m:.1f}"}
    assert imsma.CAUSES[found.cause].format(**found.values) == (
        f"unknown: point 1 (line 2) lies {found.distance_m:.1f} m from the GeoJSON boundary"
    )


def test_swapped_columns_diagnosed_and_distance_geodesic():
    rows = csv_rows(PENTAGON_AGD)
    found = imsma.cross_check("HZ-1", [edited(rows, fn=lambda lon, lat: (lat, lon))], PENTAGON_AGD)
    assert found.cause == imsma.SWAPPED and found.whole
    assert found.point_nos == (1, 2, 3, 4, 5) and found.lines == (2, 3, 4, 5, 6)
    # Independent: the ellipsoidal distance from each swapped point to the nearest vertex
    # (the polygon is 300 m wide, the points about 900 km away).
    geod = pyproj.Geod(ellps="WGS84")
    farthest = max(
        min(
            geod.inv(r.latitude, r.longitude, lon, lat)[2]
            for lon, lat in PENTAGON_AGD.exterior.coords
        )
        for r in rows
    )
    assert found.distance_m == pytest.approx(farthest, rel=0.005)
    assert 900_000 < found.distance_m < 960_000


@pytest.mark.parametrize(
    "cause, fn, at",
    [
        (imsma.SIGN_LONGITUDE, lambda lon, lat: (-lon, lat), None),
        (imsma.SIGN_LATITUDE, lambda lon, lat: (lon, -lat), None),
        (imsma.SIGN_BOTH, lambda lon, lat: (-lon, -lat), None),
        (imsma.SIGN_LONGITUDE, lambda lon, lat: (-lon, lat), {2, 4}),
        (imsma.SWAPPED, lambda lon, lat: (lat, lon), {3}),
    ],
)
def test_lost_signs_diagnosed_whole_or_at_points(cause, fn, at):
    # Bogotá area, where longitudes are west (negative): an export without its minus signs.
    polygon = star(-74.1, 4.6, 200.0, [0.2, 1.7, 3.3, 4.6], [1.0, 1.1, 0.9, 1.0])
    rows = csv_rows(polygon, "CO-1")
    found = imsma.cross_check("CO-1", [edited(rows, fn=fn, at=at)], polygon)
    assert found.cause == cause
    assert found.whole == (at is None)
    assert found.point_nos == (tuple(sorted(at)) if at else (1, 2, 3, 4))


def degrees_minutes(value, seconds=False):
    """40.585333 -> 40.3512 (DD.MMmm), or 40.3507 (DD.MMSS)."""
    sign, a = math.copysign(1, value), abs(value)
    d = math.floor(a)
    minutes = (a - d) * 60
    if not seconds:
        return sign * (d + minutes / 100)
    m = math.floor(minutes)
    return sign * (d + m / 100 + (minutes - m) * 60 / 10_000)


def test_degrees_minutes_written_as_decimals_diagnosed():
    assert degrees_minutes(40 + 35.12 / 60) == pytest.approx(40.3512)
    assert degrees_minutes(40 + 35 / 60 + 7 / 3600, seconds=True) == pytest.approx(40.3507)
    rows = csv_rows(PENTAGON_AGD)
    dm = edited(rows, fn=lambda lon, lat: (degrees_minutes(lon), degrees_minutes(lat)))
    assert imsma.cross_check("HZ-1", [dm], PENTAGON_AGD).cause == imsma.DEGREES_MINUTES
    dms = edited(rows, fn=lambda lon, lat: (degrees_minutes(lon, True), degrees_minutes(lat, True)))
    assert imsma.cross_check("HZ-1", [dms], PENTAGON_AGD).cause == imsma.DEGREES_MINUTES_SECONDS


def test_another_datum_diagnosed_as_a_constant_shift():
    # The point list in Pulkovo 1942 degrees, the GeoJSON in WGS 84 (PROJ's transformation).
    to_pulkovo = pyproj.Transformer.from_crs("EPSG:4326", "EPSG:4284", always_xy=True)
    rows = csv_rows(PENTAGON_AGD)
    pulkovo = edited(rows, fn=lambda lon, lat: to_pulkovo.transform(lon, lat))
    found = imsma.cross_check("HZ-1", [pulkovo], PENTAGON_AGD)
    assert found.cause == imsma.SHIFTED and found.whole
    lon0, lat0 = PENTAGON_AGD.centroid.x, PENTAGON_AGD.centroid.y
    azimuth, _back, metres = pyproj.Geod(ellps="WGS84").inv(
        lon0, lat0, *to_pulkovo.transform(lon0, lat0)
    )
    assert float(found.values["shift_m"]) == pytest.approx(metres, abs=0.5)
    assert float(found.values["bearing_deg"]) == pytest.approx(azimuth % 360, abs=1.0)
    assert 90 < metres < 115  # Pulkovo 1942 is about 100 m from WGS 84 in Azerbaijan


def test_a_shift_beyond_any_datum_is_not_called_one():
    rows = csv_rows(PENTAGON_AGD)
    found = imsma.cross_check(
        "HZ-1", [edited(rows, fn=lambda lon, lat: (lon + 20.0, lat))], PENTAGON_AGD
    )
    assert found.cause == imsma.MOVED and found.whole
    assert found.values["bearing_deg"] == "90"
    metres = float(found.values["shift_m"].replace(" ", ""))
    assert metres == pytest.approx(20.0 * 111_412.84 * math.cos(math.radians(40.02)), rel=0.001)
    assert (
        imsma.CAUSES[imsma.MOVED]
        .format(**found.values)
        .startswith(
            f"every point moved by the same {found.values['shift_m']} m towards 90°, too far for"
        )
    )


def test_point_order_missing_points_and_parts_diagnosed():
    rows = csv_rows(PENTAGON_AGD)
    exchanged = [
        dataclasses.replace(r, point_no={2: 3, 3: 2}.get(r.point_no, r.point_no)) for r in rows
    ]
    found = imsma.cross_check("HZ-1", [exchanged], PENTAGON_AGD)
    assert found.cause == imsma.POINT_ORDER
    missing = [r for r in rows if r.point_no != 4]
    found = imsma.cross_check("HZ-1", [missing], PENTAGON_AGD)
    assert found.cause == imsma.MISSING_POINTS and found.values["count"] == 1
    assert (float(found.values["lon"]), float(found.values["lat"])) == pytest.approx(
        (rows[3].longitude, rows[3].latitude), abs=2e-6
    )
    other = star(46.95, 40.02, 50.0, [0.0, 2.0, 4.0], [1.0, 1.0, 1.0])
    two_parts = shapely.MultiPolygon([PENTAGON_AGD, other])
    found = imsma.cross_check("HZ-1", [rows], two_parts)
    assert found.cause == imsma.PARTS and found.values == {"csv_parts": 1, "geojson_parts": 2}
    assert imsma.cross_check("HZ-1", [rows, csv_rows(other, "HZ-1#2")], two_parts) is None


places = st.tuples(st.floats(-170, 170), st.floats(-70, 70))


@st.composite
def shapes(draw):
    """(radius in m, angles, stretches) of a simple star-shaped polygon of 3 to 9 vertices."""
    n = draw(st.integers(3, 9))
    jitter = st.floats(-0.3, 0.3)
    angles = [2 * math.pi * (k + draw(jitter)) / n for k in range(n)]
    stretch = draw(st.lists(st.floats(0.6, 1.4), min_size=n, max_size=n))
    return draw(st.floats(20.0, 3000.0)), angles, stretch


def random_star(place, shape_):
    (lon0, lat0), (radius, angles, stretch) = place, shape_
    return star(lon0, lat0, radius, angles, stretch)


@settings(max_examples=150, deadline=None)
@given(places, shapes(), st.floats(0.0, 0.45), st.floats(0, 2 * math.pi))
def test_point_lists_within_the_tolerance_agree(place, shape_, move_m, direction):
    polygon = random_star(place, shape_)
    per_lon = METRES_PER_DEGREE * math.cos(math.radians(place[1]))
    dlon = move_m * math.sin(direction) / per_lon
    dlat = move_m * math.cos(direction) / METRES_PER_DEGREE
    rows = edited(csv_rows(polygon), fn=lambda lon, lat: (lon + dlon, lat + dlat))
    assert imsma.cross_check("HZ-1", [rows], polygon) is None


CORRECTABLE = {
    imsma.SWAPPED: lambda lon, lat: (lat, lon),
    imsma.SIGN_LONGITUDE: lambda lon, lat: (-lon, lat),
    imsma.SIGN_LATITUDE: lambda lon, lat: (lon, -lat),
    imsma.SIGN_BOTH: lambda lon, lat: (-lon, -lat),
    imsma.DEGREES_MINUTES: lambda lon, lat: (degrees_minutes(lon), degrees_minutes(lat)),
}


@st.composite
def slip_places(draw):
    """Places where every slip moves the points: degrees with minutes (a fraction between
    0.05 and 0.95: the polygon stays within one degree), not on the equator or the prime
    meridian, a longitude that is a latitude (|lon| < 85) and differs from it."""
    sign = st.sampled_from([-1.0, 1.0])
    fraction = st.floats(0.05, 0.95)
    lon = draw(sign) * (draw(st.integers(0, 84)) + draw(fraction))
    lat = draw(sign) * (draw(st.integers(0, 69)) + draw(fraction))
    assume(abs(lon - lat) > 0.1)
    return lon, lat


@settings(max_examples=200, deadline=None)
@given(slip_places(), shapes(), st.sampled_from(sorted(CORRECTABLE)))
def test_every_correctable_slip_is_named(place, shape_, cause):
    polygon = random_star(place, shape_)
    rows = edited(csv_rows(polygon), fn=CORRECTABLE[cause])
    found = imsma.cross_check("HZ-1", [rows], polygon)
    assert found is not None and found.cause == cause and found.whole
    assert imsma.CAUSES[found.cause]


# --- the programme's area -------------------------------------------------------------------------


def test_utm_zone_and_data_area():
    assert imsma.utm_zone(46.9, 40.0) == (38, "N")
    assert imsma.utm_zone(-74.1, 4.6) == (18, "N")
    assert imsma.utm_zone(-3.0, -10.0) == (30, "S")
    assert imsma.utm_zone(180.0, 1.0) == (1, "N")
    near = star(46.9, 40.0, 100.0, [0.0, 2.0, 4.0], [1.0, 1.0, 1.0])
    far = star(49.9, 40.4, 100.0, [0.0, 2.0, 4.0], [1.0, 1.0, 1.0])  # Baku: zone 39
    box = imsma.data_area([near, near, far, None])
    assert (box.west, box.south, box.east, box.north) == (42.0, 0.0, 48.0, 84.0)
    assert imsma.data_area([near, far]).west == 42.0  # a tie: the lower zone
    assert imsma.data_area([None]) is None


def test_outside_area_names_the_farthest_vertex_and_its_distance():
    box = imsma.data_area([PENTAGON_AGD])
    # One vertex where the swapped point would be: 46.9°N 40.0°E, southern Russia (zone 37).
    coords = list(PENTAGON_AGD.exterior.coords)[:-1]
    coords[2] = (40.0, 46.9)
    spiked = shapely.Polygon(coords)
    assert imsma.outside_area([("HZ-1", PENTAGON_AGD), ("HZ-2", None)], box) == []
    [found] = imsma.outside_area([("HZ-1", PENTAGON_AGD), ("HZ-2", spiked)], box)
    assert (found.imsma_id, found.count, found.total) == ("HZ-2", 1, 5)
    assert (found.longitude, found.latitude) == (40.0, 46.9)
    # Independent: the ellipsoidal distance to the zone's western edge (42°E) at 46.9°N.
    metres = pyproj.Geod(ellps="WGS84").inv(40.0, 46.9, 42.0, 46.9)[2]
    assert found.distance_km == pytest.approx(metres / 1000, rel=0.005)
    assert imsma.km_outside(box, 46.9, 40.0) == 0.0
