"""storage/stored_dates: the text of a GeoPackage's date fields that QGIS reads as NULL."""

from __future__ import annotations

import datetime

from qgis.core import NULL, QgsFeature, QgsGeometry, QgsProcessingContext, QgsVectorLayer
from qgis.PyQt.QtCore import QDate

from landrelease.qgis_io.check_input import read_layer
from landrelease.storage.stored_dates import put_stored_dates

from .test_edit_log import execute

SQUARE = "POLYGON((640000 4425000, 640100 4425000, 640100 4425100, 640000 4425000))"


def hazards(path) -> QgsVectorLayer:
    return QgsVectorLayer(f"{path}|layername=hazard", "hazard", "ogr")


def add_hazards(path, *rows):
    layer = hazards(path)
    features = []
    for hazard_id, recorded_on in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(SQUARE))
        for name, value in {
            "uuid": f"uuid-{hazard_id}",
            "hazard_id": hazard_id,
            "classification": "SHA",
            "status": "open",
            "recorded_on": recorded_on,
        }.items():
            feature[name] = value
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)


def test_text_that_is_no_date_is_put_back(new_gpkg):
    add_hazards(new_gpkg, ("H-1", QDate(2023, 1, 10)), ("H-2", QDate(2023, 1, 11)))
    execute(str(new_gpkg), "UPDATE hazard SET recorded_on = '31.02.2020' WHERE hazard_id = 'H-2'")
    layer = hazards(new_gpkg)
    assert [f["recorded_on"] for f in layer.getFeatures()][1] == NULL  # as QGIS reads it
    read = read_layer(layer, "hazard", layer.crs(), QgsProcessingContext())
    assert read.data.columns["recorded_on"] == [datetime.date(2023, 1, 10), None]
    put_stored_dates(layer, read.data, read.fids)
    assert read.data.columns["recorded_on"] == [datetime.date(2023, 1, 10), "31.02.2020"]


def test_other_layers_are_read_as_qgis_reads_them(make_layer):
    layer = make_layer("Polygon", "EPSG:32638", [(SQUARE, {"hazard_id": "H-1"})])
    read = read_layer(layer, "hazard", layer.crs(), QgsProcessingContext())
    columns = {name: list(values) for name, values in read.data.columns.items()}
    put_stored_dates(layer, read.data, read.fids)
    assert read.data.columns == columns
