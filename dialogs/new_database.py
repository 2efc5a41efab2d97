"""The New database dialog and the Open database actions.

The dialog creates a land release database, a GeoPackage file or a schema in a PostgreSQL/PostGIS
database, through the ``landrelease:createdatabase`` algorithm, and adds its layers to the
project; or it connects to a land release schema that the database administrator created.
"""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
import traceback
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsMessageLog,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsReferencedRectangle,
    QgsVectorLayer,
)
from qgis.gui import QgsFileWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QComboBox, QCompleter, QDialog, QDialogButtonBox, QFileDialog

from ..core.model import DEFAULT_CRS
from ..core.pgschema import DEFAULT_SCHEMA, valid_schema_name
from ..storage import postgis
from ..storage.database import DatabaseError, load_database

try:  # QGIS >= 3.14
    from qgis.gui import QgsProviderConnectionComboBox
except ImportError:  # pragma: no cover - every supported QGIS has it
    QgsProviderConnectionComboBox = None

FORM_CLASS, _ = uic.loadUiType(str(Path(__file__).with_name("new_database.ui")))
ALGORITHM_ID = "landrelease:createdatabase"
LOG_TAG = "Land Release"
# A new GeoPackage takes about 0.75 MB; with less free space than this it is not started.
MIN_FREE_BYTES = 5 * 1024 * 1024
MAX_NAME_BYTES = 255  # what the file systems take for one name


def tr(text: str) -> str:
    return QCoreApplication.translate("NewDatabaseDialog", text)


def new_file_problem(path: str) -> str:
    """Why a new GeoPackage cannot be made at ``path``, in words ("" when it can): the path
    as typed (whole, no control characters, a name the file system takes), a file already
    there, a missing folder, a full disk. Never raises."""
    try:
        return _new_file_problem(path)
    except (OSError, ValueError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        return tr("The path {} cannot be used ({}): choose another folder or name.").format(
            path, reason
        )


def _new_file_problem(path: str) -> str:
    if not path:
        return tr("Choose where to save the new database.")
    if any(ord(c) < 32 or ord(c) == 127 for c in path):
        return tr("The path holds a line break or another control character: type the name again.")
    if not os.path.isabs(path):
        return tr(
            "Give the whole path of the new database, its folder and its name (e.g. "
            "/home/me/Agdam.gpkg), or choose it with the … button."
        )
    name_bytes = len(Path(path).name.encode("utf-8"))
    if name_bytes > MAX_NAME_BYTES:
        return tr(
            "The file name is {} bytes long, and at most {} fit: choose a shorter name."
        ).format(name_bytes, MAX_NAME_BYTES)
    if Path(path).exists():
        return tr("This file already exists; a database is never overwritten. Choose a new name.")
    folder = Path(path).parent
    if folder.exists() and not folder.is_dir():
        return tr("{} is a file, not a folder: choose a folder.").format(folder)
    if not folder.is_dir():
        return tr("The folder does not exist: {}. Create it first or choose another.").format(
            folder
        )
    return _room_problem(folder)


def _room_problem(folder) -> str:
    """A folder that takes no new file (read-only, a system folder) or a full disk."""
    if not os.access(folder, os.W_OK):
        return tr(
            "The folder {} is read-only: ask for write access or choose another folder."
        ).format(folder)
    usage = shutil.disk_usage(folder)
    if usage.total == 0:
        return tr(
            "The folder {} is a system folder that takes no files: choose another folder."
        ).format(folder)
    if usage.free < MIN_FREE_BYTES:
        return _disk_full(folder, usage.free)
    return ""


def _disk_full(folder, free: int) -> str:
    return tr(
        "The disk holding {} is full ({:.1f} MB free; a new database needs about 1 MB and room "
        "to grow): free space or choose another folder."
    ).format(folder, free / 1e6)


def folder_write_problem(folder) -> str:
    """Whether a new file can really be written in ``folder`` (a read-only disk, a system
    folder, a share without write access, a full disk); "" when it can."""
    try:
        problem = _room_problem(folder)
        if problem:
            return problem
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".landrelease-", suffix=".tmp") as f:
            f.write(b"\0" * 65536)
            f.flush()
            os.fsync(f.fileno())
    except OSError as error:
        if error.errno == errno.ENOSPC:
            return _disk_full(folder, 0)
        return tr(
            "The folder {} does not take new files ({}): ask for write access or choose "
            "another folder."
        ).format(folder, error.strerror or error)
    return ""


def _log_unexpected(error: Exception) -> str:
    """A message for an error nobody foresaw; its traceback goes to the message log."""
    QgsMessageLog.logMessage(
        "".join(traceback.format_exception(type(error), error, error.__traceback__)),
        LOG_TAG,
        Qgis.Critical,
    )
    return tr(
        "The database could not be made: {}. Nothing was changed in the project; the details "
        "are in the message log (Land Release)."
    ).format(str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__)


