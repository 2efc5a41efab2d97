"""Saving a new hazard with its survey points (the Turning points dialog)."""

from __future__ import annotations

from qgis.core import QgsFeature
from qgis.PyQt.QtCore import QCoreApplication

from ...core import model
from .field_values import _attribute_errors, _attributes, _value
from .hazard_figures import _settle_figures
from .layers import HAZARD, ReleaseLayers, _reload
from .polygons import _area_function, _polygon_problem, _shapely, _single_part
from .stored_rows import _hazard_exists
from .survey_points import _insert_points, _survey_point_errors
from .transaction import (
    SaveError,
    _before_commit_hook,
    _log_start,
    _refuse_pending_edits,
    _sign_log,
    _Transaction,
    _user,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("LandReleaseRecording", text)


def _validate_hazard(layers: ReleaseLayers, feature: QgsFeature, points) -> list[str]:
    """Why the hazard ``feature`` and its survey ``points`` cannot be saved; [] when they can."""
    errors = _attribute_errors(feature, model.layer(HAZARD))
    hazard_id = _value(feature, "hazard_id")
    if hazard_id is not None and _hazard_exists(layers, "hazard_id", str(hazard_id)):
        errors.append(
            tr("A hazard {} is already recorded: choose another hazard ID.").format(hazard_id)
        )
    uuid = _value(feature, "uuid")
    if uuid is not None and _hazard_exists(layers, "uuid", str(uuid)):
        errors.append(tr("This hazard is already saved."))
    problem = _polygon_problem(
        feature.geometry(),
        tr("The hazard has no polygon."),
        tr("The hazard geometry must be a polygon."),
        tr("The polygon is not valid (its sides cross?): correct the points before saving."),
        tr("The polygon has several parts: record each part as its own hazard."),
    )
    if problem:
        errors.append(problem)
    errors += _survey_point_errors(points)
    return errors


def save_hazard(
    layers: ReleaseLayers, feature: QgsFeature, points=(), user: str | None = None
) -> str:
    """Validate and write a new hazard (``feature``: hazard fields, geometry in the hazard
    layer's CRS) and its survey ``points`` (survey_point fields, geometry in that layer's CRS;
    their owner_id becomes the hazard_id) in one transaction; returns the hazard_id. The
    estimated and remaining areas are the polygon's ellipsoidal area. Raises SaveError and writes
    nothing on failure."""
    points = list(points)
    errors = _validate_hazard(layers, feature, points)
    if errors:
        raise SaveError("\n".join(errors))
    return _write_hazards(layers, [(feature, points)], user)[0]


def save_hazards(layers: ReleaseLayers, items, user: str | None = None) -> list[str]:
    """Validate and write new hazards, each ``(feature, points)`` as in :func:`save_hazard`, all
    in one transaction: all are written or none. Errors are named by hazard id."""
    items = [(feature, list(points)) for feature, points in items]
    errors = []
    seen: set[str] = set()
    for feature, points in items:
        hazard_id = _value(feature, "hazard_id")
        for problem in _validate_hazard(layers, feature, points):
            errors.append(tr("{}: {}").format(hazard_id, problem))
        if hazard_id is not None and str(hazard_id) in seen:
            errors.append(tr("{}: this hazard ID is given twice.").format(hazard_id))
        seen.add(str(hazard_id))
    if errors:
        raise SaveError("\n".join(errors))
    return _write_hazards(layers, items, user)


def _write_hazards(layers: ReleaseLayers, items, user: str | None) -> list[str]:
    _refuse_pending_edits(layers)
    area_of = _area_function(layers.hazard)
    rows = []
    for feature, points in items:
        geometry = _single_part(feature.geometry())
        area = round(float(area_of([_shapely(geometry)])[0]), 2)
        values = _attributes(feature, model.layer(HAZARD))
        for f in model.layer(HAZARD).fields:
            if f.default is not None and _value(feature, f.name) is None:
                values[f.name] = f.default
        by = user or _value(feature, "created_by") or _user()
        values.update(estimated_area_m2=area, remaining_area_m2=area, created_by=by)
        rows.append((str(_value(feature, "hazard_id")), values, geometry, points, by))
    with _Transaction(layers.database) as tx:
        since = _log_start(tx)
        for hazard_id, values, geometry, points, by in rows:
            tx.insert(HAZARD, values, geometry)
            _insert_points(tx, points, hazard_id, by)
        # Hazards drawn over releases already recorded: their figures now, in this transaction.
        _settle_figures(tx, layers, [])
        _sign_log(tx, since, user or (rows[0][4] if rows else None))
        _before_commit_hook()
        tx.commit()
    _reload(layers)
    return [row[0] for row in rows]
