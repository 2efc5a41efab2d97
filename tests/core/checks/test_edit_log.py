"""log_mismatch: the edit log's facts as findings."""

from __future__ import annotations

import shapely

from landrelease.core import checks
from landrelease.core.checks import HAZARD, RELEASE

from .factories import (
    TODAY,
    audit,
    hazard,
    layer,
    usq,
)

UUID_1 = "4f1c2d9e-8b1a-4c3e-9f00-000000000001"


def test_log_mismatch_rows_without_their_entry():
    hazards = layer(HAZARD, [(usq(0, 0), {**hazard("H-1"), "uuid": UUID_1})])
    facts = audit(
        entries=12,
        unlogged=[
            checks.UnloggedRow("hazard", 7, UUID_1, "H-1", "differs", 11, "2026-05-01T10:00:00Z",
                               (("remaining_area_m2", 5997.98, 6927.63), ("status", "worked_on",
                                "open"), ("geom", "AB", "CD"), ("remarks", None, "x"),
                                ("district", "AGD", "FUZ"), ("priority", 1, 2))),
            checks.UnloggedRow("land_release", 3, "u-3", "LR-9", "no_entry"),
            checks.UnloggedRow("land_release", 4, "u-4", "fid 4", "deleted", 9, "2026-04-01"),
            checks.UnloggedRow("land_release", 5, "u-5", "LR-5", "unreadable", 10, "2026-04-02"),
        ],
    )  # fmt: skip
    result = checks.run_checks(hazards, today=TODAY, logs=[facts])
    found = [f for f in result.findings if f.code == "log_mismatch"]
    assert [(f.layer, f.feature_id, f.index, f.fid) for f in found] == [
        (HAZARD, "H-1", 0, 7),  # placed on the input feature with that uuid
        (RELEASE, "fid 4", None, 4),
        (RELEASE, "LR-5", None, 5),
        (RELEASE, "LR-9", None, 3),
    ]
    found = [found[0], found[3], found[1], found[2]]  # in the order given
    assert found[0].message == (
        "hazard_id H-1 (fid 7) differs from its last edit_log entry (11, 2026-05-01T10:00:00Z): "
        "remaining_area_m2 5997.98 (log: 6927.63); status 'worked_on' (log: 'open'); geom; "
        "remarks NULL (log: 'x'); district 'AGD' (log: 'FUZ'); +1. "
        "It was changed without the edit log (its triggers off or removed): find out who "
        "changed it, then restore or confirm the values."
    )
    assert usq(0, 0).contains(shapely.Point(found[0].x, found[0].y))
    assert found[1].message.startswith("release_id LR-9 (fid 3) has no edit_log entry")
    assert found[2].message.startswith(
        "fid 4 (fid 4) exists, but its last edit_log entry (9, 2026-04-01) records its deletion"
    )
    assert "holds no readable 'after' JSON" in found[3].message
    assert all(f.severity == "error" for f in found)


def test_log_mismatch_entries_sequence_triggers_and_chain():
    facts = audit(
        entries=40,
        problems=[
            checks.LogEntryProblem(12, "2026-05-02", "land_release", "update", "u-12", "LR-2"),
            checks.LogEntryProblem(13, "2026-05-03", "task", "insert", "u-13", None,
                                   "its layer 'task' is not one the log records"),
        ],  # fmt: skip
        gaps=[(20, 22)],
        disorder=[(30, "2020-01-01T00:00:00.000Z", 29, "2026-05-04T09:00:00.000Z")],
        bad_times=[(31, "yesterday"), (32, None)],
        missing_triggers=["hazard_log_delete", "edit_log_no_delete"],
        altered_triggers=["hazard_log_update"],
        chain_breaks=[(5, "changed", "2026-05-01T00:00:00.000Z"), (6, "deleted", "2026-05-01"),
                      (7, "inserted", None), (8, "link", "2026-05-01")],
    )  # fmt: skip
    findings = checks.check_edit_log(facts)
    messages = [f.message for f in findings]
    assert [(f.layer, f.feature_id, f.fid) for f in findings] == [
        ("edit_log", None, None),
        ("edit_log", None, None),
        ("edit_log", "12", 12),
        ("edit_log", "13", 13),
        ("edit_log", "20", 20),
        ("edit_log", "30", 30),
        ("edit_log", "31", 31),
        ("edit_log", "32", 32),
        ("edit_log", "5", 5),
        ("edit_log", "6", 6),
        ("edit_log", "7", 7),
        ("edit_log", "8", 8),
    ]
    assert messages[0] == (
        "The edit log triggers hazard_log_delete, edit_log_no_delete are missing from "
        "/data/agdam.gpkg: changes are not logged or the log is not protected. Open the "
        "database with Land Release > Open Database… to recreate them, and find out who "
        "changed them."
    )
    assert "hazard_log_update of /data/agdam.gpkg are not the plugin's" in messages[1]
    assert messages[2] == (
        "edit_log entry 12 (2026-05-02) records the update of land_release LR-2 (uuid u-12), "
        "which does not exist: it was deleted without the edit log. Restore it from the "
        "entry's 'after' JSON, or find out who deleted it."
    )
    assert messages[3] == (
        "edit_log entry 13 (2026-05-03) was not written by the edit log's triggers: its layer "
        "'task' is not one the log records. Find out who wrote it."
    )
    assert messages[4].startswith("edit_log entries 20 to 22 are missing")
    assert messages[5].startswith(
        "edit_log entry 30 was written at 2020-01-01T00:00:00.000Z, before entry 29 "
        "(2026-05-04T09:00:00.000Z)"
    )
    assert messages[6] == "edit_log entry 31 has no readable changed_at ('yesterday')."
    assert messages[7] == "edit_log entry 32 has no readable changed_at ('NULL')."
    assert messages[8].startswith(
        "edit_log entry 5 no longer matches the hash it was sealed with on 2026-05-01T00:00:00.000Z"
    )
    assert "edit_log entry 6, sealed on 2026-05-01, is gone" in messages[9]
    assert "entry 7 lies among sealed entries but was never sealed" in messages[10]
    assert "The seal of edit_log entry 8 does not follow" in messages[11]
    assert all(f.severity == "error" and f.code == "log_mismatch" for f in findings)


def test_log_mismatch_on_postgis_and_unreadable_logs():
    facts = checks.LogAudit("db.example/ana/landrelease", postgis=True,
                            disabled_triggers=["hazard_log"], chain_missing=False)  # fmt: skip
    (finding,) = checks.check_edit_log(facts)
    assert finding.message == (
        "The edit log triggers hazard_log of db.example/ana/landrelease are disabled: changes "
        "are not logged. Ask the database administrator to recreate them, and find out who "
        "changed them."
    )
    (missing,) = checks.check_edit_log(audit(chain_missing=True))
    assert "hash chain (table edit_log_chain) is missing from /data/agdam.gpkg" in missing.message
    (broken,) = checks.check_edit_log(audit(error="database disk image is malformed"))
    assert broken.message == (
        "The edit log of /data/agdam.gpkg could not be read: database disk image is malformed."
    )
    assert checks.check_edit_log(audit(entries=5)) == []
