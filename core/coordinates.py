"""Coordinates as people write them on field sheets: parse and format DD, DMS, UTM and MGRS.

Plain Python + pyproj (UTM projections, WGS 84): no QGIS or Qt. Every function works in WGS 84
longitude/latitude degrees (:class:`LonLat`). Errors are :class:`CoordinateError` s with a
machine ``code`` (the QGIS side may translate by it), an English message (``str(error)``, also
``error.detail``) that says what is wrong, and ``error.values`` (the numbers or letters at fault).

Formats written (and read back exactly)
---------------------------------------
``dd``    ``40.123456° N, 46.654321° E``: **latitude first**, unsigned with a hemisphere letter
          after a space, ``decimals`` places (default 6, ~0.1 m), comma and space between.
``dms``   ``40°07'24.4"N 46°39'15.6"E``: latitude first, minutes and whole seconds on two digits,
          seconds rounded to ``decimals`` places (default 1; carries into minutes and degrees).
``utm``   ``38N 612345 4412345``: zone, **hemisphere** letter N/S (not the latitude band),
          easting, northing, rounded to ``decimals`` places (default 0: metres).
``mgrs``  ``38SNK 12345 12345``: grid zone designation (zone and latitude band), 100 km square,
          easting and northing of ``precision`` digits each (0-5; 5 = 1 m). As the standard has
          it, the digits are **truncated** (the grid square that holds the point, 0.5 mm of
          slack as GeoTrans), so parsing gives the **south-west corner** of that square
          (``parse_mgrs(..., centre=True)`` gives its centre).

Formats read (:func:`parse_coordinate` detects which)
-----------------------------------------------------
- **Decimal degrees and degrees-minutes(-seconds)**: ``40.5 46.5``, ``40,5 46,5`` (decimal
  commas), ``40.5, 46.5``, ``40,5; 46,5``, ``-33.9 151.2``, ``40.5N 46.5E``, ``N40.5 E46.5``,
  ``46.5E 40.5N`` (the hemisphere letters say which is which, so longitude may come first),
  ``40°07'24.4"N 46°39'15.6"E``, ``40 07 24.4 N 46 39 15.6 E``, ``40:07:24.4 46:39:15.6``,
  ``40°07.4' N 46°39.26' E`` (degrees and decimal minutes). Symbols ``° º ˚`` for degrees,
  ``' ′ ’ ´`` for minutes, ``" ″ ” ''`` for seconds, or spaces and colons. Without hemisphere
  letters the order is **latitude, longitude** (never guessed from the values). Hemisphere
  letters before or after the numbers: Latin ``N S E W``; Russian ``С Ю В З`` and ``с.ш. ю.ш.
  в.д. з.д.``; Ukrainian ``пн. ш. пд. ш. сх. д. зх. д.``; Azerbaijani ``ş.e./şm.e. c.e. ş.u.
  q.u.``, ``Q`` and the words ``şimal cənub şərq qərb``; English words ``north`` … A lone ``Ş``
  (şimal or şərq?) or Latin ``C`` (cənub, or a Cyrillic С for север?) is rejected as
  ambiguous. A decimal comma is taken as such when the two coordinates are separated by
  space or ``;`` (``40,5 46,5``); ``40,46`` alone is rejected as ambiguous.
- **UTM**: ``38N 612345 4412345``, ``38 N 612345.2 4412345.7``, ``38T 612345 4442771`` (a
  latitude band letter instead of the hemisphere; the point must lie in that band, else
  ``band_mismatch``; N is always the hemisphere, band N lying in it anyway),
  ``612345mE 4412345mN``, ``E612345 N4412345``, ``612345,4412345``, or just two numbers with
  ``default_zone`` (and ``default_hemisphere``). **The letter S** is both "southern hemisphere"
  and latitude band S (32°-40° N, where Aghdam and Shusha lie): with ``default_hemisphere``
  "N" (the default) it is read as band S when the northing lies in that band, else as the
  southern hemisphere; with ``default_hemisphere`` "S" always as the southern hemisphere.
  Cyrillic ``С``/``Ю`` after the zone mean north/south. Eastings must lie in 100000-900000 m,
  northings in 0-10000000 m.
- **MGRS**: ``38SNK1234512345``, ``38S NK 12345 12345``, lower case, 0-5 digit pairs (when
  the digits are split by a space both halves must have the same length). WGS 84 MGRS
  (AA lettering scheme), latitudes 80° S to 84° N; polar (UPS) references are rejected. The
  band letter picks the 2000 km cycle of the row letters; the square must then reach into
  that band, within 10^-precision degrees as GeoTrans checks (``band_mismatch`` otherwise:
  GeoTrans only warns when the point is in a neighbouring band; a wrong band letter is more
  often a slip in the digits, so here it is refused).

UTM and MGRS are read from 80.5° S to 84.5° N (bands C and X reach half a degree beyond, as in
GeoTrans) and written from 80° S to 84° N (``polar`` beyond).

Zones follow the standard, with the Norway (32V) and Svalbard (31X, 33X, 35X, 37X)
exceptions; longitude 180 is zone 1.
"""

