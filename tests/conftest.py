"""Make the repository importable as the package ``landrelease``, never the root itself."""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# The repository root holds our own ``processing`` package: it must never shadow QGIS's.
sys.path[:] = [p for p in sys.path if Path(p or os.getcwd()).resolve() != ROOT]
PLUGIN_PATH = Path(tempfile.mkdtemp(prefix="landrelease-pluginpath-"))
(PLUGIN_PATH / "landrelease").symlink_to(ROOT, target_is_directory=True)
atexit.register(shutil.rmtree, PLUGIN_PATH, True)
sys.path.insert(0, str(PLUGIN_PATH))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Debian's pyproj looks for PROJ's data under sys.prefix, which a venv moves.
if Path("/usr/share/proj/proj.db").exists():
    os.environ.setdefault("PROJ_DATA", "/usr/share/proj")
    os.environ.setdefault("PROJ_LIB", "/usr/share/proj")


@pytest.fixture(scope="session")
def provider(qgis_app, qgis_processing):
    """The land release Processing provider, registered once for the session."""
    from qgis.core import QgsApplication

    from landrelease.processing.provider import LandReleaseProvider

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("landrelease")
    if existing is not None:
        return existing
    prov = LandReleaseProvider()  # the registry does not own it: the fixture keeps it alive
    assert registry.addProvider(prov)
    return prov
