"""invalid_geometry, too_few_vertices, long_segment and multipart."""

from __future__ import annotations

import math

import numpy as np
import shapely

from landrelease.core import checks
from landrelease.core.checks import EVIDENCE, HAZARD, RELEASE

from .factories import (
    TODAY,
    UTM38,
    X0,
    Y0,
    by,
    evidence,
    hazard,
    layer,
    release,
    sq,
    triples,
    usq,
)


def test_geometry_rules_on_multipolygons_and_holes():
    hole_of_two = shapely.from_wkt(
        "POLYGON((0 0, 100 0, 100 100, 0 100, 0 0), (10 10, 20 10, 10 10, 10 10))"
    )
    multi_spike = shapely.MultiPolygon([sq(0, 0), shapely.box(1000, 0, 7000, 10)])
    fine = shapely.MultiPolygon([sq(0, 0), sq(200, 0)])
    empty = shapely.Polygon()
    found = checks.check_geometries(
        HAZARD, [hole_of_two, multi_spike, fine, empty], ["a", "b", "c", "d"]
    )
    assert sorted((f.code, f.feature_id) for f in found) == [
        ("invalid_geometry", "d"),
        ("long_segment", "b"),
        ("too_few_vertices", "a"),
    ]
    spike = by(found, "long_segment")[0]
    assert "2 segment(s)" in spike.message and "6000 m" in spike.message


def test_long_segment_limit():
    just = shapely.box(0, 0, 5000, 10)
    over = shapely.box(0, 0, 5000.5, 10)
    found = checks.check_geometries(HAZARD, [just, over], ["a", "b"])
    assert triples(found) == [(HAZARD, "long_segment", "b")]


def test_points_are_not_checked_for_rings():
    found = checks.check_geometries(
        EVIDENCE, [shapely.Point(0, 0), shapely.Point(np.nan, 1), None], ["a", "b", "c"]
    )
    assert sorted(f.feature_id for f in found) == ["b", "c"]
    assert all(f.code == "invalid_geometry" for f in found)
    nan = by(found, "invalid_geometry", "b")[0]
    assert nan.message == "Invalid geometry: Invalid Coordinate."  # no place to give
    assert math.isnan(nan.x)


def test_multipart_features():
    two = shapely.MultiPolygon([usq(0, 0), usq(500, 0, 10)])
    one = shapely.MultiPolygon([usq(1000, 0)])
    with_empty = shapely.from_wkt(  # one polygon and an empty part: one part
        f"MULTIPOLYGON((({X0} {Y0}, {X0 + 9} {Y0}, {X0 + 9} {Y0 + 9}, {X0} {Y0})), EMPTY)"
    )
    assert shapely.get_num_geometries(with_empty) == 2
    hazards = layer(
        HAZARD, [(two, hazard("H-1")), (one, hazard("H-2")), (with_empty, hazard("H-3"))]
    )
    releases = layer(RELEASE, [(shapely.MultiPolygon([usq(0, 0, 10), usq(20, 0, 10)]),
                                release("R-1", "H-1"))])  # fmt: skip
    points = layer(
        EVIDENCE,
        [(shapely.MultiPoint([(X0 + 1, Y0 + 1), (X0 + 50, Y0 + 50)]), evidence("E-1", "marking"))],
    )
    findings = checks.run_checks(hazards, releases, points, crs=UTM38, today=TODAY).findings
    found = {f.feature_id: f for f in findings if f.code == "multipart"}
    assert sorted(found) == ["E-1", "H-1", "R-1"]
    assert found["H-1"].message == (
        "hazard_id H-1 has 2 separate parts (the smallest about 100 m²); it must be one polygon: "
        "split it into features with their own ids, or delete the stray part."
    )
    assert usq(500, 0, 10).contains(shapely.Point(found["H-1"].x, found["H-1"].y))
    assert found["E-1"].message.startswith("evidence_id E-1 has 2 points")
    assert (found["E-1"].x, found["E-1"].y) == (X0 + 50, Y0 + 50)
    assert all(f.severity == "error" for f in found.values())
