"""The print layout of the completion report / handover certificate
(``landrelease:completionreport``), built in code and exported to one PDF: for each hazard a run
of pages — the map with its turning point table (continued on further map pages when the
points overflow), the certificate (figures, items, work, QA result, north and datum, the four
signature blocks) and the annex listing its releases. A4 landscape, DejaVu Sans (Azerbaijani,
Cyrillic). Words in the language installed now (context CompletionReportLayout), numbers in the
convention of ``language``."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from qgis.core import (
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutItemShape,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsProcessingException,
    QgsProject,
)
from qgis.PyQt.QtCore import QCoreApplication, Qt

from ..core import completion, model
from ..core.model import QT_TRANSLATE_NOOP
from ..core.numbers import number_text
from . import photo_page
from .area_report_items import PAGE_H, PAGE_W, ReportItems
from .atlas import pdf_settings
from .completion_map import (
    DETAILS,
    MAP_KEY,
    NORTH_NOTE,
    POINTS_NOTE,
    TABLE_CAPTION,
    add_hazard_map,
    add_point_table,
    hazard_layers,
    rows_per_table,
)

LEFT = 8.0
WIDTH = PAGE_W - 2 * LEFT
ANNEX_WIDTHS = (24, 16, 18, 20, 16, 15, 15, 10, 7, 7, 8, 7, 28, 18, 15)  # mm
ANNEX_FONT_PT = 6.5
ANNEX_TOP, ANNEX_NOTE = 24.0, 184.0  # the table's top; the note under it (mm)
SIGNATURE_TOP = 148.0
SIGNATURES = (
    QT_TRANSLATE_NOOP("CompletionReportLayout", "Operator"),
    QT_TRANSLATE_NOOP("CompletionReportLayout", "Quality management officer"),
    QT_TRANSLATE_NOOP("CompletionReportLayout", "National mine action authority"),
    QT_TRANSLATE_NOOP("CompletionReportLayout", "Local community representative"),
)
MARKER = QT_TRANSLATE_NOOP("CompletionReportLayout", "Marker")
ITEM_NAMES = (
    ("ap", QT_TRANSLATE_NOOP("CompletionReportLayout", "AP mines")),
    ("at", QT_TRANSLATE_NOOP("CompletionReportLayout", "AT mines")),
    ("uxo", QT_TRANSLATE_NOOP("CompletionReportLayout", "UXO")),
    ("cm", QT_TRANSLATE_NOOP("CompletionReportLayout", "Cluster munitions")),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("CompletionReportLayout", text)


def code_text(code_list: str, code) -> str:
    """A code as printed: its label in the language installed now; an unknown code as it is."""
    if code in (None, ""):
        return "—"
    label = model.CODE_LISTS[code_list].label(str(code))
    return QCoreApplication.translate(model.TR_CONTEXT, label) if label else str(code)


@dataclass
class HazardPages:
    """What one hazard's run of pages shows."""

    hazard_id: str
    attributes: dict  # the hazard's fields
    geometry: object  # QgsGeometry in the working CRS
    page: object  # tasking_data.Page: point rows and the tasking texts (details, north note)
    report: completion.HazardReport
    photos: list = field(default_factory=list)  # photo_page.Photo of its features (PHOTOS)


