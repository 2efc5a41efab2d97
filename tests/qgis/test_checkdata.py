"""landrelease:checkdata through Processing on real layers: every code, a clean GeoPackage, bad
input, geographic input, ids in Azerbaijani and Russian."""

from __future__ import annotations

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

from landrelease.processing import programme
from landrelease.processing.checkdata import CheckData

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
    hazard_values = {"status": "open", "district": "AGD", "recorded_on": QDate(2023, 1, 1),
                     "status_changed_on": QDate(2023, 2, 1)}  # fmt: skip
    hazards = add(
        new_gpkg,
        "hazard",
        [
            (box(0, 0), {"hazard_id": "CHA-AĞD-0001", "classification": "CHA", **hazard_values}),
            (box(100, 0), {"hazard_id": "SHA-AĞD-0001", "classification": "SHA", **hazard_values}),
            (box(200, 0), {"hazard_id": "SHA-AĞD-0002", "classification": "SHA", **hazard_values}),
        ],
    )
    release_values = {"activity": "clearance", "outcome": "cleared", "start_date": day}
    releases = add(
        new_gpkg,
        "land_release",
        [
            (box(0, 0), {"release_id": "LR-1", "hazard_id": "CHA-AĞD-0001", "end_date": day,
                         **release_values}),
            (box(150, 0), {"release_id": "LR-2", "hazard_id": "SHA-AĞD-0001",
                           "end_date": QDate(2023, 7, 1), **release_values}),
        ],
    )  # fmt: skip
    evidence = add(
        new_gpkg,
        "evidence",
        [(point(50, 50), {"evidence_id": "EV-1", "evidence_type": "visual_mine"})],
    )
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
        ("date_order", "LR-1", "end_date 2023-06-01 is before start_date 2023-06-02.")
    ]


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
    from landrelease.processing import database

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
    assert result["ERRORS"] == 3, feedback.text()
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
