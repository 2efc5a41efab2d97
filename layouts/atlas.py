"""The tasking map print layout: build it (and the .qpt templates), load it, fill it, export it.

The templates ``tasking_map.qpt`` (A4 landscape), ``tasking_map_a3.qpt`` (A3 landscape) and
``tasking_map_portrait.qpt`` (A4 portrait) are written by :func:`write_templates` from
:func:`build_layout`; an organisation may edit them in the QGIS layout designer (logo, wording,
positions) as long as the item ids stay: ``map``, ``basemap``, ``overview``, ``scalebar``,
``north_arrow``, ``legend``, ``point_table`` (the frame of the attribute table). Labels read the
atlas feature's fields (``map_id``, ``title``, ``details``, ``north_note``, ``points_note``...)
and the layout variables ``lr_organisation`` and ``lr_printed``.

The parts: tasking_frame (page sizes, where items go, fonts), tasking_map_items (map, grid,
scale bar, north arrow), tasking_legend (overview, legend), tasking_table (the point table),
tasking_symbols (how the layers are drawn), tasking_data (the layers the pages show).
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    Qgis,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutMeasurement,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtXml import QDomDocument

from ..core.model import QT_TRANSLATE_NOOP
from .tasking_data import PAGE_FIELDS, AtlasData, Page, PointRow
from .tasking_frame import (
    MM,
    PAGES,
    Frames,
    add_label,
    font_family,
    frames,
    room_to_the_right,
    set_extent,
)
from .tasking_legend import (
    add_legend,
    add_overview,
    fill_legend,
    fill_overview,
    fit_legend_width,
)
from .tasking_map_items import (
    add_maps,
    add_north,
    add_numeric_scale,
    add_scalebar,
    north_arrow_svg,
)
from .tasking_table import (
    MIN_TABLE_FONT_PT,
    TABLE_COLUMNS,
    add_point_table,
    fill_point_tables,
    fit_table_width,
    table_capacity,
    table_columns,
)

__all__ = [  # what the algorithm and the tests use, besides this module's own
    "PAGE_FIELDS", "PAGES", "MIN_TABLE_FONT_PT", "TABLE_COLUMNS", "AtlasData", "Page",
    "PointRow", "font_family", "fit_legend_width", "fit_table_width", "room_to_the_right",
    "table_capacity", "table_columns", "build_layout", "load_layout", "fill", "export",
    "template_path", "write_templates", "label_texts", "north_arrow_svg", "pdf_settings", "tr",
]  # fmt: skip

HERE = Path(__file__).resolve().parent

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


# --- building the layout (and the templates) -----------------------------------------------


def build_layout(page_size: int, project: QgsProject | None = None) -> QgsPrintLayout:
    """The tasking map layout for PAGE_SIZE ``page_size`` (0 A4 landscape, 1 A3 landscape,
    2 A4 portrait), with no data: :func:`fill` gives it its layers."""
    _file, width, height = PAGES[page_size]
    f = frames(page_size)
    layout = QgsPrintLayout(project or QgsProject.instance())
    layout.initializeDefaults()
    layout.setName(tr("Tasking map"))
    texts = label_texts()
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(width, height, MM))
    _add_title_block(layout, f, texts)
    main = add_maps(layout, f)
    add_overview(layout, f, main)
    add_scalebar(layout, f, main)
    add_numeric_scale(layout, f, main)
    add_north(layout, f, main)
    add_legend(layout, f, main)
    k = f.font_scale
    add_label(layout, "table_caption", f.table_caption, '[% "table_caption" %]', 7 * k, bold=True)
    add_point_table(layout, f)
    add_label(layout, "points_note", f.points_note, '[% "points_note" %]', 7 * k, bold=True)
    _add_notes(layout, f, texts)
    return layout


def _add_title_block(layout, f: Frames, texts: dict) -> None:
    """The title, the subtitle under it and the organisation with the print date."""
    k = f.font_scale
    add_label(layout, "title", f.header, '[% "title" %]', 15 * k, bold=True)
    below_title = (f.header[0], f.header[1] + 8.5 * k, f.header[2], f.header[3] - 8.5 * k)
    add_label(layout, "subtitle", below_title, texts["subtitle"], 9 * k)
    add_label(
        layout, "organisation", f.organisation, texts["organisation"], 9 * k, bold=True,
        align=Qt.AlignRight,
    )  # fmt: skip


def _add_notes(layout, f: Frames, texts: dict) -> None:
    """The framed details of the area, the framed disclaimer and the page number."""
    k = f.font_scale
    details = add_label(layout, "details", f.details, '[% "details" %]', 7.5 * k)
    details.setFrameEnabled(True)
    details.setFrameStrokeWidth(QgsLayoutMeasurement(0.3, MM))
    details.setMarginX(1.5)
    details.setMarginY(1.2)
    block = add_label(layout, "task_block", f.task_block, '[% "task_block" %]', 7 * k)
    block.setFrameEnabled(True)
    block.setFrameStrokeWidth(QgsLayoutMeasurement(0.3, MM))
    block.setMarginX(1.5)
    block.setMarginY(1.0)
    disclaimer = add_label(
        layout, "disclaimer", f.disclaimer, texts["disclaimer"], 6.8 * k, italic=True
    )
    disclaimer.setFrameEnabled(True)
    disclaimer.setFrameStrokeWidth(QgsLayoutMeasurement(0.3, MM))
    disclaimer.setMarginX(1.2)
    add_label(
        layout, "page_number", f.page_number, texts["page_number"], 8 * k, bold=True,
        align=Qt.AlignRight,
    )  # fmt: skip


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


# --- filling and exporting -------------------------------------------------------------------


def fill(
    layout: QgsPrintLayout,
    data: AtlasData,
    basemap_layers: list,
    overview_extent: QgsRectangle,
    organisation: str,
    printed: str,
    columns=None,
    drawn=(),
) -> None:
    """Give the layout its layers, atlas and table (the template holds no data). ``columns``:
    the table's (field, heading) pairs, by default :data:`TABLE_COLUMNS`; ``drawn``: layers
    drawn over the areas (tasks, evidence, releases; top first)."""
    from qgis.core import QgsExpressionContextUtils

    QgsExpressionContextUtils.setLayoutVariable(layout, "lr_organisation", organisation)
    QgsExpressionContextUtils.setLayoutVariable(layout, "lr_printed", printed)
    _set_atlas(layout, data)
    main = layout.itemById("map")
    main.setCrs(data.crs)
    main.setLayers([data.points, *drawn, data.pages])
    main.setKeepLayerSet(True)
    set_extent(main, data.pages.extent())
    _fill_basemap(layout, data, basemap_layers)
    fill_overview(layout, data, basemap_layers, overview_extent, main)
    for item_id in ("scalebar", "numeric_scale", "north_arrow", "legend"):
        item = layout.itemById(item_id)
        if item is not None:
            item.setLinkedMap(main)
    arrow = layout.itemById("north_arrow")
    if isinstance(arrow, QgsLayoutItemPicture) and not Path(arrow.picturePath()).exists():
        arrow.setPicturePath(north_arrow_svg())
    fill_legend(layout, data, drawn)
    fill_point_tables(layout, data.table, columns)


def _set_atlas(layout: QgsPrintLayout, data: AtlasData) -> None:
    """One atlas page per coverage feature, in page order."""
    atlas = layout.atlas()
    atlas.setCoverageLayer(data.pages)
    atlas.setEnabled(True)
    atlas.setHideCoverage(False)
    atlas.setSortFeatures(True)
    atlas.setSortAscending(True)
    atlas.setSortExpression('"page_key"')
    atlas.setPageNameExpression('"map_id"')
    atlas.setFilenameExpression("'tasking_map_' || \"page_key\"")


def _fill_basemap(layout: QgsPrintLayout, data: AtlasData, basemap_layers: list) -> None:
    basemap = layout.itemById("basemap")
    if isinstance(basemap, QgsLayoutItemMap):
        basemap.setCrs(data.crs)
        basemap.setLayers(list(basemap_layers))
        basemap.setKeepLayerSet(True)
        set_extent(basemap, data.pages.extent())
        basemap.setVisibility(bool(basemap_layers))


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
