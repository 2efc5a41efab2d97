"""The area report's progress chart: grouped bars of the hectares released per month (or year)
and outcome, drawn with QPainter into a PNG; each outcome has its own colour and hatching, so
that it reads in black and white."""

from __future__ import annotations

import math

from qgis.PyQt.QtCore import QCoreApplication, QPointF, QRectF, Qt
from qgis.PyQt.QtGui import QBrush, QColor, QImage, QPainter, QPen, QTransform

from ..core import area_report as core_report
from ..core import symbology
from ..toolbelt.i18n import number_text
from .area_report_items import font
from .area_report_text import OUTCOME_LABELS


def tr(text: str) -> str:
    return QCoreApplication.translate("LandReleaseAreaReport", text)


QT_PATTERN = {None: None, "hatch": Qt.BDiagPattern, "cross": Qt.DiagCrossPattern}


def draw_chart(buckets, unit, width_mm, height_mm, path, dpi=200) -> None:
    """Grouped bars of released ha per bucket (label, {outcome: m²}) and outcome, with axes,
    labels and a legend, saved as a PNG at ``path``; ``unit`` is ``month`` or ``year``."""
    values = [[v[o] / 1e4 for o in core_report.OUTCOMES] for _, v in buckets]
    chart = _Chart(width_mm, height_mm, dpi, values)
    chart.draw_value_axis()
    chart.draw_bars([label for label, _ in buckets])
    chart.draw_axis_titles(unit)
    chart.draw_legend()
    chart.save(path)


