"""Outputs loaded into the project get the land release styles (issue 17, item 4)."""

from __future__ import annotations

import pytest
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsProject,
    QgsRuleBasedRenderer,
)

from landrelease.core import symbology as sym

from .test_delineate import UTM, X0, Y0, evidence_rows


@pytest.fixture(autouse=True)
def no_desktop_layer_tree(monkeypatch):
    """QGIS 3.40's result loading asks the desktop's layer tree view for the current node; the
    test interface has none (a run from qgis_process or a script has no iface either)."""
    from processing.gui import Postprocessing

    monkeypatch.setattr(Postprocessing, "iface", None, raising=False)


def loaded(algorithm: str, params: dict) -> dict:
    """The run's outputs as the layers Processing loaded into the project, by output name."""
    import processing

    result = processing.runAndLoadResults(algorithm, params)
    project = QgsProject.instance()
    return {
        key: project.mapLayer(value)
        for key, value in result.items()
        if isinstance(value, str) and project.mapLayer(value) is not None
    }


def label_settings(layer):
    assert layer.labelsEnabled()
    return layer.labeling().settings()


def test_cha_and_turning_points_land_styled(provider, make_layer):
    evidence = make_layer("Point", UTM, evidence_rows(), fields={"evidence_type": str})
    try:
        layers = loaded(
            "landrelease:delineatecha",
            {"EVIDENCE": evidence, "OUTPUT": "memory:", "OUTPUT_POINTS": "memory:"},
        )
        chas, points = layers["OUTPUT"], layers["OUTPUT_POINTS"]
        assert chas.featureCount() == 2
        renderer = chas.renderer()
        assert isinstance(renderer, QgsRuleBasedRenderer)
        fill_rules = renderer.rootRule().children()[0].children()
        assert [r.filterExpression() for r in fill_rules] == [
            "\"classification\" = 'CHA'",
            "\"classification\" = 'SHA'",
        ]
        assert fill_rules[0].symbol().color().name() == sym.HAZARD_FILL["CHA"].colour.lower()
        assert label_settings(chas).fieldName == '"hazard_id"'
        numbers = label_settings(points)
        assert numbers.fieldName == '"seq"'
        assert numbers.scaleVisibility and numbers.minimumScale == sym.POINT_LABEL_MIN_SCALE
    finally:
        QgsProject.instance().removeAllMapLayers()


def test_a_second_run_is_styled_too(provider, make_layer):
    evidence = make_layer("Point", UTM, evidence_rows(), fields={"evidence_type": str})
    try:
        for _run in range(2):
            layers = loaded("landrelease:delineatecha", {"EVIDENCE": evidence, "OUTPUT": "memory:"})
            assert isinstance(layers["OUTPUT"].renderer(), QgsRuleBasedRenderer)
            QgsProject.instance().removeMapLayer(layers["OUTPUT"])
    finally:
        QgsProject.instance().removeAllMapLayers()


def test_findings_styled_by_severity(provider, make_layer):
    hazards = make_layer(
        "Polygon",
        UTM,
        [
            (f"POLYGON(({X0} {Y0}, {X0 + 100} {Y0}, {X0 + 100} {Y0 + 100}, {X0} {Y0}))", {}),
            (f"POLYGON(({X0} {Y0}, {X0 + 100} {Y0}, {X0 + 100} {Y0 + 100}, {X0} {Y0}))", {}),
        ],
        fields={"hazard_id": str},
    )
    try:
        layers = loaded("landrelease:checkdata", {"HAZARDS": hazards, "OUTPUT": "memory:"})
        findings = layers["OUTPUT"]
        assert findings.featureCount() > 0
        renderer = findings.renderer()
        assert isinstance(renderer, QgsCategorizedSymbolRenderer)
        assert renderer.classAttribute() == "severity"
        colours = {c.value(): c.symbol().color().name() for c in renderer.categories()}
        assert colours == {"error": "#d32f2f", "warning": "#f57c00"}
        severities = {f["severity"] for f in findings.getFeatures()}
        assert severities <= set(colours)
    finally:
        QgsProject.instance().removeAllMapLayers()
