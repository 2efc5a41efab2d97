"""The data model's fields as GeoPackage columns (OGR field definitions)."""

from __future__ import annotations

from osgeo import ogr

from ...core import model

_OGR_GEOMETRIES = {
    "Point": ogr.wkbPoint,
    "LineString": ogr.wkbLineString,
    "Polygon": ogr.wkbPolygon,
    "MultiPolygon": ogr.wkbMultiPolygon,
    None: ogr.wkbNone,
}

_OGR_TYPES = {
    model.TEXT: ogr.OFTString,
    model.INTEGER: ogr.OFTInteger,
    model.REAL: ogr.OFTReal,
    model.DATE: ogr.OFTDate,
    model.DATETIME: ogr.OFTDateTime,
}


def _field_defn(f: model.Field) -> ogr.FieldDefn:
    defn = ogr.FieldDefn(f.name, _OGR_TYPES[f.type])
    if f.length:
        defn.SetWidth(f.length)
    # Derived fields may arrive empty and are filled by triggers, so only typed fields are NOT NULL.
    if f.not_null and f.derived is None:
        defn.SetNullable(False)
    if f.unique:
        defn.SetUnique(True)
    if f.default is not None:
        defn.SetDefault("'" + f.default.replace("'", "''") + "'")
    elif f.derived in (model.DERIVED_CREATED, model.DERIVED_UPDATED):
        defn.SetDefault("CURRENT_TIMESTAMP")
    return defn


def _columns(lyr) -> set[str]:
    defn = lyr.GetLayerDefn()
    return {defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())}


def create_model_table(ds, definition: model.Layer, srs) -> tuple[str, str] | None:
    """Create the table of ``definition`` with its columns in the GDAL dataset ``ds`` (``srs``
    for a layer with a geometry). None when done, else (table, field) of what could not be made
    (field "" when the table itself could not)."""
    options = ["FID=fid"]
    if definition.geometry:
        options += ["GEOMETRY_NAME=geom", "SPATIAL_INDEX=YES"]
    else:
        options += ["ASPATIAL_VARIANT=GPKG_ATTRIBUTES"]
    geometry = _OGR_GEOMETRIES[definition.geometry]
    lyr = ds.CreateLayer(
        definition.name, srs if definition.geometry else None, geometry, options=options
    )
    if lyr is None:
        return definition.name, ""
    lyr.SetMetadataItem("DESCRIPTION", definition.label)
    for f in definition.fields:
        if lyr.CreateField(_field_defn(f)) != 0:
            return definition.name, f.name
    lyr.SyncToDisk()
    return None
