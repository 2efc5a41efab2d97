"""Land release symbology (IMAS TN 07.11/01) as data: colours and line styles by code.

The QGIS side (``styles/``) turns these into renderers; reports and tests read the same values.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

FILL_OPACITY = 0.5  # hazard fills are 50 % transparent


@dataclass(frozen=True)
class FillStyle:
    colour: str  # "#RRGGBB"
    opacity: float = FILL_OPACITY
    pattern: Optional[str] = None  # None = solid; "hatch" / "cross" so it still reads in B/W


@dataclass(frozen=True)
class LineStyle:
    colour: str
    width_mm: float
    dash: str = "solid"  # "solid", "dash", "dot"


# Fill of a hazard by classification.
HAZARD_FILL = {
    "CHA": FillStyle("#FF0000"),
    "SHA": FillStyle("#F4A718"),
}
# Outline of a hazard by status.
HAZARD_OUTLINE = {
    "open": LineStyle("#FF0000", 0.8, "solid"),
    "worked_on": LineStyle("#F4A718", 0.8, "dash"),
    "closed": LineStyle("#00A651", 0.8, "solid"),
}
# Outline of a hazard whose figures (remaining area, status) are being recomputed.
HAZARD_OUTLINE_UNKNOWN = LineStyle("#616161", 0.8, "dot")
# Fill of a land release polygon by outcome: each its own colour and pattern.
RELEASE_FILL = {
    "cancelled": FillStyle("#B8E186", 0.6, None),
    "reduced": FillStyle("#4DAC26", 0.6, "hatch"),
    "cleared": FillStyle("#2C7BB6", 0.6, "cross"),
}
RELEASE_OUTLINE = LineStyle("#1B5E20", 0.4, "solid")

EVIDENCE_MARKER = {
    "direct": ("#C00000", "triangle", 3.2),
    "indirect": ("#E08000", "circle", 2.4),
}
LINE_OF_CONTACT = LineStyle("#6A1B1B", 1.2, "dash")
DISTRICT_OUTLINE = LineStyle("#5A5A5A", 0.5, "dash")
MINEFIELD_RECORD = LineStyle("#7B1FA2", 0.6, "solid")
TASK_OUTLINE = LineStyle("#1565C0", 0.6, "solid")
SURVEY_POINT = ("#000000", "circle", 1.8)
# Turning point numbers only from this scale in (1:10,000): further out they pile up.
POINT_LABEL_MIN_SCALE = 10_000
FINDING_MARKER = {  # checkdata findings by severity: (colour, shape, size mm)
    "error": ("#D32F2F", "circle", 3.2),
    "warning": ("#F57C00", "triangle", 3.2),
}
