"""The inputs of ``landrelease:traverse`` read from QGIS: the legs of LEGS as core ``Leg`` s by
record, and each record's first point from START (a layer of records with record_id, or the
survey_point layer with owner_id) in the working CRS, with its date, declination and document
data. What cannot be read is returned for the algorithm to refuse or report by record."""

from __future__ import annotations

import datetime
import math
from dataclasses import dataclass, field

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeatureRequest,
    QgsField,
    QgsPointXY,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

from ..core.record_declination import declination_number
from .convert import feature_label, model_fields
from .crs import transformed_arrays
from .values import blank_none, plain_value, qt_date

# The columns of LEGS (the traverse_leg layer of the data model); the first four are required.
RECORD_ID, SEQ, BEARING, DISTANCE = "record_id", "seq", "bearing", "distance_m"
POINT_TYPE, BEARING_UNIT, NORTH_FIELD, REMARKS = "point_type", "bearing_unit", "north", "remarks"
LEG_DECLINATION = "declination_deg"  # a leg's own declination (optional column of LEGS)
REQUIRED_LEG_FIELDS = (RECORD_ID, SEQ, BEARING, DISTANCE)
OPTIONAL_LEG_FIELDS = (POINT_TYPE, BEARING_UNIT, NORTH_FIELD, REMARKS, LEG_DECLINATION)
# START as the survey_point layer: owner_id names the record, the first point is the one of
# these types with the lowest seq.
OWNER_ID, ENTERED_AS = "owner_id", "entered_as"
FIRST_POINT_TYPES = ("reference", "benchmark", "start")
DEFAULT_DATE_FIELD = "record_date"
DATE_TYPES = (QVariant.Date, QVariant.DateTime, QVariant.String)
# Fields of minefield_record that START may carry and OUTPUT copies (document data).
RECORD_DATA_FIELDS = (
    "document_ref",
    "record_date",
    "side",
    "mine_types",
    "mines_recorded",
    "accuracy",
    "remarks",
)
UNREADABLE = "\ufffd"  # what a reader puts for bytes it could not decode


@dataclass
class RecordStart:
    """A START point: its position in the working CRS and what it says about its record."""

    xy: tuple = (math.nan, math.nan)
    parts: int = 0  # points in its geometry (one is right)
    entered_as: str | None = None
    point_type: str | None = None
    declination: object = None
    declination_source: str | None = None  # entered or field (the stored record's), else FIELD
    declination_stored: bool = False  # the value stored with the record in its database
    date: object = None  # the DATE_FIELD value as read (a date, text…), None when empty
    day: object = None  # that date as core.traverse.RecordDate, None when empty or refused
    date_error: object = None  # why it was refused (a core.traverse.DeclinationError)
    data: dict = field(default_factory=dict)

    def set_date(self, value) -> None:
        """The record's date: as read, as a RecordDate, or why it was refused."""
        self.date = date_value(value)
        if self.date is None:
            return
        from ..core.traverse import DeclinationError, parse_record_date

        try:
            self.day = parse_record_date(self.date, today=datetime.date.today())
        except DeclinationError as error:
            self.date_error = error.with_traceback(None)  # without its frames


@dataclass
class Legs:
    """record_id -> [(core Leg, (bearing, distance) as typed)] in reading order; the legs
    without record_id (counted) and those whose record_id could not be decoded (labels)."""

    by_record: dict = field(default_factory=dict)
    without_id: int = 0
    unreadable: list = field(default_factory=list)


def leg_fields(source) -> dict[str, int]:
    """The index of each LEGS column present in ``source``."""
    names = source.fields()
    index = {n: names.lookupField(n) for n in REQUIRED_LEG_FIELDS + OPTIONAL_LEG_FIELDS}
    return {n: i for n, i in index.items() if i >= 0}


