"""Confirmed hazardous areas (CHA) from direct evidence points and minefield records.

Pure geometry (shapely 2, numpy; scipy imported where it is needed): no QGIS, Qt or GDAL. Every
coordinate is in a projected metric CRS; the Processing adapter transforms to and from it.

How a CHA is made (DESIGN §5.3, ``landrelease:delineatecha``):

1. **Clusters.** Single linkage: two evidence points whose distance is *at most* (``<=``)
   ``cluster_distance_m`` are linked, and a cluster is a connected group of links, so a chain of
   points each 90 m from the next is one cluster at 100 m. Pairs come from a k-d tree
   (``scipy.spatial.cKDTree.query_pairs``, the same ``<=`` as ``STRtree.query(predicate=
   "dwithin")`` but about five times faster), groups from ``scipy.sparse.csgraph``. Points with a
   NaN or infinite coordinate are dropped and counted (``points_dropped``). Clusters of fewer
   than ``min_evidence`` points are dropped and counted (``clusters_below_min_evidence``).
2. **Shape**, every evidence point at least ``margin_m`` inside the boundary:

   - ``CONVEX``: the convex hull grown by the margin with *mitre* corners, computed exactly in
     numpy: each hull edge moves out by the margin and neighbouring edges meet at a sharp
     corner, unless the corner turns by more than 120° (a mitre longer than twice the margin),
     where it is cut by the tangent to the margin circle (two vertices). The grown polygon holds
     the hull grown by a disc of radius margin (the Minkowski sum), so every point of the hull,
     evidence included, is at least the margin from the boundary; it has at most two vertices
     more than the hull. A lone point gives a grid-north square (4 turning points; side twice
     the margin), two points or points in a line a rectangle.
   - ``CONCAVE``: ``shapely.concave_hull(ratio=0.3)`` (``CONCAVE_RATIO``; GEOS's edge length
     ratio: 1 is the convex hull, 0 the tightest; at 0.3 the hull is eroded through border
     triangles of the cluster's Delaunay triangulation whose outer edge is longer than 30 % of
     the way from its shortest to its longest edge: it follows wide inlets and bays, not every
     gap between neighbours; note that GEOS cannot erode a triangle whose third corner is
     already on the boundary, so a one-point-thick U keeps its convex hull). Hulls that come
     out convex (most small clusters, and points and lines) get the exact ``CONVEX`` growth;
     the others GEOS's mitre buffer (mitre limit 2: sharp corners are cut at twice the margin).
     GEOS joins nearly parallel offset edges (turning by less than 1e-3 rad) up to 5e-7 of the
     margin short of it, so it buffers by ``margin * (1 + 1e-6)``; and every cluster is checked:
     one whose points are not all at least the margin inside is replaced by its ``CONVEX``
     shape (a safety net, never seen to trigger).
   - ``BUFFERED``: the union of discs of radius ``max(margin, cluster_distance / 2)`` around the
     points: each disc is an octagon (``BUFFERED_QUAD_SEGS`` = 2 segments a quarter) whose
     *edges* touch the circle (circumradius ``(r + 1 mm) / cos(pi / 8)``: discs of linked points
     overlap, so a cluster stays one polygon). Checked like ``CONCAVE``.

   With ``margin_m == 0`` a cluster still gets an area: its hull grown by 1 cm
   (``MIN_GROWTH_M``), so that every point is strictly inside.
3. **Minefields.** Invalid polygons are repaired (``make_valid``); empty ones and repairs left
   without area are skipped (``minefields_skipped``). A multi-part minefield contributes each
   part; a part becomes a CHA of its own or joins the CHAs it overlaps. Minefields are taken as
   recorded (no margin) and never dropped by ``min_evidence``.
   Evidence points of clusters too small for ``min_evidence`` that lie inside a CHA are listed
   in its ``evidence_indices`` too (they are evidence it holds), without a margin guarantee.
4. **No overlaps.** Areas whose interiors intersect (``intersects`` and not just ``touches``) are
   merged, over connected groups of the overlap graph, until none overlap. Areas that only touch
   stay apart. CHAs have **no holes**: a hole (an enclave wholly surrounded by hazard) is filled,
   so the turning points describe the whole area.
5. **Turning points limit.** With ``max_turning_points`` N > 0 each CHA with more than N vertices
   is replaced by :func:`simplify_outward`, which contains it, so every point keeps its margin.
   Where that smallest shape would overlap a neighbouring CHA, a shape avoiding the neighbours
   is taken instead if one is at most 1.5 times as large (``AVOID_AREA_FACTOR``). Areas that
   still overlap are merged, and a merged area over the limit is simplified again, from the
   union of its members' *unsimplified* shapes (joined by 2 cm bridges where they are apart),
   so that areas do not snowball round after round; until stable (each round merges two or
   more areas or stops, so this ends). Small limits in a dense field still merge neighbours
   (counted in ``merged_overlaps``): a triangle holding two neighbouring areas is large. N must
   be 0 or at least 3; N = 3 gives a triangle (at worst twice the area of the smallest
   enclosing rectangle).

Output: :class:`ChaArea` s sorted by their northernmost vertex (descending y, then x), and a
report dict: ``clusters_found`` (all clusters, kept or not), ``clusters_below_min_evidence``,
``points_dropped`` (non-finite coordinates), ``minefields_joined`` (minefields in a CHA that holds
a cluster), ``minefields_alone`` (minefields in CHAs without one), ``minefields_skipped``,
``merged_overlaps`` (areas, clusters and minefield parts alike, that disappeared into another by
merging: areas before merging minus CHAs), ``simplified`` (CHAs whose boundary was simplified).
"""

from __future__ import annotations

import heapq
import math
import operator
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Optional

import numpy as np
import shapely

from .progress import Cancelled, Steps  # noqa: F401 - Cancelled is part of this module's API

CONVEX, CONCAVE, BUFFERED = 0, 1, 2
SHAPES = (CONVEX, CONCAVE, BUFFERED)

