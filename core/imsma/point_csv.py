"""The point list CSV: written as IMSMA keeps it (UTF-8, comma, CRLF), read back from what
spreadsheets save (a BOM, semicolons, tabs), each bad row named by its line."""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterable
from pathlib import Path
from typing import Optional

from .. import model
from .exchange import (
    CSV_COLUMNS,
    DECIMALS,
    MAX_ID_LENGTH,
    REQUIRED_CSV_COLUMNS,
    TURNING,
    ImsmaError,
    PointRow,
    checked_id,
    decoded_text,
    shown_id,
)

CSV_DELIMITERS = (",", ";", "\t")  # comma as written; semicolon and tab as spreadsheets save


def _t(text: str) -> str:
    return model.QT_TRANSLATE_NOOP("LandReleaseImsma", text)


def _number_text(value) -> str:
    if value is None:
        return ""
    number = float(value)
    if not math.isfinite(number):
        return ""
    if number.is_integer() and abs(number) < 1e15:
        return str(int(number))
    return repr(number)


def _csv_values(row: PointRow) -> list[str]:
    def fixed(value, decimals):
        return "" if value is None else f"{float(value):.{decimals}f}"

    return [
        row.imsma_id,
        str(int(row.point_no)),
        row.point_type or "",
        fixed(row.latitude, DECIMALS),
        fixed(row.longitude, DECIMALS),
        fixed(row.bearing_deg, 2),
        fixed(row.distance_m, 2),
        _number_text(row.bearing_entered),
        _number_text(row.distance_entered),
        row.entered_as or "",
        row.bearing_unit or "",
        row.north or "",
    ]


def write_point_csv(path, rows: Iterable[PointRow]) -> int:
    """Write a point list CSV (UTF-8 without BOM, comma, header row, CRLF). Returns rows written."""
    n = 0
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for row in rows:
            writer.writerow(_csv_values(row))
            n += 1
    return n


def _parse_float(text: str, column: str, line: int, required: bool = False) -> Optional[float]:
    text = (text or "").strip()
    if not text:
        if required:
            raise ImsmaError(_t("line {line}: {column} is empty."), line=line, column=column)
        return None
    try:
        value = float(text.replace(",", ".")) if text.count(",") == 1 else float(text)
    except ValueError:
        raise ImsmaError(
            _t("line {line}: {column} {value} is not a number."),
            line=line,
            column=column,
            value=repr(shown_id(text)),
        ) from None
    if not math.isfinite(value):
        raise ImsmaError(
            _t("line {line}: {column} {value} is not a finite number (NaN or infinite)."),
            line=line,
            column=column,
            value=repr(text),
        )
    return value


def _check_degrees(latitude: float, longitude: float, line: int) -> None:
    """Refuse a latitude beyond ±90° or a longitude beyond ±180°, with the likely reason."""
    if abs(latitude) <= 90 and abs(longitude) <= 180:
        return
    if abs(latitude) > 180 or abs(longitude) > 180:
        reason = _t(
            "line {line}: latitude {latitude:g}, longitude {longitude:g} are not degrees: the "
            "point lists hold WGS 84 degrees, not projected coordinates (UTM, Gauss–Krüger)."
        )
    elif abs(latitude) > 90 and abs(longitude) <= 90:
        reason = _t(
            "line {line}: latitude {latitude:g} is not between -90 and 90 (longitude "
            "{longitude:g}): are the latitude and longitude columns swapped?"
        )
    else:
        reason = _t("line {line}: latitude {latitude:g} is not between -90 and 90.")
    raise ImsmaError(reason, line=line, latitude=latitude, longitude=longitude)


def _parse_row(record: dict, line: int) -> PointRow:
    imsma_id = checked_id(record.get("imsma_id") or "", f"line {line}")
    number = _parse_float(record.get("point_no"), "point_no", line, required=True)
    if not number.is_integer():
        raise ImsmaError(
            _t("line {line}: point_no {number:g} is not a whole number."), line=line, number=number
        )
    latitude = _parse_float(record.get("latitude"), "latitude", line, required=True)
    longitude = _parse_float(record.get("longitude"), "longitude", line, required=True)
    _check_degrees(latitude, longitude, line)

    def text(column):
        value = (record.get(column) or "").strip()
        return value or None

    return PointRow(
        imsma_id=imsma_id,
        point_no=int(number),
        point_type=text("point_type") or TURNING,
        latitude=latitude,
        longitude=longitude,
        bearing_deg=_parse_float(record.get("bearing_deg"), "bearing_deg", line),
        distance_m=_parse_float(record.get("distance_m"), "distance_m", line),
        bearing_entered=_parse_float(record.get("bearing_entered"), "bearing_entered", line),
        distance_entered=_parse_float(record.get("distance_entered"), "distance_entered", line),
        entered_as=text("entered_as"),
        bearing_unit=text("bearing_unit"),
        north=text("north"),
        line=line,
    )


