"""landrelease:delineatesha and landrelease:delineatecha run through Processing on real layers."""

from __future__ import annotations

import re

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDistanceArea,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProject,
)

UTM = "EPSG:32638"
# A straight 10 km line running east, near Aghdam (UTM 38N).
X0, Y0 = 640000.0, 4425000.0
LINE_WKT = f"LINESTRING({X0} {Y0}, {X0 + 10000} {Y0})"


def run(algorithm, params, feedback=None):
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    result = processing.run(algorithm, params, context=context, feedback=feedback)
    return result


def features(result, key="OUTPUT"):
    return list(result[key].getFeatures())


def ellipsoidal_area(geometry, crs):
    da = QgsDistanceArea()
    da.setSourceCrs(QgsCoordinateReferenceSystem(crs), QgsProject.instance().transformContext())
    da.setEllipsoid("EPSG:7030")
    return da.measureArea(geometry)


@pytest.fixture
def line(make_layer):
    return make_layer("LineString", UTM, [(LINE_WKT, {"name": "LOC"})])


# --- SHA --------------------------------------------------------------------------------------


def test_sha_straight_line_area_and_fields(provider, line):
    result = run(
        "landrelease:delineatesha",
        {"LINE": line, "DEPTH_LEFT": 500, "DEPTH_RIGHT": 200, "OUTPUT": "memory:"},
    )
    out = features(result)
    assert len(out) == 1
    sha = out[0]
    bbox = sha.geometry().boundingBox()
    # Left of an eastward line is north: 500 m north, 200 m south, flat ends at the line's ends.
    assert bbox.yMaximum() == pytest.approx(Y0 + 500, abs=0.01)
    assert bbox.yMinimum() == pytest.approx(Y0 - 200, abs=0.01)
    assert bbox.xMinimum() == pytest.approx(X0, abs=0.01)
    assert bbox.xMaximum() == pytest.approx(X0 + 10000, abs=0.01)
    assert sha.geometry().area() == pytest.approx(10000 * 700, rel=1e-3)
    assert sha["estimated_area_m2"] == pytest.approx(
        ellipsoidal_area(sha.geometry(), UTM), abs=0.01
    )
    assert sha["classification"] == "SHA"
    assert sha["status"] == "open"
    assert re.fullmatch(r"SHA-NA-\d{4}", sha["hazard_id"])
    assert result["OUTPUT"].crs().authid() == UTM


def test_sha_geographic_input_gives_the_same_metres(provider, line, reproject):
    params = {"DEPTH_LEFT": 500, "DEPTH_RIGHT": 200, "OUTPUT": "memory:"}
    projected = features(run("landrelease:delineatesha", {**params, "LINE": line}))
    geographic_line = reproject(line, "EPSG:4326")
    result = run("landrelease:delineatesha", {**params, "LINE": geographic_line})
    assert result["OUTPUT"].crs().authid() == "EPSG:4326"
    geographic = features(result)
    total_p = sum(f["estimated_area_m2"] for f in projected)
    total_g = sum(f["estimated_area_m2"] for f in geographic)
    assert total_g == pytest.approx(total_p, rel=1e-3)


def test_sha_districts_split_sums_to_total(provider, line, make_layer):
    half = X0 + 4000
    districts = make_layer(
        "MultiPolygon",
        UTM,
        [
            (f"MULTIPOLYGON((({X0 - 1e4} {Y0 - 1e4}, {half} {Y0 - 1e4}, {half} {Y0 + 1e4}, "
             f"{X0 - 1e4} {Y0 + 1e4}, {X0 - 1e4} {Y0 - 1e4})))", {"code": "AGD", "name": "Ağdam"}),
            (f"MULTIPOLYGON((({half} {Y0 - 1e4}, {X0 + 2e4} {Y0 - 1e4}, {X0 + 2e4} {Y0 + 1e4}, "
             f"{half} {Y0 + 1e4}, {half} {Y0 - 1e4})))", {"code": "FUZ", "name": "Füzuli"}),
        ],
    )  # fmt: skip
    params = {"LINE": line, "DEPTH_LEFT": 500, "DEPTH_RIGHT": 500, "OUTPUT": "memory:"}
    whole = sum(f["estimated_area_m2"] for f in features(run("landrelease:delineatesha", params)))
    split = features(
        run(
            "landrelease:delineatesha", {**params, "DISTRICTS": districts, "DISTRICT_FIELD": "code"}
        )
    )
    assert sorted(f["hazard_id"] for f in split) == ["SHA-AGD-0001", "SHA-FUZ-0001"]
    by_district = {f["district"]: f["estimated_area_m2"] for f in split}
    assert sum(by_district.values()) == pytest.approx(whole, rel=1e-6)
    assert by_district["AGD"] == pytest.approx(whole * 0.4, rel=1e-3)


