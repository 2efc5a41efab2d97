"""Which releases count by their review (qa_status): failed never, official only passed; the
pending ground apart (core/accounting, core/derived)."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from landrelease.core import derived
from landrelease.core.accounting import account

box = shapely.box
HAZARD = box(0, 0, 100, 100)  # 10,000 m²
# A passed clearance of the west half, a pending reduction across the middle that overlaps it,
# a failed cancellation in the east, and a pending (NULL) clearance of the south strip.
RELEASES = [box(0, 0, 50, 100), box(25, 0, 75, 100), box(80, 20, 100, 60), box(0, 0, 100, 10)]
OUTCOMES = ["cleared", "reduced", "cancelled", "cleared"]
REVIEWS = ["passed", "pending", "failed", None]


def figures(official: bool, reviews=REVIEWS, releases=RELEASES, outcomes=OUTCOMES):
    result = account(
        [HAZARD], releases, outcomes, [None] * len(releases), qa_statuses=reviews,
        official=official,
    )  # fmt: skip
    return result, result.hazards[0]


def test_operational_figures_count_passed_and_pending_never_failed():
    result, h = figures(official=False)
    # cleared: west half + the south strip east of it; reduced: the pending middle band north
    # of the strip, east of the cleared half; the failed east block counts nowhere.
    assert h.cleared_m2 == pytest.approx(5_000 + 50 * 10)
    assert h.reduced_m2 == pytest.approx(25 * 90)
    assert h.cancelled_m2 == 0
    assert h.remaining_m2 == pytest.approx(10_000 - 5_500 - 2_250)
    assert result.counted.tolist() == [True, True, False, True]
    assert h.releases == (0, 1, 3)


def test_official_figures_count_only_passed_releases():
    result, h = figures(official=True)
    assert (h.cancelled_m2, h.reduced_m2, h.cleared_m2) == (0, 0, pytest.approx(5_000))
    assert h.remaining_m2 == pytest.approx(5_000)
    assert h.status == "worked_on"
    assert result.counted.tolist() == [True, False, False, False]
    assert result.official and result.pending.tolist() == [False, True, False, True]


def test_pending_ground_is_the_same_in_both_modes_and_counted_once():
    # pending: (middle band ∪ south strip) − passed west half = 25 x 100 + 25 x 10
    expected = 25 * 100 + 25 * 10
    _, operational = figures(official=False)
    _, official = figures(official=True)
    assert operational.pending_m2 == pytest.approx(expected)
    assert official.pending_m2 == pytest.approx(expected)
    assert official.remaining_m2 == pytest.approx(operational.remaining_m2 + expected)


@pytest.mark.parametrize("official", [False, True])
def test_the_four_figures_add_up_to_the_original_in_both_modes(official):
    _, h = figures(official)
    assert h.cancelled_m2 + h.reduced_m2 + h.cleared_m2 + h.remaining_m2 == pytest.approx(10_000)


def test_a_failed_release_over_a_passed_one_takes_nothing_away():
    releases = [box(0, 0, 60, 100), box(0, 0, 100, 100)]  # failed clearance over all of it
    for official in (False, True):
        result, h = figures(official, ["passed", "failed"], releases, ["reduced", "cleared"])
        assert (h.reduced_m2, h.cleared_m2, h.remaining_m2) == (
            pytest.approx(6_000),
            0,
            pytest.approx(4_000),
        )
        assert h.pending_m2 == 0
        assert [i.code for i in result.issues] == ["failed_review"]
        assert result.issues[0].releases == (1,)


def test_without_passed_releases_everything_released_is_pending():
    reviews = ["pending", "pending", "failed", "  PENDING "]
    _, operational = figures(False, reviews)
    _, official = figures(True, reviews)
    assert operational.pending_m2 == pytest.approx(operational.released_m2)
    assert official.released_m2 == 0 and official.status == "open"
    assert official.remaining_m2 == 10_000
    assert official.pending_m2 == pytest.approx(operational.released_m2)


def test_codes_are_read_whatever_their_case_and_spaces():
    _, h = figures(True, [" Passed ", "PENDING", "Failed", ""])
    assert h.cleared_m2 == pytest.approx(5_000)


@pytest.mark.parametrize("official", [False, True])
def test_an_unknown_qa_status_is_an_error_and_not_counted(official):
    result, h = figures(official, ["ok", "pending", "pending", "pending"])
    (issue,) = [i for i in result.issues if i.code == "unknown_qa_status"]
    assert issue.severity == "error" and issue.releases == (0,) and issue.detail == "ok"
    assert not result.counted[0]


def test_official_figures_need_the_reviews():
    with pytest.raises(ValueError, match="qa_statuses"):
        account([HAZARD], RELEASES, OUTCOMES, [None] * 4, official=True)
    with pytest.raises(ValueError, match="one value per release"):
        account([HAZARD], RELEASES, OUTCOMES, [None] * 4, qa_statuses=["passed"])


def test_without_reviews_every_release_is_pending():
    result = account([HAZARD], RELEASES[:2], OUTCOMES[:2], [None, None])
    h = result.hazards[0]
    assert h.pending_m2 == pytest.approx(h.released_m2) == pytest.approx(7_500)
    assert result.pending.tolist() == [True, True]


review_codes = st.sampled_from(["passed", "pending", None, "failed"])
rectangles = st.tuples(
    st.integers(0, 95), st.integers(0, 95), st.integers(1, 60), st.integers(1, 60)
).map(lambda r: box(r[0], r[1], min(100, r[0] + r[2]), min(100, r[1] + r[3])))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(rectangles, st.sampled_from(["cleared", "reduced", "cancelled"]), review_codes),
        max_size=10,
    )
)
def test_both_modes_against_shapely_reference(rows):
    geoms = [g for g, _, _ in rows]
    outcomes = [o for _, o, _ in rows]
    reviews = [q for _, _, q in rows]
    n = len(rows)

    def union_of(keep):
        mine = [g for g, q in zip(geoms, reviews) if keep(q)]
        return shapely.union_all(mine) if mine else shapely.Polygon()

    passed = union_of(lambda q: q == "passed")
    live = union_of(lambda q: q != "failed")
    pending = shapely.difference(shapely.intersection(HAZARD, live), passed)
    for official, counted in ((False, live), (True, passed)):
        h = account(
            [HAZARD], geoms, outcomes, [None] * n, qa_statuses=reviews, official=official
        ).hazards[0]
        assert h.released_m2 == pytest.approx(shapely.intersection(HAZARD, counted).area, abs=0.05)
        assert h.original_m2 == pytest.approx(h.released_m2 + h.remaining_m2, abs=1e-6)
        assert h.pending_m2 == pytest.approx(pending.area, abs=0.05)


# ---------------------------------------------------------------------------------------------
# The stored figures (core/derived): operational, a failed release never counts
# ---------------------------------------------------------------------------------------------

TODAY = date(2026, 6, 1)


def stored(geometry, outcome, qa_status, end_date=None, release_id="R"):
    return derived.StoredRelease(geometry, outcome, end_date, release_id, qa_status)


def test_stored_figures_leave_a_failed_release_out_and_count_pending_ones():
    releases = [
        stored(box(0, 0, 50, 100), "cleared", "passed"),
        stored(box(50, 0, 100, 50), "reduced", "failed"),
        stored(box(50, 50, 100, 100), "cancelled", None),
    ]
    (f,) = derived.hazard_figures([HAZARD], releases, TODAY)
    assert f.remaining_m2 == pytest.approx(2_500) and f.status == "worked_on"
    releases[1] = stored(box(50, 0, 100, 50), "reduced", "pending")
    (f,) = derived.hazard_figures([HAZARD], releases, TODAY)
    assert f.remaining_m2 == 0 and f.status == "closed"


def test_a_failed_release_with_an_unreadable_end_date_changes_nothing():
    releases = [stored(box(0, 0, 50, 100), "cleared", "failed", end_date="30/06/2026")]
    (f,) = derived.hazard_figures([HAZARD], releases, TODAY)
    assert (f.remaining_m2, f.status, f.reason) == (10_000, "open", None)


def test_a_failed_release_ending_later_does_not_announce_a_change():
    releases = [stored(box(0, 0, 50, 100), "cleared", "failed", end_date=date(2026, 7, 1))]
    (f,) = derived.hazard_figures([HAZARD], releases, TODAY)
    assert f.changes_on is None


def test_an_unknown_qa_status_makes_the_stored_figures_unknown_never_a_guess():
    releases = [stored(box(0, 0, 50, 100), "cleared", "rejected", release_id="LR-7")]
    (f,) = derived.hazard_figures([HAZARD], releases, TODAY)
    assert f.remaining_m2 is None and not f.known
    assert "LR-7 ('rejected')" in f.reason and "qa_status" in f.reason


def test_checkdata_compares_the_stored_figures_without_the_failed_release():
    from landrelease.core.checks import check_remaining
    from landrelease.core.checks.ellipsoidal_area import ellipsoidal_areas

    x0, y0 = 600_000.0, 4_400_000.0
    hazard = box(x0, y0, x0 + 100, y0 + 100)
    release = box(x0, y0, x0 + 50, y0 + 100)
    whole = float(ellipsoidal_areas(np.array([hazard], dtype=object), "EPSG:32638")[0])

    def findings(qa_statuses):
        return check_remaining(
            [hazard], ["CHA-1"], [whole], ["open"], [release], ["cleared"], [None], TODAY,
            "EPSG:32638", ids=["CHA-1"], release_ids=["LR-1"], qa_statuses=qa_statuses,
        )  # fmt: skip

    assert findings(["failed"]) == []  # the stored figures leave the failed release out
    (finding,) = findings(["passed"])
    assert finding.code == "remaining_mismatch"
