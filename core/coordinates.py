"""Coordinates as people write them on field sheets and military records: read and write
decimal degrees, degrees-minutes-seconds, UTM, MGRS and Pulkovo 1942 Gauss–Krüger.

Plain Python + pyproj (PROJ): no QGIS or Qt. Every function works in WGS 84 longitude/latitude
degrees (:class:`LonLat`). Errors are :class:`CoordinateError` s with a machine ``code`` (one of
:data:`ERROR_CODES`; the QGIS side translates by it), an English message (``str(error)``, also
``error.detail``) that names the text and says what to do, and ``error.values``.

**The rule**: every text is read exactly as meant, or refused. The parser lists every reading
of the text that its grammar allows (a comma as decimal mark or as separator, a letter S as
"seconds" or "south", E and N as hemispheres or as easting/northing labels, the ways to split
unmarked numbers into latitude and longitude, degrees, UTM, MGRS, Gauss–Krüger, compact and NMEA
forms, the default UTM zone), validates each one fully, and merges readings that agree within
1 m. One reading is accepted; several are refused as ``ambiguous`` (the message shows them and
how to write the one meant); none gives the most specific error.

Formats written (and read back exactly)
---------------------------------------
``dd``    ``40.123456° N, 46.654321° E``: latitude first, unsigned, hemisphere letter after.
``dms``   ``40°07'24.4"N 46°39'15.6"E``: latitude first, seconds rounded to ``decimals``.
``utm``   ``38N 612345 4412345``: zone, hemisphere letter N/S (not the band), easting, northing.
``mgrs``  ``38SNK 12345 12345``: the grid square that holds the point (digits truncated, as the
          standard has it): reading gives its south-west corner (``centre=True``: its centre).
``gk``    ``X=4430293 Y=8664944``: Pulkovo 1942 Gauss–Krüger, X the northing, Y the easting
          with the 6° zone number in front (see below).

Forms read (:func:`parse_coordinate`; decimal point or decimal comma everywhere)
-------------------------------------------------------------------------------
A comma between two digits is a decimal mark unless the text then reads as nothing
(``612345,4412345``); ``40,46`` alone (one number, or two?) is refused.

- **Degrees**: ``40.5 46.5``, ``40,5 46,5``, ``40.5, 46.5``, ``40,5; 46,5``, ``-33.9 151.2``;
  DDM and DMS with ``° º ˚ d deg гр.`` / ``' ′ ’ m min мин.`` / ``" ″ ” '' s sec сек.``
  (``40°02'13.4"N``, ``40d02m13.4s N``, ``40 гр. 02 мин. 13 сек. С``); hyphen groups
  ``40-02-13.43N`` and colon groups ``40:02:13.43`` (a hyphen between digits groups, a minus sign
  stands before the first number of a coordinate); compact ``400213.43N 0464500E``
  (DDMMSS[.s], DDDMMSS[.s]) and NMEA ``4002.224N 04645.000E`` (DDMM.mmm, DDDMM.mmm): compact and
  NMEA only with hemisphere letters. Hemisphere letters before or after the numbers: ``N S E W``
  and the English words; Russian ``С Ю В З``, ``с.ш. ю.ш. в.д. з.д.``, ``сев. юж. вост. зап.``;
  Ukrainian ``пн. ш. пд. ш. сх. д. зх. д.``; Azerbaijani ``şm.e./ş.e. c.e. ş.u. q.u.``, ``Q`` and
  ``şimal cənub şərq qərb``. A lone ``Ş`` (şimal or şərq?) or Latin ``C`` (cənub, or a Cyrillic
  С for север?) is refused as ambiguous. Labels fix the axis: ``Lat``/``Latitude``,
  ``Lon``/``Long``/``Lng``/``Longitude``, ``шир.``/``широта``, ``долг.``/``долгота``,
  ``en``/``enlik``, ``uzunluq``, optionally followed by ``:`` or ``=``. Without letters or labels
  the order is latitude, longitude (never guessed from the values). A letter belongs to the
  number it touches (``40.5N 46.5``); one set apart from both numbers (``40.5 N 46.5``), or a
  lone letter set apart at an end (``40.5 46.5 N``: 46.5 N, or the whole pair north?), may be
  read two ways and is refused unless both readings agree. Abbreviations in two parts need their
  point (``с.ш.``, ``с. ш.``, ``c.e.``).
  Unmarked numbers split into two equal halves (``40 07 24.4 46 39 15.6``); when another split
  also reads (``40 02 13 46.75``: 40°02'13" and 46.75°, or 40°02' and 13°46.75'?) the text is
  refused as ambiguous: write the symbols, a hemisphere letter or a ``;`` between the two.
  The letter S after a number that follows minutes (``40d02m13s``) may be seconds or south: when
  both read, refused.
- **UTM**: ``38N 612345 4412345``, ``38 N 612345.2 4412345.7``, ``Zone 38N …``, ``Zone 38 …``,
  ``Зона 38 …``, ``zona 38 …``, ``UTM 38N …``, ``38T 612345 4442771`` (a latitude band letter
  instead of the hemisphere; the point must lie in that band), ``E 612345 N 4412345``,
  ``612345E 4412345N``, ``612345mE 4412345mN``. **The letter S** is both "southern hemisphere"
  and band S (32°–40° N, Aghdam and Shusha): with ``default_hemisphere`` "N" it is read as band S
  when the northing lies in that band, else as the southern hemisphere; with "S" always as the
  southern hemisphere. Cyrillic ``С``/``Ю`` after the zone mean north/south. Eastings
  100000–900000 m, northings 0–10000000 m. ``default_zone`` (and ``default_hemisphere``) complete
  a pair written without its zone, easting first (``612345 4412345``, ``E 612345 N 4412345``),
  and only when it reads as nothing else: ``400213 0464500`` and ``0464500E 400213N`` also read
  as compact DMS and are refused as ambiguous; ``400213N 0464500E`` (northing first) is compact
  DMS.
- **MGRS**: ``38SNK1234512345``, ``38S NK 12345 12345``, lower case, 0–5 digit pairs. WGS 84
  (AA lettering), 80° S to 84° N (polar UPS refused); the band letter picks the 2000 km cycle
  of the row letters, and the square must reach into that band (``band_mismatch``).
- **Pulkovo 1942 Gauss–Krüger** (Soviet topographic maps): ``X=4430293 Y=8664944``,
  ``Х=… У=…`` (Cyrillic), ``СК-42 X=… Y=…`` (also ``SK-42``, ``CK-42``, ``Pulkovo 1942``),
  ``x=…, y=…``, ``X 4430293 Y 8664944``, labels in either order. X is the northing, Y the
  easting with the zone number in front (Y = zone·1000000 + 500000 + offset from the central
  meridian); zones 4–32 (EPSG:28404–28432; 7, 8, 9 cover the Caucasus). The point must lie in
  its zone's 6° band or at most :data:`GK_ZONE_OVERLAP_DEG` beyond (sheets near a zone edge
  carry the neighbouring zone's grid over a narrow strip). Converted to WGS 84 with PROJ's best
  transformation for the place (near Aghdam "Pulkovo 1942 to WGS 84 (16)", 4.5 m), never the
  bare ellipsoid (about 100 m off there); refused where PROJ has only a ballpark operation.
  An unlabelled pair is never read as Gauss–Krüger (it is refused with a hint when it looks
  like one).

Texts longer than :data:`MAX_TEXT_LENGTH` characters, NaN and infinities are refused.
UTM and MGRS are read from 80.5° S to 84.5° N (bands C and X reach half a degree beyond, as in
GeoTrans) and written from 80° S to 84° N. Zones follow the standard, with the Norway (32V) and
Svalbard (31X, 33X, 35X, 37X) exceptions; longitude 180 is UTM zone 1.
"""

