"""Translated sentences for the coordinates core cannot read (``CoordinateError`` codes of
core/coordinates/): one place for every reader of typed coordinates (the turning points
table, point files). The translation context stays the turning points dialog's, where these
sentences were first written."""

from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication

from ..core.coordinates import CoordinateError, format_dd


def tr(text: str) -> str:
    return QCoreApplication.translate("TurningPointsDialog", text)


def coordinate_message(error: CoordinateError) -> str:
    """A translated sentence for a coordinate that cannot be read."""
    messages = {
        "empty": tr("Type the coordinate."),
        "unrecognised": tr(
            "Not a coordinate: write UTM (38N 612345 4412345), MGRS (38TNK 12345 12345), "
            "degrees (40.5 46.5), DMS (40°07'24\"N 46°39'15\"E) or Gauss–Krüger "
            "(X=4430293 Y=8664944). The tooltip of the column lists every form."
        ),
        "ambiguous": tr(
            "It reads more than one way: {}. Write the symbols, hemisphere letters or a ; "
            "between latitude and longitude so that it reads one way only."
        ),
        "ambiguous_comma": tr(
            "Decimal comma or two numbers? It reads {}. Separate latitude and longitude with a "
            "space or ;, or write decimal points."
        ),
        "ambiguous_hemisphere": tr("A hemisphere letter is ambiguous: write N, S, E or W."),
        "hemisphere_conflict": tr("The hemisphere letters do not match the numbers."),
        "sign_and_hemisphere": tr("Give a minus sign or a hemisphere letter, not both."),
        "incomplete": tr("Only one number: the latitude or the longitude is missing."),
        "bad_dms": tr("Degrees, minutes and seconds are not in order."),
        "minutes_out_of_range": tr("The minutes must be less than 60."),
        "seconds_out_of_range": tr("The seconds must be less than 60."),
        "latitude_out_of_range": tr(
            "The latitude is outside -90 to 90° (the latitude comes first)."
        ),
        "longitude_out_of_range": tr("The longitude is outside -180 to 180°."),
        "zone_missing": tr(
            "No UTM zone: write it first (38N 600000 4400000) or choose the zone above."
        ),
        "zone_out_of_range": tr("UTM zones go from 1 to 60."),
        "bad_hemisphere": tr("After the zone write N or S (or the latitude band letter)."),
        "easting_out_of_range": tr("The easting must lie between 100000 and 900000 m."),
        "northing_out_of_range": tr("The northing must lie between 0 and 10000000 m."),
        "band_mismatch": tr(
            "The point is not in the latitude band written: check the band letter and the northing."
        ),
        "polar": tr("Polar coordinates (UPS) are not supported."),
        "bad_mgrs_letters": tr("These MGRS letters do not exist here: check the 100 km square."),
        "bad_mgrs_digits": tr("MGRS needs as many easting digits as northing digits (1 to 5)."),
        "bad_precision": tr("This precision cannot be written."),
        "too_long": tr("The text is too long for one coordinate."),
        "not_finite": tr("Not a number (NaN or infinity)."),
        "compact_needs_hemisphere": tr(
            "Compact and NMEA forms (400213N, 4002.22N) need their hemisphere letters."
        ),
        "gk_needs_labels": tr(
            "This looks like Gauss–Krüger: write X= and Y= (X=4430293 Y=8664944), or choose "
            "Pulkovo 1942 / Gauss–Krüger as the input format."
        ),
        "gk_zone_missing": tr(
            "Gauss–Krüger Y needs the zone number in front (Y=8664944: zone 8): write the whole Y."
        ),
        "gk_zone_out_of_range": tr("Gauss–Krüger zones go from 4 to 32 (the first digits of Y)."),
        "gk_outside_zone": tr("This Gauss–Krüger X/Y lies outside its zone: check X and Y."),
        "no_transformation": tr(
            "PROJ has no transformation from Pulkovo 1942 for this place: the point cannot be "
            "placed."
        ),
    }
    text = messages.get(error.code)
    if text is None:
        return str(error)
    if error.code in ("ambiguous", "ambiguous_comma"):
        return text.format(_readings(error))
    return text


def _readings(error: CoordinateError) -> str:
    """The competing readings of an ambiguous coordinate: "40.03694° N, 46.75000° E (DMS) or
    …" (from ``error.values["readings"]``: format, lon, lat, label)."""
    values = getattr(error, "values", None)
    readings = values.get("readings") if isinstance(values, dict) else None
    described = []
    for reading in readings or ():
        try:
            _fmt, lon, lat, label = reading
            described.append(f"{format_dd(lon, lat, 5)} ({label})")
        except (TypeError, ValueError, CoordinateError):
            continue
    return tr(" or ").join(described) if described else "?"
