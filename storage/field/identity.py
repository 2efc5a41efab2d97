"""The id of a land release database: a uuid4 text made once and kept, so that a field package
goes back only into the database it came from (``landrelease_info``, key ``database_id``)."""

from __future__ import annotations

import sqlite3
import uuid

from qgis.PyQt.QtCore import QCoreApplication

from ...core import pgschema
from .. import postgis
from ..database.edit_log_chain import sqlite_connection
from ..database.gpkg_access import DatabaseError

INFO_TABLE = pgschema.INFO_TABLE
DATABASE_ID_KEY = pgschema.DATABASE_ID_KEY


def tr(text: str) -> str:
    return QCoreApplication.translate("LandReleaseDatabase", text)


def gpkg_info_sql(database_id: str) -> list[str]:
    """The statements giving a GeoPackage its ``landrelease_info`` table and ``database_id``
    (kept when it has one already)."""
    return [
        f'CREATE TABLE IF NOT EXISTS "{INFO_TABLE}" (key TEXT PRIMARY KEY, value TEXT)',
        f"INSERT OR IGNORE INTO \"{INFO_TABLE}\" (key, value) VALUES ('{DATABASE_ID_KEY}', "
        f"'{uuid.UUID(database_id)}')",
    ]


def database_id(target) -> str:
    """The id of the land release database ``target`` (a GeoPackage path or a
    ``postgis.PgDatabase``), made on the first call when the database has none yet.

    Raises DatabaseError when it cannot be read or made (a read-only GeoPackage without one; a
    PostGIS schema of an earlier version that the login cannot bring up to date)."""
    if isinstance(target, postgis.PgDatabase):
        return _postgis_id(target)
    return _gpkg_id(str(target))


def _gpkg_read(conn: sqlite3.Connection) -> str | None:
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (INFO_TABLE,)
    ).fetchone()
    if not has_table:
        return None
    row = conn.execute(
        f'SELECT value FROM "{INFO_TABLE}" WHERE key = ?', (DATABASE_ID_KEY,)
    ).fetchone()
    return row[0] if row and row[0] else None


def _gpkg_id(path: str) -> str:
    try:
        conn = sqlite_connection(path, write=False)
        try:
            found = _gpkg_read(conn)
        finally:
            conn.close()
        if found:
            return found
        conn = sqlite_connection(path, write=True)
        try:
            conn.execute("BEGIN IMMEDIATE")
            for sql in gpkg_info_sql(str(uuid.uuid4())):
                conn.execute(sql)
            conn.execute("COMMIT")
            found = _gpkg_read(conn)
        finally:
            conn.close()
    except sqlite3.Error as error:
        raise DatabaseError(
            tr("Cannot read or make the id of the database {}: {}").format(path, error)
        ) from error
    return found


def _postgis_read(database: postgis.PgDatabase) -> str | None:
    table = f"{pgschema.ident(database.schema)}.{pgschema.ident(INFO_TABLE)}"
    ds = postgis.connect(database, update=False)
    try:
        name = pgschema.literal(table)
        if not postgis.query(ds, f"SELECT to_regclass({name}) IS NOT NULL")[0][0]:
            return None
        rows = postgis.query(
            ds, f"SELECT value FROM {table} WHERE key = {pgschema.literal(DATABASE_ID_KEY)}"
        )
    finally:
        ds = None
    return rows[0][0] if rows and rows[0][0] else None


def _postgis_id(database: postgis.PgDatabase) -> str:
    try:
        found = _postgis_read(database)
        if found is None and postgis.bring_up_to_date(database):
            found = _postgis_read(database)
    except postgis.PostgisError as error:
        raise DatabaseError(str(error)) from error
    if found is None:
        raise DatabaseError(
            tr(
                "The shared database {} has no database id yet: it was made by an earlier "
                "version of Land Release. Its owner (or a superuser) brings it up to date by "
                "opening it once with Land Release; then try again."
            ).format(database.label)
        )
    return found
