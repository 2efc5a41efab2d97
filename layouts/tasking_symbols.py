"""How the layers of a tasking map are drawn, readable in black and white: the area of the page
hatched, the other areas dashed, the overview's areas, the numbered turning points."""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsCentroidFillSymbolLayer,
    QgsFillSymbol,
    QgsLinePatternFillSymbolLayer,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProperty,
    QgsRuleBasedLabeling,
    QgsRuleBasedRenderer,
    QgsSimpleFillSymbolLayer,
    QgsSimpleLineSymbolLayer,
    QgsTextBufferSettings,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QColor

from .tasking_frame import text_format

# QGIS >= 3.26 moved these enums (Qgis.LabelPlacement, QgsPalLayerSettings.Property).
_OVER_POINT = getattr(Qgis, "LabelPlacement", QgsPalLayerSettings).OverPoint
_PROPERTY = getattr(QgsPalLayerSettings, "Property", QgsPalLayerSettings)
CURRENT = "\"fkey\" = attribute(@atlas_feature, 'fkey')"


def tr(text: str) -> str:
    return QCoreApplication.translate("TaskingMapLayout", text)


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


def style_pages(layer: QgsVectorLayer) -> None:
    """The page's area hatched; the other areas of the set dashed."""
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


def style_overview(layer: QgsVectorLayer) -> None:
    """The page's area black with a ring round it; the others grey."""
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


def style_points(layer: QgsVectorLayer) -> None:
    """The page's turning points as dots, each with its number."""
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
    rule = QgsRuleBasedLabeling.Rule(_number_labels())
    rule.setFilterExpression(CURRENT)
    labels = QgsRuleBasedLabeling.Rule(None)
    labels.appendChild(rule)
    layer.setLabeling(QgsRuleBasedLabeling(labels))
    layer.setLabelsEnabled(True)


def _number_labels() -> QgsPalLayerSettings:
    """A point's number, bold with a white halo, outside the area (away from its centre)."""
    settings = QgsPalLayerSettings()
    settings.fieldName = "label"
    settings.isExpression = False
    settings.placement = _OVER_POINT
    text = text_format(9, bold=True)
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
    return settings
