"""The one GDAL transaction a save runs in, and what every save does inside it: the locks
against another officer's save, the rows written, the user named on the edit log. A failure or
a crash before the commit leaves the database as it was."""

from __future__ import annotations

import datetime
import time

from osgeo import gdal, ogr
from qgis.core import Qgis, QgsGeometry, QgsMessageLog
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QDate, QDateTime, Qt

from ...qgis_io.values import is_null
from .. import postgis
from .layers import HAZARD, LOG, ReleaseLayers
from .refusals import (
    LOG_TAG,
    MIN_FREE_BYTES_AFTER,
    _conflict_message,
    _disk_full,
    _gpkg_write_problem,
    _postgis_message,
    _read_only_file,
    _refused_message,
)

# How long a save waits for another officer's save on the same hazard before giving up.
LOCK_TIMEOUT_S = 30


def tr(text: str) -> str:
    return QCoreApplication.translate("LandReleaseRecording", text)


class SaveError(Exception):
    """A release cannot be saved (or undone); the message says why. Nothing was written."""


class _Transaction:
    """One GDAL update transaction on the database (a GeoPackage path or a PostGIS
    ``PgDatabase``); rolled back unless committed.

    Two officers saving at the same moment are serialised: on PostGIS by row locks on the
    hazards concerned (``lock_hazards``), waiting up to ``LOCK_TIMEOUT_S``; on a GeoPackage by
    taking SQLite's write lock at the start, before anything is read.
    """

    def __init__(self, database):
        self.database = database
        self.postgis = isinstance(database, postgis.PgDatabase)
        self.name = database.gdal_name() if self.postgis else database
        self.label = database.label if self.postgis else database
        self.ds = None

    def __enter__(self):
        problem = None if self.postgis else _gpkg_write_problem(self.name)
        if problem:
            raise SaveError(problem)
        gdal.ErrorReset()
        try:
            self.ds = gdal.OpenEx(self.name, gdal.OF_VECTOR | gdal.OF_UPDATE)
        except RuntimeError as error:
            raise SaveError(self.explain(str(error), opening=True)) from error
        if self.ds is None:
            raise SaveError(self.explain(gdal.GetLastErrorMsg(), opening=True))
        if self.postgis:
            self._begin()
            self.sql(f"SET LOCAL lock_timeout = '{LOCK_TIMEOUT_S}s'")
            return self
        # A write first: SQLite takes its write lock now, so what this transaction reads next
        # is the latest committed state and no one else can change it before the commit. While
        # another save holds the lock, SQLite answers "locked" at once (GDAL keeps a read open,
        # so its busy handler does not wait): begin again until the lock is free.
        deadline = time.monotonic() + LOCK_TIMEOUT_S
        while True:
            self._begin()
            try:
                self.sql(f'UPDATE "{HAZARD}" SET fid = fid WHERE 0')
                return self
            except SaveError as error:
                self.ds.RollbackTransaction()
                if "locked" not in str(error) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _begin(self) -> None:
        if self._call(self.ds.StartTransaction) != 0:
            raise SaveError(tr("Cannot start a transaction on {}.").format(self.label))

    def lock_hazards(self, hazard_ids) -> None:
        """Lock the hazards' rows until commit (PostGIS), in a fixed order against deadlocks."""
        ids = sorted({str(h) for h in hazard_ids if h is not None})
        if self.postgis and ids:
            listed = ", ".join(_quote(h) for h in ids)
            self.sql(
                f'SELECT hazard_id FROM "{HAZARD}" WHERE hazard_id IN ({listed}) '
                "ORDER BY hazard_id FOR UPDATE"
            )

    def _call(self, function, *args):
        gdal.ErrorReset()
        try:
            result = function(*args)
        except RuntimeError as error:
            raise SaveError(self.explain(str(error))) from error
        if gdal.GetLastErrorType() >= gdal.CE_Failure:
            raise SaveError(self.explain(gdal.GetLastErrorMsg()))
        return result

    def explain(self, message: str, opening: bool = False) -> str:
        """The database's error in words an officer can act on, never its SQL; the original
        goes to the message log for the administrator."""
        if message.strip():
            QgsMessageLog.logMessage(
                tr("Saving to {} failed: {}").format(self.label, message.strip()),
                LOG_TAG,
                Qgis.Warning,
            )
        lowered = message.lower()
        if self.postgis:
            return _postgis_message(self.label, message)
        if "disk is full" in lowered or "no space left" in lowered:
            return _disk_full(self.name)
        if "readonly" in lowered or "read-only" in lowered or "read only" in lowered:
            return _gpkg_write_problem(self.name) or _read_only_file(self.name)
        if opening or "disk i/o error" in lowered or "unable to open" in lowered:
            found = _gpkg_write_problem(self.name, min_free_bytes=MIN_FREE_BYTES_AFTER)
            if found:
                return found
        return _conflict_message(message) or _refused_message(self.label, message)

    def layer(self, name: str) -> ogr.Layer:
        lyr = self.ds.GetLayerByName(name)
        if lyr is None:
            raise SaveError(tr("The database has no layer {}.").format(name))
        return lyr

    def insert(self, name: str, values: dict, geometry: QgsGeometry | None) -> int:
        lyr = self.layer(name)
        row = ogr.Feature(lyr.GetLayerDefn())
        _set_fields(row, values)
        if geometry is not None and not geometry.isNull():
            row.SetGeometry(ogr.CreateGeometryFromWkb(bytes(geometry.asWkb())))
        if self._call(lyr.CreateFeature, row) != 0:
            raise SaveError(tr("Cannot write to {}.").format(name))
        return row.GetFID()

    def sql(self, statement: str):
        result = self._call(self.ds.ExecuteSQL, statement)
        if result is not None:
            rows = [[f.GetField(i) for i in range(f.GetFieldCount())] for f in result]
            self.ds.ReleaseResultSet(result)
            return rows
        return []

    def commit(self) -> None:
        if self._call(self.ds.CommitTransaction) != 0:
            raise SaveError(tr("The database refused the commit."))

    def __exit__(self, kind, error, trace):
        if kind is not None and self.ds is not None:
            try:
                self.ds.RollbackTransaction()
            except RuntimeError:
                pass
        self.ds = None
        return False


