"""core.turning_points: rows typed point by point, computed without QGIS.

Expected positions come from pyproj called directly: a Pulkovo 1942 / Gauss–Krüger point by
PROJ's best transformation for the place, legs by the geodesic direct problem on WGS 84
(``pyproj.Geod.fwd``) with true azimuth = magnetic bearing + declination, UTM by a pyproj
transformer; areas by ``Geod.polygon_area_perimeter``.
"""

from __future__ import annotations

import datetime
import math

import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st
from pyproj import Geod, Transformer
from pyproj.aoi import AreaOfInterest
from pyproj.transformer import TransformerGroup

from landrelease.core.area import ProgrammeArea
from landrelease.core.coordinates import CoordinateError
from landrelease.core.point_rows import BEARING, COORDINATE, GK_INPUT, RowInput, Settings
from landrelease.core.traverse import TraverseError, TraversePoint, magnetic_declination
from landrelease.core.turning_points import (
    CLOSURE_TOLERANCE_M,
    assemble,
    compute_rows,
    crs_centre,
    entered_text,
    first_gk_zone,
    first_lonlat,
    geodesic_area_m2,
    gk_xy,
    grid_leg,
)

UTM = "EPSG:32638"
GEOD = Geod(ellps="WGS84")
TO_UTM = Transformer.from_crs("EPSG:4326", UTM, always_xy=True)
GK_START = "X=4430293 Y=8664944"  # Pulkovo 1942 / Gauss–Krüger zone 8, near Aghdam
RECORD_DATE = datetime.date(1993, 6, 15)
# A Soviet minefield form: legs in Soviet mils (6000) from magnetic north.
SOVIET_LEGS = [
    ("start", "9-06", "178", 906.0),
    ("turning", "12-50", "200", 1250.0),
    ("turning", "27-50", "100", 2750.0),
    ("turning", "42-50", "200", 4250.0),
    ("end", "57-50", "99,6", 5750.0),  # 0.4 m short of the start: within the tolerance
]
SOVIET = Settings(unit="mil6000", north="magnetic", record_date="1993-06-15")


def gk_to_lonlat(x: float, y: float) -> tuple[float, float]:
    """Pulkovo 1942 / GK zone 8 to WGS 84 by PROJ's best transformation for the place."""
    group = TransformerGroup(
        "EPSG:28408",
        "EPSG:4326",
        always_xy=True,
        area_of_interest=AreaOfInterest(46.0, 39.5, 47.5, 40.5),
    )
    return group.transformers[0].transform(y, x)


def soviet_rows(start: str = GK_START) -> list[RowInput]:
    rows = [RowInput(1, "reference", COORDINATE, coordinate=start, remarks="ruined sheepfold")]
    for seq, (point_type, bearing, distance, _) in enumerate(SOVIET_LEGS, start=2):
        rows.append(RowInput(seq, point_type, BEARING, bearing=bearing, distance=distance))
    return rows


def expected_soviet() -> tuple[list[tuple[float, float]], list[tuple[float, float]], float]:
    """(UTM points, WGS 84 points, declination) of the Soviet record, from pyproj alone."""
    lon, lat = gk_to_lonlat(4430293.0, 8664944.0)
    declination = magnetic_declination(lon, lat, RECORD_DATE)
    lonlats = [(lon, lat)]
    for _, _, distance, mils in SOVIET_LEGS:
        azimuth = mils * 360.0 / 6000.0 + declination
        lon, lat, _ = GEOD.fwd(lon, lat, azimuth, float(distance.replace(",", ".")))
        lonlats.append((lon, lat))
    return [TO_UTM.transform(*p) for p in lonlats], lonlats, declination


