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

The package: ``delineate`` (:func:`delineate_cha`), ``inputs`` (the checks, :class:`ChaInputError`
with its codes), ``clusters`` and ``mitre_offset`` (steps 1 and 2), ``minefields`` (3),
``merging`` (4), ``outward_simplification`` and ``greedy_outward`` (5), ``vertices``
(:func:`turning_points`).
"""

from __future__ import annotations

from ..progress import Cancelled
from .clusters import BUFFERED_QUAD_SEGS, CONCAVE_RATIO, MIN_GROWTH_M
from .delineate import ChaArea, delineate_cha
from .inputs import BUFFERED, CONCAVE, CONVEX, ERROR_CODES, SHAPES, ChaInputError
from .mitre_offset import MITRE_LIMIT
from .outward_simplification import AVOID_AREA_FACTOR, CONTAIN_TOLERANCE_M, simplify_outward
from .vertices import TurningPoint, turning_points

__all__ = [
    "AVOID_AREA_FACTOR",
    "BUFFERED",
    "BUFFERED_QUAD_SEGS",
    "CONCAVE",
    "CONCAVE_RATIO",
    "CONTAIN_TOLERANCE_M",
    "CONVEX",
    "ERROR_CODES",
    "MIN_GROWTH_M",
    "MITRE_LIMIT",
    "SHAPES",
    "Cancelled",
    "ChaArea",
    "ChaInputError",
    "TurningPoint",
    "delineate_cha",
    "simplify_outward",
    "turning_points",
]
