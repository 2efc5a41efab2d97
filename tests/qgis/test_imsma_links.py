"""IMSMA Core ids and links of hazards and releases, and the review state of releases, through
landrelease:exportimsma and landrelease:importimsma from a land release GeoPackage (issue 19)."""

from __future__ import annotations

import json

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QDate

from landrelease.processing.exportimsma import ExportImsma
from landrelease.tests.qgis.test_imsma import (
    PENTAGON,
    SQUARE,
    UTM,
    X0,
    Y0,
    assert_refused,
    by_id,
    import_folder,
    import_to_files,
    read_csv,
    run,
)


def rectangle(x, y, width=30, height=20):
    x, y = X0 + x, Y0 + y
    corners = [(x, y), (x + width, y), (x + width, y + height), (x, y + height), (x, y)]
    return "POLYGON((" + ", ".join(f"{a} {b}" for a, b in corners) + "))"


LINKS_LR1 = "ACT-2024-0131\nQA-2024-0007"  # one link a line, kept exactly
LINKS_LR2 = "  REP-0088 ; «Гузанлы»  "  # blanks and quotes kept exactly
HAZARD_ROWS = [
    (SQUARE, {"hazard_id": "CHA-AGD-0001", "classification": "CHA", "status": "worked_on",
              "imsma_id": "IMSMA-HA-0001", "imsma_links": "ACT-2024-0131; REP-0088"}),
    (PENTAGON, {"hazard_id": "SHA-AGD-0002", "classification": "SHA", "status": "open"}),
]  # fmt: skip
RELEASE = {"hazard_id": "CHA-AGD-0001", "activity": "clearance", "outcome": "cleared"}
RELEASE_ROWS = [
    (rectangle(5, 5), {**RELEASE, "release_id": "LR-AGD-0001", "qa_status": "passed",
                       "reviewed_by": "Leyla Məmmədova", "reviewed_on": QDate(2024, 8, 2),
                       "review_remarks": "Keyfiyyət yoxlaması uğurlu",
                       "imsma_id": "IMSMA-LR-0101", "imsma_links": LINKS_LR1}),
    (rectangle(5, 40), {**RELEASE, "release_id": "LR-AGD-0002", "qa_status": "failed",
                        "reviewed_by": "Kamran Əliyev", "reviewed_on": QDate(2024, 8, 3),
                        "review_remarks": "Сигнал на глубине 15 см: повторная очистка",
                        "imsma_links": LINKS_LR2}),
    (rectangle(50, 5), {**RELEASE, "release_id": "LR-AGD-0003", "qa_status": "pending",
                        "imsma_id": "IMSMA-LR-0103"}),
]  # fmt: skip
EXCHANGED = ("imsma_id", "imsma_links", "qa_status", "reviewed_by", "reviewed_on", "review_remarks")


def gpkg_layer(path, name, rows=()) -> QgsVectorLayer:
    """A layer of the GeoPackage ``path``, with ``rows`` (wkt, values) added."""
    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert layer.isValid()
    features = []
    for wkt, values in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        for key, value in values.items():
            feature[key] = value
        features.append(feature)
    assert layer.dataProvider().addFeatures(features), layer.dataProvider().errors()
    layer.reload()
    return layer


@pytest.fixture
def database(new_gpkg):
    """The hazard and land_release layers of a GeoPackage made by createdatabase."""
    return (
        gpkg_layer(new_gpkg, "hazard", HAZARD_ROWS),
        gpkg_layer(new_gpkg, "land_release", RELEASE_ROWS),
    )


def export_database(tmp_path, database, feedback=None):
    hazards, releases = database
    folder = tmp_path / "imsma"
    run(ExportImsma, {"HAZARDS": hazards, "RELEASES": releases, "OUTPUT": str(folder)}, feedback)
    return folder


