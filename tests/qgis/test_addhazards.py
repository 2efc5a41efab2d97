"""landrelease:addhazards: Delineate CHA's results added to the database (issue 17, item 4)."""

from __future__ import annotations

import sqlite3

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

from landrelease.storage.database import load_database

from .test_delineate import UTM, X0, Y0, evidence_rows


def run(algorithm, params):
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(algorithm, params, context=context)


@pytest.fixture
def database(provider, tmp_path):
    path = tmp_path / "agdam.gpkg"
    run("landrelease:createdatabase", {"OUTPUT": str(path), "CRS": UTM})
    layers = load_database(str(path), QgsProject.instance())
    yield path, layers
    QgsProject.instance().removeAllMapLayers()


@pytest.fixture
def chas(provider, make_layer):
    evidence = make_layer("Point", UTM, evidence_rows(), fields={"evidence_type": str})
    return run(
        "landrelease:delineatecha",
        {"EVIDENCE": evidence, "OUTPUT": "memory:", "OUTPUT_POINTS": "memory:"},
    )


def rows(path, sql):
    with sqlite3.connect(path) as db:
        return db.execute(sql).fetchall()


def ellipsoidal_m2(geometry) -> float:
    area = QgsDistanceArea()
    area.setSourceCrs(QgsCoordinateReferenceSystem(UTM), QgsProject.instance().transformContext())
    area.setEllipsoid("EPSG:7030")
    return area.measureArea(geometry)


def test_chas_and_their_points_are_added_then_renumbered(database, chas):
    path, layers = database
    params = {
        "INPUT": chas["OUTPUT"],
        "POINTS": chas["OUTPUT_POINTS"],
        "TARGET": layers["hazard"],
    }
    first = run("landrelease:addhazards", params)
    assert first == {"ADDED": 2, "RENUMBERED": 0}
    produced = {f["hazard_id"]: f for f in chas["OUTPUT"].getFeatures()}
    stored = rows(
        path,
        "SELECT hazard_id, classification, status, estimated_area_m2, remaining_area_m2 "
        "FROM hazard ORDER BY hazard_id",
    )
    assert [r[0] for r in stored] == sorted(produced)
    for hazard_id, classification, status, estimated, remaining in stored:
        assert (classification, status) == ("CHA", "open")
        expected = ellipsoidal_m2(produced[hazard_id].geometry())
        assert estimated == pytest.approx(expected, abs=0.01) and remaining == estimated
    points = {}
    for f in chas["OUTPUT_POINTS"].getFeatures():
        points.setdefault(f["owner_id"], []).append(f["seq"])
    stored_points = rows(path, "SELECT owner_id, seq FROM survey_point ORDER BY owner_id, seq")
    assert stored_points == sorted((o, s) for o, seqs in points.items() for s in seqs)
    log = rows(path, "SELECT layer, action, COUNT(*) FROM edit_log GROUP BY layer, action")
    assert log == [("hazard", "insert", 2)]  # the logged layers: hazards and releases

    second = run("landrelease:addhazards", params)
    assert second == {"ADDED": 2, "RENUMBERED": 2}
    ids = [r[0] for r in rows(path, "SELECT hazard_id FROM hazard ORDER BY hazard_id")]
    assert ids == ["CHA-NA-0001", "CHA-NA-0002", "CHA-NA-0003", "CHA-NA-0004"]
    owners = rows(path, "SELECT DISTINCT owner_id FROM survey_point ORDER BY owner_id")
    assert [o for (o,) in owners] == ids
    assert layers["hazard"].featureCount() == 4  # the project's layer was reloaded


