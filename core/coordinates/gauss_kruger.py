"""Pulkovo 1942 Gauss–Krüger (Soviet topographic maps): the 6° zones, the datum
transformation to WGS 84 that PROJ ranks best where the point lies, and reading
``X=4430293 Y=8664944``."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Optional

from pyproj import Transformer
from pyproj.transformer import AreaOfInterest, TransformerGroup

from .lexemes import _Lex
from .readings import _GK, _Context
from .values import CoordinateError, LonLat, ParsedCoordinate, _cache, _check_lonlat

GK_ZONES = range(4, 33)  # Pulkovo 1942 / Gauss-Kruger zone 4 to 32: EPSG:28404-28432
GK_EPSG_BASE = 28400
GK_ZONE_WIDTH_DEG = 6.0
GK_ZONE_OVERLAP_DEG = 0.5  # read up to 30' beyond the zone's edge meridians
GK_NORTHING_MAX_M = 10_000_000.0
# The text names the datum (СК-42, Pulkovo 1942): only Gauss–Krüger X=… Y=… is read.
_GK_DATUM_RE = re.compile(
    r"(?<![^\W\d_])(?:(?:СК|SK|CK) ?-? ?(?:19)?42|(?:PULKOVO|ПУЛКОВО) ?-? ?(?:19)?42)(?![0-9])"
    r"(?: ?[:=])?"
)


def gk_zone(lon: float, lat: float) -> int:
    """The Pulkovo 1942 Gauss–Krüger 6° zone of a point (zone n spans 6n-6 to 6n degrees east;
    zones 31 and 32 lie east of 180°). Raises ``gk_zone_out_of_range`` outside zones 4–32."""
    _check_lonlat(lon, lat)
    zone = int(math.floor((lon % 360.0) / GK_ZONE_WIDTH_DEG)) + 1
    _check_gk_zone(zone)
    return zone


def _check_gk_zone(zone: int) -> int:
    if zone not in GK_ZONES:
        raise CoordinateError(
            "gk_zone_out_of_range",
            f"Gauss–Krüger zone {zone} is not supported: Pulkovo 1942 zones are 4 to 32 "
            "(12° to 192° east; the Caucasus is in zones 7, 8 and 9).",
            zone=zone,
        )
    return zone


def _gk_offset_from_zone_deg(lon: float, zone: int) -> float:
    """Degrees east of the zone's central meridian (negative: west), wrapped to ±180."""
    central = zone * GK_ZONE_WIDTH_DEG - GK_ZONE_WIDTH_DEG / 2.0
    return (lon - central + 180.0) % 360.0 - 180.0


def _check_in_gk_zone(lon: float, zone: int, what: str) -> None:
    offset = _gk_offset_from_zone_deg(lon, zone)
    if abs(offset) > GK_ZONE_WIDTH_DEG / 2.0 + GK_ZONE_OVERLAP_DEG:
        west = (zone - 1) * GK_ZONE_WIDTH_DEG
        raise CoordinateError(
            "gk_outside_zone",
            f"{what} lies at longitude {_wrap_lon(lon):.4f}°, outside Gauss–Krüger zone {zone} "
            f"({west:g}° to {west + GK_ZONE_WIDTH_DEG:g}° east, read up to "
            f"{GK_ZONE_OVERLAP_DEG:g}° beyond): check the zone digits at the front of Y and "
            "the easting.",
            zone=zone,
            lon=_wrap_lon(lon),
        )


def _wrap_lon(lon: float) -> float:
    return (lon + 180.0) % 360.0 - 180.0 if not -180.0 <= lon <= 180.0 else lon


def _gk_crs(zone: int) -> str:
    return f"EPSG:{GK_EPSG_BASE + zone}"


def _gk_projection(zone: int) -> Transformer:
    """Gauss–Krüger Y, X (as written) to Pulkovo 1942 longitude, latitude: the projection
    only, on the Krassowsky ellipsoid (used to place the point, never as the answer)."""
    cache = _cache("gk_projection")
    transformer = cache.get(zone)
    if transformer is None:
        transformer = Transformer.from_crs(_gk_crs(zone), "EPSG:4284", always_xy=True)
        cache[zone] = transformer
    return transformer


@dataclass(frozen=True)
class _GkOperation:
    transformer: Transformer  # Y, X -> WGS 84 lon, lat (always_xy)
    description: str
    accuracy_m: float


def _is_usable(transformer: Transformer) -> bool:
    accuracy = transformer.accuracy
    return (
        accuracy is not None
        and accuracy >= 0.0
        and "ballpark" not in transformer.description.lower()
    )


def _operation(transformer: Transformer) -> _GkOperation:
    steps = [s for s in transformer.description.split(" + ") if not s.startswith("axis order")]
    return _GkOperation(transformer, " + ".join(steps), float(transformer.accuracy))


