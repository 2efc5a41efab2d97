"""How the dock words things: hazard statuses, code labels, areas, message icons."""

from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QLocale

from ...core import model
from ...qgis_io.values import is_null


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
    """``1.23 ha (12,345 m²)`` in the user's locale."""
    locale = QLocale()
    return tr("{ha} ha ({m2} m²)").format(
        ha=locale.toString(area_m2 / 10000.0, "f", 2), m2=locale.toString(area_m2, "f", 0)
    )


def format_ha(area_m2: float) -> str:
    return QLocale().toString(area_m2 / 10000.0, "f", 2)


def theme_icon(level: str):
    return QgsApplication.getThemeIcon(ICONS.get(level, ICONS["warning"]))