def properties(folder, name) -> dict:
    """The properties of each feature of a GeoJSON of the folder, by feature id."""
    data = json.loads((folder / name).read_text(encoding="utf-8"))
    return {f["id"]: f["properties"] for f in data["features"]}


def test_export_writes_ids_links_and_review_state(qgis_processing, tmp_path, database):
    folder = export_database(tmp_path, database)
    releases = properties(folder, "land_releases.geojson")
    assert list(releases) == ["IMSMA-LR-0101", "LR-AGD-0002", "IMSMA-LR-0103"]
    assert {k: {n: p[n] for n in EXCHANGED} for k, p in releases.items()} == {
        "IMSMA-LR-0101": {
            "imsma_id": "IMSMA-LR-0101",
            "imsma_links": LINKS_LR1,
            "qa_status": "passed",
            "reviewed_by": "Leyla Məmmədova",
            "reviewed_on": "2024-08-02",
            "review_remarks": "Keyfiyyət yoxlaması uğurlu",
        },
        "LR-AGD-0002": {  # no IMSMA id: its release_id, as a hazard's hazard_id
            "imsma_id": "LR-AGD-0002",
            "imsma_links": LINKS_LR2,
            "qa_status": "failed",
            "reviewed_by": "Kamran Əliyev",
            "reviewed_on": "2024-08-03",
            "review_remarks": "Сигнал на глубине 15 см: повторная очистка",
        },
        "IMSMA-LR-0103": {
            "imsma_id": "IMSMA-LR-0103",
            "imsma_links": None,
            "qa_status": "pending",
            "reviewed_by": None,
            "reviewed_on": None,
            "review_remarks": None,
        },
    }
    assert [p["release_id"] for p in releases.values()] == [
        "LR-AGD-0001",
        "LR-AGD-0002",
        "LR-AGD-0003",
    ]
    hazards = properties(folder, "hazards.geojson")
    assert {k: (p["hazard_id"], p["imsma_id"], p["imsma_links"]) for k, p in hazards.items()} == {
        "IMSMA-HA-0001": ("CHA-AGD-0001", "IMSMA-HA-0001", "ACT-2024-0131; REP-0088"),
        "SHA-AGD-0002": ("SHA-AGD-0002", "SHA-AGD-0002", None),
    }
    # The point lists carry the same ids.
    release_lists = by_id(read_csv(folder / "land_release_points.csv"))
    assert {k: len(v) for k, v in release_lists.items()} == {
        "IMSMA-LR-0101": 4,
        "LR-AGD-0002": 4,
        "IMSMA-LR-0103": 4,
    }
    assert set(by_id(read_csv(folder / "hazard_points.csv"))) == {"IMSMA-HA-0001", "SHA-AGD-0002"}


def test_import_gives_back_the_same_ids_links_and_review_state(
    qgis_processing, tmp_path, database, feedback
):
    folder = export_database(tmp_path, database)
    result = import_folder(folder, feedback)
    releases = {f["release_id"]: f for f in result["OUTPUT_RELEASES"].getFeatures()}
    assert {k: [f[n] for n in EXCHANGED] for k, f in releases.items()} == {
        "LR-AGD-0001": [
            "IMSMA-LR-0101",
            LINKS_LR1,
            "passed",
            "Leyla Məmmədova",
            QDate(2024, 8, 2),
            "Keyfiyyət yoxlaması uğurlu",
        ],
        "LR-AGD-0002": [
            "LR-AGD-0002",  # NULL became the release_id (the rule of the export)
            LINKS_LR2,
            "failed",
            "Kamran Əliyev",
            QDate(2024, 8, 3),
            "Сигнал на глубине 15 см: повторная очистка",
        ],
        "LR-AGD-0003": ["IMSMA-LR-0103", None, "pending", None, None, None],
    }
    hazards = {f["hazard_id"]: f for f in result["OUTPUT_HAZARDS"].getFeatures()}
    assert {k: (f["imsma_id"], f["imsma_links"]) for k, f in hazards.items()} == {
        "CHA-AGD-0001": ("IMSMA-HA-0001", "ACT-2024-0131; REP-0088"),
        "SHA-AGD-0002": ("SHA-AGD-0002", None),
    }
    assert "without qa_status" not in feedback.text()
    # Exported again, the imported layers give the same properties.
    again = tmp_path / "again"
    run(
        ExportImsma,
        {
            "HAZARDS": result["OUTPUT_HAZARDS"],
            "RELEASES": result["OUTPUT_RELEASES"],
            "OUTPUT": str(again),
        },
    )
    for name in ("hazards.geojson", "land_releases.geojson"):
        first, second = properties(folder, name), properties(again, name)
        assert list(second) == list(first)
        for key, values in first.items():
            assert {n: second[key][n] for n in EXCHANGED if n in values} == {
                n: values[n] for n in EXCHANGED if n in values
            }


