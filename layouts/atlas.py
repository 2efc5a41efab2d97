"""The tasking map print layout: build it (and the .qpt templates), load it, fill it, export it.

The templates ``tasking_map.qpt`` (A4 landscape), ``tasking_map_a3.qpt`` (A3 landscape) and
``tasking_map_portrait.qpt`` (A4 portrait) are written by :func:`write_templates` from
:func:`build_layout`; an organisation may edit them in the QGIS layout designer (logo, wording,
positions) as long as the item ids stay: ``map``, ``basemap``, ``overview``, ``scalebar``,
``north_arrow``, ``legend``, ``point_table`` (the frame of the attribute table). Labels read the
atlas feature's fields (``map_id``, ``title``, ``details``, ``north_note``, ``points_note``...)
and the layout variables ``lr_organisation`` and ``lr_printed``.

The data pages show are memory layers that :class:`AtlasData` builds: one coverage row per page
(``fkey`` = the area, ``page_key`` = the page; an area with more points than the table holds gets
continuation pages), the turning points for the map (``fkey``) and the table rows (``page_key``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsCentroidFillSymbolLayer,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsField,
    QgsFillSymbol,
    QgsGeometry,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemMapGrid,
    QgsLayoutItemMapOverview,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMeasurement,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLegendStyle,
    QgsLinePatternFillSymbolLayer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsPointXY,
    QgsPrintLayout,
    QgsProject,
    QgsProperty,
    QgsReadWriteContext,
    QgsRectangle,
    QgsRuleBasedLabeling,
    QgsRuleBasedRenderer,
    QgsSimpleFillSymbolLayer,
    QgsSimpleLineSymbolLayer,
    QgsSymbolLayerUtils,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, Qt, QVariant
from qgis.PyQt.QtGui import QColor, QFont, QFontDatabase
from qgis.PyQt.QtXml import QDomDocument

from ..core.model import QT_TRANSLATE_NOOP

HERE = Path(__file__).resolve().parent
MM = QgsUnitTypes.LayoutMillimeters

# PAGE_SIZE of landrelease:taskingmaps -> (template file, width mm, height mm)
PAGES = {
    0: ("tasking_map.qpt", 297.0, 210.0),
    1: ("tasking_map_a3.qpt", 420.0, 297.0),
    2: ("tasking_map_portrait.qpt", 210.0, 297.0),
}
TABLE_FONT_PT = 7.0
TABLE_CELL_MARGIN_MM = 0.7
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


# The attributes of one page (the coverage layer), all but fkey/page_key text for the labels.
PAGE_FIELDS = (
    ("fkey", QVariant.Int),
    ("page_key", QVariant.Int),
    ("map_id", QVariant.String),
    ("kind", QVariant.String),
    ("classification", QVariant.String),
    ("status", QVariant.String),
    ("district", QVariant.String),
    ("area_m2", QVariant.Double),
    ("title", QVariant.String),
    ("details", QVariant.String),
    ("north_note", QVariant.String),
    ("points_note", QVariant.String),
    ("table_caption", QVariant.String),
)
DISCLAIMER = QT_TRANSLATE_NOOP(
    "TaskingMapLayout",
    "This map shows the recorded extent of the hazard. It does not replace marking on the "
    "ground, and land outside the marked area is not declared safe. Check every point on the "
    "ground before work starts.",
)
# The words of the fixed labels (see label_texts).
STATUS = QT_TRANSLATE_NOOP("TaskingMapLayout", "status")
DISTRICT = QT_TRANSLATE_NOOP("TaskingMapLayout", "district")
PRINTED = QT_TRANSLATE_NOOP("TaskingMapLayout", "Printed")
PAGE = QT_TRANSLATE_NOOP("TaskingMapLayout", "Page")
OF = QT_TRANSLATE_NOOP("TaskingMapLayout", "of")


def tr(text: str) -> str:
    return QCoreApplication.translate("TaskingMapLayout", text)


def _english(text: str) -> str:
    return text


def label_texts(translate=tr) -> dict[str, str]:
    """The fixed texts of the layout's labels, by item id, in the language of ``translate``
    (:func:`tr`, the language installed now; :func:`_english`, the source). The templates hold
    them in English; :func:`load_layout` translates those that an organisation left as they are."""
    return {
        "subtitle": '[% "kind" %] · [% "classification" %] · '
        + translate(STATUS)
        + ' [% "status" %] · '
        + translate(DISTRICT)
        + ' [% "district" %]',
        "organisation": "[% @lr_organisation %]\n" + translate(PRINTED) + " [% @lr_printed %]",
        "disclaimer": translate(DISCLAIMER),
        "page_number": translate(PAGE)
        + " [% @atlas_featurenumber %] "
        + translate(OF)
        + " [% @atlas_totalfeatures %]",
    }


# ---------------------------------------------------------------------------------------------
# Fonts
# ---------------------------------------------------------------------------------------------


def font_family(condensed: bool = False) -> str:
    """DejaVu Sans (Azerbaijani ə ğ ş and Cyrillic), condensed for the table when installed."""
    families = set(QFontDatabase().families())
    wanted = ("DejaVu Sans Condensed",) if condensed else ()
    for family in (*wanted, "DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial"):
        if family in families:
            return family
    return QFont().defaultFamily()


def _font(size_pt: float, bold: bool = False, condensed: bool = False, italic=False) -> QFont:
    font = QFont(font_family(condensed))
    font.setPointSizeF(size_pt)
    font.setBold(bold)
    font.setItalic(italic)
    return font


def _text_format(size_pt, bold=False, colour="#000000", condensed=False, italic=False):
    text = QgsTextFormat()
    text.setFont(_font(size_pt, bold, condensed, italic))
    text.setSize(size_pt)
    text.setSizeUnit(QgsUnitTypes.RenderPoints)
    text.setColor(QColor(colour))
    return text


# ---------------------------------------------------------------------------------------------
# Building the layout (and the templates)
# ---------------------------------------------------------------------------------------------


@dataclass
class _Frames:
    """Where the items go on a page (mm)."""

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
    font_scale: float = 1.0
    table_scale: float = 1.0  # the table grows with the page (it fills its column)
    legend_columns: int = 3


def _frames(page_size: int) -> _Frames:
    if page_size == 2:  # A4 portrait: map on top, table and title block below
        return _Frames(
            header=(8, 6, 140, 16),
            organisation=(148, 6, 54, 16),
            map=(16, 25, 178, 150),
            scalebar=(16, 182, 60, 12),
            north_arrow=(84, 180, 10, 15),
            north_note=(96, 180, 98, 16),
            legend=(16, 197, 178, 9),
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

    return _Frames(
        header=s(8, 6, 190, 16),
        organisation=s(198, 6, 91, 16),
        map=s(16, 25, 130, 137),
        scalebar=s(16, 169, 50, 12),
        north_arrow=s(70, 167, 10, 15),
        north_note=s(82, 167, 66, 22),
        legend=s(16, 190, 132, 9),
        table_caption=s(153, 25, 136, 8.5),
        table=s(153, 33.5, 136, 92.5),
        points_note=s(153, 127, 136, 9),
        overview=s(153, 138, 62, 46),
        details=s(218, 138, 71, 46),
        disclaimer=s(153, 186, 136, 11),
        page_number=s(153, 198, 136, 6),
        font_scale=scale**0.5,
        table_scale=scale,
        legend_columns=3,
    )


def _place(item, rect) -> None:
    x, y, w, h = rect
    item.attemptMove(QgsLayoutPoint(x, y, MM))
    item.attemptResize(QgsLayoutSize(w, h, MM))


def _label(layout, item_id, rect, text, size, bold=False, italic=False, align=Qt.AlignLeft):
    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    label.setText(text)
    if hasattr(label, "setTextFormat"):  # QGIS >= 3.24
        label.setTextFormat(_text_format(size, bold, italic=italic))
    else:
        label.setFont(_font(size, bold, italic=italic))
        label.setFontColor(QColor("#000000"))
    label.setHAlign(align)
    label.setVAlign(Qt.AlignTop)
    label.setMarginX(0.5)
    label.setMarginY(0.5)
    layout.addLayoutItem(label)
    _place(label, rect)
    return label


def _map(layout, item_id, rect):
    item = QgsLayoutItemMap(layout)
    item.setId(item_id)
    layout.addLayoutItem(item)
    _place(item, rect)
    item.setAtlasDriven(True)
    item.setAtlasScalingMode(QgsLayoutItemMap.Auto)
    item.setAtlasMargin(0.35)
    _set_extent(item, QgsRectangle(0, 0, rect[2], rect[3]))
    return item


def build_layout(page_size: int, project: QgsProject | None = None) -> QgsPrintLayout:
    """The tasking map layout for PAGE_SIZE ``page_size`` (0 A4 landscape, 1 A3 landscape,
    2 A4 portrait), with no data: :func:`fill` gives it its layers."""
    _file, width, height = PAGES[page_size]
    f = _frames(page_size)
    k = f.font_scale
    layout = QgsPrintLayout(project or QgsProject.instance())
    layout.initializeDefaults()
    layout.setName(tr("Tasking map"))
    texts = label_texts()
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(width, height, MM))

    _label(layout, "title", f.header, '[% "title" %]', 15 * k, bold=True)
    subtitle = _label(
        layout,
        "subtitle",
        (f.header[0], f.header[1] + 8.5 * k, f.header[2], f.header[3] - 8.5 * k),
        texts["subtitle"],
        9 * k,
    )
    subtitle.setId("subtitle")
    _label(
        layout,
        "organisation",
        f.organisation,
        texts["organisation"],
        9 * k,
        bold=True,
        align=Qt.AlignRight,
    )

    # The basemap under the main map, drawn pale; the main map on top, transparent.
    basemap = _map(layout, "basemap", f.map)
    basemap.setItemOpacity(0.5)
    main = _map(layout, "map", f.map)
    main.setBackgroundEnabled(False)
    main.setFrameEnabled(True)
    main.setFrameStrokeWidth(QgsLayoutMeasurement(0.4, MM))
    grid = QgsLayoutItemMapGrid("UTM grid", main)
    main.grids().addGrid(grid)
    grid.setUnits(QgsLayoutItemMapGrid.DynamicPageSizeBased)
    grid.setMinimumIntervalWidth(28 * k)
    grid.setMaximumIntervalWidth(55 * k)
    grid.setStyle(QgsLayoutItemMapGrid.Solid)
    line = QgsLineSymbol.createSimple({"color": "#7a7a7a", "width": "0.15"})
    grid.setLineSymbol(line)
    grid.setFrameStyle(QgsLayoutItemMapGrid.ExteriorTicks)
    grid.setFrameWidth(1.5)
    grid.setAnnotationEnabled(True)
    grid.setAnnotationFormat(QgsLayoutItemMapGrid.CustomFormat)
    grid.setAnnotationExpression(
        "concat(to_string(round(@grid_number)), CASE WHEN @grid_axis = 'x' THEN ' mE' "
        "ELSE ' mN' END)"
    )
    grid.setAnnotationFrameDistance(1.0)
    for border in (
        QgsLayoutItemMapGrid.Left,
        QgsLayoutItemMapGrid.Right,
        QgsLayoutItemMapGrid.Top,
        QgsLayoutItemMapGrid.Bottom,
    ):
        grid.setAnnotationPosition(QgsLayoutItemMapGrid.OutsideMapFrame, border)
        vertical = border in (QgsLayoutItemMapGrid.Left, QgsLayoutItemMapGrid.Right)
        grid.setAnnotationDirection(
            QgsLayoutItemMapGrid.Vertical if vertical else QgsLayoutItemMapGrid.Horizontal,
            border,
        )
    if hasattr(grid, "setAnnotationTextFormat"):
        grid.setAnnotationTextFormat(_text_format(6.5 * k))
    else:
        grid.setAnnotationFont(_font(6.5 * k))

    overview = QgsLayoutItemMap(layout)
    overview.setId("overview")
    layout.addLayoutItem(overview)
    _place(overview, f.overview)
    _set_extent(overview, QgsRectangle(0, 0, f.overview[2], f.overview[3]))
    overview.setFrameEnabled(True)
    overview.setFrameStrokeWidth(QgsLayoutMeasurement(0.3, MM))
    frame = QgsLayoutItemMapOverview("map extent", overview)
    overview.overviews().addOverview(frame)
    frame.setLinkedMap(main)
    frame.setFrameSymbol(
        QgsFillSymbol.createSimple(
            {"color": "0,0,0,40", "outline_color": "#000000", "outline_width": "0.6"}
        )
    )

    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setId("scalebar")
    layout.addLayoutItem(scalebar)
    scalebar.setLinkedMap(main)
    scalebar.setStyle("Single Box")
    scalebar.setUnits(QgsUnitTypes.DistanceMeters)
    scalebar.setUnitLabel("m")
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setNumberOfSegments(4)
    scalebar.setSegmentSizeMode(1)  # QgsScaleBarSettings.SegmentSizeFitWidth
    scalebar.setMinimumBarWidth(f.scalebar[2] * 0.6)
    scalebar.setMaximumBarWidth(f.scalebar[2] * 0.9)
    scalebar.setHeight(2.0 * k)
    scalebar.setTextFormat(_text_format(7 * k))
    scalebar.setBackgroundEnabled(False)
    _place(scalebar, f.scalebar)

    arrow = QgsLayoutItemPicture(layout)
    arrow.setId("north_arrow")
    layout.addLayoutItem(arrow)
    _place(arrow, f.north_arrow)
    arrow.setLinkedMap(main)
    arrow.setNorthMode(QgsLayoutItemPicture.GridNorth)
    arrow.setPicturePath(north_arrow_svg())
    arrow.setResizeMode(QgsLayoutItemPicture.Zoom)

    _label(layout, "north_note", f.north_note, '[% "north_note" %]', 6.5 * k)

    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    layout.addLayoutItem(legend)
    legend.setTitle("")
    legend.setAutoUpdateModel(False)
    legend.setLinkedMap(main)
    legend.setColumnCount(f.legend_columns)
    legend.setSplitLayer(True)
    legend.setEqualColumnWidth(False)
    legend.setSymbolWidth(7 * k)
    legend.setSymbolHeight(4 * k)
    legend.setBackgroundEnabled(False)
    _legend_fonts(legend, 7.5 * k)
    legend.model().rootGroup().clear()
    _place(legend, f.legend)

    _label(layout, "table_caption", f.table_caption, '[% "table_caption" %]', 7 * k, bold=True)
    table = QgsLayoutItemAttributeTable.create(layout)
    layout.addMultiFrame(table)
    table_frame = QgsLayoutFrame(layout, table)
    table_frame.setId("point_table")
    _place(table_frame, f.table)
    table.addFrame(table_frame)
    table.setResizeMode(QgsLayoutMultiFrame.UseExistingFrames)
    _table_style(table, f.table_scale)

    _label(layout, "points_note", f.points_note, '[% "points_note" %]', 7 * k, bold=True)
    details = _label(layout, "details", f.details, '[% "details" %]', 7.5 * k)
    details.setFrameEnabled(True)
    details.setFrameStrokeWidth(QgsLayoutMeasurement(0.3, MM))
    details.setMarginX(1.5)
    details.setMarginY(1.2)
    disclaimer = _label(
        layout, "disclaimer", f.disclaimer, texts["disclaimer"], 6.8 * k, italic=True
    )
    disclaimer.setFrameEnabled(True)
    disclaimer.setFrameStrokeWidth(QgsLayoutMeasurement(0.3, MM))
    disclaimer.setMarginX(1.2)
    _label(
        layout,
        "page_number",
        f.page_number,
        texts["page_number"],
        8 * k,
        bold=True,
        align=Qt.AlignRight,
    )
    return layout


def _legend_fonts(legend, size_pt) -> None:
    styles = (QgsLegendStyle.Title, QgsLegendStyle.Group, QgsLegendStyle.Subgroup)
    if hasattr(QgsLegendStyle, "setTextFormat"):  # QGIS >= 3.30
        for style in (*styles, QgsLegendStyle.SymbolLabel):
            legend.rstyle(style).setTextFormat(_text_format(size_pt))
    else:
        for style in (*styles, QgsLegendStyle.SymbolLabel):
            legend.setStyleFont(style, _font(size_pt))


def _table_style(table, k: float) -> None:
    header = _text_format(TABLE_FONT_PT * k, bold=True, condensed=True)
    content = _text_format(TABLE_FONT_PT * k, condensed=True)
    if hasattr(table, "setContentTextFormat"):  # QGIS >= 3.16
        table.setHeaderTextFormat(header)
        table.setContentTextFormat(content)
    else:  # pragma: no cover
        table.setHeaderFont(header.font())
        table.setContentFont(content.font())
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


def north_arrow_svg() -> str:
    """The path of QGIS's own north arrow SVG (resolved on this machine)."""
    from qgis.core import QgsPathResolver

    name = "arrows/NorthArrow_02.svg"
    return QgsSymbolLayerUtils.svgSymbolNameToPath(name, QgsPathResolver()) or ""


