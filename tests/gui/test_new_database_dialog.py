"""The New database dialog: validation as the user types, creation and loading into the project;
a GeoPackage file, a new schema on the PostgreSQL/PostGIS test server, or an existing schema."""

from __future__ import annotations

import pytest
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDataSourceUri,
    QgsProject,
)
from qgis.PyQt.QtCore import QPoint, Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication, QDialog, QDialogButtonBox

from landrelease.core import model
from landrelease.dialogs.new_database import (
    ConnectDatabaseDialog,
    NewDatabaseDialog,
    open_postgis_database,
)
from landrelease.storage import postgis

from .conftest import sql_rows, unique_schema


@pytest.fixture
def dialog(qgis_iface, provider):
    QgsProject.instance().clear()
    dlg = NewDatabaseDialog(qgis_iface)
    yield dlg
    dlg.deleteLater()
    QgsProject.instance().clear()


def ok_enabled(dlg) -> bool:
    return dlg.buttonBox.button(QDialogButtonBox.Ok).isEnabled()


def test_defaults_and_validation(dialog, tmp_path, screenshots):
    assert dialog.crsWidget.crs().authid() == "EPSG:32638"
    assert not ok_enabled(dialog)
    assert "Choose where" in dialog.messageLabel.text()

    existing = tmp_path / "existing.gpkg"
    existing.write_bytes(b"")
    dialog.fileWidget.setFilePath(str(existing))
    assert not ok_enabled(dialog)
    assert "already exists" in dialog.messageLabel.text()

    dialog.fileWidget.setFilePath(str(tmp_path / "missing" / "db.gpkg"))
    assert not ok_enabled(dialog)

    dialog.fileWidget.setFilePath(str(tmp_path / "karabakh"))  # suffix added
    assert ok_enabled(dialog)
    assert dialog.path() == str(tmp_path / "karabakh.gpkg")
    dialog.resize(640, 260)
    dialog.show()
    dialog.grab().save(str(screenshots / "new_database_dialog.png"))


def test_accept_creates_and_loads(dialog, tmp_path):
    path = tmp_path / "Ağdam rayonu.gpkg"
    dialog.fileWidget.setFilePath(str(path))
    dialog.crsWidget.setCrs(QgsCoordinateReferenceSystem("EPSG:32638"))
    dialog.accept()
    assert path.is_file()
    project = QgsProject.instance()
    group = project.layerTreeRoot().findGroup("Ağdam rayonu")
    assert group is not None
    assert len(group.findLayers()) == len(model.LAYERS)
    hazard = project.mapLayersByName("hazard")
    assert len(hazard) == 1 and hazard[0].crs().authid() == "EPSG:32638"
    assert project.relationManager().relation("hazard_land_release").isValid()
    # The canvas shows where UTM 38N is used (42°E to 48°E), not 1:1 on nothing.
    canvas = dialog.iface.mapCanvas()
    to_wgs84 = QgsCoordinateTransform(
        canvas.mapSettings().destinationCrs(),
        QgsCoordinateReferenceSystem("EPSG:4326"),
        project,
    )
    seen = to_wgs84.transformBoundingBox(canvas.extent())
    assert 44.5 < seen.center().x() < 45.5, seen.toString()  # centred on 45°E
    assert seen.xMinimum() < 42.1 and seen.xMaximum() > 47.9, seen.toString()
    assert seen.width() < 400, seen.toString()  # not the whole world


def test_accept_reports_an_error_and_keeps_the_dialog_open(dialog, tmp_path):
    path = tmp_path / "db.gpkg"
    dialog.fileWidget.setFilePath(str(path))
    path.write_bytes(b"x")  # appears after the user chose the name
    dialog.accept()
    assert "already exists" in dialog.messageLabel.text()
    assert path.read_bytes() == b"x"
    assert QgsProject.instance().count() == 0


# --- PostgreSQL/PostGIS --------------------------------------------------------------------------


def tables_of(postgres_server, schema: str) -> list[str]:
    """The layers' tables of ``schema``, read with psql (not through QGIS); not
    organisation_member, the logins' organisations, landrelease_info, the database's id, nor
    attachment, the photos (PostGIS only, no layer)."""
    out = postgres_server.psql(
        "SELECT table_name FROM information_schema.tables "
        f"WHERE table_schema = '{schema}' AND table_type = 'BASE TABLE' "
        "AND table_name NOT IN ('organisation_member', 'landrelease_info', 'attachment') "
        "ORDER BY table_name"
    )
    return out.split()


