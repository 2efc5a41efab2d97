"""Land release accounting: what is cancelled, reduced, cleared and left of each hazard.

Pure geometry (shapely 2, numpy): no QGIS, Qt or GDAL. Every coordinate is in one projected
metric CRS; areas come from the caller's ``area`` function (the QGIS adapter passes an
ellipsoidal one, DESIGN §4), planar ``shapely.area`` by default.

:func:`account` (DESIGN §5.5, ``landrelease:releasesummary``) works on geometry alone, never on
``hazard_id``. For each hazard H, with the *counted* releases (a usable polygon, a known outcome,
and with ``as_of`` an end date on or before it)::

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

Issue codes (stable strings for the adapters; severity in brackets):

- ``empty_geometry`` (error): a hazard or release without geometry, or whose repair left no
  area; such a release is not counted, such a hazard gets an all-zero ``open`` account.
- ``invalid_geometry`` (warning): an invalid or non-polygonal geometry, repaired with
  ``shapely.make_valid`` (polygonal parts kept) and used; ``detail`` is the GEOS reason.
- ``unknown_outcome`` (error): an outcome that is NULL or not in ``OUTCOMES`` (compared after
  stripping spaces, case-insensitively); the release is not counted. ``detail`` is the value.
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
over groups that need a union, issues and the result objects. ``area`` is called once per
:func:`account` (and once per :func:`check_release`), on every geometry whose figure is needed.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Optional

import numpy as np
import shapely

from . import model
from .progress import object_array


def geos_flags_ignored(function):
    """Run ``function`` without numpy's floating-point warnings from GEOS.

    GEOS before 3.11.2 (Debian 12 has 3.11.1; inside the QGIS desktop shapely's calls reach
    the GEOS that QGIS loaded) raises the 'invalid' floating-point flag when it compares an
    empty envelope: the intersection of two polygons whose boxes are apart, ``intersects`` with
    an empty geometry. The results are right; numpy turns the flag into "RuntimeWarning:
    invalid value encountered in intersection", which QGIS shows with a traceback in its Log
    Messages. Callers refuse non-finite coordinates first, so the flag says nothing about the
    data."""

    @functools.wraps(function)
    def quiet(*args, **kwargs):
        with np.errstate(invalid="ignore"):
            return function(*args, **kwargs)

    return quiet


OUTCOMES = ("cleared", "reduced", "cancelled")  # strongest first
EARLIEST_END_DATE = model.EARLIEST_WORK_DATE  # an end date before it is most likely a slip
AREA_TOLERANCE_M2 = 0.01  # below this an area counts as nothing (slivers from floating point)

OPEN, WORKED_ON, CLOSED = "open", "worked_on", "closed"
ERROR, WARNING = "error", "warning"

ISSUE_CODES: dict[str, str] = {  # code -> severity, in the order issues are sorted
    "empty_geometry": ERROR,
    "invalid_geometry": WARNING,
    "unknown_outcome": ERROR,
    "no_end_date": WARNING,
    "future_end_date": WARNING,
    "after_as_of": WARNING,
    "early_end_date": WARNING,
    "release_outside_hazard": WARNING,
    "release_overlap": WARNING,
}

EMPTY_REASON = "empty"  # ReleaseCheck.invalid_reason of a missing or empty candidate
NOT_POLYGON_REASON = "not a polygon"  # ... of a candidate that is no (multi)polygon

AreaFunction = Callable[[np.ndarray], np.ndarray]  # array of shapely geometries -> array of m²

_EMPTY = shapely.Polygon()
GRID_SIZE_M = 1e-6  # precision grid of the robust (snap-rounding) overlay fallback
NEAR_M = 1e-6  # a sample point this close to an overlay result's boundary proves nothing
_POLYGONAL = (3, 6)  # shapely type ids of Polygon, MultiPolygon
_INTERIORS_MEET = "T********"  # DE-9IM: the interiors intersect
_CHECK_EVERY = 500  # loop iterations between two is_canceled() calls


class AccountingCanceled(Exception):
    """The caller's ``is_canceled()`` returned True."""


@dataclass
class HazardAccount:
    """What has become of one hazard; areas in m² (by the ``area`` function given)."""

    index: int  # position in the `hazards` input
    original: shapely.Geometry  # the hazard polygon as given (made valid if it was not)
    cancelled: shapely.Geometry
    reduced: shapely.Geometry
    cleared: shapely.Geometry
    remaining: shapely.Geometry  # empty polygon when nothing remains
    original_m2: float
    cancelled_m2: float
    reduced_m2: float
    cleared_m2: float
    remaining_m2: float
    status: str  # "open" | "worked_on" | "closed"
    releases: tuple[int, ...]  # counted releases overlapping this hazard (sorted indices)

    @property
    def released_m2(self) -> float:
        return self.cancelled_m2 + self.reduced_m2 + self.cleared_m2


@dataclass
class Issue:
    """A problem met while accounting; ``code`` is one of ``ISSUE_CODES``."""

    code: str
    severity: str  # "error" | "warning"
    releases: tuple[int, ...]  # release indices involved (sorted)
    hazards: tuple[int, ...]  # hazard indices involved (sorted), may be empty
    geometry: Optional[shapely.Geometry]  # the offending part (outside part, overlap) or None
    area_m2: float  # area of `geometry` (0 when None)
    detail: Optional[str] = None  # GEOS reason (invalid_geometry), the value (unknown_outcome)


@dataclass
class Accounting:
    hazards: list[HazardAccount]  # one per input hazard, same order
    issues: list[Issue]  # sorted by code (ISSUE_CODES order), releases, hazards
    counted: np.ndarray  # bool per release: counted in this accounting


