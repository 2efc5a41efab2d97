"""The Turning points dialog in English, Azerbaijani and Russian: it fits a laptop screen
(1366 × 768) with a Soviet record typed in, and its words are the language's. Screenshots are
saved for a human look (``LANDRELEASE_SCREENSHOTS``)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsSettings
from qgis.PyQt.QtWidgets import QApplication

from landrelease.dialogs.turning_points import TurningPointsDialog
from landrelease.storage import recording
from landrelease.storage.database import load_database
from landrelease.toolbelt import i18n

LRELEASE = next(
    (p for p in ("/usr/lib/qt5/bin/lrelease", shutil.which("lrelease")) if p and Path(p).exists()),
    None,
)
LAPTOP_WIDTH, LAPTOP_HEIGHT = 1366, 768
LOCALES = {"en": "en_US", "az": "az_AZ", "ru": "ru_RU"}
WORDS = {"en": "Minefield record", "az": "Mina sahəsi formulyarı", "ru": "Формуляр минного поля"}
LEGS = [
    ("start", "9-06", "178"),
    ("turning", "12-50", "200"),
    ("turning", "27-50", "100"),
    ("turning", "42-50", "200"),
    ("end", "57-50", "99,6"),
]


@pytest.fixture(params=sorted(LOCALES))
def language(request, qgis_app):
    """QGIS in a language, with the plugin's translator (.qm built as make does)."""
    for ts in sorted(i18n.I18N_DIR.glob("landrelease_*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            assert LRELEASE, "lrelease is missing (apt install qttools5-dev-tools)"
            subprocess.run([LRELEASE, "-silent", str(ts), "-qm", str(qm)], check=True)
    settings = QgsSettings()
    before = settings.value("locale/userLocale", None)
    settings.setValue("locale/userLocale", LOCALES[request.param])
    i18n.install_translator()
    yield request.param
    i18n.remove_translator()
    if before is None:
        settings.remove("locale/userLocale")
    else:
        settings.setValue("locale/userLocale", before)


def test_the_dialog_fits_a_laptop_in_every_language(
    language, make_database, qgis_iface, screenshots
):
    project = QgsProject.instance()
    project.clear()
    load_database(make_database("gpkg", f"records_{language}"), project)
    layers = recording.find_layers(project)
    qgis_iface.mapCanvas().setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:32638"))
    dialog = TurningPointsDialog(qgis_iface, layers, target="record")
    try:
        dialog.show()
        dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData("mil6000"))
        dialog.north_combo.setCurrentIndex(dialog.north_combo.findData("magnetic"))
        dialog.record_date_edit.setText("15.06.1993")
        dialog.set_row(0, "reference", coordinate="X=4430293 Y=8664944", remarks="sheepfold")
        for row, (point_type, bearing, distance) in enumerate(LEGS, start=1):
            dialog.set_row(row, point_type, bearing=bearing, distance=distance)
        dialog.recompute()
        QApplication.processEvents()
        minimum = dialog.minimumSizeHint()
        dialog.resize(LAPTOP_WIDTH - 40, LAPTOP_HEIGHT - 100)
        QApplication.processEvents()
        dialog.grab().save(str(screenshots / f"turning_points_record_{language}.png"))
        assert minimum.width() <= LAPTOP_WIDTH - 40, (language, minimum.width())
        assert minimum.height() <= LAPTOP_HEIGHT - 100, (language, minimum.height())
        assert dialog.record_radio.text() == WORDS[language]
        assert dialog.computation().result is not None  # the record computes in every language
    finally:
        dialog.close()
        dialog.deleteLater()
        QApplication.processEvents()
        project.clear()
