"""Validation of values by field: what each field of the data model can hold (type, length,
characters, code list, range, date), refused with a sentence that names the field and the
value and says what to do; and the values as they are stored."""

from __future__ import annotations

import datetime
import math
import re

from qgis.core import QgsFeature
from qgis.PyQt.QtCore import QCoreApplication, QDate, QDateTime, Qt

from ...core import model
from ...qgis_io.values import blank_none, is_null, qt_date
from ...toolbelt.i18n import number_text
from .layers import HAZARD, LEG, POINT, RECORD, RELEASE


def tr(text: str) -> str:
    return QCoreApplication.translate("LandReleaseRecording", text)


def _text(value) -> str | None:
    return None if is_null(value) else str(value)


def _value(feature: QgsFeature, name: str):
    index = feature.fields().indexOf(name)
    if index < 0:
        return None
    return blank_none(feature.attribute(index))


# Work of humanitarian mine action (releases, hazards) is dated from 1988 on (the model's
# EARLIEST_WORK_DATE, as checkdata's bad_date); minefield records are military documents and
# may be older.
EARLIEST_WORK_DATE = model.EARLIEST_WORK_DATE
EARLIEST_RECORD_DATE = datetime.date(1900, 1, 1)
EARLIEST_DATE = {RECORD: EARLIEST_RECORD_DATE}
# Text fields without a length of their own hold at most this many characters.
MAX_TEXT_CHARS = 10_000
# What an INTEGER column holds on PostGIS (and GDAL's 32-bit integer fields).
INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1
# Values no record can hold, beyond the column's own range: (lowest, highest or None).
RANGES = {
    (RELEASE, "depth_cm"): (0, 2_000),
    (RELEASE, "ap_found"): (0, 1_000_000),
    (RELEASE, "at_found"): (0, 1_000_000),
    (RELEASE, "uxo_found"): (0, 1_000_000),
    (RELEASE, "cm_found"): (0, 1_000_000),
    (HAZARD, "evidence_direct"): (0, 1_000_000),
    (HAZARD, "evidence_indirect"): (0, 1_000_000),
    (POINT, "seq"): (0, 100_000),
    (POINT, "distance_m"): (0, 100_000),
    (LEG, "distance_m"): (0, 100_000),
    (RECORD, "mines_recorded"): (0, 1_000_000),
    (RECORD, "accuracy"): (0, 100),
    (RECORD, "closure_error_m"): (0, None),
    (RECORD, "declination_deg"): (-180, 180),
}
_WHOLE_NUMBER = re.compile(r"[+-]?[0-9]+")
_DECIMAL_NUMBER = re.compile(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?")


class _Refused(ValueError):
    """A value its field cannot hold; the message (translated) says why, without the field."""


def _shown(value) -> str:
    """A value as the message quotes it: text in quotes, escaped where it cannot be shown,
    long text cut."""
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "-inf" if value < 0 else "inf"
        return f"{value:.15g}"
    if isinstance(value, (QDate, QDateTime)):
        return value.toString(Qt.ISODate) if value.isValid() else tr("an invalid date")
    if not isinstance(value, str):
        return str(value)
    shown = "".join(
        c if c.isprintable() and not 0xD800 <= ord(c) <= 0xDFFF else f"\\u{ord(c):04x}"
        for c in value[:40]
    )
    return f"'{shown}…'" if len(value) > 40 else f"'{shown}'"


def _as_integer(value) -> int:
    if isinstance(value, bool):
        raise _Refused(tr("is not a whole number"))
    if isinstance(value, int):
        number = value
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise _Refused(tr("is not a number"))
        if value != int(value):
            raise _Refused(tr("is not a whole number"))
        number = int(value)
    elif isinstance(value, str) and _WHOLE_NUMBER.fullmatch(value.strip()):
        number = int(value.strip())
    else:
        raise _Refused(tr("is not a whole number"))
    return number


def _as_real(value) -> float:
    if isinstance(value, bool):
        raise _Refused(tr("is not a number"))
    if isinstance(value, (int, float)):
        number = float(value)
    elif isinstance(value, str) and _DECIMAL_NUMBER.fullmatch(value.strip()):
        number = float(value.strip())
    else:
        raise _Refused(tr("is not a number (the decimal mark is a point)"))
    if not math.isfinite(number):
        raise _Refused(tr("is not a number"))
    return number


def _as_date(value) -> datetime.date:
    """A date from a QDate, QDateTime, Python date or ISO text (YYYY-MM-DD, optionally with a
    time); anything else is refused."""
    if isinstance(value, (QDate, QDateTime)):
        day = qt_date(value)
        if day is None:
            raise _Refused(tr("is not a date"))
        return day
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = value.strip() if isinstance(value, str) else None
    if text and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
        try:
            return datetime.date.fromisoformat(text)
        except ValueError:
            pass
    elif text and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9:.]+(Z|[+-][0-9:]+)?", text):
        try:
            return datetime.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:
            pass
    raise _Refused(tr("is not a date"))


def _as_text(value, max_chars: int) -> str:
    text = value if isinstance(value, str) else str(value)
    for position, char in enumerate(text, start=1):
        if 0xD800 <= ord(char) <= 0xDFFF:
            raise _Refused(
                tr(
                    "holds a broken character (\\u{:04x}, character {}): type that part again"
                ).format(ord(char), position)
            )
        if char not in "\t\n\r" and (ord(char) < 32 or 127 <= ord(char) < 160):
            raise _Refused(
                tr("holds a control character (U+{:04X}, character {}): remove it").format(
                    ord(char), position
                )
            )
    if len(text) > max_chars:
        raise _Refused(
            tr("has {} characters; it holds at most {}: shorten it").format(
                number_text(len(text), 0), number_text(max_chars, 0)
            )
        )
    return text


