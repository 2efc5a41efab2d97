"""landrelease:traverse: minefield records (bearings and distances) to polygons (DESIGN §5.4)."""

from __future__ import annotations

import datetime
import math
import uuid
from dataclasses import dataclass, field

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
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

from ..core import model
from ..qgis_io import convert
from ..storage import programme
from .algorithm import LandReleaseAlgorithm

_BOOL, _REAL = convert.qtype("bool"), convert.qtype("real")
WGS84 = "EPSG:4326"

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
MINEFIELD_RECORD = "minefield_record"
DECLINATION_DEG, DECLINATION_SOURCE = "declination_deg", "declination_source"
OUTSIDE_AREA = "outside_area"
UNREADABLE = "\ufffd"  # what a reader puts for bytes it could not decode
# declination_source codes (DESIGN §4)
ENTERED, FIELD, IGRF = "entered", "field", "igrf"
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
DATE_TYPES = (QVariant.Date, QVariant.DateTime, QVariant.String)


@dataclass
class _Start:
    """A START point: its position in the working CRS and what it says about its record."""

    xy: tuple = (math.nan, math.nan)
    parts: int = 0
    entered_as: str | None = None
    point_type: str | None = None
    declination: object = None
    declination_source: str | None = None  # entered or field (the stored record's), else FIELD
    declination_how: str | None = None  # where it was read, for the log
    date: object = None  # the DATE_FIELD value as read (a date, text…), None when empty
    day: object = None  # that date as core.traverse.RecordDate, None when empty or refused
    date_error: object = None  # why it was refused (a core.traverse.DeclinationError)
    data: dict = field(default_factory=dict)


