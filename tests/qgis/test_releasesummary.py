"""landrelease:releasesummary through Processing on memory layers and a land release GeoPackage."""

from __future__ import annotations

import numpy as np
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDistanceArea,
    QgsFeature,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate

UTM = "EPSG:32638"
X0, Y0 = 600000.0, 4400000.0  # 100 km east of UTM 38N's central meridian: scale ~0.99972
AREA_FIELDS = ("original_area_m2", "cancelled_m2", "reduced_m2", "cleared_m2", "remaining_area_m2")


def run(params, feedback=None):
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    defaults = {"OUTPUT": "memory:", "OUTPUT_REMAINING": "memory:", "OUTPUT_ISSUES": "memory:"}
    return processing.run(
        "landrelease:releasesummary", {**defaults, **params}, context=context, feedback=feedback
    )


def rows(result, key="OUTPUT"):
    return list(result[key].getFeatures())


def box(x0, y0, x1, y1):
    """A rectangle in metres from (X0, Y0), as WKT in EPSG:32638."""
    return (
        f"POLYGON(({X0 + x0} {Y0 + y0}, {X0 + x1} {Y0 + y0}, {X0 + x1} {Y0 + y1}, "
        f"{X0 + x0} {Y0 + y1}, {X0 + x0} {Y0 + y0}))"
    )


def ellipsoidal(wkt_or_geometry, crs=UTM):
    da = QgsDistanceArea()
    da.setSourceCrs(QgsCoordinateReferenceSystem(crs), QgsProject.instance().transformContext())
    da.setEllipsoid("EPSG:7030")
    geometry = wkt_or_geometry
    if isinstance(geometry, str):
        geometry = QgsGeometry.fromWkt(geometry)
    return da.measureArea(geometry)


def planar(wkt):
    return QgsGeometry.fromWkt(wkt).area()


HAZARD_FIELDS = {"hazard_id": str, "classification": str}
RELEASE_FIELDS = {"release_id": str, "outcome": str, "end_date": str}


def hazards_layer(make_layer, rows_):
    return make_layer("Polygon", UTM, rows_, fields=HAZARD_FIELDS)


def releases_layer(make_layer, rows_, fields=None):
    return make_layer("Polygon", UTM, rows_, fields=fields or RELEASE_FIELDS)


def release(wkt, release_id, outcome, end_date="2024-05-01"):
    return (wkt, {"release_id": release_id, "outcome": outcome, "end_date": end_date})


@pytest.fixture
def site(make_layer):
    """Four 100 x 100 m hazards and the releases on them (see each test for the figures)."""
    hazards = hazards_layer(
        make_layer,
        [
            (box(0, 0, 100, 100), {"hazard_id": "SHA-AĞD-0001", "classification": "SHA"}),
            (box(200, 0, 300, 100), {"hazard_id": "ОПА-0002", "classification": "CHA"}),
            (box(300, 0, 400, 100), {"hazard_id": "SHA-ŞUŞ-0003", "classification": "SHA"}),
            (box(500, 0, 600, 100), {"hazard_id": "CHA-0004", "classification": "CHA"}),
        ],
    )
    releases = releases_layer(
        make_layer,
        [
            # on the first hazard, overlapping strips: cleared wins over reduced over cancelled
            release(box(0, 0, 30, 100), "LR-1", "cleared"),
            release(box(20, 0, 60, 100), "LR-2", "reduced"),
            release(box(50, 0, 80, 100), "LR-3", "cancelled"),
            # across the second and third hazards
            release(box(250, 0, 350, 100), "LR-4", "cleared"),
            # half outside the fourth hazard
            release(box(550, 0, 650, 100), "ЛР-5", "reduced"),
        ],
    )
    return hazards, releases


def by_id(features, field="hazard_id"):
    return {f[field]: f for f in features}


def test_per_outcome_areas_are_ellipsoidal_and_add_up(provider, site, feedback):
    hazards, releases = site
    result = run({"HAZARDS": hazards, "RELEASES": releases}, feedback)
    out = by_id(rows(result))
    assert list(out) == ["SHA-AĞD-0001", "ОПА-0002", "SHA-ŞUŞ-0003", "CHA-0004"]
    first = out["SHA-AĞD-0001"]
    expected = {
        "original_area_m2": box(0, 0, 100, 100),
        "cleared_m2": box(0, 0, 30, 100),
        "reduced_m2": box(30, 0, 60, 100),  # 20-30 is cleared
        "cancelled_m2": box(60, 0, 80, 100),  # 50-60 is reduced
        "remaining_area_m2": box(80, 0, 100, 100),
    }
    for field, wkt in expected.items():
        assert first[field] == pytest.approx(ellipsoidal(wkt), abs=0.01), field
        # 100 km off the central meridian, ellipsoidal and planar differ by ~0.056 %
        assert abs(first[field] - planar(wkt)) > 0.5, field
    assert first["status"] == "worked_on"
    assert first["classification"] == "SHA"  # the hazards' own fields are kept
    for f in out.values():
        parts = f["cancelled_m2"] + f["reduced_m2"] + f["cleared_m2"] + f["remaining_area_m2"]
        assert f["original_area_m2"] == pytest.approx(parts, abs=0.01), f["hazard_id"]
    for hazard_id in ("ОПА-0002", "SHA-ŞUŞ-0003"):  # LR-4 counts for both hazards it covers
        f = out[hazard_id]
        assert f["cleared_m2"] == pytest.approx(f["original_area_m2"] / 2, rel=1e-5)
        assert f["reduced_m2"] == f["cancelled_m2"] == 0
        assert f["status"] == "worked_on"
    fourth = out["CHA-0004"]
    assert fourth["reduced_m2"] == pytest.approx(ellipsoidal(box(550, 0, 600, 100)), abs=0.01)
    geometries = {f["hazard_id"]: f.geometry() for f in rows(result)}
    assert geometries["SHA-AĞD-0001"].equals(QgsGeometry.fromWkt(box(0, 0, 100, 100)))
    assert result["OUTPUT"].crs().authid() == UTM
    text = feedback.text()
    assert "4 hazard(s)" in text and "5 of 5 release(s) counted." in text


