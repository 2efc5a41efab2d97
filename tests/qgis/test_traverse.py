"""landrelease:traverse run through Processing on memory layers and on the sample records."""

from __future__ import annotations

import datetime
import functools
import math
import random
from pathlib import Path

import pytest
from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant

from landrelease.core.traverse import magnetic_declination

UTM = "EPSG:32638"
X0, Y0 = 640000.0, 4425000.0  # the reference point, near Aghdam (UTM 38N)
SAMPLE = Path(__file__).resolve().parents[2] / "sample_data"
LEG_FIELDS = {
    "record_id": str,
    "seq": int,
    "point_type": str,
    "bearing": float,
    "bearing_unit": str,
    "north": str,
    "distance_m": float,
    "remarks": str,
}
DEGREES = (0.0, 90.0, 180.0, 270.0)
MIL6400 = (0.0, 1600.0, 3200.0, 4800.0)
MIL6000 = (0.0, 1500.0, 3000.0, 4500.0)
GON = (0.0, 100.0, 200.0, 300.0)
# The square a "north, east, south, west" record draws: the start point 50 m north of the
# reference point, then 100 m east, south, west and north back to the start.
SQUARE = [(X0, Y0 + 50), (X0 + 100, Y0 + 50), (X0 + 100, Y0 - 50), (X0, Y0 - 50)]


def run(params, feedback=None):
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run("landrelease:traverse", params, context=context, feedback=feedback)


def square_legs(record_id, bearings=DEGREES, unit=None, north=None, last_distance=100.0):
    """Leg rows of a 100 m square record, from a reference point 50 m south of its start."""
    first, east, south, west = bearings
    legs = [
        (1, "start", first, 50.0, "reference point to TP1"),
        (2, "turning", east, 100.0, None),
        (3, "turning", south, 100.0, None),
        (4, "turning", west, 100.0, None),
        (5, "end", first, last_distance, "back to TP1"),
    ]
    return [
        {
            "record_id": record_id,
            "seq": seq,
            "point_type": point_type,
            "bearing": bearing,
            "bearing_unit": unit,
            "north": north,
            "distance_m": distance,
            "remarks": remarks,
        }
        for seq, point_type, bearing, distance, remarks in legs
    ]


@pytest.fixture
def legs_layer(make_layer):
    def make(rows, fields=LEG_FIELDS):
        return make_layer("None", UTM, [(None, row) for row in rows], fields=fields)

    return make


@pytest.fixture
def start_layer(make_layer, reproject):
    def make(records, crs=UTM, fields=None):
        """``records``: record_id -> (x, y) in UTM, or (x, y, extra attributes)."""
        rows = []
        for record_id, value in records.items():
            x, y, *extra = value
            rows.append(
                (f"POINT({x} {y})", {"record_id": record_id, **(extra[0] if extra else {})})
            )
        layer = make_layer("Point", UTM, rows, fields=fields)
        return layer if crs == UTM else reproject(layer, crs)

    return make


def by_id(layer):
    return {f["record_id"]: f for f in layer.getFeatures()}


def points_of(result, record_id):
    return sorted(
        (f for f in result["OUTPUT_POINTS"].getFeatures() if f["owner_id"] == record_id),
        key=lambda f: f["seq"],
    )


def ellipsoidal_area(geometry, crs=UTM):
    da = QgsDistanceArea()
    da.setSourceCrs(QgsCoordinateReferenceSystem(crs), QgsProject.instance().transformContext())
    da.setEllipsoid("EPSG:7030")
    return da.measureArea(geometry)


def ellipsoidal_bearing(a, b, crs=UTM):
    """The geodesic azimuth (degrees, [0, 360)) from point a to point b."""
    da = QgsDistanceArea()
    da.setSourceCrs(QgsCoordinateReferenceSystem(crs), QgsProject.instance().transformContext())
    da.setEllipsoid("EPSG:7030")
    return math.degrees(da.bearing(QgsPointXY(*a), QgsPointXY(*b))) % 360.0


def polygon(points):
    return QgsGeometry.fromPolygonXY([[QgsPointXY(x, y) for x, y in [*points, points[0]]]])


def ring(feature):
    return [(p.x(), p.y()) for p in feature.geometry().constGet().exteriorRing().points()]


def same_shape(a: QgsGeometry, b: QgsGeometry, tolerance=0.001):
    return a.hausdorffDistance(b) <= tolerance


def xy(feature):
    p = feature.geometry().asPoint()
    return (p.x(), p.y())


# --- real values ------------------------------------------------------------------------------


def test_square_in_degrees_closes_with_the_expected_area(provider, legs_layer, start_layer):
    rows = square_legs("MFR-1")
    random.Random(4).shuffle(rows)  # the legs are taken in seq order, not in table order
    result = run(
        {
            "LEGS": legs_layer(rows),
            "START": start_layer({"MFR-1": (X0, Y0)}),
            "OUTPUT": "memory:",
            "OUTPUT_POINTS": "memory:",
        }
    )
    assert (result["RECORDS"], result["FAILED"], result["OUT_OF_TOLERANCE"]) == (1, 0, 0)
    assert result["OUTPUT"].crs().authid() == UTM
    record = by_id(result["OUTPUT"])["MFR-1"]
    expected = polygon(SQUARE)
    assert same_shape(record.geometry(), expected, 1e-6)
    assert record["area_m2"] == pytest.approx(ellipsoidal_area(expected), abs=0.01)
    assert record["area_m2"] == pytest.approx(10000, rel=1e-3)
    assert record["closure_error_m"] == 0
    assert record["closure_ok"] is True or record["closure_ok"] == 1
    assert record["perimeter_m"] == pytest.approx(400, abs=1e-6)
    assert record["closure_ratio"] == 0
    assert record["adjusted"] in (False, 0)
    assert [p["point_type"] for p in points_of(result, "MFR-1")] == [
        "reference",
        "start",
        "turning",
        "turning",
        "turning",
        "end",
    ]


@pytest.mark.parametrize(
    ("angle_unit", "bearings", "code"),
    [(1, MIL6400, "mil6400"), (2, MIL6000, "mil6000"), (3, GON, "gon")],
)
def test_mils_and_gon_give_the_same_polygon(
    provider, legs_layer, start_layer, angle_unit, bearings, code
):
    start = start_layer({"MFR-1": (X0, Y0)})
    degrees = by_id(
        run({"LEGS": legs_layer(square_legs("MFR-1")), "START": start, "OUTPUT": "memory:"})[
            "OUTPUT"
        ]
    )["MFR-1"]
    by_parameter = run(
        {
            "LEGS": legs_layer(square_legs("MFR-1", bearings)),
            "START": start,
            "ANGLE_UNIT": angle_unit,
            "OUTPUT": "memory:",
        }
    )
    by_leg = run(
        {
            "LEGS": legs_layer(square_legs("MFR-1", bearings, unit=code)),
            "START": start,
            "ANGLE_UNIT": 0,  # each leg's own bearing_unit wins
            "OUTPUT": "memory:",
        }
    )
    for result in (by_parameter, by_leg):
        record = by_id(result["OUTPUT"])["MFR-1"]
        assert same_shape(record.geometry(), degrees.geometry(), 0.001)
        assert record["area_m2"] == pytest.approx(degrees["area_m2"], abs=0.01)
        assert record["closure_error_m"] == pytest.approx(0, abs=0.001)


