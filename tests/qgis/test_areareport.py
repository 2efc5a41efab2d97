"""landrelease:areareport through Processing: CSV figures equal the release summary's, the PDF."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

from landrelease.layouts.area_report import ha

UTM = "EPSG:32638"
X0, Y0 = 600000.0, 4400000.0
AREA_FIELDS = ("cancelled_m2", "reduced_m2", "cleared_m2", "remaining_area_m2")
HAZARD_FIELDS = {"hazard_id": str, "classification": str, "district": str}
RELEASE_FIELDS = {
    "release_id": str,
    "hazard_id": str,
    "outcome": str,
    "method": str,
    "end_date": str,
    "ap_found": int,
    "at_found": int,
    "uxo_found": int,
    "cm_found": int,
}


def approx(expected, rounded: int = 1):
    """The CSV rounds m² to 0.01 (to the cm²): ``rounded`` figures may each be 0.005 off."""
    return pytest.approx(expected, abs=0.005 * rounded + 1e-9)


def box(x0, y0, x1, y1):
    return (
        f"POLYGON(({X0 + x0} {Y0 + y0}, {X0 + x1} {Y0 + y0}, {X0 + x1} {Y0 + y1}, "
        f"{X0 + x0} {Y0 + y1}, {X0 + x0} {Y0 + y0}))"
    )


def run(algorithm, params, feedback=None):
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(f"landrelease:{algorithm}", params, context=context, feedback=feedback)


def rel(wkt, rid, hazard, outcome, method, end, ap=0, at=0, uxo=0, cm=0):
    return (
        wkt,
        {
            "release_id": rid,
            "hazard_id": hazard,
            "outcome": outcome,
            "method": method,
            "end_date": end,
            "ap_found": ap,
            "at_found": at,
            "uxo_found": uxo,
            "cm_found": cm,
        },
    )


@pytest.fixture
def site(make_layer):
    """Ağdam (x 0-2000) holds an SHA with a CHA inside; Füzuli (x 2000-4000) an SHA and a CHA."""
    districts = make_layer(
        "MultiPolygon",
        UTM,
        [
            (box(0, -500, 2000, 1500), {"code": "AGD", "name": "Ağdam", "name_en": "Aghdam"}),
            (box(2000, -500, 4000, 1500), {"code": "FUZ", "name": "Füzuli", "name_en": "Fuzuli"}),
        ],
    )
    hazards = make_layer(
        "Polygon",
        UTM,
        [
            (box(100, 0, 900, 500), {"hazard_id": "SHA-AGD-1", "classification": "SHA"}),
            (
                box(200, 100, 400, 300),
                {"hazard_id": "CHA-AGD-1", "classification": "CHA", "district": "AGD"},
            ),
            (
                box(2100, 0, 2600, 400),
                {"hazard_id": "SHA-FUZ-1", "classification": "SHA", "district": "Füzuli"},
            ),
            (box(3000, 0, 3300, 300), {"hazard_id": "CHA-FUZ-2", "classification": "CHA"}),
        ],
        fields=HAZARD_FIELDS,
    )
    releases = make_layer(
        "Polygon",
        UTM,
        [
            # before the period: cancelled strip of the Ağdam SHA
            rel(box(700, 0, 900, 500), "LR-1", "SHA-AGD-1", "cancelled", "none", "2023-11-20"),
            # in the period: the CHA cleared in two halves (manual, mechanical)
            rel(
                box(200, 100, 300, 300),
                "LR-2",
                "CHA-AGD-1",
                "cleared",
                "manual",
                "2024-02-14",
                ap=7,
                uxo=1,
            ),  # fmt: skip
            rel(
                box(300, 100, 400, 300),
                "LR-3",
                "CHA-AGD-1",
                "cleared",
                "mechanical",
                "2024-04-30",
                ap=2,
                at=1,
            ),  # fmt: skip
            # Füzuli: reduced by TS, and a CHA cleared
            rel(
                box(2100, 0, 2300, 400), "LR-4", "SHA-FUZ-1", "reduced", "mdd", "2024-03-03", uxo=3
            ),  # fmt: skip
            rel(
                box(3000, 0, 3300, 150),
                "LR-5",
                "CHA-FUZ-2",
                "cleared",
                "manual",
                "2024-06-30",
                at=2,
                cm=5,
            ),  # fmt: skip
            # after the period
            rel(
                box(2300, 0, 2400, 400),
                "LR-6",
                "SHA-FUZ-1",
                "cleared",
                "manual",
                "2025-02-01",
                ap=100,
            ),  # fmt: skip
        ],
        fields=RELEASE_FIELDS,
    )
    return hazards, releases, districts


def report(site, tmp_path, name="report", **extra):
    hazards, releases, districts = site
    params = {
        "HAZARDS": hazards,
        "RELEASES": releases,
        "DISTRICTS": districts,
        "OUTPUT": str(tmp_path / f"{name}.pdf"),
        "OUTPUT_CSV": str(tmp_path / f"{name}.csv"),
        **extra,
    }
    result = run("areareport", params)
    with open(result["OUTPUT_CSV"], encoding="utf-8", newline="") as stream:
        table = list(csv.DictReader(stream))
    return result, {row["district_code"]: row for row in table}


def summary(hazards, releases, as_of=None):
    params = {"HAZARDS": hazards, "RELEASES": releases, "OUTPUT": "memory:"}
    if as_of:
        params["AS_OF"] = as_of
    out = run("releasesummary", params)["OUTPUT"]
    return {f["hazard_id"]: {k: f[k] for k in (*AREA_FIELDS, "original_area_m2")} for f in
            out.getFeatures()}  # fmt: skip


MEMBERS = {"AGD": ("SHA-AGD-1", "CHA-AGD-1"), "FUZ": ("SHA-FUZ-1", "CHA-FUZ-2")}


def test_csv_equals_release_summary(provider, site, tmp_path):
    hazards, releases, _ = site
    _, rows = report(site, tmp_path, FROM="2024-01-01", TO="2024-12-31")
    assert list(rows) == ["AGD", "FUZ", "TOTAL"]
    assert rows["AGD"]["district_name"] == "Ağdam"
    at_end = summary(hazards, releases, "2024-12-31")
    before = summary(hazards, releases, "2023-12-31")
    for code, members in MEMBERS.items():
        row = rows[code]
        for out, field in (("cancelled_m2", "cancelled_m2"), ("reduced_m2", "reduced_m2"),
                           ("cleared_m2", "cleared_m2")):  # fmt: skip
            expected = sum(at_end[h][field] - before[h][field] for h in members)
            assert float(row[out]) == approx(expected)
        assert float(row["remaining_m2"]) == approx(
            sum(at_end[h]["remaining_area_m2"] for h in members)
        )
        sha, cha = members
        assert float(row["sha_area_m2"]) == approx(at_end[sha]["original_area_m2"])
        assert float(row["cha_area_m2"]) == approx(at_end[cha]["original_area_m2"])
    # the release before the period is not released in it, but is not remaining either
    assert float(rows["AGD"]["cancelled_m2"]) == 0
    assert float(rows["AGD"]["sha_remaining_m2"]) == pytest.approx(  # a planar share
        at_end["SHA-AGD-1"]["original_area_m2"] * (400000 - 100000 - 40000) / 400000, rel=1e-6
    )
    # the CHA lies inside the SHA: cleared counted in both hazards, the ground once
    assert float(rows["AGD"]["cleared_m2"]) == approx(2 * at_end["CHA-AGD-1"]["original_area_m2"])
    assert float(rows["AGD"]["hazard_ground_m2"]) == approx(at_end["SHA-AGD-1"]["original_area_m2"])
    # the release after the period neither released nor its items counted
    assert float(rows["FUZ"]["cleared_m2"]) == approx(at_end["CHA-FUZ-2"]["cleared_m2"])
    # TOTAL = sum of the district rows
    for column in rows["TOTAL"]:
        if column.startswith("district"):
            continue
        assert float(rows["TOTAL"][column]) == approx(
            float(rows["AGD"][column]) + float(rows["FUZ"][column]), rounded=3
        )
    # items found of the period's releases
    agd, fuz = rows["AGD"], rows["FUZ"]
    assert [int(agd[f"{k}_found"]) for k in ("ap", "at", "uxo", "cm")] == [9, 1, 1, 0]
    assert [int(fuz[f"{k}_found"]) for k in ("ap", "at", "uxo", "cm")] == [0, 2, 3, 5]
    assert (int(agd["releases"]), int(fuz["releases"])) == (2, 2)


def test_no_period_equals_summary(provider, site, tmp_path):
    hazards, releases, _ = site
    _, rows = report(site, tmp_path)
    everything = summary(hazards, releases)
    for field in AREA_FIELDS:
        column = "remaining_m2" if field == "remaining_area_m2" else field
        assert float(rows["TOTAL"][column]) == approx(sum(v[field] for v in everything.values()))
    assert int(rows["TOTAL"]["ap_found"]) == 109


def test_district_filter_by_code_and_name(provider, site, tmp_path):
    _, by_code = report(site, tmp_path, "code", DISTRICT="fuz")
    _, by_name = report(site, tmp_path, "name", DISTRICT="Füzuli")
    assert list(by_code) == list(by_name) == ["FUZ", "TOTAL"]
    assert by_code["TOTAL"] == {**by_name["TOTAL"]}
    assert int(by_code["TOTAL"]["sha_count"]) == 1
    with pytest.raises(QgsProcessingException, match=r"Shusha.*AGD.*FUZ"):
        report(site, tmp_path, "bad", DISTRICT="Shusha")


def pdf_text(path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(next(x for x in info.stdout.splitlines() if x.startswith("Pages:")).split()[1])


def screenshots(path, name):
    folder = Path(os.environ.get("LANDRELEASE_SCREENSHOTS") or path.parent / "png")
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(path), str(folder / name)], check=True)
    return sorted(folder.glob(f"{name}*.png"))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils needed")
def test_pdf(provider, site, tmp_path):
    result, rows = report(
        site, tmp_path, FROM="2024-01-01", TO="2024-12-31", ORGANISATION="ANAMA (test)"
    )
    pdf = Path(result["OUTPUT"])
    text = pdf_text(pdf)
    assert "Ağdam" in text and "Füzuli" in text
    assert "Land release report" in text and "2024-01-01 to 2024-12-31" in text
    total = rows["TOTAL"]
    for column in ("sha_area_m2", "cha_area_m2", "cleared_m2", "reduced_m2", "remaining_m2"):
        if column == "remaining_m2":
            column = "remaining_ground_m2"
        assert ha(float(total[column])) in text, column
    assert ha(float(total["released_m2"])) in text
    assert "Page 1 of" in text
    assert pages(pdf) >= 3
    assert screenshots(pdf, "areareport")


def test_empty_period(provider, site, tmp_path):
    result, rows = report(site, tmp_path, FROM="2030-01-01", TO="2030-12-31")
    assert float(rows["TOTAL"]["released_m2"]) == 0
    assert float(rows["TOTAL"]["remaining_m2"]) > 0
    text = pdf_text(result["OUTPUT"])
    assert "No land release in this period" in text
    screenshots(Path(result["OUTPUT"]), "areareport_empty")


def database_site(new_gpkg, site) -> dict:
    """The site's layers copied into a real land release GeoPackage, by table name."""
    hazards, releases, districts = site
    layers = {}
    for name, source in (("hazard", hazards), ("land_release", releases), ("district", districts)):
        layer = QgsVectorLayer(f"{new_gpkg}|layername={name}", name, "ogr")
        assert layer.isValid(), name
        assert layer.startEditing()
        for feature in source.getFeatures():
            copy = layer.fields()
            from qgis.core import QgsFeature

            new = QgsFeature(copy)
            new.setGeometry(feature.geometry())
            for field in source.fields().names():
                if copy.lookupField(field) >= 0:
                    new[field] = feature[field]
            if name == "hazard":
                new["status"] = "open"
            if name == "land_release":
                new["activity"] = {"cancelled": "nts", "reduced": "ts"}.get(
                    feature["outcome"], "clearance"
                )
            assert layer.addFeature(new)
        assert layer.commitChanges(), layer.commitErrors()
        layers[name] = layer
    return layers


