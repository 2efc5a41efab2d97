"""Create a land release GeoPackage from the data model and load it into a QGIS project."""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import uuid as uuid_module
from dataclasses import dataclass, field
from pathlib import Path

from osgeo import gdal, ogr, osr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsLayerTreeGroup,
    QgsProcessingContext,
    QgsProcessingLayerPostProcessorInterface,
    QgsProject,
    QgsRelation,
    QgsVectorLayer,
    QgsVectorLayerUtils,
)
from qgis.PyQt.QtCore import QCoreApplication, QVariant
from qgis.PyQt.QtXml import QDomDocument

from ..core import model
from ..qgis_io.convert import model_fields
from ..styles import forms, symbology
from . import derived, postgis

STYLE_NAME = "landrelease"
ELLIPSOID = "EPSG:7030"  # WGS 84: areas are ellipsoidal square metres whatever the storage CRS

_OGR_TYPES = {
    model.TEXT: ogr.OFTString,
    model.INTEGER: ogr.OFTInteger,
    model.REAL: ogr.OFTReal,
    model.DATE: ogr.OFTDate,
    model.DATETIME: ogr.OFTDateTime,
}
# The columns of the layer_styles table, as QGIS creates it in a GeoPackage.
_STYLE_COLUMNS = (
    ("f_table_catalog", ogr.OFTString, 256),
    ("f_table_schema", ogr.OFTString, 256),
    ("f_table_name", ogr.OFTString, 256),
    ("f_geometry_column", ogr.OFTString, 256),
    ("styleName", ogr.OFTString, 30),
    ("styleQML", ogr.OFTString, 0),
    ("styleSLD", ogr.OFTString, 0),
    ("useAsDefault", ogr.OFTInteger, 0),
    ("description", ogr.OFTString, 0),
    ("owner", ogr.OFTString, 30),
    ("ui", ogr.OFTString, 30),
    ("update_time", ogr.OFTDateTime, 0),
)
_OGR_GEOMETRIES = {
    "Point": ogr.wkbPoint,
    "LineString": ogr.wkbLineString,
    "Polygon": ogr.wkbPolygon,
    "MultiPolygon": ogr.wkbMultiPolygon,
    None: ogr.wkbNone,
}
# Version 4 UUID in SQLite, for rows inserted by other programs than QGIS.
_SQL_UUID = (
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || "
    "substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || "
    "'-' || lower(hex(randomblob(6)))"
)
_SQL_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"


# QGIS 3.22+ (with GDAL >= 3.4.2) opens the layers of a GeoPackage that is not in WAL mode
# read-only with NOLOCK=YES, and switches the file to WAL as soon as one layer is edited: the other
# layers' NOLOCK connections then fail ("unable to open database file", featureCount -1).
# QGIS_FORCE_WAL=ON (qgis/QGIS#48059, what QGIS's offline editing uses) keeps every connection of
# the layer in WAL mode, and being in the layer source it also holds for saved projects.
OPEN_OPTIONS = "|option:QGIS_FORCE_WAL=ON"


def layer_uri(path: str, name: str) -> str:
    """The QGIS data source of the layer ``name`` of the GeoPackage ``path``."""
    return f"{path}|layername={name}{OPEN_OPTIONS}"


class DatabaseError(Exception):
    """A land release database cannot be created or opened; the message says why."""


def tr(text: str) -> str:
    return QCoreApplication.translate("LandReleaseDatabase", text)


def _execute(ds, sql: str) -> None:
    """Run SQL on a GDAL dataset; a failure raises DatabaseError whether or not GDAL exceptions
    are on (QGIS 3.40's Processing turns them on for the whole process)."""
    gdal.ErrorReset()
    try:
        ds.ExecuteSQL(sql)
    except RuntimeError as error:
        raise DatabaseError(str(error)) from error
    if gdal.GetLastErrorType() >= gdal.CE_Failure:
        raise DatabaseError(gdal.GetLastErrorMsg())


def _spatial_reference(crs: QgsCoordinateReferenceSystem) -> osr.SpatialReference:
    srs = osr.SpatialReference()
    if srs.SetFromUserInput(crs.authid() or crs.toWkt()) != 0:
        raise DatabaseError(tr("The CRS {} cannot be used for a GeoPackage.").format(crs.authid()))
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _field_defn(f: model.Field) -> ogr.FieldDefn:
    defn = ogr.FieldDefn(f.name, _OGR_TYPES[f.type])
    if f.length:
        defn.SetWidth(f.length)
    # Derived fields may arrive empty and are filled by triggers, so only typed fields are NOT NULL.
    if f.not_null and f.derived is None:
        defn.SetNullable(False)
    if f.unique:
        defn.SetUnique(True)
    if f.default is not None:
        defn.SetDefault("'" + f.default.replace("'", "''") + "'")
    elif f.derived in (model.DERIVED_CREATED, model.DERIVED_UPDATED):
        defn.SetDefault("CURRENT_TIMESTAMP")
    return defn


def _trigger_sql(definition: model.Layer) -> list[str]:
    """Triggers that fill uuid/created_at/updated_at for rows written by any program."""
    t = definition.name
    return [
        f"""CREATE TRIGGER IF NOT EXISTS "{t}_derived_insert" AFTER INSERT ON "{t}"
        WHEN NEW.uuid IS NULL OR NEW.created_at IS NULL OR NEW.updated_at IS NULL
        BEGIN
          UPDATE "{t}" SET uuid = coalesce(NEW.uuid, {_SQL_UUID}),
                 created_at = coalesce(NEW.created_at, {_SQL_NOW}),
                 updated_at = coalesce(NEW.updated_at, {_SQL_NOW})
          WHERE fid = NEW.fid;
        END""",
        f"""CREATE TRIGGER IF NOT EXISTS "{t}_derived_update" AFTER UPDATE ON "{t}"
        WHEN NEW.updated_at IS OLD.updated_at AND NEW.updated_at IS NOT {_SQL_NOW}
        BEGIN
          UPDATE "{t}" SET updated_at = {_SQL_NOW} WHERE fid = NEW.fid;
        END""",
    ]


# Layers whose every insert, update and delete writes an edit_log row (DESIGN §4: nothing is
# deleted without an edit_log row), whatever program makes the change.
LOGGED_LAYERS = ("hazard", "land_release")
LOG_TABLE = "edit_log"


