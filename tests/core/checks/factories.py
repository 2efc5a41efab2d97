"""What the tests of core/checks/ build: layers from rows, the broken set and its expected
findings, places in UTM 38N."""

from __future__ import annotations

from datetime import date

import numpy as np
import shapely
from pyproj import Geod, Transformer

from landrelease.core import area, model
from landrelease.core.checks import EVIDENCE, HAZARD, RELEASE, LayerData, LogAudit


def sq(x, y, size=100.0):
    return shapely.box(x, y, x + size, y + size)


def layer(name, rows, id_field=None):
    """LayerData from (geometry, attributes) rows; labels: the id, else the row number."""
    id_field = id_field or model.layer(name).id_field
    names = []
    for _g, attributes in rows:
        names += [k for k in attributes if k not in names]
    columns = {n: [a.get(n) for _g, a in rows] for n in names}
    labels = [
        str(a[id_field]) if a.get(id_field) not in (None, "") else str(k)
        for k, (_g, a) in enumerate(rows)
    ]
    return LayerData(name, [g for g, _a in rows], labels, columns)


def hazard(hid, classification="SHA", district="AGD", **more):
    return {
        "hazard_id": hid,
        "classification": classification,
        "status": "open",
        "district": district,
        "recorded_on": date(2023, 1, 1),
        "status_changed_on": date(2023, 2, 1),
        **more,
    }


def release(rid, hid, **more):
    return {
        "release_id": rid,
        "hazard_id": hid,
        "activity": "clearance",
        "outcome": "cleared",
        "start_date": date(2023, 6, 1),
        "end_date": date(2023, 6, 30),
        **more,
    }


def evidence(eid, etype):
    return {"evidence_id": eid, "evidence_type": etype}


AZ, CYR = "SHA-AĞD-0001", "СХА-Шуша-01"


BOW_TIE = shapely.Polygon([(1000, 0), (1100, 100), (1100, 0), (1000, 100), (1000, 0)])


SPIKE = shapely.Polygon([(4000, 0), (4100, 0), (4100, 100), (4050, 6100), (4000, 100)])


TWO_VERTICES = shapely.from_wkt("POLYGON((16000 0, 16010 0, 16000 0, 16000 0))")


H09_ROTATED = shapely.Polygon([(10100, 100), (10000, 100), (10000, 0), (10100, 0)])


def broken_set():
    hazards = layer(
        HAZARD,
        [
            (sq(0, 0), hazard("H-01", "CHA")),
            (BOW_TIE, hazard("H-02")),
            (sq(2000, 0), hazard("H-03")),
            (sq(2200, 0), hazard("H-03")),
            (SPIKE, hazard("H-04")),
            (sq(6000, 0), hazard("H-05")),
            (sq(6050, 0), hazard("H-06")),
            (sq(6149.5, 0), hazard("H-07")),  # 50 m² = 0.5 % on H-06: below the threshold
            (sq(8000, 0), hazard("H-08", "CHA")),
            (sq(10000, 0), hazard("H-09", district=None)),
            (sq(12000, 0), hazard("H-10", classification=None)),
            (sq(14000, 0), hazard("H-11", status_changed_on=date(2022, 12, 31))),
            (H09_ROTATED, hazard("H-12")),
            (TWO_VERTICES, hazard("H-13")),
            (None, hazard("H-14")),
            (sq(18000, 0), hazard(None)),  # label "15"
            (sq(20000, 0), hazard(AZ)),
            (sq(20050, 0), hazard(CYR)),
        ],
    )
    releases = layer(
        RELEASE,
        [
            (sq(10, 10, 20), release("R-01", "H-01")),
            (shapely.box(50, 0, 150, 50), release("R-02", "H-01")),  # 2500 m² outside
            (sq(20, 20, 10), release("R-03", "H-99")),
            (shapely.box(6000, 0, 6150, 100), release("R-04", "H-05")),  # inside H-05 ∪ H-06
            (sq(30, 30, 10), release("R-05", "H-01", end_date=date(2023, 5, 31))),
            (sq(60, 60, 10), release("R-06", "H-01")),
            (sq(70, 70, 10), release("R-06", "H-01")),
            (sq(5, 70, 10), release("R-07", "H-01", activity=" ")),
            (sq(20010, 10, 10), release("ОР-Шуша-1", "Ханкәнди-7")),
        ],
    )
    points = layer(
        EVIDENCE,
        [
            (shapely.Point(50, 50), evidence("E-01", "visual_mine")),
            (shapely.Point(8050, 50), evidence("E-02", "combat_zone")),
            (shapely.Point(50.004, 50), evidence("E-03", "visual_mine")),
            (shapely.Point(20, 80), evidence(None, "visual_erw")),  # label "3"
            (shapely.Point(5000, 5000), evidence("E-05", "detonation")),
            (shapely.Point(5100, 5000), evidence("E-05", "marking")),
            (shapely.Point(25000, -4_430_000), evidence("E-07", "combat_zone")),  # the equator
        ],
    )
    return hazards, releases, points


