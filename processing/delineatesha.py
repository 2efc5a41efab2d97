"""landrelease:delineatesha: suspected hazardous area belts along a line of contact."""

from __future__ import annotations

import math

import numpy as np
from qgis.core import (
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate

from ..core.ids import hazard_ids
from ..qgis_io import convert
from . import inputs
from .algorithm import LandReleaseAlgorithm


class DelineateSha(LandReleaseAlgorithm):
    ID = "delineatesha"
    DISPLAY_NAME = "Delineate suspected hazardous areas (SHA)"
    GROUP_ID = "delineation"
    GROUP = "Hazard delineation"
    NEEDS_SHAPELY = True
    HELP = (
        "Builds suspected hazardous areas (SHA) as a belt along a line of contact, from indirect "
        "evidence.\n\n"
        "LINE: the line of contact (lines). Left and right are seen looking along the digitised "
        "direction of each line; the belt has flat ends.\n"
        "DEPTH_LEFT / DEPTH_RIGHT: depth of the belt on each side, in metres (0 = no belt on "
        "that side). DEPTH_LEFT_FIELD / DEPTH_RIGHT_FIELD: optional fields of LINE that give a "
        "depth per line; empty values use the depths above.\n"
        "INDIRECT: optional indirect evidence of any geometry type (defensive positions, trenches, "
        "reports), grown by INDIRECT_BUFFER metres and added to the belt.\n"
        "EXCLUSIONS: optional polygons (settlements, released land) removed from the result.\n"
        "DISTRICTS and DISTRICT_FIELD: optional polygons; the result is split per district and "
        "each hazard takes the district's code.\n"
        "SEGMENT_LENGTH: split the belt into pieces covering this many metres of line each "
        "(0 = no split). MIN_AREA: pieces smaller than this many m² are dropped and counted in "
        "the log.\n\n"
        "The output has the fields of the hazard layer: hazard_id <ID_PREFIX>-<district>-<nnnn> "
        "(NA without district), classification SHA, status open, and the ellipsoidal area in m². "
        "Distances are metres whatever the CRS: a geographic input, or one more than 0.5 % off "
        "the ground there (Web Mercator), is worked in the UTM zone of the data. "
        "The output is in the CRS of LINE."
    )

    LINE = "LINE"
    DEPTH_LEFT = "DEPTH_LEFT"
    DEPTH_RIGHT = "DEPTH_RIGHT"
    DEPTH_LEFT_FIELD = "DEPTH_LEFT_FIELD"
    DEPTH_RIGHT_FIELD = "DEPTH_RIGHT_FIELD"
    INDIRECT = "INDIRECT"
    INDIRECT_BUFFER = "INDIRECT_BUFFER"
    EXCLUSIONS = "EXCLUSIONS"
    DISTRICTS = "DISTRICTS"
    DISTRICT_FIELD = "DISTRICT_FIELD"
    SEGMENT_LENGTH = "SEGMENT_LENGTH"
    MIN_AREA = "MIN_AREA"
    ID_PREFIX = "ID_PREFIX"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):
        number = QgsProcessingParameterNumber.Double
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.LINE, self.tr("Line of contact"), [QgsProcessing.TypeVectorLine]
            )
        )
        for name, label in (
            (self.DEPTH_LEFT, self.tr("Depth left of the line (m)")),
            (self.DEPTH_RIGHT, self.tr("Depth right of the line (m)")),
        ):
            self.addParameter(
                QgsProcessingParameterNumber(name, label, number, 500.0, minValue=0.0)
            )
        for name, label in (
            (self.DEPTH_LEFT_FIELD, self.tr("Depth left per line (field)")),
            (self.DEPTH_RIGHT_FIELD, self.tr("Depth right per line (field)")),
        ):
            self.addParameter(
                QgsProcessingParameterField(
                    name,
                    label,
                    parentLayerParameterName=self.LINE,
                    type=QgsProcessingParameterField.Numeric,
                    optional=True,
                )
            )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INDIRECT,
                self.tr("Indirect evidence"),
                [QgsProcessing.TypeVectorAnyGeometry],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.INDIRECT_BUFFER,
                self.tr("Buffer around indirect evidence (m)"),
                number,
                250.0,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.EXCLUSIONS,
                self.tr("Exclusions"),
                [QgsProcessing.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.DISTRICTS,
                self.tr("Districts"),
                [QgsProcessing.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.DISTRICT_FIELD,
                self.tr("District code field"),
                defaultValue="code",
                parentLayerParameterName=self.DISTRICTS,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.SEGMENT_LENGTH,
                self.tr("Segment length along the line (m, 0 = no split)"),
                number,
                0.0,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MIN_AREA, self.tr("Minimum area (m²)"), number, 100.0, minValue=0.0
            )
        )
        self.addParameter(
            QgsProcessingParameterString(self.ID_PREFIX, self.tr("Hazard id prefix"), "SHA")
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Suspected hazardous areas"), QgsProcessing.TypeVectorPolygon
            )
        )

    def processAlgorithm(self, parameters, context, feedback):
        from ..core import sha
        from ..qgis_io import geometry as geo

        line_source = self.parameterAsSource(parameters, self.LINE, context)
        if line_source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.LINE))
        if QgsWkbTypes.geometryType(line_source.wkbType()) != QgsWkbTypes.LineGeometry:
            raise QgsProcessingException(self.tr("LINE must be a line layer."))
        if line_source.featureCount() == 0:
            raise QgsProcessingException(self.tr("LINE has no features."))
        prefix = self.parameterAsString(parameters, self.ID_PREFIX, context).strip() or "SHA"
        convert.check_hazard_ids(prefix, hazard_ids(prefix, ["NA"]), self.ID_PREFIX)
        out_crs = line_source.sourceCrs()
        crs = convert.working_crs(
            out_crs, None, context, feedback, source=line_source, parameter=self.LINE
        )
        feedback.pushInfo(self.tr("Working CRS: {}").format(crs.authid()))

        left_field = self.parameterAsString(parameters, self.DEPTH_LEFT_FIELD, context)
        right_field = self.parameterAsString(parameters, self.DEPTH_RIGHT_FIELD, context)
        lines = geo.read_source(
            line_source, crs, context, (left_field, right_field), feedback, parameter=self.LINE
        )
        if feedback.isCanceled():
            return {}
        self._warn_skipped(lines, feedback)
        inputs.warn_outside_area(
            self, parameters, self.LINE, line_source, lines.geometries, lines.labels, crs,
            context, feedback,
        )  # fmt: skip
        default_left = self.parameterAsDouble(parameters, self.DEPTH_LEFT, context)
        default_right = self.parameterAsDouble(parameters, self.DEPTH_RIGHT, context)
        lefts = [a.get(left_field) if left_field else None for a in lines.attributes]
        rights = [a.get(right_field) if right_field else None for a in lines.attributes]

        indirect = self._geometries(parameters, self.INDIRECT, crs, context, feedback)
        exclusions = self._geometries(parameters, self.EXCLUSIONS, crs, context, feedback)
        districts = None
        district_source = self.parameterAsSource(parameters, self.DISTRICTS, context)
        if district_source is not None:
            field = self.parameterAsString(parameters, self.DISTRICT_FIELD, context) or "code"
            if district_source.fields().indexOf(field) < 0:
                raise QgsProcessingException(
                    self.tr("DISTRICTS has no field {}: choose DISTRICT_FIELD.").format(field)
                )
            layer = geo.read_source(
                district_source, crs, context, (field,), feedback, parameter=self.DISTRICTS
            )
            districts = [
                (None if a[field] is None else str(a[field]), g)
                for a, g in zip(layer.attributes, layer.geometries)
            ]
        try:
            parts, report = sha.delineate_sha(
                list(lines.geometries),
                [self._depth(v, self.DEPTH_LEFT_FIELD, k) for v, k in zip(lefts, lines.labels)],
                [self._depth(v, self.DEPTH_RIGHT_FIELD, k) for v, k in zip(rights, lines.labels)],
                default_left_m=default_left,
                default_right_m=default_right,
                indirect=indirect,
                indirect_buffer_m=self.parameterAsDouble(parameters, self.INDIRECT_BUFFER, context),
                exclusions=exclusions,
                districts=districts,
                segment_length_m=self.parameterAsDouble(parameters, self.SEGMENT_LENGTH, context),
                min_area_m2=self.parameterAsDouble(parameters, self.MIN_AREA, context),
                progress=lambda p: feedback.setProgress(0.9 * p),
                is_cancelled=feedback.isCanceled,
            )
        except sha.ShaInputError as error:
            raise QgsProcessingException(str(error)) from error
        except sha.Cancelled:
            return {}
        self._log_report(report, feedback)

        fields = convert.model_fields("hazard")
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, QgsWkbTypes.Polygon, out_crs
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        ids = hazard_ids(prefix, [p.district for p in parts])
        convert.check_hazard_ids(prefix, ids, self.ID_PREFIX)
        areas = geo.ellipsoidal_areas([p.geometry for p in parts], crs, context)
        today = QDate.currentDate()
        for part, hazard_id, area in zip(parts, ids, areas):
            geometry = convert.transform_back(geo.to_qgs(part.geometry), crs, out_crs, context)
            feature = convert.new_feature(
                fields,
                {
                    "hazard_id": hazard_id,
                    "classification": "SHA",
                    "status": "open",
                    "district": part.district,
                    "evidence_direct": 0,
                    "evidence_indirect": part.indirect_count,
                    "estimated_area_m2": round(area, 2),
                    "remaining_area_m2": round(area, 2),
                    "recorded_on": today,
                    "source": "landrelease:delineatesha",
                },
                geometry,
            )
            if not sink.addFeature(feature, QgsFeatureSink.FastInsert):
                raise QgsProcessingException(self.writeFeatureError(sink, parameters, self.OUTPUT))
        feedback.pushInfo(
            self.tr("{} suspected hazardous areas, {:.0f} m² in all.").format(
                len(parts), sum(areas)
            )
        )
        feedback.setProgress(100)
        return {self.OUTPUT: dest_id}

    def _depth(self, value, name, label):
        """A line's depth from its field (None: the default depth); a value that is not a
        finite number of metres, 0 or more, is refused naming the field and the line."""
        if value is None:
            return None
        try:
            depth = float(value)
        except (TypeError, ValueError):
            depth = math.nan
        if not math.isfinite(depth) or depth < 0:
            raise QgsProcessingException(
                self.tr(
                    "{}: line {} has the depth {!r}; a depth is a number of metres, 0 or more. "
                    "Correct it, or leave it empty to use the default depth."
                ).format(name, label, value)
            )
        return depth

    def _warn_skipped(self, lines, feedback):
        """Name the lines that give no belt: without geometry, or of no length."""
        import shapely

        zero = (
            np.asarray(shapely.length(lines.geometries) <= 0, dtype=bool)
            if len(lines.geometries)
            else np.zeros(0, dtype=bool)
        )
        skipped = list(lines.skipped_labels) + [lines.labels[k] for k in np.flatnonzero(zero)]
        if skipped:
            feedback.pushWarning(
                self.tr("LINE: {} line(s) without geometry or of zero length skipped: {}.").format(
                    len(skipped), convert.listed(skipped)
                )
            )

    def _geometries(self, parameters, name, crs, context, feedback):
        from ..qgis_io import geometry as geo

        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            return None
        layer = geo.read_source(source, crs, context, (), feedback, parameter=name)
        if layer.skipped_no_geometry:
            feedback.pushWarning(
                self.tr("{}: {} feature(s) without geometry skipped.").format(
                    name, layer.skipped_no_geometry
                )
            )
        return list(layer.geometries)

    def _log_report(self, report: dict, feedback):
        messages = {
            "dropped_slivers": self.tr("{} piece(s) smaller than MIN_AREA dropped."),
            "dropped_area_m2": self.tr("Area dropped with them: {:.0f} m²."),
            "parts_outside_districts": self.tr("{} part(s) outside every district (district NA)."),
            "repaired_geometries": self.tr("{} invalid polygon(s) repaired."),
            "indirect_without_area": self.tr(
                "{} indirect point(s)/line(s) add nothing: INDIRECT_BUFFER is 0."
            ),
            "overlapping_districts": self.tr(
                "{} district(s) overlap another; the overlap went to the first."
            ),
        }
        report = {k: v for k, v in report.items() if k != "skipped_lines"}  # named before
        warnings = (
            "repaired_geometries",
            "overlapping_districts",
            "parts_outside_districts",
            "indirect_without_area",
        )
        self.push_report(feedback, report, messages, warnings)
