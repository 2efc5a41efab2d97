"""UTM: zones (Norway and Svalbard exceptions), MGRS latitude bands, the WGS 84 / UTM
projection, and reading UTM text (``38N 612345 4412345``, ``E 612345 N 4412345``…; see the
package docstring for the letter S)."""

from __future__ import annotations

import math

from pyproj import Transformer

from .lexemes import _Lex
from .readings import _UTM, _Context
from .values import CoordinateError, LonLat, ParsedCoordinate, _cache, _check_lonlat

LAT_BANDS = "CDEFGHJKLMNPQRSTUVWX"  # 8° each from 80° S; X is 72°-84° N

UTM_MIN_LAT, UTM_MAX_LAT = -80.0, 84.0
_BAND_SLACK_DEG = 0.5  # bands C and X reach half a degree beyond -80 and 84 (GeoTrans)
EASTING_MIN_M, EASTING_MAX_M = 100_000.0, 900_000.0
NORTHING_MAX_M = 10_000_000.0


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
    zone, hemisphere = grid_zone(lon, lat)
    if 56.0 <= lat < 64.0 and 3.0 <= lon < 12.0:
        zone = 32
    elif 72.0 <= lat <= 84.0 and 0.0 <= lon < 42.0:
        zone = 31 if lon < 9.0 else 33 if lon < 21.0 else 35 if lon < 33.0 else 37
    return zone, hemisphere


def grid_zone(lon: float, lat: float) -> tuple[int, str]:
    """The 6° UTM zone (1-60) and hemisphere of a longitude and latitude, by the plain rule
    (no Norway/Svalbard exceptions): the zone to compute in. Longitude 180 is zone 1."""
    return int(math.floor((lon + 180.0) / 6.0)) % 60 + 1, "N" if lat >= 0.0 else "S"


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
