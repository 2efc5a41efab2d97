"""landrelease:traverse: minefield records (bearings and distances) to polygons (DESIGN §5.4)."""

from __future__ import annotations

import math
import uuid

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from . import convert
from .algorithm import LandReleaseAlgorithm

_BOOL, _REAL = convert.qtype("bool"), convert.qtype("real")

# The columns of LEGS (the traverse_leg layer of the data model); the first four are required.
RECORD_ID, SEQ, BEARING, DISTANCE = "record_id", "seq", "bearing", "distance_m"
POINT_TYPE, BEARING_UNIT, NORTH_FIELD, REMARKS = "point_type", "bearing_unit", "north", "remarks"
REQUIRED_LEG_FIELDS = (RECORD_ID, SEQ, BEARING, DISTANCE)
OPTIONAL_LEG_FIELDS = (POINT_TYPE, BEARING_UNIT, NORTH_FIELD, REMARKS)
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


class Traverse(LandReleaseAlgorithm):
    ID = "traverse"
    DISPLAY_NAME = "Minefield records to polygons (traverse)"
    GROUP_ID = "records"
    GROUP = "Minefield records"
    NEEDS_SHAPELY = True
    HELP = (
        "Rebuilds the polygons of minefield records written as traverses: from a first point, "
        "every leg gives the next point by bearing and distance from the previous one.\n\n"
        "LEGS: a table (the traverse_leg layer, a CSV…) with record_id, seq, bearing and "
        "distance_m, and optionally point_type, bearing_unit, north and remarks. The legs of a "
        "record are taken in seq order (whole numbers, each once). A leg's own bearing_unit "
        "(deg, mil6400, mil6000, gon) and north (grid, true, magnetic) override ANGLE_UNIT and "
        "NORTH where they are not empty. Distances are in metres.\n"
        "START: one point per record, with record_id: the record's first point, its reference "
        "point (landmark) or benchmark. A point_type field on START (reference, benchmark or "
        "start) says which; without it the point is a reference point. Fields of the "
        "minefield_record layer found on START (document_ref, record_date, side, mine_types, "
        "mines_recorded, accuracy, remarks) are copied to OUTPUT.\n"
        "ANGLE_UNIT: degrees (360), mils (6400), mils (6000, the Warsaw Pact mil) or gon (400). "
        "A bearing goes from 0 up to the full circle, which is not allowed: north is 0.\n"
        "NORTH: grid bearings are planar in the working CRS; true bearings follow the WGS 84 "
        "ellipsoid (geodesic), with distances on the ground; magnetic bearings are turned into "
        "true ones with the declination.\n"
        "DECLINATION: magnetic declination in degrees, east positive (west negative); "
        "DECLINATION_FIELD: an optional field of START with each record's own declination (used "
        "where not empty).\n"
        "ADJUST: none, or Bowditch (compass rule): the misclosure is spread along the perimeter "
        "in proportion to the distance travelled, so that the last point falls on the start "
        "point. The closure error, perimeter and ratio always describe the record as entered.\n"
        "CLOSURE_TOLERANCE: the largest closure error (m) accepted: closure_ok is true when "
        "closure_error_m is at most this.\n\n"
        "Point types: reference (landmark outside the area, easy to find), benchmark (fixed, a "
        "short safe walk outside the area), start (TP1, the first point of the perimeter), "
        "turning (each change of direction; a leg without point_type is a turning point), "
        "intermediate (on a long or blind side), end (the last point, which should fall on the "
        "start point), evidence (not on the perimeter). The perimeter is the start, turning, "
        "intermediate and end points in seq order.\n"
        "Closure: the closure error is the distance from the last perimeter point back to the "
        "first; an end leg that returns exactly to the start closes with 0. A record without a "
        "closing leg is closed by a straight side, whose length is reported as its error. "
        "closure_ratio = closure error / perimeter (planar, working CRS, closing side "
        "included).\n\n"
        "OUTPUT: one polygon per record in the CRS of START: record_id, area_m2 (ellipsoidal), "
        "perimeter_m, closure_error_m, closure_ratio, closure_ok (true/false), adjusted. "
        "OUTPUT_POINTS: every computed point (the first point is seq 0) with the survey_point "
        "fields: owner_id and record_id, point_type, seq, bearing, bearing_unit, north and "
        "distance_m as entered, entered_as (the values as typed), remarks, plus easting and "
        "northing in the working CRS.\n"
        "Work is done in metres in the CRS of START, or in its UTM zone when START is "
        "geographic. A record that cannot be computed (no start point, a bearing outside its "
        "circle, a negative distance…) is reported by its record_id and left out; the others "
        "are still computed. The results RECORDS, FAILED and OUT_OF_TOLERANCE count them."
    )

    LEGS = "LEGS"
    START = "START"
    ANGLE_UNIT = "ANGLE_UNIT"
    NORTH = "NORTH"
    DECLINATION = "DECLINATION"
    DECLINATION_FIELD = "DECLINATION_FIELD"
    ADJUST = "ADJUST"
    CLOSURE_TOLERANCE = "CLOSURE_TOLERANCE"
    OUTPUT = "OUTPUT"
    OUTPUT_POINTS = "OUTPUT_POINTS"
    RECORDS = "RECORDS"
    FAILED = "FAILED"
    OUT_OF_TOLERANCE = "OUT_OF_TOLERANCE"

    def initAlgorithm(self, config=None):
        number = QgsProcessingParameterNumber.Double
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.LEGS, self.tr("Traverse legs"), [QgsProcessing.TypeVector]
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.START,
                self.tr("Start points (reference point or benchmark of each record)"),
                [QgsProcessing.TypeVectorPoint],
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.ANGLE_UNIT,
                self.tr("Bearing unit (where a leg has none)"),
                [
                    self.tr("Degrees (360)"),
                    self.tr("Mils (6400)"),
                    self.tr("Mils (6000)"),
                    self.tr("Gon (400)"),
                ],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.NORTH,
                self.tr("North reference (where a leg has none)"),
                [self.tr("Grid"), self.tr("True"), self.tr("Magnetic")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.DECLINATION,
                self.tr("Magnetic declination (degrees, east positive)"),
                number,
                0.0,
                minValue=-180.0,
                maxValue=180.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.DECLINATION_FIELD,
                self.tr("Declination field of the start points"),
                parentLayerParameterName=self.START,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.ADJUST,
                self.tr("Adjustment"),
                [self.tr("None (as recorded)"), self.tr("Bowditch (compass rule)")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.CLOSURE_TOLERANCE,
                self.tr("Closure tolerance (m)"),
                number,
                5.0,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Minefield records"), QgsProcessing.TypeVectorPolygon
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_POINTS,
                self.tr("Traverse points"),
                QgsProcessing.TypeVectorPoint,
                optional=True,
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.RECORDS, self.tr("Records computed")))
        self.addOutput(QgsProcessingOutputNumber(self.FAILED, self.tr("Records that failed")))
        self.addOutput(
            QgsProcessingOutputNumber(
                self.OUT_OF_TOLERANCE, self.tr("Records beyond the closure tolerance")
            )
        )

    # --- main -------------------------------------------------------------------------------

    def processAlgorithm(self, parameters, context, feedback):
        from ..core import traverse as core
        from . import geometry as geo

        legs_source, leg_index = self._legs_source(parameters, context)
        start_source = self.parameterAsSource(parameters, self.START, context)
        if start_source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.START))
        if QgsWkbTypes.geometryType(start_source.wkbType()) != QgsWkbTypes.PointGeometry:
            raise QgsProcessingException(self.tr("START must be a point layer."))
        if start_source.fields().lookupField(RECORD_ID) < 0:
            raise QgsProcessingException(
                self.tr("START has no field record_id: each start point must name its record.")
            )
        if start_source.featureCount() == 0:
            raise QgsProcessingException(self.tr("START has no features."))
        declination_field = self.parameterAsString(parameters, self.DECLINATION_FIELD, context)
        if declination_field and start_source.fields().lookupField(declination_field) < 0:
            raise QgsProcessingException(
                self.tr("START has no field {}: choose DECLINATION_FIELD.").format(
                    declination_field
                )
            )
        unit = core.ANGLE_UNITS[self.parameterAsEnum(parameters, self.ANGLE_UNIT, context)]
        north = core.NORTHS[self.parameterAsEnum(parameters, self.NORTH, context)]
        declination = self.parameterAsDouble(parameters, self.DECLINATION, context)
        if not math.isfinite(declination) or abs(declination) >= 180.0:
            raise QgsProcessingException(
                self.tr("DECLINATION must be between -180 and 180 degrees (east positive).")
            )
        adjust = self.parameterAsEnum(parameters, self.ADJUST, context) == 1
        tolerance = self.parameterAsDouble(parameters, self.CLOSURE_TOLERANCE, context)
        if not math.isfinite(tolerance) or tolerance < 0:
            raise QgsProcessingException(self.tr("CLOSURE_TOLERANCE cannot be negative."))

        out_crs = start_source.sourceCrs()
        crs = convert.working_crs(out_crs, start_source.sourceExtent(), context)
        feedback.pushInfo(self.tr("Working CRS: {}").format(crs.authid() or crs.description()))
        starts = self._read_starts(start_source, declination_field, out_crs, crs, context)
        legs = self._read_legs(legs_source, leg_index, feedback)
        if feedback.isCanceled():
            return {}
        record_ids = list(starts) + [rid for rid in legs if rid not in starts]

        fields = self._record_fields()
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, QgsWkbTypes.Polygon, out_crs
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        point_fields = self._point_fields()
        point_sink, points_id = self.parameterAsSink(
            parameters, self.OUTPUT_POINTS, context, point_fields, QgsWkbTypes.Point, out_crs
        )
        back = (
            None
            if crs == out_crs
            else QgsCoordinateTransform(crs, out_crs, context.transformContext())
        )
        area = convert.distance_area(crs, context)
        crs_text = _pyproj_crs(crs)
        computed = failed = beyond = 0
        for k, rid in enumerate(record_ids):
            if feedback.isCanceled():
                return {}
            feedback.setProgress(100.0 * k / len(record_ids))
            problem = self._record_problem(rid, starts.get(rid, []), legs.get(rid, []))
            if problem:
                feedback.reportError(problem, False)
                failed += 1
                continue
            start, record_legs = starts[rid][0], legs[rid]
            try:
                result = core.compute_traverse(
                    start.xy,
                    [leg for leg, _typed in record_legs],
                    unit=unit,
                    north=north,
                    declination_deg=declination if start.declination is None else start.declination,
                    adjust=adjust,
                    crs=crs_text,
                    start_point_type=start.point_type or "reference",
                )
            except core.TraverseError as error:
                feedback.reportError(self._error_text(rid, error, record_legs, unit), False)
                failed += 1
                continue
            closure_error = round(result.closure_error_m, 3)
            ok = closure_error <= tolerance
            polygon = geo.to_qgs(result.polygon)
            if not result.polygon.is_valid:
                feedback.pushWarning(
                    self.tr(
                        "Record {}: the polygon crosses itself as recorded; it is written as is: "
                        "check the legs."
                    ).format(rid)
                )
            values = {
                **start.data,
                RECORD_ID: rid,
                "area_m2": round(area.measureArea(polygon), 2),
                "perimeter_m": round(result.perimeter_m, 3),
                "closure_error_m": closure_error,
                "closure_ratio": result.closure_ratio,
                "closure_ok": ok,
                "adjusted": result.adjusted,
            }
            polygon = self._back(polygon, back)
            sink.addFeature(convert.new_feature(fields, values, polygon), QgsFeatureSink.FastInsert)
            if point_sink is not None:
                self._write_points(point_sink, point_fields, rid, start, record_legs, result, back)
            computed += 1
            beyond += not ok
            self._report_closure(feedback, rid, result, closure_error, ok, tolerance)

        feedback.pushInfo(
            self.tr(
                "{} record(s) computed, {} failed, {} beyond the closure tolerance of {:g} m."
            ).format(computed, failed, beyond, tolerance)
        )
        feedback.setProgress(100)
        results = {
            self.OUTPUT: dest_id,
            self.RECORDS: computed,
            self.FAILED: failed,
            self.OUT_OF_TOLERANCE: beyond,
        }
        if point_sink is not None:
            results[self.OUTPUT_POINTS] = points_id
        return results

    # --- inputs -----------------------------------------------------------------------------

    def _legs_source(self, parameters, context):
        source = self.parameterAsSource(parameters, self.LEGS, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.LEGS))
        names = source.fields()
        missing = [n for n in REQUIRED_LEG_FIELDS if names.lookupField(n) < 0]
        if missing:
            raise QgsProcessingException(
                self.tr(
                    "LEGS lacks the field(s) {}: a traverse leg needs record_id, seq, bearing "
                    "and distance_m (point_type, bearing_unit, north and remarks are optional)."
                ).format(", ".join(missing))
            )
        if source.featureCount() == 0:
            raise QgsProcessingException(self.tr("LEGS has no rows."))
        index = {n: names.lookupField(n) for n in REQUIRED_LEG_FIELDS + OPTIONAL_LEG_FIELDS}
        return source, {n: i for n, i in index.items() if i >= 0}

    def _read_legs(self, source, index, feedback) -> dict[str, list]:
        """record_id -> [(core Leg, (bearing, distance) as typed)], in reading order."""
        from ..core.traverse import Leg

        request = QgsFeatureRequest()
        request.setFlags(QgsFeatureRequest.NoGeometry)
        request.setSubsetOfAttributes(list(index.values()))
        legs: dict[str, list] = {}
        no_id = 0
        for n, feature in enumerate(source.getFeatures(request)):
            if n % 10000 == 0 and feedback.isCanceled():
                break
            attributes = feature.attributes()
            values = {name: _python(attributes[i]) for name, i in index.items()}
            rid = _record_id(values[RECORD_ID])
            if rid is None:
                no_id += 1
                continue
            leg = Leg(
                seq=values[SEQ],
                bearing=values[BEARING],
                distance_m=values[DISTANCE],
                unit=values.get(BEARING_UNIT),
                north=values.get(NORTH_FIELD),
                point_type=values.get(POINT_TYPE),
                remarks=values.get(REMARKS),
            )
            legs.setdefault(rid, []).append((leg, (values[BEARING], values[DISTANCE])))
        if no_id:
            feedback.pushWarning(self.tr("{} leg(s) without record_id left out.").format(no_id))
        return legs

    def _read_starts(self, source, declination_field, out_crs, crs, context) -> dict[str, list]:
        """record_id -> [_Start] in the order of START (more than one is an error)."""
        names = source.fields()
        wanted = {
            RECORD_ID: names.lookupField(RECORD_ID),
            POINT_TYPE: names.lookupField(POINT_TYPE),
        }
        if declination_field:
            wanted["declination"] = names.lookupField(declination_field)
        data_fields = self._record_fields()
        for name in RECORD_DATA_FIELDS:
            wanted["data:" + name] = names.lookupField(name)
        wanted = {k: i for k, i in wanted.items() if i >= 0}
        request = QgsFeatureRequest()
        request.setSubsetOfAttributes(sorted(set(wanted.values())))
        to_work = QgsCoordinateTransform(out_crs, crs, context.transformContext())
        geographic = out_crs.isGeographic()
        starts: dict[str, list] = {}
        for feature in source.getFeatures(request):
            values = {k: _python(feature.attribute(i)) for k, i in wanted.items()}
            rid = _record_id(values[RECORD_ID])
            if rid is None:
                continue  # a point that names no record starts none
            start = _Start()
            geometry = feature.geometry()
            count = 0 if geometry.isNull() else geometry.constGet().nCoordinates()
            start.parts = count
            if count == 1:
                point = QgsPointXY(geometry.vertexAt(0))
                digits = 7 if geographic else 3
                x, y = (_number_text(round(v, digits)) for v in (point.x(), point.y()))
                start.entered_as = f"{out_crs.authid() or out_crs.description()} {x} {y}"
                try:
                    work = to_work.transform(point)
                    start.xy = (work.x(), work.y())
                except QgsCsException:
                    start.xy = (math.nan, math.nan)
            start.point_type = values.get(POINT_TYPE)
            start.declination = values.get("declination")
            if isinstance(start.declination, str):  # text: "5,4" is 5.4, "" is none
                start.declination = start.declination.strip().replace(",", ".") or None
            for key, value in values.items():
                if key.startswith("data:") and value is not None:
                    name = key[5:]
                    start.data[name] = _compatible(data_fields.field(name), value)
            starts.setdefault(rid, []).append(start)
        return starts

    def _record_problem(self, rid, starts, legs) -> str | None:
        """Why a record cannot be computed before its legs are read, or None."""
        if not starts:
            return self.tr(
                "Record {}: no START point has this record_id: the traverse has nowhere to begin."
            ).format(rid)
        if len(starts) > 1:
            return self.tr(
                "Record {}: {} START points have this record_id: keep only its first point "
                "(reference point or benchmark)."
            ).format(rid, len(starts))
        if starts[0].parts == 0:
            return self.tr("Record {}: its START point has no geometry.").format(rid)
        if starts[0].parts > 1:
            return self.tr(
                "Record {}: its START geometry holds {} points: give one point per record."
            ).format(rid, starts[0].parts)
        if not legs:
            return self.tr("Record {}: a START point but no legs in LEGS.").format(rid)
        return None

    # --- messages ---------------------------------------------------------------------------

    def _sentences(self) -> dict[str, str]:
        """A sentence for each core.traverse error code; {seq}, {value}, {unit}, {full}."""
        return {
            "missing_start": self.tr(
                "the start point cannot be placed (no usable coordinates in the working CRS)."
            ),
            "too_few_points": self.tr(
                "{value} perimeter point(s) (start, turning, intermediate, end): a polygon "
                "needs at least 3 distinct points."
            ),
            "bearing_missing": self.tr("the bearing is missing."),
            "bearing_not_numeric": self.tr("the bearing {value} is not a number."),
            "bearing_out_of_range": self.tr(
                "the bearing {value} is outside 0 to {full} {unit} (the full circle itself is "
                "written 0)."
            ),
            "distance_missing": self.tr("the distance is missing."),
            "distance_not_numeric": self.tr("the distance {value} is not a number."),
            "negative_distance": self.tr("the distance {value} m is negative."),
            "unknown_unit": self.tr(
                "unknown bearing unit {value}: use deg, mil6400, mil6000 or gon."
            ),
            "unknown_north": self.tr("unknown north {value}: use grid, true or magnetic."),
            "unknown_point_type": self.tr(
                "unknown point type {value}: use reference, benchmark, start, turning, "
                "intermediate, end or evidence."
            ),
            "duplicate_seq": self.tr("two legs have the sequence number {value}."),
            "bad_seq": self.tr("a leg has no whole sequence number (seq is {value})."),
            "bad_declination": self.tr(
                "the magnetic declination {value} is not a number of degrees between -180 and "
                "180 (east positive)."
            ),
            "bad_crs": self.tr(
                "the working CRS cannot be used for true or magnetic bearings ({value})."
            ),
        }

    def _error_text(self, rid, error, legs, default_unit) -> str:
        from ..core.traverse import FULL_CIRCLE

        unit = default_unit
        for leg, _typed in legs:
            if error.seq is not None and _same_seq(leg.seq, error.seq) and leg.unit:
                unit = str(leg.unit).strip().lower()
        sentence = self._sentences().get(error.code)
        if sentence is None:  # a code newer than this adapter: the core's own words
            sentence = error.detail
        else:
            sentence = sentence.format(
                seq=error.seq,
                value=_shown(error.value),
                unit=self._unit_name(unit),
                full=_number_text(FULL_CIRCLE.get(unit, "")),
            )
        if error.seq is None:
            return self.tr("Record {record}: {problem}").format(record=rid, problem=sentence)
        return self.tr("Record {record}, leg {seq}: {problem}").format(
            record=rid, seq=error.seq, problem=sentence
        )

    def _unit_name(self, unit: str) -> str:
        return {
            "deg": self.tr("degrees"),
            "mil6400": self.tr("mils"),
            "mil6000": self.tr("mils"),
            "gon": self.tr("gon"),
        }.get(unit, unit)

    def _report_closure(self, feedback, rid, result, closure_error, ok, tolerance):
        if closure_error == 0:
            ratio = self.tr("closes exactly")
        else:
            ratio = f"1:{result.perimeter_m / result.closure_error_m:.0f}"
        if ok:
            feedback.pushInfo(
                self.tr("Record {}: closure error {:.2f} m over {:.1f} m ({}).").format(
                    rid, closure_error, result.perimeter_m, ratio
                )
            )
        else:
            feedback.pushWarning(
                self.tr(
                    "Record {}: closure error {:.2f} m over {:.1f} m ({}), beyond the tolerance "
                    "of {:g} m."
                ).format(rid, closure_error, result.perimeter_m, ratio, tolerance)
            )

    # --- outputs ----------------------------------------------------------------------------

    @staticmethod
    def _record_fields():
        fields = convert.model_fields("minefield_record")
        for name in ("area_m2", "perimeter_m", "closure_ratio"):
            fields.append(QgsField(name, _REAL))
        for name in ("closure_ok", "adjusted"):
            fields.append(QgsField(name, _BOOL))
        return fields

    @staticmethod
    def _point_fields():
        fields = convert.model_fields("survey_point")
        fields.append(convert.model_fields("minefield_record").field(RECORD_ID))
        for name in ("easting", "northing"):
            fields.append(QgsField(name, _REAL))
        return fields

    @staticmethod
    def _back(geometry: QgsGeometry, back: QgsCoordinateTransform | None) -> QgsGeometry:
        """``geometry`` (working CRS) in the CRS of START (``back`` is None when the same)."""
        if back is not None:
            geometry.transform(back)
        return geometry

    def _write_points(self, sink, fields, rid, start, legs, result, back):
        typed, remarks = {}, {}
        for leg, as_typed in legs:
            seq = int(float(leg.seq))  # the core accepted it: a whole number
            typed[seq] = as_typed
            remarks[seq] = leg.remarks
        names = fields.names()
        common = convert.common_values()  # one time stamp per record, a uuid per point
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
                "owner_id": rid,
                RECORD_ID: rid,
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
            feature = QgsFeature(fields)
            feature.setAttributes([values.get(name) for name in names])
            feature.setGeometry(self._back(QgsGeometry.fromPointXY(QgsPointXY(p.x, p.y)), back))
            features.append(feature)
        sink.addFeatures(features, QgsFeatureSink.FastInsert)


