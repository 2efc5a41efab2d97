""":func:`delineate_sha`: the steps of the package docstring, from lines, evidence, exclusions
and districts to sorted SHA parts and a report."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Callable, Optional

import numpy as np
import shapely

from ..progress import Cancelled
from .belt import QUAD_SEGS, belt_pieces
from .districts import cut_by_districts, dissolve_districts
from .inputs import (
    ShaInputError,
    depths,
    district_arrays,
    geometry_array,
    non_negative,
    present,
    repair,
    require_polygons,
    usable_lines,
)
from .order import part_order
from .polygons import (
    STRAIGHT_M,
    minus,
    orient,
    polygon_parts,
    union,
    valid_polygons,
    without_flat_holes,
)
from .segments import SamplePlan, cut_by_zones, nearest_line, sample_plan, zones

# The report of a run, its counts at 0: skipped_lines (None, empty or zero-length lines),
# dropped_slivers and dropped_area_m2 (polygons under MIN_AREA), parts_outside_districts (parts in
# no district, when districts are given), repaired_geometries (invalid INDIRECT, EXCLUSIONS and
# DISTRICTS geometries repaired), indirect_without_area (INDIRECT points and lines that add
# nothing because INDIRECT_BUFFER is 0) and overlapping_districts (districts that overlap an
# earlier one by more than 1 m²; the overlap goes to the earlier one).
EMPTY_REPORT = {
    "skipped_lines": 0,
    "dropped_slivers": 0,
    "dropped_area_m2": 0.0,
    "parts_outside_districts": 0,
    "repaired_geometries": 0,
    "indirect_without_area": 0,
    "overlapping_districts": 0,
}


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
    The report: see :data:`EMPTY_REPORT`.
    """
    run = _Run(progress, is_cancelled)
    report = dict(EMPTY_REPORT)
    inputs = _read_inputs(
        lines,
        (depth_left_m, depth_right_m, default_left_m, default_right_m),
        indirect,
        indirect_buffer_m,
        exclusions,
        districts,
        segment_length_m,
        min_area_m2,
        report,
    )
    run.step(5)
    hazard, indirect_geoms = _hazard(inputs, report, run)
    parts = _split_along_lines(hazard, inputs, run)
    parts, codes = _by_district(parts, inputs, report, run)
    parts = _cleaned(parts, inputs, codes, report)
    counts = _intersect_counts(parts.geoms, indirect_geoms)
    if len(inputs.districts):
        report["parts_outside_districts"] = int(np.count_nonzero(parts.district < 0))
    names = [None if d < 0 else codes[d] for d in parts.district.tolist()]
    result = [
        ShaPart(geometry=g, district=c, line_index=int(li), segment=int(s), indirect_count=int(n))
        for g, c, li, s, n in zip(parts.geoms, names, parts.line_index, parts.segment, counts)
    ]
    run.step(100)
    return result, report


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


@dataclass(frozen=True)
class _Inputs:
    """The checked inputs: usable lines (their index in ``lines``, depths left and right, every
    line at its index or None), INDIRECT and EXCLUSIONS geometries, districts, INDIRECT_BUFFER,
    MIN_AREA and the sampling plan of SEGMENT_LENGTH (None: no split)."""

    line_geoms: np.ndarray
    line_ids: np.ndarray
    left: np.ndarray
    right: np.ndarray
    line_by_index: np.ndarray
    indirect: np.ndarray
    exclusions: np.ndarray
    district_codes: list
    districts: np.ndarray
    buffer_m: float
    min_area_m2: float
    plan: Optional[SamplePlan]


def _read_inputs(
    lines, depth, indirect, indirect_buffer_m, exclusions, districts, segment_length_m,
    min_area_m2, report,
) -> _Inputs:  # fmt: skip
    """Every input checked, in the order of the parameters (the first bad one is refused)."""
    depth_left_m, depth_right_m, default_left_m, default_right_m = depth
    default_left = non_negative(default_left_m, "DEPTH_LEFT", "m")
    default_right = non_negative(default_right_m, "DEPTH_RIGHT", "m")
    buffer_m = non_negative(indirect_buffer_m, "INDIRECT_BUFFER", "m")
    segment_length = non_negative(segment_length_m, "SEGMENT_LENGTH", "m")
    min_area = non_negative(min_area_m2, "MIN_AREA", "m²")
    line_arr = geometry_array(lines, "LINE")
    n_lines = len(line_arr)
    left_all = depths(depth_left_m, default_left, "DEPTH_LEFT", n_lines)
    right_all = depths(depth_right_m, default_right, "DEPTH_RIGHT", n_lines)
    line_geoms, line_ids, report["skipped_lines"] = usable_lines(line_arr)
    if len(line_geoms) == 0:
        raise ShaInputError(
            "no_usable_line",
            "LINE has no line to build a belt along: every line is without geometry or of "
            "zero length",
        )
    left, right = left_all[line_ids], right_all[line_ids]
    line_by_index = np.empty(n_lines, dtype=object)  # usable lines at their index in ``lines``
    line_by_index[line_ids] = line_geoms
    indirect_geoms = geometry_array(indirect, "INDIRECT")
    indirect_geoms = indirect_geoms[present(indirect_geoms)]
    if not np.any((left > 0) | (right > 0)) and len(indirect_geoms) == 0:
        raise ShaInputError(
            "nothing_to_delineate",
            "DEPTH_LEFT and DEPTH_RIGHT are 0 for every line and there is no INDIRECT evidence: "
            "there is no area to delineate",
        )
    exclusion_geoms = require_polygons(geometry_array(exclusions, "EXCLUSIONS"), "EXCLUSIONS")
    district_codes, district_geoms = district_arrays(districts)
    plan = sample_plan(line_geoms, segment_length) if segment_length > 0 else None
    return _Inputs(
        line_geoms, line_ids, left, right, line_by_index, indirect_geoms, exclusion_geoms,
        district_codes, district_geoms, buffer_m, min_area, plan,
    )  # fmt: skip


