"""The area report (DESIGN §5.8, ``landrelease:areareport``): the land release accounting
aggregated per district, by outcome and method, by month, with the items found.

Pure Python (shapely 2, numpy): no QGIS, Qt or GDAL. Every figure comes from
:func:`core.accounting.account`, the core of ``landrelease:releasesummary``, so the report and
the summary can never disagree. Definitions (also printed in the report):

- **Period** ``[start, end]`` (either may be open). ``A(d)`` is the accounting as of the day
  ``d`` (releases with an end date on or before ``d``; ``A(None)`` counts every release).
- **Remaining** = ``A(end)``: what the release summary says with ``AS_OF = end``.
- **Released in the period**, per outcome = ``A(end) − A(start − 1 day)`` (``A(end)`` alone
  without a start): the change of the release summary over the period. A release that ended
  before the period is not in these figures but has reduced the remaining area. Their sum is the
  ground newly released, never negative; an outcome alone can be negative when ground released
  before the period (e.g. reduced) gets a stronger outcome (cleared) in it: it moves between
  outcomes.
- **By month**: the same difference month by month (``A(end of month) − A(end of the month
  before)``), so the months add up to the period; releases without an end date are in no month.
- **By method**: each hazard's outcome figure is shared among the methods of the releases that
  make it, in proportion to the ground each gives (the earlier release first where releases of
  one outcome overlap); as of each end of the period, then differenced like the outcomes.
- **Nesting**: a CHA usually lies inside an SHA. Every hazard is accounted on its own (as the
  release summary does), so ``cancelled/reduced/cleared/remaining_m2`` are sums over hazards and
  count nested ground once per hazard; ``sha_*`` and ``cha_*`` split them by classification
  (each of which does not overlap itself); ``hazard_ground_m2`` and ``remaining_ground_m2`` are
  areas of the *union* of the district's hazards (nested ground once).
- **District** of a hazard: its ``district`` field when set (matched to a district's code, name
  or English name, case-insensitively), else the district polygon holding most of it, else
  unknown. Of a release: that of the hazard its ``hazard_id`` names, else of the hazard holding
  most of it, else the district polygon holding most of it, else unknown.
- **Items found** and **releases**: the releases whose end date is in the period (every
  release when the period is open at both ends) and that count, by the release's district.
- **Which releases count** (``official``), as in the release summary: official figures count
  only releases passed by quality management; operational ones every release but failed ones
  (NULL qa_status: pending). A failed release counts in no figure.
- **Pending** (``pending_m2``): as of the end, the ground of each hazard released by pending
  releases and by no passed one (:func:`accounting.account`'s ``pending_m2``), summed like
  ``remaining_m2``: part of remaining in official figures, of released ground in operational
  ones.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from datetime import date, timedelta
from typing import Optional

import numpy as np
import shapely

from . import accounting
from .accounting.inputs import PASSED, PENDING, as_date, review_state
from .model import QT_TRANSLATE_NOOP
from .spatial_join import polygon_holding_most

OUTCOMES = ("cancelled", "reduced", "cleared")  # report order, weakest first
METHODS = ("manual", "mechanical", "mdd", "combined", "none")
UNSPECIFIED = "unspecified"  # a release without a known method
ITEMS = ("ap", "at", "uxo", "cm")
SHA, CHA = "SHA", "CHA"
TR_CONTEXT = "LandReleaseAreaReport"  # the context of the report's layout (layouts/area_report.py)
UNKNOWN_NAME = QT_TRANSLATE_NOOP("LandReleaseAreaReport", "Unknown district")
MAX_MONTHS = 48  # longer periods are charted by year

CSV_COLUMNS = (
    "district_code",
    "district_name",
    "district_name_en",
    "sha_count",
    "sha_area_m2",
    "cha_count",
    "cha_area_m2",
    "hazard_ground_m2",
    "cancelled_m2",
    "reduced_m2",
    "cleared_m2",
    "released_m2",
    "remaining_m2",
    "sha_remaining_m2",
    "cha_remaining_m2",
    "remaining_ground_m2",
    "pending_m2",
    "releases",
    "ap_found",
    "at_found",
    "uxo_found",
    "cm_found",
)


class ReportCanceled(Exception):
    """The caller's ``is_canceled()`` returned True."""


