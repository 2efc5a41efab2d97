"""Bearings as written in the field, in degrees (360), mils (6400 and the Soviet 6000) and gon
(400): read (:func:`parse_bearing_value`, :func:`parse_bearing`), converted to degrees and
written back (:func:`format_bearing`)."""

from __future__ import annotations

import math
import re
from typing import Optional

from .errors import BearingError, TraverseError

ANGLE_UNITS = ("deg", "mil6400", "mil6000", "gon")  # index = ANGLE_UNIT parameter 0..3
FULL_CIRCLE = {"deg": 360.0, "mil6400": 6400.0, "mil6000": 6000.0, "gon": 400.0}
UNIT_NAMES = {
    "deg": "degrees (360)",
    "mil6400": "mils (6400)",
    "mil6000": "mils (6000)",
    "gon": "gon (400)",
}
MAX_BEARING_TEXT = 40
DEFAULT_DECIMALS = {"deg": 1, "mil6400": 0, "mil6000": 0, "gon": 2}


def to_degrees(value: float, unit: str) -> float:
    """A bearing in ``unit`` (one of :data:`ANGLE_UNITS`) as degrees in [0, 360)."""
    if unit not in FULL_CIRCLE:
        raise TraverseError(
            "unknown_unit",
            f"Unknown bearing unit {unit!r}: use one of {', '.join(ANGLE_UNITS)}.",
            value=unit,
        )
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = math.nan
    if not math.isfinite(number):
        raise TraverseError(
            "bearing_not_numeric", f"The bearing {value!r} is not a number.", value=value
        )
    full = FULL_CIRCLE[unit]
    if not 0.0 <= number < full:
        raise TraverseError(
            "bearing_out_of_range",
            f"The bearing {number:g} is outside 0 to {full:g} (exclusive) {UNIT_NAMES[unit]}"
            + (": north is 0." if number == full else "."),
            value=number,
        )
    return number * 360.0 / full  # exact for whole-degree results (90, 180, 270…)


_SPACES = re.compile(r"[\s\u00a0\u2007\u202f]+")
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212"  # hyphen(-minus), non-breaking, en/em, minus
_SOVIET = re.compile(rf"^(\d+(?:[.,]\d*)?)\s*[{_DASHES}]\s*(\d+(?:[.,]\d*)?)$")
_QUADRANT = re.compile(r"^([NS])\s*(.*?)\s*([EW])$", re.IGNORECASE)
_DMS_TOKEN = re.compile(
    r"(\d+(?:[.,]\d+)?)\s*"
    r"(deg|град\.?|гр\.?|min|мин\.?|sec|сек\.?|''|′′|’’|[°º˚d'′’m\"″”s])?\s*",
    re.IGNORECASE,
)
_SYMBOL_KIND = {
    **dict.fromkeys(("deg", "град", "град.", "гр", "гр.", "°", "º", "˚", "d"), "d"),
    **dict.fromkeys(("min", "мин", "мин.", "'", "′", "’", "m"), "m"),
    **dict.fromkeys(("sec", "сек", "сек.", "''", "′′", "’’", '"', "″", "”", "s"), "s"),
}
_FORMS = {
    "deg": "45, 45.5, 45,5, 45°30', 45°30'36\", 45 30 36, N45E, S30°W",
    "mil6400": "1333, 1333.5",
    "mil6000": "12-50, 0-75, 1250",
    "gon": "83.33, 83,33",
}


def _unit(unit) -> str:
    if unit.__class__ is str and unit in FULL_CIRCLE:
        return unit
    code = str(unit).strip().lower() if isinstance(unit, str) else None
    if code not in FULL_CIRCLE:
        raise BearingError(
            "unknown_unit",
            f"Unknown bearing unit {unit!r}: use one of {', '.join(ANGLE_UNITS)}.",
            value=unit,
        )
    return code


def _unreadable(text: str, unit: str) -> BearingError:
    return BearingError(
        "bearing_not_numeric",
        f"The bearing {text!r} cannot be read in {UNIT_NAMES[unit]}: write it as {_FORMS[unit]}.",
        value=text,
    )


def _in_circle(value: float, unit: str, shown) -> float:
    full = FULL_CIRCLE[unit]
    if not 0.0 <= value < full:
        raise BearingError(
            "bearing_out_of_range",
            f"The bearing {shown} is outside 0 to {full:g} (exclusive) {UNIT_NAMES[unit]}"
            + (": north is 0." if value >= full else "."),
            value=value,
        )
    return value


