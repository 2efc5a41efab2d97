"""The inputs of the data checks as core values: every feature of a source as it is stored (with
or without geometry, valid or not, NaN included: the checks report, they do not refuse), its key
in its table, and the extent the working CRS is chosen from. Imported when the checks run: it
needs shapely 2, without which the plugin still loads."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsRectangle,
    QgsWkbTypes,
)

from ..core import model
from ..core.checks import LayerData, fields_used
from . import bulk
from .convert import all_features
from .values import python_value

FID_FIELD = "fid"  # the key column of the land release tables (GeoPackage and PostGIS)


@dataclass
class CheckedLayer:
    """One input read for the checks: its ``LayerData`` in the working CRS and each feature's
    key in its table (``fid``, else its QGIS feature id)."""

    data: LayerData
    fids: np.ndarray
    without_geometry: int


def read_layer(source, name: str, crs, context, is_cancelled=None, layer=None) -> CheckedLayer:
    """Every feature of ``source`` (the data model layer ``name``) in ``crs``, with or without
    geometry, valid or not, with the fields the checks read; its label is its id, else its
    fid. Curves are segmentised and M values dropped (GEOS before 3.12 refuses M). ``layer``,
    the layer behind ``source``: a GeoPackage layer is read in bulk where that gives the same
    rows (qgis_io.bulk)."""
    import shapely

    fields = source.fields()
    wanted = {n: fields.lookupField(n) for n in fields_used(name)}
    wanted = {n: i for n, i in wanted.items() if i >= 0}
    key = _key_field(fields)
    table = _bulk_table(source, layer, crs, list(wanted), key) if layer is not None else None
    if table is not None:
        return _checked(name, table.fids.tolist(), _bulk_wkbs(table.wkbs, shapely),
                        {n: table.columns[n] for n in wanted}, shapely)  # fmt: skip
    request = QgsFeatureRequest()
    request.setDestinationCrs(crs, context.transformContext())
    request.setSubsetOfAttributes(sorted(set(wanted.values()) | ({key} if key >= 0 else set())))
    fids, wkbs, rows = [], [], []
    indices = list(wanted.values())
    feature = QgsFeature()
    iterator = all_features(source, request)
    while iterator.nextFeature(feature):
        if len(fids) % 10000 == 0 and is_cancelled is not None and is_cancelled():
            break
        fids.append(_fid(feature, key))
        wkbs.append(_wkb(feature.geometry()))
        rows.append([python_value(feature.attribute(i)) for i in indices])
    columns = {n: [row[k] for row in rows] for k, n in enumerate(wanted)}
    return _checked(name, fids, wkbs, columns, shapely)


def _checked(name: str, fids: list, wkbs: list, columns: dict, shapely) -> CheckedLayer:
    ids = columns.get(model.layer(name).id_field, [None] * len(fids))
    labels = [str(i) if i is not None and str(i).strip() else str(fid) for i, fid in zip(ids, fids)]
    data = LayerData(name, _from_wkb(wkbs, shapely), labels, columns)
    missing = sum(1 for w in wkbs if w is None)
    return CheckedLayer(data, np.asarray(fids, dtype=np.int64), missing)


def _bulk_table(source, layer, crs, names: list, key: int):
    """The layer read in bulk (qgis_io.bulk), or None: only where QGIS would give the same rows
    (no M values to drop) and the table's key is its GeoPackage fid."""
    if key < 0 or QgsWkbTypes.hasM(layer.wkbType()) or bulk.readable(source, layer, crs) is None:
        return None
    return bulk.read_table(*bulk.gpkg_path(layer), names)


def _bulk_wkbs(wkbs, shapely) -> list:
    """The WKB of each row, None where the feature has no geometry or an empty one (as
    ``_wkb``)."""
    array = np.asarray(shapely.from_wkb(wkbs, on_invalid="ignore"), dtype=object)
    empty = shapely.is_empty(array) & ~shapely.is_missing(array)
    return [None if e else w for w, e in zip(wkbs.tolist(), empty)]


