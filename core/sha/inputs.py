"""The parameters and inputs of :func:`delineate_sha` checked; :class:`ShaInputError` refuses."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any, Optional

import numpy as np
import shapely

from ..errors import CodedError
from .polygons import polygon_parts

ERROR_CODES = (
    "not_a_number",  # name, value: a parameter that is no number
    "not_finite",  # name, value: NaN or infinite
    "negative",  # name, value, unit: below 0
    "depth_count",  # name, given, lines: not one depth per line
    "depth_not_a_number",  # name, line, value: a line's depth is no number
    "depth_not_finite",  # name, line, value: a line's depth is infinite
    "depth_negative",  # name, line, value: a line's depth is below 0
    "not_a_geometry",  # name, position, type: an item that is no geometry
    "not_a_line",  # feature, type: LINE holds something else than lines
    "line_not_finite",  # line: a LINE coordinate is NaN or infinite
    "no_usable_line",  # every line is without geometry or of zero length
    "nothing_to_delineate",  # depths all 0 and no INDIRECT evidence
    "not_a_polygon",  # name, item, type: EXCLUSIONS or DISTRICTS hold something else
    "district_not_a_pair",  # position, item: a DISTRICTS item is no (code, polygon) pair
    "too_many_segments",  # segment_length_m, line_km, segments, max_segments
)


class ShaInputError(CodedError):
    """Bad input to ``delineate_sha``. ``code`` is one of :data:`ERROR_CODES`, ``values`` what
    the message names (parameter ``name``, ``value``...), ``str(error)`` (= ``detail``) the
    English message, which names the parameter: the adapter shows a translated one from code
    and values."""


def fmt(value: float) -> str:
    return f"{value:g}"


def non_negative(value: Any, name: str, unit: str) -> float:
    """``value`` as a finite float, 0 or more; refused naming the parameter ``name``."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ShaInputError(
            "not_a_number", f"{name} must be a number (got {value!r})", name=name, value=value
        ) from None
    if not math.isfinite(number):
        raise ShaInputError(
            "not_finite", f"{name} must be a finite number (got {value!r})", name=name, value=value
        )
    if number < 0:
        raise ShaInputError(
            "negative",
            f"{name} must not be negative (got {fmt(number)} {unit})",
            name=name,
            value=number,
            unit=unit,
        )
    return number


def depths(values: Any, default: float, name: str, n_lines: int) -> np.ndarray:
    """One depth per line: None and NaN take ``default``."""
    if values is None or np.ndim(values) == 0:
        if values is not None and not isinstance(values, (str, bytes)):
            try:
                if math.isnan(float(values)):
                    values = None
            except (TypeError, ValueError):
                pass
        depth = default if values is None else non_negative(values, name, "m")
        return np.full(n_lines, depth, dtype=float)
    values = list(values)
    if len(values) != n_lines:
        raise ShaInputError(
            "depth_count",
            f"{name}: {len(values)} depths given for {n_lines} lines",
            name=name,
            given=len(values),
            lines=n_lines,
        )
    result = np.empty(n_lines, dtype=float)
    for i, value in enumerate(values):  # one per line
        result[i] = default if value is None else _line_depth(value, default, name, i)
    return result


def _line_depth(value: Any, default: float, name: str, line: int) -> float:
    """The depth of line ``line``: NaN takes ``default``."""
    try:
        depth = float(value)
    except (TypeError, ValueError):
        raise ShaInputError(
            "depth_not_a_number",
            f"{name} is not a number for line {line}: {value!r}",
            name=name,
            line=line,
            value=value,
        ) from None
    if math.isnan(depth):
        return default
    if math.isinf(depth):
        raise ShaInputError(
            "depth_not_finite",
            f"{name} must be a finite number (got {value!r} for line {line})",
            name=name,
            line=line,
            value=value,
        )
    if depth < 0:
        raise ShaInputError(
            "depth_negative",
            f"{name} must not be negative (got {fmt(depth)} m for line {line})",
            name=name,
            line=line,
            value=depth,
        )
    return depth