def parse_bearing_value(text, unit: str) -> float:
    """A bearing as written (text or number) read in ``unit``, as a number of that unit in
    [0, full circle): 1250.0 for "12-50" in mil6000, 45.5 for "45°30'" in deg. Raises
    :class:`BearingError` (see :func:`parse_bearing` for the grammar)."""
    unit = _unit(unit)
    if isinstance(text, bool) or text is None:
        if text is None:
            raise BearingError("bearing_missing", "The bearing is missing.")
        raise BearingError(
            "bearing_not_numeric", f"The bearing {text!r} is not a number.", value=text
        )
    if not isinstance(text, str):
        try:
            number = float(text)
        except (TypeError, ValueError):
            number = math.nan
        if not math.isfinite(number):
            raise BearingError(
                "bearing_not_numeric", f"The bearing {text!r} is not a number.", value=text
            )
        if 0.0 <= number < FULL_CIRCLE[unit]:
            return number
        return _in_circle(number, unit, f"{number:g}")
    written = _SPACES.sub(" ", text).strip()
    if not written:
        raise BearingError("bearing_missing", "The bearing is missing.")
    if len(written) > MAX_BEARING_TEXT:
        raise BearingError(
            "bearing_too_long",
            f"The bearing text is {len(written)} characters long: write one bearing.",
            value=written[:MAX_BEARING_TEXT] + "…",
        )
    if written[0] in _DASHES or written[0] == "+":
        sign = written[0]
        value = parse_bearing_value(written[1:], unit) if written[1:].strip() else None
        if sign == "+" or value is None:
            raise _unreadable(written, unit)
        raise BearingError(
            "bearing_negative",
            f"The bearing {written!r} is negative: bearings go clockwise from north, 0 to "
            f"{FULL_CIRCLE[unit]:g} {UNIT_NAMES[unit]}.",
            value=-value,
        )
    soviet = _SOVIET.match(written)
    if soviet:
        return _soviet(written, soviet, unit)
    quadrant = _QUADRANT.match(written)
    if quadrant and quadrant.group(2):
        return _quadrant(written, quadrant, unit)
    return _numbers(written, unit)


def _soviet(written: str, match, unit: str) -> float:
    if unit != "mil6000":
        raise BearingError(
            "bearing_soviet_form",
            f"The bearing {written!r} is written like Soviet mils (12-50 = 1250 mils of 6000): "
            f"the record's unit is probably mil6000, not {unit}.",
            value=unit,
        )
    hundreds, rest = match.groups()
    if not (hundreds.isdigit() and len(hundreds) <= 2 and rest.isdigit() and len(rest) == 2):
        raise BearingError(
            "bearing_bad_soviet_form",
            f"The bearing {written!r} is not Soviet mils: write hundreds, a hyphen and exactly "
            "two digits of whole mils (12-50 is 1250, 0-75 is 75).",
            value=written,
        )
    return _in_circle(100.0 * int(hundreds) + int(rest), "mil6000", repr(written))


def _quadrant(written: str, match, unit: str) -> float:
    if unit != "deg":
        raise BearingError(
            "bearing_unit_mismatch",
            f"The bearing {written!r} is a quadrant bearing in degrees, but the unit is "
            f"{UNIT_NAMES[unit]}: set the unit to deg, or write the bearing in {unit}.",
            value=unit,
        )
    ns, inner, ew = (g.upper() for g in match.groups())
    angle = _numbers(inner, "deg", quadrant=True)
    if angle > 90.0:
        raise BearingError(
            "bearing_quadrant_range",
            f"The quadrant bearing {written!r} has an angle above 90°: write it from N or S "
            "towards E or W, 0 to 90°.",
            value=angle,
        )
    bearing = {"NE": angle, "SE": 180.0 - angle, "SW": 180.0 + angle, "NW": 360.0 - angle}
    return _wrap360(bearing[ns + ew])


def _tokens(written: str, unit: str) -> list[tuple[str, Optional[str]]]:
    """The numbers of ``written`` with the kind of each one's symbol (d, m, s or None)."""
    tokens, position = [], 0
    while position < len(written):
        match = _DMS_TOKEN.match(written, position)
        if not match or match.end() == position:
            raise _unreadable(written, unit)
        symbol = match.group(2)
        tokens.append((match.group(1), _SYMBOL_KIND[symbol.lower()] if symbol else None))
        position = match.end()
    return tokens


