"""The land release database on PostGIS: created from the one model by the algorithm, with
triggers, edit log, styles and the three roles, on the throwaway test server."""

from __future__ import annotations

import json
import uuid

import psycopg2
import pytest
from psycopg2 import errors
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsGeometry,
    QgsProcessingException,
    QgsProject,
    QgsProviderRegistry,
    QgsVectorDataProvider,
    QgsVectorLayer,
)

from landrelease.core import model, pgschema
from landrelease.storage import postgis, recording
from landrelease.storage.database import DatabaseError, load_database

from .conftest import sql_rows
from .test_recording import H1, X, Y, _add_hazard, ellipsoidal, make_candidate, square

CRS = QgsCoordinateReferenceSystem("EPSG:32638")
PASSWORDLESS = "trust authentication on the throwaway server"


def run_create(**parameters):
    import processing

    return processing.run("landrelease:createdatabase", {"CRS": CRS, **parameters})


def unique_schema() -> str:
    return "lr_" + uuid.uuid4().hex[:12]


def connect(database: postgis.PgDatabase, user: str | None = None):
    info = database.data_source.connectionInfo(True)
    if user:
        info += f" user={user}"
    return psycopg2.connect(info, options=f"-c search_path={database.schema},public")


def execute(database, sql, params=None, user=None):
    """Run one statement as ``user`` in its own transaction; the rows if it returns any."""
    connection = connect(database, user)
    try:
        with connection, connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall() if cursor.description else None
    finally:
        connection.close()


def add_member(database, login: str, organisation: str) -> None:
    """``login`` belongs to ``organisation`` in the schema of ``database`` (as its owner)."""
    execute(
        database,
        "INSERT INTO organisation_member (login, organisation) VALUES (%s, %s) "
        "ON CONFLICT (login) DO UPDATE SET organisation = EXCLUDED.organisation",
        (login, organisation),
    )


@pytest.fixture(scope="session")
def officers(postgres_server):
    """Login roles for one officer of each group role (cluster-wide, made once)."""
    users = {"viewer": "anna_viewer", "editor": "rauf_editor", "admin": "leyla_admin"}
    groups = {"viewer": pgschema.VIEWER, "editor": pgschema.EDITOR, "admin": pgschema.ADMIN}
    statements = []
    for group in pgschema.ROLES:  # the roles exist once any schema was made; make sure here
        statements.append(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{group}') "
            f"THEN CREATE ROLE {group} NOLOGIN; END IF; END $$;"
        )
    for key, user in users.items():
        statements.append(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{user}') "
            f"THEN CREATE ROLE {user} LOGIN IN ROLE {groups[key]}; END IF; END $$;"
        )
    postgres_server.psql("\n".join(statements))
    return users


def test_the_schema_is_the_model(new_postgis):
    columns = sql_rows(
        new_postgis,
        "SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns "
        "WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position",
    )
    by_table: dict[str, dict[str, tuple]] = {}
    for table, column, data_type, nullable in columns:
        by_table.setdefault(table, {})[column] = (data_type, nullable)
    assert set(by_table) == {d.name for d in model.LAYERS} | {
        pgschema.MEMBER_TABLE,
        pgschema.ATTACHMENT_TABLE,
        pgschema.INFO_TABLE,
    }
    assert by_table[pgschema.MEMBER_TABLE] == {
        "login": ("text", "NO"),
        "organisation": ("text", "NO"),
    }
    for definition in model.LAYERS:
        have = by_table[definition.name]
        expected = {"fid", *definition.field_names()} | ({"geom"} if definition.geometry else set())
        if definition.name in pgschema.EDITOR_TABLES:  # the database's bookkeeping
            expected.add(pgschema.VERSION_COLUMN)
        assert set(have) == expected, definition.name
        for f in definition.fields:
            if f.not_null and f.derived is None:
                assert have[f.name][1] == "NO", f"{definition.name}.{f.name}"
    geometry = dict(
        (t, (g, s))
        for t, g, s in sql_rows(
            new_postgis,
            "SELECT f_table_name, type, srid FROM geometry_columns "
            "WHERE f_table_schema = current_schema()",
        )
    )
    assert geometry["hazard"] == ("POLYGON", 32638)
    assert geometry["evidence"] == ("POINT", 32638)
    assert geometry["district"] == ("MULTIPOLYGON", 32638)
    assert "traverse_leg" not in geometry and "edit_log" not in geometry
    assert sql_rows(
        new_postgis,
        "SELECT data_type FROM information_schema.columns WHERE "
        "table_schema = current_schema() AND table_name = 'land_release' AND "
        "column_name = 'end_date'",
    ) == [("date",)]


