"""landrelease:exportimsma: hazards and land releases to WGS 84 GeoJSON + IMSMA point lists."""

from __future__ import annotations

import base64
import contextlib
import math
import os
import shutil
import tempfile
from collections import Counter

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFolderDestination,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QByteArray, QDate, QDateTime, Qt, QTime, QVariant

from ..qgis_io import convert
from . import inputs
from .algorithm import LandReleaseAlgorithm

WGS84 = "EPSG:4326"


def json_value(value):
    """A QGIS attribute value as a JSON value: NULL null, dates and times ISO 8601."""
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    if isinstance(value, QDateTime):
        if not value.isValid():
            return None
        return value.toString(Qt.ISODateWithMs if value.time().msec() else Qt.ISODate)
    if isinstance(value, QDate):
        return value.toString(Qt.ISODate) if value.isValid() else None
    if isinstance(value, QTime):
        if not value.isValid():
            return None
        return value.toString(Qt.ISODateWithMs if value.msec() else Qt.ISODate)
    if isinstance(value, QByteArray):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, QVariant):
        value = value.value()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple)):
        return [json_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): json_value(v) for k, v in value.items()}
    return str(value)


def _in_recorded_order(request: QgsFeatureRequest, names) -> QgsFeatureRequest:
    """Read a land release table in the order its features were recorded (its ``fid`` key), so
    that the files are the same from a GeoPackage and from PostGIS, whose tables return their
    rows in storage order (an updated row moves to the end)."""
    if "fid" in names:
        request.addOrderBy('"fid"')
    return request


def _missing_folders(path: str) -> list[str]:
    """The folders of ``path`` that do not exist yet, outermost first."""
    missing = []
    while path and not os.path.exists(path):
        missing.append(path)
        parent = os.path.dirname(path)
        if parent == path:
            break
        path = parent
    return list(reversed(missing))


def _invalid_reason(geometry) -> str:
    """Why a polygon cannot go to IMSMA as it is ("" when it can): not a polygon, invalid
    (GEOS's reason: Self-intersection[x y]…), or without area."""
    import shapely

    if geometry.geom_type not in ("Polygon", "MultiPolygon"):
        return geometry.geom_type
    if not shapely.is_valid(geometry):
        return shapely.is_valid_reason(geometry)
    if not geometry.area > 0:
        return "no area"
    return ""


def _text(value):
    value = json_value(value)
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _number(value):
    value = json_value(value)
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


