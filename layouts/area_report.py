"""The print layout of the area report (``landrelease:areareport``), built in code and exported
to PDF: title page, totals and districts, outcome and method, items found, progress by month
(a chart drawn with QPainter), overview map. A4 landscape, DejaVu Sans (Azerbaijani, Cyrillic).

The parts: area_report_text (words and numbers as printed), area_report_items (pages, labels,
tables), area_report_chart (the progress chart), area_report_map (the overview map)."""

from __future__ import annotations

import datetime
import os
import tempfile

from qgis.core import (
    Qgis,
    QgsLayoutExporter,
    QgsLayoutItemPicture,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsProject,
    QgsRenderContext,
)
from qgis.PyQt.QtCore import QCoreApplication, Qt

from ..core import area_report as core_report
from .area_report_chart import draw_chart
from .area_report_items import MARGIN, PAGE_H, PAGE_W, ReportItems
from .area_report_map import MAP_W, add_map, map_extent, map_layers
from .area_report_text import (
    METHOD_LABELS,
    OUTCOME_LABELS,
    day_text,
    district_label,
    figures_line,
    ha,
    pending_note,
    period_text,
)

__all__ = [  # what the algorithm and the tests use, besides this module's own
    "METHOD_LABELS", "OUTCOME_LABELS", "day_text", "district_label", "draw_chart",
    "figures_line", "ha", "pending_note", "period_text", "tr", "export_pdf",
]  # fmt: skip

try:  # QGIS >= 3.28
    _ALWAYS_TEXT = Qgis.TextRenderFormat.AlwaysText
except AttributeError:
    _ALWAYS_TEXT = QgsRenderContext.TextFormatAlwaysText

ROWS_PER_PAGE = 22  # district table rows on one page


def tr(text: str) -> str:
    return QCoreApplication.translate("LandReleaseAreaReport", text)


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


class _ReportLayout(ReportItems):
    """The report's pages, one method each, on a layout of its own project."""

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

    def title_page(self) -> None:
        r = self.result
        page = self.new_page()
        self.label(tr("Land release report"), MARGIN, 22, 267, 16, page, 28, bold=True)
        self.label(
            tr("Hazardous areas, land released and items found, by district"),
            MARGIN, 37, 267, 7, page, 13,
        )  # fmt: skip
        self.label(figures_line(r.official), MARGIN, 44, 267, 6, page, 11, bold=True)
        self.rule(51, page)
        y = self._title_lines(page, 55) + 4
        if r.is_empty:
            self.label(tr("No land release in this period."), MARGIN, y, 267, 10, page, 16,
                       bold=True)  # fmt: skip
            y += 12
        self.table(self._summary_rows(), MARGIN, y, [95, 70], page, align_right_from=1,
                   font_size=10)  # fmt: skip
        self.label(self._reading_notes(), MARGIN + 175, y, 92, 95, page, 8)

    def _title_lines(self, page: int, y: float) -> float:
        """Period, district, organisation and print date from ``y`` down; the y after them."""
        r = self.result
        district = district_label(r.district_filter) if r.district_filter else tr("All districts")
        lines = [
            (tr("Period"), period_text(r.start, r.end)),
            (tr("District"), district),
        ]
        if self.organisation:
            lines.append((tr("Organisation"), self.organisation))
        lines.append((tr("Printed on"), self.printed))
        for key, value in lines:
            self.label(key, MARGIN, y, 40, 7, page, 11, bold=True)
            self.label(value, MARGIN + 42, y, 225, 7, page, 11)
            y += 8
        return y

    def _summary_rows(self) -> list[list[str]]:
        """The title page's table of the report's totals."""
        r = self.result
        t = r.total
        return [
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
            [
                tr("Pending review at the end of the period"),
                (
                    tr("{} ha (part of remaining)")
                    if r.official
                    else tr("{} ha (counted as released)")
                ).format(ha(t.pending_m2)),
            ],
            [tr("Releases completed in the period"), str(t.releases)],
            [
                tr("Items found: AP / AT / UXO / CM"),
                f"{t.ap_found} / {t.at_found} / {t.uxo_found} / {t.cm_found}",
            ],
        ]

    @staticmethod
    def _reading_notes() -> str:
        """How to read the figures (beside the totals)."""
        return "\n".join(
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
                tr(
                    "• A release that failed quality management review counts nowhere. Pending: "
                    "ground released only by releases not yet reviewed; official figures "
                    "count it as remaining, operational figures as released."
                ),
            ]
        )

    def district_pages(self) -> None:
        r = self.result
        header = [
            tr("District"), tr("SHA"), tr("SHA ha"), tr("CHA"), tr("CHA ha"), tr("Cancelled ha"),
            tr("Reduced ha"), tr("Cleared ha"), tr("Released ha"), tr("Remaining SHA ha"),
            tr("Remaining CHA ha"), tr("Remaining ground ha"), tr("Pending review ha"),
        ]  # fmt: skip
        widths = [34, 9, 17, 9, 17, 18, 18, 20, 18, 17, 17, 18, 17]

        def line(row):
            return [
                district_label(row.district) if row.district.code != "TOTAL" else tr("TOTAL"),
                str(row.sha_count), ha(row.sha_area_m2), str(row.cha_count), ha(row.cha_area_m2),
                ha(row.cancelled_m2), ha(row.reduced_m2), ha(row.cleared_m2),
                ha(row.released_m2), ha(row.sha_remaining_m2), ha(row.cha_remaining_m2),
                ha(row.remaining_ground_m2), ha(row.pending_m2),
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
                        "it once. Pending review: at the end, ground released only by releases "
                        "not yet reviewed ({}). The CSV gives the same figures in m²."
                    ).format(period_text(r.start, r.end), pending_note(r.official)),
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
        page = self.new_page(tr("Overview map"))
        layers = map_layers(self.result, self.crs, hazards, releases, districts)
        self.project.addMapLayers(layers)  # the legend shows the project's layer tree
        self.keep.extend(layers)
        _releases, hazard_layer, district_layer = layers
        extent = map_extent(hazard_layer, district_layer)
        add_map(self.layout, page, self.crs, layers, extent)
        self.label(
            tr("Hazards of the report (SHA and CHA, 50 % transparent; a CHA usually lies inside "
               "an SHA) and the land released in the period. CRS: {}.").format(self.crs.authid()),
            MARGIN + MAP_W + 5, PAGE_H - MARGIN - 60, 62, 28, page, 7,
        )  # fmt: skip
        if not any(self.result.hazard_included):
            self.label(tr("No hazard in this report."), MARGIN + 5, MARGIN + 20, 150, 8, page,
                       12, bold=True)  # fmt: skip

    def page_numbers(self) -> None:
        count = self.layout.pageCollection().pageCount()
        r = self.result
        left = tr("Land release report — {} — {} — {} — printed {}").format(
            tr("official figures") if r.official else tr("operational figures"),
            period_text(r.start, r.end),
            district_label(r.district_filter) if r.district_filter else tr("All districts"),
            self.printed,
        )
        for page in range(count):
            self.label(left, MARGIN, PAGE_H - 9, 220, 5, page, 7)
            self.label(tr("Page {} of {}").format(page + 1, count), PAGE_W - MARGIN - 40,
                       PAGE_H - 9, 40, 5, page, 8, align=Qt.AlignRight)  # fmt: skip