def first_extent(sources, crs, context) -> QgsRectangle:
    """The extent of the first of ``sources`` that has features and a finite extent, in
    ``crs`` (an empty rectangle when none has)."""
    for source in sources:
        try:
            extent = source.sourceExtent()
        except Exception:  # noqa: BLE001 - an infinite vertex: the bindings raise "unknown"
            continue
        if source.featureCount() == 0 or extent.isNull() or not _finite(extent):
            continue
        if source.sourceCrs() != crs:
            transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
            try:
                extent = transform.transformBoundingBox(extent)
            except Exception:  # noqa: BLE001 - QgsCsException: try the next input
                continue
        return extent
    return QgsRectangle()


def _wkb(geometry: QgsGeometry):
    """The WKB of a feature's geometry, None where it has none."""
    if geometry.isNull() or geometry.isEmpty():
        return None
    if QgsWkbTypes.isCurvedType(geometry.wkbType()):
        geometry = QgsGeometry(geometry.constGet().segmentize())
    if QgsWkbTypes.hasM(geometry.wkbType()):
        geometry = QgsGeometry(geometry)
        geometry.get().dropMValue()
    return bytes(geometry.asWkb())


def _key_field(fields) -> int:
    """The index of the table's own ``fid`` column (a GeoPackage's key, a PostGIS land release
    table's primary key), or -1. On PostGIS, QGIS numbers features with a bigint key in the order
    it first reads them, so ``feature.id()`` differs between layers on the same table; the
    column's value is what names the row in the database."""
    index = fields.lookupField(FID_FIELD)
    if index < 0 or not fields.at(index).isNumeric():
        return -1
    return index


def _fid(feature, key: int) -> int:
    """The feature's ``fid`` column where it has one, else its QGIS feature id."""
    if key >= 0:
        value = python_value(feature.attribute(key))
        if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
            return int(value)
    return feature.id()


def _from_wkb(wkbs: list, shapely) -> np.ndarray:
    """Shapely geometries (None where missing); rings GEOS refuses (too few points, not closed)
    are closed and padded by repeating their last vertex, so the checks can name the problem."""
    array = np.empty(len(wkbs), dtype=object)
    array[:] = wkbs
    try:
        geometries = shapely.from_wkb(array, on_invalid="fix")  # shapely >= 2.1
    except ValueError:
        geometries = shapely.from_wkb(array, on_invalid="ignore")
    geometries = np.asarray(geometries, dtype=object)
    for i in np.flatnonzero([g is None and w is not None for g, w in zip(geometries, wkbs)]):
        geometries[i] = _padded(wkbs[i], shapely)
    return geometries


def _padded(wkb: bytes, shapely):
    """The polygon(s) of ``wkb`` with each ring closed and at least 4 points long."""
    geometry = QgsGeometry()
    geometry.fromWkb(wkb)
    if QgsWkbTypes.geometryType(geometry.wkbType()) != QgsWkbTypes.PolygonGeometry:
        return shapely.Polygon()
    polygons = geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]
    parts = []
    for rings in polygons:
        closed = [_closed_ring(ring) for ring in rings if len(ring)]
        if closed:
            try:
                parts.append(shapely.Polygon(closed[0], closed[1:]))
            except Exception:  # noqa: BLE001 - GEOS refuses even that
                continue
    if not parts:
        return shapely.Polygon()
    return parts[0] if len(parts) == 1 else shapely.MultiPolygon(parts)


def _closed_ring(ring) -> list[tuple[float, float]]:
    xy = [(p.x(), p.y()) for p in ring]
    if xy[0] != xy[-1]:
        xy.append(xy[0])
    return xy + [xy[-1]] * max(0, 4 - len(xy))


def _finite(extent: QgsRectangle) -> bool:
    values = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
    return all(math.isfinite(v) for v in values)
