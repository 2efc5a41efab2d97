"""Which magnetic declination turns a minefield record's magnetic legs (DESIGN §5.4), the first
found winning: the legs' own ``declination_deg``; the record's (DECLINATION_FIELD on START, or
the value stored with the record); the DECLINATION parameter; else the IGRF value at the
record's start point on its date (never 0 by default). Plain Python, no QGIS."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Optional

# declination_source codes (DESIGN §4)
ENTERED, FIELD, IGRF = "entered", "field", "igrf"
# where a record's declination was found (for the log)
LEGS, RECORD, PARAMETER = "legs", "record", "parameter"


@dataclass
class Declination:
    """How a record's magnetic legs are turned: ``value`` (degrees east, the record's, given to
    ``compute_traverse``; None when every magnetic leg has its own), ``source`` (entered,
    field, igrf: OUTPUT's declination_source), ``shown`` (OUTPUT's declination_deg), ``found``
    (LEGS, RECORD, PARAMETER or IGRF) and ``own_legs`` (legs with a declination of their own
    besides, told in the log)."""

    value: Optional[float]
    source: str
    shown: float
    found: str
    own_legs: int = 0


def given_declination(
    magnetic_leg_declinations: Sequence,
    record_value=None,
    record_source: Optional[str] = None,
    parameter: Optional[float] = None,
) -> Optional[Declination]:
    """The declination of a record with magnetic legs (``magnetic_leg_declinations``: each
    magnetic leg's own value or None), from what is given: the legs' own when every one has
    it, else the record's (``record_source`` entered or field, default field), else the
    DECLINATION ``parameter``; None when nothing is given (the IGRF is then wanted)."""
    own = [value for value in magnetic_leg_declinations if value is not None]
    if own and len(own) == len(magnetic_leg_declinations):
        return Declination(None, FIELD, declination_number(own[0]), LEGS)
    if record_value is not None:
        shown = declination_number(record_value)
        return Declination(record_value, record_source or FIELD, shown, RECORD, len(own))
    if parameter is not None:
        return Declination(parameter, ENTERED, parameter, PARAMETER, len(own))
    return None


def igrf_declination(value: float, own_legs: int = 0) -> Declination:
    """The record's declination from the IGRF (degrees east)."""
    return Declination(float(value), IGRF, float(value), IGRF, own_legs)


def declination_number(value) -> float:
    """A declination as a number ("5,4" is 5.4); NaN when it is none (the core refuses it)."""
    if isinstance(value, str):
        value = value.strip().replace(",", ".")
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan
