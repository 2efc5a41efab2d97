"""The photos a report prints (PHOTOS of completionreport and taskingmaps): the ``photo`` values
of the features of its input layers, read from the land release database of each layer
(storage.attachments) into picture files for the layout; a photo that cannot be read is kept
with the reason, for the page to name it."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsFeatureRequest
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QImage

from ..core import model
from ..layouts.photo_page import Photo
from ..qgis_io import convert
from ..qgis_io.values import is_null
from ..storage import attachments
from ..storage.derived import layer_table
from . import inputs


def tr(text: str) -> str:
    return QCoreApplication.translate("ReportPhotos", text)


class PhotoFiles:
    """Reads photos into numbered files of ``folder`` (a temporary folder living as long as the
    layout is exported), once per database and path."""

    def __init__(self, folder: str):
        self.folder = Path(folder)
        self._read: dict[tuple, tuple[str | None, str]] = {}

    def photo(self, database, feature: str, path: str) -> Photo:
        key = (getattr(database, "key", database), path)
        if key not in self._read:
            self._read[key] = self._file(database, path)
        file, problem = self._read[key]
        return Photo(feature, path, file, problem)

    def _file(self, database, path: str) -> tuple[str | None, str]:
        """(picture file, "") or (None, why it cannot be printed)."""
        try:
            attachments.checked_photo_path(path)
            if database is None:
                return None, tr("its layer is not in a land release database")
            data = attachments.photo_bytes(database, path)
        except attachments.AttachmentError as error:
            return None, str(error)
        if data is None:
            return None, tr("not found in the database's photos")
        image = QImage()
        if not image.loadFromData(data):
            return None, tr("not a readable picture")
        file = self.folder / f"photo_{len(self._read) + 1}{Path(path).suffix.lower()}"
        file.write_bytes(data)
        return str(file), ""


def layer_photos(algorithm, parameters, name: str, context, fields: tuple[str, ...], crs=None):
    """(database, [(values of ``fields``, geometry in ``crs`` or None, photo path)]) of the
    features of the input ``name`` that have a photo; (None, []) when the input is not given
    or has no photo field. Without ``crs`` no geometry is read."""
    from qgis.core import QgsCoordinateTransform

    source = algorithm.parameterAsSource(parameters, name, context)
    if source is None or source.fields().lookupField(model.PHOTO_FIELD) < 0:
        return None, []
    wanted = [n for n in (*fields, model.PHOTO_FIELD) if source.fields().lookupField(n) >= 0]
    request = QgsFeatureRequest()
    if crs is None:
        request.setFlags(QgsFeatureRequest.NoGeometry)
    else:
        transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
    request.setSubsetOfAttributes(wanted, source.fields())
    found = []
    for feature in source.getFeatures(request):
        value = feature[model.PHOTO_FIELD]
        if is_null(value) or str(value) == "":
            continue
        values = tuple(
            convert.short_text(feature[n]) if source.fields().lookupField(n) >= 0 else ""
            for n in fields
        )
        geometry = None
        if crs is not None and feature.hasGeometry():
            geometry = _transformed(feature.geometry(), transform)
        found.append((values, geometry, str(value)))  # the path as stored: pages name it so
    layer = inputs.source_layer(algorithm, parameters, name, context)
    decoded = layer_table(layer) if layer is not None else None
    return (decoded[0] if decoded else None), found


def _transformed(geometry, transform):
    """A copy of ``geometry`` in the working CRS; None when it cannot be transformed (it is
    then in no area: its photo is not printed)."""
    from qgis.core import QgsCsException, QgsGeometry

    copy = QgsGeometry(geometry)
    try:
        copy.transform(transform)
    except QgsCsException:
        return None
    return copy


def photos_within(files, located, area) -> list:
    """The photos of ``located`` ((database, rows) from ``layer_photos`` with one id field and
    geometries) whose feature lies in ``area``, named by that id."""
    database, rows = located
    return [files.photo(database, fid, path) for (fid,), shape, path in rows if covers(area, shape)]


def point_photos(files, marked, owners: set) -> list:
    """The photos of the survey points of ``marked`` ((database, rows) from ``layer_photos``
    with the owner fields, most telling first, then point_type and seq) whose owner (the first
    owner field set) is one of ``owners``; named "<owner> <point type> <seq>"."""
    database, rows = marked
    found = []
    for (*owner_fields, point_type, seq), _g, path in rows:
        owner = next((v for v in owner_fields if v), None)
        if owner in owners:
            label = " ".join(t for t in (owner, point_type, seq) if t)
            found.append(files.photo(database, label, path))
    return found


def covers(area, geometry) -> bool:
    """Whether ``geometry`` (a release, an evidence point) lies in the area, more than along
    its edge."""
    return geometry is not None and area.intersects(geometry) and not area.touches(geometry)


def database_evidence_photos(algorithm, parameters, name: str, context, crs):
    """(database, [((evidence_id,), point in ``crs``, photo path)]) of the evidence with a
    photo in the land release database of the input ``name``; (None, []) when that input is
    not from one."""
    from qgis.core import QgsCoordinateTransform, QgsProviderRegistry, QgsVectorLayer

    from ..storage import postgis

    layer = inputs.source_layer(algorithm, parameters, name, context)
    decoded = layer_table(layer) if layer is not None else None
    if decoded is None:
        return None, []
    database = decoded[0]
    if isinstance(database, postgis.PgDatabase):
        evidence = QgsVectorLayer(database.layer_source("evidence"), "evidence", postgis.PROVIDER)
    else:  # opened as the input is (a GeoPackage opened in WAL and without it fails to read)
        parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
        parts["layerName"] = "evidence"
        source = QgsProviderRegistry.instance().encodeUri("ogr", parts)
        evidence = QgsVectorLayer(source, "evidence", "ogr")
    if not evidence.isValid() or evidence.fields().lookupField(model.PHOTO_FIELD) < 0:
        return database, []
    transform = QgsCoordinateTransform(evidence.crs(), crs, context.transformContext())
    request = QgsFeatureRequest().setFilterExpression(f'"{model.PHOTO_FIELD}" IS NOT NULL')
    found = []
    for feature in evidence.getFeatures(request):
        value = feature[model.PHOTO_FIELD]
        if is_null(value) or str(value) == "" or not feature.hasGeometry():
            continue
        point = _transformed(feature.geometry(), transform)
        if point is None:
            continue
        found.append(((convert.short_text(feature["evidence_id"]),), point, str(value)))
    return database, found
