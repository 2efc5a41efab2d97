"""Texts that can be read two ways are refused, showing each reading and how to write it
(core/coordinates/readings.py); a decimal comma never separates when it can be a decimal mark."""

from __future__ import annotations

import math

import pytest

from landrelease.core import coordinates as co
from landrelease.core.coordinates import LonLat, parse_coordinate, parse_coordinate_details

from .factories import refused


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


def test_decimal_comma_never_separates_when_it_can_be_a_decimal_mark():
    # With the commas as decimal marks this is a good DD pair: never UTM zone 40 (issue 14).
    details = parse_coordinate_details("40,123456 46,750000", default_zone=38)
    assert details.fmt == "dd"
    # Read as one number the comma gives nothing, so it separates.
    assert parse_coordinate("612345,4412345", default_zone=38)[1] == "utm"
    assert math.isclose(parse_coordinate("40,5 46")[0].lat, 40.5)
