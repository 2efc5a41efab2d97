"""Geometries between QGIS and shapely 2 (through WKB), for the algorithms that use ``core``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsWkbTypes,
)

from ..core.progress import cores
from . import bulk
from .convert import (
    all_features,
    distance_area,
    feature_label,
    listed,
    non_finite_kind,
    refuse_non_finite,
    tr,
    transform_context_of,
)
from .values import plain_value


@dataclass
class ShapelyLayer:
    """Geometries of a feature source in the working CRS, with attribute columns."""

    geometries: np.ndarray  # of shapely geometries
    columns: dict[str, list]  # field name -> values, NULL as None
    skipped_no_geometry: int
    skipped_labels: list = field(default_factory=list)  # the features without geometry, named
    labels: Sequence = field(default_factory=list)  # the features read, named (Labels)

    @property
    def attributes(self) -> list[dict]:
        """The attributes as one dict per feature (for small layers)."""
        names = list(self.columns)
        return (
            [dict(zip(names, row)) for row in zip(*self.columns.values())]
            if names
            else [{} for _ in range(len(self.geometries))]
        )


class Labels:
    """Each feature named for messages ("H2 (feature 2)"), made only when asked for: a layer of
    400,000 releases is read without making 400,000 texts."""

    def __init__(self, ids=None, fids=None):
        self.ids = [] if ids is None else ids
        self.fids = [] if fids is None else fids

    def append(self, value, fid) -> None:
        self.ids.append(value)
        self.fids.append(fid)

    def __len__(self) -> int:
        return len(self.fids)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self)))]
        return feature_label(self.ids[k], self.fids[k])

    def __iter__(self):
        return (self[k] for k in range(len(self)))


class FeatureProblems:
    """Features that cannot be used as they are, by kind, for one refusal naming them."""

    def __init__(self, parameter: str, source_crs, crs):
        self.parameter = parameter
        self.source_crs, self.crs = source_crs, crs
        self.nan: list[str] = []
        self.inf: list[str] = []
        self.untransformable: list[str] = []

    def has(self, label: str) -> bool:
        return label in self.nan or label in self.inf or label in self.untransformable

    def transform_failed(self, geometry: QgsGeometry, label: str) -> None:
        """A feature that cannot be transformed (or read): NaN, infinite or out of range."""
        kind = non_finite_kind(geometry)
        {"nan": self.nan, "inf": self.inf}.get(kind, self.untransformable).append(label)

    def check_finite(self, geometries: np.ndarray, labels: list) -> None:
        """Note the geometries with a NaN or infinite coordinate."""
        if not len(geometries):
            return
        coords, index = shapely.get_coordinates(geometries, return_index=True)
        bad = ~np.isfinite(coords).all(axis=1)
        if not bad.any():
            return
        nan_rows = np.unique(index[np.isnan(coords).any(axis=1)])
        for k in np.unique(index[bad]):
            (self.nan if k in nan_rows else self.inf).append(labels[k])

    def refuse(self) -> None:
        refuse_non_finite(self.parameter, self.nan, self.inf)
        if self.untransformable:
            raise QgsProcessingException(
                tr(
                    "{}: {} feature(s) cannot be transformed from {} to the working CRS {}: {}. "
                    "Check their coordinates and the layer's CRS."
                ).format(
                    self.parameter,
                    len(self.untransformable),
                    self.source_crs.authid() or self.source_crs.description(),
                    self.crs.authid(),
                    listed(self.untransformable),
                )
            )


def read_source(
    source,
    to_crs: QgsCoordinateReferenceSystem,
    context,
    fields: Sequence[str] = (),
    feedback=None,
    parameter: str = "",
    id_field: str | None = None,
    layer=None,
) -> ShapelyLayer:
    """All features of ``source`` transformed to ``to_crs`` as shapely geometries (via WKB).
    Features without geometry are skipped (and named in ``skipped_labels``); a NaN or infinite
    coordinate, or a feature that cannot be transformed, is refused by name (``parameter``,
    and each feature's ``id_field`` value or number). ``layer``, the layer behind ``source``:
    a GeoPackage layer is read in bulk where that gives the same rows (qgis_io.bulk)."""
    names = [n for n in fields if n and source.fields().indexOf(n) >= 0]
    id_index = source.fields().indexOf(id_field) if id_field else -1
    wanted = list(dict.fromkeys(names + ([id_field] if id_index >= 0 else [])))
    place = bulk.readable(source, layer, to_crs) if layer is not None else None
    table = bulk.read_table(*place, wanted, feedback) if place is not None else None
    if table is not None:
        return _bulk_source(
            table, source, to_crs, names, id_field if id_index >= 0 else None, parameter
        )
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes(wanted, source.fields())
    indices = [source.fields().indexOf(n) for n in names]
    transform = None
    if source.sourceCrs() != to_crs:
        transform = QgsCoordinateTransform(source.sourceCrs(), to_crs, context.transformContext())
    problems = FeatureProblems(parameter, source.sourceCrs(), to_crs)
    curved = QgsWkbTypes.isCurvedType(source.wkbType())
    wkbs: list[bytes] = []
    rows: list[list] = []
    labels = Labels()
    skipped: list[str] = []
    feature = QgsFeature()
    iterator = all_features(source, request)
    while iterator.nextFeature(feature):
        if feedback is not None and len(wkbs) % 10000 == 0 and feedback.isCanceled():
            break
        value = feature.attribute(id_index) if id_index >= 0 else None
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            label = feature_label(value, feature.id())
            if not geometry.isNull() and non_finite_kind(geometry):  # QGIS: a NaN point is empty
                problems.transform_failed(geometry, label)
            else:
                skipped.append(label)
            continue
        if curved and QgsWkbTypes.isCurvedType(geometry.wkbType()):
            geometry = QgsGeometry(geometry.constGet().segmentize())
        if transform is not None:
            original = QgsGeometry(geometry)
            try:
                geometry.transform(transform)
            except QgsCsException:
                problems.transform_failed(original, feature_label(value, feature.id()))
                continue
        wkbs.append(bytes(geometry.asWkb()))
        labels.append(plain_value(value), feature.id())
        if indices:
            rows.append([feature.attribute(i) for i in indices])
    geometries = shapely.from_wkb(wkbs) if wkbs else np.empty(0, dtype=object)
    geometries = np.asarray(geometries, dtype=object)
    problems.check_finite(geometries, labels)
    problems.refuse()
    columns = {n: [plain_value(r[k]) for r in rows] for k, n in enumerate(names)}
    return ShapelyLayer(geometries, columns, len(skipped), skipped, labels)


def _bulk_source(table, source, crs, names, id_field, parameter) -> ShapelyLayer:
    """``read_source``'s result from a table read in bulk (already in ``crs``)."""
    ids = table.columns[id_field] if id_field else [None] * len(table.fids)
    geometries = np.asarray(shapely.from_wkb(table.wkbs), dtype=object).reshape(-1)
    kept = ~(shapely.is_missing(geometries) | shapely.is_empty(geometries))
    skipped = [feature_label(ids[k], int(table.fids[k])) for k in np.flatnonzero(~kept)]
    if kept.all():  # the columns as they are, no copies
        labels = Labels(list(ids), table.fids.tolist())
        columns = {n: table.columns[n] for n in names}
    else:
        labels = Labels([ids[k] for k in np.flatnonzero(kept)], table.fids[kept].tolist())
        columns = {n: [v for v, keep in zip(table.columns[n], kept) if keep] for n in names}
    geometries = geometries[kept]
    problems = FeatureProblems(parameter, source.sourceCrs(), crs)
    problems.check_finite(geometries, labels)
    problems.refuse()
    return ShapelyLayer(geometries, columns, len(skipped), skipped, labels)


def to_qgs(geometry) -> QgsGeometry:
    """A QGIS geometry of a shapely geometry (2D)."""
    result = QgsGeometry()
    result.fromWkb(shapely.to_wkb(geometry, output_dimension=2))
    return result


def to_qgs_many(geometries) -> list[QgsGeometry | None]:
    """QGIS geometries of shapely geometries (2D), converted in one call; None stays None."""
    array = np.empty(len(geometries), dtype=object)
    array[:] = list(geometries)
    out = []
    for wkb in shapely.to_wkb(array, output_dimension=2):
        if wkb is None:
            out.append(None)
            continue
        geometry = QgsGeometry()
        geometry.fromWkb(wkb)
        out.append(geometry)
    return out


def shapely_of(geometry: QgsGeometry | None):
    """The shapely geometry of a QGIS geometry (2D, curves segmentized); None when null."""
    if geometry is None or geometry.isNull():
        return None
    if QgsWkbTypes.isCurvedType(geometry.wkbType()):
        geometry = QgsGeometry(geometry.constGet().segmentize())
    return shapely.force_2d(shapely.from_wkb(bytes(geometry.asWkb())))


def ellipsoidal_areas(
    geometries: Iterable, crs: QgsCoordinateReferenceSystem, context
) -> list[float]:
    """Ellipsoidal (WGS 84) areas in m² of shapely polygons given in ``crs`` (0 for a geometry
    without area)."""
    return EllipsoidalArea(crs, context)(list(geometries)).tolist()


class EllipsoidalArea:
    """Ellipsoidal (WGS 84) areas in m² of an array of shapely geometries given in ``crs``, by
    ``QgsDistanceArea``: the function the land release accounting calls once per run. From
    ``THREADED_FROM`` polygons on, half are measured on a second thread by a measurer of its
    own (PyQGIS releases the GIL in measureArea; the same figures)."""

    THREADED_FROM = 20_000

    def __init__(self, crs: QgsCoordinateReferenceSystem, context):
        self.distance_area = distance_area(crs, context)
        self._crs = crs
        self._transform_context = transform_context_of(context)

    def __call__(self, geometries) -> np.ndarray:
        geometries = np.asarray(geometries, dtype=object).reshape(-1)
        result = np.zeros(len(geometries))
        if not len(geometries):
            return result
        planar = shapely.area(geometries)  # NaN for None, 0 for empty or not polygonal
        measured = np.flatnonzero(np.nan_to_num(planar) > 0)
        # The WKB of all of them in one call (one shapely call each was half the time).
        result[measured] = self.of_wkbs(shapely.to_wkb(geometries[measured], output_dimension=2))
        return result

    def of_wkbs(self, wkbs) -> np.ndarray:
        """The area in m² of each 2D WKB geometry (0 for what has none)."""
        wkbs = list(wkbs)
        if len(wkbs) < self.THREADED_FROM or cores() < 2:
            return _measured_wkbs(self.distance_area.measureArea, wkbs)
        half = len(wkbs) // 2
        second = distance_area(self._crs, self._transform_context)
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="measure") as pool:
            other = pool.submit(_measured_wkbs, second.measureArea, wkbs[half:])
            mine = _measured_wkbs(self.distance_area.measureArea, wkbs[:half])
            return np.r_[mine, other.result()]


