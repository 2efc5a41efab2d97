"""Reading degrees: DD, DDM, DMS, hyphen and colon groups, compact and NMEA, with hemisphere
letters and axis labels in English, Russian, Ukrainian and Azerbaijani (see the package
docstring): every split of the numbers into a latitude and a longitude that the text allows."""

from __future__ import annotations

from itertools import product
from typing import Optional

from .formatting import format_dms
from .lexemes import _unrecognised
from .readings import _DEG, _Context, _point_text, _with_fit
from .values import CoordinateError, LonLat, ParsedCoordinate

_MAX_AMBIGUOUS_S = 3

_HEMISPHERES = {
    "N": "N", "S": "S", "E": "E", "W": "W",
    "NORTH": "N", "SOUTH": "S", "EAST": "E", "WEST": "W",
    "С": "N", "Ю": "S", "В": "E", "З": "W", "СШ": "N", "ЮШ": "S", "ВД": "E", "ЗД": "W",
    "С.Ш": "N", "Ю.Ш": "S", "В.Д": "E", "З.Д": "W",
    "СЕВ": "N", "ЮЖ": "S", "ВОСТ": "E", "ЗАП": "W",
    "СЕВЕР": "N", "ЮГ": "S", "ВОСТОК": "E", "ЗАПАД": "W",
    "ПН": "N", "ПД": "S", "СХ": "E", "ЗХ": "W",
    "ПН.Ш": "N", "ПД.Ш": "S", "СХ.Д": "E", "ЗХ.Д": "W",
    "ŞM": "N", "ŞM.E": "N", "Ş.E": "N", "C.E": "S", "Ş.U": "E", "Q.U": "W", "Q": "W",
    "ŞIMAL": "N", "ŞİMAL": "N", "CƏNUB": "S", "ŞƏRQ": "E", "QƏRB": "W",
}  # fmt: skip
_AXIS_LABELS = {
    "LAT": "lat", "LATITUDE": "lat", "ШИР": "lat", "ШИРОТА": "lat",
    "EN": "lat", "ENLIK": "lat", "ENLİK": "lat",
    "LON": "lon", "LONG": "lon", "LNG": "lon", "LONGITUDE": "lon", "ДОЛГ": "lon",
    "ДОЛГОТА": "lon", "UZUNLUQ": "lon",
}  # fmt: skip
_MARK_WORDS = {
    "D": 0, "DEG": 0, "DEGREE": 0, "DEGREES": 0, "ГР": 0, "ГРАД": 0,
    "M": 1, "MIN": 1, "MINUTE": 1, "MINUTES": 1, "МИН": 1,
    "SEC": 2, "SECOND": 2, "SECONDS": 2, "СЕК": 2,
}  # fmt: skip
_SYMBOL_MARKS = {"°": 0, "'": 1, '"': 2}
_AMBIGUOUS_LETTERS = {
    "Ş": "şimal (north) or şərq (east)",
    "C": "cənub (south) or a Cyrillic С for север (north)",
}
_AXIS_NAMES = {"lat": "latitude", "lon": "longitude"}


def _read_degrees(lexemes: list, ctx: _Context) -> None:
    if ctx.datum:
        return
    fit = _degree_fit(lexemes)
    try:
        items = _degree_items(lexemes, ctx.shown)
    except CoordinateError as error:
        ctx.fail(error, getattr(error, "_fit", fit), _DEG)
        return
    slots = [k for k, item in enumerate(items) if item[0] == "s?"]
    if len(slots) > _MAX_AMBIGUOUS_S:
        ctx.fail(_unrecognised(ctx.shown, "it has too many letters S"), fit, _DEG)
        return
    # A letter S right after a number that follows minutes: seconds or south?
    for choice in product((2, "S"), repeat=len(slots)):
        variant = list(items)
        for slot, meaning in zip(reversed(slots), reversed(choice)):
            if meaning == 2:
                variant[slot - 1] = ("num", variant[slot - 1][1], 2)
                del variant[slot]
            else:
                variant[slot] = ("hem", "S", *variant[slot][1:])
        _degree_splits(variant, ctx, fit)


