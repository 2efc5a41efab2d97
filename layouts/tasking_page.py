"""What each page of the tasking maps says: the title block, the north note (convergence and
magnetic declination), the point table's rows with their legs, made in the language installed
now (the print language) and added to the atlas data (context TaskingMaps, as the algorithm)."""

from __future__ import annotations

import math
from datetime import date

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsPointXY,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core import coordinates, model, tasking
from ..core.pgschema import UNKNOWN_STATUS
from ..core.tasking import PERIMETER_TYPES
from ..qgis_io import convert
from ..qgis_io.tasking_input import own_vertices
from ..toolbelt.i18n import number_text
from .tasking_data import AtlasData, Page, PointRow
from .tasking_table import table_capacity

DECLINATION_SOURCE = "IGRF-14"
WGS84 = "EPSG:4326"


def tr(text: str) -> str:
    return QCoreApplication.translate("TaskingMaps", text)


class TaskingPages:
    """The pages of one set of areas in ``data``: the working CRS ``crs``, areas that are
    hazards or tasks (``id_field``), bearings also in ``unit``, printed on ``printed``."""

    def __init__(
        self,
        data: AtlasData,
        page_size: int,
        context,
        id_field,
        unit,
        printed: date,
        district_names: dict | None = None,
        emergency_contact: str = "",
        sha_points: bool = True,
    ):
        """``district_names``: district code -> name as printed; ``emergency_contact``: the
        CASEVAC line of the task block; ``sha_points``: False to print an SHA without recorded
        turning points without a point table (its boundary is not pegged out)."""
        self.district_names = district_names or {}
        self.emergency_contact = emergency_contact.strip()
        self.sha_points = sha_points
        self.data, self.capacity = data, table_capacity(page_size)
        self.crs, self.id_field, self.unit, self.printed = data.crs, id_field, unit, printed
        wgs84 = QgsCoordinateReferenceSystem(WGS84)
        self.to_wgs84 = QgsCoordinateTransform(self.crs, wgs84, context.transformContext())
        self.measure = convert.distance_area(self.crs, context)
        self.kind = tr("Task") if id_field == "task_id" else tr("Hazard")
        self.declination_problems: list[str] = []  # why a page has no magnetic bearings
        self.without_points = 0  # areas whose vertices are numbered instead
        self.unpegged = 0  # SHAs printed without a point table

    def add(self, n: int, area_id: str, geometry: QgsGeometry, attributes: dict, points: list):
        """The page(s) of area ``n`` (from 0) with its ``points`` ((seq, point_type, x, y) in
        the working CRS); an area without perimeter points gets its vertices numbered."""
        fallback = not any(p[1] in PERIMETER_TYPES for p in points)
        unpegged = fallback and not self.sha_points and attributes.get("classification") == "SHA"
        if unpegged:
            self.unpegged += 1
            points, rings = [], []
        elif fallback:
            self.without_points += 1
            points, rings = own_vertices(points, geometry)
        else:
            rings = [[i for i, p in enumerate(points) if p[1] in PERIMETER_TYPES]]
        bearings = Bearings(self.unit, self._declination(geometry), self.printed)
        rows = self._point_rows(points, rings, geometry, bearings) if points else []
        values = self._page_values(area_id, attributes, geometry, fallback, len(rows), bearings)
        if unpegged:
            values["points_note"] = tr(
                "A suspected hazardous area: its boundary is not pegged out, so no turning "
                "points are listed. Survey decides where the hazard is."
            )
        self.data.add(Page(n + 1, geometry, values, rows), self.capacity)

    # --- the point table ------------------------------------------------------------------

    def _point_rows(self, points, rings, geometry, bearings) -> list[PointRow]:
        """The printed rows of an area's points, each with its leg to the next point: grid
        bearing, bearing in the programme's unit, magnetic bearing and distance. ``rings``:
        the indices of the perimeter points, one list per ring (the closing point that
        repeats the first is left out)."""
        points, rings = tasking.without_closing_repeats(points, rings)
        xy = [(p[2], p[3]) for p in points]
        lonlat = [self._lonlat(x, y) for x, y in xy]
        legs = tasking.leg_bearings(
            xy, lonlat, tasking.next_points(len(points), rings), bearings.declination_deg
        )
        centre = geometry.pointOnSurface().asPoint()
        rows = []
        for i, ((seq, point_type, x, y), (lon, lat), leg) in enumerate(zip(points, lonlat, legs)):
            number = tasking.point_number(seq, i)
            quadrant, offset = tasking.label_place(x - centre.x(), y - centre.y())
            cells = {
                "no": number,
                "point_type": _point_type(point_type),
                "easting": f"{x:.0f}",
                "northing": f"{y:.0f}",
                **_position_cells(lon, lat),
                **bearings.cells(leg),
            }
            rows.append(PointRow(number, point_type, x, y, cells, quadrant, offset))
        return rows

    def _lonlat(self, x, y) -> tuple[float, float]:
        try:
            ll = self.to_wgs84.transform(QgsPointXY(x, y))
        except Exception:  # noqa: BLE001 - QgsCsException: printed as "—"
            return math.nan, math.nan
        return ll.x(), ll.y()

    def _declination(self, geometry):
        """The magnetic declination (degrees east) at the area's centre on the print date, or
        None (the reason kept in ``declination_problems``)."""
        from ..core import traverse  # imports shapely: not at the provider's loading

        centre = geometry.pointOnSurface().asPoint()
        lon, lat = self._lonlat(centre.x(), centre.y())
        try:
            return traverse.magnetic_declination(lon, lat, self.printed)
        except traverse.DeclinationError as error:
            self.declination_problems.append(
                tr(
                    "No magnetic declination for {} ({}): the magnetic bearings are left empty."
                ).format(self.printed.isoformat(), error.detail)
            )
            return None

    # --- the title block and the notes ----------------------------------------------------

    def _page_values(self, area_id, attributes, geometry, fallback, n_points, bearings) -> dict:
        """The page's fields (atlas.PAGE_FIELDS but fkey and page_key)."""
        area_m2 = self.measure.measureArea(geometry)
        classification = attributes.get("classification") or "—"
        status = status_words(attributes.get("status")) or "—"
        district = self._district(attributes.get("district")) or "—"
        points_note = ""
        if fallback:
            points_note = tr(
                "No turning points recorded for this area: the numbers are the polygon's "
                "vertices, clockwise from the northernmost. Check them on the ground."
            )
        return {
            "map_id": area_id,
            "kind": self.kind,
            "classification": classification,
            "status": status,
            "district": district,
            "area_m2": round(area_m2, 2),
            "title": tr("Tasking map {}").format(area_id),
            "details": self._details(area_id, attributes, area_m2, n_points),
            "north_note": self._north_note(geometry, bearings),
            "points_note": points_note,
            "table_caption": tr(
                "Points: {} metres · lat/lon WGS 84 · bearings to the next point: grid (°), {}"
            ).format(crs_name(self.crs), _unit_caption(bearings)),
            "task_block": self._task_block(area_id, attributes),
        }

    def _district(self, code) -> str:
        """A district as printed: its name with its code, ``Ağdam (AGD)``; the code alone when
        the database has no name for it."""
        if code in (None, ""):
            return ""
        name = self.district_names.get(str(code))
        return f"{name} ({code})" if name and name != str(code) else str(code)

    def _task_block(self, area_id, attributes) -> str:
        """The lines the team leader and the operations officer fill in and sign."""
        blank = "________________"
        task = area_id if self.id_field == "task_id" else blank
        start = attributes.get("planned_start") or "__________"
        end = attributes.get("planned_end") or "__________"
        contact = self.emergency_contact or blank * 2
        return "\n".join(
            (
                tr("Task: {}   Team: {}   From {} to {}").format(task, blank, start, end),
                tr("Emergency contact (CASEVAC): {}").format(contact),
                tr("Prepared: {}   Checked: {}   Approved: {}").format(blank, blank, blank),
                tr("(name, signature, date)"),
            )
        )

    def _details(self, area_id, attributes, area_m2, n_points) -> str:
        """The framed lines of the title block: what, where, who, how large."""
        classification = attributes.get("classification") or "—"
        status = status_words(attributes.get("status")) or "—"
        lines = [
            f"{self.kind}: {area_id}",
            tr("Classification: {}   Status: {}").format(classification, status),
            tr("District: {}").format(self._district(attributes.get("district")) or "—"),
        ]
        if self.id_field == "task_id" and attributes.get("hazard_id"):
            lines.append(tr("Hazard: {}").format(attributes["hazard_id"]))
        for name, label in (("organisation", tr("Operator: {}")), ("priority", tr("Priority: {}"))):
            if attributes.get(name) not in (None, ""):
                lines.append(label.format(attributes[name]))
        lines.append(
            tr("Area: {} m² = {} ha (ellipsoidal)").format(
                number_text(area_m2, 0), number_text(area_m2 / 10000, 2)
            )
        )
        lines.append(tr("Points: {}").format(n_points))
        return "\n".join(lines)

    def _north_note(self, geometry, bearings) -> str:
        """Grid north; the grid convergence and the magnetic declination (source, date) at the
        area's centre; how the magnetic bearings are made."""
        angle = self._true_north(geometry)
        sentences = [tr("Grid north.")]
        if math.isfinite(angle):
            sentences.append(
                tr("True north is {:.1f}° {} of grid north here.").format(abs(angle), _side(angle))
            )
        declination = bearings.declination_deg
        if declination is None:
            sentences.append(
                tr(
                    "No magnetic declination for {}: for a compass, apply the local value to "
                    "the grid bearings."
                ).format(bearings.printed.isoformat())
            )
            return " ".join(sentences)
        source = _declination_text(bearings)
        if math.isfinite(angle):
            magnetic_north = declination + angle  # from grid north, east positive
            sentences.append(
                tr("Magnetic declination {}; magnetic north is {:.1f}° {} of grid north.").format(
                    source, abs(magnetic_north), _side(magnetic_north)
                )
            )
        else:
            sentences.append(tr("Magnetic declination {}.").format(source))
        sentences.append(
            tr(
                "Magnetic bearing = grid bearing + convergence (at each point) − declination "
                "(at the area's centre)."
            )
        )
        return " ".join(sentences)

    def _true_north(self, geometry) -> float:
        """The angle (degrees, east positive) from grid north to true north at the area's
        centre; NaN where it cannot be had."""
        centre = geometry.pointOnSurface().asPoint()
        try:
            ll = self.to_wgs84.transform(centre)
            north = self.to_wgs84.transform(QgsPointXY(ll.x(), ll.y() + 0.01), _reverse())
            return math.degrees(math.atan2(north.x() - centre.x(), north.y() - centre.y()))
        except Exception:  # noqa: BLE001 - a note, never a failure
            return math.nan

    # --- the overview ---------------------------------------------------------------------

    def overview_extent(self, basemap: list, context) -> QgsRectangle:
        """Every area and the basemap layers, at least six times the largest area and 1 km."""
        extent = QgsRectangle(self.data.pages.extent())
        largest = 0.0
        for feature in self.data.areas.getFeatures():
            box = feature.geometry().boundingBox()
            largest = max(largest, box.width(), box.height())
        for layer in basemap:
            try:
                to_crs = QgsCoordinateTransform(layer.crs(), self.crs, context.transformContext())
                extent.combineExtentWith(to_crs.transformBoundingBox(layer.extent()))
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


