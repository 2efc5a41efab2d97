"""The inputs an algorithm dialog opens with: the layers of the project's land release database
that the parameter means (Delineate CHA's EVIDENCE is the ``evidence`` layer, not the first point
layer QGIS finds), chosen by table name and geometry type."""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsMapLayer,
    QgsProcessingAlgorithm,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSource,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..storage.derived import layer_table
from ..storage.recording.layers import database_of

# algorithm name -> parameter -> table of the land release database
TABLES: dict[str, dict[str, str]] = {
    "delineatesha": {"LINE": "line_of_contact", "DISTRICTS": "district"},
    "delineatecha": {"EVIDENCE": "evidence"},
    "addhazards": {"TARGET": "hazard"},
    "traverse": {"LEGS": "traverse_leg", "START": "survey_point"},
    "releasesummary": {"HAZARDS": "hazard", "RELEASES": "land_release"},
    "splittasks": {"HAZARDS": "hazard"},
    "checkdata": {"HAZARDS": "hazard", "RELEASES": "land_release", "EVIDENCE": "evidence"},
    "taskingmaps": {
        "INPUT": "hazard",
        "POINTS": "survey_point",
        "RELEASES": "land_release",
        "EVIDENCE": "evidence",
        "TASKS": "task",
    },
    "areareport": {"HAZARDS": "hazard", "RELEASES": "land_release", "DISTRICTS": "district"},
    "exportimsma": {"HAZARDS": "hazard", "RELEASES": "land_release", "POINTS": "survey_point"},
    "completionreport": {
        "HAZARDS": "hazard",
        "RELEASES": "land_release",
        "POINTS": "survey_point",
    },
}

try:  # QGIS >= 3.36 moved the flags to Qgis
    OPTIONAL = Qgis.ProcessingParameterFlag.Optional
except AttributeError:
    OPTIONAL = QgsProcessingParameterDefinition.FlagOptional

_GEOMETRY_OF_TYPE = {
    0: QgsWkbTypes.PointGeometry,  # QgsProcessing.TypeVectorPoint
    1: QgsWkbTypes.LineGeometry,
    2: QgsWkbTypes.PolygonGeometry,
}


def _database_tables(project: QgsProject, preferred: QgsMapLayer | None):
    """table -> layer of one land release database of the project: the database of
    ``preferred`` when it is one, else the first with a hazard layer in the layers panel."""
    databases: dict[object, dict[str, QgsVectorLayer]] = {}
    in_panel = [node.layer() for node in project.layerTreeRoot().findLayers()]
    others = [lyr for lyr in project.mapLayers().values() if lyr not in in_panel]
    for layer in in_panel + others:
        decoded = layer_table(layer)
        if decoded and layer.isValid():
            key = getattr(decoded[0], "key", decoded[0])
            databases.setdefault(key, {}).setdefault(decoded[1], layer)
    if not databases:
        return {}
    wanted = database_of(preferred) if preferred is not None else None
    wanted = getattr(wanted, "key", wanted)
    if wanted in databases:
        return databases[wanted]
    with_hazards = [tables for tables in databases.values() if "hazard" in tables]
    return (with_hazards or list(databases.values()))[0]


def _fits(parameter, layer: QgsVectorLayer) -> bool:
    types = parameter.dataTypes() if hasattr(parameter, "dataTypes") else []
    if not types or any(t in (-1, 5) for t in types):  # any geometry, or tables too
        return True
    geometry = layer.geometryType()
    return any(_GEOMETRY_OF_TYPE.get(t) == geometry for t in types)


def initial_values(
    algorithm: QgsProcessingAlgorithm,
    project: QgsProject | None = None,
    preferred: QgsMapLayer | None = None,
    required_only: bool = False,
) -> dict[str, str]:
    """parameter -> layer id of the project's land release database, for the parameters of
    ``algorithm`` listed in TABLES whose layer is there and has the parameter's geometry."""
    tables = TABLES.get(algorithm.name(), {})
    if not tables:
        return {}
    found = _database_tables(project or QgsProject.instance(), preferred)
    values = {}
    for name, table in tables.items():
        parameter = algorithm.parameterDefinition(name)
        layer = found.get(table)
        if parameter is None or layer is None or not _fits(parameter, layer):
            continue
        optional = bool(parameter.flags() & OPTIONAL)
        if required_only and optional:
            continue
        values[name] = layer.id()
    return values


def set_required_defaults(algorithm: QgsProcessingAlgorithm) -> None:
    """Required inputs default to their land release layer (the toolbox's dialogs open on them);
    optional ones are left unset there, so a run that leaves them out means them out."""
    for name, layer_id in initial_values(algorithm, required_only=True).items():
        parameter = algorithm.parameterDefinition(name)
        if isinstance(parameter, QgsProcessingParameterFeatureSource):
            parameter.setDefaultValue(layer_id)