def _measured_wkbs(measure, wkbs) -> np.ndarray:
    """``measure`` of each WKB, through one QGIS geometry filled again for each."""
    out = np.empty(len(wkbs))
    geometry = QgsGeometry()
    for k, wkb in enumerate(wkbs):
        geometry.fromWkb(wkb)
        out[k] = measure(geometry)
    return out


class FeatureTable:
    """A source read for the accounting: shapely geometries in the working CRS (an empty polygon
    where a feature has none), attribute columns, feature ids and, for the hazards, every
    feature's attributes and own geometry for the output."""

    def __init__(self, geometries, columns, fids, features, labels=None):
        self.geometries = geometries
        self.columns = columns
        self.fids = fids
        self.features = features
        self.labels = labels if labels is not None else Labels([None] * len(fids), fids)


def read_all(
    source, crs, context, names, feedback, keep=False, parameter="", id_field=None, layer=None
) -> FeatureTable:
    """Every feature of ``source`` (with or without geometry, valid or not: the accounting
    repairs and reports), in the working ``crs``. ``keep``: also keep each feature's attributes
    and geometry as they are, to write them out unchanged. A NaN or infinite coordinate, or a
    feature that cannot be transformed, is refused by name (``parameter``; each feature's
    ``id_field`` value, else its number). ``layer``, the layer behind ``source``: a GeoPackage
    layer is read in bulk where that gives the same rows (qgis_io.bulk)."""

    fields = source.fields()
    wanted = {n: fields.lookupField(n) for n in names}
    wanted = {n: i for n, i in wanted.items() if i >= 0}
    id_index = fields.lookupField(id_field) if id_field else -1
    if layer is not None and not keep and bulk.readable(source, layer, crs) is not None:
        read_names = list(dict.fromkeys([*wanted, *([id_field] if id_index >= 0 else [])]))
        table = bulk.read_table(*bulk.gpkg_path(layer), read_names, feedback)
        if table is not None:
            return _bulk_all(
                table, source, crs, names, wanted, id_field if id_index >= 0 else None, parameter
            )
    request = QgsFeatureRequest()
    transform = None
    if source.sourceCrs() != crs:
        transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
    if not keep:
        request.setSubsetOfAttributes(
            sorted(set(wanted.values()) | ({id_index} if id_index >= 0 else set()))
        )
    problems = FeatureProblems(parameter, source.sourceCrs(), crs)
    iterator = all_features(source, request)
    wkbs, rows, fids, features = [], [], [], []
    labels = Labels(fids=fids)
    indices = list(wanted.values())
    curved = QgsWkbTypes.isCurvedType(source.wkbType())
    feature = QgsFeature()
    while iterator.nextFeature(feature):
        if len(fids) % 10000 == 0 and feedback.isCanceled():
            break
        fids.append(feature.id())
        geometry = feature.geometry()  # a copy: ``feature`` is reused
        attributes = feature.attributes()
        labels.ids.append(plain_value(attributes[id_index]) if id_index >= 0 else None)
        if keep:
            features.append((attributes, geometry))
        rows.append([plain_value(attributes[i]) for i in indices])
        if geometry.isNull():
            wkbs.append(None)
            continue
        if geometry.isEmpty() and non_finite_kind(geometry):  # QGIS: a NaN point is empty
            problems.transform_failed(geometry, labels[-1])
        if transform is not None or curved:
            if curved and QgsWkbTypes.isCurvedType(geometry.wkbType()):
                geometry = QgsGeometry(geometry.constGet().segmentize())
            elif transform is not None:
                geometry = QgsGeometry(geometry)
            if transform is not None:
                original = QgsGeometry(geometry)
                try:
                    geometry.transform(transform)
                except QgsCsException:
                    problems.transform_failed(original, labels[-1])
                    wkbs.append(None)
                    continue
        wkbs.append(geometry.asWkb().data())
    geometries = _from_wkb(wkbs)
    problems.check_finite(geometries, labels)
    problems.refuse()
    columns = {n: [row[k] for row in rows] for k, n in enumerate(wanted)}
    for name in names:
        columns.setdefault(name, None)
    return FeatureTable(geometries, columns, fids, features, labels)


