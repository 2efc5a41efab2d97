"""The items of the area report's pages: A4 landscape pages with a title, labels, rules and
tables, in DejaVu Sans (Azerbaijani, Cyrillic)."""

from __future__ import annotations

from qgis.core import (
    QgsFillSymbol,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemManualTable,
    QgsLayoutItemPage,
    QgsLayoutItemShape,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsTableCell,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

FONT = "DejaVu Sans"
PAGE_W, PAGE_H = 297.0, 210.0  # A4 landscape, mm
MARGIN = 15.0
HEADER_GREY = QColor("#D9D9D9")
TOTAL_GREY = QColor("#EFEFEF")


def font(size, bold=False) -> QFont:
    chosen = QFont(FONT)
    chosen.setPointSizeF(size)
    chosen.setBold(bold)
    return chosen


def text_format(size, bold=False) -> QgsTextFormat:
    text = QgsTextFormat()
    text.setFont(font(size, bold))
    text.setSize(size)
    text.setSizeUnit(QgsUnitTypes.RenderPoints)
    text.setColor(QColor("black"))
    return text


def legend_fonts(legend) -> None:
    sizes = {
        QgsLegendStyle.Title: (11, True),
        QgsLegendStyle.Group: (9, True),
        QgsLegendStyle.Subgroup: (9, True),
        QgsLegendStyle.SymbolLabel: (8, False),
    }
    for style, (size, bold) in sizes.items():
        legend_style = legend.rstyle(style)
        if hasattr(legend_style, "setTextFormat"):  # QGIS >= 3.30
            legend_style.setTextFormat(text_format(size, bold))
        else:
            legend.setStyleFont(style, font(size, bold))


class ReportItems:
    """Adds pages and items to ``self.layout`` (a QgsPrintLayout), positions in mm."""

    layout = None

    def new_page(self, title: str | None = None) -> int:
        """A new page, with ``title`` over a rule; its index."""
        page = QgsLayoutItemPage(self.layout)
        page.setPageSize(QgsLayoutSize(PAGE_W, PAGE_H))
        self.layout.pageCollection().addPage(page)
        index = self.layout.pageCollection().pageCount() - 1
        if title:
            self.label(title, MARGIN, MARGIN - 3, PAGE_W - 2 * MARGIN, 10, index, 16, bold=True)
            self.rule(MARGIN + 8, index)
        return index

    def label(self, text, x, y, w, h, page, size, bold=False, align=Qt.AlignLeft):
        item = QgsLayoutItemLabel(self.layout)
        item.setText(text)
        if hasattr(item, "setTextFormat"):  # QGIS >= 3.24
            item.setTextFormat(text_format(size, bold))
        else:
            item.setFont(font(size, bold))
        item.setHAlign(align)
        item.setVAlign(Qt.AlignTop)
        self.layout.addLayoutItem(item)
        item.attemptResize(QgsLayoutSize(w, h))
        item.attemptMove(QgsLayoutPoint(x, y), page=page)
        return item

    def rule(self, y, page):
        shape = QgsLayoutItemShape(self.layout)
        shape.setShapeType(QgsLayoutItemShape.Rectangle)
        shape.setSymbol(QgsFillSymbol.createSimple({"color": "60,60,60", "outline_style": "no"}))
        self.layout.addLayoutItem(shape)
        shape.attemptResize(QgsLayoutSize(PAGE_W - 2 * MARGIN, 0.5))
        shape.attemptMove(QgsLayoutPoint(MARGIN, y), page=page)

    def table(
        self, rows, x, y, widths, page, align_right_from=1, total_row=False, font_size=8,
        extra_bold=0,
    ):  # fmt: skip
        """A table; the first row is the header, the last ``extra_bold + 1`` rows are totals
        when ``total_row``. Returns its height (mm)."""
        table = QgsLayoutItemManualTable.create(self.layout)
        self.layout.addMultiFrame(table)
        table.setTableContents(_cells(rows, align_right_from, total_row, font_size, extra_bold))
        table.setColumnWidths(widths)
        table.setIncludeTableHeader(False)
        table.setContentTextFormat(text_format(font_size))
        table.setCellMargin(1.2)
        table.setGridStrokeWidth(0.2)
        table.setGridColor(QColor("#808080"))
        table.setWrapBehavior(QgsLayoutItemManualTable.WrapText)
        row_h = font_size * 0.3528 * 1.25 + 2.4 + 0.2
        height = len(rows) * row_h + 2
        frame = QgsLayoutFrame(self.layout, table)
        table.addFrame(frame)
        if frame.scene() is None:  # not added by addFrame on every QGIS version
            self.layout.addLayoutItem(frame)
        frame.attemptResize(QgsLayoutSize(sum(widths) + len(widths) * 2.8 + 1, height + 20))
        frame.attemptMove(QgsLayoutPoint(x, y), page=page)
        return height


def _cells(rows, align_right_from, total_row, font_size, extra_bold) -> list[list]:
    """The table's cells: the header grey and bold, the totals light grey and bold, numbers
    from column ``align_right_from`` on aligned right."""
    contents = []
    for k, values in enumerate(rows):
        line = []
        for c, value in enumerate(values):
            cell = QgsTableCell(value)
            total = total_row and k >= len(rows) - 1 - extra_bold
            cell.setTextFormat(text_format(font_size, k == 0 or total))
            if k == 0:
                cell.setBackgroundColor(HEADER_GREY)
            elif total:
                cell.setBackgroundColor(TOTAL_GREY)
            align = Qt.AlignRight if c >= align_right_from and k > 0 else Qt.AlignLeft
            cell.setHorizontalAlignment(align | Qt.AlignVCenter)
            line.append(cell)
        contents.append(line)
    return contents
