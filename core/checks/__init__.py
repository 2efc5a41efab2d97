"""Data checks of hazards, land releases and evidence (DESIGN §5.9, ``landrelease:checkdata``).

Pure functions on numpy arrays of shapely 2 geometries (``None`` where a feature has no geometry)
and plain Python attribute values (``None`` for NULL): no QGIS, Qt or GDAL. Every coordinate is in
one projected metric CRS (the Processing adapter transforms to and from it); areas are planar in
that CRS, which is close enough for the thresholds below.

Each check returns a list of :class:`Finding` s; :func:`run_checks` runs all of them that the given
layers allow and sorts the findings by layer, code and feature id (natural order: ``H-2`` before
``H-10``). A finding's ``index`` is the position of the feature in the arrays given (``None`` for a
finding about the layer as a whole, e.g. a mandatory field it does not have); ``x, y`` is the place
of the problem (NaN when there is none).

Codes (stable strings; severity in brackets):

- ``invalid_geometry`` (error): ``shapely.is_valid_reason`` is not "Valid Geometry"; the reason and
  the location GEOS reports are in the message and the location is the finding's point. A feature
  without geometry (NULL or empty) is reported with this code too ("no geometry").
- ``too_few_vertices`` (error): a polygon ring with fewer than 3 distinct vertices (such a feature
  gets no ``invalid_geometry`` finding as well: it is the same problem).
- ``duplicate_id`` (error): the same ``hazard_id`` / ``release_id`` / ``evidence_id`` (compared
  after stripping spaces, Unicode NFC) on more than one feature: one finding on *each* of them.
  NULL or empty ids are ``missing_field`` instead.
- ``duplicate_geometry`` (warning): a geometry equal to an earlier one of the same layer, vertex by
  vertex within ``DUPLICATE_TOLERANCE_M`` after ``shapely.normalize`` (start vertex and ring
  orientation do not matter): one finding on each later copy, naming the first.
- ``long_segment`` (warning): a polygon with a segment longer than ``LONG_SEGMENT_M`` (a vertex
  typed in the wrong UTM zone throws a spike); the point is the end of the longest segment that
  lies farther from the median of the polygon's vertices (the stray vertex).
- ``overlap`` (warning): two hazards of the same classification whose intersection is more than
  ``OVERLAP_SHARE`` of the smaller one's area: one finding per pair, on the first of the two,
  giving both ids, the area and the share; the point is on the overlap. Pairs that are duplicate
  geometries are left to ``duplicate_geometry``.
- ``release_outside_hazard`` (error): the part of a release outside the union of the hazards it
  intersects is larger than ``OUTSIDE_MIN_M2`` *and* than ``OUTSIDE_MIN_SHARE`` of the release;
  the point is on that part.
- ``cha_without_evidence`` (warning): a hazard classified CHA with no direct evidence point
  (``model.DIRECT_EVIDENCE_TYPES``) inside or on its boundary.
- ``missing_district`` (warning): a hazard with a NULL or empty district (one finding for the
  layer when it has no ``district`` field at all).
- ``missing_field`` (error): a mandatory field of the data model (``not_null`` and not derived,
  i.e. not ``uuid``) NULL or empty on a feature; or, once per layer, a mandatory field the layer
  does not have (the rules that need it are then skipped and named in the message).
- ``date_order`` (error): a land release ``end_date`` before its ``start_date``; a hazard
  ``status_changed_on`` before its ``recorded_on``.
- ``release_larger_than_hazard`` (error): a release larger than the hazard its ``hazard_id`` names
  by more than ``LARGER_MIN_M2``.
- ``outside_area`` (error): a feature with a vertex (for points, the point) outside the
  programme's area (``core.area.ProgrammeArea``: the districts' extent plus a margin, or the
  storage CRS's area of use) or with a coordinate that is not a finite number: a swapped
  latitude and longitude, a decimal comma, a wrong UTM or Gauss–Krüger zone. The point is the
  vertex farthest from the area; the message gives it in latitude and longitude, its distance
  from the area and the area itself. Runs for the layers given an area (``run_checks(areas=…)``).
- ``bad_code`` (error): a value of a coded field (``model.Field.codes``: classification, status,
  outcome, evidence_type…) that is not a code of its list, compared exactly (``'Cleared'`` is
  not ``cleared``; the message then suggests the code). NULL and blank values are left to
  ``missing_field``, a hazard status ``UNKNOWN_STATUS`` to ``remaining_mismatch``.
- ``bad_date`` (error; *warning* for a date before ``MIN_DATE``, which may be true of an old
  record): a date field (``model.DATE``) after ``today``, before ``MIN_DATE``, or a text that is
  not a date in the form YYYY-MM-DD (``31.02.2020``, ``01.02.2020``: day and month cannot be told
  apart, ``2020-02-31``: no such day). Dates come as ``date``/``datetime`` or text.
- ``multipart`` (error): a feature with more than one part (a MultiPolygon of two polygons, a
  MultiPoint of two points): a hazard, release or evidence record is one polygon or point. The
  point is on the smallest part (the stray one).
- ``area_mismatch`` (error): a stored ``estimated_area_m2`` (hazard) or ``area_m2`` (release)
  that is NULL, not a number, or differs from the ellipsoidal (WGS 84) area of the geometry by
  more than ``AREA_MISMATCH_SHARE`` (and ``AREA_ROUNDING_M2``). Needs ``crs``.
- ``remaining_mismatch`` (error): a hazard whose stored ``remaining_area_m2`` (NULL included) or
  ``status`` is not what its land releases give as of ``today``: the accounting of
  ``landrelease:releasesummary`` (``core.accounting.account``: by geometry, overlaps counted
  once, the stronger outcome winning), counting every release with a known outcome except those
  whose end date is after ``today``. Remaining areas differing by at most ``REMAINING_MIN_M2``
  or ``REMAINING_SHARE`` of the hazard are equal. Needs ``crs`` and both layers. A *warning*
  when the figures are not known (remaining_area_m2 NULL, or status ``UNKNOWN_STATUS``: the
  database marks a hazard so when its releases change, until they are recomputed), an error
  when they contradict the releases.
- ``log_mismatch`` (error): the edit log of the layers' database does not match its rows or has
  been tampered with (:class:`LogAudit`, read by the adapter; :func:`check_edit_log`): a row
  whose last change has no edit_log entry, a log entry for a row that does not exist, an entry
  not written by the log triggers, a gap or a reordering in the log sequence, a log trigger
  missing, disabled or altered, an entry that no longer matches its hash chain.
- ``unknown_hazard`` (error) — an extra code, not in DESIGN §5.9: a release whose ``hazard_id``
  names no hazard of the hazard layer.

Messages are English templates (``Finding.template``, marked for translation in context
``TR_CONTEXT``) filled with ``Finding.args``; ``Finding.message`` is the English text. The adapter
translates the template and may replace the ``location`` argument by coordinates in its output CRS.
Vectorised: candidate pairs come from ``shapely.STRtree`` queries, vertex work from
``shapely.get_coordinates`` with numpy; Python loops run only over findings, the few invalid
geometries, and the attribute values of each feature.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Optional

import numpy as np
import shapely
from pyproj import CRS, Geod, Proj, Transformer

from . import model
from .area import ProgrammeArea
from .pgschema import UNKNOWN_STATUS
from .progress import Cancelled, object_array  # noqa: F401 - Cancelled is part of this module's API

TR_CONTEXT = "LandReleaseChecks"


def _t(text: str) -> str:
    return model.QT_TRANSLATE_NOOP("LandReleaseChecks", text)


ERROR = "error"
WARNING = "warning"

CODES: dict[str, str] = {
    "invalid_geometry": ERROR,
    "too_few_vertices": ERROR,
    "duplicate_id": ERROR,
    "duplicate_geometry": WARNING,
    "long_segment": WARNING,
    "overlap": WARNING,
    "release_outside_hazard": ERROR,
    "cha_without_evidence": WARNING,
    "missing_district": WARNING,
    "missing_field": ERROR,
    "date_order": ERROR,
    "release_larger_than_hazard": ERROR,
    "outside_area": ERROR,
    "bad_code": ERROR,
    "bad_date": ERROR,  # WARNING for a date before MIN_DATE
    "multipart": ERROR,
    "area_mismatch": ERROR,
    "remaining_mismatch": ERROR,
    "log_mismatch": ERROR,
    "unknown_hazard": ERROR,  # extra: not in DESIGN §5.9
}

HAZARD, RELEASE, EVIDENCE = "hazard", "land_release", "evidence"
WGS84 = "EPSG:4326"
_GEOD = Geod(ellps="WGS84")

DUPLICATE_TOLERANCE_M = 0.01
LONG_SEGMENT_M = 5000.0
OVERLAP_SHARE = 0.009  # of the smaller hazard's area
OUTSIDE_MIN_M2 = 1.0
OUTSIDE_MIN_SHARE = 0.001  # of the release's area
LARGER_MIN_M2 = 1.0
MIN_DATE = model.EARLIEST_WORK_DATE  # the conflict's start: an earlier date is most likely a slip
AREA_MISMATCH_SHARE = 0.001  # of the geometry's area
AREA_ROUNDING_M2 = 0.01  # stored areas are rounded to 0.01 m²
REMAINING_MIN_M2 = 1.0
REMAINING_SHARE = 1e-4  # of the hazard's area
EXACT_EXTENT_M = 10_000.0  # larger geometries get the geodesic area, not the scale-factor one
AREA_FIELDS = {HAZARD: "estimated_area_m2", RELEASE: "area_m2"}
# UNKNOWN_STATUS: the status of a hazard whose figures wait to be recomputed after a change to
# its releases (the database marks it so, with remaining_area_m2 NULL): not a code of the
# status list on purpose, so not a bad_code; remaining_mismatch reports it as a warning.

# Dates that must not come before another: layer -> ((earlier field, later field), ...)
DATE_ORDER = {
    HAZARD: (("recorded_on", "status_changed_on"),),
    RELEASE: (("start_date", "end_date"),),
}

# The rules that need a mandatory field: (layer, field) -> codes skipped when it is missing.
RULES_NEEDING = {
    (HAZARD, "hazard_id"): ("duplicate_id", "unknown_hazard", "release_larger_than_hazard"),
    (HAZARD, "classification"): ("overlap", "cha_without_evidence"),
    (RELEASE, "release_id"): ("duplicate_id",),
    (RELEASE, "hazard_id"): ("unknown_hazard", "release_larger_than_hazard"),
    (EVIDENCE, "evidence_id"): ("duplicate_id",),
}

MESSAGES = {
    "no_geometry": _t("The feature has no geometry."),
    "invalid_geometry": _t("Invalid geometry: {reason} at {location}."),
    "invalid_geometry_nowhere": _t("Invalid geometry: {reason}."),
    "too_few_vertices": _t(
        "A polygon ring has only {count} distinct vertices; a ring needs at least 3."
    ),
    "long_segment": _t(
        "{count} segment(s) longer than {limit} m, the longest about {length} m: is a vertex "
        "in the wrong place (e.g. typed in the wrong UTM zone)?"
    ),
    "duplicate_id": _t("{field} '{value}' is on {count} features."),
    "duplicate_geometry": _t("The same geometry (within {tolerance} m) as {other}."),
    "overlap": _t(
        "{first} and {second} (both {classification}) overlap by about {area} m² "
        "({percent} % of the smaller)."
    ),
    "release_outside_hazard": _t(
        "About {area} m² ({percent} % of the release) lies outside every hazard."
    ),
    "unknown_hazard": _t("hazard_id '{hazard_id}' names no hazard of the hazard layer."),
    "release_larger_than_hazard": _t(
        "The release (about {area} m²) is larger than its hazard {hazard_id} "
        "(about {hazard_area} m²)."
    ),
    "cha_without_evidence": _t(
        "Confirmed hazardous area without a direct evidence point inside it."
    ),
    "missing_district": _t("The hazard has no district."),
    "no_district_field": _t("The hazard layer has no field district."),
    "missing_field": _t("{field} is empty."),
    "no_field": _t("The {layer} layer has no field {field}, mandatory in the data model."),
    "no_field_skipped": _t(
        "The {layer} layer has no field {field}, mandatory in the data model; not checked: {rules}."
    ),
    "date_order": _t("{later_field} {later} is before {earlier_field} {earlier}."),
    "outside_area": _t(
        "{feature} lies outside the programme's area ({area}): {count} of {total} vertices, the "
        "farthest at {lat_lon} (latitude, longitude), about {distance} km away. Check for a "
        "swapped latitude and longitude, a decimal comma, or a wrong UTM or Gauss–Krüger zone."
    ),
    "outside_area_point": _t(
        "{feature} lies at {lat_lon} (latitude, longitude), about {distance} km outside the "
        "programme's area ({area}). Check for a swapped latitude and longitude, a decimal comma, "
        "or a wrong UTM or Gauss–Krüger zone."
    ),
    "outside_area_not_finite": _t(
        "{feature} has a vertex whose coordinates are not numbers (NaN or infinite) or have no "
        "latitude and longitude; the programme's area is {area}. Correct or delete the vertex."
    ),
    "bad_code": _t(
        "{feature}: {field} '{value}' is not in its code list ({codes}): choose one of them."
    ),
    "bad_code_like": _t(
        "{feature}: {field} '{value}' is not in its code list ({codes}): did you mean "
        "'{suggestion}'? Codes are stored exactly as listed."
    ),
    "bad_date_future": _t(
        "{feature}: {field} {value} is after today ({today}): correct the date (a slip in the "
        "year or the month?)."
    ),
    "bad_date_early": _t(
        "{feature}: {field} {value} is before {earliest}: check the year (a slip in typing?)."
    ),
    "bad_date_unreadable": _t(
        "{feature}: {field} '{value}' is not a date in the form YYYY-MM-DD (e.g. 2023-06-30); "
        "such a value is read as empty: correct it."
    ),
    "bad_date_impossible": _t(
        "{feature}: {field} '{value}' names a day that does not exist: correct it (YYYY-MM-DD)."
    ),
    "multipart": _t(
        "{feature} has {count} separate parts (the smallest about {smallest} m²); it must be one "
        "polygon: split it into features with their own ids, or delete the stray part."
    ),
    "multipart_points": _t(
        "{feature} has {count} points; an evidence record is one point: split it into records "
        "with their own ids, or delete the stray point."
    ),
    "area_mismatch": _t(
        "{feature}: {field} is {stored} m², but its geometry measures {actual} m² on the WGS 84 "
        "ellipsoid ({percent} % apart): the geometry was changed without its area, or the area "
        "was typed. Set {field} to {actual}."
    ),
    "area_missing": _t(
        "{feature}: {field} is empty; its geometry measures {actual} m² on the WGS 84 ellipsoid. "
        "Set {field} to {actual}."
    ),
    "area_not_number": _t(
        "{feature}: {field} '{stored}' is not a number; its geometry measures {actual} m² on the "
        "WGS 84 ellipsoid. Set {field} to {actual}."
    ),
    "remaining_mismatch": _t(
        "{feature}: remaining_area_m2 {stored} m² and status {status} do not match its land "
        "releases as of {today}, which leave {expected} m² and status {expected_status} "
        "({count} release(s) counted; releases ending after today are not). A release was "
        "added, changed or deleted outside the plugin, or the figures were typed: set "
        "remaining_area_m2 to {expected} and status to {expected_status}, or correct the "
        "releases."
    ),
    "remaining_unknown": _t(
        "{feature}: its remaining area and status are not known (remaining_area_m2 {stored}, "
        "status {status}): a change to its land releases has not been accounted yet. As of "
        "{today} its releases leave {expected} m² and status {expected_status} ({count} "
        "release(s) counted; releases ending after today are not). Recompute them (opening a "
        "land release database with Land Release > Open Database… does), or set "
        "remaining_area_m2 to {expected} and status to {expected_status}."
    ),
    "log_no_entry": _t(
        "{feature} (fid {fid}) has no edit_log entry: it was written while the edit log's "
        "triggers were off or removed. Find out who wrote it and check it against the records."
    ),
    "log_deleted": _t(
        "{feature} (fid {fid}) exists, but its last edit_log entry ({entry}, {at}) records its "
        "deletion: it was put back without the edit log. Find out who did it and check it "
        "against the records."
    ),
    "log_differs": _t(
        "{feature} (fid {fid}) differs from its last edit_log entry ({entry}, {at}): "
        "{differences}. It was changed without the edit log (its triggers off or removed): "
        "find out who changed it, then restore or confirm the values."
    ),
    "log_unreadable_entry": _t(
        "{feature} (fid {fid}): its last edit_log entry ({entry}, {at}) holds no readable "
        "'after' JSON, so the row cannot be compared with it. Compare it with a backup."
    ),
    "log_orphan": _t(
        "edit_log entry {entry} ({at}) records the {action} of {layer} {feature} (uuid "
        "{uuid}), which does not exist: it was deleted without the edit log. Restore it from "
        "the entry's 'after' JSON, or find out who deleted it."
    ),
    "log_foreign": _t(
        "edit_log entry {entry} ({at}) was not written by the edit log's triggers: {problem}. "
        "Find out who wrote it."
    ),
    "log_gap": _t(
        "edit_log entries {first} to {last} are missing: they were deleted from the log (its "
        "triggers refuse this, so they were off or removed). The log no longer shows what "
        "happened then; compare it with a backup."
    ),
    "log_disorder": _t(
        "edit_log entry {entry} was written at {at}, before entry {previous} ({previous_at}) "
        "that precedes it: an entry was inserted or changed by hand, or computers with clocks "
        "that differ write to this database."
    ),
    "log_bad_time": _t("edit_log entry {entry} has no readable changed_at ('{value}')."),
    "log_trigger_missing": _t(
        "The edit log triggers {names} are missing from {database}: changes are not logged or "
        "the log is not protected. {remedy}"
    ),
    "log_trigger_disabled": _t(
        "The edit log triggers {names} of {database} are disabled: changes are not logged. {remedy}"
    ),
    "log_trigger_altered": _t(
        "The edit log triggers {names} of {database} are not the plugin's (their SQL differs): "
        "changes may not be logged. {remedy}"
    ),
    "log_remedy_gpkg": _t(
        "Open the database with Land Release > Open Database… to recreate them, and find out "
        "who changed them."
    ),
    "log_remedy_pg": _t(
        "Ask the database administrator to recreate them, and find out who changed them."
    ),
    "log_chain_missing": _t(
        "The edit log's hash chain (table edit_log_chain) is missing from {database}: the "
        "entries sealed so far can no longer be verified. Compare the log with a backup."
    ),
    "log_chain_changed": _t(
        "edit_log entry {entry} no longer matches the hash it was sealed with on {sealed}: it "
        "was changed afterwards, with the log's triggers off. Compare it with a backup."
    ),
    "log_chain_deleted": _t(
        "edit_log entry {entry}, sealed on {sealed}, is gone: it was deleted with the log's "
        "triggers off. Compare the log with a backup."
    ),
    "log_chain_inserted": _t(
        "edit_log entry {entry} lies among sealed entries but was never sealed: it was inserted "
        "later, out of order. Find out who wrote it."
    ),
    "log_chain_link": _t(
        "The seal of edit_log entry {entry} does not follow the seal of the entry before it: "
        "the hash chain was changed. Compare the log with a backup."
    ),
    "log_unreadable": _t("The edit log of {database} could not be read: {error}."),
    # notes (for the log, not findings)
    "note_no_type": _t(
        "cha_without_evidence not checked: the evidence layer has no field evidence_type."
    ),
    "note_no_dates": _t("date_order not checked on the {layer} layer: it has no field {field}."),
    "note_no_area_field": _t(
        "area_mismatch not checked on the {layer} layer: it has no field {field}."
    ),
    "note_no_crs": _t(
        "area_mismatch and remaining_mismatch not checked: the CRS of the geometries is not known."
    ),
    "note_no_remaining_field": _t(
        "remaining_mismatch not checked: the hazard layer has no field {field}."
    ),
    "note_no_releases": _t(
        "remaining_mismatch not checked: no land releases were given (RELEASES)."
    ),
    "note_no_outcome": _t(
        "remaining_mismatch not checked: the land release layer has no field outcome."
    ),
}


@dataclass(frozen=True)
class Finding:
    """One problem found: ``message`` is ``template`` filled with ``args`` (English)."""

    code: str
    severity: str
    layer: str
    index: Optional[int]  # position in the layer's arrays; None for the layer as a whole
    feature_id: Optional[str]  # the label given for that feature
    template: str
    args: Mapping[str, str] = field(default_factory=dict)
    x: float = math.nan
    y: float = math.nan
    fid: Optional[int] = None  # the row's key in its database where ``index`` is None (log rules)

    @property
    def message(self) -> str:
        return self.template.format(**self.args)


@dataclass(frozen=True)
class Note:
    """Something the log should say (a rule that could not run)."""

    template: str
    args: Mapping[str, str] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.args)


@dataclass
class LayerData:
    """One input layer: geometries (None where missing), labels and attribute columns.

    ``columns`` maps data model field names to one value per feature; it holds only the fields
    the input layer has. ``labels`` are what users see as the feature's id (its human id, or
    else its QGIS feature id as text).
    """

    name: str  # HAZARD, RELEASE or EVIDENCE
    geometries: np.ndarray
    labels: Sequence[str]
    columns: Mapping[str, Sequence] = field(default_factory=dict)

    def __post_init__(self):
        self.geometries = object_array(self.geometries)
        if len(self.labels) != len(self.geometries):
            raise ValueError("labels and geometries differ in length")
        for name, values in self.columns.items():
            if len(values) != len(self.geometries):
                raise ValueError(f"column {name} differs in length from the geometries")


@dataclass(frozen=True)
class UnloggedRow:
    """A row of a logged table whose last change has no matching edit_log entry."""

    layer: str  # HAZARD or RELEASE
    fid: int  # its key in the database
    uuid: Optional[str]
    label: str  # its hazard_id / release_id, or "fid N"
    reason: str  # "no_entry", "deleted", "differs" or "unreadable"
    entry: Optional[int] = None  # fid of its last edit_log entry
    entry_at: Optional[str] = None  # that entry's changed_at
    differences: tuple[tuple[str, object, object], ...] = ()  # (field, stored, logged)


@dataclass(frozen=True)
class LogEntryProblem:
    """An edit_log entry that names a row that does not exist, or was not written by the log's
    triggers (``problem`` says how; then ``feature`` and ``uuid`` may be None)."""

    entry: int
    at: Optional[str]
    layer: Optional[str]
    action: Optional[str]
    uuid: Optional[str]
    feature: Optional[str]  # the id named in the entry's JSON
    problem: Optional[str] = None  # None: the row does not exist


@dataclass(frozen=True)
class LogAudit:
    """What the adapter read of the edit log of one land release database: facts, turned into
    ``log_mismatch`` findings by :func:`check_edit_log`."""

    database: str  # for messages: a GeoPackage path or server/database/schema
    postgis: bool = False
    entries: int = 0
    unlogged: Sequence[UnloggedRow] = ()
    problems: Sequence[LogEntryProblem] = ()
    gaps: Sequence[tuple[int, int]] = ()  # (first, last) fid of the missing entries
    disorder: Sequence[tuple[int, str, int, str]] = ()  # (fid, at, previous fid, previous at)
    bad_times: Sequence[tuple[int, Optional[str]]] = ()  # (fid, changed_at as stored)
    missing_triggers: Sequence[str] = ()
    disabled_triggers: Sequence[str] = ()
    altered_triggers: Sequence[str] = ()
    chain_missing: bool = False
    chain_breaks: Sequence[tuple[int, str, Optional[str]]] = ()  # (fid, kind, sealed_at)
    error: Optional[str] = None  # the log could not be read: why


@dataclass
class CheckResult:
    findings: list[Finding]
    notes: list[Note]

    def counts(self) -> dict[str, int]:
        """Findings per code, in code order."""
        counts = Counter(f.code for f in self.findings)
        return {code: counts[code] for code in CODES if counts[code]}

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity == ERROR)

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.severity == WARNING)


# ---------------------------------------------------------------------------------------------
# The whole set
# ---------------------------------------------------------------------------------------------


def run_checks(
    hazards: Optional[LayerData] = None,
    releases: Optional[LayerData] = None,
    evidence: Optional[LayerData] = None,
    progress: Optional[Callable[[float], None]] = None,
    is_cancelled: Optional[Callable[[], bool]] = None,
    areas: Optional[Mapping[str, ProgrammeArea]] = None,
    crs=None,
    today: Optional[date] = None,
    logs: Sequence[LogAudit] = (),
) -> CheckResult:
    """Every check the given layers allow, findings sorted by layer, code and feature id.

    ``areas`` maps layer names (HAZARD, RELEASE, EVIDENCE) to the programme's area of that
    layer's data; ``outside_area`` runs for those layers. ``crs`` (anything
    ``pyproj.CRS.from_user_input`` reads) is the CRS of the geometries: ``outside_area``,
    ``area_mismatch`` and ``remaining_mismatch`` need it. ``today`` (default: the computer's
    date) is the day ``bad_date`` and ``remaining_mismatch`` compare with. ``logs``: one
    :class:`LogAudit` per database of the layers, for ``log_mismatch``."""
    if areas and crs is None:
        raise ValueError("outside_area needs the CRS of the geometries")
    today = today or date.today()
    findings: list[Finding] = []
    notes: list[Note] = []
    layers = [lyr for lyr in (hazards, releases, evidence) if lyr is not None]
    # Past the geometry and area rules, a geometry with a NaN or infinite coordinate (already
    # an invalid_geometry and outside_area finding) counts as missing: GEOS cannot repair it.
    finite = {lyr.name: _finite_geometries(lyr.geometries) for lyr in layers}
    steps = 5 * len(layers) + 5
    done = 0

    def step():
        nonlocal done
        if is_cancelled is not None and is_cancelled():
            raise Cancelled()
        done += 1
        if progress is not None:
            progress(100.0 * done / steps)

    needs_crs = False
    for lyr in layers:
        polygons = lyr.name != EVIDENCE
        columns = lyr.columns
        id_field = model.layer(lyr.name).id_field
        ids = columns.get(id_field)
        findings += check_geometries(lyr.name, lyr.geometries, lyr.labels, polygons=polygons)
        if areas and areas.get(lyr.name) is not None:
            findings += check_outside_area(
                lyr.name, lyr.geometries, lyr.labels, areas[lyr.name], crs, ids=ids
            )
        findings += check_multipart(lyr.name, finite[lyr.name], lyr.labels, ids=ids)
        step()
        findings += check_duplicate_geometries(lyr.name, finite[lyr.name], lyr.labels)
        step()
        findings += check_fields(lyr.name, columns, lyr.labels, finite[lyr.name])
        if id_field in columns:
            findings += check_duplicate_ids(
                lyr.name, id_field, columns[id_field], lyr.labels, finite[lyr.name]
            )
        findings += check_codes(lyr.name, columns, lyr.labels, finite[lyr.name])
        step()
        for earlier, later in DATE_ORDER.get(lyr.name, ()):
            missing = [f for f in (earlier, later) if f not in columns]
            if missing:
                args = {"layer": lyr.name, "field": missing[0]}
                notes.append(Note(MESSAGES["note_no_dates"], args))
                continue
            findings += check_dates(
                lyr.name,
                earlier,
                later,
                columns[earlier],
                columns[later],
                lyr.labels,
                finite[lyr.name],
            )
        findings += check_bad_dates(lyr.name, columns, lyr.labels, finite[lyr.name], today)
        step()
        area_field = AREA_FIELDS.get(lyr.name)
        if area_field is not None:
            if area_field not in columns:
                notes.append(
                    Note(MESSAGES["note_no_area_field"], {"layer": lyr.name, "field": area_field})
                )
            elif crs is None:
                needs_crs = True
            else:
                findings += check_area_mismatch(
                    lyr.name, finite[lyr.name], columns[area_field], lyr.labels, crs, ids=ids
                )
        step()

    if hazards is not None:
        classes = hazards.columns.get("classification")
        if "district" in hazards.columns:
            findings += check_missing_district(
                hazards.columns["district"], hazards.labels, finite[HAZARD]
            )
        else:
            findings.append(
                _finding("missing_district", HAZARD, None, None, MESSAGES["no_district_field"])
            )
        if classes is not None:
            findings += check_overlaps(finite[HAZARD], classes, hazards.labels)
    step()

    if hazards is not None and releases is not None:
        hazard_ids = hazards.columns.get("hazard_id")
        release_hazard_ids = releases.columns.get("hazard_id")
        findings += check_releases(
            finite[RELEASE],
            releases.labels,
            finite[HAZARD],
            release_hazard_ids=release_hazard_ids if hazard_ids is not None else None,
            hazard_ids=hazard_ids if release_hazard_ids is not None else None,
        )
    step()

    if hazards is not None and evidence is not None:
        classes = hazards.columns.get("classification")
        types = evidence.columns.get("evidence_type")
        if types is None:
            notes.append(Note(MESSAGES["note_no_type"]))
        elif classes is not None:
            findings += check_cha_evidence(
                finite[HAZARD], classes, hazards.labels, finite[EVIDENCE], types
            )
    step()

    if hazards is not None:
        remaining, note = _remaining_inputs(hazards, releases)
        if note is not None:
            notes.append(note)
        elif crs is None:
            needs_crs = True
        else:
            findings += check_remaining(
                finite[HAZARD],
                hazards.labels,
                remaining,
                hazards.columns.get("status"),
                finite[RELEASE],
                releases.columns["outcome"],
                releases.columns.get("end_date", [None] * len(releases.labels)),
                today,
                crs,
                ids=hazards.columns.get("hazard_id"),
                is_cancelled=is_cancelled,
                release_ids=releases.columns.get("release_id"),
            )
    if needs_crs:
        notes.append(Note(MESSAGES["note_no_crs"]))
    step()

    given = {lyr.name: lyr for lyr in layers}
    for audit in logs:
        findings += check_edit_log(audit, given)
    step()
    return CheckResult(sort_findings(findings), notes)


def _remaining_inputs(hazards: LayerData, releases: Optional[LayerData]):
    """(stored remaining areas, None) when remaining_mismatch can run, else (None, a Note)."""
    if "remaining_area_m2" not in hazards.columns:
        return None, Note(MESSAGES["note_no_remaining_field"], {"field": "remaining_area_m2"})
    if releases is None:
        return None, Note(MESSAGES["note_no_releases"])
    if "outcome" not in releases.columns:
        return None, Note(MESSAGES["note_no_outcome"])
    return hazards.columns["remaining_area_m2"], None


def sort_findings(findings: Sequence[Finding]) -> list[Finding]:
    """By layer, code, feature id (natural order), index, message."""
    return sorted(
        findings,
        key=lambda f: (
            f.layer,
            f.code,
            _natural(f.feature_id),
            -1 if f.index is None else f.index,
            f.message,
        ),
    )


# ---------------------------------------------------------------------------------------------
# Geometry checks of one layer
# ---------------------------------------------------------------------------------------------


def check_geometries(
    layer: str,
    geometries,
    labels: Sequence[str],
    polygons: bool = True,
    long_segment_m: float = LONG_SEGMENT_M,
) -> list[Finding]:
    """``invalid_geometry`` (with "no geometry"), and for polygons ``too_few_vertices`` and
    ``long_segment``."""
    geoms = object_array(geometries)
    findings: list[Finding] = []
    present = _present(geoms)
    for i in np.flatnonzero(~present):
        findings.append(_finding("invalid_geometry", layer, i, labels, MESSAGES["no_geometry"]))
    idx = np.flatnonzero(present)
    few = np.zeros(len(geoms), dtype=bool)
    if polygons and len(idx):
        rings = _rings(geoms, idx)
        counts = _distinct_vertices(rings)
        bad = counts < 3
        for r in np.flatnonzero(bad):
            i = int(rings.owner[r])
            if few[i]:
                continue
            few[i] = True
            xy = _first_xy(rings.geoms[r])
            findings.append(
                _finding(
                    "too_few_vertices",
                    layer,
                    i,
                    labels,
                    MESSAGES["too_few_vertices"],
                    {"count": str(int(counts[r]))},
                    xy,
                )
            )
        findings += _long_segments(layer, geoms, labels, rings, long_segment_m)
    check = idx[~few[idx]]
    reasons = shapely.is_valid_reason(geoms[check]) if len(check) else []
    for i, reason in zip(check, reasons):
        if reason is None or reason == "Valid Geometry":
            continue
        text, xy = _split_reason(reason)
        if math.isfinite(xy[0]) and math.isfinite(xy[1]):
            template = MESSAGES["invalid_geometry"]
            args = {"reason": text, "location": _xy_text(xy)}
        else:
            template, args, xy = MESSAGES["invalid_geometry_nowhere"], {"reason": text}, _NOWHERE
        findings.append(_finding("invalid_geometry", layer, i, labels, template, args, xy))
    return findings


def check_duplicate_geometries(
    layer: str, geometries, labels: Sequence[str], tolerance_m: float = DUPLICATE_TOLERANCE_M
) -> list[Finding]:
    """``duplicate_geometry`` on each geometry equal to an earlier one (naming the first)."""
    geoms = object_array(geometries)
    i, j = _equal_pairs(geoms, tolerance_m)
    if not len(i):
        return []
    first = {}
    for a, b in sorted(zip(i.tolist(), j.tolist())):
        first.setdefault(b, a)
    xy = _anchor_xy(geoms, np.array(sorted(first), dtype=int))
    return [
        _finding(
            "duplicate_geometry",
            layer,
            b,
            labels,
            MESSAGES["duplicate_geometry"],
            {"tolerance": f"{tolerance_m:g}", "other": str(labels[first[b]])},
            tuple(p),
        )
        for b, p in zip(sorted(first), xy)
    ]


def check_outside_area(
    layer: str,
    geometries,
    labels: Sequence[str],
    area: ProgrammeArea,
    crs,
    ids: Optional[Sequence] = None,
) -> list[Finding]:
    """``outside_area`` on every feature with a vertex outside ``area`` or not finite.

    ``crs`` is the CRS of ``geometries`` (anything ``pyproj.CRS.from_user_input`` reads); the
    vertices are turned into WGS 84 longitude and latitude all at once. The finding's point is
    the vertex farthest from the area (NaN when a vertex is not finite)."""
    geoms = object_array(geometries)
    idx = np.flatnonzero(_present(geoms))
    if not len(idx):
        return []
    xy, owner = shapely.get_coordinates(geoms[idx], return_index=True)
    lon, lat = _lon_lat(xy, crs)
    outside = ~area.contains_many(lon, lat)
    if not outside.any():
        return []
    total = np.bincount(owner, minlength=len(idx))
    count = np.bincount(owner[outside], minlength=len(idx))
    beyond = _degrees_beyond(area, lon, lat)  # inf where not finite, 0 inside
    order = np.lexsort((-beyond, owner))  # per feature, farthest vertex first
    first = order[np.r_[True, owner[order][1:] != owner[order][:-1]]]
    far = first[np.flatnonzero(count[owner[first]])]
    distance_km = _distance_to_area_km(area, lon[far], lat[far])
    findings = []
    for v, km in zip(far, distance_km):
        k = owner[v]
        i = int(idx[k])
        args = {"feature": _feature_text(layer, i, labels, ids), "area": area.describe()}
        if not math.isfinite(km):
            template, place = MESSAGES["outside_area_not_finite"], _NOWHERE
        else:
            args |= {"lat_lon": _lat_lon_text(lon[v], lat[v]), "distance": _number(km)}
            template = MESSAGES["outside_area_point" if total[k] == 1 else "outside_area"]
            args |= {"count": str(int(count[k])), "total": str(int(total[k]))}
            place = (float(xy[v, 0]), float(xy[v, 1]))
        findings.append(_finding("outside_area", layer, i, labels, template, args, place))
    return findings


def _lon_lat(xy: np.ndarray, crs) -> tuple[np.ndarray, np.ndarray]:
    """WGS 84 longitudes and latitudes of ``xy`` in ``crs``; NaN where PROJ cannot."""
    transformer = Transformer.from_crs(CRS.from_user_input(crs), WGS84, always_xy=True)
    with np.errstate(invalid="ignore"):
        lon, lat = transformer.transform(xy[:, 0], xy[:, 1], errcheck=False)
        lon, lat = np.array(lon, float, ndmin=1), np.array(lat, float, ndmin=1)
        bad = ~(np.isfinite(lon) & np.isfinite(lat) & (np.abs(lat) <= 90) & (np.abs(lon) <= 180))
    lon[bad], lat[bad] = np.nan, np.nan
    return lon, lat


def _degrees_beyond(area: ProgrammeArea, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """How far (roughly, in degrees) each point lies beyond the area; inf where not finite."""
    with np.errstate(invalid="ignore"):
        dlon = np.maximum(np.maximum(area.west - lon, lon - area.east), 0.0)
        dlat = np.maximum(np.maximum(area.south - lat, lat - area.north), 0.0)
        beyond = np.hypot(dlon * np.cos(np.radians(np.clip(lat, -90, 90))), dlat)
    return np.where(np.isfinite(beyond), beyond, np.inf)


def _distance_to_area_km(area: ProgrammeArea, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """The ellipsoidal distance (km) from each point to the nearest point of the area's box
    (approximately: to the point of the box at the nearest longitude and latitude)."""
    out = np.full(len(lon), np.inf)
    finite = np.isfinite(lon) & np.isfinite(lat)
    if finite.any():
        near_lon = np.clip(lon[finite], area.west, area.east)
        near_lat = np.clip(lat[finite], area.south, area.north)
        _az, _back, metres = _GEOD.inv(lon[finite], lat[finite], near_lon, near_lat)
        out[finite] = np.asarray(metres, float) / 1000.0
    return out


def _feature_text(layer: str, index: int, labels: Sequence[str], ids) -> str:
    """ "hazard_id H-01", or "fid 12" when the feature has no id (its label is its fid)."""
    if ids is not None and not _blank(ids[index]):
        return f"{model.layer(layer).id_field} {str(ids[index]).strip()}"
    return f"fid {labels[index]}"


def _lat_lon_text(lon: float, lat: float) -> str:
    """ "0.00040° N, 46.75000° E" (5 decimals: about a metre)."""
    ns, ew = "N" if lat >= 0 else "S", "E" if lon >= 0 else "W"
    return f"{abs(lat):.5f}° {ns}, {abs(lon):.5f}° {ew}"


# ---------------------------------------------------------------------------------------------
# Attribute checks of one layer
# ---------------------------------------------------------------------------------------------


def mandatory_fields(layer: str) -> tuple[str, ...]:
    """The fields of ``layer`` that the data model requires and nobody derives."""
    return tuple(f.name for f in model.layer(layer).fields if f.not_null and not f.derived)


def fields_used(layer: str) -> tuple[str, ...]:
    """The fields of ``layer`` that the checks read: the mandatory ones, then the others."""
    extra = {
        HAZARD: ("classification", "district", "estimated_area_m2", "remaining_area_m2"),
        RELEASE: ("area_m2", "end_date"),
        EVIDENCE: ("evidence_type",),
    }
    dates = tuple(name for pair in DATE_ORDER.get(layer, ()) for name in pair)
    more = coded_fields(layer) + date_fields(layer) + ("uuid",)
    return tuple(dict.fromkeys(mandatory_fields(layer) + extra.get(layer, ()) + dates + more))


def check_fields(
    layer: str, columns: Mapping[str, Sequence], labels: Sequence[str], geometries
) -> list[Finding]:
    """``missing_field``: a mandatory field the layer lacks (once), or NULL/empty on a feature."""
    geoms = object_array(geometries)
    findings: list[Finding] = []
    for name in mandatory_fields(layer):
        if name not in columns:
            rules = RULES_NEEDING.get((layer, name))
            if rules:
                template = MESSAGES["no_field_skipped"]
                args = {"layer": layer, "field": name, "rules": ", ".join(rules)}
            else:
                template, args = MESSAGES["no_field"], {"layer": layer, "field": name}
            findings.append(_finding("missing_field", layer, None, None, template, args))
            continue
        empty = np.flatnonzero([_blank(v) for v in columns[name]])
        xy = _anchor_xy(geoms, empty)
        findings += [
            _finding(
                "missing_field", layer, i, labels, MESSAGES["missing_field"], {"field": name}, p
            )
            for i, p in zip(empty, xy)
        ]
    return findings


def check_duplicate_ids(
    layer: str, id_field: str, ids: Sequence, labels: Sequence[str], geometries
) -> list[Finding]:
    """``duplicate_id`` on every feature whose id another feature has too (NULL ids skipped)."""
    keys = object_array([_key(v) for v in ids])
    filled = np.flatnonzero([k is not None for k in keys])
    if not len(filled):
        return []
    _unique, inverse, counts = np.unique(
        keys[filled].astype(str), return_inverse=True, return_counts=True
    )
    shared = filled[counts[inverse] > 1]
    xy = _anchor_xy(object_array(geometries), shared)
    return [
        _finding(
            "duplicate_id",
            layer,
            i,
            labels,
            MESSAGES["duplicate_id"],
            {"field": id_field, "value": str(ids[i]).strip(), "count": str(int(c))},
            p,
        )
        for i, c, p in zip(shared, counts[inverse][counts[inverse] > 1], xy)
    ]


def check_missing_district(districts: Sequence, labels: Sequence[str], geometries) -> list[Finding]:
    """``missing_district`` on every hazard with a NULL or empty district."""
    empty = np.flatnonzero([_blank(v) for v in districts])
    xy = _anchor_xy(object_array(geometries), empty)
    return [
        _finding("missing_district", HAZARD, i, labels, MESSAGES["missing_district"], {}, p)
        for i, p in zip(empty, xy)
    ]


def check_dates(
    layer: str,
    earlier_field: str,
    later_field: str,
    earlier: Sequence,
    later: Sequence,
    labels: Sequence[str],
    geometries,
) -> list[Finding]:
    """``date_order`` where ``later`` is before ``earlier`` (NULL or unreadable dates skipped).

    Values may be ``datetime.date``, ``datetime.datetime`` or ISO 8601 text; times are ignored.
    """
    first = np.array(_each(_as_day, earlier), dtype="datetime64[D]")
    second = np.array(_each(_as_day, later), dtype="datetime64[D]")
    if not len(first):
        return []
    bad = np.flatnonzero(second < first)  # NaT compares False
    xy = _anchor_xy(object_array(geometries), bad)
    return [
        _finding(
            "date_order",
            layer,
            i,
            labels,
            MESSAGES["date_order"],
            {
                "earlier_field": earlier_field,
                "later_field": later_field,
                "earlier": str(first[i]),
                "later": str(second[i]),
            },
            p,
        )
        for i, p in zip(bad, xy)
    ]


# ---------------------------------------------------------------------------------------------
# Integrity rules of one layer: codes, dates, parts, stored areas
# ---------------------------------------------------------------------------------------------

SHOWN_MAX = 60  # characters of a value quoted in a message


def coded_fields(layer: str) -> tuple[str, ...]:
    """The fields of ``layer`` that hold a code of a code list."""
    return tuple(f.name for f in model.layer(layer).fields if f.codes)


def date_fields(layer: str) -> tuple[str, ...]:
    """The date fields of ``layer`` (``model.DATE``)."""
    return tuple(f.name for f in model.layer(layer).fields if f.type == model.DATE)


def check_codes(
    layer: str, columns: Mapping[str, Sequence], labels: Sequence[str], geometries
) -> list[Finding]:
    """``bad_code`` on every non-blank value of a coded field that is not exactly a code of its
    list; a value that is one but for case and spaces gets the code as a suggestion."""
    definition = model.layer(layer)
    ids = columns.get(definition.id_field)
    hits: list[tuple[int, str, object, Optional[str]]] = []
    for f in definition.fields:
        if f.codes is None or f.name not in columns:
            continue
        codes = f.code_list.values()
        allowed = set(codes)
        folded = {c.casefold(): c for c in codes}
        if layer == HAZARD and f.name == "status":
            allowed.add(UNKNOWN_STATUS)  # waiting to be recomputed: remaining_mismatch says so
        for i, value in enumerate(columns[f.name]):
            if isinstance(value, str) and value in allowed or _blank(value):
                continue
            suggestion = folded.get(str(value).strip().casefold())
            hits.append((i, f.name, value, suggestion))
    xy = _anchor_xy(object_array(geometries), [h[0] for h in hits])
    findings = []
    for (i, name, value, suggestion), p in zip(hits, xy):
        args = {
            "feature": _feature_text(layer, i, labels, ids),
            "field": name,
            "value": _shown(value),
            "codes": ", ".join(definition.field(name).code_list.values()),
        }
        template = MESSAGES["bad_code"]
        if suggestion is not None:
            template, args["suggestion"] = MESSAGES["bad_code_like"], suggestion
        findings.append(_finding("bad_code", layer, i, labels, template, args, p))
    return findings


_ISO_DAY = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$"
)
_NUMERIC_DAY = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")


def read_day(value) -> tuple[str, Optional[date]]:
    """How a date field's value reads: ``("ok", day)``, ``("blank", None)``, ``("impossible",
    None)`` (a form the plugin reads, or a day-month form either way round, naming no real
    day: ``2020-02-31``, ``31.02.2020``) or ``("unreadable", None)`` (anything else: a
    day-month form ``01.02.2020`` that could be read both ways, a number, other text).
    Only YYYY-MM-DD, optionally followed by a time, is read."""
    if value is None:
        return "blank", None
    if isinstance(value, datetime):
        return "ok", value.date()
    if isinstance(value, date):
        return "ok", value
    if not isinstance(value, str):
        if isinstance(value, float) and math.isnan(value):
            return "blank", None
        return "unreadable", None
    text = value.strip()
    if not text:
        return "blank", None
    match = _ISO_DAY.match(text)
    if match:
        day = _day(*(int(g) for g in match.groups()))
        return ("ok", day) if day is not None else ("impossible", None)
    match = _NUMERIC_DAY.match(text)
    if match:
        a, b, year = (int(g) for g in match.groups())
        if _day(year, b, a) is None and _day(year, a, b) is None:
            return "impossible", None
    return "unreadable", None


def _read_days(values: Sequence) -> list[tuple[str, Optional[date]]]:
    """:func:`read_day` of each value."""
    return _each(read_day, values)


def _each(function: Callable, values: Sequence) -> list:
    """``function`` of each value, each distinct value computed once (dates repeat a lot)."""
    cache: dict = {}
    out = []
    for value in values:
        try:
            result = cache[value]
        except KeyError:
            result = cache[value] = function(value)
        except TypeError:  # unhashable
            result = function(value)
        out.append(result)
    return out


def _day(year: int, month: int, day: int) -> Optional[date]:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def check_bad_dates(
    layer: str,
    columns: Mapping[str, Sequence],
    labels: Sequence[str],
    geometries,
    today: date,
    earliest: date = MIN_DATE,
) -> list[Finding]:
    """``bad_date`` on every date field value after ``today``, before ``earliest`` (a
    warning) or not readable as a date (see :func:`read_day`)."""
    ids = columns.get(model.layer(layer).id_field)
    hits: list[tuple[int, str, str, dict]] = []
    for name in date_fields(layer):
        if name not in columns:
            continue
        for i, (kind, day) in enumerate(_read_days(columns[name])):
            value = columns[name][i]
            if kind == "ok" and day > today:
                hits.append((i, name, "bad_date_future", {"value": day.isoformat()}))
            elif kind == "ok" and day < earliest:
                hits.append((i, name, "bad_date_early", {"value": day.isoformat()}))
            elif kind in ("unreadable", "impossible"):
                hits.append((i, name, f"bad_date_{kind}", {"value": _shown(value)}))
    xy = _anchor_xy(object_array(geometries), [h[0] for h in hits])
    findings = []
    for (i, name, key, args), p in zip(hits, xy):
        args |= {
            "feature": _feature_text(layer, i, labels, ids),
            "field": name,
            "today": today.isoformat(),
            "earliest": earliest.isoformat(),
        }
        severity = WARNING if key == "bad_date_early" else None
        findings.append(
            _finding("bad_date", layer, i, labels, MESSAGES[key], args, p, severity=severity)
        )
    return findings


def check_multipart(
    layer: str, geometries, labels: Sequence[str], ids: Optional[Sequence] = None
) -> list[Finding]:
    """``multipart`` on every feature with more than one non-empty part; the point is on the
    smallest polygon (for points, the last point)."""
    geoms = object_array(geometries)
    idx = np.flatnonzero(_present(geoms))
    if not len(idx):
        return []
    several = idx[shapely.get_num_geometries(geoms[idx]) > 1]
    findings = []
    for i in several:
        parts = shapely.get_parts(geoms[i])
        parts = parts[~shapely.is_empty(parts)]
        if len(parts) < 2:
            continue
        args = {"feature": _feature_text(layer, i, labels, ids), "count": str(len(parts))}
        polygonal = shapely.get_type_id(parts) == 3
        if polygonal.any():
            sizes = np.where(polygonal, shapely.area(parts), np.inf)
            stray = parts[int(np.argmin(sizes))]
            args["smallest"] = _number(float(np.min(sizes)))
            template = MESSAGES["multipart"]
            xy = _anchor_xy(np.array([stray], dtype=object), [0])[0]
        else:
            template = MESSAGES["multipart_points"]
            xy = _first_xy(parts[-1])
        findings.append(_finding("multipart", layer, i, labels, template, args, tuple(xy)))
    return findings


def check_area_mismatch(
    layer: str,
    geometries,
    stored: Sequence,
    labels: Sequence[str],
    crs,
    ids: Optional[Sequence] = None,
    share: float = AREA_MISMATCH_SHARE,
) -> list[Finding]:
    """``area_mismatch`` where the stored area (``stored``, one value per feature) is NULL, not
    a number, or differs from the ellipsoidal area of the valid polygonal geometry by more than
    ``share`` of it (and ``AREA_ROUNDING_M2``). Features without a usable geometry are left to
    ``invalid_geometry``."""
    geoms = object_array(geometries)
    present = _present(geoms)
    idx = np.flatnonzero(present)
    if not len(idx):
        return []
    usable = shapely.is_valid(geoms[idx]) & np.isin(shapely.get_type_id(geoms[idx]), (3, 6))
    idx = idx[usable]
    if not len(idx):
        return []
    actual = ellipsoidal_areas(geoms[idx], crs)
    values = [_stored_number(stored[i]) for i in idx]
    number = np.array([v if isinstance(v, float) else np.nan for v in values])
    tolerance = np.maximum(share * actual, AREA_ROUNDING_M2)
    with np.errstate(invalid="ignore"):
        gap = np.abs(number - actual)
        near = np.isfinite(gap) & (np.abs(gap - tolerance) < 0.25 * tolerance)
    if near.any():  # close to the threshold: the geodesic area decides
        actual[near] = ellipsoidal_areas(geoms[idx[near]], crs, exact=True)
        tolerance = np.maximum(share * actual, AREA_ROUNDING_M2)
        gap = np.abs(number - actual)
    with np.errstate(invalid="ignore"):
        flagged = np.flatnonzero(~np.isfinite(gap) | (gap > tolerance))
    xy = _anchor_xy(geoms, idx[flagged])
    field_name = AREA_FIELDS.get(layer, "area_m2")
    findings = []
    for k, p in zip(flagged, xy):
        i = int(idx[k])
        args = {
            "feature": _feature_text(layer, i, labels, ids),
            "field": field_name,
            "actual": f"{actual[k]:.2f}",
        }
        value = values[k]
        if value is None:
            template = MESSAGES["area_missing"]
        elif not isinstance(value, float) or not math.isfinite(value):
            template, args["stored"] = MESSAGES["area_not_number"], _shown(stored[i])
        else:
            template = MESSAGES["area_mismatch"]
            args["stored"] = f"{value:.2f}"
            args["percent"] = f"{100.0 * gap[k] / actual[k]:.2f}" if actual[k] > 0 else "100"
        findings.append(_finding("area_mismatch", layer, i, labels, template, args, p))
    return findings


def _stored_number(value):
    """A stored figure as a float (NaN and infinities kept), None when blank, else the value
    itself (not a number)."""
    if _blank(value) and not isinstance(value, float):
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip())
        except ValueError:
            return value
    return value


def ellipsoidal_areas(geometries, crs, exact: bool = False) -> np.ndarray:
    """The area on the WGS 84 ellipsoid (m²) of each (multi)polygon of ``geometries`` given in
    ``crs``; 0 for None, empty and non-polygonal geometries, NaN where the coordinates cannot
    be turned into longitude and latitude.

    In a projected CRS, a geometry smaller than ``EXACT_EXTENT_M`` across gets its planar area
    divided by the CRS's areal scale factor at its centroid (vectorised; within about 1e-7 of
    the geodesic area for LOC-sized polygons); larger ones, all of them in a geographic CRS,
    and all with ``exact``, get the geodesic area of their vertices (``pyproj.Geod``)."""
    geoms = object_array(geometries)
    out = np.zeros(len(geoms))
    if not len(geoms):
        return out
    planar = shapely.area(geoms)
    idx = np.flatnonzero(np.nan_to_num(planar) > 0)
    if not len(idx):
        return out
    source = CRS.from_user_input(crs)
    to_lonlat = Transformer.from_crs(source, WGS84, always_xy=True)
    todo = idx
    if source.is_projected and not exact:
        bounds = shapely.bounds(geoms[idx])
        extent = np.hypot(bounds[:, 2] - bounds[:, 0], bounds[:, 3] - bounds[:, 1])
        centre = shapely.get_coordinates(shapely.centroid(geoms[idx]))
        scale = _areal_scale(source, to_lonlat, centre)
        with np.errstate(invalid="ignore", divide="ignore"):
            approx = planar[idx] / scale
        out[idx] = approx
        todo = idx[(extent > EXACT_EXTENT_M) | ~np.isfinite(approx) | ~(approx > 0)]
    for i in todo:
        out[i] = _geodesic_area(geoms[i], to_lonlat)
    return out


def _areal_scale(source: CRS, to_lonlat: Transformer, xy: np.ndarray) -> np.ndarray:
    """The areal scale factor of the projected CRS ``source`` at each point (NaN if unknown)."""
    with np.errstate(invalid="ignore"):
        lon, lat = to_lonlat.transform(xy[:, 0], xy[:, 1], errcheck=False)
    try:
        factors = Proj(source).get_factors(
            np.asarray(lon, float), np.asarray(lat, float), errcheck=False
        )
    except Exception:  # noqa: BLE001 - a CRS PROJ has no factors for: geodesic areas instead
        return np.full(len(xy), np.nan)
    return np.asarray(factors.areal_scale, dtype=float)


def _geodesic_area(geometry, to_lonlat: Transformer) -> float:
    """The geodesic area (m²) of a (multi)polygon's vertices on WGS 84, holes subtracted."""

    def lonlat(xy: np.ndarray) -> np.ndarray:
        with np.errstate(invalid="ignore"):
            lon, lat = to_lonlat.transform(xy[:, 0], xy[:, 1], errcheck=False)
        return np.column_stack([lon, lat])

    total = 0.0
    for part in shapely.get_parts(geometry):
        if shapely.get_type_id(part) != 3 or part.is_empty:
            continue
        rings = [part.exterior, *part.interiors]
        areas = []
        for ring in rings:
            xy = lonlat(shapely.get_coordinates(ring))
            if not np.isfinite(xy).all():
                return math.nan
            areas.append(abs(_GEOD.polygon_area_perimeter(xy[:, 0], xy[:, 1])[0]))
        total += areas[0] - sum(areas[1:])
    return total