def test_sha_segments(provider, line):
    out = features(
        run(
            "landrelease:delineatesha",
            {
                "LINE": line,
                "DEPTH_LEFT": 250,
                "DEPTH_RIGHT": 250,
                "SEGMENT_LENGTH": 1000,
                "ID_PREFIX": "LOC",
                "OUTPUT": "memory:",
            },
        )
    )
    assert len(out) == 10
    assert [f["hazard_id"] for f in out] == [f"LOC-NA-{i:04d}" for i in range(1, 11)]
    for f in out:
        assert f.geometry().area() == pytest.approx(500 * 1000, rel=1e-3)


def test_sha_per_feature_depth_and_indirect(provider, make_layer):
    lines = make_layer(
        "LineString",
        UTM,
        [
            (LINE_WKT, {"left": 100.0, "right": None}),
            (f"LINESTRING({X0} {Y0 + 5000}, {X0 + 10000} {Y0 + 5000})",
             {"left": None, "right": 50.0}),
        ],
        fields={"left": float, "right": float},
    )  # fmt: skip
    indirect = make_layer("Point", UTM, [(f"POINT({X0 + 5000} {Y0 - 3000})", {"kind": "trench"})])
    out = features(
        run(
            "landrelease:delineatesha",
            {
                "LINE": lines,
                "DEPTH_LEFT": 300,
                "DEPTH_RIGHT": 300,
                "DEPTH_LEFT_FIELD": "left",
                "DEPTH_RIGHT_FIELD": "right",
                "INDIRECT": indirect,
                "INDIRECT_BUFFER": 250,
                "OUTPUT": "memory:",
            },
        )
    )
    total = sum(f.geometry().area() for f in out)
    expected = 10000 * (100 + 300) + 10000 * (300 + 50) + 3.14159 * 250**2
    assert total == pytest.approx(expected, rel=5e-3)
    assert sum(f["evidence_indirect"] for f in out) == 1


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"DEPTH_LEFT": -5}, "DEPTH_LEFT"),
        ({"DEPTH_LEFT": 0, "DEPTH_RIGHT": 0}, "DEPTH"),
    ],
)
def test_sha_bad_numbers(provider, line, params, message):
    with pytest.raises(QgsProcessingException, match=message):
        run("landrelease:delineatesha", {"LINE": line, "OUTPUT": "memory:", **params})


def test_sha_wrong_and_empty_inputs(provider, make_layer):
    points = make_layer("Point", UTM, [(f"POINT({X0} {Y0})", {"a": 1})])
    with pytest.raises(QgsProcessingException):
        run("landrelease:delineatesha", {"LINE": points, "OUTPUT": "memory:"})
    empty = make_layer("LineString", UTM, [])
    with pytest.raises(QgsProcessingException, match="no features"):
        run("landrelease:delineatesha", {"LINE": empty, "OUTPUT": "memory:"})
    no_geometry = make_layer("LineString", UTM, [(None, {"a": 1})])
    with pytest.raises(QgsProcessingException, match="LINE"):
        run("landrelease:delineatesha", {"LINE": no_geometry, "OUTPUT": "memory:"})


# --- CHA --------------------------------------------------------------------------------------


