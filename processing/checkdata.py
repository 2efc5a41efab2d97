"""landrelease:checkdata: one point per problem found in hazards, land releases and evidence."""

from __future__ import annotations

import math

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsRectangle,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QDate, QDateTime, QVariant

from ..core import area, model
from . import convert, programme
from .algorithm import LandReleaseAlgorithm

_TEXT, _INT64 = convert.qtype("text"), convert.qtype("int64")
FID_FIELD = "fid"  # the key column of the land release tables (GeoPackage and PostGIS)


class CheckData(LandReleaseAlgorithm):
    ID = "checkdata"
    DISPLAY_NAME = "Check land release data"
    GROUP_ID = "quality"
    GROUP = "Data quality"
    NEEDS_SHAPELY = True
    HELP = (
        "Checks hazards, land releases and evidence and writes one point per problem found, "
        "with its code, severity (error or warning), layer, feature_id (the feature's "
        "hazard_id, release_id or evidence_id; else its feature id), input_fid (its feature id) "
        "and a message.\n\n"
        "Give at least one of HAZARDS, RELEASES and EVIDENCE; the checks between layers run "
        "when both layers are given. Everything is compared in metres, in the CRS of the first "
        "input (or its UTM zone when it is geographic).\n\n"
        "Errors: invalid_geometry (with the reason and place GEOS reports, or no geometry), "
        "too_few_vertices (a ring with fewer than 3 distinct vertices), duplicate_id, "
        "missing_field (a field the data model requires is empty, or the layer lacks it), "
        "date_order (end_date before start_date; status_changed_on before recorded_on), "
        "release_outside_hazard (more than 1 m² and 0.1 % of a release outside every hazard), "
        "release_larger_than_hazard (a release larger than the hazard it names), "
        "unknown_hazard (a release naming no hazard), "
        "outside_area (a vertex, or the point, outside the programme's area: the extent of the "
        "layer's land release database's districts plus 10 km, or without districts the area of "
        "use of the layer's CRS, for UTM its zone; a swapped latitude and longitude, a decimal "
        "comma or a wrong UTM or Gauss–Krüger zone puts a point thousands of kilometres away).\n"
        "Warnings: duplicate_geometry (equal within 1 cm), long_segment (longer than 5 km: a "
        "vertex in the wrong place), overlap (hazards of the same classification sharing more "
        "than 0.9 % of the smaller), cha_without_evidence (a CHA with no direct evidence point "
        "inside), missing_district.\n\n"
        "Features with invalid geometry are always read, whatever the Processing setting for "
        "invalid geometries."
    )

    HAZARDS = "HAZARDS"
    RELEASES = "RELEASES"
    EVIDENCE = "EVIDENCE"
    OUTPUT = "OUTPUT"
    ERRORS = "ERRORS"
    WARNINGS = "WARNINGS"

    # parameter -> (data model layer, geometry type it must have)
    INPUTS = {
        HAZARDS: ("hazard", QgsWkbTypes.PolygonGeometry),
        RELEASES: ("land_release", QgsWkbTypes.PolygonGeometry),
        EVIDENCE: ("evidence", QgsWkbTypes.PointGeometry),
    }

    def initAlgorithm(self, config=None):
        polygons, points = [QgsProcessing.TypeVectorPolygon], [QgsProcessing.TypeVectorPoint]
        for name, label, types in (
            (self.HAZARDS, self.tr("Hazardous areas"), polygons),
            (self.RELEASES, self.tr("Land releases"), polygons),
            (self.EVIDENCE, self.tr("Evidence points"), points),
        ):
            self.addParameter(
                QgsProcessingParameterFeatureSource(name, label, types, optional=True)
            )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Findings"), QgsProcessing.TypeVectorPoint
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.ERRORS, self.tr("Errors")))
        self.addOutput(QgsProcessingOutputNumber(self.WARNINGS, self.tr("Warnings")))

    def processAlgorithm(self, parameters, context, feedback):
        from ..core import checks

        sources = self._sources(parameters, context)
        first = next(iter(sources.values()))
        out_crs = first.sourceCrs()
        crs = convert.working_crs(out_crs, self._extent(sources, out_crs, context), context)
        feedback.pushInfo(self.tr("Working CRS: {}").format(crs.authid()))

        data, fids = {}, {}
        for k, (parameter, source) in enumerate(sources.items()):
            name = self.INPUTS[parameter][0]
            data[name], fids[name] = self._read(source, name, crs, context, feedback)
            if feedback.isCanceled():
                return {}
            feedback.setProgress(40.0 * (k + 1) / len(sources))
        areas = self._areas(parameters, sources, context, feedback)
        try:
            result = checks.run_checks(
                hazards=data.get(checks.HAZARD),
                releases=data.get(checks.RELEASE),
                evidence=data.get(checks.EVIDENCE),
                progress=lambda p: feedback.setProgress(40.0 + 0.5 * p),
                is_cancelled=feedback.isCanceled,
                areas=areas,
                crs=_pyproj_crs(crs),
            )
        except checks.Cancelled:
            return {}
        for note in result.notes:
            feedback.pushWarning(self._translate(note.template).format(**note.args))

        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, self._fields(), QgsWkbTypes.Point, out_crs
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        back = QgsCoordinateTransform(crs, out_crs, context.transformContext())
        digits = 7 if out_crs.isGeographic() else 2
        fields = self._fields()
        for finding in result.findings:
            feature = QgsFeature(fields)
            args = dict(finding.args)
            if finding.code == "outside_area":
                args["area"] = programme.area_text(areas[finding.layer])
            point = self._place(finding, back)
            if point is not None:
                feature.setGeometry(QgsGeometry.fromPointXY(point))
                if "location" in args:
                    args["location"] = f"{point.x():.{digits}f} {point.y():.{digits}f}"
            index = finding.index
            feature.setAttributes(
                [
                    finding.code,
                    finding.severity,
                    finding.layer,
                    finding.feature_id,
                    None if index is None else int(fids[finding.layer][index]),
                    self._translate(finding.template).format(**args),
                ]
            )
            if not sink.addFeature(feature, QgsFeatureSink.FastInsert):
                raise QgsProcessingException(self.writeFeatureError(sink, parameters, self.OUTPUT))
        feedback.setProgress(100)
        self._summary(result, feedback)
        return {self.OUTPUT: dest_id, self.ERRORS: result.errors, self.WARNINGS: result.warnings}

    # --- inputs -----------------------------------------------------------------------------

    def _sources(self, parameters, context) -> dict:
        sources = {}
        for parameter, (_name, geometry_type) in self.INPUTS.items():
            source = self.parameterAsSource(parameters, parameter, context)
            if source is None:
                if parameters.get(parameter) not in (None, ""):
                    raise QgsProcessingException(self.invalidSourceError(parameters, parameter))
                continue
            if QgsWkbTypes.geometryType(source.wkbType()) != geometry_type:
                kind = (
                    self.tr("a polygon layer")
                    if geometry_type == QgsWkbTypes.PolygonGeometry
                    else self.tr("a point layer")
                )
                raise QgsProcessingException(self.tr("{} must be {}.").format(parameter, kind))
            if not source.sourceCrs().isValid():
                raise QgsProcessingException(
                    self.tr("{} has no valid CRS: set its CRS first.").format(parameter)
                )
            sources[parameter] = source
        if not sources:
            raise QgsProcessingException(
                self.tr("Give at least one of HAZARDS, RELEASES, EVIDENCE.")
            )
        return sources

    def _areas(self, parameters, sources, context, feedback) -> dict:
        """The programme's area of each input (its database's districts plus 10 km, else its
        CRS's area of use), by data model layer name; the log says which, or why none."""
        areas = {}
        for parameter, source in sources.items():
            name = self.INPUTS[parameter][0]
            layer = programme.source_layer(self, parameters, parameter, context)
            try:
                box = programme.programme_area(layer) if layer is not None else None
                if box is None:
                    box = programme.crs_area(source.sourceCrs())
            except ValueError:
                box = None
            if box is None:
                feedback.pushWarning(
                    self.tr(
                        "outside_area not checked on the {} layer: it is not in a land release "
                        "database with districts, and QGIS knows no area of use for its CRS {}."
                    ).format(name, source.sourceCrs().authid() or source.sourceCrs().description())
                )
                continue
            where = (
                self.tr("its database's districts plus {} km").format(f"{box.margin_m / 1000:g}")
                if box.source == area.DISTRICTS
                else self.tr("the area of use of its CRS")
            )
            feedback.pushInfo(
                self.tr("Programme's area of the {} layer ({}): {}.").format(
                    name, where, programme.area_text(box)
                )
            )
            areas[name] = box
        return areas

    @staticmethod
    def _extent(sources, out_crs, context) -> QgsRectangle:
        """The extent of the first input that has features and a finite extent, in ``out_crs``
        (an empty rectangle when none has)."""
        for source in sources.values():
            try:
                extent = source.sourceExtent()
            except Exception:  # noqa: BLE001 - an infinite vertex: the bindings raise "unknown"
                continue
            if source.featureCount() == 0 or extent.isNull() or not _finite(extent):
                continue
            if source.sourceCrs() != out_crs:
                transform = QgsCoordinateTransform(
                    source.sourceCrs(), out_crs, context.transformContext()
                )
                try:
                    extent = transform.transformBoundingBox(extent)
                except Exception:  # noqa: BLE001 - QgsCsException: try the next input
                    continue
            return extent
        return QgsRectangle()

    def _read(self, source, name, crs, context, feedback):
        """(LayerData in ``crs``, feature ids) of a source: every feature, with or without
        geometry, valid or not."""
        import shapely

        from ..core import checks

        fields = source.fields()
        wanted = {n: fields.lookupField(n) for n in checks.fields_used(name)}
        wanted = {n: i for n, i in wanted.items() if i >= 0}
        key = _key_field(fields)
        request = QgsFeatureRequest()
        request.setDestinationCrs(crs, context.transformContext())
        request.setSubsetOfAttributes(sorted(set(wanted.values()) | ({key} if key >= 0 else set())))
        if isinstance(source, QgsProcessingFeatureSource):
            iterator = source.getFeatures(
                request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks
            )
        else:
            iterator = source.getFeatures(request)
        fids: list[int] = []
        wkbs: list = []
        rows: list[list] = []
        indices = list(wanted.values())
        feature = QgsFeature()
        while iterator.nextFeature(feature):
            if len(fids) % 10000 == 0 and feedback.isCanceled():
                break
            fids.append(_fid(feature, key))
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty():
                wkbs.append(None)
            else:
                if QgsWkbTypes.isCurvedType(geometry.wkbType()):
                    geometry = QgsGeometry(geometry.constGet().segmentize())
                if QgsWkbTypes.hasM(geometry.wkbType()):  # GEOS before 3.12 refuses M
                    geometry = QgsGeometry(geometry)
                    geometry.get().dropMValue()
                wkbs.append(bytes(geometry.asWkb()))
            rows.append([_value(feature.attribute(i)) for i in indices])
        geometries = _from_wkb(wkbs, shapely)
        columns = {n: [row[k] for row in rows] for k, n in enumerate(wanted)}
        id_field = model.layer(name).id_field
        ids = columns.get(id_field, [None] * len(fids))
        labels = [
            str(i) if i is not None and str(i).strip() else str(fid) for i, fid in zip(ids, fids)
        ]
        missing = sum(1 for w in wkbs if w is None)
        feedback.pushInfo(
            self.tr("{}: {} feature(s), {} without geometry.").format(name, len(fids), missing)
        )
        return checks.LayerData(name, geometries, labels, columns), np.asarray(fids, dtype=np.int64)

    # --- output -----------------------------------------------------------------------------

    @staticmethod
    def _fields() -> QgsFields:
        fields = QgsFields()
        for name, kind in (
            ("code", _TEXT),
            ("severity", _TEXT),
            ("layer", _TEXT),
            ("feature_id", _TEXT),
            ("input_fid", _INT64),  # not "fid": a GeoPackage takes that for its own key
            ("message", _TEXT),
        ):
            fields.append(QgsField(name, kind))
        return fields

    @staticmethod
    def _place(finding, transform):
        """The finding's point in the output CRS, or None."""
        if not (math.isfinite(finding.x) and math.isfinite(finding.y)):
            return None
        try:
            return transform.transform(QgsPointXY(finding.x, finding.y))
        except QgsCsException:
            return None

    @staticmethod
    def _translate(template: str) -> str:
        from ..core import checks

        return QCoreApplication.translate(checks.TR_CONTEXT, template)

    def _summary(self, result, feedback) -> None:
        feedback.pushInfo(
            self.tr("{} error(s), {} warning(s).").format(result.errors, result.warnings)
        )
        for code, count in result.counts().items():
            feedback.pushInfo(f"  {code}: {count}")


