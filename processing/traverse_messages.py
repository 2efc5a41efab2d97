"""What ``landrelease:traverse`` tells the officer, in one place and in the interface language
(context "Traverse", as the algorithm): the refusal of a record by the code of its core error,
the record dates, why a record cannot be computed, each record's report, and which coordinate
operation converted the points."""

from __future__ import annotations

import datetime

from qgis.PyQt.QtCore import QCoreApplication, QDate

from ..core import model
from ..qgis_io import convert
from ..qgis_io.traverse_input import datum_name, number_text
from ..qgis_io.values import blank_none

BEARING_FORMS = {
    "deg": "45, 45.5, 45,5, 45°30', 45°30'36\", 45 30 36, N45E, S30°W",
    "mil6400": "1333, 1333.5",
    "mil6000": "12-50, 0-75, 1250",
    "gon": "83.33, 83,33",
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Traverse", text)


# --- a record refused by the core -------------------------------------------------------------


def error_text(rid, error, legs, default_unit: str) -> str:
    """The refusal of record ``rid`` for ``error`` (a core.traverse.TraverseError), with the
    bearing as typed on its leg and in the leg's unit."""
    from ..core.traverse import FULL_CIRCLE

    unit, typed = default_unit, error.value
    for leg, (bearing, _distance) in legs:
        if error.seq is not None and _same_seq(leg.seq, error.seq):
            unit = str(leg.unit).strip().lower() if blank_none(leg.unit) else unit
            typed = bearing
    sentence = _sentences().get(error.code)
    if sentence is None:  # a code newer than this adapter: the core's own words
        sentence = error.detail
    else:
        sentence = sentence.format(
            seq=error.seq,
            value=shown(error.value),
            typed=shown(typed),
            unit=unit_name(unit),
            full=number_text(FULL_CIRCLE.get(unit, "")),
            forms=BEARING_FORMS.get(unit, ""),
        )
    if error.seq is None:
        return tr("Record {record}: {problem}").format(record=rid, problem=sentence)
    return tr("Record {record}, leg {seq}: {problem}").format(
        record=rid, seq=error.seq, problem=sentence
    )


def _sentences() -> dict[str, str]:
    """A sentence for each core.traverse error code; {seq}, {value}, {typed}, {unit},
    {full}, {forms}."""
    return {
        **_bearing_sentences(),
        **_distance_sentences(),
        **_leg_sentences(),
        **_record_sentences(),
    }


def _bearing_sentences() -> dict[str, str]:
    """The bearing as written: missing, unreadable, outside its circle, in the wrong form."""
    return {
        "bearing_missing": tr("the bearing is missing."),
        "bearing_not_numeric": tr(
            "the bearing {typed} cannot be read in {unit}: write it as {forms}."
        ),
        "bearing_out_of_range": tr(
            "the bearing {typed} is outside 0 to {full} {unit} (the full circle itself is "
            "written 0)."
        ),
        "bearing_too_long": tr("the bearing text is too long: write one bearing."),
        "bearing_negative": tr(
            "the bearing {typed} is negative: bearings go clockwise from north, 0 to {full} {unit}."
        ),
        "bearing_decimal_not_last": tr(
            "in the bearing {typed} a part before the last has decimals: only the last part "
            "may have them."
        ),
        "bearing_minutes_seconds": tr(
            "in the bearing {typed} the minutes or seconds are 60 or more."
        ),
        "bearing_dms_order": tr(
            "the bearing {typed} does not give degrees, minutes and seconds in that order: "
            "write 45°30'36\" or 45 30 36."
        ),
        "bearing_quadrant_range": tr(
            "the quadrant bearing {typed} has an angle above 90°: write it from N or S "
            "towards E or W, 0 to 90°."
        ),
        "bearing_soviet_form": tr(
            "the bearing {typed} is written like Soviet mils (12-50 = 1250 mils of 6000): "
            "the record's unit is probably mil6000, not {unit}."
        ),
        "bearing_bad_soviet_form": tr(
            "the bearing {typed} is not Soviet mils: write hundreds, a hyphen and exactly "
            "two digits (12-50 is 1250 mils, 0-75 is 75)."
        ),
        "bearing_unit_mismatch": tr(
            "the bearing {typed} is written in degrees but the unit is {unit}: correct the "
            "unit or the bearing."
        ),
        "bearing_ambiguous": tr(
            "the bearing {typed} could have a decimal or a thousands separator: write it "
            "without the separator."
        ),
    }


def _distance_sentences() -> dict[str, str]:
    """The distance of a leg: missing, not a number, negative, too long."""
    return {
        "distance_missing": tr("the distance is missing."),
        "distance_not_numeric": tr("the distance {value} is not a number."),
        "negative_distance": tr("the distance {value} m is negative."),
        "distance_too_long": tr(
            "the distance {value} m is longer than any leg of a minefield record (50 km at "
            "most): check the number and its unit."
        ),
    }


def _leg_sentences() -> dict[str, str]:
    """The codes and sequence number of a leg."""
    return {
        "unknown_unit": tr("unknown bearing unit {value}: use deg, mil6400, mil6000 or gon."),
        "unknown_north": tr("unknown north {value}: use grid, true or magnetic."),
        "unknown_point_type": tr(
            "unknown point type {value}: use reference, benchmark, start, turning, "
            "intermediate, end or evidence."
        ),
        "duplicate_seq": tr("two legs have the sequence number {value}."),
        "bad_seq": tr("a leg has no whole sequence number (seq is {value})."),
    }


def _record_sentences() -> dict[str, str]:
    """The record as a whole: its start, its perimeter, its declination, the CRS."""
    return {
        "missing_start": tr(
            "the start point cannot be placed (no usable coordinates in the working CRS)."
        ),
        "too_few_points": tr(
            "{value} perimeter point(s) (start, turning, intermediate, end): a polygon "
            "needs at least 3 distinct points."
        ),
        "bad_declination": tr(
            "the magnetic declination {value} is not a number of degrees between -180 and "
            "180 (east positive)."
        ),
        "declination_missing": tr(
            "leg {value} is magnetic but no declination is given: give DECLINATION, "
            "DECLINATION_FIELD, declination_deg on the leg, or the record's date."
        ),
        "bad_crs": tr("the working CRS cannot be used for true or magnetic bearings ({value})."),
    }


def unit_name(unit: str) -> str:
    return {
        "deg": tr("degrees"),
        "mil6400": tr("mils (6400)"),
        "mil6000": tr("mils (6000)"),
        "gon": tr("gon"),
    }.get(unit, unit)


def shown(value) -> str:
    """A value as the officer typed it: text quoted, NULL, a date, a number as it reads."""
    if isinstance(value, str):
        return f"'{value}'"
    if value is None:
        return "NULL"
    if isinstance(value, (datetime.date, QDate)):
        return str(value)
    return number_text(value)


def _same_seq(a, b) -> bool:
    try:
        return float(a) == float(b)
    except (TypeError, ValueError):
        return False


# --- record dates -----------------------------------------------------------------------------


def date_sentence(error) -> str:
    """Why a record's date (or the IGRF) cannot give a declination (a DeclinationError)."""
    value = shown(error.value)
    sentences = {
        "date_not_date": tr("the record date {} is not a date.").format(value),
        "date_unreadable": tr(
            "the record date {} cannot be read: write 1993-06-15 or 15.06.1993 "
            "(day.month.year), or 1993-06 for a month."
        ).format(value),
        "date_ambiguous": tr(
            "the record date {} reads as day/month and as month/day: write 1993-06-15 or "
            "15.06.1993."
        ).format(value),
        "date_invalid": tr("the record date {} is not a day of the calendar.").format(value),
        "date_incomplete": tr(
            "the record date {} is a year alone: give the month at least."
        ).format(value),
        "date_two_digit_year": tr(
            "the record date {} has a two-digit year: write all four digits."
        ).format(value),
        "date_in_future": tr("the record date {} is in the future.").format(value),
        "igrf_unavailable": tr(
            "the IGRF needs the Python package ppigrf, which is not installed: install it with "
            "Land Release ▸ Install Python Packages…, or give the declination printed on the "
            "record."
        ),
    }
    return sentences.get(error.code, error.detail)


def record_date_refusal(rid, error) -> str:
    return tr("Record {}: {}").format(rid, date_sentence(error))


# --- a record that cannot be computed ---------------------------------------------------------


def record_problem(rid, starts: list, legs: list) -> str | None:
    """Why a record cannot be computed before its legs are read, or None."""
    width = model.layer("minefield_record").field("record_id").length
    if len(str(rid)) > width:
        return tr(
            "Record {}: its record_id has {} characters; record_id holds {}: shorten it."
        ).format(convert.short_text(rid), len(rid), width)
    if not starts:
        return tr(
            "Record {}: no START point has this record_id: the traverse has nowhere to begin."
        ).format(rid)
    if len(starts) > 1:
        return tr(
            "Record {}: {} START points have this record_id: keep only its first point "
            "(reference point or benchmark)."
        ).format(rid, len(starts))
    if starts[0].parts == 0:
        return tr("Record {}: its START point has no geometry.").format(rid)
    if starts[0].parts > 1:
        return tr(
            "Record {}: its START geometry holds {} points: give one point per record."
        ).format(rid, starts[0].parts)
    if not legs:
        return tr("Record {}: a START point but no legs in LEGS.").format(rid)
    return None


# --- a computed record ------------------------------------------------------------------------


def report_record(feedback, rid, result, plan, ok: bool, tolerance: float) -> None:
    """Tell a computed record: its declination (``plan``: a RecordPlan or None), why it was
    not adjusted, its closure error against the tolerance."""
    if plan is not None:
        declination = plan.declination
        feedback.pushInfo(
            tr("Record {}: magnetic declination {:+.2f}° east, source {} ({}).").format(
                rid, declination.shown, declination.source, plan.how
            )
        )
    if result.adjust_code == "no_closing_leg":
        last = result.perimeter[-1]
        feedback.pushWarning(
            tr(
                "Record {}: not adjusted: no closing end leg (its last perimeter point, "
                "seq {}, is a {} point); the points are as recorded."
            ).format(rid, last.seq, last.point_type)
        )
    closure_error = round(result.closure_error_m, 3)
    if closure_error == 0:
        ratio = tr("closes exactly")
    else:
        ratio = f"1:{result.perimeter_m / result.closure_error_m:.0f}"
    if ok:
        feedback.pushInfo(
            tr("Record {}: closure error {:.2f} m over {:.1f} m ({}).").format(
                rid, closure_error, result.perimeter_m, ratio
            )
        )
    else:
        feedback.pushWarning(
            tr(
                "Record {}: closure error {:.2f} m over {:.1f} m ({}), beyond the tolerance "
                "of {:g} m."
            ).format(rid, closure_error, result.perimeter_m, ratio, tolerance)
        )


def crossing_warning(rid) -> str:
    return tr(
        "Record {}: the polygon crosses itself as recorded; it is written as is: check the legs."
    ).format(rid)


# --- coordinate operations --------------------------------------------------------------------


class OperationLog:
    """Tells which coordinate operation converted the points, where the datums differ; the
    conversion to WGS 84 longitude/latitude once, whichever use comes first."""

    def __init__(self, feedback):
        self.feedback = feedback
        self.lonlat_told = False

    def tell(self, transform, what: str) -> None:
        """Say which coordinate operation converted ``what`` when the datums differ."""
        source, target = transform.sourceCrs(), transform.destinationCrs()
        if datum_name(source) == datum_name(target):
            return
        details = transform.instantiatedCoordinateOperationDetails()
        accuracy = (
            tr("accuracy {:g} m").format(details.accuracy)
            if details.accuracy is not None and details.accuracy >= 0
            else tr("accuracy unknown")
        )
        self.feedback.pushInfo(
            tr("{}: {} ({}) to {} ({}) by “{}”, {}.").format(
                what,
                source.authid() or source.description(),
                datum_name(source),
                target.authid() or target.description(),
                datum_name(target),
                details.name or transform.coordinateOperation(),
                accuracy,
            )
        )

    def tell_lonlat_once(self, to_lonlat, what: str) -> None:
        if not self.lonlat_told:
            self.tell(to_lonlat, what)
            self.lonlat_told = True
