"""The id of a land release database (storage.field.identity) and the sync_conflict table, on a
GeoPackage and on PostGIS with real logins; an earlier database gets both when opened."""

from __future__ import annotations

import uuid

import psycopg2
import pytest
from qgis.core import QgsProject

from landrelease.core import model, pgschema
from landrelease.storage.database import DatabaseError, ensure_schema, load_database
from landrelease.storage.field.identity import database_id

from .conftest import sql_rows
from .test_postgis import execute, make_previous_schema
from .test_postgis_rights import ADMIN, QM, VIEWER, A, as_login, logins  # noqa: F401
from .test_schema_upgrade import gdal_sql

CONFLICT = (
    "INSERT INTO sync_conflict (package_id, layer, feature_uuid, field, base_value, "
    "office_value, field_value) VALUES (%s, 'hazard', %s, 'remarks', 'a', 'b', 'c')"
)


def is_uuid4(text: str) -> bool:
    return uuid.UUID(text).version == 4 and str(uuid.UUID(text)) == text


def test_a_new_geopackage_has_its_id_kept_from_call_to_call(new_gpkg, tmp_path, provider):
    first = database_id(str(new_gpkg))
    assert is_uuid4(first)
    assert database_id(new_gpkg) == first
    assert sql_rows(new_gpkg, "SELECT key, value FROM landrelease_info") == [("database_id", first)]
    import processing
    from qgis.core import QgsCoordinateReferenceSystem

    other = tmp_path / "other.gpkg"
    processing.run(
        "landrelease:createdatabase",
        {"OUTPUT": str(other), "CRS": QgsCoordinateReferenceSystem("EPSG:32638")},
    )
    assert database_id(str(other)) != first  # each database its own


def test_an_earlier_geopackage_gets_its_id_on_the_first_call(new_gpkg):
    path = str(new_gpkg)
    gdal_sql(path, "DROP TABLE landrelease_info")
    made = database_id(path)
    assert is_uuid4(made)
    assert database_id(path) == made
    assert sql_rows(path, "SELECT count(*) FROM landrelease_info") == [(1,)]


def test_an_unreadable_file_is_refused_by_name(tmp_path):
    broken = tmp_path / "broken.gpkg"
    broken.write_bytes(b"not a database at all" * 10)
    with pytest.raises(DatabaseError, match="broken.gpkg"):
        database_id(str(broken))


def test_an_earlier_geopackage_gets_the_sync_conflict_table_when_opened(new_gpkg, qgis_new_project):
    path = str(new_gpkg)
    fresh = sql_rows(path, "PRAGMA table_info(sync_conflict)")
    gdal_sql(path, "DROP TABLE sync_conflict")
    assert ensure_schema(path) == [
        "sync_conflict",
        "sync_conflict_derived_insert",
        "sync_conflict_derived_update",
    ]
    assert sql_rows(path, "PRAGMA table_info(sync_conflict)") == fresh
    assert ensure_schema(path) == []
    gdal_sql(
        path,
        "INSERT INTO sync_conflict (package_id, layer, feature_uuid, field) "
        "VALUES ('p', 'hazard', 'u', 'remarks')",
    )
    (row,) = sql_rows(
        path, "SELECT resolved, length(uuid), created_at IS NOT NULL FROM sync_conflict"
    )
    assert row == (0, 36, 1)
    layers = load_database(path, QgsProject.instance())
    assert layers["sync_conflict"].featureCount() == 1
    names = [n.layer().name() for n in QgsProject.instance().layerTreeRoot().findLayers()]
    assert names == list(model.DISPLAY_ORDER)
    QgsProject.instance().clear()


def test_a_new_schema_has_its_id_readable_by_every_role(new_postgis, logins):  # noqa: F811
    made = database_id(new_postgis)
    assert is_uuid4(made)
    for login in (VIEWER, A, QM, ADMIN):
        assert database_id(as_login(new_postgis, login)) == made
    for login in (A, ADMIN):
        with pytest.raises(psycopg2.Error):
            execute(new_postgis, "UPDATE landrelease_info SET value = 'x'", user=login)
    assert database_id(new_postgis) == made


def test_an_earlier_schema_refuses_a_viewer_until_its_owner_opens_it(
    postgres_server,
    logins,  # noqa: F811
):
    database = make_previous_schema(postgres_server)
    execute(database, f"GRANT USAGE ON SCHEMA {database.schema} TO {VIEWER}")
    with pytest.raises(DatabaseError) as caught:
        database_id(as_login(database, VIEWER))
    message = str(caught.value)
    assert database.label in message
    assert "Its owner (or a superuser) brings it up to date by opening it once" in message
    made = database_id(database)  # the server's superuser: the schema is brought up to date
    assert is_uuid4(made)
    assert database_id(as_login(database, VIEWER)) == made
    assert sql_rows(database, pgschema.current_sql(database.schema)) == [(True,)]
    assert sql_rows(database, "SELECT count(*) FROM sync_conflict") == [(0,)]


def test_editors_and_qm_add_sync_conflicts_the_admin_resolves_them(
    new_postgis,
    logins,  # noqa: F811
):
    for login in (A, QM):
        execute(new_postgis, CONFLICT, (str(uuid.uuid4()), str(uuid.uuid4())), user=login)
    with pytest.raises(psycopg2.Error):
        execute(new_postgis, CONFLICT, ("p", "u"), user=VIEWER)
    with pytest.raises(psycopg2.Error):
        execute(new_postgis, "UPDATE sync_conflict SET resolved = 1", user=A)
    with pytest.raises(psycopg2.Error):
        execute(new_postgis, "DELETE FROM sync_conflict", user=QM)
    execute(new_postgis, "UPDATE sync_conflict SET resolved = 1", user=ADMIN)
    rows = sql_rows(new_postgis, "SELECT created_by, resolved FROM sync_conflict ORDER BY fid")
    assert rows == [(A, 1), (QM, 1)]
