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
   against the bends (see ``_belts``).
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
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Callable, Optional

import numpy as np
import shapely

from .progress import Cancelled  # noqa: F401 - Cancelled is part of this module's API

QUAD_SEGS = 16  # segments per quarter circle of round buffers: a circle loses 0.16 % of its area
SAMPLE_SPACING_MAX_M = 25.0  # samples along the line for segmentation: at most this far apart
SAMPLES_PER_SEGMENT_MIN = 10  # ...and at least this many per segment
MAX_SEGMENTS = 200_000
MAX_SAMPLES = 2_000_000
_GRID_M = 1e-3  # grid for Voronoi samples (keeps them apart) and for overlays done again
_OVERLAP_M2 = 1.0  # districts overlapping by more than this are reported
_COVERED = 1.0 - 1e-9  # a part whose district pieces hold this share of its area is covered
_STRAIGHT_M = 1e-6  # a vertex this close to the line through its neighbours is dropped
_AREA_RTOL, _AREA_ATOL = 1e-9, 1e-6  # areas that differ by more are not the same (m²)

_POLYGON_ID = 3  # shapely.get_type_id of a Polygon
_MULTI_IDS = (4, 5, 6, 7)  # multi-part types and geometry collections


class ShaInputError(ValueError):
    """Bad input to ``delineate_sha``; the message names the parameter and is shown to users."""


@dataclass(frozen=True)
class ShaPart:
    """One suspected hazardous area polygon."""

    geometry: shapely.Polygon  # single polygon, valid, exterior counter-clockwise
    district: Optional[str]  # code of the district it lies in (None: no or outside districts)
    line_index: int  # index in ``lines`` of the line it belongs to (the nearest line)
    segment: int  # 0-based number of the SEGMENT_LENGTH stretch of that line (0: not split)
    indirect_count: int  # number of INDIRECT geometries intersecting this polygon


