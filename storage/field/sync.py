"""A returned field package merged into the office database (``landrelease:syncfield``).

The package is checked (manifest, base hash, field GeoPackage, database id); the field edits
since packing come from pygeodiff (``changeset``); each is merged with the office row now
(``core.field_merge``); the result is checked with the rules of the record dialog and written
in one transaction with the edit log and the hazards' figures settled; conflicts go to
``sync_conflict``. Syncing the same package again changes nothing."""

from __future__ import annotations

import datetime
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import QgsFeature, QgsFeatureRequest, QgsProject
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate

from ...core import field_merge, model, pgschema
from ...core.field_merge import GEOMETRY, FieldEdit, RowMerge
from ...qgis_io.convert import non_finite_kind
from .. import derived, postgis, recording
from ..database import DatabaseError, ensure_schema, open_layers
from ..recording.field_values import _attribute_errors
from ..recording.polygons import _has_position, _polygon_problem
from ..recording.transaction import SaveError, _log_start, _sign_log, _Transaction, _user
from .changeset import ChangesetError, field_authors, field_edits, plain, row_values
from .returned_package import Package, SyncError, check_target, read_package, working_copies
from .sync_writes import SyncWriter, geometry_of, sql_literal, value_text

CONFLICTS = pgschema.CONFLICT_TABLE
PHOTO = "photo"
REVIEW_FIELDS = ("qa_status", "reviewed_by", "reviewed_on", "review_remarks")


def tr(text: str) -> str:
    return QCoreApplication.translate("LandReleaseSync", text)


def _recording_tr(text: str) -> str:
    """A sentence of the record dialog's save (storage.recording), in its translation."""
    return QCoreApplication.translate("LandReleaseRecording", text)


@dataclass
class ReportRow:
    """One line of the sync report: what happened to a row or a field, and why."""

    action: str  # core.field_merge ADDED, CHANGED, DELETED, CONFLICT, REFUSED, FINDING
    layer: str
    feature_id: str | None
    uuid: str | None
    field: str | None = None
    base: str | None = None
    office: str | None = None
    field_value: str | None = None
    message: str = ""
    changed_by: str | None = None
    device_time: str | None = None


@dataclass
class SyncResult:
    added: int = 0
    changed: int = 0
    deleted: int = 0
    conflicts: int = 0  # new sync_conflict rows
    rows: list[ReportRow] = field(default_factory=list)
    repeated: set = field(default_factory=set)  # conflicts an earlier sync recorded


# ---------------------------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------------------------


def _feature_id(layer: str, values: dict | None) -> str | None:
    values = values or {}
    id_field = model.layer(layer).id_field
    if id_field:
        return values.get(id_field)
    if layer == "survey_point":
        parts = [values.get(n) for n in ("owner_id", "point_type", "seq")]
        return " ".join(str(p) for p in parts if p is not None) or None
    return None


def _feature(layer, name: str, values: dict) -> QgsFeature:
    """A feature of the office ``layer`` (the table ``name``) with ``values`` (dates as
    QDate)."""
    feature = QgsFeature(layer.fields())
    for f in model.layer(name).fields:
        if f.name in values and feature.fields().indexOf(f.name) >= 0:
            value = values[f.name]
            if f.type == model.DATE and isinstance(value, str):
                day = QDate.fromString(value[:10], "yyyy-MM-dd")
                value = day if day.isValid() else value
            feature[f.name] = value
    geometry = geometry_of(values)
    if geometry is not None:
        feature.setGeometry(geometry)
    return feature


# ---------------------------------------------------------------------------------------------
# The office rows
# ---------------------------------------------------------------------------------------------


def _office_rows(layers: dict, edits: list[FieldEdit]) -> dict[tuple[str, str], dict]:
    """{(layer, uuid): merged values} of the office rows the edits name."""
    wanted: dict[str, set[str]] = {}
    for edit in edits:
        wanted.setdefault(edit.layer, set()).add(edit.uuid)
    rows = {}
    for name, uuids in wanted.items():
        fields = field_merge.merged_fields(name)
        listed = sorted(uuids)
        for start in range(0, len(listed), 500):
            quoted = ", ".join(
                "'" + u.replace("'", "''") + "'" for u in listed[start : start + 500]
            )
            request = QgsFeatureRequest().setFilterExpression(f'"uuid" IN ({quoted})')
            for feature in layers[name].dataProvider().getFeatures(request):
                rows[(name, plain(feature["uuid"]))] = row_values(feature, fields)
    return rows


def _merged(merge: RowMerge, office: dict | None) -> dict:
    """The values a written row will hold: the office's with the field's changes, or the
    field's for an insert."""
    if merge.write == field_merge.INSERT:
        return dict(merge.values)
    return {**(office or {}), **merge.values}


