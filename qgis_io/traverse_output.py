"""The outputs of ``landrelease:traverse`` written to QGIS sinks: one minefield_record polygon
per computed record (its closure, adjustment, declination and where it is) and its points as
survey_point rows, in the CRS of START."""

from __future__ import annotations

import struct

from qgis.core import QgsFeature, QgsFeatureSink, QgsField, QgsGeometry
from qgis.PyQt.QtCore import QDate, QVariant

from ..core.ids import uuid4_texts
from . import convert
from .traverse_input import RECORD_ID, number_text, strict_transform

OUTSIDE_AREA = "outside_area"
_BOOL, _REAL = convert.qtype("bool"), convert.qtype("real")


def record_fields():
    """OUTPUT's fields: minefield_record's, with the measures and flags of the computation."""
    fields = convert.model_fields("minefield_record")
    for name in ("area_m2", "perimeter_m", "closure_ratio"):
        fields.append(QgsField(name, _REAL))
    for name in ("closure_ok", "adjusted", OUTSIDE_AREA):
        fields.append(QgsField(name, _BOOL))
    return fields


def point_fields():
    """OUTPUT_POINTS' fields: survey_point's, with record_id, easting, northing, outside_area."""
    fields = convert.model_fields("survey_point")
    fields.append(convert.model_fields("minefield_record").field(RECORD_ID))
    for name in ("easting", "northing"):
        fields.append(QgsField(name, _REAL))
    fields.append(QgsField(OUTSIDE_AREA, _BOOL))
    return fields


