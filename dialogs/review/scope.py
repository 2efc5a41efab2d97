"""Where the review queue comes from: the land release databases of the project and the
districts of one of them."""

from __future__ import annotations

from dataclasses import dataclass

from qgis.core import QgsFeatureRequest, QgsGeometry, QgsProject, QgsVectorLayer

from ...storage import postgis, programme
from ...storage.derived import layer_table
from ...storage.recording import RELEASE, ReleaseLayers, find_layers

DISTRICT = "district"


@dataclass(frozen=True)
class District:
    code: str
    name: str

    @property
    def label(self) -> str:
        return f"{self.code} – {self.name}" if self.name and self.name != self.code else self.code


def _key(database) -> object:
    return database.key if isinstance(database, postgis.PgDatabase) else database


def databases(project: QgsProject) -> list[tuple[str, ReleaseLayers]]:
    """(label, layers) of every land release database in ``project``: the name of its group in
    the layer tree (else where it is), in the order of the layer tree."""
    found, seen = [], set()
    root = project.layerTreeRoot()
    for node in root.findLayers():
        layer = node.layer()
        decoded = layer_table(layer) if layer is not None else None
        if not decoded or decoded[1] != RELEASE or _key(decoded[0]) in seen:
            continue
        layers = find_layers(project, layer)
        if layers is None or layers.release is not layer:
            continue
        seen.add(_key(decoded[0]))
        parent = node.parent()
        label = parent.name() if parent is not None and parent is not root else ""
        database = decoded[0]
        label = label or (database.label if isinstance(database, postgis.PgDatabase) else database)
        found.append((label, layers))
    return found


def district_layer(project: QgsProject, layers: ReleaseLayers) -> QgsVectorLayer | None:
    """The ``district`` layer of the database of ``layers``: the project's, else opened."""
    key = _key(layers.database)
    for layer in project.mapLayers().values():
        decoded = layer_table(layer)
        if decoded and decoded[1] == DISTRICT and _key(decoded[0]) == key and layer.isValid():
            return layer
    return programme.database_layer(layers.database, DISTRICT, beside=layers.release)


def districts(layer: QgsVectorLayer | None) -> list[District]:
    """The districts of ``layer`` with a code, by code."""
    if layer is None:
        return []
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
    found = {}
    for feature in layer.getFeatures(request):
        code = _text(feature["code"])
        if code:
            found.setdefault(code, District(code, _text(feature["name"]) or ""))
    return sorted(found.values(), key=lambda d: d.code)


def district_geometry(layer: QgsVectorLayer, code: str) -> QgsGeometry | None:
    """The union of the polygons of district ``code`` (in the layer's CRS), None if none."""
    quoted = code.replace("'", "''")
    request = QgsFeatureRequest().setFilterExpression(f"\"code\" = '{quoted}'")
    parts = [QgsGeometry(f.geometry()) for f in layer.getFeatures(request)]
    parts = [g for g in parts if not g.isNull() and not g.isEmpty()]
    return QgsGeometry.unaryUnion(parts) if parts else None


def _text(value) -> str | None:
    from ...qgis_io.values import blank_none

    value = blank_none(value)
    return None if value is None else str(value).strip()
