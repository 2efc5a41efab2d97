"""QGIS-side helpers of the adapters: fields from the model, new features, the metric working
CRS, ellipsoidal measures. No shapely here: the plugin must load without it."""

from __future__ import annotations

import contextlib
import functools
import math
import os
import tempfile
import uuid
from collections.abc import Sequence

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsDistanceArea,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsRectangle,
    QgsUnitTypes,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QDateTime, QMetaType, QVariant

from ..core import model
from ..core.ids import uuid4_texts
from .crs import utm_crs

if Qgis.QGIS_VERSION_INT >= 33800:  # QgsField(name, QVariant.Type) is deprecated from 3.38
    FIELD_TYPES = {
        model.TEXT: QMetaType.QString,
        model.INTEGER: QMetaType.Int,
        model.REAL: QMetaType.Double,
        model.DATE: QMetaType.QDate,
        model.DATETIME: QMetaType.QDateTime,
    }
else:
    FIELD_TYPES = {
        model.TEXT: QVariant.String,
        model.INTEGER: QVariant.Int,
        model.REAL: QVariant.Double,
        model.DATE: QVariant.Date,
        model.DATETIME: QVariant.DateTime,
    }
_OTHER_TYPES = (
    {"bool": QMetaType.Bool, "int64": QMetaType.LongLong}
    if Qgis.QGIS_VERSION_INT >= 33800
    else {"bool": QVariant.Bool, "int64": QVariant.LongLong}
)
ELLIPSOID = "EPSG:7030"  # WGS 84


def qtype(name: str):
    """The QgsField type of a model type (text, integer, real, date, datetime) or bool/int64,
    as this QGIS wants it (QMetaType from 3.38, QVariant before)."""
    return FIELD_TYPES[name] if name in FIELD_TYPES else _OTHER_TYPES[name]


def tr(text: str) -> str:
    return QCoreApplication.translate("LandReleaseConvert", text)


def model_fields(layer_name: str) -> QgsFields:
    """The QgsFields of a land release layer, as the data model defines them."""
    fields = QgsFields()
    for f in model.layer(layer_name).fields:
        field = QgsField(f.name, FIELD_TYPES[f.type])
        if f.length:
            field.setLength(f.length)
        fields.append(field)
    return fields


@functools.lru_cache(maxsize=1)
def _user() -> str | None:
    return QgsExpressionContextUtils.globalScope().variable("user_account_name") or None


def common_values() -> dict:
    """uuid, created_at/updated_at and created_by for a new feature written by an algorithm."""
    now = QDateTime.currentDateTimeUtc()
    user = _user()
    return {
        "uuid": str(uuid.uuid4()),
        "created_at": now,
        "created_by": user or None,
        "updated_at": now,
    }


def new_feature(fields: QgsFields, values: dict, geometry: QgsGeometry | None = None) -> QgsFeature:
    feature = QgsFeature(fields)
    for name, value in {**common_values(), **values}.items():
        idx = fields.indexOf(name)
        if idx >= 0:
            feature.setAttribute(idx, value)
    if geometry is not None:
        feature.setGeometry(geometry)
    return feature


def new_features(fields: QgsFields, rows: Sequence[dict], geometries: Sequence) -> list[QgsFeature]:
    """:func:`new_feature` for many rows at once (a uuid each, one time stamp): each row's
    values set as one list."""
    common = common_values()
    del common["uuid"]
    index = {name: k for k, name in enumerate(fields.names())}
    unset = QVariant()  # a field no row names stays as a new feature has it
    uuids = uuid4_texts(len(rows))
    features = []
    for values, geometry, uuid_text in zip(rows, geometries, uuids):
        attributes = [unset] * len(index)
        for name, value in {**common, "uuid": uuid_text, **values}.items():
            k = index.get(name)
            if k is not None:
                attributes[k] = value
        feature = QgsFeature(fields)
        feature.setAttributes(attributes)
        if geometry is not None:
            feature.setGeometry(geometry)
        features.append(feature)
    return features


