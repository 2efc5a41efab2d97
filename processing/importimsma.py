"""landrelease:importimsma: hazards and land releases back from an IMSMA exchange folder."""

from __future__ import annotations

import json
import math
import os
import re

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt

from ..core import model
from . import convert
from .algorithm import LandReleaseAlgorithm

WGS84 = "EPSG:4326"


def _date_text(value) -> str:
    text = str(value).strip()
    m = re.match(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})(.*)", text)
    if m:  # 2024/05/01 (GDAL's GeoJSON writer), 2024.05.01
        text = f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}{m.group(4)}"
    return text


def qgis_value(value, field_type: str):
    """A JSON property value for a field of the model type ``field_type``; ValueError when it
    does not fit."""
    if value is None:
        return None
    if field_type == model.TEXT:
        if isinstance(value, (dict, list)):
            return json.dumps(value, ensure_ascii=False)
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value)
    if field_type == model.INTEGER:
        if isinstance(value, bool):
            return int(value)
        if isinstance(value, str):
            if not value.strip():
                return None
            value = float(value.strip())
        if isinstance(value, (int, float)) and math.isfinite(value) and float(value).is_integer():
            return int(value)
        raise ValueError(value)
    if field_type == model.REAL:
        if isinstance(value, str) and not value.strip():
            return None
        number = float(value)
        if not math.isfinite(number):
            raise ValueError(value)
        return number
    if field_type == model.DATE:
        text = _date_text(value)
        if not text:
            return None
        date = QDate.fromString(text[:10], Qt.ISODate)
        if not date.isValid():
            raise ValueError(value)
        return date
    if field_type == model.DATETIME:
        text = _date_text(value)
        if not text:
            return None
        if len(text) > 10 and text[10] == " ":
            text = text[:10] + "T" + text[11:]
        moment = QDateTime.fromString(text, Qt.ISODateWithMs)
        if not moment.isValid() and len(text) == 10:
            date = QDate.fromString(text, Qt.ISODate)
            moment = QDateTime(date) if date.isValid() else moment
        if not moment.isValid():
            raise ValueError(value)
        return moment
    return value


