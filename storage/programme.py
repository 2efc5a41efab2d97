"""The programme's area and settings of a land release database, read from QGIS layers:
the area its points may lie in (see core/area.py) and its bearing unit (core/programme.py)."""

from __future__ import annotations

import contextlib
import os
import sqlite3

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsMapLayer,
    QgsMessageLog,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core import area, programme
from ..qgis_io.crs import extent_lonlat
from . import database, postgis, recording

DISTRICT = "district"
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


def database_layer(db, name: str, beside: QgsVectorLayer | None = None) -> QgsVectorLayer | None:
    """The layer ``name`` of a land release database (a GeoPackage path or a ``PgDatabase``),
    None if it cannot be opened. ``beside``, a layer of that database already open: a
    GeoPackage is opened the way it was, since forcing WAL on a file whose other layers QGIS
    reads without it leaves those layers unreadable ("unable to open database file")."""
    if isinstance(db, postgis.PgDatabase):
        layer = QgsVectorLayer(db.layer_source(name), name, postgis.PROVIDER)
    elif beside is not None and database.OPEN_OPTIONS not in beside.source():
        layer = QgsVectorLayer(f"{db}|layername={name}", name, "ogr")
    else:
        layer = QgsVectorLayer(database.layer_uri(db, name), name, "ogr")
    return layer if layer.isValid() else None


def districts_extent_lonlat(layer: QgsVectorLayer) -> QgsRectangle | None:
    """The extent of the districts' geometries in WGS 84 degrees, None if there are none."""
    return extent_lonlat(layer, layer.crs(), QgsCoordinateTransformContext())


def crs_area(crs: QgsCoordinateReferenceSystem) -> area.ProgrammeArea | None:
    """The area of use of ``crs`` (for a UTM CRS, its zone), None if QGIS does not know it."""
    if crs is None or not crs.isValid():
        return None
    bounds = crs.bounds()
    if bounds.isEmpty():
        return None
    return area.from_crs_bounds(
        bounds.xMinimum(), bounds.yMinimum(), bounds.xMaximum(), bounds.yMaximum()
    )


def programme_area(
    layer: QgsMapLayer | None, margin_m: float = area.DEFAULT_MARGIN_M
) -> area.ProgrammeArea | None:
    """The programme's area for the data of ``layer``: the extent of its land release
    database's districts plus ``margin_m``; without a database or districts, the area of use
    of the layer's CRS (the storage CRS: its UTM zone); None when neither is known."""
    if layer is None:
        return None
    db = recording.database_of(layer)
    if db is not None:
        districts = database_layer(db, DISTRICT, beside=layer)
        if districts is not None:
            extent = districts_extent_lonlat(districts)
            if extent is not None:
                return area.from_extent(
                    extent.xMinimum(),
                    extent.yMinimum(),
                    extent.xMaximum(),
                    extent.yMaximum(),
                    margin_m,
                )
    return crs_area(layer.crs())


def area_text(box: area.ProgrammeArea) -> str:
    """The area's box in the user's language: "44.80° E to 47.60° E, 38.90° N to 40.60° N"."""

    def lon(value: float) -> str:
        return (_tr("{}° E") if value >= 0 else _tr("{}° W")).format(f"{abs(value):.2f}")

    def lat(value: float) -> str:
        return (_tr("{}° N") if value >= 0 else _tr("{}° S")).format(f"{abs(value):.2f}")

    return _tr("{} to {}, {} to {}").format(
        lon(box.west), lon(box.east), lat(box.south), lat(box.north)
    )


# ---------------------------------------------------------------------------------------------
# The programme's bearing unit (a setting of the database, see core/programme.py)
# ---------------------------------------------------------------------------------------------


