"""The Turning points dialog, driven through its widgets on a real land release database.

Expected positions and closures come from core.coordinates and core.traverse called directly;
saved values are read back from the database with sqlite3 or psycopg2, never from the dialog's
state. The tests that save run on a GeoPackage and on a PostGIS schema of the test server; the
ones that only compute and show stay on a GeoPackage.
"""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
)
from qgis.gui import QgsMapCanvas
from qgis.PyQt.QtCore import QLocale, Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

from landrelease.core.coordinates import format_mgrs, parse_coordinate, parse_dms, parse_mgrs
from landrelease.core.traverse import Leg, compute_traverse
from landrelease.dialogs import turning_points as tp
from landrelease.dialogs.turning_points import OBJECT_NAME, TurningPointsDialog
from landrelease.storage import recording
from landrelease.storage.database import load_database

from .conftest import BACKENDS, edit_log_signer, sql_rows

UTM = "EPSG:32638"
X0, Y0 = 600000.0, 4400000.0
BENCHMARK = "38N 600000 4400000"
DECLINATION = 6.5
# A 12-point minefield record: a benchmark, then 11 legs in mils (6000) from magnetic north:
# to the start point, 9 turning and intermediate points, and the end point back at the start.
LEGS_12 = [
    ("start", "1500", "40"),
    ("turning", "0", "60"),
    ("turning", "600", "61,5"),
    ("intermediate", "1200", "59"),
    ("turning", "1800", "60.5"),
    ("turning", "2400", "62"),
    ("turning", "3000", "58.5"),
    ("turning", "3600", "60"),
    ("intermediate", "4200", "61"),
    ("turning", "4800", "59.5"),
    ("end", "5400", "58"),
]
AZ_REMARK = "Şərq tərəfdə mina sahəsi, çay kənarı — ğ ı ö ü ç ş ə"
RU_REMARK = "Заброшенный окоп, юго-восток"


def wait(ms: int = 0) -> None:
    QTest.qWait(ms)
    QApplication.processEvents()


def ellipsoidal_area(wkt: str) -> float:
    da = QgsDistanceArea()
    da.setSourceCrs(QgsCoordinateReferenceSystem(UTM), QgsProject.instance().transformContext())
    da.setEllipsoid("EPSG:7030")
    return da.measureArea(QgsGeometry.fromWkt(wkt))


def to_utm(lon: float, lat: float) -> QgsPointXY:
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsCoordinateReferenceSystem(UTM),
        QgsProject.instance(),
    )
    return transform.transform(QgsPointXY(lon, lat))


def expected_12():
    legs = [
        Leg(seq=i, bearing=b, distance_m=d, point_type=t)
        for i, (t, b, d) in enumerate(LEGS_12, start=1)
    ]
    return compute_traverse(
        (X0, Y0),
        legs,
        "mil6000",
        "magnetic",
        DECLINATION,
        False,
        UTM,
        "benchmark",
        closed_tolerance_m=tp.CLOSURE_TOLERANCE_M,
    )


def rows(database, sql):
    """Rows read straight from the database: a GeoPackage path or a PostGIS schema."""
    return sql_rows(database, sql)


@pytest.fixture
def layers(request, make_database, qgis_iface):
    """A new land release database (EPSG:32638) in the project; the canvas in UTM 38N.

    A GeoPackage, unless the test asks for a backend with
    ``@pytest.mark.parametrize("layers", BACKENDS, indirect=True)``."""
    backend = getattr(request, "param", "gpkg")
    project = QgsProject.instance()
    project.clear()
    target = make_database(backend, "Ağdam", UTM)
    load_database(target, project)
    found = recording.find_layers(project)
    assert found is not None
    assert found.database == target
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem(UTM))
    canvas.resize(600, 500)
    canvas.setExtent(QgsRectangle(X0 - 150, Y0 - 150, X0 + 250, Y0 + 250))
    yield found
    project.clear()


@pytest.fixture
def dialog(layers, qgis_iface):
    dlg = TurningPointsDialog(qgis_iface, layers)
    dlg.resize(1280, 720)
    dlg.show()
    wait()
    yield dlg
    dlg.close()
    dlg.deleteLater()
    wait()


