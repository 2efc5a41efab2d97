"""The magnetic declination from the IGRF (core/traverse/declination.py, issue 14, item 4),
against an independent IGRF-14 (pyIGRF14)."""

from __future__ import annotations

import random
import sys
from datetime import date, datetime

import pytest
from pyIGRF14 import igrf_value as reference_igrf  # an independent IGRF-14 (test only)

from landrelease.core import traverse as tv
from landrelease.core.traverse import DeclinationError, magnetic_declination, magnetic_declinations


def decimal_year(day: date) -> float:
    start, end = date(day.year, 1, 1), date(day.year + 1, 1, 1)
    return day.year + (day - start).days / (end - start).days


PLACES = [
    ("Aghdam", 46.93, 39.99, date(1993, 6, 15)),
    ("Aghdam", 46.93, 39.99, date(2020, 12, 15)),
    ("Baku", 49.87, 40.41, date(1945, 5, 9)),
    ("Oslo", 10.75, 59.91, date(1965, 7, 1)),
    ("Sydney", 151.21, -33.87, date(2010, 3, 1)),
    ("Boulder", -105.27, 40.01, date(2026, 5, 1)),
    ("Ushuaia", -68.3, -54.8, date(1980, 1, 1)),
    ("Cape Town", 18.42, -33.92, date(1955, 9, 1)),
    ("Longyearbyen", 15.6, 78.2, date(2000, 1, 1)),
    ("Alert", -62.3, 82.5, date(2015, 8, 1)),
    ("Pulkovo", 30.33, 59.77, date(1905, 6, 1)),
    ("first day", 0.0, 0.0, date(1900, 1, 1)),
    ("last day", 0.0, 0.0, date(2029, 12, 31)),
]


@pytest.mark.parametrize("name, lon, lat, day", PLACES, ids=[f"{p[0]} {p[3]}" for p in PLACES])
def test_declination_agrees_with_an_independent_igrf(name, lon, lat, day):
    reference = reference_igrf(lat, lon, 0.0, decimal_year(day))[0]
    assert magnetic_declination(lon, lat, day) == pytest.approx(reference, abs=0.25)
    assert magnetic_declination(lon, lat, day) == pytest.approx(reference, abs=0.001)


def test_declination_near_aghdam_as_the_issue_gives_it():
    assert magnetic_declination(46.93, 39.99, date(1993, 6, 15)) == pytest.approx(4.65, abs=0.005)
    assert magnetic_declination(46.93, 39.99, date(2020, 12, 15)) == pytest.approx(6.31, abs=0.005)
    noon = datetime(1993, 6, 15, 12, 0)
    assert magnetic_declination(46.93, 39.99, noon) == magnetic_declination(
        46.93, 39.99, date(1993, 6, 15)
    )


@pytest.mark.parametrize(
    "lon, lat, day, code",
    [
        (46.93, 39.99, date(1899, 12, 31), "date_outside_igrf"),
        (46.93, 39.99, date(1800, 1, 1), "date_outside_igrf"),
        (46.93, 39.99, date(2030, 1, 1), "date_outside_igrf"),
        (46.93, 39.99, date(2031, 6, 1), "date_outside_igrf"),
        (46.93, 39.99, "1993-06-15", "date_not_date"),
        (46.93, 39.99, None, "date_not_date"),
        (46.93, 39.99, 1993.5, "date_not_date"),
        (float("nan"), 39.99, date(1993, 6, 15), "position_out_of_range"),
        (46.93, float("inf"), date(1993, 6, 15), "position_out_of_range"),
        (181.0, 39.99, date(1993, 6, 15), "position_out_of_range"),
        (46.93, -91.0, date(1993, 6, 15), "position_out_of_range"),
        (46.93, 90.0, date(1993, 6, 15), "position_out_of_range"),
        (True, 39.99, date(1993, 6, 15), "position_out_of_range"),
        ("46.93", 39.99, date(1993, 6, 15), "position_out_of_range"),
    ],
)
def test_declination_refusals(lon, lat, day, code):
    with pytest.raises(DeclinationError) as error:
        magnetic_declination(lon, lat, day)
    assert error.value.code == code and isinstance(error.value, ValueError)
    assert code in tv.DECLINATION_ERROR_CODES and error.value.detail


def test_declinations_vectorised_in_chunks_never_a_full_grid(monkeypatch):
    import ppigrf

    shapes = []
    igrf = ppigrf.igrf

    def recording(*args, **kwargs):
        result = igrf(*args, **kwargs)
        shapes.append(result[0].shape)
        return result

    monkeypatch.setattr(ppigrf, "igrf", recording)
    rng = random.Random(14)
    n = 700
    lons = [rng.uniform(44.5, 48.0) for _ in range(n)]
    lats = [rng.uniform(38.5, 41.0) for _ in range(n)]
    days = [date(1990, 1, 1).fromordinal(date(1990, 1, 1).toordinal() + rng.randrange(12_000))
            for _ in range(n)]  # fmt: skip
    days[5] = days[6] = days[7]  # some records on the same day
    values = magnetic_declinations(lons, lats, days)
    assert values.shape == (n,)
    assert len(shapes) == 3 and all(rows <= 256 and points <= 256 for rows, points in shapes)
    for k in (0, 5, 6, 7, 255, 256, 699):
        assert values[k] == pytest.approx(magnetic_declination(lons[k], lats[k], days[k]), abs=1e-9)
        reference = reference_igrf(lats[k], lons[k], 0.0, decimal_year(days[k]))[0]
        assert values[k] == pytest.approx(reference, abs=0.001)
    assert magnetic_declinations([], [], []).shape == (0,)
    with pytest.raises(DeclinationError) as error:
        magnetic_declinations([46.9, 46.9], [39.9, 39.9], [date(1993, 1, 1), date(1850, 1, 1)])
    assert error.value.code == "date_outside_igrf" and error.value.index == 1


def test_without_ppigrf_the_error_names_the_package(monkeypatch):
    monkeypatch.setitem(sys.modules, "ppigrf", None)  # as if it were not installed
    with pytest.raises(DeclinationError) as error:
        magnetic_declination(46.93, 39.99, date(1993, 6, 15))
    assert error.value.code == "igrf_unavailable" and "ppigrf" in str(error.value)
