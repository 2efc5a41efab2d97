"""Geometries between QGIS and shapely 2 (through WKB), for the algorithms that use ``core``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import shapely
from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsFeatureRequest, QgsGeometry
from qgis.PyQt.QtCore import QVariant

from .convert import distance_area


@dataclass
class ShapelyLayer:
    """Geometries of a feature source in the working CRS, with attribute columns."""

    geometries: np.ndarray  # of shapely geometries
    columns: dict[str, list]  # field name -> values, NULL as None
    skipped_no_geometry: int

    @property
    def attributes(self) -> list[dict]:
        """The attributes as one dict per feature (for small layers)."""
        names = list(self.columns)
        return (
            [dict(zip(names, row)) for row in zip(*self.columns.values())]
            if names
            else [{} for _ in range(len(self.geometries))]
        )


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
    indices = [source.fields().indexOf(n) for n in names]
    wkbs: list[bytes] = []
    rows: list[list] = []
    skipped = 0
    feature = QgsFeature()
    iterator = source.getFeatures(request)
    while iterator.nextFeature(feature):
        if feedback is not None and len(wkbs) % 10000 == 0 and feedback.isCanceled():
            break
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            skipped += 1
            continue
        wkbs.append(bytes(geometry.asWkb()))
        if indices:
            rows.append([feature.attribute(i) for i in indices])
    geometries = shapely.from_wkb(wkbs) if wkbs else np.empty(0, dtype=object)
    columns = {n: [_python(r[k]) for r in rows] for k, n in enumerate(names)}
    return ShapelyLayer(np.asarray(geometries, dtype=object), columns, skipped)


def _python(value):
    """NULL QVariants as None."""
    if value is None:
        return None
    if isinstance(value, QVariant) and value.isNull():
        return None
    return value


def to_qgs(geometry) -> QgsGeometry:
    result = QgsGeometry()
    result.fromWkb(shapely.to_wkb(geometry, output_dimension=2))
    return result


def ellipsoidal_areas(
    geometries: Iterable, crs: QgsCoordinateReferenceSystem, context
) -> list[float]:
    """Ellipsoidal (WGS 84) areas in m² of shapely geometries given in ``crs``."""
    da = distance_area(crs, context)
    return [da.measureArea(to_qgs(g)) for g in geometries]


class EllipsoidalArea:
    """Ellipsoidal (WGS 84) areas in m² of an array of shapely geometries given in ``crs``, by
    ``QgsDistanceArea``: the function the land release accounting calls once per run."""

    def __init__(self, crs: QgsCoordinateReferenceSystem, context):
        self.distance_area = distance_area(crs, context)

    def __call__(self, geometries) -> np.ndarray:
        geometries = np.asarray(geometries, dtype=object).reshape(-1)
        result = np.zeros(len(geometries))
        if not len(geometries):
            return result
        planar = shapely.area(geometries)  # NaN for None, 0 for empty or not polygonal
        measure = self.distance_area.measureArea
        for i in np.flatnonzero(np.nan_to_num(planar) > 0):
            result[i] = measure(to_qgs(geometries[i]))
        return result
