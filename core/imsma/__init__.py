"""Exchange with IMSMA: WGS 84 GeoJSON per layer plus CSV point lists (DESIGN §5.10).

Pure Python + shapely 2: no QGIS, Qt or GDAL. Coordinates are WGS 84 longitude/latitude
(degrees); geodesic bearings and distances come from an ``inverse`` callable given by the caller
(the Processing adapter passes one built on ``QgsDistanceArea`` with the WGS 84 ellipsoid, i.e.
GeographicLib), so this module needs no pyproj.

The folder
----------
``hazards.geojson`` / ``land_releases.geojson``
    RFC 7946 FeatureCollections: WGS 84, ``[longitude, latitude]``, 9 decimals (0.1 mm),
    exterior rings counter-clockwise and holes clockwise, UTF-8 without BOM and without
    ``\\u`` escapes. Every attribute of the input layer is a property; dates and times are ISO 8601
    strings (``2024-05-01``, ``2024-05-01T10:00:00Z``), NULL is ``null``. The property
    ``imsma_id`` (also the feature ``id``) holds the layer's ``imsma_id`` or, where that is NULL or
    absent, its ``hazard_id`` / ``release_id`` (at most :data:`IMSMA_ID_LENGTH` characters either
    way: the import stores it as the feature's ``imsma_id``); ``imsma_links`` is text, kept
    exactly; releases carry their review state (``qa_status``, ``reviewed_by``, ``reviewed_on``,
    ``review_remarks``). :mod:`.attributes` reads these alike on both sides.
``hazard_points.csv`` / ``land_release_points.csv``
    The polygon point lists the way IMSMA keeps them: UTF-8 **without** BOM, comma separated,
    ``"`` quoting where needed, CRLF line ends (RFC 4180), one header row with the columns of
    :data:`CSV_COLUMNS`; empty cell = no value. One row per vertex of the polygon's exterior,
    **without the repeated closing vertex** (and without repeated consecutive vertices),
    numbered ``point_no`` 1..n **clockwise from the northernmost vertex** (largest latitude; ties:
    smallest longitude), the convention of the CHA turning points (``core.cha.turning_points``).

    - ``latitude`` / ``longitude``: degrees, 9 decimals.
    - ``bearing_deg`` / ``distance_m``: the leg **from the previous point** to this one: true
      (geodesic) forward azimuth at the previous point, degrees ``[0, 360)``, and ellipsoidal
      distance in metres, both rounded to 0.01. Point 1's leg is the **closing leg** from the
      last point, so every edge of the polygon is listed exactly once and the distances add up
      to the perimeter.
    - ``point_type``: ``start`` for point 1, ``turning`` for the others, unless a survey point of
      the polygon (``owner_id`` = its hazard/release id or imsma id) lies within 0.5 m of the
      vertex: then that point's type and its values as entered (``bearing_entered``,
      ``distance_entered``, ``entered_as``, ``bearing_unit``, ``north``). Reference points,
      benchmarks and evidence points lie outside the area and are never matched to a vertex.
    - ``bearing_unit`` and ``north`` are appended after the ten IMSMA columns: an entered bearing
      means nothing without its unit (deg, mil6400, mil6000, gon) and north (grid, true, magnetic).

    **Multi-part polygons**: each part's exterior is its own point list; the first part keeps the
    id, the others get ``#2``, ``#3``… (``HZ-0001#2``). **Holes** are not in the point lists (the
    GeoJSON keeps them; the import puts them back into the part that holds them).

Import (the reverse): each polygon is rebuilt from its rows in ``point_no`` order; rows of type
reference/benchmark/evidence are left out of the ring, a repeated closing vertex is dropped, and
fewer than 3 distinct points is an error for that polygon. The rebuilt polygon is cross-checked
against the GeoJSON geometry of the same id (:func:`cross_check`): their boundaries must lie
within :data:`CROSS_CHECK_TOLERANCE_M` of each other (the Hausdorff distance, both ways, along
the edges too), else :func:`cross_check` says what most likely happened to the point list
(swapped latitude and longitude, a lost minus sign, degrees and minutes written as decimals,
another datum, the point order, missing points). :func:`outside_area` compares the polygons with
the programme's area (``core.area``); :func:`data_area` is the UTM zone of most of the data, for
an import that knows no programme. Errors are :class:`ImsmaError` whose English template is
marked for translation in the context ``LandReleaseImsma``.

The package
-----------
``exchange`` (the files, columns, rows and refusals shared by every part), ``attributes``
(the IMSMA id and links, coded values: checked alike on export and import), ``point_lists``
(polygons to point lists and back), ``point_csv`` and ``geojson`` (the files), ``mismatch``
(:func:`cross_check` and the likely causes) and ``area_checks`` (the programme's area).
"""

