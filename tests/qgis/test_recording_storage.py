"""Saving to a database that cannot take it, for real: a read-only GeoPackage file, a read-only
folder (where SQLite writes its journal and WAL), a read-only disk, a full disk (a small tmpfs)
and a read-only PostgreSQL session. Each is said in words, never with the SQL or GDAL's text,
and nothing is written."""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest
from qgis.core import QgsProject

import landrelease
from landrelease.storage import postgis, recording
from landrelease.storage.database import load_database, open_layers

from .conftest import as_officer_without_write_rights, sql_rows
from .test_recording import H1, X, Y, _add_hazard, make_candidate, snapshot, square

# What must never reach the officer: SQL, GDAL's and SQLite's own words.
INTERNALS = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|COMMIT|WHERE)\b|sqlite3_|ExecuteSQL|fid")


def read_only_file(path) -> str:
    return (
        f"The database file {path} is read-only: ask for write access, or copy it to a folder "
        "where you may write and open the copy. Nothing was saved."
    )


def read_only_folder(folder) -> str:
    return (
        f"The folder of the database, {folder}, is read-only: the database writes its journal "
        "beside the file. Ask for write access to the folder, or copy the database to a folder "
        "where you may write and open the copy. Nothing was saved."
    )


def disk_full(path) -> str:
    return (
        f"The disk holding {path} is full: free space (or move the database to another disk) "
        "and save again. Nothing was saved."
    )


@pytest.fixture
def gpkg(new_gpkg, qgis_new_project):
    """A GeoPackage with hazard CHA-TAR-0001, its WAL checkpointed so that a copy is whole."""
    project = QgsProject.instance()
    load_database(str(new_gpkg), project)
    _add_hazard(recording.find_layers(project).hazard, "CHA-TAR-0001", H1)
    project.clear()
    with sqlite3.connect(new_gpkg) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return new_gpkg


def copy_to(gpkg: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "landrelease.gpkg"
    shutil.copy(gpkg, target)
    return target


def layers_of(path) -> recording.ReleaseLayers:
    layers = open_layers(str(path))
    return recording.ReleaseLayers(
        layers["land_release"], layers["hazard"], layers["survey_point"], layers["edit_log"]
    )


def release(layers, **values):
    return make_candidate(layers, square(X, Y, X + 50, Y + 50), **values)


def refusal(layers, candidate) -> str:
    """The refusal's message, caught here: a traceback kept by pytest would keep the layers
    alive past QGIS itself (a crash when the process exits)."""
    try:
        recording.save_release(layers, candidate)
    except recording.SaveError as error:
        return str(error)
    raise AssertionError("the save was not refused")


# --- read-only files and folders, as an officer without write access ----------------------------

SAVE_SCRIPT = textwrap.dedent(
    """
    import json, sys, traceback
    sys.path.insert(0, sys.argv[1])
    from qgis.core import QgsApplication, QgsGeometry, QgsVectorLayerUtils
    from qgis.PyQt.QtCore import QDate
    app = QgsApplication([], False)
    app.initQgis()
    from landrelease.storage import recording
    from landrelease.storage.database import open_layers
    layers = open_layers(sys.argv[2])
    rl = recording.ReleaseLayers(layers["land_release"], layers["hazard"],
                                 layers["survey_point"], layers["edit_log"])
    fields = rl.release.fields()
    values = {"release_id": "LR-RO", "hazard_id": "CHA-TAR-0001", "activity": "clearance",
              "outcome": "cleared", "end_date": QDate(2025, 6, 30)}
    feature = QgsVectorLayerUtils.createFeature(
        rl.release, QgsGeometry.fromWkt(sys.argv[3]),
        {fields.indexOf(k): v for k, v in values.items()})
    try:
        saved = recording.save_release(rl, recording.Candidate(feature, []))
        print(json.dumps({"saved": saved.release_id}))
    except recording.SaveError as error:
        print(json.dumps({"refused": str(error)}))
    except Exception:
        print(json.dumps({"crash": traceback.format_exc()}))
    """
)


@pytest.fixture
def officer():
    """Runs a save in another process as an officer without write access where the test
    makes none (``as_officer_without_write_rights``: root without the capabilities that
    override file permissions). A folder of its own holds the plugin and the databases."""
    world = Path(tempfile.mkdtemp(prefix="landrelease-officer-"))
    os.chmod(world, 0o755)
    (world / "plugin").mkdir(mode=0o755)
    (world / "plugin" / "landrelease").symlink_to(Path(landrelease.__file__).resolve().parent)
    home = world / "home"
    home.mkdir()
    os.chmod(home, 0o777)

    def save(path: Path) -> dict:
        command = [
            sys.executable,
            "-c",
            SAVE_SCRIPT,
            str(world / "plugin"),
            str(path),
            square(X, Y, X + 50, Y + 50),
        ]
        command = as_officer_without_write_rights(command)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home))
        done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=180)
        lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
        assert lines, done.stderr[-3000:]
        return json.loads(lines[-1])

    save.world = world
    yield save
    for folder, _dirs, _files in os.walk(world):
        os.chmod(folder, 0o755)
    shutil.rmtree(world, ignore_errors=True)


