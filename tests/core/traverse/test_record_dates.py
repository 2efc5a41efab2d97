"""A record's date as written (core/traverse/record_dates.py): read, or refused with the
reason."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from landrelease.core import traverse as tv
from landrelease.core.traverse import DeclinationError, parse_record_date

TODAY = date(2026, 1, 1)


@pytest.mark.parametrize(
    "value, day, month_only",
    [
        (date(1993, 6, 15), date(1993, 6, 15), False),
        (datetime(1993, 6, 15, 23, 59), date(1993, 6, 15), False),
        ("1993-06-15", date(1993, 6, 15), False),
        ("1993-6-5", date(1993, 6, 5), False),
        ("1993-06-15T10:30:00Z", date(1993, 6, 15), False),
        ("1993-06-15 10:30", date(1993, 6, 15), False),
        ("1993/06/15", date(1993, 6, 15), False),
        ("15.06.1993", date(1993, 6, 15), False),
        ("5.6.1993", date(1993, 6, 5), False),
        ("15.06.1993 г.", date(1993, 6, 15), False),
        ("03.04.1993", date(1993, 4, 3), False),  # dots: day.month.year
        ("15/06/1993", date(1993, 6, 15), False),  # only one reading is a day
        ("06/15/1993", date(1993, 6, 15), False),
        ("03/03/1993", date(1993, 3, 3), False),
        ("1993-06", date(1993, 6, 15), True),
        ("06.1993", date(1993, 6, 15), True),
    ],
)
def test_record_dates_read(value, day, month_only):
    found = parse_record_date(value, today=TODAY)
    assert found.on == day and found.month_only is month_only


@pytest.mark.parametrize(
    "value, code",
    [
        (None, "date_missing"),
        ("  ", "date_missing"),
        (19930615, "date_not_date"),
        (True, "date_not_date"),
        ("03/04/1993", "date_ambiguous"),
        ("03-04-1993", "date_ambiguous"),
        ("31.02.1993", "date_invalid"),
        ("1993-13-01", "date_invalid"),
        ("31/31/1993", "date_invalid"),
        ("1993", "date_incomplete"),
        ("15.06.93", "date_two_digit_year"),
        ("June 1993", "date_unreadable"),
        ("1993-06-15x", "date_unreadable"),
        ("2026-01-02", "date_in_future"),
    ],
)
def test_record_dates_refused(value, code):
    with pytest.raises(DeclinationError) as error:
        parse_record_date(value, today=TODAY)
    assert error.value.code == code and code in tv.DECLINATION_ERROR_CODES
