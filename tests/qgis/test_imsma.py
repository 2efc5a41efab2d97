"""landrelease:exportimsma and landrelease:importimsma on real layers (DESIGN §5.10)."""

from __future__ import annotations

import csv
import json
import math
import re
import warnings

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime

from landrelease.core import area, imsma
from landrelease.processing.exportimsma import ExportImsma
from landrelease.processing.importimsma import ImportImsma
from landrelease.qgis_io import convert

UTM = "EPSG:32638"
WGS84 = "EPSG:4326"
X0, Y0 = 640000.0, 4425000.0  # near Aghdam, UTM 38N
SQUARE = f"POLYGON(({X0} {Y0}, {X0 + 100} {Y0}, {X0 + 100} {Y0 + 100}, {X0} {Y0 + 100}, {X0} {Y0}))"
PENTAGON = (
    f"POLYGON(({X0 + 300} {Y0}, {X0 + 420.123} {Y0 + 35.5}, {X0 + 410} {Y0 + 160.25}, "
    f"{X0 + 330.5} {Y0 + 210}, {X0 + 260} {Y0 + 90}, {X0 + 300} {Y0}))"
)
RELEASE = (
    f"POLYGON(({X0 + 10} {Y0 + 10}, {X0 + 60} {Y0 + 10}, {X0 + 60} {Y0 + 50}, "
    f"{X0 + 10} {Y0 + 50}, {X0 + 10} {Y0 + 10}))"
)
CREATED = QDateTime(QDate(2024, 3, 2), QTime(8, 15, 30), Qt.UTC)

HAZARDS = [
    (
        SQUARE,
        {
            "hazard_id": "CHA-AGD-0001",
            "classification": "CHA",
            "status": "worked_on",
            "district": "AGD",
            "contamination": "ap",
            "evidence_direct": 3,
            "evidence_indirect": None,
            "estimated_area_m2": 10008.31,
            "remaining_area_m2": 8008.31,
            "priority": 1,
            "parent_id": "SHA-AGD-0004",
            "recorded_on": QDate(2024, 5, 1),
            "status_changed_on": None,
            "status_reason": "Qismən təmizlənib",
            "source": "ANAMA",
            "imsma_id": None,
            "imsma_links": "ACT-2024-0131; REP-0088\n«Гузанлы» QA-7  ",
            "remarks": "Ağdam rayonu, Quzanlı — «Гузанлы», şüşə/çəpər",
            "uuid": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "created_at": CREATED,
            "created_by": "Əli",
            "updated_at": None,
        },
    ),
    (
        PENTAGON,
        {
            "hazard_id": "SHA-AGD-0002",
            "classification": "SHA",
            "status": "open",
            "district": None,
            "contamination": None,
            "evidence_direct": 0,
            "evidence_indirect": 2,
            "estimated_area_m2": 30123.5,
            "remaining_area_m2": None,
            "priority": None,
            "parent_id": None,
            "recorded_on": QDate(2023, 12, 31),
            "status_changed_on": QDate(2024, 1, 15),
            "status_reason": None,
            "source": None,
            "imsma_id": "IMSMA-HA-7731",
            "remarks": None,
            "uuid": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
            "created_at": None,
            "created_by": None,
            "updated_at": CREATED,
        },
    ),
]
RELEASES = [
    (
        RELEASE,
        {
            "release_id": "LR-AGD-0001",
            "hazard_id": "CHA-AGD-0001",
            "activity": "clearance",
            "outcome": "cleared",
            "method": "manual",
            "organisation": "ANAMA",
            "team": "Komanda №3 (Füzuli)",
            "start_date": QDate(2024, 6, 1),
            "end_date": QDate(2024, 7, 20),
            "depth_cm": 13,
            "ap_found": 4,
            "at_found": 0,
            "uxo_found": None,
            "cm_found": None,
            "qa_status": "passed",
            "reviewed_by": "Leyla Məmmədova (QM)",
            "reviewed_on": QDate(2024, 8, 2),
            "review_remarks": "Keyfiyyət yoxlaması uğurlu; проверка пройдена",
            "area_m2": 2000.33,
            "imsma_id": None,
            "imsma_links": "ACT-2024-0131",
            "remarks": "Разминирование завершено",
            "uuid": "16fd2706-8baf-433b-82eb-8c7fada847da",
            "created_at": CREATED,
            "created_by": None,
            "updated_at": None,
        },
    )
]


def model_layer(layer_name, rows, geometry="Polygon", crs=UTM):
    """A memory layer with the model's fields (dates, integers…) holding ``rows``."""
    layer = QgsVectorLayer(f"{geometry}?crs={crs}", layer_name, "memory")
    layer.dataProvider().addAttributes(convert.model_fields(layer_name).toList())
    layer.updateFields()
    features = []
    for wkt, attributes in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        for key, value in attributes.items():
            feature[key] = value
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    assert layer.featureCount() == len(rows)
    return layer


def run(algorithm_class, params, feedback=None):
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(algorithm_class().create(), params, context=context, feedback=feedback)


def export(tmp_path, feedback=None, **layers):
    folder = tmp_path / "imsma"
    result = run(ExportImsma, {**layers, "OUTPUT": str(folder)}, feedback)
    assert result["OUTPUT"] == str(folder)
    return folder


def import_folder(folder, feedback=None):
    params = {"INPUT": str(folder), "OUTPUT_HAZARDS": "memory:", "OUTPUT_RELEASES": "memory:"}
    return run(ImportImsma, params, feedback)


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def by_id(rows):
    groups = {}
    for row in rows:
        groups.setdefault(row["imsma_id"], []).append(row)
    return groups


def to_utm(geometry):
    g = QgsGeometry(geometry)
    g.transform(
        QgsCoordinateTransform(
            QgsCoordinateReferenceSystem(WGS84),
            QgsCoordinateReferenceSystem(UTM),
            QgsProject.instance(),
        )
    )
    return g


