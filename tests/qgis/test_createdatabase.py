"""landrelease:createdatabase on a real GeoPackage, read back through QGIS, OGR and SQLite."""

from __future__ import annotations

import hashlib
import re
import sqlite3

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDistanceArea,
    QgsExpression,
    QgsExpressionContext,
    QgsFeature,
    QgsFieldConstraints,
    QgsGeometry,
    QgsProcessingException,
    QgsProject,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
    QgsVectorLayerUtils,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from landrelease.core import model
from landrelease.storage.database import load_database

QVARIANT = {
    model.TEXT: QVariant.String,
    model.INTEGER: QVariant.Int,
    model.REAL: QVariant.Double,
    model.DATE: QVariant.Date,
    model.DATETIME: QVariant.DateTime,
}
GEOMETRY = {
    "Point": QgsWkbTypes.Point,
    "LineString": QgsWkbTypes.LineString,
    "Polygon": QgsWkbTypes.Polygon,
    "MultiPolygon": QgsWkbTypes.MultiPolygon,
    None: QgsWkbTypes.NoGeometry,
}
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
# A 100 m x 100 m square in UTM 38N near Aghdam, away from the central meridian (45 E).
SQUARE_WKT = (
    "POLYGON((640000 4425000, 640100 4425000, 640100 4425100, 640000 4425100, 640000 4425000))"
)


def open_layer(path, name) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert layer.isValid(), name
    return layer


@pytest.fixture
def project():
    project = QgsProject.instance()
    project.clear()
    yield project
    project.clear()


@pytest.mark.parametrize("definition", model.LAYERS, ids=lambda d: d.name)
def test_every_layer_with_its_fields_types_and_crs(new_gpkg, definition):
    layer = open_layer(new_gpkg, definition.name)
    assert layer.wkbType() == GEOMETRY[definition.geometry]
    if definition.geometry:
        assert layer.crs().authid() == "EPSG:32638"
    fields = layer.fields()
    for f in definition.fields:
        idx = fields.indexOf(f.name)
        assert idx >= 0, f"{definition.name}.{f.name} missing"
        assert fields.at(idx).type() == QVARIANT[f.type], f"{definition.name}.{f.name}"
    assert set(fields.names()) == {"fid", *definition.field_names()}


def test_provider_constraints_not_null_and_unique(new_gpkg):
    hazard = open_layer(new_gpkg, "hazard")
    constraints = hazard.fields().field("hazard_id").constraints()
    assert constraints.constraints() & QgsFieldConstraints.ConstraintNotNull
    assert constraints.constraints() & QgsFieldConstraints.ConstraintUnique
    assert (
        constraints.constraintOrigin(QgsFieldConstraints.ConstraintUnique)
        == QgsFieldConstraints.ConstraintOriginProvider
    )
    remarks = hazard.fields().field("remarks").constraints()
    assert not remarks.constraints() & QgsFieldConstraints.ConstraintNotNull


def test_database_rejects_missing_and_duplicate_ids(new_gpkg):
    """Rows written by another program (GDAL here) meet the same NOT NULL/UNIQUE rules."""
    from osgeo import gdal, ogr

    def execute(ds, sql):
        gdal.ErrorReset()
        try:
            ds.ExecuteSQL(sql)
        except RuntimeError as error:  # QGIS 3.40's Processing turns on gdal.UseExceptions()
            return str(error)
        return gdal.GetLastErrorMsg()

    ds = ogr.Open(str(new_gpkg), update=1)
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        insert = "INSERT INTO hazard (hazard_id, classification) VALUES ('SHA-AGD-0001', 'SHA')"
        assert execute(ds, insert) == ""
        assert "UNIQUE" in execute(ds, insert)
        assert "NOT NULL" in execute(ds, "INSERT INTO hazard (classification) VALUES ('CHA')")
    finally:
        gdal.PopErrorHandler()
        ds = None
    con = sqlite3.connect(new_gpkg)
    try:
        rows = con.execute("SELECT hazard_id, status, uuid, created_at FROM hazard").fetchall()
    finally:
        con.close()
    assert len(rows) == 1
    hazard_id, status, uuid, created_at = rows[0]
    assert hazard_id == "SHA-AGD-0001"
    assert status == "open"  # column default
    assert UUID.match(uuid)  # filled by the trigger for rows written outside QGIS
    assert re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", created_at)


def test_styles_stored_in_the_file_as_default(new_gpkg):
    con = sqlite3.connect(new_gpkg)
    try:
        rows = con.execute(
            "SELECT f_table_name, useAsDefault, styleQML FROM layer_styles"
        ).fetchall()
    finally:
        con.close()
    by_layer = {name: (default, qml) for name, default, qml in rows}
    assert set(by_layer) == {lyr.name for lyr in model.LAYERS}
    assert all(default for default, _ in by_layer.values())
    hazard_qml = by_layer["hazard"][1]
    assert "RuleRenderer" in hazard_qml or "rule-based" in hazard_qml.lower()
    assert "classification" in hazard_qml and "ValueMap" in hazard_qml


def test_hazard_symbology_imas_colours(new_gpkg):
    layer = open_layer(new_gpkg, "hazard")  # default style loaded from the file
    renderer = layer.renderer()
    assert isinstance(renderer, QgsRuleBasedRenderer)
    rules = {r.filterExpression(): r for r in renderer.rootRule().descendants()}
    cha = rules["\"classification\" = 'CHA'"].symbol()
    sha = rules["\"classification\" = 'SHA'"].symbol()
    assert cha.symbolLayer(0).color().name() == "#ff0000"
    assert sha.symbolLayer(0).color().name() == "#f4a718"
    assert cha.symbolLayer(0).color().alphaF() == pytest.approx(0.5, abs=0.01)
    outlines = {
        code: rules[f"\"status\" = '{code}'"].symbol().symbolLayer(0)
        for code in ("open", "worked_on", "closed")
    }
    assert outlines["open"].color().name() == "#ff0000"
    assert outlines["worked_on"].color().name() == "#f4a718"
    assert outlines["worked_on"].penStyle() != outlines["open"].penStyle()  # patterned
    assert outlines["closed"].color().name() == "#00a651"
    # A hazard whose figures are being recomputed (status 'unknown') has an outline of its own.
    recomputed = next(
        r
        for r in rules.values()
        if "NOT IN ('open', 'worked_on', 'closed')" in (r.filterExpression() or "")
    )
    feature = QgsFeature(layer.fields())
    feature["status"] = "unknown"
    context = QgsExpressionContext()
    context.setFeature(feature)
    assert QgsExpression(recomputed.filterExpression()).evaluate(context)
    assert recomputed.symbol().symbolLayer(0).penStyle() not in (
        outlines["open"].penStyle(),
        outlines["worked_on"].penStyle(),
    )


def test_release_fills_differ_by_outcome(new_gpkg):
    layer = open_layer(new_gpkg, "land_release")  # keep it alive: it owns the renderer
    renderer = layer.renderer()
    fills = {c.value(): c.symbol().symbolLayer(0).color().name() for c in renderer.categories()}
    assert set(fills) == {"cancelled", "reduced", "cleared"}
    assert len(set(fills.values())) == 3


def test_forms_widgets_and_defaults(new_gpkg):
    layer = open_layer(new_gpkg, "hazard")
    fields = layer.fields()
    setup = layer.editorWidgetSetup(fields.indexOf("classification"))
    assert setup.type() == "ValueMap"
    codes = [list(entry.values())[0] for entry in setup.config()["map"]]
    assert codes == ["SHA", "CHA"]
    labels = [list(entry.keys())[0] for entry in setup.config()["map"]]
    assert labels[0].startswith("SHA")
    assert layer.editorWidgetSetup(fields.indexOf("recorded_on")).type() == "DateTime"
    assert layer.attributeAlias(fields.indexOf("estimated_area_m2")) == "Estimated area (m²)"
    assert layer.defaultValueDefinition(fields.indexOf("uuid")).expression().startswith("uuid(")
    area_default = layer.defaultValueDefinition(fields.indexOf("estimated_area_m2"))
    assert "$area" in area_default.expression() and area_default.applyOnUpdate()
    assert layer.editFormConfig().readOnly(fields.indexOf("estimated_area_m2"))
    assert not layer.editFormConfig().readOnly(fields.indexOf("remarks"))
    release = open_layer(new_gpkg, "land_release")
    outcome = release.editorWidgetSetup(release.fields().indexOf("outcome")).config()["map"]
    assert [list(e.values())[0] for e in outcome] == ["cancelled", "reduced", "cleared"]


