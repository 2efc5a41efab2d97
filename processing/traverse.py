"""landrelease:traverse: minefield records (bearings and distances) to polygons (DESIGN §5.4).

The algorithm reads its parameters, the legs and the start points (qgis_io/traverse_input,
storage/stored_records), chooses each magnetic record's declination (traverse_declination),
computes each record (core.traverse) and writes it (qgis_io/traverse_output); what it tells the
officer is in traverse_messages."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsWkbTypes,
)

from ..qgis_io import convert
from ..qgis_io.traverse_input import (
    DATE_TYPES,
    DEFAULT_DATE_FIELD,
    OWNER_ID,
    REQUIRED_LEG_FIELDS,
    SEQ,
    start_id_field,
    strict_transform,
)
from ..qgis_io.values import is_null
from ..storage import programme
from . import inputs
from . import parameters as p
from .algorithm import LandReleaseAlgorithm
from .traverse_messages import (
    OperationLog,
    crossing_warning,
    error_text,
    record_problem,
    report_record,
)

WGS84 = "EPSG:4326"
CHUNK = 4096  # records computed and written together


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

    def parameter_table(self):
        units = [
            self.tr("Degrees (360)"),
            self.tr("Mils (6400)"),
            self.tr("Mils (6000)"),
            self.tr("Gon (400)"),
        ]
        norths = [self.tr("Grid"), self.tr("True"), self.tr("Magnetic")]
        adjustments = [self.tr("None (as recorded)"), self.tr("Bowditch (compass rule)")]
        return [
            p.source(self.LEGS, self.tr("Traverse legs"), p.VECTOR),
            p.source(
                self.START,
                self.tr("Start points (reference point or benchmark of each record)"),
                p.POINTS,
            ),
            p.choice(self.ANGLE_UNIT, self.tr("Bearing unit (where a leg has none)"), units),
            p.choice(self.NORTH, self.tr("North reference (where a leg has none)"), norths),
            p.number(
                self.DECLINATION,
                self.tr("Magnetic declination (degrees, east positive; empty: per record)"),
                None,
                -179.999999,
                179.999999,
                optional=True,
            ),
            p.field(
                self.DECLINATION_FIELD, self.tr("Declination field of the start points"), self.START
            ),
            p.field(
                self.DATE_FIELD,
                self.tr("Record date field of the start points (for the IGRF declination)"),
                self.START,
                DEFAULT_DATE_FIELD,
            ),
            p.choice(self.ADJUST, self.tr("Adjustment"), adjustments),
            p.distance(self.CLOSURE_TOLERANCE, self.tr("Closure tolerance (m)"), 5.0),
            p.sink(self.OUTPUT, self.tr("Minefield records"), p.POLYGONS),
            p.sink(self.OUTPUT_POINTS, self.tr("Traverse points"), p.POINTS, optional=True),
            p.count(self.RECORDS, self.tr("Records computed")),
            p.count(self.FAILED, self.tr("Records that failed")),
            p.count(self.OUT_OF_TOLERANCE, self.tr("Records beyond the closure tolerance")),
        ]

    # --- what the dialog can judge before the run ------------------------------------------

    def check_parameters(self, parameters, context):
        legs = self.parameterAsSource(parameters, self.LEGS, context)
        if legs is not None:
            self._check_legs(legs)
        start = self.parameterAsSource(parameters, self.START, context)
        if start is not None:
            self._check_start(start)
            self._start_field(parameters, self.DECLINATION_FIELD, start, context)
            self._date_field(parameters, start, context)
        self._declination_parameter(parameters, context)
        tolerance = self.parameterAsDouble(parameters, self.CLOSURE_TOLERANCE, context)
        if not math.isfinite(tolerance) or tolerance < 0:
            raise QgsProcessingException(self.tr("CLOSURE_TOLERANCE cannot be negative."))

    def _check_legs(self, source) -> None:
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

    def _check_start(self, source) -> None:
        """START is a point layer whose points name their record (record_id, else owner_id)."""
        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.PointGeometry:
            raise QgsProcessingException(
                self.tr("START must be a point layer (it holds {} geometries).").format(
                    QgsWkbTypes.displayString(source.wkbType())
                )
            )
        if start_id_field(source) is None:
            raise QgsProcessingException(
                self.tr(
                    "START has no field record_id (nor owner_id, as the survey_point layer "
                    "has): each start point must name its record."
                )
            )
        if source.featureCount() == 0:
            raise QgsProcessingException(self.tr("START has no features."))

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
        if is_null(value) or value == "":
            return None
        declination = self.parameterAsDouble(parameters, self.DECLINATION, context)
        if not math.isfinite(declination) or abs(declination) >= 180.0:
            raise QgsProcessingException(
                self.tr("DECLINATION must be between -180 and 180 degrees (east positive).")
            )
        return declination

    # --- main -------------------------------------------------------------------------------

    def processAlgorithm(self, parameters, context, feedback):
        legs_source = self.required_source(parameters, self.LEGS, context)
        start_source = self.required_source(parameters, self.START, context)
        out_crs = start_source.sourceCrs()
        # A record whose START point is NaN or infinite is refused by id below: the working CRS
        # comes from the other points.
        crs = convert.working_crs(out_crs, convert.finite_extent(start_source), context, feedback)
        feedback.pushInfo(self.tr("Working CRS: {}").format(crs.authid() or crs.description()))
        operations = OperationLog(feedback)
        legs_layer = inputs.source_layer(self, parameters, self.LEGS, context)
        legs = self._read_legs(legs_source, feedback, legs_layer)
        if feedback.isCanceled():
            return {}
        starts = self._read_starts(parameters, context, start_source, legs, crs, operations)
        record_ids = list(starts) + [rid for rid in legs if rid not in starts]
        area = self._programme_area(parameters, context, start_source, feedback)
        to_lonlat = strict_transform(crs, QgsCoordinateReferenceSystem(WGS84), context)
        outputs = self._sinks(parameters, context, crs, out_crs)
        declinations = self._declinations(parameters, context, to_lonlat, operations)
        plans, refused = declinations.plan(record_ids, starts, legs, feedback)
        records = _Records(record_ids, starts, legs, plans, refused, area, to_lonlat)
        counts = self._compute(parameters, context, feedback, records, crs, outputs, operations)
        if counts is None:
            return {}
        computed, failed, beyond = counts
        tolerance = self.parameterAsDouble(parameters, self.CLOSURE_TOLERANCE, context)
        feedback.pushInfo(
            self.tr(
                "{} record(s) computed, {} failed, {} beyond the closure tolerance of {:g} m."
            ).format(computed, failed, beyond, tolerance)
        )
        feedback.setProgress(100)
        results = {self.RECORDS: computed, self.FAILED: failed, self.OUT_OF_TOLERANCE: beyond}
        return {**results, **outputs.destinations}

    # --- reading ----------------------------------------------------------------------------

    def _stored_texts(
        self, layer, names, parameter, feedback, dates=()
    ) -> dict[int, dict[str, str]]:
        """Text another program stored in the number fields ``names`` of a GeoPackage input
        ('12-50' in bearing: QGIS would read 12), and in its date fields ``dates`` where it is
        no date (QGIS: NULL), to be read as written; a warning naming ``parameter`` when it
        cannot be looked at."""
        from ..storage.stored_numbers import StoredValuesError, stored_texts

        if layer is None:
            return {}
        try:
            return stored_texts(layer, names, dates)
        except StoredValuesError as error:
            self._tell_unchecked(parameter, error, feedback)
            return {}

    def _tell_unchecked(self, parameter: str, error, feedback) -> None:
        feedback.pushWarning(
            self.tr(
                "{}: the stored values of {} could not be looked at ({}): a number field "
                "holding text written by another program is read as QGIS reads it."
            ).format(parameter, error.path, error)
        )

    def _read_legs(self, source, feedback, layer=None) -> dict[str, list]:
        """record_id -> [(core Leg, (bearing, distance) as typed)], in reading order; ``layer``
        the layer behind LEGS (a GeoPackage table is read in bulk)."""
        from ..qgis_io.traverse_input import read_legs

        texts = self._stored_texts(layer, _LEG_NUMBER_FIELDS, self.LEGS, feedback)
        legs = read_legs(source, feedback.isCanceled, layer, texts)
        if legs.unreadable:
            raise QgsProcessingException(
                self.tr(
                    "LEGS: the record_id of {} leg(s) holds characters that could not be read "
                    "(�): {}. The file is not in the encoding QGIS read it with: save it as "
                    "UTF-8, or set the layer's encoding (Properties, Source)."
                ).format(len(legs.unreadable), convert.listed(legs.unreadable))
            )
        if legs.without_id:
            feedback.pushWarning(
                self.tr("{} leg(s) without record_id left out.").format(legs.without_id)
            )
        return legs.by_record

    def _read_starts(self, parameters, context, source, legs, crs, operations) -> dict:
        """record_id -> [RecordStart]; with START the survey_point layer of a land release
        database, each record's date, stored declination and document data come from its
        minefield_record row."""
        from ..qgis_io.traverse_input import StartReader

        id_field = start_id_field(source)
        reader = StartReader(
            source,
            id_field,
            self._start_field(parameters, self.DECLINATION_FIELD, source, context),
            self._date_field(parameters, source, context),
        )
        to_work = strict_transform(source.sourceCrs(), crs, context)
        layer = inputs.source_layer(self, parameters, self.START, context)
        numbers = (SEQ, reader.declination_field)
        starts = reader.read(
            legs,
            to_work,
            self._stored_texts(
                layer, numbers, self.START, operations.feedback, (reader.date_field,)
            ),
        )
        if reader.placed:
            operations.tell(to_work, self.START)
        if id_field == OWNER_ID:
            from ..storage.stored_numbers import StoredValuesError
            from ..storage.stored_records import complete_starts

            try:
                completed = complete_starts(layer, starts)
            except StoredValuesError as error:
                self._tell_unchecked("minefield_record", error, operations.feedback)
                completed = complete_starts(layer, starts, read_texts=False)
            if completed:
                operations.feedback.pushInfo(
                    self.tr(
                        "{} record(s) completed from the database's minefield_record layer "
                        "(date, stored declination, document data)."
                    ).format(completed)
                )
        return starts

    def _programme_area(self, parameters, context, source, feedback):
        """The programme's area (START's districts, else its CRS's area of use), or None."""
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

    def _declinations(self, parameters, context, to_lonlat, operations):
        from ..core.traverse import NORTHS
        from .traverse_declination import RecordDeclinations

        north = NORTHS[self.parameterAsEnum(parameters, self.NORTH, context)]
        return RecordDeclinations(
            north,
            self._declination_parameter(parameters, context),
            self.parameterAsString(parameters, self.DECLINATION_FIELD, context) or None,
            to_lonlat,
            operations,
        )

    # --- writing ----------------------------------------------------------------------------

    def _sinks(self, parameters, context, crs, out_crs) -> _Outputs:
        """OUTPUT and OUTPUT_POINTS (optional) in the CRS of START, and their writer."""
        from ..qgis_io.traverse_output import RecordWriter, point_fields, record_fields

        fields = record_fields()
        sink, dest_id = self.output_sink(
            parameters, self.OUTPUT, context, fields, QgsWkbTypes.Polygon, out_crs
        )
        points = point_fields()
        point_sink, points_id = self.parameterAsSink(
            parameters, self.OUTPUT_POINTS, context, points, QgsWkbTypes.Point, out_crs
        )
        writer = RecordWriter((sink, fields), (point_sink, points), crs, out_crs, context)
        destinations = {self.OUTPUT: dest_id}
        if point_sink is not None:
            destinations[self.OUTPUT_POINTS] = points_id
        return _Outputs(writer, destinations)

    # --- records ----------------------------------------------------------------------------

    def _compute(self, parameters, context, feedback, records, crs, outputs, operations):
        """Compute and write every record: (computed, failed, beyond the tolerance), None when
        cancelled. One bad record is reported by id and never stops the others. Records are
        computed and written CHUNK at a time; what is told of them is told record by record,
        in order."""
        from ..core import traverse as core
        from ..qgis_io.traverse_input import pyproj_crs

        unit = core.ANGLE_UNITS[self.parameterAsEnum(parameters, self.ANGLE_UNIT, context)]
        tolerance = self.parameterAsDouble(parameters, self.CLOSURE_TOLERANCE, context)
        settings = {
            "unit": unit,
            "north": core.NORTHS[self.parameterAsEnum(parameters, self.NORTH, context)],
            "adjust": self.parameterAsEnum(parameters, self.ADJUST, context) == 1,
            "crs": pyproj_crs(crs),
            "closed_tolerance_m": tolerance,
        }
        counts = [0, 0, 0]  # computed, failed, beyond
        for begin in range(0, len(records.ids), CHUNK):
            chunk = records.ids[begin : begin + CHUNK]
            done = self._compute_chunk(
                feedback, records, chunk, begin, settings, outputs, operations, counts
            )
            outputs.writer.flush()
            if not done:
                return None
        return tuple(counts)

    def _compute_chunk(
        self, feedback, records, chunk, begin, settings, outputs, operations, counts
    ):
        """Compute, tell and keep the records of ``chunk``; False when cancelled."""
        import shapely

        from ..core import traverse as core

        problems = {rid: records.problem(rid) for rid in chunk}
        wanted = [rid for rid in chunk if not problems[rid]]
        results = dict(zip(wanted, core.compute_traverses(
            [self._traverse_record(records, rid) for rid in wanted], **settings
        )))  # fmt: skip
        computed = [rid for rid in wanted if not isinstance(results[rid], core.TraverseError)]
        lonlats = self._lonlats(computed, results, records)
        valid = dict(zip(computed, shapely.is_valid([results[rid].polygon for rid in computed])))
        tolerance, total = settings["closed_tolerance_m"], len(records.ids)
        for k, rid in enumerate(chunk, begin):
            if feedback.isCanceled():
                return False
            feedback.setProgress(100.0 * k / total)
            if problems[rid]:
                feedback.reportError(problems[rid], False)
                counts[1] += 1
                continue
            result, legs = results[rid], records.legs[rid]
            if isinstance(result, core.TraverseError):
                feedback.reportError(error_text(rid, result, legs, settings["unit"]), False)
                counts[1] += 1
                continue
            outside = self._outside(rid, result, lonlats.get(rid), records, operations, feedback)
            if not valid[rid]:
                feedback.pushWarning(crossing_warning(rid))
            start, plan = records.starts[rid][0], records.plans.get(rid)
            declination = None if plan is None else plan.declination
            ok = outputs.writer.write(rid, start, legs, result, declination, outside, tolerance)
            counts[0] += 1
            counts[2] += not ok
            report_record(feedback, rid, result, plan, ok, tolerance)
        return True

    @staticmethod
    def _traverse_record(records, rid):
        from ..core import traverse as core

        start, plan = records.starts[rid][0], records.plans.get(rid)
        return core.TraverseRecord(
            start.xy,
            [leg for leg, _typed in records.legs[rid]],
            None if plan is None else plan.declination.value,
            start.point_type or "reference",
        )

    @staticmethod
    def _lonlats(computed, results, records) -> dict:
        """record_id -> the longitudes and latitudes of its points (NaN where they cannot be
        placed), the points of all ``computed`` records transformed together."""
        if records.area is None or not computed:
            return {}
        from ..qgis_io.traverse_input import transform_points

        xs = [p.x for rid in computed for p in results[rid].points]
        ys = [p.y for rid in computed for p in results[rid].points]
        lons, lats = transform_points(records.to_lonlat, xs, ys)
        inside = records.area.contains_many(lons, lats)
        sizes = [len(results[rid].points) for rid in computed]
        starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
        all_inside = np.logical_and.reduceat(inside, starts).tolist()
        any_placed = np.logical_or.reduceat(np.isfinite(lons), starts).tolist()
        out = {}
        for rid, begin, size, inside_all, placed in zip(
            computed, starts.tolist(), sizes, all_inside, any_placed
        ):
            end = begin + size
            out[rid] = (lons[begin:end], lats[begin:end], inside[begin:end], inside_all, placed)
        return out

    def _outside(self, rid, result, lonlats, records, operations, feedback) -> bool:
        """True, with a warning, when a point of the record lies outside the programme's area."""
        area = records.area
        if area is None:
            return False
        lons, lats, inside, inside_all, placed = lonlats
        if placed:
            what = self.tr("Points for the programme's area")
            operations.tell_lonlat_once(records.to_lonlat, what)
        if inside_all:
            return False
        far = max(
            (k for k in range(len(lons)) if not inside[k]),
            key=lambda k: _km_outside(area, float(lons[k]), float(lats[k])),
        )
        feedback.pushWarning(
            self.tr(
                "Record {}: {} of its {} points lie outside the programme's area ({}); the "
                "farthest is {}. It is written with outside_area true: check its start point "
                "and legs."
            ).format(
                rid, int((~inside).sum()), len(lons), programme.area_text(area),
                self._farthest(result.points[far].seq, float(lons[far]), float(lats[far]), area),
            )
        )  # fmt: skip
        return True

    def _farthest(self, seq, lon, lat, area) -> str:
        if math.isfinite(lon) and math.isfinite(lat):
            return self.tr("seq {} at {:.5f}° {}, {:.5f}° {}, about {:.1f} km outside").format(
                seq, abs(lat), "N" if lat >= 0 else "S",
                abs(lon), "E" if lon >= 0 else "W", _km_outside(area, lon, lat),
            )  # fmt: skip
        return self.tr("seq {}, which cannot be placed on the earth").format(seq)