class ExportImsma(LandReleaseAlgorithm):
    ID = "exportimsma"
    DISPLAY_NAME = "Export to IMSMA (GeoJSON + point lists)"
    GROUP_ID = "exchange"
    GROUP = "Data exchange"
    NEEDS_SHAPELY = True
    HELP = (
        "Writes hazards and land releases for IMSMA into a folder.\n\n"
        "hazards.geojson, land_releases.geojson: RFC 7946 GeoJSON in WGS 84 (longitude, "
        "latitude; 9 decimals, 0.1 mm), UTF-8. Every attribute is kept; dates are ISO 8601 "
        "text. The property imsma_id holds the imsma_id, or the hazard_id / release_id where "
        "imsma_id is empty.\n"
        "hazard_points.csv, land_release_points.csv: the polygon point lists as IMSMA keeps them "
        "(UTF-8 without BOM, comma separated, header row): imsma_id, point_no, point_type, "
        "latitude, longitude, bearing_deg, distance_m, bearing_entered, distance_entered, "
        "entered_as, bearing_unit, north. The exterior vertices without the repeated closing "
        "vertex, numbered clockwise from the northernmost one. bearing_deg and distance_m "
        "describe the leg from the previous point: true (geodesic, WGS 84) bearing in degrees "
        "and ellipsoidal distance in metres, rounded to 0.01; point 1 carries the closing leg "
        "from the last point. Point 1 is 'start', the others 'turning', unless a survey point "
        "(POINTS, owner_id = the hazard or release id) lies within 0.5 m of the vertex: then "
        "its point type and its bearing, unit, north, distance and text as entered.\n"
        "Multi-part polygons: each part is its own point list, the second part with the id "
        "followed by #2, and so on. Holes are kept in the GeoJSON but not in the point lists.\n\n"
        "HAZARDS: polygons with the hazard fields. RELEASES: optional land release polygons. "
        "POINTS: optional survey points. OUTPUT: the folder (created if needed; files of the "
        "same names are replaced). The files are written beside the folder first and moved "
        "into it at the end: an export that fails changes nothing. Refused, by feature: NaN or "
        "infinite coordinates, invalid polygons (self-intersecting, without area) and text "
        "that no file can hold; features outside the programme's area are named in a warning."
    )

    HAZARDS = "HAZARDS"
    RELEASES = "RELEASES"
    POINTS = "POINTS"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.HAZARDS, self.tr("Hazards"), [QgsProcessing.TypeVectorPolygon]
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.RELEASES,
                self.tr("Land releases"),
                [QgsProcessing.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.POINTS,
                self.tr("Survey points"),
                [QgsProcessing.TypeVectorPoint],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFolderDestination(self.OUTPUT, self.tr("Output folder"))
        )

    # -----------------------------------------------------------------------------------------

    def processAlgorithm(self, parameters, context, feedback):
        hazards = self._polygon_source(parameters, self.HAZARDS, "hazard", context)
        if hazards.featureCount() == 0:
            raise QgsProcessingException(
                self.tr("HAZARDS has no features (or none selected): there is nothing to export.")
            )
        releases = self._polygon_source(parameters, self.RELEASES, "land_release", context)
        points = self.parameterAsSource(parameters, self.POINTS, context)
        survey = self._survey_points(points, context, feedback) if points is not None else {}

        folder = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not folder:
            raise QgsProcessingException(self.tr("Choose an OUTPUT folder."))
        if os.path.exists(folder) and not os.path.isdir(folder):
            raise QgsProcessingException(
                self.tr("OUTPUT: {} is a file, not a folder: choose a folder.").format(folder)
            )

        inverse = self._inverse(context)
        jobs = [(self.HAZARDS, "hazard", hazards)]
        if releases:
            jobs.append((self.RELEASES, "land_release", releases))
        prepared = []
        used_owners: set[str] = set()
        for k, (parameter, layer_name, source) in enumerate(jobs):
            result = self._prepare(
                parameters, parameter, layer_name, source, survey, inverse, context, feedback,
                k, len(jobs),
            )  # fmt: skip
            if result is None:  # cancelled
                feedback.pushInfo(self.tr("Cancelled: nothing was written."))
                return {}
            prepared.append((layer_name, result))
            used_owners |= result["owners"]

        self._write(folder, prepared, releases is None, feedback)
        others = sorted(set(survey) - used_owners)
        if others:
            count = sum(len(survey[o]) for o in others)
            feedback.pushWarning(
                self.tr(
                    "{} survey point(s) belong to no exported hazard or release (owner_id {})."
                ).format(count, self._listed(others))
            )
        feedback.setProgress(100)
        return {self.OUTPUT: folder}

    def _write(self, folder, prepared, without_releases, feedback):
        """Every file written into a new folder beside ``folder``, then moved into it: a failed
        export leaves ``folder`` as it was (and creates nothing)."""
        from ..core import imsma

        folder = os.path.abspath(folder)
        parent = os.path.dirname(folder)
        created = _missing_folders(parent)
        temporary = None
        try:
            os.makedirs(parent, exist_ok=True)
            temporary = tempfile.mkdtemp(prefix=f".{os.path.basename(folder)}-", dir=parent)
            written = []
            for layer_name, result in prepared:
                geojson_name, csv_name = imsma.FILES[layer_name]
                n = imsma.write_geojson(
                    os.path.join(temporary, geojson_name),
                    result["features"],
                    os.path.splitext(geojson_name)[0],
                )
                rows = imsma.write_point_csv(os.path.join(temporary, csv_name), result["rows"])
                written += [geojson_name, csv_name]
                feedback.pushInfo(
                    self.tr("{}: {} feature(s); {}: {} point(s) in {} point list(s).").format(
                        geojson_name, n, csv_name, rows, result["lists"]
                    )
                )
            if not os.path.isdir(folder):
                os.mkdir(folder)
                created.append(folder)
            for name in written:
                os.replace(os.path.join(temporary, name), os.path.join(folder, name))
        except (OSError, UnicodeError, ValueError) as error:
            for path in reversed(created):
                with contextlib.suppress(OSError):
                    os.rmdir(path)
            raise QgsProcessingException(
                self.tr(
                    "OUTPUT: the export could not be written to {}: {}. Nothing was changed."
                ).format(folder, getattr(error, "strerror", None) or error)
            ) from error
        finally:
            if temporary is not None:
                shutil.rmtree(temporary, ignore_errors=True)
        if without_releases:
            for name in imsma.FILES["land_release"]:
                stale = os.path.join(folder, name)
                if os.path.exists(stale):
                    os.remove(stale)
                    feedback.pushInfo(
                        self.tr("Removed {} of an earlier export (no RELEASES given).").format(name)
                    )

    # -----------------------------------------------------------------------------------------

    def _polygon_source(self, parameters, name, layer_name, context):
        from ..core import imsma

        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            if name == self.HAZARDS:
                raise QgsProcessingException(self.invalidSourceError(parameters, name))
            return None
        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.PolygonGeometry:
            raise QgsProcessingException(
                self.tr("{} must be a polygon layer, not {}.").format(
                    name, QgsWkbTypes.displayString(source.wkbType())
                )
            )
        if not source.sourceCrs().isValid():
            raise QgsProcessingException(
                self.tr("{} has no valid CRS: set its CRS first.").format(name)
            )
        id_field = imsma.ID_FIELDS[layer_name]
        names = source.fields().names()
        if id_field not in names and "imsma_id" not in names:
            raise QgsProcessingException(
                self.tr("{} has neither {} nor imsma_id: there is no id to export.").format(
                    name, id_field
                )
            )
        return source

    def _survey_points(self, source, context, feedback):
        """Survey points in WGS 84 by owner_id."""
        from ..core import imsma

        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.PointGeometry:
            raise QgsProcessingException(self.tr("POINTS must be a point layer."))
        names = source.fields().names()
        for required in ("owner_id", "point_type"):
            if required not in names:
                raise QgsProcessingException(
                    self.tr("POINTS has no field {}: give survey points.").format(required)
                )
        request = _in_recorded_order(QgsFeatureRequest(), names)
        wgs84 = QgsCoordinateReferenceSystem(WGS84)
        to_wgs84 = QgsCoordinateTransform(source.sourceCrs(), wgs84, context.transformContext())
        result: dict[str, list] = {}
        skipped = 0
        refused = []

        def value(feature, name):
            return feature[name] if name in names else None

        feature = QgsFeature()
        iterator = source.getFeatures(
            request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks
        )
        while iterator.nextFeature(feature):
            if feedback.isCanceled():
                break
            owner = _text(feature["owner_id"])
            geometry = QgsGeometry(feature.geometry())
            label = self.tr("{} of {}").format(convert.feature_label(None, feature.id()), owner)
            if convert.non_finite_kind(geometry):  # QGIS calls a NaN point empty
                refused.append(label)
                continue
            if owner is None or geometry.isNull() or geometry.isEmpty():
                skipped += 1
                continue
            try:
                geometry.transform(to_wgs84)
            except QgsCsException:
                refused.append(label)
                continue
            for part in geometry.constParts():
                result.setdefault(owner, []).append(
                    imsma.SurveyPoint(
                        longitude=part.x(),
                        latitude=part.y(),
                        point_type=_text(feature["point_type"]),
                        bearing=_number(value(feature, "bearing")),
                        bearing_unit=_text(value(feature, "bearing_unit")),
                        north=_text(value(feature, "north")),
                        distance_m=_number(value(feature, "distance_m")),
                        entered_as=_text(value(feature, "entered_as")),
                    )
                )
        if refused:
            raise QgsProcessingException(
                self.tr(
                    "POINTS: {} survey point(s) have a coordinate that is NaN or infinite, or "
                    "cannot be placed on the earth: {}. Correct them: nothing was written."
                ).format(len(refused), convert.listed(refused))
            )
        if skipped:
            feedback.pushWarning(
                self.tr("{} survey point(s) without owner_id or geometry skipped.").format(skipped)
            )
        return result

    @staticmethod
    def _inverse(context):
        """Geodesic inverse problem on WGS 84 (QgsDistanceArea: GeographicLib)."""
        da = convert.distance_area(QgsCoordinateReferenceSystem(WGS84), context)

        def inverse(lon1, lat1, lon2, lat2):
            a, b = QgsPointXY(lon1, lat1), QgsPointXY(lon2, lat2)
            return math.degrees(da.bearing(a, b)), da.measureLine(a, b)

        return inverse

    def _prepare(
        self, parameters, parameter, layer_name, source, survey, inverse, context, feedback, job,
        jobs,
    ):  # fmt: skip
        """GeoJSON features and point rows of one layer, checked; None when cancelled. A
        feature with a NaN or infinite coordinate, an invalid polygon or text that is not
        valid Unicode is refused by name: nothing is written."""
        import shapely

        from ..core import imsma
        from ..qgis_io import geometry as geo

        id_field = imsma.ID_FIELDS[layer_name]
        names = source.fields().names()
        request = _in_recorded_order(QgsFeatureRequest(), names)
        wgs84 = QgsCoordinateReferenceSystem(WGS84)
        to_wgs84 = QgsCoordinateTransform(source.sourceCrs(), wgs84, context.transformContext())
        total = max(1, source.featureCount())
        features, rows, owners = [], [], set()
        ids = Counter()
        part_ids: set[str] = set()
        holes = holed = lists = unmatched = 0
        no_id, no_geometry, refused, labels, shapes = [], [], [], [], []
        problems = geo.FeatureProblems(parameter, source.sourceCrs(), wgs84)
        feature = QgsFeature()
        iterator = source.getFeatures(
            request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks
        )
        done = 0
        while iterator.nextFeature(feature):
            if feedback.isCanceled():
                return None
            done += 1
            feedback.setProgress(100.0 * (job + done / total) / jobs)
            properties = {name: json_value(feature[name]) for name in names}
            native = _text(properties.get(id_field))
            label = convert.feature_label(native, feature.id())
            refused += self._bad_text(properties, label)
            imsma_id = _text(properties.get("imsma_id")) or native
            if imsma_id is None:
                no_id.append(label)
                continue
            try:  # what importimsma reads back: no line breaks, at most 100 characters
                imsma.checked_id(imsma_id, label)
            except imsma.ImsmaError as error:
                refused.append(str(error))
                continue
            properties["imsma_id"] = imsma_id
            ids[imsma_id] += 1
            geometry = self._wgs84(feature.geometry(), to_wgs84, label, problems)
            if geometry is None:
                if not problems.has(label):
                    no_geometry.append(label)
                    features.append((properties, None))
                continue
            reason = _invalid_reason(self._shapely(feature.geometry())) or _invalid_reason(geometry)
            if reason:
                refused.append(self.tr("{}: {}").format(label, reason))
                continue
            labels.append(label)
            shapes.append(geometry)
            try:
                feature_rows, n_holes, row_problems = imsma.polygon_point_lists(
                    imsma_id, geometry, inverse
                )
            except imsma.ImsmaError as error:
                raise QgsProcessingException(str(error)) from error
            for problem in row_problems:
                feedback.pushWarning(self.tr("Left out of the point list: {}").format(problem))
            if n_holes:
                holes += n_holes
                holed += 1
            keys = [k for k in (native, imsma_id) if k]
            candidates = [p for k in dict.fromkeys(keys) for p in survey.get(k, [])]
            owners.update(k for k in keys if k in survey)
            if candidates:
                left = imsma.match_survey_points(feature_rows, candidates)
                unmatched += len(left)
            lists += len({r.imsma_id for r in feature_rows})
            part_ids.update(r.imsma_id for r in feature_rows if r.imsma_id != imsma_id)
            rows.extend(feature_rows)
            features.append((properties, shapely.force_2d(geometry)))

        problems.check_finite(np.asarray(shapes, dtype=object), labels)
        problems.refuse()
        if refused:
            raise QgsProcessingException(
                self.tr(
                    "{}: {} feature(s) cannot be exported as they are: {}. Correct them (Check "
                    "land release data lists invalid geometries): nothing was written."
                ).format(parameter, len(refused), "; ".join(refused[:10]))
            )
        duplicates = sorted(i for i, n in ids.items() if n > 1)
        if duplicates:
            raise QgsProcessingException(
                self.tr(
                    "{}: imsma_id (or {} where imsma_id is empty) must be unique to link the "
                    "point lists; used more than once: {}"
                ).format(parameter, id_field, self._listed(duplicates))
            )
        clashes = sorted(part_ids & set(ids))
        if clashes:
            raise QgsProcessingException(
                self.tr(
                    "{}: the point lists of multi-part polygons are named id#2, id#3…, and these "
                    "names are ids of other features: {}"
                ).format(parameter, self._listed(clashes))
            )
        inputs.warn_outside_area(
            self, parameters, parameter, source, np.asarray(shapes, dtype=object), labels, wgs84,
            context, feedback,
        )  # fmt: skip
        if no_id:
            feedback.pushWarning(
                self.tr("{}: {} feature(s) without {} and imsma_id skipped: {}.").format(
                    parameter, len(no_id), id_field, convert.listed(no_id)
                )
            )
        if no_geometry:
            feedback.pushWarning(
                self.tr("{}: {} feature(s) without geometry (no point list): {}.").format(
                    parameter, len(no_geometry), convert.listed(no_geometry)
                )
            )
        if holes:
            feedback.pushWarning(
                self.tr(
                    "{}: {} hole(s) in {} polygon(s) are not represented in the point lists "
                    "(the GeoJSON keeps them)."
                ).format(parameter, holes, holed)
            )
        if unmatched:
            feedback.pushInfo(
                self.tr(
                    "{}: {} survey point(s) lie on no vertex (reference points, benchmarks, "
                    "evidence…) and are not in the point lists."
                ).format(parameter, unmatched)
            )
        return {"features": features, "rows": rows, "lists": lists, "owners": owners}

    def _bad_text(self, properties: dict, label: str) -> list[str]:
        """Text values that cannot be written as UTF-8 (an unpaired surrogate), as reasons."""
        reasons = []
        for name, value in properties.items():
            if isinstance(value, str):
                try:
                    value.encode("utf-8")
                except UnicodeEncodeError as error:
                    character = value[error.start : error.start + 1]
                    reasons.append(
                        self.tr(
                            "{}: {} holds {!r}, an unpaired surrogate: text that no file can hold"
                        ).format(label, name, character)
                    )
        return reasons

    def _wgs84(self, geometry: QgsGeometry, to_wgs84, label, problems):
        """A 2D shapely polygon in WGS 84 of a QGIS geometry (curves segmentized); None without
        one, or when it cannot be transformed (noted in ``problems``)."""
        if geometry is None or geometry.isNull():
            return None
        if geometry.isEmpty():
            if convert.non_finite_kind(geometry):
                problems.transform_failed(geometry, label)
            return None
        if convert.non_finite_kind(geometry):
            problems.transform_failed(geometry, label)
            return None
        geometry = QgsGeometry(geometry)
        try:
            geometry.transform(to_wgs84)
        except QgsCsException:
            problems.transform_failed(geometry, label)
            return None
        return self._shapely(geometry)

    @staticmethod
    def _shapely(geometry: QgsGeometry):
        """A 2D shapely geometry of a QGIS geometry (curves segmentized), or None."""
        import shapely

        if geometry is None or geometry.isNull() or geometry.isEmpty():
            return None
        if QgsWkbTypes.isCurvedType(geometry.wkbType()):
            geometry = QgsGeometry(geometry.constGet().segmentize())
        result = shapely.force_2d(shapely.from_wkb(bytes(geometry.asWkb())))
        return None if result.is_empty else result

    @staticmethod
    def _listed(values, limit=20) -> str:
        shown = ", ".join(str(v) for v in values[:limit])
        return shown + (f" … (+{len(values) - limit})" if len(values) > limit else "")