class CanvasIface:
    """An iface with a canvas of its own: the screenshot test paints the canvas, and the shared
    one may hold items that earlier tests' docks left behind."""

    def __init__(self, iface):
        self._iface = iface
        self.canvas = QgsMapCanvas()
        self.canvas.setDestinationCrs(QgsCoordinateReferenceSystem(UTM))
        self.canvas.setCanvasColor(QColor(250, 250, 245))
        self.canvas.resize(600, 500)

    def mapCanvas(self):  # noqa: N802 - QgisInterface's name
        return self.canvas

    def messageBar(self):  # noqa: N802
        return self._iface.messageBar()


@pytest.fixture
def own_canvas_dialog(layers, qgis_iface):
    iface = CanvasIface(qgis_iface)
    dlg = TurningPointsDialog(iface, layers)
    dlg.resize(1280, 720)
    dlg.show()
    iface.canvas.show()
    wait()
    yield dlg
    dlg.close()
    dlg.deleteLater()
    iface.canvas.hide()
    iface.canvas.deleteLater()
    wait()


def editor(dlg, row: int, column: int) -> QLineEdit:
    widget = dlg.table.indexWidget(dlg.table.model().index(row, column))
    assert isinstance(widget, QLineEdit), f"no editor open in row {row + 1}, column {column}"
    return widget


def type_into(dlg, row: int, column: int, text: str, key=Qt.Key_Return) -> None:
    """Type into the cell's real editor (opening it if it is not open) and press ``key``."""
    if dlg.table.indexWidget(dlg.table.model().index(row, column)) is None:
        dlg.table.setCurrentCell(row, column)
        dlg.table.editItem(dlg.table.item(row, column))
        wait()
    line = editor(dlg, row, column)
    QTest.keyClicks(line, text)
    QTest.keyClick(line, key)
    wait()


def set_type(dlg, row: int, code: str) -> None:
    combo = dlg.table.cellWidget(row, tp.COL_TYPE)
    combo.setCurrentIndex(combo.findData(code))


def choose(combo, code) -> None:
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)


def cell(dlg, row: int, column: int) -> str:
    return dlg.table.item(row, column).text()


def value(dlg, row: int, column: int) -> float | None:
    return dlg.table.item(row, column).data(tp.VALUE_ROLE)


def fill_12(dlg) -> None:
    """The 12-point record through the API (the typing test does it key by key)."""
    choose(dlg.unit_combo, "mil6000")
    choose(dlg.north_combo, "magnetic")
    dlg.declination_spin.setValue(DECLINATION)
    dlg.set_row(0, "benchmark", coordinate=BENCHMARK)
    for i, (point_type, bearing, distance) in enumerate(LEGS_12, start=1):
        dlg.set_row(i, point_type, bearing=bearing, distance=distance)


def closure_text(error_m: float) -> str:
    return f"Closure error {QLocale().toString(error_m, 'f', 2)} m"


# --- tests -------------------------------------------------------------------------------------


def test_dialog_basics(dialog, layers):
    assert dialog.objectName() == OBJECT_NAME
    assert dialog.windowTitle() == "Turning points"
    assert not dialog.isModal()
    assert dialog.layers.hazard is layers.hazard
    assert dialog.zone_spin.value() == 38  # from the database's CRS
    assert dialog.hemisphere_combo.currentData() == "N"
    assert dialog.table.rowCount() == 1
    types = dialog.table.cellWidget(0, tp.COL_TYPE)
    assert [types.itemData(i) for i in range(types.count())] == [
        "reference",
        "benchmark",
        "start",
        "turning",
        "intermediate",
        "end",
        "evidence",
    ]
    assert types.itemText(1) == "Benchmark"
    assert dialog.table.cellWidget(0, tp.COL_ENTRY).currentData() == tp.COORDINATE
    assert [dialog.unit_combo.itemData(i) for i in range(4)] == [
        "deg",
        "mil6400",
        "mil6000",
        "gon",
    ]
    assert not dialog.save_button.isEnabled()
    assert dialog.result() is None


