"""landrelease:checkdata: one point per problem found in hazards, land releases and evidence."""

from __future__ import annotations

import datetime
import json
import math
import os

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
    QgsProviderRegistry,
    QgsRectangle,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QDate, QDateTime, QVariant

from ..core import area, model, pgschema
from ..qgis_io import convert
from ..storage import database, postgis, programme, recording
from . import inputs
from .algorithm import LandReleaseAlgorithm

_TEXT, _INT64 = convert.qtype("text"), convert.qtype("int64")
FID_FIELD = "fid"  # the key column of the land release tables (GeoPackage and PostGIS)


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
            layer = inputs.source_layer(self, parameters, parameter, context)
            self._raw_dates(layer, data[name], fids[name], feedback)
            if feedback.isCanceled():
                return {}
            feedback.setProgress(30.0 * (k + 1) / len(sources))
        areas = self._areas(parameters, sources, context, feedback)
        self._warn_partial_releases(parameters, sources, data, context, feedback)
        audits = self._log_audits(parameters, context, feedback)
        if feedback.isCanceled():
            return {}
        feedback.setProgress(40.0)
        try:
            result = checks.run_checks(
                hazards=data.get(checks.HAZARD),
                releases=data.get(checks.RELEASE),
                evidence=data.get(checks.EVIDENCE),
                progress=lambda p: feedback.setProgress(40.0 + 0.5 * p),
                is_cancelled=feedback.isCanceled,
                areas=areas,
                crs=_pyproj_crs(crs),
                today=datetime.date.today(),
                logs=audits,
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
                    finding.fid if index is None else int(fids[finding.layer][index]),
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
            layer = inputs.source_layer(self, parameters, parameter, context)
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

    def _raw_dates(self, layer, data, fids, feedback) -> None:
        """Put into ``data`` the stored text of date fields that QGIS reads as NULL: a
        GeoPackage's DATE column holding '31.02.2020' or '2020-02-31' comes out of QGIS as NULL,
        so ``bad_date`` would not see it. Other sources are read as QGIS reads them."""
        from ..core import checks

        found = _gpkg_table(layer)
        if found is None:
            return
        path, table = found
        names = [n for n in checks.date_fields(data.name) if n in data.columns]
        if not names:
            return
        position = {int(f): k for k, f in enumerate(fids)}
        try:
            conn = database.sqlite_connection(path, write=False)
        except Exception as error:  # noqa: BLE001 - sqlite3.Error and OS errors: only a warning
            feedback.pushWarning(
                self.tr("The stored dates of {} cannot be read ({}).").format(path, error)
            )
            return
        try:
            for name in names:
                column = data.columns[name]
                quoted = pgschema.ident(name)
                rows = conn.execute(
                    f"SELECT fid, {quoted} FROM {pgschema.ident(table)} WHERE {quoted} IS NOT "
                    f"NULL AND NOT (typeof({quoted}) = 'text' AND date(substr({quoted}, 1, 10)) "
                    f"IS substr({quoted}, 1, 10) AND (length({quoted}) = 10 OR "
                    f"substr({quoted}, 11, 1) IN ('T', ' ')))"
                )
                for fid, raw in rows:
                    k = position.get(fid)
                    if k is not None:
                        column[k] = raw if isinstance(raw, str) else str(raw)
        except Exception as error:  # noqa: BLE001 - sqlite3.Error: read as QGIS reads it
            feedback.pushWarning(
                self.tr("The stored dates of {} cannot be read ({}).").format(path, error)
            )
        finally:
            conn.close()

    def _warn_partial_releases(self, parameters, sources, data, context, feedback) -> None:
        """remaining_mismatch counts the releases given: say so when they are a selection or a
        filtered part of their layer."""
        source = sources.get(self.RELEASES)
        hazards = data.get("hazard")
        if source is None or hazards is None or "remaining_area_m2" not in hazards.columns:
            return
        layer = inputs.source_layer(self, parameters, self.RELEASES, context)
        if layer is None:
            return
        total = layer.dataProvider().featureCount()
        given = len(data["land_release"].labels)
        if layer.subsetString() or (total >= 0 and given < total):
            feedback.pushWarning(
                self.tr(
                    "remaining_mismatch compares each hazard with the land releases given: {} of "
                    "the layer's {} (a selection or a filter). Give the whole layer to compare "
                    "with all of them."
                ).format(given, total)
            )

    def _log_audits(self, parameters, context, feedback) -> list:
        """One ``LogAudit`` per land release database of HAZARDS and RELEASES; the log says
        once when there is none, and gives each GeoPackage's hash chain head."""
        found = {}
        for parameter in (self.HAZARDS, self.RELEASES):
            if parameters.get(parameter) in (None, ""):
                continue
            layer = inputs.source_layer(self, parameters, parameter, context)
            db = recording.database_of(layer) if layer is not None else None
            if db is None:
                continue
            key = db.key if isinstance(db, postgis.PgDatabase) else os.path.realpath(db)
            found.setdefault(key, db)
        if not found:
            if any(parameters.get(p) not in (None, "") for p in (self.HAZARDS, self.RELEASES)):
                feedback.pushWarning(
                    self.tr(
                        "log_mismatch not checked: HAZARDS and RELEASES are not layers of a land "
                        "release database (GeoPackage or PostGIS), which keeps the edit log."
                    )
                )
            return []
        audits = []
        for db in found.values():
            if isinstance(db, postgis.PgDatabase):
                audit = self._pg_audit(db, feedback)
            else:
                audit = self._gpkg_audit(db, feedback)
            if audit is not None:
                audits.append(audit)
        return audits

    def _gpkg_audit(self, path: str, feedback):
        from ..core import checks

        try:
            conn = database.sqlite_connection(path, write=False)
        except Exception as error:  # noqa: BLE001 - sqlite3.Error: said as a finding
            return checks.LogAudit(str(path), error=str(error))
        try:
            tables = {
                name
                for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            if database.LOG_TABLE not in tables:
                feedback.pushWarning(
                    self.tr("log_mismatch not checked: {} has no edit_log table.").format(path)
                )
                return None
            stored = dict(
                conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
            )
            expected = database.log_triggers()
            missing = sorted(n for n in expected if n not in stored)
            altered = sorted(
                n
                for n in expected
                if n in stored and database.normalised_trigger_sql(stored[n] or "") != expected[n]
            )
            logged = [t for t in database.LOGGED_LAYERS if t in tables]
            unlogged = [row for t in logged for row in _gpkg_unlogged(conn, t)]
            problems = _gpkg_orphans(conn, logged) + self._foreign(
                conn.execute(
                    _FOREIGN_SQL.format(log=pgschema.ident(database.LOG_TABLE), logged=_LOGGED_SQL)
                )
            )
            gaps = list(conn.execute(_GPKG_GAPS_SQL))
            disorder, bad_times = _disorder(conn.execute(_GPKG_ORDER_SQL, (1.0 / 86400,)))
        except Exception as error:  # noqa: BLE001 - sqlite3.Error: said as a finding
            return checks.LogAudit(str(path), error=str(error))
        finally:
            conn.close()
        try:
            chain = database.verify_edit_log_chain(path, feedback.isCanceled)
        except database.DatabaseError as error:
            return checks.LogAudit(str(path), error=str(error))
        self._chain_info(path, chain, feedback)
        return checks.LogAudit(
            database=str(path),
            entries=chain.entries,
            unlogged=unlogged,
            problems=sorted(problems, key=lambda p: p.entry),
            gaps=gaps,
            disorder=disorder,
            bad_times=bad_times,
            missing_triggers=missing,
            altered_triggers=altered,
            chain_missing=chain.missing,
            chain_breaks=chain.breaks,
        )

    def _chain_info(self, path, chain, feedback) -> None:
        """The chain's head in the log (to keep outside the file), then seal the newer
        entries."""
        if chain.missing:
            return
        if chain.head_fid is not None:
            feedback.pushInfo(
                self.tr(
                    "Edit log of {}: {} entries, sealed up to entry {} with the hash {}. Keep "
                    "this line outside the database: a later check showing another hash for that "
                    "entry proves the log was rewritten."
                ).format(path, chain.entries, chain.head_fid, chain.head_hash)
            )
        if not chain.unsealed:
            return
        try:
            sealed = database.seal_edit_log(path)
        except database.DatabaseError as error:
            feedback.pushWarning(
                self.tr("{} newer edit log entries could not be sealed: {}").format(
                    chain.unsealed, error
                )
            )
            return
        feedback.pushInfo(self.tr("{} newer edit log entries sealed now.").format(sealed))

    def _foreign(self, rows) -> list:
        """LogEntryProblem for entries the log triggers cannot have written."""
        from ..core import checks

        problems = []
        logged = database.LOGGED_LAYERS
        actions = model.CODE_LISTS["edit_action"].values()
        for fid, at, layer, action, uuid, before_ok, after_ok in rows:
            if layer not in logged:
                problem = self.tr("its layer '{}' is not one the log records ({})").format(
                    layer, ", ".join(logged)
                )
            elif action not in actions:
                problem = self.tr("its action '{}' is none of {}").format(
                    action, ", ".join(actions)
                )
            elif uuid is None or not str(uuid).strip():
                problem = self.tr("it names no feature (feature_uuid is empty)")
            elif action in ("update", "delete") and not before_ok:
                problem = self.tr("its 'before' JSON is missing or not readable")
            elif action in ("insert", "update") and not after_ok:
                problem = self.tr("its 'after' JSON is missing or not readable")
            else:
                continue
            problems.append(
                checks.LogEntryProblem(
                    int(fid), _text(at), _text(layer), _text(action), _text(uuid), None, problem
                )
            )
        return problems

    def _pg_audit(self, db, feedback):
        from ..core import checks

        try:
            ds = postgis.connect(db, update=False)
        except postgis.PostgisError as error:
            return checks.LogAudit(db.label, postgis=True, error=str(error))
        schema = pgschema.ident(db.schema)
        log = f"{schema}.{pgschema.ident(database.LOG_TABLE)}"
        try:
            rows = postgis.query(
                ds,
                "SELECT c.relname, t.tgname, t.tgenabled::text FROM pg_trigger t JOIN pg_class c "
                "ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE "
                f"n.nspname = {pgschema.literal(db.schema)} AND NOT t.tgisinternal",
            )
            on = {(table, name): enabled for table, name, enabled in rows}
            expected = [(t, f"{t}_log") for t in pgschema.LOGGED_TABLES]
            missing = [n for t, n in expected if (t, n) not in on]
            disabled = [n for t, n in expected if on.get((t, n)) == "D"]
            geo = postgis.query(
                ds,
                "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON "
                "n.oid = e.extnamespace WHERE e.extname = 'postgis'",
            )
            geo_schema = pgschema.ident(geo[0][0]) if geo else "public"
            unlogged = [
                row
                for t in pgschema.LOGGED_TABLES
                for row in _pg_unlogged(ds, schema, log, t, geo_schema)
            ]
            problems = _pg_orphans(ds, schema, log) + self._foreign(
                postgis.query(ds, _PG_FOREIGN_SQL.format(log=log, logged=_LOGGED_SQL))
            )
            disorder, bad_times = _disorder(postgis.query(ds, _PG_ORDER_SQL.format(log=log)))
            entries = int(postgis.query(ds, f"SELECT count(*) FROM {log}")[0][0])
        except postgis.PostgisError as error:
            return checks.LogAudit(db.label, postgis=True, error=str(error))
        finally:
            ds = None
        feedback.pushInfo(
            self.tr(
                "Edit log of {}: {} entries (on PostGIS the log is protected by the database's "
                "permissions: editors cannot write it)."
            ).format(db.label, entries)
        )
        return checks.LogAudit(
            database=db.label,
            postgis=True,
            entries=entries,
            unlogged=unlogged,
            problems=sorted(problems, key=lambda p: p.entry),
            disorder=disorder,
            bad_times=bad_times,
            missing_triggers=missing,
            disabled_triggers=disabled,
        )

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


# --- the edit log of a database --------------------------------------------------------------


def _gpkg_table(layer) -> tuple[str, str] | None:
    """(GeoPackage path, table) of an OGR layer on a GeoPackage table, else None."""
    if layer is None or layer.providerType() != "ogr":
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path, table = parts.get("path") or "", parts.get("layerName") or ""
    if not path.lower().endswith(".gpkg") or not table or not os.path.isfile(path):
        return None
    return path, table


def _text(value):
    return None if value is None else str(value)


def _label(label, fid) -> str:
    text = _text(label)
    return text.strip() if text is not None and text.strip() else f"fid {fid}"


def _unlogged_row(layer, fid, uuid, label, entry, action, at, state, diff, after, current):
    """An ``UnloggedRow`` from one row of the audit queries (both backends)."""
    from ..core import checks

    differences = ()
    if not state:
        names = [n for n in (diff or "").split(",") if n]
        logged = _json_object(after)
        now = _json_object(current)
        differences = tuple((n, now.get(n), logged.get(n)) for n in names)
    return checks.UnloggedRow(
        layer=layer,
        fid=int(fid),
        uuid=_text(uuid),
        label=_label(label, fid),
        reason=state or "differs",
        entry=None if entry is None else int(entry),
        entry_at=_text(at),
        differences=differences,
    )


def _json_object(text) -> dict:
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _gpkg_unlogged(conn, table: str) -> list:
    """The rows of ``table`` whose last change has no matching edit_log entry."""
    definition = model.layer(table)
    log = pgschema.ident(database.LOG_TABLE)
    t = pgschema.ident(table)
    valid = 'coalesce(json_valid(l."after"), 0)'
    differences = database.row_differences_sql(definition, "NEW", 'l."after"')
    current = database.row_json_sql(definition, "NEW")
    sql = f"""
        SELECT q.fid, q.uuid, q.label, q.entry, q.action, q.at, q.state, q.diff, q.after,
          CASE WHEN q.diff <> '' THEN (SELECT {current} FROM {t} AS NEW WHERE NEW.fid = q.fid)
          END
        FROM (
          SELECT NEW.fid AS fid, NEW.uuid AS uuid, NEW.{pgschema.ident(definition.id_field)}
            AS label, l.fid AS entry, l.action AS action, l.changed_at AS at,
            CASE WHEN l.fid IS NULL THEN 'no_entry' WHEN l.action = 'delete' THEN 'deleted'
              WHEN NOT {valid} THEN 'unreadable' ELSE '' END AS state,
            CASE WHEN l.fid IS NOT NULL AND l.action <> 'delete' AND {valid}
              THEN {differences} ELSE '' END AS diff,
            l."after" AS after
          FROM {t} AS NEW
          LEFT JOIN (SELECT feature_uuid, max(fid) AS fid FROM {log}
                     WHERE layer = '{table}' AND feature_uuid IS NOT NULL
                     GROUP BY feature_uuid) AS last ON last.feature_uuid = NEW.uuid
          LEFT JOIN {log} AS l ON l.fid = last.fid
        ) AS q
        WHERE q.state <> '' OR q.diff <> ''
        ORDER BY q.fid"""
    return [_unlogged_row(table, *row) for row in conn.execute(sql)]


def _absent_sql(tables: list[str], schema: str = "") -> str:
    """SQL true for an edit_log entry ``l`` whose row does not exist in its table."""
    return " OR ".join(
        f"(l.layer = {pgschema.literal(t)} AND NOT EXISTS (SELECT 1 FROM "
        f"{schema}{pgschema.ident(t)} AS t WHERE t.uuid = l.feature_uuid))"
        for t in tables
    )


def _gpkg_orphans(conn, tables: list[str]) -> list:
    from ..core import checks

    if not tables:
        return []
    log = pgschema.ident(database.LOG_TABLE)
    ids = " ".join(f"WHEN '{t}' THEN '$.{model.layer(t).id_field}'" for t in tables)
    doc = 'coalesce(l."after", l."before")'
    sql = f"""
        SELECT l.fid, l.changed_at, l.layer, l.action, l.feature_uuid,
          CASE WHEN coalesce(json_valid({doc}), 0) THEN json_extract({doc}, CASE l.layer {ids}
            END) END
        FROM {log} AS l
        JOIN (SELECT max(fid) AS fid FROM {log} WHERE feature_uuid IS NOT NULL
              GROUP BY layer, feature_uuid) AS last ON last.fid = l.fid
        WHERE l.action IN ('insert', 'update') AND ({_absent_sql(tables)})
        ORDER BY l.fid"""
    return [
        checks.LogEntryProblem(int(fid), _text(at), layer, action, uuid, _text(label))
        for fid, at, layer, action, uuid, label in conn.execute(sql)
    ]


_LOGGED_SQL = "(" + ", ".join(pgschema.literal(t) for t in database.LOGGED_LAYERS) + ")"
_FOREIGN_SQL = """
    SELECT fid, changed_at, layer, action, feature_uuid,
      coalesce(json_valid("before"), 0), coalesce(json_valid("after"), 0)
    FROM {log}
    WHERE layer IS NULL OR layer NOT IN {logged} OR feature_uuid IS NULL
      OR trim(feature_uuid) = '' OR action IS NULL OR action NOT IN ('insert', 'update', 'delete')
      OR (action IN ('update', 'delete') AND NOT coalesce(json_valid("before"), 0))
      OR (action IN ('insert', 'update') AND NOT coalesce(json_valid("after"), 0))
    ORDER BY fid"""

_GPKG_GAPS_SQL = """
    SELECT previous + 1, fid - 1
    FROM (SELECT fid, lag(fid, 1, 0) OVER (ORDER BY fid) AS previous FROM "edit_log")
    WHERE fid > previous + 1
    ORDER BY fid"""

# (fid, changed_at, previous fid, previous changed_at, readable) of the entries written before
# the entry preceding them (by more than the tolerance, in days) or at no readable time.
_GPKG_ORDER_SQL = """
    SELECT fid, changed_at, previous, previous_at, t IS NOT NULL
    FROM (SELECT fid, changed_at, julianday(changed_at) AS t,
                 lag(fid) OVER w AS previous, lag(changed_at) OVER w AS previous_at,
                 lag(julianday(changed_at)) OVER w AS previous_t
          FROM "edit_log" WINDOW w AS (ORDER BY fid))
    WHERE t IS NULL OR t < previous_t - ?
    ORDER BY fid"""


def _disorder(rows) -> tuple[list, list]:
    disorder, bad_times = [], []
    for fid, at, previous, previous_at, readable in rows:
        if not readable:
            bad_times.append((int(fid), _text(at)))
        else:
            disorder.append((int(fid), str(at), int(previous), str(previous_at)))
    return disorder, bad_times


def _pg_differences(definition, geo_schema: str) -> str:
    """PostgreSQL giving the comma-separated names of the fields of ``t`` that differ from the
    JSON ``a`` that the log trigger wrote (core/pgschema.py: to_jsonb of the row, the geometry
    as EWKB hex); updated_at left out."""
    cases = []
    for f in definition.fields:
        if f.name == "updated_at":
            continue
        column, key = f"t.{pgschema.ident(f.name)}", pgschema.literal(f.name)
        if f.type == model.DATETIME:
            differs = f"(a ->> {key})::timestamptz IS DISTINCT FROM {column}"
        else:
            differs = (
                f"coalesce(a -> {key}, 'null'::jsonb) IS DISTINCT FROM "
                f"coalesce(to_jsonb({column}), 'null'::jsonb)"
            )
        cases.append(f"CASE WHEN {differs} THEN {key} END")
    if definition.geometry:
        geom = pgschema.GEOMETRY_COLUMN
        cases.append(
            f"CASE WHEN a ->> '{geom}' IS DISTINCT FROM "
            f"encode({geo_schema}.ST_AsEWKB(t.{pgschema.ident(geom)}), 'hex') THEN '{geom}' END"
        )
    return "concat_ws(',', " + ", ".join(cases) + ")"


def _pg_unlogged(ds, schema: str, log: str, table: str, geo_schema: str) -> list:
    definition = model.layer(table)
    t = f"{schema}.{pgschema.ident(table)}"
    differences = _pg_differences(definition, geo_schema)
    sql = f"""
        SELECT * FROM (
          WITH last AS (
            SELECT DISTINCT ON (feature_uuid) fid, feature_uuid, action, changed_at, "after"
            FROM {log} WHERE layer = {pgschema.literal(table)} AND feature_uuid IS NOT NULL
            ORDER BY feature_uuid, fid DESC
          ), q AS (
            SELECT t.fid AS row_fid, t.uuid AS row_uuid,
              t.{pgschema.ident(definition.id_field)} AS label, l.fid AS entry,
              l.action AS entry_action, l.changed_at::text AS entry_at,
              CASE WHEN l.fid IS NULL THEN 'no_entry' WHEN l.action = 'delete' THEN 'deleted'
                WHEN l."after" IS NULL THEN 'unreadable' ELSE '' END AS state,
              CASE WHEN l.fid IS NOT NULL AND l.action <> 'delete' AND l."after" IS NOT NULL
                THEN {differences} ELSE '' END AS diff,
              l."after" AS entry_after,
              (to_jsonb(t) - 'fid' - '{pgschema.GEOMETRY_COLUMN}')::text AS current_row
            FROM {t} AS t
            LEFT JOIN last AS l ON l.feature_uuid = t.uuid
            LEFT JOIN LATERAL (SELECT l."after"::jsonb AS a) AS j ON true
          )
          SELECT row_fid, row_uuid, label, entry, entry_action, entry_at, state, diff,
                 entry_after, current_row
          FROM q WHERE state <> '' OR diff <> ''
        ) AS found ORDER BY row_fid"""
    return [_unlogged_row(table, *row) for row in postgis.query(ds, sql)]


def _pg_orphans(ds, schema: str, log: str) -> list:
    from ..core import checks

    tables = list(pgschema.LOGGED_TABLES)
    ids = " ".join(
        f"WHEN {pgschema.literal(t)} THEN {pgschema.literal(model.layer(t).id_field)}"
        for t in tables
    )
    sql = f"""
        SELECT * FROM (
          WITH last AS (
            SELECT DISTINCT ON (layer, feature_uuid) fid, layer, feature_uuid, action,
              changed_at, coalesce("after", "before") AS doc
            FROM {log} WHERE feature_uuid IS NOT NULL
            ORDER BY layer, feature_uuid, fid DESC
          )
          SELECT l.fid, l.changed_at::text AS at, l.layer, l.action, l.feature_uuid,
            l.doc::jsonb ->> (CASE l.layer {ids} END) AS label
          FROM last AS l
          WHERE l.action IN ('insert', 'update') AND ({_absent_sql(tables, schema + ".")})
        ) AS found ORDER BY fid"""
    return [
        checks.LogEntryProblem(int(fid), _text(at), layer, action, uuid, _text(label))
        for fid, at, layer, action, uuid, label in postgis.query(ds, sql)
    ]


_PG_FOREIGN_SQL = """
    SELECT fid, changed_at::text, layer, action, feature_uuid, "before" IS NOT NULL,
      "after" IS NOT NULL
    FROM {log}
    WHERE layer IS NULL OR layer NOT IN {logged} OR feature_uuid IS NULL
      OR trim(feature_uuid) = '' OR action IS NULL OR action NOT IN ('insert', 'update', 'delete')
      OR (action IN ('update', 'delete') AND "before" IS NULL)
      OR (action IN ('insert', 'update') AND "after" IS NULL)
    ORDER BY fid"""

_PG_ORDER_SQL = """
    SELECT * FROM (
      SELECT fid, changed_at::text AS at, previous, previous_at::text AS previous_at,
        changed_at IS NOT NULL AS readable
      FROM (SELECT fid, changed_at, lag(fid) OVER w AS previous,
                   lag(changed_at) OVER w AS previous_at
            FROM {log} WINDOW w AS (ORDER BY fid)) AS s
      WHERE changed_at IS NULL OR changed_at < previous_at - interval '1 second'
    ) AS found ORDER BY fid"""


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