@pytest.fixture
def connect_dialog(qgis_iface, provider):
    QgsProject.instance().clear()
    dlg = ConnectDatabaseDialog(qgis_iface)
    yield dlg
    dlg.deleteLater()
    QgsProject.instance().clear()


def postgis_mode(dlg, connection: str, schema: str | None = None) -> None:
    """Choose PostgreSQL/PostGIS with a click (the connect dialog has no choice) and type the
    connection (and the schema)."""
    if dlg.postgisRadio.isVisibleTo(dlg):
        QTest.mouseClick(dlg.postgisRadio, Qt.LeftButton, Qt.NoModifier, QPoint(5, 5))
    assert dlg.postgisRadio.isChecked()
    line = dlg.connectionCombo.lineEdit()
    line.clear()
    QTest.keyClicks(line, connection)
    if schema is not None:
        dlg.schemaEdit.clear()
        QTest.keyClicks(dlg.schemaEdit, schema)


def last_message(iface, level) -> str:
    messages = iface.messageBar().get_messages(level)
    return messages[-1] if messages else ""


def test_postgis_mode_widgets_and_validation(dialog, postgres_server, screenshots):
    assert dialog.fileWidget.isVisibleTo(dialog)
    assert not dialog.connectionCombo.isVisibleTo(dialog)
    QTest.mouseClick(dialog.postgisRadio, Qt.LeftButton, Qt.NoModifier, QPoint(5, 5))
    assert dialog.on_postgis() and not dialog.connect_existing()
    assert not dialog.fileWidget.isVisibleTo(dialog)
    for widget in (dialog.connectionCombo, dialog.schemaEdit):
        assert widget.isVisibleTo(dialog)
    assert not dialog.existingCheckBox.isVisibleTo(dialog)  # connecting has its own dialog
    assert dialog.crsWidget.isVisibleTo(dialog) and dialog.loadCheckBox.isVisibleTo(dialog)
    assert dialog.schemaEdit.text() == "landrelease"
    assert dialog.connectionCombo.isEditable()
    assert "schema" in dialog.introLabel.text()
    assert dialog.buttonBox.button(QDialogButtonBox.Ok).text() == "Create"
    dialog.connectionCombo.lineEdit().clear()  # a saved connection may have been chosen
    assert dialog.connection() == ""
    assert not ok_enabled(dialog)
    assert dialog.messageLabel.text().startswith("Choose a PostgreSQL connection")

    QTest.keyClicks(dialog.connectionCombo.lineEdit(), "mine_server")
    assert not ok_enabled(dialog)
    assert dialog.messageLabel.text().startswith(
        "mine_server is neither a PostgreSQL connection saved in QGIS nor a connection string"
    )
    postgis_mode(dialog, postgres_server.conninfo())
    assert dialog.connection() == postgres_server.conninfo()
    assert ok_enabled(dialog), dialog.messageLabel.text()
    assert dialog.messageLabel.text() == ""

    for bad in ("Land-Release", "2025_ops", "pg_landrelease", "tərtər", "land release"):
        dialog.schemaEdit.clear()
        if bad.isascii():
            QTest.keyClicks(dialog.schemaEdit, bad)
        else:  # QTest types Latin-1 only
            dialog.schemaEdit.setText(bad)
        assert not ok_enabled(dialog), bad
        assert dialog.messageLabel.text() == (
            f"{bad} is not a usable schema name: use lower-case letters, digits and _, "
            "starting with a letter."
        )
    dialog.schemaEdit.clear()
    assert not ok_enabled(dialog)
    assert dialog.messageLabel.text() == "Type the name of the schema."
    QTest.keyClicks(dialog.schemaEdit, "agdam_2025")
    assert ok_enabled(dialog) and dialog.schema() == "agdam_2025"

    dialog.crsWidget.setCrs(QgsCoordinateReferenceSystem("ESRI:102013"))
    assert not ok_enabled(dialog)
    assert "EPSG CRS" in dialog.messageLabel.text()
    dialog.crsWidget.setCrs(QgsCoordinateReferenceSystem("EPSG:32638"))
    assert ok_enabled(dialog)

    dialog.resize(640, 300)
    dialog.show()
    QApplication.processEvents()
    dialog.grab().save(str(screenshots / "new_database_dialog_postgis.png"))

    # Back to a file: the GeoPackage rows and their own check.
    QTest.mouseClick(dialog.geopackageRadio, Qt.LeftButton, Qt.NoModifier, QPoint(5, 5))
    assert dialog.fileWidget.isVisibleTo(dialog)
    assert not dialog.connectionCombo.isVisibleTo(dialog)
    assert not ok_enabled(dialog)
    assert "Choose where" in dialog.messageLabel.text()


