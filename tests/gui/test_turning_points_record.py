"""The Turning points dialog saves a minefield record typed by hand, with the declination it
used, and flags what lies outside the programme's area; its rows can be undone and redone.

Expected values come from core.traverse, core.coordinates and pyproj called directly; saved
values are read back with sqlite3 or psycopg2; the stored record is rebuilt by
``landrelease:traverse`` from the traverse_leg and survey_point layers, as a user would.
"""

from __future__ import annotations

import datetime
import math

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pyproj import Transformer
from pyproj.aoi import AreaOfInterest
from pyproj.transformer import TransformerGroup
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsGeometry,
    QgsProcessingContext,
    QgsProject,
    QgsVectorLayer,
    QgsVectorLayerUtils,
)
from qgis.PyQt.QtCore import QLocale, Qt, QTimer
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication, QMessageBox

from landrelease.core.traverse import Leg, compute_traverse, magnetic_declination
from landrelease.dialogs import turning_points as tp
from landrelease.dialogs.turning_points import TurningPointsDialog
from landrelease.storage import recording
from landrelease.storage.database import layer_uri, load_database

from .conftest import BACKENDS, fresh_layer, sql_rows

UTM = "EPSG:32638"
GK_START = "X=4430293 Y=8664944"  # Pulkovo 1942 / Gauss–Krüger zone 8, near Aghdam
RECORD_DATE = "1993-06-15"
# A Soviet minefield form: the reference point, then legs in Soviet mils (6000), magnetic.
SOVIET_LEGS = [
    ("start", "9-06", "178"),
    ("turning", "12-50", "200"),
    ("turning", "27-50", "100"),
    ("turning", "42-50", "200"),
    ("end", "57-50", "99,6"),  # 0.4 m short of the start: within the tolerance
]
SOVIET_MILS = [906.0, 1250.0, 2750.0, 4250.0, 5750.0]


def wait(ms: int = 0) -> None:
    QTest.qWait(ms)
    QApplication.processEvents()


def rows(database, sql):
    return sql_rows(database, sql)


def gk_to_lonlat(x: float, y: float) -> tuple[float, float]:
    """Pulkovo 1942 / GK zone 8 to WGS 84 by PROJ's best transformation for the place."""
    group = TransformerGroup(
        "EPSG:28408",
        "EPSG:4326",
        always_xy=True,
        area_of_interest=AreaOfInterest(46.0, 39.5, 47.5, 40.5),
    )
    lon, lat = group.transformers[0].transform(y, x)
    return lon, lat


def to_utm(lon: float, lat: float) -> tuple[float, float]:
    return Transformer.from_crs("EPSG:4326", UTM, always_xy=True).transform(lon, lat)


@pytest.fixture
def layers(request, make_database, qgis_iface):
    backend = getattr(request, "param", "gpkg")
    project = QgsProject.instance()
    project.clear()
    target = make_database(backend, "Ağdam qeydləri", UTM)
    load_database(target, project)
    found = recording.find_layers(project)
    assert found is not None and found.minefield_record is not None
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem(UTM))
    yield found
    project.clear()


@pytest.fixture
def dialog(layers, qgis_iface):
    dlg = TurningPointsDialog(qgis_iface, layers, target="record")
    dlg.resize(1300, 700)
    dlg.show()
    wait()
    yield dlg
    dlg.close()
    dlg.deleteLater()
    wait()


def choose(combo, code) -> None:
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)


def cell(dlg, row: int, column: int) -> str:
    return dlg.table.item(row, column).text()


def fill_soviet(dlg, start=GK_START) -> None:
    choose(dlg.unit_combo, "mil6000")
    choose(dlg.north_combo, "magnetic")
    dlg.record_date_edit.setText(RECORD_DATE)
    dlg.set_row(0, "reference", coordinate=start, remarks="ruined sheepfold")
    for i, (point_type, bearing, distance) in enumerate(SOVIET_LEGS, start=1):
        dlg.set_row(i, point_type, bearing=bearing, distance=distance)