@dataclass
class ReleaseCheck:
    """Live figures for a candidate release (m²); all zero when the candidate is not valid."""

    valid: bool  # candidate is a valid, non-empty polygon
    invalid_reason: Optional[str]  # shapely.is_valid_reason text (or EMPTY_REASON...)
    area_m2: float  # area of the candidate
    hazard_m2: float  # area of the hazard
    inside_m2: float  # candidate ∩ hazard
    outside: Optional[shapely.Geometry]  # candidate − hazard (None if < tolerance)
    outside_m2: float
    overlaps: list[tuple[int, float]]  # (index into `earlier`, overlap m²), each ≥ tolerance
    overlap_m2: float  # candidate ∩ union(earlier), counted once
    larger_than_hazard: bool  # area_m2 > hazard_m2 + tolerance
    remaining_before_m2: float  # hazard minus union(earlier) inside it
    remaining_after_m2: float  # ... after adding the candidate
    status_after: str  # open / worked_on / closed after adding the candidate


# ---------------------------------------------------------------------------------------------
# Accounting
# ---------------------------------------------------------------------------------------------


@geos_flags_ignored
def account(
    hazards,
    releases,
    outcomes: Sequence,
    end_dates: Sequence,
    as_of: Optional[date] = None,
    area: Optional[AreaFunction] = None,
    progress: Optional[Callable[[float], None]] = None,
    is_canceled: Optional[Callable[[], bool]] = None,
    today: Optional[date] = None,
) -> Accounting:
    """Account every hazard for the releases given (see the module docstring). ``today``: the
    day of the run; releases ending after it do not count (None: no such limit)."""
    area = area or shapely.area
    hazard_in = object_array(hazards)
    release_in = object_array(releases)
    n, m = len(hazard_in), len(release_in)
    if len(outcomes) != m or len(end_dates) != m:
        raise ValueError("outcomes and end_dates must have one value per release")
    cutoff = _as_date(as_of)
    if as_of is not None and cutoff is None:
        raise ValueError(f"as_of is not a date: {as_of!r}")

    def step(fraction: Optional[float]):
        if is_canceled is not None and is_canceled():
            raise AccountingCanceled()
        if progress is not None and fraction is not None:
            progress(fraction)

    step(0.0)
    issues: list[Issue] = []
    hzd, h_ok = _clean(hazard_in, issues, hazard=True)
    rel, r_ok = _clean(release_in, issues, hazard=False)

    # Which releases count.
    strength = np.zeros(m, dtype=int)
    for i, value in enumerate(outcomes):
        code = _outcome(value)
        if code is None:
            issues.append(
                _issue(
                    "unknown_outcome", releases=(i,), detail=None if value is None else str(value)
                )
            )
        else:
            strength[i] = model.OUTCOME_STRENGTH[code]
    dated = _dated(end_dates, cutoff, _as_date(today), issues)
    counted = r_ok & (strength > 0) & dated
    ci = np.flatnonzero(counted)
    hi = np.flatnonzero(h_ok)
    step(0.05)

    # Hazard–release pairs; per hazard the cleared, reduced, cancelled and remaining parts:
    # floating point overlay, checked, and redone robustly where a check fails.
    htree = shapely.STRtree(hzd[hi])
    rtree = shapely.STRtree(rel[ci])
    shapely.prepare(hzd[hi])
    shapely.prepare(rel[ci])
    pair_r, pair_h = _EMPTY_INT, _EMPTY_INT
    if len(ci) and len(hi):
        q, t = htree.query(rel[ci], predicate="intersects")
        pair_r, pair_h = ci[q], hi[t]
    order = np.lexsort((pair_r, pair_h))
    pair_r, pair_h = pair_r[order], pair_h[order]
    samples = _Samples(hzd, hi, rel, ci)
    parts, piece_m2 = _hazard_parts(hzd, hi, rel, strength, pair_h, pair_r, samples, step)
    step(0.5)
    failed = _unbalanced(hzd, hi, parts)
    if len(failed):
        sel = np.isin(pair_h, failed)
        redone, piece_m2[sel] = _parts_by_faces(
            hzd, failed, rel, strength, pair_h[sel], pair_r[sel], step
        )
        for mine, new in zip(parts, redone):
            mine[failed] = new[failed]
    cleared, reduced, cancelled, remaining = (_valid(p) for p in parts)
    real = piece_m2 >= AREA_TOLERANCE_M2  # planar: only drops slivers
    step(0.6)

    # Parts of counted releases outside every hazard; none (no overlay) for a release in one
    # hazard whose piece there is as large as it (planar, to a quarter of the tolerance).
    hazards_of = np.bincount(pair_r, minlength=m)
    out_est = shapely.area(rel) - np.bincount(pair_r, weights=piece_m2, minlength=m)
    inside = (hazards_of == 1) & (out_est < AREA_TOLERANCE_M2 / 4)
    out_idx = ci[~inside[ci]]
    outside = _outside(rel, hzd, out_idx, pair_r, pair_h, None, step)
    bad = _check_outside(hzd, hi, htree, rel, out_idx, outside, samples)
    if len(bad):
        outside[bad] = _outside(rel, hzd, out_idx[bad], pair_r, pair_h, GRID_SIZE_M, step)
    outside = _valid(outside)
    out_keep = shapely.area(outside) > 0
    out_idx, outside = out_idx[out_keep], outside[out_keep]
    step(0.75)

    # Counted releases overlapping each other.
    ov_a, ov_b, overlap = _overlaps(rel, ci, rtree, samples)
    ov_hazards = _hazards_under(hzd, hi, htree, overlap)
    step(0.85)

    # One call of the area function for every figure.
    parts = {"original": hzd, "cleared": cleared, "reduced": reduced, "cancelled": cancelled}
    need = {
        name: np.flatnonzero(~shapely.is_missing(g) & ~shapely.is_empty(g))
        for name, g in parts.items()
    }
    batches = [parts[name][idx] for name, idx in need.items()] + [outside, overlap]
    measured = _measure(area, batches)
    figures = {}
    for (name, idx), values in zip(need.items(), measured):
        figure = np.zeros(n)
        figure[idx] = values
        figure[figure < AREA_TOLERANCE_M2] = 0.0
        figures[name] = figure
    out_m2, overlap_m2 = measured[-2], measured[-1]
    step(0.9)

    original_m2 = figures["original"]
    released_m2 = figures["cleared"] + figures["reduced"] + figures["cancelled"]
    remaining_m2 = original_m2 - released_m2
    sliver = shapely.is_missing(remaining) | (shapely.area(remaining) < AREA_TOLERANCE_M2)
    remaining_m2[sliver | (remaining_m2 < AREA_TOLERANCE_M2)] = 0.0

    hazard_releases: list[list[int]] = [[] for _ in range(n)]
    for h, r in zip(pair_h[real].tolist(), pair_r[real].tolist()):
        hazard_releases[h].append(r)

    accounts = []
    for h in range(n):
        rem = float(remaining_m2[h])
        released = float(released_m2[h])
        if released < AREA_TOLERANCE_M2:
            status = OPEN
        elif rem < AREA_TOLERANCE_M2:
            status = CLOSED
        else:
            status = WORKED_ON
        accounts.append(
            HazardAccount(
                index=h,
                original=hzd[h],
                cancelled=_part(cancelled[h], figures["cancelled"][h]),
                reduced=_part(reduced[h], figures["reduced"][h]),
                cleared=_part(cleared[h], figures["cleared"][h]),
                remaining=_part(remaining[h], rem),
                original_m2=float(original_m2[h]),
                cancelled_m2=float(figures["cancelled"][h]),
                reduced_m2=float(figures["reduced"][h]),
                cleared_m2=float(figures["cleared"][h]),
                remaining_m2=rem,
                status=status,
                releases=tuple(sorted(set(hazard_releases[h]))),
            )
        )

    for r, g, a in zip(out_idx.tolist(), outside, out_m2):
        if a >= AREA_TOLERANCE_M2:
            issues.append(_issue("release_outside_hazard", releases=(r,), geometry=g, area_m2=a))
    for a, b, g, hs, ar in zip(ov_a.tolist(), ov_b.tolist(), overlap, ov_hazards, overlap_m2):
        if ar >= AREA_TOLERANCE_M2:
            issues.append(
                _issue("release_overlap", releases=(a, b), hazards=hs, geometry=g, area_m2=ar)
            )
    rank = {code: k for k, code in enumerate(ISSUE_CODES)}
    issues.sort(key=lambda x: (rank[x.code], x.releases, x.hazards))
    step(1.0)
    return Accounting(hazards=accounts, issues=issues, counted=counted)


