"""The programme's settings as stored text: bearing unit codes and the schema comment JSON."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from landrelease.core import programme


@pytest.mark.parametrize(
    ("stored", "expected"),
    [
        (None, ("deg", None)),
        ("", ("deg", None)),
        ("  ", ("deg", None)),
        ("deg", ("deg", None)),
        ("mil6400", ("mil6400", None)),
        (" MIL6000 ", ("mil6000", None)),
        ("gon", ("deg", "gon")),  # a bearing unit, but not one a programme prints
        ("12-50", ("deg", "12-50")),
        (6000, ("deg", "6000")),
    ],
)
def test_read_bearing_unit(stored, expected):
    assert programme.read_bearing_unit(stored) == expected


def test_bearing_unit_code_refuses_others():
    assert programme.bearing_unit_code("Mil6000") == "mil6000"
    for bad in ("gon", "mils", "", None, "deg "[:2]):
        with pytest.raises(programme.SettingError):
            programme.bearing_unit_code(bad)


def test_schema_comment_keeps_what_is_there():
    assert programme.settings_from_comment(None) == {}
    assert programme.settings_from_comment('{"bearing_unit": "mil6000"}') == {
        "bearing_unit": "mil6000"
    }
    assert programme.settings_from_comment("Ağdam sector") == {"comment": "Ağdam sector"}
    assert programme.settings_from_comment("[1, 2]") == {"comment": "[1, 2]"}
    text = programme.comment_with(
        '{"owner": "ANAMA", "bearing_unit": "deg"}', bearing_unit="mil6000"
    )
    assert json.loads(text) == {"owner": "ANAMA", "bearing_unit": "mil6000"}
    assert json.loads(programme.comment_with("note", bearing_unit="deg")) == {
        "comment": "note",
        "bearing_unit": "deg",
    }


@given(st.one_of(st.none(), st.text(max_size=60)))
def test_any_comment_round_trips_with_a_setting(comment):
    text = programme.comment_with(comment, bearing_unit="mil6400")
    settings = programme.settings_from_comment(text)
    assert settings["bearing_unit"] == "mil6400"
    assert programme.read_bearing_unit(settings["bearing_unit"]) == ("mil6400", None)
