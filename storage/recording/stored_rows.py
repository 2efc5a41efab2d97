"""What the database stores, read through the layers' providers (not their edit buffers):
earlier releases, the hazards under a release, whether an ID is taken."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
)

from ...qgis_io.values import python_value
from ..stored_numbers import date_texts
from .field_values import _text, _text_ok
from .layers import ReleaseLayers
from .polygons import _shapely

_RELEASE_VALUES = ("release_id", "outcome", "end_date", "qa_status")


def _stored_releases(layers: ReleaseLayers, rectangle) -> list:
    """The releases stored in ``rectangle`` (the provider's spatial index, not the edit
    buffer) as ``core.derived.StoredRelease``: outcome, end date and review as stored, a
    GeoPackage's end date that is no date as its text (QGIS reads it as NULL: no end date).
    StoredValuesError when the file cannot be looked at."""
    from ...core.derived import StoredRelease

    layer = layers.release
    names = [n for n in _RELEASE_VALUES if layer.fields().indexOf(n) >= 0]
    request = QgsFeatureRequest().setFilterRect(rectangle)
    request.setSubsetOfAttributes(names, layer.fields())
    texts = date_texts(layer, ["end_date"])
    releases = []
    for feature in layer.dataProvider().getFeatures(request):
        values = {n: python_value(feature[n]) for n in names}
        geometry = feature.geometry()
        releases.append(
            StoredRelease(
                geometry=None if geometry.isNull() or geometry.isEmpty() else _shapely(geometry),
                outcome=values.get("outcome"),
                end_date=texts.get(feature.id(), {}).get("end_date", values.get("end_date")),
                release_id=_text(values.get("release_id")),
                qa_status=values.get("qa_status"),
            )
        )
    return releases


def _exists(layer: QgsVectorLayer, name: str, value: str) -> bool:
    """Whether the database (not the edit buffer) holds a row of ``layer`` with ``name`` =
    ``value``."""
    if not _text_ok(value):
        return False
    quoted = value.replace("'", "''")
    request = QgsFeatureRequest().setFilterExpression(f"\"{name}\" = '{quoted}'")
    request.setFlags(QgsFeatureRequest.NoGeometry)
    request.setLimit(1)
    return any(True for _ in layer.dataProvider().getFeatures(request))


def _release_exists(layers: ReleaseLayers, name: str, value: str) -> bool:
    return _exists(layers.release, name, value)


def find_hazard(layers: ReleaseLayers, hazard_id: str) -> QgsFeature | None:
    if not _text_ok(hazard_id):
        return None
    quoted = str(hazard_id).replace("'", "''")
    request = QgsFeatureRequest().setFilterExpression(f"\"hazard_id\" = '{quoted}'")
    for feature in layers.hazard.dataProvider().getFeatures(request):
        return feature
    return None


def _hazard_exists(layers: ReleaseLayers, name: str, value: str) -> bool:
    return _exists(layers.hazard, name, value)


def _other_hazards(layers: ReleaseLayers, geometry: QgsGeometry, named: QgsFeature | None):
    """The hazards besides ``named`` that a release (in the release layer's CRS) overlaps: a
    CHA inside its SHA, a release across two hazards. Their figures move too."""
    geometry = QgsGeometry(geometry)
    if layers.hazard.crs() != layers.release.crs():
        geometry.transform(
            QgsCoordinateTransform(
                layers.release.crs(), layers.hazard.crs(), QgsProject.instance().transformContext()
            )
        )
    named_id = _text(named["hazard_id"]) if named is not None else None
    request = QgsFeatureRequest().setFilterRect(geometry.boundingBox())
    return [
        hazard
        for hazard in layers.hazard.dataProvider().getFeatures(request)
        if _text(hazard["hazard_id"]) not in (None, named_id)
        and hazard.geometry().intersects(geometry)
    ]


def _stored_geometry(layers: ReleaseLayers, uuid: str) -> QgsGeometry | None:
    quoted = uuid.replace("'", "''")
    request = QgsFeatureRequest().setFilterExpression(f"\"uuid\" = '{quoted}'")
    for feature in layers.release.dataProvider().getFeatures(request):
        return QgsGeometry(feature.geometry())
    return None
