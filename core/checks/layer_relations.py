"""Rules between features and layers: ``overlap`` (hazards of a class sharing ground),
``release_outside_hazard``, ``unknown_hazard``, ``release_larger_than_hazard`` and
``cha_without_evidence``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Optional

import numpy as np
import shapely

from .. import model
from ..progress import object_array
from .duplicates import DUPLICATE_TOLERANCE_M
from .findings import HAZARD, RELEASE, Finding, make_finding
from .geometry_arrays import anchor_xy, intersections, is_present, valid_polygons
from .messages import MESSAGES
from .values import id_key, plain_text, quantity_text, upper_code

OVERLAP_SHARE = 0.009  # of the smaller hazard's area
OUTSIDE_MIN_M2 = 1.0
OUTSIDE_MIN_SHARE = 0.001  # of the release's area
LARGER_MIN_M2 = 1.0


def check_overlaps(
    geometries,
    classifications: Sequence,
    labels: Sequence[str],
    min_share: float = OVERLAP_SHARE,
    layer: str = HAZARD,
) -> list[Finding]:
    """``overlap``: hazards of the same classification sharing more than ``min_share`` of the
    smaller one's area; one finding per pair (on the first), duplicates left out."""
    geoms = object_array(geometries)
    fixed = valid_polygons(geoms)
    classes = object_array([upper_code(c) for c in classifications])
    idx = np.flatnonzero(is_present(fixed) & np.array([c is not None for c in classes], dtype=bool))
    if len(idx) < 2:
        return []
    tree = shapely.STRtree(fixed[idx])
    a, b = tree.query(fixed[idx], predicate="intersects")
    keep = a < b
    a, b = idx[a[keep]], idx[b[keep]]
    same = classes[a] == classes[b]
    a, b = a[same], b[same]
    if not len(a):
        return []
    overlap = intersections(fixed[a], fixed[b])
    areas = shapely.area(fixed)
    overlap_area = shapely.area(overlap)
    smaller = np.minimum(areas[a], areas[b])
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(smaller > 0, overlap_area / smaller, 0.0)
    hit = np.flatnonzero(np.nan_to_num(share) > min_share)
    if not len(hit):
        return []
    duplicate = shapely.equals_exact(
        shapely.normalize(geoms[a[hit]]),
        shapely.normalize(geoms[b[hit]]),
        tolerance=DUPLICATE_TOLERANCE_M,
    )
    hit = hit[~duplicate]
    xy = shapely.get_coordinates(shapely.point_on_surface(overlap[hit]))
    return [
        make_finding(
            "overlap",
            layer,
            int(a[k]),
            labels,
            MESSAGES["overlap"],
            {
                "first": str(labels[a[k]]),
                "second": str(labels[b[k]]),
                "classification": str(classes[a[k]]),
                "area": quantity_text(overlap_area[k]),
                "percent": f"{100.0 * share[k]:.1f}",
            },
            tuple(p),
        )
        for k, p in zip(hit, xy)
    ]


def check_releases(
    release_geometries,
    release_labels: Sequence[str],
    hazard_geometries,
    release_hazard_ids: Optional[Sequence] = None,
    hazard_ids: Optional[Sequence] = None,
    outside_min_m2: float = OUTSIDE_MIN_M2,
    outside_min_share: float = OUTSIDE_MIN_SHARE,
    larger_min_m2: float = LARGER_MIN_M2,
) -> list[Finding]:
    """``release_outside_hazard``; with both id columns also ``unknown_hazard`` and
    ``release_larger_than_hazard``."""
    releases = valid_polygons(object_array(release_geometries))
    hazards = valid_polygons(object_array(hazard_geometries))
    findings = _outside(releases, release_labels, hazards, outside_min_m2, outside_min_share)
    if release_hazard_ids is None or hazard_ids is None:
        return findings
    return findings + _hazard_links(
        releases, release_labels, hazards, release_hazard_ids, hazard_ids, larger_min_m2
    )