def test_typing_a_12_point_record_through_the_editors(own_canvas_dialog, screenshots):
    dialog = own_canvas_dialog
    choose(dialog.unit_combo, "mil6000")
    choose(dialog.north_combo, "magnetic")
    assert dialog.declination_spin.isEnabled()
    dialog.declination_spin.setValue(DECLINATION)
    set_type(dialog, 0, "benchmark")
    started = time.perf_counter()
    type_into(dialog, 0, tp.COL_COORD, BENCHMARK)  # Enter: a new row, its bearing cell open
    assert dialog.table.rowCount() == 2
    for i, (point_type, bearing, distance) in enumerate(LEGS_12, start=1):
        assert dialog.table.rowCount() == i + 1
        combo = dialog.table.cellWidget(i, tp.COL_TYPE)
        if combo.currentData() != point_type:  # the guess is "start" after the benchmark
            set_type(dialog, i, point_type)
        type_into(dialog, i, tp.COL_BEARING, bearing, Qt.Key_Tab)  # Tab: on to the distance
        type_into(dialog, i, tp.COL_DISTANCE, distance)  # Enter: the next row
    typing_s = time.perf_counter() - started
    assert typing_s < 30
    # Enter in the last row added an empty 13th row, which is ignored.
    assert dialog.table.rowCount() == 13
    assert dialog.row_input(12).is_empty()
    assert dialog.table.cellWidget(1, tp.COL_TYPE).currentData() == "start"
    assert dialog.table.cellWidget(11, tp.COL_ENTRY).currentData() == tp.BEARING

    expected = expected_12()
    result = dialog.result()
    assert result is not None
    assert len(result.points) == 12
    for got, want in zip(result.points, expected.points):
        assert (got.x, got.y) == pytest.approx((want.x, want.y), abs=1e-6)
    assert result.closure_error_m == pytest.approx(expected.closure_error_m, abs=1e-6)
    assert 0.5 < expected.closure_error_m < 10  # the record really does not close
    assert closure_text(expected.closure_error_m) in dialog.closure_label.text()
    ratio = round(expected.perimeter_m / expected.closure_error_m)
    assert f"(1:{QLocale().toString(float(ratio), 'f', 0)})" in dialog.closure_label.text()
    area = ellipsoidal_area(expected.polygon.wkt)
    assert f"{QLocale().toString(area, 'f', 0)} m²" in dialog.closure_label.text()
    assert f"{QLocale().toString(area / 10000, 'f', 2)} ha" in dialog.closure_label.text()
    for row in range(12):
        assert cell(dialog, row, tp.COL_STATUS).startswith("OK"), row
        assert value(dialog, row, tp.COL_EASTING) == pytest.approx(expected.points[row].x, abs=1e-6)
        assert value(dialog, row, tp.COL_NORTHING) == pytest.approx(
            expected.points[row].y, abs=1e-6
        )
    assert cell(dialog, 0, tp.COL_STATUS) == "OK · UTM"
    assert cell(dialog, 3, tp.COL_DISTANCE) == "61,5"  # kept as typed
    assert dialog.save_button.isEnabled()
    # The preview: the perimeter (start to the last turning point: the end point, 2.7 m from
    # the start, closes onto it) and 12 numbered markers.
    assert expected.end_on_start
    assert "the end point closes onto the start" in dialog.closure_label.text()
    band = dialog.polygon_band()
    assert band is not None and band.numberOfVertices() == 10
    labels = dialog.point_labels()
    assert [text for _, text, _ in labels.points] == [str(i) for i in range(1, 13)]
    assert [on for _, _, on in labels.points][:2] == [False, True]  # the benchmark is outside

    canvas = dialog.canvas
    dialog.zoom_to_points()
    canvas.refresh()
    wait(400)
    dialog.grab().save(str(screenshots / "turning_points_dialog.png"))
    canvas.grab().save(str(screenshots / "turning_points_map.png"))
    print(f"typing the 12-point record took {typing_s:.1f} s")


def test_a_square_in_degrees_closes_and_the_band_has_its_corners(dialog):
    dialog.set_row(0, "start", coordinate=BENCHMARK)
    for i, (bearing, point_type) in enumerate(
        (("90", "turning"), ("180", "turning"), ("270", "turning"), ("0", "end")), start=1
    ):
        dialog.set_row(i, point_type, bearing=bearing, distance="100")
    result = dialog.result()
    assert result is not None
    assert result.closure_error_m == pytest.approx(0, abs=1e-9)
    assert "Closure error 0.00 m (closed)" in dialog.closure_label.text()
    assert "1.00 ha" in dialog.closure_label.text()
    band = dialog.polygon_band()
    assert band.numberOfVertices() == 4
    corners = [(X0, Y0), (X0 + 100, Y0), (X0 + 100, Y0 - 100), (X0, Y0 - 100)]
    for i, (x, y) in enumerate(corners):
        point = band.getPoint(0, i)
        assert (point.x(), point.y()) == pytest.approx((x, y), abs=0.001)
    assert dialog.save_button.isEnabled()