def test_land_release_database(provider, new_gpkg, site, tmp_path):
    """On the layers of a real land release GeoPackage."""
    layers = database_site(new_gpkg, site)
    result, rows = report(
        (layers["hazard"], layers["land_release"], layers["district"]),
        tmp_path,
        "gpkg",
        FROM="2024-01-01",
        TO="2024-12-31",
        DISTRICT="AGD",
    )
    assert list(rows) == ["AGD", "TOTAL"]
    assert int(rows["AGD"]["cha_count"]) == 1 and int(rows["AGD"]["ap_found"]) == 9
    assert pages(result["OUTPUT"]) >= 3


def test_an_end_date_stored_as_text_that_is_no_date_is_not_counted(
    provider, new_gpkg, site, tmp_path
):
    """Another program wrote '01.05.2031' into a release's end_date: QGIS reads NULL, which
    would count the release as one without a date; the report leaves it out, as the release
    summary and the hazards' derived figures do."""
    from osgeo import ogr

    layers = database_site(new_gpkg, site)
    _, counted = report(tuple(layers.values()), tmp_path, "before")
    (rid,) = [f["release_id"] for f in layers["land_release"].getFeatures()
              if f["hazard_id"] == "CHA-FUZ-2" and f["outcome"] == "cleared"]  # fmt: skip
    dataset = ogr.Open(str(new_gpkg), 1)
    dataset.ExecuteSQL(
        f"UPDATE land_release SET end_date = '01.05.2031' WHERE release_id = '{rid}'"
    )
    dataset = None
    releases = QgsVectorLayer(f"{new_gpkg}|layername=land_release", "land_release", "ogr")
    _, rows = report((layers["hazard"], releases, layers["district"]), tmp_path, "after")
    expected = summary(layers["hazard"], releases)
    assert float(rows["FUZ"]["cleared_m2"]) == approx(
        sum(expected[h]["cleared_m2"] for h in MEMBERS["FUZ"])
    )
    assert expected["CHA-FUZ-2"]["cleared_m2"] == 0
    assert float(rows["FUZ"]["cleared_m2"]) < float(counted["FUZ"]["cleared_m2"]) - 1


