"""Two officers saving releases against the same hazard at the same moment, from two real QGIS
processes with their own database connections: both saves succeed (or one is refused with a
clear conflict) and the hazard's stored remaining area stays exact."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from qgis.core import QgsProject

import landrelease
from landrelease.storage import postgis, recording
from landrelease.storage.database import load_database

from .conftest import sql_rows
from .test_recording import H1, X, Y, _add_hazard, ellipsoidal, square

SCRIPT = Path(__file__).with_name("editor_process.py")
WEST = square(X, Y, X + 40, Y + 100)  # officer A, 4,000 m² (planar)
EAST = square(X + 60, Y, X + 100, Y + 100)  # officer B, no overlap with A


def _with_hazard(database):
    project = QgsProject.instance()
    load_database(database, project)
    layers = recording.find_layers(project)
    _add_hazard(layers.hazard, "CHA-TAR-0001", H1)
    return database


@pytest.fixture
def hazard_db(new_database, qgis_new_project):
    """A database (GeoPackage, then PostGIS) holding the 100 m × 100 m hazard CHA-TAR-0001."""
    yield _with_hazard(new_database)
    QgsProject.instance().clear()


@pytest.fixture
def pg_hazard_db(new_postgis, qgis_new_project):
    yield _with_hazard(new_postgis)
    QgsProject.instance().clear()


class Officer:
    """One officer's QGIS process saving one release."""

    def __init__(self, database, release_id, wkt, gate: Path, hold=False, no_lock=False):
        target = [database.uri, database.schema] if not isinstance(database, str) else database
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        if no_lock:
            env["LANDRELEASE_NO_LOCK"] = "1"
        self.gate = gate
        self.release_id = release_id
        self.process = subprocess.Popen(
            [
                sys.executable,
                str(SCRIPT),
                str(Path(landrelease.__file__).parent.parent),
                json.dumps(target),
                release_id,
                wkt,
                str(gate),
            ]
            + (["hold"] if hold else []),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )

    def wait_for(self, stage: str, timeout=60.0) -> None:
        deadline = time.monotonic() + timeout
        while not (self.gate / f"{stage}-{self.release_id}").exists():
            if self.process.poll() is not None:
                pytest.fail(f"{self.release_id} ended early: {self.process.stderr.read()[-3000:]}")
            assert time.monotonic() < deadline, f"{self.release_id} never reached {stage}"
            time.sleep(0.02)

    def go(self) -> None:
        (self.gate / f"go-{self.release_id}").write_text("go")

    def result(self) -> tuple[int, str]:
        out, err = self.process.communicate(timeout=120)
        assert out, err[-3000:]
        return self.process.returncode, out.strip()


def _blocked_on_lock(database, timeout=30.0) -> bool:
    """Whether another backend of the server waits for a lock (PostGIS), polled."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        waiting = sql_rows(
            database,
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
            "AND datname = current_database()",
        )[0][0]
        if waiting:
            return True
        time.sleep(0.05)
    return False


def _still_running(officer: Officer, seconds: float) -> bool:
    time.sleep(seconds)
    return officer.process.poll() is None


def _collide(database, gate, no_lock=False, b_release="LR-B", b_wkt=EAST):
    """A writes its release and holds before the commit; B starts saving meanwhile and must
    wait; then A commits. Returns both results and whether B was seen waiting."""
    (gate / "a").mkdir()
    (gate / "b").mkdir()
    a = Officer(database, "LR-A", WEST, gate / "a", hold=True, no_lock=no_lock)
    a.wait_for("held")
    b = Officer(database, b_release, b_wkt, gate / "b", no_lock=no_lock)
    b.wait_for("saving")
    if isinstance(database, postgis.PgDatabase):
        b_waited = _blocked_on_lock(database)
    else:
        b_waited = _still_running(b, 2.0)
    a.go()
    return a.result(), b.result(), b_waited


def _stored(database):
    return sql_rows(
        database, "SELECT remaining_area_m2, status FROM hazard WHERE hazard_id = 'CHA-TAR-0001'"
    )[0]


def test_two_officers_save_at_once_and_no_update_is_lost(hazard_db, tmp_path):
    (a_code, a_out), (b_code, b_out), b_waited = _collide(hazard_db, tmp_path)
    assert b_waited, "B's save should have waited for A's transaction"
    assert (a_code, b_code) == (0, 0), (a_out, b_out)
    truth = ellipsoidal(H1) - ellipsoidal(WEST) - ellipsoidal(EAST)
    remaining, status = _stored(hazard_db)
    assert remaining == pytest.approx(truth, abs=0.01)
    assert status == "worked_on"
    # A saw only its own release; B, saving second, saw both.
    assert a_out.split()[:1] == ["saved"]
    assert float(a_out.split()[1]) == pytest.approx(ellipsoidal(H1) - ellipsoidal(WEST), abs=0.01)
    assert float(b_out.split()[1]) == pytest.approx(truth, abs=0.01)
    releases = sql_rows(hazard_db, "SELECT release_id FROM land_release ORDER BY release_id")
    assert releases == [("LR-A",), ("LR-B",)]
    log = sql_rows(
        hazard_db, "SELECT layer, action FROM edit_log WHERE layer = 'land_release' ORDER BY fid"
    )
    assert log == [("land_release", "insert")] * 2


def test_without_the_hazard_lock_the_same_collision_loses_an_update(pg_hazard_db, tmp_path):
    """The control, on PostGIS: the collision is real. With the row locks switched off, and the
    trigger that marks a release's hazards unknown switched off too (its row lock on the hazard
    also makes B wait, a second protection), B computes the remaining area without A's
    uncommitted release and overwrites A's figure."""
    hazard_db = pg_hazard_db
    sql_rows(hazard_db, "ALTER TABLE land_release DISABLE TRIGGER land_release_marks_hazards")
    (a_code, _), (b_code, b_out), b_waited = _collide(hazard_db, tmp_path, no_lock=True)
    assert (a_code, b_code) == (0, 0)
    assert b_waited  # on A's row lock of the hazard update, too late: B has read already
    remaining, _ = _stored(hazard_db)
    truth = ellipsoidal(H1) - ellipsoidal(WEST) - ellipsoidal(EAST)
    assert remaining == pytest.approx(ellipsoidal(H1) - ellipsoidal(EAST), abs=0.01)
    assert abs(remaining - truth) > 3000  # A's ~4,000 m² are lost


def test_the_same_release_id_at_once_gives_one_clear_conflict(hazard_db, tmp_path):
    (a_code, _), (b_code, b_out), _ = _collide(hazard_db, tmp_path, b_release="LR-A")
    assert a_code == 0
    assert b_code == 3, b_out
    assert b_out.startswith("refused")
    assert "saved in the meantime" in b_out or "already recorded" in b_out
    assert sql_rows(hazard_db, "SELECT release_id FROM land_release") == [("LR-A",)]
    remaining, _ = _stored(hazard_db)
    assert remaining == pytest.approx(ellipsoidal(H1) - ellipsoidal(WEST), abs=0.01)