def evidence_rows():
    rows = []
    for i in range(5):  # cluster A: 5 mines 30 m apart
        rows.append((f"POINT({X0 + 30 * i} {Y0})", {"evidence_type": "visual_mine"}))
    for i in range(3):  # cluster B, 2 km east
        rows.append((f"POINT({X0 + 2000 + 40 * i} {Y0 + 20 * i})", {"evidence_type": "detonation"}))
    rows.append((f"POINT({X0 + 60} {Y0 + 10})", {"evidence_type": "verbal_report"}))  # indirect
    rows.append((f"POINT({X0 + 5000} {Y0})", {"evidence_type": None}))
    rows.append((f"POINT({X0 + 6000} {Y0})", {"evidence_type": "foo"}))
    rows.append((None, {"evidence_type": "visual_mine"}))
    return rows


@pytest.fixture
def evidence(make_layer):
    return make_layer("Point", UTM, evidence_rows(), fields={"evidence_type": str})


def test_cha_clusters_margin_and_counts(provider, evidence, feedback):
    result = run(
        "landrelease:delineatecha",
        {"EVIDENCE": evidence, "MARGIN": 50, "OUTPUT": "memory:", "OUTPUT_POINTS": "memory:"},
        feedback,
    )
    out = features(result)
    assert len(out) == 2
    by_count = {f["evidence_direct"]: f for f in out}
    assert set(by_count) == {5, 3}
    assert by_count[5]["evidence_indirect"] == 1
    for f in out:
        assert f["classification"] == "CHA" and f["status"] == "open"
        assert re.fullmatch(r"CHA-NA-\d{4}", f["hazard_id"])
    boundary = {f["evidence_direct"]: f.geometry() for f in out}
    for wkt, attributes in evidence_rows():
        if wkt and attributes["evidence_type"] in ("visual_mine", "detonation"):
            point = QgsGeometry.fromWkt(wkt)
            holder = [g for g in boundary.values() if g.contains(point)]
            assert len(holder) == 1
            distance = QgsGeometry.fromPolylineXY(
                [QgsPointXY(p) for p in holder[0].constGet().exteriorRing().points()]
            ).distance(point)
            assert distance >= 50 - 1e-6
    text = feedback.text()
    assert "1 evidence point(s) without evidence type skipped" in text
    assert "'foo'" in text
    assert "without geometry" in text
    points = features(result, "OUTPUT_POINTS")
    for f in out:
        mine = sorted(
            (p for p in points if p["owner_id"] == f["hazard_id"]), key=lambda p: p["seq"]
        )
        ring = f.geometry().constGet().exteriorRing()
        assert len(mine) == ring.numPoints() - 1
        assert [p["seq"] for p in mine] == list(range(1, len(mine) + 1))
        assert all(p["hazard_id"] == f["hazard_id"] and p["point_type"] == "turning" for p in mine)
        top = max(mine, key=lambda p: p.geometry().asPoint().y())
        assert top["seq"] == 1


def test_cha_turning_point_limit_and_parent(provider, evidence, make_layer):
    sha = make_layer(
        "Polygon",
        UTM,
        [(f"POLYGON(({X0 - 1000} {Y0 - 1000}, {X0 + 1000} {Y0 - 1000}, {X0 + 1000} {Y0 + 1000}, "
          f"{X0 - 1000} {Y0 + 1000}, {X0 - 1000} {Y0 - 1000}))",
          {"hazard_id": "SHA-AGD-0007", "district": "AGD"})],
    )  # fmt: skip
    out = features(
        run(
            "landrelease:delineatecha",
            {"EVIDENCE": evidence, "SHA": sha, "MAX_TURNING_POINTS": 6, "OUTPUT": "memory:"},
        )
    )
    for f in out:
        assert f.geometry().constGet().exteriorRing().numPoints() - 1 <= 6
    inside = [f for f in out if f["evidence_direct"] == 5][0]
    assert inside["parent_id"] == "SHA-AGD-0007"
    assert inside["hazard_id"] == "CHA-AGD-0001"
    outside = [f for f in out if f["evidence_direct"] == 3][0]
    assert not outside["parent_id"]  # NULL