class CancelAt(QgsProcessingFeedback):
    """Cancels once the progress reaches ``percent``; keeps what it was told."""

    def __init__(self, percent: float):
        super().__init__()
        self.percent = percent
        self.messages: list[str] = []
        self.progressChanged.connect(self._check)

    def _check(self, progress):
        if progress >= self.percent and not self.isCanceled():
            self.cancel()

    def pushInfo(self, info):  # noqa: N802
        self.messages.append(info)

    def reportError(self, error, fatalError=False):  # noqa: N802, N803
        self.messages.append(error)


@pytest.mark.parametrize("percent", [15, 75])  # in the accounting; after the CSV
def test_a_cancelled_report_leaves_the_outputs_as_they_were(provider, site, tmp_path, percent):
    """Issue 15 part 7: neither the PDF nor the CSV is half-made under its name, and the log
    says "cancelled", not "completed"."""
    hazards, releases, districts = site
    pdf, table = tmp_path / "report.pdf", tmp_path / "report.csv"
    pdf.write_bytes(b"%PDF- last month")
    table.write_text("district_code\nlast month\n", encoding="utf-8")
    feedback = CancelAt(percent)
    params = {
        "HAZARDS": hazards,
        "RELEASES": releases,
        "DISTRICTS": districts,
        "OUTPUT": str(pdf),
        "OUTPUT_CSV": str(table),
    }
    with pytest.raises(QgsProcessingException, match="Cancelled: no report was written"):
        run("areareport", params, feedback)
    assert pdf.read_bytes() == b"%PDF- last month"
    assert table.read_text(encoding="utf-8") == "district_code\nlast month\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.csv", "report.pdf"]
    assert not any("completed" in m.lower() for m in feedback.messages)