from __future__ import annotations

import math
import re
import threading
from dataclasses import dataclass
from typing import Optional

from pyproj import Transformer

FORMATS = ("dd", "dms", "utm", "mgrs")

LAT_BANDS = "CDEFGHJKLMNPQRSTUVWX"  # 8° each from 80° S; X is 72°-84° N
MGRS_COLUMNS = ("ABCDEFGH", "JKLMNPQR", "STUVWXYZ")  # by set (zone - 1) % 3
MGRS_ROWS = "ABCDEFGHJKLMNPQRSTUV"  # 20 letters; even zones start 5 letters on (at F)
MGRS_EVEN_ROW_SHIFT = 5
MGRS_ROW_PERIOD_M = 2_000_000.0
MGRS_SQUARE_M = 100_000.0
MGRS_TRUNCATE_SLACK_M = 4.99e-4  # GeoTrans adds this before truncating (0.5 mm)
UTM_MIN_LAT, UTM_MAX_LAT = -80.0, 84.0
_BAND_SLACK_DEG = 0.5  # bands C and X reach half a degree beyond -80 and 84 (GeoTrans)
EASTING_MIN_M, EASTING_MAX_M = 100_000.0, 900_000.0
NORTHING_MAX_M = 10_000_000.0
ERROR_CODES = (
    "empty",
    "unrecognised",
    "ambiguous_comma",
    "ambiguous_hemisphere",
    "hemisphere_conflict",
    "sign_and_hemisphere",
    "incomplete",
    "bad_dms",
    "minutes_out_of_range",
    "seconds_out_of_range",
    "latitude_out_of_range",
    "longitude_out_of_range",
    "zone_missing",
    "zone_out_of_range",
    "bad_hemisphere",
    "easting_out_of_range",
    "northing_out_of_range",
    "band_mismatch",
    "polar",
    "bad_mgrs_letters",
    "bad_mgrs_digits",
    "bad_precision",
)


class CoordinateError(ValueError):
    """A coordinate that cannot be read or written. ``code`` is one of :data:`ERROR_CODES`,
    ``detail`` (= ``str(error)``) an English sentence saying what is wrong, ``values`` the
    offending numbers or letters by name (for translated messages)."""

    def __init__(self, code: str, detail: str, **values):
        super().__init__(detail)
        self.code = code
        self.detail = detail
        self.values = values


@dataclass(frozen=True)
class LonLat:
    lon: float
    lat: float


# ---------------------------------------------------------------------------------------------
# Zones, bands and projections
# ---------------------------------------------------------------------------------------------

_local = threading.local()  # pyproj transformers are not shared between threads


def _utm_transformer(zone: int, hemisphere: str) -> Transformer:
    cache = getattr(_local, "utm", None)
    if cache is None:
        cache = _local.utm = {}
    key = (zone, hemisphere)
    transformer = cache.get(key)
    if transformer is None:
        epsg = (32600 if hemisphere == "N" else 32700) + zone
        transformer = Transformer.from_crs("EPSG:4326", f"EPSG:{epsg}", always_xy=True)
        cache[key] = transformer
    return transformer


def _to_utm(lon: float, lat: float, zone: int, hemisphere: str) -> tuple[float, float]:
    return _utm_transformer(zone, hemisphere).transform(lon, lat)


def _from_utm(easting: float, northing: float, zone: int, hemisphere: str) -> LonLat:
    lon, lat = _utm_transformer(zone, hemisphere).transform(easting, northing, direction="INVERSE")
    return LonLat(float(lon), float(lat))


def _check_lonlat(lon: float, lat: float) -> None:
    try:
        lon, lat = float(lon), float(lat)
    except (TypeError, ValueError):
        raise CoordinateError(
            "unrecognised", f"Longitude and latitude must be numbers, not {lon!r}, {lat!r}."
        ) from None
    if not -90.0 <= lat <= 90.0:  # also catches NaN
        raise CoordinateError(
            "latitude_out_of_range",
            f"Latitude {lat:.10g} is outside -90 to 90 degrees.",
            value=lat,
        )
    if not -180.0 <= lon <= 180.0:
        raise CoordinateError(
            "longitude_out_of_range",
            f"Longitude {lon:.10g} is outside -180 to 180 degrees.",
            value=lon,
        )


