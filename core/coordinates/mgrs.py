"""MGRS references (WGS 84, AA lettering, 80° S to 84° N): the 100 km squares and reading
``38SNK 12345 12345`` back to the square's south-west corner (or centre)."""

from __future__ import annotations

import re
from typing import Optional

from .lexemes import _normalise
from .utm import LAT_BANDS, _band_limits, _check_band, _check_zone, _from_utm, _to_utm, _utm_crs
from .values import CoordinateError, LonLat, ParsedCoordinate

MGRS_COLUMNS = ("ABCDEFGH", "JKLMNPQR", "STUVWXYZ")  # by set (zone - 1) % 3
MGRS_ROWS = "ABCDEFGHJKLMNPQRSTUV"  # 20 letters; even zones start 5 letters on (at F)
MGRS_EVEN_ROW_SHIFT = 5
MGRS_ROW_PERIOD_M = 2_000_000.0
MGRS_SQUARE_M = 100_000.0
MGRS_TRUNCATE_SLACK_M = 4.99e-4  # GeoTrans adds this before truncating (0.5 mm)

_MGRS_RE = re.compile(
    r"^(?P<zone>[0-9]{1,3})\s*(?P<band>[A-Z])\s*(?P<col>[A-Z])\s*(?P<row>[A-Z])"
    r"\s*(?P<east>[0-9]*)(?:\s+(?P<north>[0-9]+))?$"
)
_MGRS_LIKE_RE = re.compile(r"^[0-9]{1,3}\s*[A-Z]\s*[A-Z]\s*[A-Z][0-9\s]*$")
_UPS_LIKE_RE = re.compile(r"^[ABYZ]\s*[A-Z]\s*[A-Z]\s*[0-9][0-9\s]*$")


def parse_mgrs(text: str, centre: bool = False) -> LonLat:
    """Read an MGRS reference (WGS 84, AA scheme): the south-west corner of its grid square,
    as the standard defines it (``centre=True``: the square's centre)."""
    shown, norm = _normalise(text)
    return _mgrs_details(norm, shown, centre).point


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
