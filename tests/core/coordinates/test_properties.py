"""Issue 14 property tests: every output format reads back to the point; a grammar generator
writes random points in the accepted styles, and no text is ever read more than 1 m from its
meaning (it is read right, or refused as ambiguous; styles with hemisphere letters or labels
are never refused); arbitrary text gives a point or a CoordinateError, nothing else."""

from __future__ import annotations

import math

from hypothesis import assume, given, settings
from hypothesis import strategies as st
from pyproj import Geod, Transformer

from landrelease.core import coordinates as co
from landrelease.core.coordinates import CoordinateError, LonLat, parse_coordinate

WGS84 = Geod(ellps="WGS84")
lons = st.floats(-180.0, 180.0, allow_nan=False)
lats = st.floats(-79.9999, 83.9999, allow_nan=False)  # written in every format (UTM, MGRS)


def metres(a: LonLat, b: LonLat) -> float:
    return WGS84.inv(a.lon, a.lat, b.lon, b.lat)[2]


def utm_of(lon: float, lat: float) -> tuple[int, str, float, float]:
    """Zone, hemisphere, easting and northing by pyproj (the zone rules from core)."""
    zone, hemisphere = co.utm_zone(lon, lat)
    epsg = (32600 if hemisphere == "N" else 32700) + zone
    easting, northing = Transformer.from_crs("EPSG:4326", f"EPSG:{epsg}", always_xy=True).transform(
        lon, lat
    )
    return zone, hemisphere, easting, northing


# ---------------------------------------------------------------------------------------------
# Every output format reads back
# ---------------------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(lons, lats)
def test_every_format_reads_back_within_a_millimetre(lon, lat):
    point = LonLat(lon, lat)
    _, hemisphere = co.utm_zone(lon, lat)
    for text, fmt, kwargs in [
        (co.format_dd(lon, lat, 9), "dd", {}),
        (co.format_dms(lon, lat, 5), "dms", {}),
        # a southern northing that would lie in band S when read as northern needs the
        # programme's hemisphere (the letter S rule of the module docstring)
        (co.format_utm(lon, lat, decimals=3), "utm", {"default_hemisphere": hemisphere}),
    ]:
        read, detected = parse_coordinate(text, **kwargs)
        assert detected == fmt, text
        assert metres(read, point) < 0.001, text
    # MGRS at 1 m: the reference is the square that holds the point (its south-west corner).
    text = co.format_mgrs(lon, lat, 5)
    corner, detected = parse_coordinate(text)
    assert detected == "mgrs"
    zone, _, _, _ = utm_of(lon, lat)
    details = co.parse_coordinate_details(text)
    to_grid = Transformer.from_crs("EPSG:4326", details.crs, always_xy=True)
    easting, northing = to_grid.transform(lon, lat)
    if details.zone == zone:  # squares across a zone edge are named in their own zone
        slack = co.MGRS_TRUNCATE_SLACK_M
        assert 0.0 <= easting + slack - details.easting < 1.0
        assert 0.0 <= northing + slack - details.northing < 1.0
    assert metres(corner, point) < 1.5


@settings(max_examples=150, deadline=None)
@given(st.floats(19.6, 190.0), st.floats(35.2, 81.9))
def test_gauss_kruger_reads_back_within_a_millimetre(lon, lat):
    lon = lon - 360.0 if lon > 180.0 else lon
    try:
        text = co.format_gk(lon, lat, decimals=3)
    except CoordinateError as error:
        assert error.code == "no_transformation"  # PROJ has only a ballpark one there
        assume(False)
    details = co.parse_coordinate_details(text)
    assert details.fmt == "gk" and details.zone == co.gk_zone(lon, lat)
    assert metres(details.point, LonLat(lon, lat)) < 0.001
    assert details.transformation and details.accuracy_m > 0


# ---------------------------------------------------------------------------------------------
# The grammar generator
# ---------------------------------------------------------------------------------------------