def read_legs(source, canceled, layer=None, texts=None) -> Legs:
    """The legs of ``source`` by record; stops early when ``canceled()``. ``layer``, the layer
    behind ``source``: a GeoPackage table is read in bulk where that gives the same rows.
    ``texts``: fid -> {field: text} stored in number fields (storage.stored_numbers), used
    instead of the number QGIS makes of them."""
    from ..core.traverse import Leg

    index = leg_fields(source)
    rows = _bulk_leg_rows(source, layer, index, canceled) if layer is not None else None
    if rows is None:
        rows = _leg_rows(source, index, canceled)
    if texts:
        rows = _with_texts(rows, texts)
    legs = Legs()
    by_record = legs.by_record
    for fid, (rid, seq, bearing, distance, point_type, unit, north, remarks, declination) in rows:
        if not (rid.__class__ is str and rid.strip()):  # else record_id gives it as it is
            rid = record_id(rid)
        if rid is None:
            legs.without_id += 1
            continue
        if UNREADABLE in rid:
            legs.unreadable.append(feature_label(rid, fid))
            continue
        if declination is not None:
            declination = blank_none(declination)
        leg = Leg(seq, bearing, distance, unit, north, point_type, remarks, declination)
        found = by_record.get(rid)
        if found is None:
            found = by_record[rid] = []
        found.append((leg, (bearing, distance)))
    return legs


_PLAIN = frozenset((str, float, int))  # what plain_value gives back as it is
_LEG_COLUMNS = (*REQUIRED_LEG_FIELDS, *OPTIONAL_LEG_FIELDS)
# Field types the bulk reader gives as QGIS's iterator does (plain text and numbers).
_BULK_TYPES = frozenset((QVariant.String, QVariant.Int, QVariant.LongLong, QVariant.Double))


def _leg_rows(source, index: dict[str, int], canceled):
    """(feature id, the values of ``_LEG_COLUMNS``: None where a column is absent) of each
    feature of ``source``, through QGIS's iterator."""
    request = QgsFeatureRequest()
    request.setFlags(QgsFeatureRequest.NoGeometry)
    request.setSubsetOfAttributes(list(index.values()))
    columns = [index.get(name) for name in _LEG_COLUMNS]
    for n, feature in enumerate(source.getFeatures(request)):
        if n % 10000 == 0 and canceled():
            break
        attributes = feature.attributes()
        yield (
            feature.id(),
            [
                None if i is None else a if type(a := attributes[i]) in _PLAIN else plain_value(a)
                for i in columns
            ],
        )


def _with_texts(rows, texts: dict[int, dict[str, str]]):
    """``rows`` with the stored ``texts`` in place of the values QGIS read."""
    position = {name: k for k, name in enumerate(_LEG_COLUMNS)}
    for fid, values in rows:
        found = texts.get(fid)
        if found:
            values = list(values)
            for name, text in found.items():
                if name in position:
                    values[position[name]] = text
        yield fid, values


def _bulk_leg_rows(source, layer, index: dict[str, int], canceled):
    """``_leg_rows`` of a GeoPackage table read in one go (qgis_io.bulk); None when it cannot
    give the iterator's values (a field of another type than text or number, a filter,
    unsaved edits…)."""
    from types import SimpleNamespace

    from . import bulk

    fields = source.fields()
    if any(fields.at(i).type() not in _BULK_TYPES for i in index.values()):
        return None
    place = bulk.readable_table(source, layer)
    if place is None:
        return None
    table = bulk.read_table(*place, list(index), SimpleNamespace(isCanceled=canceled))
    if table is None:
        return None
    absent = [None] * len(table.fids)
    columns = [table.columns[name] if name in index else absent for name in _LEG_COLUMNS]
    return zip(table.fids.tolist(), zip(*columns))


def start_id_field(source) -> str | None:
    """The field of START that names each point's record: record_id, else owner_id."""
    names = source.fields()
    for name in (RECORD_ID, OWNER_ID):
        if names.lookupField(name) >= 0:
            return name
    return None


