"""landrelease:areareport (being written)."""

from __future__ import annotations

from .algorithm import LandReleaseAlgorithm


class AreaReport(LandReleaseAlgorithm):
    ID = "areareport"
    DISPLAY_NAME = "AreaReport"
    GROUP_ID = "tasking"
    GROUP = "Tasking and reports"

    def initAlgorithm(self, config=None):
        pass

    def processAlgorithm(self, parameters, context, feedback):
        return {}
