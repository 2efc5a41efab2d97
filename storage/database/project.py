"""A land release database in the QGIS project: its layers opened and put in one group, with
relations, styles and forms in the current language, the project's CRS and ellipsoid; also
when Processing loads them at the end of an algorithm."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsLayerTreeGroup,
    QgsProcessingContext,
    QgsProcessingLayerPostProcessorInterface,
    QgsProject,
    QgsRelation,
    QgsRelationContext,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ...core import model
from ...styles import forms, symbology
from .. import attachments, derived, postgis
from .gpkg_access import DatabaseError, layer_uri
from .schema_upgrade import ensure_schema

ELLIPSOID = "EPSG:7030"  # WGS 84: areas are ellipsoidal square metres whatever the storage CRS


def tr(text: str) -> str:
    return QCoreApplication.translate("LandReleaseDatabase", text)


def _relations(layers: dict[str, QgsVectorLayer], project: QgsProject) -> list[QgsRelation]:
    relations = []
    for r in model.RELATIONS:
        if r.parent not in layers or r.child not in layers:
            continue
        rel = QgsRelation(QgsRelationContext(project))  # its layers are in ``project``
        rel.setId(r.id)
        rel.setName(forms.tr(r.label))
        rel.setReferencedLayer(layers[r.parent].id())
        rel.setReferencingLayer(layers[r.child].id())
        rel.addFieldPair(r.child_field, r.parent_field)
        if rel.isValid():
            relations.append(rel)
    return relations


def _relation_fields(name: str) -> dict[str, str]:
    """Child fields edited by a RelationReference widget (one parent only)."""
    children = [r for r in model.RELATIONS if r.child == name]
    by_field: dict[str, list[str]] = {}
    for r in children:
        by_field.setdefault(r.child_field, []).append(r.id)
    return {fld: ids[0] for fld, ids in by_field.items() if len(ids) == 1}


def configure_layer(layer: QgsVectorLayer, name: str) -> None:
    """Style and form of the land release layer ``name``, in the current language."""
    definition = model.layer(name)
    forms.apply_form(layer, definition, _relation_fields(name))
    photos = attachments.photo_root_of_layer(layer)
    if photos is not None:  # a GeoPackage's photos are in the folder beside it
        forms.photo_folder(layer, str(photos))
    symbology.apply_style(layer, name)
    derived.configure(layer, name)  # figures and row versions kept true around its commits


def open_layers(path) -> dict[str, QgsVectorLayer]:
    """The layers of a land release database (a GeoPackage path or a PostGIS ``PgDatabase``),
    by table name, with their stored default style."""
    if isinstance(path, postgis.PgDatabase):
        try:
            return postgis.open_layers(path)
        except postgis.PostgisError as error:
            raise DatabaseError(str(error)) from error
    layers = {}
    missing = []
    for definition in model.LAYERS:
        lyr = QgsVectorLayer(layer_uri(path, definition.name), definition.name, "ogr")
        if not lyr.isValid():
            missing.append(definition.name)
            continue
        layers[definition.name] = lyr
    if missing:
        raise DatabaseError(
            tr("{} is not a land release database: the layers {} are missing.").format(
                path, ", ".join(missing)
            )
        )
    return layers


def show_in_language(project: QgsProject, layers) -> None:
    """The land release ``layers`` ((table name, layer) pairs, of one database or several)
    named in the layer tree in words of the current language ("Hazardous area", "Опасная
    область"), their legends and forms too. The layers keep their table names, by which
    algorithms, expressions and scripts find them."""
    root = project.layerTreeRoot()
    for table, lyr in layers:
        node = root.findLayer(lyr.id())
        if table not in model.LAYERS_BY_NAME:
            continue
        if node is not None:
            node.setUseLayerName(False)
            node.setName(forms.tr(model.layer(table).label))
        symbology.relabel_legend(lyr, table)
        forms.relabel_form(lyr, model.layer(table))
    _name_relations(project)


def _name_relations(project: QgsProject) -> None:
    """The land release relations (the forms' "Land releases", "Survey points") named in the
    current language; a relation is a value, so a renamed one replaces the old under its id."""
    manager = project.relationManager()
    for r in model.RELATIONS:
        relation = manager.relation(r.id)
        if not relation.isValid() or relation.name() == forms.tr(r.label):
            continue
        renamed = QgsRelation(relation)
        renamed.setName(forms.tr(r.label))
        manager.removeRelation(r.id)
        manager.addRelation(renamed)


def _finish_project(project: QgsProject, layers: dict[str, QgsVectorLayer]) -> None:
    """Relations, styles and forms in the current language, CRS and ellipsoid."""
    for rel in _relations(layers, project):
        project.relationManager().addRelation(rel)
    for name, lyr in layers.items():
        configure_layer(lyr, name)
    show_in_language(project, layers.items())
    if "hazard" in layers and "district" in layers:
        forms.district_list(layers["hazard"], layers["district"])
    if not project.crs().isValid():
        project.setCrs(layers["hazard"].crs())
    if project.ellipsoid() in ("", "NONE"):
        project.setEllipsoid(ELLIPSOID)


def database_group(target) -> str:
    """The layer tree group of a database: the GeoPackage's name or the PostGIS schema."""
    if isinstance(target, postgis.PgDatabase):
        return target.schema
    return Path(target).stem


def _layer_to_load(target, name: str) -> str:
    """A data source Processing loads on completion (provider prefix for PostGIS)."""
    if isinstance(target, postgis.PgDatabase):
        return f"{postgis.PROVIDER}://{target.layer_source(name)}"
    return layer_uri(target, name)


def load_database(
    path, project: QgsProject | None = None, group_name: str | None = None
) -> dict[str, QgsVectorLayer]:
    """Add the layers of a land release database (a GeoPackage path or a PostGIS
    ``PgDatabase``) to ``project`` in one group, with relations.

    Returns the layers by table name. A project without CRS takes the database's; a project
    without ellipsoid gets WGS 84, so that derived areas are ellipsoidal.
    """
    project = project or QgsProject.instance()
    if isinstance(path, postgis.PgDatabase):
        try:
            postgis.check(path)
        except postgis.PostgisError as error:
            raise DatabaseError(str(error)) from error
    else:
        ensure_schema(path)
    layers = open_layers(path)
    root = project.layerTreeRoot()
    group: QgsLayerTreeGroup = root.insertGroup(0, group_name or database_group(path))
    for name in (n for n in model.DISPLAY_ORDER if n in layers):  # a schema may lack one
        project.addMapLayer(layers[name], False)
        group.addLayer(layers[name])
    _finish_project(project, layers)
    derived.refresh_layers(layers.values())  # figures left unknown by other programs
    return layers


class LoadIntoGroup(QgsProcessingLayerPostProcessorInterface):
    """Puts a layer that Processing loads from a new database into the database's group, in
    order, and adds the relations once all of its layers are in the project.

    The context deletes each post-processor, so every layer gets its own; they share ``loaded``.
    Python must keep them alive until then (``_PENDING``).
    """

    def __init__(self, path: str, loaded: dict):
        super().__init__()
        self.path = path
        self.loaded = loaded

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        project = context.project() or QgsProject.instance()
        name = layer.name()
        self.loaded[name] = layer
        root = project.layerTreeRoot()
        name_of_group = database_group(self.path)
        group = root.findGroup(name_of_group) or root.insertGroup(0, name_of_group)
        node = root.findLayer(layer.id())
        if node is not None and node.parent() is not group:
            position = sum(
                1
                for n in model.DISPLAY_ORDER[: model.DISPLAY_ORDER.index(name)]
                if n in self.loaded
            )
            group.insertLayer(position, layer)
            node.parent().removeChildNode(node)
        if len(self.loaded) == len(model.DISPLAY_ORDER):
            _finish_project(project, dict(self.loaded))
            _PENDING.pop(str(self.path), None)


_PENDING: dict[str, list[LoadIntoGroup]] = {}


def load_on_completion(path, context) -> None:
    """Ask Processing to add the database's layers to the project when the algorithm ends (in
    the toolbox and the modeler; ``processing.run`` and ``qgis_process`` load nothing)."""
    project = context.project()
    if project is None:
        return
    loaded: dict[str, QgsVectorLayer] = {}
    pending = _PENDING.setdefault(str(path), [])
    for name in model.DISPLAY_ORDER:
        details = QgsProcessingContext.LayerDetails(name, project, name)
        pending.append(LoadIntoGroup(path, loaded))
        details.setPostProcessor(pending[-1])
        context.addLayerToLoadOnCompletion(_layer_to_load(path, name), details)
