"""The survey points saved with a release, a hazard or a minefield record."""

from __future__ import annotations

from qgis.core import QgsFeature
from qgis.PyQt.QtCore import QCoreApplication

from ...core import model
from .field_values import _attribute_problems, _attributes, _value
from .layers import POINT
from .polygons import _has_position


def tr(text: str) -> str:
    return QCoreApplication.translate("LandReleaseRecording", text)


def _survey_point_errors(points, first_seq: int = 1) -> list[str]:
    """Why survey ``points`` cannot be saved, each named by its sequence number (owner_id is
    set by the save)."""
    errors = []
    definition = model.layer(POINT)
    for number, point in enumerate(points, start=first_seq):
        problems = _attribute_problems(point, definition, skip=("owner_id",))
        seq = _value(point, "seq") if "seq" not in problems else None
        seq = number if seq is None else seq
        for text in problems.values():
            errors.append(tr("Survey point {}: {}").format(seq, text))
        if not _has_position(point.geometry()):
            errors.append(tr("Survey point {} has no position.").format(seq))
    return errors


def _insert_points(tx, points: list[QgsFeature], owner_id: str, user) -> None:
    """The survey points of a release, hazard or record, owned by ``owner_id``, inside ``tx``."""
    for point in points:
        values = _attributes(point, model.layer(POINT))
        values.update(owner_id=owner_id, created_by=user)
        tx.insert(POINT, values, point.geometry())
