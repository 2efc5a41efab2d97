"""PHOTOS of landrelease:completionreport and landrelease:taskingmaps: a page of photos after
each hazard that has any (its releases, its survey points, the evidence within it), read back
with pdftotext and pdfimages."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from qgis.core import QgsGeometry, QgsVectorLayer

from landrelease.storage import attachments

from .test_attachments import picture
from .test_completionreport import (
    H1,
    H2,
    H3,
    X0,
    Y0,
    _add,
    database,
    page_count,
    pages,
    report,
    run,
    screenshot,
)

__all__ = ["database"]  # the fixture, used by name

pytestmark = pytest.mark.skipif(
    shutil.which("pdfimages") is None or shutil.which("pdftotext") is None,
    reason="poppler-utils (pdfimages, pdftotext) not installed",
)


def map_images(counts: dict[int, int], pages: tuple[int, ...]) -> bool:
    """The map of each hazard on ``pages`` is one raster (QGIS 3.22) or vectors only (3.40):
    no other page has an image."""
    return set(counts) <= set(pages) and all(counts[p] == 1 for p in counts)


def set_photo(layer: QgsVectorLayer, expression: str, photo: str) -> None:
    assert layer.startEditing()
    index = layer.fields().indexOf("photo")
    for feature in layer.getFeatures(expression):
        assert layer.changeAttributeValue(feature.id(), index, photo)
    assert layer.commitChanges(), layer.commitErrors()


def images_per_page(pdf: Path) -> dict[int, int]:
    listed = subprocess.run(
        ["pdfimages", "-list", str(pdf)], check=True, capture_output=True, text=True
    ).stdout
    counts: dict[int, int] = {}
    for line in listed.splitlines()[2:]:
        fields = line.split()
        if fields and fields[2] == "image":
            counts[int(fields[0])] = counts.get(int(fields[0]), 0) + 1
    return counts


@pytest.fixture
def photographed(database, tmp_path):
    """H1's clearance LR-1, its first turning point and an evidence point within it have
    photos in the database; its reduction LR-2 names a photo that was never stored."""
    gpkg = database["hazard"].source().split("|")[0]
    stored = {
        "DCIM/lr1.jpg": picture(tmp_path / "lr1.jpg", "red", size=(300, 200)),
        "DCIM/tp1.png": picture(tmp_path / "tp1.png", "green", "PNG", size=(200, 300)),
        "DCIM/ev1.jpg": picture(tmp_path / "ev1.jpg", "blue"),
    }
    for path, file in stored.items():
        attachments.store_photo(gpkg, path, file)
    set_photo(database["land_release"], "\"release_id\" = 'LR-1'", "DCIM/lr1.jpg")
    set_photo(database["land_release"], "\"release_id\" = 'LR-2'", "DCIM/missing.jpg")
    set_photo(database["survey_point"], '"seq" = 1', "DCIM/tp1.png")
    evidence = QgsVectorLayer(f"{gpkg}|layername=evidence", "evidence", "ogr")
    inside = QgsGeometry.fromWkt(f"POINT({X0 + 50} {Y0 + 50})")
    outside = QgsGeometry.fromWkt(f"POINT({X0 + 250} {Y0 + 50})")  # between H1 and H2
    seen = {"evidence_type": "visual_mine", "photo": "DCIM/ev1.jpg"}
    _add(
        evidence,
        [(inside, {"evidence_id": "EV-1", **seen}), (outside, {"evidence_id": "EV-2", **seen})],
    )
    database["evidence"] = evidence
    yield database
    # The layers go while QGIS is up: the last test's arguments are dropped after its exit.
    database.clear()


def test_without_photos_the_report_is_as_before(provider, photographed, tmp_path):
    pdf = report(photographed, tmp_path, LANGUAGE=1)
    assert page_count(pdf) == 6
    assert not any("DCIM/" in page for page in pages(pdf))
    assert map_images(images_per_page(pdf), (1, 4))  # H1's map on page 1, H2's on page 4


def test_a_page_of_photos_after_the_hazard_that_has_them(provider, photographed, tmp_path):
    pdf = report(photographed, tmp_path, LANGUAGE=1, PHOTOS=True)
    text = pages(pdf)
    # H1: map, certificate, annex, photos; H2 (no photo): map, certificate, annex
    assert page_count(pdf) == 7 == len(text)
    photos = text[3]
    assert H1 in photos and "Photos of its releases, points and evidence" in photos
    assert "page 4 of 4 of this hazard" in photos
    for caption in (
        "LR-1 — DCIM/lr1.jpg",
        f"{H1} turning 1 — DCIM/tp1.png",
        "EV-1 — DCIM/ev1.jpg",
    ):
        assert caption in photos, caption
    assert "EV-2" not in " ".join(text)  # outside every printed hazard
    assert "Photos that cannot be printed:" in photos
    assert re.search(r"LR-2 — DCIM/missing\.jpg: not found in the database's photos", photos)
    assert H2 in text[4] and "DCIM/" not in " ".join(text[4:])
    png = screenshot(pdf, "completion_report_photos", tmp_path, 4)
    assert png is None or png.exists()
    # the three pictures on the photo page (page 4); H2's map one page later
    counts = images_per_page(pdf)
    assert counts.pop(4) == 3
    assert map_images(counts, (1, 5))


def tasking_maps(layers, tmp_path, **extra) -> Path:
    path = tmp_path / "tasking.pdf"
    params = {
        "INPUT": layers["hazard"],
        "POINTS": layers["survey_point"],
        "RELEASES": layers["land_release"],
        "EVIDENCE": layers["evidence"],
        "LANGUAGE": 1,
        "OUTPUT": str(path),
        **extra,
    }
    assert run("taskingmaps", params)["OUTPUT"] == str(path)
    return path


def test_tasking_maps_without_photos_are_as_before(provider, photographed, tmp_path):
    pdf = tasking_maps(photographed, tmp_path)
    text = pages(pdf)
    assert page_count(pdf) == 3 == len(text)  # one page per hazard
    assert not any("DCIM/" in page for page in text)


def test_tasking_maps_print_a_page_of_photos_after_the_area(provider, photographed, tmp_path):
    before = images_per_page(tasking_maps(photographed, tmp_path / "before"))
    pdf = tasking_maps(photographed, tmp_path, PHOTOS=True)
    text = pages(pdf)
    assert page_count(pdf) == 4 == len(text)  # H1, its photos, H2, H3
    assert H1 in text[0] and H2 in text[2] and H3 in text[3]
    photos = text[1]
    assert f"Photos — {H1}" in photos
    for caption in ("LR-1 — DCIM/lr1.jpg", f"{H1} turning 1 — DCIM/tp1.png", "EV-1 — DCIM/ev1.jpg"):
        assert caption in photos, caption
    assert "LR-2 — DCIM/missing.jpg: not found in the database's photos" in photos
    assert "EV-2" not in " ".join(text)
    # the map page's items are not on the photo page: no point table, no disclaimer
    assert "Easting" not in photos and "mE" not in photos
    png = screenshot(pdf, "tasking_map_photos", tmp_path, 2)
    assert png is None or png.exists()
    shifted = {(page if page == 1 else page + 1): n for page, n in before.items()}
    assert images_per_page(pdf) == {**shifted, 2: 3}


def test_tasking_maps_photos_on_a4_portrait(provider, photographed, tmp_path):
    pdf = tasking_maps(photographed, tmp_path, PHOTOS=True, PAGE_SIZE=2)
    text = pages(pdf)
    assert page_count(pdf) == 4
    assert f"Photos — {H1}" in text[1] and "LR-1 — DCIM/lr1.jpg" in text[1]
    assert images_per_page(pdf)[2] == 3
