"""Attribute values between QGIS and JSON (the IMSMA exchange's GeoJSON properties), both ways:
``to_json`` for what a QGIS feature holds, ``from_json`` for what a field of the land release
data model takes."""

from __future__ import annotations

import base64
import json
import math
import re

from qgis.PyQt.QtCore import QByteArray, QDate, QDateTime, Qt, QTime, QVariant

from ..core import model


def to_json(value):
    """A QGIS attribute value as a JSON value: NULL null, dates and times ISO 8601."""
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    if isinstance(value, QDateTime):
        if not value.isValid():
            return None
        return value.toString(Qt.ISODateWithMs if value.time().msec() else Qt.ISODate)
    if isinstance(value, QDate):
        return value.toString(Qt.ISODate) if value.isValid() else None
    if isinstance(value, QTime):
        if not value.isValid():
            return None
        return value.toString(Qt.ISODateWithMs if value.msec() else Qt.ISODate)
    if isinstance(value, QByteArray):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, QVariant):
        value = value.value()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    return str(value)


def from_json(value, field_type: str):
    """A JSON property value for a field of the model type ``field_type``; ValueError when it
    does not fit."""
    if value is None:
        return None
    convert = _TO_FIELD.get(field_type)
    return value if convert is None else convert(value)


def _text(value) -> str:
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _integer(value):
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, str):
        if not value.strip():
            return None
        value = float(value.strip())
    if isinstance(value, (int, float)) and math.isfinite(value) and float(value).is_integer():
        return int(value)
    raise ValueError(value)


def _real(value):
    if isinstance(value, str) and not value.strip():
        return None
    number = float(value)
    if not math.isfinite(number):
        raise ValueError(value)
    return number


def _date(value):
    text = _date_text(value)
    if not text:
        return None
    date = QDate.fromString(text[:10], Qt.ISODate)
    if not date.isValid():
        raise ValueError(value)
    return date


def _datetime(value):
    text = _date_text(value)
    if not text:
        return None
    if len(text) > 10 and text[10] == " ":
        text = text[:10] + "T" + text[11:]
    moment = QDateTime.fromString(text, Qt.ISODateWithMs)
    if not moment.isValid() and len(text) == 10:
        date = QDate.fromString(text, Qt.ISODate)
        moment = QDateTime(date) if date.isValid() else moment
    if not moment.isValid():
        raise ValueError(value)
    return moment


def _date_text(value) -> str:
    text = str(value).strip()
    m = re.match(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})(.*)", text)
    if m:  # 2024/05/01 (GDAL's GeoJSON writer), 2024.05.01
        text = f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}{m.group(4)}"
    return text


_TO_FIELD = {
    model.TEXT: _text,
    model.INTEGER: _integer,
    model.REAL: _real,
    model.DATE: _date,
    model.DATETIME: _datetime,
}
