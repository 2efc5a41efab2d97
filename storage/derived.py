"""Hazard figures that stay true whatever changed the data: triggers, recompute and layer hooks.

A hazard stores its ``remaining_area_m2`` and ``status``, derived from the releases over it by
the land release accounting (``core.derived``, one implementation). A release may be deleted,
moved or re-dated by the Record dock, in the attribute table, by another QGIS or by a script,
and a hazard digitised through the ordinary form. So:

1. **The database marks** (triggers, whatever program writes): a change that can move a
   hazard's figures stores them as unknown at once, in the same statement: remaining NULL, and
   status ``unknown`` where the status cannot be known either. What changes them:

   - a release inserted, deleted, or changed in geometry, outcome, end date or review (its
     ``qa_status`` to or from ``failed`` or a value that is no code: a failed release does not
     count; pending and passed ones both do): every hazard whose bounding box meets the
     release's (old or new) one;
   - a hazard inserted over releases, or with a status or remaining area that are not those of
     a hazard without releases (status open, remaining = its estimated area), or whose geometry
     changes.

   On a GeoPackage the triggers find hazards through the GeoPackage's R-tree spatial indexes
   and the ST_MinX… functions that every program writing a GeoPackage layer provides (GDAL,
   QGIS, SpatiaLite; GDAL's own index triggers need them): a program without them (SQLite
   alone) cannot change a release at all, not even delete one, so nothing is changed behind
   the figures' back. On PostGIS the hazard triggers also compute what needs no accounting (a
   hazard over no release: open, its area).

2. **The accounting recomputes** every hazard due (unknown, or touched by a release whose end
   date has been reached since it was written): :func:`settle` inside a save transaction,
   :func:`refresh` after every commit of a hazard or release layer in QGIS (:func:`watch`), on
   load, and before the algorithms run (:func:`refresh_inputs`).

So a figure may be unknown for a moment; it is never one that contradicts the releases.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProject,
    QgsProviderRegistry,
    QgsVectorLayer,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication

if TYPE_CHECKING:  # core.derived needs shapely 2, imported only when figures are computed
    from ..core import derived as rules

from ..core import model, pgschema
from . import postgis

HAZARD, RELEASE, LOG = "hazard", "land_release", "edit_log"
WATCHED_TABLES = (HAZARD, RELEASE)
# With more due hazards than this, the releases are read in one pass instead of per hazard.
READ_ALL_ABOVE = 200
STATUSES = model.CODE_LISTS["status"].values()
_CODES = "(" + ", ".join(f"'{c}'" for c in STATUSES) + ")"
_UNKNOWN = f"'{pgschema.UNKNOWN_STATUS}'"


def tr(text: str) -> str:
    return QCoreApplication.translate("LandReleaseDerived", text)


class RefreshError(Exception):
    """The figures could not be recomputed (read-only file, no right to write, busy); the
    message says why. Nothing was written: the figures stay unknown, never wrong."""


@dataclass
class Refreshed:
    """What a recompute wrote: ``figures`` by hazard_id of every hazard recomputed, ``changed``
    the hazard_ids whose stored figures changed, ``unknown`` hazard_id → why still unknown."""

    figures: dict[str, rules.Figures] = field(default_factory=dict)
    changed: list[str] = field(default_factory=list)
    unknown: dict[str, str] = field(default_factory=dict)


# ---------------------------------------------------------------------------------------------
# GeoPackage triggers
# ---------------------------------------------------------------------------------------------


def _envelope(row: str) -> tuple[str, str, str, str]:
    return tuple(f'{f}({row}."geom")' for f in ("ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY"))


def _hazards_in(minx: str, maxx: str, miny: str, maxy: str) -> str:
    """The fids of the hazards whose R-tree box meets the box given (R-tree boxes are rounded
    outwards: a superset)."""
    return (
        f'SELECT id FROM "rtree_{HAZARD}_geom" WHERE minx <= {maxx} AND maxx >= {minx} '
        f"AND miny <= {maxy} AND maxy >= {miny}"
    )


def _mark(where: str) -> str:
    return (
        f'UPDATE "{HAZARD}" SET remaining_area_m2 = NULL, status = {_UNKNOWN} WHERE ({where}) '
        f"AND (remaining_area_m2 IS NOT NULL OR status IS NOT {_UNKNOWN});"
    )


def _mark_under(row: str) -> str:
    """Mark the hazards under the release ``row`` (NEW or OLD, with the ST_ functions)."""
    return _mark(f"fid IN ({_hazards_in(*_envelope(row))})")


def _releases_in(row: str) -> str:
    minx, maxx, miny, maxy = _envelope(row)
    return (
        f'EXISTS (SELECT 1 FROM "rtree_{RELEASE}_geom" WHERE minx <= {maxx} AND maxx >= {minx} '
        f"AND miny <= {maxy} AND maxy >= {miny})"
    )


def _not_a_new_hazard(row: str) -> str:
    """True when ``row`` (a hazard just inserted) does not hold the figures of a hazard over no
    release: status open and remaining NULL (unknown) or its estimated area."""
    return (
        f"({row}.status IS NOT 'open' OR {_releases_in(row)} OR "
        f"({row}.remaining_area_m2 IS NOT NULL AND ({row}.estimated_area_m2 IS NULL OR "
        f"abs({row}.remaining_area_m2 - {row}.estimated_area_m2) > 0.01)))"
    )


def _status_before_unknown(row: str) -> str:
    """SQL: the status the hazard ``row`` had before its figures became unknown (edit log)."""
    before, after = (f"json_extract(\"{c}\", '$.status')" for c in ("before", "after"))
    return (
        f"SELECT {before} FROM \"{LOG}\" WHERE layer = '{HAZARD}' AND feature_uuid = {row}.uuid "
        f"AND {after} = {_UNKNOWN} AND coalesce({before}, '') <> {_UNKNOWN} "
        "ORDER BY fid DESC LIMIT 1"
    )


def gpkg_triggers() -> list[str]:
    """The triggers of a land release GeoPackage that mark figures unknown (module docstring).

    They are created before the edit log triggers, so that SQLite (which fires the newest
    trigger of an event first) logs a user's change before the marking it causes."""
    return _release_triggers() + _hazard_triggers()


