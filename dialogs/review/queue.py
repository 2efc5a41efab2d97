"""The queue of releases waiting for review: listed for the map extent or a district, one row
each; the chosen one zoomed to, flashed and outlined, its checkdata errors shown."""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsMessageLog,
    QgsProject,
)
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QHeaderView, QTableWidgetItem

from ...storage.recording import LOG_TAG, SaveError
from ...storage.recording.review import PendingRelease, pending_releases
from ...storage.recording.review_checks import release_errors
from ...toolbelt.i18n import number_text
from ..record_release.labels import code_label
from . import scope

# What the officer needs first comes first: a side panel is narrow.
AREA_COLUMN = 4
ZOOM_MARGIN = 1.5  # the extent shown around a release, as a multiple of its size


def tr(text: str) -> str:
    return QCoreApplication.translate("ReviewReleasesDock", text)


def columns() -> list[str]:
    return [
        tr("Release"),
        tr("Hazard"),
        tr("Outcome"),
        tr("End date"),
        tr("Area (ha)"),
        tr("Organisation"),
        tr("Team"),
    ]


def row_texts(release: PendingRelease) -> list[str]:
    area = "–" if release.area_m2 is None else number_text(release.area_m2 / 10000.0, 2)
    return [
        release.release_id,
        release.hazard_id or "–",
        code_label("outcome", release.outcome),
        release.end_date or "–",
        area,
        release.organisation or "–",
        release.team or "–",
    ]


class QueuePart:
    """The dock's part that lists the queue (``self.queue``) and shows the chosen release."""

    def _setup_queue(self):
        table = self.queue_table
        table.setColumnCount(len(columns()))
        table.setHorizontalHeaderLabels(columns())
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setStretchLastSection(True)
        table.itemSelectionChanged.connect(self._release_chosen)

    def _area(self):
        """(polygon, its CRS) the queue is listed for; (None, None) when there is none."""
        if self.district_radio.isChecked():
            code = self.district_combo.currentData()
            layer = self._district_layer
            if not code or layer is None:
                return None, None
            return scope.district_geometry(layer, code), layer.crs()
        return self._listed_extent

    def capture_extent(self):
        """List the queue for the map extent shown now."""
        settings = self.canvas.mapSettings()
        extent = QgsGeometry.fromRect(self.canvas.extent())
        self._listed_extent = (extent, settings.destinationCrs())

    def refresh_queue(self):
        """List the pending releases again, keeping the chosen one (or its place)."""
        self._refresh_timer.stop()
        chosen = self.current_release()
        row = self.queue_table.currentRow()
        self.queue = []
        if self.layers is not None:
            area, crs = self._area()
            if area is not None or not self.district_radio.isChecked():
                try:
                    self.queue = pending_releases(self.layers, area, crs)
                except SaveError as error:
                    self.tell(Qgis.Critical, str(error), title=tr("Cannot list the releases."))
        self._fill_table(chosen.uuid if chosen else None, row)

    def _fill_table(self, keep_uuid: str | None, row: int):
        table = self.queue_table
        table.blockSignals(True)
        table.clearContents()
        table.setRowCount(len(self.queue))
        for r, release in enumerate(self.queue):
            for c, text in enumerate(row_texts(release)):
                item = QTableWidgetItem(text)
                if c == AREA_COLUMN:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                table.setItem(r, c, item)
        table.blockSignals(False)
        self.count_label.setText(self._count_text())
        uuids = [r.uuid for r in self.queue]
        if keep_uuid in uuids:
            row = uuids.index(keep_uuid)
        if self.queue:
            row = min(max(row, 0), len(self.queue) - 1)
            table.selectRow(row)
            table.setCurrentCell(row, 0)
        self._release_chosen()

    def _count_text(self) -> str:
        if self.layers is None:
            return tr("No land release database in the project.")
        if self.district_radio.isChecked() and not self.district_combo.currentData():
            return tr("Choose a district.")
        if not self.queue:
            return tr("No release is waiting for review here.")
        return tr("{} release(s) waiting for review.").format(len(self.queue))

    def current_release(self) -> PendingRelease | None:
        rows = self.queue_table.selectionModel().selectedRows()
        if not rows or not self.queue:
            return None
        row = rows[0].row()
        return self.queue[row] if 0 <= row < len(self.queue) else None

    def _release_chosen(self):
        release = self.current_release()
        self._update_buttons()
        if release is None:
            self.highlight.reset()
            self.checks_label.clear()
            return
        geometry = self._geometry_of(release)
        self._show(geometry)
        self._show_checks(release)

    def _geometry_of(self, release: PendingRelease) -> QgsGeometry | None:
        quoted = release.uuid.replace("'", "''")
        request = QgsFeatureRequest().setFilterExpression(f"\"uuid\" = '{quoted}'")
        for feature in self.layers.release.getFeatures(request):
            geometry = QgsGeometry(feature.geometry())
            return None if geometry.isNull() or geometry.isEmpty() else geometry
        return None

    def _show(self, geometry: QgsGeometry | None):
        """Zoom to the release, flash it and keep it outlined."""
        self.highlight.reset()
        if geometry is None:
            return
        source = self.layers.release.crs()
        target = self.canvas.mapSettings().destinationCrs()
        shown = QgsGeometry(geometry)
        if source != target:
            shown.transform(QgsCoordinateTransform(source, target, QgsProject.instance()))
        box = shown.boundingBox()
        box.scale(ZOOM_MARGIN)
        if box.width() == 0 or box.height() == 0:
            box.grow(10)
        self.canvas.setExtent(box)
        self.canvas.refresh()
        self.highlight.setToGeometry(geometry, self.layers.release)
        self.canvas.flashGeometries([geometry], source)

    def _show_checks(self, release: PendingRelease):
        self.errors = []
        try:
            self.errors = release_errors(self.layers, release.uuid)
        except ImportError:
            self.checks_label.setText(tr("The checks need shapely 2: see the README."))
            return
        except Exception as error:  # noqa: BLE001 - said in the dock, never a traceback
            QgsMessageLog.logMessage(repr(error), LOG_TAG, Qgis.Warning)
            self.checks_label.setText(
                tr("The checks could not run on this release: see the message log.")
            )
            return
        if not self.errors:
            self.checks_label.setStyleSheet("")
            self.checks_label.setText(tr("Checks: no errors."))
            return
        self.checks_label.setStyleSheet("color: #b00000;")
        self.checks_label.setText(
            tr("Checks: {} error(s):").format(len(self.errors))
            + "".join(f"\n• {e}" for e in self.errors)
        )
