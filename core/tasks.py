"""Tasks: hazards cut along a square grid into pieces a team can be given (DESIGN §5.6).

Pure geometry (shapely 2.0 API, numpy): no QGIS, Qt or GDAL. Coordinates are in a projected
metric CRS (the Processing adapter's working CRS); the grid is aligned to that CRS: cell edges lie
at ``origin + k * cell_size_m`` (origin (0, 0) by default).

How a hazard becomes tasks (:func:`split_hazards`):

1. **Cut.** Every hazard is cut cell by cell, vectorised over all cells of all hazards at once
   (:mod:`grid_walk`): each ring's crossings with the grid lines are computed once, rounded once
   from the exact crossing of its edge, and inserted into the ring; a cell the ring enters and
   leaves once holds the run of the ring inside it closed along the cell's corners, a cell the
   ring does not enter is the cell's square or nothing, as its centre lies inside the hazard or
   not. Where the walk cannot tell (a hole, a vertex on a grid line, a ring entering a cell
   twice), GEOS intersects the hazard with the cell. A polygon whose bounds hold many more
   cells than it can touch (a long diagonal belt) is first halved along the grid line nearest
   the middle of its longer side until its pieces are compact, so no grid is built over empty
   bounding-box space. The pieces are then split into their connected parts (single polygons):
   two parts of one cell that do not touch are two tasks.
2. **Slivers.** A part smaller than a tenth of a cell (``SLIVER_FRACTION``) is merged into the
   neighbour of the same hazard that shares the longest boundary with it (ties: the larger
   neighbour, then the first found). Smallest parts go first; a merged group still below the
   threshold is merged again. A part that shares no boundary with any other part of its hazard
   (an islet of a multi-part hazard) joins the nearest part, making a multi-part task.
   Two parts share boundary only along the grid line between them: the length shared is the
   overlap of their edges lying on that line, edges within ``1e-6`` of the cell of it
   (``EPS_FRACTION``; a part crossing a line by less than the tolerance is not cut there).
   Nothing is dropped: the tasks of a hazard cover it exactly and do not overlap.
   A hazard smaller than a tenth of a cell is one task (the hazard itself).
3. **Order.** Within a hazard, tasks are numbered north to south, then west to east, by their
   representative point (``shapely.point_on_surface``): the grid row holding the point first
   (north first), then its x (west first), so that the tasks of one grid row are numbered
   together even when their points are not at the same height. :func:`task_ids` gives
   ``<hazard_id>-T01``...: two digits, three when a hazard has more than 99 tasks (more when more).

Cell size (:func:`cell_size_for`): ``cell_size_m`` when more than 0, else a square of
``target_area_m2``: ``sqrt(target_area_m2)``, rounded to the whole metre when that is 50 m or more
(``ROUND_CELL_FROM_M``: turning points on whole metres are easier to lay out in the field; the
cell area then differs from the target by less than 2 %). Inner tasks have the target area; tasks
at a hazard's edge are smaller, down to a tenth of a cell, or up to 1.1 cells where a sliver joined.

Priority (:func:`priority_scores`): the planar distance (m) from each task to the nearest
priority feature (settlements, roads...) gives an integer score, 1 the highest:
1 within 500 m, 2 within 2,000 m, 3 farther (``PRIORITY_THRESHOLDS_M``; a task touching a
feature is at 0 m).
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Optional

import numpy as np
import shapely

from .model import QT_TRANSLATE_NOOP
from .progress import Cancelled, Steps  # noqa: F401 - Cancelled is part of this module's API

SLIVER_FRACTION = 0.1  # parts smaller than this fraction of a cell's area are merged
EPS_FRACTION = 1e-6  # tolerance, as a fraction of the cell size, for shared boundaries
ROUND_CELL_FROM_M = 50.0  # TARGET_AREA cells of this size or more are rounded to whole metres
PRIORITY_THRESHOLDS_M = (500.0, 2000.0)  # score 1 up to 500 m, 2 up to 2 km, 3 beyond
# Most grid cells one run may cut (each piece costs about 1.5 kB while it is cut: 250,000
# cells ~ 400 MB; CELL_SIZE 0.1 m on two 1 ha hazards would be 2,000,000 cells and 2.8 GB).
MAX_CELLS = 250_000

_POLYGON = 3  # shapely.get_type_id
_MULTI_OR_COLLECTION = (4, 5, 6, 7)
_TOL = 1e-9  # relative tolerance (of a cell) when telling which cells a piece spans
_MAX_LEVELS = 400


TR_CONTEXT = "LandReleaseTasks"


def _t(text: str) -> str:
    return QT_TRANSLATE_NOOP("LandReleaseTasks", text)


class TaskInputError(ValueError):
    """A bad parameter; the message is for the user and names the parameter.

    ``template`` is the English text (marked for translation in ``TR_CONTEXT``) and ``args`` its
    values: the adapter shows ``translate(TR_CONTEXT, template).format(*args)``; ``str()`` is the
    English message."""

    def __init__(self, template: str, *args):
        super().__init__(template.format(*args))
        self.template = template
        self.args_ = args


@dataclass
class Split:
    """Tasks of all hazards: ``geometries[k]`` belongs to hazard ``hazard[k]`` (an index into
    the hazards given) and is its ``seq[k]``-th task (1-based, north to south then west to east);
    sorted by hazard (by numbering key, see :func:`split_hazards`), then seq."""

    geometries: np.ndarray  # Polygon, or MultiPolygon where an islet joined
    hazard: np.ndarray  # int
    seq: np.ndarray  # int, 1-based within each hazard
    report: dict = field(default_factory=dict)


# ---------------------------------------------------------------------------------------------
# Public functions
# ---------------------------------------------------------------------------------------------


def cell_size_for(cell_size_m: float, target_area_m2: float) -> float:
    """The grid cell size (m): ``cell_size_m`` if more than 0, else the side of a square of
    ``target_area_m2`` (rounded to the whole metre from ``ROUND_CELL_FROM_M``)."""
    cell = _number(cell_size_m, "CELL_SIZE")
    target = _number(target_area_m2, "TARGET_AREA")
    if cell < 0:
        raise TaskInputError(_t("CELL_SIZE must be 0 or more metres, not {:g}."), cell)
    if target < 0:
        raise TaskInputError(_t("TARGET_AREA must be 0 or more square metres, not {:g}."), target)
    if cell > 0:
        return cell
    if target == 0:
        raise TaskInputError(
            _t(
                "CELL_SIZE and TARGET_AREA are both 0: give a cell size in metres or a target "
                "task area in square metres."
            )
        )
    side = math.sqrt(target)
    return float(round(side)) if side >= ROUND_CELL_FROM_M else side


def estimated_cells(hazards, cell_size_m: float, origin: tuple[float, float] = (0.0, 0.0)) -> int:
    """How many grid cells of ``cell_size_m`` the polygon parts of ``hazards`` span (their
    bounding boxes on the grid): what :func:`split_hazards` would cut. Overflowing counts
    are returned as a very large number."""
    geoms = _object_array(hazards)
    present = ~shapely.is_missing(geoms) & ~shapely.is_empty(geoms)
    if not present.any():
        return 0
    parts = shapely.get_parts(geoms[present])
    bounds = shapely.bounds(parts)
    ox, oy = (float(v) for v in origin)
    with np.errstate(all="ignore"):
        nx = np.ceil((bounds[:, 2] - ox) / cell_size_m - _TOL) - np.floor(
            (bounds[:, 0] - ox) / cell_size_m + _TOL
        )
        ny = np.ceil((bounds[:, 3] - oy) / cell_size_m - _TOL) - np.floor(
            (bounds[:, 1] - oy) / cell_size_m + _TOL
        )
        total = float(np.sum(np.maximum(nx, 1) * np.maximum(ny, 1)))
    return int(total) if math.isfinite(total) and total < 1e18 else 10**18


def smallest_cell(hazards, max_cells: int = MAX_CELLS) -> float:
    """A round cell size (1, 2 or 5 × 10ⁿ m) for which :func:`estimated_cells` stays within
    ``max_cells``: what to suggest when a cell is too small."""
    areas = np.nan_to_num(shapely.area(_object_array(hazards)))
    cell = 10.0 ** math.floor(math.log10(max(math.sqrt(float(areas.sum()) / max_cells), 1e-3)))
    while estimated_cells(hazards, cell) > max_cells:
        cell = cell * 2.5 if str(cell).lstrip("0.").startswith("2") else cell * 2
    return cell


def polygonal(geometries) -> tuple[np.ndarray, np.ndarray]:
    """The hazards as valid polygonal geometries: invalid ones repaired (``make_valid``, keeping
    the polygonal parts), anything else (lines, points, None) as an empty polygon. Returns the
    geometries and a mask of the ones that were repaired."""
    array = _object_array(geometries)
    out = array.copy()
    missing = shapely.is_missing(array)
    out[missing] = shapely.Polygon()
    types = shapely.get_type_id(out)
    invalid = ~shapely.is_valid(out) & ~missing
    if invalid.any():
        out[invalid] = shapely.make_valid(out[invalid])
    odd = ~np.isin(shapely.get_type_id(out), (3, 6))
    if odd.any():
        out[odd] = [_only_polygons(g) for g in out[odd]]
    repaired = invalid & np.isin(types, (3, 6))
    return out, repaired


def split_hazards(
    hazards,
    cell_size_m: float,
    origin: tuple[float, float] = (0.0, 0.0),
    numbered_with: Optional[Sequence[int]] = None,
    progress: Optional[Callable[[float], object]] = None,
    is_cancelled: Optional[Callable[[], bool]] = None,
) -> Split:
    """Cut every hazard (Polygon / MultiPolygon; invalid ones are repaired by :func:`polygonal`)
    into tasks along a grid of ``cell_size_m`` squares with a corner at ``origin``. Empty hazards
    (and anything without area) get no task.
    ``numbered_with``: one key per hazard; hazards with the same key (features of one hazard id)
    are numbered together, as one hazard (default: each hazard on its own).
    Raises :class:`TaskInputError` for a bad cell size, :class:`Cancelled` when cancelled."""
    cell = _number(cell_size_m, "CELL_SIZE")
    if cell <= 0:
        raise TaskInputError(_t("CELL_SIZE must be more than 0 metres, not {:g}."), cell)
    ox, oy = (float(v) for v in origin)
    step = Steps(progress, is_cancelled)
    geoms, _repaired = polygonal(hazards)  # a no-op on valid polygons
    threshold = SLIVER_FRACTION * cell * cell
    areas = np.nan_to_num(shapely.area(geoms))
    present = ~shapely.is_missing(geoms) & ~shapely.is_empty(geoms) & (areas > 0)
    whole = present & (areas < threshold)  # smaller than a tenth of a cell: one task
    cut = present & ~whole
    report = {
        "hazards": int(present.sum()),
        "empty": int(len(geoms) - present.sum()),
        "smaller_than_sliver": int(whole.sum()),
        "parts": 0,
        "slivers_merged": 0,
        "islets_merged": 0,
        "tasks": 0,
    }
    step(1)
    parts, owners = _cut_to_cells(
        geoms[cut], np.flatnonzero(cut), cell, ox, oy, lambda f: step(1 + 59 * f)
    )
    order = np.argsort(owners, kind="stable")
    parts, owners = parts[order], owners[order]
    report["parts"] = len(parts)
    step(60)
    groups, merged, islets = _merge_small(
        parts, owners, threshold, EPS_FRACTION * cell, cell, (ox, oy), lambda f: step(60 + 30 * f)
    )
    report["slivers_merged"], report["islets_merged"] = merged, islets
    task_geoms, task_owner = _tasks(parts, owners, groups, geoms, np.flatnonzero(whole))
    step(90)
    split = _numbered(task_geoms, task_owner, cell, oy, numbered_with)
    report["tasks"] = len(split.geometries)
    split.report = report
    step(100)
    return split


def _tasks(parts, owners, groups, geoms, small_idx):
    """The geometry and hazard of each task: the union of each group of parts, then the
    hazards ``small_idx`` smaller than a sliver, whole."""
    task_geoms = np.empty(len(groups), dtype=object)
    sizes = np.fromiter(map(len, groups), dtype=np.int64, count=len(groups))
    firsts = np.fromiter((m[0] for m in groups), dtype=np.int64, count=len(groups))
    single = sizes == 1
    task_geoms[single] = parts[firsts[single]]
    several = np.flatnonzero(~single)
    task_geoms[several] = _unions(parts, [groups[k] for k in several], sizes[several])
    task_owner = np.asarray(owners, dtype=np.int64)[firsts]
    task_geoms = np.concatenate([task_geoms, geoms[small_idx]])
    task_owner = np.concatenate([task_owner, small_idx]).astype(np.int64)
    return task_geoms, task_owner


def _numbered(task_geoms, task_owner, cell, oy, numbered_with) -> Split:
    """The tasks sorted by numbering key, grid row (north first), x, y, and numbered."""
    x, y = _representative_xy(task_geoms)
    row = np.floor((y - oy) / cell + _TOL)
    if numbered_with is None:
        key = task_owner
    else:
        key = np.asarray(numbered_with, dtype=np.int64).reshape(-1)[task_owner]
    order = np.lexsort((-y, x, -row, key))
    return Split(task_geoms[order], task_owner[order], _seq(key[order]))


def split_hazard(polygon, cell_size_m: float, origin: tuple[float, float] = (0.0, 0.0)) -> list:
    """The tasks of one (valid, polygonal) hazard, in :func:`task_order`."""
    return list(split_hazards([polygon], cell_size_m, origin).geometries)


def task_order(
    parts, cell_size_m: Optional[float] = None, origin: tuple[float, float] = (0.0, 0.0)
) -> np.ndarray:
    """Indices that sort ``parts`` north to south, then west to east, by representative point;
    with ``cell_size_m`` by the grid row of the point first (see the module docstring)."""
    geoms = _object_array(parts)
    if not len(geoms):
        return np.empty(0, dtype=np.int64)
    x, y = _representative_xy(geoms)
    if cell_size_m:
        row = np.floor((y - float(origin[1])) / float(cell_size_m) + _TOL)
    else:
        row = y
    return np.lexsort((-y, x, -row))


def task_id(hazard_id: str, seq: int, count: int) -> str:
    """The id of the ``seq``-th (1-based) of ``count`` tasks of a hazard: ``<hazard_id>-T01``,
    two digits, or as many as ``count`` needs (three from 100 tasks)."""
    width = max(2, len(str(int(count))))
    return f"{hazard_id}-T{int(seq):0{width}d}"


def task_ids(hazard_id: str, count: int) -> list[str]:
    """``<hazard_id>-T01``... for ``count`` tasks (see :func:`task_id`)."""
    return [task_id(hazard_id, k, count) for k in range(1, count + 1)]


def nearest_distances(parts, features) -> np.ndarray:
    """Planar distance (m) from each part to the nearest of ``features`` (inf without any)."""
    geoms = _object_array(parts)
    result = np.full(len(geoms), np.inf)
    others = _object_array(features)
    if len(others):
        others = others[~shapely.is_missing(others) & ~shapely.is_empty(others)]
    if not len(geoms) or not len(others):
        return result
    tree = shapely.STRtree(others)
    (which, _feature), distance = tree.query_nearest(geoms, return_distance=True, all_matches=False)
    result[which] = distance
    return result


def priority_scores(
    parts, features, thresholds_m: Sequence[float] = PRIORITY_THRESHOLDS_M
) -> Optional[np.ndarray]:
    """Integer priority of each part from its distance to the nearest feature: 1 within
    ``thresholds_m[0]``, 2 within ``thresholds_m[1]``... and ``len(thresholds_m) + 1`` beyond.
    None when there is no feature to measure from."""
    others = _object_array(features)
    if len(others):
        others = others[~shapely.is_missing(others) & ~shapely.is_empty(others)]
    if not len(others):
        return None
    limits = np.asarray(sorted(float(t) for t in thresholds_m))
    distance = nearest_distances(parts, others)
    return np.searchsorted(limits, distance, side="left").astype(np.int64) + 1


# ---------------------------------------------------------------------------------------------
# Cutting
# ---------------------------------------------------------------------------------------------


def _cut_to_cells(geoms, owners, cell, ox, oy, progress):
    """Connected parts of ``geoms``, each within one grid cell, and the owner of each: a piece
    whose bounds span not many more cells than it can touch is cut cell by cell; the others
    (long diagonal belts) are first halved along the grid line nearest their middle."""
    done_g, done_o = [], []
    g, o = _polygon_parts(geoms, owners)
    total, done = max(len(g), 1), 0
    for _level in range(_MAX_LEVELS):
        if not len(g):
            break
        b = shapely.bounds(g)
        i0 = np.floor((b[:, 0] - ox) / cell + _TOL)
        i1 = np.ceil((b[:, 2] - ox) / cell - _TOL)
        j0 = np.floor((b[:, 1] - oy) / cell + _TOL)
        j1 = np.ceil((b[:, 3] - oy) / cell - _TOL)
        nx, ny = np.maximum(i1 - i0, 1), np.maximum(j1 - j0, 1)
        direct = (nx * ny <= _most_cells_touched(g, cell)) | ((nx <= 1) & (ny <= 1))
        if direct.any():
            cut_g, cut_o = _cut_cell_by_cell(
                g[direct], o[direct], b[direct], (i0[direct], j0[direct]),
                (nx[direct], ny[direct]), cell, (ox, oy),
            )  # fmt: skip
            done_g.append(cut_g)
            done_o.append(cut_o)
            done += int(direct.sum())
        rest = ~direct
        g, o, b = g[rest], o[rest], b[rest]
        if not len(g):
            break
        by_x = (nx >= ny)[rest]
        k = np.where(by_x, i0[rest] + nx[rest] // 2, j0[rest] + ny[rest] // 2)
        line = np.where(by_x, ox + k * cell, oy + k * cell)
        lo_x, lo_y = b[:, 0] - cell, b[:, 1] - cell
        hi_x, hi_y = b[:, 2] + cell, b[:, 3] + cell
        low = shapely.box(lo_x, lo_y, np.where(by_x, line, hi_x), np.where(by_x, hi_y, line))
        high = shapely.box(np.where(by_x, line, lo_x), np.where(by_x, lo_y, line), hi_x, hi_y)
        pieces = shapely.intersection(np.concatenate([g, g]), np.concatenate([low, high]))
        g, o = _polygon_parts(pieces, np.concatenate([o, o]))
        progress(min(1.0, done / max(total, done + len(g))))
    else:  # pragma: no cover - a piece that cannot be cut (never seen)
        done_g.append(g)
        done_o.append(o)
    progress(1.0)
    if not done_g:
        return np.empty(0, dtype=object), np.empty(0, dtype=np.int64)
    return np.concatenate(done_g), np.concatenate(done_o).astype(np.int64)


def _most_cells_touched(polygons, cell) -> np.ndarray:
    """More grid cells than each polygon can touch (from its area and perimeter)."""
    return 4 + 2 * shapely.area(polygons) / (cell * cell) + 4 * shapely.length(polygons) / cell


def _cut_cell_by_cell(g, o, b, first, span, cell, origin):
    """The connected parts of each piece ``g`` (bounds ``b``) in each grid cell of its bounds:
    ``first`` the column and row of its first cell, ``span`` how many columns and rows. The
    cells are walked (:mod:`grid_walk`); where the walk cannot tell, a cell inside the piece is
    the cell's square and the piece is intersected with the cells its boundary crosses. The
    outer cells reach past the bounds, so that a piece crossing a grid line by less than the
    tolerance is not cut there."""
    from . import grid_walk

    nx, ny = (np.asarray(n, dtype=np.int64) for n in span)
    count = nx * ny
    which = np.repeat(np.arange(len(g)), count)
    k = np.arange(int(count.sum())) - np.repeat(np.cumsum(count) - count, count)
    col, row = k % nx[which], k // nx[which]
    ci, cj = first[0][which] + col, first[1][which] + row
    (ox, oy), bw = origin, b[which]
    rects = np.stack(
        [
            np.where(col == 0, bw[:, 0] - cell, ox + ci * cell),
            np.where(row == 0, bw[:, 1] - cell, oy + cj * cell),
            np.where(col == nx[which] - 1, bw[:, 2] + cell, ox + (ci + 1) * cell),
            np.where(row == ny[which] - 1, bw[:, 3] + cell, oy + (cj + 1) * cell),
        ],
        axis=1,
    )
    result = np.empty(len(which), dtype=object)
    alone = count[which] == 1
    result[alone] = g[which[alone]]
    several = np.flatnonzero(~alone)
    multi = np.flatnonzero(count > 1)
    walked = grid_walk.walk(
        g[multi], (first[0][multi], first[1][multi]), (nx[multi], ny[multi]), rects[several],
        cell, origin,
    )  # fmt: skip
    result[several] = walked.pieces
    left = several[~walked.decided]
    source = walked.densified[np.searchsorted(multi, which[left])]
    unwalked = shapely.is_missing(source)
    source[unwalked] = g[which[left[unwalked]]]
    result[left] = _cells_by_overlay(source, rects[left])
    # a walk that lost or gained area (never seen) is redone by GEOS alone
    areas = np.bincount(which, weights=np.nan_to_num(shapely.area(result)), minlength=len(g))
    wrong = np.flatnonzero(~np.isclose(areas, shapely.area(g), rtol=1e-9, atol=0.0))
    if len(wrong):
        redo = np.flatnonzero(np.isin(which, wrong))
        result[redo] = _cells_by_overlay(g[which[redo]], rects[redo])
    kept = ~shapely.is_missing(result)
    return _polygon_parts(result[kept], o[which][kept])


def _cells_by_overlay(pieces, rects):
    """The part of each piece in its rectangle: the rectangle itself when the piece holds it,
    None when they do not meet, else their intersection (GEOS)."""
    boxes = shapely.box(*rects.T, ccw=False)
    shapely.prepare(pieces)
    inside = shapely.contains_properly(pieces, boxes)
    crossing = ~inside & shapely.intersects(pieces, boxes)
    shapely.destroy_prepared(pieces)
    result = np.empty(len(pieces), dtype=object)
    result[inside] = boxes[inside]
    result[crossing] = shapely.intersection(pieces[crossing], boxes[crossing])
    return result


def _polygon_parts(geoms, owners):
    """The non-empty single polygons in ``geoms`` (collections opened), with their owners."""
    parts, index = shapely.get_parts(geoms, return_index=True)
    owners = np.asarray(owners)[index]
    types = shapely.get_type_id(parts)
    while np.isin(types, _MULTI_OR_COLLECTION).any():
        nested = np.isin(types, _MULTI_OR_COLLECTION)
        inner, inner_index = shapely.get_parts(parts[nested], return_index=True)
        parts = np.concatenate([parts[~nested], inner])
        owners = np.concatenate([owners[~nested], owners[nested][inner_index]])
        types = shapely.get_type_id(parts)
    keep = (types == _POLYGON) & ~shapely.is_empty(parts)
    parts, owners = parts[keep], owners[keep]
    keep = shapely.area(parts) > 0
    return np.asarray(parts[keep], dtype=object), owners[keep]


# ---------------------------------------------------------------------------------------------
# Merging slivers
# ---------------------------------------------------------------------------------------------


def _merge_small(parts, owners, threshold, eps, cell, origin, progress):
    """Groups of part indices (each group one task): parts below ``threshold`` merged into the
    neighbour with the longest shared boundary, or the nearest part. ``parts`` sorted by owner.
    Returns (groups, parts merged, islets merged to the nearest part)."""
    n = len(parts)
    if not n:
        return [], 0, 0
    areas = shapely.area(parts)
    small = np.flatnonzero(areas < threshold)
    if not len(small):
        return [[i] for i in range(n)], 0, 0
    starts = np.searchsorted(owners, owners, side="left")
    ends = np.searchsorted(owners, owners, side="right")
    adjacency = _shared_boundaries(parts, owners, small, eps, cell, origin)
    progress(0.3)
    groups = _Groups(areas)
    heap = list(zip(areas[small].tolist(), small.tolist()))
    heapq.heapify(heap)
    merged = islets = 0
    while heap:
        area, root = heapq.heappop(heap)
        if groups.find(root) != root or groups.area[root] != area or area >= threshold:
            continue  # stale entry, or no longer small
        own = groups.of(root)
        target = _neighbour_sharing_most(groups, own, root, adjacency, 10 * eps)
        if target is None:
            target = _nearest_group(parts, own, starts[root], ends[root], root, groups.find)
            if target is None:
                continue  # the only group of its hazard
            islets += 1
        groups.join(root, target)
        merged += 1
        if groups.area[target] < threshold:
            heapq.heappush(heap, (groups.area[target], target))
    progress(0.9)
    return groups.all(), merged, islets


class _Groups:
    """Groups of parts (union-find): each group's root, area and members."""

    def __init__(self, areas: np.ndarray):
        self.parent = list(range(len(areas)))  # lists: read one item at a time
        self.area = areas.astype(float).tolist()
        self.members: dict[int, list[int]] = {}

    def find(self, i):
        """The root of the group of part ``i``."""
        parent = self.parent
        root = i
        while parent[root] != root:
            root = parent[root]
        while parent[i] != root:
            parent[i], i = root, parent[i]
        return root

    def of(self, root) -> list[int]:
        """The parts of the group ``root``."""
        return self.members.get(root, [root])

    def join(self, root, target) -> None:
        """The group ``root`` joins the group ``target``."""
        own = self.of(root)
        self.parent[root] = target
        self.members[target] = self.members.get(target, [target]) + own
        self.members.pop(root, None)
        self.area[target] += self.area[root]

    def all(self) -> list[list[int]]:
        """Every group's parts (sorted), groups by root."""
        roots = np.asarray(self.parent)
        while True:
            up = roots[roots]
            if np.array_equal(up, roots):
                break
            roots = up
        alone = np.flatnonzero(roots == np.arange(len(roots))).tolist()
        return [sorted(self.members[i]) if i in self.members else [i] for i in alone]


