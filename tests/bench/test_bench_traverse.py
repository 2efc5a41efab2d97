"""Minefield records at scale: 2,000 and 20,000 traverses of 12 legs, beside a chain of QGIS
native algorithms that computes the same points one leg at a time.

The native chain: for each leg number k = 1..12, native:extractbyattribute (the legs with
seq = k), native:joinattributestable (onto the points reached so far, by record_id) and
native:projectpointcartesian with data-defined bearing and distance. Grid legs are projected as
typed. True legs are turned into grid legs by expressions: bearing minus the meridian
convergence and distance times the point scale factor of transverse Mercator (the spherical
formulas, at the point the leg starts from), which is what the geodesic on WGS 84 gives to a
fraction of a millimetre over a leg of ~100 m. QGIS has no geodesic "project" in its
expressions or algorithms; no single native algorithm chains the legs of a traverse. The
perimeters then become polygons: native:mergevectorlayers, native:pointstopath (by record_id,
in leg order) and lines to polygons. Ours also writes areas, closures and every point's fields.

The IGRF case: the same 2,000 records dated (1990-2025) with magnetic bearings and no
declination given, so each record's declination comes from the IGRF at its start point on its
date (core.traverse.magnetic_declinations, in chunks); checked against a run of the same legs as
true bearings turned by those declinations.
"""

from __future__ import annotations

import datetime
import math

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsProperty,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

CRS = "EPSG:32638"
CENTRAL_MERIDIAN = 45.0  # of UTM zone 38N
X0, Y0 = 600000.0, 4400000.0
RECORDS, LEGS = 2000, 12
SCALE_RECORDS = 20_000  # the scale case


def run(algorithm_id, params):
    import processing  # QGIS's, on sys.path once the qgis_processing fixture has run

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(algorithm_id, params, context=context, feedback=QgsProcessingFeedback())


def generate(seed: int = 11, records: int = RECORDS):
    """START rows (record_id, x, y) and leg rows of ``records`` records of LEGS legs each: a
    reference point, the approach to TP1, 10 more turning points around an irregular polygon
    (50-150 m across) and the end leg back to TP1. Bearings (degrees, 0.1°) and distances
    (0.1 m) are rounded as a field sheet would have them. Even records are all grid; in odd
    records each leg is grid or true at random."""
    rng = np.random.default_rng(seed)
    starts, legs = [], []
    corners = LEGS - 1
    for r in range(records):
        record_id = f"MFR-{r + 1:04d}"
        cx, cy = X0 + rng.uniform(-50000, 50000), Y0 + rng.uniform(-100000, 100000)
        angles = 2 * math.pi * (np.arange(corners) + rng.uniform(-0.3, 0.3, corners)) / corners
        radius = rng.uniform(25, 75) * rng.uniform(0.7, 1.3, corners)
        ring = np.column_stack([cx + radius * np.sin(angles), cy + radius * np.cos(angles)])
        approach = rng.uniform(0, 2 * math.pi)
        reach = rng.uniform(30, 200)
        reference = ring[0] - reach * np.array([math.sin(approach), math.cos(approach)])
        starts.append((record_id, float(reference[0]), float(reference[1])))
        path = [reference, *ring, ring[0]]
        for k in range(LEGS):
            dx, dy = path[k + 1] - path[k]
            bearing = round(math.degrees(math.atan2(dx, dy)) % 360.0, 1) % 360.0
            north = "grid" if r % 2 == 0 or rng.random() < 0.5 else "true"
            point_type = "start" if k == 0 else "end" if k == LEGS - 1 else "turning"
            legs.append(
                (record_id, k + 1, point_type, bearing, north, round(math.hypot(dx, dy), 1))
            )
    return starts, legs


