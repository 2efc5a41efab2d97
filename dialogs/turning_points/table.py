"""The table of the Turning points dialog: its columns, cell editing and how computed rows look.

The status comes right after what is typed, the computed positions after it (Gauss–Krüger X
and Y first when shown: a Soviet record is checked against them).
"""

from __future__ import annotations

import contextlib

from qgis.core import QgsCsException, QgsPointXY
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QObject, Qt, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor, QKeySequence
from qgis.PyQt.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QStyledItemDelegate,
    QTableWidget,
)

from ...core.coordinates import (
    CoordinateError,
    LonLat,
    format_dd,
    format_dms,
    format_gk,
    format_mgrs,
    format_utm,
)
from ...core.point_rows import COORDINATE, FIRST_POINT_TYPES
from ...core.traverse import PERIMETER_TYPES
from ...core.turning_points import RowResult, gk_xy
from .messages import FORMAT_NAMES, accepted_forms, code_label

(
    COL_SEQ,
    COL_TYPE,
    COL_ENTRY,
    COL_COORD,
    COL_BEARING,
    COL_DISTANCE,
    COL_STATUS,
    COL_GK_X,
    COL_GK_Y,
    COL_EASTING,
    COL_NORTHING,
    COL_REMARKS,
) = range(12)
TEXT_COLUMNS = (COL_COORD, COL_BEARING, COL_DISTANCE, COL_REMARKS)
COMPUTED_COLUMNS = (COL_SEQ, COL_EASTING, COL_NORTHING, COL_GK_X, COL_GK_Y, COL_STATUS)
NUMBER_COLUMNS = (COL_SEQ, COL_EASTING, COL_NORTHING, COL_GK_X, COL_GK_Y, COL_BEARING, COL_DISTANCE)
GK_COLUMNS = (COL_GK_X, COL_GK_Y)
VALUE_ROLE = Qt.UserRole  # the exact computed easting/northing of a cell

ERROR_BACKGROUND = QColor(255, 222, 222)
WARNING_BACKGROUND = QColor(255, 240, 200)
UNUSED_BACKGROUND = QColor(232, 232, 232)
ERROR_TEXT = QColor(170, 0, 0)
BLOCKED_TEXT = QColor(150, 95, 0)
WARNING_TEXT = QColor(160, 80, 0)
OK_TEXT = QColor(0, 110, 0)
INFO_TEXT = QColor(60, 60, 60)


def tr(text: str) -> str:
    return QCoreApplication.translate("TurningPointsDialog", text)


class CellDelegate(QStyledItemDelegate):
    """Text cells: Enter commits and goes on to the next row (the dialog adds one at the end);
    a paste of several cells or lines goes to the table instead of the cell."""

    enterPressed = pyqtSignal(int, int)  # noqa: N815 - Qt signal naming
    pasteRequested = pyqtSignal(int)  # noqa: N815 - Qt signal naming

    def createEditor(self, parent, option, index):  # noqa: N802
        editor = super().createEditor(parent, option, index)
        if editor is not None:
            editor.setProperty("cell_row", index.row())
            editor.setProperty("cell_column", index.column())
        return editor

    def eventFilter(self, editor, event):  # noqa: N802
        if event.type() == QEvent.KeyPress:
            row, column = editor.property("cell_row"), editor.property("cell_column")
            if event.key() in (Qt.Key_Return, Qt.Key_Enter) and row is not None:
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QAbstractItemDelegate.NoHint)
                self.enterPressed.emit(int(row), int(column))
                return True
            if event.matches(QKeySequence.Paste) and row is not None:
                text = QApplication.clipboard().text()
                if "\n" in text.strip() or "\t" in text:
                    self.closeEditor.emit(editor, QAbstractItemDelegate.RevertModelCache)
                    self.pasteRequested.emit(int(row))
                    return True
        return super().eventFilter(editor, event)


class _NoWheelUnlessFocused(QObject):
    """Combos in table cells: the mouse wheel scrolls the table, not the combo under it."""

    def eventFilter(self, watched, event):  # noqa: N802
        if event.type() == QEvent.Wheel and not watched.hasFocus():
            event.ignore()
            return True
        return False


# ---------------------------------------------------------------------------------------------
# Setting the table up
# ---------------------------------------------------------------------------------------------