def test_issues_outside_and_overlap(provider, site):
    hazards, releases = site
    issues = rows(run({"HAZARDS": hazards, "RELEASES": releases}), "OUTPUT_ISSUES")
    outside = [i for i in issues if i["code"] == "release_outside_hazard"]
    assert len(outside) == 1
    issue = outside[0]
    half = ellipsoidal(box(600, 0, 650, 100))
    assert issue["release_id"] == "ЛР-5"
    assert issue["severity"] == "warning"
    assert issue["area_m2"] == pytest.approx(half, abs=0.01)
    assert issue["message"] == f"Release ЛР-5 lies {half:.0f} m² outside every hazard."
    assert ellipsoidal(issue.geometry()) == pytest.approx(half, abs=0.01)
    overlaps = sorted(
        (i["release_id"], round(i["area_m2"], 2)) for i in issues if i["code"] == "release_overlap"
    )
    assert overlaps == [
        ("LR-1, LR-2", round(ellipsoidal(box(20, 0, 30, 100)), 2)),
        ("LR-2, LR-3", round(ellipsoidal(box(50, 0, 60, 100)), 2)),
    ]
    assert all(i["severity"] == "warning" for i in issues if i["code"] == "release_overlap")


def test_remaining_layer_matches_the_figures(provider, site):
    hazards, releases = site
    result = run({"HAZARDS": hazards, "RELEASES": releases})
    summary = by_id(rows(result))
    remaining = rows(result, "OUTPUT_REMAINING")
    assert [f.fields().names() for f in remaining[:1]] == [
        ["hazard_id", "remaining_area_m2", "status"]
    ]
    assert sorted(f["hazard_id"] for f in remaining) == sorted(summary)
    for f in remaining:
        assert f["remaining_area_m2"] == pytest.approx(
            summary[f["hazard_id"]]["remaining_area_m2"], abs=1e-6
        )
        assert ellipsoidal(f.geometry()) == pytest.approx(f["remaining_area_m2"], abs=0.01)
        assert f["status"] == summary[f["hazard_id"]]["status"]
    total = sum(f["remaining_area_m2"] for f in remaining)
    assert total == pytest.approx(sum(f["remaining_area_m2"] for f in summary.values()), abs=0.01)
    assert result["OUTPUT_REMAINING"].crs().authid() == UTM


@pytest.mark.parametrize(
    ("as_of", "status", "cleared"),
    [
        (None, "closed", 100),
        (QDate(2024, 1, 1), "open", 0),
        (QDate(2024, 4, 1), "worked_on", 50),
        ("2024-06-01", "closed", 100),  # end_date on AS_OF counts
    ],
)
def test_as_of_changes_status(provider, make_layer, as_of, status, cleared):
    hazards = hazards_layer(make_layer, [(box(0, 0, 100, 100), {"hazard_id": "H-1"})])
    releases = releases_layer(
        make_layer,
        [
            release(box(0, 0, 50, 100), "LR-1", "cleared", "2024-03-01"),
            release(box(50, 0, 100, 100), "LR-2", "cleared", "2024-06-01"),
        ],
    )
    params = {"HAZARDS": hazards, "RELEASES": releases}
    if as_of is not None:
        params["AS_OF"] = as_of
    result = run(params)
    (hazard,) = rows(result)
    assert hazard["status"] == status
    whole = hazard["original_area_m2"]
    assert hazard["cleared_m2"] == pytest.approx(whole * cleared / 100, rel=1e-5, abs=0.01)
    assert hazard["remaining_area_m2"] == pytest.approx(whole - hazard["cleared_m2"], abs=0.01)
    remaining = rows(result, "OUTPUT_REMAINING")
    assert len(remaining) == (0 if status == "closed" else 1)