class RecordWriter:
    """Writes computed records to ``output`` and their points to ``output_points`` ((sink,
    fields) each; the points' sink may be None). Points come in the working CRS ``crs`` and
    are written in ``out_crs``. :meth:`write` writes a record's points and keeps the record;
    :meth:`flush` writes the records kept, in order, in one addFeatures."""

    def __init__(self, output, output_points, crs, out_crs, context):
        self.sink, self.fields = output
        self.point_sink, self.point_fields = output_points
        self.back = None if crs == out_crs else strict_transform(crs, out_crs, context)
        self.area = convert.distance_area(crs, context)
        self.record_index = {name: k for k, name in enumerate(self.fields.names())}
        self.common = None  # time stamps and user of the records kept since the last flush
        self.records = []
        if self.point_sink is not None:
            self.point_index = {name: k for k, name in enumerate(self.point_fields.names())}
            self.point_columns = [self.point_index.get(name) for name in _POINT_VALUES]
            # The sink's fields are the data model's survey_point fields: all there.
            assert None not in self.point_columns, self.point_columns
            self.point_feature = QgsFeature(self.point_fields)  # filled again for each point
            self.new_id = self.point_feature.id()
            self.uuids = _uuid_stream()
        # Codes as QVariants made once: QGIS takes them faster than Python text (None: NULL).
        self.wrapped = _Wrapped()

    def write(self, rid, start, legs, result, plan, outside, tolerance) -> bool:
        """Write the record's points and keep the record for :meth:`flush`; True when its
        closure error is within ``tolerance``. ``plan``: its magnetic declination
        (core.record_declination.Declination) or None."""
        closure_error = round(result.closure_error_m, 3)
        ok = closure_error <= tolerance
        values = {
            **start.data,
            RECORD_ID: rid,
            "perimeter_m": round(result.perimeter_m, 3),
            "closure_error_m": closure_error,
            "closure_ratio": result.closure_ratio,
            "closure_ok": ok,
            "adjusted": result.adjusted,
            "declination_deg": None if plan is None else plan.shown,
            "declination_source": None if plan is None else plan.source,
            OUTSIDE_AREA: outside,
        }
        if values.get("record_date") is None and start.day is not None and not start.day.month_only:
            day = start.day.on
            values["record_date"] = QDate(day.year, day.month, day.day)
        self._stamps()
        self.records.append((values, result.polygon))
        if self.point_sink is not None:
            self._write_points(rid, start, legs, result, outside)
        return ok

    def flush(self) -> None:
        """Write the records kept since the last flush (their points are written at once)."""
        if self.common is None:
            return
        self._flush_records(self.common)
        self.common = None

    def _stamps(self) -> dict:
        """The time stamps and user of the records kept since the last flush (one a batch)."""
        if self.common is None:
            self.common = convert.common_values()
            del self.common["uuid"]
        return self.common

    def _flush_records(self, common) -> None:
        if not self.records:
            return
        from . import geometry as geo

        polygons = geo.to_qgs_many([polygon for _values, polygon in self.records])
        uuids = uuid4_texts(len(self.records))
        index, width = self.record_index, self.fields.count()
        features = []
        for (values, _polygon), polygon, uuid_text in zip(self.records, polygons, uuids):
            values["area_m2"] = round(self.area.measureArea(polygon), 2)
            attributes = [_UNSET] * width
            for name, value in {**common, "uuid": uuid_text, **values}.items():
                k = index.get(name)
                if k is not None:
                    attributes[k] = value
            feature = QgsFeature(self.fields)
            feature.setAttributes(attributes)
            feature.setGeometry(self._back(polygon))
            features.append(feature)
        self.sink.addFeatures(features, QgsFeatureSink.FastInsert)
        self.records = []

    def _back(self, geometry: QgsGeometry) -> QgsGeometry:
        """``geometry`` (working CRS) in the CRS of START."""
        if self.back is not None:
            geometry.transform(self.back)
        return geometry

    def _write_points(self, rid, start, legs, result, outside):
        """The record's points, one feature filled and added after another: the sink keeps a
        copy of each (a new QGIS feature object a point took longer)."""
        typed, remarks = {}, {}
        for leg, as_typed in legs:
            seq = int(float(leg.seq))  # the core accepted it: a whole number
            typed[seq] = as_typed
            remarks[seq] = leg.remarks
        index = self.point_index
        row = [None] * self.point_fields.count()
        for name, value in (
            *self._stamps().items(),
            ("owner_id", rid),
            (RECORD_ID, rid),
            (OUTSIDE_AREA, outside),
        ):
            if name in index:
                row[index[name]] = _wrap(value)
        i_type, i_seq, i_bearing, i_unit, i_north, i_distance, i_typed, i_remarks, i_x, i_y = (
            self.point_columns
        )
        i_uuid, wrapped, uuids = index["uuid"], self.wrapped, self.uuids
        feature, new_id, back = self.point_feature, self.new_id, self.back
        sink, fast = self.point_sink, QgsFeatureSink.FastInsert
        for p in result.points:
            if p.bearing is None:  # the record's first point (seq 0)
                entered_as = start.entered_as
            else:
                bearing, distance = typed[p.seq]
                bearing, distance = _typed_text(bearing), _typed_text(distance)
                entered_as = f"{bearing} {p.unit} {p.north} {distance} m"
            row[i_type], row[i_seq], row[i_bearing] = wrapped[p.point_type], p.seq, p.bearing
            row[i_unit], row[i_north], row[i_distance] = (
                wrapped[p.unit],
                wrapped[p.north],
                p.distance_m,
            )
            row[i_typed], row[i_remarks] = entered_as, remarks.get(p.seq)
            row[i_x], row[i_y], row[i_uuid] = round(p.x, 3), round(p.y, 3), next(uuids)
            geometry = QgsGeometry()
            geometry.fromWkb(point_wkb(p.x, p.y))
            if back is not None:
                geometry.transform(back)
            feature.setId(new_id)  # as a new feature: the sink gave it the last one's id
            feature.setAttributes(row)
            feature.setGeometry(geometry)
            sink.addFeature(feature, fast)


_POINT_VALUES = (
    "point_type", "seq", "bearing", "bearing_unit", "north", "distance_m", "entered_as",
    "remarks", "easting", "northing",
)  # fmt: skip


def _wrap(value):
    return None if value is None else QVariant(value)


class _Wrapped(dict):
    """value -> QVariant(value), made the first time it is asked for; None stays None."""

    def __missing__(self, value):
        wrapped = self[value] = _wrap(value)
        return wrapped


_UNSET = QVariant()  # a field not written (None would write a NULL of a type)
_POINT_WKB = struct.Struct("<BIdd")  # byte order, type (1: point), x, y


def point_wkb(x: float, y: float) -> bytes:
    """The WKB of a 2D point (little-endian)."""
    return _POINT_WKB.pack(1, 1, x, y)


def _uuid_stream(block: int = 4096):
    """Random UUIDs as text, made ``block`` at a time."""
    while True:
        yield from uuid4_texts(block)


def _typed_text(value) -> str:
    if value.__class__ is float and not value.is_integer():
        return str(value)  # number_text's answer, at once
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    return number_text(value)