def test_cha_geographic_same_as_projected(provider, evidence, reproject):
    params = {"MARGIN": 50, "OUTPUT": "memory:"}
    projected = features(run("landrelease:delineatecha", {**params, "EVIDENCE": evidence}))
    geographic = features(
        run("landrelease:delineatecha", {**params, "EVIDENCE": reproject(evidence, "EPSG:4326")})
    )
    assert sorted(f["estimated_area_m2"] for f in geographic) == pytest.approx(
        sorted(f["estimated_area_m2"] for f in projected), rel=1e-3
    )


def test_cha_bad_inputs(provider, make_layer):
    polygons = make_layer(
        "Polygon",
        UTM,
        [(f"POLYGON(({X0} {Y0}, {X0 + 1} {Y0}, {X0} {Y0 + 1}, {X0} {Y0}))", {"a": 1})],
    )
    with pytest.raises(QgsProcessingException):
        run("landrelease:delineatecha", {"EVIDENCE": polygons, "OUTPUT": "memory:"})
    indirect_only = make_layer(
        "Point", UTM, [(f"POINT({X0} {Y0})", {"evidence_type": "combat_zone"})]
    )
    with pytest.raises(QgsProcessingException, match="no direct evidence"):
        run("landrelease:delineatecha", {"EVIDENCE": indirect_only, "OUTPUT": "memory:"})
    no_type = make_layer("Point", UTM, [(f"POINT({X0} {Y0})", {"kind": "x"})])
    with pytest.raises(QgsProcessingException):
        run("landrelease:delineatecha", {"EVIDENCE": no_type, "OUTPUT": "memory:"})
    empty = make_layer("Point", UTM, [], fields={"evidence_type": str})
    with pytest.raises(QgsProcessingException, match="no features"):
        run("landrelease:delineatecha", {"EVIDENCE": empty, "OUTPUT": "memory:"})


def test_cha_minefield_alone_becomes_a_cha(provider, make_layer):
    evidence = make_layer("Point", UTM, [], fields={"evidence_type": str})
    minefields = make_layer(
        "Polygon",
        UTM,
        [(f"POLYGON(({X0} {Y0}, {X0 + 200} {Y0}, {X0 + 200} {Y0 + 100}, {X0} {Y0 + 100}, "
          f"{X0} {Y0}))", {"record_id": "MFR-001"})],
    )  # fmt: skip
    out = features(
        run(
            "landrelease:delineatecha",
            {"EVIDENCE": evidence, "MINEFIELDS": minefields, "OUTPUT": "memory:"},
        )
    )
    assert len(out) == 1
    assert out[0].geometry().area() >= 200 * 100 - 1e-6
    assert out[0]["evidence_direct"] == 0


def test_cha_zero_cluster_distance_is_refused(provider, evidence):
    with pytest.raises(QgsProcessingException, match="CLUSTER_DISTANCE"):
        run(
            "landrelease:delineatecha",
            {"EVIDENCE": evidence, "CLUSTER_DISTANCE": 0, "OUTPUT": "memory:"},
        )


# --- the core's refusals, by code, as the user reads them -----------------------------------


def test_cha_refusal_of_the_core_names_the_parameter_and_value(provider, evidence):
    with pytest.raises(QgsProcessingException) as refused:
        run(
            "landrelease:delineatecha",
            {"EVIDENCE": evidence, "MAX_TURNING_POINTS": 2, "OUTPUT": "memory:"},
        )
    assert str(refused.value).endswith(
        "MAX_TURNING_POINTS must be 0 (no limit) or at least 3 (a polygon has 3 or more "
        "turning points), not 2."
    )


def test_cha_without_direct_evidence_names_the_direct_types(provider, make_layer):
    indirect_only = make_layer(
        "Point", UTM, [(f"POINT({X0} {Y0})", {"evidence_type": "combat_zone"})]
    )
    with pytest.raises(QgsProcessingException) as refused:
        run("landrelease:delineatecha", {"EVIDENCE": indirect_only, "OUTPUT": "memory:"})
    assert str(refused.value) == (
        "EVIDENCE holds no direct evidence (types detonation, accident_known, record_high, "
        "marking, visual_mine, visual_erw) and no MINEFIELDS were given: there is nothing to "
        "make a confirmed hazardous area from."
    )


