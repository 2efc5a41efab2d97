"""core/completion.py: what the completion report of a hazard prints."""

from __future__ import annotations

import math
from datetime import date

import pytest
import shapely

from landrelease.core import completion
from landrelease.core.numbers import number_text


def release(rid, outcome, method, qa, depth=None, end="2024-05-01", **items):
    return completion.Release(
        release_id=rid, hazard_id="H1", outcome=outcome, method=method, depth_cm=depth,
        organisation="ANAMA", team=f"T{rid[-1]}", start_date=date(2024, 4, int(rid[-1])),
        end_date=date.fromisoformat(end), items=items, qa_status=completion.qa_code(qa),
    )  # fmt: skip


def test_numbers_in_each_language():
    assert number_text(1234567.891, 2, "en") == "1,234,567.89"
    assert number_text(1234567.891, 2, "az") == "1\u00a0234\u00a0567,89"
    assert number_text(1234567.891, 0, "ru") == "1\u00a0234\u00a0568"
    assert number_text(-0.001, 2, "ru") == "0,00"
    assert number_text(math.nan, 2, "en") == "—"
    assert number_text(12.5, 1, "fr") == "12.5"


def test_codes():
    assert [completion.qa_code(v) for v in (None, " ", "Passed", "FAILED", "ok")] == [
        "pending", "pending", "passed", "failed", "ok",
    ]  # fmt: skip
    assert [completion.depth_key(v) for v in (None, 13, 13.0, 12.5, math.nan)] == [
        "", "13", "13", "12.5", "",
    ]  # fmt: skip
    assert completion.count(None) == 0 and completion.count("3") == 3


def test_a_failed_or_unknown_release_is_shown_but_never_counted():
    """H1 (100 m × 100 m): cleared west half by hand at 13 cm (passed), east half by machine
    at 20 cm (pending); a failed clearance and a release of an unknown qa_status over all of
    it; H2 elsewhere, untouched."""
    hazards = [shapely.box(0, 0, 100, 100), shapely.box(500, 0, 600, 100)]
    geometries = [
        shapely.box(0, 0, 50, 100),
        shapely.box(50, 0, 100, 100),
        shapely.box(0, 0, 100, 100),
        shapely.box(0, 0, 100, 100),
    ]
    releases = [
        release("LR-1", "cleared", "manual", "passed", 13, ap=4, uxo=1),
        release("LR-2", "cleared", "mechanical", None, 20, "2024-06-01", at=2),
        release("LR-3", "cleared", "manual", "failed", 10, "2024-03-01", ap=40),
        release("LR-4", "cancelled", "none", "checked", None, "2024-02-01"),
    ]
    first, second = completion.hazard_reports(hazards, ["H1", "H2"], geometries, releases)
    a = first.account
    assert first.closed and a.cleared_m2 == pytest.approx(10000) and a.remaining_m2 == 0
    assert first.by_method == pytest.approx(
        {("cleared", "manual"): 5000, ("cleared", "mechanical"): 5000}
    )
    assert first.cleared_by_depth == pytest.approx({"13": 5000, "20": 5000})
    assert first.items == {"ap": 4, "at": 2, "uxo": 1, "cm": 0}
    assert [r.release_id for r in first.releases] == ["LR-4", "LR-3", "LR-1", "LR-2"]
    assert [r.release_id for r in first.counted] == ["LR-1", "LR-2"]
    assert first.qa_counts == {"pending": 1, "passed": 1, "failed": 1, "checked": 1}
    assert (first.first_start, first.last_end) == (date(2024, 4, 1), date(2024, 6, 1))
    assert first.organisations == ("ANAMA",) and first.teams == ("T1", "T2")
    assert not second.closed and second.releases == [] and second.items["ap"] == 0
