"""QGIS CRSs as core reads them, and the working CRS of points typed by hand.

``core`` computes with pyproj from a plain CRS description (an EPSG code or WKT); these give it
from a ``QgsCoordinateReferenceSystem``. (``convert.working_crs`` chooses the working CRS of a
layer's data, from its extent; :func:`points_working_crs` that of points typed one by one.)
"""

from __future__ import annotations

import math
import re

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeatureRequest,
    QgsGeometry,
    QgsRectangle,
)

from ..core import model
from ..core.coordinates import CoordinateError, LonLat, grid_zone, utm_zone


def pyproj_crs(crs: QgsCoordinateReferenceSystem) -> str:
    """``crs`` as pyproj reads it: its authority code, else its WKT."""
    authid = crs.authid()
    if authid.upper().startswith(("EPSG:", "ESRI:", "IGNF:")):
        return authid
    variant = getattr(QgsCoordinateReferenceSystem, "WKT_PREFERRED", None)
    if variant is None:  # QGIS >= 3.36 without the old enum names
        variant = Qgis.CrsWktVariant.Preferred
    return crs.toWkt(variant)


def utm_crs(longitude: float, latitude: float) -> QgsCoordinateReferenceSystem:
    """The WGS 84 / UTM CRS of a point's plain 6° zone: the CRS a layer's data is computed in."""
    zone, hemisphere = grid_zone(longitude, latitude)
    return QgsCoordinateReferenceSystem(f"EPSG:{(32600 if hemisphere == 'N' else 32700) + zone}")


def utm_crs_of(lonlat: LonLat) -> QgsCoordinateReferenceSystem:
    """The WGS 84 / UTM zone of a point (core.coordinates' zones); CoordinateError beyond them."""
    zone, hemisphere = utm_zone(lonlat.lon, lonlat.lat)
    return QgsCoordinateReferenceSystem(f"EPSG:{(32600 if hemisphere == 'N' else 32700) + zone}")


def utm_defaults(crs: QgsCoordinateReferenceSystem) -> tuple[int, str] | None:
    """(zone, hemisphere) of a UTM CRS, else None."""
    if not crs.isValid():
        return None
    proj = crs.toProj()
    match = re.search(r"\+proj=utm\b.*?\+zone=(\d+)", proj)
    if not match:
        return None
    return int(match.group(1)), "S" if "+south" in proj else "N"


def points_working_crs(
    target: QgsCoordinateReferenceSystem, first: LonLat | None
) -> QgsCoordinateReferenceSystem:
    """The CRS typed points are computed in: the target layer's if it is projected, else the UTM
    zone of the first point (else the model's default CRS)."""
    if target.isValid() and not target.isGeographic():
        return target
    if first is not None:
        try:
            return utm_crs_of(first)
        except CoordinateError:
            pass
    return QgsCoordinateReferenceSystem(model.DEFAULT_CRS)


def extent_lonlat(
    source, crs: QgsCoordinateReferenceSystem, transform_context
) -> QgsRectangle | None:
    """The extent of the geometries of ``source`` (a layer or feature source in ``crs``) in WGS 84
    degrees; geometries that cannot be placed on the earth are left out; None if none is left."""
    to_wgs84 = QgsCoordinateTransform(
        crs, QgsCoordinateReferenceSystem("EPSG:4326"), transform_context
    )
    extent = None
    for feature in source.getFeatures(QgsFeatureRequest().setNoAttributes()):
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        try:
            geometry.transform(to_wgs84)
        except QgsCsException:
            continue
        box = geometry.boundingBox()
        corners = (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum())
        if not all(math.isfinite(v) for v in corners):
            continue
        if extent is None:
            extent = QgsRectangle(box)
        else:
            extent.combineExtentWith(box)
    return extent


_POINT_WKB = [("order", "u1"), ("type", "<u4"), ("x", "<f8"), ("y", "<f8")]
_MULTI_HEADER = [("order", "u1"), ("type", "<u4"), ("n", "<u4")]


def lonlat_arrays(xs, ys, crs: QgsCoordinateReferenceSystem, transform_context):
    """Longitudes and latitudes (WGS 84) of the points ``xs``, ``ys`` in ``crs``, transformed by
    QGIS in one call; None when a point cannot be transformed (the caller then goes point by
    point)."""
    import numpy as np

    xs, ys = np.asarray(xs, float), np.asarray(ys, float)
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    if not len(xs) or crs == wgs84:
        return xs.copy(), ys.copy()
    return transformed_arrays(xs, ys, QgsCoordinateTransform(crs, wgs84, transform_context))


def transformed_arrays(xs, ys, transform: QgsCoordinateTransform):
    """The points ``xs``, ``ys`` through ``transform`` as two arrays, in one call (one multipoint,
    its WKB written and read as arrays); None when QGIS cannot transform one of them."""
    import numpy as np

    points = np.empty(len(xs), dtype=_POINT_WKB)
    points["order"], points["type"], points["x"], points["y"] = 1, 1, xs, ys
    header = np.array([(1, 4, len(xs))], dtype=_MULTI_HEADER)
    geometry = QgsGeometry()
    geometry.fromWkb(header.tobytes() + points.tobytes())
    try:
        geometry.transform(transform)
    except QgsCsException:
        return None
    wkb = bytes(geometry.asWkb())
    if len(wkb) != header.nbytes + points.nbytes or wkb[:1] != b"\x01":
        return None
    moved = np.frombuffer(wkb, dtype=_POINT_WKB, offset=header.nbytes)
    return moved["x"].copy(), moved["y"].copy()
