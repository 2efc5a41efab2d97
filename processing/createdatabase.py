"""landrelease:createdatabase: a new land release database (GeoPackage or PostGIS schema) with
every layer, style and form."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessing,
    QgsProcessingException,
)

from ..core.model import DEFAULT_CRS
from ..core.pgschema import DEFAULT_SCHEMA
from ..core.programme import BEARING_UNITS
from ..qgis_io import convert
from ..storage import postgis, programme
from ..storage.database import DatabaseError, create_geopackage, create_postgis, load_on_completion
from . import parameters as p
from .algorithm import LandReleaseAlgorithm


class CreateDatabase(LandReleaseAlgorithm):
    ID = "createdatabase"
    DISPLAY_NAME = "Create land release database"
    GROUP_ID = "database"
    GROUP = "Database"
    ICON = "new_database.svg"
    HELP = (
        "Creates a new GeoPackage holding every layer of the land release data model: line of "
        "contact, evidence, hazardous areas (SHA/CHA), land release (cancelled, reduced, cleared), "
        "survey points, minefield records and traverse legs, tasks, districts and the edit log.\n\n"
        "Each layer carries its IMAS land release symbology, its attribute form with the code "
        "lists as drop-down lists, its constraints, and fields filled automatically (uuid, "
        "created/updated time and user, ellipsoidal area in m²).\n\n"
        "OUTPUT: the new .gpkg file. An existing file is never overwritten. Run from the "
        "toolbox, the new layers are added to the project in one group, with their relations.\n"
        "CONNECTION and SCHEMA: instead of a file, a shared PostgreSQL/PostGIS database (a "
        "PostgreSQL connection saved in QGIS, or a connection string such as "
        "dbname=mine_action host=server user=admin, or a postgresql:// URI) and the new schema "
        "to create in it. The tables, triggers, edit log, styles (in layer_styles) and the "
        "roles landrelease_viewer, landrelease_editor, landrelease_qm and landrelease_admin are "
        "created in one go, with row-level security by organisation (organisation_member); the "
        "schema and its edit log belong to the role landrelease_owner, which no day-to-day "
        "login holds, so run it with the database owner's login or a superuser's; an existing "
        "schema is never touched.\n"
        "CRS: the storage CRS, a projected CRS in metres is recommended "
        "(default EPSG:32638, UTM zone 38N). Areas are always ellipsoidal (WGS 84).\n"
        "BEARING_UNIT: the programme's bearing unit, printed beside grid bearings on tasking "
        "maps: 0 degrees (default), 1 mils (6400 to the circle), 2 Soviet mils (6000 to the "
        "circle, written 12-50). Stored with the database (GeoPackage metadata, or the PostGIS "
        "schema's comment)."
    )

    OUTPUT = "OUTPUT"
    CRS = "CRS"
    CONNECTION = "CONNECTION"
    SCHEMA = "SCHEMA"
    BEARING_UNIT = "BEARING_UNIT"

    # GDAL/SQLite work is thread safe, but a GeoPackage being created is not shared.
    MAIN_THREAD = True

    def parameter_table(self):
        units = [
            self.tr("Degrees"),
            self.tr("Mils (6400)"),
            self.tr("Soviet mils (6000, written 12-50)"),
        ]
        return [
            p.crs(self.CRS, self.tr("Storage CRS"), DEFAULT_CRS),
            p.output_file(
                self.OUTPUT,
                self.tr("Land release database"),
                self.tr("GeoPackage (*.gpkg *.GPKG)"),
                optional=True,
            ),
            p.connection(
                self.CONNECTION,
                self.tr("Or a PostgreSQL/PostGIS database (connection)"),
                "postgres",
            ),
            p.text(
                self.SCHEMA,
                self.tr("Schema to create in the PostgreSQL database"),
                DEFAULT_SCHEMA,
                optional=True,
            ),
            p.choice(
                self.BEARING_UNIT,
                self.tr("Programme's bearing unit (printed beside grid bearings)"),
                units,
                optional=True,
            ),
            p.text_output(self.SCHEMA, self.tr("PostgreSQL schema")),
        ]

    def check_parameters(self, parameters, context):
        self._bearing_unit(parameters, context)
        if self._postgis_target(parameters, context) is None:
            self._geopackage_path(parameters, context)

    def _bearing_unit(self, parameters, context) -> str:
        if parameters.get(self.BEARING_UNIT) in (None, ""):
            return BEARING_UNITS[0]
        index = self.parameterAsEnum(parameters, self.BEARING_UNIT, context)
        if not 0 <= index < len(BEARING_UNITS):
            raise QgsProcessingException(
                self.tr("BEARING_UNIT must be 0 (degrees), 1 (mils 6400) or 2 (mils 6000).")
            )
        return BEARING_UNITS[index]

    def _store_bearing_unit(self, database, unit: str, feedback) -> None:
        """The database exists by now: a failure here is reported, the database kept."""
        try:
            programme.set_bearing_unit(database, unit)
        except programme.SettingError as error:
            feedback.reportError(
                self.tr(
                    "The database was created, but its bearing unit {} could not be stored "
                    "({}): tasking maps will print degrees."
                ).format(unit, error),
                False,
            )
            return
        feedback.pushInfo(self.tr("Programme's bearing unit: {}").format(unit))

    def _postgis_target(self, parameters, context):
        """The PostGIS database asked for in CONNECTION (or a connection string typed as
        OUTPUT), or None for a GeoPackage."""
        connection = self.parameterAsConnectionName(parameters, self.CONNECTION, context)
        output = self.parameterAsString(parameters, self.OUTPUT, context)
        if not connection and postgis.looks_like_connection(output):
            connection = output
        if not connection:
            return None
        schema = self.parameterAsString(parameters, self.SCHEMA, context) or DEFAULT_SCHEMA
        try:
            return postgis.resolve(connection, schema)
        except postgis.PostgisError as error:
            raise QgsProcessingException(str(error)) from error

    def processAlgorithm(self, parameters, context, feedback):
        crs: QgsCoordinateReferenceSystem = self.parameterAsCrs(parameters, self.CRS, context)
        if crs.isValid() and crs.isGeographic():
            feedback.pushWarning(
                self.tr(
                    "The storage CRS {} is geographic: coordinates will be stored in degrees. "
                    "Areas stay ellipsoidal m²."
                ).format(crs.authid())
            )
        self._warn_scale(crs, context, feedback)
        unit = self._bearing_unit(parameters, context)
        target = self._postgis_target(parameters, context)
        if target is not None:
            return self._create_postgis(target, crs, unit, context, feedback)
        path = self._geopackage_path(parameters, context)
        try:
            created = create_geopackage(path, crs, feedback)
        except DatabaseError as error:
            raise QgsProcessingException(self.tr("OUTPUT: {}").format(error)) from error
        feedback.pushInfo(self.tr("Created {}").format(created))
        self._store_bearing_unit(created, unit, feedback)
        load_on_completion(created, context)
        return {self.OUTPUT: created}

    def _geopackage_path(self, parameters, context) -> str:
        """The file of the new GeoPackage (when no PostgreSQL database is asked for)."""
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not path or path == QgsProcessing.TEMPORARY_OUTPUT:
            raise QgsProcessingException(
                self.tr(
                    "OUTPUT: choose a file name for the new database, or a PostgreSQL "
                    "connection and schema."
                )
            )
        return path

    def _warn_scale(self, crs, context, feedback) -> None:
        """A projected storage CRS far off the ground somewhere in its area of use (Web
        Mercator: 30 % at 40° N) is named: what is digitised and printed in it is not true to
        scale (the algorithms compute in the UTM zone of the data instead)."""
        from qgis.core import QgsPointXY

        if not crs.isValid() or crs.isGeographic():
            return
        bounds = crs.bounds()  # WGS 84 degrees
        if bounds.isEmpty():
            return
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        to_crs = QgsCoordinateTransform(wgs84, crs, context.transformContext())
        worst, where = 0.0, None
        for i in range(5):
            for j in range(5):
                lon = bounds.xMinimum() + bounds.width() * (i + 0.5) / 5
                lat = max(-60.0, min(60.0, bounds.yMinimum() + bounds.height() * (j + 0.5) / 5))
                try:
                    point = to_crs.transform(QgsPointXY(lon, lat))
                except Exception:  # noqa: BLE001 - QgsCsException: outside what the CRS holds
                    continue
                error = convert.scale_error(crs, point, context)
                if error is not None and error > worst:
                    worst, where = error, (lon, lat)
        if worst > convert.MAX_SCALE_ERROR and where is not None:
            feedback.pushWarning(
                self.tr(
                    "The storage CRS {} is up to {:.1f} % off the ground within its area of use "
                    "(at {:.1f}°, {:.1f}°): what is digitised and printed in it is not true to "
                    "scale. A UTM zone or a national projected CRS of the programme is better."
                ).format(crs.authid() or crs.description(), 100 * worst, where[1], where[0])
            )

    def _create_postgis(self, target, crs, unit, context, feedback):
        try:
            create_postgis(target, crs, feedback)
        except DatabaseError as error:
            raise QgsProcessingException(str(error)) from error
        feedback.pushInfo(self.tr("Created the schema {}").format(target.label))
        self._store_bearing_unit(target, unit, feedback)
        load_on_completion(target, context)
        return {self.OUTPUT: target.uri, self.SCHEMA: target.schema}