@dataclass(frozen=True)
class District:
    code: str
    name: str = ""
    name_en: str = ""

    @property
    def label(self) -> str:
        """``name (English name)``, or whichever of name, English name, code there is."""
        name = self.name or self.name_en or self.code
        if self.name_en and self.name_en != name:
            return f"{name} ({self.name_en})"
        return name

    def matches(self, text) -> bool:
        wanted = _key(text)
        return bool(wanted) and wanted in {_key(self.code), _key(self.name), _key(self.name_en)}


UNKNOWN = District("", UNKNOWN_NAME, "")


@dataclass
class DistrictRow:
    """One row of the per-district table (and of the CSV); areas in m²."""

    district: District
    sha_count: int = 0
    sha_area_m2: float = 0.0
    cha_count: int = 0
    cha_area_m2: float = 0.0
    hazard_ground_m2: float = 0.0
    cancelled_m2: float = 0.0
    reduced_m2: float = 0.0
    cleared_m2: float = 0.0
    remaining_m2: float = 0.0
    sha_remaining_m2: float = 0.0
    cha_remaining_m2: float = 0.0
    remaining_ground_m2: float = 0.0
    pending_m2: float = 0.0
    releases: int = 0
    ap_found: int = 0
    at_found: int = 0
    uxo_found: int = 0
    cm_found: int = 0

    @property
    def released_m2(self) -> float:
        return self.cancelled_m2 + self.reduced_m2 + self.cleared_m2

    def add(self, other: DistrictRow) -> None:
        for f in fields(self):
            if f.name != "district":
                setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def csv_values(self) -> list:
        d = self.district
        values = {
            "district_code": d.code,
            "district_name": d.name or d.name_en or d.code,
            "district_name_en": d.name_en,
            "released_m2": self.released_m2,
        }
        row = [values[c] if c in values else getattr(self, c) for c in CSV_COLUMNS]
        return [round(v, 2) if isinstance(v, float) else v for v in row]  # m² to the cm²


@dataclass
class Report:
    start: Optional[date]
    end: Optional[date]
    district_filter: Optional[District]
    rows: list[DistrictRow]  # one per district with a hazard or a release, by code
    total: DistrictRow
    by_method: dict[tuple[str, str], float]  # (outcome, method) -> m² released in the period
    releases_by_outcome: dict[str, int]  # releases ended in the period, by outcome
    buckets: list[tuple[str, dict[str, float]]]  # ("2024-05", {outcome: m²}) by month or year
    bucket_unit: str  # "month" or "year"
    undated_releases: int  # counted releases without an end date (in no month)
    hazard_districts: list[District]  # district of every input hazard
    hazard_included: np.ndarray  # bool per input hazard: in the report (district filter)
    release_in_period: np.ndarray  # bool per input release: ended in the period (and filter)
    accounting_issues: int = 0
    methods: tuple[str, ...] = field(default=METHODS + (UNSPECIFIED,))
    official: bool = False  # only releases passed by quality management count

    @property
    def is_empty(self) -> bool:
        """Nothing was released in the period (no figure, no release)."""
        t = self.total
        moved = any(abs(getattr(t, f"{o}_m2")) >= accounting.AREA_TOLERANCE_M2 for o in OUTCOMES)
        return not moved and t.releases == 0


# ---------------------------------------------------------------------------------------------
# Districts
# ---------------------------------------------------------------------------------------------


def find_district(query, districts: Sequence[District]) -> District:
    """The district whose code, name or English name is ``query`` (case-insensitive).

    Raises ``LookupError`` (its message lists the known districts) when there is none."""
    for district in districts:
        if district.matches(query):
            return district
    known = ", ".join(f"{d.code} ({d.label})" if d.code else d.label for d in districts)
    raise LookupError(f"Unknown district '{query}'. Known districts: {known or 'none'}.")


