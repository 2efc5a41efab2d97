"""Pulkovo 1942 Gauss–Krüger (core/coordinates/gauss_kruger.py), against pyproj: the issue's
Aghdam point, the forms read, other places, a zone's edge, what the refusals say."""

from __future__ import annotations

import pytest
from pyproj import Transformer
from pyproj.transformer import AreaOfInterest, TransformerGroup

from landrelease.core import coordinates as co
from landrelease.core.coordinates import (
    CoordinateError,
    LonLat,
    parse_coordinate,
    parse_coordinate_details,
)

from .factories import GK_X, GK_Y, gk_by_pyproj, metres, refused


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


def test_gauss_kruger_messages_say_what_to_write():
    assert "X=4430293 Y=8664944" in refused("4430293 8664944").detail
    assert "Y=8664944" in refused("X=4430293 Y=664944").detail