def test_unique_ids_and_not_null_are_enforced_unknown_codes_kept(new_postgis):
    polygon = f"ST_GeomFromText('{H1}', 32638)"
    execute(
        new_postgis,
        f"INSERT INTO hazard (hazard_id, classification, geom) VALUES ('H-1', 'CHA', {polygon})",
    )
    with pytest.raises(errors.UniqueViolation):
        execute(new_postgis, "INSERT INTO hazard (hazard_id, classification) VALUES ('H-1', 'SHA')")
    with pytest.raises(errors.NotNullViolation):
        execute(new_postgis, "INSERT INTO hazard (classification) VALUES ('SHA')")
    # An unknown code is kept, as in a GeoPackage, for checkdata to report: never a lost row.
    execute(
        new_postgis,
        "INSERT INTO land_release (release_id, hazard_id, activity, outcome) "
        "VALUES ('R-1', 'H-1', 'clearance', 'demined')",
    )
    assert sql_rows(new_postgis, "SELECT hazard_id, status FROM hazard") == [("H-1", "open")]
    assert sql_rows(new_postgis, "SELECT outcome FROM land_release") == [("demined",)]


def test_triggers_fill_the_derived_fields_for_any_program(new_postgis):
    strip = square(X, Y, X + 40, Y + 100)
    execute(
        new_postgis,
        "INSERT INTO land_release (release_id, hazard_id, activity, outcome, team, geom) VALUES "
        "('R-1', 'H-1', 'clearance', 'cleared', 'Təmizləmə qrupu №2', "
        f"ST_GeomFromText('{strip}', 32638))",
    )
    (row,) = sql_rows(
        new_postgis,
        "SELECT uuid, created_at, created_by, updated_at, area_m2, team FROM land_release",
    )
    assert uuid.UUID(row[0]).version == 4
    assert row[1] is not None and row[3] == row[1]
    assert row[2] == "postgres"  # the database login, for rows from other programs
    assert row[4] == pytest.approx(ellipsoidal(strip), abs=0.01)
    assert abs(row[4] - 4000.0) > 0.5  # ellipsoidal, not planar
    assert row[5] == "Təmizləmə qrupu №2"
    # A new geometry gets a new area; an update moves updated_at.
    wider = square(X, Y, X + 50, Y + 100)
    execute(new_postgis, f"UPDATE land_release SET geom = ST_GeomFromText('{wider}', 32638)")
    (area, updated_at) = sql_rows(new_postgis, "SELECT area_m2, updated_at FROM land_release")[0]
    assert area == pytest.approx(ellipsoidal(wider), abs=0.01)
    assert updated_at > row[3]
    # Evidence class follows the evidence type.
    execute(
        new_postgis,
        "INSERT INTO evidence (evidence_id, evidence_type, remarks) VALUES "
        "('EV-1', 'visual_mine', 'Шуша'), ('EV-2', 'combat_zone', NULL), ('EV-3', NULL, NULL)",
    )
    assert sql_rows(
        new_postgis, "SELECT evidence_id, evidence_class FROM evidence ORDER BY evidence_id"
    ) == [("EV-1", "direct"), ("EV-2", "indirect"), ("EV-3", None)]


