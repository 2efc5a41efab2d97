"""A minefield record's date as written (ISO, day.month.year, a month), for the magnetic
declination of its day."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Optional

from .bearings import _SPACES
from .errors import DeclinationError


@dataclass(frozen=True)
class RecordDate:
    """A record's date as read: ``on`` (the day used), ``month_only`` (the text gave a month:
    the 15th is used, at most ~0.005° of declination away from any day of that month)."""

    on: date
    month_only: bool = False


_ISO = re.compile(
    r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
    r"(?:Z|[+-]\d{2}:?\d{2})?)?$"
)
_YEAR_FIRST = re.compile(r"^(\d{4})[./](\d{1,2})[./](\d{1,2})$")
_DAY_DOT = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})(?:\s*г\.?)?$")
_SLASHED = re.compile(r"^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$")
_MONTH = re.compile(r"^(?:(\d{4})-(\d{1,2})|(\d{1,2})\.(\d{4}))$")
DATE_FORMS = "1993-06-15, 15.06.1993 (day.month.year) or 1993-06 (a month: the 15th)"


def parse_record_date(value, today: Optional[date] = None) -> RecordDate:
    """A record's date: a ``date``/``datetime``, or text ``1993-06-15`` (ISO, a time after it
    ignored), ``15.06.1993`` (day.month.year, as written in Russian and Azerbaijani, ``г.``
    allowed), ``1993/06/15``, a month ``1993-06`` or ``06.1993`` (its 15th: ``month_only``),
    ``15/06/1993`` where only one reading is a date. Refused (:class:`DeclinationError`):
    ``03/04/1993`` (day/month or month/day), two-digit years, a year alone, impossible days,
    dates after ``today`` when given."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise DeclinationError("date_missing", "The record has no date.")
    if isinstance(value, datetime):
        found = RecordDate(value.date())
    elif isinstance(value, date):
        found = RecordDate(value)
    elif isinstance(value, str):
        found = _date_text(_SPACES.sub(" ", value).strip())
    else:
        raise DeclinationError(
            "date_not_date", f"The record date {value!r} is not a date.", value=value
        )
    if today is not None and found.on > today:
        raise DeclinationError(
            "date_in_future",
            f"The record date {found.on.isoformat()} is after today ({today.isoformat()}).",
            value=value,
        )
    return found


def _day(text: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise DeclinationError(
            "date_invalid", f"The record date {text!r} is not a day of the calendar.", text
        ) from None


def _date_text(text: str) -> RecordDate:
    for pattern in (_ISO, _YEAR_FIRST):
        match = pattern.match(text)
        if match:
            year, month, day = (int(g) for g in match.groups())
            return RecordDate(_day(text, year, month, day))
    match = _DAY_DOT.match(text) or _SLASHED.match(text)
    if match:
        first, second, year = match.groups()
        if len(year) == 2:
            raise DeclinationError(
                "date_two_digit_year",
                f"The record date {text!r} has a two-digit year: write all four digits.",
                text,
            )
        first, second, year = int(first), int(second), int(year)
        if match.re is _DAY_DOT:
            return RecordDate(_day(text, year, second, first))
        readings = {_valid(year, second, first), _valid(year, first, second)} - {None}
        if len(readings) > 1:
            raise DeclinationError(
                "date_ambiguous",
                f"The record date {text!r} reads as day/month and as month/day: write it "
                "1993-06-15 or 15.06.1993.",
                text,
            )
        if readings:
            return RecordDate(readings.pop())
        return RecordDate(_day(text, year, second, first))  # raises date_invalid
    match = _MONTH.match(text)
    if match:
        year, month = (int(g) for g in (match.group(1, 2) if match.group(1) else match.group(4, 3)))
        return RecordDate(_day(text, year, month, 15), month_only=True)
    if re.fullmatch(r"\d{4}(?:\s*г\.?)?", text):
        raise DeclinationError(
            "date_incomplete",
            f"The record date {text!r} is a year alone: give the month at least ({DATE_FORMS}).",
            text,
        )
    raise DeclinationError(
        "date_unreadable", f"The record date {text!r} cannot be read: write {DATE_FORMS}.", text
    )


def _valid(year: int, month: int, day: int) -> Optional[date]:
    try:
        return date(year, month, day)
    except ValueError:
        return None
