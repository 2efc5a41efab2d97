"""A GeoPackage the officer added to the project as it is (not a land release database, not in
WAL mode): running an algorithm on it leaves its layers readable (opening another table of the
file with WAL forced made QGIS's read-only connections fail: "unable to open database file"),
and the log has no word about recomputing figures it does not hold (it showed the SQL that
failed)."""

from __future__ import annotations

from pathlib import Path

import shapely
from osgeo import ogr, osr
from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject, QgsVectorLayer


def plain_gpkg(path: Path, table: str, geometries, columns: dict) -> QgsVectorLayer:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32638)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer(table, srs, ogr.wkbUnknown)
    for name in columns:
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for k, geometry in enumerate(geometries):
        feature = ogr.Feature(layer.GetLayerDefn())
        for name, values in columns.items():
            feature.SetField(name, values[k])
        feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(geometry)))
        layer.CreateFeature(feature)
    dataset = None
    result = QgsVectorLayer(f"{path}|layername={table}", table, "ogr")
    assert result.isValid() and result.featureCount() == len(geometries)
    return result


class Warnings(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.texts = []

    def pushWarning(self, text):
        self.texts.append(text)


def run(algorithm_id, params):
    """The algorithm's results; no warning about recomputing figures of a GeoPackage that is not
    a land release database (it has nothing of ours to recompute)."""
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = Warnings()
    result = processing.run(algorithm_id, params, context=context, feedback=feedback)
    assert not [t for t in feedback.texts if "SQL" in t or "sqlite" in t or "recomput" in t]
    return result


def test_releasesummary_leaves_the_inputs_readable(provider, tmp_path):
    squares = [shapely.box(x, 4400000, x + 200, 4400200) for x in (600000, 601000)]
    hazards = plain_gpkg(tmp_path / "hazard.gpkg", "hazard", squares, {"hazard_id": ["H-1", "H-2"]})
    releases = plain_gpkg(
        tmp_path / "land_release.gpkg", "land_release",
        [shapely.box(600000, 4400000, 600100, 4400200)],
        {"release_id": ["LR-1"], "outcome": ["cleared"], "end_date": ["2024-05-01"]},
    )  # fmt: skip
    result = run(
        "landrelease:releasesummary",
        {"HAZARDS": hazards, "RELEASES": releases, "OUTPUT": "memory:",
         "OUTPUT_REMAINING": "memory:", "OUTPUT_ISSUES": "memory:"},
    )  # fmt: skip
    cleared = {f["hazard_id"]: f["cleared_m2"] for f in result["OUTPUT"].getFeatures()}
    assert round(cleared["H-1"], -2) == 20000 and cleared["H-2"] == 0
    assert len(list(hazards.getFeatures())) == 2
    assert len(list(releases.getFeatures())) == 1
    assert not (tmp_path / "hazard.gpkg-wal").exists()


def test_delineatecha_leaves_its_evidence_readable(provider, tmp_path):
    points = [shapely.Point(600000 + 20 * k, 4400000 + 15 * (k % 3)) for k in range(8)]
    evidence = plain_gpkg(
        tmp_path / "evidence.gpkg", "evidence", points,
        {"evidence_id": [f"E-{k}" for k in range(8)], "evidence_type": ["visual_mine"] * 8},
    )  # fmt: skip
    result = run(
        "landrelease:delineatecha",
        {"EVIDENCE": evidence, "CLUSTER_DISTANCE": 100, "MARGIN": 20, "OUTPUT": "memory:"},
    )
    assert result["OUTPUT"].featureCount() == 1
    assert len(list(evidence.getFeatures())) == 8