from .area_checks import OutsideArea, data_area, km_outside, outside_area, utm_zone
from .attributes import IMSMA_ID_LENGTH, imsma_id_of, links_of, unknown_codes
from .exchange import (
    CSV_COLUMNS,
    DECIMALS,
    FILES,
    ID_FIELDS,
    MATCH_TOLERANCE_M,
    MAX_ID_LENGTH,
    OFF_PERIMETER_TYPES,
    PART_SEPARATOR,
    REQUIRED_CSV_COLUMNS,
    START,
    TR_CONTEXT,
    TURNING,
    ImsmaError,
    Inverse,
    PointRow,
    SurveyPoint,
    checked_id,
    decoded_text,
    shown_id,
)
from .geojson import (
    POLYGON_TYPES,
    geojson_geometry,
    geojson_shape,
    json_value,
    read_geojson,
    write_geojson,
)
from .mismatch import (
    CAUSES,
    CROSS_CHECK_TOLERANCE_M,
    DEGREES_MINUTES,
    DEGREES_MINUTES_SECONDS,
    EARTH_RADIUS_M,
    MAX_DATUM_SHIFT_M,
    MISSING_POINTS,
    MOVED,
    PARTS,
    POINT_ORDER,
    SHIFTED,
    SIGN_BOTH,
    SIGN_LATITUDE,
    SIGN_LONGITUDE,
    SWAPPED,
    UNKNOWN,
    Mismatch,
    cross_check,
    great_circle_m,
)
from .point_csv import CSV_DELIMITERS, read_point_csv, write_point_csv
from .point_lists import _signed_area as _signed_area  # the tests' orientation check
from .point_lists import (
    group_parts,
    group_rows,
    holes_of,
    match_survey_points,
    ordered_ring,
    part_id,
    perimeter_rows,
    point_list,
    polygon_from_points,
    polygon_point_lists,
    with_holes,
)

__all__ = [
    "CAUSES",
    "CROSS_CHECK_TOLERANCE_M",
    "CSV_COLUMNS",
    "CSV_DELIMITERS",
    "DECIMALS",
    "DEGREES_MINUTES",
    "DEGREES_MINUTES_SECONDS",
    "EARTH_RADIUS_M",
    "FILES",
    "ID_FIELDS",
    "IMSMA_ID_LENGTH",
    "ImsmaError",
    "Inverse",
    "MATCH_TOLERANCE_M",
    "MAX_DATUM_SHIFT_M",
    "MAX_ID_LENGTH",
    "MISSING_POINTS",
    "MOVED",
    "Mismatch",
    "OFF_PERIMETER_TYPES",
    "OutsideArea",
    "PARTS",
    "PART_SEPARATOR",
    "POINT_ORDER",
    "POLYGON_TYPES",
    "PointRow",
    "REQUIRED_CSV_COLUMNS",
    "SHIFTED",
    "SIGN_BOTH",
    "SIGN_LATITUDE",
    "SIGN_LONGITUDE",
    "START",
    "SWAPPED",
    "SurveyPoint",
    "TR_CONTEXT",
    "TURNING",
    "UNKNOWN",
    "checked_id",
    "cross_check",
    "data_area",
    "decoded_text",
    "geojson_geometry",
    "geojson_shape",
    "great_circle_m",
    "group_parts",
    "group_rows",
    "holes_of",
    "imsma_id_of",
    "json_value",
    "km_outside",
    "links_of",
    "match_survey_points",
    "ordered_ring",
    "outside_area",
    "part_id",
    "perimeter_rows",
    "point_list",
    "polygon_from_points",
    "polygon_point_lists",
    "read_geojson",
    "read_point_csv",
    "shown_id",
    "unknown_codes",
    "utm_zone",
    "with_holes",
    "write_geojson",
    "write_point_csv",
]