def test_releases_without_qa_status_are_imported_as_pending(
    qgis_processing, tmp_path, database, feedback
):
    folder = export_database(tmp_path, database)
    edit_features(folder, "land_releases.geojson", lambda fs: [f["properties"].pop("qa_status")
                                                               for f in fs[1:]])  # fmt: skip
    result = import_folder(folder, feedback)
    statuses = {f["release_id"]: f["qa_status"] for f in result["OUTPUT_RELEASES"].getFeatures()}
    assert statuses == {"LR-AGD-0001": "passed", "LR-AGD-0002": "pending", "LR-AGD-0003": "pending"}
    assert (
        "land_releases.geojson: 2 release(s) without qa_status imported as pending (not yet "
        "reviewed)." in feedback.text()
    )


def test_imsma_id_read_without_blanks_and_empty_as_none(qgis_processing, tmp_path, database):
    folder = export_database(tmp_path, database)

    def edit(features):
        features[0]["properties"]["imsma_id"] = " IMSMA-HA-0001\u00a0"
        features[1]["properties"]["imsma_id"] = ""  # IMSMA's empty cell: no IMSMA id
        del features[1]["id"]

    edit_features(folder, "hazards.geojson", edit)
    hazards = import_folder(folder)["OUTPUT_HAZARDS"]
    assert {f["hazard_id"]: f["imsma_id"] for f in hazards.getFeatures()} == {
        "CHA-AGD-0001": "IMSMA-HA-0001",
        "SHA-AGD-0002": "SHA-AGD-0002",
    }


# --- bad input on import ------------------------------------------------------------------------


def edit_features(folder, name, edit):
    path = folder / name
    data = json.loads(path.read_text(encoding="utf-8"))
    edit(data["features"])
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def set_property(number, name, value, file="land_releases.geojson"):
    """An edit of the folder: feature ``number`` (from 1) of ``file`` gets ``name`` = value."""

    def edit(folder):
        edit_features(folder, file, lambda fs: fs[number - 1]["properties"].update({name: value}))

    return edit


def set_imsma_id(number, value, file="hazards.geojson"):
    """The feature's imsma_id property and its feature id, as IMSMA would write both."""

    def edit(folder):
        def change(features):
            features[number - 1]["properties"]["imsma_id"] = value
            features[number - 1]["id"] = value

        edit_features(folder, file, change)

    return edit


