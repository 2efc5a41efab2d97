"""landrelease:taskingmaps: one PDF page per area, read back with poppler's pdftotext."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
)

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
    reason="poppler-utils (pdftotext, pdfinfo) not installed",
)

# Three hazards near Aghdam, in WGS 84 (the maps are drawn in UTM 38N, EPSG:32638).
CHA1 = [(46.9200, 40.0000), (46.9240, 39.9990), (46.9235, 39.9960), (46.9195, 39.9965)]
CHA2 = [(46.9400, 40.0100), (46.9450, 40.0100), (46.9450, 40.0060), (46.9400, 40.0060)]
SHA3 = [(46.9000, 39.9800), (46.9080, 39.9810), (46.9060, 39.9750)]
CHA1_POINTS = [  # CHA turning points as landrelease:delineatecha writes them (seq 1 = north)
    (1, "turning", CHA1[0]),
    (2, "turning", CHA1[1]),
    (3, "turning", CHA1[2]),
    (4, "turning", CHA1[3]),
]


def _wkt(ring):
    closed = [*ring, ring[0]]
    return "POLYGON((" + ", ".join(f"{x} {y}" for x, y in closed) + "))"


@pytest.fixture
def hazards(make_layer):
    fields = {"hazard_id": str, "classification": str, "status": str, "district": str}
    return make_layer(
        "Polygon",
        "EPSG:4326",
        [
            (_wkt(SHA3), {"hazard_id": "SHA-AGD-0003", "classification": "SHA",
                          "status": "open", "district": "Ağdam"}),
            (_wkt(CHA1), {"hazard_id": "CHA-AGD-0001", "classification": "CHA",
                          "status": "open", "district": "AGD"}),
            (_wkt(CHA2), {"hazard_id": "CHA-AGD-0002", "classification": "CHA",
                          "status": "worked_on", "district": "AGD"}),
        ],
        fields,
    )  # fmt: skip


@pytest.fixture
def turning_points(make_layer):
    rows = [
        (f"POINT({x} {y})", {"hazard_id": "CHA-AGD-0001", "point_type": kind, "seq": seq})
        for seq, kind, (x, y) in CHA1_POINTS
    ]
    return make_layer("Point", "EPSG:4326", rows)


def _utm(lonlat):
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsCoordinateReferenceSystem("EPSG:32638"),
        QgsProject.instance(),
    )
    p = transform.transform(QgsPointXY(*lonlat))
    return f"{p.x():.0f}", f"{p.y():.0f}"


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return [page for page in text.split("\f") if page.strip()]


def _page_size(pdf: Path) -> tuple[float, float]:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    match = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    assert match, info
    return float(match.group(1)), float(match.group(2))


def _screenshot(pdf: Path, name: str, tmp_path: Path) -> Path | None:
    """Page 1 as PNG (60 dpi) in $LANDRELEASE_SCREENSHOTS, else in tmp_path, for a human look."""
    if shutil.which("pdftoppm") is None:
        return None
    folder = Path(os.environ.get("LANDRELEASE_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    stem = folder / name
    subprocess.run(
        ["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)],
        check=True,
    )
    return stem.with_suffix(".png")


def _run(hazards, points, tmp_path, **extra):
    import processing

    path = tmp_path / "tasking.pdf"
    parameters = {
        "INPUT": hazards,
        "POINTS": points,
        "ORGANISATION": "ANAMA – Şəki komandası",
        "PAGE_SIZE": 0,
        "OUTPUT": str(path),
        **extra,
    }
    result = processing.run("landrelease:taskingmaps", parameters)
    assert result["OUTPUT"] == str(path)
    assert path.exists() and path.stat().st_size > 0
    return path


def test_one_page_per_hazard_with_points_ids_and_page_numbers(
    provider, hazards, turning_points, tmp_path
):
    pdf = _run(hazards, turning_points, tmp_path)
    _screenshot(pdf, "taskingmaps_a4_landscape", tmp_path)
    pages = _pages(pdf)
    assert len(pages) == 3
    # Sorted by id: CHA-AGD-0001, CHA-AGD-0002, SHA-AGD-0003.
    expected = {
        0: ("CHA-AGD-0001", [p for _s, _k, p in CHA1_POINTS]),
        1: ("CHA-AGD-0002", CHA2),
        2: ("SHA-AGD-0003", SHA3),
    }
    for index, (hazard_id, lonlats) in expected.items():
        page = pages[index]
        assert hazard_id in page
        assert f"Page {index + 1} of 3" in page
        for lonlat in lonlats:
            easting, northing = _utm(lonlat)
            assert easting in page, (hazard_id, easting)
            assert northing in page, (hazard_id, northing)
        assert "EPSG:32638" in page
        assert "Grid north" in page
    # The hazard without turning points says that its vertices are numbered instead.
    assert "No turning points recorded" in pages[1]
    assert "No turning points recorded" not in pages[0]
    assert "Ağdam" in pages[2]  # Azerbaijani letters come through the embedded font
    assert "Şəki" in pages[0]
    assert "m²" in pages[0] and "ha" in pages[0]


def test_vertices_clockwise_from_northernmost(provider, hazards, tmp_path):
    """Without POINTS, CHA-AGD-0002's vertices: NW corner first (north, then west), clockwise."""
    from qgis.core import QgsGeometry

    from landrelease.processing.taskingmaps import polygon_vertices

    geometry = QgsGeometry.fromWkt("POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))")  # anticlockwise
    assert polygon_vertices(geometry) == [(0, 10), (10, 10), (10, 0), (0, 0)]
    pdf = _run(hazards, None, tmp_path)
    pages = _pages(pdf)
    assert len(pages) == 3
    assert all("No turning points recorded" in page for page in pages)