CONCAVE_RATIO = 0.3
MITRE_LIMIT = 2.0  # a corner's mitre may reach twice the margin; sharper corners are cut
BUFFERED_QUAD_SEGS = 2
MIN_GROWTH_M = 0.01
AVOID_AREA_FACTOR = 1.5  # see _simplify
CONTAIN_TOLERANCE_M = 1e-6  # simplified polygons contain the original within this distance
_GEOS_SAFETY = 1e-6  # relative extra distance for GEOS buffers
_DISC_OVERLAP_M = 1e-3

_POLYGON = 3  # shapely.get_type_id


class ChaInputError(ValueError):
    """A bad parameter or input; the message is for the user and names the parameter."""


@dataclass(frozen=True)
class ChaArea:
    geometry: shapely.Polygon  # valid single polygon without holes
    evidence_indices: tuple[int, ...]  # indices into points_xy of the evidence it holds, sorted
    minefield_indices: tuple[int, ...]  # indices into minefields of the records inside, sorted


@dataclass(frozen=True)
class TurningPoint:
    seq: int  # 1-based
    x: float
    y: float
    bearing_deg: float  # grid bearing to the next point, [0, 360), clockwise from grid north
    distance_m: float  # planar distance to the next point (the last one: back to point 1)


# ---------------------------------------------------------------------------------------------
# Public functions
# ---------------------------------------------------------------------------------------------


def delineate_cha(
    points_xy,
    *,
    cluster_distance_m: float = 100.0,
    margin_m: float = 50.0,
    shape: int = CONVEX,
    min_evidence: int = 1,
    minefields: Optional[Sequence] = None,
    max_turning_points: int = 0,
    progress: Optional[Callable[[float], object]] = None,
    is_cancelled: Optional[Callable[[], bool]] = None,
) -> tuple[list[ChaArea], dict]:
    """CHAs from direct evidence points ``(n, 2)`` and optional minefield polygons.

    Returns the areas (sorted north to south) and a report dict (see the module docstring).
    Raises :class:`ChaInputError` for bad parameters, :class:`Cancelled` when cancelled.
    """
    step = Steps(progress, is_cancelled)
    cluster_distance_m = _positive(cluster_distance_m, "CLUSTER_DISTANCE")
    margin_m = _number(margin_m, "MARGIN")
    if margin_m < 0:
        raise ChaInputError(f"MARGIN must be 0 or more metres, not {margin_m:g}.")
    shape = _whole(shape, "SHAPE")
    if shape not in SHAPES:
        raise ChaInputError(
            f"SHAPE must be 0 (convex hull), 1 (concave hull) or 2 (buffered union), not {shape}."
        )
    min_evidence = _whole(min_evidence, "MIN_EVIDENCE")
    if min_evidence < 1:
        raise ChaInputError(f"MIN_EVIDENCE must be at least 1, not {min_evidence}.")
    max_turning_points = _check_max_turning_points(max_turning_points)
    xy = _points(points_xy)
    fields = _minefield_array(minefields)
    if len(xy) == 0 and len(fields) == 0:
        raise ChaInputError(
            "EVIDENCE holds no direct evidence point and no MINEFIELDS were given: "
            "there is nothing to make a confirmed hazardous area from."
        )
    step(2)

    report = {
        "clusters_found": 0,
        "clusters_below_min_evidence": 0,
        "points_dropped": 0,
        "minefields_joined": 0,
        "minefields_alone": 0,
        "minefields_skipped": 0,
        "merged_overlaps": 0,
        "simplified": 0,
    }
    finite = np.isfinite(xy).all(axis=1)
    report["points_dropped"] = int(len(xy) - finite.sum())
    point_index = np.flatnonzero(finite)  # rows of points_xy still in play
    xy = xy[finite]
    if len(xy) == 0 and len(fields) == 0:
        raise ChaInputError(
            "EVIDENCE: no point has finite coordinates and no MINEFIELDS were given."
        )

    # 1. Clusters.
    labels = _cluster(xy, cluster_distance_m)
    step(20)
    n_clusters = int(labels.max()) + 1 if len(labels) else 0
    sizes = np.bincount(labels, minlength=n_clusters)
    kept = sizes >= min_evidence
    report["clusters_found"] = n_clusters
    report["clusters_below_min_evidence"] = int(n_clusters - kept.sum())
    new_label = np.cumsum(kept) - 1  # kept clusters numbered 0.. in their first-seen order
    in_kept = kept[labels]
    small_index, small_xy = point_index[~in_kept], xy[~in_kept]
    point_index = point_index[in_kept]
    xy = xy[in_kept]
    labels = new_label[labels[in_kept]]

    # 2. Shapes.
    polygons = _cluster_polygons(xy, labels, shape, margin_m, cluster_distance_m, step)
    step(50)

    # 3. Minefields.
    parts, part_field, skipped = _minefield_parts(fields)
    report["minefields_skipped"] = skipped
    step(55)

    # 4./5. Merge overlaps, simplify, until stable.
    geoms = np.concatenate([polygons, parts]).astype(object)
    piece_of_point = labels.astype(np.intp)
    piece_of_part = len(polygons) + np.arange(len(parts), dtype=np.intp)
    n_pieces = len(geoms)
    geoms, comp = _merge_until_stable(geoms, step)
    if comp is not None:
        piece_of_point, piece_of_part = comp[piece_of_point], comp[piece_of_part]
    base = geoms.copy()  # each CHA before simplification: what a simplification must hold
    simplified = np.zeros(len(geoms), dtype=bool)
    while max_turning_points:
        over = np.flatnonzero(_vertex_counts(geoms) > max_turning_points)
        if len(over) == 0:
            break
        # Each is simplified from its unsimplified shape (simplifying a simplified one again
        # would let it grow round after round), avoiding the CHAs around it where it can, so
        # that growing boundaries do not set off a chain of merges.
        near = _neighbours(geoms, over)
        for i, k in enumerate(over.tolist()):
            if i % 16 == 0:
                step(60 + 35 * i / len(over))
            geoms[k] = _simplify(base[k], max_turning_points, geoms[near[i]])
        simplified[over] = True
        # Simplified areas grew and may overlap: merge again. Every further round merges two
        # or more areas (then re-simplifies the merged ones) or stops, so the loop ends.
        geoms, comp = _merge_until_stable(geoms, step)
        if comp is None:
            break
        piece_of_point, piece_of_part = comp[piece_of_point], comp[piece_of_part]
        simplified = np.bincount(comp, weights=simplified, minlength=len(geoms)) > 0
        base = _merge_bases(base, comp, geoms)
    step(96)

    # Output, sorted by northernmost vertex.
    order = _north_order(geoms)
    rank = np.empty(len(geoms), dtype=np.intp)
    rank[order] = np.arange(len(geoms))
    cha_of_point = rank[piece_of_point]
    has_evidence = np.bincount(cha_of_point, minlength=len(geoms)) > 0
    if len(small_xy) and len(geoms):
        # Points of clusters too small for a CHA of their own still count where one holds them.
        inside, cha_of_small = shapely.STRtree(geoms).query(
            shapely.points(small_xy), predicate="within"
        )
        cha_of_point = np.concatenate([cha_of_point, rank[cha_of_small]])
        point_index = np.concatenate([point_index, small_index[inside]])
    evidence = _group(cha_of_point, point_index, len(geoms))
    cha_of_part = rank[piece_of_part]
    field_groups = _group(cha_of_part, part_field, len(geoms))
    joined = np.unique(part_field[has_evidence[cha_of_part]]) if len(parts) else part_field
    report["minefields_joined"] = int(len(joined))
    report["minefields_alone"] = int(len(np.unique(part_field)) - len(joined))
    report["merged_overlaps"] = int(n_pieces - len(geoms))
    report["simplified"] = int(simplified.sum())
    areas = [ChaArea(geoms[k], evidence[j], field_groups[j]) for j, k in enumerate(order.tolist())]
    step(100)
    return areas, report


