"""The live checks of the release being recorded (area, part outside the hazard, overlaps), shown
as they change, and the buttons they allow."""

from __future__ import annotations

from qgis.core import Qgis, QgsMessageLog, QgsWkbTypes
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QListWidgetItem

from ...storage.recording import LiveCheck, check_candidate
from .labels import format_area, theme_icon

LOG_TAG = "Land Release"


def tr(text: str) -> str:
    return QCoreApplication.translate("RecordReleaseDock", text)


class LiveChecksPart:
    """The dock's part that runs and shows the live checks (``self._check``)."""

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
        sticks_out = (
            check is not None
            and check.valid
            and check.outside is not None
            and not check.outside.isEmpty()
            and check.outside_m2 < check.area_m2
        )
        self.clip_button.setEnabled(ready and self.hazard is not None and sticks_out)
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