def _release_triggers() -> list[str]:
    """A release inserted, changed or deleted marks the hazards under it."""
    release_changed = (
        "NEW.geom IS NOT OLD.geom OR NEW.outcome IS NOT OLD.outcome "
        f"OR NEW.end_date IS NOT OLD.end_date OR {_review_changed()}"
    )
    old_box = (
        f'SELECT h.id FROM "rtree_{HAZARD}_geom" h, "rtree_{RELEASE}_geom" r '
        "WHERE r.id = OLD.fid AND h.minx <= r.maxx AND h.maxx >= r.minx "
        "AND h.miny <= r.maxy AND h.maxy >= r.miny"
    )
    return [
        f"""CREATE TRIGGER IF NOT EXISTS "{RELEASE}_figures_insert" AFTER INSERT ON "{RELEASE}"
        BEGIN
          {_mark_under("NEW")}
        END""",
        f"""CREATE TRIGGER IF NOT EXISTS "{RELEASE}_figures_update" AFTER UPDATE ON "{RELEASE}"
        WHEN {release_changed}
        BEGIN
          {_mark_under("OLD")}
          {_mark_under("NEW")}
        END""",
        # BEFORE: the release's R-tree entry is still there (no ST_ function needed: any SQLite
        # program may delete).
        f"""CREATE TRIGGER IF NOT EXISTS "{RELEASE}_figures_delete" BEFORE DELETE ON "{RELEASE}"
        BEGIN
          {_mark(f"fid IN ({old_box})")}
        END""",
    ]


def _counts_by_review(row: str) -> str:
    """SQL: the release ``row`` counts by its review (qa_status NULL, blank, pending, passed)."""
    return f"coalesce(lower(trim({row}.qa_status)), '') IN ('', 'pending', 'passed')"


def _review_changed() -> str:
    """SQL: the release's qa_status changed in a way that may move the figures: not between
    two values that both count (pending and passed)."""
    return (
        f"(NEW.qa_status IS NOT OLD.qa_status "
        f"AND NOT ({_counts_by_review('NEW')} AND {_counts_by_review('OLD')}))"
    )


