"""The outputs of ``landrelease:traverse`` written to QGIS sinks: one minefield_record polygon
per computed record (its closure, adjustment, declination and where it is) and its points as
survey_point rows, in the CRS of START."""

from __future__ import annotations

import uuid

from qgis.core import QgsFeature, QgsFeatureSink, QgsField, QgsGeometry, QgsPointXY
from qgis.PyQt.QtCore import QDate

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
    """Writes a computed record to ``output`` and its points to ``output_points`` ((sink,
    fields) each; the points' sink may be None). Points come in the working CRS ``crs`` and
    are written in ``out_crs``."""

    def __init__(self, output, output_points, crs, out_crs, context):
        self.sink, self.fields = output
        self.point_sink, self.point_fields = output_points
        self.back = None if crs == out_crs else strict_transform(crs, out_crs, context)
        self.area = convert.distance_area(crs, context)

    def write(self, rid, start, legs, result, plan, outside, tolerance) -> bool:
        """Write the record; True when its closure error is within ``tolerance``. ``plan``:
        its magnetic declination (core.record_declination.Declination) or None."""
        from . import geometry as geo

        closure_error = round(result.closure_error_m, 3)
        ok = closure_error <= tolerance
        polygon = geo.to_qgs(result.polygon)
        values = {
            **start.data,
            RECORD_ID: rid,
            "area_m2": round(self.area.measureArea(polygon), 2),
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
        polygon = self._back(polygon)
        self.sink.addFeature(
            convert.new_feature(self.fields, values, polygon), QgsFeatureSink.FastInsert
        )
        if self.point_sink is not None:
            self._write_points(rid, start, legs, result, plan, outside)
        return ok

    def _back(self, geometry: QgsGeometry) -> QgsGeometry:
        """``geometry`` (working CRS) in the CRS of START."""
        if self.back is not None:
            geometry.transform(self.back)
        return geometry

    def _write_points(self, rid, start, legs, result, plan, outside):
        typed, remarks = {}, {}
        for leg, as_typed in legs:
            seq = int(float(leg.seq))  # the core accepted it: a whole number
            typed[seq] = as_typed
            remarks[seq] = leg.remarks
        common = {
            **convert.common_values(),  # one time stamp per record, a uuid per point
            "owner_id": rid,
            RECORD_ID: rid,
            "declination_deg": None if plan is None else plan.shown,
            "declination_source": None if plan is None else plan.source,
            OUTSIDE_AREA: outside,
        }
        features = []
        for p in result.points:
            if p.bearing is None:  # the record's first point (seq 0)
                entered_as = start.entered_as
            else:
                bearing, distance = typed[p.seq]
                entered_as = f"{_typed_text(bearing)} {p.unit} {p.north} {_typed_text(distance)} m"
            values = {
                **common,
                "uuid": str(uuid.uuid4()),
                "point_type": p.point_type,
                "seq": p.seq,
                "bearing": p.bearing,
                "bearing_unit": p.unit,
                "north": p.north,
                "distance_m": p.distance_m,
                "entered_as": entered_as,
                "remarks": remarks.get(p.seq),
                "easting": round(p.x, 3),
                "northing": round(p.y, 3),
            }
            features.append(self._point_feature(values, p.x, p.y))
        self.point_sink.addFeatures(features, QgsFeatureSink.FastInsert)

    def _point_feature(self, values: dict, x: float, y: float) -> QgsFeature:
        feature = QgsFeature(self.point_fields)
        feature.setAttributes([values.get(name) for name in self.point_fields.names()])
        feature.setGeometry(self._back(QgsGeometry.fromPointXY(QgsPointXY(x, y))))
        return feature


def _typed_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    return number_text(value)
