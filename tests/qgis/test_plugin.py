"""The plugin's load/unload cycle in QGIS: menu, toolbar and provider come and go cleanly."""

from __future__ import annotations

import configparser
from pathlib import Path

import pytest
from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtWidgets import QMenu, QToolBar

import landrelease
from landrelease.plugin import MENU_OBJECT_NAME, TOOLBAR_OBJECT_NAME
from landrelease.processing.provider import ALGORITHMS

ROOT = Path(landrelease.__file__).resolve().parent
_KEEP: list = []


@pytest.fixture
def no_session_provider(qgis_app):
    """Take the test session's provider out while the plugin registers its own."""
    registry = QgsApplication.processingRegistry()
    had = registry.providerById("landrelease") is not None
    if had:
        registry.removeProvider("landrelease")
    yield registry
    if registry.providerById("landrelease") is not None:
        registry.removeProvider("landrelease")
    if had:
        from landrelease.processing.provider import LandReleaseProvider

        _KEEP.append(LandReleaseProvider())  # the registry does not own it
        registry.addProvider(_KEEP[-1])


def menus(window):
    return [m for m in window.findChildren(QMenu, MENU_OBJECT_NAME) if m.menuAction()]


def toolbars(window):
    return window.findChildren(QToolBar, TOOLBAR_OBJECT_NAME)


def test_load_unload_load_again(qgis_iface, no_session_provider):
    registry = no_session_provider
    window = qgis_iface.mainWindow()
    for _cycle in range(2):
        plugin = landrelease.classFactory(qgis_iface)
        plugin.initGui()
        QgsApplication.processEvents()
        menu_actions = [a for a in window.menuBar().actions() if a.menu()]
        ours = [a for a in menu_actions if a.menu().objectName() == MENU_OBJECT_NAME]
        assert len(ours) == 1
        texts = [a.text() for a in ours[0].menu().actions() if not a.isSeparator()]
        assert texts[:3] == [
            "New Database…",
            "Open Database…",
            "Connect to Shared Database (PostGIS)…",
        ]
        assert "Record Land Release…" in texts
        assert len(toolbars(window)) == 1
        assert [a.text() for a in toolbars(window)[0].actions()] == [
            "New Database…",
            "Open Database…",
            "Record Land Release…",
            "Turning Points…",
        ]
        provider = registry.providerById("landrelease")
        assert provider is not None
        assert provider.name() == "Land release (mine action)"
        assert registry.algorithmById("landrelease:createdatabase") is not None
        # Every analysis in the menu opens an algorithm that exists (Processing's own dialog).
        algorithm_ids = [a.data() for a in ours[0].menu().actions() if a.data()]
        assert len(algorithm_ids) == len(ALGORITHMS)
        assert [i for i in algorithm_ids if registry.algorithmById(i) is None] == []
        assert {a.id() for a in provider.algorithms()} == set(algorithm_ids)

        plugin.unload()
        QgsApplication.processEvents()
        from qgis.PyQt.QtCore import QCoreApplication, QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
        assert registry.providerById("landrelease") is None
        assert registry.algorithmById("landrelease:createdatabase") is None
        assert not [
            a
            for a in window.menuBar().actions()
            if a.menu() and a.menu().objectName() == MENU_OBJECT_NAME
        ]
        assert toolbars(window) == []
        assert menus(window) == []


def test_init_processing_alone_as_qgis_process_does(qgis_iface, no_session_provider):
    plugin = landrelease.classFactory(qgis_iface)
    plugin.initProcessing()
    plugin.initProcessing()  # QGIS may call it again: one provider only
    assert no_session_provider.providerById("landrelease") is not None
    plugin.unload()
    assert no_session_provider.providerById("landrelease") is None


def test_metadata_has_every_field_the_plugin_repository_requires():
    parser = configparser.ConfigParser()
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    general = parser["general"]
    for key in (
        "name", "qgisMinimumVersion", "description", "about", "version", "author", "email",
        "repository", "tracker", "homepage", "tags", "category", "icon", "changelog",
        "hasProcessingProvider",
    ):  # fmt: skip
        assert general.get(key, "").strip(), key
    assert general["name"] == "Land Release"
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["hasProcessingProvider"] == "yes"
    assert (ROOT / general["icon"]).is_file()
    minimum = tuple(int(p) for p in general["qgisMinimumVersion"].split("."))
    assert Qgis.QGIS_VERSION_INT >= minimum[0] * 10000 + minimum[1] * 100


def test_resources_qrc_lists_existing_icons():
    import re

    qrc = (ROOT / "resources.qrc").read_text(encoding="utf-8")
    files = re.findall(r"<file>([^<]+)</file>", qrc)
    assert files
    for name in files:
        assert (ROOT / name).is_file(), name


def test_turning_points_needs_a_database_then_opens(
    new_gpkg, qgis_iface, qgis_new_project, no_session_provider
):
    from qgis.core import QgsProject

    from landrelease.storage.database import load_database

    plugin = landrelease.classFactory(qgis_iface)
    plugin.initGui()
    try:
        plugin.turning_points()
        assert plugin.turning_points_dialog is None  # a warning in the message bar instead
        load_database(str(new_gpkg), QgsProject.instance())
        plugin.turning_points()
        dialog = plugin.turning_points_dialog
        assert dialog is not None and dialog.isVisible()
        assert dialog.layers.hazard.name() == "hazard"
    finally:
        plugin.unload()
        QgsProject.instance().clear()
