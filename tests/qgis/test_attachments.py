"""Photos of releases, evidence and survey points in the office (storage/attachments.py): a
folder beside the GeoPackage, BLOBs in PostGIS; bad paths refused by name; the photo column of
an older database added with its edit log; the attachment widget of the forms."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from psycopg2 import errors
from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsFeature,
    QgsField,
    QgsFieldConstraints,
    QgsFields,
    QgsProject,
)
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtGui import QColor, QImage

from landrelease.core import model, pgschema
from landrelease.storage import attachments, postgis
from landrelease.storage.attachments import AttachmentError
from landrelease.storage.database import ensure_schema, load_database
from landrelease.styles import forms

from .conftest import sql_rows
from .test_postgis import execute, officers  # noqa: F401 - the fixture of the officers' logins
from .test_schema_upgrade import columns, drop, gdal_sql


def picture(path: Path, colour: str = "red", fmt: str = "JPG", size=(40, 30)) -> Path:
    """A small real JPEG or PNG made by Qt."""
    image = QImage(size[0], size[1], QImage.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path), fmt)
    return path


def as_login(database: postgis.PgDatabase, login: str) -> postgis.PgDatabase:
    uri = database.data_source
    uri.setUsername(login)
    return postgis.PgDatabase(uri.uri(False), database.schema)


def test_a_geopackage_keeps_its_photos_in_the_folder_beside_it(new_gpkg, tmp_path):
    jpeg = picture(tmp_path / "taken.jpg")
    root = attachments.photo_root(str(new_gpkg))
    assert root == new_gpkg.parent / "landrelease_photos"
    assert attachments.photo_bytes(str(new_gpkg), "DCIM/a.jpg") is None

    attachments.store_photo(str(new_gpkg), "DCIM/a.jpg", jpeg)
    stored = root / "DCIM" / "a.jpg"
    assert stored.read_bytes() == jpeg.read_bytes()
    assert attachments.photo_bytes(str(new_gpkg), "DCIM/a.jpg") == jpeg.read_bytes()
    attachments.store_photo(str(new_gpkg), "DCIM/a.jpg", jpeg)  # the same picture again: kept
    assert sorted(p.name for p in (root / "DCIM").iterdir()) == ["a.jpg"]

    other = picture(tmp_path / "other.jpg", "blue")
    with pytest.raises(AttachmentError) as refused:
        attachments.store_photo(str(new_gpkg), "DCIM/a.jpg", other)
    assert str(stored) in str(refused.value) and str(other) in str(refused.value)
    assert stored.read_bytes() == jpeg.read_bytes()  # never replaced


def test_a_postgis_schema_keeps_its_photos_as_blobs(new_postgis, officers, tmp_path):  # noqa: F811
    png = picture(tmp_path / "marker.png", "green", "PNG")
    assert attachments.photo_root(new_postgis) is None
    editor = as_login(new_postgis, officers["editor"])
    assert attachments.photo_bytes(editor, "DCIM/marker.png") is None

    attachments.store_photo(editor, "DCIM/marker.png", png)
    attachments.store_photo(editor, "DCIM/marker.png", png)  # the same picture: nothing new
    data = png.read_bytes()
    rows = sql_rows(new_postgis, "SELECT path, sha256, stored_by, length(data) FROM attachment")
    assert rows == [
        ("DCIM/marker.png", hashlib.sha256(data).hexdigest(), officers["editor"], len(data))
    ]
    viewer = as_login(new_postgis, officers["viewer"])
    assert attachments.photo_bytes(viewer, "DCIM/marker.png") == data

    other = picture(tmp_path / "other.png", "blue", "PNG")
    with pytest.raises(AttachmentError) as refused:
        attachments.store_photo(editor, "DCIM/marker.png", other)
    assert "DCIM/marker.png" in str(refused.value) and str(other) in str(refused.value)
    with pytest.raises(AttachmentError) as refused:
        attachments.store_photo(viewer, "DCIM/new.png", png)
    assert "DCIM/new.png" in str(refused.value) and "permission denied" in str(refused.value)
    # nobody replaces or deletes a stored photo behind the plugin's back, but its owner
    for statement in ("UPDATE attachment SET data = '\\x00'", "DELETE FROM attachment"):
        with pytest.raises(errors.InsufficientPrivilege):
            execute(new_postgis, statement, user=officers["editor"])
    assert sql_rows(new_postgis, "SELECT count(*) FROM attachment") == [(1,)]


@pytest.mark.parametrize(
    "path",
    [
        "/tmp/a.jpg",
        "../a.jpg",
        "DCIM/../a.jpg",
        "DCIM/..",
        "DCIM/sub/a.jpg",
        "DCIM\\a.jpg",
        "photos/a.jpg",
        "dcim/a.jpg",
        "DCIM/a.gif",
        "DCIM/a",
        "DCIM/.jpg",
        "DCIM/a.jpg\n",
        "",
        None,
    ],
)
def test_anything_but_a_dcim_picture_is_refused_by_name(new_gpkg, tmp_path, path):
    jpeg = picture(tmp_path / "a.jpg")
    with pytest.raises(AttachmentError) as refused:
        attachments.store_photo(str(new_gpkg), path, jpeg)
    assert repr(path) in str(refused.value) and "such as DCIM/IMG_0001.jpg" in str(refused.value)
    with pytest.raises(AttachmentError):
        attachments.photo_bytes(str(new_gpkg), path)
    assert not attachments.photo_root(str(new_gpkg)).exists()


def test_the_path_check_is_the_schema_check_and_the_form_check(new_postgis, qgis_app):
    accepted = ["DCIM/a.jpg", "DCIM/A.JPEG", "DCIM/JPEG_20261207_101500.png"]
    refused = ["DCIM/a.gif", "/DCIM/a.jpg", "DCIM/../a.jpg", "DCIM/a\\b.jpg", "DCIM/s/a.jpg"]
    fields = QgsFields()
    fields.append(QgsField("photo", QVariant.String))
    for path in accepted + refused:
        feature = QgsFeature(fields)
        feature["photo"] = path
        context = QgsExpressionContext()
        context.setFeature(feature)
        in_form = bool(QgsExpression(forms.PHOTO_EXPRESSION).evaluate(context))
        (in_schema,) = sql_rows(
            new_postgis, "SELECT %s ~* %s", (path, pgschema.ATTACHMENT_PATH_PATTERN)
        )[0]
        try:
            attachments.checked_photo_path(path)
            checked = True
        except AttachmentError:
            checked = False
        assert in_form == in_schema == checked == (path in accepted), path


def test_a_photo_folder_that_cannot_be_written_is_said(new_gpkg, tmp_path):
    root = attachments.photo_root(str(new_gpkg))
    root.mkdir()
    (root / "DCIM").write_text("a file where the folder should be")
    with pytest.raises(AttachmentError) as refused:
        attachments.store_photo(str(new_gpkg), "DCIM/a.jpg", picture(tmp_path / "a.jpg"))
    assert "Cannot store the photo DCIM/a.jpg in" in str(refused.value)
    assert str(root) in str(refused.value)


def test_a_file_that_is_not_the_picture_it_says_is_refused(new_gpkg, tmp_path):
    fake = tmp_path / "fake.jpg"
    fake.write_bytes(b"GIF89a not a jpeg")
    with pytest.raises(AttachmentError) as refused:
        attachments.store_photo(str(new_gpkg), "DCIM/fake.jpg", fake)
    assert str(fake) in str(refused.value) and "JPEG or PNG" in str(refused.value)
    with pytest.raises(AttachmentError) as refused:
        attachments.store_photo(str(new_gpkg), "DCIM/gone.jpg", tmp_path / "gone.jpg")
    assert "DCIM/gone.jpg" in str(refused.value) and "gone.jpg" in str(refused.value)
    assert not (attachments.photo_root(str(new_gpkg)) / "DCIM" / "fake.jpg").exists()


@pytest.mark.parametrize("name", model.PHOTO_LAYERS)
def test_the_photo_field_is_the_last_own_field(name):
    names = model.layer(name).field_names()
    assert names[names.index("photo") - 1] == "remarks"
    assert names[names.index("photo") + 1] == "uuid"
    assert model.layer(name).field("photo").type == model.TEXT


def test_an_older_geopackage_gets_the_photo_column_and_its_log(new_gpkg):
    """A database made before photos: the column is added on opening, the release log
    triggers are recreated and log a photo set later."""
    path = str(new_gpkg)
    fresh = columns(path, "land_release")
    log_triggers = [
        f"land_release_log_{kind}" for kind in ("insert", "insert_filled", "update", "delete")
    ]
    with sqlite3.connect(path) as conn:
        for trigger in log_triggers:
            conn.execute(f'DROP TRIGGER "{trigger}"')
    for table in model.PHOTO_LAYERS:
        drop(path, table, "photo")
    with sqlite3.connect(path) as conn:
        for trigger in log_triggers:  # an older version's triggers, blind to the photo
            conn.execute(
                f'CREATE TRIGGER "{trigger}" AFTER DELETE ON land_release BEGIN SELECT 1; END'
            )
    assert sorted(ensure_schema(path)) == sorted(f"{t}.photo" for t in model.PHOTO_LAYERS)
    assert columns(path, "land_release") == fresh
    gdal_sql(
        path,
        "INSERT INTO land_release (release_id, hazard_id, activity, outcome) "
        "VALUES ('R-1', 'H-1', 'nts', 'cancelled')",
    )
    gdal_sql(path, "UPDATE land_release SET photo = 'DCIM/r1.jpg' WHERE release_id = 'R-1'")
    with sqlite3.connect(path) as conn:
        log = conn.execute("SELECT action, before, after FROM edit_log ORDER BY fid").fetchall()
    assert [action for action, _b, _a in log] == ["insert", "update"]
    assert '"photo":null' in log[0][2]
    assert '"photo":null' in log[1][1] and '"photo":"DCIM/r1.jpg"' in log[1][2]


def test_an_older_postgis_schema_gets_the_column_and_the_table(postgres_server, tmp_path):
    from .test_postgis import make_previous_schema

    database = make_previous_schema(postgres_server)
    assert not sql_rows(database, "SELECT to_regclass('attachment') IS NOT NULL")[0][0]
    postgis.check(database)  # the owner opens it
    assert sql_rows(database, "SELECT to_regclass('attachment') IS NOT NULL") == [(True,)]
    for table in model.PHOTO_LAYERS:
        assert sql_rows(
            database,
            "SELECT data_type FROM information_schema.columns WHERE table_schema = "
            "current_schema() AND table_name = %s AND column_name = 'photo'",
            (table,),
        ) == [("text",)], table
    attachments.store_photo(database, "DCIM/a.jpg", picture(tmp_path / "a.jpg"))
    assert attachments.photo_bytes(database, "DCIM/a.jpg") == (tmp_path / "a.jpg").read_bytes()


def test_the_forms_show_the_photo_from_the_folder_beside_the_database(new_gpkg, qgis_new_project):
    layers = load_database(str(new_gpkg), QgsProject.instance())
    root = str(attachments.photo_root(str(new_gpkg)))
    for name in model.PHOTO_LAYERS:
        layer = layers[name]
        idx = layer.fields().indexOf("photo")
        setup = layer.editorWidgetSetup(idx)
        assert setup.type() == "ExternalResource", name
        config = setup.config()
        assert config["DocumentViewer"] == forms.IMAGE_VIEWER
        assert config["RelativeStorage"] == forms.RELATIVE_TO_DEFAULT_ROOT
        assert config["DefaultRoot"] == root
        constraints = layer.fields().at(idx).constraints()
        assert constraints.constraintExpression() == forms.PHOTO_EXPRESSION
        assert (
            constraints.constraintStrength(QgsFieldConstraints.ConstraintExpression)
            == QgsFieldConstraints.ConstraintStrengthHard
        )
        assert layer.attributeDisplayName(idx) == "Photo"
    # a package's form (no database folder): relative to the project, where QField's camera
    # writes DCIM/<file>
    package = forms.widget_setup(model.layer("evidence").field("photo")).config()
    assert package["RelativeStorage"] == forms.RELATIVE_TO_PROJECT
    assert "DefaultRoot" not in package
    forms.photo_folder(layers["evidence"], None)  # what a field package's project does
    evidence = layers["evidence"]
    config = evidence.editorWidgetSetup(evidence.fields().indexOf("photo")).config()
    assert config["RelativeStorage"] == forms.RELATIVE_TO_PROJECT and "DefaultRoot" not in config
    QgsProject.instance().clear()


def test_the_attachment_widget_resolves_the_stored_path(new_gpkg, qgis_new_project, tmp_path):
    """QGIS's own widget, configured as the form has it, reads "DCIM/a.jpg" as the file in the
    database's photo folder."""
    from qgis.gui import QgsExternalResourceWidget, QgsGui

    layers = load_database(str(new_gpkg), QgsProject.instance())
    attachments.store_photo(str(new_gpkg), "DCIM/a.jpg", picture(tmp_path / "a.jpg"))
    layer = layers["land_release"]
    idx = layer.fields().indexOf("photo")
    wrapper = QgsGui.editorWidgetRegistry().create(layer, idx, None, None)
    wrapper.setValues("DCIM/a.jpg", [])
    widget = wrapper.widget()
    assert isinstance(widget, QgsExternalResourceWidget)
    assert widget.documentViewerContent() == QgsExternalResourceWidget.Image
    assert widget.fileWidget().relativeStorage() == forms.RELATIVE_TO_DEFAULT_ROOT
    resolved = Path(widget.fileWidget().defaultRoot()) / widget.documentPath()
    assert resolved.read_bytes() == (tmp_path / "a.jpg").read_bytes()
    wrapper.deleteLater()
    QgsProject.instance().clear()
