"""The area of geometries on the WGS 84 ellipsoid, as the stored figures are measured."""

from __future__ import annotations

import math

import numpy as np
import shapely
from pyproj import CRS, Geod, Proj, Transformer

from ..progress import object_array

WGS84 = "EPSG:4326"
WGS84_GEOD = Geod(ellps="WGS84")
EXACT_EXTENT_M = 10_000.0  # larger geometries get the geodesic area, not the scale-factor one


def ellipsoidal_areas(geometries, crs, exact: bool = False) -> np.ndarray:
    """The area on the WGS 84 ellipsoid (m²) of each (multi)polygon of ``geometries`` given in
    ``crs``; 0 for None, empty and non-polygonal geometries, NaN where the coordinates cannot
    be turned into longitude and latitude.

    In a projected CRS, a geometry smaller than ``EXACT_EXTENT_M`` across gets its planar area
    divided by the CRS's areal scale factor at its centroid (vectorised; within about 1e-7 of
    the geodesic area for LOC-sized polygons); larger ones, all of them in a geographic CRS,
    and all with ``exact``, get the geodesic area of their vertices (``pyproj.Geod``)."""
    geoms = object_array(geometries)
    out = np.zeros(len(geoms))
    if not len(geoms):
        return out
    planar = shapely.area(geoms)
    idx = np.flatnonzero(np.nan_to_num(planar) > 0)
    if not len(idx):
        return out
    source = CRS.from_user_input(crs)
    to_lonlat = Transformer.from_crs(source, WGS84, always_xy=True)
    todo = idx
    if source.is_projected and not exact:
        bounds = shapely.bounds(geoms[idx])
        extent = np.hypot(bounds[:, 2] - bounds[:, 0], bounds[:, 3] - bounds[:, 1])
        centre = shapely.get_coordinates(shapely.centroid(geoms[idx]))
        scale = _areal_scale(source, to_lonlat, centre)
        with np.errstate(invalid="ignore", divide="ignore"):
            approx = planar[idx] / scale
        out[idx] = approx
        todo = idx[(extent > EXACT_EXTENT_M) | ~np.isfinite(approx) | ~(approx > 0)]
    for i in todo:
        out[i] = _geodesic_area(geoms[i], to_lonlat)
    return out


def _areal_scale(source: CRS, to_lonlat: Transformer, xy: np.ndarray) -> np.ndarray:
    """The areal scale factor of the projected CRS ``source`` at each point (NaN if unknown)."""
    with np.errstate(invalid="ignore"):
        lon, lat = to_lonlat.transform(xy[:, 0], xy[:, 1], errcheck=False)
    try:
        factors = Proj(source).get_factors(
            np.asarray(lon, float), np.asarray(lat, float), errcheck=False
        )
    except Exception:  # noqa: BLE001 - a CRS PROJ has no factors for: geodesic areas instead
        return np.full(len(xy), np.nan)
    return np.asarray(factors.areal_scale, dtype=float)


def _geodesic_area(geometry, to_lonlat: Transformer) -> float:
    """The geodesic area (m²) of a (multi)polygon's vertices on WGS 84, holes subtracted."""

    def lonlat(xy: np.ndarray) -> np.ndarray:
        with np.errstate(invalid="ignore"):
            lon, lat = to_lonlat.transform(xy[:, 0], xy[:, 1], errcheck=False)
        return np.column_stack([lon, lat])

    total = 0.0
    for part in shapely.get_parts(geometry):
        if shapely.get_type_id(part) != 3 or part.is_empty:
            continue
        rings = [part.exterior, *part.interiors]
        areas = []
        for ring in rings:
            xy = lonlat(shapely.get_coordinates(ring))
            if not np.isfinite(xy).all():
                return math.nan
            areas.append(abs(WGS84_GEOD.polygon_area_perimeter(xy[:, 0], xy[:, 1])[0]))
        total += areas[0] - sum(areas[1:])
    return total
