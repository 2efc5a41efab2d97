"""The hazard a release belongs to: chosen in the list or on the map, shown with its figures."""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsCoordinateTransform,
    QgsExpression,
    QgsFeature,
    QgsFeatureRequest,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QApplication

from ...core.pgschema import UNKNOWN_STATUS
from ...qgis_io.values import is_null
from .labels import code_label, format_area


def tr(text: str) -> str:
    return QCoreApplication.translate("RecordReleaseDock", text)


class HazardPart:
    """The dock's part that holds the chosen hazard (``self.hazard``) and shows it."""

    def set_hazard(self, hazard_id: str) -> bool:
        """Choose the hazard ``hazard_id``; False (and a message) if there is no such hazard."""
        if self.layers is None:
            return False
        feature = self._hazard_by_id(hazard_id)
        if feature is None:
            self.tell(Qgis.Warning, tr("There is no hazard {}.").format(hazard_id), 5)
            return False
        self._use_hazard(feature)
        return True

    def _hazard_by_id(self, hazard_id) -> QgsFeature | None:
        if self.layers is None or is_null(hazard_id):
            return None
        expression = QgsExpression.createFieldEqualityExpression("hazard_id", str(hazard_id))
        request = QgsFeatureRequest().setFilterExpression(expression).setLimit(1)
        for feature in self.layers.hazard.getFeatures(request):
            return feature
        return None

    def _use_hazard(self, feature: QgsFeature | None):
        changed = (self.hazard is None) != (feature is None) or (
            feature is not None and self.hazard is not None and feature.id() != self.hazard.id()
        )
        self.hazard = QgsFeature(feature) if feature is not None else None
        self._syncing_hazard = True
        try:
            if feature is not None and self.hazard_picker.feature().id() != feature.id():
                self.hazard_picker.setFeature(feature.id())
            if self.form is not None:
                value = feature["hazard_id"] if feature is not None else None
                self.form.changeAttribute("hazard_id", value)
        finally:
            self._syncing_hazard = False
        self._show_hazard()
        if changed and feature is not None:
            self._zoom_to_hazard_if_hidden()
        self._schedule_check()

    def _picker_changed(self, feature: QgsFeature):
        if self._syncing_hazard or self.layers is None:
            return
        if feature is None or not feature.isValid():
            focus = QApplication.focusWidget()
            if self.hazard is not None and not (
                focus is not None and self.hazard_picker.isAncestorOf(focus)
            ):
                # the picker's model was reset (a reload), not cleared by the user
                self._syncing_hazard = True
                try:
                    self.hazard_picker.setFeature(self.hazard.id())
                finally:
                    self._syncing_hazard = False
                return
            self._use_hazard(None)
            return
        if self.hazard is not None and feature.id() == self.hazard.id():
            return
        self._use_hazard(self.layers.hazard.getFeature(feature.id()))

    def _hazard_data_changed(self):
        """The hazard layer was reloaded (a save, an undo) or edited: show its new figures."""
        if self.hazard is not None and self.layers is not None:
            fresh = self._hazard_by_id(self.hazard["hazard_id"])
            self.hazard = fresh
        self._show_hazard()
        self._schedule_check()

    @staticmethod
    def _remaining_m2(hazard: QgsFeature) -> float | None:
        """The remaining area the database holds; None while it is unknown (NULL: a release
        touching the hazard was changed or cannot be read), never another figure."""
        value = hazard["remaining_area_m2"]
        return None if is_null(value) else float(value)

    def _show_hazard(self):
        if self.hazard is None or self.layers is None:
            self.hazard_info.setText(tr("No hazard chosen."))
            self.hazard_band.reset(QgsWkbTypes.PolygonGeometry)
            return
        hazard = self.hazard
        self.hazard_info.setText(
            tr("{classification} · status: {status} · remaining: {remaining}").format(
                classification=code_label("classification", hazard["classification"]),
                status=_status_label(hazard["status"]),
                remaining=_area_or_unknown(self._remaining_m2(hazard)),
            )
        )
        self.hazard_band.setToGeometry(hazard.geometry(), self.layers.hazard.crs())

    def _zoom_to_hazard_if_hidden(self):
        if self.hazard is None or self.layers is None or not self.hazard.hasGeometry():
            return
        transform = QgsCoordinateTransform(
            self.layers.hazard.crs(), self.canvas.mapSettings().destinationCrs(), self.project
        )
        try:
            extent = transform.transformBoundingBox(self.hazard.geometry().boundingBox())
        except Exception:  # noqa: BLE001 - a failed transform only skips the zoom
            return
        if not self.canvas.extent().contains(extent):
            extent.scale(1.2)
            self.canvas.setExtent(extent)
            self.canvas.refresh()


def _area_or_unknown(area_m2: float | None) -> str:
    return tr("unknown") if area_m2 is None else format_area(area_m2)


def _status_label(code) -> str:
    """The status's label; 'unknown' (no code: the figures are being recomputed) in words."""
    return tr("unknown") if code == UNKNOWN_STATUS else code_label("status", code)
