"""The text of a coordinate as lexemes: numbers (with their sign and joins), words, symbols
and separators, for each reading of the commas between digits."""

from __future__ import annotations

import re
import unicodedata
from typing import Optional

from .values import CoordinateError

MAX_TEXT_LENGTH = 200  # characters; a coordinate is never longer

_MAX_NUMBERS = 12
_MAX_TIGHT_COMMAS = 4

_FORMS = (
    "degrees 40.0369 46.75 or 40,0369 46,75; 40°02'13\"N 46°45'E; 40-02-13N 046-45-00E; "
    "400213N 0464500E; 4002.22N 04645.00E; Lat 40.0369 Lon 46.75; "
    "UTM 38N 612345 4412345; MGRS 38SNK 12345 12345; Gauss–Krüger X=4430293 Y=8664944"
)

_SYMBOLS = str.maketrans(
    {"º": "°", "˚": "°", "⁰": "°", "′": "'", "’": "'", "‘": "'", "´": "'", "`": "'",
     "ʹ": "'", "″": '"', "”": '"', "“": '"', "ʺ": '"', "˝": '"', "−": "-", "‐": "-",
     "‑": "-", "–": "-", "\u00a0": " ", "\u202f": " ", "\u2009": " ", "(": " ", ")": " ",
     "[": " ", "]": " ", "\u200b": None, "\ufeff": None, "\u00ad": None, "\u200e": None,
     "\u200f": None}
)  # fmt: skip
_RAW_RE = re.compile(r"[0-9]+|[^\W\d_]+|\s+|.", re.S)
_ALLOWED_CHARS = frozenset("-+:=,;/.°'\"")
_NOT_FINITE = frozenset({"NAN", "INF", "INFINITY"})
_PHRASES = {  # two-part abbreviations, with a point after the first part (с.ш., с. ш.)
    ("С", "Ш"): "С.Ш", ("Ю", "Ш"): "Ю.Ш", ("В", "Д"): "В.Д", ("З", "Д"): "З.Д",
    ("СЕВ", "Ш"): "С.Ш", ("ЮЖ", "Ш"): "Ю.Ш", ("ВОСТ", "Д"): "В.Д", ("ЗАП", "Д"): "З.Д",
    ("СЕВ", "ШИР"): "С.Ш", ("ЮЖ", "ШИР"): "Ю.Ш", ("ВОСТ", "ДОЛГ"): "В.Д",
    ("ЗАП", "ДОЛГ"): "З.Д", ("ПН", "Ш"): "ПН.Ш", ("ПД", "Ш"): "ПД.Ш", ("СХ", "Д"): "СХ.Д",
    ("ЗХ", "Д"): "ЗХ.Д", ("ŞM", "E"): "ŞM.E", ("Ş", "E"): "Ş.E", ("C", "E"): "C.E",
    ("Ş", "U"): "Ş.U", ("Q", "U"): "Q.U",
}  # fmt: skip


class _Skip(Exception):
    """A comma read as a decimal mark makes a number with two decimal marks."""


class _Lex:
    """A lexeme: a number (with its sign and the ``:``/``-`` joining it to the number before),
    a word, a symbol (° ' "), a separator (, ; /) or ``eq`` (``:``/``=`` after a word);
    ``spaced``: a space stands before it."""

    __slots__ = ("kind", "text", "value", "int_digits", "fraction", "sign", "join", "spaced")

    def __init__(self, kind, text, value=0.0, int_digits=0, fraction=False, sign="", join=""):
        self.spaced = True  # a space (or the start of the text) stands before it
        self.kind = kind
        self.text = text
        self.value = value
        self.int_digits = int_digits
        self.fraction = fraction
        self.sign = sign
        self.join = join


def _normalise(text) -> tuple[str, str]:
    """(the text as shown in messages, the text to read: NFC, upper case, one kind of each
    symbol, single spaces)."""
    if text is None:
        raise CoordinateError("empty", "No coordinate was given.")
    text = text if isinstance(text, str) else str(text)
    shown = text.strip()
    if len(shown) > MAX_TEXT_LENGTH:
        raise CoordinateError(
            "too_long",
            f"The text {shown[:30]!r}… has {len(shown)} characters: a coordinate has at most "
            f"{MAX_TEXT_LENGTH}. Type one coordinate per row.",
            length=len(shown),
        )
    norm = unicodedata.normalize("NFC", shown).translate(_SYMBOLS).upper().replace("''", '"')
    norm = " ".join(norm.split())
    if not norm:
        raise CoordinateError("empty", "No coordinate was given.")
    return shown, norm