def _hazard_triggers() -> list[str]:
    """A hazard inserted with figures it cannot have, settled or moved."""
    filled = "NEW.uuid IS NOT NULL AND NEW.created_at IS NOT NULL AND NEW.updated_at IS NOT NULL"
    was_empty = "(OLD.uuid IS NULL OR OLD.created_at IS NULL OR OLD.updated_at IS NULL)"
    new_status = f"CASE WHEN {_releases_in('NEW')} THEN {_UNKNOWN} ELSE 'open' END"
    return [
        f"""CREATE TRIGGER IF NOT EXISTS "{HAZARD}_figures_insert" AFTER INSERT ON "{HAZARD}"
        WHEN {filled} AND {_not_a_new_hazard("NEW")}
        BEGIN
          {_mark("fid = NEW.fid")}
        END""",
        f"""CREATE TRIGGER IF NOT EXISTS "{HAZARD}_figures_insert_filled" AFTER UPDATE
        ON "{HAZARD}" WHEN {was_empty} AND {filled} AND {_not_a_new_hazard("NEW")}
        BEGIN
          {_mark("fid = NEW.fid")}
        END""",
        # Figures written over unknown ones by a program that compares with the stored status
        # (the save transaction): the status's date stays when the status is the one the
        # hazard had before its figures became unknown (the edit log holds it).
        f"""CREATE TRIGGER IF NOT EXISTS "{HAZARD}_figures_settled" AFTER UPDATE OF status
        ON "{HAZARD}" WHEN OLD.status IS {_UNKNOWN} AND NEW.status IN {_CODES}
          AND NEW.status_changed_on IS NOT OLD.status_changed_on
          AND NEW.status IS ({_status_before_unknown("NEW")})
        BEGIN
          UPDATE "{HAZARD}" SET status_changed_on = OLD.status_changed_on WHERE fid = NEW.fid;
        END""",
        f"""CREATE TRIGGER IF NOT EXISTS "{HAZARD}_figures_geometry" AFTER UPDATE OF geom
        ON "{HAZARD}" WHEN NEW.geom IS NOT OLD.geom
        BEGIN
          UPDATE "{HAZARD}" SET remaining_area_m2 = NULL, status = {new_status},
            status_changed_on = CASE WHEN {new_status} = 'open' AND OLD.status IN {_CODES}
              AND OLD.status IS NOT 'open' THEN date('now', 'localtime')
              ELSE status_changed_on END
          WHERE fid = NEW.fid;
        END""",
    ]


# ---------------------------------------------------------------------------------------------
# Recompute (the accounting), inside a save transaction or on its own
# ---------------------------------------------------------------------------------------------


def _quote(value) -> str:
    return "'" + str(value).replace("'", "''") + "'"


def _due_sql(postgis_database: bool, today: datetime.date) -> str:
    """The fids of the hazards whose figures must be computed: unknown, and those under a
    release whose end date has come since it was last written (a release dated in the future
    starts to count on that day, without any write)."""
    day = _quote(today.isoformat())
    # (fid cast: GDAL takes an integer key column of a result for the feature id)
    unknown = (
        f'SELECT CAST(fid AS INTEGER) AS due_fid FROM "{HAZARD}" '
        f"WHERE remaining_area_m2 IS NULL OR status IS NULL OR status NOT IN {_CODES}"
    )
    if postgis_database:
        matured = (
            f'SELECT CAST(h.fid AS INTEGER) AS due_fid FROM "{HAZARD}" h '
            f'JOIN "{RELEASE}" r ON h.geom && r.geom '
            f"WHERE r.end_date <= DATE {day} AND r.end_date > r.updated_at::date"
        )
    else:
        matured = (
            "SELECT CAST(h.id AS INTEGER) AS due_fid "
            f'FROM "rtree_{HAZARD}_geom" h, "rtree_{RELEASE}_geom" rb, "{RELEASE}" r '
            "WHERE rb.id = r.fid AND h.minx <= rb.maxx AND h.maxx >= rb.minx "
            "AND h.miny <= rb.maxy AND h.maxy >= rb.miny "
            f"AND CAST(r.end_date AS TEXT) <= {day} "
            "AND CAST(r.end_date AS TEXT) > substr(CAST(r.updated_at AS TEXT), 1, 10)"
        )
    return f"{unknown} UNION {matured}"


def due(tx, today: datetime.date | None = None) -> list[int]:
    """The fids of the hazards due for a recompute, as the transaction ``tx`` sees them."""
    today = today or datetime.date.today()
    return sorted({int(r[0]) for r in tx.sql(_due_sql(tx.postgis, today)) if r[0] is not None})