def _run_algorithm(parameters: dict) -> dict:
    """Run ``landrelease:createdatabase``; raise QgsProcessingException with its message."""
    import processing  # QGIS's Processing plugin

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(
        ALGORITHM_ID, parameters, context=context, feedback=QgsProcessingFeedback()
    )


def create_database(path: str, crs: QgsCoordinateReferenceSystem) -> str:
    """A new land release GeoPackage at ``path``; its path."""
    return _run_algorithm({"OUTPUT": path, "CRS": crs})["OUTPUT"]


def create_postgis_database(
    connection: str, schema: str, crs: QgsCoordinateReferenceSystem
) -> postgis.PgDatabase:
    """A new land release schema in the PostgreSQL database of ``connection`` (a QGIS
    connection name or a connection string); raise QgsProcessingException with the reason."""
    results = _run_algorithm({"CONNECTION": connection, "SCHEMA": schema, "CRS": crs})
    return postgis.PgDatabase(results["OUTPUT"], results["SCHEMA"])


def connect_postgis_database(connection: str, schema: str, project: QgsProject | None = None):
    """Add the layers of an existing land release schema to ``project``: (database, layers).
    Raise DatabaseError with the reason."""
    try:
        database = postgis.resolve(connection, schema)
    except postgis.PostgisError as error:
        raise DatabaseError(str(error)) from error
    return database, load_database(database, project or QgsProject.instance())


def data_extent(layers: dict[str, QgsVectorLayer]) -> QgsReferencedRectangle | None:
    """Where a database's data is: its districts, else its hazards, else the area of use of its
    CRS (a new database is empty); None when none is known."""
    for name in ("district", "hazard"):
        layer = layers.get(name)
        if layer is not None and layer.isValid() and layer.featureCount() > 0:
            layer.updateExtents()
            extent = layer.extent()
            if not extent.isNull() and extent.isFinite():
                return QgsReferencedRectangle(extent, layer.crs())
    any_layer = next((lyr for lyr in layers.values() if lyr.crs().isValid()), None)
    if any_layer is None or any_layer.crs().bounds().isEmpty():
        return None
    return QgsReferencedRectangle(
        any_layer.crs().bounds(), QgsCoordinateReferenceSystem("EPSG:4326")
    )


def zoom_to_data(iface, layers: dict[str, QgsVectorLayer]) -> None:
    """The map canvas on the database's data (a new database: its CRS's area of use), instead
    of 1:1 on nothing."""
    canvas = iface.mapCanvas() if iface is not None else None
    extent = data_extent(layers)
    if canvas is None or extent is None:
        return
    try:
        transform = QgsCoordinateTransform(
            extent.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance()
        )
        target = transform.transformBoundingBox(extent)
    except QgsCsException:
        return
    if not target.isFinite() or target.isEmpty():
        return
    target.scale(1.05)
    canvas.setExtent(target)
    canvas.refresh()