def test_magnetic_with_declination_rotates_the_polygon(provider, legs_layer, start_layer):
    start = start_layer({"MFR-1": (X0, Y0)})
    magnetic = run(
        {
            "LEGS": legs_layer(square_legs("MFR-1")),
            "START": start,
            "NORTH": 2,
            "DECLINATION": 5.0,
            "OUTPUT": "memory:",
            "OUTPUT_POINTS": "memory:",
        }
    )
    points = [xy(p) for p in points_of(magnetic, "MFR-1")]
    # Magnetic 90° + 5° east declination = true 95°: the first side of the square (TP1 -> TP2).
    assert ellipsoidal_bearing(points[1], points[2]) == pytest.approx(95.0, abs=1e-4)
    assert ellipsoidal_bearing(points[0], points[1]) == pytest.approx(5.0, abs=1e-4)
    # The same as true bearings typed 5° more.
    rotated = [b + 5.0 for b in DEGREES]
    true = run(
        {
            "LEGS": legs_layer(square_legs("MFR-1", rotated, north="true")),
            "START": start,
            "OUTPUT": "memory:",
        }
    )
    a = by_id(magnetic["OUTPUT"])["MFR-1"]
    b = by_id(true["OUTPUT"])["MFR-1"]
    assert same_shape(a.geometry(), b.geometry(), 0.001)
    # Rotation keeps the shape: the same area as the grid square, within the grid's scale.
    assert a["area_m2"] == pytest.approx(10000, rel=1e-3)
    assert a["closure_error_m"] == pytest.approx(0, abs=0.01)


def test_declination_field_overrides_the_parameter(provider, legs_layer, start_layer):
    start = start_layer(
        {
            "A": (X0, Y0, {"decl": 5.0}),
            "B": (X0 + 1000, Y0, {"decl": None}),
        },
        fields={"record_id": str, "decl": float},
    )
    legs = legs_layer(square_legs("A", north="magnetic") + square_legs("B", north="magnetic"))
    result = run(
        {
            "LEGS": legs,
            "START": start,
            "DECLINATION": -2.0,
            "DECLINATION_FIELD": "decl",
            "OUTPUT": "memory:",
            "OUTPUT_POINTS": "memory:",
        }
    )
    a = [xy(p) for p in points_of(result, "A")]
    b = [xy(p) for p in points_of(result, "B")]
    assert ellipsoidal_bearing(a[1], a[2]) == pytest.approx(95.0, abs=1e-4)  # the field's 5°
    assert ellipsoidal_bearing(b[1], b[2]) == pytest.approx(88.0, abs=1e-4)  # NULL: DECLINATION


def test_misclosure_tolerance_and_bowditch(provider, legs_layer, start_layer, feedback):
    start = start_layer({"MFR-3": (X0, Y0)})
    legs = legs_layer(square_legs("MFR-3", last_distance=97.0))  # 3 m short of TP1
    params = {"LEGS": legs, "START": start, "OUTPUT": "memory:", "OUTPUT_POINTS": "memory:"}
    strict = run({**params, "CLOSURE_TOLERANCE": 2.0}, feedback)
    record = by_id(strict["OUTPUT"])["MFR-3"]
    assert record["closure_error_m"] == pytest.approx(3.0, abs=1e-6)
    assert not record["closure_ok"]
    assert record["closure_ratio"] == pytest.approx(3.0 / 400.0, rel=1e-9)
    assert strict["OUT_OF_TOLERANCE"] == 1
    assert "MFR-3" in feedback.text() and "tolerance" in feedback.text()
    # As recorded, the end point stays 3 m south of TP1.
    end, tp1 = xy(points_of(strict, "MFR-3")[-1]), xy(points_of(strict, "MFR-3")[1])
    assert math.dist(end, tp1) == pytest.approx(3.0, abs=1e-6)

    loose = by_id(run({**params, "CLOSURE_TOLERANCE": 5.0})["OUTPUT"])["MFR-3"]
    assert loose["closure_ok"]

    adjusted = run({**params, "CLOSURE_TOLERANCE": 2.0, "ADJUST": 1})
    record = by_id(adjusted["OUTPUT"])["MFR-3"]
    points = points_of(adjusted, "MFR-3")
    assert points[-1]["point_type"] == "end"
    assert xy(points[-1]) == pytest.approx(xy(points[1]), abs=1e-6)  # the end lands on TP1
    assert xy(points[0]) == pytest.approx((X0, Y0), abs=1e-6)  # the reference does not move
    assert record["closure_error_m"] == pytest.approx(3.0, abs=1e-6)  # still as entered
    assert not record["closure_ok"]
    assert record["adjusted"]
    vertices = ring(record)
    assert len(vertices) == 5  # 4 corners and the closing vertex, no 3 m sliver
    assert vertices[0] == pytest.approx(xy(points[1]), abs=1e-6)


def test_bad_records_are_reported_and_the_others_computed(
    provider, legs_layer, start_layer, feedback
):
    bad_mils = square_legs("MILS", MIL6400, unit="mil6400")
    bad_mils[2]["bearing"] = 6500.0  # seq 3
    negative = square_legs("NEG")
    negative[3]["distance_m"] = -100.0  # seq 4
    rows = square_legs("GOOD") + bad_mils + negative + square_legs("ORPHAN")
    start = start_layer(
        {"GOOD": (X0, Y0), "MILS": (X0 + 500, Y0), "NEG": (X0 + 1000, Y0), "NOLEGS": (X0, Y0)}
    )
    result = run(
        {"LEGS": legs_layer(rows), "START": start, "OUTPUT": "memory:", "OUTPUT_POINTS": "memory:"},
        feedback,
    )
    assert list(by_id(result["OUTPUT"])) == ["GOOD"]
    assert result["RECORDS"] == 1
    assert result["FAILED"] == 4
    assert {p["owner_id"] for p in result["OUTPUT_POINTS"].getFeatures()} == {"GOOD"}
    lines = feedback.messages
    mils = next(m for m in lines if "MILS" in m)
    assert "leg 3" in mils and "6500" in mils and "6400" in mils
    neg = next(m for m in lines if "NEG" in m)
    assert "leg 4" in neg and "-100" in neg and "negative" in neg
    orphan = next(m for m in lines if "ORPHAN" in m)
    assert "START" in orphan
    assert any("NOLEGS" in m and "no legs" in m for m in lines)
    assert not any("Leg 3:" in m for m in lines)  # our sentences, not the core's English str()


def test_geographic_start_gives_output_in_its_crs_and_the_same_area(
    provider, legs_layer, start_layer
):
    legs = legs_layer(square_legs("MFR-1"))
    projected = by_id(
        run({"LEGS": legs, "START": start_layer({"MFR-1": (X0, Y0)}), "OUTPUT": "memory:"})[
            "OUTPUT"
        ]
    )["MFR-1"]
    result = run(
        {
            "LEGS": legs,
            "START": start_layer({"MFR-1": (X0, Y0)}, crs="EPSG:4326"),
            "OUTPUT": "memory:",
            "OUTPUT_POINTS": "memory:",
        }
    )
    assert result["OUTPUT"].crs().authid() == "EPSG:4326"
    assert result["OUTPUT_POINTS"].crs().authid() == "EPSG:4326"
    record = by_id(result["OUTPUT"])["MFR-1"]
    assert record["area_m2"] == pytest.approx(projected["area_m2"], abs=0.01)
    assert record["area_m2"] == pytest.approx(
        ellipsoidal_area(record.geometry(), "EPSG:4326"), abs=0.01
    )
    back = QgsGeometry(record.geometry())
    back.transform(
        QgsCoordinateTransform(
            QgsCoordinateReferenceSystem("EPSG:4326"),
            QgsCoordinateReferenceSystem(UTM),
            QgsProject.instance(),
        )
    )
    assert same_shape(back, projected.geometry(), 0.001)
    first = points_of(result, "MFR-1")[0]
    assert first["entered_as"].startswith("EPSG:4326 46.")
    assert first["easting"] == pytest.approx(X0, abs=0.001)  # working CRS: UTM 38N