def _degree_fit(lexemes: list) -> int:
    """How well the text fits the degree forms, for choosing which error to show: 1 when a
    number cannot be degrees, minutes or seconds, nor compact/NMEA degrees beside its own
    hemisphere letter (the text looks like metres); else 3 with hemisphere letters or labels,
    2 without."""
    for k, lex in enumerate(lexemes):
        if lex.kind != "num" or lex.int_digits <= 3:
            continue
        if lex.int_digits > 7 or int(lex.text[: 2 + lex.int_digits % 2]) > 180:
            return 1
        after = lexemes[k + 1] if k + 1 < len(lexemes) else None
        before = lexemes[k - 1] if k > 0 else None
        own_before = (  # a letter before the number, not glued to the number before it
            before is not None
            and before.kind == "word"
            and _hemisphere_word(before.text)
            and (before.spaced or k < 2 or lexemes[k - 2].kind not in ("num", "sym"))
        )
        if not (
            own_before
            or after is not None
            and after.kind == "word"
            and _hemisphere_word(after.text)
        ):
            return 1
    explicit = any(
        lex.kind == "word" and (_hemisphere_word(lex.text) or lex.text in _AXIS_LABELS)
        for lex in lexemes
    )
    return 3 if explicit else 2


def _hemisphere_word(word: str) -> bool:
    return word in _HEMISPHERES or any(
        word.startswith(unit) and word[len(unit) :] in _HEMISPHERES for unit in ("SEC", "СЕК", "S")
    )


def _degree_items(lexemes: list, shown: str) -> list:
    """("num", lexeme, mark 0/1/2 or None), ("hem", N/S/E/W, touches the lexeme before,
    touches the one after), ("label", lat/lon), ("sep",) and ("s?", touches before, touches
    after) for a letter S that may be seconds or south."""
    items: list = []
    for k, lex in enumerate(lexemes):
        if lex.kind == "num":
            items.append(("num", lex, None))
        elif lex.kind == "sep":
            items.append(("sep",))
        elif lex.kind == "sym":
            _mark(items, _SYMBOL_MARKS[lex.text], lex.text, shown)
        elif lex.kind == "eq":
            if not items or items[-1][0] != "label":
                raise _with_fit(_unrecognised(shown, f"{lex.text!r} follows no label"), 0)
        else:
            glue = (k > 0 and not lex.spaced, k + 1 < len(lexemes) and not lexemes[k + 1].spaced)
            _degree_word(lex.text, glue, items, shown)
    return items


def _degree_word(word: str, glue: tuple, items: list, shown: str) -> None:
    if word == "S" and len(items) >= 2 and items[-1][0] == "num" and items[-1][2] is None:
        if items[-2][0] == "num" and items[-2][2] == 1:  # 40d02m13s: seconds or south?
            items.append(("s?", *glue))
            return
    if word in _HEMISPHERES:
        items.append(("hem", _HEMISPHERES[word], *glue))
    elif word in _AXIS_LABELS:
        items.append(("label", _AXIS_LABELS[word]))
    elif word in _MARK_WORDS:
        _mark(items, _MARK_WORDS[word], word.lower(), shown)
    elif _hemisphere_word(word):  # 13SN, 13SECN: seconds glued to the hemisphere letter
        unit = next(u for u in ("SEC", "СЕК", "S") if word.startswith(u))
        _mark(items, 2, unit.lower(), shown)
        items.append(("hem", _HEMISPHERES[word[len(unit) :]], True, glue[1]))
    elif word in _AMBIGUOUS_LETTERS:
        raise CoordinateError(
            "ambiguous_hemisphere",
            f"In {shown!r} the letter {word} may mean {_AMBIGUOUS_LETTERS[word]}: write N, S, "
            "E or W (or ş.e., c.e., ş.u., q.u.).",
            letter=word,
        )
    else:
        raise _with_fit(_unrecognised(shown, f"{word!r} is not part of any form"), 0)


def _mark(items: list, position: int, text: str, shown: str) -> None:
    if not items or items[-1][0] != "num" or items[-1][2] is not None:
        raise CoordinateError(
            "bad_dms", f"In {shown!r} the mark {text} does not follow a number.", mark=text
        )
    items[-1] = ("num", items[-1][1], position)


