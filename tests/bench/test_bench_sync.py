"""landrelease:syncfield with 1,000 field edits: 50 hazards packed with their turning points
and releases; in the field 400 turning points moved, 300 release remarks changed, 200 evidence
points and 100 releases added. Seconds of the sync, size of the package."""

from __future__ import annotations

import time
from pathlib import Path

from osgeo import gdal, ogr
from qgis.core import QgsCoordinateReferenceSystem, QgsProject

X0, Y0 = 600000.0, 4400000.0
HAZARDS, SIDE = 50, 400.0  # 50 hazards of 400 m x 400 m in a row


def _square(x, y, side) -> str:
    return f"POLYGON(({x} {y},{x + side} {y},{x + side} {y + side},{x} {y + side},{x} {y}))"


def _office(path: str) -> None:
    """50 hazards, each with 8 turning points and 6 releases (strips along x), by GDAL."""
    ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE)
    ds.StartTransaction()
    hazards, releases = ds.GetLayerByName("hazard"), ds.GetLayerByName("land_release")
    points = ds.GetLayerByName("survey_point")
    for h in range(HAZARDS):
        x = X0 + h * (SIDE + 100)
        row = ogr.Feature(hazards.GetLayerDefn())
        for key, value in (("hazard_id", f"CHA-{h:03d}"), ("classification", "CHA"),
                           ("status", "open")):  # fmt: skip
            row.SetField(key, value)
        row.SetGeometry(ogr.CreateGeometryFromWkt(_square(x, Y0, SIDE)))
        hazards.CreateFeature(row)
        for seq in range(1, 9):
            point = ogr.Feature(points.GetLayerDefn())
            point.SetField("owner_id", f"CHA-{h:03d}")
            point.SetField("point_type", "turning")
            point.SetField("seq", seq)
            point.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT({x + seq * 40} {Y0})"))
            points.CreateFeature(point)
        for r in range(6):
            release = ogr.Feature(releases.GetLayerDefn())
            for key, value in (("release_id", f"LR-{h:03d}-{r}"), ("hazard_id", f"CHA-{h:03d}"),
                               ("activity", "nts"), ("outcome", "cancelled"),
                               ("end_date", "2024-05-01")):  # fmt: skip
                release.SetField(key, value)
            release.SetGeometry(ogr.CreateGeometryFromWkt(_square(x + r * 40, Y0, 30)))
            releases.CreateFeature(release)
    ds.CommitTransaction()
    ds = None


def _field_edits(field: Path) -> int:
    """1,000 edits in the field GeoPackage, in one transaction."""
    ds = gdal.OpenEx(str(field), gdal.OF_VECTOR | gdal.OF_UPDATE)
    ds.StartTransaction()
    edits = 0
    points = ds.GetLayerByName("survey_point")
    for point in list(points)[:400]:
        geometry = point.GetGeometryRef()
        point.SetGeometry(
            ogr.CreateGeometryFromWkt(f"POINT({geometry.GetX() + 3} {geometry.GetY() + 2})")
        )
        points.SetFeature(point)
        edits += 1
    releases = ds.GetLayerByName("land_release")
    for release in list(releases)[:300]:
        release.SetField("remarks", "checked in the field")
        releases.SetFeature(release)
        edits += 1
    evidence = ds.GetLayerByName("evidence")
    for k in range(200):
        row = ogr.Feature(evidence.GetLayerDefn())
        row.SetField("evidence_id", f"E-F{k:04d}")
        row.SetField("evidence_type", "visual_mine")
        h = k % HAZARDS
        x = X0 + h * (SIDE + 100) + 300
        row.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT({x} {Y0 + 100 + k})"))
        evidence.CreateFeature(row)
        edits += 1
    for h in range(100 // 2):
        for r in range(2):
            x = X0 + h * (SIDE + 100) + 250 + r * 60
            row = ogr.Feature(releases.GetLayerDefn())
            values = {"release_id": f"LR-F{h:03d}-{r}", "hazard_id": f"CHA-{h:03d}",
                      "activity": "clearance", "outcome": "cleared",
                      "start_date": "2026-07-01", "end_date": "2026-07-20"}  # fmt: skip
            for key, value in values.items():
                row.SetField(key, value)
            row.SetGeometry(ogr.CreateGeometryFromWkt(_square(x, Y0 + 200, 40)))
            releases.CreateFeature(row)
            edits += 1
    ds.CommitTransaction()
    ds = None
    return edits


def _size_mib(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 2**20


def test_sync_1000_field_edits(provider, tmp_path, qgis_new_project, tools):
    import processing

    from landrelease.tests.qgis.test_syncfield import make_package

    office = str(tmp_path / "office.gpkg")
    processing.run(
        "landrelease:createdatabase",
        {"OUTPUT": office, "CRS": QgsCoordinateReferenceSystem("EPSG:32638")},
    )
    _office(office)
    ids = [f"CHA-{h:03d}" for h in range(HAZARDS)]
    start = time.perf_counter()
    folder = make_package(office, tmp_path / "package", ids)
    packing = time.perf_counter() - start
    assert _field_edits(folder / "field.gpkg") == 1000
    size = _size_mib(folder)
    start = time.perf_counter()
    result = processing.run(
        "landrelease:syncfield",
        {"INPUT": str(folder), "DATABASE": office, "OUTPUT_REPORT": str(tmp_path / "sync.csv")},
    )
    seconds = time.perf_counter() - start
    assert (result["ADDED"], result["CHANGED"], result["CONFLICTS"]) == (300, 700, 0)
    tools.record(
        "syncfield, 1,000 field edits",
        seconds,
        float("nan"),
        float("nan"),
        f"package {size:.1f} MiB; test packing of 50 hazards {packing:.1f} s",
    )
    start = time.perf_counter()
    again = processing.run(
        "landrelease:syncfield",
        {"INPUT": str(folder), "DATABASE": office, "OUTPUT_REPORT": str(tmp_path / "again.csv")},
    )
    assert (again["ADDED"], again["CHANGED"], again["CONFLICTS"]) == (0, 0, 0)
    tools.record(
        "syncfield, the same package again", time.perf_counter() - start, float("nan"), float("nan")
    )
    QgsProject.instance().clear()
