"""Inputs for the bad-input catalogue (tests/qgis/test_bad_input.py): a small site near Aghdam
(UTM 38N) and the broken versions of it, as memory layers, GeoPackages and files.

Every builder takes an :class:`Env` (a temporary folder) and returns what ``processing.run``
takes. Geometries are WKT or ``QgsGeometry`` (NaN and infinite coordinates cannot be written
as WKT)."""

from __future__ import annotations

import csv
import json
import math
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsLineString,
    QgsPoint,
    QgsPolygon,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

UTM = "EPSG:32638"
WGS84 = "EPSG:4326"
MERCATOR = "EPSG:3857"  # a projected CRS in metres that is 30 % off the ground at 40° N
PULKOVO_GK8 = "EPSG:28408"  # Pulkovo 1942 / Gauss-Krüger zone 8 (central meridian 45° E)
X0, Y0 = 640000.0, 4425000.0  # near Aghdam: multiples of 50 m, so 50 m cells fit exactly
FAR_DX = 600_000.0  # 600 km east (53.6° E, in the Caspian Sea): outside UTM 38N's zone

LONG_TEXT = "Ə" * 10_000
SURROGATE = "H\ud800X"  # an unpaired surrogate: no valid UTF-8 or UTF-16 text holds it
HOSTILE = "H'; DROP TABLE hazard; --\"\nline two 💣"
QUOTED = "H'; DROP TABLE hazard; --\" 💣"  # the same without its line break
TRACEBACK_MARKS = ("Traceback", 'File "', "Error:", "Exception:", "NoneType", "errno")

TYPES = {str: QVariant.String, int: QVariant.Int, float: QVariant.Double}


@dataclass
class Env:
    """Where a case writes its files."""

    folder: Path
    made: dict = field(default_factory=dict)  # builders' caches (a base GeoPackage…)

    def path(self, name: str) -> str:
        return str(self.folder / name)


# --- geometries --------------------------------------------------------------------------------


def box(x: float, y: float, w: float = 100.0, h: float | None = None) -> str:
    """A rectangle ``w`` × ``h`` metres from (X0 + x, Y0 + y), as WKT in UTM 38N."""
    h = w if h is None else h
    x, y = X0 + x, Y0 + y
    return f"POLYGON(({x} {y}, {x + w} {y}, {x + w} {y + h}, {x} {y + h}, {x} {y}))"


def multibox(*corners, w: float = 100.0) -> str:
    parts = [box(x, y, w)[len("POLYGON") :] for x, y in corners]
    return "MULTIPOLYGON(" + ", ".join(parts) + ")"


def bowtie(x: float, y: float, w: float = 100.0) -> str:
    """A self-intersecting quadrilateral (two triangles of w²/4 each)."""
    x, y = X0 + x, Y0 + y
    return f"POLYGON(({x} {y}, {x + w} {y + w}, {x + w} {y}, {x} {y + w}, {x} {y}))"


def flat(x: float, y: float, w: float = 100.0) -> str:
    """A polygon without area: its vertices on one line."""
    x, y = X0 + x, Y0 + y
    return f"POLYGON(({x} {y}, {x + w} {y}, {x + w / 2} {y}, {x} {y}))"


def polygon_with(bad: float, x: float = 200.0, y: float = 0.0) -> QgsGeometry:
    """A triangle whose second vertex has the easting ``bad`` (NaN or infinite)."""
    ring = QgsLineString(
        [
            QgsPoint(X0 + x, Y0 + y),
            QgsPoint(bad, Y0 + y),
            QgsPoint(X0 + x + 100, Y0 + y + 100),
            QgsPoint(X0 + x, Y0 + y),
        ]
    )
    return QgsGeometry(QgsPolygon(ring))


def line_with(bad: float) -> QgsGeometry:
    return QgsGeometry(QgsLineString([QgsPoint(X0, Y0 + 2000), QgsPoint(bad, Y0 + 2000)]))


def point_with(bad: float) -> QgsGeometry:
    return QgsGeometry(QgsPoint(bad, Y0))


def point(x: float, y: float) -> str:
    return f"POINT({X0 + x} {Y0 + y})"


