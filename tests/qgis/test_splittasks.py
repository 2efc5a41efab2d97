"""landrelease:splittasks through Processing on memory layers and a land release GeoPackage."""

from __future__ import annotations

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDistanceArea,
    QgsFeature,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)

UTM = "EPSG:32638"
X0, Y0 = 600000.0, 4400000.0  # multiples of 250 m: on the grid of the working CRS
TASK_FIELDS = ["task_id", "hazard_id", "organisation", "priority", "planned_start",
               "planned_end", "status"]  # fmt: skip


def run(params, feedback=None):
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(
        "landrelease:splittasks", {"OUTPUT": "memory:", **params}, context=context,
        feedback=feedback,
    )  # fmt: skip


def tasks_of(result):
    return list(result["OUTPUT"].getFeatures())


def box(x0, y0, x1, y1):
    """A rectangle in metres from (X0, Y0), as WKT in EPSG:32638."""
    return (
        f"POLYGON(({X0 + x0} {Y0 + y0}, {X0 + x1} {Y0 + y0}, {X0 + x1} {Y0 + y1}, "
        f"{X0 + x0} {Y0 + y1}, {X0 + x0} {Y0 + y0}))"
    )


def ellipsoidal(geometry, crs=UTM):
    da = QgsDistanceArea()
    da.setSourceCrs(QgsCoordinateReferenceSystem(crs), QgsProject.instance().transformContext())
    da.setEllipsoid("EPSG:7030")
    if isinstance(geometry, str):
        geometry = QgsGeometry.fromWkt(geometry)
    return da.measureArea(geometry)


def hazards(make_layer, rows, crs=UTM):
    return make_layer("Polygon", crs, rows, fields={"hazard_id": str})


def assert_cover(features, hazard_wkt, rel=1e-6):
    """The tasks cover the hazard exactly and do not overlap (``rel`` of the hazard's area)."""
    hazard = QgsGeometry.fromWkt(hazard_wkt) if isinstance(hazard_wkt, str) else hazard_wkt
    geometries = [f.geometry() for f in features]
    union = QgsGeometry.unaryUnion(geometries)
    assert union.symDifference(hazard).area() < rel * hazard.area()
    for i, a in enumerate(geometries):
        for b in geometries[i + 1 :]:
            overlap = a.intersection(b)
            assert overlap.isEmpty() or overlap.area() < rel * hazard.area(), overlap.asWkt()


def test_aligned_hazard_gives_eight_cells_in_order(provider, make_layer, feedback):
    hazard = box(0, 0, 1000, 500)
    layer = hazards(make_layer, [(hazard, {"hazard_id": "SHA-AĞD-0001"})])
    result = run({"HAZARDS": layer, "CELL_SIZE": 250}, feedback)
    out = result["OUTPUT"]
    assert out.crs().authid() == UTM
    assert out.wkbType() == QgsWkbTypes.Polygon
    assert out.fields().names()[: len(TASK_FIELDS)] == TASK_FIELDS
    assert "area_m2" in out.fields().names() and "uuid" in out.fields().names()
    features = tasks_of(result)
    assert [f["task_id"] for f in features] == [f"SHA-AĞD-0001-T0{k}" for k in range(1, 9)]
    assert [f.geometry().area() for f in features] == pytest.approx([62500.0] * 8)
    centres = [(f.geometry().centroid().asPoint().x() - X0,
                f.geometry().centroid().asPoint().y() - Y0) for f in features]  # fmt: skip
    assert centres == [(125 + 250 * k, 375) for k in range(4)] + [
        (125 + 250 * k, 125) for k in range(4)
    ]
    for f in features:
        assert f["hazard_id"] == "SHA-AĞD-0001"
        assert f["status"] == "open"
        for name in ("organisation", "priority", "planned_start", "planned_end"):
            assert f[name] is None or (hasattr(f[name], "isNull") and f[name].isNull()), name
        assert f["area_m2"] == pytest.approx(ellipsoidal(f.geometry()), abs=0.01)
        assert abs(f["area_m2"] - 62500) > 10  # ellipsoidal, not planar (UTM scale ~0.9997)
        assert f["uuid"]
    assert_cover(features, hazard)
    assert "Grid cells of 250 m." in feedback.text()
    assert "8 task(s) from 1 hazard(s)" in feedback.text()