class Bearings:
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


def _position_cells(lon: float, lat: float) -> dict:
    """Latitude, longitude (DMS) and MGRS of a point; "—" where they cannot be written."""
    try:
        latitude, longitude = coordinates.format_dms(lon, lat).split(" ")
    except coordinates.CoordinateError:
        latitude = longitude = "—"
    try:
        mgrs = coordinates.format_mgrs(lon, lat, 5)
    except coordinates.CoordinateError:
        mgrs = "—"
    return {"latitude": latitude, "longitude": longitude, "mgrs": mgrs}


def _unit_caption(bearings) -> str:
    """What the bearing columns after "Grid °" hold, for the table caption."""
    units = {
        "deg": tr("degrees"),
        "mil6400": tr("mils (6400 to the circle)"),
        "mil6000": tr("Soviet mils (6000 to the circle, 12-50 = 75°)"),
    }
    if bearings.unit == "deg":
        return tr("magnetic (°)")
    return tr("grid and magnetic in {}").format(units[bearings.unit])


def _point_type(point_type: str) -> str:
    if point_type == "vertex":
        return tr("vertex")
    return code_label("point_type", point_type)


def _declination_text(bearings) -> str:
    """The declination with its source and date: "IGRF-14, 2026-12-07: +6.5° E"."""
    value = bearings.declination_deg
    side = tr("E") if value >= 0 else tr("W")
    sign = "+" if value >= 0 else "−"
    return f"{DECLINATION_SOURCE}, {bearings.printed.isoformat()}: {sign}{abs(value):.1f}° {side}"


def _side(angle: float) -> str:
    return tr("east") if angle >= 0 else tr("west")


def code_label(code_list: str, code) -> str:
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


def status_words(code) -> str:
    """A hazard's status in words in the language installed now ("Worked on"; the status of a
    hazard whose figures wait to be recomputed said so), the code when it is none of the
    list."""
    if code in (None, ""):
        return ""
    if code == UNKNOWN_STATUS:
        return tr("Unknown (figures being recomputed)")
    label = model.CODE_LISTS["status"].label(str(code))
    return QCoreApplication.translate(model.TR_CONTEXT, label) if label else str(code)


def crs_name(crs: QgsCoordinateReferenceSystem) -> str:
    """``UTM 38N (EPSG:32638)`` for a UTM zone; else the CRS's id or description."""
    authid = crs.authid()
    if authid.startswith("EPSG:326") or authid.startswith("EPSG:327"):
        zone = int(authid[-2:])
        return f"UTM {zone}{'N' if authid.startswith('EPSG:326') else 'S'} ({authid})"
    return authid or crs.description()


def _reverse():
    direction = getattr(Qgis, "TransformDirection", None)  # QGIS >= 3.22
    return direction.Reverse if direction else QgsCoordinateTransform.ReverseTransform