class SettingError(Exception):
    """A programme setting cannot be stored; the message says why."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("LandReleaseProgramme", text)


def _database(layer_or_database):
    """A GeoPackage path (str) or a ``PgDatabase`` from a layer, a path or a database."""
    if isinstance(layer_or_database, QgsMapLayer):
        return recording.database_of(layer_or_database)
    if isinstance(layer_or_database, os.PathLike):
        return os.fspath(layer_or_database)
    return layer_or_database


def _stored_bearing_unit(db):
    """The stored text of the setting (None if there is none); SettingError if the database
    cannot be read."""
    if isinstance(db, postgis.PgDatabase):
        try:
            comment = postgis.schema_comment(db)
        except postgis.PostgisError as error:
            raise SettingError(str(error)) from error
        return programme.settings_from_comment(comment).get(programme.BEARING_UNIT_KEY)
    settings = programme.settings_from_comment(_gpkg_settings(str(db)))
    return settings.get(programme.BEARING_UNIT_KEY)


def bearing_unit_of(layer_or_database, feedback=None) -> str:
    """The programme's bearing unit (``deg``, ``mil6400`` or ``mil6000``) of a land release
    database: a layer of it, its GeoPackage path or its ``PgDatabase``. ``deg`` when nothing is
    stored or the layer is in no land release database; ``deg`` and a warning (to
    ``feedback``, else the QGIS message log) when the stored value is unknown or the database
    cannot be read. Never raises."""
    db = _database(layer_or_database)
    if db is None or db == "":
        return programme.DEFAULT_BEARING_UNIT
    try:
        stored = _stored_bearing_unit(db)
    except SettingError as error:
        _warn(
            _tr("The programme's bearing unit cannot be read ({}); degrees are used.").format(
                error
            ),
            feedback,
        )
        return programme.DEFAULT_BEARING_UNIT
    unit, unknown = programme.read_bearing_unit(stored)
    if unknown is not None:
        _warn(
            _tr(
                "The database {} stores the bearing unit {!r}, which is none of {}; degrees are "
                "used. Set it again with Create land release database's BEARING_UNIT or "
                "programme.set_bearing_unit."
            ).format(_label(db), unknown, ", ".join(programme.BEARING_UNITS)),
            feedback,
        )
    return unit


def set_bearing_unit(database, unit: str) -> None:
    """Store the programme's bearing unit (``deg``, ``mil6400``, ``mil6000``) in ``database``
    (a GeoPackage path or a ``PgDatabase``; for PostGIS, as the schema's owner). Raises
    SettingError with the reason."""
    try:
        code = programme.bearing_unit_code(unit)
    except programme.SettingError as error:
        raise SettingError(
            _tr("{!r} is not a programme bearing unit: use one of {}.").format(
                unit, ", ".join(programme.BEARING_UNITS)
            )
        ) from error
    db = _database(database)
    if isinstance(db, postgis.PgDatabase):
        try:
            comment = postgis.schema_comment(db)
            new = programme.comment_with(comment, **{programme.BEARING_UNIT_KEY: code})
            postgis.set_schema_comment(db, new)
        except postgis.PostgisError as error:
            raise SettingError(str(error)) from error
    else:
        path = str(db)
        _set_gpkg_settings(
            path,
            programme.comment_with(_gpkg_settings(path), **{programme.BEARING_UNIT_KEY: code}),
        )
    if _stored_bearing_unit(db) != code:
        raise SettingError(_tr("The bearing unit {} was not kept by {}.").format(code, _label(db)))


_METADATA_EXTENSION = "http://www.geopackage.org/spec120/#extension_metadata"
_METADATA_TABLES = (
    "CREATE TABLE IF NOT EXISTS gpkg_metadata (id INTEGER CONSTRAINT m_pk PRIMARY KEY ASC "
    "NOT NULL, md_scope TEXT NOT NULL DEFAULT 'dataset', md_standard_uri TEXT NOT NULL, "
    "mime_type TEXT NOT NULL DEFAULT 'text/xml', metadata TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE IF NOT EXISTS gpkg_metadata_reference (reference_scope TEXT NOT NULL, "
    "table_name TEXT, column_name TEXT, row_id_value INTEGER, timestamp DATETIME NOT NULL "
    "DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), md_file_id INTEGER NOT NULL, "
    "md_parent_id INTEGER, CONSTRAINT crmr_mfi_fk FOREIGN KEY (md_file_id) REFERENCES "
    "gpkg_metadata(id), CONSTRAINT crmr_mpi_fk FOREIGN KEY (md_parent_id) REFERENCES "
    "gpkg_metadata(id))",
    "CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT, column_name TEXT, "
    "extension_name TEXT NOT NULL, definition TEXT NOT NULL, scope TEXT NOT NULL, "
    "CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))",
)


def _gpkg_settings(path: str) -> str | None:
    """The programme settings (JSON text) of a GeoPackage, None when it has none;
    SettingError when it cannot be read."""
    if not os.path.isfile(path):
        raise SettingError(_tr("{} does not exist.").format(path))
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            if not conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'gpkg_metadata'"
            ).fetchone():
                return None
            row = conn.execute(
                "SELECT metadata FROM gpkg_metadata WHERE md_standard_uri = ? ORDER BY id",
                (programme.GPKG_SETTINGS_URI,),
            ).fetchone()
    except sqlite3.Error as error:
        raise SettingError(_tr("Cannot open the GeoPackage {}: {}").format(path, error)) from error
    return row[0] if row else None


def _set_gpkg_settings(path: str, settings_json: str) -> None:
    """Write the programme settings of a GeoPackage: one gpkg_metadata row (metadata
    extension, scope the whole GeoPackage), created with its tables when missing."""
    if not os.path.isfile(path):
        raise SettingError(_tr("{} does not exist.").format(path))
    try:
        with contextlib.closing(sqlite3.connect(path, timeout=30)) as conn, conn:
            for sql in _METADATA_TABLES:
                conn.execute(sql)
            for table in ("gpkg_metadata", "gpkg_metadata_reference"):
                conn.execute(
                    "INSERT INTO gpkg_extensions (table_name, column_name, extension_name, "
                    "definition, scope) SELECT ?, NULL, 'gpkg_metadata', ?, 'read-write' "
                    "WHERE NOT EXISTS (SELECT 1 FROM gpkg_extensions WHERE table_name = ? "
                    "AND extension_name = 'gpkg_metadata')",
                    (table, _METADATA_EXTENSION, table),
                )
            row = conn.execute(
                "SELECT id FROM gpkg_metadata WHERE md_standard_uri = ? ORDER BY id",
                (programme.GPKG_SETTINGS_URI,),
            ).fetchone()
            if row:
                conn.execute(
                    "UPDATE gpkg_metadata SET metadata = ? WHERE id = ?", (settings_json, row[0])
                )
            else:
                cursor = conn.execute(
                    "INSERT INTO gpkg_metadata (md_scope, md_standard_uri, mime_type, metadata) "
                    "VALUES ('dataset', ?, 'application/json', ?)",
                    (programme.GPKG_SETTINGS_URI, settings_json),
                )
                conn.execute(
                    "INSERT INTO gpkg_metadata_reference (reference_scope, md_file_id) "
                    "VALUES ('geopackage', ?)",
                    (cursor.lastrowid,),
                )
    except sqlite3.Error as error:
        raise SettingError(
            _tr("Cannot store the programme's settings in {}: {}").format(path, error)
        ) from error


def _label(db) -> str:
    return db.label if isinstance(db, postgis.PgDatabase) else str(db)


def _warn(message: str, feedback) -> None:
    if feedback is not None:
        feedback.pushWarning(message)
    else:
        QgsMessageLog.logMessage(message, "Land release", Qgis.Warning)
