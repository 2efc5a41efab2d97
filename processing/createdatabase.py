"""landrelease:createdatabase: a new land release GeoPackage with every layer, style and form."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFileDestination,
)

from ..core.model import DEFAULT_CRS
from .algorithm import LandReleaseAlgorithm
from .database import DatabaseError, create_geopackage, load_on_completion


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
        "CRS: the storage CRS, a projected CRS in metres is recommended "
        "(default EPSG:32638, UTM zone 38N). Areas are always ellipsoidal (WGS 84)."
    )

    OUTPUT = "OUTPUT"
    CRS = "CRS"

    def flags(self):
        # GDAL/SQLite work is thread safe, but a GeoPackage being created is not shared.
        return super().flags() | self.FlagNoThreading

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterCrs(self.CRS, self.tr("Storage CRS"), defaultValue=DEFAULT_CRS)
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT,
                self.tr("Land release database"),
                fileFilter=self.tr("GeoPackage (*.gpkg *.GPKG)"),
            )
        )

    def processAlgorithm(self, parameters, context, feedback):
        crs: QgsCoordinateReferenceSystem = self.parameterAsCrs(parameters, self.CRS, context)
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not path or path == QgsProcessing.TEMPORARY_OUTPUT:
            raise QgsProcessingException(self.tr("Choose a file name for the new database."))
        if crs.isValid() and crs.isGeographic():
            feedback.pushWarning(
                self.tr(
                    "The storage CRS {} is geographic: coordinates will be stored in degrees. "
                    "Areas stay ellipsoidal m²."
                ).format(crs.authid())
            )
        try:
            created = create_geopackage(path, crs, feedback)
        except DatabaseError as error:
            raise QgsProcessingException(str(error)) from error
        feedback.pushInfo(self.tr("Created {}").format(created))
        load_on_completion(created, context)
        return {self.OUTPUT: created}
