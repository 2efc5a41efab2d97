"""landrelease:taskingmaps: one PDF page per hazard or task, for the team that goes there."""

from __future__ import annotations

import math

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
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
from qgis.PyQt.QtCore import QCoreApplication, QDate, QVariant

from ..core import coordinates, model
from ..layouts import atlas
from ..toolbelt import i18n
from . import convert
from .algorithm import LandReleaseAlgorithm

# Fields that say which area a point belongs to, in the order they are tried.
OWNER_FIELDS = ("owner_id", "hazard_id", "task_id")
# Point types on the boundary (the closing leg runs from the last of them back to the first).
PERIMETER_TYPES = ("start", "turning", "intermediate", "end")
# Point types that are not printed (they are not for finding the boundary).
SKIPPED_TYPES = ("evidence",)


class TaskingMaps(LandReleaseAlgorithm):
    ID = "taskingmaps"
    DISPLAY_NAME = "Tasking maps (PDF)"
    GROUP_ID = "tasking"
    GROUP = "Tasking and reports"
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
        "QGIS).\n\n"
        "Each page: the area hatched with its numbered points, a UTM grid in metres (the "
        "input's projected CRS, or its UTM zone), scale bar, grid north arrow with the grid "
        "convergence (magnetic declination is not computed: apply the local value), overview, "
        "the point table (easting, northing, latitude/longitude, MGRS, grid bearing and distance "
        "to the next point), title block with the ellipsoidal area, legend and disclaimer. An "
        "area with more points than the table holds continues on a second page.\n\n"
        "The layout comes from layouts/tasking_map*.qpt in the plugin folder: edit it in the "
        "layout designer to add a logo, keeping the item ids."
    )

    INPUT = "INPUT"
    POINTS = "POINTS"
    LAYERS = "LAYERS"
    ORGANISATION = "ORGANISATION"
    PAGE_SIZE = "PAGE_SIZE"
    LANGUAGE = "LANGUAGE"
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
        organisation = self.parameterAsString(parameters, self.ORGANISATION, context) or ""
        basemap = self.parameterAsLayerList(parameters, self.LAYERS, context) or []
        steps = QgsProcessingMultiStepFeedback(2, feedback)
        language = i18n.print_language(self.parameterAsEnum(parameters, self.LANGUAGE, context))

        crs = convert.working_crs(source.sourceCrs(), source.sourceExtent(), context)
        feedback.pushInfo(self.tr("Map and grid CRS: {}").format(crs.authid() or crs.description()))
        areas = self._read_areas(source, id_field, crs, context, feedback)
        if not areas:
            raise QgsProcessingException(self.tr("No feature of INPUT has a polygon to print."))
        points = self._read_points(parameters, context, crs, feedback)
        if feedback.isCanceled():
            return {}

        # The pages (their texts, the layout, the PDF) in LANGUAGE; messages stay in the
        # interface language.
        with i18n.translation(language):
            project = QgsProject()
            data = atlas.AtlasData(crs, project)
            capacity = atlas.table_capacity(page_size)
            wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
            to_wgs84 = QgsCoordinateTransform(crs, wgs84, context.transformContext())
            da = convert.distance_area(crs, context)
            kind = self.tr("Task") if id_field == "task_id" else self.tr("Hazard")
            fallback_count = 0
            for n, (area_id, geometry, attributes) in enumerate(areas):
                if feedback.isCanceled():
                    return {}
                own = points.get(area_id, [])
                fallback = not any(p[1] in PERIMETER_TYPES for p in own)
                if fallback:
                    fallback_count += 1
                    own = [p for p in own] + [
                        (i + 1, "vertex", x, y)
                        for i, (x, y) in enumerate(polygon_vertices(geometry))
                    ]
                rows = self._point_rows(own, geometry, to_wgs84)
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
                QDate.currentDate().toString("yyyy-MM-dd"),
            )
            ok, error = atlas.export(layout, path, steps)
        if feedback.isCanceled():
            return {}
        if fallback_count:
            feedback.pushWarning(
                self.tr(
                    "{} area(s) have no turning points in POINTS: their vertices are numbered "
                    "instead, and their page says so."
                ).format(fallback_count)
            )
        if not ok:
            raise QgsProcessingException(
                self.tr("The tasking maps could not be written to {}: {}").format(path, error)
            )
        feedback.pushInfo(
            self.tr("{} page(s) for {} area(s) written to {}").format(
                data.page_count, len(areas), path
            )
        )
        return {self.OUTPUT: path}

    # -----------------------------------------------------------------------------------------

    def _read_areas(self, source, id_field, crs, context, feedback):
        """(id, geometry in the working CRS, attributes) of each area, sorted by id."""
        request = QgsFeatureRequest()
        request.setDestinationCrs(crs, context.transformContext())
        names = source.fields().names()
        areas = []
        skipped = 0
        for feature in source.getFeatures(request):
            if feedback.isCanceled():
                break
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty():
                skipped += 1
                continue
            attributes = {name: _value(feature.attribute(name)) for name in names}
            areas.append((str(attributes.get(id_field) or ""), QgsGeometry(geometry), attributes))
        if skipped:
            feedback.pushWarning(self.tr("{} feature(s) without geometry skipped.").format(skipped))
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
        for order, feature in enumerate(source.getFeatures(request)):
            if feedback.isCanceled():
                break
            geometry = feature.geometry()
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
        for rows in grouped.values():
            rows.sort(key=lambda r: r[0])
        return grouped

    def _point_rows(self, points, geometry, to_wgs84):
        """The printed rows of an area's points, with grid bearing and distance to the next."""
        perimeter = [i for i, p in enumerate(points) if p[1] in PERIMETER_TYPES + ("vertex",)]
        centre = geometry.pointOnSurface().asPoint()
        rows = []
        for i, (seq, point_type, x, y) in enumerate(points):
            if i in perimeter:
                k = perimeter.index(i)
                nxt = perimeter[(k + 1) % len(perimeter)] if len(perimeter) > 1 else None
            else:
                nxt = i + 1 if i + 1 < len(points) else None
            bearing = distance = ""
            if nxt is not None:
                dx, dy = points[nxt][2] - x, points[nxt][3] - y
                bearing = f"{math.degrees(math.atan2(dx, dy)) % 360.0:.1f}".replace("360.0", "0.0")
                distance = f"{math.hypot(dx, dy):.1f}"
            ll = to_wgs84.transform(QgsPointXY(x, y))
            try:
                latitude, longitude = coordinates.format_dms(ll.x(), ll.y()).split(" ")
            except coordinates.CoordinateError:
                latitude = longitude = "—"
            try:
                mgrs = coordinates.format_mgrs(ll.x(), ll.y(), 5)
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
                        "bearing": bearing,
                        "distance": distance,
                    },
                    label_quadrant=quadrant,
                    label_offset=offset,
                )
            )
        return rows

    def _page_values(
        self, area_id, kind, id_field, attributes, geometry, da, crs, to_wgs84, fallback, n_points
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
            "north_note": self._north_note(geometry, crs, to_wgs84),
            "points_note": points_note,
            "table_caption": self.tr(
                "Points: {} metres · lat/lon WGS 84 · bearing in degrees from grid north to the "
                "next point"
            ).format(zone),
        }

    def _point_type(self, point_type: str) -> str:
        if point_type == "vertex":
            return self.tr("vertex")
        return _code_label("point_type", point_type)

    def _north_note(self, geometry, crs, to_wgs84):
        """Grid north, with the grid convergence here; declination is not computed."""
        centre = geometry.pointOnSurface().asPoint()
        text = self.tr("Grid north. Bearings in the table are grid bearings.")
        try:
            ll = to_wgs84.transform(centre)
            north = to_wgs84.transform(QgsPointXY(ll.x(), ll.y() + 0.01), _reverse())
            angle = math.degrees(math.atan2(north.x() - centre.x(), north.y() - centre.y()))
        except Exception:  # noqa: BLE001 - a note, never a failure
            angle = None
        if angle is not None and math.isfinite(angle):
            side = self.tr("east") if angle >= 0 else self.tr("west")
            text += " " + self.tr("True north is {:.1f}° {} of grid north here.").format(
                abs(angle), side
            )
        text += " " + self.tr(
            "Magnetic declination is not computed: for a compass, apply the current local "
            "value (WMM) before use."
        )
        return text

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


def polygon_vertices(geometry: QgsGeometry) -> list[tuple[float, float]]:
    """The exterior vertices of an area (all its parts, largest first), each part clockwise
    from its northernmost vertex (ties: the westernmost), no repeated closing vertex."""
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
        result.extend(cleaned[top:] + cleaned[:top])
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
