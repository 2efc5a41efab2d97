"""landrelease:delineatesha: suspected hazardous area belts along a line of contact."""

from __future__ import annotations

import math

import numpy as np
from qgis.core import QgsProcessingException, QgsWkbTypes
from qgis.PyQt.QtCore import QDate

from ..core.ids import hazard_ids
from ..qgis_io import convert
from . import inputs
from . import parameters as p
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
    OUTPUT_STYLES = {OUTPUT: "hazard"}

    def parameter_table(self):
        return [
            p.source(self.LINE, self.tr("Line of contact"), p.LINES),
            p.distance(self.DEPTH_LEFT, self.tr("Depth left of the line (m)"), 500.0),
            p.distance(self.DEPTH_RIGHT, self.tr("Depth right of the line (m)"), 500.0),
            p.field(
                self.DEPTH_LEFT_FIELD,
                self.tr("Depth left per line (field)"),
                self.LINE,
                numeric=True,
            ),
            p.field(
                self.DEPTH_RIGHT_FIELD,
                self.tr("Depth right per line (field)"),
                self.LINE,
                numeric=True,
            ),
            p.source(self.INDIRECT, self.tr("Indirect evidence"), p.ANY, optional=True),
            p.distance(self.INDIRECT_BUFFER, self.tr("Buffer around indirect evidence (m)"), 250.0),
            p.source(self.EXCLUSIONS, self.tr("Exclusions"), p.POLYGONS, optional=True),
            p.source(self.DISTRICTS, self.tr("Districts"), p.POLYGONS, optional=True),
            p.field(self.DISTRICT_FIELD, self.tr("District code field"), self.DISTRICTS, "code"),
            p.distance(
                self.SEGMENT_LENGTH,
                self.tr("Segment length along the line (m, 0 = no split)"),
                0.0,
            ),
            p.number(self.MIN_AREA, self.tr("Minimum area (m²)"), 100.0, minimum=0.0),
            p.text(self.ID_PREFIX, self.tr("Hazard id prefix"), "SHA"),
            p.sink(self.OUTPUT, self.tr("Suspected hazardous areas"), p.POLYGONS),
        ]

    def check_parameters(self, parameters, context):
        line_source = self.parameterAsSource(parameters, self.LINE, context)
        if line_source is not None:
            if QgsWkbTypes.geometryType(line_source.wkbType()) != QgsWkbTypes.LineGeometry:
                raise QgsProcessingException(self.tr("LINE must be a line layer."))
            if line_source.featureCount() == 0:
                raise QgsProcessingException(self.tr("LINE has no features."))
        prefix = self._prefix(parameters, context)
        convert.check_hazard_ids(prefix, hazard_ids(prefix, ["NA"]), self.ID_PREFIX)
        district_source = self.parameterAsSource(parameters, self.DISTRICTS, context)
        if district_source is not None:
            field = self._district_field(parameters, context)
            if district_source.fields().indexOf(field) < 0:
                raise QgsProcessingException(
                    self.tr("DISTRICTS has no field {}: choose DISTRICT_FIELD.").format(field)
                )

    def processAlgorithm(self, parameters, context, feedback):
        line_source = self.required_source(parameters, self.LINE, context)
        out_crs = line_source.sourceCrs()
        crs = convert.working_crs(
            out_crs, None, context, feedback, source=line_source, parameter=self.LINE
        )
        feedback.pushInfo(self.tr("Working CRS: {}").format(crs.authid()))
        lines = self._read_lines(parameters, line_source, crs, context, feedback)
        if lines is None:  # cancelled
            return {}
        parts = self._delineate(parameters, context, crs, lines, feedback)
        if parts is None:  # cancelled
            return {}
        dest_id, areas = self._write(parameters, context, parts, crs, out_crs)
        feedback.pushInfo(
            self.tr("{} suspected hazardous areas, {:.0f} m² in all.").format(
                len(parts), sum(areas)
            )
        )
        feedback.setProgress(100)
        return {self.OUTPUT: dest_id}

    # --- parameters -------------------------------------------------------------------------

    def _prefix(self, parameters, context) -> str:
        return self.parameterAsString(parameters, self.ID_PREFIX, context).strip() or "SHA"

    def _district_field(self, parameters, context) -> str:
        return self.parameterAsString(parameters, self.DISTRICT_FIELD, context) or "code"

    def _depth_fields(self, parameters, context) -> tuple[str, str]:
        return (
            self.parameterAsString(parameters, self.DEPTH_LEFT_FIELD, context),
            self.parameterAsString(parameters, self.DEPTH_RIGHT_FIELD, context),
        )

    # --- reading ----------------------------------------------------------------------------

    def _read_lines(self, parameters, line_source, crs, context, feedback):
        """The lines of contact in ``crs`` with their depth fields (None when cancelled); the
        ones that give no belt and the ones outside the programme's area named."""
        from ..qgis_io import geometry as geo

        lines = geo.read_source(
            line_source,
            crs,
            context,
            self._depth_fields(parameters, context),
            feedback,
            parameter=self.LINE,
        )
        if feedback.isCanceled():
            return None
        self._warn_skipped(lines, feedback)
        inputs.warn_outside_area(
            self, parameters, self.LINE, line_source, lines.geometries, lines.labels, crs,
            context, feedback,
        )  # fmt: skip
        return lines

    def _line_depths(self, lines, field: str, name: str) -> list:
        """Each line's depth from ``field`` (None: the default depth; all None without one)."""
        values = [a.get(field) if field else None for a in lines.attributes]
        return [self._depth(v, name, k) for v, k in zip(values, lines.labels)]

    def _districts(self, parameters, crs, context, feedback):
        """(code, polygon) of each district in ``crs``; None without DISTRICTS."""
        from ..qgis_io import geometry as geo

        district_source = self.parameterAsSource(parameters, self.DISTRICTS, context)
        if district_source is None:
            return None
        field = self._district_field(parameters, context)
        layer = geo.read_source(
            district_source, crs, context, (field,), feedback, parameter=self.DISTRICTS
        )
        return [
            (None if a[field] is None else str(a[field]), g)
            for a, g in zip(layer.attributes, layer.geometries)
        ]

    # --- delineating ------------------------------------------------------------------------

    def _delineate(self, parameters, context, crs, lines, feedback):
        """The belts of the core (None when cancelled), its report in the log."""
        from ..core import sha

        left_field, right_field = self._depth_fields(parameters, context)
        indirect = self._geometries(parameters, self.INDIRECT, crs, context, feedback)
        exclusions = self._geometries(parameters, self.EXCLUSIONS, crs, context, feedback)
        districts = self._districts(parameters, crs, context, feedback)
        try:
            parts, report = sha.delineate_sha(
                list(lines.geometries),
                self._line_depths(lines, left_field, self.DEPTH_LEFT_FIELD),
                self._line_depths(lines, right_field, self.DEPTH_RIGHT_FIELD),
                default_left_m=self.parameterAsDouble(parameters, self.DEPTH_LEFT, context),
                default_right_m=self.parameterAsDouble(parameters, self.DEPTH_RIGHT, context),
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
            raise self.core_refusal(error, self._core_messages()) from error
        except sha.Cancelled:
            return None
        self._log_report(report, feedback)
        return parts

    def _core_messages(self) -> dict:
        """What the core's refusals (core/sha's codes) say, in the user's language. A line's
        depth is read and refused by _depth, naming the line, before the core sees it."""
        return {
            "not_a_number": self.tr("{name} must be a number (got {value!r})"),
            "not_finite": self.tr("{name} must be a finite number (got {value!r})"),
            "negative": self.tr("{name} must not be negative (got {value:g} {unit})"),
            "no_usable_line": self.tr(
                "LINE has no line to build a belt along: every line is without geometry or of "
                "zero length"
            ),
            "nothing_to_delineate": self.tr(
                "DEPTH_LEFT and DEPTH_RIGHT are 0 for every line and there is no INDIRECT "
                "evidence: there is no area to delineate"
            ),
            "too_many_segments": self.tr(
                "SEGMENT_LENGTH of {segment_length_m:g} m is too short for {line_km:.1f} km of "
                "line: it gives {segments} segments (at most {max_segments}); choose a longer "
                "SEGMENT_LENGTH"
            ),
            "not_a_polygon": self.tr("{name} must hold polygons: item {item} is a {type}"),
            "line_not_finite": self.tr(
                "LINE: line {line} has a coordinate that is NaN or infinite"
            ),
        }

    # --- writing ----------------------------------------------------------------------------

    def _write(self, parameters, context, parts, crs, out_crs):
        """The belts as hazards in OUTPUT: (its destination id, their ellipsoidal areas)."""
        from ..qgis_io import geometry as geo

        fields = convert.model_fields("hazard")
        sink, dest_id = self.output_sink(
            parameters, self.OUTPUT, context, fields, QgsWkbTypes.Polygon, out_crs
        )
        prefix = self._prefix(parameters, context)
        ids = hazard_ids(prefix, [p.district for p in parts])
        convert.check_hazard_ids(prefix, ids, self.ID_PREFIX)
        areas = geo.ellipsoidal_areas([p.geometry for p in parts], crs, context)
        today = QDate.currentDate()
        features = []
        for part, hazard_id, area in zip(parts, ids, areas):
            geometry = convert.transform_back(geo.to_qgs(part.geometry), crs, out_crs, context)
            values = {
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
            }
            features.append(convert.new_feature(fields, values, geometry))
        self.add_features(sink, features, parameters, self.OUTPUT)
        return dest_id, areas

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
