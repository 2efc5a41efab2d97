"""GUI tests: real dialogs on an offscreen display, screenshots for a human look."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Rows read straight from a GeoPackage (sqlite3) or a PostGIS schema (psycopg2), the reader of
# the QGIS tests, for the GUI tests (``from .conftest import sql_rows``). PostgreSQL gives dates
# as datetime.date and reals as float.
from landrelease.tests.qgis.conftest import sql_rows  # noqa: F401


@pytest.fixture(scope="session")
def screenshots(tmp_path_factory) -> Path:
    """Where dialogs are saved as PNG: $LANDRELEASE_SCREENSHOTS, else a temporary folder."""
    folder = os.environ.get("LANDRELEASE_SCREENSHOTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


# ---------------------------------------------------------------------------------------------
# Both database backends: a GeoPackage file and a PostGIS schema on the throwaway test server
# (tests/conftest.py's ``postgres_server``), made by the algorithm as tests/qgis/conftest.py does
# ---------------------------------------------------------------------------------------------

BACKENDS = ("gpkg", "postgis")


def unique_schema() -> str:
    """A schema name no other test uses (schemas are not dropped: the server is thrown away)."""
    import uuid

    return "lr_" + uuid.uuid4().hex[:12]


@pytest.fixture
def make_database(request, tmp_path, provider):
    """``make_database(backend, name, crs)``: a new land release database made by
    ``landrelease:createdatabase``: the GeoPackage ``tmp_path/<name>.gpkg`` (its path, str) or a
    new schema on the test server (a ``postgis.PgDatabase``)."""

    def make(backend: str, name: str, crs: str = "EPSG:32638"):
        import processing

        from landrelease.storage import postgis

        if backend == "gpkg":
            path = tmp_path / f"{name}.gpkg"
            result = processing.run("landrelease:createdatabase", {"OUTPUT": str(path), "CRS": crs})
            assert result["OUTPUT"] == str(path)
            return str(path)
        assert backend == "postgis", backend
        server = request.getfixturevalue("postgres_server")
        schema = unique_schema()
        result = processing.run(
            "landrelease:createdatabase",
            {"CONNECTION": server.conninfo(), "SCHEMA": schema, "CRS": crs},
        )
        assert result["SCHEMA"] == schema
        return postgis.resolve(server.conninfo(), schema)

    return make


def fresh_layer(database, name: str):
    """A new QGIS layer on the table ``name`` of the database (not one in the project)."""
    from qgis.core import QgsVectorLayer

    from landrelease.storage import postgis

    if isinstance(database, postgis.PgDatabase):
        layer = QgsVectorLayer(database.layer_source(name), "check", postgis.PROVIDER)
    else:
        layer = QgsVectorLayer(f"{database}|layername={name}", "check", "ogr")
    assert layer.isValid(), (database, name)
    return layer


def edit_log_signer(database) -> str:
    """Who an edit_log row written by the plugin names: the database login on PostGIS (the
    trigger writes session_user, which an editor cannot forge), the QGIS user on a GeoPackage."""
    from qgis.core import QgsExpressionContextUtils

    from landrelease.storage import postgis

    if isinstance(database, postgis.PgDatabase):
        return database.data_source.username()
    return QgsExpressionContextUtils.globalScope().variable("user_account_name")
