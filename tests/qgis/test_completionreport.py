"""landrelease:completionreport on a real land release GeoPackage, read back with pdftotext."""

from __future__ import annotations

import math
import os
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pyproj import Transformer
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QDate

from landrelease.core.coordinates import format_mgrs
from landrelease.core.numbers import number_text
from landrelease.toolbelt import i18n

from .bad_inputs import polygon_with

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
    reason="poppler-utils (pdftotext, pdfinfo) not installed",
)

X0, Y0 = 662000.0, 4428000.0  # near Aghdam, UTM 38N (the database's CRS)
H1, H2, H3 = "CHA-AGD-0001", "CHA-AGD-0002", "SHA-AGD-0003"
H1_CORNERS = [(0, 100), (200, 100), (200, 0), (0, 0)]  # clockwise from the north-west
MARKERS = ["painted stone", "metal post", "concrete post", "painted rock"]
SIGNATURES = (
    "Operator",
    "Quality management officer",
    "National mine action authority",
    "Local community representative",
)


def box(x0, y0, x1, y1) -> QgsGeometry:
    return QgsGeometry.fromWkt(
        f"POLYGON(({X0 + x0} {Y0 + y0}, {X0 + x1} {Y0 + y0}, {X0 + x1} {Y0 + y1}, "
        f"{X0 + x0} {Y0 + y1}, {X0 + x0} {Y0 + y0}))"
    )


def _add(layer: QgsVectorLayer, rows: list[tuple[QgsGeometry, dict]]) -> None:
    assert layer.isValid()
    assert layer.startEditing()
    for geometry, values in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(geometry)
        for name, value in values.items():
            feature[name] = value
        assert layer.addFeature(feature)
    assert layer.commitChanges(), layer.commitErrors()


def release(rid, hazard, outcome, method, start, end, qa, depth=None, **items):
    activity = {"cancelled": "nts", "reduced": "ts"}.get(outcome, "clearance")
    values = {
        "release_id": rid, "hazard_id": hazard, "outcome": outcome, "activity": activity,
        "method": method, "organisation": "ANAMA", "team": f"Team {rid[-1]}",
        "start_date": QDate.fromString(start, "yyyy-MM-dd"),
        "end_date": QDate.fromString(end, "yyyy-MM-dd"), "qa_status": qa, "depth_cm": depth,
        "ap_found": 0, "at_found": 0, "uxo_found": 0, "cm_found": 0,
    }  # fmt: skip
    values.update(items)
    if qa != "pending":
        values.update(reviewed_by="Leyla Q.", reviewed_on=QDate(2024, 6, 1))
    return values


@pytest.fixture
def database(new_gpkg):
    """H1 closed by passed and pending releases (and a failed one over them), H2 closed by
    one passed clearance, H3 open; H1's turning points with their markers."""

    def layer(name):
        return QgsVectorLayer(f"{new_gpkg}|layername={name}", name, "ogr")

    hazard = {"classification": "CHA", "status": "open", "district": "Ağdam"}
    _add(
        layer("hazard"),
        [
            (box(0, 0, 200, 100), {"hazard_id": H1, **hazard}),
            (box(300, 0, 400, 100), {"hazard_id": H2, **hazard}),
            (box(500, 0, 600, 100), {"hazard_id": H3, **hazard, "classification": "SHA"}),
        ],
    )
    _add(
        layer("land_release"),
        [
            (box(0, 0, 100, 100), release("LR-1", H1, "cleared", "manual", "2024-03-01",
                                          "2024-04-10", "passed", 13, ap_found=7, uxo_found=2)),
            (box(100, 0, 160, 100), release("LR-2", H1, "reduced", "mechanical", "2024-04-11",
                                            "2024-05-02", "pending", at_found=1)),
            (box(160, 0, 200, 100), release("LR-3", H1, "cancelled", "none", "2024-02-01",
                                            "2024-02-03", "passed")),
            # failed: it would turn part of LR-2's reduced ground into cleared ground
            (box(50, 0, 150, 100), release("LR-4", H1, "cleared", "manual", "2024-03-01",
                                           "2024-03-20", "failed", 10, ap_found=50)),
            (box(300, 0, 400, 100), release("LR-5", H2, "cleared", "mechanical",
                                            "2024-01-10", "2024-01-30", "passed", 20,
                                            cm_found=3)),
        ],
    )  # fmt: skip
    _add(
        layer("survey_point"),
        [
            (
                QgsGeometry.fromWkt(f"POINT({X0 + x} {Y0 + y})"),
                {"owner_id": H1, "point_type": "turning", "seq": k + 1, "marker": MARKERS[k]},
            )
            for k, (x, y) in enumerate(H1_CORNERS)
        ],
    )
    return {name: layer(name) for name in ("hazard", "land_release", "survey_point")}