def setup_table(table: QTableWidget) -> CellDelegate:
    """Columns, their titles, tooltips and widths, and the cell delegate (returned)."""
    _set_headers(table)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(26)
    _set_widths(table)
    table.horizontalHeader().setStretchLastSection(True)  # the remarks
    for column in GK_COLUMNS:
        table.setColumnHidden(column, True)
    table.setEditTriggers(
        QAbstractItemView.DoubleClicked
        | QAbstractItemView.EditKeyPressed
        | QAbstractItemView.AnyKeyPressed
        | QAbstractItemView.SelectedClicked
    )
    delegate = CellDelegate(table)
    table.setItemDelegate(delegate)
    return delegate


def _set_headers(table: QTableWidget) -> None:
    headers = {
        COL_SEQ: tr("No."),
        COL_TYPE: tr("Point type"),
        COL_ENTRY: tr("Entry"),
        COL_COORD: tr("Coordinate"),
        COL_BEARING: tr("Bearing"),
        COL_DISTANCE: tr("Distance (m)"),
        COL_STATUS: tr("Status"),
        COL_EASTING: tr("Easting"),
        COL_NORTHING: tr("Northing"),
        COL_GK_X: tr("X (north)"),
        COL_GK_Y: tr("Y (east, with zone)"),
        COL_REMARKS: tr("Remarks"),
    }
    titles = [headers[column] for column in sorted(headers)]
    table.setColumnCount(len(titles))
    table.setHorizontalHeaderLabels(titles)
    tips = {
        COL_COORD: tr("As written on the sheet:") + "\n" + accepted_forms(),
        COL_BEARING: tr(
            "From the previous point, in the unit and north chosen above: 45, 45.5, "
            "45°30', N45E (degrees), 12-50 or 1250 (Soviet mils, 6000), 1333 (mils, 6400), "
            "83.33 (gon). A bearing may name its own unit and north: 3400 mil6000 magnetic"
        ),
        COL_ENTRY: tr(
            "Coordinate: the point as a coordinate. Bearing: the point by bearing and "
            "distance from the previous one."
        ),
        COL_DISTANCE: tr("From the previous point, metres"),
        COL_GK_X: tr("Pulkovo 1942 / Gauss–Krüger X: northing, metres"),
        COL_GK_Y: tr("Pulkovo 1942 / Gauss–Krüger Y: easting, metres, zone number in front"),
        COL_STATUS: tr("OK and the format read, or why the row cannot be computed"),
    }
    for column, tip in tips.items():
        table.horizontalHeaderItem(column).setToolTip(tip)


def _set_widths(table: QTableWidget) -> None:
    """Each column as wide as its longest usual content or its title."""
    metrics = table.fontMetrics()
    combo_arrow = 30
    types = (code_label("point_type", c) for c in FIRST_POINT_TYPES + PERIMETER_TYPES)
    samples = {
        COL_SEQ: ("000", 0),
        COL_TYPE: (max(types, key=len), combo_arrow),
        COL_ENTRY: (max(tr("Coordinate"), tr("Bearing"), key=len), combo_arrow),
        COL_COORD: ("X=4430293 Y=8664944 ", 0),
        COL_BEARING: ("45°30'36\"", 0),
        COL_DISTANCE: ("1000.0", 0),
        COL_EASTING: ("600000.00", 0),
        COL_NORTHING: ("4400000.00", 0),
        COL_GK_X: ("4400000.00", 0),
        COL_GK_Y: ("8600000.00", 0),
        COL_STATUS: (tr("OK · MGRS · outside area"), 0),
    }
    for column, (sample, extra) in samples.items():
        title = table.horizontalHeaderItem(column).text()
        width = max(metrics.horizontalAdvance(sample) + extra, metrics.horizontalAdvance(title))
        table.setColumnWidth(column, width + 12)


# ---------------------------------------------------------------------------------------------
# Showing a computed row
# ---------------------------------------------------------------------------------------------


def status(result: RowResult, message: str) -> tuple[str, QColor | None]:
    """The status cell's text and colour; ``message`` says why a wrong row is wrong."""
    if result.state == "empty":
        return "", None
    if result.state == "blocked":
        return message, BLOCKED_TEXT
    if result.state == "error":
        return message, ERROR_TEXT
    text = tr("OK")
    if result.format:
        text = tr("OK · {}").format(FORMAT_NAMES.get(result.format, result.format.upper()))
    if result.outside:
        return text + " · " + tr("outside area"), WARNING_TEXT
    return text, OK_TEXT


