"""landrelease:packagefield (issue 20, item 1): a field package of selected tasks, opened
headless as QField would open it, compared with the office database, which stays as it was."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from qgis.core import (
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProject,
    QgsVectorLayer,
)

from landrelease.core import model
from landrelease.storage.database import load_database
from landrelease.storage.field.identity import database_id

from .test_tasking_field import add

UTM = "EPSG:32638"
X0, Y0 = 640000.0, 4425000.0
TASK = "CHA-AGD-0001-T01"


def run(params, project=None, feedback=None):
    import processing

    context = QgsProcessingContext()
    context.setProject(project or QgsProject.instance())
    return processing.run("landrelease:packagefield", params, context=context, feedback=feedback)


def square(x, y, w):
    return (
        f"POLYGON(({X0 + x} {Y0 + y}, {X0 + x + w} {Y0 + y}, {X0 + x + w} {Y0 + y + w}, "
        f"{X0 + x} {Y0 + y + w}, {X0 + x} {Y0 + y}))"
    )


def point(x, y):
    return f"POINT({X0 + x} {Y0 + y})"


@pytest.fixture
def office(provider, tmp_path):
    """A land release database like the demo's: two hazards, releases, turning points, tasks,
    evidence near and far, a district; loaded into the project as the office has it."""
    path = tmp_path / "office" / "landrelease.gpkg"
    path.parent.mkdir()
    import processing

    processing.run("landrelease:createdatabase", {"OUTPUT": str(path), "CRS": UTM})
    project = QgsProject.instance()
    layers = load_database(str(path), project)
    district = square(-5000, -5000, 10000).replace("POLYGON", "MULTIPOLYGON(") + ")"
    add(layers["district"], district, code="AGD", name="Ağdam", name_en="Aghdam")
    far = square(20000, 0, 1000).replace("POLYGON", "MULTIPOLYGON(") + ")"
    add(layers["district"], far, code="FUZ", name="Füzuli", name_en="Fuzuli")
    add(layers["hazard"], square(0, 0, 200), hazard_id="CHA-AGD-0001", classification="CHA",
        status="open", district="AGD")  # fmt: skip
    add(layers["hazard"], square(3000, 0, 400), hazard_id="SHA-AGD-0001", classification="SHA",
        status="open", district="AGD")  # fmt: skip
    add(layers["land_release"], square(0, 0, 100), release_id="LR-1", hazard_id="CHA-AGD-0001",
        activity="clearance", outcome="cleared", end_date="2026-01-10")  # fmt: skip
    add(layers["land_release"], square(3000, 0, 100), release_id="LR-2",
        hazard_id="SHA-AGD-0001", activity="nts", outcome="cancelled",
        end_date="2026-01-11")  # fmt: skip
    for seq, (x, y) in enumerate([(0, 0), (200, 0), (200, 200), (0, 200)], 1):
        add(layers["survey_point"], point(x, y), owner_id="CHA-AGD-0001",
            point_type="turning", seq=seq)  # fmt: skip
    add(layers["survey_point"], point(0, 100), owner_id="LR-1", point_type="turning", seq=1)
    add(layers["survey_point"], point(3000, 0), owner_id="SHA-AGD-0001", point_type="turning",
        seq=1)  # fmt: skip
    add(layers["evidence"], point(150, 150), evidence_id="E-in", evidence_type="visual_mine")
    add(layers["evidence"], point(600, 100), evidence_id="E-margin", evidence_type="marking")
    add(layers["evidence"], point(2000, 0), evidence_id="E-far", evidence_type="marking")
    add(layers["task"], square(0, 100, 100), task_id=TASK, hazard_id="CHA-AGD-0001")
    add(layers["task"], square(100, 100, 100), task_id="CHA-AGD-0001-T02",
        hazard_id="CHA-AGD-0001")  # fmt: skip
    add(layers["task"], square(3000, 0, 400), task_id="SHA-AGD-0001-T01",
        hazard_id="SHA-AGD-0001")  # fmt: skip
    for layer in layers.values():
        layer.reload()
    database_id(str(path))  # the id is made once, before the office's state is measured
    yield str(path), layers
    project.removeAllMapLayers()
    project.layerTreeRoot().removeAllChildren()


def state(path: str) -> tuple:
    """The database as stored: its bytes (WAL checkpointed first) and its edit log's rows."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        log = conn.execute("SELECT count(*) FROM edit_log").fetchone()[0]
    wal = Path(path + "-wal")
    digest = hashlib.sha256(Path(path).read_bytes())
    digest.update(wal.read_bytes() if wal.exists() else b"")
    return digest.hexdigest(), log