# ---------------------------------------------------------------------------------------------
# Checks between features and layers
# ---------------------------------------------------------------------------------------------


def check_overlaps(
    geometries,
    classifications: Sequence,
    labels: Sequence[str],
    min_share: float = OVERLAP_SHARE,
    layer: str = HAZARD,
) -> list[Finding]:
    """``overlap``: hazards of the same classification sharing more than ``min_share`` of the
    smaller one's area; one finding per pair (on the first), duplicates left out."""
    geoms = object_array(geometries)
    fixed = _valid_polygons(geoms)
    classes = object_array([_code(c) for c in classifications])
    idx = np.flatnonzero(_present(fixed) & np.array([c is not None for c in classes], dtype=bool))
    if len(idx) < 2:
        return []
    tree = shapely.STRtree(fixed[idx])
    a, b = tree.query(fixed[idx], predicate="intersects")
    keep = a < b
    a, b = idx[a[keep]], idx[b[keep]]
    same = classes[a] == classes[b]
    a, b = a[same], b[same]
    if not len(a):
        return []
    overlap = _intersections(fixed[a], fixed[b])
    areas = shapely.area(fixed)
    overlap_area = shapely.area(overlap)
    smaller = np.minimum(areas[a], areas[b])
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(smaller > 0, overlap_area / smaller, 0.0)
    hit = np.flatnonzero(np.nan_to_num(share) > min_share)
    if not len(hit):
        return []
    duplicate = shapely.equals_exact(
        shapely.normalize(geoms[a[hit]]),
        shapely.normalize(geoms[b[hit]]),
        tolerance=DUPLICATE_TOLERANCE_M,
    )
    hit = hit[~duplicate]
    xy = shapely.get_coordinates(shapely.point_on_surface(overlap[hit]))
    return [
        _finding(
            "overlap",
            layer,
            int(a[k]),
            labels,
            MESSAGES["overlap"],
            {
                "first": str(labels[a[k]]),
                "second": str(labels[b[k]]),
                "classification": str(classes[a[k]]),
                "area": _number(overlap_area[k]),
                "percent": f"{100.0 * share[k]:.1f}",
            },
            tuple(p),
        )
        for k, p in zip(hit, xy)
    ]