def template_path(page_size: int) -> Path:
    return HERE / PAGES[page_size][0]


def write_templates(folder: Path = HERE) -> list[Path]:
    """(Re)write the three .qpt templates from :func:`build_layout`, in English whatever the
    interface language (:func:`load_layout` translates them)."""
    from ..toolbelt.i18n import translation

    with translation("en"):
        return _write_templates(Path(folder))


def _write_templates(folder: Path) -> list[Path]:
    paths = []
    for page_size, (name, _w, _h) in PAGES.items():
        layout = build_layout(page_size, QgsProject())
        path = Path(folder) / name
        if not layout.saveAsTemplate(str(path), QgsReadWriteContext()):
            raise OSError(tr("Cannot write {}").format(path))
        paths.append(path)
    return paths


def load_layout(page_size: int, project: QgsProject) -> QgsPrintLayout:
    """The layout from its template (as an organisation may have edited it); built in code
    when the template is missing or unreadable."""
    path = template_path(page_size)
    if path.exists():
        document = QDomDocument()
        if document.setContent(path.read_text(encoding="utf-8")):
            layout = QgsPrintLayout(project)
            _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
            if ok and isinstance(layout.itemById("map"), QgsLayoutItemMap):
                _translate_labels(layout)
                return layout
    return build_layout(page_size, project)


