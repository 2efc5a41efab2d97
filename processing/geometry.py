"""Geometries between QGIS and shapely 2 (through WKB), for the algorithms that use ``core``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import shapely
from qgis.core import QgsCoordinateReferenceSystem, QgsFeatureRequest, QgsGeometry
from qgis.PyQt.QtCore import QVariant

from .convert import distance_area


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


def ellipsoidal_areas(
    geometries: Iterable, crs: QgsCoordinateReferenceSystem, context
) -> list[float]:
    """Ellipsoidal (WGS 84) areas in m² of shapely geometries given in ``crs``."""
    da = distance_area(crs, context)
    return [da.measureArea(to_qgs(g)) for g in geometries]