def _degree_splits(items: list, ctx: _Context, fit: int) -> None:
    """Every way to split the numbers into a latitude and a longitude that the letters,
    labels, separators, marks and joins allow; an uneven split of unmarked numbers with
    nothing between them is only a competitor (shadow)."""
    shown = ctx.shown
    where = [k for k, item in enumerate(items) if item[0] == "num"]
    if not where:
        ctx.fail(_unrecognised(shown, "it holds no number"), 0, _DEG)
        return
    numbers = [items[k] for k in where]
    prefix, suffix = items[: where[0]], items[where[-1] + 1 :]
    gaps = [items[a + 1 : b] for a, b in zip(where, where[1:])]
    joined = [bool(n[1].join) for n in numbers]
    join_style = any(joined)
    forced = [
        g
        for g in range(len(numbers) - 1)
        if gaps[g]
        or numbers[g + 1][2] == 0
        or numbers[g][2] == 2
        or numbers[g + 1][1].sign
        or (join_style and not joined[g + 1])
    ]
    try:
        if len(forced) > 1:
            raise CoordinateError(
                "unrecognised",
                f"{shown!r} reads as {len(forced) + 1} values: expected a latitude and a "
                "longitude.",
            )
        if any(joined[g + 1] for g in forced):
            raise CoordinateError(
                "bad_dms",
                f"In {shown!r} numbers joined by ':' or '-' belong to one coordinate.",
            )
        splits = _splits(numbers, forced, joined)
        if not splits:
            _single(numbers, prefix + suffix, shown)
    except CoordinateError as error:
        ctx.fail(error, fit, _DEG)
        return
    for g, shadow in splits:
        halves = (numbers[: g + 1], numbers[g + 1 :])
        try:
            options = _split_gap(gaps[g], shown)
        except CoordinateError as error:
            ctx.fail(error, fit, _DEG, shadow)
            continue
        for after_first, before_second in options:
            try:
                around = (prefix, after_first, before_second, suffix)
                _degree_pair(halves, around, ctx, shadow)
            except CoordinateError as error:
                ctx.fail(error, fit, _DEG, shadow)
        if not shadow and not gaps[g]:
            _lone_letter_reading(halves, prefix, suffix, ctx)


def _splits(numbers: list, forced: list, joined: list) -> list:
    """(index of the last latitude-or-first-coordinate number, shadow?) of each split."""
    if forced:
        return [(forced[0], False)]
    options = [g for g in range(len(numbers) - 1) if not joined[g + 1]]
    if any(n[2] is not None for n in numbers):  # marks decide; several fits are ambiguous
        return [(g, False) for g in options]
    middle = len(numbers) // 2 - 1 if len(numbers) % 2 == 0 else None
    return [(g, g != middle) for g in options]


def _single(numbers: list, around: list, shown: str) -> None:
    """One coordinate only: its own error, else ``incomplete``."""
    hemisphere, axis = _group_meta(around, [], shown)
    axis = axis or "lat"
    _group_values(numbers, hemisphere, axis, shown, hemisphere is not None)
    missing = "longitude" if axis == "lat" else "latitude"
    raise CoordinateError(
        "incomplete", f"{shown!r} gives only one coordinate: the {missing} is missing."
    )


def _lone_letter_reading(halves, prefix, suffix, ctx: _Context) -> None:
    """``40.5 46.5 N``: a lone hemisphere letter set apart at one end of the text names the
    number it touches, or the whole pair in the usual order (latitude first). The second
    reading is added as a competitor."""
    ends = prefix + suffix
    if len(ends) != 1 or ends[0][0] != "hem":
        return
    letter = ends[0]
    if (prefix and letter[3]) or (suffix and letter[2]):
        return  # it touches its number
    lat_side = letter[1] in "NS"
    around = ([letter] if lat_side else [], [], [] if lat_side else [letter], [])
    try:
        _degree_pair(halves, around, ctx, True)
    except CoordinateError:
        pass


def _degree_pair(halves, around, ctx: _Context, shadow: bool):
    """The readings of one split: the two halves with the letters and labels ``around`` them
    (before the first, after it, before the second, after it)."""
    shown = ctx.shown
    prefix, after_first, before_second, suffix = around
    hem_a, axis_a = _group_meta(prefix, after_first, shown)
    hem_b, axis_b = _group_meta(before_second, suffix, shown)
    if axis_a is not None and axis_a == axis_b:
        raise CoordinateError(
            "hemisphere_conflict",
            f"In {shown!r} both values are a {_AXIS_NAMES[axis_a]}"
            + (f" ({hem_a} and {hem_b})." if hem_a and hem_b else "."),
        )
    if axis_a is None:
        axis_a = "lat" if axis_b in (None, "lon") else "lon"
    axis_b = "lon" if axis_a == "lat" else "lat"
    # Compact and NMEA with a hemisphere letter; a bare pair of them only as a competitor.
    shaped = [_compact_shaped(half) for half in halves]
    bare_pair = shaped[0] and shaped[1] and hem_a is None and hem_b is None
    first = _group_values(halves[0], hem_a, axis_a, shown, hem_a is not None or bare_pair)
    second = _group_values(halves[1], hem_b, axis_b, shown, hem_b is not None or bare_pair)
    texts = [" ".join(n[1].text for n in half) for half in halves]
    if axis_a == "lon":
        first, second, texts, hems = second, first, texts[::-1], (hem_b, hem_a)
    else:
        hems = (hem_a, hem_b)
    for lat_reading, lon_reading in product(first, second):
        _degree_reading(lat_reading, lon_reading, texts, hems, ctx, shadow)