def _raw_tokens(norm: str, shown: str) -> list[tuple[str, str]]:
    """Digits, words (letters), spaces and single characters; refuses any other character."""
    tokens = []
    for match in _RAW_RE.finditer(norm):
        token = match.group()
        first = token[0]
        if "0" <= first <= "9":
            kind = "digits"
        elif first.isspace():
            kind = "space"
        elif len(token) > 1 or first.isalpha():
            kind = "word"
            if token in _NOT_FINITE:
                raise CoordinateError(
                    "not_finite",
                    f"{shown!r} is not a coordinate: {token.lower()} is not a number.",
                )
        elif first in _ALLOWED_CHARS:
            kind = "char"
        else:
            raise _unrecognised(shown, f"{first!r} is not part of any coordinate form", first)
        tokens.append((kind, token))
    if sum(kind == "digits" for kind, _ in tokens) > 2 * _MAX_NUMBERS:
        raise _unrecognised(shown, "it holds too many numbers")
    return tokens


def _unrecognised(shown: str, why: str, char: Optional[str] = None) -> CoordinateError:
    values = {} if char is None else {"char": char}
    return CoordinateError(
        "unrecognised", f"{shown!r} is not a coordinate: {why}. Accepted forms: {_FORMS}.", **values
    )


def _tight_commas(raw: list) -> list[int]:
    """Commas with a digit right before and right after: a decimal mark or a separator."""
    return [
        i
        for i in range(1, len(raw) - 1)
        if raw[i] == ("char", ",") and raw[i - 1][0] == "digits" and raw[i + 1][0] == "digits"
    ]


def _lexemes(raw: list, decimal_commas: frozenset, shown: str) -> list[_Lex]:
    """The lexemes of the text, reading the commas in ``decimal_commas`` as decimal marks."""
    out: list[_Lex] = []
    sign = join = ""
    spaced = True
    i, n = 0, len(raw)
    while i < n:
        kind, text = raw[i]
        count = len(out)
        if kind == "space":
            spaced = True
            i += 1
            continue
        if kind == "digits":
            number, i = _number(raw, i, decimal_commas, shown)
            number.sign, number.join = sign, join
            out.append(number)
            sign = join = ""
        elif kind == "word":
            i = _word(raw, i, out)
        else:
            prev_digits = i > 0 and raw[i - 1][0] == "digits"
            next_digits = i + 1 < n and raw[i + 1][0] == "digits"
            after_word = bool(out) and out[-1].kind == "word"
            if text == "-" and prev_digits and next_digits and out and out[-1].kind == "num":
                join = "-"
            elif text in "-+" and next_digits and not prev_digits and not sign:
                sign = text
            elif text == ":" and out and out[-1].kind == "num" and _next_is_digits(raw, i):
                join = ":"
            elif text in ":=" and after_word:
                out.append(_Lex("eq", text))
            elif text in ",;/":
                out.append(_Lex("sep", text))
            elif text in "°'\"":
                out.append(_Lex("sym", text))
            elif text == "." and i > 0 and raw[i - 1][0] == "word":
                pass  # the point of an abbreviation: гр. мин. с.ш.
            else:
                raise _unrecognised(shown, f"{text!r} stands where it means nothing", text)
            i += 1
        if len(out) > count:
            out[-1].spaced, spaced = spaced, False
    if sum(lex.kind == "num" for lex in out) > _MAX_NUMBERS:
        raise _unrecognised(shown, "it holds too many numbers")
    return out


def _next_is_digits(raw: list, i: int) -> bool:
    i += 1
    if i < len(raw) and raw[i][0] == "space":
        i += 1
    return i < len(raw) and raw[i][0] == "digits"


def _number(raw: list, i: int, decimal_commas: frozenset, shown: str) -> tuple[_Lex, int]:
    integer = raw[i][1]
    parts = [integer]
    marks = []
    j, n = i + 1, len(raw)
    while j + 1 < n and raw[j][0] == "char" and raw[j][1] in ".," and raw[j + 1][0] == "digits":
        if raw[j][1] == "," and j not in decimal_commas:
            break
        marks.append(raw[j][1])
        if len(marks) > 1:
            if "," in marks:
                raise _Skip
            raise _unrecognised(shown, "a number has two decimal points")
        parts += [".", raw[j + 1][1]]
        j += 2
    if j < n and raw[j] == ("char", "."):
        raise _unrecognised(shown, "a point follows a number without decimals after it", ".")
    text = "".join(parts)
    return _Lex("num", text, float(text), len(integer), bool(marks)), j


def _word(raw: list, i: int, out: list) -> int:
    text = raw[i][1]
    k = i + 1
    if k < len(raw) and raw[k] == ("char", "."):  # с.ш., c.e.: the point is needed
        k += 1
        if k < len(raw) and raw[k][0] == "space":
            k += 1
    if k > i + 1 and k < len(raw) and raw[k][0] == "word" and (text, raw[k][1]) in _PHRASES:
        out.append(_Lex("word", _PHRASES[(text, raw[k][1])]))
        return k + 1
    out.append(_Lex("word", text))
    return i + 1
