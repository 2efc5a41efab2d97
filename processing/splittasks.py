"""landrelease:splittasks (being written)."""

from __future__ import annotations

from .algorithm import LandReleaseAlgorithm


class SplitTasks(LandReleaseAlgorithm):
    ID = "splittasks"
    DISPLAY_NAME = "SplitTasks"
    GROUP_ID = "tasking"
    GROUP = "Tasking and reports"

    def initAlgorithm(self, config=None):
        pass

    def processAlgorithm(self, parameters, context, feedback):
        return {}
