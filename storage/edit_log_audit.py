"""What checkdata reads of a land release database's edit log (GeoPackage or PostGIS): the
facts ``core.checks.LogAudit`` holds for ``log_mismatch``, and a GeoPackage's hash chain as
verified. Imported when the checks run (``core.checks`` needs shapely 2)."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Optional

from ..core import model, pgschema
from ..core.checks import LogAudit, LogEntryProblem, UnloggedRow
from . import database, postgis, recording


@dataclass(frozen=True)
class ForeignEntry:
    """An edit_log entry the log's triggers cannot have written. ``reason``: "layer" (not a
    layer the log records), "action" (none of insert, update, delete), "uuid" (it names no
    feature), "before" or "after" (that JSON missing or unreadable); ``expected`` lists what
    the layer or the action may be."""

    entry: int
    at: Optional[str]
    layer: object
    action: object
    uuid: object
    reason: str
    expected: tuple[str, ...] = ()


Describe = Callable[[ForeignEntry], str]  # the adapter's words for a foreign entry


@dataclass
class LogReading:
    """One database's edit log as read: ``audit`` None when the GeoPackage has no edit_log
    table; ``chain`` the GeoPackage's hash chain as verified (None on PostGIS or on error)."""

    audit: Optional[LogAudit]
    chain: Optional[database.ChainVerification] = None


def databases_of(layers) -> list:
    """The land release databases of ``layers`` (GeoPackage paths, ``postgis.PgDatabase``),
    each once, in order; layers of no such database are left out."""
    found = {}
    for layer in layers:
        db = recording.database_of(layer) if layer is not None else None
        if db is None:
            continue
        key = db.key if isinstance(db, postgis.PgDatabase) else os.path.realpath(db)
        found.setdefault(key, db)
    return list(found.values())


def read_edit_log(db, describe: Describe, is_cancelled=None) -> LogReading:
    """The edit log of ``db`` (a GeoPackage path or a ``postgis.PgDatabase``). A log that
    cannot be read gives an audit with its ``error``, said as a finding."""
    if isinstance(db, postgis.PgDatabase):
        return _read_pg(db, describe)
    return _read_gpkg(db, describe, is_cancelled)


# --- GeoPackage --------------------------------------------------------------------------------


