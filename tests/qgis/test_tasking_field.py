"""The tasking map a team leader takes to the field (issue 17, item 7): what is already
released, evidence and tasks drawn; status in words, the district's name, the numeric scale in
the language's convention, the task block with CASEVAC and signatures; an SHA not pegged out
printed without a point table."""

from __future__ import annotations

import re
import subprocess

import pytest
from qgis.core import QgsProcessingContext, QgsProject

from landrelease.storage.database import load_database

from .test_delineate import UTM, X0, Y0


def run(algorithm, params):
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(algorithm, params, context=context)


def square(x, y, w):
    return (
        f"POLYGON(({X0 + x} {Y0 + y}, {X0 + x + w} {Y0 + y}, {X0 + x + w} {Y0 + y + w}, "
        f"{X0 + x} {Y0 + y + w}, {X0 + x} {Y0 + y}))"
    )


def add(layer, wkt, **values):
    from qgis.core import QgsFeature, QgsGeometry

    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt(wkt))
    for name, value in values.items():
        feature[name] = value
    assert layer.dataProvider().addFeatures([feature]), layer.dataProvider().errors()


@pytest.fixture
def database(provider, tmp_path):
    path = tmp_path / "field.gpkg"
    run("landrelease:createdatabase", {"OUTPUT": str(path), "CRS": UTM})
    layers = load_database(str(path), QgsProject.instance())
    district = square(-5000, -5000, 10000).replace("POLYGON", "MULTIPOLYGON(") + ")"
    add(layers["district"], district, code="AGD", name="Ağdam", name_en="Aghdam")
    add(layers["hazard"], square(0, 0, 200), hazard_id="CHA-AGD-0001", classification="CHA",
        status="open", district="AGD")  # fmt: skip
    add(layers["hazard"], square(1000, 0, 400), hazard_id="SHA-AGD-0001", classification="SHA",
        status="open", district="AGD")  # fmt: skip
    add(layers["land_release"], square(0, 0, 100), release_id="LR-1", hazard_id="CHA-AGD-0001",
        activity="clearance", outcome="cleared", end_date="2026-01-10")  # fmt: skip
    add(layers["evidence"], f"POINT({X0 + 150} {Y0 + 150})", evidence_id="E1",
        evidence_type="visual_mine")  # fmt: skip
    add(layers["task"], square(0, 100, 100), task_id="CHA-AGD-0001-T01",
        hazard_id="CHA-AGD-0001")  # fmt: skip
    yield layers
    QgsProject.instance().removeAllMapLayers()


def pdf_pages(path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")


@pytest.mark.parametrize(
    "language, status, cleared, separator",
    [
        (1, "Worked on", "Cleared", (",",)),
        (3, "В работе", "Очищен", ("\u00a0", " ")),  # pdftotext may give the space plain
        (2, "İş gedir", None, ("\u00a0", " ")),
    ],
)
def test_the_field_map_in_each_language(database, tmp_path, language, status, cleared, separator):
    out = tmp_path / "maps.pdf"
    run(
        "landrelease:taskingmaps",
        {
            "INPUT": database["hazard"],
            "RELEASES": database["land_release"],
            "EVIDENCE": database["evidence"],
            "TASKS": database["task"],
            "EMERGENCY_CONTACT": "Field hospital Ağdam +994 12 345 67 89",
            "LANGUAGE": language,
            "OUTPUT": str(out),
        },
    )
    cha, sha = pdf_pages(out)[:2]
    assert "Ağdam (AGD)" in cha  # the district's name, not its code alone
    assert "Field hospital Ağdam +994 12 345 67 89" in cha
    assert status in cha  # the status in words (a release is recorded: worked on)
    if cleared is not None:
        assert cleared in cha  # the legend shows the release drawn on this page
    scale = re.search(r"1:(\d[\d.,\u00a0\u202f ]*\d)", cha)
    assert scale, cha[-800:]
    digits = scale.group(1)
    assert int(re.sub(r"\D", "", digits)) > 1000, digits
    assert any(s in digits for s in separator), digits
    table_row = r"\b[1-9]\s+\S+\s+64\d{4}\s+44\d{5}\s"
    assert len(re.findall(table_row, cha)) == 4  # the CHA's four corners
    assert not re.search(table_row, sha)  # the SHA: no point table


def test_the_sha_page_says_why_it_has_no_point_table(database, tmp_path):
    out = tmp_path / "maps.pdf"
    run("landrelease:taskingmaps", {"INPUT": database["hazard"], "LANGUAGE": 1, "OUTPUT": str(out)})
    cha, sha = pdf_pages(out)[:2]
    assert "not pegged out" in sha and "not pegged out" not in cha
    assert "CHA-AGD-0001" in cha and "SHA-AGD-0001" in sha
    for page in (cha, sha):
        assert "Prepared:" in page and "Checked:" in page and "Approved:" in page
        assert "CASEVAC" in page


def test_a_selection_survives_the_refresh_of_due_figures(database, tmp_path):
    """The release added above left the CHA's figures due: the run recomputes them first,
    which reloads the layer; the selection is kept, so only the chosen hazard prints."""
    from qgis.core import QgsProcessingFeatureSourceDefinition

    hazards = database["hazard"]
    hazards.selectByExpression("\"hazard_id\" = 'CHA-AGD-0001'")
    out = tmp_path / "selected.pdf"
    source = QgsProcessingFeatureSourceDefinition(hazards.id(), selectedFeaturesOnly=True)
    run("landrelease:taskingmaps", {"INPUT": source, "LANGUAGE": 1, "OUTPUT": str(out)})
    pages = [p for p in pdf_pages(out) if p.strip()]
    assert len(pages) == 1 and "CHA-AGD-0001" in pages[0]
    assert [f["hazard_id"] for f in hazards.selectedFeatures()] == ["CHA-AGD-0001"]
