"""The Review releases dock: quality management passes or fails the land releases waiting for
review, one after the other, from the keyboard. Its parts: :mod:`.queue` (the list and the
map), :mod:`.decision` (pass, fail); :mod:`.scope` finds the databases and districts."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsApplication, QgsProject, QgsWkbTypes
from qgis.gui import QgsDockWidget, QgsRubberBand
from qgis.PyQt import sip, uic
from qgis.PyQt.QtCore import QCoreApplication, QTimer
from qgis.PyQt.QtGui import QColor

from ...toolbelt import disconnect
from ..messages import MessagesPart
from . import scope
from .decision import DecisionPart
from .queue import QueuePart

FORM_CLASS, _ = uic.loadUiType(str(Path(__file__).with_name("review_releases.ui")))

OBJECT_NAME = "LandReleaseReviewDock"
REFRESH_DELAY_MS = 100
HIGHLIGHT_STROKE = QColor(255, 0, 255)


def tr(text: str) -> str:
    return QCoreApplication.translate("ReviewReleasesDock", text)


class ReviewReleasesDock(QueuePart, DecisionPart, MessagesPart, QgsDockWidget, FORM_CLASS):
    """Review land releases: the queue of pending releases of one database, in the map extent
    or a district; Pass (Ctrl+Return) or Fail (Ctrl+Shift+F, with a reason)."""

    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        if self.widget() is not self.dockContents:
            self.setWidget(self.dockContents)
        self._setup_messages()
        self.setObjectName(OBJECT_NAME)
        self.iface = iface
        self.canvas = iface.mapCanvas()
        self.project = QgsProject.instance()
        self.layers = None
        self.queue = []
        self.errors: list[str] = []
        self._district_layer = None
        self._listed_extent = (None, None)
        self._watched = []
        self._databases = []
        self._unloaded = False

        self.highlight = QgsRubberBand(self.canvas, QgsWkbTypes.PolygonGeometry)
        self.highlight.setStrokeColor(HIGHLIGHT_STROKE)
        self.highlight.setFillColor(QColor(0, 0, 0, 0))
        self.highlight.setWidth(3)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh_queue)
        self._bind_timer = QTimer(self)
        self._bind_timer.setSingleShot(True)
        self._bind_timer.setInterval(0)
        self._bind_timer.timeout.connect(self._bind)

        self.refresh_button.setIcon(QgsApplication.getThemeIcon("/mActionRefresh.svg"))
        self._setup_queue()
        self._setup_decision()
        self.database_combo.currentIndexChanged.connect(self._database_chosen)
        self.extent_radio.toggled.connect(self._scope_changed)
        self.district_combo.currentIndexChanged.connect(self._scope_changed)
        self.refresh_button.clicked.connect(self._list_again)
        self.project.layersAdded.connect(self._schedule_bind)
        self.project.layersWillBeRemoved.connect(self._layers_will_be_removed)
        self.project.layersRemoved.connect(self._schedule_bind)
        self._bind()

    # --- the database and the area ---------------------------------------------------------

    def _schedule_bind(self, *_):
        if not self._unloaded:
            self._bind_timer.start()

    def _bind(self):
        """Offer the project's land release databases, keeping the one chosen."""
        found = scope.databases(self.project)
        current = self.database_combo.currentText()
        self.database_combo.blockSignals(True)
        self.database_combo.clear()
        for label, _layers in found:
            self.database_combo.addItem(label)
        self._databases = [layers for _label, layers in found]
        index = max(self.database_combo.findText(current), 0) if found else -1
        self.database_combo.setCurrentIndex(index)
        self.database_combo.blockSignals(False)
        self._database_chosen()

    def _database_chosen(self, *_):
        index = self.database_combo.currentIndex()
        layers = self._databases[index] if 0 <= index < len(self._databases) else None
        if layers is not self.layers or layers is None:
            self._unwatch()
            self.layers = layers
            self._watch()
            self._fill_districts()
            self.capture_extent()
        self.refresh_queue()

    def _fill_districts(self):
        layers = self.layers
        self._district_layer = scope.district_layer(self.project, layers) if layers else None
        current = self.district_combo.currentData()
        self.district_combo.blockSignals(True)
        self.district_combo.clear()
        for district in scope.districts(self._district_layer):
            self.district_combo.addItem(district.label, district.code)
        index = self.district_combo.findData(current)
        self.district_combo.setCurrentIndex(index if index >= 0 else -1)
        self.district_combo.blockSignals(False)
        self.district_radio.setEnabled(self.district_combo.count() > 0)

    def _scope_changed(self, *_):
        if self.sender() is self.district_combo and self.district_combo.currentIndex() >= 0:
            self.district_radio.setChecked(True)
        if self.extent_radio.isChecked():
            self.capture_extent()
        self.refresh_queue()

    def _list_again(self):
        if self.extent_radio.isChecked():
            self.capture_extent()
        self.refresh_queue()

    # --- following the layers ---------------------------------------------------------------

    def _watch(self):
        if self.layers is None:
            return
        for layer in (self.layers.release,):
            layer.dataChanged.connect(self._schedule_refresh)
            layer.afterCommitChanges.connect(self._schedule_refresh)
            self._watched.append(layer)

    def _unwatch(self):
        for layer in self._watched:
            if sip.isdeleted(layer):
                continue
            disconnect(
                (signal, self._schedule_refresh)
                for signal in (layer.dataChanged, layer.afterCommitChanges)
            )
        self._watched = []

    def _schedule_refresh(self, *_):
        if not self._unloaded:
            self._refresh_timer.start()

    def _layers_will_be_removed(self, layer_ids):
        if self.layers is None:
            return
        ours = {layer.id() for layer in (self.layers.release, self.layers.hazard)}
        if ours & set(layer_ids):
            self._unwatch()
            self.layers = None
            self.queue = []
            self._databases = []
            self._fill_table(None, 0)

    # --- life cycle ---------------------------------------------------------------------------

    def closeEvent(self, event):
        if not sip.isdeleted(self.highlight):
            self.highlight.reset()
        super().closeEvent(event)

    def unload(self):
        """Stop listening to the project and its layers; take the outline off the map."""
        if self._unloaded:
            return
        self._unloaded = True
        self._refresh_timer.stop()
        self._bind_timer.stop()
        disconnect(
            (
                (self.project.layersAdded, self._schedule_bind),
                (self.project.layersWillBeRemoved, self._layers_will_be_removed),
                (self.project.layersRemoved, self._schedule_bind),
            )
        )
        self._unwatch()
        if not sip.isdeleted(self.highlight):
            self.canvas.scene().removeItem(self.highlight)
            sip.delete(self.highlight)
