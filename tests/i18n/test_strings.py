"""Every user-visible string goes through translation, and both .ts files translate all of them.

Static checks (no QGIS): ``scripts/i18n.py`` reads the code with ``ast`` and the ``.ui`` files.
After adding strings: ``make update-translations``, translate the new entries, ``make test``.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("landrelease_i18n", ROOT / "scripts" / "i18n.py")
i18n = sys.modules.setdefault("landrelease_i18n", importlib.util.module_from_spec(_spec))
_spec.loader.exec_module(i18n)

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d|<[^>]+>")


@pytest.fixture(scope="module")
def collected():
    messages, problems = i18n.collect()
    return messages, problems


def test_no_user_facing_literal_escapes_translation():
    found = i18n.untranslated(i18n.parse_python())
    assert not found, "wrap these in tr():\n" + "\n".join(
        f"{rel}:{line}: {text!r}" for rel, line, text in found
    )


def test_tr_gets_literals(collected):
    _messages, problems = collected
    assert not problems, problems


def test_strings_found_in_every_context(collected):
    messages, _ = collected
    contexts = {m.context for m in messages}
    # module wrappers, class attributes, self.tr, QT_TRANSLATE_NOOP and .ui forms
    for context in (
        "LandReleasePlugin",
        "LandReleaseDatabase",
        "LandReleaseModel",
        "LandReleaseChecks",
        "DelineateSha",
        "NewDatabaseDialog",
        "RecordReleaseDock",
        "TurningPointsDialog",
    ):
        assert context in contexts
    keys = {(m.context, m.source) for m in messages}
    assert ("DelineateSha", "Delineate suspected hazardous areas (SHA)") in keys  # DISPLAY_NAME
    assert ("LandReleaseModel", "Cleared") in keys  # code list label
    assert ("NewDatabaseDialog", "New Land Release Database") in keys  # .ui window title


@pytest.mark.parametrize("language", sorted(i18n.LANGUAGES))
def test_every_string_is_translated(collected, language):
    messages, _ = collected
    ts = i18n.I18N / f"landrelease_{language}.ts"
    missing = list(i18n.missing_translations(messages, ts))
    assert not missing, (
        f"{len(missing)} strings lack a {language} translation (make update-translations, then "
        "translate the unfinished entries of "
        + ts.name
        + "):\n"
        + "\n".join(f"[{m.context}] {m.source!r}" for m in missing[:30])
    )


@pytest.mark.parametrize("language", sorted(i18n.LANGUAGES))
def test_ts_file_is_finished_and_keeps_placeholders(language):
    ts = i18n.I18N / f"landrelease_{language}.ts"
    root = ET.parse(ts).getroot()
    assert root.get("language") == language
    for message in root.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation.get("type") is None, (translation.get("type"), source)
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text]
        for text in forms:
            assert text, source
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
                source,
                text,
            )
            positional = [p for p in PLACEHOLDER.findall(source) if re.match(r"\{[:!}]", p)]
            assert [p for p in PLACEHOLDER.findall(text) if re.match(r"\{[:!}]", p)] == positional
            assert text.count("\n") == source.count("\n"), source
            if source.endswith("…"):
                assert text.endswith("…"), source


def _lint(code: str):
    return i18n.untranslated({"dialogs/example.py": ast.parse(textwrap.dedent(code))})


def test_lint_catches_untranslated_literals():
    found = _lint(
        """
        def f(self, feedback, iface, label):
            label.setText("Choose a hazard")
            self.setWindowTitle(f"Record {name}")
            QAction(icon, "New Database", parent)
            iface.messageBar().pushMessage("Land Release", "Nothing was saved.")
            QgsProcessingParameterNumber("DEPTH", "Depth (m)")
            QgsProcessingParameterEnum("SHAPE", tr("Shape"), ["Convex hull", "Concave hull"])
            feedback.pushInfo("{} features read.".format(3))
            feedback.reportError("Cannot open " + path)
            raise QgsProcessingException("LINE must be a line layer.")
            raise SourceError("The file is empty.")
        """
    )
    texts = [text for _rel, _line, text in found]
    assert texts == [
        "Choose a hazard",
        "Record",
        "New Database",
        "Nothing was saved.",
        "Depth (m)",
        "Convex hull",
        "{} features read.",
        "Cannot open ",
        "LINE must be a line layer.",
        "The file is empty.",
    ]


def test_lint_accepts_translated_and_technical_strings():
    assert not _lint(
        """
        def f(self, feedback, label):
            label.setText(tr("Choose a hazard"))
            label.setText(self.tr("Area: {}").format(area))
            label.setText("")
            label.setText("—")
            label.setSuffix(" m²")
            QgsProcessingParameterNumber(self.DEPTH, self.tr("Depth (m)"))
            QgsProcessingParameterFileDestination("OUTPUT", self.tr("Out"), "*.gpkg")
            feedback.pushInfo(message)
            iface.messageBar().pushMessage("Land Release", tr("Saved."))
            QgsMessageLog.logMessage(text, "Land Release")
        """
    )


def test_extractor_finds_contexts(tmp_path):
    (tmp_path / "processing").mkdir()
    (tmp_path / "processing" / "thing.py").write_text(
        textwrap.dedent(
            '''
            from ..core import model
            TR_CONTEXT = "Things"

            def tr(text):
                """Translated."""
                return QCoreApplication.translate(TR_CONTEXT, text)

            def tr_model(text):
                return QCoreApplication.translate(model.TR_CONTEXT, text)

            class Thing(LandReleaseAlgorithm):
                DISPLAY_NAME = "Do a thing"
                HELP = "Does " "it."
                ID = "thing"

                def initAlgorithm(self, config=None):
                    self.tr("Depth")
                    tr("Module text")
                    tr_model("Cleared")
                    QT_TRANSLATE_NOOP("Other", "Marked")
            '''
        )
    )
    (tmp_path / "core").mkdir()
    (tmp_path / "core" / "model.py").write_text('TR_CONTEXT = "LandReleaseModel"\n')
    (tmp_path / "dialogs").mkdir()
    (tmp_path / "dialogs" / "form.ui").write_text(
        '<ui version="4.0"><class>ThingDialog</class><widget class="QDialog" name="ThingDialog">'
        '<property name="windowTitle"><string>A thing</string></property>'
        '<property name="toolTip"><string notr="true">id</string></property>'
        "</widget></ui>"
    )
    messages, problems = i18n.collect(tmp_path)
    assert not problems
    assert sorted((m.context, m.source) for m in messages) == [
        ("LandReleaseModel", "Cleared"),
        ("Other", "Marked"),
        ("Thing", "Depth"),
        ("Thing", "Do a thing"),
        ("Thing", "Does it."),
        ("ThingDialog", "A thing"),
        ("Things", "Module text"),
    ]


def test_update_keeps_translations_and_marks_new_and_vanished(tmp_path):
    old = i18n.Message("C", "Old", locations=[("a.py", 1)])
    kept = i18n.Message("C", "Kept", locations=[("a.py", 2)])
    ts = tmp_path / "x.ts"
    i18n.write_ts(ts, "ru", [old, kept])
    text = ts.read_text(encoding="utf-8")
    text = text.replace(
        '<translation type="unfinished"></translation>', "<translation>T</translation>"
    )
    ts.write_text(text, encoding="utf-8")
    new = i18n.Message("C", "New", locations=[("a.py", 3)])
    counts = i18n.write_ts(ts, "ru", [kept, new])
    assert counts == {"finished": 1, "unfinished": 1, "obsolete": 1}
    entries = i18n.read_ts(ts)
    assert entries[("C", "Kept", "")].finished and entries[("C", "Kept", "")].text == "T"
    assert not entries[("C", "New", "")].finished
    assert [m.source for m in i18n.missing_translations([kept, new], ts)] == ["New"]
