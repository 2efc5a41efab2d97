"""The Processing provider ``landrelease``."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication

from ..toolbelt import icon
from .addhazards import AddHazards
from .areareport import AreaReport
from .checkdata import CheckData
from .completionreport import CompletionReport
from .createdatabase import CreateDatabase
from .delineatecha import DelineateCha
from .delineatesha import DelineateSha
from .exportimsma import ExportImsma
from .importimsma import ImportImsma
from .packagefield import PackageField
from .releasesummary import ReleaseSummary
from .splittasks import SplitTasks
from .syncfield import SyncField
from .taskingmaps import TaskingMaps
from .traverse import Traverse

ALGORITHMS = (
    CreateDatabase,
    DelineateSha,
    DelineateCha,
    AddHazards,
    CheckData,
    ExportImsma,
    ImportImsma,
    ReleaseSummary,
    Traverse,
    SplitTasks,
    TaskingMaps,
    PackageField,
    AreaReport,
    CompletionReport,
    SyncField,
)


class LandReleaseProvider(QgsProcessingProvider):
    def id(self) -> str:
        return "landrelease"

    def name(self) -> str:
        return QCoreApplication.translate("LandReleaseProvider", "Land release (mine action)")

    def longName(self) -> str:
        return self.name()

    def icon(self):
        return icon("landrelease.svg")

    def loadAlgorithms(self) -> None:
        for algorithm in ALGORITHMS:
            self.addAlgorithm(algorithm())
