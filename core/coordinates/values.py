"""What every part of the coordinates package shares: the point (:class:`LonLat`), what a
text was read as (:class:`ParsedCoordinate`), :class:`CoordinateError` and its codes, the
formats, and the pyproj transformers cached for each thread."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Optional

from ..errors import CodedError

FORMATS = ("dd", "dms", "utm", "mgrs", "gk")

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


class CoordinateError(CodedError):
    """A coordinate that cannot be read or written. ``code`` is one of :data:`ERROR_CODES`,
    ``detail`` (= ``str(error)``) an English sentence saying what is wrong, ``values`` the
    offending numbers or letters by name (for translated messages)."""


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


_local = threading.local()  # pyproj transformers are not shared between threads


def _cache(name: str) -> dict:
    cache = getattr(_local, name, None)
    if cache is None:
        cache = {}
        setattr(_local, name, cache)
    return cache


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
