"""Tiny helpers shared by the plugin's adapters: resource paths and icons."""

from __future__ import annotations

from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication, QFile
from qgis.PyQt.QtGui import QIcon

PLUGIN_DIR = Path(__file__).resolve().parent.parent


def icon(name: str) -> QIcon:
    """The plugin icon ``name`` from the compiled resources (registered by the plugin when
    ``resources.py`` was built), else from the icons folder."""
    compiled = f":/plugins/landrelease/icons/{name}"
    if QFile.exists(compiled):
        return QIcon(compiled)
    return QIcon(str(PLUGIN_DIR / "icons" / name))


def disconnect(connections) -> None:
    """Disconnect each ``(signal, slot)`` pair; a pair never or no longer connected is fine."""
    for signal, slot in connections:
        try:
            signal.disconnect(slot)
        except TypeError:
            pass


def shapely_problem() -> str | None:
    """Why the algorithms that need shapely 2 cannot run here, or None when they can."""
    try:
        import shapely
    except ImportError:
        found = None
    else:
        found = shapely.__version__
        if int(found.split(".")[0]) >= 2:
            return None
    message = QCoreApplication.translate(
        "LandRelease",
        "This needs the Python package shapely 2 or newer (found: {}). Install it with Land "
        "Release ▸ Install Python Packages… (into the QGIS profile), or 'apt install "
        "python3-shapely' on Debian 13, then restart QGIS.",
    )
    return message.format(found or QCoreApplication.translate("LandRelease", "none"))
