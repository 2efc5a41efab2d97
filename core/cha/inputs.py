"""The parameters and inputs of :func:`delineate_cha` checked; :class:`ChaInputError` refuses."""

from __future__ import annotations

import math
import operator

import numpy as np
import shapely

from ..errors import CodedError

CONVEX, CONCAVE, BUFFERED = 0, 1, 2
SHAPES = (CONVEX, CONCAVE, BUFFERED)

ERROR_CODES = (
    "not_a_number",  # name, value: a parameter that is no number
    "not_finite",  # name, value: NaN or infinite
    "not_positive",  # name, value: 0 or less where more than 0 metres is needed
    "not_whole",  # name, value: a parameter that must be a whole number
    "negative_margin",  # value: MARGIN below 0
    "unknown_shape",  # value: SHAPE not 0, 1 or 2
    "min_evidence_below_one",  # value: MIN_EVIDENCE below 1
    "bad_max_turning_points",  # value: MAX_TURNING_POINTS negative, 1 or 2
    "too_few_turning_points",  # value: simplify_outward's max_vertices below 3
    "evidence_not_xy",  # shape (or None): EVIDENCE is no (n, 2) array of coordinates
    "minefields_not_a_list",  # MINEFIELDS is no list
    "minefield_not_geometry",  # index, type: an item of MINEFIELDS is no geometry
    "not_a_single_polygon",  # what, type: turning_points/simplify_outward given another type
    "nothing_to_delineate",  # no evidence point and no minefield
    "no_finite_evidence",  # no point with finite coordinates and no minefield
)


class ChaInputError(CodedError):
    """A bad parameter or input. ``code`` is one of :data:`ERROR_CODES`, ``values`` what the
    message names (parameter ``name``, ``value``...), ``str(error)`` (= ``detail``) the English
    message, which names the parameter: the adapter shows a translated one from code and values.
    """


def number(value, name: str) -> float:
    """``value`` as a finite float; refused naming the parameter ``name``."""
    try:
        result = float(value)
    except (TypeError, ValueError):
        raise ChaInputError(
            "not_a_number", f"{name} must be a number, not {value!r}.", name=name, value=value
        ) from None
    if not math.isfinite(result):
        raise ChaInputError(
            "not_finite", f"{name} must be a finite number, not {value!r}.", name=name, value=value
        )
    return result


def positive(value, name: str) -> float:
    """``value`` as a number of metres more than 0."""
    result = number(value, name)
    if result <= 0:
        raise ChaInputError(
            "not_positive",
            f"{name} must be more than 0 metres, not {result:g}.",
            name=name,
            value=result,
        )
    return result


def whole(value, name: str) -> int:
    """``value`` as an int (numpy integers and integral floats accepted)."""
    try:
        return operator.index(value)
    except TypeError:
        pass
    detail = f"{name} must be a whole number, not {value!r}."
    try:
        result = float(value)
    except (TypeError, ValueError):
        raise ChaInputError("not_whole", detail, name=name, value=value) from None
    if not result.is_integer():
        raise ChaInputError("not_whole", detail, name=name, value=value)
    return int(result)


def margin(value) -> float:
    """MARGIN: 0 or more metres."""
    result = number(value, "MARGIN")
    if result < 0:
        raise ChaInputError(
            "negative_margin", f"MARGIN must be 0 or more metres, not {result:g}.", value=result
        )
    return result


def shape(value) -> int:
    """SHAPE: ``CONVEX``, ``CONCAVE`` or ``BUFFERED``."""
    result = whole(value, "SHAPE")
    if result not in SHAPES:
        raise ChaInputError(
            "unknown_shape",
            f"SHAPE must be 0 (convex hull), 1 (concave hull) or 2 (buffered union), not {result}.",
            value=result,
        )
    return result


def min_evidence(value) -> int:
    """MIN_EVIDENCE: a whole number, at least 1."""
    result = whole(value, "MIN_EVIDENCE")
    if result < 1:
        raise ChaInputError(
            "min_evidence_below_one",
            f"MIN_EVIDENCE must be at least 1, not {result}.",
            value=result,
        )
    return result


def max_turning_points(value) -> int:
    """MAX_TURNING_POINTS: 0 (no limit) or at least 3."""
    n = whole(value, "MAX_TURNING_POINTS")
    if n < 0 or n in (1, 2):
        raise ChaInputError(
            "bad_max_turning_points",
            f"MAX_TURNING_POINTS must be 0 (no limit) or at least 3 (a polygon has 3 or more "
            f"turning points), not {n}.",
            value=n,
        )
    return n


def max_vertices(value) -> int:
    """The vertex limit of :func:`simplify_outward`: at least 3."""
    n = whole(value, "MAX_TURNING_POINTS")
    if n < 3:
        raise ChaInputError(
            "too_few_turning_points",
            f"MAX_TURNING_POINTS must be 0 or at least 3 (a polygon has 3 or more turning "
            f"points), not {n}.",
            value=n,
        )
    return n


def points(points_xy) -> np.ndarray:
    """EVIDENCE as an ``(n, 2)`` float array (``(0, 2)`` for None or nothing)."""
    if points_xy is None:
        return np.empty((0, 2))
    try:
        xy = np.asarray(points_xy, dtype=float)
    except (TypeError, ValueError):
        raise ChaInputError(
            "evidence_not_xy", "EVIDENCE must be an array of (x, y) coordinates.", shape=None
        ) from None
    if xy.size == 0:
        return np.empty((0, 2))
    if xy.ndim != 2 or xy.shape[1] != 2:
        raise ChaInputError(
            "evidence_not_xy",
            f"EVIDENCE must be an array of (x, y) coordinates, shape (n, 2), not {xy.shape}.",
            shape=xy.shape,
        )
    return xy


def minefield_array(minefields) -> np.ndarray:
    """MINEFIELDS as a 1-D object array of geometries (and None)."""
    if minefields is None:
        return np.empty(0, dtype=object)
    if isinstance(minefields, shapely.Geometry):
        minefields = [minefields]
    try:
        items = list(minefields)
    except TypeError:
        raise ChaInputError(
            "minefields_not_a_list", "MINEFIELDS must be a list of polygons."
        ) from None
    for i, item in enumerate(items):
        if item is not None and not isinstance(item, shapely.Geometry):
            kind = type(item).__name__
            raise ChaInputError(
                "minefield_not_geometry",
                f"MINEFIELDS must hold polygons: item {i} is a {kind}.",
                index=i,
                type=kind,
            )
    array = np.empty(len(items), dtype=object)
    array[:] = items
    return array


def single_polygon(polygon, what: str) -> shapely.Polygon:
    """``polygon`` as a Polygon (a one-part MultiPolygon opened); ``what`` names the caller."""
    if isinstance(polygon, shapely.MultiPolygon) and len(polygon.geoms) == 1:
        polygon = polygon.geoms[0]
    if not isinstance(polygon, shapely.Polygon):
        kind = getattr(polygon, "geom_type", type(polygon))
        raise ChaInputError(
            "not_a_single_polygon",
            f"{what} needs a single polygon, not {kind}.",
            what=what,
            type=str(kind),
        )
    return polygon
