"""The IMSMA GeoJSON files (core/imsma/geojson.py): written and read back, every bad feature
or file refused by name, line and column."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from landrelease.core import imsma
from landrelease.core.imsma import ImsmaError

from .factories import SQUARE_CCW, E, N, S, W


def test_geojson_round_trip(tmp_path):
    hole = [(W + 2e-4, S + 2e-4), (W + 2e-4, S + 4e-4), (W + 4e-4, S + 4e-4), (W + 2e-4, S + 2e-4)]
    polygon = shapely.Polygon([(x + 1.23456789012e-10, y) for x, y in SQUARE_CCW[::-1]], [hole])
    properties = {
        "hazard_id": "CHA-AGD-0001",
        "imsma_id": "CHA-AGD-0001",
        "remarks": "Ağdam, Quzanlı kəndi — Агдам",
        "priority": None,
        "estimated_area_m2": 9412.33,
        "recorded_on": dt.date(2024, 5, 1),
        "bad": float("nan"),
    }
    path = tmp_path / "hazards.geojson"
    assert imsma.write_geojson(path, [(properties, polygon), ({"imsma_id": "X"}, None)]) == 2
    data = json.loads(path.read_text(encoding="utf-8"))
    assert "Quzanlı kəndi — Агдам" in path.read_text(encoding="utf-8")  # not \u-escaped
    assert "crs" not in data
    feature = data["features"][0]
    assert feature["id"] == "CHA-AGD-0001"
    assert feature["properties"]["recorded_on"] == "2024-05-01"
    assert feature["properties"]["bad"] is None
    exterior, interior = feature["geometry"]["coordinates"]
    assert exterior[0] == exterior[-1]
    assert imsma._signed_area(exterior[:-1]) > 0  # RFC 7946: exterior counter-clockwise
    assert imsma._signed_area(interior[:-1]) < 0  # holes clockwise
    assert all(c == round(c, 9) for xy in exterior for c in xy)

    back = imsma.read_geojson(path)
    assert back[0][0] == {**properties, "recorded_on": "2024-05-01", "bad": None}
    assert shapely.hausdorff_distance(back[0][1], polygon) < 1e-9
    assert len(back[0][1].interiors) == 1
    assert back[1] == ({"imsma_id": "X"}, None)


def test_geojson_in_another_crs_or_not_geojson_is_an_error(tmp_path):
    path = tmp_path / "hazards.geojson"
    path.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::32638"}},
                "features": [],
            }
        )
    )
    with pytest.raises(ImsmaError, match="not WGS 84"):
        imsma.read_geojson(path)
    path.write_text("[1, 2]")
    with pytest.raises(ImsmaError, match="not a GeoJSON FeatureCollection"):
        imsma.read_geojson(path)
    path.write_text("{")
    with pytest.raises(ImsmaError, match=r"hazards.geojson is not valid JSON \(line 1, column 2: "):
        imsma.read_geojson(path)


def feature_collection(*geometries, ids=None):
    return {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "id": (ids or {}).get(k, f"H-{k}"), "properties": {}, "geometry": g}
            for k, g in enumerate(geometries, start=1)
        ],
    }


SQUARE_JSON = {"type": "Polygon", "coordinates": [[[W, S], [E, S], [E, N], [W, N], [W, S]]]}


def test_geojson_bad_features_are_named(tmp_path):
    path = tmp_path / "hazards.geojson"
    data = feature_collection(
        SQUARE_JSON,
        {"type": "Point", "coordinates": [W, S]},
        {"type": "Polygon", "coordinates": [[[W, S], [E, S], [E, float("nan")], [W, S]]]},
        {
            "type": "Polygon",
            "coordinates": [[[S, 100.0], [S, 100.1], [S + 0.1, 100.1], [S, 100.0]]],
        },
        {"type": "Polygon", "coordinates": [[[W, S], [E, S]]]},
        {"type": "Polygon", "coordinates": []},
        None,
    )
    path.write_text(json.dumps(data), encoding="utf-8")  # NaN as JSON's NaN token
    errors = []
    entries = imsma.read_geojson(path, errors)
    assert [(props["imsma_id"], geometry is None) for props, geometry in entries] == [
        ("H-1", False),
        ("H-6", True),  # an empty polygon is no geometry
        ("H-7", True),
    ]
    assert [(k, label) for k, label, _e in errors] == [
        (2, "feature 2 (H-2)"),
        (3, "feature 3 (H-3)"),
        (4, "feature 4 (H-4)"),
        (5, "feature 5 (H-5)"),
    ]
    messages = [str(e) for _k, _label, e in errors]
    assert (
        messages[0] == "hazards.geojson: feature 2 (H-2) is a Point, not a Polygon or MultiPolygon."
    )
    assert messages[1] == (
        "hazards.geojson: feature 3 (H-3) has a coordinate that is not a number (NaN or infinite)."
    )
    assert messages[2].startswith(
        "hazards.geojson: feature 4 (H-4) has the point 40, 100 (longitude, latitude), which is "
        "not WGS 84 degrees"
    )
    assert messages[3].startswith("hazards.geojson: feature 5 (H-5) has broken coordinates: ")


def test_geojson_not_json_or_not_utf8_names_line_and_column(tmp_path):
    path = tmp_path / "hazards.geojson"
    path.write_text('{"type": "FeatureCollection",\n "features": [\n  {"type": ', encoding="utf-8")
    with pytest.raises(ImsmaError) as raised:
        imsma.read_geojson(path)
    assert str(raised.value) == (
        "hazards.geojson is not valid JSON (line 3, column 12: Expecting value)."
    )
    path.write_bytes(
        json.dumps(feature_collection(SQUARE_JSON, ids={1: "Ağdam"}), ensure_ascii=False).encode(
            "cp1254"
        )
    )
    with pytest.raises(
        ImsmaError, match=r"hazards.geojson is not UTF-8 text \(byte 0xF0 on line 1\)"
    ):
        imsma.read_geojson(path)
    path.write_text('{"type": "FeatureCollection", "features": {"a": 1}}', encoding="utf-8")
    with pytest.raises(ImsmaError, match="has no list of features"):
        imsma.read_geojson(path)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.recursive(
        st.none() | st.booleans() | st.floats() | st.integers() | st.text(max_size=5),
        lambda children: (
            st.lists(children, max_size=4)
            | st.dictionaries(
                st.sampled_from(
                    ["type", "features", "geometry", "coordinates", "properties", "id", "crs"]
                ),
                children,
                max_size=4,
            )
        ),
        max_leaves=20,
    ),
    st.sampled_from(["FeatureCollection", "Feature", "Polygon", "MultiPolygon", "Point"]),
)
def test_any_json_gives_features_or_an_imsma_error(tmp_path, value, kind):
    if isinstance(value, dict) and "type" in value:
        value["type"] = kind
    document = {
        "type": "FeatureCollection",
        "features": [value, {"type": "Feature", "geometry": value}],
    }
    path = tmp_path / "any.geojson"
    path.write_text(json.dumps(document), encoding="utf-8")
    errors = []
    try:
        entries = imsma.read_geojson(path, errors)
    except ImsmaError as error:
        assert "any.geojson" in str(error)
        return
    for _props, geometry in entries:
        assert geometry is None or geometry.geom_type in ("Polygon", "MultiPolygon")
    assert all("any.geojson" in str(e) for _k, _label, e in errors)