def geometry_array(values: Optional[Sequence[Any]], name: str) -> np.ndarray:
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
        kind = type(items[bad]).__name__
        raise ShaInputError(
            "not_a_geometry",
            f"{name} holds something that is not a geometry at position {bad}: {kind}",
            name=name,
            position=bad,
            type=kind,
        )
    return array


def present(geoms: np.ndarray) -> np.ndarray:
    """Whether each geometry is there and not empty."""
    return ~shapely.is_missing(geoms) & ~shapely.is_empty(geoms)


def usable_lines(line_arr: np.ndarray) -> tuple[np.ndarray, np.ndarray, int]:
    """The lines with a length, their indices in ``line_arr``, and how many were skipped."""
    is_present = present(line_arr)
    types = shapely.get_type_id(line_arr[is_present])
    lineal = np.isin(types, (1, 2, 5))
    if not lineal.all():
        bad = int(np.flatnonzero(is_present)[np.flatnonzero(~lineal)[0]])
        kind = line_arr[bad].geom_type
        raise ShaInputError(
            "not_a_line", f"LINE must hold lines: feature {bad} is a {kind}", feature=bad, type=kind
        )
    coords, index = shapely.get_coordinates(line_arr[is_present], return_index=True)
    if not np.isfinite(coords).all():
        bad = int(np.flatnonzero(is_present)[index[~np.isfinite(coords).all(axis=1)][0]])
        raise ShaInputError(
            "line_not_finite",
            f"LINE: line {bad} has a coordinate that is NaN or infinite",
            line=bad,
        )
    geoms = line_arr.copy()
    rings = is_present.copy()
    rings[is_present] = types == 2
    if rings.any():
        geoms[rings] = shapely.linestrings(
            shapely.get_coordinates(geoms[rings]), indices=_ring_indices(geoms[rings])
        )
    usable = is_present.copy()
    usable[is_present] = shapely.length(geoms[is_present]) > 0
    ids = np.flatnonzero(usable)
    return geoms[ids], ids, int(len(line_arr) - len(ids))


def _ring_indices(rings: np.ndarray) -> np.ndarray:
    return np.repeat(np.arange(len(rings)), shapely.get_num_coordinates(rings))


def require_polygons(geoms: np.ndarray, name: str) -> np.ndarray:
    """The present geometries of ``geoms``, which must all be polygons (or collections)."""
    is_present = present(geoms)
    polygonal = np.isin(shapely.get_type_id(geoms), (3, 6, 7)) | ~is_present
    if not polygonal.all():
        bad = int(np.flatnonzero(~polygonal)[0])
        kind = geoms[bad].geom_type
        raise ShaInputError(
            "not_a_polygon",
            f"{name} must hold polygons: item {bad} is a {kind}",
            name=name,
            item=bad,
            type=kind,
        )
    return geoms[is_present]


def district_arrays(districts) -> tuple[list[Optional[str]], np.ndarray]:
    """DISTRICTS as their codes and polygons (those without geometry left out)."""
    if districts is None:
        return [], np.empty(0, dtype=object)
    codes: list[Optional[str]] = []
    geoms = []
    for position, item in enumerate(districts):  # one per district
        try:
            code, geometry = item
        except (TypeError, ValueError):
            raise ShaInputError(
                "district_not_a_pair",
                f"DISTRICTS: item {position} is not a (code, polygon) pair: {item!r}",
                position=position,
                item=item,
            ) from None
        codes.append(None if code is None else str(code))
        geoms.append(geometry)
    array = geometry_array(geoms, "DISTRICTS")
    codes = [c for c, p in zip(codes, present(array).tolist()) if p]
    return codes, require_polygons(array, "DISTRICTS")


def repair(geoms: np.ndarray, polygonal: bool = False) -> tuple[np.ndarray, int]:
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
            polys, where = polygon_parts(fixed)
            fixed = shapely.multipolygons(polys, indices=where, out=np.empty(len(fixed), object))
            fixed[shapely.is_missing(fixed)] = shapely.MultiPolygon()
        geoms[fix] = fixed
    return geoms, count
