"""Undoing a saved release and writing it again (the record dialog's undo and redo)."""

from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication

from .field_values import _text
from .hazard_figures import _settle_figures
from .layers import POINT, RELEASE, ReleaseLayers, _reload
from .releases import SavedRelease, save_release
from .stored_rows import _other_hazards, _stored_geometry, find_hazard
from .transaction import (
    SaveError,
    _log_start,
    _quote,
    _refuse_pending_edits,
    _sign_log,
    _Transaction,
    _user,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("LandReleaseRecording", text)


def undo_release(layers: ReleaseLayers, saved: SavedRelease, user: str | None = None):
    """Remove a saved release and the survey points saved with it, and recompute the figures
    of the hazards it touched, in one transaction (the edit log keeps both rows). Returns the
    ``core.derived.Figures`` of the release's hazard after it (None when that hazard is no
    longer in the database)."""
    _refuse_pending_edits(layers)
    user = user or _user()
    hazard = find_hazard(layers, saved.hazard_id)
    if not saved.release_uuid:
        raise SaveError(
            tr("The release {} has no UUID and cannot be undone.").format(saved.release_id)
        )
    stored = _stored_geometry(layers, saved.release_uuid)
    affected = [hazard] if hazard is not None else []
    if stored is not None:
        affected += _other_hazards(layers, stored, hazard)
    with _Transaction(layers.database) as tx:
        tx.lock_hazards(_text(h["hazard_id"]) for h in affected)
        since = _log_start(tx)
        present = tx.sql(
            f'SELECT qa_status FROM "{RELEASE}" WHERE uuid = {_quote(saved.release_uuid)}'
        )
        if len(present) != 1:
            raise SaveError(
                tr("The release {} is no longer in the database.").format(saved.release_id)
            )
        reviewed = _text(present[0][0])
        if reviewed not in (None, "pending"):
            raise SaveError(
                tr(
                    "The release {} was reviewed by quality management ({}) after it was saved: "
                    "it is not undone. Ask quality management to reopen it, then change it."
                ).format(saved.release_id, reviewed)
            )
        tx.sql(f'DELETE FROM "{RELEASE}" WHERE uuid = {_quote(saved.release_uuid)}')
        if saved.point_uuids:
            uuids = ", ".join(_quote(u) for u in saved.point_uuids)
            tx.sql(f'DELETE FROM "{POINT}" WHERE uuid IN ({uuids})')
        figures = _settle_figures(tx, layers, affected)
        _sign_log(tx, since, user)
        tx.commit()
    _reload(layers)
    return figures[0] if hazard is not None else None


def redo_release(
    layers: ReleaseLayers, saved: SavedRelease, user: str | None = None
) -> SavedRelease:
    """Write an undone release again, with the same UUID and attributes."""
    if saved.candidate is None:
        raise SaveError(tr("The release {} cannot be written again.").format(saved.release_id))
    return save_release(layers, saved.candidate, user)
