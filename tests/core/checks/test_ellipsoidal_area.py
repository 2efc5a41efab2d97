"""Areas on the WGS 84 ellipsoid, against pyproj."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from landrelease.core import checks

from .factories import (
    TO_LONLAT,
    UTM38,
    X0,
    Y0,
    geod_area,
    sq,
    usq,
)


def test_ellipsoidal_areas_against_pyproj():
    square = usq(0, 0)
    big = shapely.box(X0, Y0, X0 + 30_000, Y0 + 20_000)  # larger than EXACT_EXTENT_M
    holed = shapely.Polygon(usq(0, 0, 300).exterior, [usq(100, 100).exterior.coords])
    multi = shapely.MultiPolygon([usq(0, 0), usq(1000, 0, 50)])
    far_east = sq(X0 + 250_000, Y0, 100)  # near the zone's edge: scale factor ~1.0003
    geoms = [square, big, holed, multi, far_east, None, shapely.Polygon(), shapely.Point(X0, Y0)]
    areas = checks.ellipsoidal_areas(geoms, UTM38)
    exact = checks.ellipsoidal_areas(geoms, UTM38, exact=True)
    for k, g in enumerate(geoms[:5]):
        reference = geod_area(g)
        assert areas[k] == pytest.approx(reference, rel=1e-7), k
        assert exact[k] == pytest.approx(reference, rel=1e-12), k
    assert list(areas[5:]) == [0.0, 0.0, 0.0]
    # UTM shrinks at the central meridian (k0 = 0.9996) and stretches far from it
    assert areas[0] > 10_000 and areas[4] < 10_000
    # A geographic CRS: geodesic areas of the vertices.
    lonlat = shapely.transform(square, lambda xy: np.column_stack(TO_LONLAT.transform(*xy.T)))
    assert checks.ellipsoidal_areas([lonlat], "EPSG:4326")[0] == pytest.approx(
        geod_area(square), rel=1e-9
    )
