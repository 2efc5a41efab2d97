"""landrelease:taskingmaps: one PDF page per area, read back with poppler's pdftotext."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
)

from .conftest import RecordingFeedback

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
        2: ("SHA-AGD-0003", []),  # an SHA without points: not pegged out, no point table
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
    assert "not pegged out" in pages[2] and "not pegged out" not in pages[1]
    for lonlat in SHA3:
        assert _utm(lonlat)[0] not in pages[2]
    assert "Ağdam" in pages[2]  # Azerbaijani letters come through the embedded font
    assert "Şəki" in pages[0]
    assert "m²" in pages[0] and "ha" in pages[0]


def test_a_hazard_whose_figures_wait_says_so_not_the_code(provider, make_layer, tmp_path):
    """status 'unknown' (the database recomputes the figures) printed in words."""
    fields = {"hazard_id": str, "classification": str, "status": str, "district": str}
    values = {"hazard_id": "CHA-AGD-0002", "classification": "CHA", "status": "unknown"}
    rows = [(_wkt(CHA2), {**values, "district": "AGD"})]
    (page,) = _pages(_run(make_layer("Polygon", "EPSG:4326", rows, fields), None, tmp_path))
    page = unicodedata.normalize("NFKC", page)  # the PDF's "ﬁ" ligature
    assert "status Unknown (figures being recomputed) · district AGD" in page, page
    assert "unknown" not in page


def test_vertices_clockwise_from_northernmost(provider, hazards, tmp_path):
    """Without POINTS, CHA-AGD-0002's vertices: NW corner first (north, then west), clockwise."""
    from qgis.core import QgsGeometry

    from landrelease.qgis_io.tasking_input import polygon_vertices

    geometry = QgsGeometry.fromWkt("POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))")  # anticlockwise
    assert polygon_vertices(geometry) == [(0, 10), (10, 10), (10, 0), (0, 0)]
    pdf = _run(hazards, None, tmp_path)
    pages = _pages(pdf)
    assert len(pages) == 3
    assert all("No turning points recorded" in page for page in pages[:2])  # the CHAs
    assert "not pegged out" in pages[2]  # the SHA prints no point table


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
    from landrelease.layouts.tasking_table import table_capacity

    pages = _pages(pdf)
    count = math.ceil(40 / table_capacity(0))  # A4 landscape holds 13 rows a page
    assert count > 1 and len(pages) == count
    assert f"Page {count} of {count}" in pages[-1]
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
        for item_id in (
            "map", "basemap", "overview", "scalebar", "numeric_scale", "north_arrow", "legend",
            "task_block",
        ):  # fmt: skip
            assert layout.itemById(item_id) is not None, (page_size, item_id)


# --- bearings on paper as in the field (issue 14, item 7) -------------------------------------

# A 100 m square near Aghdam in UTM 38N; its vertices print clockwise from the north-west.
SQUARE = [(640000, 4425100), (640100, 4425100), (640100, 4425000), (640000, 4425000)]
SQUARE_WKT = _wkt(SQUARE)
GRID = [90.0, 180.0, 270.0, 0.0]  # 1 -> 2 -> 3 -> 4 -> 1
# No., type, easting, northing, latitude, longitude, MGRS, then the bearings and the distance.
ROW = re.compile(
    r"\b\d{1,3}\s+\S+\s+\d{6}\s+\d{7}\s+\S+\s+\S+\s+\d{2}[A-Z]{3}\s+\d{5}\s+\d{5}(\s+\S+)+$"
)


def _rows(page: str) -> dict[str, list[str]]:
    """Point number -> the cells of its table row, split on whitespace (MGRS is 3 cells)."""
    rows = {}
    for line in page.splitlines():  # a row may share its line with the map's labels
        match = ROW.search(line)
        if match:
            cells = match.group(0).split()
            rows[cells[0]] = cells
    return rows