def check_releases(
    release_geometries,
    release_labels: Sequence[str],
    hazard_geometries,
    release_hazard_ids: Optional[Sequence] = None,
    hazard_ids: Optional[Sequence] = None,
    outside_min_m2: float = OUTSIDE_MIN_M2,
    outside_min_share: float = OUTSIDE_MIN_SHARE,
    larger_min_m2: float = LARGER_MIN_M2,
) -> list[Finding]:
    """``release_outside_hazard``; with both id columns also ``unknown_hazard`` and
    ``release_larger_than_hazard``."""
    releases = _valid_polygons(object_array(release_geometries))
    hazards = _valid_polygons(object_array(hazard_geometries))
    findings = _outside(releases, release_labels, hazards, outside_min_m2, outside_min_share)
    if release_hazard_ids is None or hazard_ids is None:
        return findings
    first: dict[str, int] = {}
    for i, value in enumerate(hazard_ids):
        key = _key(value)
        if key is not None:
            first.setdefault(key, i)
    release_area = shapely.area(releases)
    hazard_area = shapely.area(hazards)
    unknown, larger = [], []
    for i, value in enumerate(release_hazard_ids):
        key = _key(value)
        if key is None:
            continue  # missing_field
        h = first.get(key)
        if h is None:
            unknown.append(i)
        elif (
            releases[i] is not None
            and hazards[h] is not None
            and release_area[i] > hazard_area[h] + larger_min_m2
        ):
            larger.append((i, h))
    xy = _anchor_xy(releases, np.array(unknown, dtype=int))
    findings += [
        _finding(
            "unknown_hazard",
            RELEASE,
            i,
            release_labels,
            MESSAGES["unknown_hazard"],
            {"hazard_id": str(release_hazard_ids[i]).strip()},
            p,
        )
        for i, p in zip(unknown, xy)
    ]
    xy = _anchor_xy(releases, np.array([i for i, _ in larger], dtype=int))
    findings += [
        _finding(
            "release_larger_than_hazard",
            RELEASE,
            i,
            release_labels,
            MESSAGES["release_larger_than_hazard"],
            {
                "area": _number(release_area[i]),
                "hazard_id": str(hazard_ids[h]).strip(),
                "hazard_area": _number(hazard_area[h]),
            },
            p,
        )
        for (i, h), p in zip(larger, xy)
    ]
    return findings