def test_custom_crs_without_authority_id(provider, legs_layer, start_layer, reproject):
    """A CRS that only QGIS knows (no EPSG code) reaches pyproj as WKT: true bearings work."""
    custom = QgsCoordinateReferenceSystem.fromProj(
        "+proj=tmerc +lat_0=0 +lon_0=46.5 +k=1 +x_0=300000 +y_0=0 +ellps=WGS84 +units=m +no_defs"
    )
    assert custom.isValid() and not custom.authid().startswith("EPSG")
    legs = legs_layer(square_legs("MFR-1", north="true"))
    utm = by_id(
        run({"LEGS": legs, "START": start_layer({"MFR-1": (X0, Y0)}), "OUTPUT": "memory:"})[
            "OUTPUT"
        ]
    )["MFR-1"]
    start = reproject(start_layer({"MFR-1": (X0, Y0)}), custom.toWkt())
    assert start.crs().isValid()
    record = by_id(run({"LEGS": legs, "START": start, "OUTPUT": "memory:"})["OUTPUT"])["MFR-1"]
    assert record["area_m2"] == pytest.approx(utm["area_m2"], abs=0.05)
    # Geodesic legs on the ground: the same few millimetres of misclosure in either CRS.
    assert record["closure_error_m"] == pytest.approx(utm["closure_error_m"], abs=0.002)
    assert record["closure_error_m"] < 0.01


def test_points_keep_the_bearings_as_typed(provider, legs_layer, start_layer):
    rows = square_legs("MFR-1", MIL6400, unit="mil6400", north="grid")
    result = run(
        {
            "LEGS": legs_layer(rows),
            "START": start_layer({"MFR-1": (X0, Y0)}),
            "OUTPUT": "memory:",
            "OUTPUT_POINTS": "memory:",
        }
    )
    points = points_of(result, "MFR-1")
    assert [p["seq"] for p in points] == [0, 1, 2, 3, 4, 5]
    reference, tp1, tp2 = points[:3]
    assert reference["point_type"] == "reference"
    assert reference["bearing"] in (None, NULL)
    assert tp2["bearing"] == 1600.0
    assert tp2["bearing_unit"] == "mil6400"
    assert tp2["north"] == "grid"
    assert tp2["distance_m"] == 100.0
    assert tp2["entered_as"] == "1600 mil6400 grid 100 m"
    assert tp2["record_id"] == "MFR-1"
    assert tp1["remarks"] == "reference point to TP1"
    assert xy(tp2) == pytest.approx(SQUARE[1], abs=1e-6)
    assert (tp2["easting"], tp2["northing"]) == pytest.approx(SQUARE[1], abs=0.001)


def test_unicode_record_ids_pass_through(provider, legs_layer, start_layer, feedback):
    ids = ["Ağdam-MQ-001", "Минное поле №2"]
    rows = square_legs(ids[0]) + square_legs(ids[1])
    rows[-1]["distance_m"] = 90.0  # 10 m short
    result = run(
        {
            "LEGS": legs_layer(rows),
            "START": start_layer({ids[0]: (X0, Y0), ids[1]: (X0 + 1000, Y0)}),
            "OUTPUT": "memory:",
            "OUTPUT_POINTS": "memory:",
        },
        feedback,
    )
    assert sorted(by_id(result["OUTPUT"])) == sorted(ids)
    assert {p["owner_id"] for p in result["OUTPUT_POINTS"].getFeatures()} == set(ids)
    assert any(ids[1] in m and "tolerance" in m for m in feedback.messages)


# --- bad input --------------------------------------------------------------------------------


def test_missing_leg_fields_are_named(provider, legs_layer, start_layer):
    rows = [{"record_id": "A", "bearing": 90.0} for _ in range(3)]
    legs = legs_layer(rows, fields={"record_id": str, "bearing": float})
    with pytest.raises(QgsProcessingException, match="seq, distance_m"):
        run({"LEGS": legs, "START": start_layer({"A": (X0, Y0)}), "OUTPUT": "memory:"})


def test_start_without_record_id(provider, legs_layer, make_layer):
    start = make_layer("Point", UTM, [(f"POINT({X0} {Y0})", {"name": "A"})])
    with pytest.raises(QgsProcessingException, match="record_id"):
        run({"LEGS": legs_layer(square_legs("A")), "START": start, "OUTPUT": "memory:"})


def test_parameters_are_the_contract(provider):
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById("landrelease:traverse")
    names = {p.name() for p in algorithm.parameterDefinitions()}
    assert names == {
        "LEGS",
        "START",
        "ANGLE_UNIT",
        "NORTH",
        "DECLINATION",
        "DECLINATION_FIELD",
        "DATE_FIELD",
        "ADJUST",
        "CLOSURE_TOLERANCE",
        "OUTPUT",
        "OUTPUT_POINTS",
    }
    assert algorithm.group() == "Minefield records" and algorithm.groupId() == "records"
    assert algorithm.parameterDefinition("CLOSURE_TOLERANCE").defaultValue() == 5.0
    declination = algorithm.parameterDefinition("DECLINATION")
    assert declination.defaultValue() is None  # no default: never 0 silently
    assert declination.flags() & QgsProcessingParameterDefinition.FlagOptional
    date_field = algorithm.parameterDefinition("DATE_FIELD")
    assert date_field.defaultValue() == "record_date"
    assert date_field.flags() & QgsProcessingParameterDefinition.FlagOptional
    help_text = algorithm.shortHelpString()
    for words in ("Bowditch", "IGRF", "12-50", "survey_point", "outside_area", "28408"):
        assert words in help_text


# --- the sample records -----------------------------------------------------------------------


