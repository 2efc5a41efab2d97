"""Many records at once (core.traverse.compute_traverses): each record's result is what it
gets alone, and its points are those of a leg-by-leg walk with one pyproj call per point (the
way records were walked before), to the last bit."""

from __future__ import annotations

import math
import random

import shapely
from hypothesis import given, settings
from hypothesis import strategies as st
from pyproj.enums import TransformDirection

from landrelease.core.traverse import (
    Leg,
    TraverseError,
    TraverseRecord,
    compute_traverse,
    compute_traverses,
)
from landrelease.core.traverse.bearings import _wrap360
from landrelease.core.traverse.computation import _three_apart

from .factories import AGHDAM, CRS, GEOD, TO_LONLAT

NORTHS = ("grid", "true", "magnetic", None)
TYPES = ("start", "turning", "turning", "intermediate", "evidence", "end", None)


def random_record(rng: random.Random) -> TraverseRecord:
    """A record of 0 to 14 legs of every north (the leg's own or the record's), zero
    distances, bearings as text, now and then a leg that is refused."""
    legs = []
    for seq in rng.sample(range(1, 40), rng.randint(0, 14)):
        bearing = round(rng.uniform(0, 360), 1) % 360.0
        if rng.random() < 0.1:
            bearing = f"{int(bearing)}°{rng.randint(0, 59)}'"
        distance = 0.0 if rng.random() < 0.05 else round(rng.uniform(1, 300), 1)
        if rng.random() < 0.02:
            distance = -1.0
        declination = rng.choice((None, None, 4.5))
        legs.append(
            Leg(seq, bearing, distance, None, rng.choice(NORTHS), rng.choice(TYPES),
                declination_deg=declination)
        )  # fmt: skip
    x0, y0 = AGHDAM
    start = (x0 + rng.uniform(-50_000, 50_000), y0 + rng.uniform(-50_000, 50_000))
    if rng.random() < 0.03:
        start = (math.nan, y0)
    return TraverseRecord(start, legs, rng.choice((None, -3.25, 6.0)), "reference")


def walked_alone(record: TraverseRecord, north: str) -> list[tuple[float, float]]:
    """The points of ``record`` walked leg by leg, each geodesic leg by its own pyproj calls
    (one transformer both ways, as the core does)."""
    result = compute_traverse(
        record.start_xy, record.legs, "deg", north, record.declination_deg, False, CRS,
        record.start_point_type,
    )  # fmt: skip
    x, y = result.points[0].x, result.points[0].y
    out = [(x, y)]
    for p in result.points[1:]:
        if p.north == "grid":
            s, c = _sincosd(p.azimuth_grid_deg)
            x, y = x + p.distance_m * s, y + p.distance_m * c
        else:
            lon, lat = TO_LONLAT.transform(x, y)
            lon2, lat2, _ = GEOD.fwd(lon, lat, _true_azimuth(p, record), p.distance_m)
            back = TO_LONLAT.transform(lon2, lat2, direction=TransformDirection.INVERSE)
            x, y = (float(v) for v in back)
        out.append((x, y))
    return out


def _sincosd(degrees):
    quarter = round(degrees / 90.0)
    rest = math.radians(degrees - 90.0 * quarter)
    s, c = math.sin(rest), math.cos(rest)
    return ((s, c), (c, -s), (-s, -c), (-c, s))[quarter % 4]


def _true_azimuth(point, record) -> float:
    """The azimuth the leg of ``point`` was walked on (its bearing, turned if magnetic)."""
    from landrelease.core.traverse import parse_bearing

    leg = next(leg for leg in record.legs if leg.seq == point.seq)
    azimuth = parse_bearing(leg.bearing, "deg")
    if point.north == "magnetic":
        own = leg.declination_deg
        azimuth = _wrap360(azimuth + (own if own is not None else record.declination_deg))
    return azimuth


def outcome(result):
    """What a result or refusal says, for comparing two of them exactly."""
    if isinstance(result, TraverseError):
        return ("refused", result.code, str(result), result.seq, repr(result.value))
    points = [
        (p.seq, p.point_type, p.x, p.y, p.bearing, p.unit, p.north, p.distance_m,
         p.azimuth_grid_deg)
        for p in result.points
    ]  # fmt: skip
    return (
        points, [p.seq for p in result.perimeter], shapely.to_wkb(result.polygon),
        result.closure_error_m, result.perimeter_m, result.closure_ratio, result.adjusted,
        result.adjust_code, result.end_on_start,
    )  # fmt: skip


def alone(record, north, adjust, tolerance):
    try:
        return compute_traverse(
            record.start_xy, record.legs, "deg", north, record.declination_deg, adjust, CRS,
            record.start_point_type, closed_tolerance_m=tolerance,
        )  # fmt: skip
    except TraverseError as error:
        return error


def test_records_together_as_each_alone():
    rng = random.Random(18)
    records = [random_record(rng) for _ in range(600)]
    for north, adjust, tolerance in (("grid", False, 0.0), ("true", True, 5.0)):
        together = compute_traverses(
            records, "deg", north, adjust, CRS, closed_tolerance_m=tolerance
        )
        assert len(together) == len(records)
        computed = 0
        for record, result in zip(records, together):
            assert outcome(result) == outcome(alone(record, north, adjust, tolerance))
            computed += not isinstance(result, TraverseError)
        assert 100 < computed < len(records)  # both kinds are there


def test_points_as_walked_leg_by_leg_with_one_pyproj_call_a_point():
    rng = random.Random(5)
    records = [random_record(rng) for _ in range(300)]
    together = compute_traverses(records, "deg", "true", False, CRS, closed_tolerance_m=0.0)
    walked = 0
    for record, result in zip(records, together):
        if isinstance(result, TraverseError):
            continue
        assert [(p.x, p.y) for p in result.points] == walked_alone(record, "true")
        walked += 1
    assert walked > 50


def test_a_crs_that_cannot_be_used_refuses_only_records_with_true_legs():
    grid = TraverseRecord(AGHDAM, [Leg(1, 0.0, 10.0, north="grid"), Leg(2, 90, 10.0),
                                   Leg(3, 180.0, 10.0, point_type="end")])  # fmt: skip
    true = TraverseRecord(AGHDAM, [Leg(1, 0.0, 10.0, north="true"), Leg(2, 90, 10.0),
                                   Leg(3, 180.0, 10.0, point_type="end")])  # fmt: skip
    done, refused = compute_traverses([grid, true], crs="EPSG:4326")
    assert not isinstance(done, TraverseError) and len(done.points) == 4
    assert isinstance(refused, TraverseError) and refused.code == "bad_crs"
    assert compute_traverses([]) == []


coordinate = st.floats(-1e7, 1e7, allow_nan=False)
nudge = st.sampled_from((0.0, 1e-12, 3e-10, 5e-10, 1e-9, 4e-9, 1e-8, 2e-8, 1.0))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(coordinate, coordinate), min_size=1, max_size=4),
    st.lists(st.tuples(st.integers(0, 3), nudge, nudge), min_size=0, max_size=6),
)
def test_three_apart_only_when_three_distinct_once_rounded(base, nudged):
    ring = list(base) + [
        (base[k % len(base)][0] + dx, base[k % len(base)][1] + dy) for k, dx, dy in nudged
    ]
    distinct = len({(round(x, 9), round(y, 9)) for x, y in ring})
    if _three_apart(ring):
        assert distinct >= 3