def check_cha_evidence(
    hazard_geometries,
    classifications: Sequence,
    labels: Sequence[str],
    evidence_geometries,
    evidence_types: Sequence,
) -> list[Finding]:
    """``cha_without_evidence``: CHAs holding no direct evidence point (boundary included)."""
    hazards = _valid_polygons(object_array(hazard_geometries))
    is_cha = np.array([_code(c) == "CHA" for c in classifications], dtype=bool)
    cha = np.flatnonzero(is_cha & _present(hazards))
    if not len(cha):
        return []
    points = object_array(evidence_geometries)
    direct = np.array([_text(t) in model.DIRECT_EVIDENCE_TYPES for t in evidence_types], dtype=bool)
    points = points[direct & _present(points)] if len(points) else points
    held = np.zeros(len(hazards), dtype=bool)
    if len(points):
        tree = shapely.STRtree(points)
        c, _p = tree.query(hazards[cha], predicate="intersects")
        held[cha[c]] = True
    lonely = cha[~held[cha]]
    xy = _anchor_xy(hazards, lonely)
    return [
        _finding("cha_without_evidence", HAZARD, i, labels, MESSAGES["cha_without_evidence"], {}, p)
        for i, p in zip(lonely, xy)
    ]


def check_remaining(
    hazard_geometries,
    labels: Sequence[str],
    remaining: Sequence,
    statuses: Optional[Sequence],
    release_geometries,
    outcomes: Sequence,
    end_dates: Sequence,
    today: date,
    crs,
    ids: Optional[Sequence] = None,
    is_cancelled: Optional[Callable[[], bool]] = None,
    release_ids: Optional[Sequence] = None,
) -> list[Finding]:
    """``remaining_mismatch``: each hazard with a geometry whose stored remaining area (NULL
    included) or status (when ``statuses`` is given) is not what its releases give as of
    ``today``, by the rule every writer of the figures follows (:func:`core.derived.
    hazard_figures`: the accounting with ellipsoidal areas; releases ending after ``today``
    not counted, releases without an end date counted). A hazard whose figures cannot be known
    (a release over it has an unreadable end date: ``bad_date`` says so) is not compared."""
    from .derived import StoredRelease, hazard_figures

    hazards = object_array(hazard_geometries)
    releases = object_array(release_geometries)
    present = np.flatnonzero(_present(hazards))
    if not len(present):
        return []
    if is_cancelled is not None and is_cancelled():
        raise Cancelled()
    usable = _present(releases)
    stored_releases = [
        StoredRelease(
            releases[r] if usable[r] else None,
            outcomes[r],
            end_dates[r],
            None if release_ids is None else _text(release_ids[r]),
        )
        for r in range(len(releases))
    ]
    area = lambda g: ellipsoidal_areas(g, crs)  # noqa: E731
    due = hazard_figures(hazards[present], stored_releases, today, area=area)
    if is_cancelled is not None and is_cancelled():
        raise Cancelled()
    original = area(hazards[present])
    over = _counted_over(hazards[present], releases, stored_releases, today)
    findings = []
    for k, i in enumerate(present):
        figures = due[k]
        if not figures.known:
            continue  # a release's end date cannot be read: bad_date
        expected = figures.remaining_m2
        stored = _stored_number(remaining[i])
        status = _text(statuses[i]) if statuses is not None else None
        tolerance = max(REMAINING_MIN_M2, REMAINING_SHARE * original[k])
        number = isinstance(stored, float) and math.isfinite(stored)
        if (
            number
            and abs(stored - expected) <= tolerance
            and (statuses is None or status == figures.status)
        ):
            continue
        args = {
            "feature": _feature_text(HAZARD, int(i), labels, ids),
            "status": status if status is not None else "NULL",
            "today": today.isoformat(),
            "expected": f"{expected:.2f}",
            "expected_status": figures.status,
            "count": str(int(over[k])),
        }
        args["stored"] = (
            "NULL" if stored is None else f"{stored:.2f}" if number else f"'{_shown(remaining[i])}'"
        )
        unknown = stored is None or status == UNKNOWN_STATUS
        template = MESSAGES["remaining_unknown" if unknown else "remaining_mismatch"]
        xy = _anchor_xy(hazards, [i])[0]
        findings.append(
            _finding(
                "remaining_mismatch",
                HAZARD,
                int(i),
                labels,
                template,
                args,
                tuple(xy),
                severity=WARNING if unknown else None,
            )
        )
    return findings


