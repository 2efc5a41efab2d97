"""core.pointfile: the turning points CSV file read and written, without QGIS."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from landrelease.core.csv_text import TextFileError
from landrelease.core.point_rows import BEARING, COORDINATE, RowInput, Settings
from landrelease.core.pointfile import (
    CSV_COLUMNS,
    FileNote,
    TableFileError,
    read_csv,
    write_csv,
)
from landrelease.core.turning_points import compute_rows

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data" / "traverse_legs.csv"
UTM = "EPSG:32638"
AZ_REMARK = "Şərq tərəfdə mina sahəsi, çay kənarı — ğ ı ö ü ç ş ə"
RU_REMARK = "Заброшенный окоп, юго-восток"


def record_rows() -> list[RowInput]:
    return [
        RowInput(1, "benchmark", COORDINATE, coordinate="38N 600000 4400000", remarks=AZ_REMARK),
        RowInput(2, "start", BEARING, bearing="1500", distance="40"),
        RowInput(3, "turning", BEARING, bearing="0", distance="60"),
        RowInput(4, "turning", BEARING, bearing="1800 mil6400 grid", distance="61,5"),
        RowInput(5, "end", BEARING, bearing="4500", distance="59", remarks=RU_REMARK),
    ]


RECORD = Settings(unit="mil6000", north="magnetic", declination_deg=6.5, record_date="1993-06")


def test_written_rows_read_back(tmp_path):
    computation = compute_rows(record_rows(), RECORD, UTM)
    path = tmp_path / "Ağdam record.csv"
    assert write_csv(str(path), computation, RECORD) == 5
    with open(path, encoding="utf-8", newline="") as handle:
        written = list(csv.DictReader(handle))
    assert list(written[0]) == list(CSV_COLUMNS)
    assert written[0]["easting"] == f"{computation.rows[0].point.x:.3f}"
    assert (written[3]["bearing"], written[3]["bearing_unit"], written[3]["north"]) == (
        "1800",
        "mil6400",
        "grid",
    )
    assert written[3]["distance_m"] == "61.5"  # a decimal point, whatever was typed
    assert (written[1]["declination_deg"], written[1]["declination_source"]) == ("6.5", "entered")
    assert written[3]["declination_deg"] == ""  # a grid leg uses none
    assert {w["record_date"] for w in written} == {"1993-06"}

    table = read_csv(str(path), settings=RECORD)
    typed = [replace(r, distance=r.distance.replace(",", ".")) for r in record_rows()]
    assert table.rows == typed
    assert (table.unit, table.north, table.declination_deg, table.record_date) == (
        "mil6000",
        "magnetic",
        6.5,
        "1993-06",
    )
    assert table.notes == [] and table.refused == []


def test_the_sample_records():
    table = read_csv(str(SAMPLE))
    assert len(table.rows) == 12  # the reference point (to type) and 11 legs of MFR-001
    assert table.notes == [
        FileNote("other_records", {"count": 5, "chosen": "MFR-001"}),
        FileNote("starts_with_leg"),
    ]
    first = table.rows[0]
    assert (first.point_type, first.entry, first.coordinate) == ("reference", COORDINATE, "")
    assert (table.rows[1].point_type, table.rows[1].bearing, table.rows[1].distance) == (
        "benchmark",
        "81.0",
        "204",
    )
    assert table.rows[1].remarks.startswith("from reference point")
    assert (table.unit, table.north) == ("deg", "grid")
    other = read_csv(str(SAMPLE), record_id="MFR-002")
    assert len(other.rows) == 9 and other.rows[1].bearing == "3408"
    assert (other.unit, other.north) == ("mil6000", "magnetic")


def test_rows_in_seq_order_with_their_own_unit_and_types(tmp_path):
    path = tmp_path / "legs.csv"
    path.write_text(
        "seq;point_type;bearing;bearing_unit;north;distance_m\n"
        "3;TP;20;deg;grid;30\n"
        "1;Dönmə;12-50;mil6000;magnetic;10\n"
        "2;SP;13-00;mil6000;magnetic;20\n",
        encoding="utf-8",
    )
    table = read_csv(str(path), local_labels={"turning": "Dönmə"})
    assert [(r.seq, r.point_type, r.bearing) for r in table.rows] == [
        (0, "reference", ""),  # the start of the legs, to type (the table renumbers)
        (2, "turning", "12-50"),
        (3, "start", "13-00"),
        (4, "turning", "20 deg grid"),  # not the file's unit and north: named after it
    ]
    plain = read_csv(str(path))
    assert FileNote("unknown_point_type", {"text": "Dönmə"}) in plain.notes
    assert plain.rows[1].point_type == "turning"  # read as a turning point (the default)


def test_coordinates_that_cannot_be_read_are_named(tmp_path):
    path = tmp_path / "points.csv"
    path.write_text(
        "seq;point_type;coordinate\n"
        "1;start;40°02'13.43\"N 46°57'14.45\"E\n"
        "2;turning;40,123 46,754 47,1\n"
        "3;turning;not a place\n"
        "4;end;38N 640000 4425000\n",
        encoding="utf-8",
    )
    table = read_csv(str(path))
    assert [(r.seq, r.coordinate) for r in table.refused] == [
        (2, "40,123 46,754 47,1"),
        (3, "not a place"),
    ]
    assert table.refused[1].error.code == "unrecognised"
    assert len(table.rows) == 4  # kept in the table, marked there


def test_files_that_are_not_point_tables_are_refused(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(TextFileError) as raised:
        read_csv(str(empty))
    assert raised.value.code == "empty"
    other = tmp_path / "other.csv"
    other.write_text("name;value\na;1\n", encoding="utf-8")
    with pytest.raises(TableFileError) as raised:
        read_csv(str(other))
    assert (raised.value.code, raised.value.values["columns"]) == (
        "no_point_columns",
        "name, value",
    )
    unclear = tmp_path / "unclear.csv"
    unclear.write_text("seq;coordinate,remarks\n1;38N 1,2\n", encoding="utf-8")
    with pytest.raises(TextFileError) as raised:
        read_csv(str(unclear))
    assert raised.value.code == "separator_unclear"


def test_a_windows_1251_file_reads_as_cyrillic(tmp_path):
    path = tmp_path / "запись.csv"
    path.write_bytes(f"seq;coordinate;remarks\n1;38N 600000 4400000;{RU_REMARK}\n".encode("cp1251"))
    assert read_csv(str(path)).rows[0].remarks == RU_REMARK


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    remarks=st.lists(
        st.text(alphabet='abcçəğıöşüжщ ,;"\t', max_size=15).map(str.strip), min_size=5, max_size=5
    )
)
def test_any_remarks_survive_the_file(tmp_path, remarks):
    rows = [replace(r, remarks=text) for r, text in zip(record_rows(), remarks)]
    path = tmp_path / "remarks.csv"
    write_csv(str(path), compute_rows(rows, RECORD, UTM), RECORD)
    assert [r.remarks for r in read_csv(str(path), settings=RECORD).rows] == remarks