def _json_value(ref: str) -> str:
    """A column value as JSON that gives the stored value back exactly.

    json_object() alone writes reals with 15 significant digits on SQLite < 3.43 (0.1 + 0.2
    becomes 0.3), writes infinity as an invalid ``Inf`` and refuses blobs, which would make the
    user's edit fail. So: reals with 17 digits, infinity as 9e999 (what JSON parsers and SQLite
    read back as infinity), blobs (the geometry) as hex text, everything else json_quote().
    """
    return (
        f"json(CASE WHEN typeof({ref}) = 'real' THEN "
        f"CASE WHEN {ref} = 9e999 THEN '9e999' WHEN {ref} = -9e999 THEN '-9e999' "
        f"ELSE printf('%!.17g', {ref}) END "
        f"WHEN typeof({ref}) = 'blob' THEN json_quote(hex({ref})) "
        f"ELSE json_quote({ref}) END)"
    )


# updated_at as the row holds it once the statement is over: {t}_derived_update sets it to now
# when an update left it as it was. Computed from NEW/OLD, not read back from the table, so the
# log does not depend on the order in which SQLite fires the triggers of one event.
_SQL_UPDATED_AT = (
    f"CASE WHEN NEW.updated_at IS OLD.updated_at AND NEW.updated_at IS NOT {_SQL_NOW} "
    f"THEN {_SQL_NOW} ELSE NEW.updated_at END"
)


def _row_json(definition: model.Layer, row: str, updated_at: str | None = None) -> str:
    """json_object() of every model field of ``row`` (NEW or OLD), in model order, + geom."""
    values = []
    for f in definition.fields:
        ref = f'{row}."{f.name}"'
        if f.name == "updated_at" and updated_at:
            ref = f"({updated_at})"
        values.append(f"'{f.name}', {_json_value(ref)}")
    if definition.geometry:
        values.append(f"'geom', {_json_value(f'{row}.geom')}")
    return "json_object(" + ",\n            ".join(values) + ")"


def row_differences_sql(definition: model.Layer, row: str, logged: str) -> str:
    """SQL giving the names (each followed by a comma, '' when none) of the fields of ``row``
    (a table alias) that differ from the JSON ``logged`` (an edit_log ``after``, valid JSON)
    as the log triggers write them; updated_at is left out (the log does not record an update
    of updated_at alone)."""
    names = [f.name for f in definition.fields if f.name != "updated_at"]
    if definition.geometry:
        names.append("geom")
    cases = []
    for n in names:
        stored = _json_value(f'{row}."{n}"')
        cases.append(
            f"CASE WHEN json_extract({logged}, '$.\"{n}\"') IS NOT json_extract({stored}, '$') "
            f"THEN '{n},' ELSE '' END"
        )
    return " || ".join(cases)


def row_json_sql(definition: model.Layer, row: str) -> str:
    """SQL giving the JSON of ``row`` (a table alias) as the log triggers write it."""
    return _row_json(definition, row)


def _log_row(t: str, action: str, feature_uuid: str, changed_by: str, before, after) -> str:
    """The INSERT of one edit_log row, inside a trigger of the table ``t``."""
    return f"""INSERT INTO "{LOG_TABLE}" (layer, feature_uuid, action, changed_by, changed_at,
            "before", "after", uuid, created_at, updated_at)
          VALUES ('{t}', {feature_uuid}, '{action}', {changed_by}, {_SQL_NOW},
            {before or "NULL"}, {after or "NULL"}, {_SQL_UUID}, {_SQL_NOW}, {_SQL_NOW});"""


def _log_trigger_sql(definition: model.Layer) -> list[str]:
    """Triggers that write an edit_log row for every insert, update and delete of the layer.

    ``before``/``after`` hold every model field and the geometry (hex of the GeoPackage blob),
    enough to restore a deleted or overwritten feature. The log is the same whichever order
    SQLite fires the triggers of one event in (SQLite 3.40 fires the most recently created first,
    so the log triggers run before the ``_derived`` ones):

    - an insert that comes with uuid, created_at and updated_at is logged by ``_log_insert``;
    - an insert without them is logged when ``_derived_insert`` fills them in (an update from
      NULL to values: ``_log_insert_filled``), so the log row carries the final uuid;
    - ``_log_update`` logs an update that changes a value other than updated_at, not the
      fix-ups of the ``_derived`` triggers, and not an update that changes nothing;
    - ``_log_delete`` logs a delete with the whole row in ``before``.

    changed_by is the row's created_by for inserts, NULL (unknown) otherwise: the plugin names
    the user on its own log rows in the same transaction.
    """
    t = definition.name
    filled = "NEW.uuid IS NOT NULL AND NEW.created_at IS NOT NULL AND NEW.updated_at IS NOT NULL"
    was_empty = "(OLD.uuid IS NULL OR OLD.created_at IS NULL OR OLD.updated_at IS NULL)"
    changes = [
        f'NEW."{f.name}" IS NOT OLD."{f.name}"' for f in definition.fields if f.name != "updated_at"
    ]
    if definition.geometry:
        changes.append("NEW.geom IS NOT OLD.geom")
    changed = "(" + "\n          OR ".join(changes) + ")"
    inserted = _row_json(definition, "NEW")
    filled_row = _row_json(definition, "NEW", _SQL_UPDATED_AT)
    return [
        f"""CREATE TRIGGER IF NOT EXISTS "{t}_log_insert" AFTER INSERT ON "{t}"
        WHEN {filled}
        BEGIN
          {_log_row(t, "insert", "NEW.uuid", "NEW.created_by", None, inserted)}
        END""",
        f"""CREATE TRIGGER IF NOT EXISTS "{t}_log_insert_filled" AFTER UPDATE ON "{t}"
        WHEN {was_empty} AND {filled}
        BEGIN
          {_log_row(t, "insert", "NEW.uuid", "NEW.created_by", None, filled_row)}
        END""",
        f"""CREATE TRIGGER IF NOT EXISTS "{t}_log_update" AFTER UPDATE ON "{t}"
        WHEN NOT ({was_empty} AND {filled})
          AND {changed}
        BEGIN
          {_log_row(t, "update", "NEW.uuid", "NULL", _row_json(definition, "OLD"), filled_row)}
        END""",
        f"""CREATE TRIGGER IF NOT EXISTS "{t}_log_delete" AFTER DELETE ON "{t}"
        BEGIN
          {_log_row(t, "delete", "OLD.uuid", "NULL", _row_json(definition, "OLD"), None)}
        END""",
    ]