def _translate_labels(layout: QgsPrintLayout) -> None:
    """Give the template's fixed labels the language installed now, where they still hold the
    English text :func:`build_layout` wrote (an organisation's own wording is kept)."""
    english, translated = label_texts(_english), label_texts()
    layout.setName(tr("Tasking map"))
    for item_id, text in translated.items():
        item = layout.itemById(item_id)
        if isinstance(item, QgsLayoutItemLabel) and item.text() == english[item_id]:
            item.setText(text)


# ---------------------------------------------------------------------------------------------
# The data of the pages
# ---------------------------------------------------------------------------------------------


@dataclass
class PointRow:
    """One point of an area, ready to print."""

    seq: int
    point_type: str
    x: float
    y: float
    cells: dict  # TABLE_COLUMNS field -> text
    label_quadrant: int = 1  # QgsPalLayerSettings quadrant: where its number goes
    label_offset: str = "0,0"  # "dx,dy" mm (y down) from the point to its number


@dataclass
class Page:
    fkey: int
    geometry: QgsGeometry  # in the working CRS
    attributes: dict  # PAGE_FIELDS name -> value (but fkey, page_key)
    points: list  # of PointRow


def table_capacity(page_size: int) -> int:
    """How many point rows the table frame of the built template holds."""
    f = _frames(page_size)
    k = f.table_scale
    row_mm = TABLE_FONT_PT * k * 0.3528 * 1.25 + 2 * TABLE_CELL_MARGIN_MM + 0.2
    header_mm = row_mm + 0.3
    return max(3, int((f.table[3] - header_mm) / row_mm))