from __future__ import annotations

import math
import re
import threading
import unicodedata
from dataclasses import dataclass
from itertools import combinations, product
from typing import Optional

from pyproj import Transformer
from pyproj.transformer import AreaOfInterest, TransformerGroup

FORMATS = ("dd", "dms", "utm", "mgrs", "gk")

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
GK_ZONES = range(4, 33)  # Pulkovo 1942 / Gauss-Kruger zone 4 to 32: EPSG:28404-28432
GK_EPSG_BASE = 28400
GK_ZONE_WIDTH_DEG = 6.0
GK_ZONE_OVERLAP_DEG = 0.5  # read up to 30' beyond the zone's edge meridians
GK_NORTHING_MAX_M = 10_000_000.0
MAX_TEXT_LENGTH = 200  # characters; a coordinate is never longer
SAME_POINT_M = 1.0  # readings closer than this are one reading
_MAX_NUMBERS = 12
_MAX_TIGHT_COMMAS = 4
_MAX_AMBIGUOUS_S = 3
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
    # issue 14
    "ambiguous",  # two readings or more: values["readings"] lists them
    "too_long",  # longer than MAX_TEXT_LENGTH characters
    "not_finite",  # NaN or infinity
    "compact_needs_hemisphere",  # compact DMS / NMEA without hemisphere letters
    "gk_needs_labels",  # a Gauss-Krüger pair (or datum) without X= and Y= labels
    "gk_zone_missing",  # a Gauss-Krüger Y without the zone number in front
    "gk_zone_out_of_range",  # zone number not 4 to 32
    "gk_outside_zone",  # the point lies outside its zone's longitude band
    "no_transformation",  # PROJ has no Pulkovo 1942 to WGS 84 transformation there
)
_FORMS = (
    "degrees 40.0369 46.75 or 40,0369 46,75; 40°02'13\"N 46°45'E; 40-02-13N 046-45-00E; "
    "400213N 0464500E; 4002.22N 04645.00E; Lat 40.0369 Lon 46.75; "
    "UTM 38N 612345 4412345; MGRS 38SNK 12345 12345; Gauss–Krüger X=4430293 Y=8664944"
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


@dataclass(frozen=True)
class ParsedCoordinate:
    """What a text was read as. ``crs``, ``zone``, ``easting`` and ``northing`` describe the
    coordinates as written: for UTM and MGRS the UTM CRS and metres (MGRS: the square's
    south-west corner), for Gauss–Krüger the zone's EPSG:284xx CRS with ``easting`` = Y and
    ``northing`` = X as written; degrees are EPSG:4326. ``transformation`` and ``accuracy_m``
    are PROJ's description and accuracy of the datum transformation used (Gauss–Krüger only).
    ``default_zone_used``: a UTM pair completed with ``default_zone``."""

    point: LonLat
    fmt: str
    crs: Optional[str] = None
    zone: Optional[int] = None
    easting: Optional[float] = None
    northing: Optional[float] = None
    transformation: Optional[str] = None
    accuracy_m: Optional[float] = None
    default_zone_used: bool = False


# ---------------------------------------------------------------------------------------------
# Zones, bands and projections
# ---------------------------------------------------------------------------------------------

_local = threading.local()  # pyproj transformers are not shared between threads


def _cache(name: str) -> dict:
    cache = getattr(_local, name, None)
    if cache is None:
        cache = {}
        setattr(_local, name, cache)
    return cache


def _utm_transformer(zone: int, hemisphere: str) -> Transformer:
    cache = _cache("utm")
    key = (zone, hemisphere)
    transformer = cache.get(key)
    if transformer is None:
        transformer = Transformer.from_crs("EPSG:4326", _utm_crs(zone, hemisphere), always_xy=True)
        cache[key] = transformer
    return transformer


def _utm_crs(zone: int, hemisphere: str) -> str:
    return f"EPSG:{(32600 if hemisphere == 'N' else 32700) + zone}"


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
# Pulkovo 1942 Gauss-Krüger: zones and the datum transformation PROJ chooses
# ---------------------------------------------------------------------------------------------


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


# ---------------------------------------------------------------------------------------------
# Parsing: public functions
# ---------------------------------------------------------------------------------------------


def parse_coordinate(
    text: str, default_zone: Optional[int] = None, default_hemisphere: str = "N"
) -> tuple[LonLat, str]:
    """Read a coordinate in any form of the module docstring: the point and the format read
    ("dd", "dms", "utm", "mgrs" or "gk"). ``default_zone`` and ``default_hemisphere`` complete
    a bare UTM easting/northing pair that reads as nothing else (and decide what a UTM "S"
    means)."""
    details = parse_coordinate_details(text, default_zone, default_hemisphere)
    return details.point, details.fmt


def parse_coordinate_details(
    text: str, default_zone: Optional[int] = None, default_hemisphere: str = "N"
) -> ParsedCoordinate:
    """As :func:`parse_coordinate`, with what the text was read as (CRS, zone, easting and
    northing as written, the datum transformation used)."""
    return _parse(text, default_zone, default_hemisphere, _ALL_READERS, mgrs=True)


def parse_utm(
    text: str, default_zone: Optional[int] = None, default_hemisphere: str = "N"
) -> LonLat:
    """Read a UTM coordinate (see the module docstring for the forms and the letter S)."""
    return _parse(text, default_zone, default_hemisphere, (_read_utm,)).point


def parse_dd(text: str) -> LonLat:
    """Read decimal degrees (see the module docstring); degrees-minutes-seconds are refused."""
    return _parse(text, None, "N", (_read_degrees,), only_fmt="dd").point


def parse_dms(text: str) -> LonLat:
    """Read degrees, minutes and seconds (any of the degree forms), or decimal degrees."""
    return _parse(text, None, "N", (_read_degrees,)).point


def parse_mgrs(text: str, centre: bool = False) -> LonLat:
    """Read an MGRS reference (WGS 84, AA scheme): the south-west corner of its grid square,
    as the standard defines it (``centre=True``: the square's centre)."""
    shown, norm = _normalise(text)
    return _mgrs_details(norm, shown, centre).point


# ---------------------------------------------------------------------------------------------
# Parsing: text to lexemes
# ---------------------------------------------------------------------------------------------

_SYMBOLS = str.maketrans(
    {"º": "°", "˚": "°", "⁰": "°", "′": "'", "’": "'", "‘": "'", "´": "'", "`": "'",
     "ʹ": "'", "″": '"', "”": '"', "“": '"', "ʺ": '"', "˝": '"', "−": "-", "‐": "-",
     "‑": "-", "–": "-", "\u00a0": " ", "\u202f": " ", "\u2009": " ", "(": " ", ")": " ",
     "[": " ", "]": " ", "\u200b": None, "\ufeff": None, "\u00ad": None, "\u200e": None,
     "\u200f": None}
)  # fmt: skip
_RAW_RE = re.compile(r"[0-9]+|[^\W\d_]+|\s+|.", re.S)
_ALLOWED_CHARS = frozenset("-+:=,;/.°'\"")
_NOT_FINITE = frozenset({"NAN", "INF", "INFINITY"})
_GK_DATUM_RE = re.compile(
    r"(?<![^\W\d_])(?:(?:СК|SK|CK) ?-? ?(?:19)?42|(?:PULKOVO|ПУЛКОВО) ?-? ?(?:19)?42)(?![0-9])"
    r"(?: ?[:=])?"
)
_PHRASES = {  # two-part abbreviations, with a point after the first part (с.ш., с. ш.)
    ("С", "Ш"): "С.Ш", ("Ю", "Ш"): "Ю.Ш", ("В", "Д"): "В.Д", ("З", "Д"): "З.Д",
    ("СЕВ", "Ш"): "С.Ш", ("ЮЖ", "Ш"): "Ю.Ш", ("ВОСТ", "Д"): "В.Д", ("ЗАП", "Д"): "З.Д",
    ("СЕВ", "ШИР"): "С.Ш", ("ЮЖ", "ШИР"): "Ю.Ш", ("ВОСТ", "ДОЛГ"): "В.Д",
    ("ЗАП", "ДОЛГ"): "З.Д", ("ПН", "Ш"): "ПН.Ш", ("ПД", "Ш"): "ПД.Ш", ("СХ", "Д"): "СХ.Д",
    ("ЗХ", "Д"): "ЗХ.Д", ("ŞM", "E"): "ŞM.E", ("Ş", "E"): "Ş.E", ("C", "E"): "C.E",
    ("Ş", "U"): "Ş.U", ("Q", "U"): "Q.U",
}  # fmt: skip


class _Skip(Exception):
    """A comma read as a decimal mark makes a number with two decimal marks."""


class _Lex:
    """A lexeme: a number (with its sign and the ``:``/``-`` joining it to the number before),
    a word, a symbol (° ' "), a separator (, ; /) or ``eq`` (``:``/``=`` after a word);
    ``spaced``: a space stands before it."""

    __slots__ = ("kind", "text", "value", "int_digits", "fraction", "sign", "join", "spaced")

    def __init__(self, kind, text, value=0.0, int_digits=0, fraction=False, sign="", join=""):
        self.spaced = True  # a space (or the start of the text) stands before it
        self.kind = kind
        self.text = text
        self.value = value
        self.int_digits = int_digits
        self.fraction = fraction
        self.sign = sign
        self.join = join


def _normalise(text) -> tuple[str, str]:
    """(the text as shown in messages, the text to read: NFC, upper case, one kind of each
    symbol, single spaces)."""
    if text is None:
        raise CoordinateError("empty", "No coordinate was given.")
    text = text if isinstance(text, str) else str(text)
    shown = text.strip()
    if len(shown) > MAX_TEXT_LENGTH:
        raise CoordinateError(
            "too_long",
            f"The text {shown[:30]!r}… has {len(shown)} characters: a coordinate has at most "
            f"{MAX_TEXT_LENGTH}. Type one coordinate per row.",
            length=len(shown),
        )
    norm = unicodedata.normalize("NFC", shown).translate(_SYMBOLS).upper().replace("''", '"')
    norm = " ".join(norm.split())
    if not norm:
        raise CoordinateError("empty", "No coordinate was given.")
    return shown, norm


def _raw_tokens(norm: str, shown: str) -> list[tuple[str, str]]:
    """Digits, words (letters), spaces and single characters; refuses any other character."""
    tokens = []
    for match in _RAW_RE.finditer(norm):
        token = match.group()
        first = token[0]
        if "0" <= first <= "9":
            kind = "digits"
        elif first.isspace():
            kind = "space"
        elif len(token) > 1 or first.isalpha():
            kind = "word"
            if token in _NOT_FINITE:
                raise CoordinateError(
                    "not_finite",
                    f"{shown!r} is not a coordinate: {token.lower()} is not a number.",
                )
        elif first in _ALLOWED_CHARS:
            kind = "char"
        else:
            raise _unrecognised(shown, f"{first!r} is not part of any coordinate form", first)
        tokens.append((kind, token))
    if sum(kind == "digits" for kind, _ in tokens) > 2 * _MAX_NUMBERS:
        raise _unrecognised(shown, "it holds too many numbers")
    return tokens


def _unrecognised(shown: str, why: str, char: Optional[str] = None) -> CoordinateError:
    values = {} if char is None else {"char": char}
    return CoordinateError(
        "unrecognised", f"{shown!r} is not a coordinate: {why}. Accepted forms: {_FORMS}.", **values
    )


def _tight_commas(raw: list) -> list[int]:
    """Commas with a digit right before and right after: a decimal mark or a separator."""
    return [
        i
        for i in range(1, len(raw) - 1)
        if raw[i] == ("char", ",") and raw[i - 1][0] == "digits" and raw[i + 1][0] == "digits"
    ]


def _lexemes(raw: list, decimal_commas: frozenset, shown: str) -> list[_Lex]:
    """The lexemes of the text, reading the commas in ``decimal_commas`` as decimal marks."""
    out: list[_Lex] = []
    sign = join = ""
    spaced = True
    i, n = 0, len(raw)
    while i < n:
        kind, text = raw[i]
        count = len(out)
        if kind == "space":
            spaced = True
            i += 1
            continue
        if kind == "digits":
            number, i = _number(raw, i, decimal_commas, shown)
            number.sign, number.join = sign, join
            out.append(number)
            sign = join = ""
        elif kind == "word":
            i = _word(raw, i, out)
        else:
            prev_digits = i > 0 and raw[i - 1][0] == "digits"
            next_digits = i + 1 < n and raw[i + 1][0] == "digits"
            after_word = bool(out) and out[-1].kind == "word"
            if text == "-" and prev_digits and next_digits and out and out[-1].kind == "num":
                join = "-"
            elif text in "-+" and next_digits and not prev_digits and not sign:
                sign = text
            elif text == ":" and out and out[-1].kind == "num" and _next_is_digits(raw, i):
                join = ":"
            elif text in ":=" and after_word:
                out.append(_Lex("eq", text))
            elif text in ",;/":
                out.append(_Lex("sep", text))
            elif text in "°'\"":
                out.append(_Lex("sym", text))
            elif text == "." and i > 0 and raw[i - 1][0] == "word":
                pass  # the point of an abbreviation: гр. мин. с.ш.
            else:
                raise _unrecognised(shown, f"{text!r} stands where it means nothing", text)
            i += 1
        if len(out) > count:
            out[-1].spaced, spaced = spaced, False
    if sum(lex.kind == "num" for lex in out) > _MAX_NUMBERS:
        raise _unrecognised(shown, "it holds too many numbers")
    return out


def _next_is_digits(raw: list, i: int) -> bool:
    i += 1
    if i < len(raw) and raw[i][0] == "space":
        i += 1
    return i < len(raw) and raw[i][0] == "digits"


def _number(raw: list, i: int, decimal_commas: frozenset, shown: str) -> tuple[_Lex, int]:
    integer = raw[i][1]
    parts = [integer]
    marks = []
    j, n = i + 1, len(raw)
    while j + 1 < n and raw[j][0] == "char" and raw[j][1] in ".," and raw[j + 1][0] == "digits":
        if raw[j][1] == "," and j not in decimal_commas:
            break
        marks.append(raw[j][1])
        if len(marks) > 1:
            if "," in marks:
                raise _Skip
            raise _unrecognised(shown, "a number has two decimal points")
        parts += [".", raw[j + 1][1]]
        j += 2
    if j < n and raw[j] == ("char", "."):
        raise _unrecognised(shown, "a point follows a number without decimals after it", ".")
    text = "".join(parts)
    return _Lex("num", text, float(text), len(integer), bool(marks)), j


def _word(raw: list, i: int, out: list) -> int:
    text = raw[i][1]
    k = i + 1
    if k < len(raw) and raw[k] == ("char", "."):  # с.ш., c.e.: the point is needed
        k += 1
        if k < len(raw) and raw[k][0] == "space":
            k += 1
    if k > i + 1 and k < len(raw) and raw[k][0] == "word" and (text, raw[k][1]) in _PHRASES:
        out.append(_Lex("word", _PHRASES[(text, raw[k][1])]))
        return k + 1
    out.append(_Lex("word", text))
    return i + 1


# ---------------------------------------------------------------------------------------------
# Parsing: every reading of the text, then one answer
# ---------------------------------------------------------------------------------------------

_GK, _UTM, _DEG = 1, 2, 3  # reader priority when errors fit equally well (MGRS is 0)


@dataclass
class _Reading:
    parsed: ParsedCoordinate
    kind: str  # strong; weak (default zone); blocked (compact or GK without letters/labels);
    # shadow (an uneven split of unmarked numbers: only ever a competitor)
    label: str  # how the text was read, for messages
    hint: str  # the same point written so that it reads one way only
    commas: frozenset  # the commas read as decimal marks
    blocked: Optional[CoordinateError] = None


@dataclass
class _Failure:
    error: CoordinateError
    fit: int  # 0 the form does not apply, 1 implausible numbers, 2 a value, 3 an explicit form
    reader: int
    shadow: bool = False


class _Context:
    def __init__(self, shown, default_zone, default_hemisphere, datum):
        self.shown = shown
        self.default_zone = default_zone
        self.default_hemisphere = default_hemisphere
        self.datum = datum  # the text names Pulkovo 1942 (СК-42)
        self.commas = frozenset()
        self.readings: list[_Reading] = []
        self.failures: list[_Failure] = []

    def read(self, parsed, kind, label, hint, blocked=None):
        self.readings.append(_Reading(parsed, kind, label, hint, self.commas, blocked))

    def fail(self, error: CoordinateError, fit: int, reader: int, shadow: bool = False):
        self.failures.append(_Failure(error, fit, reader, shadow))


def _parse(
    text, default_zone, default_hemisphere, readers, only_fmt=None, mgrs=False
) -> ParsedCoordinate:
    """Read ``text`` with ``readers`` (and MGRS, whose look is its own: zone, three letters,
    digits), for each reading of its commas, most decimal commas first."""
    shown, norm = _normalise(text)
    if default_hemisphere not in ("N", "S"):
        raise CoordinateError(
            "bad_hemisphere", f"The default hemisphere must be N or S, not {default_hemisphere!r}."
        )
    if mgrs and (_UPS_LIKE_RE.match(norm) or _MGRS_LIKE_RE.match(norm)):
        return _mgrs_details(norm, shown)
    norm, datum = _GK_DATUM_RE.subn(" ", norm)
    raw = _raw_tokens(norm, shown)
    tight = _tight_commas(raw)
    if len(tight) > _MAX_TIGHT_COMMAS:
        raise _unrecognised(shown, "it holds too many commas between digits")
    failures: list[_Failure] = []
    one_number = False  # with its commas as decimal marks the text is a single coordinate
    # A comma between digits is a decimal mark unless the text then reads as nothing.
    for count in range(len(tight), -1, -1):
        ctx = _Context(shown, default_zone, default_hemisphere, bool(datum))
        for decimals in combinations(tight, count):
            ctx.commas = frozenset(decimals)
            try:
                lexemes = _lexemes(raw, ctx.commas, shown)
            except _Skip:
                continue
            for reader in readers:
                reader(lexemes, ctx)
        if only_fmt is not None:
            _keep_only(ctx, only_fmt)
        if ctx.readings:
            if one_number:
                raise _ambiguous(ctx, _clusters(ctx.readings), one_number=True)
            ctx.failures += failures
            return _decide(ctx)
        one_number = one_number or (count > 0 and _one_coordinate(ctx))
        failures += ctx.failures
    raise _best_error(failures, shown)


def _one_coordinate(ctx: _Context) -> bool:
    """The text read as a single good coordinate (``40,46`` as 40.46)."""
    return any(
        f.error.code == "incomplete" and f.fit >= 2 and f.reader == _DEG for f in ctx.failures
    )


def _keep_only(ctx: _Context, fmt: str) -> None:
    kept = [r for r in ctx.readings if r.parsed.fmt == fmt]
    if ctx.readings and not kept:
        raise CoordinateError(
            "unrecognised",
            f"{ctx.shown!r} has minutes or seconds: it is not in decimal degrees.",
        )
    ctx.readings = kept


def _decide(ctx: _Context) -> ParsedCoordinate:
    """One reading: accept; several: refuse as ambiguous; only competitors: refuse."""
    weak = [r for r in ctx.readings if r.kind == "weak"]  # the default zone
    blocked = [r for r in ctx.readings if r.kind == "blocked"]
    shadows = [r for r in ctx.readings if r.kind == "shadow"]
    for kind in ("strong", "weak"):
        main = [r for r in ctx.readings if r.kind == kind]
        if main:
            clusters = _clusters(main + (weak if kind == "strong" else []) + blocked + shadows)
            if len(clusters) == 1:
                return main[0].parsed
            raise _ambiguous(ctx, clusters)
    if blocked:
        clusters = _clusters(blocked + shadows)
        if len(clusters) == 1:
            raise blocked[0].blocked
        raise _ambiguous(ctx, clusters)
    errors = [f for f in ctx.failures if not f.shadow and f.fit >= 2]
    if errors:
        raise _best_error(errors, ctx.shown)
    raise _ambiguous(ctx, _clusters(shadows))


def _clusters(readings: list[_Reading]) -> list[list[_Reading]]:
    """Readings grouped by place: within SAME_POINT_M of a group's first one."""
    clusters: list[list[_Reading]] = []
    for reading in readings:
        for cluster in clusters:
            if _metres_apart(cluster[0].parsed.point, reading.parsed.point) < SAME_POINT_M:
                cluster.append(reading)
                break
        else:
            clusters.append([reading])
    return clusters


def _metres_apart(a: LonLat, b: LonLat) -> float:
    """Great-circle distance on a sphere of the Earth's mean radius (haversine)."""
    phi1, phi2 = math.radians(a.lat), math.radians(b.lat)
    dphi, dlam = phi2 - phi1, math.radians(b.lon - a.lon)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlam / 2) ** 2
    return 2.0 * 6_371_008.8 * math.asin(min(1.0, math.sqrt(h)))


