"""The writes of a sync inside its transaction: rows inserted, updated and deleted through
SQL on either backend (the geometry as a GeoPackage blob or PostGIS WKB), the areas and evidence
class set as the forms set them, conflicts recorded; merged values as text."""

from __future__ import annotations

import struct

from qgis.core import QgsGeometry

from ...core import model, pgschema
from ...core.field_merge import GEOMETRY, RowMerge
from ..recording.polygons import _area_function, _shapely
from ..recording.transaction import _Transaction

CONFLICTS = pgschema.CONFLICT_TABLE


def value_text(name: str, value) -> str | None:
    """A merged value as the report and sync_conflict hold it (geometry as WKT)."""
    if value is None:
        return None
    if name == GEOMETRY:
        geometry = QgsGeometry()
        geometry.fromWkb(bytes.fromhex(value))
        return geometry.asWkt()
    if isinstance(value, float):
        return repr(value)
    return str(value)


def geometry_of(values: dict) -> QgsGeometry | None:
    hex_wkb = values.get(GEOMETRY)
    if hex_wkb is None:
        return None
    geometry = QgsGeometry()
    geometry.fromWkb(bytes.fromhex(hex_wkb))
    return geometry


def sql_literal(value) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"


def _gpkg_blob(geometry: QgsGeometry, srs_id: int) -> bytes:
    """``geometry`` as a GeoPackage geometry blob (little-endian, xy envelope)."""
    box = geometry.boundingBox()
    header = b"GP" + bytes([0, 0b011]) + struct.pack("<i", srs_id)
    envelope = struct.pack("<4d", box.xMinimum(), box.xMaximum(), box.yMinimum(), box.yMaximum())
    return header + envelope + bytes(geometry.asWkb())


class SyncWriter:
    """The writes of one sync inside its transaction ``tx``."""

    def __init__(self, tx: _Transaction, layers: dict):
        self.tx = tx
        self.layers = layers
        self._srids: dict[str, int] = {}

    def srid(self, table: str) -> int:
        if table not in self._srids:
            if self.tx.postgis:
                schema = self.tx.database.schema
                rows = self.tx.sql(
                    "SELECT srid FROM geometry_columns WHERE f_table_schema = "
                    f"{sql_literal(schema)} AND f_table_name = {sql_literal(table)}"
                )
            else:
                rows = self.tx.sql(
                    "SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = "
                    + sql_literal(table)
                )
            self._srids[table] = int(rows[0][0])
        return self._srids[table]

    def geometry_sql(self, table: str, geometry: QgsGeometry | None) -> str:
        if geometry is None or geometry.isNull():
            return "NULL"
        if self.tx.postgis:
            wkb = bytes(geometry.asWkb()).hex()
            return f"ST_GeomFromWKB(decode('{wkb}', 'hex'), {self.srid(table)})"
        return f"X'{_gpkg_blob(geometry, self.srid(table)).hex()}'"

    def derived_values(self, table: str, values: dict) -> dict:
        """Areas and the evidence class, as the record dialog and the forms set them."""
        extra = {}
        geometry = geometry_of(values) if GEOMETRY in values else None
        if geometry is not None and table in ("land_release", "hazard"):
            area = round(float(_area_function(self.layers[table])([_shapely(geometry)])[0]), 2)
            extra["area_m2" if table == "land_release" else "estimated_area_m2"] = area
        if table == "evidence" and "evidence_type" in values:
            extra["evidence_class"] = model.evidence_class(values["evidence_type"])
        return extra

    def insert(self, merge: RowMerge, user: str | None) -> None:
        table, values = merge.edit.layer, dict(merge.values)
        row = {k: v for k, v in values.items() if k != GEOMETRY}
        row.update(self.derived_values(table, values), uuid=merge.edit.uuid, created_by=user)
        if table == "land_release":
            row["qa_status"] = "pending"
        if table == "hazard":
            row.update(status="open", remaining_area_m2=row.get("estimated_area_m2"))
        self.tx.insert(table, row, geometry_of(values))

    def update(self, merge: RowMerge) -> None:
        table, values = merge.edit.layer, merge.values
        assignments = [f'"{k}" = {sql_literal(v)}' for k, v in values.items() if k != GEOMETRY]
        assignments += [
            f'"{k}" = {sql_literal(v)}' for k, v in self.derived_values(table, values).items()
        ]
        if GEOMETRY in values:
            assignments.append(f'"geom" = {self.geometry_sql(table, geometry_of(values))}')
        self.tx.sql(
            f'UPDATE "{table}" SET {", ".join(assignments)} WHERE uuid = '
            + sql_literal(merge.edit.uuid)
        )

    def delete(self, merge: RowMerge) -> None:
        self.tx.sql(f'DELETE FROM "{merge.edit.layer}" WHERE uuid = {sql_literal(merge.edit.uuid)}')

    def known_conflicts(self, package_id: str) -> set[tuple]:
        rows = self.tx.sql(
            f"SELECT layer, feature_uuid, field, field_value FROM {CONFLICTS} "
            f"WHERE package_id = {sql_literal(package_id)}"
        )
        return {tuple(r) for r in rows}

    def conflict(self, package_id: str, conflict, synced_at: str, user: str | None) -> None:
        values = {
            "package_id": package_id,
            "layer": conflict.layer,
            "feature_uuid": conflict.uuid,
            "field": conflict.field,
            "base_value": value_text(conflict.field, conflict.base),
            "office_value": value_text(conflict.field, conflict.office),
            "field_value": value_text(conflict.field, conflict.field_value),
            "synced_at": synced_at,
            "resolved": 0,
            "created_by": user,
        }
        self.tx.insert(CONFLICTS, values, None)