def expected_soviet(start_xy, declination):
    legs = [
        Leg(seq=i, bearing=b, distance_m=float(d.replace(",", ".")), point_type=t)
        for i, (t, b, d) in enumerate(SOVIET_LEGS, start=1)
    ]
    return compute_traverse(
        start_xy,
        legs,
        "mil6000",
        "magnetic",
        declination,
        False,
        UTM,
        "reference",
        closed_tolerance_m=tp.CLOSURE_TOLERANCE_M,
    )


def answer_message_box(button) -> list[str]:
    """Click ``button`` of the next confirmation box the dialog opens; returns its text."""
    seen: list[str] = []

    def click():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.objectName() + ": " + box.text())
        box.button(button).click()

    QTimer.singleShot(0, click)
    return seen


def run_traverse(database):
    """landrelease:traverse as an officer runs it on the database: LEGS the traverse_leg layer,
    START the survey_point layer, no DECLINATION (the record's date and stored declination come
    from its minefield_record row)."""
    import processing

    legs = fresh_layer(database, "traverse_leg")
    starts = fresh_layer(database, "survey_point")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    result = processing.run(
        "landrelease:traverse",
        {
            "LEGS": legs,
            "START": starts,
            "ANGLE_UNIT": 2,
            "NORTH": 2,
            "CLOSURE_TOLERANCE": tp.CLOSURE_TOLERANCE_M,
            "OUTPUT": "memory:",
            "OUTPUT_POINTS": "memory:",
        },
        context=context,
    )
    output = result["OUTPUT"]
    return output if isinstance(output, QgsVectorLayer) else context.getMapLayer(output)


# --- the Soviet record --------------------------------------------------------------------------