RELEASE_2 = "land_releases.geojson: LR-AGD-0002:"
BAD_IMPORTS = {
    "an unknown qa_status": (
        set_property(2, "qa_status", "approved"),
        f"{RELEASE_2} qa_status 'approved' is not one of the codes pending, passed, failed: "
        "write one of them.",
    ),
    "a qa_status in capitals": (
        set_property(2, "qa_status", "Passed"),
        f"{RELEASE_2} qa_status 'Passed' is not one of the codes pending, passed, failed",
    ),
    "a review date that is no date": (
        set_property(2, "reviewed_on", "2024-13-45"),
        f"{RELEASE_2} reviewed_on = '2024-13-45' is not a valid date value.",
    ),
    "links that are a list": (
        set_property(2, "imsma_links", ["ACT-1", "REP-2"]),
        "land_releases.geojson: feature 2 (release_id LR-AGD-0002): imsma_links ['ACT-1', "
        "'REP-2'] is not text: write the links to other IMSMA items as one text, as IMSMA "
        "Core lists them.",
    ),
    "links that are a number": (
        set_property(1, "imsma_links", 131, "hazards.geojson"),
        "hazards.geojson: feature 1 (hazard_id CHA-AGD-0001): imsma_links 131 is not text",
    ),
    "an imsma_id of 51 characters": (
        set_imsma_id(2, "IMSMA-" + "7" * 45),
        "hazards.geojson: feature 2 (hazard_id SHA-AGD-0002): the IMSMA id IMSMA-"
        + "7" * 34
        + "… (51 characters) is longer than 50 characters, the most imsma_id holds.",
    ),
    "an imsma_id with a tab": (
        set_imsma_id(1, "IMSMA\tHA-0001"),
        "hazards.geojson: feature 1 (hazard_id CHA-AGD-0001): the id 'IMSMA\\tHA-0001' holds a "
        "control character (line break, tab or NUL).",
    ),
    "an imsma_id of blanks only": (
        set_imsma_id(1, "   "),
        "hazards.geojson: feature 1 (hazard_id CHA-AGD-0001): imsma_id holds only blanks (3 "
        "character(s)): leave it empty when there is no IMSMA id, or write the id.",
    ),
    "two hazards with one imsma_id": (
        set_imsma_id(2, "IMSMA-HA-0001"),
        "hazards.geojson: the id (imsma_id, else hazard_id) IMSMA-HA-0001 is used by more than "
        "one feature: features 1 (CHA-AGD-0001), 2 (SHA-AGD-0002). Each needs its own: correct "
        "the file.",
    ),
    "two hazards with one hazard_id": (
        set_property(2, "hazard_id", "CHA-AGD-0001", "hazards.geojson"),
        "hazards.geojson: hazard_id CHA-AGD-0001 is used by more than one feature: features 1 "
        "(IMSMA-HA-0001), 2 (SHA-AGD-0002). Each needs its own: correct the file.",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_IMPORTS))
def test_bad_ids_links_and_reviews_refused_by_feature(qgis_processing, tmp_path, database, case):
    folder = export_database(tmp_path, database)
    corrupt, expected = BAD_IMPORTS[case]
    corrupt(folder)
    if "imsma_id" in case:  # the point lists' ids are another matter: the GeoJSON alone
        (folder / "hazard_points.csv").unlink()
    message = assert_refused(folder, tmp_path, expected)
    assert len(message.splitlines()) == 2, message  # the one problem, nothing else


def test_refused_folder_imports_once_corrected(qgis_processing, tmp_path, database):
    folder = export_database(tmp_path, database)
    set_property(3, "qa_status", "approved")(folder)
    assert_refused(folder, tmp_path, "qa_status 'approved'")
    set_property(3, "qa_status", "passed")(folder)
    result = import_to_files(folder, tmp_path)
    layer = QgsVectorLayer(result["OUTPUT_RELEASES"])
    assert {f["release_id"]: f["qa_status"] for f in layer.getFeatures()} == {
        "LR-AGD-0001": "passed",
        "LR-AGD-0002": "failed",
        "LR-AGD-0003": "passed",
    }


# --- bad input on export ------------------------------------------------------------------------


def hazard_layer(make_layer, *rows, fields=None):
    base = {"hazard_id": str, "classification": str, "imsma_id": str, "imsma_links": str}
    return make_layer("Polygon", UTM, list(rows), fields or base)