class StartReader:
    """The START points by record: one per record_id, or with owner_id (the survey_point
    layer) the first point of each record that has legs."""

    def __init__(self, source, id_field, declination_field, date_field):
        self.source, self.id_field = source, id_field
        self.declination_field, self.date_field = declination_field, date_field
        self.placed = False  # a start point was placed in the working CRS
        self.data_fields = model_fields("minefield_record")

    def read(self, legs: dict, to_work: QgsCoordinateTransform, texts=None) -> dict[str, list]:
        """record_id -> [RecordStart] in the order of START (more than one is an error);
        ``to_work`` converts START's CRS into the working CRS. ``texts``: fid -> {field: text}
        stored in number and date fields (storage.stored_numbers), used instead of QGIS's
        value."""
        wanted = self._wanted()
        request = QgsFeatureRequest()
        request.setSubsetOfAttributes(sorted(set(wanted.values())))
        names = self.source.fields().names()
        starts: dict[str, list] = {}
        for feature in self.source.getFeatures(request):
            values = {k: plain_value(feature.attribute(i)) for k, i in wanted.items()}
            stored = texts.get(feature.id()) if texts else None
            if stored:
                values.update(
                    {k: stored[names[i]] for k, i in wanted.items() if names[i] in stored}
                )
            rid = record_id(values["id"])
            if rid is None:
                continue  # a point that names no record starts none
            if self.id_field == OWNER_ID and not _first_point_of_a_record(rid, values, legs):
                continue
            start = self._start(feature, values, to_work)
            self.placed = self.placed or math.isfinite(start.xy[0])
            starts.setdefault(rid, []).append((values.get(SEQ), start))
        return {rid: self._first(found) for rid, found in starts.items()}

    def _wanted(self) -> dict[str, int]:
        names = self.source.fields()
        wanted = {
            "id": names.lookupField(self.id_field),
            POINT_TYPE: names.lookupField(POINT_TYPE),
            SEQ: names.lookupField(SEQ),
            ENTERED_AS: names.lookupField(ENTERED_AS),
        }
        if self.declination_field:
            wanted["declination"] = names.lookupField(self.declination_field)
        if self.date_field:
            wanted["date"] = names.lookupField(self.date_field)
        if self.id_field == RECORD_ID:  # document data only on a layer of records
            for name in RECORD_DATA_FIELDS:
                wanted["data:" + name] = names.lookupField(name)
        return {k: i for k, i in wanted.items() if i >= 0}

    def _first(self, found: list) -> list:
        """A record's START points; with owner_id only those of the lowest seq."""
        if self.id_field != OWNER_ID:
            return [start for _seq, start in found]
        seqs = [seq_number(seq) for seq, _start in found]
        lowest = min(seqs)
        return [start for (_seq, start), s in zip(found, seqs) if s == lowest]

    def _start(self, feature, values, to_work) -> RecordStart:
        start = RecordStart()
        _place(start, feature.geometry(), self.source.sourceCrs(), to_work)
        typed = values.get(ENTERED_AS)
        if isinstance(typed, str) and typed.strip():
            start.entered_as = typed.strip()
        start.point_type = values.get(POINT_TYPE)
        start.declination = blank_none(values.get("declination"))
        start.set_date(values.get("date"))
        for key, value in values.items():
            if key.startswith("data:") and value is not None:
                name = key[5:]
                start.data[name] = compatible(self.data_fields.field(name), value)
        return start


def _first_point_of_a_record(rid, values, legs) -> bool:
    point_type = values.get(POINT_TYPE)
    kind = point_type.strip().lower() if isinstance(point_type, str) else None
    return rid in legs and kind in FIRST_POINT_TYPES


