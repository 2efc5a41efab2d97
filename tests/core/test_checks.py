"""Data checks (DESIGN §5.9): every code on a broken set, none on a clean one, each rule's edges."""

from __future__ import annotations

import math
import unicodedata
from datetime import date, datetime

import numpy as np
import pytest
import shapely
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from pyproj import Geod, Transformer

from landrelease.core import area, checks
from landrelease.core.checks import EVIDENCE, HAZARD, RELEASE, LayerData


def sq(x, y, size=100.0):
    return shapely.box(x, y, x + size, y + size)


def layer(name, rows, id_field=None):
    """LayerData from (geometry, attributes) rows; labels: the id, else the row number."""
    id_field = id_field or checks.model.layer(name).id_field
    names = []
    for _g, attributes in rows:
        names += [k for k in attributes if k not in names]
    columns = {n: [a.get(n) for _g, a in rows] for n in names}
    labels = [
        str(a[id_field]) if a.get(id_field) not in (None, "") else str(k)
        for k, (_g, a) in enumerate(rows)
    ]
    return LayerData(name, [g for g, _a in rows], labels, columns)


def hazard(hid, classification="SHA", district="AGD", **more):
    return {
        "hazard_id": hid,
        "classification": classification,
        "status": "open",
        "district": district,
        "recorded_on": date(2023, 1, 1),
        "status_changed_on": date(2023, 2, 1),
        **more,
    }


def release(rid, hid, **more):
    return {
        "release_id": rid,
        "hazard_id": hid,
        "activity": "clearance",
        "outcome": "cleared",
        "start_date": date(2023, 6, 1),
        "end_date": date(2023, 6, 30),
        **more,
    }


def evidence(eid, etype):
    return {"evidence_id": eid, "evidence_type": etype}


AZ, CYR = "SHA-AĞD-0001", "СХА-Шуша-01"
BOW_TIE = shapely.Polygon([(1000, 0), (1100, 100), (1100, 0), (1000, 100), (1000, 0)])
SPIKE = shapely.Polygon([(4000, 0), (4100, 0), (4100, 100), (4050, 6100), (4000, 100)])
TWO_VERTICES = shapely.from_wkt("POLYGON((16000 0, 16010 0, 16000 0, 16000 0))")
H09_ROTATED = shapely.Polygon([(10100, 100), (10000, 100), (10000, 0), (10100, 0)])


def broken_set():
    hazards = layer(
        HAZARD,
        [
            (sq(0, 0), hazard("H-01", "CHA")),
            (BOW_TIE, hazard("H-02")),
            (sq(2000, 0), hazard("H-03")),
            (sq(2200, 0), hazard("H-03")),
            (SPIKE, hazard("H-04")),
            (sq(6000, 0), hazard("H-05")),
            (sq(6050, 0), hazard("H-06")),
            (sq(6149.5, 0), hazard("H-07")),  # 50 m² = 0.5 % on H-06: below the threshold
            (sq(8000, 0), hazard("H-08", "CHA")),
            (sq(10000, 0), hazard("H-09", district=None)),
            (sq(12000, 0), hazard("H-10", classification=None)),
            (sq(14000, 0), hazard("H-11", status_changed_on=date(2022, 12, 31))),
            (H09_ROTATED, hazard("H-12")),
            (TWO_VERTICES, hazard("H-13")),
            (None, hazard("H-14")),
            (sq(18000, 0), hazard(None)),  # label "15"
            (sq(20000, 0), hazard(AZ)),
            (sq(20050, 0), hazard(CYR)),
        ],
    )
    releases = layer(
        RELEASE,
        [
            (sq(10, 10, 20), release("R-01", "H-01")),
            (shapely.box(50, 0, 150, 50), release("R-02", "H-01")),  # 2500 m² outside
            (sq(20, 20, 10), release("R-03", "H-99")),
            (shapely.box(6000, 0, 6150, 100), release("R-04", "H-05")),  # inside H-05 ∪ H-06
            (sq(30, 30, 10), release("R-05", "H-01", end_date=date(2023, 5, 31))),
            (sq(60, 60, 10), release("R-06", "H-01")),
            (sq(70, 70, 10), release("R-06", "H-01")),
            (sq(5, 70, 10), release("R-07", "H-01", activity=" ")),
            (sq(20010, 10, 10), release("ОР-Шуша-1", "Ханкәнди-7")),
        ],
    )
    points = layer(
        EVIDENCE,
        [
            (shapely.Point(50, 50), evidence("E-01", "visual_mine")),
            (shapely.Point(8050, 50), evidence("E-02", "combat_zone")),
            (shapely.Point(50.004, 50), evidence("E-03", "visual_mine")),
            (shapely.Point(20, 80), evidence(None, "visual_erw")),  # label "3"
            (shapely.Point(5000, 5000), evidence("E-05", "detonation")),
            (shapely.Point(5100, 5000), evidence("E-05", "marking")),
            (shapely.Point(25000, -4_430_000), evidence("E-07", "combat_zone")),  # the equator
        ],
    )
    return hazards, releases, points