def _crs(tx) -> QgsCoordinateReferenceSystem:
    srs = tx.layer(HAZARD).GetSpatialRef()
    if srs is None:
        return QgsCoordinateReferenceSystem()
    code = srs.GetAuthorityCode(None)
    if srs.GetAuthorityName(None) == "EPSG" and code:
        return QgsCoordinateReferenceSystem(f"EPSG:{code}")
    return QgsCoordinateReferenceSystem.fromWkt(srs.ExportToWkt())


def _shapely(ogr_geometry):
    import shapely

    if ogr_geometry is None or ogr_geometry.IsEmpty():
        return None
    return shapely.from_wkb(bytes(ogr_geometry.ExportToIsoWkb()))


def _text(value) -> str | None:
    return None if value is None else str(value)


@dataclass
class _StoredHazard:
    fid: int
    hazard_id: str | None
    uuid: str | None
    status: str | None
    remaining: float | None
    geometry: object  # shapely or None
    envelope: tuple | None


def _read_hazards(tx, fids: list[int]) -> list[_StoredHazard]:
    table = tx.layer(HAZARD)
    hazards = []
    for start in range(0, len(fids), 500):
        chunk = fids[start : start + 500]
        table.SetAttributeFilter(f"fid IN ({', '.join(str(f) for f in chunk)})")
        try:
            table.ResetReading()
            for row in table:
                geometry = row.GetGeometryRef()
                hazards.append(
                    _StoredHazard(
                        fid=row.GetFID(),
                        hazard_id=_text(row.GetField("hazard_id")),
                        uuid=_text(row.GetField("uuid")),
                        status=_text(row.GetField("status")),
                        remaining=row.GetField("remaining_area_m2"),
                        geometry=_shapely(geometry),
                        envelope=None
                        if geometry is None or geometry.IsEmpty()
                        else geometry.GetEnvelope(),
                    )
                )
        finally:
            table.SetAttributeFilter(None)
    return hazards


def _read_releases(tx, hazards: list[_StoredHazard]) -> list[rules.StoredRelease]:
    """Every release whose box meets a hazard's: geometry by OGR, outcome, end date and
    qa_status as stored (text: a GeoPackage may hold a date column value that is no date)."""
    from ..core import derived as rules

    table = tx.layer(RELEASE)
    geometries: dict[int, object] = {}
    boxes = [h.envelope for h in hazards if h.envelope is not None]
    if not boxes:
        return []
    if len(boxes) > READ_ALL_ABOVE:
        boxes = [
            (
                min(b[0] for b in boxes),
                max(b[1] for b in boxes),
                min(b[2] for b in boxes),
                max(b[3] for b in boxes),
            )
        ]
    try:
        for minx, maxx, miny, maxy in boxes:
            table.SetSpatialFilterRect(minx, miny, maxx, maxy)
            table.ResetReading()
            for row in table:
                if row.GetFID() not in geometries:
                    geometries[row.GetFID()] = _shapely(row.GetGeometryRef())
    finally:
        table.SetSpatialFilter(None)
    releases = []
    fids = sorted(geometries)
    cast = "::text" if tx.postgis else ""
    for start in range(0, len(fids), 500):
        chunk = ", ".join(str(f) for f in fids[start : start + 500])
        end = f"end_date{cast}" if tx.postgis else "CAST(end_date AS TEXT)"
        outcome = f"outcome{cast}" if tx.postgis else "CAST(outcome AS TEXT)"
        review = f"qa_status{cast}" if tx.postgis else "CAST(qa_status AS TEXT)"
        rows = tx.sql(
            f"SELECT CAST(fid AS INTEGER) AS release_fid, release_id, {outcome}, {end}, "
            f'{review} FROM "{RELEASE}" WHERE fid IN ({chunk})'
        )
        for fid, release_id, outcome_value, end_value, review_value in rows:
            releases.append(
                rules.StoredRelease(
                    geometry=geometries.get(int(fid)),
                    outcome=outcome_value,
                    end_date=end_value,
                    release_id=_text(release_id),
                    qa_status=review_value,
                )
            )
    return releases


