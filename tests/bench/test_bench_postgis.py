"""Saving a land release into a national database of 50,000 releases: GeoPackage and PostGIS.

Our save is one transaction: the release, the locks on the hazards it touches, their remaining
area recomputed from the stored releases, the edit log. The native baseline is what QGIS does
without the plugin: the same feature added through the layer's edit buffer and committed
(no accounting, no hazard update).
"""

from __future__ import annotations

import statistics
import time
import uuid

import pytest
from osgeo import gdal
from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsProject, QgsVectorLayerUtils
from qgis.PyQt.QtCore import QDate

from .test_bench_recording import SIDE, X0, Y0, _fill, _square

SAVES = 10


def _create(backend, tmp_path, postgres_server):
    import processing

    from landrelease.storage import postgis

    crs = QgsCoordinateReferenceSystem("EPSG:32638")
    if backend == "gpkg":
        path = str(tmp_path / "national.gpkg")
        processing.run("landrelease:createdatabase", {"OUTPUT": path, "CRS": crs})
        return path, path
    schema = "bench_" + uuid.uuid4().hex[:8]
    processing.run(
        "landrelease:createdatabase",
        {"CONNECTION": postgres_server.conninfo(), "SCHEMA": schema, "CRS": crs},
    )
    database = postgis.resolve(postgres_server.conninfo(), schema)
    return database, database.gdal_name()


def _candidate(layers, k: int, release_id: str):
    from landrelease.storage import recording

    # Inside hazard H-100-100 (1 km square), a 60 m strip per save, overlapping stored releases.
    x, y = X0 + 100 * SIDE + 5 + 70 * (k % 12), Y0 + 100 * SIDE + 5 + 70 * (k // 12)
    fields = layers.release.fields()
    values = {
        "release_id": release_id,
        "hazard_id": "H-100-100",
        "activity": "clearance",
        "outcome": "cleared",
        "method": "manual",
        "start_date": QDate(2026, 5, 1),
        "end_date": QDate(2026, 6, 30),
    }
    feature = QgsVectorLayerUtils.createFeature(
        layers.release,
        QgsGeometry.fromWkt(_square(x, y, 60)),
        {fields.indexOf(n): v for n, v in values.items()},
    )
    return recording.Candidate(feature, [])


@pytest.mark.parametrize("backend", ["gpkg", "postgis"])
def test_save_a_release_among_50000(
    backend, provider, tmp_path, qgis_new_project, postgres_server, tools
):
    from landrelease.storage import recording
    from landrelease.storage.database import load_database

    database, gdal_name = _create(backend, tmp_path, postgres_server)
    gdal.SetConfigOption("PG_USE_COPY", "YES")
    try:
        count = _fill(gdal_name, 224)
    finally:
        gdal.SetConfigOption("PG_USE_COPY", None)
    project = QgsProject.instance()
    load_database(database, project)
    layers = recording.find_layers(project)
    assert layers.release.featureCount() == count >= 50000

    ours = []
    for k in range(SAVES):
        candidate = _candidate(layers, k, f"LR-BENCH-{k:02d}")
        start = time.perf_counter()
        saved = recording.save_release(layers, candidate, user="bench")
        ours.append(time.perf_counter() - start)
    assert saved.status == "worked_on" and 0 < saved.remaining_m2 < 1_000_000

    native = []
    for k in range(SAVES):
        feature = _candidate(layers, k + SAVES, f"LR-NATIVE-{k:02d}").feature
        start = time.perf_counter()
        assert layers.release.startEditing()
        assert layers.release.addFeature(feature)
        assert layers.release.commitChanges(), layers.release.commitErrors()
        native.append(time.perf_counter() - start)
    assert layers.release.featureCount() == count + 2 * SAVES

    median, native_median = statistics.median(ours), statistics.median(native)
    tools.record(
        f"save a release, {backend}, {count:,} releases",
        median,
        native_median,
        float("nan"),
        f"median of {SAVES}: ours {median * 1000:.0f} ms (one transaction: hazard lock, "
        f"accounting, edit log), native {native_median * 1000:.1f} ms (edit buffer commit, "
        "no accounting)",
    )
    assert median < 2.0, ours
    project.clear()
