"""The Review releases dock, driven through its widgets and keys on a real database made by
createdatabase, a GeoPackage and a PostGIS schema: districts TAR and AGD, a hazard in each,
pending releases in both. Values are read back with sqlite3 / psycopg2, never from the dock."""

from __future__ import annotations

import datetime
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
    QgsSettings,
)
from qgis.gui import QgsAttributeEditorContext, QgsAttributeForm, QgsEditorWidgetWrapper
from qgis.PyQt.QtCore import QCoreApplication, QDate, Qt, QTimer, QTranslator
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication, QMessageBox, QWidget

from landrelease.dialogs.record_release import RecordReleaseDock
from landrelease.dialogs.review import ReviewReleasesDock
from landrelease.storage import recording
from landrelease.storage.database import load_database
from landrelease.tests.qgis.test_recording import _add_hazard, make_candidate
from landrelease.toolbelt import i18n

from .conftest import BACKENDS, edit_log_signer, sql_rows

UTM = "EPSG:32638"
X0, Y0 = 600000.0, 4400000.0


def square(x0, y0, x1, y1) -> str:
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


TAR = square(X0, Y0, X0 + 1000, Y0 + 1000)
AGD = square(X0 + 5000, Y0, X0 + 6000, Y0 + 1000)  # far beyond the extent shown


def wait(ms: int = 0) -> None:
    QTest.qWait(ms)
    QApplication.processEvents()


def add_district(layer, code, name, wkt):
    feature = QgsFeature(layer.fields())
    feature.setAttribute("code", code)
    feature.setAttribute("name", name)
    geometry = QgsGeometry.fromWkt(wkt)
    geometry.convertToMultiType()
    feature.setGeometry(geometry)
    assert layer.startEditing()
    assert layer.addFeature(feature)
    assert layer.commitChanges(), layer.commitErrors()


def save(layers, release_id, x, hazard_id, end=datetime.date(2026, 6, 30)):
    wkt = square(x, Y0 + 100, x + 50, Y0 + 300)
    candidate = make_candidate(
        layers,
        wkt,
        release_id=release_id,
        hazard_id=hazard_id,
        end_date=end,
        organisation="ANAMA",
        team="Təmizləmə qrupu №2",
    )
    recording.save_release(layers, candidate, user="field.editor")


@pytest.fixture(params=BACKENDS)
def database(request, make_database, qgis_iface):
    """The GeoPackage in the project: districts TAR and AGD, SHA-T in TAR with LR-T1..LR-T3
    (LR-T3 ended first), SHA-A in AGD with LR-A1."""
    project = QgsProject.instance()
    project.clear()
    path = make_database(request.param, "review", UTM)
    loaded = load_database(path, project)
    add_district(loaded["district"], "TAR", "Tərtər", TAR)
    add_district(loaded["district"], "AGD", "Ağdam", AGD)
    layers = recording.find_layers(project)
    _add_hazard(layers.hazard, "SHA-T", square(X0 + 100, Y0 + 100, X0 + 300, Y0 + 300))
    _add_hazard(layers.hazard, "SHA-A", square(X0 + 5100, Y0 + 100, X0 + 5300, Y0 + 300))
    save(layers, "LR-T1", X0 + 100, "SHA-T")
    save(layers, "LR-T2", X0 + 150, "SHA-T")
    save(layers, "LR-T3", X0 + 200, "SHA-T", end=datetime.date(2026, 5, 31))
    save(layers, "LR-A1", X0 + 5100, "SHA-A")
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem(UTM))
    canvas.resize(400, 400)
    canvas.show()
    canvas.setExtent(QgsRectangle(X0 + 50, Y0 + 50, X0 + 950, Y0 + 950))
    canvas.refresh()
    yield path, layers
    project.clear()


@pytest.fixture
def dock(database, qgis_iface):
    widget = ReviewReleasesDock(qgis_iface)
    widget.resize(460, 640)
    widget.show()
    wait()
    yield widget
    widget.unload()
    widget.close()
    widget.deleteLater()
    wait()


def queue(dock) -> list[str]:
    table = dock.queue_table
    return [table.item(r, 0).text() for r in range(table.rowCount())]


def chosen(dock) -> str | None:
    release = dock.current_release()
    return release.release_id if release else None


def choose(dock, release_id):
    dock.queue_table.selectRow(queue(dock).index(release_id))
    wait()


def review_row(path, release_id):
    return sql_rows(
        path,
        "SELECT qa_status, reviewed_by, CAST(reviewed_on AS TEXT), review_remarks "
        "FROM land_release WHERE release_id = ?",
        (release_id,),
    )[0]


