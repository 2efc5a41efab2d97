"""Quality management's review of land releases (the Review releases dock): the queue of
pending releases, the ``checkdata`` errors of one release, and the decision, passed or failed,
saved like a release: one transaction, the edit log naming the reviewer, the hazards' figures
settled. A release changed since the queue listed it is refused, never reviewed blind.
``review_checks`` gives the checkdata errors of one release; ``review_reopen`` sets a passed
release whose work changes back to pending."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
)
from qgis.PyQt.QtCore import QCoreApplication

from ...core import model
from .field_values import _field_problem, _text, _text_ok
from .layers import RELEASE, ReleaseLayers, _reload
from .transaction import (
    SaveError,
    _log_start,
    _quote,
    _refuse_pending_edits,
    _sign_log,
    _Transaction,
    _user,
)

PENDING, PASSED, FAILED = "pending", "passed", "failed"
DECISIONS = (PASSED, FAILED)
REVIEW_FIELDS = ("qa_status", "reviewed_by", "reviewed_on", "review_remarks")
# Read together, these say which version of a release the reviewer saw.
_QUEUE_COLUMNS = (
    "CAST(fid AS INTEGER) AS release_fid, uuid, release_id, hazard_id, outcome, organisation, "
    "team, CAST(end_date AS TEXT) AS end_day, area_m2"
)
_CHUNK = 500


def tr(text: str) -> str:
    return QCoreApplication.translate("LandReleaseReview", text)


@dataclass(frozen=True)
class PendingRelease:
    """A release waiting for review as the queue read it; ``version`` is what its row held
    then (updated_at, qa_status, and row_version on PostGIS)."""

    fid: int
    uuid: str
    release_id: str
    hazard_id: str | None
    outcome: str | None
    organisation: str | None
    team: str | None
    end_date: str | None
    area_m2: float | None
    version: str


@dataclass(frozen=True)
class Reviewed:
    """A review saved: the release, the decision, who and when; ``hazards_changed`` the
    hazard ids whose remaining area or status moved."""

    release_id: str
    uuid: str
    qa_status: str
    reviewed_by: str | None
    reviewed_on: datetime.date
    hazards_changed: tuple[str, ...] = ()


# ---------------------------------------------------------------------------------------------
# The queue
# ---------------------------------------------------------------------------------------------


def _version_sql(postgis_database: bool) -> str:
    if postgis_database:
        return (
            "coalesce(updated_at::text, '') || '|' || coalesce(qa_status, '') || '|' || "
            "coalesce(row_version::text, '')"
        )
    return "coalesce(CAST(updated_at AS TEXT), '') || '|' || coalesce(qa_status, '')"


def _pending_sql() -> str:
    return "(qa_status IS NULL OR qa_status = 'pending')"


def pending_releases(
    layers: ReleaseLayers, area: QgsGeometry | None = None, area_crs=None
) -> list[PendingRelease]:
    """The releases of the database still to be reviewed (qa_status pending or empty), oldest
    end date first; with ``area`` (a polygon, in ``area_crs`` or the release layer's CRS) only
    those whose polygon shares ground with it (touching its edge is not enough)."""
    fids = _release_fids(layers, area, area_crs)
    if not fids:
        return []
    from ..derived import RefreshError, _Reader

    found = []
    try:
        with _Reader(layers.database) as reader:
            version = _version_sql(reader.postgis)
            for start in range(0, len(fids), _CHUNK):
                listed = ", ".join(str(f) for f in fids[start : start + _CHUNK])
                found += reader.sql(
                    f'SELECT {_QUEUE_COLUMNS}, {version} AS version FROM "{RELEASE}" '
                    f"WHERE fid IN ({listed}) AND {_pending_sql()}"
                )
    except RefreshError as error:
        raise SaveError(str(error)) from error
    releases = [
        PendingRelease(
            int(fid),
            str(uuid),
            _text(rid) or "",
            _text(hid),
            _text(outcome),
            _text(org),
            _text(team),
            _text(end)[:10] if end else None,
            None if area_m2 is None else float(area_m2),
            str(stamp),
        )  # fmt: skip
        for fid, uuid, rid, hid, outcome, org, team, end, area_m2, stamp in found
        if uuid is not None
    ]
    return sorted(releases, key=lambda r: (r.end_date or "9999", _natural(r.release_id)))


def _natural(text: str) -> tuple:
    from ...core.checks.findings import natural_order

    return natural_order(text)


def _release_fids(layers: ReleaseLayers, area: QgsGeometry | None, area_crs) -> list[int]:
    """The stored fid of every release (in ``area`` when given), read through the provider."""
    layer = layers.release
    request = QgsFeatureRequest()
    index = layer.fields().indexOf("fid")
    if area is not None:
        area = QgsGeometry(area)
        if area_crs is not None and area_crs != layer.crs():
            area.transform(QgsCoordinateTransform(area_crs, layer.crs(), QgsProject.instance()))
        request.setFilterRect(area.boundingBox())
    else:
        request.setFlags(QgsFeatureRequest.NoGeometry)
    request.setSubsetOfAttributes([index] if index >= 0 else [])
    fids = []
    engine = None
    if area is not None:
        engine = QgsGeometry.createGeometryEngine(area.constGet())
        engine.prepareGeometry()
    for feature in layer.dataProvider().getFeatures(request):
        if engine is not None:
            geometry = feature.geometry()
            if geometry.isNull() or not _shares_ground(engine, geometry):
                continue
        value = feature.attribute(index) if index >= 0 else feature.id()
        try:
            fids.append(int(value))
        except (TypeError, ValueError):
            continue
    return sorted(set(fids))


def _shares_ground(engine, geometry: QgsGeometry) -> bool:
    """Whether a release meets the area by more than its edge (polygons of one district and
    its neighbour share a boundary)."""
    shape = geometry.constGet()
    return engine.intersects(shape) and not engine.touches(shape)


# ---------------------------------------------------------------------------------------------
# The decision
# ---------------------------------------------------------------------------------------------


def review_problem(qa_status: str, remarks: str | None) -> str | None:
    """Why a decision cannot be saved as given (translated), None when it can."""
    if qa_status not in DECISIONS:
        return tr("A review passes or fails a release; {} is neither.").format(qa_status)
    if qa_status == FAILED and not (remarks or "").strip():
        return tr("Say why the release fails: the reason is kept with the release.")
    if remarks and remarks.strip():
        field = model.layer(RELEASE).field("review_remarks")
        return _field_problem(RELEASE, field, remarks.strip())
    return None


def review_release(
    layers: ReleaseLayers,
    release: PendingRelease,
    qa_status: str,
    remarks: str | None = None,
    user: str | None = None,
    today: datetime.date | None = None,
) -> Reviewed:
    """Save the review of ``release`` as the queue listed it: ``qa_status`` passed or failed,
    the reviewer (``user``, else the QGIS user; on PostGIS the database may name its login),
    today's date and ``remarks`` (required to fail), in one transaction with its edit log row
    and the figures of the hazards under it settled. Raises SaveError, writing nothing, when
    the decision is incomplete or the release changed since it was listed."""
    from .. import derived

    problem = review_problem(qa_status, remarks)
    if problem:
        raise SaveError(problem)
    if not _text_ok(release.uuid):
        raise SaveError(tr("The release {} has no usable UUID.").format(release.release_id))
    _refuse_pending_edits(layers)
    user = user or _user()
    today = today or datetime.date.today()
    remarks = (remarks or "").strip() or None
    uuid = _quote(release.uuid)
    with _Transaction(layers.database) as tx:
        hazard_fids, hazard_ids = _hazards_under(tx, release.uuid)
        tx.lock_hazards(hazard_ids)
        since = _log_start(tx)
        lock = " FOR UPDATE" if tx.postgis else ""
        rows = tx.sql(
            f"SELECT {_version_sql(tx.postgis)}, qa_status, reviewed_by, "
            "CAST(reviewed_on AS TEXT) "
            f'FROM "{RELEASE}" WHERE uuid = {uuid}{lock}'
        )
        _refuse_stale(release, rows)
        values = {
            "qa_status": qa_status,
            "reviewed_by": user,
            "reviewed_on": today.isoformat(),
            "review_remarks": remarks,
        }
        assignments = ", ".join(
            f"{name} = {'NULL' if value is None else _quote(value)}"
            for name, value in values.items()
        )
        tx.sql(f'UPDATE "{RELEASE}" SET {assignments} WHERE uuid = {uuid}')
        settled = derived.settle(tx, today, also=hazard_fids)
        _sign_log(tx, since, user)
        stored = tx.sql(f'SELECT reviewed_by FROM "{RELEASE}" WHERE uuid = {uuid}')
        tx.commit()
    _reload(layers)
    return Reviewed(
        release_id=release.release_id,
        uuid=release.uuid,
        qa_status=qa_status,
        reviewed_by=_text(stored[0][0]) if stored else user,
        reviewed_on=today,
        hazards_changed=tuple(settled.changed),
    )


def _hazards_under(tx, uuid: str) -> tuple[list[int], list[str]]:
    """(fids, hazard ids) of the hazards whose figures the release may move: the one it names
    and those its box meets."""
    quoted = _quote(uuid)
    columns = "SELECT CAST(h.fid AS INTEGER) AS hazard_fid, h.hazard_id"
    if tx.postgis:
        boxes = (
            f'{columns} FROM hazard h, "{RELEASE}" r WHERE r.uuid = {quoted} AND h.geom && r.geom'
        )
    else:
        boxes = (
            f"{columns} FROM hazard h, rtree_hazard_geom hb, "
            f'rtree_{RELEASE}_geom rb, "{RELEASE}" r WHERE r.uuid = {quoted} AND rb.id = r.fid '
            "AND hb.id = h.fid AND hb.minx <= rb.maxx AND hb.maxx >= rb.minx "
            "AND hb.miny <= rb.maxy AND hb.maxy >= rb.miny"
        )
    named = (
        f'{columns} FROM hazard h, "{RELEASE}" r '
        f"WHERE r.uuid = {quoted} AND h.hazard_id = r.hazard_id"
    )
    rows = tx.sql(f"{boxes} UNION {named}")
    fids = sorted({int(fid) for fid, _ in rows if fid is not None})
    ids = sorted({str(hid) for _, hid in rows if hid is not None})
    return fids, ids


def _refuse_stale(release: PendingRelease, rows: list) -> None:
    """SaveError unless the release's row is still the one the queue listed."""
    if not rows:
        raise SaveError(
            tr(
                "The release {} is no longer in the database (deleted since the queue was "
                "listed). Nothing was saved."
            ).format(release.release_id)
        )
    version, qa_status, reviewed_by, reviewed_on = rows[0]
    if qa_status not in (None, PENDING):
        raise SaveError(
            tr(
                "The release {} was reviewed meanwhile ({} by {} on {}). Nothing was saved; the "
                "queue is listed again."
            ).format(
                release.release_id,
                _status_word(qa_status),
                reviewed_by or tr("an unknown reviewer"),
                _text(reviewed_on)[:10] if reviewed_on else tr("an unknown day"),
            )
        )
    if str(version) != release.version:
        raise SaveError(
            tr(
                "The release {} was changed since the queue was listed. Nothing was saved: "
                "look at it again (the queue is listed again) before you review it."
            ).format(release.release_id)
        )


def _status_word(code: str) -> str:
    codes = model.CODE_LISTS["qa_status"]
    for entry in codes.codes:
        if entry.code == code:
            return QCoreApplication.translate(model.TR_CONTEXT, entry.label)
    return str(code)
