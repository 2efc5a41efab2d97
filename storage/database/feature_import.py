"""Importing the features of another layer into a land release layer, refused whole when a
value does not fit its field."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
    QgsVectorLayerUtils,
)
from qgis.PyQt.QtCore import QCoreApplication

from ...qgis_io.values import blank_none, is_null
from .gpkg_access import DatabaseError


def tr(text: str) -> str:
    return QCoreApplication.translate("LandReleaseDatabase", text)


def import_features(source: QgsVectorLayer, target: QgsVectorLayer, feedback=None) -> int:
    """Append every feature of ``source`` to ``target`` through the edit buffer, in one commit.

    Fields are matched by name; geometries are transformed to the target's CRS; the target's
    default values (uuid, times, areas) are applied. On failure nothing is written.
    """
    transform = None
    if target.isSpatial() and source.isSpatial() and source.crs() != target.crs():
        transform = QgsCoordinateTransform(source.crs(), target.crs(), QgsProject.instance())
    names = [n for n in source.fields().names() if target.fields().indexOf(n) >= 0]
    features, misfits = [], []
    for feature in source.getFeatures():
        attributes = {target.fields().indexOf(n): feature[n] for n in names}
        misfits += _misfits(target.fields(), attributes, feature.id())
        geometry = QgsGeometry(feature.geometry()) if target.isSpatial() else QgsGeometry()
        if transform is not None and not geometry.isNull():
            geometry.transform(transform)
        features.append(QgsVectorLayerUtils.createFeature(target, geometry, attributes))
    if misfits:
        raise DatabaseError(
            tr(
                "Cannot import {} into {}: {} value(s) do not fit their field, e.g. {}. Nothing "
                "was imported."
            ).format(source.name(), target.name(), len(misfits), "; ".join(misfits[:3]))
        )
    if not target.startEditing():
        raise DatabaseError(tr("{} cannot be edited.").format(target.name()))
    if not target.addFeatures(features) or not target.commitChanges():
        errors = "; ".join(target.commitErrors())
        target.rollBack()
        raise DatabaseError(tr("Cannot import into {}: {}").format(target.name(), errors))
    if feedback:
        feedback.pushInfo(tr("{}: {} features").format(target.name(), len(features)))
    return len(features)


def _misfits(fields, attributes: dict, feature_id: int) -> list[str]:
    """The values that their target field would silently change ("9-06" into a real field
    becomes 0), each as "feature 7: bearing '9-06' is not a Real"."""
    found = []
    for index, value in attributes.items():
        if blank_none(value) is None:
            continue  # NULL, or an empty text: an empty value
        target = fields.at(index)
        try:
            converted = target.convertCompatible(value)
        except (ValueError, TypeError):
            converted = None
        if is_null(converted):
            found.append(
                tr("feature {}: {} {!r} is not a {}").format(
                    feature_id, target.name(), value, target.typeName()
                )
            )
    return found
