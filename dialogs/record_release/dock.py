"""The Record land release dock: its widgets, rubber bands, timers and life cycle.

The dock is a controller: the checks and the transaction are ``storage.recording``'s; the
polygon sources are ``qgis_io``'s (point_files, source_polygon); the widgets are QGIS's own
(feature picker, capture tool, identify tool, attribute form with the layer's widgets, rubber
bands). What it does is in its parts, one concern a module of this package (binding, hazard,
map_tools, released_polygon, checks, messages, form, saving), mixed into :class:`RecordReleaseDock`.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.gui import (
    QgsAdvancedDigitizingDockWidget,
    QgsAttributeForm,
    QgsDockWidget,
    QgsMapToolDigitizeFeature,
    QgsMapToolIdentifyFeature,
    QgsRubberBand,
)
from qgis.PyQt import sip, uic
from qgis.PyQt.QtCore import QCoreApplication, Qt, QTimer
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QUndoStack

from ...storage.recording import LiveCheck, ReleaseLayers
from ...toolbelt import disconnect
from ..messages import MessagesPart
from .binding import BindingPart
from .checks import LiveChecksPart
from .form import EditableEditors, FormPart
from .hazard import HazardPart
from .map_tools import MapToolsPart
from .photo_view import PhotoPart, PhotoView
from .released_polygon import ReleasedPolygonPart
from .saving import SavingPart

FORM_CLASS, _ = uic.loadUiType(str(Path(__file__).with_name("record_release.ui")))

OBJECT_NAME = "LandReleaseRecordDock"
CHECK_DELAY_MS = 150

CANDIDATE_STROKE = QColor(0, 90, 200)
CANDIDATE_FILL = QColor(0, 120, 255, 60)
OUTSIDE_STROKE = QColor(220, 0, 0)
OUTSIDE_FILL = QColor(230, 0, 0, 120)
HAZARD_STROKE = QColor(255, 170, 0)


def tr(text: str) -> str:
    return QCoreApplication.translate("RecordReleaseDock", text)


class RecordReleaseDock(
    BindingPart,
    HazardPart,
    MapToolsPart,
    ReleasedPolygonPart,
    LiveChecksPart,
    MessagesPart,
    FormPart,
    PhotoPart,
    SavingPart,
    QgsDockWidget,
    FORM_CLASS,
):
    """Record land release: the daily dialog of a mine action GIS officer. Each part (a mixin of
    this package) holds one concern; this class builds the widgets and owns the life cycle."""

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

    def _setup_widgets(self):
        self._setup_messages()
        self.checks_list.setWordWrap(True)
        # the area and the remaining area read whole; more lines scroll (the dock must fit a
        # laptop's screen)
        self.checks_list.setMinimumHeight(self.checks_list.fontMetrics().lineSpacing() * 4 + 8)
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

        self.photo_view = PhotoView(self.attributesGroup)
        self.attributesLayout.addWidget(self.photo_view)
        self.photo_view.add_requested.connect(self._add_photo)
        self.hazard_picker.setAllowNull(True)
        self.hazard_picker.setDisplayExpression('"hazard_id"')
        self.hazard_picker.featureChanged.connect(self._picker_changed)
        self.pick_button.toggled.connect(self._pick_on_map)
        self.digitise_button.toggled.connect(self._digitise)
        self.selection_button.clicked.connect(self._from_selection)
        self.file_button.clicked.connect(self._from_file)
        self.repair_button.clicked.connect(self.repair_geometry)
        self.clip_button.clicked.connect(self.clip_to_hazard)
        self.clip_button.setIcon(QgsApplication.getThemeIcon("/algorithms/mAlgorithmClip.svg"))
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
        disconnect(
            (
                (self.project.layersAdded, self._schedule_rebind),
                (self.project.layersWillBeRemoved, self._layers_will_be_removed),
                (self.project.layersRemoved, self._schedule_rebind),
                (self.project.removeAll, self._unbind),
            )
        )
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