# The edit log made tamper-evident (issue 15). SQLite has no cryptographic hash that a trigger
# could call in every program's connection (sqlite3, QGIS, GDAL, DB Browser), so:
# - triggers refuse any UPDATE, DELETE or REPLACE of an edit_log row, except filling in what
#   is still NULL (the user's name the plugin adds in the same save, uuid/created_at of a row
#   written without them) and updated_at, and refuse a row inserted with a fid out of sequence;
# - the plugin seals the entries in fid order in the hidden table edit_log_chain (not in the
#   data model, not a layer): each seal holds the hash of the previous seal and a SHA-256 over
#   it and the entry's every column (``log_entry_hash``); triggers make the chain append-only,
#   in order and linked;
# - ``verify_edit_log_chain`` (landrelease:checkdata) recomputes every sealed hash.
# What it protects against and what not: see ``verify_edit_log_chain``.
LOG_CHAIN_TABLE = "edit_log_chain"
LOG_CHAIN_GENESIS = "0" * 64  # the "previous hash" of the first entry
LOG_CHAIN_VERSION = "landrelease-edit-log-v1"
# The columns a seal covers, in this order; frozen with LOG_CHAIN_VERSION (a new model field of
# edit_log must not change the hashes of entries sealed before).
LOG_HASH_COLUMNS = (
    "fid",
    "layer",
    "feature_uuid",
    "action",
    "changed_by",
    "changed_at",
    "before",
    "after",
    "uuid",
    "created_at",
    "created_by",
    "updated_at",
)
_LOG_REFUSED = (
    "The edit log cannot be changed or deleted: it is the record of every change to hazards "
    "and land releases. Nothing was changed."
)
_LOG_ORDER = (
    "An edit log row must come after every other one (fid one more than the last): this "
    "row is refused."
)
_CHAIN_REFUSED = "The edit log's hash chain cannot be changed or deleted. Nothing was changed."
_CHAIN_ORDER = (
    "The edit log's hash chain is written by the land release plugin, in order, each seal "
    "following the previous one: this row is refused."
)


