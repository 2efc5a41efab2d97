"""The LANGUAGE parameter of landrelease:areareport and landrelease:taskingmaps: the PDF is
printed in the chosen language whatever the interface language, which is unchanged afterwards."""

from __future__ import annotations

import csv
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from qgis.core import QgsProcessingContext, QgsProject
from qgis.PyQt.QtCore import QCoreApplication

from landrelease.core import area_report as core_report
from landrelease.toolbelt import i18n

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed"
)

LRELEASE = next(
    (p for p in ("/usr/lib/qt5/bin/lrelease", shutil.which("lrelease")) if p and Path(p).exists()),
    None,
)
UTM = "EPSG:32638"
# "IGRF-14, 2026-12-07: +6.5° E", perhaps wrapped beside the scale bar's figures.
DECLINATION_NOTE = r"IGRF-14,[\s\S]{0,300}?\d{4}-\d{2}-\d{2}:\s+[+−]\d+\.\d°"
X0, Y0 = 600000.0, 4400000.0
# Every Azerbaijani letter that is not in English shows in a district name.
DISTRICTS = (
    ("AGD", "Ağdam", "Aghdam"),
    ("FUZ", "Füzuli", "Fuzuli"),
    ("GOY", "Göygöl", "Goygol"),
    ("SHU", "Şuşa", "Shusha"),
    ("QUB", "Qubadlı", "Gubadly"),
    ("CAB", "Cəbrayıl", "Jabrayil"),
    ("XOC", "Xocavənd", "Khojavend"),
)
RELEASE_FIELDS = {"release_id": str, "hazard_id": str, "outcome": str, "method": str,
                  "end_date": str, "ap_found": int, "at_found": int, "uxo_found": int,
                  "cm_found": int}  # fmt: skip


