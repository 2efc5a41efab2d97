"""Fixtures for tests that run inside a real QGIS (pytest-qgis)."""

from __future__ import annotations

import os

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


# ---------------------------------------------------------------------------------------------
# Both database backends: a GeoPackage file and a PostGIS schema on the throwaway test server
# ---------------------------------------------------------------------------------------------

BACKENDS = ("gpkg", "postgis")


@pytest.fixture
def new_postgis(postgres_server, provider):
    """A fresh land release schema on the test server, created by the algorithm itself
    (``postgis.PgDatabase``). Schemas are not dropped: the server is thrown away."""
    import uuid

    import processing

    from landrelease.storage import postgis

    schema = "lr_" + uuid.uuid4().hex[:12]
    result = processing.run(
        "landrelease:createdatabase",
        {
            "CONNECTION": postgres_server.conninfo(),
            "SCHEMA": schema,
            "CRS": QgsCoordinateReferenceSystem("EPSG:32638"),
        },
    )
    assert result["SCHEMA"] == schema
    return postgis.resolve(postgres_server.conninfo(), schema)


@pytest.fixture(params=BACKENDS)
def new_database(request):
    """A fresh land release database on each backend: a GeoPackage path (str) or a PostGIS
    ``PgDatabase``; ``load_database`` and ``recording`` take either."""
    if request.param == "gpkg":
        return str(request.getfixturevalue("new_gpkg"))
    return request.getfixturevalue("new_postgis")


def sql_rows(database, sql: str, params=()) -> list[tuple]:
    """Rows of ``sql`` read straight from the database (sqlite3 or psycopg2, not QGIS): a
    GeoPackage path or a ``PgDatabase`` (unqualified names resolve in its schema)."""
    if isinstance(database, (str, os.PathLike)):
        import sqlite3

        with sqlite3.connect(str(database)) as conn:
            return conn.execute(sql, params).fetchall()
    import psycopg2

    from landrelease.storage.postgis import PgDatabase

    assert isinstance(database, PgDatabase)
    connection = psycopg2.connect(
        database.data_source.connectionInfo(True),
        options=f"-c search_path={database.schema},public",
    )
    try:
        with connection, connection.cursor() as cursor:
            cursor.execute(sql.replace("?", "%s"), params or None)
            return cursor.fetchall() if cursor.description else []
    finally:
        connection.close()


def as_officer_without_write_rights(command: list[str]) -> list[str]:
    """``command`` run as an officer who may not write read-only files and folders. The tests
    run as root in CI, and root writes anything: root then runs it without the capabilities
    that override file permissions (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), keeping its own
    files readable wherever the checkout lies. Needs setpriv (util-linux)."""
    import shutil

    if os.geteuid() != 0:
        return command
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root needs setpriv (util-linux) to drop its file rights")
    return [setpriv, "--bounding-set", "-dac_override,-dac_read_search", *command]