def _counted_over(hazards: np.ndarray, releases: np.ndarray, stored, today: date) -> np.ndarray:
    """For each hazard, how many releases that count today meet its interior."""
    from .derived import counts_on

    counted = np.array(
        [
            bool(counts_on(r, today))
            and isinstance(r.outcome, str)
            and r.outcome.strip().lower() in model.OUTCOME_STRENGTH
            for r in stored
        ],
        dtype=bool,
    ) & _present(releases)
    idx = np.flatnonzero(counted)
    if not len(idx) or not len(hazards):
        return np.zeros(len(hazards), dtype=int)
    counted_releases = _valid_polygons(releases[idx])
    fixed = _valid_polygons(hazards)
    h, r = shapely.STRtree(counted_releases).query(fixed, predicate="intersects")
    inside = ~shapely.touches(fixed[h], counted_releases[r])
    return np.bincount(h[inside], minlength=len(hazards))


# ---------------------------------------------------------------------------------------------
# The edit log
# ---------------------------------------------------------------------------------------------

LOG = "edit_log"
LOG_DIFFERENCES_SHOWN = 5  # fields named in a log_differs message


def check_edit_log(
    audit: LogAudit, layers: Optional[Mapping[str, LayerData]] = None
) -> list[Finding]:
    """``log_mismatch`` findings from what the adapter read of one database's edit log. A row
    of a logged table is placed on the feature of ``layers`` with the same ``uuid`` (when the
    layer is given and has that column); entries and the log as a whole are on the layer
    ``edit_log``, with the entry's fid as ``fid``."""
    layers = layers or {}
    db = {"database": audit.database}
    if audit.error is not None:
        return [_log_finding(MESSAGES["log_unreadable"], db | {"error": audit.error})]
    findings = []
    remedy = MESSAGES["log_remedy_pg" if audit.postgis else "log_remedy_gpkg"]
    for names, key in (
        (audit.missing_triggers, "log_trigger_missing"),
        (audit.disabled_triggers, "log_trigger_disabled"),
        (audit.altered_triggers, "log_trigger_altered"),
    ):
        if names:
            args = db | {"names": ", ".join(names), "remedy": remedy}
            findings.append(_log_finding(MESSAGES[key], args))
    if audit.chain_missing:
        findings.append(_log_finding(MESSAGES["log_chain_missing"], db))
    places = {name: _uuid_index(lyr) for name, lyr in layers.items()}
    for row in audit.unlogged:
        findings.append(_unlogged_finding(row, layers.get(row.layer), places.get(row.layer, {})))
    for entry in audit.problems:
        args = {"entry": str(entry.entry), "at": entry.at or "?"}
        if entry.problem is not None:
            template, args["problem"] = MESSAGES["log_foreign"], entry.problem
        else:
            template = MESSAGES["log_orphan"]
            args |= {
                "action": entry.action or "?",
                "layer": entry.layer or "?",
                "feature": entry.feature or "?",
                "uuid": entry.uuid or "?",
            }
        findings.append(_log_finding(template, args, entry.entry))
    for first, last in audit.gaps:
        args = {"first": str(first), "last": str(last)}
        findings.append(_log_finding(MESSAGES["log_gap"], args, first))
    for fid, at, previous, previous_at in audit.disorder:
        args = {"entry": str(fid), "at": at, "previous": str(previous), "previous_at": previous_at}
        findings.append(_log_finding(MESSAGES["log_disorder"], args, fid))
    for fid, value in audit.bad_times:
        args = {"entry": str(fid), "value": _shown(value) if value is not None else "NULL"}
        findings.append(_log_finding(MESSAGES["log_bad_time"], args, fid))
    for fid, kind, sealed in audit.chain_breaks:
        args = {"entry": str(fid), "sealed": sealed or "?"}
        findings.append(_log_finding(MESSAGES[f"log_chain_{kind}"], args, fid))
    return findings


