"""QGIS renderers and labels for the land release layers, built from ``core.symbology``."""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLinePatternFillSymbolLayer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsSimpleFillSymbolLayer,
    QgsSimpleLineSymbolLayer,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontDatabase

from ..core import model
from ..core import symbology as sym

_PEN = {"solid": Qt.SolidLine, "dash": Qt.DashLine, "dot": Qt.DotLine}
# Qgis.LabelPlacement exists from 3.26; on 3.40 QgsPalLayerSettings.OverPoint is another enum.
_OVER_POINT = getattr(Qgis, "LabelPlacement", QgsPalLayerSettings).OverPoint


def tr(text: str) -> str:
    return QCoreApplication.translate(model.TR_CONTEXT, text)


def _colour(hex_colour: str, opacity: float = 1.0) -> QColor:
    c = QColor(hex_colour)
    c.setAlphaF(opacity)
    return c


def _outline_layer(style: sym.LineStyle) -> QgsSimpleLineSymbolLayer:
    line = QgsSimpleLineSymbolLayer(_colour(style.colour), style.width_mm, _PEN[style.dash])
    line.setPenJoinStyle(Qt.MiterJoin)
    return line


def fill_symbol(fill: sym.FillStyle | None, outline: sym.LineStyle | None) -> QgsFillSymbol:
    """A fill symbol: solid or patterned fill (for black-and-white prints), optional outline."""
    symbol = QgsFillSymbol()
    symbol.deleteSymbolLayer(0)
    if fill is not None:
        colour = _colour(fill.colour, fill.opacity)
        solid = QgsSimpleFillSymbolLayer(colour, Qt.SolidPattern, colour, Qt.NoPen)
        symbol.appendSymbolLayer(solid)
        angles = {"hatch": (45,), "cross": (45, 135)}.get(fill.pattern or "", ())
        for angle in angles:
            pattern = QgsLinePatternFillSymbolLayer()
            pattern.setLineAngle(angle)
            pattern.setDistance(2.0)
            pattern.setLineWidth(0.3)
            pattern.setColor(_colour(fill.colour).darker(160))
            symbol.appendSymbolLayer(pattern)
    if outline is not None:
        symbol.appendSymbolLayer(_outline_layer(outline))
    return symbol


def line_symbol(style: sym.LineStyle) -> QgsLineSymbol:
    symbol = QgsLineSymbol()
    symbol.deleteSymbolLayer(0)
    symbol.appendSymbolLayer(_outline_layer(style))
    return symbol


def marker_symbol(colour: str, shape: str, size_mm: float) -> QgsMarkerSymbol:
    return QgsMarkerSymbol.createSimple(
        {
            "name": shape,
            "color": colour,
            "size": str(size_mm),
            "outline_color": "#000000",
            "outline_width": "0.2",
        }
    )


def hazard_renderer() -> QgsRuleBasedRenderer:
    """Fill by classification (CHA red, SHA amber, 50 %), outline by status (IMAS TN 07.11/01)."""
    root = QgsRuleBasedRenderer.Rule(None)
    fills = QgsRuleBasedRenderer.Rule(None, label=tr("Classification"))
    for code in ("CHA", "SHA"):
        fills.appendChild(
            QgsRuleBasedRenderer.Rule(
                fill_symbol(sym.HAZARD_FILL[code], None),
                filterExp=f"\"classification\" = '{code}'",
                label=tr(model.CODE_LISTS["classification"].label(code)),
            )
        )
    outlines = QgsRuleBasedRenderer.Rule(None, label=tr("Status"))
    for code, style in sym.HAZARD_OUTLINE.items():
        outlines.appendChild(
            QgsRuleBasedRenderer.Rule(
                fill_symbol(None, style),
                filterExp=f"\"status\" = '{code}'",
                label=tr(model.CODE_LISTS["status"].label(code)),
            )
        )
    known = ", ".join(f"'{code}'" for code in sym.HAZARD_OUTLINE)
    outlines.appendChild(
        QgsRuleBasedRenderer.Rule(
            fill_symbol(None, sym.HAZARD_OUTLINE_UNKNOWN),
            filterExp=f'"status" IS NULL OR "status" NOT IN ({known})',
            label=tr("Figures being recomputed"),
        )
    )
    other = QgsRuleBasedRenderer.Rule(
        fill_symbol(sym.FillStyle("#9E9E9E"), sym.LineStyle("#616161", 0.5)),
        filterExp="\"classification\" IS NULL OR \"classification\" NOT IN ('CHA', 'SHA')",
        label=tr("Not classified"),
    )
    root.appendChild(fills)
    root.appendChild(outlines)
    root.appendChild(other)
    return QgsRuleBasedRenderer(root)


def release_renderer() -> QgsCategorizedSymbolRenderer:
    codes = model.CODE_LISTS["outcome"]
    categories = [
        QgsRendererCategory(code, fill_symbol(style, sym.RELEASE_OUTLINE), tr(codes.label(code)))
        for code, style in sym.RELEASE_FILL.items()
    ]
    return QgsCategorizedSymbolRenderer("outcome", categories)


def evidence_renderer() -> QgsCategorizedSymbolRenderer:
    codes = model.CODE_LISTS["evidence_class"]
    categories = [
        QgsRendererCategory(code, marker_symbol(*spec), tr(codes.label(code)))
        for code, spec in sym.EVIDENCE_MARKER.items()
    ]
    categories.append(
        QgsRendererCategory(
            None, marker_symbol("#9E9E9E", "square", 2.0), tr("Type not recognised")
        )
    )
    return QgsCategorizedSymbolRenderer("evidence_class", categories)


