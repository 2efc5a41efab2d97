"""The words of the Turning points dialog: what the core's codes mean, in the user's language.

Every string here is translated in the context "TurningPointsDialog" (the dialog's own).
"""

from __future__ import annotations

import datetime

from qgis.PyQt.QtCore import QCoreApplication, QLocale

from ...core import model
from ...core.area import DISTRICTS, ProgrammeArea
from ...core.coordinates import CoordinateError
from ...core.point_rows import (
    DETECT,
    GK_INPUT,
    LATLON_INPUT,
    MGRS_INPUT,
    UTM_INPUT,
    InputFormatError,
)
from ...core.pointfile import FileNote, RefusedCoordinate, TableFileError
from ...core.traverse import FULL_CIRCLE, DeclinationError, TraverseError
from ...core.turning_points import CLOSURE_TOLERANCE_M, Computation, Declination, RowResult
from ...qgis_io import coordinate_messages
from ...storage import programme

IGRF_NAME = "IGRF-14"
FORMAT_NAMES = {"utm": "UTM", "mgrs": "MGRS", "dd": "DD", "dms": "DMS", "ddm": "DDM", "gk": "GK"}


def tr(text: str) -> str:
    return QCoreApplication.translate("TurningPointsDialog", text)


def code_label(list_name: str, code: str) -> str:
    label = model.CODE_LISTS[list_name].label(code)
    return QCoreApplication.translate(model.TR_CONTEXT, label) if label else code


def input_format_names() -> dict[str, str]:
    return {
        DETECT: tr("Detect"),
        UTM_INPUT: tr("UTM"),
        MGRS_INPUT: tr("MGRS"),
        LATLON_INPUT: tr("Latitude/longitude"),
        GK_INPUT: tr("Pulkovo 1942 / Gauss–Krüger"),
    }


def accepted_forms() -> str:
    """The coordinate forms the table reads, with examples (tooltips and messages)."""
    return tr(
        "UTM: 38N 612345 4412345, 38T 612345 4412345, UTM 38N E 612345 N 4412345\n"
        "MGRS: 38TNK 12345 12345 or 38TNK1234512345\n"
        "Latitude/longitude (latitude first; decimal point or comma):\n"
        "  40.123456 46.654321 · 40,123456; 46,654321 · Lat 40.12 Lon 46.65\n"
        "  40°07'24.4\"N 46°39'15.6\"E · 40-07-24.4N 46-39-15.6E · 400724N 0463916E\n"
        "  4007.407N 04639.260E (NMEA) · 40°07'24\" с.ш. 46°39'16\" в.д.\n"
        "Pulkovo 1942 / Gauss–Krüger (Soviet maps): X=4430293 Y=8664944, Х=… У=…,\n"
        "  СК-42 X=… Y=… (X north, Y east with the zone number in front)"
    )


def signed_degrees(value: float, decimals: int = 2) -> str:
    """A declination as "+4.65° E" / "-2.10° W"."""
    return f"{value:+.{decimals}f}° " + (tr("E") if value >= 0 else tr("W"))


def local_point_type_labels() -> dict[str, str]:
    """The point types' labels in the user's language (code -> label), for pasted text and
    files that name them so."""
    return {c.code: code_label("point_type", c.code) for c in model.CODE_LISTS["point_type"].codes}


# ---------------------------------------------------------------------------------------------
# The declination
# ---------------------------------------------------------------------------------------------


def declination_text(declination: Declination) -> str:
    """The declination used, or why there is none."""
    if declination.value is None:
        return declination_problem(declination)
    if declination.source == "entered":
        return tr("{} as typed (the value on the record)").format(signed_degrees(declination.value))
    text = tr("{model} at point {point} on {date}: {value}").format(
        model=IGRF_NAME,
        point=declination.point,
        date=declination.on.isoformat(),
        value=signed_degrees(declination.value),
    )
    if declination.month_only:
        text += " " + tr("(the record gives the month only: its 15th is used)")
    return text


def declination_note(declination: Declination) -> str:
    """The declination as stored in the remarks of the record's survey points."""
    if declination.source == "entered":
        return tr("Magnetic declination {} (entered: the value on the record)").format(
            f"{declination.value:+.4f}°"
        )
    return tr("Magnetic declination {} ({} at point {} on {})").format(
        f"{declination.value:+.4f}°", IGRF_NAME, declination.point, declination.on.isoformat()
    )


def declination_problem(declination: Declination) -> str:
    """Why there is no declination ("" when there is one)."""
    if declination.error is not None:
        return date_message(declination.error)
    if declination.problem == "no_date":
        return tr("No declination: give the record date, or type the value on the record.")
    if declination.problem == "no_first_point":
        return tr("The IGRF value is taken at point 1: type its coordinate.")
    return declination.problem or ""