def _degree_reading(lat_reading, lon_reading, texts, hems, ctx: _Context, shadow: bool) -> None:
    (lat, lat_parts, lat_compact), (lon, lon_parts, lon_compact) = lat_reading, lon_reading
    point = LonLat(lon, lat)
    compact = lat_compact or lon_compact
    fmt = "dms" if compact or lat_parts > 1 or lon_parts > 1 else "dd"
    label = f"latitude {texts[0]}, longitude {texts[1]}" + (", compact" if compact else "")
    hint = format_dms(lon, lat, 1) if fmt == "dms" else _point_text(point, 8)
    error = None
    if (lat_compact and hems[0] is None) or (lon_compact and hems[1] is None):
        letters = f"{texts[0]}{'N' if lat >= 0 else 'S'} {texts[1]}{'E' if lon >= 0 else 'W'}"
        error = CoordinateError(
            "compact_needs_hemisphere",
            f"{ctx.shown!r} reads as compact degrees-minutes-seconds ({_point_text(point, 4)}) "
            f"only with hemisphere letters: write '{letters}'.",
        )
    kind = "shadow" if shadow else "blocked" if error is not None else "strong"
    ctx.read(ParsedCoordinate(point, fmt, "EPSG:4326"), kind, label, hint, error)


def _split_gap(gap: list, shown: str) -> list:
    """The ways to share the letters between the two coordinates: (after the first, before
    the second). A lone letter belongs to the number it touches (``40.5N 46.5``,
    ``40.5 N46.5``); set apart from both (``40.5 N 46.5``) it may belong to either."""
    seps = [k for k, item in enumerate(gap) if item[0] == "sep"]
    labels = [k for k, item in enumerate(gap) if item[0] == "label"]
    if len(seps) > 1:
        raise CoordinateError("unrecognised", f"In {shown!r} two separators stand in a row.")
    if seps:
        options = [(gap[: seps[0]], gap[seps[0] + 1 :])]
    elif labels:
        options = [(gap[: labels[0]], gap[labels[0] :])]
    elif len(gap) >= 2:
        options = [(gap[:1], gap[1:])]
    elif not gap:
        options = [([], [])]
    else:
        _, _, touches_before, touches_after = gap[0]
        options = []
        if touches_before or not touches_after:
            options.append((gap, []))
        if touches_after or not touches_before:
            options.append(([], gap))
    for before, _ in options:
        if any(item[0] != "hem" for item in before):
            raise CoordinateError(
                "unrecognised", f"In {shown!r} a label stands after the coordinate it names."
            )
    return options


def _group_meta(before: list, after: list, shown: str) -> tuple[Optional[str], Optional[str]]:
    """(hemisphere letter, axis) of one coordinate from its letters and label."""
    if any(item[0] not in ("hem", "label") for item in before + after) or any(
        item[0] == "label" for item in after
    ):
        raise CoordinateError(
            "unrecognised", f"In {shown!r} a separator or label stands where it means nothing."
        )
    hemispheres = [item[1] for item in before + after if item[0] == "hem"]
    labels = [item[1] for item in before if item[0] == "label"]
    if len(hemispheres) > 1:
        raise CoordinateError(
            "hemisphere_conflict",
            f"In {shown!r} one coordinate has two hemisphere letters "
            f"({' and '.join(hemispheres)}): give one letter per coordinate.",
        )
    if len(labels) > 1:
        raise CoordinateError("hemisphere_conflict", f"In {shown!r} a coordinate has two labels.")
    hemisphere = hemispheres[0] if hemispheres else None
    axis = None if hemisphere is None else "lat" if hemisphere in "NS" else "lon"
    label = labels[0] if labels else None
    if label is not None and axis is not None and label != axis:
        raise CoordinateError(
            "hemisphere_conflict",
            f"In {shown!r} the {_AXIS_NAMES[label]} label stands with the hemisphere letter "
            f"{hemisphere} of a {_AXIS_NAMES[axis]}.",
        )
    return hemisphere, axis or label