def test_loaded_database_has_group_relations_and_derived_values(new_gpkg, project):
    layers = load_database(str(new_gpkg), project)
    group = project.layerTreeRoot().findGroup("landrelease")
    assert group is not None
    assert [node.layer().name() for node in group.findLayers()] == list(model.DISPLAY_ORDER)
    # the layer tree says what each layer is, in words; the layers keep their table names
    assert [node.name() for node in group.findLayers()] == [
        model.layer(name).label for name in model.DISPLAY_ORDER
    ]
    relations = project.relationManager().relations()
    assert relations["hazard_land_release"].isValid()
    assert relations["hazard_survey_point"].isValid()
    assert relations["hazard_land_release"].referencedLayer() is layers["hazard"]
    assert project.ellipsoid() == "EPSG:7030"

    release = layers["land_release"]
    widget = release.editorWidgetSetup(release.fields().indexOf("hazard_id"))
    assert widget.type() == "RelationReference"
    assert widget.config()["Relation"] == "hazard_land_release"
    # the hazard's district is picked from the database's districts, not typed
    district = layers["hazard"].editorWidgetSetup(layers["hazard"].fields().indexOf("district"))
    assert district.type() == "ValueRelation"
    config = district.config()
    assert (config["Layer"], config["Key"], config["Value"]) == (
        layers["district"].id(),
        "code",
        "name",
    )

    hazard = layers["hazard"]
    feature = QgsVectorLayerUtils.createFeature(
        hazard,
        QgsGeometry.fromWkt(SQUARE_WKT),
        {
            hazard.fields().indexOf("hazard_id"): "CHA-AGD-0001",
            hazard.fields().indexOf("classification"): "CHA",
        },
    )
    assert hazard.startEditing()
    assert hazard.addFeature(feature)
    assert hazard.commitChanges(), hazard.commitErrors()
    saved = next(open_layer(new_gpkg, "hazard").getFeatures())
    da = QgsDistanceArea()
    da.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:32638"), project.transformContext())
    da.setEllipsoid("EPSG:7030")
    ellipsoidal = da.measureArea(QgsGeometry.fromWkt(SQUARE_WKT))
    assert saved["estimated_area_m2"] == pytest.approx(ellipsoidal, abs=0.01)
    assert abs(saved["estimated_area_m2"] - 10000.0) > 1.0  # not the planar UTM area
    assert saved["status"] == "open"
    assert UUID.match(saved["uuid"])
    assert saved["created_at"] is not None and not saved["created_at"].isNull()


def test_azerbaijani_and_cyrillic_text_round_trip(new_gpkg):
    texts = {
        "name": "Ağdərə",
        "name_en": "Минное поле «Горадиз» — şüşə, çöl, ıslaq, öküz, ğ",
    }
    layer = open_layer(new_gpkg, "district")
    feature = QgsFeature(layer.fields())
    feature["code"] = "AGR"
    for key, value in texts.items():
        feature[key] = value
    feature.setGeometry(QgsGeometry.fromWkt("MULTIPOLYGON(((0 0, 10 0, 10 10, 0 0)))"))
    assert layer.dataProvider().addFeatures([feature])[0]
    again = next(open_layer(new_gpkg, "district").getFeatures())
    for key, value in texts.items():
        assert again[key] == value


def test_refuses_to_overwrite_an_existing_file(new_gpkg, provider):
    import processing

    before = hashlib.sha256(new_gpkg.read_bytes()).hexdigest()
    with pytest.raises(QgsProcessingException, match="already exists"):
        processing.run("landrelease:createdatabase", {"OUTPUT": str(new_gpkg), "CRS": "EPSG:32638"})
    assert hashlib.sha256(new_gpkg.read_bytes()).hexdigest() == before


