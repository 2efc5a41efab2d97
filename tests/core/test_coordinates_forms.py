"""Issue 14: every coordinate text is read exactly as meant, or refused; where two readings
are possible, refused. References: pyproj (PROJ) for UTM and Pulkovo 1942 Gauss–Krüger."""

from __future__ import annotations

import math

import pytest
from pyproj import Geod, Transformer
from pyproj.transformer import AreaOfInterest, TransformerGroup

from landrelease.core import coordinates as co
from landrelease.core.coordinates import (
    CoordinateError,
    LonLat,
    parse_coordinate,
    parse_coordinate_details,
)

WGS84 = Geod(ellps="WGS84")
ZONE38 = Transformer.from_crs("EPSG:32638", "EPSG:4326", always_xy=True)
# 38N 612345 4412345, read by PROJ itself.
UTM_POINT = LonLat(*ZONE38.transform(612345.0, 4412345.0))
# Aghdam on the Soviet map (issue 14): Pulkovo 1942 Gauss–Krüger zone 8.
GK_X, GK_Y = 4430293.0, 8664944.0
LAT_DMS = 40 + 2 / 60 + 13 / 3600  # 40°02'13"
LAT_DMS43 = 40 + 2 / 60 + 13.43 / 3600  # 40°02'13.43"


def metres(a: LonLat, b: LonLat) -> float:
    return WGS84.inv(a.lon, a.lat, b.lon, b.lat)[2]


def gk_by_pyproj(x: float, y: float) -> tuple[LonLat, str, float]:
    """The point PROJ gives for Gauss–Krüger X, Y through the best transformation for a small
    area around it (the area found with the projection alone), and that transformation."""
    zone = int(y // 1_000_000)
    crs = f"EPSG:{28400 + zone}"
    lon, lat = Transformer.from_crs(crs, "EPSG:4284", always_xy=True).transform(y, x)
    area = AreaOfInterest(lon - 0.01, lat - 0.01, lon + 0.01, lat + 0.01)
    best = TransformerGroup(crs, "EPSG:4326", always_xy=True, area_of_interest=area).transformers[0]
    return LonLat(*best.transform(y, x)), best.description, best.accuracy


def refused(text, **kwargs) -> CoordinateError:
    with pytest.raises(CoordinateError) as error:
        parse_coordinate(text, **kwargs)
    assert isinstance(error.value, ValueError)
    assert str(error.value) == error.value.detail and error.value.code in co.ERROR_CODES
    return error.value


# ---------------------------------------------------------------------------------------------
# The texts of the issue
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, lon, lat, fmt",
    [
        ("40,123456 46,750000", 46.75, 40.123456, "dd"),
        ("400213N 0464500E", 46.75, LAT_DMS, "dms"),
        ("40:02:13 46.75", 46.75, LAT_DMS, "dms"),
        ("40d02'13\"N 46d45'E", 46.75, LAT_DMS, "dms"),
        ("40-02-13.43N 46-45-00E", 46.75, LAT_DMS43, "dms"),
        ("4002.224N 04645.000E", 46.75, 40 + 2.224 / 60, "dms"),
        ("Lat 40.03 Lon 46.75", 46.75, 40.03, "dd"),
    ],
)
def test_issue_texts_are_read_as_meant_with_the_dialogs_default_zone(text, lon, lat, fmt):
    point, detected = parse_coordinate(text, default_zone=38)
    assert detected == fmt
    assert point.lon == pytest.approx(lon, abs=1e-9) and point.lat == pytest.approx(lat, abs=1e-9)


@pytest.mark.parametrize("text", ["Zone 38N 612345 4412345", "UTM 38N 612345 4412345"])
def test_issue_utm_texts(text):
    details = parse_coordinate_details(text, default_zone=38)
    assert details.fmt == "utm" and not details.default_zone_used
    assert metres(details.point, UTM_POINT) < 1e-3