def _dated(
    end_dates: Sequence, cutoff: Optional[date], today: Optional[date], issues
) -> np.ndarray:
    """Which releases count by their end date (see the module docstring); their issues."""
    dated = np.ones(len(end_dates), dtype=bool)
    for i, value in enumerate(end_dates):
        day = _as_date(value)
        blank = value is None or (isinstance(value, str) and not value.strip())
        if day is None:
            if cutoff is not None or not blank:
                dated[i] = False
                detail = None if blank else str(value)
                issues.append(_issue("no_end_date", releases=(i,), detail=detail))
            continue
        if today is not None and day > today:
            dated[i] = False
            issues.append(_issue("future_end_date", releases=(i,), detail=day.isoformat()))
        elif cutoff is not None and day > cutoff:
            dated[i] = False
            issues.append(_issue("after_as_of", releases=(i,), detail=day.isoformat()))
        elif day < EARLIEST_END_DATE:
            issues.append(_issue("early_end_date", releases=(i,), detail=day.isoformat()))
    return dated


def _clean(geoms: np.ndarray, issues: list[Issue], hazard: bool):
    """Usable polygons (empty polygon where there is none) and a mask of the non-empty ones."""
    out = np.array(geoms, dtype=object, copy=True)
    n = len(out)
    if not n:
        return out, np.zeros(0, dtype=bool)

    def where(i):
        return {"hazards": (i,)} if hazard else {"releases": (i,)}

    missing = shapely.is_missing(out) | shapely.is_empty(out)
    usable = ~missing & shapely.is_valid(out) & np.isin(shapely.get_type_id(out), _POLYGONAL)
    for i in np.flatnonzero(~missing & ~usable).tolist():
        reason = _reason(out[i])
        out[i] = _polygonal(out[i])
        issues.append(_issue("invalid_geometry", detail=reason, **where(i)))
        if out[i].is_empty:
            missing[i] = True
    for i in np.flatnonzero(missing).tolist():
        out[i] = _EMPTY
        issues.append(_issue("empty_geometry", **where(i)))
    return out, ~missing