def _gk_operations(zone: int) -> list:
    """(transformer, area of use bounds) of every usable Pulkovo 1942 to WGS 84 operation for
    the zone, in PROJ's order."""
    cache = _cache("gk_operations")
    operations = cache.get(zone)
    if operations is None:
        group = TransformerGroup(_gk_crs(zone), "EPSG:4326", always_xy=True)
        operations = [
            (t, t.area_of_use.bounds if t.area_of_use else (-180.0, -90.0, 180.0, 90.0))
            for t in group.transformers
            if _is_usable(t)
        ]
        cache[zone] = operations
    return operations


def _inside(bounds: tuple, lon: float, lat: float) -> bool:
    west, south, east, north = bounds
    if not south <= lat <= north:
        return False
    return west <= lon <= east if west <= east else lon >= west or lon <= east


def _gk_operation(zone: int, lon: float, lat: float) -> _GkOperation:
    """The transformation PROJ ranks best for a small area around ``lon``, ``lat``. PROJ
    ranks by the operations' areas of use (bounding boxes), so the choice is cached for each
    set of areas that hold the point: the same everywhere inside that set."""
    lon = _wrap_lon(lon)
    operations = _gk_operations(zone)
    holding = tuple(i for i, (_, bounds) in enumerate(operations) if _inside(bounds, lon, lat))
    cache = _cache("gk_choice")
    key = (zone, holding)
    if key not in cache:
        cache[key] = None
        if holding:
            box = AreaOfInterest(
                max(lon - 1e-4, -180.0), max(lat - 1e-4, -90.0),
                min(lon + 1e-4, 180.0), min(lat + 1e-4, 90.0),
            )  # fmt: skip
            group = TransformerGroup(
                _gk_crs(zone), "EPSG:4326", always_xy=True, area_of_interest=box
            )
            if group.transformers and _is_usable(group.transformers[0]):
                cache[key] = _operation(group.transformers[0])
    operation = cache[key]
    if operation is None:
        raise CoordinateError(
            "no_transformation",
            f"PROJ has no Pulkovo 1942 to WGS 84 transformation of known accuracy at "
            f"{abs(lat):.4f}° {'N' if lat >= 0 else 'S'} {abs(lon):.4f}° "
            f"{'E' if lon >= 0 else 'W'} (zone {zone}): only a ballpark one, which can be "
            "hundreds of metres off. Check X and Y, or convert the point with the datum "
            "parameters of the map.",
            zone=zone,
            lon=lon,
            lat=lat,
        )
    return operation


def gk_transformation(
    zone: int, lon: Optional[float] = None, lat: Optional[float] = None
) -> tuple[str, float]:
    """(PROJ's description, accuracy in metres) of the Pulkovo 1942 to WGS 84 transformation
    used for Gauss–Krüger zone ``zone``: at ``lon``, ``lat`` (WGS 84) when given, else the one
    PROJ ranks first for the whole zone."""
    _check_gk_zone(int(zone))
    if lon is not None and lat is not None:
        _check_lonlat(lon, lat)
        operation = _gk_operation(int(zone), lon, lat)
        return operation.description, operation.accuracy_m
    operations = _gk_operations(int(zone))
    if not operations:
        raise CoordinateError(
            "no_transformation",
            f"PROJ has no Pulkovo 1942 to WGS 84 transformation of known accuracy in "
            f"Gauss–Krüger zone {zone}.",
            zone=zone,
        )
    operation = _operation(operations[0][0])
    return operation.description, operation.accuracy_m


def _gk_to_wgs84(y: float, x: float, zone: int, what: str) -> tuple[LonLat, _GkOperation]:
    """Gauss–Krüger Y (with the zone digits), X to WGS 84, through the transformation PROJ
    ranks best where the point lies."""
    lon0, lat0 = _gk_projection(zone).transform(y, x)
    if not (math.isfinite(lon0) and math.isfinite(lat0)):
        raise CoordinateError(
            "northing_out_of_range", f"{what} does not give a point on the Earth.", value=x
        )
    _check_in_gk_zone(lon0, zone, what)
    operation = _gk_operation(zone, lon0, lat0)
    lon, lat = operation.transformer.transform(y, x)
    again = _gk_operation(zone, lon, lat)  # chosen where the answer lies, as format_gk does
    if again is not operation:
        operation = again
        lon, lat = operation.transformer.transform(y, x)
    if not (math.isfinite(lon) and math.isfinite(lat)):
        raise CoordinateError(
            "no_transformation", f"PROJ could not transform {what} to WGS 84.", zone=zone
        )
    return LonLat(float(_wrap_lon(lon)), float(lat)), operation


_GK_LABELS = {"X": "X", "Х": "X", "Y": "Y", "У": "Y"}  # Latin and Cyrillic