def assign_hazards(
    geometries, values: Sequence, districts: Sequence[District], district_geometries
) -> list[District]:
    """The district of each hazard: its ``district`` value when set (the district it names, or a
    district of that code when none does), else the district polygon holding most of it."""
    known = list(districts)
    by_value: dict[str, District] = {}
    out: list[Optional[District]] = []
    for value in values:
        key = _key(value)
        if not key:
            out.append(None)
            continue
        if key not in by_value:
            found = next((d for d in known if d.matches(value)), None)
            by_value[key] = found or District(str(value).strip(), str(value).strip())
        out.append(by_value[key])
    missing = [i for i, d in enumerate(out) if d is None]
    if missing:
        best = polygon_holding_most(_array(geometries)[missing], _array(district_geometries))
        for i, k in zip(missing, best):
            out[i] = known[k] if k >= 0 else UNKNOWN
    return out  # type: ignore[return-value]


def assign_releases(
    geometries,
    hazard_ids: Sequence,
    hazard_geometries,
    hazard_id_values: Sequence,
    hazard_districts: Sequence[District],
    districts: Sequence[District],
    district_geometries,
) -> list[District]:
    """The district of each release: of the hazard its ``hazard_id`` names, else of the hazard
    holding most of it, else the district polygon holding most of it, else unknown."""
    geometries = _array(geometries)
    by_id = {}
    for value, district in zip(hazard_id_values, hazard_districts):
        if _key(value):
            by_id.setdefault(_key(value), district)
    out: list[Optional[District]] = [by_id.get(_key(v)) for v in hazard_ids]
    missing = [i for i, d in enumerate(out) if d is None]
    if missing:
        holding = polygon_holding_most(geometries[missing], _array(hazard_geometries))
        for i, k in zip(missing, holding):
            if k >= 0:
                out[i] = hazard_districts[k]
    missing = [i for i, d in enumerate(out) if d is None]
    if missing:
        holding = polygon_holding_most(geometries[missing], _array(district_geometries))
        known = list(districts)
        for i, k in zip(missing, holding):
            out[i] = known[k] if k >= 0 else UNKNOWN
    return out  # type: ignore[return-value]


# ---------------------------------------------------------------------------------------------
# The report
# ---------------------------------------------------------------------------------------------


def build_report(
    hazards,
    classifications: Sequence,
    hazard_districts: Sequence[District],
    releases,
    outcomes: Sequence,
    end_dates: Sequence,
    methods: Sequence,
    items: dict[str, Sequence],
    release_districts: Sequence[District],
    start: Optional[date] = None,
    end: Optional[date] = None,
    district_filter: Optional[District] = None,
    area: Optional[Callable] = None,
    progress: Optional[Callable[[float], None]] = None,
    is_canceled: Optional[Callable[[], bool]] = None,
    today: Optional[date] = None,
    qa_statuses: Optional[Sequence] = None,
    official: bool = False,
) -> Report:
    """Everything the area report shows (see the module docstring for the definitions).

    ``items`` maps each of ``ITEMS`` to one count per release (None as 0). ``area`` is the
    area function of :func:`accounting.account` (planar by default). ``today``: releases
    ending after it count nowhere (as in :func:`accounting.account`). ``qa_statuses`` and
    ``official``: which releases count by their review (as in :func:`accounting.account`)."""
    if start is not None and end is not None and start > end:
        raise ValueError(f"The period starts ({start}) after it ends ({end}).")
    area = area or shapely.area
    hazards, releases = _array(hazards), _array(releases)
    hazard_districts = list(hazard_districts)
    included = np.array(
        [district_filter is None or d == district_filter for d in hazard_districts], dtype=bool
    )
    idx = np.flatnonzero(included)
    classes = [_key(classifications[i]).upper() for i in idx.tolist()]
    if qa_statuses is None:
        qa_statuses = [None] * len(releases)
    reviewed = _counted_by_review(qa_statuses, official)
    dated = _Releases.read(outcomes, end_dates, methods, today, reviewed)
    before = start - timedelta(days=1) if start is not None else None
    step = _Step(progress, is_canceled)
    run = _Accountant(
        hazards[idx], releases, (outcomes, end_dates, qa_statuses), area, today, official
    )
    step(0.0)
    at_end = run(end)
    step(0.3)
    has_before = before is not None and any(d is not None and d <= before for d in dated.days)
    at_start = run(before) if has_before else None
    step(0.45)
    by_method = _by_method(at_end, at_start, releases, dated)
    step(0.55)
    rows = _Rows()
    rows.add_hazards(at_end, at_start, classes, [hazard_districts[h] for h in idx.tolist()])
    rows.add_ground(at_end, [hazard_districts[h] for h in idx.tolist()], area)
    step(0.65)
    period = (start, end)
    releases_by_outcome, in_period = rows.add_releases(
        dated, items, release_districts, district_filter, period
    )
    ordered, total = rows.ordered()
    buckets, unit, undated = _buckets(
        run, at_end, at_start, dated.days, dated.outcome_codes, start, end, step, has_before
    )
    step(1.0)
    return Report(
        start=start,
        end=end,
        district_filter=district_filter,
        rows=ordered,
        total=total,
        by_method=by_method,
        releases_by_outcome=releases_by_outcome,
        buckets=buckets,
        bucket_unit=unit,
        undated_releases=undated,
        hazard_districts=hazard_districts,
        hazard_included=included,
        release_in_period=in_period,
        accounting_issues=sum(
            1 for i in at_end.issues if i.code not in ("after_as_of", "failed_review")
        ),
        official=official,
    )


