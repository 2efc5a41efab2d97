"""A hazard's remaining area and status recomputed inside the save transaction, from the
releases the database holds as the transaction sees them (its own writes and the saves of
others committed before its locks included)."""

from __future__ import annotations

import datetime

from qgis.core import QgsFeature
from qgis.PyQt.QtCore import QCoreApplication

from .field_values import _text
from .layers import HAZARD, RELEASE, ReleaseLayers
from .live_check import _broken_releases_message
from .polygons import _area_function, _hazard_geometry, _shapely
from .transaction import SaveError, _quote, _Transaction


def tr(text: str) -> str:
    return QCoreApplication.translate("LandReleaseRecording", text)


def _hazard_figures(tx, layers: ReleaseLayers, hazard: QgsFeature):
    """(remaining m², status) of ``hazard`` from the releases stored in the database as the
    transaction ``tx`` sees them, its own writes included; a failed release (or one whose
    qa_status is no code) does not count."""
    import numpy as np
    import shapely

    from ...core.accounting import account
    from ...core.accounting.inputs import FAILED, review_state

    hazard_geometry = _hazard_geometry(layers, hazard)
    box = hazard_geometry.boundingBox()
    table = tx.layer(RELEASE)
    table.SetSpatialFilterRect(box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum())
    outcomes, geometries, broken = [], [], []
    try:
        table.ResetReading()
        for row in table:
            geometry = row.GetGeometryRef()
            if geometry is None or geometry.IsEmpty():
                continue
            if review_state(row.GetField("qa_status")) in (FAILED, None):
                continue
            shape = shapely.from_wkb(bytes(geometry.ExportToIsoWkb()))
            if not np.isfinite(shapely.get_coordinates(shape)).all():
                broken.append(row.GetField("release_id") or "?")
            outcomes.append(row.GetField("outcome"))
            geometries.append(shape)
    except RuntimeError as error:
        raise SaveError(tx.explain(str(error))) from error
    finally:
        table.SetSpatialFilter(None)
    if broken:
        raise SaveError(_broken_releases_message(broken) + " " + tr("Nothing was saved."))
    result = account(
        [_shapely(hazard_geometry)],
        geometries,
        outcomes,
        [None] * len(outcomes),
        area=_area_function(layers.release),
    )
    figures = result.hazards[0]
    return round(figures.remaining_m2, 2), figures.status


def _update_hazard(
    tx: _Transaction, hazard_id: str, remaining: float, status: str, previous: str | None = None
) -> None:
    """Store the figures; ``status_changed_on`` becomes today when the status changes, and
    stays when it is ``previous`` (the status before the save: the stored one may be the
    'unknown' the triggers just wrote)."""
    today = datetime.date.today().isoformat()
    changed_on = (
        ""
        if previous == status
        else f"status_changed_on = CASE WHEN coalesce(status, '') <> {_quote(status)} "
        f"THEN {_quote(today)} ELSE status_changed_on END, "
    )
    tx.sql(
        f'UPDATE "{HAZARD}" SET remaining_area_m2 = {remaining!r}, {changed_on}'
        f"status = {_quote(status)} WHERE hazard_id = {_quote(hazard_id)}"
    )


def _write_figures(tx, layers: ReleaseLayers, hazards: list[QgsFeature]) -> tuple[float, str]:
    """Recompute the figures of ``hazards``, then store them; returns the first one's
    (remaining m², status)."""
    figures = [(h, *_hazard_figures(tx, layers, h)) for h in hazards]
    for h, remaining, status in figures:
        _update_hazard(tx, _text(h["hazard_id"]), remaining, status, _text(h["status"]))
    return figures[0][1], figures[0][2]