def test_sample_minefield_records_rebuild(provider, feedback):
    uri = f"{(SAMPLE / 'traverse_legs.csv').as_uri()}?type=csv&geomType=none&detectTypes=yes"
    legs = QgsVectorLayer(uri, "legs", "delimitedtext")
    start = QgsVectorLayer(str(SAMPLE / "minefield_starts.geojson"), "starts", "ogr")
    assert legs.isValid() and start.isValid()
    result = run(
        {
            "LEGS": legs,
            "START": start,
            "DECLINATION_FIELD": "declination",
            "OUTPUT": "memory:",
            "OUTPUT_POINTS": "memory:",
        },
        feedback,
    )
    record_ids = {f["record_id"] for f in legs.getFeatures()}
    records = by_id(result["OUTPUT"])
    assert len(records) == len(record_ids) == start.featureCount() == result["RECORDS"]
    assert result["FAILED"] == 0
    assert result["OUTPUT"].crs().authid() == "EPSG:4326"
    for record_id, record in records.items():
        assert math.isfinite(record["closure_error_m"]), record_id
        assert record["area_m2"] > 1000
        assert record["document_ref"]  # copied from START
    assert records["MFR-003"]["closure_error_m"] > 30  # the misread distance (README)
    assert not records["MFR-003"]["closure_ok"]
    closing = ("MFR-001", "MFR-002", "MFR-004", "MFR-005")
    assert all(records[r]["closure_error_m"] < 10 for r in closing)
    assert result["OUTPUT_POINTS"].featureCount() == legs.featureCount() + len(record_ids)
    # Declinations: the records' own (field), none for grid and true records, and the IGRF
    # for the Soviet form MFR-005 (no declination on it; its date and reference point).
    sources = {r: (f["declination_source"], f["declination_deg"]) for r, f in records.items()}
    assert sources["MFR-001"] == (NULL, NULL) and sources["MFR-004"] == (NULL, NULL)
    assert sources["MFR-002"] == ("field", 5.3) and sources["MFR-003"] == ("field", 5.6)
    soviet = records["MFR-005"]
    assert soviet["declination_source"] == "igrf"
    first = points_of(result, "MFR-005")[0]
    lon, lat = xy(first)
    igrf = magnetic_declination(lon, lat, datetime.date(1993, 6, 15))
    assert soviet["declination_deg"] == pytest.approx(igrf, abs=0.01)
    assert soviet["declination_deg"] == pytest.approx(4.64, abs=0.01)
    assert soviet["closure_error_m"] < 2 and soviet["closure_ok"]
    assert first["entered_as"] == "X=4424425 Y=8675762"  # as the form gives it (GK zone 8)
    legs_005 = points_of(result, "MFR-005")[1:]
    assert [p["bearing"] for p in legs_005][:3] == [906.0, 1107.0, 983.0]  # "9-06", …
    assert legs_005[0]["entered_as"] == "9-06 mil6000 magnetic 178 m"
    assert "MFR-005: magnetic declination +4.64° east, source igrf" in feedback.text()


def test_duplicate_start_and_legs_without_record_id(provider, legs_layer, start_layer, feedback):
    from qgis.core import QgsFeature

    rows = square_legs("A") + square_legs("B")
    rows[0] = {**rows[0], "record_id": None}  # a leg of A that names no record
    start = start_layer({"A": (X0, Y0), "B": (X0 + 500, Y0)})
    twin = QgsFeature(start.fields())
    twin.setGeometry(QgsGeometry.fromWkt(f"POINT({X0 + 600} {Y0})"))
    twin["record_id"] = "B"
    start.dataProvider().addFeatures([twin])
    result = run({"LEGS": legs_layer(rows), "START": start, "OUTPUT": "memory:"}, feedback)
    # A lost its approach leg (seq 1): it is still computed, from the reference point straight
    # to TP2, and its last point (on the reference point) misses TP2 by 100 m.
    assert list(by_id(result["OUTPUT"])) == ["A"]
    assert by_id(result["OUTPUT"])["A"]["closure_error_m"] == pytest.approx(100.0, abs=1e-6)
    assert result["FAILED"] == 1
    assert "1 leg(s) without record_id" in feedback.text()
    assert any("B" in m and "2 START points" in m for m in feedback.messages)


def test_cancelled_run_writes_nothing(provider, legs_layer, start_layer, feedback):
    feedback.cancel()
    rows = square_legs("A")
    start = start_layer({"A": (X0, Y0)})
    try:
        result = run({"LEGS": legs_layer(rows), "START": start, "OUTPUT": "memory:"}, feedback)
    except QgsProcessingException:  # a newer Processing may refuse a cancelled run itself
        return
    assert result == {}  # stopped before the first record


# --- issue 14: declination by record, dates, GK starts, adjustment, area, text bearings ------

DECLINATION_LEG_FIELDS = {**LEG_FIELDS, "declination_deg": float}


def first_side_bearing(result, record_id, crs=UTM):
    """The geodesic azimuth of the record's first side (TP1 -> TP2) of a square."""
    points = [xy(p) for p in points_of(result, record_id)]
    return ellipsoidal_bearing(points[1], points[2], crs)


def lonlat(point, crs=UTM):
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem(crs),
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsProject.instance(),
    )
    p = transform.transform(QgsPointXY(*point))
    return p.x(), p.y()


def dated_start_layer(records, date_type=QVariant.String, crs=UTM):
    """START points with record_id and record_date of ``date_type``: id -> (x, y, date)."""
    layer = QgsVectorLayer(f"Point?crs={crs}", "starts", "memory")
    layer.dataProvider().addAttributes(
        [QgsField("record_id", QVariant.String), QgsField("record_date", date_type)]
    )
    layer.updateFields()
    features = []
    for record_id, (x, y, day) in records.items():
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feature["record_id"] = record_id
        feature["record_date"] = day
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_declination_per_record_with_its_source(provider, legs_layer, start_layer, feedback):
    own = square_legs("LEGS", north="magnetic")
    for row in own:
        row["declination_deg"] = 4.0
    mixed = square_legs("MIXED", north="magnetic")
    mixed[1]["declination_deg"] = 6.0  # TP1 -> TP2 with its own value, the others DECLINATION
    rows = (
        square_legs("ENTERED", north="magnetic")
        + square_legs("FIELD", north="magnetic")
        + own
        + mixed
        + square_legs("GRID")
    )
    start = start_layer(
        {
            "ENTERED": (X0, Y0, {"decl": None}),
            "FIELD": (X0 + 1000, Y0, {"decl": 3.0}),
            "LEGS": (X0 + 2000, Y0, {"decl": 3.0}),  # the legs' own value wins
            "GRID": (X0 + 3000, Y0, {"decl": 3.0}),
            "MIXED": (X0 + 4000, Y0, {"decl": None}),
        },
        fields={"record_id": str, "decl": float},
    )
    result = run(
        {
            "LEGS": legs_layer(rows, fields=DECLINATION_LEG_FIELDS),
            "START": start,
            "DECLINATION": 5.0,
            "DECLINATION_FIELD": "decl",
            "OUTPUT": "memory:",
            "OUTPUT_POINTS": "memory:",
        },
        feedback,
    )
    records = by_id(result["OUTPUT"])
    assert {r: (f["declination_source"], f["declination_deg"]) for r, f in records.items()} == {
        "ENTERED": ("entered", 5.0),
        "FIELD": ("field", 3.0),
        "LEGS": ("field", 4.0),
        "GRID": (NULL, NULL),
        "MIXED": ("entered", 5.0),
    }
    assert first_side_bearing(result, "MIXED") == pytest.approx(96.0, abs=1e-4)
    mixed_points = [xy(p) for p in points_of(result, "MIXED")]
    assert ellipsoidal_bearing(mixed_points[2], mixed_points[3]) == pytest.approx(185.0, abs=1e-4)
    for record_id, declination in (("ENTERED", 5.0), ("FIELD", 3.0), ("LEGS", 4.0)):
        assert first_side_bearing(result, record_id) == pytest.approx(90 + declination, abs=1e-4)
    text = feedback.text()
    assert "ENTERED: magnetic declination +5.00° east, source entered" in text
    assert "FIELD: magnetic declination +3.00° east, source field (START's field decl)" in text
    assert (
        "LEGS: magnetic declination +4.00° east, source field (its legs' declination_deg)" in text
    )
    assert not any("GRID: magnetic" in m for m in feedback.messages)
    assert "MIXED: magnetic declination +5.00° east, source entered (the DECLINATION " in text
    assert "1 leg(s) with their own declination_deg" in text
    for point in points_of(result, "ENTERED"):
        assert point["outside_area"] in (False, 0)


