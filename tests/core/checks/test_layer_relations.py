"""overlap, release_outside_hazard, unknown_hazard, release_larger_than_hazard and
cha_without_evidence."""

from __future__ import annotations

import pytest
import shapely

from landrelease.core import checks
from landrelease.core.checks import RELEASE

from .factories import (
    BOW_TIE,
    sq,
    triples,
)


@pytest.mark.parametrize(("overlap_m", "expected"), [(0.8, 0), (1.0, 1)])
def test_overlap_threshold_share_of_the_smaller(overlap_m, expected):
    big = shapely.box(0, 0, 1000, 1000)
    small = shapely.box(1000 - overlap_m, 0, 1100 - overlap_m, 100)  # 100 x 100
    found = checks.check_overlaps([big, small], ["SHA", "sha "], ["a", "b"])
    assert len(found) == expected
    if expected:
        assert "(1.0 % of the smaller)" in found[0].message


def test_overlap_one_per_pair_only_same_class_and_not_duplicates():
    geoms = [sq(0, 0), sq(50, 0), sq(25, 50), sq(0, 0), sq(60, 0)]
    classes = ["SHA", "SHA", "SHA", "SHA", "CHA"]
    found = checks.check_overlaps(geoms, classes, list("abcde"))
    pairs = sorted((f.args["first"], f.args["second"]) for f in found)
    # a = d exactly (duplicate_geometry's business); e is a CHA.
    assert pairs == [("a", "b"), ("a", "c"), ("b", "c"), ("b", "d"), ("c", "d")]
    assert all(f.feature_id == f.args["first"] for f in found)


def test_overlap_of_invalid_geometry_is_measured_on_its_repair():
    found = checks.check_overlaps([BOW_TIE, sq(1000, 0, 50)], ["SHA", "SHA"], ["a", "b"])
    assert len(found) == 1
    assert found[0].args["area"] == "1250"  # the bow-tie's lower-left triangle inside the square


@pytest.mark.parametrize(
    ("release_box", "outside"),
    [
        ((0, 0, 100.9, 100), True),  # 90 m², 0.9 % of the release
        ((0, 0, 100.005, 100), False),  # 0.5 m²: below 1 m²
        ((0, 0, 100, 100), False),
    ],
)
def test_release_outside_thresholds(release_box, outside):
    hazards = [shapely.box(0, 0, 100, 100)]
    box = shapely.box(*release_box)
    found = checks.check_releases([box], ["r"], hazards)
    assert bool(found) == outside


def test_release_outside_needs_both_thresholds():
    hazard_geom = shapely.box(0, 0, 10000, 10000)
    # 2 m² outside a 100,000,000 m² release: more than 1 m² but only 2e-8 of it.
    found = checks.check_releases([shapely.box(0, 0, 10000.0002, 10000)], ["r"], [hazard_geom])
    assert found == []
    small = shapely.box(-2, 0, 8, 10)  # 20 m² of 100 outside
    found = checks.check_releases([small], ["r"], [hazard_geom])
    assert triples(found) == [(RELEASE, "release_outside_hazard", "r")]
    assert found[0].args == {"area": "20", "percent": "20.0"}
    assert -2 <= found[0].x <= 0


def test_release_without_any_hazard_is_all_outside():
    found = checks.check_releases([sq(5000, 0)], ["r"], [sq(0, 0), None])
    assert found[0].args["percent"] == "100.0"


def test_release_links():
    hazards = [sq(0, 0), sq(0, 0, 50), None]
    found = checks.check_releases(
        [sq(0, 0, 10), sq(0, 0, 60), sq(0, 0, 80), sq(0, 0, 10), None],
        list("abcde"),
        hazards,
        release_hazard_ids=["H-1", "H-2", " H-2 ", "H-9", "H-1"],
        hazard_ids=["H-1", "H-2", "H-3"],
    )
    assert sorted((f.code, f.feature_id) for f in found) == [
        ("release_larger_than_hazard", "b"),
        ("release_larger_than_hazard", "c"),
        ("unknown_hazard", "d"),
    ]


def test_release_larger_tolerance_one_square_metre():
    found = checks.check_releases(
        [shapely.box(0, 0, 100.009, 100)],  # 0.9 m² larger
        ["r"],
        [sq(0, 0), sq(100, 0)],
        release_hazard_ids=["H-1"],
        hazard_ids=["H-1", "H-2"],
    )
    assert found == []


def test_cha_evidence_direct_only_boundary_counts():
    hazards = [sq(0, 0), sq(200, 0), sq(400, 0), sq(600, 0)]
    classes = ["CHA", "cha", "CHA", "SHA"]
    points = [shapely.Point(50, 50), shapely.Point(300, 50), shapely.Point(400, 50), None]
    types = ["visual_mine", "verbal_report", " marking ", "visual_mine"]
    found = checks.check_cha_evidence(hazards, classes, list("abcd"), points, types)
    assert [f.feature_id for f in found] == ["b"]


def test_cha_without_any_evidence_point():
    found = checks.check_cha_evidence([sq(0, 0)], ["CHA"], ["a"], [], [])
    assert [f.feature_id for f in found] == ["a"]