def _memory_layer(uri: str, name: str, fields: list) -> QgsVectorLayer:
    layer = QgsVectorLayer(uri, name, "memory")
    layer.dataProvider().addAttributes(fields)
    layer.updateFields()
    return layer


class AtlasData:
    """Memory layers (in the working CRS) for the atlas: pages, map points, table rows."""

    def __init__(self, crs: QgsCoordinateReferenceSystem, project: QgsProject):
        self.crs = crs
        uri = f"?crs={crs.authid()}" if crs.authid() else f"?crs={crs.toWkt()}"
        page_fields = [QgsField(n, t) for n, t in PAGE_FIELDS]
        self.pages = _memory_layer(f"MultiPolygon{uri}", tr("Areas"), page_fields)
        # The overview's copy (one feature per area), styled on its own.
        self.areas = _memory_layer(f"MultiPolygon{uri}", tr("Areas (overview)"), page_fields)
        self.points = _memory_layer(
            f"Point{uri}",
            tr("Turning points"),
            [
                QgsField("fkey", QVariant.Int),
                QgsField("label", QVariant.String),
                QgsField("quadrant", QVariant.Int),
                QgsField("offset", QVariant.String),
            ],
        )
        self.table = _memory_layer(
            "None",
            tr("Turning point table"),
            [QgsField("page_key", QVariant.Int)]
            + [QgsField(name, QVariant.String) for name, _heading in TABLE_COLUMNS],
        )
        for layer in (self.pages, self.areas, self.points, self.table):
            project.addMapLayer(layer, False)
        self.page_count = 0

    def add(self, page: Page, capacity: int) -> int:
        """Add an area's page(s): one, or more when its points overflow the table. Returns how
        many pages it takes."""
        chunks = [page.points[i : i + capacity] for i in range(0, len(page.points), capacity)]
        chunks = chunks or [[]]
        geometry = QgsGeometry(page.geometry)
        geometry.convertToMultiType()
        features, rows = [], []
        for n, chunk in enumerate(chunks):
            self.page_count += 1
            feature = QgsFeature(self.pages.fields())
            feature.setGeometry(geometry)
            values = dict(page.attributes, fkey=page.fkey, page_key=self.page_count)
            if len(chunks) > 1:
                values["title"] = f"{values['title']}  ({n + 1}/{len(chunks)})"
                more = tr("Table continues on the next page.") if n + 1 < len(chunks) else ""
                values["points_note"] = " ".join(
                    t for t in (more, values.get("points_note") or "") if t
                )
            for name, value in values.items():
                feature[name] = value
            features.append(feature)
            for point in chunk:
                row = QgsFeature(self.table.fields())
                row["page_key"] = self.page_count
                for name, text in point.cells.items():
                    row[name] = text
                rows.append(row)
        self.pages.dataProvider().addFeatures(features)
        self.areas.dataProvider().addFeatures(features[:1])
        self.table.dataProvider().addFeatures(rows)
        points = []
        for point in page.points:
            feature = QgsFeature(self.points.fields())
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(point.x, point.y)))
            feature["fkey"] = page.fkey
            feature["label"] = str(point.seq)
            feature["quadrant"] = point.label_quadrant
            feature["offset"] = point.label_offset
            points.append(feature)
        self.points.dataProvider().addFeatures(points)
        return len(chunks)

    def finish(self) -> None:
        for layer in (self.pages, self.areas, self.points, self.table):
            layer.updateExtents()
        _style_pages(self.pages)
        _style_overview(self.areas)
        _style_points(self.points)