def run(algorithm, params):
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(f"landrelease:{algorithm}", params, context=context)


def report(database, tmp_path, name="completion.pdf", **extra) -> Path:
    path = tmp_path / name
    params = {
        "HAZARDS": database["hazard"],
        "RELEASES": database["land_release"],
        "POINTS": database["survey_point"],
        "ORGANISATION": "ANAMA – Ağdam",
        "OUTPUT": str(path),
        **extra,
    }
    assert run("completionreport", params)["OUTPUT"] == str(path)
    assert path.exists()
    return path


def pages(pdf: Path, layout: bool = True) -> list[str]:
    """The text of each page: as laid out, or (``layout`` False) in reading order, where a
    caption over two lines stays together."""
    options = ["-layout"] if layout else []
    text = subprocess.run(
        ["pdftotext", *options, str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    text = unicodedata.normalize("NFKC", text)  # ligatures (ﬃ) as letters, no-break spaces
    return [page for page in text.split("\f") if page.strip()]


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def screenshot(pdf: Path, name: str, tmp_path: Path, page: int = 1) -> Path | None:
    """A page as PNG in $LANDRELEASE_SCREENSHOTS (else tmp_path), for a human look."""
    if shutil.which("pdftoppm") is None:
        return None
    folder = Path(os.environ.get("LANDRELEASE_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    stem = folder / name
    subprocess.run(
        ["pdftoppm", "-r", "80", "-png", "-f", str(page), "-l", str(page), "-singlefile",
         str(pdf), str(stem)],
        check=True,
    )  # fmt: skip
    return stem.with_suffix(".png")


def summary(database) -> dict:
    """releasesummary's figures of each hazard, on the releases that count (not failed)."""
    counted = QgsVectorLayer(database["land_release"].source(), "counted", "ogr")
    counted.setSubsetString("qa_status IS NULL OR qa_status <> 'failed'")
    result = run(
        "releasesummary",
        {"HAZARDS": database["hazard"], "RELEASES": counted, "OUTPUT": "memory:"},
    )
    layer = result["OUTPUT"]
    if isinstance(layer, str):
        layer = QgsProcessingContext().getMapLayer(layer)
    return {
        f["hazard_id"]: {n: f[n] for n in ("original_area_m2", "cancelled_m2", "reduced_m2",
                                          "cleared_m2", "remaining_area_m2")}
        for f in layer.getFeatures()
    }  # fmt: skip


def in_text(words: str, text: str) -> bool:
    return " ".join(words.split()) in " ".join(text.split())


def test_closed_hazards_in_english(provider, database, tmp_path):
    pdf = report(database, tmp_path, LANGUAGE=1)
    text = pages(pdf)
    # H1 (one map page, the certificate, the annex) then H2; H3 is open and left out.
    assert page_count(pdf) == 6 == len(text)
    assert H1 in text[0] and H2 in text[3]
    assert all(H3 not in page for page in text)
    # The first turning point: UTM as stored, MGRS, and lat/lon checked against pyproj.
    lon, lat = Transformer.from_crs(32638, 4326, always_xy=True).transform(X0, Y0 + 100)
    assert f"{X0:.0f}" in text[0] and f"{Y0 + 100:.0f}" in text[0]
    mgrs = format_mgrs(lon, lat, 5)
    assert mgrs in text[0] or mgrs.replace(" ", "") in text[0].replace(" ", "")
    degrees, minutes = int(lat), int((lat - int(lat)) * 60)
    assert re.search(rf"{degrees}°\s?{minutes:02d}", text[0]), text[0]
    for marker in MARKERS:
        assert marker in text[0]
    # The figures are releasesummary's (failed LR-4 never counts).
    figures = summary(database)[H1]
    certificate = text[1]
    for name in ("cancelled_m2", "reduced_m2", "cleared_m2", "original_area_m2"):
        value = figures[name]
        assert f"{value / 1e4:,.2f}" in certificate and f"{value:,.0f}" in certificate, name
    assert figures["remaining_area_m2"] == pytest.approx(0, abs=1e-6)
    assert figures["cleared_m2"] == pytest.approx(10000, rel=0.005)  # not LR-4's 5,000 more
    assert figures["reduced_m2"] == pytest.approx(6000, rel=0.005)
    assert "13 cm" in certificate and "Manual" in certificate and "Mechanical" in certificate
    # Items of the counted releases: AP 7, AT 1, UXO 2, CM 0 (LR-4's 50 do not count).
    assert re.search(r"\b7\s+1\s+2\s+0\s+10\b", certificate), certificate
    assert "1 pending" in certificate and "2 passed" in certificate and "1 failed" in certificate
    assert "QUALITY MANAGEMENT NOT COMPLETE: 1 release(s) not yet passed" in certificate
    assert "NOT CLOSED" not in certificate
    assert "QUALITY MANAGEMENT NOT COMPLETE" not in text[4]  # H2: its release passed
    assert "2024-02-01" in certificate and "2024-05-02" in certificate
    assert "Reviewed by: Leyla Q. (2024-06-01)" in certificate
    assert "IGRF-14" in certificate and "UTM 38N" in certificate
    for caption in SIGNATURES:
        assert in_text(caption, pages(pdf, layout=False)[1]), caption
    annex = text[2]
    for rid in ("LR-1", "LR-2", "LR-3", "LR-4"):
        assert rid in annex
    assert "LR-5" not in annex and "(not counted)" in annex and "Leyla Q." in annex
    assert "LR-5" in text[5] and "3" in text[4]
    png = screenshot(pdf, "completion_report_map", tmp_path, 1)
    assert png is None or png.exists()
    png = screenshot(pdf, "completion_report_certificate", tmp_path, 2)
    assert png is None or png.exists()


@pytest.mark.parametrize(("option", "language"), [(2, "az"), (3, "ru")])
def test_in_azerbaijani_and_russian(provider, database, tmp_path, option, language):
    pdf = report(database, tmp_path, f"completion_{language}.pdf", LANGUAGE=option)
    text = "\n".join(pages(pdf))
    letters = "əğşıöüçƏĞŞ" if language == "az" else "абвгдежзийклмнопрстуфхцчшщыэюя"
    assert any(c in text for c in letters)
    with i18n.translation(language):
        captions = [QCoreApplication.translate("CompletionReportLayout", s) for s in SIGNATURES]
    in_order = "\n".join(pages(pdf, layout=False))
    for caption in captions:
        assert in_text(caption, in_order), caption
    figures = summary(database)[H1]
    cleared = unicodedata.normalize("NFKC", number_text(figures["cleared_m2"], 0, language))
    assert cleared in text  # 1 234 in Azerbaijani and Russian, never 1,234
    assert f"{figures['cleared_m2']:,.0f}" not in text
    assert H1 in text and H2 in text


def test_a_selection_prints_an_open_hazard_and_says_so(provider, database, tmp_path):
    layer = database["hazard"]
    QgsProject.instance().addMapLayer(layer)
    try:
        layer.selectByExpression(f"hazard_id = '{H3}'")
        selection = QgsProcessingFeatureSourceDefinition(layer.id(), True)
        pdf = report(database, tmp_path, HAZARDS=selection, LANGUAGE=1)
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    text = pages(pdf)
    assert page_count(pdf) == 3 and H3 in text[0] and H1 not in "\n".join(text)
    assert "NOT CLOSED" in text[1] and "No land release covers this hazard." in text[2]
    assert "Nothing released" in text[1] and "Nothing cleared" in text[1]
    assert "vertices" in text[0]  # no turning points: the vertices are numbered


def test_refusals(provider, database, tmp_path, make_layer):
    def refused(message, **params):
        with pytest.raises(QgsProcessingException, match=message):
            report(database, tmp_path, **params)

    refused(r"must be a \.pdf", OUTPUT=str(tmp_path / "report.docx"))
    no_fields = make_layer(
        "Polygon", "EPSG:32638", [(box(0, 0, 10, 10).asWkt(), {"release_id": "X"})]
    )
    refused("RELEASES has no field hazard_id, outcome", RELEASES=no_fields)
    empty = make_layer("Polygon", "EPSG:32638", [], {"hazard_id": str})
    refused("HAZARDS has no features", HAZARDS=empty)
    open_only = QgsVectorLayer(database["hazard"].source(), "open", "ogr")
    open_only.setSubsetString(f"hazard_id = '{H3}'")
    refused(f"No hazard of HAZARDS is closed: {H3}", HAZARDS=open_only)
    far = make_layer(  # 40.3° E: west of UTM zone 38, a wrong easting
        "Polygon", "EPSG:32638",
        [(f"POLYGON((100000 {Y0}, 100100 {Y0}, 100100 {Y0 + 100}, 100000 {Y0}))",
          {"hazard_id": "FAR-1"})],
    )  # fmt: skip
    refused("outside the programme's area: FAR-1", HAZARDS=far)
    nan = make_layer("Polygon", "EPSG:32638", [("", {"hazard_id": "NAN-1"})])
    feature = next(nan.getFeatures())
    nan.dataProvider().changeGeometryValues({feature.id(): polygon_with(math.nan)})
    refused("NAN-1", HAZARDS=nan)
    twice = make_layer(
        "Polygon", "EPSG:32638",
        [(box(0, 0, 10, 10).asWkt(), {"hazard_id": "CHA-1"}),
         (box(20, 0, 30, 10).asWkt(), {"hazard_id": "CHA-1"}),
         (box(40, 0, 50, 10).asWkt(), {"hazard_id": None})],
        {"hazard_id": str},
    )  # fmt: skip
    refused(r"have no hazard_id: feature 3", HAZARDS=twice)
    twice.dataProvider().deleteFeatures([3])
    refused(r"on more than one hazard: CHA-1 \(features 1, 2\)", HAZARDS=twice)
    assert not (tmp_path / "completion.pdf").exists()  # nothing half-made


def test_a_cancelled_run_writes_nothing(provider, database, tmp_path):
    import processing
    from qgis.core import QgsProcessingFeedback

    feedback = QgsProcessingFeedback()
    feedback.cancel()
    path = tmp_path / "cancelled.pdf"
    params = {
        "HAZARDS": database["hazard"],
        "RELEASES": database["land_release"],
        "OUTPUT": str(path),
    }
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run("landrelease:completionreport", params, feedback=feedback)
    assert not path.exists() and not list(tmp_path.glob(".cancelled*"))


def test_many_vertices_continue_on_a_second_map_page(provider, make_layer, tmp_path):
    """36 vertices and no turning points: the point table runs over two map pages."""
    ring = [
        (X0 + 200 * math.cos(math.radians(a)), Y0 + 200 * math.sin(math.radians(a)))
        for a in range(0, 360, 10)
    ]
    wkt = "POLYGON((" + ", ".join(f"{x} {y}" for x, y in [*ring, ring[0]]) + "))"
    hazards = make_layer("Polygon", "EPSG:32638", [(wkt, {"hazard_id": "CHA-RND-1"})])
    releases = make_layer(
        "Polygon", "EPSG:32638",
        [(wkt, {**{k: v for k, v in release("LR-9", "CHA-RND-1", "cleared", "manual",
                                              "2024-01-01", "2024-02-01", "passed",
                                              15).items()
                   if not isinstance(v, QDate)},
                "start_date": "2024-01-01", "end_date": "2024-02-01",
                "reviewed_on": "2024-03-01"})],
    )  # fmt: skip
    path = tmp_path / "round.pdf"
    run("completionreport", {"HAZARDS": hazards, "RELEASES": releases, "OUTPUT": str(path)})
    text = pages(path)
    assert page_count(path) == 4  # two map pages, the certificate, the annex
    assert "continues on the next page" in text[0]
    numbers = [int(n) for page in text[:2] for n in re.findall(r"(\d+) vertex", page)]
    assert sorted(numbers) == list(range(1, 37))
    assert "15 cm" in text[2] and "Nothing cleared" not in text[2]


def test_long_lists_say_how_many_more():
    from landrelease.layouts.completion_report import _listed

    assert _listed((), 3) == "—"
    assert _listed(("A", "B", "C"), 3) == "A, B, C"
    assert _listed(("A", "B", "C", "D", "E"), 3) == "A, B, C and 2 more (see the annex)"


def test_many_releases_continue_the_annex_and_none_is_cut_off(provider, make_layer, tmp_path):
    """40 strips with long organisation names clear one hazard: every release is listed."""
    hazards = make_layer(
        "Polygon", "EPSG:32638", [(box(0, 0, 400, 10).asWkt(), {"hazard_id": "CHA-STR-1"})]
    )
    rows = []
    for k in range(40):
        values = release(f"LR-{k:02d}", "CHA-STR-1", "cleared", "manual", "2024-01-01",
                         "2024-02-01", "passed", 15, ap_found=1)  # fmt: skip
        values.update(
            start_date="2024-01-01", end_date="2024-02-01", reviewed_on="2024-03-01",
            organisation=f"Humanitarian demining operator number {k} of the Karabakh region",
        )  # fmt: skip
        rows.append((box(10 * k, 0, 10 * k + 10, 10).asWkt(), values))
    path = tmp_path / "strips.pdf"
    run("completionreport", {
        "HAZARDS": hazards, "RELEASES": make_layer("Polygon", "EPSG:32638", rows),
        "OUTPUT": str(path),
    })  # fmt: skip
    text = pages(path)
    annex = "\n".join(text[2:])
    assert len(text) >= 4  # the map, the certificate, at least two pages of annex
    assert sorted(set(re.findall(r"LR-\d\d", annex))) == [f"LR-{k:02d}" for k in range(40)]
    assert re.search(r"\b40\s+0\s+0\s+0\s+40\b", text[1])  # 40 AP mines, one per release


def test_counts_and_depths_another_program_typed_as_text_are_refused(
    provider, database, new_gpkg, tmp_path
):
    """'7 AP' in ap_found and '12,5' in depth_cm, written into the GeoPackage by another
    program: QGIS reads 7 and 12, and the certificate would print them as if typed so."""
    from osgeo import ogr

    dataset = ogr.Open(str(new_gpkg), 1)
    dataset.ExecuteSQL("UPDATE land_release SET ap_found = '7 AP' WHERE release_id = 'LR-1'")
    dataset.ExecuteSQL("UPDATE land_release SET depth_cm = '12,5' WHERE release_id = 'LR-5'")
    dataset = None
    with pytest.raises(QgsProcessingException) as refused:
        report(database, tmp_path)
    message = str(refused.value)
    assert "LR-1 (feature 1): ap_found = '7 AP'" in message
    assert "LR-5 (feature 5): depth_cm = '12,5'" in message
    assert not (tmp_path / "completion.pdf").exists()
