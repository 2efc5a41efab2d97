""":func:`check_release`: the live figures of the "Record land release" dialog for one candidate
polygon against its hazard and the releases already recorded near it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np
import shapely

from ..progress import object_array
from .inputs import EMPTY_REASON, NOT_POLYGON_REASON, invalid_reason
from .overlay import EMPTY, POLYGONAL, geos_flags_ignored, polygonal
from .results import AREA_TOLERANCE_M2, OPEN, AreaFunction, clamp, measure, status
from .sample_points import checked, checked_union, in_both, in_either, in_first_only


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


@geos_flags_ignored
def check_release(candidate, hazard, earlier, area: Optional[AreaFunction] = None) -> ReleaseCheck:
    """Figures of ``candidate`` against its ``hazard`` and the releases recorded ``earlier``.

    ``earlier`` holds the releases near the candidate (whether they intersect it or not; missing,
    empty ones are skipped, invalid ones repaired). An invalid candidate is not repaired: the
    result has ``valid=False``, the reason, zero figures and status ``open``. An invalid hazard
    is repaired (``make_valid``), a missing one has no area. Every overlay is checked at sample
    points and redone on the precision grid where wrong.
    """
    area = area or shapely.area
    reason = _candidate_problem(candidate)
    if reason is not None:
        return _invalid_check(reason)
    hzd = EMPTY if hazard is None or hazard.is_empty else hazard
    if not hzd.is_valid or shapely.get_type_id(hzd) not in POLYGONAL:
        hzd = polygonal(hzd)
    done = _usable(earlier)
    overlays, near, per_earlier = _overlays(candidate, hzd, done)
    figures, per = measure(area, [object_array(overlays), per_earlier])
    figures = np.where(figures < AREA_TOLERANCE_M2, 0.0, figures)
    area_m2, hazard_m2, inside_m2, outside_m2, overlap_m2, before_m2, after_m2 = figures.tolist()
    remaining_after = clamp(hazard_m2 - after_m2)
    return ReleaseCheck(
        valid=True,
        invalid_reason=None,
        area_m2=area_m2,
        hazard_m2=hazard_m2,
        inside_m2=inside_m2,
        outside=overlays[3] if outside_m2 >= AREA_TOLERANCE_M2 else None,
        outside_m2=outside_m2,
        overlaps=[(int(i), float(a)) for i, a in zip(near, per) if a >= AREA_TOLERANCE_M2],
        overlap_m2=overlap_m2,
        larger_than_hazard=area_m2 > hazard_m2 + AREA_TOLERANCE_M2,
        remaining_before_m2=clamp(hazard_m2 - before_m2),
        remaining_after_m2=remaining_after,
        status_after=status(after_m2, remaining_after),
    )


def _candidate_problem(candidate) -> Optional[str]:
    """Why the candidate cannot be checked (``EMPTY_REASON``...), None when it can."""
    if candidate is None or candidate.is_empty:
        return EMPTY_REASON
    if shapely.get_type_id(candidate) not in POLYGONAL:
        return NOT_POLYGON_REASON
    if not candidate.is_valid:
        return invalid_reason(candidate)
    return None


def _usable(earlier) -> np.ndarray:
    """The earlier releases as valid polygons (missing and empty ones as an empty polygon)."""
    done = []
    for g in object_array(earlier) if earlier is not None else ():
        if g is None or g.is_empty:
            done.append(EMPTY)
        elif g.is_valid and shapely.get_type_id(g) in POLYGONAL:
            done.append(g)
        else:
            done.append(polygonal(g))
    return object_array(done)


def _overlays(candidate, hzd, done):
    """The geometries to measure (candidate, hazard, inside, outside, overlap, the hazard's
    released ground before and after), the earlier releases the candidate overlaps and the
    overlap with each."""

    def one(op, a, b, rule):  # checked() on two single geometries
        return checked(op, a, b, rule)[0]

    inside = one(shapely.intersection, candidate, hzd, in_both)
    outside = one(shapely.difference, candidate, hzd, in_first_only)
    touches_candidate = shapely.intersects(candidate, done)
    near = np.flatnonzero(touches_candidate)
    per_earlier = checked(shapely.intersection, candidate, done[near], in_both)
    hit = shapely.area(per_earlier) > 0
    near, per_earlier = near[hit], per_earlier[hit]
    relevant = done[touches_candidate | shapely.intersects(hzd, done)]
    every = checked_union(relevant) if len(relevant) else EMPTY
    overlap = one(shapely.intersection, candidate, every, in_both)
    in_before = one(shapely.intersection, hzd, every, in_both)
    in_after = one(
        shapely.intersection, hzd, one(shapely.union, every, candidate, in_either), in_both
    )
    return [candidate, hzd, inside, outside, overlap, in_before, in_after], near, per_earlier


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
