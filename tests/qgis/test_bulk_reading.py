"""qgis_io.bulk: a GeoPackage layer read through GDAL's Arrow stream gives what QGIS's feature
iterator gives (geometries, values, labels, refusals), and is used only where it can."""

from __future__ import annotations

import datetime
import struct

import numpy as np
import pytest
import shapely
from osgeo import ogr, osr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsVectorLayer,
    QgsVectorLayerSelectedFeatureSource,
)

from landrelease.qgis_io import bulk
from landrelease.qgis_io.geometry import read_source
from landrelease.qgis_io.values import python_value

UTM38 = QgsCoordinateReferenceSystem("EPSG:32638")
FIELDS = ("hazard_id", "evidence_direct", "estimated_area_m2", "recorded_on", "updated_at", "ok")


def square(x, y, size=100.0):
    return shapely.box(x, y, x + size, y + size)


def nan_polygon_wkb() -> bytes:
    ring = [(600000.0, 4400000.0), (float("nan"), 4400000.0), (600100.0, 4400100.0)]
    ring.append(ring[0])
    body = b"".join(struct.pack("<dd", x, y) for x, y in ring)
    return struct.pack("<BIII", 1, 3, 1, len(ring)) + body


def write_gpkg(path, rows) -> QgsVectorLayer:
    """A GeoPackage table ``hazard`` of polygons in UTM 38N with the fields above."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32638)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    table = dataset.CreateLayer("hazard", srs, ogr.wkbPolygon)
    kinds = (
        ogr.OFTString,
        ogr.OFTInteger,
        ogr.OFTReal,
        ogr.OFTDate,
        ogr.OFTDateTime,
        ogr.OFTInteger,
    )
    for name, kind in zip(FIELDS, kinds):
        definition = ogr.FieldDefn(name, kind)
        if name == "ok":
            definition.SetSubType(ogr.OFSTBoolean)
        table.CreateField(definition)
    for wkb, values in rows:
        feature = ogr.Feature(table.GetLayerDefn())
        for name, value in zip(FIELDS, values):
            if value is None:
                feature.SetFieldNull(name)
            elif isinstance(value, datetime.datetime):
                feature.SetField(
                    name,
                    value.year,
                    value.month,
                    value.day,
                    value.hour,
                    value.minute,
                    value.second,
                    0,
                )
            elif isinstance(value, datetime.date):
                feature.SetField(name, value.year, value.month, value.day, 0, 0, 0, 0)
            else:
                feature.SetField(name, value)
        if wkb is not None:
            feature.SetGeometry(ogr.CreateGeometryFromWkb(wkb))
        table.CreateFeature(feature)
    dataset = None
    layer = QgsVectorLayer(f"{path}|layername=hazard", "hazard", "ogr")
    assert layer.isValid()
    return layer


def rows_of(n: int, seed: int = 5):
    rng = np.random.default_rng(seed)
    rows = []
    for k in range(n):
        x, y = 600000 + rng.uniform(0, 50000), 4400000 + rng.uniform(0, 50000)
        values = (
            f"CHA-Ağdam-{k:04d}" if k % 7 else None,
            int(rng.integers(0, 40)) if k % 5 else None,
            float(rng.uniform(0, 1e6)) if k % 3 else None,
            datetime.date(2020, 1 + k % 12, 1 + k % 28) if k % 4 else None,
            datetime.datetime(2021, 5, 6, 7, 8, 9) if k % 6 else None,
            bool(k % 2) if k % 9 else None,
        )
        wkb = None if k % 11 == 0 else shapely.to_wkb(square(x, y, rng.uniform(10, 500)))
        rows.append((wkb, values))
    return rows


def plain(values):
    return [python_value(v) for v in values]


def both_ways(layer, context, fields=FIELDS):
    source = QgsProcessingFeatureSource(layer, context)
    fast = read_source(
        source, UTM38, context, fields, parameter="HAZARDS", id_field="hazard_id", layer=layer
    )
    slow = read_source(source, UTM38, context, fields, parameter="HAZARDS", id_field="hazard_id")
    return fast, slow


def test_the_same_rows_as_qgis_reads_them(qgis_app, tmp_path):
    layer = write_gpkg(tmp_path / "h.gpkg", rows_of(500))
    context = QgsProcessingContext()
    assert bulk.readable(QgsProcessingFeatureSource(layer, context), layer, UTM38)
    assert bulk.read_table(*bulk.gpkg_path(layer), ["ok"]) is None  # booleans: QGIS reads them
    fast, slow = both_ways(layer, context, FIELDS[:-1])
    assert len(fast.geometries) == len(slow.geometries) == 500 - 46
    assert shapely.to_wkb(fast.geometries).tolist() == shapely.to_wkb(slow.geometries).tolist()
    for name in FIELDS[:-1]:
        assert fast.columns[name] == plain(slow.columns[name]), name
    assert fast.columns["recorded_on"][0] == datetime.date(2020, 2, 2)  # row 0 has no geometry
    assert fast.columns["hazard_id"][0] == "CHA-Ağdam-0001"
    assert list(fast.labels) == list(slow.labels)
    assert fast.skipped_labels == slow.skipped_labels and fast.skipped_no_geometry == 46


def test_a_nan_coordinate_is_refused_alike(qgis_app, tmp_path):
    rows = rows_of(20)
    rows[3] = (nan_polygon_wkb(), ("H-NAN",) + rows[3][1][1:])
    layer = write_gpkg(tmp_path / "nan.gpkg", rows)
    context = QgsProcessingContext()
    messages = []
    for use_layer in (layer, None):
        with pytest.raises(QgsProcessingException) as refused:
            read_source(
                QgsProcessingFeatureSource(layer, context),
                UTM38,
                context,
                FIELDS,
                parameter="HAZARDS",
                id_field="hazard_id",
                layer=use_layer,
            )
        messages.append(str(refused.value))
        del refused  # its frames hold a feature iterator of ``layer``: freed while it lives
    assert messages[0] == messages[1] and "H-NAN" in messages[0]


def test_text_that_is_no_utf8_is_read_as_qgis_reads_it(qgis_app, tmp_path):
    """Another program wrote bytes that are no UTF-8 into a text field (SQLite keeps them):
    the bulk reader leaves the table to QGIS's iterator, no traceback, the same values."""
    layer = write_gpkg(tmp_path / "latin.gpkg", rows_of(30))
    del layer
    dataset = ogr.Open(str(tmp_path / "latin.gpkg"), 1)  # GDAL: the GeoPackage's SQL functions
    dataset.ExecuteSQL("UPDATE hazard SET hazard_id = CAST(X'4147C4DA4D' AS TEXT) WHERE fid = 2")
    dataset = None
    layer = QgsVectorLayer(f"{tmp_path / 'latin.gpkg'}|layername=hazard", "hazard", "ogr")
    context = QgsProcessingContext()
    assert bulk.read_table(*bulk.gpkg_path(layer), ["hazard_id"]) is None
    fast, slow = both_ways(layer, context, FIELDS[:-1])
    assert fast.columns["hazard_id"] == plain(slow.columns["hazard_id"])
    assert fast.columns["hazard_id"][0].startswith("AG")  # fid 2 (fid 1 has no geometry)


