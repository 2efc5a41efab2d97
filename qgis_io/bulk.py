"""A GeoPackage layer read in bulk: GDAL's Arrow stream as numpy arrays (WKB geometries, the
wanted fields), no QGIS feature object per row.

Used only where it gives exactly what QGIS's feature iterator gives: a GeoPackage layer of the
``ogr`` provider with no filter, no pending edits, every feature in the source (no selection),
already in the working CRS and without curves. Anything else is read feature by feature."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from qgis.core import QgsProviderRegistry, QgsVectorLayer, QgsWkbTypes

BATCH_ROWS = 65_536


@dataclass
class BulkTable:
    """Rows in the layer's order: feature ids, WKB (None where there is no geometry), values
    by field name (NULL as None, text as str, dates as ``datetime.date``/``datetime``)."""

    fids: np.ndarray
    wkbs: np.ndarray
    columns: dict[str, list]


def gpkg_path(layer) -> tuple[str, str] | None:
    """(file, table) of a GeoPackage layer of the ogr provider, else None."""
    if not isinstance(layer, QgsVectorLayer) or layer.providerType() != "ogr":
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path, table = parts.get("path") or "", parts.get("layerName") or ""
    if not path.lower().endswith(".gpkg") or not table or parts.get("subset"):
        return None
    return path, table


def readable(source, layer, crs) -> tuple[str, str] | None:
    """(file, table) when ``source`` (a feature source on ``layer``) can be read in bulk and
    give the same rows as QGIS's iterator in ``crs``; else None."""
    if source.sourceCrs() != crs or layer.crs() != crs:
        return None
    if QgsWkbTypes.isCurvedType(layer.wkbType()):
        return None
    return readable_table(source, layer)


def readable_table(source, layer) -> tuple[str, str] | None:
    """(file, table) when the attributes of ``source`` (a feature source on ``layer``, with or
    without geometry) can be read in bulk and give the same rows as QGIS's iterator."""
    place = gpkg_path(layer)
    if place is None or layer.subsetString() or layer.isModified():
        return None
    try:
        from osgeo import ogr
    except ImportError:
        return None
    if not hasattr(ogr.Layer, "GetArrowStreamAsNumPy"):
        return None
    if source.featureCount() != layer.dataProvider().featureCount():
        return None  # selected features only, or a limit
    return place


def read_table(path: str, table: str, names, feedback=None) -> BulkTable | None:
    """The rows of ``table`` with the fields ``names``; None if GDAL cannot stream it."""
    from osgeo import gdal

    used_exceptions = gdal.GetUseExceptions()
    gdal.UseExceptions()
    try:
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
        table_read = _streamed(dataset, table, names, feedback)
        del dataset
        return table_read
    except (RuntimeError, UnicodeDecodeError):  # text that is no UTF-8: as QGIS reads it
        return None
    finally:
        if not used_exceptions:
            gdal.DontUseExceptions()


def _streamed(dataset, table: str, names, feedback) -> BulkTable | None:
    from osgeo import ogr

    layer = dataset.GetLayerByName(table)
    if layer is None:
        return None
    defn = layer.GetLayerDefn()
    present = {defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())}
    if not set(names) <= present:
        return None
    for name in names:  # GDAL 3.6 gives booleans wrong through NumPy: QGIS reads them
        if defn.GetFieldDefn(defn.GetFieldIndex(name)).GetSubType() == ogr.OFSTBoolean:
            return None
    layer.SetIgnoredFields([n for n in present if n not in names])
    has_geometry = layer.GetGeomType() != ogr.wkbNone  # else a table of attributes alone
    geometry_name = layer.GetGeometryColumn() or "wkb_geometry"
    fid_name = layer.GetFIDColumn() or "OGC_FID"
    stream = layer.GetArrowStreamAsNumPy(
        options=["INCLUDE_FID=YES", f"MAX_FEATURES_IN_BATCH={BATCH_ROWS}"]
    )
    fids, wkbs, columns = [], [], {n: [] for n in names}
    for batch in stream:
        if feedback is not None and feedback.isCanceled():
            break
        fids.append(np.array(batch[fid_name], dtype=np.int64, copy=True))
        if has_geometry:
            wkbs.append(_object_array(batch[geometry_name]))
        else:
            wkbs.append(np.full(len(fids[-1]), None, dtype=object))
        for name in names:
            columns[name].extend(_python_values(batch[name]))
        del batch  # its arrays are views on the stream's buffers
    del stream  # before the dataset it reads
    return BulkTable(
        np.concatenate(fids) if fids else np.empty(0, np.int64),
        np.concatenate(wkbs) if wkbs else np.empty(0, object),
        columns,
    )


def _object_array(values) -> np.ndarray:
    """An object array, masked entries as None."""
    array = np.array(values.data if np.ma.isMaskedArray(values) else values, dtype=object)
    if np.ma.isMaskedArray(values):
        array[np.ma.getmaskarray(values)] = None
    return array


def _python_values(values) -> list:
    """A field's column as QGIS's values read as plain Python: NULL as None."""
    mask = np.ma.getmaskarray(values) if np.ma.isMaskedArray(values) else None
    data = np.asarray(values.data if mask is not None else values)
    if data.dtype.kind == "M":  # dates as datetime.date, date-times as datetime.datetime
        out = data.astype(object).tolist()
    else:
        out = _decoded(data.tolist())
    if mask is not None and mask.any():
        for k in np.flatnonzero(mask):
            out[k] = None
    return out


def _decoded(values: list) -> list:
    """Text columns (bytes, UTF-8) as str; other values as they are. A column of bytes alone is
    decoded in one call (joined by NUL, which no value then holds)."""
    try:
        joined = b"\0".join(values)
    except TypeError:  # not all bytes: NULLs, numbers
        return [v.decode("utf-8") if isinstance(v, bytes) else v for v in values]
    texts = joined.decode("utf-8").split("\0")
    if len(texts) != len(values):  # a value held NUL
        return [v.decode("utf-8") for v in values]
    return texts