def test_dates_of_every_kind_and_no_end_date(provider, make_layer):
    hazards = hazards_layer(make_layer, [(box(0, 0, 100, 100), {"hazard_id": "H-1"})])
    # a real date field: QDate values, and NULL
    dated = QgsVectorLayer(f"Polygon?crs={UTM}&field=release_id:string&field=outcome:string"
                           "&field=end_date:date", "dated", "memory")  # fmt: skip
    features = []
    for wkt, release_id, end in (
        (box(0, 0, 25, 100), "LR-1", QDate(2024, 3, 1)),
        (box(25, 0, 50, 100), "LR-2", None),
        (box(50, 0, 75, 100), "LR-3", QDate(2024, 9, 1)),
    ):
        f = QgsFeature(dated.fields())
        f.setGeometry(QgsGeometry.fromWkt(wkt))
        f.setAttributes([release_id, "Cleared ", end])  # case and spaces do not matter
        features.append(f)
    assert dated.dataProvider().addFeatures(features)
    everything = by_id(rows(run({"HAZARDS": hazards, "RELEASES": dated})))["H-1"]
    assert everything["cleared_m2"] == pytest.approx(
        ellipsoidal(box(0, 0, 75, 100)), abs=0.01
    )  # no AS_OF: the release without end date counts
    result = run({"HAZARDS": hazards, "RELEASES": dated, "AS_OF": QDate(2024, 6, 30)})
    as_of = by_id(rows(result))["H-1"]
    assert as_of["cleared_m2"] == pytest.approx(ellipsoidal(box(0, 0, 25, 100)), abs=0.01)
    issues = rows(result, "OUTPUT_ISSUES")
    no_date = [i for i in issues if i["code"] == "no_end_date"]
    assert [i["release_id"] for i in no_date] == ["LR-2"]
    assert no_date[0].geometry().isNull()
    assert "2024-06-30" in no_date[0]["message"]


def test_unknown_outcome_is_reported_not_counted(provider, make_layer):
    hazards = hazards_layer(make_layer, [(box(0, 0, 100, 100), {"hazard_id": "H-1"})])
    releases = releases_layer(
        make_layer,
        [
            release(box(0, 0, 50, 100), "LR-1", "destroyed"),
            release(box(50, 0, 100, 100), "LR-2", None),
        ],
    )
    result = run({"HAZARDS": hazards, "RELEASES": releases})
    (hazard,) = rows(result)
    assert hazard["status"] == "open"
    assert hazard["remaining_area_m2"] == pytest.approx(hazard["original_area_m2"], abs=1e-6)
    unknown = {i["release_id"]: i for i in rows(result, "OUTPUT_ISSUES")
               if i["code"] == "unknown_outcome"}  # fmt: skip
    assert set(unknown) == {"LR-1", "LR-2"}
    assert "'destroyed'" in unknown["LR-1"]["message"]
    assert all(i.geometry().isNull() and i["severity"] == "error" for i in unknown.values())


def test_geographic_input_gives_the_same_areas(provider, site, reproject):
    hazards, releases = site
    projected = by_id(rows(run({"HAZARDS": hazards, "RELEASES": releases})))
    result = run(
        {"HAZARDS": reproject(hazards, "EPSG:4326"), "RELEASES": reproject(releases, "EPSG:4326")}
    )
    for key in ("OUTPUT", "OUTPUT_REMAINING", "OUTPUT_ISSUES"):
        assert result[key].crs().authid() == "EPSG:4326"
    geographic = by_id(rows(result))
    assert set(geographic) == set(projected)
    for hazard_id, f in geographic.items():
        for field in AREA_FIELDS:
            assert f[field] == pytest.approx(projected[hazard_id][field], abs=0.01), field
        assert f["status"] == projected[hazard_id]["status"]
        assert f.geometry().boundingBox().xMaximum() < 90  # degrees, the input's own geometry
    remaining = rows(result, "OUTPUT_REMAINING")
    for f in remaining:
        assert ellipsoidal(f.geometry(), "EPSG:4326") == pytest.approx(
            f["remaining_area_m2"], abs=0.01
        )
    # releases in another CRS than the hazards are transformed too
    mixed = by_id(rows(run({"HAZARDS": hazards, "RELEASES": reproject(releases, "EPSG:4326")})))
    for hazard_id, f in mixed.items():
        assert f["cleared_m2"] == pytest.approx(projected[hazard_id]["cleared_m2"], abs=0.01)


def test_ids_fall_back_to_feature_ids(provider, make_layer):
    hazards = make_layer("Polygon", UTM, [(box(0, 0, 100, 100), {"name": "a"})])
    releases = releases_layer(
        make_layer,
        [
            (box(0, 0, 60, 100), {"outcome": "cleared", "end_date": "2024-01-01"}),
            (box(40, 0, 100, 100), {"outcome": "reduced", "end_date": "2024-01-01"}),
        ],
        fields={"outcome": str, "end_date": str},
    )
    result = run({"HAZARDS": hazards, "RELEASES": releases})
    (issue,) = rows(result, "OUTPUT_ISSUES")
    fids = [str(f.id()) for f in releases.getFeatures()]
    hazard_fid = str(next(hazards.getFeatures()).id())
    assert issue["code"] == "release_overlap"
    assert (issue["release_id"], issue["hazard_id"]) == (", ".join(fids), hazard_fid)
    (hazard,) = rows(result)
    assert hazard["status"] == "closed"
    assert hazard["reduced_m2"] == pytest.approx(ellipsoidal(box(60, 0, 100, 100)), abs=0.01)
    assert rows(result, "OUTPUT_REMAINING") == []
    assert result["OUTPUT_REMAINING"].fields().names() == ["remaining_area_m2", "status"]