# ---------------------------------------------------------------------------------------------
# Styles (black and white readable)
# ---------------------------------------------------------------------------------------------

# QGIS >= 3.26 moved these enums (Qgis.LabelPlacement, QgsPalLayerSettings.Property).
_OVER_POINT = getattr(Qgis, "LabelPlacement", QgsPalLayerSettings).OverPoint
_PROPERTY = getattr(QgsPalLayerSettings, "Property", QgsPalLayerSettings)
CURRENT = "\"fkey\" = attribute(@atlas_feature, 'fkey')"


def _hatched_symbol(outline_mm: float, spacing_mm: float, line_mm: float) -> QgsFillSymbol:
    symbol = QgsFillSymbol()
    symbol.deleteSymbolLayer(0)
    veil = QgsSimpleFillSymbolLayer(QColor(255, 255, 255, 90), Qt.SolidPattern, QColor(0, 0, 0, 0))
    veil.setStrokeStyle(Qt.NoPen)
    symbol.appendSymbolLayer(veil)
    hatch = QgsLinePatternFillSymbolLayer()
    hatch.setLineAngle(45)
    hatch.setDistance(spacing_mm)
    hatch.setLineWidth(line_mm)
    hatch.setColor(QColor("#000000"))
    symbol.appendSymbolLayer(hatch)
    outline = QgsSimpleLineSymbolLayer(QColor("#000000"), outline_mm)
    outline.setPenJoinStyle(Qt.MiterJoin)
    symbol.appendSymbolLayer(outline)
    return symbol


