"""One algorithm run in a process of its own, for the scale benchmarks: its peak memory is then
this process's (the parent reads it from the kernel, ``os.wait4``), QGIS's start-up included.

Usage: scale_child.py ALGORITHM_ID PARAMETERS_JSON; prints one JSON line: the seconds of the
run alone, and the feature count of each vector output."""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main(algorithm_id: str, parameters: dict) -> dict:
    sys.path[:] = [p for p in sys.path if Path(p or os.getcwd()).resolve() != ROOT]
    folder = Path(tempfile.mkdtemp(prefix="landrelease-bench-"))
    (folder / "landrelease").symlink_to(ROOT, target_is_directory=True)
    sys.path.insert(0, str(folder))
    sys.path.append("/usr/share/qgis/python/plugins")
    from qgis.core import (
        QgsApplication,
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsProject,
        QgsVectorLayer,
    )

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    from landrelease.processing.provider import LandReleaseProvider

    provider = LandReleaseProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())

    def run():
        return processing.run(
            algorithm_id, parameters, context=context, feedback=QgsProcessingFeedback()
        )

    start = time.perf_counter()
    if os.environ.get("LANDRELEASE_BENCH_PROFILE"):  # the profile to stderr, the run slower
        import cProfile
        import pstats

        profile = cProfile.Profile()
        result = profile.runcall(run)
        pstats.Stats(profile, stream=sys.stderr).sort_stats("tottime").print_stats(30)
    else:
        result = run()
    seconds = time.perf_counter() - start
    counts = {k: v.featureCount() for k, v in result.items() if isinstance(v, QgsVectorLayer)}
    return {"seconds": seconds, "counts": counts}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], json.loads(sys.argv[2]))), flush=True)
    os._exit(0)  # the run is reported: QGIS's teardown is no part of it