def test_land_release_geopackage(provider, new_gpkg, feedback):
    day = QDate(2024, 5, 1)
    hazards = add(
        new_gpkg,
        "hazard",
        [
            (box(0, 0, 100, 100), {"hazard_id": "CHA-AĞD-0001", "classification": "CHA",
                                   "status": "open", "remaining_area_m2": 10000.0}),
            (box(200, 0, 300, 100), {"hazard_id": "SHA-XOC-0001", "classification": "SHA",
                                     "status": "open", "remaining_area_m2": 10000.0}),
        ],
    )  # fmt: skip
    common = {"hazard_id": "CHA-AĞD-0001", "activity": "clearance", "end_date": day}
    releases = add(
        new_gpkg,
        "land_release",
        [
            (box(0, 0, 100, 100), {"release_id": "LR-0001", "outcome": "cleared", **common}),
            (box(200, 0, 250, 100), {"release_id": "LR-0002", "outcome": "cancelled",
                                     **common, "hazard_id": "SHA-XOC-0001", "activity": "nts"}),
        ],
    )  # fmt: skip
    result = run({"HAZARDS": hazards, "RELEASES": releases}, feedback)
    layer = result["OUTPUT"]
    names = layer.fields().names()
    assert len(names) == len(set(names)), names
    assert names[: len(hazards.fields())] == hazards.fields().names()
    for name in AREA_FIELDS + ("status",):
        assert names.count(name) == 1
    out = by_id(rows(result))
    closed, worked = out["CHA-AĞD-0001"], out["SHA-XOC-0001"]
    assert closed["status"] == "closed" and closed["remaining_area_m2"] == pytest.approx(
        0, abs=0.01
    )
    assert closed["cleared_m2"] == pytest.approx(ellipsoidal(box(0, 0, 100, 100)), abs=0.01)
    assert worked["status"] == "worked_on"
    assert worked["cancelled_m2"] == pytest.approx(ellipsoidal(box(200, 0, 250, 100)), abs=0.01)
    assert worked["remaining_area_m2"] == pytest.approx(
        ellipsoidal(box(250, 0, 300, 100)), abs=0.01
    )
    assert worked["classification"] == "SHA" and worked["uuid"] == "hazard-1"
    assert rows(result, "OUTPUT_ISSUES") == []
    assert [f["hazard_id"] for f in rows(result, "OUTPUT_REMAINING")] == ["SHA-XOC-0001"]


def test_existing_summary_fields_are_reused_whatever_their_case_and_type(provider, make_layer):
    hazards = make_layer(
        "Polygon",
        UTM,
        [(box(0, 0, 100, 100), {"hazard_id": "H-1", "Status": "open", "original_area_m2": 1})],
        fields={"hazard_id": str, "Status": str, "original_area_m2": int},
    )
    releases = releases_layer(make_layer, [release(box(0, 0, 50, 100), "LR-1", "cleared")])
    layer = run({"HAZARDS": hazards, "RELEASES": releases})["OUTPUT"]
    names = layer.fields().names()
    assert [n.lower() for n in names].count("status") == 1
    assert names[:3] == ["hazard_id", "Status", "original_area_m2"]
    assert layer.fields().field("original_area_m2").typeName().lower() in ("double", "real")
    (hazard,) = layer.getFeatures()
    assert hazard["Status"] == "worked_on"
    assert hazard["original_area_m2"] == pytest.approx(ellipsoidal(box(0, 0, 100, 100)), abs=0.01)


def add(path, layer_name, rows_):
    layer = QgsVectorLayer(f"{path}|layername={layer_name}", layer_name, "ogr")
    assert layer.isValid()
    features = []
    for wkt, values in rows_:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt(wkt))
        for name, value in {"uuid": f"{layer_name}-{len(features)}", **values}.items():
            f[name] = value
        features.append(f)
    assert layer.dataProvider().addFeatures(features)
    return QgsVectorLayer(f"{path}|layername={layer_name}", layer_name, "ogr")


def test_output_to_a_geopackage_file(provider, site, tmp_path):
    hazards, releases = site
    paths = {k: str(tmp_path / f"{k.lower()}.gpkg") for k in ("OUTPUT", "OUTPUT_REMAINING",
                                                               "OUTPUT_ISSUES")}  # fmt: skip
    result = run({"HAZARDS": hazards, "RELEASES": releases, **paths})
    written = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    assert written.featureCount() == 4
    issues = QgsVectorLayer(result["OUTPUT_ISSUES"], "issues", "ogr")
    assert issues.featureCount() == 3
    assert {f["release_id"] for f in issues.getFeatures()} >= {"ЛР-5"}
    remaining = QgsVectorLayer(result["OUTPUT_REMAINING"], "remaining", "ogr")
    assert remaining.featureCount() == 4
    assert QgsWkbTypes.displayString(remaining.wkbType()) == "MultiPolygon"
    assert all(f.geometry().isMultipart() for f in remaining.getFeatures())