def test_a3_landscape(provider, hazards, turning_points, tmp_path):
    pdf = _run(hazards, turning_points, tmp_path, PAGE_SIZE=1)
    _screenshot(pdf, "taskingmaps_a3_landscape", tmp_path)
    width, height = _page_size(pdf)
    assert width == pytest.approx(1190.55, abs=1)
    assert height == pytest.approx(841.89, abs=1)
    assert len(_pages(pdf)) == 3


def test_a4_portrait(provider, hazards, turning_points, tmp_path):
    pdf = _run(hazards, turning_points, tmp_path, PAGE_SIZE=2)
    _screenshot(pdf, "taskingmaps_a4_portrait", tmp_path)
    width, height = _page_size(pdf)
    assert width == pytest.approx(595.28, abs=1)
    assert height == pytest.approx(841.89, abs=1)
    pages = _pages(pdf)
    assert len(pages) == 3
    assert "Page 3 of 3" in pages[2]


def test_selection_only(provider, hazards, tmp_path):
    from qgis.core import QgsProcessingFeatureSourceDefinition

    QgsProject.instance().addMapLayer(hazards)
    try:
        hazards.selectByExpression("\"hazard_id\" = 'CHA-AGD-0002'")
        source = QgsProcessingFeatureSourceDefinition(hazards.id(), selectedFeaturesOnly=True)
        pages = _pages(_run(source, None, tmp_path))
    finally:
        QgsProject.instance().removeMapLayer(hazards.id())
    assert len(pages) == 1
    assert "CHA-AGD-0002" in pages[0] and "Page 1 of 1" in pages[0]


def test_many_points_continue_on_a_second_page(provider, make_layer, tmp_path):
    import math

    ring = [
        (46.92 + 0.004 * math.sin(math.radians(a)), 40.0 + 0.003 * math.cos(math.radians(a)))
        for a in range(0, 360, 9)
    ]  # 40 vertices
    layer = make_layer("Polygon", "EPSG:4326", [(_wkt(ring), {"hazard_id": "CHA-AGD-0009"})])
    pdf = _run(layer, None, tmp_path)
    _screenshot(pdf, "taskingmaps_40_points", tmp_path)
    pages = _pages(pdf)
    assert len(pages) == 3  # A4 landscape holds 18 rows a page
    assert "Page 3 of 3" in pages[2]
    for lonlat in ring:
        easting, northing = _utm(lonlat)
        assert any(easting in page and northing in page for page in pages)


def test_empty_input_is_refused(provider, make_layer, tmp_path):
    import processing

    empty = make_layer("Polygon", "EPSG:32638", [], {"hazard_id": str})
    with pytest.raises(QgsProcessingException, match="no features"):
        processing.run(
            "landrelease:taskingmaps", {"INPUT": empty, "OUTPUT": str(tmp_path / "x.pdf")}
        )


def test_input_without_id_field_is_refused(provider, make_layer, tmp_path):
    import processing

    layer = make_layer("Polygon", "EPSG:32638", [(_wkt(CHA1), {"name": "x"})])
    with pytest.raises(QgsProcessingException, match="hazard_id"):
        processing.run(
            "landrelease:taskingmaps", {"INPUT": layer, "OUTPUT": str(tmp_path / "x.pdf")}
        )


def test_templates_load_with_their_item_ids(provider):
    from landrelease.layouts import atlas

    project = QgsProject()
    for page_size in atlas.PAGES:
        assert atlas.template_path(page_size).exists()
        layout = atlas.load_layout(page_size, project)
        for item_id in ("map", "basemap", "overview", "scalebar", "north_arrow", "legend"):
            assert layout.itemById(item_id) is not None, (page_size, item_id)
