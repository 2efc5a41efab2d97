"""How the dock words things: hazard statuses, code labels, areas, message icons."""

from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication

from ...core import model
from ...qgis_io.values import is_null
from ...toolbelt.i18n import number_text


def tr(text: str) -> str:
    return QCoreApplication.translate("RecordReleaseDock", text)


ICONS = {
    "info": "/mIconInfo.svg",
    "warning": "/mIconWarning.svg",
    "error": "/mIconCritical.svg",
}


def status_word(code: str | None) -> str:
    """A hazard status as a word in a sentence: "open", "worked on", "closed"."""
    words = {"open": tr("open"), "worked_on": tr("worked on"), "closed": tr("closed")}
    return words.get(code or "", code or "")


def code_label(list_name: str, code) -> str:
    """The translated label of ``code`` in the data model's code list ``list_name``."""
    if code is None or code == "" or is_null(code):
        return "–"
    label = model.CODE_LISTS[list_name].label(str(code))
    return QCoreApplication.translate(model.TR_CONTEXT, label) if label else str(code)


def format_area(area_m2: float) -> str:
    """``1.23 ha (12,345 m²)`` in the convention of the plugin's language ("1,23 га
    (12 345 м²)" in Russian: a comma there is the decimal sign)."""
    return tr("{ha} ha ({m2} m²)").format(ha=format_ha(area_m2), m2=number_text(area_m2, 0))


def format_ha(area_m2: float) -> str:
    return number_text(area_m2 / 10000.0, 2)


def theme_icon(level: str):
    return QgsApplication.getThemeIcon(ICONS.get(level, ICONS["warning"]))
