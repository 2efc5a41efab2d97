"""The field edits of a package since packing: pygeodiff's changeset between the base copy and
the field GeoPackage, as one ``FieldEdit`` per row (by uuid) with its values before and now.

pygeodiff (the engine of Mergin Maps) finds which rows of which tables were inserted, updated
or deleted, by fid; the rows themselves are read through QGIS, so that field, base and office
values are normalised the same way whatever the database."""

from __future__ import annotations

import datetime
import json
import sqlite3
from pathlib import Path

from qgis.core import QgsFeature, QgsFeatureRequest, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QDate, QDateTime, Qt

from ...core import field_merge
from ...core.field_merge import GEOMETRY, FieldEdit
from ...qgis_io.values import blank_none
from ..database.gpkg_access import layer_uri
from .identity import INFO_TABLE

# The package's bookkeeping, never merged (its own log, styles, indexes, id, conflicts).
BOOKKEEPING = ("edit_log", "edit_log_chain", "layer_styles", INFO_TABLE, "sync_conflict")


def tr(text: str) -> str:
    return QCoreApplication.translate("LandReleaseSync", text)


class ChangesetError(Exception):
    """The field edits cannot be read; the message says why."""


def plain(value):
    """A value as the merge compares it: None for NULL and blank text, ISO text for dates and
    times, a number or text otherwise."""
    value = blank_none(value)
    if isinstance(value, QDateTime):
        return value.toUTC().toString(Qt.ISODateWithMs) if value.isValid() else None
    if isinstance(value, QDate):
        return value.toString(Qt.ISODate) if value.isValid() else None
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def row_values(feature: QgsFeature, fields: tuple[str, ...]) -> dict:
    """The ``fields`` of ``feature`` as the merge compares them, the geometry as WKB hex."""
    values = {}
    names = feature.fields()
    for name in fields:
        if name == GEOMETRY:
            geometry = feature.geometry()
            empty = geometry is None or geometry.isNull() or geometry.isEmpty()
            values[name] = None if empty else bytes(geometry.asWkb()).hex()
        else:
            index = names.indexOf(name)
            values[name] = plain(feature.attribute(index)) if index >= 0 else None
    return values


def _changed_fids(listing: list[dict], pk_columns: dict[str, int]) -> dict[str, dict[str, set]]:
    """{table: {insert|update|delete: fids}} of the package's layers."""
    found: dict[str, dict[str, set]] = {}
    for entry in listing:
        table, kind = entry.get("table"), entry.get("type")
        if table not in pk_columns:
            continue
        column = pk_columns[table]
        key = "new" if kind == "insert" else "old"
        fid = next((c.get(key) for c in entry.get("changes", []) if c["column"] == column), None)
        if fid is not None:
            found.setdefault(table, {}).setdefault(kind, set()).add(int(fid))
    return found


def _pk_columns(path: str) -> dict[str, int]:
    """The index of the fid column of each package layer (pygeodiff numbers the columns)."""
    from ..database.edit_log_chain import sqlite_connection

    conn = sqlite_connection(path, write=False)
    try:
        columns = {}
        for table in field_merge.SYNC_LAYERS:
            info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
            pk = [row[0] for row in info if row[5]]
            if pk:
                columns[table] = pk[0]
        return columns
    finally:
        conn.close()


def _listing(base: str, now: str, workdir: Path) -> list[dict]:
    import pygeodiff

    changeset, listing = workdir / "field.diff", workdir / "field.json"
    try:
        geodiff = pygeodiff.GeoDiff()
        # Only the package's layers: QField or QGIS may add tables of their own (a project
        # stored in the GeoPackage, metadata), which would make the two files' tables differ.
        geodiff.set_tables_to_include(list(field_merge.SYNC_LAYERS))
        geodiff.create_changeset(base, now, str(changeset))
        geodiff.list_changes(str(changeset), str(listing))
        return json.loads(listing.read_text(encoding="utf-8")).get("geodiff", [])
    except (pygeodiff.GeoDiffLibError, OSError, ValueError) as error:
        raise ChangesetError(
            tr("The field edits cannot be read from {}: {}").format(now, error)
        ) from error


def _rows(path: str, table: str, fids: set, fields: tuple[str, ...]) -> dict[int, dict]:
    """{fid: values (with uuid)} of ``fids`` in the GeoPackage ``path``."""
    if not fids:
        return {}
    layer = QgsVectorLayer(layer_uri(path, table), table, "ogr")
    if not layer.isValid():
        raise ChangesetError(tr("{} has no layer {}.").format(path, table))
    request = QgsFeatureRequest().setFilterFids(sorted(fids))
    rows = {}
    for feature in layer.getFeatures(request):
        values = row_values(feature, fields)
        values["uuid"] = plain(feature["uuid"])
        rows[feature.id()] = values
    return rows


# SQLite storage classes a field's value may not have: QGIS would read them as another value.
_MISSTORED = {"integer": ("text", "blob", "real"), "real": ("text", "blob"), "date": ("blob",)}