def _log_finding(template: str, args: Mapping[str, str], fid: Optional[int] = None) -> Finding:
    return Finding(
        code="log_mismatch",
        severity=CODES["log_mismatch"],
        layer=LOG,
        index=None,
        feature_id=None if fid is None else str(fid),
        template=template,
        args=dict(args),
        fid=fid,
    )


def _uuid_index(lyr: LayerData) -> dict[str, int]:
    uuids = lyr.columns.get("uuid")
    if uuids is None:
        return {}
    return {str(u).strip(): i for i, u in enumerate(uuids) if not _blank(u)}


def _unlogged_finding(row: UnloggedRow, lyr: Optional[LayerData], places) -> Finding:
    id_field = model.layer(row.layer).id_field
    feature = f"{id_field} {row.label}" if not row.label.startswith("fid ") else row.label
    args = {
        "feature": feature,
        "fid": str(row.fid),
        "entry": str(row.entry) if row.entry is not None else "?",
        "at": row.entry_at or "?",
    }
    key = {
        "no_entry": "log_no_entry",
        "deleted": "log_deleted",
        "differs": "log_differs",
        "unreadable": "log_unreadable_entry",
    }[row.reason]
    if row.reason == "differs":
        shown = [
            name
            if name == "geom"
            else f"{name} {_shown_value(stored)} (log: {_shown_value(logged)})"
            for name, stored, logged in row.differences[:LOG_DIFFERENCES_SHOWN]
        ]
        more = len(row.differences) - LOG_DIFFERENCES_SHOWN
        args["differences"] = "; ".join(shown) + (f"; +{more}" if more > 0 else "")
    index = places.get(row.uuid) if row.uuid is not None else None
    xy = _anchor_xy(lyr.geometries, [index])[0] if index is not None else _NOWHERE
    return Finding(
        code="log_mismatch",
        severity=CODES["log_mismatch"],
        layer=row.layer,
        index=index,
        feature_id=str(lyr.labels[index]) if index is not None else row.label,
        template=MESSAGES[key],
        args=args,
        x=float(xy[0]),
        y=float(xy[1]),
        fid=row.fid,
    )


