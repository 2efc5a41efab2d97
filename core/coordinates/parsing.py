"""Reading a coordinate in any form: every reader on every reading of the commas, then one
answer (:mod:`.readings`)."""

from __future__ import annotations

from itertools import combinations
from typing import Optional

from .degrees import _read_degrees
from .gauss_kruger import _GK_DATUM_RE, _read_gk
from .lexemes import (
    _MAX_TIGHT_COMMAS,
    _lexemes,
    _normalise,
    _raw_tokens,
    _Skip,
    _tight_commas,
    _unrecognised,
)
from .mgrs import _MGRS_LIKE_RE, _UPS_LIKE_RE, _mgrs_details
from .readings import _DEG, _ambiguous, _best_error, _clusters, _Context, _decide, _Failure
from .utm import _read_utm
from .values import CoordinateError, LonLat, ParsedCoordinate


def parse_coordinate(
    text: str, default_zone: Optional[int] = None, default_hemisphere: str = "N"
) -> tuple[LonLat, str]:
    """Read a coordinate in any form of the package docstring: the point and the format read
    ("dd", "dms", "utm", "mgrs" or "gk"). ``default_zone`` and ``default_hemisphere`` complete
    a bare UTM easting/northing pair that reads as nothing else (and decide what a UTM "S"
    means)."""
    details = parse_coordinate_details(text, default_zone, default_hemisphere)
    return details.point, details.fmt


def parse_coordinate_details(
    text: str, default_zone: Optional[int] = None, default_hemisphere: str = "N"
) -> ParsedCoordinate:
    """As :func:`parse_coordinate`, with what the text was read as (CRS, zone, easting and
    northing as written, the datum transformation used)."""
    return _parse(text, default_zone, default_hemisphere, _ALL_READERS, mgrs=True)


def parse_utm(
    text: str, default_zone: Optional[int] = None, default_hemisphere: str = "N"
) -> LonLat:
    """Read a UTM coordinate (see the package docstring for the forms and the letter S)."""
    return _parse(text, default_zone, default_hemisphere, (_read_utm,)).point


def parse_dd(text: str) -> LonLat:
    """Read decimal degrees (see the package docstring); degrees-minutes-seconds are refused."""
    return _parse(text, None, "N", (_read_degrees,), only_fmt="dd").point


def parse_dms(text: str) -> LonLat:
    """Read degrees, minutes and seconds (any of the degree forms), or decimal degrees."""
    return _parse(text, None, "N", (_read_degrees,)).point


def _parse(
    text, default_zone, default_hemisphere, readers, only_fmt=None, mgrs=False
) -> ParsedCoordinate:
    """Read ``text`` with ``readers`` (and MGRS, whose look is its own: zone, three letters,
    digits), for each reading of its commas, most decimal commas first."""
    shown, norm = _normalise(text)
    if default_hemisphere not in ("N", "S"):
        raise CoordinateError(
            "bad_hemisphere", f"The default hemisphere must be N or S, not {default_hemisphere!r}."
        )
    if mgrs and (_UPS_LIKE_RE.match(norm) or _MGRS_LIKE_RE.match(norm)):
        return _mgrs_details(norm, shown)
    norm, datum = _GK_DATUM_RE.subn(" ", norm)
    raw = _raw_tokens(norm, shown)
    tight = _tight_commas(raw)
    if len(tight) > _MAX_TIGHT_COMMAS:
        raise _unrecognised(shown, "it holds too many commas between digits")
    failures: list[_Failure] = []
    one_number = False  # with its commas as decimal marks the text is a single coordinate
    # A comma between digits is a decimal mark unless the text then reads as nothing.
    for count in range(len(tight), -1, -1):
        ctx = _Context(shown, default_zone, default_hemisphere, bool(datum))
        for decimals in combinations(tight, count):
            ctx.commas = frozenset(decimals)
            try:
                lexemes = _lexemes(raw, ctx.commas, shown)
            except _Skip:
                continue
            for reader in readers:
                reader(lexemes, ctx)
        if only_fmt is not None:
            _keep_only(ctx, only_fmt)
        if ctx.readings:
            if one_number:
                raise _ambiguous(ctx, _clusters(ctx.readings), one_number=True)
            ctx.failures += failures
            return _decide(ctx)
        one_number = one_number or (count > 0 and _one_coordinate(ctx))
        failures += ctx.failures
    raise _best_error(failures, shown)


def _one_coordinate(ctx: _Context) -> bool:
    """The text read as a single good coordinate (``40,46`` as 40.46)."""
    return any(
        f.error.code == "incomplete" and f.fit >= 2 and f.reader == _DEG for f in ctx.failures
    )


def _keep_only(ctx: _Context, fmt: str) -> None:
    kept = [r for r in ctx.readings if r.parsed.fmt == fmt]
    if ctx.readings and not kept:
        raise CoordinateError(
            "unrecognised",
            f"{ctx.shown!r} has minutes or seconds: it is not in decimal degrees.",
        )
    ctx.readings = kept


_ALL_READERS = (_read_gk, _read_utm, _read_degrees)
