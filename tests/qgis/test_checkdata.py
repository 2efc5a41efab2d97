"""landrelease:checkdata through Processing on real layers: every code, a clean GeoPackage, bad
input, geographic input, ids in Azerbaijani and Russian."""

from __future__ import annotations

import datetime
import math
from pathlib import Path

import pytest
from pyproj import Geod, Transformer
from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPoint,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate

from landrelease.processing.checkdata import CheckData
from landrelease.storage import programme

from .conftest import RecordingFeedback

UTM = "EPSG:32638"
X0, Y0 = 640000.0, 4425000.0
AZ, CYR = "SHA-AĞD-0001", "СХА-Шуша-01"
GEOD = Geod(ellps="WGS84")


def run(params, feedback=None, context=None):
    import processing

    if context is None:
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
    return processing.run(CheckData().create(), params, context=context, feedback=feedback)


FIELDS = ["code", "severity", "layer", "feature_id", "input_fid", "message"]


def findings(result):
    """The output features as dicts (NULL as None), with their geometry."""
    return [
        {name: (None if f[name] == NULL else f[name]) for name in FIELDS}
        | {"geometry": f.geometry()}
        for f in result["OUTPUT"].getFeatures()
    ]


def triples(rows):
    return [(r["layer"], r["code"], r["feature_id"]) for r in rows]


def box(x, y, w=100.0, h=None):
    h = w if h is None else h
    x, y = X0 + x, Y0 + y
    return f"POLYGON(({x} {y}, {x + w} {y}, {x + w} {y + h}, {x} {y + h}, {x} {y}))"


def wkt(text, *pairs):
    """``text`` with {0}, {1}… replaced by local (x, y) pairs shifted to X0, Y0."""
    return text.format(*(f"{X0 + x} {Y0 + y}" for x, y in pairs))


def point(x, y):
    return f"POINT({X0 + x} {Y0 + y})"


HAZARD_FIELDS = dict.fromkeys(
    ("hazard_id", "classification", "status", "district", "recorded_on", "status_changed_on"), str
)
RELEASE_FIELDS = dict.fromkeys(
    ("release_id", "hazard_id", "activity", "outcome", "start_date", "end_date"), str
)
EVIDENCE_FIELDS = {"evidence_id": str, "evidence_type": str}


def hazard(hid, classification="SHA", district="AGD", **more):
    values = {
        "hazard_id": hid,
        "classification": classification,
        "status": "open",
        "district": district,
        "recorded_on": "2023-01-01",
        "status_changed_on": "2023-02-01",
    }
    return {**values, **more}


def release(rid, hid, **more):
    values = {
        "release_id": rid,
        "hazard_id": hid,
        "activity": "clearance",
        "outcome": "cleared",
        "start_date": "2023-06-01",
        "end_date": "2023-06-30",
    }
    return {**values, **more}


BOW_TIE = wkt("POLYGON(({0}, {1}, {2}, {3}, {0}))", (1000, 0), (1100, 100), (1100, 0), (1000, 100))
SPIKE = wkt(
    "POLYGON(({0}, {1}, {2}, {3}, {4}, {0}))",
    (4000, 0), (4100, 0), (4100, 100), (4050, 6100), (4000, 100),
)  # fmt: skip
TWO_VERTICES = wkt("POLYGON(({0}, {1}, {0}, {0}))", (16000, 0), (16010, 0))
H09_ROTATED = wkt(
    "POLYGON(({0}, {1}, {2}, {3}, {0}))", (10100, 100), (10000, 100), (10000, 0), (10100, 0)
)


@pytest.fixture
def broken(make_layer):
    hazards = make_layer(
        "Polygon",
        UTM,
        [
            (box(0, 0), hazard("H-01", "CHA")),
            (BOW_TIE, hazard("H-02")),
            (box(2000, 0), hazard("H-03")),
            (box(2200, 0), hazard("H-03")),
            (SPIKE, hazard("H-04")),
            (box(6000, 0), hazard("H-05")),
            (box(6050, 0), hazard("H-06")),
            (box(6149.5, 0), hazard("H-07")),  # 0.5 % on H-06: below the threshold
            (box(8000, 0), hazard("H-08", "CHA")),
            (box(10000, 0), hazard("H-09", district=None)),
            (box(12000, 0), hazard("H-10", classification=None)),
            (box(14000, 0), hazard("H-11", status_changed_on="2022-12-31")),
            (H09_ROTATED, hazard("H-12")),
            (TWO_VERTICES, hazard("H-13")),
            (None, hazard("H-14")),
            (box(18000, 0), hazard(None)),  # fid 16: memory fids start at 1
            (box(20000, 0), hazard(AZ)),
            (box(20050, 0), hazard(CYR)),
        ],
        fields=HAZARD_FIELDS,
    )
    releases = make_layer(
        "Polygon",
        UTM,
        [
            (box(10, 10, 20), release("R-01", "H-01")),
            (box(50, 0, 100, 50), release("R-02", "H-01")),  # 2500 m² outside
            (box(20, 20, 10), release("R-03", "H-99")),
            (box(6000, 0, 150, 100), release("R-04", "H-05")),  # inside H-05 ∪ H-06
            (box(30, 30, 10), release("R-05", "H-01", end_date="2023-05-31")),
            (box(60, 60, 10), release("R-06", "H-01")),
            (box(70, 70, 10), release("R-06", "H-01")),
            (box(5, 70, 10), release("R-07", "H-01", activity="")),
            (box(20010, 10, 10), release("ОР-Шуша-1", "Ханкәнди-7")),
        ],
        fields=RELEASE_FIELDS,
    )
    evidence = make_layer(
        "Point",
        UTM,
        [
            (point(50, 50), {"evidence_id": "E-01", "evidence_type": "visual_mine"}),
            (point(8050, 50), {"evidence_id": "E-02", "evidence_type": "combat_zone"}),
            (point(50.004, 50), {"evidence_id": "E-03", "evidence_type": "visual_mine"}),
            (point(20, 80), {"evidence_id": None, "evidence_type": "visual_erw"}),  # fid 4
            (point(5000, 5000), {"evidence_id": "E-05", "evidence_type": "detonation"}),
            (point(5100, 5000), {"evidence_id": "E-05", "evidence_type": "marking"}),
        ],
        fields=EVIDENCE_FIELDS,
    )
    return {"HAZARDS": hazards, "RELEASES": releases, "EVIDENCE": evidence}


