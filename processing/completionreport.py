"""landrelease:completionreport: the completion report / handover certificate of closed hazards
(IMAS 08.30), one PDF with a run of pages per hazard."""

from __future__ import annotations

import datetime
import tempfile

from qgis.core import (
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.tasking import OWNER_FIELDS
from ..qgis_io import convert
from ..storage import programme
from ..toolbelt import i18n
from . import inputs, report_photos
from . import parameters as p
from .algorithm import LandReleaseAlgorithm

HAZARD_ID = "hazard_id"
HAZARD_FIELDS = (HAZARD_ID, "classification", "status", "district")


class CompletionReport(LandReleaseAlgorithm):
    ID = "completionreport"
    DISPLAY_NAME = "Completion report (PDF)"
    GROUP_ID = "tasking"
    GROUP = "Tasking and reports"
    NEEDS_SHAPELY = True
    HELP = (
        "The completion report and handover certificate of closed hazards (IMAS 08.30): one "
        "PDF, a run of pages per hazard, sorted by hazard_id.\n\n"
        "HAZARDS: the hazardous areas (hazard_id). Without 'selected features only', the "
        "hazards that are not closed (the land release accounting leaves some area remaining) "
        "are left out and named in the log; the run is refused when none is closed. A "
        "selection is printed as it is: a hazard of it that is not closed gets a 'NOT CLOSED' "
        "line on its certificate.\n"
        "RELEASES: the land releases (release_id, hazard_id, outcome, method, depth_cm, "
        "organisation, team, start_date, end_date, qa_status, ap_found, at_found, uxo_found, "
        "cm_found; reviewed_by and reviewed_on are printed when present).\n"
        "LANGUAGE: the language of the PDF (default: the interface language of QGIS); numbers "
        "in its convention (English 1,234.56; Azerbaijani and Russian 1 234,56).\n"
        "POINTS: optional turning points (survey points with owner_id, point_type, seq and "
        "marker; or points with hazard_id). Without them, or for a hazard without points, its "
        "vertices are numbered clockwise from the northernmost one, and the page says so.\n"
        "ORGANISATION: printed at the top of every page.\n"
        "PHOTOS: when checked, a page of photos after each hazard's pages with the photos "
        "of its releases, of the survey points of POINTS that belong to it or to its "
        "releases, and of the evidence of its database within it (each captioned with the "
        "feature's id and the file name; the photos that cannot be read are named on the "
        "page). A hazard without photos gets no such page.\n\n"
        "Each hazard: a map page (the area with its numbered points on a UTM grid, scale bar, "
        "grid north arrow with the grid convergence and the magnetic declination at the "
        "area's centre on the print date, IGRF-14) with the point table (easting, northing, "
        "latitude/longitude, MGRS, grid and magnetic bearing and distance to the next point, "
        "marker), continued on more map pages when the points overflow it; the certificate "
        "(original, cancelled, reduced, cleared and remaining area, released by method, "
        "cleared by depth, items found and destroyed, work dates, organisations and teams, "
        "the quality management result, coordinates and datum, and the signature blocks of "
        "the operator, the quality management officer, the national authority and the local "
        "community representative); an annex listing every release that covers part of the "
        "hazard or names it, with its QA status.\n\n"
        "The figures are those of the land release summary (the same accounting, as of "
        "today): every saved release counts (qa_status pending or passed) but a failed one, "
        "or one whose qa_status is no known code, which is listed and never counted. Areas "
        "are ellipsoidal (WGS 84).\n\n"
        "Refused: an OUTPUT that is not a .pdf file, empty layers, missing fields, NaN or "
        "infinite coordinates, invalid hazard polygons, hazards outside the programme's area. "
        "The PDF is written under a temporary name and moved to OUTPUT at the end: a "
        "cancelled or failed run leaves OUTPUT as it was."
    )

    HAZARDS = "HAZARDS"
    RELEASES = "RELEASES"
    LANGUAGE = "LANGUAGE"
    OUTPUT = "OUTPUT"
    POINTS = "POINTS"
    ORGANISATION = "ORGANISATION"
    PHOTOS = "PHOTOS"
    MAIN_THREAD = True  # layouts and the layers they draw belong to the main thread

    def parameter_table(self):
        languages = [self.tr("Interface language")] + [n for _c, n in i18n.PRINT_LANGUAGES]
        return [
            p.source(self.HAZARDS, self.tr("Closed hazards (or a selection)"), p.POLYGONS),
            p.source(self.RELEASES, self.tr("Land releases"), p.POLYGONS),
            p.choice(self.LANGUAGE, self.tr("Language of the report"), languages, optional=True),
            p.output_file(
                self.OUTPUT, self.tr("Completion report (PDF)"), self.tr("PDF files (*.pdf)")
            ),
            p.source(
                self.POINTS,
                self.tr("Turning points (owner_id or hazard_id; point_type, seq, marker)"),
                p.POINTS,
                optional=True,
            ),
            p.text(self.ORGANISATION, self.tr("Organisation"), "", optional=True),
            p.flag(
                self.PHOTOS,
                self.tr("Print the photos of the releases, survey points and evidence"),
                False,
            ),
        ]

    # --- checks -----------------------------------------------------------------------------

    def check_parameters(self, parameters, context):
        from ..qgis_io.completion_input import REQUIRED_RELEASE_FIELDS

        for name, needed in (
            (self.HAZARDS, (HAZARD_ID,)),
            (self.RELEASES, REQUIRED_RELEASE_FIELDS),
        ):
            source = self.parameterAsSource(parameters, name, context)
            if source is not None:
                self._check_polygons(source, name, needed)
        self._check_points(parameters, context)
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if path and not path.lower().endswith(".pdf"):
            raise QgsProcessingException(self.tr("OUTPUT must be a .pdf file: {}").format(path))

    def _check_polygons(self, source, name: str, needed) -> None:
        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.PolygonGeometry:
            raise QgsProcessingException(self.tr("{} must be a polygon layer.").format(name))
        missing = [n for n in needed if source.fields().lookupField(n) < 0]
        if missing:
            raise QgsProcessingException(
                self.tr(
                    "{} has no field {}: give the land release database's layer (hazard or "
                    "land_release) or add the fields."
                ).format(name, ", ".join(missing))
            )
        if source.featureCount() == 0:
            raise QgsProcessingException(
                self.tr(
                    "{} has no features (or none selected): there is nothing to report."
                ).format(name)
            )

    def _check_points(self, parameters, context) -> None:
        points = self.parameterAsSource(parameters, self.POINTS, context)
        if points is None:
            return
        if QgsWkbTypes.geometryType(points.wkbType()) != QgsWkbTypes.PointGeometry:
            raise QgsProcessingException(self.tr("POINTS must be a point layer."))
        if not any(points.fields().indexOf(n) >= 0 for n in OWNER_FIELDS):
            raise QgsProcessingException(
                self.tr("POINTS needs a field that names the area: {}.").format(
                    ", ".join(OWNER_FIELDS)
                )
            )

    # --- the run ----------------------------------------------------------------------------

    def processAlgorithm(self, parameters, context, feedback):
        hazard_source = self.required_source(parameters, self.HAZARDS, context)
        release_source = self.required_source(parameters, self.RELEASES, context)
        crs = convert.working_crs(
            hazard_source.sourceCrs(), None, context, feedback, source=hazard_source,
            parameter=self.HAZARDS, id_field=HAZARD_ID,
        )  # fmt: skip
        feedback.pushInfo(self.tr("Map and grid CRS: {}").format(crs.authid()))
        areas, shapes = self._read_hazards(parameters, hazard_source, crs, context, feedback)
        releases, release_shapes = self._read_releases(
            parameters, release_source, crs, context, feedback
        )
        feedback.setProgress(10)
        reports = self._account(areas, shapes, releases, release_shapes, crs, context, feedback)
        feedback.setProgress(40)
        chosen = self._closed(parameters, areas, reports, feedback)
        points, markers = self._read_points(parameters, context, crs, feedback)
        unit = programme.bearing_unit_of(
            inputs.source_layer(self, parameters, self.HAZARDS, context), feedback
        )
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        pages = self._print(parameters, context, feedback, crs, unit, chosen, (points, markers))
        feedback.pushInfo(
            self.tr("{} page(s) for {} hazard(s) written to {}").format(pages, len(chosen), path)
        )
        return {self.OUTPUT: path}

    def _read_hazards(self, parameters, source, crs, context, feedback):
        """The hazards as tasking_input reads them (sorted by id; NaN, infinite and invalid
        refused, empty ones named) and their shapely polygons; hazards outside the programme's
        area refused by id."""
        from ..qgis_io import tasking_input

        self._refuse_bad_ids(source)
        read = tasking_input.read_areas(
            source, HAZARD_ID, crs, context.transformContext(), self.HAZARDS,
            lambda: self._stop_if_cancelled(feedback),
        )  # fmt: skip
        if read.invalid:
            raise QgsProcessingException(
                self.tr(
                    "HAZARDS: {} hazard(s) have an invalid polygon: {}. Repair them (Check land "
                    "release data lists them) before printing the completion report."
                ).format(len(read.invalid), "; ".join(read.invalid[:10]))
            )
        if read.skipped:
            feedback.pushWarning(
                self.tr("HAZARDS: {} feature(s) without geometry or area skipped: {}.").format(
                    len(read.skipped), convert.listed(read.skipped)
                )
            )
        if not read.areas:
            raise QgsProcessingException(self.tr("No feature of HAZARDS has a polygon to print."))
        area = inputs.programme_area_of(self, parameters, self.HAZARDS, source, context)
        far = inputs.outside_area(read.shapes, crs, area, context)
        if far.any():
            names = [label for label, out in zip(read.labels, far) if out]
            raise QgsProcessingException(
                self.tr(
                    "HAZARDS: {} hazard(s) lie outside the programme's area: {}. A coordinate "
                    "is wrong (a latitude read as a UTM zone, a swapped axis, a wrong CRS): "
                    "correct it before printing a handover certificate."
                ).format(len(names), convert.listed(names))
            )
        import shapely

        ordered = [shapely.from_wkb(bytes(a[1].asWkb())) for a in read.areas]  # sorted by id
        return read.areas, ordered

    def _refuse_bad_ids(self, source) -> None:
        """A certificate names its hazard: hazards without a hazard_id, or sharing one (whose
        turning points would go to both), are refused by feature."""
        from qgis.core import QgsFeature, QgsFeatureRequest, QgsProcessingFeatureSource

        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
        request.setSubsetOfAttributes([source.fields().lookupField(HAZARD_ID)])
        by_id, unnamed = {}, []
        feature = QgsFeature()
        skip_checks = QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks
        iterator = source.getFeatures(request, skip_checks)  # the reading names bad ones
        while iterator.nextFeature(feature):
            value = convert.short_text(feature[HAZARD_ID])
            if value:
                by_id.setdefault(value, []).append(feature.id())
            else:
                unnamed.append(convert.feature_label(None, feature.id()))
        if unnamed:
            raise QgsProcessingException(
                self.tr("HAZARDS: {} hazard(s) have no hazard_id: {}. Give each its id.").format(
                    len(unnamed), convert.listed(unnamed)
                )
            )
        shared = [
            self.tr("{} (features {})").format(key, ", ".join(str(f) for f in fids))
            for key, fids in by_id.items()
            if len(fids) > 1
        ]
        if shared:
            raise QgsProcessingException(
                self.tr(
                    "HAZARDS: {} hazard_id(s) are on more than one hazard: {}. Correct them "
                    "(Check land release data lists them as duplicate_id)."
                ).format(len(shared), convert.listed(shared))
            )

    def _read_releases(self, parameters, source, crs, context, feedback):
        from ..qgis_io.completion_input import ITEM_FIELDS, RELEASE_FIELDS, releases_of
        from ..qgis_io.geometry import read_all
        from .inputs import put_stored_date_texts, refuse_counts_that_are_no_numbers

        table = read_all(
            source, crs, context, RELEASE_FIELDS, feedback, parameter=self.RELEASES,
            id_field="release_id",
        )  # fmt: skip
        put_stored_date_texts(
            self, parameters, self.RELEASES, context, table, ("start_date", "end_date"), feedback
        )
        refuse_counts_that_are_no_numbers(
            self, parameters, self.RELEASES, context, table, (*ITEM_FIELDS.values(), "depth_cm")
        )
        self._stop_if_cancelled(feedback)
        return releases_of(table), list(table.geometries)

    def _account(self, areas, shapes, releases, release_shapes, crs, context, feedback):
        from ..core import accounting, completion
        from ..qgis_io.geometry import EllipsoidalArea

        try:
            return completion.hazard_reports(
                shapes, [a[0] for a in areas], release_shapes, releases,
                area=EllipsoidalArea(crs, context), today=datetime.date.today(),
                is_canceled=feedback.isCanceled,
            )  # fmt: skip
        except accounting.AccountingCanceled:
            self._stop_if_cancelled(feedback)
            raise

    def _closed(self, parameters, areas, reports, feedback) -> list:
        """(area, report) of the hazards to print: the closed ones, or the whole selection."""
        pairs = list(zip(areas, reports))
        open_ = [
            self.tr("{} ({} m² remaining)").format(a[0] or "?", f"{r.account.remaining_m2:.0f}")
            for a, r in pairs
            if not r.closed
        ]
        if _is_selection(parameters.get(self.HAZARDS)):
            if open_:
                feedback.pushWarning(
                    self.tr(
                        "{} selected hazard(s) are not closed: {}. Their certificate says so."
                    ).format(len(open_), convert.listed(open_))
                )
            return pairs
        chosen = [(a, r) for a, r in pairs if r.closed]
        if not chosen:
            raise QgsProcessingException(
                self.tr(
                    "No hazard of HAZARDS is closed: {}. A completion report hands over closed "
                    "hazards only; to print one that is not closed, select it and run on the "
                    "selected features."
                ).format(convert.listed(open_))
            )
        if open_:
            feedback.pushWarning(
                self.tr("{} hazard(s) are not closed and are left out: {}.").format(
                    len(open_), convert.listed(open_)
                )
            )
        return chosen

    def _read_points(self, parameters, context, crs, feedback):
        """(owner id -> [(seq, point_type, x, y)], (owner, number) -> marker)."""
        from ..qgis_io import tasking_input
        from ..qgis_io.completion_input import markers_of

        source = self.parameterAsSource(parameters, self.POINTS, context)
        if source is None:
            return {}, {}
        read = tasking_input.read_points(
            source, crs, context.transformContext(), lambda: self._stop_if_cancelled(feedback)
        )
        if read.refused:
            refused = [
                self.tr("{} of {} (seq {})").format(label, owner, seq)
                for label, owner, seq in read.refused
            ]
            raise QgsProcessingException(
                self.tr(
                    "POINTS: {} point(s) have a coordinate that is NaN or infinite, or are "
                    "several points in one feature: {}. Correct them: a turning point must be "
                    "one place."
                ).format(len(refused), convert.listed(refused))
            )
        return read.by_owner, markers_of(source)

    def _print(self, parameters, context, feedback, crs, unit, chosen, points) -> int:
        """Write the PDF in LANGUAGE (messages stay in the interface language) under a
        temporary name, moved to OUTPUT at the end; the number of pages."""
        from ..layouts.completion_report import CompletionLayout, HazardPages
        from ..layouts.tasking_page import TaskingPages, crs_name

        by_owner, markers = points
        option = self.parameterAsEnum(parameters, self.LANGUAGE, context)
        language = i18n.print_language(option)
        numbers = language or _interface_language()
        organisation = self.parameterAsString(parameters, self.ORGANISATION, context) or ""
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        today = datetime.date.today()
        photos = self._photo_reader(parameters, context, crs)
        with (
            convert.OutputFiles({self.OUTPUT: path}) as temporary,
            i18n.translation(language),
            tempfile.TemporaryDirectory(prefix="landrelease-photos-") as photo_folder,
        ):
            files = report_photos.PhotoFiles(photo_folder)
            collected = _Collected(crs)
            tasking = TaskingPages(collected, 0, context, HAZARD_ID, unit, today)
            layout = CompletionLayout(
                crs, crs_name(crs), _columns(unit), numbers, organisation, today.isoformat()
            )
            for n, ((hazard_id, geometry, attributes), report) in enumerate(chosen):
                self._stop_if_cancelled(feedback)
                own = by_owner.get(hazard_id, [])
                tasking.add(n, hazard_id, geometry, attributes, own)
                page = collected.pages[-1]
                for row in page.points:
                    row.cells["marker"] = markers.get((hazard_id, str(row.seq)), "")
                pictures = photos(files, hazard_id, geometry, report) if photos else []
                layout.add_hazard(
                    HazardPages(hazard_id, attributes, geometry, page, report, pictures)
                )
                feedback.setProgress(40 + 40 * (n + 1) / len(chosen))
            self._stop_if_cancelled(feedback)
            count = layout.export(temporary[self.OUTPUT])
            self._stop_if_cancelled(feedback)
        for problem in dict.fromkeys(tasking.declination_problems):
            feedback.pushWarning(problem)
        for photo in layout.unreadable_photos():
            feedback.pushWarning(
                self.tr("The photo {} of {} cannot be printed: {}").format(
                    photo.path, photo.feature, photo.problem
                )
            )
        if tasking.without_points:
            feedback.pushWarning(
                self.tr(
                    "{} hazard(s) have no turning points in POINTS: their vertices are numbered "
                    "instead, and their page says so."
                ).format(tasking.without_points)
            )
        return count

    def _photo_reader(self, parameters, context, crs):
        """None without PHOTOS; else a function (files, hazard id, its geometry, its report) ->
        the photo_page.Photo of its releases, survey points and evidence."""
        if not self.parameterAsBoolean(parameters, self.PHOTOS, context):
            return None
        releases = report_photos.layer_photos(
            self, parameters, self.RELEASES, context, ("release_id",)
        )
        points = report_photos.layer_photos(
            self, parameters, self.POINTS, context, ("owner_id", "hazard_id", "point_type", "seq")
        )
        evidence = report_photos.database_evidence_photos(
            self, parameters, self.HAZARDS, context, crs
        )

        def photos(files, hazard_id, geometry, report):
            database, rows = releases
            ids = {r.release_id for r in report.releases}
            found = [files.photo(database, rid, path) for (rid,), _g, path in rows if rid in ids]
            found += report_photos.point_photos(files, points, ids | {hazard_id})
            return found + report_photos.photos_within(files, evidence, geometry)

        return photos

    def _stop_if_cancelled(self, feedback) -> None:
        if feedback.isCanceled():
            raise QgsProcessingException(
                self.tr("Cancelled: no completion report was written (OUTPUT is left as it was).")
            )


class _Collected:
    """Takes the pages that layouts.tasking_page.TaskingPages makes (their point rows and
    texts), in place of the tasking map's atlas data."""

    def __init__(self, crs):
        self.crs = crs
        self.pages = []

    def add(self, page, capacity: int) -> int:
        self.pages.append(page)
        return 1


def _columns(unit: str) -> list[tuple[str, str]]:
    """The point table's columns as printed: the tasking map's, then the marker."""
    from ..layouts import atlas, completion_report

    def heading(text):
        return QCoreApplication.translate("TaskingMapLayout", text)

    columns = [(name, heading(h)) for name, h in atlas.table_columns(unit)]
    return columns + [("marker", completion_report.tr(completion_report.MARKER))]


def _interface_language() -> str:
    code = i18n.qgis_locale().replace("-", "_").split("_")[0].lower()
    return code if code in ("az", "ru") else "en"


def _is_selection(value) -> bool:
    """Whether a HAZARDS value asks for the selected features only."""
    return isinstance(value, QgsProcessingFeatureSourceDefinition) and bool(
        value.selectedFeaturesOnly
    )