class _Step:
    """Cancellation check and progress report, one call per step."""

    def __init__(self, progress, is_canceled):
        self.progress, self.is_canceled = progress, is_canceled

    def __call__(self, fraction: float) -> None:
        if self.is_canceled is not None and self.is_canceled():
            raise ReportCanceled()
        if self.progress is not None:
            self.progress(fraction)


class _Accountant:
    """The accounting of the report's hazards as of a day (:func:`accounting.account`)."""

    def __init__(self, hazards, releases, columns, area, today, official):
        self.hazards, self.releases = hazards, releases
        self.outcomes, self.end_dates, self.qa_statuses = columns
        self.area, self.today, self.official = area, today, official

    def __call__(self, as_of: Optional[date]):
        try:
            return accounting.account(
                self.hazards,
                self.releases,
                self.outcomes,
                self.end_dates,
                as_of=as_of,
                area=self.area,
                today=self.today,
                qa_statuses=self.qa_statuses,
                official=self.official,
            )
        except accounting.AccountingCanceled as error:  # pragma: no cover - no callback given
            raise ReportCanceled() from error


@dataclass(frozen=True)
class _Releases:
    """Per release: its end day (None: none or unreadable), whether it counts nowhere (it ends
    after today: it has not happened; or its review does not let it count), its outcome (None:
    unknown or counting nowhere) and method codes."""

    days: list[Optional[date]]
    nowhere: list[bool]  # counts in no figure
    outcome_codes: list[Optional[str]]
    method_codes: list[str]

    @classmethod
    def read(cls, outcomes, end_dates, methods, today, reviewed) -> _Releases:
        days = [as_date(v) for v in end_dates]
        nowhere = [
            (today is not None and d is not None and d > today) or not ok
            for d, ok in zip(days, reviewed)
        ]
        outcome_codes = [None if f else _outcome(v) for v, f in zip(outcomes, nowhere)]
        return cls(days, nowhere, outcome_codes, [_method(v) for v in methods])


