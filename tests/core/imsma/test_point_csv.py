"""The IMSMA point list CSV (core/imsma/point_csv.py): written and read back, what spreadsheets
save read too, every bad row or file refused naming its line."""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from landrelease.core import imsma
from landrelease.core.imsma import ImsmaError

from .factories import SQUARE_CCW, N, W, spherical_inverse


def test_csv_round_trip(tmp_path):
    rows = imsma.point_list(SQUARE_CCW, "ŞHA-Ağdam-0001", spherical_inverse)
    rows[1].point_type = "intermediate"
    rows[1].bearing_entered = 1600.0
    rows[1].bearing_unit = "mil6400"
    rows[1].north = "magnetic"
    rows[1].distance_entered = 85.25
    rows[1].entered_as = 'Азимут 16-00, "камень", 85 м'
    path = tmp_path / "hazard_points.csv"
    assert imsma.write_point_csv(path, rows) == 4
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")  # no BOM
    assert raw.splitlines()[0].decode() == ",".join(imsma.CSV_COLUMNS)
    assert b"\r\n" in raw
    back = imsma.read_point_csv(path)
    assert back == rows
    assert back[1].bearing_entered == 1600.0 and back[0].entered_as is None
    text = raw.decode("utf-8")
    assert f"{N:.9f},{W:.9f}" in text  # latitude, longitude with 9 decimals
    assert ",1600," in text  # as entered, without a spurious .0