# The broken set's coordinates are metres from 46.5° E, 40° N; the area is around them.
LOCAL = "+proj=tmerc +lat_0=40 +lon_0=46.5 +k=1 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs"
AROUND = area.from_extent(46.4, 39.9, 46.9, 40.2)
AREAS = {HAZARD: AROUND, RELEASE: AROUND, EVIDENCE: AROUND}


EXPECTED = [
    (EVIDENCE, "duplicate_geometry", "E-03"),
    (EVIDENCE, "duplicate_id", "E-05"),
    (EVIDENCE, "duplicate_id", "E-05"),
    (EVIDENCE, "missing_field", "3"),
    (EVIDENCE, "outside_area", "E-07"),
    (HAZARD, "cha_without_evidence", "H-08"),
    (HAZARD, "date_order", "H-11"),
    (HAZARD, "duplicate_geometry", "H-12"),
    (HAZARD, "duplicate_id", "H-03"),
    (HAZARD, "duplicate_id", "H-03"),
    (HAZARD, "invalid_geometry", "H-02"),
    (HAZARD, "invalid_geometry", "H-14"),
    (HAZARD, "long_segment", "H-04"),
    (HAZARD, "missing_district", "H-09"),
    (HAZARD, "missing_field", "15"),
    (HAZARD, "missing_field", "H-10"),
    (HAZARD, "overlap", "H-05"),
    (HAZARD, "overlap", AZ),
    (HAZARD, "too_few_vertices", "H-13"),
    (RELEASE, "date_order", "R-05"),
    (RELEASE, "duplicate_id", "R-06"),
    (RELEASE, "duplicate_id", "R-06"),
    (RELEASE, "missing_field", "R-07"),
    (RELEASE, "release_larger_than_hazard", "R-04"),
    (RELEASE, "release_outside_hazard", "R-02"),
    (RELEASE, "unknown_hazard", "R-03"),
    (RELEASE, "unknown_hazard", "ОР-Шуша-1"),
]


INTEGRITY = {
    "bad_code", "bad_date", "multipart", "area_mismatch", "remaining_mismatch", "log_mismatch",
}  # fmt: skip


def triples(findings):
    return [(f.layer, f.code, f.feature_id) for f in findings]


def by(findings, code, feature_id=None):
    found = [f for f in findings if f.code == code and feature_id in (None, f.feature_id)]
    assert found, (code, feature_id)
    return found


# ---------------------------------------------------------------------------------------------
# The whole set
# ---------------------------------------------------------------------------------------------


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


# ---------------------------------------------------------------------------------------------
# Missing fields
# ---------------------------------------------------------------------------------------------


def test_layer_without_hazard_id_is_a_finding_and_skips_the_rules_needing_it():
    hazards, releases, points = broken_set()
    columns = {k: v for k, v in hazards.columns.items() if k != "hazard_id"}
    labels = [str(k) for k in range(len(hazards.labels))]
    no_ids = LayerData(HAZARD, hazards.geometries, labels, columns)
    findings = checks.run_checks(no_ids, releases, points).findings
    missing = [f for f in findings if f.code == "missing_field" and f.layer == HAZARD]
    assert triples(missing)[0] == (HAZARD, "missing_field", None)
    assert missing[0].index is None and math.isnan(missing[0].x)
    assert "no field hazard_id" in missing[0].message
    assert "duplicate_id, unknown_hazard, release_larger_than_hazard" in missing[0].message
    codes = {(f.layer, f.code) for f in findings}
    assert (RELEASE, "unknown_hazard") not in codes
    assert (RELEASE, "release_larger_than_hazard") not in codes
    assert (HAZARD, "duplicate_id") not in codes
    assert (RELEASE, "release_outside_hazard") in codes  # geometry only: still checked