LETTERS = {  # style: (north, south, east, west, glue)
    "latin": ("N", "S", "E", "W", ""),
    "latin_spaced": ("N", "S", "E", "W", " "),
    "russian": ("С", "Ю", "В", "З", " "),
    "russian_abbr": ("с.ш.", "ю.ш.", "в.д.", "з.д.", " "),
    "azerbaijani": ("şm.e.", "c.e.", "ş.u.", "q.u.", " "),
    "english": ("north", "south", "east", "west", " "),
}
LABELS = {
    "english": ("Lat", "Lon"),
    "english_long": ("Latitude:", "Longitude:"),
    "russian": ("шир.", "долг."),
    "azerbaijani": ("enlik", "uzunluq"),
    "equals": ("lat=", "lng="),
}


def sexagesimal(value: float, parts: int, decimals: int) -> tuple[int, ...]:
    """Whole degrees (and minutes), and the last part in units of 10^-decimals."""
    scale = 10**decimals
    units = round(abs(value) * 60 ** (parts - 1) * scale)
    if parts == 1:
        return (units,)
    if parts == 2:
        degrees, minutes = divmod(units, 60 * scale)
        return degrees, minutes
    degrees, rest = divmod(units, 3600 * scale)
    minutes, seconds = divmod(rest, 60 * scale)
    return degrees, minutes, seconds


def decimal(units: int, decimals: int, width: int, comma: bool) -> str:
    """``units`` of 10^-decimals written with ``width`` digits before the mark."""
    whole, fraction = divmod(units, 10**decimals)
    text = f"{whole:0{width}d}" + (f".{fraction:0{decimals}d}" if decimals else "")
    return text.replace(".", ",") if comma else text


@st.composite
def degree_text(draw, value: float, axis: str, form: str, comma: bool):
    """The unsigned number part of one coordinate in ``form``, and whether it also reads as
    plain degrees (compact and NMEA with few degrees, 00100.000 E: a true ambiguity)."""
    limit = 180.0 if axis == "lon" else 90.0
    wide = 3 if axis == "lon" else 2
    if form == "dd":
        decimals = draw(st.integers(6, 9))
        (units,) = sexagesimal(value, 1, decimals)
        return decimal(units, decimals, 1, comma), False
    if form in ("ddm", "nmea"):
        degrees, minutes = sexagesimal(value, 2, 5)
        if form == "nmea":
            body = f"{degrees:0{wide}d}" + decimal(minutes, 5, 2, comma)
            return body, float(body.replace(",", ".")) <= limit
        mark = draw(st.sampled_from(["°", "º", "˚"]))
        return f"{degrees}{mark}{decimal(minutes, 5, 2, comma)}'", False
    degrees, minutes, seconds = sexagesimal(value, 3, 3)
    sec = decimal(seconds, 3, 2, comma)
    if form == "compact":
        body = f"{degrees:0{wide}d}{minutes:02d}{sec}"
        return body, float(body.replace(",", ".")) <= limit
    if form == "symbols":
        d, m, s = draw(
            st.tuples(
                st.sampled_from("°º˚"),
                st.sampled_from("'′’"),
                st.sampled_from(['"', "″", "”", "''"]),
            )
        )
        return f"{degrees}{d}{minutes:02d}{m}{sec}{s}", False
    if form == "letters":
        space = draw(st.sampled_from(["", " "]))
        return f"{degrees}d{space}{minutes:02d}m{space}{sec}s", False
    if form == "words":
        return f"{degrees} deg {minutes:02d} min {sec} sec", False
    if form == "russian_units":
        return f"{degrees} гр. {minutes:02d} мин. {sec} сек.", False
    joiner = {"hyphen": "-", "colon": ":", "spaces": " "}[form]
    return f"{degrees}{joiner}{minutes:02d}{joiner}{sec}", False