def _typed(f: model.Field, value):
    """``value`` as field ``f`` stores it (int, float, date, text), or _Refused."""
    if f.type == model.INTEGER:
        return _as_integer(value)
    if f.type == model.REAL:
        return _as_real(value)
    if f.type == model.DATE:
        return _as_date(value)
    if f.type == model.TEXT:
        return _as_text(value, f.length or MAX_TEXT_CHARS)
    return value  # DATETIME: derived fields, written as they are


def _field_problem(layer_name: str, f: model.Field, value) -> str | None:
    """Why ``value`` cannot be stored in field ``f`` of ``layer_name``, naming the field (label
    and name) and the value and saying what to do; None when it can."""
    label, shown = _field_label(f), _shown(value)
    try:
        typed = _typed(f, value)
    except _Refused as refusal:
        if f.type == model.DATE:
            return tr("{}: {} is not a date ({}): type it as YYYY-MM-DD, e.g. 2025-06-30.").format(
                label, shown, f.name
            )
        if f.type in (model.INTEGER, model.REAL):
            example = tr("e.g. 12") if f.type == model.INTEGER else tr("e.g. 12.5")
            return tr("{}: {} {} ({}): type a number, {}.").format(
                label, shown, refusal, f.name, example
            )
        return tr("{}: the text {} {} ({}).").format(label, shown, refusal, f.name)
    if f.code_list is not None and typed not in f.code_list.values():
        return tr("{}: {} is not in the code list ({}): choose one of {}.").format(
            label, shown, f.name, ", ".join(f.code_list.values())
        )
    if f.type == model.DATE:
        return _date_problem(layer_name, f, typed)
    if f.name == model.PHOTO_FIELD:
        return _photo_problem(label, typed)
    default = (INT32_MIN, INT32_MAX) if f.type == model.INTEGER else (None, None)
    low, high = RANGES.get((layer_name, f.name), default)
    if low == 0 and typed < 0:
        return tr("{} cannot be negative ({}: {}): type 0 or more.").format(label, f.name, shown)
    if low is not None and not low <= typed <= (math.inf if high is None else high):
        return tr("{}: {} is outside {} to {} ({}): check the value and its unit.").format(
            label, shown, number_text(low, 0), number_text(high, 0), f.name
        )
    return None


def _photo_problem(label: str, path: str) -> str | None:
    """Why ``path`` is no photo path ("DCIM/<file name>.jpg|.jpeg|.png"), naming it."""
    from ..attachments import AttachmentError, checked_photo_path

    try:
        checked_photo_path(path)
    except AttachmentError as error:
        return f"{label}: {error}"
    return None


def _date_problem(layer_name: str, f: model.Field, day: datetime.date) -> str | None:
    label = _field_label(f)
    earliest = EARLIEST_DATE.get(layer_name, EARLIEST_WORK_DATE)
    if day > datetime.date.today():
        return tr("{}: {} is in the future ({}): type the day it happened.").format(
            label, day.isoformat(), f.name
        )
    if day < earliest:
        return tr("{}: {} is before {} ({}): check the year.").format(
            label, day.isoformat(), earliest.year, f.name
        )
    return None


def _date(value) -> datetime.date | None:
    """The date of a value that passed validation (None when empty)."""
    if value is None:
        return None
    try:
        return _as_date(value)
    except _Refused:
        return None


def _text_ok(value) -> bool:
    """Whether ``value`` can go into a filter expression or SQL (no broken characters)."""
    try:
        _as_text(value, MAX_TEXT_CHARS)
    except _Refused:
        return False
    return True


def _attribute_problems(feature: QgsFeature, definition: model.Layer, skip=()) -> dict:
    """{field name: why its value cannot be saved}: mandatory fields left empty, values their
    field cannot hold (type, length, characters, code list, range, date), as the model says
    (fields named in ``skip`` aside)."""
    problems = {}
    for f in definition.fields:
        if f.name in skip:
            continue
        value = _value(feature, f.name)
        if value is None:
            if f.not_null and f.derived is None and f.default is None:
                problems[f.name] = tr("{} is mandatory ({}): fill it in.").format(
                    _field_label(f), f.name
                )
            continue
        problem = _field_problem(definition.name, f, value)
        if problem:
            problems[f.name] = problem
    return problems


def _attribute_errors(feature: QgsFeature, definition: model.Layer, skip=()) -> list[str]:
    return list(_attribute_problems(feature, definition, skip).values())


def _field_label(f: model.Field) -> str:
    return QCoreApplication.translate(model.TR_CONTEXT, f.label)


def _attributes(feature: QgsFeature, definition: model.Layer | None = None) -> dict:
    """The feature's values by field name; with ``definition``, its fields as they are stored
    (validated values: whole numbers as int, numbers as float, dates as dates, blank text as
    NULL)."""
    values = {name: feature.attribute(name) for name in feature.fields().names() if name != "fid"}
    for f in definition.fields if definition is not None else ():
        if f.name in values:
            value = _value(feature, f.name)
            values[f.name] = None if value is None else _typed(f, value)
    return values