def _check_utm_latitude(lat: float, slack_deg: float = 0.0) -> None:
    """Points are written in UTM/MGRS from 80° S to 84° N, and read half a degree beyond."""
    if not UTM_MIN_LAT - slack_deg <= lat <= UTM_MAX_LAT + slack_deg:
        raise CoordinateError(
            "polar",
            f"Latitude {lat:.6f} is beyond UTM/MGRS (80° S to 84° N): polar areas use UPS, "
            "which is not supported.",
            value=lat,
        )


def utm_zone(lon: float, lat: float) -> tuple[int, str]:
    """The UTM zone (1-60) and hemisphere ("N" for latitude >= 0, else "S") of a point, with
    the Norway (32V: 56°-64° N, 3°-12° E) and Svalbard (72°-84° N: 31X, 33X, 35X, 37X)
    exceptions. Longitude 180 is zone 1 (as -180)."""
    _check_lonlat(lon, lat)
    zone = int(math.floor((lon + 180.0) / 6.0)) % 60 + 1
    if 56.0 <= lat < 64.0 and 3.0 <= lon < 12.0:
        zone = 32
    elif 72.0 <= lat <= 84.0 and 0.0 <= lon < 42.0:
        zone = 31 if lon < 9.0 else 33 if lon < 21.0 else 35 if lon < 33.0 else 37
    return zone, "N" if lat >= 0.0 else "S"


def latitude_band(lat: float) -> str:
    """The MGRS latitude band letter (C-X) of a latitude in [-80, 84]."""
    _check_lonlat(0.0, lat)
    _check_utm_latitude(lat)
    return LAT_BANDS[min(int(math.floor((lat + 80.0) / 8.0)), len(LAT_BANDS) - 1)]


def _band_limits(band: str) -> tuple[float, float]:
    """South and north latitude of a band, C and X extended by half a degree (GeoTrans)."""
    i = LAT_BANDS.index(band)
    south, north = -80.0 + 8.0 * i, -72.0 + 8.0 * i
    if band == "X":
        north = 84.0 + _BAND_SLACK_DEG
    if band == "C":
        south -= _BAND_SLACK_DEG
    return south, north


def _check_zone(zone: int) -> int:
    if not 1 <= zone <= 60:
        raise CoordinateError(
            "zone_out_of_range", f"UTM zone {zone} does not exist: zones are 1 to 60.", zone=zone
        )
    return zone


def _check_band(point: LonLat, band: str, tolerance_deg: float, what: str) -> None:
    south, north = _band_limits(band)
    if not south - tolerance_deg <= point.lat <= north + tolerance_deg:
        actual = latitude_band(point.lat) if UTM_MIN_LAT <= point.lat <= UTM_MAX_LAT else "none"
        raise CoordinateError(
            "band_mismatch",
            f"{what} lies at latitude {point.lat:.5f}, in latitude band {actual}, not in band "
            f"{band} ({south:g}° to {north:g}°): check the band letter and the northing.",
            band=band,
            actual=actual,
            lat=point.lat,
        )


# ---------------------------------------------------------------------------------------------
# Formatting
# ---------------------------------------------------------------------------------------------


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


def format_coordinate(lon: float, lat: float, fmt: str, **options) -> str:
    """One of :data:`FORMATS` by name, with that format's options (decimals, zone, precision)."""
    formatter = {"dd": format_dd, "dms": format_dms, "utm": format_utm, "mgrs": format_mgrs}
    if fmt not in formatter:
        raise CoordinateError("unrecognised", f"Unknown coordinate format {fmt!r}.")
    return formatter[fmt](lon, lat, **options)


# ---------------------------------------------------------------------------------------------
# Parsing: dispatch
# ---------------------------------------------------------------------------------------------

_MGRS_RE = re.compile(
    r"^(?P<zone>\d{1,3})\s*(?P<band>[A-Z])\s*(?P<col>[A-Z])\s*(?P<row>[A-Z])"
    r"\s*(?P<east>\d*)(?:\s+(?P<north>\d+))?$"
)
_MGRS_LIKE_RE = re.compile(r"^\d{1,3}\s*[A-Z]\s*[A-Z]\s*[A-Z][\d\s]*$")
_UPS_LIKE_RE = re.compile(r"^[ABYZ]\s*[A-Z]\s*[A-Z]\s*\d[\d\s]*$")
_UTM_HEAD_RE = re.compile(r"^(?P<zone>\d{1,3})(?:\s*(?P<letter>[A-ZСЮ])(?![A-ZА-Я])|(?=[\s,;:]|$))")
_UTM_TOKEN_RE = re.compile(
    r"(?P<num>\d+(?:[.,]\d+)?)|(?P<label>M?[EN])(?![A-Z])|(?P<unit>M)(?![A-Z])"
    r"|(?P<sep>[,;:])|(?P<ws>\s+)|(?P<bad>.)"
)


