"""landrelease:addhazards: new hazards (Delineate CHA/SHA results) and their turning points
added to a land release database, with ids, areas and the edit log, in one transaction."""

from __future__ import annotations

import math

from qgis.core import (
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterVectorLayer,
)

from ..core import model
from ..core.ids import free_ids
from ..qgis_io.convert import all_features, non_finite_kind
from ..storage import recording
from ..storage.database import DatabaseError, open_layers
from ..storage.derived import layer_table
from ..storage.programme import area_text, programme_area
from . import parameters as p
from .algorithm import LandReleaseAlgorithm
from .inputs import outside_area

HAZARD, POINT = "hazard", "survey_point"


class AddHazards(LandReleaseAlgorithm):
    ID = "addhazards"
    DISPLAY_NAME = "Add hazards to the database"
    GROUP_ID = "hazards"
    GROUP = "Hazardous areas"
    MAIN_THREAD = True  # the database's layers in the project are reloaded after the save
    NEEDS_SHAPELY = True  # the areas and the programme's area
    HELP = (
        "Adds new hazardous areas, such as the results of Delineate CHA or Delineate SHA, to the "
        "hazard layer of a land release database, with their turning points, in one "
        "transaction: all are added or none, each insert in the edit log.\n\n"
        "INPUT: polygons with the fields of the hazard layer (hazard_id, classification, "
        "status, district, parent_id...); other fields are left out. Each polygon must be "
        "valid and in one part.\n"
        "POINTS: optional turning points (Delineate CHA's OUTPUT_POINTS) naming their hazard "
        "in owner_id or hazard_id, with point_type and seq; they become the hazard's survey "
        "points.\n"
        "TARGET: the hazard layer of the land release database (GeoPackage or PostGIS) to add "
        "to.\n\n"
        "A hazard_id that the database already holds (a second run of Delineate CHA numbers "
        "from 0001 again) gets the next free number of its series, and its points follow; the "
        "log lists each renumbered id. The estimated and remaining areas are the ellipsoidal "
        "areas, status open unless given. Nothing is written when one hazard is refused: the "
        "message names it and says why."
    )

    INPUT = "INPUT"
    POINTS = "POINTS"
    TARGET = "TARGET"
    ADDED = "ADDED"
    RENUMBERED = "RENUMBERED"

    def parameter_table(self):
        return [
            p.source(self.INPUT, self.tr("New hazards"), p.POLYGONS),
            p.source(self.POINTS, self.tr("Their turning points"), p.POINTS, optional=True),
            QgsProcessingParameterVectorLayer(
                self.TARGET,
                self.tr("Hazard layer of the land release database"),
                [QgsProcessing.TypeVectorPolygon],
            ),
            p.count(self.ADDED, self.tr("Hazards added")),
            p.count(self.RENUMBERED, self.tr("Hazard ids renumbered")),
        ]

    def processAlgorithm(self, parameters, context, feedback):
        layers = self._database_layers(parameters, context)
        source = self.required_source(parameters, self.INPUT, context)
        hazards = self._hazards(source, layers.hazard, context)
        if not hazards:
            raise QgsProcessingException(self.tr("INPUT has no hazard to add."))
        self._refuse_far(hazards, layers.hazard, context)
        points = self._points(parameters, context, layers.survey_point)
        taken = {str(f["hazard_id"]) for f in layers.hazard.getFeatures() if f["hazard_id"]}
        wanted = [str(h["hazard_id"]) for h in hazards]
        new_ids = free_ids(wanted, taken)
        items = []
        for hazard, old_id, new_id in zip(hazards, wanted, new_ids):
            if new_id != old_id:
                feedback.pushInfo(
                    self.tr("{} is already in the database: added as {}.").format(old_id, new_id)
                )
            hazard["hazard_id"] = new_id
            items.append((hazard, points.get(old_id, [])))
        try:
            ids = recording.save_hazards(layers, items)
        except recording.SaveError as error:
            raise QgsProcessingException(
                self.tr("INPUT: nothing was added:\n{}").format(str(error))
            ) from None
        feedback.pushInfo(
            self.tr("{} hazard(s) added to {}: {}").format(
                len(ids), layers.hazard.name(), ", ".join(ids)
            )
        )
        renumbered = sum(1 for old, new in zip(wanted, new_ids) if old != new)
        return {self.ADDED: len(ids), self.RENUMBERED: renumbered}

    def _database_layers(self, parameters, context) -> recording.ReleaseLayers:
        target = self.parameterAsVectorLayer(parameters, self.TARGET, context)
        decoded = layer_table(target) if target is not None else None
        if decoded is None or decoded[1] != HAZARD:
            raise QgsProcessingException(
                self.tr(
                    "TARGET must be the hazard layer of a land release database (GeoPackage or "
                    "PostGIS): open the database with Land Release ▸ Open Database… and choose "
                    "its hazard layer."
                )
            )
        found = recording.find_layers(context.project(), target) if context.project() else None
        if found is not None and layer_table(found.hazard)[0] == decoded[0]:
            return found
        try:
            opened = open_layers(decoded[0])
        except DatabaseError as error:
            raise QgsProcessingException(str(error)) from None
        return recording.ReleaseLayers(
            opened["land_release"],
            opened[HAZARD],
            opened[POINT],
            opened.get("edit_log"),
            opened.get("minefield_record"),
            opened.get("traverse_leg"),
        )

    def _transform(self, source, layer, context) -> QgsCoordinateTransform:
        return QgsCoordinateTransform(source.sourceCrs(), layer.crs(), context.transformContext())

    def _hazards(self, source, hazard_layer, context) -> list[QgsFeature]:
        """INPUT's polygons as new features of the hazard layer, in its CRS."""
        transform = self._transform(source, hazard_layer, context)
        names = [n for n in model.layer(HAZARD).field_names() if n not in _SET_BY_THE_SAVE]
        present = [n for n in names if source.fields().indexOf(n) >= 0]
        if "hazard_id" not in present:
            raise QgsProcessingException(
                self.tr("INPUT has no field hazard_id: give the hazards their ids first.")
            )
        hazards = []
        for feature in all_features(source):
            label = feature["hazard_id"] or self.tr("feature {}").format(feature.id())
            geometry = feature.geometry()
            if non_finite_kind(geometry):
                raise QgsProcessingException(
                    self.tr(
                        "INPUT: {} has no finite coordinates (NaN or infinite); nothing was added."
                    ).format(label)
                )
            if geometry is None or geometry.isEmpty():
                raise QgsProcessingException(
                    self.tr("INPUT: {} has no polygon; nothing was added.").format(label)
                )
            geometry = self._transformed(geometry, transform, "INPUT", label)
            hazards.append(_feature(hazard_layer, geometry, {n: feature[n] for n in present}))
        return hazards

    def _points(self, parameters, context, point_layer) -> dict[str, list[QgsFeature]]:
        """POINTS by the hazard_id they name (owner_id, else hazard_id), in seq order."""
        source = self.parameterAsSource(parameters, self.POINTS, context)
        if source is None:
            return {}
        fields = source.fields()
        owner = next((n for n in ("owner_id", "hazard_id") if fields.indexOf(n) >= 0), None)
        if owner is None:
            raise QgsProcessingException(
                self.tr("POINTS has neither owner_id nor hazard_id: which hazard is a point of?")
            )
        transform = self._transform(source, point_layer, context)
        names = [
            n
            for n in model.layer(POINT).field_names()
            if n not in _SET_BY_THE_SAVE and n != "owner_id" and fields.indexOf(n) >= 0
        ]
        by_hazard: dict[str, list[QgsFeature]] = {}
        for feature in all_features(source):
            seq = feature["seq"] if "seq" in names else "?"
            label = self.tr("point {} of {}").format(seq, feature[owner])
            geometry = self._transformed(feature.geometry(), transform, "POINTS", label)
            point = _feature(point_layer, geometry, {n: feature[n] for n in names})
            by_hazard.setdefault(str(feature[owner]), []).append(point)
        for points in by_hazard.values():
            points.sort(key=lambda f: (f["seq"] is None, f["seq"] or 0))
        return by_hazard

    def _refuse_far(self, hazards, hazard_layer, context) -> None:
        """Hazards outside the programme's area of the database are refused, named."""
        import shapely

        area = programme_area(hazard_layer)
        geometries = [shapely.from_wkb(bytes(h.geometry().asWkb())) for h in hazards]
        far = outside_area(geometries, hazard_layer.crs(), area, context)
        if far.any():
            names = [str(h["hazard_id"]) for h, is_far in zip(hazards, far) if is_far]
            raise QgsProcessingException(
                self.tr(
                    "INPUT: {} lie(s) outside the programme's area ({}): check their "
                    "coordinates and CRS; nothing was added."
                ).format(", ".join(names), area_text(area))
            )

    def _transformed(self, geometry, transform, parameter: str, label):
        copy = type(geometry)(geometry)
        try:
            copy.transform(transform)
        except QgsCsException:
            raise QgsProcessingException(
                self.tr("{}: {} cannot be brought into the database's CRS.").format(
                    parameter, label
                )
            ) from None
        box = copy.boundingBox()
        if copy.isEmpty() or not all(
            math.isfinite(v)
            for v in (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum())
        ):
            raise QgsProcessingException(
                self.tr(
                    "{}: {} has no finite coordinates (NaN or infinite); nothing was added."
                ).format(parameter, label)
            )
        return copy


def _feature(layer, geometry, values: dict) -> QgsFeature:
    """A new feature of ``layer`` with ``values`` as given (QgsVectorLayerUtils.createFeature
    would change a value that is already in a unique field: the renumbering is ours)."""
    feature = QgsFeature(layer.fields())
    feature.setGeometry(geometry)
    for name, value in values.items():
        if layer.fields().indexOf(name) >= 0:
            feature[name] = value
    return feature


# Set by the database or the save, never copied from the input.
_SET_BY_THE_SAVE = {
    "uuid",
    "created_at",
    "created_by",
    "updated_at",
    "estimated_area_m2",
    "remaining_area_m2",
}