@pytest.fixture(scope="module", autouse=True)
def qm_files():
    """The .qm files, built from the .ts files when they are missing or older (as make does)."""
    for ts in sorted(i18n.I18N_DIR.glob("landrelease_*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            if LRELEASE is None:
                pytest.skip("lrelease is missing (apt install qttools5-dev-tools)")
            subprocess.run([LRELEASE, "-silent", str(ts), "-qm", str(qm)], check=True)


def box(x0, y0, x1, y1):
    return (
        f"POLYGON(({X0 + x0} {Y0 + y0}, {X0 + x1} {Y0 + y0}, {X0 + x1} {Y0 + y1}, "
        f"{X0 + x0} {Y0 + y1}, {X0 + x0} {Y0 + y0}))"
    )


@pytest.fixture
def site(make_layer):
    """Seven districts side by side, each with an SHA, a CHA inside it and a cleared release."""
    districts, hazards, releases = [], [], []
    for k, (code, name, name_en) in enumerate(DISTRICTS):
        x = 2000.0 * k
        districts.append((box(x, -500, x + 2000, 1500), {"code": code, "name": name,
                                                         "name_en": name_en}))  # fmt: skip
        hazards.append((box(x + 100, 0, x + 900, 500),
                        {"hazard_id": f"SHA-{code}", "classification": "SHA", "district": code,
                         "status": "open"}))  # fmt: skip
        hazards.append((box(x + 200, 100, x + 400, 300),
                        {"hazard_id": f"CHA-{code}", "classification": "CHA", "district": code,
                         "status": "worked_on"}))  # fmt: skip
        releases.append((box(x + 200, 100, x + 300, 300),
                         {"release_id": f"LR-{code}", "hazard_id": f"CHA-{code}",
                          "outcome": "cleared", "method": "manual", "end_date": "2024-03-01",
                          "ap_found": k, "at_found": 0, "uxo_found": 1,
                          "cm_found": 0}))  # fmt: skip
    return (
        make_layer("Polygon", UTM, hazards,
                   fields={"hazard_id": str, "classification": str, "district": str,
                           "status": str}),
        make_layer("Polygon", UTM, releases, fields=RELEASE_FIELDS),
        make_layer("MultiPolygon", UTM, districts),
    )  # fmt: skip


def run(algorithm, params):
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(f"landrelease:{algorithm}", params, context=context)


def area_report(site, tmp_path, name, language):
    hazards, releases, districts = site
    return run(
        "areareport",
        {
            "HAZARDS": hazards,
            "RELEASES": releases,
            "DISTRICTS": districts,
            "FROM": "2024-01-01",
            "TO": "2024-12-31",
            "LANGUAGE": language,
            "OUTPUT": str(tmp_path / f"{name}.pdf"),
            "OUTPUT_CSV": str(tmp_path / f"{name}.csv"),
        },
    )


def pdf_text(path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def screenshot(pdf: Path, name: str, tmp_path: Path) -> Path | None:
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


def english_interface() -> bool:
    return (
        QCoreApplication.translate("LandReleaseAreaReport", "Land release report")
        == "Land release report"
        and QCoreApplication.translate("TaskingMaps", "Tasking map {}") == "Tasking map {}"
    )


def test_print_language_options():
    assert i18n.print_language(0) is None
    assert [i18n.print_language(k) for k in (1, 2, 3)] == ["en", "az", "ru"]
    assert i18n.print_language(9) is None


def test_area_report_in_azerbaijani_with_an_english_interface(provider, site, tmp_path):
    i18n.remove_translator()
    assert english_interface()
    result = area_report(site, tmp_path, "report_az", 2)
    text = pdf_text(result["OUTPUT"])
    for heading in (
        "Ərazinin azad edilməsi hesabatı",
        "Rayonlar üzrə təhlükəli ərazilər",
        "Dövr ərzində azad edilib",
        "Şübhəli təhlükəli ərazilər (ŞTƏ)",
        "Təmizlənmiş",
        "Səhifə 1 /",
        "CƏMİ",
    ):
        assert heading in text, heading
    for _code, name, _en in DISTRICTS:
        assert name in text, name
    for letter in "əğıöşüçƏŞ":
        assert letter in text, letter
    assert "Land release report" not in text
    # The interface is English again; the CSV keeps its machine-readable English columns.
    assert english_interface()
    with open(result["OUTPUT_CSV"], encoding="utf-8", newline="") as stream:
        header = next(csv.reader(stream))
    assert header == list(core_report.CSV_COLUMNS)


def test_area_report_in_russian_with_a_screenshot(provider, site, tmp_path):
    result = area_report(site, tmp_path, "report_ru", 3)
    pdf = Path(result["OUTPUT"])
    text = pdf_text(pdf)
    for heading in ("Отчёт о высвобождении земель", "Опасные области и высвобождение земель",
                    "ИТОГО", "Страница 1 из", "Ağdam", "Xocavənd"):  # fmt: skip
        assert heading in text, heading
    assert english_interface()
    # Hectares in the Russian convention (a decimal comma), never 1,234.56 read as "one".
    hectares = re.findall(r"(\d[\d\u00a0 ]*,\d\d)\b", text)
    assert hectares, text[:500]
    assert not re.search(r"\d,\d{3}\.\d\d\b", text)
    assert not re.search(r"\b\d+\.\d\d\b", text.split("EPSG")[0])
    with open(result["OUTPUT_CSV"], encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert rows and all(float(row["cleared_m2"]) >= 0 for row in rows)  # machine-readable
    png = screenshot(pdf, "areareport_ru", tmp_path)
    assert png is None or png.exists()


def test_english_report_with_an_azerbaijani_interface(provider, site, tmp_path):
    """LANGUAGE English takes the plugin's translator off for the PDF only."""
    assert i18n.install_translator("az") is not None
    try:
        result = area_report(site, tmp_path, "report_en", 1)
        text = pdf_text(result["OUTPUT"])
        assert "Land release report" in text and "Ərazinin azad edilməsi hesabatı" not in text
        assert (
            QCoreApplication.translate("LandReleaseAreaReport", "Land release report")
            == "Ərazinin azad edilməsi hesabatı"
        )
        # The interface language by default.
        text = pdf_text(area_report(site, tmp_path, "report_default", 0)["OUTPUT"])
        assert "Ərazinin azad edilməsi hesabatı" in text
    finally:
        i18n.remove_translator()
    assert english_interface()


def test_tasking_map_in_russian(provider, site, tmp_path):
    hazards, _releases, _districts = site
    path = tmp_path / "tasking_ru.pdf"
    run(
        "taskingmaps",
        {
            "INPUT": hazards,
            "ORGANISATION": "ANAMA",
            "PAGE_SIZE": 0,
            "LANGUAGE": 3,
            "OUTPUT": str(path),
        },
    )
    text = pdf_text(path)
    for heading in (
        "Карта задачи",
        "Восток",
        "Широта",
        "Опасная область",
        "Район",
        "Эта карта показывает",
        "Страница 1 из",
        "статус",
        "вершина",
    ):
        assert heading in text, heading
    assert "Tasking map" not in text and "Easting" not in text
    # The declination of the print date, with its source, whatever the language.
    assert re.search(DECLINATION_NOTE, text), text
    assert english_interface()
    png = screenshot(path, "taskingmap_ru", tmp_path)
    assert png is None or png.exists()


def test_tasking_map_in_azerbaijani(provider, site, tmp_path):
    hazards, _releases, _districts = site
    path = tmp_path / "tasking_az.pdf"
    run(
        "taskingmaps",
        {"INPUT": hazards, "PAGE_SIZE": 2, "LANGUAGE": 2, "OUTPUT": str(path)},
    )
    text = pdf_text(path)
    for heading in ("Tapşırıq xəritəsi", "Təhlükəli ərazi", "Səhifə 1 /", "Enlik", "təpə"):
        assert heading in text, heading
    assert re.search(DECLINATION_NOTE, text), text
    assert english_interface()
    screenshot(path, "taskingmap_az", tmp_path)