def _shown_value(value) -> str:
    """A stored or logged value in a log message: NULL, a number as written, text quoted."""
    if value is None:
        return "NULL"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):
        return f"'{_shown(value)}'"
    return _shown(value)


# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------


@dataclass
class _Rings:
    geoms: np.ndarray  # LinearRings
    owner: np.ndarray  # index of the feature each ring belongs to
    xy: np.ndarray  # all vertices, rings one after the other (closing vertex repeated)
    ring_of: np.ndarray  # ring index of each vertex


def _rings(geoms: np.ndarray, idx: np.ndarray) -> _Rings:
    parts, part_owner = shapely.get_parts(geoms[idx], return_index=True)
    polygonal = shapely.get_type_id(parts) == 3
    parts, part_owner = parts[polygonal], part_owner[polygonal]
    rings, ring_part = shapely.get_rings(parts, return_index=True)
    owner = idx[part_owner[ring_part]] if len(rings) else np.empty(0, dtype=int)
    if len(rings):
        xy, ring_of = shapely.get_coordinates(rings, return_index=True)
    else:
        xy, ring_of = np.empty((0, 2)), np.empty(0, dtype=int)
    return _Rings(rings, owner, xy, ring_of)


def _distinct_vertices(rings: _Rings) -> np.ndarray:
    """The number of distinct vertices of each ring."""
    n = len(rings.geoms)
    if not len(rings.xy):
        return np.zeros(n, dtype=int)
    order = np.lexsort((rings.xy[:, 1], rings.xy[:, 0], rings.ring_of))
    ring = rings.ring_of[order]
    xy = rings.xy[order]
    new = np.ones(len(order), dtype=bool)
    new[1:] = (ring[1:] != ring[:-1]) | np.any(xy[1:] != xy[:-1], axis=1)
    return np.bincount(ring[new], minlength=n)


