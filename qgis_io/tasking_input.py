"""The inputs of the tasking maps read from QGIS: the areas (hazards or tasks) in the working
CRS, the turning points of each area, and an area's own vertices when it has none. What cannot
be printed is returned by name for the algorithm to refuse or report."""

from __future__ import annotations

from dataclasses import dataclass, field

import shapely
from qgis.core import (
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
)
from qgis.PyQt.QtCore import QVariant

from ..core import tasking
from ..core.tasking import OWNER_FIELDS, SKIPPED_TYPES
from .convert import all_features, feature_label, non_finite_kind
from .geometry import FeatureProblems

NO_SEQ = 10**9  # a point without seq comes after those with one, in reading order


@dataclass
class Areas:
    """The areas to print, sorted by id: (id, geometry in the working CRS, attributes), their
    shapes and labels (for the programme's area), and those left out: ``skipped`` (no geometry
    or no area) and ``invalid`` ("label: reason", a boundary the team cannot walk)."""

    areas: list = field(default_factory=list)
    shapes: list = field(default_factory=list)
    labels: list = field(default_factory=list)
    skipped: list = field(default_factory=list)
    invalid: list = field(default_factory=list)


@dataclass
class Points:
    """Owner id -> [(seq, point_type, x, y)] sorted by seq (working CRS), and the points
    refused as (feature label, owner, seq): a NaN or infinite coordinate, or several points in
    one feature."""

    by_owner: dict = field(default_factory=dict)
    refused: list = field(default_factory=list)


def value(attribute):
    """An attribute as Python: NULL as None."""
    if isinstance(attribute, QVariant) and attribute.isNull():
        return None
    return attribute


def read_areas(source, id_field: str, crs, transform_context, parameter: str, stop) -> Areas:
    """The areas of ``source`` in ``crs``; NaN or infinite coordinates (and points that cannot
    be transformed) are refused here by name. ``stop()`` raises when the run is cancelled."""
    transform = QgsCoordinateTransform(source.sourceCrs(), crs, transform_context)
    names = source.fields().names()
    problems = FeatureProblems(parameter, source.sourceCrs(), crs)
    read = Areas()
    feature = QgsFeature()
    iterator = all_features(source)
    while iterator.nextFeature(feature):
        stop()
        attributes = {name: value(feature.attribute(name)) for name in names}
        label = feature_label(attributes.get(id_field), feature.id())
        geometry = QgsGeometry(feature.geometry())
        if non_finite_kind(geometry):
            problems.transform_failed(geometry, label)
        elif geometry.isNull() or geometry.isEmpty():
            read.skipped.append(label)
        else:
            try:
                geometry.transform(transform)
            except QgsCsException:
                problems.transform_failed(feature.geometry(), label)
                continue
            _add_area(read, str(attributes.get(id_field) or ""), label, geometry, attributes)
    problems.refuse()
    read.areas.sort(key=lambda a: (a[0] == "", tasking.natural_key(a[0])))
    return read


def _add_area(read: Areas, area_id: str, label: str, geometry, attributes) -> None:
    """The area, unless it has no area (skipped) or is an invalid polygon (a bow tie: which
    boundary would the team walk?)."""
    shape = shapely.from_wkb(bytes(geometry.asWkb()))
    valid = shapely.is_valid(shape)
    if not shapely.area(shape if valid else shapely.make_valid(shape)) > 0:
        read.skipped.append(label)  # no area: nothing to print
    elif not valid:
        read.invalid.append(f"{label}: {shapely.is_valid_reason(shape)}")
    else:
        read.shapes.append(shape)
        read.labels.append(label)
        read.areas.append((area_id, geometry, attributes))