def test_only_where_it_gives_the_same_rows(qgis_app, tmp_path):
    layer = write_gpkg(tmp_path / "h.gpkg", rows_of(30))
    context = QgsProcessingContext()
    source = QgsProcessingFeatureSource(layer, context)
    assert bulk.readable(source, layer, QgsCoordinateReferenceSystem("EPSG:4326")) is None
    layer.setSubsetString("evidence_direct > 10")
    assert bulk.readable(QgsProcessingFeatureSource(layer, context), layer, UTM38) is None
    layer.setSubsetString("")
    layer.startEditing()
    layer.deleteFeature(next(layer.getFeatures()).id())
    assert bulk.readable(QgsProcessingFeatureSource(layer, context), layer, UTM38) is None
    fast, slow = both_ways(layer, context)  # the edit buffer is read, by QGIS
    assert len(fast.geometries) == len(slow.geometries)
    layer.rollBack()
    layer.selectByIds([f.id() for f in layer.getFeatures()][:5])
    selection = QgsVectorLayerSelectedFeatureSource(layer)
    selected = QgsProcessingFeatureSource(selection, context)
    assert selected.featureCount() == 5
    assert bulk.readable(selected, layer, UTM38) is None
    del selected, selection
    memory = QgsVectorLayer("Polygon?crs=EPSG:32638&field=hazard_id:string", "m", "memory")
    in_memory = QgsProcessingFeatureSource(memory, context)
    assert bulk.readable(in_memory, memory, UTM38) is None
    del in_memory