def _long_segments(layer, geoms, labels, rings: _Rings, limit: float) -> list[Finding]:
    if len(rings.xy) < 2:
        return []
    d = np.diff(rings.xy, axis=0)
    length = np.hypot(d[:, 0], d[:, 1])
    same_ring = rings.ring_of[1:] == rings.ring_of[:-1]
    with np.errstate(invalid="ignore"):  # NaN and infinite vertices are invalid_geometry
        long = np.flatnonzero(same_ring & np.isfinite(length) & (length > limit))
    if not len(long):
        return []
    owner = rings.owner[rings.ring_of[long]]
    findings = []
    for i in np.unique(owner):
        mine = long[owner == i]
        k = mine[np.argmax(length[mine])]
        vertices = shapely.get_coordinates(geoms[i])
        centre = np.median(vertices, axis=0)
        ends = rings.xy[[k, k + 1]]
        stray = ends[np.argmax(np.hypot(*(ends - centre).T))]
        findings.append(
            _finding(
                "long_segment",
                layer,
                int(i),
                labels,
                MESSAGES["long_segment"],
                {
                    "count": str(len(mine)),
                    "limit": _number(limit),
                    "length": _number(length[k]),
                },
                (float(stray[0]), float(stray[1])),
            )
        )
    return findings


def _equal_pairs(geoms: np.ndarray, tolerance: float):
    """Index pairs (i < j) of geometries equal within ``tolerance`` after normalising."""
    idx = np.flatnonzero(_present(geoms))
    empty = np.empty(0, dtype=int)
    if len(idx) < 2:
        return empty, empty
    g = geoms[idx]
    bounds = shapely.bounds(g)
    boxes = shapely.box(
        bounds[:, 0] - tolerance,
        bounds[:, 1] - tolerance,
        bounds[:, 2] + tolerance,
        bounds[:, 3] + tolerance,
    )
    a, b = shapely.STRtree(g).query(boxes)
    keep = a < b
    a, b = a[keep], b[keep]
    close = np.all(np.abs(bounds[a] - bounds[b]) <= tolerance, axis=1)
    a, b = a[close], b[close]
    if not len(a):
        return empty, empty
    involved = np.unique(np.concatenate([a, b]))
    normal = np.empty(len(g), dtype=object)
    normal[involved] = shapely.normalize(g[involved])
    equal = shapely.equals_exact(normal[a], normal[b], tolerance=tolerance)
    return idx[a[equal]], idx[b[equal]]


def _finite_geometries(geoms: np.ndarray) -> np.ndarray:
    """``geoms`` with None for every geometry that has a NaN or infinite coordinate."""
    idx = np.flatnonzero(_present(geoms))
    if not len(idx):
        return geoms
    xy, owner = shapely.get_coordinates(geoms[idx], return_index=True)
    bad = np.unique(owner[~np.isfinite(xy).all(axis=1)])
    if not len(bad):
        return geoms
    out = np.array(geoms, dtype=object, copy=True)
    out[idx[bad]] = None
    return out


def _valid_polygons(geoms: np.ndarray) -> np.ndarray:
    """Valid polygonal versions (``make_valid``, polygonal parts kept), None where missing."""
    out = np.array(geoms, dtype=object, copy=True)
    present = _present(out)
    idx = np.flatnonzero(present)
    if not len(idx):
        return out
    invalid = idx[~shapely.is_valid(out[idx])]
    for i in invalid:
        out[i] = _polygonal(out[i])
    return out


def _polygonal(geometry):
    try:  # shapely >= 2.1 with GEOS >= 3.10: polygons stay polygons
        fixed = shapely.make_valid(geometry, method="structure", keep_collapsed=False)
    except Exception:  # noqa: BLE001 - TypeError (shapely 2.0), UnsupportedGEOSVersionError
        fixed = shapely.make_valid(geometry)
    if shapely.get_type_id(fixed) in (3, 6) or fixed.is_empty:
        return fixed
    parts = [p for p in shapely.get_parts(fixed) if shapely.get_type_id(p) in (3, 6)]
    if not parts:
        return shapely.Polygon()
    return shapely.union_all(parts)


def _intersections(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    try:
        return shapely.intersection(a, b)
    except shapely.errors.GEOSException:  # rare robustness failure: pair by pair
        out = np.empty(len(a), dtype=object)
        for k, (x, y) in enumerate(zip(a, b)):
            try:
                out[k] = shapely.intersection(x, y)
            except shapely.errors.GEOSException:
                out[k] = shapely.intersection(shapely.set_precision(x, 1e-3), y)
        return out


def _outside(releases, labels, hazards, min_m2, min_share) -> list[Finding]:
    idx = np.flatnonzero(_present(releases))
    if not len(idx):
        return []
    h_idx = np.flatnonzero(_present(hazards))
    outside = np.array(releases[idx], dtype=object, copy=True)  # no hazard: all of it
    if len(h_idx):
        r, h = shapely.STRtree(hazards[h_idx]).query(releases[idx], predicate="intersects")
        h = h_idx[h]
        order = np.argsort(r, kind="stable")
        r, h = r[order], h[order]
        counts = np.bincount(r, minlength=len(idx))
        start = np.concatenate([[0], np.cumsum(counts)[:-1]])
        single = np.flatnonzero(counts == 1)
        if len(single):
            outside[single] = shapely.difference(releases[idx[single]], hazards[h[start[single]]])
        for k in np.flatnonzero(counts > 1):
            mine = hazards[h[start[k] : start[k] + counts[k]]]
            outside[k] = shapely.difference(releases[idx[k]], shapely.union_all(mine))
    area_out = shapely.area(outside)
    area = shapely.area(releases[idx])
    hit = np.flatnonzero((area_out > min_m2) & (area_out > min_share * area))
    xy = shapely.get_coordinates(shapely.point_on_surface(outside[hit])) if len(hit) else []
    return [
        _finding(
            "release_outside_hazard",
            RELEASE,
            int(idx[k]),
            labels,
            MESSAGES["release_outside_hazard"],
            {
                "area": _number(area_out[k]),
                "percent": f"{100.0 * area_out[k] / area[k]:.1f}" if area[k] > 0 else "100",
            },
            tuple(p),
        )
        for k, p in zip(hit, xy)
    ]


def _finding(
    code, layer, index, labels, template, args=None, xy=(math.nan, math.nan), severity=None
):
    return Finding(
        code=code,
        severity=severity or CODES[code],
        layer=layer,
        index=None if index is None else int(index),
        feature_id=None if index is None else str(labels[index]),
        template=template,
        args=dict(args or {}),
        x=float(xy[0]),
        y=float(xy[1]),
    )


def _present(geoms: np.ndarray) -> np.ndarray:
    if not len(geoms):
        return np.zeros(0, dtype=bool)
    return ~shapely.is_missing(geoms) & ~shapely.is_empty(geoms)


def _anchor_xy(geoms: np.ndarray, idx) -> np.ndarray:
    """A point on each geometry of ``idx`` (point on surface of its valid form), NaN if none."""
    idx = np.asarray(idx, dtype=int)
    out = np.full((len(idx), 2), np.nan)
    if not len(idx):
        return out
    for k, g in enumerate(geoms[idx]):
        if g is None or g.is_empty:
            continue
        try:
            point = shapely.point_on_surface(g if g.is_valid else _polygonal(g))
        except shapely.errors.GEOSException:
            point = shapely.Point()
        if point.is_empty:
            out[k] = _first_xy(g)
        else:
            out[k] = (point.x, point.y)
    return out


def _first_xy(geometry) -> tuple[float, float]:
    xy = shapely.get_coordinates(geometry)
    return (float(xy[0, 0]), float(xy[0, 1])) if len(xy) else (math.nan, math.nan)


_NOWHERE = (math.nan, math.nan)
_REASON = re.compile(r"^(.*?)\s*\[\s*(\S+)\s+(\S+)(?:\s+\S+)?\s*\]\s*$")


def _split_reason(reason: str) -> tuple[str, tuple[float, float]]:
    """``"Self-intersection[5 5]"`` -> ``("Self-intersection", (5.0, 5.0))``."""
    match = _REASON.match(reason)
    if not match:
        return reason, (math.nan, math.nan)
    try:
        return match.group(1), (float(match.group(2)), float(match.group(3)))
    except ValueError:
        return match.group(1), (math.nan, math.nan)


def _shown(value) -> str:
    """A value quoted in a message: unprintable characters escaped, at most ``SHOWN_MAX``."""
    text = str(value)
    text = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
    return text if len(text) <= SHOWN_MAX else text[: SHOWN_MAX - 1] + "…"


def _xy_text(xy) -> str:
    return f"{xy[0]:.2f} {xy[1]:.2f}"


def _number(value: float) -> str:
    """A quantity for a message: no decimals from 10 up, one below."""
    value = float(value)
    return f"{value:.0f}" if abs(value) >= 10 else f"{value:.1f}"


def _text(value) -> Optional[str]:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _blank(value) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def _key(value) -> Optional[str]:
    """An id compared with others: stripped, Unicode NFC, None when blank."""
    text = _text(value)
    return unicodedata.normalize("NFC", text) if text is not None else None


def _code(value) -> Optional[str]:
    text = _text(value)
    return text.upper() if text is not None else None


def _as_day(value):
    """A numpy day from a date, datetime or ISO text; NaT when NULL or unreadable."""
    if value is None:
        return np.datetime64("NaT")
    if isinstance(value, datetime):
        return np.datetime64(value.date(), "D")
    if isinstance(value, date):
        return np.datetime64(value, "D")
    if isinstance(value, str):
        try:
            return np.datetime64(date.fromisoformat(value.strip()[:10]), "D")
        except ValueError:
            return np.datetime64("NaT")
    return np.datetime64("NaT")


def _natural(text: Optional[str]) -> tuple:
    """``H-2`` before ``H-10``; None first."""
    if text is None:
        return ()
    return tuple(
        int(part) if k % 2 else part.casefold() for k, part in enumerate(re.split(r"(\d+)", text))
    )
