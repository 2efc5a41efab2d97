"""A CHA's outline as numbered turning points, and the ring arithmetic they share with the
outward simplification."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

from .inputs import single_polygon


@dataclass(frozen=True)
class TurningPoint:
    seq: int  # 1-based
    x: float
    y: float
    bearing_deg: float  # grid bearing to the next point, [0, 360), clockwise from grid north
    distance_m: float  # planar distance to the next point (the last one: back to point 1)


def turning_points(polygon) -> list[TurningPoint]:
    """The exterior vertices of ``polygon`` as numbered turning points.

    Clockwise, starting at the northernmost vertex (largest y; ties: smallest x); no repeated
    closing vertex (and no repeated consecutive vertex). Each point carries the grid bearing
    (degrees clockwise from grid north, ``[0, 360)``) and planar distance to the next point; the
    last one's lead back to point 1.
    """
    polygon = single_polygon(polygon, "turning_points")
    if polygon.is_empty:
        return []
    xy = ring_xy(polygon)
    if signed_area(xy) > 0:  # counter-clockwise: turn it round
        xy = xy[::-1]
    top = np.lexsort((xy[:, 0], -xy[:, 1]))[0]
    xy = np.roll(xy, -int(top), axis=0)
    d = np.roll(xy, -1, axis=0) - xy
    bearings = np.degrees(np.arctan2(d[:, 0], d[:, 1])) % 360.0
    bearings[bearings >= 360.0] = 0.0
    distances = np.hypot(d[:, 0], d[:, 1])
    return [
        TurningPoint(i + 1, float(x), float(y), float(b), float(s))
        for i, ((x, y), b, s) in enumerate(zip(xy.tolist(), bearings.tolist(), distances.tolist()))
    ]


def ring_xy(polygon) -> np.ndarray:
    """Exterior vertices without the closing one or repeated consecutive vertices."""
    xy = shapely.get_coordinates(polygon.exterior)[:-1]
    if len(xy) > 1:
        xy = xy[np.any(xy != np.roll(xy, -1, axis=0), axis=1)]
    return xy


def signed_area(xy: np.ndarray) -> float:
    """Shoelace area, positive when counter-clockwise (about the first vertex, for precision)."""
    x = xy[:, 0] - xy[0, 0]
    y = xy[:, 1] - xy[0, 1]
    return 0.5 * float(np.dot(x[:-1], y[1:]) - np.dot(x[1:], y[:-1]))