# The broken set's coordinates are metres from 46.5° E, 40° N; the area is around them.
LOCAL = "+proj=tmerc +lat_0=40 +lon_0=46.5 +k=1 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs"


AROUND = area.from_extent(46.4, 39.9, 46.9, 40.2)


AREAS = {HAZARD: AROUND, RELEASE: AROUND, EVIDENCE: AROUND}


EXPECTED = [
    (EVIDENCE, "duplicate_geometry", "E-03"),
    (EVIDENCE, "duplicate_id", "E-05"),
    (EVIDENCE, "duplicate_id", "E-05"),
    (EVIDENCE, "missing_field", "3"),
    (EVIDENCE, "outside_area", "E-07"),
    (HAZARD, "cha_without_evidence", "H-08"),
    (HAZARD, "date_order", "H-11"),
    (HAZARD, "duplicate_geometry", "H-12"),
    (HAZARD, "duplicate_id", "H-03"),
    (HAZARD, "duplicate_id", "H-03"),
    (HAZARD, "invalid_geometry", "H-02"),
    (HAZARD, "invalid_geometry", "H-14"),
    (HAZARD, "long_segment", "H-04"),
    (HAZARD, "missing_district", "H-09"),
    (HAZARD, "missing_field", "15"),
    (HAZARD, "missing_field", "H-10"),
    (HAZARD, "overlap", "H-05"),
    (HAZARD, "overlap", AZ),
    (HAZARD, "too_few_vertices", "H-13"),
    (RELEASE, "date_order", "R-05"),
    (RELEASE, "duplicate_id", "R-06"),
    (RELEASE, "duplicate_id", "R-06"),
    (RELEASE, "missing_field", "R-07"),
    (RELEASE, "release_larger_than_hazard", "R-04"),
    (RELEASE, "release_outside_hazard", "R-02"),
    (RELEASE, "unknown_hazard", "R-03"),
    (RELEASE, "unknown_hazard", "ОР-Шуша-1"),
]


INTEGRITY = {
    "bad_code", "bad_date", "multipart", "area_mismatch", "remaining_mismatch", "log_mismatch",
}  # fmt: skip


def triples(findings):
    return [(f.layer, f.code, f.feature_id) for f in findings]


def by(findings, code, feature_id=None):
    found = [f for f in findings if f.code == code and feature_id in (None, f.feature_id)]
    assert found, (code, feature_id)
    return found


GEOD = Geod(ellps="WGS84")


UTM38 = "EPSG:32638"


TO_UTM = Transformer.from_crs(4326, UTM38, always_xy=True)


DISTRICTS = area.from_extent(45.5, 38.8, 47.2, 40.6)  # roughly the districts' extent, + 10 km


def utm_point(lon, lat):
    return shapely.Point(*TO_UTM.transform(lon, lat))


def utm_polygon(*lon_lat):
    return shapely.Polygon([TO_UTM.transform(lon, lat) for lon, lat in lon_lat])


TODAY = date(2026, 12, 7)


X0, Y0 = 640_000.0, 4_425_000.0  # UTM 38N near Aghdam


TO_LONLAT = Transformer.from_crs(UTM38, 4326, always_xy=True)


def usq(x, y, size=100.0):
    """A square in UTM 38N, ``x``, ``y`` metres from X0, Y0."""
    return sq(X0 + x, Y0 + y, size)


def geod_area(geometry) -> float:
    """Independent reference: pyproj's geodesic area of the polygon's vertices (holes out)."""
    total = 0.0
    for part in shapely.get_parts(geometry):
        rings = [part.exterior, *part.interiors]
        areas = []
        for ring in rings:
            lon, lat = TO_LONLAT.transform(*np.asarray(ring.coords).T)
            areas.append(abs(GEOD.polygon_area_perimeter(lon, lat)[0]))
        total += areas[0] - sum(areas[1:])
    return total


def codes_of(findings, code):
    return [(f.feature_id, f.severity, f.message) for f in findings if f.code == code]


def audit(**facts):
    return LogAudit(database="/data/agdam.gpkg", **facts)
