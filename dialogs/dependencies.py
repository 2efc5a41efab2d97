"""Offering to install the missing Python packages into the QGIS profile, in the background."""

from __future__ import annotations

from qgis.core import Qgis, QgsApplication, QgsTask
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QMessageBox, QPushButton

from ..toolbelt import dependencies

TITLE_CONTEXT = "LandReleaseDependencies"


def tr(text: str) -> str:
    return QCoreApplication.translate(TITLE_CONTEXT, text)


class DependencyInstaller:
    """The message bar warning at start, the question, and pip run as a QGIS task."""

    def __init__(self, iface):
        self.iface = iface
        self.task: QgsTask | None = None

    def warn_if_missing(self) -> bool:
        """A message bar warning with an *Install…* button when a package is missing."""
        found = dependencies.missing()
        if not found:
            return False
        bar = self.iface.messageBar()
        item = bar.createMessage(
            tr("Land Release"),
            tr("Python packages missing: {}").format(", ".join(r.distribution for r, _ in found)),
        )
        button = QPushButton(tr("Install…"), item)
        button.clicked.connect(lambda: self.offer())
        item.layout().addWidget(button)
        bar.pushWidget(item, Qgis.Warning, 0)
        return True

    def offer(self, parent=None) -> None:
        found = dependencies.missing()
        parent = parent or self.iface.mainWindow()
        if not found:
            QMessageBox.information(
                parent, tr("Python packages"), tr("Every package Land Release needs is installed.")
            )
            return
        if self.task is not None:
            return
        folder = dependencies.packages_dir()
        answer = QMessageBox.question(
            parent,
            tr("Install Python packages"),
            tr(
                "Land Release needs these Python packages:\n\n{}\n\nInstall them with pip into "
                "a folder of the QGIS profile ({})? The system's Python is not changed. This "
                "needs the internet; restart QGIS afterwards."
            ).format(dependencies.summary(found), folder),
        )
        if answer != QMessageBox.Yes:
            return
        requirements = [r for r, _ in found]
        self.task = QgsTask.fromFunction(
            tr("Installing Python packages for Land Release"),
            lambda _task: dependencies.install(requirements, folder),
            on_finished=self._finished,
        )
        QgsApplication.taskManager().addTask(self.task)

    def _finished(self, exception, result=None) -> None:
        self.task = None
        bar = self.iface.messageBar()
        if exception is not None or result is None:
            bar.pushCritical(tr("Land Release"), tr("Installing failed: {}").format(exception))
        elif result.ok:
            bar.pushSuccess(tr("Land Release"), result.message)
        else:
            bar.pushCritical(tr("Land Release"), result.message)