def _finite(extent: QgsRectangle) -> bool:
    values = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
    return all(math.isfinite(v) for v in values)


def _pyproj_crs(crs) -> str:
    """``crs`` as text pyproj reads: its authority id, else its WKT."""
    authid = crs.authid()
    if authid and authid.upper().startswith(("EPSG:", "ESRI:", "IGNF:")):
        return authid
    return crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED)


def _key_field(fields) -> int:
    """The index of the table's own ``fid`` column (a GeoPackage's key, a PostGIS land release
    table's primary key), or -1. On PostGIS, QGIS numbers features with a bigint key in the order
    it first reads them, so ``feature.id()`` differs between layers on the same table; the
    column's value is what names the row in the database."""
    index = fields.lookupField(FID_FIELD)
    if index < 0 or not fields.at(index).isNumeric():
        return -1
    return index


def _fid(feature, key: int) -> int:
    """The feature's ``fid`` column where it has one, else its QGIS feature id."""
    if key >= 0:
        value = _value(feature.attribute(key))
        if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
            return int(value)
    return feature.id()


def _value(value):
    """An attribute as plain Python: NULL as None, dates as ``datetime.date``/``datetime``."""
    if value is None:
        return None
    if isinstance(value, QVariant):
        if value.isNull():
            return None
        value = value.value()
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    if isinstance(value, QDateTime):
        return value.toPyDateTime() if value.isValid() else None
    return value


