"""The Turning points dialog on the map canvas: the computed points numbered, the chain of
legs and the perimeter polygon, drawn by the canvas itself (no layer)."""

from __future__ import annotations

from qgis.core import QgsCoordinateTransform, QgsCsException, QgsPointXY, QgsRectangle, QgsWkbTypes
from qgis.gui import QgsMapCanvasItem, QgsRubberBand
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QPointF, QRectF, Qt
from qgis.PyQt.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from ...core.traverse import PERIMETER_TYPES
from ...core.turning_points import Computation

POLYGON_STROKE = QColor(0, 90, 200)
POLYGON_FILL = QColor(0, 120, 255, 50)
CHAIN_STROKE = QColor(80, 80, 80)
PERIMETER_MARKER = QColor(0, 90, 200)
OTHER_MARKER = QColor(230, 120, 0)


class PointLabels(QgsMapCanvasItem):
    """Numbered markers of the computed points, drawn by the canvas itself (no layer)."""

    MARGIN_PX = 60

    def __init__(self, canvas):
        super().__init__(canvas)
        self._canvas = canvas
        self.points: list[tuple[QgsPointXY, str, bool]] = []  # canvas CRS, label, perimeter?
        self.setZValue(1000)

    def set_points(self, points: list[tuple[QgsPointXY, str, bool]]) -> None:
        self.points = list(points)
        self.updatePosition()
        self.update()

    def updatePosition(self):  # noqa: N802 - QgsMapCanvasItem's virtual
        if not self.points:
            self.setRect(QgsRectangle())
            return
        first = self.points[0][0]
        rect = QgsRectangle(first, first)
        for point, _, _ in self.points[1:]:
            rect.combineExtentWith(point.x(), point.y())
        rect.grow(self.MARGIN_PX * self._canvas.mapUnitsPerPixel())
        self.setRect(rect)

    def paint(self, painter, option=None, widget=None):
        painter.setRenderHint(QPainter.Antialiasing)
        font = QFont()
        font.setBold(True)
        font.setPointSizeF(10)
        metrics = QFontMetricsF(font)
        positions = [self.toCanvasCoordinates(p) - self.pos() for p, _, _ in self.points]
        for position, (_, _, on_perimeter) in zip(positions, self.points):
            painter.setPen(QPen(QColor(255, 255, 255), 1.5))
            painter.setBrush(QBrush(PERIMETER_MARKER if on_perimeter else OTHER_MARKER))
            if on_perimeter:
                painter.drawEllipse(position, 5.0, 5.0)
            else:
                painter.drawRect(QRectF(position.x() - 5.0, position.y() - 5.0, 10.0, 10.0))
        taken: list[QRectF] = []
        for position, (_, text, _) in zip(positions, self.points):
            width, height = metrics.horizontalAdvance(text), metrics.height()
            # Above right of the marker, else below right, above left, below left: points that
            # (nearly) coincide, such as the start and a badly closing end, stay readable.
            for dx, dy in (
                (8.0, -7.0),
                (8.0, 7.0 + height),
                (-8.0 - width, -7.0),
                (-8.0 - width, 7.0 + height),
            ):
                baseline = position + QPointF(dx, dy)
                box = QRectF(baseline.x(), baseline.y() - metrics.ascent(), width, height)
                if not any(box.intersects(other) for other in taken):
                    break
            taken.append(box)
            path = QPainterPath()
            path.addText(baseline, font, text)
            painter.strokePath(path, QPen(QColor(255, 255, 255, 235), 3.5))
            painter.fillPath(path, QBrush(QColor(15, 15, 15)))


def _remove_canvas_items(canvas, items: list) -> None:
    """Take our rubber bands and labels off the canvas (also when the dialog is deleted)."""
    for item in items:
        if item is None or sip.isdeleted(item):
            continue
        if canvas is not None and not sip.isdeleted(canvas) and item.scene() is not None:
            canvas.scene().removeItem(item)
    items.clear()


class MapPreview:
    """The preview of a computation on ``canvas``: the polygon and chain rubber bands and the
    numbered points (``items``, also taken off the map when the dialog is deleted)."""

    def __init__(self, canvas, project):
        self.canvas, self.project = canvas, project
        self.items: list = []
        self.polygon_band = self.chain_band = self.labels = None

    def _ensure_items(self) -> bool:
        if self.canvas is None or sip.isdeleted(self.canvas):
            return False
        if self.polygon_band is None or sip.isdeleted(self.polygon_band):
            self.polygon_band = QgsRubberBand(self.canvas, QgsWkbTypes.PolygonGeometry)
            self.polygon_band.setStrokeColor(POLYGON_STROKE)
            self.polygon_band.setFillColor(POLYGON_FILL)
            self.polygon_band.setWidth(2)
            self.chain_band = QgsRubberBand(self.canvas, QgsWkbTypes.LineGeometry)
            self.chain_band.setStrokeColor(CHAIN_STROKE)
            self.chain_band.setLineStyle(Qt.DashLine)
            self.chain_band.setWidth(1)
            self.labels = PointLabels(self.canvas)
            self.items[:] = [self.polygon_band, self.chain_band, self.labels]
        return True

    def clear(self) -> None:
        """Take the preview off the map."""
        _remove_canvas_items(self.canvas, self.items)
        self.polygon_band = self.chain_band = self.labels = None

    def show(self, computation: Computation, crs) -> None:
        """The points and polygon of ``computation``, computed in ``crs`` (a QGIS CRS)."""
        if not self._ensure_items():
            return
        to_canvas = QgsCoordinateTransform(
            crs, self.canvas.mapSettings().destinationCrs(), self.project
        )
        self.polygon_band.reset(QgsWkbTypes.PolygonGeometry)
        self.chain_band.reset(QgsWkbTypes.LineGeometry)
        labels = []
        try:
            for values, result in computation.points():
                point = to_canvas.transform(QgsPointXY(result.point.x, result.point.y))
                self.chain_band.addPoint(point, False)
                labels.append((point, str(values.seq), values.point_type in PERIMETER_TYPES))
            if computation.result is not None:
                ring = list(computation.result.polygon.exterior.coords)[:-1]
                for x, y in ring:
                    self.polygon_band.addPoint(to_canvas.transform(QgsPointXY(x, y)), False)
        except QgsCsException:
            pass
        for band in (self.polygon_band, self.chain_band):
            band.updatePosition()
            band.setVisible(band.numberOfVertices() > 0)  # addPoint(..., False) leaves it hidden
            band.update()
        self.labels.set_points(labels)

    def zoom(self) -> None:
        """Zoom the canvas to the points."""
        if self.canvas is None or self.chain_band is None:
            return
        rect = self.chain_band.asGeometry().boundingBox()
        if rect.isEmpty():
            if rect.isNull():
                return
            self.canvas.setCenter(rect.center())
        else:
            rect.scale(1.3)
            self.canvas.setExtent(rect)
        self.canvas.refresh()
