"""What the checks find: codes and their severity, :class:`Finding`, :class:`Note`, the input
:class:`LayerData` and the :class:`CheckResult`, findings made and sorted alike."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Optional

import numpy as np

from ..progress import object_array

ERROR = "error"
WARNING = "warning"

CODES: dict[str, str] = {
    "invalid_geometry": ERROR,
    "too_few_vertices": ERROR,
    "duplicate_id": ERROR,
    "duplicate_geometry": WARNING,
    "long_segment": WARNING,
    "overlap": WARNING,
    "release_outside_hazard": ERROR,
    "cha_without_evidence": WARNING,
    "missing_district": WARNING,
    "missing_field": ERROR,
    "date_order": ERROR,
    "release_larger_than_hazard": ERROR,
    "outside_area": ERROR,
    "bad_code": ERROR,
    "bad_date": ERROR,  # WARNING for a date before MIN_DATE
    "multipart": ERROR,
    "area_mismatch": ERROR,
    "remaining_mismatch": ERROR,
    "log_mismatch": ERROR,
    "unknown_hazard": ERROR,  # extra: not in DESIGN §5.9
}

HAZARD, RELEASE, EVIDENCE = "hazard", "land_release", "evidence"
NOWHERE = (math.nan, math.nan)


@dataclass(frozen=True)
class Finding:
    """One problem found: ``message`` is ``template`` filled with ``args`` (English)."""

    code: str
    severity: str
    layer: str
    index: Optional[int]  # position in the layer's arrays; None for the layer as a whole
    feature_id: Optional[str]  # the label given for that feature
    template: str
    args: Mapping[str, str] = field(default_factory=dict)
    x: float = math.nan
    y: float = math.nan
    fid: Optional[int] = None  # the row's key in its database where ``index`` is None (log rules)

    @property
    def message(self) -> str:
        return self.template.format(**self.args)


@dataclass(frozen=True)
class Note:
    """Something the log should say (a rule that could not run)."""

    template: str
    args: Mapping[str, str] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.args)


@dataclass
class LayerData:
    """One input layer: geometries (None where missing), labels and attribute columns.

    ``columns`` maps data model field names to one value per feature; it holds only the fields
    the input layer has. ``labels`` are what users see as the feature's id (its human id, or
    else its QGIS feature id as text).
    """

    name: str  # HAZARD, RELEASE or EVIDENCE
    geometries: np.ndarray
    labels: Sequence[str]
    columns: Mapping[str, Sequence] = field(default_factory=dict)

    def __post_init__(self):
        self.geometries = object_array(self.geometries)
        if len(self.labels) != len(self.geometries):
            raise ValueError("labels and geometries differ in length")
        for name, values in self.columns.items():
            if len(values) != len(self.geometries):
                raise ValueError(f"column {name} differs in length from the geometries")


@dataclass
class CheckResult:
    findings: list[Finding]
    notes: list[Note]

    def counts(self) -> dict[str, int]:
        """Findings per code, in code order."""
        counts = Counter(f.code for f in self.findings)
        return {code: counts[code] for code in CODES if counts[code]}

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity == ERROR)

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.severity == WARNING)


def make_finding(
    code, layer, index, labels, template, args=None, xy=NOWHERE, severity=None
) -> Finding:
    """A finding on feature ``index`` of ``layer`` (None: on the layer as a whole), named by its
    label; the code's severity unless ``severity`` is given."""
    return Finding(
        code=code,
        severity=severity or CODES[code],
        layer=layer,
        index=None if index is None else int(index),
        feature_id=None if index is None else str(labels[index]),
        template=template,
        args=dict(args or {}),
        x=float(xy[0]),
        y=float(xy[1]),
    )


def sort_findings(findings: Sequence[Finding]) -> list[Finding]:
    """By layer, code, feature id (natural order), index, message."""
    return sorted(
        findings,
        key=lambda f: (
            f.layer,
            f.code,
            natural_order(f.feature_id),
            -1 if f.index is None else f.index,
            f.message,
        ),
    )


def natural_order(text: Optional[str]) -> tuple:
    """``H-2`` before ``H-10``; None first."""
    if text is None:
        return ()
    return tuple(
        int(part) if k % 2 else part.casefold() for k, part in enumerate(re.split(r"(\d+)", text))
    )