def test_layers_without_optional_fields():
    hazards, releases, points = broken_set()
    bare_h = LayerData(HAZARD, hazards.geometries, hazards.labels, {})
    bare_r = LayerData(RELEASE, releases.geometries, releases.labels, {})
    bare_e = LayerData(EVIDENCE, points.geometries, points.labels, {})
    result = checks.run_checks(bare_h, bare_r, bare_e)
    layer_level = [(f.layer, f.code) for f in result.findings if f.index is None]
    assert sorted(layer_level) == sorted(
        [(EVIDENCE, "missing_field")]
        + [(HAZARD, "missing_district")]
        + [(HAZARD, "missing_field")] * 3
        + [(RELEASE, "missing_field")] * 4
    )
    notes = " ".join(n.message for n in result.notes)
    assert "evidence_type" in notes and "recorded_on" in notes and "start_date" in notes


def test_blank_values_are_missing():
    found = checks.check_fields(
        EVIDENCE,
        {"evidence_id": ["E-1", None, "", "  ", float("nan"), "0"]},
        ["a", "b", "c", "d", "e", "f"],
        [shapely.Point(0, 0)] * 6,
    )
    assert [f.feature_id for f in found] == ["b", "c", "d", "e"]
    assert all((f.x, f.y) == (0, 0) for f in found)


def test_missing_district_blank_and_null():
    found = checks.check_missing_district(["AGD", None, "", "Ağdam"], list("abcd"), [sq(0, 0)] * 4)
    assert [f.feature_id for f in found] == ["b", "c"]


# ---------------------------------------------------------------------------------------------
# Geometry rules
# ---------------------------------------------------------------------------------------------


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


@pytest.mark.parametrize(("shift", "duplicate"), [(0.0, True), (0.009, True), (0.02, False)])
def test_duplicate_geometry_tolerance(shift, duplicate):
    a = sq(0, 0)
    b = shapely.Polygon([(100 + shift, 0), (100, 100), (0, 100), (0, 0)])  # another start vertex
    found = checks.check_duplicate_geometries(HAZARD, [a, b], ["a", "b"])
    assert triples(found) == ([(HAZARD, "duplicate_geometry", "b")] if duplicate else [])


def test_duplicate_geometry_names_the_first_copy():
    found = checks.check_duplicate_geometries(
        HAZARD, [sq(0, 0), sq(500, 0), sq(0, 0), sq(0, 0)], ["a", "b", "c", "d"]
    )
    assert [(f.feature_id, f.args["other"]) for f in found] == [("c", "a"), ("d", "a")]


def test_duplicate_ids_stripped_and_unicode_normalised():
    composed = "SHA-AĞD-1"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    ids = [composed, decomposed, " H-1", "H-1 ", "H-2", None, None, ""]
    found = checks.check_duplicate_ids(
        HAZARD, "hazard_id", ids, [str(i) for i in range(8)], [None] * 8
    )
    assert [f.feature_id for f in found] == ["0", "1", "2", "3"]
    assert found[0].args["value"] == composed and found[0].args["count"] == "2"


# ---------------------------------------------------------------------------------------------
# Rules between features
# ---------------------------------------------------------------------------------------------


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


def test_natural_order_of_feature_ids():
    ids = ["H-10", "H-2", None, "h-1", "15", "9"]
    made = [checks._finding("missing_field", HAZARD, None if i is None else k, ids, "x")
            for k, i in enumerate(ids)]  # fmt: skip
    assert [f.feature_id for f in checks.sort_findings(made)] == [
        None, "9", "15", "h-1", "H-2", "H-10",
    ]  # fmt: skip


def test_layer_data_lengths_are_checked():
    with pytest.raises(ValueError):
        LayerData(HAZARD, [sq(0, 0)], ["a", "b"])
    with pytest.raises(ValueError):
        LayerData(HAZARD, [sq(0, 0)], ["a"], {"hazard_id": []})


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


# ---------------------------------------------------------------------------------------------
# outside_area: where the record is (issue 14, item 8)
# ---------------------------------------------------------------------------------------------

GEOD = Geod(ellps="WGS84")
UTM38 = "EPSG:32638"
TO_UTM = Transformer.from_crs(4326, UTM38, always_xy=True)
DISTRICTS = area.from_extent(45.5, 38.8, 47.2, 40.6)  # roughly the districts' extent, + 10 km


