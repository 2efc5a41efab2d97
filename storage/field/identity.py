"""Stand-in for the sync helper's database id (the lead keeps the sync helper's version)."""

from __future__ import annotations

import contextlib
import sqlite3
import uuid

from .. import postgis

_TABLE = "CREATE TABLE IF NOT EXISTS {}landrelease_info (key TEXT PRIMARY KEY, value TEXT)"
_READ = "SELECT value FROM {}landrelease_info WHERE key = 'database_id'"
_WRITE = "INSERT INTO {}landrelease_info VALUES ('database_id', '{}')"


def database_id(target) -> str:
    """The stable id of a land release database, made on the first call."""
    if isinstance(target, postgis.PgDatabase):
        schema = f'"{target.schema}".'
        ds = postgis.connect(target)
        postgis.execute(ds, _TABLE.format(schema))
        if not postgis.query(ds, _READ.format(schema)):
            postgis.execute(ds, _WRITE.format(schema, uuid.uuid4()))
        return postgis.query(ds, _READ.format(schema))[0][0]
    with contextlib.closing(sqlite3.connect(str(target))) as conn, conn:
        conn.execute(_TABLE.format(""))
        if conn.execute(_READ.format("")).fetchone() is None:
            conn.execute(_WRITE.format("", uuid.uuid4()))
        return conn.execute(_READ.format("")).fetchone()[0]
