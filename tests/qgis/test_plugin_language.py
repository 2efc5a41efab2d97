"""The plugin's own interface language, whatever QGIS's (issue 17, item 2)."""

from __future__ import annotations

import pytest
from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QMenu

import landrelease
from landrelease.plugin import MENU_OBJECT_NAME
from landrelease.toolbelt import i18n

from .test_plugin import no_session_provider  # noqa: F401 - a fixture


@pytest.fixture
def english_qgis():
    settings = QgsSettings()
    before = settings.value("locale/userLocale", "")
    settings.setValue("locale/userLocale", "en_US")
    i18n.set_chosen_language("")
    yield
    i18n.set_chosen_language("")
    settings.setValue("locale/userLocale", before)
    i18n.remove_translator()


def settle():
    for _ in range(3):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def our_menu(window) -> QMenu:
    found = [
        a.menu()
        for a in window.menuBar().actions()
        if a.menu() and a.menu().objectName() == MENU_OBJECT_NAME
    ]
    assert len(found) == 1
    return found[0]


def texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def language_actions(menu: QMenu) -> dict[str, object]:
    submenu = menu.findChild(QMenu, "mLandReleaseLanguageMenu")
    return {a.data(): a for a in submenu.actions()}


def test_an_officer_on_an_english_qgis_switches_to_azerbaijani_and_back(
    qgis_iface,
    no_session_provider,  # noqa: F811 - the fixture imported above
    english_qgis,
):
    window = qgis_iface.mainWindow()
    plugin = landrelease.classFactory(qgis_iface)
    plugin.initGui()
    try:
        menu = our_menu(window)
        assert menu.title() == "Land Release"
        assert "Record Land Release…" in texts(menu)
        choices = language_actions(menu)
        assert list(choices) == ["", "en", "az", "ru"]
        assert choices[""].isChecked()

        choices["az"].trigger()
        settle()
        assert i18n.chosen_language() == "az"
        menu = our_menu(window)
        assert menu.title() == "Ərazinin azad edilməsi"
        assert "Ərazinin azad edilməsini qeydə al…" in texts(menu)
        assert language_actions(menu)["az"].isChecked()
        algorithm = QgsApplication.processingRegistry().algorithmById("landrelease:delineatecha")
        assert algorithm.displayName() != "Delineate CHA"  # the toolbox speaks Azerbaijani
        assert i18n.number_text(19238.61, 2) == "19\u00a0238,61"

        language_actions(menu)["ru"].trigger()
        settle()
        assert our_menu(window).title() == "Высвобождение земель"
        assert i18n.number_text(19238.61, 2) == "19\u00a0238,61"

        language_actions(our_menu(window))[""].trigger()
        settle()
        assert our_menu(window).title() == "Land Release"
        assert i18n.chosen_language() == ""
        assert i18n.number_text(19238.61, 2) == "19,238.61"
    finally:
        plugin.unload()
        settle()


def test_the_choice_is_kept_for_the_next_start(qgis_iface, english_qgis):
    i18n.set_chosen_language("ru")
    assert i18n.interface_locale() == "ru"
    assert i18n.install_translator() is not None
    assert QCoreApplication.translate("LandReleasePlugin", "Land Release") == (
        "Высвобождение земель"
    )
    i18n.set_chosen_language("xx")  # not one of ours: follow QGIS
    assert i18n.chosen_language() == "" and i18n.interface_language() == "en"


def legend_labels(layer) -> list[str]:
    return [category.label() for category in layer.renderer().categories()]


def test_layer_names_and_legends_follow_the_language(
    qgis_iface,
    no_session_provider,  # noqa: F811 - the fixture imported above
    english_qgis,
    new_gpkg,
    tmp_path,
):
    """The layer tree says "Hazardous area" in English and "Опасная область" in Russian, with
    the legend's categories in the same language, when a database is opened, when the
    language changes and when a saved project is opened again; layer names stay table names."""
    from qgis.core import QgsProject

    from landrelease.storage.database import load_database

    project = QgsProject.instance()
    plugin = landrelease.classFactory(qgis_iface)
    plugin.initGui()
    try:
        layers = load_database(str(new_gpkg), project)
        settle()
        root = project.layerTreeRoot()
        assert root.findLayer(layers["hazard"].id()).name() == "Hazardous area"
        assert legend_labels(layers["land_release"]) == ["Cancelled", "Reduced", "Cleared"]

        language_actions(our_menu(qgis_iface.mainWindow()))["ru"].trigger()
        settle()
        assert root.findLayer(layers["hazard"].id()).name() == "Опасная область"
        assert root.findLayer(layers["survey_point"].id()).name() == "Точка обследования"
        assert legend_labels(layers["land_release"]) == ["Исключена", "Сокращена", "Очищена"]
        assert layers["hazard"].name() == "hazard"  # algorithms and scripts find it by this
        outcome = layers["land_release"].fields().indexOf("outcome")
        assert layers["land_release"].attributeDisplayName(outcome) == "Результат"
        setup = layers["land_release"].editorWidgetSetup(outcome)
        assert setup.type() == "ValueMap", (setup.type(), setup.config())
        words = setup.config()["map"]
        assert [list(w)[0] for w in words] == ["Исключена", "Сокращена", "Очищена"]
        relation = project.relationManager().relation("hazard_land_release")
        assert relation.isValid() and relation.name() == "Высвобожденные участки"
        assert project.mapLayersByName("land_release") == [layers["land_release"]]

        saved = tmp_path / "work.qgs"
        assert project.write(str(saved))
        project.clear()
        assert project.read(str(saved))
        settle()
        hazard = project.mapLayersByName("hazard")[0]
        assert root.findLayer(hazard.id()).name() == "Опасная область"
        release = project.mapLayersByName("land_release")[0]
        assert legend_labels(release) == ["Исключена", "Сокращена", "Очищена"]
    finally:
        project.clear()
        plugin.unload()
        settle()