def date_message(error: DeclinationError) -> str:
    """A translated sentence for a record date or a declination that cannot be had."""
    messages = {
        "date_unreadable": tr("The record date {} cannot be read: write 1993-06-15 or 15.06.1993."),
        "date_ambiguous": tr(
            "The record date {} reads as day/month and as month/day: write 1993-06-15 or "
            "15.06.1993."
        ),
        "date_invalid": tr("The record date {} is not a day of the calendar."),
        "date_incomplete": tr("The record date {} is a year alone: give the month at least."),
        "date_two_digit_year": tr("The record date {} has a two-digit year: write all four."),
        "date_in_future": tr("The record date {} is after today."),
        "date_outside_igrf": tr(
            "The IGRF covers 1900 to 2029 only ({}): type the declination printed on the record."
        ),
        "igrf_unavailable": tr(
            "The IGRF needs the Python package ppigrf, which is not installed: install it with "
            "Land Release ▸ Install Python Packages…, or type the declination printed on the "
            "record."
        ),
        "position_out_of_range": tr("No IGRF value at the first point ({})."),
    }
    value = error.value if error.value is not None else ""
    if isinstance(value, datetime.date):
        value = value.isoformat()
    text = messages.get(error.code)
    return text.format(value) if text else str(error)


# ---------------------------------------------------------------------------------------------
# Rows that cannot be computed
# ---------------------------------------------------------------------------------------------


def coordinate_message(error: CoordinateError) -> str:
    """A translated sentence for a coordinate that cannot be read: in another format than the
    one chosen, or any refusal of core.coordinates (``qgis_io.coordinate_messages``)."""
    if isinstance(error, InputFormatError):
        names = input_format_names()
        return tr("This is {} but the input format is {}: choose Detect or that format.").format(
            FORMAT_NAMES.get(error.fmt, error.fmt), names.get(error.chosen, error.chosen)
        )
    return coordinate_messages.coordinate_message(error)


def traverse_message(error: TraverseError, unit: str) -> str:
    """A translated sentence for a leg that cannot be computed."""
    value = "" if error.value is None else str(error.value)
    if error.code == "bearing_out_of_range":
        full = FULL_CIRCLE.get(unit, 360.0)
        return tr(
            "The bearing {} is out of range: {} go from 0 to less than {} (north is 0)."
        ).format(f"{float(error.value):g}", code_label("bearing_unit", unit), f"{full:g}")
    messages = {
        "bearing_missing": tr("Type the bearing."),
        "bearing_not_numeric": tr("The bearing {} cannot be read in {}.").format(
            value, code_label("bearing_unit", unit)
        ),
        "bearing_too_long": tr("The bearing is too long: write one bearing."),
        "bearing_negative": tr("A bearing cannot be negative: 0 is north, clockwise."),
        "bearing_decimal_not_last": tr("Only the last part of a bearing may have decimals."),
        "bearing_minutes_seconds": tr("Minutes and seconds must be less than 60."),
        "bearing_dms_order": tr("Write degrees, minutes and seconds in that order: 45°30'36\"."),
        "bearing_quadrant_range": tr("A quadrant bearing goes from 0 to 90°: N45E, S30°W."),
        "bearing_soviet_form": tr(
            "12-50 is written in Soviet mils: choose the unit Mils (6000) or write the bearing "
            "in {}."
        ).format(code_label("bearing_unit", unit)),
        "bearing_bad_soviet_form": tr(
            "Soviet mils are hundreds, a hyphen and two digits: 12-50 is 1250, 0-75 is 75."
        ),
        "bearing_unit_mismatch": tr(
            "The bearing is written in degrees but the unit is {}: choose degrees or name the "
            "unit after it (45 deg)."
        ).format(code_label("bearing_unit", unit)),
        "bearing_ambiguous": tr(
            "The bearing {} is ambiguous: a decimal or a thousands separator? Write it without "
            "the separator."
        ).format(value),
        "distance_missing": tr("Type the distance."),
        "distance_not_numeric": tr("The distance {} is not a number.").format(value),
        "negative_distance": tr("The distance cannot be negative."),
        "unknown_unit": tr("Unknown bearing unit {}: use deg, mil6400, mil6000 or gon.").format(
            value
        ),
        "unknown_north": tr("Unknown north {}: use grid, true or magnetic.").format(value),
        "bad_declination": tr("The declination must lie between -180 and 180°, east positive."),
        "declination_missing": tr(
            "A magnetic bearing needs the declination: give the record date or type the value "
            "printed on the record."
        ),
        "bad_crs": tr("True and magnetic bearings need a projected CRS that PROJ can read."),
        "too_few_points": tr(
            "A polygon needs at least 3 distinct perimeter points (start, turning, "
            "intermediate, end)."
        ),
    }
    return messages.get(error.code, str(error))