def _read_gk(lexemes: list, ctx: _Context) -> None:
    """``X=4430293 Y=8664944`` (labels in either order, Latin or Cyrillic, ``=``/``:`` or a
    space). A bare pair that reads as X and Y is only a competitor that asks for labels."""
    labelled: dict[str, _Lex] = {}
    pending, numbers, other, bad = None, [], False, False
    for lex in lexemes:
        if lex.kind == "word" and lex.text in _GK_LABELS:
            axis = _GK_LABELS[lex.text]
            bad = bad or pending is not None or axis in labelled
            pending = axis
        elif lex.kind == "eq":
            bad = bad or pending is None
        elif lex.kind == "num":
            if pending is not None:
                labelled[pending], pending = lex, None
            else:
                numbers.append(lex)
        elif lex.kind != "sep":
            other = True
    if labelled or pending is not None:
        if bad or pending is not None or numbers or other or len(labelled) != 2:
            ctx.fail(_gk_labels_error(ctx.shown), 3, _GK)
            return
        try:
            _gk_reading(ctx, labelled["X"], labelled["Y"], "strong")
        except CoordinateError as error:
            ctx.fail(error, 3, _GK)
    elif ctx.datum:
        ctx.fail(
            CoordinateError(
                "gk_needs_labels",
                f"{ctx.shown!r}: Pulkovo 1942 (СК-42) coordinates are read only as "
                "Gauss–Krüger X=… Y=… (X the northing, Y the easting with the zone number in "
                "front), e.g. 'СК-42 X=4430293 Y=8664944'. Pulkovo 1942 latitude and longitude "
                "differ from WGS 84 by about 100 m and are not read.",
            ),
            3,
            _GK,
        )
    elif len(numbers) == 2 and not other and not bad:
        for x, y in ((numbers[0], numbers[1]), (numbers[1], numbers[0])):
            if x.int_digits == 7 and y.int_digits in (7, 8) and not (x.sign or y.sign):
                try:
                    _gk_reading(ctx, x, y, "blocked")
                except CoordinateError:
                    pass


def _gk_labels_error(shown: str) -> CoordinateError:
    return CoordinateError(
        "gk_needs_labels",
        f"{shown!r}: write Gauss–Krüger coordinates as X=4430293 Y=8664944, each label once "
        "before its number: X the northing, Y the easting with the zone number in front.",
    )


def _gk_reading(ctx: _Context, x_lex: _Lex, y_lex: _Lex, kind: str) -> None:
    shown = ctx.shown
    x, y = x_lex.value, y_lex.value
    written = f"X={x_lex.text} Y={y_lex.text}"
    if x_lex.sign:
        raise CoordinateError(
            "northing_out_of_range",
            f"In {shown!r} X has a sign: a Gauss–Krüger X is metres north of the equator.",
            value=x,
        )
    if y_lex.sign:
        raise CoordinateError(
            "easting_out_of_range",
            f"In {shown!r} Y has a sign: a Gauss–Krüger Y is the zone number followed by the "
            "easting (500000 on the central meridian).",
            value=y,
        )
    if y_lex.int_digits <= 6:
        raise CoordinateError(
            "gk_zone_missing",
            f"In {shown!r} Y={y_lex.text} has no zone number: a Gauss–Krüger Y starts with "
            f"its 6° zone number (Y=8664944 is zone 8). Write the zone digits in front, e.g. "
            f"Y=8{y_lex.text} in zone 8 (Aghdam, Shusha) or Y=9{y_lex.text} in zone 9.",
            value=y,
        )
    zone = int(y // 1_000_000)
    if y_lex.int_digits > 8 or zone not in GK_ZONES:
        raise CoordinateError(
            "gk_zone_out_of_range",
            f"In {shown!r} Y={y_lex.text} starts with zone {zone}: Pulkovo 1942 Gauss–Krüger "
            "zones are 4 to 32 (the Caucasus is in zones 7, 8 and 9). Check the digits of Y.",
            zone=zone,
        )
    if not 0.0 < x < GK_NORTHING_MAX_M:
        raise CoordinateError(
            "northing_out_of_range",
            f"In {shown!r} X={x_lex.text} is not a Gauss–Krüger northing (metres from the "
            "equator, 0 to 10000000; X comes first in Soviet records).",
            value=x,
        )
    point, operation = _gk_to_wgs84(y, x, zone, f"{shown!r}")
    parsed = ParsedCoordinate(
        point, "gk", _gk_crs(zone), zone, y, x, operation.description, operation.accuracy_m
    )
    blocked = None
    if kind == "blocked":
        blocked = CoordinateError(
            "gk_needs_labels",
            f"{shown!r} looks like Pulkovo 1942 Gauss–Krüger coordinates (zone {zone}): write "
            f"them with their labels, '{written}' (X the northing), so that they cannot be "
            "taken for another form.",
            zone=zone,
        )
    label = f"Gauss–Krüger zone {zone} {written}"
    ctx.read(parsed, kind, label, written, blocked)