def _ogr_value(value):
    if is_null(value):
        return None
    if isinstance(value, QDateTime):
        return value.toUTC().toString(Qt.ISODateWithMs) if value.isValid() else None
    if isinstance(value, QDate):
        return value.toString(Qt.ISODate) if value.isValid() else None
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    return value


def _set_fields(row: ogr.Feature, values: dict) -> None:
    defn = row.GetDefnRef()
    for name, value in values.items():
        index = defn.GetFieldIndex(name)
        if index < 0:
            continue
        value = _ogr_value(value)
        if value is None:
            row.SetFieldNull(index)
        else:
            row.SetField(index, value)


def _quote(value: str) -> str:
    return "'" + str(value).replace("'", "''") + "'"


def _log_start(tx: _Transaction) -> int:
    if tx.postgis or tx.ds.GetLayerByName(LOG) is None:
        return 0
    rows = tx.sql(f'SELECT coalesce(max(fid), 0) FROM "{LOG}"')
    return int(rows[0][0]) if rows else 0


def _sign_log(tx: _Transaction, since: int, user: str | None) -> None:
    """Name the user on the edit_log rows the triggers wrote in this transaction (GeoPackage;
    on PostGIS the trigger itself names the database login)."""
    if user and not tx.postgis and tx.ds.GetLayerByName(LOG) is not None:
        tx.sql(
            f'UPDATE "{LOG}" SET changed_by = {_quote(user)} '
            f"WHERE fid > {since} AND changed_by IS NULL"
        )


def _user() -> str | None:
    from ...qgis_io.convert import common_values

    return common_values().get("created_by")


def _refuse_pending_edits(layers: ReleaseLayers, more=()) -> None:
    for layer in (layers.release, layers.hazard, layers.survey_point, *more):
        if layer is None or sip.isdeleted(layer):
            continue
        if layer.isEditable() and layer.isModified():
            raise SaveError(
                tr("The layer {} has unsaved edits: save or discard them first.").format(
                    layer.name()
                )
            )


def _before_commit_hook() -> None:
    """``recording._before_commit`` when set: called after everything is written and before
    the commit (tests kill the process or hold the save there)."""
    from .. import recording

    if recording._before_commit is not None:
        recording._before_commit()