def test_a_bearing_out_of_range_is_marked_and_the_others_compute(dialog, screenshots):
    choose(dialog.unit_combo, "mil6400")
    dialog.set_row(0, "start", coordinate=BENCHMARK)
    dialog.set_row(1, "turning", bearing="1600", distance="50")
    dialog.set_row(2, "turning", bearing="6500", distance="50")
    dialog.set_row(3, "turning", bearing="3200", distance="50")
    dialog.set_row(4, "turning", coordinate="38N 600000 4399900")
    dialog.set_row(5, "end", bearing="0", distance="100")
    assert dialog.result() is None
    status = cell(dialog, 2, tp.COL_STATUS)
    assert "6500" in status and "6400" in status
    assert dialog.table.item(2, tp.COL_STATUS).foreground().color() == tp.ERROR_TEXT
    assert dialog.table.item(2, tp.COL_BEARING).background().color() == tp.ERROR_BACKGROUND
    assert "row 3" in cell(dialog, 3, tp.COL_STATUS)  # after the error: waits for it
    assert value(dialog, 3, tp.COL_EASTING) is None
    for row, (x, y) in {
        0: (X0, Y0),
        1: (X0 + 50, Y0),
        4: (X0, Y0 - 100),
        5: (X0, Y0),
    }.items():
        assert cell(dialog, row, tp.COL_STATUS).startswith("OK"), row
        assert value(dialog, row, tp.COL_EASTING) == pytest.approx(x, abs=1e-6)
        assert value(dialog, row, tp.COL_NORTHING) == pytest.approx(y, abs=1e-6)
    label = dialog.closure_label.text()
    assert label.startswith("Row 3: The bearing 6500") and "(1 more rows" in label
    dialog.grab().save(str(screenshots / "turning_points_error.png"))
    assert not dialog.save_button.isEnabled()
    # Corrected through the editor: everything computes.
    dialog.table.item(2, tp.COL_BEARING).setText("")
    type_into(dialog, 2, tp.COL_BEARING, "3200", Qt.Key_Tab)
    result = dialog.result()
    assert result is not None
    assert all(cell(dialog, r, tp.COL_STATUS).startswith("OK") for r in range(6))
    assert dialog.table.item(2, tp.COL_BEARING).background().color() != tp.ERROR_BACKGROUND


def test_mgrs_dms_and_dd_coordinates_are_converted(dialog):
    near = parse_coordinate("38N 600120 4400080")[0]
    mgrs = format_mgrs(near.lon, near.lat)  # 38SNJ ... (1 m squares: the south-west corner)
    dms = "40°07'24.4\"N 46°39'15.6\"E"
    dd = "40.1 46.6"
    dialog.set_row(0, "reference", coordinate=mgrs)
    dialog.set_row(1, "turning", coordinate=dms)
    dialog.set_row(2, "turning", coordinate=dd)
    dialog.set_row(3, "turning", coordinate="600000 4400000")  # the default zone 38N
    dialog.set_row(4, "turning", coordinate="38N 60000 4400000")  # a digit missing
    dialog.recompute()
    for row, lonlat in (
        (0, parse_mgrs(mgrs)),
        (1, parse_dms(dms)),
        (2, parse_coordinate(dd)[0]),
        (3, parse_coordinate(BENCHMARK)[0]),
    ):
        point = to_utm(lonlat.lon, lonlat.lat)
        assert value(dialog, row, tp.COL_EASTING) == pytest.approx(point.x(), abs=0.001), row
        assert value(dialog, row, tp.COL_NORTHING) == pytest.approx(point.y(), abs=0.001), row
    assert [cell(dialog, r, tp.COL_STATUS) for r in range(4)] == [
        "OK · MGRS",
        "OK · DMS",
        "OK · DD",
        "OK · UTM",
    ]
    assert "easting" in cell(dialog, 4, tp.COL_STATUS)
    assert "60000" in dialog.table.item(4, tp.COL_STATUS).toolTip()  # core's own sentence
    dms_point = parse_dms(dms)  # the tooltip shows the point in the other formats
    assert format_mgrs(dms_point.lon, dms_point.lat) in dialog.table.item(1, tp.COL_COORD).toolTip()
    # Without a default zone, a UTM coordinate without its zone is refused.
    dialog.zone_spin.setValue(0)
    dialog.recompute()
    assert "zone" in cell(dialog, 3, tp.COL_STATUS).lower()


