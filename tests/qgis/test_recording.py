"""Saving a land release: one transaction, derived hazard figures, refusals that write nothing."""

from __future__ import annotations

import datetime
import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDistanceArea,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorLayerUtils,
)
from qgis.PyQt.QtCore import QDate

import landrelease
from landrelease.storage import postgis, recording
from landrelease.storage.database import load_database, open_layers

from .conftest import sql_rows

X, Y = 600000.0, 4400000.0


def square(x0, y0, x1, y1) -> str:
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


def ellipsoidal(wkt: str) -> float:
    da = QgsDistanceArea()
    da.setSourceCrs(
        QgsCoordinateReferenceSystem("EPSG:32638"), QgsProject.instance().transformContext()
    )
    da.setEllipsoid("EPSG:7030")
    return da.measureArea(QgsGeometry.fromWkt(wkt))


H1 = square(X, Y, X + 100, Y + 100)
H2 = square(X + 200, Y, X + 300, Y + 100)


def _add_hazard(layer, hazard_id, wkt):
    fields = layer.fields()
    feature = QgsVectorLayerUtils.createFeature(
        layer,
        QgsGeometry.fromWkt(wkt),
        {
            fields.indexOf("hazard_id"): hazard_id,
            fields.indexOf("classification"): "CHA",
            fields.indexOf("status"): "open",
            fields.indexOf("remaining_area_m2"): ellipsoidal(wkt),
        },
    )
    assert layer.startEditing()
    assert layer.addFeature(feature)
    assert layer.commitChanges(), layer.commitErrors()


@pytest.fixture
def db(new_database, qgis_new_project):
    """The layers of a new database (GeoPackage, then PostGIS) loaded in the project, with two
    100 m × 100 m hazards."""
    project = QgsProject.instance()
    load_database(new_database, project)
    layers = recording.find_layers(project)
    _add_hazard(layers.hazard, "CHA-TAR-0001", H1)
    _add_hazard(layers.hazard, "CHA-TAR-0002", H2)
    yield layers
    project.clear()


def make_candidate(layers, wkt, points=(), **values) -> recording.Candidate:
    """A release candidate: ``wkt`` is WKT text or a QgsGeometry."""
    attrs = {
        "release_id": "LR-0001",
        "hazard_id": "CHA-TAR-0001",
        "activity": "clearance",
        "outcome": "cleared",
        "method": "manual",
        "start_date": QDate(2026, 5, 1),
        "end_date": QDate(2026, 6, 30),
        **values,
    }
    fields = layers.release.fields()
    feature = QgsVectorLayerUtils.createFeature(
        layers.release,
        _geometry(wkt),
        {fields.indexOf(k): v for k, v in attrs.items()},
    )
    point_features = []
    pfields = layers.survey_point.fields()
    for seq, (x, y) in enumerate(points, start=1):
        point_features.append(
            QgsVectorLayerUtils.createFeature(
                layers.survey_point,
                QgsGeometry.fromWkt(f"POINT({x} {y})"),
                {pfields.indexOf("point_type"): "turning", pfields.indexOf("seq"): seq},
            )
        )
    return recording.Candidate(feature, point_features)


def _geometry(wkt) -> QgsGeometry:
    if isinstance(wkt, QgsGeometry):
        return QgsGeometry(wkt)
    return QgsGeometry.fromWkt(wkt) if wkt else QgsGeometry()


def rows(database, sql):
    """Rows read straight from the database: a GeoPackage path or a PostGIS schema."""
    return sql_rows(database, sql)


def snapshot(database) -> dict:
    """Every row of the land release tables, to compare a database before and after."""
    tables = ("hazard", "land_release", "survey_point", "edit_log")
    return {t: rows(database, f'SELECT * FROM "{t}" ORDER BY fid') for t in tables}


def hazard_row(database, hazard_id):
    remaining, status, changed_on = rows(
        database,
        "SELECT remaining_area_m2, status, status_changed_on FROM hazard "
        f"WHERE hazard_id = '{hazard_id}'",
    )[0]
    return remaining, status, str(changed_on) if changed_on is not None else None


def signer(layers, user: str) -> str:
    """Who the edit log names: the QGIS user on a GeoPackage, the database login on PostGIS
    (which an editor cannot forge)."""
    if layers.on_postgis:
        return layers.database.data_source.username()
    return user


