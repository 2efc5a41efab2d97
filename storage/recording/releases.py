"""Saving a land release (the record dialog): validated, then written with its survey points,
the hazards' remaining area and status and who did it, in one transaction."""

from __future__ import annotations

from dataclasses import dataclass, field

from qgis.core import QgsFeature
from qgis.PyQt.QtCore import QCoreApplication

from ...core import model
from ..derived import reason_text
from .field_values import _attribute_problems, _attributes, _date, _text, _value
from .hazard_figures import _settle_figures
from .layers import RELEASE, ReleaseLayers, _reload
from .live_check import check_candidate
from .polygons import _area_function, _polygon_problem, _shapely, _single_part
from .stored_rows import _other_hazards, _release_exists, find_hazard
from .survey_points import _insert_points, _survey_point_errors
from .transaction import (
    SaveError,
    _before_commit_hook,
    _log_start,
    _refuse_pending_edits,
    _sign_log,
    _Transaction,
    _user,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("LandReleaseRecording", text)


@dataclass
class Candidate:
    """A release to save: its feature (land_release fields, geometry in the release layer's CRS)
    and its survey points (survey_point fields)."""

    feature: QgsFeature
    points: list[QgsFeature] = field(default_factory=list)


@dataclass
class SavedRelease:
    """A release saved, with its hazard's figures after the save: ``remaining_m2`` None and
    ``status`` 'unknown' while a release touching the hazard cannot be read
    (``unknown_reason`` says which)."""

    release_id: str
    release_uuid: str
    hazard_id: str
    remaining_m2: float | None
    status: str
    previous_status: str
    previous_remaining_m2: float | None
    candidate: Candidate | None = None
    point_uuids: tuple[str, ...] = ()
    unknown_reason: str | None = None


def validate(layers: ReleaseLayers, candidate: Candidate, hazard: QgsFeature | None) -> list[str]:
    """Why ``candidate`` cannot be saved, as translated sentences; [] when it can."""
    feature = candidate.feature
    problems, errors = release_field_errors(feature)
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
    errors += _review_errors(feature)
    release_id = _value(feature, "release_id")
    if release_id is not None and _release_exists(layers, "release_id", str(release_id)):
        errors.append(
            tr("A release {} is already recorded: it is not saved twice.").format(release_id)
        )
    uuid = _value(feature, "uuid")
    if uuid is not None and _release_exists(layers, "uuid", str(uuid)):
        errors.append(tr("This release is already saved."))
    return errors + release_geometry_errors(layers, feature.geometry(), hazard)


def release_field_errors(feature: QgsFeature) -> tuple[dict, list[str]]:
    """The problems of a release's fields (field name -> sentence) and every sentence, with an
    end date before the start date (the record dialog's rules; the field sync's too)."""
    problems = _attribute_problems(feature, model.layer(RELEASE))
    errors = list(problems.values())
    start, end = _date(_value(feature, "start_date")), _date(_value(feature, "end_date"))
    if start and end and end < start and not {"start_date", "end_date"} & problems.keys():
        errors.append(tr("The end date {} is before the start date {}.").format(end, start))
    return problems, errors


def release_geometry_errors(layers: ReleaseLayers, geometry, hazard) -> list[str]:
    """Why a release's polygon cannot be saved: no single valid polygon, else the live check's
    errors against ``hazard`` (none without a hazard: the caller says there is none)."""
    problem = _polygon_problem(
        geometry,
        tr("The release has no polygon."),
        tr("The release geometry must be a polygon."),
        tr("The polygon is not valid: repair it (make valid) before saving."),
        tr("The polygon has several parts: record each part as its own release."),
    )
    if problem:
        return [problem]
    if hazard is None:
        return []
    check = check_candidate(layers, hazard, geometry)
    return [text for level, text in check.messages if level == "error"]


# Set by quality management (storage.recording.review), never by the one who records.
REVIEW_FIELDS = ("qa_status", "reviewed_by", "reviewed_on", "review_remarks")
NEW_RELEASE_QA_STATUS = "pending"


def _review_errors(feature: QgsFeature) -> list[str]:
    """A new release is pending review: a release recorded as already reviewed is refused."""
    qa_status = _value(feature, "qa_status")
    reviewed = [name for name in REVIEW_FIELDS[1:] if _value(feature, name) is not None]
    if qa_status not in ("passed", "failed") and not reviewed:
        return []  # (a value outside the code list is refused as such)
    return [
        tr(
            "A new release is saved as pending review: quality management passes or fails it "
            "(Land Release ▸ Review Releases…). Leave the QA status and the review fields empty."
        )
    ]


def save_release(
    layers: ReleaseLayers, candidate: Candidate, user: str | None = None
) -> SavedRelease:
    """Validate and write the release, its survey points, the figures of the hazards it
    touches (core.derived's rule, as every writer of them) and who did it, in one
    transaction. Raises SaveError and writes nothing on failure."""
    feature = candidate.feature
    hazard_id = _value(feature, "hazard_id")
    hazard = find_hazard(layers, str(hazard_id)) if hazard_id is not None else None
    errors = validate(layers, candidate, hazard)
    if errors:
        raise SaveError("\n".join(errors))
    _refuse_pending_edits(layers)
    user = user or _value(feature, "created_by") or _user()
    geometry = _single_part(feature.geometry())
    previous_status = _text(hazard["status"]) or "open"
    previous_remaining = _value(hazard, "remaining_area_m2")
    affected = [hazard] + _other_hazards(layers, geometry, hazard)
    area = float(_area_function(layers.release)([_shapely(geometry)])[0])
    values = _attributes(feature, model.layer(RELEASE))
    values.update(area_m2=round(area, 2), created_by=user, qa_status=NEW_RELEASE_QA_STATUS)
    release_id = str(_value(feature, "release_id"))
    with _Transaction(layers.database) as tx:
        tx.lock_hazards(_text(h["hazard_id"]) for h in affected)
        since = _log_start(tx)
        tx.insert(RELEASE, values, geometry)
        _insert_points(tx, candidate.points, release_id, user)
        # The figures come from the database as this transaction sees it, after the locks:
        # releases saved meanwhile by others are counted, none is lost.
        figures = _settle_figures(tx, layers, affected)[0]
        _sign_log(tx, since, user)
        _before_commit_hook()
        tx.commit()
    _reload(layers)
    return SavedRelease(
        release_id=release_id,
        release_uuid=str(_value(feature, "uuid") or ""),
        hazard_id=str(hazard_id),
        remaining_m2=figures.remaining_m2,
        status=figures.status,
        previous_status=previous_status,
        previous_remaining_m2=float(previous_remaining) if previous_remaining is not None else None,
        candidate=candidate,
        point_uuids=tuple(str(_value(p, "uuid")) for p in candidate.points if _value(p, "uuid")),
        unknown_reason=reason_text(figures),
    )
