"""Degrees as typed on field sheets (core/coordinates/degrees.py): DD, DDM, DMS, hyphen and
colon groups, compact and NMEA, letters and labels in four languages; refusals, round trips."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from landrelease.core import coordinates as co
from landrelease.core.coordinates import (
    CoordinateError,
    LonLat,
    parse_coordinate,
    parse_coordinate_details,
)

from .factories import LAT_DMS, LAT_DMS43, close, error_code, lons, metres_apart


@pytest.mark.parametrize(
    "text, lon, lat, fmt",
    [
        ("40.5 46.5", 46.5, 40.5, "dd"),
        ("40,5 46,5", 46.5, 40.5, "dd"),
        ("40.5, 46.5", 46.5, 40.5, "dd"),
        ("40.5,46.5", 46.5, 40.5, "dd"),
        ("40,5, 46,5", 46.5, 40.5, "dd"),
        ("40,5;46,5", 46.5, 40.5, "dd"),
        ("40, 46", 46.0, 40.0, "dd"),
        ("-33.9 151.2", 151.2, -33.9, "dd"),
        ("+40.5 -3.25", -3.25, 40.5, "dd"),
        ("−33.9 −70.5", -70.5, -33.9, "dd"),  # Unicode minus
        ("40.5N 46.5E", 46.5, 40.5, "dd"),
        ("40.5 n 46.5 e", 46.5, 40.5, "dd"),
        ("N40.5 E46.5", 46.5, 40.5, "dd"),
        ("46.5E 40.5N", 46.5, 40.5, "dd"),
        ("E 46.5 S 40.5", 46.5, -40.5, "dd"),
        ("40.5S 46.5W", -46.5, -40.5, "dd"),
        ("40.5N 46.5", 46.5, 40.5, "dd"),
        ("40.123456° N, 46.654321° E", 46.654321, 40.123456, "dd"),
        ("40,123456° N; 46,654321° E", 46.654321, 40.123456, "dd"),
        ("40.5º 46.5º", 46.5, 40.5, "dd"),
        (
            "40°07'24.4\"N 46°39'15.6\"E",
            46 + 39 / 60 + 15.6 / 3600,
            40 + 7 / 60 + 24.4 / 3600,
            "dms",
        ),
        ("40°07′24,4″N 46°39′15,6″E", 46 + 39 / 60 + 15.6 / 3600, 40 + 7 / 60 + 24.4 / 3600, "dms"),
        (
            "40°07'24.4''N 46°39'15.6''E",
            46 + 39 / 60 + 15.6 / 3600,
            40 + 7 / 60 + 24.4 / 3600,
            "dms",
        ),
        ("N 40 07 24.4 E 46 39 15.6", 46 + 39 / 60 + 15.6 / 3600, 40 + 7 / 60 + 24.4 / 3600, "dms"),
        ("40 07 24.4 46 39 15.6", 46 + 39 / 60 + 15.6 / 3600, 40 + 7 / 60 + 24.4 / 3600, "dms"),
        ("40:07:24.4 46:39:15.6", 46 + 39 / 60 + 15.6 / 3600, 40 + 7 / 60 + 24.4 / 3600, "dms"),
        ("40°07.5' N 46°39.25' E", 46 + 39.25 / 60, 40 + 7.5 / 60, "dms"),
        ("40 07.5 46 39.25", 46 + 39.25 / 60, 40 + 7.5 / 60, "dms"),
        ("46°39'15\"E 40°07'24\"N", 46 + 39 / 60 + 15 / 3600, 40 + 7 / 60 + 24 / 3600, "dms"),
        ("-33°52'10\" 151°12'30\"", 151 + 12 / 60 + 30 / 3600, -(33 + 52 / 60 + 10 / 3600), "dms"),
        ("40°30'N 46°15'E", 46.25, 40.5, "dms"),
        # Russian, Ukrainian, Azerbaijani hemisphere letters and abbreviations
        ("40° с.ш. 46° в.д.", 46.0, 40.0, "dd"),
        ("40°30' С 46°15' В", 46.25, 40.5, "dms"),
        ("С 40,5 В 46,5", 46.5, 40.5, "dd"),
        ("33,9 Ю 70,5 З", -70.5, -33.9, "dd"),
        ("33.9 ю.ш. 70.5 з.д.", -70.5, -33.9, "dd"),
        ("40.5 пн. ш. 46.5 сх. д.", 46.5, 40.5, "dd"),
        ("40.5 пд. ш. 46.5 зх. д.", -46.5, -40.5, "dd"),
        ("40.5 ş.e. 46.5 ş.u.", 46.5, 40.5, "dd"),
        ("40.5 şm.e. 46.5 ş.u.", 46.5, 40.5, "dd"),
        ("Ş.E. 40.5 Ş.U. 46.5", 46.5, 40.5, "dd"),
        ("40.5 c.e. 46.5 q.u.", -46.5, -40.5, "dd"),
        ("40.5 şimal 46.5 şərq", 46.5, 40.5, "dd"),
        ("40.5 cənub 46.5 qərb", -46.5, -40.5, "dd"),
        ("40.5N 46.5Q", -46.5, 40.5, "dd"),
        ("40.5 north 46.5 east", 46.5, 40.5, "dd"),
    ],
)
def test_parse_degrees(text, lon, lat, fmt):
    point, detected = parse_coordinate(text)
    assert detected == fmt
    assert close(point, lon, lat, 1e-12), point
    parse = co.parse_dd if fmt == "dd" else co.parse_dms
    assert close(parse(text), lon, lat, 1e-12)


def test_parse_dms_accepts_decimal_degrees_but_parse_dd_refuses_dms():
    assert co.parse_dms("40.5 46.5") == LonLat(46.5, 40.5)
    assert error_code("40 30 46 15", co.parse_dd) == "unrecognised"


@pytest.mark.parametrize(
    "text, code",
    [
        ("", "empty"),
        ("   ", "empty"),
        (None, "empty"),
        ("abc", "unrecognised"),
        ("40.5 46.5 12.5", "bad_dms"),  # one coordinate of three parts?
        ("40 46 12", "ambiguous"),  # 40 and 46°12', or 40°46' and 12? (issue 14)
        ("40.5.1 46", "unrecognised"),
        ("95°N", "latitude_out_of_range"),
        ("95 46", "latitude_out_of_range"),
        ("46.5E 95.5N", "latitude_out_of_range"),
        ("40 190", "longitude_out_of_range"),
        ("40 70 46 30", "minutes_out_of_range"),
        ("40 30 75 46 30 10", "seconds_out_of_range"),
        ("40.5 30 46 30", "bad_dms"),
        ("30' 46°", "bad_dms"),
        ("40.5N 46.5N", "hemisphere_conflict"),
        ("E40.5 W46.5", "hemisphere_conflict"),
        ("-40.5S 46.5E", "sign_and_hemisphere"),
        ("40.5", "incomplete"),
        ("40.5N", "incomplete"),
        ("40,46", "ambiguous_comma"),
        ("40.5 Ş 46.5 E", "ambiguous_hemisphere"),
        ("40.5 C 46.5 E", "ambiguous_hemisphere"),
    ],
)
def test_parse_degrees_rejects(text, code):
    assert error_code(text) == code


def test_error_messages_say_what_is_wrong():
    with pytest.raises(CoordinateError) as error:
        parse_coordinate("95°N")
    assert "95" in str(error.value) and "90" in str(error.value)
    assert error.value.values == {"value": 95.0}
    with pytest.raises(CoordinateError) as error:
        parse_coordinate("40 70 46 30")
    assert "70" in str(error.value) and "60" in str(error.value)


def test_format_dd_and_dms():
    assert co.format_dd(46.654321, 40.123456) == "40.123456° N, 46.654321° E"
    assert co.format_dd(-70.5, -33.9, decimals=2) == "33.90° S, 70.50° W"
    assert co.format_dd(-0.0000001, -0.0000001) == "0.000000° N, 0.000000° E"
    assert co.format_dms(46.654321, 40.123456) == "40°07'24.4\"N 46°39'15.6\"E"
    assert co.format_dms(-70.5, -33.9, decimals=0) == "33°54'00\"S 70°30'00\"W"
    assert co.format_dms(46.0, 40.99999999, decimals=2) == "41°00'00.00\"N 46°00'00.00\"E"
    assert co.format_dms(179.99999999, 0.0, decimals=1) == "0°00'00.0\"N 180°00'00.0\"E"
    assert co.format_dms(46.0, 40.0, decimals=3) == "40°00'00.000\"N 46°00'00.000\"E"


@settings(max_examples=200, deadline=None)
@given(lons, st.floats(-90.0, 90.0))
def test_dd_round_trip(lon, lat):
    text = co.format_dd(lon, lat, decimals=8)
    point, fmt = parse_coordinate(text)
    assert fmt == "dd"
    assert close(point, lon, lat, 0.5e-8 + 1e-12)


@settings(max_examples=200, deadline=None)
@given(lons, st.floats(-90.0, 90.0))
def test_dms_round_trip_to_3_cm(lon, lat):
    text = co.format_dms(lon, lat, decimals=3)
    point, fmt = parse_coordinate(text)
    assert fmt == "dms"
    assert close(point, lon, lat, 0.0005 / 3600 + 1e-12)  # half a thousandth of a second
    assert metres_apart(point, LonLat(lon, lat)) < 0.03


DEGREE_FORMS = [
    # decimal degrees, point or comma, separators, signs
    ("40.0369 46.75", 46.75, 40.0369, "dd"),
    ("40,0369 46,75", 46.75, 40.0369, "dd"),
    ("40.0369, 46.75", 46.75, 40.0369, "dd"),
    ("40,0369; 46,75", 46.75, 40.0369, "dd"),
    ("40,0369, 46,75", 46.75, 40.0369, "dd"),
    ("40.0369,46.75", 46.75, 40.0369, "dd"),
    ("40,5,46,5", 46.5, 40.5, "dd"),  # two decimal commas: the only reading of all of them
    ("40.0369 / 46.75", 46.75, 40.0369, "dd"),
    ("(40.0369, 46.75)", 46.75, 40.0369, "dd"),
    ("-40,0369 -46,75", -46.75, -40.0369, "dd"),
    # hemisphere letters before or after, either order
    ("40.0369N 46.75E", 46.75, 40.0369, "dd"),
    ("N40.0369 E46.75", 46.75, 40.0369, "dd"),
    ("N 40.0369 E 46.75", 46.75, 40.0369, "dd"),
    ("40.0369 N 46.75 E", 46.75, 40.0369, "dd"),
    ("46.75E 40.0369N", 46.75, 40.0369, "dd"),
    ("40,0369° S 46,75° W", -46.75, -40.0369, "dd"),
    ("40.0369N 46.75", 46.75, 40.0369, "dd"),
    ("40.0369 46.75E", 46.75, 40.0369, "dd"),
    ("40.5 north 46.5 east", 46.5, 40.5, "dd"),
    # Russian, Ukrainian, Azerbaijani
    ("40,5 С 46,5 В", 46.5, 40.5, "dd"),
    ("С 40,5 В 46,5", 46.5, 40.5, "dd"),
    ("40.5 с.ш. 46.5 в.д.", 46.5, 40.5, "dd"),
    ("40.5 с. ш. 46.5 в. д.", 46.5, 40.5, "dd"),
    ("40,5 сев. ш. 46,5 вост. д.", 46.5, 40.5, "dd"),
    ("33,9 ю.ш. 70,5 з.д.", -70.5, -33.9, "dd"),
    ("40.5 пн. ш. 46.5 сх. д.", 46.5, 40.5, "dd"),
    ("40,5 şm.e. 46,5 ş.u.", 46.5, 40.5, "dd"),
    ("40.5 c.e. 46.5 q.u.", -46.5, -40.5, "dd"),
    ("40.5 şimal 46.5 şərq", 46.5, 40.5, "dd"),
    # labels
    ("Lat 40.03 Lon 46.75", 46.75, 40.03, "dd"),
    ("Latitude: 40,03, Longitude: 46,75", 46.75, 40.03, "dd"),
    ("Lon=46.75 Lat=40.03", 46.75, 40.03, "dd"),
    ("lng 46.75; lat 40.03", 46.75, 40.03, "dd"),
    ("Long -3.25 Lat 40.5", -3.25, 40.5, "dd"),
    ("шир. 40,03 долг. 46,75", 46.75, 40.03, "dd"),
    ("широта 40,03 долгота 46,75", 46.75, 40.03, "dd"),
    ("en 40.03 uzunluq 46.75", 46.75, 40.03, "dd"),
    ("enlik: 40,03; uzunluq: 46,75", 46.75, 40.03, "dd"),
    ("Lat 40°02'13\" N Lon 46°45' E", 46.75, LAT_DMS, "dms"),
    # degrees-minutes(-seconds), every symbol
    ("40°02.2167'N 46°45'E", 46.75, 40 + 2.2167 / 60, "dms"),
    ("40º02′13″N 46˚45’00”E", 46.75, LAT_DMS, "dms"),
    ("40°02'13''N 46°45'00''E", 46.75, LAT_DMS, "dms"),
    ("40°02'13,43\"N 46°45'00,0\"E", 46.75, LAT_DMS43, "dms"),
    ("40d02m13.43sN 46d45m00sE", 46.75, LAT_DMS43, "dms"),
    ("40d 02m 13.43s N 46d 45m 00s E", 46.75, LAT_DMS43, "dms"),
    ("40 deg 02 min 13.43 sec N 46 deg 45 min E", 46.75, LAT_DMS43, "dms"),
    ("40 гр. 02 мин. 13,43 сек. с.ш. 46 гр. 45 мин. в.д.", 46.75, LAT_DMS43, "dms"),
    ("40 07 24.4 46 39 15.6", 46 + 39 / 60 + 15.6 / 3600, 40 + 7 / 60 + 24.4 / 3600, "dms"),
    ("40 02 13 N 46 45 E", 46.75, LAT_DMS, "dms"),
    # hyphen and colon groups
    ("40-02-13.43N 46-45-00E", 46.75, LAT_DMS43, "dms"),
    ("N40-02-13,43 E046-45-00", 46.75, LAT_DMS43, "dms"),
    ("-40-02-13.43 46-45-00", 46.75, -LAT_DMS43, "dms"),
    ("40:02:13.43N 46:45:00E", 46.75, LAT_DMS43, "dms"),
    ("40:02:13,43 46:45", 46.75, LAT_DMS43, "dms"),
    ("40:02:13 46.75", 46.75, LAT_DMS, "dms"),
    # compact DDMMSS and NMEA DDMM.mmm (with hemisphere letters)
    ("400213.43N 0464500E", 46.75, LAT_DMS43, "dms"),
    ("400213,43N 0464500E", 46.75, LAT_DMS43, "dms"),
    ("N400213 E0464500", 46.75, LAT_DMS, "dms"),
    ("0464500В 400213С", 46.75, LAT_DMS, "dms"),
    ("4002.224N 04645.000E", 46.75, 40 + 2.224 / 60, "dms"),
    ("4002,224 N 04645,000 E", 46.75, 40 + 2.224 / 60, "dms"),
    ("4002N 04645E", 46.75, 40 + 2 / 60, "dms"),
]


@pytest.mark.parametrize("text, lon, lat, fmt", DEGREE_FORMS)
def test_degree_forms(text, lon, lat, fmt):
    details = parse_coordinate_details(text, default_zone=38)
    assert details.fmt == fmt and details.crs == "EPSG:4326"
    assert details.point.lon == pytest.approx(lon, abs=1e-9)
    assert details.point.lat == pytest.approx(lat, abs=1e-9)
