"""qgis_io/check_input: every feature of a source as the data checks read it."""

from __future__ import annotations

import datetime

import shapely
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProcessingContext,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QVariant

from landrelease.qgis_io.check_input import first_extent, read_layer

UTM = "EPSG:32638"
SQUARE = "POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))"


def layer_of(geometry_type: str, rows) -> QgsVectorLayer:
    """A memory layer with fid, hazard_id and recorded_on from (wkt, fid, id, date) rows."""
    layer = QgsVectorLayer(f"{geometry_type}?crs={UTM}", "hazard", "memory")
    layer.dataProvider().addAttributes(
        [
            QgsField("fid", QVariant.LongLong),
            QgsField("hazard_id", QVariant.String),
            QgsField("recorded_on", QVariant.Date),
        ]
    )
    layer.updateFields()
    features = []
    for wkt, fid, hazard_id, day in rows:
        feature = QgsFeature(layer.fields())
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes([fid, hazard_id, day])
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    return layer


def test_every_feature_with_its_key_label_and_plain_values(qgis_app):
    layer = layer_of(
        "Polygon",
        [
            (SQUARE, 41, "H-1", QDate(2023, 1, 10)),
            ("", 42, None, None),  # no geometry, no id
            ("POLYGON((0 0, 10 0, 10 10))", 7, " ", QDate()),  # a ring GEOS refuses; a blank id
            ("POLYGON((0 0, 10 0))", 8, "H-8", None),  # too short even when closed
        ],
    )
    read = read_layer(layer, "hazard", layer.crs(), QgsProcessingContext())
    assert read.fids.tolist() == [41, 42, 7, 8]  # the table's own key, not QGIS's feature ids
    assert list(read.data.labels) == ["H-1", "42", "7", "H-8"]
    assert read.without_geometry == 1
    assert read.data.columns["hazard_id"] == ["H-1", None, " ", "H-8"]
    assert read.data.columns["recorded_on"] == [datetime.date(2023, 1, 10), None, None, None]
    first, missing, closed, padded = read.data.geometries
    assert shapely.equals(first, shapely.from_wkt(SQUARE))
    assert missing is None
    # Closed (and padded to four points), so that the checks can name the problem.
    assert shapely.get_coordinates(closed).tolist() == [[0, 0], [10, 0], [10, 10], [0, 0]]
    # GEOS pads it (shapely 2.0: [0 0, 10 0, 0 0, 0 0]) or fixes it (shapely 2.1 closes it at
    # three points): either way closed, on the recorded points, and invalid for the checks.
    coordinates = shapely.get_coordinates(padded).tolist()
    assert coordinates[:3] == [[0, 0], [10, 0], [0, 0]] and len(coordinates) in (3, 4)
    assert set(map(tuple, coordinates)) == {(0, 0), (10, 0)}
    assert not shapely.is_valid(padded)


def test_m_values_and_curves_are_read_as_plain_polygons(qgis_app):
    layer = layer_of(
        "CurvePolygonM",
        [
            ("POLYGON M((0 0 5, 10 0 5, 10 10 5, 0 10 5, 0 0 5))", 1, "H-1", None),
            ("CURVEPOLYGON(CIRCULARSTRING(0 0, 10 10, 20 0, 10 -10, 0 0))", 2, "H-2", None),
        ],
    )
    read = read_layer(layer, "hazard", layer.crs(), QgsProcessingContext())
    square, circle = read.data.geometries
    assert not shapely.has_z(square) and shapely.area(square) == 100.0
    assert shapely.get_type_id(circle) == 3  # segmentised into a polygon
    assert abs(shapely.area(circle) - 3.14159 * 100) < 1.0


def test_first_extent_skips_inputs_without_features(qgis_app):
    empty = layer_of("Polygon", [])
    placed = layer_of("Polygon", [("POLYGON((5 6, 15 6, 15 26, 5 26, 5 6))", 1, "H-1", None)])
    context = QgsProcessingContext()
    assert first_extent([empty, placed], placed.crs(), context) == QgsRectangle(5, 6, 15, 26)
    assert first_extent([empty], placed.crs(), context).isNull()