EXPECTED = [
    ("evidence", "duplicate_geometry", "E-03"),
    ("evidence", "duplicate_id", "E-05"),
    ("evidence", "duplicate_id", "E-05"),
    ("evidence", "missing_field", "4"),
    ("hazard", "cha_without_evidence", "H-08"),
    ("hazard", "date_order", "H-11"),
    ("hazard", "duplicate_geometry", "H-12"),
    ("hazard", "duplicate_id", "H-03"),
    ("hazard", "duplicate_id", "H-03"),
    ("hazard", "invalid_geometry", "H-02"),
    ("hazard", "invalid_geometry", "H-14"),
    ("hazard", "long_segment", "H-04"),
    ("hazard", "missing_district", "H-09"),
    ("hazard", "missing_field", "16"),
    ("hazard", "missing_field", "H-10"),
    ("hazard", "overlap", "H-05"),
    ("hazard", "overlap", AZ),
    ("hazard", "too_few_vertices", "H-13"),
    ("land_release", "date_order", "R-05"),
    ("land_release", "duplicate_id", "R-06"),
    ("land_release", "duplicate_id", "R-06"),
    ("land_release", "missing_field", "R-07"),
    ("land_release", "release_larger_than_hazard", "R-04"),
    ("land_release", "release_outside_hazard", "R-02"),
    ("land_release", "unknown_hazard", "R-03"),
    ("land_release", "unknown_hazard", "ОР-Шуша-1"),
]
ALL_CODES = {
    "invalid_geometry", "too_few_vertices", "duplicate_id", "duplicate_geometry", "long_segment",
    "overlap", "release_outside_hazard", "cha_without_evidence", "missing_district",
    "missing_field", "date_order", "release_larger_than_hazard", "unknown_hazard",
}  # fmt: skip


def test_broken_set_every_code(qgis_processing, broken, feedback):
    result = run({**broken, "OUTPUT": "memory:"}, feedback)
    rows = findings(result)
    assert triples(rows) == EXPECTED
    assert {code for _l, code, _i in EXPECTED} == ALL_CODES
    assert result["OUTPUT"].crs().authid() == UTM
    errors = sum(1 for r in rows if r["severity"] == "error")
    assert (result["ERRORS"], result["WARNINGS"]) == (errors, len(rows) - errors)
    assert errors == 19
    text = feedback.text()
    assert "19 error(s), 7 warning(s)." in text
    assert "duplicate_id: 6" in text
    # Memory layers have no edit log: said once.
    assert text.count("log_mismatch not checked: HAZARDS and RELEASES are not layers of a") == 1

    by_id = {(r["code"], r["feature_id"]): r for r in rows}
    assert result["OUTPUT"].fields().names() == FIELDS
    # input_fid is the QGIS feature id of the input feature.
    assert by_id[("duplicate_id", "H-03")]["input_fid"] in (3, 4)
    assert by_id[("missing_field", "16")]["input_fid"] == 16
    assert by_id[("invalid_geometry", "H-14")]["input_fid"] == 15
    assert by_id[("invalid_geometry", "H-14")]["geometry"].isNull()
    # Points: where GEOS reports the problem, on the overlap, else on the feature.
    bow_tie = by_id[("invalid_geometry", "H-02")]
    assert bow_tie["geometry"].asPoint() == QgsPointXY(X0 + 1050, Y0 + 50)
    assert "Self-intersection" in bow_tie["message"]
    assert f"{X0 + 1050:.2f} {Y0 + 50:.2f}" in bow_tie["message"]
    spike = by_id[("long_segment", "H-04")]["geometry"].asPoint()
    assert spike == QgsPointXY(X0 + 4050, Y0 + 6100)
    overlap = by_id[("overlap", "H-05")]
    assert 6050 <= overlap["geometry"].asPoint().x() - X0 <= 6100
    assert "H-05 and H-06 (both SHA) overlap by about 5000 m² (50.0 %" in overlap["message"]
    assert (
        "About 2500 m² (50.0 % of the release)"
        in by_id[("release_outside_hazard", "R-02")]["message"]
    )
    for r in rows:
        assert r["message"] and "{" not in r["message"]


def test_cyrillic_and_azerbaijani_ids_round_trip(qgis_processing, broken):
    rows = findings(run({**broken, "OUTPUT": "memory:"}))
    by_id = {(r["code"], r["feature_id"]): r for r in rows}
    assert f"{AZ} and {CYR}" in by_id[("overlap", AZ)]["message"]
    assert "'Ханкәнди-7'" in by_id[("unknown_hazard", "ОР-Шуша-1")]["message"]


def test_output_to_geopackage(qgis_processing, broken, tmp_path):
    path = tmp_path / "findings.gpkg"
    result = run({**broken, "OUTPUT": str(path)})
    written = QgsVectorLayer(str(path), "findings", "ogr")
    assert written.isValid()
    rows = [(f["layer"], f["code"], f["feature_id"], f["input_fid"]) for f in written.getFeatures()]
    assert [r[:3] for r in rows] == EXPECTED  # every finding, two on the same input feature too
    assert rows[1][3] == 5 and rows[2][3] == 6  # E-05 twice
    assert result["ERRORS"] == 19


def test_geographic_input_gives_the_same_findings(qgis_processing, broken, reproject):
    projected = findings(run({**broken, "OUTPUT": "memory:"}))
    geographic_input = {k: reproject(v, "EPSG:4326") for k, v in broken.items()}
    result = run({**geographic_input, "OUTPUT": "memory:"})
    assert result["OUTPUT"].crs().authid() == "EPSG:4326"
    geographic = findings(result)
    assert triples(geographic) == triples(projected)
    to_utm = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsCoordinateReferenceSystem(UTM),
        QgsProject.instance(),
    )
    for p, g in zip(projected, geographic):
        assert p["geometry"].isNull() == g["geometry"].isNull()
        if not p["geometry"].isNull():
            back = to_utm.transform(g["geometry"].asPoint())
            assert back.distance(p["geometry"].asPoint()) < 0.01, p
        if p["code"] not in ("invalid_geometry",):  # its message holds coordinates
            assert p["message"] == g["message"]


def test_mixed_crs_inputs(qgis_processing, broken, reproject):
    mixed = {**broken, "EVIDENCE": reproject(broken["EVIDENCE"], "EPSG:4326")}
    result = run({**mixed, "OUTPUT": "memory:"})
    assert result["OUTPUT"].crs().authid() == UTM  # the CRS of HAZARDS
    assert triples(findings(result)) == EXPECTED


def test_invalid_geometries_are_read_whatever_the_context_says(qgis_processing, broken):
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    context.setInvalidGeometryCheck(QgsFeatureRequest.GeometryAbortOnInvalid)
    rows = findings(run({"HAZARDS": broken["HAZARDS"], "OUTPUT": "memory:"}, context=context))
    assert ("hazard", "invalid_geometry", "H-02") in triples(rows)


def test_one_layer_alone(qgis_processing, broken):
    rows = findings(run({"RELEASES": broken["RELEASES"], "OUTPUT": "memory:"}))
    assert triples(rows) == [
        t for t in EXPECTED if t[0] == "land_release" and t[1] in ("date_order", "duplicate_id",
                                                                  "missing_field")
    ]  # fmt: skip
    result = run({"EVIDENCE": broken["EVIDENCE"], "OUTPUT": "memory:"})
    assert result["OUTPUT"].crs().authid() == UTM
    assert {r["layer"] for r in findings(result)} == {"evidence"}


# --- bad input --------------------------------------------------------------------------------


def test_no_input_at_all(qgis_processing):
    with pytest.raises(QgsProcessingException, match="Give at least one of HAZARDS"):
        run({"OUTPUT": "memory:"})


def test_point_layer_as_hazards(qgis_processing, make_layer):
    points = make_layer("Point", UTM, [(point(0, 0), {"hazard_id": "H-1"})])
    with pytest.raises(QgsProcessingException):
        run({"HAZARDS": points, "OUTPUT": "memory:"})
    polygons = make_layer("Polygon", UTM, [(box(0, 0), {"evidence_id": "E-1"})])
    with pytest.raises(QgsProcessingException):
        run({"EVIDENCE": polygons, "OUTPUT": "memory:"})


