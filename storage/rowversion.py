"""No lost update on PostGIS: the version a QGIS layer's change is based on goes with it.

Every table editors write has a ``row_version`` column that the database counts
(``core.pgschema._version_trigger``). For QGIS to say which version a change is based on:

- the layer's configuration (stored with its default style, so any QGIS that opens the layer
  has it, with or without this plugin) gives ``row_version`` the default value
  ``-abs("row_version")`` applied on update: QGIS then sends the version it read, negated, with
  every change of a feature (and it sends only values that differ: hence the sign);
- with this plugin, the version is the one read **when editing started** (or at the last save
  of the layer), not when the feature was first changed: QGIS re-reads the feature at that
  moment, so an attribute form opened earlier, or an attribute table showing older values,
  would otherwise overwrite what another officer saved meanwhile.

The database refuses a change whose version is not the stored one, with a message naming the
feature, who changed it and when; ``postgis.stale_row_message`` turns it into the officer's
language.
"""

from __future__ import annotations

from qgis.core import QgsEditorWidgetSetup, QgsFeatureRequest, QgsVectorLayer
from qgis.PyQt import sip

from ..core import pgschema
from . import postgis

FIELD = pgschema.VERSION_COLUMN


def configure(layer: QgsVectorLayer) -> None:
    """The ``row_version`` field of a PostGIS land release layer: hidden, sent back with every
    change. Layers without it (GeoPackage, older schemas) are left as they are."""
    index = layer.fields().indexOf(FIELD)
    if index < 0:
        return
    from qgis.core import QgsDefaultValue

    layer.setDefaultValueDefinition(index, QgsDefaultValue(pgschema.VERSION_DEFAULT, True))
    layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("Hidden", {}))
    config = layer.attributeTableConfig()
    columns = config.columns()
    for column in columns:
        if column.name == FIELD:
            column.hidden = True
    config.setColumns(columns)
    layer.setAttributeTableConfig(config)


_SNAPSHOTS: dict[str, dict[int, int]] = {}


def watch(layer: QgsVectorLayer) -> None:
    """Remember the versions of ``layer``'s features when editing starts and after each save,
    and send them with the changes (see the module docstring). PostGIS layers with a
    ``row_version`` only."""
    if (
        not isinstance(layer, QgsVectorLayer)
        or layer.providerType() != postgis.PROVIDER
        or layer.fields().indexOf(FIELD) < 0
        or layer.id() in _SNAPSHOTS
    ):
        return
    layer_id = layer.id()
    _SNAPSHOTS[layer_id] = {}
    layer.willBeDeleted.connect(lambda: _SNAPSHOTS.pop(layer_id, None))
    layer.editingStarted.connect(lambda: _snapshot(layer))
    layer.afterCommitChanges.connect(lambda: _snapshot(layer))
    layer.editingStopped.connect(lambda: _SNAPSHOTS.get(layer_id, {}).clear())
    layer.beforeCommitChanges.connect(lambda *_args: _send_versions(layer))
    if layer.isEditable():
        _snapshot(layer)


def _snapshot(layer: QgsVectorLayer) -> None:
    """The stored version of every feature of ``layer`` (one read, no geometry)."""
    if sip.isdeleted(layer) or layer.id() not in _SNAPSHOTS:
        return
    index = layer.fields().indexOf(FIELD)
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
    request.setSubsetOfAttributes([index])
    versions = {}
    for feature in layer.dataProvider().getFeatures(request):
        value = feature.attribute(index)
        try:
            versions[feature.id()] = int(value)
        except (TypeError, ValueError):
            continue
    _SNAPSHOTS[layer.id()] = versions


def _send_versions(layer: QgsVectorLayer) -> None:
    """Before a commit: every changed feature carries the version read when editing started."""
    if sip.isdeleted(layer) or layer.editBuffer() is None:
        return
    versions = _SNAPSHOTS.get(layer.id()) or {}
    index = layer.fields().indexOf(FIELD)
    buffer = layer.editBuffer()
    changed = set(buffer.changedAttributeValues()) | set(buffer.changedGeometries())
    for fid in sorted(changed):
        if fid < 0 or fid not in versions:
            continue  # a new feature, or one stored after the snapshot: QGIS's own value
        read = -abs(versions[fid])
        current = buffer.changedAttributeValues().get(fid, {}).get(index)
        if current != read:
            layer.changeAttributeValue(fid, index, read, current, True)
