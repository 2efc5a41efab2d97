"""The turning point table of a tasking map: its columns, its frame and style, how many rows a
page holds, and the fit of its width to the room the page gives it (any language, any unit)."""

from __future__ import annotations

from qgis.core import (
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutMultiFrame,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsTextFormat,
)
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QColor

from ..core.model import QT_TRANSLATE_NOOP
from .tasking_frame import Frames, frames, place, room_to_the_right, text_format

TABLE_FONT_PT = 7.0
TABLE_CELL_MARGIN_MM = 0.7
MIN_TABLE_FONT_PT = 5.0
MIN_CELL_MARGIN_MM = 0.4
# Columns of the turning point table: (field of the table layer, heading).
TABLE_COLUMNS = (
    ("no", QT_TRANSLATE_NOOP("TaskingMapLayout", "No.")),
    ("point_type", QT_TRANSLATE_NOOP("TaskingMapLayout", "Type")),
    ("easting", QT_TRANSLATE_NOOP("TaskingMapLayout", "Easting")),
    ("northing", QT_TRANSLATE_NOOP("TaskingMapLayout", "Northing")),
    ("latitude", QT_TRANSLATE_NOOP("TaskingMapLayout", "Latitude")),
    ("longitude", QT_TRANSLATE_NOOP("TaskingMapLayout", "Longitude")),
    ("mgrs", QT_TRANSLATE_NOOP("TaskingMapLayout", "MGRS")),
    ("bearing", QT_TRANSLATE_NOOP("TaskingMapLayout", "Grid °")),
    ("bearing_unit", QT_TRANSLATE_NOOP("TaskingMapLayout", "Grid mil")),
    ("magnetic", QT_TRANSLATE_NOOP("TaskingMapLayout", "Magn. mil")),
    ("distance", QT_TRANSLATE_NOOP("TaskingMapLayout", "To next m")),
)
MAGNETIC_DEGREES = QT_TRANSLATE_NOOP("TaskingMapLayout", "Magn. °")
PAGE_FILTER = "\"page_key\" = attribute(@atlas_feature, 'page_key')"


def tr(text: str) -> str:
    return QCoreApplication.translate("TaskingMapLayout", text)


def table_columns(unit: str) -> list[tuple[str, str]]:
    """The columns printed for a programme whose bearing unit is ``unit`` (``deg``,
    ``mil6400``, ``mil6000``): (field, heading). In degrees, the grid bearing is not repeated
    and the magnetic bearing is in degrees; in mils, both follow the grid bearing in degrees."""
    if unit != "deg":
        return list(TABLE_COLUMNS)
    return [
        (name, MAGNETIC_DEGREES if name == "magnetic" else heading)
        for name, heading in TABLE_COLUMNS
        if name != "bearing_unit"
    ]


def table_capacity(page_size: int) -> int:
    """How many point rows the table frame of the built template holds."""
    f = frames(page_size)
    k = f.table_scale
    row_mm = TABLE_FONT_PT * k * 0.3528 * 1.25 + 2 * TABLE_CELL_MARGIN_MM + 0.2
    header_mm = row_mm + 0.3
    return max(3, int((f.table[3] - header_mm) / row_mm))


def add_point_table(layout, f: Frames) -> QgsLayoutItemAttributeTable:
    """The table (no layer yet) in its frame ``point_table``."""
    table = QgsLayoutItemAttributeTable.create(layout)
    layout.addMultiFrame(table)
    table_frame = QgsLayoutFrame(layout, table)
    table_frame.setId("point_table")
    place(table_frame, f.table)
    table.addFrame(table_frame)
    table.setResizeMode(QgsLayoutMultiFrame.UseExistingFrames)
    _style(table, f.table_scale)
    return table


