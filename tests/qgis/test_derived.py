"""A hazard's stored remaining area and status follow its releases whatever changed them: the
Record dock, the attribute table, another QGIS, a script; on a GeoPackage and on PostGIS. A
figure may be unknown for a moment (remaining NULL, status 'unknown'), never wrong."""

from __future__ import annotations

import datetime
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayerUtils,
)
from qgis.PyQt.QtCore import QDate

import landrelease
from landrelease.core import model
from landrelease.storage import derived, postgis, recording
from landrelease.storage.database import ensure_schema, load_database

from .conftest import RecordingFeedback, sql_rows
from .test_edit_log import connect as gpkg_program  # SQLite with the GeoPackage functions
from .test_postgis import officers  # noqa: F401 - the logins of the three roles
from .test_recording import H1, H2, X, Y, _add_hazard, ellipsoidal, make_candidate, square

TODAY = datetime.date.today()
WEST = square(X, Y, X + 40, Y + 100)
EAST = square(X + 60, Y, X + 100, Y + 100)
MIDDLE = square(X + 30, Y + 20, X + 70, Y + 60)
EDITOR = Path(__file__).with_name("layer_editor_process.py")


def remaining(hazard: str, *releases: str) -> float:
    """The hazard's ellipsoidal area minus the union of the releases inside it (QGIS
    geometry and QgsDistanceArea: a reference independent of the accounting)."""
    left = QgsGeometry.fromWkt(hazard)
    for wkt in releases:
        left = left.difference(QgsGeometry.fromWkt(wkt))
    return ellipsoidal(left.asWkt()) if not left.isEmpty() else 0.0


def stored(database, hazard_id="CHA-TAR-0001"):
    row = sql_rows(
        database,
        "SELECT remaining_area_m2, status, status_changed_on FROM hazard WHERE hazard_id = ?",
        (hazard_id,),
    )[0]
    return row[0], row[1], None if row[2] is None else str(row[2])


def assert_figures(database, expected_m2, status, hazard_id="CHA-TAR-0001"):
    value, got_status, _ = stored(database, hazard_id)
    assert got_status == status, (hazard_id, value, got_status)
    assert value == pytest.approx(expected_m2, abs=0.01), hazard_id


def assert_unknown(database, hazard_id="CHA-TAR-0001"):
    value, status, _ = stored(database, hazard_id)
    assert value is None and status == "unknown", (hazard_id, value, status)


def hazard_log(database) -> list[tuple]:
    rows = sql_rows(database, "SELECT layer, action, after FROM edit_log ORDER BY fid")
    return [(r[0], r[1], json.loads(r[2]).get("status") if r[2] else None) for r in rows]


def script(database, sql: str) -> None:
    """A program writes to the database: psycopg2, or SQLite with the GeoPackage functions."""
    if isinstance(database, postgis.PgDatabase):
        sql_rows(database, sql)
    else:
        program = gpkg_program(database)
        program.execute(sql)
        program.close()


def target(database) -> str:
    if isinstance(database, postgis.PgDatabase):
        return json.dumps([database.uri, database.schema])
    return json.dumps(str(database))