def _point_text(point: LonLat, decimals: int) -> str:
    def part(value, positive, negative):
        text = f"{abs(value):.{decimals}f}".rstrip("0").rstrip(".")
        return f"{text}° {positive if value >= 0 else negative}"

    return f"{part(point.lat, 'N', 'S')} {part(point.lon, 'E', 'W')}"


def _ambiguous(ctx: _Context, clusters: list, one_number: bool = False) -> CoordinateError:
    shown = ctx.shown
    readings = [cluster[0] for cluster in clusters]
    decimals = 4
    while decimals < 8 and len({_point_text(r.parsed.point, decimals) for r in readings}) < len(
        readings
    ):
        decimals += 2
    described = [f"{_point_text(r.parsed.point, decimals)} ({r.label})" for r in readings]
    values = [(r.parsed.fmt, r.parsed.point.lon, r.parsed.point.lat, r.label) for r in readings]
    if one_number:
        return CoordinateError(
            "ambiguous_comma",
            f"{shown!r} is ambiguous: with a decimal comma it is one number (and a coordinate "
            f"is missing); with the comma between two numbers it reads {' or '.join(described)}. "
            "Separate latitude and longitude with a space or a semicolon ('40,5; 46,5'), or "
            "write decimal points.",
            readings=values,
        )
    if len(readings) == 1:
        return CoordinateError(
            "ambiguous",
            f"In {shown!r} it is not clear which numbers make the latitude and which the "
            f"longitude; it may mean {described[0]}. Write the symbols or hemisphere letters "
            f"(e.g. '{readings[0].hint}') or a ';' between latitude and longitude.",
            readings=values,
        )
    alternatives = ", ".join(described[:-1]) + " or " + described[-1]
    examples = " or ".join(f"'{r.hint}'" for r in readings)
    commas = len({r.commas for r in readings}) > 1  # the readings differ by their commas
    advice = (
        "Use decimal points, or a space or semicolon between the coordinates, or write it"
        if commas
        else "Write it"
    )
    return CoordinateError(
        "ambiguous_comma" if commas else "ambiguous",
        f"{shown!r} can be read {len(readings)} ways: {alternatives}. {advice} so that it "
        f"reads one way only, e.g. {examples}.",
        readings=values,
    )


