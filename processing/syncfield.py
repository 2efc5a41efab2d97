"""landrelease:syncfield: a field package returned from QField merged into the land release
database it came from, in one transaction, with a report of every change and conflict."""

from __future__ import annotations

import csv
import html
import re
from pathlib import Path

from qgis.core import QgsProcessing, QgsProcessingException, QgsProcessingParameterFile
from qgis.PyQt.QtCore import QCoreApplication

from ..core import field_merge, model
from ..core.pgschema import DEFAULT_SCHEMA
from ..storage import postgis
from ..storage.field.sync import ReportRow, SyncError, SyncResult, sync_package
from . import parameters as p
from .algorithm import LandReleaseAlgorithm

REPORT_COLUMNS = (
    "action",
    "layer",
    "feature_id",
    "uuid",
    "field",
    "base_value",
    "office_value",
    "field_value",
    "message",
    "changed_by",
    "device_time",
)


class SyncField(LandReleaseAlgorithm):
    ID = "syncfield"
    DISPLAY_NAME = "Import field package"
    GROUP_ID = "tasking"
    GROUP = "Tasking and reports"
    MAIN_THREAD = True  # the database's layers in the project are reloaded after the sync
    NEEDS_SHAPELY = True  # the areas and the live checks of the releases
    REFRESHES_FIGURES = False  # the sync settles the figures inside its own transaction
    HELP = (
        "Merges a field package returned from QField into the land release database it was "
        "made from, in one transaction: every field edit since packing (new, changed and "
        "deleted hazards, releases, survey points, evidence and tasks) is written with the edit "
        "log, the hazards' remaining areas and statuses are recomputed, and photos are copied "
        "into the database's photo folder.\n\n"
        "A field that was changed both in the office and in the field since packing is a "
        "conflict: the office value stays, the field value is kept in the sync_conflict table "
        "and listed in the report. Nothing is overwritten silently. Syncing the same package "
        "again changes nothing.\n\n"
        "INPUT: the package folder as it came back from the tablet (manifest.json, field.gpkg "
        "and the hidden .landrelease folder).\n"
        "DATABASE: the land release GeoPackage the package was made from.\n"
        "CONNECTION and SCHEMA: instead, the PostgreSQL/PostGIS database and schema.\n"
        "OUTPUT_REPORT: a CSV table, one row per change, conflict, refusal or finding; an HTML "
        "summary with the same name beside it.\n\n"
        "A package made from another database, a damaged field.gpkg, a changed base state, or "
        "a field edit the record dialog would refuse (a release outside its hazard, an end date "
        "before the start date...) is refused with a message, and the database is left exactly "
        "as it was."
    )

    INPUT = "INPUT"
    DATABASE = "DATABASE"
    CONNECTION = "CONNECTION"
    SCHEMA = "SCHEMA"
    OUTPUT_REPORT = "OUTPUT_REPORT"
    ADDED = "ADDED"
    CHANGED = "CHANGED"
    DELETED = "DELETED"
    CONFLICTS = "CONFLICTS"

    def parameter_table(self):
        return [
            p.input_folder(self.INPUT, self.tr("Returned field package (folder)")),
            QgsProcessingParameterFile(
                self.DATABASE,
                self.tr("Land release database (GeoPackage)"),
                QgsProcessingParameterFile.File,
                fileFilter=self.tr("GeoPackage (*.gpkg *.GPKG)"),
                optional=True,
            ),
            p.connection(
                self.CONNECTION,
                self.tr("Or a PostgreSQL/PostGIS database (connection)"),
                "postgres",
            ),
            p.text(self.SCHEMA, self.tr("Schema"), DEFAULT_SCHEMA, optional=True),
            p.output_file(
                self.OUTPUT_REPORT, self.tr("Sync report (CSV)"), self.tr("CSV files (*.csv)")
            ),
            p.count(self.ADDED, self.tr("Rows added")),
            p.count(self.CHANGED, self.tr("Rows changed")),
            p.count(self.DELETED, self.tr("Rows deleted")),
            p.count(self.CONFLICTS, self.tr("New conflicts")),
        ]

    def check_parameters(self, parameters, context):
        folder = self.parameterAsFile(parameters, self.INPUT, context)
        if not folder or not Path(folder).is_dir():
            raise QgsProcessingException(
                self.tr("INPUT: {} is not a folder: choose the returned field package.").format(
                    folder
                )
            )
        self._target(parameters, context)

    def _target(self, parameters, context):
        """The database to sync into: a GeoPackage path or a ``postgis.PgDatabase``."""
        connection = self.parameterAsConnectionName(parameters, self.CONNECTION, context)
        if connection:
            schema = self.parameterAsString(parameters, self.SCHEMA, context) or DEFAULT_SCHEMA
            try:
                return postgis.resolve(connection, schema)
            except postgis.PostgisError as error:
                raise QgsProcessingException(str(error)) from error
        path = self.parameterAsFile(parameters, self.DATABASE, context)
        if not path:
            raise QgsProcessingException(
                self.tr(
                    "DATABASE: choose the land release GeoPackage the package was made from, or "
                    "a PostgreSQL connection and schema."
                )
            )
        if not Path(path).is_file():
            raise QgsProcessingException(self.tr("DATABASE: {} does not exist.").format(path))
        return path

    def processAlgorithm(self, parameters, context, feedback):
        folder = self.parameterAsFile(parameters, self.INPUT, context)
        target = self._target(parameters, context)
        report = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context)
        if not report or report == QgsProcessing.TEMPORARY_OUTPUT:
            raise QgsProcessingException(self.tr("OUTPUT_REPORT: choose a .csv file name."))
        try:
            result = sync_package(folder, target, feedback)
        except SyncError as error:
            if error.rows:
                self._write_report(report, SyncResult(rows=error.rows), folder)
                feedback.reportError(self.tr("The refusals are listed in {}").format(report))
            raise QgsProcessingException(self.tr("INPUT: {}").format(error)) from None
        self._write_report(report, result, folder)
        feedback.pushInfo(
            self.tr("{} added, {} changed, {} deleted, {} new conflict(s).").format(
                result.added, result.changed, result.deleted, result.conflicts
            )
        )
        for row in result.rows:
            if row.action == field_merge.FINDING:
                feedback.pushWarning(row.message)
        return {
            self.ADDED: result.added,
            self.CHANGED: result.changed,
            self.DELETED: result.deleted,
            self.CONFLICTS: result.conflicts,
            self.OUTPUT_REPORT: report,
        }

    def _write_report(self, path: str, result: SyncResult, folder: str) -> None:
        try:
            with open(path, "w", encoding="utf-8", newline="") as stream:
                writer = csv.writer(stream)
                writer.writerow(REPORT_COLUMNS)
                writer.writerows(_csv_row(r) for r in result.rows)
            Path(path).with_suffix(".html").write_text(self._html(result, folder), encoding="utf-8")
        except OSError as error:
            raise QgsProcessingException(
                self.tr("OUTPUT_REPORT: cannot write {}: {}").format(path, error)
            ) from error

    def _html(self, result: SyncResult, folder: str) -> str:
        counts = [
            (self.tr("Added"), result.added),
            (self.tr("Changed"), result.changed),
            (self.tr("Deleted"), result.deleted),
            (self.tr("New conflicts"), result.conflicts),
        ]
        sections = [
            (self.tr("Refused"), field_merge.REFUSED),
            (self.tr("Conflicts (the office value stays)"), field_merge.CONFLICT),
            (self.tr("Findings"), field_merge.FINDING),
            (self.tr("Added"), field_merge.ADDED),
            (self.tr("Changed"), field_merge.CHANGED),
            (self.tr("Deleted"), field_merge.DELETED),
        ]
        head = [
            self.tr("Layer"),
            self.tr("Feature"),
            self.tr("Field"),
            self.tr("When packed"),
            self.tr("In the office"),
            self.tr("From the field"),
            self.tr("By"),
            self.tr("Message"),
        ]
        title = html.escape(self.tr("Field package sync"))
        parts = [
            "<!DOCTYPE html><html><head><meta charset='utf-8'>",
            f"<title>{title}</title><style>{_STYLE}</style></head><body>",
            f"<h1>{title}</h1>",
            f"<p>{html.escape(str(folder))}</p><table>",
        ]
        parts += [f"<tr><th>{html.escape(k)}</th><td>{v}</td></tr>" for k, v in counts]
        parts.append("</table>")
        for heading, action in sections:
            rows = [r for r in result.rows if r.action == action]
            if rows:
                parts.append(f"<h2>{html.escape(heading)} ({len(rows)})</h2><table>")
                parts.append("<tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in head))
                parts += [_html_row(r) for r in rows]
                parts.append("</table>")
        parts.append("</body></html>")
        return "\n".join(parts)


_STYLE = (
    "body{font-family:sans-serif}table{border-collapse:collapse;margin-bottom:1em}"
    "th,td{border:1px solid #999;padding:2px 6px;text-align:left;vertical-align:top}"
)
_LONG_DECIMALS = re.compile(r"(\d+\.\d{2})\d+")


def _shown(value) -> str:
    """A value as the summary shows it: "–" for none, coordinates to the centimetre, a long
    one (a polygon's WKT) cut."""
    if value is None or value == "":
        return "–"
    return _short(_LONG_DECIMALS.sub(r"\1", str(value)))


def _html_row(row: ReportRow) -> str:
    layer = model.LAYERS_BY_NAME.get(row.layer)
    cells = [
        QCoreApplication.translate(model.TR_CONTEXT, layer.label) if layer else row.layer,
        row.feature_id or row.uuid,
        _field_label(layer, row.field),
        _shown(row.base),
        _shown(row.office),
        _shown(row.field_value),
        row.changed_by or "",
        row.message or "",
    ]
    return "<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in cells) + "</tr>"


def _field_label(layer, name: str) -> str:
    if not name:
        return ""
    if name == field_merge.GEOMETRY:
        return QCoreApplication.translate("SyncField", "Geometry")
    if layer is not None and name in layer.field_names():
        return QCoreApplication.translate(model.TR_CONTEXT, layer.field(name).label)
    return name


def _csv_row(row: ReportRow) -> list:
    return [
        row.action,
        row.layer,
        row.feature_id,
        row.uuid,
        row.field,
        row.base,
        row.office,
        row.field_value,
        row.message,
        row.changed_by,
        row.device_time,
    ]


def _short(value, chars: int = 80) -> str:
    """A value as the summary shows it: a long one (a geometry's WKT) cut."""
    text = "NULL" if value is None else str(value)
    return text if len(text) <= chars else text[:chars] + "…"
