"""The inputs of the completion report read from QGIS: the land releases as core
:class:`~landrelease.core.completion.Release` rows, and the marker of each survey point."""

from __future__ import annotations

from qgis.core import QgsFeature, QgsFeatureRequest

from ..core.tasking import OWNER_FIELDS
from .values import as_date, python_value

ITEM_FIELDS = {"ap": "ap_found", "at": "at_found", "uxo": "uxo_found", "cm": "cm_found"}
# The fields a land release layer must have for the report (DESIGN §4 land_release).
REQUIRED_RELEASE_FIELDS = (
    "release_id", "hazard_id", "outcome", "method", "depth_cm", "organisation", "team",
    "start_date", "end_date", "qa_status", *ITEM_FIELDS.values(),
)  # fmt: skip
REVIEW_FIELDS = ("reviewed_by", "reviewed_on")  # printed when the layer has them
RELEASE_FIELDS = REQUIRED_RELEASE_FIELDS + REVIEW_FIELDS


def _text(value):
    value = python_value(value)
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _day(value):
    day = as_date(value)
    return day if hasattr(day, "isoformat") else None


def releases_of(table) -> list:
    """The releases (core.completion.Release) of a ``qgis_io.geometry.FeatureTable`` read with
    :data:`RELEASE_FIELDS`."""
    from ..core import completion  # shapely: not at the provider's loading

    n = len(table.fids)

    def column(name):
        values = table.columns.get(name)
        return list(values) if values is not None else [None] * n

    columns = {name: column(name) for name in RELEASE_FIELDS}
    rows = []
    for k in range(n):
        value = {name: values[k] for name, values in columns.items()}
        depth = python_value(value["depth_cm"])
        rows.append(
            completion.Release(
                release_id=_text(value["release_id"]) or table.labels[k],
                hazard_id=_text(value["hazard_id"]),
                outcome=_text(value["outcome"]),
                method=_text(value["method"]),
                depth_cm=depth,
                organisation=_text(value["organisation"]),
                team=_text(value["team"]),
                start_date=_day(value["start_date"]),
                end_date=as_date(value["end_date"]),
                items={i: python_value(value[f]) for i, f in ITEM_FIELDS.items()},
                qa_status=completion.qa_code(_text(value["qa_status"])),
                reviewed_by=_text(value["reviewed_by"]),
                reviewed_on=_day(value["reviewed_on"]),
            )
        )
    return rows


def markers_of(source) -> dict:
    """(owner id, printed number) -> the point's marker (``survey_point.marker``), for the
    points of ``source`` that have one; {} when it has no marker field."""
    fields = source.fields()
    owners = [n for n in OWNER_FIELDS if fields.indexOf(n) >= 0]
    if fields.indexOf("marker") < 0 or fields.indexOf("seq") < 0 or not owners:
        return {}
    request = QgsFeatureRequest()
    request.setFlags(QgsFeatureRequest.NoGeometry)
    markers = {}
    feature = QgsFeature()
    iterator = source.getFeatures(request)
    while iterator.nextFeature(feature):
        marker, seq = _text(feature["marker"]), python_value(feature["seq"])
        if marker is None or not isinstance(seq, (int, float)):
            continue
        for name in owners:
            owner = _text(feature[name])
            if owner is not None:
                markers[(owner, str(int(seq)))] = marker
    return markers
