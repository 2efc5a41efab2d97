"""landrelease:taskingmaps: one PDF page per hazard or task, for the team that goes there."""

from __future__ import annotations

import math
from datetime import date

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsProject,
    QgsRectangle,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QVariant

from ..core import coordinates, model, tasking
from ..layouts import atlas
from ..qgis_io import convert
from ..storage import programme
from ..toolbelt import i18n
from . import inputs
from .algorithm import LandReleaseAlgorithm

# Fields that say which area a point belongs to, in the order they are tried.
OWNER_FIELDS = ("owner_id", "hazard_id", "task_id")
# Point types on the boundary (the closing leg runs from the last of them back to the first).
PERIMETER_TYPES = ("start", "turning", "intermediate", "end")
# Point types that are not printed (they are not for finding the boundary).
SKIPPED_TYPES = ("evidence",)
# BEARING_UNIT option -> unit (None: the setting of INPUT's database).
BEARING_UNIT_OPTIONS = (None, "deg", "mil6400", "mil6000")
DECLINATION_SOURCE = "IGRF-14"


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
        "LAYERS: optional basemap layers, drawn pale under the area and in the overview.\n"
        "ORGANISATION: printed in the title block.\n"
        "PAGE_SIZE: A4 landscape, A3 landscape or A4 portrait.\n"
        "LANGUAGE: the language the maps are printed in (default: the interface language of "
        "QGIS).\n"
        "BEARING_UNIT: the unit of the bearings printed beside the grid bearings: the setting "
        "of INPUT's land release database (default; degrees for other layers), degrees, mils "
        "(6400 to the circle) or Soviet mils (6000 to the circle, written 12-50).\n\n"
        "Each page: the area hatched with its numbered points, a UTM grid in metres (the "
        "input's projected CRS, or its UTM zone when it is geographic or more than 0.5 % off "
        "the ground there), scale bar, grid north arrow with the grid "
        "convergence and the magnetic declination at the area's centre on the print date "
        "(IGRF-14), overview, the point table (easting, northing, latitude/longitude, MGRS, "
        "grid bearing in degrees, grid bearing in the programme's unit, magnetic bearing for "
        "the print date, distance to the next point; the last point leads back to the first), "
        "title block with the ellipsoidal area, legend and disclaimer. Magnetic bearing = grid "
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
    LAYERS = "LAYERS"
    ORGANISATION = "ORGANISATION"
    PAGE_SIZE = "PAGE_SIZE"
    LANGUAGE = "LANGUAGE"
    BEARING_UNIT = "BEARING_UNIT"
    OUTPUT = "OUTPUT"

    def flags(self):
        # Layouts and the layers they draw belong to the main thread.
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Hazards or tasks"), [QgsProcessing.TypeVectorPolygon]
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.POINTS,
                self.tr("Turning points (hazard_id, owner_id or task_id; point_type, seq)"),
                [QgsProcessing.TypeVectorPoint],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.LAYERS, self.tr("Basemap layers"), QgsProcessing.TypeMapLayer, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.ORGANISATION, self.tr("Organisation"), defaultValue="", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.PAGE_SIZE,
                self.tr("Page size"),
                [self.tr("A4 landscape"), self.tr("A3 landscape"), self.tr("A4 portrait")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.LANGUAGE,
                self.tr("Language of the maps"),
                [self.tr("Interface language")] + [name for _c, name in i18n.PRINT_LANGUAGES],
                defaultValue=0,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.BEARING_UNIT,
                self.tr("Bearings also in"),
                [
                    self.tr("The database's setting"),
                    self.tr("Degrees"),
                    self.tr("Mils (6400)"),
                    self.tr("Soviet mils (6000, written 12-50)"),
                ],
                defaultValue=0,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, self.tr("Tasking maps (PDF)"), self.tr("PDF files (*.pdf)")
            )
        )

    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.PolygonGeometry:
            raise QgsProcessingException(self.tr("INPUT must be a polygon layer."))
        id_field = next(
            (n for n in ("task_id", "hazard_id") if source.fields().indexOf(n) >= 0), ""
        )
        if not id_field:
            raise QgsProcessingException(
                self.tr("INPUT has neither a hazard_id nor a task_id field: give hazards or tasks.")
            )
        if source.featureCount() == 0:
            raise QgsProcessingException(
                self.tr(
                    "INPUT has no features (or none selected): there is nothing to print. "
                    "Choose a layer with hazards or tasks, or select some."
                )
            )
        page_size = self.parameterAsEnum(parameters, self.PAGE_SIZE, context)
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        outputs = convert.OutputFiles({self.OUTPUT: path})
        organisation = self.parameterAsString(parameters, self.ORGANISATION, context) or ""
        basemap = self.parameterAsLayerList(parameters, self.LAYERS, context) or []
        steps = QgsProcessingMultiStepFeedback(2, feedback)
        language = i18n.print_language(self.parameterAsEnum(parameters, self.LANGUAGE, context))

        crs = convert.working_crs(
            source.sourceCrs(),
            None,
            context,
            feedback,
            source=source,
            parameter=self.INPUT,
            id_field=id_field,
        )
        feedback.pushInfo(self.tr("Map and grid CRS: {}").format(crs.authid() or crs.description()))
        unit = self._bearing_unit(parameters, context, feedback)
        printed = date.today()
        areas = self._read_areas(parameters, source, id_field, crs, context, feedback)
        if not areas:
            raise QgsProcessingException(self.tr("No feature of INPUT has a polygon to print."))
        points = self._read_points(parameters, context, crs, feedback)
        self._stop_if_cancelled(feedback)

        # The pages (their texts, the layout, the PDF) in LANGUAGE; messages stay in the
        # interface language. The PDF is written under a temporary name and moved to OUTPUT at
        # the end: a cancelled or failed run leaves no half-made PDF there.
        declination_problems: list[str] = []
        with outputs as temporary, i18n.translation(language):
            project = QgsProject()
            data = atlas.AtlasData(crs, project)
            capacity = atlas.table_capacity(page_size)
            wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
            to_wgs84 = QgsCoordinateTransform(crs, wgs84, context.transformContext())
            da = convert.distance_area(crs, context)
            kind = self.tr("Task") if id_field == "task_id" else self.tr("Hazard")
            fallback_count = 0
            for n, (area_id, geometry, attributes) in enumerate(areas):
                self._stop_if_cancelled(feedback)
                own = points.get(area_id, [])
                fallback = not any(p[1] in PERIMETER_TYPES for p in own)
                if fallback:
                    fallback_count += 1
                    own, rings = _with_vertices(own, geometry)
                else:
                    rings = [[i for i, p in enumerate(own) if p[1] in PERIMETER_TYPES]]
                centre = self._centre_lonlat(geometry, to_wgs84)
                declination = self._declination(centre, printed, declination_problems)
                bearings = _Bearings(unit, declination, printed)
                rows = self._point_rows(own, rings, geometry, to_wgs84, bearings)
                page = atlas.Page(
                    fkey=n + 1,
                    geometry=geometry,
                    attributes=self._page_values(
                        area_id,
                        kind,
                        id_field,
                        attributes,
                        geometry,
                        da,
                        crs,
                        to_wgs84,
                        fallback,
                        len(rows),
                        bearings,
                    ),
                    points=rows,
                )
                data.add(page, capacity)
                steps.setProgress(100.0 * (n + 1) / len(areas))
            data.finish()

            steps.setCurrentStep(1)
            layout = atlas.load_layout(page_size, project)
            atlas.fill(
                layout,
                data,
                basemap,
                self._overview_extent(data, basemap, crs, context),
                organisation,
                printed.isoformat(),
                columns=atlas.table_columns(unit),
            )
            ok, error = atlas.export(layout, temporary[self.OUTPUT], steps)
            self._stop_if_cancelled(feedback)
            if not ok:
                raise QgsProcessingException(
                    self.tr("OUTPUT: the tasking maps could not be written to {}: {}").format(
                        path, error
                    )
                )
        for problem in dict.fromkeys(declination_problems):
            feedback.pushWarning(problem)
        if fallback_count:
            feedback.pushWarning(
                self.tr(
                    "{} area(s) have no turning points in POINTS: their vertices are numbered "
                    "instead, and their page says so."
                ).format(fallback_count)
            )
        feedback.pushInfo(
            self.tr("{} page(s) for {} area(s) written to {}").format(
                data.page_count, len(areas), path
            )
        )
        return {self.OUTPUT: path}

    def _stop_if_cancelled(self, feedback) -> None:
        """A cancelled run ends as a failure that says so (the Processing log would say
        "completed" after an algorithm that returns), with nothing written."""
        if feedback.isCanceled():
            raise QgsProcessingException(
                self.tr("Cancelled: no tasking maps were written (OUTPUT is left as it was).")
            )

    # -----------------------------------------------------------------------------------------

    def _read_areas(self, parameters, source, id_field, crs, context, feedback):
        """(id, geometry in the working CRS, attributes) of each area, sorted by id. Areas
        without geometry or without area are left out and named; NaN or infinite coordinates
        and invalid polygons (a boundary the team cannot walk) are refused by name."""
        import shapely

        from ..qgis_io import geometry as geo

        transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
        names = source.fields().names()
        problems = geo.FeatureProblems(self.INPUT, source.sourceCrs(), crs)
        areas, skipped, invalid, shapes, labels = [], [], [], [], []
        feature = QgsFeature()
        iterator = source.getFeatures(
            QgsFeatureRequest(), QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks
        )
        while iterator.nextFeature(feature):
            self._stop_if_cancelled(feedback)
            attributes = {name: _value(feature.attribute(name)) for name in names}
            label = convert.feature_label(attributes.get(id_field), feature.id())
            geometry = QgsGeometry(feature.geometry())
            if convert.non_finite_kind(geometry):
                problems.transform_failed(geometry, label)
                continue
            if geometry.isNull() or geometry.isEmpty():
                skipped.append(label)
                continue
            try:
                geometry.transform(transform)
            except QgsCsException:
                problems.transform_failed(feature.geometry(), label)
                continue
            shape = shapely.from_wkb(bytes(geometry.asWkb()))
            valid = shapely.is_valid(shape)
            if not shapely.area(shape if valid else shapely.make_valid(shape)) > 0:
                skipped.append(label)  # no area: nothing to print
                continue
            if not valid:  # a bow tie: which boundary would the team walk?
                invalid.append(f"{label}: {shapely.is_valid_reason(shape)}")
                continue
            shapes.append(shape)
            labels.append(label)
            areas.append((str(attributes.get(id_field) or ""), geometry, attributes))
        problems.refuse()
        if invalid:
            raise QgsProcessingException(
                self.tr(
                    "INPUT: {} area(s) have an invalid polygon: {}. Repair them (Check land "
                    "release data lists them) before printing tasking maps."
                ).format(len(invalid), "; ".join(invalid[:10]))
            )
        if skipped:
            feedback.pushWarning(
                self.tr("INPUT: {} feature(s) without geometry or area skipped: {}.").format(
                    len(skipped), convert.listed(skipped)
                )
            )
        inputs.warn_outside_area(
            self, parameters, self.INPUT, source, shapes, labels, crs, context, feedback
        )
        areas.sort(key=lambda a: (a[0] == "", _natural(a[0])))
        return areas

    def _read_points(self, parameters, context, crs, feedback):
        """Owner id -> [(seq, point_type, x, y)] sorted by seq (working CRS)."""
        source = self.parameterAsSource(parameters, self.POINTS, context)
        if source is None:
            return {}
        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.PointGeometry:
            raise QgsProcessingException(self.tr("POINTS must be a point layer."))
        fields = source.fields()
        owners = [n for n in OWNER_FIELDS if fields.indexOf(n) >= 0]
        if not owners:
            raise QgsProcessingException(
                self.tr("POINTS needs a field that names the area: {}.").format(
                    ", ".join(OWNER_FIELDS)
                )
            )
        request = QgsFeatureRequest()
        request.setDestinationCrs(crs, context.transformContext())
        has_type = fields.indexOf("point_type") >= 0
        has_seq = fields.indexOf("seq") >= 0
        grouped: dict[str, list] = {}
        refused = []
        feature = QgsFeature()
        iterator = source.getFeatures(
            request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks
        )
        order = -1
        while iterator.nextFeature(feature):
            order += 1
            self._stop_if_cancelled(feedback)
            geometry = feature.geometry()
            if convert.non_finite_kind(geometry) or (
                geometry.isMultipart() and len(geometry.asMultiPoint()) > 1
            ):
                owner = next((_value(feature[n]) for n in owners if _value(feature[n])), None)
                refused.append(
                    self.tr("{} of {} (seq {})").format(
                        convert.feature_label(None, feature.id()),
                        owner,
                        _value(feature["seq"]) if has_seq else "-",
                    )
                )
                continue
            if geometry.isNull() or geometry.isEmpty():
                continue
            point_type = str(_value(feature["point_type"]) or "turning") if has_type else "turning"
            if point_type in SKIPPED_TYPES:
                continue
            seq = _value(feature["seq"]) if has_seq else None
            xy = geometry.asPoint() if not geometry.isMultipart() else geometry.asMultiPoint()[0]
            keys = {str(_value(feature[n])) for n in owners if _value(feature[n]) not in (None, "")}
            for key in keys:
                grouped.setdefault(key, []).append(
                    (seq if seq is not None else 10**9 + order, point_type, xy.x(), xy.y())
                )
        if refused:
            raise QgsProcessingException(
                self.tr(
                    "POINTS: {} point(s) have a coordinate that is NaN or infinite, or are "
                    "several points in one feature: {}. Correct them: a turning point must be "
                    "one place."
                ).format(len(refused), convert.listed(refused))
            )
        for rows in grouped.values():
            rows.sort(key=lambda r: r[0])
        return grouped

    def _point_rows(self, points, rings, geometry, to_wgs84, bearings):
        """The printed rows of an area's points, each with its leg to the next point: grid
        bearing, bearing in the programme's unit, magnetic bearing and distance. ``rings``:
        the indices of the perimeter points, one list per ring (the closing point that
        repeats the first is left out)."""
        points, rings = _without_closing_repeats(points, rings)
        xy = [(p[2], p[3]) for p in points]
        lonlat = [self._lonlat(to_wgs84, x, y) for x, y in xy]
        legs = tasking.leg_bearings(
            xy, lonlat, tasking.next_points(len(points), rings), bearings.declination_deg
        )
        centre = geometry.pointOnSurface().asPoint()
        rows = []
        for i, ((seq, point_type, x, y), (lon, lat), leg) in enumerate(zip(points, lonlat, legs)):
            try:
                latitude, longitude = coordinates.format_dms(lon, lat).split(" ")
            except coordinates.CoordinateError:
                latitude = longitude = "—"
            try:
                mgrs = coordinates.format_mgrs(lon, lat, 5)
            except coordinates.CoordinateError:
                mgrs = "—"
            number = str(int(seq)) if isinstance(seq, (int, float)) and seq < 10**9 else str(i + 1)
            quadrant, offset = _label_place(x - centre.x(), y - centre.y())
            rows.append(
                atlas.PointRow(
                    seq=number,
                    point_type=point_type,
                    x=x,
                    y=y,
                    cells={
                        "no": number,
                        "point_type": self._point_type(point_type),
                        "easting": f"{x:.0f}",
                        "northing": f"{y:.0f}",
                        "latitude": latitude,
                        "longitude": longitude,
                        "mgrs": mgrs,
                        **bearings.cells(leg),
                    },
                    label_quadrant=quadrant,
                    label_offset=offset,
                )
            )
        return rows

    @staticmethod
    def _lonlat(to_wgs84, x, y) -> tuple[float, float]:
        try:
            ll = to_wgs84.transform(QgsPointXY(x, y))
        except Exception:  # noqa: BLE001 - QgsCsException: printed as "—"
            return math.nan, math.nan
        return ll.x(), ll.y()

    def _bearing_unit(self, parameters, context, feedback) -> str:
        """The unit of the bearings printed beside the grid bearings: BEARING_UNIT, else the
        setting of INPUT's land release database."""
        option = 0
        if parameters.get(self.BEARING_UNIT) not in (None, ""):
            option = self.parameterAsEnum(parameters, self.BEARING_UNIT, context)
        if not 0 <= option < len(BEARING_UNIT_OPTIONS):
            raise QgsProcessingException(
                self.tr("BEARING_UNIT must be 0 (the database's setting) to 3.")
            )
        unit = BEARING_UNIT_OPTIONS[option]
        if unit is None:
            layer = inputs.source_layer(self, parameters, self.INPUT, context)
            unit = programme.bearing_unit_of(layer, feedback)
            feedback.pushInfo(self.tr("Bearing unit of the programme: {}").format(unit))
        return unit

    def _centre_lonlat(self, geometry, to_wgs84):
        centre = geometry.pointOnSurface().asPoint()
        return self._lonlat(to_wgs84, centre.x(), centre.y())

    def _declination(self, centre, printed, problems):
        """The magnetic declination (degrees east) at the area's centre on the print date, or
        None (the reason added to ``problems``)."""
        from ..core import traverse

        try:
            return traverse.magnetic_declination(centre[0], centre[1], printed)
        except traverse.DeclinationError as error:
            problems.append(
                self.tr(
                    "No magnetic declination for {} ({}): the magnetic bearings are left empty."
                ).format(printed.isoformat(), error.detail)
            )
            return None

    def _page_values(
        self,
        area_id,
        kind,
        id_field,
        attributes,
        geometry,
        da,
        crs,
        to_wgs84,
        fallback,
        n_points,
        bearings,
    ):
        area_m2 = da.measureArea(geometry)
        classification = attributes.get("classification") or "—"
        status = _code_label("status", attributes.get("status")) or "—"
        district = attributes.get("district") or "—"
        lines = [
            f"{kind}: {area_id}",
            self.tr("Classification: {}   Status: {}").format(classification, status),
            self.tr("District: {}").format(district),
        ]
        if id_field == "task_id" and attributes.get("hazard_id"):
            lines.append(self.tr("Hazard: {}").format(attributes["hazard_id"]))
        for name, label in (
            ("organisation", self.tr("Operator: {}")),
            ("priority", self.tr("Priority: {}")),
        ):
            if attributes.get(name) not in (None, ""):
                lines.append(label.format(attributes[name]))
        lines.append(
            self.tr("Area: {} m² = {} ha (ellipsoidal)").format(
                f"{area_m2:,.0f}".replace(",", " "), f"{area_m2 / 10000:.2f}"
            )
        )
        lines.append(self.tr("Points: {}").format(n_points))
        if fallback:
            points_note = self.tr(
                "No turning points recorded for this area: the numbers are the polygon's "
                "vertices, clockwise from the northernmost. Check them on the ground."
            )
        else:
            points_note = ""
        zone = _crs_name(crs)
        return {
            "map_id": area_id,
            "kind": kind,
            "classification": classification,
            "status": status,
            "district": district,
            "area_m2": round(area_m2, 2),
            "title": self.tr("Tasking map {}").format(area_id),
            "details": "\n".join(lines),
            "north_note": self._north_note(geometry, to_wgs84, bearings),
            "points_note": points_note,
            "table_caption": self.tr(
                "Points: {} metres · lat/lon WGS 84 · bearings to the next point: grid (°), {}"
            ).format(zone, self._unit_caption(bearings)),
        }

    def _unit_caption(self, bearings) -> str:
        """What the bearing columns after "Grid °" hold, for the table caption."""
        units = {
            "deg": self.tr("degrees"),
            "mil6400": self.tr("mils (6400 to the circle)"),
            "mil6000": self.tr("Soviet mils (6000 to the circle, 12-50 = 75°)"),
        }
        if bearings.unit == "deg":
            return self.tr("magnetic (°)")
        return self.tr("grid and magnetic in {}").format(units[bearings.unit])

    def _point_type(self, point_type: str) -> str:
        if point_type == "vertex":
            return self.tr("vertex")
        return _code_label("point_type", point_type)

    def _north_note(self, geometry, to_wgs84, bearings):
        """Grid north; the grid convergence and the magnetic declination (source, date) at the
        area's centre; how the magnetic bearings are made."""
        centre = geometry.pointOnSurface().asPoint()
        sentences = [self.tr("Grid north.")]
        try:
            ll = to_wgs84.transform(centre)
            north = to_wgs84.transform(QgsPointXY(ll.x(), ll.y() + 0.01), _reverse())
            angle = math.degrees(math.atan2(north.x() - centre.x(), north.y() - centre.y()))
        except Exception:  # noqa: BLE001 - a note, never a failure
            angle = math.nan
        if math.isfinite(angle):
            sentences.append(
                self.tr("True north is {:.1f}° {} of grid north here.").format(
                    abs(angle), self._side(angle)
                )
            )
        declination = bearings.declination_deg
        if declination is None:
            sentences.append(
                self.tr(
                    "No magnetic declination for {}: for a compass, apply the local value to "
                    "the grid bearings."
                ).format(bearings.printed.isoformat())
            )
            return " ".join(sentences)
        source = self._declination_text(bearings)
        if math.isfinite(angle):
            magnetic_north = declination + angle  # from grid north, east positive
            sentences.append(
                self.tr(
                    "Magnetic declination {}; magnetic north is {:.1f}° {} of grid north."
                ).format(source, abs(magnetic_north), self._side(magnetic_north))
            )
        else:
            sentences.append(self.tr("Magnetic declination {}.").format(source))
        sentences.append(
            self.tr(
                "Magnetic bearing = grid bearing + convergence (at each point) − declination "
                "(at the area's centre)."
            )
        )
        return " ".join(sentences)

    def _declination_text(self, bearings) -> str:
        """The declination with its source and date: "IGRF-14, 2026-12-07: +6.5° E"."""
        value = bearings.declination_deg
        side = self.tr("E") if value >= 0 else self.tr("W")
        sign = "+" if value >= 0 else "−"
        return (
            f"{DECLINATION_SOURCE}, {bearings.printed.isoformat()}: {sign}{abs(value):.1f}° {side}"
        )

    def _side(self, angle: float) -> str:
        return self.tr("east") if angle >= 0 else self.tr("west")

    def _overview_extent(self, data, basemap, crs, context):
        extent = QgsRectangle(data.pages.extent())
        largest = 0.0
        for feature in data.areas.getFeatures():
            box = feature.geometry().boundingBox()
            largest = max(largest, box.width(), box.height())
        for layer in basemap:
            try:
                transform = QgsCoordinateTransform(layer.crs(), crs, context.transformContext())
                extent.combineExtentWith(transform.transformBoundingBox(layer.extent()))
            except Exception:  # noqa: BLE001 - a layer without a usable extent is left out
                continue
        minimum = max(largest * 6.0, 1000.0)
        centre = extent.center()
        width = max(extent.width() * 1.1, minimum)
        height = max(extent.height() * 1.1, minimum)
        return QgsRectangle(
            centre.x() - width / 2,
            centre.y() - height / 2,
            centre.x() + width / 2,
            centre.y() + height / 2,
        )