def delineate_sha(
    lines: Sequence[Any],
    depth_left_m: Any,
    depth_right_m: Any,
    *,
    default_left_m: float = 500.0,
    default_right_m: float = 500.0,
    indirect: Optional[Sequence[Any]] = None,
    indirect_buffer_m: float = 250.0,
    exclusions: Optional[Sequence[Any]] = None,
    districts: Optional[Sequence[tuple[Optional[str], Any]]] = None,
    segment_length_m: float = 0.0,
    min_area_m2: float = 100.0,
    progress: Optional[Callable[[float], Any]] = None,
    is_cancelled: Optional[Callable[[], bool]] = None,
) -> tuple[list[ShaPart], dict]:
    """Suspected hazardous areas along ``lines``, as sorted parts and a report.

    ``lines``: shapely LineStrings / MultiLineStrings in a metric CRS; None, empty and zero-length
    entries are skipped and counted (``line_index`` is always the index in ``lines``).
    ``depth_left_m`` / ``depth_right_m``: a number, or one value per line where None or NaN means
    ``default_left_m`` / ``default_right_m``. Left and right are seen looking along the digitised
    direction of each line; a depth of 0 means no belt on that side. The belt has flat ends and
    round joins.
    ``indirect``: geometries of any type, grown by ``indirect_buffer_m`` (round) and added; with a
    buffer of 0, points and lines add nothing (counted in ``indirect_without_area``).
    ``exclusions``: polygons removed from the result. ``districts``: ``(code, polygon)`` pairs; the
    result is split per district (the first district given wins where districts overlap).
    Invalid polygons are repaired with ``make_valid`` and counted in ``repaired_geometries``.
    ``segment_length_m``: split along each line into stretches of this length (0: no split).
    ``min_area_m2``: smaller polygons are dropped (``dropped_slivers``, ``dropped_area_m2``).
    ``progress(percent)`` is called as the work advances; when ``is_cancelled()`` returns True,
    ``Cancelled`` is raised.

    Parts are sorted by district ("" for None), line index, segment, position along the line of
    the part's representative point, then its x and y. Geometries are 2D (z is dropped).
    Raises ``ShaInputError`` on bad input.

    The report counts ``skipped_lines`` (None, empty or zero-length lines), ``dropped_slivers``
    and ``dropped_area_m2`` (polygons under MIN_AREA), ``parts_outside_districts`` (parts in no
    district, when districts are given), ``repaired_geometries`` (invalid INDIRECT, EXCLUSIONS
    and DISTRICTS geometries repaired), ``indirect_without_area`` (INDIRECT points and lines that
    add nothing because INDIRECT_BUFFER is 0) and ``overlapping_districts`` (districts that
    overlap an earlier one by more than 1 m²; the overlap goes to the earlier one).
    """
    run = _Run(progress, is_cancelled)
    report = {
        "skipped_lines": 0,
        "dropped_slivers": 0,
        "dropped_area_m2": 0.0,
        "parts_outside_districts": 0,
        "repaired_geometries": 0,
        "indirect_without_area": 0,
        "overlapping_districts": 0,
    }

    # --- arguments -----------------------------------------------------------------------------
    default_left = _non_negative(default_left_m, "DEPTH_LEFT", "m")
    default_right = _non_negative(default_right_m, "DEPTH_RIGHT", "m")
    buffer_m = _non_negative(indirect_buffer_m, "INDIRECT_BUFFER", "m")
    segment_length = _non_negative(segment_length_m, "SEGMENT_LENGTH", "m")
    min_area = _non_negative(min_area_m2, "MIN_AREA", "m²")

    line_arr = _geometry_array(lines, "LINE")
    n_lines = len(line_arr)
    left_all = _depths(depth_left_m, default_left, "DEPTH_LEFT", n_lines)
    right_all = _depths(depth_right_m, default_right, "DEPTH_RIGHT", n_lines)
    line_geoms, line_ids, skipped = _usable_lines(line_arr)
    report["skipped_lines"] = skipped
    if len(line_geoms) == 0:
        raise ShaInputError(
            "LINE has no line to build a belt along: every line is without geometry or of "
            "zero length"
        )
    left = left_all[line_ids]
    right = right_all[line_ids]
    line_by_index = np.empty(n_lines, dtype=object)  # usable lines at their index in ``lines``
    line_by_index[line_ids] = line_geoms

    indirect_geoms = _geometry_array(indirect, "INDIRECT")
    indirect_geoms = indirect_geoms[_present(indirect_geoms)]
    if not np.any((left > 0) | (right > 0)) and len(indirect_geoms) == 0:
        raise ShaInputError(
            "DEPTH_LEFT and DEPTH_RIGHT are 0 for every line and there is no INDIRECT evidence: "
            "there is no area to delineate"
        )
    exclusion_geoms = _require_polygons(_geometry_array(exclusions, "EXCLUSIONS"), "EXCLUSIONS")
    district_codes, district_geoms = _district_arrays(districts)
    plan = None
    if segment_length > 0:
        plan = _sample_plan(line_geoms, segment_length)
    run.step(5)

    # --- belt, indirect evidence, exclusions ---------------------------------------------------
    pieces = [_belts(line_geoms, left, right)]
    run.step(15)
    if len(indirect_geoms):
        indirect_geoms, repaired = _repair(indirect_geoms)
        report["repaired_geometries"] += repaired
        grown = shapely.buffer(indirect_geoms, buffer_m, quad_segs=QUAD_SEGS)
        report["indirect_without_area"] = int(np.count_nonzero(shapely.area(grown) <= 0))
        pieces.append(grown)
    run.step(20)
    hazard = _union(np.concatenate(pieces))
    run.step(35)
    if len(exclusion_geoms):
        exclusion_geoms, repaired = _repair(exclusion_geoms, polygonal=True)
        report["repaired_geometries"] += repaired
        hazard = _minus(hazard, _union(exclusion_geoms))
    run.step(40)

    # --- split along the lines -----------------------------------------------------------------
    if plan is not None and not shapely.is_empty(hazard):
        zones = _zones(line_geoms, plan, hazard, run)
        run.step(55)
        parts, line_index, segment = _cut_by_zones(hazard, zones, run)
        line_index = line_ids[line_index]
    else:
        parts, _ = _polygons(np.array([hazard], dtype=object))
        line_index = line_ids[_nearest_line(line_geoms, parts)]
        segment = np.zeros(len(parts), dtype=np.int64)
    run.step(80)

    # --- districts -----------------------------------------------------------------------------
    district = np.full(len(parts), -1, dtype=np.int64)  # index in district_codes, -1: none
    if len(district_geoms):
        district_geoms, repaired = _repair(district_geoms, polygonal=True)
        report["repaired_geometries"] += repaired
        district_codes, district_geoms, overlapping = _dissolve_districts(
            district_codes, district_geoms
        )
        report["overlapping_districts"] = overlapping
        run.step(85)
        parts, district, keep = _cut_by_districts(parts, district_geoms)
        line_index, segment = line_index[keep], segment[keep]
    run.step(90)

    # --- clean up, count, sort -----------------------------------------------------------------
    # Vertices where nothing turns (the line's end on a flat end, joints of collinear segments)
    # would show as turning points on maps: drop them (the outline moves by 1 µm at most).
    parts = shapely.simplify(parts, _STRAIGHT_M)
    parts, index = _valid_polygons(parts)
    line_index, segment, district = line_index[index], segment[index], district[index]
    areas = shapely.area(parts)
    small = (areas < min_area) | (areas <= 0)
    report["dropped_slivers"] = int(np.count_nonzero(small))
    report["dropped_area_m2"] = float(areas[small].sum())
    keep = ~small
    parts, line_index, segment, district = (
        parts[keep],
        line_index[keep],
        segment[keep],
        district[keep],
    )
    parts = _orient(_without_flat_holes(parts))
    order = _order(parts, line_by_index, line_index, segment, district, district_codes)
    parts, line_index, segment, district = (
        parts[order],
        line_index[order],
        segment[order],
        district[order],
    )
    counts = _intersect_counts(parts, indirect_geoms)
    if len(district_geoms):
        report["parts_outside_districts"] = int(np.count_nonzero(district < 0))
    codes = [None if d < 0 else district_codes[d] for d in district.tolist()]
    result = [
        ShaPart(geometry=g, district=c, line_index=int(li), segment=int(s), indirect_count=int(n))
        for g, c, li, s, n in zip(parts, codes, line_index, segment, counts)
    ]
    run.step(100)
    return result, report


