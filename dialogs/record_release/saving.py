"""Save, clear, undo and redo: a saved release is a command on the dock's undo stack."""

from __future__ import annotations

from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QUndoCommand

from ...storage.derived import reason_text
from ...storage.recording import SavedRelease, SaveError, redo_release, save_release, undo_release
from .labels import format_ha, status_word


def tr(text: str) -> str:
    return QCoreApplication.translate("RecordReleaseDock", text)


class ReleaseCommand(QUndoCommand):
    """One saved release on the undo stack. Its first redo() is skipped: the save is done."""

    def __init__(self, dock: SavingPart, saved: SavedRelease):
        super().__init__(tr("Record release {}").format(saved.release_id))
        self.dock = dock
        self.saved = saved
        self._done = True

    def redo(self):
        if self._done:
            return
        saved = self.dock._redo_saved(self.saved)
        if saved is None:
            self.setObsolete(True)
        else:
            self.saved = saved
            self._done = True

    def undo(self):
        if self.dock._undo_saved(self.saved):
            self._done = False
        else:
            self.setObsolete(True)


class SavingPart:
    """The dock's part that saves a release and undoes or redoes it (``self.undo_stack``)."""

    def save(self) -> SavedRelease | None:
        """Save the release in one transaction; None (and the reason shown) if not saved."""
        check = self.current_check()
        if self.layers is None or self.hazard is None or self.geometry is None:
            self.tell(Qgis.Warning, tr("Choose a hazard and the released polygon first."), 5)
            return None
        if check is None or not check.valid or not check.can_save:
            self.tell(Qgis.Critical, tr("The release cannot be saved: see the checks."))
            return None
        candidate = self.candidate()
        QgsApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            saved = save_release(self.layers, candidate)
        except SaveError as error:
            QgsApplication.restoreOverrideCursor()
            self.tell(Qgis.Critical, str(error), title=tr("Nothing was saved."))
            return None
        QgsApplication.restoreOverrideCursor()
        self.undo_stack.push(ReleaseCommand(self, saved))
        self.message_bar.clearWidgets()
        self._tell_figures(
            tr("Release {release} saved. Hazard {hazard} now has {ha} ha remaining ({status})."),
            tr(
                "Release {release} saved. Hazard {hazard}: remaining area and status unknown "
                "({why})."
            ),
            saved,
            (saved.remaining_m2, saved.status, saved.unknown_reason),
        )
        self._after_write()
        self.clear()
        return saved

    def clear(self):
        """Clear the polygon and the form for the next release; the hazard stays."""
        if self.layers is None:
            return
        self._stop_tool(self._digitise_tool, self.digitise_button)
        self.geometry = None
        self.points = []
        if self._sketch_layer is not None:
            self._sketch_layer.rollBack()
            self._sketch_layer.startEditing()
        self._reset_form()
        self._show_candidate()
        self._schedule_check()

    def _after_write(self):
        """Fresh hazard figures, checks and map after a save, undo or redo."""
        if self.layers is None:
            return
        if self.hazard is not None:
            self.hazard = self._hazard_by_id(self.hazard["hazard_id"])
        self._show_hazard()
        self._schedule_check()
        self.canvas.refresh()

    def _undo_saved(self, saved: SavedRelease) -> bool:
        if self.layers is None:
            return False
        try:
            figures = undo_release(self.layers, saved)
        except SaveError as error:
            self.tell(
                Qgis.Critical,
                str(error),
                title=tr("The release {} was not undone.").format(saved.release_id),
            )
            return False
        self.message_bar.clearWidgets()
        if figures is None:  # the hazard was deleted meanwhile
            self.tell(Qgis.Info, tr("Release {} removed.").format(saved.release_id), 10)
        else:
            self._tell_figures(
                tr("Release {release} removed. Hazard {hazard} has {ha} ha remaining ({status})."),
                tr(
                    "Release {release} removed. Hazard {hazard}: remaining area and status "
                    "unknown ({why})."
                ),
                saved,
                (figures.remaining_m2, figures.status, reason_text(figures)),
            )
        self._after_write()
        return True

    def _redo_saved(self, saved: SavedRelease) -> SavedRelease | None:
        if self.layers is None:
            return None
        try:
            again = redo_release(self.layers, saved)
        except SaveError as error:
            self.tell(
                Qgis.Critical,
                str(error),
                title=tr("The release {} was not saved again.").format(saved.release_id),
            )
            return None
        self.message_bar.clearWidgets()
        self._tell_figures(
            tr(
                "Release {release} saved again. Hazard {hazard} now has {ha} ha remaining "
                "({status})."
            ),
            tr(
                "Release {release} saved again. Hazard {hazard}: remaining area and status "
                "unknown ({why})."
            ),
            again,
            (again.remaining_m2, again.status, again.unknown_reason),
        )
        self._after_write()
        return again

    def _tell_figures(self, known: str, unknown: str, saved: SavedRelease, after) -> None:
        """What a save, undo or redo of ``saved`` did and the figures of its hazard ``after``
        it ((remaining m², status, why unknown)): ``known`` filled, or ``unknown`` as a warning
        while they cannot be known (never a figure the database does not hold)."""
        remaining_m2, status, why = after
        fill = {"release": saved.release_id, "hazard": saved.hazard_id}
        if remaining_m2 is None:
            why = why or tr("they are being recomputed")
            self.tell(Qgis.Warning, unknown.format(why=why, **fill), 15)
            return
        ha, status = format_ha(remaining_m2), status_word(status)
        self.tell(Qgis.Success, known.format(ha=ha, status=status, **fill), 10)

    def _update_undo_buttons(self, *_):
        self.undo_button.setEnabled(self.undo_stack.canUndo())
        self.redo_button.setEnabled(self.undo_stack.canRedo())
        lasts = tr("The undo history lasts while QGIS runs: it is lost when QGIS closes.")
        stack = self.undo_stack
        undo = tr("Undo: {}").format(stack.undoText()) if stack.canUndo() else ""
        redo = tr("Redo: {}").format(stack.redoText()) if stack.canRedo() else ""
        self.undo_button.setToolTip("\n".join(t for t in (undo, lasts) if t))
        self.redo_button.setToolTip("\n".join(t for t in (redo, lasts) if t))
