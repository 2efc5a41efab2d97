"""landrelease:checkdata: one point per problem found in hazards, land releases and evidence.

The adapter of ``core.checks``: it reads the inputs through ``qgis_io.check_input``, what the
database holds beyond them (dates QGIS cannot read, the edit log) through ``storage``, runs the
checks and writes one point per finding, its message translated."""

from __future__ import annotations

import datetime
import math

from qgis.core import (
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core import area
from ..qgis_io import convert
from ..storage import database, programme
from . import inputs
from . import parameters as p
from .algorithm import LandReleaseAlgorithm

_TEXT, _INT64 = convert.qtype("text"), convert.qtype("int64")
OUTPUT_FIELDS = (
    ("code", _TEXT),
    ("severity", _TEXT),
    ("layer", _TEXT),
    ("feature_id", _TEXT),
    ("input_fid", _INT64),  # not "fid": a GeoPackage takes that for its own key
    ("message", _TEXT),
)


class CheckData(LandReleaseAlgorithm):
    ID = "checkdata"
    DISPLAY_NAME = "Check land release data"
    GROUP_ID = "quality"
    GROUP = "Data quality"
    NEEDS_SHAPELY = True
    REFRESHES_FIGURES = False  # it reports figures waiting to be recomputed
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
        "comma or a wrong UTM or Gauss–Krüger zone puts a point thousands of kilometres away), "
        "bad_code (a value outside its code list: outcome 'burnt'), "
        "bad_date (a date after today, or text that is no date in the form YYYY-MM-DD: "
        "'31.02.2020', also as stored in a GeoPackage, where QGIS shows it empty), "
        "multipart (a feature of more than one part), "
        "area_mismatch (estimated_area_m2 or area_m2 empty or more than 0.1 % from the WGS 84 "
        "area of the geometry), "
        "remaining_mismatch (a hazard's remaining_area_m2 or status not what its releases give "
        "as of today, releases ending later not counted: give the whole RELEASES layer), "
        "log_mismatch (the edit log of the layers' land release database does not match its "
        "rows: a row changed, added or deleted without its entry, an entry out of order or "
        "missing, a log trigger missing or altered, an entry changed after it was sealed).\n"
        "Warnings: duplicate_geometry (equal within 1 cm), long_segment (longer than 5 km: a "
        "vertex in the wrong place), overlap (hazards of the same classification sharing more "
        "than 0.9 % of the smaller), cha_without_evidence (a CHA with no direct evidence point "
        "inside), missing_district, bad_date before 1988, remaining_mismatch of a hazard whose "
        "figures wait to be recomputed (remaining empty, status unknown).\n\n"
        "The edit log of a GeoPackage is sealed in a hash chain: each run verifies the entries "
        "sealed before, seals the newer ones and writes the chain's head in the log; keep that "
        "line outside the database to prove later that the log was not rewritten.\n\n"
        "Features with invalid geometry are always read, whatever the Processing setting for "
        "invalid geometries."
    )

    HAZARDS = "HAZARDS"
    RELEASES = "RELEASES"
    EVIDENCE = "EVIDENCE"
    OUTPUT = "OUTPUT"
    ERRORS = "ERRORS"
    WARNINGS = "WARNINGS"
    OUTPUT_STYLES = {OUTPUT: "finding"}

    # parameter -> (data model layer, geometry type it must have)
    INPUTS = {
        HAZARDS: ("hazard", QgsWkbTypes.PolygonGeometry),
        RELEASES: ("land_release", QgsWkbTypes.PolygonGeometry),
        EVIDENCE: ("evidence", QgsWkbTypes.PointGeometry),
    }

    def parameter_table(self):
        return [
            p.source(self.HAZARDS, self.tr("Hazardous areas"), p.POLYGONS, optional=True),
            p.source(self.RELEASES, self.tr("Land releases"), p.POLYGONS, optional=True),
            p.source(self.EVIDENCE, self.tr("Evidence points"), p.POINTS, optional=True),
            p.sink(self.OUTPUT, self.tr("Findings"), p.POINTS),
            p.count(self.ERRORS, self.tr("Errors")),
            p.count(self.WARNINGS, self.tr("Warnings")),
        ]

    def check_parameters(self, parameters, context):
        self._sources(parameters, context)

    def processAlgorithm(self, parameters, context, feedback):
        sources = self._sources(parameters, context)
        out_crs = next(iter(sources.values())).sourceCrs()
        crs = self._working_crs(sources, out_crs, context, feedback)
        read = self._read(parameters, sources, crs, context, feedback)
        if feedback.isCanceled():
            return {}
        areas = self._areas(parameters, sources, context, feedback)
        self._warn_partial_releases(parameters, read, context, feedback)
        audits = self._log_audits(parameters, context, feedback)
        if feedback.isCanceled():
            return {}
        feedback.setProgress(40.0)
        result = self._check(read, areas, crs, audits, feedback)
        if result is None:  # cancelled
            return {}
        dest_id = self._write(parameters, context, result, read, areas, crs, out_crs)
        feedback.setProgress(100)
        self._summary(result, feedback)
        return {self.OUTPUT: dest_id, self.ERRORS: result.errors, self.WARNINGS: result.warnings}

    def _check(self, read, areas, crs, audits, feedback):
        """The core's checks of the inputs read (None when cancelled); its notes in the log."""
        from ..core import checks
        from ..qgis_io.crs import pyproj_crs

        data = {name: layer.data for name, layer in read.items()}
        try:
            result = checks.run_checks(
                hazards=data.get(checks.HAZARD),
                releases=data.get(checks.RELEASE),
                evidence=data.get(checks.EVIDENCE),
                progress=lambda percent: feedback.setProgress(40.0 + 0.5 * percent),
                is_cancelled=feedback.isCanceled,
                areas=areas,
                crs=pyproj_crs(crs),
                today=datetime.date.today(),
                logs=audits,
            )
        except checks.Cancelled:
            return None
        for note in result.notes:
            feedback.pushWarning(_translated(note.template).format(**note.args))
        return result

    # --- inputs -----------------------------------------------------------------------------

    def _sources(self, parameters, context) -> dict:
        """The inputs given, by parameter: at least one, each of its geometry type, each with a
        valid CRS."""
        sources = {}
        for parameter, (_name, geometry_type) in self.INPUTS.items():
            if parameters.get(parameter) in (None, ""):
                continue
            source = self.required_source(parameters, parameter, context)
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

    def _working_crs(self, sources, out_crs, context, feedback):
        """The metric CRS the checks compare in: the first input's, or its UTM zone."""
        from ..qgis_io.check_input import first_extent

        extent = first_extent(sources.values(), out_crs, context)
        crs = convert.working_crs(out_crs, extent, context)
        feedback.pushInfo(self.tr("Working CRS: {}").format(crs.authid()))
        return crs

    def _read(self, parameters, sources, crs, context, feedback) -> dict:
        """Each input as a ``qgis_io.check_input.CheckedLayer``, by data model layer name, with
        the dates its GeoPackage holds as text."""
        from ..qgis_io.check_input import read_layer
        from ..storage.stored_dates import StoredDatesError, put_stored_dates
        from .inputs import source_layer

        read = {}
        for k, (parameter, source) in enumerate(sources.items()):
            name = self.INPUTS[parameter][0]
            behind = source_layer(self, parameters, parameter, context)
            layer = read_layer(source, name, crs, context, feedback.isCanceled, behind)
            feedback.pushInfo(
                self.tr("{}: {} feature(s), {} without geometry.").format(
                    name, len(layer.fids), layer.without_geometry
                )
            )
            try:
                put_stored_dates(
                    inputs.source_layer(self, parameters, parameter, context),
                    layer.data,
                    layer.fids,
                )
            except StoredDatesError as error:
                feedback.pushWarning(
                    self.tr("The stored dates of {} cannot be read ({}).").format(error.path, error)
                )
            read[name] = layer
            if feedback.isCanceled():
                break
            feedback.setProgress(30.0 * (k + 1) / len(sources))
        return read

    def _areas(self, parameters, sources, context, feedback) -> dict:
        """The programme's area of each input (its database's districts plus 10 km, else its
        CRS's area of use), by data model layer name; the log says which, or why none."""
        areas = {}
        for parameter, source in sources.items():
            name = self.INPUTS[parameter][0]
            box = inputs.programme_area_of(self, parameters, parameter, source, context)
            if box is None:
                crs = source.sourceCrs()
                feedback.pushWarning(
                    self.tr(
                        "outside_area not checked on the {} layer: it is not in a land release "
                        "database with districts, and QGIS knows no area of use for its CRS {}."
                    ).format(name, crs.authid() or crs.description())
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

    def _warn_partial_releases(self, parameters, read, context, feedback) -> None:
        """remaining_mismatch counts the releases given: say so when they are a selection or a
        filtered part of their layer."""
        hazards, releases = read.get("hazard"), read.get("land_release")
        if releases is None or hazards is None:
            return
        if "remaining_area_m2" not in hazards.data.columns:
            return
        layer = inputs.source_layer(self, parameters, self.RELEASES, context)
        if layer is None:
            return
        total = layer.dataProvider().featureCount()
        given = len(releases.data.labels)
        if layer.subsetString() or (total >= 0 and given < total):
            feedback.pushWarning(
                self.tr(
                    "remaining_mismatch compares each hazard with the land releases given: {} of "
                    "the layer's {} (a selection or a filter). Give the whole layer to compare "
                    "with all of them."
                ).format(given, total)
            )

    # --- the edit log -----------------------------------------------------------------------

    def _log_audits(self, parameters, context, feedback) -> list:
        """One ``LogAudit`` per land release database of HAZARDS and RELEASES; the log says
        once when there is none, and gives each GeoPackage's hash chain head."""
        from ..storage.edit_log_audit import databases_of, read_edit_log

        given = [p for p in (self.HAZARDS, self.RELEASES) if parameters.get(p) not in (None, "")]
        layers = [inputs.source_layer(self, parameters, p, context) for p in given]
        found = databases_of(layers)
        if not found:
            if given:
                feedback.pushWarning(
                    self.tr(
                        "log_mismatch not checked: HAZARDS and RELEASES are not layers of a land "
                        "release database (GeoPackage or PostGIS), which keeps the edit log."
                    )
                )
            return []
        audits = []
        for db in found:
            reading = read_edit_log(db, self._foreign_problem, feedback.isCanceled)
            if reading.audit is None:
                feedback.pushWarning(
                    self.tr("log_mismatch not checked: {} has no edit_log table.").format(db)
                )
                continue
            self._log_info(reading, feedback)
            audits.append(reading.audit)
        return audits

    def _log_info(self, reading, feedback) -> None:
        """What the log should say of an edit log read: its size, a GeoPackage chain's head
        (to keep outside the file), then the newer entries sealed."""
        audit, chain = reading.audit, reading.chain
        if audit.postgis and audit.error is None:
            feedback.pushInfo(
                self.tr(
                    "Edit log of {}: {} entries (on PostGIS the log is protected by the "
                    "database's permissions: editors cannot write it)."
                ).format(audit.database, audit.entries)
            )
        if chain is None or chain.missing:
            return
        if chain.head_fid is not None:
            feedback.pushInfo(
                self.tr(
                    "Edit log of {}: {} entries, sealed up to entry {} with the hash {}. Keep "
                    "this line outside the database: a later check showing another hash for that "
                    "entry proves the log was rewritten."
                ).format(audit.database, chain.entries, chain.head_fid, chain.head_hash)
            )
        if chain.unsealed:
            self._seal(audit.database, chain.unsealed, feedback)

    def _seal(self, path: str, unsealed: int, feedback) -> None:
        try:
            sealed = database.seal_edit_log(path)
        except database.DatabaseError as error:
            feedback.pushWarning(
                self.tr("{} newer edit log entries could not be sealed: {}").format(unsealed, error)
            )
            return
        feedback.pushInfo(self.tr("{} newer edit log entries sealed now.").format(sealed))

    def _foreign_problem(self, entry) -> str:
        """Why the log's triggers cannot have written ``entry`` (a storage ForeignEntry)."""
        if entry.reason == "layer":
            return self.tr("its layer '{}' is not one the log records ({})").format(
                entry.layer, ", ".join(entry.expected)
            )
        if entry.reason == "action":
            return self.tr("its action '{}' is none of {}").format(
                entry.action, ", ".join(entry.expected)
            )
        if entry.reason == "uuid":
            return self.tr("it names no feature (feature_uuid is empty)")
        if entry.reason == "before":
            return self.tr("its 'before' JSON is missing or not readable")
        return self.tr("its 'after' JSON is missing or not readable")

    # --- output -----------------------------------------------------------------------------

    def _write(self, parameters, context, result, read, areas, crs, out_crs):
        """One point per finding in ``out_crs`` (none where it has no place), its message
        translated; the output's id."""
        fields = QgsFields()
        for name, kind in OUTPUT_FIELDS:
            fields.append(QgsField(name, kind))
        sink, dest_id = self.output_sink(
            parameters, self.OUTPUT, context, fields, QgsWkbTypes.Point, out_crs
        )
        back = QgsCoordinateTransform(crs, out_crs, context.transformContext())
        digits = 7 if out_crs.isGeographic() else 2
        features = []
        for finding in result.findings:
            feature = QgsFeature(fields)
            args = dict(finding.args)
            if finding.code == "outside_area":
                args["area"] = programme.area_text(areas[finding.layer])
            point = _place(finding, back)
            if point is not None:
                feature.setGeometry(QgsGeometry.fromPointXY(point))
                if "location" in args:
                    args["location"] = f"{point.x():.{digits}f} {point.y():.{digits}f}"
            input_fid = finding.fid
            if finding.index is not None:
                input_fid = int(read[finding.layer].fids[finding.index])
            message = _translated(finding.template).format(**args)
            fixed = [finding.code, finding.severity, finding.layer, finding.feature_id]
            feature.setAttributes([*fixed, input_fid, message])
            features.append(feature)
        self.add_features(sink, features, parameters, self.OUTPUT)
        return dest_id

    def _summary(self, result, feedback) -> None:
        feedback.pushInfo(
            self.tr("{} error(s), {} warning(s).").format(result.errors, result.warnings)
        )
        for code, count in result.counts().items():
            feedback.pushInfo(f"  {code}: {count}")


def _place(finding, transform):
    """The finding's point in the output CRS, or None."""
    if not (math.isfinite(finding.x) and math.isfinite(finding.y)):
        return None
    try:
        return transform.transform(QgsPointXY(finding.x, finding.y))
    except QgsCsException:
        return None


def _translated(template: str) -> str:
    """A core.checks template in the user's language."""
    from ..core.checks import TR_CONTEXT

    return QCoreApplication.translate(TR_CONTEXT, template)