def test_igrf_declination_by_date_and_place_and_refusals_by_id(provider, legs_layer, feedback):
    dates = {
        "ISO": "1993-06-15",
        "DOTTED": "15.06.1993",
        "MONTH": "1993-06",
        "RECENT": "2020-12-15",
        "NODATE": None,
        "AMBIGUOUS": "03/04/1993",
        "FUTURE": "2999-01-01",
        "OLD": "1850-06-01",
        "WORDS": "summer 1993",
    }
    start = dated_start_layer(
        {rid: (X0 + 1000 * k, Y0 + 500 * k, day) for k, (rid, day) in enumerate(dates.items())}
    )
    rows = [leg for rid in dates for leg in square_legs(rid, north="magnetic")]
    result = run(
        {
            "LEGS": legs_layer(rows),
            "START": start,
            "OUTPUT": "memory:",
            "OUTPUT_POINTS": "memory:",
        },
        feedback,
    )
    records = by_id(result["OUTPUT"])
    assert sorted(records) == ["DOTTED", "ISO", "MONTH", "RECENT"]
    assert (result["RECORDS"], result["FAILED"]) == (4, 5)
    for record_id, day in (
        ("ISO", datetime.date(1993, 6, 15)),
        ("DOTTED", datetime.date(1993, 6, 15)),
        ("MONTH", datetime.date(1993, 6, 15)),
        ("RECENT", datetime.date(2020, 12, 15)),
    ):
        record = records[record_id]
        lon, lat = lonlat(xy(points_of(result, record_id)[0]))
        expected = magnetic_declination(lon, lat, day)
        assert record["declination_source"] == "igrf"
        assert record["declination_deg"] == pytest.approx(expected, abs=0.01)
        assert first_side_bearing(result, record_id) == pytest.approx(90 + expected, abs=1e-3)
        if record_id != "MONTH":  # a month is no day: record_date stays empty
            assert record["record_date"] == QDate(day.year, day.month, day.day)
    assert records["MONTH"]["record_date"] == NULL
    assert 4.5 < records["ISO"]["declination_deg"] < 4.8  # near Aghdam, June 1993
    assert 6.2 < records["RECENT"]["declination_deg"] < 6.4  # December 2020
    text = feedback.text()
    assert "ISO: magnetic declination +4.6" in text and "on 1993-06-15" in text
    assert any("MONTH" in m and "month only" in m for m in feedback.messages)

    def refusal(record_id):
        return next(m for m in feedback.messages if m.startswith(f"Record {record_id}:"))

    assert "DECLINATION" in refusal("NODATE") and "DATE_FIELD" in refusal("NODATE")
    assert "'03/04/1993'" in refusal("AMBIGUOUS") and "day/month" in refusal("AMBIGUOUS")
    assert "future" in refusal("FUTURE")
    assert "1850-06-01" in refusal("OLD") and "outside the IGRF" in refusal("OLD")
    assert "'summer 1993'" in refusal("WORDS") and "15.06.1993" in refusal("WORDS")


@pytest.mark.parametrize(
    "date_type, value",
    [
        (QVariant.Date, QDate(1993, 6, 15)),
        (QVariant.DateTime, QDateTime(QDate(1993, 6, 15), QTime(10, 0))),
    ],
)
def test_date_fields_of_date_type(provider, legs_layer, date_type, value):
    start = dated_start_layer({"A": (X0, Y0, value)}, date_type)
    result = run(
        {
            "LEGS": legs_layer(square_legs("A", north="magnetic")),
            "START": start,
            "OUTPUT": "memory:",
        }
    )
    record = by_id(result["OUTPUT"])["A"]
    lon, lat = lonlat((X0, Y0))
    assert record["declination_source"] == "igrf"
    assert record["declination_deg"] == pytest.approx(
        magnetic_declination(lon, lat, datetime.date(1993, 6, 15)), abs=1e-6
    )


