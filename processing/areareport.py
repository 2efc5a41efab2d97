"""landrelease:areareport: the area report (PDF + CSV per district) from the land release
accounting, the same core as ``landrelease:releasesummary``."""

from __future__ import annotations

import csv
import datetime
from dataclasses import dataclass

from qgis.core import (
    QgsProcessingException,
    QgsWkbTypes,
)

from ..qgis_io import convert
from ..toolbelt import i18n
from . import parameters as p
from .algorithm import LandReleaseAlgorithm
from .releasesummary import (
    END_DATE,
    HAZARD_ID,
    OUTCOME,
    QA_STATUS,
    RELEASE_ID,
    check_review_field,
    figures_kind,
    review_values,
)

DISTRICT_FIELDS = ("code", "name", "name_en")
HAZARD_FIELDS = (HAZARD_ID, "classification", "district")
ITEM_FIELDS = {"ap": "ap_found", "at": "at_found", "uxo": "uxo_found", "cm": "cm_found"}
RELEASE_FIELDS = (
    RELEASE_ID, HAZARD_ID, OUTCOME, END_DATE, "method", QA_STATUS, *ITEM_FIELDS.values()
)  # fmt: skip


class AreaReport(LandReleaseAlgorithm):
    ID = "areareport"
    DISPLAY_NAME = "Area report (PDF and CSV)"
    GROUP_ID = "tasking"
    GROUP = "Tasking and reports"
    NEEDS_SHAPELY = True
    HELP = (
        "Prints the land release report of a period: hazardous areas (SHA and CHA, count and "
        "area), land released by outcome and by method, remaining area and items found, per "
        "district and in total, with the progress by month and an overview map (PDF), and the "
        "per-district table (CSV).\n\n"
        "HAZARDS: the hazardous areas (hazard_id, classification, district).\n"
        "RELEASES: the land releases (outcome, end_date, method, hazard_id, qa_status, "
        "ap_found, at_found, uxo_found, cm_found).\n"
        "DISTRICTS: optional district polygons (code, name, name_en).\n"
        "FROM, TO: optional dates of the period (both included).\n"
        "DISTRICT: optional, one district only (its code or name).\n"
        "ORGANISATION: optional, printed on the title page.\n"
        "LANGUAGE: the language the PDF is printed in (default: the interface language of "
        "QGIS). The CSV keeps its English column names.\n"
        "OFFICIAL: which releases count, as in the land release summary. Off (default, "
        "operational figures): every saved release except failed ones (an empty qa_status is "
        "pending). On (official figures): only releases passed by quality management; "
        "RELEASES then needs the field qa_status. A release that failed quality management "
        "review counts in no figure, items found included. The report says under its title "
        "which figures it prints. Pending review (pending_m2 in the CSV): at the end of the "
        "period, the ground released only by releases not yet reviewed, counted once per "
        "hazard; official figures count it as remaining, operational figures as released.\n\n"
        "The figures are those of the land release summary (the same accounting): remaining = "
        "the summary as of TO; released in the period = the summary as of TO minus the summary "
        "as of the day before FROM. So a release that ended before FROM is not in the released "
        "figures, but its ground is not remaining. When ground released before the period gets "
        "a stronger outcome in it (reduced, then cleared), it moves from one outcome to the "
        "other: an outcome of the period can then be negative; their sum never is.\n\n"
        "Every hazard is accounted on its own, as in the summary: a CHA usually lies inside an "
        "SHA, so the area columns are given per classification (SHA, CHA) and their sum counts "
        "that ground twice; hazard_ground_m2 and remaining_ground_m2 count it once (area of the "
        "union of the district's hazards).\n\n"
        "District of a hazard: its district field (a district code or name) when set, else the "
        "district polygon holding most of it, else 'Unknown district'. District of a release: "
        "that of the hazard its hazard_id names, else of the hazard holding most of it, else "
        "the district polygon holding most of it. Items found and the number of releases count "
        "the releases that ended in the period and count (see OFFICIAL).\n\n"
        "OUTPUT: the PDF report. OUTPUT_CSV: the per-district table (UTF-8, one row per "
        "district and a TOTAL row; areas in ellipsoidal m²). Both are written under temporary "
        "names and moved into place at the end: a cancelled or failed run leaves them as they "
        "were. Releases ending after today count nowhere, as in the land release summary."
    )

    HAZARDS = "HAZARDS"
    RELEASES = "RELEASES"
    DISTRICTS = "DISTRICTS"
    FROM = "FROM"
    TO = "TO"
    DISTRICT = "DISTRICT"
    ORGANISATION = "ORGANISATION"
    LANGUAGE = "LANGUAGE"
    OFFICIAL = "OFFICIAL"
    OUTPUT = "OUTPUT"
    OUTPUT_CSV = "OUTPUT_CSV"

    MAIN_THREAD = True  # print layouts are built and exported on the main thread

    def parameter_table(self):
        languages = [self.tr("Interface language")] + [n for _c, n in i18n.PRINT_LANGUAGES]
        return [
            p.source(self.HAZARDS, self.tr("Hazardous areas"), p.POLYGONS),
            p.source(self.RELEASES, self.tr("Land releases"), p.POLYGONS),
            p.source(self.DISTRICTS, self.tr("Districts"), p.POLYGONS, optional=True),
            p.day(self.FROM, self.tr("From (date, optional)")),
            p.day(self.TO, self.tr("To (date, optional)")),
            p.text(self.DISTRICT, self.tr("Only this district (code or name)"), optional=True),
            p.text(self.ORGANISATION, self.tr("Organisation (title page)"), optional=True),
            p.choice(self.LANGUAGE, self.tr("Language of the report"), languages, optional=True),
            p.flag(
                self.OFFICIAL,
                self.tr("Official figures: only releases passed by quality management count"),
            ),
            p.output_file(self.OUTPUT, self.tr("Report (PDF)"), self.tr("PDF files (*.pdf)")),
            p.output_file(
                self.OUTPUT_CSV, self.tr("Per-district table (CSV)"), self.tr("CSV files (*.csv)")
            ),
        ]

    def check_parameters(self, parameters, context):
        hazard_source, release_source, _districts = (
            self._source(parameters, name, context)
            for name in (self.HAZARDS, self.RELEASES, self.DISTRICTS)
        )
        if release_source is not None:
            missing = [n for n in (OUTCOME, END_DATE) if release_source.fields().lookupField(n) < 0]
            if missing:
                raise QgsProcessingException(
                    self.tr(
                        "RELEASES has no field {}: the land releases need the fields outcome "
                        "(cancelled, reduced or cleared) and end_date."
                    ).format(", ".join(missing))
                )
            official = self.parameterAsBoolean(parameters, self.OFFICIAL, context)
            check_review_field(release_source, official)
        if hazard_source is not None and hazard_source.featureCount() == 0:
            raise QgsProcessingException(
                self.tr("HAZARDS has no features: there is nothing to report.")
            )
        self._period(parameters, context)

    def processAlgorithm(self, parameters, context, feedback):
        hazard_source = self.required_source(parameters, self.HAZARDS, context)
        release_source = self.required_source(parameters, self.RELEASES, context)
        district_source = self._source(parameters, self.DISTRICTS, context)
        outputs = convert.OutputFiles(
            {
                self.OUTPUT: self.parameterAsFileOutput(parameters, self.OUTPUT, context),
                self.OUTPUT_CSV: self.parameterAsFileOutput(parameters, self.OUTPUT_CSV, context),
            }
        )
        start, end = self._period(parameters, context)
        official = self.parameterAsBoolean(parameters, self.OFFICIAL, context)
        feedback.pushInfo(figures_kind(official))
        today = datetime.date.today()
        crs = convert.working_crs(
            hazard_source.sourceCrs(),
            None,
            context,
            feedback,
            source=hazard_source,
            parameter=self.HAZARDS,
            id_field=HAZARD_ID,
        )
        feedback.pushInfo(self.tr("Working CRS: {}").format(crs.authid()))
        sources = (hazard_source, release_source, district_source)
        hazards, releases, districts = self._read(parameters, sources, crs, context, feedback)
        self._warn_dates(releases, today, feedback)
        feedback.setProgress(10)
        places = self._places(parameters, context, hazards, releases, districts)
        feedback.setProgress(20)
        period = (start, end, official)
        result = self._build(hazards, releases, places, period, today, crs, context, feedback)
        pages = self._export(
            parameters, context, outputs, result, crs, hazards, releases, places, feedback
        )
        feedback.setProgress(100)
        self._summary(feedback, result, pages)
        return {
            self.OUTPUT: outputs.paths[self.OUTPUT],
            self.OUTPUT_CSV: outputs.paths[self.OUTPUT_CSV],
        }

    def _read(self, parameters, sources, crs, context, feedback):
        """(hazards, releases, districts) read in ``crs`` (districts None without DISTRICTS);
        unusable features and features outside the programme's area named, text no file can
        hold refused."""
        from ..qgis_io.geometry import read_all, warn_unusable
        from .inputs import (
            put_stored_date_texts,
            refuse_counts_that_are_no_numbers,
            warn_outside_area,
        )

        hazard_source, release_source, district_source = sources
        hazards = read_all(
            hazard_source, crs, context, HAZARD_FIELDS, feedback, parameter=self.HAZARDS,
            id_field=HAZARD_ID,
        )  # fmt: skip
        releases = read_all(
            release_source, crs, context, RELEASE_FIELDS, feedback, parameter=self.RELEASES,
            id_field=RELEASE_ID,
        )  # fmt: skip
        put_stored_date_texts(
            self, parameters, self.RELEASES, context, releases, (END_DATE,), feedback
        )
        refuse_counts_that_are_no_numbers(
            self, parameters, self.RELEASES, context, releases, ITEM_FIELDS.values()
        )
        districts = None
        if district_source is not None:
            districts = read_all(
                district_source, crs, context, DISTRICT_FIELDS, feedback, parameter=self.DISTRICTS
            )
        self._stop_if_cancelled(feedback)
        for name, source, table in (
            (self.HAZARDS, hazard_source, hazards),
            (self.RELEASES, release_source, releases),
        ):
            warn_unusable(feedback, name, table.geometries, table.labels)
            warn_outside_area(
                self, parameters, name, source, table.geometries, table.labels, crs, context,
                feedback,
            )  # fmt: skip
        self._refuse_bad_text(hazards, districts)
        return hazards, releases, districts

    def _places(self, parameters, context, hazards, releases, districts) -> _Places:
        """The districts, the district of each hazard and release, and the district DISTRICT
        asks for."""
        from ..core import area_report as core_report

        records, geometries = self._districts(districts, core_report)
        n, m = len(hazards.geometries), len(releases.geometries)
        of_hazards = core_report.assign_hazards(
            hazards.geometries, _column(hazards, "district", n), records, geometries
        )
        of_releases = core_report.assign_releases(
            releases.geometries,
            _column(releases, HAZARD_ID, m),
            hazards.geometries,
            _column(hazards, HAZARD_ID, n),
            of_hazards,
            records,
            geometries,
        )
        known = list(records)
        for district in of_hazards:
            if district not in known and district != core_report.UNKNOWN:
                known.append(district)
        only = self._district_filter(parameters, context, known)
        return _Places(records, geometries, of_hazards, of_releases, only)

    def _district_filter(self, parameters, context, known):
        """The district DISTRICT names among ``known`` (None without DISTRICT)."""
        from ..core import area_report as core_report
        from ..layouts import area_report as layout

        query = self.parameterAsString(parameters, self.DISTRICT, context).strip()
        if not query:
            return None
        try:
            return core_report.find_district(query, known)
        except LookupError as error:
            names = ", ".join(
                f"{d.code} ({layout.district_label(d)})" if d.code else layout.district_label(d)
                for d in known
            )
            raise QgsProcessingException(
                self.tr("DISTRICT: unknown district '{}'. Known districts: {}.").format(
                    query, names or self.tr("none")
                )
            ) from error

    def _build(self, hazards, releases, places, period, today, crs, context, feedback):
        """The core's report of the period; ``period``: (FROM, TO, OFFICIAL)."""
        from ..core import area_report as core_report
        from ..qgis_io.geometry import EllipsoidalArea
        from ..qgis_io.values import as_date

        start, end, official = period
        n, m = len(hazards.geometries), len(releases.geometries)
        try:
            return core_report.build_report(
                hazards.geometries,
                _column(hazards, "classification", n),
                places.of_hazards,
                releases.geometries,
                _column(releases, OUTCOME, m),
                [as_date(v) for v in _column(releases, END_DATE, m)],
                _column(releases, "method", m),
                {item: _column(releases, name, m) for item, name in ITEM_FIELDS.items()},
                places.of_releases,
                start=start,
                end=end,
                district_filter=places.only,
                area=EllipsoidalArea(crs, context),
                progress=lambda fraction: feedback.setProgress(20 + 50 * fraction),
                is_canceled=feedback.isCanceled,
                today=today,
                qa_statuses=review_values(releases),
                official=official,
            )
        except core_report.ReportCanceled:
            self._stop_if_cancelled(feedback)
            raise

    def _export(
        self, parameters, context, outputs, result, crs, hazards, releases, places, feedback
    ) -> int:
        """The CSV and the PDF written under temporary names and moved to OUTPUT and OUTPUT_CSV
        at the end (a cancelled or failed run leaves nothing half-made there); the PDF's pages.
        """
        from ..core import area_report as core_report
        from ..layouts import area_report as layout

        language = i18n.print_language(self.parameterAsEnum(parameters, self.LANGUAGE, context))
        organisation = self.parameterAsString(parameters, self.ORGANISATION, context)
        n, m = len(hazards.geometries), len(releases.geometries)
        with outputs as temporary:
            with open(temporary[self.OUTPUT_CSV], "w", encoding="utf-8", newline="") as stream:
                csv.writer(stream).writerows(core_report.csv_rows(result))
            feedback.setProgress(75)
            with i18n.translation(language):  # the PDF only: messages stay in the interface
                pages = layout.export_pdf(
                    result,
                    temporary[self.OUTPUT],
                    crs=crs,
                    hazards=(hazards.geometries, _column(hazards, "classification", n)),
                    releases=(releases.geometries, _column(releases, OUTCOME, m)),
                    districts=(places.records, places.geometries),
                    organisation=organisation,
                    feedback=feedback,
                )
            self._stop_if_cancelled(feedback)
        return pages

    def _stop_if_cancelled(self, feedback) -> None:
        """A cancelled run ends as a failure that says so (the Processing log would say
        "completed" after an algorithm that returns), with nothing written."""
        if feedback.isCanceled():
            raise QgsProcessingException(
                self.tr("Cancelled: no report was written (OUTPUT and OUTPUT_CSV are left as "
                        "they were).")
            )  # fmt: skip

    def _refuse_bad_text(self, hazards, districts) -> None:
        """District names go into the CSV and the PDF: text no file can hold (an unpaired
        surrogate) is refused by feature."""
        bad = []
        for parameter, table, names in (
            (self.HAZARDS, hazards, ("district",)),
            (self.DISTRICTS, districts, DISTRICT_FIELDS),
        ):
            if table is None:
                continue
            for name in names:
                for label, value in zip(table.labels, table.columns.get(name) or ()):
                    if isinstance(value, str) and convert.unpaired_surrogate(value):
                        bad.append(self.tr("{}: {} of {}").format(parameter, name, label))
        if bad:
            raise QgsProcessingException(
                self.tr(
                    "{}: text that no file can hold (an unpaired surrogate): correct it."
                ).format(convert.listed(bad))
            )

    def _warn_dates(self, releases, today, feedback) -> None:
        """Name the releases whose end date does not count (after today, or text that is no
        date) or needs a look (before 1988)."""
        from ..core import accounting
        from ..qgis_io.values import as_date

        late, unreadable, early = [], [], []
        for label, value in zip(releases.labels, _column(releases, END_DATE, len(releases.fids))):
            day = as_date(value)
            if isinstance(day, str):
                unreadable.append(f"{label} ({day})")
            elif day is not None and day > today:
                late.append(f"{label} ({day.isoformat()})")
            elif day is not None and day < accounting.EARLIEST_END_DATE:
                early.append(f"{label} ({day.isoformat()})")
        for found, text in (
            (late, self.tr("RELEASES: {} release(s) end after today: not counted: {}.")),
            (unreadable, self.tr("RELEASES: {} end_date(s) are no date: not counted: {}.")),
            (early, self.tr("RELEASES: {} release(s) ended before 1988: check the date: {}.")),
        ):
            if found:
                feedback.pushWarning(text.format(len(found), convert.listed(found)))

    # --- inputs -----------------------------------------------------------------------------

    def _source(self, parameters, name, context):
        """The polygon layer of ``name`` with a valid CRS; None when it is not given or cannot
        be read."""
        if parameters.get(name) in (None, ""):
            return None
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            return None
        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.PolygonGeometry:
            raise QgsProcessingException(self.tr("{} must be a polygon layer.").format(name))
        if not source.sourceCrs().isValid():
            raise QgsProcessingException(
                self.tr("{} has no valid CRS: set its CRS first.").format(name)
            )
        return source

    def _period(self, parameters, context):
        """(FROM, TO) as dates (None where not given); refused when FROM is after TO."""
        start, end = (
            self._date(parameters, self.FROM, context),
            self._date(parameters, self.TO, context),
        )
        if start is not None and end is not None and start > end:
            raise QgsProcessingException(
                self.tr("FROM ({}) is after TO ({}).").format(start.isoformat(), end.isoformat())
            )
        return start, end

    def _date(self, parameters, name, context):
        if parameters.get(name) in (None, ""):
            return None
        from ..qgis_io.values import qt_date

        day = qt_date(self.parameterAsDateTime(parameters, name, context))
        if day is None:
            raise QgsProcessingException(
                self.tr("{} is not a date: {}").format(name, parameters.get(name))
            )
        return day

    @staticmethod
    def _districts(layer, core_report):
        """District records and geometries, for the features with a code or a name."""
        if layer is None:
            return [], []
        n = len(layer.geometries)
        codes, names, names_en = (_column(layer, f, n) for f in DISTRICT_FIELDS)
        districts, geometries = [], []
        for code, name, name_en, geometry in zip(codes, names, names_en, layer.geometries):
            code, name, name_en = (
                ("" if v is None else str(v).strip()) for v in (code, name, name_en)
            )
            if not (code or name or name_en):
                continue
            districts.append(core_report.District(code or name or name_en, name, name_en))
            geometries.append(geometry)
        return districts, geometries

    def _summary(self, feedback, result, pages) -> None:
        t = result.total
        feedback.pushInfo(
            self.tr(
                "{} district(s); {} SHA ({:.2f} ha), {} CHA ({:.2f} ha); released in the period "
                "{:.2f} ha ({:.2f} cancelled, {:.2f} reduced, {:.2f} cleared); remaining "
                "{:.2f} ha; pending review {:.2f} ha; {} release(s); items found AP {}, AT {}, "
                "UXO {}, CM {}; {} page(s)."
            ).format(
                len(result.rows),
                t.sha_count,
                t.sha_area_m2 / 1e4,
                t.cha_count,
                t.cha_area_m2 / 1e4,
                t.released_m2 / 1e4,
                t.cancelled_m2 / 1e4,
                t.reduced_m2 / 1e4,
                t.cleared_m2 / 1e4,
                t.remaining_m2 / 1e4,
                t.pending_m2 / 1e4,
                t.releases,
                t.ap_found,
                t.at_found,
                t.uxo_found,
                t.cm_found,
                pages,
            )
        )
        if result.is_empty:
            feedback.pushWarning(self.tr("No land release in this period."))
        if result.accounting_issues:
            feedback.pushWarning(
                self.tr(
                    "The accounting met {} issue(s) (overlaps, releases outside hazards...): "
                    "run the land release summary to see them."
                ).format(result.accounting_issues)
            )


@dataclass
class _Places:
    """The districts of the report and where each hazard and release lies."""

    records: list  # core District of each district polygon with a code or a name
    geometries: list  # their polygons, in the working CRS
    of_hazards: list  # the District of each hazard
    of_releases: list  # the District of each release
    only: object  # the District that DISTRICT asks for, None for all


def _column(layer, name, count) -> list:
    values = layer.columns.get(name)
    return list(values) if values is not None else [None] * count
