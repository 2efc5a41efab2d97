"""landrelease:taskingmaps (being written)."""

from __future__ import annotations

from .algorithm import LandReleaseAlgorithm


class TaskingMaps(LandReleaseAlgorithm):
    ID = "taskingmaps"
    DISPLAY_NAME = "TaskingMaps"
    GROUP_ID = "tasking"
    GROUP = "Tasking and reports"

    def initAlgorithm(self, config=None):
        pass

    def processAlgorithm(self, parameters, context, feedback):
        return {}
