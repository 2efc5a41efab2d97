"""UTM (core/coordinates/utm.py): zones and their exceptions, the forms read (against pyproj),
the default zone, the letter S, refusals and round trips."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from landrelease.core import coordinates as co
from landrelease.core.coordinates import (
    CoordinateError,
    LonLat,
    parse_coordinate,
    parse_coordinate_details,
)

from .factories import (
    AGHDAM,
    LAT_DMS,
    SHUSHA,
    UTM38N,
    UTM_POINT,
    ZONE38,
    close,
    error_code,
    lats,
    lons,
    metres,
    metres_apart,
    refused,
)


def test_utm_zone_and_exceptions():
    assert co.utm_zone(AGHDAM.lon, AGHDAM.lat) == (38, "N")
    assert co.utm_zone(47.999999, 40.0) == (38, "N")
    assert co.utm_zone(48.0, 40.0) == (39, "N")
    assert co.utm_zone(-180.0, 0.0) == (1, "N")
    assert co.utm_zone(180.0, 0.0) == (1, "N")
    assert co.utm_zone(179.9, -0.1) == (60, "S")
    assert co.utm_zone(0.0, 10.0) == (31, "N")
    assert co.utm_zone(-0.000001, 10.0) == (30, "N")
    # Norway: 32V is widened west to 3° E between 56° and 64° N.
    assert co.utm_zone(5.0, 60.0) == (32, "N")
    assert co.utm_zone(2.9, 60.0) == (31, "N")
    assert co.utm_zone(5.0, 55.9) == (31, "N")
    assert co.utm_zone(5.0, 64.0) == (31, "N")
    assert co.utm_zone(11.9, 63.9) == (32, "N")
    # Svalbard: 31X, 33X, 35X and 37X are widened, 32X, 34X and 36X do not exist.
    assert co.utm_zone(8.9, 78.0) == (31, "N")
    assert co.utm_zone(9.0, 78.0) == (33, "N")
    assert co.utm_zone(20.9, 78.0) == (33, "N")
    assert co.utm_zone(21.0, 78.0) == (35, "N")
    assert co.utm_zone(32.9, 78.0) == (35, "N")
    assert co.utm_zone(33.0, 78.0) == (37, "N")
    assert co.utm_zone(41.9, 78.0) == (37, "N")
    assert co.utm_zone(42.0, 78.0) == (38, "N")
    assert co.utm_zone(10.0, 71.9) == (32, "N")


def test_format_utm_matches_pyproj_near_aghdam_and_shusha():
    for town in (AGHDAM, SHUSHA):
        easting, northing = UTM38N.transform(town.lon, town.lat)
        assert co.format_utm(town.lon, town.lat) == f"38N {easting:.0f} {northing:.0f}"
        text = co.format_utm(town.lon, town.lat, decimals=3)
        assert text == f"38N {easting:.3f} {northing:.3f}"
        point, fmt = parse_coordinate(text)
        assert fmt == "utm"
        assert metres_apart(point, town) < 0.001
    assert co.format_utm(46.313317014132885, 39.85370227844531) == "38N 612345 4412345"


@pytest.mark.parametrize(
    "text",
    [
        "38N 612345 4412345",
        "38 N 612345 4412345",
        "38n 612345 4412345",
        "38N612345 4412345",
        "38N 612345, 4412345",
        "38N 612345,4412345",
        "38N 612345;4412345",
        "38 612345 4412345",
        "38S 612345 4412345",  # latitude band S (32°-40° N), where this point lies
        "38С 612345 4412345",  # Cyrillic С: север
        "38N 612345mE 4412345mN",
        "38N 612345 mE 4412345 mN",
        "38N 612345E 4412345N",
        "38N E612345 N4412345",
        "38N N4412345 E612345",
        "38N 612345.0 4412345.0",
        "38N 612345,0 4412345,0",
    ],
)
def test_parse_utm_forms(text):
    point, fmt = parse_coordinate(text)
    assert fmt == "utm"
    assert close(point, 46.313317014132885, 39.85370227844531, 1e-9)


def test_parse_utm_defaults_and_the_letter_s():
    expected = co.parse_utm("38N 612345 4412345")
    assert co.parse_utm("612345 4412345", default_zone=38) == expected
    assert parse_coordinate("612345 4412345", default_zone=38)[1] == "utm"
    assert error_code("612345 4412345") == "zone_missing"
    # S: band S in a northern programme, the southern hemisphere in a southern one.
    south = co.parse_utm("38S 612345 4412345", default_hemisphere="S")
    assert south.lat < -50 and south == co.parse_utm("38 612345 4412345", default_hemisphere="S")
    assert co.parse_utm("38Ю 612345 4412345") == south
    # A southern northing outside band S is the southern hemisphere whatever the default.
    sydney = LonLat(151.2093, -33.8688)
    text = co.format_utm(sydney.lon, sydney.lat, decimals=3)
    assert text.startswith("56S ")
    assert metres_apart(co.parse_utm(text), sydney) < 0.001
    assert metres_apart(co.parse_utm(text, default_hemisphere="S"), sydney) < 0.001
    # Other band letters are checked against the latitude.
    assert co.parse_utm("38T 612345 4442771") == co.parse_utm("38N 612345 4442771")
    assert error_code("38T 612345 4412345") == "band_mismatch"
    assert co.parse_utm("56H 334000 6252000").lat == pytest.approx(-33.85, abs=0.01)


@pytest.mark.parametrize(
    "text, code",
    [
        ("61N 500000 4400000", "zone_out_of_range"),
        ("0N 500000 4400000", "zone_out_of_range"),
        ("38N 50000 4400000", "easting_out_of_range"),
        ("38N 950000 4400000", "easting_out_of_range"),
        ("38N 500000 10000001", "northing_out_of_range"),
        ("38N 500000 9500000", "polar"),
        ("38T 612345 4412345", "band_mismatch"),
        ("38I 612345 4412345", "bad_hemisphere"),
    ],
)
def test_parse_utm_rejects(text, code):
    assert error_code(text) == code
    assert error_code(text, co.parse_utm) == code


def test_format_utm_zone_override_and_limits():
    text = co.format_utm(AGHDAM.lon, AGHDAM.lat, zone=39, decimals=3)
    assert text.startswith("39N ")
    assert metres_apart(co.parse_utm(text), AGHDAM) < 0.001
    with pytest.raises(CoordinateError) as error:
        co.format_utm(AGHDAM.lon, AGHDAM.lat, zone=61)
    assert error.value.code == "zone_out_of_range"
    for lat in (84.5, -80.5):
        with pytest.raises(CoordinateError) as error:
            co.format_utm(10.0, lat)
        assert error.value.code == "polar"
    with pytest.raises(CoordinateError) as error:
        co.format_utm(10.0, 91.0)
    assert error.value.code == "latitude_out_of_range"
    with pytest.raises(CoordinateError) as error:
        co.format_dd(181.0, 10.0)
    assert error.value.code == "longitude_out_of_range"


@settings(max_examples=200, deadline=None)
@given(lons, lats)
def test_utm_round_trip_to_the_millimetre(lon, lat):
    text = co.format_utm(lon, lat, decimals=3)
    hemisphere = text.split()[0][-1]
    point = co.parse_utm(text, default_hemisphere=hemisphere)
    assert metres_apart(point, LonLat(lon, lat)) < 0.001
    # Whole metres: the string comes back the same (in the zone it was written in: the point
    # read may lie a little across the zone's edge).
    text = co.format_utm(lon, lat)
    point = co.parse_utm(text, default_hemisphere=hemisphere)
    assert co.format_utm(point.lon, point.lat, zone=int(text.split()[0][:-1])) == text


@pytest.mark.parametrize("text", ["Zone 38N 612345 4412345", "UTM 38N 612345 4412345"])
def test_issue_utm_texts(text):
    details = parse_coordinate_details(text, default_zone=38)
    assert details.fmt == "utm" and not details.default_zone_used
    assert metres(details.point, UTM_POINT) < 1e-3


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


def test_default_zone_pairs_are_written_easting_first():
    """Without a zone, N/E labels must come easting first: 400213N 0464500E is compact DMS,
    never UTM northing/easting in the default zone (issue 14). Written longitude first it is
    both, and refused unless there is no default zone."""
    point, fmt = parse_coordinate("400213N 0464500E", default_zone=38)
    assert fmt == "dms" and point == pytest.approx(LonLat(46.75, LAT_DMS), abs=1e-12)
    point, fmt = parse_coordinate("0464500E 400213N")
    assert fmt == "dms" and point == pytest.approx(LonLat(46.75, LAT_DMS), abs=1e-12)
    assert parse_coordinate("38N N 4412345 E 612345")[0] == pytest.approx(UTM_POINT, abs=1e-8)


def test_grid_zone_is_the_plain_six_degree_zone():
    assert co.grid_zone(46.75, 40.0) == (38, "N")
    assert co.grid_zone(5.0, 60.0) == (31, "N")  # utm_zone gives Norway's 32V
    assert co.utm_zone(5.0, 60.0) == (32, "N")
    assert co.grid_zone(180.0, -1.0) == (1, "S")
    assert co.grid_zone(-180.0, 0.0) == (1, "N")