def test_read_all_the_same_as_qgis_reads_it(qgis_app, tmp_path):
    from landrelease.qgis_io.geometry import read_all
    from landrelease.qgis_io.values import as_date

    layer = write_gpkg(tmp_path / "h.gpkg", rows_of(300))
    context = QgsProcessingContext()
    source = QgsProcessingFeatureSource(layer, context)
    names = ("hazard_id", "evidence_direct", "recorded_on", "missing_field")
    fast, slow = (
        read_all(source, UTM38, context, names, QgsProcessingFeedback(), parameter="RELEASES",
                 id_field="hazard_id", layer=use)
        for use in (layer, None)
    )  # fmt: skip
    assert shapely.to_wkb(fast.geometries).tolist() == shapely.to_wkb(slow.geometries).tolist()
    assert len(fast.geometries) == 300 and shapely.is_empty(fast.geometries).sum() == 28
    assert fast.fids == slow.fids and list(fast.labels) == list(slow.labels)
    assert fast.columns["hazard_id"] == slow.columns["hazard_id"]
    assert fast.columns["evidence_direct"] == slow.columns["evidence_direct"]
    assert fast.columns["recorded_on"] == [as_date(v) for v in slow.columns["recorded_on"]]
    assert fast.columns["missing_field"] is None and slow.columns["missing_field"] is None


def test_checkdata_reads_the_same_as_qgis(qgis_app, tmp_path):
    from landrelease.qgis_io.check_input import read_layer

    rows = rows_of(200)
    rows[5] = (nan_polygon_wkb(), rows[5][1])  # read as it is: the checks name it
    rows[6] = (shapely.to_wkb(shapely.Polygon()), rows[6][1])  # empty: as without geometry
    layer = write_gpkg(tmp_path / "h.gpkg", rows)
    context = QgsProcessingContext()
    source = QgsProcessingFeatureSource(layer, context)
    fast = read_layer(source, "hazard", UTM38, context, layer=layer)
    slow = read_layer(source, "hazard", UTM38, context)
    assert fast.fids.tolist() == slow.fids.tolist() == list(range(1, 201))
    assert fast.without_geometry == slow.without_geometry == 20
    assert list(fast.data.labels) == list(slow.data.labels)
    wkb = [None if g is None else shapely.to_wkb(g) for g in fast.data.geometries]
    assert wkb == [None if g is None else shapely.to_wkb(g) for g in slow.data.geometries]
    assert set(fast.data.columns) == set(slow.data.columns) >= {"hazard_id", "recorded_on"}
    for name in fast.data.columns:
        assert fast.data.columns[name] == slow.data.columns[name], name


def write_legs_gpkg(path, rows) -> QgsVectorLayer:
    """A GeoPackage attribute table ``traverse_leg`` (no geometry) with the data model's
    columns."""
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    table = dataset.CreateLayer("traverse_leg", None, ogr.wkbNone)
    kinds = {"seq": ogr.OFTInteger, "bearing": ogr.OFTReal, "distance_m": ogr.OFTReal}
    names = ("record_id", "seq", "point_type", "bearing", "bearing_unit", "north", "distance_m",
             "remarks")  # fmt: skip
    for name in names:
        table.CreateField(ogr.FieldDefn(name, kinds.get(name, ogr.OFTString)))
    for values in rows:
        feature = ogr.Feature(table.GetLayerDefn())
        for name, value in zip(names, values):
            if value is None:
                feature.SetFieldNull(name)
            else:
                feature.SetField(name, value)
        table.CreateFeature(feature)
    dataset = None
    layer = QgsVectorLayer(f"{path}|layername=traverse_leg", "legs", "ogr")
    assert layer.isValid() and not layer.isSpatial()
    return layer


