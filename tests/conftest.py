"""Make the repository importable as the package ``landrelease``, never the root itself."""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The repository root holds our own ``processing`` package: it must never shadow QGIS's.
sys.path[:] = [p for p in sys.path if Path(p or os.getcwd()).resolve() != ROOT]
PLUGIN_PATH = Path(tempfile.mkdtemp(prefix="landrelease-pluginpath-"))
(PLUGIN_PATH / "landrelease").symlink_to(ROOT, target_is_directory=True)
atexit.register(shutil.rmtree, PLUGIN_PATH, True)
sys.path.insert(0, str(PLUGIN_PATH))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
