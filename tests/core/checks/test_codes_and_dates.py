"""bad_code, bad_date and date_order."""

from __future__ import annotations

import math
from datetime import date, datetime

import pytest
import shapely
from hypothesis import given
from hypothesis import strategies as st

from landrelease.core import checks
from landrelease.core.checks import EVIDENCE, HAZARD, RELEASE

from .factories import (
    TODAY,
    UTM38,
    X0,
    Y0,
    codes_of,
    evidence,
    hazard,
    layer,
    release,
    usq,
)


def test_dates_of_several_kinds():
    earlier = [
        date(2023, 1, 2),
        "2023-01-02",
        datetime(2023, 1, 2, 23),
        None,
        "garbage",
        "2023-01-02",
    ]
    later = [
        date(2023, 1, 1),
        "2023-01-01T10:00:00",
        date(2023, 1, 2),
        date(2020, 1, 1),
        "2020-01-01",
        None,
    ]
    found = checks.check_dates(
        RELEASE, "start_date", "end_date", earlier, later, list("abcdef"), [None] * 6
    )
    assert [f.feature_id for f in found] == ["a", "b"]
    assert found[1].message == "end_date 2023-01-01 is before start_date 2023-01-02."


def test_bad_code_on_every_coded_field():
    hazards = layer(
        HAZARD,
        [
            (usq(0, 0), hazard("H-1", classification="sha")),
            (usq(200, 0), hazard("H-2", status="finished", contamination="ap")),
            (usq(400, 0), hazard("H-3", contamination="mines\n" + "x" * 80)),
            (usq(600, 0), hazard("H-4", contamination="", status="worked_on")),  # blank: fine
        ],
    )
    releases = layer(
        RELEASE,
        [
            (usq(0, 0, 10), release("R-1", "H-1", outcome="burnt")),
            (usq(20, 0, 10), release("R-2", "H-1", outcome="Cleared ", method="mdd")),
            (usq(40, 0, 10), release("R-3", "H-1", outcome=3, qa_status="passed")),
            (usq(60, 0, 10), release("R-4", "H-1", activity="nts", method=None)),
        ],
    )
    points = layer(
        EVIDENCE,
        [
            (shapely.Point(X0 + 5, Y0 + 5), evidence("E-1", "foo")),
            (shapely.Point(X0 + 6, Y0 + 5), {**evidence("E-2", "detonation"),
                                             "evidence_class": "indirect", "reliability": "hi"}),
        ],
    )  # fmt: skip
    result = checks.run_checks(hazards, releases, points, crs=UTM38, today=TODAY)
    found = codes_of(result.findings, "bad_code")
    assert [f[0] for f in found] == ["E-1", "E-2", "H-1", "H-2", "H-3", "R-1", "R-2", "R-3"]
    assert all(severity == "error" for _id, severity, _m in found)
    messages = dict((f[0], f[2]) for f in found)
    assert messages["R-1"] == (
        "release_id R-1: outcome 'burnt' is not in its code list (cancelled, reduced, cleared): "
        "choose one of them."
    )
    assert "outcome 'Cleared ' is not in its code list" in messages["R-2"]
    assert "did you mean 'cleared'?" in messages["R-2"]
    assert "outcome '3'" in messages["R-3"]
    assert "classification 'sha'" in messages["H-1"] and "did you mean 'SHA'?" in messages["H-1"]
    assert "status 'finished'" in messages["H-2"] and "open, worked_on, closed" in messages["H-2"]
    assert "contamination 'mines\\nxxxxx" in messages["H-3"] and "x" * 60 not in messages["H-3"]
    assert (
        "evidence_type 'foo'" in messages["E-1"]
        and "detonation, accident_known" in (messages["E-1"])
    )
    # evidence_class 'indirect' is in its list (that it contradicts evidence_type is not this
    # rule): E-2's one finding is its reliability.
    assert "reliability 'hi' is not in its code list (high, medium, low)" in messages["E-2"]
    h1 = next(f for f in result.findings if f.code == "bad_code" and f.feature_id == "H-1")
    assert usq(0, 0).contains(shapely.Point(h1.x, h1.y))