def select_task(layers, *task_ids):
    layer = layers["task"]
    layer.selectByIds([f.id() for f in layer.getFeatures() if f["task_id"] in task_ids])
    return QgsProcessingFeatureSourceDefinition(layer.id(), True)


def rows(path, sql):
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchall()


def test_pack_selected_task(office, tmp_path):
    path, layers = office
    before = state(path)
    out = tmp_path / "package"
    result = run(
        {
            "INPUT": select_task(layers, TASK),
            "ORGANISATION": "Demining Agency",
            "TEAM": "Team 7",
            "OUTPUT": str(out),
        }
    )
    assert state(path) == before  # packing never changes the database
    assert result["OUTPUT"] == str(out)
    data = out / "field.gpkg"

    # what was packed: the task, its hazard, the hazard's release and points, evidence within
    # 500 m, the district touched
    def ids(table, column):
        return sorted(r[0] for r in rows(str(data), f'SELECT "{column}" FROM "{table}"'))

    assert ids("task", "task_id") == [TASK]
    assert ids("hazard", "hazard_id") == ["CHA-AGD-0001"]
    assert ids("land_release", "release_id") == ["LR-1"]
    assert ids("survey_point", "owner_id") == ["CHA-AGD-0001"] * 4 + ["LR-1"]
    assert ids("evidence", "evidence_id") == ["E-in", "E-margin"]
    assert ids("district", "code") == ["AGD"]
    assert rows(str(data), "SELECT count(*) FROM edit_log") == [(0,)]

    # every value as the office holds it
    for table in ("hazard", "task", "land_release", "survey_point", "evidence"):
        columns = [r[1] for r in rows(path, f'PRAGMA table_info("{table}")') if r[1] != "fid"]
        names = ", ".join(f'"{c}"' for c in columns)
        packed = rows(str(data), f'SELECT {names} FROM "{table}" ORDER BY uuid')
        uuids = ", ".join(f"'{r[0]}'" for r in rows(str(data), f'SELECT uuid FROM "{table}"'))
        original = rows(
            path, f'SELECT {names} FROM "{table}" WHERE uuid IN ({uuids}) ORDER BY uuid'
        )
        assert packed == original, table
    office_hazard = next(
        f for f in layers["hazard"].getFeatures() if f["hazard_id"] == "CHA-AGD-0001"
    )
    packed_hazard = next(QgsVectorLayer(f"{data}|layername=hazard", "h", "ogr").getFeatures())
    assert packed_hazard["uuid"] == office_hazard["uuid"]
    assert packed_hazard.geometry().asWkt(3) == office_hazard.geometry().asWkt(3)

    # manifest
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["format"] == "landrelease-field-package"
    assert manifest["format_version"] == 1
    assert manifest["package_id"] == result["PACKAGE_ID"]
    assert manifest["database_id"] == database_id(path)
    assert manifest["database"] == path
    assert manifest["organisation"] == "Demining Agency" and manifest["team"] == "Team 7"
    assert manifest["input"] == {"layer": "task", "ids": [TASK]}
    assert manifest["layers"] == {
        "hazard": 1, "survey_point": 5, "evidence": 2, "land_release": 1, "task": 1
    }  # fmt: skip
    base = out / ".landrelease" / "base.gpkg"
    assert manifest["base"] == {
        "path": ".landrelease/base.gpkg",
        "sha256": hashlib.sha256(base.read_bytes()).hexdigest(),
    }
    assert base.read_bytes() == data.read_bytes()
    assert manifest["data"] == {"path": "field.gpkg"}
    for table, count in manifest["layers"].items():
        assert rows(str(data), f'SELECT count(*) FROM "{table}"') == [(count,)], table
    assert result["MANIFEST"] == str(out / "manifest.json")
    assert not Path(str(data) + "-wal").exists()

    # the tasking map
    pdf = out / "maps" / f"{TASK}.pdf"
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert TASK in text
    assert (out / "DCIM").is_dir()

    check_project(out, "Demining Agency", "Team 7")
    moved = tmp_path / "elsewhere" / "copy"
    shutil.copytree(out, moved)
    check_project(moved, "Demining Agency", "Team 7")


