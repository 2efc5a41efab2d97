"""The old home of the polygon sources of the Record land release dock, kept for importers:
they now live in ``qgis_io`` (:mod:`..qgis_io.point_files`, :mod:`..qgis_io.source_polygon`)."""

from __future__ import annotations

from ..qgis_io.point_files import (  # noqa: F401
    COORDINATE_NAMES,
    FILE_FILTER_EXTENSIONS,
    LAT_NAMES,
    LON_NAMES,
    MAX_REPORTED_LINES,
    X_NAMES,
    Y_NAMES,
    CsvLayout,
    csv_layout,
    is_csv,
    read_csv,
    read_gpx,
    read_polygon_file,
    read_vector_file,
    text_file_message,
)
from ..qgis_io.source_polygon import (  # noqa: F401
    WGS84,
    SourceError,
    SourcePolygon,
    polygon_from_features,
    polygon_from_points,
    polygon_from_selection,
)
