"""The programme's area of a land release database, read from QGIS layers (see core/area.py)."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsFeatureRequest,
    QgsMapLayer,
    QgsRectangle,
    QgsVectorLayer,
)

from ..core import area
from . import database, postgis, recording

DISTRICT = "district"
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


def district_layer(db) -> QgsVectorLayer | None:
    """The district layer of a land release database (a GeoPackage path or a ``PgDatabase``)."""
    if isinstance(db, postgis.PgDatabase):
        layer = QgsVectorLayer(db.layer_source(DISTRICT), DISTRICT, postgis.PROVIDER)
    else:
        layer = QgsVectorLayer(database.layer_uri(db, DISTRICT), DISTRICT, "ogr")
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
        districts = district_layer(db)
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
