"""The candidate readings of a text and the one answer: readings within
:data:`SAME_POINT_M` are one; several are refused as ambiguous (showing each and how to write
it); none gives the error of the form that fits the text best."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional

from .lexemes import _unrecognised
from .values import CoordinateError, LonLat, ParsedCoordinate

SAME_POINT_M = 1.0  # readings closer than this are one reading
_GK, _UTM, _DEG = 1, 2, 3  # reader priority when errors fit equally well (MGRS is 0)


@dataclass
class _Reading:
    parsed: ParsedCoordinate
    kind: str  # strong; weak (default zone); blocked (compact or GK without letters/labels);
    # shadow (an uneven split of unmarked numbers: only ever a competitor)
    label: str  # how the text was read, for messages
    hint: str  # the same point written so that it reads one way only
    commas: frozenset  # the commas read as decimal marks
    blocked: Optional[CoordinateError] = None


@dataclass
class _Failure:
    error: CoordinateError
    fit: int  # 0 the form does not apply, 1 implausible numbers, 2 a value, 3 an explicit form
    reader: int
    shadow: bool = False


class _Context:
    def __init__(self, shown, default_zone, default_hemisphere, datum):
        self.shown = shown
        self.default_zone = default_zone
        self.default_hemisphere = default_hemisphere
        self.datum = datum  # the text names Pulkovo 1942 (СК-42)
        self.commas = frozenset()
        self.readings: list[_Reading] = []
        self.failures: list[_Failure] = []

    def read(self, parsed, kind, label, hint, blocked=None):
        self.readings.append(_Reading(parsed, kind, label, hint, self.commas, blocked))

    def fail(self, error: CoordinateError, fit: int, reader: int, shadow: bool = False):
        self.failures.append(_Failure(error, fit, reader, shadow))


def _decide(ctx: _Context) -> ParsedCoordinate:
    """One reading: accept; several: refuse as ambiguous; only competitors: refuse."""
    weak = [r for r in ctx.readings if r.kind == "weak"]  # the default zone
    blocked = [r for r in ctx.readings if r.kind == "blocked"]
    shadows = [r for r in ctx.readings if r.kind == "shadow"]
    for kind in ("strong", "weak"):
        main = [r for r in ctx.readings if r.kind == kind]
        if main:
            clusters = _clusters(main + (weak if kind == "strong" else []) + blocked + shadows)
            if len(clusters) == 1:
                return main[0].parsed
            raise _ambiguous(ctx, clusters)
    if blocked:
        clusters = _clusters(blocked + shadows)
        if len(clusters) == 1:
            raise blocked[0].blocked
        raise _ambiguous(ctx, clusters)
    errors = [f for f in ctx.failures if not f.shadow and f.fit >= 2]
    if errors:
        raise _best_error(errors, ctx.shown)
    raise _ambiguous(ctx, _clusters(shadows))


def _clusters(readings: list[_Reading]) -> list[list[_Reading]]:
    """Readings grouped by place: within SAME_POINT_M of a group's first one."""
    clusters: list[list[_Reading]] = []
    for reading in readings:
        for cluster in clusters:
            if _metres_apart(cluster[0].parsed.point, reading.parsed.point) < SAME_POINT_M:
                cluster.append(reading)
                break
        else:
            clusters.append([reading])
    return clusters


def _metres_apart(a: LonLat, b: LonLat) -> float:
    """Great-circle distance on a sphere of the Earth's mean radius (haversine)."""
    phi1, phi2 = math.radians(a.lat), math.radians(b.lat)
    dphi, dlam = phi2 - phi1, math.radians(b.lon - a.lon)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlam / 2) ** 2
    return 2.0 * 6_371_008.8 * math.asin(min(1.0, math.sqrt(h)))


def _point_text(point: LonLat, decimals: int) -> str:
    def part(value, positive, negative):
        text = f"{abs(value):.{decimals}f}".rstrip("0").rstrip(".")
        return f"{text}° {positive if value >= 0 else negative}"

    return f"{part(point.lat, 'N', 'S')} {part(point.lon, 'E', 'W')}"


def _ambiguous(ctx: _Context, clusters: list, one_number: bool = False) -> CoordinateError:
    shown = ctx.shown
    readings = [cluster[0] for cluster in clusters]
    decimals = 4
    while decimals < 8 and len({_point_text(r.parsed.point, decimals) for r in readings}) < len(
        readings
    ):
        decimals += 2
    described = [f"{_point_text(r.parsed.point, decimals)} ({r.label})" for r in readings]
    values = [(r.parsed.fmt, r.parsed.point.lon, r.parsed.point.lat, r.label) for r in readings]
    if one_number:
        return CoordinateError(
            "ambiguous_comma",
            f"{shown!r} is ambiguous: with a decimal comma it is one number (and a coordinate "
            f"is missing); with the comma between two numbers it reads {' or '.join(described)}. "
            "Separate latitude and longitude with a space or a semicolon ('40,5; 46,5'), or "
            "write decimal points.",
            readings=values,
        )
    if len(readings) == 1:
        return CoordinateError(
            "ambiguous",
            f"In {shown!r} it is not clear which numbers make the latitude and which the "
            f"longitude; it may mean {described[0]}. Write the symbols or hemisphere letters "
            f"(e.g. '{readings[0].hint}') or a ';' between latitude and longitude.",
            readings=values,
        )
    alternatives = ", ".join(described[:-1]) + " or " + described[-1]
    examples = " or ".join(f"'{r.hint}'" for r in readings)
    commas = len({r.commas for r in readings}) > 1  # the readings differ by their commas
    advice = (
        "Use decimal points, or a space or semicolon between the coordinates, or write it"
        if commas
        else "Write it"
    )
    return CoordinateError(
        "ambiguous_comma" if commas else "ambiguous",
        f"{shown!r} can be read {len(readings)} ways: {alternatives}. {advice} so that it "
        f"reads one way only, e.g. {examples}.",
        readings=values,
    )


def _best_error(failures: list[_Failure], shown: str) -> CoordinateError:
    """The error of the form that fits the text best (ties: MGRS, GK, UTM, degrees)."""
    if not failures:
        return _unrecognised(shown, "it matches none of the accepted forms")
    return max(failures, key=lambda f: (f.fit, not f.shadow, -f.reader)).error


def _with_fit(error: CoordinateError, fit: int) -> CoordinateError:
    error._fit = fit
    return error