def test_wrong_geometry_type_message_inside_the_algorithm(qgis_processing, make_layer):
    """A caller that skips parameter checks (the modeler, a script) still gets a clear message."""
    from qgis.core import QgsProcessingFeedback

    points = make_layer("Point", UTM, [(point(0, 0), {"hazard_id": "H-1"})])
    algorithm = CheckData().create()
    context = QgsProcessingContext()
    with pytest.raises(QgsProcessingException, match="HAZARDS must be a polygon layer"):
        algorithm.processAlgorithm(
            {"HAZARDS": points, "OUTPUT": "memory:"}, context, QgsProcessingFeedback()
        )


def test_the_dialog_refuses_before_the_run(qgis_processing, make_layer):
    """checkParameterValues, what the Processing dialog asks before it runs, says what is wrong."""
    algorithm = CheckData().create()
    context = QgsProcessingContext()
    assert algorithm.checkParameterValues({"OUTPUT": "memory:"}, context) == (
        False,
        "Give at least one of HAZARDS, RELEASES, EVIDENCE.",
    )
    points = make_layer("Point", UTM, [(point(0, 0), {"hazard_id": "H-1"})])
    ok, _message = algorithm.checkParameterValues({"HAZARDS": points, "OUTPUT": "memory:"}, context)
    assert not ok
    no_crs = make_layer("Polygon", "", [(box(0, 0), {"hazard_id": "H-1"})])
    assert algorithm.checkParameterValues({"HAZARDS": no_crs, "OUTPUT": "memory:"}, context) == (
        False,
        "HAZARDS has no valid CRS: set its CRS first.",
    )
    polygons = make_layer("Polygon", UTM, [(box(0, 0), {"hazard_id": "H-1"})])
    assert algorithm.checkParameterValues({"HAZARDS": polygons, "OUTPUT": "memory:"}, context) == (
        True,
        "",
    )


def test_layer_without_hazard_id(qgis_processing, make_layer, feedback):
    hazards = make_layer(
        "Polygon",
        UTM,
        [
            (box(0, 0), {"classification": "SHA", "status": "open", "district": "AGD"}),
            (box(0, 0), {"classification": "SHA", "status": "open", "district": "AGD"}),
        ],
    )
    releases = make_layer(
        "Polygon",
        UTM,
        [(box(10, 10, 10), release("R-1", "H-1"))],
        fields=RELEASE_FIELDS,
    )
    result = run({"HAZARDS": hazards, "RELEASES": releases, "OUTPUT": "memory:"}, feedback)
    rows = findings(result)
    assert triples(rows) == [
        ("hazard", "duplicate_geometry", "2"),  # no hazard_id: the feature id
        ("hazard", "missing_field", None),
    ]
    missing = rows[1]
    assert missing["input_fid"] is None and missing["geometry"].isNull()
    assert "no field hazard_id" in missing["message"]
    assert "unknown_hazard" in missing["message"]  # the rules skipped are named
    assert "recorded_on" in feedback.text()  # date_order not checked: said in the log


def test_field_names_in_another_case(qgis_processing, make_layer):
    hazards = make_layer(
        "Polygon",
        UTM,
        [(box(0, 0), {"HAZARD_ID": "H-1", "Classification": "SHA", "STATUS": "open",
                      "District": "AGD"})],
    )  # fmt: skip
    assert findings(run({"HAZARDS": hazards, "OUTPUT": "memory:"})) == []


def test_empty_layers_give_no_findings(qgis_processing, make_layer):
    empty = make_layer("Polygon", UTM, [], fields=HAZARD_FIELDS)
    result = run({"HAZARDS": empty, "OUTPUT": "memory:"})
    assert result["ERRORS"] == result["WARNINGS"] == 0


def test_curved_hazards_are_segmentised(qgis_processing):
    layer = QgsVectorLayer(f"CurvePolygon?crs={UTM}", "curved", "memory")
    from qgis.core import QgsField
    from qgis.PyQt.QtCore import QVariant

    layer.dataProvider().addAttributes(
        [QgsField(n, QVariant.String) for n in ("hazard_id", "classification", "status")]
    )
    layer.updateFields()
    features = []
    for k, x in enumerate((0, 50)):
        f = QgsFeature(layer.fields())
        f.setGeometry(
            QgsGeometry.fromWkt(
                f"CURVEPOLYGON(CIRCULARSTRING({X0 + x} {Y0}, {X0 + x + 100} {Y0}, {X0 + x} {Y0}))"
            )
        )
        f.setAttributes([f"H-{k + 1}", "SHA", "open"])
        features.append(f)
    layer.dataProvider().addFeatures(features)
    rows = findings(run({"HAZARDS": layer, "OUTPUT": "memory:"}))
    assert [(r["code"], r["feature_id"]) for r in rows] == [
        ("missing_district", None),
        ("overlap", "H-1"),
    ]


# --- a clean land release GeoPackage ----------------------------------------------------------


def add(path, layer_name, rows):
    layer = QgsVectorLayer(f"{path}|layername={layer_name}", layer_name, "ogr")
    assert layer.isValid()
    features = []
    for geometry, values in rows:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt(geometry))
        for name, value in {"uuid": f"{layer_name}-{len(features)}", **values}.items():
            f[name] = value
        features.append(f)
    assert layer.dataProvider().addFeatures(features)
    return QgsVectorLayer(f"{path}|layername={layer_name}", layer_name, "ogr")