def test_offset_hazard_merges_slivers(provider, make_layer, feedback):
    # columns 6.3 | 250 x 4 | 10.3 m, rows 128.7 | 250 | 128.3 m: six slivers of < 6,250 m²
    hazard = box(-6.3, 121.3, 1010.3, 628.3)
    layer = hazards(make_layer, [(hazard, {"hazard_id": "H-1"})])
    features = tasks_of(run({"HAZARDS": layer, "CELL_SIZE": 250}, feedback))
    assert len(features) == 12
    assert min(f.geometry().area() for f in features) >= 6250
    assert [f["task_id"] for f in features] == [f"H-1-T{k:02d}" for k in range(1, 13)]
    assert_cover(features, hazard)
    widths = sorted({round(f.geometry().boundingBox().width(), 3) for f in features})
    assert widths == [250.0, 256.3, 260.3]  # each sliver joined the cell beside it
    assert "6 part(s) smaller than a tenth of a cell merged" in feedback.text()
    total = sum(f["area_m2"] for f in features)
    assert total == pytest.approx(ellipsoidal(hazard), abs=0.05)


def test_target_area_on_a_hectare(provider, make_layer, feedback):
    hazard = box(30, 40, 135, 138)  # 1.03 ha astride the lines x = 100 m and y = 100 m
    layer = hazards(make_layer, [(hazard, {"hazard_id": "H-1"})])
    result = run({"HAZARDS": layer, "CELL_SIZE": 0, "TARGET_AREA": 10_000}, feedback)
    features = tasks_of(result)
    assert "Grid cells of 100 m (10000 m²) for TARGET_AREA 10000 m²." in feedback.text()
    # parts 70 x 60, 35 x 60, 70 x 38, 35 x 38 m: all above a tenth of 1 ha
    areas = sorted(round(f.geometry().area()) for f in features)
    assert areas == [1330, 2100, 2660, 4200]
    assert_cover(features, hazard)
    for f in features:  # every task within one 100 m cell
        bbox = f.geometry().boundingBox()
        assert int((bbox.xMinimum() + 1e-6) // 100) == int((bbox.xMaximum() - 1e-6) // 100)
        assert int((bbox.yMinimum() + 1e-6) // 100) == int((bbox.yMaximum() - 1e-6) // 100)
    # default parameters: CELL_SIZE 0, TARGET_AREA 10,000 m²
    assert len(tasks_of(run({"HAZARDS": layer}))) == 4
    # 2 ha: cells of 141 m
    big = tasks_of(run({"HAZARDS": layer, "TARGET_AREA": 20_000}, feedback))
    assert "Grid cells of 141 m" in feedback.text()
    assert_cover(big, hazard)


def test_geographic_input(provider, make_layer, reproject):
    rows = [
        (box(0, 0, 1000, 500), {"hazard_id": "H-1"}),
        (box(1503.7, 121.3, 2211.1, 777.7), {"hazard_id": "H-2"}),
    ]
    projected = tasks_of(run({"HAZARDS": hazards(make_layer, rows), "CELL_SIZE": 250}))
    geographic_layer = reproject(hazards(make_layer, rows), "EPSG:4326")
    result = run({"HAZARDS": geographic_layer, "CELL_SIZE": 250})
    assert result["OUTPUT"].crs().authid() == "EPSG:4326"
    features = tasks_of(result)
    assert [f["task_id"] for f in features] == [f["task_id"] for f in projected]
    for hazard in geographic_layer.getFeatures():
        mine = [f for f in features if f["hazard_id"] == hazard["hazard_id"]]
        whole = ellipsoidal(hazard.geometry(), "EPSG:4326")
        assert sum(f["area_m2"] for f in mine) == pytest.approx(whole, rel=1e-4)
        assert all(f.geometry().boundingBox().xMaximum() < 90 for f in mine)  # degrees
        # cut along straight lines in UTM, which are not quite straight in degrees: the cover is
        # exact in the working CRS, to ~1 mm along the edges in EPSG:4326
        assert_cover(mine, hazard.geometry(), rel=1e-4)


def test_priority_from_a_point_and_a_road(provider, make_layer, feedback, reproject):
    # a 3 km strip of twelve 250 m cells; a settlement 100 m west of its west end
    layer = hazards(make_layer, [(box(0, 0, 3000, 250), {"hazard_id": "H-1"})])
    settlement = make_layer("Point", UTM, [(f"POINT({X0 - 100} {Y0 + 125})", {"name": "A"})])
    road = make_layer(
        "LineString", UTM, [(f"LINESTRING({X0} {Y0 + 9000}, {X0 + 3000} {Y0 + 9000})", {})]
    )
    result = run(
        {
            "HAZARDS": layer,
            "CELL_SIZE": 250,
            "PRIORITY_LAYERS": [reproject(settlement, "EPSG:4326"), road],
        },
        feedback,
    )
    features = tasks_of(result)
    by_id = {f["task_id"]: f["priority"] for f in features}
    # distance 100 + 250 k m: 1 within 500 m, 2 within 2 km, 3 beyond
    assert [by_id[f"H-1-T{k:02d}"] for k in range(1, 13)] == [1, 1] + [2] * 6 + [3] * 4
    assert by_id["H-1-T01"] == min(by_id.values())
    assert "Priority from 2 feature(s)" in feedback.text()
    # an empty priority layer: no priority
    empty = make_layer("Point", UTM, [], fields={"name": str})
    features = tasks_of(run({"HAZARDS": layer, "CELL_SIZE": 250, "PRIORITY_LAYERS": [empty]}))
    assert all(f["priority"] is None or f["priority"].isNull() for f in features)


def test_ids_missing_duplicated_and_unicode(provider, make_layer, feedback):
    layer = hazards(
        make_layer,
        [
            (box(0, 0, 100, 100), {"hazard_id": "ОПА-0002"}),
            (box(200, 0, 300, 100), {"hazard_id": None}),
            (box(400, 0, 500, 200), {"hazard_id": "SHA-ŞUŞ-0003"}),
            (box(400, 300, 500, 400), {"hazard_id": "SHA-ŞUŞ-0003"}),
        ],
    )
    features = tasks_of(run({"HAZARDS": layer, "CELL_SIZE": 100}, feedback))
    ids = sorted(f["task_id"] for f in features)
    assert ids == ["HZ2-T01", "SHA-ŞUŞ-0003-T01", "SHA-ŞUŞ-0003-T02", "SHA-ŞUŞ-0003-T03",
                   "ОПА-0002-T01"]  # fmt: skip
    assert len(set(ids)) == len(ids)
    north = [f for f in features if f["task_id"] == "SHA-ŞUŞ-0003-T01"][0]
    assert north.geometry().boundingBox().yMinimum() == pytest.approx(Y0 + 300)
    assert [f["hazard_id"] for f in features if f["task_id"] == "HZ2-T01"] == ["HZ2"]
    text = feedback.text()
    assert "1 hazard(s) without hazard_id" in text and "HZ2" in text
    assert "SHA-ŞUŞ-0003" in text  # the duplicate is reported

    plain = make_layer("Polygon", UTM, [(box(0, 0, 100, 100), {"name": "x"})])
    feedback.messages.clear()
    (only,) = tasks_of(run({"HAZARDS": plain, "CELL_SIZE": 100}, feedback))
    assert only["task_id"] == "HZ1-T01"
    assert "no field hazard_id" in feedback.text()


def test_invalid_and_empty_hazards(provider, make_layer, feedback):
    bow_tie = (f"POLYGON(({X0} {Y0}, {X0 + 200} {Y0 + 200}, {X0 + 200} {Y0}, {X0} {Y0 + 200}, "
               f"{X0} {Y0}))")  # fmt: skip
    layer = hazards(
        make_layer,
        [
            (bow_tie, {"hazard_id": "BOW"}),
            (None, {"hazard_id": "NONE"}),
            (box(500, 0, 600, 100), {"hazard_id": "OK"}),
        ],
    )
    features = tasks_of(run({"HAZARDS": layer, "CELL_SIZE": 100}, feedback))
    text = feedback.text()
    assert "1 hazard(s) with an invalid geometry repaired: BOW." in text
    assert "1 hazard(s) without geometry or area skipped: NONE." in text
    bow = [f for f in features if f["hazard_id"] == "BOW"]
    assert sum(f.geometry().area() for f in bow) == pytest.approx(20_000)
    assert all(f.geometry().isGeosValid() for f in bow)
    assert [f["task_id"] for f in features if f["hazard_id"] == "OK"] == ["OK-T01"]
    assert not [f for f in features if f["hazard_id"] == "NONE"]


def test_small_hazard_is_one_task(provider, make_layer):
    layer = hazards(make_layer, [(box(95, 95, 105, 105), {"hazard_id": "TINY"})])
    (only,) = tasks_of(run({"HAZARDS": layer, "CELL_SIZE": 100}))
    assert only["task_id"] == "TINY-T01"
    assert only.geometry().area() == pytest.approx(100)


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"CELL_SIZE": 0, "TARGET_AREA": 0}, "both 0"),
        ({"CELL_SIZE": -10}, "CELL_SIZE"),
        ({"CELL_SIZE": 0, "TARGET_AREA": -100}, "TARGET_AREA"),
    ],
)
def test_bad_sizes_are_refused(provider, make_layer, params, words):
    layer = hazards(make_layer, [(box(0, 0, 100, 100), {"hazard_id": "H"})])
    with pytest.raises(QgsProcessingException, match=words):
        run({"HAZARDS": layer, **params})


