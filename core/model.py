"""The land release data model: one definition read by every database backend, form and test.

Nothing here imports QGIS or Qt. Labels are English; adapters translate them at run time
(``QCoreApplication.translate(TR_CONTEXT, label)``), and ``QT_TRANSLATE_NOOP`` marks them for
``pylupdate5``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Optional

TR_CONTEXT = "LandReleaseModel"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pylupdate5 knows
    """Mark ``text`` for translation in ``context`` without translating it."""
    return text


def _t(text: str) -> str:
    return QT_TRANSLATE_NOOP("LandReleaseModel", text)


# ---------------------------------------------------------------------------------------------
# Code lists
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Code:
    """One entry of a code list: the stored ASCII ``code`` and the label users see."""

    code: str
    label: str
    group: Optional[str] = None  # e.g. "direct" / "indirect" for evidence types


@dataclass(frozen=True)
class CodeList:
    name: str
    codes: tuple[Code, ...]

    def values(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.codes)

    def label(self, code: str) -> Optional[str]:
        for c in self.codes:
            if c.code == code:
                return c.label
        return None

    def in_group(self, group: str) -> tuple[str, ...]:
        return tuple(c.code for c in self.codes if c.group == group)


def _codes(name: str, *entries) -> CodeList:
    return CodeList(name, tuple(Code(*e) for e in entries))


DIRECT = "direct"
INDIRECT = "indirect"

CODE_LISTS: dict[str, CodeList] = {
    cl.name: cl
    for cl in (
        _codes(
            "evidence_type",
            ("detonation", _t("Detonation"), DIRECT),
            ("accident_known", _t("Accident (known location)"), DIRECT),
            ("record_high", _t("Minefield record (high reliability)"), DIRECT),
            ("marking", _t("Hazard marking"), DIRECT),
            ("visual_mine", _t("Mine seen"), DIRECT),
            ("visual_erw", _t("ERW seen"), DIRECT),
            ("old_survey", _t("Earlier survey"), INDIRECT),
            ("combat_zone", _t("Combat zone"), INDIRECT),
            ("defensive_position", _t("Defensive position"), INDIRECT),
            ("accident_unknown", _t("Accident (location unknown)"), INDIRECT),
            ("record_low", _t("Minefield record (low reliability)"), INDIRECT),
            ("unused_land", _t("Land not used"), INDIRECT),
            ("verbal_report", _t("Verbal report"), INDIRECT),
        ),
        _codes("evidence_class", (DIRECT, _t("Direct")), (INDIRECT, _t("Indirect"))),
        _codes(
            "device_category",
            ("ap", _t("Anti-personnel mines")),
            ("at", _t("Anti-tank mines")),
            ("mixed", _t("Mixed AP and AT")),
            ("uxo", _t("Unexploded ordnance")),
            ("cm", _t("Cluster munitions")),
            ("ied", _t("Improvised explosive devices")),
            ("unknown", _t("Unknown")),
        ),
        _codes(
            "source_type",
            ("visual", _t("Visual")),
            ("verbal", _t("Verbal")),
            ("record", _t("Record")),
        ),
        _codes("reliability", ("high", _t("High")), ("medium", _t("Medium")), ("low", _t("Low"))),
        _codes(
            "classification",
            ("SHA", _t("SHA – suspected hazardous area")),
            ("CHA", _t("CHA – confirmed hazardous area")),
        ),
        _codes(
            "status",
            ("open", _t("Open")),
            ("worked_on", _t("Worked on")),
            ("closed", _t("Closed")),
        ),
        _codes(
            "activity",
            ("nts", _t("Non-technical survey")),
            ("ts", _t("Technical survey")),
            ("clearance", _t("Clearance")),
        ),
        _codes(
            "outcome",
            ("cancelled", _t("Cancelled")),
            ("reduced", _t("Reduced")),
            ("cleared", _t("Cleared")),
        ),
        _codes(
            "method",
            ("manual", _t("Manual")),
            ("mechanical", _t("Mechanical")),
            ("mdd", _t("Mine detection dogs")),
            ("combined", _t("Combined")),
            ("none", _t("None")),
        ),
        _codes(
            "qa_status",
            ("pending", _t("Pending")),
            ("passed", _t("Passed")),
            ("failed", _t("Failed")),
        ),
        _codes(
            "point_type",
            ("reference", _t("Reference point")),
            ("benchmark", _t("Benchmark")),
            ("start", _t("Start point")),
            ("turning", _t("Turning point")),
            ("intermediate", _t("Intermediate point")),
            ("end", _t("End point")),
            ("evidence", _t("Evidence point")),
        ),
        _codes(
            "bearing_unit",
            ("deg", _t("Degrees (360)")),
            ("mil6400", _t("Mils (6400)")),
            ("mil6000", _t("Mils (6000)")),
            ("gon", _t("Gon (400)")),
        ),
        _codes(
            "north",
            ("grid", _t("Grid north")),
            ("true", _t("True north")),
            ("magnetic", _t("Magnetic north")),
        ),
        _codes(
            "declination_source",
            ("entered", _t("Entered (the value on the record)")),
            ("field", _t("From a field of the data")),
            ("igrf", _t("IGRF model (record date and place)")),
        ),
        _codes(
            "edit_action",
            ("insert", _t("Insert")),
            ("update", _t("Update")),
            ("delete", _t("Delete")),
        ),
    )
}

DIRECT_EVIDENCE_TYPES = CODE_LISTS["evidence_type"].in_group(DIRECT)
INDIRECT_EVIDENCE_TYPES = CODE_LISTS["evidence_type"].in_group(INDIRECT)

# Overlapping releases: the stronger outcome wins.
OUTCOME_STRENGTH = {"cancelled": 1, "reduced": 2, "cleared": 3}

# ---------------------------------------------------------------------------------------------
# Fields and layers
# ---------------------------------------------------------------------------------------------

TEXT, INTEGER, REAL, DATE, DATETIME = "text", "integer", "real", "date", "datetime"
FIELD_TYPES = (TEXT, INTEGER, REAL, DATE, DATETIME)

# How a derived field gets its value.
DERIVED_UUID = "uuid"
DERIVED_CREATED = "created_at"
DERIVED_USER = "user"
DERIVED_UPDATED = "updated_at"
DERIVED_AREA = "area"  # ellipsoidal area of the feature's geometry, m2
DERIVED_EVIDENCE_CLASS = "evidence_class"  # direct/indirect from evidence_type
DERIVED_ACCOUNTING = "accounting"  # computed by the land release accounting, not typed


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    label: str
    codes: Optional[str] = None  # name of a code list in CODE_LISTS
    not_null: bool = False
    unique: bool = False
    derived: Optional[str] = None
    default: Optional[str] = None  # literal default value (e.g. status 'open')
    length: int = 0  # maximum text length, 0 = unlimited

    @property
    def code_list(self) -> Optional[CodeList]:
        return CODE_LISTS[self.codes] if self.codes else None


@dataclass(frozen=True)
class Layer:
    name: str
    geometry: Optional[str]  # "Point", "LineString", "Polygon", "MultiPolygon" or None (table)
    label: str
    fields: tuple[Field, ...]
    id_field: Optional[str] = None  # the human readable unique id, if any
    display: Optional[str] = None  # field or expression naming a feature in lists and forms

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(f"{self.name} has no field {name!r}")

    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    def mandatory_fields(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.not_null)


COMMON_FIELDS = (
    Field("uuid", TEXT, _t("UUID"), not_null=True, unique=True, derived=DERIVED_UUID, length=36),
    Field("created_at", DATETIME, _t("Created at"), derived=DERIVED_CREATED),
    Field("created_by", TEXT, _t("Created by"), derived=DERIVED_USER, length=100),
    Field("updated_at", DATETIME, _t("Updated at"), derived=DERIVED_UPDATED),
)


def _layer(name, geometry, label, *fields, id_field=None, display=None) -> Layer:
    return Layer(name, geometry, label, tuple(fields) + COMMON_FIELDS, id_field, display)


F = Field  # short alias for the table below

LAYERS: tuple[Layer, ...] = (
    _layer(
        "line_of_contact",
        "LineString",
        _t("Line of contact"),
        F("name", TEXT, _t("Name")),
        F("source", TEXT, _t("Source")),
        F("valid_from", DATE, _t("Valid from")),
        F("valid_to", DATE, _t("Valid to")),
        F("remarks", TEXT, _t("Remarks")),
        display="name",
    ),
    _layer(
        "evidence",
        "Point",
        _t("Evidence"),
        F("evidence_id", TEXT, _t("Evidence ID"), not_null=True, unique=True, length=50),
        F("evidence_type", TEXT, _t("Evidence type"), codes="evidence_type"),  # NULL in reports
        F(
            "evidence_class",
            TEXT,
            _t("Evidence class"),
            codes="evidence_class",
            derived=DERIVED_EVIDENCE_CLASS,
        ),
        F("device_category", TEXT, _t("Device category"), codes="device_category"),
        F("device_model", TEXT, _t("Device model")),
        F("source_type", TEXT, _t("Source type"), codes="source_type"),
        F("reliability", TEXT, _t("Reliability"), codes="reliability"),
        F("reported_on", DATE, _t("Reported on")),
        F("reported_by", TEXT, _t("Reported by")),
        F("remarks", TEXT, _t("Remarks")),
        F("photo", TEXT, _t("Photo")),
        id_field="evidence_id",
        display="evidence_id",
    ),
    _layer(
        "hazard",
        "Polygon",
        _t("Hazardous area"),
        F("hazard_id", TEXT, _t("Hazard ID"), not_null=True, unique=True, length=50),
        F("classification", TEXT, _t("Classification"), codes="classification", not_null=True),
        F("status", TEXT, _t("Status"), codes="status", not_null=True, default="open"),
        F("district", TEXT, _t("District")),
        F("contamination", TEXT, _t("Contamination"), codes="device_category"),
        F("evidence_direct", INTEGER, _t("Direct evidence (count)")),
        F("evidence_indirect", INTEGER, _t("Indirect evidence (count)")),
        F("estimated_area_m2", REAL, _t("Estimated area (m²)"), derived=DERIVED_AREA),
        F("remaining_area_m2", REAL, _t("Remaining area (m²)"), derived=DERIVED_ACCOUNTING),
        F("priority", INTEGER, _t("Priority")),
        F("parent_id", TEXT, _t("Parent hazard ID"), length=50),
        F("recorded_on", DATE, _t("Recorded on")),
        F("status_changed_on", DATE, _t("Status changed on")),
        F("status_reason", TEXT, _t("Reason for status")),
        F("source", TEXT, _t("Source")),
        F("imsma_id", TEXT, _t("IMSMA ID"), length=50),
        F("imsma_links", TEXT, _t("IMSMA links")),
        F("remarks", TEXT, _t("Remarks")),
        id_field="hazard_id",
        display="hazard_id",
    ),
    _layer(
        "land_release",
        "Polygon",
        _t("Land release"),
        F("release_id", TEXT, _t("Release ID"), not_null=True, unique=True, length=50),
        F("hazard_id", TEXT, _t("Hazard ID"), not_null=True, length=50),
        F("activity", TEXT, _t("Activity"), codes="activity", not_null=True),
        F("outcome", TEXT, _t("Outcome"), codes="outcome", not_null=True),
        F("method", TEXT, _t("Method"), codes="method"),
        F("organisation", TEXT, _t("Organisation")),
        F("team", TEXT, _t("Team")),
        F("start_date", DATE, _t("Start date")),
        F("end_date", DATE, _t("End date")),
        F("depth_cm", INTEGER, _t("Clearance depth (cm)")),
        F("ap_found", INTEGER, _t("AP mines found")),
        F("at_found", INTEGER, _t("AT mines found")),
        F("uxo_found", INTEGER, _t("UXO found")),
        F("cm_found", INTEGER, _t("Cluster munitions found")),
        F("qa_status", TEXT, _t("QA status"), codes="qa_status", default="pending"),
        F("reviewed_by", TEXT, _t("Reviewed by")),
        F("reviewed_on", DATE, _t("Reviewed on")),
        F("review_remarks", TEXT, _t("Review remarks")),
        F("area_m2", REAL, _t("Area (m²)"), derived=DERIVED_AREA),
        F("imsma_id", TEXT, _t("IMSMA ID"), length=50),
        F("imsma_links", TEXT, _t("IMSMA links")),
        F("remarks", TEXT, _t("Remarks")),
        F("photo", TEXT, _t("Photo")),
        id_field="release_id",
        display="release_id",
    ),
    _layer(
        "survey_point",
        "Point",
        _t("Survey point"),
        F("owner_id", TEXT, _t("Hazard or release ID"), not_null=True, length=50),
        F("point_type", TEXT, _t("Point type"), codes="point_type", not_null=True),
        F("seq", INTEGER, _t("Sequence")),
        F("bearing", REAL, _t("Bearing")),
        F("bearing_unit", TEXT, _t("Bearing unit"), codes="bearing_unit"),
        F("north", TEXT, _t("North reference"), codes="north"),
        F("distance_m", REAL, _t("Distance (m)")),
        F("entered_as", TEXT, _t("Entered as")),
        F("marker", TEXT, _t("Marker")),
        F("remarks", TEXT, _t("Remarks")),
        F("photo", TEXT, _t("Photo")),
        display="owner_id || ' ' || point_type || ' ' || seq",
    ),
    _layer(
        "minefield_record",
        "Polygon",
        _t("Minefield record"),
        F("record_id", TEXT, _t("Record ID"), not_null=True, unique=True, length=50),
        F("document_ref", TEXT, _t("Document reference")),
        F("record_date", DATE, _t("Record date")),
        F("side", TEXT, _t("Side that laid the mines")),
        F("mine_types", TEXT, _t("Mine types")),
        F("mines_recorded", INTEGER, _t("Mines recorded")),
        F("accuracy", REAL, _t("Accuracy (%)")),
        F("closure_error_m", REAL, _t("Closure error (m)")),
        F("declination_deg", REAL, _t("Magnetic declination (°, east positive)")),
        F(
            "declination_source",
            TEXT,
            _t("Declination source"),
            codes="declination_source",
        ),
        F("remarks", TEXT, _t("Remarks")),
        id_field="record_id",
        display="record_id",
    ),
    _layer(
        "traverse_leg",
        None,
        _t("Traverse leg"),
        F("record_id", TEXT, _t("Record ID"), not_null=True, length=50),
        F("seq", INTEGER, _t("Sequence"), not_null=True),
        F("point_type", TEXT, _t("Point type"), codes="point_type"),
        F("bearing", REAL, _t("Bearing")),
        F("bearing_unit", TEXT, _t("Bearing unit"), codes="bearing_unit"),
        F("north", TEXT, _t("North reference"), codes="north"),
        F("distance_m", REAL, _t("Distance (m)")),
        F("remarks", TEXT, _t("Remarks")),
        display="record_id || ' #' || seq",
    ),
    _layer(
        "task",
        "Polygon",
        _t("Task"),
        F("task_id", TEXT, _t("Task ID"), not_null=True, unique=True, length=60),
        F("hazard_id", TEXT, _t("Hazard ID"), length=50),
        F("organisation", TEXT, _t("Organisation")),
        F("priority", INTEGER, _t("Priority")),
        F("planned_start", DATE, _t("Planned start")),
        F("planned_end", DATE, _t("Planned end")),
        F("status", TEXT, _t("Status"), codes="status", default="open"),
        id_field="task_id",
        display="task_id",
    ),
    _layer(
        "district",
        "MultiPolygon",
        _t("District"),
        F("code", TEXT, _t("Code"), not_null=True, unique=True, length=20),
        F("name", TEXT, _t("Name")),
        F("name_en", TEXT, _t("Name (English)")),
        id_field="code",
        display="name",
    ),
    _layer(
        "edit_log",
        None,
        _t("Edit log"),
        F("layer", TEXT, _t("Layer"), not_null=True),
        F("feature_uuid", TEXT, _t("Feature UUID")),
        F("action", TEXT, _t("Action"), codes="edit_action", not_null=True),
        F("changed_by", TEXT, _t("Changed by")),
        F("changed_at", DATETIME, _t("Changed at")),
        F("before", TEXT, _t("Before (JSON)")),
        F("after", TEXT, _t("After (JSON)")),
        display="layer || ' ' || action || ' ' || changed_at",
    ),
    _layer(
        "sync_conflict",
        None,
        _t("Sync conflict"),
        F("package_id", TEXT, _t("Field package"), not_null=True, length=36),
        F("layer", TEXT, _t("Layer"), not_null=True),
        F("feature_uuid", TEXT, _t("Feature UUID"), not_null=True, length=36),
        F("field", TEXT, _t("Field"), not_null=True),
        F("base_value", TEXT, _t("Value when packed")),
        F("office_value", TEXT, _t("Office value")),
        F("field_value", TEXT, _t("Field value")),
        F("synced_at", DATETIME, _t("Synced at")),
        F("resolved", INTEGER, _t("Resolved"), not_null=True, default="0"),
        display="layer || ' ' || field || ' ' || synced_at",
    ),
)

LAYERS_BY_NAME: dict[str, Layer] = {lyr.name: lyr for lyr in LAYERS}


def layer(name: str) -> Layer:
    """The definition of the layer called ``name``."""
    try:
        return LAYERS_BY_NAME[name]
    except KeyError:
        raise KeyError(f"the land release model has no layer {name!r}") from None


@dataclass(frozen=True)
class Relation:
    """A one-to-many link: ``parent.parent_field`` = ``child.child_field``."""

    id: str
    label: str
    parent: str
    parent_field: str
    child: str
    child_field: str


RELATIONS: tuple[Relation, ...] = (
    Relation(
        "hazard_land_release",
        _t("Land releases"),
        "hazard",
        "hazard_id",
        "land_release",
        "hazard_id",
    ),
    Relation(
        "hazard_survey_point",
        _t("Survey points"),
        "hazard",
        "hazard_id",
        "survey_point",
        "owner_id",
    ),
    Relation(
        "land_release_survey_point",
        _t("Survey points"),
        "land_release",
        "release_id",
        "survey_point",
        "owner_id",
    ),
    Relation("hazard_task", _t("Tasks"), "hazard", "hazard_id", "task", "hazard_id"),
    Relation(
        "minefield_record_traverse_leg",
        _t("Traverse legs"),
        "minefield_record",
        "record_id",
        "traverse_leg",
        "record_id",
    ),
)

# Order of layers in the project's layer tree, top to bottom.
DISPLAY_ORDER = (
    "survey_point",
    "evidence",
    "task",
    "land_release",
    "hazard",
    "minefield_record",
    "line_of_contact",
    "district",
    "traverse_leg",
    "edit_log",
    "sync_conflict",
)

# The layers whose features carry a photo: "DCIM/<file name>" (storage.attachments).
PHOTO_FIELD = "photo"
PHOTO_LAYERS = ("land_release", "evidence", "survey_point")

DEFAULT_CRS = "EPSG:32638"

# The earliest date of mine action work (releases, hazards, evidence): the conflict began in
# 1988; an earlier date is most likely a slip (checkdata's bad_date, the save path, the summary).
EARLIEST_WORK_DATE = date(1988, 1, 1)


def evidence_class(evidence_type: Optional[str]) -> Optional[str]:
    """``direct`` or ``indirect`` for a known evidence type, else None."""
    if evidence_type in DIRECT_EVIDENCE_TYPES:
        return DIRECT
    if evidence_type in INDIRECT_EVIDENCE_TYPES:
        return INDIRECT
    return None