def test_paste_several_rows(dialog):
    text = "\n".join(
        [
            "point_type\tcoordinate / bearing\tdistance",  # a header: skipped
            "BM\t38N 600000 4400000",
            "SP\t90\t20",
            "TP2;180;30;marked with a painted stone",
            "Turning point\t270\t20",
            "TP 4\t0\t30",
            "end\t90\t20",
        ]
    )
    QApplication.clipboard().setText(text)
    dialog.table.setCurrentCell(0, tp.COL_COORD)
    QTest.keyClick(dialog.table, Qt.Key_V, Qt.ControlModifier)
    wait()
    inputs = [r for r in dialog.rows() if not r.is_empty()]
    assert [(r.point_type, r.entry) for r in inputs] == [
        ("benchmark", tp.COORDINATE),
        ("start", tp.BEARING),
        ("turning", tp.BEARING),
        ("turning", tp.BEARING),
        ("turning", tp.BEARING),
        ("end", tp.BEARING),
    ]
    assert inputs[0].coordinate == BENCHMARK
    assert (inputs[2].bearing, inputs[2].distance, inputs[2].remarks) == (
        "180",
        "30",
        "marked with a painted stone",
    )
    result = dialog.result()
    assert result is not None and result.closure_error_m == pytest.approx(0, abs=1e-9)
    # Copy gives lines that paste back.
    copied = dialog.copy_text(list(range(5)))
    assert copied.splitlines()[1] == "Start point\t90\t20"


@pytest.mark.parametrize("layers", BACKENDS, indirect=True)
def test_save_as_hazard_writes_the_hazard_and_its_points(dialog, layers):
    fill_12(dialog)
    dialog.set_row(0, "benchmark", coordinate="38N  600000   4400000", remarks=AZ_REMARK)
    expected = expected_12()
    assert dialog.result() is not None
    hazard_id = dialog.save_as_hazard("CHA-AGD-0007", "CHA")
    assert hazard_id == "CHA-AGD-0007"
    path = layers.database
    ((hid, classification, status, estimated, remaining, area_wkb),) = rows(
        path,
        "SELECT hazard_id, classification, status, estimated_area_m2, remaining_area_m2, "
        "geom FROM hazard",
    )
    assert (hid, classification, status) == ("CHA-AGD-0007", "CHA", "open")
    area = ellipsoidal_area(expected.polygon.wkt)
    assert estimated == pytest.approx(area, abs=0.01)
    assert remaining == pytest.approx(area, abs=0.01)
    assert area_wkb is not None
    points = rows(
        path,
        "SELECT owner_id, point_type, seq, entered_as, bearing, bearing_unit, north, distance_m,"
        " remarks FROM survey_point ORDER BY seq",
    )
    assert len(points) == 12
    # Every point says which declination turned the magnetic bearings (the layer has no
    # field for it).
    note = "Magnetic declination +6.5000° (entered: the value on the record)"
    assert points[0] == (
        "CHA-AGD-0007",
        "benchmark",
        1,
        "38N  600000   4400000",
        None,
        None,
        None,
        None,
        f"{AZ_REMARK}; {note}",
    )
    assert {p[8] for p in points[1:]} == {note}
    for (owner, point_type, seq, entered, bearing, unit, north, distance, _), leg in zip(
        points[1:], LEGS_12
    ):
        assert (owner, point_type, seq) == ("CHA-AGD-0007", leg[0], seq)
        assert entered == f"{leg[1]}; {leg[2]}"
        assert bearing == pytest.approx(float(leg[1]))
        assert (unit, north) == ("mil6000", "magnetic")
        assert distance == pytest.approx(float(leg[2].replace(",", ".")))
    assert [p[2] for p in points] == list(range(1, 13))
    # The points lie where core.traverse put them.
    xy = rows(path, "SELECT seq, geom FROM survey_point ORDER BY seq")
    assert len(xy) == 12
    layer_points = {f["seq"]: f.geometry().asPoint() for f in layers.survey_point.getFeatures()}
    for p in expected.points:
        got = layer_points[p.seq + 1]
        assert (got.x(), got.y()) == pytest.approx((p.x, p.y), abs=0.001)
    signer = edit_log_signer(path)
    assert signer
    assert ("hazard", "insert", signer) in rows(
        path, "SELECT layer, action, changed_by FROM edit_log"
    )

    # A second save with the same ID is refused and writes nothing; the message says why.
    with pytest.raises(recording.SaveError, match="CHA-AGD-0007 is already recorded"):
        dialog.save_as_hazard("CHA-AGD-0007", "CHA")
    dialog.owner_id_edit.setText("")
    QTest.mouseClick(dialog.save_button, Qt.LeftButton)
    assert "Hazard ID is mandatory" in dialog.message_label.text()
    assert rows(path, "SELECT count(*) FROM hazard") == [(1,)]
    assert rows(path, "SELECT count(*) FROM survey_point") == [(12,)]
    # Through the button, with a district.
    dialog.owner_id_edit.setText("SHA-AGD-0008")
    choose(dialog.classification_combo, "SHA")
    dialog.district_edit.setText("Ağdam")
    QTest.mouseClick(dialog.save_button, Qt.LeftButton)
    assert "SHA-AGD-0008" in dialog.message_label.text()
    assert rows(
        path, "SELECT classification, district FROM hazard WHERE hazard_id = 'SHA-AGD-0008'"
    ) == [("SHA", "Ağdam")]


