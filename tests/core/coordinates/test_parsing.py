"""Issue 14: every coordinate text is read exactly as meant, or refused with its code
(core/coordinates/parsing.py). References: pyproj (PROJ) for UTM and Gauss–Krüger."""

from __future__ import annotations

import pytest

from landrelease.core.coordinates import parse_coordinate, parse_coordinate_details

from .factories import LAT_DMS, LAT_DMS43, refused


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


def test_unrecognised_text_lists_the_accepted_forms():
    error = refused("hello world")
    for example in ("40°02'13\"N", "400213N 0464500E", "38N 612345 4412345", "X=4430293 Y=8664944"):
        assert example in error.detail


def test_parse_coordinate_returns_the_details_point_and_format():
    for text in ("40.5 46.5", "38N 612345 4412345", "38SNK 1 1", "X=4430293 Y=8664944"):
        details = parse_coordinate_details(text)
        assert parse_coordinate(text) == (details.point, details.fmt)
    details = parse_coordinate_details("40.5 46.5")
    assert (details.zone, details.easting, details.transformation) == (None, None, None)
    with pytest.raises(AttributeError):
        details.fmt = "utm"  # frozen