def test_a_soviet_record_against_pyproj():
    computation = compute_rows(soviet_rows(), SOVIET, UTM)
    expected, lonlats, declination = expected_soviet()
    assert computation.problem is None and computation.errors == 0
    assert [r.state for r in computation.rows] == ["ok"] * 6
    for result, (x, y), (lon, lat) in zip(computation.rows, expected, lonlats):
        assert (result.point.x, result.point.y) == pytest.approx((x, y), abs=1e-6)
        assert (result.lonlat.lon, result.lonlat.lat) == pytest.approx((lon, lat), abs=1e-9)
    assert computation.rows[0].format == "gk" and computation.rows[0].reading.zone == 8
    assert [r.bearing_value for r in computation.rows[1:]] == [m for *_, m in SOVIET_LEGS]
    assert computation.rows[5].distance_m == pytest.approx(99.6)
    assert computation.magnetic
    decl = computation.declination
    assert (decl.source, decl.on, decl.point) == ("igrf", RECORD_DATE, 1)
    assert decl.value == pytest.approx(declination, abs=1e-12)

    result = computation.result
    assert result.end_on_start  # 0.4 m short: the end point is the start
    assert result.closure_error_m == pytest.approx(math.dist(expected[5], expected[1]), abs=1e-6)
    assert 0.3 < result.closure_error_m < CLOSURE_TOLERANCE_M
    ring = list(result.polygon.exterior.coords)[:-1]
    assert len(ring) == 4  # the start and the turning points
    for vertex, point in zip(ring, expected[1:5]):
        assert vertex == pytest.approx(point, abs=1e-6)
    assert computation.valid
    ring_lonlat = lonlats[1:5]
    geodesic, _ = GEOD.polygon_area_perimeter(*zip(*ring_lonlat))
    assert computation.area_m2 == pytest.approx(abs(geodesic), rel=1e-6)


def test_the_area_is_measured_by_the_callers_function():
    seen = []

    def measure(polygon):
        seen.append(polygon)
        return 1234.5

    computation = compute_rows(soviet_rows(), SOVIET, UTM, measure_area=measure)
    assert computation.area_m2 == 1234.5
    assert seen == [computation.result.polygon]


def test_a_typed_declination_is_used_as_typed():
    typed = Settings(unit="mil6000", north="magnetic", declination_deg=6.5)
    computation = compute_rows(soviet_rows(), typed, UTM)
    assert (computation.declination.value, computation.declination.source) == (6.5, "entered")
    lon, lat = gk_to_lonlat(4430293.0, 8664944.0)
    lon, lat, _ = GEOD.fwd(lon, lat, 906.0 * 0.06 + 6.5, 178.0)
    assert (computation.rows[1].point.x, computation.rows[1].point.y) == pytest.approx(
        TO_UTM.transform(lon, lat), abs=1e-6
    )


def square_rows(north: str = "grid") -> list[RowInput]:
    rows = [RowInput(1, "start", COORDINATE, coordinate="38N 600000 4400000")]
    for seq, bearing in enumerate(("90", "180", "270", "0"), start=2):
        point_type = "end" if seq == 5 else "turning"
        rows.append(RowInput(seq, point_type, BEARING, bearing=f"{bearing} deg {north}"))
        rows[-1].distance = "100"
    return rows


def test_a_grid_square_closes_exactly():
    computation = compute_rows(square_rows(), Settings(), UTM)
    corners = [(600000, 4400000), (600100, 4400000), (600100, 4399900), (600000, 4399900)]
    for result, corner in zip(computation.rows, [*corners, corners[0]]):
        assert (result.point.x, result.point.y) == pytest.approx(corner, abs=1e-9)
    assert computation.result.closure_error_m == pytest.approx(0.0, abs=1e-9)
    assert len(computation.result.polygon.exterior.coords) == 5  # the end point is the start
    assert computation.declination.problem == "no_date" and not computation.magnetic


@settings(max_examples=50, deadline=None)
@given(
    legs=st.lists(
        st.tuples(st.floats(0, 359.999, allow_nan=False), st.floats(0.5, 500, allow_nan=False)),
        min_size=1,
        max_size=8,
    )
)
def test_grid_legs_are_planar_steps(legs):
    """A grid leg steps d·sin(az), d·cos(az) in the working CRS, whatever the rows around it."""
    legs = [(round(bearing, 4), round(distance, 3)) for bearing, distance in legs]
    rows = [RowInput(1, "start", COORDINATE, coordinate="38N 600000 4400000")]
    for seq, (bearing, distance) in enumerate(legs, start=2):
        rows.append(
            RowInput(seq, "turning", BEARING, bearing=repr(bearing), distance=repr(distance))
        )
    computation = compute_rows(rows, Settings(), UTM)
    x, y = 600000.0, 4400000.0
    for result, (bearing, distance) in zip(computation.rows[1:], legs):
        x += distance * math.sin(math.radians(bearing))
        y += distance * math.cos(math.radians(bearing))
        assert (result.point.x, result.point.y) == pytest.approx((x, y), abs=1e-6)


