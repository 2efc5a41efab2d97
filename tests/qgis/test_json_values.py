"""qgis_io/json_values.py: attribute values to the IMSMA exchange's JSON and back into the data
model's fields."""

from __future__ import annotations

import datetime
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from qgis.core import NULL
from qgis.PyQt.QtCore import QByteArray, QDate, QDateTime, QTime, QVariant

from landrelease.core import model
from landrelease.qgis_io.json_values import from_json, to_json


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (NULL, None),
        (QVariant(), None),
        (QDate(2024, 5, 1), "2024-05-01"),
        (QDate(), None),
        (QDateTime(QDate(2024, 5, 1), QTime(10, 0, 0)), "2024-05-01T10:00:00"),
        (QDateTime(QDate(2024, 5, 1), QTime(10, 0, 0, 250)), "2024-05-01T10:00:00.250"),
        (QTime(7, 30), "07:30:00"),
        (QByteArray(b"\x00\xff"), "AP8="),
        (math.nan, None),
        (-math.inf, None),
        (True, True),
        (42, 42),
        ("Ağdam", "Ağdam"),
        ([QDate(2024, 5, 1), 1.5], ["2024-05-01", 1.5]),
        ({1: QDate(2024, 5, 1)}, {"1": "2024-05-01"}),
    ],
)
def test_to_json(value, expected):
    assert to_json(value) == expected


@pytest.mark.parametrize(
    ("value", "field_type", "expected"),
    [
        (None, model.TEXT, None),
        (3.0, model.TEXT, "3"),
        (3.5, model.TEXT, "3.5"),
        ({"a": "ə"}, model.TEXT, '{"a": "ə"}'),
        (" 12 ", model.INTEGER, 12),
        ("", model.INTEGER, None),
        (7.0, model.INTEGER, 7),
        (True, model.INTEGER, 1),
        ("2.5", model.REAL, 2.5),
        ("  ", model.REAL, None),
        ("2024/05/01", model.DATE, QDate(2024, 5, 1)),
        ("2024.5.1", model.DATE, QDate(2024, 5, 1)),
        ("2024-05-01T10:00:00", model.DATE, QDate(2024, 5, 1)),
        ("", model.DATE, None),
        ("2024-05-01 10:00:00", model.DATETIME, QDateTime(QDate(2024, 5, 1), QTime(10, 0))),
        ("2024-05-01", model.DATETIME, QDateTime(QDate(2024, 5, 1), QTime(0, 0))),
    ],
)
def test_from_json(value, field_type, expected):
    assert from_json(value, field_type) == expected


@pytest.mark.parametrize(
    ("value", "field_type"),
    [
        (2.5, model.INTEGER),
        ("two", model.INTEGER),
        (math.inf, model.INTEGER),
        ("nan", model.REAL),
        (math.inf, model.REAL),
        ("2024-02-30", model.DATE),
        ("1 May 2024", model.DATE),
        ("2024-05-01T25:00:00", model.DATETIME),
    ],
)
def test_from_json_refuses_what_does_not_fit(value, field_type):
    with pytest.raises(ValueError):
        from_json(value, field_type)


@given(st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2100, 12, 31)))
def test_a_date_comes_back_as_it_went(day):
    date = QDate(day.year, day.month, day.day)
    assert from_json(to_json(date), model.DATE) == date
