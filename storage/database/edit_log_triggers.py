"""The edit log of a GeoPackage kept by triggers, whatever program makes the change: a row for
every insert, update and delete of the logged layers, and guards that keep the log and its
hash chain append-only and in order."""

from __future__ import annotations

from ...core import model
from .gpkg_access import _SQL_NOW, _SQL_UUID, _sql_text

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
