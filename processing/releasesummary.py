"""landrelease:releasesummary: land release accounting per hazard (cancelled, reduced, cleared,
remaining, status), as of any date."""

from __future__ import annotations

import datetime
import math
from collections import Counter

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..qgis_io import convert
from . import parameters as p
from .algorithm import LandReleaseAlgorithm

_TEXT, _DOUBLE = convert.qtype("text"), convert.qtype("real")


def tr(text: str) -> str:
    return QCoreApplication.translate("ReleaseSummary", text)


# The hazard fields this algorithm writes, in output order (DESIGN §5.5).
AREA_FIELDS = (
    "original_area_m2",
    "cancelled_m2",
    "reduced_m2",
    "cleared_m2",
    "remaining_area_m2",
    "pending_m2",
)
STATUS_FIELD = "status"
HAZARD_ID, RELEASE_ID, OUTCOME, END_DATE = "hazard_id", "release_id", "outcome", "end_date"
QA_STATUS = "qa_status"


class ReleaseSummary(LandReleaseAlgorithm):
    ID = "releasesummary"
    DISPLAY_NAME = "Land release summary"
    GROUP_ID = "landrelease"
    GROUP = "Land release"
    NEEDS_SHAPELY = True
    HELP = (
        "Accounts for the land released in every hazardous area: how much was cancelled, "
        "reduced and cleared, how much remains, and the status that follows.\n\n"
        "HAZARDS: the hazardous areas (polygons).\n"
        "RELEASES: the land release polygons, with the fields outcome (cancelled, reduced or "
        "cleared) and end_date. Releases with another outcome are not counted and are reported.\n"
        "AS_OF: optional date. Only releases whose end_date is on or before it count, so the "
        "summary shows the state of that day; releases without end_date then do not count. "
        "Empty: every release with a known outcome counts, up to today. Releases ending after "
        "today, or whose end_date is text that is no date, never count.\n"
        "OFFICIAL: which releases count by their quality management review (field qa_status). "
        "Off (default, operational figures): every saved release except failed ones; an empty "
        "qa_status is pending. On (official figures): only releases passed by quality "
        "management; RELEASES then needs the field qa_status. A failed release never counts: "
        "re-working its ground is recorded as a new release. A qa_status other than pending, "
        "passed or failed is not counted and is reported.\n\n"
        "Counting rule: a release counts for every hazard it covers, by its area inside that "
        "hazard (it need not name the hazard). Where releases overlap, the ground is counted "
        "once, for the stronger outcome: cleared before reduced before cancelled. The part of a "
        "release outside every hazard is not counted. So for every hazard: original area = "
        "cancelled + reduced + cleared + remaining. Status: open when nothing is released, "
        "closed when nothing remains, worked_on in between. All areas are ellipsoidal square "
        "metres (WGS 84), whatever the CRS.\n\n"
        "OUTPUT: the hazards with all their fields and their own geometry, plus (or with new "
        "values in) original_area_m2, cancelled_m2, reduced_m2, cleared_m2, remaining_area_m2, "
        "pending_m2 and status. pending_m2 is the ground of the hazard released by releases "
        "still pending review and by no passed release, counted once; it is the same in both "
        "modes. In official figures it is part of remaining_area_m2 (it is not released until "
        "quality management passes it); in operational figures it is part of cancelled, "
        "reduced and cleared. So official remaining = operational remaining + pending_m2.\n"
        "OUTPUT_REMAINING: the remaining part of each hazard that is not closed, with "
        "hazard_id, remaining_area_m2 and status.\n"
        "OUTPUT_ISSUES: what needs a look, one row each, with its severity: "
        "release_outside_hazard (warning; the part outside, counted nowhere), release_overlap "
        "(warning; the overlap of two releases), unknown_outcome (error; the release is not "
        "counted), unknown_qa_status (error: a qa_status other than pending, passed or failed; "
        "not counted), failed_review (warning: the release failed quality management review; "
        "not counted), no_end_date (warning: an end_date that is no date, or none with AS_OF; not "
        "counted), future_end_date (warning: ends after today; not counted), after_as_of "
        "(warning: ends after AS_OF; not counted), early_end_date (warning: ended before 1988; "
        "counted), invalid_geometry "
        "(warning; repaired and counted) and empty_geometry (error; not counted). release_id "
        "and hazard_id name the features (their ids, or their feature numbers when the layer "
        "has no such field); area_m2 is the area of the row's geometry; message says it in a "
        "sentence. Rows about a feature as a whole have no geometry.\n\n"
        "Works in metres in the CRS of HAZARDS (its UTM zone when it is geographic or more "
        "than 0.5 % off the ground there); every "
        "output is in the CRS of HAZARDS."
    )

    HAZARDS = "HAZARDS"
    RELEASES = "RELEASES"
    AS_OF = "AS_OF"
    OFFICIAL = "OFFICIAL"
    OUTPUT = "OUTPUT"
    OUTPUT_REMAINING = "OUTPUT_REMAINING"
    OUTPUT_ISSUES = "OUTPUT_ISSUES"

    def parameter_table(self):
        return [
            p.source(self.HAZARDS, self.tr("Hazardous areas"), p.POLYGONS),
            p.source(self.RELEASES, self.tr("Land releases"), p.POLYGONS),
            p.day(self.AS_OF, self.tr("As of (end date, optional)")),
            p.flag(
                self.OFFICIAL,
                self.tr("Official figures: only releases passed by quality management count"),
            ),
            p.sink(self.OUTPUT, self.tr("Hazards with release summary"), p.POLYGONS),
            p.sink(
                self.OUTPUT_REMAINING,
                self.tr("Remaining hazardous area"),
                p.POLYGONS,
                optional=True,
            ),
            p.sink(self.OUTPUT_ISSUES, self.tr("Release issues"), p.POLYGONS, optional=True),
        ]

    def check_parameters(self, parameters, context):
        hazard_source = self.parameterAsSource(parameters, self.HAZARDS, context)
        release_source = self.parameterAsSource(parameters, self.RELEASES, context)
        for name, source in ((self.HAZARDS, hazard_source), (self.RELEASES, release_source)):
            if source is not None:
                self._check_source(source, name)
        if release_source is not None:
            self._check_fields(release_source)
            official = self.parameterAsBoolean(parameters, self.OFFICIAL, context)
            check_review_field(release_source, official)
        if hazard_source is not None and hazard_source.featureCount() == 0:
            raise QgsProcessingException(
                self.tr("HAZARDS has no features: there is nothing to account.")
            )
        self._as_of(parameters, context)

    def processAlgorithm(self, parameters, context, feedback):
        hazard_source = self.required_source(parameters, self.HAZARDS, context)
        release_source = self.required_source(parameters, self.RELEASES, context)
        as_of = self._as_of(parameters, context)
        official = self.parameterAsBoolean(parameters, self.OFFICIAL, context)
        feedback.pushInfo(figures_kind(official))
        today = datetime.date.today()
        if as_of is not None and as_of > today:
            feedback.pushWarning(
                self.tr(
                    "AS_OF {} is after today ({}): releases ending after today do not count."
                ).format(as_of.isoformat(), today.isoformat())
            )
        crs = convert.working_crs(
            hazard_source.sourceCrs(),
            None,
            context,
            feedback,
            source=hazard_source,
            parameter=self.HAZARDS,
            id_field=HAZARD_ID,
        )
        feedback.pushInfo(self.tr("Working CRS: {}").format(crs.authid()))
        tables = self._read(parameters, hazard_source, release_source, crs, context, feedback)
        if tables is None:  # cancelled
            return {}
        hazards, releases = tables
        result = self._account(hazards, releases, (as_of, official), today, crs, context, feedback)
        if result is None:  # cancelled
            return {}
        labels = (_labels(hazards, HAZARD_ID), _labels(releases, RELEASE_ID))
        results = self._write(
            parameters, context, hazard_source, hazards, result, labels, as_of, crs, feedback
        )
        self._summary(feedback, result, as_of, releases)
        self._warn_issues(feedback, result, labels, as_of)
        return results

    # --- inputs -----------------------------------------------------------------------------

    def _check_source(self, source, name) -> None:
        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.PolygonGeometry:
            raise QgsProcessingException(self.tr("{} must be a polygon layer.").format(name))
        if not source.sourceCrs().isValid():
            raise QgsProcessingException(
                self.tr("{} has no valid CRS: set its CRS first.").format(name)
            )

    def _check_fields(self, source) -> None:
        missing = [n for n in (OUTCOME, END_DATE) if source.fields().lookupField(n) < 0]
        if missing:
            raise QgsProcessingException(
                self.tr(
                    "RELEASES has no field {}: the land releases need the fields outcome "
                    "(cancelled, reduced or cleared) and end_date."
                ).format(", ".join(missing))
            )

    def _as_of(self, parameters, context) -> datetime.date | None:
        if parameters.get(self.AS_OF) in (None, ""):
            return None
        from ..qgis_io.values import qt_date

        day = qt_date(self.parameterAsDateTime(parameters, self.AS_OF, context))
        if day is None:
            raise QgsProcessingException(
                self.tr("AS_OF is not a date: {}").format(parameters.get(self.AS_OF))
            )
        return day

    def _read(self, parameters, hazard_source, release_source, crs, context, feedback):
        """(hazards, releases) in ``crs``, None when cancelled; the features outside the
        programme's area named."""
        from ..qgis_io.geometry import read_all
        from .inputs import put_stored_date_texts, source_layer, warn_outside_area

        hazards = read_all(
            hazard_source,
            crs,
            context,
            (HAZARD_ID,),
            feedback,
            keep=True,
            parameter=self.HAZARDS,
            id_field=HAZARD_ID,
        )
        if feedback.isCanceled():
            return None
        if not len(hazards.geometries):
            raise QgsProcessingException(
                self.tr("HAZARDS has no features: there is nothing to account.")
            )
        feedback.setProgress(10)
        releases = read_all(
            release_source,
            crs,
            context,
            (RELEASE_ID, OUTCOME, END_DATE, QA_STATUS),
            feedback,
            parameter=self.RELEASES,
            id_field=RELEASE_ID,
            layer=source_layer(self, parameters, self.RELEASES, context),
        )
        if feedback.isCanceled():
            return None
        put_stored_date_texts(
            self, parameters, self.RELEASES, context, releases, (END_DATE,), feedback
        )
        for name, source, table in (
            (self.HAZARDS, hazard_source, hazards),
            (self.RELEASES, release_source, releases),
        ):
            warn_outside_area(
                self, parameters, name, source, table.geometries, table.labels, crs, context,
                feedback,
            )  # fmt: skip
        feedback.setProgress(20)
        return hazards, releases

    def _account(self, hazards, releases, mode, today, crs, context, feedback):
        """The core's accounting of the hazards (None when cancelled); ``mode``: (AS_OF,
        OFFICIAL)."""
        from ..core import accounting
        from ..qgis_io.geometry import EllipsoidalArea
        from ..qgis_io.values import as_date

        as_of, official = mode
        outcomes = [None if v is None else str(v) for v in releases.columns[OUTCOME]]
        end_dates = _each_once(as_date, releases.columns[END_DATE])
        try:
            return accounting.account(
                hazards.geometries,
                releases.geometries,
                outcomes,
                end_dates,
                as_of=as_of,
                area=EllipsoidalArea(crs, context),
                progress=lambda fraction: feedback.setProgress(20.0 + 65.0 * fraction),
                is_canceled=feedback.isCanceled,
                today=today,
                qa_statuses=review_values(releases),
                official=official,
            )
        except accounting.AccountingCanceled:
            feedback.pushInfo(self.tr("Cancelled: nothing was written."))
            return None

    # --- outputs ----------------------------------------------------------------------------

    def _write(self, parameters, context, source, hazards, result, labels, as_of, crs, feedback):
        """OUTPUT, and OUTPUT_REMAINING and OUTPUT_ISSUES when asked for: their destination
        ids."""
        out_crs = source.sourceCrs()
        back = QgsCoordinateTransform(crs, out_crs, context.transformContext())
        results = {self.OUTPUT: self._write_hazards(parameters, context, source, hazards, result)}
        feedback.setProgress(90)
        remaining = self._write_remaining(parameters, context, source, hazards, result, back)
        feedback.setProgress(95)
        issues = self._write_issues(parameters, context, out_crs, result, labels, as_of, back)
        for name, dest_id in ((self.OUTPUT_REMAINING, remaining), (self.OUTPUT_ISSUES, issues)):
            if dest_id is not None:
                results[name] = dest_id
        feedback.setProgress(100)
        return results

    def _write_hazards(self, parameters, context, source, hazards, result):
        fields, positions = _summary_fields(source.fields())
        sink, dest_id = self.output_sink(
            parameters, self.OUTPUT, context, fields, source.wkbType(), source.sourceCrs()
        )
        width = len(source.fields())
        features = []
        for account, (attributes, geometry) in zip(result.hazards, hazards.features):
            values = list(attributes) + [None] * (fields.count() - width)
            for name, value in zip(AREA_FIELDS, _areas(account)):
                values[positions[name]] = value
            values[positions[STATUS_FIELD]] = account.status
            feature = QgsFeature(fields)
            feature.setAttributes(values)
            feature.setGeometry(geometry)
            features.append(feature)
        self.add_features(sink, features, parameters, self.OUTPUT)
        return dest_id

    def _write_remaining(self, parameters, context, source, hazards, result, back):
        fields = QgsFields()
        id_index = source.fields().lookupField(HAZARD_ID)
        if id_index >= 0:
            fields.append(source.fields().at(id_index))
        fields.append(QgsField("remaining_area_m2", _DOUBLE))
        fields.append(QgsField(STATUS_FIELD, _TEXT))
        sink, dest_id = self.parameterAsSink(
            parameters,
            self.OUTPUT_REMAINING,
            context,
            fields,
            QgsWkbTypes.MultiPolygon,
            source.sourceCrs(),
        )
        if sink is None:
            return None
        import shapely

        ids = hazards.columns.get(HAZARD_ID)
        remaining = np.empty(len(result.hazards), dtype=object)
        remaining[:] = [a.remaining for a in result.hazards]
        present = np.flatnonzero(~shapely.is_missing(remaining) & ~shapely.is_empty(remaining))
        kept = [result.hazards[k] for k in present.tolist()]
        geometries = _to_output(remaining[present], back)
        features = []
        for account, geometry in zip(kept, geometries):
            values = [account.remaining_m2, account.status]
            if ids is not None:
                values.insert(0, ids[account.index])
            feature = QgsFeature(fields)
            feature.setAttributes(values)
            feature.setGeometry(geometry)
            features.append(feature)
        self.add_features(sink, features, parameters, self.OUTPUT_REMAINING)
        return dest_id

    def _write_issues(self, parameters, context, crs, result, labels, as_of, back):
        fields = QgsFields()
        for name, kind in (
            ("code", _TEXT),
            ("severity", _TEXT),
            (RELEASE_ID, _TEXT),
            (HAZARD_ID, _TEXT),
            ("area_m2", _DOUBLE),
            ("message", _TEXT),
        ):
            fields.append(QgsField(name, kind))
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT_ISSUES, context, fields, QgsWkbTypes.MultiPolygon, crs
        )
        if sink is None:
            return None
        hazard_labels, release_labels = labels
        geometries = _to_output([i.geometry for i in result.issues], back)
        features = []
        for issue, geometry in zip(result.issues, geometries):
            releases = ", ".join([release_labels[k] for k in issue.releases])
            hazards = ", ".join([hazard_labels[k] for k in issue.hazards])
            area_m2 = None if issue.geometry is None else float(issue.area_m2)
            feature = QgsFeature(fields)
            feature.setAttributes(
                [
                    issue.code,
                    issue.severity,
                    releases or None,
                    hazards or None,
                    area_m2,
                    self._message(issue, releases, hazards, as_of),
                ]
            )
            if geometry is not None:
                feature.setGeometry(geometry)
            features.append(feature)
        self.add_features(sink, features, parameters, self.OUTPUT_ISSUES)
        return dest_id

    def _message(self, issue, releases: str, hazards: str, as_of) -> str:
        """The issue in a sentence."""
        code, detail = issue.code, getattr(issue, "detail", None)
        area = _square_metres(issue.area_m2)
        if code == "release_outside_hazard":
            return self.tr("Release {} lies {} m² outside every hazard.").format(releases, area)
        if code == "release_overlap":
            return self.tr(
                "Releases {} overlap by {} m²: counted once, for the stronger outcome."
            ).format(releases, area)
        if code == "unknown_outcome":
            if detail is None or not str(detail).strip():
                return self.tr(
                    "Release {} has no outcome: it is not counted (cancelled, reduced or cleared)."
                ).format(releases)
            return self.tr(
                "Release {} has the unknown outcome '{}': it is not counted (cancelled, reduced "
                "or cleared)."
            ).format(releases, detail)
        if code == "unknown_qa_status":
            return self.tr(
                "Release {} has the unknown qa_status '{}': it is not counted (pending, passed "
                "or failed)."
            ).format(releases, detail)
        if code == "failed_review":
            return self.tr(
                "Release {} failed quality management review: it is not counted (re-working it "
                "is a new release)."
            ).format(releases)
        if code == "no_end_date":
            day = as_of.isoformat() if as_of is not None else self.tr("today")
            if detail is None or not str(detail).strip():
                return self.tr("Release {} has no end date: it does not count as of {}.").format(
                    releases, day
                )
            return self.tr(
                "Release {} has the end date '{}', which is not a date: it does not count as of {}."
            ).format(releases, detail, day)
        if code == "future_end_date":
            return self.tr(
                "Release {} ends on {}, after today: it does not count; check its end date."
            ).format(releases, detail)
        if code == "after_as_of":
            return self.tr("Release {} ends on {}, after AS_OF {}: it does not count.").format(
                releases, detail, as_of.isoformat() if as_of is not None else "-"
            )
        if code == "early_end_date":
            return self.tr(
                "Release {} ended on {}, before 1988: it is counted, but check its end date."
            ).format(releases, detail)
        if code in ("invalid_geometry", "empty_geometry"):
            if issue.releases:
                what = self.tr("Release {}").format(releases)
            else:
                what = self.tr("Hazard {}").format(hazards)
            if code == "invalid_geometry":
                return self.tr(
                    "{} has an invalid geometry ({}): it was repaired and counted."
                ).format(what, detail or "?")
            return self.tr(
                "{} has no geometry (or none left after repair): it is not counted."
            ).format(what)
        return self.tr("{}: releases {}; hazards {}.").format(code, releases or "-", hazards or "-")

    def _warn_issues(self, feedback, result, labels, as_of, limit: int = 20) -> None:
        """The issues that change the figures or need a look, one warning each (overlaps and
        parts outside hazards are in OUTPUT_ISSUES only)."""
        shown = [
            i
            for i in result.issues
            if i.code not in ("release_overlap", "release_outside_hazard", "after_as_of")
        ]
        hazard_labels, release_labels = labels
        for issue in shown[:limit]:
            releases = ", ".join(release_labels[k] for k in issue.releases)
            hazards = ", ".join(hazard_labels[k] for k in issue.hazards)
            feedback.pushWarning(self._message(issue, releases, hazards, as_of))
        if len(shown) > limit:
            feedback.pushWarning(
                self.tr("… and {} more in OUTPUT_ISSUES.").format(len(shown) - limit)
            )

    def _summary(self, feedback, result, as_of, releases) -> None:
        ha = {name: 0.0 for name in AREA_FIELDS}
        for account in result.hazards:
            for name, value in zip(AREA_FIELDS, _areas(account)):
                ha[name] += value / 10000.0
        if as_of is not None:
            feedback.pushInfo(self.tr("As of {}.").format(as_of.isoformat()))
        feedback.pushInfo(
            self.tr("{} of {} release(s) counted.").format(
                int(np.count_nonzero(result.counted)), len(releases.geometries)
            )
        )
        feedback.pushInfo(
            self.tr("{} release(s) pending review; pending ground {:.2f} ha ({}).").format(
                int(np.count_nonzero(result.pending)),
                ha["pending_m2"],
                self.tr("part of remaining") if result.official else self.tr("counted as released"),
            )
        )
        feedback.pushInfo(
            self.tr(
                "{} hazard(s), {:.2f} ha: {:.2f} ha cancelled, {:.2f} ha reduced, {:.2f} ha "
                "cleared, {:.2f} ha remaining."
            ).format(
                len(result.hazards),
                ha["original_area_m2"],
                ha["cancelled_m2"],
                ha["reduced_m2"],
                ha["cleared_m2"],
                ha["remaining_area_m2"],
            )
        )
        status = Counter(a.status for a in result.hazards)
        feedback.pushInfo(
            self.tr("Status: {} open, {} worked on, {} closed.").format(
                status["open"], status["worked_on"], status["closed"]
            )
        )
        severity = Counter(i.severity for i in result.issues)
        feedback.pushInfo(
            self.tr("{} issue(s): {} error(s), {} warning(s).").format(
                len(result.issues), severity["error"], severity["warning"]
            )
        )
        for code, count in sorted(Counter(i.code for i in result.issues).items()):
            feedback.pushInfo(f"  {code}: {count}")