def _code_label(code_list: str, code) -> str:
    """A code as printed: its label in the language installed now, or the code itself when that
    language is English (the pages have always printed codes such as ``open``, ``turning``)."""
    if code in (None, ""):
        return ""
    code = str(code)
    label = model.CODE_LISTS[code_list].label(code)
    if not label:
        return code
    translated = QCoreApplication.translate(model.TR_CONTEXT, label)
    return translated if translated != label else code


def _reverse():
    direction = getattr(Qgis, "TransformDirection", None)  # QGIS >= 3.22
    return direction.Reverse if direction else QgsCoordinateTransform.ReverseTransform


def _without_closing_repeats(points: list, rings: list) -> tuple[list, list]:
    """``points`` and ``rings`` (indices) without a ring's last point that repeats its first
    (it would print a leg of 0.0 m)."""
    xy = [(p[2], p[3]) for p in points]
    kept = [tasking.without_closing_repeat(xy, ring) for ring in rings]
    dropped = {k for ring in rings for k in ring} - {k for ring in kept for k in ring}
    keep = [k for k in range(len(points)) if k not in dropped]
    index = {k: n for n, k in enumerate(keep)}
    return [points[k] for k in keep], [[index[k] for k in ring] for ring in kept]


def _with_vertices(points: list, geometry: QgsGeometry) -> tuple[list, list]:
    """``points`` followed by the polygon's vertices numbered 1, 2, … (type ``vertex``), and
    the indices of each ring's vertices."""
    points, rings, number = list(points), [], 0
    for ring in polygon_rings(geometry):
        rings.append(list(range(len(points), len(points) + len(ring))))
        for x, y in ring:
            number += 1
            points.append((number, "vertex", x, y))
    return points, rings