def test_a_read_only_file_is_refused_in_words(gpkg, officer):
    path = copy_to(gpkg, officer.world / "read-only-file")
    os.chmod(path.parent, 0o777)
    os.chmod(path, 0o444)
    before = snapshot(path)
    result = officer(path)
    assert result == {"refused": read_only_file(path)}
    assert not INTERNALS.search(result["refused"])
    assert snapshot(path) == before
    # The same officer saves once the file may be written: the refusal was the file's mode.
    os.chmod(path, 0o666)
    assert officer(path) == {"saved": "LR-RO"}
    assert sql_rows(str(path), "SELECT release_id FROM land_release") == [("LR-RO",)]


def test_a_read_only_folder_is_refused_in_words(gpkg, officer):
    """The file may be written but its folder not: SQLite cannot make its journal or WAL."""
    path = copy_to(gpkg, officer.world / "read-only-folder")
    os.chmod(path, 0o666)
    os.chmod(path.parent, 0o555)
    before = snapshot(path)
    result = officer(path)
    assert result == {"refused": read_only_folder(path.parent)}
    assert not INTERNALS.search(result["refused"])
    assert snapshot(path) == before


# --- a read-only disk and a full disk: small tmpfs mounts (root) ---------------------------------


@pytest.fixture
def mount_tmpfs(tmp_path):
    """``mount_tmpfs(size_bytes)``: a new tmpfs of that size; unmounted at the end."""
    mounted = []

    def mount(size: int) -> Path:
        point = tmp_path / f"disk{len(mounted)}"
        point.mkdir()
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(point)],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
        mounted.append(point)
        return point

    def read_only_view(disk: Path) -> Path:
        """The same disk seen through a read-only bind mount."""
        view = tmp_path / f"{disk.name}-read-only"
        view.mkdir()
        subprocess.run(["mount", "--bind", str(disk), str(view)], check=True)
        mounted.append(view)
        subprocess.run(["mount", "-o", "remount,bind,ro", str(view)], check=True)
        return view

    mount.read_only_view = read_only_view
    yield mount
    QgsProject.instance().clear()
    for point in reversed(mounted):
        subprocess.run(["umount", "-l", str(point)], capture_output=True)


def test_a_read_only_disk_is_refused_in_words(gpkg, mount_tmpfs):
    disk = mount_tmpfs(8 * 1024 * 1024)
    copy_to(gpkg, disk)
    path = mount_tmpfs.read_only_view(disk) / "landrelease.gpkg"
    before = snapshot(disk / "landrelease.gpkg")
    layers = layers_of(path)
    assert refusal(layers, release(layers)) == read_only_file(path)
    assert snapshot(disk / "landrelease.gpkg") == before
    del layers