def parse_coordinate(
    text: str, default_zone: Optional[int] = None, default_hemisphere: str = "N"
) -> tuple[LonLat, str]:
    """Read a coordinate in any format of the module docstring; returns the point and the
    format detected ("dd", "dms", "utm" or "mgrs"). ``default_zone`` and ``default_hemisphere``
    complete UTM coordinates written without them (and decide what a UTM "S" means)."""
    norm = _normalise(text)
    if _UPS_LIKE_RE.match(norm):
        raise CoordinateError(
            "polar",
            f"{str(text).strip()!r} looks like a polar (UPS) MGRS reference: these are not "
            "supported (MGRS here covers 80° S to 84° N).",
        )
    if _MGRS_LIKE_RE.match(norm):
        return parse_mgrs(text), "mgrs"
    if _utm_parts(norm) is not None:
        return parse_utm(text, default_zone, default_hemisphere), "utm"
    point, components = _parse_degrees(text)
    return point, "dd" if components == 1 else "dms"


def _normalise(text) -> str:
    if text is None or not str(text).strip():
        raise CoordinateError("empty", "No coordinate was given.")
    return " ".join(str(text).upper().split())


# ---------------------------------------------------------------------------------------------
# UTM
# ---------------------------------------------------------------------------------------------


def parse_utm(
    text: str, default_zone: Optional[int] = None, default_hemisphere: str = "N"
) -> LonLat:
    """Read a UTM coordinate (see the module docstring for the forms and the letter S)."""
    norm = _normalise(text)
    parts = _utm_parts(norm)
    if parts is None:
        raise CoordinateError(
            "unrecognised",
            f"{str(text).strip()!r} is not a UTM coordinate such as '38N 612345 4412345' "
            "(zone, hemisphere N/S or latitude band, easting, northing).",
        )
    zone, letter, easting, northing = parts
    if default_hemisphere not in ("N", "S"):
        raise CoordinateError(
            "bad_hemisphere", f"The default hemisphere must be N or S, not {default_hemisphere!r}."
        )
    if zone is None:
        if default_zone is None:
            raise CoordinateError(
                "zone_missing",
                f"{str(text).strip()!r} has no UTM zone: write it first, e.g. '38N {easting:.0f} "
                f"{northing:.0f}'.",
            )
        zone = int(default_zone)
    _check_zone(zone)
    if not EASTING_MIN_M <= easting <= EASTING_MAX_M:
        raise CoordinateError(
            "easting_out_of_range",
            f"Easting {easting:g} m is outside the UTM range 100000 to 900000 m "
            "(six digits before the decimal point).",
            value=easting,
        )
    if not 0.0 <= northing <= NORTHING_MAX_M:
        raise CoordinateError(
            "northing_out_of_range",
            f"Northing {northing:g} m is outside the UTM range 0 to 10000000 m.",
            value=northing,
        )
    band = None
    if letter is None:
        hemisphere = default_hemisphere
    elif letter in ("N", "С"):
        hemisphere = "N"
    elif letter == "Ю":
        hemisphere = "S"
    elif letter == "S":
        hemisphere = "S"
        if default_hemisphere == "N":
            north = _from_utm(easting, northing, zone, "N")
            south, top = _band_limits("S")
            if south <= north.lat <= top:
                return north  # latitude band S, northern hemisphere
    elif letter in LAT_BANDS:
        band = letter
        hemisphere = "N" if letter >= "N" else "S"
    else:
        raise CoordinateError(
            "bad_hemisphere",
            f"{letter!r} after the zone is neither a hemisphere (N, S) nor a latitude band "
            "letter (C to X without I and O).",
            letter=letter,
        )
    point = _from_utm(easting, northing, zone, hemisphere)
    _check_utm_latitude(point.lat, _BAND_SLACK_DEG)
    if band is not None:
        _check_band(point, band, 1e-5, f"{zone}{band} {easting:g} {northing:g}")
    return point