def test_refuses_any_existing_file(tmp_path, provider):
    import processing

    path = tmp_path / "notes.gpkg"
    path.write_text("not a database", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="already exists"):
        processing.run("landrelease:createdatabase", {"OUTPUT": str(path), "CRS": "EPSG:32638"})
    assert path.read_text(encoding="utf-8") == "not a database"


def test_other_crs_and_no_leftover_files(tmp_path, provider):
    import processing

    path = tmp_path / "ukraine.gpkg"
    processing.run("landrelease:createdatabase", {"OUTPUT": str(path), "CRS": "EPSG:32636"})
    assert open_layer(path, "hazard").crs().authid() == "EPSG:32636"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ukraine.gpkg"]


def test_missing_folder_is_a_clear_error(tmp_path, provider):
    import processing

    with pytest.raises(QgsProcessingException, match="does not exist"):
        processing.run(
            "landrelease:createdatabase",
            {"OUTPUT": str(tmp_path / "nowhere" / "db.gpkg"), "CRS": "EPSG:32638"},
        )


def test_not_a_land_release_database_is_refused(tmp_path, project, provider):
    from landrelease.storage.database import DatabaseError

    path = tmp_path / "other.gpkg"
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=name:string", "other", "memory")
    from qgis.core import QgsVectorFileWriter

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), project.transformContext(), options)
    with pytest.raises(DatabaseError, match="not a land release database"):
        load_database(str(path), project)
    assert project.count() == 0


def test_editing_one_layer_after_another(new_gpkg, project):
    """Each layer's commit works after another layer of the same file was edited."""
    layers = load_database(str(new_gpkg), project)
    rows = {
        "district": ("code", "MULTIPOLYGON(((600000 4400000, 601000 4400000, 601000 4401000, 600000 4400000)))"),  # noqa: E501
        "line_of_contact": ("name", "LINESTRING(600000 4400000, 610000 4410000)"),
        "evidence": ("evidence_id", "POINT(600500 4400500)"),
    }  # fmt: skip
    for name, (field, wkt) in rows.items():
        layer = layers[name]
        feature = QgsVectorLayerUtils.createFeature(
            layer, QgsGeometry.fromWkt(wkt), {layer.fields().indexOf(field): f"{name}-1"}
        )
        assert layer.startEditing()
        assert layer.addFeature(feature)
        assert layer.commitChanges(), (name, layer.commitErrors())
    for name in rows:
        assert open_layer(new_gpkg, name).featureCount() == 1, name


def test_toolbox_run_loads_the_layers_in_one_group(tmp_path, provider, project):
    """What Processing's dialog does with the layers the algorithm asks to load: each is added
    to the project, then its post-processor runs (done here as Processing does, because the
    dialog's own code needs the real QGIS window)."""
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback

    path = tmp_path / "toolbox.gpkg"
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(
        "landrelease:createdatabase"
    )
    context = QgsProcessingContext()
    context.setProject(project)
    feedback = QgsProcessingFeedback()
    results, ok = algorithm.run({"OUTPUT": str(path), "CRS": "EPSG:32638"}, context, feedback)
    assert ok and results["OUTPUT"] == str(path)
    to_load = context.layersToLoadOnCompletion()
    assert sorted(details.name for details in to_load.values()) == sorted(model.DISPLAY_ORDER)
    for uri, details in to_load.items():
        layer = QgsVectorLayer(uri, details.name, "ogr")
        assert layer.isValid(), uri
        details.project.addMapLayer(layer)  # to the root, as Processing does
        details.postProcessor().postProcessLayer(layer, context, feedback)
    group = project.layerTreeRoot().findGroup("toolbox")
    assert group is not None
    assert [node.layer().name() for node in group.findLayers()] == list(model.DISPLAY_ORDER)
    assert group.findLayers()[0].name() == "Survey point"
    assert project.relationManager().relation("hazard_land_release").isValid()
    assert len(project.layerTreeRoot().findLayers()) == len(model.DISPLAY_ORDER)


def _load_as_the_toolbox_does(path, project) -> dict:
    """The layers Processing loads for createdatabase, with their post-processors run."""
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    from landrelease.storage.database import load_on_completion

    context = QgsProcessingContext()
    context.setProject(project)
    feedback = QgsProcessingFeedback()
    load_on_completion(str(path), context)
    layers = {}
    for uri, details in context.layersToLoadOnCompletion().items():
        layer = QgsVectorLayer(uri, details.name, "ogr")
        project.addMapLayer(layer)
        details.postProcessor().postProcessLayer(layer, context, feedback)
        layers[details.name] = layer
    return layers


