"""The programme's area: ``outside_area``, a feature with a vertex outside the area where the
programme works (or not a finite number): a swapped latitude and longitude, a decimal comma, a
wrong UTM or Gauss–Krüger zone."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Optional

import numpy as np
import shapely
from pyproj import CRS, Transformer

from ..area import ProgrammeArea
from ..progress import object_array
from .ellipsoidal_area import WGS84, WGS84_GEOD
from .findings import NOWHERE, Finding, make_finding
from .geometry_arrays import is_present
from .messages import MESSAGES
from .values import feature_text, quantity_text


def check_outside_area(
    layer: str,
    geometries,
    labels: Sequence[str],
    area: ProgrammeArea,
    crs,
    ids: Optional[Sequence] = None,
) -> list[Finding]:
    """``outside_area`` on every feature with a vertex outside ``area`` or not finite.

    ``crs`` is the CRS of ``geometries`` (anything ``pyproj.CRS.from_user_input`` reads); the
    vertices are turned into WGS 84 longitude and latitude all at once. The finding's point is
    the vertex farthest from the area (NaN when a vertex is not finite)."""
    geoms = object_array(geometries)
    idx = np.flatnonzero(is_present(geoms))
    if not len(idx):
        return []
    xy, owner = shapely.get_coordinates(geoms[idx], return_index=True)
    lon, lat = _lon_lat(xy, crs)
    outside = ~area.contains_many(lon, lat)
    if not outside.any():
        return []
    total = np.bincount(owner, minlength=len(idx))
    count = np.bincount(owner[outside], minlength=len(idx))
    beyond = _degrees_beyond(area, lon, lat)  # inf where not finite, 0 inside
    order = np.lexsort((-beyond, owner))  # per feature, farthest vertex first
    first = order[np.r_[True, owner[order][1:] != owner[order][:-1]]]
    far = first[np.flatnonzero(count[owner[first]])]
    distance_km = _distance_to_area_km(area, lon[far], lat[far])
    findings = []
    for v, km in zip(far, distance_km):
        k = owner[v]
        i = int(idx[k])
        args = {"feature": feature_text(layer, i, labels, ids), "area": area.describe()}
        if not math.isfinite(km):
            template, place = MESSAGES["outside_area_not_finite"], NOWHERE
        else:
            args |= {"lat_lon": _lat_lon_text(lon[v], lat[v]), "distance": quantity_text(km)}
            template = MESSAGES["outside_area_point" if total[k] == 1 else "outside_area"]
            args |= {"count": str(int(count[k])), "total": str(int(total[k]))}
            place = (float(xy[v, 0]), float(xy[v, 1]))
        findings.append(make_finding("outside_area", layer, i, labels, template, args, place))
    return findings


def _lon_lat(xy: np.ndarray, crs) -> tuple[np.ndarray, np.ndarray]:
    """WGS 84 longitudes and latitudes of ``xy`` in ``crs``; NaN where PROJ cannot."""
    transformer = Transformer.from_crs(CRS.from_user_input(crs), WGS84, always_xy=True)
    with np.errstate(invalid="ignore"):
        lon, lat = transformer.transform(xy[:, 0], xy[:, 1], errcheck=False)
        lon, lat = np.array(lon, float, ndmin=1), np.array(lat, float, ndmin=1)
        bad = ~(np.isfinite(lon) & np.isfinite(lat) & (np.abs(lat) <= 90) & (np.abs(lon) <= 180))
    lon[bad], lat[bad] = np.nan, np.nan
    return lon, lat


def _degrees_beyond(area: ProgrammeArea, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """How far (roughly, in degrees) each point lies beyond the area; inf where not finite."""
    with np.errstate(invalid="ignore"):
        dlon = np.maximum(np.maximum(area.west - lon, lon - area.east), 0.0)
        dlat = np.maximum(np.maximum(area.south - lat, lat - area.north), 0.0)
        beyond = np.hypot(dlon * np.cos(np.radians(np.clip(lat, -90, 90))), dlat)
    return np.where(np.isfinite(beyond), beyond, np.inf)


def _distance_to_area_km(area: ProgrammeArea, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """The ellipsoidal distance (km) from each point to the nearest point of the area's box
    (approximately: to the point of the box at the nearest longitude and latitude)."""
    out = np.full(len(lon), np.inf)
    finite = np.isfinite(lon) & np.isfinite(lat)
    if finite.any():
        near_lon = np.clip(lon[finite], area.west, area.east)
        near_lat = np.clip(lat[finite], area.south, area.north)
        _az, _back, metres = WGS84_GEOD.inv(lon[finite], lat[finite], near_lon, near_lat)
        out[finite] = np.asarray(metres, float) / 1000.0
    return out


def _lat_lon_text(lon: float, lat: float) -> str:
    """ "0.00040° N, 46.75000° E" (5 decimals: about a metre)."""
    ns, ew = "N" if lat >= 0 else "S", "E" if lon >= 0 else "W"
    return f"{abs(lat):.5f}° {ns}, {abs(lon):.5f}° {ew}"
