"""landrelease:taskingmaps: one PDF page per hazard or task, for the team that goes there."""

from __future__ import annotations

import tempfile
from datetime import date

from qgis.core import (
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProject,
    QgsWkbTypes,
)

from ..core.tasking import OWNER_FIELDS
from ..layouts import atlas, photo_page, tasking_photos
from ..qgis_io import convert
from ..storage import programme
from ..toolbelt import i18n
from . import inputs, report_photos
from . import parameters as p
from .algorithm import LandReleaseAlgorithm

# BEARING_UNIT option -> unit (None: the setting of INPUT's database).
BEARING_UNIT_OPTIONS = (None, "deg", "mil6400", "mil6000")
ID_FIELDS = ("task_id", "hazard_id")  # the first found names the areas


class TaskingMaps(LandReleaseAlgorithm):
    ID = "taskingmaps"
    DISPLAY_NAME = "Tasking maps (PDF)"
    GROUP_ID = "tasking"
    GROUP = "Tasking and reports"
    NEEDS_SHAPELY = True  # core.traverse: bearings as written and the IGRF declination
    HELP = (
        "One PDF page per hazard or task, to hand to the team that goes there.\n\n"
        "INPUT: hazards (hazard_id) or tasks (task_id); 'selected features only' prints a "
        "selection. Pages are sorted by id.\n"
        "POINTS: optional turning points (CHA turning points with hazard_id, survey points with "
        "owner_id, or points with task_id) with point_type and seq. Areas without points get "
        "their own vertices, numbered clockwise from the northernmost one, and the page says so.\n"
        "RELEASES, EVIDENCE, TASKS: optional land releases (by outcome: cancelled, reduced, "
        "cleared), evidence points and task boundaries, drawn on each map with their land "
        "release styles, so that the team sees what is already released and where the "
        "evidence and the tasks are.\n"
        "LAYERS: optional basemap layers, drawn pale under the area and in the overview.\n"
        "ORGANISATION: printed in the title block.\n"
        "EMERGENCY_CONTACT: the casualty evacuation (CASEVAC) contact printed in the task block "
        "(left blank to fill in by hand otherwise).\n"
        "PAGE_SIZE: A4 landscape, A3 landscape or A4 portrait.\n"
        "LANGUAGE: the language the maps are printed in (default: the interface language of "
        "QGIS).\n"
        "BEARING_UNIT: the unit of the bearings printed beside the grid bearings: the setting "
        "of INPUT's land release database (default; degrees for other layers), degrees, mils "
        "(6400 to the circle) or Soviet mils (6000 to the circle, written 12-50).\n"
        "PHOTOS: when checked, a page of photos after each area's pages with the photos of "
        "the releases of RELEASES and the evidence of EVIDENCE within it and of the points of "
        "POINTS that belong to it (each captioned with the feature's id and the file name; "
        "the photos that cannot be read are named on the page). An area without photos gets "
        "no such page.\n\n"
        "Each page: the area hatched with its numbered points, a UTM grid in metres (the "
        "input's projected CRS, or its UTM zone when it is geographic or more than 0.5 % off "
        "the ground there), scale bar, grid north arrow with the grid "
        "convergence and the magnetic declination at the area's centre on the print date "
        "(IGRF-14), overview, the point table (easting, northing, latitude/longitude, MGRS, "
        "grid bearing in degrees, grid bearing in the programme's unit, magnetic bearing for "
        "the print date, distance to the next point; the last point leads back to the first), "
        "title block with the ellipsoidal area, the status in words and the district's name, "
        "the numeric scale, a task block (task, team, dates, CASEVAC contact) with prepared / "
        "checked / approved signature lines, legend and disclaimer. A suspected hazardous area "
        "(SHA) without recorded turning points is printed without a point table: its boundary "
        "is not pegged out. Magnetic bearing = grid "
        "bearing + grid convergence (at each point) - declination. An area with more points "
        "than the table holds continues on a second page.\n\n"
        "The layout comes from layouts/tasking_map*.qpt in the plugin folder: edit it in the "
        "layout designer to add a logo, keeping the item ids.\n\n"
        "The PDF is written under a temporary name and moved to OUTPUT at the end: a cancelled "
        "or failed run leaves OUTPUT as it was. Areas with NaN or infinite coordinates or an "
        "invalid polygon are refused by id; areas without geometry or area are left out and "
        "named."
    )

    INPUT = "INPUT"
    POINTS = "POINTS"
    RELEASES = "RELEASES"
    EVIDENCE = "EVIDENCE"
    TASKS = "TASKS"
    LAYERS = "LAYERS"
    ORGANISATION = "ORGANISATION"
    EMERGENCY_CONTACT = "EMERGENCY_CONTACT"
    PAGE_SIZE = "PAGE_SIZE"
    LANGUAGE = "LANGUAGE"
    BEARING_UNIT = "BEARING_UNIT"
    OUTPUT = "OUTPUT"
    PHOTOS = "PHOTOS"
    MAIN_THREAD = True  # layouts and the layers they draw belong to the main thread

    def parameter_table(self):
        pages = [self.tr("A4 landscape"), self.tr("A3 landscape"), self.tr("A4 portrait")]
        languages = [self.tr("Interface language")] + [name for _c, name in i18n.PRINT_LANGUAGES]
        units = [
            self.tr("The database's setting"),
            self.tr("Degrees"),
            self.tr("Mils (6400)"),
            self.tr("Soviet mils (6000, written 12-50)"),
        ]
        return [
            p.source(self.INPUT, self.tr("Hazards or tasks"), p.POLYGONS),
            p.source(
                self.POINTS,
                self.tr("Turning points (hazard_id, owner_id or task_id; point_type, seq)"),
                p.POINTS,
                optional=True,
            ),
            p.source(self.RELEASES, self.tr("Land releases (drawn)"), p.POLYGONS, optional=True),
            p.source(self.EVIDENCE, self.tr("Evidence (drawn)"), p.POINTS, optional=True),
            p.source(self.TASKS, self.tr("Task boundaries (drawn)"), p.POLYGONS, optional=True),
            p.layers(self.LAYERS, self.tr("Basemap layers")),
            p.text(self.ORGANISATION, self.tr("Organisation"), "", optional=True),
            p.text(
                self.EMERGENCY_CONTACT,
                self.tr("Emergency contact (CASEVAC)"),
                "",
                optional=True,
            ),
            p.choice(self.PAGE_SIZE, self.tr("Page size"), pages),
            p.choice(self.LANGUAGE, self.tr("Language of the maps"), languages, optional=True),
            p.choice(self.BEARING_UNIT, self.tr("Bearings also in"), units, optional=True),
            p.output_file(self.OUTPUT, self.tr("Tasking maps (PDF)"), self.tr("PDF files (*.pdf)")),
            p.flag(
                self.PHOTOS,
                self.tr("Print the photos of the releases, survey points and evidence"),
                False,
            ),
        ]

    def check_parameters(self, parameters, context):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is not None:
            if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.PolygonGeometry:
                raise QgsProcessingException(self.tr("INPUT must be a polygon layer."))
            if not _id_field(source):
                raise QgsProcessingException(
                    self.tr(
                        "INPUT has neither a hazard_id nor a task_id field: give hazards or tasks."
                    )
                )
            if source.featureCount() == 0:
                raise QgsProcessingException(
                    self.tr(
                        "INPUT has no features (or none selected): there is nothing to print. "
                        "Choose a layer with hazards or tasks, or select some."
                    )
                )
        self._check_points(parameters, context)
        self._bearing_option(parameters, context)

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

    def processAlgorithm(self, parameters, context, feedback):
        source = self.required_source(parameters, self.INPUT, context)
        id_field = _id_field(source)
        crs = convert.working_crs(
            source.sourceCrs(), None, context, feedback, source=source, parameter=self.INPUT,
            id_field=id_field,
        )  # fmt: skip
        feedback.pushInfo(self.tr("Map and grid CRS: {}").format(crs.authid() or crs.description()))
        unit = self._bearing_unit(parameters, context, feedback)
        areas = self._read_areas(parameters, source, id_field, crs, context, feedback)
        points = self._read_points(parameters, context, crs, feedback)
        self._stop_if_cancelled(feedback)
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        pages = self._print(parameters, context, feedback, (crs, id_field, unit), areas, points)
        for problem in dict.fromkeys(pages.declination_problems):
            feedback.pushWarning(problem)
        if pages.unpegged:
            feedback.pushInfo(
                self.tr(
                    "{} SHA(s) without turning points are printed without a point table."
                ).format(pages.unpegged)
            )
        if pages.without_points:
            feedback.pushWarning(
                self.tr(
                    "{} area(s) have no turning points in POINTS: their vertices are numbered "
                    "instead, and their page says so."
                ).format(pages.without_points)
            )
        feedback.pushInfo(
            self.tr("{} page(s) for {} area(s) written to {}").format(
                pages.data.page_count, len(areas), path
            )
        )
        return {self.OUTPUT: path}

    def _print(self, parameters, context, feedback, setting, areas, points):
        """Write the PDF; the pages made. ``setting``: (working CRS, id field, bearing unit).

        The pages (their texts, the layout, the PDF) are in LANGUAGE; messages stay in the
        interface language. The PDF is written under a temporary name and moved to OUTPUT at
        the end: a cancelled or failed run leaves no half-made PDF there."""
        from ..layouts.tasking_page import TaskingPages

        crs, id_field, unit = setting
        page_size = self.parameterAsEnum(parameters, self.PAGE_SIZE, context)
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        language = i18n.print_language(self.parameterAsEnum(parameters, self.LANGUAGE, context))
        basemap = self.parameterAsLayerList(parameters, self.LAYERS, context) or []
        organisation = self.parameterAsString(parameters, self.ORGANISATION, context) or ""
        contact = self.parameterAsString(parameters, self.EMERGENCY_CONTACT, context) or ""
        districts = self._district_names(parameters, context)
        steps = QgsProcessingMultiStepFeedback(2, feedback)
        outputs = convert.OutputFiles({self.OUTPUT: path})
        with (
            outputs as temporary,
            i18n.translation(language),
            i18n.number_locale(language),
            tempfile.TemporaryDirectory(prefix="landrelease-photos-") as photo_folder,
        ):
            project = QgsProject()
            pages = TaskingPages(
                atlas.AtlasData(crs, project), page_size, context, id_field, unit, date.today(),
                district_names=districts, emergency_contact=contact, sha_points=False,
            )  # fmt: skip
            photos = self._photo_reader(parameters, context, crs, points)
            files, all_photos = report_photos.PhotoFiles(photo_folder), []
            for n, (area_id, geometry, attributes) in enumerate(areas):
                self._stop_if_cancelled(feedback)
                pages.add(n, area_id, geometry, attributes, points.get(area_id, []))
                found = photos(files, area_id, geometry) if photos else []
                all_photos += found
                for readable, unreadable in photo_page.photo_pages(found) if found else []:
                    values = tasking_photos.page_values(area_id, readable, unreadable)
                    pages.data.add_photo_page(n + 1, geometry, values)
                steps.setProgress(100.0 * (n + 1) / len(areas))
            pages.data.finish()
            if photos:
                tasking_photos.hide_on_maps(pages.data.pages)
            drawn = self._drawn_layers(parameters, context, crs, pages.data, project, feedback)
            steps.setCurrentStep(1)
            layout = atlas.load_layout(page_size, project)
            if photos:
                tasking_photos.add_photo_items(layout, page_size)
            atlas.fill(
                layout, pages.data, basemap, pages.overview_extent(basemap, context),
                organisation, pages.printed.isoformat(), columns=atlas.table_columns(unit),
                drawn=drawn,
            )  # fmt: skip
            ok, error = atlas.export(layout, temporary[self.OUTPUT], steps)
            self._stop_if_cancelled(feedback)
            if not ok:
                raise QgsProcessingException(
                    self.tr("OUTPUT: the tasking maps could not be written to {}: {}").format(
                        path, error
                    )
                )
        for photo in dict.fromkeys(x for x in all_photos if not x.file):
            feedback.pushWarning(
                self.tr("The photo {} of {} cannot be printed: {}").format(
                    photo.path, photo.feature, photo.problem
                )
            )
        return pages

    def _photo_reader(self, parameters, context, crs, points):
        """None without PHOTOS; else a function (files, area id, its geometry) -> the
        photo_page.Photo of the releases and evidence in the area and of its points."""
        if not self.parameterAsBoolean(parameters, self.PHOTOS, context):
            return None
        releases = report_photos.layer_photos(
            self, parameters, self.RELEASES, context, ("release_id",), crs
        )
        evidence = report_photos.layer_photos(
            self, parameters, self.EVIDENCE, context, ("evidence_id",), crs
        )
        owners = ("owner_id", "task_id", "hazard_id", "point_type", "seq")
        marked = report_photos.layer_photos(self, parameters, self.POINTS, context, owners)

        def photos(files, area_id, geometry):
            database, rows = releases
            inside = [
                (rid, path) for (rid,), shape, path in rows if report_photos.covers(geometry, shape)
            ]
            found = [files.photo(database, rid, path) for rid, path in inside]
            found += report_photos.point_photos(files, marked, {area_id} | {r for r, _ in inside})
            return found + report_photos.photos_within(files, evidence, geometry)

        return photos

    def _drawn_layers(self, parameters, context, crs, data, project, feedback) -> list:
        """RELEASES, EVIDENCE and TASKS near the areas, in the working CRS, styled, top first
        (tasks, evidence, releases)."""
        from ..qgis_io.tasking_input import context_layer
        from ..styles.symbology import apply_style

        extent = data.pages.extent()
        extent.grow(max(extent.width(), extent.height(), 1000.0))
        drawn = []
        for name, style, title in (
            (self.TASKS, "task", self.tr("Tasks")),
            (self.EVIDENCE, "evidence", self.tr("Evidence")),
            (self.RELEASES, "land_release", self.tr("Land releases")),
        ):
            source = self.parameterAsSource(parameters, name, context)
            if source is None:
                continue
            layer, left_out = context_layer(source, crs, context.transformContext(), extent, title)
            if left_out:
                feedback.pushWarning(
                    self.tr("{}: {} feature(s) without a usable geometry are not drawn.").format(
                        name, left_out
                    )
                )
            apply_style(layer, style)
            project.addMapLayer(layer, False)
            drawn.append(layer)
        return drawn

    def _district_names(self, parameters, context) -> dict:
        """District code -> name of INPUT's land release database ({} for other layers)."""
        layer = inputs.source_layer(self, parameters, self.INPUT, context)
        database = programme.recording.database_of(layer) if layer is not None else None
        if database is None:
            return {}
        districts = programme.database_layer(database, "district", beside=layer)
        if districts is None:
            return {}
        names = {}
        for feature in districts.getFeatures():
            code, name = feature["code"], feature["name"] or feature["name_en"]
            if code not in (None, "") and name not in (None, ""):
                names[str(code)] = str(name)
        return names

    def _stop_if_cancelled(self, feedback) -> None:
        """A cancelled run ends as a failure that says so (the Processing log would say
        "completed" after an algorithm that returns), with nothing written."""
        if feedback.isCanceled():
            raise QgsProcessingException(
                self.tr("Cancelled: no tasking maps were written (OUTPUT is left as it was).")
            )

    # --- reading ----------------------------------------------------------------------------

    def _read_areas(self, parameters, source, id_field, crs, context, feedback) -> list:
        """(id, geometry in the working CRS, attributes) of each area, sorted by id. Areas
        without geometry or without area are left out and named; NaN or infinite coordinates
        and invalid polygons (a boundary the team cannot walk) are refused by name."""
        from ..qgis_io import tasking_input

        read = tasking_input.read_areas(
            source, id_field, crs, context.transformContext(), self.INPUT,
            lambda: self._stop_if_cancelled(feedback),
        )  # fmt: skip
        if read.invalid:
            raise QgsProcessingException(
                self.tr(
                    "INPUT: {} area(s) have an invalid polygon: {}. Repair them (Check land "
                    "release data lists them) before printing tasking maps."
                ).format(len(read.invalid), "; ".join(read.invalid[:10]))
            )
        if read.skipped:
            feedback.pushWarning(
                self.tr("INPUT: {} feature(s) without geometry or area skipped: {}.").format(
                    len(read.skipped), convert.listed(read.skipped)
                )
            )
        inputs.warn_outside_area(
            self, parameters, self.INPUT, source, read.shapes, read.labels, crs, context, feedback
        )
        if not read.areas:
            raise QgsProcessingException(self.tr("No feature of INPUT has a polygon to print."))
        return read.areas

    def _read_points(self, parameters, context, crs, feedback) -> dict:
        """Owner id -> [(seq, point_type, x, y)] sorted by seq (working CRS)."""
        from ..qgis_io import tasking_input

        source = self.parameterAsSource(parameters, self.POINTS, context)
        if source is None:
            return {}
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
        return read.by_owner

    def _bearing_option(self, parameters, context) -> int:
        """BEARING_UNIT's option, 0 when not given; refused outside the options."""
        option = 0
        if parameters.get(self.BEARING_UNIT) not in (None, ""):
            option = self.parameterAsEnum(parameters, self.BEARING_UNIT, context)
        if not 0 <= option < len(BEARING_UNIT_OPTIONS):
            raise QgsProcessingException(
                self.tr("BEARING_UNIT must be 0 (the database's setting) to 3.")
            )
        return option

    def _bearing_unit(self, parameters, context, feedback) -> str:
        """The unit of the bearings printed beside the grid bearings: BEARING_UNIT, else the
        setting of INPUT's land release database."""
        unit = BEARING_UNIT_OPTIONS[self._bearing_option(parameters, context)]
        if unit is None:
            layer = inputs.source_layer(self, parameters, self.INPUT, context)
            unit = programme.bearing_unit_of(layer, feedback)
            feedback.pushInfo(self.tr("Bearing unit of the programme: {}").format(unit))
        return unit


def _id_field(source) -> str:
    """The field that names the areas (task_id, else hazard_id); "" when there is none."""
    return next((n for n in ID_FIELDS if source.fields().indexOf(n) >= 0), "")