# ---------------------------------------------------------------------------------------------
# Arguments
# ---------------------------------------------------------------------------------------------


class _Run:
    """Progress reports and cancellation checks."""

    def __init__(self, progress, is_cancelled):
        self._progress = progress
        self._is_cancelled = is_cancelled

    def check(self) -> None:
        if self._is_cancelled is not None and self._is_cancelled():
            raise Cancelled()

    def step(self, percent: float) -> None:
        self.check()
        if self._progress is not None:
            self._progress(float(percent))


def _fmt(value: float) -> str:
    return f"{value:g}"


def _non_negative(value: Any, name: str, unit: str) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ShaInputError(f"{name} must be a number (got {value!r})") from None
    if not math.isfinite(number):
        raise ShaInputError(f"{name} must be a finite number (got {value!r})")
    if number < 0:
        raise ShaInputError(f"{name} must not be negative (got {_fmt(number)} {unit})")
    return number


def _depths(values: Any, default: float, name: str, n_lines: int) -> np.ndarray:
    """One depth per line: None and NaN take ``default``."""
    if values is None or np.ndim(values) == 0:
        if values is not None and not isinstance(values, (str, bytes)):
            try:
                if math.isnan(float(values)):
                    values = None
            except (TypeError, ValueError):
                pass
        depth = default if values is None else _non_negative(values, name, "m")
        return np.full(n_lines, depth, dtype=float)
    values = list(values)
    if len(values) != n_lines:
        raise ShaInputError(f"{name}: {len(values)} depths given for {n_lines} lines")
    depths = np.empty(n_lines, dtype=float)
    for i, value in enumerate(values):  # one per line
        if value is None:
            depths[i] = default
            continue
        try:
            depth = float(value)
        except (TypeError, ValueError):
            raise ShaInputError(f"{name} is not a number for line {i}: {value!r}") from None
        if math.isnan(depth):
            depth = default
        elif math.isinf(depth):
            raise ShaInputError(f"{name} must be a finite number (got {value!r} for line {i})")
        elif depth < 0:
            raise ShaInputError(f"{name} must not be negative (got {_fmt(depth)} m for line {i})")
        depths[i] = depth
    return depths


def _geometry_array(values: Optional[Sequence[Any]], name: str) -> np.ndarray:
    """``values`` as a 1-D object array; every entry must be None or a shapely geometry."""
    if values is None:
        return np.empty(0, dtype=object)
    if isinstance(values, shapely.Geometry):
        values = [values]
    items = list(values)
    array = np.empty(len(items), dtype=object)
    array[:] = items
    ok = shapely.is_valid_input(array)
    if not ok.all():
        bad = int(np.flatnonzero(~ok)[0])
        raise ShaInputError(
            f"{name} holds something that is not a geometry at position {bad}: "
            f"{type(items[bad]).__name__}"
        )
    return array


def _present(geoms: np.ndarray) -> np.ndarray:
    return ~shapely.is_missing(geoms) & ~shapely.is_empty(geoms)


