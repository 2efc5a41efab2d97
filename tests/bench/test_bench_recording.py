"""The Record land release dialog's live checks with 50,000 releases in the layer."""

from __future__ import annotations

import statistics
import time

import numpy as np
from osgeo import gdal, ogr
from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsProject

X0, Y0 = 600000.0, 4400000.0
SIDE = 100.0  # releases are 100 m squares on a grid, 224 x 224 = 50,176 of them


def _fill(path: str, columns: int) -> int:
    """Write the hazards (1 km squares) and the releases with GDAL in one transaction."""
    ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE)
    ds.StartTransaction()
    hazards, releases = ds.GetLayerByName("hazard"), ds.GetLayerByName("land_release")
    outcomes = ("cancelled", "reduced", "cleared")
    n = 0
    for i in range(0, columns, 10):
        for j in range(0, columns, 10):
            row = ogr.Feature(hazards.GetLayerDefn())
            row.SetField("hazard_id", f"H-{i:03d}-{j:03d}")
            row.SetField("classification", "CHA")
            row.SetField("status", "worked_on")
            x, y = X0 + i * SIDE, Y0 + j * SIDE
            row.SetGeometry(ogr.CreateGeometryFromWkt(_square(x, y, 10 * SIDE)))
            hazards.CreateFeature(row)
    rng = np.random.default_rng(5)
    for i in range(columns):
        for j in range(columns):
            row = ogr.Feature(releases.GetLayerDefn())
            row.SetField("release_id", f"LR-{n:06d}")
            row.SetField("hazard_id", f"H-{i // 10 * 10:03d}-{j // 10 * 10:03d}")
            row.SetField("activity", "clearance")
            row.SetField("outcome", outcomes[int(rng.integers(3))])
            x, y = X0 + i * SIDE, Y0 + j * SIDE
            row.SetGeometry(ogr.CreateGeometryFromWkt(_square(x + 2, y + 2, SIDE - 4)))
            releases.CreateFeature(row)
            n += 1
    ds.CommitTransaction()
    ds = None
    return n


def _square(x, y, side) -> str:
    return f"POLYGON(({x} {y},{x + side} {y},{x + side} {y + side},{x} {y + side},{x} {y}))"


def test_live_checks_with_50000_releases(provider, tmp_path, qgis_new_project, tools):
    import processing

    from landrelease.storage import recording
    from landrelease.storage.database import load_database

    path = str(tmp_path / "national.gpkg")
    processing.run(
        "landrelease:createdatabase",
        {"OUTPUT": path, "CRS": QgsCoordinateReferenceSystem("EPSG:32638")},
    )
    count = _fill(path, 224)
    assert count >= 50000
    load_database(path, QgsProject.instance())
    layers = recording.find_layers(QgsProject.instance())
    assert layers.release.featureCount() == count
    hazard = recording.find_hazard(layers, "H-100-100")
    # A candidate across a hazard edge, overlapping earlier releases, as the user digitises.
    times = []
    for k in range(30):
        x, y = X0 + 10 * SIDE * 10 + 3 * k, Y0 + 10 * SIDE * 10 - 150
        geometry = QgsGeometry.fromWkt(_square(x, y, 420))
        start = time.perf_counter()
        check = recording.check_candidate(layers, hazard, geometry)
        times.append(time.perf_counter() - start)
    assert check.valid and check.overlaps and check.outside_m2 > 0
    median, worst = statistics.median(times), max(times)
    tools.record(
        f"live check, {count:,} releases in the layer",
        median,
        float("nan"),
        float("nan"),
        f"median of 30 changes {median * 1000:.1f} ms, worst {worst * 1000:.0f} ms; target 50 ms",
    )
    assert median < 0.05, times
    QgsProject.instance().clear()
