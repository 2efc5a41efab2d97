"""The figures a hazard stores (``remaining_area_m2`` and ``status``), derived from its releases.

One rule for every writer of the stored figures (the save transaction, the recompute after edits
made by other means, checkdata's comparison): the land release accounting
(:func:`core.accounting.account`: overlapping releases counted once, the stronger outcome
winning, remaining = original - released) **as of today**:

- a release whose ``end_date`` is after today does not count (yet); the figures of the hazards
  it touches change on that day (``Figures.changes_on``);
- a release without an end date counts (as the save transaction has always counted it);
- a release whose end date cannot be read as a date makes the figures of every hazard it
  touches unknown: counting it or not are both possible readings, so neither is stored;
- by its review, the figures are operational: a release that failed quality management's
  review (``qa_status`` ``failed``) never counts (re-working it is a new release); ``pending``
  (or NULL) and ``passed`` ones count; a ``qa_status`` that is none of these makes the figures
  of every hazard it touches unknown, as an unreadable end date does.

While a hazard's figures are being recomputed (a release was changed by a program that cannot
run the accounting, see the database triggers), the database stores ``remaining_area_m2`` NULL
and, where the status itself cannot be known, the status ``UNKNOWN``: never a figure that is
wrong. Pure Python and shapely: no QGIS.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Optional

import numpy as np
import shapely

from . import model
from .accounting import AreaFunction, account
from .accounting.inputs import FAILED, review_state
from .pgschema import UNKNOWN_STATUS as UNKNOWN  # the status of a hazard being recomputed

STATUSES = model.CODE_LISTS["status"].values()
DECIMALS = 2  # remaining_area_m2 is stored rounded to the centimetre², as the forms round $area


@dataclass(frozen=True)
class StoredRelease:
    """A release as the database holds it: its geometry (in the hazards' projected CRS, None
    when it has none), outcome and end date as stored (a date, ISO text or None)."""

    geometry: Optional[shapely.Geometry]
    outcome: object
    end_date: object
    release_id: Optional[str] = None
    qa_status: object = None


@dataclass(frozen=True)
class Figures:
    """What a hazard stores: ``remaining_m2`` (None: unknown) and ``status`` (``UNKNOWN`` when
    it cannot be known); ``reason`` says why they are unknown; ``changes_on`` is the first day
    after today on which a release touching the hazard ends (the figures change that day)."""

    remaining_m2: Optional[float]
    status: str
    reason: Optional[str] = None
    changes_on: Optional[date] = None
    waiting: tuple = ()  # the StoredReleases the figures wait for (their end date or review)

    @property
    def known(self) -> bool:
        return self.remaining_m2 is not None and self.status in STATUSES


def end_day(value) -> tuple[bool, Optional[date]]:
    """(readable, day) of a stored end date: (True, None) for no end date, (False, None) for a
    value that is no date (text such as '30/06/2026' or '2026-13-01')."""
    if value is None:
        return True, None
    if isinstance(value, datetime):
        return True, value.date()
    if isinstance(value, date):
        return True, value
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return True, None
        try:
            if len(text) == 10:
                return True, date.fromisoformat(text)
            return True, datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:
            return False, None
    return False, None


def counts_on(release: StoredRelease, today: date) -> Optional[bool]:
    """Whether ``release`` counts today: its end date is not after today (or it has none) and
    it has not failed its review; None when its end date or its ``qa_status`` cannot be read
    (unless it failed)."""
    review = review_state(release.qa_status)
    if review == FAILED:
        return False
    readable, day = end_day(release.end_date)
    if not readable or review is None:
        return None
    return day is None or day <= today


def hazard_figures(
    hazards: Sequence,
    releases: Sequence[StoredRelease],
    today: date,
    area: Optional[AreaFunction] = None,
) -> list[Figures]:
    """The stored figures of each hazard (shapely polygons in one projected CRS, None for a
    hazard without geometry) from ``releases`` (any set that holds every release touching
    them; others are ignored), as of ``today``. ``area`` as for :func:`account`."""
    hazards = list(hazards)
    if not hazards:
        return []
    verdicts = [counts_on(r, today) for r in releases]
    counted = [r for r, v in zip(releases, verdicts) if v]
    result = account(
        [_polygon_or_empty(h) for h in hazards],
        [r.geometry if r.geometry is not None else shapely.Polygon() for r in counted],
        [r.outcome for r in counted],
        [None] * len(counted),
        area=area,
    )
    touching = _touching(hazards, releases)
    figures = []
    for h, hazard_account in enumerate(result.hazards):
        unreadable = [releases[r] for r in touching[h] if waits_for(releases[r], verdicts[r])]
        later = [
            end_day(releases[r].end_date)[1]
            for r in touching[h]
            if verdicts[r] is False
            and _would_count(releases[r])
            and review_state(releases[r].qa_status) != FAILED
        ]
        changes_on = min(later) if later else None
        if unreadable:
            reason = unknown_reason(unreadable)
            figures.append(Figures(None, UNKNOWN, reason, changes_on, tuple(unreadable)))
            continue
        figures.append(
            Figures(
                round(float(hazard_account.remaining_m2), DECIMALS),
                hazard_account.status,
                None,
                changes_on,
            )
        )
    return figures


def waits_for(release: StoredRelease, verdict: Optional[bool]) -> bool:
    """Whether the figures of a hazard ``release`` touches wait for it: it would count, but
    its end date or qa_status (``verdict``: :func:`counts_on`) cannot be read."""
    return verdict is None and _would_count(release)


def unknown_reason(unreadable: list[StoredRelease]) -> str:
    """Why the figures are unknown: the releases whose end date or qa_status cannot be read."""
    dates, codes = unreadable_names(unreadable)
    reasons = []
    if dates:
        reasons.append(f"end date is not a date: {dates}")
    if codes:
        reasons.append(f"qa_status is not pending, passed or failed: {codes}")
    return "; ".join(reasons)


def unreadable_names(unreadable: Sequence[StoredRelease]) -> tuple[str, str]:
    """(the releases whose end date is no date, those whose qa_status is no code), each
    written "LR-0001 ('30/06/2026'), ..." ("" where there is none)."""
    dates = [r for r in unreadable if not end_day(r.end_date)[0]]
    codes = [r for r in unreadable if review_state(r.qa_status) is None]
    return (
        ", ".join(f"{r.release_id or '?'} ({str(r.end_date).strip()!r})" for r in dates),
        ", ".join(f"{r.release_id or '?'} ({str(r.qa_status).strip()!r})" for r in codes),
    )


def _polygon_or_empty(geometry):
    return geometry if geometry is not None else shapely.Polygon()


def _would_count(release: StoredRelease) -> bool:
    """Whether the release would count if its end date allowed: a geometry and an outcome."""
    outcome = release.outcome.strip().lower() if isinstance(release.outcome, str) else None
    return (
        release.geometry is not None
        and not shapely.is_empty(release.geometry)
        and outcome in model.OUTCOME_STRENGTH
    )


def _touching(hazards: Sequence, releases: Sequence[StoredRelease]) -> list[list[int]]:
    """For each hazard, the releases whose geometry meets it (boundaries included: a release
    that might matter makes the figures wait for it)."""
    touching: list[list[int]] = [[] for _ in hazards]
    usable = [
        i
        for i, r in enumerate(releases)
        if r.geometry is not None and not shapely.is_empty(r.geometry)
    ]
    if not usable:
        return touching
    geometries = np.array([shapely.make_valid(releases[i].geometry) for i in usable], dtype=object)
    tree = shapely.STRtree(geometries)
    for h, hazard in enumerate(hazards):
        if hazard is None or shapely.is_empty(hazard):
            continue
        hits = tree.query(shapely.make_valid(hazard), predicate="intersects")
        touching[h] = sorted(usable[i] for i in hits.tolist())
    return touching


def status_changed_on(
    previous_status: Optional[str], new_status: str, stored_on, today: date
) -> object:
    """The ``status_changed_on`` to store with ``new_status``: today when the hazard's real
    status (before its figures became unknown) differs, else the stored date unchanged. A
    hazard that never had a real status keeps its date; an unknown status changes nothing."""
    if new_status not in STATUSES:
        return stored_on
    if previous_status not in STATUSES or previous_status == new_status:
        return stored_on
    return today
