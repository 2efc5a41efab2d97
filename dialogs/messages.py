"""A dock's messages: a short line in its message bar, the whole text (every problem of a
refused save, a long refusal) in a wrapped panel under it, which a narrow dock cannot cut."""

from __future__ import annotations

from qgis.core import Qgis
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QTextOption
from qgis.PyQt.QtWidgets import QFrame, QSizePolicy, QTextEdit

# A message bar line in a dock of 400 px holds about this many characters before it is cut.
SHORT_MESSAGE_CHARS = 60
MOST_PANEL_LINES = 6

_PANEL_COLOURS = {  # level: (border, background)
    Qgis.Critical: ("#c62828", "#fdecea"),
    Qgis.Warning: ("#ef6c00", "#fff4e5"),
    Qgis.Success: ("#2e7d32", "#edf7ed"),
    Qgis.Info: ("#1565c0", "#e8f1fb"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("RecordReleaseDock", text)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


class DetailsPanel(QTextEdit):
    """Read-only wrapped text as tall as its lines: a long path or quoted value breaks at the
    panel's edge instead of being cut (a QLabel wraps at spaces only)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setFrameShape(QFrame.NoFrame)
        self.setWordWrapMode(QTextOption.WrapAtWordBoundaryOrAnywhere)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 - as QLabel's
        self.setPlainText(text)
        self._fit_height()

    def resizeEvent(self, event):  # noqa: N802 - Qt's
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self):
        width = self.viewport().width()
        if not self.isVisible() and self.parentWidget() is not None:
            # not laid out yet: as wide as the dock's contents, not the few pixels it has now
            # (a height for those would stretch the dock past the screen)
            width = max(width, self.parentWidget().width() - 16)
        document = self.document()
        document.setTextWidth(width)
        margins = self.contentsMargins()
        height = document.size().height() + margins.top() + margins.bottom() + 2
        # at most this many lines: the dock must still fit a laptop's screen; it scrolls beyond
        most = self.fontMetrics().lineSpacing() * MOST_PANEL_LINES + margins.top() + 8
        self.setFixedHeight(int(min(height, most)))


class MessagesPart:
    """The dock's part that tells the officer what happened (``self.message_details``)."""

    def _setup_messages(self):
        panel = DetailsPanel(self.dockContents)
        panel.setObjectName("message_details")
        panel.hide()
        self.message_details = panel
        self.dockLayout.insertWidget(self.dockLayout.indexOf(self.message_bar) + 1, panel)
        self._telling = False
        self._detailed_item = None
        self.message_bar.widgetAdded.connect(self._message_added)
        self.message_bar.widgetRemoved.connect(self._message_removed)

    def tell(self, level, text: str, duration: int = 0, title: str | None = None):
        """Say ``text`` (after ``title``, if any): whole in the bar when it fits one line, else
        a short line in the bar and every line of it in the panel below."""
        lines = _lines(text)
        whole = " ".join(lines)
        fits = len(lines) <= 1 and len((title or "") + whole) <= SHORT_MESSAGE_CHARS
        self._telling = True
        try:
            if fits and title:
                self.message_bar.pushMessage(title, whole, level, duration)
            elif fits:
                self.message_bar.pushMessage(whole, level, duration)
            else:
                self.message_bar.pushMessage(title or self._lead(lines), level, duration)
        finally:
            self._telling = False
        if fits:
            self._hide_details()
        else:
            self._show_details(level, lines)
            self._detailed_item = self.message_bar.currentItem()

    @staticmethod
    def _lead(lines: list[str]) -> str:
        """The bar's line for a text shown below it without a title."""
        if len(lines) > 1:
            return tr("{} problems, listed below.").format(len(lines))
        return tr("See the message below.")

    def _show_details(self, level, lines: list[str]):
        border, background = _PANEL_COLOURS.get(level, _PANEL_COLOURS[Qgis.Info])
        panel = self.message_details
        panel.setStyleSheet(
            f"QTextEdit#message_details {{ border-left: 4px solid {border}; "
            f"background: {background}; color: #202020; padding: 4px; }}"
        )
        panel.setText("\n".join(f"• {line}" for line in lines) if len(lines) > 1 else lines[0])
        panel.show()
        panel._fit_height()

    def _hide_details(self):
        self._detailed_item = None
        self.message_details.clear()
        self.message_details.hide()

    def _message_added(self, *_):
        if not self._telling:  # another message: the panel no longer belongs to the bar's
            self._hide_details()

    def _message_removed(self, item=None):
        if item is self._detailed_item or self.message_bar.currentItem() is None:
            self._hide_details()