@pytest.mark.parametrize("loader", ["load_database", "toolbox"])
def test_repeated_edit_sessions_on_several_layers_lose_nothing(new_gpkg, project, loader):
    """Edit sessions on one layer after another, several rounds. QGIS opens a GeoPackage's layers
    read-only with NOLOCK and turns the file to WAL to edit one: the other layers' connections
    then failed ("unable to open database file", feature count -1) until every layer source
    asked for WAL (QGIS_FORCE_WAL)."""
    from osgeo import gdal

    errors: list[str] = []

    def handler(_class, _number, message):
        errors.append(message)

    if loader == "toolbox":
        layers = _load_as_the_toolbox_does(new_gpkg, project)
    else:
        layers = load_database(str(new_gpkg), project)
    assert all("QGIS_FORCE_WAL=ON" in lyr.source() for lyr in layers.values())
    gdal.PushErrorHandler(handler)
    try:
        for cycle in range(4):
            y = 4425010 + cycle  # a new shape each round
            for name, field, wkt in (
                ("hazard", "hazard_id", f"POLYGON((640000 4425000, 640050 4425000, 640000 {y}))"),
                ("evidence", "evidence_id", f"POINT(640010 {y})"),
                (
                    "district",
                    "code",
                    f"MULTIPOLYGON(((600000 4400000, 601000 4400000, 600000 {y})))",
                ),
                (
                    "land_release",
                    "release_id",
                    f"POLYGON((640000 4425000, 640010 4425000, 640000 {y}))",
                ),
            ):
                layer = layers[name]
                values = {layer.fields().indexOf(field): f"{name}-{cycle}"}
                if name == "hazard":
                    values[layer.fields().indexOf("classification")] = "SHA"
                if name == "land_release":
                    values[layer.fields().indexOf("hazard_id")] = "hazard-0"
                    values[layer.fields().indexOf("activity")] = "clearance"
                    values[layer.fields().indexOf("outcome")] = "cleared"
                feature = QgsVectorLayerUtils.createFeature(layer, QgsGeometry.fromWkt(wkt), values)
                assert layer.startEditing()
                assert layer.addFeature(feature)
                assert layer.commitChanges(), (cycle, name, layer.commitErrors())
                for other in layers.values():
                    assert other.featureCount() >= 0, other.name()
    finally:
        gdal.PopErrorHandler()
    for name in ("hazard", "evidence", "district", "land_release"):
        assert open_layer(new_gpkg, name).featureCount() == 4, name
    assert errors == []


def test_the_hazard_form_offers_the_districts_by_name(new_gpkg, project):
    from qgis.core import QgsFeature
    from qgis.gui import QgsAttributeForm, QgsEditorWidgetWrapper
    from qgis.PyQt.QtWidgets import QComboBox, QWidget

    layers = load_database(str(new_gpkg), project)
    districts = layers["district"]
    for code, name in (("AGD", "Ağdam"), ("TAR", "Tərtər")):
        feature = QgsFeature(districts.fields())
        feature.setGeometry(
            QgsGeometry.fromWkt(f"MULTI{SQUARE_WKT.replace('POLYGON', 'POLYGON(')})")
        )
        feature["code"], feature["name"] = code, name
        assert districts.dataProvider().addFeatures([feature])
    hazard = layers["hazard"]
    form = QgsAttributeForm(hazard, QgsFeature(hazard.fields()))
    try:
        combo = next(
            w.widget()
            for w in map(QgsEditorWidgetWrapper.fromWidget, form.findChildren(QWidget))
            if w is not None and w.field().name() == "district"
        )
        assert isinstance(combo, QComboBox)
        names = [combo.itemText(i) for i in range(combo.count())]
        assert "Ağdam" in names and "Tərtər" in names
        assert combo.itemData(names.index("Ağdam")) == "AGD"  # the code is what is stored
    finally:
        form.deleteLater()