def _previous_statuses(tx, hazards: list[_StoredHazard]) -> dict[int, str | None]:
    """The real status of each hazard before its figures became unknown: its own status when
    that is one, else the one the edit log holds from the change that made it unknown."""
    previous = {h.fid: h.status if h.status in STATUSES else None for h in hazards}
    lost = {h.uuid: h.fid for h in hazards if previous[h.fid] is None and h.uuid}
    if not lost or tx.ds.GetLayerByName(LOG) is None:
        return previous
    if tx.postgis:
        before, after = (f"(\"{c}\"::jsonb ->> 'status')" for c in ("before", "after"))
    else:
        before, after = (f"json_extract(\"{c}\", '$.status')" for c in ("before", "after"))
    uuids = list(lost)
    for start in range(0, len(uuids), 500):
        listed = ", ".join(_quote(u) for u in uuids[start : start + 500])
        rows = tx.sql(
            f"SELECT feature_uuid, {before} FROM \"{LOG}\" WHERE layer = '{HAZARD}' "
            f"AND feature_uuid IN ({listed}) AND {after} = {_UNKNOWN} "
            f"AND coalesce({before}, '') <> {_UNKNOWN} ORDER BY fid"
        )
        for uuid, status in rows:  # in log order: the last one wins
            if status in STATUSES:
                previous[lost[uuid]] = status
    return previous


def _lock(tx, fids: list[int]) -> None:
    """Lock the hazards' rows until the commit (PostGIS; a GeoPackage transaction holds the
    write lock from its start)."""
    if tx.postgis and fids:
        listed = ", ".join(str(f) for f in fids)
        tx.sql(f'SELECT fid FROM "{HAZARD}" WHERE fid IN ({listed}) ORDER BY fid FOR UPDATE')


def settle(tx, today: datetime.date | None = None, also=()) -> Refreshed:
    """Recompute and store, inside the open transaction ``tx`` (a ``recording._Transaction``),
    the figures of every hazard due (and of the hazard fids in ``also``), as the transaction
    sees the database; returns what it found. Locks the hazards on PostGIS."""
    from ..core import derived as rules
    from ..qgis_io.geometry import EllipsoidalArea

    today = today or datetime.date.today()
    fids = sorted(set(due(tx, today)) | {int(f) for f in also})
    result = Refreshed()
    if not fids:
        return result
    _lock(tx, fids)
    hazards = _read_hazards(tx, fids)
    releases = _read_releases(tx, hazards)
    area = EllipsoidalArea(_crs(tx), QgsProject.instance())
    figures = rules.hazard_figures([h.geometry for h in hazards], releases, today, area=area)
    previous = _previous_statuses(tx, hazards)
    for hazard, new in zip(hazards, figures):
        key = hazard.hazard_id or f"fid {hazard.fid}"
        result.figures[key] = new
        if new.reason:
            result.unknown[key] = reason_text(new)
        if new.remaining_m2 == hazard.remaining and new.status == hazard.status:
            continue
        assignments = [
            "remaining_area_m2 = "
            + ("NULL" if new.remaining_m2 is None else repr(float(new.remaining_m2))),
            f"status = {_quote(new.status)}",
        ]
        changed_on = rules.status_changed_on(previous[hazard.fid], new.status, None, today)
        if changed_on is not None:
            assignments.append(f"status_changed_on = {_quote(changed_on.isoformat())}")
        tx.sql(f'UPDATE "{HAZARD}" SET {", ".join(assignments)} WHERE fid = {hazard.fid}')
        result.changed.append(key)
    return result


