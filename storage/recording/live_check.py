"""The live check of the record dialog: a release polygon measured against its hazard and the
releases saved before it, with ready-to-show messages."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from qgis.core import QgsFeature, QgsGeometry
from qgis.PyQt.QtCore import QCoreApplication

from ...core import model
from ...toolbelt.i18n import number_text
from ..derived import waiting_text
from ..stored_numbers import StoredValuesError
from .field_values import _text
from .layers import ReleaseLayers
from .polygons import _area_function, _finite_coordinates, _hazard_geometry, _shapely
from .stored_rows import _stored_releases


def tr(text: str) -> str:
    return QCoreApplication.translate("LandReleaseRecording", text)


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


def _m2(value: float) -> str:
    """An area in the convention of the interface language: "7,504 m² (0.75 ha)" in English,
    "7 504 м² (0,75 га)" in Russian (where a comma is the decimal sign)."""
    return tr("{} m² ({} ha)").format(number_text(value, 0), number_text(value / 10000.0, 2))


def check_candidate(layers: ReleaseLayers, hazard: QgsFeature, geometry: QgsGeometry) -> LiveCheck:
    """Area, the part outside the hazard, overlaps with earlier releases, validity and the
    hazard's remaining area after saving; with ready-to-show messages."""
    from ...core.accounting import check_release

    hazard_geometry = _hazard_geometry(layers, hazard)
    present = geometry is not None and not geometry.isNull()
    unpositioned = _unpositioned_vertex(hazard, geometry if present else None, hazard_geometry)
    if unpositioned:
        return _unusable_check(unpositioned)
    candidate = _shapely(geometry) if present else None
    rectangle = hazard_geometry.boundingBox()
    if present:
        rectangle.combineExtentWith(geometry.boundingBox())
    hazard_shape = _shapely(hazard_geometry)
    try:
        earlier, waiting = _counted_releases(layers, rectangle, hazard_shape)
    except StoredValuesError as error:  # the GeoPackage's dates cannot be looked at now
        return _unusable_check(str(error))
    broken = [r.release_id or "?" for r in earlier if not _finite(r.geometry)]
    if broken:
        return _unusable_check(_broken_releases_message(broken))
    check = check_release(  # GEOS's floating-point flags are quieted in core.accounting
        candidate,
        hazard_shape,
        [r.geometry for r in earlier],
        area=_area_function(layers.release),
    )
    overlaps = [(earlier[i].release_id or "?", m2) for i, m2 in check.overlaps]
    if check.valid:
        messages, can_save = _valid_polygon_messages(check, overlaps, waiting)
    else:
        messages, can_save = [("error", _invalid_polygon_message(candidate, check))], False
    return _live_check(check, overlaps, messages, can_save)


def _counted_releases(layers: ReleaseLayers, rectangle, hazard) -> tuple[list, str | None]:
    """The releases stored in ``rectangle`` that count today (core.derived's rule, their
    values as stored), and why the hazard's figures will be unknown after saving (a release
    touching it whose end date or review cannot be read), else None."""
    import shapely  # shapely 2 only when a check is made: the plugin loads without it

    from ...core.derived import counts_on, waits_for

    today = datetime.date.today()
    stored = _stored_releases(layers, rectangle)
    verdicts = [counts_on(r, today) for r in stored]
    counted = [r for r, v in zip(stored, verdicts) if v and r.geometry is not None]
    waiting = [
        r
        for r, v in zip(stored, verdicts)
        if waits_for(r, v) and hazard is not None and shapely.intersects(r.geometry, hazard)
    ]
    return counted, waiting_text(waiting) if waiting else None


def _finite(geometry) -> bool:
    """Whether every coordinate of the shapely ``geometry`` is a number."""
    import numpy as np
    import shapely

    return bool(np.isfinite(shapely.get_coordinates(geometry)).all())


def _unpositioned_vertex(hazard: QgsFeature, geometry, hazard_geometry) -> str | None:
    """Why nothing can be measured: the polygon (None when there is none) or the hazard has a
    vertex without a position; None when every vertex has one."""
    if geometry is not None and not _finite_coordinates(geometry):
        return tr(
            "The polygon has a vertex without a position (NaN or infinite coordinates): "
            "draw it or import it again."
        )
    if not _finite_coordinates(hazard_geometry):
        return tr(
            "The hazard {} has a vertex without a position (NaN or infinite coordinates): "
            "repair the hazard first."
        ).format(_text(hazard["hazard_id"]))
    return None


def _invalid_polygon_message(candidate, check) -> str:
    if candidate is None or check.invalid_reason == "empty":
        return tr("No polygon yet: digitise it or take it from a source.")
    return tr("The polygon is not valid ({}). Repair it before saving.").format(
        check.invalid_reason
    )


def _valid_polygon_messages(check, overlaps, waiting) -> tuple[list[tuple[str, str]], bool]:
    """The messages on a valid polygon (its area, the part outside the hazard, overlaps, what
    remains, or why that is unknown: ``waiting``) and whether it can be saved."""
    from ...core.accounting import AREA_TOLERANCE_M2

    messages = [("info", tr("Area: {}").format(_m2(check.area_m2)))]
    can_save = True
    if check.inside_m2 < AREA_TOLERANCE_M2:
        can_save = False
        messages.append(("error", tr("The polygon lies entirely outside the hazard.")))
    elif check.outside_m2 >= AREA_TOLERANCE_M2:
        outside = tr("{} lie outside the hazard and will not be counted.")
        messages.append(("warning", outside.format(_m2(check.outside_m2))))
    if check.larger_than_hazard:
        can_save = False
        larger = tr("The release ({}) is larger than the hazard ({}).")
        messages.append(("error", larger.format(_m2(check.area_m2), _m2(check.hazard_m2))))
    for release_id, m2 in overlaps:
        overlap = tr("Overlaps the earlier release {} by {}; counted once.")
        messages.append(("warning", overlap.format(release_id, _m2(m2))))
    if waiting:
        unknown = tr("Remaining in the hazard after saving: unknown ({}).")
        messages.append(("warning", unknown.format(waiting)))
        return messages, can_save
    remaining = tr("Remaining in the hazard after saving: {} (status: {}).")
    status = _status_label(check.status_after)
    messages.append(("info", remaining.format(_m2(check.remaining_after_m2), status)))
    return messages, can_save


def _live_check(check, overlaps, messages, can_save: bool) -> LiveCheck:
    """The dialog's view of core's ``check``, the outside part as a QGIS geometry."""
    outside = None
    if check.outside is not None:
        from ...qgis_io.geometry import to_qgs

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