@dataclass
class _Outputs:
    writer: object  # qgis_io.traverse_output.RecordWriter
    destinations: dict  # output name -> destination id


@dataclass
class _Records:
    """What is known of every record before it is computed."""

    ids: list  # in START's order, then those with legs but no start point
    starts: dict  # record_id -> [RecordStart]
    legs: dict  # record_id -> [(Leg, typed)]
    plans: dict  # record_id -> RecordPlan (magnetic records)
    refused: dict  # record_id -> why its declination cannot be had
    area: object  # the programme's area (core.area.ProgrammeArea) or None
    to_lonlat: object  # working CRS -> WGS 84

    def problem(self, rid) -> str | None:
        """Why record ``rid`` cannot be computed, or None."""
        found = record_problem(rid, self.starts.get(rid, []), self.legs.get(rid, []))
        return found or self.refused.get(rid)


def _km_outside(area, lon: float, lat: float) -> float:
    """About how far (km) a point lies outside the box of ``area``; inf when not finite."""
    if not (math.isfinite(lon) and math.isfinite(lat)):
        return math.inf
    dlon = max(area.west - lon, 0.0, lon - area.east)
    dlat = max(area.south - lat, 0.0, lat - area.north)
    km_per_degree = 111.32
    return math.hypot(dlon * km_per_degree * math.cos(math.radians(lat)), dlat * km_per_degree)


# The number fields of LEGS whose stored text (another program's) is read as written.
_LEG_NUMBER_FIELDS = ("seq", "bearing", "distance_m", "declination_deg")