def _neighbour_sharing_most(groups: _Groups, own, root, adjacency, min_shared):
    """The group sharing the longest boundary (more than ``min_shared``) with the group
    ``root`` of parts ``own`` (ties: the larger, then the lowest root); None without one."""
    lengths: dict[int, float] = {}
    for m in own:
        for other, length in adjacency.get(m, ()):
            target = groups.find(other)
            if target != root:
                lengths[target] = lengths.get(target, 0.0) + length
    candidates = [(length, groups.area[t], -t) for t, length in lengths.items()]
    best = max(candidates) if candidates else None
    return -best[2] if best is not None and best[0] > min_shared else None


def _shared_boundaries(parts, owners, small, eps, cell, origin):
    """For each small part, the other parts of its hazard it shares boundary with, and the
    length of boundary shared. Parts lie within grid cells, so two parts share boundary only
    along a grid line: the length is the overlap of their edges on that line (edges within
    ``eps`` of it), one part on each side."""
    seg = _edges_on_grid_lines(parts, owners, eps, cell, origin)
    # one integer per (owner, axis, line, side): the side is its lowest bit
    _, line = np.unique(seg.line, return_inverse=True)
    keys = ((seg.owner.astype(np.int64) * 2 + seg.axis) * (int(line.max(initial=0)) + 1) + line) * 2
    keys += seg.side
    order = np.lexsort((seg.lo, keys))
    seg, keys = _Edges(*(column[order] for column in seg)), keys[order]
    is_small = np.zeros(len(parts), dtype=bool)
    is_small[small] = True
    mine = np.flatnonzero(is_small[seg.part])
    if not len(mine):
        return {}
    wanted = keys[mine] ^ 1  # the edges on the other side of the same line
    first = np.searchsorted(keys, wanted, side="left")
    last = np.searchsorted(keys, wanted, side="right")
    # within a group the edges are disjoint and sorted: the overlapping ones are a run
    his = seg.hi
    begin = first + _searchsorted_within(his, first, last, seg.lo[mine])
    stop = first + _searchsorted_within(seg.lo, first, last, seg.hi[mine], side="left")
    count = np.maximum(stop - begin, 0)
    this_edge = np.repeat(mine, count)
    other_edge = np.repeat(begin, count) + (
        np.arange(int(count.sum())) - np.repeat(np.cumsum(count) - count, count)
    )
    overlap = np.minimum(seg.hi[this_edge], seg.hi[other_edge]) - np.maximum(
        seg.lo[this_edge], seg.lo[other_edge]
    )
    this, other = seg.part[this_edge], seg.part[other_edge]
    keep = (overlap > 0) & (this != other)
    this, other, overlap = this[keep], other[keep], overlap[keep]
    pair = this.astype(np.int64) * len(parts) + other
    unique, inverse = np.unique(pair, return_inverse=True)
    lengths = np.bincount(inverse, weights=overlap)
    adjacency: dict[int, list[tuple[int, float]]] = {}
    for key, length in zip(unique.tolist(), lengths.tolist()):
        adjacency.setdefault(key // len(parts), []).append((key % len(parts), length))
    return adjacency


@dataclass
class _Edges:
    """Edges of parts lying on a grid line: the part, its owner, the line (``axis`` 0 for
    x = const, 1 for y = const; ``line`` its grid index), the side of the line the part is on
    (0 below or left, 1 above or right), and the edge's extent along the line."""

    part: np.ndarray
    owner: np.ndarray
    axis: np.ndarray
    line: np.ndarray
    side: np.ndarray
    lo: np.ndarray
    hi: np.ndarray

    def __iter__(self):
        return iter((self.part, self.owner, self.axis, self.line, self.side, self.lo, self.hi))


def _edges_on_grid_lines(parts, owners, eps, cell, origin) -> _Edges:
    """The edges of every ring of ``parts`` that lie on a grid line (both ends within ``eps``
    of it)."""
    rings, ring_part = shapely.get_rings(parts, return_index=True)
    xy, ring = shapely.get_coordinates(rings, return_index=True)
    same = ring[1:] == ring[:-1]
    a, b = xy[:-1][same], xy[1:][same]
    part = ring_part[ring[:-1][same]]
    bounds = shapely.bounds(parts)
    centre = (bounds[:, :2] + bounds[:, 2:]) / 2
    out = []
    for axis in (0, 1):
        o = origin[axis]
        k = np.round((a[:, axis] - o) / cell)
        at = o + k * cell
        on = (np.abs(a[:, axis] - at) <= eps) & (np.abs(b[:, axis] - at) <= eps)
        lo = np.minimum(a[on, 1 - axis], b[on, 1 - axis])
        hi = np.maximum(a[on, 1 - axis], b[on, 1 - axis])
        p = part[on]
        side = (centre[p, axis] > at[on]).astype(np.int64)
        out.append((p, owners[p], np.full(len(p), axis), k[on].astype(np.int64), side, lo, hi))
    return _Edges(*(np.concatenate([o[i] for o in out]) for i in range(7)))


def _searchsorted_within(values, first, last, targets, side="right"):
    """For each (first, last, target): where ``target`` goes in ``values[first:last]`` (sorted),
    counted from ``first``."""
    lo, hi = first.copy(), last.copy()
    while True:
        open_ = lo < hi
        if not open_.any():
            return lo - first
        mid = (lo + hi) // 2
        go_right = open_ & (
            (values[np.minimum(mid, len(values) - 1)] <= targets)
            if side == "right"
            else (values[np.minimum(mid, len(values) - 1)] < targets)
        )
        lo = np.where(go_right, mid + 1, lo)
        hi = np.where(open_ & ~go_right, mid, hi)


def _nearest_group(parts, own, start, end, root, find):
    """The group holding the part of the same hazard nearest to the group ``own``."""
    candidates = np.arange(start, end)
    if len(candidates) <= len(own):
        return None
    roots = np.array([find(int(c)) for c in candidates])
    candidates = candidates[roots != root]
    if not len(candidates):
        return None
    distance = shapely.distance(parts[np.asarray(own)][:, None], parts[candidates][None, :])
    return find(int(candidates[int(np.argmin(distance.min(axis=0)))]))


def _unions(parts, groups: list, sizes: np.ndarray) -> np.ndarray:
    """The union of each group of neighbouring parts (indices into ``parts``, ``sizes`` their
    lengths), as a Polygon or MultiPolygon, without the vertices left in the middle of straight
    edges where the parts met (no needless turning points)."""
    merged = np.empty(len(groups), dtype=object)
    for size in np.unique(sizes).tolist():
        which = np.flatnonzero(sizes == size)
        members = np.array([groups[k] for k in which], dtype=np.int64).reshape(len(which), size)
        merged[which] = shapely.union_all(parts[members], axis=1)
    # normalize first: simplification keeps the first vertex of a ring; the smallest vertex is
    # never in the middle of an edge
    merged = shapely.simplify(shapely.normalize(merged), 0.0)
    odd = np.flatnonzero(~np.isin(shapely.get_type_id(merged), (_POLYGON, 6)))
    for k in odd.tolist():
        merged[k] = _only_polygons(merged[k])
    return merged


# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------


def _only_polygons(geometry):
    """The polygonal parts of a geometry as a Polygon or MultiPolygon (empty Polygon if none)."""
    if geometry is None:
        return shapely.Polygon()
    parts, _ = _polygon_parts(np.asarray([geometry], dtype=object), np.zeros(1, dtype=np.int64))
    if not len(parts):
        return shapely.Polygon()
    if len(parts) == 1:
        return parts[0]
    return shapely.MultiPolygon(list(parts))


def _representative_xy(geoms):
    with np.errstate(over="ignore", invalid="ignore"):  # GEOS's sentinels may set the FP flags
        points = shapely.point_on_surface(geoms)
    xy = shapely.get_coordinates(points)
    if len(xy) != len(geoms):  # an empty geometry has no point: put it last
        xy = np.array(
            [
                shapely.get_coordinates(p)[0] if not shapely.is_empty(p) else (np.inf, -np.inf)
                for p in points
            ]
        )
    return xy[:, 0], xy[:, 1]


def _seq(owner: np.ndarray) -> np.ndarray:
    """1-based running number within each run of equal owners (owners sorted)."""
    if not len(owner):
        return np.empty(0, dtype=np.int64)
    first = np.r_[True, owner[1:] != owner[:-1]]
    start = np.maximum.accumulate(np.where(first, np.arange(len(owner)), 0))
    return np.arange(len(owner)) - start + 1


def _object_array(geometries) -> np.ndarray:
    if isinstance(geometries, np.ndarray) and geometries.dtype == object:
        return geometries.reshape(-1)
    items = list(geometries) if not isinstance(geometries, shapely.Geometry) else [geometries]
    array = np.empty(len(items), dtype=object)
    array[:] = items
    return array


def _number(value, name: str) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise TaskInputError(_t("{} must be a number, not {!r}."), name, value) from None
    if not math.isfinite(number):
        raise TaskInputError(_t("{} must be a finite number, not {!r}."), name, value)
    return number