def test_the_edit_log_restores_every_change_exactly(new_postgis):
    polygon = f"ST_GeomFromText('{H1}', 32638)"
    execute(
        new_postgis,
        "INSERT INTO hazard (hazard_id, classification, remarks, geom) "
        f"VALUES ('H-1', 'CHA', 'Ağdam', {polygon})",
    )
    execute(
        new_postgis,
        "UPDATE hazard SET remarks = 'Шуша', remaining_area_m2 = 0.1::float8 + 0.2::float8",
    )
    original = sql_rows(new_postgis, "SELECT ST_AsEWKB(geom), uuid FROM hazard")[0]
    execute(new_postgis, "DELETE FROM hazard")
    log = sql_rows(
        new_postgis,
        "SELECT layer, feature_uuid, action, changed_by, before, after FROM edit_log ORDER BY fid",
    )
    assert [(r[0], r[2], r[3]) for r in log] == [
        ("hazard", "insert", "postgres"),
        ("hazard", "update", "postgres"),
        ("hazard", "delete", "postgres"),
    ]
    assert {r[1] for r in log} == {original[1]}
    inserted = json.loads(log[0][5])
    updated = json.loads(log[1][5])
    deleted = json.loads(log[2][4])
    assert log[0][4] is None and log[2][5] is None
    assert inserted["remarks"] == "Ağdam" and updated["remarks"] == "Шуша"
    assert updated["remaining_area_m2"] == 0.1 + 0.2  # 0.30000000000000004, not rounded
    assert set(deleted) == {*model.layer("hazard").field_names(), "geom"}
    assert bytes.fromhex(deleted["geom"]) == bytes(original[0])


def test_styles_are_stored_in_layer_styles_and_used(new_postgis, qgis_new_project):
    stored = sql_rows(
        new_postgis,
        "SELECT f_table_name, stylename, useasdefault FROM public.layer_styles "
        "WHERE f_table_schema = current_schema() ORDER BY f_table_name",
    )
    assert [r[0] for r in stored] == sorted(d.name for d in model.LAYERS)
    assert {(r[1], r[2]) for r in stored} == {("landrelease", True)}
    # A layer opened by plain QGIS (no plugin code) gets the stored style and form.
    layer = QgsVectorLayer(new_postgis.layer_source("hazard"), "hazard", "postgres")
    assert layer.isValid()
    assert layer.renderer().type() == "RuleRenderer"
    index = layer.fields().indexOf("classification")
    assert layer.editorWidgetSetup(index).type() == "ValueMap"


def test_viewer_reads_but_cannot_write(new_postgis, officers):
    viewer = officers["viewer"]
    execute(new_postgis, "INSERT INTO hazard (hazard_id, classification) VALUES ('H-1', 'SHA')")
    assert execute(new_postgis, "SELECT hazard_id FROM hazard", user=viewer) == [("H-1",)]
    assert execute(new_postgis, "SELECT count(*) FROM edit_log", user=viewer) == [(1,)]
    for statement in (
        "INSERT INTO hazard (hazard_id, classification) VALUES ('H-2', 'SHA')",
        "UPDATE hazard SET remarks = 'x'",
        "DELETE FROM hazard",
        "INSERT INTO land_release (release_id, hazard_id, activity, outcome) "
        "VALUES ('R', 'H-1', 'nts', 'cancelled')",
        "UPDATE edit_log SET changed_by = 'someone'",
    ):
        with pytest.raises(errors.InsufficientPrivilege):
            execute(new_postgis, statement, user=viewer)
    assert sql_rows(new_postgis, "SELECT hazard_id, remarks FROM hazard") == [("H-1", None)]