def _best_error(failures: list[_Failure], shown: str) -> CoordinateError:
    """The error of the form that fits the text best (ties: MGRS, GK, UTM, degrees)."""
    if not failures:
        return _unrecognised(shown, "it matches none of the accepted forms")
    return max(failures, key=lambda f: (f.fit, not f.shadow, -f.reader)).error


def _with_fit(error: CoordinateError, fit: int) -> CoordinateError:
    error._fit = fit
    return error


# ---------------------------------------------------------------------------------------------
# MGRS
# ---------------------------------------------------------------------------------------------

_MGRS_RE = re.compile(
    r"^(?P<zone>[0-9]{1,3})\s*(?P<band>[A-Z])\s*(?P<col>[A-Z])\s*(?P<row>[A-Z])"
    r"\s*(?P<east>[0-9]*)(?:\s+(?P<north>[0-9]+))?$"
)
_MGRS_LIKE_RE = re.compile(r"^[0-9]{1,3}\s*[A-Z]\s*[A-Z]\s*[A-Z][0-9\s]*$")
_UPS_LIKE_RE = re.compile(r"^[ABYZ]\s*[A-Z]\s*[A-Z]\s*[0-9][0-9\s]*$")


def _mgrs_details(norm: str, shown: str, centre: bool = False) -> ParsedCoordinate:
    if _UPS_LIKE_RE.match(norm):
        raise CoordinateError(
            "polar", f"{shown!r} is a polar (UPS) MGRS reference: these are not supported."
        )
    match = _MGRS_RE.match(norm)
    if match is None:
        if re.match(r"^[0-9]{1,3}[A-Z]{3}[0-9]*$", norm.replace(" ", "")):
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
    east, north = _mgrs_digits(match["east"], match["north"], shown)
    _check_mgrs_letters(zone, band, col, row, shown)
    precision = len(east)
    cell = 10.0 ** (5 - precision)
    columns = MGRS_COLUMNS[(zone - 1) % 3]
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
    return ParsedCoordinate(point, "mgrs", _utm_crs(zone, hemisphere), zone, easting, northing)


