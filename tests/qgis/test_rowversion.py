"""No lost update on PostGIS: two officers with their own logins edit the same hazard or release
through QGIS layers; the second commit, based on what the first changed since, is refused by the
database with who and when, and the plugin says what to do in the officer's language."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsAttributeEditorContext, QgsAttributeForm
from qgis.PyQt.QtCore import QDate

import landrelease
from landrelease.core import pgschema
from landrelease.storage import postgis, recording, rowversion
from landrelease.storage.database import load_database

from .conftest import sql_rows
from .test_recording import H1, X, Y, _add_hazard, make_candidate, square

EDITOR = Path(__file__).with_name("layer_editor_process.py")
LOGINS = ("rauf_editor", "nigar_editor")


@pytest.fixture(scope="session")
def editors(postgres_server):
    """Two officers' own logins, both editors (cluster-wide, made once)."""
    statements = [
        "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
        f"'{pgschema.EDITOR}') THEN CREATE ROLE {pgschema.EDITOR} NOLOGIN; END IF; END $$;"
    ]
    for login in LOGINS:
        statements.append(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{login}') "
            f"THEN CREATE ROLE {login} LOGIN IN ROLE {pgschema.EDITOR}; END IF; END $$;"
        )
    postgres_server.psql("\n".join(statements))
    return LOGINS


def one_organisation(database: postgis.PgDatabase) -> None:
    """Both officers belong to ANAMA in this schema: they may edit ANAMA's records."""
    from .test_postgis import add_member

    for login in LOGINS:
        add_member(database, login, "ANAMA")


def as_login(database: postgis.PgDatabase, login: str) -> postgis.PgDatabase:
    uri = database.data_source
    uri.setUsername(login)
    return postgis.PgDatabase(uri.uri(False), database.schema)


@pytest.fixture
def shared(new_postgis, editors, qgis_new_project):
    """A schema with the hazard CHA-TAR-0001 and the release LR-0001 in it; Rauf's layers
    loaded in this QGIS (with the plugin's configuration)."""
    project = QgsProject.instance()
    load_database(new_postgis, project)
    layers = recording.find_layers(project)
    _add_hazard(layers.hazard, "CHA-TAR-0001", H1)
    candidate = make_candidate(layers, square(X, Y, X + 40, Y + 100), organisation="ANAMA")
    recording.save_release(layers, candidate)
    project.clear()
    one_organisation(new_postgis)
    rauf = as_login(new_postgis, editors[0])
    yield load_database(rauf, project), new_postgis
    project.clear()