def check_project(folder: Path, organisation: str, team: str) -> None:
    """field.qgs read headless: valid layers from ./field.gpkg, QField forms."""
    text = (folder / "field.qgs").read_text(encoding="utf-8")
    sources = [m.find("datasource").text for m in ET.fromstring(text).iter("maplayer")]
    assert sources and all(s.startswith("./field.gpkg|layername=") for s in sources), sources
    assert "landrelease-package-" not in text  # no trace of the staging folder
    project = QgsProject()
    assert project.read(str(folder / "field.qgs"))
    layers = {layer.name(): layer for layer in project.mapLayers().values()}
    packed = {"hazard", "task", "land_release", "survey_point", "evidence", "district"}
    assert set(layers) == packed | {"edit_log"}  # nothing of the others is packed
    assert layers["edit_log"].readOnly() and not layers["land_release"].readOnly()
    view = project.viewSettings().defaultViewExtent()  # the packed task and its hazard
    assert (view.xMinimum(), view.yMinimum(), view.xMaximum(), view.yMaximum()) == (
        X0,
        Y0,
        X0 + 200,
        Y0 + 200,
    )
    for layer in layers.values():
        assert layer.isValid(), layer.name()
        assert Path(layer.source().split("|")[0]).resolve() == (folder / "field.gpkg").resolve()
    assert layers["task"].featureCount() == 1
    release = layers["land_release"]
    fields = release.fields()
    assert release.editorWidgetSetup(fields.indexOf("outcome")).type() == "ValueMap"
    assert release.editorWidgetSetup(fields.indexOf("activity")).type() == "ValueMap"
    default = release.defaultValueDefinition(fields.indexOf("organisation"))
    assert default.expression() == f"'{organisation}'"
    assert release.defaultValueDefinition(fields.indexOf("team")).expression() == f"'{team}'"
    assert release.defaultValueDefinition(fields.indexOf("start_date")).expression() == "now()"
    task_fields = layers["task"].fields()
    assert (
        layers["task"].defaultValueDefinition(task_fields.indexOf("organisation")).expression()
        == f"'{organisation}'"
    )
    assert release.constraintDescription(fields.indexOf("end_date"))
    assert project.relationManager().relation("hazard_land_release").isValid()
    project.clear()