def utm_point(lon, lat):
    return shapely.Point(*TO_UTM.transform(lon, lat))


def utm_polygon(*lon_lat):
    return shapely.Polygon([TO_UTM.transform(lon, lat) for lon, lat in lon_lat])


def outside(geometries, ids, layer_name=EVIDENCE, box=DISTRICTS, crs=UTM38):
    labels = [i if i is not None else str(k) for k, i in enumerate(ids)]
    return checks.check_outside_area(layer_name, geometries, labels, box, crs, ids=ids)


def test_a_decimal_comma_latitude_read_as_a_utm_zone_lands_at_the_equator():
    # "40,123456 46,750000" read as zone 40 gives about 46.75° E, 0.0004° N.
    findings = outside([utm_point(46.93, 39.99), utm_point(46.75, 0.0004)], ["E-1", "E-2"])
    assert triples(findings) == [(EVIDENCE, "outside_area", "E-2")]
    f = findings[0]
    assert f.severity == "error" and f.index == 1
    assert (f.x, f.y) == pytest.approx(TO_UTM.transform(46.75, 0.0004))
    km = GEOD.inv(46.75, 0.0004, 46.75, DISTRICTS.south)[2] / 1000
    assert 4280 < km < 4300
    assert f.message == (
        f"evidence_id E-2 lies at 0.00040° N, 46.75000° E (latitude, longitude), about "
        f"{km:.0f} km outside the programme's area ({DISTRICTS.describe()}). Check for a "
        "swapped latitude and longitude, a decimal comma, or a wrong UTM or Gauss–Krüger zone."
    )


@pytest.mark.parametrize(
    ("beyond_m", "flagged"), [(0, False), (5_000, False), (9_900, False), (10_500, True)]
)
def test_the_margin_beyond_the_districts(beyond_m, flagged):
    box = area.from_extent(46.0, 39.5, 47.0, 40.5, margin_m=10_000)
    lon, lat, _back = GEOD.fwd(46.5, 40.5, 0.0, beyond_m)  # due north of the districts
    findings = outside([utm_point(lon, lat)], ["E-1"], box=box)
    assert len(findings) == int(flagged)


def test_a_polygon_with_one_vertex_outside_names_that_vertex():
    inside = [(46.90, 39.90), (46.91, 39.90), (46.91, 39.91)]
    spike = utm_polygon(*inside[:2], (46.905, 0.1), inside[2])
    multi = shapely.MultiPolygon([utm_polygon(*inside), utm_polygon((8.66, 40.0), (8.67, 40.0),
                                                                    (8.67, 40.01))])  # fmt: skip
    findings = outside([utm_polygon(*inside), spike, multi], ["H-1", "H-2", "H-3"], HAZARD)
    assert triples(findings) == [(HAZARD, "outside_area", "H-2"), (HAZARD, "outside_area", "H-3")]
    assert (findings[0].x, findings[0].y) == pytest.approx(TO_UTM.transform(46.905, 0.1))
    assert "hazard_id H-2 lies outside the programme's area" in findings[0].message
    assert "1 of 5 vertices, the farthest at 0.10000° N, 46.90500° E" in findings[0].message
    # A Gauss-Krüger Y (8664944) read as a longitude: 8.66° E, far west of the UTM zone.
    assert "4 of 8 vertices, the farthest at 40.00000° N, 8.66000° E" in findings[1].message


def test_not_finite_coordinates_are_outside_and_do_not_crash():
    nan_point = shapely.Point(math.nan, 4_400_000.0)
    inf_point = shapely.Point(math.inf, 4_400_000.0)
    inf_vertex = shapely.from_wkt("POLYGON((640000 4420000, 640100 4420000, 640100 4420100, "
                                  "640000 4420000))")  # fmt: skip
    inf_vertex = shapely.set_coordinates(
        inf_vertex,
        np.array(
            [[640000, 4420000], [math.inf, 4420000], [640100, 4420100], [640000, 4420000]]
        ),  # fmt: skip
    )
    findings = outside([nan_point, inf_point], ["E-1", "E-2"])
    findings += outside([inf_vertex], ["H-1"], HAZARD)
    assert [f.feature_id for f in findings] == ["E-1", "E-2", "H-1"]
    for f in findings:
        assert f.code == "outside_area" and f.severity == "error"
        assert math.isnan(f.x) and math.isnan(f.y)
        assert "not numbers (NaN or infinite)" in f.message and "{" not in f.message