def test_editor_edits_field_records_but_not_the_schema_or_the_log(new_postgis, officers):
    editor = officers["editor"]
    add_member(new_postgis, editor, "ANAMA")
    execute(
        new_postgis,
        "INSERT INTO hazard (hazard_id, classification) VALUES ('H-1', 'SHA')",
        user=editor,
    )
    execute(
        new_postgis,
        "INSERT INTO land_release (release_id, hazard_id, activity, outcome) "
        "VALUES ('R-1', 'H-1', 'nts', 'cancelled')",
        user=editor,
    )
    execute(new_postgis, "INSERT INTO evidence (evidence_id) VALUES ('EV-1')", user=editor)
    execute(new_postgis, "UPDATE hazard SET remarks = 'checked'", user=editor)
    execute(new_postgis, "DELETE FROM land_release", user=editor)
    # Every change logged under the editor's own login, which the editor cannot rewrite.
    assert sql_rows(new_postgis, "SELECT layer, action, changed_by FROM edit_log ORDER BY fid") == [
        ("hazard", "insert", editor),
        ("land_release", "insert", editor),
        ("hazard", "update", editor),
        ("land_release", "delete", editor),
    ]
    for statement in (
        "DROP TABLE hazard",
        "ALTER TABLE hazard ADD COLUMN extra text",
        "ALTER TABLE land_release DROP CONSTRAINT land_release_release_id_key",
        "TRUNCATE land_release",
        "DROP TRIGGER hazard_log ON hazard",
        "UPDATE edit_log SET changed_by = 'someone'",
        "DELETE FROM edit_log",
        "INSERT INTO edit_log (layer, action) VALUES ('hazard', 'delete')",
        "INSERT INTO district (code) VALUES ('TAR')",  # reference data is the admin's
        "CREATE TABLE my_table (id int)",
    ):
        with pytest.raises((errors.InsufficientPrivilege, errors.InvalidSchemaName)):
            execute(new_postgis, statement, user=editor)
    assert sql_rows(new_postgis, "SELECT count(*) FROM edit_log") == [(4,)]
    assert sql_rows(new_postgis, "SELECT count(*) FROM district") == [(0,)]


def test_admin_keeps_reference_data_and_logins_but_owns_nothing(new_postgis, officers):
    admin = officers["admin"]
    execute(new_postgis, "INSERT INTO district (code, name) VALUES ('TAR', 'Tərtər')", user=admin)
    execute(
        new_postgis,
        "INSERT INTO organisation_member (login, organisation) VALUES ('rauf_editor', 'ANAMA')",
        user=admin,
    )
    for statement in (
        "ALTER TABLE hazard ADD COLUMN donor text",
        "ALTER TABLE edit_log DISABLE TRIGGER ALL",
        "DROP TABLE edit_log",
        "COMMENT ON SCHEMA " + new_postgis.schema + " IS 'x'",
    ):
        with pytest.raises(errors.InsufficientPrivilege):
            execute(new_postgis, statement, user=admin)
    owners = sql_rows(
        new_postgis,
        "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = current_schema()",
    )
    assert owners == [(pgschema.OWNER,)]
    assert sql_rows(new_postgis, "SELECT login, organisation FROM organisation_member") == [
        ("rauf_editor", "ANAMA")
    ]


def test_a_viewer_in_qgis_cannot_save_and_nothing_is_written(
    new_postgis, officers, qgis_new_project
):
    project = QgsProject.instance()
    load_database(new_postgis, project)
    layers = recording.find_layers(project)
    _add_hazard(layers.hazard, "CHA-TAR-0001", H1)
    project.clear()
    uri = new_postgis.data_source
    uri.setUsername(officers["viewer"])
    as_viewer = postgis.PgDatabase(uri.uri(False), new_postgis.schema)
    load_database(as_viewer, project)
    layers = recording.find_layers(project)
    assert layers.on_postgis and layers.database == as_viewer
    capabilities = layers.release.dataProvider().capabilities()
    assert not capabilities & QgsVectorDataProvider.AddFeatures
    with pytest.raises(recording.SaveError, match="permission denied"):
        recording.save_release(layers, make_candidate(layers, square(X, Y, X + 40, Y + 100)))
    assert sql_rows(new_postgis, "SELECT count(*) FROM land_release") == [(0,)]
    assert sql_rows(new_postgis, "SELECT count(*) FROM edit_log WHERE layer = 'land_release'") == [
        (0,)
    ]


