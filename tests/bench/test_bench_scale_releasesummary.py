"""Country scale for landrelease:releasesummary, run in a child process (its peak memory
the kernel's figure for that process): 100,000 hazards and 400,000 land releases in GeoPackages, as
the land release database keeps them."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import shapely

from .test_bench_scale import runs_in_child

HERE = Path(__file__).resolve().parent
N_HAZARDS, N_RELEASES = 100_000, 400_000
SPACING_M = 254.0  # between hazard centres, as along the line in the 5k bench
BUDGET_S, BUDGET_MIB = 20.0, 3072.0


def _bench_data():
    """The 5k-hazard bench's data generators (a module of this folder, loaded by path)."""
    spec = importlib.util.spec_from_file_location(
        "bench_releasesummary", HERE / "test_bench_releasesummary.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def hazard_centres(line, n: int = N_HAZARDS, spacing_m: float = SPACING_M):
    """The ``n`` points of a square grid nearest the line (a band ~13 km either side): hazards
    as dense as in the 5k bench, none folded onto another where the line bends."""
    x0, y0, x1, y1 = line.buffer(15_000).bounds
    x, y = np.meshgrid(np.arange(x0, x1, spacing_m), np.arange(y0, y1, spacing_m))
    xy = np.column_stack([x.ravel(), y.ravel()])
    nearest = np.argsort(shapely.distance(shapely.points(xy), line), kind="stable")[:n]
    return xy[np.sort(nearest)]


def test_releasesummary_100k_hazards_400k_releases(loc, tools, tmp_path):
    data = _bench_data()
    hazard_geoms, hazard_columns = data.hazard_set(loc["line"], centre=hazard_centres(loc["line"]))
    release_geoms, release_columns = data.release_set(hazard_geoms, n=N_RELEASES)
    hazards, releases = tmp_path / "hazard.gpkg", tmp_path / "land_release.gpkg"
    tools.gpkg_layer(hazards, "Polygon", hazard_geoms, hazard_columns)
    tools.gpkg_layer(releases, "Polygon", release_geoms, release_columns)
    counts, seconds, peak = runs_in_child(
        "landrelease:releasesummary",
        {"HAZARDS": f"{hazards}|layername=hazard", "RELEASES": f"{releases}|layername=land_release",
         "OUTPUT": "memory:", "OUTPUT_REMAINING": "memory:", "OUTPUT_ISSUES": "memory:"},
        tools.REPEAT,
    )  # fmt: skip
    within = seconds <= BUDGET_S and peak <= BUDGET_MIB
    tools.record(
        f"releasesummary 100k hazards + 400k releases (gpkg, child) -> {counts['OUTPUT_ISSUES']} "
        "issues",
        seconds,
        float("nan"),
        peak,
        f"{'within' if within else 'OVER'} the budget of {BUDGET_S:g} s and {BUDGET_MIB:g} MiB "
        "(peak includes QGIS start-up); no native run at this size",
    )
    assert counts["OUTPUT"] == N_HAZARDS
    assert counts["OUTPUT_REMAINING"] > N_HAZARDS // 2
    assert counts["OUTPUT_ISSUES"] > N_RELEASES // 20