def _read_gpkg(path: str, describe: Describe, is_cancelled) -> LogReading:
    try:
        conn = database.sqlite_connection(path, write=False)
    except Exception as error:  # noqa: BLE001 - sqlite3.Error: said as a finding
        return LogReading(LogAudit(str(path), error=str(error)))
    try:
        tables = {
            name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if database.LOG_TABLE not in tables:
            return LogReading(None)
        facts = _gpkg_facts(conn, tables, describe)
    except Exception as error:  # noqa: BLE001 - sqlite3.Error: said as a finding
        return LogReading(LogAudit(str(path), error=str(error)))
    finally:
        conn.close()
    try:
        chain = database.verify_edit_log_chain(path, is_cancelled)
    except database.DatabaseError as error:
        return LogReading(LogAudit(str(path), error=str(error)))
    audit = LogAudit(
        database=str(path),
        entries=chain.entries,
        chain_missing=chain.missing,
        chain_breaks=chain.breaks,
        **facts,
    )
    return LogReading(audit, chain)


def _gpkg_facts(conn, tables: set, describe: Describe) -> dict:
    """The log's triggers, rows without their entry, entries without their row or not written
    by the triggers, gaps and disorder in its sequence (LogAudit's fields)."""
    stored = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
    expected = database.log_triggers()
    logged = [t for t in database.LOGGED_LAYERS if t in tables]
    problems = _gpkg_orphans(conn, logged) + _foreign(
        conn.execute(
            _FOREIGN_SQL.format(log=pgschema.ident(database.LOG_TABLE), logged=_LOGGED_SQL)
        ),
        describe,
    )
    disorder, bad_times = _disorder(conn.execute(_GPKG_ORDER_SQL, (1.0 / 86400,)))
    return {
        "unlogged": [row for t in logged for row in _gpkg_unlogged(conn, t)],
        "problems": sorted(problems, key=lambda p: p.entry),
        "gaps": list(conn.execute(_GPKG_GAPS_SQL)),
        "disorder": disorder,
        "bad_times": bad_times,
        "missing_triggers": sorted(n for n in expected if n not in stored),
        "altered_triggers": sorted(
            n
            for n in expected
            if n in stored and database.normalised_trigger_sql(stored[n] or "") != expected[n]
        ),
    }


# --- PostGIS -----------------------------------------------------------------------------------


def _read_pg(db, describe: Describe) -> LogReading:
    try:
        ds = postgis.connect(db, update=False)
    except postgis.PostgisError as error:
        return LogReading(LogAudit(db.label, postgis=True, error=str(error)))
    try:
        facts = _pg_facts(ds, db.schema, describe)
    except postgis.PostgisError as error:
        return LogReading(LogAudit(db.label, postgis=True, error=str(error)))
    finally:
        ds = None
    return LogReading(LogAudit(database=db.label, postgis=True, **facts))


def _pg_facts(ds, schema_name: str, describe: Describe) -> dict:
    """As ``_gpkg_facts``, for a PostGIS schema: the log is protected by the database's
    permissions, and its triggers may be disabled."""
    schema = pgschema.ident(schema_name)
    log = f"{schema}.{pgschema.ident(database.LOG_TABLE)}"
    rows = postgis.query(
        ds,
        "SELECT c.relname, t.tgname, t.tgenabled::text FROM pg_trigger t JOIN pg_class c "
        "ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE "
        f"n.nspname = {pgschema.literal(schema_name)} AND NOT t.tgisinternal",
    )
    on = {(table, name): enabled for table, name, enabled in rows}
    expected = [(t, f"{t}_log") for t in pgschema.LOGGED_TABLES]
    geo = postgis.query(
        ds,
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON "
        "n.oid = e.extnamespace WHERE e.extname = 'postgis'",
    )
    geo_schema = pgschema.ident(geo[0][0]) if geo else "public"
    unlogged = [
        row for t in pgschema.LOGGED_TABLES for row in _pg_unlogged(ds, schema, log, t, geo_schema)
    ]
    problems = _pg_orphans(ds, schema, log) + _foreign(
        postgis.query(ds, _PG_FOREIGN_SQL.format(log=log, logged=_LOGGED_SQL)), describe
    )
    disorder, bad_times = _disorder(postgis.query(ds, _PG_ORDER_SQL.format(log=log)))
    return {
        "entries": int(postgis.query(ds, f"SELECT count(*) FROM {log}")[0][0]),
        "unlogged": unlogged,
        "problems": sorted(problems, key=lambda p: p.entry),
        "disorder": disorder,
        "bad_times": bad_times,
        "missing_triggers": [n for t, n in expected if (t, n) not in on],
        "disabled_triggers": [n for t, n in expected if on.get((t, n)) == "D"],
    }


# --- both --------------------------------------------------------------------------------------


def _foreign(rows, describe: Describe) -> list:
    """LogEntryProblem for entries the log triggers cannot have written, worded by
    ``describe``."""
    problems = []
    logged = tuple(database.LOGGED_LAYERS)
    actions = tuple(model.CODE_LISTS["edit_action"].values())
    for fid, at, layer, action, uuid, before_ok, after_ok in rows:
        if layer not in logged:
            reason, expected = "layer", logged
        elif action not in actions:
            reason, expected = "action", actions
        elif uuid is None or not str(uuid).strip():
            reason, expected = "uuid", ()
        elif action in ("update", "delete") and not before_ok:
            reason, expected = "before", ()
        elif action in ("insert", "update") and not after_ok:
            reason, expected = "after", ()
        else:
            continue
        entry = ForeignEntry(int(fid), _text(at), layer, action, uuid, reason, expected)
        problems.append(
            LogEntryProblem(
                int(fid), _text(at), _text(layer), _text(action), _text(uuid), None,
                describe(entry),
            )
        )  # fmt: skip
    return problems


def _text(value):
    return None if value is None else str(value)


def _label(label, fid) -> str:
    text = _text(label)
    return text.strip() if text is not None and text.strip() else f"fid {fid}"


def _unlogged_row(layer, fid, uuid, label, entry, action, at, state, diff, after, current):
    """An ``UnloggedRow`` from one row of the audit queries (both backends)."""
    differences = ()
    if not state:
        names = [n for n in (diff or "").split(",") if n]
        logged = _json_object(after)
        now = _json_object(current)
        differences = tuple((n, now.get(n), logged.get(n)) for n in names)
    return UnloggedRow(
        layer=layer,
        fid=int(fid),
        uuid=_text(uuid),
        label=_label(label, fid),
        reason=state or "differs",
        entry=None if entry is None else int(entry),
        entry_at=_text(at),
        differences=differences,
    )


def _json_object(text) -> dict:
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


# --- the queries -------------------------------------------------------------------------------


def _gpkg_unlogged(conn, table: str) -> list:
    """The rows of ``table`` whose last change has no matching edit_log entry."""
    definition = model.layer(table)
    log = pgschema.ident(database.LOG_TABLE)
    t = pgschema.ident(table)
    valid = 'coalesce(json_valid(l."after"), 0)'
    differences = database.row_differences_sql(definition, "NEW", 'l."after"')
    current = database.row_json_sql(definition, "NEW")
    sql = f"""
        SELECT q.fid, q.uuid, q.label, q.entry, q.action, q.at, q.state, q.diff, q.after,
          CASE WHEN q.diff <> '' THEN (SELECT {current} FROM {t} AS NEW WHERE NEW.fid = q.fid)
          END
        FROM (
          SELECT NEW.fid AS fid, NEW.uuid AS uuid, NEW.{pgschema.ident(definition.id_field)}
            AS label, l.fid AS entry, l.action AS action, l.changed_at AS at,
            CASE WHEN l.fid IS NULL THEN 'no_entry' WHEN l.action = 'delete' THEN 'deleted'
              WHEN NOT {valid} THEN 'unreadable' ELSE '' END AS state,
            CASE WHEN l.fid IS NOT NULL AND l.action <> 'delete' AND {valid}
              THEN {differences} ELSE '' END AS diff,
            l."after" AS after
          FROM {t} AS NEW
          LEFT JOIN (SELECT feature_uuid, max(fid) AS fid FROM {log}
                     WHERE layer = '{table}' AND feature_uuid IS NOT NULL
                     GROUP BY feature_uuid) AS last ON last.feature_uuid = NEW.uuid
          LEFT JOIN {log} AS l ON l.fid = last.fid
        ) AS q
        WHERE q.state <> '' OR q.diff <> ''
        ORDER BY q.fid"""
    return [_unlogged_row(table, *row) for row in conn.execute(sql)]


def _absent_sql(tables: list[str], schema: str = "") -> str:
    """SQL true for an edit_log entry ``l`` whose row does not exist in its table."""
    return " OR ".join(
        f"(l.layer = {pgschema.literal(t)} AND NOT EXISTS (SELECT 1 FROM "
        f"{schema}{pgschema.ident(t)} AS t WHERE t.uuid = l.feature_uuid))"
        for t in tables
    )


def _gpkg_orphans(conn, tables: list[str]) -> list:
    if not tables:
        return []
    log = pgschema.ident(database.LOG_TABLE)
    ids = " ".join(f"WHEN '{t}' THEN '$.{model.layer(t).id_field}'" for t in tables)
    doc = 'coalesce(l."after", l."before")'
    sql = f"""
        SELECT l.fid, l.changed_at, l.layer, l.action, l.feature_uuid,
          CASE WHEN coalesce(json_valid({doc}), 0) THEN json_extract({doc}, CASE l.layer {ids}
            END) END
        FROM {log} AS l
        JOIN (SELECT max(fid) AS fid FROM {log} WHERE feature_uuid IS NOT NULL
              GROUP BY layer, feature_uuid) AS last ON last.fid = l.fid
        WHERE l.action IN ('insert', 'update') AND ({_absent_sql(tables)})
        ORDER BY l.fid"""
    return [
        LogEntryProblem(int(fid), _text(at), layer, action, uuid, _text(label))
        for fid, at, layer, action, uuid, label in conn.execute(sql)
    ]


_LOGGED_SQL = "(" + ", ".join(pgschema.literal(t) for t in database.LOGGED_LAYERS) + ")"
_FOREIGN_SQL = """
    SELECT fid, changed_at, layer, action, feature_uuid,
      coalesce(json_valid("before"), 0), coalesce(json_valid("after"), 0)
    FROM {log}
    WHERE layer IS NULL OR layer NOT IN {logged} OR feature_uuid IS NULL
      OR trim(feature_uuid) = '' OR action IS NULL OR action NOT IN ('insert', 'update', 'delete')
      OR (action IN ('update', 'delete') AND NOT coalesce(json_valid("before"), 0))
      OR (action IN ('insert', 'update') AND NOT coalesce(json_valid("after"), 0))
    ORDER BY fid"""

_GPKG_GAPS_SQL = """
    SELECT previous + 1, fid - 1
    FROM (SELECT fid, lag(fid, 1, 0) OVER (ORDER BY fid) AS previous FROM "edit_log")
    WHERE fid > previous + 1
    ORDER BY fid"""

# (fid, changed_at, previous fid, previous changed_at, readable) of the entries written before
# the entry preceding them (by more than the tolerance, in days) or at no readable time.
_GPKG_ORDER_SQL = """
    SELECT fid, changed_at, previous, previous_at, t IS NOT NULL
    FROM (SELECT fid, changed_at, julianday(changed_at) AS t,
                 lag(fid) OVER w AS previous, lag(changed_at) OVER w AS previous_at,
                 lag(julianday(changed_at)) OVER w AS previous_t
          FROM "edit_log" WINDOW w AS (ORDER BY fid))
    WHERE t IS NULL OR t < previous_t - ?
    ORDER BY fid"""


def _disorder(rows) -> tuple[list, list]:
    disorder, bad_times = [], []
    for fid, at, previous, previous_at, readable in rows:
        if not readable:
            bad_times.append((int(fid), _text(at)))
        else:
            disorder.append((int(fid), str(at), int(previous), str(previous_at)))
    return disorder, bad_times


def _pg_differences(definition, geo_schema: str) -> str:
    """PostgreSQL giving the comma-separated names of the fields of ``t`` that differ from the
    JSON ``a`` that the log trigger wrote (core/pgschema.py: to_jsonb of the row, the geometry
    as EWKB hex); updated_at left out."""
    cases = []
    for f in definition.fields:
        if f.name == "updated_at":
            continue
        column, key = f"t.{pgschema.ident(f.name)}", pgschema.literal(f.name)
        if f.type == model.DATETIME:
            differs = f"(a ->> {key})::timestamptz IS DISTINCT FROM {column}"
        else:
            differs = (
                f"coalesce(a -> {key}, 'null'::jsonb) IS DISTINCT FROM "
                f"coalesce(to_jsonb({column}), 'null'::jsonb)"
            )
        cases.append(f"CASE WHEN {differs} THEN {key} END")
    if definition.geometry:
        geom = pgschema.GEOMETRY_COLUMN
        cases.append(
            f"CASE WHEN a ->> '{geom}' IS DISTINCT FROM "
            f"encode({geo_schema}.ST_AsEWKB(t.{pgschema.ident(geom)}), 'hex') THEN '{geom}' END"
        )
    return "concat_ws(',', " + ", ".join(cases) + ")"


def _pg_unlogged(ds, schema: str, log: str, table: str, geo_schema: str) -> list:
    definition = model.layer(table)
    t = f"{schema}.{pgschema.ident(table)}"
    differences = _pg_differences(definition, geo_schema)
    sql = f"""
        SELECT * FROM (
          WITH last AS (
            SELECT DISTINCT ON (feature_uuid) fid, feature_uuid, action, changed_at, "after"
            FROM {log} WHERE layer = {pgschema.literal(table)} AND feature_uuid IS NOT NULL
            ORDER BY feature_uuid, fid DESC
          ), q AS (
            SELECT t.fid AS row_fid, t.uuid AS row_uuid,
              t.{pgschema.ident(definition.id_field)} AS label, l.fid AS entry,
              l.action AS entry_action, l.changed_at::text AS entry_at,
              CASE WHEN l.fid IS NULL THEN 'no_entry' WHEN l.action = 'delete' THEN 'deleted'
                WHEN l."after" IS NULL THEN 'unreadable' ELSE '' END AS state,
              CASE WHEN l.fid IS NOT NULL AND l.action <> 'delete' AND l."after" IS NOT NULL
                THEN {differences} ELSE '' END AS diff,
              l."after" AS entry_after,
              (to_jsonb(t) - 'fid' - '{pgschema.GEOMETRY_COLUMN}')::text AS current_row
            FROM {t} AS t
            LEFT JOIN last AS l ON l.feature_uuid = t.uuid
            LEFT JOIN LATERAL (SELECT l."after"::jsonb AS a) AS j ON true
          )
          SELECT row_fid, row_uuid, label, entry, entry_action, entry_at, state, diff,
                 entry_after, current_row
          FROM q WHERE state <> '' OR diff <> ''
        ) AS found ORDER BY row_fid"""
    return [_unlogged_row(table, *row) for row in postgis.query(ds, sql)]


def _pg_orphans(ds, schema: str, log: str) -> list:
    tables = list(pgschema.LOGGED_TABLES)
    ids = " ".join(
        f"WHEN {pgschema.literal(t)} THEN {pgschema.literal(model.layer(t).id_field)}"
        for t in tables
    )
    sql = f"""
        SELECT * FROM (
          WITH last AS (
            SELECT DISTINCT ON (layer, feature_uuid) fid, layer, feature_uuid, action,
              changed_at, coalesce("after", "before") AS doc
            FROM {log} WHERE feature_uuid IS NOT NULL
            ORDER BY layer, feature_uuid, fid DESC
          )
          SELECT l.fid, l.changed_at::text AS at, l.layer, l.action, l.feature_uuid,
            l.doc::jsonb ->> (CASE l.layer {ids} END) AS label
          FROM last AS l
          WHERE l.action IN ('insert', 'update') AND ({_absent_sql(tables, schema + ".")})
        ) AS found ORDER BY fid"""
    return [
        LogEntryProblem(int(fid), _text(at), layer, action, uuid, _text(label))
        for fid, at, layer, action, uuid, label in postgis.query(ds, sql)
    ]


_PG_FOREIGN_SQL = """
    SELECT fid, changed_at::text, layer, action, feature_uuid, "before" IS NOT NULL,
      "after" IS NOT NULL
    FROM {log}
    WHERE layer IS NULL OR layer NOT IN {logged} OR feature_uuid IS NULL
      OR trim(feature_uuid) = '' OR action IS NULL OR action NOT IN ('insert', 'update', 'delete')
      OR (action IN ('update', 'delete') AND "before" IS NULL)
      OR (action IN ('insert', 'update') AND "after" IS NULL)
    ORDER BY fid"""

_PG_ORDER_SQL = """
    SELECT * FROM (
      SELECT fid, changed_at::text AS at, previous, previous_at::text AS previous_at,
        changed_at IS NOT NULL AS readable
      FROM (SELECT fid, changed_at, lag(fid) OVER w AS previous,
                   lag(changed_at) OVER w AS previous_at
            FROM {log} WINDOW w AS (ORDER BY fid)) AS s
      WHERE changed_at IS NULL OR changed_at < previous_at - interval '1 second'
    ) AS found ORDER BY fid"""
