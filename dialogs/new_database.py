"""The New database dialog and the Open database action."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
)
from qgis.gui import QgsFileWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QFileDialog

from ..core.model import DEFAULT_CRS
from ..processing.database import DatabaseError, load_database

FORM_CLASS, _ = uic.loadUiType(str(Path(__file__).with_name("new_database.ui")))
ALGORITHM_ID = "landrelease:createdatabase"


def tr(text: str) -> str:
    return QCoreApplication.translate("NewDatabaseDialog", text)


def create_database(path: str, crs: QgsCoordinateReferenceSystem) -> str:
    """Run ``landrelease:createdatabase``; raise QgsProcessingException with its message."""
    import processing  # QGIS's Processing plugin

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    results = processing.run(
        ALGORITHM_ID,
        {"OUTPUT": path, "CRS": crs},
        context=context,
        feedback=QgsProcessingFeedback(),
    )
    return results["OUTPUT"]


class NewDatabaseDialog(QDialog, FORM_CLASS):
    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.iface = iface
        self.fileWidget.setStorageMode(QgsFileWidget.SaveFile)
        self.fileWidget.setFilter(tr("GeoPackage (*.gpkg)"))
        self.fileWidget.setDialogTitle(tr("New land release database"))
        self.crsWidget.setCrs(QgsCoordinateReferenceSystem(DEFAULT_CRS))
        self.fileWidget.fileChanged.connect(self._validate)
        self.crsWidget.crsChanged.connect(self._validate)
        self._validate()

    def path(self) -> str:
        text = self.fileWidget.filePath().strip()
        if text and not text.lower().endswith(".gpkg"):
            text += ".gpkg"
        return text

    def _validate(self, *_):
        path = self.path()
        problem = ""
        if not path:
            problem = tr("Choose where to save the new database.")
        elif Path(path).exists():
            problem = tr(
                "This file already exists; a database is never overwritten. Choose a new name."
            )
        elif not Path(path).parent.is_dir():
            problem = tr("The folder does not exist.")
        elif not self.crsWidget.crs().isValid():
            problem = tr("Choose a storage CRS.")
        self.messageLabel.setText(problem)
        self.buttonBox.button(QDialogButtonBox.Ok).setEnabled(not problem)

    def accept(self):
        path = self.path()
        QgsApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            created = create_database(path, self.crsWidget.crs())
            if self.loadCheckBox.isChecked():
                load_database(created, QgsProject.instance())
        except (QgsProcessingException, DatabaseError) as error:
            QgsApplication.restoreOverrideCursor()
            self.messageLabel.setText(str(error))
            return
        QgsApplication.restoreOverrideCursor()
        self.iface.messageBar().pushMessage(
            tr("Land Release"), tr("Created {}").format(created), Qgis.Success, 5
        )
        super().accept()


def open_database(iface, parent=None) -> dict | None:
    path, _ = QFileDialog.getOpenFileName(
        parent, tr("Open land release database"), "", tr("GeoPackage (*.gpkg *.GPKG)")
    )
    if not path:
        return None
    try:
        layers = load_database(path, QgsProject.instance())
    except DatabaseError as error:
        iface.messageBar().pushMessage(tr("Land Release"), str(error), Qgis.Critical, 10)
        return None
    iface.messageBar().pushMessage(tr("Land Release"), tr("Added {}").format(path), Qgis.Success, 5)
    return layers