def test_an_editor_in_qgis_records_a_release(new_postgis, officers, qgis_new_project):
    project = QgsProject.instance()
    load_database(new_postgis, project)
    _add_hazard(recording.find_layers(project).hazard, "CHA-TAR-0001", H1)
    project.clear()
    add_member(new_postgis, officers["editor"], "ANAMA")
    uri = new_postgis.data_source
    uri.setUsername(officers["editor"])
    load_database(postgis.PgDatabase(uri.uri(False), new_postgis.schema), project)
    layers = recording.find_layers(project)
    strip = square(X, Y, X + 40, Y + 100)
    saved = recording.save_release(layers, make_candidate(layers, strip), user="Rauf")
    assert saved.remaining_m2 == pytest.approx(ellipsoidal(H1) - ellipsoidal(strip), abs=0.01)
    # The database's login, not the name the client sent; the release is the login's
    # organisation's and waits for its review.
    assert sql_rows(
        new_postgis, "SELECT created_by, organisation, qa_status FROM land_release"
    ) == [(officers["editor"], "ANAMA", "pending")]
    assert ("land_release", officers["editor"]) in sql_rows(
        new_postgis, "SELECT layer, changed_by FROM edit_log"
    )


def test_an_existing_schema_is_never_touched(new_postgis, postgres_server):
    before = sql_rows(
        new_postgis,
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()",
    )
    execute(new_postgis, "INSERT INTO hazard (hazard_id, classification) VALUES ('H-1', 'SHA')")
    with pytest.raises(QgsProcessingException, match="already exists"):
        run_create(CONNECTION=postgres_server.conninfo(), SCHEMA=new_postgis.schema)
    assert sql_rows(new_postgis, "SELECT hazard_id FROM hazard") == [("H-1",)]
    assert (
        sql_rows(
            new_postgis,
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()",
        )
        == before
    )


@pytest.mark.parametrize(
    ("connection", "schema", "message"),
    [
        ("{conninfo}", "Bad-Name", "not a usable schema name"),
        ("{conninfo}", "pg_landrelease", "not a usable schema name"),
        ("host=127.0.0.1 port=1 dbname=x user=postgres connect_timeout=3", "lr", "Cannot connect"),
        ("no such connection", "lr", "neither a saved PostgreSQL connection"),
    ],
)
def test_bad_targets_are_refused_clearly(postgres_server, provider, connection, schema, message):
    with pytest.raises(QgsProcessingException, match=message):
        run_create(CONNECTION=connection.format(conninfo=postgres_server.conninfo()), SCHEMA=schema)


def test_a_refused_connection_does_not_blame_the_login(provider):
    """No server on the port: the message says so, without the hint about stored passwords
    (which is only given when the server's answer is about the login)."""
    with pytest.raises(QgsProcessingException) as refused:
        run_create(
            CONNECTION="host=127.0.0.1 port=1 dbname=x user=postgres connect_timeout=3",
            SCHEMA="lr",
        )
    assert "Cannot connect" in str(refused.value)
    assert "stores no user name or password" not in str(refused.value)


def test_a_user_without_rights_creates_nothing(postgres_server, provider):
    postgres_server.psql(
        "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'visitor') "
        "THEN CREATE ROLE visitor LOGIN; END IF; END $$;"
    )
    schema = unique_schema()
    with pytest.raises(QgsProcessingException, match="permission denied"):
        run_create(CONNECTION=postgres_server.conninfo(user="visitor"), SCHEMA=schema)
    exists = postgres_server.psql(f"SELECT count(*) FROM pg_namespace WHERE nspname = '{schema}'")
    assert exists.strip() == "0"


def test_a_non_epsg_crs_is_refused(postgres_server, provider):
    custom = QgsCoordinateReferenceSystem.fromProj("+proj=tmerc +lon_0=47 +datum=WGS84 +units=m")
    with pytest.raises(QgsProcessingException, match="EPSG"):
        run_create(CONNECTION=postgres_server.conninfo(), SCHEMA=unique_schema(), CRS=custom)


