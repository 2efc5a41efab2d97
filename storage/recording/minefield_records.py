"""Saving a minefield record typed by hand (the Turning points dialog): the record, its
traverse legs and its survey points, validated, in one transaction."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from qgis.core import QgsFeature
from qgis.PyQt.QtCore import QCoreApplication

from ...core import model
from .field_values import _attribute_errors, _attribute_problems, _attributes, _value
from .layers import LEG, POINT, RECORD, ReleaseLayers, _reload
from .polygons import _polygon_problem, _single_part
from .survey_points import _insert_points, _survey_point_errors
from .transaction import (
    SaveError,
    _before_commit_hook,
    _log_start,
    _quote,
    _refuse_pending_edits,
    _sign_log,
    _Transaction,
    _user,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("LandReleaseRecording", text)


FIRST_POINT_TYPES = ("reference", "benchmark", "start")


@dataclass
class MinefieldRecord:
    """A minefield record to save: its ``feature`` (minefield_record fields, the polygon in the
    database's CRS, closure_error_m, declination_deg and declination_source), its ``legs``
    (traverse_leg fields, as entered) and its survey ``points`` (survey_point fields, in the
    survey_point layer's CRS; the first, seq 0, is the reference point or benchmark that
    ``landrelease:traverse`` takes as START). record_id and owner_id are set by the save."""

    feature: QgsFeature
    legs: list[QgsFeature] = field(default_factory=list)
    points: list[QgsFeature] = field(default_factory=list)


def _finite(value) -> float | None:
    """``value`` as a finite float, else None."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _record_value_errors(feature: QgsFeature) -> list[str]:
    """What the fields alone do not say: the declination and its source go together."""
    has_value = _value(feature, "declination_deg") is not None
    has_source = _value(feature, "declination_source") is not None
    if has_value != has_source:
        return [tr("The declination and where it comes from go together: give both or neither.")]
    return []


def _leg_errors(legs, declination) -> list[str]:
    """Why the traverse legs cannot be saved, by sequence number."""
    from ...core.traverse import FULL_CIRCLE

    errors, seen = [], set()
    definition = model.layer(LEG)
    for number, leg in enumerate(legs, start=1):
        problems = _attribute_problems(leg, definition, skip=("record_id",))
        seq = _value(leg, "seq") if "seq" not in problems else None
        name = seq if seq is not None else number
        for text in problems.values():
            errors.append(tr("Leg {}: {}").format(name, text))
        if seq is not None:
            if int(float(seq)) in seen:
                errors.append(tr("Two legs have the sequence number {}.").format(name))
            seen.add(int(float(seq)))
        unit = _value(leg, "bearing_unit")
        bearing = _finite(_value(leg, "bearing"))
        full = FULL_CIRCLE.get(unit)
        if bearing is None or unit is None:
            if not {"bearing", "bearing_unit"} & problems.keys():
                errors.append(tr("Leg {}: the bearing and its unit are mandatory.").format(name))
        elif full is not None and not 0.0 <= bearing < full:
            errors.append(
                tr("Leg {}: the bearing {} is outside 0 to {}.").format(
                    name, f"{bearing:g}", f"{full:g}"
                )
            )
        if _value(leg, "distance_m") is None:
            errors.append(tr("Leg {}: the distance must be 0 m or more.").format(name))
        if _value(leg, "north") is None:
            errors.append(tr("Leg {}: the north reference is mandatory.").format(name))
        elif _value(leg, "north") == "magnetic" and declination is None:
            errors.append(
                tr(
                    "Leg {} is magnetic but the record has no declination: give the record's "
                    "date or the declination printed on it."
                ).format(name)
            )
    return errors


def _point_errors(points) -> list[str]:
    errors = _survey_point_errors(points, first_seq=0)
    if not points:
        errors.append(
            tr("The record has no first point (reference point or benchmark) to start from.")
        )
    else:
        first = min(points, key=lambda p: _finite(_value(p, "seq")) or 0.0)
        if _value(first, "point_type") not in FIRST_POINT_TYPES or _finite(
            _value(first, "seq")
        ) not in (None, 0.0):
            errors.append(
                tr(
                    "The first survey point must be the reference point, benchmark or start "
                    "point, with sequence number 0."
                )
            )
    return errors


def validate_record(record: MinefieldRecord) -> list[str]:
    """Why ``record`` cannot be saved, as translated sentences; [] when it can."""
    feature = record.feature
    errors = _attribute_errors(feature, model.layer(RECORD))
    errors += _record_value_errors(feature)
    problem = _polygon_problem(
        feature.geometry(),
        tr("The record has no polygon."),
        tr("The record geometry must be a polygon."),
        tr("The polygon is not valid (its sides cross?): correct the points before saving."),
        tr("The polygon has several parts: record each part as its own record."),
    )
    if problem:
        errors.append(problem)
    errors += _leg_errors(record.legs, _value(feature, "declination_deg"))
    errors += _point_errors(record.points)
    return errors


def _missing_columns(tx: _Transaction, tables) -> list[str]:
    """``table.column`` of the model columns that the database's tables lack."""
    missing = []
    for table in tables:
        defn = tx.layer(table).GetLayerDefn()
        have = {defn.GetFieldDefn(i).GetName().lower() for i in range(defn.GetFieldCount())}
        missing += [f"{table}.{n}" for n in model.layer(table).field_names() if n not in have]
    return missing


def _refuse_missing_columns(tx: _Transaction, tables) -> None:
    missing = _missing_columns(tx, tables)
    if not missing:
        return
    if tx.postgis:
        raise SaveError(
            tr(
                "The shared database {} has no column {}: the database administrator must add "
                "it (ALTER TABLE … ADD COLUMN, as the data model defines it). Nothing was saved."
            ).format(tx.label, ", ".join(missing))
        )
    raise SaveError(
        tr(
            "The database {} has no column {}: it was made by an earlier version. Open it again "
            "with Land Release (Open database), which adds the column. Nothing was saved."
        ).format(tx.label, ", ".join(missing))
    )


def _count(tx: _Transaction, table: str, column: str, value: str) -> int:
    rows = tx.sql(f'SELECT count(*) FROM "{table}" WHERE "{column}" = {_quote(value)}')
    return int(rows[0][0]) if rows else 0


def _refuse_used_record_id(tx: _Transaction, record_id: str) -> None:
    """SaveError when ``record_id`` names a stored record, or survey points or legs already
    stored."""
    if _count(tx, RECORD, "record_id", record_id):
        raise SaveError(
            tr("A minefield record {} is already recorded: choose another record ID.").format(
                record_id
            )
        )
    for table, column, what in (
        (POINT, "owner_id", tr("survey points")),
        (LEG, "record_id", tr("traverse legs")),
    ):
        count = _count(tx, table, column, record_id)
        if count:
            raise SaveError(
                tr(
                    "The database already holds {} {} of {}: the ID is in use. Choose "
                    "another record ID."
                ).format(count, what, record_id)
            )


def save_minefield_record(
    layers: ReleaseLayers, record: MinefieldRecord, user: str | None = None
) -> str:
    """Validate and write a minefield record typed by hand in one transaction: its
    minefield_record row, its traverse_leg rows and its survey points (owner_id = record_id).
    Returns the record_id. Refused, with nothing written (SaveError): invalid values, a
    record_id already used (by a record, or by survey points or legs already stored), pending
    edits in the layers, a database whose tables lack a model column (on PostGIS the
    administrator must add it)."""
    feature = record.feature
    errors = validate_record(record)
    if errors:
        raise SaveError("\n".join(errors))
    _refuse_pending_edits(layers, (layers.minefield_record, layers.traverse_leg))
    user = user or _value(feature, "created_by") or _user()
    record_id = str(_value(feature, "record_id"))
    geometry = _single_part(feature.geometry())
    values = _attributes(feature, model.layer(RECORD))
    values.update(created_by=user)
    with _Transaction(layers.database) as tx:
        _refuse_missing_columns(tx, (RECORD, LEG, POINT))
        _refuse_used_record_id(tx, record_id)
        since = _log_start(tx)
        tx.insert(RECORD, values, geometry)
        for leg in record.legs:
            leg_values = _attributes(leg, model.layer(LEG))
            leg_values.update(record_id=record_id, created_by=user)
            tx.insert(LEG, leg_values, None)
        _insert_points(tx, record.points, record_id, user)
        _sign_log(tx, since, user)
        _before_commit_hook()
        tx.commit()
    _reload(layers)
    return record_id
