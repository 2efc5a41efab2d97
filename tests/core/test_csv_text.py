"""core/csv_text.py: the text of an officer's CSV file read as meant or refused with a code, the
file and the line; property tests write tables and texts as Excel or an editor would and check
that what comes back is what was written, or a refusal, never another reading."""

from __future__ import annotations

import codecs
import csv
import io

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from landrelease.core.csv_text import (
    ERROR_CODES,
    SEPARATORS,
    CsvHeader,
    CsvRow,
    TextFileError,
    decode_bytes,
    decode_text,
    read_header,
    split_rows,
)


def refused(function, *args) -> TextFileError:
    with pytest.raises(TextFileError) as caught:
        function(*args)
    assert caught.value.code in ERROR_CODES
    return caught.value


# --- text --------------------------------------------------------------------------------------


def test_utf8_with_and_without_its_mark_and_utf16_with_its_mark():
    text = "lat;lon;Примечание\n40.1;46.1;Ağdam\n"
    assert decode_bytes(text.encode("utf-8"), "a.csv") == text
    assert decode_bytes(text.encode("utf-8-sig"), "a.csv") == text
    assert decode_bytes(text.encode("utf-16"), "a.csv") == text
    assert decode_bytes(b"\xfe\xff" + text.encode("utf-16-be"), "a.csv") == text


@pytest.mark.parametrize(
    ("encoding", "text"),
    [("cp1251", "Широта;Долгота;Примечание\n"), ("cp1252", "Breite;Länge;Notiz\n")],
)
def test_eight_bit_text_is_read_when_its_words_tell(encoding, text):
    assert decode_bytes(text.encode(encoding), "a.csv") == text


def test_eight_bit_text_that_reads_two_ways_is_refused_with_its_line():
    error = refused(decode_bytes, b"lat;lon;note\n40.1;46.1;\xe0\n", "note.csv")
    assert error.code == "encoding_unclear"
    assert error.values == {
        "file": "note.csv",
        "line": 2,
        "readings": {"cp1251": "40.1;46.1;а", "cp1252": "40.1;46.1;à"},
    }


def test_a_lone_symbol_that_reads_two_ways_is_refused():
    """0x80 is "Ђ" in windows-1251 and "€" in windows-1252: no word tells which."""
    assert refused(decode_bytes, b"a;b\n\x80;1\n", "x.csv").values["line"] == 2


def test_a_utf16_mark_without_utf16_text_is_not_taken_for_one():
    """FE FF is also "юя" in windows-1251 (and "þÿ" in windows-1252): without a single NUL byte
    the file holds no line break, separator or digit in UTF-16, so the mark is not trusted."""
    assert decode_bytes("юя;".encode("cp1251"), "ru.csv") == "юя;"  # odd length: not UTF-16
    error = refused(decode_bytes, "юя\r\n".encode("cp1251"), "ru.csv")  # UTF-16 would say "ഊ"
    assert error.code == "encoding_unclear"
    assert error.values["readings"]["utf-16"] == "ഊ" and error.values["readings"]["cp1251"] == "юя"
    for text in ("x;y\n1;2\n", "ЁЖ", "Ağdam", ""):  # real UTF-16, NUL bytes or not
        assert decode_bytes(text.encode("utf-16"), "a.csv") == text
        assert decode_bytes(codecs.BOM_UTF16_BE + text.encode("utf-16-be"), "a.csv") == text


def test_nul_characters_and_bytes_that_are_not_text():
    error = refused(decode_bytes, b"lat;lon\n40.1;46.1\n40.2\x00;46.1\n", "nul.csv")
    assert (error.code, error.values) == ("nul_characters", {"file": "nul.csv", "line": 3})
    error = refused(decode_bytes, b"\xff\xfel\x00a\x00t\x00\n\x00\x00\xd8", "broken16.csv")
    assert error.code == "not_text"
    assert error.values == {
        "file": "broken16.csv",
        "line": 2,
        "encoding": "utf-16",
        "byte": 0x00,
    }
    assert str(error).startswith("broken16.csv: line 2 is not text in utf-16 (byte 0x00)")
    error = refused(decode_bytes, b"a;b\n\xff\x00;1\n", "bin.csv")
    assert (error.code, error.values["line"], error.values["byte"]) == ("not_text", 2, 0xFF)


def test_a_file_that_cannot_be_opened_is_named(tmp_path):
    error = refused(decode_text, tmp_path)
    assert error.code == "unreadable"
    assert error.values == {"file": tmp_path.name, "reason": "Is a directory"}
    path = tmp_path / "points.csv"
    path.write_bytes("x;y\n1;2\n".encode("utf-16"))
    assert decode_text(path) == "x;y\n1;2\n"
    assert decode_text(str(path)) == "x;y\n1;2\n"


