"""The programme's area of a land release database: its districts' extent, else its CRS."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsVectorLayer

from landrelease.processing import database, programme

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data"


def test_area_of_a_database_is_its_districts_extent_plus_the_margin(new_database):
    layers = database.open_layers(new_database)
    hazard = layers["hazard"]
    # Without districts: the storage CRS's area of use (EPSG:32638 is UTM zone 38N).
    empty = programme.programme_area(hazard)
    assert empty.source == "crs"
    assert (empty.west, empty.east, empty.south) == (42.0, 48.0, 0.0)
    assert empty.contains(46.75, 0.0004)  # what a UTM zone cannot catch

    districts = QgsVectorLayer(str(SAMPLE / "districts.geojson"), "districts", "ogr")
    assert database.import_features(districts, layers["district"]) == 13
    box = programme.programme_area(hazard)
    assert box.source == "districts" and box.margin_m == 10_000
    extent = districts.extent()
    assert box.west < extent.xMinimum() - 0.1 and box.east > extent.xMaximum() + 0.1
    assert box.south < extent.yMinimum() - 0.08 and box.north > extent.yMaximum() + 0.08
    assert box.west > extent.xMinimum() - 0.2 and box.north < extent.yMaximum() + 0.1
    assert box.contains(46.93, 39.99)  # Aghdam
    assert not box.contains(46.75, 0.0004)  # 4,500 km south, at the equator
    assert not box.contains(8.66, 40.0)  # a Gauss-Krüger Y read as a longitude


def test_area_of_a_layer_outside_any_database(make_layer):
    layer = make_layer("Point", "EPSG:32637", [("POINT(500000 4400000)", {"id": 1})])
    box = programme.programme_area(layer)
    assert box.source == "crs" and (box.west, box.east) == (36.0, 42.0)
    assert programme.programme_area(None) is None