def simplify_outward(polygon, max_vertices: int) -> shapely.Polygon:
    """A polygon of at most ``max_vertices`` vertices (at least 3) that contains ``polygon``.

    Vertices are counted on the exterior without the repeated closing vertex; holes are dropped
    (filled). The result contains ``polygon`` within ``CONTAIN_TOLERANCE_M`` (1 µm).

    Algorithm: greedy, smallest added area first, with two moves that only ever add area:
    removing a reflex (inward) vertex adds the triangle it cut off; removing an edge whose two
    neighbouring edges, extended, meet outside it (they converge outward) adds the triangle
    between the edge and their meeting point. On a convex polygon every such edge removal keeps
    it convex, and one is always possible down to 4 vertices (the turns of a convex polygon add
    up to 360°, so with 5 or more vertices two consecutive ones add up to less than 180°).
    Meeting points further than twice the polygon's box diagonal from its box centre are not
    used (they make long spikes). Candidates:
    the polygon's convex hull simplified so; for a non-convex polygon also the polygon itself
    simplified so (first without checking each move, and if that result crosses itself again
    with moves that would make the boundary cross itself skipped); the smallest enclosing
    rectangle; for 3 vertices, instead of the rectangle, a triangle of twice its area. The
    smallest candidate that is valid, has at most ``max_vertices`` vertices and contains the
    polygon (within 1 µm) is returned.
    """
    max_vertices = _whole(max_vertices, "MAX_TURNING_POINTS")
    if max_vertices < 3:
        raise ChaInputError(
            f"MAX_TURNING_POINTS must be 0 or at least 3 (a polygon has 3 or more turning "
            f"points), not {max_vertices}."
        )
    polygon = _single_polygon(polygon, "simplify_outward")
    return _simplify(polygon, max_vertices)


def turning_points(polygon) -> list[TurningPoint]:
    """The exterior vertices of ``polygon`` as numbered turning points.

    Clockwise, starting at the northernmost vertex (largest y; ties: smallest x); no repeated
    closing vertex (and no repeated consecutive vertex). Each point carries the grid bearing
    (degrees clockwise from grid north, ``[0, 360)``) and planar distance to the next point; the
    last one's lead back to point 1.
    """
    polygon = _single_polygon(polygon, "turning_points")
    if polygon.is_empty:
        return []
    xy = _ring_xy(polygon)
    if _signed_area(xy) > 0:  # counter-clockwise: turn it round
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


# ---------------------------------------------------------------------------------------------
# Input checks
# ---------------------------------------------------------------------------------------------


def _number(value, name: str) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ChaInputError(f"{name} must be a number, not {value!r}.") from None
    if not math.isfinite(number):
        raise ChaInputError(f"{name} must be a finite number, not {value!r}.")
    return number


def _positive(value, name: str) -> float:
    number = _number(value, name)
    if number <= 0:
        raise ChaInputError(f"{name} must be more than 0 metres, not {number:g}.")
    return number


def _whole(value, name: str) -> int:
    try:
        return operator.index(value)
    except TypeError:
        pass
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ChaInputError(f"{name} must be a whole number, not {value!r}.") from None
    if not number.is_integer():
        raise ChaInputError(f"{name} must be a whole number, not {value!r}.")
    return int(number)


def _check_max_turning_points(value) -> int:
    n = _whole(value, "MAX_TURNING_POINTS")
    if n < 0 or n in (1, 2):
        raise ChaInputError(
            f"MAX_TURNING_POINTS must be 0 (no limit) or at least 3 (a polygon has 3 or more "
            f"turning points), not {n}."
        )
    return n


def _points(points_xy) -> np.ndarray:
    if points_xy is None:
        return np.empty((0, 2))
    try:
        xy = np.asarray(points_xy, dtype=float)
    except (TypeError, ValueError):
        raise ChaInputError("EVIDENCE must be an array of (x, y) coordinates.") from None
    if xy.size == 0:
        return np.empty((0, 2))
    if xy.ndim != 2 or xy.shape[1] != 2:
        raise ChaInputError(
            f"EVIDENCE must be an array of (x, y) coordinates, shape (n, 2), not {xy.shape}."
        )
    return xy


