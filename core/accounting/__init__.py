"""Land release accounting: what is cancelled, reduced, cleared and left of each hazard.

Pure geometry (shapely 2, numpy): no QGIS, Qt or GDAL. Every coordinate is in one projected
metric CRS; areas come from the caller's ``area`` function (the QGIS adapter passes an
ellipsoidal one, DESIGN §4), planar ``shapely.area`` by default.

:func:`account` (DESIGN §5.5, ``landrelease:releasesummary``) works on geometry alone, never on
``hazard_id``. For each hazard H, with the *counted* releases (a usable polygon, a known outcome,
with ``as_of`` an end date on or before it, and by their review: a release whose ``qa_status``
is ``failed`` never counts (re-working it is a new release); with ``official`` only ``passed``
releases count, else ``passed`` and ``pending`` ones, NULL being pending)::

    cleared   = H ∩ ∪(cleared releases)
    reduced   = H ∩ ∪(reduced releases) − cleared
    cancelled = H ∩ ∪(cancelled releases) − cleared − reduced
    remaining = H − ∪(all counted releases)

so overlapping releases count once, the stronger outcome winning (``model.OUTCOME_STRENGTH``); a
release across two hazards gives each its part, and overlapping hazards (a CHA inside its SHA)
are each accounted on their own. ``original_m2 = area(H)``, each part's figure is the area of
its geometry, and ``remaining_m2 = original_m2 − cancelled_m2 − reduced_m2 − cleared_m2``, so
the four always add up to the original (up to float rounding). Any figure below
``AREA_TOLERANCE_M2`` is 0 and its geometry empty; remaining is also 0 when its geometry is
empty or a sliver (planar area below the tolerance): a hazard whose every square metre is
covered is ``closed`` even if an ellipsoidal ``area`` is not exactly additive over the pieces.
Status: ``open`` when nothing is released, ``closed`` when nothing remains, else ``worked_on``.

**Pending** ground, apart from the figures: ``pending = H ∩ ∪(pending releases) − ∪(passed
releases)`` (the releases as counted but for their review), counted once, ``pending_m2`` its
area; the same ground in both modes. In official figures it is part of ``remaining``; in
operational ones it is part of cancelled, reduced and cleared (all of them when no release is
passed). So official remaining = operational remaining + pending (up to the rounding of
ellipsoidal areas).

Issue codes (stable strings for the adapters; severity in brackets):

- ``empty_geometry`` (error): a hazard or release without geometry, or whose repair left no
  area; such a release is not counted, such a hazard gets an all-zero ``open`` account.
- ``invalid_geometry`` (warning): an invalid or non-polygonal geometry, repaired with
  ``shapely.make_valid`` (polygonal parts kept) and used; ``detail`` is the GEOS reason.
- ``unknown_outcome`` (error): an outcome that is NULL or not in ``OUTCOMES`` (compared after
  stripping spaces, case-insensitively); the release is not counted. ``detail`` is the value.
- ``unknown_qa_status`` (error): a ``qa_status`` that is not NULL, ``pending``, ``passed`` or
  ``failed`` (compared after stripping spaces, case-insensitively); the release is not counted.
- ``failed_review`` (warning): a release that failed quality management's review: not counted.
- ``no_end_date`` (warning): a release whose end date is text that is no date (it is then not
  counted), or, with ``as_of``, a release without end date (not counted either; without
  ``as_of`` a release without end date counts).
- ``future_end_date`` (warning): with ``today``, a release that ends after today: not counted.
- ``after_as_of`` (warning): a release that ends after ``as_of`` (and not after today): it does
  not count as of that day.
- ``early_end_date`` (warning): a release that ended before ``EARLIEST_END_DATE`` (1988, before
  humanitarian land release): counted, but its date needs a look.
- ``release_outside_hazard`` (warning): the part of a counted release outside every hazard, if
  at least ``AREA_TOLERANCE_M2``; it is counted nowhere.
- ``release_overlap`` (warning): two counted releases whose interiors overlap by at least
  ``AREA_TOLERANCE_M2`` (touching is not overlapping); the geometry is their intersection and
  ``hazards`` the hazards whose interior it meets.

:func:`check_release` gives the live figures of the "Record land release" dialog for one
candidate polygon against its hazard and the releases already recorded near it.

The package: ``accounts`` (:func:`account`), ``release_check`` (:func:`check_release`),
``results`` (what they give), ``inputs`` (geometries, outcomes and end dates read),
``hazard_parts`` and ``release_parts`` (the geometry), ``overlay`` and ``sample_points`` (GEOS's
overlay, checked), ``parallel`` (large inputs on two threads).

Robustness: GEOS's floating point overlay can put a whole ring on the wrong side of a nearly
coincident edge (a release digitised along its hazard's boundary, JTS issue #1000) and return a
wildly wrong result without an error. So every overlay is checked where it is made: a point
inside each polygon and each hole of its inputs (``point_on_surface``), placed by exact
predicates, must be on the right side of the result (points within ``NEAR_M`` of a boundary
prove nothing and are skipped); a piece, union, outside part or overlap that fails is redone
with snap-rounding overlay on a ``GRID_SIZE_M`` grid (robust, about six times slower, so only
there). A hazard whose four parts do not add up to it (planar areas; a wrong difference gains
or loses area) is redone by polygonising its noded boundaries and those of its releases, each
face going to the part of its strongest release. :func:`check_release` checks its overlays
the same way.

Speed: candidate pairs from ``shapely.STRtree`` queries, geometry work in vectorised shapely
calls (a release inside its hazard is its own piece, no overlay needed); Python loops run only
over groups that need a union, issues and the result objects. A large input that falls apart
in two groups of geometries far from each other is overlaid on two threads, with the results
of one (``parallel``). ``area`` is called once per
:func:`account` (and once per :func:`check_release`), on every geometry whose figure is needed.
"""

from __future__ import annotations

from .accounts import account
from .inputs import EMPTY_REASON, NOT_POLYGON_REASON
from .overlay import GRID_SIZE_M, NEAR_M, geos_flags_ignored
from .release_check import ReleaseCheck, check_release
from .results import (
    AREA_TOLERANCE_M2,
    CLOSED,
    EARLIEST_END_DATE,
    ERROR,
    ISSUE_CODES,
    OPEN,
    OUTCOMES,
    WARNING,
    WORKED_ON,
    Accounting,
    AccountingCanceled,
    AreaFunction,
    HazardAccount,
    Issue,
)

__all__ = [
    "AREA_TOLERANCE_M2",
    "CLOSED",
    "EARLIEST_END_DATE",
    "EMPTY_REASON",
    "ERROR",
    "GRID_SIZE_M",
    "ISSUE_CODES",
    "NEAR_M",
    "NOT_POLYGON_REASON",
    "OPEN",
    "OUTCOMES",
    "WARNING",
    "WORKED_ON",
    "Accounting",
    "AccountingCanceled",
    "AreaFunction",
    "HazardAccount",
    "Issue",
    "ReleaseCheck",
    "account",
    "check_release",
    "geos_flags_ignored",
]
