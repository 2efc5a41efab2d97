"""The Record land release dock: hazard, polygon, live checks, attribute form, save and undo.

The dock is a controller: the checks and the transaction are ``storage.recording``'s; the
polygon sources are ``qgis_io``'s (point_files, source_polygon); the widgets are QGIS's own
(feature picker, capture tool, identify tool, attribute form with the layer's widgets, rubber
bands).
"""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsExpression,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsMessageLog,
    QgsProject,
    QgsSettings,
    QgsVectorLayer,
    QgsVectorLayerUtils,
    QgsWkbTypes,
)
from qgis.gui import (
    QgsAdvancedDigitizingDockWidget,
    QgsAttributeEditorContext,
    QgsAttributeForm,
    QgsDockWidget,
    QgsEditorWidgetWrapper,
    QgsMapToolCapture,
    QgsMapToolDigitizeFeature,
    QgsMapToolIdentifyFeature,
    QgsProjectionSelectionWidget,
    QgsRubberBand,
)
from qgis.PyQt import sip, uic
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QEventLoop, QLocale, QObject, Qt, QTimer
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QListWidgetItem,
    QUndoCommand,
    QUndoStack,
    QVBoxLayout,
    QWidget,
)

from ..core import model
from ..qgis_io import point_files, source_polygon
from ..storage.recording import (
    Candidate,
    LiveCheck,
    ReleaseLayers,
    SavedRelease,
    SaveError,
    check_candidate,
    find_layers,
    redo_release,
    save_release,
    undo_release,
)

FORM_CLASS, _ = uic.loadUiType(str(Path(__file__).with_name("record_release.ui")))

OBJECT_NAME = "LandReleaseRecordDock"
CHECK_DELAY_MS = 150
SETTINGS_DIR = "landrelease/record_release/last_folder"
LOG_TAG = "Land Release"
ELLIPSOID = "EPSG:7030"

ICONS = {
    "info": "/mIconInfo.svg",
    "warning": "/mIconWarning.svg",
    "error": "/mIconCritical.svg",
}
CANDIDATE_STROKE = QColor(0, 90, 200)
CANDIDATE_FILL = QColor(0, 120, 255, 60)
OUTSIDE_STROKE = QColor(220, 0, 0)
OUTSIDE_FILL = QColor(230, 0, 0, 120)
HAZARD_STROKE = QColor(255, 170, 0)


def tr(text: str) -> str:
    return QCoreApplication.translate("RecordReleaseDock", text)


def status_word(code: str | None) -> str:
    """A hazard status as a word in a sentence: "open", "worked on", "closed"."""
    words = {"open": tr("open"), "worked_on": tr("worked on"), "closed": tr("closed")}
    return words.get(code or "", code or "")


def code_label(list_name: str, code) -> str:
    """The translated label of ``code`` in the data model's code list ``list_name``."""
    if code is None or code == "" or _is_null(code):
        return "–"
    label = model.CODE_LISTS[list_name].label(str(code))
    return QCoreApplication.translate(model.TR_CONTEXT, label) if label else str(code)


def _is_null(value) -> bool:
    return value is None or (hasattr(value, "isNull") and value.isNull())


def format_area(area_m2: float) -> str:
    """``1.23 ha (12,345 m²)`` in the user's locale."""
    locale = QLocale()
    return tr("{ha} ha ({m2} m²)").format(
        ha=locale.toString(area_m2 / 10000.0, "f", 2), m2=locale.toString(area_m2, "f", 0)
    )


def format_ha(area_m2: float) -> str:
    return QLocale().toString(area_m2 / 10000.0, "f", 2)


def theme_icon(level: str):
    return QgsApplication.getThemeIcon(ICONS.get(level, ICONS["warning"]))


