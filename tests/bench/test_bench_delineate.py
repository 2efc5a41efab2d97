"""Delineation at LOC scale, beside the equivalent chain of QGIS native algorithms."""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject


def run(algorithm_id, params):
    import processing  # QGIS's, on sys.path once the qgis_processing fixture has run

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(algorithm_id, params, context=context, feedback=QgsProcessingFeedback())


@pytest.mark.parametrize("storage", ["memory", "gpkg"])
def test_cha_100k_points(provider, loc, tools, storage, tmp_path):
    xy, types = loc["evidence"]
    import shapely

    if storage == "gpkg":  # read in bulk (qgis_io.bulk), as from the land release database
        evidence = tools.gpkg_layer(
            tmp_path / "evidence.gpkg", "Point", shapely.points(xy), {"evidence_type": types}
        )
    else:
        evidence = tools.memory_layer("Point", shapely.points(xy), {"evidence_type": types})
    fields = tools.memory_layer("Polygon", loc["minefields"])
    params = {"CLUSTER_DISTANCE": 100, "MARGIN": 50, "OUTPUT": "memory:"}

    result, ours, memory = tools.timed(
        lambda: run(
            "landrelease:delineatecha", {**params, "EVIDENCE": evidence, "MINEFIELDS": fields}
        )
    )
    count = result["OUTPUT"].featureCount()

    def native():
        direct = run(
            "native:extractbyexpression",
            {
                "INPUT": evidence,
                "EXPRESSION": "\"evidence_type\" = 'visual_mine'",
                "OUTPUT": "memory:",
            },
        )["OUTPUT"]
        grown = run(
            "native:buffer",
            {"INPUT": direct, "DISTANCE": 50, "SEGMENTS": 5, "DISSOLVE": True, "OUTPUT": "memory:"},
        )["OUTPUT"]
        parts = run("native:multiparttosingleparts", {"INPUT": grown, "OUTPUT": "memory:"})[
            "OUTPUT"
        ]
        hulls = run("native:convexhull", {"INPUT": parts, "OUTPUT": "memory:"})["OUTPUT"]
        merged = run("native:mergevectorlayers", {"LAYERS": [hulls, fields], "OUTPUT": "memory:"})[
            "OUTPUT"
        ]
        dissolved = run("native:dissolve", {"INPUT": merged, "OUTPUT": "memory:"})["OUTPUT"]
        return run("native:multiparttosingleparts", {"INPUT": dissolved, "OUTPUT": "memory:"})

    native_result, native_s, _ = tools.timed(native)
    tools.record(
        f"CHA 100k points ({storage}) + 2k minefields -> {count} CHA",
        ours,
        native_s,
        memory,
        f"native: extract, buffer+dissolve, singleparts, hull, merge, dissolve "
        f"-> {native_result['OUTPUT'].featureCount()}",
    )
    assert count > 100


def test_sha_254km_13_districts_1km_segments(provider, loc, tools):
    line = tools.memory_layer("LineString", [loc["line"]])
    codes = [code for code, _ in loc["districts"]]
    districts = tools.memory_layer("Polygon", [g for _, g in loc["districts"]], {"code": codes})
    params = {
        "LINE": line,
        "DEPTH_LEFT": 500,
        "DEPTH_RIGHT": 500,
        "DISTRICTS": districts,
        "DISTRICT_FIELD": "code",
        "OUTPUT": "memory:",
    }
    result, ours, memory = tools.timed(
        lambda: run("landrelease:delineatesha", {**params, "SEGMENT_LENGTH": 1000})
    )
    count = result["OUTPUT"].featureCount()
    _, ours_unsplit, _ = tools.timed(lambda: run("landrelease:delineatesha", params))

    def native():
        sides = [
            run(
                "native:singlesidedbuffer",
                {"INPUT": line, "DISTANCE": 500, "SIDE": side, "SEGMENTS": 8, "JOIN_STYLE": 0,
                 "OUTPUT": "memory:"},
            )["OUTPUT"]
            for side in (0, 1)
        ]  # fmt: skip
        merged = run("native:mergevectorlayers", {"LAYERS": sides, "OUTPUT": "memory:"})["OUTPUT"]
        belt = run("native:dissolve", {"INPUT": merged, "OUTPUT": "memory:"})["OUTPUT"]
        split = run(
            "native:intersection", {"INPUT": belt, "OVERLAY": districts, "OUTPUT": "memory:"}
        )["OUTPUT"]
        return run("native:multiparttosingleparts", {"INPUT": split, "OUTPUT": "memory:"})

    _, native_s, _ = tools.timed(native)
    tools.record(
        f"SHA 254 km, 13 districts, 1 km segments -> {count}", ours, native_s, memory,
        "native chain has no 1 km segmenting",
    )  # fmt: skip
    tools.record(
        "SHA 254 km, 13 districts, no segments",
        ours_unsplit,
        native_s,
        memory,
        "native: 2 single-sided buffers, merge, dissolve, intersection, singleparts",
    )
    assert count > 200
