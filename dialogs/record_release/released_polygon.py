"""The released polygon (the candidate): from a selection, a file, the Turning points dialog or
the capture tool, in the release layer's CRS, repaired on demand."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsSettings,
    QgsWkbTypes,
)
from qgis.gui import QgsProjectionSelectionWidget
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
)

from ...qgis_io import point_files, source_polygon

SETTINGS_DIR = "landrelease/record_release/last_folder"


def tr(text: str) -> str:
    return QCoreApplication.translate("RecordReleaseDock", text)


class CsvColumnsDialog(QDialog):
    """Asks which columns of a CSV file hold the coordinates, and their CRS."""

    def __init__(
        self, layout: point_files.CsvLayout, crs: QgsCoordinateReferenceSystem, parent=None
    ):
        super().__init__(parent)
        self.setWindowTitle(tr("Coordinates in the CSV file"))
        self.layout_in = layout
        form = QFormLayout()
        self.x_combo = QComboBox()
        self.y_combo = QComboBox()
        for combo, current in ((self.x_combo, layout.x), (self.y_combo, layout.y)):
            combo.addItems(layout.headers)
            if current in layout.headers:
                combo.setCurrentIndex(layout.headers.index(current))
        self.crs_widget = QgsProjectionSelectionWidget()
        self.crs_widget.setCrs(crs)
        form.addRow(tr("X / longitude column"), self.x_combo)
        form.addRow(tr("Y / latitude column"), self.y_combo)
        form.addRow(tr("CRS of the coordinates"), self.crs_widget)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(QLabel(tr("The points are joined in the order of the rows.")))
        box.addLayout(form)
        box.addWidget(buttons)

    def result_layout(self) -> point_files.CsvLayout:
        x, y = self.x_combo.currentText(), self.y_combo.currentText()
        geographic = self.crs_widget.crs().isGeographic()
        return dataclasses.replace(
            self.layout_in, x=x, y=y, geographic=geographic, obvious=True, coordinate=None
        )

    def crs(self) -> QgsCoordinateReferenceSystem:
        return self.crs_widget.crs()


class ReleasedPolygonPart:
    """The dock's part that holds the released polygon (``self.geometry``, ``self.points``)."""

    def set_candidate_geometry(
        self,
        geometry: QgsGeometry | None,
        crs: QgsCoordinateReferenceSystem | None = None,
        points: list[QgsFeature] | None = None,
    ) -> None:
        """The released polygon (transformed from ``crs`` to the release layer's CRS).

        ``points`` are optional survey_point features (turning points) saved with it.
        """
        if self.layers is None:
            return
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            self.geometry = None
        else:
            geometry = QgsGeometry(geometry)
            target = self.layers.release.crs()
            if crs is not None and crs.isValid() and crs != target:
                transform = QgsCoordinateTransform(crs, target, self.project)
                result = geometry.transform(transform)
                if result != 0:
                    self.tell(
                        Qgis.Critical,
                        tr("The polygon cannot be transformed to {}.").format(target.authid()),
                    )
                    return
            self.geometry = geometry
        self.points = list(points or [])
        self._show_candidate()
        self._schedule_check()

    def _show_candidate(self):
        self.outside_band.reset(QgsWkbTypes.PolygonGeometry)
        if self.geometry is None or self.layers is None:
            self.candidate_band.reset(QgsWkbTypes.PolygonGeometry)
        else:
            self.candidate_band.setToGeometry(self.geometry, self.layers.release.crs())
        self._update_buttons()

    def repair_geometry(self):
        """Replace an invalid candidate by QGIS's make-valid version of it (polygons only)."""
        if self.geometry is None:
            return
        try:
            repaired = source_polygon.repaired_polygon(self.geometry)
        except source_polygon.SourceError as error:
            self.tell(Qgis.Critical, str(error))
            return
        self.set_candidate_geometry(repaired, None, self.points)
        self.tell(Qgis.Info, tr("The polygon was repaired."), 3)

    def clip_to_hazard(self):
        """Keep only the part of the polygon inside the hazard (the part outside would not be
        counted); turning points of the whole polygon no longer fit it and are dropped."""
        if self.geometry is None or self.hazard is None or self.layers is None:
            return
        hazard = QgsGeometry(self.hazard.geometry())
        if self.layers.hazard.crs() != self.layers.release.crs():
            hazard.transform(
                QgsCoordinateTransform(
                    self.layers.hazard.crs(), self.layers.release.crs(), self.project
                )
            )
        inside = self.geometry.intersection(hazard)
        if inside is None or inside.isEmpty() or inside.area() <= 0:
            self.tell(
                Qgis.Warning, tr("No part of the polygon lies inside the hazard: nothing to keep.")
            )
            return
        polygons = QgsGeometry.collectGeometry(
            [g for g in inside.asGeometryCollection() if g.type() == QgsWkbTypes.PolygonGeometry]
        )
        dropped = len(self.points)
        self.set_candidate_geometry(polygons, None, [])
        text = tr("The polygon was clipped to the hazard {}.").format(self.hazard["hazard_id"])
        if dropped:
            text += " " + tr(
                "Its {} turning point(s) no longer fit it and were dropped: record the clipped "
                "boundary's points if it is pegged out."
            ).format(dropped)
        self.tell(Qgis.Info, text, 8)

    def _from_selection(self):
        if self.layers is None:
            return
        layer = self.iface.activeLayer()
        try:
            source = source_polygon.polygon_from_selection(layer)
        except source_polygon.SourceError as error:
            self.tell(Qgis.Warning, str(error), 8)
            return
        self._use_source(source)

    def _from_file(self):
        if self.layers is None:
            return
        settings = QgsSettings()
        folder = settings.value(SETTINGS_DIR, "", type=str)
        path, _ = QFileDialog.getOpenFileName(
            self,
            tr("Released polygon from a file"),
            folder,
            tr("GPX, CSV or GeoJSON ({});;All files (*)").format(
                point_files.FILE_FILTER_EXTENSIONS
            ),
        )
        if not path:
            return
        settings.setValue(SETTINGS_DIR, str(Path(path).parent))
        self.load_file(path)

    def load_file(self, path: str) -> bool:
        """Read the released polygon from ``path``; ask for the columns of an unclear CSV."""
        try:
            layout = crs = None
            if point_files.is_csv(path):
                layout = point_files.csv_layout(path)
                crs = layout.default_crs(self.layers.release.crs())
                if not layout.obvious or not layout.geographic:
                    answer = self._ask_csv_columns(layout, crs)
                    if answer is None:
                        return False
                    layout, crs = answer
            source = point_files.read_polygon_file(path, layout, crs)
        except source_polygon.SourceError as error:
            self.tell(Qgis.Warning, str(error))
            return False
        self._use_source(source)
        return True

    def _ask_csv_columns(self, layout, crs):
        dialog = CsvColumnsDialog(layout, crs, self)
        if dialog.exec_() != QDialog.Accepted:
            return None
        return dialog.result_layout(), dialog.crs()

    def _use_source(self, source: source_polygon.SourcePolygon):
        self.set_candidate_geometry(source.geometry, source.crs)
        self.tell(Qgis.Info, tr("Polygon from {}.").format(source.description), 4)

    def _from_turning_points(self):
        """The Turning points dialog, non-modal (the map stays usable while typing); its
        polygon and survey points arrive through ``polygonReady``."""
        if self.layers is None:
            return
        from ..turning_points import TurningPointsDialog

        if self._turning_points is not None and not sip.isdeleted(self._turning_points):
            self._turning_points.show()
            self._turning_points.raise_()
            return
        dialog = TurningPointsDialog(self.iface, self.layers, self, target="release")
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.polygonReady.connect(self._turning_points_ready)
        self._turning_points = dialog
        dialog.show()

    def _turning_points_ready(self, geometry: QgsGeometry, points: list):
        dialog = self._turning_points
        crs = dialog.crs() if dialog is not None and not sip.isdeleted(dialog) else None
        self.set_candidate_geometry(geometry, crs, points)