def _expected(lon_lat_xy, centre_lonlat):
    """Independently: grid convergence (PROJ) at each point, declination (pyIGRF14) at the
    area's centre on today's date, and magnetic = grid + convergence - declination."""
    from datetime import date

    from pyIGRF14 import igrf_value
    from pyproj import Proj

    today = date.today()
    year = today.year + (today.timetuple().tm_yday - 0.5) / (366 if today.year % 4 == 0 else 365)
    declination = igrf_value(centre_lonlat[1], centre_lonlat[0], 0.0, year)[0]
    proj = Proj("EPSG:32638")
    magnetic = [
        (grid + proj.get_factors(lon, lat).meridian_convergence - declination) % 360
        for grid, (lon, lat) in zip(GRID, lon_lat_xy)
    ]
    return declination, magnetic, today


def _mils(text: str, full: float) -> float:
    """A printed bearing in mils ("14-10", "1504") as degrees."""
    return float(text.replace("-", "")) * 360.0 / full


def _square_lonlat():
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:32638"),
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsProject.instance(),
    )
    points = [transform.transform(QgsPointXY(x, y)) for x, y in SQUARE]
    centre = transform.transform(QgsPointXY(640050, 4425050))
    return [(p.x(), p.y()) for p in points], (centre.x(), centre.y())


@pytest.fixture
def square(make_layer):
    return make_layer(
        "Polygon", "EPSG:32638", [(SQUARE_WKT, {"hazard_id": "CHA-AGD-0100"})], {"hazard_id": str}
    )


# The mil columns' headings and the east of the declination, by LANGUAGE (English, az, ru).
HEADINGS = {
    1: ("Grid mil", "Magn. mil", "E"),
    2: ("Şəb. mil", "Maqn. mil", "şərq"),
    3: ("Дир. тыс.", "Маг. тыс.", "В"),
}


@pytest.mark.parametrize(("page_size", "language"), [(0, 1), (2, 1), (0, 3), (2, 2)])
def test_square_bearings_in_soviet_mils_and_magnetic(
    provider, square, tmp_path, page_size, language
):
    pdf = _run(square, None, tmp_path, BEARING_UNIT=3, PAGE_SIZE=page_size, LANGUAGE=language)
    _screenshot(pdf, f"taskingmaps_mil6000_{page_size}_{language}", tmp_path)
    (page,) = _pages(pdf)
    rows = _rows(page)
    assert sorted(rows) == ["1", "2", "3", "4"]  # no fifth row: the closing vertex is left out
    lonlats, centre = _square_lonlat()
    declination, magnetic, today = _expected(lonlats, centre)
    for k, (number, grid, expected) in enumerate(zip("1234", GRID, magnetic)):
        cells = rows[number]
        grid_text, grid_mils, magnetic_mils, distance = cells[-4:]
        assert grid_text == f"{grid:.1f}"
        assert grid_mils == ["15-00", "30-00", "45-00", "0-00"][k]
        assert distance == "100.0"  # the last point leads back to point 1
        difference = (_mils(magnetic_mils, 6000) - expected + 180) % 360 - 180
        assert abs(difference) <= 0.1, (number, magnetic_mils, expected)
    grid_heading, magnetic_heading, east = HEADINGS[language]
    assert grid_heading in page and magnetic_heading in page
    # The note may wrap, with the scale bar's figures on the same lines.
    note = re.search(
        r"IGRF-14,[\s\S]{0,300}?(\d{4}-\d{2}-\d{2}):\s+([+−])(\d+\.\d)°\s+" + east, page
    )
    assert note, page
    assert note.group(1) == today.isoformat()
    printed = float(note.group(3)) * (1 if note.group(2) == "+" else -1)
    assert printed == pytest.approx(declination, abs=0.1)


def test_degrees_print_the_magnetic_bearing_in_degrees(provider, square, tmp_path):
    pdf = _run(square, None, tmp_path, BEARING_UNIT=1)
    (page,) = _pages(pdf)
    rows = _rows(page)
    lonlats, centre = _square_lonlat()
    _declination, magnetic, _today = _expected(lonlats, centre)
    for number, grid, expected in zip("1234", GRID, magnetic):
        grid_text, magnetic_text, distance = rows[number][-3:]
        assert (grid_text, distance) == (f"{grid:.1f}", "100.0")
        assert abs((float(magnetic_text) - expected + 180) % 360 - 180) <= 0.1
    assert "Magn. °" in page and "Grid mil" not in page
    assert "magnetic north is" in page and "True north is 1.1° west of grid north" in page


