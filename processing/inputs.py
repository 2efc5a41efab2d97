"""What the algorithms share in reading their inputs: the layer behind a parameter, and the
programme's area of its data (features outside it are named in a warning)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingUtils,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..qgis_io.convert import listed, transform_context_of
from ..qgis_io.crs import lonlat_arrays
from ..storage import programme

LISTED = 10  # features named in a warning (the rest counted)


def tr(text: str) -> str:
    return QCoreApplication.translate("LandReleaseInputs", text)


def source_layer(algorithm, parameters, name: str, context) -> QgsVectorLayer | None:
    """The layer behind the feature source parameter ``name``, also when only its selected
    features are given (``parameterAsVectorLayer`` does not resolve those)."""
    layer = algorithm.parameterAsVectorLayer(parameters, name, context)
    if layer is not None:
        return layer
    value = parameters.get(name)
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        text = value.source.valueAsString(context.expressionContext(), "")
        text = text[0] if isinstance(text, tuple) else text  # (value, ok) in some bindings
        found = QgsProcessingUtils.mapLayerFromString(text, context) if text else None
        if isinstance(found, QgsVectorLayer):
            return found
    return None


def unopened_file(algorithm, parameters) -> str | None:
    """Why a layer parameter given as a file that is there cannot be read (damaged, copied in
    part, no such layer in it), naming the parameter; None when none is. QGIS says of such a
    file that it is "not found", which sends the user looking for the wrong thing."""
    import os

    for definition in algorithm.parameterDefinitions():
        value = parameters.get(definition.name())
        if definition.type() not in _LAYER_TYPES or not isinstance(value, str):
            continue
        path, _, options = value.partition("|")
        if not os.path.isfile(path) or QgsVectorLayer(value, "", "ogr").isValid():
            continue
        named = [o for o in options.split("|") if o.startswith("layername=")]
        layer_name = named[0].partition("=")[2] if named else None
        return _file_problem(definition.name(), path, layer_name)
    return None


_LAYER_TYPES = ("source", "vector", "layer")


def _file_problem(name: str, path: str, layer_name: str | None) -> str:
    from osgeo import gdal

    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        gdal.ErrorReset()
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR)
        reason = gdal.GetLastErrorMsg()
    except RuntimeError as error:
        dataset, reason = None, str(error)
    finally:
        gdal.PopErrorHandler()
    if dataset is not None and layer_name and dataset.GetLayerByName(layer_name) is None:
        present = [dataset.GetLayer(k).GetName() for k in range(dataset.GetLayerCount())]
        return tr("{name}: the file {path} has no layer {layer}; it holds: {present}.").format(
            name=name, path=path, layer=layer_name, present=listed(present) or "–"
        )
    return tr(
        "{name}: the file {path} is there but cannot be opened as a layer ({reason}). It may "
        "be damaged or copied only in part: copy it again, or open it in QGIS to see what is "
        "wrong."
    ).format(name=name, path=path, reason=reason or tr("no vector format recognised"))


def programme_area_of(algorithm, parameters, name: str, source, context):
    """The programme's area for the input ``name`` (its land release database's districts plus
    10 km, else the area of use of its CRS), None when it is unknown."""
    layer = source_layer(algorithm, parameters, name, context)
    try:
        area = programme.programme_area(layer) if layer is not None else None
        if area is None:
            area = programme.crs_area(source.sourceCrs())
    except ValueError:
        return None
    return area


def outside_area(geometries, crs: QgsCoordinateReferenceSystem, area, context) -> np.ndarray:
    """Which of ``geometries`` (shapely, in ``crs``) reach outside the programme's ``area``
    (their bounding box, in longitude/latitude, is not inside it). ``context``: the processing
    context or its transform context."""
    import shapely
    from qgis.core import QgsPointXY

    context = transform_context_of(context)

    geometries = np.asarray(geometries, dtype=object).reshape(-1)
    result = np.zeros(len(geometries), dtype=bool)
    if area is None or not len(geometries):
        return result
    present = ~shapely.is_missing(geometries) & ~shapely.is_empty(geometries)
    if not present.any():
        return result
    to_lonlat = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem("EPSG:4326"), context)

    def inside(box) -> bool:
        """The corners and the centre of ``box`` (xmin, ymin, xmax, ymax) are in the area."""
        x0, y0, x1, y1 = (float(v) for v in box)
        points = ((x0, y0), (x0, y1), (x1, y0), (x1, y1), ((x0 + x1) / 2, (y0 + y1) / 2))
        lons, lats = [], []
        for x, y in points:
            try:
                lonlat = to_lonlat.transform(QgsPointXY(x, y))
            except QgsCsException:
                return False
            lons.append(lonlat.x())
            lats.append(lonlat.y())
        return bool(area.contains_many(lons, lats).all())

    if inside(shapely.total_bounds(geometries[present])):
        return result
    indices = np.flatnonzero(present)
    boxes = shapely.bounds(geometries[indices])
    finite = np.isfinite(boxes).all(axis=1)
    result[indices[~finite]] = True
    indices, boxes = indices[finite], boxes[finite]
    x0, y0, x1, y1 = boxes.T
    # The centre of every box, and the four corners of those that are not a point.
    spread = np.flatnonzero((x0 != x1) | (y0 != y1))
    xs = np.concatenate([(x0 + x1) / 2, x0[spread], x0[spread], x1[spread], x1[spread]])
    ys = np.concatenate([(y0 + y1) / 2, y0[spread], y1[spread], y0[spread], y1[spread]])
    lonlat = lonlat_arrays(xs, ys, crs, context)
    if lonlat is None:  # a corner QGIS cannot transform: box by box, that one outside
        for k, box in zip(indices, boxes):
            result[k] = not inside(box)
        return result
    within = area.contains_many(*lonlat)
    ok = within[: len(boxes)].copy()
    ok[spread] &= within[len(boxes) :].reshape(4, -1).all(axis=0)
    result[indices] = ~ok
    return result


def warn_outside_area(
    algorithm, parameters, name: str, source, geometries, labels, crs, context, feedback
) -> int:
    """Warn about the features of input ``name`` outside the programme's area, naming them;
    the number of them."""
    area = programme_area_of(algorithm, parameters, name, source, context)
    far = outside_area(geometries, crs, area, context)
    return _warn_far(name, source, labels, area, far, feedback)


@contextmanager
def outside_area_meanwhile(
    algorithm, parameters, name: str, source, geometries, labels, crs, context, feedback
):
    """:func:`warn_outside_area`, its geometry work on a second thread while the body of the
    ``with`` runs (QGIS's transform and shapely leave Python's lock); the warning when the
    body ends (none when it raises)."""
    area = programme_area_of(algorithm, parameters, name, source, context)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="outside_area") as pool:
        # the transform context taken here: the processing context stays on this thread
        far = pool.submit(outside_area, geometries, crs, area, context.transformContext())
        yield
        _warn_far(name, source, labels, area, far.result(), feedback)


def _warn_far(name: str, source, labels, area, far: np.ndarray, feedback) -> int:
    """The warning that names the features ``far`` outside the programme's ``area``; their
    number."""
    if not far.any():
        return 0
    where = (
        tr("the districts' extent plus {:g} km").format(area.margin_m / 1000)
        if area.source == "districts"
        else tr("the area of use of {}").format(source.sourceCrs().authid())
    )
    feedback.pushWarning(
        tr(
            "{}: {} feature(s) lie outside the programme's area ({}: {}): {}. They are used as "
            "they are: check their coordinates (latitude and longitude swapped, a wrong zone or "
            "CRS)."
        ).format(
            name,
            int(far.sum()),
            where,
            programme.area_text(area),
            listed([labels[k] for k in np.flatnonzero(far)[:LISTED]], total=int(far.sum())),
        )
    )
    return int(far.sum())


def put_stored_date_texts(algorithm, parameters, name: str, context, table, fields, feedback):
    """Put into ``table`` (``read_all``'s FeatureTable of input ``name``) the text a GeoPackage
    stores in its date ``fields`` where it is no date: QGIS reads NULL there, and a release
    whose end_date is '01.05.2031' would count as one without a date. A warning when the
    file cannot be read."""
    from ..storage.stored_dates import StoredDatesError, put_date_texts

    layer = source_layer(algorithm, parameters, name, context)
    try:
        put_date_texts(layer, table.columns, fields, table.fids)
    except StoredDatesError as error:
        feedback.pushWarning(
            tr("{}: the stored dates of {} cannot be read ({}): read as QGIS reads them.").format(
                name, error.path, error
            )
        )


def refuse_counts_that_are_no_numbers(algorithm, parameters, name: str, context, table, fields):
    """Refuse the run when a whole-number field of input ``name`` (``fields`` of ``read_all``'s
    FeatureTable: items found, a depth) holds anything else, naming each feature and field:
    text another program stored in a GeoPackage number field ('3 AP', which QGIS reads as 3,
    '12,5' read as 12) or in a text field. NULL is no count (0)."""
    from ..storage.stored_numbers import StoredValuesError, texts_in_number_fields

    layer = source_layer(algorithm, parameters, name, context)
    present = [f for f in fields if table.columns.get(f) is not None]
    try:
        texts = texts_in_number_fields(layer, present)
    except StoredValuesError:
        texts = {}  # the file cannot be looked at: as QGIS reads it (read_all read it)
    position = {int(fid): k for k, fid in enumerate(table.fids)}
    problems = []
    for field in present:
        column = table.columns[field]
        stored = {position[f]: t[field] for f, t in texts.items() if field in t and f in position}
        for k, value in enumerate(column):
            value = stored.get(k, value)
            if value is not None and not _whole_number(value):
                problems.append(f"{table.labels[k]}: {field} = {str(value)!r}")
    if problems:
        raise QgsProcessingException(
            tr(
                "{}: {} value(s) that should be whole numbers of 0 or more are not: {}. Correct "
                "them (a count of items found, a depth in cm)."
            ).format(name, len(problems), listed(problems))
        )


def _whole_number(value) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return value >= 0
    if isinstance(value, float):
        return value.is_integer() and value >= 0
    text = str(value).strip()
    return not text or (text.isdigit() and text.isascii())  # blank: no count, as NULL
