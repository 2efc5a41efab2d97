"""core.point_rows: rows as typed, how each is read, and pasted lines. No QGIS.

Expected points come from core.coordinates called directly (the one reader of coordinates);
what this module adds is the dialog's settings (input format, default zone) around it.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from landrelease.core import model
from landrelease.core.coordinates import CoordinateError, parse_coordinate
from landrelease.core.point_rows import (
    BEARING,
    COORDINATE,
    GK_INPUT,
    LATLON_INPUT,
    UTM_INPUT,
    InputFormatError,
    RowInput,
    Settings,
    distance_text,
    number,
    parse_pasted_line,
    point_type_code,
    read_coordinate,
    split_bearing,
)

POINT_TYPES = [c.code for c in model.CODE_LISTS["point_type"].codes]


def test_rows_as_typed():
    leg = RowInput(2, "turning", BEARING, bearing="12-50", distance="45")
    assert leg.entered_as == "12-50; 45" and not leg.is_empty()
    point = RowInput(1, "start", COORDINATE, coordinate="38N 600000 4400000")
    assert point.entered_as == "38N 600000 4400000"
    assert RowInput(3, "turning", BEARING, remarks="only a remark").is_empty()


def test_coordinates_are_read_with_the_settings():
    reading = read_coordinate("4430293 8664944", Settings(input_format=GK_INPUT))
    assert (reading.fmt, reading.text, reading.zone) == ("gk", "X=4430293 Y=8664944", 8)
    assert reading.lonlat == parse_coordinate("X=4430293 Y=8664944")[0]

    utm = Settings(input_format=UTM_INPUT, zone=38, hemisphere="N")
    reading = read_coordinate("600000; 4400000", utm)
    assert (reading.fmt, reading.text) == ("utm", "38N 600000 4400000")
    assert reading.lonlat == parse_coordinate("38N 600000 4400000")[0]

    with pytest.raises(InputFormatError) as raised:
        read_coordinate("38N 600000 4400000", Settings(input_format=LATLON_INPUT))
    assert (raised.value.code, raised.value.fmt, raised.value.chosen) == (
        "input_format",
        "utm",
        "latlon",
    )
    assert read_coordinate("40.5 46.5", Settings(input_format=LATLON_INPUT)).fmt == "dd"
    with pytest.raises(CoordinateError) as raised:
        read_coordinate("not a place", Settings())
    assert raised.value.code == "unrecognised"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3400 mil6000 magnetic", ("3400", "mil6000", "magnetic")),
        ("45 deg true", ("45", "deg", "true")),
        ("45 TRUE DEG", ("45", "deg", "true")),
        ("45°30'", ("45°30'", "deg", None)),
        ("12-50", ("12-50", None, None)),
        ("N45E mag", ("N45E", None, "magnetic")),
        ("", ("", None, None)),
    ],
)
def test_split_bearing(text, expected):
    assert split_bearing(text) == expected


def test_numbers_and_distances():
    assert number("45,5") == 45.5 and number(" 45.5 m ") == 45.5
    assert number("nan") is None and number("inf") is None and number("12-50") is None
    assert distance_text("45,5 m") == "45,5" and distance_text("12") == "12"


def test_point_type_names():
    assert point_type_code("TP3") == "turning" and point_type_code("bm") == "benchmark"
    assert point_type_code("Turning point") == "turning"
    assert point_type_code("Dönmə nöqtəsi", {"turning": "Dönmə nöqtəsi"}) == "turning"
    assert point_type_code("Dönmə nöqtəsi") is None
    assert point_type_code("XY") is None and point_type_code("  ") is None


def test_pasted_lines():
    settings = Settings()
    assert parse_pasted_line("No.\tType\tCoordinate", True, settings) is None
    assert parse_pasted_line("1\tSP\t38N 600000 4400000\tpainted stone", True, settings) == {
        "point_type": "start",
        "entry": COORDINATE,
        "coordinate": "38N 600000 4400000",
        "remarks": "painted stone",
    }
    assert parse_pasted_line("TP; 90; 100", False, settings) == {
        "point_type": "turning",
        "entry": BEARING,
        "bearing": "90",
        "distance": "100",
        "remarks": "",
    }
    # On the first row two numbers are a coordinate (degrees), not a leg.
    first = parse_pasted_line("40.5\t46.5", True, settings)
    assert (first["entry"], first["coordinate"]) == (COORDINATE, "40.5 46.5")
    unreadable = parse_pasted_line("EP\tsomewhere 12", True, settings)
    assert (unreadable["entry"], unreadable["coordinate"]) == (COORDINATE, "somewhere 12")


@given(
    point_type=st.sampled_from(POINT_TYPES),
    bearing=st.integers(0, 5999),
    distance=st.decimals(min_value="0.1", max_value="999.9", places=1),
    remarks=st.text(alphabet="abcçəğıöşü ", max_size=12).map(str.strip),
)
def test_a_copied_leg_pastes_back(point_type, bearing, distance, remarks):
    """A row as the dialog copies it (label, bearing, distance, remarks by tabs) reads back."""
    label = model.CODE_LISTS["point_type"].label(point_type)
    line = "\t".join(f for f in (label, str(bearing), str(distance), remarks) if f)
    values = parse_pasted_line(line, False, Settings(unit="mil6000"))
    assert values == {
        "point_type": point_type,
        "entry": BEARING,
        "bearing": str(bearing),
        "distance": str(distance),
        "remarks": remarks,
    }
