"""run_checks: every rule at once, in order, with progress and cancel."""

from __future__ import annotations

import math
from datetime import date

import numpy as np
import pytest
import shapely

from landrelease.core import area, checks
from landrelease.core.checks import EVIDENCE, HAZARD, RELEASE, LayerData

from .factories import (
    AREAS,
    AZ,
    CYR,
    EXPECTED,
    INTEGRITY,
    LOCAL,
    TODAY,
    UTM38,
    audit,
    broken_set,
    by,
    evidence,
    hazard,
    layer,
    release,
    sq,
    triples,
    usq,
)


def clean_set():
    hazards = layer(
        HAZARD,
        [
            (sq(0, 0), hazard("H-01", "CHA")),
            (sq(100, 0), hazard("H-02")),  # touches H-01, different class anyway
            (sq(200, 0), hazard("H-03")),  # touches H-02, same class: no overlap
            (sq(150, 50, 100), hazard("H-04", "CHA")),  # over SHAs: a CHA inside its parent
        ],
    )
    releases = layer(
        RELEASE,
        [
            (sq(0, 0), release("R-01", "H-01")),  # the whole hazard
            (shapely.box(150, 0, 250, 100), release("R-02", "H-02")),  # across H-02 and H-03
            (sq(10, 10, 10), release("R-03", "H-01", end_date=date(2023, 6, 1))),  # same day
        ],
    )
    points = layer(
        EVIDENCE,
        [
            (shapely.Point(50, 50), evidence("E-01", "visual_mine")),
            (shapely.Point(150, 100), evidence("E-02", "detonation")),  # on H-04's boundary
            (shapely.Point(50.02, 50), evidence("E-03", "combat_zone")),  # 2 cm apart
        ],
    )
    return hazards, releases, points


def test_broken_set_gives_exactly_the_expected_findings_in_order():
    result = checks.run_checks(*broken_set(), areas=AREAS, crs=LOCAL)
    assert triples(result.findings) == EXPECTED
    # every code but the integrity rules (tested on their own below) is hit
    assert {code for _layer, code, _id in EXPECTED} == set(checks.CODES) - INTEGRITY
    for f in result.findings:
        assert f.severity == checks.CODES[f.code]
        assert f.message and "{" not in f.message
    assert result.errors == sum(1 for f in result.findings if f.severity == "error")
    assert result.errors + result.warnings == len(EXPECTED)
    assert result.counts()["duplicate_id"] == 6
    # The broken set has no stored areas: the rules that need them say so.
    assert [n.message for n in result.notes] == [
        "area_mismatch not checked on the hazard layer: it has no field estimated_area_m2.",
        "area_mismatch not checked on the land_release layer: it has no field area_m2.",
        "remaining_mismatch not checked: the hazard layer has no field remaining_area_m2.",
    ]


def test_broken_set_messages_and_places():
    hazards, releases, points = broken_set()
    findings = checks.run_checks(hazards, releases, points, areas=AREAS, crs=LOCAL).findings

    bow_tie = by(findings, "invalid_geometry", "H-02")[0]
    assert "Self-intersection" in bow_tie.message and "1050.00 50.00" in bow_tie.message
    assert (bow_tie.x, bow_tie.y) == (1050.0, 50.0)
    assert "no geometry" in by(findings, "invalid_geometry", "H-14")[0].message
    assert math.isnan(by(findings, "invalid_geometry", "H-14")[0].x)

    spike = by(findings, "long_segment", "H-04")[0]
    assert (spike.x, spike.y) == (4050.0, 6100.0)  # the stray vertex
    assert "2 segment(s)" in spike.message and "6000 m" in spike.message

    overlap = by(findings, "overlap", "H-05")[0]
    assert "H-05 and H-06" in overlap.message
    assert "about 5000 m²" in overlap.message and "(50.0 %" in overlap.message
    assert 6050 <= overlap.x <= 6100
    assert f"{AZ} and {CYR}" in by(findings, "overlap", AZ)[0].message

    outside = by(findings, "release_outside_hazard", "R-02")[0]
    assert "About 2500 m² (50.0 %" in outside.message
    assert 100 <= outside.x <= 150
    larger = by(findings, "release_larger_than_hazard", "R-04")[0]
    assert "about 15000 m²" in larger.message and "H-05 (about 10000 m²)" in larger.message
    assert "'Ханкәнди-7'" in by(findings, "unknown_hazard", "ОР-Шуша-1")[0].message

    assert by(findings, "duplicate_geometry", "H-12")[0].message.endswith("as H-09.")
    assert by(findings, "duplicate_geometry", "E-03")[0].message.endswith("as E-01.")
    assert "hazard_id 'H-03' is on 2 features" in by(findings, "duplicate_id", "H-03")[0].message
    assert by(findings, "missing_field", "15")[0].message == "hazard_id is empty."
    assert by(findings, "missing_field", "R-07")[0].message == "activity is empty."
    order = by(findings, "date_order", "R-05")[0].message
    assert order == "end_date 2023-05-31 is before start_date 2023-06-01."
    assert "status_changed_on 2022-12-31" in by(findings, "date_order", "H-11")[0].message
    assert by(findings, "too_few_vertices", "H-13")[0].message.startswith(
        "A polygon ring has only 2 distinct"
    )

    # Every finding on a feature with geometry has a point on or in it.
    for f in findings:
        data = {HAZARD: hazards, RELEASE: releases, EVIDENCE: points}[f.layer]
        g = data.geometries[f.index]
        if g is None:
            assert math.isnan(f.x)
        elif f.code != "long_segment":
            assert shapely.distance(g, shapely.Point(f.x, f.y)) < 1e-6, f