class _Rows:
    """The per-district rows, made as districts are met (hazards first, then releases)."""

    def __init__(self):
        self.rows: dict[District, DistrictRow] = {}

    def row(self, district: District) -> DistrictRow:
        if district not in self.rows:
            self.rows[district] = DistrictRow(district)
        return self.rows[district]

    def add_hazards(self, at_end, at_start, classes, districts) -> None:
        """Counts, areas and remaining as of the end; released in the period, per outcome."""
        figures_end = _figures(at_end)
        figures_start = _figures(at_start) if at_start is not None else np.zeros_like(figures_end)
        period = figures_end - figures_start  # per hazard: cancelled, reduced, cleared
        for k, district in enumerate(districts):
            r = self.row(district)
            a = at_end.hazards[k]
            if classes[k] == SHA:
                r.sha_count += 1
                r.sha_area_m2 += a.original_m2
                r.sha_remaining_m2 += a.remaining_m2
            elif classes[k] == CHA:
                r.cha_count += 1
                r.cha_area_m2 += a.original_m2
                r.cha_remaining_m2 += a.remaining_m2
            r.remaining_m2 += a.remaining_m2
            r.pending_m2 += a.pending_m2
            for j, outcome in enumerate(OUTCOMES):
                setattr(r, f"{outcome}_m2", getattr(r, f"{outcome}_m2") + float(period[k, j]))

    def add_ground(self, at_end, districts, area) -> None:
        """Ground figures: unions of the district's hazards (nested ground once)."""
        groups: dict[District, list[int]] = {}
        for k, district in enumerate(districts):
            groups.setdefault(district, []).append(k)
        unions = []
        for ks in groups.values():
            unions.append(_union([at_end.hazards[k].original for k in ks]))
            unions.append(_union([at_end.hazards[k].remaining for k in ks]))
        measured = np.asarray(area(_array(unions)), dtype=float) if unions else np.zeros(0)
        for j, district in enumerate(groups):
            self.rows[district].hazard_ground_m2 = float(measured[2 * j])
            remaining = float(measured[2 * j + 1])
            self.rows[district].remaining_ground_m2 = (
                remaining if remaining >= accounting.AREA_TOLERANCE_M2 else 0.0
            )

    def add_releases(self, dated: _Releases, items, districts, district_filter, period):
        """Releases of the period: counts and items found. Returns the releases by outcome and
        whether each release is in the report."""
        start, end = period
        releases_by_outcome = dict.fromkeys(OUTCOMES, 0)
        in_period = np.zeros(len(dated.days), dtype=bool)
        for i in range(len(dated.days)):
            district = districts[i]
            if district_filter is not None and district != district_filter:
                continue
            if dated.nowhere[i] or not _in_period(dated.days[i], start, end):
                continue
            in_period[i] = True
            r = self.row(district)
            r.releases += 1
            for item in ITEMS:
                values = items.get(item)
                value = _count(values[i]) if values is not None else 0
                setattr(r, f"{item}_found", getattr(r, f"{item}_found") + value)
            if dated.outcome_codes[i] in releases_by_outcome:
                releases_by_outcome[dated.outcome_codes[i]] += 1
        return releases_by_outcome, in_period

    def ordered(self) -> tuple[list[DistrictRow], DistrictRow]:
        """The rows by district code (unknown last) and their TOTAL."""
        ordered = sorted(
            self.rows.values(), key=lambda x: (x.district == UNKNOWN, _key(x.district.code))
        )
        total = DistrictRow(District("TOTAL", "TOTAL", ""))
        for r in ordered:
            total.add(r)
        return ordered, total


def _by_method(at_end, at_start, releases, dated: _Releases) -> dict[tuple[str, str], float]:
    """(outcome, method) -> m² released in the period."""
    codes = (releases, dated.outcome_codes, dated.method_codes, dated.days)
    split_end = _method_split(at_end, *codes)
    split_start = _method_split(at_start, *codes) if at_start is not None else {}
    by_method: dict[tuple[str, str], float] = {}
    for key in set(split_end) | set(split_start):
        value = split_end.get(key, 0.0) - split_start.get(key, 0.0)
        if abs(value) >= accounting.AREA_TOLERANCE_M2:
            by_method[key] = value
    return by_method


def csv_rows(report: Report) -> list[list]:
    """The CSV: a header, one row per district, the TOTAL row."""
    return [list(CSV_COLUMNS)] + [r.csv_values() for r in report.rows] + [report.total.csv_values()]


# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------


def _counted_by_review(qa_statuses: Sequence, official: bool) -> list[bool]:
    """Whether each release counts by its review (the rule of :func:`accounting.account`)."""
    states = [review_state(v) for v in qa_statuses]
    wanted = (PASSED,) if official else (PASSED, PENDING)
    return [state in wanted for state in states]


def _figures(result) -> np.ndarray:
    """(hazards, 3): cancelled, reduced, cleared m² of each hazard of an accounting."""
    out = np.zeros((len(result.hazards), len(OUTCOMES)))
    for k, a in enumerate(result.hazards):
        out[k] = (a.cancelled_m2, a.reduced_m2, a.cleared_m2)
    return out