def test_csv_reader_accepts_bom_semicolons_and_extra_columns(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text(
        "\ufeffIMSMA_ID;Point_No;latitude;longitude;extra\nA;1;40,5;46,5;x\nA;2;40.6;46.5;y\n",
        encoding="utf-8",
    )
    rows = imsma.read_point_csv(path)
    assert [(r.imsma_id, r.point_no, r.latitude, r.point_type) for r in rows] == [
        ("A", 1, 40.5, "turning"),
        ("A", 2, 40.6, "turning"),
    ]


def test_csv_bad_rows_collected_or_raised(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text(
        "imsma_id,point_no,latitude,longitude\nA,1,40,46\nA,2,north,46\nB,x,40,46\nC,1,95,46\n"
        ",1,40,46\n",
        encoding="utf-8",
    )
    errors = []
    rows = imsma.read_point_csv(path, errors)
    assert [r.imsma_id for r in rows] == ["A"]
    assert [(line, pid) for line, pid, _m in errors] == [(3, "A"), (4, "B"), (5, "C"), (6, None)]
    assert "latitude 'north' is not a number" in str(errors[0][2])
    with pytest.raises(ImsmaError, match="p.csv line 3"):
        imsma.read_point_csv(path)


def test_csv_missing_column_raises(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("imsma_id,point_no,lat,lon\n", encoding="utf-8")
    with pytest.raises(ImsmaError, match="no column latitude, longitude"):
        imsma.read_point_csv(path, [])
    path.write_text("", encoding="utf-8")
    with pytest.raises(ImsmaError, match="empty"):
        imsma.read_point_csv(path)


HEADER = ",".join(imsma.CSV_COLUMNS)


def write_csv(tmp_path, text, encoding="utf-8"):
    path = tmp_path / "hazard_points.csv"
    path.write_bytes(text.encode(encoding))
    return path


def test_csv_not_utf8_names_the_file_and_line(tmp_path):
    text = f"{HEADER}\nA,1,start,40,46,,,,,,,\nA,2,turning,40.1,46,,,,,Камень,,\n"
    path = write_csv(tmp_path, text, "cp1251")
    with pytest.raises(ImsmaError) as raised:
        imsma.read_point_csv(path, [])
    assert str(raised.value) == (
        "hazard_points.csv is not UTF-8 text (byte 0xCA on line 3): save it as UTF-8 and "
        "import again."
    )


def test_csv_separators_found_from_the_header(tmp_path):
    for sep in (";", "\t"):
        path = write_csv(
            tmp_path,
            f"imsma_id{sep}point_no{sep}latitude{sep}longitude\nA{sep}1{sep}40,25{sep}46.5\n",
        )
        [row] = imsma.read_point_csv(path)
        assert (row.imsma_id, row.point_no, row.latitude, row.longitude) == ("A", 1, 40.25, 46.5)
    path = write_csv(tmp_path, "imsma_id|point_no|latitude|longitude\nA|1|40|46\n")
    with pytest.raises(ImsmaError) as raised:
        imsma.read_point_csv(path, [])
    message = str(raised.value)
    assert message.startswith("hazard_points.csv has no column imsma_id, point_no, latitude, ")
    assert "'imsma_id|point_no|latitude|longitude'" in message and "comma-separated" in message


def test_csv_row_problems_name_their_line(tmp_path):
    long_id = "H" * 10_000
    text = (
        f"{HEADER}\n"
        "A,1,start,40.0,46.0,,,,,,,\n"
        "A,2,turning,40,5,46.1,,,,,,,\n"  # an unquoted decimal comma: 13 values
        "A,3,turning,40.1,nan,,,,,,,\n"
        "A,1,turning,40.2,46.2,,,,,,,\n"  # point 1 again
        f"{long_id},1,start,40,46,,,,,,,\n"
        '"B\nC",1,start,40,46,,,,,,,\n'  # an id with a line break (a quoted value)
        "D,1,start,104.9,11.5,,,,,,,\n"  # Cambodia with latitude and longitude swapped
        "E,1,start,4425000,640000,,,,,,,\n"  # UTM numbers
        "F,1,start,1e400,46,,,,,,,\n"
    )
    errors = []
    rows = imsma.read_point_csv(write_csv(tmp_path, text), errors)
    assert [(r.imsma_id, r.point_no) for r in rows] == [("A", 1)]
    messages = {line: str(error) for line, _pid, error in errors}
    assert messages == {
        3: "line 3 has 13 values where the header has 12 columns: a separator or a decimal "
        "comma inside a value that is not quoted?",
        4: "line 4: longitude 'nan' is not a finite number (NaN or infinite).",
        5: "line 5: point 1 of A is already on line 2.",
        6: f"line 6: the id {'H' * 40}… (10000 characters) is longer than 100 characters.",
        8: "line 8: the id 'B\\nC' holds a control character (line break, tab or NUL).",
        9: "line 9: latitude 104.9 is not between -90 and 90 (longitude 11.5): are the latitude "
        "and longitude columns swapped?",
        10: "line 10: latitude 4.425e+06, longitude 640000 are not degrees: the point lists hold "
        "WGS 84 degrees, not projected coordinates (UTM, Gauss–Krüger).",
        11: "line 11: latitude '1e400' is not a finite number (NaN or infinite).",
    }
    assert [pid for _line, pid, _e in errors] == ["A", "A", "A", None, "B\nC", "D", "E", "F"]


def test_csv_broken_beyond_a_row_is_refused_with_its_line(tmp_path):
    text = f"{HEADER}\nA,1,start,40,46,,,,,,,\nA,2,turning,40,46,,,,," + '"' + "x" * 200_000 + '"\n'
    with pytest.raises(ImsmaError, match=r"hazard_points.csv line \d+ is not CSV: field larger"):
        imsma.read_point_csv(write_csv(tmp_path, text), [])
    path = write_csv(tmp_path, "imsma_id,point_no,latitude,latitude,longitude\n")
    with pytest.raises(ImsmaError, match="the column latitude appears more than once"):
        imsma.read_point_csv(path, [])


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.one_of(
            st.sampled_from([HEADER, "A,1,start,40,46,,,,,,,", "A,2,,40.1,46", '"', ";", "\x00"]),
            st.text(max_size=40),
        ),
        max_size=8,
    ),
    st.sampled_from(["utf-8", "utf-16", "cp1251"]),
)
def test_any_csv_text_gives_rows_or_an_imsma_error(tmp_path, lines, encoding):
    text = "\n".join(lines)
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8", "surrogatepass")
    path = tmp_path / "any.csv"
    path.write_bytes(data)
    errors = []
    try:
        rows = imsma.read_point_csv(path, errors)
    except ImsmaError as error:
        assert "any.csv" in str(error)
        return
    for row in rows:
        assert math.isfinite(row.latitude) and abs(row.latitude) <= 90
        assert math.isfinite(row.longitude) and abs(row.longitude) <= 180
    assert all(isinstance(e, ImsmaError) for _line, _pid, e in errors)
