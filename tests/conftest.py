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


_PROVIDERS: list = []  # the providers the fixture registered: the registry does not own them


@pytest.fixture
def provider(qgis_app, qgis_processing):
    """The land release Processing provider registered now (a plugin test that loads and unloads
    the plugin takes the session's out and registers another: this is always the live one)."""
    return live_provider()


@pytest.fixture(scope="session")
def session_provider(qgis_app, qgis_processing):
    """The provider for fixtures wider than a test (a module's databases)."""
    return live_provider()


def live_provider():
    from qgis.core import QgsApplication

    from landrelease.processing.provider import LandReleaseProvider

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("landrelease")
    if existing is not None:
        return existing
    _PROVIDERS.append(LandReleaseProvider())
    assert registry.addProvider(_PROVIDERS[-1])
    return _PROVIDERS[-1]


_PG_CLUSTERS: list = []  # the PostgresCluster started in this session, for the summary


@pytest.fixture(scope="session")
def postgres_server():
    """A throwaway PostgreSQL + PostGIS server (tests/fixtures/pgcluster.py), once a session.

    Set ``LANDRELEASE_TEST_PG`` to a libpq keyword string to use an existing server instead.
    """
    from landrelease.tests.fixtures.pgcluster import PostgresCluster, PostgresClusterError

    cluster = PostgresCluster()
    error = None
    try:
        cluster.start()
    except PostgresClusterError as exc:
        error = str(exc)
    if error is not None:  # outside the except block: no chained traceback in the report
        pytest.fail(f"PostgreSQL/PostGIS test server could not start: {error}", pytrace=False)
    _PG_CLUSTERS.append(cluster)
    try:
        yield cluster
    finally:
        cluster.stop()


def pytest_terminal_summary(terminalreporter):
    """One line about the PostgreSQL test cluster, if this session started it."""
    for cluster in _PG_CLUSTERS:
        how = "external server ready" if cluster.external else "started"
        terminalreporter.write_line(
            f"PostgreSQL test cluster: {cluster.version} on port {cluster.port}, "
            f"{how} in {cluster.startup_seconds:.1f} s"
        )


def pytest_sessionfinish(session, exitstatus):
    session.config.landrelease_exit_status = int(exitstatus)


@pytest.hookimpl(tryfirst=True)
def pytest_unconfigure(config):
    """Leave with pytest's status once the reports are written, before pytest's last garbage
    collection: after QGIS has exited (pytest-qgis's session teardown), collecting the PyQt and
    QGIS objects the tests left can crash the interpreter (seen with some subsets of the
    suite), which would turn a passed run into a failed one."""
    status = getattr(config, "landrelease_exit_status", None)
    if status is None or "qgis.core" not in sys.modules:
        return
    if os.environ.get("LANDRELEASE_TEST_EXIT_EARLY") != "1":  # set by ``make test``; not
        return  # under a profiler or coverage, which write their data at exit
    shutil.rmtree(PLUGIN_PATH, ignore_errors=True)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)