# ---------------------------------------------------------------------------------------------
# The rules of the record dialog
# ---------------------------------------------------------------------------------------------


def _release_problems(rlayers, merge: RowMerge, feature: QgsFeature, new_hazards) -> list[str]:
    hazard_id = feature["hazard_id"]
    hazard = recording.find_hazard(rlayers, str(hazard_id)) if hazard_id else None
    hazard = hazard or new_hazards.get(hazard_id)  # a hazard the same package adds
    if merge.write == field_merge.INSERT:
        return recording.validate(rlayers, recording.Candidate(feature), hazard)
    _problems, errors = recording.release_field_errors(feature)
    if set(merge.values) & set(REVIEW_FIELDS):
        errors.append(
            tr(
                "The QA status and review of a release are set by quality management in the "
                "office, not in the field."
            )
        )
    if GEOMETRY in merge.values or "hazard_id" in merge.values:
        errors += _release_geometry_problems(rlayers, feature, hazard)
    return errors


def _release_geometry_problems(rlayers, feature: QgsFeature, hazard) -> list[str]:
    errors = recording.release_geometry_errors(rlayers, feature.geometry(), hazard)
    if hazard is None and not errors:
        return [_recording_tr("There is no hazard {}.").format(feature["hazard_id"])]
    return errors


def _row_problems(rlayers, merge: RowMerge, feature: QgsFeature, new_hazards) -> list[str]:
    layer = merge.edit.layer
    if layer == "land_release":
        return _release_problems(rlayers, merge, feature, new_hazards)
    errors = _attribute_errors(feature, model.layer(layer))
    geometry = feature.geometry()
    if non_finite_kind(geometry):
        errors.append(tr("It has a vertex without a position (NaN or infinite coordinates)."))
    elif model.layer(layer).geometry == "Point" and not _has_position(geometry):
        errors.append(tr("It has no position."))
    elif model.layer(layer).geometry == "Polygon" and GEOMETRY in merge.values:
        problem = _polygon_problem(
            geometry,
            tr("It has no polygon."),
            tr("Its geometry must be a polygon."),
            tr("Its polygon is not valid: repair it (make valid)."),
            tr("Its polygon has several parts."),
        )
        errors += [problem] if problem else []
    return errors


def _refusals(rlayers, layers: dict, merges: list[RowMerge], office: dict) -> list[ReportRow]:
    """Every written row the record dialog would refuse, with why."""
    new_hazards = {
        m.values.get("hazard_id"): _feature(layers["hazard"], "hazard", m.values)
        for m in merges
        if m.edit.layer == "hazard" and m.write == field_merge.INSERT
    }
    rows = []
    for merge in merges:
        if merge.write not in (field_merge.INSERT, field_merge.UPDATE):
            continue
        edit = merge.edit
        values = _merged(merge, office.get((edit.layer, edit.uuid)))
        feature = _feature(layers[edit.layer], edit.layer, values)
        for problem in _row_problems(rlayers, merge, feature, new_hazards):
            rows.append(
                ReportRow(
                    field_merge.REFUSED,
                    edit.layer,
                    _feature_id(edit.layer, values),
                    edit.uuid,
                    message=problem,
                )
            )
    return rows


# ---------------------------------------------------------------------------------------------
# The report
# ---------------------------------------------------------------------------------------------

_CONFLICT_MESSAGES = {
    field_merge.BOTH_CHANGED: QT_TRANSLATE_NOOP(
        "LandReleaseSync", "Changed in the office and in the field: the office value stays."
    ),
    field_merge.OFFICE_DELETED: QT_TRANSLATE_NOOP(
        "LandReleaseSync", "Deleted in the office, changed in the field: not re-created."
    ),
    field_merge.FIELD_DELETED: QT_TRANSLATE_NOOP(
        "LandReleaseSync", "Deleted in the field, changed in the office: the row is kept."
    ),
    field_merge.BOTH_ADDED: QT_TRANSLATE_NOOP(
        "LandReleaseSync", "Added in the field, but the office holds it with another value."
    ),
}


def _conflict_message(reason: str) -> str:
    return tr(_CONFLICT_MESSAGES[reason])


def _conflict_key(conflict) -> tuple:
    """What tells a conflict already recorded for the package (a second sync) from a new one."""
    text = value_text(conflict.field, conflict.field_value)
    return (conflict.layer, conflict.uuid, conflict.field, text)