def test_issue_texts_with_two_readings_are_refused_showing_both():
    error = refused("40 02 13 46.75", default_zone=38)
    assert error.code == "ambiguous"
    assert "40.0369° N 46.75° E" in error.detail and "40.0333° N 13.7792° E" in error.detail
    assert len(error.values["readings"]) == 3  # and 40° N 2°13'46.75" E
    error = refused("400213 0464500", default_zone=38)  # compact DMS or UTM 38N?
    assert error.code == "ambiguous"
    fmts = sorted(fmt for fmt, *_ in error.values["readings"])
    assert fmts == ["dms", "utm"]
    assert "400213N 0464500E" not in error.detail or "38N 400213 0464500" in error.detail


def test_issue_gauss_kruger_aghdam_matches_pyproj():
    details = parse_coordinate_details("X=4430293 Y=8664944")
    expected, description, accuracy = gk_by_pyproj(GK_X, GK_Y)
    assert details.fmt == "gk"
    assert details.point.lon == pytest.approx(46.92999546, abs=1e-8)
    assert details.point.lat == pytest.approx(39.98999599, abs=1e-8)
    assert details.point.lon == pytest.approx(expected.lon, abs=1e-9)
    assert details.point.lat == pytest.approx(expected.lat, abs=1e-9)
    assert (details.crs, details.zone, details.easting, details.northing) == (
        "EPSG:28408",
        8,
        GK_Y,
        GK_X,
    )
    assert "Pulkovo 1942 to WGS 84" in details.transformation
    assert details.transformation in description and details.accuracy_m == accuracy
    # The bare Krassowsky ellipsoid (projection only, no datum shift) is about 100 m off.
    bare = LonLat(
        *Transformer.from_crs("EPSG:28408", "EPSG:4284", always_xy=True).transform(GK_Y, GK_X)
    )
    assert 80.0 < metres(bare, details.point) < 130.0


# ---------------------------------------------------------------------------------------------
# Every accepted form
# ---------------------------------------------------------------------------------------------

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


UTM_FORMS = [
    "38N 612345 4412345",
    "Zone 38N 612345 4412345",
    "Zone 38 612345 4412345",
    "zone: 38N 612345 4412345",
    "Зона 38 612345 4412345",
    "zona 38 N 612345 4412345",
    "UTM 38N 612345 4412345",
    "UTM zone 38N 612345 4412345",
    "38S 612345 4412345",  # band S
    "UTM 38S 612345 4412345",
    "38 N E 612345 N 4412345",
    "38N E612345 N4412345",
    "38N N 4412345 E 612345",
    "38N 612345E 4412345N",
    "38N 612345mE 4412345mN",
    "38N 612345 m E 4412345 m N",
    "38N E=612345 N=4412345",
    "38N easting 612345 northing 4412345",
    "38N 612345,0 4412345,0",
    "38N 612345,4412345",
    "38N 612345, 4412345",
    "38N 612345;4412345",
]


@pytest.mark.parametrize("text", UTM_FORMS)
def test_utm_forms_match_pyproj(text):
    details = parse_coordinate_details(text, default_zone=37)  # the zone written wins
    assert details.fmt == "utm" and not details.default_zone_used
    assert (details.crs, details.zone, details.easting, details.northing) == (
        "EPSG:32638",
        38,
        612345.0,
        4412345.0,
    )
    assert metres(details.point, UTM_POINT) < 1e-3


@pytest.mark.parametrize(
    "text",
    [
        "612345 4412345",
        "612345,4412345",
        "E 612345 N 4412345",
        "612345E 4412345N",
        "612345mE 4412345mN",
    ],
)
def test_default_zone_completes_a_pair_that_reads_as_nothing_else(text):
    details = parse_coordinate_details(text, default_zone=38)
    assert details.fmt == "utm" and details.default_zone_used and details.zone == 38
    assert metres(details.point, UTM_POINT) < 1e-3
    assert refused(text).code == "zone_missing"


def test_band_letter_utm_matches_pyproj():
    details = parse_coordinate_details("38T 612345 4442771")
    assert metres(details.point, LonLat(*ZONE38.transform(612345.0, 4442771.0))) < 1e-3
    assert refused("38T 612345 4412345").code == "band_mismatch"