@dataclass
class _Declination:
    """How a record's magnetic legs are turned: ``value`` (degrees east, the record's; None
    when every magnetic leg has its own), ``source`` (entered, field, igrf), ``shown`` (the
    value written to OUTPUT), ``how`` (for the log)."""

    value: float | None
    source: str
    shown: float
    how: str


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
        "distance_m, and optionally point_type, bearing_unit, north, remarks and "
        "declination_deg (a leg's own magnetic declination). The legs of a record are taken in "
        "seq order (whole numbers, each once). A leg's own bearing_unit (deg, mil6400, mil6000, "
        "gon) and north (grid, true, magnetic) override ANGLE_UNIT and NORTH where they are not "
        "empty. Distances are in metres, at most 50 km a leg.\n"
        "Bearings may be numbers or text as written on the record, read in the leg's unit: "
        "Soviet mils 12-50 (= 1250 mils of 6000) and 0-75 with mil6000; plain numbers with a "
        "decimal point or comma; in degrees also 45°30', 45°30'36\", 45 30 36, 45 гр. 30 мин. and "
        "quadrant bearings N45E, S30°W. A text that could be read two ways (12-50 in degrees, "
        "1,250 mils) is refused, never guessed.\n"
        "START: one point per record, with record_id: the record's first point, its reference "
        "point (landmark) or benchmark, in any CRS: Pulkovo 1942 / Gauss–Krüger zones "
        "EPSG:28404–28432 too (28407, 28408, 28409 in the Caucasus), whose datum is converted "
        "with PROJ's best transformation for the place, which the log names. A point_type "
        "field on START (reference, benchmark or start) says which; without it the point is "
        "a reference point. An entered_as field (the coordinates as written) is kept on the "
        "first output point. Fields of the minefield_record layer found on START "
        "(document_ref, record_date, side, mine_types, mines_recorded, accuracy, remarks) are "
        "copied to OUTPUT.\n"
        "START may also be the database's survey_point layer: without record_id, its owner_id "
        "names the record; only the points of records that have legs in LEGS are used, and of "
        "those the first point (point_type reference, benchmark or start with the lowest seq). "
        "Each record's date, stored declination (entered or field) and document data then come "
        "from its row in the same database's minefield_record layer, so that a record typed in "
        "the Turning points dialog is recomputed as it was saved.\n"
        "ANGLE_UNIT: degrees (360), mils (6400), mils (6000, the Warsaw Pact mil) or gon (400). "
        "A bearing goes from 0 up to the full circle, which is not allowed: north is 0.\n"
        "NORTH: grid bearings are planar in the working CRS; true bearings follow the WGS 84 "
        "ellipsoid (geodesic), with distances on the ground; magnetic bearings are turned into "
        "true ones with the magnetic declination.\n"
        "Magnetic declination (degrees, east positive, west negative), for each record with "
        "magnetic legs, the first found wins: a leg's own declination_deg on LEGS; the record's "
        "DECLINATION_FIELD on START; DECLINATION (optional, no default); else the IGRF-14 value "
        "at the record's start point on its date (DATE_FIELD of START, default record_date: "
        "a date, or text 1993-06-15 or 15.06.1993 (day.month.year); a month alone, 1993-06, "
        "uses its 15th; 03/04/1993 is refused as ambiguous, and so are future dates and dates "
        "outside the IGRF, 1900 to 2029). A magnetic record with none of these is refused by "
        "its record_id, never turned by 0. OUTPUT says which: declination_deg and "
        "declination_source (entered: DECLINATION; field: DECLINATION_FIELD or the legs' own; "
        "igrf), and the log gives each record's value, and for the IGRF its date and place.\n"
        "ADJUST: none, or Bowditch (compass rule), for records that close with an end leg: the "
        "misclosure is spread along the perimeter in proportion to the distance travelled, so "
        "that the end point falls on the start point. A record without a closing end leg is "
        "left as recorded (adjusted false), and the log says so. The closure error, perimeter "
        "and ratio always describe the record as entered.\n"
        "CLOSURE_TOLERANCE: the largest closure error (m) accepted: closure_ok is true when "
        "closure_error_m is at most this. An end point within it of the start point is the "
        "start point: the polygon has no second vertex there (its error is still reported).\n\n"
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
        "Where the record is: a record with a point outside the programme's area (the extent of "
        "the START database's districts plus 10 km; else the area of use of START's CRS) is "
        "written with outside_area true and a warning that names it; check its start point and "
        "legs.\n\n"
        "OUTPUT: one polygon per record in the CRS of START: record_id, area_m2 (ellipsoidal), "
        "perimeter_m, closure_error_m, closure_ratio, closure_ok (true/false), adjusted, "
        "declination_deg, declination_source, outside_area. OUTPUT_POINTS: every computed point "
        "(the first point is seq 0) with the survey_point fields: owner_id and record_id, "
        "point_type, seq, bearing, bearing_unit, north and distance_m as read, entered_as (the "
        "values as typed), remarks, plus easting and northing in the working CRS and "
        "outside_area.\n"
        "Work is done in metres in the CRS of START, or in its UTM zone when START is "
        "geographic or more than 0.5 % off the ground there (Web Mercator). A record that "
        "cannot be computed (no start point, a bearing that cannot "
        "be read or is outside its circle, a negative distance, no declination…) is reported by "
        "its record_id and left out; the others are still computed. The results RECORDS, "
        "FAILED and OUT_OF_TOLERANCE count them."
    )

    LEGS = "LEGS"
    START = "START"
    ANGLE_UNIT = "ANGLE_UNIT"
    NORTH = "NORTH"
    DECLINATION = "DECLINATION"
    DECLINATION_FIELD = "DECLINATION_FIELD"
    DATE_FIELD = "DATE_FIELD"
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
                self.tr("Magnetic declination (degrees, east positive; empty: per record)"),
                number,
                None,
                optional=True,
                minValue=-179.999999,
                maxValue=179.999999,
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
            QgsProcessingParameterField(
                self.DATE_FIELD,
                self.tr("Record date field of the start points (for the IGRF declination)"),
                DEFAULT_DATE_FIELD,
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

        legs_source, leg_index = self._legs_source(parameters, context)
        start_source, id_field = self._start_source(parameters, context)
        declination_field = self._start_field(
            parameters, self.DECLINATION_FIELD, start_source, context
        )
        date_field = self._date_field(parameters, start_source, context)
        unit = core.ANGLE_UNITS[self.parameterAsEnum(parameters, self.ANGLE_UNIT, context)]
        north = core.NORTHS[self.parameterAsEnum(parameters, self.NORTH, context)]
        declination = self._declination_parameter(parameters, context)
        adjust = self.parameterAsEnum(parameters, self.ADJUST, context) == 1
        tolerance = self.parameterAsDouble(parameters, self.CLOSURE_TOLERANCE, context)
        if not math.isfinite(tolerance) or tolerance < 0:
            raise QgsProcessingException(self.tr("CLOSURE_TOLERANCE cannot be negative."))

        out_crs = start_source.sourceCrs()
        # A record whose START point is NaN or infinite is refused by id below: the working CRS
        # comes from the other points.
        crs = convert.working_crs(out_crs, convert.finite_extent(start_source), context, feedback)
        feedback.pushInfo(self.tr("Working CRS: {}").format(crs.authid() or crs.description()))
        legs = self._read_legs(legs_source, leg_index, feedback)
        if feedback.isCanceled():
            return {}
        self._declination_field_name = declination_field
        self._logged_lonlat = False
        reader = _StartReader(self, start_source, id_field, declination_field, date_field)
        starts = reader.read(legs, out_crs, crs, context, feedback)
        if id_field == OWNER_ID:
            self._complete_from_records(parameters, context, starts, feedback)
        record_ids = list(starts) + [rid for rid in legs if rid not in starts]
        area = self._programme_area(parameters, context, start_source, feedback)
        to_lonlat = self._transform(crs, QgsCoordinateReferenceSystem(WGS84), context)

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
        writer = _Writer(self, (sink, fields), (point_sink, point_fields), context, feedback)
        writer.set_crs(crs, out_crs, context)
        plans, refused = self._declinations(
            record_ids, starts, legs, north, declination, to_lonlat, feedback
        )
        crs_text = _pyproj_crs(crs)
        computed = failed = beyond = 0
        for k, rid in enumerate(record_ids):
            if feedback.isCanceled():
                return {}
            feedback.setProgress(100.0 * k / len(record_ids))
            problem = self._record_problem(rid, starts.get(rid, []), legs.get(rid, [])) or (
                refused.get(rid)
            )
            if problem:
                feedback.reportError(problem, False)
                failed += 1
                continue
            start, record_legs, plan = starts[rid][0], legs[rid], plans.get(rid)
            try:
                result = core.compute_traverse(
                    start.xy,
                    [leg for leg, _typed in record_legs],
                    unit=unit,
                    north=north,
                    declination_deg=None if plan is None else plan.value,
                    adjust=adjust,
                    crs=crs_text,
                    start_point_type=start.point_type or "reference",
                    closed_tolerance_m=tolerance,
                )
            except core.TraverseError as error:
                feedback.reportError(self._error_text(rid, error, record_legs, unit), False)
                failed += 1
                continue
            outside = self._outside(rid, result, area, to_lonlat, feedback)
            ok = writer.write(rid, start, record_legs, result, plan, outside, tolerance)
            computed += 1
            beyond += not ok
            self._report(feedback, rid, result, plan, ok, tolerance)

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
                    "and distance_m (point_type, bearing_unit, north, remarks and "
                    "declination_deg are optional)."
                ).format(", ".join(missing))
            )
        if source.featureCount() == 0:
            raise QgsProcessingException(self.tr("LEGS has no rows."))
        index = {n: names.lookupField(n) for n in REQUIRED_LEG_FIELDS + OPTIONAL_LEG_FIELDS}
        return source, {n: i for n, i in index.items() if i >= 0}

    def _start_source(self, parameters, context):
        """START and the field that names each point's record (record_id, else owner_id)."""
        source = self.parameterAsSource(parameters, self.START, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.START))
        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.PointGeometry:
            raise QgsProcessingException(
                self.tr("START must be a point layer (it holds {} geometries).").format(
                    QgsWkbTypes.displayString(source.wkbType())
                )
            )
        names = source.fields()
        if names.lookupField(RECORD_ID) >= 0:
            id_field = RECORD_ID
        elif names.lookupField(OWNER_ID) >= 0:
            id_field = OWNER_ID
        else:
            raise QgsProcessingException(
                self.tr(
                    "START has no field record_id (nor owner_id, as the survey_point layer "
                    "has): each start point must name its record."
                )
            )
        if source.featureCount() == 0:
            raise QgsProcessingException(self.tr("START has no features."))
        return source, id_field

    def _start_field(self, parameters, name, source, context) -> str | None:
        chosen = self.parameterAsString(parameters, name, context)
        if chosen and source.fields().lookupField(chosen) < 0:
            raise QgsProcessingException(
                self.tr("START has no field {}: choose {} among its fields.").format(chosen, name)
            )
        return chosen or None

    def _date_field(self, parameters, source, context) -> str | None:
        """DATE_FIELD; the default record_date may be absent (then no record has a date)."""
        chosen = self.parameterAsString(parameters, self.DATE_FIELD, context)
        if not chosen:
            return None
        index = source.fields().lookupField(chosen)
        if index < 0:
            if chosen == DEFAULT_DATE_FIELD:
                return None
            raise QgsProcessingException(
                self.tr("START has no field {}: choose DATE_FIELD among its fields.").format(chosen)
            )
        if int(source.fields().at(index).type()) not in {int(t) for t in DATE_TYPES}:
            raise QgsProcessingException(
                self.tr(
                    "DATE_FIELD {} holds {} values, not dates: choose a date field, or a text "
                    "field with dates such as 1993-06-15 or 15.06.1993."
                ).format(chosen, source.fields().at(index).typeName())
            )
        return chosen

    def _declination_parameter(self, parameters, context) -> float | None:
        value = parameters.get(self.DECLINATION)
        if value is None or (isinstance(value, QVariant) and value.isNull()) or value == "":
            return None
        declination = self.parameterAsDouble(parameters, self.DECLINATION, context)
        if not math.isfinite(declination) or abs(declination) >= 180.0:
            raise QgsProcessingException(
                self.tr("DECLINATION must be between -180 and 180 degrees (east positive).")
            )
        return declination

    def _read_legs(self, source, index, feedback) -> dict[str, list]:
        """record_id -> [(core Leg, (bearing, distance) as typed)], in reading order."""
        from ..core.traverse import Leg

        request = QgsFeatureRequest()
        request.setFlags(QgsFeatureRequest.NoGeometry)
        request.setSubsetOfAttributes(list(index.values()))
        legs: dict[str, list] = {}
        no_id = 0
        unreadable = []
        for n, feature in enumerate(source.getFeatures(request)):
            if n % 10000 == 0 and feedback.isCanceled():
                break
            attributes = feature.attributes()
            values = {name: _python(attributes[i]) for name, i in index.items()}
            rid = _record_id(values[RECORD_ID])
            if rid is None:
                no_id += 1
                continue
            if UNREADABLE in rid:
                unreadable.append(convert.feature_label(rid, feature.id()))
                continue
            leg = Leg(
                seq=values[SEQ],
                bearing=values[BEARING],
                distance_m=values[DISTANCE],
                unit=values.get(BEARING_UNIT),
                north=values.get(NORTH_FIELD),
                point_type=values.get(POINT_TYPE),
                remarks=values.get(REMARKS),
                declination_deg=_blank_none(values.get(LEG_DECLINATION)),
            )
            legs.setdefault(rid, []).append((leg, (values[BEARING], values[DISTANCE])))
        if unreadable:
            raise QgsProcessingException(
                self.tr(
                    "LEGS: the record_id of {} leg(s) holds characters that could not be read "
                    "(�): {}. The file is not in the encoding QGIS read it with: save it as "
                    "UTF-8, or set the layer's encoding (Properties, Source)."
                ).format(len(unreadable), convert.listed(unreadable))
            )
        if no_id:
            feedback.pushWarning(self.tr("{} leg(s) without record_id left out.").format(no_id))
        return legs

    def _transform(self, source_crs, target_crs, context) -> QgsCoordinateTransform:
        """PROJ's best operation for the place (the project's choice where it made one), never
        a ballpark fallback: a point it cannot convert raises QgsCsException."""
        transform = QgsCoordinateTransform(source_crs, target_crs, context.transformContext())
        transform.setAllowFallbackTransforms(False)
        return transform

    def log_operation(self, transform, what, feedback) -> None:
        """Say which coordinate operation converted ``what`` when the datums differ."""
        source, target = transform.sourceCrs(), transform.destinationCrs()
        if _datum(source) == _datum(target):
            return
        details = transform.instantiatedCoordinateOperationDetails()
        accuracy = (
            self.tr("accuracy {:g} m").format(details.accuracy)
            if details.accuracy is not None and details.accuracy >= 0
            else self.tr("accuracy unknown")
        )
        feedback.pushInfo(
            self.tr("{}: {} ({}) to {} ({}) by “{}”, {}.").format(
                what,
                source.authid() or source.description(),
                _datum(source),
                target.authid() or target.description(),
                _datum(target),
                details.name or transform.coordinateOperation(),
                accuracy,
            )
        )

    def _programme_area(self, parameters, context, source, feedback):

        layer = self.parameterAsVectorLayer(parameters, self.START, context)
        try:
            area = programme.programme_area(layer) if layer is not None else None
            if area is None:
                area = programme.crs_area(source.sourceCrs())
        except ValueError:
            area = None
        if area is None:
            feedback.pushInfo(
                self.tr("The programme's area is unknown (START's CRS has no area of use).")
            )
        else:
            feedback.pushInfo(
                self.tr("Programme's area ({}): {}.").format(
                    self.tr("districts' extent plus {:g} km").format(area.margin_m / 1000)
                    if area.source == "districts"
                    else self.tr("area of use of START's CRS"),
                    programme.area_text(area),
                )
            )
        return area

    # --- declination ------------------------------------------------------------------------

    def _declinations(self, record_ids, starts, legs, north, declination, to_lonlat, feedback):
        """record_id -> _Declination for the records with magnetic legs, and record_id ->
        refusal for those whose declination cannot be had."""
        from ..core import traverse as core

        plans, refused, wanted = {}, {}, []
        for rid in record_ids:
            record_starts, record_legs = starts.get(rid, []), legs.get(rid, [])
            if len(record_starts) != 1 or not record_legs:
                continue  # _record_problem says why
            start = record_starts[0]
            magnetic = [leg for leg, _ in record_legs if _north(leg, north) == "magnetic"]
            if not magnetic:
                continue
            own = [leg.declination_deg for leg in magnetic if leg.declination_deg is not None]
            if len(own) == len(magnetic):
                shown = _number(own[0])
                how = self.tr("its legs' {}").format(LEG_DECLINATION)
                plans[rid] = _Declination(None, FIELD, shown, how)
            elif start.declination is not None:
                how = start.declination_how or self.tr("START's field {}").format(
                    self._declination_field_name
                )
                source = start.declination_source or FIELD
                plans[rid] = _Declination(
                    start.declination, source, _number(start.declination), how
                )
            elif declination is not None:
                how = self.tr("the DECLINATION parameter")
                plans[rid] = _Declination(declination, ENTERED, declination, how)
            else:
                wanted.append((rid, start))
            if own and len(own) < len(magnetic) and rid in plans:
                plans[rid].how += self.tr("; {} leg(s) with their own {}").format(
                    len(own), LEG_DECLINATION
                )
        if not wanted:
            return plans, refused
        points = []
        for rid, start in wanted:
            reason, day, lonlat = self._igrf_input(rid, start, to_lonlat, core, feedback)
            if reason:
                refused[rid] = reason
            elif day is not None:  # else no start point: the core refuses the record
                points.append((rid, day, lonlat))
        if not points:
            return plans, refused
        try:
            values = core.magnetic_declinations(
                [p[2][0] for p in points], [p[2][1] for p in points], [p[1].on for p in points]
            )
        except core.DeclinationError as error:  # the IGRF package missing
            feedback.reportError(self._date_sentence(error), False)
            for rid, _day, _lonlat in points:
                refused[rid] = self.tr(
                    "Record {}: no declination is given and the IGRF cannot be used: {}"
                ).format(rid, self._date_sentence(error))
            return plans, refused
        for (rid, day, (lon, lat)), value in zip(points, values):
            how = self.tr("IGRF-14 at {:.4f}° {}, {:.4f}° {} on {}").format(
                abs(lat), "N" if lat >= 0 else "S", abs(lon), "E" if lon >= 0 else "W",
                day.on.isoformat(),
            )  # fmt: skip
            if day.month_only:
                how += self.tr(" (the record gives the month only: its 15th)")
            own = sum(1 for leg, _ in legs[rid] if leg.declination_deg is not None)
            if own:
                how += self.tr("; {} leg(s) with their own {}").format(own, LEG_DECLINATION)
            plans[rid] = _Declination(float(value), IGRF, float(value), how)
        return plans, refused

    def _igrf_input(self, rid, start, to_lonlat, core, feedback):
        """(refusal, date, (lon, lat)) of a magnetic record without a given declination."""
        if start.date is None:
            return (
                self.tr(
                    "Record {}: its bearings are magnetic but no declination is given: give "
                    "DECLINATION, a value in DECLINATION_FIELD, declination_deg on its legs, or "
                    "the record's date in DATE_FIELD (for the IGRF value)."
                ).format(rid),
                None,
                None,
            )
        if start.date_error is not None:
            return self._record_date_refusal(rid, start.date_error), None, None
        day = start.day
        if not core.IGRF_FIRST_DAY <= day.on < core.IGRF_END_DAY:
            return (
                self.tr(
                    "Record {}: its date {} is outside the IGRF (1900 to 2029): give the "
                    "declination printed on the record (DECLINATION or DECLINATION_FIELD)."
                ).format(rid, day.on.isoformat()),
                None,
                None,
            )
        x, y = start.xy
        try:
            lonlat = to_lonlat.transform(QgsPointXY(x, y))
            lon, lat = lonlat.x(), lonlat.y()
        except QgsCsException:
            lon = lat = math.nan
        if not (math.isfinite(lon) and math.isfinite(lat) and abs(lat) < 90 and abs(lon) <= 180):
            if not (math.isfinite(x) and math.isfinite(y)):
                return None, None, None
            return (
                self.tr(
                    "Record {}: its start point cannot be placed on the earth for the IGRF "
                    "declination."
                ).format(rid),
                None,
                None,
            )
        if not self._logged_lonlat:
            self.log_operation(to_lonlat, self.tr("Start points for the IGRF"), feedback)
            self._logged_lonlat = True
        return None, day, (lon, lat)

    def _record_date_refusal(self, rid, error) -> str:
        return self.tr("Record {}: {}").format(rid, self._date_sentence(error))

    def _date_sentence(self, error) -> str:
        value = _shown(error.value)
        sentences = {
            "date_not_date": self.tr("the record date {} is not a date.").format(value),
            "date_unreadable": self.tr(
                "the record date {} cannot be read: write 1993-06-15 or 15.06.1993 "
                "(day.month.year), or 1993-06 for a month."
            ).format(value),
            "date_ambiguous": self.tr(
                "the record date {} reads as day/month and as month/day: write 1993-06-15 or "
                "15.06.1993."
            ).format(value),
            "date_invalid": self.tr("the record date {} is not a day of the calendar.").format(
                value
            ),
            "date_incomplete": self.tr(
                "the record date {} is a year alone: give the month at least."
            ).format(value),
            "date_two_digit_year": self.tr(
                "the record date {} has a two-digit year: write all four digits."
            ).format(value),
            "date_in_future": self.tr("the record date {} is in the future.").format(value),
            "igrf_unavailable": self.tr(
                "the IGRF needs the Python package ppigrf (pip install ppigrf==2.1.0, with "
                "numpy and pandas): install it, or give the declination printed on the record."
            ),
        }
        return sentences.get(error.code, error.detail)

    # --- START as the survey_point layer of a database --------------------------------------

    def _complete_from_records(self, parameters, context, starts, feedback) -> None:
        """With START the survey_point layer of a land release database, each record's date,
        stored declination and document data come from its minefield_record row."""
        from ..storage import recording

        layer = self.parameterAsVectorLayer(parameters, self.START, context)
        db = recording.database_of(layer) if layer is not None else None
        records = programme.database_layer(db, MINEFIELD_RECORD) if db is not None else None
        if records is None:
            return
        names = [RECORD_ID, DECLINATION_DEG, DECLINATION_SOURCE, *RECORD_DATA_FIELDS]
        index = {n: records.fields().lookupField(n) for n in names}
        index = {n: i for n, i in index.items() if i >= 0}
        if RECORD_ID not in index:
            return
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
        request.setSubsetOfAttributes(sorted(index.values()))
        completed = 0
        for feature in records.getFeatures(request):
            values = {n: _python(feature.attribute(i)) for n, i in index.items()}
            found = starts.get(_record_id(values[RECORD_ID]))
            if not found or len(found) != 1:
                continue
            start = found[0]
            if start.date is None and values.get("record_date") is not None:
                _set_date(start, values["record_date"])
            source = values.get(DECLINATION_SOURCE)
            if (
                start.declination is None
                and values.get(DECLINATION_DEG) is not None
                and source in (ENTERED, FIELD)
            ):
                start.declination = values[DECLINATION_DEG]
                start.declination_source = source
                start.declination_how = self.tr("the record's stored declination ({})").format(
                    source
                )
            data_fields = Traverse._record_fields()
            for name in RECORD_DATA_FIELDS:
                if values.get(name) is not None and name not in start.data:
                    start.data[name] = _compatible(data_fields.field(name), values[name])
            completed += 1
        if completed:
            feedback.pushInfo(
                self.tr(
                    "{} record(s) completed from the database's minefield_record layer (date, "
                    "stored declination, document data)."
                ).format(completed)
            )

    # --- where the record is ----------------------------------------------------------------

    def _outside(self, rid, result, area, to_lonlat, feedback) -> bool:
        """True, with a warning, when a point of the record lies outside the programme's area."""
        if area is None:
            return False
        lonlats = []
        for p in result.points:
            try:
                point = to_lonlat.transform(QgsPointXY(p.x, p.y))
                lonlats.append((point.x(), point.y()))
            except QgsCsException:
                lonlats.append((math.nan, math.nan))
        if not self._logged_lonlat and any(math.isfinite(lon) for lon, _ in lonlats):
            self.log_operation(to_lonlat, self.tr("Points for the programme's area"), feedback)
            self._logged_lonlat = True
        inside = area.contains_many([lon for lon, _ in lonlats], [lat for _, lat in lonlats])
        if inside.all():
            return False
        far = max(
            (k for k in range(len(lonlats)) if not inside[k]),
            key=lambda k: _km_outside(area, *lonlats[k]),
        )
        lon, lat = lonlats[far]
        if math.isfinite(lon) and math.isfinite(lat):
            where = self.tr("seq {} at {:.5f}° {}, {:.5f}° {}, about {:.1f} km outside").format(
                result.points[far].seq, abs(lat), "N" if lat >= 0 else "S",
                abs(lon), "E" if lon >= 0 else "W", _km_outside(area, lon, lat),
            )  # fmt: skip
        else:
            where = self.tr("seq {}, which cannot be placed on the earth").format(
                result.points[far].seq
            )
        feedback.pushWarning(
            self.tr(
                "Record {}: {} of its {} points lie outside the programme's area ({}); the "
                "farthest is {}. It is written with outside_area true: check its start point "
                "and legs."
            ).format(rid, int((~inside).sum()), len(lonlats), programme.area_text(area), where)
        )
        return True

    # --- records ----------------------------------------------------------------------------

    def _record_problem(self, rid, starts, legs) -> str | None:
        """Why a record cannot be computed before its legs are read, or None."""
        width = model.layer("minefield_record").field("record_id").length
        if len(str(rid)) > width:
            return self.tr(
                "Record {}: its record_id has {} characters; record_id holds {}: shorten it."
            ).format(convert.short_text(rid), len(rid), width)
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

    def _report(self, feedback, rid, result, plan, ok, tolerance):
        if plan is not None:
            feedback.pushInfo(
                self.tr("Record {}: magnetic declination {:+.2f}° east, source {} ({}).").format(
                    rid, plan.shown, plan.source, plan.how
                )
            )
        if result.adjust_code == "no_closing_leg":
            last = result.perimeter[-1]
            feedback.pushWarning(
                self.tr(
                    "Record {}: not adjusted: no closing end leg (its last perimeter point, "
                    "seq {}, is a {} point); the points are as recorded."
                ).format(rid, last.seq, last.point_type)
            )
        closure_error = round(result.closure_error_m, 3)
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

    # --- messages ---------------------------------------------------------------------------

    def _sentences(self) -> dict[str, str]:
        """A sentence for each core.traverse error code; {seq}, {value}, {typed}, {unit},
        {full}."""
        return {
            "missing_start": self.tr(
                "the start point cannot be placed (no usable coordinates in the working CRS)."
            ),
            "too_few_points": self.tr(
                "{value} perimeter point(s) (start, turning, intermediate, end): a polygon "
                "needs at least 3 distinct points."
            ),
            "bearing_missing": self.tr("the bearing is missing."),
            "bearing_not_numeric": self.tr(
                "the bearing {typed} cannot be read in {unit}: write it as {forms}."
            ),
            "bearing_out_of_range": self.tr(
                "the bearing {typed} is outside 0 to {full} {unit} (the full circle itself is "
                "written 0)."
            ),
            "bearing_too_long": self.tr("the bearing text is too long: write one bearing."),
            "bearing_negative": self.tr(
                "the bearing {typed} is negative: bearings go clockwise from north, 0 to {full} "
                "{unit}."
            ),
            "bearing_decimal_not_last": self.tr(
                "in the bearing {typed} a part before the last has decimals: only the last part "
                "may have them."
            ),
            "bearing_minutes_seconds": self.tr(
                "in the bearing {typed} the minutes or seconds are 60 or more."
            ),
            "bearing_dms_order": self.tr(
                "the bearing {typed} does not give degrees, minutes and seconds in that order: "
                "write 45°30'36\" or 45 30 36."
            ),
            "bearing_quadrant_range": self.tr(
                "the quadrant bearing {typed} has an angle above 90°: write it from N or S "
                "towards E or W, 0 to 90°."
            ),
            "bearing_soviet_form": self.tr(
                "the bearing {typed} is written like Soviet mils (12-50 = 1250 mils of 6000): "
                "the record's unit is probably mil6000, not {unit}."
            ),
            "bearing_bad_soviet_form": self.tr(
                "the bearing {typed} is not Soviet mils: write hundreds, a hyphen and exactly "
                "two digits (12-50 is 1250 mils, 0-75 is 75)."
            ),
            "bearing_unit_mismatch": self.tr(
                "the bearing {typed} is written in degrees but the unit is {unit}: correct the "
                "unit or the bearing."
            ),
            "bearing_ambiguous": self.tr(
                "the bearing {typed} could have a decimal or a thousands separator: write it "
                "without the separator."
            ),
            "distance_missing": self.tr("the distance is missing."),
            "distance_not_numeric": self.tr("the distance {value} is not a number."),
            "negative_distance": self.tr("the distance {value} m is negative."),
            "distance_too_long": self.tr(
                "the distance {value} m is longer than any leg of a minefield record (50 km at "
                "most): check the number and its unit."
            ),
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
            "declination_missing": self.tr(
                "leg {value} is magnetic but no declination is given: give DECLINATION, "
                "DECLINATION_FIELD, declination_deg on the leg, or the record's date."
            ),
            "bad_crs": self.tr(
                "the working CRS cannot be used for true or magnetic bearings ({value})."
            ),
        }

    def _error_text(self, rid, error, legs, default_unit) -> str:
        from ..core.traverse import FULL_CIRCLE

        unit, typed = default_unit, error.value
        for leg, (bearing, _distance) in legs:
            if error.seq is not None and _same_seq(leg.seq, error.seq):
                unit = str(leg.unit).strip().lower() if _blank_none(leg.unit) else unit
                typed = bearing
        sentence = self._sentences().get(error.code)
        if sentence is None:  # a code newer than this adapter: the core's own words
            sentence = error.detail
        else:
            sentence = sentence.format(
                seq=error.seq,
                value=_shown(error.value),
                typed=_shown(typed),
                unit=self._unit_name(unit),
                full=_number_text(FULL_CIRCLE.get(unit, "")),
                forms=self._forms(unit),
            )
        if error.seq is None:
            return self.tr("Record {record}: {problem}").format(record=rid, problem=sentence)
        return self.tr("Record {record}, leg {seq}: {problem}").format(
            record=rid, seq=error.seq, problem=sentence
        )

    def _unit_name(self, unit: str) -> str:
        return {
            "deg": self.tr("degrees"),
            "mil6400": self.tr("mils (6400)"),
            "mil6000": self.tr("mils (6000)"),
            "gon": self.tr("gon"),
        }.get(unit, unit)

    def _forms(self, unit: str) -> str:
        return {
            "deg": "45, 45.5, 45,5, 45°30', 45°30'36\", 45 30 36, N45E, S30°W",
            "mil6400": "1333, 1333.5",
            "mil6000": "12-50, 0-75, 1250",
            "gon": "83.33, 83,33",
        }.get(unit, "")

    # --- outputs ----------------------------------------------------------------------------

    @staticmethod
    def _record_fields():
        fields = convert.model_fields("minefield_record")
        for name in ("area_m2", "perimeter_m", "closure_ratio"):
            fields.append(QgsField(name, _REAL))
        for name in ("closure_ok", "adjusted", OUTSIDE_AREA):
            fields.append(QgsField(name, _BOOL))
        return fields

    @staticmethod
    def _point_fields():
        fields = convert.model_fields("survey_point")
        fields.append(convert.model_fields("minefield_record").field(RECORD_ID))
        for name in ("easting", "northing"):
            fields.append(QgsField(name, _REAL))
        fields.append(QgsField(OUTSIDE_AREA, _BOOL))
        return fields


