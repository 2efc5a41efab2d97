"""GUI tests: real dialogs on an offscreen display, screenshots for a human look."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def screenshots(tmp_path_factory) -> Path:
    """Where dialogs are saved as PNG: $LANDRELEASE_SCREENSHOTS, else a temporary folder."""
    folder = os.environ.get("LANDRELEASE_SCREENSHOTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path
