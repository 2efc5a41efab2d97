"""Algorithm dialogs open on the layers of the project's land release database (issue 17, 3)."""

from __future__ import annotations

import pytest
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer

from landrelease.processing import default_inputs
from landrelease.processing.algorithm import HELP_URL
from landrelease.storage.database import load_database


@pytest.fixture
def two_databases(make_database, qgis_iface):
    project = QgsProject.instance()
    # A point layer before the database's: what QGIS would pick for a point input by itself.
    stray = QgsVectorLayer("Point?crs=EPSG:32638&field=id:integer", "stray points", "memory")
    project.addMapLayer(stray)
    first = load_database(make_database("gpkg", "first"), project)
    second = load_database(make_database("gpkg", "second"), project)
    top = project.layerTreeRoot().findLayers()[0].layer()
    if top.id() in {layer.id() for layer in second.values()}:
        first, second = second, first  # the first is the one on top of the layers panel
    yield first, second
    project.removeAllMapLayers()


def created(algorithm_id: str):
    return QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)


def default_of(algorithm, name: str):
    return algorithm.parameterDefinition(name).defaultValue()


def test_required_inputs_default_to_their_land_release_layer(two_databases):
    first, _second = two_databases
    cha = created("landrelease:delineatecha")
    assert default_of(cha, "EVIDENCE") == first["evidence"].id()
    assert default_of(cha, "MINEFIELDS") is None  # optional: left out unless chosen
    traverse = created("landrelease:traverse")
    assert default_of(traverse, "LEGS") == first["traverse_leg"].id()
    assert default_of(traverse, "START") == first["survey_point"].id()
    summary = created("landrelease:releasesummary")
    assert default_of(summary, "HAZARDS") == first["hazard"].id()
    assert default_of(summary, "RELEASES") == first["land_release"].id()
    report = created("landrelease:areareport")
    assert default_of(report, "RELEASES") == first["land_release"].id()
    assert default_of(created("landrelease:taskingmaps"), "INPUT") == first["hazard"].id()
    assert default_of(created("landrelease:delineatesha"), "LINE") == (
        first["line_of_contact"].id()
    )
    checks = created("landrelease:checkdata")
    assert [default_of(checks, n) for n in ("HAZARDS", "RELEASES", "EVIDENCE")] == [None] * 3


def test_the_menu_fills_optional_inputs_too_from_the_active_layers_database(two_databases):
    first, second = two_databases
    checks = created("landrelease:checkdata")
    assert default_inputs.initial_values(checks, QgsProject.instance(), second["task"]) == {
        "HAZARDS": second["hazard"].id(),
        "RELEASES": second["land_release"].id(),
        "EVIDENCE": second["evidence"].id(),
    }
    maps = created("landrelease:taskingmaps")
    assert default_inputs.initial_values(maps, QgsProject.instance(), first["hazard"]) == {
        "INPUT": first["hazard"].id(),
        "POINTS": first["survey_point"].id(),
        "RELEASES": first["land_release"].id(),
        "EVIDENCE": first["evidence"].id(),
        "TASKS": first["task"].id(),
    }


def test_no_database_no_defaults(qgis_iface):
    QgsProject.instance().removeAllMapLayers()
    cha = created("landrelease:delineatecha")
    assert default_of(cha, "EVIDENCE") is None
    assert default_inputs.initial_values(cha) == {}


def test_the_dialog_shows_the_evidence_layer_and_has_help(two_databases, qgis_iface, monkeypatch):
    from processing.gui import ParametersPanel
    from processing.gui.AlgorithmDialog import AlgorithmDialog
    from qgis.gui import QgsBrowserGuiModel

    first, _second = two_databases
    browser = QgsBrowserGuiModel()
    monkeypatch.setattr(ParametersPanel, "iface", qgis_iface)
    monkeypatch.setattr(qgis_iface, "browserModel", lambda: browser, raising=False)
    algorithm = created("landrelease:delineatecha")
    assert algorithm.helpUrl() == HELP_URL
    dialog = AlgorithmDialog(algorithm, False, None)
    try:
        wrapper = dialog.mainWidget().wrappers["EVIDENCE"]
        value = wrapper.parameterValue()
        layer_id = value if isinstance(value, str) else value.source.staticValue()
        assert layer_id == first["evidence"].id()
    finally:
        dialog.deleteLater()