def test_save_writes_release_points_hazard_and_log(db):
    path = db.database
    strip = square(X, Y, X + 40, Y + 100)
    corners = [(X, Y), (X + 40, Y), (X + 40, Y + 100), (X, Y + 100)]
    saved = recording.save_release(
        db,
        make_candidate(db, strip, corners, organisation="ANAMA", team="Təmizləmə qrupu №2"),
        user="gis.officer",
    )
    assert saved.status == "worked_on"
    assert saved.previous_status == "open"
    expected_remaining = ellipsoidal(H1) - ellipsoidal(strip)
    assert saved.remaining_m2 == pytest.approx(expected_remaining, abs=0.01)
    # The stored release: attributes as given, area ellipsoidal (not the planar 4,000 m²).
    (release,) = rows(
        path,
        "SELECT release_id, hazard_id, outcome, team, area_m2, created_by, uuid FROM land_release",
    )
    assert release[:4] == ("LR-0001", "CHA-TAR-0001", "cleared", "Təmizləmə qrupu №2")
    assert release[4] == pytest.approx(ellipsoidal(strip), abs=0.01)
    assert abs(release[4] - 4000.0) > 0.5
    assert release[5] == "gis.officer"
    assert release[6] == saved.release_uuid
    remaining, status, changed_on = hazard_row(path, "CHA-TAR-0001")
    assert remaining == pytest.approx(expected_remaining, abs=0.01)
    assert status == "worked_on"
    assert changed_on == datetime.date.today().isoformat()
    # The other hazard is untouched.
    assert hazard_row(path, "CHA-TAR-0002")[1] == "open"
    points = rows(path, "SELECT owner_id, point_type, seq FROM survey_point ORDER BY seq")
    assert points == [("LR-0001", "turning", i) for i in range(1, 5)]
    # One log row per change, signed.
    by = signer(db, "gis.officer")
    log = rows(
        path,
        f"SELECT layer, action, changed_by FROM edit_log WHERE changed_by = '{by}' ORDER BY fid",
    )
    assert ("land_release", "insert", by) in log
    assert ("hazard", "update", by) in log
    # The QGIS layers see the new state at once.
    assert db.release.featureCount() == 1
    assert {f["status"] for f in db.hazard.getFeatures()} == {"worked_on", "open"}


def test_overlapping_releases_close_the_hazard_counted_once(db):
    west = square(X, Y, X + 60, Y + 100)
    recording.save_release(db, make_candidate(db, west, outcome="cleared"), user="u")
    whole = square(X + 30, Y, X + 100, Y + 100)
    saved = recording.save_release(
        db, make_candidate(db, whole, release_id="LR-0002", outcome="reduced", activity="ts")
    )
    assert saved.status == "closed"
    assert saved.remaining_m2 == 0.0
    assert hazard_row(db.database, "CHA-TAR-0001")[:2] == (0.0, "closed")


def test_two_saves_of_the_same_release_are_refused(db):
    candidate = make_candidate(db, square(X, Y, X + 10, Y + 10))
    recording.save_release(db, candidate)
    before = snapshot(db.database)
    with pytest.raises(recording.SaveError, match="already"):
        recording.save_release(db, candidate)
    other = make_candidate(db, square(X + 50, Y, X + 60, Y + 10))  # same release_id
    # createFeature would suggest LR-0001_1 for a unique field: type the same id over it.
    other.feature["release_id"] = "LR-0001"
    with pytest.raises(recording.SaveError, match="LR-0001 is already recorded"):
        recording.save_release(db, other)
    assert snapshot(db.database) == before


@pytest.mark.parametrize(
    ("wkt", "values", "message"),
    [
        (square(X + 500, Y, X + 600, Y + 100), {}, "entirely outside"),
        (f"POLYGON(({X} {Y},{X + 50} {Y + 50},{X + 50} {Y},{X} {Y + 50},{X} {Y}))", {}, "valid"),
        (square(X - 10, Y - 10, X + 110, Y + 110), {}, "larger than the hazard"),
        (square(X, Y, X + 10, Y + 10), {"outcome": None}, "Outcome is mandatory"),
        (square(X, Y, X + 10, Y + 10), {"outcome": "demined"}, "not in the code list"),
        (
            square(X, Y, X + 10, Y + 10),
            {"start_date": QDate(2026, 6, 1), "end_date": QDate(2026, 5, 1)},
            "before the start date",
        ),
        (square(X, Y, X + 10, Y + 10), {"end_date": QDate.currentDate().addDays(3)}, "future"),
        (square(X, Y, X + 10, Y + 10), {"hazard_id": "CHA-XXX-9999"}, "no hazard"),
        (square(X, Y, X + 10, Y + 10), {"ap_found": -1}, "negative"),
        (None, {}, "no polygon"),
    ],
)
def test_bad_input_is_refused_and_nothing_written(db, wkt, values, message):
    before = snapshot(db.database)
    with pytest.raises(recording.SaveError, match=message):
        recording.save_release(db, make_candidate(db, wkt, **values))
    assert snapshot(db.database) == before