@pytest.mark.parametrize("layers", BACKENDS, indirect=True)
def test_save_hazard_refuses_bad_input(layers):
    from qgis.core import QgsVectorLayerUtils

    fields = layers.hazard.fields()

    def feature(wkt, **values):
        return QgsVectorLayerUtils.createFeature(
            layers.hazard,
            QgsGeometry.fromWkt(wkt) if wkt else QgsGeometry(),
            {fields.indexOf(k): v for k, v in values.items()},
        )

    square = f"POLYGON(({X0} {Y0},{X0 + 10} {Y0},{X0 + 10} {Y0 + 10},{X0} {Y0 + 10},{X0} {Y0}))"
    bow_tie = f"POLYGON(({X0} {Y0},{X0 + 10} {Y0 + 10},{X0 + 10} {Y0},{X0} {Y0 + 10},{X0} {Y0}))"
    two = (
        f"MULTIPOLYGON((({X0} {Y0},{X0 + 1} {Y0},{X0 + 1} {Y0 + 1},{X0} {Y0})),"
        f"(({X0 + 5} {Y0},{X0 + 6} {Y0},{X0 + 6} {Y0 + 1},{X0 + 5} {Y0})))"
    )
    cases = [
        (feature(square, classification="SHA"), "Hazard ID is mandatory"),
        (feature(square, hazard_id="H-1"), "Classification is mandatory"),
        (feature(square, hazard_id="H-1", classification="XHA"), "not in the code list"),
        (feature(None, hazard_id="H-1", classification="SHA"), "no polygon"),
        (feature(bow_tie, hazard_id="H-1", classification="SHA"), "not valid"),
        (feature(two, hazard_id="H-1", classification="SHA"), "several parts"),
    ]
    for candidate, message in cases:
        with pytest.raises(recording.SaveError, match=message):
            recording.save_hazard(layers, candidate, [])
    assert rows(layers.database, "SELECT count(*) FROM hazard") == [(0,)]
    saved = recording.save_hazard(
        layers, feature(square, hazard_id="H-1", classification="SHA"), [], user="gis.officer"
    )
    assert saved == "H-1"
    assert rows(layers.database, "SELECT created_by, status FROM hazard") == [
        ("gis.officer", "open")
    ]


def test_polygon_ready_for_the_land_release_dock(dialog, layers):
    fill_12(dialog)
    dialog.set_target("release")
    dialog.owner_id_edit.setText("LR-0042")
    received = []
    dialog.polygonReady.connect(lambda geometry, points: received.append((geometry, points)))
    assert dialog.save_button.text() == "Use for land release"
    wait(tp.RECOMPUTE_DELAY_MS + 100)  # the button is enabled once the points are computed
    assert dialog.save_button.isEnabled()
    QTest.mouseClick(dialog.save_button, Qt.LeftButton)
    wait()
    assert len(received) == 1
    geometry, points = received[0]
    expected = expected_12()
    assert isinstance(geometry, QgsGeometry)
    assert geometry.area() == pytest.approx(expected.polygon.area, abs=0.001)
    vertices = [c for v in geometry.vertices() for c in (v.x(), v.y())]
    ring = [c for xy in expected.polygon.exterior.coords for c in xy]
    assert vertices == pytest.approx(ring, abs=1e-3)
    assert dialog.crs() == layers.release.crs()
    assert [p["seq"] for p in points] == list(range(1, 13))
    assert [p["point_type"] for p in points] == ["benchmark"] + [leg[0] for leg in LEGS_12]
    assert points[0]["entered_as"] == BENCHMARK
    assert points[2]["entered_as"] == "0; 60"
    assert (points[2]["bearing_unit"], points[2]["north"]) == ("mil6000", "magnetic")
    assert points[3]["distance_m"] == pytest.approx(61.5)
    assert all(p["owner_id"] == "LR-0042" for p in points)
    assert all(p.fields().names() == layers.survey_point.fields().names() for p in points)
    assert not dialog.isVisible()  # accepted: handed over
    assert dialog.clear_preview() is None and dialog.polygon_band() is None