def ring_vertices(geometry):
    """Exterior vertices (without the closing one) of each part."""
    parts = geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]
    return [part[0][:-1] for part in parts]


def assert_same_polygon(imported_wgs84, original_utm, tolerance=0.001):
    """Same parts, same vertices each within ``tolerance`` m, same holes."""
    back = to_utm(imported_wgs84)
    original_parts = ring_vertices(original_utm)
    back_parts = ring_vertices(back)
    assert len(back_parts) == len(original_parts)
    for original, returned in zip(original_parts, back_parts):
        assert len(returned) == len(original)
        for p in original:
            assert min(math.hypot(p.x() - q.x(), p.y() - q.y()) for q in returned) < tolerance
    assert back.area() == pytest.approx(original_utm.area(), abs=original_utm.length() * tolerance)
    assert back.symDifference(original_utm).area() < original_utm.length() * tolerance


def geodesic():
    da = QgsDistanceArea()
    da.setSourceCrs(QgsCoordinateReferenceSystem(WGS84), QgsProject.instance().transformContext())
    da.setEllipsoid("EPSG:7030")
    return da


@pytest.fixture
def hazards():
    return model_layer("hazard", HAZARDS)


@pytest.fixture
def releases():
    return model_layer("land_release", RELEASES)


@pytest.fixture
def survey_points():
    rows = [
        # 0.3 m from the square's north-east corner: describes that vertex.
        (f"POINT({X0 + 100.2} {Y0 + 100.2})",
         {"owner_id": "CHA-AGD-0001", "point_type": "intermediate", "seq": 3, "bearing": 1600.0,
          "bearing_unit": "mil6400", "north": "magnetic", "distance_m": 100.0,
          "entered_as": "38T 640100 4425100 (daş)"}),
        # A benchmark outside: never in the point list.
        (f"POINT({X0 - 30} {Y0 + 130})",
         {"owner_id": "CHA-AGD-0001", "point_type": "benchmark", "seq": 1}),
        # 0.8 m from the south-west corner: too far.
        (f"POINT({X0 - 0.8} {Y0})", {"owner_id": "CHA-AGD-0001", "point_type": "end", "seq": 9}),
        # Someone else's point.
        (f"POINT({X0 + 300} {Y0})", {"owner_id": "NOBODY", "point_type": "turning", "seq": 1}),
    ]  # fmt: skip
    return model_layer("survey_point", rows, geometry="Point")


# --- export -------------------------------------------------------------------------------------