def status_tooltip(result: RowResult, text: str, detail: str) -> str:
    """The status cell's tooltip: the status, how a Gauss–Krüger point was read, ``detail``
    (the outside-area flag and the core's sentence) and the grid azimuth."""
    details = [text] if text else []
    reading = result.reading
    if reading is not None and reading.fmt == "gk":
        details.append(
            tr("Pulkovo 1942 / Gauss–Krüger zone {} ({}), read as {}").format(
                reading.zone or "?", reading.crs or "?", reading.text
            )
        )
        if reading.transformation:
            accuracy = (
                tr("accuracy {} m").format(f"{reading.accuracy_m:g}")
                if reading.accuracy_m is not None
                else tr("accuracy unknown")
            )
            details.append(tr("To WGS 84 through {} ({})").format(reading.transformation, accuracy))
    if detail and detail != text:
        details.append(detail)
    if result.point is not None and result.point.azimuth_grid_deg is not None:
        details.append(tr("Grid azimuth {:.4f}°").format(result.point.azimuth_grid_deg))
    return "\n".join(details)


def formats(lonlat: LonLat) -> str:
    """A point in every form the table reads (the tooltip of its position)."""
    lines = [
        format_dd(lonlat.lon, lonlat.lat),
        format_dms(lonlat.lon, lonlat.lat),
        format_utm(lonlat.lon, lonlat.lat),
        format_mgrs(lonlat.lon, lonlat.lat),
    ]
    with contextlib.suppress(CoordinateError, ValueError):
        lines.append(
            tr("Pulkovo 1942 / Gauss–Krüger: {}").format(format_gk(lonlat.lon, lonlat.lat))
        )
    return "\n".join(lines)


def show_position(table: QTableWidget, row: int, result: RowResult, transform, geographic) -> str:
    """The computed easting and northing (or longitude and latitude) of a row, through
    ``transform`` (None: as computed); returns the tooltip of the point's forms."""
    easting, northing = table.item(row, COL_EASTING), table.item(row, COL_NORTHING)
    if result.point is None:
        for item in (easting, northing):
            item.setText("")
            item.setData(VALUE_ROLE, None)
            item.setToolTip("")
        return ""
    tooltip = ""
    point = QgsPointXY(result.point.x, result.point.y)
    try:
        shown = transform.transform(point) if transform is not None else point
    except QgsCsException:
        shown = point
    if result.lonlat is not None:
        with contextlib.suppress(CoordinateError):
            tooltip = formats(result.lonlat)
    decimals = 7 if geographic else 2
    for item, number in ((easting, shown.x()), (northing, shown.y())):
        item.setText(f"{number:.{decimals}f}")
        item.setData(VALUE_ROLE, number)
        item.setToolTip(tooltip)
    return tooltip


def show_status(table: QTableWidget, row: int, result: RowResult, message: str, detail: str):
    """The status cell of a row: its text, colour and tooltip."""
    text, colour = status(result, message)
    cell = table.item(row, COL_STATUS)
    cell.setText(text)
    cell.setForeground(QBrush(colour) if colour is not None else QBrush())
    cell.setToolTip(status_tooltip(result, text, detail))


def colour_row(table: QTableWidget, row: int, entry: str, result: RowResult) -> None:
    """Backgrounds: a wrong row red, a point outside the area amber, unused cells grey."""
    unused = (COL_BEARING, COL_DISTANCE) if entry == COORDINATE else (COL_COORD,)
    for column in range(table.columnCount()):
        item = table.item(row, column)
        if item is None:
            continue
        if result.state == "error":
            item.setBackground(QBrush(ERROR_BACKGROUND))
        elif result.outside and column in (COL_COORD, COL_STATUS, COL_SEQ):
            item.setBackground(QBrush(WARNING_BACKGROUND))
        elif column in unused:
            item.setBackground(QBrush(UNUSED_BACKGROUND))
        else:
            item.setBackground(QBrush())


def show_gk(table: QTableWidget, row: int, result: RowResult, zone: int | None) -> None:
    """Pulkovo 1942 / Gauss–Krüger X and Y of a row in ``zone`` (empty without one)."""
    xy = None
    if zone is not None and result.lonlat is not None:
        xy = gk_xy(result.lonlat.lon, result.lonlat.lat, zone)
    for column, number in zip(GK_COLUMNS, xy or (None, None)):
        item = table.item(row, column)
        item.setText("" if number is None else f"{number:.2f}")
        item.setData(VALUE_ROLE, number)


def show_row(table, row, values, result, message, detail, transform, geographic) -> None:
    """A computed row: its position, status (``message`` for a wrong row, ``detail`` in the
    tooltip) and colours."""
    tooltip = show_position(table, row, result, transform, geographic)
    show_status(table, row, result, message, detail)
    colour_row(table, row, values.entry, result)
    table.item(row, COL_COORD).setToolTip(
        tooltip
        if values.entry == COORDINATE
        else tr("Not used: this point is given by bearing and distance")
    )
