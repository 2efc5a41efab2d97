"""Field packages (issue 20): landrelease:packagefield of 50 tasks from a database of 200
hazards with their releases, turning points, 800 tasks and 5,000 evidence points."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

from .conftest import record, timed

X0, Y0 = 600000.0, 4400000.0
N_HAZARDS = 200
TASKS_PER_HAZARD = 4
N_EVIDENCE = 5_000
PACKED_TASKS = 50


def square(x: float, y: float, w: float) -> QgsGeometry:
    return QgsGeometry.fromWkt(
        f"POLYGON(({x} {y}, {x + w} {y}, {x + w} {y + w}, {x} {y + w}, {x} {y}))"
    )


def fill(path: str, name: str, rows) -> None:
    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    features = []
    for geometry, values in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(geometry)
        for key, value in values.items():
            feature[key] = value
        features.append(feature)
    assert layer.dataProvider().addFeatures(features), layer.dataProvider().errors()


def office(folder: Path) -> str:
    """200 hazards of 400 m along a line every 1 km, each with a cleared corner, four turning
    points and four tasks; evidence scattered around them."""
    import processing

    path = str(folder / "office.gpkg")
    processing.run("landrelease:createdatabase", {"OUTPUT": path, "CRS": "EPSG:32638"})
    hazards, releases, points, tasks = [], [], [], []
    for k in range(N_HAZARDS):
        x, y, hazard_id = X0 + 1000 * k, Y0, f"CHA-AGD-{k:04d}"
        hazards.append(
            (
                square(x, y, 400),
                {"hazard_id": hazard_id, "classification": "CHA", "status": "worked_on"},
            )
        )
        releases.append(
            (
                square(x, y, 100),
                {
                    "release_id": f"LR-{k:04d}",
                    "hazard_id": hazard_id,
                    "activity": "clearance",
                    "outcome": "cleared",
                    "end_date": "2026-01-10",
                },
            )
        )
        for seq, (dx, dy) in enumerate([(0, 0), (400, 0), (400, 400), (0, 400)], 1):
            points.append(
                (
                    QgsGeometry.fromWkt(f"POINT({x + dx} {y + dy})"),
                    {"owner_id": hazard_id, "point_type": "turning", "seq": seq},
                )
            )
        for t in range(TASKS_PER_HAZARD):
            tasks.append(
                (
                    square(x + 200 * (t % 2), y + 200 * (t // 2), 200),
                    {"task_id": f"{hazard_id}-T{t + 1:02d}", "hazard_id": hazard_id},
                )
            )
    rng = np.random.default_rng(20)
    xs = rng.uniform(X0 - 1000, X0 + 1000 * N_HAZARDS, N_EVIDENCE)
    ys = rng.uniform(Y0 - 1500, Y0 + 1900, N_EVIDENCE)
    evidence = [
        (
            QgsGeometry.fromWkt(f"POINT({x} {y})"),
            {"evidence_id": f"E-{i:05d}", "evidence_type": "marking"},
        )
        for i, (x, y) in enumerate(zip(xs, ys))
    ]
    for name, rows in (
        ("hazard", hazards),
        ("land_release", releases),
        ("survey_point", points),
        ("task", tasks),
        ("evidence", evidence),
    ):
        fill(path, name, rows)
    return path


def test_pack_50_tasks(provider, tmp_path):
    import processing

    path = office(tmp_path)
    tasks = QgsVectorLayer(f"{path}|layername=task", "task", "ogr")
    QgsProject.instance().addMapLayer(tasks)
    # every 16th task: 50 tasks of 50 hazards
    tasks.selectByIds(
        [f.id() for f in tasks.getFeatures()][:: N_HAZARDS * TASKS_PER_HAZARD // PACKED_TASKS]
    )
    assert tasks.selectedFeatureCount() == PACKED_TASKS
    runs = iter(range(100))

    def pack():
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        out = tmp_path / f"package{next(runs)}"
        processing.run(
            "landrelease:packagefield",
            {
                "INPUT": QgsProcessingFeatureSourceDefinition(tasks.id(), True),
                "ORGANISATION": "Demining Agency",
                "TEAM": "Team 1",
                "OUTPUT": str(out),
            },
            context=context,
            feedback=QgsProcessingFeedback(),
        )
        return out

    out, seconds, memory = timed(pack)
    QgsProject.instance().removeMapLayer(tasks.id())
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert len(manifest["input"]["ids"]) == PACKED_TASKS
    assert manifest["layers"]["hazard"] == PACKED_TASKS
    assert len(list((out / "maps").glob("*.pdf"))) == PACKED_TASKS
    size_mib = sum(f.stat().st_size for f in out.rglob("*") if f.is_file()) / 2**20
    data_mib = (out / "field.gpkg").stat().st_size / 2**20
    record(
        "packagefield 50 tasks (+ 50 tasking maps)",
        seconds,
        0.0,
        memory,
        f"package {size_mib:.1f} MiB, field.gpkg {data_mib:.1f} MiB, "
        f"{manifest['layers']['evidence']} evidence",
    )
