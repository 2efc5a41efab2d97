"""The polygons of releases, hazards and records: as shapely shapes, in the release layer's
CRS, their ellipsoidal area, and what makes one unfit to save."""

from __future__ import annotations

import math

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from .layers import ReleaseLayers


def tr(text: str) -> str:
    return QCoreApplication.translate("LandReleaseRecording", text)


def _area_function(layer: QgsVectorLayer):
    from ...qgis_io.geometry import EllipsoidalArea

    return EllipsoidalArea(layer.crs(), QgsProject.instance())


def _shapely(geometry: QgsGeometry):
    from ...qgis_io.geometry import shapely_of  # shapely 2 only when saving

    return shapely_of(geometry)


def _hazard_geometry(layers: ReleaseLayers, hazard: QgsFeature) -> QgsGeometry:
    geometry = QgsGeometry(hazard.geometry())
    if layers.hazard.crs() != layers.release.crs():
        geometry.transform(
            QgsCoordinateTransform(
                layers.hazard.crs(), layers.release.crs(), QgsProject.instance().transformContext()
            )
        )
    return geometry


def _finite_coordinates(geometry: QgsGeometry) -> bool:
    return all(
        math.isfinite(vertex.x()) and math.isfinite(vertex.y()) for vertex in geometry.vertices()
    )


def _has_position(geometry) -> bool:
    return (
        geometry is not None
        and not geometry.isNull()
        and not geometry.isEmpty()
        and _finite_coordinates(geometry)
    )


def _polygon_problem(geometry, empty: str, not_polygon: str, invalid: str, parts: str):
    """The first of the given sentences that applies to ``geometry``, else None: a record is
    one valid polygon with finite coordinates."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return empty
    if QgsWkbTypes.geometryType(geometry.wkbType()) != QgsWkbTypes.PolygonGeometry:
        return not_polygon
    if not _finite_coordinates(geometry):
        return tr(
            "The polygon has a vertex without a position (NaN or infinite coordinates): draw "
            "it or import it again."
        )
    if not geometry.isGeosValid():
        return invalid
    if geometry.isMultipart() and len(geometry.asGeometryCollection()) > 1:
        return parts
    return None


def _single_part(geometry: QgsGeometry) -> QgsGeometry:
    """A copy of a polygon that passed ``_polygon_problem``, as a single polygon (a
    multipolygon of one part becomes that part), as the tables store it."""
    geometry = QgsGeometry(geometry)
    if geometry.isMultipart():
        geometry.convertToSingleType()
    return geometry