def start_layer(starts) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"Point?crs={CRS}", "start", "memory")
    layer.dataProvider().addAttributes([QgsField("record_id", QVariant.String)])
    layer.updateFields()
    features = []
    for record_id, x, y in starts:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feature.setAttributes([record_id])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def legs_layer(legs) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"None?crs={CRS}", "legs", "memory")
    types = (QVariant.String, QVariant.Int, QVariant.String, QVariant.Double, QVariant.String)
    names = ("record_id", "seq", "point_type", "bearing", "north")
    fields = [QgsField(n, t) for n, t in zip(names, types)]
    fields += [QgsField("distance_m", QVariant.Double), QgsField("bearing_unit", QVariant.String)]
    layer.dataProvider().addAttributes(fields)
    layer.updateFields()
    features = []
    for row in legs:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([*row, "deg"])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def native_chain(starts_layer, legs) -> list[QgsVectorLayer]:
    """The points reached after each leg number, one layer per leg (record_id + geometry)."""
    current = starts_layer
    reached = []
    for k in range(1, LEGS + 1):
        prefix = f"l{k}_"
        legs_k = run(
            "native:extractbyattribute",
            {"INPUT": legs, "FIELD": "seq", "OPERATOR": 0, "VALUE": str(k), "OUTPUT": "memory:"},
        )["OUTPUT"]
        joined = run(
            "native:joinattributestable",
            {
                "INPUT": current,
                "FIELD": "record_id",
                "INPUT_2": legs_k,
                "FIELD_2": "record_id",
                "FIELDS_TO_COPY": ["bearing", "north", "distance_m"],
                "METHOD": 1,  # one-to-one
                "DISCARD_NONMATCHING": True,
                "PREFIX": prefix,
                "OUTPUT": "memory:",
            },
        )["OUTPUT"]
        true = f"\"{prefix}north\" = 'true'"
        lonlat = f"with_variable('ll', transform($geometry, '{CRS}', 'EPSG:4326'), {{}})"
        dlon = f"radians(x(@ll) - {CENTRAL_MERIDIAN})"
        convergence = f"degrees(atan(tan({dlon}) * sin(radians(y(@ll)))))"
        scale = f"0.9996 / sqrt(1 - (cos(radians(y(@ll))) * sin({dlon}))^2)"
        bearing = lonlat.format(
            f'CASE WHEN {true} THEN "{prefix}bearing" - {convergence} ELSE "{prefix}bearing" END'
        )
        distance = lonlat.format(
            f'CASE WHEN {true} THEN "{prefix}distance_m" * {scale} ELSE "{prefix}distance_m" END'
        )
        current = run(
            "native:projectpointcartesian",
            {
                "INPUT": joined,
                "BEARING": QgsProperty.fromExpression(bearing),
                "DISTANCE": QgsProperty.fromExpression(distance),
                "OUTPUT": "memory:",
            },
        )["OUTPUT"]
        reached.append(current)
    return reached


