"""Every trigger of a land release GeoPackage: the derived fields (uuid, times, the hazards'
figures) and the edit log's; and how the edit log ones are told apart and compared."""

from __future__ import annotations

import re

from ...core import model
from .. import derived
from .edit_log_triggers import (
    LOG_CHAIN_TABLE,
    LOG_TABLE,
    LOGGED_LAYERS,
    _log_guard_sql,
    _log_trigger_sql,
)
from .gpkg_access import _SQL_NOW, _SQL_UUID


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
