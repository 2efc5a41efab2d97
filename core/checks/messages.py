"""The English templates of the findings and notes of the data checks, marked for translation in
the context ``TR_CONTEXT`` (the adapter translates a template, then fills it)."""

from __future__ import annotations

from .. import model

TR_CONTEXT = "LandReleaseChecks"


def _t(text: str) -> str:
    return model.QT_TRANSLATE_NOOP("LandReleaseChecks", text)


MESSAGES = {
    "no_geometry": _t("The feature has no geometry."),
    "invalid_geometry": _t("Invalid geometry: {reason} at {location}."),
    "invalid_geometry_nowhere": _t("Invalid geometry: {reason}."),
    "too_few_vertices": _t(
        "A polygon ring has only {count} distinct vertices; a ring needs at least 3."
    ),
    "long_segment": _t(
        "{count} segment(s) longer than {limit} m, the longest about {length} m: is a vertex "
        "in the wrong place (e.g. typed in the wrong UTM zone)?"
    ),
    "duplicate_id": _t("{field} '{value}' is on {count} features."),
    "duplicate_geometry": _t("The same geometry (within {tolerance} m) as {other}."),
    "overlap": _t(
        "{first} and {second} (both {classification}) overlap by about {area} m² "
        "({percent} % of the smaller)."
    ),
    "release_outside_hazard": _t(
        "About {area} m² ({percent} % of the release) lies outside every hazard."
    ),
    "unknown_hazard": _t("hazard_id '{hazard_id}' names no hazard of the hazard layer."),
    "release_larger_than_hazard": _t(
        "The release (about {area} m²) is larger than its hazard {hazard_id} "
        "(about {hazard_area} m²)."
    ),
    "cha_without_evidence": _t(
        "Confirmed hazardous area without a direct evidence point inside it."
    ),
    "missing_district": _t("The hazard has no district."),
    "no_district_field": _t("The hazard layer has no field district."),
    "missing_field": _t("{field} is empty."),
    "no_field": _t("The {layer} layer has no field {field}, mandatory in the data model."),
    "no_field_skipped": _t(
        "The {layer} layer has no field {field}, mandatory in the data model; not checked: {rules}."
    ),
    "date_order": _t("{later_field} {later} is before {earlier_field} {earlier}."),
    "outside_area": _t(
        "{feature} lies outside the programme's area ({area}): {count} of {total} vertices, the "
        "farthest at {lat_lon} (latitude, longitude), about {distance} km away. Check for a "
        "swapped latitude and longitude, a decimal comma, or a wrong UTM or Gauss–Krüger zone."
    ),
    "outside_area_point": _t(
        "{feature} lies at {lat_lon} (latitude, longitude), about {distance} km outside the "
        "programme's area ({area}). Check for a swapped latitude and longitude, a decimal comma, "
        "or a wrong UTM or Gauss–Krüger zone."
    ),
    "outside_area_not_finite": _t(
        "{feature} has a vertex whose coordinates are not numbers (NaN or infinite) or have no "
        "latitude and longitude; the programme's area is {area}. Correct or delete the vertex."
    ),
    "bad_code": _t(
        "{feature}: {field} '{value}' is not in its code list ({codes}): choose one of them."
    ),
    "bad_code_like": _t(
        "{feature}: {field} '{value}' is not in its code list ({codes}): did you mean "
        "'{suggestion}'? Codes are stored exactly as listed."
    ),
    "bad_date_future": _t(
        "{feature}: {field} {value} is after today ({today}): correct the date (a slip in the "
        "year or the month?)."
    ),
    "bad_date_early": _t(
        "{feature}: {field} {value} is before {earliest}: check the year (a slip in typing?)."
    ),
    "bad_date_unreadable": _t(
        "{feature}: {field} '{value}' is not a date in the form YYYY-MM-DD (e.g. 2023-06-30); "
        "such a value is read as empty: correct it."
    ),
    "bad_date_impossible": _t(
        "{feature}: {field} '{value}' names a day that does not exist: correct it (YYYY-MM-DD)."
    ),
    "multipart": _t(
        "{feature} has {count} separate parts (the smallest about {smallest} m²); it must be one "
        "polygon: split it into features with their own ids, or delete the stray part."
    ),
    "multipart_points": _t(
        "{feature} has {count} points; an evidence record is one point: split it into records "
        "with their own ids, or delete the stray point."
    ),
    "area_mismatch": _t(
        "{feature}: {field} is {stored} m², but its geometry measures {actual} m² on the WGS 84 "
        "ellipsoid ({percent} % apart): the geometry was changed without its area, or the area "
        "was typed. Set {field} to {actual}."
    ),
    "area_missing": _t(
        "{feature}: {field} is empty; its geometry measures {actual} m² on the WGS 84 ellipsoid. "
        "Set {field} to {actual}."
    ),
    "area_not_number": _t(
        "{feature}: {field} '{stored}' is not a number; its geometry measures {actual} m² on the "
        "WGS 84 ellipsoid. Set {field} to {actual}."
    ),
    "remaining_mismatch": _t(
        "{feature}: remaining_area_m2 {stored} m² and status {status} do not match its land "
        "releases as of {today}, which leave {expected} m² and status {expected_status} "
        "({count} release(s) counted; releases ending after today are not). A release was "
        "added, changed or deleted outside the plugin, or the figures were typed: set "
        "remaining_area_m2 to {expected} and status to {expected_status}, or correct the "
        "releases."
    ),
    "remaining_unknown": _t(
        "{feature}: its remaining area and status are not known (remaining_area_m2 {stored}, "
        "status {status}): a change to its land releases has not been accounted yet. As of "
        "{today} its releases leave {expected} m² and status {expected_status} ({count} "
        "release(s) counted; releases ending after today are not). Recompute them (opening a "
        "land release database with Land Release > Open Database… does), or set "
        "remaining_area_m2 to {expected} and status to {expected_status}."
    ),
    "log_no_entry": _t(
        "{feature} (fid {fid}) has no edit_log entry: it was written while the edit log's "
        "triggers were off or removed. Find out who wrote it and check it against the records."
    ),
    "log_deleted": _t(
        "{feature} (fid {fid}) exists, but its last edit_log entry ({entry}, {at}) records its "
        "deletion: it was put back without the edit log. Find out who did it and check it "
        "against the records."
    ),
    "log_differs": _t(
        "{feature} (fid {fid}) differs from its last edit_log entry ({entry}, {at}): "
        "{differences}. It was changed without the edit log (its triggers off or removed): "
        "find out who changed it, then restore or confirm the values."
    ),
    "log_unreadable_entry": _t(
        "{feature} (fid {fid}): its last edit_log entry ({entry}, {at}) holds no readable "
        "'after' JSON, so the row cannot be compared with it. Compare it with a backup."
    ),
    "log_orphan": _t(
        "edit_log entry {entry} ({at}) records the {action} of {layer} {feature} (uuid "
        "{uuid}), which does not exist: it was deleted without the edit log. Restore it from "
        "the entry's 'after' JSON, or find out who deleted it."
    ),
    "log_foreign": _t(
        "edit_log entry {entry} ({at}) was not written by the edit log's triggers: {problem}. "
        "Find out who wrote it."
    ),
    "log_gap": _t(
        "edit_log entries {first} to {last} are missing: they were deleted from the log (its "
        "triggers refuse this, so they were off or removed). The log no longer shows what "
        "happened then; compare it with a backup."
    ),
    "log_disorder": _t(
        "edit_log entry {entry} was written at {at}, before entry {previous} ({previous_at}) "
        "that precedes it: an entry was inserted or changed by hand, or computers with clocks "
        "that differ write to this database."
    ),
    "log_bad_time": _t("edit_log entry {entry} has no readable changed_at ('{value}')."),
    "log_trigger_missing": _t(
        "The edit log triggers {names} are missing from {database}: changes are not logged or "
        "the log is not protected. {remedy}"
    ),
    "log_trigger_disabled": _t(
        "The edit log triggers {names} of {database} are disabled: changes are not logged. {remedy}"
    ),
    "log_trigger_altered": _t(
        "The edit log triggers {names} of {database} are not the plugin's (their SQL differs): "
        "changes may not be logged. {remedy}"
    ),
    "log_remedy_gpkg": _t(
        "Open the database with Land Release > Open Database… to recreate them, and find out "
        "who changed them."
    ),
    "log_remedy_pg": _t(
        "Ask the database administrator to recreate them, and find out who changed them."
    ),
    "log_chain_missing": _t(
        "The edit log's hash chain (table edit_log_chain) is missing from {database}: the "
        "entries sealed so far can no longer be verified. Compare the log with a backup."
    ),
    "log_chain_changed": _t(
        "edit_log entry {entry} no longer matches the hash it was sealed with on {sealed}: it "
        "was changed afterwards, with the log's triggers off. Compare it with a backup."
    ),
    "log_chain_deleted": _t(
        "edit_log entry {entry}, sealed on {sealed}, is gone: it was deleted with the log's "
        "triggers off. Compare the log with a backup."
    ),
    "log_chain_inserted": _t(
        "edit_log entry {entry} lies among sealed entries but was never sealed: it was inserted "
        "later, out of order. Find out who wrote it."
    ),
    "log_chain_link": _t(
        "The seal of edit_log entry {entry} does not follow the seal of the entry before it: "
        "the hash chain was changed. Compare the log with a backup."
    ),
    "log_unreadable": _t("The edit log of {database} could not be read: {error}."),
    # notes (for the log, not findings)
    "note_no_type": _t(
        "cha_without_evidence not checked: the evidence layer has no field evidence_type."
    ),
    "note_no_dates": _t("date_order not checked on the {layer} layer: it has no field {field}."),
    "note_no_area_field": _t(
        "area_mismatch not checked on the {layer} layer: it has no field {field}."
    ),
    "note_no_crs": _t(
        "area_mismatch and remaining_mismatch not checked: the CRS of the geometries is not known."
    ),
    "note_no_remaining_field": _t(
        "remaining_mismatch not checked: the hazard layer has no field {field}."
    ),
    "note_no_releases": _t(
        "remaining_mismatch not checked: no land releases were given (RELEASES)."
    ),
    "note_no_outcome": _t(
        "remaining_mismatch not checked: the land release layer has no field outcome."
    ),
}