def test_broken_hazards_are_kept_and_reported(provider, make_layer):
    bowtie = (f"POLYGON(({X0} {Y0}, {X0 + 100} {Y0 + 100}, {X0 + 100} {Y0}, {X0} {Y0 + 100}, "
              f"{X0} {Y0}))")  # fmt: skip
    hazards = hazards_layer(
        make_layer,
        [
            (bowtie, {"hazard_id": "H-BOWTIE"}),
            (None, {"hazard_id": "H-NONE"}),
            (box(200, 0, 300, 100), {"hazard_id": "H-OK"}),
        ],
    )
    releases = releases_layer(make_layer, [release(box(0, 0, 100, 100), "LR-1", "cleared")])
    result = run({"HAZARDS": hazards, "RELEASES": releases})
    out = by_id(rows(result))
    assert list(out) == ["H-BOWTIE", "H-NONE", "H-OK"]  # every hazard is written, in order
    assert out["H-BOWTIE"].geometry().asWkt() == QgsGeometry.fromWkt(bowtie).asWkt()
    assert out["H-BOWTIE"]["status"] == "closed"  # repaired: two triangles, both cleared
    assert out["H-BOWTIE"]["original_area_m2"] == pytest.approx(
        ellipsoidal(box(0, 0, 100, 100)) / 2, rel=1e-4
    )
    assert out["H-NONE"].geometry().isNull()
    assert (out["H-NONE"]["original_area_m2"], out["H-NONE"]["status"]) == (0, "open")
    issues = {(i["code"], i["hazard_id"]): i for i in rows(result, "OUTPUT_ISSUES")}
    assert issues[("invalid_geometry", "H-BOWTIE")]["message"].startswith(
        "Hazard H-BOWTIE has an invalid geometry"
    )
    assert issues[("empty_geometry", "H-NONE")]["severity"] == "error"


def test_algorithm_metadata(provider):
    from qgis.core import QgsApplication, QgsProcessingParameterDefinition

    from landrelease.processing.parameters import DATE_TYPE

    algorithm = QgsApplication.processingRegistry().algorithmById("landrelease:releasesummary")
    assert algorithm is not None
    assert (algorithm.group(), algorithm.groupId()) == ("Land release", "landrelease")
    names = [p.name() for p in algorithm.parameterDefinitions()]
    assert names == [
        "HAZARDS",
        "RELEASES",
        "AS_OF",
        "OFFICIAL",
        "OUTPUT",
        "OUTPUT_REMAINING",
        "OUTPUT_ISSUES",
    ]
    assert algorithm.parameterDefinition("OFFICIAL").defaultValue() is False
    as_of = algorithm.parameterDefinition("AS_OF")
    assert as_of.flags() & QgsProcessingParameterDefinition.FlagOptional
    assert as_of.dataType() == DATE_TYPE  # a date, not a date and time
    help_text = algorithm.shortHelpString()
    for word in (
        "AS_OF",
        "cleared before reduced before cancelled",
        "ellipsoidal",
        "OUTPUT_ISSUES",
        "OFFICIAL",
        "pending_m2",
        "failed",
    ):
        assert word in help_text


# --- bad input --------------------------------------------------------------------------------


@pytest.mark.parametrize("missing", ["outcome", "end_date"])
def test_missing_release_field(provider, make_layer, missing):
    hazards = hazards_layer(make_layer, [(box(0, 0, 100, 100), {"hazard_id": "H-1"})])
    fields = {k: v for k, v in RELEASE_FIELDS.items() if k != missing}
    releases = releases_layer(make_layer, [(box(0, 0, 50, 50), {"release_id": "LR-1"})], fields)
    with pytest.raises(QgsProcessingException, match=f"RELEASES has no field {missing}"):
        run({"HAZARDS": hazards, "RELEASES": releases})


def test_empty_hazards_layer(provider, make_layer):
    hazards = hazards_layer(make_layer, [])
    releases = releases_layer(make_layer, [release(box(0, 0, 50, 50), "LR-1", "cleared")])
    with pytest.raises(QgsProcessingException, match="HAZARDS has no features"):
        run({"HAZARDS": hazards, "RELEASES": releases})


def test_points_are_refused(provider, make_layer):
    points = make_layer("Point", UTM, [(f"POINT({X0} {Y0})", {"hazard_id": "H-1"})])
    releases = releases_layer(make_layer, [release(box(0, 0, 50, 50), "LR-1", "cleared")])
    with pytest.raises(QgsProcessingException):
        run({"HAZARDS": points, "RELEASES": releases})
    hazards = hazards_layer(make_layer, [(box(0, 0, 100, 100), {"hazard_id": "H-1"})])
    with pytest.raises(QgsProcessingException):
        run({"HAZARDS": hazards, "RELEASES": points})


def test_no_releases_leaves_everything_open(provider, make_layer, feedback):
    hazards = hazards_layer(make_layer, [(box(0, 0, 100, 100), {"hazard_id": "H-1"})])
    releases = releases_layer(make_layer, [])
    result = run({"HAZARDS": hazards, "RELEASES": releases}, feedback)
    (hazard,) = rows(result)
    assert hazard["status"] == "open"
    assert hazard["remaining_area_m2"] == pytest.approx(hazard["original_area_m2"], abs=1e-6)
    assert "Status: 1 open, 0 worked on, 0 closed." in feedback.text()


def test_cancelled_writes_nothing(provider, site, feedback):
    hazards, releases = site
    feedback.cancel()
    result = run({"HAZARDS": hazards, "RELEASES": releases}, feedback)
    assert "OUTPUT" not in result or result["OUTPUT"] is None


