"""A released polygon from features: selected polygons merged, or points and lines joined in
order into one ring (what the Record land release dock takes from the map and from files).

Plain QGIS (no ``iface``): every function returns a :class:`SourcePolygon` in the source's own
CRS, or raises :class:`SourceError` with a translated sentence that says what is wrong.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

WGS84 = "EPSG:4326"
# Two vertices closer than this (in the source's units) are one point, e.g. a closing vertex.
_SAME_POINT = 1e-9


def tr(text: str) -> str:
    return QCoreApplication.translate("RecordReleaseDock", text)


def tr_n(text: str, count: int) -> str:
    """``text`` with ``%n`` replaced by ``count``, in the plural form of the language."""
    return QCoreApplication.translate("RecordReleaseDock", text, "", count)


class SourceError(Exception):
    """The source cannot give a polygon; ``str(error)`` is a translated, user-ready sentence."""


@dataclass
class SourcePolygon:
    geometry: QgsGeometry
    crs: QgsCoordinateReferenceSystem
    description: str  # e.g. "GPX track: 14 points", shown to the user


# --- geometry helpers ------------------------------------------------------------------------


def _flat(geometry: QgsGeometry) -> QgsGeometry:
    """A copy without curves, Z or M: the land release layer stores plain 2D polygons."""
    geometry = QgsGeometry(geometry)
    if geometry.isNull():
        return geometry
    if QgsWkbTypes.isCurvedType(geometry.wkbType()):
        geometry = QgsGeometry(geometry.constGet().segmentize())
    abstract = geometry.get()
    abstract.dropZValue()
    abstract.dropMValue()
    return geometry


def _single_if_possible(geometry: QgsGeometry) -> QgsGeometry:
    if geometry.isMultipart() and len(geometry.asGeometryCollection()) == 1:
        geometry.convertToSingleType()
    return geometry


def _ring(points: list[QgsPointXY]) -> list[QgsPointXY]:
    """``points`` in order without repeats and without a closing point."""
    ring: list[QgsPointXY] = []
    for point in points:
        if ring and ring[-1].sqrDist(point) <= _SAME_POINT**2:
            continue
        ring.append(QgsPointXY(point))
    if len(ring) > 1 and ring[0].sqrDist(ring[-1]) <= _SAME_POINT**2:
        ring.pop()
    return ring


def polygon_from_points(points: list[QgsPointXY]) -> QgsGeometry:
    """A polygon through ``points`` in order; the ring is closed, repeated points dropped."""
    ring = _ring(points)
    if len(ring) < 3:
        raise SourceError(
            tr("A polygon needs at least 3 different points; this source has {}.").format(len(ring))
        )
    ring.append(QgsPointXY(ring[0]))
    return QgsGeometry.fromPolygonXY([ring])


def repaired_polygon(geometry: QgsGeometry) -> QgsGeometry:
    """QGIS's make-valid version of ``geometry``, its polygonal part only (merged; single when
    one part is left); refused when nothing of it or no area is left."""
    repaired = geometry.makeValid()
    if repaired.isNull() or repaired.isEmpty():
        raise SourceError(tr("The polygon cannot be repaired: {}").format(repaired.lastError()))
    if repaired.type() != QgsWkbTypes.PolygonGeometry:
        parts = [
            part
            for part in repaired.asGeometryCollection()
            if part.type() == QgsWkbTypes.PolygonGeometry
        ]
        if not parts:
            raise SourceError(tr("Repaired, the polygon has no area left: draw it again."))
        repaired = QgsGeometry.unaryUnion(parts)
    return _single_if_possible(repaired)


def _vertices(geometry: QgsGeometry) -> list[QgsPointXY]:
    return [QgsPointXY(v.x(), v.y()) for v in geometry.vertices()]


def _finite(geometry: QgsGeometry) -> bool:
    return all(math.isfinite(v.x()) and math.isfinite(v.y()) for v in geometry.vertices())


_KINDS = {
    QgsWkbTypes.PolygonGeometry: "polygon",
    QgsWkbTypes.LineGeometry: "line",
    QgsWkbTypes.PointGeometry: "point",
}


def _kind_label(kind: str) -> str:
    return {"polygon": tr("a polygon"), "line": tr("a line"), "point": tr("a point")}[kind]


def polygon_from_features(
    layer: QgsVectorLayer, request: QgsFeatureRequest | None = None, where: str = ""
) -> tuple[QgsGeometry, int, str]:
    """Merge polygons, or join vertices of lines / points in order.

    Returns (geometry, count, kind) where kind is "polygon", "line" or "point". ``where`` (the
    file or layer) names the source in refusals: a feature without a position, polygons mixed
    with lines or points, lines mixed with points, fewer than 3 points.
    """
    where = where or layer.name()
    polygons, points, first_of = _read_kinds(layer, request, where)
    if len(first_of) > 1:
        raise _mixed_kinds(first_of, where)
    if polygons:
        merged = QgsGeometry.unaryUnion(polygons) if len(polygons) > 1 else polygons[0]
        if merged.isNull() or merged.isEmpty():
            raise SourceError(
                tr("{}: the polygons cannot be merged: {}").format(where, merged.lastError())
            )
        return _single_if_possible(merged), len(polygons), "polygon"
    if points:
        kind = next(iter(first_of))
        different = len(_ring(points))
        if different < 3:
            raise SourceError(
                tr(
                    "{} holds no polygon, and its {} give {} different point(s): a polygon "
                    "needs at least 3."
                ).format(where, _kind_plural(kind), different)
            )
        return polygon_from_points(points), len(points), kind
    raise SourceError(tr("{} has no geometry that can make a polygon.").format(where))


def _read_kinds(
    layer: QgsVectorLayer, request: QgsFeatureRequest | None, where: str
) -> tuple[list[QgsGeometry], list[QgsPointXY], dict[str, int]]:
    """The polygons, the vertices of lines and points in order, and the number of the first
    feature of each kind; a feature with a NaN or infinite vertex is refused."""
    polygons: list[QgsGeometry] = []
    points: list[QgsPointXY] = []
    first_of: dict[str, int] = {}
    for number, feature in enumerate(layer.getFeatures(request or QgsFeatureRequest()), 1):
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            continue
        geometry = _flat(geometry)
        kind = _KINDS.get(geometry.type())
        if kind is None:
            continue
        if not _finite(geometry):
            raise SourceError(
                tr(
                    "{}: feature {} has a vertex without a position (NaN or infinite "
                    "coordinates): correct it in the file."
                ).format(where, number)
            )
        first_of.setdefault(kind, number)
        if kind == "polygon":
            polygons.append(geometry)
        else:
            points.extend(_vertices(geometry))
    return polygons, points, first_of


def _mixed_kinds(first_of: dict[str, int], where: str) -> SourceError:
    kind, number = max(first_of.items(), key=lambda item: item[1])
    return SourceError(
        tr(
            "{} mixes {} (feature {} is {}): keep only the released polygon, or only the "
            "points or the line around it."
        ).format(
            where,
            tr(" and ").join(_kind_plural(k) for k in first_of),
            number,
            _kind_label(kind),
        )
    )


def _kind_plural(kind: str) -> str:
    return {"polygon": tr("polygons"), "line": tr("lines"), "point": tr("points")}[kind]


# --- selected features -------------------------------------------------------------------------


def polygon_from_selection(layer) -> SourcePolygon:
    """The selected polygons of ``layer``, merged, in the layer's CRS."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
        raise SourceError(tr("Make a vector layer with the released polygon the active layer."))
    if layer.geometryType() != QgsWkbTypes.PolygonGeometry:
        raise SourceError(
            tr("The active layer {} has no polygons. Select polygons in a polygon layer.").format(
                layer.name()
            )
        )
    ids = layer.selectedFeatureIds()
    if not ids:
        raise SourceError(
            tr("Nothing is selected in {}. Select the released polygon first.").format(layer.name())
        )
    request = QgsFeatureRequest().setFilterFids(ids)
    where = tr("The selection in {}").format(layer.name())
    geometry, count, _kind = polygon_from_features(layer, request, where)
    return SourcePolygon(
        geometry, layer.crs(), tr_n("%n selected feature(s) of {}", count).format(layer.name())
    )
