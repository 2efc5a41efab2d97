"""Conversions between QGIS and the core: fields from the model, geometries as shapely arrays,
the metric working CRS, ellipsoidal areas."""

from __future__ import annotations

import math
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import shapely
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
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
ELLIPSOID = "EPSG:7030"  # WGS 84


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


def common_values() -> dict:
    """uuid, created_at/updated_at and created_by for a new feature written by an algorithm."""
    now = QDateTime.currentDateTimeUtc()
    user = QgsExpressionContextUtils.globalScope().variable("user_account_name")
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


@dataclass
class ShapelyLayer:
    """Geometries of a feature source in the working CRS, with their attributes."""

    geometries: np.ndarray  # of shapely geometries
    attributes: list[dict]
    skipped_no_geometry: int


def read_source(
    source,
    to_crs: QgsCoordinateReferenceSystem,
    context,
    fields: Sequence[str] = (),
    feedback=None,
) -> ShapelyLayer:
    """All features of ``source`` transformed to ``to_crs`` as shapely geometries (via WKB)."""
    request = QgsFeatureRequest()
    request.setDestinationCrs(to_crs, context.transformContext())
    names = [n for n in fields if n and source.fields().indexOf(n) >= 0]
    request.setSubsetOfAttributes(names, source.fields())
    wkbs: list[bytes] = []
    attributes: list[dict] = []
    skipped = 0
    for feature in source.getFeatures(request):
        if feedback is not None and feedback.isCanceled():
            break
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            skipped += 1
            continue
        wkbs.append(bytes(geometry.asWkb()))
        attributes.append({n: _python(feature[n]) for n in names})
    geometries = shapely.from_wkb(wkbs) if wkbs else np.empty(0, dtype=object)
    return ShapelyLayer(np.asarray(geometries, dtype=object), attributes, skipped)


def _python(value):
    """NULL QVariants as None."""
    if value is None:
        return None
    if isinstance(value, QVariant) and value.isNull():
        return None
    return value


def to_qgs(geometry) -> QgsGeometry:
    result = QgsGeometry()
    result.fromWkb(shapely.to_wkb(geometry))
    return result


def distance_area(crs: QgsCoordinateReferenceSystem, context) -> QgsDistanceArea:
    da = QgsDistanceArea()
    da.setSourceCrs(crs, context.transformContext())
    da.setEllipsoid(ELLIPSOID)
    return da


def ellipsoidal_areas(
    geometries: Iterable, crs: QgsCoordinateReferenceSystem, context
) -> list[float]:
    """Ellipsoidal (WGS 84) areas in m² of shapely geometries given in ``crs``."""
    da = distance_area(crs, context)
    return [da.measureArea(to_qgs(g)) for g in geometries]


def transform_back(geometry: QgsGeometry, from_crs, to_crs, context) -> QgsGeometry:
    if from_crs != to_crs:
        geometry.transform(QgsCoordinateTransform(from_crs, to_crs, context.transformContext()))
    return geometry


def project_of(context) -> QgsProject:
    return context.project() or QgsProject.instance()
