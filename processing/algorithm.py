"""Base class of the land release algorithms: name, group, translation and help from attributes."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputDefinition,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..toolbelt import icon, shapely_problem


class LandReleaseAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ``ID``, ``DISPLAY_NAME``, ``GROUP_ID``, ``GROUP``, ``HELP`` and ``ICON``.

    ``DISPLAY_NAME``, ``GROUP`` and ``HELP`` are translated at run time in the context of the
    subclass's name; ``scripts/i18n.py`` extracts them from the class body in that context."""

    ID = ""
    DISPLAY_NAME = ""
    GROUP_ID = ""
    GROUP = ""
    HELP = ""
    ICON = "landrelease.svg"
    NEEDS_SHAPELY = False  # the algorithm works on core/ (shapely 2)
    # Hazard figures left unknown by another program are recomputed before the inputs are read
    # (checkdata reports them instead: it observes the database as it is).
    REFRESHES_FIGURES = True

    def tr(self, text: str) -> str:
        return QCoreApplication.translate(type(self).__name__, text)

    def parameter_table(self) -> list:
        """The algorithm's parameters and outputs, in order (see processing/parameters.py)."""
        return []

    def initAlgorithm(self, config=None):
        for definition in self.parameter_table():
            if isinstance(definition, QgsProcessingOutputDefinition):
                self.addOutput(definition)
            else:
                self.addParameter(definition)

    def createInstance(self):
        return type(self)()

    def name(self) -> str:
        return self.ID

    def displayName(self) -> str:
        return self.tr(self.DISPLAY_NAME)

    def group(self) -> str:
        return self.tr(self.GROUP)

    def groupId(self) -> str:
        return self.GROUP_ID

    def shortHelpString(self) -> str:
        return self.tr(self.HELP)

    def icon(self):
        return icon(self.ICON)

    def canExecute(self):
        problem = shapely_problem() if self.NEEDS_SHAPELY else None
        return (problem is None, problem or "")

    def prepareAlgorithm(self, parameters, context, feedback):
        ok, problem = self.canExecute()
        if not ok:
            raise QgsProcessingException(problem)
        if self.REFRESHES_FIGURES:
            from ..storage.derived import refresh_inputs

            refresh_inputs(self, parameters, context, feedback)
        return True

    @staticmethod
    def push_report(feedback, report: dict, messages: dict, warnings=()) -> None:
        """Tell the non-zero counts of a core report, in the sentences ``messages`` gives
        (``"{}"`` takes the count); the keys in ``warnings`` as warnings."""
        for key, value in report.items():
            if value:
                text = messages.get(key, key + ": {}").format(value)
                (feedback.pushWarning if key in warnings else feedback.pushInfo)(text)
