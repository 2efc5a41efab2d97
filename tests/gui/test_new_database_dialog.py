"""The New database dialog: validation as the user types, creation and loading into the project."""

from __future__ import annotations

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsProject
from qgis.PyQt.QtWidgets import QDialogButtonBox

from landrelease.dialogs.new_database import NewDatabaseDialog


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
    assert len(group.findLayers()) == 10
    hazard = project.mapLayersByName("hazard")
    assert len(hazard) == 1 and hazard[0].crs().authid() == "EPSG:32638"
    assert project.relationManager().relation("hazard_land_release").isValid()


def test_accept_reports_an_error_and_keeps_the_dialog_open(dialog, tmp_path):
    path = tmp_path / "db.gpkg"
    dialog.fileWidget.setFilePath(str(path))
    path.write_bytes(b"x")  # appears after the user chose the name
    dialog.accept()
    assert "already exists" in dialog.messageLabel.text()
    assert path.read_bytes() == b"x"
    assert QgsProject.instance().count() == 0
