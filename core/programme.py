"""The programme's settings stored with its land release database (issue 14, item 7).

One setting today: the **bearing unit** the programme's teams read in the field, used beside
grid bearings on tasking maps: ``deg`` (the default), ``mil6400`` or ``mil6000`` (Soviet mils,
written "12-50"). It is not a layer or a field (the data model is fixed): a GeoPackage keeps it
as GDAL dataset metadata (``gpkg_metadata``), a PostGIS schema as a small JSON object in its
``COMMENT ON SCHEMA``. This module holds the plain parts: the codes and reading or writing the
stored text, never raising on what it reads. No QGIS.
"""

from __future__ import annotations

import json
from typing import Optional

BEARING_UNITS = ("deg", "mil6400", "mil6000")  # index = createdatabase's BEARING_UNIT
DEFAULT_BEARING_UNIT = "deg"
BEARING_UNIT_KEY = "bearing_unit"  # in the schema comment's JSON
# A GeoPackage keeps the same JSON in a gpkg_metadata row of its own standard URI (GDAL's own
# dataset metadata would be copied into a .aux.xml file beside the GeoPackage by QGIS 3.40).
GPKG_SETTINGS_URI = "urn:landrelease:programme-settings"
FREE_TEXT_KEY = "comment"  # a schema comment that was not ours is kept under this key


class SettingError(ValueError):
    """A value that cannot be stored as a programme setting."""


def bearing_unit_code(unit) -> str:
    """``unit`` as a stored code (case and spaces ignored); SettingError if not one of
    :data:`BEARING_UNITS`."""
    code = str(unit if unit is not None else "").strip().lower()
    if code not in BEARING_UNITS:
        raise SettingError(
            f"{unit!r} is not a programme bearing unit: use one of {', '.join(BEARING_UNITS)}."
        )
    return code


def read_bearing_unit(stored) -> tuple[str, Optional[str]]:
    """(unit, problem) from a stored value: ``(DEFAULT_BEARING_UNIT, None)`` when nothing is
    stored, ``(DEFAULT_BEARING_UNIT, the value as text)`` when it is not a known unit."""
    if stored is None or (isinstance(stored, str) and not stored.strip()):
        return DEFAULT_BEARING_UNIT, None
    try:
        return bearing_unit_code(stored), None
    except SettingError:
        return DEFAULT_BEARING_UNIT, str(stored)


def settings_from_comment(comment: Optional[str]) -> dict:
    """The settings held in a schema comment: its JSON object, or ``{"comment": text}`` for a
    comment that is not one (a note an administrator wrote), or ``{}``."""
    if comment is None or not comment.strip():
        return {}
    try:
        value = json.loads(comment)
    except ValueError:
        return {FREE_TEXT_KEY: comment}
    return value if isinstance(value, dict) else {FREE_TEXT_KEY: comment}


def comment_with(comment: Optional[str], **settings) -> str:
    """The schema comment ``comment`` with ``settings`` set (other keys, and a free-text
    comment, kept), as compact JSON."""
    values = settings_from_comment(comment)
    values.update(settings)
    return json.dumps(values, ensure_ascii=False, sort_keys=True)