def _mgrs_digits(east: str, north: Optional[str], shown: str) -> tuple[str, str]:
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
    if len(east) > 5:
        raise CoordinateError(
            "bad_mgrs_digits",
            f"{shown!r} has {len(east)} digits each for easting and northing: at most 5 (1 m).",
            digits=len(east),
        )
    return east, north


def _check_mgrs_letters(zone: int, band: str, col: str, row: str, shown: str) -> None:
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


# ---------------------------------------------------------------------------------------------
# UTM
# ---------------------------------------------------------------------------------------------

_UTM_KEYWORDS = frozenset({"UTM", "ZONE", "ZONA", "ЗОНА"})
_UTM_LABELS = {"E": "E", "N": "N", "ME": "E", "MN": "N", "EASTING": "E", "NORTHING": "N"}


def _read_utm(lexemes: list, ctx: _Context) -> None:
    """Zone (after UTM/Zone/Зона, or a number of one or two digits) with its hemisphere or
    band letter, then easting and northing with or without E/N labels and metre signs."""
    if ctx.datum:
        return
    i, keyword = 0, False
    while i < len(lexemes) and lexemes[i].kind == "word" and lexemes[i].text in _UTM_KEYWORDS:
        keyword, i = True, i + 1
        if i < len(lexemes) and lexemes[i].kind == "eq":
            i += 1
    heads = _utm_heads(lexemes, i)
    if keyword and not heads:
        ctx.fail(
            CoordinateError(
                "zone_missing",
                f"In {ctx.shown!r} write the zone number after the word zone or UTM, e.g. "
                "'Zone 38N 612345 4412345'.",
            ),
            3,
            _UTM,
        )
        return
    if not keyword:
        heads.append((None, None, 0))
    for zone, letter, start in heads:
        body = _utm_body(lexemes[start:])
        explicit = keyword or letter is not None
        if body is None:
            if zone is not None and explicit:
                ctx.fail(
                    CoordinateError(
                        "incomplete",
                        f"{ctx.shown!r}: after the UTM zone write the easting and the northing, "
                        "e.g. '38N 612345 4412345'.",
                    ),
                    1,
                    _UTM,
                )
            continue
        easting, northing, northing_first = body
        if zone is None and northing_first:  # 400213N 0464500E is compact degrees
            ctx.fail(
                CoordinateError(
                    "zone_missing",
                    f"{ctx.shown!r}: a UTM pair without its zone is written easting first "
                    f"(E {easting.text} N {northing.text}); or write the zone in front, e.g. "
                    f"'38N {ctx.shown}'.",
                ),
                2 if easting.int_digits >= 5 else 1,
                _UTM,
            )
            continue
        fit = (3 if explicit else 2) if easting.int_digits >= 5 else 1
        try:
            _utm_reading(ctx, zone, letter, easting, northing)
        except CoordinateError as error:
            ctx.fail(error, fit, _UTM)


def _utm_heads(lexemes: list, i: int) -> list:
    """(zone, letter after it or None, where easting and northing start) for a text that
    starts with a zone number at ``i``; a letter E or N may also be a label."""
    if i >= len(lexemes):
        return []
    first = lexemes[i]
    if not (
        first.kind == "num"
        and first.int_digits <= 2
        and not (first.fraction or first.sign or first.join)
    ):
        return []
    zone = int(first.text)
    after = lexemes[i + 1] if i + 1 < len(lexemes) else None
    if after is not None and after.kind == "word" and len(after.text) == 1:
        heads = [(zone, after.text, i + 2)]
        if after.text in "EN":
            heads.append((zone, None, i + 1))
        return heads
    return [(zone, None, i + 1)]


def _utm_body(lexemes: list):
    """(easting, northing, labelled northing first?) lexemes of ``612345 4412345``,
    ``E 612345 N 4412345``, ``612345mE 4412345mN``…, else None."""
    numbers: list[_Lex] = []
    labels: list[tuple[str, int]] = []  # (E or N, index of the number before it)
    previous = None
    for lex in lexemes:
        if lex.kind == "num":
            if lex.sign or lex.join:
                return None
            numbers.append(lex)
        elif lex.kind == "word" and lex.text in _UTM_LABELS:
            labels.append((_UTM_LABELS[lex.text], len(numbers) - 1))
        elif lex.kind == "word" and lex.text == "M" and previous is not None:
            if previous.kind != "num":
                return None
        elif lex.kind == "eq":
            if previous is None or previous.kind != "word" or previous.text not in _UTM_LABELS:
                return None
        elif lex.kind == "sep":
            if len(numbers) != 1:
                return None
        else:
            return None
        previous = lex
    if len(numbers) != 2:
        return None
    if not labels:
        return numbers[0], numbers[1], False
    if len(labels) != 2 or labels[0][0] == labels[1][0]:
        return None
    prefix = labels[0][1] == -1
    owners = [index + 1 if prefix else index for _, index in labels]
    if sorted(owners) != [0, 1]:
        return None
    by_axis = {axis: numbers[owner] for (axis, _), owner in zip(labels, owners)}
    return by_axis["E"], by_axis["N"], owners[labels[0][0] == "E"] == 0