def codes(computation) -> list[str]:
    return [r.code for r in computation.rows]


def test_rows_that_cannot_be_computed_carry_codes():
    rows = soviet_rows()
    no_date = compute_rows(rows, Settings(unit="mil6000", north="magnetic"), UTM)
    assert codes(no_date)[1:] == ["no_declination"] * 5  # every magnetic leg says why
    assert [r.state for r in no_date.rows] == ["ok"] + ["error"] * 5
    assert no_date.declination.problem == "no_date"
    assert no_date.problem == "row_errors" and no_date.errors == 5
    assert no_date.wrong_rows()[0][0].seq == 2

    rows_after_error = [RowInput(1, "start", COORDINATE, coordinate="no"), *square_rows()[1:]]
    blocked = compute_rows(rows_after_error, Settings(), UTM)
    assert codes(blocked)[1:] == ["starts_from_error"] * 4
    assert [r.from_row for r in blocked.rows[1:]] == [1, 1, 1, 1]
    assert [r.state for r in blocked.rows] == ["error"] + ["blocked"] * 4
    assert blocked.wrong_rows()[1][0].seq == 2

    bad_date = compute_rows(
        rows, Settings(unit="mil6000", north="magnetic", record_date="1993"), UTM
    )
    assert bad_date.declination.problem == "date_incomplete"
    assert bad_date.declination.error.value == "1993"

    unreadable = [RowInput(1, "start", COORDINATE, coordinate="not a place"), *rows[1:]]
    computation = compute_rows(unreadable, SOVIET, UTM)
    assert computation.rows[0].code == "unrecognised"
    assert isinstance(computation.rows[0].error, CoordinateError)
    assert computation.declination.problem == "no_first_point"

    turning_first = [RowInput(1, "turning", COORDINATE, coordinate="38N 600000 4400000")]
    first = compute_rows(turning_first, Settings(), UTM).rows[0]
    assert (first.state, first.code) == ("error", "first_point_type")
    assert first.point is not None  # placed, and wrong

    leg_first = compute_rows(
        [RowInput(1, "start", BEARING, bearing="90", distance="5")], Settings(), UTM
    )
    assert codes(leg_first) == ["first_not_coordinate"]


def test_empty_rows_missing_bearings_and_bad_legs():
    rows = square_rows()
    rows[0] = RowInput(1, "start", COORDINATE)  # the first point left empty
    computation = compute_rows(rows, Settings(), UTM)
    assert codes(computation)[0] == "first_coordinate_missing"
    assert codes(computation)[1:] == ["starts_from_error"] * 4

    rows = square_rows()
    rows[2] = RowInput(3, "turning", BEARING, distance="100")
    rows[3].bearing = "400 deg"
    computation = compute_rows(rows, Settings(), UTM)
    assert codes(computation)[2:4] == ["bearing_missing", "bearing_out_of_range"]
    assert isinstance(computation.rows[3].error, TraverseError)
    assert computation.rows[3].unit == "deg"

    rows = square_rows()
    rows.insert(2, RowInput(3, "turning", BEARING))  # an empty row in the middle is skipped
    computation = compute_rows(rows, Settings(), UTM)
    assert computation.rows[2].state == "empty" and computation.result is not None


def test_nothing_typed_and_too_few_points():
    assert compute_rows([RowInput(1, "start", COORDINATE)], Settings(), UTM).problem == (
        "nothing_typed"
    )
    two = square_rows()[:2]
    computation = compute_rows(two, Settings(), UTM)
    assert computation.problem == "too_few_points"
    assert computation.error.value == 2 and computation.result is None


