"""The map tools of the dock: picking the hazard on the map and digitising the released polygon
with QGIS's own capture tool (on a private sketch layer), and giving the canvas its tool back."""

from __future__ import annotations

from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer
from qgis.gui import (
    QgsAdvancedDigitizingDockWidget,
    QgsMapToolCapture,
    QgsMapToolDigitizeFeature,
    QgsMapToolIdentifyFeature,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QTimer


class MapToolsPart:
    """The dock's part that runs its map tools (``_identify_tool``, ``_digitise_tool``)."""

    def _pick_on_map(self, checked: bool):
        if not checked:
            self._restore_tool(self._identify_tool)
            return
        if self.layers is None:
            self.pick_button.setChecked(False)
            return
        self._stop_tool(self._digitise_tool, self.digitise_button)
        if self._identify_tool is None:
            self._identify_tool = QgsMapToolIdentifyFeature(self.canvas)
            try:
                signal = self._identify_tool.featureIdentified[QgsFeature]
            except (KeyError, TypeError):
                signal = self._identify_tool.featureIdentified
            signal.connect(self._identified)
            self._identify_tool.deactivated.connect(lambda: self._uncheck(self.pick_button))
        self._identify_tool.setLayer(self.layers.hazard)
        self._activate(self._identify_tool)

    def _identified(self, feature: QgsFeature):
        if self.layers is None:
            return
        self._restore_tool(self._identify_tool)
        self._use_hazard(self.layers.hazard.getFeature(feature.id()))

    def _cad_dock(self):
        cad = self.iface.cadDockWidget() if hasattr(self.iface, "cadDockWidget") else None
        if cad is None:
            if self._own_cad_dock is None:
                self._own_cad_dock = QgsAdvancedDigitizingDockWidget(self.canvas, self)
                self._own_cad_dock.hide()
            cad = self._own_cad_dock
        return cad

    def _sketch(self) -> QgsVectorLayer:
        """A private memory polygon layer in the release CRS, kept in edit mode, for the
        capture tool (it needs an editable layer for its CRS and snapping)."""
        crs = self.layers.release.crs()
        if self._sketch_layer is None or self._sketch_layer.crs() != crs:
            layer = QgsVectorLayer("Polygon", "land release sketch", "memory")
            layer.setCrs(crs)
            layer.startEditing()
            self._sketch_layer = layer
        return self._sketch_layer

    def _digitise(self, checked: bool):
        if not checked:
            self._restore_tool(self._digitise_tool)
            return
        if self.layers is None:
            self.digitise_button.setChecked(False)
            return
        self._stop_tool(self._identify_tool, self.pick_button)
        if self._digitise_tool is None:
            self._digitise_tool = QgsMapToolDigitizeFeature(
                self.canvas, self._cad_dock(), QgsMapToolCapture.CapturePolygon
            )
            self._digitise_tool.digitizingCompleted.connect(self._digitised)
            self._digitise_tool.deactivated.connect(lambda: self._uncheck(self.digitise_button))
        self._digitise_tool.setLayer(self._sketch())
        self._activate(self._digitise_tool)

    def _delete_digitise_tool(self):
        tool, self._digitise_tool = self._digitise_tool, None
        if tool is None or sip.isdeleted(tool):
            return
        self._stop_tool(tool, self.digitise_button)
        if self.canvas.mapTool() is tool:
            self.canvas.unsetMapTool(tool)
        sip.delete(tool)  # now, not deleteLater: QGIS may quit before the event loop runs again
        self._release_sketch_layer()

    def _digitised(self, feature: QgsFeature):
        crs = self._sketch_layer.crs() if self._sketch_layer is not None else None
        geometry = QgsGeometry(feature.geometry())
        self._restore_tool(self._digitise_tool)
        self.set_candidate_geometry(geometry, crs)

    def _activate(self, tool):
        current = self.canvas.mapTool()
        if current not in (self._identify_tool, self._digitise_tool):
            self._previous_tool = current
        self.canvas.setMapTool(tool)

    def _release_sketch_layer(self):
        """The capture tool makes its layer the canvas's current layer and, when there was none
        before, leaves it there: give the canvas back the active layer."""
        if self._sketch_layer is not None and self.canvas.currentLayer() is self._sketch_layer:
            active = self.iface.activeLayer() if hasattr(self.iface, "activeLayer") else None
            self.canvas.setCurrentLayer(active if active is not self._sketch_layer else None)

    def _restore_tool(self, tool):
        if tool is not None and tool is self._digitise_tool:
            QTimer.singleShot(0, self._release_sketch_layer)
        if tool is None or sip.isdeleted(tool) or self.canvas.mapTool() is not tool:
            return
        previous = self._previous_tool
        self._previous_tool = None
        if previous is not None and not sip.isdeleted(previous):
            self.canvas.setMapTool(previous)
        else:
            self.canvas.unsetMapTool(tool)

    def _stop_tool(self, tool, button):
        self._restore_tool(tool)
        self._uncheck(button)

    def _stop_tools(self):
        self._stop_tool(self._identify_tool, self.pick_button)
        self._stop_tool(self._digitise_tool, self.digitise_button)

    @staticmethod
    def _uncheck(button):
        if sip.isdeleted(button):
            return
        button.blockSignals(True)
        button.setChecked(False)
        button.blockSignals(False)