@pytest.mark.parametrize("layers", BACKENDS, indirect=True)
def test_a_soviet_record_typed_in_is_saved_as_a_minefield_record(dialog, layers, screenshots):
    database = layers.database
    fill_soviet(dialog)
    choose(dialog.format_combo, "gk")
    assert dialog.gk_columns_check.isChecked()  # Gauss–Krüger X/Y shown beside UTM
    dialog.owner_id_edit.setText("MFR-AGD-1993-41")
    dialog.document_edit.setText("Формуляр минного поля № 41")
    dialog.side_edit.setText("Soviet Army")
    dialog.mine_types_edit.setText("PMN-2, OZM-72")
    dialog.mines_edit.setText("180")
    dialog.accuracy_edit.setText("25")

    x, y = (float(v) for v in GK_START.replace("X=", "").replace("Y=", "").split())
    lon, lat = gk_to_lonlat(x, y)
    declination = magnetic_declination(lon, lat, datetime.date(1993, 6, 15))
    assert 4.0 < declination < 5.5  # east, as near Aghdam in 1993
    start_xy = to_utm(lon, lat)
    expected = expected_soviet(start_xy, declination)
    result = dialog.result()
    assert result is not None, dialog.closure_label.text()
    first = dialog.computation().rows[0]
    assert (first.point.x, first.point.y) == pytest.approx(start_xy, abs=1.0)
    assert dialog.computation().declination.value == pytest.approx(declination, abs=1e-9)
    for got, want in zip(result.points, expected.points):
        assert (got.x, got.y) == pytest.approx((want.x, want.y), abs=1.0)
    # The end point, 0.4 m from the start, closes onto it: 4 corners, the closure still shown.
    assert result.end_on_start and len(result.polygon.exterior.coords) == 5
    assert result.closure_error_m == pytest.approx(expected.closure_error_m, abs=0.01)
    closure = QLocale().toString(expected.closure_error_m, "f", 2)
    assert 0.35 < expected.closure_error_m < 0.45
    assert f"Closure error {closure} m" in dialog.closure_label.text()
    # What the officer sees: the format read, the declination and where it comes from.
    assert cell(dialog, 0, tp.COL_STATUS) == "OK · GK"
    tooltip = dialog.table.item(0, tp.COL_STATUS).toolTip()
    assert "EPSG:28408" in tooltip and "accuracy" in tooltip
    shown = tp.signed_degrees(declination)
    assert dialog.declination_label.text() == (f"IGRF-14 at point 1 on {RECORD_DATE}: {shown}")
    assert float(cell(dialog, 0, tp.COL_GK_X)) == pytest.approx(x, abs=0.01)  # X first
    assert float(cell(dialog, 0, tp.COL_GK_Y)) == pytest.approx(y, abs=0.01)
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in (tp.COL_GK_X, tp.COL_GK_Y)]
    assert headers == ["X (north)", "Y (east, with zone)"]
    # It fits a laptop screen (1366 × 768) with the window frame and the taskbar.
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 700, hint
    dialog.grab().save(str(screenshots / "turning_points_soviet_record.png"))

    dialog.recompute()
    QTest.mouseClick(dialog.save_button, Qt.LeftButton)
    assert "MFR-AGD-1993-41 saved with 5 legs and 6 survey points" in dialog.message_label.text()

    ((record_id, date, closure, stored_declination, source, mines, accuracy, document),) = rows(
        database,
        "SELECT record_id, record_date, closure_error_m, declination_deg, declination_source, "
        "mines_recorded, accuracy, document_ref FROM minefield_record",
    )
    assert (record_id, str(date), source, mines, accuracy) == (
        "MFR-AGD-1993-41",
        RECORD_DATE,
        "igrf",
        180,
        25.0,
    )
    assert document == "Формуляр минного поля № 41"
    assert stored_declination == pytest.approx(declination, abs=0.01)
    assert closure == pytest.approx(result.closure_error_m, abs=0.001)
    legs = rows(
        database,
        "SELECT record_id, seq, point_type, bearing, bearing_unit, north, distance_m "
        "FROM traverse_leg ORDER BY seq",
    )
    assert legs == [
        ("MFR-AGD-1993-41", seq, t, mils, "mil6000", "magnetic", float(d.replace(",", ".")))
        for seq, ((t, _, d), mils) in enumerate(zip(SOVIET_LEGS, SOVIET_MILS), start=1)
    ]
    points = rows(
        database,
        "SELECT owner_id, seq, point_type, entered_as, remarks FROM survey_point ORDER BY seq",
    )
    assert [p[1] for p in points] == [0, 1, 2, 3, 4, 5]
    assert points[0][:4] == ("MFR-AGD-1993-41", 0, "reference", GK_START)
    assert points[2][3] == "12-50; 200"
    note = f"Magnetic declination {stored_declination:+.4f}° (IGRF-14 at point 1 on {RECORD_DATE})"
    assert all(note in p[4] for p in points)
    assert "EPSG:28408" in points[0][4] and points[0][4].startswith("ruined sheepfold")

    # landrelease:traverse rebuilds the same polygon from the stored legs and start point.
    output = run_traverse(database)
    (rebuilt,) = list(output.getFeatures())
    assert rebuilt["record_id"] == "MFR-AGD-1993-41"
    assert rebuilt["declination_source"] == "igrf"
    assert rebuilt["declination_deg"] == pytest.approx(stored_declination, abs=1e-6)
    assert rebuilt["closure_error_m"] == pytest.approx(result.closure_error_m, abs=0.01)
    saved = next(fresh_layer(database, "minefield_record").getFeatures()).geometry()
    assert saved.hausdorffDistance(rebuilt.geometry()) < 0.01
    assert len(list(saved.vertices())) == len(list(rebuilt.geometry().vertices())) == 5


# --- declination ---------------------------------------------------------------------------------