def test_one_bad_hazard_and_nothing_is_added(database, chas, make_layer):
    path, layers = database
    bow_tie = (
        f"POLYGON(({X0} {Y0}, {X0 + 100} {Y0 + 100}, {X0 + 100} {Y0}, {X0} {Y0 + 100}, {X0} {Y0}))"
    )
    square = f"POLYGON(({X0} {Y0}, {X0 + 50} {Y0}, {X0 + 50} {Y0 + 50}, {X0} {Y0}))"
    hazards = make_layer(
        "Polygon",
        UTM,
        [
            (square, {"hazard_id": "CHA-GOOD", "classification": "CHA"}),
            (bow_tie, {"hazard_id": "CHA-BAD", "classification": "CHA"}),
        ],
        fields={"hazard_id": str, "classification": str},
    )
    with pytest.raises(QgsProcessingException) as refused:
        run("landrelease:addhazards", {"INPUT": hazards, "TARGET": layers["hazard"]})
    assert str(refused.value).startswith("INPUT: nothing was added:")
    assert "CHA-BAD" in str(refused.value) and "CHA-GOOD" not in str(refused.value)
    assert rows(path, "SELECT COUNT(*) FROM hazard") == [(0,)]
    assert rows(path, "SELECT COUNT(*) FROM edit_log") == [(0,)]


def test_the_target_must_be_a_land_release_hazard_layer(database, chas, make_layer):
    _path, layers = database
    other = make_layer("Polygon", UTM, [], fields={"hazard_id": str})
    for target in (other, layers["land_release"]):
        with pytest.raises(QgsProcessingException, match="TARGET must be the hazard layer"):
            run("landrelease:addhazards", {"INPUT": chas["OUTPUT"], "TARGET": target})


def test_a_database_outside_the_project_in_another_crs(provider, tmp_path, chas):
    path = tmp_path / "outside.gpkg"
    run("landrelease:createdatabase", {"OUTPUT": str(path), "CRS": "EPSG:4326"})
    target = QgsVectorLayer(f"{path}|layername=hazard", "hazard", "ogr")
    result = run("landrelease:addhazards", {"INPUT": chas["OUTPUT"], "TARGET": target})
    assert result["ADDED"] == 2
    target.reload()
    stored = {f["hazard_id"]: f for f in target.getFeatures()}
    for produced in chas["OUTPUT"].getFeatures():
        lonlat = stored[produced["hazard_id"]].geometry().centroid().asPoint()
        utm = produced.geometry().centroid().asPoint()
        back = QgsCoordinateTransform(
            QgsCoordinateReferenceSystem("EPSG:4326"),
            QgsCoordinateReferenceSystem(UTM),
            QgsProject.instance(),
        ).transform(lonlat)
        assert back.distance(utm) < 0.01  # the same place, in degrees in the database
        assert stored[produced["hazard_id"]]["estimated_area_m2"] == pytest.approx(
            ellipsoidal_m2(produced.geometry()), rel=1e-6
        )


def test_hazards_added_over_a_release_get_their_figures_in_the_same_transaction(
    provider, tmp_path, chas
):
    """A database no QGIS layer watches (a script, qgis_process): the CHAs added over a release
    already recorded are stored worked on with their remaining area, not left 'unknown' for
    the next time the database is opened."""
    from landrelease.storage import recording

    from .test_recording import _add_hazard, make_candidate

    path = tmp_path / "watched_by_none.gpkg"
    run("landrelease:createdatabase", {"OUTPUT": str(path), "CRS": UTM})
    first = next(chas["OUTPUT"].getFeatures())
    cleared = first.geometry().buffer(-5, 8)
    load_database(str(path), QgsProject.instance())
    layers = recording.find_layers(QgsProject.instance())
    _add_hazard(layers.hazard, "SHA-OLD-0001", first.geometry().asWkt())
    candidate = make_candidate(layers, cleared, release_id="LR-0001", hazard_id="SHA-OLD-0001")
    recording.save_release(layers, candidate, user="tester")
    QgsProject.instance().removeAllMapLayers()  # no layer left to recompute after a commit

    target = QgsVectorLayer(f"{path}|layername=hazard", "hazard", "ogr")
    assert run("landrelease:addhazards", {"INPUT": chas["OUTPUT"], "TARGET": target})["ADDED"]
    ((remaining, status),) = rows(
        path,
        f"SELECT remaining_area_m2, status FROM hazard WHERE hazard_id = '{first['hazard_id']}'",
    )
    assert status == "worked_on"
    expected = ellipsoidal_m2(first.geometry()) - ellipsoidal_m2(cleared)
    assert remaining == pytest.approx(expected, abs=0.5)
    assert rows(path, "SELECT count(*) FROM hazard WHERE status = 'unknown'") == [(0,)]