def test_traverse_legs_read_in_bulk_as_qgis_reads_them(qgis_app, tmp_path):
    from landrelease.qgis_io.traverse_input import _bulk_leg_rows, leg_fields, read_legs

    rng = np.random.default_rng(8)
    rows = []
    for k in range(3000):
        record = None if k % 97 == 0 else ("  " if k % 89 == 0 else f"MF-Ağdam-{k // 12:03d}")
        rows.append((
            record, k % 12 + 1, "turning" if k % 5 else None,
            None if k % 31 == 0 else float(rng.uniform(0, 360)),
            ("deg", "mil6000", "gon", None)[k % 4], ("grid", "true", "magnetic", None)[k % 4],
            float(rng.uniform(5, 80)), "кустарник" if k % 7 == 0 else None,
        ))  # fmt: skip
    layer = write_legs_gpkg(tmp_path / "legs.gpkg", rows)
    dataset = ogr.Open(str(tmp_path / "legs.gpkg"), 1)  # another program: text in REAL columns
    dataset.ExecuteSQL("UPDATE traverse_leg SET bearing = '12-50' WHERE fid = 5")
    dataset.ExecuteSQL("UPDATE traverse_leg SET distance_m = '35,5' WHERE fid = 6")
    dataset = None
    layer = QgsVectorLayer(f"{tmp_path / 'legs.gpkg'}|layername=traverse_leg", "legs", "ogr")
    source = QgsProcessingFeatureSource(layer, QgsProcessingContext())
    assert _bulk_leg_rows(source, layer, leg_fields(source), lambda: False) is not None
    fast = read_legs(source, lambda: False, layer)
    slow = read_legs(source, lambda: False)
    assert fast.by_record == slow.by_record
    assert (fast.without_id, fast.unreadable) == (slow.without_id, slow.unreadable)
    assert fast.without_id == 3000 // 97 + 1 + 3000 // 89 + 1 - 1  # NULL, blank (k=0: NULL)
    assert len(fast.by_record) == 250 and fast.by_record["MF-Ağdam-000"][0][0].seq == 2
    # With what the file stores (storage.stored_numbers): the text, not QGIS's 12 and 35.
    from landrelease.storage.stored_numbers import texts_in_number_fields

    texts = texts_in_number_fields(layer, ["seq", "bearing", "distance_m"])
    assert texts == {5: {"bearing": "12-50"}, 6: {"distance_m": "35,5"}}
    for read in (
        read_legs(source, lambda: False, layer, texts),
        read_legs(source, lambda: False, None, texts),
    ):
        legs = {leg.seq: leg for leg, _ in read.by_record["MF-Ağdam-000"]}
        assert (legs[5].bearing, legs[6].distance_m) == ("12-50", "35,5")


def test_legs_of_a_selection_or_a_filter_are_read_by_qgis(qgis_app, tmp_path):
    from landrelease.qgis_io import bulk
    from landrelease.qgis_io.traverse_input import read_legs

    rows = [(f"R{k // 3}", k % 3 + 1, None, 10.0 * k, "deg", "grid", 20.0, None) for k in range(9)]
    layer = write_legs_gpkg(tmp_path / "legs.gpkg", rows)
    layer.setSubsetString("\"record_id\" = 'R1'")
    source = QgsProcessingFeatureSource(layer, QgsProcessingContext())
    assert bulk.readable_table(source, layer) is None
    assert list(read_legs(source, lambda: False, layer).by_record) == ["R1"]