def _usable_lines(line_arr: np.ndarray) -> tuple[np.ndarray, np.ndarray, int]:
    """The lines with a length, their indices in ``line_arr``, and how many were skipped."""
    present = _present(line_arr)
    types = shapely.get_type_id(line_arr[present])
    lineal = np.isin(types, (1, 2, 5))
    if not lineal.all():
        bad = int(np.flatnonzero(present)[np.flatnonzero(~lineal)[0]])
        raise ShaInputError(f"LINE must hold lines: feature {bad} is a {line_arr[bad].geom_type}")
    coords, index = shapely.get_coordinates(line_arr[present], return_index=True)
    if not np.isfinite(coords).all():
        bad = int(np.flatnonzero(present)[index[~np.isfinite(coords).all(axis=1)][0]])
        raise ShaInputError(f"LINE: line {bad} has a coordinate that is NaN or infinite")
    geoms = line_arr.copy()
    rings = present.copy()
    rings[present] = types == 2
    if rings.any():
        geoms[rings] = shapely.linestrings(
            shapely.get_coordinates(geoms[rings]), indices=_ring_indices(geoms[rings])
        )
    usable = present.copy()
    usable[present] = shapely.length(geoms[present]) > 0
    ids = np.flatnonzero(usable)
    return geoms[ids], ids, int(len(line_arr) - len(ids))


def _ring_indices(rings: np.ndarray) -> np.ndarray:
    return np.repeat(np.arange(len(rings)), shapely.get_num_coordinates(rings))


def _require_polygons(geoms: np.ndarray, name: str) -> np.ndarray:
    """The present geometries of ``geoms``, which must all be polygons (or collections)."""
    present = _present(geoms)
    polygonal = np.isin(shapely.get_type_id(geoms), (3, 6, 7)) | ~present
    if not polygonal.all():
        bad = int(np.flatnonzero(~polygonal)[0])
        raise ShaInputError(f"{name} must hold polygons: item {bad} is a {geoms[bad].geom_type}")
    return geoms[present]


def _district_arrays(districts) -> tuple[list[Optional[str]], np.ndarray]:
    if districts is None:
        return [], np.empty(0, dtype=object)
    codes: list[Optional[str]] = []
    geoms = []
    for position, item in enumerate(districts):  # one per district
        try:
            code, geometry = item
        except (TypeError, ValueError):
            raise ShaInputError(
                f"DISTRICTS: item {position} is not a (code, polygon) pair: {item!r}"
            ) from None
        codes.append(None if code is None else str(code))
        geoms.append(geometry)
    array = _geometry_array(geoms, "DISTRICTS")
    present = _present(array)
    codes = [c for c, p in zip(codes, present.tolist()) if p]
    return codes, _require_polygons(array, "DISTRICTS")


def _repair(geoms: np.ndarray, polygonal: bool = False) -> tuple[np.ndarray, int]:
    """Invalid geometries made valid; how many were repaired.

    With ``polygonal``, what a repair leaves besides polygons (collapsed spikes become lines)
    and non-polygons in collections are dropped.
    """
    invalid = ~shapely.is_valid(geoms)
    count = int(np.count_nonzero(invalid))
    fix = invalid | (polygonal & (shapely.get_type_id(geoms) == 7))
    if fix.any():
        geoms = geoms.copy()
        fixed = shapely.make_valid(geoms[fix])
        if polygonal:
            polys, where = _polygons(fixed)
            fixed = shapely.multipolygons(polys, indices=where, out=np.empty(len(fixed), object))
            fixed[shapely.is_missing(fixed)] = shapely.MultiPolygon()
        geoms[fix] = fixed
    return geoms, count


# ---------------------------------------------------------------------------------------------
# Geometry helpers
# ---------------------------------------------------------------------------------------------


FLAT_HOLE_M2 = 1e-6  # a hole smaller than this is an overlay's trace, not a hole


def _without_flat_holes(parts: np.ndarray) -> np.ndarray:
    """The parts without holes of no area (a boundary run out and back, nanometres wide, left
    by an overlay): GEOS lets them pass, but in degrees their vertices coincide and the polygon
    is invalid."""
    out = np.asarray(parts, dtype=object).copy()
    for k, geometry in enumerate(out):
        polygons = list(getattr(geometry, "geoms", [geometry]))
        flat = [
            p for p in polygons if any(shapely.Polygon(r).area < FLAT_HOLE_M2 for r in p.interiors)
        ]
        if not flat:
            continue
        kept = [
            shapely.Polygon(
                p.exterior, [r for r in p.interiors if shapely.Polygon(r).area >= FLAT_HOLE_M2]
            )
            for p in polygons
        ]
        out[k] = kept[0] if geometry.geom_type == "Polygon" else shapely.MultiPolygon(kept)
    return out