def test_export_writes_files_with_expected_columns_and_counts(
    qgis_processing, tmp_path, hazards, releases
):
    folder = export(tmp_path, HAZARDS=hazards, RELEASES=releases)
    names = {p.name for p in folder.iterdir()}
    assert names == {
        "hazards.geojson",
        "land_releases.geojson",
        "hazard_points.csv",
        "land_release_points.csv",
    }
    header = (folder / "hazard_points.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.split(",") == list(imsma.CSV_COLUMNS)
    assert header.split(",")[:10] == [
        "imsma_id", "point_no", "point_type", "latitude", "longitude", "bearing_deg",
        "distance_m", "bearing_entered", "distance_entered", "entered_as",
    ]  # fmt: skip
    hazard_lists = by_id(read_csv(folder / "hazard_points.csv"))
    # imsma_id NULL -> the hazard_id; otherwise the imsma_id.
    assert set(hazard_lists) == {"CHA-AGD-0001", "IMSMA-HA-7731"}
    assert len(hazard_lists["CHA-AGD-0001"]) == 4
    assert len(hazard_lists["IMSMA-HA-7731"]) == 5
    release_lists = by_id(read_csv(folder / "land_release_points.csv"))
    assert set(release_lists) == {"LR-AGD-0001"} and len(release_lists["LR-AGD-0001"]) == 4
    for rows in list(hazard_lists.values()) + list(release_lists.values()):
        assert [int(r["point_no"]) for r in rows] == list(range(1, len(rows) + 1))
        coords = [(r["latitude"], r["longitude"]) for r in rows]
        assert len(set(coords)) == len(coords)  # no repeated closing vertex
        assert all(re.fullmatch(r"-?\d+\.\d{9}", c) for xy in coords for c in xy)
        assert rows[0]["point_type"] == "start"
        assert {r["point_type"] for r in rows[1:]} == {"turning"}

    data = json.loads((folder / "hazards.geojson").read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and "crs" not in data
    assert len(data["features"]) == 2
    first = data["features"][0]["properties"]
    assert set(first) == set(hazards.fields().names())  # every attribute kept
    assert first["imsma_id"] == "CHA-AGD-0001"
    assert first["hazard_id"] == "CHA-AGD-0001"
    assert first["recorded_on"] == "2024-05-01"
    assert first["created_at"] == "2024-03-02T08:15:30Z"
    assert first["status_changed_on"] is None and first["evidence_indirect"] is None
    assert first["remarks"] == HAZARDS[0][1]["remarks"]
    lon, lat = data["features"][0]["geometry"]["coordinates"][0][0]
    assert 46 < lon < 48 and 39 < lat < 41  # longitude first
    releases_data = json.loads((folder / "land_releases.geojson").read_text(encoding="utf-8"))
    assert releases_data["features"][0]["properties"]["imsma_id"] == "LR-AGD-0001"


def test_point_one_is_northernmost_and_numbering_clockwise(qgis_processing, tmp_path, hazards):
    folder = export(tmp_path, HAZARDS=hazards)
    for rows in by_id(read_csv(folder / "hazard_points.csv")).values():
        lats = [float(r["latitude"]) for r in rows]
        lons = [float(r["longitude"]) for r in rows]
        assert lats[0] == max(lats)
        ring = list(zip(lons, lats))
        assert imsma._signed_area(ring) < 0  # clockwise
    # The square's northern corners share a northing but, east of the central meridian, its
    # north-west corner is the further north (true north is west of grid north here).
    square = by_id(read_csv(folder / "hazard_points.csv"))["CHA-AGD-0001"]
    to_wgs84 = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem(UTM),
        QgsCoordinateReferenceSystem(WGS84),
        QgsProject.instance(),
    )
    nw = to_wgs84.transform(QgsPointXY(X0, Y0 + 100))
    ne = to_wgs84.transform(QgsPointXY(X0 + 100, Y0 + 100))
    assert float(square[0]["longitude"]) == pytest.approx(nw.x(), abs=1e-9)
    assert float(square[0]["latitude"]) == pytest.approx(nw.y(), abs=1e-9)
    assert float(square[1]["longitude"]) == pytest.approx(ne.x(), abs=1e-9)


def test_bearings_and_distances_on_the_central_meridian(qgis_processing, tmp_path, make_layer):
    # A 100 m grid square centred on the central meridian of UTM 38N (45°E): grid north is true
    # north there and the scale factor is 0.9996, so each side is 100 / 0.9996 m on the
    # ellipsoid and the bearings are 0/90/180/270.
    x, y = 500000.0, 4425000.0
    wkt = (
        f"POLYGON(({x - 50} {y}, {x + 50} {y}, {x + 50} {y + 100}, {x - 50} {y + 100}, "
        f"{x - 50} {y}))"
    )
    layer = make_layer("Polygon", UTM, [(wkt, {"hazard_id": "CM"})])
    folder = export(tmp_path, HAZARDS=layer)
    rows = read_csv(folder / "hazard_points.csv")
    assert len(rows) == 4
    bearings = [float(r["bearing_deg"]) for r in rows]
    for b in bearings:
        assert min(abs(b - t) for t in (0.0, 90.0, 180.0, 270.0, 360.0)) < 0.01
    for previous, current in zip(bearings, bearings[1:]):  # clockwise: turning right by 90°
        assert (current - previous) % 360 == pytest.approx(90.0, abs=0.02)
    for r in rows:
        assert float(r["distance_m"]) == pytest.approx(100 / 0.9996, abs=0.01)


def test_bearings_and_distances_are_geodesic_from_the_previous_point(
    qgis_processing, tmp_path, hazards
):
    folder = export(tmp_path, HAZARDS=hazards)
    rows = read_csv(folder / "hazard_points.csv")
    da = geodesic()
    for points in by_id(rows).values():
        perimeter = 0.0
        for i, r in enumerate(points):
            previous = points[i - 1]  # point 1: the closing leg from the last point
            a = QgsPointXY(float(previous["longitude"]), float(previous["latitude"]))
            b = QgsPointXY(float(r["longitude"]), float(r["latitude"]))
            expected_bearing = math.degrees(da.bearing(a, b)) % 360
            diff = (float(r["bearing_deg"]) - expected_bearing + 180) % 360 - 180
            assert abs(diff) <= 0.005 + 1e-9
            assert float(r["distance_m"]) == pytest.approx(da.measureLine(a, b), abs=0.005)
            perimeter += float(r["distance_m"])
        assert perimeter == pytest.approx(da.measurePerimeter(polygon_of(points)), abs=0.05)

    # Independent check (GeographicLib through pyproj) on the square: the side going east from
    # the north-west corner, about 100 m / scale factor, bearing 90° + grid convergence.
    pyproj = pytest.importorskip("pyproj")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        geod = pyproj.Geod(ellps="WGS84")
    square = by_id(rows)["CHA-AGD-0001"]
    p1, p2 = square[0], square[1]
    azimuth, _back, distance = geod.inv(
        float(p1["longitude"]), float(p1["latitude"]), float(p2["longitude"]), float(p2["latitude"])
    )
    assert float(p2["bearing_deg"]) == pytest.approx(azimuth % 360, abs=0.01)
    assert float(p2["distance_m"]) == pytest.approx(distance, abs=0.01)
    assert (
        91.0 < float(p2["bearing_deg"]) < 92.5
    )  # grid convergence at 46.64°E, 39.96°N: about 1.05°
    assert 99.9 < float(p2["distance_m"]) < 100.1


def polygon_of(rows):
    ring = [QgsPointXY(float(r["longitude"]), float(r["latitude"])) for r in rows]
    return QgsGeometry.fromPolygonXY([ring + [ring[0]]])


def test_survey_points_give_type_and_entered_values(
    qgis_processing, tmp_path, hazards, survey_points, feedback
):
    folder = export(tmp_path, feedback, HAZARDS=hazards, POINTS=survey_points)
    square = by_id(read_csv(folder / "hazard_points.csv"))["CHA-AGD-0001"]
    assert [r["point_type"] for r in square] == ["start", "intermediate", "turning", "turning"]
    ne = square[1]
    assert ne["bearing_entered"] == "1600"
    assert (ne["bearing_unit"], ne["north"]) == ("mil6400", "magnetic")
    assert ne["distance_entered"] == "100"
    assert ne["entered_as"] == "38T 640100 4425100 (daş)"
    assert all(r["entered_as"] == "" for r in square if r is not ne)
    assert "NOBODY" in feedback.text()
    assert "2 survey point(s) lie on no vertex" in feedback.text()


# --- round trip -----------------------------------------------------------------------------------


def features_by(layer, field):
    return {f[field]: f for f in layer.getFeatures()}


def test_round_trip_same_polygons_ids_and_attributes(
    qgis_processing, tmp_path, hazards, releases, survey_points, feedback
):
    folder = export(tmp_path, HAZARDS=hazards, RELEASES=releases, POINTS=survey_points)
    result = import_folder(folder, feedback)
    out_h, out_r = result["OUTPUT_HAZARDS"], result["OUTPUT_RELEASES"]
    assert out_h.crs().authid() == WGS84 and out_r.crs().authid() == WGS84
    assert out_h.fields().names() == convert.model_fields("hazard").names()
    assert out_r.fields().names() == convert.model_fields("land_release").names()
    assert out_h.featureCount() == 2 and out_r.featureCount() == 1

    originals = features_by(hazards, "hazard_id")
    for hazard_id, imported in features_by(out_h, "hazard_id").items():
        original = originals[hazard_id]
        assert_same_polygon(imported.geometry(), original.geometry())
        for name, value in dict(zip(original.fields().names(), original.attributes())).items():
            got = imported[name]
            if name == "imsma_id" and _null(value):
                assert got == hazard_id  # NULL imsma_id became the hazard_id
            elif _null(value):
                assert _null(got), name
            elif isinstance(value, float):
                assert got == pytest.approx(value, abs=1e-9), name
            else:
                assert got == value, name
    release = next(out_r.getFeatures())
    original = next(releases.getFeatures())
    assert_same_polygon(release.geometry(), original.geometry())
    for name, value in dict(zip(original.fields().names(), original.attributes())).items():
        got = release[name]
        if name == "imsma_id" and _null(value):
            assert got == original["release_id"] == "LR-AGD-0001"  # as for hazards
        elif _null(value):
            assert _null(got), name
        else:
            assert got == value, name
    assert release["qa_status"] == "passed" and release["reviewed_on"] == QDate(2024, 8, 2)
    # A second export of the imported layers gives the same files.
    again = tmp_path / "again"
    run(ExportImsma, {"HAZARDS": out_h, "RELEASES": out_r, "OUTPUT": str(again)})
    for name in ("hazard_points.csv", "land_release_points.csv"):
        keys = ("imsma_id", "point_no", "latitude", "longitude", "bearing_deg", "distance_m")
        first = [{k: r[k] for k in keys} for r in read_csv(folder / name)]
        second = [{k: r[k] for k in keys} for r in read_csv(again / name)]
        assert second == first


def _null(value):
    if value is None:
        return True
    try:
        return bool(value.isNull())
    except AttributeError:
        return False


def test_round_trip_multipart_and_holes(qgis_processing, tmp_path, feedback):
    wkt = (
        f"MULTIPOLYGON((({X0} {Y0}, {X0 + 200} {Y0}, {X0 + 200} {Y0 + 150}, {X0} {Y0 + 150}, "
        f"{X0} {Y0}), ({X0 + 50} {Y0 + 50}, {X0 + 50} {Y0 + 80}, {X0 + 90} {Y0 + 80}, "
        f"{X0 + 50} {Y0 + 50})), (({X0 + 400} {Y0}, {X0 + 480} {Y0 + 20}, {X0 + 450} {Y0 + 90}, "
        f"{X0 + 400} {Y0})))"
    )
    rows = [(wkt, {"hazard_id": "SHA-KLB-0001", "classification": "SHA", "status": "open",
                   "remarks": "İki hissə, bir deşik"})]  # fmt: skip
    layer = model_layer("hazard", rows, geometry="MultiPolygon")
    folder = export(tmp_path, feedback, HAZARDS=layer)
    lists = by_id(read_csv(folder / "hazard_points.csv"))
    assert {k: len(v) for k, v in lists.items()} == {"SHA-KLB-0001": 4, "SHA-KLB-0001#2": 3}
    assert "1 hole(s) in 1 polygon(s) are not represented" in feedback.text()
    data = json.loads((folder / "hazards.geojson").read_text(encoding="utf-8"))
    assert data["features"][0]["geometry"]["type"] == "MultiPolygon"

    imported = next(import_folder(folder)["OUTPUT_HAZARDS"].getFeatures())
    assert imported["hazard_id"] == "SHA-KLB-0001"
    assert imported["remarks"] == "İki hissə, bir deşik"
    original = next(layer.getFeatures()).geometry()
    assert_same_polygon(imported.geometry(), original)
    assert len(imported.geometry().asMultiPolygon()[0]) == 2  # the hole is back


def test_import_without_csv_takes_the_geojson_geometry(
    qgis_processing, tmp_path, hazards, releases, feedback
):
    folder = export(tmp_path, HAZARDS=hazards, RELEASES=releases)
    (folder / "hazard_points.csv").unlink()
    (folder / "land_release_points.csv").unlink()
    result = import_folder(folder, feedback)
    originals = features_by(hazards, "hazard_id")
    for hazard_id, imported in features_by(result["OUTPUT_HAZARDS"], "hazard_id").items():
        assert_same_polygon(imported.geometry(), originals[hazard_id].geometry())
    assert "No hazard_points.csv" in feedback.text()


def test_input_in_geographic_crs(qgis_processing, tmp_path, hazards, reproject):
    geographic = reproject(hazards, WGS84)
    folder = export(tmp_path, HAZARDS=geographic)
    imported = features_by(import_folder(folder)["OUTPUT_HAZARDS"], "hazard_id")
    for original in hazards.getFeatures():
        assert_same_polygon(imported[original["hazard_id"]].geometry(), original.geometry())


# --- bad inputs -----------------------------------------------------------------------------------


def test_import_empty_or_missing_folder_fails(qgis_processing, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "readme.txt").write_text("nothing here")
    with pytest.raises(QgsProcessingException, match="none of the IMSMA exchange files"):
        import_folder(empty)
    with pytest.raises(QgsProcessingException):
        import_folder(tmp_path / "does-not-exist")


def test_import_refuses_short_point_lists_and_ids_in_one_file_only(
    qgis_processing, tmp_path, hazards
):
    folder = export(tmp_path, HAZARDS=hazards)
    path = folder / "hazard_points.csv"
    rows = read_csv(path)
    kept = [r for r in rows if r["imsma_id"] != "IMSMA-HA-7731" or int(r["point_no"]) <= 2]
    square = [r for r in rows if r["imsma_id"] == "CHA-AGD-0001"]
    extra = [{**r, "imsma_id": "ORPHAN-1"} for r in square]  # an id without attributes
    write_csv(path, [r for r in kept if r["imsma_id"] != "CHA-AGD-0001"] + extra)
    message = assert_refused(folder, tmp_path)
    assert message.splitlines()[1:] == [
        "hazard_points.csv: point lists of ids that hazards.geojson does not have: ORPHAN-1.",
        "hazards.geojson: features that have no point list in hazard_points.csv: CHA-AGD-0001.",
        "hazard_points.csv: IMSMA-HA-7731: 2 distinct point(s), a polygon needs at least 3.",
    ]


def test_import_refuses_bad_rows_by_line(qgis_processing, tmp_path, hazards):
    folder = export(tmp_path, HAZARDS=hazards)
    path = folder / "hazard_points.csv"
    lines = path.read_bytes().decode("utf-8").split("\r\n")
    fields = lines[2].split(",")
    fields[3] = "forty"  # a latitude of CHA-AGD-0001
    lines[2] = ",".join(fields)
    path.write_bytes("\r\n".join(lines).encode("utf-8"))
    message = assert_refused(folder, tmp_path)
    assert message.splitlines()[1:] == [
        "hazard_points.csv (point list CHA-AGD-0001) line 3: latitude 'forty' is not a number."
    ]


# --- cross-check and the programme's area (issue 15) --------------------------------------------


def write_csv(path, rows, delimiter=","):
    """Rows (dicts) back into a point list CSV, the columns of the export."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(imsma.CSV_COLUMNS), delimiter=delimiter)
        writer.writeheader()
        writer.writerows(rows)


def swap_columns(path, first="latitude", second="longitude"):
    """Exchange the values of two columns of every row (the csv module, as a user's script)."""
    with open(path, encoding="utf-8", newline="") as handle:
        table = list(csv.reader(handle))
    i, j = table[0].index(first), table[0].index(second)
    for row in table[1:]:
        row[i], row[j] = row[j], row[i]
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(table)


def import_to_files(folder, tmp_path, feedback=None, **extra):
    params = {
        "INPUT": str(folder),
        "OUTPUT_HAZARDS": str(tmp_path / "imported_hazards.gpkg"),
        "OUTPUT_RELEASES": str(tmp_path / "imported_releases.gpkg"),
        **extra,
    }
    return run(ImportImsma, params, feedback)


def assert_refused(folder, tmp_path, *fragments, **extra) -> str:
    """The import is refused with a message holding ``fragments`` and no traceback, and writes
    no output; returns the message."""
    with pytest.raises(QgsProcessingException) as raised:
        import_to_files(folder, tmp_path, **extra)
    message = str(raised.value)
    assert message.startswith(
        f"Nothing was imported from the INPUT folder {folder}: correct these and import again."
    )
    assert "Traceback" not in message and "Error:" not in message
    for fragment in fragments:
        assert fragment in message
    assert not (tmp_path / "imported_hazards.gpkg").exists()
    assert not (tmp_path / "imported_releases.gpkg").exists()
    return message


def test_swapped_latitude_longitude_columns_refused_with_the_cause(
    qgis_processing, tmp_path, hazards, releases
):
    folder = export(tmp_path, HAZARDS=hazards, RELEASES=releases)
    swap_columns(folder / "hazard_points.csv")
    message = assert_refused(folder, tmp_path)
    lines = message.splitlines()
    assert re.fullmatch(
        r"hazard_points.csv does not agree with hazards.geojson for 2 of 2 feature\(s\): their "
        r"points lie up to (\d+) km from the GeoJSON geometry \(tolerance 1 m\).",
        lines[1],
    )
    assert lines[2] == (
        "Likely cause: latitude and longitude swapped (the two columns exchanged). With that "
        "corrected, the points of all 2 agree with the GeoJSON: correct hazard_points.csv and "
        "import again. Features: CHA-AGD-0001, IMSMA-HA-7731."
    )
    assert lines[3] == (
        "All 2 of these point lists lie outside the programme's area (42.00° E to 48.00° E, "
        "0.00° N to 84.00° N) and their GeoJSON geometries inside it: the GeoJSON is likely right."
    )
    assert len(lines) == 4  # the releases agree
    # The distance: the farthest swapped point from its polygon (pyproj, on the ellipsoid).
    geod = pyproj_geod()
    rows = read_csv(folder / "hazard_points.csv")  # latitude holds the longitude now
    data = json.loads((folder / "hazards.geojson").read_text(encoding="utf-8"))
    rings = {f["id"]: f["geometry"]["coordinates"][0] for f in data["features"]}
    farthest = max(
        min(
            geod.inv(float(r["longitude"]), float(r["latitude"]), lon, lat)[2]
            for lon, lat in rings[r["imsma_id"]]
        )
        for r in rows
    )
    km = int(re.search(r"up to (\d+) km", lines[1]).group(1))
    assert km == pytest.approx(farthest / 1000, abs=0.5 + 0.005 * km)
    # Swapped back, the same folder imports.
    swap_columns(folder / "hazard_points.csv")
    result = import_to_files(folder, tmp_path)
    assert QgsVectorLayer(result["OUTPUT_HAZARDS"]).featureCount() == 2


def pyproj_geod():
    pyproj = pytest.importorskip("pyproj")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return pyproj.Geod(ellps="WGS84")


# Near Bogotá (UTM 18N): a programme whose longitudes are west, i.e. negative.
CO_UTM = "EPSG:32618"
CO_X, CO_Y = 600000.0, 510000.0


def colombia_hazards():
    rows = []
    for k, (dx, dy) in enumerate([(0, 0), (500, 300)], start=1):
        x, y = CO_X + dx, CO_Y + dy
        ring = [(x, y), (x + 120, y + 10), (x + 90, y + 140), (x - 10, y + 80), (x, y)]
        wkt = "POLYGON((" + ", ".join(f"{a} {b}" for a, b in ring) + "))"
        rows.append((wkt, {"hazard_id": f"CO-{k}", "classification": "SHA", "status": "open"}))
    return model_layer("hazard", rows, crs=CO_UTM)


def test_lost_minus_sign_refused_whole_or_at_its_points(qgis_processing, tmp_path):
    folder = export(tmp_path, HAZARDS=colombia_hazards())
    path = folder / "hazard_points.csv"
    rows = read_csv(path)
    assert all(float(r["longitude"]) < -74 for r in rows)
    unsigned = [
        {**r, "longitude": r["longitude"].lstrip("-")}
        if r["imsma_id"] == "CO-1" or r["point_no"] == "3"
        else r
        for r in rows
    ]
    write_csv(path, unsigned)
    message = assert_refused(folder, tmp_path)
    lines = message.splitlines()
    assert lines[1].startswith(
        "hazard_points.csv does not agree with hazards.geojson for 2 of 2 feature(s): their "
        "points lie up to "
    )
    line_of_point_3 = [k for k, r in enumerate(rows, start=2) if r["imsma_id"] == "CO-2"][2]
    assert lines[2:] == [
        "- CO-2: the minus sign of the longitude lost (a west longitude written as east) at "
        f"point(s) 3 (line(s) {line_of_point_3}).",
        "- the minus sign of the longitude lost (a west longitude written as east): CO-1.",
        "All 2 of these point lists lie outside the programme's area (78.00° W to 72.00° W, "
        "0.00° N to 84.00° N) and their GeoJSON geometries inside it: the GeoJSON is likely right.",
    ]


def move_vertex(folder, imsma_id, point_no, lon, lat):
    """Move a vertex of a hazard in both files alike (the CSV row and the GeoJSON vertex)."""
    path = folder / "hazard_points.csv"
    rows = read_csv(path)
    [row] = [r for r in rows if r["imsma_id"] == imsma_id and r["point_no"] == str(point_no)]
    old = [float(row["longitude"]), float(row["latitude"])]
    row["longitude"], row["latitude"] = f"{lon:.9f}", f"{lat:.9f}"
    write_csv(path, rows)
    geojson = folder / "hazards.geojson"
    data = json.loads(geojson.read_text(encoding="utf-8"))
    [feature] = [f for f in data["features"] if f["id"] == imsma_id]
    ring = feature["geometry"]["coordinates"][0]
    moved = [k for k, xy in enumerate(ring) if xy == old]
    assert moved
    for k in moved:
        ring[k] = [lon, lat]
    geojson.write_text(json.dumps(data), encoding="utf-8")


FAR_LON, FAR_LAT = 39.96, 46.64  # southern Russia, where a swapped Aghdam point lands


def test_far_away_vertex_in_both_files_is_outside_the_programmes_area(
    qgis_processing, tmp_path, hazards, make_layer
):
    folder = export(tmp_path, HAZARDS=hazards)
    move_vertex(folder, "IMSMA-HA-7731", 3, FAR_LON, FAR_LAT)
    geod = pyproj_geod()
    # Without DISTRICTS: the UTM zone of most points (38N); the vertex is west of 42° E.
    message = assert_refused(folder, tmp_path)
    lines = message.splitlines()
    reported = float(re.search(r"about ([\d.]+) km away", lines[1]).group(1))
    assert reported == pytest.approx(geod.inv(FAR_LON, FAR_LAT, 42.0, FAR_LAT)[2] / 1000, rel=0.005)
    assert lines[1] == (
        "hazards.geojson: IMSMA-HA-7731 lies outside the programme's area (42.00° E to 48.00° E, "
        "0.00° N to 84.00° N): 1 of 5 vertices, the farthest at 46.640000, 39.960000 (latitude, "
        f"longitude), about {reported:.1f} km away. Check for a swapped latitude and longitude, "
        "a decimal comma, or a wrong UTM or Gauss–Krüger zone."
    )
    assert lines[2].startswith("The programme's area is here the UTM zone of most points")
    assert len(lines) == 3
    # With DISTRICTS (the Aghdam district): their extent plus 10 km.
    district = make_layer(
        "Polygon",
        UTM,
        [(f"POLYGON(({X0 - 5000} {Y0 - 5000}, {X0 + 5000} {Y0 - 5000}, {X0 + 5000} {Y0 + 5000}, "
          f"{X0 - 5000} {Y0 + 5000}, {X0 - 5000} {Y0 - 5000}))", {"code": "AGD"})],
    )  # fmt: skip
    message = assert_refused(folder, tmp_path, DISTRICTS=district)
    lines = message.splitlines()
    assert len(lines) == 2 and "IMSMA-HA-7731 lies outside the programme's area" in lines[1]
    extent = next(district.getFeatures()).geometry()
    extent.transform(
        QgsCoordinateTransform(
            QgsCoordinateReferenceSystem(UTM),
            QgsCoordinateReferenceSystem(WGS84),
            QgsProject.instance(),
        )
    )
    e = extent.boundingBox()
    box = area.from_extent(e.xMinimum(), e.yMinimum(), e.xMaximum(), e.yMaximum(), 10_000)
    west, east, south, north = box.west, box.east, box.south, box.north
    assert f"area ({west:.2f}° E to {east:.2f}° E, {south:.2f}° N to {north:.2f}° N)" in lines[1]
    assert east - west == pytest.approx(
        (10_000 + 20_000) / 111_320 / math.cos(math.radians(north)), rel=0.02
    )
    reported = float(re.search(r"about ([\d.]+) km away", lines[1]).group(1))
    nearest = (min(max(FAR_LON, west), east), min(max(FAR_LAT, south), north))
    assert reported == pytest.approx(geod.inv(FAR_LON, FAR_LAT, *nearest)[2] / 1000, rel=0.005)
    assert reported > 600


def test_districts_make_a_second_utm_zone_part_of_the_programme(
    qgis_processing, tmp_path, make_layer
):
    # Most of the data in zone 38 (46.9° E), one hazard in zone 39 (48.3° E), both Azerbaijan.
    west = "POLYGON((46.9 40.0, 46.902 40.0, 46.903 40.001, 46.902 40.002, 46.9 40.002, 46.9 40.0))"
    east = "POLYGON((48.3 40.4, 48.301 40.4, 48.301 40.401, 48.3 40.4))"
    layer = model_layer(
        "hazard", [(west, {"hazard_id": "H-W"}), (east, {"hazard_id": "H-E"})], crs=WGS84
    )
    folder = export(tmp_path, HAZARDS=layer)
    message = assert_refused(folder, tmp_path, "H-E lies outside the programme's area")
    assert "give its districts as DISTRICTS" in message
    districts = make_layer(
        "MultiPolygon",
        WGS84,
        [("MULTIPOLYGON(((46.5 39.5, 48.5 39.5, 48.5 40.8, 46.5 39.5)))", {"code": "X"})],
    )
    result = import_to_files(folder, tmp_path, DISTRICTS=districts)
    assert QgsVectorLayer(result["OUTPUT_HAZARDS"]).featureCount() == 2
    empty = make_layer("Polygon", WGS84, [])
    with pytest.raises(QgsProcessingException, match="DISTRICTS has no district with a geometry"):
        import_to_files(folder, tmp_path / "x", DISTRICTS=empty)


def test_semicolons_and_decimal_commas_are_read_as_meant(qgis_processing, tmp_path, hazards):
    folder = export(tmp_path, HAZARDS=hazards)
    path = folder / "hazard_points.csv"
    rows = read_csv(path)
    for r in rows:
        for column in ("latitude", "longitude", "bearing_deg", "distance_m"):
            r[column] = r[column].replace(".", ",")
    write_csv(path, rows, delimiter=";")
    imported = features_by(import_folder(folder)["OUTPUT_HAZARDS"], "hazard_id")
    for original in hazards.getFeatures():
        assert_same_polygon(imported[original["hazard_id"]].geometry(), original.geometry())


def _csv_rows_edit(edit):
    def mutate(folder):
        path = folder / "hazard_points.csv"
        write_csv(path, edit(read_csv(path)))

    return mutate


def _geojson_edit(edit):
    def mutate(folder):
        path = folder / "hazards.geojson"
        data = json.loads(path.read_text(encoding="utf-8"))
        edit(data["features"])
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    return mutate


def _set(mapping, key, value):
    mapping[key] = value


def _pipe_separated(folder):
    path = folder / "hazard_points.csv"
    write_csv(path, read_csv(path), delimiter="|")


def _cp1251(folder):
    path = folder / "hazard_points.csv"
    rows = read_csv(path)
    rows[1]["entered_as"] = "Азимут 16-00"
    write_csv(path, rows)
    path.write_bytes(path.read_text(encoding="utf-8").encode("cp1251"))


def _extra_value(folder):
    path = folder / "hazard_points.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[2] = lines[2].replace(",turning,", ",turning,40,5,", 1)
    path.write_text("\n".join(lines), encoding="utf-8")


def _nan_in_geojson(folder):
    path = folder / "hazards.geojson"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"\[\[\[[-\d.]+,", "[[[NaN,", text, count=1), encoding="utf-8")


