"""Recording a land release, a hazard or a minefield record: live checks, validation and the
one-transaction save.

The dialogs collect a feature (the layer's own form and defaults) and its survey points; this
package checks them and writes the row, its points, the hazards' derived remaining area and
status, and who made the change, in one database transaction through GDAL. A failure or a
crash before the commit leaves the database as it was. No ``iface`` here.

- ``layers``: the layers of one database in the project (``find_layers``);
- ``field_values``: what each field can hold, refused in words naming field and value;
- ``polygons``, ``stored_rows``, ``survey_points``: the shapes, what the database already
  holds, the points saved with a record;
- ``live_check``: the record dialog's check while the polygon is drawn;
- ``transaction``, ``refusals``: the save transaction and its locks, the database's refusals
  in words;
- ``releases``, ``release_undo``, ``hazard_figures``, ``hazards``, ``minefield_records``: what
  each save writes.
"""

from .field_values import (
    EARLIEST_DATE,
    EARLIEST_RECORD_DATE,
    EARLIEST_WORK_DATE,
    INT32_MAX,
    INT32_MIN,
    MAX_TEXT_CHARS,
    RANGES,
    _attributes,
)
from .hazards import save_hazard, save_hazards
from .layers import (
    HAZARD,
    LEG,
    LOG,
    POINT,
    RECORD,
    RELEASE,
    ReleaseLayers,
    database_of,
    database_path,
    find_layers,
)
from .live_check import LiveCheck, check_candidate
from .minefield_records import (
    FIRST_POINT_TYPES,
    MinefieldRecord,
    save_minefield_record,
    validate_record,
)
from .polygons import _shapely
from .refusals import LOG_TAG, MIN_FREE_BYTES, MIN_FREE_BYTES_AFTER, without_sql
from .release_undo import redo_release, undo_release
from .releases import (
    Candidate,
    SavedRelease,
    release_field_errors,
    release_geometry_errors,
    save_release,
    validate,
)
from .stored_rows import find_hazard
from .transaction import LOCK_TIMEOUT_S, SaveError, _Transaction

# Called after everything is written and before the commit (tests kill the process here).
_before_commit = None

__all__ = [
    "EARLIEST_DATE",
    "EARLIEST_RECORD_DATE",
    "EARLIEST_WORK_DATE",
    "FIRST_POINT_TYPES",
    "HAZARD",
    "INT32_MAX",
    "INT32_MIN",
    "LEG",
    "LOCK_TIMEOUT_S",
    "LOG",
    "LOG_TAG",
    "MAX_TEXT_CHARS",
    "MIN_FREE_BYTES",
    "MIN_FREE_BYTES_AFTER",
    "POINT",
    "RANGES",
    "RECORD",
    "RELEASE",
    "Candidate",
    "LiveCheck",
    "MinefieldRecord",
    "ReleaseLayers",
    "SaveError",
    "SavedRelease",
    "_Transaction",
    "_attributes",
    "_shapely",
    "check_candidate",
    "database_of",
    "database_path",
    "find_hazard",
    "find_layers",
    "redo_release",
    "save_hazard",
    "save_hazards",
    "save_minefield_record",
    "save_release",
    "undo_release",
    "release_field_errors",
    "release_geometry_errors",
    "validate",
    "validate_record",
    "without_sql",
]