def last_log(path, release_id):
    uuid = sql_rows(path, "SELECT uuid FROM land_release WHERE release_id = ?", (release_id,))
    action, who, before, after = sql_rows(
        path,
        "SELECT action, changed_by, before, after FROM edit_log WHERE feature_uuid = ? "
        "ORDER BY fid DESC LIMIT 1",
        (uuid[0][0],),
    )[0]
    return action, who, as_dict(before), as_dict(after)


def as_dict(value) -> dict:
    """A JSON column as read: text from SQLite, already a dict from PostgreSQL's jsonb."""
    return json.loads(value) if isinstance(value, str) else value


def me() -> str:
    return QgsExpressionContextUtils.globalScope().variable("user_account_name")


def message_texts(dock) -> str:
    """What the dock says: its message bar's items and the panel under it (a long text)."""
    said = " ".join(
        w.text() for w in dock.message_bar.findChildren(QWidget) if hasattr(w, "text")
    ) + " ".join(item.text() for item in dock.message_bar.items())
    if dock.message_details.isVisibleTo(dock):
        said += " " + dock.message_details.text()
    return said


def answer_next_box(button, shot=None) -> list[str]:
    """Click ``button`` (QMessageBox.Yes/No) on the next message box; its text is kept (and
    the box saved as the PNG ``shot``)."""
    seen = []

    def click():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        if shot is not None:
            box.grab().save(str(shot))
        box.button(button).click()

    QTimer.singleShot(0, click)
    return seen


def test_the_queue_lists_the_pending_releases_of_the_extent_or_district(dock, database):
    path, layers = database
    assert queue(dock) == ["LR-T3", "LR-T1", "LR-T2"]  # LR-T3 ended first
    assert chosen(dock) == "LR-T3"
    assert dock.queue_table.item(0, 1).text() == "SHA-T"
    assert dock.queue_table.item(0, 2).text() == "Cleared"
    assert dock.queue_table.item(0, 3).text() == "2026-05-31"
    assert dock.queue_table.item(0, 4).text() == "1.00"  # 50 m × 200 m
    assert dock.queue_table.item(0, 5).text() == "ANAMA"
    assert dock.queue_table.item(0, 6).text() == "Təmizləmə qrupu №2"
    assert "3 release(s)" in dock.count_label.text()
    assert [dock.district_combo.itemText(i) for i in range(2)] == ["AGD – Ağdam", "TAR – Tərtər"]
    dock.district_combo.setCurrentIndex(dock.district_combo.findData("AGD"))
    wait()
    assert dock.district_radio.isChecked()
    assert queue(dock) == ["LR-A1"]
    dock.district_combo.setCurrentIndex(dock.district_combo.findData("TAR"))
    wait()
    assert queue(dock) == ["LR-T3", "LR-T1", "LR-T2"]
    # Choosing a release zooms to it; the listed extent stays that of the listing.
    choose(dock, "LR-T2")
    assert dock.canvas.extent().contains(QgsRectangle(X0 + 150, Y0 + 100, X0 + 200, Y0 + 300))
    assert dock.canvas.extent().height() < 500
    dock.extent_radio.setChecked(True)  # the extent shown now: around LR-T2
    wait()
    assert "LR-T2" in queue(dock) and "LR-A1" not in queue(dock)


def test_pass_with_the_button_then_the_next_is_chosen(dock, database):
    path, _layers = database
    choose(dock, "LR-T1")
    assert dock.pass_button.isEnabled()
    QTest.mouseClick(dock.pass_button, Qt.LeftButton)
    wait(200)
    today = datetime.date.today().isoformat()
    # On PostGIS the database may name its login instead (issue 19, item 1).
    assert review_row(path, "LR-T1") in (
        ("passed", me(), today, None),
        ("passed", edit_log_signer(path), today, None),
    )
    action, who, before, after = last_log(path, "LR-T1")
    assert (action, who) == ("update", edit_log_signer(path))
    assert (before["qa_status"], after["qa_status"]) == ("pending", "passed")
    assert after["reviewed_on"] == today and before["reviewed_by"] is None
    assert queue(dock) == ["LR-T3", "LR-T2"]
    assert chosen(dock) == "LR-T2"  # the next one
    assert "Release LR-T1 passed." in message_texts(dock)
    assert review_row(path, "LR-T2")[0] == "pending"