def _report_rows(merge: RowMerge, office: dict | None, author, repeated: set) -> list[ReportRow]:
    edit = merge.edit
    values = merge.values if merge.write == field_merge.INSERT else (edit.now or edit.base)
    feature_id = _feature_id(edit.layer, {**(office or {}), **(values or {})})
    by, at = author

    def row(action, name=None, base=None, office_value=None, value=None, message=""):
        return ReportRow(
            action,
            edit.layer,
            feature_id,
            edit.uuid,
            name,
            value_text(name, base) if name else None,
            value_text(name, office_value) if name else None,
            value_text(name, value) if name else None,
            message,
            by,
            at,
        )

    rows = []
    if merge.write == field_merge.INSERT:
        rows.append(row(field_merge.ADDED))
    elif merge.write == field_merge.DELETE:
        rows.append(row(field_merge.DELETED))
    elif merge.write == field_merge.UPDATE:
        for name, value in merge.values.items():
            base = edit.base.get(name)
            rows.append(row(field_merge.CHANGED, name, base, (office or {}).get(name), value))
    for c in merge.conflicts:
        message = _conflict_message(c.reason)
        if _conflict_key(c) in repeated:
            message += " " + tr("(Recorded by an earlier sync of this package.)")
        rows.append(row(field_merge.CONFLICT, c.field, c.base, c.office, c.field_value, message))
    return rows


# ---------------------------------------------------------------------------------------------
# The sync
# ---------------------------------------------------------------------------------------------


def _release_layers(layers: dict) -> recording.ReleaseLayers:
    return recording.ReleaseLayers(
        layers["land_release"],
        layers["hazard"],
        layers["survey_point"],
        layers.get("edit_log"),
        layers.get("minefield_record"),
        layers.get("traverse_leg"),
    )


def _office_layers(target) -> dict:
    """The office database's layers, the database brought up to date first as opening it in
    QGIS does (an earlier GeoPackage gets sync_conflict)."""
    try:
        if isinstance(target, postgis.PgDatabase):
            postgis.check(target)
        else:
            ensure_schema(str(target))
        layers = open_layers(target)
    except (DatabaseError, postgis.PostgisError) as error:
        raise SyncError(str(error)) from error
    if CONFLICTS not in layers:
        raise SyncError(
            tr(
                "The database {} has no table {} yet: it was made by an earlier version of Land "
                "Release. Its owner brings it up to date by opening it once with Land Release."
            ).format(getattr(target, "label", target), CONFLICTS)
        )
    return layers


def _store_photo(target, photo: str, source: Path) -> str | None:
    """Keep the package's photo ``source`` as ``photo`` of the office database (a GeoPackage's
    folder or PostGIS BLOBs, never replacing another picture); why not, or None."""
    from ..attachments import AttachmentError, store_photo

    try:
        store_photo(target, photo, source)
    except AttachmentError as error:
        return str(error)
    return None


def _photo_rows(package: Package, target, merges: list[RowMerge], authors) -> list[ReportRow]:
    """Keep the photos named by written rows in the office; a photo named but missing from
    the package, or that cannot be kept, is a finding (the row is merged all the same)."""
    rows = []
    folder = package.folder.resolve()
    for merge in merges:
        photo = merge.values.get(PHOTO) if merge.write != field_merge.DELETE else None
        if not photo:
            continue
        source = package.folder / str(photo)
        if not source.is_file() or folder not in source.resolve().parents:
            problem = tr("The photo {} is not in the package: the row was merged without it.")
            problem = problem.format(photo)
        else:
            problem = _store_photo(target, str(photo), source)
        if problem:
            edit = merge.edit
            rows.append(
                ReportRow(
                    field_merge.FINDING,
                    edit.layer,
                    _feature_id(edit.layer, merge.values) or _feature_id(edit.layer, edit.now),
                    edit.uuid,
                    PHOTO,
                    field_value=str(photo),
                    message=problem,
                    changed_by=authors(edit.uuid)[0],
                )
            )
    return rows


def sync_package(folder, target, feedback=None) -> SyncResult:
    """Merge the field package in ``folder`` into ``target`` (a GeoPackage path or a
    ``postgis.PgDatabase``) in one transaction. Raises SyncError, with nothing written, when
    the package or one of its edits is refused (the error's rows list every refused edit)."""
    package = read_package(folder)
    check_target(package, target)
    _refuse_unsaved_edits(target)
    with tempfile.TemporaryDirectory(prefix="landrelease-sync-") as workdir:
        base, now = working_copies(package, Path(workdir))
        try:
            edits = field_edits(base, now, Path(workdir))
        except ChangesetError as error:
            text = str(error).replace(now, str(package.field_path))
            raise SyncError(text.replace(base, str(package.base_path))) from error
        known_authors = field_authors(base, now)
    if feedback:
        feedback.setProgress(30)
        if feedback.isCanceled():
            raise SyncError(tr("Cancelled: nothing was synced."))
    layers = _office_layers(target)

    def author(uuid: str) -> tuple[str | None, str | None]:
        by, at = known_authors.get(uuid, (None, None))
        return by or package.team or package.created_by, at

    result, merges = _merge(package, target, layers, edits, author)
    if feedback:
        feedback.setProgress(90)
    result.rows += _photo_rows(package, target, merges, author)
    _reload_project_layers(target)
    return result