def test_postgis_create_schema_through_the_dialog(dialog, postgres_server, qgis_iface):
    schema = unique_schema()
    postgis_mode(dialog, postgres_server.conninfo(), schema)
    dialog.crsWidget.setCrs(QgsCoordinateReferenceSystem("EPSG:32638"))
    dialog.show()
    assert ok_enabled(dialog), dialog.messageLabel.text()
    QTest.mouseClick(dialog.buttonBox.button(QDialogButtonBox.Ok), Qt.LeftButton)
    assert dialog.result() == QDialog.Accepted, dialog.messageLabel.text()
    assert not dialog.isVisible()

    expected = sorted(layer.name for layer in model.LAYERS)
    assert len(expected) == 11
    assert tables_of(postgres_server, schema) == expected
    project = QgsProject.instance()
    group = project.layerTreeRoot().findGroup(schema)
    assert group is not None
    layers = [node.layer() for node in group.findLayers()]
    assert sorted(layer.name() for layer in layers) == expected
    for layer in layers:
        assert layer.isValid() and layer.providerType() == "postgres", layer.name()
        uri = QgsDataSourceUri(layer.source())
        assert (uri.schema(), uri.table()) == (schema, layer.name())
    assert project.count() == len(model.LAYERS)
    hazard = project.mapLayersByName("hazard")
    assert len(hazard) == 1 and hazard[0].crs().authid() == "EPSG:32638"
    assert project.relationManager().relation("hazard_land_release").isValid()
    # The canvas shows where UTM 38N is used (42°E to 48°E), not 1:1 on nothing.
    canvas = dialog.iface.mapCanvas()
    to_wgs84 = QgsCoordinateTransform(
        canvas.mapSettings().destinationCrs(),
        QgsCoordinateReferenceSystem("EPSG:4326"),
        project,
    )
    seen = to_wgs84.transformBoundingBox(canvas.extent())
    assert 44.5 < seen.center().x() < 45.5, seen.toString()  # centred on 45°E
    assert seen.xMinimum() < 42.1 and seen.xMaximum() > 47.9, seen.toString()
    assert seen.width() < 400, seen.toString()  # not the whole world
    label = postgis.resolve(postgres_server.conninfo(), schema).label
    assert last_message(qgis_iface, Qgis.Success) == (
        f"Land Release:Created the land release schema {label}"
    )


def test_postgis_existing_schema_is_refused_and_nothing_changes(
    dialog, postgres_server, make_database, screenshots
):
    existing = make_database("postgis", "existing")
    postgres_server.psql(
        f"INSERT INTO {existing.schema}.district (code, name) VALUES ('AGD', 'Ağdam')"
    )
    tables = tables_of(postgres_server, existing.schema)
    districts = postgres_server.psql(f"SELECT name FROM {existing.schema}.district")
    styles = postgres_server.psql(
        "SELECT count(*), max(update_time) FROM public.layer_styles "
        f"WHERE f_table_schema = '{existing.schema}'"
    )
    postgis_mode(dialog, postgres_server.conninfo(), existing.schema)
    assert ok_enabled(dialog)  # the server is asked only on OK
    dialog.accept()
    message = dialog.messageLabel.text()
    assert f"The schema {existing.schema} already exists" in message
    assert "never overwritten" in message
    assert dialog.result() != QDialog.Accepted
    dialog.resize(640, 300)
    dialog.show()
    QApplication.processEvents()
    assert dialog.messageLabel.isVisible()
    dialog.grab().save(str(screenshots / "new_database_dialog_postgis_refused.png"))
    assert QgsProject.instance().count() == 0
    assert tables_of(postgres_server, existing.schema) == tables
    assert postgres_server.psql(f"SELECT name FROM {existing.schema}.district") == districts
    assert districts.strip() == "Ağdam"
    assert (
        postgres_server.psql(
            "SELECT count(*), max(update_time) FROM public.layer_styles "
            f"WHERE f_table_schema = '{existing.schema}'"
        )
        == styles
    )


