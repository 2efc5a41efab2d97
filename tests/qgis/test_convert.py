"""processing/convert.py: the working CRS, ellipsoidal measures across datums, feature names in
messages, outputs written under temporary names."""

from __future__ import annotations

import pytest
from pyproj import Geod, Transformer
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProject,
    QgsRectangle,
)

from landrelease.qgis_io import convert

from .conftest import RecordingFeedback

X0, Y0 = 640000.0, 4425000.0  # near Aghdam, UTM 38N
SQUARE = f"POLYGON(({X0} {Y0}, {X0 + 100} {Y0}, {X0 + 100} {Y0 + 100}, {X0} {Y0 + 100}, {X0} {Y0}))"


def context():
    result = QgsProcessingContext()
    result.setProject(QgsProject.instance())
    return result


def crs(code: str) -> QgsCoordinateReferenceSystem:
    return QgsCoordinateReferenceSystem(code)


def reprojected(wkt: str, target: str) -> QgsGeometry:
    geometry = QgsGeometry.fromWkt(wkt)
    geometry.transform(
        QgsCoordinateTransform(crs("EPSG:32638"), crs(target), QgsProject.instance())
    )
    return geometry


def geodesic_area(wkt: str) -> float:
    """pyproj's geodesic area (WGS 84) of a polygon given in UTM 38N."""
    to_lonlat = Transformer.from_crs("EPSG:32638", "EPSG:4326", always_xy=True)
    ring = QgsGeometry.fromWkt(wkt).asPolygon()[0]
    lons, lats = to_lonlat.transform([p.x() for p in ring], [p.y() for p in ring])
    area, _perimeter = Geod(ellps="WGS84").polygon_area_perimeter(lons, lats)
    return abs(area)


@pytest.mark.parametrize("code", ["EPSG:32638", "EPSG:4326", "EPSG:3857", "EPSG:28408"])
def test_areas_are_wgs84_ellipsoidal_whatever_the_crs_and_datum(qgis_app, code):
    """Pulkovo 1942 (EPSG:28408): QgsDistanceArea alone read Krassowsky latitudes as WGS 84 ones
    (3.6e-5 too small); through the datum shift it agrees with pyproj."""
    expected = geodesic_area(SQUARE)
    measured = convert.distance_area(crs(code), context()).measureArea(reprojected(SQUARE, code))
    assert measured == pytest.approx(expected, rel=1e-7)


@pytest.mark.parametrize(
    ("code", "working", "said"),
    [
        ("EPSG:32638", "EPSG:32638", False),  # true to scale at the data
        ("EPSG:28408", "EPSG:28408", False),  # Gauss-Krüger zone 8: 0.02 % here
        ("EPSG:4326", "EPSG:32638", False),  # geographic
        ("EPSG:3857", "EPSG:32638", True),  # Web Mercator: 30 % off at 40° N
        ("EPSG:32640", "EPSG:32638", True),  # UTM 40N, 10° from its meridian: 1 % off
    ],
)
def test_working_crs_is_true_to_scale_at_the_data(qgis_app, code, working, said):
    box = reprojected(SQUARE, code).boundingBox()
    feedback = RecordingFeedback()
    chosen = convert.working_crs(crs(code), box, context(), feedback)
    assert chosen.authid() == working
    assert ("off the ground" in feedback.text()) == said


def test_scale_error_of_known_projections(qgis_app):
    centre = reprojected(f"POINT({X0} {Y0})", "EPSG:3857").asPoint()
    # Web Mercator's scale at 40° N is 1 / cos(40°): ground metres are 0.766 of its metres
    assert convert.scale_error(crs("EPSG:3857"), centre, context()) == pytest.approx(
        1 - 0.7660, abs=2e-3
    )
    utm = convert.scale_error(
        crs("EPSG:32638"), QgsGeometry.fromWkt(f"POINT({X0} {Y0})").asPoint(), context()
    )
    assert utm < 5e-4


def test_a_working_crs_is_refused_by_name_without_a_finite_extent(qgis_app):
    extent = QgsRectangle(float("nan"), 0, 1, 1)
    with pytest.raises(QgsProcessingException, match=r"^HAZARDS: the extent of the data is not"):
        convert.working_crs(crs("EPSG:32638"), extent, context(), parameter="HAZARDS")


@pytest.mark.parametrize(
    ("value", "fid", "label"),
    [
        ("H-1", 7, "H-1 (feature 7)"),
        (None, 7, "feature 7"),
        ("  ", 3, "feature 3"),
        ("Ə" * 100, 2, "Ə" * 40 + "… (feature 2)"),
        ("H\ud800X", 2, "H\\ud800X (feature 2)"),  # printable in a log, and in a UTF-8 file
        ("A\nB\tC", 4, "A\\nB\\tC (feature 4)"),
    ],
)
def test_feature_label(value, fid, label):
    text = convert.feature_label(value, fid)
    assert text == label
    text.encode("utf-8")


def test_listed_says_how_many_more():
    assert convert.listed(["a", "b"]) == "a, b"
    assert convert.listed([str(k) for k in range(12)], limit=3) == "0, 1, 2 … (+9)"


def test_output_files_move_at_the_end_or_leave_everything_as_it_was(tmp_path):
    old = tmp_path / "maps.pdf"
    old.write_bytes(b"last week")
    new = tmp_path / "new" / "sub" / "report.csv"
    with pytest.raises(RuntimeError):
        with convert.OutputFiles({"OUTPUT": str(old), "OUTPUT_CSV": str(new)}) as temporary:
            for path in temporary.values():
                with open(path, "wb") as stream:
                    stream.write(b"half")
            raise RuntimeError("cancelled")
    assert old.read_bytes() == b"last week"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["maps.pdf"]  # new/sub removed too

    with convert.OutputFiles({"OUTPUT": str(old), "OUTPUT_CSV": str(new)}) as temporary:
        for name, path in temporary.items():
            with open(path, "wb") as stream:
                stream.write(name.encode())
    assert old.read_bytes() == b"OUTPUT" and new.read_bytes() == b"OUTPUT_CSV"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["maps.pdf", "new"]
    assert [p.name for p in new.parent.iterdir()] == ["report.csv"]


def test_output_files_refuse_a_folder_by_parameter(tmp_path):
    with pytest.raises(QgsProcessingException, match=r"^OUTPUT: .* is a folder"):
        convert.OutputFiles({"OUTPUT": str(tmp_path)})


@pytest.mark.parametrize(
    ("prefix", "says"),
    [
        ("SHA'; --", r"ID_PREFIX may hold letters, digits and - _ \. / only; it holds"),
        ("SHA\nX", r"'\\n'"),
        ("H\ud800", r"'\\ud800'"),
        ("💣", "💣"),
        ("SHA-" + "X" * 40, r"makes hazard ids of 53 characters .*hazard_id holds 50"),
    ],
)
def test_hazard_id_prefixes_that_are_refused(prefix, says):
    from landrelease.core.ids import hazard_ids

    with pytest.raises(QgsProcessingException, match=says):
        convert.check_hazard_ids(prefix, hazard_ids(prefix, ["AGD"]))


def test_hazard_id_prefixes_that_are_taken():
    from landrelease.core.ids import hazard_ids

    for prefix in ("SHA", "CHA-AĞD", "ШОА_1", "x.y/z"):
        convert.check_hazard_ids(prefix, hazard_ids(prefix, ["AGD"]))