def nigar_changes(database, table, id_field, row_id, action, value, plugin=True) -> str:
    """Nigar, in her own QGIS (another process, her own login), changes and saves."""
    nigar = as_login(database, LOGINS[1])
    process = subprocess.run(
        [
            sys.executable,
            str(EDITOR),
            str(Path(landrelease.__file__).parent.parent),
            json.dumps([nigar.uri, nigar.schema]),
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


def feature_of(layer, field, value):
    request = QgsFeatureRequest().setFilterExpression(f"\"{field}\" = '{value}'")
    return next(layer.getFeatures(request))


def remarks(database) -> str:
    return sql_rows(database, "SELECT remarks FROM hazard WHERE hazard_id = 'CHA-TAR-0001'")[0][0]


def test_the_second_commit_is_refused_with_who_and_when(shared):
    layers, database = shared
    hazard = layers["hazard"]
    errors_raised = []
    hazard.raiseError.connect(errors_raised.append)
    fid = feature_of(hazard, "hazard_id", "CHA-TAR-0001").id()
    assert hazard.startEditing()
    assert hazard.changeAttributeValue(fid, hazard.fields().indexOf("remarks"), "Rauf: fenced")
    # Meanwhile Nigar, in her QGIS, changes the same hazard and saves first.
    out = nigar_changes(
        database, "hazard", "hazard_id", "CHA-TAR-0001", "set:remarks", '"Nigar: mined"'
    )
    assert out == "committed"
    assert not hazard.commitChanges()
    errors = " ".join(hazard.commitErrors())
    assert "hazard CHA-TAR-0001 was changed by nigar_editor at" in errors
    assert "since you opened it" in errors
    assert remarks(database) == "Nigar: mined"  # hers is kept, nothing of Rauf's written
    # The plugin's words for it (shown in the message bar by the plugin in the desktop).
    message = postgis.stale_row_message(errors)
    assert message.startswith("Hazardous area CHA-TAR-0001 was changed by nigar_editor at ")
    assert "reload the layer and make your change again" in message
    assert any(postgis.stale_row_message(e) for e in errors_raised)
    # Reloaded (editing started again), Rauf's change goes through, on top of hers.
    hazard.rollBack()
    assert hazard.startEditing()
    assert hazard.changeAttributeValue(fid, hazard.fields().indexOf("remarks"), "Rauf: fenced")
    assert hazard.commitChanges(), hazard.commitErrors()
    assert remarks(database) == "Rauf: fenced"
    log = sql_rows(
        database,
        "SELECT changed_by, after::jsonb ->> 'remarks' FROM edit_log "
        "WHERE layer = 'hazard' AND action = 'update' ORDER BY fid",
    )
    assert [r for r in log if r[1] is not None][-2:] == [
        ("nigar_editor", "Nigar: mined"),
        ("rauf_editor", "Rauf: fenced"),
    ]


def test_a_form_opened_before_the_other_save_is_refused_too(shared):
    """QGIS reads the feature again when a form saves into the edit buffer: without the
    plugin's version from when editing started, this would overwrite Nigar's change."""
    layers, database = shared
    hazard = layers["hazard"]
    feature = feature_of(hazard, "hazard_id", "CHA-TAR-0001")
    assert hazard.startEditing()
    form = QgsAttributeForm(hazard, feature)
    form.setMode(QgsAttributeEditorContext.SingleEditMode)
    out = nigar_changes(
        database, "hazard", "hazard_id", "CHA-TAR-0001", "set:remarks", '"Nigar: mined"'
    )
    assert out == "committed"
    form.changeAttribute("remarks", "Rauf: typed in the form")
    assert form.save()
    assert not hazard.commitChanges()
    assert "was changed by nigar_editor" in " ".join(hazard.commitErrors())
    hazard.rollBack()
    assert remarks(database) == "Nigar: mined"


def test_a_geometry_moved_on_a_stale_feature_is_refused(shared):
    layers, database = shared
    release = layers["land_release"]
    fid = feature_of(release, "release_id", "LR-0001").id()
    assert release.startEditing()
    moved = square(X + 10, Y, X + 50, Y + 100)
    assert release.changeGeometry(fid, QgsGeometry.fromWkt(moved))
    out = nigar_changes(
        database, "land_release", "release_id", "LR-0001", "set:end_date", '"2026-07-02"'
    )
    assert out == "committed"
    assert not release.commitChanges()
    assert "land_release LR-0001 was changed by nigar_editor" in " ".join(release.commitErrors())
    release.rollBack()
    stored = sql_rows(database, "SELECT end_date, ST_XMin(geom) FROM land_release")[0]
    assert (str(stored[0]), stored[1]) == ("2026-07-02", X)


def test_a_qgis_without_the_plugin_sends_the_version_from_the_stored_style(shared):
    """The layer's stored default style carries the row version's default value: a QGIS
    without the plugin sends the version it read when the feature was first changed."""
    _layers, database = shared
    rauf = as_login(database, LOGINS[0])
    plain = QgsVectorLayer(rauf.layer_source("land_release"), "land_release", "postgres")
    index = plain.fields().indexOf(pgschema.VERSION_COLUMN)
    assert plain.defaultValueDefinition(index).expression() == pgschema.VERSION_DEFAULT
    assert plain.defaultValueDefinition(index).applyOnUpdate()
    assert plain.editorWidgetSetup(index).type() == "Hidden"
    fid = feature_of(plain, "release_id", "LR-0001").id()
    assert plain.startEditing()
    assert plain.changeAttributeValue(fid, plain.fields().indexOf("team"), "Team 2")
    out = nigar_changes(
        database, "land_release", "release_id", "LR-0001", "set:team", '"Team 7"', plugin=False
    )
    assert out == "committed"  # Nigar without the plugin too: a fresh version, accepted
    assert not plain.commitChanges()
    plain.rollBack()
    assert sql_rows(database, "SELECT team FROM land_release")[0][0] == "Team 7"


def test_no_false_conflict_when_only_the_figures_changed(shared):
    """Recording a release changes the hazard's remaining area and status: not a change of the
    hazard by someone, so an officer editing the hazard meanwhile saves without a conflict."""
    layers, database = shared
    hazard = layers["hazard"]
    fid = feature_of(hazard, "hazard_id", "CHA-TAR-0001").id()
    assert hazard.startEditing()
    assert hazard.changeAttributeValue(fid, hazard.fields().indexOf("priority"), 1)
    nigar = as_login(database, LOGINS[1])
    project = QgsProject()
    theirs = load_database(nigar, project)
    found = recording.ReleaseLayers(
        theirs["land_release"], theirs["hazard"], theirs["survey_point"], theirs["edit_log"]
    )
    east = square(X + 60, Y, X + 100, Y + 100)
    saved = recording.save_release(found, make_candidate(found, east, release_id="LR-0002"))
    assert saved.status == "worked_on"
    assert hazard.commitChanges(), hazard.commitErrors()
    row = sql_rows(
        database,
        "SELECT priority, status, remaining_area_m2 FROM hazard WHERE hazard_id = 'CHA-TAR-0001'",
    )[0]
    assert row[:2] == (1, "worked_on") and row[2] == pytest.approx(saved.remaining_m2, abs=0.01)
    project.clear()


def test_versions_count_the_changes_of_the_row_itself(shared):
    layers, database = shared
    release = layers["land_release"]

    def version():
        return sql_rows(database, "SELECT row_version FROM land_release")[0][0]

    assert version() == 1
    fid = feature_of(release, "release_id", "LR-0001").id()
    for n, team in enumerate(("A", "B", "C"), start=2):
        assert release.startEditing()
        assert release.changeAttributeValue(fid, release.fields().indexOf("team"), team)
        assert release.commitChanges(), release.commitErrors()
        assert version() == n
    # A script that sends no version is not checked (it did not read one) and counts too.
    sql_rows(database, "UPDATE land_release SET remarks = 'by script'")
    assert version() == 5
    # The database's own recompute of figures does not count (only hazards have figures).
    sql_rows(database, "UPDATE land_release SET area_m2 = area_m2")
    assert version() == 5
    # The log is the model's: no row version in it.
    (after,) = sql_rows(database, "SELECT after FROM edit_log ORDER BY fid DESC LIMIT 1")[0]
    assert pgschema.VERSION_COLUMN not in json.loads(after)


def test_other_errors_are_not_taken_for_a_conflict():
    assert postgis.stale_row_message("ERROR: permission denied for table hazard") is None
    assert postgis.stale_row_message("") is None
    text = (
        "PostGIS error while changing attributes: ERROR:  evidence 17 was changed by another "
        "user at 2026-12-07 10:31 UTC since you opened it: reload it and make your change again."
    )
    message = postgis.stale_row_message(text)
    assert message.startswith("Evidence 17 was changed by another user at 2026-12-07 10:31 UTC")


def test_the_plugin_configures_the_field_on_postgis_layers_only(new_gpkg, qgis_new_project):
    layers = load_database(str(new_gpkg), QgsProject.instance())
    assert layers["hazard"].fields().indexOf(pgschema.VERSION_COLUMN) < 0
    rowversion.configure(layers["hazard"])  # nothing to do, nothing raised
    _ = QDate  # noqa: F841 - dates are typed as text in the other process
