"""The edit log's hash chain in a GeoPackage: the entries sealed in fid order, each seal a
SHA-256 over the previous seal and the entry, and the chain verified (issue 15)."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication

from .edit_log_triggers import (
    LOG_CHAIN_GENESIS,
    LOG_CHAIN_TABLE,
    LOG_CHAIN_VERSION,
    LOG_HASH_COLUMNS,
    LOG_TABLE,
)
from .gpkg_access import DatabaseError


def tr(text: str) -> str:
    return QCoreApplication.translate("LandReleaseDatabase", text)


def log_entry_hash(previous_hash: str, values) -> str:
    """The SHA-256 (hex) sealing one edit_log entry: over ``LOG_CHAIN_VERSION``, the previous
    entry's hash and the entry's ``LOG_HASH_COLUMNS`` values as Python's sqlite3 reads them
    (text read with ``surrogateescape``, so any stored bytes count), as compact JSON."""
    canonical = json.dumps(
        [{"blob": v.hex()} if isinstance(v, bytes) else v for v in values],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    text = f"{LOG_CHAIN_VERSION}\n{previous_hash}\n{canonical}"
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()


def sqlite_connection(path: str, write: bool) -> sqlite3.Connection:
    """A plain SQLite connection (autocommit; BEGIN explicitly) that reads any stored text;
    read-only unless ``write``."""
    if not Path(path).is_file():
        raise sqlite3.OperationalError(tr("the file does not exist"))
    if write:
        conn = sqlite3.connect(str(path), timeout=30, isolation_level=None)
    else:
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, timeout=30, isolation_level=None)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError:
            # A WAL database in a folder the user may not write: SQLite cannot make its shared
            # memory file there. Read the file as it is (nobody can write it from here).
            conn.close()
            conn = sqlite3.connect(uri + "&immutable=1", uri=True, isolation_level=None)
    conn.text_factory = lambda data: data.decode("utf-8", "surrogateescape")
    return conn


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    return bool(
        conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
        ).fetchone()
    )


_LOG_COLUMNS_SQL = ", ".join(f'l."{c}"' for c in LOG_HASH_COLUMNS)
_SEAL_BATCH = 5000


def seal_edit_log(path: str, quiet: bool = False) -> int:
    """Seal the edit_log entries written since the last seal, in fid order, in one
    transaction; returns how many. Raises DatabaseError when the database cannot be written
    (or returns 0 with ``quiet``); a database without the chain table seals nothing."""
    try:
        conn = sqlite_connection(path, write=True)
    except sqlite3.Error as error:
        if quiet:
            return 0
        raise DatabaseError(tr("Cannot open {}: {}").format(path, error)) from error
    try:
        if not (_has_table(conn, LOG_TABLE) and _has_table(conn, LOG_CHAIN_TABLE)):
            return 0
        conn.execute("BEGIN IMMEDIATE")
        last = conn.execute(
            f'SELECT log_fid, hash FROM "{LOG_CHAIN_TABLE}" ORDER BY log_fid DESC LIMIT 1'
        ).fetchone()
        since, previous = last or (0, LOG_CHAIN_GENESIS)
        rows = conn.execute(
            f'SELECT {_LOG_COLUMNS_SQL} FROM "{LOG_TABLE}" AS l WHERE l.fid > ? ORDER BY l.fid',
            (since,),
        )
        sealed = 0
        while True:
            batch = rows.fetchmany(_SEAL_BATCH)
            if not batch:
                break
            seals = []
            for row in batch:
                digest = log_entry_hash(previous, row)
                seals.append((row[0], previous, digest))
                previous = digest
            conn.executemany(
                f'INSERT INTO "{LOG_CHAIN_TABLE}" (log_fid, previous_hash, hash) VALUES (?, ?, ?)',
                seals,
            )
            sealed += len(seals)
        conn.execute("COMMIT")
        return sealed
    except sqlite3.Error as error:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if quiet:
            return 0
        raise DatabaseError(tr("Cannot seal the edit log of {}: {}").format(path, error)) from error
    finally:
        conn.close()


@dataclass
class ChainVerification:
    """What ``verify_edit_log_chain`` found; ``breaks`` holds (entry fid, kind, sealed_at) with
    kind ``changed``, ``deleted``, ``inserted`` or ``link``."""

    entries: int = 0
    sealed: int = 0  # entries sealed and still there
    unsealed: int = 0  # entries after the last seal, waiting for the next one
    head_fid: int | None = None
    head_hash: str | None = None
    missing: bool = False  # no chain table
    breaks: list = field(default_factory=list)


def verify_edit_log_chain(path: str, is_cancelled=None) -> ChainVerification:
    """Recompute the hash of every sealed edit_log entry of the GeoPackage ``path``.

    Found: an entry changed after its seal (``changed``), a sealed entry gone (``deleted``),
    an entry among the sealed ones that was never sealed (``inserted``: written later with an
    old fid), a seal that does not carry the previous seal's hash (``link``).

    What this protects against: the guard triggers refuse changes and deletions made with any
    SQLite program or in QGIS; a change made with the triggers dropped to an entry sealed
    before is found here, and the dropped triggers are found by ``landrelease:checkdata``
    until they are recreated. What it does not: entries not sealed yet (written since the
    database was last opened with the plugin or checked) can be changed undetected by whoever
    drops the triggers; anyone who can write the file and follows this design can rewrite the
    log and compute a new chain (the hash has no secret) — only a chain head kept outside the
    file (checkdata prints it) shows that; a row appended to the log by hand, in order, is
    sealed like any other (checkdata compares the log with the rows)."""
    result = ChainVerification()
    try:
        conn = sqlite_connection(path, write=False)
    except sqlite3.Error as error:
        raise DatabaseError(tr("Cannot open {}: {}").format(path, error)) from error
    try:
        result.entries = conn.execute(f'SELECT count(*) FROM "{LOG_TABLE}"').fetchone()[0]
        if not _has_table(conn, LOG_CHAIN_TABLE):
            result.missing, result.unsealed = True, result.entries
            return result
        _check_seals(conn, result, is_cancelled)
        if result.head_fid is not None:
            result.breaks += _inserted_entries(conn, result.head_fid)
            result.sealed -= sum(1 for _f, kind, _s in result.breaks if kind == "deleted")
        result.unsealed = conn.execute(
            f'SELECT count(*) FROM "{LOG_TABLE}" WHERE fid > ?', (result.head_fid or 0,)
        ).fetchone()[0]
        result.breaks.sort()
        return result
    except sqlite3.Error as error:
        raise DatabaseError(tr("Cannot read the edit log of {}: {}").format(path, error)) from error
    finally:
        conn.close()


def _check_seals(conn: sqlite3.Connection, result: ChainVerification, is_cancelled) -> None:
    """Walk the seals in fid order, recomputing each hash: the breaks found, how many seals,
    and the chain's head, into ``result``."""
    rows = conn.execute(
        f"SELECT c.log_fid, c.previous_hash, c.hash, c.sealed_at, l.fid IS NOT NULL, "
        f'{_LOG_COLUMNS_SQL} FROM "{LOG_CHAIN_TABLE}" AS c '
        f'LEFT JOIN "{LOG_TABLE}" AS l ON l.fid = c.log_fid ORDER BY c.log_fid'
    )
    previous = LOG_CHAIN_GENESIS
    count = 0
    for fid, before, digest, sealed_at, exists, *values in rows:
        count += 1
        if count % 10000 == 0 and is_cancelled is not None and is_cancelled():
            break
        if before != previous:
            result.breaks.append((fid, "link", sealed_at))
        if not exists:
            result.breaks.append((fid, "deleted", sealed_at))
        elif log_entry_hash(before, values) != digest:
            result.breaks.append((fid, "changed", sealed_at))
        previous = digest
        result.head_fid, result.head_hash = fid, digest
    result.sealed = count


def _inserted_entries(conn: sqlite3.Connection, head_fid: int) -> list[tuple]:
    """(fid, "inserted", None) of the entries before the chain's head that were never sealed."""
    inserted = conn.execute(
        f'SELECT l.fid FROM "{LOG_TABLE}" AS l LEFT JOIN "{LOG_CHAIN_TABLE}" AS c '
        "ON c.log_fid = l.fid WHERE c.log_fid IS NULL AND l.fid < ? ORDER BY l.fid",
        (head_fid,),
    )
    return [(fid, "inserted", None) for (fid,) in inserted]