@pytest.mark.parametrize(
    "text",
    ["38SNK 12345 12345", "38SNK1234512345", "38snk 12345 12345", "38 S NK 12345 12345"],
)
def test_mgrs_details(text):
    details = parse_coordinate_details(text)
    assert (details.fmt, details.crs, details.zone) == ("mgrs", "EPSG:32638", 38)
    assert (details.easting, details.northing) == pytest.approx((512345.0, 4412345.0), abs=1e-6)
    assert metres(details.point, LonLat(*ZONE38.transform(512345.0, 4412345.0))) < 1e-3


GK_FORMS = [
    "X=4430293 Y=8664944",
    "Х=4430293 У=8664944",  # Cyrillic Х and У
    "х=4430293, у=8664944",
    "СК-42 X=4430293 Y=8664944",
    "СК-42 Х=4430293 У=8664944",
    "SK-42 X=4430293 Y=8664944",
    "CK-42: X=4430293 Y=8664944",
    "Pulkovo 1942 X=4430293 Y=8664944",
    "x=4430293, y=8664944",
    "X 4430293 Y 8664944",
    "X: 4430293; Y: 8664944",
    "Y=8664944 X=4430293",
    "X=4430293,0 Y=8664944,0",
    "X=4430293.0, Y=8664944.0",
]


@pytest.mark.parametrize("text", GK_FORMS)
def test_gauss_kruger_forms(text):
    details = parse_coordinate_details(text, default_zone=38)
    expected, _, _ = gk_by_pyproj(GK_X, GK_Y)
    assert details.fmt == "gk" and (details.easting, details.northing) == (GK_Y, GK_X)
    assert metres(details.point, expected) < 1e-6


