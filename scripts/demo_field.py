"""The demo's field round trip: a package of one CHA's tasks for a clearance team, the edits the
team makes in QField (scripted here through the same GeoPackage layer edits QField makes), an
office edit of the same hazard meanwhile, and the import back (run twice: the second changes
nothing)."""

from __future__ import annotations

import shutil
from pathlib import Path

TEAM = "Təmizləmə qrupu 3"
ORGANISATION = "ANAMA (synthetic demo data)"
FIELD_USER = "field.team3"


def pack(processing, layers, out: Path) -> Path:
    """The tasks of the first open CHA that has tasks, packed into out/field_package."""
    from qgis.core import QgsProcessingFeatureSourceDefinition

    tasks = layers["task"]
    hazard_id = _open_cha_with_tasks(layers)
    tasks.selectByExpression(f"\"hazard_id\" = '{hazard_id}'")
    folder = out / "field_package"
    shutil.rmtree(folder, ignore_errors=True)  # demo output only
    result = processing.run(
        "landrelease:packagefield",
        {
            "INPUT": QgsProcessingFeatureSourceDefinition(tasks.id(), True),
            "ORGANISATION": ORGANISATION,
            "TEAM": TEAM,
            "OUTPUT": str(folder),
        },
    )
    count = tasks.selectedFeatureCount()
    tasks.removeSelection()
    print(f"demo: packagefield     {count:5d} tasks of {hazard_id} -> {folder.name}/")
    return Path(result["OUTPUT"])


def _open_cha_with_tasks(layers) -> str:
    with_tasks = {f["hazard_id"] for f in layers["task"].getFeatures()}
    for hazard in layers["hazard"].getFeatures():
        if (
            hazard["classification"] == "CHA"
            and hazard["status"] == "open"
            and hazard["hazard_id"] in with_tasks
        ):
            return hazard["hazard_id"]
    raise SystemExit("demo: no open CHA with tasks to pack")
