"""The turning points CSV file: rows of points or legs read from it, and written to it.

Plain Python: no QGIS, no Qt. The columns are those of the traverse_leg layer (seq, point_type,
bearing, bearing_unit, north, distance_m, remarks) and/or a coordinate column; a file may hold
several records (record_id). The text is decoded and split into rows by ``core.csv_text``, as
the record dock reads its point files (encodings, ``sep=``, the separator found for sure).

Nothing here is worded for the user: a file that is not CSV text read for sure raises
``core.csv_text.TextFileError``, one without point columns :class:`TableFileError`, both with a
``code`` and ``values``; notes about what was read carry a code (:data:`NOTE_CODES`) and values.
The dialog turns them into words.
"""

from __future__ import annotations

import csv
import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .coordinates import CoordinateError
from .csv_text import decode_text, read_header, split_rows
from .errors import CodedError
from .point_rows import (
    BEARING,
    COORDINATE,
    DEFAULT_TYPE,
    FIRST_TYPE,
    RowInput,
    Settings,
    distance_text,
    number,
    point_type_code,
    read_coordinate,
    split_bearing,
)
from .turning_points import Computation

CSV_COLUMNS = (
    "seq",
    "point_type",
    "entry",
    "coordinate",
    "bearing",
    "bearing_unit",
    "north",
    "distance_m",
    "declination_deg",
    "easting",
    "northing",
    "remarks",
    "declination_source",
    "record_date",
)
FILE_ERROR_CODES = (
    "no_point_columns",  # neither a coordinate nor a bearing column: values["columns"]
)  # a file that is not readable CSV text raises core.csv_text's TextFileError
NOTE_CODES = (
    "other_records",  # the file holds values["count"] records; values["chosen"] was read
    "unknown_point_type",  # values["text"] is no point type: read as a turning point
    "starts_with_leg",  # the first row is a leg: its start point is to be typed
)


class TableFileError(CodedError):
    """A CSV file that cannot be read as points or legs: ``code`` (:data:`FILE_ERROR_CODES`),
    an English ``detail`` (= ``str(error)``) and ``values``."""


@dataclass(frozen=True)
class FileNote:
    """Something the officer should know about what was read (:data:`NOTE_CODES`)."""

    code: str
    values: dict = field(default_factory=dict)


@dataclass(frozen=True)
class RefusedCoordinate:
    """A row whose coordinate cannot be read, or reads two ways."""

    seq: int
    coordinate: str
    error: CoordinateError


@dataclass
class CsvTable:
    rows: list[RowInput]
    unit: str | None = None
    north: str | None = None
    declination_deg: float | None = None  # the value on the record (typed)
    record_date: str | None = None
    notes: list[FileNote] = field(default_factory=list)
    refused: list[RefusedCoordinate] = field(default_factory=list)


def read_text(path: str) -> str:
    """The text of the file ``path`` as ``core.csv_text`` decodes it (TextFileError if it
    cannot be read for sure)."""
    return decode_text(path)


def read_csv(
    path: str,
    record_id: str | None = None,
    settings: Settings | None = None,
    local_labels: Mapping[str, str] | None = None,
) -> CsvTable:
    """The rows of a CSV of points or legs (traverse_leg columns: seq, point_type, bearing,
    bearing_unit, north, distance_m, remarks; and/or a coordinate column). The most common unit
    and north become the defaults; a leg in another one names it after its bearing. A file of
    legs only gets an empty reference point row first (its coordinate is not in the file).
    Coordinates are read as the table reads them (``settings``): the rows whose coordinate
    cannot be read, or reads two ways, are listed in ``refused`` with the reason (they are kept
    in the table, marked, and nothing is saved while they are wrong). ``local_labels``: the
    point types' labels in the user's language (code -> label)."""
    records, names = _records(read_text(path), path)
    notes: list[FileNote] = []
    if "record_id" in names:
        records = _one_record(records, record_id, notes)
    records = sorted(records, key=_seq_key)
    parsed = [_parsed(record, local_labels, notes) for record in records]
    table = _table(parsed, notes)
    table.refused = _refused(table.rows, settings or Settings())
    return table


def _records(text: str, path: str) -> tuple[list[dict], set[str]]:
    """The rows of a CSV text as dicts by lower-case column name, and the column names. The
    separator and the rows are those ``core.csv_text`` finds (TextFileError where unclear)."""
    file = Path(path).name
    header = read_header(text, file)
    names = [name.lower() for name in header.names]
    if not set(names) & {"coordinate", "bearing", "entered_as"}:
        columns = ", ".join(names)
        raise TableFileError(
            "no_point_columns",
            f"The file has neither a coordinate nor a bearing column: {columns}.",
            file=file,
            columns=columns,
        )
    rows = split_rows(text, file, header)
    return [{name.lower(): cell for name, cell in row.cells.items()} for row in rows], set(names)


def _one_record(records: list[dict], record_id: str | None, notes: list[FileNote]) -> list[dict]:
    """The rows of ``record_id``, else of the first record of the file (a note says so)."""
    ids = list(dict.fromkeys((r.get("record_id") or "").strip() for r in records))
    chosen = record_id if record_id is not None else (ids[0] if ids else None)
    if len(ids) > 1:
        notes.append(FileNote("other_records", {"count": len(ids), "chosen": chosen}))
    return [r for r in records if (r.get("record_id") or "").strip() == (chosen or "")]


