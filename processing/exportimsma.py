"""landrelease:exportimsma: hazards and land releases to WGS 84 GeoJSON + IMSMA point lists."""

from __future__ import annotations

import contextlib
import math
import os
import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass, field

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsWkbTypes,
)

from ..qgis_io import convert
from ..qgis_io.json_values import to_json
from . import inputs
from . import parameters as p
from .algorithm import LandReleaseAlgorithm

WGS84 = "EPSG:4326"


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


def _survey_points_of(feature: QgsFeature, geometry: QgsGeometry, names) -> list:
    """The survey point(s) of a feature whose ``geometry`` is in WGS 84 (one per part)."""
    from ..core import imsma

    def value(name):
        return feature[name] if name in names else None

    return [
        imsma.SurveyPoint(
            longitude=part.x(),
            latitude=part.y(),
            point_type=_text(feature["point_type"]),
            bearing=_number(value("bearing")),
            bearing_unit=_text(value("bearing_unit")),
            north=_text(value("north")),
            distance_m=_number(value("distance_m")),
            entered_as=_text(value("entered_as")),
        )
        for part in geometry.constParts()
    ]


def _text(value):
    value = to_json(value)
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _number(value):
    value = to_json(value)
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


@dataclass
class _Export:
    """One layer's export, gathered feature by feature."""

    parameter: str  # HAZARDS or RELEASES
    id_field: str  # hazard_id or release_id
    names: list  # the layer's field names
    to_wgs84: object  # QgsCoordinateTransform
    problems: object  # qgis_io.geometry.FeatureProblems: coordinates that cannot be exported
    layer: str = "hazard"  # the model's layer: hazard or land_release
    features: list = field(default_factory=list)  # (properties, shapely geometry or None)
    rows: list = field(default_factory=list)  # PointRow of every point list
    lists: int = 0  # point lists
    owners: set = field(default_factory=set)  # survey point owners used
    ids: Counter = field(default_factory=Counter)  # imsma_id: features
    labelled: dict = field(default_factory=dict)  # imsma_id: labels of its features
    codes: list = field(default_factory=list)  # (label, field, value, codes) not in the lists
    part_ids: set = field(default_factory=set)  # ids of the further parts (id#2…)
    holes: int = 0  # holes left out of the point lists
    holed: int = 0  # polygons with holes
    unmatched: int = 0  # survey points on no vertex
    no_id: list = field(default_factory=list)  # labels of features without an id
    no_geometry: list = field(default_factory=list)  # labels of features without geometry
    refused: list = field(default_factory=list)  # reasons, by feature
    labels: list = field(default_factory=list)  # labels of the exported polygons
    shapes: list = field(default_factory=list)  # their shapely polygons in WGS 84


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
        "imsma_id is empty; imsma_links (the links to other IMSMA Core items) is kept as stored, "
        "and land releases carry their review state (qa_status, reviewed_by, reviewed_on, "
        "review_remarks).\n"
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
        "infinite coordinates, invalid polygons (self-intersecting, without area), text "
        "that no file can hold, an imsma_id (or the hazard_id / release_id standing in for it) "
        "longer than 50 characters, of blanks only or with a control character, imsma_links "
        "that is not text, and an imsma_id used twice. Features outside the programme's area "
        "and values that are no code of their list (which the import refuses) are named in a "
        "warning."
    )

    HAZARDS = "HAZARDS"
    RELEASES = "RELEASES"
    POINTS = "POINTS"
    OUTPUT = "OUTPUT"

    def parameter_table(self):
        return [
            p.source(self.HAZARDS, self.tr("Hazards"), p.POLYGONS),
            p.source(self.RELEASES, self.tr("Land releases"), p.POLYGONS, optional=True),
            p.source(self.POINTS, self.tr("Survey points"), p.POINTS, optional=True),
            p.output_folder(self.OUTPUT, self.tr("Output folder")),
        ]

    def check_parameters(self, parameters, context):
        hazards = self._polygon_source(parameters, self.HAZARDS, "hazard", context)
        if hazards is not None and hazards.featureCount() == 0:
            raise QgsProcessingException(
                self.tr("HAZARDS has no features (or none selected): there is nothing to export.")
            )
        self._polygon_source(parameters, self.RELEASES, "land_release", context)
        points = self.parameterAsSource(parameters, self.POINTS, context)
        if points is not None:
            self._check_points(points)
        folder = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not folder:
            raise QgsProcessingException(self.tr("Choose an OUTPUT folder."))
        if os.path.exists(folder) and not os.path.isdir(folder):
            raise QgsProcessingException(
                self.tr("OUTPUT: {} is a file, not a folder: choose a folder.").format(folder)
            )

    def processAlgorithm(self, parameters, context, feedback):
        hazards = self.required_source(parameters, self.HAZARDS, context)
        releases = self.parameterAsSource(parameters, self.RELEASES, context)
        points = self.parameterAsSource(parameters, self.POINTS, context)
        survey = self._survey_points(points, context, feedback) if points is not None else {}
        folder = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        jobs = [(self.HAZARDS, "hazard", hazards)]
        if releases:
            jobs.append((self.RELEASES, "land_release", releases))
        inverse = self._inverse(context)
        prepared = []
        for k, job in enumerate(jobs):
            step = (k, len(jobs))
            export = self._prepare(parameters, job, survey, inverse, context, feedback, step)
            if export is None:  # cancelled
                feedback.pushInfo(self.tr("Cancelled: nothing was written."))
                return {}
            prepared.append((job[1], export))
        self._write(folder, prepared, releases is None, feedback)
        used_owners = set().union(*(export.owners for _name, export in prepared))
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
            written = self._write_files(temporary, prepared, feedback)
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

    def _write_files(self, temporary, prepared, feedback) -> list[str]:
        """The GeoJSON and CSV of each layer written into the folder ``temporary``; their
        names."""
        from ..core import imsma

        written = []
        for layer_name, export in prepared:
            geojson_name, csv_name = imsma.FILES[layer_name]
            n = imsma.write_geojson(
                os.path.join(temporary, geojson_name),
                export.features,
                os.path.splitext(geojson_name)[0],
            )
            rows = imsma.write_point_csv(os.path.join(temporary, csv_name), export.rows)
            written += [geojson_name, csv_name]
            feedback.pushInfo(
                self.tr("{}: {} feature(s); {}: {} point(s) in {} point list(s).").format(
                    geojson_name, n, csv_name, rows, export.lists
                )
            )
        return written

    # -----------------------------------------------------------------------------------------

    def _polygon_source(self, parameters, name, layer_name, context):
        """The polygon layer of ``name``, with a valid CRS and an id to export; None when it is
        not given or cannot be read."""
        from ..core import imsma

        source = self.parameterAsSource(parameters, name, context)
        if source is None:
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

    def _check_points(self, source) -> None:
        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.PointGeometry:
            raise QgsProcessingException(self.tr("POINTS must be a point layer."))
        names = source.fields().names()
        for required in ("owner_id", "point_type"):
            if required not in names:
                raise QgsProcessingException(
                    self.tr("POINTS has no field {}: give survey points.").format(required)
                )

    def _survey_points(self, source, context, feedback):
        """Survey points in WGS 84 by owner_id."""
        names = source.fields().names()
        request = _in_recorded_order(QgsFeatureRequest(), names)
        wgs84 = QgsCoordinateReferenceSystem(WGS84)
        to_wgs84 = QgsCoordinateTransform(source.sourceCrs(), wgs84, context.transformContext())
        result: dict[str, list] = {}
        skipped = 0
        refused = []
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
            result.setdefault(owner, []).extend(_survey_points_of(feature, geometry, names))
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

    def _prepare(self, parameters, job, survey, inverse, context, feedback, step):
        """The GeoJSON features and point rows of one layer ``job`` (parameter, layer name,
        source), checked; None when cancelled. A feature with a NaN or infinite coordinate, an
        invalid polygon or text that is not valid Unicode is refused by name: nothing is
        written. ``step``: (this layer's number from 0, the number of layers)."""
        from ..core import imsma
        from ..qgis_io import geometry as geo

        parameter, layer_name, source = job
        wgs84 = QgsCoordinateReferenceSystem(WGS84)
        export = _Export(
            parameter,
            imsma.ID_FIELDS[layer_name],
            source.fields().names(),
            QgsCoordinateTransform(source.sourceCrs(), wgs84, context.transformContext()),
            geo.FeatureProblems(parameter, source.sourceCrs(), wgs84),
            layer_name,
        )
        request = _in_recorded_order(QgsFeatureRequest(), export.names)
        iterator = source.getFeatures(
            request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks
        )
        job_no, jobs = step
        total = max(1, source.featureCount())
        feature, done = QgsFeature(), 0
        while iterator.nextFeature(feature):
            if feedback.isCanceled():
                return None
            done += 1
            feedback.setProgress(100.0 * (job_no + done / total) / jobs)
            self._add_feature(export, feature, survey, inverse, feedback)
        self._refuse(export)
        inputs.warn_outside_area(
            self, parameters, parameter, source, np.asarray(export.shapes, dtype=object),
            export.labels, wgs84, context, feedback,
        )  # fmt: skip
        self._warn_left_out(export, feedback)
        return export

    def _add_feature(self, export, feature, survey, inverse, feedback) -> None:
        """One feature's properties and point lists added to ``export``, or the reason it
        cannot be exported."""
        import shapely

        from ..core import imsma

        properties = {name: to_json(feature[name]) for name in export.names}
        native = _text(properties.get(export.id_field))
        label = convert.feature_label(native, feature.id())
        export.refused += self._bad_text(properties, label)
        try:  # what importimsma reads back: ids of at most 50 characters, links as text
            imsma_id = imsma.imsma_id_of(properties.get("imsma_id"), label) or native
            if "imsma_links" in properties:
                imsma.links_of(properties["imsma_links"], label)
            if imsma_id is None:
                export.no_id.append(label)
                return
            imsma_id = imsma.imsma_id_of(imsma.checked_id(imsma_id, label), label)
        except imsma.ImsmaError as error:
            export.refused.append(self.core_text(error, imsma.TR_CONTEXT))
            return
        properties["imsma_id"] = imsma_id
        export.codes += [(label, *found) for found in imsma.unknown_codes(export.layer, properties)]
        export.labelled.setdefault(imsma_id, []).append(label)
        export.ids[imsma_id] += 1
        geometry = self._wgs84(feature.geometry(), export.to_wgs84, label, export.problems)
        if geometry is None:
            if not export.problems.has(label):
                export.no_geometry.append(label)
                export.features.append((properties, None))
            return
        reason = _invalid_reason(self._shapely(feature.geometry())) or _invalid_reason(geometry)
        if reason:
            export.refused.append(self.tr("{}: {}").format(label, reason))
            return
        export.labels.append(label)
        export.shapes.append(geometry)
        self._add_point_lists(export, imsma_id, native, geometry, survey, inverse, feedback)
        export.features.append((properties, shapely.force_2d(geometry)))

    def _add_point_lists(self, export, imsma_id, native, geometry, survey, inverse, feedback):
        """The point lists of one polygon, its survey points matched to its vertices."""
        from ..core import imsma

        try:
            rows, holes, problems = imsma.polygon_point_lists(imsma_id, geometry, inverse)
        except imsma.ImsmaError as error:
            raise QgsProcessingException(self.core_text(error, imsma.TR_CONTEXT)) from error
        for problem in problems:
            feedback.pushWarning(self.tr("Left out of the point list: {}").format(problem))
        if holes:
            export.holes += holes
            export.holed += 1
        keys = [k for k in (native, imsma_id) if k]
        candidates = [p for k in dict.fromkeys(keys) for p in survey.get(k, [])]
        export.owners.update(k for k in keys if k in survey)
        if candidates:
            export.unmatched += len(imsma.match_survey_points(rows, candidates))
        export.lists += len({r.imsma_id for r in rows})
        export.part_ids.update(r.imsma_id for r in rows if r.imsma_id != imsma_id)
        export.rows.extend(rows)

    def _refuse(self, export) -> None:
        """Refuse the layer, by feature, when a feature cannot be exported as it is or the
        ids cannot link the point lists."""
        parameter = export.parameter
        export.problems.check_finite(np.asarray(export.shapes, dtype=object), export.labels)
        export.problems.refuse()
        if export.refused:
            raise QgsProcessingException(
                self.tr(
                    "{}: {} feature(s) cannot be exported as they are: {}. Correct them (Check "
                    "land release data lists invalid geometries): nothing was written."
                ).format(parameter, len(export.refused), "; ".join(export.refused[:10]))
            )
        duplicates = sorted(i for i, n in export.ids.items() if n > 1)
        if duplicates:
            used = [self.tr("{} ({})").format(i, ", ".join(export.labelled[i])) for i in duplicates]
            raise QgsProcessingException(
                self.tr(
                    "{}: imsma_id (or {} where imsma_id is empty) must be unique to link the "
                    "point lists; used more than once: {}"
                ).format(parameter, export.id_field, self._listed(used))
            )
        clashes = sorted(export.part_ids & set(export.ids))
        if clashes:
            raise QgsProcessingException(
                self.tr(
                    "{}: the point lists of multi-part polygons are named id#2, id#3…, and these "
                    "names are ids of other features: {}"
                ).format(parameter, self._listed(clashes))
            )

    def _warn_left_out(self, export, feedback) -> None:
        """Name what the point lists leave out: features without id or geometry, holes,
        survey points on no vertex; and the values that are no code of their list."""
        parameter = export.parameter
        if export.codes:
            found = [
                self.tr("{}: {} {} ({})").format(label, name, repr(value), ", ".join(codes))
                for label, name, value, codes in export.codes
            ]
            feedback.pushWarning(
                self.tr(
                    "{}: {} value(s) are no code of their list (the codes in brackets), as "
                    "landrelease:checkdata reports them; importimsma refuses them: {}."
                ).format(parameter, len(found), self._listed(found, 10))
            )
        if export.no_id:
            feedback.pushWarning(
                self.tr("{}: {} feature(s) without {} and imsma_id skipped: {}.").format(
                    parameter, len(export.no_id), export.id_field, convert.listed(export.no_id)
                )
            )
        if export.no_geometry:
            feedback.pushWarning(
                self.tr("{}: {} feature(s) without geometry (no point list): {}.").format(
                    parameter, len(export.no_geometry), convert.listed(export.no_geometry)
                )
            )
        if export.holes:
            feedback.pushWarning(
                self.tr(
                    "{}: {} hole(s) in {} polygon(s) are not represented in the point lists "
                    "(the GeoJSON keeps them)."
                ).format(parameter, export.holes, export.holed)
            )
        if export.unmatched:
            feedback.pushInfo(
                self.tr(
                    "{}: {} survey point(s) lie on no vertex (reference points, benchmarks, "
                    "evidence…) and are not in the point lists."
                ).format(parameter, export.unmatched)
            )

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
        from ..qgis_io.geometry import shapely_of

        if geometry is None or geometry.isEmpty():
            return None
        result = shapely_of(geometry)
        return None if result is None or result.is_empty else result

    @staticmethod
    def _listed(values, limit=20) -> str:
        shown = ", ".join(str(v) for v in values[:limit])
        return shown + (f" … (+{len(values) - limit})" if len(values) > limit else "")
