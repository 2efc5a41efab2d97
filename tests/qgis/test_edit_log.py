"""The edit log (DESIGN §4: nothing is deleted without an edit_log row): SQLite triggers write
one row per insert, update and delete of the logged layers, whoever makes the change (QGIS, GDAL,
any SQLite program), with the whole row before and after, enough to restore a feature exactly.

Real GeoPackages made by landrelease:createdatabase, real QGIS layers, Python's sqlite3."""

from __future__ import annotations

import json
import math
import re
import sqlite3

import pytest
from osgeo import ogr
from qgis.core import QgsGeometry, QgsProject, QgsVectorLayer, QgsVectorLayerUtils
from qgis.PyQt.QtCore import QDate

from landrelease.core import model
from landrelease.storage.database import LOGGED_LAYERS, DatabaseError, ensure_schema, load_database

from .conftest import as_officer_without_write_rights

ISO_UTC = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
X, Y = 640000, 4425000  # UTM 38N near Aghdam
AZ = "Ağdam rayonu, Şıxbabalı kəndi — çöl, öküz, ğ"
RU = "Агдамский район, «минное поле» №3"
LOG_TRIGGERS = {
    f"{t}_log_{kind}"
    for t in LOGGED_LAYERS
    for kind in ("insert", "insert_filled", "update", "delete")
}
DERIVED_TRIGGERS = {
    f"{lyr.name}_derived_{kind}" for lyr in model.LAYERS for kind in ("insert", "update")
}


def square(x0, y0, size=100) -> str:
    x1, y1 = x0 + size, y0 + size
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


# --- Python's sqlite3 as "another program" ----------------------------------------------------