def other_qgis(database, table, id_field, row_id, action, value="", plugin=False) -> str:
    """Another QGIS process changes one feature through its layer's edit buffer."""
    process = subprocess.run(
        [
            sys.executable,
            str(EDITOR),
            str(Path(landrelease.__file__).parent.parent),
            target(database),
            table,
            id_field,
            row_id,
            action,
            value,
            *(["plugin"] if plugin else []),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert process.stdout, process.stderr[-3000:]
    return process.stdout.strip()


@pytest.fixture
def db(new_database, qgis_new_project):
    """The layers of a new database (GeoPackage, then PostGIS) in the project, with two
    100 m × 100 m hazards."""
    project = QgsProject.instance()
    load_database(new_database, project)
    layers = recording.find_layers(project)
    _add_hazard(layers.hazard, "CHA-TAR-0001", H1)
    _add_hazard(layers.hazard, "CHA-TAR-0002", H2)
    yield layers
    project.clear()


def save(layers, wkt, release_id, **values):
    return recording.save_release(
        layers, make_candidate(layers, wkt, release_id=release_id, **values), user="tester"
    )


def release_fid(layer, release_id) -> int:
    layer.dataProvider().reloadData()
    request = QgsFeatureRequest().setFilterExpression(f"\"release_id\" = '{release_id}'")
    return next(layer.getFeatures(request)).id()


def _redated(layers, release_id: str, days: int) -> datetime.date:
    """The release's end date moved to ``days`` after today in the attribute table."""
    fid = release_fid(layers.release, release_id)
    index = layers.release.fields().indexOf("end_date")
    later = TODAY + datetime.timedelta(days=days)
    edit(layers.release, lambda lyr: lyr.changeAttributeValue(fid, index, QDate(later)))
    return later


def edit(layer, change) -> None:
    """One change through the layer's edit buffer, committed: the attribute table's way."""
    assert layer.startEditing()
    change(layer)
    assert layer.commitChanges(), layer.commitErrors()


# --- the attribute table (QGIS edit buffer, with the plugin) ------------------------------------


def test_a_release_deleted_in_the_attribute_table_gives_the_hazard_back(db):
    """The tester's case: a release deleted in the attribute table left the hazard worked_on
    with the old remaining area; now it is open with its whole area again."""
    save(db, WEST, "LR-0001")
    assert_figures(db.database, remaining(H1, WEST), "worked_on")
    fid = release_fid(db.release, "LR-0001")
    edit(db.release, lambda lyr: lyr.deleteFeature(fid))
    assert_figures(db.database, remaining(H1), "open")
    assert stored(db.database)[2] == TODAY.isoformat()
    assert_figures(db.database, remaining(H2), "open", "CHA-TAR-0002")
    # The log tells the whole story: the release deleted, the figures unknown, recomputed.
    tail = [e for e in hazard_log(db.database) if e[0] == "hazard"][-2:]
    assert [e[2] for e in tail] == ["unknown", "open"]
    assert ("land_release", "delete", None) in hazard_log(db.database)


def test_of_two_releases_one_deleted_leaves_the_other_counted(db):
    save(db, WEST, "LR-0001")
    save(db, EAST, "LR-0002", outcome="reduced", activity="ts")
    assert_figures(db.database, remaining(H1, WEST, EAST), "worked_on")
    fid = release_fid(db.release, "LR-0002")
    edit(db.release, lambda lyr: lyr.deleteFeature(fid))
    assert_figures(db.database, remaining(H1, WEST), "worked_on")


def test_a_release_moved_in_the_attribute_table(db):
    save(db, WEST, "LR-0001")
    fid = release_fid(db.release, "LR-0001")
    # Half outside the hazard, over the boundary at X + 100: only the inside part counts.
    moved = square(X + 80, Y, X + 120, Y + 100)
    edit(db.release, lambda lyr: lyr.changeGeometry(fid, QgsGeometry.fromWkt(moved)))
    assert_figures(db.database, remaining(H1, moved), "worked_on")
    # Onto the other hazard: the first is open again, the second is worked on.
    elsewhere = square(X + 200, Y, X + 250, Y + 100)
    edit(db.release, lambda lyr: lyr.changeGeometry(fid, QgsGeometry.fromWkt(elsewhere)))
    assert_figures(db.database, remaining(H1), "open")
    assert_figures(db.database, remaining(H2, elsewhere), "worked_on", "CHA-TAR-0002")


def test_a_release_re_dated_counts_from_its_end_date(db):
    save(db, WEST, "LR-0001")
    fid = release_fid(db.release, "LR-0001")
    index = db.release.fields().indexOf("end_date")
    later = TODAY + datetime.timedelta(days=40)
    edit(db.release, lambda lyr: lyr.changeAttributeValue(fid, index, QDate(later)))
    # Not released yet: the hazard is open today ...
    assert_figures(db.database, remaining(H1), "open")
    assert derived.refresh(db.database).figures == {}  # nothing due before that day
    # ... and worked on from that day, though nothing is written then.
    result = derived.refresh(db.database, today=later)
    assert result.changed == ["CHA-TAR-0001"]
    assert_figures(db.database, remaining(H1, WEST), "worked_on")
    earlier = TODAY - datetime.timedelta(days=3)
    edit(db.release, lambda lyr: lyr.changeAttributeValue(fid, index, QDate(earlier)))
    assert_figures(db.database, remaining(H1, WEST), "worked_on")


def test_an_outcome_changed_in_the_attribute_table(db):
    save(db, WEST, "LR-0001")
    fid = release_fid(db.release, "LR-0001")
    index = db.release.fields().indexOf("outcome")
    edit(db.release, lambda lyr: lyr.changeAttributeValue(fid, index, "demined"))
    assert_figures(db.database, remaining(H1), "open")  # an unknown outcome does not count
    edit(db.release, lambda lyr: lyr.changeAttributeValue(fid, index, "cancelled"))
    assert_figures(db.database, remaining(H1, WEST), "worked_on")


def test_other_fields_of_a_release_change_no_figure_and_write_no_hazard_row(db):
    save(db, WEST, "LR-0001")
    before = len(hazard_log(db.database))
    fid = release_fid(db.release, "LR-0001")
    index = db.release.fields().indexOf("qa_status")
    edit(db.release, lambda lyr: lyr.changeAttributeValue(fid, index, "passed"))
    assert [e[0] for e in hazard_log(db.database)[before:]] == ["land_release"]


def _digitise(layer, hazard_id, wkt):
    """A hazard as the ordinary QGIS form makes it: the layer's defaults, no figures typed."""
    fields = layer.fields()
    feature = QgsVectorLayerUtils.createFeature(
        layer,
        QgsGeometry.fromWkt(wkt),
        {fields.indexOf("hazard_id"): hazard_id, fields.indexOf("classification"): "SHA"},
    )
    assert feature["remaining_area_m2"] is None or feature["remaining_area_m2"] == ""
    edit(layer, lambda lyr: lyr.addFeature(feature))


def test_a_hazard_digitised_through_the_form_gets_its_figures_at_once(db):
    _digitise(db.hazard, "SHA-TAR-0003", square(X + 400, Y, X + 500, Y + 50))
    assert_figures(
        db.database, remaining(square(X + 400, Y, X + 500, Y + 50)), "open", "SHA-TAR-0003"
    )
    # One log row: the insert carries the figures (no unknown state in between).
    rows = sql_rows(db.database, "SELECT action FROM edit_log WHERE after LIKE '%SHA-TAR-0003%'")
    assert rows == [("insert",)]


def test_a_hazard_digitised_over_releases_already_recorded(db):
    save(db, WEST, "LR-0001")
    sha = square(X - 50, Y - 50, X + 150, Y + 150)  # an SHA around CHA-TAR-0001
    _digitise(db.hazard, "SHA-TAR-0003", sha)
    assert_figures(db.database, remaining(sha, WEST), "worked_on", "SHA-TAR-0003")


def test_a_hazard_moved_in_the_attribute_table(db):
    save(db, WEST, "LR-0001")
    hazard = db.hazard
    hazard.dataProvider().reloadData()
    (feature,) = hazard.getFeatures(
        QgsFeatureRequest().setFilterExpression("\"hazard_id\" = 'CHA-TAR-0001'")
    )
    bigger = square(X, Y, X + 200, Y + 100)
    edit(hazard, lambda lyr: lyr.changeGeometry(feature.id(), QgsGeometry.fromWkt(bigger)))
    assert_figures(db.database, remaining(bigger, WEST), "worked_on")
    away = square(X + 1000, Y, X + 1100, Y + 100)  # off every release
    edit(hazard, lambda lyr: lyr.changeGeometry(feature.id(), QgsGeometry.fromWkt(away)))
    assert_figures(db.database, remaining(away), "open")
    assert stored(db.database)[2] == TODAY.isoformat()


# --- the save transaction (Record dock) ---------------------------------------------------------

# A triangle north-west of CHA-TAR-0001: its box meets WEST's box, the triangle does not.
TRIANGLE = f"POLYGON(({X - 50} {Y + 200},{X + 60} {Y + 200},{X - 50} {Y + 90},{X - 50} {Y + 200}))"


def test_the_save_transaction_keeps_the_date_of_a_status_that_did_not_change(db):
    save(db, WEST, "LR-0001")
    assert stored(db.database)[1:] == ("worked_on", TODAY.isoformat())
    script(db.database, "UPDATE hazard SET status_changed_on = '2025-03-01'")
    save(db, EAST, "LR-0002")  # still worked on: the date of the status stays
    value, status, changed_on = stored(db.database)
    assert (status, changed_on) == ("worked_on", "2025-03-01")
    assert value == pytest.approx(remaining(H1, WEST, EAST), abs=0.01)
    save(db, MIDDLE, "LR-0003")
    save(db, square(X + 40, Y, X + 60, Y + 100), "LR-0004")  # the last strip: closed today
    assert stored(db.database) == (0.0, "closed", TODAY.isoformat())


def test_a_hazard_whose_box_only_meets_a_saved_release_is_settled_at_once(db):
    _digitise(db.hazard, "SHA-TAR-0004", TRIANGLE)
    assert_figures(db.database, remaining(TRIANGLE), "open", "SHA-TAR-0004")
    save(db, WEST, "LR-0001")  # the triggers mark it (boxes meet); the reload settles it
    assert_figures(db.database, remaining(TRIANGLE), "open", "SHA-TAR-0004")
    assert_figures(db.database, remaining(H1, WEST), "worked_on")
    assert derived.unknown_hazards(db.database) == []


def test_settle_inside_a_save_transaction_gives_every_figure_it_changed(db):
    """What the save transaction can call before its commit (instead of computing the named
    hazard's figures itself): every hazard the transaction's writes marked, its neighbours
    included, recomputed as the transaction sees the database, with the status's date."""
    _digitise(db.hazard, "SHA-TAR-0004", TRIANGLE)
    feature = make_candidate(db, WEST, release_id="LR-0001").feature
    with recording._Transaction(db.database) as tx:
        values = recording._attributes(feature)
        values.update(area_m2=round(ellipsoidal(WEST), 2), created_by="tester")
        tx.insert("land_release", values, feature.geometry())
        result = derived.settle(tx)
        tx.commit()
    assert sorted(result.figures) == ["CHA-TAR-0001", "SHA-TAR-0004"]
    assert result.figures["CHA-TAR-0001"].remaining_m2 == pytest.approx(
        remaining(H1, WEST), abs=0.01
    )
    assert result.figures["CHA-TAR-0001"].status == "worked_on"
    assert result.changed == ["CHA-TAR-0001", "SHA-TAR-0004"]  # the marked one written back
    assert_figures(db.database, remaining(H1, WEST), "worked_on")
    assert_figures(db.database, remaining(TRIANGLE), "open", "SHA-TAR-0004")
    assert stored(db.database)[2] == TODAY.isoformat()
    assert stored(db.database, "SHA-TAR-0004")[2] is None  # open before and after: no date


def test_the_save_transaction_leaves_out_a_release_that_ends_after_today(db):
    """One rule whatever writes the figures: a release re-dated to a day after today does not
    count yet when the Record dock saves another one over the same hazard."""
    save(db, WEST, "LR-0001")
    later = _redated(db, "LR-0001", days=40)
    saved = save(db, EAST, "LR-0002")
    assert saved.remaining_m2 == pytest.approx(remaining(H1, EAST), abs=0.01)
    assert saved.status == "worked_on"
    assert_figures(db.database, remaining(H1, EAST), "worked_on")
    assert derived.refresh(db.database).figures == {}  # nothing left due
    derived.refresh(db.database, today=later)
    assert_figures(db.database, remaining(H1, WEST, EAST), "worked_on")


def test_the_save_transaction_leaves_the_figures_unknown_beside_a_review_that_is_no_code(db):
    """A release whose qa_status is no code (written by another program) makes the figures of
    the hazards it touches unknown, whichever path recomputes them: the Record dock's save
    stores them unknown and says so, never a figure that leaves the release out."""
    save(db, WEST, "LR-0001")
    script(
        db.database, "UPDATE land_release SET qa_status = 'checked' WHERE release_id = 'LR-0001'"
    )
    derived.refresh(db.database)
    assert_unknown(db.database)
    saved = save(db, EAST, "LR-0002")
    assert saved.remaining_m2 is None and saved.status == "unknown"
    assert "LR-0001" in saved.unknown_reason
    assert_unknown(db.database)


# --- another QGIS, scripts ----------------------------------------------------------------------


def test_another_qgis_without_the_plugin_leaves_the_figures_unknown_never_wrong(db):
    save(db, WEST, "LR-0001")
    save(db, EAST, "LR-0002")
    out = other_qgis(db.database, "land_release", "release_id", "LR-0001", "delete")
    assert out == "committed"
    database = db.database
    assert_unknown(database)  # until something recomputes it ...
    QgsProject.instance().clear()
    load_database(database, QgsProject.instance())  # ... here: opening the database
    assert_figures(database, remaining(H1, EAST), "worked_on")


def test_another_qgis_with_the_plugin_recomputes_after_its_commit(db):
    save(db, WEST, "LR-0001")
    moved = square(X + 10, Y, X + 50, Y + 100)
    out = other_qgis(
        db.database, "land_release", "release_id", "LR-0001", "geometry", moved, plugin=True
    )
    assert out == "committed"
    assert_figures(db.database, remaining(H1, moved), "worked_on")
    out = other_qgis(
        db.database, "land_release", "release_id", "LR-0001", "set:end_date", '"2024-01-01"',
        plugin=True,
    )  # fmt: skip
    assert out == "committed"
    assert_figures(db.database, remaining(H1, moved), "worked_on")


def test_a_script_on_a_geopackage(new_gpkg, qgis_new_project):
    path = str(new_gpkg)
    layers = load_database(path, QgsProject.instance())
    _add_hazard(layers["hazard"], "CHA-TAR-0001", H1)
    found = recording.find_layers(QgsProject.instance())
    save(found, WEST, "LR-0001")
    # SQLite alone cannot write a GeoPackage layer (GDAL's spatial index triggers call
    # ST_IsEmpty): the delete is refused and nothing changes, the figures stay true.
    bare = sqlite3.connect(path)
    with pytest.raises(sqlite3.OperationalError, match="no such function"):
        bare.execute("DELETE FROM land_release")
    bare.close()
    assert_figures(path, remaining(H1, WEST), "worked_on")
    # A program with the GeoPackage functions (GDAL, SpatiaLite, here Python's): unknown ...
    program = gpkg_program(path)
    program.execute("UPDATE land_release SET outcome = 'cleared', end_date = '2025-01-01'")
    assert_unknown(path)
    program.execute("DELETE FROM land_release")
    program.close()
    assert_unknown(path)
    # ... until the accounting runs (here: before an algorithm reads the hazards).
    feedback = RecordingFeedback()
    derived.refresh_layers([found.hazard], feedback)
    assert_figures(path, remaining(H1), "open")
    assert "recomputed for 1 hazard" in feedback.text()


def _a_release_re_dated_by_a_program(new_gpkg, end_date: str):
    """(path, layers) of a GeoPackage whose one release a program re-dated to ``end_date``."""
    path = str(new_gpkg)
    load_database(path, QgsProject.instance())
    found = recording.find_layers(QgsProject.instance())
    _add_hazard(found.hazard, "CHA-TAR-0001", H1)
    save(found, WEST, "LR-0001")
    program = gpkg_program(path)
    program.execute(f"UPDATE land_release SET end_date = '{end_date}'")
    program.close()
    return path, found


def test_an_end_date_that_is_no_date_leaves_the_figures_unknown(new_gpkg, qgis_new_project):
    path, found = _a_release_re_dated_by_a_program(new_gpkg, "30/06/2026")  # day first: which?
    feedback = RecordingFeedback()
    derived.refresh_layers([found.hazard], feedback)
    assert_unknown(path)
    assert "CHA-TAR-0001" in feedback.text() and "LR-0001" in feedback.text()
    assert "30/06/2026" in feedback.text()


def test_the_live_check_reads_an_end_date_that_is_no_date_as_stored(new_gpkg, qgis_new_project):
    """QGIS reads '30/06/2026' in a DATE column as NULL (no end date: it would count); the live
    check reads the text stored, as the recompute does, and says the figures will wait."""
    path, found = _a_release_re_dated_by_a_program(new_gpkg, "30/06/2026")
    hazard = recording.find_hazard(found, "CHA-TAR-0001")
    check = recording.check_candidate(found, hazard, QgsGeometry.fromWkt(EAST))
    level, said = check.messages[-1]
    assert level == "warning" and "LR-0001" in said and "30/06/2026" in said, check.messages
    assert check.remaining_after_m2 == pytest.approx(remaining(H1, EAST), abs=0.01)


def test_a_database_whose_release_index_was_dropped_is_said_not_skipped(new_gpkg, qgis_new_project):
    path, found = _a_release_re_dated_by_a_program(new_gpkg, "2025-01-01")
    from osgeo import ogr

    dataset = ogr.Open(path, update=1)
    dataset.ExecuteSQL("SELECT DisableSpatialIndex('land_release', 'geom')")
    dataset = None
    assert_unknown(path)
    feedback = RecordingFeedback()
    derived.refresh_layers([found.hazard], feedback)
    assert_unknown(path)
    assert "land_release has no spatial index" in feedback.text()
    assert "SQL" not in feedback.text()


def test_a_script_on_postgis_as_an_editor(new_postgis, qgis_new_project, request):
    from .test_postgis import add_member, execute

    logins = request.getfixturevalue("officers")
    load_database(new_postgis, QgsProject.instance())
    found = recording.find_layers(QgsProject.instance())
    _add_hazard(found.hazard, "CHA-TAR-0001", H1)
    save(found, WEST, "LR-0001")
    editor = logins["editor"]
    add_member(new_postgis, editor, "ANAMA")  # the editor may change ANAMA's releases
    execute(new_postgis, "UPDATE land_release SET organisation = 'ANAMA'")
    execute(new_postgis, "UPDATE land_release SET end_date = '2025-02-01'", user=editor)
    assert_unknown(new_postgis)
    derived.refresh(new_postgis)
    assert_figures(new_postgis, remaining(H1, WEST), "worked_on")
    execute(new_postgis, "DELETE FROM land_release", user=editor)
    assert_unknown(new_postgis)
    derived.refresh(new_postgis)
    assert_figures(new_postgis, remaining(H1), "open")
    # A hazard inserted by a script over no release gets its figures from the database itself.
    execute(
        new_postgis,
        "INSERT INTO hazard (hazard_id, classification, geom) VALUES "
        f"('SHA-TAR-0009', 'SHA', ST_GeomFromText('{H2}', 32638))",
        user=editor,
    )
    assert_figures(new_postgis, remaining(H2), "open", "SHA-TAR-0009")
    # And over a release: unknown, for the accounting.
    execute(
        new_postgis,
        "INSERT INTO land_release (release_id, hazard_id, activity, outcome, geom) VALUES "
        f"('LR-0009', 'SHA-TAR-0009', 'nts', 'cancelled', ST_GeomFromText('{H2}', 32638))",
        user=editor,
    )
    assert_unknown(new_postgis, "SHA-TAR-0009")
    derived.refresh(new_postgis)
    assert_figures(new_postgis, 0.0, "closed", "SHA-TAR-0009")


# --- on load, before algorithms; what cannot be written -------------------------------------------


def test_algorithms_recompute_the_figures_of_their_inputs_first(db, provider):
    from qgis.core import QgsApplication, QgsProcessingContext

    save(db, WEST, "LR-0001")
    fid = release_fid(db.release, "LR-0001")
    provider_layer = db.release
    script(db.database, f"DELETE FROM land_release WHERE fid = {fid}")  # behind QGIS's back
    assert_unknown(db.database)
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(
        "landrelease:releasesummary"
    )
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    derived.refresh_inputs(
        algorithm,
        {"HAZARDS": db.hazard, "RELEASES": provider_layer, "OUTPUT": "memory:"},
        context,
        QgsProcessingFeedback(),
    )
    assert_figures(db.database, remaining(H1), "open")


def test_an_export_run_reads_true_figures_and_checkdata_reports_them_waiting(
    db, provider, tmp_path
):
    """Through processing.run: an algorithm that reads the hazards (exportimsma) recomputes
    them first, so IMSMA never receives 'unknown'; checkdata, which observes the database as it
    is, reports figures waiting to be recomputed instead of recomputing them."""
    import json

    import processing

    save(db, WEST, "LR-0001")
    fid = release_fid(db.release, "LR-0001")
    script(db.database, f"DELETE FROM land_release WHERE fid = {fid}")  # behind QGIS's back
    assert_unknown(db.database)
    checked = processing.run(
        "landrelease:checkdata",
        {"HAZARDS": db.hazard, "RELEASES": db.release, "OUTPUT": "memory:"},
    )["OUTPUT"]
    waiting = [f for f in checked.getFeatures() if f["code"] == "remaining_mismatch"]
    assert [(f["feature_id"], f["severity"]) for f in waiting] == [("CHA-TAR-0001", "warning")]
    assert_unknown(db.database)  # checkdata did not write the figures
    folder = tmp_path / "imsma"
    processing.run("landrelease:exportimsma", {"HAZARDS": db.hazard, "OUTPUT": str(folder)})
    features = json.loads((folder / "hazards.geojson").read_text(encoding="utf-8"))["features"]
    (exported,) = [f for f in features if f["properties"]["hazard_id"] == "CHA-TAR-0001"]
    assert exported["properties"]["status"] == "open"
    assert exported["properties"]["remaining_area_m2"] == pytest.approx(remaining(H1), abs=0.01)
    assert_figures(db.database, remaining(H1), "open")


def test_who_may_not_write_leaves_the_figures_unknown_and_is_told_why(
    new_postgis, qgis_new_project, request
):
    logins = request.getfixturevalue("officers")
    load_database(new_postgis, QgsProject.instance())
    found = recording.find_layers(QgsProject.instance())
    _add_hazard(found.hazard, "CHA-TAR-0001", H1)
    save(found, WEST, "LR-0001")
    sql_rows(new_postgis, "DELETE FROM land_release")
    QgsProject.instance().clear()
    uri = new_postgis.data_source
    uri.setUsername(logins["viewer"])
    as_viewer = postgis.PgDatabase(uri.uri(False), new_postgis.schema)
    with pytest.raises(derived.RefreshError, match="stay unknown") as refused:
        derived.refresh(as_viewer)
    assert "permission denied" in str(refused.value)
    feedback = RecordingFeedback()
    layers = load_database(as_viewer, QgsProject.instance())  # opening it raises nothing
    derived.refresh_layers([layers["hazard"]], feedback)
    assert "stay unknown" in feedback.text()
    assert_unknown(new_postgis)


def test_older_geopackages_get_the_triggers_when_opened(new_gpkg):
    path = str(new_gpkg)
    names = [n for (n,) in sql_rows(path, "SELECT name FROM sqlite_master WHERE type='trigger'")]
    ours = [n for n in names if "_figures_" in n]
    assert sorted(ours) == sorted(
        [
            "land_release_figures_insert",
            "land_release_figures_update",
            "land_release_figures_delete",
            "hazard_figures_insert",
            "hazard_figures_insert_filled",
            "hazard_figures_settled",
            "hazard_figures_geometry",
        ]
    )
    conn = sqlite3.connect(path)
    for name in ours:
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.commit()
    conn.close()
    assert sorted(n for n in ensure_schema(path) if "_figures_" in n) == sorted(ours)


def test_the_unknown_status_is_no_status_of_the_code_list():
    assert derived.STATUSES == model.CODE_LISTS["status"].values()
    assert "unknown" not in derived.STATUSES


# --- the review: a failed release never counts (issue 19) --------------------------------------


def _review(layer, release_id, qa_status) -> None:
    fid = release_fid(layer, release_id)
    index = layer.fields().indexOf("qa_status")
    edit(layer, lambda lyr: lyr.changeAttributeValue(fid, index, qa_status))


def test_a_release_failed_then_passed_in_the_attribute_table(db):
    save(db, WEST, "LR-0001")
    save(db, EAST, "LR-0002")
    assert_figures(db.database, remaining(H1, WEST, EAST), "worked_on")
    _review(db.release, "LR-0001", "failed")
    assert_figures(db.database, remaining(H1, EAST), "worked_on")
    _review(db.release, "LR-0002", "failed")
    assert_figures(db.database, remaining(H1), "open")
    _review(db.release, "LR-0001", "passed")
    assert_figures(db.database, remaining(H1, WEST), "worked_on")
    _review(db.release, "LR-0002", "pending")
    assert_figures(db.database, remaining(H1, WEST, EAST), "worked_on")


def test_a_release_saved_beside_a_failed_one_does_not_count_it(db):
    save(db, WEST, "LR-0001")
    _review(db.release, "LR-0001", "failed")
    saved = save(db, EAST, "LR-0002")  # the record dock's save computes the figures itself
    assert saved.remaining_m2 == pytest.approx(remaining(H1, EAST), abs=0.01)
    assert_figures(db.database, remaining(H1, EAST), "worked_on")


def test_passing_a_pending_release_writes_no_hazard_row(db):
    save(db, WEST, "LR-0001")
    before = len(hazard_log(db.database))
    _review(db.release, "LR-0001", "passed")
    _review(db.release, "LR-0001", "Pending ")
    assert [e[0] for e in hazard_log(db.database)[before:]] == ["land_release"] * 2
    assert_figures(db.database, remaining(H1, WEST), "worked_on")


def test_a_review_changed_by_sql_on_a_geopackage(new_gpkg, qgis_new_project):
    from osgeo import gdal

    path = str(new_gpkg)
    load_database(path, QgsProject.instance())
    found = recording.find_layers(QgsProject.instance())
    _add_hazard(found.hazard, "CHA-TAR-0001", H1)
    save(found, WEST, "LR-0001")
    assert_figures(path, remaining(H1, WEST), "worked_on")
    # SQLite alone cannot: the marking trigger needs the GeoPackage functions; nothing changes.
    bare = sqlite3.connect(path)
    with pytest.raises(sqlite3.OperationalError, match="no such function"):
        bare.execute("UPDATE land_release SET qa_status = 'failed'")
    bare.close()
    assert sql_rows(path, "SELECT qa_status FROM land_release") == [("pending",)]
    assert_figures(path, remaining(H1, WEST), "worked_on")
    # GDAL's SQL: pending -> failed marks the hazard unknown, the accounting leaves it out.
    gdal.UseExceptions()
    ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE)
    ds.ExecuteSQL("UPDATE land_release SET qa_status = 'failed'")
    ds = None
    assert_unknown(path)
    derived.refresh_layers([found.hazard], RecordingFeedback())
    assert_figures(path, remaining(H1), "open")
    # A program with the GeoPackage functions: failed -> passed counts it again.
    program = gpkg_program(path)
    program.execute("UPDATE land_release SET qa_status = 'passed'")
    assert_unknown(path)
    derived.refresh_layers([found.hazard], RecordingFeedback())
    assert_figures(path, remaining(H1, WEST), "worked_on")
    # passed -> pending: both count, nothing to recompute.
    program.execute("UPDATE land_release SET qa_status = 'pending'")
    assert_figures(path, remaining(H1, WEST), "worked_on")
    # A value that is no code: unknown until it is corrected, and said.
    program.execute("UPDATE land_release SET qa_status = 'rejected'")
    program.close()
    feedback = RecordingFeedback()
    derived.refresh_layers([found.hazard], feedback)
    assert_unknown(path)
    assert "LR-0001 ('rejected')" in feedback.text()


def test_an_older_geopackage_gets_the_release_trigger_that_sees_the_review(new_gpkg):
    path = str(new_gpkg)
    conn = sqlite3.connect(path)
    conn.execute('DROP TRIGGER "land_release_figures_update"')
    conn.execute(  # the trigger of the previous version, blind to qa_status
        'CREATE TRIGGER "land_release_figures_update" AFTER UPDATE ON "land_release" WHEN '
        "NEW.geom IS NOT OLD.geom OR NEW.outcome IS NOT OLD.outcome OR NEW.end_date IS NOT "
        "OLD.end_date BEGIN SELECT 1; END"
    )
    conn.commit()
    conn.close()
    ensure_schema(path)
    (sql,) = sql_rows(
        path, "SELECT sql FROM sqlite_master WHERE name = 'land_release_figures_update'"
    )[0:1]
    assert "qa_status" in sql[0]
    assert ensure_schema(path) == []  # once up to date, opening changes nothing


def test_a_review_changed_by_a_script_on_either_backend(db):
    save(db, WEST, "LR-0001")
    script(db.database, "UPDATE land_release SET qa_status = 'passed'")
    assert_figures(db.database, remaining(H1, WEST), "worked_on")  # both count: not due
    script(db.database, "UPDATE land_release SET qa_status = 'failed'")
    assert_unknown(db.database)
    derived.refresh(db.database)
    assert_figures(db.database, remaining(H1), "open")
    script(db.database, "UPDATE land_release SET qa_status = NULL")  # NULL is pending
    assert_unknown(db.database)
    derived.refresh(db.database)
    assert_figures(db.database, remaining(H1, WEST), "worked_on")


def test_the_record_docks_live_figures_leave_a_failed_release_out(db):
    save(db, WEST, "LR-0001")
    _review(db.release, "LR-0001", "failed")
    hazard = recording.find_hazard(db, "CHA-TAR-0001")
    check = recording.check_candidate(db, hazard, QgsGeometry.fromWkt(MIDDLE))
    assert check.overlaps == [] and check.overlap_m2 == 0
    assert check.remaining_before_m2 == pytest.approx(remaining(H1), abs=0.01)
    assert check.remaining_after_m2 == pytest.approx(remaining(H1, MIDDLE), abs=0.01)


def test_the_record_docks_live_figures_leave_out_a_release_that_ends_after_today(db):
    save(db, WEST, "LR-0001")
    _redated(db, "LR-0001", days=40)
    hazard = recording.find_hazard(db, "CHA-TAR-0001")
    check = recording.check_candidate(db, hazard, QgsGeometry.fromWkt(EAST))
    assert check.remaining_before_m2 == pytest.approx(remaining(H1), abs=0.01)
    assert check.remaining_after_m2 == pytest.approx(remaining(H1, EAST), abs=0.01)
    assert check.can_save


def test_the_record_docks_live_figures_say_unknown_beside_a_review_that_is_no_code(db):
    """The live check says what the save will store: the figures unknown while a release
    touching the hazard has a qa_status that is no code; saving is still allowed."""
    save(db, WEST, "LR-0001")
    script(
        db.database, "UPDATE land_release SET qa_status = 'checked' WHERE release_id = 'LR-0001'"
    )
    hazard = recording.find_hazard(db, "CHA-TAR-0001")
    check = recording.check_candidate(db, hazard, QgsGeometry.fromWkt(EAST))
    assert check.can_save
    last_level, last = check.messages[-1]
    assert last_level == "warning" and "unknown" in last and "LR-0001" in last
    assert not any("Remaining in the hazard after saving: " in m and "status:" in m
                   for _, m in check.messages)  # fmt: skip


def test_pgschema_upgrade_gives_an_older_schema_the_release_trigger_that_sees_the_review(
    new_postgis, qgis_new_project
):
    """``pgschema.upgrade_sql`` replaces the release trigger of a schema made before the review
    counted. (Whether ``storage.postgis.bring_up_to_date`` runs it is ``current_sql``'s to say.)"""
    import re

    from landrelease.core import pgschema

    postgis_schema = sql_rows(
        new_postgis,
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
        "WHERE e.extname = 'postgis'",
    )[0][0]
    (create,) = [
        s
        for s in pgschema._figures_triggers(new_postgis.schema, postgis_schema)
        if s.startswith("CREATE FUNCTION") and "land_release_marks_hazards" in s
    ]
    blind = re.sub(r"\s+AND \(NEW\.qa_status.*?\)\)\) THEN", " THEN", create, flags=re.S)
    assert "qa_status" not in blind  # the release trigger of the previous version
    sql_rows(new_postgis, "CREATE OR REPLACE FUNCTION" + blind[len("CREATE FUNCTION") :])
    load_database(new_postgis, QgsProject.instance())
    layers = recording.find_layers(QgsProject.instance())
    _add_hazard(layers.hazard, "CHA-TAR-0001", H1)
    save(layers, WEST, "LR-0001")
    script(new_postgis, "UPDATE land_release SET qa_status = 'failed'")
    assert_figures(new_postgis, remaining(H1, WEST), "worked_on")  # stale: nothing marked it
    for statement in pgschema.upgrade_sql(new_postgis.schema, postgis_schema):
        sql_rows(new_postgis, statement)
    script(new_postgis, "UPDATE land_release SET qa_status = 'passed'")
    assert_unknown(new_postgis)
    derived.refresh(new_postgis)
    assert_figures(new_postgis, remaining(H1, WEST), "worked_on")
    script(new_postgis, "UPDATE land_release SET qa_status = 'failed'")
    assert_unknown(new_postgis)
    derived.refresh(new_postgis)
    assert_figures(new_postgis, remaining(H1), "open")
    QgsProject.instance().clear()