def _utm_reading(ctx: _Context, zone, letter, easting_lex: _Lex, northing_lex: _Lex) -> None:
    easting, northing = easting_lex.value, northing_lex.value
    weak = zone is None
    if weak:
        if ctx.default_zone is None:
            raise CoordinateError(
                "zone_missing",
                f"{ctx.shown!r} has no UTM zone: write it first, e.g. '38N {easting:.0f} "
                f"{northing:.0f}'.",
            )
        zone = int(ctx.default_zone)
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
    point, hemisphere = _utm_point(zone, letter, easting, northing, ctx.default_hemisphere)
    parsed = ParsedCoordinate(
        point, "utm", _utm_crs(zone, hemisphere), zone, easting, northing, default_zone_used=weak
    )
    written = f"{easting_lex.text} {northing_lex.text}"
    label = f"UTM {zone}{letter or hemisphere} {written}"
    ctx.read(
        parsed,
        "weak" if weak else "strong",
        label + (" in the default zone" if weak else ""),
        f"{zone}{letter or hemisphere} {written}",
    )


def _utm_point(zone, letter, easting, northing, default_hemisphere) -> tuple[LonLat, str]:
    """The point and its hemisphere, from the letter after the zone (see the docstring)."""
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
                return north, "N"  # latitude band S, northern hemisphere
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
    return point, hemisphere


# ---------------------------------------------------------------------------------------------
# Pulkovo 1942 Gauss-Krüger
# ---------------------------------------------------------------------------------------------

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


# ---------------------------------------------------------------------------------------------
# Degrees: DD, DDM, DMS, hyphen and colon groups, compact and NMEA
# ---------------------------------------------------------------------------------------------

_HEMISPHERES = {
    "N": "N", "S": "S", "E": "E", "W": "W",
    "NORTH": "N", "SOUTH": "S", "EAST": "E", "WEST": "W",
    "С": "N", "Ю": "S", "В": "E", "З": "W", "СШ": "N", "ЮШ": "S", "ВД": "E", "ЗД": "W",
    "С.Ш": "N", "Ю.Ш": "S", "В.Д": "E", "З.Д": "W",
    "СЕВ": "N", "ЮЖ": "S", "ВОСТ": "E", "ЗАП": "W",
    "СЕВЕР": "N", "ЮГ": "S", "ВОСТОК": "E", "ЗАПАД": "W",
    "ПН": "N", "ПД": "S", "СХ": "E", "ЗХ": "W",
    "ПН.Ш": "N", "ПД.Ш": "S", "СХ.Д": "E", "ЗХ.Д": "W",
    "ŞM": "N", "ŞM.E": "N", "Ş.E": "N", "C.E": "S", "Ş.U": "E", "Q.U": "W", "Q": "W",
    "ŞIMAL": "N", "ŞİMAL": "N", "CƏNUB": "S", "ŞƏRQ": "E", "QƏRB": "W",
}  # fmt: skip
_AXIS_LABELS = {
    "LAT": "lat", "LATITUDE": "lat", "ШИР": "lat", "ШИРОТА": "lat",
    "EN": "lat", "ENLIK": "lat", "ENLİK": "lat",
    "LON": "lon", "LONG": "lon", "LNG": "lon", "LONGITUDE": "lon", "ДОЛГ": "lon",
    "ДОЛГОТА": "lon", "UZUNLUQ": "lon",
}  # fmt: skip
_MARK_WORDS = {
    "D": 0, "DEG": 0, "DEGREE": 0, "DEGREES": 0, "ГР": 0, "ГРАД": 0,
    "M": 1, "MIN": 1, "MINUTE": 1, "MINUTES": 1, "МИН": 1,
    "SEC": 2, "SECOND": 2, "SECONDS": 2, "СЕК": 2,
}  # fmt: skip
_SYMBOL_MARKS = {"°": 0, "'": 1, '"': 2}
_AMBIGUOUS_LETTERS = {
    "Ş": "şimal (north) or şərq (east)",
    "C": "cənub (south) or a Cyrillic С for север (north)",
}
_AXIS_NAMES = {"lat": "latitude", "lon": "longitude"}


def _read_degrees(lexemes: list, ctx: _Context) -> None:
    if ctx.datum:
        return
    fit = _degree_fit(lexemes)
    try:
        items = _degree_items(lexemes, ctx.shown)
    except CoordinateError as error:
        ctx.fail(error, getattr(error, "_fit", fit), _DEG)
        return
    slots = [k for k, item in enumerate(items) if item[0] == "s?"]
    if len(slots) > _MAX_AMBIGUOUS_S:
        ctx.fail(_unrecognised(ctx.shown, "it has too many letters S"), fit, _DEG)
        return
    # A letter S right after a number that follows minutes: seconds or south?
    for choice in product((2, "S"), repeat=len(slots)):
        variant = list(items)
        for slot, meaning in zip(reversed(slots), reversed(choice)):
            if meaning == 2:
                variant[slot - 1] = ("num", variant[slot - 1][1], 2)
                del variant[slot]
            else:
                variant[slot] = ("hem", "S", *variant[slot][1:])
        _degree_splits(variant, ctx, fit)


def _degree_fit(lexemes: list) -> int:
    """How well the text fits the degree forms, for choosing which error to show: 1 when a
    number cannot be degrees, minutes or seconds, nor compact/NMEA degrees beside its own
    hemisphere letter (the text looks like metres); else 3 with hemisphere letters or labels,
    2 without."""
    for k, lex in enumerate(lexemes):
        if lex.kind != "num" or lex.int_digits <= 3:
            continue
        if lex.int_digits > 7 or int(lex.text[: 2 + lex.int_digits % 2]) > 180:
            return 1
        after = lexemes[k + 1] if k + 1 < len(lexemes) else None
        before = lexemes[k - 1] if k > 0 else None
        own_before = (  # a letter before the number, not glued to the number before it
            before is not None
            and before.kind == "word"
            and _hemisphere_word(before.text)
            and (before.spaced or k < 2 or lexemes[k - 2].kind not in ("num", "sym"))
        )
        if not (
            own_before
            or after is not None
            and after.kind == "word"
            and _hemisphere_word(after.text)
        ):
            return 1
    explicit = any(
        lex.kind == "word" and (_hemisphere_word(lex.text) or lex.text in _AXIS_LABELS)
        for lex in lexemes
    )
    return 3 if explicit else 2


def _hemisphere_word(word: str) -> bool:
    return word in _HEMISPHERES or any(
        word.startswith(unit) and word[len(unit) :] in _HEMISPHERES for unit in ("SEC", "СЕК", "S")
    )


def _degree_items(lexemes: list, shown: str) -> list:
    """("num", lexeme, mark 0/1/2 or None), ("hem", N/S/E/W, touches the lexeme before,
    touches the one after), ("label", lat/lon), ("sep",) and ("s?", touches before, touches
    after) for a letter S that may be seconds or south."""
    items: list = []
    for k, lex in enumerate(lexemes):
        if lex.kind == "num":
            items.append(("num", lex, None))
        elif lex.kind == "sep":
            items.append(("sep",))
        elif lex.kind == "sym":
            _mark(items, _SYMBOL_MARKS[lex.text], lex.text, shown)
        elif lex.kind == "eq":
            if not items or items[-1][0] != "label":
                raise _with_fit(_unrecognised(shown, f"{lex.text!r} follows no label"), 0)
        else:
            glue = (k > 0 and not lex.spaced, k + 1 < len(lexemes) and not lexemes[k + 1].spaced)
            _degree_word(lex.text, glue, items, shown)
    return items


