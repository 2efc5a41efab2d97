"""What the IMSMA exchange folder holds (see the package docstring): its files and columns,
the point row and the survey point, and what every reader refuses with an :class:`ImsmaError`
(marked for translation in :data:`TR_CONTEXT`): ids that are no text, files that are not UTF-8."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from .. import model

DECIMALS = 9  # 1e-9 degree is about 0.1 mm
MATCH_TOLERANCE_M = 0.5  # a survey point this close to a vertex describes it
PART_SEPARATOR = "#"

# layer -> (GeoJSON file, CSV file)
FILES = {
    "hazard": ("hazards.geojson", "hazard_points.csv"),
    "land_release": ("land_releases.geojson", "land_release_points.csv"),
}
ID_FIELDS = {"hazard": "hazard_id", "land_release": "release_id"}

CSV_COLUMNS = (
    "imsma_id",
    "point_no",
    "point_type",
    "latitude",
    "longitude",
    "bearing_deg",
    "distance_m",
    "bearing_entered",
    "distance_entered",
    "entered_as",
    "bearing_unit",
    "north",
)
REQUIRED_CSV_COLUMNS = ("imsma_id", "point_no", "latitude", "longitude")

START, TURNING = "start", "turning"
# Survey point types that are not on the perimeter of the area.
OFF_PERIMETER_TYPES = frozenset({"reference", "benchmark", "evidence"})

# (lon1, lat1, lon2, lat2) -> (forward azimuth at point 1 in degrees, distance in metres)
Inverse = Callable[[float, float, float, float], "tuple[float, float]"]

MAX_ID_LENGTH = 100  # longer than any IMSMA id (GUIDs: 36) or model id (hazard_id: 50)
_SHOWN_ID_LENGTH = 40
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")

TR_CONTEXT = "LandReleaseImsma"


def _t(text: str) -> str:
    return model.QT_TRANSLATE_NOOP("LandReleaseImsma", text)


class ImsmaError(ValueError):
    """Bad IMSMA exchange data: the message names the id, file or line.

    ``template`` is the English message with ``{name}`` fields (marked for translation in
    :data:`TR_CONTEXT`), ``values`` what fills them: an adapter translates the template and
    formats it with the values; ``str(error)`` is the English message."""

    def __init__(self, template: str, **values):
        self.template = template
        self.values = values
        super().__init__(template.format(**values) if values else template)


@dataclass
class PointRow:
    """One row of a point list CSV."""

    imsma_id: str
    point_no: int
    point_type: str
    latitude: float
    longitude: float
    bearing_deg: Optional[float] = None
    distance_m: Optional[float] = None
    bearing_entered: Optional[float] = None
    distance_entered: Optional[float] = None
    entered_as: Optional[str] = None
    bearing_unit: Optional[str] = None
    north: Optional[str] = None
    line: int = field(default=0, compare=False)  # line number in the CSV it was read from


@dataclass(frozen=True)
class SurveyPoint:
    """A survey point (``survey_point`` layer) in WGS 84."""

    longitude: float
    latitude: float
    point_type: Optional[str] = None
    bearing: Optional[float] = None
    bearing_unit: Optional[str] = None
    north: Optional[str] = None
    distance_m: Optional[float] = None
    entered_as: Optional[str] = None


def shown_id(text: str) -> str:
    """An id for a message: cut to 40 characters and its length said when longer."""
    text = str(text)
    if len(text) <= _SHOWN_ID_LENGTH:
        return text
    return f"{text[:_SHOWN_ID_LENGTH]}… ({len(text)} characters)"


def checked_id(value, where: str) -> str:
    """``value`` as an id: text without surrounding blanks, not empty, at most
    :data:`MAX_ID_LENGTH` characters, no control characters (line breaks, tabs, NUL). Numbers
    are ids too (``7731``); anything else raises :class:`ImsmaError` naming ``where``."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise ImsmaError(
            _t("{where}: the id {value} is not text."), where=where, value=shown_id(repr(value))
        )
    if isinstance(value, float):
        if not value.is_integer():
            raise ImsmaError(_t("{where}: the id {value} is not text."), where=where, value=value)
        value = int(value)
    text = str(value).strip()
    if not text:
        raise ImsmaError(_t("{where}: the id is empty."), where=where)
    if len(text) > MAX_ID_LENGTH:
        raise ImsmaError(
            _t("{where}: the id {id} is longer than {limit} characters."),
            where=where,
            id=shown_id(text),
            limit=MAX_ID_LENGTH,
        )
    if _CONTROL.search(text):
        raise ImsmaError(
            _t("{where}: the id {id} holds a control character (line break, tab or NUL)."),
            where=where,
            id=ascii(shown_id(text)),
        )
    return text


def decoded_text(path) -> str:
    """The text of a UTF-8 file (a BOM dropped); :class:`ImsmaError` naming the file and the
    line of the first byte that is not UTF-8, or why it cannot be read."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImsmaError(
            _t("{file} cannot be read: {reason}"), file=path.name, reason=error.strerror or error
        ) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImsmaError(
            _t(
                "{file} is not UTF-8 text (byte 0x{byte} on line {line}): save it as UTF-8 "
                "and import again."
            ),
            file=path.name,
            byte=f"{data[error.start]:02X}",
            line=data[: error.start].count(b"\n") + 1,
        ) from None