class _Reader:
    """A read-only GDAL connection to the database, with the few calls of a save transaction
    that reading needs (``sql``, ``layer``, ``postgis``, ``ds``); no lock is taken."""

    def __init__(self, database):
        from osgeo import gdal

        self.postgis = isinstance(database, postgis.PgDatabase)
        self.database = database
        name = database.gdal_name() if self.postgis else str(database)
        gdal.PushErrorHandler("CPLQuietErrorHandler")
        try:
            self.ds = gdal.OpenEx(name, gdal.OF_VECTOR)
        except RuntimeError:
            self.ds = None
        finally:
            gdal.PopErrorHandler()
        if self.ds is None:
            raise RefreshError(tr("Cannot open {}.").format(_label(database)))

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.ds = None
        return False

    def holds(self, *names: str) -> bool:
        """Whether the GeoPackage has the tables ``names``; RefreshError when one of them has
        lost its spatial index (the recompute finds hazards and releases through it)."""
        present = {self.ds.GetLayer(i).GetName() for i in range(self.ds.GetLayerCount())}
        if not set(names) <= present:
            return False
        indexed = {
            row[0]
            for row in self.sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'rtree_%'"
            )
        }
        for name in names:
            if f"rtree_{name}_geom" not in indexed:
                raise RefreshError(
                    tr(
                        "The remaining areas and statuses of {} cannot be recomputed: the layer "
                        "{} has no spatial index. Create it (Layer Properties ▸ Source ▸ Create "
                        "Spatial Index) and open the database again."
                    ).format(_label(self.database), name)
                )
        return True

    def layer(self, name: str):
        lyr = self.ds.GetLayerByName(name)
        if lyr is None:
            raise RefreshError(tr("The database has no layer {}.").format(name))
        return lyr

    def sql(self, statement: str) -> list:
        if self.postgis:
            try:
                return postgis.query(self.ds, statement)
            except postgis.PostgisError as error:
                raise RefreshError(str(error)) from error
        from .database.gpkg_access import DatabaseError, _query

        try:
            return _query(self.ds, statement)
        except DatabaseError as error:
            raise RefreshError(str(error)) from error


def _due_now(database, today: datetime.date) -> bool:
    """Whether any hazard is due, read without taking a write lock; never in a GeoPackage that
    holds no hazards and releases (not a land release database: nothing of ours to recompute)."""
    with _Reader(database) as reader:
        if not reader.postgis and not reader.holds(HAZARD, RELEASE):
            return False
        return bool(due(reader, today))


_REFRESHING: set = set()


def refresh(database, today: datetime.date | None = None, reload: bool = True) -> Refreshed:
    """Recompute the figures of the hazards due in ``database`` (a GeoPackage path or a
    ``postgis.PgDatabase``) in one transaction of its own, then (``reload``) let the hazard
    layers of the project show them. Raises RefreshError (nothing written) when the database
    cannot be written."""
    from . import recording

    today = today or datetime.date.today()
    key = _key(database)
    if key in _REFRESHING:  # a reload while refreshing
        return Refreshed()
    _REFRESHING.add(key)
    try:
        if not _due_now(database, today):
            return Refreshed()
        try:
            with recording._Transaction(database) as tx:
                result = settle(tx, today)
                tx.commit()
        except recording.SaveError as error:
            raise RefreshError(
                tr(
                    "The remaining areas and statuses of {} could not be recomputed: {} They "
                    "stay unknown until they can be."
                ).format(_label(database), error)
            ) from error
        if reload and result.changed:
            _reload_hazards(database)
        return result
    finally:
        _REFRESHING.discard(key)


def _label(database) -> str:
    return database.label if isinstance(database, postgis.PgDatabase) else str(database)


def _key(database):
    return database.key if isinstance(database, postgis.PgDatabase) else str(database)


def _reload_hazards(database) -> None:
    key = _key(database)
    for layer in QgsProject.instance().mapLayers().values():
        found = layer_table(layer)
        if found and found[1] == HAZARD and _key(found[0]) == key:
            layer.dataProvider().reloadData()
            layer.triggerRepaint()


# ---------------------------------------------------------------------------------------------
# Hooks: layers in QGIS, load, algorithms
# ---------------------------------------------------------------------------------------------


def layer_table(layer) -> tuple[object, str] | None:
    """(database, table) of a layer of a land release database (a GeoPackage path or a
    ``postgis.PgDatabase``), else None."""
    if not isinstance(layer, QgsVectorLayer) or sip.isdeleted(layer):
        return None
    if layer.providerType() == postgis.PROVIDER:
        return postgis.database_of(layer)
    if layer.providerType() != "ogr":
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path, name = parts.get("path") or "", parts.get("layerName") or ""
    if not path.lower().endswith(".gpkg") or not name:
        return None
    return path, name


_WATCHED: set[str] = set()


def configure(layer, name: str) -> None:
    """Everything a land release layer needs for its figures and against lost updates: the
    PostGIS row version's field configuration (stored with the style) and, for a layer of a
    database, the hooks on its commits (``watch``, ``rowversion.watch``)."""
    from . import rowversion

    rowversion.configure(layer)
    if layer_table(layer) is not None:
        watch(layer, name)
        rowversion.watch(layer)
        from .recording import review_reopen  # a passed release changed is pending again

        review_reopen.watch(layer, name)