def _minefield_array(minefields) -> np.ndarray:
    if minefields is None:
        return np.empty(0, dtype=object)
    if isinstance(minefields, shapely.Geometry):
        minefields = [minefields]
    try:
        items = list(minefields)
    except TypeError:
        raise ChaInputError("MINEFIELDS must be a list of polygons.") from None
    for i, item in enumerate(items):
        if item is not None and not isinstance(item, shapely.Geometry):
            raise ChaInputError(
                f"MINEFIELDS must hold polygons: item {i} is a {type(item).__name__}."
            )
    array = np.empty(len(items), dtype=object)
    array[:] = items
    return array


def _single_polygon(polygon, what: str) -> shapely.Polygon:
    if isinstance(polygon, shapely.MultiPolygon) and len(polygon.geoms) == 1:
        polygon = polygon.geoms[0]
    if not isinstance(polygon, shapely.Polygon):
        raise ChaInputError(
            f"{what} needs a single polygon, not {getattr(polygon, 'geom_type', type(polygon))}."
        )
    return polygon


# ---------------------------------------------------------------------------------------------
# Clusters and their shapes
# ---------------------------------------------------------------------------------------------


def _cluster(xy: np.ndarray, distance: float) -> np.ndarray:
    """Single-linkage cluster label of each point (links: distance <= ``distance``)."""
    n = len(xy)
    if n == 0:
        return np.empty(0, dtype=np.intp)
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import connected_components
    from scipy.spatial import cKDTree

    pairs = cKDTree(xy).query_pairs(distance, output_type="ndarray")
    graph = csr_matrix(
        (np.ones(len(pairs), dtype=np.int8), (pairs[:, 0], pairs[:, 1])), shape=(n, n)
    )
    _, labels = connected_components(graph, directed=True, connection="weak")
    return labels.astype(np.intp)


def _cluster_polygons(xy, labels, shape, margin, cluster_distance, step) -> np.ndarray:
    """One polygon per cluster label (0..k-1), each point at least ``margin`` inside."""
    if len(xy) == 0:
        return np.empty(0, dtype=object)
    order = np.argsort(labels, kind="stable")
    xy, labels = xy[order], labels[order]
    multipoints = shapely.multipoints(xy, indices=labels)
    grow = max(margin, MIN_GROWTH_M)
    if shape == CONVEX:
        return _mitre_offset(shapely.convex_hull(multipoints), grow)
    if shape == CONCAVE:
        hulls = shapely.concave_hull(multipoints, ratio=CONCAVE_RATIO)
        convex_hulls = shapely.convex_hull(multipoints)
        step(35)
        # Hulls that are convex after all (small clusters, points, lines): the exact offset.
        # The others: GEOS's mitre buffer (its corners are cut at twice the margin).
        concave = shapely.area(hulls) < shapely.area(convex_hulls) * (1.0 - 1e-9)
        polygons = _mitre_offset(convex_hulls, grow)
        polygons[concave] = shapely.buffer(
            hulls[concave],
            grow * (1.0 + _GEOS_SAFETY),
            join_style="mitre",
            mitre_limit=MITRE_LIMIT,
        )
        need = grow
    else:
        radius = max(margin, cluster_distance / 2.0)
        polygons = _disc_unions(xy, labels, radius, step)
        need = radius
    step(42)
    return _checked(polygons, xy, labels, need, multipoints)


def _disc_unions(xy, labels, radius, step) -> np.ndarray:
    """Per cluster (``labels`` sorted), the union of polygon discs that hold the circles of
    ``radius`` about its points (GEOS buffers a multipoint far more slowly than it unions)."""
    corners = 4 * BUFFERED_QUAD_SEGS
    angles = np.arange(corners) * (2.0 * math.pi / corners)
    circum = (radius + _DISC_OVERLAP_M) / math.cos(math.pi / corners) * (1.0 + _GEOS_SAFETY)
    disc = np.column_stack([np.cos(angles), np.sin(angles)]) * circum
    ring_xy = (xy[:, None, :] + disc[None, :, :]).reshape(-1, 2)
    discs = shapely.polygons(
        shapely.linearrings(ring_xy, indices=np.repeat(np.arange(len(xy)), corners))
    )
    sizes = np.bincount(labels)
    starts = np.cumsum(sizes) - sizes
    out = discs[starts]
    for i, c in enumerate(np.flatnonzero(sizes > 1).tolist()):
        if i % 64 == 0:
            step(20 + 20 * c / len(sizes))
        out[c] = shapely.union_all(discs[starts[c] : starts[c] + sizes[c]])
    return out


def _checked(polygons, xy, labels, need, multipoints) -> np.ndarray:
    """Holes filled; any cluster that is not one polygon holding its points ``need`` inside
    is replaced by its convex shape (exact)."""
    polygons = _fill_holes(polygons)
    bad = shapely.get_type_id(polygons) != _POLYGON
    ok_points = shapely.contains_xy(polygons[labels], xy[:, 0], xy[:, 1])
    ok_points &= shapely.distance(
        shapely.get_exterior_ring(polygons)[labels], shapely.points(xy)
    ) >= need * (1 - 1e-9)
    bad[labels[~ok_points]] = True
    if bad.any():
        polygons[bad] = _mitre_offset(shapely.convex_hull(multipoints[bad]), need)
    return polygons


