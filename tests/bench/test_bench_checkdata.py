"""landrelease:checkdata at LOC scale, beside QGIS's validity and duplicate checks."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
)
from shapely import affinity

from landrelease.core.model import DIRECT_EVIDENCE_TYPES

N_HAZARDS, N_RELEASES, N_EVIDENCE = 50_000, 5_000, 20_000
BROKEN = 100  # of each kind below: about 1 % of the hazards in all


def run(algorithm, params):
    import processing  # QGIS's, on sys.path once the qgis_processing fixture has run

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(algorithm, params, context=context, feedback=QgsProcessingFeedback())


def hazard_set(line: shapely.LineString, seed: int = 11):
    """50,000 small quadrilaterals in 10 rows along the line, with known defects."""
    rng = np.random.default_rng(seed)
    per_row = N_HAZARDS // 10
    s = (np.arange(per_row) + 0.5) * line.length / per_row  # ~51 m apart along the line
    at = shapely.get_coordinates(shapely.line_interpolate_point(line, s))
    ahead = shapely.get_coordinates(shapely.line_interpolate_point(line, s + 1.0))
    tangent = (ahead - at) / np.hypot(*(ahead - at).T)[:, None]
    normal = np.column_stack([-tangent[:, 1], tangent[:, 0]])
    offsets = np.arange(-900.0, 1000.0, 200.0)  # 10 rows, 200 m apart
    centre = (at[None, :, :] + offsets[:, None, None] * normal[None, :, :]).reshape(-1, 2)
    t = np.tile(tangent, (10, 1))
    n = np.tile(normal, (10, 1))
    # corners (+-a along, +-b across), jittered: convex quadrilaterals of ~15-20 m
    a = rng.uniform(8, 12, (len(centre), 1))
    b = rng.uniform(8, 60, (len(centre), 1))
    signs = np.array([(-1, -1), (1, -1), (1, 1), (-1, 1)], dtype=float)
    corners = (
        centre[:, None, :]
        + signs[None, :, 0:1] * a[:, None, :] * t[:, None, :]
        + signs[None, :, 1:2] * b[:, None, :] * n[:, None, :]
        + rng.uniform(-2, 2, (len(centre), 4, 2))
    )
    rings = [list(map(tuple, c)) for c in corners]
    pick = rng.choice(9 * per_row, 5 * BROKEN, replace=False).reshape(5, BROKEN)
    pick[1] = 9 * per_row + rng.choice(per_row, BROKEN, replace=False)  # spikes: outer row
    for i in pick[0]:  # bow-ties
        r = rings[i]
        rings[i] = [r[0], r[2], r[1], r[3]]
    for i in pick[1]:  # a vertex typed in the wrong place: a 6 km spike, out of the belt
        r = rings[i]
        spike = (np.asarray(r[2]) + np.asarray(r[3])) / 2 + 6000.0 * n[i]
        rings[i] = [r[0], r[1], r[2], tuple(spike), r[3]]
    geoms = np.array([shapely.Polygon(r) for r in rings], dtype=object)
    for i in pick[2]:  # a copy of the neighbour (another id)
        geoms[i] = geoms[i - 1] if i else geoms[i + 1]
    for i in pick[3]:  # drawn over its neighbour across the row
        j = (i + per_row) % len(geoms)
        geoms[i] = affinity.translate(geoms[j], *(5.0 * n[j]))
    ids = np.array([f"SHA-{k:06d}" for k in range(len(geoms))], dtype=object)
    ids[pick[4][: BROKEN // 2]] = ids[pick[4][: BROKEN // 2] - 1]  # duplicate ids
    classification = np.where(rng.random(len(geoms)) < 0.1, "CHA", "SHA")
    district = np.array(["AGD"] * len(geoms), dtype=object)
    district[pick[4][BROKEN // 2 :]] = ""  # no district
    return geoms, {
        "hazard_id": ids,
        "classification": classification,
        "status": np.array(["open"] * len(geoms)),
        "district": district,
        "recorded_on": np.array(["2023-01-01"] * len(geoms)),
        "status_changed_on": np.array(["2023-03-01"] * len(geoms)),
    }


def release_set(hazards, ids, seed: int = 12):
    rng = np.random.default_rng(seed)
    which = rng.choice(len(hazards), N_RELEASES, replace=False)
    centres = shapely.centroid(hazards[which])
    scale = np.where(rng.random(N_RELEASES) < 0.01, 1.5, 0.6)  # 1 % too large, outside
    geoms = np.array(
        [
            affinity.scale(shapely.make_valid(g), f, f, origin=c)
            for g, f, c in zip(hazards[which], scale, centres)
        ],
        dtype=object,
    )
    end = np.where(rng.random(N_RELEASES) < 0.01, "2023-05-01", "2023-07-01")
    return geoms, {
        "release_id": np.array([f"LR-{k:05d}" for k in range(N_RELEASES)]),
        "hazard_id": ids[which],
        "activity": np.array(["clearance"] * N_RELEASES),
        "outcome": np.array(["cleared"] * N_RELEASES),
        "start_date": np.array(["2023-06-01"] * N_RELEASES),
        "end_date": end,
    }


def evidence_set(hazards, classification, seed: int = 13):
    rng = np.random.default_rng(seed)
    chas = np.flatnonzero(classification == "CHA")
    held = rng.choice(chas, int(0.95 * len(chas)), replace=False)  # 5 % of CHAs without
    inside = shapely.get_coordinates(shapely.point_on_surface(shapely.make_valid(hazards[held])))
    bounds = shapely.total_bounds(hazards)
    rest = N_EVIDENCE - len(inside)
    loose = rng.uniform(bounds[:2], bounds[2:], (rest, 2))
    xy = np.vstack([inside, loose])
    types = np.concatenate(
        [np.full(len(inside), "visual_mine"), rng.choice(["combat_zone", "detonation"], rest)]
    )
    return shapely.points(xy), {
        "evidence_id": np.array([f"EV-{k:05d}" for k in range(N_EVIDENCE)]),
        "evidence_type": types,
    }


# Rules of ours that no native algorithm or expression gives (left out of the native chain).
NOT_NATIVE = (
    "outside_area (the programme's districts)",
    "area_mismatch (ellipsoidal areas)",
    "remaining_mismatch (the accounting)",
    "bad_code, bad_date (the code lists and date forms)",
)


def native_chain(hazards, releases, evidence) -> dict:
    """checkdata's rules through QGIS's native algorithms, as an officer would chain them; the
    count of features each rule flags."""
    registry = QgsApplication.processingRegistry()
    validity = next(
        a
        for a in ("native:checkvalidity", "qgis:checkvalidity")
        if registry.algorithmById(a) is not None
    )

    def extract(layer, expression):
        return run(
            "native:extractbyexpression",
            {"INPUT": layer, "EXPRESSION": expression, "OUTPUT": "memory:"},
        )["OUTPUT"]

    def indexed(layer):  # a memory layer is searched feature by feature without one
        run("native:createspatialindex", {"INPUT": layer})
        return layer

    def located(layer, predicate, other):
        return run(
            "native:extractbylocation",
            {"INPUT": layer, "PREDICATE": [predicate], "INTERSECT": other, "OUTPUT": "memory:"},
        )["OUTPUT"]

    counts = {"invalid_geometry": 0}
    for layer, id_field in (
        (hazards, "hazard_id"),
        (releases, "release_id"),
        (evidence, "evidence_id"),
    ):
        checked = run(
            validity,
            {"INPUT_LAYER": layer, "METHOD": 2, "VALID_OUTPUT": "memory:",
             "INVALID_OUTPUT": "memory:", "ERROR_OUTPUT": "memory:"},
        )  # fmt: skip
        counts["invalid_geometry"] += checked["INVALID_COUNT"]
        run("native:deleteduplicategeometries", {"INPUT": layer, "OUTPUT": "memory:"})
        run(
            "native:removeduplicatesbyattribute",
            {"INPUT": layer, "FIELDS": [id_field], "OUTPUT": "memory:", "DUPLICATES": "memory:"},
        )
        extract(layer, f"\"{id_field}\" IS NULL OR trim(\"{id_field}\") = '' "
                       "OR num_geometries($geometry) > 1")  # fmt: skip
    counts["missing_district"] = extract(
        hazards, '"district" IS NULL OR trim("district") = \'\''
    ).featureCount()
    long_segments = 0
    for layer, id_field in ((hazards, "hazard_id"), (releases, "release_id")):
        lines = run("native:polygonstolines", {"INPUT": layer, "OUTPUT": "memory:"})["OUTPUT"]
        segments = run("native:explodelines", {"INPUT": lines, "OUTPUT": "memory:"})["OUTPUT"]
        long = extract(segments, "$length > 5000")
        long_segments += len({f[id_field] for f in long.getFeatures()})
    counts["long_segment"] = long_segments
    for classification in ("SHA", "CHA"):  # overlaps within one classification
        same = indexed(extract(hazards, f"\"classification\" = '{classification}'"))
        located(same, 5, same)
    chas = extract(hazards, "\"classification\" = 'CHA'")
    types = ", ".join(f"'{t}'" for t in sorted(DIRECT_EVIDENCE_TYPES))
    direct = extract(evidence, f'"evidence_type" IN ({types})')
    located(chas, 2, direct)  # CHAs disjoint from every direct evidence point
    located(releases, 6, hazards)  # within a hazard (the rest are outside, in part or whole)
    counts["date_order"] = extract(releases, "to_date(\"end_date\") < to_date(\"start_date\")"
                                   ).featureCount()  # fmt: skip
    hazard_areas = run(
        "native:fieldcalculator",
        {"INPUT": hazards, "FIELD_NAME": "hazard_area", "FIELD_TYPE": 0, "FIELD_LENGTH": 20,
         "FIELD_PRECISION": 2, "FORMULA": "$area", "OUTPUT": "memory:"},
    )["OUTPUT"]  # fmt: skip
    joined = run(
        "native:joinattributestable",
        {"INPUT": releases, "FIELD": "hazard_id", "INPUT_2": hazard_areas,
         "FIELD_2": "hazard_id", "FIELDS_TO_COPY": ["hazard_area"], "METHOD": 1,
         "DISCARD_NONMATCHING": False, "OUTPUT": "memory:"},
    )["OUTPUT"]  # fmt: skip
    extract(joined, '$area > "hazard_area" + 1')
    return counts


@pytest.mark.parametrize("storage", ["memory", "gpkg"])
def test_checkdata_50k_hazards(qgis_processing, loc, tools, storage, tmp_path):
    from landrelease.processing.checkdata import CheckData

    hazard_geoms, hazard_columns = hazard_set(loc["line"])
    release_geoms, release_columns = release_set(hazard_geoms, hazard_columns["hazard_id"])
    evidence_geoms, evidence_columns = evidence_set(hazard_geoms, hazard_columns["classification"])
    if storage == "gpkg":  # as in the land release database: read in bulk
        hazards = tools.gpkg_layer(
            tmp_path / "hazard.gpkg", "Polygon", hazard_geoms, hazard_columns
        )
        releases = tools.gpkg_layer(
            tmp_path / "land_release.gpkg", "Polygon", release_geoms, release_columns
        )
        evidence = tools.gpkg_layer(
            tmp_path / "evidence.gpkg", "Point", evidence_geoms, evidence_columns
        )
    else:
        hazards = tools.memory_layer("Polygon", hazard_geoms, hazard_columns)
        releases = tools.memory_layer("Polygon", release_geoms, release_columns)
        evidence = tools.memory_layer("Point", evidence_geoms, evidence_columns)
    assert hazards.featureCount() == N_HAZARDS

    params = {"HAZARDS": hazards, "RELEASES": releases, "EVIDENCE": evidence, "OUTPUT": "memory:"}
    result, ours, memory = tools.timed(lambda: run(CheckData().create(), params))
    counts = {}
    for f in result["OUTPUT"].getFeatures():
        counts[f["code"]] = counts.get(f["code"], 0) + 1

    native_result, native_s, _ = tools.timed(lambda: native_chain(hazards, releases, evidence))
    tools.record(
        f"checkdata 50k hazards + 5k releases + 20k evidence ({storage})",
        ours,
        native_s,
        memory,
        f"{result['ERRORS']} errors, {result['WARNINGS']} warnings; native: the same rules "
        f"but {', '.join(NOT_NATIVE)}",
    )
    print(f"\ncheckdata: {ours:.2f} s, {memory:.0f} MiB peak; native chain {native_s:.2f} s")
    print("findings per code:", dict(sorted(counts.items())))

    # Every planted defect is found.
    assert counts["invalid_geometry"] >= BROKEN
    assert counts["long_segment"] >= BROKEN
    assert counts["duplicate_geometry"] >= BROKEN
    assert counts["duplicate_id"] >= BROKEN  # each pair: two findings
    assert counts["missing_district"] == BROKEN // 2
    assert counts["overlap"] >= BROKEN
    assert counts["cha_without_evidence"] >= 200
    assert counts["release_outside_hazard"] >= 30
    assert counts["release_larger_than_hazard"] >= 30
    assert counts["date_order"] >= 30
    assert native_result["invalid_geometry"] >= BROKEN
    assert native_result["long_segment"] >= BROKEN
    assert native_result["missing_district"] == counts["missing_district"]
    assert native_result["date_order"] == counts["date_order"]
    assert ours < 10.0
