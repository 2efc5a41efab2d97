"""The figures a hazard stores, from its releases as of today (core.derived)."""

from __future__ import annotations

from datetime import date

import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from landrelease.core import derived
from landrelease.core.accounting import account

TODAY = date(2026, 12, 7)
HAZARD = shapely.box(0, 0, 100, 100)


def release(x0, x1, outcome="cleared", end_date="2026-06-30", release_id="LR"):
    return derived.StoredRelease(shapely.box(x0, 0, x1, 100), outcome, end_date, release_id)


def test_overlapping_releases_count_once_and_remaining_is_original_minus_released():
    figures = derived.hazard_figures(
        [HAZARD], [release(0, 60), release(30, 80, outcome="reduced")], TODAY
    )
    assert figures == [derived.Figures(2000.0, "worked_on")]
    (closed,) = derived.hazard_figures([HAZARD], [release(0, 60), release(40, 100)], TODAY)
    assert (closed.remaining_m2, closed.status) == (0.0, "closed")
    (untouched,) = derived.hazard_figures([HAZARD], [], TODAY)
    assert (untouched.remaining_m2, untouched.status) == (10000.0, "open")


def test_a_release_ending_after_today_does_not_count_yet_and_says_when_it_will():
    releases = [release(0, 40, end_date="2026-12-07"), release(40, 70, end_date="2027-01-15")]
    (figures,) = derived.hazard_figures([HAZARD], releases, TODAY)
    assert (figures.remaining_m2, figures.status) == (6000.0, "worked_on")
    assert figures.changes_on == date(2027, 1, 15)
    (later,) = derived.hazard_figures([HAZARD], releases, date(2027, 1, 15))
    assert later.remaining_m2 == 3000.0 and later.changes_on is None


@pytest.mark.parametrize("end_date", [None, "", "2026-06-30", date(2026, 1, 1)])
def test_a_release_without_end_date_counts(end_date):
    (figures,) = derived.hazard_figures([HAZARD], [release(0, 50, end_date=end_date)], TODAY)
    assert figures.remaining_m2 == 5000.0


@pytest.mark.parametrize("end_date", ["30/06/2026", "2026-13-01", "soon", 20260630])
def test_an_unreadable_end_date_makes_the_figures_unknown_never_a_guess(end_date):
    (figures,) = derived.hazard_figures(
        [HAZARD, shapely.box(500, 0, 600, 100)],
        [release(0, 50, end_date=end_date, release_id="LR-7")],
        TODAY,
    )[:1]
    assert figures.remaining_m2 is None and figures.status == derived.UNKNOWN
    assert not figures.known
    assert "LR-7" in figures.reason and str(end_date) in figures.reason
    # A hazard the release does not touch is not held up by it.
    _, other = derived.hazard_figures(
        [HAZARD, shapely.box(500, 0, 600, 100)],
        [release(0, 50, end_date=end_date)],
        TODAY,
    )
    assert (other.remaining_m2, other.status) == (10000.0, "open")
    # Nor by a release that would not count anyway (unknown outcome).
    (ignored,) = derived.hazard_figures(
        [HAZARD], [release(0, 50, outcome="demined", end_date=end_date)], TODAY
    )
    assert ignored.known and ignored.remaining_m2 == 10000.0


def test_unknown_outcomes_and_empty_geometries_do_not_count():
    releases = [
        release(0, 50, outcome="demined"),
        derived.StoredRelease(None, "cleared", None),
        derived.StoredRelease(shapely.Polygon(), "cleared", None),
        release(50, 60, outcome=" Cleared "),
    ]
    (figures,) = derived.hazard_figures([HAZARD], releases, TODAY)
    assert figures.remaining_m2 == 9000.0


def test_a_hazard_without_geometry_has_nothing_remaining():
    (figures,) = derived.hazard_figures([None], [release(0, 50)], TODAY)
    assert (figures.remaining_m2, figures.status) == (0.0, "open")


def test_areas_come_from_the_area_function_and_are_rounded_to_the_centimetre():
    (figures,) = derived.hazard_figures(
        [HAZARD], [release(0, 33.333333)], TODAY, area=lambda g: shapely.area(g) * 1.0001
    )
    assert figures.remaining_m2 == round(10000 * 1.0001 - 3333.3333 * 1.0001, 2)


@pytest.mark.parametrize(
    ("previous", "new", "expected"),
    [
        ("worked_on", "open", TODAY),  # the tester's case: a release deleted
        ("worked_on", "worked_on", "2026-05-01"),  # re-dated within the past: no change
        ("open", "worked_on", TODAY),
        (None, "open", "2026-05-01"),  # never had a real status
        ("unknown", "open", "2026-05-01"),
        ("open", derived.UNKNOWN, "2026-05-01"),
    ],
)
def test_status_changed_on_moves_only_when_the_real_status_changes(previous, new, expected):
    assert derived.status_changed_on(previous, new, "2026-05-01", TODAY) == expected


def test_the_unknown_status_is_not_a_status_anyone_can_take_for_one():
    assert derived.UNKNOWN not in derived.STATUSES
    assert derived.STATUSES == ("open", "worked_on", "closed")


boxes = st.tuples(
    st.floats(0, 90, allow_nan=False), st.floats(0, 90, allow_nan=False), st.floats(1, 60)
).map(lambda t: shapely.box(t[0], t[1], t[0] + t[2], t[1] + t[2]))
days = st.one_of(st.none(), st.dates(date(2020, 1, 1), date(2028, 1, 1)))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(boxes, st.sampled_from(["cleared", "reduced", "cancelled", "x"]), days),
        max_size=6,
    )
)
def test_the_stored_figures_are_the_accounting_of_the_releases_ended_by_today(rows):
    """Whatever the releases: the figures are the accounting's (as releasesummary gives them)
    of the releases without end date or ended by today, and they add up."""
    releases = [derived.StoredRelease(g, o, d) for g, o, d in rows]
    (figures,) = derived.hazard_figures([HAZARD], releases, TODAY)
    counted = [r for r in releases if r.end_date is None or r.end_date <= TODAY]
    expected = account(
        [HAZARD],
        [r.geometry for r in counted],
        [r.outcome for r in counted],
        [None] * len(counted),
    ).hazards[0]
    assert figures.remaining_m2 == pytest.approx(expected.remaining_m2, abs=0.01)
    assert figures.status == expected.status
    assert 0 <= figures.remaining_m2 <= 10000.0 + 0.01
    assert (figures.status == "open") == (figures.remaining_m2 >= 10000.0 - 0.01)
