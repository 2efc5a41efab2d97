"""missing_field and missing_district."""

from __future__ import annotations

import math

import shapely

from landrelease.core import checks
from landrelease.core.checks import EVIDENCE, HAZARD, RELEASE, LayerData

from .factories import (
    broken_set,
    sq,
    triples,
)


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