class _Start:
    """A START point: its position in the working CRS and what it says about its record."""

    def __init__(self):
        self.xy = (math.nan, math.nan)
        self.parts = 0
        self.entered_as = None
        self.point_type = None
        self.declination = None
        self.data: dict = {}


def _python(value):
    """NULL QVariants as None."""
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    return value


def _record_id(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    return text if text.strip() else None


def _same_seq(a, b) -> bool:
    try:
        return float(a) == float(b)
    except (TypeError, ValueError):
        return False


def _number_text(value) -> str:
    """A number as short as it reads: 1600 not 1600.0, 45.5, 0.1 not 0.1000000001."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def _typed_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    return _number_text(value)


def _shown(value) -> str:
    if isinstance(value, str):
        return f"'{value}'"
    if value is None:
        return "NULL"
    return _number_text(value)


def _compatible(field: QgsField, value):
    """``value`` converted to the type of ``field`` (a date typed as text…), else left out."""
    try:
        converted = field.convertCompatible(value)
    except (ValueError, TypeError):
        return None
    return _python(converted)


def _pyproj_crs(crs: QgsCoordinateReferenceSystem) -> str:
    """The working CRS as pyproj reads it: its authority id, else its WKT."""
    authid = crs.authid()
    if authid and not authid.upper().startswith(("USER:", "INTERNAL:")):
        return authid
    preferred = getattr(QgsCoordinateReferenceSystem, "WKT_PREFERRED", None)
    return crs.toWkt(preferred) if preferred is not None else crs.toWkt()