def _hazard_links(releases, labels, hazards, release_hazard_ids, hazard_ids, larger_min_m2):
    """``unknown_hazard`` and ``release_larger_than_hazard`` of the releases (valid polygons,
    None where missing) by the hazard_id they name (the first hazard with that id)."""
    first: dict[str, int] = {}
    for i, value in enumerate(hazard_ids):
        key = id_key(value)
        if key is not None:
            first.setdefault(key, i)
    release_area = shapely.area(releases)
    hazard_area = shapely.area(hazards)
    unknown, larger = [], []
    for i, value in enumerate(release_hazard_ids):
        key = id_key(value)
        if key is None:
            continue  # missing_field
        h = first.get(key)
        if h is None:
            unknown.append(i)
        elif (
            releases[i] is not None
            and hazards[h] is not None
            and release_area[i] > hazard_area[h] + larger_min_m2
        ):
            larger.append((i, h))
    xy = anchor_xy(releases, np.array(unknown, dtype=int))
    findings = [
        make_finding(
            "unknown_hazard",
            RELEASE,
            i,
            labels,
            MESSAGES["unknown_hazard"],
            {"hazard_id": str(release_hazard_ids[i]).strip()},
            p,
        )
        for i, p in zip(unknown, xy)
    ]
    xy = anchor_xy(releases, np.array([i for i, _ in larger], dtype=int))
    return findings + [
        make_finding(
            "release_larger_than_hazard",
            RELEASE,
            i,
            labels,
            MESSAGES["release_larger_than_hazard"],
            {
                "area": quantity_text(release_area[i]),
                "hazard_id": str(hazard_ids[h]).strip(),
                "hazard_area": quantity_text(hazard_area[h]),
            },
            p,
        )
        for (i, h), p in zip(larger, xy)
    ]


def _outside(releases, labels, hazards, min_m2, min_share) -> list[Finding]:
    idx = np.flatnonzero(is_present(releases))
    if not len(idx):
        return []
    h_idx = np.flatnonzero(is_present(hazards))
    outside = np.array(releases[idx], dtype=object, copy=True)  # no hazard: all of it
    if len(h_idx):
        r, h = shapely.STRtree(hazards[h_idx]).query(releases[idx], predicate="intersects")
        h = h_idx[h]
        order = np.argsort(r, kind="stable")
        r, h = r[order], h[order]
        counts = np.bincount(r, minlength=len(idx))
        start = np.concatenate([[0], np.cumsum(counts)[:-1]])
        single = np.flatnonzero(counts == 1)
        if len(single):
            outside[single] = shapely.difference(releases[idx[single]], hazards[h[start[single]]])
        for k in np.flatnonzero(counts > 1):
            mine = hazards[h[start[k] : start[k] + counts[k]]]
            outside[k] = shapely.difference(releases[idx[k]], shapely.union_all(mine))
    area_out = shapely.area(outside)
    area = shapely.area(releases[idx])
    hit = np.flatnonzero((area_out > min_m2) & (area_out > min_share * area))
    xy = shapely.get_coordinates(shapely.point_on_surface(outside[hit])) if len(hit) else []
    return [
        make_finding(
            "release_outside_hazard",
            RELEASE,
            int(idx[k]),
            labels,
            MESSAGES["release_outside_hazard"],
            {
                "area": quantity_text(area_out[k]),
                "percent": f"{100.0 * area_out[k] / area[k]:.1f}" if area[k] > 0 else "100",
            },
            tuple(p),
        )
        for k, p in zip(hit, xy)
    ]


def check_cha_evidence(
    hazard_geometries,
    classifications: Sequence,
    labels: Sequence[str],
    evidence_geometries,
    evidence_types: Sequence,
) -> list[Finding]:
    """``cha_without_evidence``: CHAs holding no direct evidence point (boundary included)."""
    hazards = valid_polygons(object_array(hazard_geometries))
    is_cha = np.array([upper_code(c) == "CHA" for c in classifications], dtype=bool)
    cha = np.flatnonzero(is_cha & is_present(hazards))
    if not len(cha):
        return []
    points = object_array(evidence_geometries)
    direct = np.array(
        [plain_text(t) in model.DIRECT_EVIDENCE_TYPES for t in evidence_types], dtype=bool
    )
    points = points[direct & is_present(points)] if len(points) else points
    held = np.zeros(len(hazards), dtype=bool)
    if len(points):
        tree = shapely.STRtree(points)
        c, _p = tree.query(hazards[cha], predicate="intersects")
        held[cha[c]] = True
    lonely = cha[~held[cha]]
    xy = anchor_xy(hazards, lonely)
    return [
        make_finding(
            "cha_without_evidence", HAZARD, i, labels, MESSAGES["cha_without_evidence"], {}, p
        )
        for i, p in zip(lonely, xy)
    ]