def test_the_declination_line_says_what_is_used(dialog):
    start = "38N 640000 4425000"
    choose(dialog.unit_combo, "mil6000")
    dialog.set_row(0, "reference", coordinate=start)
    dialog.set_row(1, "start", bearing="12-50", distance="100")
    dialog.recompute()
    assert dialog.declination_label.text() == "Not needed: no magnetic bearings."
    choose(dialog.north_combo, "magnetic")
    dialog.recompute()
    # A magnetic bearing without any declination is an error on its row, never 0.
    assert dialog.computation().rows[1].state == "error"
    assert cell(dialog, 1, tp.COL_STATUS).startswith("Magnetic, but no declination")
    assert "record date" in dialog.declination_label.text()
    dialog.record_date_edit.setText("15.06.1993")
    dialog.recompute()
    lonlat = tp.read_coordinate(start, dialog.settings()).lonlat
    igrf = magnetic_declination(lonlat.lon, lonlat.lat, datetime.date(1993, 6, 15))
    assert dialog.computation().declination.value == pytest.approx(igrf, abs=1e-12)
    assert dialog.declination_label.text().endswith(
        f"IGRF-14 at point 1 on 1993-06-15: {tp.signed_degrees(igrf)}"
    )
    assert cell(dialog, 1, tp.COL_STATUS) == "OK"
    # The value printed on the record wins over the model.
    dialog.set_declination(6.2)
    dialog.recompute()
    assert dialog.computation().declination.source == "entered"
    assert dialog.declination_label.text() == "+6.20° E as typed (the value on the record)"
    dialog.set_declination(None)
    for text, message in (
        ("03/04/1993", "day/month and as month/day"),
        ("15.06.93", "two-digit year"),
        ("1899-12-31", "IGRF covers 1900 to 2029"),
        ("31.02.1993", "not a day of the calendar"),
    ):
        dialog.record_date_edit.setText(text)
        dialog.recompute()
        assert message in dialog.declination_label.text(), text
        assert dialog.computation().rows[1].state == "error"


# --- refusals -----------------------------------------------------------------------------------


@pytest.mark.parametrize("layers", BACKENDS, indirect=True)
def test_refused_records_write_nothing(dialog, layers):
    database = layers.database
    fill_soviet(dialog, start="38N 640000 4425000")
    tables = ("minefield_record", "traverse_leg", "survey_point")

    def counts():
        return [rows(database, f"SELECT count(*) FROM {t}")[0][0] for t in tables]

    for record_id, mines, accuracy, message in (
        ("", "", "", "Record ID is mandatory"),
        ("MFR-1", "many", "", "Mines recorded: many is not a whole number"),
        ("MFR-1", "12", "125", "Accuracy (%): 125 is outside 0 to 100"),
        ("MFR-1", "-2", "", "Mines recorded cannot be negative"),
    ):
        dialog.owner_id_edit.setText(record_id)
        dialog.mines_edit.setText(mines)
        dialog.accuracy_edit.setText(accuracy)
        dialog.recompute()
        QTest.mouseClick(dialog.save_button, Qt.LeftButton)
        assert message in dialog.message_label.text()
        assert counts() == [0, 0, 0]
    dialog.mines_edit.setText("")
    dialog.accuracy_edit.setText("")
    dialog.record_date_edit.setText("1993-15-06")
    with pytest.raises(recording.SaveError, match="not a day of the calendar"):
        dialog.save_as_record("MFR-1")
    dialog.record_date_edit.setText(RECORD_DATE)
    assert dialog.save_as_record("MFR-1") == "MFR-1"
    assert counts() == [1, 5, 6]
    # The same ID again is refused by name.
    with pytest.raises(recording.SaveError, match="MFR-1 is already recorded"):
        dialog.save_as_record("MFR-1")
    # Pending edits in the legs layer are not overwritten.
    leg_layer = layers.traverse_leg
    assert leg_layer.startEditing()
    assert leg_layer.addFeature(QgsVectorLayerUtils.createFeature(leg_layer))
    with pytest.raises(recording.SaveError, match="unsaved edits"):
        dialog.save_as_record("MFR-2")
    leg_layer.rollBack()
    assert counts() == [1, 5, 6]


# --- where the record is -----------------------------------------------------------------------


def add_district(layers, database) -> None:
    """A district around Aghdam (UTM 38N): the programme's area is its extent plus 10 km."""
    layer = QgsVectorLayer(layer_uri(database, "district"), "district", "ogr")
    wkt = (
        "MULTIPOLYGON(((630000 4415000, 650000 4415000, 650000 4435000, 630000 4435000, "
        "630000 4415000)))"
    )
    feature = QgsVectorLayerUtils.createFeature(
        layer, QgsGeometry.fromWkt(wkt), {layer.fields().indexOf("code"): "AGD"}
    )
    assert layer.startEditing() and layer.addFeature(feature) and layer.commitChanges()