def _project_layers(target) -> list:
    """The layers of the project that belong to the database ``target``."""

    def key(database):
        return database.key if isinstance(database, postgis.PgDatabase) else str(database)

    found = []
    for layer in QgsProject.instance().mapLayers().values():
        decoded = derived.layer_table(layer)
        if decoded is not None and key(decoded[0]) == key(target):
            found.append(layer)
    return found


def _refuse_unsaved_edits(target) -> None:
    """As the record dialog: unsaved edits of the database's layers in the project would be
    saved over the sync afterwards."""
    for layer in _project_layers(target):
        if layer.isEditable() and layer.isModified():
            raise SyncError(
                _recording_tr("The layer {} has unsaved edits: save or discard them first.").format(
                    layer.name()
                )
            )


def _reload_project_layers(target) -> None:
    """The project's layers of ``target`` show what the sync wrote."""
    for layer in _project_layers(target):
        layer.dataProvider().reloadData()
        layer.triggerRepaint()


def _refusal_text(rows: list[ReportRow]) -> str:
    lines = [
        tr("{} {} ({}): {}").format(r.layer, r.feature_id or "?", r.uuid, r.message) for r in rows
    ]
    return tr(
        "Nothing was synced: the field edits break the rules of the record dialog:\n{}"
    ).format("\n".join(lines))


def _lock_rows(tx: _Transaction, edits: list[FieldEdit]) -> None:
    """Lock the office rows the edits name until the commit (PostGIS; a GeoPackage
    transaction holds the write lock from its start), so that what the merge reads is what
    it writes over."""
    if not tx.postgis:
        return
    by_layer: dict[str, list[str]] = {}
    for edit in edits:
        by_layer.setdefault(edit.layer, []).append(edit.uuid)
    for layer in field_merge.SYNC_LAYERS:
        uuids = sorted(by_layer.get(layer, ()))
        for start in range(0, len(uuids), 500):
            listed = ", ".join(sql_literal(u) for u in uuids[start : start + 500])
            tx.sql(f'SELECT fid FROM "{layer}" WHERE uuid IN ({listed}) ORDER BY fid FOR UPDATE')


def _write_rows(tx: _Transaction, writer: SyncWriter, merges: list[RowMerge], author) -> None:
    """Insert, update and delete the merged rows, each edit logged in its field user's name."""
    for merge in field_merge.write_order(merges):
        user = author(merge.edit.uuid)[0]
        since = _log_start(tx)
        if merge.write == field_merge.INSERT:
            writer.insert(merge, user)
        elif merge.write == field_merge.UPDATE:
            writer.update(merge)
        else:
            writer.delete(merge)
        _sign_log(tx, since, user)


def _record_conflicts(writer, package, merges, result: SyncResult, synced_at, user) -> None:
    """A sync_conflict row for each conflict the package has not recorded before."""
    known = writer.known_conflicts(package.package_id)
    for merge in merges:
        for c in merge.conflicts:
            key = _conflict_key(c)
            if key in known:
                result.repeated.add(key)
                continue
            writer.conflict(package.package_id, c, synced_at, user)
            known.add(key)
            result.conflicts += 1


def _merge(package, target, layers, edits, author) -> tuple[SyncResult, list[RowMerge]]:
    """Merge ``edits`` with the office rows as they are once locked, check them with the
    record dialog's rules and write them, in one transaction."""
    result = SyncResult()
    synced_at = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    office_user = _user()
    try:
        with _Transaction(target) as tx:
            _lock_rows(tx, edits)
            office = _office_rows(layers, edits)
            merges = [
                field_merge.merge_row(
                    e, office.get((e.layer, e.uuid)), field_merge.merged_fields(e.layer)
                )
                for e in edits
            ]
            refused = _refusals(_release_layers(layers), layers, merges, office)
            if refused:
                raise SyncError(_refusal_text(refused), refused)
            writer = SyncWriter(tx, layers)
            _write_rows(tx, writer, merges, author)
            _record_conflicts(writer, package, merges, result, synced_at, office_user)
            since = _log_start(tx)
            derived.settle(tx)
            _sign_log(tx, since, office_user)
            tx.commit()
    except SaveError as error:
        raise SyncError(
            tr("Nothing was synced: the database refused a field edit: {}").format(error)
        ) from error
    for merge in merges:
        edit = merge.edit
        office_row = office.get((edit.layer, edit.uuid))
        result.rows += _report_rows(merge, office_row, author(edit.uuid), result.repeated)
        result.added += merge.write == field_merge.INSERT
        result.changed += merge.write == field_merge.UPDATE
        result.deleted += merge.write == field_merge.DELETE
    return result, merges
