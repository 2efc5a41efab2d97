"""Suspected hazardous area (SHA) delineation along a line of contact: pure geometry.

``delineate_sha`` builds the SHA belt of ``landrelease:delineatesha`` (DESIGN §5.2) from shapely
geometries in a projected, metric CRS; the QGIS adapter transforms before and after. Nothing here
imports QGIS or Qt.

The steps, each vectorised over geometries (no Python loop per point or vertex):

1. **Belt**: every line gets a single-sided buffer of DEPTH_LEFT on its LEFT and one of
   DEPTH_RIGHT on its RIGHT, left and right as seen looking along the digitised direction (the
   sign convention of ``shapely.buffer(single_sided=True)``: positive = left). Ends are FLAT,
   joins at bends are ROUND: the belt holds every point within the depth of the line on that
   side, except behind the ends (a mitre join would add spikes at sharp bends). The buffer is
   assembled from exact pieces (one rectangle per segment and side, one disc sector per bend),
   because GEOS's single-sided buffer of a whole line loses area where the depth is large
   against the bends (see ``belt.belt_pieces``).
2. **Indirect evidence** (any geometry type) is grown by INDIRECT_BUFFER (round) and added.
3. **Exclusions** are removed.
4. **Segments** (SEGMENT_LENGTH > 0): every line is sampled densely (every ``SEGMENT_LENGTH / n``
   metres, at most 25 m and at most a tenth of a segment), each sample labelled with its line and
   segment; the Voronoi cells of the samples, dissolved per label, are the zones of influence of
   each stretch of line. The result is cut by these zones, so every point of the SHA goes to the
   stretch of line nearest to it: cuts are perpendicular to straight lines, follow the bisector at
   bends, and areas far from every line (indirect evidence) go to the nearest stretch.
5. **Districts**: the parts are cut by the district polygons; what lies outside every district
   keeps the district ``None`` and is counted.
6. Multi-part results are exploded, polygons smaller than MIN_AREA are dropped (and counted), and
   the parts are sorted in a deterministic order.

Robustness: GEOS's floating point overlay can silently go wrong where edges nearly coincide (two
polygons sharing an edge whose ends differ in the last bit: their union came out as one of them).
Every union, cut and difference here is checked (pieces must hold the area of what was cut, each
piece of a union must lie in it); what fails is done again on a millimetre grid (snap rounding).

The package: ``delineate`` (:func:`delineate_sha`, the report), ``inputs`` (the checks,
:class:`ShaInputError` with its codes), ``belt`` (step 1), ``segments`` (4), ``districts`` (5),
``polygons`` (overlay results checked, step 6) and ``order`` (the parts' order).
"""

from __future__ import annotations

from ..progress import Cancelled
from .belt import QUAD_SEGS
from .delineate import ShaPart, delineate_sha
from .inputs import ERROR_CODES, ShaInputError
from .polygons import FLAT_HOLE_M2
from .segments import MAX_SAMPLES, MAX_SEGMENTS, SAMPLE_SPACING_MAX_M, SAMPLES_PER_SEGMENT_MIN

__all__ = [
    "ERROR_CODES",
    "FLAT_HOLE_M2",
    "MAX_SAMPLES",
    "MAX_SEGMENTS",
    "QUAD_SEGS",
    "SAMPLES_PER_SEGMENT_MIN",
    "SAMPLE_SPACING_MAX_M",
    "Cancelled",
    "ShaInputError",
    "ShaPart",
    "delineate_sha",
]