def watch(layer, name: str | None = None) -> None:
    """Keep the figures true around ``layer``'s own commits (a hazard or land_release layer of
    a land release database; others are left alone): a hazard added through the layer gets its
    figures in the same insert (GeoPackage), and every commit is followed by a recompute."""
    found = layer_table(layer)
    table = name or (found[1] if found else None)
    if found is None or table not in WATCHED_TABLES or layer.id() in _WATCHED:
        return
    layer_id = layer.id()
    _WATCHED.add(layer_id)
    layer.willBeDeleted.connect(lambda: _WATCHED.discard(layer_id))
    database = found[0]
    if table == HAZARD and not isinstance(database, postgis.PgDatabase):
        layer.beforeCommitChanges.connect(
            lambda *_args: _guarded(_fill_new_hazards, layer, database)
        )
    layer.afterCommitChanges.connect(lambda: _guarded(_after_commit, database))
    # A reload follows every write made beside the layer (the save transaction, a refresh):
    # hazards marked unknown there and not recomputed (those whose box only meets the
    # release's) are recomputed at once.
    layer.dataProvider().dataChanged.connect(lambda: _guarded(_after_commit, database))


def _guarded(function, *args) -> None:
    """Run a hook of a layer's signal: whatever goes wrong is logged, never raised into Qt
    (the figures then stay unknown, which the next recompute settles)."""
    from qgis.core import Qgis, QgsMessageLog

    try:
        function(*args)
    except Exception as error:  # noqa: BLE001 - a signal handler must not raise
        QgsMessageLog.logMessage(
            tr("The remaining areas and statuses could not be recomputed: {}").format(error),
            "Land Release",
            Qgis.Warning,
        )


def _after_commit(database) -> None:
    from qgis.core import Qgis, QgsMessageLog

    try:
        result = refresh(database)
    except RefreshError as error:
        QgsMessageLog.logMessage(str(error), "Land Release", Qgis.Warning)
        return
    for hazard_id, reason in result.unknown.items():
        QgsMessageLog.logMessage(
            tr("{}: remaining area and status unknown: {}").format(hazard_id, reason),
            "Land Release",
            Qgis.Warning,
        )


def _fill_new_hazards(layer: QgsVectorLayer, database) -> None:
    """Give the hazards added in ``layer``'s edit buffer their figures before the commit, from
    the releases stored (the insert trigger marks them unknown if releases were written under
    them meanwhile, and the recompute after the commit settles them)."""
    if sip.isdeleted(layer) or layer.editBuffer() is None:
        return
    added = layer.editBuffer().addedFeatures()
    if not added:
        return
    remaining = layer.fields().indexOf("remaining_area_m2")
    status = layer.fields().indexOf("status")
    if remaining < 0 or status < 0:
        return
    try:
        figures = figures_of(database, [f.geometry() for f in added.values()], layer.crs())
    except RefreshError:
        return  # the insert trigger marks them unknown; the recompute settles them
    for (fid, feature), new in zip(added.items(), figures):
        if not new.known:
            continue
        layer.changeAttributeValue(fid, remaining, new.remaining_m2, feature[remaining], True)
        layer.changeAttributeValue(fid, status, new.status, feature[status], True)


def figures_of(database, geometries, crs, today: datetime.date | None = None):
    """The figures hazards with these QGIS ``geometries`` (in ``crs``) would have in
    ``database`` today, from the releases stored there (read only)."""
    from qgis.core import QgsCoordinateTransform, QgsGeometry

    from ..core import derived as rules
    from ..qgis_io.geometry import EllipsoidalArea

    today = today or datetime.date.today()
    with _Reader(database) as tx:
        storage = _crs(tx)
        transform = None
        if crs.isValid() and storage.isValid() and crs != storage:
            transform = QgsCoordinateTransform(crs, storage, QgsProject.instance())
        shapes, boxes = [], []
        for geometry in geometries:
            g = QgsGeometry(geometry) if geometry is not None else QgsGeometry()
            if g.isNull() or g.isEmpty():
                shapes.append(None)
                boxes.append(None)
                continue
            if transform is not None:
                g.transform(transform)
            from ..qgis_io.geometry import shapely_of  # shapely 2 only when computing

            shapes.append(shapely_of(g))
            box = g.boundingBox()
            boxes.append((box.xMinimum(), box.xMaximum(), box.yMinimum(), box.yMaximum()))
        hazards = [_StoredHazard(0, None, None, None, None, s, b) for s, b in zip(shapes, boxes)]
        releases = _read_releases(tx, hazards)
        area = EllipsoidalArea(storage, QgsProject.instance())
        return rules.hazard_figures(shapes, releases, today, area=area)


