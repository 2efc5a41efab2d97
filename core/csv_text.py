"""The text of a CSV file typed by an officer (points, legs, coordinates), read as meant or refused.

Plain Python: no QGIS or Qt. Two steps, both with the file's name for the refusals:

- :func:`decode_text` (:func:`decode_bytes`): UTF-8 with or without its BOM, UTF-16 with its BOM,
  or windows-1251 / windows-1252 only when the words of the file read as real words in exactly
  one of them. NUL characters, bytes that are not text and text that reads two ways are refused
  with the line.
- :func:`read_header` and :func:`split_rows`: blank lines and Excel's ``sep=;`` line before the
  header are skipped; the separator is the one of :data:`SEPARATORS` that splits the header and
  the first :data:`ROWS_CHECKED` rows into the same number of columns (two that do: refused);
  rows come with their line number in the file. Lines are counted as :meth:`str.splitlines`
  counts them (CR, LF or CRLF, as an editor shows them).

Errors are :class:`TextFileError` s with a machine ``code`` (one of :data:`ERROR_CODES`; the QGIS
side translates by it), an English sentence (``str(error)``, also ``error.detail``) and
``error.values`` (always ``file``, and ``line`` where one is at fault).
"""

from __future__ import annotations

import codecs
import csv
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import CodedError

ERROR_CODES = (
    "unreadable",  # the file cannot be opened: values["reason"]
    "not_text",  # bytes that are not text in the encoding the file names: encoding, byte
    "nul_characters",  # NUL characters: not text, or UTF-16 without its byte order mark
    "encoding_unclear",  # not UTF-8, read two ways or none: readings {encoding: the line}
    "empty",  # no header line
    "separator_unclear",  # the header splits at two separators or more: separators
    "bad_csv_line",  # Python's csv cannot read the line (a field over 131,072 characters…)
)
# 8-bit encodings a file may be in when it is not UTF-8 (Cyrillic, Western).
EIGHT_BIT_ENCODINGS = ("cp1251", "cp1252")
SEPARATORS = (";", ",", "\t", "|")
ROWS_CHECKED = 50  # rows under the header that must split like it for a separator to be sure
SHOWN_CHARACTERS = 60  # of a line shown in a refusal


class TextFileError(CodedError):
    """A file that cannot be read as text or as CSV. ``code`` is one of :data:`ERROR_CODES`,
    ``detail`` (= ``str(error)``) an English sentence, ``values`` the file, line and the rest."""


@dataclass(frozen=True)
class CsvHeader:
    """Where a CSV text's header is and how its columns are separated."""

    skip_lines: int  # lines before the header (blank lines, Excel's "sep=;")
    separator: str
    names: tuple[str, ...]  # column names, stripped

    @property
    def line(self) -> int:
        """The header's line number (from 1)."""
        return self.skip_lines + 1


@dataclass(frozen=True)
class CsvRow:
    line: int  # the line number (from 1) in the file where the row ends
    cells: dict[str, str]  # column name -> text as written; a missing cell is ""


# --- text --------------------------------------------------------------------------------------


def decode_text(path: str | os.PathLike) -> str:
    """The text of the file ``path`` (see :func:`decode_bytes`); ``unreadable`` if it cannot be
    opened."""
    name = Path(path).name
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        reason = error.strerror or str(error)
        raise TextFileError(
            "unreadable", f"{name} cannot be read: {reason}", file=name, reason=reason
        ) from None
    return decode_bytes(data, name)