def test_unsaved_edits_in_the_layer_are_not_overwritten(db):
    assert db.release.startEditing()
    feature = make_candidate(db, square(X, Y, X + 5, Y + 5), release_id="LR-PENDING").feature
    assert db.release.addFeature(feature)
    with pytest.raises(recording.SaveError, match="unsaved edits"):
        recording.save_release(db, make_candidate(db, square(X, Y, X + 10, Y + 10)))
    db.release.rollBack()
    assert rows(db.database, "SELECT count(*) FROM land_release") == [(0,)]


def test_undo_and_redo(db):
    strip = square(X, Y, X + 40, Y + 100)
    saved = recording.save_release(db, make_candidate(db, strip, [(X, Y), (X + 40, Y)]))
    recording.undo_release(db, saved, user="u")
    assert rows(db.database, "SELECT count(*) FROM land_release") == [(0,)]
    assert rows(db.database, "SELECT count(*) FROM survey_point") == [(0,)]
    remaining, status, _ = hazard_row(db.database, "CHA-TAR-0001")
    assert status == "open"
    assert remaining == pytest.approx(ellipsoidal(H1), abs=0.01)
    assert ("land_release", "delete") in rows(db.database, "SELECT layer, action FROM edit_log")
    again = recording.redo_release(db, saved)
    assert again.release_uuid == saved.release_uuid
    assert rows(db.database, "SELECT release_id, uuid FROM land_release") == [
        ("LR-0001", saved.release_uuid)
    ]
    assert hazard_row(db.database, "CHA-TAR-0001")[1] == "worked_on"
    with pytest.raises(recording.SaveError):
        recording.undo_release(db, saved)
        recording.undo_release(db, saved)


def test_find_layers_in_the_project(new_database, qgis_new_project):
    project = QgsProject.instance()
    load_database(new_database, project)
    found = recording.find_layers(project)
    assert found is not None
    assert found.database == new_database
    assert found.path == (new_database if isinstance(new_database, str) else "")
    assert found.release.name() == "land_release"
    assert found.edit_log is not None


def test_live_check_reports_outside_and_overlap(db):
    recording.save_release(db, make_candidate(db, square(X, Y, X + 50, Y + 100)))
    hazard = recording.find_hazard(db, "CHA-TAR-0001")
    candidate = square(X + 40, Y + 50, X + 140, Y + 100)  # 60 m inside, 40 m outside
    check = recording.check_candidate(db, hazard, QgsGeometry.fromWkt(candidate))
    assert check.valid and check.can_save
    assert check.outside_m2 == pytest.approx(
        ellipsoidal(square(X + 100, Y + 50, X + 140, Y + 100)), abs=0.01
    )
    assert check.overlaps == [
        ("LR-0001", pytest.approx(ellipsoidal(square(X + 40, Y + 50, X + 50, Y + 100)), abs=0.01))
    ]
    texts = " ".join(text for _, text in check.messages)
    assert "outside the hazard" in texts and "LR-0001" in texts


CRASH_SCRIPT = textwrap.dedent(
    """
    import json, os, signal, sys
    sys.path.insert(0, sys.argv[1])
    from qgis.core import QgsApplication, QgsGeometry, QgsVectorLayerUtils
    from qgis.PyQt.QtCore import QDate
    app = QgsApplication([], False)
    app.initQgis()
    from landrelease.storage import postgis, recording
    from landrelease.storage.database import open_layers
    target = json.loads(sys.argv[2])
    layers = open_layers(target if isinstance(target, str) else postgis.PgDatabase(*target))
    rl = recording.ReleaseLayers(layers["land_release"], layers["hazard"],
                                 layers["survey_point"], layers["edit_log"])
    fields = rl.release.fields()
    values = {"release_id": "LR-CRASH", "hazard_id": "CHA-TAR-0001", "activity": "clearance",
              "outcome": "cleared", "end_date": QDate(2026, 6, 30)}
    feature = QgsVectorLayerUtils.createFeature(
        rl.release, QgsGeometry.fromWkt(sys.argv[3]),
        {fields.indexOf(k): v for k, v in values.items()})
    def crash():
        sys.stdout.write("written, killing\\n")
        sys.stdout.flush()
        os.kill(os.getpid(), signal.SIGKILL)
    recording._before_commit = crash
    recording.save_release(rl, recording.Candidate(feature, []))
    """
)