def test_date_field_choices(provider, legs_layer, start_layer):
    legs = legs_layer(square_legs("A"))
    start = start_layer({"A": (X0, Y0, {"year": 1993})}, fields={"record_id": str, "year": int})
    # The default record_date may be absent: a grid record needs no date.
    result = run({"LEGS": legs, "START": start, "OUTPUT": "memory:"})
    assert result["RECORDS"] == 1
    with pytest.raises(QgsProcessingException, match="DATE_FIELD year holds"):
        run({"LEGS": legs, "START": start, "DATE_FIELD": "year", "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="no field surveyed_on"):
        run({"LEGS": legs, "START": start, "DATE_FIELD": "surveyed_on", "OUTPUT": "memory:"})


GK_X, GK_Y = 4430293.0, 8664944.0  # Pulkovo 1942 / GK zone 8: X north, Y east with the zone


def test_gauss_kruger_start_uses_the_best_transformation(
    provider, legs_layer, make_layer, feedback
):
    """A START layer in EPSG:28408: the work is done in its own grid (a Soviet record's grid
    bearings are on it), and every datum change goes through PROJ's best transformation for
    the place, Pulkovo 1942 to WGS 84 (16), never the ~100 m ballpark."""
    from pyproj import Transformer

    gk = make_layer(
        "Point",
        "EPSG:28408",
        [(f"POINT({GK_Y} {GK_X})", {"record_id": "GK", "record_date": "1993-06-15"})],
    )
    legs = legs_layer(square_legs("GK", north="magnetic"))
    result = run(
        {"LEGS": legs, "START": gk, "OUTPUT": "memory:", "OUTPUT_POINTS": "memory:"}, feedback
    )
    assert result["RECORDS"] == 1
    assert result["OUTPUT"].crs().authid() == "EPSG:28408"
    assert "Working CRS: EPSG:28408" in feedback.text()
    assert "Pulkovo 1942 to WGS 84 (16)" in feedback.text()
    first = points_of(result, "GK")[0]
    assert xy(first) == pytest.approx((GK_Y, GK_X), abs=1e-6)
    # Where the start lands in UTM 38N: QGIS (with the project's context) as pyproj.
    expected = Transformer.from_crs("EPSG:28408", "EPSG:32638", always_xy=True).transform(
        GK_Y, GK_X
    )
    to_utm = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:28408"),
        QgsCoordinateReferenceSystem(UTM),
        QgsProject.instance(),
    )
    landed = to_utm.transform(QgsPointXY(*xy(first)))
    assert math.dist((landed.x(), landed.y()), expected) < 0.5
    # The IGRF declination at the start's WGS 84 position (pyproj's best transformation).
    lon, lat = Transformer.from_crs("EPSG:28408", "EPSG:4326", always_xy=True).transform(GK_Y, GK_X)
    record = by_id(result["OUTPUT"])["GK"]
    assert record["declination_deg"] == pytest.approx(
        magnetic_declination(lon, lat, datetime.date(1993, 6, 15)), abs=0.01
    )
    assert record["closure_error_m"] < 0.01


def test_pulkovo_geographic_start_is_converted_into_utm(provider, legs_layer, make_layer, feedback):
    from pyproj import Transformer

    lon, lat = Transformer.from_crs("EPSG:28408", "EPSG:4284", always_xy=True).transform(GK_Y, GK_X)
    start = make_layer("Point", "EPSG:4284", [(f"POINT({lon} {lat})", {"record_id": "P42"})])
    result = run(
        {
            "LEGS": legs_layer(square_legs("P42")),
            "START": start,
            "OUTPUT": "memory:",
            "OUTPUT_POINTS": "memory:",
        },
        feedback,
    )
    assert "Working CRS: EPSG:32638" in feedback.text()
    assert "Pulkovo 1942 to WGS 84 (16)" in feedback.text()
    first = points_of(result, "P42")[0]
    expected = Transformer.from_crs("EPSG:28408", "EPSG:32638", always_xy=True).transform(
        GK_Y, GK_X
    )
    assert math.dist((first["easting"], first["northing"]), expected) < 0.5


def test_adjust_without_a_closing_end_leg_keeps_every_corner(
    provider, legs_layer, start_layer, feedback
):
    rows = square_legs("OPEN", last_distance=97.0)
    rows[-1]["point_type"] = "turning"  # a corner 3 m short of TP1, not a closing leg
    params = {
        "LEGS": legs_layer(rows),
        "START": start_layer({"OPEN": (X0, Y0)}),
        "OUTPUT": "memory:",
        "OUTPUT_POINTS": "memory:",
    }
    raw = run(params)
    asked = run({**params, "ADJUST": 1}, feedback)
    record = by_id(asked["OUTPUT"])["OPEN"]
    assert record["adjusted"] in (False, 0)
    assert "OPEN: not adjusted: no closing end leg" in feedback.text()
    assert len(ring(record)) == 6  # 5 corners and the closing vertex: none lost
    assert same_shape(record.geometry(), by_id(raw["OUTPUT"])["OPEN"].geometry(), 1e-9)
    assert [xy(p) for p in points_of(asked, "OPEN")] == [xy(p) for p in points_of(raw, "OPEN")]
    assert record["closure_error_m"] == pytest.approx(3.0, abs=1e-6)


def test_end_point_within_the_closure_tolerance_is_the_start(provider, legs_layer, start_layer):
    params = {
        "LEGS": legs_layer(square_legs("A", last_distance=99.99)),  # ends 1 cm short
        "START": start_layer({"A": (X0, Y0)}),
        "CLOSURE_TOLERANCE": 5.0,
        "OUTPUT": "memory:",
    }
    record = by_id(run(params)["OUTPUT"])["A"]
    assert len(ring(record)) == 5  # no second vertex 1 cm from TP1
    assert record["closure_error_m"] == pytest.approx(0.01, abs=1e-6)
    strict = by_id(run({**params, "CLOSURE_TOLERANCE": 0.0})["OUTPUT"])["A"]
    assert len(ring(strict)) == 6


def test_records_outside_the_programmes_area_are_flagged(
    provider, legs_layer, start_layer, feedback
):
    """Without a database, the area is the area of use of START's CRS: UTM zone 38N."""
    start = start_layer({"NEAR": (X0, Y0), "FAR": (100_000.0, Y0)})  # FAR: about 40.3° E
    rows = square_legs("NEAR") + square_legs("FAR")
    result = run(
        {"LEGS": legs_layer(rows), "START": start, "OUTPUT": "memory:", "OUTPUT_POINTS": "memory:"},
        feedback,
    )
    records = by_id(result["OUTPUT"])
    assert sorted(records) == ["FAR", "NEAR"]  # flagged, never dropped
    assert records["FAR"]["outside_area"] and not records["NEAR"]["outside_area"]
    assert all(p["outside_area"] for p in points_of(result, "FAR"))
    assert not any(p["outside_area"] for p in points_of(result, "NEAR"))
    warning = next(m for m in feedback.messages if m.startswith("Record FAR:"))
    assert "6 of its 6 points lie outside the programme's area" in warning
    assert "42.00° E to 48.00° E" in warning and "km outside" in warning


def test_survey_points_of_a_database_as_start(provider, new_gpkg, legs_layer, feedback):
    """START = the database's survey_point layer: owner_id names the record, the first point
    (reference, benchmark or start, lowest seq) of each record with legs is taken; the
    programme's area is the districts' extent plus 10 km."""
    from landrelease.storage import database

    points = QgsVectorLayer(database.layer_uri(str(new_gpkg), "survey_point"), "sp", "ogr")
    districts = QgsVectorLayer(database.layer_uri(str(new_gpkg), "district"), "d", "ogr")
    assert points.isValid() and districts.isValid()
    district = QgsFeature(districts.fields())
    district["code"], district["name"] = "AGD", "Ağdam"
    box = f"{X0 - 10000} {Y0 - 10000}, {X0 + 10000} {Y0 - 10000}, {X0 + 10000} {Y0 + 10000}"
    district.setGeometry(
        QgsGeometry.fromWkt(
            f"MULTIPOLYGON((({box}, {X0 - 10000} {Y0 + 10000}, {X0 - 10000} {Y0 - 10000})))"
        )
    )
    assert districts.dataProvider().addFeatures([district])[0]

    def point(owner, point_type, seq, x, y):
        feature = QgsFeature(points.fields())
        feature["owner_id"], feature["point_type"], feature["seq"] = owner, point_type, seq
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        return feature

    assert points.dataProvider().addFeatures(
        [
            point("MFR-A", "turning", 3, X0 + 500, Y0),  # a later point of the record
            point("MFR-A", "reference", 0, X0, Y0),
            point("HAZ-1", "reference", 0, X0 + 3000, Y0),  # a hazard's point: no legs
            point("MFR-FAR", "benchmark", 0, X0 + 40_000, Y0),  # 30 km beyond the districts
            point("MFR-TWO", "reference", 0, X0 + 1000, Y0),
            point("MFR-TWO", "benchmark", 0, X0 + 1100, Y0),
        ]
    )[0]
    rows = square_legs("MFR-A") + square_legs("MFR-FAR") + square_legs("MFR-TWO")
    result = run(
        {
            "LEGS": legs_layer(rows),
            "START": points,
            "OUTPUT": "memory:",
            "OUTPUT_POINTS": "memory:",
        },
        feedback,
    )
    records = by_id(result["OUTPUT"])
    assert sorted(records) == ["MFR-A", "MFR-FAR"]
    assert same_shape(records["MFR-A"].geometry(), polygon(SQUARE), 1e-6)
    assert points_of(result, "MFR-A")[0]["point_type"] == "reference"
    assert points_of(result, "MFR-FAR")[0]["point_type"] == "benchmark"
    assert not records["MFR-A"]["outside_area"] and records["MFR-FAR"]["outside_area"]
    assert "districts' extent plus 10 km" in feedback.text()
    assert any(m.startswith("Record MFR-TWO: 2 START points") for m in feedback.messages)
    assert not any("HAZ-1" in m for m in feedback.messages)
    assert result["FAILED"] == 1


def test_survey_point_start_takes_date_and_declination_from_its_record(
    provider, new_gpkg, legs_layer, feedback
):
    """With START the survey_point layer, each record's date and stored declination come from
    its minefield_record row: a record typed by hand can be recomputed as it was saved."""
    from pyproj import Transformer

    from landrelease.storage import database

    uri = functools.partial(database.layer_uri, str(new_gpkg))
    points = QgsVectorLayer(uri("survey_point"), "sp", "ogr")
    records = QgsVectorLayer(uri("minefield_record"), "mr", "ogr")

    def point(owner):
        feature = QgsFeature(points.fields())
        feature["owner_id"], feature["point_type"], feature["seq"] = owner, "reference", 0
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(X0, Y0)))
        return feature

    def record(record_id, day, declination=None, source=None):
        feature = QgsFeature(records.fields())
        feature["record_id"], feature["record_date"] = record_id, QDate(*day)
        feature["declination_deg"], feature["declination_source"] = declination, source
        feature["document_ref"] = f"Form {record_id}"
        return feature

    ids = ("IGRF", "TYPED", "NONE", "COMMA")
    assert points.dataProvider().addFeatures([point(r) for r in ids])[0]
    assert records.dataProvider().addFeatures(
        [record("IGRF", (1993, 6, 15)), record("TYPED", (1993, 6, 15), 5.5, "entered"),
         record("COMMA", (1993, 6, 15), 6.0, "entered")]
    )[0]  # fmt: skip
    from osgeo import ogr

    dataset = ogr.Open(str(new_gpkg), 1)  # another program types '6,5' (QGIS would read 6)
    dataset.ExecuteSQL(
        "UPDATE minefield_record SET declination_deg = '6,5' WHERE record_id = 'COMMA'"
    )
    dataset = None
    rows = [{**row, "north": "magnetic"} for rid in ids for row in square_legs(rid)]
    result = run({"LEGS": legs_layer(rows), "START": points, "OUTPUT": "memory:"}, feedback)
    found = by_id(result["OUTPUT"])
    assert sorted(found) == ["COMMA", "IGRF", "TYPED"]
    assert found["COMMA"]["declination_deg"] == pytest.approx(6.5)
    lon, lat = Transformer.from_crs(UTM, "EPSG:4326", always_xy=True).transform(X0, Y0)
    expected = magnetic_declination(lon, lat, datetime.date(1993, 6, 15))
    assert found["IGRF"]["declination_source"] == "igrf"
    assert found["IGRF"]["declination_deg"] == pytest.approx(expected, abs=1e-6)
    assert found["TYPED"]["declination_source"] == "entered"
    assert found["TYPED"]["declination_deg"] == pytest.approx(5.5)
    assert found["TYPED"]["document_ref"] == "Form TYPED"
    assert "3 record(s) completed from the database's minefield_record layer" in feedback.text()
    assert any(m.startswith("Record NONE:") and "no declination" in m for m in feedback.messages)