# --- the ellipsoidal area function -------------------------------------------------------------


def test_ellipsoidal_area_agrees_with_qgsdistancearea(provider):
    import shapely

    from landrelease.qgis_io.geometry import EllipsoidalArea

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    crs = QgsCoordinateReferenceSystem(UTM)
    rng = np.random.default_rng(7)
    centres = shapely.points(rng.uniform(-150000, 150000, (300, 2)) + [X0, Y0])
    geometries = np.concatenate(
        [
            shapely.buffer(centres[:100], 60, quad_segs=8),  # small discs
            shapely.difference(  # 3 km discs with holes
                shapely.buffer(centres[100:150], 3000, quad_segs=4),
                shapely.buffer(centres[100:150], 800, quad_segs=3),
            ),
            [shapely.box(X0, Y0, X0 + 9500, Y0 + 7000)],  # long edges, still the fast path
            [shapely.box(X0, Y0, X0 + 60000, Y0 + 30000)],  # too large: QgsDistanceArea
            [shapely.multipolygons([shapely.box(X0, Y0, X0 + 10, Y0 + 10),
                                    shapely.box(X0 + 50, Y0, X0 + 70, Y0 + 10)])],
            [shapely.box(X0, Y0, X0 + 0.1, Y0 + 0.5)],  # a sliver
            [shapely.Polygon(), None, shapely.LineString([(X0, Y0), (X0 + 5, Y0)])],
        ]
    )  # fmt: skip
    ours = EllipsoidalArea(crs, context)(geometries)
    da = QgsDistanceArea()
    da.setSourceCrs(crs, context.transformContext())
    da.setEllipsoid("EPSG:7030")
    reference = []
    for g in geometries:
        if g is None:
            reference.append(0.0)
            continue
        q = QgsGeometry()
        q.fromWkb(shapely.to_wkb(g))
        reference.append(da.measureArea(q))
    reference = np.array(reference)
    assert ours.shape == reference.shape
    # 1e-6 relative, or GeographicLib's own rounding (~1e-4 m²) for the tiniest pieces
    assert np.all(np.abs(ours - reference) <= np.maximum(1e-6 * reference, 1e-3))
    assert np.count_nonzero(ours) == len(geometries) - 3


# --- which releases count by their review: OFFICIAL, failed, pending (issue 19) ----------------

REVIEW_FIELDS = {**RELEASE_FIELDS, "qa_status": str}
# (release_id, geometry, outcome, qa_status): the first hazard has a passed clearance, a
# pending reduction overlapping it, a failed cancellation and a clearance never reviewed (NULL);
# on the second a failed clearance lies over a passed reduction.
REVIEWED = [
    ("LR-P1", (0, 0, 50, 100), "cleared", "passed"),
    ("LR-Q1", (25, 0, 75, 100), "reduced", "pending"),
    ("LR-F1", (60, 20, 100, 60), "cancelled", "failed"),
    ("LR-N1", (0, 0, 100, 10), "cleared", None),
    ("LR-P2", (200, 0, 260, 100), "reduced", " Passed"),
    ("LR-F2", (200, 0, 300, 100), "cleared", "FAILED"),
]
REVIEW_HAZARDS = {"H-1": (0, 0, 100, 100), "H-2": (200, 0, 300, 100)}


@pytest.fixture
def reviewed(make_layer):
    hazards = hazards_layer(
        make_layer, [(box(*b), {"hazard_id": h}) for h, b in REVIEW_HAZARDS.items()]
    )
    releases = releases_layer(
        make_layer,
        [
            (box(*b), {"release_id": r, "outcome": o, "end_date": "2024-05-01", "qa_status": q})
            for r, b, o, q in REVIEWED
        ],
        REVIEW_FIELDS,
    )
    return hazards, releases


def geodesic_m2(geometry) -> float:
    """Area on the WGS 84 ellipsoid by pyproj (a reference apart from QGIS): shapely geometry
    in metres from (X0, Y0), UTM 38N."""
    import shapely
    from pyproj import Geod, Transformer

    if geometry.is_empty:
        return 0.0
    to_lonlat = Transformer.from_crs(UTM, "EPSG:4326", always_xy=True)
    moved = shapely.transform(geometry, lambda xy: np.array(to_lonlat.transform(
        xy[:, 0] + X0, xy[:, 1] + Y0)).T)  # fmt: skip
    return abs(Geod(ellps="WGS84").geometry_area_perimeter(moved)[0])


def expected_figures(official: bool) -> dict:
    """Per hazard, the figures by shapely overlays of the releases that count."""
    import shapely

    def union(keep):
        parts = [shapely.box(*b) for _r, b, o, q in REVIEWED if keep(o, (q or "").strip().lower())]
        return shapely.union_all(parts) if parts else shapely.Polygon()

    counts = ("passed",) if official else ("passed", "pending", "")
    cleared = union(lambda o, q: o == "cleared" and q in counts)
    reduced = union(lambda o, q: o == "reduced" and q in counts)
    cancelled = union(lambda o, q: o == "cancelled" and q in counts)
    passed = union(lambda o, q: q == "passed")
    pending = union(lambda o, q: q in ("pending", ""))
    out = {}
    for hazard_id, b in REVIEW_HAZARDS.items():
        h = shapely.box(*b)
        c = h.intersection(cleared)
        r = h.intersection(reduced).difference(c)
        x = h.intersection(cancelled).difference(c).difference(r)
        out[hazard_id] = {
            "original_area_m2": geodesic_m2(h),
            "cleared_m2": geodesic_m2(c),
            "reduced_m2": geodesic_m2(r),
            "cancelled_m2": geodesic_m2(x),
            "remaining_area_m2": geodesic_m2(h.difference(c.union(r).union(x))),
            "pending_m2": geodesic_m2(h.intersection(pending).difference(passed)),
        }
    return out


