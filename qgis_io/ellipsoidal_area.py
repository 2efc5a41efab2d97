"""Ellipsoidal areas of many shapely geometries, ``QgsDistanceArea``'s figures to the bit.

``qgis_io.geometry.EllipsoidalArea`` turns each geometry into WKB with its own shapely call
(13 µs each: half of the accounting's area time on 25,000 pieces); here the WKB of all of them is
written by one vectorised call, and ``QgsDistanceArea.measureArea`` measures each as before, so
the figures are the same.
"""

from __future__ import annotations

import numpy as np
import shapely
from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry

from .convert import distance_area


class BulkEllipsoidalArea:
    """Ellipsoidal (WGS 84) areas in m² of an array of shapely geometries given in ``crs``
    (0 where the planar area is not positive): ``EllipsoidalArea``'s figures."""

    def __init__(self, crs: QgsCoordinateReferenceSystem, context):
        self.distance_area = distance_area(crs, context)

    def __call__(self, geometries) -> np.ndarray:
        geometries = np.asarray(geometries, dtype=object).reshape(-1)
        result = np.zeros(len(geometries))
        measured = np.flatnonzero(np.nan_to_num(shapely.area(geometries)) > 0)
        if not len(measured):
            return result
        measure = self.distance_area.measureArea
        geometry = QgsGeometry()
        wkbs = shapely.to_wkb(geometries[measured], output_dimension=2)
        for i, wkb in zip(measured.tolist(), wkbs.tolist()):
            geometry.fromWkb(wkb)
            result[i] = measure(geometry)
        return result
