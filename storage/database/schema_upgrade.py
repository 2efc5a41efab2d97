"""Bringing a land release GeoPackage made by an earlier version up to date when it is opened:
the model columns its tables lack, and the triggers it lacks or that are not the plugin's."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from osgeo import gdal
from qgis.PyQt.QtCore import QCoreApplication

from ...core import model
from .. import derived
from .columns import _columns, _field_defn, create_model_table
from .edit_log_chain import seal_edit_log
from .edit_log_triggers import LOG_CHAIN_TABLE, LOG_TABLE, LOGGED_LAYERS, _log_chain_table_sql
from .gpkg_access import DatabaseError, _execute, _query, _sql_text, open_gpkg
from .schema_triggers import _TRIGGER_NAME, _schema_triggers, log_triggers, normalised_trigger_sql


def tr(text: str) -> str:
    return QCoreApplication.translate("LandReleaseDatabase", text)


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


def _missing_tables(ds) -> list[str]:
    """The model tables ``ds`` lacks that an upgrade adds (not the logged ones, nor the log:
    without them it is no land release database)."""
    logged = (LOG_TABLE, *LOGGED_LAYERS)
    return [
        d.name for d in model.LAYERS if d.name not in logged and ds.GetLayerByName(d.name) is None
    ]


def _add_tables(ds, names: list[str]) -> None:
    """Create the model tables ``names`` (in the storage CRS of the hazards)."""
    srs = ds.GetLayerByName("hazard").GetSpatialRef()
    for name in names:
        failed = create_model_table(ds, model.layer(name), srs)
        if failed:
            raise DatabaseError(
                tr("Cannot add the table {}: {}").format(name, gdal.GetLastErrorMsg())
            )


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
    tables it lacks (e.g. sync_conflict) and the model columns its tables lack (``ALTER TABLE …
    ADD COLUMN``, e.g. minefield_record's declination_deg and declination_source) and create the
    triggers it lacks (the edit log ones, or any other dropped one). Idempotent; a database
    that has them all is only read, so read-only files open as before.

    Returns what was added: the tables, the names of the triggers created and ``table.column``
    of the columns added (and ``edit_log_chain`` for the edit log's hash chain). Raises
    DatabaseError if ``path`` is not a land release database (nothing is changed then) or
    cannot be updated.

    Edit log triggers whose SQL is not the plugin's (replaced by another program, or from an
    older version) are recreated, not listed. At the end, the edit log entries written since
    the last seal are sealed (``seal_edit_log``) when the file can be written.
    """
    found = _read_schema(path)
    if found.problems:
        raise DatabaseError(
            tr("{} is not a land release database: {}.").format(path, "; ".join(found.problems))
        )
    missing = [s for s in _schema_triggers() if _TRIGGER_NAME.search(s)[1] not in found.triggers]
    recreate = _triggers_to_recreate(found, missing)
    missing += recreate
    if not missing and not found.columns and found.has_chain and not found.tables:
        seal_edit_log(path, quiet=True)
        return []
    _update(path, found, missing, recreate)
    added = [_TRIGGER_NAME.search(sql)[1] for sql in missing if sql not in recreate]
    seal_edit_log(path, quiet=True)
    chain = [] if found.has_chain else [LOG_CHAIN_TABLE]
    return chain + found.tables + added + [f"{table}.{f.name}" for table, f in found.columns]


@dataclass
class _StoredSchema:
    """What a GeoPackage holds of the land release schema."""

    problems: list[str]  # what cannot be added (``_schema_problems``)
    columns: list[tuple[str, model.Field]]  # model columns its tables lack
    triggers: dict[str, str]  # name -> SQL
    has_chain: bool  # the edit log's hash chain table
    tables: list[str]  # model tables it lacks that can be added (``_missing_tables``)


def _read_schema(path: str) -> _StoredSchema:
    """The schema of the GeoPackage ``path``, read only; DatabaseError when it is none."""
    if not Path(path).is_file():
        raise DatabaseError(tr("{} does not exist.").format(path))
    ds = open_gpkg(path, update=False)
    if ds is None:
        raise DatabaseError(
            tr("{} is not a land release database: it is not a GeoPackage.").format(path)
        )
    try:
        return _StoredSchema(
            problems=_schema_problems(ds),
            columns=_missing_columns(ds),
            tables=_missing_tables(ds),
            triggers=dict(_query(ds, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")),
            has_chain=bool(
                _query(
                    ds,
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name = "
                    + _sql_text(LOG_CHAIN_TABLE),
                )
            ),
        )
    finally:
        ds = None


def _triggers_to_recreate(found: _StoredSchema, missing: list[str]) -> list[str]:
    """The edit log and hazard figures triggers present but to be made again: the log ones
    name every column, so those of a table that gets a column; and those whose SQL is not the
    plugin's (e.g. a release trigger of an earlier version, blind to ``qa_status``)."""
    logged = {t for t, _ in found.columns if t in LOGGED_LAYERS}
    expected = log_triggers() | _figures_triggers()
    recreate = []
    for sql in _schema_triggers():
        name = _TRIGGER_NAME.search(sql)[1]
        if sql in missing or name not in expected:
            continue
        added_column = any(name.startswith(f"{t}_log_") for t in logged)
        if added_column or normalised_trigger_sql(found.triggers[name] or "") != expected[name]:
            recreate.append(sql)
    return recreate


def _figures_triggers() -> dict[str, str]:
    """The triggers that mark the hazards' figures unknown: name -> SQL as a new database has
    it (spaces collapsed)."""
    return {
        _TRIGGER_NAME.search(sql)[1]: normalised_trigger_sql(sql) for sql in derived.gpkg_triggers()
    }


def _update(path: str, found: _StoredSchema, missing: list[str], recreate: list[str]) -> None:
    """Add the columns, the chain table and the ``missing`` triggers (``recreate`` dropped
    first) in one transaction; DatabaseError and nothing changed on failure."""
    ds = open_gpkg(path, update=True)
    if ds is None:
        raise DatabaseError(
            tr("Cannot open {} to bring it up to date: is it read-only?").format(path)
        )
    try:
        ds.StartTransaction()
        try:
            _add_columns(ds, found.columns)
            _add_tables(ds, found.tables)
            if not found.has_chain:
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