def _outline_symbol(colour: str, width_mm: float, dash: bool) -> QgsFillSymbol:
    symbol = QgsFillSymbol()
    symbol.deleteSymbolLayer(0)
    line = QgsSimpleLineSymbolLayer(QColor(colour), width_mm, Qt.DashLine if dash else Qt.SolidLine)
    symbol.appendSymbolLayer(line)
    return symbol


def _style_pages(layer: QgsVectorLayer) -> None:
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(
        QgsRuleBasedRenderer.Rule(
            _hatched_symbol(1.0, 2.5, 0.25), filterExp=CURRENT, label=tr("The area of this map")
        )
    )
    root.appendChild(
        QgsRuleBasedRenderer.Rule(
            _outline_symbol("#555555", 0.4, True),
            filterExp=f"NOT ({CURRENT})",
            label=tr("Other areas in this set"),
        )
    )
    layer.setRenderer(QgsRuleBasedRenderer(root))


def _style_overview(layer: QgsVectorLayer) -> None:
    root = QgsRuleBasedRenderer.Rule(None)
    current = QgsFillSymbol.createSimple(
        {"color": "#000000", "outline_color": "#000000", "outline_width": "0.4"}
    )
    # A ring round the area, so that a small one is found on a district-wide overview.
    ring = QgsMarkerSymbol.createSimple(
        {"name": "circle", "color": "0,0,0,0", "size": "5", "outline_color": "#000000",
         "outline_width": "0.6"}
    )  # fmt: skip
    locator = QgsCentroidFillSymbolLayer()
    locator.setSubSymbol(ring)
    current.appendSymbolLayer(locator)
    root.appendChild(QgsRuleBasedRenderer.Rule(current, filterExp=CURRENT))
    others = QgsFillSymbol.createSimple(
        {"color": "#BDBDBD", "outline_color": "#616161", "outline_width": "0.2"}
    )
    root.appendChild(QgsRuleBasedRenderer.Rule(others, filterExp=f"NOT ({CURRENT})"))
    layer.setRenderer(QgsRuleBasedRenderer(root))


