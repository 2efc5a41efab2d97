"""storage/edit_log_audit: what checkdata reads of a database's edit log."""

from __future__ import annotations

import os
import sqlite3

import pytest
from qgis.core import QgsVectorLayer

from landrelease.core.checks import LogEntryProblem
from landrelease.storage.edit_log_audit import ForeignEntry, databases_of, read_edit_log

from .test_edit_log import execute


def no_foreign_entry(entry):
    pytest.fail(f"no entry is foreign here: {entry}")


def test_a_new_database_has_a_clean_log_and_chain(new_gpkg):
    reading = read_edit_log(str(new_gpkg), no_foreign_entry)
    audit = reading.audit
    assert audit.database == str(new_gpkg) and audit.error is None and not audit.postgis
    assert audit.entries == 0 and reading.chain.entries == 0
    found = (audit.unlogged, audit.problems, audit.gaps, audit.disorder, audit.bad_times)
    assert found == ([], [], [], [], [])
    assert audit.missing_triggers == [] and audit.altered_triggers == []
    assert not audit.chain_missing and audit.chain_breaks == []


def test_an_entry_the_triggers_cannot_have_written_is_worded_by_the_caller(new_gpkg):
    path = str(new_gpkg)
    execute(path, "INSERT INTO edit_log (layer, action, changed_at) VALUES ('task', 'insert', 'x')")
    ((fid,),) = execute(path, "SELECT max(fid) FROM edit_log")
    seen = []

    def describe(entry):
        seen.append(entry)
        return f"because of its {entry.reason}"

    audit = read_edit_log(path, describe).audit
    assert seen == [
        ForeignEntry(fid, "x", "task", "insert", None, "layer", ("hazard", "land_release"))
    ]
    assert audit.problems == [
        LogEntryProblem(fid, "x", "task", "insert", None, None, "because of its layer")
    ]
    assert audit.bad_times == [(fid, "x")]  # 'x' is no time either


def test_a_file_without_edit_log_or_no_database_at_all(tmp_path):
    plain = tmp_path / "plain.gpkg"
    conn = sqlite3.connect(plain)
    conn.execute("CREATE TABLE hazard (fid INTEGER PRIMARY KEY)")
    conn.close()
    assert read_edit_log(str(plain), no_foreign_entry).audit is None  # nothing to check
    broken = tmp_path / "broken.gpkg"
    broken.write_bytes(b"not a database at all" * 100)
    audit = read_edit_log(str(broken), no_foreign_entry).audit
    assert audit.database == str(broken) and audit.error == "file is not a database"


def test_databases_of_layers_each_once(new_gpkg, make_layer):
    hazards, releases = (
        QgsVectorLayer(f"{new_gpkg}|layername={name}", name, "ogr")
        for name in ("hazard", "land_release")
    )
    memory = make_layer("Point", "EPSG:32638", [("POINT(0 0)", {"evidence_id": "E-1"})])
    found = databases_of([hazards, memory, None, releases])
    assert [os.path.realpath(db) for db in found] == [os.path.realpath(new_gpkg)]