def test_postgis_connect_to_an_existing_schema(
    connect_dialog, postgres_server, make_database, qgis_iface, screenshots
):
    dialog = connect_dialog
    existing = make_database("postgis", "shared")
    postgres_server.psql(
        f"INSERT INTO {existing.schema}.district (code, name) "
        "VALUES ('TAR', 'Tərtər'), ('AGD', 'Ağdam')"
    )
    postgis_mode(dialog, postgres_server.conninfo(), existing.schema)
    assert dialog.connect_existing()
    assert dialog.windowTitle() == "Connect to Shared Database (PostGIS)"
    for widget in (dialog.geopackageRadio, dialog.postgisRadio, dialog.existingCheckBox):
        assert not widget.isVisibleTo(dialog)
    assert not dialog.crsWidget.isVisibleTo(dialog)
    assert not dialog.loadCheckBox.isVisibleTo(dialog)
    assert dialog.introLabel.text().startswith("Adds the layers of an existing land release schema")
    assert dialog.buttonBox.button(QDialogButtonBox.Ok).text() == "Add Layers"
    assert ok_enabled(dialog), dialog.messageLabel.text()
    dialog.resize(640, 260)
    dialog.show()
    QApplication.processEvents()
    dialog.grab().save(str(screenshots / "new_database_dialog_postgis_existing.png"))
    QTest.mouseClick(dialog.buttonBox.button(QDialogButtonBox.Ok), Qt.LeftButton)
    assert dialog.result() == QDialog.Accepted, dialog.messageLabel.text()

    project = QgsProject.instance()
    group = project.layerTreeRoot().findGroup(existing.schema)
    assert group is not None and len(group.findLayers()) == len(model.LAYERS)
    assert {layer.providerType() for layer in project.mapLayers().values()} == {"postgres"}
    (district,) = project.mapLayersByName("district")
    assert sorted(f["name"] for f in district.getFeatures()) == ["Ağdam", "Tərtər"]
    assert project.relationManager().relation("hazard_land_release").isValid()
    assert existing.schema in last_message(qgis_iface, Qgis.Success)
    # Nothing was created or changed by connecting.
    assert tables_of(postgres_server, existing.schema) == sorted(
        layer.name for layer in model.LAYERS
    )


def test_postgis_connect_to_a_missing_schema_keeps_the_dialog_open(connect_dialog, postgres_server):
    dialog = connect_dialog
    schema = unique_schema()
    postgis_mode(dialog, postgres_server.conninfo(), schema)
    assert ok_enabled(dialog)
    dialog.accept()
    message = dialog.messageLabel.text()
    assert schema in message and "is not a land release database" in message
    assert dialog.result() != QDialog.Accepted
    assert QgsProject.instance().count() == 0
    assert tables_of(postgres_server, schema) == []


def test_open_postgis_database(qgis_iface, postgres_server, make_database):
    QgsProject.instance().clear()
    existing = make_database("postgis", "opened")
    try:
        layers = open_postgis_database(qgis_iface, postgres_server.conninfo(), existing.schema)
        assert layers is not None and sorted(layers) == sorted(d.name for d in model.LAYERS)
        assert all(layer.providerType() == "postgres" for layer in layers.values())
        assert QgsProject.instance().mapLayer(layers["hazard"].id()) is layers["hazard"]
        assert last_message(qgis_iface, Qgis.Success).endswith(existing.label)

        missing = unique_schema()
        before = QgsProject.instance().count()
        assert open_postgis_database(qgis_iface, postgres_server.conninfo(), missing) is None
        error = last_message(qgis_iface, Qgis.Critical)
        assert missing in error and "is not a land release database" in error
        assert open_postgis_database(qgis_iface, "no_such_connection", "landrelease") is None
        assert "no_such_connection is neither a saved PostgreSQL connection" in last_message(
            qgis_iface, Qgis.Critical
        )
        assert QgsProject.instance().count() == before
    finally:
        QgsProject.instance().clear()