class CompletionLayout(ReportItems):
    """The pages of every hazard on one layout of its own project."""

    def __init__(self, crs, crs_text: str, columns, language: str, organisation, printed):
        self.crs, self.crs_text, self.columns = crs, crs_text, columns
        self.language, self.organisation, self.printed = language, organisation or "", printed
        self.project = QgsProject()
        self.project.setCrs(crs)
        self.layout = QgsPrintLayout(self.project)
        self.layout.setName(tr("Completion report"))
        self.runs: list[tuple[str, int, int]] = []  # (hazard id, first page, page count)
        self.photos: list[photo_page.Photo] = []  # of every hazard

    def unreadable_photos(self) -> list:
        """The photos that could not be printed, each once."""
        return list(dict.fromkeys(p for p in self.photos if not p.file))

    # --- numbers ----------------------------------------------------------------------------

    def ha(self, area_m2: float) -> str:
        return number_text(area_m2 / 1e4, 2, self.language)

    def m2(self, area_m2: float) -> str:
        return number_text(area_m2, 0, self.language)

    def whole(self, value: int) -> str:
        return number_text(value, 0, self.language)

    # --- one hazard -------------------------------------------------------------------------

    def add_hazard(self, hazard: HazardPages) -> int:
        """The run of pages of one hazard; the number of pages."""
        first = self.layout.pageCollection().pageCount()
        rows = hazard.page.points
        capacity = rows_per_table()
        chunks = [rows[k : k + capacity] for k in range(0, len(rows), capacity)] or [[]]
        for k, chunk in enumerate(chunks):
            self._map_page(hazard, chunk, k, len(chunks))
        self._certificate_page(hazard)
        parts = _annex_parts([self._release_row(r) for r in hazard.report.releases])
        for k, part in enumerate(parts):
            self._annex_page(hazard, part, k, len(parts))
        self.photos += hazard.photos
        if hazard.photos:
            for readable, unreadable in photo_page.photo_pages(hazard.photos):
                page = self.new_page()
                self._header(hazard, page, tr("Photos of its releases, points and evidence"))
                photo_page.add_photos(self, page, readable, unreadable, LEFT, WIDTH)
        count = self.layout.pageCollection().pageCount() - first
        self.runs.append((hazard.hazard_id, first, count))
        return count

    def _header(self, hazard: HazardPages, page: int, subtitle: str) -> None:
        self.label(
            tr("Completion report — {}").format(hazard.hazard_id),
            LEFT, 6, 190, 9, page, 15, bold=True,
        )  # fmt: skip
        self.label(subtitle, LEFT, 15.5, 190, 6, page, 9)
        right = "\n".join(
            t for t in (self.organisation, tr("Printed {}").format(self.printed)) if t
        )
        self.label(right, 198, 6, WIDTH + LEFT - 198, 16, page, 9, bold=True, align=Qt.AlignRight)

    def _subtitle(self, hazard: HazardPages) -> str:
        a = hazard.attributes
        parts = [
            tr("Handover certificate (IMAS 08.30)"),
            a.get("classification") or "",
            tr("district {}").format(a["district"]) if a.get("district") else "",
        ]
        return " · ".join(p for p in parts if p)

    def _map_page(self, hazard: HazardPages, rows, k: int, count: int) -> None:
        page = self.new_page()
        title = self._subtitle(hazard)
        if count > 1:
            title += f"  ({k + 1}/{count})"
        self._header(hazard, page, title)
        layers = hazard_layers(self.crs, hazard.geometry, hazard.page.points, self.project)
        add_hazard_map(self.layout, page, self.crs, layers, hazard.geometry)
        values = hazard.page.attributes
        self.label(values.get("north_note") or "", *NORTH_NOTE, page, 6.5)
        key = tr("Hatched: the hazard. Dots: its points, numbered as in the table.")
        self.label(key, *MAP_KEY, page, 6.5)
        self.label(values.get("table_caption") or "", *TABLE_CAPTION, page, 7, bold=True)
        add_point_table(self.layout, page, self.columns, rows, self.project)
        note = values.get("points_note") or ""
        if k + 1 < count:
            note = " ".join(t for t in (tr("The table continues on the next page."), note) if t)
        self.label(note, *POINTS_NOTE, page, 7, bold=True)
        details = self.label(values.get("details") or "", *DETAILS, page, 7.5)
        details.setFrameEnabled(True)
        details.setMarginX(1.5)
        details.setMarginY(1.2)

    # --- the certificate --------------------------------------------------------------------

    def _certificate_page(self, hazard: HazardPages) -> None:
        page = self.new_page()
        self._header(hazard, page, self._subtitle(hazard))
        report = hazard.report
        y = 24.0
        for text in self._warnings(report):
            banner = self.label(text, LEFT, y, WIDTH, 8.5, page, 9, bold=True)  # two lines
            banner.setFrameEnabled(True)
            y += 10
        self._figures(report, y, page)
        self._work(report, y, page)
        self._north_and_datum(hazard, y + 72, page)
        self._signatures(page)

    def _warnings(self, report) -> list[str]:
        """Framed lines over the figures: what must happen before the certificate is signed."""
        lines = []
        if not report.closed:
            lines.append(
                tr(
                    "NOT CLOSED: {} ha of this hazard remain. It cannot be handed over until "
                    "the remaining area is released."
                ).format(self.ha(report.account.remaining_m2))
            )
        waiting = sum(1 for r in report.counted if r.qa_status != "passed")
        if waiting:
            lines.append(
                tr(
                    "QUALITY MANAGEMENT NOT COMPLETE: {} release(s) not yet passed. Sign when "
                    "every release has passed."
                ).format(self.whole(waiting))
            )
        return lines

    def _figures(self, report, y: float, page: int) -> None:
        a = report.account
        title = tr("Land release figures — status: {}").format(code_text("status", a.status))
        self.label(title, LEFT, y, 140, 6, page, 10, bold=True)
        rows = [
            [tr("Figure"), tr("ha"), tr("m²")],
            [tr("Original area"), self.ha(a.original_m2), self.m2(a.original_m2)],
            [tr("Cancelled (non-technical survey)"), self.ha(a.cancelled_m2),
             self.m2(a.cancelled_m2)],
            [tr("Reduced (technical survey)"), self.ha(a.reduced_m2), self.m2(a.reduced_m2)],
            [tr("Cleared"), self.ha(a.cleared_m2), self.m2(a.cleared_m2)],
            [tr("Remaining"), self.ha(a.remaining_m2), self.m2(a.remaining_m2)],
        ]  # fmt: skip
        height = self.table(rows, LEFT, y + 6, [62, 24, 28], page, total_row=True, font_size=8)
        y += 9 + height
        # Titles over two lines in some languages: the tables start below both lines.
        self.label(tr("Released by method (ha)"), LEFT, y, 84, 9, page, 8.5, bold=True)
        methods = sorted({m for (_o, m) in report.by_method})
        rows = [[tr("Method")] + [code_text("outcome", o) for o in completion.OUTCOMES]]
        for method in methods:
            rows.append(
                [_method_text(method)]
                + [self.ha(report.by_method.get((o, method), 0.0)) for o in completion.OUTCOMES]
            )
        if not methods:
            rows.append([tr("Nothing released"), "", "", ""])
        self.table(rows, LEFT, y + 9, [30, 16, 16, 16], page, font_size=7)
        x = LEFT + 92
        self.label(tr("Cleared by clearance depth"), x, y, 50, 9, page, 8.5, bold=True)
        rows = [[tr("Depth"), tr("ha")]]
        for depth in sorted(report.cleared_by_depth, key=_depth_order):
            label = tr("{} cm").format(depth) if depth else tr("Not recorded")
            rows.append([label, self.ha(report.cleared_by_depth[depth])])
        if len(rows) == 1:
            rows.append([tr("Nothing cleared"), ""])
        self.table(rows, x, y + 9, [24, 16], page, font_size=7)

    def _work(self, report, y: float, page: int) -> None:
        x, w = 153.0, PAGE_W - LEFT - 153.0
        self.label(tr("Work, items and quality management"), x, y, w, 6, page, 10, bold=True)
        start = report.first_start.isoformat() if report.first_start else "—"
        end = report.last_end.isoformat() if report.last_end else "—"
        lines = [
            tr("Work from {} to {}; {} release(s) counted.").format(
                start, end, self.whole(len(report.counted))
            ),
            tr("Organisations: {}").format(_listed(report.organisations, 3)),
            tr("Teams: {}").format(_listed(report.teams, 4)),
        ]
        self.label("\n".join(lines), x, y + 6, w, 17, page, 8)
        items = [tr(name) for _k, name in ITEM_NAMES] + [tr("Total")]
        counts = [report.items.get(k, 0) for k, _n in ITEM_NAMES]
        rows = [items, [self.whole(c) for c in counts] + [self.whole(sum(counts))]]
        self.label(tr("Items found and destroyed"), x, y + 24, w, 5, page, 8.5, bold=True)
        self.table(rows, x, y + 29, [24, 24, 16, 30, 16], page, align_right_from=0, font_size=7)
        self.label(self._qa_text(report), x, y + 44, w, 27, page, 8)

    def _qa_text(self, report) -> str:
        qa = report.qa_counts
        lines = [
            tr("Quality management: {} passed, {} pending, {} failed.").format(
                self.whole(qa.get("passed", 0)), self.whole(qa.get("pending", 0)),
                self.whole(qa.get("failed", 0)),
            )
        ]  # fmt: skip
        others = sorted(k for k in qa if k not in completion.QA_CODES and qa[k])
        if others:
            lines.append(tr("Unknown QA status, not counted: {}.").format(", ".join(others)))
        counted = report.counted
        if counted and all(r.qa_status == "passed" for r in counted):
            lines.append(tr("Every counted release passed quality management."))
        elif counted:
            lines.append(
                tr(
                    "Not every counted release has passed quality management: the figures "
                    "include {} release(s) not yet passed."
                ).format(self.whole(sum(1 for r in counted if r.qa_status != "passed")))
            )
        if qa.get("failed"):
            lines.append(tr("Failed releases are listed in the annex and never counted."))
        reviews = sorted(
            {(r.reviewed_by, r.reviewed_on.isoformat() if r.reviewed_on else "—")
             for r in report.releases if r.reviewed_by}
        )  # fmt: skip
        if reviews:
            named = [f"{who} ({day})" for who, day in reviews]
            lines.append(tr("Reviewed by: {}").format(_listed(named, 3)))
        return "\n".join(lines)

    def _north_and_datum(self, hazard: HazardPages, y: float, page: int) -> None:
        x, w = 153.0, PAGE_W - LEFT - 153.0
        text = "\n".join(
            [
                tr("Coordinates: grid {}; latitude/longitude and MGRS on WGS 84.").format(
                    self.crs_text
                ),
                hazard.page.attributes.get("north_note") or "",
                tr(
                    "Figures: the land release accounting of the land release summary; "
                    "releases pending or passed by quality management count, failed ones "
                    "never; areas ellipsoidal (WGS 84)."
                ),
            ]
        )
        self.label(text, x, y, w, SIGNATURE_TOP - 8 - y, page, 7)

    def _signatures(self, page: int) -> None:
        self.label(tr("Handover"), LEFT, SIGNATURE_TOP - 7, WIDTH, 6, page, 10, bold=True)
        gap = 4.0
        width = (WIDTH - 3 * gap) / 4
        fields = (tr("Name"), tr("Position"), tr("Signature"), tr("Date"))
        for k, who in enumerate(SIGNATURES):
            x = LEFT + k * (width + gap)
            box = QgsLayoutItemShape(self.layout)
            box.setShapeType(QgsLayoutItemShape.Rectangle)
            box.setSymbol(
                QgsFillSymbol.createSimple(
                    {"color": "255,255,255,0", "outline_color": "#000000", "outline_width": "0.3"}
                )
            )
            self.layout.addLayoutItem(box)
            self._place(box, x, SIGNATURE_TOP, width, 46, page)
            self.label(tr(who), x + 2, SIGNATURE_TOP + 1.5, width - 4, 9, page, 8.5, bold=True)
            for n, name in enumerate(fields):  # the caption may take two lines
                line_y = SIGNATURE_TOP + 11 + n * 8.5
                self.label(name + ":", x + 2, line_y, width - 4, 5, page, 7.5)
                self.rule_at(x + 2, line_y + 7, width - 4, page)

    def _place(self, item, x, y, w, h, page) -> None:
        item.attemptResize(QgsLayoutSize(w, h))
        item.attemptMove(QgsLayoutPoint(x, y), page=page)

    def rule_at(self, x: float, y: float, width: float, page: int) -> None:
        shape = QgsLayoutItemShape(self.layout)
        shape.setShapeType(QgsLayoutItemShape.Rectangle)
        shape.setSymbol(QgsFillSymbol.createSimple({"color": "90,90,90", "outline_style": "no"}))
        self.layout.addLayoutItem(shape)
        self._place(shape, x, y, width, 0.25, page)

    # --- the annex --------------------------------------------------------------------------

    def _annex_page(self, hazard: HazardPages, rows, k: int, count: int) -> None:
        """A page of the annex: ``rows``, the cells of the releases that fit on it."""
        page = self.new_page()
        title = tr("Annex: the land releases of the hazard")
        if count > 1:
            title += f" ({k + 1}/{count})"
        self._header(hazard, page, title)
        header = [
            tr("Release"), tr("Outcome"), tr("Method"), tr("Organisation"), tr("Team"),
            tr("Start"), tr("End"), tr("Depth cm"), tr("AP"), tr("AT"), tr("UXO"), tr("CM"),
            tr("QA"), tr("Reviewed by"), tr("Reviewed on"),
        ]  # fmt: skip
        widths = list(ANNEX_WIDTHS)
        height = self.table(
            [header, *rows], LEFT, ANNEX_TOP, widths, page, align_right_from=99,
            font_size=ANNEX_FONT_PT,
        )  # fmt: skip
        # The frame reaches the note: rows that wrap more than estimated are never cut off.
        frame = self.layout.multiFrames()[-1].frame(0)
        frame.attemptResize(QgsLayoutSize(frame.sizeWithUnits().width(), ANNEX_NOTE - ANNEX_TOP))
        if not rows:
            self.label(tr("No land release covers this hazard."), LEFT, ANNEX_TOP + 2 + height,
                       WIDTH, 6, page, 9, bold=True)  # fmt: skip
        self.label(
            tr(
                "Every release that covers part of the hazard or names it. A failed release "
                "(QA failed) is never counted in the figures: re-working it is a new release; "
                "nor is a release whose QA status is no known code. "
                "Depth: clearance depth in cm. Items: AP anti-personnel mines, AT anti-tank "
                "mines, UXO unexploded ordnance, CM cluster munition remnants."
            ),
            LEFT, ANNEX_NOTE, WIDTH, 10, page, 7,
        )  # fmt: skip

    def _release_row(self, r: completion.Release) -> list[str]:
        qa = code_text("qa_status", r.qa_status)
        if not r.counts:
            qa = tr("{} (not counted)").format(qa)
        end = r.end_date.isoformat() if hasattr(r.end_date, "isoformat") else str(r.end_date or "")
        return [
            r.release_id, code_text("outcome", r.outcome), code_text("method", r.method),
            r.organisation or "—", r.team or "—",
            r.start_date.isoformat() if r.start_date else "—", end or "—",
            completion.depth_key(r.depth_cm) or "—",
            *(self.whole(completion.count(r.items.get(i))) for i in completion.ITEMS),
            qa, r.reviewed_by or "—", r.reviewed_on.isoformat() if r.reviewed_on else "—",
        ]  # fmt: skip

    # --- the whole document -----------------------------------------------------------------

    def page_numbers(self) -> None:
        """Each page's footer: the hazard, its page within its run, the document's page."""
        total = self.layout.pageCollection().pageCount()
        for hazard_id, first, count in self.runs:
            for k in range(count):
                page = first + k
                self.label(
                    tr("Completion report {} — page {} of {} of this hazard").format(
                        hazard_id, k + 1, count
                    ),
                    LEFT, PAGE_H - 8, 200, 5, page, 7,
                )  # fmt: skip
                self.label(
                    tr("Page {} of {}").format(page + 1, total),
                    PAGE_W - LEFT - 60, PAGE_H - 8, 60, 5, page, 8, bold=True,
                    align=Qt.AlignRight,
                )  # fmt: skip

    def export(self, path: str) -> int:
        """Write the PDF; the number of pages. Refused when it cannot be written."""
        self.page_numbers()
        exporter = QgsLayoutExporter(self.layout)
        status = exporter.exportToPdf(path, pdf_settings())
        if status != QgsLayoutExporter.Success:
            raise QgsProcessingException(
                tr("The PDF could not be written to {}: {}").format(path, exporter.errorMessage())
            )
        return self.layout.pageCollection().pageCount()


