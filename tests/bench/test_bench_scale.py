"""Country scale, each run in a child process (its peak memory the child's own, from the kernel's
resource usage of that process, ``os.wait4``): one million evidence points along the line of
contact into CHAs."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import shapely

HERE = Path(__file__).resolve().parent
CHA_BUDGET_S, CHA_BUDGET_MIB = 10.0, 2048.0


def in_child(algorithm_id: str, parameters: dict) -> tuple[dict, float]:
    """(the child's report, its peak resident memory in MiB: ``ru_maxrss`` of that process,
    QGIS's start-up included)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        child = subprocess.Popen(
            [sys.executable, str(HERE / "scale_child.py"), algorithm_id, json.dumps(parameters)],
            stdout=out, stderr=err, text=True,
        )  # fmt: skip
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0), err.seek(0)
        stdout, stderr = out.read(), err.read()
    if os.environ.get("LANDRELEASE_BENCH_PROFILE"):
        print(stderr)
    report = [line for line in stdout.splitlines() if line.startswith("{")]
    assert child.returncode == 0 and report, stderr[-3000:]
    return json.loads(report[-1]), usage.ru_maxrss / 1024.0  # KiB on Linux


def runs_in_child(algorithm_id: str, parameters: dict, repeat: int) -> tuple[dict, float, float]:
    """(the output feature counts, the median seconds, the largest peak MiB) of ``repeat`` runs,
    each in a child process; every run gives the same counts."""
    runs = [in_child(algorithm_id, parameters) for _ in range(max(1, repeat))]
    counts = [report["counts"] for report, _ in runs]
    assert all(c == counts[0] for c in counts), counts
    seconds = statistics.median(report["seconds"] for report, _ in runs)
    return counts[0], seconds, max(peak for _, peak in runs)


def test_cha_one_million_points(loc, tools, tmp_path):
    from landrelease.tests.bench.conftest import evidence_points

    xy, types = evidence_points(loc["line"], n=1_000_000)
    path = tmp_path / "evidence.gpkg"
    tools.gpkg_layer(path, "Point", shapely.points(xy), {"evidence_type": types})
    count, seconds, peak = runs_in_child(
        "landrelease:delineatecha",
        {"EVIDENCE": f"{path}|layername=evidence", "CLUSTER_DISTANCE": 100, "MARGIN": 50,
         "OUTPUT": "memory:"},
        tools.REPEAT,
    )  # fmt: skip
    count = count["OUTPUT"]
    within = seconds <= CHA_BUDGET_S and peak <= CHA_BUDGET_MIB
    tools.record(
        f"CHA 1,000,000 points (gpkg, child process) -> {count} CHA",
        seconds,
        float("nan"),
        peak,
        f"{'within' if within else 'OVER'} the budget of {CHA_BUDGET_S:g} s and "
        f"{CHA_BUDGET_MIB:g} MiB (peak includes QGIS start-up); no native run at this size",
    )
    assert count > 1000
