"""The overview map (where the page's area lies among the others) and the legend of a tasking
map page, and their filling with the atlas layers."""

from __future__ import annotations

from qgis.core import (
    QgsFillSymbol,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemMapOverview,
    QgsLayoutMeasurement,
    QgsLegendStyle,
    QgsRectangle,
)

from .tasking_frame import MM, Frames, font, place, room_to_the_right, set_extent, text_format


def add_overview(layout, f: Frames, main: QgsLayoutItemMap) -> QgsLayoutItemMap:
    """The overview map, with the extent of ``main`` framed on it."""
    overview = QgsLayoutItemMap(layout)
    overview.setId("overview")
    layout.addLayoutItem(overview)
    place(overview, f.overview)
    set_extent(overview, QgsRectangle(0, 0, f.overview[2], f.overview[3]))
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
    return overview


def add_legend(layout, f: Frames, main: QgsLayoutItemMap) -> QgsLayoutItemLegend:
    """An empty legend (the atlas layers come with :func:`fill_legend`)."""
    k = f.font_scale
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
    place(legend, f.legend)
    return legend


def _legend_fonts(legend, size_pt) -> None:
    styles = (QgsLegendStyle.Title, QgsLegendStyle.Group, QgsLegendStyle.Subgroup)
    if hasattr(QgsLegendStyle, "setTextFormat"):  # QGIS >= 3.30
        for style in (*styles, QgsLegendStyle.SymbolLabel):
            legend.rstyle(style).setTextFormat(text_format(size_pt))
    else:
        for style in (*styles, QgsLegendStyle.SymbolLabel):
            legend.setStyleFont(style, font(size_pt))


def fill_overview(layout, data, basemap_layers, extent: QgsRectangle, main) -> None:
    """The overview shows every area (and the basemap) over ``extent``, framing ``main``."""
    overview = layout.itemById("overview")
    if not isinstance(overview, QgsLayoutItemMap):
        return
    overview.setCrs(data.crs)
    overview.setLayers([data.areas, *basemap_layers])
    overview.setKeepLayerSet(True)
    overview.setAtlasDriven(False)
    set_extent(overview, extent)
    for index in range(overview.overviews().size()):
        overview.overviews().overview(index).setLinkedMap(main)


def fill_legend(layout, data, drawn=()) -> None:
    """The legend lists the symbols of the areas and the points (not the layer names), and of
    the ``drawn`` layers those the page shows."""
    legend = layout.itemById("legend")
    if not isinstance(legend, QgsLayoutItemLegend):
        return
    from qgis.core import QgsLegendRenderer

    root = legend.model().rootGroup()
    root.clear()
    for layer in (data.pages, data.points, *drawn):
        node = root.addLayer(layer)
        QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Hidden)
    if drawn:
        legend.setLegendFilterByMapEnabled(True)  # only what the page shows
    legend.updateLegend()
    fit_legend_width(legend)


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