def test_the_database_setting_chooses_the_unit(provider, new_gpkg, tmp_path):
    from qgis.core import QgsFeature, QgsGeometry

    from landrelease.storage import database, programme

    layers = database.open_layers(str(new_gpkg))
    hazard = layers["hazard"]
    feature = QgsFeature(hazard.fields())
    feature.setGeometry(QgsGeometry.fromWkt(SQUARE_WKT))
    for name, value in {"hazard_id": "CHA-AGD-0100", "classification": "CHA",
                        "status": "open"}.items():  # fmt: skip
        feature[name] = value
    assert hazard.dataProvider().addFeatures([feature])[0]
    hazard = database.open_layers(str(new_gpkg))["hazard"]

    (page,) = _pages(_run(hazard, None, tmp_path))  # deg: createdatabase's default
    assert _rows(page)["1"][-3] == "90.0" and "Magn. °" in page
    programme.set_bearing_unit(str(new_gpkg), "mil6000")
    (page,) = _pages(_run(hazard, None, tmp_path))
    assert _rows(page)["1"][-3] == "15-00" and "6000 to the circle" in page
    programme.set_bearing_unit(str(new_gpkg), "mil6400")
    (page,) = _pages(_run(hazard, None, tmp_path))
    assert _rows(page)["1"][-3] == "1600" and "6400 to the circle" in page
    # BEARING_UNIT overrides the database's setting.
    (page,) = _pages(_run(hazard, None, tmp_path, BEARING_UNIT=3))
    assert _rows(page)["2"][-3] == "30-00"
    # Selected features only: the setting of the layer's database still counts.
    from qgis.core import QgsProcessingFeatureSourceDefinition

    QgsProject.instance().addMapLayer(hazard)
    try:
        hazard.selectAll()
        selected = QgsProcessingFeatureSourceDefinition(hazard.id(), selectedFeaturesOnly=True)
        (page,) = _pages(_run(selected, None, tmp_path))
    finally:
        QgsProject.instance().removeMapLayer(hazard.id())
    assert _rows(page)["1"][-3] == "1600"


def test_an_end_point_on_the_start_prints_no_zero_leg(provider, square, make_layer, tmp_path):
    """Turning points whose end point repeats the start: four rows, the last back to 1."""
    rows = [
        (f"POINT({x} {y})", {"hazard_id": "CHA-AGD-0100", "point_type": kind, "seq": seq})
        for seq, kind, (x, y) in [
            (1, "start", SQUARE[0]),
            (2, "turning", SQUARE[1]),
            (3, "turning", SQUARE[2]),
            (4, "turning", SQUARE[3]),
            (5, "end", (SQUARE[0][0] + 0.01, SQUARE[0][1])),  # 1 cm from the start
        ]
    ]
    points = make_layer("Point", "EPSG:32638", rows)
    (page,) = _pages(_run(square, points, tmp_path, BEARING_UNIT=1))
    table = _rows(page)
    assert sorted(table) == ["1", "2", "3", "4"]
    assert table["4"][-3] == "0.0"  # grid bearing from 4 back to 1: due north
    assert [table[n][-1] for n in "1234"] == ["100.0"] * 4  # no leg of 0.0 m


