"""Fixtures for tests that run inside a real QGIS (pytest-qgis)."""

from __future__ import annotations

import pytest
from qgis.core import QgsApplication, QgsCoordinateReferenceSystem


@pytest.fixture(scope="session")
def provider(qgis_app, qgis_processing):
    """The land release Processing provider, registered once for the session."""
    from landrelease.processing.provider import LandReleaseProvider

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("landrelease")
    if existing is not None:
        return existing
    prov = LandReleaseProvider()
    assert registry.addProvider(prov)
    return prov


@pytest.fixture
def new_gpkg(tmp_path, provider):
    """A fresh land release GeoPackage, created by the algorithm itself."""
    import processing

    path = tmp_path / "landrelease.gpkg"
    result = processing.run(
        "landrelease:createdatabase",
        {"OUTPUT": str(path), "CRS": QgsCoordinateReferenceSystem("EPSG:32638")},
    )
    assert result["OUTPUT"] == str(path)
    return path
