"""Places, references (pyproj) and refusal helpers shared by the coordinate tests."""

from __future__ import annotations

import math

import pytest
from hypothesis import strategies as st
from pyproj import Geod, Transformer
from pyproj.transformer import AreaOfInterest, TransformerGroup

from landrelease.core import coordinates as co
from landrelease.core.coordinates import CoordinateError, LonLat, parse_coordinate

# Aghdam and Shusha (approximate town centres), in UTM zone 38, latitude band S.
AGHDAM = LonLat(46.9300, 39.9930)
SHUSHA = LonLat(46.7500, 39.7600)
UTM38N = Transformer.from_crs("EPSG:4326", "EPSG:32638", always_xy=True)
# MGRS-safe latitudes and longitudes for property tests.
lons = st.floats(-180.0, 180.0, allow_nan=False)
lats = st.floats(-79.9999, 83.9999, allow_nan=False)

WGS84 = Geod(ellps="WGS84")
ZONE38 = Transformer.from_crs("EPSG:32638", "EPSG:4326", always_xy=True)
# 38N 612345 4412345, read by PROJ itself.
UTM_POINT = LonLat(*ZONE38.transform(612345.0, 4412345.0))
# Aghdam on the Soviet map (issue 14): Pulkovo 1942 Gauss–Krüger zone 8.
GK_X, GK_Y = 4430293.0, 8664944.0
LAT_DMS = 40 + 2 / 60 + 13 / 3600  # 40°02'13"
LAT_DMS43 = 40 + 2 / 60 + 13.43 / 3600  # 40°02'13.43"


def close(point: LonLat, lon: float, lat: float, tol_deg: float = 1e-9) -> bool:
    return abs(point.lon - lon) <= tol_deg and abs(point.lat - lat) <= tol_deg


def metres_apart(a: LonLat, b: LonLat) -> float:
    """Approximate ground distance (m) between two nearby points."""
    dy = (a.lat - b.lat) * 111_320.0
    dlon = (a.lon - b.lon + 180.0) % 360.0 - 180.0
    dx = dlon * 111_320.0 * math.cos(math.radians((a.lat + b.lat) / 2))
    return math.hypot(dx, dy)


def metres(a: LonLat, b: LonLat) -> float:
    return WGS84.inv(a.lon, a.lat, b.lon, b.lat)[2]


def error_code(text, function=parse_coordinate, **kwargs) -> str:
    with pytest.raises(CoordinateError) as error:
        function(text, **kwargs)
    assert str(error.value) == error.value.detail and len(error.value.detail) > 10
    assert isinstance(error.value, ValueError)
    return error.value.code


def gk_by_pyproj(x: float, y: float) -> tuple[LonLat, str, float]:
    """The point PROJ gives for Gauss–Krüger X, Y through the best transformation for a small
    area around it (the area found with the projection alone), and that transformation."""
    zone = int(y // 1_000_000)
    crs = f"EPSG:{28400 + zone}"
    lon, lat = Transformer.from_crs(crs, "EPSG:4284", always_xy=True).transform(y, x)
    area = AreaOfInterest(lon - 0.01, lat - 0.01, lon + 0.01, lat + 0.01)
    best = TransformerGroup(crs, "EPSG:4326", always_xy=True, area_of_interest=area).transformers[0]
    return LonLat(*best.transform(y, x)), best.description, best.accuracy


def refused(text, **kwargs) -> CoordinateError:
    with pytest.raises(CoordinateError) as error:
        parse_coordinate(text, **kwargs)
    assert isinstance(error.value, ValueError)
    assert str(error.value) == error.value.detail and error.value.code in co.ERROR_CODES
    return error.value
