"""The merge rules of a field package sync (core/field_merge.py), without QGIS."""

from __future__ import annotations

from landrelease.core import field_merge as fm

FIELDS = ("remarks", "team", fm.GEOMETRY)
BASE = {"remarks": "packed", "team": "T1", fm.GEOMETRY: "0101"}


def update(**now) -> fm.FieldEdit:
    values = {**BASE, **now}
    return fm.FieldEdit(
        "land_release", "u1", fm.UPDATE, BASE, values, fm.changed_fields(BASE, values, FIELDS)
    )


def test_the_merged_fields_leave_out_what_the_office_derives():
    hazard = fm.merged_fields("hazard")
    assert "remarks" in hazard and hazard[-1] == fm.GEOMETRY
    for derived in ("uuid", "created_at", "updated_at", "estimated_area_m2", "status"):
        assert derived not in hazard
    assert "area_m2" not in fm.merged_fields("land_release")
    assert "evidence_class" not in fm.merged_fields("evidence")
    assert fm.merged_fields("task")[-1] == fm.GEOMETRY
    assert "owner_id" in fm.merged_fields("survey_point")


def test_a_field_change_of_a_field_the_office_left_is_written():
    merge = fm.merge_row(update(remarks="field", **{fm.GEOMETRY: "0102"}), BASE, FIELDS)
    assert merge.write == fm.UPDATE
    assert merge.values == {"remarks": "field", fm.GEOMETRY: "0102"}
    assert merge.conflicts == []


def test_both_changed_to_different_values_is_a_conflict_the_office_value_stays():
    office = {**BASE, "remarks": "office"}
    merge = fm.merge_row(update(remarks="field", team="T2"), office, FIELDS)
    assert merge.write == fm.UPDATE and merge.values == {"team": "T2"}
    assert merge.conflicts == [
        fm.Conflict("land_release", "u1", "remarks", "packed", "office", "field", fm.BOTH_CHANGED)
    ]


def test_both_changed_to_the_same_value_is_nothing():
    merge = fm.merge_row(update(remarks="same"), {**BASE, "remarks": "same"}, FIELDS)
    assert merge.write is None and merge.values == {} and merge.conflicts == []


def test_a_change_of_a_row_the_office_deleted_is_a_conflict_not_a_new_row():
    merge = fm.merge_row(update(team="T2"), None, FIELDS)
    assert merge.write is None
    assert [(c.field, c.office, c.field_value, c.reason) for c in merge.conflicts] == [
        ("team", None, "T2", fm.OFFICE_DELETED)
    ]


def test_an_insert_is_written_once_then_nothing_then_a_conflict_if_the_office_moved_on():
    now = {"remarks": "new", "team": "T1", fm.GEOMETRY: "0103"}
    edit = fm.FieldEdit("evidence", "u2", fm.INSERT, None, now, FIELDS)
    first = fm.merge_row(edit, None, FIELDS)
    assert first.write == fm.INSERT and first.values == now
    again = fm.merge_row(edit, dict(now), FIELDS)
    assert again.write is None and again.conflicts == []
    moved = fm.merge_row(edit, {**now, "remarks": "office"}, FIELDS)
    assert [(c.field, c.base, c.office, c.reason) for c in moved.conflicts] == [
        ("remarks", None, "office", fm.BOTH_ADDED)
    ]


def test_a_field_delete_is_done_only_when_the_office_left_the_row():
    edit = fm.FieldEdit("survey_point", "u3", fm.DELETE, BASE, None)
    assert fm.merge_row(edit, dict(BASE), FIELDS).write == fm.DELETE
    kept = fm.merge_row(edit, {**BASE, "team": "T7"}, FIELDS)
    assert kept.write is None
    assert [(c.field, c.office, c.field_value, c.reason) for c in kept.conflicts] == [
        ("team", "T7", None, fm.FIELD_DELETED)
    ]
    assert fm.merge_row(edit, None, FIELDS).write is None  # deleted on both sides


def test_the_write_order_puts_owners_first_and_deletes_last():
    def merge(layer, write):
        m = fm.RowMerge(fm.FieldEdit(layer, layer + write, write, None, None))
        m.write = write
        return m

    merges = [
        merge("survey_point", fm.INSERT),
        merge("land_release", fm.DELETE),
        merge("land_release", fm.INSERT),
        merge("survey_point", fm.DELETE),
        merge("hazard", fm.UPDATE),
    ]
    order = [(m.edit.layer, m.write) for m in fm.write_order(merges)]
    assert order == [
        ("hazard", fm.UPDATE),
        ("land_release", fm.INSERT),
        ("survey_point", fm.INSERT),
        ("survey_point", fm.DELETE),
        ("land_release", fm.DELETE),
    ]
