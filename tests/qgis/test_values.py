"""qgis_io/values: attribute values from QGIS as plain Python, by value."""

from __future__ import annotations

import datetime

from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant

from landrelease.qgis_io.values import (
    as_date,
    blank_none,
    is_null,
    plain_value,
    python_value,
    qt_date,
)


def test_null_is_none_and_nothing_else(qgis_app):
    assert is_null(None) and is_null(QVariant())
    assert not any(is_null(v) for v in ("", 0, 0.0, False, QDate()))
    assert plain_value(QVariant()) is None
    assert plain_value(QVariant(7)) == 7
    assert plain_value("  ") == "  "


def test_blank_text_is_empty(qgis_app):
    assert blank_none("  \t") is None
    assert blank_none(QVariant()) is None
    assert blank_none(" x ") == " x "
    assert blank_none(0) == 0


def test_qt_dates_become_python_dates(qgis_app):
    day = QDate(1993, 6, 15)
    moment = QDateTime(day, QTime(10, 30))
    assert python_value(day) == datetime.date(1993, 6, 15)
    assert python_value(moment) == datetime.datetime(1993, 6, 15, 10, 30)
    assert python_value(QDate()) is None and python_value(QDateTime()) is None
    assert qt_date(moment) == datetime.date(1993, 6, 15)
    assert qt_date(QDate()) is None and qt_date("1993-06-15") is None


def test_end_dates_read_or_passed_on_for_the_accounting(qgis_app):
    assert as_date(QDate(2021, 2, 3)) == datetime.date(2021, 2, 3)
    assert as_date(QDateTime(QDate(2021, 2, 3), QTime(23, 59))) == datetime.date(2021, 2, 3)
    assert as_date("2021-02-03T10:00:00") == datetime.date(2021, 2, 3)
    assert as_date(datetime.datetime(2021, 2, 3, 1, 2)) == datetime.date(2021, 2, 3)
    assert as_date(QVariant()) is None and as_date("  ") is None and as_date(QDate()) is None
    assert as_date("03/02/2021") == "03/02/2021"  # not read: the accounting reports it