def _gpkg_geometry(blob):
    """The OGR geometry of a GeoPackage geometry blob (header + envelope + WKB)."""
    envelope = (blob[3] >> 1) & 7
    header = 8 + {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[envelope]
    return ogr.CreateGeometryFromWkb(bytes(blob[header:]))


def _envelope(blob, i):
    if blob is None:
        return None
    geometry = _gpkg_geometry(blob)
    return None if geometry.IsEmpty() else geometry.GetEnvelope()[i]


def connect(path) -> sqlite3.Connection:
    """A plain SQLite connection, in autocommit mode. GDAL's spatial index triggers call
    ST_IsEmpty/ST_MinX…, which only GDAL registers: any program writing to a GeoPackage layer
    must provide them (SpatiaLite or GDAL do); here they are Python functions."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.create_function(
        "ST_IsEmpty", 1, lambda b: None if b is None else int(_gpkg_geometry(b).IsEmpty())
    )
    for name, i in (("ST_MinX", 0), ("ST_MaxX", 1), ("ST_MinY", 2), ("ST_MaxY", 3)):
        conn.create_function(name, 1, lambda b, i=i: _envelope(b, i))
    return conn


def execute(path, sql, params=()):
    conn = connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def fields(table: str) -> tuple[str, ...]:
    return model.layer(table).field_names()


def stored(path, table: str, where: str, params=()) -> dict:
    """The stored row as the log writes it: every model field in model order, geom as hex."""
    columns = ", ".join(f'"{n}"' for n in fields(table))
    rows = execute(
        path,
        f'SELECT {columns}, CASE WHEN geom IS NULL THEN NULL ELSE hex(geom) END FROM "{table}" '
        f"WHERE {where}",
        params,
    )
    assert len(rows) == 1, rows
    return dict(zip((*fields(table), "geom"), rows[0]))


def log(path, since: int = 0) -> list[dict]:
    """The edit_log rows after fid ``since``, with before/after parsed."""
    rows = execute(
        path,
        'SELECT fid, layer, feature_uuid, action, changed_by, changed_at, "before", "after", '
        "uuid, created_at FROM edit_log WHERE fid > ? ORDER BY fid",
        (since,),
    )
    keys = ("fid", "layer", "feature_uuid", "action", "changed_by", "changed_at")
    entries = []
    for row in rows:
        entry = dict(zip(keys, row))
        entry["before"] = None if row[6] is None else json.loads(row[6])
        entry["after"] = None if row[7] is None else json.loads(row[7])
        entry["uuid"], entry["created_at"] = row[8], row[9]
        entries.append(entry)
    return entries


def last_fid(path) -> int:
    return execute(path, "SELECT coalesce(max(fid), 0) FROM edit_log")[0][0]


def differing(before: dict, after: dict) -> set[str]:
    assert list(before) == list(after)
    return {key for key in before if before[key] != after[key]}


def triggers(path) -> dict[str, str]:
    return dict(execute(path, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))


def restore(path, table: str, row: dict) -> None:
    """Insert a feature again from a log JSON object, with Python's sqlite3."""
    names = [*fields(table), "geom"]
    values = [row[n] for n in fields(table)]
    values.append(None if row["geom"] is None else bytes.fromhex(row["geom"]))
    columns = ", ".join(f'"{n}"' for n in names)
    marks = ", ".join("?" for _ in names)
    execute(path, f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', values)


# --- QGIS ---------------------------------------------------------------------------------------


@pytest.fixture
def project():
    project = QgsProject.instance()
    project.clear()
    yield project
    project.clear()


@pytest.fixture
def layers(new_gpkg, project):
    return load_database(str(new_gpkg), project)


def add(layer: QgsVectorLayer, wkt: str, **values) -> None:
    """Add one feature through the edit buffer, with the layer's default values, and commit."""
    index = layer.fields().indexOf
    feature = QgsVectorLayerUtils.createFeature(
        layer, QgsGeometry.fromWkt(wkt), {index(k): v for k, v in values.items()}
    )
    assert layer.startEditing()
    assert layer.addFeature(feature)
    assert layer.commitChanges(), layer.commitErrors()


def fid_of(layer: QgsVectorLayer, field: str, value) -> int:
    layer.dataProvider().reloadData()
    (fid,) = [f.id() for f in layer.getFeatures() if f[field] == value]
    return fid


def add_hazard(layer, hazard_id="CHA-AGD-0001", wkt=None, **values):
    values = {"hazard_id": hazard_id, "classification": "CHA", **values}
    add(layer, wkt or square(X, Y), **values)


def release_values(release_id="LR-AGD-0001", **values):
    return {
        "release_id": release_id,
        "hazard_id": "CHA-AGD-0001",
        "activity": "clearance",
        "outcome": "cleared",
        "method": "manual",
        "organisation": "ANAMA",
        "team": RU,
        "depth_cm": 13,
        **values,
    }


# --- inserts, updates and deletes through QGIS -------------------------------------------------


def test_insert_through_qgis_is_logged_once_with_the_final_row(new_gpkg, layers):
    hazard = layers["hazard"]
    add_hazard(
        hazard,
        district=RU,
        remarks=AZ,
        evidence_direct=3,
        recorded_on=QDate(2024, 5, 1),
    )
    (entry,) = log(new_gpkg)
    row = stored(new_gpkg, "hazard", "hazard_id = 'CHA-AGD-0001'")
    assert (entry["layer"], entry["action"], entry["before"]) == ("hazard", "insert", None)
    assert entry["after"] == row  # every model field and the geometry, as stored
    assert list(entry["after"]) == [*fields("hazard"), "geom"]
    assert entry["after"]["hazard_id"] == "CHA-AGD-0001"
    assert UUID.match(row["uuid"]) and entry["feature_uuid"] == row["uuid"]
    assert next(hazard.getFeatures())["uuid"] == row["uuid"]
    assert entry["after"]["geom"] == execute(new_gpkg, "SELECT hex(geom) FROM hazard")[0][0]
    assert entry["after"]["geom"].startswith("4750")  # "GP", a GeoPackage blob
    assert entry["after"]["recorded_on"] == "2024-05-01"
    assert entry["after"]["evidence_direct"] == 3
    assert entry["after"]["estimated_area_m2"] == row["estimated_area_m2"] > 9000
    # Azerbaijani and Cyrillic text survives the JSON round trip unchanged.
    assert entry["after"]["remarks"] == AZ and entry["after"]["district"] == RU
    raw = execute(new_gpkg, 'SELECT "after" FROM edit_log')[0][0]
    assert AZ in raw and RU in raw  # stored as UTF-8 text, not as \u escapes
    assert entry["changed_by"] == row["created_by"]
    assert ISO_UTC.match(entry["changed_at"])
    assert UUID.match(entry["uuid"]) and entry["created_at"] == entry["changed_at"]


def test_attribute_update_through_qgis_is_one_update_row(new_gpkg, layers):
    hazard = layers["hazard"]
    add_hazard(hazard, remarks=AZ)
    before = stored(new_gpkg, "hazard", "hazard_id = 'CHA-AGD-0001'")
    since = last_fid(new_gpkg)
    fid = fid_of(hazard, "hazard_id", "CHA-AGD-0001")
    assert hazard.startEditing()
    assert hazard.changeAttributeValue(fid, hazard.fields().indexOf("remarks"), RU)
    assert hazard.commitChanges(), hazard.commitErrors()
    after = stored(new_gpkg, "hazard", "hazard_id = 'CHA-AGD-0001'")
    (entry,) = log(new_gpkg, since)
    assert (entry["action"], entry["feature_uuid"], entry["changed_by"]) == (
        "update",
        after["uuid"],
        None,  # unknown: the plugin names the user on its own edits
    )
    assert entry["before"] == before
    assert entry["after"] == after
    assert "remarks" in differing(entry["before"], entry["after"]) <= {"remarks", "updated_at"}
    assert (entry["before"]["remarks"], entry["after"]["remarks"]) == (AZ, RU)


# The hazard fields the database and the plugin keep true after a change (processing/derived):
# their updates are logged like any other.
FIGURES = {"remaining_area_m2", "status", "status_changed_on", "updated_at"}


def test_geometry_change_through_qgis_logs_both_geometries(new_gpkg, layers):
    """QGIS saves a geometry change and the attributes it recomputes (area, updated_at) with
    two UPDATE statements in one transaction: one log row each, chained, the first with the old
    and the new geometry, the last with the stored row. The hazard's figures (marked unknown by
    the database, then recomputed) follow in rows of their own."""
    hazard = layers["hazard"]
    add_hazard(hazard)
    before = stored(new_gpkg, "hazard", "hazard_id = 'CHA-AGD-0001'")
    since = last_fid(new_gpkg)
    fid = fid_of(hazard, "hazard_id", "CHA-AGD-0001")
    assert hazard.startEditing()
    assert hazard.changeGeometry(fid, QgsGeometry.fromWkt(square(X, Y, size=200)))
    assert hazard.commitChanges(), hazard.commitErrors()
    after = stored(new_gpkg, "hazard", "hazard_id = 'CHA-AGD-0001'")
    entries = log(new_gpkg, since)
    assert {e["action"] for e in entries} == {"update"}
    assert entries[0]["before"] == before
    assert entries[0]["after"]["geom"] == after["geom"] != before["geom"]
    assert entries[-1]["after"] == after
    for first, second in zip(entries, entries[1:]):
        assert first["after"] == second["before"]
    users = [e for e in entries if differing(e["before"], e["after"]) - FIGURES]
    assert 1 <= len(users) <= 2 and users[0] is entries[0]
    # The area follows the geometry (QGIS default value applied on update).
    # (updated_at may come back to its old value: QGIS writes its now() to the second.)
    changed = differing(entries[0]["before"], entries[-1]["after"])
    assert {"geom", "estimated_area_m2"} <= changed <= {"geom", "estimated_area_m2"} | FIGURES
    assert after["estimated_area_m2"] == pytest.approx(4 * before["estimated_area_m2"], rel=1e-3)


def test_delete_through_qgis_logs_a_row_that_restores_the_feature(new_gpkg, layers):
    hazard = layers["hazard"]
    add_hazard(hazard, remarks=AZ, district=RU, priority=2, recorded_on=QDate(2023, 11, 7))
    original = stored(new_gpkg, "hazard", "hazard_id = 'CHA-AGD-0001'")
    since = last_fid(new_gpkg)
    fid = fid_of(hazard, "hazard_id", "CHA-AGD-0001")
    assert hazard.startEditing()
    assert hazard.deleteFeature(fid)
    assert hazard.commitChanges(), hazard.commitErrors()
    assert execute(new_gpkg, "SELECT count(*) FROM hazard") == [(0,)]
    (entry,) = log(new_gpkg, since)
    assert (entry["action"], entry["feature_uuid"], entry["after"]) == (
        "delete",
        original["uuid"],
        None,
    )
    assert entry["before"] == original

    # Restore it from the log with another program: the very same row and geometry.
    restore(new_gpkg, "hazard", entry["before"])
    assert stored(new_gpkg, "hazard", "uuid = ?", (original["uuid"],)) == original
    (again,) = log(new_gpkg, entry["fid"])
    assert (again["action"], again["after"]) == ("insert", original)
    hazard.dataProvider().reloadData()
    (feature,) = hazard.getFeatures()
    assert feature.geometry().equals(QgsGeometry.fromWkt(square(X, Y)))
    assert feature["remarks"] == AZ and feature["district"] == RU


def test_land_release_insert_update_delete_through_qgis(new_gpkg, layers):
    add_hazard(layers["hazard"])
    release = layers["land_release"]
    add(release, square(X + 10, Y + 10, size=50), **release_values(end_date=QDate(2024, 6, 30)))
    row = stored(new_gpkg, "land_release", "release_id = 'LR-AGD-0001'")
    entries = [e for e in log(new_gpkg) if e["layer"] == "land_release"]
    assert [e["action"] for e in entries] == ["insert"]
    assert entries[0]["after"] == row
    assert entries[0]["feature_uuid"] == row["uuid"]
    assert entries[0]["after"]["team"] == RU and entries[0]["after"]["end_date"] == "2024-06-30"
    assert list(entries[0]["after"]) == [*fields("land_release"), "geom"]

    since = last_fid(new_gpkg)
    fid = fid_of(release, "release_id", "LR-AGD-0001")
    assert release.startEditing()
    assert release.changeAttributeValue(fid, release.fields().indexOf("qa_status"), "passed")
    assert release.commitChanges(), release.commitErrors()
    (update,) = [e for e in log(new_gpkg, since) if e["layer"] == "land_release"]
    assert update["action"] == "update"
    assert differing(update["before"], update["after"]) - {"updated_at"} == {"qa_status"}

    final = stored(new_gpkg, "land_release", "release_id = 'LR-AGD-0001'")
    since = last_fid(new_gpkg)
    assert release.startEditing()
    assert release.deleteFeature(fid)
    assert release.commitChanges(), release.commitErrors()
    # (the hazard under it gets its figures again in rows of its own)
    (deleted,) = [e for e in log(new_gpkg, since) if e["layer"] == "land_release"]
    assert (deleted["layer"], deleted["action"], deleted["after"]) == (
        "land_release",
        "delete",
        None,
    )
    assert deleted["before"] == final
    restore(new_gpkg, "land_release", deleted["before"])
    assert stored(new_gpkg, "land_release", "uuid = ?", (final["uuid"],)) == final


def test_failed_commit_leaves_no_feature_and_no_log_row(new_gpkg, layers):
    hazard = layers["hazard"]
    add_hazard(hazard)
    since = last_fid(new_gpkg)
    new = []
    for i, hazard_id in enumerate(("SHA-AGD-0002", "CHA-AGD-0001"), start=1):  # 2nd: taken
        feature = QgsVectorLayerUtils.createFeature(hazard, QgsGeometry.fromWkt(square(X, Y, i)))
        # Set after createFeature, which would make a unique value of it (CHA-AGD-0001_1).
        feature["hazard_id"] = hazard_id
        feature["classification"] = "SHA"
        new.append(feature)
    assert hazard.startEditing()
    assert hazard.addFeatures(new)
    assert not hazard.commitChanges()
    hazard.rollBack()
    assert execute(new_gpkg, "SELECT hazard_id FROM hazard") == [("CHA-AGD-0001",)]
    assert log(new_gpkg, since) == []
    # The same with another program: a statement or transaction that fails writes no log row.
    conn = connect(new_gpkg)
    try:
        conn.execute("INSERT INTO hazard (hazard_id, classification) VALUES ('X-1', 'SHA')")
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
            conn.execute("UPDATE hazard SET hazard_id = 'CHA-AGD-0001' WHERE hazard_id = 'X-1'")
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
            conn.execute("INSERT INTO hazard (hazard_id, classification) VALUES ('X-1', 'SHA')")
        conn.execute("BEGIN")
        conn.execute("INSERT INTO hazard (hazard_id, classification) VALUES ('X-2', 'SHA')")
        conn.execute("DELETE FROM hazard WHERE hazard_id = 'X-1'")
        conn.execute("ROLLBACK")
    finally:
        conn.close()
    assert [e["after"]["hazard_id"] for e in log(new_gpkg, since)] == ["X-1"]
    assert execute(new_gpkg, "SELECT count(*) FROM hazard") == [(2,)]


# --- writes by other programs ------------------------------------------------------------------


def _other_program_edits(path) -> None:
    """Inserts with and without the derived values, updates with and without updated_at, a
    no-op update, an updated_at-only update and a delete, as a program without QGIS does."""
    blob = bytes.fromhex(execute(path, "SELECT hex(geom) FROM hazard")[0][0])
    conn = connect(path)
    try:
        # Without uuid/created_at/updated_at: the triggers fill them in.
        conn.execute(
            "INSERT INTO hazard (hazard_id, classification, remarks, created_by, geom) "
            "VALUES ('SHA-AGD-0010', 'SHA', ?, 'imsma.sync', ?)",
            (AZ, blob),
        )
        # With all of them.
        conn.execute(
            "INSERT INTO hazard (hazard_id, classification, uuid, created_at, updated_at) "
            "VALUES ('SHA-AGD-0011', 'SHA', '0b5a4a3e-4d11-4c63-9a3d-6d7e2b9e0011', "
            "'2021-03-04T05:06:07.890Z', '2021-03-04T05:06:07.890Z')"
        )
        # With updated_at but no uuid: updated_at is replaced by the time of the insert.
        conn.execute(
            "INSERT INTO hazard (hazard_id, classification, updated_at) "
            "VALUES ('SHA-AGD-0012', 'SHA', '2020-01-01T00:00:00.000Z')"
        )
        conn.execute("UPDATE hazard SET remarks = ? WHERE hazard_id = 'SHA-AGD-0010'", (RU,))
        conn.execute(
            "UPDATE hazard SET priority = 1, updated_at = '2030-01-01T00:00:00.000Z' "
            "WHERE hazard_id = 'SHA-AGD-0011'"
        )
        conn.execute("UPDATE hazard SET remarks = remarks, hazard_id = hazard_id")  # no change
        conn.execute("UPDATE hazard SET updated_at = '2031-01-01T00:00:00.000Z'")  # only that
        conn.execute("DELETE FROM hazard WHERE hazard_id = 'SHA-AGD-0012'")
    finally:
        conn.close()


@pytest.mark.parametrize("order", ["created", "derived_recreated"])
def test_writes_by_another_program_are_logged(new_gpkg, layers, order):
    """The same log whichever order SQLite fires the triggers of one event in. SQLite fires the
    newest trigger first (test below), so in a new database the log triggers run before the
    _derived ones, and after the _derived ones are dropped and recreated, after them."""
    add_hazard(layers["hazard"])
    if order == "derived_recreated":
        conn = connect(new_gpkg)
        for name in ("hazard_derived_insert", "hazard_derived_update"):
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.close()
        assert ensure_schema(str(new_gpkg)) == ["hazard_derived_insert", "hazard_derived_update"]
    since = last_fid(new_gpkg)
    _other_program_edits(new_gpkg)
    entries = log(new_gpkg, since)
    summary = [
        (e["action"], (e["after"] or e["before"])["hazard_id"], e["changed_by"]) for e in entries
    ]
    assert summary == [
        ("insert", "SHA-AGD-0010", "imsma.sync"),
        ("insert", "SHA-AGD-0011", None),
        ("insert", "SHA-AGD-0012", None),
        ("update", "SHA-AGD-0010", None),
        ("update", "SHA-AGD-0011", None),
        ("delete", "SHA-AGD-0012", None),
    ]
    filled, given, replaced, update, update_given, deleted = entries
    # The insert rows carry the final values, the uuid and times the triggers filled in.
    final = stored(new_gpkg, "hazard", "hazard_id = 'SHA-AGD-0010'")
    assert UUID.match(filled["feature_uuid"]) and filled["after"]["uuid"] == filled["feature_uuid"]
    assert filled["after"] == {**final, "remarks": AZ, "updated_at": filled["after"]["updated_at"]}
    assert ISO_UTC.match(filled["after"]["created_at"])
    assert filled["after"]["updated_at"] == filled["after"]["created_at"]
    assert filled["after"]["geom"] == final["geom"] is not None
    assert given["after"]["uuid"] == "0b5a4a3e-4d11-4c63-9a3d-6d7e2b9e0011"
    assert given["after"]["created_at"] == "2021-03-04T05:06:07.890Z"
    assert replaced["after"]["updated_at"] != "2020-01-01T00:00:00.000Z"
    # The delete logs the row as it found it: as inserted, but for the updated_at set since.
    assert differing(replaced["after"], deleted["before"]) == {"updated_at"}
    assert deleted["before"]["updated_at"] == "2031-01-01T00:00:00.000Z"
    # Updates: before and after differ in the changed field and updated_at, which the trigger
    # sets when the program did not, or keeps as the program set it.
    assert differing(update["before"], update["after"]) == {"remarks", "updated_at"}
    assert (update["before"]["remarks"], update["after"]["remarks"]) == (AZ, RU)
    assert update["before"] == filled["after"]
    assert update["after"]["updated_at"] > update["before"]["updated_at"]
    assert differing(update_given["before"], update_given["after"]) == {"priority", "updated_at"}
    assert update_given["after"]["updated_at"] == "2030-01-01T00:00:00.000Z"
    # The no-op update and the updated_at-only update are not logged; the rows as stored now
    # differ from the last logged state in updated_at only.
    now = stored(new_gpkg, "hazard", "hazard_id = 'SHA-AGD-0010'")
    assert differing(update["after"], now) == {"updated_at"}
    assert now["updated_at"] == "2031-01-01T00:00:00.000Z"


def test_update_by_another_program_logs_the_updated_at_the_trigger_sets(new_gpkg, layers):
    add_hazard(layers["hazard"])
    since = last_fid(new_gpkg)
    execute(new_gpkg, "UPDATE hazard SET status = 'worked_on'")
    (entry,) = log(new_gpkg, since)
    row = stored(new_gpkg, "hazard", "hazard_id = 'CHA-AGD-0001'")
    assert entry["after"] == row  # including the updated_at written by hazard_derived_update
    assert differing(entry["before"], entry["after"]) == {"status", "updated_at"}


def test_values_round_trip_exactly(new_gpkg, layers):
    """Reals keep all 17 digits (json_object alone keeps 15 on SQLite < 3.43), infinity and
    blobs in any column do not make the write fail."""
    add_hazard(layers["hazard"])
    since = last_fid(new_gpkg)
    values = {
        "estimated_area_m2": 0.1 + 0.2,
        "remaining_area_m2": 12345.678901234567,
        "priority": 7,
        "evidence_indirect": 2**40,
        "imsma_id": "",
        "remarks": 'quote " backslash \\ newline \n tab \t ' + AZ + RU,
    }
    assignments = ", ".join(f"{k} = ?" for k in values)
    execute(new_gpkg, f"UPDATE hazard SET {assignments}", tuple(values.values()))
    (entry,) = log(new_gpkg, since)
    for key, value in values.items():
        assert entry["after"][key] == value and type(entry["after"][key]) is type(value), key
    assert entry["after"] == stored(new_gpkg, "hazard", "fid > 0")
    execute(
        new_gpkg, "UPDATE hazard SET remaining_area_m2 = ?, source = ?", (math.inf, b"\x00\xff")
    )
    (entry,) = log(new_gpkg, since + 1)
    assert entry["after"]["remaining_area_m2"] == math.inf
    assert entry["after"]["source"] == "00FF"  # a blob in a text column: kept as hex


def test_no_op_updates_are_not_logged(new_gpkg, layers):
    hazard = layers["hazard"]
    add_hazard(hazard, remarks=AZ)
    since = last_fid(new_gpkg)
    execute(new_gpkg, "UPDATE hazard SET remarks = remarks, geom = geom, status = status")
    execute(new_gpkg, "UPDATE hazard SET hazard_id = 'CHA-AGD-0001' WHERE fid > 0")
    assert log(new_gpkg, since) == []
    # Through QGIS: the same value again, saved.
    fid = fid_of(hazard, "hazard_id", "CHA-AGD-0001")
    assert hazard.startEditing()
    hazard.changeAttributeValue(fid, hazard.fields().indexOf("remarks"), AZ)
    assert hazard.commitChanges(), hazard.commitErrors()
    assert log(new_gpkg, since) == []


def test_layers_not_logged_write_no_log_row(new_gpkg, layers):
    add(layers["evidence"], f"POINT({X} {Y})", evidence_id="EV-1", evidence_type="marking")
    execute(new_gpkg, "UPDATE survey_point SET seq = 1")
    assert log(new_gpkg) == []
    assert set(LOGGED_LAYERS) == {"hazard", "land_release"}


def test_sqlite_fires_the_newest_trigger_first():
    """What the parametrised test above relies on to exercise both orders (the log itself does
    not depend on it): of several triggers of one event, SQLite fires the most recently created
    first, also after the schema is read again."""
    conn = sqlite3.connect(":memory:")
    conn.executescript(
        """
        CREATE TABLE t (id INTEGER PRIMARY KEY);
        CREATE TABLE fired (seq INTEGER PRIMARY KEY, name TEXT);
        CREATE TRIGGER a AFTER INSERT ON t BEGIN INSERT INTO fired (name) VALUES ('a'); END;
        CREATE TRIGGER b AFTER INSERT ON t BEGIN INSERT INTO fired (name) VALUES ('b'); END;
        CREATE TRIGGER c AFTER INSERT ON t BEGIN INSERT INTO fired (name) VALUES ('c'); END;
        INSERT INTO t DEFAULT VALUES;
        DROP TRIGGER a;
        CREATE TRIGGER a AFTER INSERT ON t BEGIN INSERT INTO fired (name) VALUES ('a'); END;
        INSERT INTO t DEFAULT VALUES;
        """
    )
    assert [n for (n,) in conn.execute("SELECT name FROM fired ORDER BY seq")] == [
        *"cba",
        *"acb",
    ]


# --- ensure_schema -----------------------------------------------------------------------------


def test_new_database_has_every_log_trigger(new_gpkg):
    names = set(triggers(new_gpkg))
    assert LOG_TRIGGERS <= names and DERIVED_TRIGGERS <= names
    assert ensure_schema(str(new_gpkg)) == []


def test_ensure_schema_recreates_dropped_log_triggers(new_gpkg):
    fresh = triggers(new_gpkg)
    conn = connect(new_gpkg)
    for name in LOG_TRIGGERS:
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.close()
    assert not LOG_TRIGGERS & set(triggers(new_gpkg))
    # A database of the previous version: writes are not logged.
    execute(new_gpkg, "INSERT INTO hazard (hazard_id, classification) VALUES ('H-0', 'SHA')")
    assert log(new_gpkg) == []

    assert sorted(ensure_schema(str(new_gpkg))) == sorted(LOG_TRIGGERS)
    assert triggers(new_gpkg) == fresh  # the same SQL as a new database
    assert ensure_schema(str(new_gpkg)) == []  # idempotent
    assert triggers(new_gpkg) == fresh
    execute(new_gpkg, "INSERT INTO hazard (hazard_id, classification) VALUES ('H-1', 'SHA')")
    execute(new_gpkg, "DELETE FROM hazard")
    assert [(e["action"], (e["after"] or e["before"])["hazard_id"]) for e in log(new_gpkg)] == [
        ("insert", "H-1"),
        ("delete", "H-0"),
        ("delete", "H-1"),
    ]


def test_load_database_upgrades_an_older_database(new_gpkg, project):
    conn = connect(new_gpkg)
    for name in LOG_TRIGGERS:
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.close()
    layers = load_database(str(new_gpkg), project)
    assert LOG_TRIGGERS <= set(triggers(new_gpkg))
    add_hazard(layers["hazard"])
    assert [e["action"] for e in log(new_gpkg)] == ["insert"]


def test_ensure_schema_refuses_what_is_not_a_land_release_database(tmp_path, new_gpkg):
    other = tmp_path / "other.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(other))
    ds.CreateLayer("points", None, ogr.wkbPoint)
    ds = None
    with pytest.raises(DatabaseError, match="not a land release database.*edit_log"):
        ensure_schema(str(other))
    assert not any("_log_" in name or "_derived_" in name for name in triggers(other))

    text = tmp_path / "notes.gpkg"
    text.write_text("not a database", encoding="utf-8")
    with pytest.raises(DatabaseError, match="not a land release database"):
        ensure_schema(str(text))
    with pytest.raises(DatabaseError, match="does not exist"):
        ensure_schema(str(tmp_path / "missing.gpkg"))

    execute(new_gpkg, "DROP TABLE edit_log")
    with pytest.raises(DatabaseError, match="not a land release database: the table edit_log"):
        ensure_schema(str(new_gpkg))


# --- the log is append-only, in order, and sealed in a hash chain (issue 15) ---------------------

REFUSED = "The edit log cannot be changed or deleted: it is the record of every change"
IN_ORDER = "An edit log row must come after every other one"
CHAIN = "The edit log's hash chain"
GUARDS = {
    "edit_log_no_update",
    "edit_log_no_delete",
    "edit_log_no_replace",
    "edit_log_in_order",
    "edit_log_chain_no_update",
    "edit_log_chain_no_delete",
    "edit_log_chain_in_order",
}


def chain_rows(path) -> list[tuple]:
    return execute(path, "SELECT log_fid, previous_hash, hash FROM edit_log_chain ORDER BY 1")


def expected_chain(path) -> list[tuple]:
    """The chain recomputed here from the documented recipe (hashlib over the version, the
    previous hash and the entry's columns as compact JSON), with Python's sqlite3."""
    import hashlib

    from landrelease.storage.database import LOG_HASH_COLUMNS

    columns = ", ".join(f'"{c}"' for c in LOG_HASH_COLUMNS)
    previous, chain = "0" * 64, []
    for row in execute(path, f"SELECT {columns} FROM edit_log ORDER BY fid"):
        text = json.dumps(list(row), ensure_ascii=False, separators=(",", ":"))
        digest = hashlib.sha256(f"landrelease-edit-log-v1\n{previous}\n{text}".encode()).hexdigest()
        chain.append((row[0], previous, digest))
        previous = digest
    return chain


def test_a_new_database_has_the_guards_and_an_empty_chain(new_gpkg):
    assert GUARDS <= set(triggers(new_gpkg))
    assert chain_rows(new_gpkg) == []
    # Hidden: not a layer of the GeoPackage.
    assert "edit_log_chain" not in [
        name for (name,) in execute(new_gpkg, "SELECT table_name FROM gpkg_contents")
    ]


def test_log_rows_cannot_be_changed_or_deleted(new_gpkg, layers):
    add_hazard(layers["hazard"], remarks=AZ)
    execute(new_gpkg, "UPDATE hazard SET remarks = ?", (RU,))
    before = execute(new_gpkg, "SELECT * FROM edit_log ORDER BY fid")
    assert [row[0] for row in before] == [1, 2]
    for sql in (
        "UPDATE edit_log SET \"after\" = '{}' WHERE fid = 1",
        "UPDATE edit_log SET changed_by = 'someone else' WHERE fid = 1",  # named: for good
        "UPDATE edit_log SET changed_at = '2020-01-01T00:00:00.000Z'",
        "UPDATE edit_log SET fid = 10 WHERE fid = 2",
        "DELETE FROM edit_log WHERE fid = 1",
        "DELETE FROM edit_log",
    ):
        with pytest.raises(sqlite3.IntegrityError, match=REFUSED):
            execute(new_gpkg, sql)
    # In QGIS: the commit of the edit_log layer fails with the same words.
    edit_log = layers["edit_log"]
    assert edit_log.startEditing()
    assert edit_log.deleteFeature(1)
    assert not edit_log.commitChanges()
    assert REFUSED in " ".join(edit_log.commitErrors())
    edit_log.rollBack()
    assert edit_log.startEditing()
    assert edit_log.changeAttributeValue(2, edit_log.fields().indexOf("action"), "insert")
    assert not edit_log.commitChanges()
    edit_log.rollBack()
    assert execute(new_gpkg, "SELECT * FROM edit_log ORDER BY fid") == before


def test_the_user_may_be_named_once_on_an_unnamed_row(new_gpkg, layers):
    """What the plugin's save does in its transaction (recording._sign_log): the update rows
    the triggers wrote without a name get the user's, once."""
    add_hazard(layers["hazard"])
    execute(new_gpkg, "UPDATE hazard SET remarks = 'x'")
    (update,) = log(new_gpkg, 1)
    assert update["changed_by"] is None
    execute(new_gpkg, "UPDATE edit_log SET changed_by = 'ana' WHERE changed_by IS NULL")
    (named,) = log(new_gpkg, 1)
    assert named["changed_by"] == "ana"
    assert {k: v for k, v in named.items() if k != "changed_by"} == {
        k: v for k, v in update.items() if k != "changed_by"
    }
    with pytest.raises(sqlite3.IntegrityError, match=REFUSED):
        execute(new_gpkg, "UPDATE edit_log SET changed_by = 'bob' WHERE fid = 2")


def test_log_rows_come_in_order(new_gpkg, layers):
    add_hazard(layers["hazard"])
    execute(new_gpkg, "UPDATE hazard SET remarks = 'x'")
    execute(new_gpkg, "UPDATE hazard SET remarks = 'y'")
    before = execute(new_gpkg, "SELECT * FROM edit_log ORDER BY fid")
    assert [row[0] for row in before] == [1, 2, 3]
    with pytest.raises(sqlite3.IntegrityError, match=IN_ORDER):  # a gap
        execute(new_gpkg, "INSERT INTO edit_log (fid, layer, action) VALUES (5, 'hazard', 'x')")
    for fid in (1, 3):  # REPLACE deletes without firing the delete trigger: refused as such
        with pytest.raises(sqlite3.IntegrityError, match=REFUSED):
            execute(
                new_gpkg,
                f"INSERT OR REPLACE INTO edit_log (fid, layer, action) VALUES ({fid}, 'x', 'x')",
            )
        with pytest.raises(sqlite3.IntegrityError, match=REFUSED):
            execute(new_gpkg, f"INSERT INTO edit_log (fid, layer) VALUES ({fid}, 'x')")
    assert execute(new_gpkg, "SELECT * FROM edit_log ORDER BY fid") == before
    # Appended in order, a row is taken (checkdata compares it with the rows).
    execute(new_gpkg, "INSERT INTO edit_log (layer, action) VALUES ('hazard', 'update')")
    execute(new_gpkg, "INSERT INTO edit_log (fid, layer, action) VALUES (5, 'hazard', 'update')")
    assert [e["fid"] for e in log(new_gpkg)] == [1, 2, 3, 4, 5]


def test_sealing_chains_every_entry_in_order(new_gpkg, layers):
    from landrelease.storage.database import seal_edit_log, verify_edit_log_chain

    add_hazard(layers["hazard"], remarks=AZ, district=RU)
    execute(new_gpkg, "UPDATE hazard SET remarks = ?", ("quote ' \" \\ \n" + RU,))
    assert seal_edit_log(str(new_gpkg)) == 2
    assert chain_rows(new_gpkg) == expected_chain(new_gpkg)
    assert seal_edit_log(str(new_gpkg)) == 0  # nothing new
    execute(new_gpkg, "DELETE FROM hazard")
    assert seal_edit_log(str(new_gpkg)) == 1
    chain = chain_rows(new_gpkg)
    assert chain == expected_chain(new_gpkg) and [c[0] for c in chain] == [1, 2, 3]
    assert [c[1] for c in chain[1:]] == [c[2] for c in chain[:-1]]  # each carries the previous
    found = verify_edit_log_chain(str(new_gpkg))
    assert (found.entries, found.sealed, found.unsealed, found.breaks) == (3, 3, 0, [])
    assert (found.head_fid, found.head_hash) == (3, chain[-1][2])
    # The chain itself is append-only and linked.
    for sql in (
        "UPDATE edit_log_chain SET hash = 'x'",
        "DELETE FROM edit_log_chain WHERE log_fid = 3",
        f"INSERT INTO edit_log_chain (log_fid, previous_hash, hash) VALUES (1, '{'0' * 64}', 'x')",
    ):
        with pytest.raises(sqlite3.IntegrityError, match=CHAIN):
            execute(new_gpkg, sql)
    add_hazard(layers["hazard"], hazard_id="CHA-AGD-0002")
    with pytest.raises(sqlite3.IntegrityError, match=CHAIN):  # not the previous seal's hash
        execute(new_gpkg, "INSERT INTO edit_log_chain (log_fid, previous_hash, hash) "
                          "VALUES (4, 'abc', 'def')")  # fmt: skip
    assert chain_rows(new_gpkg) == chain


def test_changes_with_the_guards_dropped_break_the_chain(new_gpkg, layers):
    from landrelease.storage.database import seal_edit_log, verify_edit_log_chain

    for k in range(1, 6):
        add_hazard(layers["hazard"], hazard_id=f"SHA-AGD-000{k}", wkt=square(X + 200 * k, Y))
    assert seal_edit_log(str(new_gpkg)) == 5
    sealed_at = execute(new_gpkg, "SELECT sealed_at FROM edit_log_chain WHERE log_fid = 2")[0][0]
    execute(new_gpkg, "UPDATE hazard SET remarks = 'after the seal'")  # 6..10, not sealed yet
    conn = connect(new_gpkg)
    for name in ("edit_log_no_update", "edit_log_no_delete", "edit_log_no_replace",
                 "edit_log_in_order"):  # fmt: skip
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.execute("UPDATE edit_log SET changed_by = 'nobody' WHERE fid = 2")
    conn.execute("DELETE FROM edit_log WHERE fid = 3")
    conn.execute("DELETE FROM edit_log WHERE fid = 4")
    conn.execute("INSERT INTO edit_log (fid, layer, action) VALUES (4, 'hazard', 'insert')")
    conn.execute("UPDATE edit_log SET changed_by = 'nobody' WHERE fid = 7")  # not sealed
    conn.close()
    found = verify_edit_log_chain(str(new_gpkg))
    assert found.breaks == [(2, "changed", sealed_at), (3, "deleted", sealed_at),
                            (4, "changed", sealed_at)]  # fmt: skip
    assert (found.entries, found.sealed, found.unsealed) == (9, 4, 5)
    # What the chain cannot see: an entry changed before it was sealed (fid 7 above).


def test_ensure_schema_gives_an_older_database_its_guards_and_chain(new_gpkg, layers):
    from landrelease.storage.database import verify_edit_log_chain

    add_hazard(layers["hazard"])
    execute(new_gpkg, "UPDATE hazard SET remarks = 'x'")
    conn = connect(new_gpkg)
    conn.execute("DROP TABLE edit_log_chain")  # its three triggers go with it
    for name in ("edit_log_no_update", "edit_log_no_delete", "edit_log_no_replace",
                 "edit_log_in_order"):  # fmt: skip
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.close()
    assert not GUARDS & set(triggers(new_gpkg))
    execute(new_gpkg, "DELETE FROM edit_log WHERE fid = 2")  # an older version allowed it
    assert verify_edit_log_chain(str(new_gpkg)).missing

    assert ensure_schema(str(new_gpkg)) == ["edit_log_chain", *sorted(GUARDS, key=_creation)]
    assert GUARDS <= set(triggers(new_gpkg))
    assert ensure_schema(str(new_gpkg)) == []  # idempotent
    found = verify_edit_log_chain(str(new_gpkg))
    assert (found.missing, found.entries, found.sealed, found.breaks) == (False, 1, 1, [])
    assert chain_rows(new_gpkg) == expected_chain(new_gpkg)
    with pytest.raises(sqlite3.IntegrityError, match=REFUSED):
        execute(new_gpkg, "DELETE FROM edit_log")


def _creation(name: str) -> int:
    order = (
        "edit_log_no_update",
        "edit_log_no_delete",
        "edit_log_no_replace",
        "edit_log_in_order",
        "edit_log_chain_no_update",
        "edit_log_chain_no_delete",
        "edit_log_chain_in_order",
    )
    return order.index(name)


def test_ensure_schema_replaces_a_log_trigger_that_is_not_the_plugins(new_gpkg, layers):
    fresh = triggers(new_gpkg)
    conn = connect(new_gpkg)
    conn.execute('DROP TRIGGER "hazard_log_delete"')
    conn.execute('CREATE TRIGGER "hazard_log_delete" AFTER DELETE ON hazard BEGIN SELECT 1; END')
    conn.close()
    assert ensure_schema(str(new_gpkg)) == []  # replaced, not added
    assert triggers(new_gpkg) == fresh
    add_hazard(layers["hazard"])
    execute(new_gpkg, "DELETE FROM hazard")
    assert [e["action"] for e in log(new_gpkg)] == ["insert", "delete"]


def test_a_read_only_database_opens_unsealed(new_gpkg, layers):
    """An officer without write access opens the database: nothing is sealed or created, and
    the entries stay unsealed (``as_officer_without_write_rights``: root, who writes anything,
    without the capabilities that override file permissions)."""
    import os
    import shutil
    import stat
    import subprocess
    import sys
    import textwrap
    from pathlib import Path

    import landrelease

    add_hazard(layers["hazard"])
    import tempfile

    world = Path(tempfile.mkdtemp(prefix="landrelease-readonly-"))
    (world / "plugin").mkdir()
    (world / "plugin" / "landrelease").symlink_to(Path(landrelease.__file__).resolve().parent)
    copy = world / "read-only.gpkg"
    with sqlite3.connect(str(new_gpkg)) as source, sqlite3.connect(str(copy)) as target:
        source.backup(target)  # with what is still in the write-ahead log
    assert execute(copy, "SELECT count(*) FROM edit_log") == [(1,)]
    for folder in (world, world / "plugin"):
        os.chmod(folder, 0o755)
    os.chmod(copy, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    script = textwrap.dedent(
        """
        import json, sys
        sys.path.insert(0, sys.argv[1])
        from qgis.core import QgsApplication
        app = QgsApplication([], False)
        app.initQgis()
        from landrelease.storage.database import ensure_schema, verify_edit_log_chain
        created = ensure_schema(sys.argv[2])
        print(json.dumps({"created": created,
                          "unsealed": verify_edit_log_chain(sys.argv[2]).unsealed}))
        """
    )
    command = [sys.executable, "-c", script, str(world / "plugin"), str(copy)]
    command = as_officer_without_write_rights(command)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(world))
    try:
        done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=180)
    finally:
        shutil.rmtree(world, ignore_errors=True)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, done.stderr[-3000:]
    assert json.loads(lines[-1]) == {"created": [], "unsealed": 1}