class _StartReader:
    """The START points by record: one per record_id, or with owner_id (the survey_point
    layer) the first point of each record that has legs."""

    def __init__(self, algorithm, source, id_field, declination_field, date_field):
        self.algorithm, self.source, self.id_field = algorithm, source, id_field
        self.declination_field, self.date_field = declination_field, date_field

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

    def read(self, legs, out_crs, crs, context, feedback) -> dict[str, list]:
        """record_id -> [_Start] in the order of START (more than one is an error)."""
        wanted = self._wanted()
        request = QgsFeatureRequest()
        request.setSubsetOfAttributes(sorted(set(wanted.values())))
        to_work = self.algorithm._transform(out_crs, crs, context)
        logged = False
        data_fields = Traverse._record_fields()
        starts: dict[str, list] = {}
        for feature in self.source.getFeatures(request):
            values = {k: _python(feature.attribute(i)) for k, i in wanted.items()}
            rid = _record_id(values["id"])
            if rid is None:
                continue  # a point that names no record starts none
            if self.id_field == OWNER_ID and not self._first_point_of_a_record(rid, values, legs):
                continue
            start = self._start(feature, values, out_crs, to_work, data_fields)
            if not logged and math.isfinite(start.xy[0]):
                self.algorithm.log_operation(to_work, self.algorithm.tr("START"), feedback)
                logged = True
            starts.setdefault(rid, []).append((values.get(SEQ), start))
        return {rid: self._first(found) for rid, found in starts.items()}

    def _first_point_of_a_record(self, rid, values, legs) -> bool:
        point_type = values.get(POINT_TYPE)
        kind = point_type.strip().lower() if isinstance(point_type, str) else None
        return rid in legs and kind in FIRST_POINT_TYPES

    def _first(self, found: list) -> list:
        """A record's START points; with owner_id only those of the lowest seq."""
        if self.id_field != OWNER_ID:
            return [start for _seq, start in found]
        seqs = [_seq_number(seq) for seq, _start in found]
        lowest = min(seqs)
        return [start for (_seq, start), s in zip(found, seqs) if s == lowest]

    def _start(self, feature, values, out_crs, to_work, data_fields) -> _Start:
        start = _Start()
        geometry = feature.geometry()
        count = 0 if geometry.isNull() else geometry.constGet().nCoordinates()
        start.parts = count
        vertex = geometry.vertexAt(0) if count == 1 else None
        if vertex is not None and math.isfinite(vertex.x()) and math.isfinite(vertex.y()):
            point = QgsPointXY(vertex.x(), vertex.y())  # QgsPointXY(QgsPoint) makes NaN 0, 0
            digits = 7 if out_crs.isGeographic() else 3
            x, y = (_number_text(round(v, digits)) for v in (point.x(), point.y()))
            start.entered_as = f"{out_crs.authid() or out_crs.description()} {x} {y}"
            try:
                work = to_work.transform(point)
                start.xy = (work.x(), work.y())
            except QgsCsException:
                start.xy = (math.nan, math.nan)
        typed = values.get(ENTERED_AS)
        if isinstance(typed, str) and typed.strip():
            start.entered_as = typed.strip()
        start.point_type = values.get(POINT_TYPE)
        start.declination = _blank_none(values.get("declination"))
        _set_date(start, values.get("date"))
        for key, value in values.items():
            if key.startswith("data:") and value is not None:
                name = key[5:]
                start.data[name] = _compatible(data_fields.field(name), value)
        return start


