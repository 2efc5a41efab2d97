"""The programme's area of a land release database: its districts' extent, else its CRS."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from qgis.core import QgsVectorLayer

from landrelease.core import model
from landrelease.storage import database, programme

from .conftest import sql_rows

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data"


def test_area_of_a_database_is_its_districts_extent_plus_the_margin(new_database):
    layers = database.open_layers(new_database)
    hazard = layers["hazard"]
    # Without districts: the storage CRS's area of use (EPSG:32638 is UTM zone 38N).
    empty = programme.programme_area(hazard)
    assert empty.source == "crs"
    assert (empty.west, empty.east, empty.south) == (42.0, 48.0, 0.0)
    assert empty.contains(46.75, 0.0004)  # what a UTM zone cannot catch

    districts = QgsVectorLayer(str(SAMPLE / "districts.geojson"), "districts", "ogr")
    assert database.import_features(districts, layers["district"]) == 13
    box = programme.programme_area(hazard)
    assert box.source == "districts" and box.margin_m == 10_000
    extent = districts.extent()
    assert box.west < extent.xMinimum() - 0.1 and box.east > extent.xMaximum() + 0.1
    assert box.south < extent.yMinimum() - 0.08 and box.north > extent.yMaximum() + 0.08
    assert box.west > extent.xMinimum() - 0.2 and box.north < extent.yMaximum() + 0.1
    assert box.contains(46.93, 39.99)  # Aghdam
    assert not box.contains(46.75, 0.0004)  # 4,500 km south, at the equator
    assert not box.contains(8.66, 40.0)  # a Gauss-Krüger Y read as a longitude


def test_area_of_a_layer_outside_any_database(make_layer):
    layer = make_layer("Point", "EPSG:32637", [("POINT(500000 4400000)", {"id": 1})])
    box = programme.programme_area(layer)
    assert box.source == "crs" and (box.west, box.east) == (36.0, 42.0)
    assert programme.programme_area(None) is None


# --- the programme's bearing unit, a setting of the database ----------------------------------


def test_bearing_unit_set_and_read_back(new_database, feedback):
    from landrelease.storage import postgis

    assert programme.bearing_unit_of(new_database) == "deg"  # createdatabase's default
    layers = (
        postgis.open_layers(new_database)
        if isinstance(new_database, postgis.PgDatabase)
        else database.open_layers(new_database)
    )
    for unit in ("mil6000", "mil6400", "deg", "mil6000"):
        programme.set_bearing_unit(new_database, unit)
        assert programme.bearing_unit_of(new_database, feedback) == unit
        assert programme.bearing_unit_of(layers["hazard"], feedback) == unit
    assert feedback.messages == []
    with pytest.raises(programme.SettingError, match="not a programme bearing unit"):
        programme.set_bearing_unit(new_database, "gon")
    assert programme.bearing_unit_of(new_database) == "mil6000"
    # The layers still open and read (nothing in the data model changed).
    reopened = (
        postgis.open_layers(new_database)
        if isinstance(new_database, postgis.PgDatabase)
        else database.open_layers(new_database)
    )
    assert all(layer.isValid() for layer in reopened.values())
    assert reopened["hazard"].featureCount() == 0


def test_geopackage_setting_is_a_metadata_row_and_the_file_stays_valid(new_gpkg):
    """One gpkg_metadata row of our own (JSON), scope the whole GeoPackage; opening the layers
    in QGIS leaves no .aux.xml file beside the database (GDAL's own dataset metadata would)."""
    import json
    import sqlite3

    from osgeo_utils.samples import validate_gpkg

    programme.set_bearing_unit(new_gpkg, "mil6000")
    programme.set_bearing_unit(new_gpkg, "mil6400")
    with sqlite3.connect(str(new_gpkg)) as conn:
        rows = conn.execute(
            "SELECT md_scope, md_standard_uri, mime_type, metadata FROM gpkg_metadata"
        ).fetchall()
        references = conn.execute(
            "SELECT reference_scope, md_file_id FROM gpkg_metadata_reference"
        ).fetchall()
        contents = {r[0] for r in conn.execute("SELECT table_name FROM gpkg_contents")}
    assert len(rows) == 1
    scope, uri, mime, metadata = rows[0]
    assert (scope, uri, mime) == (
        "dataset",
        "urn:landrelease:programme-settings",
        "application/json",
    )
    assert json.loads(metadata) == {"bearing_unit": "mil6400"}
    assert references == [("geopackage", 1)]
    assert contents == {d.name for d in model.LAYERS} | {"layer_styles"}  # no new layer
    validate_gpkg.check(str(new_gpkg))  # raises on any departure from the GeoPackage spec
    layers = database.open_layers(str(new_gpkg))
    assert all(layer.isValid() for layer in layers.values())
    assert [layer.featureCount() for layer in layers.values()] == [0] * len(layers)
    del layers
    assert sorted(p.name for p in new_gpkg.parent.iterdir()) == [new_gpkg.name]


def test_unknown_stored_values_read_as_degrees_with_a_warning(new_gpkg, feedback):
    programme._set_gpkg_settings(str(new_gpkg), '{"bearing_unit": "furlongs"}')
    assert programme.bearing_unit_of(new_gpkg, feedback) == "deg"
    assert "'furlongs'" in feedback.text() and "degrees are used" in feedback.text()


def test_no_database_no_setting(make_layer, tmp_path, feedback):
    layer = make_layer("Point", "EPSG:32638", [("POINT(640000 4425000)", {"id": 1})])
    assert programme.bearing_unit_of(layer, feedback) == "deg"
    assert programme.bearing_unit_of(None, feedback) == "deg"
    assert feedback.messages == []
    # A GeoPackage that cannot be read: degrees, and the log says why.
    assert programme.bearing_unit_of(str(tmp_path / "gone.gpkg"), feedback) == "deg"
    assert "cannot be read" in feedback.text()
    with pytest.raises(programme.SettingError, match="does not exist"):
        programme.set_bearing_unit(str(tmp_path / "gone.gpkg"), "mil6000")


def test_postgis_setting_is_a_json_schema_comment(new_postgis, postgres_server, feedback):
    from landrelease.storage import postgis

    def comment():
        return sql_rows(
            new_postgis,
            "SELECT obj_description(?::regnamespace::oid, 'pg_namespace')",
            (new_postgis.schema,),
        )[0][0]

    assert json.loads(comment()) == {"bearing_unit": "deg"}
    postgres_server.psql(f"COMMENT ON SCHEMA {new_postgis.schema} IS 'Ağdam sector, 2026'")
    assert programme.bearing_unit_of(new_postgis, feedback) == "deg"
    programme.set_bearing_unit(new_postgis, "mil6000")
    # An administrator's free-text comment is kept beside the setting.
    assert json.loads(comment()) == {"bearing_unit": "mil6000", "comment": "Ağdam sector, 2026"}
    postgres_server.psql(
        f"""COMMENT ON SCHEMA {new_postgis.schema} IS '{{"bearing_unit": "12-50"}}'"""
    )
    assert programme.bearing_unit_of(new_postgis, feedback) == "deg"
    assert "'12-50'" in feedback.text()

    # Only the schema's owner (landrelease_admin) may change it; an editor reads it.
    postgres_server.psql(
        "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bearing_editor') "
        "THEN CREATE ROLE bearing_editor LOGIN IN ROLE landrelease_editor; END IF; END $$;"
    )
    editor = postgis.resolve(postgres_server.conninfo(user="bearing_editor"), new_postgis.schema)
    programme.set_bearing_unit(new_postgis, "mil6400")
    assert programme.bearing_unit_of(editor) == "mil6400"
    with pytest.raises(programme.SettingError, match="owner"):
        programme.set_bearing_unit(editor, "deg")
    assert programme.bearing_unit_of(new_postgis) == "mil6400"


@pytest.mark.parametrize("backend", ["gpkg", "postgis"])
def test_createdatabase_stores_the_bearing_unit(backend, tmp_path, provider, request):
    import processing
    from qgis.core import QgsCoordinateReferenceSystem

    from landrelease.storage import postgis

    crs = QgsCoordinateReferenceSystem("EPSG:32638")
    if backend == "gpkg":
        path = str(tmp_path / "soviet.gpkg")
        processing.run(
            "landrelease:createdatabase", {"OUTPUT": path, "CRS": crs, "BEARING_UNIT": 2}
        )
        target = path
    else:
        server = request.getfixturevalue("postgres_server")
        schema = "lr_bearing_" + tmp_path.name[-6:].lower().replace("-", "_")
        processing.run(
            "landrelease:createdatabase",
            {"CONNECTION": server.conninfo(), "SCHEMA": schema, "CRS": crs, "BEARING_UNIT": 1},
        )
        target = postgis.resolve(server.conninfo(), schema)
    expected = "mil6000" if backend == "gpkg" else "mil6400"
    assert programme.bearing_unit_of(target) == expected


def test_import_refuses_values_that_their_field_would_change(new_gpkg, make_layer):
    """A Soviet bearing "9-06" read from a CSV as text would become 0.0 in a real field."""
    import pytest

    layers = database.open_layers(str(new_gpkg))
    legs = make_layer(
        "None",
        "EPSG:32638",
        [
            (None, {"record_id": "MFR-9", "seq": 1, "bearing": "9-06", "distance_m": "178"}),
            (None, {"record_id": "MFR-9", "seq": 2, "bearing": "1250", "distance_m": ""}),
        ],
    )
    with pytest.raises(database.DatabaseError) as error:
        database.import_features(legs, layers["traverse_leg"])
    assert "1 value(s) do not fit their field" in str(error.value)
    assert "bearing '9-06' is not a Real" in str(error.value)
    assert layers["traverse_leg"].featureCount() == 0  # nothing imported
