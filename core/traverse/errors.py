"""The refusals of a traverse, a bearing, a declination and a record date, each with a
machine ``code`` (the adapters translate by it), an English ``detail`` and the offending
``value``."""

from __future__ import annotations

from typing import Optional

# Refusals of parse_bearing (BearingError), besides bearing_missing, bearing_not_numeric,
# bearing_out_of_range and unknown_unit.
BEARING_ERROR_CODES = (
    "bearing_too_long",  # more than MAX_BEARING_TEXT characters
    "bearing_negative",  # a minus sign
    "bearing_decimal_not_last",  # 45.5°30': a decimal before the last part
    "bearing_minutes_seconds",  # minutes or seconds of 60 or more
    "bearing_dms_order",  # symbols out of order: 30'45°, 45 30"
    "bearing_quadrant_range",  # a quadrant bearing's angle above 90°: N95E
    "bearing_soviet_form",  # 12-50 with a unit other than mil6000 (value: the unit)
    "bearing_bad_soviet_form",  # mil6000 hyphenated but not hundreds-two digits: 12-150, 12-5
    "bearing_unit_mismatch",  # degree notation (°, ', quadrant) with a mil or gon unit
    "bearing_ambiguous",  # 1,250 or 1.250 in mils: a decimal or a thousands separator
)
ERROR_CODES = (
    "missing_start",
    "too_few_points",
    "bearing_missing",
    "bearing_not_numeric",
    "bearing_out_of_range",
    "distance_missing",
    "distance_not_numeric",
    "negative_distance",
    "distance_too_long",
    "unknown_unit",
    "unknown_north",
    "unknown_point_type",
    "duplicate_seq",
    "bad_seq",
    "bad_declination",
    "declination_missing",
    "bad_crs",
    "bad_closed_tolerance",
) + BEARING_ERROR_CODES
DECLINATION_ERROR_CODES = (
    "igrf_unavailable",  # the package ppigrf is not installed
    "date_missing",  # no date
    "date_not_date",  # not a date (a number, a boolean…)
    "date_unreadable",  # text that is no date form this reads
    "date_ambiguous",  # 03/04/1993: day/month or month/day
    "date_invalid",  # 31.02.1993
    "date_incomplete",  # a year alone
    "date_two_digit_year",  # 15.06.93
    "date_in_future",  # after today
    "date_outside_igrf",  # before 1900-01-01 or from 2030-01-01 on
    "position_out_of_range",  # lon/lat not finite, outside ±180/±90, or at a pole
)


class TraverseError(ValueError):
    """A record that cannot be computed: ``code`` (see :data:`ERROR_CODES`), ``detail`` (an
    English sentence; ``str(error)`` prefixes the leg), ``seq`` (the leg, or None), ``value``."""

    def __init__(self, code: str, detail: str = "", seq: Optional[int] = None, value=None):
        self.code = code
        self.detail = detail or code
        self.seq = seq
        self.value = value
        super().__init__(self.detail if seq is None else f"Leg {seq}: {self.detail}")


class BearingError(TraverseError):
    """A bearing text that cannot be read (see :func:`parse_bearing`); a ``ValueError``."""


class DeclinationError(ValueError):
    """A declination that cannot be computed, or a record date that cannot be read: ``code``
    (see :data:`DECLINATION_ERROR_CODES`), ``detail`` (an English sentence), ``value``,
    ``index`` (the position in the arrays of :func:`magnetic_declinations`, else None)."""

    def __init__(self, code: str, detail: str, value=None, index: Optional[int] = None):
        self.code, self.detail, self.value, self.index = code, detail, value, index
        super().__init__(detail)
