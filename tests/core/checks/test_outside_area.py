"""outside_area: the programme's area."""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from pyproj import Transformer

from landrelease.core import area, checks
from landrelease.core.checks import EVIDENCE, HAZARD

from .factories import (
    DISTRICTS,
    GEOD,
    TO_UTM,
    UTM38,
    evidence,
    layer,
    triples,
    utm_point,
    utm_polygon,
)


def outside(geometries, ids, layer_name=EVIDENCE, box=DISTRICTS, crs=UTM38):
    labels = [i if i is not None else str(k) for k, i in enumerate(ids)]
    return checks.check_outside_area(layer_name, geometries, labels, box, crs, ids=ids)


def test_a_decimal_comma_latitude_read_as_a_utm_zone_lands_at_the_equator():
    # "40,123456 46,750000" read as zone 40 gives about 46.75° E, 0.0004° N.
    findings = outside([utm_point(46.93, 39.99), utm_point(46.75, 0.0004)], ["E-1", "E-2"])
    assert triples(findings) == [(EVIDENCE, "outside_area", "E-2")]
    f = findings[0]
    assert f.severity == "error" and f.index == 1
    assert (f.x, f.y) == pytest.approx(TO_UTM.transform(46.75, 0.0004))
    km = GEOD.inv(46.75, 0.0004, 46.75, DISTRICTS.south)[2] / 1000
    assert 4280 < km < 4300
    assert f.message == (
        f"evidence_id E-2 lies at 0.00040° N, 46.75000° E (latitude, longitude), about "
        f"{km:.0f} km outside the programme's area ({DISTRICTS.describe()}). Check for a "
        "swapped latitude and longitude, a decimal comma, or a wrong UTM or Gauss–Krüger zone."
    )


@pytest.mark.parametrize(
    ("beyond_m", "flagged"), [(0, False), (5_000, False), (9_900, False), (10_500, True)]
)
def test_the_margin_beyond_the_districts(beyond_m, flagged):
    box = area.from_extent(46.0, 39.5, 47.0, 40.5, margin_m=10_000)
    lon, lat, _back = GEOD.fwd(46.5, 40.5, 0.0, beyond_m)  # due north of the districts
    findings = outside([utm_point(lon, lat)], ["E-1"], box=box)
    assert len(findings) == int(flagged)


def test_a_polygon_with_one_vertex_outside_names_that_vertex():
    inside = [(46.90, 39.90), (46.91, 39.90), (46.91, 39.91)]
    spike = utm_polygon(*inside[:2], (46.905, 0.1), inside[2])
    multi = shapely.MultiPolygon([utm_polygon(*inside), utm_polygon((8.66, 40.0), (8.67, 40.0),
                                                                    (8.67, 40.01))])  # fmt: skip
    findings = outside([utm_polygon(*inside), spike, multi], ["H-1", "H-2", "H-3"], HAZARD)
    assert triples(findings) == [(HAZARD, "outside_area", "H-2"), (HAZARD, "outside_area", "H-3")]
    assert (findings[0].x, findings[0].y) == pytest.approx(TO_UTM.transform(46.905, 0.1))
    assert "hazard_id H-2 lies outside the programme's area" in findings[0].message
    assert "1 of 5 vertices, the farthest at 0.10000° N, 46.90500° E" in findings[0].message
    # A Gauss-Krüger Y (8664944) read as a longitude: 8.66° E, far west of the UTM zone.
    assert "4 of 8 vertices, the farthest at 40.00000° N, 8.66000° E" in findings[1].message


def test_not_finite_coordinates_are_outside_and_do_not_crash():
    nan_point = shapely.Point(math.nan, 4_400_000.0)
    inf_point = shapely.Point(math.inf, 4_400_000.0)
    inf_vertex = shapely.from_wkt("POLYGON((640000 4420000, 640100 4420000, 640100 4420100, "
                                  "640000 4420000))")  # fmt: skip
    inf_vertex = shapely.set_coordinates(
        inf_vertex,
        np.array(
            [[640000, 4420000], [math.inf, 4420000], [640100, 4420100], [640000, 4420000]]
        ),  # fmt: skip
    )
    findings = outside([nan_point, inf_point], ["E-1", "E-2"])
    findings += outside([inf_vertex], ["H-1"], HAZARD)
    assert [f.feature_id for f in findings] == ["E-1", "E-2", "H-1"]
    for f in findings:
        assert f.code == "outside_area" and f.severity == "error"
        assert math.isnan(f.x) and math.isnan(f.y)
        assert "not numbers (NaN or infinite)" in f.message and "{" not in f.message


def test_features_without_geometry_or_id():
    findings = outside([None, shapely.Point(), utm_point(46.75, 0.0004)], [None, None, None])
    assert [(f.feature_id, f.index) for f in findings] == [("2", 2)]
    assert findings[0].message.startswith("fid 2 lies at 0.00040° N")


def test_geographic_coordinates_swapped():
    findings = outside(
        [shapely.Point(46.93, 39.99), shapely.Point(39.99, 46.93)], ["E-1", "E-2"], crs="EPSG:4326"
    )
    assert triples(findings) == [(EVIDENCE, "outside_area", "E-2")]
    assert "46.93000° N, 39.99000° E" in findings[0].message


def test_run_checks_only_on_layers_given_an_area():
    far = layer(EVIDENCE, [(utm_point(46.75, 0.0004), evidence("E-1", "combat_zone"))])
    assert checks.run_checks(evidence=far).findings == []
    assert checks.run_checks(evidence=far, areas={HAZARD: DISTRICTS}, crs=UTM38).findings == []
    found = checks.run_checks(evidence=far, areas={EVIDENCE: DISTRICTS}, crs=UTM38).findings
    assert triples(found) == [(EVIDENCE, "outside_area", "E-1")]
    with pytest.raises(ValueError):
        checks.run_checks(evidence=far, areas={EVIDENCE: DISTRICTS})


@settings(max_examples=200, deadline=None)
@given(
    lon=st.floats(38.0, 52.0, allow_nan=False),
    lat=st.floats(30.0, 50.0, allow_nan=False),
)
def test_flagged_exactly_when_outside_the_box(lon, lat):
    """Against an independent reading: the point's own longitude and latitude in the box."""
    point = utm_point(lon, lat)
    back_lon, back_lat = Transformer.from_crs(UTM38, 4326, always_xy=True).transform(
        point.x, point.y
    )
    assert abs(back_lon - lon) < 1e-7 and abs(back_lat - lat) < 1e-7
    expected = not (
        DISTRICTS.west <= lon <= DISTRICTS.east and DISTRICTS.south <= lat <= DISTRICTS.north
    )
    edge = min(abs(lon - v) for v in (DISTRICTS.west, DISTRICTS.east))
    edge = min(edge, *(abs(lat - v) for v in (DISTRICTS.south, DISTRICTS.north)))
    assume(edge > 1e-6)
    assert len(outside([point], ["E-1"])) == int(expected)


def test_a_million_evidence_points_at_once():
    rng = np.random.default_rng(14)
    n = 1_000_000
    x = rng.uniform(620_000, 680_000, n)
    y = rng.uniform(4_400_000, 4_450_000, n)
    x[[10, 500_000]] = (694761.67, 8_664_944.0)  # the equator; a Gauss-Krüger Y as easting
    y[[10, 500_000]] = (44.23, 4_430_293.0)
    ids = [f"E-{k}" for k in range(n)]
    findings = outside(shapely.points(x, y), ids)
    assert [f.feature_id for f in findings] == ["E-10", "E-500000"]