def _first_record(text: str, delimiter: str, name: str) -> list[str]:
    try:
        return next(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), [])
    except csv.Error as error:
        raise ImsmaError(
            _t("{file} line {line} is not CSV: {reason}"), file=name, line=1, reason=error
        ) from None


def _csv_header(text: str, name: str) -> tuple[str, list[str]]:
    """The delimiter and the lower-case column names: the first of :data:`CSV_DELIMITERS` that
    splits the first line into the required columns."""
    lines = text.splitlines()
    first = lines[0] if lines else ""
    if not first.strip():
        raise ImsmaError(_t("{file} is empty (no header row)."), file=name)
    for delimiter in CSV_DELIMITERS:
        header = [h.strip().lower() for h in _first_record(text, delimiter, name)]
        if all(c in header for c in REQUIRED_CSV_COLUMNS):
            twice = sorted({c for c in header if c and header.count(c) > 1})
            if twice:
                raise ImsmaError(
                    _t("{file}: the column {columns} appears more than once in the header."),
                    file=name,
                    columns=", ".join(twice),
                )
            return delimiter, header
    header = [h.strip().lower() for h in _first_record(text, ",", name)]
    raise ImsmaError(
        _t(
            "{file} has no column {missing} (its first line is {first}): a point list is "
            "comma-separated (semicolons and tabs are also read) with the columns {required}."
        ),
        file=name,
        missing=", ".join(c for c in REQUIRED_CSV_COLUMNS if c not in header),
        first=repr(first[:80] + ("…" if len(first) > 80 else "")),
        required=", ".join(REQUIRED_CSV_COLUMNS),
    )


def read_point_csv(path, errors: Optional[list] = None) -> list[PointRow]:
    """The rows of a point list CSV: UTF-8 (a BOM accepted), comma, semicolon or tab separated
    (found from the header), extra columns accepted.

    Bad rows raise :class:`ImsmaError`, or, when ``errors`` is a list, are appended to it as
    ``(line, imsma_id or None, error)`` and skipped: a value that is not a number, degrees out
    of range, an id that is empty, too long or holds control characters, a row with another
    number of values than the header, a point number used twice in a list. An unreadable file
    (not UTF-8, no header, a required column missing, broken quoting) always raises."""
    path = Path(path)
    text = decoded_text(path)
    delimiter, header = _csv_header(text, path.name)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[PointRow] = []
    first_line: dict[tuple[str, int], int] = {}

    def bad(line, imsma_id, error):
        if errors is None:
            raise ImsmaError("{file} {problem}", file=path.name, problem=str(error))
        errors.append((line, imsma_id, error))

    try:
        next(reader)
        for values in reader:
            line = reader.line_num
            if not any(v.strip() for v in values):
                continue
            record = dict(zip(header, values))
            raw_id = (record.get("imsma_id") or "").strip()
            pid = raw_id if raw_id and len(raw_id) <= MAX_ID_LENGTH else None
            if len(values) != len(header):
                bad(line, pid, _value_count_error(line, len(values), len(header)))
                continue
            try:
                row = _parse_row(record, line)
            except ImsmaError as error:
                bad(line, pid, error)
                continue
            key = (row.imsma_id, row.point_no)
            if key in first_line:
                bad(line, row.imsma_id, _repeated_point_error(row, first_line[key]))
                continue
            first_line[key] = line
            rows.append(row)
    except csv.Error as error:
        raise ImsmaError(
            _t("{file} line {line} is not CSV: {reason}"),
            file=path.name,
            line=reader.line_num,
            reason=error,
        ) from None
    return rows


def _value_count_error(line: int, count: int, columns: int) -> ImsmaError:
    return ImsmaError(
        _t(
            "line {line} has {count} values where the header has {columns} columns: a "
            "separator or a decimal comma inside a value that is not quoted?"
        ),
        line=line,
        count=count,
        columns=columns,
    )


def _repeated_point_error(row: PointRow, first: int) -> ImsmaError:
    return ImsmaError(
        _t("line {line}: point {number} of {id} is already on line {first}."),
        line=row.line,
        number=row.point_no,
        id=row.imsma_id,
        first=first,
    )
