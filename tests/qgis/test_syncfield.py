"""landrelease:syncfield: a field package edited as QField would, merged back into the office
database (GeoPackage, and PostGIS with an editor's login): counts, geometries, the edit log,
conflicts, the report; a second sync changes nothing; refusals leave the database as it was."""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

import pytest
from qgis.core import (
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProject,
    QgsVectorLayer,
    QgsVectorLayerUtils,
)
from qgis.PyQt.QtCore import QDate

from landrelease.core import model
from landrelease.storage import recording
from landrelease.storage.database import create_geopackage, layer_uri, load_database, open_layers
from landrelease.storage.field.identity import database_id

from .conftest import sql_rows
from .test_postgis_rights import logins  # noqa: F401 - the fixture
from .test_recording import H1, X, Y, _add_hazard, ellipsoidal, make_candidate, square

PACKED = ("hazard", "land_release", "survey_point", "evidence", "task")
TEAM = "Team 3"
FIELD_USER = "qfield_tural"
HAS_PHOTO = "photo" in model.layer("land_release").field_names()


# --- a field package as packagefield makes it (COMMON20) -----------------------------------------


def make_package(office, folder: Path, hazard_ids, team: str = TEAM) -> Path:
    """A field package of ``hazard_ids`` made by ``landrelease:packagefield`` itself, as the
    office makes one (hazards selected in a layer of the database)."""
    import processing

    hazards = open_layers(office)["hazard"]
    project = QgsProject.instance()
    project.addMapLayer(hazards, False)
    try:
        quoted = ", ".join(f"'{h}'" for h in hazard_ids)
        hazards.selectByExpression(f'"hazard_id" IN ({quoted})')
        assert hazards.selectedFeatureCount() == len(hazard_ids)
        processing.run(
            "landrelease:packagefield",
            {
                "INPUT": QgsProcessingFeatureSourceDefinition(hazards.id(), True),
                "ORGANISATION": "ANAMA",
                "TEAM": team,
                "OUTPUT": str(folder),
            },
        )
    finally:
        project.removeMapLayer(hazards.id())
    return folder