def _mitre_offset(hulls, distance: float) -> np.ndarray:
    """Convex hulls (points, lines or convex polygons) grown by ``distance``, mitred corners.

    Each edge moves out by ``distance``; neighbours meet at their mitre point when the corner
    turns by at most 120° (mitre at most ``MITRE_LIMIT`` times the distance), else the corner is
    cut by the tangent to the circle of radius ``distance`` about the vertex. A point becomes an
    axis-aligned square, a segment a rectangle (its ends are 180° corners).
    """
    n = len(hulls)
    out = np.empty(n, dtype=object)
    if n == 0:
        return out
    types = shapely.get_type_id(hulls)
    rings = np.where(types == _POLYGON, shapely.get_exterior_ring(hulls), hulls)
    xy, idx = shapely.get_coordinates(rings, return_index=True)
    # Ring vertices without the closing one, and no repeated consecutive vertex.
    nxt_same = np.zeros(len(xy), dtype=bool)
    nxt_same[:-1] = idx[1:] == idx[:-1]
    starts = np.flatnonzero(np.r_[True, ~nxt_same[:-1]])
    first = np.repeat(starts, np.diff(np.r_[starts, len(xy)]))
    nxt = np.where(nxt_same, np.arange(len(xy)) + 1, first)
    keep = np.any(xy != xy[nxt], axis=1)
    keep[starts] = True
    xy, idx = xy[keep], idx[keep]

    counts = np.bincount(idx, minlength=n)
    starts = np.cumsum(counts) - counts
    group_first = np.repeat(starts, counts)
    local = xy - xy[group_first]  # precision: each hull about its own first vertex
    pos = np.arange(len(xy))
    ends = starts + counts - 1
    nxt = pos + 1
    nxt[ends] = starts
    prv = pos - 1
    prv[starts] = ends

    single = counts[idx] == 1
    edge = local[nxt] - local
    length = np.hypot(edge[:, 0], edge[:, 1])
    length[single] = 1.0
    u = edge / length[:, None]
    u_in = u[prv]
    # Orientation: the turns of a convex ring all have one sign, so their sum cannot cancel out
    # (a shoelace area can, for a hull thinner than rounding).
    turns = u_in[:, 0] * u[:, 1] - u_in[:, 1] * u[:, 0]
    sign = np.where(np.add.reduceat(turns, starts) < 0, -1.0, 1.0)
    n_out = np.column_stack([u[:, 1], -u[:, 0]]) * sign[idx][:, None]  # outward normal of edge
    n_in = n_out[prv]
    cos_turn = np.clip(np.einsum("ij,ij->i", n_in, n_out), -1.0, 1.0)
    mitre = cos_turn >= math.cos(2.0 * math.acos(1.0 / MITRE_LIMIT))  # turn <= 120°
    first_pt = np.empty_like(local)
    second_pt = np.zeros_like(local)
    with np.errstate(divide="ignore", invalid="ignore"):
        first_pt[:] = local + distance * (n_in + n_out) / (1.0 + cos_turn)[:, None]
        # tan(turn / 4) = sin(turn / 2) / (1 + cos(turn / 2)), from the normals (no arccos:
        # it loses half the digits near a 180° turn).
        half_sin = np.hypot(*(n_in - n_out).T) / 2.0
        half_cos = np.hypot(*(n_in + n_out).T) / 2.0
        tq = (half_sin / (1.0 + half_cos))[:, None]
        bevel = ~mitre
        first_pt[bevel] = (local + distance * n_in + distance * tq * u_in)[bevel]
        second_pt[bevel] = (local + distance * n_out - distance * tq * u)[bevel]
    # Lone points: the square of half-side ``distance``.
    square = np.array([[-1.0, -1.0], [1.0, -1.0], [1.0, 1.0], [-1.0, 1.0]]) * distance
    lone = np.flatnonzero(single)
    corner_xy = (xy[lone][:, None, :] + square[None, :, :]).reshape(-1, 2)
    corner_idx = np.repeat(idx[lone], 4)
    # Hull vertices: the mitre point, or the two ends of the cut.
    many = ~single
    pairs = np.stack([first_pt[many], second_pt[many]], axis=1)
    pairs += xy[group_first][many][:, None, :]
    take = np.column_stack([np.ones(int(many.sum()), dtype=bool), bevel[many]]).ravel()
    ring_xy = pairs.reshape(-1, 2)[take]
    ring_idx = np.repeat(idx[many], 2)[take]
    all_xy = np.concatenate([ring_xy, corner_xy])
    all_idx = np.concatenate([ring_idx, corner_idx])
    order = np.argsort(all_idx, kind="stable")
    rings = shapely.linearrings(all_xy[order], indices=all_idx[order])
    out[:] = shapely.polygons(rings)
    return out


def _fill_holes(polygons) -> np.ndarray:
    """Polygons without their holes (other geometry types unchanged)."""
    polygons = np.asarray(polygons, dtype=object).copy()
    holed = (shapely.get_type_id(polygons) == _POLYGON) & (
        shapely.get_num_interior_rings(polygons) > 0
    )
    if holed.any():
        polygons[holed] = shapely.polygons(shapely.get_exterior_ring(polygons[holed]))
    return polygons


# ---------------------------------------------------------------------------------------------
# Minefields
# ---------------------------------------------------------------------------------------------


def _minefield_parts(fields: np.ndarray):
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
    return _fill_holes(geoms), index.astype(np.intp), int(skipped)


# ---------------------------------------------------------------------------------------------
# Merging overlapping areas
# ---------------------------------------------------------------------------------------------


def _merge_until_stable(geoms, step):
    """Union areas whose interiors intersect, until none do.

    Returns (areas, component of each input area) or (areas, None) when nothing overlapped.
    """
    total = None
    while True:
        merged, comp = _merge_once(geoms, step)
        if comp is None:
            return geoms, total
        total = comp if total is None else comp[total]
        geoms = merged