def test_points_outside_the_programme_area_are_flagged_and_confirmed(layers, qgis_iface):
    add_district(layers, layers.database)
    dlg = TurningPointsDialog(qgis_iface, layers, target="hazard")
    try:
        dlg.show()
        area = dlg.programme_area()
        assert area is not None and area.source == "districts"
        dlg.set_row(0, "start", coordinate="38N 640000 4425000")
        dlg.set_row(1, "turning", bearing="90", distance="100")
        dlg.set_row(2, "turning", coordinate="38N 640100 4485000")  # 50 km north: outside
        dlg.set_row(3, "end", coordinate="38N 640000 4425000")
        dlg.recompute()
        assert dlg.computation().outside == [3]
        assert cell(dlg, 2, tp.COL_STATUS) == "OK · UTM · outside area"
        assert dlg.table.item(2, tp.COL_STATUS).foreground().color() == tp.WARNING_TEXT
        assert dlg.table.item(2, tp.COL_COORD).background().color() == tp.WARNING_BACKGROUND
        assert "districts' extent plus 10 km" in dlg.table.item(2, tp.COL_STATUS).toolTip()
        assert "rows 3 lie outside the programme's area" in dlg.closure_label.text()
        assert cell(dlg, 1, tp.COL_STATUS) == "OK"
        dlg.owner_id_edit.setText("SHA-FAR-0001")
        dlg.recompute()
        # No: nothing is written.
        seen = answer_message_box(QMessageBox.No)
        QTest.mouseClick(dlg.save_button, Qt.LeftButton)
        assert seen and seen[0].startswith(tp.CONFIRM_OBJECT_NAME)
        assert "Rows 3 lie outside the programme's area, the districts' extent" in seen[0]
        assert rows(layers.database, "SELECT count(*) FROM hazard") == [(0,)]
        assert "Nothing saved" in dlg.message_label.text()
        # Yes: saved as typed.
        seen = answer_message_box(QMessageBox.Yes)
        QTest.mouseClick(dlg.save_button, Qt.LeftButton)
        assert seen
        assert rows(layers.database, "SELECT hazard_id FROM hazard") == [("SHA-FAR-0001",)]
    finally:
        dlg.close()
        dlg.deleteLater()
        wait()


# --- undo and redo ------------------------------------------------------------------------------