@pytest.mark.parametrize("official", [False, True])
def test_figures_by_review_equal_a_pyproj_reference(provider, reviewed, official, feedback):
    hazards, releases = reviewed
    result = run({"HAZARDS": hazards, "RELEASES": releases, "OFFICIAL": official}, feedback)
    out = by_id(rows(result))
    expected = expected_figures(official)
    for hazard_id, figures in expected.items():
        for name, value in figures.items():
            assert out[hazard_id][name] == pytest.approx(value, abs=0.05), (hazard_id, name)
        f = out[hazard_id]
        parts = f["cancelled_m2"] + f["reduced_m2"] + f["cleared_m2"] + f["remaining_area_m2"]
        assert parts == pytest.approx(f["original_area_m2"], abs=1e-6)
    # the failed clearance over the passed reduction takes nothing away from it
    assert out["H-2"]["cleared_m2"] == 0
    assert out["H-2"]["reduced_m2"] == pytest.approx(geodesic_m2_box(200, 0, 260, 100), abs=0.05)
    assert out["H-2"]["pending_m2"] == 0
    # pending: the middle band right of the passed half, and the strip's east half
    pending = geodesic_m2_box(50, 10, 75, 100) + geodesic_m2_box(50, 0, 100, 10)
    assert out["H-1"]["pending_m2"] == pytest.approx(pending, abs=0.05)
    kind = "Official figures" if official else "Operational figures"
    assert kind in feedback.text()


def geodesic_m2_box(x0, y0, x1, y1) -> float:
    import shapely

    return geodesic_m2(shapely.box(x0, y0, x1, y1))


def test_official_remaining_is_operational_remaining_plus_pending(provider, reviewed):
    hazards, releases = reviewed
    figures = {
        official: by_id(rows(run({"HAZARDS": hazards, "RELEASES": releases, "OFFICIAL": official})))
        for official in (False, True)
    }
    for hazard_id in REVIEW_HAZARDS:
        operational, official = figures[False][hazard_id], figures[True][hazard_id]
        assert official["pending_m2"] == pytest.approx(operational["pending_m2"], abs=1e-6)
        assert official["remaining_area_m2"] == pytest.approx(
            operational["remaining_area_m2"] + operational["pending_m2"], abs=0.01
        )
    assert figures[True]["H-1"]["status"] == "worked_on"


def test_failed_releases_are_listed_as_not_counted(provider, reviewed, feedback):
    hazards, releases = reviewed
    result = run({"HAZARDS": hazards, "RELEASES": releases, "OFFICIAL": True}, feedback)
    failed = [f for f in rows(result, "OUTPUT_ISSUES") if f["code"] == "failed_review"]
    assert sorted(f["release_id"] for f in failed) == ["LR-F1", "LR-F2"]
    for f in failed:
        assert f["severity"] == "warning"
        assert "failed quality management review: it is not counted" in f["message"]
        assert f.geometry().isNull()
    # overlaps are reported among the releases that count only: official, none overlap
    assert not [f for f in rows(result, "OUTPUT_ISSUES") if f["code"] == "release_overlap"]
    assert "LR-F2 failed quality management review" in feedback.text()
    assert "2 release(s) pending review" in feedback.text()


def test_an_unknown_qa_status_is_an_error_and_not_counted(provider, make_layer):
    hazards = hazards_layer(make_layer, [(box(0, 0, 100, 100), {"hazard_id": "H-1"})])
    releases = releases_layer(
        make_layer,
        [
            (box(0, 0, 50, 100), {"release_id": "LR-1", "outcome": "cleared",
                                  "end_date": "2024-05-01", "qa_status": "ok"}),
        ],
        REVIEW_FIELDS,
    )  # fmt: skip
    result = run({"HAZARDS": hazards, "RELEASES": releases})
    (issue,) = rows(result, "OUTPUT_ISSUES")
    assert (issue["code"], issue["severity"], issue["release_id"]) == (
        "unknown_qa_status",
        "error",
        "LR-1",
    )
    assert "'ok'" in issue["message"]
    assert rows(result)[0]["status"] == "open"


def test_official_figures_need_the_qa_status_field(provider, site):
    hazards, releases = site  # releases without qa_status
    with pytest.raises(QgsProcessingException, match="RELEASES has no field qa_status"):
        run({"HAZARDS": hazards, "RELEASES": releases, "OFFICIAL": True})
    out = by_id(rows(run({"HAZARDS": hazards, "RELEASES": releases})))
    first = out["SHA-AĞD-0001"]  # without the field every release is pending
    released = first["cancelled_m2"] + first["reduced_m2"] + first["cleared_m2"]
    assert first["pending_m2"] == pytest.approx(released, abs=0.01)