def test_outputs_in_a_new_folder_and_a_folder_as_output(provider, site, tmp_path):
    result, rows = report(site, tmp_path / "new" / "sub", name="report")
    assert Path(result["OUTPUT"]).stat().st_size > 0 and rows["TOTAL"]
    hazards, releases, _districts = site
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(QgsProcessingException, match=r"^OUTPUT: .* is a folder"):
        run(
            "areareport",
            {
                "HAZARDS": hazards,
                "RELEASES": releases,
                "OUTPUT": str(folder),
                "OUTPUT_CSV": str(folder / "report.csv"),
            },
        )
    assert list(folder.iterdir()) == []


# --- OFFICIAL: which releases count by their review; the pending area apart (issue 19) ---------

OFFICIAL_LINE = "Official figures: only releases passed by quality management"
OPERATIONAL_LINE = "Operational figures: all saved releases except failed ones"


@pytest.fixture
def reviewed_site(site, make_layer):
    """The site's hazards and districts; its releases reviewed: LR-1 and LR-4 passed, LR-2
    pending, LR-3 never reviewed (NULL), LR-5 failed, LR-6 (after the period) pending."""
    hazards, releases, districts = site
    reviews = {"LR-1": "passed", "LR-2": "pending", "LR-3": None, "LR-4": "passed",
               "LR-5": "failed", "LR-6": "pending"}  # fmt: skip
    rows_ = []
    for feature in releases.getFeatures():
        values = {name: feature[name] for name in RELEASE_FIELDS}
        values["qa_status"] = reviews[feature["release_id"]]
        rows_.append((feature.geometry().asWkt(), values))
    reviewed = make_layer("Polygon", UTM, rows_, fields={**RELEASE_FIELDS, "qa_status": str})
    return hazards, reviewed, districts