@pytest.mark.parametrize(
    "lon, lat",
    [(44.8, 41.7), (49.87, 40.41), (45.0, 43.0), (37.6, 55.75), (30.5, 50.45), (76.9, 43.25)],
)
def test_gauss_kruger_elsewhere_matches_pyproj(lon, lat):
    """Tbilisi, Baku, the North Caucasus, Moscow, Kyiv, Almaty: written by pyproj itself."""
    zone = int(lon // 6) + 1
    crs = f"EPSG:{28400 + zone}"
    area = AreaOfInterest(lon - 0.01, lat - 0.01, lon + 0.01, lat + 0.01)
    best = TransformerGroup("EPSG:4326", crs, always_xy=True, area_of_interest=area).transformers[0]
    y, x = best.transform(lon, lat)
    text = f"X={x:.3f} Y={y:.3f}"
    details = parse_coordinate_details(text)
    assert details.zone == zone
    assert metres(details.point, LonLat(lon, lat)) < 0.01
    expected, description, accuracy = gk_by_pyproj(float(f"{x:.3f}"), float(f"{y:.3f}"))
    assert metres(details.point, expected) < 1e-6
    assert details.accuracy_m == accuracy and details.transformation in description
    assert co.format_gk(lon, lat, decimals=3) == text


def test_format_gk_zone_and_transformation():
    aghdam, _, _ = gk_by_pyproj(GK_X, GK_Y)
    assert co.format_gk(aghdam.lon, aghdam.lat) == "X=4430293 Y=8664944"
    assert co.format_coordinate(aghdam.lon, aghdam.lat, "gk") == "X=4430293 Y=8664944"
    assert co.gk_zone(aghdam.lon, aghdam.lat) == 8
    assert (co.gk_zone(41.9, 42.0), co.gk_zone(42.0, 42.0), co.gk_zone(50.0, 40.0)) == (7, 8, 9)
    assert co.gk_zone(-170.0, 65.0) == 32  # 186°-192° east
    description, accuracy = co.gk_transformation(8, aghdam.lon, aghdam.lat)
    assert "Pulkovo 1942 to WGS 84" in description and accuracy > 0
    first = TransformerGroup("EPSG:28408", "EPSG:4326", always_xy=True).transformers[0]
    assert co.gk_transformation(8)[0] in first.description
    for call, code in [
        (lambda: co.gk_zone(3.0, 50.0), "gk_zone_out_of_range"),
        (lambda: co.format_gk(46.93, 39.99, zone=10), "gk_outside_zone"),
        (lambda: co.format_gk(45.0, 20.0), "no_transformation"),  # Arabia: ballpark only
        (lambda: co.gk_transformation(33), "gk_zone_out_of_range"),
    ]:
        with pytest.raises(CoordinateError) as error:
            call()
        assert error.value.code == code


def test_gauss_kruger_near_a_zone_edge():
    """A point written in the neighbouring zone is read up to half a degree beyond the edge."""
    for lon, zone in [(47.8, 9), (48.3, 8), (41.6, 8)]:
        text = co.format_gk(lon, 40.0, zone=zone, decimals=3)
        assert text.split("Y=")[1].startswith(str(zone))
        assert metres(parse_coordinate(text)[0], LonLat(lon, 40.0)) < 0.001
    with pytest.raises(CoordinateError) as error:
        co.format_gk(47.4, 40.0, zone=9)
    assert error.value.code == "gk_outside_zone"


# ---------------------------------------------------------------------------------------------
# Refusals
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, kwargs, code",
    [
        ("", {}, "empty"),
        (None, {}, "empty"),
        ("\u200b", {}, "empty"),
        ("4" * 201, {}, "too_long"),
        ("40.5 46.5 " * 1000, {}, "too_long"),
        ("nan", {}, "not_finite"),
        ("NaN NaN", {}, "not_finite"),
        ("40 -inf", {}, "not_finite"),
        (float("nan"), {}, "not_finite"),
        (float("inf"), {}, "not_finite"),
        # a comma: decimal mark or separator?
        ("40,46", {}, "ambiguous_comma"),
        ("40,5", {}, "ambiguous_comma"),
        ("40,5,46", {}, "ambiguous_comma"),
        # how do unmarked numbers group?
        ("40 02 13 46.75", {}, "ambiguous"),
        ("40 02 13 46", {}, "ambiguous"),
        ("40 46 12", {}, "ambiguous"),
        # S: seconds or south?
        ("40d02m13s 46d45m00s", {}, "ambiguous"),
        ("40°02'13S 46°45'E", {}, "ambiguous"),
        # a letter set apart: whose is it?
        ("40.5 N 46.5", {}, "ambiguous"),
        ("40.5 46.5 N", {}, "ambiguous"),
        ("E 40.5 46.5", {}, "ambiguous"),
        # compact or NMEA: DD with leading zeros too, or UTM with the default zone
        ("0046.5E 40N", {}, "ambiguous"),
        ("400213 0464500", {"default_zone": 38}, "ambiguous"),
        ("0464500E 400213N", {"default_zone": 38}, "ambiguous"),  # or easting, northing
        ("E 500000 N 0", {"default_zone": 38}, "ambiguous"),  # 50°00'00" E 0° N?
        ("N 4412345 E 612345", {"default_zone": 38}, "zone_missing"),  # easting first
        ("400213 0464500", {}, "compact_needs_hemisphere"),
        ("4002.224 04645.000", {"default_zone": 38}, "compact_needs_hemisphere"),
        ("Lat 400213 Lon 0464500", {}, "compact_needs_hemisphere"),
        ("400275N 0464500E", {}, "seconds_out_of_range"),
        ("4075.5N 04645E", {}, "minutes_out_of_range"),
        # Gauss–Krüger
        ("4430293 8664944", {"default_zone": 38}, "gk_needs_labels"),
        ("8664944, 4430293", {}, "gk_needs_labels"),
        ("СК-42 40.5 46.5", {}, "gk_needs_labels"),
        ("X=4430293", {}, "gk_needs_labels"),
        ("X=4430293 Y=8664944 Y=8664945", {}, "gk_needs_labels"),
        ("X=4430293 Y=8664944 N", {}, "gk_needs_labels"),
        ("X=4430293 Y=664944", {}, "gk_zone_missing"),
        ("X=4430293 Y=38664944", {}, "gk_zone_out_of_range"),
        ("X=4430293 Y=2664944", {}, "gk_zone_out_of_range"),
        ("X=4430293 Y=9164944", {}, "gk_outside_zone"),
        ("X=100 Y=8500000", {}, "no_transformation"),
        ("X=-4430293 Y=8664944", {}, "northing_out_of_range"),
        # UTM
        ("38N 612345", {}, "incomplete"),
        ("Zone 612345 4412345", {}, "zone_missing"),
        ("38N 60000 4400000", {}, "easting_out_of_range"),
        ("38N 6000 4400000", {}, "easting_out_of_range"),
        ("61N 612345 4412345", {}, "zone_out_of_range"),
        ("612345 4412345", {"default_zone": 61}, "zone_out_of_range"),
        # letters and labels that disagree
        ("Lat 46.75 E Lon 40.03", {}, "hemisphere_conflict"),
        ("Lat 40.03 Lat 46.75", {}, "hemisphere_conflict"),
        ("40.5 Ş 46.5 E", {}, "ambiguous_hemisphere"),
        # text that is not a coordinate
        ("abc", {}, "unrecognised"),
        ("40.5 46.5 #", {}, "unrecognised"),
        ("40. 46.", {}, "unrecognised"),
        ("40 - 46", {}, "unrecognised"),
        ("٤٠ ٤٦", {}, "unrecognised"),  # Arabic-Indic digits are not read
        ("40.5\x0046.5", {}, "unrecognised"),
        ("1 " * 30, {}, "unrecognised"),
        ("1," * 100, {}, "unrecognised"),
        ("40.5 46.5 38 12", {}, "bad_dms"),  # 40.5 46.5 as degrees and minutes?
    ],
)
def test_refused(text, kwargs, code):
    assert refused(text, **kwargs).code == code