def test_sha_refusal_of_the_core_names_the_parameters(provider, line):
    with pytest.raises(QgsProcessingException) as refused:
        run(
            "landrelease:delineatesha",
            {"LINE": line, "DEPTH_LEFT": 0, "DEPTH_RIGHT": 0, "OUTPUT": "memory:"},
        )
    assert str(refused.value) == (
        "DEPTH_LEFT and DEPTH_RIGHT are 0 for every line and there is no INDIRECT evidence: "
        "there is no area to delineate"
    )


def test_sha_too_short_segments_are_refused_with_the_figures(provider, line):
    with pytest.raises(QgsProcessingException) as refused:
        run(
            "landrelease:delineatesha",
            {"LINE": line, "SEGMENT_LENGTH": 0.001, "OUTPUT": "memory:"},
        )
    message = str(refused.value)
    assert message.startswith("SEGMENT_LENGTH of 0.001 m is too short for 10.0 km of line: it ")
    assert message.endswith("choose a longer SEGMENT_LENGTH")


def test_sha_invalid_district_polygon_is_repaired_and_said(provider, line, make_layer, feedback):
    # A bow-tie district: self-intersecting, crossing at the line's middle.
    bowtie = (
        f"MULTIPOLYGON((({X0 - 100} {Y0 - 1000}, {X0 + 10100} {Y0 + 1000}, "
        f"{X0 + 10100} {Y0 - 1000}, {X0 - 100} {Y0 + 1000}, {X0 - 100} {Y0 - 1000})))"
    )
    districts = make_layer("MultiPolygon", UTM, [(bowtie, {"code": "AGD"})])
    out = features(
        run(
            "landrelease:delineatesha",
            {"LINE": line, "DEPTH_LEFT": 500, "DEPTH_RIGHT": 500, "DISTRICTS": districts,
             "OUTPUT": "memory:"},
            feedback,
        )
    )  # fmt: skip
    assert "repaired" in feedback.text()
    inside = sum(f.geometry().area() for f in out if f["district"] == "AGD")
    assert 0 < inside < 10000 * 1000
    assert sum(f.geometry().area() for f in out) == pytest.approx(10000 * 1000, rel=1e-3)


def test_sha_cancelled_stops_without_output(provider, line, feedback):
    feedback.cancel()
    result = run(
        "landrelease:delineatesha",
        {"LINE": line, "SEGMENT_LENGTH": 100, "OUTPUT": "memory:"},
        feedback,
    )
    assert "OUTPUT" not in result or result["OUTPUT"] is None


def test_the_sample_belts_are_valid_polygons_in_degrees(provider):
    """Split by districts and 2 km segments, 5 of the sample's 137 SHAs held a hole of no area
    (a boundary run out and back, nanometres wide): valid in UTM, a ring of coinciding points
    once in degrees (the output CRS of the sample line). An export refused them."""
    from pathlib import Path

    import shapely
    from qgis.core import QgsVectorLayer

    sample = Path(__file__).resolve().parents[2] / "sample_data"
    evidence = QgsVectorLayer(str(sample / "evidence.geojson"), "evidence", "ogr")
    evidence.setSubsetString("\"evidence_class\" = 'indirect'")
    result = run(
        "landrelease:delineatesha",
        {
            "LINE": QgsVectorLayer(str(sample / "line_of_contact.geojson"), "line", "ogr"),
            "DEPTH_LEFT": 500,
            "DEPTH_RIGHT": 500,
            "INDIRECT": evidence,
            "INDIRECT_BUFFER": 250,
            "DISTRICTS": QgsVectorLayer(str(sample / "districts.geojson"), "district", "ogr"),
            "DISTRICT_FIELD": "code",
            "SEGMENT_LENGTH": 2000,
            "OUTPUT": "memory:",
        },
    )
    shas = features(result)
    assert result["OUTPUT"].crs().authid() == "EPSG:4326" and len(shas) == 137
    invalid = {
        f["hazard_id"]: shapely.is_valid_reason(shapely.from_wkb(bytes(f.geometry().asWkb())))
        for f in shas
        if not shapely.is_valid(shapely.from_wkb(bytes(f.geometry().asWkb())))
    }
    assert invalid == {}