def test_bearings_as_text_in_legs(provider, legs_layer, start_layer, feedback):
    """A CSV read by OGR gives text: each bearing is read as written, in its leg's unit."""
    text_fields = {**LEG_FIELDS, "bearing": str}
    soviet = square_legs("SOVIET", ("0-00", "15-00", "30-00", "45-00"), unit="mil6000")
    quadrant = square_legs("QUADRANT", ("N0E", "S90E", "S0W", "N90W"), unit="deg")
    dms = square_legs("DMS", ("0°00'", "90°00'00\"", "180 00 00", "270 гр. 0 мин."), unit="deg")
    bad = square_legs("BAD", ("0-00", "15-00", "12-150", "45-00"), unit="mil6000")
    wrong_unit = square_legs("DEGREES", ("0-00", "15-00", "30-00", "45-00"), unit="deg")
    starts = {"SOVIET": (X0, Y0), "QUADRANT": (X0, Y0), "DMS": (X0, Y0)}
    starts.update({"BAD": (X0, Y0), "DEGREES": (X0, Y0)})
    result = run(
        {
            "LEGS": legs_layer(soviet + quadrant + dms + bad + wrong_unit, fields=text_fields),
            "START": start_layer(starts),
            "OUTPUT": "memory:",
            "OUTPUT_POINTS": "memory:",
        },
        feedback,
    )
    records = by_id(result["OUTPUT"])
    assert sorted(records) == ["DMS", "QUADRANT", "SOVIET"]
    for record in records.values():
        assert same_shape(record.geometry(), polygon(SQUARE), 1e-6)
    tp2 = points_of(result, "SOVIET")[2]
    assert (tp2["bearing"], tp2["entered_as"]) == (1500.0, "15-00 mil6000 grid 100 m")
    bad_message = next(m for m in feedback.messages if m.startswith("Record BAD"))
    assert bad_message.startswith("Record BAD, leg 3:") and "'12-150'" in bad_message
    degrees = next(m for m in feedback.messages if m.startswith("Record DEGREES"))
    assert "leg 1" in degrees and "mil6000" in degrees


def test_bad_input_is_refused_with_a_message(
    provider, legs_layer, start_layer, make_layer, feedback
):
    rows = square_legs("LONG") + square_legs("TEXTSEQ") + square_legs("NAN")
    rows[2]["distance_m"] = 1e9  # LONG, seq 3
    legs = legs_layer(rows)
    text_seq = [dict(row, seq=str(row["seq"])) for row in square_legs("TEXTSEQ")]
    text_seq[1]["seq"] = "two"
    start = start_layer({"LONG": (X0, Y0), "TEXTSEQ": (X0, Y0)})
    nan = QgsFeature(start.fields())
    nan.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(math.nan, math.nan)))
    nan["record_id"] = "NAN"
    start.dataProvider().addFeatures([nan])
    result = run(
        {
            "LEGS": legs_layer(
                [r for r in rows if r["record_id"] != "TEXTSEQ"] + text_seq,
                fields={**LEG_FIELDS, "seq": str},
            ),
            "START": start,
            "OUTPUT": "memory:",
        },
        feedback,
    )
    assert (result["RECORDS"], result["FAILED"]) == (0, 3), feedback.text()
    text = feedback.text()
    assert "Record LONG, leg 3: the distance 1000000000 m is longer than any leg" in text
    assert "Record TEXTSEQ: a leg has no whole sequence number (seq is 'two')" in text
    assert "Record NAN: the start point cannot be placed" in text
    with pytest.raises(QgsProcessingException, match="LEGS has no rows"):
        run({"LEGS": legs_layer([]), "START": start, "OUTPUT": "memory:"})
    line = make_layer(
        "LineString", UTM, [(f"LINESTRING({X0} {Y0}, {X0 + 1} {Y0})", {"record_id": "A"})]
    )
    with pytest.raises(QgsProcessingException):
        run({"LEGS": legs, "START": line, "OUTPUT": "memory:"})


# --- the batch writing and transforming helpers ------------------------------------------------


def test_uuid4_texts_are_random_version_4_uuids():
    import uuid

    from landrelease.qgis_io.traverse_output import uuid4_texts

    texts = uuid4_texts(5000)
    assert len(set(texts)) == 5000
    for text in texts:
        parsed = uuid.UUID(text)
        assert str(parsed) == text and parsed.version == 4
        assert parsed.variant == uuid.RFC_4122
    assert uuid4_texts(0) == []


def test_point_wkb_is_the_point_qgis_makes():
    from landrelease.qgis_io.traverse_output import point_wkb

    for x, y in ((640000.125, 4425000.5), (-1.5e-300, 7.0), (math.nan, math.inf)):
        expected = QgsGeometry.fromPointXY(QgsPointXY(x, y))
        geometry = QgsGeometry()
        geometry.fromWkb(point_wkb(x, y))
        assert bytes(geometry.asWkb()) == bytes(expected.asWkb())