def _utm_parts(norm: str):
    """(zone or None, letter or None, easting, northing) of a UTM-looking text, else None."""
    zone = letter = None
    rest = norm
    head = _UTM_HEAD_RE.match(norm)
    if head is not None:
        zone, letter = int(head["zone"]), head["letter"]
        rest = norm[head.end() :]
    numbers: list[str] = []
    labels: list[tuple[str, int]] = []  # (E or N, index of the number before it)
    prefix_style = None
    for token in _UTM_TOKEN_RE.finditer(rest):
        kind = token.lastgroup
        if kind == "bad":
            return None
        if kind == "num":
            numbers.append(token["num"])
        elif kind == "label":
            if prefix_style is None:
                prefix_style = not numbers
            labels.append((token["label"][-1], len(numbers) - 1))
    if len(numbers) == 1 and "," in numbers[0]:
        numbers = numbers[0].split(",")
    if len(numbers) != 2 or len(labels) not in (0, 2):
        return None
    if labels:
        owners = [i + 1 if prefix_style else i for _, i in labels]
        if sorted(owners) != [0, 1] or labels[0][0] == labels[1][0]:
            return None
        if labels[0][0] == "N":
            owners.reverse()
        numbers = [numbers[owners[0]], numbers[owners[1]]]
    if len(re.split(r"[.,]", numbers[0])[0]) < 5:  # eastings have six digits
        return None
    easting, northing = (float(n.replace(",", ".")) for n in numbers)
    return zone, letter, easting, northing


# ---------------------------------------------------------------------------------------------
# MGRS
# ---------------------------------------------------------------------------------------------


