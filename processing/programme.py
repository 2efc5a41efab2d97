"""The programme's area and settings of a land release database, read from QGIS layers:
the area its points may lie in (see core/area.py) and its bearing unit (core/programme.py)."""

from __future__ import annotations

import os

from osgeo import gdal
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsFeatureRequest,
    QgsMapLayer,
    QgsMessageLog,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingUtils,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core import area, programme
from . import database, postgis, recording

DISTRICT = "district"
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


def database_layer(db, name: str) -> QgsVectorLayer | None:
    """The layer ``name`` of a land release database (a GeoPackage path or a ``PgDatabase``),
    None if it cannot be opened."""
    if isinstance(db, postgis.PgDatabase):
        layer = QgsVectorLayer(db.layer_source(name), name, postgis.PROVIDER)
    else:
        layer = QgsVectorLayer(database.layer_uri(db, name), name, "ogr")
    return layer if layer.isValid() else None


def districts_extent_lonlat(layer: QgsVectorLayer) -> QgsRectangle | None:
    """The extent of the districts' geometries in WGS 84 degrees, None if there are none."""
    to_wgs84 = QgsCoordinateTransform(layer.crs(), WGS84, QgsCoordinateTransformContext())
    extent = None
    for feature in layer.getFeatures(QgsFeatureRequest().setNoAttributes()):
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        try:
            geometry.transform(to_wgs84)
        except QgsCsException:
            continue
        box = geometry.boundingBox()
        if extent is None:
            extent = QgsRectangle(box)
        else:
            extent.combineExtentWith(box)
    return extent


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


def source_layer(algorithm, parameters, name: str, context) -> QgsVectorLayer | None:
    """The layer behind the feature source parameter ``name``, also when only its selected
    features are given (``parameterAsVectorLayer`` does not resolve those)."""
    layer = algorithm.parameterAsVectorLayer(parameters, name, context)
    if layer is not None:
        return layer
    value = parameters.get(name)
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        text = value.source.valueAsString(context.expressionContext(), "")
        text = text[0] if isinstance(text, tuple) else text  # (value, ok) in some bindings
        found = QgsProcessingUtils.mapLayerFromString(text, context) if text else None
        if isinstance(found, QgsVectorLayer):
            return found
    return None


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
        districts = database_layer(db, DISTRICT)
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
    ds = database.open_gpkg(str(db), update=False)
    if ds is None:
        raise SettingError(_tr("Cannot open the GeoPackage {}.").format(db))
    try:
        return ds.GetMetadataItem(programme.GPKG_METADATA_ITEM)
    finally:
        ds = None


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
        _set_gpkg_item(str(db), programme.GPKG_METADATA_ITEM, code)
    if _stored_bearing_unit(db) != code:
        raise SettingError(_tr("The bearing unit {} was not kept by {}.").format(code, _label(db)))


def _set_gpkg_item(path: str, key: str, value: str) -> None:
    """One GDAL dataset metadata item of a GeoPackage (GDAL keeps it in gpkg_metadata)."""
    if not os.path.isfile(path):
        raise SettingError(_tr("{} does not exist.").format(path))
    ds = database.open_gpkg(path, update=True)
    if ds is None:
        raise SettingError(_tr("Cannot open the GeoPackage {} to write to it.").format(path))
    gdal.ErrorReset()
    try:
        ds.SetMetadataItem(key, value)
        ds.FlushCache()
    except RuntimeError as error:
        raise SettingError(str(error)) from error
    finally:
        ds = None  # closing writes the metadata
    if gdal.GetLastErrorType() >= gdal.CE_Failure:
        raise SettingError(gdal.GetLastErrorMsg())


def _label(db) -> str:
    return db.label if isinstance(db, postgis.PgDatabase) else str(db)


def _warn(message: str, feedback) -> None:
    if feedback is not None:
        feedback.pushWarning(message)
    else:
        QgsMessageLog.logMessage(message, "Land release", Qgis.Warning)