class NewDatabaseDialog(QDialog, FORM_CLASS):
    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.iface = iface
        self.fileWidget.setStorageMode(QgsFileWidget.SaveFile)
        self.fileWidget.setFilter(tr("GeoPackage (*.gpkg)"))
        self.fileWidget.setDialogTitle(tr("New land release database"))
        self.crsWidget.setCrs(QgsCoordinateReferenceSystem(DEFAULT_CRS))

        self.connectionCombo = self._connection_combo()
        self.connectionCombo.setObjectName("connectionCombo")
        self.connectionContainer.layout().addWidget(self.connectionCombo)
        self.connectionLabel.setBuddy(self.connectionCombo)
        self.connectionCombo.setToolTip(self.connectionLabel.toolTip())
        self.schemaLabel.setBuddy(self.schemaEdit)
        self.schemaEdit.setText(DEFAULT_SCHEMA)
        self.setTabOrder(self.fileWidget, self.connectionCombo)
        self.setTabOrder(self.connectionCombo, self.schemaEdit)

        self.fileWidget.fileChanged.connect(self._validate)
        self.crsWidget.crsChanged.connect(self._validate)
        self.connectionCombo.editTextChanged.connect(self._validate)
        self.connectionCombo.currentIndexChanged.connect(self._validate)
        self.schemaEdit.textChanged.connect(self._validate)
        self.postgisRadio.toggled.connect(self._mode_changed)
        self.existingCheckBox.toggled.connect(self._mode_changed)
        self._mode_changed()

    # --- widgets ---------------------------------------------------------------------------

    def _connection_combo(self) -> QComboBox:
        """QGIS's saved PostgreSQL connections, in a combo box that also takes a typed
        connection string."""
        if QgsProviderConnectionComboBox is not None:
            combo = QgsProviderConnectionComboBox(postgis.PROVIDER, self)
        else:
            combo = QComboBox(self)
            combo.addItems(postgis.connection_names())
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.NoInsert)
        # A long connection string scrolls in the box instead of widening the dialog.
        combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(30)
        combo.completer().setCompletionMode(QCompleter.PopupCompletion)
        combo.lineEdit().setPlaceholderText(
            tr("A saved connection, or dbname=… host=… user=… or postgresql://…")
        )
        return combo

    def on_postgis(self) -> bool:
        return self.postgisRadio.isChecked()

    def connect_existing(self) -> bool:
        return self.on_postgis() and self.existingCheckBox.isChecked()

    def connection(self) -> str:
        return self.connectionCombo.currentText().strip()

    def schema(self) -> str:
        return self.schemaEdit.text().strip()

    def path(self) -> str:
        text = self.fileWidget.filePath().strip()
        if text and not text.lower().endswith(".gpkg"):
            text += ".gpkg"
        return text

    def _mode_changed(self, *_):
        postgis_mode = self.on_postgis()
        existing = self.connect_existing()
        for widget in (self.fileLabel, self.fileWidget):
            widget.setVisible(not postgis_mode)
        for widget in (
            self.connectionLabel,
            self.connectionContainer,
            self.schemaLabel,
            self.schemaEdit,
        ):
            widget.setVisible(postgis_mode)
        self.existingCheckBox.setVisible(False)  # connecting has its own dialog
        # An existing schema has its CRS, and connecting means adding its layers.
        for widget in (self.crsLabel, self.crsWidget, self.loadCheckBox):
            widget.setVisible(not existing)
        ok = self.buttonBox.button(QDialogButtonBox.Ok)
        if existing:
            self.introLabel.setText(
                tr(
                    "Adds the layers of an existing land release schema of a PostgreSQL/PostGIS "
                    "database to the project, with their styles and forms, to work on the data "
                    "that your colleagues share."
                )
            )
            ok.setText(tr("Add Layers"))
        elif postgis_mode:
            self.introLabel.setText(
                tr(
                    "Creates a schema in a PostgreSQL/PostGIS database with every land release "
                    "layer, styled and with forms, and the roles landrelease_viewer, "
                    "landrelease_editor, landrelease_qm and landrelease_admin, and adds it to the "
                    "project. Use the database owner's login or a superuser's: the schema and its "
                    "edit log belong to the role landrelease_owner, which no day-to-day login "
                    "holds."
                )
            )
            ok.setText(tr("Create"))
        else:
            self.introLabel.setText(
                tr(
                    "Creates a GeoPackage with every land release layer (hazards, land release, "
                    "evidence, survey points, minefield records, tasks, districts, edit log), "
                    "styled and with forms, and adds it to the project."
                )
            )
            ok.setText(tr("Create"))
        self._validate()
        self._fit_height()

    def _fit_height(self):
        """Grow the dialog when the rows or the wrapped texts of a mode need more room (Qt
        does not count the height of word-wrapped labels in a window's minimum size)."""
        layout = self.layout()
        layout.activate()
        if layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
        else:
            needed = layout.totalSizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)

    def showEvent(self, event):  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._fit_height()

    # --- validation as the user types ------------------------------------------------------

    def _problem(self) -> str:
        if not self.on_postgis():
            return self._file_problem()
        return self._postgis_problem()

    def _file_problem(self) -> str:
        problem = new_file_problem(self.path())
        if problem:
            return problem
        if not self.crsWidget.crs().isValid():
            return tr("Choose a storage CRS.")
        return ""

    def _postgis_problem(self) -> str:
        connection = self.connection()
        if not connection:
            return tr(
                "Choose a PostgreSQL connection saved in QGIS, or type a connection string "
                "(dbname=… host=… user=… or postgresql://…)."
            )
        if connection not in postgis.connection_names() and not postgis.looks_like_connection(
            connection
        ):
            return tr(
                "{} is neither a PostgreSQL connection saved in QGIS nor a connection string "
                "(dbname=… host=… user=… or postgresql://…)."
            ).format(connection)
        schema = self.schema()
        if not schema:
            return tr("Type the name of the schema.")
        if not valid_schema_name(schema):
            return tr(
                "{} is not a usable schema name: use lower-case letters, digits and _, "
                "starting with a letter."
            ).format(schema)
        try:
            postgis.resolve(connection, schema)
        except postgis.PostgisError as error:
            return str(error)
        if self.connect_existing():
            return ""
        crs = self.crsWidget.crs()
        if not crs.isValid():
            return tr("Choose a storage CRS.")
        if not crs.authid().upper().startswith("EPSG:"):
            return tr("A PostGIS database needs an EPSG CRS: choose one from the list.")
        return ""

    def _validate(self, *_):
        problem = self._problem()
        self.messageLabel.setText(problem)
        self.buttonBox.button(QDialogButtonBox.Ok).setEnabled(not problem)

    # --- OK ----------------------------------------------------------------------------------

    def accept(self):
        problem = self._problem()
        if problem:
            self._validate()
            return
        if not self.on_postgis():
            problem = folder_write_problem(Path(self.path()).parent)
            if problem:
                self.messageLabel.setText(problem)
                return
        QgsApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            if self.connect_existing():
                database, layers = connect_postgis_database(
                    self.connection(), self.schema(), QgsProject.instance()
                )
                zoom_to_data(self.iface, layers)
                done = tr("Added the land release schema {}").format(database.label)
            elif self.on_postgis():
                database = create_postgis_database(
                    self.connection(), self.schema(), self.crsWidget.crs()
                )
                if self.loadCheckBox.isChecked():
                    zoom_to_data(self.iface, load_database(database, QgsProject.instance()))
                done = tr("Created the land release schema {}").format(database.label)
            else:
                created = create_database(self.path(), self.crsWidget.crs())
                if self.loadCheckBox.isChecked():
                    zoom_to_data(self.iface, load_database(created, QgsProject.instance()))
                done = tr("Created {}").format(created)
        except (QgsProcessingException, DatabaseError, postgis.PostgisError) as error:
            QgsApplication.restoreOverrideCursor()
            self.messageLabel.setText(self._failure_message(str(error)))
            return
        except Exception as error:  # noqa: BLE001 - shown in words, the traceback logged
            QgsApplication.restoreOverrideCursor()
            self.messageLabel.setText(_log_unexpected(error))
            return
        QgsApplication.restoreOverrideCursor()
        self.iface.messageBar().pushMessage(tr("Land Release"), done, Qgis.Success, 5)
        super().accept()

    def _failure_message(self, message: str) -> str:
        """The reason a creation failed, in words: a GeoPackage's folder or disk as the file
        system tells it now, else the message without the SQL it may quote."""
        from ..storage.recording import without_sql

        if not self.on_postgis():
            problem = folder_write_problem(Path(self.path()).parent)
            if problem:
                return problem
        reason = without_sql(message)
        if reason == message.strip():
            return message
        QgsMessageLog.logMessage(message, LOG_TAG, Qgis.Warning)
        return tr(
            "The database could not be made: {}. Nothing was created; the details are in the "
            "message log (Land Release)."
        ).format(reason or tr("the database engine failed"))


