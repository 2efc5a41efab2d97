"""The belt along the lines: single-sided buffers built from exact pieces (see the package
docstring, step 1)."""

from __future__ import annotations

import numpy as np
import shapely

from .polygons import STRAIGHT_M

QUAD_SEGS = 16  # segments per quarter circle of round buffers: a circle loses 0.16 % of its area


def belt_pieces(line_geoms: np.ndarray, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """The pieces whose union is the belt: left of every line by ``left``, right by ``right``.

    A single-sided buffer built from exact pieces: for every segment, the rectangle on that side
    (the single-sided buffer of the segment alone, flat ends), and at every bend that turns away
    from that side, the sector of the disc around the vertex between the normals of the two
    segments (a round join). So the belt holds every point within the depth of the line on that
    side, except behind the flat ends. GEOS's own ``buffer(single_sided=True)`` of a whole line
    is not used: where the depth is large against the bends of the line it loses area (the
    inside of a curl, wedges near the ends). The right side of a line is the left side of the
    reversed line. The pieces overlap and share edges exactly: union them with ``polygons.union``.
    """
    parts, owner = shapely.get_parts(line_geoms, return_index=True)
    keep = shapely.length(parts) > 0
    parts, owner = parts[keep], owner[keep]
    pieces = []
    for side_parts, depth in ((parts, left[owner]), (shapely.reverse(parts), right[owner])):
        deep = depth > 0
        if deep.any():
            pieces.extend(_left_pieces(side_parts[deep], depth[deep]))
    return np.concatenate(pieces) if pieces else np.empty(0, dtype=object)


def _left_pieces(parts: np.ndarray, depth: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rectangles and join sectors left of ``parts`` (lines with a length), ``depth`` each."""
    xy, part = shapely.get_coordinates(parts, return_index=True)
    moved = np.r_[True, np.any(xy[1:] != xy[:-1], axis=1) | (part[1:] != part[:-1])]
    xy, part = xy[moved], part[moved]  # without repeated points
    start = np.flatnonzero(part[1:] == part[:-1])  # segment k goes from vertex k to vertex k + 1
    a, b = xy[start], xy[start + 1]
    d = depth[part[start]]
    length = np.hypot(*(b - a).T)
    u = (b - a) / length[:, None]
    normal = np.column_stack([-u[:, 1], u[:, 0]])  # left
    offset = normal * d[:, None]
    rectangles = shapely.polygons(np.stack([a, b, b + offset, a + offset, a], axis=1))

    # Joins: pairs of consecutive segments of a part, and the closing vertex of a closed part.
    inward = np.flatnonzero(start[1:] == start[:-1] + 1)
    s_in, s_out = inward, inward + 1
    seg_part = part[start]
    first = np.flatnonzero(np.r_[True, seg_part[1:] != seg_part[:-1]])
    last = np.r_[first[1:] - 1, len(start) - 1]
    closed = (last - first >= 2) & np.all(a[first] == b[last], axis=1)
    s_in = np.concatenate([s_in, last[closed]])
    s_out = np.concatenate([s_out, first[closed]])
    # Join on the outside of a right turn: the sector of the disc around the vertex between the
    # two left normals (a left turn needs none: the rectangles overlap there).
    right_turn = u[s_in, 0] * u[s_out, 1] - u[s_in, 1] * u[s_out, 0] < 0
    s_in, s_out = s_in[right_turn], s_out[right_turn]
    begin = np.arctan2(normal[s_out, 1], normal[s_out, 0])
    span = np.mod(np.arctan2(normal[s_in, 1], normal[s_in, 0]) - begin, 2 * np.pi)
    wide = span * d[s_out] > STRAIGHT_M  # else the rectangles' corners are a micrometre apart
    s_in, s_out, begin, span = s_in[wide], s_out[wide], begin[wide], span[wide]
    steps = np.maximum(1, np.ceil(span / (np.pi / 2 / QUAD_SEGS)).astype(np.int64))
    # Each ring: the vertex, steps + 1 points on the arc, the vertex again. The ends of the arc
    # are the corners of the two rectangles, to the bit, so that the union is clean.
    n_points = steps + 3
    ring = np.repeat(np.arange(len(steps)), n_points)
    first_point = np.r_[0, np.cumsum(n_points)[:-1]]
    k = np.arange(len(ring)) - first_point[ring] - 1  # -1: the vertex, 0..steps: the arc
    theta = begin[ring] + span[ring] * k / steps[ring]
    vertex = a[s_out][ring]
    coords = vertex + d[s_out][ring, None] * np.column_stack([np.cos(theta), np.sin(theta)])
    coords = np.where(((k < 0) | (k > steps[ring]))[:, None], vertex, coords)
    coords = np.where((k == 0)[:, None], (a + offset)[s_out][ring], coords)
    coords = np.where((k == steps[ring])[:, None], (b + offset)[s_in][ring], coords)
    sectors = shapely.polygons(shapely.linearrings(coords, indices=ring))
    return rectangles, sectors