def flat_text(pdf) -> str:
    """The PDF's text on one line, ligatures (ﬁ, ﬃ) as their letters."""
    import unicodedata

    return " ".join(unicodedata.normalize("NFKC", pdf_text(pdf)).split())


def summary_by_mode(hazards, releases, official: bool, as_of=None):
    params = {"HAZARDS": hazards, "RELEASES": releases, "OUTPUT": "memory:", "OFFICIAL": official}
    if as_of:
        params["AS_OF"] = as_of
    out = run("releasesummary", params)["OUTPUT"]
    fields = (*AREA_FIELDS, "original_area_m2", "pending_m2")
    return {f["hazard_id"]: {k: f[k] for k in fields} for f in out.getFeatures()}


@pytest.mark.parametrize("official", [False, True])
def test_csv_equals_release_summary_in_both_modes(provider, reviewed_site, tmp_path, official):
    hazards, releases, _ = reviewed_site
    name = "official" if official else "operational"
    _, rows = report(reviewed_site, tmp_path, name, FROM="2024-01-01", TO="2024-12-31",
                     OFFICIAL=official)  # fmt: skip
    at_end = summary_by_mode(hazards, releases, official, "2024-12-31")
    before = summary_by_mode(hazards, releases, official, "2023-12-31")
    for code, members in MEMBERS.items():
        row = rows[code]
        for field in ("cancelled_m2", "reduced_m2", "cleared_m2"):
            expected = sum(at_end[h][field] - before[h][field] for h in members)
            assert float(row[field]) == approx(expected), (code, field)
        for column, field in (("remaining_m2", "remaining_area_m2"), ("pending_m2", "pending_m2")):
            assert float(row[column]) == approx(sum(at_end[h][field] for h in members))
    agd, fuz = rows["AGD"], rows["FUZ"]
    if official:  # only LR-1 (before the period) and LR-4 count
        assert float(agd["cleared_m2"]) == 0 and float(fuz["cleared_m2"]) == 0
        assert float(agd["pending_m2"]) == approx(2 * at_end["CHA-AGD-1"]["original_area_m2"])
        assert (int(agd["releases"]), int(fuz["releases"])) == (0, 1)
        assert [int(fuz[f"{k}_found"]) for k in ("ap", "at", "uxo", "cm")] == [0, 0, 3, 0]
    else:  # the failed LR-5 counts nowhere, items found included
        assert float(fuz["cleared_m2"]) == 0
        assert float(agd["pending_m2"]) == approx(float(agd["cleared_m2"]))
        assert (int(agd["releases"]), int(fuz["releases"])) == (2, 1)
        assert [int(fuz[f"{k}_found"]) for k in ("ap", "at", "uxo", "cm")] == [0, 0, 3, 0]
    assert float(rows["TOTAL"]["pending_m2"]) == approx(
        float(agd["pending_m2"]) + float(fuz["pending_m2"]), rounded=3
    )


