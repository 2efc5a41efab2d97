"""The area report's overview map: the districts, the hazards of the report and the land
released in the period as memory layers in the report's CRS, styled as the plugin's layers
(IMAS colours, hatching that reads in black and white), with a legend and a scale bar."""

from __future__ import annotations

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeature,
    QgsField,
    QgsFillSymbol,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPalLayerSettings,
    QgsRectangle,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QCoreApplication, QVariant
from qgis.PyQt.QtGui import QColor

from ..core import area_report as core_report
from ..core import symbology
from ..qgis_io.geometry import to_qgs
from .area_report_items import MARGIN, PAGE_H, legend_fonts, text_format
from .area_report_text import OUTCOME_LABELS, district_label


def tr(text: str) -> str:
    return QCoreApplication.translate("LandReleaseAreaReport", text)


QGIS_PATTERN = {None: "solid", "hatch": "b_diagonal", "cross": "diagonal_x"}
MAP_W = 200.0  # mm; the legend, scale bar and note go to its right
MAP_H = PAGE_H - 2 * MARGIN - 14


def map_layers(result, crs, hazards, releases, districts) -> list[QgsVectorLayer]:
    """[releases, hazards, districts] of the report, styled (drawn in that order, top first).

    ``hazards``: (geometries, classifications); ``releases``: (geometries, outcomes);
    ``districts``: (District list, geometries); shapely geometries in ``crs``."""
    district_list, district_geometries = districts
    kept = [
        (d, g)
        for d, g in zip(district_list, district_geometries)
        if result.district_filter is None or d == result.district_filter
    ]
    district_layer = _memory_layer(
        "Polygon", crs, tr("Districts"), ("label",), [(g, [district_label(d)]) for d, g in kept]
    )
    h_geoms, h_classes = hazards
    hazard_rows = [
        (g, [str(c or "").strip().upper()])
        for g, c, inc in zip(h_geoms, h_classes, result.hazard_included)
        if inc
    ]
    hazard_layer = _memory_layer("Polygon", crs, tr("Hazards"), ("classification",), hazard_rows)
    r_geoms, r_outcomes = releases
    release_rows = [
        (g, [str(o or "").strip().lower()])
        for g, o, inc in zip(r_geoms, r_outcomes, result.release_in_period)
        if inc
    ]
    release_layer = _memory_layer(
        "Polygon", crs, tr("Released in the period"), ("outcome",), release_rows
    )
    _style_layers(release_layer, hazard_layer, district_layer)
    return [release_layer, hazard_layer, district_layer]


def _style_layers(release_layer, hazard_layer, district_layer) -> None:
    _style_districts(district_layer)
    _style_categories(
        hazard_layer, "classification",
        [(c, tr(c), symbology.HAZARD_FILL[c], "#000000") for c in ("SHA", "CHA")],
    )  # fmt: skip
    _style_categories(
        release_layer, "outcome",
        [(o, tr(OUTCOME_LABELS[o]), symbology.RELEASE_FILL[o], "#1B5E20")
         for o in core_report.OUTCOMES],
    )  # fmt: skip


def map_extent(hazard_layer, district_layer) -> QgsRectangle:
    """The hazards' extent (else the districts'), a little larger; 1 km round a lone point."""
    extent = QgsRectangle()
    for layer in (hazard_layer, district_layer):
        if layer.featureCount():
            extent = layer.extent()
            break
    if extent.isEmpty() and hazard_layer.featureCount():
        extent = hazard_layer.extent()
    if extent.isNull() or extent.width() <= 0:
        extent = QgsRectangle(extent.xMinimum() - 500, extent.yMinimum() - 500,
                              extent.xMinimum() + 500, extent.yMinimum() + 500)  # fmt: skip
    extent.scale(1.08)
    return extent


