"""Tiny helpers shared by the plugin's adapters: resource paths and icons."""

from __future__ import annotations

from pathlib import Path

from qgis.PyQt.QtGui import QIcon

PLUGIN_DIR = Path(__file__).resolve().parent.parent

try:  # compiled from resources.qrc at build time
    from .. import resources  # noqa: F401

    _QRC = True
except ImportError:
    _QRC = False


def icon(name: str) -> QIcon:
    """The plugin icon ``name`` from the compiled resources, or from the icons folder."""
    if _QRC:
        found = QIcon(f":/plugins/landrelease/icons/{name}")
        if not found.isNull():
            return found
    return QIcon(str(PLUGIN_DIR / "icons" / name))
