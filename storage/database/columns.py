"""The data model's fields as GeoPackage columns (OGR field definitions)."""

from __future__ import annotations

from osgeo import ogr

from ...core import model

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