def ellipsoidal(geometry, crs: str = UTM) -> float:
    """The WGS 84 ellipsoidal area (m²) of a WKT or QgsGeometry given in ``crs``."""
    da = QgsDistanceArea()
    da.setSourceCrs(QgsCoordinateReferenceSystem(crs), QgsProject.instance().transformContext())
    da.setEllipsoid("EPSG:7030")
    if isinstance(geometry, str):
        geometry = QgsGeometry.fromWkt(geometry)
    return da.measureArea(geometry)


# --- layers ------------------------------------------------------------------------------------


def layer(geometry: str, rows, fields: dict, crs: str = UTM, name: str = "test") -> QgsVectorLayer:
    """A memory layer; ``rows`` are (WKT | QgsGeometry | None, {field: value})."""
    result = QgsVectorLayer(f"{geometry}?crs={crs}", name, "memory")
    result.dataProvider().addAttributes([QgsField(k, TYPES[t]) for k, t in fields.items()])
    result.updateFields()
    features = []
    for shape, values in rows:
        feature = QgsFeature(result.fields())
        if isinstance(shape, str):
            feature.setGeometry(QgsGeometry.fromWkt(shape))
        elif shape is not None:
            feature.setGeometry(shape)
        for key, value in values.items():
            feature[key] = value
        features.append(feature)
    assert result.dataProvider().addFeatures(features)
    assert result.featureCount() == len(rows)
    return result


def reprojected(source: QgsVectorLayer, crs: str) -> QgsVectorLayer:
    """A copy of ``source`` in another CRS (the same ground)."""
    target = QgsCoordinateReferenceSystem(crs)
    transform = QgsCoordinateTransform(source.crs(), target, QgsProject.instance())
    kind = {0: "Point", 1: "LineString", 2: "Polygon"}[int(source.geometryType())]
    if source.wkbType() in (6, 1006):  # MultiPolygon
        kind = "MultiPolygon"
    copy = QgsVectorLayer(f"{kind}?crs={crs}", source.name(), "memory")
    copy.dataProvider().addAttributes(source.fields().toList())
    copy.updateFields()
    features = []
    for feature in source.getFeatures():
        geometry = QgsGeometry(feature.geometry())
        geometry.transform(transform)
        feature.setGeometry(geometry)
        features.append(feature)
    copy.dataProvider().addFeatures(features)
    return copy


HAZARD_FIELDS = {
    "hazard_id": str,
    "classification": str,
    "status": str,
    "district": str,
    "recorded_on": str,
}
RELEASE_FIELDS = {
    "release_id": str,
    "hazard_id": str,
    "activity": str,
    "outcome": str,
    "method": str,
    "start_date": str,
    "end_date": str,
    "ap_found": int,
}
EVIDENCE_FIELDS = {"evidence_id": str, "evidence_type": str, "reported_on": str}
LEG_FIELDS = {
    "record_id": str,
    "seq": int,
    "point_type": str,
    "bearing": float,
    "distance_m": float,
}
START_FIELDS = {"record_id": str, "record_date": str}

H1 = box(0, 0)  # the good hazard, 100 m × 100 m
R1 = box(0, 0, 50, 100)  # its cleared western half


def hazard(shape, hazard_id="H2", classification="SHA", **values):
    row = {
        "hazard_id": hazard_id,
        "classification": classification,
        "status": "open",
        "district": "AGD",
        "recorded_on": "2024-01-10",
    }
    return (shape, {**row, **values})


def hazards(*extra, first=True, crs: str = UTM) -> QgsVectorLayer:
    """H1 and the ``extra`` hazard rows."""
    rows = ([hazard(H1, "H1")] if first else []) + list(extra)
    built = layer("Polygon", rows, HAZARD_FIELDS, name="hazard")
    return built if crs == UTM else reprojected(built, crs)


def release(shape, release_id="R2", outcome="cleared", end_date="2024-05-01", **values):
    row = {
        "release_id": release_id,
        "hazard_id": "H1",
        "activity": "clearance",
        "outcome": outcome,
        "method": "manual",
        "start_date": "2024-04-01",
        "end_date": end_date,
        "ap_found": 2,
    }
    return (shape, {**row, **values})


def releases(*extra, first=True, crs: str = UTM) -> QgsVectorLayer:
    rows = ([release(R1, "R1")] if first else []) + list(extra)
    built = layer("Polygon", rows, RELEASE_FIELDS, name="land_release")
    return built if crs == UTM else reprojected(built, crs)