def field_layer(folder: Path, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(layer_uri(str(folder / "field.gpkg"), name), name, "ogr")
    assert layer.isValid()
    return layer


def field_feature(layer, expression: str):
    return next(layer.getFeatures(expression))


def edit(layer, change) -> None:
    """One QField edit session on ``layer``: ``change(layer)`` then commit."""
    assert layer.startEditing()
    change(layer)
    assert layer.commitChanges(), layer.commitErrors()


def add_field_feature(layer, wkt: str, **values):
    fields = layer.fields()
    feature = QgsVectorLayerUtils.createFeature(
        layer, QgsGeometry.fromWkt(wkt), {fields.indexOf(k): v for k, v in values.items()}
    )
    edit(layer, lambda lyr: lyr.addFeature(feature))
    return feature


def sync(office, folder: Path, report: Path, **extra) -> dict:
    import processing

    target = {"DATABASE": str(office)} if isinstance(office, (str, Path)) else extra.pop("target")
    return processing.run(
        "landrelease:syncfield",
        {"INPUT": str(folder), "OUTPUT_REPORT": str(report), **target, **extra},
    )


def report_rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


# --- the office --------------------------------------------------------------------------------

TURNING = [(X, Y), (X + 100, Y), (X + 100, Y + 100), (X, Y + 100)]
LR1 = square(X, Y, X + 20, Y + 100)  # recorded in the office before packing
LR_F1 = square(X + 40, Y, X + 60, Y + 100)  # recorded in the field


def seed_office(office) -> recording.ReleaseLayers:
    """The office: hazard CHA-1 (H1) with four turning points, release LR-1 with a turning
    point, an evidence point; loaded in the project."""
    project = QgsProject.instance()
    load_database(office, project)
    layers = recording.find_layers(project)
    _add_hazard(layers.hazard, "CHA-1", H1)
    hazard = next(layers.hazard.getFeatures())
    edit(layers.hazard, lambda lyr: lyr.changeAttributeValue(
        hazard.id(), lyr.fields().indexOf("remarks"), "packed remark"))  # fmt: skip
    points = layers.survey_point
    for seq, (x, y) in enumerate(TURNING, start=1):
        add_field_feature(
            points, f"POINT({x} {y})", owner_id="CHA-1", point_type="turning", seq=seq
        )
    candidate = make_candidate(
        layers, LR1, points=[(X, Y)], release_id="LR-1", hazard_id="CHA-1",
        organisation="ANAMA", team=TEAM,
    )  # fmt: skip
    recording.save_release(layers, candidate, user="office_leyla")
    evidence = QgsProject.instance().mapLayersByName("evidence")[0]
    add_field_feature(
        evidence, f"POINT({X + 50} {Y + 50})", evidence_id="E-1", evidence_type="visual_mine"
    )
    return layers


def field_edits(folder: Path) -> None:
    """What a team does on the tablet: a new release LR-F1 (with a photo), turning point 2
    moved 5 m east, a new evidence point, the hazard's remark and LR-1's remark changed."""
    releases = field_layer(folder, "land_release")
    values = dict(
        release_id="LR-F1", hazard_id="CHA-1", activity="clearance", outcome="cleared",
        method="manual", organisation="ANAMA", team=TEAM, start_date=QDate(2026, 7, 1),
        end_date=QDate(2026, 7, 20), created_by=FIELD_USER,
    )  # fmt: skip
    if HAS_PHOTO:
        (folder / "DCIM" / "lr_f1.jpg").write_bytes(b"\xff\xd8\xff\xe0 a photo")
        values["photo"] = "DCIM/lr_f1.jpg"
    add_field_feature(releases, LR_F1, **values)
    lr1 = field_feature(releases, "\"release_id\" = 'LR-1'")
    edit(releases, lambda lyr: lyr.changeAttributeValue(
        lr1.id(), lyr.fields().indexOf("remarks"), "fence repaired"))  # fmt: skip
    points = field_layer(folder, "survey_point")
    tp2 = field_feature(points, '"owner_id" = \'CHA-1\' AND "seq" = 2')
    moved = QgsGeometry.fromWkt(f"POINT({X + 105} {Y})")
    edit(points, lambda lyr: lyr.changeGeometry(tp2.id(), moved))
    add_field_feature(
        field_layer(folder, "evidence"),
        f"POINT({X + 70} {Y + 30})",
        evidence_id="E-F1",
        evidence_type="visual_erw",
        reported_by="Team 3",
    )
    hazards = field_layer(folder, "hazard")
    hazard = field_feature(hazards, "\"hazard_id\" = 'CHA-1'")
    edit(hazards, lambda lyr: lyr.changeAttributeValue(
        hazard.id(), lyr.fields().indexOf("remarks"), "field remark"))  # fmt: skip


def office_edit(layers) -> None:
    hazard = next(layers.hazard.getFeatures("\"hazard_id\" = 'CHA-1'"))
    edit(layers.hazard, lambda lyr: lyr.changeAttributeValue(
        hazard.id(), lyr.fields().indexOf("remarks"), "office remark"))  # fmt: skip


def snapshot(office) -> dict:
    """Every row of the synced tables and the log, as the database holds them."""
    tables = (*PACKED, "edit_log", "sync_conflict")
    return {t: sql_rows(office, f'SELECT * FROM "{t}" ORDER BY fid') for t in tables}


@pytest.fixture
def office_gpkg(tmp_path, provider, qgis_new_project):
    path = str(tmp_path / "office.gpkg")
    create_geopackage(path, _crs())
    layers = seed_office(path)
    yield path, layers
    QgsProject.instance().clear()


def _crs():
    from qgis.core import QgsCoordinateReferenceSystem

    return QgsCoordinateReferenceSystem("EPSG:32638")


# --- the round trip ---------------------------------------------------------------------------


def consistency_findings(layers) -> list[tuple]:
    """checkdata's findings on stored areas, remaining areas and the edit log."""
    import processing

    result = processing.run(
        "landrelease:checkdata",
        {"HAZARDS": layers.hazard, "RELEASES": layers.release, "OUTPUT": "TEMPORARY_OUTPUT"},
    )
    codes = ("area_mismatch", "remaining_mismatch", "log_mismatch")
    found = result["OUTPUT"].getFeatures()
    return [(f["code"], f["feature_id"], f["message"]) for f in found if f["code"] in codes]


def test_a_field_round_trip_on_a_geopackage(office_gpkg, tmp_path):
    office, layers = office_gpkg
    folder = make_package(office, tmp_path / "package", ["CHA-1"])
    field_edits(folder)
    office_edit(layers)
    log_before = sql_rows(office, "SELECT count(*) FROM edit_log")[0][0]
    report = tmp_path / "sync.csv"

    result = sync(office, folder, report)

    assert (result["ADDED"], result["CHANGED"], result["DELETED"], result["CONFLICTS"]) == (
        2,
        2,
        0,
        1,
    )
    (release,) = sql_rows(
        office,
        "SELECT release_id, hazard_id, outcome, organisation, team, start_date, end_date, "
        "qa_status, area_m2, created_by, uuid FROM land_release WHERE release_id = 'LR-F1'",
    )
    assert release[:8] == (
        "LR-F1", "CHA-1", "cleared", "ANAMA", TEAM, "2026-07-01", "2026-07-20", "pending"
    )  # fmt: skip
    assert release[8] == pytest.approx(ellipsoidal(LR_F1), abs=0.01)
    assert release[9] == FIELD_USER
    geometry = next(layers.release.getFeatures("\"release_id\" = 'LR-F1'")).geometry()
    assert geometry.equals(QgsGeometry.fromWkt(LR_F1))
    assert sql_rows(office, "SELECT remarks FROM land_release WHERE release_id = 'LR-1'") == [
        ("fence repaired",)
    ]
    point = next(layers.survey_point.getFeatures('"owner_id" = \'CHA-1\' AND "seq" = 2'))
    assert (point.geometry().asPoint().x(), point.geometry().asPoint().y()) == (X + 105, Y)
    assert sql_rows(
        office, "SELECT evidence_type, evidence_class FROM evidence WHERE evidence_id = 'E-F1'"
    ) == [("visual_erw", "direct")]
    # the office remark stays; the field's waits in sync_conflict
    assert sql_rows(office, "SELECT remarks FROM hazard") == [("office remark",)]
    hazard_uuid = sql_rows(office, "SELECT uuid FROM hazard")[0][0]
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert sql_rows(
        office,
        "SELECT package_id, layer, feature_uuid, field, base_value, office_value, field_value, "
        "resolved FROM sync_conflict",
    ) == [
        (
            manifest["package_id"], "hazard", hazard_uuid, "remarks", "packed remark",
            "office remark", "field remark", 0,
        )
    ]  # fmt: skip
    # the hazard's figures count both releases
    remaining, status = sql_rows(office, "SELECT remaining_area_m2, status FROM hazard")[0]
    expected = ellipsoidal(H1) - ellipsoidal(LR1) - ellipsoidal(LR_F1)
    assert remaining == pytest.approx(expected, abs=0.05)
    assert status == "worked_on"
    # the edit log: the release added by the field user, LR-1 changed in the team's name
    log = sql_rows(
        office,
        "SELECT layer, action, changed_by, json_extract(after, '$.release_id') FROM edit_log "
        f"WHERE fid > {log_before} AND layer = 'land_release' ORDER BY fid",
    )
    assert log == [
        ("land_release", "insert", FIELD_USER, "LR-F1"),
        ("land_release", "update", TEAM, "LR-1"),
    ]
    # the report
    rows = report_rows(report)
    actions = sorted((r["action"], r["layer"], r["feature_id"], r["field"]) for r in rows)
    assert actions == [
        ("added", "evidence", "E-F1", ""),
        ("added", "land_release", "LR-F1", ""),
        ("changed", "land_release", "LR-1", "remarks"),
        ("changed", "survey_point", "CHA-1 turning 2", "geom"),
        ("conflict", "hazard", "CHA-1", "remarks"),
    ]
    moved = next(r for r in rows if r["field"] == "geom")
    assert QgsGeometry.fromWkt(moved["field_value"]).asPoint().x() == X + 105
    assert QgsGeometry.fromWkt(moved["base_value"]).asPoint().x() == X + 100
    summary = report.with_suffix(".html").read_text(encoding="utf-8")
    assert (
        "<tr><td>Hazardous area</td><td>CHA-1</td><td>Remarks</td><td>packed remark</td>"
        "<td>office remark</td><td>field remark</td>"
    ) in summary
    assert "<td>Point (600100 4400000)</td><td>Point (600105 4400000)</td>" in summary
    # what checkdata finds of figures, areas and the edit log: nothing
    assert consistency_findings(layers) == []
    if HAS_PHOTO:
        copied = Path(office).with_name("office_photos") / "DCIM" / "lr_f1.jpg"
        assert copied.read_bytes() == b"\xff\xd8\xff\xe0 a photo"

    # a second sync of the same package changes nothing
    before = snapshot(office)
    again = sync(office, folder, tmp_path / "again.csv")
    assert (again["ADDED"], again["CHANGED"], again["DELETED"], again["CONFLICTS"]) == (
        0,
        0,
        0,
        0,
    )
    assert snapshot(office) == before
    (repeated,) = report_rows(tmp_path / "again.csv")
    assert repeated["action"] == "conflict"
    assert "earlier sync" in repeated["message"]


def test_deletes_merge_against_office_changes(office_gpkg, tmp_path):
    """A field delete of a row the office left alone is done (logged); of a row the office
    changed it is a conflict and the row stays; a field change of a row the office deleted is
    a conflict and the row is not re-created."""
    office, layers = office_gpkg
    folder = make_package(office, tmp_path / "package", ["CHA-1"])
    points = field_layer(folder, "survey_point")
    tp3 = field_feature(points, '"owner_id" = \'CHA-1\' AND "seq" = 3')
    tp4 = field_feature(points, '"owner_id" = \'CHA-1\' AND "seq" = 4')
    edit(points, lambda lyr: lyr.deleteFeatures([tp3.id(), tp4.id()]))
    releases = field_layer(folder, "land_release")
    lr1 = field_feature(releases, "\"release_id\" = 'LR-1'")
    edit(releases, lambda lyr: lyr.changeAttributeValue(
        lr1.id(), lyr.fields().indexOf("team"), "Team 9"))  # fmt: skip
    office_points = layers.survey_point
    office_tp4 = next(office_points.getFeatures('"owner_id" = \'CHA-1\' AND "seq" = 4'))
    edit(office_points, lambda lyr: lyr.changeAttributeValue(
        office_tp4.id(), lyr.fields().indexOf("marker"), "metal post"))  # fmt: skip
    lr1_uuid = sql_rows(office, "SELECT uuid FROM land_release WHERE release_id = 'LR-1'")[0][0]
    office_lr1 = next(layers.release.getFeatures("\"release_id\" = 'LR-1'"))
    edit(layers.release, lambda lyr: lyr.deleteFeature(office_lr1.id()))

    result = sync(office, folder, tmp_path / "sync.csv")

    assert (result["ADDED"], result["CHANGED"], result["DELETED"], result["CONFLICTS"]) == (
        0,
        0,
        1,
        2,
    )
    assert sql_rows(
        office, "SELECT seq, marker FROM survey_point WHERE owner_id = 'CHA-1' ORDER BY seq"
    ) == [(1, None), (2, None), (4, "metal post")]
    assert sql_rows(office, "SELECT count(*) FROM land_release WHERE uuid = ?", (lr1_uuid,)) == [
        (0,)
    ]
    assert sql_rows(
        office, "SELECT layer, field, base_value, office_value, field_value FROM sync_conflict "
        "ORDER BY layer"
    ) == [
        ("land_release", "team", TEAM, None, "Team 9"),
        ("survey_point", "marker", None, "metal post", None),
    ]  # fmt: skip


# --- refusals: the database exactly as it was ---------------------------------------------------


def file_hash(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def refused(office, folder, tmp_path, *says) -> str:
    before = snapshot(office)
    with pytest.raises(QgsProcessingException) as caught:
        sync(office, folder, tmp_path / "refused.csv")
    message = str(caught.value)
    for text in says:
        assert text in message, message
    assert "Traceback" not in message
    assert snapshot(office) == before
    return message


def test_a_release_outside_its_hazard_refuses_the_whole_sync(office_gpkg, tmp_path):
    office, _layers = office_gpkg
    folder = make_package(office, tmp_path / "package", ["CHA-1"])
    field_edits(folder)  # good edits…
    add_field_feature(  # …and one the record dialog would refuse
        field_layer(folder, "land_release"),
        square(X + 500, Y, X + 520, Y + 100),
        release_id="LR-F2", hazard_id="CHA-1", activity="clearance", outcome="cleared",
        start_date=QDate(2026, 7, 1), end_date=QDate(2026, 7, 2),
    )  # fmt: skip
    message = refused(office, folder, tmp_path, "INPUT", "LR-F2", "outside the hazard")
    assert "Nothing was synced" in message
    rows = report_rows(tmp_path / "refused.csv")
    assert [(r["action"], r["feature_id"]) for r in rows] == [("refused", "LR-F2")]


def test_an_end_date_before_the_start_refuses_the_whole_sync(office_gpkg, tmp_path):
    office, _layers = office_gpkg
    folder = make_package(office, tmp_path / "package", ["CHA-1"])
    releases = field_layer(folder, "land_release")
    lr1 = field_feature(releases, "\"release_id\" = 'LR-1'")
    edit(releases, lambda lyr: lyr.changeAttributeValue(
        lr1.id(), lyr.fields().indexOf("end_date"), QDate(2026, 1, 1)))  # fmt: skip
    refused(office, folder, tmp_path, "INPUT", "LR-1", "2026-01-01", "before the start date")


def test_values_another_program_wrote_that_qgis_would_misread_are_refused(office_gpkg, tmp_path):
    """'12,5' written into a whole-number field and a date that is no date (another program
    than QField wrote them: SQLite keeps any value): QGIS would read 12 and NULL. Refused by
    name, nothing synced."""
    from osgeo import ogr

    office, _layers = office_gpkg
    folder = make_package(office, tmp_path / "package", ["CHA-1"])
    ds = ogr.Open(str(folder / "field.gpkg"), 1)
    ds.ExecuteSQL("UPDATE land_release SET depth_cm = '12,5' WHERE release_id = 'LR-1'")
    ds.ExecuteSQL("UPDATE evidence SET reported_on = '2026-13-40' WHERE evidence_id = 'E-1'")
    ds = None
    message = refused(office, folder, tmp_path, "INPUT", "correct them in the package")
    assert "land_release LR-1: Clearance depth (cm): '12,5' is not a whole number" in message
    assert "evidence E-1: Reported on: '2026-13-40' is not a date (reported_on)" in message


def test_a_package_of_another_database_is_refused(office_gpkg, tmp_path):
    office, _layers = office_gpkg
    folder = make_package(office, tmp_path / "package", ["CHA-1"])
    other = str(tmp_path / "other.gpkg")
    create_geopackage(other, _crs())
    digest = file_hash(other)
    with pytest.raises(QgsProcessingException) as caught:
        sync(other, folder, tmp_path / "r.csv")
    message = str(caught.value)
    assert office in message and other in message
    assert database_id(office) in message and database_id(other) in message
    assert file_hash(other) == digest


def test_a_damaged_package_is_refused(office_gpkg, tmp_path):
    office, _layers = office_gpkg
    folder = make_package(office, tmp_path / "package", ["CHA-1"])
    field_edits(folder)
    field = folder / "field.gpkg"
    field.write_bytes(field.read_bytes()[:8192])
    for suffix in ("-wal", "-shm"):
        Path(f"{field}{suffix}").unlink(missing_ok=True)
    refused(office, folder, tmp_path, "INPUT", "field.gpkg")


def test_a_changed_base_is_refused(office_gpkg, tmp_path):
    office, _layers = office_gpkg
    folder = make_package(office, tmp_path / "package", ["CHA-1"])
    base = folder / ".landrelease" / "base.gpkg"
    base.write_bytes(base.read_bytes() + b"\0")
    refused(office, folder, tmp_path, "INPUT", "base.gpkg", "sha256")


def test_a_folder_without_manifest_is_refused(office_gpkg, tmp_path):
    office, _layers = office_gpkg
    folder = make_package(office, tmp_path / "package", ["CHA-1"])
    (folder / "manifest.json").unlink()
    refused(office, folder, tmp_path, "INPUT", "manifest.json")
    (folder / "manifest.json").write_text("{not json", encoding="utf-8")
    refused(office, folder, tmp_path, "INPUT", "manifest.json", "JSON")


# --- PostGIS, with an editor's login -------------------------------------------------------------


@pytest.fixture
def office_postgis(new_postgis, logins, postgres_server, qgis_new_project):  # noqa: F811
    """The office on PostGIS, recorded by the ANAMA editor A; a HALO Trust release LR-H by the
    editor B in the same hazard."""
    from .test_postgis import execute
    from .test_postgis_rights import ADMIN, ORGANISATIONS, A, B, as_login

    for login in (A, B):
        execute(
            new_postgis,
            "INSERT INTO organisation_member (login, organisation) VALUES (%s, %s)",
            (login, ORGANISATIONS[login]),
            user=ADMIN,
        )
    office = as_login(new_postgis, A)
    layers = seed_office(office)
    execute(
        new_postgis,
        "INSERT INTO land_release (release_id, hazard_id, activity, outcome, organisation, "
        "geom) VALUES ('LR-H', 'CHA-1', 'nts', 'cancelled', 'HALO Trust', "
        f"ST_GeomFromText('{square(X + 70, Y, X + 90, Y + 100)}', 32638))",
        user=B,
    )
    connection = {"CONNECTION": postgres_server.conninfo(user=A), "SCHEMA": new_postgis.schema}
    yield new_postgis, office, layers, connection
    QgsProject.instance().clear()


def test_a_field_round_trip_on_postgis_as_an_editor(office_postgis, tmp_path):
    from .test_postgis_rights import A

    database, office, layers, connection = office_postgis
    folder = make_package(office, tmp_path / "package", ["CHA-1"])
    field_edits(folder)
    office_edit(layers)
    log_before = sql_rows(database, "SELECT max(fid) FROM edit_log")[0][0]

    result = sync(database, folder, tmp_path / "sync.csv", target=dict(connection))

    assert (result["ADDED"], result["CHANGED"], result["DELETED"], result["CONFLICTS"]) == (
        2,
        2,
        0,
        1,
    )
    (release,) = sql_rows(
        database,
        "SELECT outcome, organisation, end_date::text, qa_status, created_by, "
        "ST_Equals(geom, ST_GeomFromText(%s, 32638)) FROM land_release "
        "WHERE release_id = 'LR-F1'",
        (LR_F1,),
    )
    assert release == ("cleared", "ANAMA", "2026-07-20", "pending", A, True)
    assert sql_rows(
        database,
        "SELECT ST_X(geom), ST_Y(geom) FROM survey_point WHERE owner_id = 'CHA-1' AND seq = 2",
    ) == [(X + 105, Y)]
    (hazard,) = sql_rows(database, "SELECT remarks, remaining_area_m2, status FROM hazard")
    released = (
        ellipsoidal(LR1) + ellipsoidal(LR_F1) + ellipsoidal(square(X + 70, Y, X + 90, Y + 100))
    )
    assert hazard[0] == "office remark"
    assert hazard[1] == pytest.approx(ellipsoidal(H1) - released, abs=0.05)
    assert hazard[2] == "worked_on"
    assert sql_rows(
        database,
        "SELECT field, office_value, field_value, resolved, created_by FROM sync_conflict",
    ) == [("remarks", "office remark", "field remark", 0, A)]
    log = sql_rows(
        database,
        "SELECT layer, action, changed_by FROM edit_log WHERE fid > %s AND layer = "
        "'land_release' ORDER BY fid",
        (log_before,),
    )
    assert log == [("land_release", "insert", A), ("land_release", "update", A)]
    before = snapshot(database)
    again = sync(database, folder, tmp_path / "again.csv", target=dict(connection))
    assert (again["ADDED"], again["CHANGED"], again["CONFLICTS"]) == (0, 0, 0)
    assert snapshot(database) == before


def test_a_field_edit_of_another_organisations_release_is_refused(office_postgis, tmp_path):
    database, office, _layers, connection = office_postgis
    folder = make_package(office, tmp_path / "package", ["CHA-1"])
    field_edits(folder)
    releases = field_layer(folder, "land_release")
    halo = field_feature(releases, "\"release_id\" = 'LR-H'")
    edit(releases, lambda lyr: lyr.changeAttributeValue(
        halo.id(), lyr.fields().indexOf("remarks"), "checked by ANAMA"))  # fmt: skip
    before = snapshot(database)
    with pytest.raises(QgsProcessingException) as caught:
        sync(database, folder, tmp_path / "r.csv", target=dict(connection))
    message = str(caught.value)
    assert "LR-H" in message and "HALO Trust" in message, message
    assert "Nothing was synced" in message
    assert snapshot(database) == before


# --- packages of other versions ----------------------------------------------------------------


def rebase(folder: Path, sql: str) -> None:
    """``sql`` run on both field.gpkg and its base, the manifest's hash made again: a package
    as another version of the plugin would have made it."""
    import sqlite3

    base = folder / ".landrelease" / "base.gpkg"
    for path in (folder / "field.gpkg", base):
        with sqlite3.connect(path) as conn:
            conn.execute(sql)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["base"]["sha256"] = hashlib.sha256(base.read_bytes()).hexdigest()
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


def test_a_package_of_an_earlier_version_is_synced(office_gpkg, tmp_path):
    """A package without a column this version has (survey_point.marker): its copies are
    brought up to date, its edits merged."""
    office, _layers = office_gpkg
    folder = make_package(office, tmp_path / "package", ["CHA-1"])
    rebase(folder, 'ALTER TABLE survey_point DROP COLUMN "marker"')
    points = field_layer(folder, "survey_point")
    assert points.fields().indexOf("marker") < 0
    tp1 = field_feature(points, '"owner_id" = \'CHA-1\' AND "seq" = 1')
    edit(points, lambda lyr: lyr.changeAttributeValue(
        tp1.id(), lyr.fields().indexOf("remarks"), "from an older tablet"))  # fmt: skip
    result = sync(office, folder, tmp_path / "sync.csv")
    assert (result["ADDED"], result["CHANGED"], result["CONFLICTS"]) == (0, 1, 0)
    assert sql_rows(
        office, "SELECT remarks FROM survey_point WHERE owner_id = 'CHA-1' AND seq = 1"
    ) == [("from an older tablet",)]


def test_a_package_of_a_newer_version_is_refused(office_gpkg, tmp_path):
    office, _layers = office_gpkg
    folder = make_package(office, tmp_path / "package", ["CHA-1"])
    rebase(folder, 'ALTER TABLE land_release ADD COLUMN "drone_survey" TEXT')
    refused(office, folder, tmp_path, "INPUT", "newer version", "land_release.drone_survey")


def test_an_earlier_office_geopackage_gets_sync_conflict_and_the_sync(office_gpkg, tmp_path):
    office, layers = office_gpkg
    folder = make_package(office, tmp_path / "package", ["CHA-1"])
    field_edits(folder)
    office_edit(layers)
    QgsProject.instance().clear()
    from .test_schema_upgrade import gdal_sql

    gdal_sql(office, "DROP TABLE sync_conflict")
    result = sync(office, folder, tmp_path / "sync.csv")
    assert result["CONFLICTS"] == 1
    assert sql_rows(office, "SELECT field, field_value FROM sync_conflict") == [
        ("remarks", "field remark")
    ]


@pytest.mark.skipif(not HAS_PHOTO, reason="the photo field arrives with the photo helper's model")
def test_a_photo_named_but_missing_is_a_finding_and_the_row_is_merged(office_gpkg, tmp_path):
    office, _layers = office_gpkg
    folder = make_package(office, tmp_path / "package", ["CHA-1"])
    add_field_feature(
        field_layer(folder, "evidence"),
        f"POINT({X + 70} {Y + 30})",
        evidence_id="E-F2",
        evidence_type="marking",
        photo="DCIM/lost.jpg",
    )
    # a photo whose name the office already keeps for another picture
    (folder / "DCIM" / "same_name.jpg").write_bytes(b"\xff\xd8\xff\xe0 the field's")
    kept = Path(office).with_name("office_photos") / "DCIM" / "same_name.jpg"
    kept.parent.mkdir(parents=True)
    kept.write_bytes(b"\xff\xd8\xff\xe0 the office's")
    add_field_feature(
        field_layer(folder, "evidence"),
        f"POINT({X + 72} {Y + 30})",
        evidence_id="E-F3",
        evidence_type="marking",
        photo="DCIM/same_name.jpg",
    )
    result = sync(office, folder, tmp_path / "sync.csv")
    assert result["ADDED"] == 2
    photos = "SELECT photo FROM evidence WHERE evidence_id LIKE 'E-F%' ORDER BY 1"
    assert sql_rows(office, photos) == [("DCIM/lost.jpg",), ("DCIM/same_name.jpg",)]
    findings = [r for r in report_rows(tmp_path / "sync.csv") if r["action"] == "finding"]
    by_id = {r["feature_id"]: r for r in findings}
    assert sorted(by_id) == ["E-F2", "E-F3"]
    assert by_id["E-F2"]["field_value"] == "DCIM/lost.jpg"
    assert "not in the package" in by_id["E-F2"]["message"]
    assert "DCIM/same_name.jpg" in by_id["E-F3"]["message"]
    assert kept.read_bytes() == b"\xff\xd8\xff\xe0 the office's"
    assert not (Path(office).with_name("office_photos") / "DCIM" / "lost.jpg").exists()


def test_tables_the_field_app_adds_are_left_alone(office_gpkg, tmp_path):
    """QGIS or QField may store a project or metadata in the GeoPackage: tables the base has
    not; the sync compares the package's layers only."""
    import sqlite3

    office, _layers = office_gpkg
    folder = make_package(office, tmp_path / "package", ["CHA-1"])
    field_edits(folder)
    with sqlite3.connect(folder / "field.gpkg") as conn:
        conn.execute("CREATE TABLE qgis_projects (name TEXT PRIMARY KEY, content BLOB)")
        conn.execute("INSERT INTO qgis_projects VALUES ('field', x'00')")
    result = sync(office, folder, tmp_path / "sync.csv")
    assert (result["ADDED"], result["CHANGED"], result["CONFLICTS"]) == (2, 3, 0)  # no office edit


def test_a_hazard_found_in_the_field_comes_with_its_release_and_points(office_gpkg, tmp_path):
    """A new SHA recorded on the tablet, a release of it and its turning point: one sync adds
    them all, the new hazard's figures settled."""
    office, _layers = office_gpkg
    folder = make_package(office, tmp_path / "package", ["CHA-1"])
    sha = square(X + 300, Y, X + 400, Y + 100)
    add_field_feature(field_layer(folder, "hazard"), sha, hazard_id="SHA-F1", classification="SHA")
    add_field_feature(
        field_layer(folder, "land_release"),
        square(X + 300, Y, X + 330, Y + 100),
        release_id="LR-F9", hazard_id="SHA-F1", activity="nts", outcome="cancelled",
        end_date=QDate(2026, 7, 3),
    )  # fmt: skip
    add_field_feature(
        field_layer(folder, "survey_point"),
        f"POINT({X + 300} {Y})",
        owner_id="SHA-F1",
        point_type="turning",
        seq=1,
    )
    result = sync(office, folder, tmp_path / "sync.csv")
    assert (result["ADDED"], result["CHANGED"], result["CONFLICTS"]) == (3, 0, 0)
    (hazard,) = sql_rows(
        office,
        "SELECT status, estimated_area_m2, remaining_area_m2 FROM hazard "
        "WHERE hazard_id = 'SHA-F1'",
    )
    assert hazard[0] == "worked_on"
    assert hazard[1] == pytest.approx(ellipsoidal(sha), abs=0.01)
    expected = ellipsoidal(sha) - ellipsoidal(square(X + 300, Y, X + 330, Y + 100))
    assert hazard[2] == pytest.approx(expected, abs=0.05)
    assert sql_rows(office, "SELECT owner_id, seq FROM survey_point WHERE owner_id = 'SHA-F1'") == [
        ("SHA-F1", 1)
    ]


def test_unsaved_office_edits_are_refused_first(office_gpkg, tmp_path):
    """An officer's unsaved edit of the same hazard would be saved over the sync later."""
    office, layers = office_gpkg
    folder = make_package(office, tmp_path / "package", ["CHA-1"])
    field_edits(folder)
    hazard = next(layers.hazard.getFeatures())
    assert layers.hazard.startEditing()
    layers.hazard.changeAttributeValue(hazard.id(), layers.hazard.fields().indexOf("priority"), 2)
    try:
        refused(office, folder, tmp_path, "INPUT", "hazard", "unsaved edits")
    finally:
        layers.hazard.rollBack()
    assert sync(office, folder, tmp_path / "sync.csv")["ADDED"] == 2


def test_a_cancelled_sync_writes_nothing(office_gpkg, tmp_path):
    import processing
    from qgis.core import QgsProcessingFeedback

    office, _layers = office_gpkg
    folder = make_package(office, tmp_path / "package", ["CHA-1"])
    field_edits(folder)
    before = snapshot(office)
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    parameters = {
        "INPUT": str(folder),
        "DATABASE": office,
        "OUTPUT_REPORT": str(tmp_path / "r.csv"),
    }
    with pytest.raises(QgsProcessingException, match="Cancelled: nothing was synced"):
        processing.run("landrelease:syncfield", parameters, feedback=feedback)
    assert snapshot(office) == before


HOSTILE = "R'; DROP TABLE hazard; --\" \\' back\\slash\nline two 💣 Ağdam / Шуша"


@pytest.mark.parametrize("backend", ["gpkg", "postgis"])
def test_hostile_text_from_the_field_is_stored_as_typed(backend, request, tmp_path):
    """Quotes, backslashes, a line break and emoji typed on the tablet reach the office as
    typed, on both backends (the sync writes SQL literals)."""
    if backend == "gpkg":
        office, _layers = request.getfixturevalue("office_gpkg")
        database, target = office, {}
    else:
        database, office, _layers, connection = request.getfixturevalue("office_postgis")
        target = {"target": dict(connection)}
    folder = make_package(office, tmp_path / "package", ["CHA-1"])
    releases = field_layer(folder, "land_release")
    lr1 = field_feature(releases, "\"release_id\" = 'LR-1'")
    edit(releases, lambda lyr: lyr.changeAttributeValue(
        lr1.id(), lyr.fields().indexOf("remarks"), HOSTILE))  # fmt: skip
    result = sync(database, folder, tmp_path / "sync.csv", **target)
    assert result["CHANGED"] == 1
    assert sql_rows(database, "SELECT remarks FROM land_release WHERE release_id = 'LR-1'") == [
        (HOSTILE,)
    ]
    assert sql_rows(database, "SELECT count(*) FROM hazard") == [(1,)]