def native_polygons(reached) -> QgsVectorLayer:
    """The perimeter (the points after legs 1..12: TP1 to the end point) of each record as a
    polygon: native:mergevectorlayers, native:pointstopath (grouped by record_id, ordered by
    the leg that reached the point) and lines to polygons."""
    from qgis.core import QgsApplication

    merged = run("native:mergevectorlayers", {"LAYERS": reached, "OUTPUT": "memory:"})["OUTPUT"]
    # A point reached by leg k carries the joined fields of legs 1..k only.
    order = "coalesce({})".format(
        ", ".join(f'if("l{k}_distance_m" IS NULL, NULL, {k})' for k in range(LEGS, 0, -1))
    )
    paths = run(
        "native:pointstopath",
        {
            "INPUT": merged,
            "CLOSE_PATH": False,
            "ORDER_EXPRESSION": order,
            "GROUP_EXPRESSION": '"record_id"',
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]
    registry = QgsApplication.processingRegistry()
    to_polygons = next(
        a
        for a in ("native:linestopolygons", "qgis:linestopolygons")
        if registry.algorithmById(a) is not None
    )
    return run(to_polygons, {"INPUT": paths, "OUTPUT": "memory:"})["OUTPUT"]


def test_traverse_2000_records_12_legs(provider, tools):
    traverse_beside_native(tools, RECORDS)


def test_traverse_2000_records_12_legs_from_a_geopackage(provider, tools, tmp_path):
    """LEGS as the land release database keeps them: a GeoPackage traverse_leg table (read in
    bulk by ours, through QGIS by the native chain)."""
    traverse_beside_native(tools, RECORDS, tmp_path / "legs.gpkg")


def gpkg_legs_layer(legs, path) -> QgsVectorLayer:
    """The legs as a GeoPackage table without geometry, the fields of ``legs_layer``."""
    from osgeo import ogr

    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    table = dataset.CreateLayer("traverse_leg", None, ogr.wkbNone)
    names = ("record_id", "seq", "point_type", "bearing", "north", "distance_m", "bearing_unit")
    kinds = (ogr.OFTString, ogr.OFTInteger, ogr.OFTString, ogr.OFTReal, ogr.OFTString,
             ogr.OFTReal, ogr.OFTString)  # fmt: skip
    for name, kind in zip(names, kinds):
        table.CreateField(ogr.FieldDefn(name, kind))
    table.StartTransaction()
    for row in legs:
        feature = ogr.Feature(table.GetLayerDefn())
        for name, value in zip(names, (*row, "deg")):
            feature.SetField(name, value)
        table.CreateFeature(feature)
    table.CommitTransaction()
    dataset = None
    return QgsVectorLayer(f"{path}|layername=traverse_leg", "legs", "ogr")


def traverse_beside_native(tools, records: int, gpkg=None) -> None:
    """Ours and the native chain on ``records`` generated records, LEGS in memory or in the
    GeoPackage ``gpkg``; the same points and polygons to 0.01 m."""
    starts, legs = generate(records=records)
    start = start_layer(starts)
    table = legs_layer(legs) if gpkg is None else gpkg_legs_layer(legs, gpkg)
    params = {
        "LEGS": table,
        "START": start,
        "CLOSURE_TOLERANCE": 0.0,  # every end point kept in the ring, as the native chain has it
        "OUTPUT": "memory:",
        "OUTPUT_POINTS": "memory:",
    }
    result, ours, memory = tools.timed(lambda: run("landrelease:traverse", params))
    assert result["RECORDS"] == records and result["FAILED"] == 0
    assert result["OUTPUT"].featureCount() == records
    assert result["OUTPUT_POINTS"].featureCount() == records * (LEGS + 1)

    reached, native_points_s, native_memory = tools.timed(lambda: native_chain(start, table))
    polygons, native_polygons_s, _ = tools.timed(lambda: native_polygons(reached))
    native_s = native_points_s + native_polygons_s

    ours_xy = {}
    for f in result["OUTPUT_POINTS"].getFeatures():
        p = f.geometry().asPoint()
        ours_xy[(f["record_id"], f["seq"])] = (p.x(), p.y())
    mixed = {leg[0] for leg in legs if leg[4] == "true"}
    worst = {"grid": 0.0, "true": 0.0}
    compared = 0
    for k, layer in enumerate(reached, start=1):
        assert layer.featureCount() == records
        for f in layer.getFeatures():
            p = f.geometry().asPoint()
            gap = math.dist(ours_xy[(f["record_id"], k)], (p.x(), p.y()))
            kind = "true" if f["record_id"] in mixed else "grid"
            worst[kind] = max(worst[kind], gap)
            compared += 1
    assert compared == records * LEGS
    assert worst["grid"] < 0.01  # records of grid legs only: the same arithmetic
    assert worst["true"] < 0.01  # with true legs: geodesic vs convergence + scale factor
    ours_polygons = {f["record_id"]: f.geometry() for f in result["OUTPUT"].getFeatures()}
    assert polygons.featureCount() == records
    worst_polygon = max(
        ours_polygons[f["record_id"]].hausdorffDistance(f.geometry())
        for f in polygons.getFeatures()
    )
    assert worst_polygon < 0.01
    true_legs = sum(1 for leg in legs if leg[4] == "true")
    tools.record(
        f"traverse {records} records x {LEGS} legs ({true_legs} true)"
        + ("" if gpkg is None else ", gpkg legs"),
        ours,
        native_s,
        memory,
        f"native: 12 x (extractbyattribute, joinattributestable, projectpointcartesian) "
        f"{native_points_s:.2f} s + merge, pointstopath, linestopolygons "
        f"{native_polygons_s:.2f} s, peak {native_memory:.0f} MiB; max gap: points of grid "
        f"records {worst['grid'] * 1000:.2g} mm, with true legs {worst['true'] * 1000:.2g} mm, "
        f"polygons {worst_polygon * 1000:.2g} mm",
    )


def dated_start_layer(starts, days) -> QgsVectorLayer:
    """START points with a record_date (text, as a CSV gives it)."""
    layer = QgsVectorLayer(f"Point?crs={CRS}", "start", "memory")
    layer.dataProvider().addAttributes(
        [QgsField("record_id", QVariant.String), QgsField("record_date", QVariant.String)]
    )
    layer.updateFields()
    features = []
    for (record_id, x, y), day in zip(starts, days):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feature.setAttributes([record_id, day.isoformat()])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_traverse_2000_magnetic_records_with_igrf(provider, tools):
    from pyproj import Transformer

    from landrelease.core.traverse import magnetic_declinations

    starts, legs = generate(seed=14)
    rng = np.random.default_rng(14)
    first = datetime.date(1990, 1, 1).toordinal()
    days = [datetime.date.fromordinal(first + int(d)) for d in rng.integers(0, 13000, RECORDS)]
    start = dated_start_layer(starts, days)
    magnetic = [(*leg[:4], "magnetic", leg[5]) for leg in legs]
    params = {
        "LEGS": legs_layer(magnetic),
        "START": start,
        "OUTPUT": "memory:",
        "OUTPUT_POINTS": "memory:",
    }
    result, ours, memory = tools.timed(lambda: run("landrelease:traverse", params))
    assert result["RECORDS"] == RECORDS and result["FAILED"] == 0

    to_lonlat = Transformer.from_crs(CRS, "EPSG:4326", always_xy=True)
    lons, lats = to_lonlat.transform([s[1] for s in starts], [s[2] for s in starts])
    values = magnetic_declinations(lons, lats, days).tolist()
    expected = dict(zip((s[0] for s in starts), values))
    records = {f["record_id"]: f for f in result["OUTPUT"].getFeatures()}
    assert {f["declination_source"] for f in records.values()} == {"igrf"}
    worst_declination = max(
        abs(records[rid]["declination_deg"] - value) for rid, value in expected.items()
    )
    assert worst_declination < 1e-9

    # The same legs as true bearings turned by those declinations give the same points.
    true = [
        (leg[0], leg[1], leg[2], float(leg[3] + expected[leg[0]]) % 360.0, "true", leg[5])
        for leg in legs
    ]
    reference = run(
        "landrelease:traverse",
        {"LEGS": legs_layer(true), "START": start_layer(starts), "OUTPUT_POINTS": "memory:",
         "OUTPUT": "memory:"},
    )  # fmt: skip
    theirs = {
        (f["record_id"], f["seq"]): f.geometry().asPoint()
        for f in reference["OUTPUT_POINTS"].getFeatures()
    }
    worst_point = max(
        math.dist((p.x(), p.y()), (theirs[key].x(), theirs[key].y()))
        for key, p in (
            ((f["record_id"], f["seq"]), f.geometry().asPoint())
            for f in result["OUTPUT_POINTS"].getFeatures()
        )
    )
    assert worst_point < 1e-6
    tools.record(
        f"traverse {RECORDS} magnetic records, IGRF by date",
        ours,
        0.0,
        memory,
        f"{len(set(days))} dates; declination = magnetic_declinations to "
        f"{worst_declination:.1g}°, points = true bearings + declination to "
        f"{worst_point * 1000:.2g} mm",
    )


def test_traverse_20000_records_12_legs(provider, tools):
    """The issue's scale case: 20,000 records, ours beside the same native chain (last: the
    memory it leaves in the process would count in the peak of the cases after it)."""
    traverse_beside_native(tools, SCALE_RECORDS)
