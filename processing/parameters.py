"""Parameters declared as data: one short call per row of an algorithm's table.

An algorithm lists its parameters and outputs in ``parameter_table()``:

    def parameter_table(self):
        return [
            source(self.EVIDENCE, self.tr("Evidence points"), POINTS),
            field(self.TYPE_FIELD, self.tr("Evidence type field"), self.EVIDENCE, "evidence_type"),
            distance(self.MARGIN, self.tr("Margin around evidence (m)"), 50.0),
            sink(self.OUTPUT, self.tr("Confirmed hazardous areas"), POLYGONS),
        ]

and ``LandReleaseAlgorithm.initAlgorithm`` adds them in that order. Each factory is a thin
spelling of a QGIS parameter class with the keywords this plugin uses; nothing is hidden.
"""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterProviderConnection,
    QgsProcessingParameterString,
)

try:  # QGIS >= 3.36 moved the enums to Qgis
    DATE_TYPE = Qgis.ProcessingDateTimeParameterDataType.Date
    _NUMERIC_FIELD = Qgis.ProcessingFieldParameterDataType.Numeric
except AttributeError:
    DATE_TYPE = QgsProcessingParameterDateTime.Date
    _NUMERIC_FIELD = QgsProcessingParameterField.Numeric

ANY = [QgsProcessing.TypeVectorAnyGeometry]
VECTOR = [QgsProcessing.TypeVector]  # with or without geometry (tables too)
POINTS = [QgsProcessing.TypeVectorPoint]
LINES = [QgsProcessing.TypeVectorLine]
POLYGONS = [QgsProcessing.TypeVectorPolygon]


def source(name: str, label: str, types=ANY, optional: bool = False):
    """A vector input (a layer, a file, selected features)."""
    return QgsProcessingParameterFeatureSource(name, label, types, optional=optional)


def sink(name: str, label: str, types=ANY, optional: bool = False):
    """A vector output (memory layer, file, database table) of the geometry type of ``types``
    (POINTS, LINES, POLYGONS; ANY or VECTOR for any, or none)."""
    kind = types[0] if len(types) == 1 else QgsProcessing.TypeVectorAnyGeometry
    return QgsProcessingParameterFeatureSink(name, label, kind, optional=optional)


def field(name: str, label: str, parent: str, default=None, optional: bool = True, numeric=False):
    """A field of the input ``parent`` (``numeric``: number fields only). Optional by default:
    QGIS 3.22 rejects an omitted field even when it has a default."""
    parameter = QgsProcessingParameterField(
        name, label, defaultValue=default, parentLayerParameterName=parent, optional=optional
    )
    if numeric:
        parameter.setDataType(_NUMERIC_FIELD)
    return parameter


def number(
    name: str,
    label: str,
    default=None,
    minimum=None,
    maximum=None,
    optional: bool = False,
    integer: bool = False,
):
    """A number; ``integer`` for whole numbers."""
    kind = QgsProcessingParameterNumber.Integer if integer else QgsProcessingParameterNumber.Double
    parameter = QgsProcessingParameterNumber(name, label, kind, default, optional=optional)
    if minimum is not None:
        parameter.setMinimum(minimum)
    if maximum is not None:
        parameter.setMaximum(maximum)
    return parameter


def distance(name: str, label: str, default=None, optional: bool = False):
    """A length in metres, 0 or more."""
    return number(name, label, default, minimum=0.0, optional=optional)


def choice(name: str, label: str, options: list[str], default: int = 0, optional=False):
    """One of ``options`` by index."""
    return QgsProcessingParameterEnum(name, label, options, defaultValue=default, optional=optional)


def text(name: str, label: str, default=None, optional: bool = False, multiline=False):
    return QgsProcessingParameterString(
        name, label, defaultValue=default, multiLine=multiline, optional=optional
    )


def flag(name: str, label: str, default: bool = False):
    return QgsProcessingParameterBoolean(name, label, defaultValue=default)


def day(name: str, label: str, optional: bool = True):
    """A date (no time)."""
    return QgsProcessingParameterDateTime(name, label, DATE_TYPE, optional=optional)


def crs(name: str, label: str, default=None, optional: bool = False):
    return QgsProcessingParameterCrs(name, label, defaultValue=default, optional=optional)


def layers(name: str, label: str, optional: bool = True, types=QgsProcessing.TypeMapLayer):
    """Any number of map layers (a basemap, priority layers); ``types`` one QgsProcessing type
    (TypeMapLayer: any layer, TypeVectorAnyGeometry: vector layers)."""
    return QgsProcessingParameterMultipleLayers(name, label, types, optional=optional)


def connection(name: str, label: str, provider: str, optional: bool = True):
    """A database connection saved in QGIS, of ``provider`` (``"postgres"``)."""
    return QgsProcessingParameterProviderConnection(name, label, provider, optional=optional)


def input_folder(name: str, label: str, optional: bool = False):
    return QgsProcessingParameterFile(
        name, label, QgsProcessingParameterFile.Folder, optional=optional
    )


def output_file(name: str, label: str, file_filter: str, optional: bool = False):
    return QgsProcessingParameterFileDestination(name, label, file_filter, optional=optional)


def output_folder(name: str, label: str, optional: bool = False):
    return QgsProcessingParameterFolderDestination(name, label, optional=optional)


def count(name: str, label: str):
    """A number the algorithm reports (features written, findings…)."""
    return QgsProcessingOutputNumber(name, label)


def text_output(name: str, label: str):
    """A text the algorithm reports (the schema it made…)."""
    return QgsProcessingOutputString(name, label)