LONG_ID = "HZ-" + "9" * 9997  # 10,000 characters
BAD_FOLDERS = {
    "no GeoJSON beside the CSV": (
        lambda folder: (folder / "hazards.geojson").unlink(),
        "hazard_points.csv is there without hazards.geojson: its point lists have no attributes",
    ),
    "pipe-separated CSV": (
        _pipe_separated,
        "hazard_points.csv has no column imsma_id, point_no, latitude, longitude (its first line "
        "is 'imsma_id|point_no|point_type|",
    ),
    "CSV in Windows-1251": (_cp1251, "hazard_points.csv is not UTF-8 text (byte 0xC0 on line 3)"),
    "a value too many (decimal comma)": (
        _extra_value,
        "hazard_points.csv (point list CHA-AGD-0001) line 3 has 14 values where the header has "
        "12 columns",
    ),
    "GeoJSON cut short": (
        lambda folder: (folder / "hazards.geojson").write_text(
            '{"type": "Feature', encoding="utf-8"
        ),
        "hazards.geojson is not valid JSON (line 1, column 10: Unterminated string starting at).",
    ),
    "a point in the GeoJSON": (
        _geojson_edit(
            lambda fs: _set(fs[0], "geometry", {"type": "Point", "coordinates": [46.9, 40]})
        ),
        "hazards.geojson: feature 1 (CHA-AGD-0001) is a Point, not a Polygon or MultiPolygon.",
    ),
    "NaN in the GeoJSON": (
        _nan_in_geojson,
        "hazards.geojson: feature 1 (CHA-AGD-0001) has a coordinate that is not a number",
    ),
    "inf in the CSV": (
        _csv_rows_edit(
            lambda rows: [{**r, "latitude": "inf"} if k == 0 else r for k, r in enumerate(rows)]
        ),
        "hazard_points.csv (point list CHA-AGD-0001) line 2: latitude 'inf' is not a finite "
        "number (NaN or infinite).",
    ),
    "an id used twice": (
        _geojson_edit(
            lambda fs: [
                _set(fs[1], "id", "CHA-AGD-0001"),
                _set(fs[1]["properties"], "imsma_id", "CHA-AGD-0001"),
            ]
        ),
        "hazards.geojson: the id (imsma_id, else hazard_id) CHA-AGD-0001 is used by more than "
        "one feature: features 1 (CHA-AGD-0001), 2 (SHA-AGD-0002). Each needs its own: correct "
        "the file.",
    ),
    "a point list the GeoJSON lacks": (
        _csv_rows_edit(lambda rows: rows + [{**r, "imsma_id": "ORPHAN-9"} for r in rows[:4]]),
        "hazard_points.csv: point lists of ids that hazards.geojson does not have: ORPHAN-9.",
    ),
    "a feature without its point list": (
        _csv_rows_edit(lambda rows: [r for r in rows if r["imsma_id"] != "IMSMA-HA-7731"]),
        "hazards.geojson: features that have no point list in hazard_points.csv: IMSMA-HA-7731.",
    ),
    "a point list of a feature without geometry": (
        _geojson_edit(lambda fs: _set(fs[0], "geometry", None)),
        "hazard_points.csv: point lists of features that have no geometry in hazards.geojson, so "
        "their points cannot be checked: CHA-AGD-0001.",
    ),
    "a 10,000-character id in the CSV": (
        _csv_rows_edit(
            lambda rows: [{**r, "imsma_id": LONG_ID} if k < 4 else r for k, r in enumerate(rows)]
        ),
        f"hazard_points.csv line 2: the id {LONG_ID[:40]}… (10000 characters) is longer than 100 "
        "characters.",
    ),
    "a 10,000-character id in the GeoJSON": (
        _geojson_edit(
            lambda fs: [_set(fs[0], "id", LONG_ID), _set(fs[0]["properties"], "imsma_id", LONG_ID)]
        ),
        f"hazards.geojson: feature 1 (hazard_id CHA-AGD-0001): the id {LONG_ID[:40]}… (10000 "
        "characters) is longer than 100 characters.",
    ),
    "a long id after a refused feature": (
        _geojson_edit(
            lambda fs: [
                _set(fs[0], "geometry", {"type": "Point", "coordinates": [46.9, 40.0]}),
                _set(fs[1], "id", LONG_ID),
                _set(fs[1]["properties"], "imsma_id", LONG_ID),
            ]
        ),
        f"hazards.geojson: feature 2 (hazard_id SHA-AGD-0002): the id {LONG_ID[:40]}… (10000 "
        "characters) is longer than 100 characters.",
    ),
    "an attribute of the wrong type": (
        _geojson_edit(lambda fs: _set(fs[0]["properties"], "evidence_direct", "three")),
        "hazards.geojson: CHA-AGD-0001: evidence_direct = 'three' is not a valid integer value.",
    ),
    "a hazard_id longer than its field": (
        _geojson_edit(lambda fs: _set(fs[0]["properties"], "hazard_id", "CHA-" + "1" * 56)),
        "hazards.geojson: CHA-AGD-0001: hazard_id CHA-111111111111111111111111111111111111… (60 "
        "characters) is longer than the field's 50 characters.",
    ),
    "a NUL in a text": (
        _geojson_edit(lambda fs: _set(fs[0]["properties"], "remarks", "a\u0000b")),
        "hazards.geojson: CHA-AGD-0001: remarks holds a character that cannot be stored",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_FOLDERS))
