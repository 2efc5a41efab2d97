"""The layers of one land release database in the project: which they are, and reloading them
after a save."""

from __future__ import annotations

from dataclasses import dataclass

from qgis.core import QgsMapLayer, QgsProject, QgsVectorLayer
from qgis.PyQt import sip

from .. import postgis

RELEASE, HAZARD, POINT, LOG = "land_release", "hazard", "survey_point", "edit_log"
RECORD, LEG = "minefield_record", "traverse_leg"


@dataclass
class ReleaseLayers:
    """The layers of one land release database in the project."""

    release: QgsVectorLayer
    hazard: QgsVectorLayer
    survey_point: QgsVectorLayer
    edit_log: QgsVectorLayer | None = None
    minefield_record: QgsVectorLayer | None = None
    traverse_leg: QgsVectorLayer | None = None

    @property
    def path(self) -> str:
        """The GeoPackage path ("" for PostGIS)."""
        return database_path(self.release) or ""

    @property
    def database(self):
        """The GeoPackage path or the ``postgis.PgDatabase`` the layers belong to."""
        return database_of(self.release)

    @property
    def on_postgis(self) -> bool:
        return isinstance(self.database, postgis.PgDatabase)


def _decoded(layer: QgsMapLayer) -> tuple[object, str] | None:
    """(database, table name) of a layer of a land release database: a GeoPackage (the
    database is its path) or a PostGIS schema (a ``postgis.PgDatabase``)."""
    from ..derived import layer_table

    return layer_table(layer)


def _key(database) -> object:
    """What makes two layers belong to one database: its path, or server, database and schema
    (not the login)."""
    return database.key if isinstance(database, postgis.PgDatabase) else database


def database_path(layer: QgsMapLayer) -> str | None:
    """The GeoPackage of a land release layer (None for PostGIS or other layers)."""
    decoded = _decoded(layer)
    return decoded[0] if decoded and isinstance(decoded[0], str) else None


def database_of(layer: QgsMapLayer):
    """The land release database of a layer: a GeoPackage path or a ``postgis.PgDatabase``."""
    decoded = _decoded(layer)
    return decoded[0] if decoded else None


def find_layers(project: QgsProject, preferred: QgsMapLayer | None = None) -> ReleaseLayers | None:
    """The land release layers of one database in ``project``: the database of ``preferred`` if
    it is one, else the first complete one."""
    databases: dict[object, dict[str, QgsVectorLayer]] = {}
    for layer in project.mapLayers().values():
        decoded = _decoded(layer)
        if decoded and layer.isValid():
            databases.setdefault(_key(decoded[0]), {}).setdefault(decoded[1], layer)
    order = list(databases)
    preferred_decoded = _decoded(preferred) if preferred is not None else None
    preferred_key = _key(preferred_decoded[0]) if preferred_decoded else None
    if preferred_key in databases:
        order.remove(preferred_key)
        order.insert(0, preferred_key)
    for key in order:
        found = databases[key]
        if all(name in found for name in (RELEASE, HAZARD, POINT)):
            return ReleaseLayers(
                found[RELEASE],
                found[HAZARD],
                found[POINT],
                found.get(LOG),
                found.get(RECORD),
                found.get(LEG),
            )
    return None


def _reload(layers: ReleaseLayers) -> None:
    for layer in (
        layers.release,
        layers.hazard,
        layers.survey_point,
        layers.edit_log,
        layers.minefield_record,
        layers.traverse_leg,
    ):
        if layer is not None and not sip.isdeleted(layer):
            layer.dataProvider().reloadData()
            layer.triggerRepaint()