def _annex_parts(rows: list) -> list:
    """The annex's rows cut into pages: as many as fit between the table's top and its note,
    each row as high as its longest cell wraps (estimated generously)."""
    room = ANNEX_NOTE - ANNEX_TOP - 2 * _row_height(())  # the header, a margin
    parts, part, used = [], [], 0.0
    for row in rows:
        height = _row_height(row)
        if part and used + height > room:
            parts.append(part)
            part, used = [], 0.0
        part.append(row)
        used += height
    return [*parts, part] if part or not parts else parts


def _row_height(cells) -> float:
    """The height (mm) of an annex row whose longest cell wraps the most."""
    char_mm = ANNEX_FONT_PT * 0.3528 * 0.62  # a wide average character of DejaVu Sans
    lines = max(
        [1] + [math.ceil(len(text) * char_mm / (w - 1.0)) for text, w in zip(cells, ANNEX_WIDTHS)]
    )
    return lines * ANNEX_FONT_PT * 0.3528 * 1.25 + 2.8


def _listed(names, limit: int) -> str:
    """``names`` joined, at most ``limit`` of them and how many more (the annex lists all)."""
    if not names:
        return "—"
    shown = ", ".join(names[:limit])
    if len(names) > limit:
        shown += " " + tr("and {} more (see the annex)").format(len(names) - limit)
    return shown


def _method_text(method: str) -> str:
    if method == "unspecified":
        return tr("Not recorded")
    return code_text("method", method)


def _depth_order(depth: str):
    try:
        return (0, float(depth))
    except ValueError:
        return (1, depth)
