"""The dock's binding to the land release layers of the project: found, followed as layers come
and go, and forgotten at once when they are about to go."""

from __future__ import annotations

import time

from qgis.core import Qgis, QgsWkbTypes
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QEventLoop, QObject

from ...storage.recording import find_layers


def tr(text: str) -> str:
    return QCoreApplication.translate("RecordReleaseDock", text)


class BindingPart:
    """The dock's part that binds it to the project's land release layers (``self.layers``)."""

    def _schedule_rebind(self, *_):
        if not self._unloaded:
            self._rebind_timer.start()

    def _layers_alive(self) -> bool:
        if self.layers is None:
            return False
        for layer in (self.layers.release, self.layers.hazard, self.layers.survey_point):
            if sip.isdeleted(layer) or self.project.mapLayer(layer.id()) is None:
                return False
        return True

    def _bind(self):
        """Use the land release layers of the project (those of the active layer's database)."""
        if self._unloaded:
            return
        if self._layers_alive():
            return
        self._unbind()
        preferred = self.iface.activeLayer() if hasattr(self.iface, "activeLayer") else None
        layers = find_layers(self.project, preferred)
        if layers is None:
            self.contents.setEnabled(False)
            self.message_bar.clearWidgets()
            self.tell(Qgis.Warning, tr("Open a land release database first."), 0)
            return
        self.layers = layers
        self.message_bar.clearWidgets()
        self.contents.setEnabled(True)
        self.hazard_picker.setLayer(layers.hazard)
        self.hazard_picker.setDisplayExpression('"hazard_id"')
        layers.release.dataChanged.connect(self._schedule_check)
        layers.hazard.dataChanged.connect(self._hazard_data_changed)
        self._build_form()
        self._show_hazard()
        self._schedule_check()

    def _layers_will_be_removed(self, removed):
        if self.layers is None:
            return
        ids = {item if isinstance(item, str) else item.id() for item in removed}
        ours = [self.layers.release, self.layers.hazard, self.layers.survey_point]
        if self.layers.edit_log is not None:
            ours.append(self.layers.edit_log)
        if any(sip.isdeleted(layer) or layer.id() in ids for layer in ours):
            self._unbind()
            self._schedule_rebind()

    def _settle_pickers(self, timeout_ms: int = 3000) -> None:
        """Let the feature pickers (the hazard list, the form's relation widgets) finish reading
        their lists while their layers are still there: QGIS 3.22's picker crashes when its
        reading thread ends after its layer was unset or deleted."""
        from qgis.core import QgsFeaturePickerModelBase

        def is_picker_model(item: QObject) -> bool:
            meta = item.metaObject()
            while meta is not None:
                if meta.className() == "QgsFeaturePickerModelBase":
                    return True
                meta = meta.superClass()
            return False

        # The bindings hand these models over as plain item models: found by class name.
        models = [
            sip.cast(item, QgsFeaturePickerModelBase)
            for item in self.findChildren(QObject)
            if is_picker_model(item)
        ]
        deadline = time.monotonic() + timeout_ms / 1000.0
        while any(m.isLoading() for m in models) and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ExcludeUserInputEvents, 10)
            time.sleep(0.005)

    def _unbind(self, *_):
        """Forget every reference to the database's layers (they are about to go)."""
        self._settle_pickers()
        self._stop_tools()
        self._check_timer.stop()
        if self.layers is not None:
            for layer, slot in (
                (self.layers.release, self._schedule_check),
                (self.layers.hazard, self._hazard_data_changed),
            ):
                if not sip.isdeleted(layer):
                    try:
                        layer.dataChanged.disconnect(slot)
                    except TypeError:
                        pass
        self.layers = None
        self.hazard = None
        self.geometry = None
        self.points = []
        self._check = None
        self.undo_stack.clear()
        self._drop_form()
        self._syncing_hazard = True
        try:
            self.hazard_picker.setLayer(None)
        finally:
            self._syncing_hazard = False
        # The capture tool keeps a raw pointer to the sketch layer: it goes first.
        self._delete_digitise_tool()
        if self._sketch_layer is not None:
            self._sketch_layer.rollBack()
        self._sketch_layer = None
        for band in (self.candidate_band, self.outside_band, self.hazard_band):
            band.reset(QgsWkbTypes.PolygonGeometry)
        self.checks_list.clear()
        self.hazard_info.setText(tr("No hazard chosen."))
        self.contents.setEnabled(False)
        self._update_buttons()