def test_postgis_saved_qgis_connection(qgis_iface, provider, postgres_server):
    """A PostgreSQL connection saved in QGIS (Browser › PostgreSQL) is in the list: chosen by
    its name, it creates the schema on its server."""
    from qgis.core import QgsProviderRegistry

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    name = "Land release test " + unique_schema()
    uri = QgsDataSourceUri(postgres_server.conninfo()).uri(False)
    # as QGIS's New Connection dialog with "Store" ticked for the user name and password
    configuration = {"saveUsername": True, "savePassword": True}
    metadata.saveConnection(metadata.createConnection(uri, configuration), name)
    QgsProject.instance().clear()
    dlg = NewDatabaseDialog(qgis_iface)
    try:
        QTest.mouseClick(dlg.postgisRadio, Qt.LeftButton, Qt.NoModifier, QPoint(5, 5))
        combo = dlg.connectionCombo
        index = combo.findText(name)
        assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
        combo.setCurrentIndex(index)
        assert dlg.connection() == name
        schema = unique_schema()
        dlg.schemaEdit.setText(schema)
        assert ok_enabled(dlg), dlg.messageLabel.text()
        dlg.accept()
        assert dlg.result() == QDialog.Accepted, dlg.messageLabel.text()
        assert len(tables_of(postgres_server, schema)) == len(model.LAYERS)
        hazard = QgsProject.instance().mapLayersByName("hazard")
        assert len(hazard) == 1 and hazard[0].providerType() == "postgres"
        assert QgsDataSourceUri(hazard[0].source()).schema() == schema
    finally:
        dlg.deleteLater()
        QgsProject.instance().clear()
        metadata.deleteConnection(name)
    assert name not in postgis.connection_names()


def test_connect_to_shared_database_action_opens_the_dialog_ready_to_connect(qgis_iface):
    """The menu's Connect to Shared Database (PostGIS)… opens the dialog on PostGIS, existing."""
    from qgis.PyQt.QtCore import QCoreApplication, QEvent, QTimer
    from qgis.PyQt.QtWidgets import QApplication

    import landrelease

    plugin = landrelease.classFactory(qgis_iface)
    plugin.initGui()
    seen = {}

    def inspect():
        dialog = QApplication.activeModalWidget()
        seen["class"] = type(dialog).__name__
        seen["title"] = dialog.windowTitle()
        seen["postgis"] = dialog.on_postgis()
        seen["existing"] = dialog.connect_existing()
        seen["ok"] = dialog.buttonBox.button(QDialogButtonBox.Ok).text()
        dialog.reject()

    try:
        QTimer.singleShot(300, inspect)
        plugin.connect_postgis()
    finally:
        plugin.unload()
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    assert seen == {
        "class": "ConnectDatabaseDialog",
        "title": "Connect to Shared Database (PostGIS)",
        "postgis": True,
        "existing": True,
        "ok": "Add Layers",
    }


# --- odd input: messages, never a traceback (issue 15) -------------------------------------------


def test_odd_paths_are_said_in_words(dialog, tmp_path, monkeypatch):
    """Each odd path disables OK with a message naming what to do; none raises (a slot that
    raised would abort the test process)."""
    (tmp_path / "notes.txt").write_text("x")
    monkeypatch.chdir(tmp_path)
    cases = [
        (
            str(tmp_path / ("x" * 300 + ".gpkg")),
            "The file name is 305 bytes long, and at most 255 fit: choose a shorter name.",
        ),
        (
            "karabakh",
            "Give the whole path of the new database, its folder and its name (e.g. "
            "/home/me/Agdam.gpkg), or choose it with the … button.",
        ),
        (
            str(tmp_path / "line\nbreak.gpkg"),
            "The path holds a line break or another control character: type the name again.",
        ),
        (
            str(tmp_path / "missing" / "db.gpkg"),
            f"The folder does not exist: "
            f"{tmp_path / 'missing'}. Create it first or choose another.",
        ),
        (
            str(tmp_path / "notes.txt" / "db.gpkg"),
            f"{tmp_path / 'notes.txt'} is a file, not a folder: choose a folder.",
        ),
        (
            "/proc/db.gpkg",
            "The folder /proc is a system folder that takes no files: choose another folder.",
        ),
        (str(tmp_path / ("é" * 200) / "db.gpkg"), "The path "),
    ]
    for path, message in cases:
        dialog.fileWidget.setFilePath(path)
        assert not ok_enabled(dialog), path
        assert dialog.messageLabel.text().startswith(message), dialog.messageLabel.text()
        dialog.accept()  # OK pressed anyway (keyboard): nothing made, the message stays
        assert dialog.result() != QDialog.Accepted
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]
    assert QgsProject.instance().count() == 0