def test_features_without_geometry_or_id():
    findings = outside([None, shapely.Point(), utm_point(46.75, 0.0004)], [None, None, None])
    assert [(f.feature_id, f.index) for f in findings] == [("2", 2)]
    assert findings[0].message.startswith("fid 2 lies at 0.00040° N")


def test_geographic_coordinates_swapped():
    findings = outside(
        [shapely.Point(46.93, 39.99), shapely.Point(39.99, 46.93)], ["E-1", "E-2"], crs="EPSG:4326"
    )
    assert triples(findings) == [(EVIDENCE, "outside_area", "E-2")]
    assert "46.93000° N, 39.99000° E" in findings[0].message


def test_run_checks_only_on_layers_given_an_area():
    far = layer(EVIDENCE, [(utm_point(46.75, 0.0004), evidence("E-1", "combat_zone"))])
    assert checks.run_checks(evidence=far).findings == []
    assert checks.run_checks(evidence=far, areas={HAZARD: DISTRICTS}, crs=UTM38).findings == []
    found = checks.run_checks(evidence=far, areas={EVIDENCE: DISTRICTS}, crs=UTM38).findings
    assert triples(found) == [(EVIDENCE, "outside_area", "E-1")]
    with pytest.raises(ValueError):
        checks.run_checks(evidence=far, areas={EVIDENCE: DISTRICTS})


@settings(max_examples=200, deadline=None)
@given(
    lon=st.floats(38.0, 52.0, allow_nan=False),
    lat=st.floats(30.0, 50.0, allow_nan=False),
)
def test_flagged_exactly_when_outside_the_box(lon, lat):
    """Against an independent reading: the point's own longitude and latitude in the box."""
    point = utm_point(lon, lat)
    back_lon, back_lat = Transformer.from_crs(UTM38, 4326, always_xy=True).transform(
        point.x, point.y
    )
    assert abs(back_lon - lon) < 1e-7 and abs(back_lat - lat) < 1e-7
    expected = not (
        DISTRICTS.west <= lon <= DISTRICTS.east and DISTRICTS.south <= lat <= DISTRICTS.north
    )
    edge = min(abs(lon - v) for v in (DISTRICTS.west, DISTRICTS.east))
    edge = min(edge, *(abs(lat - v) for v in (DISTRICTS.south, DISTRICTS.north)))
    assume(edge > 1e-6)
    assert len(outside([point], ["E-1"])) == int(expected)


def test_a_million_evidence_points_at_once():
    rng = np.random.default_rng(14)
    n = 1_000_000
    x = rng.uniform(620_000, 680_000, n)
    y = rng.uniform(4_400_000, 4_450_000, n)
    x[[10, 500_000]] = (694761.67, 8_664_944.0)  # the equator; a Gauss-Krüger Y as easting
    y[[10, 500_000]] = (44.23, 4_430_293.0)
    ids = [f"E-{k}" for k in range(n)]
    findings = outside(shapely.points(x, y), ids)
    assert [f.feature_id for f in findings] == ["E-10", "E-500000"]


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


# ---------------------------------------------------------------------------------------------
# Integrity rules (issue 15): codes, dates, parts, stored areas, remaining areas, the edit log
# ---------------------------------------------------------------------------------------------

TODAY = date(2026, 12, 7)
X0, Y0 = 640_000.0, 4_425_000.0  # UTM 38N near Aghdam
TO_LONLAT = Transformer.from_crs(UTM38, 4326, always_xy=True)
GEOD = Geod(ellps="WGS84")


def usq(x, y, size=100.0):
    """A square in UTM 38N, ``x``, ``y`` metres from X0, Y0."""
    return sq(X0 + x, Y0 + y, size)


def geod_area(geometry) -> float:
    """Independent reference: pyproj's geodesic area of the polygon's vertices (holes out)."""
    total = 0.0
    for part in shapely.get_parts(geometry):
        rings = [part.exterior, *part.interiors]
        areas = []
        for ring in rings:
            lon, lat = TO_LONLAT.transform(*np.asarray(ring.coords).T)
            areas.append(abs(GEOD.polygon_area_perimeter(lon, lat)[0]))
        total += areas[0] - sum(areas[1:])
    return total