def _degree_word(word: str, glue: tuple, items: list, shown: str) -> None:
    if word == "S" and len(items) >= 2 and items[-1][0] == "num" and items[-1][2] is None:
        if items[-2][0] == "num" and items[-2][2] == 1:  # 40d02m13s: seconds or south?
            items.append(("s?", *glue))
            return
    if word in _HEMISPHERES:
        items.append(("hem", _HEMISPHERES[word], *glue))
    elif word in _AXIS_LABELS:
        items.append(("label", _AXIS_LABELS[word]))
    elif word in _MARK_WORDS:
        _mark(items, _MARK_WORDS[word], word.lower(), shown)
    elif _hemisphere_word(word):  # 13SN, 13SECN: seconds glued to the hemisphere letter
        unit = next(u for u in ("SEC", "СЕК", "S") if word.startswith(u))
        _mark(items, 2, unit.lower(), shown)
        items.append(("hem", _HEMISPHERES[word[len(unit) :]], True, glue[1]))
    elif word in _AMBIGUOUS_LETTERS:
        raise CoordinateError(
            "ambiguous_hemisphere",
            f"In {shown!r} the letter {word} may mean {_AMBIGUOUS_LETTERS[word]}: write N, S, "
            "E or W (or ş.e., c.e., ş.u., q.u.).",
            letter=word,
        )
    else:
        raise _with_fit(_unrecognised(shown, f"{word!r} is not part of any form"), 0)


def _mark(items: list, position: int, text: str, shown: str) -> None:
    if not items or items[-1][0] != "num" or items[-1][2] is not None:
        raise CoordinateError(
            "bad_dms", f"In {shown!r} the mark {text} does not follow a number.", mark=text
        )
    items[-1] = ("num", items[-1][1], position)


def _degree_splits(items: list, ctx: _Context, fit: int) -> None:
    """Every way to split the numbers into a latitude and a longitude that the letters,
    labels, separators, marks and joins allow; an uneven split of unmarked numbers with
    nothing between them is only a competitor (shadow)."""
    shown = ctx.shown
    where = [k for k, item in enumerate(items) if item[0] == "num"]
    if not where:
        ctx.fail(_unrecognised(shown, "it holds no number"), 0, _DEG)
        return
    numbers = [items[k] for k in where]
    prefix, suffix = items[: where[0]], items[where[-1] + 1 :]
    gaps = [items[a + 1 : b] for a, b in zip(where, where[1:])]
    joined = [bool(n[1].join) for n in numbers]
    join_style = any(joined)
    forced = [
        g
        for g in range(len(numbers) - 1)
        if gaps[g]
        or numbers[g + 1][2] == 0
        or numbers[g][2] == 2
        or numbers[g + 1][1].sign
        or (join_style and not joined[g + 1])
    ]
    try:
        if len(forced) > 1:
            raise CoordinateError(
                "unrecognised",
                f"{shown!r} reads as {len(forced) + 1} values: expected a latitude and a "
                "longitude.",
            )
        if any(joined[g + 1] for g in forced):
            raise CoordinateError(
                "bad_dms",
                f"In {shown!r} numbers joined by ':' or '-' belong to one coordinate.",
            )
        splits = _splits(numbers, forced, joined)
        if not splits:
            _single(numbers, prefix + suffix, shown)
    except CoordinateError as error:
        ctx.fail(error, fit, _DEG)
        return
    for g, shadow in splits:
        halves = (numbers[: g + 1], numbers[g + 1 :])
        try:
            options = _split_gap(gaps[g], shown)
        except CoordinateError as error:
            ctx.fail(error, fit, _DEG, shadow)
            continue
        for after_first, before_second in options:
            try:
                around = (prefix, after_first, before_second, suffix)
                _degree_pair(halves, around, ctx, shadow)
            except CoordinateError as error:
                ctx.fail(error, fit, _DEG, shadow)
        if not shadow and not gaps[g]:
            _lone_letter_reading(halves, prefix, suffix, ctx)


def _splits(numbers: list, forced: list, joined: list) -> list:
    """(index of the last latitude-or-first-coordinate number, shadow?) of each split."""
    if forced:
        return [(forced[0], False)]
    options = [g for g in range(len(numbers) - 1) if not joined[g + 1]]
    if any(n[2] is not None for n in numbers):  # marks decide; several fits are ambiguous
        return [(g, False) for g in options]
    middle = len(numbers) // 2 - 1 if len(numbers) % 2 == 0 else None
    return [(g, g != middle) for g in options]


def _single(numbers: list, around: list, shown: str) -> None:
    """One coordinate only: its own error, else ``incomplete``."""
    hemisphere, axis = _group_meta(around, [], shown)
    axis = axis or "lat"
    _group_values(numbers, hemisphere, axis, shown, hemisphere is not None)
    missing = "longitude" if axis == "lat" else "latitude"
    raise CoordinateError(
        "incomplete", f"{shown!r} gives only one coordinate: the {missing} is missing."
    )


def _lone_letter_reading(halves, prefix, suffix, ctx: _Context) -> None:
    """``40.5 46.5 N``: a lone hemisphere letter set apart at one end of the text names the
    number it touches, or the whole pair in the usual order (latitude first). The second
    reading is added as a competitor."""
    ends = prefix + suffix
    if len(ends) != 1 or ends[0][0] != "hem":
        return
    letter = ends[0]
    if (prefix and letter[3]) or (suffix and letter[2]):
        return  # it touches its number
    lat_side = letter[1] in "NS"
    around = ([letter] if lat_side else [], [], [] if lat_side else [letter], [])
    try:
        _degree_pair(halves, around, ctx, True)
    except CoordinateError:
        pass


def _degree_pair(halves, around, ctx: _Context, shadow: bool):
    """The readings of one split: the two halves with the letters and labels ``around`` them
    (before the first, after it, before the second, after it)."""
    shown = ctx.shown
    prefix, after_first, before_second, suffix = around
    hem_a, axis_a = _group_meta(prefix, after_first, shown)
    hem_b, axis_b = _group_meta(before_second, suffix, shown)
    if axis_a is not None and axis_a == axis_b:
        raise CoordinateError(
            "hemisphere_conflict",
            f"In {shown!r} both values are a {_AXIS_NAMES[axis_a]}"
            + (f" ({hem_a} and {hem_b})." if hem_a and hem_b else "."),
        )
    if axis_a is None:
        axis_a = "lat" if axis_b in (None, "lon") else "lon"
    axis_b = "lon" if axis_a == "lat" else "lat"
    # Compact and NMEA with a hemisphere letter; a bare pair of them only as a competitor.
    shaped = [_compact_shaped(half) for half in halves]
    bare_pair = shaped[0] and shaped[1] and hem_a is None and hem_b is None
    first = _group_values(halves[0], hem_a, axis_a, shown, hem_a is not None or bare_pair)
    second = _group_values(halves[1], hem_b, axis_b, shown, hem_b is not None or bare_pair)
    texts = [" ".join(n[1].text for n in half) for half in halves]
    if axis_a == "lon":
        first, second, texts, hems = second, first, texts[::-1], (hem_b, hem_a)
    else:
        hems = (hem_a, hem_b)
    for lat_reading, lon_reading in product(first, second):
        _degree_reading(lat_reading, lon_reading, texts, hems, ctx, shadow)