@st.composite
def written_degrees(draw):
    lon, lat = draw(lons), draw(st.floats(-90.0, 90.0))
    comma = draw(st.booleans())
    form = draw(
        st.sampled_from(
            [
                "dd",
                "ddm",
                "symbols",
                "letters",
                "words",
                "russian_units",
                "hyphen",
                "colon",
                "spaces",
                "compact",
                "nmea",
            ]
        )  # fmt: skip
    )
    marking = draw(st.sampled_from(["letters_after", "letters_before", "labels", "sign"]))
    if form in ("compact", "nmea"):  # compact and NMEA only with hemisphere letters
        marking = draw(st.sampled_from(["letters_after", "letters_before"]))
    letters = draw(st.sampled_from(sorted(LETTERS)))
    if marking == "letters_before":
        letters = draw(st.sampled_from(["latin", "latin_spaced", "russian"]))
    label_names = LABELS[draw(st.sampled_from(sorted(LABELS)))]
    north, south, east, west, glue = LETTERS[letters]
    coordinates, zero_degrees = [], False
    for value, axis in ((lat, "lat"), (lon, "lon")):
        body, zero = draw(degree_text(value, axis, form, comma))
        zero_degrees = zero_degrees or zero
        positive = value >= 0  # a value that rounds to 0 is the same with either letter
        letter = (north if positive else south) if axis == "lat" else (east if positive else west)
        if marking == "letters_after":
            coordinates.append(f"{body}{glue}{letter}")
        elif marking == "letters_before":
            coordinates.append(f"{letter}{glue}{body}")
        elif marking == "labels":
            label = label_names[0 if axis == "lat" else 1]
            coordinates.append(f"{label} {'' if value >= 0 else '-'}{body}")
        else:
            coordinates.append(f"{'' if value >= 0 else '-'}{body}")
    if marking != "sign" and draw(st.booleans()):
        coordinates.reverse()  # letters and labels say which is which
    separators = [" ", ", ", "; ", " / "] + ([","] if not comma and form == "dd" else [])
    text = draw(st.sampled_from(separators)).join(coordinates)
    default_zone = draw(st.sampled_from([None, 38]))
    # True ambiguities: without hemisphere letters the s of 13s may be seconds or south; a
    # compact longitude with E before a compact latitude with N is also a UTM easting and
    # northing in the default zone.
    unambiguous = marking != "sign" and not zero_degrees
    unambiguous = unambiguous and not (marking == "labels" and form == "letters")
    lon_first_en = coordinates[0].startswith(("E", "W")) or coordinates[0].endswith(("E", "W"))
    if form == "compact" and letters.startswith("latin") and lon_first_en and default_zone:
        unambiguous = False
    return text, LonLat(lon, lat), {"default_zone": default_zone}, unambiguous


@st.composite
def written_utm(draw):
    lon, lat = draw(lons), draw(lats)
    zone, hemisphere, easting, northing = utm_of(lon, lat)
    decimals = draw(st.integers(0, 3))
    comma = draw(st.booleans())
    e = f"{easting:.{decimals}f}".replace(".", "," if comma else ".")
    n = f"{northing:.{decimals}f}".replace(".", "," if comma else ".")
    band = co.latitude_band(lat)
    if ("N" if band >= "N" else "S") != hemisphere:  # -0.0000001° lies in band N
        band = hemisphere
    letter = draw(st.sampled_from([hemisphere, band, ""]))
    head = draw(
        st.sampled_from(
            [
                f"{zone}{letter}",
                f"{zone} {letter}",
                f"Zone {zone}{letter}",
                f"UTM {zone}{letter}",
                f"Зона {zone} {letter}",
                f"zona {zone}{letter}",
                "bare",
            ]
        )  # fmt: skip
    )
    bodies = [f"{e} {n}", f"E {e} N {n}", f"{e}E {n}N", f"{e}mE {n}mN", f"E{e} N{n}"]
    bodies += [f"{e}; {n}", f"easting {e} northing {n}"] + ([f"{e}, {n}"] if not comma else [])
    if head != "bare":  # northing first only after a zone
        bodies += [f"N {n} E {e}", f"{n}mN {e}mE"]
    body = draw(st.sampled_from(bodies))
    kwargs = {"default_hemisphere": hemisphere}
    if head == "bare":
        kwargs["default_zone"] = zone
        return body, LonLat(lon, lat), kwargs, False  # may also read as compact degrees
    return f"{head.strip()} {body}", LonLat(lon, lat), kwargs, True


