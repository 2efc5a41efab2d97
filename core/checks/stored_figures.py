"""The figures stored on hazards and releases against what their geometries and releases give:
``area_mismatch`` (a stored area that is not the geometry's) and ``remaining_mismatch`` (a
hazard's remaining area or status that is not what its releases leave)."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date
from typing import Optional

import numpy as np
import shapely

from .. import model
from ..pgschema import UNKNOWN_STATUS
from ..progress import Cancelled, object_array
from .ellipsoidal_area import ellipsoidal_areas
from .findings import HAZARD, RELEASE, WARNING, Finding, make_finding
from .geometry_arrays import anchor_xy, is_present, valid_polygons
from .messages import MESSAGES
from .values import feature_text, plain_text, shown, stored_number

AREA_MISMATCH_SHARE = 0.001  # of the geometry's area
AREA_ROUNDING_M2 = 0.01  # stored areas are rounded to 0.01 m²
REMAINING_MIN_M2 = 1.0
REMAINING_SHARE = 1e-4  # of the hazard's area
AREA_FIELDS = {HAZARD: "estimated_area_m2", RELEASE: "area_m2"}


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
    present = is_present(geoms)
    idx = np.flatnonzero(present)
    if not len(idx):
        return []
    usable = shapely.is_valid(geoms[idx]) & np.isin(shapely.get_type_id(geoms[idx]), (3, 6))
    idx = idx[usable]
    if not len(idx):
        return []
    actual = ellipsoidal_areas(geoms[idx], crs)
    values = [stored_number(stored[i]) for i in idx]
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
    xy = anchor_xy(geoms, idx[flagged])
    field_name = AREA_FIELDS.get(layer, "area_m2")
    findings = []
    for k, p in zip(flagged, xy):
        i = int(idx[k])
        args = {
            "feature": feature_text(layer, i, labels, ids),
            "field": field_name,
            "actual": f"{actual[k]:.2f}",
        }
        value = values[k]
        if value is None:
            template = MESSAGES["area_missing"]
        elif not isinstance(value, float) or not math.isfinite(value):
            template, args["stored"] = MESSAGES["area_not_number"], shown(stored[i])
        else:
            template = MESSAGES["area_mismatch"]
            args["stored"] = f"{value:.2f}"
            args["percent"] = f"{100.0 * gap[k] / actual[k]:.2f}" if actual[k] > 0 else "100"
        findings.append(make_finding("area_mismatch", layer, i, labels, template, args, p))
    return findings


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
    qa_statuses: Optional[Sequence] = None,
) -> list[Finding]:
    """``remaining_mismatch``: each hazard with a geometry whose stored remaining area (NULL
    included) or status (when ``statuses`` is given) is not what its releases give as of
    ``today``, by the rule every writer of the figures follows (:func:`core.derived.
    hazard_figures`: the accounting with ellipsoidal areas; releases ending after ``today``
    not counted, releases without an end date counted, failed ones (``qa_statuses``) never
    counted). A hazard whose figures cannot be known
    (a release over it has an unreadable end date: ``bad_date`` says so) is not compared."""
    from ..derived import hazard_figures

    hazards = object_array(hazard_geometries)
    releases = object_array(release_geometries)
    present = np.flatnonzero(is_present(hazards))
    if not len(present):
        return []
    _stop_if_cancelled(is_cancelled)
    stored_releases = _stored_releases(releases, outcomes, end_dates, release_ids, qa_statuses)
    area = lambda g: ellipsoidal_areas(g, crs)  # noqa: E731
    due = hazard_figures(hazards[present], stored_releases, today, area=area)
    _stop_if_cancelled(is_cancelled)
    original = area(hazards[present])
    over = _counted_over(hazards[present], releases, stored_releases, today)
    findings = []
    for k, i in enumerate(present):
        status = plain_text(statuses[i]) if statuses is not None else None
        args = _remaining_args(due[k], original[k], remaining[i], status, statuses is not None)
        if args is None:
            continue
        args |= {
            "feature": feature_text(HAZARD, int(i), labels, ids),
            "today": today.isoformat(),
            "count": str(int(over[k])),
        }
        unknown = stored_number(remaining[i]) is None or status == UNKNOWN_STATUS
        template = MESSAGES["remaining_unknown" if unknown else "remaining_mismatch"]
        xy = tuple(anchor_xy(hazards, [i])[0])
        severity = WARNING if unknown else None
        findings.append(
            make_finding("remaining_mismatch", HAZARD, i, labels, template, args, xy, severity)
        )
    return findings


def _stop_if_cancelled(is_cancelled: Optional[Callable[[], bool]]) -> None:
    if is_cancelled is not None and is_cancelled():
        raise Cancelled()


def _stored_releases(releases: np.ndarray, outcomes, end_dates, release_ids, qa_statuses) -> list:
    """The releases as ``core.derived`` counts them (None where there is no geometry)."""
    from ..derived import StoredRelease

    usable = is_present(releases)
    return [
        StoredRelease(
            releases[r] if usable[r] else None,
            outcomes[r],
            end_dates[r],
            None if release_ids is None else plain_text(release_ids[r]),
            None if qa_statuses is None else qa_statuses[r],
        )
        for r in range(len(releases))
    ]


def _remaining_args(figures, original_m2: float, stored_value, status, compare_status: bool):
    """The message values of a hazard whose stored remaining area (``stored_value``) or
    ``status`` is not what its releases give (``figures``); None when they are, or when the
    figures cannot be known (a release's end date cannot be read: ``bad_date`` says so)."""
    if not figures.known:
        return None
    expected = figures.remaining_m2
    stored = stored_number(stored_value)
    tolerance = max(REMAINING_MIN_M2, REMAINING_SHARE * original_m2)
    number = isinstance(stored, float) and math.isfinite(stored)
    same_status = not compare_status or status == figures.status
    if number and abs(stored - expected) <= tolerance and same_status:
        return None
    return {
        "status": status if status is not None else "NULL",
        "expected": f"{expected:.2f}",
        "expected_status": figures.status,
        "stored": (
            "NULL" if stored is None else f"{stored:.2f}" if number else f"'{shown(stored_value)}'"
        ),
    }


def _counted_over(hazards: np.ndarray, releases: np.ndarray, stored, today: date) -> np.ndarray:
    """For each hazard, how many releases that count today meet its interior."""
    from ..derived import counts_on

    counted = np.array(
        [
            bool(counts_on(r, today))
            and isinstance(r.outcome, str)
            and r.outcome.strip().lower() in model.OUTCOME_STRENGTH
            for r in stored
        ],
        dtype=bool,
    ) & is_present(releases)
    idx = np.flatnonzero(counted)
    if not len(idx) or not len(hazards):
        return np.zeros(len(hazards), dtype=int)
    counted_releases = valid_polygons(releases[idx])
    fixed = valid_polygons(hazards)
    h, r = shapely.STRtree(counted_releases).query(fixed, predicate="intersects")
    inside = ~shapely.touches(fixed[h], counted_releases[r])
    return np.bincount(h[inside], minlength=len(hazards))
