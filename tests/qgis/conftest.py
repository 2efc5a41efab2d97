"""Fixtures for tests that run inside a real QGIS (pytest-qgis)."""

from __future__ import annotations

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant


@pytest.fixture
def new_gpkg(tmp_path, provider):
    """A fresh land release GeoPackage, created by the algorithm itself."""
    import processing

    path = tmp_path / "landrelease.gpkg"
    result = processing.run(
        "landrelease:createdatabase",
        {"OUTPUT": str(path), "CRS": QgsCoordinateReferenceSystem("EPSG:32638")},
    )
    assert result["OUTPUT"] == str(path)
    return path


TYPES = {str: QVariant.String, int: QVariant.Int, float: QVariant.Double}


def memory_layer(geometry: str, crs: str, rows: list[tuple[str, dict]], fields=None):
    """A memory layer from (wkt, attributes) rows; field types from ``fields`` or the values."""
    layer = QgsVectorLayer(f"{geometry}?crs={crs}", "test", "memory")
    if fields is None:
        fields = {}
        for _wkt, attributes in rows:
            for key, value in attributes.items():
                if value is not None:
                    fields.setdefault(key, type(value))
    layer.dataProvider().addAttributes([QgsField(k, TYPES[t]) for k, t in fields.items()])
    layer.updateFields()
    features = []
    for wkt, attributes in rows:
        feature = QgsFeature(layer.fields())
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        for key, value in attributes.items():
            feature[key] = value
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    assert layer.featureCount() == len(rows)
    return layer


def reprojected(layer: QgsVectorLayer, crs: str) -> QgsVectorLayer:
    """A copy of ``layer`` in another CRS."""
    target = QgsCoordinateReferenceSystem(crs)
    transform = QgsCoordinateTransform(layer.crs(), target, QgsProject.instance())
    geometry = layer.geometryType()
    name = {0: "Point", 1: "LineString", 2: "Polygon"}[int(geometry)]
    copy = QgsVectorLayer(f"{name}?crs={crs}", layer.name(), "memory")
    copy.dataProvider().addAttributes(layer.fields().toList())
    copy.updateFields()
    features = []
    for feature in layer.getFeatures():
        g = QgsGeometry(feature.geometry())
        g.transform(transform)
        feature.setGeometry(g)
        features.append(feature)
    copy.dataProvider().addFeatures(features)
    return copy


class RecordingFeedback(QgsProcessingFeedback):
    """Keeps what an algorithm tells the user."""

    def __init__(self):
        super().__init__()
        self.messages: list[str] = []

    def pushInfo(self, info):  # noqa: N802
        self.messages.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):  # noqa: N802
        self.messages.append(warning)
        super().pushWarning(warning)

    def reportError(self, error, fatalError=False):  # noqa: N802, N803
        self.messages.append(error)
        super().reportError(error, fatalError)

    def text(self) -> str:
        return "\n".join(self.messages)


@pytest.fixture
def make_layer():
    """``make_layer(geometry, crs, rows, fields=None)``: a memory layer from (wkt, attrs) rows."""
    return memory_layer


@pytest.fixture
def reproject():
    return reprojected


@pytest.fixture
def feedback():
    return RecordingFeedback()
