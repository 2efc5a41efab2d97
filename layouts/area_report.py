"""The print layout of the area report (``landrelease:areareport``), built in code and exported
to PDF: title page, totals and districts, outcome and method, items found, progress by month
(a chart drawn with QPainter), overview map. A4 landscape, DejaVu Sans (Azerbaijani, Cyrillic)."""

from __future__ import annotations

import datetime
import math
import os
import tempfile

from qgis.core import (
    Qgis,
    QgsCategorizedSymbolRenderer,
    QgsFeature,
    QgsField,
    QgsFillSymbol,
    QgsGeometry,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemShape,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsPalLayerSettings,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsRenderContext,
    QgsRendererCategory,
    QgsTableCell,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QCoreApplication, QPointF, QRectF, Qt, QVariant
from qgis.PyQt.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen, QTransform

from ..core import area_report as core_report
from ..core import symbology
from ..core.model import QT_TRANSLATE_NOOP

try:  # QGIS >= 3.28
    _ALWAYS_TEXT = Qgis.TextRenderFormat.AlwaysText
except AttributeError:
    _ALWAYS_TEXT = QgsRenderContext.TextFormatAlwaysText

FONT = "DejaVu Sans"
PAGE_W, PAGE_H = 297.0, 210.0  # A4 landscape, mm
MARGIN = 15.0
ROWS_PER_PAGE = 22  # district table rows on one page
OUTCOME_LABELS = {
    "cancelled": QT_TRANSLATE_NOOP("LandReleaseAreaReport", "Cancelled (NTS)"),
    "reduced": QT_TRANSLATE_NOOP("LandReleaseAreaReport", "Reduced (TS)"),
    "cleared": QT_TRANSLATE_NOOP("LandReleaseAreaReport", "Cleared"),
}
METHOD_LABELS = {
    "manual": QT_TRANSLATE_NOOP("LandReleaseAreaReport", "Manual"),
    "mechanical": QT_TRANSLATE_NOOP("LandReleaseAreaReport", "Mechanical"),
    "mdd": QT_TRANSLATE_NOOP("LandReleaseAreaReport", "Mine detection dogs"),
    "combined": QT_TRANSLATE_NOOP("LandReleaseAreaReport", "Combined"),
    "none": QT_TRANSLATE_NOOP("LandReleaseAreaReport", "None (survey only)"),
    "unspecified": QT_TRANSLATE_NOOP("LandReleaseAreaReport", "Not recorded"),
}
HEADER_GREY = QColor("#D9D9D9")
TOTAL_GREY = QColor("#EFEFEF")
QT_PATTERN = {None: None, "hatch": Qt.BDiagPattern, "cross": Qt.DiagCrossPattern}
QGIS_PATTERN = {None: "solid", "hatch": "b_diagonal", "cross": "diagonal_x"}


def tr(text: str) -> str:
    return QCoreApplication.translate("LandReleaseAreaReport", text)


def district_label(district: core_report.District) -> str:
    """A district as printed: ``name (English name)``; the unknown district translated."""
    if district == core_report.UNKNOWN:
        return tr(core_report.UNKNOWN_NAME)
    return district.label


def ha(area_m2: float) -> str:
    """An area in hectares as printed: two decimals, thousands separated by a comma."""
    value = area_m2 / 1e4
    if abs(value) < 0.005:
        value = 0.0
    return f"{value:,.2f}"


def day_text(day: datetime.date | None) -> str:
    return day.isoformat() if day is not None else ""


def period_text(start, end) -> str:
    if start is None and end is None:
        return tr("All records (no period set)")
    if start is None:
        return tr("Up to {}").format(day_text(end))
    if end is None:
        return tr("From {}").format(day_text(start))
    return tr("{} to {}").format(day_text(start), day_text(end))


def export_pdf(
    result: core_report.Report,
    path: str,
    crs,
    hazards,
    releases,
    districts,
    organisation: str = "",
    feedback=None,
) -> int:
    """Build the report's layout and export it to ``path``; returns the number of pages.

    ``hazards``: (geometries, classifications); ``releases``: (geometries, outcomes);
    ``districts``: (District list, geometries); shapely geometries in ``crs``."""
    builder = _ReportLayout(result, crs, organisation)
    with tempfile.TemporaryDirectory(prefix="landrelease-report-") as folder:
        builder.folder = folder
        builder.title_page()
        builder.district_pages()
        builder.outcome_page()
        builder.chart_page()
        builder.map_page(hazards, releases, districts)
        builder.page_numbers()
        exporter = QgsLayoutExporter(builder.layout)
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = 200
        settings.textRenderFormat = _ALWAYS_TEXT  # text stays text: searchable, copyable
        status = exporter.exportToPdf(path, settings)
        if status != QgsLayoutExporter.Success:
            from qgis.core import QgsProcessingException

            raise QgsProcessingException(
                tr("The PDF could not be written to {}: {}").format(path, exporter.errorMessage())
            )
    return builder.layout.pageCollection().pageCount()


class _ReportLayout:
    def __init__(self, result, crs, organisation):
        self.result = result
        self.crs = crs
        self.organisation = (organisation or "").strip()
        self.project = QgsProject()
        self.project.setCrs(crs)
        self.layout = QgsPrintLayout(self.project)
        self.layout.setName(tr("Land release report"))
        self.printed = datetime.date.today().isoformat()
        self.folder = ""
        self.keep = []  # layers, layer tree: alive until the export

    # --- pages ------------------------------------------------------------------------------

    def new_page(self, title: str | None = None) -> int:
        page = QgsLayoutItemPage(self.layout)
        page.setPageSize(QgsLayoutSize(PAGE_W, PAGE_H))
        self.layout.pageCollection().addPage(page)
        index = self.layout.pageCollection().pageCount() - 1
        if title:
            self.label(title, MARGIN, MARGIN - 3, PAGE_W - 2 * MARGIN, 10, index, 16, bold=True)
            self.rule(MARGIN + 8, index)
        return index

    def title_page(self) -> None:
        r = self.result
        page = self.new_page()
        self.label(tr("Land release report"), MARGIN, 22, 267, 16, page, 28, bold=True)
        self.label(
            tr("Hazardous areas, land released and items found, by district"),
            MARGIN, 39, 267, 8, page, 13,
        )  # fmt: skip
        self.rule(50, page)
        district = district_label(r.district_filter) if r.district_filter else tr("All districts")
        lines = [
            (tr("Period"), period_text(r.start, r.end)),
            (tr("District"), district),
        ]
        if self.organisation:
            lines.append((tr("Organisation"), self.organisation))
        lines.append((tr("Printed on"), self.printed))
        y = 55
        for key, value in lines:
            self.label(key, MARGIN, y, 40, 7, page, 11, bold=True)
            self.label(value, MARGIN + 42, y, 225, 7, page, 11)
            y += 8
        y += 4
        if r.is_empty:
            self.label(tr("No land release in this period."), MARGIN, y, 267, 10, page, 16,
                       bold=True)  # fmt: skip
            y += 12
        t = r.total
        rows = [
            [tr("Figure"), tr("Value")],
            [
                tr("Suspected hazardous areas (SHA)"),
                tr("{} — {} ha").format(t.sha_count, ha(t.sha_area_m2)),
            ],
            [
                tr("Confirmed hazardous areas (CHA)"),
                tr("{} — {} ha").format(t.cha_count, ha(t.cha_area_m2)),
            ],
            [
                tr("Hazardous ground (SHA and CHA, overlaps once)"),
                tr("{} ha").format(ha(t.hazard_ground_m2)),
            ],
            [tr("Released in the period"), tr("{} ha").format(ha(t.released_m2))],
            [
                tr("  cancelled / reduced / cleared"),
                tr("{} / {} / {} ha").format(
                    ha(t.cancelled_m2), ha(t.reduced_m2), ha(t.cleared_m2)
                ),
            ],
            [
                tr("Remaining at the end of the period (SHA / CHA)"),
                tr("{} / {} ha").format(ha(t.sha_remaining_m2), ha(t.cha_remaining_m2)),
            ],
            [
                tr("Remaining hazardous ground (overlaps once)"),
                tr("{} ha").format(ha(t.remaining_ground_m2)),
            ],
            [tr("Releases completed in the period"), str(t.releases)],
            [
                tr("Items found: AP / AT / UXO / CM"),
                f"{t.ap_found} / {t.at_found} / {t.uxo_found} / {t.cm_found}",
            ],
        ]
        self.table(rows, MARGIN, y, [95, 70], page, align_right_from=1, font_size=10)
        notes = "\n".join(
            [
                tr("How to read the figures"),
                tr(
                    "• Areas are ellipsoidal (WGS 84), in hectares. They are the figures of the "
                    "land release summary: remaining = the summary as of the end of the period; "
                    "released in the period = the summary at the end minus the summary on the "
                    "day before the start. A release that ended before the period is not in the "
                    "released figures but is no longer remaining."
                ),
                tr(
                    "• A CHA usually lies inside an SHA. Each hazard is accounted on its own, so "
                    "SHA and CHA figures are given apart, and their sum counts the ground of a "
                    "CHA twice; 'ground' figures count it once (area of the union)."
                ),
                tr(
                    "• Ground released before the period and given a stronger outcome in it "
                    "(reduced, then cleared) moves from one outcome to the other: an outcome "
                    "of the period can be negative, the released total never is."
                ),
                tr(
                    "• District of a hazard: its district field, else the district polygon "
                    "holding most of it. Items found: the releases that ended in the period."
                ),
            ]
        )
        self.label(notes, MARGIN + 175, y, 92, 95, page, 8)

    def district_pages(self) -> None:
        r = self.result
        header = [
            tr("District"), tr("SHA"), tr("SHA ha"), tr("CHA"), tr("CHA ha"), tr("Cancelled ha"),
            tr("Reduced ha"), tr("Cleared ha"), tr("Released ha"), tr("Remaining SHA ha"),
            tr("Remaining CHA ha"), tr("Remaining ground ha"),
        ]  # fmt: skip
        widths = [44, 10, 18, 10, 18, 18, 18, 18, 18, 20, 20, 20]

        def line(row):
            return [
                district_label(row.district) if row.district.code != "TOTAL" else tr("TOTAL"),
                str(row.sha_count), ha(row.sha_area_m2), str(row.cha_count), ha(row.cha_area_m2),
                ha(row.cancelled_m2), ha(row.reduced_m2), ha(row.cleared_m2),
                ha(row.released_m2), ha(row.sha_remaining_m2), ha(row.cha_remaining_m2),
                ha(row.remaining_ground_m2),
            ]  # fmt: skip

        body = [line(row) for row in r.rows]
        chunks = [body[k : k + ROWS_PER_PAGE] for k in range(0, len(body), ROWS_PER_PAGE)] or [[]]
        for k, chunk in enumerate(chunks):
            title = tr("Hazards and land release by district")
            if len(chunks) > 1:
                title += f" ({k + 1}/{len(chunks)})"
            page = self.new_page(title)
            rows = [header] + chunk
            last = k == len(chunks) - 1
            if last:
                rows.append(line(r.total))
            height = self.table(rows, MARGIN, MARGIN + 12, widths, page, align_right_from=1,
                                total_row=last, font_size=8)  # fmt: skip
            if last:
                self.label(
                    tr(
                        "SHA and CHA: number and original area of the hazards. Cancelled, "
                        "reduced, cleared and released: in the period ({}). Remaining: at its "
                        "end. A CHA usually lies inside an SHA, so 'Remaining SHA' and "
                        "'Remaining CHA' can cover the same ground; 'Remaining ground' counts "
                        "it once. The CSV gives the same figures in m²."
                    ).format(period_text(r.start, r.end)),
                    MARGIN, MARGIN + 16 + height, 267, 16, page, 8,
                )  # fmt: skip

    def outcome_page(self) -> None:
        r = self.result
        page = self.new_page(tr("Released by outcome and method; items found"))
        self.label(tr("Released in the period by method and outcome (ha)"),
                   MARGIN, MARGIN + 11, 140, 6, page, 10, bold=True)  # fmt: skip
        methods = [
            m
            for m in r.methods
            if any(abs(r.by_method.get((o, m), 0)) > 0 for o in core_report.OUTCOMES)
        ]
        header = [tr("Method")] + [tr(OUTCOME_LABELS[o]) for o in core_report.OUTCOMES]
        header.append(tr("Total"))
        rows = [header]
        for method in methods:
            values = [r.by_method.get((o, method), 0.0) for o in core_report.OUTCOMES]
            rows.append([tr(METHOD_LABELS[method])] + [ha(v) for v in values] + [ha(sum(values))])
        t = r.total
        rows.append([tr("Total")] + [ha(t.cancelled_m2), ha(t.reduced_m2), ha(t.cleared_m2),
                                     ha(t.released_m2)])  # fmt: skip
        rows.append([tr("Releases completed")] + [str(r.releases_by_outcome[o]) for o in
                    core_report.OUTCOMES] + [str(sum(r.releases_by_outcome.values()))])  # fmt: skip
        y = MARGIN + 18
        self.table(rows, MARGIN, y, [36, 24, 22, 20, 20], page, align_right_from=1,
                   total_row=True, font_size=8, extra_bold=1)  # fmt: skip
        x = MARGIN + 145
        self.label(tr("Items found in the period, by district"),
                   x, MARGIN + 11, 122, 6, page, 10, bold=True)  # fmt: skip
        header = [tr("District"), tr("Releases"), tr("AP"), tr("AT"), tr("UXO"), tr("CM")]
        rows = [header] + [
            [district_label(row.district), str(row.releases), str(row.ap_found), str(row.at_found),
             str(row.uxo_found), str(row.cm_found)]
            for row in r.rows[: ROWS_PER_PAGE]
        ]  # fmt: skip
        rows.append([tr("TOTAL"), str(t.releases), str(t.ap_found), str(t.at_found),
                     str(t.uxo_found), str(t.cm_found)])  # fmt: skip
        self.table(rows, x, y, [42, 15, 12, 12, 12, 12], page, align_right_from=1,
                   total_row=True, font_size=8)  # fmt: skip
        self.label(
            tr(
                "AP anti-personnel mines, AT anti-tank mines, UXO unexploded ordnance, CM cluster "
                "munition remnants, as recorded on the releases that ended in the period. A "
                "release's ground is shared among methods where releases of one outcome overlap "
                "(earliest first)."
            ),
            MARGIN, PAGE_H - MARGIN - 14, 267, 8, page, 8,
        )  # fmt: skip
        if r.is_empty:
            self.label(tr("No land release in this period."), MARGIN, PAGE_H / 2, 267, 10,
                       page, 14, bold=True)  # fmt: skip

    def chart_page(self) -> None:
        r = self.result
        unit = tr("month") if r.bucket_unit == "month" else tr("year")
        page = self.new_page(tr("Progress by {}: land released (ha)").format(unit))
        if r.is_empty or not r.buckets:
            self.label(tr("No land release in this period."), MARGIN, MARGIN + 20, 267, 10,
                       page, 16, bold=True)  # fmt: skip
            return
        width, height = PAGE_W - 2 * MARGIN, PAGE_H - 2 * MARGIN - 30
        path = os.path.join(self.folder, "progress.png")
        draw_chart(r.buckets, r.bucket_unit, width, height, path)
        picture = QgsLayoutItemPicture(self.layout)
        picture.setPicturePath(path)
        picture.setResizeMode(QgsLayoutItemPicture.Zoom)
        self.layout.addLayoutItem(picture)
        picture.attemptResize(QgsLayoutSize(width, height))
        picture.attemptMove(QgsLayoutPoint(MARGIN, MARGIN + 12), page=page)
        note = tr(
            "Change of the release summary over each {} (as of its last day minus as of the last "
            "day before it), so the bars add up to the period's figures."
        ).format(unit)
        if r.undated_releases:
            note += " " + tr("{} release(s) without an end date are in no {}.").format(
                r.undated_releases, unit
            )
        self.label(note, MARGIN, PAGE_H - MARGIN - 14, 267, 8, page, 8)

    def map_page(self, hazards, releases, districts) -> None:
        r = self.result
        page = self.new_page(tr("Overview map"))
        district_list, district_geometries = districts
        keep = [
            (d, g)
            for d, g in zip(district_list, district_geometries)
            if r.district_filter is None or d == r.district_filter
        ]
        district_layer = _memory_layer(
            "Polygon", self.crs, tr("Districts"), ("label",),
            [(g, [district_label(d)]) for d, g in keep],
        )  # fmt: skip
        h_geoms, h_classes = hazards
        hazard_rows = [
            (g, [str(c or "").strip().upper()])
            for g, c, inc in zip(h_geoms, h_classes, r.hazard_included)
            if inc
        ]
        hazard_layer = _memory_layer("Polygon", self.crs, tr("Hazards"), ("classification",),
                                     hazard_rows)  # fmt: skip
        r_geoms, r_outcomes = releases
        release_rows = [
            (g, [str(o or "").strip().lower()])
            for g, o, inc in zip(r_geoms, r_outcomes, r.release_in_period)
            if inc
        ]
        release_layer = _memory_layer(
            "Polygon", self.crs, tr("Released in the period"), ("outcome",), release_rows
        )
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
        layers = [release_layer, hazard_layer, district_layer]
        self.project.addMapLayers(layers)  # the legend shows the project's layer tree
        self.keep.extend(layers)

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

        map_w, map_h = 200.0, PAGE_H - 2 * MARGIN - 14
        item = QgsLayoutItemMap(self.layout)
        item.setCrs(self.crs)
        item.setLayers(layers)
        item.setKeepLayerSet(True)
        item.setFrameEnabled(True)
        self.layout.addLayoutItem(item)
        item.attemptMove(QgsLayoutPoint(MARGIN, MARGIN + 12), page=page)
        item.attemptResize(QgsLayoutSize(map_w, map_h))
        item.setExtent(_with_ratio(extent, map_w / map_h))  # zoomToExtent needs an extent

        legend = QgsLayoutItemLegend(self.layout)
        legend.setTitle(tr("Legend"))
        legend.setLinkedMap(item)
        _legend_font(legend)
        self.layout.addLayoutItem(legend)
        legend.attemptMove(QgsLayoutPoint(MARGIN + map_w + 5, MARGIN + 12), page=page)

        bar = QgsLayoutItemScaleBar(self.layout)
        bar.setStyle("Single Box")
        bar.setLinkedMap(item)
        bar.setUnits(QgsUnitTypes.DistanceKilometers)
        bar.setUnitLabel("km")
        bar.setNumberOfSegments(4)
        bar.setNumberOfSegmentsLeft(0)
        bar.setTextFormat(_text_format(8))
        self.layout.addLayoutItem(bar)
        bar.applyDefaultSize(QgsUnitTypes.DistanceKilometers)
        bar.attemptMove(QgsLayoutPoint(MARGIN + map_w + 5, PAGE_H - MARGIN - 30), page=page)
        self.label(
            tr("Hazards of the report (SHA and CHA, 50 % transparent; a CHA usually lies inside "
               "an SHA) and the land released in the period. CRS: {}.").format(self.crs.authid()),
            MARGIN + map_w + 5, PAGE_H - MARGIN - 60, 62, 28, page, 7,
        )  # fmt: skip
        if not hazard_rows:
            self.label(tr("No hazard in this report."), MARGIN + 5, MARGIN + 20, 150, 8, page,
                       12, bold=True)  # fmt: skip

    def page_numbers(self) -> None:
        count = self.layout.pageCollection().pageCount()
        r = self.result
        left = tr("Land release report — {} — {} — printed {}").format(
            period_text(r.start, r.end),
            district_label(r.district_filter) if r.district_filter else tr("All districts"),
            self.printed,
        )
        for page in range(count):
            self.label(left, MARGIN, PAGE_H - 9, 220, 5, page, 7)
            self.label(tr("Page {} of {}").format(page + 1, count), PAGE_W - MARGIN - 40,
                       PAGE_H - 9, 40, 5, page, 8, align=Qt.AlignRight)  # fmt: skip

    # --- items ------------------------------------------------------------------------------

    def label(self, text, x, y, w, h, page, size, bold=False, align=Qt.AlignLeft):
        item = QgsLayoutItemLabel(self.layout)
        item.setText(text)
        if hasattr(item, "setTextFormat"):  # QGIS >= 3.24
            item.setTextFormat(_text_format(size, bold))
        else:
            item.setFont(_font(size, bold))
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
        contents = []
        for k, values in enumerate(rows):
            line = []
            for c, value in enumerate(values):
                cell = QgsTableCell(value)
                total = total_row and k >= len(rows) - 1 - extra_bold
                cell.setTextFormat(_text_format(font_size, k == 0 or total))
                if k == 0:
                    cell.setBackgroundColor(HEADER_GREY)
                elif total:
                    cell.setBackgroundColor(TOTAL_GREY)
                align = Qt.AlignRight if c >= align_right_from and k > 0 else Qt.AlignLeft
                cell.setHorizontalAlignment(align | Qt.AlignVCenter)
                line.append(cell)
            contents.append(line)
        table.setTableContents(contents)
        table.setColumnWidths(widths)
        table.setIncludeTableHeader(False)
        table.setContentTextFormat(_text_format(font_size))
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


# --- chart ------------------------------------------------------------------------------------


def draw_chart(buckets, unit, width_mm, height_mm, path, dpi=200) -> None:
    """Grouped bars of released ha per bucket and outcome, with axes, labels and a legend;
    each outcome has its own colour and hatching, so it reads in black and white."""
    px = lambda mm: mm / 25.4 * dpi  # noqa: E731
    image = QImage(int(px(width_mm)), int(px(height_mm)), QImage.Format_ARGB32)
    image.setDotsPerMeterX(int(dpi / 0.0254))
    image.setDotsPerMeterY(int(dpi / 0.0254))
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    painter.setFont(_font(9))
    values = [[v[o] / 1e4 for o in core_report.OUTCOMES] for _, v in buckets]
    top = max([0.0] + [max(v) for v in values])
    bottom = min([0.0] + [min(v) for v in values])
    if top - bottom <= 0:
        top = 1.0
    step = _nice_step((top - bottom) / 6)
    top = math.ceil(top / step) * step
    bottom = math.floor(bottom / step) * step
    left, right = px(24), image.width() - px(6)
    upper, lower = px(16), image.height() - px(22)

    def y_of(value):
        return lower - (value - bottom) / (top - bottom) * (lower - upper)

    grid = QPen(QColor("#BBBBBB"))
    grid.setWidthF(px(0.15))
    black = QPen(QColor("black"))
    black.setWidthF(px(0.3))
    tick = bottom
    while tick <= top + step / 2:
        y = y_of(tick)
        painter.setPen(grid)
        painter.drawLine(QPointF(left, y), QPointF(right, y))
        painter.setPen(black)
        painter.drawText(
            QRectF(0, y - px(3), left - px(2), px(6)),
            Qt.AlignRight | Qt.AlignVCenter,
            f"{tick:,.2f}" if step < 1 else f"{tick:,.0f}",
        )
        tick += step
    painter.setPen(black)
    painter.drawLine(QPointF(left, upper), QPointF(left, lower))
    painter.drawLine(QPointF(left, y_of(0)), QPointF(right, y_of(0)))

    n = len(buckets)
    slot = (right - left) / max(n, 1)
    bar = slot * 0.8 / 3
    every = max(1, math.ceil(n / 24))  # labels no closer than ~10 mm
    for k, (label, _) in enumerate(buckets):
        x0 = left + k * slot + slot * 0.1
        for j, outcome in enumerate(core_report.OUTCOMES):
            value = values[k][j]
            if value == 0:
                continue
            y0, y1 = y_of(0), y_of(value)
            rect = QRectF(x0 + j * bar, min(y0, y1), bar, abs(y1 - y0))
            _fill(painter, rect, outcome, dpi)
        if k % every == 0:
            painter.save()
            painter.setPen(black)
            painter.setFont(_font(8))
            cx = left + (k + 0.5) * slot
            painter.translate(cx, lower + px(2))
            if n > 12:
                painter.rotate(-45)
                painter.drawText(QRectF(-px(20), 0, px(20), px(5)), Qt.AlignRight, label)
            else:
                painter.drawText(QRectF(-px(10), 0, px(20), px(5)), Qt.AlignHCenter, label)
            painter.restore()

    painter.setFont(_font(9, True))
    painter.save()
    painter.translate(px(5), (upper + lower) / 2)
    painter.rotate(-90)
    painter.drawText(QRectF(-px(40), -px(4), px(80), px(8)), Qt.AlignCenter,
                     tr("Released (ha)"))  # fmt: skip
    painter.restore()
    axis = tr("Month (end date of the release)") if unit == "month" else tr("Year")
    painter.drawText(QRectF(left, image.height() - px(7), right - left, px(6)), Qt.AlignCenter,
                     axis)  # fmt: skip
    # legend, top right
    painter.setFont(_font(9))
    x = right - px(120)
    for j, outcome in enumerate(core_report.OUTCOMES):
        box = QRectF(x + j * px(40), px(4), px(8), px(5))
        _fill(painter, box, outcome, dpi)
        painter.setPen(black)
        painter.drawText(QRectF(box.right() + px(2), px(3.5), px(30), px(6)),
                         Qt.AlignLeft | Qt.AlignVCenter, tr(OUTCOME_LABELS[outcome]))  # fmt: skip
    painter.end()
    image.save(path, "PNG")


def _fill(painter, rect, outcome, dpi) -> None:
    style = symbology.RELEASE_FILL[outcome]
    painter.setPen(Qt.NoPen)
    painter.setBrush(QBrush(QColor(style.colour)))
    painter.drawRect(rect)
    pattern = QT_PATTERN[style.pattern]
    if pattern is not None:
        brush = QBrush(QColor("black"), pattern)
        brush.setTransform(QTransform.fromScale(dpi / 100, dpi / 100))
        painter.setBrush(brush)
        painter.drawRect(rect)
    pen = QPen(QColor("black"))
    pen.setWidthF(dpi / 254)  # 0.1 mm... 0.25 mm
    painter.setPen(pen)
    painter.setBrush(Qt.NoBrush)
    painter.drawRect(rect)


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


def _nice_step(raw: float) -> float:
    if raw <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


# --- styles and fonts -------------------------------------------------------------------------


def _font(size, bold=False) -> QFont:
    font = QFont(FONT)
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _text_format(size, bold=False) -> QgsTextFormat:
    text_format = QgsTextFormat()
    text_format.setFont(_font(size, bold))
    text_format.setSize(size)
    text_format.setSizeUnit(QgsUnitTypes.RenderPoints)
    text_format.setColor(QColor("black"))
    return text_format


def _legend_font(legend) -> None:
    sizes = {
        QgsLegendStyle.Title: (11, True),
        QgsLegendStyle.Group: (9, True),
        QgsLegendStyle.Subgroup: (9, True),
        QgsLegendStyle.SymbolLabel: (8, False),
    }
    for style, (size, bold) in sizes.items():
        legend_style = legend.rstyle(style)
        if hasattr(legend_style, "setTextFormat"):  # QGIS >= 3.30
            legend_style.setTextFormat(_text_format(size, bold))
        else:
            legend.setStyleFont(style, _font(size, bold))


def _memory_layer(kind, crs, name, field_names, rows) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{kind}?crs={crs.authid()}", name, "memory")
    if not crs.authid():
        layer.setCrs(crs)
    layer.dataProvider().addAttributes([QgsField(n, QVariant.String) for n in field_names])
    layer.updateFields()
    features = []
    import shapely

    for geometry, values in rows:
        if geometry is None or geometry.is_empty:
            continue
        feature = QgsFeature(layer.fields())
        qgs = QgsGeometry()
        qgs.fromWkb(shapely.to_wkb(geometry, output_dimension=2))
        feature.setGeometry(qgs)
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
    from qgis.core import QgsSingleSymbolRenderer

    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    settings = QgsPalLayerSettings()
    settings.fieldName = "label"
    settings.setFormat(_text_format(8, True))
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