def test_bad_folders_refused_by_name_and_nothing_written(
    qgis_processing, tmp_path, hazards, releases, case
):
    folder = export(tmp_path, HAZARDS=hazards, RELEASES=releases)
    mutate, expected = BAD_FOLDERS[case]
    mutate(folder)
    message = assert_refused(folder, tmp_path, expected)
    assert len(message) < 2000  # a 10,000-character id is not repeated whole


def test_bad_release_file_writes_no_hazards_either(qgis_processing, tmp_path, hazards, releases):
    folder = export(tmp_path, HAZARDS=hazards, RELEASES=releases)
    swap_columns(folder / "land_release_points.csv")
    message = assert_refused(folder, tmp_path)
    assert message.splitlines()[1].startswith(
        "land_release_points.csv does not agree with land_releases.geojson for 1 of 1 feature(s)"
    )


def test_export_rejects_non_polygon_hazards(qgis_processing, tmp_path, make_layer):
    line = make_layer("LineString", UTM, [(f"LINESTRING({X0} {Y0}, {X0 + 10} {Y0})",
                                           {"hazard_id": "L-1"})])  # fmt: skip
    with pytest.raises(QgsProcessingException):
        export(tmp_path, HAZARDS=line)
    assert not (tmp_path / "imsma" / "hazards.geojson").exists()


