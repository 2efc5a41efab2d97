"""An algorithm's help as its dialog shows it: the parameters by the labels the dialog gives them
(their ids after them, for scripts and qgis_process) and compound codes by their labels."""

from __future__ import annotations

import html
import re

from qgis.PyQt.QtCore import QCoreApplication

from ..core import model

# A parameter id that starts a line ("EVIDENCE: ..."), or any id with an underscore.
_ID = re.compile(r"^([A-Z][A-Z0-9_]*[A-Z0-9])(?=:)|\b([A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9])\b", re.M)
_CODE = re.compile(r"\b([a-z][a-z0-9]*_[a-z0-9_]+)\b")
# A list of codes in parentheses: "(detonation, accident_known, marking)".
_CODE_LIST = re.compile(r"\(([a-z][a-z0-9_]*(?:, [a-z][a-z0-9_]*)+)\)")


def _code_labels() -> dict[str, str]:
    """Compound codes (``accident_known``) and their translated labels; plain words such as
    ``open`` or ``none`` stay as written, they read as words."""
    labels = {}
    for code_list in model.CODE_LISTS.values():
        for code in code_list.codes:
            if "_" in code.code:
                labels[code.code] = QCoreApplication.translate(model.TR_CONTEXT, code.label)
    return labels


def _all_code_labels() -> dict[str, str]:
    """Every code of every code list and its translated label."""
    return {
        code.code: QCoreApplication.translate(model.TR_CONTEXT, code.label)
        for code_list in model.CODE_LISTS.values()
        for code in code_list.codes
    }


def help_html(text: str, parameter_labels: dict[str, str]) -> str:
    """``text`` (a translated help) with each parameter id at the start of a line, and each id
    with an underscore anywhere, shown as **its label** (ID), and each compound code as its
    label (code); in a parenthesised list made only of codes, plain codes (``detonation``) too.
    Field names (``evidence_type``) are not codes and stay."""
    codes = _code_labels()
    every_code = _all_code_labels()

    def parameter(match: re.Match) -> str:
        name = match.group(1) or match.group(2)
        label = parameter_labels.get(name)
        if not label:
            return name
        return f"<b>{html.escape(label)}</b> ({name})"

    def code(match: re.Match) -> str:
        value = match.group(1)
        label = codes.get(value)
        return f"{html.escape(label)} ({value})" if label else value

    def code_list(match: re.Match) -> str:
        items = match.group(1).split(", ")
        if not all(item in every_code for item in items):
            return _CODE.sub(code, match.group(0))
        return "(" + ", ".join(f"{html.escape(every_code[i])} ({i})" for i in items) + ")"

    text = _ID.sub(parameter, text)
    shown, start = [], 0
    for match in _CODE_LIST.finditer(text):
        shown += [_CODE.sub(code, text[start : match.start()]), code_list(match)]
        start = match.end()
    return "".join(shown) + _CODE.sub(code, text[start:])