def test_bad_layers_are_refused(provider, make_layer):
    empty = hazards(make_layer, [])
    with pytest.raises(QgsProcessingException, match="no features"):
        run({"HAZARDS": empty, "CELL_SIZE": 100})
    nothing = hazards(make_layer, [(None, {"hazard_id": "H"})])
    with pytest.raises(QgsProcessingException, match="no hazard with an area"):
        run({"HAZARDS": nothing, "CELL_SIZE": 100})
    points = make_layer("Point", UTM, [(f"POINT({X0} {Y0})", {"hazard_id": "H"})])
    with pytest.raises(QgsProcessingException):
        run({"HAZARDS": points, "CELL_SIZE": 100})


def test_into_the_task_layer_of_a_database(provider, new_gpkg):
    from landrelease.storage.database import import_features

    memory = QgsVectorLayer(
        f"Polygon?crs={UTM}&field=hazard_id:string&field=classification:string", "h", "memory"
    )
    layer = QgsVectorLayer(f"{new_gpkg}|layername=hazard", "hazard", "ogr")
    task_layer = QgsVectorLayer(f"{new_gpkg}|layername=task", "task", "ogr")
    assert layer.isValid() and task_layer.isValid()

    for wkt, hazard_id in ((box(-6.3, 121.3, 1010.3, 628.3), "SHA-AĞD-0001"),
                           (box(2000, 0, 2400, 300), "CHA-XOC-0001")):  # fmt: skip
        feature = QgsFeature(memory.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature["hazard_id"] = hazard_id
        feature["classification"] = hazard_id[:3]
        memory.dataProvider().addFeature(feature)
    import_features(memory, layer)
    result = run({"HAZARDS": layer, "CELL_SIZE": 100, "TARGET_AREA": 0})
    count = result["OUTPUT"].featureCount()
    assert count > 50
    assert import_features(result["OUTPUT"], task_layer) == count
    stored = QgsVectorLayer(f"{new_gpkg}|layername=task", "task", "ogr")
    assert stored.featureCount() == count
    ids = {f["task_id"] for f in stored.getFeatures()}
    assert "SHA-AĞD-0001-T01" in ids and "CHA-XOC-0001-T12" in ids


def test_the_cycle_collector_is_left_as_it_was(provider, make_layer):
    import gc

    layer = hazards(make_layer, [(box(0, 0, 300, 200), {"hazard_id": "SHA-GC-1"})])
    assert gc.isenabled()
    assert len(tasks_of(run({"HAZARDS": layer, "CELL_SIZE": 100}))) == 6
    assert gc.isenabled()
    gc.disable()
    try:
        run({"HAZARDS": layer, "CELL_SIZE": 100})
        assert not gc.isenabled()
    finally:
        gc.enable()
    too_long = hazards(make_layer, [(box(0, 0, 300, 200), {"hazard_id": "SHA-" + "X" * 300})])
    with pytest.raises(QgsProcessingException, match="too long"):
        run({"HAZARDS": too_long, "CELL_SIZE": 100})  # refused while the collector is paused
    assert gc.isenabled()


@pytest.mark.parametrize("crs", [UTM, "EPSG:4326"])
def test_areas_measured_on_two_threads_are_those_of_one(provider, make_layer, reproject,
                                                         monkeypatch, crs):  # fmt: skip
    """Measured in batches, each on two threads (as from 20,000 tasks on), the tasks' areas are
    to the bit those of one thread, and each is its geometry's own ellipsoidal area (measured
    in the working CRS, before the output CRS)."""
    from landrelease.processing import splittasks
    from landrelease.qgis_io.geometry import EllipsoidalArea

    rows = [
        (box(0, 0, 1000, 500), {"hazard_id": "H-1"}),
        (box(1503.7, 121.3, 2211.1, 777.7), {"hazard_id": "H-2"}),
    ]
    layer = hazards(make_layer, rows)
    if crs != UTM:
        layer = reproject(layer, crs)
    one = tasks_of(run({"HAZARDS": layer, "CELL_SIZE": 250}))
    monkeypatch.setattr(EllipsoidalArea, "THREADED_FROM", 2)
    monkeypatch.setattr(splittasks, "_MEASURED_BATCH", 5)
    two = tasks_of(run({"HAZARDS": layer, "CELL_SIZE": 250}))
    assert len(one) == len(two) == 8 + 11
    assert [(f["task_id"], f["area_m2"]) for f in two] == [
        (f["task_id"], f["area_m2"]) for f in one
    ]
    assert [f.geometry().asWkb() for f in two] == [f.geometry().asWkb() for f in one]
    if crs == UTM:
        assert [f["area_m2"] for f in two] == [round(ellipsoidal(f.geometry()), 2) for f in two]
