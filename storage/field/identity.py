"""Stand-in for the sync helper's database id (the lead keeps the sync helper's version)."""

from __future__ import annotations

import sqlite3
import uuid

_READ = "SELECT value FROM landrelease_info WHERE key = 'database_id'"


def database_id(target) -> str:
    """The stable id of a land release GeoPackage, made on the first call."""
    with sqlite3.connect(str(target)) as conn:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS landrelease_info (key TEXT PRIMARY KEY, value TEXT)"
        )
        row = conn.execute(_READ).fetchone()
        if row is None:
            conn.execute(
                "INSERT INTO landrelease_info VALUES ('database_id', ?)", (str(uuid.uuid4()),)
            )
            row = conn.execute(_READ).fetchone()
    return row[0]