def add_map(layout, page, crs, layers, extent) -> QgsLayoutItemMap:
    """The map item showing ``layers`` over ``extent``, with its legend and scale bar."""
    item = QgsLayoutItemMap(layout)
    item.setCrs(crs)
    item.setLayers(layers)
    item.setKeepLayerSet(True)
    item.setFrameEnabled(True)
    layout.addLayoutItem(item)
    item.attemptMove(QgsLayoutPoint(MARGIN, MARGIN + 12), page=page)
    item.attemptResize(QgsLayoutSize(MAP_W, MAP_H))
    item.setExtent(_with_ratio(extent, MAP_W / MAP_H))  # zoomToExtent needs an extent
    legend = QgsLayoutItemLegend(layout)
    legend.setTitle(tr("Legend"))
    legend.setLinkedMap(item)
    legend_fonts(legend)
    layout.addLayoutItem(legend)
    legend.attemptMove(QgsLayoutPoint(MARGIN + MAP_W + 5, MARGIN + 12), page=page)
    bar = QgsLayoutItemScaleBar(layout)
    bar.setStyle("Single Box")
    bar.setLinkedMap(item)
    bar.setUnits(QgsUnitTypes.DistanceKilometers)
    bar.setUnitLabel("km")
    bar.setNumberOfSegments(4)
    bar.setNumberOfSegmentsLeft(0)
    bar.setTextFormat(text_format(8))
    layout.addLayoutItem(bar)
    bar.applyDefaultSize(QgsUnitTypes.DistanceKilometers)
    bar.attemptMove(QgsLayoutPoint(MARGIN + MAP_W + 5, PAGE_H - MARGIN - 30), page=page)
    return item


def _with_ratio(extent: QgsRectangle, ratio: float) -> QgsRectangle:
    """``extent`` grown around its centre to the width/height ``ratio``."""
    width, height = extent.width(), extent.height()
    if width / height < ratio:
        width = height * ratio
    else:
        height = width / ratio
    centre = extent.center()
    return QgsRectangle(
        centre.x() - width / 2, centre.y() - height / 2, centre.x() + width / 2,
        centre.y() + height / 2,
    )  # fmt: skip


def _memory_layer(kind, crs, name, field_names, rows) -> QgsVectorLayer:

    layer = QgsVectorLayer(f"{kind}?crs={crs.authid()}", name, "memory")
    if not crs.authid():
        layer.setCrs(crs)
    layer.dataProvider().addAttributes([QgsField(n, QVariant.String) for n in field_names])
    layer.updateFields()
    features = []
    for geometry, values in rows:
        if geometry is None or geometry.is_empty:
            continue
        feature = QgsFeature(layer.fields())
        feature.setGeometry(to_qgs(geometry))
        feature.setAttributes(list(values))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def _style_categories(layer, field, entries) -> None:
    categories = []
    for value, label, style, outline in entries:
        colour = QColor(style.colour)
        colour.setAlphaF(style.opacity)
        symbol = QgsFillSymbol.createSimple(
            {
                "color": f"{colour.red()},{colour.green()},{colour.blue()},{colour.alpha()}",
                "outline_color": outline,
                "outline_width": "0.3",
                "style": "solid",
            }
        )
        pattern = QGIS_PATTERN[style.pattern]
        if pattern != "solid":
            hatch = QgsFillSymbol.createSimple(
                {"color": "0,0,0,255", "style": pattern, "outline_style": "no"}
            )
            symbol.appendSymbolLayer(hatch.symbolLayer(0).clone())
        categories.append(QgsRendererCategory(value, symbol, label))
    layer.setRenderer(QgsCategorizedSymbolRenderer(field, categories))


def _style_districts(layer) -> None:
    style = symbology.DISTRICT_OUTLINE
    symbol = QgsFillSymbol.createSimple(
        {
            "style": "no",
            "outline_color": style.colour,
            "outline_width": str(style.width_mm),
            "outline_style": style.dash,
        }
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    settings = QgsPalLayerSettings()
    settings.fieldName = "label"
    settings.setFormat(text_format(8, True))
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