def test_official_remaining_is_operational_remaining_plus_pending(
    provider, reviewed_site, tmp_path
):
    _, operational = report(reviewed_site, tmp_path, "a", OFFICIAL=False)
    _, official = report(reviewed_site, tmp_path, "b", OFFICIAL=True)
    for code in ("AGD", "FUZ", "TOTAL"):
        assert float(official[code]["pending_m2"]) == approx(float(operational[code]["pending_m2"]))
        assert float(official[code]["remaining_m2"]) == approx(
            float(operational[code]["remaining_m2"]) + float(operational[code]["pending_m2"]), 3
        )


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils needed")
@pytest.mark.parametrize("official", [False, True])
def test_pdf_says_which_figures_and_shows_the_pending_area(
    provider, reviewed_site, tmp_path, official
):
    result, rows = report(reviewed_site, tmp_path, FROM="2024-01-01", TO="2024-12-31",
                          OFFICIAL=official)  # fmt: skip
    pdf = Path(result["OUTPUT"])
    text = flat_text(pdf)
    assert (OFFICIAL_LINE if official else OPERATIONAL_LINE) in text
    assert (OPERATIONAL_LINE if official else OFFICIAL_LINE) not in text
    pending = ha(float(rows["TOTAL"]["pending_m2"]))
    assert float(rows["TOTAL"]["pending_m2"]) > 0
    where = "part of remaining" if official else "counted as released"
    assert f"Pending review at the end of the period {pending} ha ({where})" in text
    assert ha(float(rows["AGD"]["pending_m2"])) in text
    assert ("official figures" if official else "operational figures") in text  # page footers
    screenshots(pdf, "areareport_official" if official else "areareport_operational")


def test_official_report_needs_the_qa_status_field(provider, site, tmp_path):
    with pytest.raises(QgsProcessingException, match="RELEASES has no field qa_status"):
        report(site, tmp_path, OFFICIAL=True)


# The lines under the title, in Azerbaijani and Russian (also in /work/notes/tr19-official.tsv
# for the .ts files): the report prints what the installed translation gives.
TITLE_LINES = {
    "az": {
        OFFICIAL_LINE: "Rəsmi göstəricilər: yalnız keyfiyyət idarəetməsinin yoxlamasından "
        "keçmiş azad edilmələr",
        OPERATIONAL_LINE: "Əməliyyat göstəriciləri: yoxlamadan keçməyənlərdən başqa bütün "
        "qeydə alınmış azad edilmələr",
    },
    "ru": {
        OFFICIAL_LINE: "Официальные показатели: только высвобождения, прошедшие проверку "
        "управления качеством",
        OPERATIONAL_LINE: "Оперативные показатели: все сохранённые высвобождения, кроме не "
        "прошедших проверку",
    },
}


