"""The figures of the hazards a save or an undo touches, settled inside its transaction by the
rule every writer of them follows (``storage.derived.settle``: ``core.derived`` as of today),
from the releases the database holds as the transaction sees them (its own writes and the
saves of others committed before its locks included)."""

from __future__ import annotations

from qgis.core import QgsFeature
from qgis.PyQt.QtCore import QCoreApplication

from .field_values import _text
from .layers import HAZARD, RELEASE, ReleaseLayers
from .live_check import _broken_releases_message, _finite
from .polygons import _hazard_geometry
from .transaction import SaveError, _quote


def tr(text: str) -> str:
    return QCoreApplication.translate("LandReleaseRecording", text)


def _settle_figures(tx, layers: ReleaseLayers, hazards: list[QgsFeature]) -> list:
    """Recompute and store the figures of ``hazards`` and of every hazard the transaction's
    writes marked; the ``core.derived.Figures`` of each of ``hazards`` (unknown, with the
    reason, where a release touching it cannot be read). Raises SaveError when a release in
    their boxes has a vertex without a position."""
    from ...core.derived import UNKNOWN, Figures
    from .. import derived

    _refuse_broken_releases(tx, layers, hazards)
    ids = [_text(h["hazard_id"]) for h in hazards]
    listed = ", ".join(_quote(i) for i in ids if i is not None)
    fids = (
        f'SELECT CAST(fid AS INTEGER) AS hazard_fid FROM "{HAZARD}" WHERE hazard_id IN ({listed})'
    )
    rows = tx.sql(fids) if listed else []
    try:
        settled = derived.settle(tx, also=[int(r[0]) for r in rows])
    except (RuntimeError, derived.RefreshError) as error:  # OGR's reading, as SaveError's
        raise SaveError(tx.explain(str(error))) from error
    return [settled.figures.get(i) or Figures(None, UNKNOWN) for i in ids]


def _refuse_broken_releases(tx, layers: ReleaseLayers, hazards: list[QgsFeature]) -> None:
    """SaveError when a release stored in a hazard's box, and not failed, has a NaN or
    infinite coordinate (nothing can be counted with it)."""
    import shapely

    from ...core.accounting.inputs import FAILED, review_state

    table = tx.layer(RELEASE)
    broken = []
    for hazard in hazards:
        box = _hazard_geometry(layers, hazard).boundingBox()
        table.SetSpatialFilterRect(box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum())
        try:
            table.ResetReading()
            for row in table:
                geometry = row.GetGeometryRef()
                if geometry is None or geometry.IsEmpty():
                    continue
                if review_state(row.GetField("qa_status")) == FAILED:
                    continue
                if not _finite(shapely.from_wkb(bytes(geometry.ExportToIsoWkb()))):
                    broken.append(row.GetField("release_id") or "?")
        except RuntimeError as error:
            raise SaveError(tx.explain(str(error))) from error
        finally:
            table.SetSpatialFilter(None)
    if broken:
        broken = list(dict.fromkeys(broken))
        raise SaveError(_broken_releases_message(broken) + " " + tr("Nothing was saved."))
