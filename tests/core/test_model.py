"""The data model against DESIGN §4: every layer, field and code list of the contract."""

from __future__ import annotations

import pytest

from landrelease.core import model

EXPECTED = {
    "line_of_contact": ("LineString", "name source valid_from valid_to remarks"),
    "evidence": (
        "Point",
        "evidence_id evidence_type evidence_class device_category device_model source_type "
        "reliability reported_on reported_by remarks photo",
    ),
    "hazard": (
        "Polygon",
        "hazard_id classification status district contamination evidence_direct "
        "evidence_indirect estimated_area_m2 remaining_area_m2 priority parent_id recorded_on "
        "status_changed_on status_reason source imsma_id imsma_links remarks",
    ),
    "land_release": (
        "Polygon",
        "release_id hazard_id activity outcome method organisation team start_date end_date "
        "depth_cm ap_found at_found uxo_found cm_found qa_status reviewed_by reviewed_on "
        "review_remarks area_m2 imsma_id imsma_links remarks photo",
    ),
    "survey_point": (
        "Point",
        "owner_id point_type seq bearing bearing_unit north distance_m entered_as marker remarks "
        "photo",
    ),
    "minefield_record": (
        "Polygon",
        "record_id document_ref record_date side mine_types mines_recorded accuracy "
        "closure_error_m declination_deg declination_source remarks",
    ),
    "traverse_leg": (
        None,
        "record_id seq point_type bearing bearing_unit north distance_m remarks",
    ),
    "task": (
        "Polygon",
        "task_id hazard_id organisation priority planned_start planned_end status",
    ),
    "district": ("MultiPolygon", "code name name_en"),
    "edit_log": (
        None,
        "layer feature_uuid action changed_by changed_at before after",
    ),
    "sync_conflict": (
        None,
        "package_id layer feature_uuid field base_value office_value field_value synced_at "
        "resolved",
    ),
}
COMMON = ("uuid", "created_at", "created_by", "updated_at")


def test_every_layer_of_the_contract_and_no_other():
    assert {lyr.name for lyr in model.LAYERS} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_layer_geometry_and_fields(name):
    geometry, fields = EXPECTED[name]
    definition = model.layer(name)
    assert definition.geometry == geometry
    assert definition.field_names() == tuple(fields.split()) + COMMON


def test_field_names_unique_and_types_known():
    for definition in model.LAYERS:
        names = definition.field_names()
        assert len(names) == len(set(names)), definition.name
        for f in definition.fields:
            assert f.type in model.FIELD_TYPES, (definition.name, f.name)
            assert f.label, (definition.name, f.name)


@pytest.mark.parametrize(
    ("layer", "field", "type_"),
    [
        ("hazard", "estimated_area_m2", model.REAL),
        ("hazard", "remaining_area_m2", model.REAL),
        ("hazard", "evidence_direct", model.INTEGER),
        ("hazard", "priority", model.INTEGER),
        ("hazard", "recorded_on", model.DATE),
        ("land_release", "area_m2", model.REAL),
        ("land_release", "depth_cm", model.INTEGER),
        ("land_release", "end_date", model.DATE),
        ("survey_point", "bearing", model.REAL),
        ("traverse_leg", "seq", model.INTEGER),
        ("minefield_record", "declination_deg", model.REAL),
        ("minefield_record", "record_date", model.DATE),
        ("edit_log", "changed_at", model.DATETIME),
        ("sync_conflict", "synced_at", model.DATETIME),
        ("sync_conflict", "resolved", model.INTEGER),
        ("hazard", "created_at", model.DATETIME),
        ("hazard", "uuid", model.TEXT),
    ],
)
def test_field_types(layer, field, type_):
    assert model.layer(layer).field(field).type == type_