# --- header and rows ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "skip_lines", "separator"),
    [
        ("lat;lon\n40,1;46,1\n", 0, ";"),
        ("lat,lon\n40.1,46.1\n", 0, ","),
        ("lat\tlon\n40,1\t46,1\n", 0, "\t"),
        ("lat|lon\n40.1|46.1\n", 0, "|"),
        ("\n \nlat;lon\n40.1;46.1\n", 2, ";"),
        ("sep=;\r\nlat;lon\r\n40,1;46,1\r\n", 1, ";"),
        ("SEP=,\n\nlat,lon\n", 2, ","),
        # a comma splits the header but not every row the same way: the semicolon is meant
        ("lat;lon;note, remark\n40,1;46,1;a\n40,2;46,1;b\n", 0, ";"),
    ],
)
def test_the_header_is_found_after_blank_and_sep_lines(text, skip_lines, separator):
    header = read_header(text, "a.csv")
    assert (header.skip_lines, header.separator) == (skip_lines, separator)
    assert header.line == skip_lines + 1
    assert header.names[:2] == ("lat", "lon")


def test_one_column_gets_a_separator_no_line_holds():
    header = read_header("coordinate\n38T 612345 4412345\n40,1 46,1\n", "a.csv")
    assert header == CsvHeader(0, ";", ("coordinate",))
    header = read_header("coordinate\n40,1; 46,1\n", "a.csv")
    assert header.separator == "\t"


@pytest.mark.parametrize(
    ("text", "code", "values"),
    [
        ("", "empty", {"file": "a.csv"}),
        ("\n \n\n", "empty", {"file": "a.csv"}),
        ("sep=;\n\n", "empty", {"file": "a.csv"}),
        (
            "lat;lon,x\n1;2,3\n",
            "separator_unclear",
            {"file": "a.csv", "line": 1, "separators": (";", ",")},
        ),
        (
            "\nlat;lon|x\n",
            "separator_unclear",
            {"file": "a.csv", "line": 2, "separators": (";", "|")},
        ),
        (
            "lat;lon;note\n40.1;46.1;" + "x" * 200_000 + "\n",
            "bad_csv_line",
            {"file": "a.csv", "line": 2, "reason": "field larger than field limit (131072)"},
        ),
    ],
)
def test_header_refusals_carry_the_code_and_the_line(text, code, values):
    error = refused(read_header, text, "a.csv")
    assert (error.code, error.values) == (code, values)


def test_rows_carry_their_line_and_their_cells_by_name():
    text = 'sep=;\n\n lat ; lon ;note\n40,1;46,1;"a\nb"\n\n;;\n  \n40,2;46,1\n40,3;46,2;x;extra\n'
    assert split_rows(text, "a.csv") == [
        CsvRow(5, {"lat": "40,1", "lon": "46,1", "note": "a\nb"}),
        CsvRow(9, {"lat": "40,2", "lon": "46,1", "note": ""}),
        CsvRow(10, {"lat": "40,3", "lon": "46,2", "note": "x"}),
    ]


def test_rows_of_a_file_with_carriage_returns_only():
    """Excel for Mac's "CSV (Macintosh)" ends its lines with CR alone."""
    rows = split_rows("x;y\r1;2\r3;4\r", "mac.csv")
    assert rows == [CsvRow(2, {"x": "1", "y": "2"}), CsvRow(3, {"x": "3", "y": "4"})]


def test_rows_with_a_given_header_and_a_line_csv_cannot_read():
    text = "x,y\n1;2\n3;4\n"
    assert split_rows(text, "a.csv", CsvHeader(0, ";", ("x", "y"))) == [
        CsvRow(2, {"x": "1", "y": "2"}),
        CsvRow(3, {"x": "3", "y": "4"}),
    ]
    huge = "x;y;note\n1;2;a\n3;4;" + "x" * 200_000 + "\n"
    error = refused(split_rows, huge, "huge.csv", CsvHeader(0, ";", ("x", "y", "note")))
    assert (error.code, error.values["line"]) == ("bad_csv_line", 3)


def test_header_only_gives_no_rows():
    assert split_rows("lat;lon\n", "a.csv") == []


# --- properties --------------------------------------------------------------------------------

# Cells as typed in a spreadsheet: no line breaks (Excel writes them quoted, but the separator
# check counts columns line by line), no NUL.
cell_text = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\x85"),
    max_size=12,
)
# Column names may hold the other separators and quotes (then only the rows tell the separator).
names = st.lists(
    st.text(st.characters(whitelist_categories=("L", "Nd"), whitelist_characters=';,|\t "'))
    .map(str.strip)
    .filter(bool),
    min_size=2,
    max_size=5,
    unique=True,
)


