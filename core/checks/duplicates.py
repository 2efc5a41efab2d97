"""Identity: ``duplicate_id`` (the same id on several features) and ``duplicate_geometry`` (the
same geometry twice in a layer)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import shapely

from ..progress import object_array
from .findings import Finding, make_finding
from .geometry_arrays import anchor_xy, is_present
from .messages import MESSAGES
from .values import id_key

DUPLICATE_TOLERANCE_M = 0.01


def check_duplicate_ids(
    layer: str, id_field: str, ids: Sequence, labels: Sequence[str], geometries
) -> list[Finding]:
    """``duplicate_id`` on every feature whose id another feature has too (NULL ids skipped)."""
    keys = object_array([id_key(v) for v in ids])
    filled = np.flatnonzero([k is not None for k in keys])
    if not len(filled):
        return []
    _unique, inverse, counts = np.unique(
        keys[filled].astype(str), return_inverse=True, return_counts=True
    )
    shared = filled[counts[inverse] > 1]
    xy = anchor_xy(object_array(geometries), shared)
    return [
        make_finding(
            "duplicate_id",
            layer,
            i,
            labels,
            MESSAGES["duplicate_id"],
            {"field": id_field, "value": str(ids[i]).strip(), "count": str(int(c))},
            p,
        )
        for i, c, p in zip(shared, counts[inverse][counts[inverse] > 1], xy)
    ]


def check_duplicate_geometries(
    layer: str, geometries, labels: Sequence[str], tolerance_m: float = DUPLICATE_TOLERANCE_M
) -> list[Finding]:
    """``duplicate_geometry`` on each geometry equal to an earlier one (naming the first)."""
    geoms = object_array(geometries)
    i, j = _equal_pairs(geoms, tolerance_m)
    if not len(i):
        return []
    first = {}
    for a, b in sorted(zip(i.tolist(), j.tolist())):
        first.setdefault(b, a)
    xy = anchor_xy(geoms, np.array(sorted(first), dtype=int))
    return [
        make_finding(
            "duplicate_geometry",
            layer,
            b,
            labels,
            MESSAGES["duplicate_geometry"],
            {"tolerance": f"{tolerance_m:g}", "other": str(labels[first[b]])},
            tuple(p),
        )
        for b, p in zip(sorted(first), xy)
    ]


def _equal_pairs(geoms: np.ndarray, tolerance: float):
    """Index pairs (i < j) of geometries equal within ``tolerance`` after normalising."""
    idx = np.flatnonzero(is_present(geoms))
    empty = np.empty(0, dtype=int)
    if len(idx) < 2:
        return empty, empty
    g = geoms[idx]
    bounds = shapely.bounds(g)
    boxes = shapely.box(
        bounds[:, 0] - tolerance,
        bounds[:, 1] - tolerance,
        bounds[:, 2] + tolerance,
        bounds[:, 3] + tolerance,
    )
    a, b = shapely.STRtree(g).query(boxes)
    keep = a < b
    a, b = a[keep], b[keep]
    close = np.all(np.abs(bounds[a] - bounds[b]) <= tolerance, axis=1)
    a, b = a[close], b[close]
    if not len(a):
        return empty, empty
    involved = np.unique(np.concatenate([a, b]))
    normal = np.empty(len(g), dtype=object)
    normal[involved] = shapely.normalize(g[involved])
    equal = shapely.equals_exact(normal[a], normal[b], tolerance=tolerance)
    return idx[a[equal]], idx[b[equal]]
