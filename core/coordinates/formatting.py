"""Writing a point in each format of :data:`FORMATS` (read back exactly by the parser)."""

from __future__ import annotations

import math
from typing import Optional

from .gauss_kruger import _check_gk_zone, _check_in_gk_zone, _gk_operation, gk_zone
from .mgrs import (
    MGRS_COLUMNS,
    MGRS_EVEN_ROW_SHIFT,
    MGRS_ROW_PERIOD_M,
    MGRS_ROWS,
    MGRS_SQUARE_M,
    MGRS_TRUNCATE_SLACK_M,
)
from .utm import NORTHING_MAX_M, _check_utm_latitude, _check_zone, _to_utm, latitude_band, utm_zone
from .values import CoordinateError, _check_lonlat


def format_dd(lon: float, lat: float, decimals: int = 6) -> str:
    """``40.123456° N, 46.654321° E``: latitude first, unsigned, hemisphere letter after."""
    _check_lonlat(lon, lat)
    return f"{_dd_part(lat, 'N', 'S', decimals)}, {_dd_part(lon, 'E', 'W', decimals)}"


def _dd_part(value: float, positive: str, negative: str, decimals: int) -> str:
    text = f"{abs(value):.{decimals}f}"
    zero = float(text) == 0.0
    return f"{text}° {positive if value >= 0 or zero else negative}"


def format_dms(lon: float, lat: float, decimals: int = 1) -> str:
    """``40°07'24.4"N 46°39'15.6"E``: latitude first, seconds rounded to ``decimals``."""
    _check_lonlat(lon, lat)
    return f"{_dms_part(lat, 'N', 'S', decimals)} {_dms_part(lon, 'E', 'W', decimals)}"


def _dms_part(value: float, positive: str, negative: str, decimals: int) -> str:
    scale = 10**decimals
    units = round(abs(value) * 3600 * scale)  # whole units of the last decimal of a second
    degrees, rest = divmod(units, 3600 * scale)
    minutes, seconds = divmod(rest, 60 * scale)
    sec_text = f"{seconds / scale:0{3 + decimals if decimals else 2}.{decimals}f}"
    letter = positive if value >= 0 or units == 0 else negative
    return f"{degrees}°{minutes:02d}'{sec_text}\"{letter}"


def format_utm(lon: float, lat: float, zone: Optional[int] = None, decimals: int = 0) -> str:
    """``38N 612345 4412345``: zone (from the point unless given), hemisphere, easting,
    northing rounded to ``decimals`` (default whole metres)."""
    _check_lonlat(lon, lat)
    _check_utm_latitude(lat)
    natural, hemisphere = utm_zone(lon, lat)
    zone = natural if zone is None else _check_zone(int(zone))
    easting, northing = _to_utm(lon, lat, zone, hemisphere)
    if hemisphere == "S" and round(northing, decimals) >= NORTHING_MAX_M:
        hemisphere, northing = "N", 0.0  # on the equator once rounded (as GeoTrans)
    return f"{zone}{hemisphere} {easting:.{decimals}f} {northing:.{decimals}f}"


def format_mgrs(lon: float, lat: float, precision: int = 5) -> str:
    """``38SNK 12345 12345`` (precision 5: 1 m; 0 gives only ``38SNK``): the grid square that
    holds the point (digits truncated, not rounded)."""
    _check_lonlat(lon, lat)
    _check_utm_latitude(lat)
    if precision not in range(6):
        raise CoordinateError(
            "bad_precision", f"MGRS precision must be 0 to 5 digits, not {precision!r}."
        )
    zone, hemisphere = utm_zone(lon, lat)
    band = latitude_band(lat)
    easting, northing = _to_utm(lon, lat, zone, hemisphere)
    cell = 10.0 ** (5 - precision)
    east_cells = int(math.floor((easting + MGRS_TRUNCATE_SLACK_M) / cell))
    north_cells = int(math.floor((northing + MGRS_TRUNCATE_SLACK_M) / cell))
    easting, northing = east_cells * cell, north_cells * cell
    column = int(easting // MGRS_SQUARE_M)
    row = int((northing % MGRS_ROW_PERIOD_M) // MGRS_SQUARE_M)
    if zone % 2 == 0:
        row += MGRS_EVEN_ROW_SHIFT
    square = MGRS_COLUMNS[(zone - 1) % 3][column - 1] + MGRS_ROWS[row % len(MGRS_ROWS)]
    head = f"{zone}{band}{square}"
    if precision == 0:
        return head
    per_square = 10**precision
    return (
        f"{head} {east_cells % per_square:0{precision}d} {north_cells % per_square:0{precision}d}"
    )


def format_gk(lon: float, lat: float, zone: Optional[int] = None, decimals: int = 0) -> str:
    """``X=4430293 Y=8664944``: Pulkovo 1942 Gauss–Krüger northing X and easting Y (with the
    zone digits in front), through the transformation PROJ ranks best at the point. ``zone``
    defaults to the point's own; another zone must hold the point within
    :data:`GK_ZONE_OVERLAP_DEG` of its edge."""
    _check_lonlat(lon, lat)
    zone = gk_zone(lon, lat) if zone is None else _check_gk_zone(int(zone))
    _check_in_gk_zone(lon, zone, f"{format_dd(lon, lat, 5)}")
    transformer = _gk_operation(zone, lon, lat).transformer
    y, x = transformer.transform(lon, lat, direction="INVERSE")
    # PROJ's inverse of the datum shift is good to about 1 mm; one step against the forward
    # transformation (the one reading uses) makes the figures read back to the point.
    again = transformer.transform(*transformer.transform(y, x), direction="INVERSE")
    y, x = 2.0 * y - again[0], 2.0 * x - again[1]
    if not (math.isfinite(x) and math.isfinite(y)):
        raise CoordinateError(
            "no_transformation", f"PROJ could not transform {lon}, {lat} to Pulkovo 1942."
        )
    return f"X={x:.{decimals}f} Y={y:.{decimals}f}"


def format_coordinate(lon: float, lat: float, fmt: str, **options) -> str:
    """One of :data:`FORMATS` by name, with that format's options (decimals, zone, precision)."""
    formatter = {
        "dd": format_dd,
        "dms": format_dms,
        "utm": format_utm,
        "mgrs": format_mgrs,
        "gk": format_gk,
    }
    if fmt not in formatter:
        raise CoordinateError("unrecognised", f"Unknown coordinate format {fmt!r}.")
    return formatter[fmt](lon, lat, **options)
