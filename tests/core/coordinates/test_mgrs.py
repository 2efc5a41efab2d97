"""MGRS (core/coordinates/mgrs.py): published examples, the forms read, refusals, the
square's corner and centre, round trips."""

from __future__ import annotations

import math

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from pyproj import Transformer

from landrelease.core import coordinates as co
from landrelease.core.coordinates import (
    CoordinateError,
    LonLat,
    parse_coordinate,
    parse_coordinate_details,
)

from .factories import (
    AGHDAM,
    SHUSHA,
    UTM38N,
    ZONE38,
    close,
    error_code,
    lats,
    lons,
    metres,
    metres_apart,
)


def test_mgrs_published_examples():
    # Washington Monument, 18S UJ 23487 06483 ≈ 38.88948 N, 77.03524 W (a few metres apart).
    monument = co.parse_mgrs("18S UJ 23487 06483")
    assert metres_apart(monument, LonLat(-77.03524, 38.88948)) < 5.0
    assert co.format_mgrs(monument.lon, monument.lat) == "18SUJ 23487 06483"
    # hobu/mgrs (GeoTrans): 42° N 93° W is 15TWG0000049776.
    assert co.format_mgrs(-93.0, 42.0) == "15TWG 00000 49776"
    assert metres_apart(co.parse_mgrs("15TWG0000049776"), LonLat(-93.0, 42.0)) < 1.0
    # R mgrs (GeoTrans): the south-west corner of 33UXP04 and a 1 m reference.
    assert close(co.parse_mgrs("33UXP04"), 16.3459269599006, 48.2053484084679, 1e-9)
    assert close(co.parse_mgrs("33UXP0500444996"), 16.4144942785798, 48.2494747750754, 1e-9)
    assert co.format_mgrs(16.41449, 48.24948).replace(" ", "") == "33UXP0500344996"
    # proj4js mgrs: 16.41450 E 48.24949 N is 33UXP0500444997, 33UXP04 at 1 digit.
    assert co.format_mgrs(16.41450, 48.24949).replace(" ", "") == "33UXP0500444997"
    assert co.format_mgrs(16.41450, 48.24949, precision=1) == "33UXP 0 4"
    # geographiclib-mgrs (its test, from GeoConvert): 24XWT783908 in band X (near 84° N) is
    # at 32.664336° W 83.627774° N; our centre of its 100 m square is within 0.4 m of that.
    centre = co.parse_mgrs("24XWT783908", centre=True)
    assert metres_apart(centre, LonLat(-32.664336398663515, 83.6277742673141)) < 1.0
    # GeographicLib: 33VVE7220287839 is UTM 33N 472202 6487839.
    vve = co.parse_mgrs("33VVE7220287839")
    to_33n = Transformer.from_crs("EPSG:4326", "EPSG:32633", always_xy=True)
    easting, northing = to_33n.transform(vve.lon, vve.lat)
    assert (easting, northing) == pytest.approx((472202.0, 6487839.0), abs=1e-6)


def test_geoconvert_published_equivalents():
    """GeographicLib's GeoConvert manual: these texts are all 33.3° N 44.4° E, which is UTM
    38N 444140.54 3684706.36 and lies in MGRS square 38SMB4484 (its centre is what GeoConvert
    reads)."""
    for text in ("33.3 44.4", "E44.4 N33.3", "33d18'N 44d24'E", "44d24 33d18N", "33:18 +44:24"):
        point, _ = parse_coordinate(text)
        assert close(point, 44.4, 33.3, 1e-12), text
    assert co.format_utm(44.4, 33.3, decimals=2) == "38N 444140.54 3684706.36"
    assert metres_apart(parse_coordinate("38n 444140.54 3684706.36")[0], LonLat(44.4, 33.3)) < 0.01
    assert co.format_mgrs(44.4, 33.3, precision=2) == "38SMB 44 84"
    centre = co.parse_mgrs("38SMB4484", centre=True)
    assert UTM38N.transform(centre.lon, centre.lat) == pytest.approx(
        (444500.0, 3684500.0), abs=1e-6
    )


def test_nga_hawaii_example():
    """4Q FJ 12345 67890, the GeoTrans/NGA example, with its published south-west corners at
    1 m, 100 m and 10 km precision."""
    for text, lat, lon in [
        ("4Q FJ 12345 67890", 21.409796671597924, -157.91608117421092),
        ("4Q FJ 123 678", 21.40898645576642, -157.91652127483704),
        ("4Q FJ 1 6", 21.338665624760598, -157.93921670599434),
    ]:
        point, fmt = parse_coordinate(text)
        assert fmt == "mgrs" and close(point, lon, lat, 1e-8), text


def test_mgrs_near_aghdam_and_shusha():
    for town in (AGHDAM, SHUSHA):
        easting, northing = UTM38N.transform(town.lon, town.lat)
        text = co.format_mgrs(town.lon, town.lat)
        head, east, north = text.split()
        assert head[:3] == "38S" and len(head) == 5
        assert east == f"{int(easting) % 100000:05d}" and north == f"{int(northing) % 100000:05d}"
        corner = co.parse_mgrs(text)
        e2, n2 = UTM38N.transform(corner.lon, corner.lat)
        assert (e2, n2) == pytest.approx((math.floor(easting), math.floor(northing)), abs=1e-6)
    # Aghdam: column P (600-700 km, zone 38 uses J-R), row K with the even-zone shift.
    assert co.format_mgrs(AGHDAM.lon, AGHDAM.lat).startswith("38SPK ")
    assert co.format_mgrs(46.93, 40.01).startswith("38TPK ")  # band T north of 40° N