def _merge_once(geoms, step):
    n = len(geoms)
    if n < 2:
        return geoms, None
    tree = shapely.STRtree(geoms)
    a, b = tree.query(geoms, predicate="intersects")
    keep = a < b
    a, b = a[keep], b[keep]
    if len(a):
        keep = ~shapely.touches(geoms[a], geoms[b])
        a, b = a[keep], b[keep]
    if len(a) == 0:
        return geoms, None
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import connected_components

    graph = csr_matrix((np.ones(len(a), dtype=np.int8), (a, b)), shape=(n, n))
    n_comp, comp = connected_components(graph, directed=True, connection="weak")
    comp = comp.astype(np.intp)
    sizes = np.bincount(comp, minlength=n_comp)
    out = np.empty(n_comp, dtype=object)
    single = sizes[comp] == 1
    out[comp[single]] = geoms[single]
    order = np.argsort(comp, kind="stable")
    groups = np.split(order, np.cumsum(sizes)[:-1])
    for i, c in enumerate(np.flatnonzero(sizes > 1).tolist()):
        if i % 64 == 0:
            step(57)
        members = geoms[groups[c]]
        union = shapely.union_all(members)
        broken = shapely.get_type_id(union) != _POLYGON
        if broken or shapely.area(union) < shapely.area(members).max() * (1.0 - 1e-9):
            # Never expected (overlapping interiors make one polygon): their convex hull.
            union = shapely.convex_hull(shapely.geometrycollections(members))
        out[c] = union
    out[sizes > 1] = _fill_holes(out[sizes > 1])
    return out, comp


def _neighbours(geoms, which) -> list[np.ndarray]:
    """For each of ``geoms[which]``, the indices of the other geoms within its box widened by
    twice its diagonal on every side."""
    bounds = shapely.bounds(geoms[which])
    pad = 2.0 * np.hypot(bounds[:, 2] - bounds[:, 0], bounds[:, 3] - bounds[:, 1])
    boxes = shapely.box(
        bounds[:, 0] - pad, bounds[:, 1] - pad, bounds[:, 2] + pad, bounds[:, 3] + pad
    )
    i, j = shapely.STRtree(geoms).query(boxes)
    keep = which[i] != j
    i, j = i[keep], j[keep]
    order = np.lexsort((j, i))
    i, j = i[order], j[order]
    return np.split(j, np.cumsum(np.bincount(i, minlength=len(which)))[:-1])


def _merge_bases(base, comp, merged) -> np.ndarray:
    """The unsimplified shapes of merged CHAs: for each component of ``comp``, the union of its
    members' ``base`` shapes, bridged into one polygon where they are apart (their simplified
    shapes overlapped, their own ones need not); ``merged`` (the union of the simplified
    shapes) where that fails."""
    n = len(merged)
    sizes = np.bincount(comp, minlength=n)
    out = np.empty(n, dtype=object)
    single = sizes[comp] == 1
    out[comp[single]] = base[single]
    order = np.argsort(comp, kind="stable")
    groups = np.split(order, np.cumsum(sizes)[:-1])
    for c in np.flatnonzero(sizes > 1).tolist():
        out[c] = _bridged_union(base[groups[c]])
        if out[c] is None:
            out[c] = merged[c]
    return out


def _bridged_union(polygons) -> Optional[shapely.Polygon]:
    """The union of ``polygons`` without holes; parts apart are joined by 2 cm wide bridges
    along the shortest lines of a minimum spanning tree. None if that is not one polygon."""
    union = shapely.union_all(polygons)
    if shapely.get_type_id(union) != _POLYGON:
        parts = shapely.get_parts(union)
        parts = parts[shapely.get_type_id(parts) == _POLYGON]
        if len(parts) < 2:
            return None
        gaps = shapely.distance(parts[:, None], parts[None, :])
        inside, bridges = [0], []
        while len(inside) < len(parts):  # Prim's tree over the parts
            outside = np.setdiff1d(np.arange(len(parts)), inside)
            sub = gaps[np.ix_(inside, outside)]
            i, j = np.unravel_index(np.argmin(sub), sub.shape)
            a, b = inside[i], int(outside[j])
            bridges.append(shapely.shortest_line(parts[a], parts[b]))
            inside.append(b)
        strips = shapely.buffer(np.array(bridges, dtype=object), 0.01, cap_style="square")
        union = shapely.union_all(np.concatenate([parts, strips]))
        if shapely.get_type_id(union) != _POLYGON:
            return None
    return shapely.Polygon(union.exterior) if union.interiors else union


def _vertex_counts(geoms) -> np.ndarray:
    return shapely.get_num_coordinates(shapely.get_exterior_ring(geoms)) - 1


def _north_order(geoms) -> np.ndarray:
    """Indices of ``geoms`` by northernmost vertex: descending y, then ascending x."""
    n = len(geoms)
    if n == 0:
        return np.empty(0, dtype=np.intp)
    xy, idx = shapely.get_coordinates(shapely.get_exterior_ring(geoms), return_index=True)
    top = np.lexsort((xy[:, 0], -xy[:, 1], idx))
    first = top[np.r_[True, idx[top][1:] != idx[top][:-1]]]
    areas = shapely.area(geoms)
    return np.lexsort((-areas, xy[first, 0], -xy[first, 1]))


def _group(keys: np.ndarray, values: np.ndarray, n: int) -> list[tuple[int, ...]]:
    """For each key 0..n-1, the sorted unique ``values`` with that key, as a tuple."""
    if len(keys) == 0:
        return [()] * n
    order = np.lexsort((values, keys))
    keys, values = keys[order], values[order]
    unique = np.r_[True, (keys[1:] != keys[:-1]) | (values[1:] != values[:-1])]
    keys, values = keys[unique], values[unique]
    counts = np.bincount(keys, minlength=n)
    return [tuple(part.tolist()) for part in np.split(values, np.cumsum(counts)[:-1])]


# ---------------------------------------------------------------------------------------------
# Outward simplification
# ---------------------------------------------------------------------------------------------


def _ring_xy(polygon) -> np.ndarray:
    """Exterior vertices without the closing one or repeated consecutive vertices."""
    xy = shapely.get_coordinates(polygon.exterior)[:-1]
    if len(xy) > 1:
        xy = xy[np.any(xy != np.roll(xy, -1, axis=0), axis=1)]
    return xy


def _signed_area(xy: np.ndarray) -> float:
    """Shoelace area, positive when counter-clockwise (about the first vertex, for precision)."""
    x = xy[:, 0] - xy[0, 0]
    y = xy[:, 1] - xy[0, 1]
    return 0.5 * float(np.dot(x[:-1], y[1:]) - np.dot(x[1:], y[:-1]))


