"""processing.inputs.outside_area: which features reach outside the programme's area, read in
one transformation of every box's corners and centre, box by box only where QGIS cannot."""

from __future__ import annotations

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsPointXY,
    QgsProcessingContext,
)

from landrelease.core import area
from landrelease.processing.inputs import outside_area
from landrelease.qgis_io.crs import lonlat_arrays

UTM38 = QgsCoordinateReferenceSystem("EPSG:32638")
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
PROGRAMME = area.from_extent(46.0, 39.5, 47.5, 40.5)  # districts' extent + 10 km


def one_by_one(geometries, crs, programme, context):
    """The reference: each box's four corners and centre transformed point by point."""
    to_lonlat = QgsCoordinateTransform(crs, WGS84, context.transformContext())
    result = []
    for geometry in geometries:
        if geometry is None or geometry.is_empty:
            result.append(False)
            continue
        x0, y0, x1, y1 = geometry.bounds
        points = ((x0, y0), (x0, y1), (x1, y0), (x1, y1), ((x0 + x1) / 2, (y0 + y1) / 2))
        try:
            lonlats = [to_lonlat.transform(QgsPointXY(x, y)) for x, y in points]
        except QgsCsException:
            result.append(True)
            continue
        lons, lats = [p.x() for p in lonlats], [p.y() for p in lonlats]
        result.append(not programme.contains_many(lons, lats).all())
    return np.array(result)


def test_the_same_features_as_box_by_box(qgis_app):
    context = QgsProcessingContext()
    rng = np.random.default_rng(7)
    # Points and squares over and around the programme (46.0-47.5° E, 39.5-40.5° N + 10 km).
    xy = np.column_stack([rng.uniform(560e3, 720e3, 3000), rng.uniform(4.35e6, 4.52e6, 3000)])
    squares = shapely.buffer(shapely.points(xy[:1000]), rng.uniform(10, 20e3, 1000), cap_style=3)
    geometries = np.concatenate([shapely.points(xy[1000:]), squares, [None, shapely.Point()]])
    far = outside_area(geometries, UTM38, PROGRAMME, context)
    expected = one_by_one(geometries, UTM38, PROGRAMME, context)
    assert far.tolist() == expected.tolist()
    assert 500 < far.sum() < 2500  # both kinds are there
    assert not far[-2:].any()  # no geometry, nothing to warn about


def test_points_alone_as_box_by_box(qgis_app):
    """Every geometry a point (evidence): one transformation of the points themselves."""
    context = QgsProcessingContext()
    rng = np.random.default_rng(8)
    xy = np.column_stack([rng.uniform(560e3, 720e3, 3000), rng.uniform(4.35e6, 4.52e6, 3000)])
    geometries = np.concatenate([shapely.points(xy), [None, shapely.Point()]])
    far = outside_area(geometries, UTM38, PROGRAMME, context)
    assert far.tolist() == one_by_one(geometries, UTM38, PROGRAMME, context).tolist()
    assert 500 < far.sum() < 2500


def test_all_inside_and_no_area(qgis_app):
    context = QgsProcessingContext()
    inside = [shapely.Point(620000, 4430000), shapely.box(600000, 4420000, 601000, 4421000)]
    assert outside_area(inside, UTM38, PROGRAMME, context).tolist() == [False, False]
    assert outside_area(inside, UTM38, None, context).tolist() == [False, False]


def test_lonlat_arrays_as_qgis_transforms_each_point(qgis_app):
    context = QgsProcessingContext()
    xs, ys = np.array([620000.0, 500000.0]), np.array([4430000.0, 0.0])
    lons, lats = lonlat_arrays(xs, ys, UTM38, context.transformContext())
    to_lonlat = QgsCoordinateTransform(UTM38, WGS84, context.transformContext())
    for x, y, lon, lat in zip(xs, ys, lons, lats):
        point = to_lonlat.transform(QgsPointXY(x, y))
        assert (lon, lat) == (point.x(), point.y())
    assert lons[1] == 45.0 and lats[1] == 0.0


def test_a_long_list_names_the_first_and_counts_the_rest(qgis_app):
    from landrelease.qgis_io.convert import listed

    first = [f"E-{k}" for k in range(10)]
    assert listed(first, total=61_889) == ", ".join(first) + " … (+61879)"
    assert listed(first + ["E-10", "E-11"]) == ", ".join(first) + " … (+2)"
    assert listed(["E-1"], total=1) == "E-1"