MAX_SCALE_ERROR = 0.005  # a metric CRS more than 0.5 % off the ground is not worked in
LABEL_LENGTH = 40  # characters of an id shown in a message


def working_crs(
    crs: QgsCoordinateReferenceSystem,
    extent: QgsRectangle,
    context,
    feedback=None,
    source=None,
    parameter: str = "",
    id_field: str | None = None,
) -> QgsCoordinateReferenceSystem:
    """A CRS in metres to compute in: ``crs`` itself if it is projected in metres and true to
    scale (within ``MAX_SCALE_ERROR``) at the data, else the UTM zone of the data's centre.

    ``source``, ``parameter`` and ``id_field`` name the features at fault when the extent is
    not finite (a NaN or infinite coordinate)."""
    if not crs.isValid():
        raise QgsProcessingException(
            tr("{} has no valid CRS: set its CRS first.").format(parameter or tr("The input"))
        )
    if extent is None:
        extent = source_extent(source, parameter, id_field)
    if extent.isNull():  # no geometry at all (QGIS 3.40's null extent has no finite centre)
        if not crs.isGeographic() and crs.mapUnits() == QgsUnitTypes.DistanceMeters:
            return crs  # the algorithm refuses or skips the features without geometry itself
        return QgsCoordinateReferenceSystem(model.DEFAULT_CRS)
    centre = QgsPointXY(extent.center())
    if not (math.isfinite(centre.x()) and math.isfinite(centre.y())):
        if source is not None:
            refuse_non_finite_features(source, parameter, id_field)
        raise QgsProcessingException(
            tr("{}: the extent of the data is not finite ({}): a coordinate is NaN or infinite.")
            .format(parameter or tr("The input"), extent.toString())
        )  # fmt: skip
    if not crs.isGeographic() and crs.mapUnits() == QgsUnitTypes.DistanceMeters:
        error = scale_error(crs, centre, context)
        if error is not None and error <= MAX_SCALE_ERROR:
            return crs
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    lonlat = centre
    if crs != wgs84:
        try:
            lonlat = QgsCoordinateTransform(crs, wgs84, context.transformContext()).transform(
                centre
            )
        except QgsCsException:
            lonlat = QgsPointXY(math.nan, math.nan)
    if not (math.isfinite(lonlat.x()) and math.isfinite(lonlat.y())):
        raise QgsProcessingException(
            tr(
                "{}: the centre of the data ({:.3f}, {:.3f} in {}) cannot be placed on the "
                "earth: check the layer's CRS and its coordinates."
            ).format(parameter or tr("The input"), centre.x(), centre.y(), crs.authid())
        )
    result = utm_crs(lonlat.x(), lonlat.y())
    if not crs.isGeographic() and feedback is not None:
        error = scale_error(crs, centre, context)
        how = (
            tr("{:.1f} % off the ground there").format(100 * error)
            if error is not None
            else tr("not usable there")
        )
        feedback.pushInfo(
            tr("{} is {}: distances and areas are worked in {} instead.").format(
                crs.authid() or crs.description(), how, result.authid()
            )
        )
    return result


def source_extent(source, parameter: str = "", id_field: str | None = None) -> QgsRectangle:
    """The extent of ``source``; a refusal naming the features with a NaN or infinite
    coordinate where QGIS cannot make one (it raises a bare "unknown" for infinities)."""
    try:
        return source.sourceExtent()
    except Exception:  # noqa: BLE001 - a C++ exception without a message
        refuse_non_finite_features(source, parameter, id_field)
        raise QgsProcessingException(
            tr("{}: the extent of the data cannot be computed: check its geometries.").format(
                parameter or tr("The input")
            )
        ) from None


