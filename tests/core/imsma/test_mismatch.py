"""The cross-check of point lists against their GeoJSON geometry (core/imsma/mismatch.py):
agreement within 1 m, and the likely cause of every slip."""

from __future__ import annotations

import dataclasses
import math

import pyproj
import pytest
import shapely
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from landrelease.core import imsma

from .factories import METRES_PER_DEGREE, PENTAGON_AGD, star


def csv_rows(polygon, imsma_id="HZ-1"):
    """The point list of ``polygon`` as the export writes it, with line numbers."""
    rows = imsma.point_list(polygon.exterior.coords, imsma_id)
    for r in rows:
        r.line = r.point_no + 1
    return rows


def edited(rows, **changes):
    """Copies of ``rows`` with (lon, lat) -> changes['fn'](lon, lat) at changes['at']."""
    fn, at = changes["fn"], changes.get("at")
    out = []
    for r in rows:
        r = dataclasses.replace(r)
        if at is None or r.point_no in at:
            r.longitude, r.latitude = fn(r.longitude, r.latitude)
        out.append(r)
    return out


def test_cross_check_agrees_whatever_the_start_and_direction():
    rows = csv_rows(PENTAGON_AGD)
    assert imsma.cross_check("HZ-1", [rows], PENTAGON_AGD) is None
    reversed_rows = [dataclasses.replace(r, point_no=6 - r.point_no) for r in rows]
    assert imsma.cross_check("HZ-1", [reversed_rows], PENTAGON_AGD) is None
    rotated = [dataclasses.replace(r, point_no=(r.point_no + 1) % 5 + 1) for r in rows]
    assert imsma.cross_check("HZ-1", [rotated], PENTAGON_AGD) is None
    closed = rows + [dataclasses.replace(rows[0], point_no=6)]  # a repeated closing point
    assert imsma.cross_check("HZ-1", [closed], PENTAGON_AGD) is None


def test_cross_check_tolerance_is_one_metre():
    rows = csv_rows(PENTAGON_AGD)
    north = 1.0 / METRES_PER_DEGREE
    near = edited(rows, fn=lambda lon, lat: (lon, lat + 0.9 * north), at={3})
    assert imsma.cross_check("HZ-1", [near], PENTAGON_AGD) is None
    # 35 m north of the northernmost vertex (point 1): its nearest boundary point is itself.
    far = edited(rows, fn=lambda lon, lat: (lon, lat + 35 * north), at={1})
    found = imsma.cross_check("HZ-1", [far], PENTAGON_AGD)
    assert found.cause == imsma.UNKNOWN and not found.whole
    assert (found.point_nos, found.lines) == ((1,), (2,))
    lon, lat = rows[0].longitude, rows[0].latitude
    metres = pyproj.Geod(ellps="WGS84").inv(lon, lat, lon, lat + 35 * north)[2]  # about 34.9
    assert found.distance_m == pytest.approx(metres, rel=0.003)
    assert found.values == {"point_no": 1, "line": 2, "distance_m": f"{found.distance_m:.1f}"}
    assert imsma.CAUSES[found.cause].format(**found.values) == (
        f"unknown: point 1 (line 2) lies {found.distance_m:.1f} m from the GeoJSON boundary"
    )


def test_swapped_columns_diagnosed_and_distance_geodesic():
    rows = csv_rows(PENTAGON_AGD)
    found = imsma.cross_check("HZ-1", [edited(rows, fn=lambda lon, lat: (lat, lon))], PENTAGON_AGD)
    assert found.cause == imsma.SWAPPED and found.whole
    assert found.point_nos == (1, 2, 3, 4, 5) and found.lines == (2, 3, 4, 5, 6)
    # Independent: the ellipsoidal distance from each swapped point to the nearest vertex
    # (the polygon is 300 m wide, the points about 900 km away).
    geod = pyproj.Geod(ellps="WGS84")
    farthest = max(
        min(
            geod.inv(r.latitude, r.longitude, lon, lat)[2]
            for lon, lat in PENTAGON_AGD.exterior.coords
        )
        for r in rows
    )
    assert found.distance_m == pytest.approx(farthest, rel=0.005)
    assert 900_000 < found.distance_m < 960_000


