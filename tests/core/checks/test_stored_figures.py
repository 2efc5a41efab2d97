"""area_mismatch and remaining_mismatch."""

from __future__ import annotations

import math
from datetime import date

import pytest
import shapely

from landrelease.core import checks
from landrelease.core.checks import HAZARD, RELEASE

from .factories import (
    BOW_TIE,
    TODAY,
    UTM38,
    X0,
    Y0,
    codes_of,
    geod_area,
    hazard,
    layer,
    release,
    usq,
)


def test_area_mismatch():
    actual = [geod_area(usq(200 * k, 0)) for k in range(7)]  # each about 10003 m²
    stored = [
        round(actual[0], 2),  # as QGIS stores it: fine
        round(actual[1] * 1.0005, 2),  # 0.05 %: fine
        round(actual[2] * 1.002, 2),  # 0.2 %: flagged
        None,  # empty: flagged
        "abc",  # not a number: flagged
        math.nan,  # not a number: flagged
        round(actual[6] * 0.9, 2),  # 10 % short: flagged
    ]
    hazards = layer(
        HAZARD,
        [(usq(200 * k, 0), hazard(f"H-{k}", estimated_area_m2=v)) for k, v in enumerate(stored)]
        + [(BOW_TIE, hazard("H-bow", estimated_area_m2=1.0))],  # invalid: left to that rule
    )
    releases = layer(RELEASE, [(usq(0, 0, 10), release("R-1", "H-0", area_m2=90.0))])
    findings = checks.run_checks(hazards, releases, crs=UTM38, today=TODAY).findings
    found = {f.feature_id: f for f in findings if f.code == "area_mismatch"}
    assert sorted(found) == ["H-2", "H-3", "H-4", "H-5", "H-6", "R-1"]
    a2, a3 = f"{actual[2]:.2f}", f"{actual[3]:.2f}"
    assert a2.startswith("10003.")
    assert found["H-2"].message == (
        f"hazard_id H-2: estimated_area_m2 is {stored[2]:.2f} m², but its geometry measures {a2} "
        "m² on the WGS 84 ellipsoid (0.20 % apart): the geometry was changed without its area, "
        f"or the area was typed. Set estimated_area_m2 to {a2}."
    )
    assert found["H-3"].message == (
        f"hazard_id H-3: estimated_area_m2 is empty; its geometry measures {a3} m² on the WGS 84 "
        f"ellipsoid. Set estimated_area_m2 to {a3}."
    )
    assert "estimated_area_m2 'abc' is not a number" in found["H-4"].message
    assert "estimated_area_m2 'nan' is not a number" in found["H-5"].message
    assert "(10.00 % apart)" in found["H-6"].message
    release_area = f"{geod_area(usq(0, 0, 10)):.2f}"
    assert f"area_m2 is 90.00 m², but its geometry measures {release_area} m²" in (
        found["R-1"].message
    )
    assert all(f.severity == "error" for f in found.values())
    assert usq(400, 0).contains(shapely.Point(found["H-2"].x, found["H-2"].y))


def test_area_mismatch_needs_the_crs_and_the_field():
    hazards = layer(HAZARD, [(usq(0, 0), hazard("H-1", estimated_area_m2=5.0))])
    result = checks.run_checks(hazards, today=TODAY)
    assert codes_of(result.findings, "area_mismatch") == []
    assert "area_mismatch and remaining_mismatch not checked: the CRS of the geometries is not " \
        "known." in [n.message for n in result.notes]  # fmt: skip


def remaining_set(**stored):
    """H-1 (100 m square) with R-1 cleared over its west half and R-2 reduced over 30 m of it
    overlapping R-1 by 10 m; H-2 with nothing released; H-3 wholly cleared."""
    h1, h2, h3 = usq(0, 0), usq(500, 0), usq(1000, 0)
    r1, r2 = shapely.box(X0, Y0, X0 + 50, Y0 + 100), shapely.box(X0 + 40, Y0, X0 + 70, Y0 + 100)
    left = shapely.difference(h1, shapely.union(r1, r2))
    figures = {
        "H-1": (round(geod_area(left), 2), "worked_on"),
        "H-2": (round(geod_area(h2), 2), "open"),
        "H-3": (0.0, "closed"),
    }
    figures.update(stored)
    hazards = layer(
        HAZARD,
        [
            (g, hazard(h, status=figures[h][1], remaining_area_m2=figures[h][0]))
            for g, h in ((h1, "H-1"), (h2, "H-2"), (h3, "H-3"))
        ],
    )
    releases = [
        (r1, release("R-1", "H-1", outcome="cleared")),
        (r2, release("R-2", "H-1", outcome="reduced", end_date=None)),  # no end date: counts
        (h3, release("R-3", "H-3")),
    ]
    return hazards, releases, figures


def test_remaining_as_the_releases_give_it():
    hazards, releases, figures = remaining_set()
    # 30 m of the 100 m square left, a little more than 3000 m² on the ellipsoid
    assert 3000 < figures["H-1"][0] < 3001.5
    findings = checks.run_checks(hazards, layer(RELEASE, releases), crs=UTM38, today=TODAY)
    assert codes_of(findings.findings, "remaining_mismatch") == []


