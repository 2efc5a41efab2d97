"""A record's legs (core/traverse/legs.py): codes as in the data model, each leg's refusal
naming it, bearings as text in the leg's unit, the declination of a magnetic leg (issue 14,
item 4)."""

from __future__ import annotations

import math

from landrelease.core import traverse as tv
from landrelease.core.traverse import BearingError, compute_traverse

from .factories import AGHDAM, CRS, REFERENCE, oblique_legs, raises, square_legs, xy


def test_code_lists_match_the_data_model():
    from landrelease.core.model import CODE_LISTS

    def codes(name):
        return CODE_LISTS[name].values()

    assert tv.ANGLE_UNITS == codes("bearing_unit")
    assert tv.NORTHS == codes("north")
    assert set(tv.POINT_TYPES) == set(codes("point_type"))
    assert set(tv.FULL_CIRCLE) == set(tv.ANGLE_UNITS)


def test_bearing_out_of_range_names_the_leg():
    legs = square_legs((0, 1600, 3200, 4800), unit="mil6400")
    legs[2].bearing = 6500
    error = raises("bearing_out_of_range", legs, seq=3)
    assert "6500" in str(error) and "6400" in str(error)
    assert error.value == 6500
    legs[2].bearing = -5
    raises("bearing_out_of_range", legs, seq=3)


def test_leg_errors():
    def legs_with(k, **changes):
        legs = square_legs((0, 90, 180, 270))
        for name, value in changes.items():
            setattr(legs[k - 1], name, value)
        return legs

    raises("negative_distance", legs_with(4, distance_m=-10), seq=4)
    raises("distance_missing", legs_with(2, distance_m=None), seq=2)
    raises("distance_missing", legs_with(2, distance_m="  "), seq=2)
    raises("distance_not_numeric", legs_with(2, distance_m="ten"), seq=2)
    raises("bearing_missing", legs_with(5, bearing=None), seq=5)
    raises("bearing_not_numeric", legs_with(5, bearing="north"), seq=5)
    raises("bearing_unit_mismatch", legs_with(5, bearing="N45E", unit="mil6400"), seq=5)
    raises("bearing_not_numeric", legs_with(5, bearing=float("inf")), seq=5)
    raises("bearing_out_of_range", legs_with(3, bearing=360), seq=3)
    raises("unknown_unit", legs_with(3, unit="mils"), seq=3)
    raises("unknown_north", legs_with(3, north="compass"), seq=3)
    raises("unknown_point_type", legs_with(3, point_type="corner"), seq=3)
    raises("duplicate_seq", legs_with(3, seq=2), seq=2)
    raises("bad_seq", legs_with(3, seq=None))
    raises("bad_seq", legs_with(3, seq=2.5))


def test_text_bearings_in_legs():
    """A CSV read by OGR gives text: each leg's text is read in the leg's unit."""
    numbers = compute_traverse(REFERENCE, square_legs((0, 1500, 3000, 4500), unit="mil6000"))
    soviet = square_legs(("0-00", "15-00", "30-00", "45-00"), unit="mil6000")
    result = compute_traverse(REFERENCE, soviet)
    assert xy(result) == xy(numbers)
    assert [p.bearing for p in result.points[1:]] == [0.0, 1500.0, 3000.0, 4500.0, 0.0]
    quadrant = square_legs(("N0E", "S90E", "S0W", "N90W"))
    assert xy(compute_traverse(REFERENCE, quadrant)) == xy(numbers)
    legs = square_legs(("0-00", "15-00", "30-00", "45-00"), unit="mil6000")
    legs[2].bearing = "12-150"
    error = raises("bearing_bad_soviet_form", legs, seq=3)
    assert isinstance(error, BearingError) and "12-150" in str(error)
    legs[2].bearing = "30-00"
    legs[2].unit = "mil6400"  # the leg's own unit: the Soviet form is refused in it
    raises("bearing_soviet_form", legs, seq=3)


def test_a_magnetic_leg_needs_a_declination_never_0_by_default():
    legs = square_legs((0, 90, 180, 270), north="magnetic")
    error = raises("declination_missing", legs)
    assert "declination" in str(error) and error.value == 1
    grid = square_legs((0, 90, 180, 270))
    assert compute_traverse(REFERENCE, grid).closure_error_m == 0.0  # no magnetic leg


def test_a_legs_own_declination_wins_over_the_records():
    legs = oblique_legs(north="magnetic")
    for leg in legs:
        leg.declination_deg = 4.65
    own = compute_traverse(AGHDAM, legs, crs=CRS)  # no record declination needed
    record = compute_traverse(AGHDAM, oblique_legs(north="magnetic"), declination_deg=4.65, crs=CRS)
    both = compute_traverse(AGHDAM, legs, declination_deg=-30.0, crs=CRS)
    assert xy(own) == xy(record) == xy(both)
    # One leg with its own value, the others with the record's.
    mixed = oblique_legs(north="magnetic")
    mixed[2].declination_deg = "6,31"  # as typed in a table
    result = compute_traverse(AGHDAM, mixed, declination_deg=4.65, crs=CRS)
    true = oblique_legs(north="true")
    for k, leg in enumerate(true):
        leg.bearing = leg.bearing + (6.31 if k == 2 else 4.65)
    for a, b in zip(xy(result), xy(compute_traverse(AGHDAM, true, crs=CRS))):
        assert math.dist(a, b) < 1e-6
    mixed[2].declination_deg = float("nan")
    raises("bad_declination", mixed, seq=3, start=AGHDAM, declination_deg=4.65, crs=CRS)