def test_transform_points_as_point_by_point():
    from landrelease.qgis_io.traverse_input import strict_transform, transform_points

    context = QgsProcessingContext()
    to_lonlat = strict_transform(
        QgsCoordinateReferenceSystem(UTM), QgsCoordinateReferenceSystem("EPSG:4326"), context
    )
    rng = random.Random(3)
    xs = [X0 + rng.uniform(-3e5, 3e5) for _ in range(500)]
    ys = [Y0 + rng.uniform(-3e5, 3e5) for _ in range(500)]
    lons, lats = transform_points(to_lonlat, xs, ys)
    for x, y, lon, lat in zip(xs, ys, lons.tolist(), lats.tolist()):
        point = to_lonlat.transform(QgsPointXY(x, y))
        assert (lon, lat) == (point.x(), point.y())
    # A point that cannot be placed is NaN, the others as they are one by one.
    lons, lats = transform_points(to_lonlat, [X0, math.nan, 1e30], [Y0, Y0, Y0])
    assert math.isnan(lons[1]) and math.isnan(lats[1])
    point = to_lonlat.transform(QgsPointXY(X0, Y0))
    assert (lons[0], lats[0]) == (point.x(), point.y())
    assert len(transform_points(to_lonlat, [], [])[0]) == 0


def test_geopackage_legs_with_text_in_number_fields_are_read_as_written(
    provider, start_layer, feedback, tmp_path
):
    """A GeoPackage traverse_leg table filled by another program: '15-00' (mils, as Soviet
    records write them) and '100,5' in REAL columns. QGIS would read 15 and 100; the plugin
    reads the text as written: the mils give the square, the decimal comma 100.5 m (a record
    that then misses closing by half a metre, as its legs say)."""
    from osgeo import ogr

    path = tmp_path / "legs.gpkg"
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    table = dataset.CreateLayer("traverse_leg", None, ogr.wkbNone, options=["FID=leg_fid"])
    for name, kind in LEG_FIELDS.items():
        table.CreateField(
            ogr.FieldDefn(name, {int: ogr.OFTInteger, float: ogr.OFTReal}.get(kind, ogr.OFTString))
        )
    rows = square_legs("MILS", MIL6000, unit="mil6000") + square_legs("COMMA")
    for row in rows:
        feature = ogr.Feature(table.GetLayerDefn())
        for name, value in row.items():
            if value is not None:
                feature.SetField(name, value)
        table.CreateFeature(feature)
    dataset.ExecuteSQL(
        "UPDATE traverse_leg SET bearing = '15-00' WHERE record_id = 'MILS' AND seq = 2"
    )
    dataset.ExecuteSQL(
        "UPDATE traverse_leg SET distance_m = '100,5' WHERE record_id = 'COMMA' AND seq = 3"
    )
    dataset = None
    legs = QgsVectorLayer(f"{path}|layername=traverse_leg", "legs", "ogr")
    start = start_layer({"MILS": (X0, Y0), "COMMA": (X0 + 500, Y0), "DEG": (X0 + 1000, Y0)})
    result = run(
        {"LEGS": legs, "START": start, "OUTPUT": "memory:", "OUTPUT_POINTS": "memory:"}, feedback
    )
    records = by_id(result["OUTPUT"])
    assert list(records) == ["MILS", "COMMA"] and result["FAILED"] == 1  # DEG: no legs
    assert records["MILS"]["area_m2"] == pytest.approx(10000, rel=2e-3)
    assert records["MILS"]["closure_error_m"] == pytest.approx(0, abs=0.001)
    assert points_of(result, "MILS")[2]["entered_as"].startswith("15-00 mil6000")
    assert records["COMMA"]["closure_error_m"] == pytest.approx(0.5, abs=0.002)
    assert points_of(result, "COMMA")[3]["distance_m"] == pytest.approx(100.5)


def gpkg_start_with_texts(folder, name, kind, value, texts: dict) -> QgsVectorLayer:
    """A GeoPackage START of records A and B (X0 and X0 + 1000 m east) with a field ``name`` of
    the OGR type ``kind`` holding ``value``, then the text ``texts[record]`` stored over it by
    SQL, as another program would."""
    from osgeo import ogr, osr

    path = folder / "start.gpkg"
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32638)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    table = dataset.CreateLayer("start", srs, ogr.wkbPoint)
    table.CreateField(ogr.FieldDefn("record_id", ogr.OFTString))
    table.CreateField(ogr.FieldDefn(name, kind))
    for rid, x in (("A", X0), ("B", X0 + 1000)):
        feature = ogr.Feature(table.GetLayerDefn())
        feature.SetField("record_id", rid)
        feature.SetField(name, value)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({x} {Y0})"))
        table.CreateFeature(feature)
    for rid, text in texts.items():
        dataset.ExecuteSQL(f"UPDATE start SET {name} = '{text}' WHERE record_id = '{rid}'")
    dataset = None
    return QgsVectorLayer(f"{path}|layername=start", "start", "ogr")


def test_geopackage_start_with_a_declination_typed_as_text_is_read_as_written(
    provider, legs_layer, feedback, tmp_path
):
    """START in a GeoPackage whose REAL declination field holds text another program wrote:
    '5,5' is 5.5° (QGIS would read 5), '5°30′' is refused by record (QGIS: 5)."""
    from osgeo import ogr

    start = gpkg_start_with_texts(tmp_path, "decl", ogr.OFTReal, 5.0, {"A": "5,5", "B": "5°30′"})
    legs = legs_layer(square_legs("A", north="magnetic") + square_legs("B", north="magnetic"))
    result = run(
        {"LEGS": legs, "START": start, "DECLINATION_FIELD": "decl", "OUTPUT": "memory:",
         "OUTPUT_POINTS": "memory:"},
        feedback,
    )  # fmt: skip
    a = [xy(p) for p in points_of(result, "A")]
    assert ellipsoidal_bearing(a[1], a[2]) == pytest.approx(95.5, abs=1e-4)
    assert list(by_id(result["OUTPUT"])) == ["A"] and result["FAILED"] == 1
    assert any("B" in m and "5°30′" in m for m in feedback.messages)


def test_geopackage_start_with_a_record_date_typed_as_text_is_read_as_written(
    provider, legs_layer, feedback, tmp_path
):
    """A DATE field of a GeoPackage START holding '15.06.1993' and '31.02.1993', written by
    another program: QGIS reads NULL (a record without a date); the plugin reads the text:
    the first gives the IGRF declination of that day, the second is refused by record."""
    from osgeo import ogr
    from pyproj import Transformer

    texts = {"A": "15.06.1993", "B": "31.02.1993"}
    start = gpkg_start_with_texts(tmp_path, "record_date", ogr.OFTDate, "1990-01-01", texts)
    legs = legs_layer(square_legs("A", north="magnetic") + square_legs("B", north="magnetic"))
    result = run({"LEGS": legs, "START": start, "OUTPUT": "memory:"}, feedback)
    found = by_id(result["OUTPUT"])
    assert list(found) == ["A"] and result["FAILED"] == 1
    lon, lat = Transformer.from_crs(UTM, "EPSG:4326", always_xy=True).transform(X0, Y0)
    expected = magnetic_declination(lon, lat, datetime.date(1993, 6, 15))
    assert found["A"]["declination_source"] == "igrf"
    assert found["A"]["declination_deg"] == pytest.approx(expected, abs=1e-6)
    assert any("B" in m and "31.02.1993" in m for m in feedback.messages)