def _method_split(result, releases, outcome_codes, method_codes, days) -> dict:
    """(outcome, method) -> m² of an accounting: each hazard's outcome figure shared among the
    methods of the releases that make it, by the (planar) ground each gives."""
    out: dict[tuple[str, str], float] = {}
    far = date.max
    for a in result.hazards:
        for outcome in OUTCOMES:
            figure = getattr(a, f"{outcome}_m2")
            if figure <= 0:
                continue
            mine = [r for r in a.releases if outcome_codes[r] == outcome]
            used = {method_codes[r] for r in mine}
            if len(used) <= 1:
                method = used.pop() if used else UNSPECIFIED
                out[(outcome, method)] = out.get((outcome, method), 0.0) + figure
                continue
            part = getattr(a, outcome)
            mine.sort(key=lambda r: (days[r] or far, r))
            shares = dict.fromkeys(sorted(used), 0.0)
            taken = shapely.Polygon()
            try:
                for r in mine:
                    piece = shapely.difference(
                        shapely.intersection(part, _valid_one(releases[r])), taken
                    )
                    shares[method_codes[r]] += shapely.area(piece)
                    taken = shapely.union(taken, piece)
            except shapely.errors.GEOSException:
                shares = dict.fromkeys(shares, 0.0)
            whole = sum(shares.values())
            if whole <= 0:
                shares = {method_codes[mine[0]]: 1.0}
                whole = 1.0
            for method, share in shares.items():
                out[(outcome, method)] = out.get((outcome, method), 0.0) + figure * share / whole
    return out


def _buckets(run, at_end, at_start, days, outcome_codes, start, end, step, has_before):
    """Released m² by outcome per month (or per year over long periods): differences of the
    accounting at the end of each, so that they add up to the period."""
    counted = [d for d, o in zip(days, outcome_codes) if d is not None and o is not None]
    undated = sum(1 for d, o in zip(days, outcome_codes) if d is None and o is not None)
    if start is not None or end is not None:
        undated = 0 if end is not None else undated
    inside = [d for d in counted if _in_period(d, start, end)]
    if not inside:
        return [], "month", undated
    first = start or min(inside)
    last = end or max(inside)
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    unit = "month" if months <= MAX_MONTHS else "year"
    edges = []  # (label, last day of the bucket, clamped to the period)
    if unit == "month":
        y, mo = first.year, first.month
        for _ in range(months):
            day = date(y, mo, calendar.monthrange(y, mo)[1])
            edges.append((f"{y:04d}-{mo:02d}", min(day, last)))
            y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    else:
        for y in range(first.year, last.year + 1):
            edges.append((f"{y:04d}", min(date(y, 12, 31), last)))
    previous = _figures(at_start).sum(axis=0) if at_start is not None else np.zeros(3)
    previous_day = start - timedelta(days=1) if start is not None else date.min
    out = []
    for k, (label, day) in enumerate(edges):
        changed = any(previous_day < d <= day for d in counted)
        if not changed:
            current = previous
        elif end is not None and day == end:
            current = _figures(at_end).sum(axis=0)
        else:
            current = _figures(run(day)).sum(axis=0)
        out.append((label, dict(zip(OUTCOMES, (current - previous).tolist()))))
        previous, previous_day = current, day
        step(0.65 + 0.35 * (k + 1) / len(edges))
    return out, unit, undated


def _union(geometries: list):
    present = [g for g in geometries if g is not None and not g.is_empty]
    if not present:
        return shapely.Polygon()
    try:
        return shapely.union_all(_array(present))
    except shapely.errors.GEOSException:
        return shapely.union_all(_array(present), grid_size=1e-6)


def _valid_one(geometry):
    if geometry is None:
        return shapely.Polygon()
    if not shapely.is_valid(geometry):
        return shapely.make_valid(geometry)
    return geometry


def _array(values) -> np.ndarray:
    if isinstance(values, np.ndarray) and values.dtype == object:
        return values
    out = np.empty(len(values), dtype=object)
    out[:] = list(values)
    return out


def _key(value) -> str:
    return "" if value is None else str(value).strip().casefold()


def _outcome(value) -> Optional[str]:
    code = _key(value)
    return code if code in OUTCOMES else None


def _method(value) -> str:
    code = _key(value)
    return code if code in METHODS else UNSPECIFIED


def _count(value) -> int:
    try:
        return int(value) if value is not None else 0
    except (TypeError, ValueError):
        return 0


def _in_period(day: Optional[date], start: Optional[date], end: Optional[date]) -> bool:
    if day is None:
        return start is None and end is None
    return (start is None or day >= start) and (end is None or day <= end)