def test_undo_and_redo_of_the_rows(dialog, tmp_path):
    def typed():
        return [
            (r.point_type, r.coordinate or r.bearing, r.distance)
            for r in dialog.rows()
            if not r.is_empty()
        ]

    assert not dialog.undo_button.isEnabled() and not dialog.redo_button.isEnabled()
    assert not dialog.undo_button.icon().isNull()
    dialog.set_row(0, "reference", coordinate="38N 640000 4425000")
    dialog.set_row(1, "start", bearing="90", distance="100")
    dialog.set_row(2, "turning", bearing="180", distance="100")
    first = typed()
    # A cell edit through the table.
    dialog.table.item(2, tp.COL_DISTANCE).setText("150")
    assert typed()[2] == ("turning", "180", "150")
    assert dialog.undo_button.isEnabled()
    dialog.table.setFocus()
    QTest.keyClick(dialog.table, Qt.Key_Z, Qt.ControlModifier)
    wait()
    assert typed() == first
    QTest.keyClick(dialog.table, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    wait()
    assert typed()[2] == ("turning", "180", "150")
    QTest.keyClick(dialog.table, Qt.Key_Z, Qt.ControlModifier)
    QTest.keyClick(dialog.table, Qt.Key_Y, Qt.ControlModifier)
    wait()
    assert typed()[2] == ("turning", "180", "150")
    # A point type changed in its combo.
    combo = dialog.table.cellWidget(2, tp.COL_TYPE)
    combo.setCurrentIndex(combo.findData("intermediate"))
    assert typed()[2][0] == "intermediate"
    dialog.undo()
    assert typed()[2][0] == "turning"
    # Insert, delete, move.
    before = typed()
    dialog.table.setCurrentCell(1, tp.COL_BEARING)
    QTest.mouseClick(dialog.insert_row_button, Qt.LeftButton)
    assert dialog.table.rowCount() == 4
    QTest.mouseClick(dialog.undo_button, Qt.LeftButton)
    assert dialog.table.rowCount() == 3 and typed() == before
    dialog.table.setCurrentCell(2, tp.COL_BEARING)
    QTest.mouseClick(dialog.delete_row_button, Qt.LeftButton)
    assert len(typed()) == 2
    dialog.undo()
    assert typed() == before
    dialog.table.setCurrentCell(2, tp.COL_BEARING)
    QTest.mouseClick(dialog.move_up_button, Qt.LeftButton)
    assert typed()[1] == ("turning", "180", "150")
    dialog.undo()
    assert typed() == before
    dialog.redo()
    assert typed()[1] == ("turning", "180", "150")
    dialog.undo()
    # Paste, and an import, each one step.
    dialog.paste_text("TP\t270\t150\nEP\t0\t100", 3)
    assert len(typed()) == 5
    dialog.undo()
    assert typed() == before
    path = tmp_path / "legs.csv"
    path.write_text(
        "seq,point_type,coordinate,bearing,distance_m\n"
        "1,start,38N 640000 4425000,,\n2,turning,,90,50\n3,end,,270,50\n",
        encoding="utf-8",
    )
    dialog.import_csv(str(path))
    assert len(typed()) == 3 and typed()[1] == ("turning", "90", "50")
    dialog.undo()
    assert typed() == before
    dialog.redo()
    assert typed()[2] == ("end", "270", "50")
    assert dialog.undo_stack.undoText() == "Import legs.csv"
    assert "Import legs.csv" in dialog.undo_button.toolTip()


# --- coordinates and bearings as written --------------------------------------------------------


def test_the_input_format_and_gauss_krueger_pairs(dialog):
    x, y = 4430293, 8664944
    dialog.set_row(0, "start", coordinate=f"{x} {y}")
    choose(dialog.format_combo, "gk")
    dialog.recompute()
    reading = dialog.computation().rows[0].reading
    assert reading.fmt == "gk" and reading.text == f"X={x} Y={y}"  # X then Y, never reordered
    lon, lat = gk_to_lonlat(x, y)
    assert (reading.lonlat.lon, reading.lonlat.lat) == pytest.approx((lon, lat), abs=1e-5)
    assert float(cell(dialog, 0, tp.COL_GK_X)) == pytest.approx(x, abs=0.01)
    # With a format chosen, another one is refused with the reason.
    dialog.set_row(0, "start", coordinate="38N 640000 4425000")
    dialog.recompute()
    assert dialog.computation().rows[0].state == "error"
    status = cell(dialog, 0, tp.COL_STATUS)
    assert status.startswith("This is UTM but the input format is Pulkovo 1942")
    choose(dialog.format_combo, "utm")
    dialog.recompute()
    assert cell(dialog, 0, tp.COL_STATUS) == "OK · UTM"
    dialog.set_row(0, "start", coordinate="40°02'13.43\"N 46°57'14.45\"E")
    dialog.recompute()
    assert "input format is UTM" in cell(dialog, 0, tp.COL_STATUS)
    choose(dialog.format_combo, "latlon")
    dialog.recompute()
    assert cell(dialog, 0, tp.COL_STATUS) == "OK · DMS"
    # The forms are listed, with examples, where the officer types.
    tip = dialog.table.horizontalHeaderItem(tp.COL_COORD).toolTip()
    for written in ("38N 612345 4412345", "X=4430293 Y=8664944", "4007.407N 04639.260E"):
        assert written in tip


def test_bearings_as_written(dialog):
    dialog.set_row(0, "start", coordinate="38N 640000 4425000")
    choose(dialog.unit_combo, "mil6000")
    cases = [
        ("12-50", "mil6000", 1250.0, 75.0),
        ("0-75", "mil6000", 75.0, 4.5),
        ("S45°30'E", "deg", 134.5, 134.5),  # the degree sign names degrees
        ("3400 mil6400 grid", "mil6400", 3400.0, 191.25),
        ("45 30 36 deg", "deg", 45.51, 45.51),
    ]
    for bearing, unit, value, degrees in cases:
        dialog.set_row(1, "turning", bearing=bearing, distance="100")
        result = dialog.computation().rows[1]
        assert result.state == "ok", (bearing, cell(dialog, 1, tp.COL_STATUS))
        assert (result.unit, result.north) == (unit, "grid")
        assert result.bearing_value == pytest.approx(value, abs=1e-9)
        assert result.point.azimuth_grid_deg == pytest.approx(degrees, abs=1e-9)
    for bearing, message in (
        ("12-150", "Soviet mils are hundreds, a hyphen and two digits"),
        ("60-00", "out of range"),
        ("-12-50", "cannot be negative"),
        ("1,250", "ambiguous"),
    ):
        dialog.set_row(1, "turning", bearing=bearing, distance="100")
        assert dialog.computation().rows[1].state == "error", bearing
        assert message in cell(dialog, 1, tp.COL_STATUS), bearing


def test_an_end_point_within_the_tolerance_is_the_start(dialog):
    dialog.set_row(0, "start", coordinate="38N 640000 4425000")
    for i, (bearing, distance, point_type) in enumerate(
        (("90", "100", "turning"), ("180", "100", "turning"), ("270", "100", "turning")),
        start=1,
    ):
        dialog.set_row(i, point_type, bearing=bearing, distance=distance)
    dialog.set_row(4, "end", bearing="0", distance="99.99")  # 1 cm short
    result = dialog.result()
    assert result.closure_error_m == pytest.approx(0.01, abs=1e-6)
    assert result.end_on_start
    ring = list(result.polygon.exterior.coords)
    assert len(ring) == 5  # four corners and the closing one: no second vertex 1 cm away
    sides = [((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5 for a, b in zip(ring, ring[1:])]
    assert min(sides) == pytest.approx(100.0, abs=1e-6)
    assert "Closure error 0.01 m" in dialog.closure_label.text()
    # Beyond the tolerance the end point stays a corner of its own.
    dialog.set_row(4, "end", bearing="0", distance="90")
    assert len(dialog.result().polygon.exterior.coords) == 6


def test_csv_import_names_the_coordinates_it_cannot_read(dialog, tmp_path):
    path = tmp_path / "points.csv"
    path.write_text(
        "seq;point_type;coordinate\n"
        "1;start;40°02'13.43\"N 46°57'14.45\"E\n"
        "2;turning;40,123 46,754 47,1\n"
        "3;turning;not a place\n"
        "4;end;38N 640000 4425000\n",
        encoding="utf-8",
    )
    assert dialog.import_csv(str(path)) == 4
    message = dialog.message_label.text()
    assert "Coordinates that cannot be read:" in message
    assert "Row 2 (40,123 46,754 47,1)" in message and "Row 3 (not a place)" in message
    assert "Row 1" not in message and "Row 4" not in message
    states = [r.state for r in dialog.computation().rows]
    assert states == ["ok", "error", "error", "ok"]


def test_a_grid_record_typed_as_coordinates_stores_no_declination(dialog, layers):
    """Rows typed as coordinates become grid legs (degrees) computed from the coordinates, with
    remarks saying so: landrelease:traverse puts every point back where it was typed. A record
    without magnetic bearings stores no declination."""
    corners = ["38N 640000 4425000", "38N 640080 4425010", "38N 640070 4424930"]
    dialog.record_date_edit.setText("06.1993")  # a month: its 15th is stored, and said so
    dialog.set_row(0, "start", coordinate=corners[0])
    dialog.set_row(1, "turning", coordinate=corners[1], remarks="painted stone")
    dialog.set_row(2, "turning", coordinate=corners[2])
    dialog.set_row(3, "end", bearing="300", distance="80.6")
    assert dialog.result() is not None
    assert dialog.save_as_record("MFR-GRID-1") == "MFR-GRID-1"
    database = layers.database
    ((date, declination, source, remarks),) = rows(
        database,
        "SELECT record_date, declination_deg, declination_source, remarks FROM minefield_record",
    )
    assert (str(date), declination, source) == ("1993-06-15", None, None)
    assert "06.1993 (month only)" in remarks
    legs = rows(
        database,
        "SELECT seq, point_type, bearing, bearing_unit, north, distance_m, remarks "
        "FROM traverse_leg ORDER BY seq",
    )
    dx, dy = 80.0, 10.0
    assert legs[0][:2] == (1, "turning") and legs[0][3:5] == ("deg", "grid")
    assert legs[0][2] == pytest.approx(math.degrees(math.atan2(dx, dy)), abs=1e-9)
    assert legs[0][5] == pytest.approx(math.hypot(dx, dy), abs=1e-9)
    assert legs[0][6].startswith("painted stone; Typed as the coordinate 38N 640080 4425010")
    assert legs[2][1:6] == ("end", 300.0, "deg", "grid", 80.6)
    output = run_traverse(database)
    (rebuilt,) = list(output.getFeatures())
    saved = next(fresh_layer(database, "minefield_record").getFeatures()).geometry()
    assert saved.hausdorffDistance(rebuilt.geometry()) < 0.01
    points = {
        f["seq"]: f.geometry().asPoint()
        for f in fresh_layer(database, "survey_point").getFeatures()
    }
    assert (points[1].x(), points[1].y()) == pytest.approx((640080.0, 4425010.0), abs=1e-6)


# Any sequence of edits: undoing them all gives back every earlier table in turn, redoing them
# all every later one (the dialog is reused across examples: function-scoped fixture).
_EDITS = st.one_of(
    st.tuples(
        st.just("set"),
        st.integers(0, 5),
        st.sampled_from(["turning", "end", "intermediate"]),
        st.sampled_from(["12-50", "90", "S45°30'E", "38N 640000 4425000", ""]),
    ),
    st.tuples(st.just("insert"), st.integers(0, 5)),
    st.tuples(st.just("delete"), st.integers(0, 5)),
    st.tuples(st.just("move"), st.integers(0, 5), st.sampled_from([-1, 1])),
    st.tuples(st.just("paste"), st.integers(0, 5)),
)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(edits=st.lists(_EDITS, min_size=1, max_size=8))
@example(edits=[("set", 4, "turning", "12-50"), ("paste", 4), ("paste", 5), ("move", 4, 1)])
def test_undo_then_redo_walks_back_and_forth_through_every_table(dialog, edits):
    dialog.set_rows([])
    dialog.undo_stack.clear()
    dialog._state = dialog._table_state()

    def table():
        return [
            (r.point_type, r.entry, r.coordinate, r.bearing, r.distance, r.remarks)
            for r in dialog.rows()
        ]  # every column the user sees: a move of rows that differ in remarks only is an edit

    states = [table()]
    for edit in edits:
        kind, row = edit[0], min(edit[1], dialog.table.rowCount() - 1)
        dialog.table.setCurrentCell(row, tp.COL_BEARING)
        if kind == "set":
            text = edit[3]
            if text.startswith("38N"):
                dialog.set_row(edit[1], edit[2], coordinate=text)
            else:
                dialog.set_row(edit[1], edit[2], bearing=text, distance="50")
        elif kind == "insert":
            dialog.insert_row()
        elif kind == "delete":
            dialog.delete_rows()
        elif kind == "move":
            dialog.move_row(edit[2])
        else:
            dialog.paste_text("TP\t45\t10\nEP\t0-75\t20", row)
        if table() != states[-1]:
            states.append(table())
    assert dialog.undo_stack.count() == len(states) - 1
    for state in reversed(states[:-1]):
        dialog.undo()
        assert table() == state
    assert not dialog.undo_stack.canUndo()
    for state in states[1:]:
        dialog.redo()
        assert table() == state