def test_clean_geopackage_gives_no_findings(new_gpkg, feedback):
    day = QDate(2023, 6, 1)
    hazard_values = {"district": "AGD", "recorded_on": QDate(2023, 1, 1),
                     "status_changed_on": QDate(2023, 2, 1)}  # fmt: skip

    def figures(shape, left, status):
        """Stored areas as the plugin keeps them (computed here with pyproj)."""
        return {
            "estimated_area_m2": round(geod_area(shape), 2),
            "remaining_area_m2": round(geod_area(left), 2) if left else 0.0,
            "status": status,
        }

    hazards = add(
        new_gpkg,
        "hazard",
        [
            (box(0, 0), {"hazard_id": "CHA-AĞD-0001", "classification": "CHA", **hazard_values,
                         **figures(box(0, 0), None, "closed")}),
            (box(100, 0), {"hazard_id": "SHA-AĞD-0001", "classification": "SHA",
                           **hazard_values, **figures(box(100, 0), box(100, 0, 50, 100),
                                                      "worked_on")}),
            (box(200, 0), {"hazard_id": "SHA-AĞD-0002", "classification": "SHA",
                           **hazard_values, **figures(box(200, 0), box(250, 0, 50, 100),
                                                      "worked_on")}),
        ],
    )  # fmt: skip
    release_values = {"activity": "clearance", "outcome": "cleared", "start_date": day}
    releases = add(
        new_gpkg,
        "land_release",
        [
            (box(0, 0), {"release_id": "LR-1", "hazard_id": "CHA-AĞD-0001", "end_date": day,
                         "area_m2": round(geod_area(box(0, 0)), 2), **release_values}),
            (box(150, 0), {"release_id": "LR-2", "hazard_id": "SHA-AĞD-0001",
                           "end_date": QDate(2023, 7, 1),
                           "area_m2": round(geod_area(box(150, 0)), 2), **release_values}),
        ],
    )  # fmt: skip
    evidence = add(
        new_gpkg,
        "evidence",
        [(point(50, 50), {"evidence_id": "EV-1", "evidence_type": "visual_mine"})],
    )
    # Written beside QGIS, the releases made the database mark the hazards' figures unknown;
    # the plugin's recompute gives them back: the very figures computed here with pyproj.
    assert {r for r, _s in stored_figures(new_gpkg).values()} == {None}
    refresh(str(new_gpkg))
    assert stored_figures(new_gpkg) == {
        "CHA-AĞD-0001": (0.0, "closed"),
        "SHA-AĞD-0001": (pytest.approx(geod_area(box(100, 0, 50, 100)), abs=0.011), "worked_on"),
        "SHA-AĞD-0002": (pytest.approx(geod_area(box(250, 0, 50, 100)), abs=0.011), "worked_on"),
    }
    result = run(
        {"HAZARDS": hazards, "RELEASES": releases, "EVIDENCE": evidence, "OUTPUT": "memory:"},
        feedback,
    )
    assert findings(result) == [], feedback.text()
    assert result["ERRORS"] == result["WARNINGS"] == 0
    assert "0 error(s), 0 warning(s)." in feedback.text()
    for line in ("hazard: 3 feature(s)", "land_release: 2 feature(s)", "evidence: 1 feature(s)"):
        assert line in feedback.text()


def test_dates_from_a_geopackage_are_compared(new_gpkg):
    releases = add(
        new_gpkg,
        "land_release",
        [(box(0, 0), {"release_id": "LR-1", "hazard_id": "H", "activity": "ts",
                      "outcome": "reduced", "start_date": QDate(2023, 6, 2),
                      "end_date": QDate(2023, 6, 1)})],
    )  # fmt: skip
    rows = findings(run({"RELEASES": releases, "OUTPUT": "memory:"}))
    assert [(r["code"], r["feature_id"], r["message"]) for r in rows] == [
        # added without QGIS's default values: no area stored
        ("area_mismatch", "LR-1", f"release_id LR-1: area_m2 is empty; its geometry measures "
         f"{geod_area(box(0, 0)):.2f} m² on the WGS 84 ellipsoid. Set area_m2 to "
         f"{geod_area(box(0, 0)):.2f}."),
        ("date_order", "LR-1", "end_date 2023-06-01 is before start_date 2023-06-02."),
    ]  # fmt: skip


def test_z_and_m_values_are_read(qgis_processing):
    layer = QgsVectorLayer(f"PolygonZM?crs={UTM}", "zm", "memory")
    from qgis.core import QgsField
    from qgis.PyQt.QtCore import QVariant

    layer.dataProvider().addAttributes(
        [QgsField(n, QVariant.String) for n in ("hazard_id", "classification", "status")]
    )
    layer.updateFields()
    f = QgsFeature(layer.fields())
    x, y = X0, Y0
    f.setGeometry(
        QgsGeometry.fromWkt(
            f"POLYGON ZM(({x} {y} 1 2, {x + 100} {y + 100} 1 2, {x + 100} {y} 1 2, "
            f"{x} {y + 100} 1 2, {x} {y} 1 2))"
        )
    )
    f.setAttributes(["H-1", "SHA", "open"])
    layer.dataProvider().addFeatures([f])
    rows = findings(run({"HAZARDS": layer, "OUTPUT": "memory:"}))
    assert [(r["code"], r["feature_id"]) for r in rows] == [
        ("invalid_geometry", "H-1"),  # the bow-tie, not "no geometry"
        ("missing_district", None),
    ]
    assert "Self-intersection" in rows[0]["message"]


# --- outside_area: where the record is (issue 14, item 8) ------------------------------------

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data"
TO_UTM = Transformer.from_crs(4326, UTM, always_xy=True)


def utm_square(lon, lat, size=50.0):
    x, y = TO_UTM.transform(lon, lat)
    return f"POLYGON(({x} {y}, {x + size} {y}, {x + size} {y + size}, {x} {y + size}, {x} {y}))"


def utm_point(lon, lat):
    return "POINT({} {})".format(*TO_UTM.transform(lon, lat))


def test_outside_the_districts_of_the_database(new_gpkg, feedback):
    from landrelease.storage import database

    layers = database.open_layers(str(new_gpkg))
    districts = QgsVectorLayer(str(SAMPLE / "districts.geojson"), "districts", "ogr")
    assert database.import_features(districts, layers["district"]) == 13
    extent = districts.extent()  # WGS 84 degrees
    lon = extent.center().x()
    north_lat = GEOD.fwd(lon, extent.yMaximum(), 0.0, 8_000)[1]  # 8 km beyond: in the margin
    far_lat = GEOD.fwd(lon, extent.yMaximum(), 0.0, 12_000)[1]  # 12 km beyond: outside
    values = {"classification": "SHA", "status": "open", "district": "AGD",
              "recorded_on": QDate(2023, 1, 1), "status_changed_on": QDate(2023, 2, 1)}  # fmt: skip
    hazards = add(
        new_gpkg,
        "hazard",
        [
            (utm_square(46.93, 39.99), {"hazard_id": "SHA-AGD-0001", **values}),
            # "40,123456 46,750000" read as UTM zone 40: about 4,500 km south, at the equator
            (utm_square(46.75, 0.0004), {"hazard_id": "SHA-AGD-0002", **values}),
            (utm_square(lon, north_lat), {"hazard_id": "SHA-AGD-0003", **values}),
            (utm_square(lon, far_lat), {"hazard_id": "SHA-AGD-0004", **values}),
        ],
    )
    evidence = add(
        new_gpkg,
        "evidence",
        [
            (utm_point(46.93, 39.99), {"evidence_id": "EV-1", "evidence_type": "combat_zone"}),
            (utm_point(46.75, 0.0004), {"evidence_id": "EV-2", "evidence_type": "combat_zone"}),
            (utm_point(lon, north_lat), {"evidence_id": "EV-3", "evidence_type": "combat_zone"}),
        ],
    )
    result = run({"HAZARDS": hazards, "EVIDENCE": evidence, "OUTPUT": "memory:"}, feedback)
    rows = [r for r in findings(result) if r["code"] == "outside_area"]
    assert [(r["layer"], r["feature_id"], r["severity"]) for r in rows] == [
        ("evidence", "EV-2", "error"),
        ("hazard", "SHA-AGD-0002", "error"),
        ("hazard", "SHA-AGD-0004", "error"),
    ]
    # the four hazards were added without their areas (the provider applies no defaults)
    assert [r["code"] for r in findings(result) if r["code"] != "outside_area"] == [
        "area_mismatch"
    ] * 4
    assert result["ERRORS"] == 3 + 4, feedback.text()
    box = programme.programme_area(hazards)
    assert box.source == "districts"
    point = rows[0]
    assert point["message"].startswith(
        "evidence_id EV-2 lies at 0.00040° N, 46.75000° E (latitude, longitude), about "
    )
    assert f"outside the programme's area ({box.describe()})" in point["message"]
    assert "a wrong UTM or Gauss–Krüger zone" in point["message"]
    assert point["geometry"].asPoint().distance(QgsPointXY(*TO_UTM.transform(46.75, 0.0004))) < 1
    assert point["input_fid"] == 2
    assert "5 of 5 vertices" in rows[2]["message"] and "about 2.1 km away" in rows[2]["message"]
    assert "Programme's area of the hazard layer (its database's districts plus 10 km)" in (
        feedback.text()
    )
    # Selected features only: still the districts of the layer's database.
    from qgis.core import QgsProcessingFeatureSourceDefinition

    QgsProject.instance().addMapLayer(evidence)
    try:
        evidence.selectByExpression("\"evidence_id\" = 'EV-2'")
        selected = QgsProcessingFeatureSourceDefinition(evidence.id(), selectedFeaturesOnly=True)
        rows = findings(run({"EVIDENCE": selected, "OUTPUT": "memory:"}))
    finally:
        QgsProject.instance().removeMapLayer(evidence.id())
    assert [(r["code"], r["feature_id"]) for r in rows] == [("outside_area", "EV-2")]
    assert box.describe() in rows[0]["message"]