@st.composite
def written_mgrs(draw):
    lon, lat = draw(lons), draw(lats)
    text = co.format_mgrs(lon, lat, 5)
    head, east, north = text.split()
    text = draw(
        st.sampled_from(
            [text, f"{head}{east}{north}", f"{head[:-2]} {head[-2:]} {east} {north}", text.lower()]
        )
    )
    # The meaning of a reference is its square: the south-west corner, as PROJ places it.
    zone, _, _, _ = utm_of(lon, lat)
    details = co.parse_coordinate_details(text)
    assume(details.zone == zone)
    to_grid = Transformer.from_crs("EPSG:4326", details.crs, always_xy=True)
    easting, northing = (
        math.floor(v + co.MGRS_TRUNCATE_SLACK_M) for v in to_grid.transform(lon, lat)
    )
    corner = to_grid.transform(easting, northing, direction="INVERSE")
    return text, LonLat(*corner), {}, True


@st.composite
def written_gk(draw):
    lon, lat = draw(st.floats(20.0, 170.0)), draw(st.floats(36.0, 78.0))
    try:
        text = co.format_gk(lon, lat, decimals=draw(st.integers(0, 3)))
    except CoordinateError:
        assume(False)
    x, y = (part.split("=")[1] for part in text.split())
    if draw(st.booleans()):
        x, y = x.replace(".", ","), y.replace(".", ",")
    text = draw(
        st.sampled_from(
            [
                f"X={x} Y={y}",
                f"Х={x} У={y}",
                f"СК-42 X={x} Y={y}",
                f"SK-42 Х={x} У={y}",
                f"Pulkovo 1942 X={x} Y={y}",
                f"x={x}; y={y}",
                f"Y={y} X={x}",
                f"X {x} Y {y}",
                f"X: {x}, Y: {y}",
            ]
        )  # fmt: skip
    )
    return text, LonLat(lon, lat), {"default_zone": 38}, True


@settings(max_examples=600, deadline=None)
@given(st.one_of(written_degrees(), written_utm(), written_mgrs(), written_gk()))
def test_written_points_are_read_as_meant_or_refused_as_ambiguous(case):
    text, meaning, kwargs, unambiguous = case
    try:
        point, _ = parse_coordinate(text, **kwargs)
    except CoordinateError as error:
        assert error.code in ("ambiguous", "ambiguous_comma"), (text, error.code, str(error))
        assert not unambiguous, (text, str(error))
        assert any(  # the meaning is among the readings shown
            metres(LonLat(lon, lat), meaning) < 1.0 for _, lon, lat, _ in error.values["readings"]
        ), (text, str(error))
        return
    assert metres(point, meaning) < 1.0, (text, point, meaning)


# ---------------------------------------------------------------------------------------------
# Any text
# ---------------------------------------------------------------------------------------------

GRAMMAR_CHARACTERS = list("0123456789.,;:-+ °'\"NSEWnsewdmXYxy=/") + list("СЮВЗХУшс")


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(
        st.text(max_size=60),
        st.text(alphabet=st.sampled_from(GRAMMAR_CHARACTERS), max_size=40),
    ),
    st.sampled_from([None, 38]),
)
def test_any_text_gives_a_point_or_a_coordinate_error(text, default_zone):
    try:
        details = co.parse_coordinate_details(text, default_zone=default_zone)
    except CoordinateError as error:
        assert error.code in co.ERROR_CODES and str(error) == error.detail
        return
    assert details.fmt in co.FORMATS
    assert -90.0 <= details.point.lat <= 90.0 and -180.0 <= details.point.lon <= 180.0
    assert math.isfinite(details.point.lon) and math.isfinite(details.point.lat)