def evidence_row(shape, evidence_id, evidence_type="visual_mine"):
    return (
        shape,
        {"evidence_id": evidence_id, "evidence_type": evidence_type, "reported_on": "2024-02-01"},
    )


GOOD_EVIDENCE = [
    evidence_row(point(0, 0), "E1"),
    evidence_row(point(40, 0), "E2"),
    evidence_row(point(20, 30), "E3"),
]


def evidence(*extra, first=True, crs: str = UTM, kind: str = "Point") -> QgsVectorLayer:
    rows = (list(GOOD_EVIDENCE) if first else []) + list(extra)
    built = layer(kind, rows, EVIDENCE_FIELDS, name="evidence")
    return built if crs == UTM else reprojected(built, crs)


LINE = f"LINESTRING({X0} {Y0}, {X0 + 1000} {Y0})"


def lines(*extra, first=True, crs: str = UTM) -> QgsVectorLayer:
    rows = ([(LINE, {"name": "LOC-1"})] if first else []) + list(extra)
    built = layer("LineString", rows, {"name": str}, name="line_of_contact")
    return built if crs == UTM else reprojected(built, crs)


def square_legs(record_id: str) -> list:
    """A 100 m square drawn clockwise from a start point 50 m north of the reference point."""
    legs = [
        (1, "start", 0.0, 50.0),
        (2, "turning", 90.0, 100.0),
        (3, "turning", 180.0, 100.0),
        (4, "turning", 270.0, 100.0),
        (5, "end", 0.0, 100.0),
    ]
    return [
        (
            None,
            {
                "record_id": record_id,
                "seq": s,
                "point_type": t,
                "bearing": b,
                "distance_m": d,
            },
        )
        for s, t, b, d in legs
    ]


def legs(*record_ids: str, extra=()) -> QgsVectorLayer:
    rows = [row for rid in record_ids for row in square_legs(rid)] + list(extra)
    return layer("None", rows, LEG_FIELDS, name="traverse_leg")


def starts(*rows, crs: str = UTM) -> QgsVectorLayer:
    built = layer("Point", list(rows), START_FIELDS, name="start")
    return built if crs == UTM else reprojected(built, crs)


def start_row(shape, record_id: str, record_date: str = "2020-06-01"):
    return (shape, {"record_id": record_id, "record_date": record_date})


# --- files -------------------------------------------------------------------------------------


def database(env: Env, name: str = "landrelease.gpkg") -> str:
    """A land release GeoPackage made by createdatabase, with a district around the site and
    H1 and R1 in it."""
    import processing

    path = env.path(name)
    processing.run(
        "landrelease:createdatabase",
        {"OUTPUT": path, "CRS": QgsCoordinateReferenceSystem(UTM)},
    )
    district = QgsVectorLayer(f"{path}|layername=district", "district", "ogr")
    feature = QgsFeature(district.fields())
    feature.setGeometry(
        QgsGeometry.fromWkt(box(-5000, -5000, 10000).replace("POLYGON", "MULTIPOLYGON(") + ")")
    )
    feature["code"], feature["name"], feature["name_en"] = "AGD", "Ağdam", "Aghdam"
    assert district.dataProvider().addFeatures([feature])
    return path


def add_features(path: str, layer_name: str, rows) -> QgsVectorLayer:
    """``rows`` (shape, values) added to a layer of a GeoPackage; the layer."""
    target = QgsVectorLayer(f"{path}|layername={layer_name}", layer_name, "ogr")
    assert target.isValid(), path
    features = []
    for shape, values in rows:
        feature = QgsFeature(target.fields())
        if shape is not None:
            feature.setGeometry(QgsGeometry.fromWkt(shape) if isinstance(shape, str) else shape)
        for key, value in values.items():
            if target.fields().indexOf(key) >= 0:
                feature[key] = value
        features.append(feature)
    assert target.dataProvider().addFeatures(features), target.dataProvider().errors()
    target.reload()
    return target


def gpkg_layer(path: str, layer_name: str) -> QgsVectorLayer:
    result = QgsVectorLayer(f"{path}|layername={layer_name}", layer_name, "ogr")
    assert result.isValid(), path
    return result


def truncated(env: Env, source: str, name: str = "truncated.gpkg", keep: int = 8192) -> str:
    """The first ``keep`` bytes of ``source``: a GeoPackage cut short by a full disk."""
    data = Path(source).read_bytes()[:keep]
    target = env.folder / name
    target.write_bytes(data)
    return str(target)


