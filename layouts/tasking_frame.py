"""The page frame of a tasking map: page sizes, where each item goes (mm), fonts, and the label
and map items placed on it."""

from __future__ import annotations

from dataclasses import dataclass

from qgis.core import (
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsRectangle,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontDatabase

MM = QgsUnitTypes.LayoutMillimeters
ITEM_GAP_MM = 2.0  # between a table or legend and the item to its right (or the page's edge)
PAGE_MARGIN_MM = 8.0

# PAGE_SIZE of landrelease:taskingmaps -> (template file, width mm, height mm)
PAGES = {
    0: ("tasking_map.qpt", 297.0, 210.0),
    1: ("tasking_map_a3.qpt", 420.0, 297.0),
    2: ("tasking_map_portrait.qpt", 210.0, 297.0),
}


# --- fonts -----------------------------------------------------------------------------------


def font_family(condensed: bool = False) -> str:
    """DejaVu Sans (Azerbaijani ə ğ ş and Cyrillic), condensed for the table when installed."""
    families = set(QFontDatabase().families())
    wanted = ("DejaVu Sans Condensed",) if condensed else ()
    for family in (*wanted, "DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial"):
        if family in families:
            return family
    return QFont().defaultFamily()


def font(size_pt: float, bold: bool = False, condensed: bool = False, italic=False) -> QFont:
    chosen = QFont(font_family(condensed))
    chosen.setPointSizeF(size_pt)
    chosen.setBold(bold)
    chosen.setItalic(italic)
    return chosen


def text_format(size_pt, bold=False, colour="#000000", condensed=False, italic=False):
    text = QgsTextFormat()
    text.setFont(font(size_pt, bold, condensed, italic))
    text.setSize(size_pt)
    text.setSizeUnit(QgsUnitTypes.RenderPoints)
    text.setColor(QColor(colour))
    return text


# --- where the items go ----------------------------------------------------------------------


@dataclass
class Frames:
    """Where the items go on a page: (x, y, width, height) in mm."""

    header: tuple
    organisation: tuple
    map: tuple
    table_caption: tuple
    table: tuple
    points_note: tuple
    overview: tuple
    details: tuple
    scalebar: tuple
    north_arrow: tuple
    north_note: tuple
    legend: tuple
    disclaimer: tuple
    page_number: tuple
    numeric_scale: tuple = (0, 0, 0, 0)  # "1:2 000" under the scale bar
    task_block: tuple = (0, 0, 0, 0)  # task, team, dates, CASEVAC, prepared/checked/approved
    font_scale: float = 1.0
    table_scale: float = 1.0  # the table grows with the page (it fills its column)
    legend_columns: int = 3


def frames(page_size: int) -> Frames:
    """The frames of PAGE_SIZE ``page_size`` (0 A4 landscape, 1 A3 landscape, 2 A4 portrait)."""
    if page_size == 2:  # A4 portrait: map on top, table and title block below
        return Frames(
            header=(8, 6, 140, 16),
            organisation=(148, 6, 54, 16),
            map=(16, 25, 178, 128),
            scalebar=(16, 160, 60, 12),
            numeric_scale=(16, 172.5, 60, 5),
            north_arrow=(84, 159, 10, 15),
            north_note=(96, 159, 98, 16),
            legend=(16, 178, 178, 9),
            task_block=(8, 187.5, 194, 18.5),
            table_caption=(8, 206.5, 136, 8.5),
            table=(8, 215, 136, 54),  # 10 rows
            points_note=(8, 269.5, 136, 11),  # three lines (a continued table, in Russian)
            overview=(148, 208, 54, 40),
            details=(148, 250, 54, 32),
            disclaimer=(8, 281, 136, 10),
            page_number=(148, 285, 54, 6),
            legend_columns=3,
        )
    scale = 420.0 / 297.0 if page_size == 1 else 1.0

    def s(x, y, w, h):
        return (x * scale, y * scale, w * scale, h * scale)

    return Frames(
        header=s(8, 6, 190, 16),
        organisation=s(198, 6, 91, 16),
        map=s(16, 25, 130, 137),
        scalebar=s(16, 169, 50, 12),
        numeric_scale=s(16, 181.5, 50, 6),
        north_arrow=s(70, 167, 10, 15),
        north_note=s(82, 167, 66, 22),
        legend=s(16, 190, 132, 9),
        table_caption=s(153, 25, 136, 8.5),
        table=s(153, 33.5, 136, 70),
        points_note=s(153, 104.5, 136, 9),
        task_block=s(153, 114.5, 136, 22),
        overview=s(153, 138, 62, 46),
        details=s(218, 138, 71, 46),
        disclaimer=s(153, 186, 136, 11),
        page_number=s(153, 198, 136, 6),
        font_scale=scale**0.5,
        table_scale=scale,
        legend_columns=3,
    )


# --- items -----------------------------------------------------------------------------------


def place(item, rect) -> None:
    x, y, w, h = rect
    item.attemptMove(QgsLayoutPoint(x, y, MM))
    item.attemptResize(QgsLayoutSize(w, h, MM))


def add_label(layout, item_id, rect, text, size, bold=False, italic=False, align=Qt.AlignLeft):
    """A label item ``item_id`` in ``rect`` (its text may hold expressions)."""
    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    label.setText(text)
    if hasattr(label, "setTextFormat"):  # QGIS >= 3.24
        label.setTextFormat(text_format(size, bold, italic=italic))
    else:
        label.setFont(font(size, bold, italic=italic))
        label.setFontColor(QColor("#000000"))
    label.setHAlign(align)
    label.setVAlign(Qt.AlignTop)
    label.setMarginX(0.5)
    label.setMarginY(0.5)
    layout.addLayoutItem(label)
    place(label, rect)
    return label


def add_atlas_map(layout, item_id, rect):
    """A map item ``item_id`` in ``rect`` that follows the atlas feature."""
    item = QgsLayoutItemMap(layout)
    item.setId(item_id)
    layout.addLayoutItem(item)
    place(item, rect)
    item.setAtlasDriven(True)
    item.setAtlasScalingMode(QgsLayoutItemMap.Auto)
    item.setAtlasMargin(0.35)
    set_extent(item, QgsRectangle(0, 0, rect[2], rect[3]))
    return item


def set_extent(item: QgsLayoutItemMap, extent: QgsRectangle) -> None:
    """Show ``extent`` (grown to the item's shape), never resizing the item: the atlas keeps
    the ratio of the current extent, and an extent of another shape would stretch the item."""
    size = item.sizeWithUnits()
    ratio = size.width() / size.height() if size.height() > 0 else 1.0
    centre = extent.center()
    width, height = max(extent.width(), 1.0), max(extent.height(), 1.0)
    if width / height < ratio:
        width = height * ratio
    else:
        height = width / ratio
    item.setExtent(
        QgsRectangle(
            centre.x() - width / 2,
            centre.y() - height / 2,
            centre.x() + width / 2,
            centre.y() + height / 2,
        )
    )
    item.attemptResize(size)


def room_to_the_right(frame) -> float:
    """The width (mm) from the frame's left edge to the nearest item beside it on the right,
    or to the page margin."""
    layout = frame.layout()
    left = frame.positionWithUnits().x()
    top = frame.positionWithUnits().y()
    bottom = top + frame.sizeWithUnits().height()
    page = layout.pageCollection().page(frame.page())
    right = page.sizeWithUnits().width() - PAGE_MARGIN_MM
    for item in layout.items():
        if not hasattr(item, "positionWithUnits") or item is frame or not item.isVisible():
            continue
        if getattr(item, "page", lambda: -1)() != frame.page() or item is page:
            continue
        x, y = item.positionWithUnits().x(), item.positionWithUnits().y()
        height = item.sizeWithUnits().height()
        if x > left + 1.0 and y < bottom and y + height > top:
            right = min(right, x - ITEM_GAP_MM)
    return right - left
