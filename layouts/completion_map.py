"""The map page of a completion report: the hazard hatched with its numbered turning points on
a UTM grid, scale bar, grid north arrow, and the point table beside it, made from the tasking
map's parts (tasking_frame, tasking_map_items, tasking_symbols, tasking_table)."""

from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutMeasurement,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsMarkerSymbol,
    QgsPointXY,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import Qt, QVariant

from .tasking_frame import MM, Frames, set_extent
from .tasking_map_items import _add_grid, add_scalebar, north_arrow_svg
from .tasking_symbols import _hatched_symbol, _number_labels
from .tasking_table import TABLE_CELL_MARGIN_MM, TABLE_FONT_PT, _style, fit_table_width

# Where the items of the map page go (x, y, width, height in mm, A4 landscape), as on the
# tasking map.
MAP = (16, 27, 130, 135)
SCALEBAR = (16, 170, 50, 12)
NORTH_ARROW = (70, 168, 10, 15)
NORTH_NOTE = (82, 168, 66, 26)
MAP_KEY = (16, 184, 62, 10)  # what the map shows, under the scale bar
TABLE_CAPTION = (153, 25, 136, 8.5)
TABLE = (153, 33.5, 136, 100)
POINTS_NOTE = (153, 134, 136, 9)
DETAILS = (153, 146, 136, 34)
TEXT_COLUMNS = ("point_type", "marker")  # aligned left; the others are numbers
MAP_MARGIN = 0.35  # around the hazard, as the tasking map's atlas margin


def rows_per_table() -> int:
    """How many point rows the table of a map page holds."""
    row_mm = TABLE_FONT_PT * 0.3528 * 1.25 + 2 * TABLE_CELL_MARGIN_MM + 0.2
    return max(3, int((TABLE[3] - row_mm - 0.3) / row_mm))


def _move(item, rect, page: int) -> None:
    x, y, w, h = rect
    item.attemptResize(QgsLayoutSize(w, h, MM))
    item.attemptMove(QgsLayoutPoint(x, y, MM), page=page)


def _memory_layer(uri: str, name: str, fields: list, project) -> QgsVectorLayer:
    layer = QgsVectorLayer(uri, name, "memory")
    layer.dataProvider().addAttributes(fields)
    layer.updateFields()
    project.addMapLayer(layer, False)
    return layer


def hazard_layers(crs, geometry: QgsGeometry, rows, project) -> list[QgsVectorLayer]:
    """[numbered points, hatched hazard] of one hazard in ``crs`` (drawn in that order, top
    first); ``rows``: the PointRow of its points."""
    uri = f"?crs={crs.authid()}" if crs.authid() else f"?crs={crs.toWkt()}"
    area = _memory_layer(f"MultiPolygon{uri}", "hazard", [], project)
    feature = QgsFeature(area.fields())
    multi = QgsGeometry(geometry)
    multi.convertToMultiType()
    feature.setGeometry(multi)
    area.dataProvider().addFeatures([feature])
    area.setRenderer(QgsSingleSymbolRenderer(_hatched_symbol(1.0, 2.5, 0.25)))
    fields = [
        QgsField("label", QVariant.String),
        QgsField("quadrant", QVariant.Int),
        QgsField("offset", QVariant.String),
    ]
    points = _memory_layer(f"Point{uri}", "points", fields, project)
    features = []
    for row in rows:
        point = QgsFeature(points.fields())
        point.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(row.x, row.y)))
        point.setAttributes([str(row.seq), row.label_quadrant, row.label_offset])
        features.append(point)
    points.dataProvider().addFeatures(features)
    marker = QgsMarkerSymbol.createSimple(
        {"name": "circle", "color": "#000000", "size": "2.2", "outline_color": "#FFFFFF",
         "outline_width": "0.4"}
    )  # fmt: skip
    points.setRenderer(QgsSingleSymbolRenderer(marker))
    points.setLabeling(QgsVectorLayerSimpleLabeling(_number_labels()))
    points.setLabelsEnabled(True)
    for layer in (area, points):
        layer.updateExtents()
    return [points, area]


def add_hazard_map(layout, page: int, crs, layers, geometry: QgsGeometry) -> QgsLayoutItemMap:
    """The map of a hazard on ``page``: its layers over the hazard's extent with a margin, a
    UTM grid, the scale bar and the grid north arrow."""
    item = QgsLayoutItemMap(layout)
    layout.addLayoutItem(item)
    _move(item, MAP, page)
    item.setCrs(crs)
    item.setLayers(layers)
    item.setKeepLayerSet(True)
    item.setFrameEnabled(True)
    item.setFrameStrokeWidth(QgsLayoutMeasurement(0.4, MM))
    box = QgsRectangle(geometry.boundingBox())
    grow = max(box.width(), box.height(), 20.0) * MAP_MARGIN
    box.grow(grow)
    set_extent(item, box)
    _add_grid(item, 1.0)
    frame = Frames(*([(0, 0, 0, 0)] * 14))
    frame.scalebar = SCALEBAR
    add_scalebar(layout, frame, item)
    scalebar = layout.itemById("scalebar")  # renamed at once: one at a time
    if scalebar is not None:
        scalebar.setId("")
        _move(scalebar, SCALEBAR, page)
    arrow = QgsLayoutItemPicture(layout)
    layout.addLayoutItem(arrow)
    _move(arrow, NORTH_ARROW, page)
    arrow.setLinkedMap(item)
    arrow.setNorthMode(QgsLayoutItemPicture.GridNorth)
    arrow.setPicturePath(north_arrow_svg())
    arrow.setResizeMode(QgsLayoutItemPicture.Zoom)
    return item


def add_point_table(layout, page: int, columns, rows, project) -> QgsLayoutItemAttributeTable:
    """The point table of ``rows`` (PointRow) on ``page``, in ``columns`` ((field, heading)
    pairs, headings as printed), its fonts shrunk until it fits beside the map."""
    layer = _memory_layer(
        "None", "points table", [QgsField(name, QVariant.String) for name, _h in columns], project
    )
    features = []
    for row in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([row.cells.get(name, "") for name, _h in columns])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    table = QgsLayoutItemAttributeTable.create(layout)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    table.addFrame(frame)
    if frame.scene() is None:  # not added by addFrame on every QGIS version
        layout.addLayoutItem(frame)
    _move(frame, TABLE, page)
    table.setResizeMode(QgsLayoutMultiFrame.UseExistingFrames)
    _style(table, 1.0)
    table.setVectorLayer(layer)
    printed = []
    for name, heading in columns:
        column = QgsLayoutTableColumn(heading)
        column.setAttribute(name)
        column.setWidth(0)
        column.setHAlignment(Qt.AlignLeft if name in TEXT_COLUMNS else Qt.AlignRight)
        printed.append(column)
    table.setColumns(printed)
    fit_table_width(table)
    table.setMaximumNumberOfFeatures(1000)
    table.refreshAttributes()
    return table
