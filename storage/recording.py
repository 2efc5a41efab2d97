"""Recording a land release: live checks, validation and the one-transaction save.

The dialog collects a release feature (the layer's own form and defaults) and its survey points;
this module checks them and writes the release, its points, the hazard's derived remaining area
and status, and who made the change, in one database transaction through GDAL. A failure or a
crash before the commit leaves the database as it was. No ``iface`` here.
"""

from __future__ import annotations

import datetime
import math
import os
import re
import shutil
import time
from dataclasses import dataclass, field

from osgeo import gdal, ogr
from qgis.core import (
    Qgis,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsMapLayer,
    QgsMessageLog,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QDate, QDateTime, Qt, QVariant

from ..core import model
from . import postgis

RELEASE, HAZARD, POINT, LOG = "land_release", "hazard", "survey_point", "edit_log"
RECORD, LEG = "minefield_record", "traverse_leg"

# Called after everything is written and before the commit (tests kill the process here).
_before_commit = None


def tr(text: str) -> str:
    return QCoreApplication.translate("LandReleaseRecording", text)


class SaveError(Exception):
    """A release cannot be saved (or undone); the message says why. Nothing was written."""


@dataclass
class ReleaseLayers:
    """The layers of one land release database in the project."""

    release: QgsVectorLayer
    hazard: QgsVectorLayer
    survey_point: QgsVectorLayer
    edit_log: QgsVectorLayer | None = None
    minefield_record: QgsVectorLayer | None = None
    traverse_leg: QgsVectorLayer | None = None

    @property
    def path(self) -> str:
        """The GeoPackage path ("" for PostGIS)."""
        return database_path(self.release) or ""

    @property
    def database(self):
        """The GeoPackage path or the ``postgis.PgDatabase`` the layers belong to."""
        return database_of(self.release)

    @property
    def on_postgis(self) -> bool:
        return isinstance(self.database, postgis.PgDatabase)


@dataclass
class Candidate:
    """A release to save: its feature (land_release fields, geometry in the release layer's CRS)
    and its survey points (survey_point fields)."""

    feature: QgsFeature
    points: list[QgsFeature] = field(default_factory=list)


@dataclass
class LiveCheck:
    valid: bool
    invalid_reason: str | None
    area_m2: float
    hazard_m2: float
    outside_m2: float
    outside: QgsGeometry | None
    overlaps: list[tuple[str, float]]
    overlap_m2: float
    larger_than_hazard: bool
    remaining_before_m2: float
    remaining_after_m2: float
    status_after: str
    messages: list[tuple[str, str]]
    can_save: bool


@dataclass
class SavedRelease:
    release_id: str
    release_uuid: str
    hazard_id: str
    remaining_m2: float
    status: str
    previous_status: str
    previous_remaining_m2: float | None
    candidate: Candidate | None = None
    point_uuids: tuple[str, ...] = ()


# ---------------------------------------------------------------------------------------------
# Finding the layers
# ---------------------------------------------------------------------------------------------


def _decoded(layer: QgsMapLayer) -> tuple[object, str] | None:
    """(database, table name) of a layer of a land release database: a GeoPackage (the
    database is its path) or a PostGIS schema (a ``postgis.PgDatabase``)."""
    from .derived import layer_table

    return layer_table(layer)


def _key(database) -> object:
    """What makes two layers belong to one database: its path, or server, database and schema
    (not the login)."""
    return database.key if isinstance(database, postgis.PgDatabase) else database


def database_path(layer: QgsMapLayer) -> str | None:
    """The GeoPackage of a land release layer (None for PostGIS or other layers)."""
    decoded = _decoded(layer)
    return decoded[0] if decoded and isinstance(decoded[0], str) else None


def database_of(layer: QgsMapLayer):
    """The land release database of a layer: a GeoPackage path or a ``postgis.PgDatabase``."""
    decoded = _decoded(layer)
    return decoded[0] if decoded else None


def find_layers(project: QgsProject, preferred: QgsMapLayer | None = None) -> ReleaseLayers | None:
    """The land release layers of one database in ``project``: the database of ``preferred`` if
    it is one, else the first complete one."""
    databases: dict[object, dict[str, QgsVectorLayer]] = {}
    for layer in project.mapLayers().values():
        decoded = _decoded(layer)
        if decoded and layer.isValid():
            databases.setdefault(_key(decoded[0]), {}).setdefault(decoded[1], layer)
    order = list(databases)
    preferred_decoded = _decoded(preferred) if preferred is not None else None
    preferred_key = _key(preferred_decoded[0]) if preferred_decoded else None
    if preferred_key in databases:
        order.remove(preferred_key)
        order.insert(0, preferred_key)
    for key in order:
        found = databases[key]
        if all(name in found for name in (RELEASE, HAZARD, POINT)):
            return ReleaseLayers(
                found[RELEASE],
                found[HAZARD],
                found[POINT],
                found.get(LOG),
                found.get(RECORD),
                found.get(LEG),
            )
    return None


# ---------------------------------------------------------------------------------------------
# Live checks
# ---------------------------------------------------------------------------------------------


def _area_function(layer: QgsVectorLayer):
    from ..qgis_io.geometry import EllipsoidalArea

    return EllipsoidalArea(layer.crs(), QgsProject.instance())


def _shapely(geometry: QgsGeometry):
    import shapely

    return shapely.from_wkb(bytes(geometry.asWkb()))


def _hazard_geometry(layers: ReleaseLayers, hazard: QgsFeature) -> QgsGeometry:
    geometry = QgsGeometry(hazard.geometry())
    if layers.hazard.crs() != layers.release.crs():
        geometry.transform(
            QgsCoordinateTransform(
                layers.hazard.crs(), layers.release.crs(), QgsProject.instance().transformContext()
            )
        )
    return geometry


def _saved_releases(layers: ReleaseLayers, rectangle, exclude_uuid: str | None = None):
    """(release_id, outcome, geometry) of the releases stored in the database in ``rectangle``
    (the provider's spatial index, not the edit buffer)."""
    request = QgsFeatureRequest().setFilterRect(rectangle)
    fields = layers.release.fields()
    request.setSubsetOfAttributes(["release_id", "outcome", "uuid"], fields)
    result = []
    for feature in layers.release.dataProvider().getFeatures(request):
        if exclude_uuid and feature["uuid"] == exclude_uuid:
            continue
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        result.append((_text(feature["release_id"]), _text(feature["outcome"]), geometry))
    return result


def _text(value) -> str | None:
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    return str(value)


def _m2(value: float) -> str:
    return tr("{:,.0f} m² ({:,.2f} ha)").format(value, value / 10000.0)


def check_candidate(layers: ReleaseLayers, hazard: QgsFeature, geometry: QgsGeometry) -> LiveCheck:
    """Area, the part outside the hazard, overlaps with earlier releases, validity and the
    hazard's remaining area after saving; with ready-to-show messages."""
    from ..core.accounting import AREA_TOLERANCE_M2, check_release

    hazard_geometry = _hazard_geometry(layers, hazard)
    present = geometry is not None and not geometry.isNull()
    if present and not _finite_coordinates(geometry):
        return _unusable_check(
            tr(
                "The polygon has a vertex without a position (NaN or infinite coordinates): "
                "draw it or import it again."
            )
        )
    if not _finite_coordinates(hazard_geometry):
        return _unusable_check(
            tr(
                "The hazard {} has a vertex without a position (NaN or infinite coordinates): "
                "repair the hazard first."
            ).format(_text(hazard["hazard_id"]))
        )
    candidate = _shapely(geometry) if present else None
    rectangle = hazard_geometry.boundingBox()
    if present:
        rectangle.combineExtentWith(geometry.boundingBox())
    earlier = _saved_releases(layers, rectangle)
    broken = [release_id or "?" for release_id, _, g in earlier if not _finite_coordinates(g)]
    if broken:
        return _unusable_check(_broken_releases_message(broken))
    check = check_release(  # GEOS's floating-point flags are quieted in core.accounting
        candidate,
        _shapely(hazard_geometry),
        [_shapely(g) for _, _, g in earlier],
        area=_area_function(layers.release),
    )
    overlaps = [(earlier[i][0] or "?", m2) for i, m2 in check.overlaps]
    messages: list[tuple[str, str]] = []
    can_save = check.valid
    if not check.valid:
        if candidate is None or check.invalid_reason == "empty":
            messages.append(("error", tr("No polygon yet: digitise it or take it from a source.")))
        else:
            messages.append(
                (
                    "error",
                    tr("The polygon is not valid ({}). Repair it before saving.").format(
                        check.invalid_reason
                    ),
                )
            )
    else:
        messages.append(("info", tr("Area: {}").format(_m2(check.area_m2))))
        if check.inside_m2 < AREA_TOLERANCE_M2:
            can_save = False
            messages.append(("error", tr("The polygon lies entirely outside the hazard.")))
        elif check.outside_m2 >= AREA_TOLERANCE_M2:
            messages.append(
                (
                    "warning",
                    tr("{} lie outside the hazard and will not be counted.").format(
                        _m2(check.outside_m2)
                    ),
                )
            )
        if check.larger_than_hazard:
            can_save = False
            messages.append(
                (
                    "error",
                    tr("The release ({}) is larger than the hazard ({}).").format(
                        _m2(check.area_m2), _m2(check.hazard_m2)
                    ),
                )
            )
        for release_id, m2 in overlaps:
            messages.append(
                (
                    "warning",
                    tr("Overlaps the earlier release {} by {}; counted once.").format(
                        release_id, _m2(m2)
                    ),
                )
            )
        messages.append(
            (
                "info",
                tr("Remaining in the hazard after saving: {} (status: {}).").format(
                    _m2(check.remaining_after_m2), _status_label(check.status_after)
                ),
            )
        )
    outside = None
    if check.outside is not None:
        from ..qgis_io.geometry import to_qgs

        outside = to_qgs(check.outside)
    return LiveCheck(
        valid=check.valid,
        invalid_reason=check.invalid_reason,
        area_m2=check.area_m2,
        hazard_m2=check.hazard_m2,
        outside_m2=check.outside_m2,
        outside=outside,
        overlaps=overlaps,
        overlap_m2=check.overlap_m2,
        larger_than_hazard=check.larger_than_hazard,
        remaining_before_m2=check.remaining_before_m2,
        remaining_after_m2=check.remaining_after_m2,
        status_after=check.status_after,
        messages=messages,
        can_save=can_save,
    )


def _unusable_check(message: str) -> LiveCheck:
    """A check that cannot be computed, with the reason as its one error."""
    return LiveCheck(
        valid=False,
        invalid_reason=message,
        area_m2=0.0,
        hazard_m2=0.0,
        outside_m2=0.0,
        outside=None,
        overlaps=[],
        overlap_m2=0.0,
        larger_than_hazard=False,
        remaining_before_m2=0.0,
        remaining_after_m2=0.0,
        status_after="open",
        messages=[("error", message)],
        can_save=False,
    )


def _broken_releases_message(release_ids) -> str:
    return tr(
        "The saved release {} has a vertex without a position (NaN or infinite coordinates): "
        "the hazard's figures cannot be counted. Repair it first (Check data lists it)."
    ).format(", ".join(release_ids))


def _status_label(status: str) -> str:
    label = model.CODE_LISTS["status"].label(status) or status
    return QCoreApplication.translate(model.TR_CONTEXT, label)


# ---------------------------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------------------------


def _value(feature: QgsFeature, name: str):
    index = feature.fields().indexOf(name)
    if index < 0:
        return None
    value = feature.attribute(index)
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    if isinstance(value, str) and not value.strip():
        return None
    return value


# Work of humanitarian mine action (releases, hazards) is dated from 1988 on (the model's
# EARLIEST_WORK_DATE, as checkdata's bad_date); minefield records are military documents and
# may be older.
EARLIEST_WORK_DATE = model.EARLIEST_WORK_DATE
EARLIEST_RECORD_DATE = datetime.date(1900, 1, 1)
EARLIEST_DATE = {RECORD: EARLIEST_RECORD_DATE}
# Text fields without a length of their own hold at most this many characters.
MAX_TEXT_CHARS = 10_000
# What an INTEGER column holds on PostGIS (and GDAL's 32-bit integer fields).
INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1
# Values no record can hold, beyond the column's own range: (lowest, highest or None).
RANGES = {
    (RELEASE, "depth_cm"): (0, 2_000),
    (RELEASE, "ap_found"): (0, 1_000_000),
    (RELEASE, "at_found"): (0, 1_000_000),
    (RELEASE, "uxo_found"): (0, 1_000_000),
    (RELEASE, "cm_found"): (0, 1_000_000),
    (HAZARD, "evidence_direct"): (0, 1_000_000),
    (HAZARD, "evidence_indirect"): (0, 1_000_000),
    (POINT, "seq"): (0, 100_000),
    (POINT, "distance_m"): (0, 100_000),
    (LEG, "distance_m"): (0, 100_000),
    (RECORD, "mines_recorded"): (0, 1_000_000),
    (RECORD, "accuracy"): (0, 100),
    (RECORD, "closure_error_m"): (0, None),
    (RECORD, "declination_deg"): (-180, 180),
}
_WHOLE_NUMBER = re.compile(r"[+-]?[0-9]+")
_DECIMAL_NUMBER = re.compile(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?")


class _Refused(ValueError):
    """A value its field cannot hold; the message (translated) says why, without the field."""


def _shown(value) -> str:
    """A value as the message quotes it: text in quotes, escaped where it cannot be shown,
    long text cut."""
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "-inf" if value < 0 else "inf"
        return f"{value:.15g}"
    if isinstance(value, (QDate, QDateTime)):
        return value.toString(Qt.ISODate) if value.isValid() else tr("an invalid date")
    if not isinstance(value, str):
        return str(value)
    shown = "".join(
        c if c.isprintable() and not 0xD800 <= ord(c) <= 0xDFFF else f"\\u{ord(c):04x}"
        for c in value[:40]
    )
    return f"'{shown}…'" if len(value) > 40 else f"'{shown}'"


def _as_integer(value) -> int:
    if isinstance(value, bool):
        raise _Refused(tr("is not a whole number"))
    if isinstance(value, int):
        number = value
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise _Refused(tr("is not a number"))
        if value != int(value):
            raise _Refused(tr("is not a whole number"))
        number = int(value)
    elif isinstance(value, str) and _WHOLE_NUMBER.fullmatch(value.strip()):
        number = int(value.strip())
    else:
        raise _Refused(tr("is not a whole number"))
    return number


def _as_real(value) -> float:
    if isinstance(value, bool):
        raise _Refused(tr("is not a number"))
    if isinstance(value, (int, float)):
        number = float(value)
    elif isinstance(value, str) and _DECIMAL_NUMBER.fullmatch(value.strip()):
        number = float(value.strip())
    else:
        raise _Refused(tr("is not a number (the decimal mark is a point)"))
    if not math.isfinite(number):
        raise _Refused(tr("is not a number"))
    return number


def _as_date(value) -> datetime.date:
    """A date from a QDate, QDateTime, Python date or ISO text (YYYY-MM-DD, optionally with a
    time); anything else is refused."""
    if isinstance(value, QDateTime):
        value = value.date() if value.isValid() else QDate()
    if isinstance(value, QDate):
        if not value.isValid():
            raise _Refused(tr("is not a date"))
        return value.toPyDate()
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = value.strip() if isinstance(value, str) else None
    if text and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
        try:
            return datetime.date.fromisoformat(text)
        except ValueError:
            pass
    elif text and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9:.]+(Z|[+-][0-9:]+)?", text):
        try:
            return datetime.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:
            pass
    raise _Refused(tr("is not a date"))


def _as_text(value, max_chars: int) -> str:
    text = value if isinstance(value, str) else str(value)
    for position, char in enumerate(text, start=1):
        if 0xD800 <= ord(char) <= 0xDFFF:
            raise _Refused(
                tr(
                    "holds a broken character (\\u{:04x}, character {}): type that part again"
                ).format(ord(char), position)
            )
        if char not in "\t\n\r" and (ord(char) < 32 or 127 <= ord(char) < 160):
            raise _Refused(
                tr("holds a control character (U+{:04X}, character {}): remove it").format(
                    ord(char), position
                )
            )
    if len(text) > max_chars:
        raise _Refused(
            tr("has {:,} characters; it holds at most {:,}: shorten it").format(
                len(text), max_chars
            )
        )
    return text


def _typed(f: model.Field, value):
    """``value`` as field ``f`` stores it (int, float, date, text), or _Refused."""
    if f.type == model.INTEGER:
        return _as_integer(value)
    if f.type == model.REAL:
        return _as_real(value)
    if f.type == model.DATE:
        return _as_date(value)
    if f.type == model.TEXT:
        return _as_text(value, f.length or MAX_TEXT_CHARS)
    return value  # DATETIME: derived fields, written as they are


def _field_problem(layer_name: str, f: model.Field, value) -> str | None:
    """Why ``value`` cannot be stored in field ``f`` of ``layer_name``, naming the field (label
    and name) and the value and saying what to do; None when it can."""
    label, shown = _field_label(f), _shown(value)
    try:
        typed = _typed(f, value)
    except _Refused as refusal:
        if f.type == model.DATE:
            return tr("{}: {} is not a date ({}): type it as YYYY-MM-DD, e.g. 2025-06-30.").format(
                label, shown, f.name
            )
        if f.type in (model.INTEGER, model.REAL):
            example = tr("e.g. 12") if f.type == model.INTEGER else tr("e.g. 12.5")
            return tr("{}: {} {} ({}): type a number, {}.").format(
                label, shown, refusal, f.name, example
            )
        return tr("{}: the text {} {} ({}).").format(label, shown, refusal, f.name)
    if f.code_list is not None and typed not in f.code_list.values():
        return tr("{}: {} is not in the code list ({}): choose one of {}.").format(
            label, shown, f.name, ", ".join(f.code_list.values())
        )
    if f.type == model.DATE:
        return _date_problem(layer_name, f, typed)
    default = (INT32_MIN, INT32_MAX) if f.type == model.INTEGER else (None, None)
    low, high = RANGES.get((layer_name, f.name), default)
    if low == 0 and typed < 0:
        return tr("{} cannot be negative ({}: {}): type 0 or more.").format(label, f.name, shown)
    if low is not None and not low <= typed <= (math.inf if high is None else high):
        return tr("{}: {} is outside {} to {} ({}): check the value and its unit.").format(
            label, shown, f"{low:,}", f"{high:,}", f.name
        )
    return None


def _date_problem(layer_name: str, f: model.Field, day: datetime.date) -> str | None:
    label = _field_label(f)
    earliest = EARLIEST_DATE.get(layer_name, EARLIEST_WORK_DATE)
    if day > datetime.date.today():
        return tr("{}: {} is in the future ({}): type the day it happened.").format(
            label, day.isoformat(), f.name
        )
    if day < earliest:
        return tr("{}: {} is before {} ({}): check the year.").format(
            label, day.isoformat(), earliest.year, f.name
        )
    return None


def _date(value) -> datetime.date | None:
    """The date of a value that passed validation (None when empty)."""
    if value is None:
        return None
    try:
        return _as_date(value)
    except _Refused:
        return None


def _text_ok(value) -> bool:
    """Whether ``value`` can go into a filter expression or SQL (no broken characters)."""
    try:
        _as_text(value, MAX_TEXT_CHARS)
    except _Refused:
        return False
    return True


def _exists(layer: QgsVectorLayer, name: str, value: str) -> bool:
    """Whether the database (not the edit buffer) holds a row of ``layer`` with ``name`` =
    ``value``."""
    if not _text_ok(value):
        return False
    quoted = value.replace("'", "''")
    request = QgsFeatureRequest().setFilterExpression(f"\"{name}\" = '{quoted}'")
    request.setFlags(QgsFeatureRequest.NoGeometry)
    request.setLimit(1)
    return any(True for _ in layer.dataProvider().getFeatures(request))


def _release_exists(layers: ReleaseLayers, name: str, value: str) -> bool:
    return _exists(layers.release, name, value)


def find_hazard(layers: ReleaseLayers, hazard_id: str) -> QgsFeature | None:
    if not _text_ok(hazard_id):
        return None
    quoted = str(hazard_id).replace("'", "''")
    request = QgsFeatureRequest().setFilterExpression(f"\"hazard_id\" = '{quoted}'")
    for feature in layers.hazard.dataProvider().getFeatures(request):
        return feature
    return None


def validate(layers: ReleaseLayers, candidate: Candidate, hazard: QgsFeature | None) -> list[str]:
    """Why ``candidate`` cannot be saved, as translated sentences; [] when it can."""
    feature = candidate.feature
    problems = _attribute_problems(feature, model.layer(RELEASE))
    errors = list(problems.values())
    start, end = _date(_value(feature, "start_date")), _date(_value(feature, "end_date"))
    if start and end and end < start and not {"start_date", "end_date"} & problems.keys():
        errors.append(tr("The end date {} is before the start date {}.").format(end, start))
    errors += _survey_point_errors(candidate.points)
    hazard_id = _value(feature, "hazard_id")
    if "hazard_id" in problems:
        pass
    elif hazard is None:
        if hazard_id is not None:
            errors.append(tr("There is no hazard {}.").format(hazard_id))
    elif hazard_id is not None and _text(hazard["hazard_id"]) != str(hazard_id):
        errors.append(
            tr("The release names hazard {} but the chosen hazard is {}.").format(
                hazard_id, _text(hazard["hazard_id"])
            )
        )
    release_id = _value(feature, "release_id")
    if release_id is not None and _release_exists(layers, "release_id", str(release_id)):
        errors.append(
            tr("A release {} is already recorded: it is not saved twice.").format(release_id)
        )
    uuid = _value(feature, "uuid")
    if uuid is not None and _release_exists(layers, "uuid", str(uuid)):
        errors.append(tr("This release is already saved."))
    geometry = feature.geometry()
    problem = _polygon_problem(
        geometry,
        tr("The release has no polygon."),
        tr("The release geometry must be a polygon."),
        tr("The polygon is not valid: repair it (make valid) before saving."),
        tr("The polygon has several parts: record each part as its own release."),
    )
    if problem:
        errors.append(problem)
    elif hazard is not None:
        check = check_candidate(layers, hazard, geometry)
        errors += [text for level, text in check.messages if level == "error"]
    return errors


def _survey_point_errors(points, first_seq: int = 1) -> list[str]:
    """Why survey ``points`` cannot be saved, each named by its sequence number (owner_id is
    set by the save)."""
    errors = []
    definition = model.layer(POINT)
    for number, point in enumerate(points, start=first_seq):
        problems = _attribute_problems(point, definition, skip=("owner_id",))
        seq = _value(point, "seq") if "seq" not in problems else None
        seq = number if seq is None else seq
        for text in problems.values():
            errors.append(tr("Survey point {}: {}").format(seq, text))
        if not _has_position(point.geometry()):
            errors.append(tr("Survey point {} has no position.").format(seq))
    return errors


def _finite_coordinates(geometry: QgsGeometry) -> bool:
    return all(
        math.isfinite(vertex.x()) and math.isfinite(vertex.y()) for vertex in geometry.vertices()
    )


def _has_position(geometry) -> bool:
    return (
        geometry is not None
        and not geometry.isNull()
        and not geometry.isEmpty()
        and _finite_coordinates(geometry)
    )


def _polygon_problem(geometry, empty: str, not_polygon: str, invalid: str, parts: str):
    """The first of the given sentences that applies to ``geometry``, else None: a record is
    one valid polygon with finite coordinates."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return empty
    if QgsWkbTypes.geometryType(geometry.wkbType()) != QgsWkbTypes.PolygonGeometry:
        return not_polygon
    if not _finite_coordinates(geometry):
        return tr(
            "The polygon has a vertex without a position (NaN or infinite coordinates): draw "
            "it or import it again."
        )
    if not geometry.isGeosValid():
        return invalid
    if geometry.isMultipart() and len(geometry.asGeometryCollection()) > 1:
        return parts
    return None


def _attribute_problems(feature: QgsFeature, definition: model.Layer, skip=()) -> dict:
    """{field name: why its value cannot be saved}: mandatory fields left empty, values their
    field cannot hold (type, length, characters, code list, range, date), as the model says
    (fields named in ``skip`` aside)."""
    problems = {}
    for f in definition.fields:
        if f.name in skip:
            continue
        value = _value(feature, f.name)
        if value is None:
            if f.not_null and f.derived is None and f.default is None:
                problems[f.name] = tr("{} is mandatory ({}): fill it in.").format(
                    _field_label(f), f.name
                )
            continue
        problem = _field_problem(definition.name, f, value)
        if problem:
            problems[f.name] = problem
    return problems


def _attribute_errors(feature: QgsFeature, definition: model.Layer, skip=()) -> list[str]:
    return list(_attribute_problems(feature, definition, skip).values())


def _field_label(f: model.Field) -> str:
    return QCoreApplication.translate(model.TR_CONTEXT, f.label)


# ---------------------------------------------------------------------------------------------
# Writing in one transaction
# ---------------------------------------------------------------------------------------------


def _hazard_figures(tx, layers: ReleaseLayers, hazard: QgsFeature):
    """(remaining m², status) of ``hazard`` from the releases stored in the database as the
    transaction ``tx`` sees them, its own writes included."""
    import numpy as np
    import shapely

    from ..core.accounting import account

    hazard_geometry = _hazard_geometry(layers, hazard)
    box = hazard_geometry.boundingBox()
    table = tx.layer(RELEASE)
    table.SetSpatialFilterRect(box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum())
    outcomes, geometries, broken = [], [], []
    try:
        table.ResetReading()
        for row in table:
            geometry = row.GetGeometryRef()
            if geometry is None or geometry.IsEmpty():
                continue
            shape = shapely.from_wkb(bytes(geometry.ExportToIsoWkb()))
            if not np.isfinite(shapely.get_coordinates(shape)).all():
                broken.append(row.GetField("release_id") or "?")
            outcomes.append(row.GetField("outcome"))
            geometries.append(shape)
    except RuntimeError as error:
        raise SaveError(tx.explain(str(error))) from error
    finally:
        table.SetSpatialFilter(None)
    if broken:
        raise SaveError(_broken_releases_message(broken) + " " + tr("Nothing was saved."))
    result = account(
        [_shapely(hazard_geometry)],
        geometries,
        outcomes,
        [None] * len(outcomes),
        area=_area_function(layers.release),
    )
    figures = result.hazards[0]
    return round(figures.remaining_m2, 2), figures.status


def _other_hazards(layers: ReleaseLayers, geometry: QgsGeometry, named: QgsFeature | None):
    """The hazards besides ``named`` that a release (in the release layer's CRS) overlaps: a
    CHA inside its SHA, a release across two hazards. Their figures move too."""
    geometry = QgsGeometry(geometry)
    if layers.hazard.crs() != layers.release.crs():
        geometry.transform(
            QgsCoordinateTransform(
                layers.release.crs(), layers.hazard.crs(), QgsProject.instance().transformContext()
            )
        )
    named_id = _text(named["hazard_id"]) if named is not None else None
    request = QgsFeatureRequest().setFilterRect(geometry.boundingBox())
    return [
        hazard
        for hazard in layers.hazard.dataProvider().getFeatures(request)
        if _text(hazard["hazard_id"]) not in (None, named_id)
        and hazard.geometry().intersects(geometry)
    ]


def _stored_geometry(layers: ReleaseLayers, uuid: str) -> QgsGeometry | None:
    quoted = uuid.replace("'", "''")
    request = QgsFeatureRequest().setFilterExpression(f"\"uuid\" = '{quoted}'")
    for feature in layers.release.dataProvider().getFeatures(request):
        return QgsGeometry(feature.geometry())
    return None


def _ogr_value(value):
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    if isinstance(value, QDateTime):
        return value.toUTC().toString(Qt.ISODateWithMs) if value.isValid() else None
    if isinstance(value, QDate):
        return value.toString(Qt.ISODate) if value.isValid() else None
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    return value


def _set_fields(row: ogr.Feature, values: dict) -> None:
    defn = row.GetDefnRef()
    for name, value in values.items():
        index = defn.GetFieldIndex(name)
        if index < 0:
            continue
        value = _ogr_value(value)
        if value is None:
            row.SetFieldNull(index)
        else:
            row.SetField(index, value)


def _attributes(feature: QgsFeature, definition: model.Layer | None = None) -> dict:
    """The feature's values by field name; with ``definition``, its fields as they are stored
    (validated values: whole numbers as int, numbers as float, dates as dates, blank text as
    NULL)."""
    values = {name: feature.attribute(name) for name in feature.fields().names() if name != "fid"}
    for f in definition.fields if definition is not None else ():
        if f.name in values:
            value = _value(feature, f.name)
            values[f.name] = None if value is None else _typed(f, value)
    return values


class _Transaction:
    """One GDAL update transaction on the database (a GeoPackage path or a PostGIS
    ``PgDatabase``); rolled back unless committed.

    Two officers saving at the same moment are serialised: on PostGIS by row locks on the
    hazards concerned (``lock_hazards``), waiting up to ``LOCK_TIMEOUT_S``; on a GeoPackage by
    taking SQLite's write lock at the start, before anything is read.
    """

    def __init__(self, database):
        self.database = database
        self.postgis = isinstance(database, postgis.PgDatabase)
        self.name = database.gdal_name() if self.postgis else database
        self.label = database.label if self.postgis else database
        self.ds = None

    def __enter__(self):
        problem = None if self.postgis else _gpkg_write_problem(self.name)
        if problem:
            raise SaveError(problem)
        gdal.ErrorReset()
        try:
            self.ds = gdal.OpenEx(self.name, gdal.OF_VECTOR | gdal.OF_UPDATE)
        except RuntimeError as error:
            raise SaveError(self.explain(str(error), opening=True)) from error
        if self.ds is None:
            raise SaveError(self.explain(gdal.GetLastErrorMsg(), opening=True))
        if self.postgis:
            self._begin()
            self.sql(f"SET LOCAL lock_timeout = '{LOCK_TIMEOUT_S}s'")
            return self
        # A write first: SQLite takes its write lock now, so what this transaction reads next
        # is the latest committed state and no one else can change it before the commit. While
        # another save holds the lock, SQLite answers "locked" at once (GDAL keeps a read open,
        # so its busy handler does not wait): begin again until the lock is free.
        deadline = time.monotonic() + LOCK_TIMEOUT_S
        while True:
            self._begin()
            try:
                self.sql(f'UPDATE "{HAZARD}" SET fid = fid WHERE 0')
                return self
            except SaveError as error:
                self.ds.RollbackTransaction()
                if "locked" not in str(error) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _begin(self) -> None:
        if self._call(self.ds.StartTransaction) != 0:
            raise SaveError(tr("Cannot start a transaction on {}.").format(self.label))

    def lock_hazards(self, hazard_ids) -> None:
        """Lock the hazards' rows until commit (PostGIS), in a fixed order against deadlocks."""
        ids = sorted({str(h) for h in hazard_ids if h is not None})
        if self.postgis and ids:
            listed = ", ".join(_quote(h) for h in ids)
            self.sql(
                f'SELECT hazard_id FROM "{HAZARD}" WHERE hazard_id IN ({listed}) '
                "ORDER BY hazard_id FOR UPDATE"
            )

    def _call(self, function, *args):
        gdal.ErrorReset()
        try:
            result = function(*args)
        except RuntimeError as error:
            raise SaveError(self.explain(str(error))) from error
        if gdal.GetLastErrorType() >= gdal.CE_Failure:
            raise SaveError(self.explain(gdal.GetLastErrorMsg()))
        return result

    def explain(self, message: str, opening: bool = False) -> str:
        """The database's error in words an officer can act on, never its SQL; the original
        goes to the message log for the administrator."""
        if message.strip():
            QgsMessageLog.logMessage(
                tr("Saving to {} failed: {}").format(self.label, message.strip()),
                LOG_TAG,
                Qgis.Warning,
            )
        lowered = message.lower()
        if self.postgis:
            return _postgis_message(self.label, message)
        if "disk is full" in lowered or "no space left" in lowered:
            return _disk_full(self.name)
        if "readonly" in lowered or "read-only" in lowered or "read only" in lowered:
            return _gpkg_write_problem(self.name) or _read_only_file(self.name)
        if opening or "disk i/o error" in lowered or "unable to open" in lowered:
            found = _gpkg_write_problem(self.name, min_free_bytes=MIN_FREE_BYTES_AFTER)
            if found:
                return found
        return _conflict_message(message) or _refused_message(self.label, message)

    def layer(self, name: str) -> ogr.Layer:
        lyr = self.ds.GetLayerByName(name)
        if lyr is None:
            raise SaveError(tr("The database has no layer {}.").format(name))
        return lyr

    def insert(self, name: str, values: dict, geometry: QgsGeometry | None) -> int:
        lyr = self.layer(name)
        row = ogr.Feature(lyr.GetLayerDefn())
        _set_fields(row, values)
        if geometry is not None and not geometry.isNull():
            row.SetGeometry(ogr.CreateGeometryFromWkb(bytes(geometry.asWkb())))
        if self._call(lyr.CreateFeature, row) != 0:
            raise SaveError(tr("Cannot write to {}.").format(name))
        return row.GetFID()

    def sql(self, statement: str):
        result = self._call(self.ds.ExecuteSQL, statement)
        if result is not None:
            rows = [[f.GetField(i) for i in range(f.GetFieldCount())] for f in result]
            self.ds.ReleaseResultSet(result)
            return rows
        return []

    def commit(self) -> None:
        if self._call(self.ds.CommitTransaction) != 0:
            raise SaveError(tr("The database refused the commit."))

    def __exit__(self, kind, error, trace):
        if kind is not None and self.ds is not None:
            try:
                self.ds.RollbackTransaction()
            except RuntimeError:
                pass
        self.ds = None
        return False


# How long a save waits for another officer's save on the same hazard before giving up.
LOCK_TIMEOUT_S = 30


def _conflict_message(message: str) -> str | None:
    """Another officer's work or the database's rules in words an officer can act on; None
    for other errors."""
    lowered = message.lower()
    reason = _plain_reason(message)
    detail = f" ({reason})" if reason else ""
    if "lock timeout" in lowered or "deadlock" in lowered or "database is locked" in lowered:
        return tr(
            "Someone else is saving changes to the same hazard and the database stayed busy. "
            "Nothing was saved: try again.{}"
        ).format(detail)
    if "duplicate key" in lowered or "unique constraint" in lowered:
        return tr(
            "A record with the same ID or UUID was saved in the meantime, perhaps by another "
            "officer. Nothing was saved: reload and choose another ID.{}"
        ).format(detail)
    if "permission denied" in lowered:
        return tr(
            "Your database account may not make this change (permission denied). Nothing was "
            "saved: ask your database administrator for the editor role.{}"
        ).format(detail)
    return None


# Below this much free space a GeoPackage save is refused before it starts (the journal, the
# WAL and their index need room); after a failure, a disk with less is taken as full.
MIN_FREE_BYTES = 1024 * 1024
MIN_FREE_BYTES_AFTER = 256 * 1024
LOG_TAG = "Land Release"


def _gpkg_write_problem(path: str, min_free_bytes: int = MIN_FREE_BYTES) -> str | None:
    """Why the GeoPackage ``path`` cannot be written, as the file system tells: the file or its
    folder read-only (SQLite writes its journal beside the file), the disk full; else None."""
    folder = os.path.dirname(os.path.abspath(path))
    if os.path.exists(path) and not os.access(path, os.W_OK):
        return _read_only_file(path)
    if os.path.isdir(folder) and not os.access(folder, os.W_OK):
        return tr(
            "The folder of the database, {}, is read-only: the database writes its journal "
            "beside the file. Ask for write access to the folder, or copy the database to a "
            "folder where you may write and open the copy. Nothing was saved."
        ).format(folder)
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return None
    return _disk_full(path) if free < min_free_bytes else None


def _read_only_file(path: str) -> str:
    return tr(
        "The database file {} is read-only: ask for write access, or copy it to a folder where "
        "you may write and open the copy. Nothing was saved."
    ).format(path)


def _disk_full(path: str) -> str:
    return tr(
        "The disk holding {} is full: free space (or move the database to another disk) and "
        "save again. Nothing was saved."
    ).format(path)


def _postgis_message(label: str, message: str) -> str:
    lowered = message.lower()
    if "no space left" in lowered or "could not extend file" in lowered:
        return tr(
            "The disk of the database server is full: ask the database administrator to free "
            "space. Nothing was saved."
        )
    if "read-only transaction" in lowered or "recovery is in progress" in lowered:
        return tr(
            "The shared database {} accepts no changes now (a read-only or standby server): "
            "ask the database administrator. Nothing was saved."
        ).format(label)
    return _conflict_message(message) or _refused_message(label, message)


def _refused_message(label: str, message: str) -> str:
    reason = _plain_reason(message)
    if reason:
        return tr("The database {} refused the change: {}. Nothing was saved.").format(
            label, reason.rstrip(".")
        )
    return tr(
        "The database {} refused the change. Nothing was saved; the details are in the "
        "message log (Land Release)."
    ).format(label)


_SQL_WORDS = re.compile(
    r"\b(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|BEGIN|COMMIT|ROLLBACK|WHERE|FROM|"
    r"VALUES|SET)\b"
)


def without_sql(message: str) -> str:
    """``message`` itself when it quotes no SQL; else the database's own words in it (GDAL,
    SQLite or PostgreSQL), "" when nothing but SQL is left."""
    return message.strip() if not _SQL_WORDS.search(message) else _plain_reason(message)


def _plain_reason(message: str) -> str:
    """The database's own words in a GDAL error message, without the SQL it quotes ("" when
    nothing but SQL is left)."""
    text = message.split("Command:", 1)[0]
    if "ERROR:" in text:  # PostgreSQL: its sentence follows ERROR:
        text = text.rsplit("ERROR:", 1)[1]
    text = re.sub(r"sqlite3_\w+\(.*\)\s*(failed)?\s*:", " ", text, flags=re.S)
    text = re.sub(r"^.*\bfailed\s+to\s+\w+(\s+\w+)?\s*:\s", " ", text, flags=re.S)
    text = re.sub(r"In \w+\(\):", " ", text)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    reason = " ".join(line for line in lines if not line.startswith(("LINE ", "CONTEXT", "^")))
    return "" if not reason or _SQL_WORDS.search(reason) else reason.strip()


def _quote(value: str) -> str:
    return "'" + str(value).replace("'", "''") + "'"


def _log_start(tx: _Transaction) -> int:
    if tx.postgis or tx.ds.GetLayerByName(LOG) is None:
        return 0
    rows = tx.sql(f'SELECT coalesce(max(fid), 0) FROM "{LOG}"')
    return int(rows[0][0]) if rows else 0


def _sign_log(tx: _Transaction, since: int, user: str | None) -> None:
    """Name the user on the edit_log rows the triggers wrote in this transaction (GeoPackage;
    on PostGIS the trigger itself names the database login)."""
    if user and not tx.postgis and tx.ds.GetLayerByName(LOG) is not None:
        tx.sql(
            f'UPDATE "{LOG}" SET changed_by = {_quote(user)} '
            f"WHERE fid > {since} AND changed_by IS NULL"
        )


def _update_hazard(tx: _Transaction, hazard_id: str, remaining: float, status: str) -> None:
    today = datetime.date.today().isoformat()
    tx.sql(
        f'UPDATE "{HAZARD}" SET remaining_area_m2 = {remaining!r}, '
        f"status_changed_on = CASE WHEN coalesce(status, '') <> {_quote(status)} "
        f"THEN {_quote(today)} "
        f"ELSE status_changed_on END, status = {_quote(status)} "
        f"WHERE hazard_id = {_quote(hazard_id)}"
    )


def _user() -> str | None:
    from ..qgis_io.convert import common_values

    return common_values().get("created_by")


def _reload(layers: ReleaseLayers) -> None:
    for layer in (
        layers.release,
        layers.hazard,
        layers.survey_point,
        layers.edit_log,
        layers.minefield_record,
        layers.traverse_leg,
    ):
        if layer is not None and not sip.isdeleted(layer):
            layer.dataProvider().reloadData()
            layer.triggerRepaint()


def _refuse_pending_edits(layers: ReleaseLayers, more=()) -> None:
    for layer in (layers.release, layers.hazard, layers.survey_point, *more):
        if layer is None or sip.isdeleted(layer):
            continue
        if layer.isEditable() and layer.isModified():
            raise SaveError(
                tr("The layer {} has unsaved edits: save or discard them first.").format(
                    layer.name()
                )
            )


def save_release(
    layers: ReleaseLayers, candidate: Candidate, user: str | None = None
) -> SavedRelease:
    """Validate and write the release, its survey points, the hazard's remaining area and
    status and who did it, in one transaction. Raises SaveError and writes nothing on failure."""
    feature = candidate.feature
    hazard_id = _value(feature, "hazard_id")
    hazard = find_hazard(layers, str(hazard_id)) if hazard_id is not None else None
    errors = validate(layers, candidate, hazard)
    if errors:
        raise SaveError("\n".join(errors))
    _refuse_pending_edits(layers)
    user = user or _value(feature, "created_by") or _user()
    geometry = QgsGeometry(feature.geometry())
    if geometry.isMultipart():
        geometry.convertToSingleType()
    previous_status = _text(hazard["status"]) or "open"
    previous_remaining = _value(hazard, "remaining_area_m2")
    affected = [hazard] + _other_hazards(layers, geometry, hazard)
    area = float(_area_function(layers.release)([_shapely(geometry)])[0])
    values = _attributes(feature, model.layer(RELEASE))
    values.update(area_m2=round(area, 2), created_by=user)
    release_id = str(_value(feature, "release_id"))
    point_uuids = []
    with _Transaction(layers.database) as tx:
        tx.lock_hazards(_text(h["hazard_id"]) for h in affected)
        since = _log_start(tx)
        tx.insert(RELEASE, values, geometry)
        for point in candidate.points:
            point_values = _attributes(point, model.layer(POINT))
            point_values.update(owner_id=release_id, created_by=user)
            tx.insert(POINT, point_values, point.geometry())
            if _value(point, "uuid"):
                point_uuids.append(str(_value(point, "uuid")))
        # The figures come from the database as this transaction sees it, after the locks:
        # releases saved meanwhile by others are counted, none is lost.
        figures = [(h, *_hazard_figures(tx, layers, h)) for h in affected]
        for h, h_remaining, h_status in figures:
            _update_hazard(tx, _text(h["hazard_id"]), h_remaining, h_status)
        remaining, status = figures[0][1], figures[0][2]
        _sign_log(tx, since, user)
        if _before_commit is not None:
            _before_commit()
        tx.commit()
    _reload(layers)
    return SavedRelease(
        release_id=release_id,
        release_uuid=str(_value(feature, "uuid") or ""),
        hazard_id=str(hazard_id),
        remaining_m2=remaining,
        status=status,
        previous_status=previous_status,
        previous_remaining_m2=float(previous_remaining) if previous_remaining is not None else None,
        candidate=candidate,
        point_uuids=tuple(point_uuids),
    )


def undo_release(layers: ReleaseLayers, saved: SavedRelease, user: str | None = None) -> None:
    """Remove a saved release and the survey points saved with it, and recompute the hazard's
    remaining area and status, in one transaction (the edit log keeps both rows)."""
    _refuse_pending_edits(layers)
    user = user or _user()
    hazard = find_hazard(layers, saved.hazard_id)
    if not saved.release_uuid:
        raise SaveError(
            tr("The release {} has no UUID and cannot be undone.").format(saved.release_id)
        )
    stored = _stored_geometry(layers, saved.release_uuid)
    affected = [hazard] if hazard is not None else []
    if stored is not None:
        affected += _other_hazards(layers, stored, hazard)
    with _Transaction(layers.database) as tx:
        tx.lock_hazards(_text(h["hazard_id"]) for h in affected)
        since = _log_start(tx)
        present = tx.sql(
            f'SELECT count(*) FROM "{RELEASE}" WHERE uuid = {_quote(saved.release_uuid)}'
        )
        if not present or int(present[0][0]) != 1:
            raise SaveError(
                tr("The release {} is no longer in the database.").format(saved.release_id)
            )
        tx.sql(f'DELETE FROM "{RELEASE}" WHERE uuid = {_quote(saved.release_uuid)}')
        if saved.point_uuids:
            uuids = ", ".join(_quote(u) for u in saved.point_uuids)
            tx.sql(f'DELETE FROM "{POINT}" WHERE uuid IN ({uuids})')
        for h in affected:
            remaining, status = _hazard_figures(tx, layers, h)
            _update_hazard(tx, _text(h["hazard_id"]), remaining, status)
        _sign_log(tx, since, user)
        tx.commit()
    _reload(layers)


def redo_release(
    layers: ReleaseLayers, saved: SavedRelease, user: str | None = None
) -> SavedRelease:
    """Write an undone release again, with the same UUID and attributes."""
    if saved.candidate is None:
        raise SaveError(tr("The release {} cannot be written again.").format(saved.release_id))
    return save_release(layers, saved.candidate, user)


# ---------------------------------------------------------------------------------------------
# Saving a hazard with its survey points (the Turning points dialog)
# ---------------------------------------------------------------------------------------------


def _hazard_exists(layers: ReleaseLayers, name: str, value: str) -> bool:
    return _exists(layers.hazard, name, value)


def _validate_hazard(layers: ReleaseLayers, feature: QgsFeature, points) -> list[str]:
    """Why the hazard ``feature`` and its survey ``points`` cannot be saved; [] when they can."""
    errors = _attribute_errors(feature, model.layer(HAZARD))
    hazard_id = _value(feature, "hazard_id")
    if hazard_id is not None and _hazard_exists(layers, "hazard_id", str(hazard_id)):
        errors.append(
            tr("A hazard {} is already recorded: choose another hazard ID.").format(hazard_id)
        )
    uuid = _value(feature, "uuid")
    if uuid is not None and _hazard_exists(layers, "uuid", str(uuid)):
        errors.append(tr("This hazard is already saved."))
    problem = _polygon_problem(
        feature.geometry(),
        tr("The hazard has no polygon."),
        tr("The hazard geometry must be a polygon."),
        tr("The polygon is not valid (its sides cross?): correct the points before saving."),
        tr("The polygon has several parts: record each part as its own hazard."),
    )
    if problem:
        errors.append(problem)
    errors += _survey_point_errors(points)
    return errors


def save_hazard(
    layers: ReleaseLayers, feature: QgsFeature, points=(), user: str | None = None
) -> str:
    """Validate and write a new hazard (``feature``: hazard fields, geometry in the hazard
    layer's CRS) and its survey ``points`` (survey_point fields, geometry in that layer's CRS;
    their owner_id becomes the hazard_id) in one transaction; returns the hazard_id. The
    estimated and remaining areas are the polygon's ellipsoidal area. Raises SaveError and writes
    nothing on failure."""
    points = list(points)
    errors = _validate_hazard(layers, feature, points)
    if errors:
        raise SaveError("\n".join(errors))
    _refuse_pending_edits(layers)
    user = user or _value(feature, "created_by") or _user()
    geometry = QgsGeometry(feature.geometry())
    if geometry.isMultipart():
        geometry.convertToSingleType()
    area = round(float(_area_function(layers.hazard)([_shapely(geometry)])[0]), 2)
    values = _attributes(feature, model.layer(HAZARD))
    for f in model.layer(HAZARD).fields:
        if f.default is not None and _value(feature, f.name) is None:
            values[f.name] = f.default
    values.update(estimated_area_m2=area, remaining_area_m2=area, created_by=user)
    hazard_id = str(_value(feature, "hazard_id"))
    with _Transaction(layers.database) as tx:
        since = _log_start(tx)
        tx.insert(HAZARD, values, geometry)
        _insert_points(tx, points, hazard_id, user)
        _sign_log(tx, since, user)
        if _before_commit is not None:
            _before_commit()
        tx.commit()
    _reload(layers)
    return hazard_id


def _insert_points(tx, points: list[QgsFeature], owner_id: str, user) -> None:
    """The survey points of a hazard or record, owned by ``owner_id``, inside ``tx``."""
    for point in points:
        values = _attributes(point, model.layer(POINT))
        values.update(owner_id=owner_id, created_by=user)
        tx.insert(POINT, values, point.geometry())


# ---------------------------------------------------------------------------------------------
# Saving a minefield record typed by hand (the Turning points dialog)
# ---------------------------------------------------------------------------------------------

FIRST_POINT_TYPES = ("reference", "benchmark", "start")


@dataclass
class MinefieldRecord:
    """A minefield record to save: its ``feature`` (minefield_record fields, the polygon in the
    database's CRS, closure_error_m, declination_deg and declination_source), its ``legs``
    (traverse_leg fields, as entered) and its survey ``points`` (survey_point fields, in the
    survey_point layer's CRS; the first, seq 0, is the reference point or benchmark that
    ``landrelease:traverse`` takes as START). record_id and owner_id are set by the save."""

    feature: QgsFeature
    legs: list[QgsFeature] = field(default_factory=list)
    points: list[QgsFeature] = field(default_factory=list)


def _finite(value) -> float | None:
    """``value`` as a finite float, else None."""
    import math

    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _record_value_errors(feature: QgsFeature) -> list[str]:
    """What the fields alone do not say: the declination and its source go together."""
    has_value = _value(feature, "declination_deg") is not None
    has_source = _value(feature, "declination_source") is not None
    if has_value != has_source:
        return [tr("The declination and where it comes from go together: give both or neither.")]
    return []


def _leg_errors(legs, declination) -> list[str]:
    """Why the traverse legs cannot be saved, by sequence number."""
    from ..core.traverse import FULL_CIRCLE

    errors, seen = [], set()
    definition = model.layer(LEG)
    for number, leg in enumerate(legs, start=1):
        problems = _attribute_problems(leg, definition, skip=("record_id",))
        seq = _value(leg, "seq") if "seq" not in problems else None
        name = seq if seq is not None else number
        for text in problems.values():
            errors.append(tr("Leg {}: {}").format(name, text))
        if seq is not None:
            if int(float(seq)) in seen:
                errors.append(tr("Two legs have the sequence number {}.").format(name))
            seen.add(int(float(seq)))
        unit = _value(leg, "bearing_unit")
        bearing = _finite(_value(leg, "bearing"))
        full = FULL_CIRCLE.get(unit)
        if bearing is None or unit is None:
            if not {"bearing", "bearing_unit"} & problems.keys():
                errors.append(tr("Leg {}: the bearing and its unit are mandatory.").format(name))
        elif full is not None and not 0.0 <= bearing < full:
            errors.append(
                tr("Leg {}: the bearing {} is outside 0 to {}.").format(
                    name, f"{bearing:g}", f"{full:g}"
                )
            )
        if _value(leg, "distance_m") is None:
            errors.append(tr("Leg {}: the distance must be 0 m or more.").format(name))
        if _value(leg, "north") is None:
            errors.append(tr("Leg {}: the north reference is mandatory.").format(name))
        elif _value(leg, "north") == "magnetic" and declination is None:
            errors.append(
                tr(
                    "Leg {} is magnetic but the record has no declination: give the record's "
                    "date or the declination printed on it."
                ).format(name)
            )
    return errors


def _point_errors(points) -> list[str]:
    errors = _survey_point_errors(points, first_seq=0)
    if not points:
        errors.append(
            tr("The record has no first point (reference point or benchmark) to start from.")
        )
    else:
        first = min(points, key=lambda p: _finite(_value(p, "seq")) or 0.0)
        if _value(first, "point_type") not in FIRST_POINT_TYPES or _finite(
            _value(first, "seq")
        ) not in (None, 0.0):
            errors.append(
                tr(
                    "The first survey point must be the reference point, benchmark or start "
                    "point, with sequence number 0."
                )
            )
    return errors


def validate_record(record: MinefieldRecord) -> list[str]:
    """Why ``record`` cannot be saved, as translated sentences; [] when it can."""
    feature = record.feature
    errors = _attribute_errors(feature, model.layer(RECORD))
    errors += _record_value_errors(feature)
    problem = _polygon_problem(
        feature.geometry(),
        tr("The record has no polygon."),
        tr("The record geometry must be a polygon."),
        tr("The polygon is not valid (its sides cross?): correct the points before saving."),
        tr("The polygon has several parts: record each part as its own record."),
    )
    if problem:
        errors.append(problem)
    errors += _leg_errors(record.legs, _value(feature, "declination_deg"))
    errors += _point_errors(record.points)
    return errors


def _missing_columns(tx: _Transaction, tables) -> list[str]:
    """``table.column`` of the model columns that the database's tables lack."""
    missing = []
    for table in tables:
        defn = tx.layer(table).GetLayerDefn()
        have = {defn.GetFieldDefn(i).GetName().lower() for i in range(defn.GetFieldCount())}
        missing += [f"{table}.{n}" for n in model.layer(table).field_names() if n not in have]
    return missing


def _refuse_missing_columns(tx: _Transaction, tables) -> None:
    missing = _missing_columns(tx, tables)
    if not missing:
        return
    if tx.postgis:
        raise SaveError(
            tr(
                "The shared database {} has no column {}: the database administrator must add "
                "it (ALTER TABLE … ADD COLUMN, as the data model defines it). Nothing was saved."
            ).format(tx.label, ", ".join(missing))
        )
    raise SaveError(
        tr(
            "The database {} has no column {}: it was made by an earlier version. Open it again "
            "with Land Release (Open database), which adds the column. Nothing was saved."
        ).format(tx.label, ", ".join(missing))
    )


def _count(tx: _Transaction, table: str, column: str, value: str) -> int:
    rows = tx.sql(f'SELECT count(*) FROM "{table}" WHERE "{column}" = {_quote(value)}')
    return int(rows[0][0]) if rows else 0


def save_minefield_record(
    layers: ReleaseLayers, record: MinefieldRecord, user: str | None = None
) -> str:
    """Validate and write a minefield record typed by hand in one transaction: its
    minefield_record row, its traverse_leg rows and its survey points (owner_id = record_id).
    Returns the record_id. Refused, with nothing written (SaveError): invalid values, a
    record_id already used (by a record, or by survey points or legs already stored), pending
    edits in the layers, a database whose tables lack a model column (on PostGIS the
    administrator must add it)."""
    feature = record.feature
    errors = validate_record(record)
    if errors:
        raise SaveError("\n".join(errors))
    _refuse_pending_edits(layers, (layers.minefield_record, layers.traverse_leg))
    user = user or _value(feature, "created_by") or _user()
    record_id = str(_value(feature, "record_id"))
    geometry = QgsGeometry(feature.geometry())
    if geometry.isMultipart():
        geometry.convertToSingleType()
    values = _attributes(feature, model.layer(RECORD))
    values.update(created_by=user)
    with _Transaction(layers.database) as tx:
        _refuse_missing_columns(tx, (RECORD, LEG, POINT))
        if _count(tx, RECORD, "record_id", record_id):
            raise SaveError(
                tr("A minefield record {} is already recorded: choose another record ID.").format(
                    record_id
                )
            )
        for table, column, what in (
            (POINT, "owner_id", tr("survey points")),
            (LEG, "record_id", tr("traverse legs")),
        ):
            count = _count(tx, table, column, record_id)
            if count:
                raise SaveError(
                    tr(
                        "The database already holds {} {} of {}: the ID is in use. Choose "
                        "another record ID."
                    ).format(count, what, record_id)
                )
        since = _log_start(tx)
        tx.insert(RECORD, values, geometry)
        for leg in record.legs:
            leg_values = _attributes(leg, model.layer(LEG))
            leg_values.update(record_id=record_id, created_by=user)
            tx.insert(LEG, leg_values, None)
        _insert_points(tx, record.points, record_id, user)
        _sign_log(tx, since, user)
        if _before_commit is not None:
            _before_commit()
        tx.commit()
    _reload(layers)
    return record_id
