"""The SHA split along the lines: zones of influence of each stretch of line, the SHA cut by
them (see the package docstring, step 4)."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import shapely

from .inputs import ShaInputError, fmt
from .polygons import GRID_M, area_differs, polygon_parts

SAMPLE_SPACING_MAX_M = 25.0  # samples along the line for segmentation: at most this far apart
SAMPLES_PER_SEGMENT_MIN = 10  # ...and at least this many per segment
MAX_SEGMENTS = 200_000
MAX_SAMPLES = 2_000_000


@dataclass(frozen=True)
class SamplePlan:
    segment_length: float
    spacing: float
    lengths: np.ndarray
    n_segments: np.ndarray
    n_samples: np.ndarray


def _ceil(value: np.ndarray) -> np.ndarray:
    """Ceiling that forgives rounding noise (10000.0000000001 / 1000 -> 10)."""
    return np.ceil(value - 1e-9 * np.maximum(1.0, value)).astype(np.int64)


def sample_plan(line_geoms: np.ndarray, segment_length: float) -> SamplePlan:
    per_segment = max(SAMPLES_PER_SEGMENT_MIN, math.ceil(segment_length / SAMPLE_SPACING_MAX_M))
    spacing = segment_length / per_segment
    lengths = shapely.length(line_geoms)
    n_segments = np.maximum(1, _ceil(lengths / segment_length))
    n_samples = np.maximum(1, _ceil(lengths / spacing))
    if n_segments.sum() > MAX_SEGMENTS or n_samples.sum() > MAX_SAMPLES:
        line_km, segments = lengths.sum() / 1000, int(n_segments.sum())
        raise ShaInputError(
            "too_many_segments",
            f"SEGMENT_LENGTH of {fmt(segment_length)} m is too short for {line_km:.1f} km of "
            f"line: it gives {segments} segments (at most {MAX_SEGMENTS}); choose a longer "
            f"SEGMENT_LENGTH",
            segment_length_m=segment_length,
            line_km=float(line_km),
            segments=segments,
            max_segments=MAX_SEGMENTS,
        )
    return SamplePlan(segment_length, spacing, lengths, n_segments, n_samples)


def zones(line_geoms, plan: SamplePlan, hazard, check) -> Zones:
    """Zones of influence of every (line, segment) stretch: Voronoi cells of samples, dissolved.
    ``check()`` raises when the run is cancelled."""
    coords, labels_line, labels_segment = _samples(line_geoms, plan)
    check()
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
        return Zones(whole, zone_line, zone_segment, whole, np.zeros(1, dtype=np.int64))

    cells = _voronoi_cells(coords, envelope)
    cell_areas = shapely.area(cells)
    zone_polygons = np.empty(n_zones, dtype=object)
    for z, (a, b) in enumerate(zip(starts.tolist(), ends.tolist())):  # one per zone
        if z % 64 == 0:
            check()
        zone_polygons[z] = _dissolve(cells[a:b], cell_areas[a:b])
    # Groups of consecutive zones, so that the SHA is first cut into a few large pieces.
    size = max(1, math.isqrt(n_zones))
    zone_batch = np.arange(n_zones) // size
    batch_starts = starts[::size]
    batch_ends = np.concatenate([batch_starts[1:], [len(coords)]])
    batches = np.empty(len(batch_starts), dtype=object)
    for k, (a, b) in enumerate(zip(batch_starts.tolist(), batch_ends.tolist())):  # per batch
        batches[k] = _dissolve(cells[a:b], cell_areas[a:b])
    return Zones(zone_polygons, zone_line, zone_segment, batches, zone_batch)


def _samples(line_geoms, plan: SamplePlan):
    """Sample points along every line (on the grid, distinct), their line and segment."""
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
    coords = np.round(np.concatenate(coords) / GRID_M) * GRID_M
    labels_line = np.concatenate(labels_line)
    labels_segment = np.concatenate(labels_segment)
    # Samples on the same spot (crossing lines): the first one (lowest line index) keeps it.
    _, first = np.unique(coords, axis=0, return_index=True)
    first.sort()
    return coords[first], labels_line[first], labels_segment[first]


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
class Zones:
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
        lambda: shapely.union_all(cells, grid_size=GRID_M),
    ):
        result = union()
        if result.is_valid and not area_differs(result.area, expected):
            break
    return result


def cut_by_zones(hazard, zones: Zones, check):
    """The SHA cut by the zones: first by batches of zones, then by the zones of each batch.
    ``check()`` raises when the run is cancelled."""
    polys, _ = polygon_parts(np.array([hazard], dtype=object))
    check()
    if len(zones.batches) > 1:
        batch_of_zone = zones.batch
        polys, _, batch = _split(polys, np.zeros(len(polys), np.int64), zones.batches, None)
        check()
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
    pieces, where = polygon_parts(shapely.intersection(polys[poly_cut], regions[region_cut]))
    # Check: the pieces of each polygon hold its area (floating point overlay can go wrong where
    # edges nearly coincide); where they do not, cut again on a millimetre grid.
    got = np.bincount(poly_cut[where], shapely.area(pieces), minlength=len(polys))
    wrong = np.zeros(len(polys), dtype=bool)
    wrong[poly_cut] = True
    wrong &= area_differs(got, shapely.area(polys))
    if wrong.any():
        keep = ~wrong[poly_cut[where]]
        pieces, where = pieces[keep], where[keep]
        again = np.flatnonzero(wrong[poly_cut])
        redone, redone_where = polygon_parts(
            shapely.intersection(
                polys[poly_cut[again]], regions[region_cut[again]], grid_size=GRID_M
            )
        )
        pieces = np.concatenate([pieces, redone])
        where = np.concatenate([where, again[redone_where]])
    return (
        np.concatenate([polys[poly[single]], pieces]),
        np.concatenate([poly[single], poly_cut[where]]),
        np.concatenate([region[single], region_cut[where]]),
    )


def nearest_line(line_geoms: np.ndarray, parts: np.ndarray) -> np.ndarray:
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
