"""Bearings (core/traverse/bearings.py): every unit to degrees, and bearings as written
(issue 14, item 3): read, refused with the reason, written back."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from landrelease.core import traverse as tv
from landrelease.core.traverse import BearingError, TraverseError, format_bearing, parse_bearing

from .factories import angle_diff


def test_to_degrees_every_unit():
    assert tv.to_degrees(90, "deg") == 90.0
    assert tv.to_degrees(1600, "mil6400") == 90.0
    assert tv.to_degrees(4800, "mil6400") == 270.0
    assert tv.to_degrees(1500, "mil6000") == 90.0
    assert tv.to_degrees(3000, "mil6000") == 180.0
    assert tv.to_degrees(100, "gon") == 90.0
    assert tv.to_degrees(0, "gon") == 0.0
    assert tv.to_degrees(1, "mil6400") == pytest.approx(0.05625)
    assert tv.to_degrees(359.999, "deg") == 359.999


@pytest.mark.parametrize(
    "value, unit, code",
    [
        (6500, "mil6400", "bearing_out_of_range"),
        (6400, "mil6400", "bearing_out_of_range"),
        (6000, "mil6000", "bearing_out_of_range"),
        (360, "deg", "bearing_out_of_range"),
        (400, "gon", "bearing_out_of_range"),
        (-1, "deg", "bearing_out_of_range"),
        (float("nan"), "deg", "bearing_not_numeric"),
        (10, "mils", "unknown_unit"),
    ],
)
def test_to_degrees_rejects(value, unit, code):
    with pytest.raises(TraverseError) as error:
        tv.to_degrees(value, unit)
    assert error.value.code == code
    assert error.value.seq is None
    assert str(error.value)


def test_unit_index_constants():
    assert tv.ANGLE_UNITS.index("gon") == 3
    assert tv.NORTHS.index("magnetic") == 2
    assert tv.FULL_CIRCLE == {"deg": 360.0, "mil6400": 6400.0, "mil6000": 6000.0, "gon": 400.0}
    assert tv.PERIMETER_TYPES == ("start", "turning", "intermediate", "end")


@pytest.mark.parametrize(
    "text, unit, degrees",
    [
        ("12-50", "mil6000", 75.0),
        ("0-75", "mil6000", 4.5),
        ("59-99", "mil6000", 359.94),
        ("12–50", "mil6000", 75.0),  # an en dash, as word processors write it
        (" 12 - 50 ", "mil6000", 75.0),
        ("1250", "mil6000", 75.0),
        ("1250,5", "mil6000", 75.03),
        ("1600", "mil6400", 90.0),
        ("1333.5", "mil6400", 75.009375),
        ("6.100", "mil6000", 0.366),  # 6100 would be beyond the circle: only one reading
        ("100", "gon", 90.0),
        ("83,33", "gon", 74.997),
        ("83.333", "gon", 74.9997),
        ("45", "deg", 45.0),
        ("045", "deg", 45.0),
        ("45.5", "deg", 45.5),
        ("45,5", "deg", 45.5),
        ("75.0°", "deg", 75.0),
        ("45°30'", "deg", 45.5),
        ("45°30'36\"", "deg", 45.51),
        ("45 30 36", "deg", 45.51),
        ("45 30", "deg", 45.5),
        ("45 30 36.9", "deg", 45 + 30 / 60 + 36.9 / 3600),
        ("45°30,5'", "deg", 45 + 30.5 / 60),
        ("45 гр. 30 мин.", "deg", 45.5),
        ("45 гр 30 мин 36 сек", "deg", 45.51),
        ("45° 30′ 36″", "deg", 45.51),
        ("45º30’36”", "deg", 45.51),
        ("45˚30'36''", "deg", 45.51),
        ("45d30m36s", "deg", 45.51),
        ("45 deg 30 min 36 sec", "deg", 45.51),
        ("45\u00a030\u202f36", "deg", 45.51),  # no-break and narrow no-break spaces
        ("N45E", "deg", 45.0),
        ("n45e", "deg", 45.0),
        ("S30°W", "deg", 210.0),
        ("S45°30'E", "deg", 134.5),
        ("N 30 W", "deg", 330.0),
        ("N0E", "deg", 0.0),
        ("N0W", "deg", 0.0),
        ("S0E", "deg", 180.0),
        ("N90W", "deg", 270.0),
        ("S90E", "deg", 90.0),
        ("0", "deg", 0.0),
        ("359.99", "deg", 359.99),
    ],
)
def test_parse_bearing_reads_what_is_written(text, unit, degrees):
    assert parse_bearing(text, unit) == pytest.approx(degrees, abs=1e-12)


@pytest.mark.parametrize(
    "value, unit, degrees",
    [(45, "deg", 45.0), (1250, "mil6000", 75.0), (1600.0, "mil6400", 90.0), (50, "gon", 45.0)],
)
def test_parse_bearing_takes_numbers_in_the_unit(value, unit, degrees):
    assert parse_bearing(value, unit) == degrees
    assert tv.parse_bearing_value(value, unit) == value


@pytest.mark.parametrize(
    "text, unit, code",
    [
        ("", "deg", "bearing_missing"),
        ("   ", "mil6000", "bearing_missing"),
        (None, "deg", "bearing_missing"),
        (float("nan"), "deg", "bearing_not_numeric"),
        (float("inf"), "mil6000", "bearing_not_numeric"),
        (True, "deg", "bearing_not_numeric"),
        ("nan", "deg", "bearing_not_numeric"),
        ("inf", "gon", "bearing_not_numeric"),
        ("1e2", "deg", "bearing_not_numeric"),  # no exponents
        ("45abc", "deg", "bearing_not_numeric"),
        ("45°30'x", "deg", "bearing_not_numeric"),
        ("45 30 36 12", "deg", "bearing_not_numeric"),
        ("45.", "deg", "bearing_not_numeric"),
        ("+45", "deg", "bearing_not_numeric"),
        ("45, 30", "deg", "bearing_not_numeric"),
        ("NE", "deg", "bearing_not_numeric"),
        ("45-30-36", "deg", "bearing_not_numeric"),
        ("12 50", "mil6000", "bearing_not_numeric"),  # a space inside a number of mils
        ("x" * 41, "deg", "bearing_too_long"),
        ("-45", "deg", "bearing_negative"),
        ("−45", "deg", "bearing_negative"),  # the minus sign
        ("-12-50", "mil6000", "bearing_negative"),
        (-5, "deg", "bearing_out_of_range"),
        ("360", "deg", "bearing_out_of_range"),
        ("360°", "deg", "bearing_out_of_range"),
        ("400", "gon", "bearing_out_of_range"),
        ("6400", "mil6400", "bearing_out_of_range"),
        ("6000", "mil6000", "bearing_out_of_range"),
        ("60-00", "mil6000", "bearing_out_of_range"),
        ("75-00", "mil6000", "bearing_out_of_range"),
        (6000, "mil6000", "bearing_out_of_range"),
        ("45 60", "deg", "bearing_minutes_seconds"),
        ("45°30'60\"", "deg", "bearing_minutes_seconds"),
        ("45°75'", "deg", "bearing_minutes_seconds"),
        ("45.5°30'", "deg", "bearing_decimal_not_last"),
        ("45 30.5 36", "deg", "bearing_decimal_not_last"),
        ("30'45°", "deg", "bearing_dms_order"),
        ('45 30"', "deg", "bearing_dms_order"),
        ("30'", "deg", "bearing_dms_order"),
        ("N95E", "deg", "bearing_quadrant_range"),
        ("S90°30'W", "deg", "bearing_quadrant_range"),
        ("12-50", "deg", "bearing_soviet_form"),
        ("12-50", "mil6400", "bearing_soviet_form"),
        ("12-50", "gon", "bearing_soviet_form"),
        ("12-150", "mil6000", "bearing_bad_soviet_form"),
        ("12-5", "mil6000", "bearing_bad_soviet_form"),
        ("123-50", "mil6000", "bearing_bad_soviet_form"),
        ("12-50.5", "mil6000", "bearing_bad_soviet_form"),
        ("45°", "mil6400", "bearing_unit_mismatch"),
        ("45°30'", "gon", "bearing_unit_mismatch"),
        ("N45E", "mil6000", "bearing_unit_mismatch"),
        ("1250 m", "mil6000", "bearing_unit_mismatch"),
        ("1,250", "mil6400", "bearing_ambiguous"),
        ("1.250", "mil6000", "bearing_ambiguous"),
        ("45", "grad", "unknown_unit"),
        ("45", None, "unknown_unit"),
    ],
)
def test_parse_bearing_refuses(text, unit, code):
    with pytest.raises(BearingError) as error:
        parse_bearing(text, unit)
    assert error.value.code == code, str(error.value)
    assert isinstance(error.value, ValueError) and isinstance(error.value, TraverseError)
    assert error.value.detail and error.value.seq is None
    if code in tv.BEARING_ERROR_CODES:
        assert code in tv.ERROR_CODES


def test_bearing_refusals_say_why():
    def message(text, unit):
        with pytest.raises(BearingError) as error:
            parse_bearing(text, unit)
        return error.value

    assert "mil6000" in str(message("12-50", "deg"))
    assert "mil6000" in str(message("12-50", "mil6400"))
    assert "north is 0" in str(message("60-00", "mil6000"))
    assert message("60-00", "mil6000").value == 6000.0  # a number: the dialog formats it
    assert message("-12-50", "mil6000").value == -1250.0
    assert message("N95E", "deg").value == 95.0
    assert "1250" in str(message("1,250", "mil6400"))
    assert "12-50" in str(message("oops", "mil6000"))  # shows the accepted forms


@pytest.mark.parametrize(
    "degrees, unit, text",
    [
        (75.0, "deg", "75.0°"),
        (75.0, "mil6400", "1333"),
        (75.0, "mil6000", "12-50"),
        (75.0, "gon", "83.33"),
        (4.5, "mil6000", "0-75"),
        (0.0, "mil6000", "0-00"),
        (359.9999, "mil6000", "0-00"),  # 5999.998 mils round to the full circle: north
        (5999.6 * 0.06, "mil6000", "0-00"),
        (359.97, "deg", "0.0°"),
        (-90.0, "deg", "270.0°"),
        (359.99, "gon", "399.99"),
        (359.9999, "gon", "0.00"),
    ],
)
def test_format_bearing(degrees, unit, text):
    assert format_bearing(degrees, unit) == text


def test_format_bearing_decimals_and_refusals():
    assert format_bearing(45.51, "deg", 2) == "45.51°"
    assert format_bearing(75.0, "mil6400", 1) == "1333.3"
    assert format_bearing(75.0, "gon", 0) == "83"
    with pytest.raises(ValueError):
        format_bearing(75.0, "mil6000", 1)  # Soviet mils are whole mils
    with pytest.raises(BearingError):
        format_bearing(float("nan"), "deg")
    with pytest.raises(BearingError):
        format_bearing(75.0, "mils")


HALF_STEP = {"deg": 0.05, "mil6400": 0.5 * 360 / 6400, "mil6000": 0.5 * 0.06, "gon": 0.005 * 0.9}


@settings(max_examples=300, deadline=None)
@given(st.floats(0.0, 360.0, exclude_max=True), st.sampled_from(tv.ANGLE_UNITS))
def test_format_then_parse_gives_the_bearing_back(degrees, unit):
    text = format_bearing(degrees, unit)
    back = parse_bearing(text, unit)
    assert 0.0 <= back < 360.0
    assert abs(angle_diff(back, degrees)) <= HALF_STEP[unit] + 1e-9, text


@settings(max_examples=300, deadline=None)
@given(
    st.integers(0, 359),
    st.integers(0, 59),
    st.floats(0.0, 59.99, allow_nan=False),
    st.sampled_from(
        ["{d}°{m}'{s}\"", "{d} {m} {s}", "{d}° {m}′ {s}″", "{d} гр. {m} мин. {s} сек."]
    ),
)
def test_dms_text_reads_as_its_degrees(d, m, s, pattern):
    seconds = f"{s:.2f}"
    text = pattern.format(d=d, m=m, s=seconds)
    assert parse_bearing(text, "deg") == pytest.approx(d + m / 60 + float(seconds) / 3600)
    comma = text.replace(f"{seconds}", seconds.replace(".", ","))
    assert parse_bearing(comma, "deg") == parse_bearing(text, "deg")


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 5999))
def test_every_soviet_bearing_reads_as_its_mils(mils):
    text = f"{mils // 100}-{mils % 100:02d}"
    assert tv.parse_bearing_value(text, "mil6000") == mils
    assert parse_bearing(text, "mil6000") == pytest.approx(mils * 0.06)
    assert format_bearing(parse_bearing(text, "mil6000"), "mil6000") == text
