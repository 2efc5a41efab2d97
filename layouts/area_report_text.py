"""The words and numbers of the area report as printed: outcome and method labels, districts,
hectares, dates and periods, in the language installed now (context LandReleaseAreaReport)."""

from __future__ import annotations

import datetime

from qgis.PyQt.QtCore import QCoreApplication

from ..core import area_report as core_report
from ..core.model import QT_TRANSLATE_NOOP

OUTCOME_LABELS = {
    "cancelled": QT_TRANSLATE_NOOP("LandReleaseAreaReport", "Cancelled (NTS)"),
    "reduced": QT_TRANSLATE_NOOP("LandReleaseAreaReport", "Reduced (TS)"),
    "cleared": QT_TRANSLATE_NOOP("LandReleaseAreaReport", "Cleared"),
}
METHOD_LABELS = {
    "manual": QT_TRANSLATE_NOOP("LandReleaseAreaReport", "Manual"),
    "mechanical": QT_TRANSLATE_NOOP("LandReleaseAreaReport", "Mechanical"),
    "mdd": QT_TRANSLATE_NOOP("LandReleaseAreaReport", "Mine detection dogs"),
    "combined": QT_TRANSLATE_NOOP("LandReleaseAreaReport", "Combined"),
    "none": QT_TRANSLATE_NOOP("LandReleaseAreaReport", "None (survey only)"),
    "unspecified": QT_TRANSLATE_NOOP("LandReleaseAreaReport", "Not recorded"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("LandReleaseAreaReport", text)


def district_label(district: core_report.District) -> str:
    """A district as printed: ``name (English name)``; the unknown district translated."""
    if district == core_report.UNKNOWN:
        return tr(core_report.UNKNOWN_NAME)
    return district.label


def ha(area_m2: float) -> str:
    """An area in hectares as printed: two decimals, in the convention of the language printed
    now (19,238.61 in English, 19 238,61 in Azerbaijani and Russian)."""
    from ..toolbelt.i18n import number_text

    value = area_m2 / 1e4
    if abs(value) < 0.005:
        value = 0.0
    return number_text(value, 2)


def figures_line(official: bool) -> str:
    """The line under the report's title saying which releases its figures count."""
    if official:
        return tr("Official figures: only releases passed by quality management")
    return tr("Operational figures: all saved releases except failed ones")


def pending_note(official: bool) -> str:
    """Where the pending ground is in the figures."""
    if official:
        return tr("part of remaining in official figures")
    return tr("counted as released in operational figures")


def day_text(day: datetime.date | None) -> str:
    return day.isoformat() if day is not None else ""


def period_text(start, end) -> str:
    if start is None and end is None:
        return tr("All records (no period set)")
    if start is None:
        return tr("Up to {}").format(day_text(end))
    if end is None:
        return tr("From {}").format(day_text(start))
    return tr("{} to {}").format(day_text(start), day_text(end))