class ReleaseCommand(QUndoCommand):
    """One saved release on the undo stack. Its first redo() is skipped: the save is done."""

    def __init__(self, dock: RecordReleaseDock, saved: SavedRelease):
        super().__init__(tr("Record release {}").format(saved.release_id))
        self.dock = dock
        self.saved = saved
        self._done = True

    def redo(self):
        if self._done:
            return
        saved = self.dock._redo_saved(self.saved)
        if saved is None:
            self.setObsolete(True)
        else:
            self.saved = saved
            self._done = True

    def undo(self):
        if self.dock._undo_saved(self.saved):
            self._done = False
        else:
            self.setObsolete(True)


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


class EditableEditors(QObject):
    """Keeps the attribute form's editors editable outside an edit session.

    QgsAttributeForm enables its editors only while the layer is being edited, and disables them
    again after each value change. The dock never edits the layer: it reads the values in
    FixAttributeMode and writes them in its own transaction. This event filter turns an editor
    that is disabled or made read-only back on at once (typing is never interrupted).
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._wrappers: dict[int, QgsEditorWidgetWrapper] = {}
        self._busy = False

    def watch(self, wrapper: QgsEditorWidgetWrapper):
        widget = wrapper.widget()
        self._wrappers[sip.unwrapinstance(widget)] = wrapper
        widget.installEventFilter(self)
        self.unlock(wrapper)

    def forget(self):
        self._wrappers = {}

    def unlock(self, wrapper: QgsEditorWidgetWrapper):
        widget = wrapper.widget()
        if widget is None or sip.isdeleted(widget):
            return
        locked = not widget.isEnabled()
        if not locked and hasattr(widget, "isReadOnly"):
            locked = widget.isReadOnly()
        if locked and not self._busy:
            self._busy = True
            try:
                wrapper.setEnabled(True)
            finally:
                self._busy = False

    def unlock_all(self):
        """Enable every watched editor again, with its normal look (frame, palette)."""
        self._busy = True
        try:
            for wrapper in list(self._wrappers.values()):
                if not sip.isdeleted(wrapper) and wrapper.widget() is not None:
                    wrapper.setEnabled(True)
        finally:
            self._busy = False

    def eventFilter(self, watched, event):
        if event.type() in (QEvent.EnabledChange, QEvent.ReadOnlyChange) and not self._busy:
            wrapper = self._wrappers.get(sip.unwrapinstance(watched))
            if wrapper is not None and not sip.isdeleted(wrapper):
                self.unlock(wrapper)
        return False


class RecordReleaseDock(QgsDockWidget, FORM_CLASS):
    """Record land release: the daily dialog of a mine action GIS officer."""

    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        if self.widget() is not self.dockContents:
            self.setWidget(self.dockContents)
        self.setObjectName(OBJECT_NAME)
        self.iface = iface
        self.canvas = iface.mapCanvas()
        self.project = QgsProject.instance()

        self.layers: ReleaseLayers | None = None
        self.hazard: QgsFeature | None = None
        self.geometry: QgsGeometry | None = None  # in the release layer's CRS
        self.points: list[QgsFeature] = []
        self.form: QgsAttributeForm | None = None
        self._check: LiveCheck | None = None
        self._check_error: str | None = None
        self._syncing_hazard = False
        self._sketch_layer: QgsVectorLayer | None = None
        self._identify_tool: QgsMapToolIdentifyFeature | None = None
        self._digitise_tool: QgsMapToolDigitizeFeature | None = None
        self._previous_tool = None
        self._own_cad_dock: QgsAdvancedDigitizingDockWidget | None = None
        self._turning_points = None
        self._unloaded = False
        self._editors = EditableEditors(self)

        self.undo_stack = QUndoStack(self)
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self._run_check)
        self._rebind_timer = QTimer(self)
        self._rebind_timer.setSingleShot(True)
        self._rebind_timer.setInterval(0)
        self._rebind_timer.timeout.connect(self._bind)

        self.candidate_band = self._rubber_band(CANDIDATE_STROKE, CANDIDATE_FILL, 2)
        self.outside_band = self._rubber_band(OUTSIDE_STROKE, OUTSIDE_FILL, 2)
        self.hazard_band = self._rubber_band(HAZARD_STROKE, QColor(0, 0, 0, 0), 3)
        self.hazard_band.setLineStyle(Qt.DashLine)

        self._setup_widgets()
        self.project.layersAdded.connect(self._schedule_rebind)
        self.project.layersWillBeRemoved.connect(self._layers_will_be_removed)
        self.project.layersRemoved.connect(self._schedule_rebind)
        self.project.removeAll.connect(self._unbind)
        self._bind()

    # --- set-up ---------------------------------------------------------------------------------

    def _setup_widgets(self):
        self.pick_button.setIcon(QgsApplication.getThemeIcon("/mActionIdentify.svg"))
        self.digitise_button.setIcon(QgsApplication.getThemeIcon("/mActionCapturePolygon.svg"))
        self.selection_button.setIcon(QgsApplication.getThemeIcon("/mActionSelectRectangle.svg"))
        self.file_button.setIcon(QgsApplication.getThemeIcon("/mActionFileOpen.svg"))
        self.repair_button.setIcon(
            QgsApplication.getThemeIcon("/algorithms/mAlgorithmCheckGeometry.svg")
        )
        self.save_button.setIcon(QgsApplication.getThemeIcon("/mActionSaveEdits.svg"))
        self.clear_button.setIcon(QgsApplication.getThemeIcon("/mIconClearText.svg"))
        self.undo_button.setIcon(QgsApplication.getThemeIcon("/mActionUndo.svg"))
        self.redo_button.setIcon(QgsApplication.getThemeIcon("/mActionRedo.svg"))

        self.hazard_picker.setAllowNull(True)
        self.hazard_picker.setDisplayExpression('"hazard_id"')
        self.hazard_picker.featureChanged.connect(self._picker_changed)
        self.pick_button.toggled.connect(self._pick_on_map)
        self.digitise_button.toggled.connect(self._digitise)
        self.selection_button.clicked.connect(self._from_selection)
        self.file_button.clicked.connect(self._from_file)
        self.repair_button.clicked.connect(self.repair_geometry)
        self.turning_points_button.clicked.connect(self._from_turning_points)
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.clear)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self._update_undo_buttons)
        self.undo_stack.canRedoChanged.connect(self._update_undo_buttons)
        self.undo_stack.indexChanged.connect(self._update_undo_buttons)

        self.turning_points_button.setToolTip(
            tr("Enter the turning points as coordinates or bearing and distance")
        )
        self._update_undo_buttons()
        self._update_buttons()

    def _rubber_band(self, stroke: QColor, fill: QColor, width: int) -> QgsRubberBand:
        band = QgsRubberBand(self.canvas, QgsWkbTypes.PolygonGeometry)
        band.setStrokeColor(stroke)
        band.setFillColor(fill)
        band.setWidth(width)
        return band

    # --- binding to the project's land release layers ---------------------------------------

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
            self.message_bar.pushMessage(tr("Open a land release database first."), Qgis.Warning, 0)
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

    # --- hazard --------------------------------------------------------------------------------

    def set_hazard(self, hazard_id: str) -> bool:
        """Choose the hazard ``hazard_id``; False (and a message) if there is no such hazard."""
        if self.layers is None:
            return False
        feature = self._hazard_by_id(hazard_id)
        if feature is None:
            self.message_bar.pushMessage(
                tr("There is no hazard {}.").format(hazard_id), Qgis.Warning, 5
            )
            return False
        self._use_hazard(feature)
        return True

    def _hazard_by_id(self, hazard_id) -> QgsFeature | None:
        if self.layers is None or _is_null(hazard_id):
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

    def _remaining_m2(self, hazard: QgsFeature) -> float:
        for name in ("remaining_area_m2", "estimated_area_m2"):
            value = hazard[name]
            if not _is_null(value):
                return float(value)
        area = QgsDistanceArea()
        area.setSourceCrs(self.layers.hazard.crs(), self.project.transformContext())
        area.setEllipsoid(ELLIPSOID)
        return area.measureArea(hazard.geometry())

    def _show_hazard(self):
        if self.hazard is None or self.layers is None:
            self.hazard_info.setText(tr("No hazard chosen."))
            self.hazard_band.reset(QgsWkbTypes.PolygonGeometry)
            return
        hazard = self.hazard
        self.hazard_info.setText(
            tr("{classification} · status: {status} · remaining: {remaining}").format(
                classification=code_label("classification", hazard["classification"]),
                status=code_label("status", hazard["status"]),
                remaining=format_area(self._remaining_m2(hazard)),
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

    # --- map tools ---------------------------------------------------------------------------

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

    # --- candidate polygon -------------------------------------------------------------------

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
                    self.message_bar.pushMessage(
                        tr("The polygon cannot be transformed to {}.").format(target.authid()),
                        Qgis.Critical,
                        0,
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
        repaired = self.geometry.makeValid()
        if repaired.isNull() or repaired.isEmpty():
            self.message_bar.pushMessage(
                tr("The polygon cannot be repaired: {}").format(repaired.lastError()),
                Qgis.Critical,
                0,
            )
            return
        if repaired.type() != QgsWkbTypes.PolygonGeometry:
            parts = [
                part
                for part in repaired.asGeometryCollection()
                if part.type() == QgsWkbTypes.PolygonGeometry
            ]
            if not parts:
                self.message_bar.pushMessage(
                    tr("Repaired, the polygon has no area left: draw it again."),
                    Qgis.Critical,
                    0,
                )
                return
            repaired = QgsGeometry.unaryUnion(parts)
        if repaired.isMultipart() and len(repaired.asGeometryCollection()) == 1:
            repaired.convertToSingleType()
        self.set_candidate_geometry(repaired, None, self.points)
        self.message_bar.pushMessage(tr("The polygon was repaired."), Qgis.Info, 3)

    def _from_selection(self):
        if self.layers is None:
            return
        layer = self.iface.activeLayer()
        try:
            source = source_polygon.polygon_from_selection(layer)
        except source_polygon.SourceError as error:
            self.message_bar.pushMessage(str(error), Qgis.Warning, 8)
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
            self.message_bar.pushMessage(str(error), Qgis.Warning, 0)
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
        self.message_bar.pushMessage(
            tr("Polygon from {}.").format(source.description), Qgis.Info, 4
        )

    def _from_turning_points(self):
        """The Turning points dialog, non-modal (the map stays usable while typing); its
        polygon and survey points arrive through ``polygonReady``."""
        if self.layers is None:
            return
        from .turning_points import TurningPointsDialog

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

    # --- live checks -------------------------------------------------------------------------

    def _schedule_check(self, *_):
        self._check = None
        self._check_error = None
        self._update_buttons()
        if self._unloaded:
            return
        if self.layers is None or self.hazard is None or self.geometry is None:
            self._run_check()  # nothing to compute: say at once what is missing
        else:
            self._check_timer.start()

    def current_check(self) -> LiveCheck | None:
        """The checks of the current hazard and polygon (computed now if one is pending)."""
        if self._check_timer.isActive():
            self._run_check()
        return self._check

    def _run_check(self):
        self._check_timer.stop()
        self._check = None
        self._check_error = None
        if self.layers is not None and self.hazard is not None and self.geometry is not None:
            try:
                self._check = check_candidate(self.layers, self.hazard, self.geometry)
            except Exception as error:  # noqa: BLE001 - shown to the user, never a crash
                self._check_error = str(error) or type(error).__name__
                QgsMessageLog.logMessage(
                    tr("The live checks failed: {}").format(self._check_error),
                    LOG_TAG,
                    Qgis.Warning,
                )
        self._show_check()
        self._update_buttons()

    def _show_check(self):
        self.checks_list.clear()
        check = self._check
        if self.layers is None:
            return
        if self.hazard is None:
            self._add_check_item("info", tr("Choose the hazard: from the list or on the map."))
        if self.geometry is None:
            self._add_check_item(
                "info",
                tr("Digitise the released polygon, or take it from a selection or a file."),
            )
        if self._check_error:
            self._add_check_item("error", tr("The checks failed: {}").format(self._check_error))
        if check is None:
            self.outside_band.reset(QgsWkbTypes.PolygonGeometry)
            return
        messages = list(check.messages)
        if not messages:
            messages.append(("info", tr("Area: {}").format(format_area(check.area_m2))))
        for level, text in messages:
            self._add_check_item(level, text)
        if check.outside is not None and not check.outside.isEmpty():
            self.outside_band.setToGeometry(check.outside, self.layers.release.crs())
        else:
            self.outside_band.reset(QgsWkbTypes.PolygonGeometry)

    def _add_check_item(self, level: str, text: str):
        item = QListWidgetItem(theme_icon(level), text)
        item.setData(Qt.UserRole, level)
        item.setToolTip(text)
        self.checks_list.addItem(item)

    def _update_buttons(self):
        ready = self.layers is not None
        geometry = self.geometry
        invalid = geometry is not None and not geometry.isGeosValid()
        self.repair_button.setEnabled(ready and invalid)
        check = self._check
        self.save_button.setEnabled(
            ready
            and self.hazard is not None
            and geometry is not None
            and check is not None
            and check.valid
            and check.can_save
        )
        self.clear_button.setEnabled(ready)
        for button in (self.digitise_button, self.selection_button, self.file_button):
            button.setEnabled(ready)

    def _update_undo_buttons(self, *_):
        self.undo_button.setEnabled(self.undo_stack.canUndo())
        self.redo_button.setEnabled(self.undo_stack.canRedo())
        self.undo_button.setToolTip(
            tr("Undo: {}").format(self.undo_stack.undoText()) if self.undo_stack.canUndo() else ""
        )
        self.redo_button.setToolTip(
            tr("Redo: {}").format(self.undo_stack.redoText()) if self.undo_stack.canRedo() else ""
        )

    # --- attribute form ----------------------------------------------------------------------

    def _new_feature(self) -> QgsFeature:
        layer = self.layers.release
        attributes = {}
        if self.hazard is not None:
            attributes[layer.fields().indexOf("hazard_id")] = self.hazard["hazard_id"]
        context = layer.createExpressionContext()
        return QgsVectorLayerUtils.createFeature(
            layer, QgsGeometry(self.geometry or QgsGeometry()), attributes, context
        )

    def _build_form(self):
        self._drop_form()
        layer = self.layers.release
        context = QgsAttributeEditorContext()
        # not Embed: an embedded form refuses save() while a constraint fails, and the dock
        # needs the values to say (through the recording's validation) what is missing
        context.setFormMode(QgsAttributeEditorContext.StandaloneDialog)
        context.setMapCanvas(self.canvas)
        if hasattr(self.iface, "vectorLayerTools"):
            context.setVectorLayerTools(self.iface.vectorLayerTools())
        if hasattr(context, "setCadDockWidget") and hasattr(self.iface, "cadDockWidget"):
            context.setCadDockWidget(self.iface.cadDockWidget())
        form = QgsAttributeForm(layer, self._new_feature(), context, self.form_scroll)
        form.setMode(QgsAttributeEditorContext.FixAttributeMode)
        form.hideButtonBox()
        form.widgetValueChanged.connect(self._form_value_changed)
        self.form = form
        old = self.form_scroll.takeWidget()
        if old is not None and old is not form:
            old.deleteLater()
        self.form_scroll.setWidget(form)
        # The form follows the layer's editing state; the dock edits without an edit session.
        layer.editingStarted.connect(self._unlock_form)
        layer.editingStopped.connect(self._unlock_form)
        config = layer.editFormConfig()
        for name, wrapper in self._wrappers().items():
            index = layer.fields().indexOf(name)
            if name in ("fid", "hazard_id") or index < 0 or config.readOnly(index):
                wrapper.setEnabled(False)  # the hazard is chosen above, once
                continue
            self._editors.watch(wrapper)

    def _drop_form(self):
        form = self.form
        self.form = None
        if form is None or sip.isdeleted(form):
            return
        layer = self.layers.release if self.layers is not None else None
        if layer is not None and not sip.isdeleted(layer):
            for signal in (layer.editingStarted, layer.editingStopped):
                try:
                    signal.disconnect(self._unlock_form)
                except TypeError:
                    pass
        self._editors.forget()
        try:
            form.widgetValueChanged.disconnect(self._form_value_changed)
        except TypeError:
            pass
        if self.form_scroll.widget() is form:
            self.form_scroll.takeWidget()
        form.hide()
        form.setParent(None)
        sip.delete(form)

    def _wrappers(self) -> dict[str, QgsEditorWidgetWrapper]:
        """The form's editor widget wrappers by field name."""
        found = {}
        if self.form is None:
            return found
        for widget in self.form.findChildren(QWidget):
            wrapper = QgsEditorWidgetWrapper.fromWidget(widget)
            if wrapper is not None and wrapper.field().name() not in found:
                found[wrapper.field().name()] = wrapper
        return found

    def editor_widget(self, field_name: str) -> QWidget | None:
        """The editor widget of ``field_name`` in the form (for scripts and tests)."""
        wrapper = self._wrappers().get(field_name)
        return wrapper.widget() if wrapper is not None else None

    def _unlock_form(self, *_):
        """Editable editors, with their normal look (see EditableEditors)."""
        if self.form is not None and not sip.isdeleted(self.form):
            self._editors.unlock_all()

    def _form_value_changed(self, *_):
        # after the form's own state update, which follows this signal
        QTimer.singleShot(0, self._unlock_form)

    def _reset_form(self):
        if self.form is None or self.layers is None:
            return
        self.form.setFeature(self._new_feature())
        self.form.setMode(QgsAttributeEditorContext.FixAttributeMode)
        self._unlock_form()

    # --- save, clear, undo -------------------------------------------------------------------

    def candidate(self) -> Candidate | None:
        """The release as it would be saved: the form's values with the polygon and hazard."""
        if self.layers is None or self.form is None or self.geometry is None:
            return None
        self.form.save()
        feature = QgsFeature(self.form.feature())
        feature.setGeometry(QgsGeometry(self.geometry))
        if self.hazard is not None:
            feature.setAttribute("hazard_id", self.hazard["hazard_id"])
        release_id = feature["release_id"]
        points = []
        for point in self.points:
            point = QgsFeature(point)
            if point.fields().indexOf("owner_id") >= 0 and not _is_null(release_id):
                point.setAttribute("owner_id", release_id)
            points.append(point)
        return Candidate(feature, points)

    def save(self) -> SavedRelease | None:
        """Save the release in one transaction; None (and the reason shown) if not saved."""
        check = self.current_check()
        if self.layers is None or self.hazard is None or self.geometry is None:
            self.message_bar.pushMessage(
                tr("Choose a hazard and the released polygon first."), Qgis.Warning, 5
            )
            return None
        if check is None or not check.valid or not check.can_save:
            self.message_bar.pushMessage(
                tr("The release cannot be saved: see the checks."), Qgis.Critical, 0
            )
            return None
        candidate = self.candidate()
        QgsApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            saved = save_release(self.layers, candidate)
        except SaveError as error:
            QgsApplication.restoreOverrideCursor()
            self.message_bar.pushMessage(tr("Nothing was saved."), str(error), Qgis.Critical, 0)
            return None
        QgsApplication.restoreOverrideCursor()
        self.undo_stack.push(ReleaseCommand(self, saved))
        self.message_bar.clearWidgets()
        self.message_bar.pushMessage(
            tr(
                "Release {release} saved. Hazard {hazard} now has {ha} ha remaining ({status})."
            ).format(
                release=saved.release_id,
                hazard=saved.hazard_id,
                ha=format_ha(saved.remaining_m2),
                status=status_word(saved.status),
            ),
            Qgis.Success,
            10,
        )
        self._after_write()
        self.clear()
        return saved

    def clear(self):
        """Clear the polygon and the form for the next release; the hazard stays."""
        if self.layers is None:
            return
        self._stop_tool(self._digitise_tool, self.digitise_button)
        self.geometry = None
        self.points = []
        if self._sketch_layer is not None:
            self._sketch_layer.rollBack()
            self._sketch_layer.startEditing()
        self._reset_form()
        self._show_candidate()
        self._schedule_check()

    def _after_write(self):
        """Fresh hazard figures, checks and map after a save, undo or redo."""
        if self.layers is None:
            return
        if self.hazard is not None:
            self.hazard = self._hazard_by_id(self.hazard["hazard_id"])
        self._show_hazard()
        self._schedule_check()
        self.canvas.refresh()

    def _undo_saved(self, saved: SavedRelease) -> bool:
        if self.layers is None:
            return False
        try:
            undo_release(self.layers, saved)
        except SaveError as error:
            self.message_bar.pushMessage(
                tr("The release {} was not undone.").format(saved.release_id),
                str(error),
                Qgis.Critical,
                0,
            )
            return False
        hazard = self._hazard_by_id(saved.hazard_id)
        remaining = self._remaining_m2(hazard) if hazard is not None else 0.0
        status = hazard["status"] if hazard is not None else saved.previous_status
        self.message_bar.clearWidgets()
        self.message_bar.pushMessage(
            tr(
                "Release {release} removed. Hazard {hazard} has {ha} ha remaining ({status})."
            ).format(
                release=saved.release_id,
                hazard=saved.hazard_id,
                ha=format_ha(remaining),
                status=status_word(status),
            ),
            Qgis.Info,
            10,
        )
        self._after_write()
        return True

    def _redo_saved(self, saved: SavedRelease) -> SavedRelease | None:
        if self.layers is None:
            return None
        try:
            again = redo_release(self.layers, saved)
        except SaveError as error:
            self.message_bar.pushMessage(
                tr("The release {} was not saved again.").format(saved.release_id),
                str(error),
                Qgis.Critical,
                0,
            )
            return None
        self.message_bar.clearWidgets()
        self.message_bar.pushMessage(
            tr(
                "Release {release} saved again. Hazard {hazard} now has {ha} ha remaining "
                "({status})."
            ).format(
                release=again.release_id,
                hazard=again.hazard_id,
                ha=format_ha(again.remaining_m2),
                status=status_word(again.status),
            ),
            Qgis.Success,
            10,
        )
        self._after_write()
        return again

    # --- life cycle ----------------------------------------------------------------------------

    def showEvent(self, event):
        for band in (self.candidate_band, self.outside_band, self.hazard_band):
            if not sip.isdeleted(band):
                band.setVisible(True)
        super().showEvent(event)

    def closeEvent(self, event):
        self._stop_tools()
        for band in (self.candidate_band, self.outside_band, self.hazard_band):
            if not sip.isdeleted(band):
                band.setVisible(False)
        super().closeEvent(event)

    def unload(self):
        """Remove the map tools and rubber bands and stop listening to the project."""
        if self._unloaded:
            return
        self._stop_tools()
        self._check_timer.stop()
        self._rebind_timer.stop()
        for signal, slot in (
            (self.project.layersAdded, self._schedule_rebind),
            (self.project.layersWillBeRemoved, self._layers_will_be_removed),
            (self.project.layersRemoved, self._schedule_rebind),
            (self.project.removeAll, self._unbind),
        ):
            try:
                signal.disconnect(slot)
            except TypeError:
                pass
        self._delete_digitise_tool()
        self._unbind()
        self._unloaded = True
        tool, self._identify_tool = self._identify_tool, None
        if tool is not None and not sip.isdeleted(tool):
            if self.canvas.mapTool() is tool:
                self.canvas.unsetMapTool(tool)
            sip.delete(tool)
        for band in (self.candidate_band, self.outside_band, self.hazard_band):
            if not sip.isdeleted(band):
                self.canvas.scene().removeItem(band)
                sip.delete(band)
        if self._own_cad_dock is not None:
            sip.delete(self._own_cad_dock)
            self._own_cad_dock = None
        self.undo_stack.clear()