@st.composite
def tables(draw):
    header = draw(names)
    rows = draw(
        st.lists(
            st.lists(cell_text, min_size=len(header), max_size=len(header)).filter(
                lambda cells: any(c.strip() for c in cells)
            ),
            max_size=8,
        )
    )
    return header, rows, draw(st.sampled_from(SEPARATORS)), draw(st.sampled_from(("\n", "\r\n")))


@settings(max_examples=300, deadline=None)
@given(tables())
def test_a_written_table_reads_back_or_is_refused(table):
    """A table written by Python's csv (as Excel writes it) reads back cell for cell, each row on
    its line, or is refused because two separators split it alike: never another reading."""
    header, rows, separator, newline = table
    out = io.StringIO()
    csv.writer(out, delimiter=separator, lineterminator=newline).writerows([header, *rows])
    try:
        read = split_rows(out.getvalue(), "t.csv")
    except TextFileError as error:
        assert error.code == "separator_unclear"
        assert separator in error.values["separators"]
        return
    assert read == [CsvRow(n, dict(zip(header, cells))) for n, cells in enumerate(rows, 2)]


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\0")))
def test_unicode_text_reads_back_in_utf8_and_utf16(text):
    """Any text reads back; in UTF-16, a text with no ASCII character (no NUL byte) outside the
    programme's scripts may instead be refused as unclear: its mark also reads "яю"."""
    assert decode_bytes(text.encode("utf-8"), "t.csv") == text
    assert decode_bytes(text.encode("utf-8-sig"), "t.csv") == text
    try:
        assert decode_bytes(text.encode("utf-16"), "t.csv") == text
    except TextFileError as error:
        assert error.code == "encoding_unclear" and b"\0" not in text.encode("utf-16")


CYRILLIC = "".join(map(chr, range(0x410, 0x450)))  # А-я: bytes 0xC0-0xFF in windows-1251
LATIN_ACCENTED = "".join(c for c in map(chr, range(0xC0, 0x100)) if c.isalpha())


def words_in(alphabet: str) -> st.SearchStrategy[str]:
    return st.text(st.sampled_from(alphabet), min_size=1, max_size=8)


@st.composite
def texts_in(draw, letters: str, latin_in_every_word: bool):
    """Lines of words (each of one script: ASCII, or ``letters``), numbers and separators."""
    ascii_words = words_in("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
    if latin_in_every_word:
        other = st.tuples(ascii_words, words_in(letters), ascii_words).map("".join)
    else:
        other = words_in(letters)
    word = st.one_of(ascii_words, other, st.from_regex(r"\A[0-9]{1,3}([.,][0-9]{1,6})?\Z"))
    gaps = st.sampled_from([";", ",", " ", "\t", "\n", "\r\n", "; ", "-"])
    parts = draw(st.lists(st.tuples(word, gaps), min_size=1, max_size=12))
    return "".join(w + g for w, g in parts)


@settings(max_examples=300, deadline=None)
@given(texts_in(CYRILLIC, latin_in_every_word=False))
def test_windows_1251_reads_as_written_or_is_refused(text):
    """Russian in windows-1251 is never valid UTF-8 and never read as windows-1252 words."""
    data = text.encode("cp1251")
    assume(not data.isascii())
    try:
        assert decode_bytes(data, "ru.csv") == text
    except TextFileError as error:
        assert error.code == "encoding_unclear"


@settings(max_examples=300, deadline=None)
@given(texts_in(LATIN_ACCENTED, latin_in_every_word=True))
def test_windows_1252_reads_as_written_or_is_refused(text):
    """German, French… in windows-1252 (words with plain letters beside their accented ones)."""
    data = text.encode("cp1252")
    assume(not data.isascii())
    try:
        assert decode_bytes(data, "de.csv") == text
    except TextFileError as error:
        assert error.code == "encoding_unclear"


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_give_text_or_a_coded_refusal(data):
    try:
        text = decode_bytes(data, "x.csv")
    except TextFileError as error:
        assert error.code in ERROR_CODES and error.values["file"] == "x.csv"
        return
    assert "\0" not in text
    try:
        header = read_header(text, "x.csv")
        rows = split_rows(text, "x.csv", header)
    except TextFileError as error:
        assert error.code in ("empty", "separator_unclear", "bad_csv_line")
        return
    assert all(set(row.cells) <= set(header.names) for row in rows)
    assert [row.line for row in rows] == sorted({row.line for row in rows})
