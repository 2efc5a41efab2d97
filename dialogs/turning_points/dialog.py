"""The Turning points dialog: a polygon typed point by point, as field teams write it.

Each row is a point: a coordinate as typed (UTM, MGRS, degrees in decimal or DMS forms,
Pulkovo 1942 Gauss–Krüger X/Y) or a bearing and distance from the previous row (grid, true or
magnetic, in degrees, mils of 6400 or 6000 — "12-50" — or gon); ``core.point_rows`` reads them
and ``core.turning_points`` computes them. Every edit recomputes the points (after a short
pause), shows them numbered on the map canvas with the perimeter polygon, and reports the
closure error and the area; rows that cannot be read are marked with the reason, points outside
the programme's area are flagged. Magnetic bearings use the declination printed on the record
(typed) or the IGRF value at the first point on the record date — never 0.

The result is saved as a new hazard with its survey points (``recording.save_hazard``), as a
minefield record with its traverse legs and survey points (``recording.save_minefield_record``),
each in one transaction, or handed to the Record land release dock: the signal ``polygonReady``
carries the polygon (in the release layer's CRS) and the survey_point features, and the dialog
is accepted (``geometry()``, ``crs()`` and ``survey_points()`` give the same to a caller that
used ``exec_()``). Every change to the rows can be undone (``undo_stack``).

This module wires the form to the rest of the package: ``rows`` (editing the rows), ``undo``,
``table`` (columns and how computed rows look), ``canvas`` (the preview on the map), ``saving``
(what is saved or handed over) and ``messages`` (the core's codes in words).
"""

from __future__ import annotations

import csv
import functools
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProject,
    QgsSettings,
)
from qgis.gui import QgsRubberBand
from qgis.PyQt import sip, uic
from qgis.PyQt.QtCore import QCoreApplication, QTimer, pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)

try:  # Qt 5
    from qgis.PyQt.QtWidgets import QUndoStack
except ImportError:  # Qt 6
    from qgis.PyQt.QtGui import QUndoStack

from ...core import model
from ...core.area import ProgrammeArea
from ...core.csv_text import TextFileError
from ...core.point_rows import GK_INPUT, Settings
from ...core.pointfile import TableFileError, read_csv, write_csv
from ...core.traverse import TraverseResult
from ...core.turning_points import (
    CLOSURE_TOLERANCE_M,
    Computation,
    compute_rows,
    first_gk_zone,
    first_lonlat,
    read_date,
)
from ...qgis_io.crs import points_working_crs, pyproj_crs, utm_defaults
from ...qgis_io.geometry import ellipsoidal_areas
from ...qgis_io.point_files import text_file_message
from ...storage import programme
from ...storage.recording import ReleaseLayers, find_layers
from .canvas import MapPreview, PointLabels, _remove_canvas_items
from .messages import (
    accepted_forms,
    closure_text,
    code_label,
    date_message,
    declination_problem,
    declination_text,
    file_error_message,
    file_note_text,
    input_format_names,
    local_point_type_labels,
    outside_text,
    problem_text,
    refused_text,
    row_message,
)
from .rows import RowsEditing
from .saving import Saving
from .table import (
    BLOCKED_TEXT,
    COL_EASTING,
    COL_NORTHING,
    ERROR_TEXT,
    GK_COLUMNS,
    INFO_TEXT,
    WARNING_TEXT,
    _NoWheelUnlessFocused,
    setup_table,
    show_gk,
    show_row,
)
from .undo import RowsUndo

FORM_CLASS, _ = uic.loadUiType(str(Path(__file__).with_name("turning_points.ui")))

OBJECT_NAME = "LandReleaseTurningPointsDialog"
RECOMPUTE_DELAY_MS = 150
SETTINGS_DIR = "landrelease/turning_points/last_folder"
TARGETS = ("hazard", "release", "record")


def tr(text: str) -> str:
    return QCoreApplication.translate("TurningPointsDialog", text)