def codes_of(findings, code):
    return [(f.feature_id, f.severity, f.message) for f in findings if f.code == code]


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


def test_ellipsoidal_areas_against_pyproj():
    square = usq(0, 0)
    big = shapely.box(X0, Y0, X0 + 30_000, Y0 + 20_000)  # larger than EXACT_EXTENT_M
    holed = shapely.Polygon(usq(0, 0, 300).exterior, [usq(100, 100).exterior.coords])
    multi = shapely.MultiPolygon([usq(0, 0), usq(1000, 0, 50)])
    far_east = sq(X0 + 250_000, Y0, 100)  # near the zone's edge: scale factor ~1.0003
    geoms = [square, big, holed, multi, far_east, None, shapely.Polygon(), shapely.Point(X0, Y0)]
    areas = checks.ellipsoidal_areas(geoms, UTM38)
    exact = checks.ellipsoidal_areas(geoms, UTM38, exact=True)
    for k, g in enumerate(geoms[:5]):
        reference = geod_area(g)
        assert areas[k] == pytest.approx(reference, rel=1e-7), k
        assert exact[k] == pytest.approx(reference, rel=1e-12), k
    assert list(areas[5:]) == [0.0, 0.0, 0.0]
    # UTM shrinks at the central meridian (k0 = 0.9996) and stretches far from it
    assert areas[0] > 10_000 and areas[4] < 10_000
    # A geographic CRS: geodesic areas of the vertices.
    lonlat = shapely.transform(square, lambda xy: np.column_stack(TO_LONLAT.transform(*xy.T)))
    assert checks.ellipsoidal_areas([lonlat], "EPSG:4326")[0] == pytest.approx(
        geod_area(square), rel=1e-9
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


# --- the edit log -------------------------------------------------------------------------------

UUID_1 = "4f1c2d9e-8b1a-4c3e-9f00-000000000001"


def audit(**facts):
    return checks.LogAudit(database="/data/agdam.gpkg", **facts)


def test_log_mismatch_rows_without_their_entry():
    hazards = layer(HAZARD, [(usq(0, 0), {**hazard("H-1"), "uuid": UUID_1})])
    facts = audit(
        entries=12,
        unlogged=[
            checks.UnloggedRow("hazard", 7, UUID_1, "H-1", "differs", 11, "2026-05-01T10:00:00Z",
                               (("remaining_area_m2", 5997.98, 6927.63), ("status", "worked_on",
                                "open"), ("geom", "AB", "CD"), ("remarks", None, "x"),
                                ("district", "AGD", "FUZ"), ("priority", 1, 2))),
            checks.UnloggedRow("land_release", 3, "u-3", "LR-9", "no_entry"),
            checks.UnloggedRow("land_release", 4, "u-4", "fid 4", "deleted", 9, "2026-04-01"),
            checks.UnloggedRow("land_release", 5, "u-5", "LR-5", "unreadable", 10, "2026-04-02"),
        ],
    )  # fmt: skip
    result = checks.run_checks(hazards, today=TODAY, logs=[facts])
    found = [f for f in result.findings if f.code == "log_mismatch"]
    assert [(f.layer, f.feature_id, f.index, f.fid) for f in found] == [
        (HAZARD, "H-1", 0, 7),  # placed on the input feature with that uuid
        (RELEASE, "fid 4", None, 4),
        (RELEASE, "LR-5", None, 5),
        (RELEASE, "LR-9", None, 3),
    ]
    found = [found[0], found[3], found[1], found[2]]  # in the order given
    assert found[0].message == (
        "hazard_id H-1 (fid 7) differs from its last edit_log entry (11, 2026-05-01T10:00:00Z): "
        "remaining_area_m2 5997.98 (log: 6927.63); status 'worked_on' (log: 'open'); geom; "
        "remarks NULL (log: 'x'); district 'AGD' (log: 'FUZ'); +1. "
        "It was changed without the edit log (its triggers off or removed): find out who "
        "changed it, then restore or confirm the values."
    )
    assert usq(0, 0).contains(shapely.Point(found[0].x, found[0].y))
    assert found[1].message.startswith("release_id LR-9 (fid 3) has no edit_log entry")
    assert found[2].message.startswith(
        "fid 4 (fid 4) exists, but its last edit_log entry (9, 2026-04-01) records its deletion"
    )
    assert "holds no readable 'after' JSON" in found[3].message
    assert all(f.severity == "error" for f in found)


def test_log_mismatch_entries_sequence_triggers_and_chain():
    facts = audit(
        entries=40,
        problems=[
            checks.LogEntryProblem(12, "2026-05-02", "land_release", "update", "u-12", "LR-2"),
            checks.LogEntryProblem(13, "2026-05-03", "task", "insert", "u-13", None,
                                   "its layer 'task' is not one the log records"),
        ],  # fmt: skip
        gaps=[(20, 22)],
        disorder=[(30, "2020-01-01T00:00:00.000Z", 29, "2026-05-04T09:00:00.000Z")],
        bad_times=[(31, "yesterday"), (32, None)],
        missing_triggers=["hazard_log_delete", "edit_log_no_delete"],
        altered_triggers=["hazard_log_update"],
        chain_breaks=[(5, "changed", "2026-05-01T00:00:00.000Z"), (6, "deleted", "2026-05-01"),
                      (7, "inserted", None), (8, "link", "2026-05-01")],
    )  # fmt: skip
    findings = checks.check_edit_log(facts)
    messages = [f.message for f in findings]
    assert [(f.layer, f.feature_id, f.fid) for f in findings] == [
        ("edit_log", None, None),
        ("edit_log", None, None),
        ("edit_log", "12", 12),
        ("edit_log", "13", 13),
        ("edit_log", "20", 20),
        ("edit_log", "30", 30),
        ("edit_log", "31", 31),
        ("edit_log", "32", 32),
        ("edit_log", "5", 5),
        ("edit_log", "6", 6),
        ("edit_log", "7", 7),
        ("edit_log", "8", 8),
    ]
    assert messages[0] == (
        "The edit log triggers hazard_log_delete, edit_log_no_delete are missing from "
        "/data/agdam.gpkg: changes are not logged or the log is not protected. Open the "
        "database with Land Release > Open Database… to recreate them, and find out who "
        "changed them."
    )
    assert "hazard_log_update of /data/agdam.gpkg are not the plugin's" in messages[1]
    assert messages[2] == (
        "edit_log entry 12 (2026-05-02) records the update of land_release LR-2 (uuid u-12), "
        "which does not exist: it was deleted without the edit log. Restore it from the "
        "entry's 'after' JSON, or find out who deleted it."
    )
    assert messages[3] == (
        "edit_log entry 13 (2026-05-03) was not written by the edit log's triggers: its layer "
        "'task' is not one the log records. Find out who wrote it."
    )
    assert messages[4].startswith("edit_log entries 20 to 22 are missing")
    assert messages[5].startswith(
        "edit_log entry 30 was written at 2020-01-01T00:00:00.000Z, before entry 29 "
        "(2026-05-04T09:00:00.000Z)"
    )
    assert messages[6] == "edit_log entry 31 has no readable changed_at ('yesterday')."
    assert messages[7] == "edit_log entry 32 has no readable changed_at ('NULL')."
    assert messages[8].startswith(
        "edit_log entry 5 no longer matches the hash it was sealed with on 2026-05-01T00:00:00.000Z"
    )
    assert "edit_log entry 6, sealed on 2026-05-01, is gone" in messages[9]
    assert "entry 7 lies among sealed entries but was never sealed" in messages[10]
    assert "The seal of edit_log entry 8 does not follow" in messages[11]
    assert all(f.severity == "error" and f.code == "log_mismatch" for f in findings)


def test_log_mismatch_on_postgis_and_unreadable_logs():
    facts = checks.LogAudit("db.example/ana/landrelease", postgis=True,
                            disabled_triggers=["hazard_log"], chain_missing=False)  # fmt: skip
    (finding,) = checks.check_edit_log(facts)
    assert finding.message == (
        "The edit log triggers hazard_log of db.example/ana/landrelease are disabled: changes "
        "are not logged. Ask the database administrator to recreate them, and find out who "
        "changed them."
    )
    (missing,) = checks.check_edit_log(audit(chain_missing=True))
    assert "hash chain (table edit_log_chain) is missing from /data/agdam.gpkg" in missing.message
    (broken,) = checks.check_edit_log(audit(error="database disk image is malformed"))
    assert broken.message == (
        "The edit log of /data/agdam.gpkg could not be read: database disk image is malformed."
    )
    assert checks.check_edit_log(audit(entries=5)) == []


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