def test_uri_saved_connection_and_typed_output_all_reach_the_server(postgres_server, provider):
    server = postgres_server
    uri = f"postgresql://{server.user}@{server.host}:{server.port}/{server.dbname}?sslmode=disable"
    made = run_create(CONNECTION=uri, SCHEMA=unique_schema())
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    connection = metadata.createConnection(server.conninfo(), {"saveUsername": True})
    connection.store("Land release HQ")
    try:
        saved = run_create(CONNECTION="Land release HQ", SCHEMA=unique_schema(), CRS="EPSG:32639")
    finally:
        metadata.deleteConnection("Land release HQ")
    typed = run_create(OUTPUT=server.conninfo(), SCHEMA=unique_schema())
    for result in (made, saved, typed):
        database = postgis.resolve(result["OUTPUT"], result["SCHEMA"])
        assert sql_rows(database, "SELECT count(*) FROM hazard") == [(0,)]
    srid = sql_rows(
        postgis.resolve(saved["OUTPUT"], saved["SCHEMA"]),
        "SELECT srid FROM geometry_columns WHERE f_table_schema = current_schema() "
        "AND f_table_name = 'hazard'",
    )
    assert srid == [(32639,)]


def test_load_refuses_a_schema_that_is_not_a_land_release_database(
    postgres_server, qgis_new_project
):
    schema = unique_schema()
    postgres_server.psql(f"CREATE SCHEMA {schema}; CREATE TABLE {schema}.hazard (id int);")
    with pytest.raises(DatabaseError, match="not a land release database"):
        load_database(postgis.resolve(postgres_server.conninfo(), schema), QgsProject.instance())
    assert QgsProject.instance().count() == 0


def test_the_layers_in_qgis_write_through_the_triggers(new_postgis, qgis_new_project):
    """Digitising in QGIS (the edit buffer, no plugin save) is logged and derived too."""
    project = QgsProject.instance()
    layers = load_database(new_postgis, project)
    hazard = layers["hazard"]
    _add_hazard(hazard, "CHA-TAR-0001", H1)
    (row,) = sql_rows(
        new_postgis, "SELECT estimated_area_m2, uuid, created_at IS NOT NULL FROM hazard"
    )
    assert row[0] == pytest.approx(ellipsoidal(H1), abs=0.01)
    assert row[2]
    assert sql_rows(
        new_postgis, "SELECT action FROM edit_log WHERE feature_uuid = %s", (row[1],)
    ) == [("insert",)]
    assert QgsGeometry.fromWkt(H1).area() == pytest.approx(10000.0)


def test_qgis_feature_ids_are_the_fid_as_in_a_geopackage(new_postgis, qgis_new_project):
    """An int4 key: QGIS uses it as the feature id (a bigint key would be renumbered in the
    order QGIS reads the rows, so two layers on one table would disagree)."""
    layers = load_database(new_postgis, QgsProject.instance())
    execute(
        new_postgis,
        "INSERT INTO evidence (evidence_id) SELECT 'E' || g FROM generate_series(1, 5) g",
    )
    execute(new_postgis, "DELETE FROM evidence WHERE evidence_id IN ('E1', 'E3')")
    evidence = layers["evidence"]
    evidence.dataProvider().reloadData()
    assert [(f.id(), f["fid"], f["evidence_id"]) for f in evidence.getFeatures()] == [
        (2, 2, "E2"),
        (4, 4, "E4"),
        (5, 5, "E5"),
    ]


def previous_pgschema():
    """``core/pgschema.py`` as the previous version had it (from git: the commit issue 19
    started from), importable beside the current one."""
    import importlib.util
    import subprocess
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    shown = subprocess.run(
        ["git", "-C", str(root), "show", f"{PREVIOUS_VERSION}:core/pgschema.py"],
        capture_output=True,
        text=True,
    )
    if shown.returncode != 0:  # a checkout without history (a shallow clone, a zip)
        pytest.skip(f"the previous version ({PREVIOUS_VERSION}) is not in this checkout")
    source = shown.stdout
    spec = importlib.util.spec_from_loader("landrelease.core.pgschema_previous", loader=None)
    module = importlib.util.module_from_spec(spec)
    module.__package__ = "landrelease.core"
    exec(compile(source, "pgschema_previous.py", "exec"), module.__dict__)
    return module