def test_clean_set_gives_no_findings():
    result = checks.run_checks(*clean_set())
    assert result.findings == []
    assert result.errors == result.warnings == 0


def test_each_layer_alone_and_progress():
    hazards, releases, points = broken_set()
    seen = []
    only = checks.run_checks(releases=releases, progress=seen.append).findings
    # Without hazards, the rules between layers do not run.
    assert {f.code for f in only} == {"date_order", "duplicate_id", "missing_field"}
    assert seen == sorted(seen) and seen[-1] == 100.0
    assert {f.layer for f in checks.run_checks(evidence=points).findings} == {EVIDENCE}


def test_cancel():
    with pytest.raises(checks.Cancelled):
        checks.run_checks(*broken_set(), is_cancelled=lambda: True)


def test_many_features_are_vectorised():
    rng = np.random.default_rng(5)
    xy = rng.uniform(0, 200000, (20000, 2))
    geoms = shapely.box(xy[:, 0], xy[:, 1], xy[:, 0] + 50, xy[:, 1] + 50)
    ids = [f"H-{k}" for k in range(len(geoms))]
    hazards = LayerData(
        HAZARD,
        geoms,
        ids,
        {"hazard_id": ids, "classification": ["SHA"] * len(ids), "status": ["open"] * len(ids),
         "district": ["AGD"] * len(ids)},
    )  # fmt: skip
    import time

    start = time.perf_counter()
    result = checks.run_checks(hazards)
    assert time.perf_counter() - start < 10
    assert {f.code for f in result.findings} <= {"overlap"}


def test_non_finite_vertices_through_every_rule():
    """A NaN or infinite vertex is invalid_geometry and outside_area, and no other rule trips
    over it (GEOS cannot repair such a polygon)."""
    good = shapely.box(640000, 4420000, 640100, 4420100)
    ring = np.array([[640100, 4420000], [640100, 4420100], [0, 4420100], [640000, 4420000],
                     [640100, 4420000]], dtype=float)  # fmt: skip
    bad = []
    for value in (math.inf, math.nan):
        ring[2, 0] = value
        bad.append(shapely.set_coordinates(good, ring.copy()))
    hazards = layer(
        HAZARD, [(good, hazard("H-1")), (bad[0], hazard("H-2")), (bad[1], hazard("H-3"))]
    )
    releases = layer(RELEASE, [(bad[0], release("R-1", "H-1"))])
    points = layer(EVIDENCE, [(shapely.Point(math.nan, 4420000), evidence("E-1", "visual_mine"))])
    zone = area.utm_zone_area(38, "N")
    result = checks.run_checks(
        hazards, releases, points, areas={HAZARD: zone, RELEASE: zone, EVIDENCE: zone}, crs=UTM38
    )
    assert triples(result.findings) == [
        (EVIDENCE, "invalid_geometry", "E-1"),
        (EVIDENCE, "outside_area", "E-1"),
        (HAZARD, "invalid_geometry", "H-2"),
        (HAZARD, "invalid_geometry", "H-3"),
        (HAZARD, "outside_area", "H-2"),
        (HAZARD, "outside_area", "H-3"),
        (RELEASE, "invalid_geometry", "R-1"),
        (RELEASE, "outside_area", "R-1"),
    ]


def test_integrity_codes_sort_with_the_others():
    """Every new code through run_checks at once, in the usual order."""
    hazards = layer(
        HAZARD,
        [
            (shapely.MultiPolygon([usq(0, 0), usq(300, 0)]),
             hazard("H-1", status="finished", estimated_area_m2=1.0, remaining_area_m2=1.0,
                    recorded_on="2031-01-01", status_changed_on=None)),
        ],
    )  # fmt: skip
    releases = layer(RELEASE, [(usq(0, 0, 10), release("R-1", "H-1", outcome="burnt"))])
    facts = audit(unlogged=[checks.UnloggedRow("hazard", 1, None, "H-1", "no_entry")])
    result = checks.run_checks(hazards, releases, crs=UTM38, today=TODAY, logs=[facts])
    assert triples(result.findings) == [
        (HAZARD, "area_mismatch", "H-1"),
        (HAZARD, "bad_code", "H-1"),
        (HAZARD, "bad_date", "H-1"),
        (HAZARD, "log_mismatch", "H-1"),
        (HAZARD, "multipart", "H-1"),
        (HAZARD, "remaining_mismatch", "H-1"),
        (RELEASE, "bad_code", "R-1"),
    ]
    assert set(result.counts()) == INTEGRITY
    assert [n.message for n in result.notes] == [
        "area_mismatch not checked on the land_release layer: it has no field area_m2."
    ]