def stored_value_problems(path: str, table: str, fids: set) -> list[str]:
    """Why values the GeoPackage ``path`` stores in the numeric and date fields of rows
    ``fids`` of ``table`` cannot be read as they were meant ("12,5" typed into a whole-number
    field by another program: QGIS would read it as 12), by the record dialog's rules, naming
    the feature. SQLite keeps what any program wrote; the rows are read here before QGIS
    converts them."""
    from ...core import model
    from ..database.edit_log_chain import sqlite_connection
    from ..recording.field_values import _field_problem

    definition = model.layer(table)
    checked = [f for f in definition.fields if f.type in _MISSTORED and f.derived is None]
    if not fids or not checked:
        return []
    name = definition.id_field or "uuid"
    columns = ", ".join(f'"{f.name}", typeof("{f.name}")' for f in checked)
    conn = sqlite_connection(path, write=False)
    try:
        rows = conn.execute(
            f'SELECT "{name}", {columns} FROM "{table}" '
            f"WHERE fid IN ({', '.join(str(int(fid)) for fid in sorted(fids))})"
        ).fetchall()
    finally:
        conn.close()
    problems = []
    for row in rows:
        for k, f in enumerate(checked):
            value, stored = row[1 + 2 * k], row[2 + 2 * k]
            unreadable_date = f.type == model.DATE and stored == "text" and not _iso_date(value)
            if stored in _MISSTORED[f.type] or unreadable_date:
                problem = _field_problem(table, f, value)
                if problem:
                    problems.append(f"{table} {row[0]}: {problem}")
    return problems


def _iso_date(text: str) -> bool:
    """Whether ``text`` is a date as a GeoPackage stores it (YYYY-MM-DD), which QGIS reads."""
    try:
        return len(text) == 10 and bool(datetime.date.fromisoformat(text))
    except ValueError:
        return False


def field_edits(base: str, now: str, workdir: Path) -> list[FieldEdit]:
    """The edits of the package's layers between the GeoPackages ``base`` (as packed) and
    ``now`` (as the field returns it), both copies in ``workdir`` that pygeodiff may touch.
    Updates that change no merged field (times, areas set by QGIS) are left out."""
    found = _changed_fids(_listing(base, now, workdir), _pk_columns(now))
    unreadable = [
        problem
        for table, kinds in found.items()
        for problem in stored_value_problems(
            now, table, kinds.get("insert", set()) | kinds.get("update", set())
        )
    ]
    if unreadable:
        raise ChangesetError(
            tr(
                "{} holds values its fields cannot hold as they were written (QGIS would read "
                "them otherwise); correct them in the package and import it again:\n{}"
            ).format(now, "\n".join(unreadable))
        )
    edits = []
    for table in field_merge.SYNC_LAYERS:
        kinds = found.get(table, {})
        fields = field_merge.merged_fields(table)
        before = _rows(base, table, kinds.get("update", set()) | kinds.get("delete", set()), fields)
        after = _rows(now, table, kinds.get("update", set()) | kinds.get("insert", set()), fields)
        for fid in sorted(kinds.get("insert", ())):
            row = after.get(fid)
            if row and row["uuid"]:
                edits.append(FieldEdit(table, row["uuid"], field_merge.INSERT, None, row, fields))
        for fid in sorted(kinds.get("update", ())):
            old, row = before.get(fid), after.get(fid)
            if not old or not row or not old["uuid"]:
                continue
            changed = field_merge.changed_fields(old, row, fields)
            if changed:
                edits.append(FieldEdit(table, old["uuid"], field_merge.UPDATE, old, row, changed))
        for fid in sorted(kinds.get("delete", ())):
            old = before.get(fid)
            if old and old["uuid"]:
                edits.append(FieldEdit(table, old["uuid"], field_merge.DELETE, old, None))
    return edits


def field_authors(base: str, now: str) -> dict[str, tuple[str | None, str | None]]:
    """{feature uuid: (changed_by, changed_at)} of the last entry of each feature that the
    edit_log of the field GeoPackage ``now`` gained since ``base`` (the field user and the
    tablet's time, where the package logged them: hazards and releases)."""
    from ..database.edit_log_chain import sqlite_connection

    def read(path: str, sql: str) -> list:
        conn = sqlite_connection(path, write=False)
        try:
            return conn.execute(sql).fetchall()
        except sqlite3.Error:  # a package without a log names nobody
            return []
        finally:
            conn.close()

    packed = read(base, "SELECT coalesce(max(fid), 0) FROM edit_log")
    since = int(packed[0][0]) if packed else 0
    rows = read(
        now,
        "SELECT feature_uuid, changed_by, changed_at FROM edit_log "
        f"WHERE fid > {since} ORDER BY fid",
    )
    authors: dict[str, tuple[str | None, str | None]] = {}
    for uuid, by, at in rows:
        if uuid:
            known_by = by or (authors.get(uuid) or (None, None))[0]
            authors[uuid] = (known_by, at)
    return authors
