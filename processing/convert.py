"""QGIS-side helpers of the adapters: fields from the model, new features, the metric working
CRS, ellipsoidal measures. No shapely here: the plugin must load without it."""

from __future__ import annotations

import functools
import math
import uuid

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsRectangle,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QDateTime, QMetaType, QVariant

from ..core import model

if Qgis.QGIS_VERSION_INT >= 33800:  # QgsField(name, QVariant.Type) is deprecated from 3.38
    FIELD_TYPES = {
        model.TEXT: QMetaType.QString,
        model.INTEGER: QMetaType.Int,
        model.REAL: QMetaType.Double,
        model.DATE: QMetaType.QDate,
        model.DATETIME: QMetaType.QDateTime,
    }
else:
    FIELD_TYPES = {
        model.TEXT: QVariant.String,
        model.INTEGER: QVariant.Int,
        model.REAL: QVariant.Double,
        model.DATE: QVariant.Date,
        model.DATETIME: QVariant.DateTime,
    }
_OTHER_TYPES = (
    {"bool": QMetaType.Bool, "int64": QMetaType.LongLong}
    if Qgis.QGIS_VERSION_INT >= 33800
    else {"bool": QVariant.Bool, "int64": QVariant.LongLong}
)
ELLIPSOID = "EPSG:7030"  # WGS 84


def qtype(name: str):
    """The QgsField type of a model type (text, integer, real, date, datetime) or bool/int64,
    as this QGIS wants it (QMetaType from 3.38, QVariant before)."""
    return FIELD_TYPES[name] if name in FIELD_TYPES else _OTHER_TYPES[name]


def tr(text: str) -> str:
    return QCoreApplication.translate("LandReleaseConvert", text)


def model_fields(layer_name: str) -> QgsFields:
    """The QgsFields of a land release layer, as the data model defines them."""
    fields = QgsFields()
    for f in model.layer(layer_name).fields:
        field = QgsField(f.name, FIELD_TYPES[f.type])
        if f.length:
            field.setLength(f.length)
        fields.append(field)
    return fields


@functools.lru_cache(maxsize=1)
def _user() -> str | None:
    return QgsExpressionContextUtils.globalScope().variable("user_account_name") or None


def common_values() -> dict:
    """uuid, created_at/updated_at and created_by for a new feature written by an algorithm."""
    now = QDateTime.currentDateTimeUtc()
    user = _user()
    return {
        "uuid": str(uuid.uuid4()),
        "created_at": now,
        "created_by": user or None,
        "updated_at": now,
    }


def new_feature(fields: QgsFields, values: dict, geometry: QgsGeometry | None = None) -> QgsFeature:
    feature = QgsFeature(fields)
    for name, value in {**common_values(), **values}.items():
        idx = fields.indexOf(name)
        if idx >= 0:
            feature.setAttribute(idx, value)
    if geometry is not None:
        feature.setGeometry(geometry)
    return feature


def utm_crs(longitude: float, latitude: float) -> QgsCoordinateReferenceSystem:
    """The WGS 84 / UTM zone CRS holding a point."""
    zone = min(60, max(1, int(math.floor((longitude + 180.0) / 6.0)) + 1))
    code = (32600 if latitude >= 0 else 32700) + zone
    return QgsCoordinateReferenceSystem(f"EPSG:{code}")


def working_crs(
    crs: QgsCoordinateReferenceSystem, extent: QgsRectangle, context
) -> QgsCoordinateReferenceSystem:
    """A CRS in metres to compute in: ``crs`` itself if projected in metres, else the UTM zone of
    the data's centre."""
    if not crs.isValid():
        raise QgsProcessingException(tr("The input layer has no valid CRS: set its CRS first."))
    if not crs.isGeographic() and crs.mapUnits() == QgsUnitTypes.DistanceMeters:
        return crs
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    centre = QgsPointXY(extent.center())
    if crs != wgs84:
        centre = QgsCoordinateTransform(crs, wgs84, context.transformContext()).transform(centre)
    if not (math.isfinite(centre.x()) and math.isfinite(centre.y())):
        raise QgsProcessingException(tr("The extent of the input cannot be placed on the earth."))
    return utm_crs(centre.x(), centre.y())


def distance_area(crs: QgsCoordinateReferenceSystem, context) -> QgsDistanceArea:
    da = QgsDistanceArea()
    da.setSourceCrs(crs, context.transformContext())
    da.setEllipsoid(ELLIPSOID)
    return da


def transform_back(geometry: QgsGeometry, from_crs, to_crs, context) -> QgsGeometry:
    if from_crs != to_crs:
        geometry.transform(QgsCoordinateTransform(from_crs, to_crs, context.transformContext()))
    return geometry