class ConnectDatabaseDialog(NewDatabaseDialog):
    """*Connect to Shared Database (PostGIS)*: the connection and the schema of an existing land
    release database, whose layers are added to the project; nothing is created."""

    def __init__(self, iface, parent=None):
        super().__init__(iface, parent)
        self.setObjectName("ConnectDatabaseDialog")
        self.setWindowTitle(tr("Connect to Shared Database (PostGIS)"))
        self.postgisRadio.setChecked(True)
        self.existingCheckBox.setChecked(True)
        for widget in (self.backendLabel, self.geopackageRadio, self.postgisRadio):
            widget.setVisible(False)
        self._mode_changed()

    def connect_existing(self) -> bool:
        return True


def open_database(iface, parent=None) -> dict | None:
    """Ask for a land release GeoPackage and add its layers to the project."""
    path, _ = QFileDialog.getOpenFileName(
        parent, tr("Open land release database"), "", tr("GeoPackage (*.gpkg *.GPKG)")
    )
    if not path:
        return None
    try:
        layers = load_database(path, QgsProject.instance())
    except DatabaseError as error:
        iface.messageBar().pushMessage(tr("Land Release"), str(error), Qgis.Critical, 10)
        return None
    except Exception as error:  # noqa: BLE001 - shown in words, the traceback logged
        iface.messageBar().pushMessage(
            tr("Land Release"), _log_unexpected(error), Qgis.Critical, 10
        )
        return None
    zoom_to_data(iface, layers)
    iface.messageBar().pushMessage(tr("Land Release"), tr("Added {}").format(path), Qgis.Success, 5)
    return layers


def open_postgis_database(iface, connection: str, schema: str = DEFAULT_SCHEMA) -> dict | None:
    """Add the layers of the existing land release schema ``schema`` of a PostgreSQL database
    (``connection``: a QGIS connection name or a connection string) to the project; errors go
    to the message bar. The layers by table name, or None."""
    try:
        database, layers = connect_postgis_database(connection, schema, QgsProject.instance())
    except DatabaseError as error:
        iface.messageBar().pushMessage(tr("Land Release"), str(error), Qgis.Critical, 10)
        return None
    zoom_to_data(iface, layers)
    iface.messageBar().pushMessage(
        tr("Land Release"), tr("Added {}").format(database.label), Qgis.Success, 5
    )
    return layers
