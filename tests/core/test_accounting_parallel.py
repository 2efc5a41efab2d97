"""The accounting on two threads gives what one thread gives, to the last bit."""

from __future__ import annotations

import threading
from datetime import date

import numpy as np
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from landrelease.core.accounting import AccountingCanceled, account, parallel

OUTCOMES = ("cleared", "reduced", "cancelled")
FIGURES = ("original_m2", "cancelled_m2", "reduced_m2", "cleared_m2", "remaining_m2",
           "pending_m2", "status", "releases", "index")  # fmt: skip
PARTS = ("original", "cancelled", "reduced", "cleared", "remaining")


def programme(seed: int, hazards: int = 120, per: int = 4):
    """Hazards on a grid (every fifth with a CHA inside it), strips across each, some grown
    into the next strip, some past the hazard's edge or across to the next hazard, one
    hazard given twice as the same object, a bow tie, an empty release; outcomes, end dates
    and reviews mixed."""
    rng = np.random.default_rng(seed)
    side = int(np.ceil(np.sqrt(hazards)))
    x, y = np.meshgrid(np.arange(side) * 300.0, np.arange(side) * 300.0)
    centre = np.column_stack([x.ravel(), y.ravel()])[:hazards] + rng.uniform(-20, 20, (hazards, 2))
    r = rng.uniform(60, 110, hazards)
    hzd = list(shapely.buffer(shapely.points(centre), r, quad_segs=3))
    hzd += list(shapely.buffer(shapely.points(centre[::5]), r[::5] / 3, quad_segs=2))  # CHAs
    hzd.append(hzd[7])  # the same object twice
    rel = []
    for k in range(hazards):
        cuts = np.sort(rng.uniform(-1, 1, per - 1)) * r[k]
        edges = np.r_[-r[k], cuts, r[k]]
        for a, b in zip(edges[:-1], edges[1:]):
            b += rng.uniform(3, 15) if rng.random() < 0.1 else 0.0
            half = r[k] * (rng.uniform(1.5, 4.0) if rng.random() < 0.15 else 0.6)
            rel.append(shapely.box(centre[k, 0] + a, centre[k, 1] - half,
                                   centre[k, 0] + b, centre[k, 1] + half))  # fmt: skip
    rel.append(shapely.Polygon([(0, 0), (50, 50), (50, 0), (0, 50)]))  # bow tie
    rel.append(None)
    n = len(rel)
    outcomes = rng.choice(OUTCOMES, n).tolist()
    end_dates = [date(2020 + int(v), 1, 1) for v in rng.integers(0, 5, n)]
    qa = rng.choice(["passed", "pending", "failed", None], n, p=[0.6, 0.25, 0.05, 0.1]).tolist()
    return hzd, rel, outcomes, end_dates, qa


def both(monkeypatch, *args, **kwargs):
    """The accounting on one thread, then on two (the input split in two groups)."""
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 10**9)
    one = account(*args, **kwargs)
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 0)
    groups = parallel.two_groups(np.array(args[0] + [g for g in args[1] if g is not None]))
    assert groups is not None and 0 < groups.sum() < len(groups)  # really split
    return one, account(*args, **kwargs)


def assert_same(one, two):
    assert len(one.hazards) == len(two.hazards)
    for a, b in zip(one.hazards, two.hazards):
        assert [getattr(a, f) for f in FIGURES] == [getattr(b, f) for f in FIGURES]
        for name in PARTS:
            assert shapely.to_wkb(getattr(a, name)) == shapely.to_wkb(getattr(b, name)), name
    key = [(i.code, i.releases, i.hazards, i.area_m2, i.detail) for i in one.issues]
    assert key == [(i.code, i.releases, i.hazards, i.area_m2, i.detail) for i in two.issues]
    for a, b in zip(one.issues, two.issues):
        wkb = [None if g is None else shapely.to_wkb(g) for g in (a.geometry, b.geometry)]
        assert wkb[0] == wkb[1]
    assert one.counted.tolist() == two.counted.tolist()
    assert one.pending.tolist() == two.pending.tolist()