def _style_points(layer: QgsVectorLayer) -> None:
    marker = QgsMarkerSymbol.createSimple(
        {
            "name": "circle",
            "color": "#000000",
            "size": "2.2",
            "outline_color": "#FFFFFF",
            "outline_width": "0.4",
        }
    )
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(
        QgsRuleBasedRenderer.Rule(
            marker, filterExp=CURRENT, label=tr("Turning point and its number")
        )
    )
    layer.setRenderer(QgsRuleBasedRenderer(root))

    settings = QgsPalLayerSettings()
    settings.fieldName = "label"
    settings.isExpression = False
    settings.placement = _OVER_POINT
    text = _text_format(9, bold=True)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(1.0)
    buffer.setColor(QColor("#FFFFFF"))
    text.setBuffer(buffer)
    settings.setFormat(text)
    # Each number sits outside the area, away from its centre (quadrant and offset per point).
    properties = settings.dataDefinedProperties()
    properties.setProperty(_PROPERTY.OffsetQuad, QgsProperty.fromField("quadrant"))
    properties.setProperty(_PROPERTY.OffsetXY, QgsProperty.fromField("offset"))
    settings.offsetUnits = QgsUnitTypes.RenderMillimeters
    # Every number must print: moved aside where labels crowd, on top of others if it must.
    if hasattr(settings, "placementSettings") and hasattr(
        settings.placementSettings(), "setOverlapHandling"
    ):  # QGIS >= 3.26
        settings.placementSettings().setOverlapHandling(
            Qgis.LabelOverlapHandling.AllowOverlapIfRequired
        )
    else:
        settings.displayAll = True
    rule = QgsRuleBasedLabeling.Rule(settings)
    rule.setFilterExpression(CURRENT)
    labels = QgsRuleBasedLabeling.Rule(None)
    labels.appendChild(rule)
    layer.setLabeling(QgsRuleBasedLabeling(labels))
    layer.setLabelsEnabled(True)


# ---------------------------------------------------------------------------------------------
# Filling and exporting
# ---------------------------------------------------------------------------------------------


def fill(
    layout: QgsPrintLayout,
    data: AtlasData,
    basemap_layers: list,
    overview_extent: QgsRectangle,
    organisation: str,
    printed: str,
    columns=None,
) -> None:
    """Give the layout its layers, atlas and table (the template holds no data). ``columns``:
    the table's (field, heading) pairs, by default :data:`TABLE_COLUMNS`."""
    from qgis.core import QgsExpressionContextUtils

    QgsExpressionContextUtils.setLayoutVariable(layout, "lr_organisation", organisation)
    QgsExpressionContextUtils.setLayoutVariable(layout, "lr_printed", printed)
    atlas = layout.atlas()
    atlas.setCoverageLayer(data.pages)
    atlas.setEnabled(True)
    atlas.setHideCoverage(False)
    atlas.setSortFeatures(True)
    atlas.setSortAscending(True)
    atlas.setSortExpression('"page_key"')
    atlas.setPageNameExpression('"map_id"')
    atlas.setFilenameExpression("'tasking_map_' || \"page_key\"")

    main = layout.itemById("map")
    main.setCrs(data.crs)
    main.setLayers([data.points, data.pages])
    main.setKeepLayerSet(True)
    _set_extent(main, data.pages.extent())
    basemap = layout.itemById("basemap")
    if isinstance(basemap, QgsLayoutItemMap):
        basemap.setCrs(data.crs)
        basemap.setLayers(list(basemap_layers))
        basemap.setKeepLayerSet(True)
        _set_extent(basemap, data.pages.extent())
        basemap.setVisibility(bool(basemap_layers))
    overview = layout.itemById("overview")
    if isinstance(overview, QgsLayoutItemMap):
        overview.setCrs(data.crs)
        overview.setLayers([data.areas, *basemap_layers])
        overview.setKeepLayerSet(True)
        overview.setAtlasDriven(False)
        _set_extent(overview, overview_extent)
        for index in range(overview.overviews().size()):
            overview.overviews().overview(index).setLinkedMap(main)
    for item_id in ("scalebar", "north_arrow", "legend"):
        item = layout.itemById(item_id)
        if item is not None:
            item.setLinkedMap(main)
    arrow = layout.itemById("north_arrow")
    if isinstance(arrow, QgsLayoutItemPicture) and not Path(arrow.picturePath()).exists():
        arrow.setPicturePath(north_arrow_svg())

    legend = layout.itemById("legend")
    if isinstance(legend, QgsLayoutItemLegend):
        root = legend.model().rootGroup()
        root.clear()
        for layer in (data.pages, data.points):
            node = root.addLayer(layer)
            from qgis.core import QgsLegendRenderer

            QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Hidden)
        legend.updateLegend()
        fit_legend_width(legend)

    for table in layout.multiFrames():
        if isinstance(table, QgsLayoutItemAttributeTable):
            table.setVectorLayer(data.table)
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
            table.setFeatureFilter("\"page_key\" = attribute(@atlas_feature, 'page_key')")
            table.setMaximumNumberOfFeatures(1000)
            table.refreshAttributes()