def read_points(source, crs, transform_context, stop) -> Points:
    """The points of ``source`` in ``crs`` by the area they name (``OWNER_FIELDS``, at least
    one present), without the ``SKIPPED_TYPES``; a point without point_type is a turning point.
    ``stop()`` raises when the run is cancelled."""
    fields = source.fields()
    owners = [n for n in OWNER_FIELDS if fields.indexOf(n) >= 0]
    has_type = fields.indexOf("point_type") >= 0
    has_seq = fields.indexOf("seq") >= 0
    request = QgsFeatureRequest()
    request.setDestinationCrs(crs, transform_context)
    read = Points()
    feature = QgsFeature()
    iterator = all_features(source, request)
    order = -1
    while iterator.nextFeature(feature):
        order += 1
        stop()
        geometry = feature.geometry()
        seq = value(feature["seq"]) if has_seq else None
        if non_finite_kind(geometry) or (
            geometry.isMultipart() and len(geometry.asMultiPoint()) > 1
        ):
            owner = next((value(feature[n]) for n in owners if value(feature[n])), None)
            read.refused.append((feature_label(None, feature.id()), owner, seq if has_seq else "-"))
            continue
        if geometry.isNull() or geometry.isEmpty():
            continue
        point_type = str(value(feature["point_type"]) or "turning") if has_type else "turning"
        if point_type in SKIPPED_TYPES:
            continue
        xy = geometry.asPoint() if not geometry.isMultipart() else geometry.asMultiPoint()[0]
        keys = {str(value(feature[n])) for n in owners if value(feature[n]) not in (None, "")}
        for key in keys:
            read.by_owner.setdefault(key, []).append(
                (seq if seq is not None else NO_SEQ + order, point_type, xy.x(), xy.y())
            )
    for rows in read.by_owner.values():
        rows.sort(key=lambda r: r[0])
    return read


def polygon_vertices(geometry: QgsGeometry) -> list[tuple[float, float]]:
    """The exterior vertices of an area (all its parts, largest first), each part clockwise
    from its northernmost vertex (ties: the westernmost), no repeated closing vertex."""
    return [xy for ring in polygon_rings(geometry) for xy in ring]


def polygon_rings(geometry: QgsGeometry) -> list[list[tuple[float, float]]]:
    """The exterior ring of each part of an area (largest first), as in
    :func:`polygon_vertices`."""
    parts = geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]
    rings = [[(v.x(), v.y()) for v in p[0]] for p in parts if p and p[0]]
    rings.sort(key=lambda ring: -abs(tasking.signed_area(ring)))
    return [tasking.clockwise_ring(ring) for ring in rings]


def own_vertices(points: list, geometry: QgsGeometry) -> tuple[list, list]:
    """``points`` followed by the area's vertices numbered 1, 2, … (type ``vertex``), and the
    indices of each ring's vertices (for an area without turning points)."""
    return tasking.with_vertices(points, polygon_rings(geometry))


def context_layer(source, crs, transform_context, extent, name: str):
    """A memory copy, in ``crs``, of the features of ``source`` (releases, evidence, tasks) that
    meet ``extent`` (a QgsRectangle in ``crs``), to draw inside the areas: (layer, how many were
    left out for a geometry that is missing, not finite or cannot be brought into ``crs``).
    Evidence without ``evidence_class`` gets it from its ``evidence_type``."""
    from qgis.core import QgsField, QgsVectorLayer, QgsWkbTypes

    from ..core import model

    kind = QgsWkbTypes.multiType(QgsWkbTypes.flatType(source.wkbType()))
    uri = f"{QgsWkbTypes.displayString(kind)}?crs={crs.authid() or crs.toWkt()}"
    layer = QgsVectorLayer(uri, name, "memory")
    fields = source.fields()
    has_type = fields.indexOf("evidence_type") >= 0
    add_class = has_type and fields.indexOf("evidence_class") < 0
    layer.dataProvider().addAttributes(
        list(fields) + ([QgsField("evidence_class", QVariant.String)] if add_class else [])
    )
    layer.updateFields()
    to_crs = QgsCoordinateTransform(source.sourceCrs(), crs, transform_context)
    request = QgsFeatureRequest()
    try:
        to_source = QgsCoordinateTransform(crs, source.sourceCrs(), transform_context)
        request.setFilterRect(to_source.transformBoundingBox(extent))
    except QgsCsException:
        pass  # every feature is read and transformed one by one
    features, left_out = [], 0
    for feature in all_features(source, request):
        geometry = QgsGeometry(feature.geometry())
        if geometry.isNull() or geometry.isEmpty() or non_finite_kind(geometry):
            left_out += 1
            continue
        try:
            geometry.transform(to_crs)
        except QgsCsException:
            left_out += 1
            continue
        geometry.convertToMultiType()
        copy = QgsFeature(layer.fields())
        copy.setGeometry(geometry)
        values = list(feature.attributes())
        evidence_class = model.evidence_class(feature["evidence_type"]) if has_type else None
        if add_class:
            values.append(evidence_class)
        elif has_type and feature["evidence_class"] in (None, ""):  # derived, not yet written
            values[fields.indexOf("evidence_class")] = evidence_class
        copy.setAttributes(values)
        features.append(copy)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer, left_out
