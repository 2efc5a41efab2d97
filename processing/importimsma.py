"""landrelease:importimsma: hazards and land releases back from an IMSMA exchange folder.

Everything is read and checked before any output is made: one bad file, row or feature refuses
the whole import, with every problem named (file, line, feature id), and nothing is written."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureSink,
    QgsProcessingException,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core import area, model
from ..qgis_io import convert
from ..qgis_io.crs import extent_lonlat
from ..qgis_io.json_values import from_json
from . import parameters as p
from .algorithm import LandReleaseAlgorithm

WGS84 = "EPSG:4326"
LAYERS = ("hazard", "land_release")
SHOWN_IDS = 20  # ids listed in one line of a refusal
SHOWN_LINES = 40  # lines of a refusal


def _text_problem(value: str):
    """Why a text cannot be stored (a NUL, a lone surrogate), else None."""
    if "\x00" in value:
        return "nul"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return "surrogate"
    return None


def _scalar_text(value) -> Optional[str]:
    """A text or number as text for a message; None for anything else or blanks."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    return str(value).strip() or None


@dataclass
class _Feature:
    """One GeoJSON feature: its id, properties, GeoJSON geometry, and what is imported."""

    key: str
    properties: dict
    geojson: object  # shapely (multi)polygon or None
    number: int = 0  # its place in the GeoJSON, from 1
    imsma_id: Optional[str] = None  # its own IMSMA id (None: the key is its hazard/release id)
    geometry: object = None  # what is written
    values: dict = field(default_factory=dict)