MIN_TABLE_FONT_PT = 5.0
MIN_CELL_MARGIN_MM = 0.4


TABLE_GAP_MM = 2.0  # between the table and the item to its right (or the page's edge)
PAGE_MARGIN_MM = 8.0


def fit_table_width(table: QgsLayoutItemAttributeTable) -> float:
    """Narrow the table's cell margins, then shrink its fonts, until the widest row of every
    page fits the room its frame has (up to the next item to its right, or the page margin):
    no column runs under the overview or off the page, whatever the language and the bearing
    unit. (A table frame takes the width of the table.) Returns the font scale applied (1.0
    when the margins were enough); never below :data:`MIN_TABLE_FONT_PT`."""
    frames = [table.frame(i) for i in range(table.frameCount())]
    if not frames:
        return 1.0
    width = min(room_to_the_right(frame) for frame in frames)
    table.setFilterFeatures(False)  # every page's rows: the widest cell of any page counts
    table.setMaximumNumberOfFeatures(1_000_000)
    table.refreshAttributes()
    applied = 1.0
    total, columns = table.totalWidth(), max(len(table.columns()), 1)
    if total > width and table.cellMargin() > MIN_CELL_MARGIN_MM:  # first the margins
        margin = table.cellMargin() - (total - width) / (2 * columns)
        table.setCellMargin(max(margin, MIN_CELL_MARGIN_MM))
        table.refreshAttributes()
    for _attempt in range(4):
        total = table.totalWidth()
        if total <= width or total <= 0:
            break
        header, content = _table_formats(table)
        scale = max(width / total * 0.99, MIN_TABLE_FONT_PT / max(content.size(), 0.1))
        if scale >= 1.0:
            break
        header.setSize(header.size() * scale)
        content.setSize(content.size() * scale)
        _set_table_formats(table, header, content)
        applied *= scale
        table.refreshAttributes()
    return applied


def fit_legend_width(legend: QgsLayoutItemLegend) -> int:
    """Fewer legend columns (more rows) while the legend would run into the item to its right
    or off the page (long labels in some languages). Returns the column count kept."""
    room = room_to_the_right(legend)
    while legend.columnCount() > 1 and _legend_width(legend) > room:
        legend.setColumnCount(legend.columnCount() - 1)
    legend.adjustBoxSize()
    return legend.columnCount()


def _legend_width(legend: QgsLayoutItemLegend) -> float:
    """The width (mm) the legend needs (its item resizes only once painted)."""
    from qgis.core import QgsLayoutUtils, QgsLegendRenderer

    context = QgsLayoutUtils.createRenderContextForLayout(legend.layout(), None)
    renderer = QgsLegendRenderer(legend.model(), legend.legendSettings())
    return renderer.minimumSize(context).width()


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
            right = min(right, x - TABLE_GAP_MM)
    return right - left


def _table_formats(table):
    if hasattr(table, "contentTextFormat"):  # QGIS >= 3.16
        return QgsTextFormat(table.headerTextFormat()), QgsTextFormat(table.contentTextFormat())
    header, content = QgsTextFormat(), QgsTextFormat()  # pragma: no cover
    header.setFont(table.headerFont())
    header.setSize(table.headerFont().pointSizeF())
    content.setFont(table.contentFont())
    content.setSize(table.contentFont().pointSizeF())
    return header, content


def _set_table_formats(table, header, content) -> None:
    if hasattr(table, "setContentTextFormat"):
        table.setHeaderTextFormat(header)
        table.setContentTextFormat(content)
    else:  # pragma: no cover
        table.setHeaderFont(header.font())
        table.setContentFont(content.font())


def _set_extent(item: QgsLayoutItemMap, extent: QgsRectangle) -> None:
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


def pdf_settings() -> QgsLayoutExporter.PdfExportSettings:
    from qgis.core import QgsRenderContext

    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = 200
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = False
    settings.exportMetadata = True
    # Text as text (searchable, embedded DejaVu font), not as outlines.
    try:
        settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
    except AttributeError:
        settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
    return settings


def export(layout: QgsPrintLayout, path: str, feedback=None) -> tuple[bool, str]:
    """Export every atlas page into one PDF. (ok, error message); cancelled gives (False, '')."""
    result, error = QgsLayoutExporter.exportToPdf(layout.atlas(), path, pdf_settings(), feedback)
    if result == QgsLayoutExporter.Success:
        return True, ""
    if result == QgsLayoutExporter.Canceled:
        return False, ""
    return False, error or tr("The PDF could not be written (error {}).").format(int(result))
