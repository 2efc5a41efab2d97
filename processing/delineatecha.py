"""landrelease:delineatecha: confirmed hazardous areas from direct evidence and minefields."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureSink,
    QgsProcessingException,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate

from ..core import model
from ..core.ids import hazard_ids
from ..qgis_io import convert
from . import inputs
from . import parameters as p
from .algorithm import LandReleaseAlgorithm

EVIDENCE_ID = "evidence_id"


@dataclass
class _Evidence:
    """The evidence points as the core takes them."""

    labels: list  # each feature named for messages
    direct_xy: np.ndarray  # (n, 2) in the working CRS
    direct_owner: np.ndarray  # the feature (index into labels) of each direct point
    indirect_xy: np.ndarray
    geometries: np.ndarray  # each feature's geometry (shapely, working CRS)


@dataclass
class _Cha:
    """A CHA to write: its polygon in the working CRS, its ellipsoidal area (m²) and the
    values of the hazard layer."""

    geometry: object
    area_m2: float
    values: dict


class DelineateCha(LandReleaseAlgorithm):
    ID = "delineatecha"
    DISPLAY_NAME = "Delineate confirmed hazardous areas (CHA)"
    GROUP_ID = "delineation"
    GROUP = "Hazard delineation"
    NEEDS_SHAPELY = True
    HELP = (
        "Builds confirmed hazardous areas (CHA) around direct evidence.\n\n"
        "EVIDENCE: evidence points. TYPE_FIELD holds the evidence type; only direct types count "
        "(detonation, accident_known, record_high, marking, visual_mine, visual_erw). Points "
        "without type or with an unknown code are skipped and counted in the log.\n"
        "CLUSTER_DISTANCE: points chained closer than this (m) form one area.\n"
        "MARGIN: every evidence point ends at least this far (m) inside the boundary.\n"
        "SHAPE: convex hull, concave hull or buffered union of the points.\n"
        "MIN_EVIDENCE: groups with fewer points are not made into a CHA.\n"
        "MINEFIELDS: optional polygons (minefield records); each becomes a CHA or joins the one "
        "it touches. CHAs never overlap: overlapping ones are merged.\n"
        "SHA: optional suspected hazardous areas; a CHA takes the hazard_id of the SHA holding "
        "most of it as parent_id, and its district.\n"
        "MAX_TURNING_POINTS: 0 = no limit; else the boundary is simplified outward to at most "
        "this many turning points, still holding every point with its margin.\n\n"
        "OUTPUT has the fields of the hazard layer (classification CHA, status open, ellipsoidal "
        "area); OUTPUT_POINTS the turning points numbered clockwise from the northernmost one, "
        "with the grid bearing (degrees) and distance (m) to the next point."
    )

    EVIDENCE = "EVIDENCE"
    TYPE_FIELD = "TYPE_FIELD"
    CLUSTER_DISTANCE = "CLUSTER_DISTANCE"
    MARGIN = "MARGIN"
    SHAPE = "SHAPE"
    MIN_EVIDENCE = "MIN_EVIDENCE"
    MINEFIELDS = "MINEFIELDS"
    SHA = "SHA"
    MAX_TURNING_POINTS = "MAX_TURNING_POINTS"
    ID_PREFIX = "ID_PREFIX"
    OUTPUT = "OUTPUT"
    OUTPUT_POINTS = "OUTPUT_POINTS"
    OUTPUT_STYLES = {OUTPUT: "hazard", OUTPUT_POINTS: "survey_point"}

    def parameter_table(self):
        shapes = [self.tr("Convex hull"), self.tr("Concave hull"), self.tr("Buffered union")]
        return [
            p.source(self.EVIDENCE, self.tr("Evidence points"), p.POINTS),
            p.field(
                self.TYPE_FIELD, self.tr("Evidence type field"), self.EVIDENCE, "evidence_type"
            ),
            p.distance(self.CLUSTER_DISTANCE, self.tr("Cluster distance (m)"), 100.0),
            p.distance(self.MARGIN, self.tr("Margin around evidence (m)"), 50.0),
            p.choice(self.SHAPE, self.tr("Shape"), shapes),
            p.number(self.MIN_EVIDENCE, self.tr("Minimum evidence points"), 1, 1, integer=True),
            p.source(self.MINEFIELDS, self.tr("Minefield polygons"), p.POLYGONS, optional=True),
            p.source(
                self.SHA, self.tr("Suspected hazardous areas (parents)"), p.POLYGONS, optional=True
            ),
            p.number(
                self.MAX_TURNING_POINTS,
                self.tr("Maximum turning points (0 = no limit)"),
                0,
                0,
                integer=True,
            ),
            p.text(self.ID_PREFIX, self.tr("Hazard id prefix"), "CHA"),
            p.sink(self.OUTPUT, self.tr("Confirmed hazardous areas"), p.POLYGONS),
            p.sink(self.OUTPUT_POINTS, self.tr("Turning points"), p.POINTS, optional=True),
        ]

    def check_parameters(self, parameters, context):
        source = self.parameterAsSource(parameters, self.EVIDENCE, context)
        if source is not None:
            if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.PointGeometry:
                raise QgsProcessingException(self.tr("EVIDENCE must be a point layer."))
            type_field = self._type_field(parameters, context)
            if source.fields().indexOf(type_field) < 0:
                raise QgsProcessingException(
                    self.tr("EVIDENCE has no field {}: choose TYPE_FIELD.").format(type_field)
                )
            minefields = self.parameterAsSource(parameters, self.MINEFIELDS, context)
            if source.featureCount() == 0 and minefields is None:
                raise QgsProcessingException(self.tr("EVIDENCE has no features."))
        prefix = self._prefix(parameters, context)
        convert.check_hazard_ids(prefix, hazard_ids(prefix, ["NA"]), self.ID_PREFIX)
        parents = self.parameterAsSource(parameters, self.SHA, context)
        if parents is not None and parents.fields().indexOf("hazard_id") < 0:
            raise QgsProcessingException(self.tr("SHA has no field hazard_id."))

    def processAlgorithm(self, parameters, context, feedback):
        source = self.required_source(parameters, self.EVIDENCE, context)
        minefield_source = self.parameterAsSource(parameters, self.MINEFIELDS, context)
        crs = self._working_crs(source, minefield_source, context, feedback)
        evidence = self._read_evidence(parameters, source, crs, context, feedback)
        if evidence is None:  # cancelled
            return {}
        with inputs.outside_area_meanwhile(
            self, parameters, self.EVIDENCE, source, evidence.geometries, evidence.labels, crs,
            context, feedback,
        ):  # fmt: skip
            minefields = self._read_minefields(minefield_source, crs, context, feedback)
            areas = self._delineate(parameters, context, evidence.direct_xy, minefields, feedback)
        if areas is None:
            return {}
        margin_m = self.parameterAsDouble(parameters, self.MARGIN, context)
        self._refuse_without_area(areas, evidence.labels, evidence.direct_owner, margin_m)
        chas = self._hazards(parameters, context, crs, areas, evidence, feedback)
        out_crs = source.sourceCrs()
        results = {self.OUTPUT: self._write_hazards(parameters, context, chas, crs, out_crs)}
        points = self._write_points(parameters, context, chas, crs, out_crs)
        if points is not None:
            results[self.OUTPUT_POINTS] = points
        feedback.pushInfo(
            self.tr("{} confirmed hazardous areas, {:.0f} m² in all.").format(
                len(chas), sum(c.area_m2 for c in chas)
            )
        )
        feedback.setProgress(100)
        return results

    # --- parameters -------------------------------------------------------------------------

    def _type_field(self, parameters, context) -> str:
        return self.parameterAsString(parameters, self.TYPE_FIELD, context) or "evidence_type"

    def _prefix(self, parameters, context) -> str:
        return self.parameterAsString(parameters, self.ID_PREFIX, context).strip() or "CHA"

    # --- reading ----------------------------------------------------------------------------

    def _working_crs(self, source, minefield_source, context, feedback):
        """The CRS in metres to work in, placed on the evidence, or on the minefields when
        there is no evidence."""
        out_crs = source.sourceCrs()
        placed, placed_name = (
            (source, self.EVIDENCE)
            if source.featureCount()
            else (minefield_source, self.MINEFIELDS)
        )
        extent = None
        if placed is not source:
            extent = convert.source_extent(placed, self.MINEFIELDS)
            if placed.sourceCrs() != out_crs:
                extent = QgsCoordinateTransform(
                    placed.sourceCrs(), out_crs, context.transformContext()
                ).transformBoundingBox(extent)
        crs = convert.working_crs(
            out_crs,
            extent,
            context,
            feedback,
            source=placed,
            parameter=placed_name,
            id_field=EVIDENCE_ID if placed is source else None,
        )
        feedback.pushInfo(self.tr("Working CRS: {}").format(crs.authid()))
        return crs

    def _read_evidence(self, parameters, source, crs, context, feedback) -> _Evidence | None:
        """The evidence points in ``crs``, direct and indirect (a multipoint feature gives each
        of its points, with its type and its name), None when cancelled; the skipped ones named
        in the log."""
        import shapely

        from ..qgis_io import geometry as geo

        type_field = self._type_field(parameters, context)
        read = geo.read_source(
            source, crs, context, (type_field,), feedback, parameter=self.EVIDENCE,
            id_field=EVIDENCE_ID,
            layer=inputs.source_layer(self, parameters, self.EVIDENCE, context),
        )  # fmt: skip
        if feedback.isCanceled():
            return None
        types = read.columns[type_field]
        type_counts = Counter(types)
        class_of = {t: model.evidence_class(t) or "" for t in type_counts}
        number_of = {t: k for k, t in enumerate(class_of)}
        classes = np.array(list(class_of.values()) or [""], dtype="<U16")[
            np.fromiter((number_of[t] for t in types), dtype=np.intp, count=len(types))
        ]
        self._log_skipped(type_counts, class_of, classes, read.skipped_labels, feedback)
        if len(read.geometries):
            coords, owner = shapely.get_coordinates(read.geometries, return_index=True)
        else:
            coords, owner = np.empty((0, 2)), np.empty(0, dtype=int)
        point_classes = classes[owner]
        direct = point_classes == model.DIRECT
        return _Evidence(
            read.labels,
            coords[direct],
            owner[direct],
            coords[point_classes == model.INDIRECT],
            read.geometries,
        )

    def _read_minefields(self, minefield_source, crs, context, feedback):
        """The minefield polygons in ``crs`` (None without MINEFIELDS); the invalid ones named:
        the core repairs them."""
        import shapely

        from ..qgis_io import geometry as geo

        if minefield_source is None:
            return None
        read = geo.read_source(
            minefield_source, crs, context, (), feedback, parameter=self.MINEFIELDS
        )
        minefields = list(read.geometries)
        invalid = ~shapely.is_valid(read.geometries) if len(minefields) else []
        if np.any(invalid):
            feedback.pushWarning(
                self.tr(
                    "MINEFIELDS: {} invalid polygon(s) repaired (a self-intersecting one "
                    "gives each of its loops): {}."
                ).format(
                    int(np.sum(invalid)),
                    convert.listed([read.labels[k] for k in np.flatnonzero(invalid)]),
                )
            )
        return minefields

    # --- delineating ------------------------------------------------------------------------

    def _delineate(self, parameters, context, direct_xy, minefields, feedback):
        """The CHAs of the core (None when cancelled), its report in the log."""
        from ..core import cha

        try:
            areas, report = cha.delineate_cha(
                direct_xy,
                cluster_distance_m=self.parameterAsDouble(
                    parameters, self.CLUSTER_DISTANCE, context
                ),
                margin_m=self.parameterAsDouble(parameters, self.MARGIN, context),
                shape=self.parameterAsEnum(parameters, self.SHAPE, context),
                min_evidence=self.parameterAsInt(parameters, self.MIN_EVIDENCE, context),
                minefields=minefields,
                max_turning_points=self.parameterAsInt(
                    parameters, self.MAX_TURNING_POINTS, context
                ),
                progress=lambda p: feedback.setProgress(0.8 * p),
                is_cancelled=feedback.isCanceled,
            )
        except cha.ChaInputError as error:
            raise self.core_refusal(error, self._core_messages()) from error
        except cha.Cancelled:
            return None
        self._log_report(report, feedback)
        return areas

    def _hazards(self, parameters, context, crs, areas, evidence, feedback) -> list[_Cha]:
        """Each CHA with the values of the hazard layer: parent SHA and district, id,
        ellipsoidal area, evidence counts."""
        from ..core.spatial_join import points_inside_counts
        from ..qgis_io import geometry as geo

        geometries = [a.geometry for a in areas]
        parents = self._parents(parameters, context, crs, geometries, feedback)
        indirect_counts = points_inside_counts(geometries, evidence.indirect_xy)
        prefix = self._prefix(parameters, context)
        ids = hazard_ids(prefix, [district for _parent, district in parents])
        convert.check_hazard_ids(prefix, ids, self.ID_PREFIX)
        sq_m = geo.ellipsoidal_areas(geometries, crs, context)
        today = QDate.currentDate()
        return [
            _Cha(
                area.geometry,
                m2,
                {
                    "hazard_id": hazard_id,
                    "classification": "CHA",
                    "status": "open",
                    "district": district,
                    "evidence_direct": len(area.evidence_indices),
                    "evidence_indirect": int(indirect),
                    "estimated_area_m2": round(m2, 2),
                    "remaining_area_m2": round(m2, 2),
                    "parent_id": parent,
                    "recorded_on": today,
                    "source": "landrelease:delineatecha",
                },
            )  # fmt: skip
            for area, hazard_id, (parent, district), m2, indirect in zip(
                areas, ids, parents, sq_m, indirect_counts
            )
        ]

    def _core_messages(self) -> dict:
        """What the core's refusals (core/cha's codes) say, in the user's language."""
        return {
            "not_a_number": self.tr("{name} must be a number, not {value!r}."),
            "not_finite": self.tr("{name} must be a finite number, not {value!r}."),
            "not_positive": self.tr("{name} must be more than 0 metres, not {value:g}."),
            "not_whole": self.tr("{name} must be a whole number, not {value!r}."),
            "negative_margin": self.tr("MARGIN must be 0 or more metres, not {value:g}."),
            "unknown_shape": self.tr(
                "SHAPE must be 0 (convex hull), 1 (concave hull) or 2 (buffered union), not "
                "{value}."
            ),
            "min_evidence_below_one": self.tr("MIN_EVIDENCE must be at least 1, not {value}."),
            "bad_max_turning_points": self.tr(
                "MAX_TURNING_POINTS must be 0 (no limit) or at least 3 (a polygon has 3 or more "
                "turning points), not {value}."
            ),
            "nothing_to_delineate": lambda: self.tr(
                "EVIDENCE holds no direct evidence (types {}) and no MINEFIELDS were given: "
                "there is nothing to make a confirmed hazardous area from."
            ).format(", ".join(model.DIRECT_EVIDENCE_TYPES)),
            "no_finite_evidence": self.tr(
                "EVIDENCE: no point has finite coordinates and no MINEFIELDS were given."
            ),
        }

    # --- writing ----------------------------------------------------------------------------

    def _write_hazards(self, parameters, context, chas, crs, out_crs):
        from ..qgis_io import geometry as geo

        fields = convert.model_fields("hazard")
        sink, dest_id = self.output_sink(
            parameters, self.OUTPUT, context, fields, QgsWkbTypes.Polygon, out_crs
        )
        geometries = [
            convert.transform_back(geometry, crs, out_crs, context)
            for geometry in geo.to_qgs_many([c.geometry for c in chas])
        ]
        features = convert.new_features(fields, [c.values for c in chas], geometries)
        self.add_features(sink, features, parameters, self.OUTPUT)
        return dest_id

    def _write_points(self, parameters, context, chas, crs, out_crs):
        """The turning points of every CHA to OUTPUT_POINTS (None when it is not asked for):
        survey_point's fields, plus hazard_id (= owner_id) as DESIGN §5.3 names it."""
        import shapely

        from ..core import cha
        from ..qgis_io import geometry as geo

        fields = convert.model_fields("survey_point")
        fields.append(convert.model_fields("hazard").field("hazard_id"))
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT_POINTS, context, fields, QgsWkbTypes.Point, out_crs
        )
        if sink is None:
            return None
        self.style_output(self.OUTPUT_POINTS, dest_id, context)
        for c in chas:
            hazard_id = c.values["hazard_id"]
            for tp in cha.turning_points(c.geometry):
                geometry = convert.transform_back(
                    geo.to_qgs(shapely.Point(tp.x, tp.y)), crs, out_crs, context
                )
                values = {
                    "owner_id": hazard_id,
                    "hazard_id": hazard_id,
                    "point_type": "turning",
                    "seq": tp.seq,
                    "bearing": round(tp.bearing_deg, 2),
                    "bearing_unit": "deg",
                    "north": "grid",
                    "distance_m": round(tp.distance_m, 2),
                    "entered_as": f"{crs.authid()} {tp.x:.1f} {tp.y:.1f}",
                }
                sink.addFeature(
                    convert.new_feature(fields, values, geometry), QgsFeatureSink.FastInsert
                )
        return dest_id

    def _refuse_without_area(self, areas, labels, owner, margin_m):
        """A CHA without area (under 1 m²: one point, or points on a line, with MARGIN 0) is
        no boundary a team can mark: refused, naming its evidence."""
        import shapely

        flat = [a for a in areas if not shapely.area(a.geometry) >= 1.0]  # m², planar
        if flat:
            names = [labels[int(owner[i])] for a in flat for i in a.evidence_indices]
            raise QgsProcessingException(
                self.tr(
                    "MARGIN is {:g} m: {} area(s) have no extent (a single point, or points on "
                    "a line): evidence {}. Give a MARGIN of at least 1 m."
                ).format(margin_m, len(flat), convert.listed(names))
            )

    def _log_report(self, report: dict, feedback):
        messages = {
            "clusters_found": self.tr("{} group(s) of direct evidence found."),
            "clusters_below_min_evidence": self.tr(
                "{} group(s) with fewer points than MIN_EVIDENCE left out."
            ),
            "points_dropped": self.tr("{} point(s) with unusable coordinates skipped."),
            "minefields_joined": self.tr("{} minefield(s) joined to an evidence area."),
            "minefields_alone": self.tr("{} minefield(s) made into a CHA of their own."),
            "minefields_skipped": self.tr("{} minefield(s) without area skipped."),
            "merged_overlaps": self.tr("{} overlapping area(s) merged so that no CHAs overlap."),
            "simplified": self.tr("{} CHA(s) simplified to MAX_TURNING_POINTS."),
        }
        self.push_report(feedback, report, messages, ("points_dropped", "minefields_skipped"))

    def _parents(self, parameters, context, crs, geometries, feedback):
        """(parent hazard_id, district) of each CHA from the SHA holding most of it."""
        from ..core.spatial_join import polygon_holding_most
        from ..qgis_io import geometry as geo

        source = self.parameterAsSource(parameters, self.SHA, context)
        if source is None or not geometries:
            return [(None, None)] * len(geometries)
        wanted = [n for n in ("hazard_id", "district") if source.fields().indexOf(n) >= 0]
        shas = geo.read_source(source, crs, context, wanted, feedback, parameter=self.SHA)
        parents = [(a.get("hazard_id"), a.get("district")) for a in shas.attributes]
        holding = polygon_holding_most(geometries, shas.geometries)
        return [(None, None) if k < 0 else parents[k] for k in holding]

    def _log_skipped(self, type_counts, class_of, classes, no_geometry, feedback):
        """The evidence left out (no geometry, no or an unknown type) and the count of each
        class, in the log; ``type_counts``: the features of each type, ``class_of``: its class."""
        if no_geometry:
            feedback.pushWarning(
                self.tr("{} evidence point(s) without geometry skipped: {}.").format(
                    len(no_geometry), convert.listed(no_geometry)
                )
            )
        missing = sum(n for t, n in type_counts.items() if t is None or str(t).strip() == "")
        unknown = Counter()
        for t, n in type_counts.items():
            if class_of[t] == "" and t is not None and str(t).strip():
                unknown[str(t)] += n
        if missing:
            feedback.pushWarning(
                self.tr("{} evidence point(s) without evidence type skipped.").format(missing)
            )
        if unknown:
            listed = ", ".join(f"{code!r} ×{n}" for code, n in sorted(unknown.items()))
            feedback.pushWarning(
                self.tr("{} evidence point(s) with an unknown evidence type skipped: {}").format(
                    sum(unknown.values()), listed
                )
            )
        feedback.pushInfo(
            self.tr("{} direct and {} indirect evidence points.").format(
                int((classes == model.DIRECT).sum()), int((classes == model.INDIRECT).sum())
            )
        )
