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


def edit_in_the_field(folder: Path) -> None:
    """What the team does on the tablet, through the GeoPackage layer edits QField makes: task
    T01 cleared (a new release with a photo of its marker), turning point 2 moved 1.5 m east to
    where its marker was pegged, a mine found (new evidence), a remark on the hazard."""
    from qgis.core import QgsGeometry, QgsPointXY
    from qgis.PyQt.QtCore import QDate

    tasks = _field_layer(folder, "task")
    task = next(tasks.getFeatures("\"task_id\" LIKE '%-T01'"))
    hazard_id = task["hazard_id"]
    photo = "DCIM/LR-FIELD-0001_marker.jpg"
    _photo(folder / photo)
    _add(
        _field_layer(folder, "land_release"),
        task.geometry(),
        release_id="LR-FIELD-0001", hazard_id=hazard_id, activity="clearance",
        outcome="cleared", method="manual", organisation=ORGANISATION, team=TEAM,
        start_date=QDate(2026, 11, 2), end_date=QDate(2026, 11, 20), depth_cm=13, ap_found=2,
        photo=photo, created_by=FIELD_USER,
    )  # fmt: skip
    points = _field_layer(folder, "survey_point")
    point = next(points.getFeatures(f'"owner_id" = \'{hazard_id}\' AND "seq" = 2'))
    where = point.geometry().asPoint()
    moved = QgsGeometry.fromPointXY(QgsPointXY(where.x() + 1.5, where.y()))
    _change(points, lambda layer: layer.changeGeometry(point.id(), moved))
    found = next(tasks.getFeatures("\"task_id\" LIKE '%-T05'")).geometry().pointOnSurface()
    _add(
        _field_layer(folder, "evidence"),
        found,
        evidence_id="EV-FIELD-0001", evidence_type="visual_mine", device_category="ap",
        source_type="visual", reliability="high", reported_on=QDate(2026, 11, 12),
        reported_by=TEAM, created_by=FIELD_USER,
    )  # fmt: skip
    _set_remark(_field_layer(folder, "hazard"), hazard_id, "Marking checked by team 3")
    print(
        "demo: field edits      release LR-FIELD-0001 (with a photo), turning point 2 moved "
        f"1.5 m, evidence EV-FIELD-0001, a remark on {hazard_id}"
    )


def edit_in_the_office(layers, folder: Path) -> None:
    """Meanwhile in the office: the same hazard's remark changed (a conflict at the import)."""
    manifest = (folder / "manifest.json").read_text(encoding="utf-8")
    hazard = next(f for f in layers["hazard"].getFeatures() if f["hazard_id"] in manifest)
    _set_remark(layers["hazard"], hazard["hazard_id"], "Priority raised by the district")


def import_back(processing, database: str, folder: Path, out: Path) -> None:
    """landrelease:syncfield twice: the edits merged, the conflict kept; then nothing."""
    for run, report in (("first", "field_sync_report.csv"), ("again", "field_sync_again.csv")):
        result = processing.run(
            "landrelease:syncfield",
            {"INPUT": str(folder), "DATABASE": database, "OUTPUT_REPORT": str(out / report)},
        )
        counts = ", ".join(f"{k.lower()} {result[k]}" for k in ("ADDED", "CHANGED", "DELETED"))
        print(f"demo: syncfield ({run:5s}) {counts}, conflicts {result['CONFLICTS']} -> {report}")


def _field_layer(folder: Path, name: str):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(f"{folder / 'field.gpkg'}|layername={name}", name, "ogr")
    if not layer.isValid():
        raise SystemExit(f"demo: the field package has no layer {name}")
    return layer


def _change(layer, change) -> None:
    layer.startEditing()
    change(layer)
    if not layer.commitChanges():
        raise SystemExit(f"demo: {layer.name()}: {layer.commitErrors()}")


def _add(layer, geometry, **values) -> None:
    from qgis.core import QgsVectorLayerUtils

    fields = layer.fields()
    typed = {fields.indexOf(name): value for name, value in values.items()}
    # as a form does: the typed values first, the defaults (evidence class, dates) from them
    feature = QgsVectorLayerUtils.createFeature(layer, geometry, typed)
    _change(layer, lambda editing: editing.addFeature(feature))


def _set_remark(layer, hazard_id: str, remark: str) -> None:
    hazard = next(layer.getFeatures(f"\"hazard_id\" = '{hazard_id}'"))
    index = layer.fields().indexOf("remarks")
    _change(layer, lambda editing: editing.changeAttributeValue(hazard.id(), index, remark))


def _photo(path: Path) -> None:
    """A picture of a painted marker stone (a JPEG, as a tablet's camera writes)."""
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QColor, QImage, QPainter

    image = QImage(640, 480, QImage.Format_RGB32)
    image.fill(QColor("#8d9b6a"))
    painter = QPainter(image)
    painter.setBrush(QColor("#d32f2f"))
    painter.setPen(Qt.NoPen)
    painter.drawEllipse(250, 170, 140, 140)
    painter.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path), "JPG"):
        raise SystemExit(f"demo: cannot write {path}")
