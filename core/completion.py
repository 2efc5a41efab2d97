"""The completion report / handover certificate of a hazard (IMAS 08.30, DESIGN §5.11,
``landrelease:completionreport``): its land release figures, the releases that make them, the
items found, the dates, organisations, teams and the quality management result.

Pure Python (shapely 2): no QGIS or Qt. The figures are those of
:func:`core.accounting.account`, the accounting of ``landrelease:releasesummary``, on the
releases that count: every saved release but a failed one (qa_status ``failed``) or one whose
qa_status is no known code, as the operational figures of the summary. Cleared ground is split
by method and by clearance depth as the area report splits by method
(``area_report._method_split``: each figure shared among the releases that make it, by the
ground each gives, the earlier first where they overlap).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from types import SimpleNamespace
from typing import Optional

import shapely

from . import accounting
from .accounting.inputs import as_date
from .area_report import _method_split

OUTCOMES = ("cancelled", "reduced", "cleared")
QA_CODES = ("pending", "passed", "failed")
COUNTED_QA = ("pending", "passed")
ITEMS = ("ap", "at", "uxo", "cm")
NO_DEPTH = ""  # the depth key of a release without a depth


@dataclass(frozen=True)
class Release:
    """One land release as the report reads it (text as stored; None where NULL)."""

    release_id: str
    hazard_id: Optional[str]
    outcome: Optional[str]
    method: Optional[str]
    depth_cm: Optional[float]
    organisation: Optional[str]
    team: Optional[str]
    start_date: Optional[date]
    end_date: object  # a date, None, or text that is no date (the accounting reports it)
    items: dict  # "ap", "at", "uxo", "cm" -> count
    qa_status: str  # pending, passed, failed, or the unknown code as stored
    reviewed_by: Optional[str] = None
    reviewed_on: Optional[date] = None

    @property
    def failed(self) -> bool:
        return self.qa_status == "failed"

    @property
    def counts(self) -> bool:
        """Whether the release counts: pending or passed (a failed release never counts, nor
        one whose qa_status is no known code, as in the accounting of the summary)."""
        return self.qa_status in COUNTED_QA


@dataclass
class HazardReport:
    """What the report of one hazard prints; areas in m² (by the accounting's area function)."""

    account: accounting.HazardAccount
    releases: list  # the Release rows of the hazard (counted ones and the others), by end date
    counted: list  # those that count (pending or passed) among them
    by_method: dict = field(default_factory=dict)  # (outcome, method) -> m²
    cleared_by_depth: dict = field(default_factory=dict)  # depth key -> m² cleared
    items: dict = field(default_factory=dict)  # "ap"... -> total of the counted releases
    first_start: Optional[date] = None
    last_end: Optional[date] = None
    organisations: tuple = ()
    teams: tuple = ()
    qa_counts: dict = field(default_factory=dict)  # qa code -> number of releases

    @property
    def closed(self) -> bool:
        return self.account.status == accounting.CLOSED


def qa_code(value) -> str:
    """A qa_status as the report counts it: NULL or blank is ``pending`` (the default of a
    saved release); a listed code in lower case; anything else as stored."""
    text = "" if value is None else str(value).strip()
    if not text:
        return "pending"
    return text.lower() if text.lower() in QA_CODES else text


def depth_key(depth_cm) -> str:
    """The clearance depth as a key: ``"13"`` (cm, whole or with its decimals), or
    :data:`NO_DEPTH` when none is recorded."""
    if depth_cm is None:
        return NO_DEPTH
    try:
        value = float(depth_cm)
    except (TypeError, ValueError):
        return str(depth_cm).strip()
    if not math.isfinite(value):
        return NO_DEPTH
    return f"{value:.0f}" if value == int(value) else f"{value:g}"


def count(value) -> int:
    """An item count: NULL is 0."""
    try:
        return int(value) if value is not None else 0
    except (TypeError, ValueError):
        return 0


def hazard_reports(
    hazards: Sequence,
    hazard_ids: Sequence[str],
    release_geometries: Sequence,
    releases: Sequence[Release],
    area=None,
    today: Optional[date] = None,
    is_canceled=None,
) -> list[HazardReport]:
    """The report of each hazard (shapely polygons in one projected CRS), from the accounting
    of the releases that count (pending and passed ones)."""
    counted = [k for k, r in enumerate(releases) if r.counts]
    result = accounting.account(
        [hazards[h] for h in range(len(hazards))],
        [release_geometries[k] for k in counted],
        [releases[k].outcome for k in counted],
        [releases[k].end_date for k in counted],
        area=area,
        today=today,
        is_canceled=is_canceled,
    )
    reports = []
    for h, hazard_account in enumerate(result.hazards):
        mine = [counted[r] for r in hazard_account.releases]
        others = _not_counted_on(hazards[h], hazard_ids[h], release_geometries, releases)
        reports.append(_report(hazard_account, mine, others, release_geometries, releases))
    return reports


def _not_counted_on(hazard, hazard_id, geometries, releases) -> list[int]:
    """The releases that do not count (failed, unknown qa_status) and name the hazard or cover
    part of it: shown, never counted."""
    found = []
    for k, release in enumerate(releases):
        if release.counts:
            continue
        if hazard_id and release.hazard_id == hazard_id:
            found.append(k)
            continue
        geometry = geometries[k]
        if geometry is None or geometry.is_empty or hazard is None or hazard.is_empty:
            continue
        try:
            inside = shapely.area(shapely.intersection(_valid(hazard), _valid(geometry)))
        except shapely.errors.GEOSException:
            continue
        if inside >= accounting.AREA_TOLERANCE_M2:
            found.append(k)
    return found


def _report(hazard_account, mine, failed, geometries, releases) -> HazardReport:
    counted = [releases[k] for k in mine]
    shown = sorted(
        set(mine) | set(failed),
        key=lambda k: (_day(releases[k].end_date) or date.max, releases[k].release_id),
    )
    report = HazardReport(hazard_account, [releases[k] for k in shown], counted)
    if mine:
        local = list(range(len(mine)))
        single = SimpleNamespace(hazards=[_local_account(hazard_account, local)])
        rel = [geometries[k] for k in mine]
        outcomes = [_outcome(r.outcome) for r in counted]
        days = [_day(r.end_date) for r in counted]
        methods = [_method(r.method) for r in counted]
        report.by_method = _method_split(single, rel, outcomes, methods, days)
        depths = [depth_key(r.depth_cm) for r in counted]
        report.cleared_by_depth = {
            depth: m2
            for (outcome, depth), m2 in _method_split(single, rel, outcomes, depths, days).items()
            if outcome == "cleared"
        }
    report.items = {item: sum(count(r.items.get(item)) for r in counted) for item in ITEMS}
    starts = [r.start_date for r in counted if isinstance(r.start_date, date)]
    ends = [_day(r.end_date) for r in counted if _day(r.end_date) is not None]
    report.first_start = min(starts) if starts else None
    report.last_end = max(ends) if ends else None
    report.organisations = _distinct(r.organisation for r in counted)
    report.teams = _distinct(r.team for r in counted)
    report.qa_counts = {code: 0 for code in QA_CODES}
    for release in report.releases:
        report.qa_counts[release.qa_status] = report.qa_counts.get(release.qa_status, 0) + 1
    return report


def _local_account(hazard_account, local):
    """The hazard's account with its releases numbered 0, 1… as given to the split."""
    return SimpleNamespace(
        **{name: getattr(hazard_account, name) for name in (*OUTCOMES, "remaining")},
        **{f"{name}_m2": getattr(hazard_account, f"{name}_m2") for name in OUTCOMES},
        releases=tuple(local),
    )


def _valid(geometry):
    return geometry if shapely.is_valid(geometry) else shapely.make_valid(geometry)


def _day(value) -> Optional[date]:
    day = as_date(value)
    return day if isinstance(day, date) else None


def _outcome(value) -> Optional[str]:
    text = "" if value is None else str(value).strip().lower()
    return text if text in OUTCOMES else None


def _method(value) -> str:
    from .area_report import METHODS, UNSPECIFIED

    text = "" if value is None else str(value).strip().lower()
    return text if text in METHODS else UNSPECIFIED


def _distinct(values) -> tuple:
    return tuple(sorted({str(v).strip() for v in values if v is not None and str(v).strip()}))