def assert_export_refused(tmp_path, hazards, *fragments):
    folder = tmp_path / "imsma"
    with pytest.raises(QgsProcessingException) as raised:
        run(ExportImsma, {"HAZARDS": hazards, "OUTPUT": str(folder)})
    message = str(raised.value)
    for fragment in fragments:
        assert fragment in message
    assert "Traceback" not in message
    assert not folder.exists()
    return message


def test_export_refuses_ids_and_links_import_would_refuse(qgis_processing, tmp_path, make_layer):
    good = (SQUARE, {"hazard_id": "H-1", "classification": "CHA", "imsma_id": "IMSMA-1"})
    cases = {
        "IMSMA-" + "7" * 45: "H-2 (feature 2): the IMSMA id IMSMA-"
        + "7" * 34
        + "… (51 characters) is longer than 50 characters, the most imsma_id holds.",
        "  ": "H-2 (feature 2): imsma_id holds only blanks (2 character(s)): leave it empty when "
        "there is no IMSMA id, or write the id.",
        "IMSMA\n2": "H-2 (feature 2): the id 'IMSMA\\n2' holds a control character",
    }
    for imsma_id, expected in cases.items():
        bad = (PENTAGON, {"hazard_id": "H-2", "classification": "SHA", "imsma_id": imsma_id})
        message = assert_export_refused(
            tmp_path, hazard_layer(make_layer, good, bad), "HAZARDS: 1 feature(s) cannot be "
        )
        assert expected in message
    # A hazard_id standing in for the IMSMA id is held to the same length.
    long_native = (PENTAGON, {"hazard_id": "H-" + "2" * 49, "classification": "SHA"})
    assert_export_refused(
        tmp_path, hazard_layer(make_layer, good, long_native), "is longer than 50 characters"
    )
    # Links that are a number (a layer whose imsma_links is an integer field).
    numbered = hazard_layer(
        make_layer,
        (SQUARE, {"hazard_id": "H-1", "imsma_links": 131}),
        fields={"hazard_id": str, "imsma_links": int},
    )
    assert_export_refused(tmp_path, numbered, "H-1 (feature 1): imsma_links 131 is not text")


def test_export_names_the_hazards_that_share_an_imsma_id(qgis_processing, tmp_path, make_layer):
    rows = [
        (SQUARE, {"hazard_id": "H-1", "imsma_id": "IMSMA-1"}),
        (PENTAGON, {"hazard_id": "H-2", "imsma_id": "IMSMA-1"}),
        (rectangle(600, 0), {"hazard_id": "IMSMA-3"}),
        (rectangle(700, 0), {"hazard_id": "H-4", "imsma_id": "IMSMA-3"}),
    ]
    message = assert_export_refused(tmp_path, hazard_layer(make_layer, *rows))
    assert message == (
        "HAZARDS: imsma_id (or hazard_id where imsma_id is empty) must be unique to link the "
        "point lists; used more than once: IMSMA-1 (H-1 (feature 1), H-2 (feature 2)), IMSMA-3 "
        "(IMSMA-3 (feature 3), H-4 (feature 4))"
    )


def test_export_warns_of_codes_import_refuses(qgis_processing, tmp_path, new_gpkg, feedback):
    hazards = gpkg_layer(new_gpkg, "hazard", HAZARD_ROWS)
    releases = gpkg_layer(new_gpkg, "land_release", [(rectangle(5, 5), {
        **RELEASE, "release_id": "LR-AGD-0009", "qa_status": "approved"})])  # fmt: skip
    folder = export_database(tmp_path, (hazards, releases), feedback)
    assert properties(folder, "land_releases.geojson")["LR-AGD-0009"]["qa_status"] == "approved"
    assert (
        "RELEASES: 1 value(s) are no code of their list (the codes in brackets), as "
        "landrelease:checkdata reports them; importimsma refuses them: LR-AGD-0009 (feature 1): "
        "qa_status 'approved' (pending, passed, failed)." in feedback.text()
    )
    assert_refused(folder, tmp_path, "qa_status 'approved' is not one of the codes")
