"""The fields the data model requires: ``missing_field`` (a mandatory field empty, or the layer
without it) and ``missing_district``; which fields the checks read."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from .. import model
from ..progress import object_array
from .codes_and_dates import DATE_ORDER, coded_fields, date_fields
from .findings import EVIDENCE, HAZARD, RELEASE, Finding, make_finding
from .geometry_arrays import anchor_xy
from .messages import MESSAGES
from .values import is_blank

# The rules that need a mandatory field: (layer, field) -> codes skipped when it is missing.
RULES_NEEDING = {
    (HAZARD, "hazard_id"): ("duplicate_id", "unknown_hazard", "release_larger_than_hazard"),
    (HAZARD, "classification"): ("overlap", "cha_without_evidence"),
    (RELEASE, "release_id"): ("duplicate_id",),
    (RELEASE, "hazard_id"): ("unknown_hazard", "release_larger_than_hazard"),
    (EVIDENCE, "evidence_id"): ("duplicate_id",),
}


def mandatory_fields(layer: str) -> tuple[str, ...]:
    """The fields of ``layer`` that the data model requires and nobody derives."""
    return tuple(f.name for f in model.layer(layer).fields if f.not_null and not f.derived)


def fields_used(layer: str) -> tuple[str, ...]:
    """The fields of ``layer`` that the checks read: the mandatory ones, then the others."""
    extra = {
        HAZARD: ("classification", "district", "estimated_area_m2", "remaining_area_m2"),
        RELEASE: ("area_m2", "end_date"),
        EVIDENCE: ("evidence_type",),
    }
    dates = tuple(name for pair in DATE_ORDER.get(layer, ()) for name in pair)
    more = coded_fields(layer) + date_fields(layer) + ("uuid",)
    return tuple(dict.fromkeys(mandatory_fields(layer) + extra.get(layer, ()) + dates + more))


def check_fields(
    layer: str, columns: Mapping[str, Sequence], labels: Sequence[str], geometries
) -> list[Finding]:
    """``missing_field``: a mandatory field the layer lacks (once), or NULL/empty on a feature."""
    geoms = object_array(geometries)
    findings: list[Finding] = []
    for name in mandatory_fields(layer):
        if name not in columns:
            rules = RULES_NEEDING.get((layer, name))
            if rules:
                template = MESSAGES["no_field_skipped"]
                args = {"layer": layer, "field": name, "rules": ", ".join(rules)}
            else:
                template, args = MESSAGES["no_field"], {"layer": layer, "field": name}
            findings.append(make_finding("missing_field", layer, None, None, template, args))
            continue
        empty = np.flatnonzero([is_blank(v) for v in columns[name]])
        xy = anchor_xy(geoms, empty)
        findings += [
            make_finding(
                "missing_field", layer, i, labels, MESSAGES["missing_field"], {"field": name}, p
            )
            for i, p in zip(empty, xy)
        ]
    return findings


def check_missing_district(districts: Sequence, labels: Sequence[str], geometries) -> list[Finding]:
    """``missing_district`` on every hazard with a NULL or empty district."""
    empty = np.flatnonzero([is_blank(v) for v in districts])
    xy = anchor_xy(object_array(geometries), empty)
    return [
        make_finding("missing_district", HAZARD, i, labels, MESSAGES["missing_district"], {}, p)
        for i, p in zip(empty, xy)
    ]