def _numbers(written: str, unit: str, quadrant: bool = False) -> float:
    tokens = _tokens(written, unit) if written else []
    if not tokens:
        raise _unreadable(written, unit)
    if unit != "deg":
        if any(kind for _, kind in tokens):
            raise BearingError(
                "bearing_unit_mismatch",
                f"The bearing {written!r} is written in degrees, but the unit is "
                f"{UNIT_NAMES[unit]}: set the unit to deg, or write the bearing in {unit}.",
                value=unit,
            )
        if len(tokens) > 1:
            raise _unreadable(written, unit)
        return _in_circle(_plain_number(tokens[0][0], written, unit), unit, repr(written))
    if len(tokens) > 3:
        raise _unreadable(written, unit)
    for (_, kind), expected in zip(tokens, "dms"):
        if kind not in (None, expected):
            raise BearingError(
                "bearing_dms_order",
                f"The bearing {written!r} does not give degrees, minutes and seconds in that "
                "order: write 45°30'36\" or 45 30 36.",
                value=written,
            )
    if any(re.search("[.,]", number) for number, _ in tokens[:-1]):
        raise BearingError(
            "bearing_decimal_not_last",
            f"In {written!r} a part before the last has decimals: only the last part (degrees, "
            "minutes or seconds) may have them.",
            value=written,
        )
    parts = [float(number.replace(",", ".")) for number, _ in tokens]
    for part, name in zip(parts[1:], ("minutes", "seconds")):
        if part >= 60.0:
            raise BearingError(
                "bearing_minutes_seconds",
                f"In {written!r} the {name} are {part:g}: minutes and seconds go from 0 to "
                "less than 60.",
                value=part,
            )
    value = parts[0] + sum(part / 60.0**k for k, part in enumerate(parts[1:], 1))
    if quadrant:
        return value
    return _in_circle(value, "deg", repr(written))


def _plain_number(number: str, written: str, unit: str) -> float:
    whole, _, decimals = number.replace(",", ".").partition(".")
    if len(decimals) == 3 and whole.strip("0"):
        thousands = int(whole) * 1000 + int(decimals)
        if thousands < FULL_CIRCLE[unit]:
            raise BearingError(
                "bearing_ambiguous",
                f"The bearing {written!r} is ambiguous in {UNIT_NAMES[unit]}: "
                f"{float(whole + '.' + decimals):g} with a decimal separator, or {thousands} with "
                "a thousands separator. Write it without the separator, or with fewer "
                "decimals.",
                value=written,
            )
    return float(whole + "." + decimals) if decimals else float(whole)


def parse_bearing(text, unit: str) -> float:
    """A bearing as written, in ``unit`` (deg, mil6400, mil6000, gon), as degrees in [0, 360).

    Numbers are taken in the unit. Text: ``mil6000`` reads Soviet mils ``12-50`` (hundreds,
    hyphen, two digits: 1250 mils = 75°), ``0-75`` and plain ``1250``; ``mil6400`` and ``gon``
    read plain numbers (decimal point or comma); ``deg`` reads ``45``, ``45.5``, ``45,5``,
    ``45°30'``, ``45°30'36"``, ``45 30 36``, ``45 гр. 30 мин.`` (symbols ° º ˚ d deg гр. / ' ′ ’
    m min мин. / " ″ ” '' s sec сек.) and quadrant bearings ``N45E``, ``S30°W`` (angle to 90°).
    Refused (:class:`BearingError`, a ``ValueError``): empty, NaN, negatives, a full circle or
    more (north is 0), minutes or seconds of 60 or more, decimals before the last part, a
    hyphenated Soviet form in another unit, degree notation with a mil or gon unit, a separator
    that could be a decimal or a thousands one (``1,250`` mils), anything else."""
    unit = _unit(unit)
    return parse_bearing_value(text, unit) * 360.0 / FULL_CIRCLE[unit]


def format_bearing(degrees: float, unit: str, decimals: Optional[int] = None) -> str:
    """A bearing (degrees) as written in the field in ``unit``: deg ``"75.0°"`` (1 decimal by
    default), mil6400 ``"1333"``, mil6000 Soviet ``"12-50"`` (whole mils only), gon
    ``"83.33"``. Rounding to the full circle writes 0. :func:`parse_bearing` reads it back."""
    unit = _unit(unit)
    try:
        number = float(degrees)
    except (TypeError, ValueError):
        number = math.nan
    if isinstance(degrees, bool) or not math.isfinite(number):
        raise BearingError(
            "bearing_not_numeric", f"The bearing {degrees!r} is not a number.", value=degrees
        )
    places = DEFAULT_DECIMALS[unit] if decimals is None else int(decimals)
    if places < 0 or (unit == "mil6000" and places != 0):
        raise ValueError(
            f"{places} decimals: Soviet mils are written in whole mils, other units with "
            "0 or more decimals."
        )
    full = FULL_CIRCLE[unit]
    text = f"{_wrap360(number) * full / 360.0:.{places}f}"
    if float(text) >= full:
        text = f"{0.0:.{places}f}"
    if unit == "mil6000":
        mils = int(text)
        return f"{mils // 100}-{mils % 100:02d}"
    return text + "°" if unit == "deg" else text


def _wrap360(degrees: float) -> float:
    """An angle in [0, 360) (``%`` alone gives 360.0 for tiny negative angles)."""
    wrapped = degrees % 360.0
    return 0.0 if wrapped >= 360.0 else wrapped