def row_message(result: RowResult, declination: Declination, crs_name: str) -> str:
    """Why a row cannot be computed, in words ("" for a row that can); ``crs_name`` names the
    working CRS."""
    if isinstance(result.error, CoordinateError):
        return coordinate_message(result.error)
    if isinstance(result.error, TraverseError):
        return traverse_message(result.error, result.unit)
    code = result.code
    if code == "starts_from_error":
        return tr("Not computed: it starts from row {}, which has an error.").format(
            result.from_row
        )
    if code == "no_declination":
        return tr("Magnetic, but no declination: {}").format(declination_problem(declination))
    if code == "cannot_place":
        return tr("The point cannot be placed in {}.").format(crs_name)
    messages = {
        "first_point_type": tr(
            "The first point must be a reference point, a benchmark or the start point."
        ),
        "bearing_missing": tr("Type the bearing."),
        "first_coordinate_missing": tr(
            "Type the coordinate of the first point (reference point, benchmark or start point)."
        ),
        "first_not_coordinate": tr(
            "The first point must be a coordinate (reference point, benchmark or start "
            "point): the legs start from it."
        ),
    }
    return messages.get(code, code)


def problem_text(computation: Computation, unit: str, crs_name: str) -> str:
    """Why there is no polygon ("" when there is one)."""
    if computation.problem == "nothing_typed":
        return tr(
            "Type the first point's coordinate, then each point as a coordinate or as bearing "
            "and distance from the previous one."
        )
    if computation.problem == "row_errors":
        wrong = computation.wrong_rows()
        row, result = wrong[0]
        text = tr("Row {}: {}").format(
            row.seq, row_message(result, computation.declination, crs_name)
        )
        if len(wrong) > 1:
            text += " " + tr("({} more rows cannot be computed.)").format(len(wrong) - 1)
        return text
    if computation.error is not None:
        return traverse_message(computation.error, unit)
    return computation.problem or ""


def area_name(area: ProgrammeArea | None) -> str:
    """The programme's area in words, for the flag of a row."""
    if area is None:
        return ""
    if area.source == DISTRICTS:
        return tr("the districts' extent plus {} km ({})").format(
            f"{area.margin_m / 1000:g}", programme.area_text(area)
        )
    return tr("the area of use of the database's CRS ({})").format(programme.area_text(area))


def outside_text(area: ProgrammeArea | None) -> str:
    """The flag of a point outside the programme's area, for the row's tooltip."""
    return tr("Outside the programme's area: {}.").format(area_name(area))


# ---------------------------------------------------------------------------------------------
# The closure line
# ---------------------------------------------------------------------------------------------


def locale_number(value: float, decimals: int) -> str:
    return QLocale().toString(float(value), "f", decimals)


def closure_text(computation: Computation, problem: str) -> str:
    """The closure error, area and perimeter of the polygon and what is wrong with it; else
    ``problem`` (why there is no polygon)."""
    result = computation.result
    if result is None:
        return problem
    error = result.closure_error_m
    if error >= 0.005:
        ratio = "1:" + locale_number(round(result.perimeter_m / error), 0)
    else:
        ratio = tr("closed")
    area = computation.area_m2 or 0.0
    text = tr(
        "Closure error {error} m ({ratio}) — area {m2} m² ({ha} ha) — perimeter {perimeter} m"
    ).format(
        error=locale_number(error, 2),
        ratio=ratio,
        m2=locale_number(area, 0),
        ha=locale_number(area / 10000.0, 2),
        perimeter=locale_number(result.perimeter_m, 1),
    )
    if result.end_on_start and error > 0:
        text += " — " + tr("the end point closes onto the start")
    if not computation.valid:
        text += " — " + tr("the sides cross: not a valid polygon")
    elif error > CLOSURE_TOLERANCE_M:
        text += " — " + tr("above the {} m tolerance: check the legs").format(
            locale_number(CLOSURE_TOLERANCE_M, 0)
        )
    if computation.outside:
        text += " — " + tr("rows {} lie outside the programme's area ({})").format(
            ", ".join(str(seq) for seq in computation.outside), area_name(computation.area)
        )
    return text


# ---------------------------------------------------------------------------------------------
# Point files
# ---------------------------------------------------------------------------------------------


def file_error_message(error: TableFileError) -> str:
    """Why a CSV file cannot be read as points or legs."""
    if error.code == "no_point_columns":
        return tr("The file has neither a coordinate nor a bearing column: {}.").format(
            error.values.get("columns", "")
        )
    return str(error)


def file_note_text(note: FileNote) -> str:
    """What the officer should know about what was read from a file."""
    values = note.values
    if note.code == "other_records":
        return tr("The file holds {} records; {} was read.").format(
            values["count"], values["chosen"] or "–"
        )
    if note.code == "unknown_point_type":
        return tr("Unknown point type {}: read as a turning point.").format(values["text"])
    if note.code == "starts_with_leg":
        return tr("The file starts with a leg: type the coordinate of the point it starts from.")
    return note.code


def refused_text(refused: RefusedCoordinate) -> str:
    """A row of a file whose coordinate cannot be read, and why."""
    return tr("Row {} ({}): {}").format(
        refused.seq, refused.coordinate, coordinate_message(refused.error)
    )
