"""The data the pages of a tasking map show: memory layers that :class:`AtlasData` builds, one
coverage row per page (``fkey`` = the area, ``page_key`` = the page; an area with more points
than the table holds gets continuation pages), the turning points for the map (``fkey``) and
the table rows (``page_key``)."""

from __future__ import annotations

from dataclasses import dataclass

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QVariant

from .tasking_symbols import style_overview, style_pages, style_points
from .tasking_table import TABLE_COLUMNS

# The attributes of one page (the coverage layer), all but fkey/page_key text for the labels.
PAGE_FIELDS = (
    ("fkey", QVariant.Int),
    ("page_key", QVariant.Int),
    ("map_id", QVariant.String),
    ("kind", QVariant.String),
    ("classification", QVariant.String),
    ("status", QVariant.String),
    ("district", QVariant.String),
    ("area_m2", QVariant.Double),
    ("title", QVariant.String),
    ("details", QVariant.String),
    ("north_note", QVariant.String),
    ("points_note", QVariant.String),
    ("table_caption", QVariant.String),
    ("task_block", QVariant.String),
)
# A page of photos (taskingmaps' PHOTOS) after an area's pages: its picture files and captions
# (layouts.tasking_photos); photo_page NULL on the map pages.
PHOTO_SLOTS = 6
PHOTO_PAGE_FIELDS = (
    ("photo_page", QVariant.Int),
    *((f"photo_{k}", QVariant.String) for k in range(1, PHOTO_SLOTS + 1)),
    *((f"caption_{k}", QVariant.String) for k in range(1, PHOTO_SLOTS + 1)),
    ("photo_problems", QVariant.String),
)
PAGE_FIELDS += PHOTO_PAGE_FIELDS


def tr(text: str) -> str:
    return QCoreApplication.translate("TaskingMapLayout", text)


@dataclass
class PointRow:
    """One point of an area, ready to print."""

    seq: int
    point_type: str
    x: float
    y: float
    cells: dict  # TABLE_COLUMNS field -> text
    label_quadrant: int = 1  # QgsPalLayerSettings quadrant: where its number goes
    label_offset: str = "0,0"  # "dx,dy" mm (y down) from the point to its number


@dataclass
class Page:
    fkey: int
    geometry: QgsGeometry  # in the working CRS
    attributes: dict  # PAGE_FIELDS name -> value (but fkey, page_key)
    points: list  # of PointRow


def _memory_layer(uri: str, name: str, fields: list) -> QgsVectorLayer:
    layer = QgsVectorLayer(uri, name, "memory")
    layer.dataProvider().addAttributes(fields)
    layer.updateFields()
    return layer


class AtlasData:
    """Memory layers (in the working CRS) for the atlas: pages, map points, table rows."""

    def __init__(self, crs: QgsCoordinateReferenceSystem, project: QgsProject):
        self.crs = crs
        uri = f"?crs={crs.authid()}" if crs.authid() else f"?crs={crs.toWkt()}"
        page_fields = [QgsField(n, t) for n, t in PAGE_FIELDS]
        self.pages = _memory_layer(f"MultiPolygon{uri}", tr("Areas"), page_fields)
        # The overview's copy (one feature per area), styled on its own.
        self.areas = _memory_layer(f"MultiPolygon{uri}", tr("Areas (overview)"), page_fields)
        self.points = _memory_layer(
            f"Point{uri}",
            tr("Turning points"),
            [
                QgsField("fkey", QVariant.Int),
                QgsField("label", QVariant.String),
                QgsField("quadrant", QVariant.Int),
                QgsField("offset", QVariant.String),
            ],
        )
        self.table = _memory_layer(
            "None",
            tr("Turning point table"),
            [QgsField("page_key", QVariant.Int)]
            + [QgsField(name, QVariant.String) for name, _heading in TABLE_COLUMNS],
        )
        for layer in (self.pages, self.areas, self.points, self.table):
            project.addMapLayer(layer, False)
        self.page_count = 0

    def add(self, page: Page, capacity: int) -> int:
        """Add an area's page(s): one, or more when its points overflow the table. Returns how
        many pages it takes."""
        chunks = [page.points[i : i + capacity] for i in range(0, len(page.points), capacity)]
        chunks = chunks or [[]]
        geometry = QgsGeometry(page.geometry)
        geometry.convertToMultiType()
        features, rows = [], []
        for n, chunk in enumerate(chunks):
            self.page_count += 1
            features.append(self._page_feature(page, geometry, n, len(chunks)))
            rows.extend(self._table_row(point) for point in chunk)
        self.pages.dataProvider().addFeatures(features)
        self.areas.dataProvider().addFeatures(features[:1])
        self.table.dataProvider().addFeatures(rows)
        self.points.dataProvider().addFeatures([self._map_point(page, p) for p in page.points])
        return len(chunks)

    def add_photo_page(self, fkey: int, geometry: QgsGeometry, values: dict) -> None:
        """A page of photos of the area ``fkey`` (its ``values``: PAGE_FIELDS by name), after
        its map pages."""
        self.page_count += 1
        feature = QgsFeature(self.pages.fields())
        multi = QgsGeometry(geometry)
        multi.convertToMultiType()
        feature.setGeometry(multi)
        for name, value in dict(values, fkey=fkey, page_key=self.page_count).items():
            feature[name] = value
        self.pages.dataProvider().addFeatures([feature])

    def _page_feature(self, page: Page, geometry, n: int, count: int) -> QgsFeature:
        """The coverage feature of page ``n`` of ``count`` of an area."""
        feature = QgsFeature(self.pages.fields())
        feature.setGeometry(geometry)
        values = dict(page.attributes, fkey=page.fkey, page_key=self.page_count)
        if count > 1:
            values["title"] = f"{values['title']}  ({n + 1}/{count})"
            more = tr("Table continues on the next page.") if n + 1 < count else ""
            values["points_note"] = " ".join(
                t for t in (more, values.get("points_note") or "") if t
            )
        for name, value in values.items():
            feature[name] = value
        return feature

    def _table_row(self, point: PointRow) -> QgsFeature:
        row = QgsFeature(self.table.fields())
        row["page_key"] = self.page_count
        for name, text in point.cells.items():
            row[name] = text
        return row

    def _map_point(self, page: Page, point: PointRow) -> QgsFeature:
        feature = QgsFeature(self.points.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(point.x, point.y)))
        feature["fkey"] = page.fkey
        feature["label"] = str(point.seq)
        feature["quadrant"] = point.label_quadrant
        feature["offset"] = point.label_offset
        return feature

    def finish(self) -> None:
        for layer in (self.pages, self.areas, self.points, self.table):
            layer.updateExtents()
        style_pages(self.pages)
        style_overview(self.areas)
        style_points(self.points)