def test_an_end_date_stored_as_text_that_is_no_date_never_counts(provider, new_gpkg, feedback):
    """Another program wrote '01.05.2031' into a release's end_date (SQLite keeps it; QGIS
    reads NULL there, which would count as a release without a date): it is no date, so the
    release does not count, and the issue names the text."""
    from osgeo import ogr

    hazards = add(
        new_gpkg,
        "hazard",
        [(box(0, 0, 100, 100), {"hazard_id": "CHA-AĞD-0001", "classification": "CHA",
                                 "status": "open"})],
    )  # fmt: skip
    common = {"hazard_id": "CHA-AĞD-0001", "activity": "clearance", "outcome": "cleared"}
    add(
        new_gpkg,
        "land_release",
        [(box(0, 0, 50, 100), {"release_id": "LR-0001", "end_date": QDate(2024, 5, 1), **common}),
         (box(50, 0, 100, 100), {"release_id": "LR-0002", "end_date": QDate(2024, 5, 2),
                                 **common})],
    )  # fmt: skip
    dataset = ogr.Open(str(new_gpkg), 1)
    dataset.ExecuteSQL(
        "UPDATE land_release SET end_date = '01.05.2031' WHERE release_id = 'LR-0002'"
    )
    dataset = None
    releases = QgsVectorLayer(f"{new_gpkg}|layername=land_release", "land_release", "ogr")
    result = run({"HAZARDS": hazards, "RELEASES": releases}, feedback)
    hazard = by_id(rows(result))["CHA-AĞD-0001"]
    assert hazard["cleared_m2"] == pytest.approx(ellipsoidal(box(0, 0, 50, 100)), abs=0.01)
    assert hazard["status"] == "worked_on"
    (issue,) = [f for f in rows(result, "OUTPUT_ISSUES") if f["code"] == "no_end_date"]
    assert issue["release_id"] == "LR-0002" and "01.05.2031" in issue["message"]


# --- large inputs: the overlays on two threads -------------------------------------------------


@pytest.fixture
def grid_site(make_layer):
    """60 hazards on a grid, strips across each (some overlapping, some past the edge, some
    across to the next hazard), outcomes and end dates mixed."""
    rng = np.random.default_rng(3)
    hazards, releases = [], []
    for k in range(60):
        x, y = 300.0 * (k % 8), 300.0 * (k // 8)
        hazards.append((box(x, y, x + 150, y + 150), {"hazard_id": f"SHA-{k:04d}"}))
        cuts = np.r_[0.0, np.sort(rng.uniform(0, 150, 3)), 150.0]
        for j, (a, b) in enumerate(zip(cuts[:-1], cuts[1:])):
            grow = rng.uniform(2, 10) if rng.random() < 0.2 else 0.0
            reach = 420.0 if rng.random() < 0.1 else 170.0 if rng.random() < 0.2 else 150.0
            outcome = ("cleared", "reduced", "cancelled")[int(rng.integers(0, 3))]
            end = f"202{int(rng.integers(0, 5))}-03-01"
            releases.append(release(box(x + a, y, x + b + grow, y + reach), f"LR-{k}-{j}",
                                    outcome, end))  # fmt: skip
    return hazards_layer(make_layer, hazards), releases_layer(make_layer, releases)


def outputs(result) -> dict:
    return {
        key: sorted((f.geometry().asWkb().data(), *map(str, f.attributes()))
                    for f in result[key].getFeatures())
        for key in ("OUTPUT", "OUTPUT_REMAINING", "OUTPUT_ISSUES")
    }  # fmt: skip


def test_two_threads_write_what_one_thread_writes(provider, grid_site, monkeypatch):
    from landrelease.core.accounting import parallel

    hazards, releases = grid_site
    params = {"HAZARDS": hazards, "RELEASES": releases, "AS_OF": "2023-06-30"}
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 10**9)
    one = outputs(run(params))
    calls = []
    run_two = parallel.run_two
    monkeypatch.setattr(parallel, "run_two", lambda *a: calls.append(1) or run_two(*a))
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 0)
    from landrelease.qgis_io.geometry import EllipsoidalArea

    monkeypatch.setattr(EllipsoidalArea, "THREADED_FROM", 2)  # measured on two threads too
    two = outputs(run(params))
    assert calls == [1]
    assert two == one
    assert len(one["OUTPUT"]) == 60 and len(one["OUTPUT_ISSUES"]) > 10


def test_cancel_during_the_threads_writes_nothing(provider, grid_site, monkeypatch, feedback):
    from landrelease.core.accounting import parallel

    run_two, finished = parallel.run_two, []

    def cancel_then_run(work, step):
        feedback.cancel()  # as the user would, while both threads work

        def counted(k, thread_step):
            result = work(k, thread_step)
            finished.append(k)
            return result

        return run_two(counted, step)

    monkeypatch.setattr(parallel, "PARALLEL_FROM", 0)
    monkeypatch.setattr(parallel, "run_two", cancel_then_run)
    hazards, releases = grid_site
    result = run({"HAZARDS": hazards, "RELEASES": releases}, feedback)
    assert finished == []  # neither group's overlays ran to the end
    assert "OUTPUT" not in result or result["OUTPUT"] is None
