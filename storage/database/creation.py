"""Creating a land release database from the data model: a GeoPackage (tables, triggers, then
styles, written under a temporary name and renamed at the end) or a PostGIS schema."""

from __future__ import annotations

import os
import uuid as uuid_module
from pathlib import Path

from osgeo import ogr, osr
from qgis.core import QgsCoordinateReferenceSystem
from qgis.PyQt.QtCore import QCoreApplication

from ...core import model
from .. import postgis
from .columns import create_model_table
from .edit_log_triggers import _log_chain_table_sql
from .gpkg_access import DatabaseError, _execute
from .project import configure_layer
from .schema_triggers import _schema_triggers
from .stored_styles import _write_styles


def tr(text: str) -> str:
    return QCoreApplication.translate("LandReleaseDatabase", text)


def _spatial_reference(crs: QgsCoordinateReferenceSystem) -> osr.SpatialReference:
    srs = osr.SpatialReference()
    if srs.SetFromUserInput(crs.authid() or crs.toWkt()) != 0:
        raise DatabaseError(tr("The CRS {} cannot be used for a GeoPackage.").format(crs.authid()))
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _create_tables(path: str, crs: QgsCoordinateReferenceSystem) -> None:
    driver = ogr.GetDriverByName("GPKG")
    try:
        ds = driver.CreateDataSource(
            # No gpkg_ogr_contents: GDAL drops and re-creates its feature-count triggers at every
            # commit, a schema change that makes concurrent map renders fail now and then.
            path,
            options=["ADD_GPKG_OGR_CONTENTS=NO"],
        )
    except RuntimeError:
        ds = None
    if ds is None:
        raise DatabaseError(tr("Cannot create the GeoPackage {}.").format(path))
    try:
        srs = _spatial_reference(crs)
        for definition in model.LAYERS:
            failed = create_model_table(ds, definition, srs)
            if failed and not failed[1]:
                raise DatabaseError(tr("Cannot create the layer {}.").format(definition.name))
            if failed:
                raise DatabaseError(tr("Cannot create the field {}.{}.").format(*failed))
        _execute(ds, _log_chain_table_sql())
        from ..field.identity import gpkg_info_sql  # storage.field imports storage.database

        for sql in gpkg_info_sql(str(uuid_module.uuid4())):
            _execute(ds, sql)
        for sql in _schema_triggers():
            _execute(ds, sql)
    finally:
        ds = None


def create_geopackage(path: str, crs: QgsCoordinateReferenceSystem, feedback=None) -> str:
    """Create the land release GeoPackage ``path`` with every layer, trigger, style and form.

    The file is written under a temporary name (by GDAL alone) and renamed at the end, so a
    failure leaves no half-made database. An existing file is never overwritten.
    """
    target = Path(path)
    if target.suffix.lower() != ".gpkg":
        raise DatabaseError(tr("The database file name must end in .gpkg: {}").format(path))
    if target.exists():
        raise DatabaseError(
            tr(
                "{} already exists. A land release database is never overwritten: "
                "choose a new file name."
            ).format(path)
        )
    if not crs.isValid():
        raise DatabaseError(tr("The storage CRS is not valid."))
    if not target.parent.is_dir():
        raise DatabaseError(tr("The folder {} does not exist.").format(target.parent))
    temporary = target.with_name(f".{target.stem}.{uuid_module.uuid4().hex[:8]}.gpkg")
    try:
        _create_tables(str(temporary), crs)
        if feedback:
            feedback.setProgress(50)
        _write_styles(str(temporary), crs)
        if target.exists():
            raise DatabaseError(tr("{} appeared while it was being created.").format(path))
        os.replace(temporary, target)
    except RuntimeError as error:  # GDAL with exceptions on
        raise DatabaseError(tr("Cannot create {}: {}").format(path, error)) from error
    finally:
        for leftover in (temporary, Path(f"{temporary}-wal"), Path(f"{temporary}-shm")):
            if leftover.exists():
                leftover.unlink()
    if feedback:
        feedback.setProgress(100)
    return str(target)


def create_postgis(target, crs: QgsCoordinateReferenceSystem, feedback=None):
    """Create the land release schema ``target`` (a ``postgis.PgDatabase``) with every table,
    trigger, role, grant and stored style; nothing is left behind on failure."""
    try:
        return postgis.create(target, crs, configure_layer, feedback)
    except postgis.PostgisError as error:
        raise DatabaseError(str(error)) from error