def _labels(layer, id_field: str) -> list[str]:
    """Each feature's id (``hazard_id`` / ``release_id``), or its feature id when it has none."""
    ids = layer.columns.get(id_field) or [None] * len(layer.fids)
    return [
        str(i).strip() if i is not None and str(i).strip() else str(fid)
        for i, fid in zip(ids, layer.fids)
    ]


def _each_once(function, values) -> list:
    """``function`` of each value, computed once for each distinct value (and type): 400,000
    end dates hold a few thousand days."""
    done: dict = {}
    out = []
    for value in values:
        try:
            key = (type(value), value)
            result = done[key] if key in done else done.setdefault(key, function(value))
        except TypeError:  # unhashable
            result = function(value)
        out.append(result)
    return out


# --- writing ----------------------------------------------------------------------------------


def _summary_fields(fields: QgsFields) -> tuple[QgsFields, dict]:
    """The hazards' fields with the summary fields added, or in place (retyped if needed) where
    the layer has them already, whatever their case; and the position of each summary field."""
    wanted = {name: _DOUBLE for name in AREA_FIELDS}
    wanted[STATUS_FIELD] = _TEXT
    out = QgsFields()
    positions = {}
    for k, field in enumerate(fields):
        name = field.name().lower()
        kind = wanted.get(name)
        if kind is not None and name not in positions:
            if field.type() != kind:
                field = QgsField(field.name(), kind)
            positions[name] = k
        out.append(field)
    for name, kind in wanted.items():
        if name not in positions:
            positions[name] = out.count()
            out.append(QgsField(name, kind))
    return out, positions