def _hazard_parts(hzd, hi, rel, strength, pair_h, pair_r, samples, step):
    """Cleared, reduced, cancelled and remaining parts of the hazards ``hi`` (None: nothing).

    ``pair_h``/``pair_r`` are the hazard–release pairs, sorted by hazard. Also returns the
    planar area of each pair's piece (the release's part of the hazard). Floating point
    overlay; pieces and unions are checked at the ``samples`` and redone on the grid where
    wrong. Sliver pieces (below the tolerance) are left out.
    """
    n = len(hzd)
    pieces = np.empty(len(pair_r), dtype=object)
    in_hazard = shapely.contains_properly(hzd[pair_h], rel[pair_r])  # the piece is the release
    rest = ~in_hazard  # touching the hazard's boundary from inside
    in_hazard[rest] = shapely.covered_by(rel[pair_r[rest]], hzd[pair_h[rest]])
    pieces[in_hazard] = rel[pair_r[in_hazard]]
    whole = ~in_hazard
    whole[whole] = shapely.contains_properly(rel[pair_r[whole]], hzd[pair_h[whole]])
    pieces[whole] = hzd[pair_h[whole]]
    cut = np.flatnonzero(~in_hazard & ~whole)
    pieces[cut] = _overlay(shapely.intersection, rel[pair_r[cut]], hzd[pair_h[cut]], None)
    if len(cut):  # a sample point clearly inside both must be in the piece
        k1, p1 = samples.releases(cut, pair_r[cut])
        k2, p2 = samples.hazards(cut, pair_h[cut])
        k, points = np.r_[k1, k2].astype(int), samples.points[np.r_[p1, p2].astype(int)]
        inputs = (rel[pair_r[k]], hzd[pair_h[k]])
        expected = _inside(inputs[0], points) & _inside(inputs[1], points)
        bad = np.unique(k[_misplaced(pieces[k], points, expected, inputs)])
        if len(bad):
            pieces[bad] = _overlay(
                shapely.intersection, rel[pair_r[bad]], hzd[pair_h[bad]], GRID_SIZE_M
            )
    piece_m2 = shapely.area(pieces)
    real = piece_m2 >= AREA_TOLERANCE_M2  # planar: only drops slivers
    step(None)

    unions = {s: np.full(n, None, dtype=object) for s in (1, 2, 3)}
    p_h, p_s, p_g = pair_h[real], strength[pair_r[real]], pieces[real]
    order = np.lexsort((p_s, p_h))
    p_h, p_s, p_g = p_h[order], p_s[order], p_g[order]
    key = p_h * 4 + p_s
    start = np.flatnonzero(np.r_[True, key[1:] != key[:-1]]) if len(key) else _EMPTY_INT
    stop = np.r_[start[1:], len(key)].astype(int) if len(start) else _EMPTY_INT
    single = stop - start == 1
    for s in (1, 2, 3):
        mine = start[single & (p_s[start] == s)]
        unions[s][p_h[mine]] = p_g[mine]
    multi = np.flatnonzero(~single)
    merged = np.empty(len(multi), dtype=object)
    for k, (a, b) in enumerate(zip(start[multi].tolist(), stop[multi].tolist())):
        if k % _CHECK_EVERY == 0:
            step(None)
        merged[k] = _union_all(p_g[a:b], None)
    if len(multi):  # a ring lost or a hole filled by the union?
        group = np.repeat(np.arange(len(multi)), (stop - start)[multi])
        members = np.concatenate([p_g[a:b] for a, b in zip(start[multi], stop[multi])])
        for k in _union_misses(merged, members, group).tolist():
            merged[k] = _union_all(p_g[start[multi[k]] : stop[multi[k]]], GRID_SIZE_M)
    for k, a in enumerate(start[multi].tolist()):
        unions[p_s[a]][p_h[a]] = merged[k]

    cleared = unions[3]
    reduced = _minus(unions[2], cleared)
    cancelled = _minus(_minus(unions[1], cleared), unions[2])
    remaining = np.full(n, None, dtype=object)
    remaining[hi] = hzd[hi]
    for s in (3, 2, 1):
        remaining = _minus(remaining, unions[s])
    return [cleared, reduced, cancelled, remaining], piece_m2


def _parts_by_faces(hzd, hi, rel, strength, pair_h, pair_r, step):
    """Like :func:`_hazard_parts`, robust and slow: the boundaries of each hazard and of its
    releases are noded by snap-rounding on the grid and polygonised; each face goes, by a
    point inside it (exact predicates), to the hazard's part of its strongest release. The
    parts, unions of faces of one arrangement, share their edges exactly."""
    n = len(hzd)
    parts = [np.full(n, None, dtype=object) for _ in range(4)]
    piece_m2 = np.zeros(len(pair_r))
    row_of = {3: 0, 2: 1, 1: 2, 0: 3}  # strength -> cleared, reduced, cancelled, remaining
    for j, h in enumerate(np.asarray(hi).tolist()):
        if j % 50 == 0:
            step(None)
        mine = np.arange(*np.searchsorted(pair_h, [h, h + 1]))  # pairs sorted by hazard
        releases = rel[pair_r[mine]]
        edges = shapely.boundary(np.r_[hzd[h : h + 1], releases])
        lines = shapely.get_parts(shapely.union_all(edges, grid_size=GRID_SIZE_M))
        faces = shapely.get_parts(shapely.polygonize(lines))
        points = shapely.point_on_surface(faces)
        keep = shapely.contains_properly(hzd[h], points)
        faces, points = faces[keep], points[keep]
        held = shapely.contains_properly(releases[None, :], points[:, None])  # face x release
        cls = np.max(np.where(held, strength[pair_r[mine]][None, :], 0), axis=1, initial=0)
        for s, row in row_of.items():
            chosen = faces[cls == s]
            if len(chosen):
                parts[row][h] = _union_all(chosen, GRID_SIZE_M)  # faces: already on the grid
        piece_m2[mine] = shapely.area(faces) @ held if len(faces) else 0.0
    return parts, piece_m2


def _unbalanced(hzd, hi, parts) -> np.ndarray:
    """The hazards whose four parts do not add up to them (planar areas).

    Pieces and unions are checked where they are made; a wrong difference shows here: it
    gains or loses area that the other parts, computed apart, do not.
    """
    figures = [np.nan_to_num(shapely.area(p)) for p in parts]
    original = shapely.area(hzd[hi])
    total = sum(f[hi] for f in figures)
    return hi[np.abs(original - total) > 1e-6 + 1e-10 * original]


