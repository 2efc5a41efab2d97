"""LOC-scale generated data and a timing table for ``make bench``.

The data is synthetic: a 254 km line of contact with bends, 13 districts tiling its surroundings,
100,000 evidence points in clusters, 2,000 minefield polygons; all in EPSG:32638.
"""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

import numpy as np
import pytest
import shapely
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

CRS = "EPSG:32638"
X0, Y0 = 600000.0, 4400000.0
RESULTS: list[tuple[str, float, float, float, str]] = []


def peak_rss_reset() -> None:
    """Reset the process's peak resident memory (Linux), so each step reports its own peak."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def peak_rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024.0
    return float("nan")


REPEAT = int(os.environ.get("LANDRELEASE_BENCH_REPEAT", "3"))


def timed(function, repeat: int = REPEAT):
    """(result of the last run, median seconds of ``repeat`` runs, the largest peak MiB of a
    run) of ``function()``."""
    if os.environ.get("LANDRELEASE_BENCH_PROFILE"):
        profiled(function)
    seconds, peaks = [], []
    for _ in range(max(1, repeat)):
        peak_rss_reset()
        start = time.perf_counter()
        result = function()
        seconds.append(time.perf_counter() - start)
        peaks.append(peak_rss_mib())
    return result, statistics.median(seconds), max(peaks)


def profiled(function) -> None:
    """A run of ``function`` under cProfile after one to warm up, the 30 costliest calls printed
    by their own time (``LANDRELEASE_BENCH_PROFILE=1 make bench``: where a case's time goes)."""
    import cProfile
    import pstats

    function()
    profile = cProfile.Profile()
    profile.runcall(function)
    pstats.Stats(profile).sort_stats("tottime").print_stats(30)
    path = os.environ["LANDRELEASE_BENCH_PROFILE"]
    if path.endswith(".prof"):  # each profile kept, numbered, for pstats or snakeviz
        _PROFILES.append(path)
        profile.dump_stats(f"{path[:-5]}-{len(_PROFILES)}.prof")


_PROFILES: list[str] = []


def record(name: str, ours: float, native: float, memory: float, note: str = "") -> None:
    RESULTS.append((name, ours, native, memory, note))


def pytest_terminal_summary(terminalreporter):
    if not RESULTS:
        return
    from qgis.core import Qgis

    distro = (
        Path("/etc/debian_version").read_text().strip()
        if Path("/etc/debian_version").exists()
        else "?"
    )
    written, machine, cases = write_json(Qgis.QGIS_VERSION, distro)
    terminalreporter.write_line("")
    for line in _table().lines(machine, cases[-len(RESULTS) :]):
        terminalreporter.write_line(line)
    terminalreporter.write_line(f"(the table as JSON: {written}, to compare two runs)")


def _table():
    """bench_table.py of this folder (loaded by path: the tests are no package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "bench_table", Path(__file__).with_name("bench_table.py")
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_json(qgis_version: str, distro: str) -> tuple[Path, dict, list[dict]]:
    """The table as ``out/bench.json``: the machine, then one row a case (NaN as null); with
    ``LANDRELEASE_BENCH_APPEND`` set (``make bench``, a process a file), this process's rows
    are added to those already there. Returns the path, the machine and every row."""
    import json
    import platform

    def number(value):
        return None if value != value or value <= 0 else round(float(value), 4)

    rows = [
        {
            "case": name,
            "ours_s": number(ours),
            "native_s": number(native),
            "ratio": number(native / ours) if ours > 0 and native > 0 else None,
            "peak_mib": number(memory),
            "note": note,
        }
        for name, ours, native, memory, note in RESULTS
    ]
    machine = {
        "qgis": qgis_version,
        "debian": distro,
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    path = Path(__file__).resolve().parents[2] / "out" / "bench.json"
    path.parent.mkdir(exist_ok=True)
    if os.environ.get("LANDRELEASE_BENCH_APPEND") and path.exists():
        earlier = json.loads(path.read_text())
        machine["when"] = earlier["machine"].get("when", machine["when"])
        rows = earlier["cases"] + rows
    path.write_text(json.dumps({"machine": machine, "cases": rows}, indent=1, ensure_ascii=False))
    return path, machine, rows


def loc_line(length_km: float = 254.0, seed: int = 1) -> shapely.LineString:
    """A bending line of the given length, running roughly north to south."""
    rng = np.random.default_rng(seed)
    n = 500
    step = length_km * 1000.0 / n
    heading = np.cumsum(rng.normal(0, 0.12, n)) * 0.5 + np.pi  # mostly southward (-y)
    dx = step * np.sin(heading)
    dy = step * np.cos(heading)
    xy = np.column_stack(
        [X0 + np.concatenate([[0], np.cumsum(dx)]), Y0 + np.concatenate([[0], np.cumsum(dy)])]
    )
    return shapely.LineString(xy)  # n equal steps: exactly length_km long


def districts(line: shapely.LineString, n: int = 13) -> list[tuple[str, shapely.Polygon]]:
    """``n`` districts: Voronoi cells of points along the line, clipped to 20 km around it."""
    seeds = shapely.line_interpolate_point(line, (np.arange(n) + 0.5) / n, normalized=True)
    region = line.buffer(20000)
    cells = shapely.get_parts(
        shapely.voronoi_polygons(shapely.multipoints(seeds), extend_to=region)
    )
    codes = [
        "TAR",
        "AGR",
        "KAL",
        "AGD",
        "XOC",
        "XAN",
        "SUS",
        "XCV",
        "LAC",
        "FUZ",
        "CAB",
        "QUB",
        "ZAN",
    ]
    out = []
    for cell in cells:
        clipped = shapely.intersection(cell, region)
        seed_idx = int(np.argmin(shapely.distance(seeds, cell.representative_point())))
        out.append((codes[seed_idx % len(codes)], clipped))
    return out


def evidence_points(
    line: shapely.LineString, n: int = 100_000, clusters: int = 3000, seed: int = 2
):
    """Clustered points within 1.5 km of the line: (xy array, evidence_type array)."""
    rng = np.random.default_rng(seed)
    centres = shapely.get_coordinates(
        shapely.line_interpolate_point(line, rng.uniform(0, line.length, clusters))
    ) + rng.normal(0, 600, (clusters, 2))
    which = rng.integers(0, clusters, n)
    xy = centres[which] + rng.normal(0, 35, (n, 2))
    types = np.where(rng.random(n) < 0.8, "visual_mine", "combat_zone")
    return xy, types


def minefields(line: shapely.LineString, n: int = 2000, seed: int = 3) -> list[shapely.Polygon]:
    rng = np.random.default_rng(seed)
    centres = shapely.get_coordinates(
        shapely.line_interpolate_point(line, rng.uniform(0, line.length, n))
    ) + rng.normal(0, 500, (n, 2))
    w = rng.uniform(30, 150, n)
    h = rng.uniform(20, 80, n)
    return list(
        shapely.box(centres[:, 0] - w, centres[:, 1] - h, centres[:, 0] + w, centres[:, 1] + h)
    )


def memory_layer(geometry: str, geometries, attributes: dict | None = None) -> QgsVectorLayer:
    """A memory layer holding shapely geometries (and optional attribute columns)."""
    layer = QgsVectorLayer(f"{geometry}?crs={CRS}", "bench", "memory")
    attributes = attributes or {}
    layer.dataProvider().addAttributes([QgsField(k, QVariant.String) for k in attributes])
    layer.updateFields()
    features = []
    wkbs = shapely.to_wkb(np.asarray(geometries, dtype=object))
    columns = list(attributes.values())
    for i, wkb in enumerate(wkbs):
        feature = QgsFeature(layer.fields())
        g = QgsGeometry()
        g.fromWkb(wkb)
        feature.setGeometry(g)
        if columns:
            feature.setAttributes([str(c[i]) for c in columns])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def gpkg_layer(
    path: Path, geometry: str, geometries, attributes: dict | None = None
) -> QgsVectorLayer:
    """A GeoPackage table (as the land release database keeps its layers) of shapely
    geometries and optional text columns, written by GDAL in one transaction."""
    from osgeo import ogr, osr

    kinds = {"Point": ogr.wkbPoint, "Polygon": ogr.wkbPolygon, "LineString": ogr.wkbLineString}
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(int(CRS.split(":")[1]))
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    table = dataset.CreateLayer(path.stem, srs, kinds[geometry])
    attributes = attributes or {}
    for name in attributes:
        table.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    table.StartTransaction()
    definition = table.GetLayerDefn()
    for i, wkb in enumerate(shapely.to_wkb(np.asarray(geometries, dtype=object))):
        feature = ogr.Feature(definition)
        for name, column in attributes.items():
            feature.SetField(name, str(column[i]))
        feature.SetGeometry(ogr.CreateGeometryFromWkb(wkb))
        table.CreateFeature(feature)
    table.CommitTransaction()
    dataset = None
    layer = QgsVectorLayer(f"{path}|layername={path.stem}", path.stem, "ogr")
    assert layer.isValid()
    return layer


@pytest.fixture(scope="session")
def loc():
    line = loc_line()
    return {
        "line": line,
        "districts": districts(line),
        "evidence": evidence_points(line),
        "minefields": minefields(line),
    }


@pytest.fixture(scope="session")
def tools():
    """The helpers above, for the benchmark modules (imported by importlib, not by name)."""
    from types import SimpleNamespace

    return SimpleNamespace(
        memory_layer=memory_layer, gpkg_layer=gpkg_layer, record=record, timed=timed, REPEAT=REPEAT
    )