@pytest.mark.parametrize(
    "value, kind",
    [
        (date(2023, 6, 1), "ok"),
        (datetime(2023, 6, 1, 10, 30), "ok"),
        ("2023-06-01", "ok"),
        (" 2023-06-01 ", "ok"),
        ("2023-06-01T10:00:00.123Z", "ok"),
        ("2023-06-01 10:00", "ok"),
        ("2020-02-31", "impossible"),
        ("31.02.2020", "impossible"),
        ("31/13/2020", "impossible"),
        ("01.02.2020", "unreadable"),  # 1 February or 2 January: refused, not guessed
        ("31.12.2020", "unreadable"),  # one reading only, but not the form the plugin reads
        ("2023/06/01", "unreadable"),
        ("2023-06-01xyz", "unreadable"),
        ("abc", "unreadable"),
        (20230601, "unreadable"),
        (45123.0, "unreadable"),
        (None, "blank"),
        ("  ", "blank"),
        (math.nan, "blank"),
    ],
)
def test_read_day(value, kind):
    assert checks.read_day(value)[0] == kind


@given(st.dates(), st.booleans())
def test_every_iso_date_reads_back(day, with_time):
    text = day.isoformat() + ("T23:59:59Z" if with_time else "")
    assert checks.read_day(text) == ("ok", day)


@given(st.text(max_size=30))
def test_any_text_gives_a_reading(text):
    kind, day = checks.read_day(text)
    assert kind in ("ok", "blank", "impossible", "unreadable")
    assert (day is not None) == (kind == "ok")


def test_bad_date_future_early_and_unreadable():
    hazards = layer(
        HAZARD,
        [
            (usq(0, 0), hazard("H-1", recorded_on=date(1923, 5, 1), status_changed_on=None)),
            (usq(200, 0), hazard("H-2", recorded_on=TODAY, status_changed_on=TODAY)),  # today
            (usq(400, 0), hazard("H-3", recorded_on="2031-01-01", status_changed_on="abc")),
        ],
    )
    releases = layer(
        RELEASE,
        [
            (usq(0, 0, 10), release("R-1", "H-1", start_date="31.02.2020", end_date=None)),
            (usq(20, 0, 10), release("R-2", "H-1", end_date=date(2031, 1, 1))),
            (usq(40, 0, 10), release("R-3", "H-1", start_date="2020-02-31", end_date=20230601)),
            (usq(60, 0, 10), release("R-4", "H-1", end_date=datetime(2027, 1, 1, 0, 0))),
        ],
    )
    points = layer(
        EVIDENCE, [(shapely.Point(X0, Y0), {**evidence("E-1", "marking"),
                                            "reported_on": "01.02.2020"})],
    )  # fmt: skip
    findings = checks.run_checks(hazards, releases, points, crs=UTM38, today=TODAY).findings
    found = [(f.feature_id, f.severity, f.args["field"]) for f in findings if f.code == "bad_date"]
    assert found == [
        ("E-1", "error", "reported_on"),
        ("H-1", "warning", "recorded_on"),
        ("H-3", "error", "recorded_on"),
        ("H-3", "error", "status_changed_on"),
        ("R-1", "error", "start_date"),
        ("R-2", "error", "end_date"),
        ("R-3", "error", "end_date"),  # same feature: by message
        ("R-3", "error", "start_date"),
        ("R-4", "error", "end_date"),
    ]
    messages = {
        (f.feature_id, f.args["field"]): f.message for f in findings if f.code == "bad_date"
    }
    assert messages[("R-2", "end_date")] == (
        "release_id R-2: end_date 2031-01-01 is after today (2026-12-07): correct the date (a "
        "slip in the year or the month?)."
    )
    assert messages[("H-1", "recorded_on")] == (
        "hazard_id H-1: recorded_on 1923-05-01 is before 1988-01-01: check the year (a slip in "
        "typing?)."
    )
    assert messages[("R-1", "start_date")] == (
        "release_id R-1: start_date '31.02.2020' names a day that does not exist: correct it "
        "(YYYY-MM-DD)."
    )
    assert (
        "end_date '20230601' is not a date in the form YYYY-MM-DD" in messages[("R-3", "end_date")]
    )
    assert "reported_on '01.02.2020' is not a date" in messages[("E-1", "reported_on")]
    # The date order rule still reads only readable dates.
    assert [f.feature_id for f in findings if f.code == "date_order"] == []