class TurningPointsDialog(RowsEditing, RowsUndo, Saving, QDialog, FORM_CLASS):
    """Points as coordinates or bearing + distance, live on the map, saved as a hazard or a
    minefield record, or handed to the Record land release dock (``polygonReady``)."""

    polygonReady = pyqtSignal(QgsGeometry, list)  # noqa: N815 - Qt signal naming
    hazardSaved = pyqtSignal(str)  # noqa: N815 - Qt signal naming
    recordSaved = pyqtSignal(str)  # noqa: N815 - Qt signal naming

    def __init__(self, iface, layers: ReleaseLayers | None = None, parent=None, target=None):
        if isinstance(layers, QWidget) and parent is None:  # TurningPointsDialog(iface, dock)
            parent, layers = layers, None
        super().__init__(parent)
        self.setupUi(self)
        self.setObjectName(OBJECT_NAME)
        self.setModal(False)
        self.iface = iface
        self.project = QgsProject.instance()
        if layers is None and isinstance(getattr(parent, "layers", None), ReleaseLayers):
            layers = parent.layers
        self.layers = layers if layers is not None else find_layers(self.project)
        self.canvas = iface.mapCanvas() if iface is not None else None
        self._computation: Computation | None = None
        self._working_crs = QgsCoordinateReferenceSystem(model.DEFAULT_CRS)
        self._updating = False
        self._suspended = 1  # no undo commands while the dialog is built
        self._areas: dict[str, ProgrammeArea | None] = {}
        self._target_chosen = target is not None
        self.preview = MapPreview(self.canvas, self.project)
        self._wheel_filter = _NoWheelUnlessFocused(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECOMPUTE_DELAY_MS)
        self._timer.timeout.connect(self.recompute)
        self.destroyed.connect(
            functools.partial(_remove_canvas_items, self.canvas, self.preview.items)
        )
        self.undo_stack = QUndoStack(self)

        self._setup_widgets()
        self._setup_table()
        self._setup_undo()
        if target is None:
            target = "release" if hasattr(parent, "set_candidate_geometry") else "hazard"
        self.set_target(target)
        self.add_row()
        self._suspended = 0
        self._state = self._table_state()
        self.project.layersWillBeRemoved.connect(self._layers_will_be_removed)
        if self.canvas is not None:
            self.canvas.destinationCrsChanged.connect(self._refresh_preview)
        self.recompute()

    # --- set-up ---------------------------------------------------------------------------------

    def _setup_widgets(self):
        self._fill_combos()
        self.declination_spin.setClearValueMode(
            self.declination_spin.MinimumValue, tr("from the date")
        )
        self.declination_spin.setShowClearButton(True)
        self.declination_spin.clear()
        defaults = utm_defaults(self._target_crs())
        if defaults is None and self.project.crs().isValid():
            defaults = utm_defaults(self.project.crs())
        if defaults is not None:
            self.zone_spin.setValue(defaults[0])
            self.hemisphere_combo.setCurrentIndex(self.hemisphere_combo.findData(defaults[1]))
        self._setup_completers()
        self._setup_buttons()
        for combo in (self.unit_combo, self.north_combo, self.hemisphere_combo, self.format_combo):
            combo.currentIndexChanged.connect(self._schedule)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.declination_spin.valueChanged.connect(self._schedule)
        self.record_date_edit.textChanged.connect(self._schedule)
        self.zone_spin.valueChanged.connect(self._schedule)
        self.gk_columns_check.toggled.connect(self._show_gk_columns)
        for radio in (self.hazard_radio, self.release_radio, self.record_radio):
            radio.toggled.connect(self._target_toggled)
        self.owner_id_edit.textChanged.connect(self._update_buttons)

    def _fill_combos(self):
        for code in model.CODE_LISTS["bearing_unit"].codes:
            self.unit_combo.addItem(code_label("bearing_unit", code.code), code.code)
        for code in model.CODE_LISTS["north"].codes:
            self.north_combo.addItem(code_label("north", code.code), code.code)
        self.hemisphere_combo.addItem(tr("North (N)"), "N")
        self.hemisphere_combo.addItem(tr("South (S)"), "S")
        for code, name in input_format_names().items():
            self.format_combo.addItem(name, code)
        self.format_combo.setToolTip(
            tr(
                "Detect reads every form below; with a format chosen, a row in another one is "
                "refused. With Gauss–Krüger chosen, two bare numbers are X (north) then Y "
                "(east, with the zone)."
            )
            + "\n\n"
            + accepted_forms()
        )
        for code in model.CODE_LISTS["classification"].codes:
            self.classification_combo.addItem(code_label("classification", code.code), code.code)
        for combo, characters in (
            (self.unit_combo, 8),
            (self.north_combo, 10),
            (self.format_combo, 16),
            (self.hemisphere_combo, 7),
            (self.classification_combo, 9),
        ):  # the longest item must not widen the dialog: the list opens wider
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(characters)

    def _setup_completers(self):
        if self.layers is None:
            return
        for layer, name, edit in (
            (self.layers.hazard, "district", self.district_edit),
            (self.layers.minefield_record, "side", self.side_edit),
            (self.layers.minefield_record, "mine_types", self.mine_types_edit),
        ):
            index = layer.fields().indexOf(name) if layer is not None else -1
            if index >= 0:
                values = sorted(str(v) for v in layer.uniqueValues(index) if v)
                edit.setCompleter(QCompleter(values, self))

    def _setup_buttons(self):
        icons = {
            self.add_row_button: "/symbologyAdd.svg",
            self.insert_row_button: "/mActionNewTableRow.svg",
            self.delete_row_button: "/symbologyRemove.svg",
            self.move_up_button: "/mActionArrowUp.svg",
            self.move_down_button: "/mActionArrowDown.svg",
            self.undo_button: "/mActionUndo.svg",
            self.redo_button: "/mActionRedo.svg",
            self.zoom_button: "/mActionZoomToLayer.svg",
            self.import_button: "/mActionFileOpen.svg",
            self.export_button: "/mActionFileSave.svg",
            self.save_button: "/mActionSaveEdits.svg",
        }
        for button, name in icons.items():
            button.setIcon(QgsApplication.getThemeIcon(name))
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.add_row_button.clicked.connect(lambda: self.add_row(edit=True))
        self.insert_row_button.clicked.connect(self.insert_row)
        self.delete_row_button.clicked.connect(self.delete_rows)
        self.move_up_button.clicked.connect(lambda: self.move_row(-1))
        self.move_down_button.clicked.connect(lambda: self.move_row(1))
        self.zoom_button.clicked.connect(self.zoom_to_points)
        self.import_button.clicked.connect(self._import_clicked)
        self.export_button.clicked.connect(self._export_clicked)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close)

    def _setup_table(self):
        self.delegate = setup_table(self.table)
        self.delegate.enterPressed.connect(self._enter_pressed)
        self.delegate.pasteRequested.connect(self._paste_at)
        self.table.itemChanged.connect(self._item_changed)
        self.table.installEventFilter(self)

    def _format_changed(self, *_):
        if self.format_combo.currentData() == GK_INPUT:
            self.gk_columns_check.setChecked(True)

    def _show_gk_columns(self, shown: bool) -> None:
        for column in GK_COLUMNS:
            self.table.setColumnHidden(column, not shown)
        self._schedule()

    # --- target ---------------------------------------------------------------------------------

    def set_target(self, target: str) -> None:
        """Save as a "hazard" or a minefield "record" (saved here), or hand the polygon over for
        a "release"."""
        self._target_chosen = True
        radios = {"release": self.release_radio, "record": self.record_radio}
        radios.get(target, self.hazard_radio).setChecked(True)
        self._target_toggled()

    def target(self) -> str:
        if self.record_radio.isChecked():
            return "record"
        return "hazard" if self.hazard_radio.isChecked() else "release"

    def _target_toggled(self, *_):
        target = self.target()
        labels = {
            "hazard": (tr("Hazard ID"), tr("e.g. CHA-TAR-0001"), tr("Save hazard")),
            "release": (
                tr("Release ID"),
                tr("optional: the dock's form has it"),
                tr("Use for land release"),
            ),
            "record": (tr("Record ID"), tr("e.g. MFR-AGD-0017"), tr("Save minefield record")),
        }
        label, placeholder, button = labels[target]
        self.owner_label.setText(label)
        self.owner_id_edit.setPlaceholderText(placeholder)
        hazard = (
            self.classification_label,
            self.classification_combo,
            self.district_label,
            self.district_edit,
        )
        record = (
            self.document_label,
            self.document_edit,
            self.side_label,
            self.side_edit,
            self.mine_types_label,
            self.mine_types_edit,
            self.mines_label,
            self.mines_edit,
            self.accuracy_label,
            self.accuracy_edit,
        )
        for widget in hazard:
            widget.setVisible(target == "hazard")
        for widget in record:
            widget.setVisible(target == "record")
        self.save_button.setText(button)
        self._schedule()

    def _target_layer(self):
        if self.layers is None:
            return None
        layer = {
            "hazard": self.layers.hazard,
            "release": self.layers.release,
            "record": self.layers.minefield_record or self.layers.hazard,
        }[self.target()]
        return None if layer is None or sip.isdeleted(layer) else layer

    def _target_crs(self) -> QgsCoordinateReferenceSystem:
        layer = self._target_layer()
        if layer is not None:
            return layer.crs()
        if self.project.crs().isValid():
            return self.project.crs()
        return QgsCoordinateReferenceSystem(model.DEFAULT_CRS)

    def programme_area(self) -> ProgrammeArea | None:
        """The programme's area of the target layer's database (read once per layer)."""
        layer = self._target_layer()
        if layer is None:
            return None
        if layer.id() not in self._areas:
            try:
                self._areas[layer.id()] = programme.programme_area(layer)
            except ValueError:  # districts without a usable extent: no flag rather than a crash
                self._areas[layer.id()] = None
        return self._areas[layer.id()]

    def _layers_will_be_removed(self, ids):
        if self.layers is None:
            return
        ours = (self.layers.release, self.layers.hazard, self.layers.survey_point)
        if any(sip.isdeleted(layer) or layer.id() in ids for layer in ours):
            self.layers = None
            self._areas.clear()
            self._schedule()
            return
        for name in ("minefield_record", "traverse_leg"):
            layer = getattr(self.layers, name)
            if layer is not None and (sip.isdeleted(layer) or layer.id() in ids):
                self._areas.pop(layer.id() if not sip.isdeleted(layer) else None, None)
                setattr(self.layers, name, None)
                self._schedule()

    # --- computing ------------------------------------------------------------------------------

    def settings(self) -> Settings:
        spin = self.declination_spin
        typed = spin.value() > spin.minimum()
        return Settings(
            unit=self.unit_combo.currentData(),
            north=self.north_combo.currentData(),
            declination_deg=spin.value() if typed else None,
            zone=self.zone_spin.value() or None,
            hemisphere=self.hemisphere_combo.currentData(),
            input_format=self.format_combo.currentData(),
            record_date=self.record_date_edit.text(),
        )

    def set_declination(self, value: float | None) -> None:
        """Type the declination printed on the record (degrees east), or None for the IGRF
        value of the record date."""
        if value is None:
            self.declination_spin.clear()
        else:
            self.declination_spin.setValue(float(value))

    def _schedule(self, *_):
        self._timer.start()

    def computation(self) -> Computation:
        """The current computation (done now if an edit is waiting)."""
        if self._timer.isActive() or self._computation is None:
            self.recompute()
        return self._computation

    def result(self) -> TraverseResult | None:
        """The points, perimeter, polygon (working CRS) and closure, or None while a row has an
        error or there are fewer than 3 perimeter points."""
        return self.computation().result

    def working_crs(self) -> QgsCoordinateReferenceSystem:
        """The CRS the points are computed in: the target layer's if it is projected, else the
        UTM zone of the first point."""
        self.computation()
        return self._working_crs

    def problem(self) -> str:
        """Why there is no polygon, in words ("" when there is one)."""
        computation = self.computation()
        return problem_text(computation, self.settings().unit, self._working_crs.authid())

    def recompute(self) -> None:
        self._timer.stop()
        rows, settings = self.rows(), self.settings()
        crs = points_working_crs(self._target_crs(), first_lonlat(rows, settings))
        project = self.project

        def measure_area(polygon) -> float:  # as the save path measures it
            return ellipsoidal_areas([polygon], crs, project)[0]

        computation = compute_rows(
            rows, settings, pyproj_crs(crs), self.programme_area(), measure_area
        )
        self._computation, self._working_crs = computation, crs
        self._show_declination(computation)
        self._show_rows(computation)
        self._show_closure(computation)
        self._show_preview(computation)
        self._update_buttons()

    def _show_declination(self, computation: Computation) -> None:
        declination = computation.declination
        if declination.value is not None:
            text = declination_text(declination)
            colour = QColor(0, 0, 0)
            if not computation.magnetic:
                text = tr("{} (not used: no magnetic bearings)").format(text)
                colour = INFO_TEXT
        elif computation.magnetic:
            text, colour = declination_problem(declination), ERROR_TEXT
        else:
            date_error = read_date(self.settings())[1]
            date_problem = date_message(date_error) if date_error is not None else None
            text = date_problem or tr("Not needed: no magnetic bearings.")
            colour = WARNING_TEXT if date_problem else INFO_TEXT
        self.declination_label.setText(text)
        self.declination_label.setToolTip(text)
        self.declination_label.setStyleSheet(f"color: {colour.name()};")

    def _display_transform(self):
        target = self._target_crs()
        if target == self._working_crs:
            return None, target
        return QgsCoordinateTransform(self._working_crs, target, self.project), target

    def _show_rows(self, computation: Computation) -> None:
        transform, target = self._display_transform()
        geographic = target.isGeographic()
        unit_name = target.authid() or target.description()
        names = (tr("Longitude"), tr("Latitude")) if geographic else (tr("Easting"), tr("Northing"))
        for column, name in zip((COL_EASTING, COL_NORTHING), names):
            self.table.horizontalHeaderItem(column).setText(name)
            self.table.horizontalHeaderItem(column).setToolTip(
                tr("Computed, in {}").format(unit_name)
            )
        self.crs_label.setText(
            tr("Points computed in {}").format(self._working_crs.userFriendlyIdentifier())
        )
        gk = self.gk_columns_check.isChecked()
        zone = first_gk_zone(computation) if gk else None
        crs_name = self._working_crs.authid()
        self._updating = True
        try:
            for row, (values, result) in enumerate(zip(computation.inputs, computation.rows)):
                message = row_message(result, computation.declination, crs_name)
                outside = outside_text(computation.area) if result.outside else ""
                detail = "\n".join(filter(None, [outside, result.detail]))
                show_row(self.table, row, values, result, message, detail, transform, geographic)
                show_gk(self.table, row, result, zone if gk else None)
        finally:
            self._updating = False

    def closure_text(self, computation: Computation) -> str:
        problem = problem_text(computation, self.settings().unit, self._working_crs.authid())
        return closure_text(computation, problem)

    def _show_closure(self, computation: Computation) -> None:
        self.closure_label.setText(self.closure_text(computation))
        result = computation.result
        if result is None:
            colour = ERROR_TEXT if computation.errors else QColor(70, 70, 70)
        elif not computation.valid:
            colour = ERROR_TEXT
        elif result.closure_error_m > CLOSURE_TOLERANCE_M or computation.outside:
            colour = BLOCKED_TEXT
        else:
            colour = QColor(0, 0, 0)
        weight = "bold" if result is not None else "normal"
        self.closure_label.setStyleSheet(f"color: {colour.name()}; font-weight: {weight};")

    def _update_buttons(self, *_) -> None:
        computation = self._computation
        ready = computation is not None and computation.result is not None and computation.valid
        has_layers = self.layers is not None
        self.save_button.setEnabled(bool(ready and has_layers))
        if not has_layers:
            self.save_button.setToolTip(
                tr("No land release database in the project: the points are only previewed.")
            )
        elif not ready:
            self.save_button.setToolTip(tr("The polygon is not complete or not valid yet."))
        else:
            self.save_button.setToolTip("")
        self._update_row_buttons()

    # --- the map --------------------------------------------------------------------------------

    def clear_preview(self) -> None:
        """Take the preview off the map."""
        self.preview.clear()

    def _refresh_preview(self, *_):
        if self._computation is not None:
            self._show_preview(self._computation)

    def polygon_band(self) -> QgsRubberBand | None:
        """The rubber band of the perimeter (canvas CRS), for tests and callers."""
        return self.preview.polygon_band

    def point_labels(self) -> PointLabels | None:
        return self.preview.labels

    def _show_preview(self, computation: Computation) -> None:
        if self.isVisible():
            self.preview.show(computation, self._working_crs)

    def zoom_to_points(self) -> None:
        self.preview.zoom()

    def showEvent(self, event):  # noqa: N802
        super().showEvent(event)
        if not self._target_chosen and self.receivers(self.polygonReady) > 0:
            self.set_target("release")
        self._schedule()

    def hideEvent(self, event):  # noqa: N802
        if not event.spontaneous():
            self.clear_preview()
        super().hideEvent(event)

    # --- CSV ------------------------------------------------------------------------------------

    def import_csv(self, path: str, record_id: str | None = None) -> int:
        """Replace the table by the rows of a CSV file (one undoable change); returns the number
        of rows read. Rows whose coordinate cannot be read are named in the message."""
        table = read_csv(path, record_id, self.settings(), local_point_type_labels())
        with self._undoable(tr("Import {}").format(Path(path).name)):
            for combo, code in ((self.unit_combo, table.unit), (self.north_combo, table.north)):
                if code and combo.findData(code) >= 0:
                    combo.setCurrentIndex(combo.findData(code))
            if table.declination_deg is not None:
                self.set_declination(table.declination_deg)
            if table.record_date:
                self.record_date_edit.setText(table.record_date)
            self.set_rows(table.rows)
        notes = [tr("{} rows read from {}.").format(len(table.rows), Path(path).name)]
        notes += [file_note_text(note) for note in table.notes]
        if table.refused:
            refused = " ".join(refused_text(r) for r in table.refused)
            notes.append(tr("Coordinates that cannot be read:") + " " + refused)
        self._message(" ".join(notes), "error" if table.refused else "info")
        self.recompute()
        return len(table.rows)

    def export_csv(self, path: str) -> int:
        """Write the table to a UTF-8 CSV file; returns the number of rows written."""
        count = write_csv(path, self.computation(), self.settings())
        self._message(tr("{} rows written to {}.").format(count, Path(path).name), "info")
        return count

    def _folder(self) -> str:
        return QgsSettings().value(SETTINGS_DIR, "", type=str)

    def _remember(self, path: str) -> None:
        QgsSettings().setValue(SETTINGS_DIR, str(Path(path).parent))

    def _import_clicked(self):
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Import points or legs"), self._folder(), tr("CSV files (*.csv *.txt)")
        )
        if not path:
            return
        filled = sum(1 for row in self.rows() if not row.is_empty())
        if filled:
            answer = QMessageBox.question(
                self,
                tr("Import points or legs"),
                tr(
                    "Replace the {} rows of the table by the file's? (Undo brings them back.)"
                ).format(filled),
            )
            if answer != QMessageBox.Yes:
                return
        self._remember(path)
        try:
            self.import_csv(path)
        except TextFileError as error:  # it names the file
            self._message(text_file_message(error), "error")
        except TableFileError as error:
            self._message(tr("Cannot read {}: {}").format(path, file_error_message(error)), "error")
        except (OSError, csv.Error) as error:
            self._message(tr("Cannot read {}: {}").format(path, error), "error")

    def _export_clicked(self):
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Export the table"), self._folder(), tr("CSV files (*.csv)")
        )
        if not path:
            return
        if not path.lower().endswith(".csv"):
            path += ".csv"
        self._remember(path)
        try:
            self.export_csv(path)
        except OSError as error:
            self._message(tr("Cannot write {}: {}").format(path, error), "error")
