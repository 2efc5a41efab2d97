"""qgis_io.geometry.EllipsoidalArea (WKB of all geometries written in one call): the same figures
as QgsDistanceArea measuring each geometry, to the bit."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingContext, QgsProject

X0, Y0 = 600000.0, 4400000.0


def context():
    result = QgsProcessingContext()
    result.setProject(QgsProject.instance())
    return result


def one_by_one(crs, geometries):
    """QgsDistanceArea, one geometry at a time (0 where the planar area is not positive)."""
    from landrelease.qgis_io.convert import distance_area
    from landrelease.qgis_io.geometry import to_qgs

    measure = distance_area(QgsCoordinateReferenceSystem(crs), context()).measureArea
    planar = np.nan_to_num(shapely.area(geometries))
    return np.array([measure(to_qgs(g)) if a > 0 else 0.0 for g, a in zip(geometries, planar)])


def bulk(crs, geometries):
    from landrelease.qgis_io.geometry import EllipsoidalArea

    return EllipsoidalArea(QgsCoordinateReferenceSystem(crs), context())(geometries)


def varied(x0, y0, scale, seed=7):
    """Discs, discs with holes, multipolygons, long edges, slivers, empties, lines, None."""
    rng = np.random.default_rng(seed)
    centres = shapely.points(rng.uniform(-150, 150, (300, 2)) * 1000 * scale + [x0, y0])
    s = scale
    return np.concatenate(
        [
            shapely.buffer(centres[:100], 60 * s, quad_segs=8),
            shapely.difference(
                shapely.buffer(centres[100:150], 3000 * s, quad_segs=4),
                shapely.buffer(centres[100:150], 800 * s, quad_segs=3),
            ),
            shapely.polygons(  # irregular 40-gons: long rings beside short ones
                shapely.get_coordinates(centres[150:250])[:, None, :]
                + rng.uniform(20, 400, (100, 40, 1)) * s
                * np.stack([np.cos(np.linspace(0, 6.2, 40)), np.sin(np.linspace(0, 6.2, 40))], -1)
            ),
            [shapely.box(x0, y0, x0 + 9500 * s, y0 + 7000 * s)],
            [shapely.box(x0, y0, x0 + 60000 * s, y0 + 30000 * s)],
            [shapely.multipolygons([shapely.box(x0, y0, x0 + 10 * s, y0 + 10 * s),
                                    shapely.box(x0 + 50 * s, y0, x0 + 70 * s, y0 + 10 * s)])],
            [shapely.box(x0, y0, x0 + 0.1 * s, y0 + 0.5 * s)],
            [shapely.GeometryCollection([shapely.box(x0, y0, x0 + 5 * s, y0 + 5 * s),
                                         shapely.LineString([(x0, y0), (x0 + 9 * s, y0)])])],
            [shapely.Polygon(), None, shapely.LineString([(x0, y0), (x0 + 5 * s, y0)])],
        ]
    )  # fmt: skip


@pytest.mark.parametrize(
    "crs, x0, y0, scale",
    [
        ("EPSG:32638", X0, Y0, 1.0),  # UTM 38N (WGS 84)
        ("EPSG:4326", 47.0, 40.0, 1e-5),  # degrees
        ("EPSG:28408", 8400000.0, 4430000.0, 1.0),  # Pulkovo 1942 / Gauss-Krüger: via WGS 84
    ],
)
@pytest.mark.parametrize("threaded", [False, True])
def test_bulk_areas_are_qgsdistancearea_figures_to_the_bit(
    provider, monkeypatch, crs, x0, y0, scale, threaded
):
    from landrelease.qgis_io.geometry import EllipsoidalArea

    if threaded:  # half measured on a second thread, by a measurer of its own
        monkeypatch.setattr(EllipsoidalArea, "THREADED_FROM", 2)
    geometries = varied(x0, y0, scale)
    reference = one_by_one(crs, geometries)
    ours = bulk(crs, geometries)
    assert ours.shape == reference.shape
    assert ours.tolist() == reference.tolist()
    assert np.count_nonzero(ours) == len(geometries) - 3
