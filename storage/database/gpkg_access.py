"""A land release GeoPackage through GDAL: its layer sources, opening it, running SQL; and the
error every database function raises."""

from __future__ import annotations

from osgeo import gdal

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


def _sql_text(text: str) -> str:
    """``text`` as an SQL string literal."""
    return "'" + text.replace("'", "''") + "'"
