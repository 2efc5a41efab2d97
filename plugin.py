# SPDX-License-Identifier: GPL-2.0-or-later
"""The plugin object: menu, toolbar and Processing provider."""

from __future__ import annotations

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, Qt, QTimer
from qgis.PyQt.QtWidgets import QAction, QActionGroup, QMenu

from .core import model
from .dialogs.dependencies import DependencyInstaller
from .processing.provider import LandReleaseProvider
from .toolbelt import icon, shapely_problem
from .toolbelt.i18n import (
    PRINT_LANGUAGES,
    chosen_language,
    install_translator,
    remove_translator,
    set_chosen_language,
)

try:  # the icons compiled from resources.qrc at build time (toolbelt.icon finds them)
    from . import resources  # noqa: F401
except ImportError:  # a checkout without make build: toolbelt.icon reads the icons folder
    pass

MENU_OBJECT_NAME = "mLandReleaseMenu"
TOOLBAR_OBJECT_NAME = "mLandReleaseToolBar"


def tr(text: str) -> str:
    return QCoreApplication.translate("LandReleasePlugin", text)


class LandReleasePlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider: LandReleaseProvider | None = None
        self.menu: QMenu | None = None
        self.toolbar = None
        self.actions: list[QAction] = []
        self.record_dock = None
        self.review_dock = None
        self.turning_points_dialog = None
        self.installer = None
        self._conflict_layers: set[str] = set()

    # QGIS calls initProcessing before initGui, and alone in qgis_process.
    def initProcessing(self):  # noqa: N802
        if self.provider is None:
            provider = LandReleaseProvider()
            if QgsApplication.processingRegistry().addProvider(provider):
                self.provider = provider
            problem = shapely_problem()
            if problem:
                QgsMessageLog.logMessage(
                    tr("The delineation algorithms are disabled. {}").format(problem),
                    "Land Release",
                    Qgis.Warning,
                )

    def initGui(self):  # noqa: N802
        self.initProcessing()
        main_window = self.iface.mainWindow()
        self.menu = QMenu(tr("Land Release"), main_window)
        self.menu.setObjectName(MENU_OBJECT_NAME)
        self.toolbar = self.iface.addToolBar(tr("Land Release"))
        self.toolbar.setObjectName(TOOLBAR_OBJECT_NAME)

        self._add_action(
            "new_database.svg",
            tr("New Database…"),
            self.new_database,
            tr("Create a new land release database and add it to the project"),
        )
        self._add_action(
            "open_database.svg",
            tr("Open Database…"),
            self.open_database,
            tr("Add an existing land release database to the project"),
        )
        self._add_action(
            "open_database.svg",
            tr("Connect to Shared Database (PostGIS)…"),
            self.connect_postgis,
            tr("Add the layers of a land release schema on a PostgreSQL/PostGIS server"),
            toolbar=False,
        )
        self._add_action(
            "landrelease.svg",
            tr("Record Land Release…"),
            self.record_release,
            tr("Record a cancelled, reduced or cleared area of a hazard"),
        )
        self._add_action(
            "landrelease.svg",
            tr("Review Releases…"),
            self.review_releases,
            tr("Quality management: pass or fail the land releases waiting for review"),
            toolbar=False,
        )
        self._add_action(
            "landrelease.svg",
            tr("Turning Points…"),
            self.turning_points,
            tr("Type a polygon as coordinates or bearings and distances, and save it"),
        )
        self.menu.addSeparator()
        for algorithm_id, text in (
            ("createdatabase", tr("Create Database (Processing)…")),
            ("delineatesha", tr("Delineate SHA…")),
            ("delineatecha", tr("Delineate CHA…")),
            ("addhazards", tr("Add Hazards to the Database…")),
            ("packagefield", tr("Prepare Field Package…")),
            ("traverse", tr("Minefield Records to Polygons…")),
            ("releasesummary", tr("Land Release Summary…")),
            ("checkdata", tr("Check Data…")),
            ("splittasks", tr("Split into Tasks…")),
            ("taskingmaps", tr("Tasking Maps (PDF)…")),
            ("areareport", tr("Area Report (PDF)…")),
            ("completionreport", tr("Completion Report (PDF)…")),
            ("exportimsma", tr("Export for IMSMA…")),
            ("importimsma", tr("Import from IMSMA…")),
            ("syncfield", tr("Import Field Package…")),
        ):
            action = self._add_action(
                "landrelease.svg",
                text,
                lambda _checked=False, a=algorithm_id: self.open_algorithm(f"landrelease:{a}"),
                tr("Open the Processing dialog of this algorithm"),
                toolbar=False,
            )
            action.setData(f"landrelease:{algorithm_id}")

        # Figures kept true and lost updates refused for land release layers however they are
        # added (Open database, a project, the Browser).
        QgsProject.instance().layersAdded.connect(self.watch_layers)
        self.watch_layers(list(QgsProject.instance().mapLayers().values()))

        self.menu.addSeparator()
        self.installer = DependencyInstaller(self.iface)
        self._add_action(
            "landrelease.svg",
            tr("Install Python Packages…"),
            lambda _checked=False: self.installer.offer(),
            tr("Install shapely 2, scipy and ppigrf into the QGIS profile when they are missing"),
            toolbar=False,
        )
        self.installer.warn_if_missing()
        self._add_language_menu()

        menu_bar = main_window.menuBar()
        help_menu = self.iface.helpMenu() if hasattr(self.iface, "helpMenu") else None
        if help_menu is not None and help_menu.menuAction() in menu_bar.actions():
            menu_bar.insertMenu(help_menu.menuAction(), self.menu)
        else:
            menu_bar.addMenu(self.menu)

    def _add_language_menu(self) -> None:
        """*Interface Language*: the plugin's own language, whatever QGIS's (QGIS 3.22 has no
        Azerbaijani); the menu, the algorithms and the prints change at once."""
        menu = self.menu.addMenu(tr("Interface Language"))
        menu.setObjectName("mLandReleaseLanguageMenu")
        group = QActionGroup(menu)
        chosen = chosen_language()
        for code, name in (("", tr("As QGIS")), *PRINT_LANGUAGES):
            action = QAction(name, menu)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            group.addAction(action)
            menu.addAction(action)

    def choose_language(self, code: str) -> None:
        """Speak ``code`` ("" = QGIS's language) from now on, and rebuild the menu in it."""
        if code == chosen_language():
            return
        set_chosen_language(code)
        QTimer.singleShot(0, self._reload_in_language)  # not inside the menu's own signal

    def _reload_in_language(self) -> None:
        self.unload()
        install_translator()
        self.initGui()
        if self.provider is not None:
            self.provider.refreshAlgorithms()

    def _add_action(self, icon_name, text, slot, tip, toolbar=True) -> QAction:
        action = QAction(icon(icon_name), text, self.iface.mainWindow())
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def watch_layers(self, layers):
        """Hooks on the layers of land release databases: the figures recomputed after their
        commits (and now, for what other programs left unknown), and a refused update based on
        a stale row explained in the message bar."""
        from .storage import derived

        found = [(layer, derived.layer_table(layer)) for layer in layers]
        found = [(layer, table) for layer, table in found if table is not None]
        for layer, (_database, table) in found:
            if table in [d.name for d in model.LAYERS]:
                derived.configure(layer, table)
            if layer.id() not in self._conflict_layers:
                self._conflict_layers.add(layer.id())
                layer.raiseError.connect(self.explain_conflict)
        derived.refresh_layers([layer for layer, _table in found])
        if found:  # once the layer tree holds their nodes (a project being read adds them later)
            ids = [layer.id() for layer, _table in found]
            QTimer.singleShot(0, lambda: self._show_in_language(ids))

    def _show_in_language(self, layer_ids: list[str]) -> None:
        """Land release layers named in the layer tree, and their legends, in the current
        language: when a database or project is opened and when the language changes."""
        from .storage import derived
        from .storage.database.project import show_in_language

        project = QgsProject.instance()
        layers = [project.mapLayer(layer_id) for layer_id in layer_ids]
        found = [(derived.layer_table(layer), layer) for layer in layers if layer is not None]
        show_in_language(project, [(table[1], layer) for table, layer in found if table])

    def explain_conflict(self, error: str):
        """The database refused a change (a stale row, the login's organisation or role): say
        it in the user's words."""
        from .storage.postgis import refusal_message

        message = refusal_message(error)
        if message:
            self.iface.messageBar().pushMessage(tr("Land Release"), message, Qgis.Warning, 0)

    def unload(self):
        try:
            QgsProject.instance().layersAdded.disconnect(self.watch_layers)
        except TypeError:  # not connected (initGui did not run)
            pass
        for layer_id in self._conflict_layers:
            layer = QgsProject.instance().mapLayer(layer_id)
            if layer is not None:
                try:
                    layer.raiseError.disconnect(self.explain_conflict)
                except TypeError:
                    pass
        self._conflict_layers.clear()
        if self.turning_points_dialog is not None:
            self.turning_points_dialog.close()
            self.turning_points_dialog.deleteLater()
            self.turning_points_dialog = None
        if self.record_dock is not None:
            self.record_dock.unload()
            if hasattr(self.iface, "removeDockWidget"):
                self.iface.removeDockWidget(self.record_dock)
            self.record_dock.deleteLater()
            self.record_dock = None
        if self.review_dock is not None:
            self.review_dock.unload()
            if hasattr(self.iface, "removeDockWidget"):
                self.iface.removeDockWidget(self.review_dock)
            self.review_dock.deleteLater()
            self.review_dock = None
        for action in self.actions:
            action.deleteLater()
        self.actions = []
        if self.menu is not None:
            self.iface.mainWindow().menuBar().removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            self.menu = None
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator()

    # --- actions -------------------------------------------------------------------------------

    def new_database(self):
        from .dialogs.new_database import NewDatabaseDialog

        dialog = NewDatabaseDialog(self.iface, self.iface.mainWindow())
        dialog.exec_()

    def open_database(self):
        from .dialogs.new_database import open_database

        open_database(self.iface, self.iface.mainWindow())

    def connect_postgis(self):
        from .dialogs.new_database import ConnectDatabaseDialog

        ConnectDatabaseDialog(self.iface, self.iface.mainWindow()).exec_()

    def record_release(self):
        if self.record_dock is None:
            from .dialogs.record_release import RecordReleaseDock

            self.record_dock = RecordReleaseDock(self.iface, self.iface.mainWindow())
            self.iface.addDockWidget(Qt.RightDockWidgetArea, self.record_dock)
        self.record_dock.show()
        self.record_dock.raise_()

    def review_releases(self):
        if self.review_dock is None:
            from .dialogs.review import ReviewReleasesDock

            self.review_dock = ReviewReleasesDock(self.iface, self.iface.mainWindow())
            self.iface.addDockWidget(Qt.RightDockWidgetArea, self.review_dock)
        self.review_dock.show()
        self.review_dock.raise_()

    def turning_points(self):
        from qgis.core import QgsProject

        from .dialogs.turning_points import TurningPointsDialog
        from .storage.recording import find_layers

        layers = find_layers(QgsProject.instance(), self.iface.activeLayer())
        if layers is None:
            self.iface.messageBar().pushMessage(
                tr("Land Release"), tr("Open a land release database first."), Qgis.Warning, 8
            )
            return
        if self.turning_points_dialog is not None:
            self.turning_points_dialog.close()
            self.turning_points_dialog.deleteLater()
        self.turning_points_dialog = TurningPointsDialog(
            self.iface, layers, self.iface.mainWindow()
        )
        self.turning_points_dialog.show()

    def open_algorithm(self, algorithm_id: str):
        """The algorithm's Processing dialog, its inputs set to the layers of the project's land
        release database (of the active layer, if it is one)."""
        import processing

        from .processing.default_inputs import initial_values

        algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
        values = {}
        if algorithm is not None:
            values = initial_values(algorithm, QgsProject.instance(), self.iface.activeLayer())
        processing.execAlgorithmDialog(algorithm_id, values)