def _value(record: dict, *keys) -> str:
    """The first non-blank cell of ``keys``, stripped ("" if none)."""
    for key in keys:
        text = record.get(key)
        if text is not None and str(text).strip():
            return str(text).strip()
    return ""


def _seq_key(record: dict) -> float:
    """Rows in seq order; rows without a seq keep their place after them (sorting is stable)."""
    seq = number(_value(record, "seq"))
    return seq if seq is not None else math.inf


def _parsed(record: dict, local_labels, notes: list[FileNote]) -> dict:
    """One CSV row's values as the table needs them."""
    coordinate, bearing = _value(record, "coordinate"), _value(record, "bearing")
    entry = _value(record, "entry").lower()
    if entry not in (COORDINATE, BEARING):
        entry = COORDINATE if coordinate or not bearing else BEARING
    point_type_text = _value(record, "point_type")
    point_type = point_type_code(point_type_text, local_labels) if point_type_text else None
    if point_type_text and point_type is None:
        notes.append(FileNote("unknown_point_type", {"text": point_type_text}))
    return {
        "point_type": point_type,
        "entry": entry,
        "coordinate": coordinate,
        "bearing": bearing,
        "unit": _value(record, "bearing_unit").lower() or None,
        "north": _value(record, "north").lower() or None,
        "distance": _value(record, "distance_m", "distance"),
        "declination": number(_value(record, "declination_deg")),
        "declination_source": _value(record, "declination_source").lower(),
        "record_date": _value(record, "record_date"),
        "remarks": _value(record, "remarks"),
    }


def _most_common(values) -> str | None:
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else None


def _table(parsed: list[dict], notes: list[FileNote]) -> CsvTable:
    """The table of the parsed rows, with the unit, north, declination and date they share."""
    legs = [p for p in parsed if p["entry"] == BEARING]
    unit = _most_common(p["unit"] for p in legs)
    north = _most_common(p["north"] for p in legs)
    declinations = [
        p["declination"]
        for p in legs
        if p["declination"] is not None and p["declination_source"] in ("", "entered")
    ]
    dates = [p["record_date"] for p in parsed if p["record_date"]]
    table = CsvTable(
        [],
        unit,
        north,
        declinations[0] if declinations else None,
        dates[0] if dates else None,
        notes,
    )
    if parsed and parsed[0]["entry"] == BEARING:
        table.rows.append(RowInput(0, "reference", COORDINATE))
        notes.append(FileNote("starts_with_leg"))
    for p in parsed:
        table.rows.append(_row(p, len(table.rows), unit, north))
    return table


def _row(p: dict, number_before: int, unit: str | None, north: str | None) -> RowInput:
    """A parsed row as a table row; a leg in another unit or north than the file's names it."""
    bearing = p["bearing"]
    if p["entry"] == BEARING:
        words = [w for w, default in ((p["unit"], unit), (p["north"], north)) if w and w != default]
        bearing = " ".join([bearing, *words]) if words else bearing
    leg = p["entry"] == BEARING
    return RowInput(
        seq=number_before + 1,
        point_type=p["point_type"] or (FIRST_TYPE if number_before == 0 else DEFAULT_TYPE),
        entry=p["entry"],
        coordinate="" if leg else p["coordinate"],
        bearing=bearing if leg else "",
        distance=p["distance"] if leg else "",
        remarks=p["remarks"],
    )


def _refused(rows: list[RowInput], settings: Settings) -> list[RefusedCoordinate]:
    """The coordinate rows that the table cannot read with ``settings``."""
    refused = []
    for row in rows:
        if row.entry != COORDINATE or not row.coordinate.strip():
            continue
        try:
            read_coordinate(row.coordinate, settings)
        except CoordinateError as error:
            refused.append(RefusedCoordinate(row.seq, row.coordinate, error))
    return refused


def _plain(text: str) -> str:
    """A plain number with a decimal point ("61,5" -> "61.5"); other text as it is."""
    return text.replace(",", ".") if number(text) is not None else text


def write_csv(path: str, computation: Computation, settings: Settings) -> int:
    """Write the typed rows and their computed positions as UTF-8 CSV; returns the row count."""
    count = 0
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for row, result in zip(computation.inputs, computation.rows):
            if row.is_empty():
                continue
            writer.writerow(_csv_row(row, result, computation, settings))
            count += 1
    return count


def _csv_row(row: RowInput, result, computation: Computation, settings: Settings) -> list:
    """One row of the file, in the order of :data:`CSV_COLUMNS`."""
    bearing = unit = north = distance = value = source = ""
    declination = computation.declination
    if row.entry == BEARING:
        text, own_unit, own_north = split_bearing(row.bearing)
        bearing = _plain(text)
        unit = own_unit or settings.unit
        north = own_north or settings.north
        distance = _plain(distance_text(row.distance))
        if north == "magnetic" and declination.value is not None:
            value, source = f"{declination.value:.6g}", declination.source
    easting = northing = ""
    if result.point is not None:
        easting, northing = f"{result.point.x:.3f}", f"{result.point.y:.3f}"
    return [
        row.seq,
        row.point_type,
        row.entry,
        row.coordinate if row.entry == COORDINATE else "",
        bearing,
        unit,
        north,
        distance,
        value,
        easting,
        northing,
        row.remarks,
        source,
        settings.record_date.strip(),
    ]