def test_table_fits_beside_the_overview_in_every_language(provider):
    """The widest rows (Russian headings, Soviet mils) shrink the table until it fits its room:
    it never runs under the overview or off the page."""
    from qgis.core import QgsFeature

    from landrelease.layouts import atlas
    from landrelease.toolbelt import i18n

    for page_size in atlas.PAGES:
        with i18n.translation("ru"):
            project = QgsProject()
            data = atlas.AtlasData(QgsCoordinateReferenceSystem("EPSG:32638"), project)
            row = QgsFeature(data.table.fields())
            long = {"no": "188", "point_type": "промежуточная", "easting": "640000",
                    "northing": "4425100", "latitude": "39°57'52.1\"N",
                    "longitude": "146°38'21.2\"E", "mgrs": "38SPK 40000 25100",
                    "bearing": "359.9", "bearing_unit": "59-99", "magnetic": "59-99",
                    "distance": "12345.6"}  # fmt: skip
            for name, value in long.items():
                row[name] = value
            row["page_key"] = 1
            data.table.dataProvider().addFeatures([row])
            layout = atlas.load_layout(page_size, project)
            table = next(t for t in layout.multiFrames() if hasattr(t, "totalWidth"))
            table.setVectorLayer(data.table)
            columns = []
            for name, heading in atlas.table_columns("mil6000"):
                from qgis.core import QgsLayoutTableColumn

                column = QgsLayoutTableColumn(atlas.tr(heading))
                column.setAttribute(name)
                columns.append(column)
            table.setColumns(columns)
            atlas.fit_table_width(table)
            room = atlas.room_to_the_right(table.frame(0))
            assert 0 < table.totalWidth() <= room, (page_size, table.totalWidth(), room)
            assert table.contentTextFormat().size() >= atlas.MIN_TABLE_FONT_PT


def test_a_print_date_beyond_the_igrf_leaves_the_magnetic_bearings_empty(
    provider, square, tmp_path, monkeypatch
):
    """IGRF-14 ends with 2029: printed in 2030, the page says so instead of guessing."""
    from datetime import date

    import processing
    from qgis.core import QgsProcessingContext

    from landrelease.processing import taskingmaps

    class In2030(date):
        @classmethod
        def today(cls):
            return cls(2030, 6, 1)

    monkeypatch.setattr(taskingmaps, "date", In2030)
    feedback = RecordingFeedback()
    path = tmp_path / "2030.pdf"
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    processing.run(
        "landrelease:taskingmaps",
        {"INPUT": square, "BEARING_UNIT": 1, "OUTPUT": str(path)},
        context=context,
        feedback=feedback,
    )
    (page,) = _pages(path)
    # The note wraps beside the scale bar's figures.
    assert re.search(r"No[\s\S]{0,80}?magnetic declination for 2030-06-01", page), page
    assert "IGRF-14," not in page
    table = _rows(page)
    assert table["1"][-2:] == ["90.0", "100.0"]  # grid bearing and distance, no magnetic
    assert "No magnetic declination for 2030-06-01" in feedback.text()
    assert "outside the IGRF" in feedback.text()


class CancelAt(RecordingFeedback):
    """Cancels once the progress reaches ``percent``."""

    def __init__(self, percent: float):
        super().__init__()
        self.percent = percent
        self.progressChanged.connect(self._check)

    def _check(self, progress):
        if progress >= self.percent and not self.isCanceled():
            self.cancel()


@pytest.mark.parametrize("percent", [1, 75])  # reading the areas; exporting the pages
def test_a_cancelled_run_leaves_the_output_as_it_was(provider, hazards, tmp_path, percent):
    """Issue 15 part 7: no half-made PDF under the requested name, and the log says
    "cancelled" (an algorithm that returns would be logged as completed)."""
    import processing

    path = tmp_path / "tasking.pdf"
    path.write_bytes(b"%PDF- the maps of last week")
    feedback = CancelAt(percent)
    with pytest.raises(QgsProcessingException, match="Cancelled: no tasking maps were written"):
        processing.run(
            "landrelease:taskingmaps", {"INPUT": hazards, "OUTPUT": str(path)}, feedback=feedback
        )
    assert path.read_bytes() == b"%PDF- the maps of last week"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tasking.pdf"]
    assert "completed" not in feedback.text().lower()


def test_a_failed_export_leaves_no_file_and_says_which_output(provider, hazards, tmp_path):
    import processing

    with pytest.raises(QgsProcessingException, match=r"^OUTPUT: .* is a folder"):
        processing.run("landrelease:taskingmaps", {"INPUT": hazards, "OUTPUT": str(tmp_path)})
    assert list(tmp_path.iterdir()) == []