def _from_wkb(wkbs: list, shapely) -> np.ndarray:
    """Shapely geometries (None where missing); rings GEOS refuses (too few points, not closed)
    are closed and padded by repeating their last vertex, so the checks can name the problem."""
    array = np.empty(len(wkbs), dtype=object)
    array[:] = wkbs
    try:
        geometries = shapely.from_wkb(array, on_invalid="fix")  # shapely >= 2.1
    except ValueError:
        geometries = shapely.from_wkb(array, on_invalid="ignore")
    geometries = np.asarray(geometries, dtype=object)
    for i in np.flatnonzero([g is None and w is not None for g, w in zip(geometries, wkbs)]):
        geometries[i] = _padded(wkbs[i], shapely)
    return geometries


def _padded(wkb: bytes, shapely):
    geometry = QgsGeometry()
    geometry.fromWkb(wkb)
    if QgsWkbTypes.geometryType(geometry.wkbType()) != QgsWkbTypes.PolygonGeometry:
        return shapely.Polygon()
    polygons = geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]
    parts = []
    for rings in polygons:
        closed = []
        for ring in rings:
            xy = [(p.x(), p.y()) for p in ring]
            if not xy:
                continue
            if xy[0] != xy[-1]:
                xy.append(xy[0])
            xy += [xy[-1]] * max(0, 4 - len(xy))
            closed.append(xy)
        if closed:
            try:
                parts.append(shapely.Polygon(closed[0], closed[1:]))
            except Exception:  # noqa: BLE001 - GEOS refuses even that
                continue
    if not parts:
        return shapely.Polygon()
    return parts[0] if len(parts) == 1 else shapely.MultiPolygon(parts)
