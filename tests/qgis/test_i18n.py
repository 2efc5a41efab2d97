"""The plugin speaks the language of QGIS: Azerbaijani and Russian, through the .qm files that
``make translations`` builds. Each test installs the translator the way the plugin does and
removes it afterwards, so that every other test stays English."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QMenu

import landrelease
from landrelease.plugin import MENU_OBJECT_NAME
from landrelease.toolbelt import i18n

LRELEASE = next(
    (p for p in ("/usr/lib/qt5/bin/lrelease", shutil.which("lrelease")) if p and Path(p).exists()),
    None,
)

# What each language must show (spot checks; the .ts files hold every string).
EXPECTED = {
    "az": {
        "menu": "Ərazinin azad edilməsi",
        "action": "Yeni məlumat bazası…",
        "dialog": "Yeni ərazinin azad edilməsi məlumat bazası",
        "label": "Saxlama koordinat sistemi",
        "algorithm": "Şübhəli təhlükəli əraziləri (ŞTƏ) müəyyənləşdir",
        "cleared": "Təmizlənmiş",
    },
    "ru": {
        "menu": "Высвобождение земель",
        "action": "Новая база данных…",
        "dialog": "Новая база данных высвобождения земель",
        "label": "Система координат хранения",
        "algorithm": "Оконтурить подозреваемые опасные области (ПОО)",
        "cleared": "Очищена",
    },
}


@pytest.fixture(scope="module", autouse=True)
def qm_files():
    """The .qm files, built from the .ts files when they are missing or older (as make does)."""
    for ts in sorted(i18n.I18N_DIR.glob("landrelease_*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            if LRELEASE is None:
                pytest.skip("lrelease is missing (apt install qttools5-dev-tools)")
            subprocess.run([LRELEASE, "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture(params=sorted(EXPECTED))
def language(request, qgis_app):
    """QGIS set to the language (``az_AZ``, ``ru_RU``); the user's setting restored after."""
    settings = QgsSettings()
    before = settings.value("locale/userLocale", None)
    settings.setValue("locale/userLocale", f"{request.param}_{request.param.upper()}")
    yield request.param
    i18n.remove_translator()
    if before is None:
        settings.remove("locale/userLocale")
    else:
        settings.setValue("locale/userLocale", before)
    assert QgsApplication.translate("LandReleasePlugin", "Land Release") == "Land Release"


@pytest.fixture
def translated(language):
    """The plugin's translator for QGIS's locale, installed by the plugin's own function."""
    assert i18n.qgis_locale().startswith(language)
    assert i18n.install_translator() is not None
    yield EXPECTED[language]


def test_plugin_menu_in_the_language_of_qgis(language, qgis_iface):
    plugin = landrelease.classFactory(qgis_iface)  # installs the translator of QGIS's locale
    plugin.initGui()
    try:
        menus = [
            m
            for m in qgis_iface.mainWindow().findChildren(QMenu, MENU_OBJECT_NAME)
            if m.menuAction() in qgis_iface.mainWindow().menuBar().actions()
        ]
        assert len(menus) == 1
        assert menus[0].title() == EXPECTED[language]["menu"]
        texts = [a.text() for a in menus[0].actions() if not a.isSeparator()]
        assert texts[0] == EXPECTED[language]["action"]
    finally:
        plugin.unload()  # removes the translator
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    assert QgsApplication.translate("LandReleasePlugin", "New Database…") == "New Database…"


def test_new_database_dialog(translated, qgis_iface):
    from landrelease.dialogs.new_database import NewDatabaseDialog

    dialog = NewDatabaseDialog(qgis_iface)
    try:
        assert dialog.windowTitle() == translated["dialog"]  # from the .ui file
        labels = [w.text() for w in dialog.findChildren(type(dialog.messageLabel))]
        assert translated["label"] in labels
        assert dialog.messageLabel.text() != "Choose where to save the new database."
    finally:
        dialog.deleteLater()


def test_algorithms(translated, provider):
    registry = QgsApplication.processingRegistry()
    sha = registry.algorithmById("landrelease:delineatesha")
    assert sha.displayName() == translated["algorithm"]
    for algorithm in provider.algorithms():
        if algorithm.id() in ("landrelease:splittasks", "landrelease:taskingmaps"):
            continue  # being written: translated later
        if algorithm.id() == "landrelease:areareport":
            continue
        english = type(algorithm).DISPLAY_NAME
        assert algorithm.displayName() != english, algorithm.id()
        assert algorithm.shortHelpString() != type(algorithm).HELP, algorithm.id()
        fresh = algorithm.create()  # parameters are made (and translated) by initAlgorithm
        for parameter in fresh.parameterDefinitions():
            assert parameter.description(), (algorithm.id(), parameter.name())
        descriptions = [p.description() for p in fresh.parameterDefinitions()]
        original = [
            p.description() for p in registry.algorithmById(algorithm.id()).parameterDefinitions()
        ]
        if original:  # the session's instance was made in English
            assert descriptions != original, algorithm.id()


def test_code_list_labels_in_a_new_database(translated, tmp_path, provider):
    import processing

    from landrelease.storage.database import open_layers

    path = tmp_path / "landrelease.gpkg"
    processing.run(
        "landrelease:createdatabase",
        {"OUTPUT": str(path), "CRS": QgsCoordinateReferenceSystem("EPSG:32638")},
    )
    layers = open_layers(str(path))
    release = layers["land_release"]
    setup = release.editorWidgetSetup(release.fields().indexOf("outcome"))
    labels = {code: label for entry in setup.config()["map"] for label, code in entry.items()}
    assert labels["cleared"] == translated["cleared"]


def test_unknown_language_stays_english(qgis_app):
    assert i18n.install_translator("xx_XX") is None
    assert i18n.qm_file("ru-RU") is not None
    assert QgsApplication.translate("LandReleasePlugin", "Land Release") == "Land Release"
