"""What the Turning points dialog gives: the polygon and its survey points, saved as a hazard
or a minefield record (each in one transaction), or handed to the Record land release dock
(a mixin of TurningPointsDialog)."""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsVectorLayerUtils,
)
from qgis.PyQt.QtCore import QCoreApplication, QDate
from qgis.PyQt.QtWidgets import QMessageBox

from ...core import model
from ...core.point_rows import BEARING, number
from ...core.turning_points import (
    Computation,
    Declination,
    RowResult,
    entered_text,
    grid_leg,
    read_date,
)
from ...qgis_io.convert import model_fields, new_feature
from ...qgis_io.geometry import to_qgs
from ...storage.recording import MinefieldRecord, SaveError, save_hazard, save_minefield_record
from .messages import area_name, date_message, declination_note
from .table import ERROR_TEXT, INFO_TEXT, OK_TEXT

CONFIRM_OBJECT_NAME = "LandReleaseOutsideAreaConfirmation"


def tr(text: str) -> str:
    return QCoreApplication.translate("TurningPointsDialog", text)


def _optional_number(text: str, what: str, low: float, high: float | None, whole: bool):
    """A typed number of the record form (None when empty); SaveError says what is wrong."""
    text = str(text).strip()
    if not text:
        return None
    value = number(text)
    if value is None or (whole and value != int(value)):
        raise SaveError(
            tr("{}: {} is not a whole number.").format(what, text)
            if whole
            else tr("{}: {} is not a number.").format(what, text)
        )
    if value < low or (high is not None and value > high):
        if high is None:
            raise SaveError(tr("{} cannot be negative.").format(what))
        raise SaveError(
            tr("{}: {} is outside {} to {}.").format(what, text, f"{low:g}", f"{high:g}")
        )
    return int(value) if whole else value


def declination_remark(computation: Computation) -> str:
    """The declination used, for the remarks of the survey points ("" if none was)."""
    if computation.magnetic and computation.declination.value is not None:
        return declination_note(computation.declination)
    return ""


def reading_remark(result: RowResult) -> str:
    """How a Gauss–Krüger point was taken to WGS 84, for its remarks ("" for other points)."""
    reading = result.reading
    if reading is None or reading.fmt != "gk" or not reading.transformation:
        return ""
    accuracy = f", ±{reading.accuracy_m:g} m" if reading.accuracy_m is not None else ""
    return tr("Pulkovo 1942 ({}) to WGS 84 through {}{}").format(
        reading.crs or "?", reading.transformation, accuracy
    )