def label_font_family() -> str:
    """A common sans font that this machine has, so that a saved style names an existing font
    (QGIS warns about fonts it cannot find)."""
    families = set(QFontDatabase().families())
    for family in ("DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica"):
        if family in families:
            return family
    return QFont().defaultFamily()


def finding_renderer() -> QgsCategorizedSymbolRenderer:
    """checkdata's findings: errors red circles, warnings orange triangles."""
    labels = {"error": tr("Error"), "warning": tr("Warning")}
    categories = [
        QgsRendererCategory(code, marker_symbol(*spec), labels[code])
        for code, spec in sym.FINDING_MARKER.items()
    ]
    return QgsCategorizedSymbolRenderer("severity", categories)


def _labels(
    layer: QgsVectorLayer,
    expression: str,
    size: float,
    colour: str = "#000000",
    polygon: bool = False,
    min_scale: float = 0,
) -> None:
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    if polygon:
        settings.placement = _OVER_POINT
    if min_scale:
        settings.scaleVisibility = True
        settings.minimumScale = min_scale  # the most zoomed-out scale showing labels
        settings.maximumScale = 0
    text = QgsTextFormat()
    text.setFont(QFont(label_font_family()))
    text.setSize(size)
    text.setColor(QColor(colour))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor("#FFFFFF"))
    text.setBuffer(buffer)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def apply_style(layer: QgsVectorLayer, name: str) -> None:
    """Give ``layer`` (a land release layer called ``name``) its renderer and labels."""
    if name == "hazard":
        layer.setRenderer(hazard_renderer())
        _labels(layer, '"hazard_id"', 8, polygon=True)
    elif name == "land_release":
        layer.setRenderer(release_renderer())
    elif name == "evidence":
        layer.setRenderer(evidence_renderer())
    elif name == "line_of_contact":
        layer.setRenderer(QgsSingleSymbolRenderer(line_symbol(sym.LINE_OF_CONTACT)))
    elif name == "district":
        layer.setRenderer(QgsSingleSymbolRenderer(fill_symbol(None, sym.DISTRICT_OUTLINE)))
        _labels(layer, 'coalesce("name", "code")', 10, "#424242", polygon=True)
    elif name == "minefield_record":
        hatch = sym.FillStyle(sym.MINEFIELD_RECORD.colour, 0.15, "hatch")
        layer.setRenderer(QgsSingleSymbolRenderer(fill_symbol(hatch, sym.MINEFIELD_RECORD)))
        _labels(layer, '"record_id"', 8, sym.MINEFIELD_RECORD.colour, polygon=True)
    elif name == "task":
        layer.setRenderer(QgsSingleSymbolRenderer(fill_symbol(None, sym.TASK_OUTLINE)))
        _labels(layer, '"task_id"', 8, sym.TASK_OUTLINE.colour, polygon=True)
    elif name == "survey_point":
        layer.setRenderer(QgsSingleSymbolRenderer(marker_symbol(*sym.SURVEY_POINT)))
        _labels(layer, '"seq"', 7, min_scale=sym.POINT_LABEL_MIN_SCALE)
    elif name == "finding":
        layer.setRenderer(finding_renderer())
        _labels(layer, '"code"', 7, "#424242", min_scale=sym.POINT_LABEL_MIN_SCALE)


_RENDERERS = {
    "hazard": hazard_renderer,
    "land_release": release_renderer,
    "evidence": evidence_renderer,
    "finding": finding_renderer,
}


def _rule_key(rule: QgsRuleBasedRenderer.Rule):
    """A rule by what it selects: its filter, or (a group) its children's filters."""
    if rule.filterExpression():
        return rule.filterExpression()
    return tuple(sorted(_rule_key(child) for child in rule.children()))


def _rules(rule: QgsRuleBasedRenderer.Rule):
    for child in rule.children():
        yield child
        yield from _rules(child)


def relabel_legend(layer: QgsVectorLayer, name: str) -> None:
    """The legend of ``layer`` (the land release layer ``name``) in the current language: the
    labels of the plugin's categories and rules, found by value or filter; symbols, and
    categories or rules the user added, stay as they are."""
    build = _RENDERERS.get(name)
    renderer = layer.renderer()
    if build is None or renderer is None:
        return
    fresh = build()
    renderer = renderer.clone()
    if isinstance(renderer, QgsCategorizedSymbolRenderer) and isinstance(
        fresh, QgsCategorizedSymbolRenderer
    ):
        if renderer.classAttribute() != fresh.classAttribute():
            return
        labels = {_value_key(c.value()): c.label() for c in fresh.categories()}
        for index, category in enumerate(renderer.categories()):
            label = labels.get(_value_key(category.value()))
            if label is not None:
                renderer.updateCategoryLabel(index, label)
    elif isinstance(renderer, QgsRuleBasedRenderer) and isinstance(fresh, QgsRuleBasedRenderer):
        labels = {_rule_key(rule): rule.label() for rule in _rules(fresh.rootRule())}
        for rule in _rules(renderer.rootRule()):
            label = labels.get(_rule_key(rule))
            if label is not None:
                rule.setLabel(label)
    else:
        return
    layer.setRenderer(renderer)  # a new renderer: the layer tree redraws the legend
    layer.triggerRepaint()


def _value_key(value):
    return None if value is None or value == "" or str(value) == "NULL" else str(value)