def _outside(rel, hzd, idx, pair_r, pair_h, grid, step) -> np.ndarray:
    """``rel[idx]`` minus every hazard it intersects (pairs ``pair_r``/``pair_h``)."""
    outside = np.empty(len(idx), dtype=object)
    if not len(idx):
        return outside
    pos = np.full(len(rel), -1)
    pos[idx] = np.arange(len(idx))
    sel = pos[pair_r] >= 0
    k, h = pos[pair_r[sel]], pair_h[sel]
    order = np.argsort(k, kind="stable")
    k, h = k[order], h[order]
    counts = np.bincount(k, minlength=len(idx))
    first = np.r_[0, np.cumsum(counts)[:-1]].astype(int)
    none = counts == 0
    outside[none] = rel[idx[none]]
    one = np.flatnonzero(counts == 1)
    outside[one] = _overlay(shapely.difference, rel[idx[one]], hzd[h[first[one]]], grid)
    many = np.flatnonzero(counts > 1)
    around = np.empty(len(many), dtype=object)
    for j, q in enumerate(many.tolist()):
        if j % _CHECK_EVERY == 0:
            step(None)
        around[j] = _union_all(hzd[h[first[q] : first[q] + counts[q]]], grid)
    outside[many] = _overlay(shapely.difference, rel[idx[many]], around, grid)
    return outside


def _check_outside(hzd, hi, htree, rel, idx, outside, samples) -> np.ndarray:
    """Positions in ``idx`` whose outside part fails the sample point check."""
    k, p = samples.releases(np.arange(len(idx)), idx)
    if not len(k):
        return _EMPTY_INT
    points = samples.points[p]
    in_hazard = np.zeros(len(points), dtype=bool)
    if len(hi):
        q, t = htree.query(points, predicate="intersects")
        in_hazard[q[_inside(hzd[hi[t]], points[q])]] = True
    expected = _inside(rel[idx[k]], points) & ~in_hazard
    wrong = np.flatnonzero(_misplaced(outside[k], points, expected, (rel[idx[k]],)))
    if len(wrong) and len(hi):  # not sure near a hazard's boundary
        q, t = htree.query(points[wrong], predicate="dwithin", distance=NEAR_M)
        near = shapely.dwithin(shapely.boundary(hzd[hi[t]]), points[wrong[q]], NEAR_M)
        wrong = np.setdiff1d(wrong, wrong[q[near]])
    return np.unique(k[wrong])


def _overlaps(rel, ci, rtree, samples):
    """Pairs (a < b) of ``rel[ci]`` whose interiors meet, and their polygonal intersections."""
    if len(ci) < 2:
        return _EMPTY_INT, _EMPTY_INT, np.empty(0, dtype=object)
    q, t = rtree.query(rel[ci], predicate="intersects")
    keep = q < t
    a, b = ci[q[keep]], ci[t[keep]]
    boxes = _boxes_overlap(rel[a], rel[b])
    a, b = a[boxes], b[boxes]
    meet = _interiors_meet(rel[a], rel[b])
    a, b = a[meet], b[meet]
    inter = _overlay(shapely.intersection, rel[a], rel[b], None)
    # Check: a sample point of either release clearly inside both is in their intersection.
    k, p = samples.releases(np.r_[np.arange(len(a)), np.arange(len(a))], np.r_[a, b])
    if len(k):
        points = samples.points[p]
        inputs = (rel[a[k]], rel[b[k]])
        expected = _inside(inputs[0], points) & _inside(inputs[1], points)
        bad = np.unique(k[_misplaced(inter[k], points, expected, inputs)])
        if len(bad):
            inter[bad] = _overlay(shapely.intersection, rel[a[bad]], rel[b[bad]], GRID_SIZE_M)
    inter = _valid(inter)
    real = shapely.area(inter) > 0
    return a[real], b[real], inter[real]


def _hazards_under(hzd, hi, htree, geoms) -> list[tuple[int, ...]]:
    """For each geometry, the (sorted) hazards whose interior it meets."""
    found: list[list[int]] = [[] for _ in range(len(geoms))]
    if len(geoms) and len(hi):
        g, t = htree.query(geoms, predicate="intersects")
        meet = _interiors_meet(geoms[g], hzd[hi[t]])
        for k, h in zip(g[meet].tolist(), hi[t[meet]].tolist()):
            found[k].append(h)
    return [tuple(sorted(f)) for f in found]


def _misplaced(results, points, expected, inputs=()) -> np.ndarray:
    """Whether each point is on the wrong side of its overlay result (None: an empty result).

    ``expected``: whether the point is strictly inside the result, by exact predicates on the
    ``inputs`` (arrays aligned with ``points``). A point within ``NEAR_M`` of the boundary of
    the result or of an input is never wrong: floating point overlay moves boundaries by far
    less, inputs may hold hairline gaps, and a misplaced ring moves the whole area around it.
    """
    shapely.prepare(results)  # many points may test one large result
    wrong = _inside(results, points) != expected  # None: False
    for geoms in (results, *inputs):
        if not wrong.any():
            break
        wrong[wrong] = ~shapely.dwithin(shapely.boundary(geoms[wrong]), points[wrong], NEAR_M)
    return wrong