def parse_mgrs(text: str, centre: bool = False) -> LonLat:
    """Read an MGRS reference (WGS 84, AA scheme): the south-west corner of its grid square,
    as the standard defines it (``centre=True``: the square's centre)."""
    norm = _normalise(text)
    shown = str(text).strip()
    if _UPS_LIKE_RE.match(norm):
        raise CoordinateError(
            "polar", f"{shown!r} is a polar (UPS) MGRS reference: these are not supported."
        )
    match = _MGRS_RE.match(norm)
    if match is None:
        compact = norm.replace(" ", "")
        if re.match(r"^\d{1,3}[A-Z]{3}\d*$", compact):  # digits split oddly: "38SNK 12 345678"
            raise CoordinateError(
                "bad_mgrs_digits",
                f"{shown!r}: the easting and northing digits must be two groups of the same "
                "length.",
            )
        raise CoordinateError(
            "unrecognised",
            f"{shown!r} is not an MGRS reference such as '38SNK 12345 12345' (zone, latitude "
            "band, 100 km square, easting and northing digits).",
        )
    zone = _check_zone(int(match["zone"]))
    band, col, row = match["band"], match["col"], match["row"]
    east, north = match["east"], match["north"]
    if north is None:
        if len(east) % 2:
            raise CoordinateError(
                "bad_mgrs_digits",
                f"{shown!r} has {len(east)} digits after the letters: an MGRS reference has an "
                "even number (as many for the easting as for the northing, 1 to 5 each).",
                digits=len(east),
            )
        east, north = east[: len(east) // 2], east[len(east) // 2 :]
    elif len(east) != len(north):
        raise CoordinateError(
            "bad_mgrs_digits",
            f"{shown!r} has {len(east)} easting digits but {len(north)} northing digits: "
            "both must have the same number (1 to 5).",
            digits=(len(east), len(north)),
        )
    precision = len(east)
    if precision > 5:
        raise CoordinateError(
            "bad_mgrs_digits",
            f"{shown!r} has {precision} digits each for easting and northing: at most 5 (1 m).",
            digits=precision,
        )
    if band in "ABYZ":
        raise CoordinateError(
            "polar", f"{shown!r}: band {band} is polar (UPS), which is not supported."
        )
    if band not in LAT_BANDS:
        raise CoordinateError(
            "bad_mgrs_letters",
            f"{shown!r}: {band!r} is not a latitude band letter (C to X, without I and O).",
            letter=band,
        )
    columns = MGRS_COLUMNS[(zone - 1) % 3]
    if col not in columns:
        raise CoordinateError(
            "bad_mgrs_letters",
            f"{shown!r}: column letter {col!r} is not used in zone {zone} "
            f"(its 100 km columns are {' '.join(columns)}).",
            letter=col,
        )
    if row not in MGRS_ROWS:
        raise CoordinateError(
            "bad_mgrs_letters",
            f"{shown!r}: row letter {row!r} does not exist (rows are A to V, without I and O).",
            letter=row,
        )
    if (band == "X" and zone in (32, 34, 36)) or (band == "V" and zone == 31 and col > "D"):
        raise CoordinateError(
            "bad_mgrs_letters",
            f"{shown!r}: grid zone {zone}{band} does not hold square {col}{row} "
            "(Norway and Svalbard zone exceptions).",
            letter=col,
        )
    cell = 10.0 ** (5 - precision)
    easting = (columns.index(col) + 1) * MGRS_SQUARE_M + (int(east) * cell if east else 0.0)
    row_index = MGRS_ROWS.index(row)
    if zone % 2 == 0:
        row_index -= MGRS_EVEN_ROW_SHIFT
    northing = (row_index % len(MGRS_ROWS)) * MGRS_SQUARE_M + (int(north) * cell if north else 0)
    hemisphere = "N" if band >= "N" else "S"
    # Which 2000 km cycle of row letters: the one nearest the middle of the band.
    south, top = _band_limits(band)
    _, middle = _to_utm(
        zone * 6.0 - 183.0, (max(south, -80.0) + min(top, 84.0)) / 2, zone, hemisphere
    )
    northing += MGRS_ROW_PERIOD_M * round((middle - northing) / MGRS_ROW_PERIOD_M)
    if centre:
        easting += cell / 2.0
        northing += cell / 2.0
    point = _from_utm(easting, northing, zone, hemisphere)
    # The square must reach into the band (GeoTrans: within 10^-precision degrees).
    _check_band(point, band, 10.0**-precision, repr(shown))
    return point


# ---------------------------------------------------------------------------------------------
# Degrees: DD, DDM, DMS
# ---------------------------------------------------------------------------------------------

_SYMBOLS = str.maketrans(
    {"º": "°", "˚": "°", "⁰": "°", "′": "'", "’": "'", "‘": "'", "´": "'", "`": "'",
     "ʹ": "'", "″": '"', "”": '"', "“": '"', "ʺ": '"', "−": "-", "\u00a0": " ",
     "\u202f": " "}
)  # fmt: skip
_NOT_LETTER_BEFORE = r"(?<![^\W\d_])"
_NOT_LETTER_AFTER = r"(?![^\W\d_])"
_DOT = r"\.?\s*"
_HEMISPHERE_WORDS = (  # upper case; longer forms first
    ("NORTH", "N"), ("SOUTH", "S"), ("EAST", "E"), ("WEST", "W"),
    ("ŞIMAL", "N"), ("ŞİMAL", "N"), ("CƏNUB", "S"), ("ŞƏRQ", "E"), ("QƏRB", "W"),
    ("СЕВЕР", "N"), ("ВОСТОК", "E"), ("ЗАПАД", "W"), ("ЮГ", "S"),
    (f"ŞM{_DOT}E", "N"), (f"Ş{_DOT}E", "N"), (f"C{_DOT}E", "S"), (f"Ş{_DOT}U", "E"),
    (f"Q{_DOT}U", "W"),
    (f"ПН{_DOT}Ш", "N"), (f"ПД{_DOT}Ш", "S"), (f"СХ{_DOT}Д", "E"), (f"ЗХ{_DOT}Д", "W"),
    (f"С{_DOT}Ш", "N"), (f"Ю{_DOT}Ш", "S"), (f"В{_DOT}Д", "E"), (f"З{_DOT}Д", "W"),
    ("ПН", "N"), ("ПД", "S"), ("СХ", "E"), ("ЗХ", "W"), ("ŞM", "N"),
    ("С", "N"), ("Ю", "S"), ("В", "E"), ("З", "W"), ("Q", "W"),
    ("N", "N"), ("S", "S"), ("E", "E"), ("W", "W"),
)  # fmt: skip
_HEMISPHERE_RE = re.compile(
    _NOT_LETTER_BEFORE
    + "(?:"
    + "|".join(f"(?P<h{i}>{pattern}\\.?)" for i, (pattern, _) in enumerate(_HEMISPHERE_WORDS))
    + ")"
    + _NOT_LETTER_AFTER
)
_AMBIGUOUS_RE = re.compile(_NOT_LETTER_BEFORE + r"(Ş|C)" + _NOT_LETTER_AFTER)
_DEGREE_TOKEN_RE = re.compile(
    r"(?P<num>\d+(?:[.,]\d+)?)|(?P<sym>[°'\"])|(?P<hem>[NSEW])|(?P<sign>[+-])"
    r"|(?P<sep>[,;/])|(?P<colon>:)|(?P<ws>\s+)|(?P<bad>.)"
)
_POSITION = {"°": 0, "'": 1, '"': 2}


@dataclass
class _Number:
    text: str
    sign: str = ""
    mark: Optional[str] = None
    boundary_before: bool = False  # a letter or separator lies between it and the number before


@dataclass
class _Letter:
    hemisphere: str
    before: int  # index of the number before it (-1 if none)


def parse_dd(text: str) -> LonLat:
    """Read decimal degrees (see the module docstring); degrees-minutes-seconds are refused."""
    point, components = _parse_degrees(text)
    if components != 1:
        raise CoordinateError(
            "unrecognised",
            f"{str(text).strip()!r} has minutes or seconds: it is not in decimal degrees.",
        )
    return point


def parse_dms(text: str) -> LonLat:
    """Read degrees, minutes and seconds, degrees and decimal minutes, or decimal degrees."""
    return _parse_degrees(text)[0]


def _parse_degrees(text: str) -> tuple[LonLat, int]:
    """The point and the largest number of components (1 = DD, 2 = DDM, 3 = DMS) of a group."""
    _normalise(text)
    shown = str(text).strip()
    norm = str(text).upper().translate(_SYMBOLS).replace("''", '"')
    ambiguous = _AMBIGUOUS_RE.search(_HEMISPHERE_RE.sub(" ", norm))
    if ambiguous:
        letter = ambiguous.group(1)
        meaning = (
            "şimal (north) or şərq (east)"
            if letter == "Ş"
            else "cənub (south) or a Cyrillic С for север (north)"
        )
        raise CoordinateError(
            "ambiguous_hemisphere",
            f"In {shown!r} the letter {letter} may mean {meaning}: write N, S, E or W "
            "(or ş.e., c.e., ş.u., q.u.).",
            letter=letter,
        )
    norm = _HEMISPHERE_RE.sub(lambda m: f" {_HEMISPHERE_WORDS[int(m.lastgroup[1:])][1]} ", norm)

    numbers: list[_Number] = []
    letters: list[_Letter] = []
    sign = ""
    boundary = False
    first_is_letter = None
    for token in _DEGREE_TOKEN_RE.finditer(norm):
        kind = token.lastgroup
        value = token.group()
        if kind == "bad":
            raise CoordinateError(
                "unrecognised",
                f"{shown!r} is not a coordinate: {value!r} is not part of any format "
                "(DD '40.5 46.5', DMS 40°07'24\"N 46°39'15\"E, UTM '38N 612345 4412345', "
                "MGRS '38SNK 12345 12345').",
                char=value,
            )
        if kind == "num":
            numbers.append(_Number(value, sign, None, boundary))
            sign, boundary = "", False
            if first_is_letter is None:
                first_is_letter = False
        elif kind == "sym":
            if not numbers or numbers[-1].mark is not None or sign:
                raise CoordinateError(
                    "bad_dms", f"In {shown!r} the symbol {value} does not follow a number."
                )
            numbers[-1].mark = value
        elif kind == "hem":
            letters.append(_Letter(value, len(numbers) - 1))
            boundary = True
            if first_is_letter is None:
                first_is_letter = True
        elif kind == "sign":
            if sign:
                raise CoordinateError("unrecognised", f"{shown!r} has two signs in a row.")
            sign = value
        elif kind == "sep":
            boundary = True
    if sign:
        raise CoordinateError("unrecognised", f"{shown!r} ends with a sign.")
    if not numbers:
        raise CoordinateError("unrecognised", f"{shown!r} holds no number.")

    groups = _group(numbers)
    if len(groups) > 2:
        raise CoordinateError(
            "unrecognised",
            f"{shown!r} reads as {len(groups)} values: expected a latitude and a longitude.",
        )
    # Each hemisphere letter belongs to the group it follows (or, written before the numbers,
    # to the group it precedes).
    owner_of = {}
    for i, group in enumerate(groups):
        for k in group:
            owner_of[k] = i
    assigned: dict[int, str] = {}
    for letter in letters:
        after = letter.before + 1
        suffix = owner_of.get(letter.before) if letter.before >= 0 else None
        if suffix is not None and groups[suffix][-1] != letter.before:
            suffix = None
        prefix = owner_of.get(after) if after < len(numbers) else None
        if prefix is not None and groups[prefix][0] != after:
            prefix = None
        options = [prefix, suffix] if first_is_letter else [suffix, prefix]
        options = [o for o in options if o is not None and o not in assigned]
        if not options:
            raise CoordinateError(
                "hemisphere_conflict",
                f"In {shown!r} the hemisphere letters do not match the numbers: give one "
                "letter per coordinate.",
            )
        assigned[options[0]] = letter.hemisphere

    axes = []
    for i in range(len(groups)):
        letter = assigned.get(i)
        axes.append(None if letter is None else "lat" if letter in "NS" else "lon")
    if len(groups) == 2:
        if axes[0] is not None and axes[0] == axes[1]:
            kind = "latitude" if axes[0] == "lat" else "longitude"
            raise CoordinateError(
                "hemisphere_conflict",
                f"In {shown!r} both values are a {kind} ({assigned[0]} and {assigned[1]}).",
            )
        if axes[0] is None and axes[1] is None:
            axes = ["lat", "lon"]
        elif axes[0] is None:
            axes[0] = "lat" if axes[1] == "lon" else "lon"
        elif axes[1] is None:
            axes[1] = "lat" if axes[0] == "lon" else "lon"
    elif axes[0] is None:
        axes[0] = "lat"

    values = {}
    components = 1
    for i, group in enumerate(groups):
        value, count = _angle([numbers[k] for k in group], assigned.get(i), shown)
        components = max(components, count)
        if axes[i] == "lat" and not -90.0 <= value <= 90.0:
            raise CoordinateError(
                "latitude_out_of_range",
                f"In {shown!r} the latitude {value:g} is outside -90 to 90 degrees "
                "(latitude comes first unless hemisphere letters say otherwise).",
                value=value,
            )
        if axes[i] == "lon" and not -180.0 <= value <= 180.0:
            raise CoordinateError(
                "longitude_out_of_range",
                f"In {shown!r} the longitude {value:g} is outside -180 to 180 degrees.",
                value=value,
            )
        values[axes[i]] = value
    if len(groups) == 1:
        if "," in numbers[groups[0][0]].text and len(groups[0]) == 1:
            raise CoordinateError(
                "ambiguous_comma",
                f"{shown!r} is ambiguous: one number with a decimal comma, or two numbers? "
                "Separate latitude and longitude with a space or a semicolon.",
            )
        missing = "longitude" if "lat" in values else "latitude"
        raise CoordinateError(
            "incomplete", f"{shown!r} gives only one coordinate: the {missing} is missing."
        )
    return LonLat(values["lon"], values["lat"]), components


def _group(numbers: list[_Number]) -> list[list[int]]:
    """Split the numbers into coordinates: at hemisphere letters and separators, before a
    number marked as degrees, after one marked as seconds; failing all that, in two halves."""
    groups: list[list[int]] = [[]]
    explicit = False
    for k, number in enumerate(numbers):
        new = k > 0 and (number.boundary_before or number.mark == "°" or numbers[k - 1].mark == '"')
        if new:
            groups.append([])
            explicit = True
        groups[-1].append(k)
    if not explicit and len(numbers) in (2, 4, 6) and all(n.mark is None for n in numbers):
        half = len(numbers) // 2
        groups = [list(range(half)), list(range(half, len(numbers)))]
    return groups


def _angle(parts: list[_Number], hemisphere: Optional[str], shown: str) -> tuple[float, int]:
    """Degrees (signed) of one coordinate's numbers, and how many components it has."""
    position = -1
    total = 0.0
    for k, number in enumerate(parts):
        if k > 0 and number.sign:
            raise CoordinateError(
                "bad_dms", f"In {shown!r} a sign stands inside a coordinate ({number.text})."
            )
        new_position = _POSITION[number.mark] if number.mark else position + 1
        if new_position <= position or new_position > 2 or (k == 0 and new_position != 0):
            raise CoordinateError(
                "bad_dms",
                f"In {shown!r} the parts of a coordinate are not in the order degrees, "
                "minutes, seconds.",
            )
        position = new_position
        value = float(number.text.replace(",", "."))
        if k < len(parts) - 1 and value != int(value):
            raise CoordinateError(
                "bad_dms",
                f"In {shown!r} only the last part of a coordinate may have decimals "
                f"({number.text}).",
            )
        if position == 1 and value >= 60.0:
            raise CoordinateError(
                "minutes_out_of_range",
                f"In {shown!r} the minutes {number.text} must be less than 60.",
                value=value,
            )
        if position == 2 and value >= 60.0:
            raise CoordinateError(
                "seconds_out_of_range",
                f"In {shown!r} the seconds {number.text} must be less than 60.",
                value=value,
            )
        total += value / 60.0**position
    sign = parts[0].sign
    if sign and hemisphere is not None:
        if sign == "-":
            raise CoordinateError(
                "sign_and_hemisphere",
                f"In {shown!r} a coordinate has both a minus sign and the hemisphere "
                f"{hemisphere}: give one or the other.",
            )
    if sign == "-" or hemisphere in ("S", "W"):
        total = -total
    return total, len(parts)
