"""Geometries between QGIS and shapely 2 (through WKB), for the algorithms that use ``core``."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingFeatureSource,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

from .convert import distance_area


@dataclass
class ShapelyLayer:
    """Geometries of a feature source in the working CRS, with attribute columns."""

    geometries: np.ndarray  # of shapely geometries
    columns: dict[str, list]  # field name -> values, NULL as None
    skipped_no_geometry: int

    @property
    def attributes(self) -> list[dict]:
        """The attributes as one dict per feature (for small layers)."""
        names = list(self.columns)
        return (
            [dict(zip(names, row)) for row in zip(*self.columns.values())]
            if names
            else [{} for _ in range(len(self.geometries))]
        )


def read_source(
    source,
    to_crs: QgsCoordinateReferenceSystem,
    context,
    fields: Sequence[str] = (),
    feedback=None,
) -> ShapelyLayer:
    """All features of ``source`` transformed to ``to_crs`` as shapely geometries (via WKB)."""
    request = QgsFeatureRequest()
    request.setDestinationCrs(to_crs, context.transformContext())
    names = [n for n in fields if n and source.fields().indexOf(n) >= 0]
    request.setSubsetOfAttributes(names, source.fields())
    indices = [source.fields().indexOf(n) for n in names]
    wkbs: list[bytes] = []
    rows: list[list] = []
    skipped = 0
    feature = QgsFeature()
    iterator = source.getFeatures(request)
    while iterator.nextFeature(feature):
        if feedback is not None and len(wkbs) % 10000 == 0 and feedback.isCanceled():
            break
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            skipped += 1
            continue
        wkbs.append(bytes(geometry.asWkb()))
        if indices:
            rows.append([feature.attribute(i) for i in indices])
    geometries = shapely.from_wkb(wkbs) if wkbs else np.empty(0, dtype=object)
    columns = {n: [plain_value(r[k]) for r in rows] for k, n in enumerate(names)}
    return ShapelyLayer(np.asarray(geometries, dtype=object), columns, skipped)


def plain_value(value):
    """An attribute as plain Python: NULL as None."""
    if value is None:
        return None
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    return value


def to_qgs(geometry) -> QgsGeometry:
    result = QgsGeometry()
    result.fromWkb(shapely.to_wkb(geometry, output_dimension=2))
    return result


def ellipsoidal_areas(
    geometries: Iterable, crs: QgsCoordinateReferenceSystem, context
) -> list[float]:
    """Ellipsoidal (WGS 84) areas in m² of shapely geometries given in ``crs``."""
    da = distance_area(crs, context)
    return [da.measureArea(to_qgs(g)) for g in geometries]


class EllipsoidalArea:
    """Ellipsoidal (WGS 84) areas in m² of an array of shapely geometries given in ``crs``, by
    ``QgsDistanceArea``: the function the land release accounting calls once per run."""

    def __init__(self, crs: QgsCoordinateReferenceSystem, context):
        self.distance_area = distance_area(crs, context)

    def __call__(self, geometries) -> np.ndarray:
        geometries = np.asarray(geometries, dtype=object).reshape(-1)
        result = np.zeros(len(geometries))
        if not len(geometries):
            return result
        planar = shapely.area(geometries)  # NaN for None, 0 for empty or not polygonal
        measure = self.distance_area.measureArea
        for i in np.flatnonzero(np.nan_to_num(planar) > 0):
            result[i] = measure(to_qgs(geometries[i]))
        return result


class FeatureTable:
    """A source read for the accounting: shapely geometries in the working CRS (an empty polygon
    where a feature has none), attribute columns, feature ids and, for the hazards, every
    feature's attributes and own geometry for the output."""

    def __init__(self, geometries, columns, fids, features):
        self.geometries = geometries
        self.columns = columns
        self.fids = fids
        self.features = features


def read_all(source, crs, context, names, feedback, keep=False) -> FeatureTable:
    """Every feature of ``source`` (with or without geometry, valid or not: the accounting
    repairs and reports), in the working ``crs``. ``keep``: also keep each feature's attributes
    and geometry as they are, to write them out unchanged."""

    fields = source.fields()
    wanted = {n: fields.lookupField(n) for n in names}
    wanted = {n: i for n, i in wanted.items() if i >= 0}
    request = QgsFeatureRequest()
    transform = None
    if source.sourceCrs() != crs:
        if keep:
            transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
        else:
            request.setDestinationCrs(crs, context.transformContext())
    if not keep:
        request.setSubsetOfAttributes(list(wanted.values()))
    if isinstance(source, QgsProcessingFeatureSource):
        iterator = source.getFeatures(
            request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks
        )
    else:
        iterator = source.getFeatures(request)
    wkbs, rows, fids, features = [], [], [], []
    indices = list(wanted.values())
    curved = QgsWkbTypes.isCurvedType(source.wkbType())
    feature = QgsFeature()
    while iterator.nextFeature(feature):
        if len(fids) % 10000 == 0 and feedback.isCanceled():
            break
        fids.append(feature.id())
        geometry = feature.geometry()  # a copy: ``feature`` is reused
        attributes = feature.attributes()
        if keep:
            features.append((attributes, geometry))
        rows.append([plain_value(attributes[i]) for i in indices])
        if geometry.isNull():
            wkbs.append(None)
            continue
        if transform is not None or curved:
            if curved and QgsWkbTypes.isCurvedType(geometry.wkbType()):
                geometry = QgsGeometry(geometry.constGet().segmentize())
            elif transform is not None:
                geometry = QgsGeometry(geometry)
            if transform is not None:
                try:
                    geometry.transform(transform)
                except QgsCsException:
                    wkbs.append(None)
                    continue
        wkbs.append(geometry.asWkb().data())
    geometries = _from_wkb(wkbs)
    columns = {n: [row[k] for row in rows] for k, n in enumerate(wanted)}
    for name in names:
        columns.setdefault(name, None)
    return FeatureTable(geometries, columns, fids, features)


def _from_wkb(wkbs: list) -> np.ndarray:
    """2D shapely geometries; an empty polygon where there is none or GEOS cannot read it."""
    array = np.empty(len(wkbs), dtype=object)
    array[:] = wkbs
    geometries = np.asarray(shapely.from_wkb(array, on_invalid="ignore"), dtype=object)
    geometries = np.asarray(shapely.force_2d(geometries), dtype=object)
    missing = shapely.is_missing(geometries)
    geometries[missing] = shapely.Polygon()
    return geometries


def as_date(value):
    """An end date as ``datetime.date`` (from QDate, QDateTime, a Python date or ISO text); None
    when NULL; text that is no date is passed on as it is, for the accounting to report."""
    if value is None:
        return None
    if isinstance(value, QDateTime):
        return value.date().toPyDate() if value.isValid() else None
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = str(value).strip()
    if not text:
        return None
    try:
        return datetime.date.fromisoformat(text[:10])
    except ValueError:
        return text