def _sample_points(geoms: np.ndarray):
    """A point inside each polygon and inside each hole of ``geoms``, with its owner's index.

    GEOS overlay can put a whole ring on the wrong side of a nearly coincident edge: such a
    mistake moves the point of that ring's polygon or hole to the wrong side of the result.
    """
    parts, owner = shapely.get_parts(geoms, return_index=True)
    polygons = shapely.get_type_id(parts) == 3
    parts, owner = parts[polygons], owner[polygons]
    rings, ring_part = shapely.get_rings(parts, return_index=True)
    holes = np.ones(len(rings), dtype=bool)
    holes[np.r_[0, np.flatnonzero(ring_part[1:] != ring_part[:-1]) + 1][: len(rings)]] = False
    points = np.r_[
        shapely.point_on_surface(parts),
        shapely.point_on_surface(shapely.polygons(rings[holes])),
    ]
    owners = np.r_[owner, owner[ring_part[holes]]].astype(int)
    return owners, points, np.r_[np.zeros(len(parts), bool), np.ones(int(holes.sum()), bool)]


def _checked(op, a, b, rule) -> np.ndarray:
    """Polygonal ``op(a, b)`` element-wise, floating point, redone on the precision grid where
    a sample point of ``a`` or ``b`` clearly inside or outside them is on the wrong side of
    the result; ``rule(in_a, in_b)`` says on which side it belongs."""
    a, b = _pairs(a, b)
    out = _overlay(op, a, b, None)
    n = len(a)
    if not n:
        return out
    owner, points, _ = _sample_points(np.r_[a, b])
    shapely.prepare(a)
    shapely.prepare(b)
    k = owner % n
    expected = rule(_inside(a[k], points), _inside(b[k], points))
    bad = np.unique(k[_misplaced(out[k], points, expected, (a[k], b[k]))])
    if len(bad):
        out[bad] = _overlay(op, a[bad], b[bad], GRID_SIZE_M)
    return out


def _checked_union(geoms: np.ndarray):
    """Union of ``geoms`` (floating point, redone on the grid if a part got lost)."""
    union = _union_all(geoms, None)
    if len(_union_misses(object_array([union]), geoms, np.zeros(len(geoms), dtype=int))):
        union = _union_all(geoms, GRID_SIZE_M)
    return union


def _union_misses(unions: np.ndarray, members: np.ndarray, group: np.ndarray) -> np.ndarray:
    """The groups whose union (``unions[g]`` of the ``members`` with ``group == g``) puts a
    sample point of a member on the wrong side: a point inside a member must be in the union,
    a point inside a member's hole only if another member of the group holds it."""
    owner, points, hole = _sample_points(members)
    shapely.prepare(members)
    g = group[owner]
    inside = _inside(members[owner], points)  # parts: inside their own member
    sure = np.ones(len(points), dtype=bool)
    holes = np.flatnonzero(hole)
    if len(holes):  # holes: against every member of their group
        order = np.argsort(group, kind="stable")
        counts = np.bincount(group, minlength=len(unions))
        first = np.r_[0, np.cumsum(counts)[:-1]].astype(int)
        n = counts[g[holes]]
        which = np.repeat(holes, n)
        member = order[np.repeat(first[g[holes]] - np.cumsum(n) + n, n) + np.arange(n.sum())]
        inside[holes] = False
        np.logical_or.at(inside, which, _inside(members[member], points[which]))
        near = shapely.dwithin(shapely.boundary(members[member]), points[which], NEAR_M)
        np.logical_and.at(sure, which, ~near)
    wrong = _misplaced(unions[g], points, inside, (members[owner],))
    return np.unique(g[sure & wrong])


def _and(in_a, in_b):
    return in_a & in_b


def _and_not(in_a, in_b):
    return in_a & ~in_b


def _or(in_a, in_b):
    return in_a | in_b


class _Samples:
    """One point inside each polygon and each hole of the hazards ``hi`` and releases ``ci``.

    Points of hazard ``h`` are ``points[first[h] : first[h] + count[h]]``; those of release
    ``r`` at ``first[n + r]``, with ``n`` the number of hazards.
    """

    def __init__(self, hzd, hi, rel, ci):
        n = len(hzd)
        geoms = np.r_[hzd[hi], rel[ci]]
        owner_of = np.r_[hi, n + ci].astype(int)
        owner, points, _ = _sample_points(geoms)
        owners = owner_of[owner]
        order = np.argsort(owners, kind="stable")
        self.points = points[order]
        self.count = np.bincount(owners, minlength=n + len(rel))
        self.first = np.r_[0, np.cumsum(self.count)[:-1]].astype(int)
        self.n = n

    def hazards(self, keys, hazards):
        """(key, point index) for each sample point of each hazard, paired with its key."""
        return self._expand(keys, np.asarray(hazards, dtype=int))

    def releases(self, keys, releases):
        """(key, point index) for each sample point of each release, paired with its key."""
        return self._expand(keys, self.n + np.asarray(releases, dtype=int))

    def _expand(self, keys, owners):
        keys = np.asarray(keys, dtype=int)
        counts = self.count[owners]
        total = int(counts.sum())
        if not total:
            return _EMPTY_INT, _EMPTY_INT
        starts = np.repeat(self.first[owners] - (np.cumsum(counts) - counts), counts)
        return np.repeat(keys, counts), starts + np.arange(total)


# ---------------------------------------------------------------------------------------------
# Live check of one candidate release
# ---------------------------------------------------------------------------------------------