def _style(table, k: float) -> None:
    header = text_format(TABLE_FONT_PT * k, bold=True, condensed=True)
    content = text_format(TABLE_FONT_PT * k, condensed=True)
    _set_formats(table, header, content)
    table.setCellMargin(TABLE_CELL_MARGIN_MM)
    table.setGridStrokeWidth(0.2)
    table.setHorizontalGrid(True)
    table.setVerticalGrid(True)
    table.setHeaderHAlignment(QgsLayoutTable.FollowColumn)
    table.setEmptyTableBehavior(QgsLayoutTable.ShowMessage)
    table.setEmptyTableMessage(tr("No points"))
    try:
        from qgis.core import QgsLayoutTableStyle

        odd = QgsLayoutTableStyle()
        odd.enabled = True
        odd.cellBackgroundColor = QColor("#EBEBEB")
        table.setCellStyle(QgsLayoutTable.OddRows, odd)
    except (ImportError, AttributeError):  # pragma: no cover
        pass


def fill_point_tables(layout, table_layer, columns=None) -> None:
    """Give every attribute table of ``layout`` the rows of ``table_layer`` of the atlas page,
    in ``columns`` ((field, heading) pairs, by default :data:`TABLE_COLUMNS`)."""
    for table in layout.multiFrames():
        if not isinstance(table, QgsLayoutItemAttributeTable):
            continue
        table.setVectorLayer(table_layer)
        table.setEmptyTableMessage(tr("No points"))  # the template holds it in English
        printed_columns = []
        for name, heading in columns or TABLE_COLUMNS:
            column = QgsLayoutTableColumn(tr(heading))
            column.setAttribute(name)
            column.setWidth(0)
            column.setHAlignment(Qt.AlignLeft if name == "point_type" else Qt.AlignRight)
            printed_columns.append(column)
        table.setColumns(printed_columns)
        fit_table_width(table)
        table.setFilterFeatures(True)
        table.setFeatureFilter(PAGE_FILTER)
        table.setMaximumNumberOfFeatures(1000)
        table.refreshAttributes()


def fit_table_width(table: QgsLayoutItemAttributeTable) -> float:
    """Narrow the table's cell margins, then shrink its fonts, until the widest row of every
    page fits the room its frame has (up to the next item to its right, or the page margin):
    no column runs under the overview or off the page, whatever the language and the bearing
    unit. (A table frame takes the width of the table.) Returns the font scale applied (1.0
    when the margins were enough); never below :data:`MIN_TABLE_FONT_PT`."""
    frames_ = [table.frame(i) for i in range(table.frameCount())]
    if not frames_:
        return 1.0
    width = min(room_to_the_right(frame) for frame in frames_)
    table.setFilterFeatures(False)  # every page's rows: the widest cell of any page counts
    table.setMaximumNumberOfFeatures(1_000_000)
    table.refreshAttributes()
    total, columns = table.totalWidth(), max(len(table.columns()), 1)
    if total > width and table.cellMargin() > MIN_CELL_MARGIN_MM:  # first the margins
        margin = table.cellMargin() - (total - width) / (2 * columns)
        table.setCellMargin(max(margin, MIN_CELL_MARGIN_MM))
        table.refreshAttributes()
    return _shrink_fonts(table, width)


def _shrink_fonts(table, width: float) -> float:
    """Smaller fonts until the table is at most ``width`` mm wide; the scale applied."""
    applied = 1.0
    for _attempt in range(4):
        total = table.totalWidth()
        if total <= width or total <= 0:
            break
        header, content = _formats(table)
        scale = max(width / total * 0.99, MIN_TABLE_FONT_PT / max(content.size(), 0.1))
        if scale >= 1.0:
            break
        header.setSize(header.size() * scale)
        content.setSize(content.size() * scale)
        _set_formats(table, header, content)
        applied *= scale
        table.refreshAttributes()
    return applied


def _formats(table):
    if hasattr(table, "contentTextFormat"):  # QGIS >= 3.16
        return QgsTextFormat(table.headerTextFormat()), QgsTextFormat(table.contentTextFormat())
    header, content = QgsTextFormat(), QgsTextFormat()  # pragma: no cover
    header.setFont(table.headerFont())
    header.setSize(table.headerFont().pointSizeF())
    content.setFont(table.contentFont())
    content.setSize(table.contentFont().pointSizeF())
    return header, content


def _set_formats(table, header, content) -> None:
    if hasattr(table, "setContentTextFormat"):  # QGIS >= 3.16
        table.setHeaderTextFormat(header)
        table.setContentTextFormat(content)
    else:  # pragma: no cover
        table.setHeaderFont(header.font())
        table.setContentFont(content.font())
