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

The rules live in modules named after what they judge: ``geometry_rules`` (each geometry alone),
``duplicates`` (ids and geometries), ``required_fields``, ``codes_and_dates``, ``outside_area``
(the programme's area), ``stored_figures`` (stored areas and remaining figures, measured by
``ellipsoidal_area``), ``layer_relations`` (between features and layers) and ``edit_log``;
``run`` runs them all. ``findings``, ``messages``, ``values`` and ``geometry_arrays`` hold what
they share. This package re-exports the public names, so ``core.checks.X`` keeps working.
"""

from __future__ import annotations

from ..progress import Cancelled
from .codes_and_dates import (
    DATE_ORDER,
    MIN_DATE,
    check_bad_dates,
    check_codes,
    check_dates,
    coded_fields,
    date_fields,
    read_day,
)
from .duplicates import DUPLICATE_TOLERANCE_M, check_duplicate_geometries, check_duplicate_ids
from .edit_log import (
    LOG,
    LOG_DIFFERENCES_SHOWN,
    LogAudit,
    LogEntryProblem,
    UnloggedRow,
    check_edit_log,
)
from .ellipsoidal_area import EXACT_EXTENT_M, WGS84, ellipsoidal_areas
from .findings import (
    CODES,
    ERROR,
    EVIDENCE,
    HAZARD,
    RELEASE,
    WARNING,
    CheckResult,
    Finding,
    LayerData,
    Note,
    sort_findings,
)
from .geometry_rules import LONG_SEGMENT_M, check_geometries, check_multipart
from .layer_relations import (
    LARGER_MIN_M2,
    OUTSIDE_MIN_M2,
    OUTSIDE_MIN_SHARE,
    OVERLAP_SHARE,
    check_cha_evidence,
    check_overlaps,
    check_releases,
)
from .messages import MESSAGES, TR_CONTEXT
from .outside_area import check_outside_area
from .required_fields import (
    RULES_NEEDING,
    check_fields,
    check_missing_district,
    fields_used,
    mandatory_fields,
)
from .run import run_checks
from .stored_figures import (
    AREA_FIELDS,
    AREA_MISMATCH_SHARE,
    AREA_ROUNDING_M2,
    REMAINING_MIN_M2,
    REMAINING_SHARE,
    check_area_mismatch,
    check_remaining,
)
from .values import SHOWN_MAX

__all__ = [
    "AREA_FIELDS",
    "AREA_MISMATCH_SHARE",
    "AREA_ROUNDING_M2",
    "CODES",
    "DATE_ORDER",
    "DUPLICATE_TOLERANCE_M",
    "ERROR",
    "EVIDENCE",
    "EXACT_EXTENT_M",
    "HAZARD",
    "LARGER_MIN_M2",
    "LOG",
    "LOG_DIFFERENCES_SHOWN",
    "LONG_SEGMENT_M",
    "MESSAGES",
    "MIN_DATE",
    "OUTSIDE_MIN_M2",
    "OUTSIDE_MIN_SHARE",
    "OVERLAP_SHARE",
    "RELEASE",
    "REMAINING_MIN_M2",
    "REMAINING_SHARE",
    "RULES_NEEDING",
    "SHOWN_MAX",
    "TR_CONTEXT",
    "WARNING",
    "WGS84",
    "Cancelled",
    "CheckResult",
    "Finding",
    "LayerData",
    "LogAudit",
    "LogEntryProblem",
    "Note",
    "UnloggedRow",
    "check_area_mismatch",
    "check_bad_dates",
    "check_cha_evidence",
    "check_codes",
    "check_dates",
    "check_duplicate_geometries",
    "check_duplicate_ids",
    "check_edit_log",
    "check_fields",
    "check_geometries",
    "check_missing_district",
    "check_multipart",
    "check_outside_area",
    "check_overlaps",
    "check_releases",
    "check_remaining",
    "coded_fields",
    "date_fields",
    "ellipsoidal_areas",
    "fields_used",
    "mandatory_fields",
    "read_day",
    "run_checks",
    "sort_findings",
]