def test_csv_export_and_import_round_trip(dialog, layers, qgis_iface, tmp_path, monkeypatch):
    fill_12(dialog)
    dialog.set_row(0, "benchmark", coordinate=BENCHMARK, remarks=AZ_REMARK)
    dialog.set_row(4, "intermediate", bearing="1800 mil6400 grid", distance="59", remarks=RU_REMARK)
    before = dialog.result()
    assert before is not None
    path = tmp_path / "Ağdam record.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    QTest.mouseClick(dialog.export_button, Qt.LeftButton)
    text = path.read_bytes().decode("utf-8")
    assert AZ_REMARK in text and RU_REMARK in text
    assert text.splitlines()[0].split(",")[:8] == list(tp.CSV_COLUMNS[:8])

    other = TurningPointsDialog(qgis_iface, layers)
    try:
        other.show()
        QTest.mouseClick(other.import_button, Qt.LeftButton)
        wait()
        # The same rows; numbers are written with a decimal point ("61,5" comes back "61.5").
        typed = [replace(r, distance=r.distance.replace(",", ".")) for r in dialog.rows()]
        assert [r for r in other.rows() if not r.is_empty()] == [
            r for r in typed if not r.is_empty()
        ]
        assert other.settings() == dialog.settings()
        after = other.result()
        assert after is not None
        assert after.closure_error_m == pytest.approx(before.closure_error_m, abs=1e-9)
        assert "12 rows read" in other.message_label.text()
    finally:
        other.close()
        other.deleteLater()


def test_import_traverse_legs_of_the_sample_data(dialog):
    sample = Path(tp.__file__).resolve().parents[2] / "sample_data" / "traverse_legs.csv"
    count = dialog.import_csv(str(sample))
    assert count == 12  # the reference point (to type) and 11 legs of MFR-001
    assert "records; MFR-001 was read." in dialog.message_label.text()
    first = dialog.row_input(0)
    assert (first.point_type, first.entry, first.coordinate) == ("reference", tp.COORDINATE, "")
    assert cell(dialog, 0, tp.COL_STATUS).startswith("Type the coordinate of the first point")
    assert "starts from row 1" in cell(dialog, 1, tp.COL_STATUS)
    assert dialog.unit_combo.currentData() == "deg" and dialog.north_combo.currentData() == "grid"
    assert dialog.result() is None
    type_into(dialog, 0, tp.COL_COORD, BENCHMARK)
    legs = [
        Leg(seq=i, bearing=r.bearing, distance_m=r.distance, point_type=r.point_type)
        for i, r in enumerate(dialog.rows()[1:12], start=1)
    ]
    expected = compute_traverse((X0, Y0), legs, "deg", "grid", 0.0, False, UTM, "reference")
    result = dialog.result()
    assert result is not None
    assert result.closure_error_m == pytest.approx(expected.closure_error_m, abs=1e-9)
    assert closure_text(expected.closure_error_m) in dialog.closure_label.text()
    assert dialog.row_input(1).remarks.startswith("from reference point")


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"", "is empty"),
        (b"seq;coordinate,remarks\n1;38N 1,2\n", "the separator is unclear"),
        (b"name;value\na;1\n", "neither a coordinate nor a bearing column: name, value"),
        (b"seq;coordinate\n1;38N \x00 600000\n", "NUL characters"),
    ],
)
def test_a_file_that_is_not_a_point_table_is_refused_in_words(
    dialog, tmp_path, monkeypatch, content, said
):
    dialog.set_row(0, "start", coordinate=BENCHMARK)
    path = tmp_path / "points.csv"
    path.write_bytes(content)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    QTest.mouseClick(dialog.import_button, Qt.LeftButton)
    assert said in dialog.message_label.text() and "points.csv" in dialog.message_label.text()
    assert dialog.row_input(0).coordinate == BENCHMARK  # the table is as it was