class _Writer:
    """Writes a computed record to OUTPUT and its points to OUTPUT_POINTS."""

    def __init__(self, algorithm, output, output_points, context, feedback):
        self.algorithm, self.feedback = algorithm, feedback
        self.sink, self.fields = output
        self.point_sink, self.point_fields = output_points
        self.back = self.area = None

    def set_crs(self, crs, out_crs, context) -> None:
        """Points come in ``crs`` (the working CRS) and are written in ``out_crs``."""
        self.back = None if crs == out_crs else self.algorithm._transform(crs, out_crs, context)
        self.area = convert.distance_area(crs, context)

    def write(self, rid, start, legs, result, plan, outside, tolerance) -> bool:
        """Write the record; True when its closure error is within ``tolerance``."""
        from ..qgis_io import geometry as geo

        closure_error = round(result.closure_error_m, 3)
        ok = closure_error <= tolerance
        polygon = geo.to_qgs(result.polygon)
        if not result.polygon.is_valid:
            self.feedback.pushWarning(
                self.algorithm.tr(
                    "Record {}: the polygon crosses itself as recorded; it is written as is: "
                    "check the legs."
                ).format(rid)
            )
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
        names = self.point_fields.names()
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
                "declination_deg": None if plan is None else plan.shown,
                "declination_source": None if plan is None else plan.source,
                OUTSIDE_AREA: outside,
            }
            feature = QgsFeature(self.point_fields)
            feature.setAttributes([values.get(name) for name in names])
            feature.setGeometry(self._back(QgsGeometry.fromPointXY(QgsPointXY(p.x, p.y))))
            features.append(feature)
        self.point_sink.addFeatures(features, QgsFeatureSink.FastInsert)


