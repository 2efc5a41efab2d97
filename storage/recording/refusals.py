"""A database's refusal of a save in words an officer can act on, never its SQL: another
officer's work, a read-only file or server, a full disk, the database's own rules."""

from __future__ import annotations

import os
import re
import shutil

from qgis.PyQt.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("LandReleaseRecording", text)


# Below this much free space a GeoPackage save is refused before it starts (the journal, the
# WAL and their index need room); after a failure, a disk with less is taken as full.
MIN_FREE_BYTES = 1024 * 1024
MIN_FREE_BYTES_AFTER = 256 * 1024
LOG_TAG = "Land Release"


def _gpkg_write_problem(path: str, min_free_bytes: int | None = None) -> str | None:
    """Why the GeoPackage ``path`` cannot be written, as the file system tells: the file or its
    folder read-only (SQLite writes its journal beside the file), the disk full; else None."""
    folder = os.path.dirname(os.path.abspath(path))
    if os.path.exists(path) and not os.access(path, os.W_OK):
        return _read_only_file(path)
    if os.path.isdir(folder) and not os.access(folder, os.W_OK):
        return tr(
            "The folder of the database, {}, is read-only: the database writes its journal "
            "beside the file. Ask for write access to the folder, or copy the database to a "
            "folder where you may write and open the copy. Nothing was saved."
        ).format(folder)
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return None
    least = MIN_FREE_BYTES if min_free_bytes is None else min_free_bytes
    return _disk_full(path) if free < least else None


def _read_only_file(path: str) -> str:
    return tr(
        "The database file {} is read-only: ask for write access, or copy it to a folder where "
        "you may write and open the copy. Nothing was saved."
    ).format(path)


def _disk_full(path: str) -> str:
    return tr(
        "The disk holding {} is full: free space (or move the database to another disk) and "
        "save again. Nothing was saved."
    ).format(path)


def _postgis_message(label: str, message: str) -> str:
    lowered = message.lower()
    if "no space left" in lowered or "could not extend file" in lowered:
        return tr(
            "The disk of the database server is full: ask the database administrator to free "
            "space. Nothing was saved."
        )
    if "read-only transaction" in lowered or "recovery is in progress" in lowered:
        return tr(
            "The shared database {} accepts no changes now (a read-only or standby server): "
            "ask the database administrator. Nothing was saved."
        ).format(label)
    from ..postgis import rights_message

    return rights_message(message) or _conflict_message(message) or _refused_message(label, message)


def _refused_message(label: str, message: str) -> str:
    reason = _plain_reason(message)
    if reason:
        return tr("The database {} refused the change: {}. Nothing was saved.").format(
            label, reason.rstrip(".")
        )
    return tr(
        "The database {} refused the change. Nothing was saved; the details are in the "
        "message log (Land Release)."
    ).format(label)


_SQL_WORDS = re.compile(
    r"\b(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|BEGIN|COMMIT|ROLLBACK|WHERE|FROM|"
    r"VALUES|SET)\b"
)


def without_sql(message: str) -> str:
    """``message`` itself when it quotes no SQL; else the database's own words in it (GDAL,
    SQLite or PostgreSQL), "" when nothing but SQL is left."""
    return message.strip() if not _SQL_WORDS.search(message) else _plain_reason(message)


def _plain_reason(message: str) -> str:
    """The database's own words in a GDAL error message, without the SQL it quotes ("" when
    nothing but SQL is left)."""
    text = message.split("Command:", 1)[0]
    if "ERROR:" in text:  # PostgreSQL: its sentence follows ERROR:
        text = text.rsplit("ERROR:", 1)[1]
    text = re.sub(r"sqlite3_\w+\(.*\)\s*(failed)?\s*:", " ", text, flags=re.S)
    text = re.sub(r"^.*\bfailed\s+to\s+\w+(\s+\w+)?\s*:\s", " ", text, flags=re.S)
    text = re.sub(r"In \w+\(\):", " ", text)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    reason = " ".join(line for line in lines if not line.startswith(("LINE ", "CONTEXT", "^")))
    return "" if not reason or _SQL_WORDS.search(reason) else reason.strip()


def _conflict_message(message: str) -> str | None:
    """Another officer's work or the database's rules in words an officer can act on; None
    for other errors."""
    lowered = message.lower()
    reason = _plain_reason(message)
    detail = f" ({reason})" if reason else ""
    if "lock timeout" in lowered or "deadlock" in lowered or "database is locked" in lowered:
        return tr(
            "Someone else is saving changes to the same hazard and the database stayed busy. "
            "Nothing was saved: try again.{}"
        ).format(detail)
    if "duplicate key" in lowered or "unique constraint" in lowered:
        return tr(
            "A record with the same ID or UUID was saved in the meantime, perhaps by another "
            "officer. Nothing was saved: reload and choose another ID.{}"
        ).format(detail)
    if "permission denied" in lowered:
        return tr(
            "Your database account may not make this change (permission denied). Nothing was "
            "saved: ask your database administrator for the editor role.{}"
        ).format(detail)
    return None
