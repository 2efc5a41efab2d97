"""The deterministic order of the SHA parts: district, line, segment, position along the line,
x, y."""

from __future__ import annotations

import numpy as np
import shapely


def part_order(parts, line_by_index, line_index, segment, district, district_codes) -> np.ndarray:
    """Sort key: district ("" for None), line, segment, position along the line, x, y."""
    if len(parts) == 0:
        return np.zeros(0, dtype=np.int64)
    names = ["" if c is None else c for c in district_codes]
    rank_of_name = {name: r for r, name in enumerate(sorted(set(names) | {""}))}
    code_rank = np.array([rank_of_name[n] for n in names] + [rank_of_name[""]], dtype=np.int64)
    district_rank = code_rank[district]  # index -1 takes the last entry: ""
    points = shapely.point_on_surface(parts)
    along = np.zeros(len(parts))
    for i in np.unique(line_index).tolist():  # one per line
        mine = line_index == i
        along[mine] = _locate(line_by_index[i], points[mine])
    xy = shapely.get_coordinates(points)
    return np.lexsort((xy[:, 1], xy[:, 0], along, segment, line_index, district_rank))


def _locate(line, points: np.ndarray) -> np.ndarray:
    """Distance along ``line`` (its parts end to end) of the point of it nearest each point.

    The same as ``shapely.line_locate_point`` but through a tree of the segments: that one walks
    the whole line for every point.
    """
    parts = shapely.get_parts(line)
    xy, part = shapely.get_coordinates(parts, return_index=True)
    start = np.flatnonzero(part[1:] == part[:-1])
    a, b = xy[start], xy[start + 1]
    length = np.hypot(*(b - a).T)
    measure = np.concatenate([[0.0], np.cumsum(length)[:-1]])
    segments = shapely.linestrings(np.stack([a, b], axis=1))
    which, segment = shapely.STRtree(segments).query_nearest(points, all_matches=True)
    nearest = np.full(len(points), len(segments), dtype=np.int64)
    np.minimum.at(nearest, which, segment)  # ties: the first segment along the line
    p, a, b, length = shapely.get_coordinates(points), a[nearest], b[nearest], length[nearest]
    with np.errstate(divide="ignore", invalid="ignore"):
        t = np.where(length > 0, np.einsum("ij,ij->i", p - a, b - a) / length**2, 0.0)
    return measure[nearest] + np.clip(t, 0.0, 1.0) * length