def test_fail_needs_a_reason(dock, database):
    path, _layers = database
    choose(dock, "LR-T2")
    QTest.mouseClick(dock.fail_button, Qt.LeftButton)
    wait()
    assert review_row(path, "LR-T2") == ("pending", None, None, None)
    assert "Say why the release fails" in message_texts(dock)
    assert queue(dock) == ["LR-T3", "LR-T1", "LR-T2"]
    QTest.keyClicks(dock.reason_edit, "Fade-out zone not searched")
    QTest.mouseClick(dock.fail_button, Qt.LeftButton)
    wait(200)
    assert review_row(path, "LR-T2")[0::3] == ("failed", "Fade-out zone not searched")
    assert last_log(path, "LR-T2")[3]["review_remarks"] == "Fade-out zone not searched"
    assert dock.reason_edit.toPlainText() == ""
    assert queue(dock) == ["LR-T3", "LR-T1"]


def test_a_release_with_errors_asks_before_it_passes(dock, database, screenshots):
    path, layers = database
    # An editor moves LR-T3 half out of its hazard.
    layer = layers.release
    feature = next(f for f in layer.getFeatures() if f["release_id"] == "LR-T3")
    assert layer.startEditing()
    moved = square(X0 + 280, Y0 + 100, X0 + 330, Y0 + 300)
    assert layer.changeGeometry(feature.id(), QgsGeometry.fromWkt(moved))
    assert layer.commitChanges(), layer.commitErrors()
    wait(300)  # the queue follows the layer
    choose(dock, "LR-T1")
    choose(dock, "LR-T3")
    assert "1 error(s)" in dock.checks_label.text()
    assert "outside" in dock.checks_label.text()
    backend = "" if isinstance(path, str) else "_postgis"
    seen = answer_next_box(QMessageBox.No, screenshots / f"review_confirm_pass{backend}.png")
    QTest.mouseClick(dock.pass_button, Qt.LeftButton)
    wait(100)
    assert seen and "LR-T3" in seen[0] and "outside" in seen[0]
    assert review_row(path, "LR-T3")[0] == "pending"
    assert "was not passed" in message_texts(dock)
    seen = answer_next_box(QMessageBox.Yes)
    QTest.mouseClick(dock.pass_button, Qt.LeftButton)
    wait(200)
    assert seen
    assert review_row(path, "LR-T3")[0] == "passed"


def test_a_release_changed_since_listed_is_refused(dock, database):
    path, layers = database
    choose(dock, "LR-T1")
    dock.refresh_queue = lambda: None  # the listing the officer looks at stays as it was
    layer = layers.release
    feature = next(f for f in layer.getFeatures() if f["release_id"] == "LR-T1")
    assert layer.startEditing()
    assert layer.changeAttributeValue(feature.id(), layer.fields().indexOf("depth_cm"), 20)
    assert layer.commitChanges()
    QTest.mouseClick(dock.pass_button, Qt.LeftButton)
    wait()
    assert review_row(path, "LR-T1")[0] == "pending"
    assert "changed since the queue was listed" in message_texts(dock)


def test_the_keys_do_what_the_buttons_do(dock, database):
    path, _layers = database
    dock.queue_table.setFocus()
    choose(dock, "LR-T3")
    QTest.keyClick(dock.queue_table, Qt.Key_Down)
    wait()
    assert chosen(dock) == "LR-T1"
    QTest.keyClick(dock.queue_table, Qt.Key_Return, Qt.ControlModifier)
    wait(200)
    assert review_row(path, "LR-T1")[0] == "passed"
    assert chosen(dock) == "LR-T2"
    dock.reason_edit.setFocus()
    QTest.keyClicks(dock.reason_edit, "No marking")
    QTest.keyClick(dock.reason_edit, Qt.Key_F, Qt.ControlModifier | Qt.ShiftModifier)
    wait(200)
    assert review_row(path, "LR-T2")[0::3] == ("failed", "No marking")
    assert queue(dock) == ["LR-T3"]
    assert "Ctrl+Return" in dock.pass_button.toolTip()
    assert "Ctrl+Shift+F" in dock.fail_button.toolTip()


def editable(widget) -> bool:
    """Whether an editor takes typing (QGIS makes text editors read-only, others disabled)."""
    return widget.isEnabled() and not (hasattr(widget, "isReadOnly") and widget.isReadOnly())


