"""Every check the given layers allow (:func:`run_checks`), in order, with progress and cancel."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Optional

from .. import model
from ..area import ProgrammeArea
from ..progress import Cancelled
from .codes_and_dates import DATE_ORDER, check_bad_dates, check_codes, check_dates
from .duplicates import check_duplicate_geometries, check_duplicate_ids
from .edit_log import LogAudit, check_edit_log
from .findings import (
    EVIDENCE,
    HAZARD,
    RELEASE,
    CheckResult,
    Finding,
    LayerData,
    Note,
    make_finding,
    sort_findings,
)
from .geometry_arrays import finite_geometries
from .geometry_rules import check_geometries, check_multipart
from .layer_relations import check_cha_evidence, check_overlaps, check_releases
from .messages import MESSAGES
from .outside_area import check_outside_area
from .required_fields import check_fields, check_missing_district
from .stored_figures import AREA_FIELDS, check_area_mismatch, check_remaining


def run_checks(
    hazards: Optional[LayerData] = None,
    releases: Optional[LayerData] = None,
    evidence: Optional[LayerData] = None,
    progress: Optional[Callable[[float], None]] = None,
    is_cancelled: Optional[Callable[[], bool]] = None,
    areas: Optional[Mapping[str, ProgrammeArea]] = None,
    crs=None,
    today: Optional[date] = None,
    logs: Sequence[LogAudit] = (),
) -> CheckResult:
    """Every check the given layers allow, findings sorted by layer, code and feature id.

    ``areas`` maps layer names (HAZARD, RELEASE, EVIDENCE) to the programme's area of that
    layer's data; ``outside_area`` runs for those layers. ``crs`` (anything
    ``pyproj.CRS.from_user_input`` reads) is the CRS of the geometries: ``outside_area``,
    ``area_mismatch`` and ``remaining_mismatch`` need it. ``today`` (default: the computer's
    date) is the day ``bad_date`` and ``remaining_mismatch`` compare with. ``logs``: one
    :class:`LogAudit` per database of the layers, for ``log_mismatch``."""
    if areas and crs is None:
        raise ValueError("outside_area needs the CRS of the geometries")
    run = _Run(hazards, releases, evidence, areas or {}, crs, today or date.today())
    run.progress, run.is_cancelled = progress, is_cancelled
    for lyr in run.given:
        run.layer_rules(lyr)
    run.hazard_rules()
    run.step()
    run.release_rules()
    run.step()
    run.evidence_rules()
    run.step()
    run.remaining_rule()
    if run.needs_crs:
        run.notes.append(Note(MESSAGES["note_no_crs"]))
    run.step()
    for audit in logs:
        run.findings += check_edit_log(audit, run.layers)
    run.step()
    return CheckResult(sort_findings(run.findings), run.notes)


class _Run:
    """One run of the checks: its inputs, the findings and notes so far, and its progress."""

    def __init__(self, hazards, releases, evidence, areas, crs, today: date):
        given = [lyr for lyr in (hazards, releases, evidence) if lyr is not None]
        self.given = given
        self.layers = {lyr.name: lyr for lyr in given}
        self.hazards, self.releases, self.evidence = hazards, releases, evidence
        self.areas, self.crs, self.today = areas, crs, today
        # Past the geometry and area rules, a geometry with a NaN or infinite coordinate
        # (already an invalid_geometry and outside_area finding) counts as missing: GEOS
        # cannot repair it.
        self.finite = {lyr.name: finite_geometries(lyr.geometries) for lyr in given}
        self.findings: list[Finding] = []
        self.notes: list[Note] = []
        self.needs_crs = False
        self.progress: Optional[Callable[[float], None]] = None
        self.is_cancelled: Optional[Callable[[], bool]] = None
        self.steps, self.done = 5 * len(given) + 5, 0

    def step(self) -> None:
        if self.is_cancelled is not None and self.is_cancelled():
            raise Cancelled()
        self.done += 1
        if self.progress is not None:
            self.progress(100.0 * self.done / self.steps)

    # --- the rules of one layer -------------------------------------------------------------

    def layer_rules(self, lyr: LayerData) -> None:
        finite = self.finite[lyr.name]
        ids = lyr.columns.get(model.layer(lyr.name).id_field)
        polygons = lyr.name != EVIDENCE
        self.findings += check_geometries(lyr.name, lyr.geometries, lyr.labels, polygons=polygons)
        if self.areas.get(lyr.name) is not None:
            self.findings += check_outside_area(
                lyr.name, lyr.geometries, lyr.labels, self.areas[lyr.name], self.crs, ids=ids
            )
        self.findings += check_multipart(lyr.name, finite, lyr.labels, ids=ids)
        self.step()
        self.findings += check_duplicate_geometries(lyr.name, finite, lyr.labels)
        self.step()
        self.attribute_rules(lyr, finite)
        self.step()
        self.date_rules(lyr, finite)
        self.step()
        self.area_rule(lyr, finite, ids)
        self.step()

    def attribute_rules(self, lyr: LayerData, finite) -> None:
        """``missing_field``, ``duplicate_id`` and ``bad_code``."""
        columns = lyr.columns
        id_field = model.layer(lyr.name).id_field
        self.findings += check_fields(lyr.name, columns, lyr.labels, finite)
        if id_field in columns:
            self.findings += check_duplicate_ids(
                lyr.name, id_field, columns[id_field], lyr.labels, finite
            )
        self.findings += check_codes(lyr.name, columns, lyr.labels, finite)

    def date_rules(self, lyr: LayerData, finite) -> None:
        """``date_order`` of each pair of date fields the layer has, and ``bad_date``."""
        columns = lyr.columns
        for earlier, later in DATE_ORDER.get(lyr.name, ()):
            missing = [f for f in (earlier, later) if f not in columns]
            if missing:
                args = {"layer": lyr.name, "field": missing[0]}
                self.notes.append(Note(MESSAGES["note_no_dates"], args))
                continue
            self.findings += check_dates(
                lyr.name, earlier, later, columns[earlier], columns[later], lyr.labels, finite
            )
        self.findings += check_bad_dates(lyr.name, columns, lyr.labels, finite, self.today)

    def area_rule(self, lyr: LayerData, finite, ids) -> None:
        """``area_mismatch`` where the layer has a stored area and the CRS is known."""
        area_field = AREA_FIELDS.get(lyr.name)
        if area_field is None:
            return
        if area_field not in lyr.columns:
            args = {"layer": lyr.name, "field": area_field}
            self.notes.append(Note(MESSAGES["note_no_area_field"], args))
        elif self.crs is None:
            self.needs_crs = True
        else:
            self.findings += check_area_mismatch(
                lyr.name, finite, lyr.columns[area_field], lyr.labels, self.crs, ids=ids
            )

    # --- the rules between layers -----------------------------------------------------------

    def hazard_rules(self) -> None:
        """``missing_district`` and ``overlap``."""
        hazards = self.hazards
        if hazards is None:
            return
        if "district" in hazards.columns:
            self.findings += check_missing_district(
                hazards.columns["district"], hazards.labels, self.finite[HAZARD]
            )
        else:
            template = MESSAGES["no_district_field"]
            self.findings.append(make_finding("missing_district", HAZARD, None, None, template))
        classes = hazards.columns.get("classification")
        if classes is not None:
            self.findings += check_overlaps(self.finite[HAZARD], classes, hazards.labels)

    def release_rules(self) -> None:
        """``release_outside_hazard``, ``unknown_hazard`` and ``release_larger_than_hazard``."""
        if self.hazards is None or self.releases is None:
            return
        hazard_ids = self.hazards.columns.get("hazard_id")
        release_hazard_ids = self.releases.columns.get("hazard_id")
        self.findings += check_releases(
            self.finite[RELEASE],
            self.releases.labels,
            self.finite[HAZARD],
            release_hazard_ids=release_hazard_ids if hazard_ids is not None else None,
            hazard_ids=hazard_ids if release_hazard_ids is not None else None,
        )

    def evidence_rules(self) -> None:
        """``cha_without_evidence``."""
        if self.hazards is None or self.evidence is None:
            return
        classes = self.hazards.columns.get("classification")
        types = self.evidence.columns.get("evidence_type")
        if types is None:
            self.notes.append(Note(MESSAGES["note_no_type"]))
        elif classes is not None:
            self.findings += check_cha_evidence(
                self.finite[HAZARD], classes, self.hazards.labels, self.finite[EVIDENCE], types
            )

    def remaining_rule(self) -> None:
        """``remaining_mismatch``, when the hazards, their fields and the releases allow it."""
        hazards, releases = self.hazards, self.releases
        if hazards is None:
            return
        remaining, note = _remaining_inputs(hazards, releases)
        if note is not None:
            self.notes.append(note)
            return
        if self.crs is None:
            self.needs_crs = True
            return
        self.findings += check_remaining(
            self.finite[HAZARD],
            hazards.labels,
            remaining,
            hazards.columns.get("status"),
            self.finite[RELEASE],
            releases.columns["outcome"],
            releases.columns.get("end_date", [None] * len(releases.labels)),
            self.today,
            self.crs,
            ids=hazards.columns.get("hazard_id"),
            is_cancelled=self.is_cancelled,
            release_ids=releases.columns.get("release_id"),
            qa_statuses=releases.columns.get("qa_status"),
        )


def _remaining_inputs(hazards: LayerData, releases: Optional[LayerData]):
    """(stored remaining areas, None) when remaining_mismatch can run, else (None, a Note)."""
    if "remaining_area_m2" not in hazards.columns:
        return None, Note(MESSAGES["note_no_remaining_field"], {"field": "remaining_area_m2"})
    if releases is None:
        return None, Note(MESSAGES["note_no_releases"])
    if "outcome" not in releases.columns:
        return None, Note(MESSAGES["note_no_outcome"])
    return hazards.columns["remaining_area_m2"], None
