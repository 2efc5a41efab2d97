"""core/record_declination.py: which declination turns a record's magnetic legs, first found
wins (the legs' own, the record's, the DECLINATION parameter, else the IGRF); never 0 by
default."""

from __future__ import annotations

import math

import pytest

from landrelease.core import record_declination as rd


def test_the_legs_own_when_every_magnetic_leg_has_one():
    chosen = rd.given_declination(["5,4", 6.0], record_value=3.0, parameter=1.0)
    assert (chosen.value, chosen.source, chosen.found, chosen.own_legs) == (
        None,
        rd.FIELD,
        rd.LEGS,
        0,
    )
    assert chosen.shown == pytest.approx(5.4)  # the first leg's, read with a decimal comma


def test_the_records_then_the_parameter_with_the_legs_that_have_their_own():
    record = rd.given_declination([None, 2.0], record_value="4,5", record_source=rd.ENTERED)
    assert (record.value, record.source, record.found, record.own_legs) == (
        "4,5", rd.ENTERED, rd.RECORD, 1,
    )  # fmt: skip
    assert record.shown == pytest.approx(4.5)
    field = rd.given_declination([None], record_value=-3.25)
    assert (field.source, field.shown) == (rd.FIELD, -3.25)
    parameter = rd.given_declination([None, None], parameter=-1.5)
    assert (parameter.value, parameter.source, parameter.shown, parameter.found) == (
        -1.5, rd.ENTERED, -1.5, rd.PARAMETER,
    )  # fmt: skip


def test_nothing_given_wants_the_igrf_never_zero():
    assert rd.given_declination([None, None]) is None
    assert rd.given_declination([None], record_value=None, parameter=None) is None
    igrf = rd.igrf_declination(4.64, own_legs=2)
    assert (igrf.value, igrf.source, igrf.shown, igrf.found, igrf.own_legs) == (
        4.64, rd.IGRF, 4.64, rd.IGRF, 2,
    )  # fmt: skip


def test_declination_numbers():
    assert rd.declination_number(" 5,4 ") == pytest.approx(5.4)
    assert rd.declination_number(-2) == -2.0
    assert math.isnan(rd.declination_number("east"))
    assert math.isnan(rd.declination_number(None))
