"""A GeoPackage made by an earlier version is brought up to date when it is opened: the model
columns its tables lack are added (processing/database.py, ensure_schema)."""

from __future__ import annotations

import sqlite3

import pytest
from osgeo import gdal
from qgis.core import QgsProject

from landrelease.storage import recording
from landrelease.storage.database import DatabaseError, ensure_schema, load_database

NEW_COLUMNS = ("declination_deg", "declination_source")


def columns(path, table: str) -> dict[str, str]:
    with sqlite3.connect(path) as conn:
        return {row[1]: row[2] for row in conn.execute(f'PRAGMA table_info("{table}")')}


def drop(path, table: str, *names: str) -> None:
    with sqlite3.connect(path) as conn:
        for name in names:
            conn.execute(f'ALTER TABLE "{table}" DROP COLUMN "{name}"')


def gdal_sql(path, sql: str) -> None:
    """SQL through GDAL (a GeoPackage's spatial index triggers need its SQL functions)."""
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
    ds.ExecuteSQL(sql)
    ds = None


def test_a_record_table_without_the_declination_columns_gets_them(new_gpkg):
    path = str(new_gpkg)
    fresh = columns(path, "minefield_record")
    gdal_sql(
        path, "INSERT INTO minefield_record (record_id, document_ref) VALUES ('MFR-OLD', 'Ф-1')"
    )
    drop(path, "minefield_record", *NEW_COLUMNS)
    assert not set(NEW_COLUMNS) & set(columns(path, "minefield_record"))

    added = ensure_schema(path)
    assert added == [f"minefield_record.{name}" for name in NEW_COLUMNS]
    assert columns(path, "minefield_record") == fresh  # same names and types as a new database
    assert ensure_schema(path) == []  # idempotent
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute(
            "SELECT record_id, document_ref, declination_deg, declination_source "
            "FROM minefield_record"
        ).fetchall() == [("MFR-OLD", "Ф-1", None, None)]


def test_opening_an_older_database_upgrades_it(new_gpkg, qgis_new_project):
    path = str(new_gpkg)
    drop(path, "minefield_record", *NEW_COLUMNS)
    project = QgsProject.instance()
    layers = load_database(path, project)
    names = layers["minefield_record"].fields().names()
    assert set(NEW_COLUMNS) <= set(names)
    found = recording.find_layers(project)
    assert found.minefield_record is layers["minefield_record"]
    project.clear()


def test_a_hazard_column_is_added_and_the_log_triggers_name_it(new_gpkg):
    """A column of a logged table: its log triggers are recreated so that the log holds it."""
    path = str(new_gpkg)
    log_triggers = [
        f"hazard_log_{kind}" for kind in ("insert", "insert_filled", "update", "delete")
    ]
    with sqlite3.connect(path) as conn:
        for name in log_triggers:  # an older version's triggers, which did not know the column
            conn.execute(f'DROP TRIGGER "{name}"')
    drop(path, "hazard", "imsma_id")
    with sqlite3.connect(path) as conn:
        for name in log_triggers:
            conn.execute(f'CREATE TRIGGER "{name}" AFTER DELETE ON hazard BEGIN SELECT 1; END')
    assert ensure_schema(path) == ["hazard.imsma_id"]
    gdal_sql(
        path,
        "INSERT INTO hazard (hazard_id, classification, imsma_id) VALUES ('H-1', 'SHA', 'I-9')",
    )
    with sqlite3.connect(path) as conn:
        (after,) = conn.execute("SELECT after FROM edit_log").fetchone()
    assert '"imsma_id":"I-9"' in after


def test_a_column_that_cannot_be_added_is_refused_and_nothing_changes(new_gpkg):
    """record_id is mandatory and unique: an old table without it is not a land release table."""
    path = str(new_gpkg)
    drop(path, "minefield_record", "declination_source")
    with sqlite3.connect(path) as conn:  # a table that never had record_id
        conn.execute("ALTER TABLE minefield_record RENAME COLUMN record_id TO name")
    with pytest.raises(DatabaseError, match="minefield_record has no column record_id"):
        ensure_schema(path)
    assert "declination_source" not in columns(path, "minefield_record")