def test_code_lists_of_the_contract():
    cl = model.CODE_LISTS
    assert cl["evidence_type"].in_group("direct") == (
        "detonation",
        "accident_known",
        "record_high",
        "marking",
        "visual_mine",
        "visual_erw",
    )
    assert cl["evidence_type"].in_group("indirect") == (
        "old_survey",
        "combat_zone",
        "defensive_position",
        "accident_unknown",
        "record_low",
        "unused_land",
        "verbal_report",
    )
    assert cl["device_category"].values() == ("ap", "at", "mixed", "uxo", "cm", "ied", "unknown")
    assert cl["bearing_unit"].values() == ("deg", "mil6400", "mil6000", "gon")
    assert cl["north"].values() == ("grid", "true", "magnetic")
    assert cl["outcome"].values() == ("cancelled", "reduced", "cleared")
    assert cl["activity"].values() == ("nts", "ts", "clearance")
    assert cl["status"].values() == ("open", "worked_on", "closed")
    assert cl["classification"].values() == ("SHA", "CHA")
    assert cl["qa_status"].values() == ("pending", "passed", "failed")
    assert cl["method"].values() == ("manual", "mechanical", "mdd", "combined", "none")
    assert cl["source_type"].values() == ("visual", "verbal", "record")
    assert cl["reliability"].values() == ("high", "medium", "low")
    assert cl["point_type"].values() == (
        "reference",
        "benchmark",
        "start",
        "turning",
        "intermediate",
        "end",
        "evidence",
    )
    assert cl["edit_action"].values() == ("insert", "update", "delete")
    assert cl["declination_source"].values() == ("entered", "field", "igrf")


def test_codes_are_unique_short_ascii_with_labels():
    for code_list in model.CODE_LISTS.values():
        values = code_list.values()
        assert len(values) == len(set(values)), code_list.name
        labels = [c.label for c in code_list.codes]
        assert len(labels) == len(set(labels)), code_list.name
        for value in values:
            assert value.isascii() and len(value) <= 20 and " " not in value


def test_every_coded_field_names_an_existing_code_list():
    coded = {(lyr.name, f.name): f.codes for lyr in model.LAYERS for f in lyr.fields if f.codes}
    assert all(name in model.CODE_LISTS for name in coded.values())
    assert coded[("hazard", "contamination")] == "device_category"
    assert coded[("evidence", "device_category")] == "device_category"
    assert coded[("land_release", "outcome")] == "outcome"


def test_mandatory_unique_and_derived():
    hazard = model.layer("hazard")
    assert hazard.field("hazard_id").unique and hazard.field("hazard_id").not_null
    assert hazard.field("estimated_area_m2").derived == model.DERIVED_AREA
    assert model.layer("land_release").field("area_m2").derived == model.DERIVED_AREA
    assert model.layer("land_release").field("release_id").unique
    for lyr in model.LAYERS:
        assert lyr.field("uuid").unique
        assert lyr.field("uuid").derived == model.DERIVED_UUID
        if lyr.id_field:
            assert lyr.field(lyr.id_field).unique


def test_relations_link_existing_fields():
    pairs = {(r.parent, r.child) for r in model.RELATIONS}
    assert ("hazard", "land_release") in pairs
    assert ("hazard", "survey_point") in pairs
    for r in model.RELATIONS:
        model.layer(r.parent).field(r.parent_field)
        model.layer(r.child).field(r.child_field)


@pytest.mark.parametrize(
    ("evidence_type", "expected"),
    [("detonation", "direct"), ("verbal_report", "indirect"), (None, None), ("foo", None)],
)
def test_evidence_class(evidence_type, expected):
    assert model.evidence_class(evidence_type) == expected


def test_unknown_layer_is_a_clear_error():
    with pytest.raises(KeyError, match="no layer 'hazards'"):
        model.layer("hazards")


def test_core_imports_no_qgis():
    import ast
    from pathlib import Path

    core = Path(model.__file__).parent
    for path in core.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert not name.startswith(("qgis", "PyQt", "osgeo")), (path.name, name)