def _simplify(polygon, n_max: int, obstacles=None) -> shapely.Polygon:
    """:func:`simplify_outward` without the argument checks. With ``obstacles`` (polygons): if
    the smallest result would overlap one, the smallest one avoiding them all is returned
    instead, provided it is at most ``AVOID_AREA_FACTOR`` times as large."""
    xy = _ring_xy(polygon)
    if len(xy) <= n_max:
        return polygon if not polygon.interiors else shapely.Polygon(polygon.exterior)
    if _signed_area(xy) < 0:
        xy = xy[::-1]
    origin = xy[0].copy()
    local = xy - origin
    hull_xy = _ring_xy(shapely.convex_hull(shapely.multipoints(local)))
    if _signed_area(hull_xy) < 0:
        hull_xy = hull_xy[::-1]
    result = _best_outward(polygon, local, hull_xy, origin, n_max, None)
    if result is not None and obstacles is not None and len(obstacles):
        clash = _Clash(obstacles, origin)
        if clash(_ring_xy(result) - origin):
            # It would overlap a neighbour (and be merged with it): rather a shape that avoids
            # the neighbours, unless that is much larger.
            avoiding = _best_outward(polygon, local, hull_xy, origin, n_max, clash)
            if avoiding is not None and avoiding.area <= AVOID_AREA_FACTOR * result.area:
                return avoiding
    if result is not None:
        return result
    # Never expected: the rectangle (or triangle) 1 mm larger all round, which holds everything.
    return shapely.Polygon(_enclosing(hull_xy, n_max, pad=1e-3) + origin)


def _best_outward(polygon, local, hull_xy, origin, n_max, clash) -> Optional[shapely.Polygon]:
    """The smallest candidate (see :func:`simplify_outward`) that is valid, has at most
    ``n_max`` vertices, holds ``polygon`` and, with ``clash``, overlaps no obstacle."""
    # A non-convex ring is first simplified without checking each move for self-crossings
    # (fast); only if that result fails is it done again with the checks.
    hull_ring = hull_xy if len(hull_xy) <= n_max else _greedy_outward(hull_xy, n_max, False, clash)
    pending = [(hull_ring, False), (_enclosing(hull_xy, n_max), False)]
    if len(hull_xy) < len(local):
        pending.append((_greedy_outward(local, n_max, False, clash), True))
    pending = [(abs(_signed_area(r)), i, r, u) for i, (r, u) in enumerate(pending) if r is not None]
    heapq.heapify(pending)
    while pending:
        _, i, ring, unchecked = heapq.heappop(pending)
        result = shapely.Polygon(ring + origin)
        if (
            3 <= len(ring) <= n_max
            and result.is_valid
            and (clash is None or not clash(ring))
            and result.buffer(CONTAIN_TOLERANCE_M).contains(polygon)
        ):
            return result
        if unchecked:
            ring = _greedy_outward(local, n_max, True, clash)
            if ring is not None:
                heapq.heappush(pending, (abs(_signed_area(ring)), i, ring, False))
    return None


class _Clash:
    """Whether a ring (coordinates about ``origin``) overlaps the interior of an obstacle."""

    def __init__(self, obstacles, origin):
        self.obstacles = np.asarray(obstacles, dtype=object)
        shapely.prepare(self.obstacles)
        self.origin = origin

    def __call__(self, ring) -> bool:
        shape = shapely.Polygon(np.asarray(ring) + self.origin)
        hit = shapely.intersects(self.obstacles, shape)
        if not hit.any():
            return False
        return bool(shapely.relate_pattern(self.obstacles[hit], shape, "T********").any())


def _enclosing(hull_xy: np.ndarray, n_max: int, pad: float = 0.0) -> np.ndarray:
    """The smallest enclosing rectangle of a convex ring, or for ``n_max`` 3 a triangle of twice
    its area (a parallelogram's smallest enclosing triangle)."""
    rectangle = _min_rectangle(hull_xy, pad)
    if n_max >= 4:
        return rectangle
    r0, r1, _, r3 = rectangle
    return np.array([r0, r0 + 2 * (r1 - r0), r0 + 2 * (r3 - r0)])


def _min_rectangle(hull_xy: np.ndarray, pad: float = 0.0) -> np.ndarray:
    """The smallest-area rectangle holding a convex ring (4 corners, counter-clockwise), each
    side ``pad`` further out."""
    edge = np.roll(hull_xy, -1, axis=0) - hull_xy
    length = np.hypot(edge[:, 0], edge[:, 1])
    u = edge[length > 0] / length[length > 0, None]
    v = np.column_stack([-u[:, 1], u[:, 0]])
    pu = hull_xy @ u.T
    pv = hull_xy @ v.T
    lo_u, hi_u = pu.min(0) - pad, pu.max(0) + pad
    lo_v, hi_v = pv.min(0) - pad, pv.max(0) + pad
    k = int(np.argmin((hi_u - lo_u) * (hi_v - lo_v)))
    uk, vk = u[k], v[k]
    return np.array(
        [
            lo_u[k] * uk + lo_v[k] * vk,
            hi_u[k] * uk + lo_v[k] * vk,
            hi_u[k] * uk + hi_v[k] * vk,
            lo_u[k] * uk + hi_v[k] * vk,
        ]
    )


_VERTEX, _EDGE = 0, 1
_FLAT_M = 1e-9  # a vertex this close to the line of its neighbours is taken as straight
_CLASH_AREA_M2 = 1e-6  # moves adding less area are not checked against obstacles


