""":func:`delineate_cha`: the steps of the package docstring, from evidence points and minefields
to CHAs sorted north to south, and the report."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Optional

import numpy as np
import shapely

from ..progress import Steps
from . import inputs
from .clusters import cluster_labels, cluster_polygons
from .inputs import CONVEX, ChaInputError
from .merging import merge_bases, merge_until_stable, neighbours
from .minefields import minefield_parts
from .outward_simplification import simplify

REPORT_KEYS = (
    "clusters_found",
    "clusters_below_min_evidence",
    "points_dropped",
    "minefields_joined",
    "minefields_alone",
    "minefields_skipped",
    "merged_overlaps",
    "simplified",
)


@dataclass(frozen=True)
class ChaArea:
    geometry: shapely.Polygon  # valid single polygon without holes
    evidence_indices: tuple[int, ...]  # indices into points_xy of the evidence it holds, sorted
    minefield_indices: tuple[int, ...]  # indices into minefields of the records inside, sorted


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

    Returns the areas (sorted north to south) and a report dict (see the package docstring).
    Raises :class:`ChaInputError` for bad parameters, :class:`Cancelled` when cancelled.
    """
    step = Steps(progress, is_cancelled)
    cluster_distance_m = inputs.positive(cluster_distance_m, "CLUSTER_DISTANCE")
    margin_m = inputs.margin(margin_m)
    shape = inputs.shape(shape)
    min_evidence = inputs.min_evidence(min_evidence)
    max_turning_points = inputs.max_turning_points(max_turning_points)
    xy = inputs.points(points_xy)
    fields = inputs.minefield_array(minefields)
    if len(xy) == 0 and len(fields) == 0:
        raise ChaInputError(
            "nothing_to_delineate",
            "EVIDENCE holds no direct evidence point and no MINEFIELDS were given: "
            "there is nothing to make a confirmed hazardous area from.",
        )
    step(2)
    report = dict.fromkeys(REPORT_KEYS, 0)
    evidence = _Evidence.clustered(xy, fields, cluster_distance_m, min_evidence, report, step)
    polygons = cluster_polygons(
        evidence.xy, evidence.labels, shape, margin_m, cluster_distance_m, step
    )
    step(50)
    parts, part_field, report["minefields_skipped"] = minefield_parts(fields)
    step(55)
    pieces = _Pieces(
        np.concatenate([polygons, parts]).astype(object),
        evidence.labels.astype(np.intp),
        len(polygons) + np.arange(len(parts), dtype=np.intp),
    )
    n_pieces = len(pieces.geoms)
    simplified = _merge_and_simplify(pieces, max_turning_points, step)
    step(96)
    areas = _areas(pieces, evidence, part_field, report)
    report["merged_overlaps"] = int(n_pieces - len(pieces.geoms))
    report["simplified"] = int(simplified.sum())
    step(100)
    return areas, report


@dataclass
class _Evidence:
    """The evidence points of the clusters kept (``xy``, their rows ``index`` in points_xy and
    cluster ``labels`` 0..k-1), and those of the clusters too small (``small_*``)."""

    xy: np.ndarray
    index: np.ndarray
    labels: np.ndarray
    small_xy: np.ndarray
    small_index: np.ndarray

    @classmethod
    def clustered(cls, xy, fields, distance, min_evidence, report, step) -> _Evidence:
        """Points with finite coordinates clustered (counted in ``report``)."""
        finite = np.isfinite(xy).all(axis=1)
        report["points_dropped"] = int(len(xy) - finite.sum())
        index = np.flatnonzero(finite)  # rows of points_xy still in play
        xy = xy[finite]
        if len(xy) == 0 and len(fields) == 0:
            raise ChaInputError(
                "no_finite_evidence",
                "EVIDENCE: no point has finite coordinates and no MINEFIELDS were given.",
            )
        labels = cluster_labels(xy, distance)
        step(20)
        n_clusters = int(labels.max()) + 1 if len(labels) else 0
        sizes = np.bincount(labels, minlength=n_clusters)
        kept = sizes >= min_evidence
        report["clusters_found"] = n_clusters
        report["clusters_below_min_evidence"] = int(n_clusters - kept.sum())
        new_label = np.cumsum(kept) - 1  # kept clusters numbered 0.. in their first-seen order
        in_kept = kept[labels]
        return cls(
            xy[in_kept], index[in_kept], new_label[labels[in_kept]], xy[~in_kept], index[~in_kept]
        )