@dataclass
class _Layer:
    """What the folder holds for one layer."""

    name: str
    geojson_name: str
    csv_name: str
    features: list = field(default_factory=list)  # [_Feature]
    point_lists: dict = field(default_factory=dict)  # key -> [[PointRow] per part]
    polygons: dict = field(default_factory=dict)  # key -> [shapely Polygon per part]
    has_geojson: bool = False
    has_csv: bool = False


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
        "(else the feature id, else hazard_id / release_id). Without a CSV the GeoJSON geometry "
        "is used.\n\n"
        "imsma_id is stored without surrounding blanks; a feature without one gets its "
        "hazard_id / release_id, as the export writes it. imsma_links is kept exactly as "
        "written, and so is the review state of land releases (qa_status, reviewed_by, "
        "reviewed_on, review_remarks); a land release without qa_status is imported as pending "
        "(not yet reviewed).\n\n"
        "Cross-check: the polygon of each point list must agree with the GeoJSON geometry of "
        "the same id within 1 m (the Hausdorff distance between their outer boundaries, edges "
        "included). When they do not, the likely cause is named: latitude and longitude "
        "swapped, a lost minus sign (W or S), degrees and minutes written as decimal degrees, "
        "another datum or CRS (every point moved alike), the point order, missing points, or "
        "unknown.\n\n"
        "The programme's area: DISTRICTS (optional, e.g. the district layer of your land "
        "release database) gives it as their extent plus 10 km; without DISTRICTS it is the "
        "UTM zone that holds most points of the folder. Every polygon must lie inside it.\n\n"
        "All or nothing: a file, row or feature that is wrong (a point list that disagrees "
        "with its GeoJSON, a polygon outside the programme's area, a file that is missing, not "
        "UTF-8, not comma-separated, not valid JSON or not polygons, NaN or infinite "
        "coordinates, an id used twice, too long or in only one of the two files, a value that "
        "is not valid for its field: an imsma_id longer than 50 characters, of blanks only or "
        "with a control character, imsma_links that is not text, a code that is not in its "
        "list such as a qa_status other than pending, passed or failed, a hazard_id or "
        "release_id used twice) refuses the whole import with every problem named by file, "
        "line or feature id, and no layer is written. A partial import would leave hazards out "
        "without anyone noticing, and one wrong feature often means the file was made wrong: "
        "correct the files (or IMSMA's export) and import again."
    )

    INPUT = "INPUT"
    DISTRICTS = "DISTRICTS"
    OUTPUT_HAZARDS = "OUTPUT_HAZARDS"
    OUTPUT_RELEASES = "OUTPUT_RELEASES"

    def parameter_table(self):
        return [
            p.input_folder(self.INPUT, self.tr("IMSMA exchange folder")),
            p.source(
                self.DISTRICTS,
                self.tr("Districts of the programme (its area: their extent plus 10 km)"),
                p.POLYGONS,
                optional=True,
            ),
            p.sink(self.OUTPUT_HAZARDS, self.tr("Hazards"), p.POLYGONS),
            p.sink(self.OUTPUT_RELEASES, self.tr("Land releases"), p.POLYGONS),
        ]

    def check_parameters(self, parameters, context):
        self._check_folder(self.parameterAsFile(parameters, self.INPUT, context))

    def processAlgorithm(self, parameters, context, feedback):
        folder = self.parameterAsFile(parameters, self.INPUT, context)
        problems: list[str] = []
        layers = [self._read(folder, name, problems, feedback) for name in LAYERS]
        self._refuse_if_any(problems, folder)
        box = self._area(parameters, context, layers, feedback)
        for layer in layers:
            if feedback.isCanceled():
                return {}
            self._cross_check(layer, box, problems)
        outside = [self._check_area(layer, box, problems) for layer in layers]
        if any(outside) and box.source == area.CRS_AREA:
            problems.append(
                self.tr(
                    "The programme's area is here the UTM zone of most points in the folder; if "
                    "these features do belong to the programme, give its districts as DISTRICTS "
                    "and import again."
                )
            )
        for layer in layers:
            self._check_values(layer, problems, feedback)
        self._refuse_if_any(problems, folder)
        if feedback.isCanceled():
            return {}
        results = {}
        outputs = (self.OUTPUT_HAZARDS, self.OUTPUT_RELEASES)
        for k, (layer, output) in enumerate(zip(layers, outputs)):
            results[output] = self._write(parameters, context, layer, output, feedback)
            feedback.setProgress(50.0 * (k + 1))
        return results

    # --- reading ------------------------------------------------------------------------------

    def _check_folder(self, folder):
        from ..core import imsma

        if not folder or not os.path.isdir(folder):
            raise QgsProcessingException(
                self.tr("INPUT must be an existing folder, not {!r}.").format(folder)
            )
        names = [n for pair in imsma.FILES.values() for n in pair]
        if not any(os.path.isfile(os.path.join(folder, n)) for n in names):
            raise QgsProcessingException(
                self.tr("The INPUT folder {} holds none of the IMSMA exchange files ({}).").format(
                    folder, ", ".join(names)
                )
            )

    def _read(self, folder, layer_name, problems, feedback) -> _Layer:
        """The features and point lists of one layer; what is wrong goes to ``problems``."""
        from ..core import imsma

        geojson_name, csv_name = imsma.FILES[layer_name]
        layer = _Layer(layer_name, geojson_name, csv_name)
        geojson_path = os.path.join(folder, geojson_name)
        csv_path = os.path.join(folder, csv_name)
        layer.has_geojson, layer.has_csv = os.path.isfile(geojson_path), os.path.isfile(csv_path)
        if not layer.has_geojson and not layer.has_csv:
            feedback.pushInfo(
                self.tr("No {} and no {}: no {} features.").format(
                    geojson_name, csv_name, layer_name
                )
            )
            return layer
        if not layer.has_geojson:
            problems.append(
                self.tr(
                    "{} is there without {}: its point lists have no attributes and nothing to "
                    "be checked against. Put {} (exported with it) beside it."
                ).format(csv_name, geojson_name, geojson_name)
            )
            return layer
        geojson_read = self._read_geojson(layer, geojson_path, problems)
        if layer.has_csv:
            self._read_csv(layer, csv_path, problems, geojson_read)
        else:
            feedback.pushInfo(
                self.tr("No {}: the geometry of {} is used.").format(csv_name, geojson_name)
            )
        return layer

    def _read_geojson(self, layer, path, problems) -> bool:
        """The features of the GeoJSON; False when the file cannot be read at all."""
        from ..core import imsma

        errors: list = []
        try:
            entries = imsma.read_geojson(path, errors)
        except imsma.ImsmaError as error:
            problems.append(self._message(error))
            return False
        problems.extend(self._message(error) for _k, _label, error in errors)
        id_field = imsma.ID_FIELDS[layer.name]
        refused = {k for k, _label, _error in errors}
        numbers = [k for k in range(1, len(entries) + len(errors) + 1) if k not in refused]
        for k, (properties, geometry) in zip(numbers, entries):
            where = self._where(layer, k, properties.get(id_field))
            try:
                imsma_id = imsma.imsma_id_of(properties.get("imsma_id"), where)
                key = imsma_id if imsma_id is not None else properties.get(id_field)
                if key is None or (isinstance(key, str) and not key.strip()):
                    problems.append(
                        self.tr("{} has no imsma_id, no id and no {}.").format(where, id_field)
                    )
                    continue
                key = imsma.checked_id(key, where)
            except imsma.ImsmaError as error:
                problems.append(self._message(error))
                continue
            layer.features.append(_Feature(key, properties, geometry, k, imsma_id))
        keyed = [(f, f.key, _scalar_text(f.properties.get(id_field))) for f in layer.features]
        what = self.tr("the id (imsma_id, else {})").format(id_field)
        problems.extend(self._same_ids(layer, keyed, what))
        return True

    def _where(self, layer, number, native) -> str:
        """ "hazards.geojson: feature 3 (hazard_id CHA-AGD-0001)" for messages; without the id
        when it is none or unfit to be shown."""
        from ..core import imsma

        where = self.tr("{}: feature {}").format(layer.geojson_name, number)
        try:
            native = imsma.checked_id(native, where) if native is not None else None
        except imsma.ImsmaError:
            native = None
        if native is None:
            return where
        return self.tr("{} ({} {})").format(
            where, imsma.ID_FIELDS[layer.name], imsma.shown_id(native)
        )

    def _same_ids(self, layer, keyed, what) -> list[str]:
        """One refusal line per id that more than one feature has, naming the features.
        ``keyed``: (feature, its id, what names the feature besides its number); ``what``: the
        id's name in the message."""
        from ..core import imsma

        by_id: dict = {}
        for feature, key, name in keyed:
            by_id.setdefault(key, []).append((feature.number, name))
        lines = []
        for key, features in by_id.items():
            if key is None or len(features) < 2:
                continue
            named = [
                self.tr("{} ({})").format(n, imsma.shown_id(name)) if name else str(n)
                for n, name in features
            ]
            lines.append(
                self.tr(
                    "{}: {} {} is used by more than one feature: features {}. Each needs its own: "
                    "correct the file."
                ).format(layer.geojson_name, what, imsma.shown_id(key), self._listed(named))
            )
        return lines

    def _read_csv(self, layer, path, problems, geojson_read: bool):
        """The point lists and their polygons; their ids matched with the GeoJSON's when it
        could be read."""
        from ..core import imsma

        errors: list = []
        try:
            rows = imsma.read_point_csv(path, errors)
        except imsma.ImsmaError as error:
            problems.append(self._message(error))
            return
        problems.extend(self._csv_errors(layer, errors))
        if geojson_read:
            bad_ids = {pid for _line, pid, _error in errors if pid}
            self._match_point_lists(layer, imsma.group_rows(rows), bad_ids, problems)

    def _csv_errors(self, layer, errors) -> list[str]:
        """The refusal lines of the CSV's bad lines (the first SHOWN_LINES, then a count)."""
        from ..core import imsma

        lines = []
        for _line, pid, error in errors[:SHOWN_LINES]:
            if pid:
                lines.append(
                    self.tr("{} (point list {}) {}").format(
                        layer.csv_name, imsma.shown_id(pid), self._message(error)
                    )
                )
            else:
                lines.append(self.tr("{} {}").format(layer.csv_name, self._message(error)))
        if len(errors) > SHOWN_LINES:
            lines.append(
                self.tr("{}: {} more bad line(s).").format(
                    layer.csv_name, len(errors) - SHOWN_LINES
                )
            )
        return lines

    def _match_point_lists(self, layer, groups, bad_ids, problems):
        """Each feature's point lists (its parts) and their polygons; the ids found in one of
        the two files only, and features whose points cannot be checked, go to ``problems``."""
        from ..core import imsma

        keys = {f.key: f for f in layer.features}
        parts = imsma.group_parts(list(groups) + sorted(bad_ids - set(groups)), keys)
        only_csv = [base for base in parts if base not in keys]
        if only_csv:
            problems.append(
                self.tr("{}: point lists of ids that {} does not have: {}.").format(
                    layer.csv_name, layer.geojson_name, self._listed(only_csv)
                )
            )
        no_geometry = [b for b in parts if b in keys and keys[b].geojson is None]
        if no_geometry:
            problems.append(
                self.tr(
                    "{}: point lists of features that have no geometry in {}, so their "
                    "points cannot be checked: {}."
                ).format(layer.csv_name, layer.geojson_name, self._listed(no_geometry))
            )
        only_geojson = [
            f.key for f in layer.features if f.geojson is not None and f.key not in parts
        ]
        if only_geojson:
            problems.append(
                self.tr("{}: features that have no point list in {}: {}.").format(
                    layer.geojson_name, layer.csv_name, self._listed(only_geojson)
                )
            )
        for base, members in parts.items():
            if base in keys and not any(pid in bad_ids for _n, pid in members):
                lists = [groups[pid] for _n, pid in members if pid in groups]
                layer.point_lists[base] = lists
                try:
                    layer.polygons[base] = [imsma.polygon_from_points(rows) for rows in lists]
                except imsma.ImsmaError as error:
                    problems.append(self.tr("{}: {}").format(layer.csv_name, self._message(error)))

    # --- checks -------------------------------------------------------------------------------

    def _cross_check(self, layer, box, problems):
        """Each point list against its GeoJSON geometry; the polygon of the agreeing ones."""
        from ..core import imsma

        mismatches = []
        for feature in layer.features:
            lists = layer.point_lists.get(feature.key)
            if not layer.has_csv or lists is None:
                feature.geometry = feature.geojson
                continue
            polygons = layer.polygons.get(feature.key)
            if polygons is None:  # its point list is refused already
                continue
            found = imsma.cross_check(feature.key, lists, feature.geojson)
            if found is not None:
                mismatches.append((found, polygons))
                continue
            geometry, lost = imsma.with_holes(polygons, imsma.holes_of(feature.geojson))
            if lost:
                problems.append(
                    self.tr("{}: {} hole(s) of {} lie in none of its parts.").format(
                        layer.geojson_name, lost, feature.key
                    )
                )
            feature.geometry = geometry
        if mismatches:
            problems.extend(self._mismatch_text(layer, mismatches, box))

    def _mismatch_text(self, layer, mismatches, box) -> list[str]:
        """The refusal lines of the point lists that disagree with their GeoJSON geometry."""
        from ..core import imsma

        checked = sum(1 for f in layer.features if f.key in layer.point_lists)
        farthest = max(m.distance_m for m, _p in mismatches)
        lines = [
            self.tr(
                "{} does not agree with {} for {} of {} feature(s): their points lie up to {} "
                "from the GeoJSON geometry (tolerance {} m)."
            ).format(
                layer.csv_name,
                layer.geojson_name,
                len(mismatches),
                checked,
                self._distance_text(farthest),
                f"{imsma.CROSS_CHECK_TOLERANCE_M:g}",
            )
        ]
        causes = {m.cause for m, _p in mismatches}
        if len(causes) == 1 and all(m.whole and not m.values for m, _p in mismatches):
            lines.append(
                self.tr(
                    "Likely cause: {}. With that corrected, the points of all {} agree with the "
                    "GeoJSON: correct {} and import again. Features: {}."
                ).format(
                    self._cause(mismatches[0][0]),
                    len(mismatches),
                    layer.csv_name,
                    self._listed([m.imsma_id for m, _p in mismatches]),
                )
            )
        else:
            lines += self._cause_lines([m for m, _p in mismatches])
        if box is not None:
            lines += self._away_lines(layer, mismatches, box)
        return lines

    def _cause_lines(self, mismatches) -> list[str]:
        """One line per cause shared by whole point lists, one per other feature."""
        from ..core import imsma

        lines, grouped = [], {}
        for m in mismatches:
            if m.values or not m.whole:
                lines.append(self.tr("- {}: {}.").format(m.imsma_id, self._cause_at(m)))
            else:
                grouped.setdefault(m.cause, []).append(m.imsma_id)
        for cause, ids in grouped.items():
            text = self._translate(imsma.CAUSES[cause])
            lines.append(self.tr("- {}: {}.").format(text, self._listed(ids)))
        return lines

    def _away_lines(self, layer, mismatches, box) -> list[str]:
        """Which of the two files lies in the programme's area, when only one does."""
        from ..core import imsma

        geojson = {f.key: f.geojson for f in layer.features}
        away = [
            m.imsma_id
            for m, polygons in mismatches
            if imsma.outside_area([(m.imsma_id, p) for p in polygons], box)
            and not imsma.outside_area([(m.imsma_id, geojson[m.imsma_id])], box)
        ]
        if not away:
            return []
        if len(away) == len(mismatches):
            return [
                self.tr(
                    "All {} of these point lists lie outside the programme's area ({}) and "
                    "their GeoJSON geometries inside it: the GeoJSON is likely right."
                ).format(len(away), self._area_text(box))
            ]
        return [
            self.tr(
                "The point lists of {} lie outside the programme's area ({}) and their GeoJSON "
                "geometries inside it: the GeoJSON is likely right."
            ).format(self._listed(away), self._area_text(box))
        ]

    def _cause(self, mismatch) -> str:
        from ..core import imsma

        return self._translate(imsma.CAUSES[mismatch.cause]).format(**mismatch.values)

    def _cause_at(self, mismatch) -> str:
        """The cause, and the points it applies to when not all."""
        text = self._cause(mismatch)
        if mismatch.whole or not mismatch.point_nos:
            return text
        return self.tr("{} at point(s) {} (line(s) {})").format(
            text,
            ", ".join(str(n) for n in mismatch.point_nos[:SHOWN_IDS]),
            ", ".join(str(n) for n in mismatch.lines[:SHOWN_IDS]),
        )

    def _check_area(self, layer, box, problems) -> bool:
        """The features outside the programme's area go to ``problems``; True if any."""
        from ..core import imsma

        if box is None:
            return False
        features = [(f.key, f.geometry) for f in layer.features if f.geometry is not None]
        found_any = imsma.outside_area(features, box)
        for found in found_any:
            problems.append(
                self.tr(
                    "{}: {} lies outside the programme's area ({}): {} of {} vertices, the "
                    "farthest at {} (latitude, longitude), about {} km away. Check for a swapped "
                    "latitude and longitude, a decimal comma, or a wrong UTM or Gauss–Krüger "
                    "zone."
                ).format(
                    layer.geojson_name,
                    found.imsma_id,
                    self._area_text(box),
                    found.count,
                    found.total,
                    f"{found.latitude:.6f}, {found.longitude:.6f}",
                    f"{found.distance_km:.1f}",
                )
            )
        return bool(found_any)

    def _check_values(self, layer, problems, feedback):
        """The attribute values of each feature, fitted to the model's fields; its imsma_id
        (else its key), imsma_links kept as text, codes of the lists, ids used once."""
        from ..core import imsma

        fields = {f.name: f for f in model.layer(layer.name).fields}
        id_field = imsma.ID_FIELDS[layer.name]
        unknown, unreviewed = set(), 0
        for feature in layer.features:
            values = self._values(layer, feature, fields, unknown, problems)
            if not values.get("uuid"):
                values.pop("uuid", None)  # a new one is generated
            if values.get(id_field) is None:
                values[id_field] = feature.key
            values["imsma_id"] = feature.imsma_id or feature.key
            if "qa_status" in fields and "qa_status" not in feature.properties:
                values["qa_status"] = "pending"  # not reviewed, as a release is when saved
                unreviewed += 1
            for name, value in values.items():
                if isinstance(value, str):
                    self._check_text(layer, feature, fields[name], value, problems)
            problems.extend(self._code_problems(layer, feature, values))
            feature.values = values
        keyed = [(f, f.values.get(id_field), f.key) for f in layer.features]
        problems.extend(self._same_ids(layer, keyed, id_field))
        if unknown:
            feedback.pushInfo(
                self.tr(
                    "{}: properties that are no field of the {} layer, not imported: {}."
                ).format(layer.geojson_name, layer.name, self._listed(sorted(map(str, unknown))))
            )
        if unreviewed:
            feedback.pushInfo(
                self.tr(
                    "{}: {} release(s) without qa_status imported as pending (not yet reviewed)."
                ).format(layer.geojson_name, unreviewed)
            )

    def _values(self, layer, feature, fields, unknown, problems) -> dict:
        """The model's fields of one feature from its properties (imsma_id apart); the
        properties that are no field go to ``unknown``, values that do not fit to
        ``problems``."""
        from ..core import imsma

        id_field = imsma.ID_FIELDS[layer.name]
        values = {}
        for name, value in feature.properties.items():
            if name not in fields:
                unknown.add(name)
                continue
            if name == "imsma_id":  # the exchange key, read with the features
                continue
            try:
                if name == "imsma_links":
                    where = self._where(layer, feature.number, feature.properties.get(id_field))
                    value = imsma.links_of(value, where)
                values[name] = from_json(value, fields[name].type)
            except imsma.ImsmaError as error:
                problems.append(self._message(error))
            except (TypeError, ValueError, OverflowError):
                problems.append(
                    self.tr("{}: {}: {} = {} is not a valid {} value.").format(
                        layer.geojson_name,
                        feature.key,
                        name,
                        imsma.shown_id(repr(value)),
                        fields[name].type,
                    )
                )
        return values

    def _code_problems(self, layer, feature, values) -> list[str]:
        """A line per value that is no code of its field's list."""
        from ..core import imsma

        return [
            self.tr("{}: {}: {} {} is not one of the codes {}: write one of them.").format(
                layer.geojson_name,
                feature.key,
                name,
                imsma.shown_id(repr(value)),
                ", ".join(codes),
            )
            for name, value, codes in imsma.unknown_codes(layer.name, values)
        ]

    def _check_text(self, layer, feature, model_field, value, problems):
        from ..core import imsma

        if model_field.length and len(value) > model_field.length:
            problems.append(
                self.tr("{}: {}: {} {} is longer than the field's {} characters.").format(
                    layer.geojson_name,
                    feature.key,
                    model_field.name,
                    imsma.shown_id(value),
                    model_field.length,
                )
            )
        problem = _text_problem(value)
        if problem is not None:
            problems.append(
                self.tr(
                    "{}: {}: {} holds a character that cannot be stored (a NUL or half of a "
                    "UTF-16 pair)."
                ).format(layer.geojson_name, feature.key, model_field.name)
            )

    def _refuse_if_any(self, problems, folder):
        if not problems:
            return
        shown = problems[:SHOWN_LINES]
        if len(problems) > SHOWN_LINES:
            shown.append(self.tr("… and {} more problem(s).").format(len(problems) - SHOWN_LINES))
        head = self.tr(
            "Nothing was imported from the INPUT folder {}: correct these and import again."
        ).format(folder)
        raise QgsProcessingException("\n".join([head] + shown))

    # --- the programme's area -----------------------------------------------------------------

    def _area(self, parameters, context, layers, feedback):
        """The programme's area: DISTRICTS' extent plus 10 km, else the UTM zone of most of
        the data's points (its GeoJSON geometries, else its point lists)."""
        from ..core import imsma

        source = self.parameterAsSource(parameters, self.DISTRICTS, context)
        if source is not None:
            extent = extent_lonlat(source, source.sourceCrs(), context.transformContext())
            if extent is None:
                raise QgsProcessingException(
                    self.tr(
                        "DISTRICTS has no district with a geometry: the programme's area is "
                        "unknown."
                    )
                )
            box = area.from_extent(
                extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()
            )
            feedback.pushInfo(
                self.tr("Programme's area (DISTRICTS' extent plus {} km): {}.").format(
                    f"{box.margin_m / 1000:g}", self._area_text(box)
                )
            )
            return box
        geometries = [f.geojson for layer in layers for f in layer.features]
        box = imsma.data_area(geometries)
        if box is not None:
            zone, hemisphere = imsma.utm_zone(
                0.5 * (box.west + box.east), 0.5 * (box.south + box.north)
            )
            feedback.pushInfo(
                self.tr(
                    "Programme's area (UTM zone {}{}, the zone of most points in the folder; "
                    "DISTRICTS gives the programme's own): {}."
                ).format(zone, hemisphere, self._area_text(box))
            )
        return box

    @staticmethod
    def _area_text(box) -> str:
        from ..storage import programme

        return programme.area_text(box)

    # --- writing ------------------------------------------------------------------------------

    def _write(self, parameters, context, layer, output, feedback):
        from ..qgis_io import geometry as geo

        fields = convert.model_fields(layer.name)
        built = layer.features
        multi = any(
            f.geometry is not None and f.geometry.geom_type == "MultiPolygon" for f in built
        )
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
        for feature in built:
            geometry = feature.geometry
            qgs = geo.to_qgs(geometry) if geometry is not None and not geometry.is_empty else None
            if qgs is not None and multi:
                qgs.convertToMultiType()
            if not sink.addFeature(
                convert.new_feature(fields, feature.values, qgs), QgsFeatureSink.FastInsert
            ):
                raise QgsProcessingException(
                    self.tr("{} could not be written to {}.").format(feature.key, output)
                )
        invalid = [f.key for f in built if f.geometry is not None and not f.geometry.is_valid]
        if invalid:
            feedback.pushWarning(
                self.tr(
                    "Invalid polygons (as in both files; landrelease:checkdata says where): {}"
                ).format(self._listed(invalid))
            )
        feedback.pushInfo(
            self.tr("{}: {} feature(s) read.").format(model.layer(layer.name).label, len(built))
        )
        return dest_id

    # --- words --------------------------------------------------------------------------------

    @staticmethod
    def _translate(template: str) -> str:
        from ..core import imsma

        return QCoreApplication.translate(imsma.TR_CONTEXT, template)

    def _message(self, error) -> str:
        """A core ImsmaError in the user's language."""
        from ..core import imsma

        return self.core_text(error, imsma.TR_CONTEXT)

    def _distance_text(self, metres: float) -> str:
        if metres < 1000:
            return self.tr("{} m").format(f"{metres:.1f}")
        return self.tr("{} km").format(
            f"{metres / 1000:.1f}" if metres < 10_000 else f"{metres / 1000:.0f}"
        )

    def _listed(self, values, limit=SHOWN_IDS) -> str:
        from ..core import imsma

        values = [imsma.shown_id(v) for v in values]
        shown = ", ".join(values[:limit])
        if len(values) > limit:
            shown += self.tr(" … (+{})").format(len(values) - limit)
        return shown
