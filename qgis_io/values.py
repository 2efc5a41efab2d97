"""Attribute values between QGIS and plain Python: NULL, QVariant, QDate and QDateTime.

Every reader of QGIS attributes (algorithms, storage, dialogs) converts through these, so that
NULL, an invalid date and a blank text mean the same everywhere."""

from __future__ import annotations

import datetime

from qgis.PyQt.QtCore import QDate, QDateTime, QVariant


def is_null(value) -> bool:
    """True for None and QGIS's NULL (a null QVariant)."""
    return value is None or (isinstance(value, QVariant) and value.isNull())


def plain_value(value):
    """An attribute as plain Python: NULL as None, a QVariant unwrapped; dates stay Qt's."""
    if is_null(value):
        return None
    return value.value() if isinstance(value, QVariant) else value


def blank_none(value):
    """None for NULL and for blank text, else the plain value."""
    value = plain_value(value)
    if isinstance(value, str) and not value.strip():
        return None
    return value


def python_value(value):
    """An attribute as plain Python: NULL as None, QDate as ``datetime.date``, QDateTime as
    ``datetime.datetime`` (None when invalid)."""
    value = plain_value(value)
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    if isinstance(value, QDateTime):
        return value.toPyDateTime() if value.isValid() else None
    return value


def qt_date(value) -> datetime.date | None:
    """The day of a QDate or QDateTime (None when invalid); None for anything else."""
    if isinstance(value, QDateTime):
        return value.date().toPyDate() if value.isValid() else None
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    return None


def as_date(value):
    """An end date as ``datetime.date`` (from QDate, QDateTime, a Python date or ISO text); None
    when NULL; text that is no date is passed on as it is, for the accounting to report."""
    value = plain_value(value)
    if value is None:
        return None
    if isinstance(value, (QDate, QDateTime)):
        return qt_date(value)
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = str(value).strip()
    if not text:
        return None
    try:
        return datetime.date.fromisoformat(text[:10])
    except ValueError:
        return text