def test_the_review_fields_are_read_only_in_the_forms(database, qgis_iface):
    _path, layers = database
    layer = layers.release
    feature = next(layer.getFeatures())
    assert layer.startEditing()
    try:
        form = QgsAttributeForm(layer, feature, QgsAttributeEditorContext())
        form.setMode(QgsAttributeEditorContext.SingleEditMode)
        form.show()
        wait()
        editors = {}
        for widget in form.findChildren(QWidget):
            wrapper = QgsEditorWidgetWrapper.fromWidget(widget)
            if wrapper is not None:
                editors.setdefault(wrapper.field().name(), widget)
        for name in ("qa_status", "reviewed_by", "reviewed_on", "review_remarks"):
            assert not editable(editors[name]), name
        assert editable(editors["remarks"]) and editable(editors["depth_cm"])
        form.close()
    finally:
        layer.rollBack()
    record = RecordReleaseDock(qgis_iface)
    try:
        wait()
        assert not editable(record.editor_widget("qa_status"))
        assert not editable(record.editor_widget("review_remarks"))
        assert editable(record.editor_widget("remarks"))
    finally:
        record.unload()
        record.deleteLater()


# ---------------------------------------------------------------------------------------------
# Screenshots in English and Russian, for a human look (LANDRELEASE_SCREENSHOTS)
# ---------------------------------------------------------------------------------------------

LRELEASE = next(
    (p for p in ("/usr/lib/qt5/bin/lrelease", shutil.which("lrelease")) if p and Path(p).exists()),
    None,
)
LOCALES = {"en": "en_US", "ru": "ru_RU"}


def tsv_translator(tsv: Path, column: int, folder: Path) -> QTranslator | None:
    """A translator made from a table of strings not yet in i18n/*.ts (context, source, az,
    ru, tab-separated): ``LANDRELEASE_EXTRA_TRANSLATIONS``, to look at new strings."""
    from xml.sax.saxutils import escape

    contexts: dict[str, list[tuple[str, str]]] = {}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) >= 4:
            contexts.setdefault(cells[0], []).append((cells[1], cells[column]))
    body = "".join(
        f"<context><name>{escape(name)}</name>"
        + "".join(
            f"<message><source>{escape(s)}</source><translation>{escape(t)}</translation></message>"
            for s, t in messages
        )
        + "</context>"
        for name, messages in contexts.items()
    )
    ts = folder / "extra.ts"
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?><TS version="2.1">{body}</TS>', "utf-8")
    subprocess.run([LRELEASE, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    translator = QTranslator(QApplication.instance())
    return translator if translator.load(str(ts.with_suffix(".qm"))) else None


@pytest.fixture(params=sorted(LOCALES))
def language(request, qgis_app, tmp_path):
    """QGIS in a language, with the plugin's translator (.qm built as make does)."""
    assert LRELEASE, "lrelease is missing (apt install qttools5-dev-tools)"
    for ts in sorted(i18n.I18N_DIR.glob("landrelease_*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([LRELEASE, "-silent", str(ts), "-qm", str(qm)], check=True)
    settings = QgsSettings()
    before = settings.value("locale/userLocale", None)
    settings.setValue("locale/userLocale", LOCALES[request.param])
    i18n.install_translator()
    extra = None
    tsv = os.environ.get("LANDRELEASE_EXTRA_TRANSLATIONS")
    if tsv and request.param == "ru":
        extra = tsv_translator(Path(tsv), 3, tmp_path)
        QCoreApplication.installTranslator(extra)
    yield request.param
    if extra is not None:
        QCoreApplication.removeTranslator(extra)
    i18n.remove_translator()
    if before is None:
        settings.remove("locale/userLocale")
    else:
        settings.setValue("locale/userLocale", before)


def test_the_dock_in_each_language(language, database, qgis_iface, screenshots):
    """The dock at the width of a side panel, a release with an error chosen: every label and
    button shows its whole text."""
    path, layers = database
    feature = next(f for f in layers.release.getFeatures() if f["release_id"] == "LR-T3")
    assert layers.release.startEditing()
    layers.release.changeAttributeValue(
        feature.id(), layers.release.fields().indexOf("start_date"), QDate(2026, 6, 15)
    )
    assert layers.release.commitChanges()
    widget = ReviewReleasesDock(qgis_iface)
    try:
        widget.resize(420, 640)
        widget.show()
        wait(200)
        assert queue(widget)[0] == "LR-T3"
        assert "1" in widget.checks_label.text()
        widget.reason_edit.setPlainText("…")
        wait()
        backend = "" if isinstance(path, str) else "_postgis"
        widget.grab().save(str(screenshots / f"review_releases_{language}{backend}.png"))
        for button in (widget.pass_button, widget.fail_button):
            assert button.width() >= button.sizeHint().width(), (language, button.text())
        for label in (widget.database_label, widget.scope_label, widget.extent_radio):
            assert label.width() >= label.sizeHint().width(), (language, label.text())
        assert widget.minimumSizeHint().width() <= 420, language
    finally:
        widget.unload()
        widget.close()
        widget.deleteLater()
        wait()