def polygon_vertices(geometry: QgsGeometry) -> list[tuple[float, float]]:
    """The exterior vertices of an area (all its parts, largest first), each part clockwise
    from its northernmost vertex (ties: the westernmost), no repeated closing vertex."""
    return [xy for ring in polygon_rings(geometry) for xy in ring]


def polygon_rings(geometry: QgsGeometry) -> list[list[tuple[float, float]]]:
    """The exterior ring of each part of an area (largest first), as in
    :func:`polygon_vertices`."""
    parts = geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]
    parts = [p for p in parts if p and p[0]]
    parts.sort(key=lambda p: -abs(_signed_area(p[0])))
    result = []
    for polygon in parts:
        ring = [(v.x(), v.y()) for v in polygon[0]]
        cleaned = []
        for xy in ring:
            if not cleaned or xy != cleaned[-1]:
                cleaned.append(xy)
        if len(cleaned) > 1 and cleaned[0] == cleaned[-1]:
            cleaned.pop()
        if _signed_area(cleaned) > 0:  # counter-clockwise: turn it round
            cleaned.reverse()
        top = min(range(len(cleaned)), key=lambda i: (-cleaned[i][1], cleaned[i][0]))
        result.append(cleaned[top:] + cleaned[:top])
    return result


def _signed_area(ring) -> float:
    points = [(p.x(), p.y()) if hasattr(p, "x") else p for p in ring]
    return 0.5 * sum(
        x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1])
    )