class _Chart:
    """The image, its painter and the plot area (pixels) of one chart."""

    def __init__(self, width_mm, height_mm, dpi, values):
        self.dpi, self.values = dpi, values
        image = QImage(int(self.px(width_mm)), int(self.px(height_mm)), QImage.Format_ARGB32)
        image.setDotsPerMeterX(int(dpi / 0.0254))
        image.setDotsPerMeterY(int(dpi / 0.0254))
        image.fill(QColor("white"))
        self.image = image
        self.painter = QPainter(image)
        self.painter.setRenderHint(QPainter.Antialiasing)
        self.painter.setFont(font(9))
        self.bottom, self.top, self.step = _value_range(values)
        self.left, self.right = self.px(24), image.width() - self.px(6)
        self.upper, self.lower = self.px(16), image.height() - self.px(22)
        self.black = QPen(QColor("black"))
        self.black.setWidthF(self.px(0.3))

    def px(self, mm: float) -> float:
        return mm / 25.4 * self.dpi

    def y_of(self, value: float) -> float:
        span = self.top - self.bottom
        return self.lower - (value - self.bottom) / span * (self.lower - self.upper)

    def draw_value_axis(self) -> None:
        """Grid lines with their values, the vertical axis and the zero line."""
        painter, px = self.painter, self.px
        grid = QPen(QColor("#BBBBBB"))
        grid.setWidthF(px(0.15))
        tick = self.bottom
        while tick <= self.top + self.step / 2:
            y = self.y_of(tick)
            painter.setPen(grid)
            painter.drawLine(QPointF(self.left, y), QPointF(self.right, y))
            painter.setPen(self.black)
            painter.drawText(
                QRectF(0, y - px(3), self.left - px(2), px(6)),
                Qt.AlignRight | Qt.AlignVCenter,
                number_text(tick, 2 if self.step < 1 else 0),
            )
            tick += self.step
        painter.setPen(self.black)
        painter.drawLine(QPointF(self.left, self.upper), QPointF(self.left, self.lower))
        painter.drawLine(QPointF(self.left, self.y_of(0)), QPointF(self.right, self.y_of(0)))

    def draw_bars(self, labels: list[str]) -> None:
        """One group of bars per bucket; its label under it (slanted when there are many)."""
        n = len(labels)
        slot = (self.right - self.left) / max(n, 1)
        bar = slot * 0.8 / 3
        every = max(1, math.ceil(n / 24))  # labels no closer than ~10 mm
        for k, label in enumerate(labels):
            x0 = self.left + k * slot + slot * 0.1
            for j, outcome in enumerate(core_report.OUTCOMES):
                value = self.values[k][j]
                if value == 0:
                    continue
                y0, y1 = self.y_of(0), self.y_of(value)
                rect = QRectF(x0 + j * bar, min(y0, y1), bar, abs(y1 - y0))
                _fill(self.painter, rect, outcome, self.dpi)
            if k % every == 0:
                self._bucket_label(label, self.left + (k + 0.5) * slot, slanted=n > 12)

    def _bucket_label(self, label: str, centre_x: float, slanted: bool) -> None:
        painter, px = self.painter, self.px
        painter.save()
        painter.setPen(self.black)
        painter.setFont(font(8))
        painter.translate(centre_x, self.lower + px(2))
        if slanted:
            painter.rotate(-45)
            painter.drawText(QRectF(-px(20), 0, px(20), px(5)), Qt.AlignRight, label)
        else:
            painter.drawText(QRectF(-px(10), 0, px(20), px(5)), Qt.AlignHCenter, label)
        painter.restore()

    def draw_axis_titles(self, unit: str) -> None:
        painter, px = self.painter, self.px
        painter.setFont(font(9, True))
        painter.save()
        painter.translate(px(5), (self.upper + self.lower) / 2)
        painter.rotate(-90)
        painter.drawText(QRectF(-px(40), -px(4), px(80), px(8)), Qt.AlignCenter,
                         tr("Released (ha)"))  # fmt: skip
        painter.restore()
        axis = tr("Month (end date of the release)") if unit == "month" else tr("Year")
        title_box = QRectF(self.left, self.image.height() - px(7), self.right - self.left, px(6))
        painter.drawText(title_box, Qt.AlignCenter, axis)

    def draw_legend(self) -> None:
        """The outcomes' swatches and names, top right."""
        painter, px = self.painter, self.px
        painter.setFont(font(9))
        x = self.right - px(120)
        for j, outcome in enumerate(core_report.OUTCOMES):
            box = QRectF(x + j * px(40), px(4), px(8), px(5))
            _fill(painter, box, outcome, self.dpi)
            painter.setPen(self.black)
            name_box = QRectF(box.right() + px(2), px(3.5), px(30), px(6))
            name = tr(OUTCOME_LABELS[outcome])
            painter.drawText(name_box, Qt.AlignLeft | Qt.AlignVCenter, name)

    def save(self, path: str) -> None:
        self.painter.end()
        self.image.save(path, "PNG")


def _value_range(values) -> tuple[float, float, float]:
    """(bottom, top, step) of the value axis: round steps, zero included."""
    top = max([0.0] + [max(v) for v in values])
    bottom = min([0.0] + [min(v) for v in values])
    if top - bottom <= 0:
        top = 1.0
    step = _nice_step((top - bottom) / 6)
    return math.floor(bottom / step) * step, math.ceil(top / step) * step, step


def _fill(painter, rect, outcome, dpi) -> None:
    style = symbology.RELEASE_FILL[outcome]
    painter.setPen(Qt.NoPen)
    painter.setBrush(QBrush(QColor(style.colour)))
    painter.drawRect(rect)
    pattern = QT_PATTERN[style.pattern]
    if pattern is not None:
        brush = QBrush(QColor("black"), pattern)
        brush.setTransform(QTransform.fromScale(dpi / 100, dpi / 100))
        painter.setBrush(brush)
        painter.drawRect(rect)
    pen = QPen(QColor("black"))
    pen.setWidthF(dpi / 254)  # 0.1 mm... 0.25 mm
    painter.setPen(pen)
    painter.setBrush(Qt.NoBrush)
    painter.drawRect(rect)


def _nice_step(raw: float) -> float:
    if raw <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power