def fill(disk: Path, leave: int) -> Path:
    """Fill ``disk`` until ``leave`` bytes are free; the filler file."""
    filler = disk / "filler"
    with open(filler, "wb") as out:
        out.write(b"\0" * max(0, shutil.disk_usage(disk).free - leave))
    return filler


@pytest.mark.parametrize(
    ("leave", "checked_first"),
    [
        (300 * 1024, True),  # less than 1 MiB free: refused before anything is tried
        (0, False),  # SQLite cannot even open its WAL
        (16 * 1024, False),  # SQLite runs out of space while it writes
        (40 * 1024, False),
    ],
)
def test_a_full_disk_is_refused_in_words(gpkg, mount_tmpfs, monkeypatch, leave, checked_first):
    disk = mount_tmpfs(os.path.getsize(gpkg) + 2 * 1024 * 1024)
    path = copy_to(gpkg, disk)
    layers = layers_of(path)
    before = snapshot(path)
    if not checked_first:  # let SQLite itself meet the full disk
        monkeypatch.setattr(recording.refusals, "MIN_FREE_BYTES", 0)
    filler = fill(disk, leave)
    assert refusal(layers, release(layers, remarks="x" * 9000)) == disk_full(path)
    filler.unlink()
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert snapshot(path) == before
    # Space freed, the same save goes through.
    assert recording.save_release(layers, release(layers)).release_id == "LR-0001"
    del layers


# --- PostgreSQL: a session that may not write --------------------------------------------------


def test_a_read_only_postgresql_session_is_refused_in_words(
    new_postgis, postgres_server, qgis_new_project
):
    import uuid

    project = QgsProject.instance()
    load_database(new_postgis, project)
    _add_hazard(recording.find_layers(project).hazard, "CHA-TAR-0001", H1)
    project.clear()
    login = "lr_readonly_" + uuid.uuid4().hex[:8]
    postgres_server.psql(
        f"CREATE ROLE {login} LOGIN SUPERUSER; "
        f"ALTER ROLE {login} SET default_transaction_read_only = on;"
    )
    uri = new_postgis.data_source
    uri.setUsername(login)
    read_only = postgis.PgDatabase(uri.uri(False), new_postgis.schema)
    load_database(read_only, project)
    layers = recording.find_layers(project)
    assert layers.database == read_only
    before = snapshot(new_postgis)
    assert refusal(layers, release(layers)) == (
        f"The shared database {read_only.label} accepts no changes now (a read-only or standby "
        "server): ask the database administrator. Nothing was saved."
    )
    assert snapshot(new_postgis) == before


def test_database_messages_lose_their_sql():
    """GDAL quotes the statement that failed; the officer gets the database's own words."""
    cases = {
        'In ExecuteSQL(): sqlite3_step(UPDATE "hazard" SET fid = fid WHERE 0):\n'
        "  attempt to write a readonly database": "attempt to write a readonly database",
        "sqlite3_exec(COMMIT) failed: database or disk is full": "database or disk is full",
        "failed to execute insert : UNIQUE constraint failed: land_release.uuid": (
            "failed to execute insert : UNIQUE constraint failed: land_release.uuid"
        ),
        "INSERT command for new feature failed.\nERROR:  permission denied for table hazard\n\n"
        'Command: INSERT INTO "hazard" ("uuid") VALUES (\'x\')': (
            "permission denied for table hazard"
        ),
        "ERROR:  could not obtain lock on row in relation hazard\n"
        'CONTEXT:  SQL statement "SELECT hazard_id FROM hazard FOR UPDATE"': (
            "could not obtain lock on row in relation hazard"
        ),
        "sqlite3_exec(SELECT 1) failed:": "",
        "Cannot connect: connection refused": "Cannot connect: connection refused",
    }
    for message, reason in cases.items():
        assert recording.without_sql(message) == reason, message