@pytest.mark.parametrize(
    "cause, fn, at",
    [
        (imsma.SIGN_LONGITUDE, lambda lon, lat: (-lon, lat), None),
        (imsma.SIGN_LATITUDE, lambda lon, lat: (lon, -lat), None),
        (imsma.SIGN_BOTH, lambda lon, lat: (-lon, -lat), None),
        (imsma.SIGN_LONGITUDE, lambda lon, lat: (-lon, lat), {2, 4}),
        (imsma.SWAPPED, lambda lon, lat: (lat, lon), {3}),
    ],
)
def test_lost_signs_diagnosed_whole_or_at_points(cause, fn, at):
    # Bogotá area, where longitudes are west (negative): an export without its minus signs.
    polygon = star(-74.1, 4.6, 200.0, [0.2, 1.7, 3.3, 4.6], [1.0, 1.1, 0.9, 1.0])
    rows = csv_rows(polygon, "CO-1")
    found = imsma.cross_check("CO-1", [edited(rows, fn=fn, at=at)], polygon)
    assert found.cause == cause
    assert found.whole == (at is None)
    assert found.point_nos == (tuple(sorted(at)) if at else (1, 2, 3, 4))


def degrees_minutes(value, seconds=False):
    """40.585333 -> 40.3512 (DD.MMmm), or 40.3507 (DD.MMSS)."""
    sign, a = math.copysign(1, value), abs(value)
    d = math.floor(a)
    minutes = (a - d) * 60
    if not seconds:
        return sign * (d + minutes / 100)
    m = math.floor(minutes)
    return sign * (d + m / 100 + (minutes - m) * 60 / 10_000)


def test_degrees_minutes_written_as_decimals_diagnosed():
    assert degrees_minutes(40 + 35.12 / 60) == pytest.approx(40.3512)
    assert degrees_minutes(40 + 35 / 60 + 7 / 3600, seconds=True) == pytest.approx(40.3507)
    rows = csv_rows(PENTAGON_AGD)
    dm = edited(rows, fn=lambda lon, lat: (degrees_minutes(lon), degrees_minutes(lat)))
    assert imsma.cross_check("HZ-1", [dm], PENTAGON_AGD).cause == imsma.DEGREES_MINUTES
    dms = edited(rows, fn=lambda lon, lat: (degrees_minutes(lon, True), degrees_minutes(lat, True)))
    assert imsma.cross_check("HZ-1", [dms], PENTAGON_AGD).cause == imsma.DEGREES_MINUTES_SECONDS


def test_another_datum_diagnosed_as_a_constant_shift():
    # The point list in Pulkovo 1942 degrees, the GeoJSON in WGS 84 (PROJ's transformation).
    to_pulkovo = pyproj.Transformer.from_crs("EPSG:4326", "EPSG:4284", always_xy=True)
    rows = csv_rows(PENTAGON_AGD)
    pulkovo = edited(rows, fn=lambda lon, lat: to_pulkovo.transform(lon, lat))
    found = imsma.cross_check("HZ-1", [pulkovo], PENTAGON_AGD)
    assert found.cause == imsma.SHIFTED and found.whole
    lon0, lat0 = PENTAGON_AGD.centroid.x, PENTAGON_AGD.centroid.y
    azimuth, _back, metres = pyproj.Geod(ellps="WGS84").inv(
        lon0, lat0, *to_pulkovo.transform(lon0, lat0)
    )
    assert float(found.values["shift_m"]) == pytest.approx(metres, abs=0.5)
    assert float(found.values["bearing_deg"]) == pytest.approx(azimuth % 360, abs=1.0)
    assert 90 < metres < 115  # Pulkovo 1942 is about 100 m from WGS 84 in Azerbaijan


def test_a_shift_beyond_any_datum_is_not_called_one():
    rows = csv_rows(PENTAGON_AGD)
    found = imsma.cross_check(
        "HZ-1", [edited(rows, fn=lambda lon, lat: (lon + 20.0, lat))], PENTAGON_AGD
    )
    assert found.cause == imsma.MOVED and found.whole
    assert found.values["bearing_deg"] == "90"
    metres = float(found.values["shift_m"].replace(" ", ""))
    assert metres == pytest.approx(20.0 * 111_412.84 * math.cos(math.radians(40.02)), rel=0.001)
    assert (
        imsma.CAUSES[imsma.MOVED]
        .format(**found.values)
        .startswith(
            f"every point moved by the same {found.values['shift_m']} m towards 90°, too far for"
        )
    )