def test_an_input_format_refuses_other_formats():
    gk = Settings(input_format=GK_INPUT)
    computation = compute_rows(square_rows(), gk, UTM)
    assert computation.rows[0].code == "input_format"
    bare = [RowInput(1, "reference", COORDINATE, coordinate="4430293 8664944")]
    reading = compute_rows(bare, gk, UTM).rows[0].reading
    assert reading.text == GK_START and reading.fmt == "gk"
    assert entered_text(bare[0], compute_rows(bare, gk, UTM).rows[0]) == GK_START


def test_points_outside_the_programme_area_are_flagged():
    lon, lat = gk_to_lonlat(4430293.0, 8664944.0)
    area = ProgrammeArea(lon - 1e-4, lat - 1e-4, lon + 1e-4, lat + 1e-4, "districts", 0.0)
    computation = compute_rows(soviet_rows(), SOVIET, UTM, area)
    expected_outside = [
        seq
        for seq, (p_lon, p_lat) in enumerate(expected_soviet()[1], start=1)
        if not area.contains(p_lon, p_lat)
    ]
    assert expected_outside == [2, 3, 4, 5, 6]  # the box holds the reference point only
    assert computation.outside == expected_outside
    assert [r.outside for r in computation.rows] == [seq in expected_outside for seq in range(1, 7)]
    assert computation.area is area and computation.result is not None  # a warning only


def test_assemble_closes_an_end_point_within_the_tolerance_only():
    def point(seq, point_type, x, y):
        return TraversePoint(seq, point_type, x, y, None, None, None, None, None)

    square = [point(1, "start", 0, 0), point(2, "turning", 100, 0), point(3, "turning", 100, 100)]
    near = assemble([*square, point(4, "turning", 0, 100), point(5, "end", 0, 4.9)])
    assert near.end_on_start and len(near.polygon.exterior.coords) == 5
    assert near.closure_error_m == pytest.approx(4.9)
    far = assemble([*square, point(4, "turning", 0, 100), point(5, "end", 0, 5.1)])
    assert not far.end_on_start and len(far.polygon.exterior.coords) == 6
    with pytest.raises(TraverseError) as raised:
        assemble([*square[:2], point(3, "end", 0, 0)])
    assert raised.value.code == "too_few_points"


def test_crs_centre_is_the_centre_of_the_area_of_use():
    assert crs_centre(UTM) == pytest.approx(TO_UTM.transform(45.0, 42.0), abs=1e-6)
    assert crs_centre("not a crs") == (0.0, 0.0)


def test_first_point_helpers():
    rows = soviet_rows()
    lonlat = first_lonlat(rows, SOVIET)
    assert (lonlat.lon, lonlat.lat) == pytest.approx(gk_to_lonlat(4430293.0, 8664944.0), abs=1e-9)
    assert first_lonlat([RowInput(1, "start", BEARING, bearing="1")], SOVIET) is None
    computation = compute_rows(rows, SOVIET, UTM)
    assert first_gk_zone(computation) == 8
    assert gk_xy(lonlat.lon, lonlat.lat, 8) == pytest.approx((4430293.0, 8664944.0), abs=0.01)
    utm = compute_rows(square_rows(), Settings(), UTM)
    assert first_gk_zone(utm) == 8  # the zone of the point (45° E lies in zone 8)


def test_grid_leg_puts_the_point_back():
    def point(x, y):
        return TraversePoint(1, "turning", x, y, None, None, None, None, None)

    bearing, distance = grid_leg(point(600000, 4400000), point(600080, 4400010))
    assert distance == pytest.approx(math.hypot(80, 10))
    assert bearing == pytest.approx(math.degrees(math.atan2(80, 10)))
    assert grid_leg(point(1, 1), point(1, 1)) == (0.0, 0.0)
    assert grid_leg(point(0, 0), point(-1e-12, 1))[0] < 360.0


def test_the_default_area_is_geodesic():
    square = shapely.Polygon(
        [(600000, 4400000), (600100, 4400000), (600100, 4400100), (600000, 4400100)]
    )
    lonlat = [
        Transformer.from_crs(UTM, "EPSG:4326", always_xy=True).transform(x, y)
        for x, y in square.exterior.coords
    ]
    geodesic, _ = GEOD.polygon_area_perimeter(*zip(*lonlat))
    assert geodesic_area_m2(square, UTM) == pytest.approx(abs(geodesic), rel=1e-9)