def _greedy_outward(xy: np.ndarray, n_max: int, check: bool, clash=None) -> Optional[np.ndarray]:
    """Greedy outward simplification of a counter-clockwise ring (no closing vertex).

    Moves, cheapest added area first: drop a reflex (or straight) vertex; replace an edge by the
    meeting point of its neighbours' extensions when they meet outside it. With ``check`` each
    move is first checked not to make the ring cross itself (not needed on a convex ring, where
    every move keeps it convex). With ``clash`` (a :class:`_Clash`), moves whose added triangle
    overlaps an obstacle are skipped. Returns the new ring, or None when no move is left before
    reaching ``n_max`` vertices.
    """
    n = len(xy)
    xs = xy[:, 0].tolist()
    ys = xy[:, 1].tolist()
    nxt = [i + 1 for i in range(n)]
    nxt[-1] = 0
    prv = [i - 1 for i in range(n)]
    prv[0] = n - 1
    alive = [True] * n
    stamp = [0] * n
    count = n
    heap: list = []
    # Meeting points further than this from the ring's box centre are not taken: spikes far
    # beyond the area (and, far enough, their coordinates would swamp the ring's own digits).
    lo, hi = xy.min(axis=0), xy.max(axis=0)
    mid_x, mid_y = ((lo + hi) / 2.0).tolist()
    reach = 2.0 * float(np.hypot(*(hi - lo)))
    if check:
        arr_x = xy[:, 0].copy()
        arr_y = xy[:, 1].copy()
        arr_next = np.array(nxt, dtype=np.intp)
        arr_alive = np.ones(n, dtype=bool)

    def push(k: int) -> None:
        a, c = prv[k], nxt[k]
        bx, by = xs[k], ys[k]
        ax, ay, cx, cy = xs[a], ys[a], xs[c], ys[c]
        # Drop vertex k: adds triangle a-k-c when k turns right (reflex) or goes straight.
        turn = (bx - ax) * (cy - by) - (by - ay) * (cx - bx)
        if count > 3:
            base = math.hypot(cx - ax, cy - ay)
            if turn <= 0 or (base > 0 and turn / base <= _FLAT_M):
                area = abs((bx - ax) * (cy - ay) - (by - ay) * (cx - ax)) / 2.0
                heapq.heappush(heap, (area, _VERTEX, k, stamp[k], 0.0, 0.0))
        # Replace edge k-c by the point where lines a-k and d-c meet beyond k and c.
        d = nxt[c]
        if count > 3 and d != a:
            dx, dy = xs[d], ys[d]
            rx, ry = bx - ax, by - ay
            sx, sy = cx - dx, cy - dy
            denom = rx * sy - ry * sx
            if denom != 0.0:
                wx, wy = cx - bx, cy - by
                t = (wx * sy - wy * sx) / denom
                s = (wx * ry - wy * rx) / denom
                if t > 0 and s > 0:
                    px, py = bx + t * rx, by + t * ry
                    side = wx * (py - by) - wy * (px - bx)
                    near = math.hypot(px - mid_x, py - mid_y) <= reach
                    if side < 0 and near:  # the meeting point is outside (right of k->c)
                        heapq.heappush(heap, (-side / 2.0, _EDGE, k, stamp[k], px, py))

    def crosses(segments, skip) -> bool:
        """Whether any of ``segments`` crosses or touches a ring edge not in ``skip``."""
        ids = np.flatnonzero(arr_alive)
        nids = arr_next[ids]
        other = np.ones(len(ids), dtype=bool)
        for j in skip:
            other &= ids != j
        ax_, ay_, bx_, by_ = arr_x[ids], arr_y[ids], arr_x[nids], arr_y[nids]
        for (px, py), (qx, qy), ends in segments:
            mask = other.copy()
            for j in ends:
                mask &= (ids != j) & (nids != j)
            o1 = (qx - px) * (ay_ - py) - (qy - py) * (ax_ - px)
            o2 = (qx - px) * (by_ - py) - (qy - py) * (bx_ - px)
            o3 = (bx_ - ax_) * (py - ay_) - (by_ - ay_) * (px - ax_)
            o4 = (bx_ - ax_) * (qy - ay_) - (by_ - ay_) * (qx - ax_)
            boxes = (
                (np.minimum(ax_, bx_) <= max(px, qx))
                & (np.maximum(ax_, bx_) >= min(px, qx))
                & (np.minimum(ay_, by_) <= max(py, qy))
                & (np.maximum(ay_, by_) >= min(py, qy))
            )
            hit = mask & boxes & (o1 * o2 <= 0) & (o3 * o4 <= 0)
            if hit.any():
                return True
        return False

    for k in range(n):
        push(k)
    while count > n_max:
        if not heap:
            return None
        added, kind, k, st, px, py = heapq.heappop(heap)
        if not alive[k] or stamp[k] != st:
            continue
        a, c = prv[k], nxt[k]
        if kind == _VERTEX:
            if check and crosses([((xs[a], ys[a]), (xs[c], ys[c]), [a, c])], [a, k]):
                continue
            if (
                clash is not None
                and added > _CLASH_AREA_M2
                and clash([(xs[a], ys[a]), (xs[k], ys[k]), (xs[c], ys[c])])
            ):
                continue
            nxt[a], prv[c] = c, a
            alive[k] = False
            if check:
                arr_next[a] = c
                arr_alive[k] = False
            touched = (prv[a], a, c)
        else:
            d = nxt[c]
            if check and crosses(
                [((xs[a], ys[a]), (px, py), [a]), ((px, py), (xs[d], ys[d]), [d])], [a, k, c]
            ):
                continue
            if (
                clash is not None
                and added > _CLASH_AREA_M2
                and clash([(xs[k], ys[k]), (px, py), (xs[c], ys[c])])
            ):
                continue
            xs[k], ys[k] = px, py
            nxt[k], prv[d] = d, k
            alive[c] = False
            if check:
                arr_x[k], arr_y[k] = px, py
                arr_next[k] = d
                arr_alive[c] = False
            touched = (prv[a], a, k, d)
        count -= 1
        for j in touched:
            stamp[j] += 1
        for j in touched:
            push(j)
    start = alive.index(True)
    ring = [start]
    j = nxt[start]
    while j != start:
        ring.append(j)
        j = nxt[j]
    return np.column_stack([np.take(xs, ring), np.take(ys, ring)])
