"""Pass or fail the chosen release: the reason, the confirmation a release with checkdata errors
asks for, the save and what the officer is told; then the next release of the queue."""

from __future__ import annotations

from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QKeySequence
from qgis.PyQt.QtWidgets import QMessageBox, QShortcut

from ...storage.recording import SaveError
from ...storage.recording.review import FAILED, PASSED, review_problem, review_release

PASS_KEYS = ("Ctrl+Return", "Ctrl+Enter")
FAIL_KEYS = ("Ctrl+Shift+F",)


def tr(text: str) -> str:
    return QCoreApplication.translate("ReviewReleasesDock", text)


def _shown(keys) -> str:
    return QKeySequence(keys[0]).toString(QKeySequence.NativeText)


class DecisionPart:
    """The dock's part that saves a decision (Pass, Fail and their shortcuts)."""

    def _setup_decision(self):
        self.pass_button.setIcon(QgsApplication.getThemeIcon("/mIconSuccess.svg"))
        self.fail_button.setIcon(QgsApplication.getThemeIcon("/mActionRemove.svg"))
        self.pass_button.setToolTip(
            tr("The release meets the standard: it counts as officially released ({})").format(
                _shown(PASS_KEYS)
            )
        )
        self.fail_button.setToolTip(
            tr("The release does not meet the standard; write the reason first ({})").format(
                _shown(FAIL_KEYS)
            )
        )
        self.pass_button.clicked.connect(self.pass_release)
        self.fail_button.clicked.connect(self.fail_release)
        self._shortcuts = []
        for keys, slot in ((PASS_KEYS, self.pass_release), (FAIL_KEYS, self.fail_release)):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)
                self._shortcuts.append(shortcut)

    def _update_buttons(self):
        chosen = self.current_release() is not None
        self.pass_button.setEnabled(chosen)
        self.fail_button.setEnabled(chosen)

    def pass_release(self):
        return self._decide(PASSED)

    def fail_release(self):
        return self._decide(FAILED)

    def _decide(self, qa_status: str):
        """Save the decision on the chosen release; the Reviewed, or None (the reason shown)."""
        release = self.current_release()
        if release is None or self.layers is None:
            self._say(tr("Choose a release in the queue first."), Qgis.Warning)
            return None
        remarks = self.reason_edit.toPlainText()
        problem = review_problem(qa_status, remarks)
        if problem:
            self._say(problem, Qgis.Warning)
            self.reason_edit.setFocus()
            return None
        if qa_status == PASSED and self.errors and not self._confirm_pass(release, self.errors):
            self._say(tr("Release {} was not passed.").format(release.release_id), Qgis.Info)
            return None
        QgsApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            done = review_release(self.layers, release, qa_status, remarks)
        except SaveError as error:
            QgsApplication.restoreOverrideCursor()
            self._say(str(error), Qgis.Critical, tr("Nothing was saved."))
            self.refresh_queue()
            return None
        QgsApplication.restoreOverrideCursor()
        self.reason_edit.clear()
        self._say(self._done_text(done), Qgis.Success)
        self.refresh_queue()
        self.queue_table.setFocus()
        return done

    def _done_text(self, done) -> str:
        if done.qa_status == PASSED:
            text = tr("Release {} passed.").format(done.release_id)
        else:
            text = tr("Release {} failed: it no longer counts as released.").format(done.release_id)
        if done.hazards_changed:
            text += " " + tr("Remaining area recomputed for: {}.").format(
                ", ".join(done.hazards_changed)
            )
        return text

    def _confirm_pass(self, release, errors: list[str]) -> bool:
        """Whether the officer passes a release that has checkdata errors, having read them."""
        box = QMessageBox(
            QMessageBox.Warning,
            tr("Pass a release with errors?"),
            tr("The checks find {} error(s) in release {}:").format(len(errors), release.release_id)
            + "".join(f"\n• {e}" for e in errors)
            + "\n\n"
            + tr("Pass it all the same?"),
            QMessageBox.Yes | QMessageBox.No,
            self,
        )
        box.setDefaultButton(QMessageBox.No)
        box.setObjectName("ConfirmPassWithErrors")
        return box.exec_() == QMessageBox.Yes

    def _say(self, text: str, level, title: str = ""):
        self.message_bar.clearWidgets()
        duration = 0 if level in (Qgis.Critical, Qgis.Warning) else 8
        self.tell(level, text, duration, title=title or None)