def test_pack_hazards_takes_their_tasks(office, tmp_path):
    """A hazard packs with all its tasks; the programme's bearing unit goes along, so that
    the package's tasking maps print as the office's."""
    from landrelease.storage import programme

    path, layers = office
    programme.set_bearing_unit(path, "mil6000")
    hazards = layers["hazard"]
    hazards.selectByIds([f.id() for f in hazards.getFeatures() if f["hazard_id"] == "SHA-AGD-0001"])
    result = run(
        {
            "INPUT": QgsProcessingFeatureSourceDefinition(hazards.id(), True),
            "DATABASE": path,
            "OUTPUT": "TEMPORARY_OUTPUT",
        }
    )
    out = Path(result["OUTPUT"])
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["input"] == {"layer": "hazard", "ids": ["SHA-AGD-0001"]}
    assert manifest["layers"] == {
        "hazard": 1, "survey_point": 1, "evidence": 0, "land_release": 1, "task": 1
    }  # fmt: skip
    assert (out / "maps" / "SHA-AGD-0001.pdf").is_file()
    assert programme.bearing_unit_of(str(out / "field.gpkg")) == "mil6000"
    text = subprocess.run(
        ["pdftotext", str(out / "maps" / "SHA-AGD-0001.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert "Soviet mils (6000" in text, text[:2000]


def test_refusals_leave_no_package(office, tmp_path):
    path, layers = office
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("mine")
    with pytest.raises(QgsProcessingException, match="not empty"):
        run({"INPUT": select_task(layers, TASK), "OUTPUT": str(busy)})
    assert [p.name for p in busy.iterdir()] == ["notes.txt"]

    # unsaved edits in INPUT: refused, the package would not hold what the user sees
    tasks = layers["task"]
    assert tasks.startEditing()
    first = next(tasks.getFeatures())
    tasks.changeAttributeValue(first.id(), tasks.fields().indexOf("priority"), 1)
    out = tmp_path / "package"
    with pytest.raises(QgsProcessingException, match="unsaved edits"):
        run({"INPUT": select_task(layers, TASK), "OUTPUT": str(out)})
    assert tasks.rollBack()
    assert not out.exists()

    # a task of another database with the same id: refused by id, nothing written
    other = QgsVectorLayer(
        "Polygon?crs=EPSG:32638&field=task_id:string&field=uuid:string", "t", "memory"
    )
    add(other, square(0, 100, 100), task_id=TASK, uuid="0a0a0a0a-0000-4000-8000-000000000000")
    out = tmp_path / "package"
    with pytest.raises(QgsProcessingException, match=TASK):
        run({"INPUT": other, "DATABASE": path, "OUTPUT": str(out)})
    assert not out.exists()


def test_basemap(office, tmp_path):
    """BASEMAP drawn into basemap.gpkg over the packed area plus 500 m, 2 m a pixel, in the
    database's CRS, and in the project by a relative path."""
    from qgis.core import QgsRasterLayer

    path, layers = office
    out = tmp_path / "package"
    run(
        {
            "INPUT": select_task(layers, TASK),
            "BASEMAP": [layers["district"], layers["hazard"]],
            "OUTPUT": str(out),
        }
    )
    basemap = QgsRasterLayer(str(out / "basemap.gpkg"), "basemap", "gdal")
    assert basemap.isValid()
    assert basemap.crs().authid() == UTM
    assert basemap.rasterUnitsPerPixelX() == pytest.approx(2.0)
    extent = basemap.extent()  # the task's box (0, 100)-(100, 200) plus 500 m
    assert extent.xMinimum() <= X0 - 500 and extent.xMaximum() >= X0 + 600
    assert extent.yMinimum() <= Y0 - 400 and extent.yMaximum() >= Y0 + 700
    assert extent.width() < 1200 + 2 * 1024 * 2  # within a tile of the asked extent
    text = (out / "field.qgs").read_text(encoding="utf-8")
    sources = [m.find("datasource").text for m in ET.fromstring(text).iter("maplayer")]
    assert "./basemap.gpkg" in sources
    project = QgsProject()
    assert project.read(str(out / "field.qgs"))
    rasters = [lyr for lyr in project.mapLayers().values() if isinstance(lyr, QgsRasterLayer)]
    assert len(rasters) == 1 and rasters[0].isValid()
    project.clear()


def test_pack_from_postgis(new_postgis, tmp_path):
    """The same package from a PostGIS schema: values, uuids and geometries as stored there,
    and the schema's rows as they were."""
    from .conftest import sql_rows

    target = new_postgis
    project = QgsProject()
    layers = load_database(target, project)
    add(layers["hazard"], square(0, 0, 200), hazard_id="CHA-AGD-0001", classification="CHA",
        status="open", district="AGD", recorded_on="2025-03-04")  # fmt: skip
    add(layers["land_release"], square(0, 0, 100), release_id="LR-1", hazard_id="CHA-AGD-0001",
        activity="clearance", outcome="cleared", end_date="2026-01-10")  # fmt: skip
    add(layers["task"], square(0, 100, 100), task_id=TASK, hazard_id="CHA-AGD-0001")
    add(layers["evidence"], point(150, 150), evidence_id="E-in", evidence_type="visual_mine")
    database_id(target)
    tables = ("hazard", "land_release", "task", "evidence", "survey_point", "edit_log")
    counts = {t: sql_rows(target, f"SELECT count(*) FROM {t}")[0][0] for t in tables}
    out = tmp_path / "package"
    run(
        {
            "INPUT": QgsVectorLayer(target.layer_source("task"), "task", "postgres"),
            "CONNECTION": target.uri,
            "SCHEMA": target.schema,
            "TEAM": "Team 2",
            "OUTPUT": str(out),
        },
        project,
    )
    assert {t: sql_rows(target, f"SELECT count(*) FROM {t}")[0][0] for t in tables} == counts
    data = str(out / "field.gpkg")
    office = sql_rows(
        target,
        "SELECT uuid::text, hazard_id, ST_AsText(geom), recorded_on::text, created_by FROM hazard",
    )
    packed = rows(data, "SELECT uuid, hazard_id, recorded_on, created_by FROM hazard")
    assert [(u, h, d, c) for u, h, _, d, c in office] == packed
    geometry = next(QgsVectorLayer(f"{data}|layername=hazard", "h", "ogr").getFeatures())
    assert geometry.geometry().equals(QgsGeometry.fromWkt(office[0][2]))
    assert rows(data, "SELECT release_id FROM land_release") == [("LR-1",)]
    assert rows(data, "SELECT count(*) FROM edit_log") == [(0,)]
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["database"] == target.label
    assert manifest["database_id"] == database_id(target)
    assert manifest["layers"]["evidence"] == 1
    project.clear()


@pytest.mark.skipif(
    "photo" not in model.layer("evidence").field_names(),
    reason="the photo field arrives with the photo helper's branch (issue 20, item 2)",
)
def test_photos_go_with_their_features(office, tmp_path, feedback):
    """A packed feature's photo is copied from the office's photo folder into DCIM/; one
    whose file is missing is named."""
    path, layers = office
    photos = Path(path).with_name(Path(path).stem + "_photos") / "DCIM"
    photos.mkdir(parents=True)
    (photos / "e-in.jpg").write_bytes(b"\xff\xd8 a marker")
    evidence, releases = layers["evidence"], layers["land_release"]
    e_in = next(f for f in evidence.getFeatures() if f["evidence_id"] == "E-in")
    lr_1 = next(f for f in releases.getFeatures() if f["release_id"] == "LR-1")
    for layer, feature, value in ((evidence, e_in, "DCIM/e-in.jpg"),
                                  (releases, lr_1, "DCIM/lost.jpg")):  # fmt: skip
        index = layer.fields().indexOf("photo")
        assert layer.dataProvider().changeAttributeValues({feature.id(): {index: value}})
    out = tmp_path / "package"
    run({"INPUT": select_task(layers, TASK), "OUTPUT": str(out)}, feedback=feedback)
    assert (out / "DCIM" / "e-in.jpg").read_bytes() == b"\xff\xd8 a marker"
    assert rows(str(out / "field.gpkg"), "SELECT photo FROM evidence WHERE photo IS NOT NULL") == [
        ("DCIM/e-in.jpg",)
    ]
    assert "DCIM/lost.jpg" in feedback.text()
    # QField's attachment widget finds and stores "DCIM/<file>" beside the project
    project = QgsProject()
    assert project.read(str(out / "field.qgs"))
    for name in ("evidence", "land_release", "survey_point"):
        layer = project.mapLayersByName(name)[0]
        setup = layer.editorWidgetSetup(layer.fields().indexOf("photo"))
        assert setup.type() == "ExternalResource", name
        assert setup.config()["RelativeStorage"] == 1 and not setup.config().get("DefaultRoot")
    project.clear()
    assert "_photos" not in (out / "field.qgs").read_text(encoding="utf-8")


def test_progress_rises_to_the_end(office, tmp_path):
    """One progress from 0 to 100 %, the child algorithms' own runs within their steps."""
    from qgis.core import QgsProcessingFeedback

    path, layers = office
    seen = []
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(seen.append)
    run({"INPUT": select_task(layers, TASK, "SHA-AGD-0001-T01"), "OUTPUT": str(tmp_path / "p")},
        feedback=feedback)  # fmt: skip
    assert seen and max(seen) == pytest.approx(100.0)
    assert all(b >= a - 1e-9 for a, b in zip(seen, seen[1:])), seen


def test_cancel_leaves_no_package(office, tmp_path):
    from qgis.core import QgsProcessingFeedback

    path, layers = office
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    out = tmp_path / "package"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run({"INPUT": select_task(layers, TASK), "OUTPUT": str(out)}, feedback=feedback)
    assert not out.exists()