@pytest.mark.parametrize("official", [False, True])
def test_two_threads_give_the_figures_parts_and_issues_of_one(monkeypatch, official):
    hzd, rel, outcomes, end_dates, qa = programme(seed=5)
    one, two = both(
        monkeypatch, hzd, rel, outcomes, end_dates, as_of=date(2023, 6, 30),
        qa_statuses=qa, official=official,
    )  # fmt: skip
    assert_same(one, two)
    codes = {i.code for i in one.issues}
    assert {"release_outside_hazard", "release_overlap", "invalid_geometry", "empty_geometry",
            "after_as_of", "failed_review"} <= codes  # fmt: skip
    statuses = {a.status for a in one.hazards}
    assert {"open", "worked_on", "closed"} <= statuses
    assert sum(a.pending_m2 > 0 for a in one.hazards) > 10


def test_two_threads_without_reviews_and_all_pending(monkeypatch):
    hzd, rel, outcomes, end_dates, _ = programme(seed=6)
    assert_same(*both(monkeypatch, hzd, rel, outcomes, end_dates))
    assert_same(*both(monkeypatch, hzd, rel, outcomes, end_dates, qa_statuses=[None] * len(rel)))


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(seed=st.integers(0, 10_000), per=st.integers(1, 6))
def test_two_threads_equal_one_on_any_programme(monkeypatch, seed, per):
    hzd, rel, outcomes, end_dates, qa = programme(seed=seed, hazards=40, per=per)
    assert_same(*both(monkeypatch, hzd, rel, outcomes, end_dates, qa_statuses=qa))


def test_groups_never_split_what_touches_or_nearly():
    a = shapely.box(0, 0, 10, 10)
    b = shapely.box(10 + parallel.MARGIN_M / 2, 0, 20, 10)  # apart by less than the margin
    far = [shapely.box(x, 0, x + 10, 10) for x in np.arange(1, 40) * 1000.0]
    parallel_from = parallel.PARALLEL_FROM
    try:
        parallel.PARALLEL_FROM = 0
        groups = parallel.two_groups(np.array([a, b, *far], dtype=object))
        assert groups is not None and groups[0] == groups[1]
        assert 0.2 <= groups.mean() <= 0.8
        one_cluster = [shapely.box(x, 0, x + 10, 10) for x in np.arange(50) * 5.0]
        assert parallel.two_groups(np.array(one_cluster, dtype=object)) is None
    finally:
        parallel.PARALLEL_FROM = parallel_from


def test_cancel_stops_both_threads(monkeypatch):
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 0)
    hzd, rel, outcomes, end_dates, qa = programme(seed=7)
    calls = []

    def is_canceled():
        calls.append(1)
        return len(calls) > 3

    before = threading.active_count()
    with pytest.raises(AccountingCanceled):
        account(hzd, rel, outcomes, end_dates, qa_statuses=qa, is_canceled=is_canceled)
    assert threading.active_count() == before


@pytest.mark.parametrize("failing", [0, 1])
def test_an_error_on_either_thread_is_raised_and_stops_the_other(failing):
    seen = []

    def work(k, step):
        if k == failing:
            raise ValueError(f"group {k}")
        for _ in range(200):
            step(0.5)
            threading.Event().wait(0.01)
        seen.append(k)
        return k

    with pytest.raises(ValueError, match=f"group {failing}"):
        parallel.run_two(work, lambda fraction: None)
    assert seen == []  # the other stopped at its next check


def test_progress_is_the_slower_threads_and_never_goes_back():
    reported = []

    def work(k, step):
        for f in np.linspace(0.1, 0.8, 8 if k else 3):
            step(float(f))
            threading.Event().wait(0.02 * (k + 1))
        return k

    assert parallel.run_two(work, reported.append) == [0, 1]
    values = [v for v in reported if v is not None]
    assert values == sorted(values) and 0.5 <= values[-1] <= 0.8


def test_one_core_one_thread(monkeypatch):
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 0)
    far = np.array([shapely.box(x, 0, x + 10, 10) for x in np.arange(40) * 1000.0], dtype=object)
    assert parallel.two_groups(far) is not None
    monkeypatch.setattr(parallel, "cores", lambda: 1)  # e.g. taskset -c 0 qgis
    assert parallel.two_groups(far) is None