def _polygons(geoms: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The non-empty polygons inside ``geoms`` and the index of the geometry each comes from."""
    index = np.arange(len(geoms))
    geoms = np.asarray(geoms, dtype=object)
    while True:
        multi = np.isin(shapely.get_type_id(geoms), _MULTI_IDS)
        if not multi.any():
            break
        parts, where = shapely.get_parts(geoms[multi], return_index=True)
        single = ~multi
        geoms = np.concatenate([geoms[single], parts])
        index = np.concatenate([index[single], index[multi][where]])
    keep = (shapely.get_type_id(geoms) == _POLYGON_ID) & ~shapely.is_empty(geoms)
    geoms, index = geoms[keep], index[keep]
    order = np.argsort(index, kind="stable")
    return geoms[order], index[order]


def _valid_polygons(parts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Single valid polygons (overlay output is valid; this is a safety net)."""
    parts, index = _polygons(parts)
    invalid = ~shapely.is_valid(parts)
    if invalid.any():
        fixed, where = _polygons(shapely.make_valid(parts[invalid]))
        keep = ~invalid
        parts = np.concatenate([parts[keep], fixed])
        index = np.concatenate([index[keep], index[invalid][where]])
        order = np.argsort(index, kind="stable")
        parts, index = parts[order], index[order]
    return parts, index


def _belts(line_geoms: np.ndarray, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """The pieces whose union is the belt: left of every line by ``left``, right by ``right``.

    A single-sided buffer built from exact pieces: for every segment, the rectangle on that side
    (the single-sided buffer of the segment alone, flat ends), and at every bend that turns away
    from that side, the sector of the disc around the vertex between the normals of the two
    segments (a round join). So the belt holds every point within the depth of the line on that
    side, except behind the flat ends. GEOS's own ``buffer(single_sided=True)`` of a whole line
    is not used: where the depth is large against the bends of the line it loses area (the
    inside of a curl, wedges near the ends). The right side of a line is the left side of the
    reversed line. The pieces overlap and share edges exactly: union them with ``_union``.
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
    wide = span * d[s_out] > _STRAIGHT_M  # else the rectangles' corners are a micrometre apart
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


def _union(pieces: np.ndarray):
    """Union of polygons, checked: if a piece went missing (floating point overlay can drop one
    whose edges nearly coincide with others'), it is done again with a millimetre grid."""
    union = shapely.union_all(pieces)
    shapely.prepare(union)
    points = shapely.point_on_surface(pieces)
    x, y = shapely.get_coordinates(points).T
    outside = ~shapely.intersects_xy(union, x, y)
    if outside.any():  # a piece thinner than a micrometre may fall on either side: no matter
        lost = shapely.distance(union, points[~shapely.is_empty(points)][outside]) > _STRAIGHT_M
        if lost.any():
            union = shapely.union_all(pieces, grid_size=_GRID_M)
    return union


def _nearest_line(line_geoms: np.ndarray, parts: np.ndarray) -> np.ndarray:
    """Index in ``line_geoms`` of the line nearest each part's representative point.

    Ties go to the lowest index.
    """
    if len(parts) == 0:
        return np.zeros(0, dtype=np.int64)
    points = shapely.point_on_surface(parts)
    tree = shapely.STRtree(line_geoms)
    which, line = tree.query_nearest(points, all_matches=True)
    best = np.full(len(parts), len(line_geoms), dtype=np.int64)
    np.minimum.at(best, which, line)
    return best


# ---------------------------------------------------------------------------------------------
# Segments along the lines
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _SamplePlan:
    segment_length: float
    spacing: float
    lengths: np.ndarray
    n_segments: np.ndarray
    n_samples: np.ndarray


def _ceil(value: np.ndarray) -> np.ndarray:
    """Ceiling that forgives rounding noise (10000.0000000001 / 1000 -> 10)."""
    return np.ceil(value - 1e-9 * np.maximum(1.0, value)).astype(np.int64)


def _sample_plan(line_geoms: np.ndarray, segment_length: float) -> _SamplePlan:
    per_segment = max(SAMPLES_PER_SEGMENT_MIN, math.ceil(segment_length / SAMPLE_SPACING_MAX_M))
    spacing = segment_length / per_segment
    lengths = shapely.length(line_geoms)
    n_segments = np.maximum(1, _ceil(lengths / segment_length))
    n_samples = np.maximum(1, _ceil(lengths / spacing))
    if n_segments.sum() > MAX_SEGMENTS or n_samples.sum() > MAX_SAMPLES:
        raise ShaInputError(
            f"SEGMENT_LENGTH of {_fmt(segment_length)} m is too short for "
            f"{lengths.sum() / 1000:.1f} km of line: it gives {int(n_segments.sum())} segments "
            f"(at most {MAX_SEGMENTS}); choose a longer SEGMENT_LENGTH"
        )
    return _SamplePlan(segment_length, spacing, lengths, n_segments, n_samples)


def _zones(line_geoms, plan: _SamplePlan, hazard, run: _Run) -> _Zones:
    """Zones of influence of every (line, segment) stretch: Voronoi cells of samples, dissolved."""
    coords, labels_line, labels_segment = [], [], []
    for i, line in enumerate(line_geoms):  # one per line
        n = int(plan.n_samples[i])
        along = np.minimum((np.arange(n) + 0.5) * plan.spacing, plan.lengths[i])
        segment = np.minimum(
            np.floor(along / plan.segment_length).astype(np.int64), plan.n_segments[i] - 1
        )
        coords.append(_interpolate(line, along))
        labels_line.append(np.full(n, i, dtype=np.int64))
        labels_segment.append(segment)
    coords = np.round(np.concatenate(coords) / _GRID_M) * _GRID_M
    labels_line = np.concatenate(labels_line)
    labels_segment = np.concatenate(labels_segment)
    # Samples on the same spot (crossing lines): the first one (lowest line index) keeps it.
    _, first = np.unique(coords, axis=0, return_index=True)
    first.sort()
    coords, labels_line, labels_segment = coords[first], labels_line[first], labels_segment[first]
    run.check()

    xmin, ymin, xmax, ymax = shapely.total_bounds(
        np.array([hazard, shapely.multipoints(coords)], dtype=object)
    )
    margin = 0.1 * max(xmax - xmin, ymax - ymin) + 1000.0
    envelope = shapely.box(xmin - margin, ymin - margin, xmax + margin, ymax + margin)

    # Runs of samples with the same label are contiguous: samples go line by line, in order.
    key_change = (np.diff(labels_line) != 0) | (np.diff(labels_segment) != 0)
    starts = np.concatenate([[0], np.flatnonzero(key_change) + 1])
    ends = np.concatenate([starts[1:], [len(coords)]])
    n_zones = len(starts)
    zone_line, zone_segment = labels_line[starts], labels_segment[starts]
    if n_zones == 1:
        whole = np.array([envelope], dtype=object)
        return _Zones(whole, zone_line, zone_segment, whole, np.zeros(1, dtype=np.int64))

    cells = _voronoi_cells(coords, envelope)
    cell_areas = shapely.area(cells)
    zones = np.empty(n_zones, dtype=object)
    for z, (a, b) in enumerate(zip(starts.tolist(), ends.tolist())):  # one per zone
        if z % 64 == 0:
            run.check()
        zones[z] = _dissolve(cells[a:b], cell_areas[a:b])
    # Groups of consecutive zones, so that the SHA is first cut into a few large pieces.
    size = max(1, math.isqrt(n_zones))
    zone_batch = np.arange(n_zones) // size
    batch_starts = starts[::size]
    batch_ends = np.concatenate([batch_starts[1:], [len(coords)]])
    batches = np.empty(len(batch_starts), dtype=object)
    for k, (a, b) in enumerate(zip(batch_starts.tolist(), batch_ends.tolist())):  # per batch
        batches[k] = _dissolve(cells[a:b], cell_areas[a:b])
    return _Zones(zones, zone_line, zone_segment, batches, zone_batch)


def _voronoi_cells(coords: np.ndarray, envelope) -> np.ndarray:
    """The Voronoi cell of every point (distinct points), in the order of the points."""
    sites = shapely.multipoints(coords)
    try:
        return shapely.get_parts(shapely.voronoi_polygons(sites, extend_to=envelope, ordered=True))
    except (TypeError, shapely.errors.UnsupportedGEOSVersionError):  # shapely < 2.1, GEOS < 3.12
        cells = shapely.get_parts(shapely.voronoi_polygons(sites, extend_to=envelope))
        cell, point = shapely.STRtree(shapely.points(coords)).query(cells, predicate="contains")
        ordered = np.empty(len(coords), dtype=object)
        ordered[point] = cells[cell]
        return ordered


def _interpolate(line, along: np.ndarray) -> np.ndarray:
    """x, y of the points at distances ``along`` a (Multi)LineString, its parts end to end.

    The same as ``shapely.line_interpolate_point`` but in numpy: that one walks the line for
    every point.
    """
    parts = shapely.get_parts(line)
    xy = shapely.get_coordinates(parts)
    part_of_vertex = np.repeat(np.arange(len(parts)), shapely.get_num_coordinates(parts))
    step = np.hypot(*np.diff(xy, axis=0).T)
    step[np.diff(part_of_vertex) != 0] = 0.0  # no length from one part to the next
    measure = np.concatenate([[0.0], np.cumsum(step)])
    i = np.clip(np.searchsorted(measure, along, side="right") - 1, 0, len(xy) - 2)
    with np.errstate(divide="ignore", invalid="ignore"):
        t = np.where(step[i] > 0, (along - measure[i]) / step[i], 0.0)
    t = np.clip(t, 0.0, 1.0)[:, None]
    return xy[i] + t * (xy[i + 1] - xy[i])


@dataclass(frozen=True)
class _Zones:
    zones: np.ndarray  # polygons tiling an envelope of the SHA
    line: np.ndarray  # per zone: index of the line
    segment: np.ndarray  # per zone: segment number
    batches: np.ndarray  # unions of consecutive zones
    batch: np.ndarray  # per zone: index of its batch


def _dissolve(cells: np.ndarray, areas: np.ndarray):
    """Union of adjacent Voronoi cells (a coverage: fast), checked by area, with fallbacks."""
    if len(cells) == 1:
        return cells[0]
    expected = areas.sum()
    for union in (
        lambda: shapely.coverage_union_all(cells),
        lambda: shapely.union_all(cells),
        lambda: shapely.union_all(cells, grid_size=_GRID_M),
    ):
        result = union()
        if result.is_valid and not _area_differs(result.area, expected):
            break
    return result


def _cut_by_zones(hazard, zones: _Zones, run: _Run):
    """The SHA cut by the zones: first by batches of zones, then by the zones of each batch."""
    polys, _ = _polygons(np.array([hazard], dtype=object))
    run.check()
    if len(zones.batches) > 1:
        batch_of_zone = zones.batch
        polys, _, batch = _split(polys, np.zeros(len(polys), np.int64), zones.batches, None)
        run.check()
    else:
        batch_of_zone = np.zeros(len(zones.zones), np.int64)
        batch = np.zeros(len(polys), np.int64)
    parts, _, zone = _split(polys, batch, zones.zones, batch_of_zone)
    return parts, zones.line[zone], zones.segment[zone]


def _split(polys, poly_group, regions, region_group):
    """``polys`` cut by ``regions``, which tile the plane within each group.

    Returns the pieces, the index of the polygon and of the region each comes from. A polygon
    that meets one region of its group only lies inside it: it is kept as it is.
    """
    # The regions are prepared once each and tested against the polygons near them.
    region, poly = shapely.STRtree(polys).query(regions, predicate="intersects")
    if region_group is not None:
        same = poly_group[poly] == region_group[region]
        poly, region = poly[same], region[same]
    single = np.bincount(poly, minlength=len(polys))[poly] == 1
    poly_cut, region_cut = poly[~single], region[~single]
    pieces, where = _polygons(shapely.intersection(polys[poly_cut], regions[region_cut]))
    # Check: the pieces of each polygon hold its area (floating point overlay can go wrong where
    # edges nearly coincide); where they do not, cut again on a millimetre grid.
    got = np.bincount(poly_cut[where], shapely.area(pieces), minlength=len(polys))
    wrong = np.zeros(len(polys), dtype=bool)
    wrong[poly_cut] = True
    wrong &= _area_differs(got, shapely.area(polys))
    if wrong.any():
        keep = ~wrong[poly_cut[where]]
        pieces, where = pieces[keep], where[keep]
        again = np.flatnonzero(wrong[poly_cut])
        redone, redone_where = _polygons(
            shapely.intersection(
                polys[poly_cut[again]], regions[region_cut[again]], grid_size=_GRID_M
            )
        )
        pieces = np.concatenate([pieces, redone])
        where = np.concatenate([where, again[redone_where]])
    return (
        np.concatenate([polys[poly[single]], pieces]),
        np.concatenate([poly[single], poly_cut[where]]),
        np.concatenate([region[single], region_cut[where]]),
    )


def _area_differs(got, expected) -> np.ndarray:
    """True where two areas differ by more than rounding."""
    return np.abs(got - expected) > _AREA_RTOL * np.abs(expected) + _AREA_ATOL


def _minus(a, b):
    """``a - b`` (single geometries), checked: with ``a & b`` it must hold the area of ``a``."""
    inside, outside = shapely.intersection(a, b), shapely.difference(a, b)
    if _area_differs(inside.area + outside.area, a.area):
        outside = shapely.difference(a, b, grid_size=_GRID_M)
    return outside


# ---------------------------------------------------------------------------------------------
# Districts
# ---------------------------------------------------------------------------------------------


def _dissolve_districts(codes: list[Optional[str]], geoms: np.ndarray):
    """One polygon per code (first appearance order), made disjoint: the first district wins.

    Returns the codes, the polygons and how many districts overlapped an earlier one by more
    than ``_OVERLAP_M2`` (smaller overlaps are mismatched borders: removed, not reported).
    """
    unique: list[Optional[str]] = []
    position: dict[Optional[str], int] = {}
    groups: list[list[int]] = []
    for i, code in enumerate(codes):  # one per district
        if code not in position:
            position[code] = len(unique)
            unique.append(code)
            groups.append([])
        groups[position[code]].append(i)
    merged = np.empty(len(unique), dtype=object)
    for g, members in enumerate(groups):  # one per district code
        merged[g] = geoms[members[0]] if len(members) == 1 else shapely.union_all(geoms[members])
    a, b = shapely.STRtree(merged).query(merged, predicate="intersects")
    pair = a < b
    a, b = a[pair], b[pair]
    inside = shapely.relate_pattern(merged[a], merged[b], "T********")
    a, b = a[inside], b[inside]
    overlapping = 0
    for later in np.unique(b).tolist():  # one per overlapping district
        earlier = merged[a[b == later]]
        before = merged[later].area
        merged[later] = _minus(merged[later], _union(earlier))
        overlapping += int(before - merged[later].area > _OVERLAP_M2)
    return unique, merged, overlapping


def _cut_by_districts(parts: np.ndarray, districts: np.ndarray):
    """``parts`` cut per district.

    Returns the pieces, their district index (-1: outside every district) and, for each piece,
    the index of the part it comes from.
    """
    tree = shapely.STRtree(parts)  # each district is prepared once, tested on the parts near it
    covering, covered = tree.query(districts, predicate="covers")
    district = np.full(len(parts), -1, dtype=np.int64)
    district[covered[::-1]] = covering[::-1]  # the first district wins on a shared border
    whole = district >= 0
    near, part = tree.query(districts, predicate="intersects")
    split = ~whole[part]
    near, part = near[split], part[split]
    part_area = shapely.area(parts)

    def cut(grid_size=None):
        inside, where = _polygons(
            shapely.intersection(parts[part], districts[near], grid_size=grid_size)
        )
        inside_part, inside_district = part[where], near[where]
        covered_area = np.bincount(inside_part, shapely.area(inside), minlength=len(parts))
        rest = np.flatnonzero(~whole & (covered_area < part_area * _COVERED))
        outside, outside_part = np.empty(0, dtype=object), np.empty(0, dtype=np.int64)
        if len(rest):
            candidates = np.unique(inside_district[np.isin(inside_part, rest)])
            remainder = parts[rest]
            if len(candidates):
                everywhere = _union(districts[candidates])
                remainder = shapely.difference(remainder, everywhere, grid_size=grid_size)
            outside, where = _polygons(remainder)
            outside_part = rest[where]
        got = covered_area + np.bincount(outside_part, shapely.area(outside), minlength=len(parts))
        wrong = ~whole & _area_differs(got, part_area)
        return inside, inside_part, inside_district, outside, outside_part, wrong

    inside, inside_part, inside_district, outside, outside_part, wrong = cut()
    if wrong.any():  # floating point overlay went wrong: cut again on a millimetre grid
        redone = cut(_GRID_M)
        keep_in, keep_out = ~wrong[inside_part], ~wrong[outside_part]
        again_in, again_out = wrong[redone[1]], wrong[redone[4]]
        inside = np.concatenate([inside[keep_in], redone[0][again_in]])
        inside_part = np.concatenate([inside_part[keep_in], redone[1][again_in]])
        inside_district = np.concatenate([inside_district[keep_in], redone[2][again_in]])
        outside = np.concatenate([outside[keep_out], redone[3][again_out]])
        outside_part = np.concatenate([outside_part[keep_out], redone[4][again_out]])
    kept = np.flatnonzero(whole)
    pieces = np.concatenate([parts[kept], inside, outside])
    source = np.concatenate([kept, inside_part, outside_part]).astype(np.int64)
    piece_district = np.concatenate(
        [district[kept], inside_district, np.full(len(outside), -1)]
    ).astype(np.int64)
    order = np.lexsort((piece_district, source))
    return pieces[order], piece_district[order], source[order]


# ---------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------


def _order(parts, line_by_index, line_index, segment, district, district_codes) -> np.ndarray:
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


def _orient(parts: np.ndarray) -> np.ndarray:
    """Exterior rings counter-clockwise, holes clockwise (``orient(polygon, sign=1.0)``)."""
    if hasattr(shapely, "orient_polygons"):  # shapely >= 2.1
        return shapely.orient_polygons(parts)
    from shapely.geometry.polygon import orient

    oriented = np.empty(len(parts), dtype=object)
    oriented[:] = [orient(p, sign=1.0) for p in parts]  # one per part
    return oriented


def _intersect_counts(parts: np.ndarray, indirect_geoms: np.ndarray) -> np.ndarray:
    if len(parts) == 0 or len(indirect_geoms) == 0:
        return np.zeros(len(parts), dtype=np.int64)
    tree = shapely.STRtree(indirect_geoms)
    which, _ = tree.query(parts, predicate="intersects")
    return np.bincount(which, minlength=len(parts))