def _areas(account) -> tuple[float, ...]:
    return (
        float(account.original_m2),
        float(account.cancelled_m2),
        float(account.reduced_m2),
        float(account.cleared_m2),
        float(account.remaining_m2),
        float(account.pending_m2),
    )


def review_values(releases) -> list:
    """Each release's qa_status as text (None: NULL, or no qa_status field: pending)."""
    values = releases.columns.get(QA_STATUS)
    if values is None:
        return [None] * len(releases.geometries)
    return [None if v is None else str(v) for v in values]


def check_review_field(release_source, official: bool) -> None:
    """Official figures need the releases' qa_status: refused without it."""
    if official and release_source.fields().lookupField(QA_STATUS) < 0:
        raise QgsProcessingException(
            tr(
                "RELEASES has no field qa_status: official figures count only the releases "
                "passed by quality management. Give the land_release layer, or turn OFFICIAL off."
            )
        )


def figures_kind(official: bool) -> str:
    """The line saying which figures are given."""
    if official:
        return tr("Official figures: only releases passed by quality management.")
    return tr("Operational figures: all saved releases except failed ones.")


def _to_output(geometries, transform) -> list:
    """QGIS polygons or multipolygons (None where there is no polygonal geometry) transformed by
    ``transform`` (working CRS -> output CRS)."""
    import shapely

    from ..qgis_io.geometry import to_qgs_many

    if not len(geometries):
        return []
    array = np.empty(len(geometries), dtype=object)
    array[:] = list(geometries)
    types = shapely.get_type_id(array)  # -1 for None
    odd = (types >= 0) & ~np.isin(types, (3, 6))  # collections from an overlay, lines...
    if odd.any():
        array[odd] = _multipolygons(array[odd])
    array[shapely.is_empty(array)] = None
    identity = transform.sourceCrs() == transform.destinationCrs()
    out = []
    for geometry in to_qgs_many(array):
        if geometry is not None and not identity:
            try:
                geometry.transform(transform)
            except QgsCsException:
                geometry = None
        out.append(geometry)
    return out