def _degree_reading(lat_reading, lon_reading, texts, hems, ctx: _Context, shadow: bool) -> None:
    (lat, lat_parts, lat_compact), (lon, lon_parts, lon_compact) = lat_reading, lon_reading
    point = LonLat(lon, lat)
    compact = lat_compact or lon_compact
    fmt = "dms" if compact or lat_parts > 1 or lon_parts > 1 else "dd"
    label = f"latitude {texts[0]}, longitude {texts[1]}" + (", compact" if compact else "")
    hint = format_dms(lon, lat, 1) if fmt == "dms" else _point_text(point, 8)
    error = None
    if (lat_compact and hems[0] is None) or (lon_compact and hems[1] is None):
        letters = f"{texts[0]}{'N' if lat >= 0 else 'S'} {texts[1]}{'E' if lon >= 0 else 'W'}"
        error = CoordinateError(
            "compact_needs_hemisphere",
            f"{ctx.shown!r} reads as compact degrees-minutes-seconds ({_point_text(point, 4)}) "
            f"only with hemisphere letters: write '{letters}'.",
        )
    kind = "shadow" if shadow else "blocked" if error is not None else "strong"
    ctx.read(ParsedCoordinate(point, fmt, "EPSG:4326"), kind, label, hint, error)


def _split_gap(gap: list, shown: str) -> list:
    """The ways to share the letters between the two coordinates: (after the first, before
    the second). A lone letter belongs to the number it touches (``40.5N 46.5``,
    ``40.5 N46.5``); set apart from both (``40.5 N 46.5``) it may belong to either."""
    seps = [k for k, item in enumerate(gap) if item[0] == "sep"]
    labels = [k for k, item in enumerate(gap) if item[0] == "label"]
    if len(seps) > 1:
        raise CoordinateError("unrecognised", f"In {shown!r} two separators stand in a row.")
    if seps:
        options = [(gap[: seps[0]], gap[seps[0] + 1 :])]
    elif labels:
        options = [(gap[: labels[0]], gap[labels[0] :])]
    elif len(gap) >= 2:
        options = [(gap[:1], gap[1:])]
    elif not gap:
        options = [([], [])]
    else:
        _, _, touches_before, touches_after = gap[0]
        options = []
        if touches_before or not touches_after:
            options.append((gap, []))
        if touches_after or not touches_before:
            options.append(([], gap))
    for before, _ in options:
        if any(item[0] != "hem" for item in before):
            raise CoordinateError(
                "unrecognised", f"In {shown!r} a label stands after the coordinate it names."
            )
    return options


def _group_meta(before: list, after: list, shown: str) -> tuple[Optional[str], Optional[str]]:
    """(hemisphere letter, axis) of one coordinate from its letters and label."""
    if any(item[0] not in ("hem", "label") for item in before + after) or any(
        item[0] == "label" for item in after
    ):
        raise CoordinateError(
            "unrecognised", f"In {shown!r} a separator or label stands where it means nothing."
        )
    hemispheres = [item[1] for item in before + after if item[0] == "hem"]
    labels = [item[1] for item in before if item[0] == "label"]
    if len(hemispheres) > 1:
        raise CoordinateError(
            "hemisphere_conflict",
            f"In {shown!r} one coordinate has two hemisphere letters "
            f"({' and '.join(hemispheres)}): give one letter per coordinate.",
        )
    if len(labels) > 1:
        raise CoordinateError("hemisphere_conflict", f"In {shown!r} a coordinate has two labels.")
    hemisphere = hemispheres[0] if hemispheres else None
    axis = None if hemisphere is None else "lat" if hemisphere in "NS" else "lon"
    label = labels[0] if labels else None
    if label is not None and axis is not None and label != axis:
        raise CoordinateError(
            "hemisphere_conflict",
            f"In {shown!r} the {_AXIS_NAMES[label]} label stands with the hemisphere letter "
            f"{hemisphere} of a {_AXIS_NAMES[axis]}.",
        )
    return hemisphere, axis or label


def _compact_shaped(numbers: list) -> bool:
    return len(numbers) == 1 and numbers[0][2] is None and 4 <= numbers[0][1].int_digits <= 7


def _group_values(numbers: list, hemisphere, axis: str, shown: str, compact: bool = True) -> list:
    """The readings (signed degrees, parts, compact?) of one coordinate's numbers."""
    first = numbers[0][1]
    if first.sign == "-" and hemisphere is not None:
        raise CoordinateError(
            "sign_and_hemisphere",
            f"In {shown!r} a coordinate has both a minus sign and the hemisphere "
            f"{hemisphere}: give one or the other.",
        )
    negative = first.sign == "-" or hemisphere in ("S", "W")
    ways = [_dms_value]
    if compact and _compact_shaped(numbers):
        ways.append(_compact_value)  # DDMM.m, DDDMM.m, DDMMSS.s, DDDMMSS.s
    values, errors = [], []
    for way in ways:
        try:
            value, parts = way(numbers, shown)
            signed = -value if negative else value
            _check_axis_range(signed, axis, shown)
            values.append((signed, parts, way is _compact_value))
        except CoordinateError as error:
            errors.append(error)
    if not values:
        raise errors[-1]
    return values


def _dms_value(numbers: list, shown: str) -> tuple[float, int]:
    position, total = -1, 0.0
    for k, (_, lex, mark) in enumerate(numbers):
        new = mark if mark is not None else position + 1
        if new <= position or new > 2 or (k == 0 and new != 0):
            raise CoordinateError(
                "bad_dms",
                f"In {shown!r} the parts of a coordinate are not in the order degrees, "
                "minutes, seconds.",
            )
        position = new
        if k < len(numbers) - 1 and lex.fraction:
            raise CoordinateError(
                "bad_dms",
                f"In {shown!r} only the last part of a coordinate may have decimals ({lex.text}).",
            )
        _check_sexagesimal(lex.value, position, lex.text, shown)
        total += lex.value / 60.0**position
    return total, len(numbers)


def _compact_value(numbers: list, shown: str) -> tuple[float, int]:
    text = numbers[0][1].text
    integer, _, fraction = text.partition(".")
    decimals = "." + fraction if fraction else ""
    if len(integer) <= 5:  # DDMM.m / DDDMM.m (NMEA)
        degrees, minutes, seconds = int(integer[:-2]), float(integer[-2:] + decimals), 0.0
        parts = 2
    else:  # DDMMSS.s / DDDMMSS.s
        degrees, minutes = int(integer[:-4]), float(integer[-4:-2])
        seconds, parts = float(integer[-2:] + decimals), 3
    _check_sexagesimal(minutes, 1, f"{minutes:g} (in {text})", shown)
    _check_sexagesimal(seconds, 2, f"{seconds:g} (in {text})", shown)
    return degrees + minutes / 60.0 + seconds / 3600.0, parts


def _check_sexagesimal(value: float, position: int, text: str, shown: str) -> None:
    if position == 1 and value >= 60.0:
        raise CoordinateError(
            "minutes_out_of_range",
            f"In {shown!r} the minutes {text} must be less than 60.",
            value=value,
        )
    if position == 2 and value >= 60.0:
        raise CoordinateError(
            "seconds_out_of_range",
            f"In {shown!r} the seconds {text} must be less than 60.",
            value=value,
        )


def _check_axis_range(value: float, axis: str, shown: str) -> None:
    if axis == "lat" and not -90.0 <= value <= 90.0:
        raise CoordinateError(
            "latitude_out_of_range",
            f"In {shown!r} the latitude {value:g} is outside -90 to 90 degrees "
            "(latitude comes first unless hemisphere letters or labels say otherwise).",
            value=value,
        )
    if axis == "lon" and not -180.0 <= value <= 180.0:
        raise CoordinateError(
            "longitude_out_of_range",
            f"In {shown!r} the longitude {value:g} is outside -180 to 180 degrees.",
            value=value,
        )


_ALL_READERS = (_read_gk, _read_utm, _read_degrees)
