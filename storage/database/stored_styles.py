"""Each layer's style and form stored as its default in the GeoPackage's ``layer_styles``, the
table QGIS itself creates, so that any QGIS opening the file applies them."""

from __future__ import annotations

from osgeo import ogr
from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtXml import QDomDocument

from ...core import model
from ...qgis_io.convert import model_fields
from .gpkg_access import DatabaseError
from .project import configure_layer

STYLE_NAME = "landrelease"
# The columns of the layer_styles table, as QGIS creates it in a GeoPackage.
_STYLE_COLUMNS = (
    ("f_table_catalog", ogr.OFTString, 256),
    ("f_table_schema", ogr.OFTString, 256),
    ("f_table_name", ogr.OFTString, 256),
    ("f_geometry_column", ogr.OFTString, 256),
    ("styleName", ogr.OFTString, 30),
    ("styleQML", ogr.OFTString, 0),
    ("styleSLD", ogr.OFTString, 0),
    ("useAsDefault", ogr.OFTInteger, 0),
    ("description", ogr.OFTString, 0),
    ("owner", ogr.OFTString, 30),
    ("ui", ogr.OFTString, 30),
    ("update_time", ogr.OFTDateTime, 0),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("LandReleaseDatabase", text)


def _memory_layer(definition: model.Layer, crs: QgsCoordinateReferenceSystem) -> QgsVectorLayer:
    """An empty memory layer with the fields of ``definition``, to build its style on."""
    geometry = definition.geometry or "None"
    layer = QgsVectorLayer(f"{geometry}?crs={crs.authid()}", definition.name, "memory")
    layer.dataProvider().addAttributes(model_fields(definition.name).toList())
    layer.updateFields()
    return layer


def _style_documents(layer: QgsVectorLayer) -> tuple[str, str]:
    """The layer's QML and SLD, as QGIS stores them in ``layer_styles``."""
    qml = QDomDocument()
    layer.exportNamedStyle(qml)
    sld = QDomDocument()
    layer.exportSldStyle(sld, "")
    return qml.toString(), sld.toString()


def _write_styles(path: str, crs: QgsCoordinateReferenceSystem) -> None:
    """Store each layer's style and form as its default in the GeoPackage's ``layer_styles``.

    The table is the one QGIS itself creates, so any QGIS opening the file applies the style.
    """
    try:
        ds = ogr.Open(path, update=1)
    except RuntimeError:
        ds = None
    if ds is None:
        raise DatabaseError(tr("Cannot open {} to store the styles.").format(path))
    try:
        table = _create_style_table(ds)
        table.StartTransaction()
        for definition in model.LAYERS:
            row = _style_row(table, definition, crs)
            if table.CreateFeature(row) != 0:
                raise DatabaseError(tr("Cannot store the style of {}.").format(definition.name))
        table.CommitTransaction()
    finally:
        ds = None


def _create_style_table(ds) -> ogr.Layer:
    """The ``layer_styles`` table, with the columns QGIS gives it."""
    table = ds.CreateLayer("layer_styles", None, ogr.wkbNone, options=["FID=id"])
    for name, kind, width in _STYLE_COLUMNS:
        defn = ogr.FieldDefn(name, kind)
        if kind == ogr.OFTInteger:
            defn.SetSubType(ogr.OFSTBoolean)
        if width:
            defn.SetWidth(width)
        if name == "update_time":
            defn.SetDefault("CURRENT_TIMESTAMP")
        table.CreateField(defn)
    return table


def _style_row(table: ogr.Layer, definition: model.Layer, crs) -> ogr.Feature:
    """The default style of the layer ``definition``, as a row of ``table``."""
    layer = _memory_layer(definition, crs)
    configure_layer(layer, definition.name)
    qml, sld = _style_documents(layer)
    row = ogr.Feature(table.GetLayerDefn())
    values = {
        "f_table_catalog": "",
        "f_table_schema": "",
        "f_table_name": definition.name,
        "f_geometry_column": "geom" if definition.geometry else "",
        "styleName": STYLE_NAME,
        "styleQML": qml,
        "styleSLD": sld,
        "useAsDefault": 1,
        "description": "Land release default style",
        "owner": "",
    }
    for key, value in values.items():
        row.SetField(key, value)
    return row