def _label_place(dx: float, dy: float) -> tuple[int, str]:
    """Quadrant and offset (mm, y down) that put a point's number away from the area's centre."""
    if dx == 0 and dy == 0:
        return 2, "1.2,-1.2"
    angle = math.degrees(math.atan2(dx, dy)) % 360.0  # bearing from the centre
    sector = int(((angle + 22.5) % 360.0) // 45.0)  # 0 N, 1 NE ... 7 NW
    quadrants = (1, 2, 5, 8, 7, 6, 3, 0)
    ox = (0, 1, 1, 1, 0, -1, -1, -1)[sector] * 1.4
    oy = (-1, -1, 0, 1, 1, 1, 0, -1)[sector] * 1.4
    return quadrants[sector], f"{ox:.1f},{oy:.1f}"


def _value(value):
    if isinstance(value, QVariant) and value.isNull():
        return None
    return value


def _natural(text: str):
    """Sort key that puts CHA-2 before CHA-10."""
    import re

    return [int(t) if t.isdigit() else t.lower() for t in re.split(r"(\d+)", text)]


def _crs_name(crs: QgsCoordinateReferenceSystem) -> str:
    authid = crs.authid()
    if authid.startswith("EPSG:326") or authid.startswith("EPSG:327"):
        zone = int(authid[-2:])
        return f"UTM {zone}{'N' if authid.startswith('EPSG:326') else 'S'} ({authid})"
    return authid or crs.description()


class _Bearings:
    """How the legs of one page print: the programme's unit and the declination of the print
    date at the area's centre (None when the IGRF has none)."""

    def __init__(self, unit: str, declination_deg, printed: date):
        self.unit, self.declination_deg, self.printed = unit, declination_deg, printed

    def cells(self, leg) -> dict:
        """The bearing and distance cells of a point's row (empty where it has no leg)."""
        if leg is None:
            return {"bearing": "", "bearing_unit": "", "magnetic": "", "distance": ""}
        magnetic = "" if leg.magnetic_deg is None else _bearing(leg.magnetic_deg, self.unit)
        return {
            "bearing": _bearing(leg.grid_deg, "deg"),
            "bearing_unit": _bearing(leg.grid_deg, self.unit),
            "magnetic": magnetic,
            "distance": f"{leg.distance_m:.1f}",
        }


def _bearing(degrees: float, unit: str) -> str:
    """A bearing as printed in the table: "90.0" (degrees), "1600", "15-00" (mils)."""
    from ..core import traverse  # imports shapely: not at the provider's loading

    return traverse.format_bearing(degrees, unit).rstrip("°")
