"""The Record land release dock (DESIGN §6), a package of small parts: the dock itself
(:mod:`.dock`: widgets and life cycle) and its parts, one concern each — the binding to the
project's layers, the hazard, the map tools, the released polygon and where it comes from, the
live checks, the attribute form, saving with undo and redo."""

from .dock import OBJECT_NAME, RecordReleaseDock
from .form import EditableEditors
from .labels import code_label, format_area, format_ha, status_word, theme_icon
from .released_polygon import CsvColumnsDialog
from .saving import ReleaseCommand

__all__ = [
    "OBJECT_NAME",
    "CsvColumnsDialog",
    "EditableEditors",
    "RecordReleaseDock",
    "ReleaseCommand",
    "code_label",
    "format_area",
    "format_ha",
    "status_word",
    "theme_icon",
]