def _hazard(inputs: _Inputs, report: dict, run: _Run):
    """The belt, with the INDIRECT evidence grown and the EXCLUSIONS removed; the INDIRECT
    geometries repaired."""
    pieces = [belt_pieces(inputs.line_geoms, inputs.left, inputs.right)]
    run.step(15)
    indirect_geoms = inputs.indirect
    if len(indirect_geoms):
        indirect_geoms, repaired = repair(indirect_geoms)
        report["repaired_geometries"] += repaired
        grown = shapely.buffer(indirect_geoms, inputs.buffer_m, quad_segs=QUAD_SEGS)
        report["indirect_without_area"] = int(np.count_nonzero(shapely.area(grown) <= 0))
        pieces.append(grown)
    run.step(20)
    hazard = union(np.concatenate(pieces))
    run.step(35)
    if len(inputs.exclusions):
        exclusion_geoms, repaired = repair(inputs.exclusions, polygonal=True)
        report["repaired_geometries"] += repaired
        hazard = minus(hazard, union(exclusion_geoms))
    run.step(40)
    return hazard, indirect_geoms


@dataclass
class _Parts:
    """SHA parts and, for each, the index in ``lines`` of its line, its segment number and its
    district (an index into the district codes, -1: none)."""

    geoms: np.ndarray
    line_index: np.ndarray
    segment: np.ndarray
    district: np.ndarray

    def take(self, index, geoms=None) -> _Parts:
        """The parts at ``index`` (with new ``geoms`` for them when given)."""
        return _Parts(
            self.geoms[index] if geoms is None else geoms,
            self.line_index[index],
            self.segment[index],
            self.district[index],
        )


def _split_along_lines(hazard, inputs: _Inputs, run: _Run) -> _Parts:
    """The SHA in parts per stretch of line (or per polygon, nearest line, without a plan)."""
    if inputs.plan is not None and not shapely.is_empty(hazard):
        zone_set = zones(inputs.line_geoms, inputs.plan, hazard, run.check)
        run.step(55)
        parts, line_index, segment = cut_by_zones(hazard, zone_set, run.check)
        line_index = inputs.line_ids[line_index]
    else:
        parts, _ = polygon_parts(np.array([hazard], dtype=object))
        line_index = inputs.line_ids[nearest_line(inputs.line_geoms, parts)]
        segment = np.zeros(len(parts), dtype=np.int64)
    run.step(80)
    return _Parts(parts, line_index, segment, np.full(len(parts), -1, dtype=np.int64))


def _by_district(parts: _Parts, inputs: _Inputs, report: dict, run: _Run):
    """The parts cut per district; the district codes the parts' district indices refer to."""
    codes = inputs.district_codes
    if len(inputs.districts):
        district_geoms, repaired = repair(inputs.districts, polygonal=True)
        report["repaired_geometries"] += repaired
        codes, district_geoms, report["overlapping_districts"] = dissolve_districts(
            codes, district_geoms
        )
        run.step(85)
        geoms, district, keep = cut_by_districts(parts.geoms, district_geoms)
        parts = _Parts(geoms, parts.line_index[keep], parts.segment[keep], district)
    run.step(90)
    return parts, codes


def _cleaned(parts: _Parts, inputs: _Inputs, codes: list, report: dict) -> _Parts:
    """Valid, oriented parts without flat holes, slivers under MIN_AREA dropped (counted),
    sorted."""
    # Vertices where nothing turns (the line's end on a flat end, joints of collinear segments)
    # would show as turning points on maps: drop them (the outline moves by 1 µm at most).
    geoms, index = valid_polygons(shapely.simplify(parts.geoms, STRAIGHT_M))
    parts = parts.take(index, geoms)
    areas = shapely.area(parts.geoms)
    small = (areas < inputs.min_area_m2) | (areas <= 0)
    report["dropped_slivers"] = int(np.count_nonzero(small))
    report["dropped_area_m2"] = float(areas[small].sum())
    parts = parts.take(~small)
    parts.geoms = orient(without_flat_holes(parts.geoms))
    order = part_order(
        parts.geoms, inputs.line_by_index, parts.line_index, parts.segment, parts.district, codes
    )
    return parts.take(order)


def _intersect_counts(parts: np.ndarray, indirect_geoms: np.ndarray) -> np.ndarray:
    if len(parts) == 0 or len(indirect_geoms) == 0:
        return np.zeros(len(parts), dtype=np.int64)
    tree = shapely.STRtree(indirect_geoms)
    which, _ = tree.query(parts, predicate="intersects")
    return np.bincount(which, minlength=len(parts))
