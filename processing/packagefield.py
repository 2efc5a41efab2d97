"""landrelease:packagefield: a field package (issue 20) of some tasks or hazards of a land
release database, for a team to take to the field with QField."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterFile,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorLayer,
)

from ..core.pgschema import DEFAULT_SCHEMA
from ..qgis_io.convert import all_features, common_values, non_finite_kind
from ..storage import postgis
from ..storage.database import layer_uri
from ..storage.derived import layer_table
from ..storage.field import package as pk
from ..storage.field.identity import database_id
from ..storage.field.project import staged_package, write_field_project
from . import parameters as p
from .algorithm import LandReleaseAlgorithm
from .inputs import source_layer

BASEMAP_METRES_PER_PIXEL = 2.0  # ground resolution of the basemap…
BASEMAP_MAX_PIXELS = 4000  # …coarser when the packed extent is wider than this many pixels


@dataclass
class _Job:
    """One packing: where, from which database, what, for whom."""

    paths: pk.PackagePaths
    target: object  # a GeoPackage path or a postgis.PgDatabase
    layers: dict
    selection: pk.Selection
    organisation: str
    team: str


class PackageField(LandReleaseAlgorithm):
    ID = "packagefield"
    DISPLAY_NAME = "Prepare field package"
    GROUP_ID = "tasking"
    GROUP = "Tasking and reports"
    ICON = "landrelease.svg"
    MAIN_THREAD = True  # the project and the tasking maps' layouts belong to the main thread
    REFRESHES_FIGURES = False  # packing only reads the database
    HELP = (
        "Makes a folder that a survey or clearance team copies to a tablet and opens in QField. "
        "It holds a QGIS project (field.qgs) and one GeoPackage (field.gpkg) with the packed "
        "tasks and their hazardous areas (or the packed hazardous areas and all their tasks), "
        "the land releases of those hazards, the survey and turning points of both, the "
        "evidence within 500 m and the districts they touch, styled and with forms as in the "
        "office (code lists in words, the organisation, team and today's date filled in for "
        "new releases, constraints with their messages); the tasking map of each packed task "
        "or hazard (in maps/, one PDF named by its id); a folder DCIM for photos; a manifest "
        "(manifest.json) and the base state the returned package is merged against "
        "(.landrelease/base.gpkg). Import field package (landrelease:syncfield) brings the "
        "team's edits back.\n\n"
        "INPUT: the tasks or hazardous areas of the land release database to pack; with "
        "'selected features only', only the selected ones.\n"
        "DATABASE: the land release GeoPackage the features come from (by default the "
        "database of INPUT).\n"
        "CONNECTION and SCHEMA: instead, a PostgreSQL/PostGIS land release database.\n"
        "ORGANISATION and TEAM: the operator and team the package is for; new land releases "
        "in the field get them.\n"
        "BASEMAP: optional raster or vector layers drawn into basemap.gpkg, an image of the "
        "packed area plus 500 m at 2 m a pixel (coarser for a wide area), for use without "
        "network.\n"
        "OUTPUT: a new or empty folder; a folder holding other files is never written into.\n\n"
        "Packing changes nothing in the database, apart from giving it its lasting id the "
        "first time."
    )

    INPUT = "INPUT"
    DATABASE = "DATABASE"
    CONNECTION = "CONNECTION"
    SCHEMA = "SCHEMA"
    ORGANISATION = "ORGANISATION"
    TEAM = "TEAM"
    BASEMAP = "BASEMAP"
    OUTPUT = "OUTPUT"
    PACKAGE_ID = "PACKAGE_ID"
    MANIFEST = "MANIFEST"

    def parameter_table(self):
        return [
            p.source(self.INPUT, self.tr("Tasks or hazardous areas to pack"), p.POLYGONS),
            QgsProcessingParameterFile(
                self.DATABASE,
                self.tr("Land release database (GeoPackage; default: the database of INPUT)"),
                QgsProcessingParameterFile.File,
                "gpkg",
                optional=True,
            ),
            p.connection(
                self.CONNECTION,
                self.tr("Or a PostgreSQL/PostGIS database (connection)"),
                "postgres",
            ),
            p.text(
                self.SCHEMA,
                self.tr("Schema of the PostgreSQL database"),
                DEFAULT_SCHEMA,
                optional=True,
            ),
            p.text(self.ORGANISATION, self.tr("Organisation"), optional=True),
            p.text(self.TEAM, self.tr("Team"), optional=True),
            p.layers(self.BASEMAP, self.tr("Basemap layers (drawn into an offline image)")),
            p.output_folder(self.OUTPUT, self.tr("Field package folder")),
            p.text_output(self.PACKAGE_ID, self.tr("Package id")),
            p.text_output(self.MANIFEST, self.tr("Manifest")),
        ]

    def check_parameters(self, parameters, context):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is not None:
            self._kind(source)
        self._output(parameters, context)

    # --- parameters ---------------------------------------------------------------------------

    def _output(self, parameters, context) -> pk.PackagePaths:
        path = self.parameterAsString(parameters, self.OUTPUT, context)
        if path == QgsProcessing.TEMPORARY_OUTPUT:
            path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        try:
            return pk.output_folder(path)
        except pk.PackageError as error:
            raise QgsProcessingException(str(error)) from None

    def _kind(self, source) -> str:
        names = set(source.fields().names())
        if "task_id" in names:
            return "task"
        if {"hazard_id", "classification"} <= names:
            return "hazard"
        raise QgsProcessingException(
            self.tr(
                "INPUT must be the task or hazard layer of a land release database (a layer "
                "with task_id, or with hazard_id and classification): choose one of them."
            )
        )

    def _target(self, parameters, context):
        """The database: CONNECTION/SCHEMA, else DATABASE, else INPUT's database."""
        connection = self.parameterAsConnectionName(parameters, self.CONNECTION, context)
        if connection:
            schema = self.parameterAsString(parameters, self.SCHEMA, context) or DEFAULT_SCHEMA
            try:
                target = postgis.resolve(connection, schema)
                postgis.check(target)
            except postgis.PostgisError as error:
                raise QgsProcessingException(self.tr("CONNECTION: {}").format(error)) from None
            return target
        path = self.parameterAsFile(parameters, self.DATABASE, context)
        if not path:
            layer = source_layer(self, parameters, self.INPUT, context)
            decoded = layer_table(layer) if layer is not None else None
            if decoded is None:
                raise QgsProcessingException(
                    self.tr(
                        "DATABASE: choose the land release database the tasks or hazards come "
                        "from (INPUT is not a layer of one)."
                    )
                )
            if isinstance(decoded[0], postgis.PgDatabase):
                return decoded[0]
            path = decoded[0]
        try:
            pk.check_geopackage(path)
        except pk.PackageError as error:
            raise QgsProcessingException(str(error)) from None
        return path

    def _items(self, source, kind: str) -> list[pk.InputItem]:
        """The tasks or hazards of INPUT (ids and uuids); refused when one cannot be packed."""
        id_field = "task_id" if kind == "task" else "hazard_id"
        has_uuid = "uuid" in source.fields().names()
        items = []
        for feature in all_features(source):
            value = pk._text(feature[id_field])
            if value is None:
                raise QgsProcessingException(
                    self.tr("INPUT: feature {} has no {}: give it its id before packing.").format(
                        feature.id(), id_field
                    )
                )
            geometry = feature.geometry()
            if non_finite_kind(geometry):
                raise QgsProcessingException(
                    self.tr(
                        "INPUT: {} has no finite coordinates (NaN or infinite): correct its "
                        "geometry in the database first."
                    ).format(value)
                )
            if geometry is None or geometry.isEmpty():
                raise QgsProcessingException(
                    self.tr("INPUT: {} has no polygon: draw it before packing.").format(value)
                )
            items.append(pk.InputItem(value, pk._text(feature["uuid"]) if has_uuid else None))
        if not items:
            raise QgsProcessingException(
                self.tr("INPUT has no features (or none selected): there is nothing to pack.")
            )
        return items

    # --- the run ------------------------------------------------------------------------------

    def _refuse_unsaved(self, parameters, context) -> None:
        """INPUT with edits not saved: the package would not hold what the user sees."""
        layer = source_layer(self, parameters, self.INPUT, context)
        if layer is not None and layer.isEditable() and layer.isModified():
            raise QgsProcessingException(
                self.tr(
                    "INPUT ({}) has unsaved edits: save or discard them first, so that the "
                    "package holds what you see."
                ).format(layer.name())
            )

    def processAlgorithm(self, parameters, context, feedback):
        self._refuse_unsaved(parameters, context)
        source = self.required_source(parameters, self.INPUT, context)
        kind = self._kind(source)
        items = self._items(source, kind)
        target = self._target(parameters, context)
        paths = self._output(parameters, context)
        try:
            layers = pk.open_office_layers(target)
            selection = pk.select(layers, kind, items, pk.database_label(target))
        except pk.PackageError as error:
            raise QgsProcessingException(str(error)) from None
        job = _Job(
            paths,
            target,
            layers,
            selection,
            self.parameterAsString(parameters, self.ORGANISATION, context).strip(),
            self.parameterAsString(parameters, self.TEAM, context).strip(),
        )
        created = not paths.folder.exists()
        try:
            content = self._pack(job, parameters, context, feedback)
        except (pk.PackageError, OSError) as error:
            pk.remove_package(paths, created)
            if isinstance(error, OSError):
                text = self.tr("OUTPUT: {} cannot be written: {}").format(
                    error.filename or paths.folder, error.strerror or error
                )
                raise QgsProcessingException(text) from None
            raise QgsProcessingException(str(error)) from None
        except QgsProcessingException:
            pk.remove_package(paths, created)
            raise
        feedback.pushInfo(
            self.tr("Field package {} written to {}: {}").format(
                content["package_id"],
                paths.folder,
                ", ".join(f"{n} {c}" for n, c in content["layers"].items()),
            )
        )
        return {
            self.OUTPUT: str(paths.folder),
            self.PACKAGE_ID: content["package_id"],
            self.MANIFEST: str(paths.manifest),
        }

    def _pack(self, job: _Job, parameters, context, feedback) -> dict:
        """Every file of the package; the manifest last. Steps: the data, the basemap, the
        project, one per tasking map, the seal."""
        paths = job.paths
        steps = QgsProcessingMultiStepFeedback(4 + len(job.selection.ids), feedback)
        pk.make_folder(paths)
        pk.write_data(job.target, job.layers, job.selection, paths.data)
        pk.copy_settings(job.target, paths, feedback)
        for value in pk.copy_photos(job.target, paths):
            feedback.pushWarning(
                self.tr(
                    "The photo {} of a packed feature is not in the database (or cannot be "
                    "read): it is not in the package."
                ).format(value)
            )
        self._next_step(feedback, steps, 1)
        self._basemap(paths, job.selection, parameters, context, steps)
        self._next_step(feedback, steps, 2)
        title = self.tr("Field package: {}").format(", ".join(job.selection.ids[:5]))
        with staged_package(paths) as staged:
            write_field_project(paths, staged, job.selection, title, job.organisation, job.team)
        self._next_step(feedback, steps, 3)
        with staged_package(paths) as staged:
            self._maps(paths, staged, job.selection, job.organisation, context, feedback, steps)
        self._next_step(feedback, steps, 3 + len(job.selection.ids))
        sha256 = pk.seal_base(paths)
        try:
            identity = database_id(job.target)
        except Exception as error:  # noqa: BLE001 - the sync helper's function, any backend
            where = self.CONNECTION if isinstance(job.target, postgis.PgDatabase) else "DATABASE"
            raise pk.PackageError(
                self.tr("{}: the database's id cannot be read: {}").format(where, error)
            ) from None
        content = pk.manifest(
            paths,
            database_id=identity,
            database=pk.database_label(job.target),
            created_by=str(common_values().get("created_by") or ""),
            organisation=job.organisation,
            team=job.team,
            selection=job.selection,
            base_sha256=sha256,
            plugin_version=pk.plugin_version(),
        )
        feedback.setProgress(100)
        return content

    def _stop_if_cancelled(self, feedback) -> None:
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Cancelled: no package was written."))

    def _next_step(self, feedback, steps, number: int) -> None:
        """On to step ``number`` of ``steps`` (made of ``feedback``, whose cancel it does not
        see when it came before)."""
        self._stop_if_cancelled(feedback)
        steps.setCurrentStep(number)

    def _basemap(self, paths, selection, parameters, context, feedback) -> None:
        """basemap.gpkg: BASEMAP drawn over the packed extent plus the margin."""
        import processing

        chosen = self.parameterAsLayerList(parameters, self.BASEMAP, context)
        if not chosen or selection.extent.isEmpty():
            return
        extent = pk._margin_rect(selection.extent, selection.crs)
        size = max(extent.width(), extent.height())
        per_pixel = BASEMAP_METRES_PER_PIXEL
        if selection.crs.isGeographic():
            per_pixel /= 111_320.0
        per_pixel = max(per_pixel, size / BASEMAP_MAX_PIXELS)
        box = QgsRectangle(extent)
        processing.run(
            "native:rasterize",
            {
                "EXTENT": f"{box.xMinimum()},{box.xMaximum()},{box.yMinimum()},"
                f"{box.yMaximum()} [{selection.crs.authid()}]",
                "EXTENT_BUFFER": 0,
                "TILE_SIZE": 512,
                "MAP_UNITS_PER_PIXEL": per_pixel,
                "MAKE_BACKGROUND_TRANSPARENT": False,
                "LAYERS": chosen,
                "OUTPUT": str(paths.basemap),
            },
            context=context,
            feedback=feedback,
            is_child_algorithm=True,
        )
        if not QgsRasterLayer(str(paths.basemap), "basemap", "gdal").isValid():
            raise pk.PackageError(self.tr("BASEMAP: the basemap could not be drawn."))
        feedback.pushInfo(
            self.tr("Basemap: {:.1f} m a pixel, {} × {} pixels").format(
                per_pixel * (111_320.0 if selection.crs.isGeographic() else 1.0),
                math.ceil(extent.width() / per_pixel),
                math.ceil(extent.height() / per_pixel),
            )
        )

    def _maps(self, paths, staged, selection, organisation, context, feedback, steps) -> None:
        """maps/<id>.pdf: the tasking map of each packed task or hazard."""
        import processing

        def layer(name):
            return QgsVectorLayer(layer_uri(str(staged.data), name), name, "ogr")

        id_field = f"{selection.kind}_id"
        basemap = [str(staged.basemap)] if staged.basemap.exists() else []
        points, releases, evidence, tasks = (
            layer(n) for n in ("survey_point", "land_release", "evidence", "task")
        )
        for number, packed_id in enumerate(selection.ids):
            self._next_step(feedback, steps, 3 + number)
            one = layer(selection.kind)
            one.setSubsetString(f'"{id_field}" = ' + _sql_literal(packed_id))
            processing.run(
                "landrelease:taskingmaps",
                {
                    "INPUT": one,
                    "POINTS": points,
                    "RELEASES": releases,
                    "EVIDENCE": evidence,
                    "TASKS": tasks,
                    "LAYERS": basemap,
                    "ORGANISATION": organisation,
                    "LANGUAGE": 0,
                    "OUTPUT": str(paths.maps / f"{_file_name(packed_id)}.pdf"),
                },
                context=context,
                feedback=steps,
                is_child_algorithm=True,
            )


def _sql_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _file_name(packed_id: str) -> str:
    """An id as a file name on every system the folder is copied to."""
    return re.sub(r"[^\w.-]", "_", packed_id).strip(".") or "_"
