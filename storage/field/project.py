"""The QGIS project of a field package (field.qgs): the package's layers loaded as the office
loads a database (styles, forms, relations), forms made for QField, the basemap, every path
relative to the project.

QGIS opens field.gpkg only through a copy in a staging folder (``staged_package``): packing's
field.gpkg is touched by nothing but the copy and the seal, so its bytes are what the base
records, and layers left open in QGIS's connection pool hold no lock on it."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from qgis.core import (
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsProject,
    QgsRasterLayer,
    QgsReferencedRectangle,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..database import load_database
from .package import PACKED_LAYERS, PHOTO_FIELD, PackageError, PackagePaths, Selection

# New releases and evidence of the field get today's date; the team corrects it when needed.
DATE_DEFAULTS = {"land_release": ("start_date", "end_date"), "evidence": ("reported_on",)}
# Fields given the package's ORGANISATION and TEAM as default values.
ORGANISATION_DEFAULTS = {"land_release": ("organisation", "team"), "task": ("organisation",)}


def tr(text: str) -> str:
    return QCoreApplication.translate("LandReleaseFieldPackage", text)


@contextlib.contextmanager
def staged_package(paths: PackagePaths):
    """A temporary folder holding copies of field.gpkg (and basemap.gpkg) under the same names,
    for QGIS to open; removed at the end."""
    folder = Path(tempfile.mkdtemp(prefix="landrelease-package-"))
    try:
        staged = PackagePaths(folder)
        shutil.copyfile(paths.data, staged.data)
        # In WAL mode from the start: QGIS opens a GeoPackage that is not read-only without
        # locks and its connections fail once another one switches it to WAL.
        with contextlib.closing(sqlite3.connect(str(staged.data))) as conn:
            conn.execute("PRAGMA journal_mode=WAL")
        if paths.basemap.exists():
            shutil.copyfile(paths.basemap, staged.basemap)
        yield staged
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# QgsFileWidget.RelativeStorage: relative to the project's folder (the same on 3.22 and 3.40).
RELATIVE_TO_PROJECT = 1


def _photos_beside_project(layer) -> None:
    """The attachment widget of a photo field stores and finds "DCIM/<file>" relative to the
    project's folder (the package's DCIM), not to the office's photo folder."""
    index = layer.fields().indexOf(PHOTO_FIELD)
    setup = layer.editorWidgetSetup(index) if index >= 0 else None
    if setup is None or setup.type() != "ExternalResource":
        return
    config = dict(setup.config())
    config.pop("DefaultRoot", None)
    config["RelativeStorage"] = RELATIVE_TO_PROJECT
    layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("ExternalResource", config))


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def field_forms(layers: dict, organisation: str, team: str) -> None:
    """Defaults for QField: the package's organisation and team, today's date; photos in the
    package's DCIM."""
    values = {"organisation": organisation, "team": team}
    for name, fields in ORGANISATION_DEFAULTS.items():
        for field_name in fields:
            index = layers[name].fields().indexOf(field_name)
            if index >= 0 and values[field_name]:
                layers[name].setDefaultValueDefinition(
                    index, QgsDefaultValue(_literal(values[field_name]), False)
                )
    for layer in layers.values():
        _photos_beside_project(layer)
    for name, fields in DATE_DEFAULTS.items():
        for field_name in fields:
            index = layers[name].fields().indexOf(field_name)
            if index >= 0:
                layers[name].setDefaultValueDefinition(index, QgsDefaultValue("now()", False))


def _field_layers(project: QgsProject, layers: dict) -> None:
    """Only the packed layers in the team's project, and the edit log read only (its
    triggers write it); the layers a package holds nothing of are left out."""
    for name, layer in layers.items():
        if name == "edit_log":
            layer.setReadOnly(True)
        elif name not in PACKED_LAYERS:
            project.removeMapLayer(layer.id())


def _relative_paths(project: QgsProject) -> None:
    try:
        from qgis.core import Qgis

        project.setFilePathStorage(Qgis.FilePathType.Relative)
    except AttributeError:  # QGIS 3.22: only the project entry below
        pass
    project.writeEntryBool("Paths", "/Absolute", False)


def write_field_project(
    paths: PackagePaths,
    staged: PackagePaths,
    selection: Selection,
    title: str,
    organisation: str,
    team: str,
) -> Path:
    """field.qgs of the package ``paths``, written from the staged copies; it opens on the
    packed area."""
    project = QgsProject()
    try:
        layers = load_database(str(staged.data), project, tr("Field package"))
        field_forms(layers, organisation, team)
        _field_layers(project, layers)
        if not selection.extent.isEmpty():
            project.viewSettings().setDefaultViewExtent(
                QgsReferencedRectangle(selection.extent, selection.crs)
            )
        if staged.basemap.exists():
            basemap = QgsRasterLayer(str(staged.basemap), tr("Basemap"), "gdal")
            if basemap.isValid():
                project.addMapLayer(basemap, False)
                project.layerTreeRoot().addLayer(basemap)
        project.setTitle(title)
        _relative_paths(project)
        if not project.write(str(staged.project)):
            raise PackageError(
                tr("OUTPUT: the project could not be written: {}").format(project.error())
            )
    finally:
        project.clear()
    text = staged.project.read_text(encoding="utf-8")
    # What QGIS keeps as plain text (a value relation's layer source) names the staging folder.
    for spelling in {staged.folder.as_posix() + "/", str(staged.folder) + os.sep}:
        text = text.replace(spelling, "./")
    paths.project.write_text(text, encoding="utf-8")
    return paths.project