def test_outside_a_database_the_crs_area_of_use(qgis_processing, make_layer, feedback):
    evidence = make_layer(
        "Point",
        UTM,
        [
            (utm_point(46.93, 39.99), {"evidence_id": "E-1", "evidence_type": "combat_zone"}),
            # a Gauss-Krüger Y (8664944, zone 8) typed as a UTM easting
            ("POINT(8664944 4430293)", {"evidence_id": "E-2", "evidence_type": "combat_zone"}),
            (None, {"evidence_id": "E-3", "evidence_type": "combat_zone"}),
        ],
        fields=EVIDENCE_FIELDS,
    )
    hazards = make_layer("Polygon", UTM, [(box(0, 0), hazard("H-1"))], fields=HAZARD_FIELDS)
    ids = {f["evidence_id"]: f.id() for f in evidence.getFeatures()}
    not_a_number = QgsGeometry(QgsPoint(math.nan, 4430293.0))
    assert evidence.dataProvider().changeGeometryValues({ids["E-3"]: not_a_number})
    infinite = QgsGeometry.fromWkt(box(0, 0))
    assert infinite.moveVertex(math.inf, Y0, 2)
    assert hazards.dataProvider().changeGeometryValues({1: infinite})
    result = run({"HAZARDS": hazards, "EVIDENCE": evidence, "OUTPUT": "memory:"}, feedback)
    rows = {(r["code"], r["feature_id"]): r for r in findings(result)}
    assert {key for key in rows if key[0] == "outside_area"} == {
        ("outside_area", "E-2"),
        ("outside_area", "H-1"),
    }
    message = rows[("outside_area", "E-2")]["message"]
    assert "(42.00° E to 48.00° E, 0.00° N to 84.00° N)" in message
    inf = rows[("outside_area", "H-1")]
    assert "not numbers (NaN or infinite)" in inf["message"] and inf["geometry"].isNull()
    # QGIS reads a point with a NaN coordinate as empty: "no geometry", an error too.
    assert rows[("invalid_geometry", "E-3")]["severity"] == "error"
    assert "(the area of use of its CRS)" in feedback.text()


def test_no_area_known_is_said_once(qgis_processing, feedback):
    crs = QgsCoordinateReferenceSystem.fromProj(
        "+proj=tmerc +lat_0=40 +lon_0=46.5 +k=1 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs"
    )
    layer = QgsVectorLayer("Point", "local", "memory")
    layer.setCrs(crs)
    from qgis.core import QgsField
    from qgis.PyQt.QtCore import QVariant

    layer.dataProvider().addAttributes([QgsField("evidence_id", QVariant.String)])
    layer.updateFields()
    f = QgsFeature(layer.fields())
    f.setGeometry(QgsGeometry.fromWkt("POINT(0 -4430000)"))
    f["evidence_id"] = "E-1"
    layer.dataProvider().addFeatures([f])
    result = run({"EVIDENCE": layer, "OUTPUT": "memory:"}, feedback)
    assert "outside_area" not in {r["code"] for r in findings(result)}
    text = feedback.text()
    assert text.count("outside_area not checked on the evidence layer") == 1


# --- integrity rules on a real land release GeoPackage (issue 15) ------------------------------

TO_LONLAT = Transformer.from_crs(UTM, "EPSG:4326", always_xy=True)


def geod_area(wkt_text: str) -> float:
    """Independent reference: pyproj's geodesic area of a polygon's vertices (WKT in UTM)."""
    import shapely

    total = 0.0
    for part in shapely.get_parts(shapely.from_wkt(wkt_text)):
        lon, lat = TO_LONLAT.transform(*shapely.get_coordinates(part.exterior).T)
        total += abs(GEOD.polygon_area_perimeter(lon, lat)[0])
    return total


def edit(layer, wkt_text=None, **values):
    """Add one feature through QGIS's edit buffer with the layer's default values (the stored
    areas among them), and commit."""
    from qgis.core import QgsVectorLayerUtils

    index = layer.fields().indexOf
    feature = QgsVectorLayerUtils.createFeature(
        layer,
        QgsGeometry.fromWkt(wkt_text) if wkt_text else QgsGeometry(),
        {index(k): v for k, v in values.items()},
    )
    assert layer.startEditing()
    assert layer.addFeature(feature)
    assert layer.commitChanges(), layer.commitErrors()


def set_values(layer, field, value, **values):
    """Change attributes of the feature whose ``field`` is ``value`` through QGIS."""
    layer.dataProvider().reloadData()
    (feature,) = [f for f in layer.getFeatures() if f[field] == value]
    assert layer.startEditing()
    for name, new in values.items():
        assert layer.changeAttributeValue(feature.id(), layer.fields().indexOf(name), new)
    assert layer.commitChanges(), layer.commitErrors()


H1, H2, H3 = box(0, 0), box(1000, 0, 200, 100), box(2000, 0)
LR1, LR2 = box(0, 0, 50, 100), box(1000, 0, 100, 100)
# What each hazard has left: H-1 its east half, H-2 its east half, H-3 all of it.
LEFT = {"H-1": box(50, 0, 50, 100), "H-2": box(1100, 0, 100, 100), "H-3": H3}


@pytest.fixture
def land(new_gpkg):
    """A land release GeoPackage filled through QGIS as an officer would: three hazards, two
    releases, one evidence point; each hazard's remaining area and status as its releases
    give them (computed here with pyproj). Yields (path, layers by table name)."""
    from landrelease.storage.database import load_database

    project = QgsProject.instance()
    project.clear()
    layers = load_database(str(new_gpkg), project)
    common = {"district": "AGD", "recorded_on": QDate(2023, 1, 10)}
    edit(layers["hazard"], H1, hazard_id="H-1", classification="CHA", **common)
    edit(layers["hazard"], H2, hazard_id="H-2", classification="SHA", **common)
    edit(layers["hazard"], H3, hazard_id="H-3", classification="SHA", **common)
    edit(layers["evidence"], point(20, 20), evidence_id="EV-1", evidence_type="visual_mine")
    work = {"activity": "clearance", "start_date": QDate(2023, 5, 1), "end_date": QDate(2023, 6, 1)}
    edit(layers["land_release"], LR1, release_id="LR-1", hazard_id="H-1", outcome="cleared", **work)
    edit(layers["land_release"], LR2, release_id="LR-2", hazard_id="H-2", outcome="reduced", **work)
    for hazard_id, status in (("H-1", "worked_on"), ("H-2", "worked_on"), ("H-3", "open")):
        left = round(geod_area(LEFT[hazard_id]), 2)
        set_values(layers["hazard"], "hazard_id", hazard_id, remaining_area_m2=left, status=status)
    yield str(new_gpkg), layers
    project.clear()