@pytest.mark.parametrize(
    "hazard_id, remaining_delta, status, flagged",
    [
        ("H-1", 50.0, "worked_on", True),  # 50 m² off
        ("H-1", 0.5, "worked_on", False),  # within a square metre
        ("H-1", None, "worked_on", True),  # empty
        ("H-1", 0.0, "open", True),  # status
        ("H-2", -1e9, "closed", True),  # 0 m² and closed: nothing was released
        ("H-3", None, None, True),
    ],
)
def test_remaining_mismatch(hazard_id, remaining_delta, status, flagged):
    _h, _r, figures = remaining_set()
    value = None if remaining_delta is None else max(0.0, figures[hazard_id][0] + remaining_delta)
    hazards, releases, _f = remaining_set(**{hazard_id: (value, status)})
    findings = checks.run_checks(hazards, layer(RELEASE, releases), crs=UTM38, today=TODAY)
    found = [f[0] for f in codes_of(findings.findings, "remaining_mismatch")]
    assert found == ([hazard_id] if flagged else [])


def test_figures_waiting_to_be_recomputed_are_a_warning():
    """The database marks a hazard whose releases changed: remaining NULL, status 'unknown'
    (not a code of the list: no bad_code). That is said as a warning with the figures due."""
    _h, _r, figures = remaining_set()
    hazards, releases, _f = remaining_set(**{"H-1": (None, "unknown"), "H-2": (None, "open")})
    findings = checks.run_checks(hazards, layer(RELEASE, releases), crs=UTM38, today=TODAY)
    assert codes_of(findings.findings, "bad_code") == []
    found = {f.feature_id: f for f in findings.findings if f.code == "remaining_mismatch"}
    assert sorted(found) == ["H-1", "H-2"]
    assert {f.severity for f in found.values()} == {"warning"}
    assert found["H-1"].message == (
        "hazard_id H-1: its remaining area and status are not known (remaining_area_m2 NULL, "
        "status unknown): a change to its land releases has not been accounted yet. As of "
        f"2026-12-07 its releases leave {figures['H-1'][0]:.2f} m² and status worked_on (2 "
        "release(s) counted; releases ending after today are not). Recompute them (opening a "
        "land release database with Land Release > Open Database… does), or set "
        f"remaining_area_m2 to {figures['H-1'][0]:.2f} and status to worked_on."
    )
    # A remaining area stored beside the status unknown: still waiting, still a warning.
    hazards, releases, _f = remaining_set(**{"H-1": (figures["H-1"][0], "unknown")})
    found = checks.run_checks(hazards, layer(RELEASE, releases), crs=UTM38, today=TODAY)
    assert [(f.feature_id, f.severity) for f in found.findings] == [("H-1", "warning")]


def test_remaining_mismatch_messages_and_future_releases():
    hazards, releases, figures = remaining_set()
    # R-2 now ends after today: it is not counted, so the stored figures no longer hold.
    releases[1] = (releases[1][0], release("R-2", "H-1", outcome="reduced", end_date="2027-03-01"))
    # An outcome outside the code list is not counted either.
    releases[2] = (releases[2][0], release("R-3", "H-3", outcome="burnt"))
    findings = checks.run_checks(hazards, layer(RELEASE, releases), crs=UTM38, today=TODAY)
    found = {f.feature_id: f for f in findings.findings if f.code == "remaining_mismatch"}
    assert sorted(found) == ["H-1", "H-3"]
    h1_left = geod_area(shapely.box(X0 + 50, Y0, X0 + 100, Y0 + 100))
    assert found["H-1"].message == (
        f"hazard_id H-1: remaining_area_m2 {figures['H-1'][0]:.2f} m² and status worked_on do "
        f"not match its land releases as of 2026-12-07, which leave {h1_left:.2f} m² and status "
        "worked_on (1 release(s) counted; releases ending after today are not). A release was "
        "added, changed or deleted outside the plugin, or the figures were typed: set "
        f"remaining_area_m2 to {h1_left:.2f} and status to worked_on, or correct the releases."
    )
    assert f"leave {geod_area(usq(1000, 0)):.2f} m² and status open (0 release(s)" in (
        found["H-3"].message
    )
    # An end date that cannot be read: the figures cannot be known (counting the release or
    # not are both possible readings), so they are not compared; bad_date names the date.
    releases[1] = (releases[1][0], release("R-2", "H-1", outcome="reduced", end_date="2027-13-01"))
    unreadable = checks.run_checks(hazards, layer(RELEASE, releases), crs=UTM38, today=TODAY)
    assert [(f.code, f.feature_id) for f in unreadable.findings] == [
        ("remaining_mismatch", "H-3"),
        ("bad_code", "R-3"),
        ("bad_date", "R-2"),
    ]
    releases[1] = (releases[1][0], release("R-2", "H-1", outcome="reduced", end_date="2027-03-01"))
    # The same releases as of a later day: R-2 counts again.
    later = checks.run_checks(
        hazards, layer(RELEASE, releases), crs=UTM38, today=date(2027, 3, 1)
    ).findings
    assert [f.feature_id for f in later if f.code == "remaining_mismatch"] == ["H-3"]


def test_remaining_mismatch_needs_its_fields():
    hazards, releases, _figures = remaining_set()
    result = checks.run_checks(hazards, crs=UTM38, today=TODAY)
    assert "remaining_mismatch not checked: no land releases were given (RELEASES)." in [
        n.message for n in result.notes
    ]
    no_outcome = layer(RELEASE, [(g, {k: v for k, v in a.items() if k != "outcome"})
                                 for g, a in releases])  # fmt: skip
    result = checks.run_checks(hazards, no_outcome, crs=UTM38, today=TODAY)
    assert "remaining_mismatch not checked: the land release layer has no field outcome." in [
        n.message for n in result.notes
    ]
    assert codes_of(result.findings, "remaining_mismatch") == []
