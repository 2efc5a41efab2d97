"""Undo and redo of the rows of the Turning points dialog: each change to the rows (a cell, an
insert, a delete, a move, a paste, an import) is one command that puts the rows back."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QKeySequence
from qgis.PyQt.QtWidgets import QAbstractItemDelegate, QAction

try:  # Qt 5
    from qgis.PyQt.QtWidgets import QUndoCommand
except ImportError:  # Qt 6
    from qgis.PyQt.QtGui import QUndoCommand


def tr(text: str) -> str:
    return QCoreApplication.translate("TurningPointsDialog", text)


@dataclass(frozen=True)
class TableState:
    """The rows of the table as typed and the current cell."""

    rows: tuple
    row: int = -1
    column: int = -1


class RowsCommand(QUndoCommand):
    """A change to the rows (a cell, an insert, a delete, a move, a paste, an import), undone
    and redone by putting the rows back as they were before and after it."""

    def __init__(self, dialog, text: str, before: TableState, after: TableState):
        super().__init__(text)
        self._dialog, self.before, self.after = dialog, before, after
        self._pushed = False

    def redo(self):
        if not self._pushed:  # the change is already in the table when it is pushed
            self._pushed = True
            return
        self._dialog._restore(self.after)

    def undo(self):
        self._dialog._restore(self.before)


class RowsUndo:
    """The dialog's undo of its rows (a mixin of TurningPointsDialog): ``undo_stack`` holds
    :class:`RowsCommand` s; ``_state`` is the rows as of the last command, ``_suspended`` counts
    the blocks whose changes become one command."""

    def _setup_undo(self):
        """Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y, and the Undo and Redo buttons, for the rows."""
        self.undo_action = QAction(
            QgsApplication.getThemeIcon("/mActionUndo.svg"), tr("Undo"), self
        )
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.Undo))
        self.redo_action = QAction(
            QgsApplication.getThemeIcon("/mActionRedo.svg"), tr("Redo"), self
        )
        redo_keys = list(QKeySequence.keyBindings(QKeySequence.Redo))
        for keys in (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")):
            if keys not in redo_keys:
                redo_keys.append(keys)
        self.redo_action.setShortcuts(redo_keys)
        for action, slot in ((self.undo_action, self.undo), (self.redo_action, self.redo)):
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self.undo_button.clicked.connect(self.undo)
        self.redo_button.clicked.connect(self.redo)
        self.undo_stack.canUndoChanged.connect(self._update_undo_buttons)
        self.undo_stack.canRedoChanged.connect(self._update_undo_buttons)
        self.undo_stack.indexChanged.connect(self._update_undo_buttons)
        self._update_undo_buttons()

    def _table_state(self) -> TableState:
        return TableState(tuple(self.rows()), self.table.currentRow(), self.table.currentColumn())

    @contextlib.contextmanager
    def _undoable(self, text: str):
        """Changes to the rows made in the block become one undo command named ``text``."""
        self._suspended += 1
        try:
            yield
        finally:
            self._suspended -= 1
        self._record(text)

    def _record(self, text: str) -> None:
        """Push the change since the last command, if the rows changed."""
        if self._suspended:
            return
        after = self._table_state()
        if after.rows != self._state.rows:
            self.undo_stack.push(RowsCommand(self, text, self._state, after))
        self._state = after

    def _restore(self, state: TableState) -> None:
        self._suspended += 1
        try:
            self.set_rows(list(state.rows))
            if state.row >= 0:
                row = min(state.row, self.table.rowCount() - 1)
                self.table.setCurrentCell(row, max(state.column, 0))
        finally:
            self._suspended -= 1
        self._state = self._table_state()
        self._schedule()

    def undo(self) -> None:
        """Undo the last change to the rows (a cell, an insert, a delete, a move, a paste, an
        import)."""
        self._commit_editor()
        self.undo_stack.undo()

    def redo(self) -> None:
        self._commit_editor()
        self.undo_stack.redo()

    def _commit_editor(self) -> None:
        """Close an open cell editor, keeping its text, so that it is a change of its own."""
        index = self.table.currentIndex()
        editor = self.table.indexWidget(index) if index.isValid() else None
        if editor is not None:
            self.delegate.commitData.emit(editor)
            self.delegate.closeEditor.emit(editor, QAbstractItemDelegate.NoHint)

    def _update_undo_buttons(self, *_):
        stack = self.undo_stack
        self.undo_button.setEnabled(stack.canUndo())
        self.redo_button.setEnabled(stack.canRedo())
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.undo_button.setToolTip(
            tr("Undo: {} (Ctrl+Z)").format(stack.undoText()) if stack.canUndo() else tr("Undo")
        )
        self.redo_button.setToolTip(
            tr("Redo: {} (Ctrl+Shift+Z or Ctrl+Y)").format(stack.redoText())
            if stack.canRedo()
            else tr("Redo")
        )

    # --- keyboard: paste, copy, delete, Enter --------------------------------------------------