def _bulk_all(table, source, crs, names, wanted, id_field, parameter) -> FeatureTable:
    """``read_all``'s result from a table read in bulk (already in ``crs``)."""
    fids = table.fids.tolist()
    ids = table.columns[id_field] if id_field else [None] * len(fids)
    labels = Labels(list(ids), fids)
    geometries = _from_wkb(list(table.wkbs))
    problems = FeatureProblems(parameter, source.sourceCrs(), crs)
    problems.check_finite(geometries, labels)
    problems.refuse()
    columns = {n: table.columns[n] for n in wanted}
    for name in names:
        columns.setdefault(name, None)
    return FeatureTable(geometries, columns, fids, [], labels)


def _from_wkb(wkbs: list) -> np.ndarray:
    """2D shapely geometries; an empty polygon where there is none or GEOS cannot read it."""
    array = np.empty(len(wkbs), dtype=object)
    array[:] = wkbs
    geometries = np.asarray(shapely.from_wkb(array, on_invalid="ignore"), dtype=object)
    geometries = np.asarray(shapely.force_2d(geometries), dtype=object)
    missing = shapely.is_missing(geometries)
    geometries[missing] = shapely.Polygon()
    return geometries


def warn_unusable(feedback, parameter: str, geometries, labels) -> None:
    """Name the features of an input to the land release accounting that are not counted (no
    geometry, or none left after repair) or are repaired (invalid geometry)."""
    geometries = np.asarray(geometries, dtype=object).reshape(-1)
    if not len(geometries):
        return
    valid = shapely.is_valid(geometries)
    fixed = np.asarray(geometries, dtype=object).copy()
    if (~valid).any():
        fixed[~valid] = shapely.make_valid(geometries[~valid])
    empty = np.nan_to_num(shapely.area(fixed)) <= 0
    repaired = ~valid & ~empty
    if empty.any():
        feedback.pushWarning(
            tr("{}: {} feature(s) without geometry or area, not counted: {}.").format(
                parameter, int(empty.sum()), listed([labels[k] for k in np.flatnonzero(empty)])
            )
        )
    if repaired.any():
        feedback.pushWarning(
            tr("{}: {} feature(s) with an invalid geometry, repaired and counted: {}.").format(
                parameter,
                int(repaired.sum()),
                listed([labels[k] for k in np.flatnonzero(repaired)]),
            )
        )