def test_a_process_killed_mid_save_leaves_the_database_unchanged(db, tmp_path):
    path = db.database
    target = [path.uri, path.schema] if isinstance(path, postgis.PgDatabase) else path
    before = snapshot(path)
    script = tmp_path / "crash.py"
    script.write_text(CRASH_SCRIPT)
    plugin_path = Path(landrelease.__file__).parent.parent
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [
            sys.executable,
            str(script),
            str(plugin_path),
            json.dumps(target),
            square(X, Y, X + 50, Y + 50),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == -9, done.stderr[-2000:]
    assert "written, killing" in done.stdout
    if isinstance(path, str):
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert snapshot(path) == before
    # Still readable by QGIS and still writable.
    layers = open_layers(path)
    assert layers["land_release"].featureCount() == 0
    saved = recording.save_release(db, make_candidate(db, square(X, Y, X + 50, Y + 50)))
    assert saved.status == "worked_on"


def test_a_release_in_a_cha_also_moves_the_sha_around_it(db):
    sha = square(X - 50, Y - 50, X + 150, Y + 150)
    _add_hazard(db.hazard, "SHA-TAR-0001", sha)
    strip = square(X, Y, X + 40, Y + 100)
    saved = recording.save_release(db, make_candidate(db, strip))
    assert saved.hazard_id == "CHA-TAR-0001"
    remaining, status, _ = hazard_row(db.database, "SHA-TAR-0001")
    assert status == "worked_on"
    assert remaining == pytest.approx(ellipsoidal(sha) - ellipsoidal(strip), abs=0.01)
    recording.undo_release(db, saved)
    remaining, status, _ = hazard_row(db.database, "SHA-TAR-0001")
    assert status == "open"
    assert remaining == pytest.approx(ellipsoidal(sha), abs=0.01)
    assert hazard_row(db.database, "CHA-TAR-0002")[1] == "open"


# --- minefield records typed by hand ------------------------------------------------------------

RECORD_LEGS = [  # (point_type, bearing in mil6000, north, distance) from the benchmark
    ("start", 1500.0, "magnetic", 40.0),
    ("turning", 0.0, "magnetic", 60.0),
    ("turning", 1500.0, "magnetic", 50.0),
    ("end", 3000.0, "grid", 60.0),
]


def make_record(layers, record_id="MFR-AGD-0001", legs=RECORD_LEGS, points=None, **values):
    from landrelease.qgis_io.convert import model_fields, new_feature

    attrs = {
        "record_id": record_id,
        "document_ref": "Формуляр № 17",
        "record_date": QDate(1993, 6, 15),
        "side": "Soviet Army",
        "mine_types": "PMN-2, TM-62M",
        "mines_recorded": 120,
        "accuracy": 25.0,
        "closure_error_m": 0.4,
        "declination_deg": 4.65,
        "declination_source": "igrf",
        **values,
    }
    polygon = square(X, Y + 40, X + 60, Y + 100)
    feature = new_feature(model_fields("minefield_record"), attrs, QgsGeometry.fromWkt(polygon))
    leg_features = [
        new_feature(
            model_fields("traverse_leg"),
            {
                "seq": seq,
                "point_type": point_type,
                "bearing": bearing,
                "bearing_unit": "mil6000",
                "north": north,
                "distance_m": distance,
                "remarks": f"leg {seq}",
            },
        )
        for seq, (point_type, bearing, north, distance) in enumerate(legs, start=1)
    ]
    if points is None:
        points = [(0, "benchmark", X - 40, Y + 40, "X=4430293 Y=8664944")] + [
            (seq, t, X, Y + 10 * seq, f"{b:g}; {d:g}")
            for seq, (t, b, _, d) in enumerate(legs, start=1)
        ]
    point_features = [
        new_feature(
            model_fields("survey_point"),
            {"seq": seq, "point_type": t, "entered_as": text},
            QgsGeometry.fromWkt(f"POINT({x} {y})"),
        )
        for seq, t, x, y, text in points
    ]
    return recording.MinefieldRecord(feature, leg_features, point_features)


def record_snapshot(database) -> dict:
    tables = ("minefield_record", "traverse_leg", "survey_point", "edit_log")
    return {t: rows(database, f'SELECT * FROM "{t}" ORDER BY fid') for t in tables}


def test_save_minefield_record_writes_the_record_its_legs_and_points(db):
    path = db.database
    assert db.minefield_record is not None and db.traverse_leg is not None
    saved = recording.save_minefield_record(db, make_record(db), user="gis.officer")
    assert saved == "MFR-AGD-0001"
    (record,) = rows(
        path,
        "SELECT record_id, document_ref, record_date, side, mine_types, mines_recorded, "
        "accuracy, closure_error_m, declination_deg, declination_source, created_by "
        "FROM minefield_record",
    )
    assert record[:2] == ("MFR-AGD-0001", "Формуляр № 17")
    assert str(record[2]) == "1993-06-15"
    assert record[3:] == (
        "Soviet Army",
        "PMN-2, TM-62M",
        120,
        25.0,
        0.4,
        4.65,
        "igrf",
        "gis.officer",
    )
    legs = rows(
        path,
        "SELECT record_id, seq, point_type, bearing, bearing_unit, north, distance_m, remarks "
        "FROM traverse_leg ORDER BY seq",
    )
    assert legs == [
        ("MFR-AGD-0001", seq, t, b, "mil6000", n, d, f"leg {seq}")
        for seq, (t, b, n, d) in enumerate(RECORD_LEGS, start=1)
    ]
    points = rows(
        path, "SELECT owner_id, seq, point_type, entered_as FROM survey_point ORDER BY seq"
    )
    assert points[0] == ("MFR-AGD-0001", 0, "benchmark", "X=4430293 Y=8664944")
    assert [p[1] for p in points] == [0, 1, 2, 3, 4]
    assert {p[0] for p in points} == {"MFR-AGD-0001"}
    assert db.minefield_record.featureCount() == 1  # the layers see it at once
    assert db.traverse_leg.featureCount() == 4


def test_a_minefield_record_refused_writes_nothing(db):
    recording.save_minefield_record(db, make_record(db))
    before = record_snapshot(db.database)
    no_declination = make_record(db, "MFR-2", declination_deg=None, declination_source=None)
    cases = [
        (make_record(db), "MFR-AGD-0001 is already recorded"),
        (make_record(db, record_id=None), "Record ID is mandatory"),
        (no_declination, "Leg 1 is magnetic but the record has no declination"),
        (make_record(db, "MFR-3", declination_source="compass"), "not in the code list"),
        (make_record(db, "MFR-4", declination_source=None), "go together"),
        (make_record(db, "MFR-5", accuracy=125.0), "outside 0 to 100"),
        (make_record(db, "MFR-6", mines_recorded=-3), "cannot be negative"),
        (make_record(db, "MFR-7", record_date=QDate.currentDate().addDays(2)), "future"),
        (make_record(db, "MFR-8", legs=[("start", 6000.0, "grid", 10.0)]), "outside 0 to 6000"),
        (
            make_record(db, "MFR-9", legs=[("start", 10.0, "grid", -1.0)]),
            r"Leg 1: Distance \(m\) cannot be negative \(distance_m: -1\)",
        ),
        (
            make_record(db, "MFR-10", points=[(0, "turning", X, Y, "38N 600000 4400000")]),
            "first survey point must be",
        ),
    ]
    for record, message in cases:
        with pytest.raises(recording.SaveError, match=message):
            recording.save_minefield_record(db, record)
    assert record_snapshot(db.database) == before
    # Survey points of a hazard with the same ID: the record would take them as its start.
    _add_point(db, "MFR-11")
    before = record_snapshot(db.database)
    with pytest.raises(recording.SaveError, match="1 survey points of MFR-11"):
        recording.save_minefield_record(db, make_record(db, "MFR-11"))
    assert record_snapshot(db.database) == before
    # Unsaved edits in the record layer are not overwritten.
    assert db.minefield_record.startEditing()
    layer = db.minefield_record
    pending = QgsVectorLayerUtils.createFeature(
        layer,
        QgsGeometry.fromWkt(square(X, Y, X + 5, Y + 5)),
        {layer.fields().indexOf("record_id"): "P"},
    )
    assert layer.addFeature(pending)
    with pytest.raises(recording.SaveError, match="unsaved edits"):
        recording.save_minefield_record(db, make_record(db, "MFR-12"))
    db.minefield_record.rollBack()
    assert record_snapshot(db.database) == before


def _add_point(layers, owner_id):
    from landrelease.qgis_io.convert import model_fields, new_feature

    point = new_feature(
        model_fields("survey_point"),
        {"owner_id": owner_id, "seq": 1, "point_type": "turning"},
        QgsGeometry.fromWkt(f"POINT({X} {Y})"),
    )
    with recording._Transaction(layers.database) as tx:
        tx.insert("survey_point", recording._attributes(point), point.geometry())
        tx.commit()


def test_a_database_without_the_declination_columns(db):
    """An older database: on PostGIS the save names the missing column for the administrator;
    a GeoPackage is brought up to date when it is opened (test_schema_upgrade.py)."""
    path = db.database
    rows(path, "ALTER TABLE minefield_record DROP COLUMN declination_source")
    before = record_snapshot(path)
    with pytest.raises(recording.SaveError) as error:
        recording.save_minefield_record(db, make_record(db))
    message = str(error.value)
    assert "minefield_record.declination_source" in message
    if db.on_postgis:
        assert "administrator must add it" in message
    else:
        assert "Open it again" in message
    assert record_snapshot(path) == before


# --- values a field cannot hold: refused by name, nothing written (issue 15) -------------------

NAN, INF = float("nan"), float("inf")
TODAY = datetime.date.today()


@pytest.mark.parametrize(
    ("values", "message"),
    [
        (
            {"ap_found": "abc"},
            "AP mines found: 'abc' is not a whole number (ap_found): type a number, e.g. 12.",
        ),
        (
            {"depth_cm": NAN},
            "Clearance depth (cm): NaN is not a number (depth_cm): type a number, e.g. 12.",
        ),
        (
            {"depth_cm": INF},
            "Clearance depth (cm): inf is not a number (depth_cm): type a number, e.g. 12.",
        ),
        (
            {"depth_cm": -5},
            "Clearance depth (cm) cannot be negative (depth_cm: -5): type 0 or more.",
        ),
        (
            {"depth_cm": 1e12},
            "Clearance depth (cm): 1000000000000 is outside 0 to 2,000 (depth_cm): check the "
            "value and its unit.",
        ),
        (
            {"depth_cm": 12.5},
            "Clearance depth (cm): 12.5 is not a whole number (depth_cm): type a number, e.g. 12.",
        ),
        (
            {"uxo_found": 2**40},
            "UXO found: 1099511627776 is outside 0 to 1,000,000 (uxo_found): check the value and "
            "its unit.",
        ),
        (
            {"remarks": "near the \ud800 well"},
            "Remarks: the text 'near the \\ud800 well' holds a broken character (\\ud800, "
            "character 10): type that part again (remarks).",
        ),
        (
            {"team": "team\x00two"},
            "Team: the text 'team\\u0000two' holds a control character (U+0000, character 5): "
            "remove it (team).",
        ),
        (
            {"remarks": "x" * 100_000},
            "Remarks: the text '" + "x" * 40 + "…' has 100,000 characters; it holds at most "
            "10,000: shorten it (remarks).",
        ),
        (
            {"release_id": "LR-" + "9" * 60},
            "Release ID: the text 'LR-" + "9" * 37 + "…' has 63 characters; it holds at most 50: "
            "shorten it (release_id).",
        ),
        (
            {"end_date": "2025-13-45"},
            "End date: '2025-13-45' is not a date (end_date): type it as YYYY-MM-DD, e.g. "
            "2025-06-30.",
        ),
        (
            {"end_date": "30.06.2025"},
            "End date: '30.06.2025' is not a date (end_date): type it as YYYY-MM-DD, e.g. "
            "2025-06-30.",
        ),
        (
            {"start_date": QDate(1987, 12, 31), "end_date": QDate(2025, 6, 30)},
            "Start date: 1987-12-31 is before 1988 (start_date): check the year.",
        ),
        (
            {"end_date": QDate.currentDate().addDays(1)},
            f"End date: {TODAY + datetime.timedelta(days=1)} is in the future (end_date): type "
            "the day it happened.",
        ),
        (
            {"qa_status": "ok"},
            "QA status: 'ok' is not in the code list (qa_status): choose one of pending, passed, "
            "failed.",
        ),
    ],
)
def test_values_a_field_cannot_hold_are_refused_by_name(db, values, message):
    """Each value is refused with its field's label and name, the value and what to do; no
    ValueError or RuntimeError; nothing is written (read back with sqlite3 / psycopg2)."""
    values = {"start_date": QDate(2025, 5, 1), "end_date": QDate(2025, 6, 30), **values}
    before = snapshot(db.database)
    with pytest.raises(recording.SaveError) as refused:
        recording.save_release(db, make_candidate(db, square(X, Y, X + 10, Y + 10), **values))
    assert str(refused.value) == message
    assert snapshot(db.database) == before


def test_values_are_stored_as_they_are_meant(db):
    """Text that holds a whole number is stored as that number, a whole float as an integer, an
    ISO date text as that date; line breaks, tabs and non-Latin text are kept exactly; the first
    day of 1988 and today are accepted."""
    remarks = "Sahə\tпроверено\r\nline 2 ‘quoted’ – №5"
    candidate = make_candidate(
        db,
        square(X, Y, X + 10, Y + 10),
        ap_found="12",
        at_found=3.0,
        depth_cm=" 30 ",
        start_date="1988-01-01",
        end_date=QDate.currentDate(),
        remarks=remarks,
    )
    recording.save_release(db, candidate)
    (row,) = rows(
        db.database,
        "SELECT ap_found, at_found, depth_cm, start_date, end_date, remarks FROM land_release",
    )
    assert row[:3] == (12, 3, 30)
    assert [str(day) for day in row[3:5]] == ["1988-01-01", TODAY.isoformat()]
    assert row[5] == remarks


def test_survey_points_are_checked_with_the_release(db):
    candidate = make_candidate(db, square(X, Y, X + 10, Y + 10), [(X, Y), (X + 10, Y)])
    candidate.points[0]["seq"] = "first"
    candidate.points[1].setGeometry(QgsGeometry.fromPointXY(QgsPointXY(NAN, Y)))
    before = snapshot(db.database)
    with pytest.raises(recording.SaveError) as refused:
        recording.save_release(db, candidate)
    assert str(refused.value).splitlines() == [
        "Survey point 1: Sequence: 'first' is not a whole number (seq): type a number, e.g. 12.",
        "Survey point 2 has no position.",
    ]
    assert snapshot(db.database) == before


def test_a_release_polygon_without_a_position_is_refused(db):
    corners = [(X, Y), (NAN, Y), (X + 10, Y + 10), (X, Y + 10), (X, Y)]
    nan_square = QgsGeometry.fromPolygonXY([[QgsPointXY(x, y) for x, y in corners]])
    assert not nan_square.isNull()
    hazard = recording.find_hazard(db, "CHA-TAR-0001")
    check = recording.check_candidate(db, hazard, nan_square)
    assert not check.can_save
    expected = (
        "The polygon has a vertex without a position (NaN or infinite coordinates): draw it or "
        "import it again."
    )
    assert check.messages == [("error", expected)]
    before = snapshot(db.database)
    with pytest.raises(recording.SaveError, match=r"^The polygon has a vertex without a position"):
        recording.save_release(db, make_candidate(db, nan_square))
    assert snapshot(db.database) == before


def test_hazards_and_records_refuse_values_by_name(db):
    from landrelease.qgis_io.convert import model_fields, new_feature

    values = {
        "hazard_id": "SHA-AGD-0100",
        "classification": "SHA",
        "recorded_on": "1950-05-01",
        "evidence_direct": -2,
        "remarks": "mines\udfff",
    }
    expected = [
        "Direct evidence (count) cannot be negative (evidence_direct: -2): type 0 or more.",
        "Recorded on: 1950-05-01 is before 1988 (recorded_on): check the year.",
        "Remarks: the text 'mines\\udfff' holds a broken character (\\udfff, character 6): type "
        "that part again (remarks).",
    ]
    geometry = QgsGeometry.fromWkt(square(X + 400, Y, X + 500, Y + 100))
    try:
        hazard = new_feature(model_fields("hazard"), values, geometry)
    except SystemError:  # QGIS 3.40's bindings refuse a lone surrogate before it reaches us
        hazard = new_feature(model_fields("hazard"), {**values, "remarks": "mines"}, geometry)
        expected = expected[:2]
    before = snapshot(db.database)
    with pytest.raises(recording.SaveError) as refused:
        recording.save_hazard(db, hazard, [])
    assert str(refused.value).splitlines() == expected
    assert snapshot(db.database) == before

    before = record_snapshot(db.database)
    cases = [
        (
            make_record(db, "MFR-20", accuracy=NAN),
            "Accuracy (%): NaN is not a number (accuracy): type a number, e.g. 12.5.",
        ),
        (
            make_record(db, "MFR-21", record_date=QDate(1899, 12, 31)),
            "Record date: 1899-12-31 is before 1900 (record_date): check the year.",
        ),
        (
            make_record(db, "MFR-22", legs=[("start", 10.0, "grid", 1e9)]),
            "Leg 1: Distance (m): 1000000000 is outside 0 to 100,000 (distance_m): check the "
            "value and its unit.",
        ),
        (
            make_record(db, "MFR-23", declination_deg=INF),
            "Magnetic declination (°, east positive): inf is not a number (declination_deg): "
            "type a number, e.g. 12.5.",
        ),
    ]
    for record, message in cases:
        with pytest.raises(recording.SaveError) as refused:
            recording.save_minefield_record(db, record)
        assert message in str(refused.value).splitlines()
    # A record of 1942 (older than humanitarian mine action) is a record all the same.
    assert recording.save_minefield_record(
        db, make_record(db, "MFR-1942", record_date=QDate(1942, 10, 23))
    )
    after = record_snapshot(db.database)
    assert after["traverse_leg"][: len(before["traverse_leg"])] == before["traverse_leg"]
    assert rows(db.database, "SELECT record_id FROM minefield_record") == [("MFR-1942",)]


@pytest.fixture
def gpkg_db(new_gpkg, qgis_new_project):
    """The layers of a new GeoPackage with the two hazards (for property tests: one backend)."""
    project = QgsProject.instance()
    load_database(str(new_gpkg), project)
    layers = recording.find_layers(project)
    _add_hazard(layers.hazard, "CHA-TAR-0001", H1)
    yield layers
    project.clear()


def _save_one(layers, number: int, **values):
    """Save a 1 m² release LR-P<number> with ``values``: the stored row, or the refusal."""
    x = X + (number % 90)
    y = Y + (number // 90) % 90
    candidate = make_candidate(
        layers, square(x, y, x + 1, y + 1), release_id=f"LR-P{number}", **values
    )
    try:
        recording.save_release(layers, candidate)
    except recording.SaveError as error:
        return None, str(error)
    (row,) = rows(
        layers.database,
        f"SELECT ap_found, remarks, end_date FROM land_release WHERE release_id = 'LR-P{number}'",
    )
    return row, None


_counter = iter(range(1, 10**6))


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(alphabet=st.characters(blacklist_categories=()), max_size=60))
def test_any_text_is_stored_exactly_or_refused_by_name(gpkg_db, text):
    """Hostile text (lone surrogates, NUL and other control characters, any script): stored
    exactly as given, or refused with the field named; never a crash."""
    row, refusal = _save_one(gpkg_db, next(_counter), remarks=text)
    if refusal is None:
        assert row[1] == (text if text.strip() else None)
    else:
        assert refusal.startswith("Remarks: the text ") and refusal.endswith("(remarks).")


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    value=st.one_of(
        st.integers(min_value=-(2**70), max_value=2**70),
        st.floats(allow_nan=True, allow_infinity=True),
        st.text(alphabet="0123456789 .,-+eE", max_size=12),
    )
)
def test_any_count_is_stored_as_the_whole_number_meant_or_refused(gpkg_db, value):
    """A count is stored as the whole number it plainly is (12, 12.0, ' 12 '), or refused with
    the field named: never rounded, truncated or emptied."""
    row, refusal = _save_one(gpkg_db, next(_counter), ap_found=value)
    if refusal is None:
        if isinstance(value, str) and not value.strip():
            assert row[0] is None  # blank: no value
        else:
            meant = int(value.strip()) if isinstance(value, str) else value
            assert isinstance(row[0], int) and row[0] == meant and 0 <= row[0] <= 1_000_000
    else:
        assert refusal.startswith("AP mines found") and "(ap_found" in refusal


def test_undo_does_not_remove_a_release_quality_management_has_reviewed(db):
    """Saved, then passed by QM: the recorder's undo (still on the dock's stack) is refused and
    the release, its points and the hazard's figures stay as QM passed them."""
    from landrelease.storage.recording import review

    strip = square(X, Y, X + 40, Y + 100)
    saved = recording.save_release(db, make_candidate(db, strip, [(X, Y), (X + 40, Y)]))
    listed = next(r for r in review.pending_releases(db) if r.release_id == saved.release_id)
    review.review_release(db, listed, "passed", user="qm.officer")
    figures = hazard_row(db.database, "CHA-TAR-0001")
    with pytest.raises(recording.SaveError, match="reviewed by quality management \\(passed\\)"):
        recording.undo_release(db, saved, user="u")
    assert rows(db.database, "SELECT release_id, qa_status FROM land_release") == [
        ("LR-0001", "passed")
    ]
    assert rows(db.database, "SELECT count(*) FROM survey_point") == [(2,)]
    assert hazard_row(db.database, "CHA-TAR-0001") == figures
