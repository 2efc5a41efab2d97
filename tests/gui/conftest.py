"""GUI tests: real dialogs on an offscreen display, screenshots for a human look."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from qgis.core import QgsApplication


@pytest.fixture(scope="session")
def provider(qgis_app, qgis_processing):
    from landrelease.processing.provider import LandReleaseProvider

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("landrelease")
    if existing is not None:
        return existing
    prov = LandReleaseProvider()  # the registry does not own it: keep it referenced
    assert registry.addProvider(prov)
    return prov


@pytest.fixture(scope="session")
def screenshots(tmp_path_factory) -> Path:
    """Where dialogs are saved as PNG: $LANDRELEASE_SCREENSHOTS, else a temporary folder."""
    folder = os.environ.get("LANDRELEASE_SCREENSHOTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path