def check_land(layers, feedback=None):
    return findings(
        run(
            {
                "HAZARDS": layers["hazard"],
                "RELEASES": layers["land_release"],
                "EVIDENCE": layers["evidence"],
                "OUTPUT": "memory:",
            },
            feedback,
        )
    )


def sqlite(path, sql, params=()):
    """SQL with Python's sqlite3, as another program would write (tests/qgis/test_edit_log)."""
    from .test_edit_log import execute

    return execute(path, sql, params)


def test_a_geopackage_filled_through_qgis_is_clean(land, feedback):
    path, layers = land
    stored = {f["hazard_id"]: f["estimated_area_m2"] for f in layers["hazard"].getFeatures()}
    assert stored["H-1"] == pytest.approx(geod_area(H1), abs=0.006)  # QGIS's own, as stored
    rows = check_land(layers, feedback)
    assert rows == [], feedback.text()
    text = feedback.text()
    assert "log_mismatch not checked" not in text
    entries = sqlite(path, "SELECT count(*) FROM edit_log")[0][0]
    actions = sqlite(path, "SELECT action, count(*) FROM edit_log GROUP BY action ORDER BY 1")
    assert actions[0] == ("insert", 5)  # 3 hazards and 2 releases; then updates of figures
    assert [a for a, _n in actions] == ["insert", "update"]
    assert f"{entries} newer edit log entries sealed now." in text
    head = sqlite(path, "SELECT log_fid, hash FROM edit_log_chain ORDER BY log_fid DESC LIMIT 1")
    assert head[0][0] == entries
    # The second run verifies them and gives the chain's head to keep.
    again = RecordingFeedback()
    assert check_land(layers, again) == []
    assert f"sealed up to entry {entries} with the hash {head[0][1]}" in again.text()
    assert "newer edit log entries sealed now" not in again.text()


def code_rows(rows):
    return [(r["layer"], r["code"], r["feature_id"]) for r in rows]


def by_key(rows):
    return {(r["code"], r["feature_id"]): r for r in rows}


def stored_figures(path) -> dict:
    rows = sqlite(path, "SELECT hazard_id, remaining_area_m2, status FROM hazard ORDER BY 1")
    return {h: (r, s) for h, r, s in rows}


def refresh(path):
    """The recompute of the figures that the plugin runs after edits by other programs."""
    from landrelease.storage import derived

    derived.refresh(path, reload=False)


def test_codes_and_dates_written_by_another_program(land):
    path, layers = land
    sqlite(path, "UPDATE land_release SET outcome = 'burnt' WHERE release_id = 'LR-1'")
    sqlite(
        path,
        "UPDATE land_release SET end_date = '2031-01-01', start_date = '31.02.2020' "
        "WHERE release_id = 'LR-2'",
    )
    # QGIS reads the impossible day as NULL: checkdata reads what is stored.
    fresh = QgsVectorLayer(f"{path}|layername=land_release", "fresh", "ogr")
    (lr2,) = [f for f in fresh.getFeatures() if f["release_id"] == "LR-2"]
    assert lr2["start_date"] == NULL
    # The database marked the figures of the hazards under them unknown at once.
    assert stored_figures(path)["H-1"][0] is None and stored_figures(path)["H-2"][0] is None
    rows = check_land(layers)
    assert code_rows(rows) == [
        ("hazard", "remaining_mismatch", "H-1"),
        ("hazard", "remaining_mismatch", "H-2"),
        ("land_release", "bad_code", "LR-1"),
        ("land_release", "bad_date", "LR-2"),
        ("land_release", "bad_date", "LR-2"),
    ]
    found = by_key(rows)
    assert found[("bad_code", "LR-1")]["message"] == (
        "release_id LR-1: outcome 'burnt' is not in its code list (cancelled, reduced, "
        "cleared): choose one of them."
    )
    dates = sorted(r["message"] for r in rows if r["code"] == "bad_date")
    today = datetime.date.today().isoformat()
    assert dates == [
        f"release_id LR-2: end_date 2031-01-01 is after today ({today}): correct the date (a "
        "slip in the year or the month?).",
        "release_id LR-2: start_date '31.02.2020' names a day that does not exist: correct it "
        "(YYYY-MM-DD).",
    ]
    assert found[("bad_code", "LR-1")]["input_fid"] == 1
    # Neither release counts now: each hazard is due to have all of its area left.
    for hazard_id, shape in (("H-1", H1), ("H-2", H2)):
        row = found[("remaining_mismatch", hazard_id)]
        assert row["severity"] == "warning"
        assert row["message"].startswith(
            f"hazard_id {hazard_id}: its remaining area and status are not known "
            "(remaining_area_m2 NULL, status "
        )
        assert (
            f"leave {geod_area(shape):.2f} m² and status open (0 release(s) counted"
            in (row["message"])
        )
    # The plugin's recompute stores just that (pyproj's figures, to the centimetre²).
    refresh(path)
    figures = stored_figures(path)
    for hazard_id, shape in (("H-1", H1), ("H-2", H2)):
        assert figures[hazard_id][0] == pytest.approx(geod_area(shape), abs=0.011)
        assert figures[hazard_id][1] == "open"
    assert code_rows(check_land(layers)) == code_rows(rows)[2:]