@geos_flags_ignored
def check_release(candidate, hazard, earlier, area: Optional[AreaFunction] = None) -> ReleaseCheck:
    """Figures of ``candidate`` against its ``hazard`` and the releases recorded ``earlier``.

    ``earlier`` holds the releases near the candidate (whether they intersect it or not; missing,
    empty ones are skipped, invalid ones repaired). An invalid candidate is not repaired: the
    result has ``valid=False``, the reason, zero figures and status ``open``. An invalid hazard
    is repaired (``make_valid``), a missing one has no area.
    """
    area = area or shapely.area
    if candidate is None or candidate.is_empty:
        return _invalid_check(EMPTY_REASON)
    if shapely.get_type_id(candidate) not in _POLYGONAL:
        return _invalid_check(NOT_POLYGON_REASON)
    if not candidate.is_valid:
        return _invalid_check(_reason(candidate))

    hzd = _EMPTY if hazard is None or hazard.is_empty else hazard
    if not hzd.is_valid or shapely.get_type_id(hzd) not in _POLYGONAL:
        hzd = _polygonal(hzd)
    done = []
    for g in object_array(earlier) if earlier is not None else ():
        if g is None or g.is_empty:
            done.append(_EMPTY)
        elif g.is_valid and shapely.get_type_id(g) in _POLYGONAL:
            done.append(g)
        else:
            done.append(_polygonal(g))
    done = object_array(done)

    def one(op, a, b, rule):  # _checked on two single geometries
        return _checked(op, a, b, rule)[0]

    inside = one(shapely.intersection, candidate, hzd, _and)
    outside = one(shapely.difference, candidate, hzd, _and_not)
    touches_candidate = shapely.intersects(candidate, done)
    near = np.flatnonzero(touches_candidate)
    per_earlier = _checked(shapely.intersection, candidate, done[near], _and)
    hit = shapely.area(per_earlier) > 0
    near, per_earlier = near[hit], per_earlier[hit]
    relevant = done[touches_candidate | shapely.intersects(hzd, done)]
    every = _checked_union(relevant) if len(relevant) else _EMPTY
    overlap = one(shapely.intersection, candidate, every, _and)
    in_before = one(shapely.intersection, hzd, every, _and)
    in_after = one(shapely.intersection, hzd, one(shapely.union, every, candidate, _or), _and)

    fixed = [candidate, hzd, inside, outside, overlap, in_before, in_after]
    figures, per = _measure(area, [object_array(fixed), per_earlier])
    figures = np.where(figures < AREA_TOLERANCE_M2, 0.0, figures)
    area_m2, hazard_m2, inside_m2, outside_m2, overlap_m2, before_m2, after_m2 = figures.tolist()

    remaining_before = _clamp(hazard_m2 - before_m2)
    remaining_after = _clamp(hazard_m2 - after_m2)
    if after_m2 < AREA_TOLERANCE_M2:
        status = OPEN
    elif remaining_after < AREA_TOLERANCE_M2:
        status = CLOSED
    else:
        status = WORKED_ON
    return ReleaseCheck(
        valid=True,
        invalid_reason=None,
        area_m2=area_m2,
        hazard_m2=hazard_m2,
        inside_m2=inside_m2,
        outside=outside if outside_m2 >= AREA_TOLERANCE_M2 else None,
        outside_m2=outside_m2,
        overlaps=[(int(i), float(a)) for i, a in zip(near, per) if a >= AREA_TOLERANCE_M2],
        overlap_m2=overlap_m2,
        larger_than_hazard=area_m2 > hazard_m2 + AREA_TOLERANCE_M2,
        remaining_before_m2=remaining_before,
        remaining_after_m2=remaining_after,
        status_after=status,
    )


def _invalid_check(reason: str) -> ReleaseCheck:
    return ReleaseCheck(
        valid=False,
        invalid_reason=reason,
        area_m2=0.0,
        hazard_m2=0.0,
        inside_m2=0.0,
        outside=None,
        outside_m2=0.0,
        overlaps=[],
        overlap_m2=0.0,
        larger_than_hazard=False,
        remaining_before_m2=0.0,
        remaining_after_m2=0.0,
        status_after=OPEN,
    )


# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------

_EMPTY_INT = np.empty(0, dtype=int)


def _issue(code, releases=(), hazards=(), geometry=None, area_m2=0.0, detail=None) -> Issue:
    return Issue(
        code=code,
        severity=ISSUE_CODES[code],
        releases=tuple(sorted(map(int, releases))),
        hazards=tuple(sorted(map(int, hazards))),
        geometry=geometry,
        area_m2=float(area_m2) if geometry is not None else 0.0,
        detail=detail,
    )


def _measure(area: AreaFunction, batches: list[np.ndarray]) -> list[np.ndarray]:
    """``area`` called once on all ``batches`` together; the figures split back per batch."""
    sizes = [len(b) for b in batches]
    total = sum(sizes)
    if not total:
        return [np.zeros(0) for _ in batches]
    geoms = np.concatenate([np.asarray(b, dtype=object) for b in batches])
    values = np.asarray(area(geoms), dtype=float)
    if values.shape != (total,):
        raise ValueError("the area function must return one value per geometry")
    return np.split(values, np.cumsum(sizes)[:-1])


def _part(geometry, figure: float):
    """The geometry of a figure: an empty polygon when the figure is 0."""
    if geometry is None or figure < AREA_TOLERANCE_M2:
        return _EMPTY
    return geometry


def _clamp(value: float) -> float:
    return 0.0 if value < AREA_TOLERANCE_M2 else float(value)


