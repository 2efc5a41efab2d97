"""The accounting's inputs read: usable polygons, known outcomes, end dates; their issues."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Optional

import numpy as np
import shapely

from .. import model
from .overlay import EMPTY, POLYGONAL, polygonal
from .results import EARLIEST_END_DATE, Issue, make_issue

PENDING, PASSED, FAILED = model.CODE_LISTS["qa_status"].values()
EMPTY_REASON = "empty"  # ReleaseCheck.invalid_reason of a missing or empty candidate
NOT_POLYGON_REASON = "not a polygon"  # ... of a candidate that is no (multi)polygon


def clean_geometries(geoms: np.ndarray, issues: list[Issue], hazard: bool):
    """Usable polygons (empty polygon where there is none) and a mask of the non-empty ones."""
    out = np.array(geoms, dtype=object, copy=True)
    n = len(out)
    if not n:
        return out, np.zeros(0, dtype=bool)

    def where(i):
        return {"hazards": (i,)} if hazard else {"releases": (i,)}

    missing = shapely.is_missing(out) | shapely.is_empty(out)
    usable = ~missing & shapely.is_valid(out) & np.isin(shapely.get_type_id(out), POLYGONAL)
    for i in np.flatnonzero(~missing & ~usable).tolist():
        reason = invalid_reason(out[i])
        out[i] = polygonal(out[i])
        issues.append(make_issue("invalid_geometry", detail=reason, **where(i)))
        if out[i].is_empty:
            missing[i] = True
    for i in np.flatnonzero(missing).tolist():
        out[i] = EMPTY
        issues.append(make_issue("empty_geometry", **where(i)))
    return out, ~missing


def outcome_strengths(outcomes: Sequence, issues: list[Issue]) -> np.ndarray:
    """``model.OUTCOME_STRENGTH`` of each release's outcome, 0 (and an issue) when unknown."""
    strength = np.zeros(len(outcomes), dtype=int)
    for i, value in enumerate(outcomes):
        code = _outcome(value)
        if code is None:
            detail = None if value is None else str(value)
            issues.append(make_issue("unknown_outcome", releases=(i,), detail=detail))
        else:
            strength[i] = model.OUTCOME_STRENGTH[code]
    return strength


def counted_by_review(
    qa_statuses: Optional[Sequence], official: bool, issues: list[Issue]
) -> tuple[np.ndarray, np.ndarray]:
    """(counted, pending) masks by each release's ``qa_status`` (see the package docstring):
    counted: passed (and, operational, pending: NULL included); pending: pending or NULL. A
    failed release gives a ``failed_review`` issue, an unknown code ``unknown_qa_status``."""
    if qa_statuses is None:
        raise ValueError("qa_statuses must be given")
    codes = _each_once(review_state, qa_statuses)
    passed = np.array([c == PASSED for c in codes], dtype=bool)
    pending = np.array([c == PENDING for c in codes], dtype=bool)
    for i, (value, code) in enumerate(zip(qa_statuses, codes)):
        if code == FAILED:
            issues.append(make_issue("failed_review", releases=(i,)))
        elif code is None:
            issues.append(make_issue("unknown_qa_status", releases=(i,), detail=str(value)))
    return (passed if official else passed | pending), pending


def _each_once(function, values) -> list:
    """``function`` of each value, computed once per distinct value (400,000 releases hold a
    handful of codes)."""
    done: dict = {}
    out = []
    for value in values:
        try:
            out.append(done[value] if value in done else done.setdefault(value, function(value)))
        except TypeError:  # unhashable
            out.append(function(value))
    return out


def review_state(value) -> Optional[str]:
    """``pending`` (NULL or blank too), ``passed`` or ``failed`` from a stored ``qa_status``
    (spaces and case ignored); None for any other value."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return PENDING
    if not isinstance(value, str):
        return None
    code = value.strip().lower()
    return code if code in (PENDING, PASSED, FAILED) else None


def counted_by_date(
    end_dates: Sequence, cutoff: Optional[date], today: Optional[date], issues: list[Issue]
) -> np.ndarray:
    """Which releases count by their end date (see the package docstring); their issues."""
    dated = np.ones(len(end_dates), dtype=bool)
    for i, value in enumerate(end_dates):
        day = as_date(value)
        blank = value is None or (isinstance(value, str) and not value.strip())
        if day is None:
            if cutoff is not None or not blank:
                dated[i] = False
                detail = None if blank else str(value)
                issues.append(make_issue("no_end_date", releases=(i,), detail=detail))
            continue
        if today is not None and day > today:
            dated[i] = False
            issues.append(make_issue("future_end_date", releases=(i,), detail=day.isoformat()))
        elif cutoff is not None and day > cutoff:
            dated[i] = False
            issues.append(make_issue("after_as_of", releases=(i,), detail=day.isoformat()))
        elif day < EARLIEST_END_DATE:
            issues.append(make_issue("early_end_date", releases=(i,), detail=day.isoformat()))
    return dated


def invalid_reason(geometry) -> str:
    """Why ``geometry`` is no usable polygon: ``NOT_POLYGON_REASON`` or GEOS's reason."""
    if shapely.get_type_id(geometry) not in POLYGONAL:
        return NOT_POLYGON_REASON
    return shapely.is_valid_reason(geometry)


def as_date(value) -> Optional[date]:
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


def _outcome(value) -> Optional[str]:
    if not isinstance(value, str):
        return None
    code = value.strip().lower()
    return code if code in model.OUTCOME_STRENGTH else None