@pytest.fixture
def title_translations(tmp_path, monkeypatch):
    """The plugin's .qm files rebuilt in a folder of their own with the title lines added
    where the .ts files lack them, and the plugin pointed at that folder."""
    import xml.etree.ElementTree as ET

    from landrelease.toolbelt import i18n

    lrelease = next((p for p in ("/usr/lib/qt5/bin/lrelease", shutil.which("lrelease")) if p), None)
    if lrelease is None or not Path(lrelease).exists():
        pytest.skip("lrelease is missing (apt install qttools5-dev-tools)")
    folder = tmp_path / "i18n"
    folder.mkdir()
    for language, lines in TITLE_LINES.items():
        tree = ET.parse(i18n.I18N_DIR / f"landrelease_{language}.ts")
        context = next(c for c in tree.getroot() if c.findtext("name") == "LandReleaseAreaReport")
        known = {m.findtext("source") for m in context.iter("message")}
        for source, translation in lines.items():
            if source in known:
                continue
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation").text = translation
        ts = folder / f"landrelease_{language}.ts"
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        qm = ts.with_suffix(".qm")
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
    monkeypatch.setattr(i18n, "I18N_DIR", folder)
    return folder


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils needed")
@pytest.mark.parametrize(("language", "option"), [("az", 2), ("ru", 3)])
@pytest.mark.parametrize("official", [False, True])
def test_the_figures_line_is_printed_in_the_report_language(
    provider, reviewed_site, tmp_path, title_translations, language, option, official
):
    from qgis.PyQt.QtCore import QCoreApplication

    from landrelease.toolbelt import i18n

    result, _ = report(reviewed_site, tmp_path, LANGUAGE=option, OFFICIAL=official)
    text = flat_text(result["OUTPUT"])
    english = OFFICIAL_LINE if official else OPERATIONAL_LINE
    with i18n.translation(language):
        printed = QCoreApplication.translate("LandReleaseAreaReport", english)
    assert printed != english
    assert printed in text and english not in text
    if shutil.which("pdftoppm"):
        screenshots(Path(result["OUTPUT"]), f"areareport_{language}_{int(official)}")


def test_items_found_that_are_no_whole_numbers_are_refused(provider, new_gpkg, site, tmp_path):
    """'3 AP' written into ap_found by another program: QGIS reads 3, and the report to the
    government would count it so."""
    from osgeo import ogr

    layers = database_site(new_gpkg, site)
    (rid, *_) = [f["release_id"] for f in layers["land_release"].getFeatures()]
    dataset = ogr.Open(str(new_gpkg), 1)
    dataset.ExecuteSQL(f"UPDATE land_release SET ap_found = '3 AP' WHERE release_id = '{rid}'")
    dataset = None
    releases = QgsVectorLayer(f"{new_gpkg}|layername=land_release", "land_release", "ogr")
    with pytest.raises(QgsProcessingException, match=rf"{rid} \(feature \d+\): ap_found = '3 AP'"):
        report((layers["hazard"], releases, layers["district"]), tmp_path, "gpkg")


@pytest.mark.parametrize(
    "value, whole",
    [(3, True), (0, True), (3.0, True), (2.5, False), (-1, False), (True, False), ("", True),
     (" 7 ", True), ("7 AP", False), ("12,5", False), ("1e3", False), ("٣", False)],
)  # fmt: skip
def test_what_counts_as_a_whole_number(value, whole):
    """What the core's count (int(), NULL and blank as 0) reads exactly, and nothing else."""
    from landrelease.processing.inputs import _whole_number

    assert _whole_number(value) is whole