def _compact_shaped(numbers: list) -> bool:
    return len(numbers) == 1 and numbers[0][2] is None and 4 <= numbers[0][1].int_digits <= 7


def _group_values(numbers: list, hemisphere, axis: str, shown: str, compact: bool = True) -> list:
    """The readings (signed degrees, parts, compact?) of one coordinate's numbers."""
    first = numbers[0][1]
    if first.sign == "-" and hemisphere is not None:
        raise CoordinateError(
            "sign_and_hemisphere",
            f"In {shown!r} a coordinate has both a minus sign and the hemisphere "
            f"{hemisphere}: give one or the other.",
        )
    negative = first.sign == "-" or hemisphere in ("S", "W")
    ways = [_dms_value]
    if compact and _compact_shaped(numbers):
        ways.append(_compact_value)  # DDMM.m, DDDMM.m, DDMMSS.s, DDDMMSS.s
    values, errors = [], []
    for way in ways:
        try:
            value, parts = way(numbers, shown)
            signed = -value if negative else value
            _check_axis_range(signed, axis, shown)
            values.append((signed, parts, way is _compact_value))
        except CoordinateError as error:
            errors.append(error)
    if not values:
        raise errors[-1]
    return values


def _dms_value(numbers: list, shown: str) -> tuple[float, int]:
    position, total = -1, 0.0
    for k, (_, lex, mark) in enumerate(numbers):
        new = mark if mark is not None else position + 1
        if new <= position or new > 2 or (k == 0 and new != 0):
            raise CoordinateError(
                "bad_dms",
                f"In {shown!r} the parts of a coordinate are not in the order degrees, "
                "minutes, seconds.",
            )
        position = new
        if k < len(numbers) - 1 and lex.fraction:
            raise CoordinateError(
                "bad_dms",
                f"In {shown!r} only the last part of a coordinate may have decimals ({lex.text}).",
            )
        _check_sexagesimal(lex.value, position, lex.text, shown)
        total += lex.value / 60.0**position
    return total, len(numbers)


def _compact_value(numbers: list, shown: str) -> tuple[float, int]:
    text = numbers[0][1].text
    integer, _, fraction = text.partition(".")
    decimals = "." + fraction if fraction else ""
    if len(integer) <= 5:  # DDMM.m / DDDMM.m (NMEA)
        degrees, minutes, seconds = int(integer[:-2]), float(integer[-2:] + decimals), 0.0
        parts = 2
    else:  # DDMMSS.s / DDDMMSS.s
        degrees, minutes = int(integer[:-4]), float(integer[-4:-2])
        seconds, parts = float(integer[-2:] + decimals), 3
    _check_sexagesimal(minutes, 1, f"{minutes:g} (in {text})", shown)
    _check_sexagesimal(seconds, 2, f"{seconds:g} (in {text})", shown)
    return degrees + minutes / 60.0 + seconds / 3600.0, parts


def _check_sexagesimal(value: float, position: int, text: str, shown: str) -> None:
    if position == 1 and value >= 60.0:
        raise CoordinateError(
            "minutes_out_of_range",
            f"In {shown!r} the minutes {text} must be less than 60.",
            value=value,
        )
    if position == 2 and value >= 60.0:
        raise CoordinateError(
            "seconds_out_of_range",
            f"In {shown!r} the seconds {text} must be less than 60.",
            value=value,
        )


def _check_axis_range(value: float, axis: str, shown: str) -> None:
    if axis == "lat" and not -90.0 <= value <= 90.0:
        raise CoordinateError(
            "latitude_out_of_range",
            f"In {shown!r} the latitude {value:g} is outside -90 to 90 degrees "
            "(latitude comes first unless hemisphere letters or labels say otherwise).",
            value=value,
        )
    if axis == "lon" and not -180.0 <= value <= 180.0:
        raise CoordinateError(
            "longitude_out_of_range",
            f"In {shown!r} the longitude {value:g} is outside -180 to 180 degrees.",
            value=value,
        )