class Saving:
    """The polygon and points of the dialog's computation, as QGIS features, saved or handed
    over. Needs ``layers``, ``project``, ``computation()``, ``working_crs()`` and
    ``problem()``."""

    def crs(self) -> QgsCoordinateReferenceSystem:
        """The CRS of ``geometry()``: the land release layer's (else the working CRS)."""
        if self.layers is not None:
            return self.layers.release.crs()
        return self.working_crs()

    def _polygon(self, crs: QgsCoordinateReferenceSystem) -> QgsGeometry | None:
        computation, working = self.computation(), self.working_crs()
        if computation.result is None:
            return None
        geometry = to_qgs(computation.result.polygon)
        if crs != working:
            geometry.transform(QgsCoordinateTransform(working, crs, self.project))
        return geometry

    def geometry(self) -> QgsGeometry | None:
        """The polygon in ``crs()``, or None."""
        return self._polygon(self.crs())

    def survey_points(self, owner_id: str | None = None, first_seq: int = 1) -> list[QgsFeature]:
        """survey_point features of the computed rows (in that layer's CRS), numbered from
        ``first_seq``, with entered_as the text as typed and, in the remarks, the declination
        used for magnetic bearings; [] without a database."""
        if self.layers is None:
            return []
        layer = self.layers.survey_point
        computation = self.computation()
        transform = QgsCoordinateTransform(self.working_crs(), layer.crs(), self.project)
        fields = layer.fields()
        declination = declination_remark(computation)
        features = []
        for index, (values, result) in enumerate(computation.points()):
            point = transform.transform(QgsPointXY(result.point.x, result.point.y))
            remarks = [values.remarks, reading_remark(result), declination]
            attributes = {
                "owner_id": owner_id,
                "point_type": values.point_type,
                "seq": first_seq + index,
                "entered_as": entered_text(values, result),
                "remarks": "; ".join(r for r in remarks if r) or None,
            }
            if values.entry == BEARING:
                attributes.update(
                    bearing=result.bearing_value,
                    bearing_unit=result.unit,
                    north=result.north,
                    distance_m=result.distance_m,
                )
            feature = QgsVectorLayerUtils.createFeature(
                layer,
                QgsGeometry.fromPointXY(point),
                {fields.indexOf(k): v for k, v in attributes.items() if fields.indexOf(k) >= 0},
            )
            features.append(feature)
        return features

    def _confirm_outside(self, computation: Computation) -> bool:
        """Ask before saving points outside the programme's area (True: save them)."""
        if not computation.outside:
            return True
        box = QMessageBox(
            QMessageBox.Warning,
            tr("Points outside the programme's area"),
            tr(
                "Rows {} lie outside the programme's area, {}. A slip in a coordinate (a swapped "
                "latitude, a wrong zone) puts a point there. Save them anyway?"
            ).format(
                ", ".join(str(seq) for seq in computation.outside), area_name(computation.area)
            ),
            QMessageBox.Yes | QMessageBox.No,
            self,
        )
        box.setObjectName(CONFIRM_OBJECT_NAME)
        box.setDefaultButton(QMessageBox.No)
        return box.exec_() == QMessageBox.Yes

    def save_as_hazard(
        self, hazard_id: str, classification: str, district: str | None = None
    ) -> str:
        """Save the polygon as a new hazard with its survey points in one transaction; returns
        the hazard_id. Raises SaveError (nothing written) with the reason."""
        if self.layers is None:
            raise SaveError(tr("There is no land release database in the project."))
        computation = self.computation()
        if computation.result is None:
            raise SaveError(self.problem() or tr("The polygon is not complete."))
        layer = self.layers.hazard
        hazard_id = (hazard_id or "").strip() or None
        values = {
            "hazard_id": hazard_id,
            "classification": classification,
            "status": "open",
            "district": (district or "").strip() or None,
            "recorded_on": QDate.currentDate(),
        }
        fields = layer.fields()
        feature = QgsVectorLayerUtils.createFeature(
            layer,
            self._polygon(layer.crs()),
            {fields.indexOf(k): v for k, v in values.items() if fields.indexOf(k) >= 0},
        )
        # createFeature makes a duplicate unique value unique ("X_1"): keep the ID as typed,
        # so that the duplicate is refused instead.
        feature["hazard_id"] = hazard_id
        points = self.survey_points(hazard_id)
        saved = save_hazard(self.layers, feature, points)
        self.hazardSaved.emit(saved)
        return saved

    def _record_crs(self) -> QgsCoordinateReferenceSystem:
        layer = self.layers.minefield_record or self.layers.hazard
        return layer.crs()

    def record_legs(self, record_id: str | None = None) -> list[QgsFeature]:
        """traverse_leg features of the computed rows after the first, as entered: a bearing
        row keeps its bearing in its unit (12-50 in mils of 6000 is 1250, mil6000), north and
        distance; a row typed as a coordinate becomes the grid bearing (degrees) and distance
        from the previous point in the working CRS, its remarks saying so, so that
        ``landrelease:traverse`` rebuilds the same point."""
        computation = self.computation()
        points = computation.points()
        legs = []
        fields = model_fields("traverse_leg")
        for seq, ((values, result), (_, before)) in enumerate(
            zip(points[1:], points[:-1]), start=1
        ):
            attributes = {"record_id": record_id, "seq": seq, "point_type": values.point_type}
            remarks = values.remarks
            if values.entry == BEARING:
                attributes.update(
                    bearing=result.bearing_value,
                    bearing_unit=result.unit,
                    north=result.north,
                    distance_m=result.distance_m,
                )
            else:
                bearing, distance = grid_leg(before.point, result.point)
                attributes.update(
                    bearing=bearing, bearing_unit="deg", north="grid", distance_m=distance
                )
                note = tr(
                    "Typed as the coordinate {}: grid bearing and distance from the previous "
                    "point in {}"
                ).format(entered_text(values, result), self.working_crs().authid())
                remarks = "; ".join(r for r in (values.remarks, note) if r)
            attributes["remarks"] = remarks or None
            legs.append(new_feature(fields, attributes))
        return legs

    def minefield_record(self, record_id: str, **values) -> MinefieldRecord:
        """The record to save (see ``save_as_record``): its row, legs and survey points."""
        computation = self.computation()
        if computation.result is None:
            raise SaveError(self.problem() or tr("The polygon is not complete."))
        record_date, problem = read_date(self.settings())
        if problem is not None:
            raise SaveError(date_message(problem))
        declination = computation.declination if computation.magnetic else Declination()
        remarks = values.pop("remarks", None)
        if record_date is not None and record_date.month_only:
            note = tr("Record date written as {} (month only): the 15th is stored.").format(
                self.settings().record_date.strip()
            )
            remarks = "; ".join(r for r in (remarks, note) if r)
        attributes = {
            "record_id": record_id,
            "record_date": QDate(record_date.on) if record_date is not None else None,
            "closure_error_m": round(computation.result.closure_error_m, 3),
            "declination_deg": declination.value,
            "declination_source": declination.source,
            "remarks": remarks or None,
            **values,
        }
        feature = new_feature(
            model_fields("minefield_record"), attributes, self._polygon(self._record_crs())
        )
        return MinefieldRecord(
            feature, self.record_legs(record_id), self.survey_points(record_id, first_seq=0)
        )

    def save_as_record(self, record_id: str, **values) -> str:
        """Save the rows as a minefield record in one transaction: its minefield_record row
        (polygon, closure error, declination used and its source, and ``values``: document_ref,
        side, mine_types, mines_recorded, accuracy, remarks), its traverse legs and its survey
        points (the first, seq 0, where ``landrelease:traverse`` takes it as START). Returns
        the record_id; raises SaveError (nothing written) with the reason."""
        if self.layers is None:
            raise SaveError(tr("There is no land release database in the project."))
        record_id = (record_id or "").strip() or None
        values = {k: (v.strip() or None) if isinstance(v, str) else v for k, v in values.items()}
        saved = save_minefield_record(self.layers, self.minefield_record(record_id, **values))
        self.recordSaved.emit(saved)
        return saved

    def _record_form(self) -> dict:
        """The record's fields as typed in the Save as box; SaveError for a bad number."""
        definition = model.layer("minefield_record")

        def label(name):
            return QCoreApplication.translate(model.TR_CONTEXT, definition.field(name).label)

        return {
            "document_ref": self.document_edit.text(),
            "side": self.side_edit.text(),
            "mine_types": self.mine_types_edit.text(),
            "mines_recorded": _optional_number(
                self.mines_edit.text(), label("mines_recorded"), 0, None, True
            ),
            "accuracy": _optional_number(
                self.accuracy_edit.text(), label("accuracy"), 0, 100, False
            ),
        }

    def use_for_land_release(self) -> bool:
        """Hand the polygon and its survey points to the Record land release dock
        (``polygonReady``) and close."""
        geometry = self.geometry()
        if geometry is None:
            self._message(self.problem() or tr("The polygon is not complete."), "error")
            return False
        if self.receivers(self.polygonReady) == 0 and not self.isModal():
            self._message(
                tr(
                    "Nothing is waiting for the polygon: open the Turning points from the Record "
                    "land release dock."
                ),
                "error",
            )
            return False
        if not self._confirm_outside(self.computation()):
            self._message(tr("Not used: correct the rows outside the area first."), "info")
            return False
        owner = self.owner_id_edit.text().strip() or None
        self.polygonReady.emit(geometry, self.survey_points(owner))
        self.accept()
        return True

    def save(self) -> None:
        if self.target() == "release":
            self.use_for_land_release()
            return
        computation = self.computation()
        if computation.result is not None and not self._confirm_outside(computation):
            self._message(tr("Nothing saved: correct the rows outside the area first."), "info")
            return
        try:
            if self.target() == "record":
                saved = self.save_as_record(self.owner_id_edit.text(), **self._record_form())
                text = tr("Minefield record {} saved with {} legs and {} survey points.").format(
                    saved, len(computation.points()) - 1, len(computation.points())
                )
            else:
                saved = self.save_as_hazard(
                    self.owner_id_edit.text(),
                    self.classification_combo.currentData(),
                    self.district_edit.text(),
                )
                text = tr("Hazard {} saved with {} survey points.").format(
                    saved, len(computation.points())
                )
        except SaveError as error:
            self._message(str(error), "error")
            return
        self._message(text, "success")
        if self.iface is not None:
            self.iface.messageBar().pushMessage(tr("Land Release"), text, Qgis.Success, 5)

    def _message(self, text: str, level: str = "info") -> None:
        colours = {"error": ERROR_TEXT, "success": OK_TEXT, "info": INFO_TEXT}
        self.message_label.setStyleSheet(f"color: {colours.get(level, colours['info']).name()};")
        self.message_label.setText(text)

    # --- CSV ------------------------------------------------------------------------------------
