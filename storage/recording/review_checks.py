"""The ``checkdata`` errors of one release, which a reviewer confirms before passing it."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from .field_values import _text, _text_ok
from .layers import ReleaseLayers
from .transaction import _quote


def release_errors(layers: ReleaseLayers, uuid: str) -> list[str]:
    """The ``checkdata`` errors of the release ``uuid`` alone (translated sentences): its
    geometry, fields, codes, dates, stored area, place in the programme's area, and against
    its hazards (outside them, larger than its own, naming none). [] when it has none."""
    from ...core import checks
    from ...qgis_io.check_input import read_layer
    from ...qgis_io.convert import working_crs
    from ...qgis_io.crs import pyproj_crs
    from .. import programme

    release = _materialized(layers.release, f'"uuid" = {_quote(uuid)}')
    if release.featureCount() == 0:
        return []
    feature = next(release.getFeatures())
    hazards = _hazard_layer_for(layers, feature)
    project = QgsProject.instance()
    extent = feature.geometry().boundingBox() if not feature.geometry().isNull() else None
    try:
        crs = working_crs(layers.release.crs(), extent if extent else release.extent(), project)
    except Exception:  # noqa: BLE001 - a non-finite geometry: the checks say so in its CRS
        crs = layers.release.crs()
    released = read_layer(release, checks.RELEASE, crs, project)
    hazard_data = read_layer(hazards, checks.HAZARD, crs, project)
    try:
        box = programme.programme_area(layers.release)
    except ValueError:
        box = None
    result = checks.run_checks(
        hazards=hazard_data.data,
        releases=released.data,
        areas={checks.RELEASE: box} if box is not None else None,
        crs=pyproj_crs(crs),
    )
    return [
        QCoreApplication.translate(checks.TR_CONTEXT, f.template).format(**f.args)
        for f in result.findings
        if f.layer == checks.RELEASE and f.index == 0 and f.severity == checks.ERROR
    ]


def _materialized(layer: QgsVectorLayer, expression: str) -> QgsVectorLayer:
    """The stored features of ``layer`` matching ``expression``, as a memory layer."""
    request = QgsFeatureRequest().setFilterExpression(expression)
    request.setFlags(QgsFeatureRequest.NoFlags)
    memory = QgsVectorLayer(QgsWkbTypes.displayString(layer.wkbType()), layer.name(), "memory")
    memory.setCrs(layer.crs())
    provider = memory.dataProvider()
    provider.addAttributes(layer.fields().toList())
    memory.updateFields()
    provider.addFeatures(list(layer.dataProvider().getFeatures(request)))
    memory.updateExtents()
    return memory


def _hazard_layer_for(layers: ReleaseLayers, release) -> QgsVectorLayer:
    """The hazards a release is checked against: the one it names and those under it."""
    hazard_id = _text(release["hazard_id"])
    parts = []
    if hazard_id is not None and _text_ok(hazard_id):
        parts.append(f'"hazard_id" = {_quote(hazard_id)}')
    geometry = release.geometry()
    box = None
    if not geometry.isNull() and not geometry.isEmpty():
        box = QgsGeometry(geometry)
        if layers.hazard.crs() != layers.release.crs():
            box.transform(
                QgsCoordinateTransform(
                    layers.release.crs(), layers.hazard.crs(), QgsProject.instance()
                )
            )
    memory = _materialized(layers.hazard, " OR ".join(parts) if parts else "FALSE")
    if box is not None:
        request = QgsFeatureRequest().setFilterRect(box.boundingBox())
        have = {f["uuid"] for f in memory.getFeatures()}
        extra = [
            f for f in layers.hazard.dataProvider().getFeatures(request) if f["uuid"] not in have
        ]
        memory.dataProvider().addFeatures(extra)
        memory.updateExtents()
    return memory
