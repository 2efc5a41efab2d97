"""The exchange and the programme's area (``core.area``): the UTM zone of most of the data,
and the features that reach outside the area."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Optional

import numpy as np
import shapely

from .. import area as programme_area
from ..coordinates.utm import grid_zone
from .mismatch import great_circle_m

utm_zone = grid_zone  # the programme's area of an import: the plain 6° zone


def data_area(geometries: Iterable) -> Optional[programme_area.ProgrammeArea]:
    """The area of the UTM zone that holds most vertices of ``geometries`` (lon/lat; ties:
    the lowest zone, north first): the programme's area of an import that knows no
    programme. None without a finite vertex."""
    votes: dict[tuple[int, str], int] = {}
    for geometry in geometries:
        if geometry is None or geometry.is_empty:
            continue
        for lon, lat in shapely.get_coordinates(geometry):
            if math.isfinite(lon) and math.isfinite(lat):
                key = utm_zone(lon, lat)
                votes[key] = votes.get(key, 0) + 1
    if not votes:
        return None
    zone, hemisphere = min(votes, key=lambda k: (-votes[k], k[0], k[1] != "N"))
    return programme_area.utm_zone_area(zone, hemisphere)


@dataclass(frozen=True)
class OutsideArea:
    """A feature with ``count`` of its ``total`` vertices outside the programme's area; the
    farthest at (``longitude``, ``latitude``), ``distance_km`` from the area (on the sphere)."""

    imsma_id: str
    count: int
    total: int
    longitude: float
    latitude: float
    distance_km: float


def km_outside(box: programme_area.ProgrammeArea, lon, lat):
    """Distance (km, on the sphere) from each point to the nearest point of the box (at the
    nearest longitude and latitude of the box); 0 inside."""
    lon, lat = np.asarray(lon, float), np.asarray(lat, float)
    near_lon = np.clip(lon, box.west, box.east)
    near_lat = np.clip(lat, box.south, box.north)
    return great_circle_m(lon, lat, near_lon, near_lat) / 1000.0


def outside_area(
    features: Iterable[tuple[str, object]], box: programme_area.ProgrammeArea
) -> list[OutsideArea]:
    """The features (id, lon/lat geometry) with a vertex outside ``box``, in input order."""
    found = []
    for imsma_id, geometry in features:
        if geometry is None or geometry.is_empty:
            continue
        xy = np.unique(shapely.get_coordinates(geometry), axis=0)  # no closing vertices
        inside = box.contains_many(xy[:, 0], xy[:, 1])
        if inside.all():
            continue
        km = km_outside(box, xy[:, 0], xy[:, 1])
        k = int(np.argmax(np.where(inside, -1.0, km)))
        found.append(
            OutsideArea(
                imsma_id,
                int((~inside).sum()),
                len(xy),
                float(xy[k, 0]),
                float(xy[k, 1]),
                float(km[k]),
            )
        )
    return found