@dataclass
class _Pieces:
    """The areas (clusters' shapes and minefield parts, merged as they go), the area of each
    kept evidence point and of each minefield part."""

    geoms: np.ndarray
    of_point: np.ndarray
    of_part: np.ndarray

    def merge(self, step) -> Optional[np.ndarray]:
        """Merge overlapping areas until none overlap; the component of each area before, None
        when nothing overlapped."""
        self.geoms, comp = merge_until_stable(self.geoms, step)
        if comp is not None:
            self.of_point, self.of_part = comp[self.of_point], comp[self.of_part]
        return comp


def _merge_and_simplify(pieces: _Pieces, max_turning_points: int, step) -> np.ndarray:
    """Merge overlaps and simplify CHAs over the limit, until stable; which were simplified."""
    pieces.merge(step)
    base = pieces.geoms.copy()  # each CHA before simplification: what a simplification must hold
    simplified = np.zeros(len(pieces.geoms), dtype=bool)
    while max_turning_points:
        geoms = pieces.geoms
        over = np.flatnonzero(_vertex_counts(geoms) > max_turning_points)
        if len(over) == 0:
            break
        # Each is simplified from its unsimplified shape (simplifying a simplified one again
        # would let it grow round after round), avoiding the CHAs around it where it can, so
        # that growing boundaries do not set off a chain of merges.
        near = neighbours(geoms, over)
        for i, k in enumerate(over.tolist()):
            if i % 16 == 0:
                step(60 + 35 * i / len(over))
            geoms[k] = simplify(base[k], max_turning_points, geoms[near[i]])
        simplified[over] = True
        # Simplified areas grew and may overlap: merge again. Every further round merges two
        # or more areas (then re-simplifies the merged ones) or stops, so the loop ends.
        comp = pieces.merge(step)
        if comp is None:
            break
        simplified = np.bincount(comp, weights=simplified, minlength=len(pieces.geoms)) > 0
        base = merge_bases(base, comp, pieces.geoms)
    return simplified


def _areas(pieces: _Pieces, evidence: _Evidence, part_field, report) -> list[ChaArea]:
    """The CHAs sorted by northernmost vertex, with their evidence and minefields."""
    geoms, n = pieces.geoms, len(pieces.geoms)
    order = _north_order(geoms)
    rank = np.empty(n, dtype=np.intp)
    rank[order] = np.arange(n)
    cha_of_point = rank[pieces.of_point]
    point_index = evidence.index
    has_evidence = np.bincount(cha_of_point, minlength=n) > 0
    if len(evidence.small_xy) and n:
        # Points of clusters too small for a CHA of their own still count where one holds them.
        inside, cha_of_small = shapely.STRtree(geoms).query(
            shapely.points(evidence.small_xy), predicate="within"
        )
        cha_of_point = np.concatenate([cha_of_point, rank[cha_of_small]])
        point_index = np.concatenate([point_index, evidence.small_index[inside]])
    found = _group(cha_of_point, point_index, n)
    cha_of_part = rank[pieces.of_part]
    field_groups = _group(cha_of_part, part_field, n)
    has_part = len(pieces.of_part) > 0
    joined = np.unique(part_field[has_evidence[cha_of_part]]) if has_part else part_field
    report["minefields_joined"] = int(len(joined))
    report["minefields_alone"] = int(len(np.unique(part_field)) - len(joined))
    return [ChaArea(geoms[k], found[j], field_groups[j]) for j, k in enumerate(order.tolist())]


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
