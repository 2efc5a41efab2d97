"""The SHA cut per district: districts dissolved per code and made disjoint, parts cut (see the
package docstring, step 5)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np
import shapely

from .polygons import GRID_M, area_differs, minus, polygon_parts, union

_OVERLAP_M2 = 1.0  # districts overlapping by more than this are reported
_COVERED = 1.0 - 1e-9  # a part whose district pieces hold this share of its area is covered


def dissolve_districts(codes: list[Optional[str]], geoms: np.ndarray):
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
        merged[later] = minus(merged[later], union(earlier))
        overlapping += int(before - merged[later].area > _OVERLAP_M2)
    return unique, merged, overlapping


def cut_by_districts(parts: np.ndarray, districts: np.ndarray):
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
    pairs = _Pairs(parts, districts, part[split], near[split], whole, shapely.area(parts))
    cut = _cut(pairs)
    if cut.wrong.any():  # floating point overlay went wrong: cut again on a millimetre grid
        cut = _with_redone(cut, _cut(pairs, GRID_M))
    kept = np.flatnonzero(whole)
    pieces = np.concatenate([parts[kept], cut.inside, cut.outside])
    source = np.concatenate([kept, cut.inside_part, cut.outside_part]).astype(np.int64)
    piece_district = np.concatenate(
        [district[kept], cut.inside_district, np.full(len(cut.outside), -1)]
    ).astype(np.int64)
    order = np.lexsort((piece_district, source))
    return pieces[order], piece_district[order], source[order]


@dataclass(frozen=True)
class _Pairs:
    """The parts, the districts, the (part, district) pairs to cut (``part``, ``near``), the
    parts inside one district (``whole``) and the area of each part."""

    parts: np.ndarray
    districts: np.ndarray
    part: np.ndarray
    near: np.ndarray
    whole: np.ndarray
    part_area: np.ndarray


@dataclass(frozen=True)
class _Cut:
    """Pieces inside districts (with their part and district), pieces outside every district
    (with their part), and the parts whose pieces do not add up to them (``wrong``)."""

    inside: np.ndarray
    inside_part: np.ndarray
    inside_district: np.ndarray
    outside: np.ndarray
    outside_part: np.ndarray
    wrong: np.ndarray


def _cut(p: _Pairs, grid_size=None) -> _Cut:
    """The pairs cut (floating point, or on the grid ``grid_size``), checked by area."""
    n = len(p.parts)
    inside, where = polygon_parts(
        shapely.intersection(p.parts[p.part], p.districts[p.near], grid_size=grid_size)
    )
    inside_part, inside_district = p.part[where], p.near[where]
    covered_area = np.bincount(inside_part, shapely.area(inside), minlength=n)
    rest = np.flatnonzero(~p.whole & (covered_area < p.part_area * _COVERED))
    outside, outside_part = np.empty(0, dtype=object), np.empty(0, dtype=np.int64)
    if len(rest):
        candidates = np.unique(inside_district[np.isin(inside_part, rest)])
        remainder = p.parts[rest]
        if len(candidates):
            everywhere = union(p.districts[candidates])
            remainder = shapely.difference(remainder, everywhere, grid_size=grid_size)
        outside, where = polygon_parts(remainder)
        outside_part = rest[where]
    got = covered_area + np.bincount(outside_part, shapely.area(outside), minlength=n)
    wrong = ~p.whole & area_differs(got, p.part_area)
    return _Cut(inside, inside_part, inside_district, outside, outside_part, wrong)


def _with_redone(first: _Cut, again: _Cut) -> _Cut:
    """``first`` with the pieces of its wrong parts taken from ``again`` (cut on the grid)."""
    wrong = first.wrong
    keep_in, keep_out = ~wrong[first.inside_part], ~wrong[first.outside_part]
    again_in, again_out = wrong[again.inside_part], wrong[again.outside_part]
    return _Cut(
        np.concatenate([first.inside[keep_in], again.inside[again_in]]),
        np.concatenate([first.inside_part[keep_in], again.inside_part[again_in]]),
        np.concatenate([first.inside_district[keep_in], again.inside_district[again_in]]),
        np.concatenate([first.outside[keep_out], again.outside[again_out]]),
        np.concatenate([first.outside_part[keep_out], again.outside_part[again_out]]),
        wrong,
    )
