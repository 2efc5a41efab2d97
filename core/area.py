"""The programme's area: where a mine action programme's data may lie (issue 14, item 8).

A point typed with a slip (a swapped latitude, a wrong zone) can land thousands of kilometres
away and still be a valid coordinate. Every point that is placed (the turning points dialog,
``landrelease:traverse``, ``landrelease:checkdata``) is compared with the programme's area:
the extent of the database's districts plus a margin, or, without districts, the area of use
of the storage CRS (for UTM, its zone). Plain Python, no QGIS.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

DEFAULT_MARGIN_M = 10_000.0  # beyond the districts' extent: records drawn near a boundary
METRES_PER_DEGREE = 111_320.0  # of latitude, and of longitude at the equator
DISTRICTS, CRS_AREA = "districts", "crs"


@dataclass(frozen=True)
class ProgrammeArea:
    """A longitude/latitude box (WGS 84 degrees) and where it comes from: ``districts`` (their
    extent plus ``margin_m``) or ``crs`` (the storage CRS's area of use)."""

    west: float
    south: float
    east: float
    north: float
    source: str
    margin_m: float = 0.0

    def contains(self, lon: float, lat: float) -> bool:
        """True for a finite point inside the box (NaN and infinities are outside)."""
        return bool(self.contains_many(np.array([lon], float), np.array([lat], float))[0])

    def contains_many(self, lons, lats) -> np.ndarray:
        """``contains`` for arrays of longitudes and latitudes."""
        lons, lats = np.asarray(lons, float), np.asarray(lats, float)
        with np.errstate(invalid="ignore"):
            return (
                np.isfinite(lons)
                & np.isfinite(lats)
                & (lons >= self.west)
                & (lons <= self.east)
                & (lats >= self.south)
                & (lats <= self.north)
            )

    def describe(self) -> str:
        """The box in words (English), for logs: "44.80° to 47.60° E, 38.90° to 40.60° N"."""
        return (
            f"{_degrees(self.west, 'E', 'W')} to {_degrees(self.east, 'E', 'W')}, "
            f"{_degrees(self.south, 'N', 'S')} to {_degrees(self.north, 'N', 'S')}"
        )


def _degrees(value: float, positive: str, negative: str) -> str:
    return f"{abs(value):.2f}° {positive if value >= 0 else negative}"


def from_extent(
    west: float, south: float, east: float, north: float, margin_m: float = DEFAULT_MARGIN_M
) -> ProgrammeArea:
    """The districts' extent (degrees) grown by ``margin_m`` on every side."""
    values = (west, south, east, north, margin_m)
    if not all(math.isfinite(v) for v in values) or west > east or south > north or margin_m < 0:
        raise ValueError(f"Not an extent with a margin: {values!r}.")
    dlat = margin_m / METRES_PER_DEGREE
    widest = max(abs(south), abs(north))
    dlon = margin_m / (METRES_PER_DEGREE * max(math.cos(math.radians(min(widest, 89.0))), 0.01))
    return ProgrammeArea(
        max(west - dlon, -180.0),
        max(south - dlat, -90.0),
        min(east + dlon, 180.0),
        min(north + dlat, 90.0),
        DISTRICTS,
        float(margin_m),
    )


def from_crs_bounds(west: float, south: float, east: float, north: float) -> ProgrammeArea:
    """The area of use of the storage CRS (degrees), as PROJ and QGIS give it."""
    values = (west, south, east, north)
    if not all(math.isfinite(v) for v in values) or west > east or south > north:
        raise ValueError(f"Not an area of use: {values!r}.")
    return ProgrammeArea(west, south, east, north, CRS_AREA)


def utm_zone_area(zone: int, hemisphere: str) -> ProgrammeArea:
    """The area of UTM zone ``zone`` (1-60) in hemisphere "N" or "S"."""
    if not 1 <= int(zone) <= 60 or hemisphere not in ("N", "S"):
        raise ValueError(f"No UTM zone {zone}{hemisphere}.")
    west = -180.0 + 6.0 * (int(zone) - 1)
    south, north = (0.0, 84.0) if hemisphere == "N" else (-80.0, 0.0)
    return ProgrammeArea(west, south, west + 6.0, north, CRS_AREA)
