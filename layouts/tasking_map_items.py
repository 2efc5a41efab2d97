"""The map of a tasking map page and what reads it: the basemap under it, the main map with its
UTM grid, the scale bar, the grid north arrow and its note (convergence, declination)."""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsBasicNumericFormat,
    QgsLayoutItemMap,
    QgsLayoutItemMapGrid,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMeasurement,
    QgsLineSymbol,
    QgsSymbolLayerUtils,
    QgsUnitTypes,
)

from .tasking_frame import MM, Frames, add_atlas_map, add_label, font, place, text_format

GRID_LABEL = (
    "concat(to_string(round(@grid_number)), CASE WHEN @grid_axis = 'x' THEN ' mE' ELSE ' mN' END)"
)


def add_maps(layout, f: Frames) -> QgsLayoutItemMap:
    """The basemap under the main map, drawn pale; the main map on top, transparent, with its
    grid. Returns the main map."""
    basemap = add_atlas_map(layout, "basemap", f.map)
    basemap.setItemOpacity(0.5)
    main = add_atlas_map(layout, "map", f.map)
    main.setBackgroundEnabled(False)
    main.setFrameEnabled(True)
    main.setFrameStrokeWidth(QgsLayoutMeasurement(0.4, MM))
    _add_grid(main, f.font_scale)
    return main


def _add_grid(main: QgsLayoutItemMap, k: float) -> None:
    """Grid lines in metres of the map's CRS, annotated outside the frame (mE, mN)."""
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
    grid.setAnnotationExpression(GRID_LABEL)
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
        grid.setAnnotationTextFormat(text_format(6.5 * k))
    else:
        grid.setAnnotationFont(font(6.5 * k))


try:  # QGIS >= 3.32 moved the enum to Qgis (3.40 refuses the int)
    FIT_WIDTH = Qgis.ScaleBarSegmentSizeMode.FitWidth
except AttributeError:
    from qgis.core import QgsScaleBarSettings

    FIT_WIDTH = QgsScaleBarSettings.SegmentSizeFitWidth


def add_scalebar(layout, f: Frames, main: QgsLayoutItemMap) -> None:
    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setId("scalebar")
    layout.addLayoutItem(scalebar)
    scalebar.setLinkedMap(main)
    scalebar.setStyle("Single Box")
    scalebar.setUnits(QgsUnitTypes.DistanceMeters)
    scalebar.setUnitLabel("m")
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setNumberOfSegments(4)
    scalebar.setSegmentSizeMode(FIT_WIDTH)
    scalebar.setMinimumBarWidth(f.scalebar[2] * 0.6)
    scalebar.setMaximumBarWidth(f.scalebar[2] * 0.9)
    scalebar.setHeight(2.0 * f.font_scale)
    scalebar.setTextFormat(text_format(7 * f.font_scale))
    scalebar.setBackgroundEnabled(False)
    place(scalebar, f.scalebar)


def add_numeric_scale(layout, f: Frames, main: QgsLayoutItemMap) -> None:
    """The map's scale as a ratio ("1:2,000") under the scale bar."""
    scale = QgsLayoutItemScaleBar(layout)
    scale.setId("numeric_scale")
    layout.addLayoutItem(scale)
    scale.setLinkedMap(main)
    scale.setStyle("Numeric")
    whole = QgsBasicNumericFormat()
    whole.setNumberDecimalPlaces(0)
    whole.setShowThousandsSeparator(True)
    scale.setNumericFormat(whole)
    scale.setTextFormat(text_format(8 * f.font_scale))
    scale.setBackgroundEnabled(False)
    place(scale, f.numeric_scale)


def add_north(layout, f: Frames, main: QgsLayoutItemMap) -> None:
    """The grid north arrow and the note beside it (the page's ``north_note``)."""
    arrow = QgsLayoutItemPicture(layout)
    arrow.setId("north_arrow")
    layout.addLayoutItem(arrow)
    place(arrow, f.north_arrow)
    arrow.setLinkedMap(main)
    arrow.setNorthMode(QgsLayoutItemPicture.GridNorth)
    arrow.setPicturePath(north_arrow_svg())
    arrow.setResizeMode(QgsLayoutItemPicture.Zoom)
    add_label(layout, "north_note", f.north_note, '[% "north_note" %]', 6.5 * f.font_scale)


def north_arrow_svg() -> str:
    """The path of QGIS's own north arrow SVG (resolved on this machine)."""
    from qgis.core import QgsPathResolver

    name = "arrows/NorthArrow_02.svg"
    return QgsSymbolLayerUtils.svgSymbolNameToPath(name, QgsPathResolver()) or ""