def decode_bytes(data: bytes, file: str = "") -> str:
    """``data`` as text: UTF-16 with its BOM, UTF-8 with or without it, else windows-1251 or
    windows-1252 when its words tell which. ``file`` names it in refusals."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and b"\0" not in data:
        return _bom_or_eight_bit(data, file)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    elif data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    else:
        encoding = "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        if encoding != "utf-8" or b"\0" in data:
            line = data.count(b"\n", 0, error.start) + 1
            byte = data[error.start]
            raise TextFileError(
                "not_text",
                f"{file}: line {line} is not text in {encoding} (byte {byte:#04x}): save the "
                "file as CSV UTF-8 and open it again.",
                file=file,
                line=line,
                encoding=encoding,
                byte=byte,
            ) from None
        text = _eight_bit_text(data, file)
    if "\0" in text:
        line = text.count("\n", 0, text.index("\0")) + 1
        raise TextFileError(
            "nul_characters",
            f"{file}: line {line} holds NUL characters: it is not a text file, or UTF-16 without "
            "its byte order mark. Save it as CSV UTF-8 and open it again.",
            file=file,
            line=line,
        )
    return text


# The characters the programme's files are written in: ASCII, Latin with Azerbaijani letters
# (ə is U+0259), Cyrillic, general punctuation, letterlike symbols (№).
_PROGRAMME_SCRIPTS = ((0x0000, 0x007F), (0x00A0, 0x02AF), (0x0400, 0x052F), (0x2000, 0x214F))


def _in_programme_scripts(text: str) -> bool:
    return all(any(lo <= ord(c) <= hi for lo, hi in _PROGRAMME_SCRIPTS) for c in text)


def _bom_or_eight_bit(data: bytes, file: str) -> str:
    """A file that begins with a UTF-16 byte order mark but has no NUL byte, so no line break,
    separator or digit in UTF-16: the mark may as well be "юя" (windows-1251) or "þÿ"
    (windows-1252). UTF-16 when it reads as the programme's scripts (Latin, Azerbaijani,
    Cyrillic); 8-bit text when UTF-16 cannot read it; else two readings: refused."""
    try:
        as_utf16 = data.decode("utf-16")
    except UnicodeDecodeError:
        return _eight_bit_text(data, file)
    if _in_programme_scripts(as_utf16):
        return as_utf16
    readings = {"utf-16": as_utf16}
    readings.update((e, data.decode(e, errors="replace")) for e in EIGHT_BIT_ENCODINGS)
    raise _unclear(file, 0, readings)


def _letters_fit(text: str, cyrillic: bool) -> bool | None:
    """Whether the words of ``text`` that have letters beyond ASCII read as real words of the
    alphabet (Cyrillic words have no Latin letters; Latin words with accents have plain letters
    too); None when no such word of two letters or more decides."""
    decided = None
    for word in re.findall(r"[^\W\d_]{2,}", text):
        if word.isascii():
            continue
        has_latin = any(c.isascii() for c in word)
        all_cyrillic = all("\u0400" <= c <= "\u04ff" for c in word)
        fits = all_cyrillic if cyrillic else has_latin
        if not fits:
            return False
        decided = True
    return decided


def _eight_bit_text(data: bytes, file: str) -> str:
    """Text that is not UTF-8, as windows-1251 or windows-1252 when exactly one of them reads
    its words as words; else refused, showing the first line that reads two ways."""
    readings = {}
    for encoding in EIGHT_BIT_ENCODINGS:
        try:
            readings[encoding] = data.decode(encoding)
        except UnicodeDecodeError:
            continue
    fitting = [e for e, text in readings.items() if _letters_fit(text, e == "cp1251")]
    if len(fitting) == 1:
        return readings[fitting[0]]
    if len(set(readings.values())) == 1:
        return next(iter(readings.values()))
    number = next(i for i, line in enumerate(data.split(b"\n")) if not line.isascii())
    raise _unclear(file, number, readings)


def _unclear(file: str, number: int, readings: dict[str, str]) -> TextFileError:
    """The refusal of a file whose line ``number`` (from 0) reads differently in ``readings``
    (encoding -> the whole text)."""
    shown = {e: text.split("\n")[number].strip()[:SHOWN_CHARACTERS] for e, text in readings.items()}
    return TextFileError(
        "encoding_unclear",
        f"{file}: the file is not UTF-8, and line {number + 1} cannot be read for sure "
        f"({shown}). Save the file as CSV UTF-8 and open it again.",
        file=file,
        line=number + 1,
        readings=shown,
    )


# --- rows --------------------------------------------------------------------------------------


def _cells(line: str, separator: str, file: str, number: int) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=separator), [])
    except csv.Error as error:
        raise _bad_line(file, number, error) from None


def _bad_line(file: str, number: int, error: csv.Error) -> TextFileError:
    return TextFileError(
        "bad_csv_line",
        f"{file}: line {number} cannot be read as CSV: {error}",
        file=file,
        line=number,
        reason=str(error),
    )


def _skip_blank(lines: list[str], start: int) -> int:
    while start < len(lines) and not lines[start].strip():
        start += 1
    return start


def read_header(text: str, file: str = "") -> CsvHeader:
    """Where the header of a CSV text is, its separator and its column names. Blank lines and
    Excel's "sep=;" line before it are skipped; the separator is the one that splits the header
    and every checked row into the same number of columns (refused when two do; when none
    does, the one that splits the header). A text of one column gets a separator that no line
    holds, so that no value is cut."""
    lines = text.splitlines()
    skip = _skip_blank(lines, 0)
    forced = re.fullmatch(r"\s*sep=(.)\s*", lines[skip], re.I) if skip < len(lines) else None
    if forced:
        skip = _skip_blank(lines, skip + 1)
    if skip == len(lines):
        raise TextFileError("empty", f"{file} is empty: it has no header line.", file=file)
    header = lines[skip]
    if forced:
        separator = forced.group(1)
    else:
        separator = _separator(lines, skip, file) or next(
            (s for s in SEPARATORS if s not in text), ","
        )
    names = tuple(name.strip() for name in _cells(header, separator, file, skip + 1))
    return CsvHeader(skip, separator, names)


def _separator(lines: list[str], skip: int, file: str) -> str | None:
    """The one separator that splits the header line ``lines[skip]`` (and the rows under it the
    same way), None when none splits it."""
    rows = [(n, line) for n, line in enumerate(lines[: skip + 1 + ROWS_CHECKED], 1) if n > skip + 1]
    counts = {s: len(_cells(lines[skip], s, file, skip + 1)) for s in SEPARATORS}
    splitting = [s for s in SEPARATORS if counts[s] >= 2]
    consistent = [
        s
        for s in splitting
        if all(len(_cells(row, s, file, n)) == counts[s] for n, row in rows if row.strip())
    ]
    candidates = consistent or splitting
    if len(candidates) > 1:
        raise TextFileError(
            "separator_unclear",
            f"{file}: the separator is unclear: line {skip + 1} splits into columns at "
            f"{' and at '.join(repr(s) for s in candidates)}. Keep one separator between the "
            "columns.",
            file=file,
            line=skip + 1,
            separators=tuple(candidates),
        )
    return candidates[0] if candidates else None


def split_rows(text: str, file: str = "", header: CsvHeader | None = None) -> list[CsvRow]:
    """The rows under the header of a CSV text (``header``, else :func:`read_header`), each with
    its line number and its cells by column name. Rows with no text in any cell (blank lines,
    ``;;;``) are left out; cells beyond the header's columns are dropped."""
    header = header or read_header(text, file)
    first = header.skip_lines + 1  # lines before the first row
    reader = csv.reader(text.splitlines(keepends=True)[first:], delimiter=header.separator)
    rows: list[CsvRow] = []
    try:
        for cells in reader:
            if not any(cell.strip() for cell in cells):
                continue
            padded = cells + [""] * (len(header.names) - len(cells))
            rows.append(CsvRow(first + reader.line_num, dict(zip(header.names, padded))))
    except csv.Error as error:
        raise _bad_line(file, first + reader.line_num, error) from None
    return rows