def test_import_another_record_of_the_file(dialog):
    sample = Path(tp.__file__).resolve().parents[2] / "sample_data" / "traverse_legs.csv"
    assert dialog.import_csv(str(sample), record_id="MFR-002") == 9
    assert dialog.unit_combo.currentData() == "mil6000"
    assert dialog.north_combo.currentData() == "magnetic"
    assert dialog.declination_spin.isEnabled()
    assert dialog.row_input(1).bearing == "3408"


def test_row_buttons(dialog):
    dialog.set_row(0, "start", coordinate=BENCHMARK)
    dialog.set_row(1, "turning", bearing="90", distance="100")
    dialog.set_row(2, "turning", bearing="180", distance="100")
    dialog.set_row(3, "end", bearing="270", distance="100")
    dialog.table.setCurrentCell(2, tp.COL_BEARING)
    QTest.mouseClick(dialog.insert_row_button, Qt.LeftButton)
    assert dialog.table.rowCount() == 5
    assert dialog.row_input(2).is_empty() and dialog.row_input(3).bearing == "180"
    assert [cell(dialog, r, tp.COL_SEQ) for r in range(5)] == ["1", "2", "3", "4", "5"]
    assert dialog.result() is not None  # an empty row in the middle is skipped
    dialog.table.setCurrentCell(2, tp.COL_BEARING)
    QTest.mouseClick(dialog.delete_row_button, Qt.LeftButton)
    assert dialog.table.rowCount() == 4
    dialog.table.setCurrentCell(3, tp.COL_BEARING)
    QTest.mouseClick(dialog.move_up_button, Qt.LeftButton)
    assert (dialog.row_input(2).point_type, dialog.row_input(2).bearing) == ("end", "270")
    assert dialog.table.currentRow() == 2
    QTest.mouseClick(dialog.move_down_button, Qt.LeftButton)
    assert (dialog.row_input(3).point_type, dialog.row_input(3).bearing) == ("end", "270")
    QTest.mouseClick(dialog.add_row_button, Qt.LeftButton)
    assert dialog.table.rowCount() == 5
    assert dialog.table.cellWidget(4, tp.COL_TYPE).currentData() == "turning"
    dialog.set_row(4, "turning", bearing="0", distance="100")
    assert dialog.result().closure_error_m == pytest.approx(0, abs=1e-9)
    assert len(dialog.result().perimeter) == 5


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_geographic_database(backend, make_database, qgis_iface):
    """Layers in EPSG:4326: points computed in the UTM zone of the first point, shown and saved
    in degrees, areas ellipsoidal."""
    project = QgsProject.instance()
    project.clear()
    path = make_database(backend, "wgs84", "EPSG:4326")
    load_database(path, project)
    found = recording.find_layers(project)
    dlg = TurningPointsDialog(qgis_iface, found)
    try:
        dlg.show()
        assert dlg.zone_spin.value() == 0  # not a UTM layer
        dlg.set_row(0, "start", coordinate=BENCHMARK)
        for i, bearing in enumerate(("90", "180", "270", "0"), start=1):
            dlg.set_row(i, "end" if i == 4 else "turning", bearing=bearing, distance="100")
        result = dlg.result()
        assert result is not None and result.closure_error_m == pytest.approx(0, abs=1e-9)
        assert dlg.working_crs().authid() == UTM
        start = parse_coordinate(BENCHMARK)[0]
        assert value(dlg, 0, tp.COL_EASTING) == pytest.approx(start.lon, abs=1e-9)
        assert value(dlg, 0, tp.COL_NORTHING) == pytest.approx(start.lat, abs=1e-9)
        assert dlg.table.horizontalHeaderItem(tp.COL_EASTING).text() == "Longitude"
        assert dlg.save_as_hazard("SHA-0001", "SHA") == "SHA-0001"
        ((area,),) = rows(path, "SELECT estimated_area_m2 FROM hazard")
        square = (
            f"POLYGON(({X0} {Y0},{X0 + 100} {Y0},{X0 + 100} {Y0 - 100},{X0} {Y0 - 100},{X0} {Y0}))"
        )
        assert area == pytest.approx(ellipsoidal_area(square), abs=0.05)
        hazard = next(found.hazard.getFeatures())
        first_vertex = hazard.geometry().vertexAt(0)
        assert (first_vertex.x(), first_vertex.y()) == pytest.approx(
            (start.lon, start.lat), abs=1e-9
        )
    finally:
        dlg.close()
        dlg.deleteLater()
        project.clear()
        wait()