def _set_date(start: _Start, value) -> None:
    """The record's date on ``start``: as read, as a RecordDate, or why it was refused."""
    start.date = _date_value(value)
    if start.date is None:
        return
    from ..core.traverse import DeclinationError, parse_record_date

    try:
        start.day = parse_record_date(start.date, today=datetime.date.today())
    except DeclinationError as error:
        start.date_error = error


def _python(value):
    """NULL QVariants as None."""
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    return value


def _blank_none(value):
    """None for NULL and blank text, else the value."""
    value = _python(value)
    if isinstance(value, str) and not value.strip():
        return None
    return value


def _date_value(value):
    """A DATE_FIELD value as Python: a date, or the text as written; None when empty."""
    value = _blank_none(value)
    if isinstance(value, QDateTime):
        value = value.date() if value.isValid() else None
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    return value


def _north(leg, default: str) -> str:
    north = _blank_none(leg.north)
    return north.strip().lower() if isinstance(north, str) else default


def _number(value) -> float:
    """A declination as a number ("5,4" is 5.4); NaN when it is none (the core refuses it)."""
    if isinstance(value, str):
        value = value.strip().replace(",", ".")
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


def _seq_number(value) -> float:
    """A survey point's seq for ordering: NULL is 0 (the first point), text that is no number
    comes last."""
    if value is None:
        return 0.0
    number = _number(value)
    return number if math.isfinite(number) else math.inf


def _km_outside(area, lon: float, lat: float) -> float:
    """About how far (km) a point lies outside the box of ``area``; inf when not finite."""
    if not (math.isfinite(lon) and math.isfinite(lat)):
        return math.inf
    dlon = max(area.west - lon, 0.0, lon - area.east)
    dlat = max(area.south - lat, 0.0, lat - area.north)
    km_per_degree = 111.32
    return math.hypot(dlon * km_per_degree * math.cos(math.radians(lat)), dlat * km_per_degree)


def _datum(crs: QgsCoordinateReferenceSystem) -> str:
    """The name of the datum of ``crs`` (PROJ's), or its description when PROJ cannot say."""
    from pyproj import CRS

    try:
        return CRS.from_user_input(_pyproj_crs(crs)).datum.name
    except Exception:  # noqa: BLE001 - pyproj raises several kinds for odd CRSs
        return crs.description()


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
    if isinstance(value, (datetime.date, QDate)):
        return str(value)
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