def test_export_rejects_missing_ids_and_duplicates(qgis_processing, tmp_path, make_layer, hazards):
    no_id = make_layer("Polygon", UTM, [(SQUARE, {"name": "x"})])
    with pytest.raises(QgsProcessingException, match="neither hazard_id nor imsma_id"):
        export(tmp_path, HAZARDS=no_id)
    twice = make_layer(
        "Polygon", UTM, [(SQUARE, {"hazard_id": "H-1"}), (PENTAGON, {"hazard_id": "H-1"})]
    )
    with pytest.raises(QgsProcessingException, match="more than once: H-1"):
        export(tmp_path, HAZARDS=twice)
    points = make_layer("Point", UTM, [(f"POINT({X0} {Y0})", {"seq": 1})])
    with pytest.raises(QgsProcessingException, match="POINTS has no field owner_id"):
        export(tmp_path, HAZARDS=hazards, POINTS=points)


def test_export_without_releases_removes_stale_release_files(
    qgis_processing, tmp_path, hazards, releases
):
    folder = export(tmp_path, HAZARDS=hazards, RELEASES=releases)
    assert (folder / "land_releases.geojson").exists()
    export(tmp_path, HAZARDS=hazards)
    assert {p.name for p in folder.iterdir()} == {"hazards.geojson", "hazard_points.csv"}
    result = import_folder(folder)
    assert result["OUTPUT_RELEASES"].featureCount() == 0
    assert result["OUTPUT_HAZARDS"].featureCount() == 2