PREVIOUS_VERSION = "ece979c"  # main before issue 19's rights and row-level security


def make_previous_schema(postgres_server) -> postgis.PgDatabase:
    """A schema exactly as the previous version created it (owned by landrelease_admin, no
    organisations, no row-level security), without the columns the model gained since."""
    previous = previous_pgschema()
    database = postgis.resolve(postgres_server.conninfo(), unique_schema())
    statements = previous.roles_sql() + previous.schema_sql(database.schema, 32638)
    statements += [
        f'ALTER TABLE "{database.schema}".land_release DROP COLUMN {column}'
        for column in ("reviewed_by", "reviewed_on", "review_remarks", "imsma_id")
    ]
    postgres_server.psql(";\n".join(statements) + ";")
    return database


def test_an_older_schema_is_brought_up_to_date_by_its_owner(
    postgres_server, officers, qgis_new_project
):
    """A schema of the previous version still opens for an editor and an admin, unchanged (they
    cannot become its owner); the database owner's first opening brings it up to date: the
    owner role owns it, row-level security and the organisations are in, the new columns too."""
    database = make_previous_schema(postgres_server)

    def current():
        return sql_rows(database, pgschema.current_sql(database.schema))[0][0]

    assert not current()
    owners_before = sql_rows(
        database, "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = current_schema()"
    )
    assert owners_before == [(pgschema.ADMIN,)]
    project = QgsProject.instance()
    for role in ("editor", "admin"):
        uri = database.data_source
        uri.setUsername(officers[role])
        layers = load_database(postgis.PgDatabase(uri.uri(False), database.schema), project)
        assert layers["hazard"].isValid()
        project.clear()
        assert not current()
    load_database(database, project)  # the database's superuser
    project.clear()
    assert current()
    new_postgis = database
    columns = sql_rows(
        new_postgis,
        "SELECT column_name FROM information_schema.columns WHERE table_schema = "
        "current_schema() AND table_name = 'land_release' ORDER BY ordinal_position",
    )
    assert {c for (c,) in columns} >= {"reviewed_by", "reviewed_on", "review_remarks", "imsma_id"}
    # The triggers work: a release written by a script marks its hazard for the accounting.
    execute(
        new_postgis,
        "INSERT INTO hazard (hazard_id, classification, geom) VALUES "
        f"('H-1', 'CHA', ST_GeomFromText('{H1}', 32638))",
    )
    execute(
        new_postgis,
        "INSERT INTO land_release (release_id, hazard_id, activity, outcome, geom) VALUES "
        f"('R-1', 'H-1', 'nts', 'cancelled', ST_GeomFromText('{H1}', 32638))",
    )
    assert sql_rows(new_postgis, "SELECT status, remaining_area_m2 FROM hazard") == [
        ("unknown", None)
    ]
    owners = sql_rows(
        new_postgis,
        "SELECT DISTINCT pg_get_userbyid(p.proowner) FROM pg_proc p JOIN pg_namespace n "
        "ON n.oid = p.pronamespace WHERE n.nspname = current_schema() UNION "
        "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = current_schema()",
    )
    assert owners == [(pgschema.OWNER,)]
    # The admin lost the log: no more disabling its trigger or deleting its rows.
    for statement in ("ALTER TABLE hazard DISABLE TRIGGER hazard_log", "DELETE FROM edit_log"):
        with pytest.raises(errors.InsufficientPrivilege):
            execute(new_postgis, statement, user=officers["admin"])
    # (the hazard's insert, the release's, the hazard marked unknown)
    assert sql_rows(new_postgis, "SELECT count(*) FROM edit_log") == [(3,)]