def reason_text(figures) -> str:
    """Why ``figures`` (core.derived.Figures) are unknown, in the user's language ("" when
    known)."""
    return waiting_text(figures.waiting) if figures.waiting else figures.reason or ""


def waiting_text(releases) -> str:
    """The releases (core.derived.StoredRelease) whose end date or review cannot be read,
    said in the user's language."""
    from ..core import derived as rules

    dates, codes = rules.unreadable_names(releases)
    reasons = []
    if dates:
        reasons.append(tr("end date is not a date: {}").format(dates))
    if codes:
        reasons.append(tr("qa_status is not pending, passed or failed: {}").format(codes))
    return "; ".join(reasons)


def refresh_layers(layers, feedback=None) -> None:
    """Recompute the figures of the databases of ``layers`` (on load, before an algorithm):
    what cannot be recomputed is said, never raised."""
    seen = set()
    for layer in layers:
        found = layer_table(layer)
        if not found or _key(found[0]) in seen:
            continue
        seen.add(_key(found[0]))
        try:
            result = refresh(found[0])
        except RefreshError as error:
            _say(feedback, str(error))
            continue
        if result.changed:
            _say(
                feedback,
                tr("Remaining area and status recomputed for {} hazard(s) of {}.").format(
                    len(result.changed), _label(found[0])
                ),
                warning=False,
            )
        for hazard_id, reason in result.unknown.items():
            _say(
                feedback,
                tr("{}: remaining area and status unknown: {}").format(hazard_id, reason),
            )


def _say(feedback, text: str, warning: bool = True) -> None:
    from qgis.core import Qgis, QgsMessageLog

    if feedback is not None:
        (feedback.pushWarning if warning else feedback.pushInfo)(text)
    else:
        QgsMessageLog.logMessage(text, "Land Release", Qgis.Warning if warning else Qgis.Info)


def refresh_inputs(algorithm, parameters: dict, context, feedback) -> None:
    """Before an algorithm reads them: recompute the figures of the land release databases of
    its vector layer inputs (the hazards it reads are then as true as the releases)."""
    from qgis.core import QgsProcessingParameterFeatureSource, QgsProcessingParameterVectorLayer

    layers = []
    for definition in algorithm.parameterDefinitions():
        if not isinstance(
            definition, (QgsProcessingParameterFeatureSource, QgsProcessingParameterVectorLayer)
        ):
            continue
        if parameters.get(definition.name()) is None:
            continue
        try:
            layer = algorithm.parameterAsVectorLayer(parameters, definition.name(), context)
        except Exception:  # noqa: BLE001 - an unusable input is the algorithm's to refuse
            continue
        if layer is not None and layer_table(layer):
            layers.append(layer)
    # A refresh reloads the layers, which drops their selection: "selected features only" would
    # then read nothing. The feature ids stay (the tables' keys), so the selection is restored.
    selected = {layer: layer.selectedFeatureIds() for layer in layers}
    try:
        refresh_layers(layers, feedback)
    finally:
        for layer, ids in selected.items():
            if ids and not sip.isdeleted(layer) and set(layer.selectedFeatureIds()) != set(ids):
                layer.selectByIds(ids)


def unknown_hazards(database) -> list[str]:
    """The hazard_ids whose remaining area or status is unknown now."""
    with _Reader(database) as reader:
        rows = reader.sql(
            f'SELECT hazard_id FROM "{HAZARD}" WHERE remaining_area_m2 IS NULL OR status IS NULL '
            f"OR status NOT IN {_CODES} ORDER BY hazard_id"
        )
    return [r[0] for r in rows]


__all__ = [
    "RefreshError",
    "Refreshed",
    "due",
    "figures_of",
    "gpkg_triggers",
    "layer_table",
    "refresh",
    "refresh_inputs",
    "reason_text",
    "refresh_layers",
    "settle",
    "waiting_text",
    "watch",
]