class ImportImsma(LandReleaseAlgorithm):
    ID = "importimsma"
    DISPLAY_NAME = "Import from IMSMA (GeoJSON + point lists)"
    GROUP_ID = "exchange"
    GROUP = "Data exchange"
    NEEDS_SHAPELY = True
    HELP = (
        "Reads a folder written by 'Export to IMSMA' (or by IMSMA in the same layout) back into "
        "hazard and land release layers (WGS 84, the fields of the land release data model).\n\n"
        "hazards.geojson / land_releases.geojson give the attributes; hazard_points.csv / "
        "land_release_points.csv the polygons: each polygon is rebuilt from its point list, "
        "points in point_no order (reference points, benchmarks and evidence points left out, "
        "a repeated closing vertex dropped). Point lists named id#2, id#3… are further parts of "
        "polygon id. Holes are taken from the GeoJSON geometry. Features are linked by imsma_id "
        "(else hazard_id / release_id).\n"
        "Reported in the log: point lists with fewer than 3 points or bad rows (the feature is "
        "skipped), ids found only in the GeoJSON (its geometry is used) or only in the CSV (a "
        "feature with only its id is written). Without a CSV the GeoJSON geometry is used."
    )

    INPUT = "INPUT"
    OUTPUT_HAZARDS = "OUTPUT_HAZARDS"
    OUTPUT_RELEASES = "OUTPUT_RELEASES"

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFile(
                self.INPUT,
                self.tr("IMSMA exchange folder"),
                behavior=QgsProcessingParameterFile.Folder,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_HAZARDS, self.tr("Hazards"), QgsProcessing.TypeVectorPolygon
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_RELEASES, self.tr("Land releases"), QgsProcessing.TypeVectorPolygon
            )
        )

    def processAlgorithm(self, parameters, context, feedback):
        from ..core import imsma

        folder = self.parameterAsFile(parameters, self.INPUT, context)
        if not folder or not os.path.isdir(folder):
            raise QgsProcessingException(
                self.tr("INPUT must be an existing folder, not {!r}.").format(folder)
            )
        names = [n for pair in imsma.FILES.values() for n in pair]
        if not any(os.path.isfile(os.path.join(folder, n)) for n in names):
            raise QgsProcessingException(
                self.tr("{} holds none of the IMSMA exchange files ({}).").format(
                    folder, ", ".join(names)
                )
            )
        results = {}
        outputs = (("hazard", self.OUTPUT_HAZARDS), ("land_release", self.OUTPUT_RELEASES))
        for k, (layer_name, output) in enumerate(outputs):
            built = self._build(folder, layer_name, feedback)
            if built is None:
                return {}
            fields = convert.model_fields(layer_name)
            multi = any(g is not None and g.geom_type == "MultiPolygon" for _v, g in built)
            sink, dest_id = self.parameterAsSink(
                parameters,
                output,
                context,
                fields,
                QgsWkbTypes.MultiPolygon if multi else QgsWkbTypes.Polygon,
                QgsCoordinateReferenceSystem(WGS84),
            )
            if sink is None:
                raise QgsProcessingException(self.invalidSinkError(parameters, output))
            self._write(sink, fields, built, multi, feedback)
            feedback.setProgress(50.0 * (k + 1))
            results[output] = dest_id
        return results

    # -----------------------------------------------------------------------------------------

    def _build(self, folder, layer_name, feedback):
        """[(attribute values, shapely geometry or None)] of one layer; None when cancelled."""
        from ..core import imsma

        geojson_name, csv_name = imsma.FILES[layer_name]
        geojson_path = os.path.join(folder, geojson_name)
        csv_path = os.path.join(folder, csv_name)
        id_field = imsma.ID_FIELDS[layer_name]
        has_geojson, has_csv = os.path.isfile(geojson_path), os.path.isfile(csv_path)
        if not has_geojson and not has_csv:
            feedback.pushInfo(
                self.tr("No {} and no {}: no {} features.").format(
                    geojson_name, csv_name, layer_name
                )
            )
            return []
        try:
            entries = imsma.read_geojson(geojson_path) if has_geojson else []
            row_errors: list = []
            rows = imsma.read_point_csv(csv_path, row_errors) if has_csv else None
        except (imsma.ImsmaError, OSError, UnicodeDecodeError) as error:
            raise QgsProcessingException(str(error)) from error

        field_types = {f.name: f.type for f in model.layer(layer_name).fields}
        keys = []
        for properties, _geometry in entries:
            key = properties.get("imsma_id")
            if key is None or str(key).strip() == "":
                key = properties.get(id_field)
            keys.append(str(key).strip() if key is not None and str(key).strip() else None)
        counts: dict = {}
        for key in keys:
            if key is not None:
                counts[key] = counts.get(key, 0) + 1
        duplicates = sorted(k for k, n in counts.items() if n > 1)
        if duplicates:
            feedback.pushWarning(
                self.tr("{}: ids used more than once (their GeoJSON geometry is used): {}").format(
                    geojson_name, self._listed(duplicates)
                )
            )

        polygons, bad = {}, {}
        if rows is not None:
            for _line, pid, message in row_errors:
                feedback.pushWarning(self.tr("{} {}").format(csv_name, message))
                if pid:
                    bad.setdefault(pid, message)
            groups = imsma.group_rows(rows)
            parts = imsma.group_parts(list(groups) + list(bad), [k for k in keys if k])
            for base, members in parts.items():
                try:
                    if any(pid in bad for _k, pid in members):
                        raise imsma.ImsmaError(next(bad[pid] for _k, pid in members if pid in bad))
                    polygons[base] = [imsma.polygon_from_points(groups[pid]) for _k, pid in members]
                except imsma.ImsmaError as error:
                    polygons[base] = None
                    feedback.pushWarning(
                        self.tr("{}: polygon {} skipped: {}").format(csv_name, base, error)
                    )

        built = []
        geojson_only, skipped, invalid = [], [], []
        total = max(1, len(entries) + len(polygons))
        for n, ((properties, geometry), key) in enumerate(zip(entries, keys)):
            if feedback.isCanceled():
                return None
            feedback.setProgress(50.0 * (layer_name == "land_release") + 50.0 * n / total)
            if geometry is not None and geometry.geom_type not in ("Polygon", "MultiPolygon"):
                feedback.pushWarning(
                    self.tr("{}: {} is a {}, not a polygon: skipped.").format(
                        geojson_name, key, geometry.geom_type
                    )
                )
                continue
            if rows is not None and key is not None and counts.get(key) == 1:
                if key in polygons:
                    exteriors = polygons[key]
                    if exteriors is None:
                        skipped.append(key)
                        continue
                    geometry, lost = imsma.with_holes(exteriors, imsma.holes_of(geometry))
                    if lost:
                        feedback.pushWarning(
                            self.tr("{}: {} hole(s) of the GeoJSON lie in no part.").format(
                                key, lost
                            )
                        )
                    if not geometry.is_valid:
                        invalid.append(key)
                elif geometry is not None:
                    geojson_only.append(key)
            values = self._values(properties, field_types, feedback, geojson_name)
            if key is not None:
                if values.get(id_field) is None:
                    values[id_field] = key
                if "imsma_id" in field_types and values.get("imsma_id") is None:
                    values["imsma_id"] = key
            built.append((values, geometry))

        if rows is not None:
            csv_only = [k for k, p in polygons.items() if p is not None and k not in counts]
            for key in csv_only:
                values = {id_field: key}
                if "imsma_id" in field_types:
                    values["imsma_id"] = key
                built.append((values, imsma.with_holes(polygons[key], [])[0]))
            if csv_only:
                feedback.pushWarning(
                    self.tr(
                        "ids only in {}, not in {} (written with their id and no other "
                        "attribute): {}"
                    ).format(csv_name, geojson_name, self._listed(csv_only))
                )
            missing_too = [k for k, p in polygons.items() if p is None and k not in counts]
            if missing_too:
                feedback.pushWarning(
                    self.tr("ids only in {}, not in {}, skipped: {}").format(
                        csv_name, geojson_name, self._listed(missing_too)
                    )
                )
        if geojson_only:
            feedback.pushWarning(
                self.tr("ids only in {}, not in {} (their GeoJSON geometry is used): {}").format(
                    geojson_name, csv_name, self._listed(geojson_only)
                )
            )
        if skipped:
            feedback.pushWarning(
                self.tr("{}: {} feature(s) skipped for bad point lists: {}").format(
                    geojson_name, len(skipped), self._listed(skipped)
                )
            )
        if invalid:
            feedback.pushWarning(
                self.tr("Invalid polygons (check the point order): {}").format(
                    self._listed(invalid)
                )
            )
        if rows is None and entries:
            feedback.pushInfo(
                self.tr("No {}: the geometry of {} is used.").format(csv_name, geojson_name)
            )
        feedback.pushInfo(
            self.tr("{}: {} feature(s) read.").format(model.layer(layer_name).label, len(built))
        )
        return built

    def _values(self, properties, field_types, feedback, file_name):
        values = {}
        for name, value in properties.items():
            if name not in field_types:
                continue
            try:
                values[name] = qgis_value(value, field_types[name])
            except (TypeError, ValueError):
                values[name] = None
                feedback.pushWarning(
                    self.tr("{}: {} = {!r} does not fit a {} field: left empty.").format(
                        file_name, name, value, field_types[name]
                    )
                )
        if "uuid" in values and not values["uuid"]:
            del values["uuid"]  # a new one is generated
        return values

    def _write(self, sink, fields, built, multi, feedback):
        from . import geometry as geo

        for values, geometry in built:
            if feedback.isCanceled():
                return
            qgs = geo.to_qgs(geometry) if geometry is not None and not geometry.is_empty else None
            if qgs is not None and multi:
                qgs.convertToMultiType()
            feature = convert.new_feature(fields, values, qgs)
            sink.addFeature(feature, QgsFeatureSink.FastInsert)

    @staticmethod
    def _listed(values, limit=20) -> str:
        values = list(values)
        shown = ", ".join(str(v) for v in values[:limit])
        return shown + (f" … (+{len(values) - limit})" if len(values) > limit else "")
