"""What the accounting gives: each hazard's account, the issues met, and the figures' rules."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Optional

import numpy as np
import shapely

from .. import model
from .overlay import EMPTY

OUTCOMES = ("cleared", "reduced", "cancelled")  # strongest first
EARLIEST_END_DATE = model.EARLIEST_WORK_DATE  # an end date before it is most likely a slip
AREA_TOLERANCE_M2 = 0.01  # below this an area counts as nothing (slivers from floating point)

OPEN, WORKED_ON, CLOSED = "open", "worked_on", "closed"
ERROR, WARNING = "error", "warning"

ISSUE_CODES: dict[str, str] = {  # code -> severity, in the order issues are sorted
    "empty_geometry": ERROR,
    "invalid_geometry": WARNING,
    "unknown_outcome": ERROR,
    "unknown_qa_status": ERROR,
    "failed_review": WARNING,
    "no_end_date": WARNING,
    "future_end_date": WARNING,
    "after_as_of": WARNING,
    "early_end_date": WARNING,
    "release_outside_hazard": WARNING,
    "release_overlap": WARNING,
}

AreaFunction = Callable[[np.ndarray], np.ndarray]  # array of shapely geometries -> array of m²


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
    pending_m2: float = 0.0  # released by pending releases only (see the package docstring)

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
    detail: Optional[str] = None  # GEOS reason (invalid_geometry), the value (unknown_outcome,
    # unknown_qa_status)


@dataclass
class Accounting:
    hazards: list[HazardAccount]  # one per input hazard, same order
    issues: list[Issue]  # sorted by code (ISSUE_CODES order), releases, hazards
    counted: np.ndarray  # bool per release: counted in this accounting
    official: bool = False  # only releases passed by quality management counted
    pending: Optional[np.ndarray] = None  # bool per release: pending review, else countable


def make_issue(code, releases=(), hazards=(), geometry=None, area_m2=0.0, detail=None) -> Issue:
    """An :class:`Issue` of ``code`` (its severity from ``ISSUE_CODES``), indices sorted."""
    return Issue(
        code=code,
        severity=ISSUE_CODES[code],
        releases=tuple(sorted(map(int, releases))),
        hazards=tuple(sorted(map(int, hazards))),
        geometry=geometry,
        area_m2=float(area_m2) if geometry is not None else 0.0,
        detail=detail,
    )


def sort_issues(issues: list[Issue]) -> None:
    """Sort ``issues`` in place by code (``ISSUE_CODES`` order), releases, hazards."""
    rank = {code: k for k, code in enumerate(ISSUE_CODES)}
    issues.sort(key=lambda x: (rank[x.code], x.releases, x.hazards))


def status(released_m2: float, remaining_m2: float) -> str:
    """``open`` when nothing is released, ``closed`` when nothing remains, else ``worked_on``."""
    if released_m2 < AREA_TOLERANCE_M2:
        return OPEN
    if remaining_m2 < AREA_TOLERANCE_M2:
        return CLOSED
    return WORKED_ON


def measure(area: AreaFunction, batches: list[np.ndarray]) -> list[np.ndarray]:
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


def part_geometry(geometry, figure: float):
    """The geometry of a figure: an empty polygon when the figure is 0."""
    if geometry is None or figure < AREA_TOLERANCE_M2:
        return EMPTY
    return geometry


def clamp(value: float) -> float:
    """0 below ``AREA_TOLERANCE_M2``, else the value as a float."""
    return 0.0 if value < AREA_TOLERANCE_M2 else float(value)
