"""The merge of field edits into the office database: per feature (by uuid) and per field,
against the state at packing (the base) and the office row now. No QGIS here.

Values are compared exactly as given: the caller normalises them (text, numbers, ISO dates,
the geometry as WKB hex under ``GEOMETRY``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from . import model

INSERT, UPDATE, DELETE = "insert", "update", "delete"
# What the report says of a row or a field.
ADDED, CHANGED, DELETED, CONFLICT, REFUSED, FINDING = (
    "added",
    "changed",
    "deleted",
    "conflict",
    "refused",
    "finding",
)
GEOMETRY = "geom"

# The layers a field package carries and a sync writes, in the order rows are inserted (a
# release before its survey points); deletes go the other way.
SYNC_LAYERS = ("hazard", "land_release", "survey_point", "evidence", "task")
# Not merged: worked out by the office (the accounting, evidence counts) or by the database.
_OFFICE_FIGURES = {
    "hazard": ("status", "status_changed_on", "evidence_direct", "evidence_indirect"),
}

# Why a conflict: both changed the field; the office deleted the row the field changed; the
# field deleted the row the office changed; the field added a row the office holds otherwise.
BOTH_CHANGED = "both_changed"
OFFICE_DELETED = "office_deleted"
FIELD_DELETED = "field_deleted"
BOTH_ADDED = "both_added"


def merged_fields(layer_name: str) -> tuple[str, ...]:
    """The fields of ``layer_name`` a sync merges (and ``GEOMETRY`` for a layer with one)."""
    definition = model.layer(layer_name)
    skipped = _OFFICE_FIGURES.get(layer_name, ())
    names = tuple(f.name for f in definition.fields if f.derived is None and f.name not in skipped)
    return names + ((GEOMETRY,) if definition.geometry else ())


@dataclass(frozen=True)
class FieldEdit:
    """One row edited in the field since packing: ``base`` its values then (None for an
    insert), ``now`` its values in the field package (None for a delete), ``changed`` the
    merged fields that differ."""

    layer: str
    uuid: str
    kind: str  # INSERT, UPDATE or DELETE
    base: Mapping | None
    now: Mapping | None
    changed: tuple[str, ...] = ()


@dataclass(frozen=True)
class Conflict:
    """A field value that meets an office edit: the office value stays."""

    layer: str
    uuid: str
    field: str
    base: object
    office: object
    field_value: object
    reason: str


@dataclass
class RowMerge:
    """What a sync does with one field edit: ``write`` INSERT, UPDATE, DELETE or None, with
    ``values`` (an insert: every merged field; an update: the fields to change) and the
    conflicts it leaves."""

    edit: FieldEdit
    write: str | None = None
    values: dict = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)


def _conflict(edit: FieldEdit, name: str, base, office, value, reason: str) -> Conflict:
    return Conflict(edit.layer, edit.uuid, name, base, office, value, reason)


def merge_row(edit: FieldEdit, office: Mapping | None, fields: tuple[str, ...]) -> RowMerge:
    """Merge one field edit with the office row now (None when the office has no row of that
    uuid), comparing ``fields``.

    - a field changed while the office left it as it was: the field value is written;
    - both changed it to the same value: nothing; to different values: a conflict;
    - an insert the office already holds: nothing when equal (a second sync), else a
      conflict per field that differs;
    - a delete: done when the office left the row as it was, else a conflict per field the
      office changed (the row is kept); a row the office deleted is left deleted;
    - a change of a row the office deleted: a conflict per changed field (not re-created).
    """
    merge = RowMerge(edit)
    if edit.kind == INSERT:
        if office is None:
            merge.write, merge.values = INSERT, {n: edit.now.get(n) for n in fields}
            return merge
        merge.conflicts = [
            _conflict(edit, n, None, office.get(n), edit.now.get(n), BOTH_ADDED)
            for n in fields
            if office.get(n) != edit.now.get(n)
        ]
        return merge
    if edit.kind == DELETE:
        if office is None:
            return merge
        changed = [n for n in fields if office.get(n) != edit.base.get(n)]
        if not changed:
            merge.write = DELETE
        merge.conflicts = [
            _conflict(edit, n, edit.base.get(n), office.get(n), None, FIELD_DELETED)
            for n in changed
        ]
        return merge
    for name in edit.changed:
        base, value = edit.base.get(name), edit.now.get(name)
        if office is None:
            merge.conflicts.append(_conflict(edit, name, base, None, value, OFFICE_DELETED))
        elif office.get(name) == value:
            continue
        elif office.get(name) == base:
            merge.values[name] = value
        else:
            merge.conflicts.append(
                _conflict(edit, name, base, office.get(name), value, BOTH_CHANGED)
            )
    if merge.values:
        merge.write = UPDATE
    return merge


def changed_fields(base: Mapping, now: Mapping, fields: tuple[str, ...]) -> tuple[str, ...]:
    """The ``fields`` whose value differs between ``base`` and ``now``."""
    return tuple(n for n in fields if base.get(n) != now.get(n))


def write_order(merges: list[RowMerge]) -> list[RowMerge]:
    """Inserts and updates layer by layer in ``SYNC_LAYERS`` order, then deletes in reverse."""
    rank = {name: i for i, name in enumerate(SYNC_LAYERS)}
    writes = [m for m in merges if m.write in (INSERT, UPDATE)]
    deletes = [m for m in merges if m.write == DELETE]
    writes.sort(key=lambda m: rank.get(m.edit.layer, len(rank)))
    deletes.sort(key=lambda m: -rank.get(m.edit.layer, len(rank)))
    return writes + deletes