def test_quotes_and_bars_in_a_name_make_a_working_database(dialog, tmp_path):
    path = tmp_path / "Ağdam 'köhnə' \"sahə\" | 2025.gpkg"
    dialog.fileWidget.setFilePath(str(path))
    assert ok_enabled(dialog), dialog.messageLabel.text()
    dialog.accept()
    assert dialog.result() == QDialog.Accepted, dialog.messageLabel.text()
    layers = QgsProject.instance().mapLayers().values()
    assert len(layers) == len(model.LAYERS) and all(layer.isValid() for layer in layers)
    assert sql_rows(str(path), "SELECT count(*) FROM hazard") == [(0,)]


@pytest.fixture
def small_disk(tmp_path):
    """``small_disk(size, read_only=False)``: a tmpfs mount (root only), unmounted after."""
    import subprocess

    mounted = []

    def mount(size: str, read_only: bool = False):
        point = tmp_path / f"disk{len(mounted)}"
        point.mkdir()
        options = f"size={size}" + (",ro" if read_only else "")
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(point)],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
        mounted.append(point)
        return point

    yield mount
    QgsProject.instance().clear()
    for point in mounted:
        subprocess.run(["umount", "-l", str(point)], capture_output=True)


def test_a_full_or_read_only_disk_is_said_before_anything_is_made(dialog, small_disk):
    full = small_disk("2m")
    dialog.fileWidget.setFilePath(str(full / "db.gpkg"))
    assert not ok_enabled(dialog)
    assert dialog.messageLabel.text().startswith(f"The disk holding {full} is full (2.1 MB free;")
    read_only = small_disk("16m", read_only=True)
    dialog.fileWidget.setFilePath(str(read_only / "db.gpkg"))
    assert not ok_enabled(dialog)
    assert dialog.messageLabel.text() == (
        f"The folder {read_only} is read-only: ask for write access or choose another folder."
    )
    assert list(full.iterdir()) == [] and list(read_only.iterdir()) == []


def test_a_disk_that_fills_while_the_database_is_made(dialog, small_disk, monkeypatch):
    """Enough room when OK is pressed, not when the file is written: the message says the
    disk is full, without GDAL's SQL, and no half-made file is left."""
    from landrelease.dialogs import new_database

    disk = small_disk("400k")
    monkeypatch.setattr(new_database, "MIN_FREE_BYTES", 0)
    dialog.fileWidget.setFilePath(str(disk / "db.gpkg"))
    assert ok_enabled(dialog), dialog.messageLabel.text()
    dialog.accept()
    assert dialog.result() != QDialog.Accepted
    message = dialog.messageLabel.text()
    assert "SELECT" not in message and "sqlite3" not in message
    assert message.startswith(f"The disk holding {disk} is full") or message.startswith(
        "The database could not be made: "
    ), message
    assert list(disk.iterdir()) == []
    assert QgsProject.instance().count() == 0


def test_an_unreachable_server_is_a_message(dialog, postgres_server):
    """Nothing listens on port 1 of this machine: the dialog stays open with the reason."""
    postgis_mode(dialog, "host=127.0.0.1 port=1 dbname=landrelease user=officer", "agdam")
    assert ok_enabled(dialog), dialog.messageLabel.text()
    dialog.accept()
    assert dialog.result() != QDialog.Accepted
    message = dialog.messageLabel.text()
    assert message.startswith("Cannot connect to the PostgreSQL database 127.0.0.1:1/landrelease")
    assert "Connection refused" in message
    connecting = ConnectDatabaseDialog(dialog.iface)
    postgis_mode(connecting, "host=127.0.0.1 port=1 dbname=landrelease user=officer", "agdam")
    connecting.accept()
    assert connecting.messageLabel.text().startswith("Cannot connect to the PostgreSQL database")
    connecting.deleteLater()
    for schema in ('agdam"; DROP SCHEMA public; --', "agdam district", "Ağdam"):
        dialog.schemaEdit.setText(schema)
        assert not ok_enabled(dialog)
        assert dialog.messageLabel.text().endswith(
            "is not a usable schema name: use lower-case letters, digits and _, starting with a "
            "letter."
        )
    assert QgsProject.instance().count() == 0