def test_point_order_missing_points_and_parts_diagnosed():
    rows = csv_rows(PENTAGON_AGD)
    exchanged = [
        dataclasses.replace(r, point_no={2: 3, 3: 2}.get(r.point_no, r.point_no)) for r in rows
    ]
    found = imsma.cross_check("HZ-1", [exchanged], PENTAGON_AGD)
    assert found.cause == imsma.POINT_ORDER
    missing = [r for r in rows if r.point_no != 4]
    found = imsma.cross_check("HZ-1", [missing], PENTAGON_AGD)
    assert found.cause == imsma.MISSING_POINTS and found.values["count"] == 1
    assert (float(found.values["lon"]), float(found.values["lat"])) == pytest.approx(
        (rows[3].longitude, rows[3].latitude), abs=2e-6
    )
    other = star(46.95, 40.02, 50.0, [0.0, 2.0, 4.0], [1.0, 1.0, 1.0])
    two_parts = shapely.MultiPolygon([PENTAGON_AGD, other])
    found = imsma.cross_check("HZ-1", [rows], two_parts)
    assert found.cause == imsma.PARTS and found.values == {"csv_parts": 1, "geojson_parts": 2}
    assert imsma.cross_check("HZ-1", [rows, csv_rows(other, "HZ-1#2")], two_parts) is None


places = st.tuples(st.floats(-170, 170), st.floats(-70, 70))


@st.composite
def shapes(draw):
    """(radius in m, angles, stretches) of a simple star-shaped polygon of 3 to 9 vertices."""
    n = draw(st.integers(3, 9))
    jitter = st.floats(-0.3, 0.3)
    angles = [2 * math.pi * (k + draw(jitter)) / n for k in range(n)]
    stretch = draw(st.lists(st.floats(0.6, 1.4), min_size=n, max_size=n))
    return draw(st.floats(20.0, 3000.0)), angles, stretch


def random_star(place, shape_):
    (lon0, lat0), (radius, angles, stretch) = place, shape_
    return star(lon0, lat0, radius, angles, stretch)


@settings(max_examples=150, deadline=None)
@given(places, shapes(), st.floats(0.0, 0.45), st.floats(0, 2 * math.pi))
def test_point_lists_within_the_tolerance_agree(place, shape_, move_m, direction):
    polygon = random_star(place, shape_)
    per_lon = METRES_PER_DEGREE * math.cos(math.radians(place[1]))
    dlon = move_m * math.sin(direction) / per_lon
    dlat = move_m * math.cos(direction) / METRES_PER_DEGREE
    rows = edited(csv_rows(polygon), fn=lambda lon, lat: (lon + dlon, lat + dlat))
    assert imsma.cross_check("HZ-1", [rows], polygon) is None


CORRECTABLE = {
    imsma.SWAPPED: lambda lon, lat: (lat, lon),
    imsma.SIGN_LONGITUDE: lambda lon, lat: (-lon, lat),
    imsma.SIGN_LATITUDE: lambda lon, lat: (lon, -lat),
    imsma.SIGN_BOTH: lambda lon, lat: (-lon, -lat),
    imsma.DEGREES_MINUTES: lambda lon, lat: (degrees_minutes(lon), degrees_minutes(lat)),
}


@st.composite
def slip_places(draw):
    """Places where every slip moves the points: degrees with minutes (a fraction between
    0.05 and 0.95: the polygon stays within one degree), not on the equator or the prime
    meridian, a longitude that is a latitude (|lon| < 85) and differs from it."""
    sign = st.sampled_from([-1.0, 1.0])
    fraction = st.floats(0.05, 0.95)
    lon = draw(sign) * (draw(st.integers(0, 84)) + draw(fraction))
    lat = draw(sign) * (draw(st.integers(0, 69)) + draw(fraction))
    assume(abs(lon - lat) > 0.1)
    return lon, lat


@settings(max_examples=200, deadline=None)
@given(slip_places(), shapes(), st.sampled_from(sorted(CORRECTABLE)))
def test_every_correctable_slip_is_named(place, shape_, cause):
    polygon = random_star(place, shape_)
    rows = edited(csv_rows(polygon), fn=CORRECTABLE[cause])
    found = imsma.cross_check("HZ-1", [rows], polygon)
    assert found is not None and found.cause == cause and found.whole
    assert imsma.CAUSES[found.cause]