def _place(start: RecordStart, geometry, crs, to_work) -> None:
    """The start's position in the working CRS (NaN when it cannot be placed), the number of
    its points and its coordinates as written in START's CRS."""
    count = 0 if geometry.isNull() else geometry.constGet().nCoordinates()
    start.parts = count
    vertex = geometry.vertexAt(0) if count == 1 else None
    if vertex is None or not (math.isfinite(vertex.x()) and math.isfinite(vertex.y())):
        return
    point = QgsPointXY(vertex.x(), vertex.y())  # QgsPointXY(QgsPoint) makes NaN 0, 0
    digits = 7 if crs.isGeographic() else 3
    x, y = (number_text(round(v, digits)) for v in (point.x(), point.y()))
    start.entered_as = f"{crs.authid() or crs.description()} {x} {y}"
    try:
        work = to_work.transform(point)
        start.xy = (work.x(), work.y())
    except QgsCsException:
        start.xy = (math.nan, math.nan)


# --- values ----------------------------------------------------------------------------------


def date_value(value):
    """A DATE_FIELD value as Python: a date, or the text as written; None when empty."""
    value = blank_none(value)
    if isinstance(value, (QDate, QDateTime)):
        return qt_date(value)
    return value


def record_id(value) -> str | None:
    """A record id as text (1.0 as "1"); None when empty."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    return text if text.strip() else None


def seq_number(value) -> float:
    """A survey point's seq for ordering: NULL is 0 (the first point), text that is no number
    comes last."""
    if value is None:
        return 0.0
    number = declination_number(value)
    return number if math.isfinite(number) else math.inf


def number_text(value) -> str:
    """A number as short as it reads: 1600 not 1600.0, 45.5, 0.1 not 0.1000000001."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def compatible(field_: QgsField, value):
    """``value`` converted to the type of ``field_`` (a date typed as text…), else left out."""
    try:
        converted = field_.convertCompatible(value)
    except (ValueError, TypeError):
        return None
    return plain_value(converted)


# --- coordinate operations -------------------------------------------------------------------


def strict_transform(source_crs, target_crs, context) -> QgsCoordinateTransform:
    """PROJ's best operation for the place (the project's choice where it made one), never
    a ballpark fallback: a point it cannot convert raises QgsCsException."""
    transform = QgsCoordinateTransform(source_crs, target_crs, context.transformContext())
    transform.setAllowFallbackTransforms(False)
    return transform


def datum_name(crs: QgsCoordinateReferenceSystem) -> str:
    """The name of the datum of ``crs`` (PROJ's), or its description when PROJ cannot say."""
    from pyproj import CRS

    try:
        return CRS.from_user_input(pyproj_crs(crs)).datum.name
    except Exception:  # noqa: BLE001 - pyproj raises several kinds for odd CRSs
        return crs.description()


def pyproj_crs(crs: QgsCoordinateReferenceSystem) -> str:
    """The CRS as pyproj reads it: its authority id, else its WKT."""
    authid = crs.authid()
    if authid and not authid.upper().startswith(("USER:", "INTERNAL:")):
        return authid
    preferred = getattr(QgsCoordinateReferenceSystem, "WKT_PREFERRED", None)
    return crs.toWkt(preferred) if preferred is not None else crs.toWkt()


def transform_points(transform: QgsCoordinateTransform, xs, ys) -> tuple:
    """The points ``xs``, ``ys`` through ``transform`` as arrays, NaN where a point cannot be
    transformed: all in one call (one multipoint), point by point where that call fails."""
    import numpy as np

    xs, ys = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
    moved = transformed_arrays(xs, ys, transform) if len(xs) else None
    if moved is not None and np.isfinite(moved[0]).all() and np.isfinite(moved[1]).all():
        return moved
    lons, lats = np.full(len(xs), np.nan), np.full(len(xs), np.nan)
    for k, (x, y) in enumerate(zip(xs.tolist(), ys.tolist())):
        try:
            point = transform.transform(QgsPointXY(x, y))
        except QgsCsException:
            continue
        lons[k], lats[k] = point.x(), point.y()
    return lons, lats