def finite_extent(source) -> QgsRectangle:
    """The extent of the features of ``source`` whose coordinates are all finite: its own
    extent when QGIS can make it and it is finite, else (slowly) their bounding boxes."""
    try:
        extent = source.sourceExtent()
        if all(
            math.isfinite(v)
            for v in (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
        ):
            return extent
    except Exception:  # noqa: BLE001 - QGIS raises a bare "unknown" for infinities
        pass
    extent = QgsRectangle()
    extent.setMinimal()
    request = QgsFeatureRequest().setNoAttributes()
    for feature in all_features(source, request):
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty() or non_finite_kind(geometry):
            continue
        extent.combineExtentWith(geometry.boundingBox())
    return extent


def scale_error(crs: QgsCoordinateReferenceSystem, centre: QgsPointXY, context) -> float | None:
    """How far ``crs``'s metres are from ground metres at ``centre`` (0.01 = 1 %): the largest
    of the east-west and north-south scale errors over 2 km; None where it cannot be measured."""
    da = distance_area(crs, context)
    step = 1000.0
    errors = []
    for dx, dy in ((step, 0.0), (0.0, step)):
        a = QgsPointXY(centre.x() - dx, centre.y() - dy)
        b = QgsPointXY(centre.x() + dx, centre.y() + dy)
        try:
            ground = da.measureLine(a, b)
        except Exception:  # noqa: BLE001 - QgsCsException: a point the CRS cannot hold
            return None
        if not math.isfinite(ground) or ground <= 0:
            return None
        errors.append(abs(ground / (2 * step) - 1.0))
    return max(errors)


def feature_label(value, fid) -> str:
    """A feature in a message: its id (shortened, control characters and unpaired surrogates
    shown escaped) and its feature number: "H2 (feature 2)"; "feature 2" without an id."""
    text = short_text(value)
    if not text:
        return tr("feature {}").format(fid)
    return tr("{} (feature {})").format(text, fid)


def short_text(value) -> str:
    """A value as text for a message: stripped, at most ``LABEL_LENGTH`` characters, control
    characters and unpaired surrogates escaped ("" for NULL)."""
    text = "" if value is None or (isinstance(value, QVariant) and value.isNull()) else str(value)
    text = text.strip()
    if len(text) > LABEL_LENGTH:
        text = text[:LABEL_LENGTH] + "…"
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def listed(labels, limit: int = 10, total: int | None = None) -> str:
    """``labels`` joined by commas, the first ``limit`` of them and how many more (of ``total``
    when only the first ones are given)."""
    labels = list(labels)
    count = len(labels) if total is None else total
    shown = ", ".join(labels[:limit])
    return shown + (tr(" … (+{})").format(count - limit) if count > limit else "")


def non_finite_kind(geometry: QgsGeometry) -> str | None:
    """``"nan"`` or ``"inf"`` when a vertex of ``geometry`` is not a finite number, else None."""
    if geometry is None or geometry.isNull():
        return None
    part = geometry.constGet()
    vertices = None
    if QgsWkbTypes.flatType(part.wkbType()) == QgsWkbTypes.Point:
        if math.isnan(part.x()) and math.isnan(part.y()):
            return None  # QGIS's empty point (POINT EMPTY) is NaN, NaN
        vertices = [part]
    for vertex in vertices or geometry.vertices():  # a NaN point has no vertex: it is "empty"
        for value in (vertex.x(), vertex.y()):
            if math.isnan(value):
                return "nan"
            if math.isinf(value):
                return "inf"
    return None


def refuse_non_finite(parameter: str, nan_labels=(), inf_labels=()) -> None:
    """Raise the refusal of features with NaN or infinite coordinates (if there are any)."""
    sentences = []
    if nan_labels:
        sentences.append(
            tr("{} feature(s) have a coordinate that is NaN (not a number): {}.").format(
                len(nan_labels), listed(nan_labels)
            )
        )
    if inf_labels:
        sentences.append(
            tr("{} feature(s) have a coordinate that is infinite: {}.").format(
                len(inf_labels), listed(inf_labels)
            )
        )
    if sentences:
        raise QgsProcessingException(
            tr("{}: {} Correct or delete them (Check land release data lists them), then run "
               "again.").format(parameter, " ".join(sentences))
        )  # fmt: skip


def refuse_non_finite_features(source, parameter: str, id_field: str | None) -> None:
    """Scan ``source`` (slowly, vertex by vertex) and refuse its features with NaN or infinite
    coordinates, naming them."""
    fields = source.fields()
    index = fields.lookupField(id_field) if id_field else -1
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes([index] if index >= 0 else [])
    nan_labels, inf_labels = [], []
    for feature in all_features(source, request):
        kind = non_finite_kind(feature.geometry())
        if kind is not None:
            label = feature_label(feature.attribute(index) if index >= 0 else None, feature.id())
            (nan_labels if kind == "nan" else inf_labels).append(label)
    refuse_non_finite(parameter, nan_labels, inf_labels)


def all_features(source, request: QgsFeatureRequest | None = None):
    """Every feature of ``source``, valid geometry or not (a Processing source would stop at
    an invalid one as the Processing settings say): the algorithms repair, report or refuse
    them by name."""
    request = request or QgsFeatureRequest()
    if isinstance(source, QgsProcessingFeatureSource):
        return source.getFeatures(
            request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks
        )
    return source.getFeatures(request)


def distance_area(crs: QgsCoordinateReferenceSystem, context):
    """Ellipsoidal (WGS 84) measures of geometries given in ``crs``: a QgsDistanceArea; for a
    CRS on another datum (Pulkovo 1942…), one that first transforms to WGS 84 through the
    datum shift (QgsDistanceArea alone would read Krassowsky latitudes as WGS 84 ones: areas
    3.6e-5 too small)."""
    transform_context = transform_context_of(context)
    if crs.isValid() and crs.ellipsoidAcronym() not in (ELLIPSOID, ""):
        return _ViaWgs84(crs, transform_context)
    da = QgsDistanceArea()
    da.setSourceCrs(crs, transform_context)
    da.setEllipsoid(ELLIPSOID)
    return da


def transform_context_of(context):
    """The transform context of a processing context or project, or ``context`` itself when it
    is one."""
    return context.transformContext() if hasattr(context, "transformContext") else context


class _ViaWgs84:
    """QgsDistanceArea's measures of geometries in a CRS on another datum than WGS 84."""

    def __init__(self, crs, transform_context):
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        self.transform = QgsCoordinateTransform(crs, wgs84, transform_context)
        self.da = QgsDistanceArea()
        self.da.setSourceCrs(wgs84, transform_context)
        self.da.setEllipsoid(ELLIPSOID)

    def _geometry(self, geometry: QgsGeometry) -> QgsGeometry:
        copy = QgsGeometry(geometry)
        copy.transform(self.transform)
        return copy

    def measureArea(self, geometry):  # noqa: N802 - QgsDistanceArea's name
        return self.da.measureArea(self._geometry(geometry))

    def measurePerimeter(self, geometry):  # noqa: N802
        return self.da.measurePerimeter(self._geometry(geometry))

    def measureLength(self, geometry):  # noqa: N802
        return self.da.measureLength(self._geometry(geometry))

    def measureLine(self, a, b):  # noqa: N802
        return self.da.measureLine(self.transform.transform(a), self.transform.transform(b))

    def bearing(self, a, b):
        return self.da.bearing(self.transform.transform(a), self.transform.transform(b))


def transform_back(geometry: QgsGeometry, from_crs, to_crs, context) -> QgsGeometry:
    """A result from the metric working CRS to the output CRS, still valid: a polygon whose
    vertices nanometres apart coincide in degrees is repaired (its polygonal part kept)."""
    if from_crs == to_crs:
        return geometry
    geometry.transform(QgsCoordinateTransform(from_crs, to_crs, context.transformContext()))
    if geometry.type() == QgsWkbTypes.PolygonGeometry and not geometry.isGeosValid():
        repaired = geometry.makeValid()
        if repaired.type() != QgsWkbTypes.PolygonGeometry:
            repaired.convertGeometryCollectionToSubclass(QgsWkbTypes.PolygonGeometry)
        if not repaired.isEmpty() and repaired.type() == QgsWkbTypes.PolygonGeometry:
            return repaired
    return geometry


ID_PREFIX_PUNCTUATION = "-_./"


def check_hazard_ids(prefix: str, ids, parameter: str = "ID_PREFIX") -> None:
    """Refuse an id prefix with characters an id should not hold (quotes, spaces, line breaks,
    symbols, unpaired surrogates) or whose ids ``ids`` would not fit the hazard layer's
    hazard_id."""
    bad = [c for c in prefix if not (c.isalnum() or c in ID_PREFIX_PUNCTUATION)]
    if bad or not prefix.isprintable():
        shown = ", ".join(dict.fromkeys(repr(c) for c in bad))
        raise QgsProcessingException(
            tr(
                "{} may hold letters, digits and {} only; it holds {}. Choose a prefix such as "
                "SHA or CHA-AGD."
            ).format(parameter, " ".join(ID_PREFIX_PUNCTUATION), shown or repr(prefix))
        )
    width = model.layer("hazard").field("hazard_id").length
    longest = max(ids, key=len, default="")
    if len(longest) > width:
        raise QgsProcessingException(
            tr(
                "{} '{}' makes hazard ids of {} characters ({}); hazard_id holds {}: choose a "
                "shorter prefix."
            ).format(parameter, short_text(prefix), len(longest), short_text(longest), width)
        )


class OutputFiles:
    """Files an algorithm writes under temporary names beside their destinations and moves
    into place only when the block ends without an exception: a failed or cancelled run leaves
    nothing half-made under the requested names (nor the folders made for them).

    ``with OutputFiles({"OUTPUT": pdf_path}) as temporary: write(temporary["OUTPUT"])``"""

    def __init__(self, paths: dict):
        self.paths = {name: os.path.abspath(path) for name, path in paths.items()}
        for name, path in self.paths.items():
            if os.path.isdir(path):
                raise QgsProcessingException(
                    tr("{}: {} is a folder: give a file name.").format(name, path)
                )
        self.temporary: dict[str, str] = {}
        self.created: list[str] = []

    def __enter__(self) -> dict:
        try:
            for name, path in self.paths.items():
                folder = os.path.dirname(path)
                missing = []
                while folder and not os.path.exists(folder):
                    missing.append(folder)
                    folder = os.path.dirname(folder)
                os.makedirs(os.path.dirname(path), exist_ok=True)
                self.created += reversed(missing)
                base, extension = os.path.splitext(os.path.basename(path))
                handle, temporary = tempfile.mkstemp(
                    prefix=f".{base}-", suffix=extension, dir=os.path.dirname(path)
                )
                os.close(handle)
                self.temporary[name] = temporary
        except OSError as error:
            self._clean()
            raise QgsProcessingException(
                tr("{}: cannot write beside {}: {}").format(name, path, error.strerror or error)
            ) from error
        return dict(self.temporary)

    def __exit__(self, kind, value, traceback) -> bool:
        if kind is None:
            try:
                for name, temporary in self.temporary.items():
                    os.replace(temporary, self.paths[name])
            except OSError as error:
                self._clean()
                raise QgsProcessingException(
                    tr("{}: cannot write {}: {}").format(
                        name, self.paths[name], error.strerror or error
                    )
                ) from error
            return False
        self._clean()
        return False

    def _clean(self) -> None:
        for temporary in self.temporary.values():
            with contextlib.suppress(OSError):
                os.remove(temporary)
        for folder in reversed(self.created):
            with contextlib.suppress(OSError):
                os.rmdir(folder)


def unpaired_surrogate(text: str) -> bool:
    """True when ``text`` holds a lone UTF-16 surrogate: text that no UTF-8 file can hold."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