def _multipolygons(geometries: np.ndarray) -> np.ndarray:
    """The polygonal parts of each geometry as one MultiPolygon (None when it has none)."""
    import shapely

    result = np.empty(len(geometries), dtype=object)
    present = ~shapely.is_missing(geometries)
    if not present.any():
        return result
    parts, which = shapely.get_parts(geometries[present], return_index=True)
    # a GeometryCollection from an overlay may hold polygons beside lines and points
    nested = shapely.get_type_id(parts) == 7
    if nested.any():
        inner, inner_which = shapely.get_parts(parts[nested], return_index=True)
        parts = np.concatenate([parts[~nested], inner])
        which = np.concatenate([which[~nested], which[nested][inner_which]])
    polygonal = (shapely.get_type_id(parts) == 3) & ~shapely.is_empty(parts)
    parts, which = parts[polygonal], which[polygonal]
    built = np.empty(int(present.sum()), dtype=object)
    if len(parts):
        shapely.multipolygons(parts, indices=which, out=built)
    result[np.flatnonzero(present)] = built
    return result


def _square_metres(value) -> str:
    """An area for a message: whole m², or to the cm² below 10 m²."""
    if value is None or not math.isfinite(value):
        return "?"
    return f"{value:.0f}" if abs(value) >= 10 else f"{value:.2f}"