def _sql_text(text: str) -> str:
    """``text`` as an SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def _log_chain_table_sql() -> str:
    return f"""CREATE TABLE IF NOT EXISTS "{LOG_CHAIN_TABLE}" (
          log_fid INTEGER PRIMARY KEY NOT NULL,
          previous_hash TEXT NOT NULL,
          hash TEXT NOT NULL,
          sealed_at TEXT NOT NULL DEFAULT ({_SQL_NOW})
        )"""


def _log_guard_sql() -> list[str]:
    """Triggers that keep the edit log and its hash chain append-only and in order."""
    log, chain = LOG_TABLE, LOG_CHAIN_TABLE
    same = " OR ".join(
        f'NEW."{c}" IS NOT OLD."{c}"'
        for c in ("fid", "layer", "feature_uuid", "action", "changed_at", "before", "after",
                  "created_by")
    )  # fmt: skip
    filled = " OR ".join(
        f'(OLD."{c}" IS NOT NULL AND NEW."{c}" IS NOT OLD."{c}")'
        for c in ("changed_by", "uuid", "created_at")
    )
    last_hash = f'(SELECT hash FROM "{chain}" ORDER BY log_fid DESC LIMIT 1)'
    next_fid = (
        f'(SELECT min(fid) FROM "{log}" WHERE fid > '
        f'coalesce((SELECT max(log_fid) FROM "{chain}"), 0))'
    )
    return [
        f"""CREATE TRIGGER IF NOT EXISTS "{log}_no_update" BEFORE UPDATE ON "{log}"
        WHEN {same} OR {filled}
        BEGIN
          SELECT RAISE(ABORT, {_sql_text(_LOG_REFUSED)});
        END""",
        f"""CREATE TRIGGER IF NOT EXISTS "{log}_no_delete" BEFORE DELETE ON "{log}"
        BEGIN
          SELECT RAISE(ABORT, {_sql_text(_LOG_REFUSED)});
        END""",
        f"""CREATE TRIGGER IF NOT EXISTS "{log}_no_replace" BEFORE INSERT ON "{log}"
        WHEN EXISTS (SELECT 1 FROM "{log}" WHERE fid = NEW.fid)
        BEGIN
          SELECT RAISE(ABORT, {_sql_text(_LOG_REFUSED)});
        END""",
        f"""CREATE TRIGGER IF NOT EXISTS "{log}_in_order" AFTER INSERT ON "{log}"
        WHEN NEW.fid <> coalesce((SELECT max(fid) FROM "{log}" WHERE fid < NEW.fid), 0) + 1
          OR EXISTS (SELECT 1 FROM "{log}" WHERE fid > NEW.fid)
        BEGIN
          SELECT RAISE(ABORT, {_sql_text(_LOG_ORDER)});
        END""",
        f"""CREATE TRIGGER IF NOT EXISTS "{chain}_no_update" BEFORE UPDATE ON "{chain}"
        BEGIN
          SELECT RAISE(ABORT, {_sql_text(_CHAIN_REFUSED)});
        END""",
        f"""CREATE TRIGGER IF NOT EXISTS "{chain}_no_delete" BEFORE DELETE ON "{chain}"
        BEGIN
          SELECT RAISE(ABORT, {_sql_text(_CHAIN_REFUSED)});
        END""",
        f"""CREATE TRIGGER IF NOT EXISTS "{chain}_in_order" BEFORE INSERT ON "{chain}"
        WHEN NEW.log_fid IS NOT {next_fid}
          OR NEW.previous_hash IS NOT coalesce({last_hash}, '{LOG_CHAIN_GENESIS}')
        BEGIN
          SELECT RAISE(ABORT, {_sql_text(_CHAIN_ORDER)});
        END""",
    ]


def _schema_triggers() -> list[str]:
    """Every trigger of a land release GeoPackage, in creation order (the edit log's guards
    need the table ``LOG_CHAIN_TABLE``)."""
    sql = derived.gpkg_triggers()  # first: SQLite fires them after the newer log triggers
    sql += [s for definition in model.LAYERS for s in _trigger_sql(definition)]
    for name in LOGGED_LAYERS:
        sql += _log_trigger_sql(model.layer(name))
    return sql + _log_guard_sql()


_TRIGGER_NAME = re.compile(r'CREATE TRIGGER IF NOT EXISTS "([^"]+)"')


def _is_log_trigger(name: str) -> bool:
    """A trigger that writes or guards the edit log (not the ``_derived`` ones)."""
    return name.startswith(tuple(f"{t}_log_" for t in LOGGED_LAYERS)) or name.startswith(
        (f"{LOG_TABLE}_no_", f"{LOG_TABLE}_in_", f"{LOG_CHAIN_TABLE}_")
    )


def normalised_trigger_sql(sql: str) -> str:
    """A CREATE TRIGGER statement as SQLite keeps it in sqlite_master, spaces collapsed."""
    return " ".join(sql.replace("CREATE TRIGGER IF NOT EXISTS ", "CREATE TRIGGER ", 1).split())


def log_triggers() -> dict[str, str]:
    """The triggers that write and guard the edit log: name -> SQL as a new database has it
    (spaces collapsed, as ``normalised_trigger_sql`` gives a stored one)."""
    found = {}
    for sql in _schema_triggers():
        name = _TRIGGER_NAME.search(sql)[1]
        if _is_log_trigger(name):
            found[name] = normalised_trigger_sql(sql)
    return found


def open_gpkg(path: str, update: bool):
    """The GeoPackage ``path`` opened with GDAL, or None; quiet whether or not GDAL exceptions
    are on."""
    flags = gdal.OF_VECTOR | (gdal.OF_UPDATE if update else 0)
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        return gdal.OpenEx(path, flags, allowed_drivers=["GPKG"])
    except RuntimeError:
        return None
    finally:
        gdal.PopErrorHandler()


def _query(ds, sql: str) -> list[tuple]:
    gdal.ErrorReset()
    try:
        result = ds.ExecuteSQL(sql)
    except RuntimeError as error:
        raise DatabaseError(str(error)) from error
    if result is None:
        if gdal.GetLastErrorType() >= gdal.CE_Failure:
            raise DatabaseError(gdal.GetLastErrorMsg())
        return []
    try:
        count = result.GetLayerDefn().GetFieldCount()
        return [tuple(f.GetField(i) for i in range(count)) for f in result]
    finally:
        ds.ReleaseResultSet(result)


def _columns(lyr) -> set[str]:
    defn = lyr.GetLayerDefn()
    return {defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())}


def addable(f: model.Field) -> bool:
    """Whether a missing column can be added to an existing table: not unique, and either
    nullable or with a default (SQLite's ALTER TABLE ADD COLUMN cannot add the others)."""
    mandatory = f.not_null and f.derived is None
    return not f.unique and (not mandatory or f.default is not None)


def _missing_columns(ds) -> list[tuple[str, model.Field]]:
    """(table, field) of the model columns that the tables of ``ds`` lack (tables that are
    missing altogether are not listed: ``_schema_problems`` and ``open_layers`` report them)."""
    missing = []
    for definition in model.LAYERS:
        lyr = ds.GetLayerByName(definition.name)
        if lyr is None:
            continue
        have = _columns(lyr)
        missing += [(definition.name, f) for f in definition.fields if f.name not in have]
    return missing


def _schema_problems(ds) -> list[str]:
    """What the log triggers need and ``ds`` lacks and that cannot be added: tables, columns
    that cannot be added to an existing table, geometry column."""
    problems = []
    for name in (LOG_TABLE, *LOGGED_LAYERS):
        definition = model.layer(name)
        lyr = ds.GetLayerByName(name)
        if lyr is None:
            problems.append(tr("the table {} is missing").format(name))
            continue
        have = _columns(lyr)
        missing = [f.name for f in definition.fields if f.name not in have and not addable(f)]
        if definition.geometry and lyr.GetGeometryColumn() != "geom":
            missing.append("geom")
        if missing:
            problems.append(tr("{} has no column {}").format(name, ", ".join(missing)))
    for table, f in _missing_columns(ds):
        if table not in (LOG_TABLE, *LOGGED_LAYERS) and not addable(f):
            problems.append(tr("{} has no column {}").format(table, f.name))
    return problems


def _add_columns(ds, columns: list[tuple[str, model.Field]]) -> None:
    """ALTER TABLE … ADD COLUMN for each (table, field), through GDAL (types as a new
    database has them)."""
    for table, f in columns:
        lyr = ds.GetLayerByName(table)
        gdal.ErrorReset()
        if lyr.CreateField(_field_defn(f)) != 0 or gdal.GetLastErrorType() >= gdal.CE_Failure:
            raise DatabaseError(
                tr("Cannot add the column {}.{}: {}").format(table, f.name, gdal.GetLastErrorMsg())
            )


def ensure_schema(path: str) -> list[str]:
    """Bring a land release GeoPackage made by an earlier version up to date: add the model
    columns its tables lack (``ALTER TABLE … ADD COLUMN``, e.g. minefield_record's
    declination_deg and declination_source) and create the triggers it lacks (the edit log
    ones, or any other dropped one). Idempotent; a database that has them all is only read, so
    read-only files open as before.

    Returns what was added: the names of the triggers created and ``table.column`` of the
    columns added (and ``edit_log_chain`` for the edit log's hash chain). Raises DatabaseError
    if ``path`` is not a land release database (nothing is changed then) or cannot be updated.

    Edit log triggers whose SQL is not the plugin's (replaced by another program, or from an
    older version) are recreated, not listed. At the end, the edit log entries written since
    the last seal are sealed (``seal_edit_log``) when the file can be written.
    """
    if not Path(path).is_file():
        raise DatabaseError(tr("{} does not exist.").format(path))
    ds = open_gpkg(path, update=False)
    if ds is None:
        raise DatabaseError(
            tr("{} is not a land release database: it is not a GeoPackage.").format(path)
        )
    try:
        problems = _schema_problems(ds)
        columns = _missing_columns(ds)
        existing = dict(_query(ds, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
        no_chain = not _query(
            ds,
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name = "
            + _sql_text(LOG_CHAIN_TABLE),
        )
    finally:
        ds = None
    if problems:
        raise DatabaseError(
            tr("{} is not a land release database: {}.").format(path, "; ".join(problems))
        )
    missing = [sql for sql in _schema_triggers() if _TRIGGER_NAME.search(sql)[1] not in existing]
    # The log triggers name every column: recreate them once the columns are there; and those
    # that are not the plugin's.
    logged = {t for t, _ in columns if t in LOGGED_LAYERS}
    expected = log_triggers()
    recreate = []
    for sql in _schema_triggers():
        name = _TRIGGER_NAME.search(sql)[1]
        if sql in missing or name not in expected:
            continue
        added_column = any(name.startswith(f"{t}_log_") for t in logged)
        if added_column or normalised_trigger_sql(existing[name] or "") != expected[name]:
            recreate.append(sql)
    missing += recreate
    if not missing and not columns and not no_chain:
        seal_edit_log(path, quiet=True)
        return []
    ds = open_gpkg(path, update=True)
    if ds is None:
        raise DatabaseError(
            tr("Cannot open {} to bring it up to date: is it read-only?").format(path)
        )
    try:
        ds.StartTransaction()
        try:
            _add_columns(ds, columns)
            if no_chain:
                _execute(ds, _log_chain_table_sql())
            for sql in recreate:
                _execute(ds, f'DROP TRIGGER IF EXISTS "{_TRIGGER_NAME.search(sql)[1]}"')
            for sql in missing:
                _execute(ds, sql)
        except (DatabaseError, RuntimeError) as error:
            ds.RollbackTransaction()
            raise DatabaseError(
                tr("Cannot update the database {}: {}").format(path, error)
            ) from error
        if ds.CommitTransaction() != 0:
            raise DatabaseError(tr("Cannot update the database {}.").format(path))
    except RuntimeError as error:  # GDAL with exceptions on
        raise DatabaseError(tr("Cannot update the database {}: {}").format(path, error)) from error
    finally:
        ds = None
    added = [_TRIGGER_NAME.search(sql)[1] for sql in missing if sql not in recreate]
    seal_edit_log(path, quiet=True)
    chain = [LOG_CHAIN_TABLE] if no_chain else []
    return chain + added + [f"{table}.{f.name}" for table, f in columns]


# ---------------------------------------------------------------------------------------------
# The edit log's hash chain (GeoPackage)
# ---------------------------------------------------------------------------------------------


def log_entry_hash(previous_hash: str, values) -> str:
    """The SHA-256 (hex) sealing one edit_log entry: over ``LOG_CHAIN_VERSION``, the previous
    entry's hash and the entry's ``LOG_HASH_COLUMNS`` values as Python's sqlite3 reads them
    (text read with ``surrogateescape``, so any stored bytes count), as compact JSON."""
    canonical = json.dumps(
        [{"blob": v.hex()} if isinstance(v, bytes) else v for v in values],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    text = f"{LOG_CHAIN_VERSION}\n{previous_hash}\n{canonical}"
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()


def sqlite_connection(path: str, write: bool) -> sqlite3.Connection:
    """A plain SQLite connection (autocommit; BEGIN explicitly) that reads any stored text;
    read-only unless ``write``."""
    if not Path(path).is_file():
        raise sqlite3.OperationalError(tr("the file does not exist"))
    if write:
        conn = sqlite3.connect(str(path), timeout=30, isolation_level=None)
    else:
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, timeout=30, isolation_level=None)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError:
            # A WAL database in a folder the user may not write: SQLite cannot make its shared
            # memory file there. Read the file as it is (nobody can write it from here).
            conn.close()
            conn = sqlite3.connect(uri + "&immutable=1", uri=True, isolation_level=None)
    conn.text_factory = lambda data: data.decode("utf-8", "surrogateescape")
    return conn


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    return bool(
        conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
        ).fetchone()
    )


_LOG_COLUMNS_SQL = ", ".join(f'l."{c}"' for c in LOG_HASH_COLUMNS)
_SEAL_BATCH = 5000


def seal_edit_log(path: str, quiet: bool = False) -> int:
    """Seal the edit_log entries written since the last seal, in fid order, in one
    transaction; returns how many. Raises DatabaseError when the database cannot be written
    (or returns 0 with ``quiet``); a database without the chain table seals nothing."""
    try:
        conn = sqlite_connection(path, write=True)
    except sqlite3.Error as error:
        if quiet:
            return 0
        raise DatabaseError(tr("Cannot open {}: {}").format(path, error)) from error
    try:
        if not (_has_table(conn, LOG_TABLE) and _has_table(conn, LOG_CHAIN_TABLE)):
            return 0
        conn.execute("BEGIN IMMEDIATE")
        last = conn.execute(
            f'SELECT log_fid, hash FROM "{LOG_CHAIN_TABLE}" ORDER BY log_fid DESC LIMIT 1'
        ).fetchone()
        since, previous = last or (0, LOG_CHAIN_GENESIS)
        rows = conn.execute(
            f'SELECT {_LOG_COLUMNS_SQL} FROM "{LOG_TABLE}" AS l WHERE l.fid > ? ORDER BY l.fid',
            (since,),
        )
        sealed = 0
        while True:
            batch = rows.fetchmany(_SEAL_BATCH)
            if not batch:
                break
            seals = []
            for row in batch:
                digest = log_entry_hash(previous, row)
                seals.append((row[0], previous, digest))
                previous = digest
            conn.executemany(
                f'INSERT INTO "{LOG_CHAIN_TABLE}" (log_fid, previous_hash, hash) VALUES (?, ?, ?)',
                seals,
            )
            sealed += len(seals)
        conn.execute("COMMIT")
        return sealed
    except sqlite3.Error as error:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if quiet:
            return 0
        raise DatabaseError(tr("Cannot seal the edit log of {}: {}").format(path, error)) from error
    finally:
        conn.close()


@dataclass
class ChainVerification:
    """What ``verify_edit_log_chain`` found; ``breaks`` holds (entry fid, kind, sealed_at) with
    kind ``changed``, ``deleted``, ``inserted`` or ``link``."""

    entries: int = 0
    sealed: int = 0  # entries sealed and still there
    unsealed: int = 0  # entries after the last seal, waiting for the next one
    head_fid: int | None = None
    head_hash: str | None = None
    missing: bool = False  # no chain table
    breaks: list = field(default_factory=list)


def verify_edit_log_chain(path: str, is_cancelled=None) -> ChainVerification:
    """Recompute the hash of every sealed edit_log entry of the GeoPackage ``path``.

    Found: an entry changed after its seal (``changed``), a sealed entry gone (``deleted``),
    an entry among the sealed ones that was never sealed (``inserted``: written later with an
    old fid), a seal that does not carry the previous seal's hash (``link``).

    What this protects against: the guard triggers refuse changes and deletions made with any
    SQLite program or in QGIS; a change made with the triggers dropped to an entry sealed
    before is found here, and the dropped triggers are found by ``landrelease:checkdata``
    until they are recreated. What it does not: entries not sealed yet (written since the
    database was last opened with the plugin or checked) can be changed undetected by whoever
    drops the triggers; anyone who can write the file and follows this design can rewrite the
    log and compute a new chain (the hash has no secret) — only a chain head kept outside the
    file (checkdata prints it) shows that; a row appended to the log by hand, in order, is
    sealed like any other (checkdata compares the log with the rows)."""
    result = ChainVerification()
    try:
        conn = sqlite_connection(path, write=False)
    except sqlite3.Error as error:
        raise DatabaseError(tr("Cannot open {}: {}").format(path, error)) from error
    try:
        result.entries = conn.execute(f'SELECT count(*) FROM "{LOG_TABLE}"').fetchone()[0]
        if not _has_table(conn, LOG_CHAIN_TABLE):
            result.missing, result.unsealed = True, result.entries
            return result
        rows = conn.execute(
            f"SELECT c.log_fid, c.previous_hash, c.hash, c.sealed_at, l.fid IS NOT NULL, "
            f'{_LOG_COLUMNS_SQL} FROM "{LOG_CHAIN_TABLE}" AS c '
            f'LEFT JOIN "{LOG_TABLE}" AS l ON l.fid = c.log_fid ORDER BY c.log_fid'
        )
        previous = LOG_CHAIN_GENESIS
        count = 0
        for fid, before, digest, sealed_at, exists, *values in rows:
            count += 1
            if count % 10000 == 0 and is_cancelled is not None and is_cancelled():
                break
            if before != previous:
                result.breaks.append((fid, "link", sealed_at))
            if not exists:
                result.breaks.append((fid, "deleted", sealed_at))
            elif log_entry_hash(before, values) != digest:
                result.breaks.append((fid, "changed", sealed_at))
            previous = digest
            result.head_fid, result.head_hash = fid, digest
        result.sealed = count
        if result.head_fid is not None:
            inserted = conn.execute(
                f'SELECT l.fid FROM "{LOG_TABLE}" AS l LEFT JOIN "{LOG_CHAIN_TABLE}" AS c '
                "ON c.log_fid = l.fid WHERE c.log_fid IS NULL AND l.fid < ? ORDER BY l.fid",
                (result.head_fid,),
            )
            result.breaks += [(fid, "inserted", None) for (fid,) in inserted]
            result.sealed -= sum(1 for _f, kind, _s in result.breaks if kind == "deleted")
        result.unsealed = conn.execute(
            f'SELECT count(*) FROM "{LOG_TABLE}" WHERE fid > ?', (result.head_fid or 0,)
        ).fetchone()[0]
        result.breaks.sort()
        return result
    except sqlite3.Error as error:
        raise DatabaseError(tr("Cannot read the edit log of {}: {}").format(path, error)) from error
    finally:
        conn.close()


def _create_tables(path: str, crs: QgsCoordinateReferenceSystem) -> None:
    driver = ogr.GetDriverByName("GPKG")
    try:
        ds = driver.CreateDataSource(
            # No gpkg_ogr_contents: GDAL drops and re-creates its feature-count triggers at every
            # commit, a schema change that makes concurrent map renders fail now and then.
            path,
            options=["ADD_GPKG_OGR_CONTENTS=NO"],
        )
    except RuntimeError:
        ds = None
    if ds is None:
        raise DatabaseError(tr("Cannot create the GeoPackage {}.").format(path))
    try:
        srs = _spatial_reference(crs)
        for definition in model.LAYERS:
            geometry = _OGR_GEOMETRIES[definition.geometry]
            options = ["FID=fid"]
            if definition.geometry:
                options += ["GEOMETRY_NAME=geom", "SPATIAL_INDEX=YES"]
            else:
                options += ["ASPATIAL_VARIANT=GPKG_ATTRIBUTES"]
            lyr = ds.CreateLayer(
                definition.name, srs if definition.geometry else None, geometry, options=options
            )
            if lyr is None:
                raise DatabaseError(tr("Cannot create the layer {}.").format(definition.name))
            lyr.SetMetadataItem("DESCRIPTION", definition.label)
            for f in definition.fields:
                if lyr.CreateField(_field_defn(f)) != 0:
                    raise DatabaseError(
                        tr("Cannot create the field {}.{}.").format(definition.name, f.name)
                    )
            lyr.SyncToDisk()
        _execute(ds, _log_chain_table_sql())
        for sql in _schema_triggers():
            _execute(ds, sql)
    finally:
        ds = None


def _relations(layers: dict[str, QgsVectorLayer]) -> list[QgsRelation]:
    relations = []
    for r in model.RELATIONS:
        if r.parent not in layers or r.child not in layers:
            continue
        rel = QgsRelation()
        rel.setId(r.id)
        rel.setName(forms.tr(r.label))
        rel.setReferencedLayer(layers[r.parent].id())
        rel.setReferencingLayer(layers[r.child].id())
        rel.addFieldPair(r.child_field, r.parent_field)
        if rel.isValid():
            relations.append(rel)
    return relations


def _relation_fields(name: str) -> dict[str, str]:
    """Child fields edited by a RelationReference widget (one parent only)."""
    children = [r for r in model.RELATIONS if r.child == name]
    by_field: dict[str, list[str]] = {}
    for r in children:
        by_field.setdefault(r.child_field, []).append(r.id)
    return {fld: ids[0] for fld, ids in by_field.items() if len(ids) == 1}


def configure_layer(layer: QgsVectorLayer, name: str) -> None:
    """Style and form of the land release layer ``name``, in the current language."""
    definition = model.layer(name)
    forms.apply_form(layer, definition, _relation_fields(name))
    symbology.apply_style(layer, name)
    derived.configure(layer, name)  # figures and row versions kept true around its commits


def open_layers(path) -> dict[str, QgsVectorLayer]:
    """The layers of a land release database (a GeoPackage path or a PostGIS ``PgDatabase``),
    by table name, with their stored default style."""
    if isinstance(path, postgis.PgDatabase):
        try:
            return postgis.open_layers(path)
        except postgis.PostgisError as error:
            raise DatabaseError(str(error)) from error
    layers = {}
    missing = []
    for definition in model.LAYERS:
        lyr = QgsVectorLayer(layer_uri(path, definition.name), definition.name, "ogr")
        if not lyr.isValid():
            missing.append(definition.name)
            continue
        layers[definition.name] = lyr
    if missing:
        raise DatabaseError(
            tr("{} is not a land release database: the layers {} are missing.").format(
                path, ", ".join(missing)
            )
        )
    return layers


def _memory_layer(definition: model.Layer, crs: QgsCoordinateReferenceSystem) -> QgsVectorLayer:
    """An empty memory layer with the fields of ``definition``, to build its style on."""
    geometry = definition.geometry or "None"
    layer = QgsVectorLayer(f"{geometry}?crs={crs.authid()}", definition.name, "memory")
    layer.dataProvider().addAttributes(model_fields(definition.name).toList())
    layer.updateFields()
    return layer


def _style_documents(layer: QgsVectorLayer) -> tuple[str, str]:
    """The layer's QML and SLD, as QGIS stores them in ``layer_styles``."""
    qml = QDomDocument()
    layer.exportNamedStyle(qml)
    sld = QDomDocument()
    layer.exportSldStyle(sld, "")
    return qml.toString(), sld.toString()


def _write_styles(path: str, crs: QgsCoordinateReferenceSystem) -> None:
    """Store each layer's style and form as its default in the GeoPackage's ``layer_styles``.

    The table is the one QGIS itself creates, so any QGIS opening the file applies the style.
    """
    try:
        ds = ogr.Open(path, update=1)
    except RuntimeError:
        ds = None
    if ds is None:
        raise DatabaseError(tr("Cannot open {} to store the styles.").format(path))
    try:
        table = ds.CreateLayer("layer_styles", None, ogr.wkbNone, options=["FID=id"])
        for name, kind, width in _STYLE_COLUMNS:
            defn = ogr.FieldDefn(name, kind)
            if kind == ogr.OFTInteger:
                defn.SetSubType(ogr.OFSTBoolean)
            if width:
                defn.SetWidth(width)
            if name == "update_time":
                defn.SetDefault("CURRENT_TIMESTAMP")
            table.CreateField(defn)
        table.StartTransaction()
        for definition in model.LAYERS:
            layer = _memory_layer(definition, crs)
            configure_layer(layer, definition.name)
            qml, sld = _style_documents(layer)
            row = ogr.Feature(table.GetLayerDefn())
            values = {
                "f_table_catalog": "",
                "f_table_schema": "",
                "f_table_name": definition.name,
                "f_geometry_column": "geom" if definition.geometry else "",
                "styleName": STYLE_NAME,
                "styleQML": qml,
                "styleSLD": sld,
                "useAsDefault": 1,
                "description": "Land release default style",
                "owner": "",
            }
            for key, value in values.items():
                row.SetField(key, value)
            if table.CreateFeature(row) != 0:
                raise DatabaseError(tr("Cannot store the style of {}.").format(definition.name))
        table.CommitTransaction()
    finally:
        ds = None


def create_geopackage(path: str, crs: QgsCoordinateReferenceSystem, feedback=None) -> str:
    """Create the land release GeoPackage ``path`` with every layer, trigger, style and form.

    The file is written under a temporary name (by GDAL alone) and renamed at the end, so a
    failure leaves no half-made database. An existing file is never overwritten.
    """
    target = Path(path)
    if target.suffix.lower() != ".gpkg":
        raise DatabaseError(tr("The database file name must end in .gpkg: {}").format(path))
    if target.exists():
        raise DatabaseError(
            tr(
                "{} already exists. A land release database is never overwritten: "
                "choose a new file name."
            ).format(path)
        )
    if not crs.isValid():
        raise DatabaseError(tr("The storage CRS is not valid."))
    if not target.parent.is_dir():
        raise DatabaseError(tr("The folder {} does not exist.").format(target.parent))
    temporary = target.with_name(f".{target.stem}.{uuid_module.uuid4().hex[:8]}.gpkg")
    try:
        _create_tables(str(temporary), crs)
        if feedback:
            feedback.setProgress(50)
        _write_styles(str(temporary), crs)
        if target.exists():
            raise DatabaseError(tr("{} appeared while it was being created.").format(path))
        os.replace(temporary, target)
    except RuntimeError as error:  # GDAL with exceptions on
        raise DatabaseError(tr("Cannot create {}: {}").format(path, error)) from error
    finally:
        for leftover in (temporary, Path(f"{temporary}-wal"), Path(f"{temporary}-shm")):
            if leftover.exists():
                leftover.unlink()
    if feedback:
        feedback.setProgress(100)
    return str(target)


def _finish_project(project: QgsProject, layers: dict[str, QgsVectorLayer]) -> None:
    """Relations, styles and forms in the current language, CRS and ellipsoid."""
    for rel in _relations(layers):
        project.relationManager().addRelation(rel)
    for name, lyr in layers.items():
        configure_layer(lyr, name)
    if not project.crs().isValid():
        project.setCrs(layers["hazard"].crs())
    if project.ellipsoid() in ("", "NONE"):
        project.setEllipsoid(ELLIPSOID)


def database_group(target) -> str:
    """The layer tree group of a database: the GeoPackage's name or the PostGIS schema."""
    if isinstance(target, postgis.PgDatabase):
        return target.schema
    return Path(target).stem


def _layer_to_load(target, name: str) -> str:
    """A data source Processing loads on completion (provider prefix for PostGIS)."""
    if isinstance(target, postgis.PgDatabase):
        return f"{postgis.PROVIDER}://{target.layer_source(name)}"
    return layer_uri(target, name)


def load_database(
    path, project: QgsProject | None = None, group_name: str | None = None
) -> dict[str, QgsVectorLayer]:
    """Add the layers of a land release database (a GeoPackage path or a PostGIS
    ``PgDatabase``) to ``project`` in one group, with relations.

    Returns the layers by table name. A project without CRS takes the database's; a project
    without ellipsoid gets WGS 84, so that derived areas are ellipsoidal.
    """
    project = project or QgsProject.instance()
    if isinstance(path, postgis.PgDatabase):
        try:
            postgis.check(path)
        except postgis.PostgisError as error:
            raise DatabaseError(str(error)) from error
    else:
        ensure_schema(path)
    layers = open_layers(path)
    root = project.layerTreeRoot()
    group: QgsLayerTreeGroup = root.insertGroup(0, group_name or database_group(path))
    for name in model.DISPLAY_ORDER:
        project.addMapLayer(layers[name], False)
        group.addLayer(layers[name])
    _finish_project(project, layers)
    derived.refresh_layers(layers.values())  # figures left unknown by other programs
    return layers


class LoadIntoGroup(QgsProcessingLayerPostProcessorInterface):
    """Puts a layer that Processing loads from a new database into the database's group, in
    order, and adds the relations once all of its layers are in the project.

    The context deletes each post-processor, so every layer gets its own; they share ``loaded``.
    Python must keep them alive until then (``_PENDING``).
    """

    def __init__(self, path: str, loaded: dict):
        super().__init__()
        self.path = path
        self.loaded = loaded

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        project = context.project() or QgsProject.instance()
        name = layer.name()
        self.loaded[name] = layer
        root = project.layerTreeRoot()
        name_of_group = database_group(self.path)
        group = root.findGroup(name_of_group) or root.insertGroup(0, name_of_group)
        node = root.findLayer(layer.id())
        if node is not None and node.parent() is not group:
            position = sum(
                1
                for n in model.DISPLAY_ORDER[: model.DISPLAY_ORDER.index(name)]
                if n in self.loaded
            )
            group.insertLayer(position, layer)
            node.parent().removeChildNode(node)
        if len(self.loaded) == len(model.DISPLAY_ORDER):
            _finish_project(project, dict(self.loaded))
            _PENDING.pop(str(self.path), None)


_PENDING: dict[str, list[LoadIntoGroup]] = {}


def load_on_completion(path, context) -> None:
    """Ask Processing to add the database's layers to the project when the algorithm ends (in
    the toolbox and the modeler; ``processing.run`` and ``qgis_process`` load nothing)."""
    project = context.project()
    if project is None:
        return
    loaded: dict[str, QgsVectorLayer] = {}
    pending = _PENDING.setdefault(str(path), [])
    for name in model.DISPLAY_ORDER:
        details = QgsProcessingContext.LayerDetails(name, project, name)
        pending.append(LoadIntoGroup(path, loaded))
        details.setPostProcessor(pending[-1])
        context.addLayerToLoadOnCompletion(_layer_to_load(path, name), details)


def import_features(source: QgsVectorLayer, target: QgsVectorLayer, feedback=None) -> int:
    """Append every feature of ``source`` to ``target`` through the edit buffer, in one commit.

    Fields are matched by name; geometries are transformed to the target's CRS; the target's
    default values (uuid, times, areas) are applied. On failure nothing is written.
    """
    transform = None
    if target.isSpatial() and source.isSpatial() and source.crs() != target.crs():
        transform = QgsCoordinateTransform(source.crs(), target.crs(), QgsProject.instance())
    names = [n for n in source.fields().names() if target.fields().indexOf(n) >= 0]
    features, misfits = [], []
    for feature in source.getFeatures():
        attributes = {target.fields().indexOf(n): feature[n] for n in names}
        misfits += _misfits(target.fields(), attributes, feature.id())
        geometry = QgsGeometry(feature.geometry()) if target.isSpatial() else QgsGeometry()
        if transform is not None and not geometry.isNull():
            geometry.transform(transform)
        features.append(QgsVectorLayerUtils.createFeature(target, geometry, attributes))
    if misfits:
        raise DatabaseError(
            tr(
                "Cannot import {} into {}: {} value(s) do not fit their field, e.g. {}. Nothing "
                "was imported."
            ).format(source.name(), target.name(), len(misfits), "; ".join(misfits[:3]))
        )
    if not target.startEditing():
        raise DatabaseError(tr("{} cannot be edited.").format(target.name()))
    if not target.addFeatures(features) or not target.commitChanges():
        errors = "; ".join(target.commitErrors())
        target.rollBack()
        raise DatabaseError(tr("Cannot import into {}: {}").format(target.name(), errors))
    if feedback:
        feedback.pushInfo(tr("{}: {} features").format(target.name(), len(features)))
    return len(features)


def _misfits(fields, attributes: dict, feature_id: int) -> list[str]:
    """The values that their target field would silently change ("9-06" into a real field
    becomes 0), each as "feature 7: bearing '9-06' is not a Real"."""
    found = []
    for index, value in attributes.items():
        if value is None or (isinstance(value, QVariant) and value.isNull()):
            continue
        if isinstance(value, str) and not value.strip():
            continue  # an empty text is an empty value
        target = fields.at(index)
        try:
            converted = target.convertCompatible(value)
        except (ValueError, TypeError):
            converted = None
        if converted is None or (isinstance(converted, QVariant) and converted.isNull()):
            found.append(
                tr("feature {}: {} {!r} is not a {}").format(
                    feature_id, target.name(), value, target.typeName()
                )
            )
    return found


def create_postgis(target, crs: QgsCoordinateReferenceSystem, feedback=None):
    """Create the land release schema ``target`` (a ``postgis.PgDatabase``) with every table,
    trigger, role, grant and stored style; nothing is left behind on failure."""
    try:
        return postgis.create(target, crs, configure_layer, feedback)
    except postgis.PostgisError as error:
        raise DatabaseError(str(error)) from error
