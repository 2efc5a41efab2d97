"""The rows of the Turning points table as typed: read as RowInput, written, added, inserted,
deleted, moved, pasted and copied (a mixin of TurningPointsDialog)."""

from __future__ import annotations

from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QEvent, Qt, QTimer
from qgis.PyQt.QtGui import QKeySequence
from qgis.PyQt.QtWidgets import QApplication, QComboBox, QTableWidgetItem

from ...core import model
from ...core.point_rows import (
    APPROACH_TYPES,
    BEARING,
    COORDINATE,
    DEFAULT_TYPE,
    FIRST_TYPE,
    RowInput,
    parse_pasted_line,
)
from .messages import code_label, local_point_type_labels
from .table import (
    COL_BEARING,
    COL_COORD,
    COL_DISTANCE,
    COL_ENTRY,
    COL_REMARKS,
    COL_SEQ,
    COL_TYPE,
    COMPUTED_COLUMNS,
    NUMBER_COLUMNS,
    TEXT_COLUMNS,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("TurningPointsDialog", text)


class RowsEditing:
    """Rows of ``table`` as typed; every change goes through ``_undoable`` (RowsUndo) and
    schedules a recomputation (``_schedule``)."""

    def _combo(self, row: int, column: int) -> QComboBox:
        return self.table.cellWidget(row, column)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _entry(self, row: int) -> str:
        combo = self._combo(row, COL_ENTRY)
        return combo.currentData() if combo is not None else BEARING

    def _guess_type(self, row: int) -> str:
        if row == 0:
            return FIRST_TYPE
        types = [self._combo(r, COL_TYPE).currentData() for r in range(row)]
        if types and types[-1] in APPROACH_TYPES and "start" not in types:
            return "start"
        return DEFAULT_TYPE

    def _new_combo(self, items, value, what: str) -> QComboBox:
        combo = QComboBox(self.table)
        for label, data in items:
            combo.addItem(label, data)
        combo.setCurrentIndex(max(combo.findData(value), 0))
        combo.setFocusPolicy(Qt.StrongFocus)
        combo.installEventFilter(self._wheel_filter)
        combo.currentIndexChanged.connect(self._schedule)
        combo.currentIndexChanged.connect(lambda *_: self._record(what))
        return combo

    def _init_row(self, row: int, point_type: str | None = None, entry: str | None = None):
        self._updating = True
        try:
            for column in range(self.table.columnCount()):
                if column in (COL_TYPE, COL_ENTRY):
                    continue
                item = QTableWidgetItem("")
                if column in COMPUTED_COLUMNS:
                    item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
                if column in NUMBER_COLUMNS:
                    item.setTextAlignment(int(Qt.AlignRight | Qt.AlignVCenter))
                self.table.setItem(row, column, item)
            types = [
                (code_label("point_type", c.code), c.code)
                for c in model.CODE_LISTS["point_type"].codes
            ]
            entries = [(tr("Coordinate"), COORDINATE), (tr("Bearing"), BEARING)]
            type_combo = self._new_combo(
                types, point_type or self._guess_type(row), tr("Change a point type")
            )
            self.table.setCellWidget(row, COL_TYPE, type_combo)
            entry = entry or (COORDINATE if row == 0 else BEARING)
            entry_combo = self._new_combo(entries, entry, tr("Change an entry"))
            self.table.setCellWidget(row, COL_ENTRY, entry_combo)
        finally:
            self._updating = False

    def _renumber(self):
        self._updating = True
        try:
            for row in range(self.table.rowCount()):
                self.table.item(row, COL_SEQ).setText(str(row + 1))
        finally:
            self._updating = False
        self._update_row_buttons()

    def _update_row_buttons(self) -> None:
        self.move_up_button.setEnabled(self.table.rowCount() > 1)
        self.move_down_button.setEnabled(self.table.rowCount() > 1)

    def row_input(self, row: int) -> RowInput:
        return RowInput(
            seq=row + 1,
            point_type=self._combo(row, COL_TYPE).currentData(),
            entry=self._entry(row),
            coordinate=self._text(row, COL_COORD),
            bearing=self._text(row, COL_BEARING),
            distance=self._text(row, COL_DISTANCE),
            remarks=self._text(row, COL_REMARKS),
        )

    def rows(self) -> list[RowInput]:
        return [self.row_input(r) for r in range(self.table.rowCount())]

    def _write_row(self, row: int, values: RowInput) -> None:
        self._updating = True
        try:
            for column, combo_value in ((COL_TYPE, values.point_type), (COL_ENTRY, values.entry)):
                combo = self._combo(row, column)
                combo.blockSignals(True)
                combo.setCurrentIndex(max(combo.findData(combo_value), 0))
                combo.blockSignals(False)
            for column, text in (
                (COL_COORD, values.coordinate),
                (COL_BEARING, values.bearing),
                (COL_DISTANCE, values.distance),
                (COL_REMARKS, values.remarks),
            ):
                self.table.item(row, column).setText(text or "")
        finally:
            self._updating = False
        self._schedule()

    def _ensure_rows(self, count: int) -> None:
        while self.table.rowCount() < count:
            row = self.table.rowCount()
            self.table.insertRow(row)
            self._init_row(row)
        self._renumber()

    def set_row(
        self,
        i: int,
        point_type: str,
        coordinate: str | None = None,
        bearing=None,
        distance=None,
        remarks: str | None = None,
    ) -> None:
        """Fill row ``i`` (0-based; rows are added up to it): a coordinate, or a bearing and a
        distance from the previous row."""
        with self._undoable(tr("Edit row {}").format(i + 1)):
            self._ensure_rows(i + 1)
            entry = COORDINATE if coordinate is not None else BEARING
            self._write_row(
                i,
                RowInput(
                    seq=i + 1,
                    point_type=point_type,
                    entry=entry,
                    coordinate=coordinate or "",
                    bearing="" if bearing is None else str(bearing),
                    distance="" if distance is None else str(distance),
                    remarks=remarks or "",
                ),
            )

    def set_rows(self, rows: list[RowInput]) -> None:
        """Replace the table by ``rows``."""
        with self._undoable(tr("Replace the rows")):
            self.table.setRowCount(0)
            self._ensure_rows(max(len(rows), 1))
            for i, row in enumerate(rows):
                self._write_row(i, row)
            self._schedule()

    def add_row(self, edit: bool = False) -> int:
        """Append a row (type and entry guessed from the rows above); returns its index."""
        with self._undoable(tr("Add a row")):
            row = self.table.rowCount()
            self.table.insertRow(row)
            self._init_row(row)
            self._renumber()
        if edit:
            self._edit(row)
        self._schedule()
        return row

    def insert_row(self) -> int:
        with self._undoable(tr("Insert a row")):
            row = max(self.table.currentRow(), 0)
            self.table.insertRow(row)
            self._init_row(row, DEFAULT_TYPE if row else FIRST_TYPE)
            self._renumber()
            self.table.setCurrentCell(row, COL_COORD if row == 0 else COL_BEARING)
        self._schedule()
        return row

    def _selected_rows(self) -> list[int]:
        rows = {index.row() for index in self.table.selectedIndexes()}
        if not rows and self.table.currentRow() >= 0:
            rows = {self.table.currentRow()}
        return sorted(rows)

    def delete_rows(self) -> None:
        with self._undoable(tr("Delete rows")):
            for row in reversed(self._selected_rows()):
                self.table.removeRow(row)
            if self.table.rowCount() == 0:
                self.add_row()
            self._renumber()
        self._schedule()

    def move_row(self, step: int) -> None:
        row = self.table.currentRow()
        other = row + step
        if row < 0 or not 0 <= other < self.table.rowCount():
            return
        with self._undoable(tr("Move a row")):
            mine, theirs = self.row_input(row), self.row_input(other)
            self._write_row(row, theirs)
            self._write_row(other, mine)
            self.table.setCurrentCell(other, max(self.table.currentColumn(), 0))

    def _edit(self, row: int, column: int | None = None) -> None:
        if column is None:
            column = COL_BEARING if self._entry(row) == BEARING else COL_COORD
        self.table.setCurrentCell(row, column)
        self.table.editItem(self.table.item(row, column))

    def _enter_pressed(self, row: int, column: int) -> None:
        QTimer.singleShot(0, lambda: self._advance(row, column))

    def _advance(self, row: int, column: int) -> None:
        """Enter: on to the next row's first cell to type; the last row gets a new one after it
        (unless it is still empty)."""
        if sip.isdeleted(self) or row >= self.table.rowCount():
            return
        if row == self.table.rowCount() - 1:
            if self.row_input(row).is_empty():
                return
            self.add_row()
        self._edit(row + 1)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._updating or item.column() not in TEXT_COLUMNS:
            return
        row, column = item.row(), item.column()
        with self._undoable(tr("Edit row {}").format(row + 1)):
            if item.text().strip() and column in (COL_COORD, COL_BEARING, COL_DISTANCE):
                wanted = COORDINATE if column == COL_COORD else BEARING
                combo = self._combo(row, COL_ENTRY)
                if combo is not None and combo.currentData() != wanted:
                    combo.setCurrentIndex(combo.findData(wanted))
        self._schedule()

    # --- keyboard: paste, copy, delete, Enter --------------------------------------------------

    def eventFilter(self, watched, event):  # noqa: N802
        if watched is self.table and event.type() == QEvent.KeyPress:
            if event.matches(QKeySequence.Paste):
                self._paste_at(max(self.table.currentRow(), 0))
                return True
            if event.matches(QKeySequence.Copy):
                QApplication.clipboard().setText(self.copy_text(self._selected_rows()))
                return True
            if event.key() in (Qt.Key_Return, Qt.Key_Enter):
                self._advance(max(self.table.currentRow(), 0), self.table.currentColumn())
                return True
            if event.key() in (Qt.Key_Delete, Qt.Key_Backspace):
                with self._undoable(tr("Clear cells")):
                    for index in self.table.selectedIndexes():
                        if index.column() in TEXT_COLUMNS:
                            self.table.item(index.row(), index.column()).setText("")
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event):  # noqa: N802
        if event.key() == Qt.Key_Escape:
            event.accept()  # a slip of the finger must not throw the typed points away
            return
        super().keyPressEvent(event)

    def _paste_at(self, row: int) -> None:
        self.paste_text(QApplication.clipboard().text(), row)

    def paste_text(self, text: str, start_row: int = 0) -> int:
        """Fill rows from ``start_row`` with pasted lines (see ``parse_pasted_line``); rows are
        added as needed. Returns the number of rows filled."""
        settings, labels = self.settings(), local_point_type_labels()
        row = start_row
        with self._undoable(tr("Paste rows")):
            for line in text.splitlines():
                if not line.strip():
                    continue
                values = parse_pasted_line(line, row == 0, settings, labels)
                if values is None:
                    continue
                self._ensure_rows(row + 1)
                current = self.row_input(row)
                self._write_row(
                    row,
                    RowInput(
                        seq=row + 1,
                        point_type=values["point_type"] or current.point_type,
                        entry=values["entry"],
                        coordinate=values.get("coordinate", ""),
                        bearing=values.get("bearing", ""),
                        distance=values.get("distance", ""),
                        remarks=values.get("remarks", "") or current.remarks,
                    ),
                )
                row += 1
        self._schedule()
        return row - start_row

    def copy_text(self, rows: list[int]) -> str:
        """Rows as tab-separated lines that paste back: type, coordinate or bearing and distance,
        remarks."""
        lines = []
        for row in rows:
            values = self.row_input(row)
            if values.is_empty():
                continue
            fields = [code_label("point_type", values.point_type)]
            if values.entry == COORDINATE:
                fields.append(values.coordinate)
            else:
                fields += [values.bearing, values.distance]
            if values.remarks:
                fields.append(values.remarks)
            lines.append("\t".join(fields))
        return "\n".join(lines)
