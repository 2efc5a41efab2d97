"""A passed release whose reviewed work changes in a GeoPackage layer (the attribute table, the
form, the vertex tool) goes back to pending, its review fields cleared, in the same commit."""

from __future__ import annotations

from qgis.core import Qgis, QgsFeatureRequest, QgsMessageLog, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from .field_values import _text
from .layers import RELEASE
from .refusals import LOG_TAG
from .review import PASSED, PENDING, REVIEW_FIELDS


def tr(text: str) -> str:
    return QCoreApplication.translate("LandReleaseReview", text)


# What a review judged: a passed release whose polygon or one of these changes is pending again.
REVIEWED_WORK_FIELDS = ("outcome", "method", "start_date", "end_date", "depth_cm")
_WATCHED: set[str] = set()


def watch(layer: QgsVectorLayer, name: str | None = None) -> None:
    """Before each commit of a GeoPackage land_release layer (the attribute table, the form,
    the vertex tool): a passed release whose polygon, outcome, method, dates or depth change
    goes back to pending, its review fields cleared, in the same commit (the edit log shows
    it). A failed release stays failed: re-working it is a new release. On PostGIS the database
    decides (its triggers and the editor's rights)."""
    from .. import postgis
    from ..derived import layer_table

    found = layer_table(layer)
    table = name or (found[1] if found else None)
    if found is None or table != RELEASE or isinstance(found[0], postgis.PgDatabase):
        return
    if layer.id() in _WATCHED:
        return
    layer_id = layer.id()
    _WATCHED.add(layer_id)
    layer.willBeDeleted.connect(lambda: _WATCHED.discard(layer_id))
    layer.beforeCommitChanges.connect(lambda *_args: reopen_changed_passed(layer))


def reopen_changed_passed(layer: QgsVectorLayer) -> list[int]:
    """Set the passed releases whose reviewed work changes in ``layer``'s edit buffer back to
    pending (review fields cleared); returns their feature ids."""
    buffer = layer.editBuffer()
    if buffer is None:
        return []
    fields = layer.fields()
    work = {fields.indexOf(n) for n in REVIEWED_WORK_FIELDS} - {-1}
    geometries = buffer.changedGeometries()
    values = buffer.changedAttributeValues()
    candidates = {f for f in geometries if f >= 0}
    candidates |= {f for f, changed in values.items() if f >= 0 and work & set(changed)}
    if not candidates:
        return []
    request = QgsFeatureRequest().setFilterFids(sorted(candidates))
    reopened = []
    for stored in layer.dataProvider().getFeatures(request):
        if _text(stored["qa_status"]) != PASSED:
            continue
        fid = stored.id()
        moved = fid in geometries and not geometries[fid].equals(stored.geometry())
        edited = any(
            _text(value) != _text(stored.attribute(index))
            for index, value in values.get(fid, {}).items()
            if index in work
        )
        if moved or edited:
            _reopen(layer, fid)
            reopened.append(fid)
            QgsMessageLog.logMessage(
                tr(
                    "Release {} had passed review; its work changed, so it is pending review again."
                ).format(_text(stored["release_id"]) or fid),
                LOG_TAG,
                Qgis.Info,
            )
    return reopened


def _reopen(layer: QgsVectorLayer, fid: int) -> None:
    fields = layer.fields()
    for name in REVIEW_FIELDS:
        index = fields.indexOf(name)
        if index >= 0:
            layer.changeAttributeValue(fid, index, PENDING if name == "qa_status" else None)