def write_csv(path: str, rows, delimiter=",", encoding="utf-8") -> str:
    with open(path, "w", encoding=encoding, newline="") as stream:
        csv.writer(stream, delimiter=delimiter).writerows(rows)
    return path


def rename_in_exchange(folder: str, old: str, new: str) -> None:
    """Give the hazard ``old`` of an IMSMA exchange folder the id ``new`` (GeoJSON and point
    list), as another program might have written it."""
    path = Path(folder) / "hazards.geojson"
    data = json.loads(path.read_text(encoding="utf-8"))
    for feature in data["features"]:
        if feature["properties"]["imsma_id"] == old:
            feature["id"] = feature["properties"]["imsma_id"] = new
            feature["properties"]["hazard_id"] = new
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    points = Path(folder) / "hazard_points.csv"
    with open(points, encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream))
    k = rows[0].index("imsma_id")
    for row in rows[1:]:
        if row[k] == old:
            row[k] = new
    write_csv(str(points), rows)


def features(result_layer) -> list[dict]:
    """The attributes of an output layer as dicts (NULL as None), with ``geometry``."""
    out = []
    for feature in result_layer.getFeatures():
        values = {
            name: (None if value == NULL else value)
            for name, value in zip(feature.fields().names(), feature.attributes())
        }
        values["geometry"] = feature.geometry()
        out.append(values)
    return out


def by(rows, key: str) -> dict:
    return {row[key]: row for row in rows}


def csv_table(path: str) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def geojson(path: str) -> dict:
    with open(path, encoding="utf-8") as stream:
        return json.load(stream)


def close(a: float, b: float, rel: float = 1e-6, abs_: float = 0.01) -> bool:
    return math.isclose(a, b, rel_tol=rel, abs_tol=abs_)


def sqlite_count(path: str, table: str) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]


# --- field packages (landrelease:syncfield) -----------------------------------------------------


def office_with_package(env: Env, name: str = "package") -> tuple[str, Path]:
    """A land release GeoPackage with hazard H1 and release R1, and a field package of H1 made
    from it as packagefield makes it (tests/qgis/test_syncfield.make_package)."""
    from .test_syncfield import make_package

    path = database(env, "office.gpkg")
    h1 = {"hazard_id": "H1", "classification": "CHA", "status": "open"}
    add_features(path, "hazard", [(box(0, 0), h1)])
    add_features(
        path,
        "land_release",
        [
            (
                box(0, 0, 20),
                {
                    "release_id": "R1",
                    "hazard_id": "H1",
                    "activity": "nts",
                    "outcome": "cancelled",
                    "start_date": "2024-05-01",
                    "end_date": "2024-05-02",
                },
            )  # fmt: skip
        ],
    )
    assert sqlite_count(path, "hazard") == sqlite_count(path, "land_release") == 1
    folder = make_package(path, env.folder / name, ["H1"])
    env.made["office"] = path
    env.made["office_rows"] = office_rows(path)
    return path, folder


def office_rows(path: str) -> dict:
    """Every row of the tables a sync writes, read straight from the file."""
    tables = ("hazard", "land_release", "survey_point", "evidence", "task", "edit_log",
              "sync_conflict")  # fmt: skip
    with sqlite3.connect(path) as conn:
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY fid').fetchall() for t in tables}


def office_unchanged(env: Env) -> None:
    assert office_rows(env.made["office"]) == env.made["office_rows"]


def field_edit(folder: Path, layer_name: str, rows=(), changes=None) -> None:
    """``rows`` (shape, values) added to the package's ``layer_name`` and ``changes``
    ({expression: {field: value}}) made, in QGIS edit sessions as QField would."""
    target = gpkg_layer(str(folder / "field.gpkg"), layer_name)
    assert target.startEditing()
    for shape, values in rows:
        feature = QgsFeature(target.fields())
        feature.setGeometry(QgsGeometry.fromWkt(shape))
        for key, value in values.items():
            feature[key] = value
        assert target.addFeature(feature)
    for expression, values in (changes or {}).items():
        for feature in target.getFeatures(expression):
            for key, value in values.items():
                target.changeAttributeValue(feature.id(), target.fields().indexOf(key), value)
    assert target.commitChanges(), target.commitErrors()
