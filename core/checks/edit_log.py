"""The edit log: what the adapter read of a database's edit log (:class:`LogAudit`, facts) and
the ``log_mismatch`` findings they give (:func:`check_edit_log`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Optional

from .. import model
from .findings import CODES, NOWHERE, Finding, LayerData
from .geometry_arrays import anchor_xy
from .messages import MESSAGES
from .values import is_blank, shown

LOG = "edit_log"
LOG_DIFFERENCES_SHOWN = 5  # fields named in a log_differs message


@dataclass(frozen=True)
class UnloggedRow:
    """A row of a logged table whose last change has no matching edit_log entry."""

    layer: str  # HAZARD or RELEASE
    fid: int  # its key in the database
    uuid: Optional[str]
    label: str  # its hazard_id / release_id, or "fid N"
    reason: str  # "no_entry", "deleted", "differs" or "unreadable"
    entry: Optional[int] = None  # fid of its last edit_log entry
    entry_at: Optional[str] = None  # that entry's changed_at
    differences: tuple[tuple[str, object, object], ...] = ()  # (field, stored, logged)


@dataclass(frozen=True)
class LogEntryProblem:
    """An edit_log entry that names a row that does not exist, or was not written by the log's
    triggers (``problem`` says how; then ``feature`` and ``uuid`` may be None)."""

    entry: int
    at: Optional[str]
    layer: Optional[str]
    action: Optional[str]
    uuid: Optional[str]
    feature: Optional[str]  # the id named in the entry's JSON
    problem: Optional[str] = None  # None: the row does not exist


@dataclass(frozen=True)
class LogAudit:
    """What the adapter read of the edit log of one land release database: facts, turned into
    ``log_mismatch`` findings by :func:`check_edit_log`."""

    database: str  # for messages: a GeoPackage path or server/database/schema
    postgis: bool = False
    entries: int = 0
    unlogged: Sequence[UnloggedRow] = ()
    problems: Sequence[LogEntryProblem] = ()
    gaps: Sequence[tuple[int, int]] = ()  # (first, last) fid of the missing entries
    disorder: Sequence[tuple[int, str, int, str]] = ()  # (fid, at, previous fid, previous at)
    bad_times: Sequence[tuple[int, Optional[str]]] = ()  # (fid, changed_at as stored)
    missing_triggers: Sequence[str] = ()
    disabled_triggers: Sequence[str] = ()
    altered_triggers: Sequence[str] = ()
    chain_missing: bool = False
    chain_breaks: Sequence[tuple[int, str, Optional[str]]] = ()  # (fid, kind, sealed_at)
    error: Optional[str] = None  # the log could not be read: why


def check_edit_log(
    audit: LogAudit, layers: Optional[Mapping[str, LayerData]] = None
) -> list[Finding]:
    """``log_mismatch`` findings from what the adapter read of one database's edit log. A row
    of a logged table is placed on the feature of ``layers`` with the same ``uuid`` (when the
    layer is given and has that column); entries and the log as a whole are on the layer
    ``edit_log``, with the entry's fid as ``fid``."""
    layers = layers or {}
    db = {"database": audit.database}
    if audit.error is not None:
        return [_log_finding(MESSAGES["log_unreadable"], db | {"error": audit.error})]
    findings = []
    remedy = MESSAGES["log_remedy_pg" if audit.postgis else "log_remedy_gpkg"]
    for names, key in (
        (audit.missing_triggers, "log_trigger_missing"),
        (audit.disabled_triggers, "log_trigger_disabled"),
        (audit.altered_triggers, "log_trigger_altered"),
    ):
        if names:
            args = db | {"names": ", ".join(names), "remedy": remedy}
            findings.append(_log_finding(MESSAGES[key], args))
    if audit.chain_missing:
        findings.append(_log_finding(MESSAGES["log_chain_missing"], db))
    places = {name: _uuid_index(lyr) for name, lyr in layers.items()}
    for row in audit.unlogged:
        findings.append(_unlogged_finding(row, layers.get(row.layer), places.get(row.layer, {})))
    for entry in audit.problems:
        args = {"entry": str(entry.entry), "at": entry.at or "?"}
        if entry.problem is not None:
            template, args["problem"] = MESSAGES["log_foreign"], entry.problem
        else:
            template = MESSAGES["log_orphan"]
            args |= {
                "action": entry.action or "?",
                "layer": entry.layer or "?",
                "feature": entry.feature or "?",
                "uuid": entry.uuid or "?",
            }
        findings.append(_log_finding(template, args, entry.entry))
    for first, last in audit.gaps:
        args = {"first": str(first), "last": str(last)}
        findings.append(_log_finding(MESSAGES["log_gap"], args, first))
    for fid, at, previous, previous_at in audit.disorder:
        args = {"entry": str(fid), "at": at, "previous": str(previous), "previous_at": previous_at}
        findings.append(_log_finding(MESSAGES["log_disorder"], args, fid))
    for fid, value in audit.bad_times:
        args = {"entry": str(fid), "value": shown(value) if value is not None else "NULL"}
        findings.append(_log_finding(MESSAGES["log_bad_time"], args, fid))
    for fid, kind, sealed in audit.chain_breaks:
        args = {"entry": str(fid), "sealed": sealed or "?"}
        findings.append(_log_finding(MESSAGES[f"log_chain_{kind}"], args, fid))
    return findings


def _log_finding(template: str, args: Mapping[str, str], fid: Optional[int] = None) -> Finding:
    return Finding(
        code="log_mismatch",
        severity=CODES["log_mismatch"],
        layer=LOG,
        index=None,
        feature_id=None if fid is None else str(fid),
        template=template,
        args=dict(args),
        fid=fid,
    )


def _uuid_index(lyr: LayerData) -> dict[str, int]:
    uuids = lyr.columns.get("uuid")
    if uuids is None:
        return {}
    return {str(u).strip(): i for i, u in enumerate(uuids) if not is_blank(u)}


def _unlogged_finding(row: UnloggedRow, lyr: Optional[LayerData], places) -> Finding:
    id_field = model.layer(row.layer).id_field
    feature = f"{id_field} {row.label}" if not row.label.startswith("fid ") else row.label
    args = {
        "feature": feature,
        "fid": str(row.fid),
        "entry": str(row.entry) if row.entry is not None else "?",
        "at": row.entry_at or "?",
    }
    key = {
        "no_entry": "log_no_entry",
        "deleted": "log_deleted",
        "differs": "log_differs",
        "unreadable": "log_unreadable_entry",
    }[row.reason]
    if row.reason == "differs":
        shown = [
            name
            if name == "geom"
            else f"{name} {_shown_value(stored)} (log: {_shown_value(logged)})"
            for name, stored, logged in row.differences[:LOG_DIFFERENCES_SHOWN]
        ]
        more = len(row.differences) - LOG_DIFFERENCES_SHOWN
        args["differences"] = "; ".join(shown) + (f"; +{more}" if more > 0 else "")
    index = places.get(row.uuid) if row.uuid is not None else None
    xy = anchor_xy(lyr.geometries, [index])[0] if index is not None else NOWHERE
    return Finding(
        code="log_mismatch",
        severity=CODES["log_mismatch"],
        layer=row.layer,
        index=index,
        feature_id=str(lyr.labels[index]) if index is not None else row.label,
        template=MESSAGES[key],
        args=args,
        x=float(xy[0]),
        y=float(xy[1]),
        fid=row.fid,
    )


def _shown_value(value) -> str:
    """A stored or logged value in a log message: NULL, a number as written, text quoted."""
    if value is None:
        return "NULL"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):
        return f"'{shown(value)}'"
    return shown(value)