def test_a_multipart_hazard_and_figures_edited_by_sql(land):
    import shapely
    from osgeo import ogr

    path, layers = land
    stray = box(2500, 0, 10, 10)
    multi = shapely.MultiPolygon([shapely.from_wkt(H3), shapely.from_wkt(stray)]).wkt
    ds = ogr.Open(path, update=1)
    table = ds.GetLayerByName("hazard")
    table.SetAttributeFilter("hazard_id = 'H-3'")
    feature = table.GetNextFeature()
    feature.SetGeometry(ogr.CreateGeometryFromWkt(multi))
    assert table.SetFeature(feature) == 0
    ds = None
    sqlite(path, "UPDATE hazard SET estimated_area_m2 = 12345.67 WHERE hazard_id = 'H-2'")
    sqlite(path, "UPDATE hazard SET remaining_area_m2 = 1234.5 WHERE hazard_id = 'H-1'")
    rows = check_land(layers)
    assert [(*key, r["severity"]) for key, r in zip(code_rows(rows), rows)] == [
        ("hazard", "area_mismatch", "H-2", "error"),
        ("hazard", "area_mismatch", "H-3", "error"),
        ("hazard", "multipart", "H-3", "error"),
        ("hazard", "remaining_mismatch", "H-1", "error"),  # typed: contradicts the releases
        ("hazard", "remaining_mismatch", "H-3", "warning"),  # a new geometry: to recompute
    ]
    found = by_key(rows)
    assert found[("area_mismatch", "H-2")]["message"] == (
        f"hazard_id H-2: estimated_area_m2 is 12345.67 m², but its geometry measures "
        f"{geod_area(H2):.2f} m² on the WGS 84 ellipsoid "
        f"({100 - 12345.67 / geod_area(H2) * 100:.2f} % apart): the geometry was changed "
        "without its area, or the area was typed. Set "
        f"estimated_area_m2 to {geod_area(H2):.2f}."
    )
    part = found[("multipart", "H-3")]
    assert part["message"].startswith("hazard_id H-3 has 2 separate parts (the smallest about 100")
    assert QgsGeometry.fromWkt(stray).contains(part["geometry"])
    assert (
        f"measures {geod_area(H3) + geod_area(stray):.2f} m²"
        in (found[("area_mismatch", "H-3")]["message"])
    )
    left = geod_area(LEFT["H-1"])
    assert found[("remaining_mismatch", "H-1")]["message"] == (
        f"hazard_id H-1: remaining_area_m2 1234.50 m² and status worked_on do not match its "
        f"land releases as of {datetime.date.today().isoformat()}, which leave {left:.2f} m² "
        "and status worked_on (1 release(s) counted; releases ending after today are not). A "
        "release was added, changed or deleted outside the plugin, or the figures were typed: "
        f"set remaining_area_m2 to {left:.2f} and status to worked_on, or correct the releases."
    )


def test_a_release_deleted_outside_the_plugin(land):
    path, layers = land
    sqlite(path, "DELETE FROM land_release WHERE release_id = 'LR-2'")
    # The triggers log the deletion: the log matches the rows...
    last = sqlite(
        path, "SELECT action, json_extract(\"before\", '$.release_id') FROM edit_log "
        "ORDER BY fid DESC LIMIT 1",
    )  # fmt: skip
    assert last == [("delete", "LR-2")]
    # ...and mark the figures of the hazard under it unknown (never left wrong).
    assert stored_figures(path)["H-2"][0] is None
    rows = check_land(layers)
    assert code_rows(rows) == [("hazard", "remaining_mismatch", "H-2")]
    assert rows[0]["severity"] == "warning"
    assert (
        f"its releases leave {geod_area(H2):.2f} m² and status open (0 release(s)"
        in (rows[0]["message"])
    )
    refresh(path)
    assert stored_figures(path)["H-2"] == (pytest.approx(geod_area(H2), abs=0.011), "open")
    assert check_land(layers) == []


def entry_of(path, layer, action, feature_id):
    """The fid of the first edit_log entry recording ``action`` of the feature ``feature_id``."""
    key = "hazard_id" if layer == "hazard" else "release_id"
    (fid,) = sqlite(
        path,
        "SELECT min(fid) FROM edit_log WHERE layer = ? AND action = ? AND "
        f'json_extract(coalesce("after", "before"), \'$.{key}\') = ?',
        (layer, action, feature_id),
    )[0]
    return fid


def test_sealed_entries_changed_with_the_triggers_dropped(land):
    """What the chain is for: a change made with the guard triggers dropped is found."""
    from landrelease.storage import database

    path, layers = land
    entries = sqlite(path, "SELECT count(*) FROM edit_log")[0][0]
    assert database.seal_edit_log(path) == entries
    h2, lr1 = entry_of(path, "hazard", "insert", "H-2"), entry_of(path, "land_release", "insert",
                                                                    "LR-1")  # fmt: skip
    unnamed = sqlite(path, "SELECT min(fid) FROM edit_log WHERE changed_by IS NULL")[0][0]
    assert unnamed is not None and unnamed not in (h2, lr1)
    # The one change the guard lets through: naming the user on an entry that has no name yet
    # (the plugin's save does so before the commit). On a sealed entry, the chain shows it.
    sqlite(path, f"UPDATE edit_log SET changed_by = 'someone' WHERE fid = {unnamed}")
    for name in ("edit_log_no_update", "edit_log_no_delete"):
        sqlite(path, f'DROP TRIGGER "{name}"')
    sqlite(
        path,
        'UPDATE edit_log SET "after" = replace("after", \'"cleared"\', \'"reduced"\') '
        f"WHERE fid = {lr1}",
    )
    sqlite(path, f"DELETE FROM edit_log WHERE fid = {h2}")
    rows = check_land(layers)
    expected = sorted(
        [
            (None, "triggers"),
            (str(h2), "gap"),
            (str(h2), "gone"),
            (str(lr1), "changed"),
            (str(unnamed), "named"),
        ],
        key=lambda k: (k[0] is not None, int(k[0] or 0), k[1]),
    )
    assert code_rows(rows) == [("edit_log", "log_mismatch", k) for k, _w in expected] + [
        ("land_release", "log_mismatch", "LR-1")  # no longer what its last entry says
    ]
    messages = {r["message"] for r in rows}

    def one(start):
        (found,) = [m for m in messages if m.startswith(start)]
        return found

    assert one("The edit log triggers edit_log_no_delete, edit_log_no_update are missing from ")
    assert "they were deleted from the log" in one(f"edit_log entries {h2} to {h2} are missing")
    assert "is gone: it was deleted with the log's triggers off" in one(
        f"edit_log entry {h2}, sealed on "
    )
    for fid in (lr1, unnamed):
        assert one(f"edit_log entry {fid} no longer matches the hash it was sealed with on ")
    lr = one("release_id LR-1 (fid 1) differs from its last edit_log entry")
    assert f"entry ({lr1}, " in lr and "outcome 'cleared' (log: 'reduced')" in lr
    (row,) = [r for r in rows if r["layer"] == "land_release"]
    assert row["input_fid"] == 1 and QgsGeometry.fromWkt(LR1).contains(row["geometry"])
    # Opening the database with the plugin puts the triggers back; the evidence stays.
    from landrelease.storage.database import ensure_schema

    assert ensure_schema(path) == ["edit_log_no_update", "edit_log_no_delete"]
    assert [r["feature_id"] for r in check_land(layers)] == [k for k, _w in expected[1:]] + ["LR-1"]


def test_entries_written_by_hand(land):
    path, layers = land
    last, previous = sqlite(path, "SELECT fid, changed_at FROM edit_log ORDER BY fid DESC")[0]
    # In order (the guard lets a program append), but for a hazard that does not exist and
    # dated before the entry before it.
    sqlite(
        path,
        'INSERT INTO edit_log (layer, feature_uuid, action, changed_at, "after") VALUES '
        "('hazard', '00000000-0000-4000-8000-000000000009', 'insert', "
        "'2020-01-01T00:00:00.000Z', '{\"hazard_id\": \"H-9\"}')",
    )
    sqlite(path, "INSERT INTO edit_log (layer, action, changed_at) VALUES ('task', 'insert', 'x')")
    rows = check_land(layers)
    first, second = str(last + 1), str(last + 2)
    assert (
        code_rows(rows)
        == [("edit_log", "log_mismatch", first)] * 2 + [("edit_log", "log_mismatch", second)] * 2
    )
    messages = sorted(r["message"] for r in rows)
    assert messages == sorted(
        [
            f"edit_log entry {first} (2020-01-01T00:00:00.000Z) records the insert of hazard H-9 "
            "(uuid 00000000-0000-4000-8000-000000000009), which does not exist: it was deleted "
            "without the edit log. Restore it from the entry's 'after' JSON, or find out who "
            "deleted it.",
            f"edit_log entry {first} was written at 2020-01-01T00:00:00.000Z, before entry {last} "
            f"({previous}) that precedes it: an entry was inserted or changed by hand, or "
            "computers with clocks that differ write to this database.",
            f"edit_log entry {second} (x) was not written by the edit log's triggers: its layer "
            "'task' is not one the log records (hazard, land_release). Find out who wrote it.",
            f"edit_log entry {second} has no readable changed_at ('x').",
        ]
    )
    assert {r["input_fid"] for r in rows} == {last + 1, last + 2}