def test_ambiguous_messages_show_the_readings_and_how_to_write_each():
    error = refused("40d02m13s 46d45m00s")
    assert "40.0369° N 46.75° E" in error.detail and "40.0369° S 46.75° E" in error.detail
    assert "40°02'13.0\"N 46°45'00.0\"E" in error.detail  # an unambiguous way to write it
    for fmt, lon, lat, label in error.values["readings"]:
        assert fmt == "dms" and isinstance(label, str)
        assert parse_coordinate(co.format_dms(lon, lat, 3))[0] == pytest.approx(
            LonLat(lon, lat), abs=1e-6
        )
    error = refused("40,46")
    assert "40° N 46° E" in error.detail and "semicolon" in error.detail


def test_unrecognised_text_lists_the_accepted_forms():
    error = refused("hello world")
    for example in ("40°02'13\"N", "400213N 0464500E", "38N 612345 4412345", "X=4430293 Y=8664944"):
        assert example in error.detail


def test_gauss_kruger_messages_say_what_to_write():
    assert "X=4430293 Y=8664944" in refused("4430293 8664944").detail
    assert "Y=8664944" in refused("X=4430293 Y=664944").detail


def test_default_zone_pairs_are_written_easting_first():
    """Without a zone, N/E labels must come easting first: 400213N 0464500E is compact DMS,
    never UTM northing/easting in the default zone (issue 14). Written longitude first it is
    both, and refused unless there is no default zone."""
    point, fmt = parse_coordinate("400213N 0464500E", default_zone=38)
    assert fmt == "dms" and point == pytest.approx(LonLat(46.75, LAT_DMS), abs=1e-12)
    point, fmt = parse_coordinate("0464500E 400213N")
    assert fmt == "dms" and point == pytest.approx(LonLat(46.75, LAT_DMS), abs=1e-12)
    assert parse_coordinate("38N N 4412345 E 612345")[0] == pytest.approx(UTM_POINT, abs=1e-8)


def test_parse_coordinate_returns_the_details_point_and_format():
    for text in ("40.5 46.5", "38N 612345 4412345", "38SNK 1 1", "X=4430293 Y=8664944"):
        details = parse_coordinate_details(text)
        assert parse_coordinate(text) == (details.point, details.fmt)
    details = parse_coordinate_details("40.5 46.5")
    assert (details.zone, details.easting, details.transformation) == (None, None, None)
    with pytest.raises(AttributeError):
        details.fmt = "utm"  # frozen


def test_decimal_comma_never_separates_when_it_can_be_a_decimal_mark():
    # With the commas as decimal marks this is a good DD pair: never UTM zone 40 (issue 14).
    details = parse_coordinate_details("40,123456 46,750000", default_zone=38)
    assert details.fmt == "dd"
    # Read as one number the comma gives nothing, so it separates.
    assert parse_coordinate("612345,4412345", default_zone=38)[1] == "utm"
    assert math.isclose(parse_coordinate("40,5 46")[0].lat, 40.5)