def _minus(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``a − b`` element-wise; None stands for nothing (None − b = None, a − None = a)."""
    out = a.copy()
    both = ~shapely.is_missing(a) & ~shapely.is_missing(b)
    if both.any():  # boxes that do not overlap by an area: nothing to take away
        both[both] = _boxes_overlap(a[both], b[both])
    if both.any():
        out[both] = _overlay(shapely.difference, a[both], b[both], None)
    return out


def _boxes_overlap(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Whether the bounding boxes of ``a`` and ``b`` overlap by an area (not just touch)."""
    ba, bb = shapely.bounds(a), shapely.bounds(b)
    width = np.minimum(ba[:, 2], bb[:, 2]) - np.maximum(ba[:, 0], bb[:, 0])
    height = np.minimum(ba[:, 3], bb[:, 3]) - np.maximum(ba[:, 1], bb[:, 1])
    return (width > 0) & (height > 0)


def _overlay(op, a, b, grid: Optional[float]):
    """Polygonal parts of ``op(a, b)`` (floating point, or snap-rounded to ``grid``).

    On a GEOS robustness error: pair by pair, then on the precision grid, then on a 1 mm one.
    """
    try:
        return _polygonal_parts(op(a, b, grid_size=grid))
    except shapely.errors.GEOSException:
        pass
    single = isinstance(a, shapely.Geometry) and isinstance(b, shapely.Geometry)
    a, b = _pairs(a, b)
    out = np.empty(len(a), dtype=object)
    for k, (x, y) in enumerate(zip(a, b)):
        for size in (grid, GRID_SIZE_M, 1e-3):
            try:
                out[k] = op(x, y, grid_size=size)
                break
            except shapely.errors.GEOSException:
                continue
        else:
            raise shapely.errors.GEOSException(f"overlay failed on {x.wkt[:80]}...")
    return _polygonal_parts(out[0] if single else out)


def _union_all(geoms: np.ndarray, grid: Optional[float]):
    for size in (grid, GRID_SIZE_M, 1e-3):
        try:
            return _polygonal_parts(shapely.union_all(geoms, grid_size=size))
        except shapely.errors.GEOSException:
            continue
    raise shapely.errors.GEOSException("union failed")


def _interiors_meet(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Whether the interiors of ``a`` and ``b`` intersect, element-wise (DE-9IM ``T********``).

    GEOS can throw on a valid geometry with nearly coincident vertices (e.g. an overlay
    result): such a pair is decided on the precision grid.
    """
    try:
        return shapely.relate_pattern(a, b, _INTERIORS_MEET)
    except shapely.errors.GEOSException:
        pass
    out = np.zeros(len(a), dtype=bool)
    for k, (x, y) in enumerate(zip(a, b)):
        try:
            out[k] = shapely.relate_pattern(x, y, _INTERIORS_MEET)
        except shapely.errors.GEOSException:
            common = _overlay(shapely.intersection, x, y, GRID_SIZE_M)
            out[k] = shapely.area(common) > 0
    return out


def _valid(geoms: np.ndarray) -> np.ndarray:
    """``geoms`` with invalid results of overlay (rare) made valid; None stays None."""
    present = np.flatnonzero(~shapely.is_missing(geoms))
    bad = present[~shapely.is_valid(geoms[present])]
    if len(bad):
        geoms = geoms.copy()
        for i in bad.tolist():
            geoms[i] = _polygonal(geoms[i])
    return geoms


def _pairs(a, b) -> tuple[np.ndarray, np.ndarray]:
    """Two object arrays of the same length from geometries or arrays (one may be single)."""
    a = object_array([a]) if isinstance(a, shapely.Geometry) else a
    b = object_array([b]) if isinstance(b, shapely.Geometry) else b
    if len(a) == 1 and len(b) != 1:
        a = np.repeat(a, len(b))
    elif len(b) == 1 and len(a) != 1:
        b = np.repeat(b, len(a))
    return a, b


def _inside(geoms: np.ndarray, points: np.ndarray) -> np.ndarray:
    """Whether each point is strictly inside its polygon (exact predicate; None: False).

    GEOS refuses the predicate on a mixed collection: that counts as False, i.e. a result to
    redo exactly, and is not worth a warning."""
    with np.errstate(invalid="ignore"):
        return shapely.contains_properly(geoms, points)


def _polygonal_parts(geoms: np.ndarray) -> np.ndarray:
    """Only the polygonal parts (intersections of polygons may hold lines and points)."""
    if isinstance(geoms, shapely.Geometry):
        return _keep_polygons(geoms) if shapely.get_type_id(geoms) == 7 else geoms
    geoms = np.asarray(geoms, dtype=object)
    mixed = np.flatnonzero(shapely.get_type_id(geoms) == 7)  # GeometryCollection
    if len(mixed):
        geoms = geoms.copy()
        for i in mixed.tolist():
            geoms[i] = _keep_polygons(geoms[i])
    return geoms


def _keep_polygons(geometry):
    parts = shapely.get_parts(geometry)
    parts = parts[np.isin(shapely.get_type_id(parts), _POLYGONAL)]
    if not len(parts):
        return _EMPTY
    return parts[0] if len(parts) == 1 else shapely.union_all(parts)


def _polygonal(geometry):
    """A valid polygonal version of ``geometry`` (``make_valid``, polygonal parts kept)."""
    try:  # shapely >= 2.1 with GEOS >= 3.10: polygons stay polygons
        fixed = shapely.make_valid(geometry, method="structure", keep_collapsed=False)
    except Exception:  # noqa: BLE001 - TypeError (shapely 2.0), UnsupportedGEOSVersionError
        fixed = shapely.make_valid(geometry)
    if fixed is None or fixed.is_empty:
        return _EMPTY
    if shapely.get_type_id(fixed) in _POLYGONAL:
        return fixed
    return _keep_polygons(fixed)


def _reason(geometry) -> str:
    if shapely.get_type_id(geometry) not in _POLYGONAL:
        return NOT_POLYGON_REASON
    return shapely.is_valid_reason(geometry)


def _outcome(value) -> Optional[str]:
    if not isinstance(value, str):
        return None
    code = value.strip().lower()
    return code if code in model.OUTCOME_STRENGTH else None


def _as_date(value) -> Optional[date]:
    """A ``date`` from a date, datetime or ISO text (or an object with ``toPyDate``); else None."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    to_py = getattr(value, "toPyDate", None)  # a QDate from an adapter that did not convert
    if to_py is not None:
        try:
            day = to_py()
        except Exception:  # noqa: BLE001 - a null QDate
            return None
        return day if isinstance(day, date) and day != date(1, 1, 1) else None
    return None
