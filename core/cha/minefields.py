"""Minefield records as parts of CHAs: repaired, split into polygons, holes filled (see the
package docstring, step 3)."""

from __future__ import annotations

import numpy as np
import shapely

from .clusters import fill_holes

_POLYGON = 3  # shapely.get_type_id


def minefield_parts(fields: np.ndarray):
    """(polygon parts without holes, the minefield index of each, minefields skipped)."""
    n = len(fields)
    if n == 0:
        return np.empty(0, dtype=object), np.empty(0, dtype=np.intp), 0
    present = ~shapely.is_missing(fields) & ~shapely.is_empty(fields)
    index = np.flatnonzero(present)
    geoms = fields[index]
    if len(geoms):
        xy, where = shapely.get_coordinates(geoms, return_index=True)
        finite = np.ones(len(geoms), dtype=bool)
        finite[where[~np.isfinite(xy).all(axis=1)]] = False
        geoms, index = geoms[finite], index[finite]
    invalid = ~shapely.is_valid(geoms)
    if invalid.any():
        geoms = geoms.copy()
        geoms[invalid] = shapely.make_valid(geoms[invalid])
    # Flatten multi-part geometries and collections down to single parts.
    while len(geoms):
        types = shapely.get_type_id(geoms)
        if not np.isin(types, (4, 5, 6, 7)).any():
            break
        geoms, where = shapely.get_parts(geoms, return_index=True)
        index = index[where]
    usable = (shapely.get_type_id(geoms) == _POLYGON) & (shapely.area(geoms) > 0)
    geoms, index = geoms[usable], index[usable]
    skipped = n - len(np.unique(index))
    return fill_holes(geoms), index.astype(np.intp), int(skipped)
