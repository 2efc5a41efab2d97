"""Rules on the geometry of each feature alone: ``invalid_geometry`` (and "no geometry"),
``too_few_vertices``, ``long_segment`` and ``multipart``."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Optional

import numpy as np
import shapely

from ..progress import object_array
from .findings import NOWHERE, Finding, make_finding
from .geometry_arrays import Rings, anchor_xy, distinct_vertices, first_xy, is_present, ring_arrays
from .messages import MESSAGES
from .values import feature_text, quantity_text

LONG_SEGMENT_M = 5000.0


def check_geometries(
    layer: str,
    geometries,
    labels: Sequence[str],
    polygons: bool = True,
    long_segment_m: float = LONG_SEGMENT_M,
) -> list[Finding]:
    """``invalid_geometry`` (with "no geometry"), and for polygons ``too_few_vertices`` and
    ``long_segment``."""
    geoms = object_array(geometries)
    findings: list[Finding] = []
    present = is_present(geoms)
    for i in np.flatnonzero(~present):
        findings.append(make_finding("invalid_geometry", layer, i, labels, MESSAGES["no_geometry"]))
    idx = np.flatnonzero(present)
    few = np.zeros(len(geoms), dtype=bool)
    if polygons and len(idx):
        rings = ring_arrays(geoms, idx)
        counts = distinct_vertices(rings)
        bad = counts < 3
        for r in np.flatnonzero(bad):
            i = int(rings.owner[r])
            if few[i]:
                continue
            few[i] = True
            xy = first_xy(rings.geoms[r])
            findings.append(
                make_finding(
                    "too_few_vertices",
                    layer,
                    i,
                    labels,
                    MESSAGES["too_few_vertices"],
                    {"count": str(int(counts[r]))},
                    xy,
                )
            )
        findings += _long_segments(layer, geoms, labels, rings, long_segment_m)
    check = idx[~few[idx]]
    reasons = shapely.is_valid_reason(geoms[check]) if len(check) else []
    for i, reason in zip(check, reasons):
        if reason is None or reason == "Valid Geometry":
            continue
        text, xy = _split_reason(reason)
        if math.isfinite(xy[0]) and math.isfinite(xy[1]):
            template = MESSAGES["invalid_geometry"]
            args = {"reason": text, "location": _xy_text(xy)}
        else:
            template, args, xy = MESSAGES["invalid_geometry_nowhere"], {"reason": text}, NOWHERE
        findings.append(make_finding("invalid_geometry", layer, i, labels, template, args, xy))
    return findings


def _long_segments(layer, geoms, labels, rings: Rings, limit: float) -> list[Finding]:
    if len(rings.xy) < 2:
        return []
    d = np.diff(rings.xy, axis=0)
    length = np.hypot(d[:, 0], d[:, 1])
    same_ring = rings.ring_of[1:] == rings.ring_of[:-1]
    with np.errstate(invalid="ignore"):  # NaN and infinite vertices are invalid_geometry
        long = np.flatnonzero(same_ring & np.isfinite(length) & (length > limit))
    if not len(long):
        return []
    owner = rings.owner[rings.ring_of[long]]
    findings = []
    for i in np.unique(owner):
        mine = long[owner == i]
        k = mine[np.argmax(length[mine])]
        vertices = shapely.get_coordinates(geoms[i])
        centre = np.median(vertices, axis=0)
        ends = rings.xy[[k, k + 1]]
        stray = ends[np.argmax(np.hypot(*(ends - centre).T))]
        findings.append(
            make_finding(
                "long_segment",
                layer,
                int(i),
                labels,
                MESSAGES["long_segment"],
                {
                    "count": str(len(mine)),
                    "limit": quantity_text(limit),
                    "length": quantity_text(length[k]),
                },
                (float(stray[0]), float(stray[1])),
            )
        )
    return findings


def check_multipart(
    layer: str, geometries, labels: Sequence[str], ids: Optional[Sequence] = None
) -> list[Finding]:
    """``multipart`` on every feature with more than one non-empty part; the point is on the
    smallest polygon (for points, the last point)."""
    geoms = object_array(geometries)
    idx = np.flatnonzero(is_present(geoms))
    if not len(idx):
        return []
    several = idx[shapely.get_num_geometries(geoms[idx]) > 1]
    findings = []
    for i in several:
        parts = shapely.get_parts(geoms[i])
        parts = parts[~shapely.is_empty(parts)]
        if len(parts) < 2:
            continue
        args = {"feature": feature_text(layer, i, labels, ids), "count": str(len(parts))}
        polygonal = shapely.get_type_id(parts) == 3
        if polygonal.any():
            sizes = np.where(polygonal, shapely.area(parts), np.inf)
            stray = parts[int(np.argmin(sizes))]
            args["smallest"] = quantity_text(float(np.min(sizes)))
            template = MESSAGES["multipart"]
            xy = anchor_xy(np.array([stray], dtype=object), [0])[0]
        else:
            template = MESSAGES["multipart_points"]
            xy = first_xy(parts[-1])
        findings.append(make_finding("multipart", layer, i, labels, template, args, tuple(xy)))
    return findings


_REASON = re.compile(r"^(.*?)\s*\[\s*(\S+)\s+(\S+)(?:\s+\S+)?\s*\]\s*$")


def _split_reason(reason: str) -> tuple[str, tuple[float, float]]:
    """``"Self-intersection[5 5]"`` -> ``("Self-intersection", (5.0, 5.0))``."""
    match = _REASON.match(reason)
    if not match:
        return reason, (math.nan, math.nan)
    try:
        return match.group(1), (float(match.group(2)), float(match.group(3)))
    except ValueError:
        return match.group(1), (math.nan, math.nan)


def _xy_text(xy) -> str:
    return f"{xy[0]:.2f} {xy[1]:.2f}"