@pytest.mark.parametrize(
    "text",
    ["38SPK 12345 12345", "38SPK1234512345", "38s pk 12345 12345", "38 S PK 12345 12345"],
)
def test_mgrs_forms(text):
    point, fmt = parse_coordinate(text)
    assert fmt == "mgrs"
    assert co.format_mgrs(point.lon, point.lat) == "38SPK 12345 12345"


@pytest.mark.parametrize(
    "text, code",
    [
        ("38TNK 1234 123", "bad_mgrs_digits"),
        ("38SNK 123456 123456", "bad_mgrs_digits"),
        ("38SNK 12345", "bad_mgrs_digits"),
        ("38SNK12 345678", "bad_mgrs_digits"),
        ("38SAK 12345 12345", "bad_mgrs_letters"),  # column A belongs to zones 1, 4, 7…
        ("38SNI 12345 12345", "bad_mgrs_letters"),
        ("38SNW 12345 12345", "bad_mgrs_letters"),
        ("38ONK 12345 12345", "bad_mgrs_letters"),
        ("32XNK 12345 12345", "bad_mgrs_letters"),  # 32X does not exist
        ("31VEE 12345 12345", "bad_mgrs_letters"),  # east half of 31V is 32V
        ("38TNK 12345 12345", "band_mismatch"),  # 39.86° N is band S
        ("38SNA 12345 12345", "band_mismatch"),  # row A is nowhere near band S in zone 38
        ("61SNK 12345 12345", "zone_out_of_range"),
        ("ZAF 12345 12345", "polar"),
        ("38ZNK 12345 12345", "polar"),
    ],
)
def test_mgrs_rejects(text, code):
    assert error_code(text) == code
    assert error_code(text, co.parse_mgrs) == code


def test_mgrs_southern_hemisphere_norway_svalbard_and_limits():
    cape_town = LonLat(18.4241, -33.9249)
    text = co.format_mgrs(cape_town.lon, cape_town.lat)
    assert text.startswith("34H")
    assert metres_apart(co.parse_mgrs(text), cape_town) < 1.5
    assert co.format_mgrs(-47.0, -0.000001).startswith("23M")
    assert co.format_mgrs(-47.0, 0.0).startswith("23N")
    bergen = LonLat(5.3221, 60.3913)
    text = co.format_mgrs(bergen.lon, bergen.lat)
    assert text.startswith("32V")
    assert metres_apart(co.parse_mgrs(text), bergen) < 1.5
    longyearbyen = LonLat(15.6356, 78.2232)
    text = co.format_mgrs(longyearbyen.lon, longyearbyen.lat)
    assert text.startswith("33X")
    assert metres_apart(co.parse_mgrs(text), longyearbyen) < 1.5
    assert co.format_mgrs(10.0, 84.0).startswith("33X")
    for lat in (84.001, -80.001):
        with pytest.raises(CoordinateError) as error:
            co.format_mgrs(10.0, lat)
        assert error.value.code == "polar"
    with pytest.raises(CoordinateError) as error:
        co.format_mgrs(10.0, 10.0, precision=6)
    assert error.value.code == "bad_precision"
    assert co.format_mgrs(AGHDAM.lon, AGHDAM.lat, precision=0) == "38SPK"
    assert co.parse_mgrs("38SPK") == co.parse_mgrs("38SPK 00000 00000")


def test_mgrs_centre_is_half_a_square_from_the_corner():
    corner = co.parse_mgrs("38SPK 123 156")
    centre = co.parse_mgrs("38SPK 123 156", centre=True)
    e1, n1 = UTM38N.transform(corner.lon, corner.lat)
    e2, n2 = UTM38N.transform(centre.lon, centre.lat)
    assert (e2 - e1, n2 - n1) == pytest.approx((50.0, 50.0), abs=1e-6)
    assert co.format_mgrs(centre.lon, centre.lat, precision=3) == "38SPK 123 156"


@settings(max_examples=300, deadline=None)
@given(lons, lats, st.integers(1, 5))
def test_mgrs_round_trip_string_equality(lon, lat, precision):
    text = co.format_mgrs(lon, lat, precision)
    corner = co.parse_mgrs(text)
    # A square across a zone or band edge has its corner in the neighbouring zone or band,
    # where the same place has another name: such squares cannot come back the same.
    assume(-80.0 <= corner.lat <= 84.0)  # band C reaches 80.5° S (GeoTrans), X 84.5° N
    zone, _ = co.utm_zone(corner.lon, corner.lat)
    assume(text.startswith(f"{zone}{co.latitude_band(corner.lat)}"))
    assert co.format_mgrs(corner.lon, corner.lat, precision) == text
    centre, fmt = parse_coordinate(text)
    assert fmt == "mgrs" and centre == corner
    if precision == 5:  # the point is within its 1 m square
        assert metres_apart(corner, LonLat(lon, lat)) < 1.5


@pytest.mark.parametrize(
    "text",
    ["38SNK 12345 12345", "38SNK1234512345", "38snk 12345 12345", "38 S NK 12345 12345"],
)
def test_mgrs_details(text):
    details = parse_coordinate_details(text)
    assert (details.fmt, details.crs, details.zone) == ("mgrs", "EPSG:32638", 38)
    assert (details.easting, details.northing) == pytest.approx((512345.0, 4412345.0), abs=1e-6)
    assert metres(details.point, LonLat(*ZONE38.transform(512345.0, 4412345.0))) < 1e-3