def test_a_log_trigger_dropped_or_replaced(land):
    from landrelease.storage.database import ensure_schema

    path, layers = land
    sqlite(path, 'DROP TRIGGER "hazard_log_update"')
    sqlite(path, "UPDATE hazard SET remarks = 'changed quietly' WHERE hazard_id = 'H-1'")
    sqlite(path, 'DROP TRIGGER "land_release_log_delete"')
    sqlite(
        path,
        'CREATE TRIGGER "land_release_log_delete" AFTER DELETE ON land_release BEGIN SELECT 1; END',
    )
    sqlite(path, "DELETE FROM land_release WHERE release_id = 'LR-1'")
    rows = check_land(layers)
    lr1 = str(entry_of(path, "land_release", "insert", "LR-1"))
    assert code_rows(rows) == [
        ("edit_log", "log_mismatch", None),
        ("edit_log", "log_mismatch", None),
        ("edit_log", "log_mismatch", lr1),  # LR-1's insert: the row is gone, unlogged
        ("hazard", "log_mismatch", "H-1"),
        ("hazard", "remaining_mismatch", "H-1"),  # marked unknown (unlogged too), a warning
    ]
    assert rows[4]["severity"] == "warning"
    messages = sorted(r["message"] for r in rows[:2])
    assert messages[0].startswith(
        f"The edit log triggers hazard_log_update are missing from {path}: changes are not "
        "logged or the log is not protected. Open the database with Land Release > Open "
        "Database… to recreate them"
    )
    assert messages[1].startswith(
        f"The edit log triggers land_release_log_delete of {path} are not the plugin's"
    )
    assert (
        rows[2]["message"].startswith(
            "edit_log entry 4 (" and "records the insert of land_release LR-1"
        )
        or "records the insert of land_release LR-1 (uuid" in rows[2]["message"]
    )
    assert "remarks 'changed quietly' (log: NULL)" in rows[3]["message"]
    # Opening the database with the plugin recreates both (the replaced one is not listed).
    assert ensure_schema(path) == ["hazard_log_update"]
    assert code_rows(check_land(layers)) == code_rows(rows)[2:]


def test_the_sample_evidence_type_foo(qgis_processing):
    evidence = QgsVectorLayer(str(SAMPLE / "evidence.geojson"), "evidence", "ogr")
    rows = findings(run({"EVIDENCE": evidence, "OUTPUT": "memory:"}))
    codes = [(r["code"], r["feature_id"]) for r in rows if r["code"] == "bad_code"]
    assert codes == [("bad_code", "EV-0093")]
    (foo,) = [r for r in rows if r["code"] == "bad_code"]
    assert foo["message"].startswith(
        "evidence_id EV-0093: evidence_type 'foo' is not in its code list (detonation, "
    )
    assert foo["severity"] == "error"


@pytest.fixture
def land_postgis(new_postgis):
    """The same land as ``land``, in a PostGIS schema, edited through QGIS."""
    from landrelease.storage.database import load_database

    project = QgsProject.instance()
    project.clear()
    layers = load_database(new_postgis, project)
    common = {"district": "AGD", "recorded_on": QDate(2023, 1, 10)}
    edit(layers["hazard"], H1, hazard_id="H-1", classification="CHA", **common)
    edit(layers["hazard"], H2, hazard_id="H-2", classification="SHA", **common)
    edit(layers["evidence"], point(20, 20), evidence_id="EV-1", evidence_type="visual_mine")
    work = {"activity": "clearance", "start_date": QDate(2023, 5, 1), "end_date": QDate(2023, 6, 1)}
    edit(layers["land_release"], LR1, release_id="LR-1", hazard_id="H-1", outcome="cleared", **work)
    for hazard_id, status in (("H-1", "worked_on"), ("H-2", "open")):
        left = round(geod_area(LEFT[hazard_id] if hazard_id == "H-1" else H2), 2)
        set_values(layers["hazard"], "hazard_id", hazard_id, remaining_area_m2=left, status=status)
    yield new_postgis, layers
    project.clear()


def test_integrity_rules_on_postgis(land_postgis, feedback):
    from .conftest import sql_rows

    db, layers = land_postgis
    assert check_land(layers, feedback) == [], feedback.text()
    assert f"Edit log of {db.label}: " in feedback.text()
    # Another program, as the schema's owner (the editors' role may not touch the log):
    sql_rows(db, "UPDATE evidence SET evidence_type = 'foo', reported_on = '2031-01-01'")
    sql_rows(db, "UPDATE hazard SET estimated_area_m2 = 12345.67 WHERE hazard_id = 'H-2'")
    sql_rows(db, "ALTER TABLE hazard DISABLE TRIGGER hazard_log")
    sql_rows(db, "UPDATE hazard SET remarks = 'quietly' WHERE hazard_id = 'H-1'")
    (lr1,) = sql_rows(
        db, "SELECT fid FROM edit_log WHERE layer = 'land_release' AND action = 'insert'"
    )
    sql_rows(db, "DELETE FROM edit_log WHERE fid = ?", lr1)
    rows = check_land(layers)
    assert code_rows(rows) == [
        ("edit_log", "log_mismatch", None),
        ("evidence", "bad_code", "EV-1"),
        ("evidence", "bad_date", "EV-1"),
        ("hazard", "area_mismatch", "H-2"),
        ("hazard", "cha_without_evidence", "H-1"),  # EV-1 is no visual_mine now
        ("hazard", "log_mismatch", "H-1"),
        ("land_release", "log_mismatch", "LR-1"),
    ]
    found = by_key(rows)
    assert found[("log_mismatch", None)]["message"] == (
        f"The edit log triggers hazard_log of {db.label} are disabled: changes are not logged. "
        "Ask the database administrator to recreate them, and find out who changed them."
    )
    assert "remarks 'quietly' (log: NULL)" in found[("log_mismatch", "H-1")]["message"]
    assert found[("log_mismatch", "LR-1")]["message"].startswith(
        "release_id LR-1 (fid 1) has no edit_log entry"
    )
    assert "evidence_type 'foo' is not in its code list" in found[("bad_code", "EV-1")]["message"]
    assert "reported_on 2031-01-01 is after today" in found[("bad_date", "EV-1")]["message"]
    assert f"measures {geod_area(H2):.2f} m²" in found[("area_mismatch", "H-2")]["message"]
