"""The GeoJSON files: RFC 7946 FeatureCollections in WGS 84, written one feature a line and read
back with every bad feature named."""

from __future__ import annotations

import datetime as _dt
import json
import math
from collections.abc import Iterable
from pathlib import Path
from typing import Optional

import numpy as np
import shapely
from shapely.geometry import mapping, shape
from shapely.geometry.polygon import orient

from .. import model
from .exchange import ImsmaError, decoded_text, shown_id
from .point_lists import _rounded

_WGS84_NAMES = ("crs84", "epsg::4326", "epsg:4326", "wgs84", "wgs 84")
POLYGON_TYPES = ("Polygon", "MultiPolygon")


def _t(text: str) -> str:
    return model.QT_TRANSLATE_NOOP("LandReleaseImsma", text)


def json_value(value):
    """A property value as JSON: dates ISO 8601, non-finite numbers null, others as text."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, (_dt.date, _dt.datetime, _dt.time)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [json_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): json_value(v) for k, v in value.items()}
    return str(value)


def _round_coords(coords):
    if isinstance(coords, (list, tuple)) and coords and isinstance(coords[0], (int, float)):
        return [_rounded(coords[0]), _rounded(coords[1])]
    return [_round_coords(c) for c in coords]


def geojson_geometry(geometry) -> Optional[dict]:
    """RFC 7946 geometry of a shapely (multi)polygon in lon/lat: 2D, 9 decimals, exterior rings
    counter-clockwise, holes clockwise."""
    if geometry is None or geometry.is_empty:
        return None
    geometry = shapely.force_2d(geometry)
    if isinstance(geometry, shapely.Polygon):
        geometry = orient(geometry, 1.0)
    elif isinstance(geometry, shapely.MultiPolygon):
        geometry = shapely.MultiPolygon([orient(p, 1.0) for p in geometry.geoms if not p.is_empty])
    result = mapping(geometry)
    return {"type": result["type"], "coordinates": _round_coords(result["coordinates"])}


def write_geojson(path, features: Iterable[tuple[dict, object]], name: str = "") -> int:
    """Write an RFC 7946 FeatureCollection, one feature a line. ``features`` are
    ``(properties, shapely geometry or None)``; the property ``imsma_id`` also becomes the
    feature ``id``. Returns the number of features."""
    n = 0
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        head = {"type": "FeatureCollection"}
        if name:
            head["name"] = name
        handle.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "features": [\n')
        for properties, geometry in features:
            feature = {"type": "Feature"}
            if properties.get("imsma_id") is not None:
                feature["id"] = json_value(properties["imsma_id"])
            feature["properties"] = {str(k): json_value(v) for k, v in properties.items()}
            feature["geometry"] = geojson_geometry(geometry)
            text = json.dumps(feature, ensure_ascii=False, allow_nan=False)
            handle.write((",\n" if n else "") + text)
            n += 1
        handle.write("\n]}\n")
    return n


def _json_data(path: Path):
    text = decoded_text(path)
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ImsmaError(
            _t("{file} is not valid JSON (line {line}, column {column}: {reason})."),
            file=path.name,
            reason=error.msg,
            line=error.lineno,
            column=error.colno,
        ) from None
    except (ValueError, RecursionError) as error:
        raise ImsmaError(
            _t("{file} is not valid JSON: {reason}"), file=path.name, reason=error
        ) from None


def _feature_label(k: int, feature) -> str:
    """ "feature 3" or "feature 3 (HZ-1)" for messages."""
    key = None
    if isinstance(feature, dict):
        properties = feature.get("properties")
        if isinstance(properties, dict):
            key = properties.get("imsma_id")
        if key is None:
            key = feature.get("id")
    if isinstance(key, (str, int)) and not isinstance(key, bool) and str(key).strip():
        return f"feature {k} ({shown_id(str(key).strip())})"
    return f"feature {k}"


def _numbers(value):
    """The floats anywhere in nested lists (the rest is shapely's to refuse)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, float):
            yield item
        elif isinstance(item, list):
            stack.extend(item)


def geojson_shape(raw, where: str):
    """The shapely (multi)polygon of a GeoJSON geometry object in lon/lat degrees (None for
    null or an empty one). :class:`ImsmaError` naming ``where`` for another type, broken
    coordinates, NaN or infinite numbers, degrees out of range."""
    if raw is None:
        return None
    if not isinstance(raw, dict) or raw.get("type") not in POLYGON_TYPES:
        kind = raw.get("type") if isinstance(raw, dict) else type(raw).__name__
        raise ImsmaError(
            _t("{where} is a {type}, not a Polygon or MultiPolygon."),
            where=where,
            type=shown_id(kind),
        )
    if not all(math.isfinite(v) for v in _numbers(raw.get("coordinates"))):
        raise ImsmaError(
            _t("{where} has a coordinate that is not a number (NaN or infinite)."), where=where
        )
    try:
        geometry = shape(raw)
    except (
        ValueError,
        TypeError,
        AttributeError,
        KeyError,
        IndexError,
        shapely.errors.ShapelyError,
    ) as error:
        raise ImsmaError(
            _t("{where} has broken coordinates: {reason}"), where=where, reason=error
        ) from None
    if geometry.is_empty:
        return None
    xy = shapely.get_coordinates(geometry)
    out = (np.abs(xy[:, 0]) > 180) | (np.abs(xy[:, 1]) > 90)
    if out.any():
        lon, lat = xy[np.flatnonzero(out)[0]]
        raise ImsmaError(
            _t(
                "{where} has the point {lon:g}, {lat:g} (longitude, latitude), which is not WGS "
                "84 degrees: a GeoJSON holds longitude first, in degrees."
            ),
            where=where,
            lon=lon,
            lat=lat,
        )
    return shapely.force_2d(geometry)


def read_geojson(path, errors: Optional[list] = None) -> list[tuple[dict, object]]:
    """(properties, shapely (multi)polygon or None) of each feature of a GeoJSON
    FeatureCollection in WGS 84; the property ``imsma_id`` is the feature ``id`` when absent.

    A file that is not UTF-8, not JSON, not a FeatureCollection or in another CRS raises
    :class:`ImsmaError`. A bad feature (not a feature, properties that are not an object, a
    geometry that is not a polygon or has NaN, infinite or out-of-range coordinates) raises,
    or, when ``errors`` is a list, is appended to it as ``(k, label, error)`` (``k`` counting
    from 1) and skipped."""
    path = Path(path)
    data = _json_data(path)
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise ImsmaError(_t("{file} is not a GeoJSON FeatureCollection."), file=path.name)
    crs = data.get("crs")
    if crs:  # pre-RFC 7946 files may name their CRS: only WGS 84 is accepted
        crs_name = str(
            ((crs if isinstance(crs, dict) else {}).get("properties") or {}).get("name", "")
        )
        if not any(n in crs_name.lower() for n in _WGS84_NAMES):
            raise ImsmaError(
                _t("{file} is in {crs}, not WGS 84."),
                file=path.name,
                crs=shown_id(crs_name) or "an unknown CRS",
            )
    features = data.get("features")
    if not isinstance(features, list):
        raise ImsmaError(_t("{file} has no list of features."), file=path.name)
    result = []
    for k, feature in enumerate(features, start=1):
        where = f"{path.name}: {_feature_label(k, feature)}"
        try:
            result.append(_read_feature(feature, where))
        except ImsmaError as error:
            if errors is None:
                raise
            errors.append((k, _feature_label(k, feature), error))
    return result


def _read_feature(feature, where: str) -> tuple[dict, object]:
    if not isinstance(feature, dict) or feature.get("type") != "Feature":
        raise ImsmaError(_t("{where} is not a GeoJSON feature."), where=where)
    properties = feature.get("properties")
    if properties is not None and not isinstance(properties, dict):
        raise ImsmaError(_t("{where}: its properties are not an object."), where=where)
    properties = dict(properties or {})
    if properties.get("imsma_id") is None and feature.get("id") is not None:
        properties["imsma_id"] = feature["id"]
    return properties, geojson_shape(feature.get("geometry"), where)
