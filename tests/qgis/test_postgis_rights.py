"""Who may touch what on PostGIS (issue 19): three organisations, the viewer, editor, QM and
admin roles, real logins on the throwaway server; by direct SQL and through QGIS layers."""

from __future__ import annotations

import psycopg2
import pytest
from psycopg2 import errors
from qgis.core import Qgis, QgsFeatureRequest, QgsGeometry, QgsProject, QgsVectorLayer

from landrelease.core import pgschema
from landrelease.storage import postgis, recording
from landrelease.storage.database import load_database

from .conftest import sql_rows
from .test_plugin import no_session_provider  # noqa: F401 - the plugin registers its provider
from .test_plugin_hooks import plugin  # noqa: F401 - the plugin, loaded in the desktop
from .test_postgis import execute, make_previous_schema
from .test_recording import H1, X, Y, _add_hazard, ellipsoidal, make_candidate, square

INJECTION = "x'); DROP TABLE hazard; --"
# Three organisations, one of them named to break naive quoting.
ORGANISATIONS = {
    "orkhan_anama": "ANAMA",
    "ilaha_halo": "HALO Trust",
    "tural_delta": "Delta " + INJECTION,
}
VIEWER, QM, ADMIN, HOMELESS = "nurlan_viewer", "samira_qm", "kamran_admin", "nigar_no_org"
A, B, C = ORGANISATIONS  # the three editors
ROLE_OF = {
    VIEWER: pgschema.VIEWER,
    QM: pgschema.QM,
    ADMIN: pgschema.ADMIN,
    HOMELESS: pgschema.EDITOR,
    **{editor: pgschema.EDITOR for editor in ORGANISATIONS},
}
PAYLOADS = (
    INJECTION,
    "O'Brien \"quoted\" \\ back\\slash \\'",
    "$$; DROP SCHEMA public CASCADE; $$",
    "%s %L %I %% {} {0}",
    "Ağdam / Шуша; -- comment",
)
TEXT_FIELDS = ("hazard_id", "method", "team", "remarks", "imsma_id", "imsma_links")


@pytest.fixture(scope="session")
def logins(postgres_server):
    """The logins, each in its group role (cluster-wide, made once)."""
    statements = pgschema.roles_sql()
    for login, role in ROLE_OF.items():
        statements.append(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{login}') "
            f"THEN CREATE ROLE {login} LOGIN IN ROLE {role}; END IF; END $$"
        )
    postgres_server.psql(";\n".join(statements) + ";")
    return ROLE_OF


def polygon(wkt: str) -> str:
    return f"ST_GeomFromText('{wkt}', 32638)"


def strip_of(index: int) -> str:
    return square(X + 20 * index, Y, X + 20 * index + 10, Y + 100)


def refused(database, sql, params=None, user=None) -> psycopg2.Error:
    """The error of a statement the database must refuse."""
    with pytest.raises(psycopg2.Error) as caught:
        execute(database, sql, params, user=user)
    return caught.value


@pytest.fixture
def programme(new_postgis, logins):
    """A schema where the admin put each editor in its organisation, and each editor recorded a
    release (with a turning point), a task and an evidence point of its own."""
    db = new_postgis
    execute(db, f"INSERT INTO hazard (hazard_id, classification, geom) VALUES "
                f"('CHA-1', 'CHA', {polygon(H1)})")  # fmt: skip
    for login, organisation in ORGANISATIONS.items():
        execute(
            db,
            "INSERT INTO organisation_member (login, organisation) VALUES (%s, %s)",
            (login, organisation),
            user=ADMIN,
        )
    for index, login in enumerate(ORGANISATIONS):
        execute(
            db,
            "INSERT INTO land_release (release_id, hazard_id, activity, outcome, geom) VALUES "
            f"(%s, 'CHA-1', 'nts', 'cancelled', {polygon(strip_of(index))})",
            (f"R-{login}",),
            user=login,
        )
        execute(
            db,
            "INSERT INTO survey_point (owner_id, point_type, seq) VALUES (%s, 'turning', 1)",
            (f"R-{login}",),
            user=login,
        )
        execute(
            db,
            "INSERT INTO task (task_id, hazard_id) VALUES (%s, 'CHA-1')",
            (f"T-{login}",),
            user=login,
        )
        execute(db, "INSERT INTO evidence (evidence_id) VALUES (%s)", (f"E-{login}",), user=login)
    return db


def snapshot(db):
    tables = ("land_release", "survey_point", "task", "evidence")
    return {t: sql_rows(db, f"SELECT * FROM {t} ORDER BY fid") for t in tables}


def test_editors_record_for_their_own_organisation(programme):
    rows = sql_rows(
        programme,
        "SELECT release_id, organisation, created_by, qa_status FROM land_release ORDER BY fid",
    )
    assert rows == [(f"R-{e}", o, e, "pending") for e, o in ORGANISATIONS.items()]
    assert sql_rows(programme, "SELECT task_id, organisation FROM task ORDER BY fid") == [
        (f"T-{e}", o) for e, o in ORGANISATIONS.items()
    ]
    assert sql_rows(programme, "SELECT evidence_id, created_by FROM evidence ORDER BY fid") == [
        (f"E-{e}", e) for e in ORGANISATIONS
    ]
    # The hazard still exists: the organisation's name was data, never SQL.
    assert sql_rows(programme, "SELECT hazard_id FROM hazard") == [("CHA-1",)]


OTHERS_ROWS = [
    ("UPDATE land_release SET team = 'mine now' WHERE release_id = %s", "R-"),
    ("UPDATE land_release SET organisation = 'ANAMA' WHERE release_id = %s", "R-"),
    ("DELETE FROM land_release WHERE release_id = %s", "R-"),
    ("UPDATE survey_point SET seq = 9 WHERE owner_id = %s", "R-"),
    ("DELETE FROM survey_point WHERE owner_id = %s", "R-"),
    ("INSERT INTO survey_point (owner_id, point_type, seq) VALUES (%s, 'turning', 2)", "R-"),
    ("UPDATE task SET status = 'done' WHERE task_id = %s", "T-"),
    ("UPDATE task SET organisation = 'ANAMA' WHERE task_id = %s", "T-"),
    ("DELETE FROM task WHERE task_id = %s", "T-"),
    ("UPDATE evidence SET remarks = 'moved' WHERE evidence_id = %s", "E-"),
    ("DELETE FROM evidence WHERE evidence_id = %s", "E-"),
]


@pytest.mark.parametrize(("statement", "prefix"), OTHERS_ROWS)
def test_an_editor_cannot_touch_another_organisations_rows(programme, statement, prefix):
    before = snapshot(programme)
    for victim in (B, C):
        error = refused(programme, statement, (prefix + victim,), user=A)
        assert error.pgcode == pgschema.ORGANISATION_CODE
        assert f"{prefix}{victim}" in error.pgerror
        assert "belongs to the organisation" in error.pgerror
        assert "the login orkhan_anama of the organisation 'ANAMA' may not change it" in (
            error.pgerror
        )
    assert snapshot(programme) == before


@pytest.mark.parametrize("organisation", ["HALO Trust", "Delta " + INJECTION, "anama"])
def test_an_editor_cannot_claim_another_organisation(programme, organisation):
    before = snapshot(programme)
    for statement in (
        "INSERT INTO land_release (release_id, hazard_id, activity, outcome, organisation) "
        "VALUES ('R-new', 'CHA-1', 'nts', 'cancelled', %s)",
        "INSERT INTO task (task_id, hazard_id, organisation) VALUES ('T-new', 'CHA-1', %s)",
    ):
        error = refused(programme, statement, (organisation,), user=A)
        assert error.pgcode == pgschema.ORGANISATION_CODE
    # Row-level security says the same without the trigger's message (as the table's policy).
    policies = sql_rows(
        programme,
        "SELECT tablename, policyname, cmd FROM pg_policies WHERE schemaname = "
        "current_schema() AND policyname = 'own_organisation_insert' ORDER BY 1",
    )
    assert [p[0] for p in policies] == sorted(pgschema.ORGANISATION_TABLES)
    assert snapshot(programme) == before


def test_an_editor_changes_and_deletes_its_own(programme):
    execute(
        programme,
        "UPDATE land_release SET team = 'Team 2' WHERE release_id = %s",
        (f"R-{A}",),
        user=A,
    )
    execute(programme, "DELETE FROM evidence WHERE evidence_id = %s", (f"E-{A}",), user=A)
    execute(programme, "DELETE FROM survey_point WHERE owner_id = %s", (f"R-{A}",), user=A)
    assert sql_rows(
        programme, "SELECT team FROM land_release WHERE release_id = %s", (f"R-{A}",)
    ) == [("Team 2",)]
    assert sql_rows(programme, "SELECT count(*) FROM evidence") == [(2,)]
    assert sql_rows(programme, "SELECT count(*) FROM survey_point") == [(2,)]


def test_a_login_without_organisation_writes_nothing(programme):
    for statement in (
        "INSERT INTO land_release (release_id, hazard_id, activity, outcome) "
        "VALUES ('R-x', 'CHA-1', 'nts', 'cancelled')",
        "INSERT INTO evidence (evidence_id) VALUES ('E-x')",
        "INSERT INTO hazard (hazard_id, classification) VALUES ('SHA-9', 'SHA')",
        "UPDATE hazard SET remarks = 'x'",
    ):
        error = refused(programme, statement, user=HOMELESS)
        assert error.pgcode == pgschema.ORGANISATION_CODE
        assert "the login nigar_no_org belongs to no organisation" in error.pgerror
    assert sql_rows(programme, "SELECT count(*) FROM land_release") == [(3,)]


def test_only_the_admin_keeps_the_organisations(programme):
    for login in (A, QM, VIEWER):
        with pytest.raises(errors.InsufficientPrivilege):
            execute(
                programme,
                "UPDATE organisation_member SET organisation = 'HALO Trust' WHERE login = %s",
                (A,),
                user=login,
            )
    execute(programme, "DELETE FROM organisation_member WHERE login = %s", (C,), user=ADMIN)
    error = refused(
        programme, "UPDATE task SET status = 'x' WHERE task_id = %s", (f"T-{C}",), user=C
    )
    assert "belongs to no organisation" in error.pgerror
    # The administrators write every organisation's rows (to correct one, for instance).
    execute(
        programme,
        "UPDATE land_release SET organisation = 'HALO Trust' WHERE release_id = %s",
        (f"R-{C}",),
        user=ADMIN,
    )
    assert sql_rows(
        programme, "SELECT organisation FROM land_release WHERE release_id = %s", (f"R-{C}",)
    ) == [("HALO Trust",)]


def test_editors_save_releases_pending_and_never_review_them(programme):
    for statement in (
        "INSERT INTO land_release (release_id, hazard_id, activity, outcome, qa_status) "
        "VALUES ('R-p', 'CHA-1', 'nts', 'cancelled', 'passed')",
        "INSERT INTO land_release (release_id, hazard_id, activity, outcome, reviewed_by) "
        "VALUES ('R-p', 'CHA-1', 'nts', 'cancelled', 'samira_qm')",
        f"UPDATE land_release SET qa_status = 'passed' WHERE release_id = 'R-{A}'",
        f"UPDATE land_release SET qa_status = 'failed', team = 'x' WHERE release_id = 'R-{A}'",
        f"UPDATE land_release SET review_remarks = 'fine' WHERE release_id = 'R-{A}'",
    ):
        error = refused(programme, statement, user=A)
        assert error.pgcode == pgschema.ORGANISATION_CODE
        assert "only quality management (landrelease_qm)" in error.pgerror
    assert sql_rows(programme, "SELECT DISTINCT qa_status FROM land_release") == [("pending",)]


def test_qm_reviews_any_release_and_nothing_else(programme):
    today = sql_rows(programme, "SELECT current_date")[0][0]
    for editor, status in ((A, "passed"), (B, "failed")):
        execute(
            programme,
            "UPDATE land_release SET qa_status = %s, review_remarks = %s, reviewed_by = 'me', "
            "reviewed_on = '2001-01-01' WHERE release_id = %s",
            (status, "Checked on site: O'Brien", f"R-{editor}"),
            user=QM,
        )
    reviews = sql_rows(
        programme,
        "SELECT release_id, qa_status, reviewed_by, reviewed_on, review_remarks "
        "FROM land_release ORDER BY fid",
    )
    assert reviews == [
        (f"R-{A}", "passed", QM, today, "Checked on site: O'Brien"),
        (f"R-{B}", "failed", QM, today, "Checked on site: O'Brien"),
        (f"R-{C}", "pending", None, None, None),
    ]
    before = snapshot(programme)
    for statement in (
        f"UPDATE land_release SET outcome = 'cleared' WHERE release_id = 'R-{A}'",
        f"UPDATE land_release SET geom = {polygon(H1)} WHERE release_id = 'R-{A}'",
        f"DELETE FROM land_release WHERE release_id = 'R-{A}'",
        "INSERT INTO land_release (release_id, hazard_id, activity, outcome) "
        "VALUES ('R-q', 'CHA-1', 'nts', 'cancelled')",
        "UPDATE task SET status = 'x'",
        "INSERT INTO evidence (evidence_id) VALUES ('E-q')",
    ):
        with pytest.raises(errors.InsufficientPrivilege):
            execute(programme, statement, user=QM)
    # The derived fields it may send (as QGIS does) are the database's all the same.
    refused(programme, f"UPDATE land_release SET area_m2 = 1 WHERE release_id = 'R-{A}'", user=QM)
    error = refused(
        programme,
        f"UPDATE land_release SET qa_status = 'approved' WHERE release_id = 'R-{C}'",
        user=QM,
    )
    assert "'approved' is not a QA status" in error.pgerror
    assert snapshot(programme) == before
    # Back to pending: the review's stamp goes; an editor's change of a passed release does too.
    execute(
        programme,
        f"UPDATE land_release SET qa_status = 'pending' WHERE release_id = 'R-{B}'",
        user=QM,
    )
    execute(
        programme,
        f"UPDATE land_release SET outcome = 'reduced' WHERE release_id = 'R-{A}'",
        user=A,
    )
    assert sql_rows(
        programme,
        "SELECT release_id, qa_status, reviewed_by, reviewed_on FROM land_release "
        "WHERE release_id IN (%s, %s) ORDER BY fid",
        (f"R-{A}", f"R-{B}"),
    ) == [(f"R-{A}", "pending", None, None), (f"R-{B}", "pending", None, None)]


@pytest.mark.parametrize("login", [ADMIN, A, QM, VIEWER])
def test_nobody_but_the_owner_touches_the_log(programme, login):
    count = sql_rows(programme, "SELECT count(*), max(fid) FROM edit_log")
    assert count[0][0] >= 4
    for statement in (
        "UPDATE edit_log SET changed_by = 'someone'",
        "DELETE FROM edit_log",
        "TRUNCATE edit_log",
        "INSERT INTO edit_log (layer, action) VALUES ('hazard', 'delete')",
        "ALTER TABLE edit_log DISABLE TRIGGER ALL",
        "ALTER TABLE land_release DISABLE TRIGGER land_release_log",
        "ALTER TABLE land_release DISABLE TRIGGER land_release_organisation",
        "ALTER TABLE land_release DISABLE ROW LEVEL SECURITY",
        "DROP TRIGGER hazard_log ON hazard",
        "DROP TABLE edit_log",
        "ALTER TABLE edit_log ADD COLUMN note text",
        "DROP FUNCTION land_release_log()",
        "CREATE OR REPLACE FUNCTION land_release_log() RETURNS trigger LANGUAGE plpgsql "
        "AS $b$ BEGIN RETURN NULL; END $b$",
        "DROP POLICY own_organisation_insert ON land_release",
        "SET ROLE landrelease_owner",
        f"GRANT landrelease_owner TO {login}",
    ):
        with pytest.raises(errors.InsufficientPrivilege):
            execute(programme, statement, user=login)
    assert sql_rows(programme, "SELECT count(*), max(fid) FROM edit_log") == count
    member = sql_rows(programme, "SELECT pg_has_role(%s, %s, 'MEMBER')", (login, pgschema.OWNER))
    assert member == [(False,)]


def test_who_when_and_areas_are_the_databases(programme):
    wkt = square(X, Y + 200, X + 30, Y + 260)
    execute(
        programme,
        "INSERT INTO land_release (release_id, hazard_id, activity, outcome, created_by, "
        "created_at, updated_at, area_m2, geom) VALUES ('R-own', 'CHA-1', 'nts', 'cancelled', "
        f"'somebody else', '2001-01-01', '2001-01-01', 1, {polygon(wkt)})",
        user=A,
    )
    query = "SELECT created_by, created_at, updated_at, area_m2 FROM land_release WHERE "
    query += "release_id = 'R-own'"
    (row,) = sql_rows(programme, query)
    assert row[0] == A
    assert row[1].year >= 2026 and row[2] == row[1]
    assert row[3] == pytest.approx(ellipsoidal(wkt), abs=0.01)
    execute(
        programme,
        "UPDATE land_release SET created_by = 'x', created_at = '2001-01-01', "
        "updated_at = '2001-01-01', area_m2 = 5 WHERE release_id = 'R-own'",
        user=A,
    )
    (after,) = sql_rows(programme, query)
    assert after[0] == A and after[1] == row[1] and after[2] > row[2]
    assert after[3] == pytest.approx(ellipsoidal(wkt), abs=0.01)
    execute(
        programme,
        "UPDATE hazard SET estimated_area_m2 = 1, created_by = 'x' WHERE hazard_id = 'CHA-1'",
        user=A,
    )
    assert sql_rows(programme, "SELECT estimated_area_m2, created_by FROM hazard") == [
        (pytest.approx(ellipsoidal(H1), abs=0.01), "postgres")
    ]


def test_injection_through_every_text_field_is_stored_as_text(programme):
    tables = sql_rows(
        programme,
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()",
    )
    for index, payload in enumerate(PAYLOADS):
        release_id = f"R{index} {payload}"[:50]
        values = {f: payload[:50] for f in TEXT_FIELDS}
        columns = ", ".join(values)
        execute(
            programme,
            f"INSERT INTO land_release (release_id, activity, outcome, {columns}) "
            f"VALUES (%s, 'nts', 'cancelled', {', '.join(['%s'] * len(values))})",
            (release_id, *values.values()),
            user=C,
        )
        stored = sql_rows(
            programme,
            f"SELECT {columns}, organisation FROM land_release WHERE release_id = %s",
            (release_id,),
        )
        assert stored == [(*values.values(), ORGANISATIONS[C])]
        # Refused for another organisation, the message quotes the row as it is.
        error = refused(
            programme,
            "UPDATE land_release SET remarks = 'x' WHERE release_id = %s",
            (release_id,),
            user=A,
        )
        message = postgis.rights_message(error.pgerror)
        assert f"{release_id} belongs to the organisation {ORGANISATIONS[C]};" in message
    assert (
        sql_rows(
            programme,
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()",
        )
        == tables
    )
    assert sql_rows(programme, "SELECT count(*) FROM hazard") == [(1,)]


# ---------------------------------------------------------------------------------------------
# Through QGIS: the layers of each login, and the plugin's words for the refusal
# ---------------------------------------------------------------------------------------------


def layer_as(database, login: str, table: str) -> QgsVectorLayer:
    source = as_login(database, login).layer_source(table)
    layer = QgsVectorLayer(source, f"{table} ({login})", "postgres")
    assert layer.isValid()
    return layer


def feature_of(layer, expression):
    (feature,) = layer.getFeatures(QgsFeatureRequest().setFilterExpression(expression))
    return feature


def test_in_qgis_an_editor_cannot_change_another_organisations_release(programme, qgis_new_project):
    layer = layer_as(programme, A, "land_release")
    before = snapshot(programme)
    victim = feature_of(layer, f"release_id = 'R-{B}'")
    assert layer.startEditing()
    layer.changeAttributeValue(victim.id(), layer.fields().indexOf("team"), "taken")
    assert not layer.commitChanges()
    errors_text = "\n".join(layer.commitErrors())
    assert f"R-{B} belongs to the organisation 'HALO Trust'" in errors_text
    message = postgis.refusal_message(errors_text)
    assert message.startswith(f"Land release R-{B} belongs to the organisation HALO Trust; ")
    assert "your database login orkhan_anama belongs to ANAMA" in message
    layer.rollBack()
    assert layer.startEditing()
    layer.deleteFeature(victim.id())
    assert not layer.commitChanges()
    assert "belongs to the organisation 'HALO Trust'" in "\n".join(layer.commitErrors())
    layer.rollBack()
    assert snapshot(programme) == before


def test_in_qgis_qm_passes_a_release_but_cannot_move_it(programme, qgis_new_project):
    """The layer's stored form sends the derived fields with every change ($area, now()): the
    database takes them from QM too, and overwrites them."""
    layer = layer_as(programme, QM, "land_release")
    release = feature_of(layer, f"release_id = 'R-{C}'")
    assert layer.startEditing()
    layer.changeAttributeValue(release.id(), layer.fields().indexOf("qa_status"), "passed")
    assert layer.commitChanges(), layer.commitErrors()
    assert sql_rows(
        programme,
        "SELECT qa_status, reviewed_by FROM land_release WHERE release_id = %s",
        (f"R-{C}",),
    ) == [("passed", QM)]
    assert sql_rows(
        programme, "SELECT area_m2 FROM land_release WHERE release_id = %s", (f"R-{C}",)
    ) == [(pytest.approx(ellipsoidal(strip_of(2)), abs=0.01),)]
    assert layer.startEditing()
    assert not layer.changeGeometry(release.id(), QgsGeometry.fromWkt(H1))  # no such right
    layer.changeAttributeValue(release.id(), layer.fields().indexOf("outcome"), "cleared")
    assert not layer.commitChanges()
    errors_text = "\n".join(layer.commitErrors())
    assert "permission denied for table land_release" in errors_text
    assert "quality management only reviews releases" in postgis.refusal_message(errors_text)
    layer.rollBack()
    assert sql_rows(
        programme,
        "SELECT ST_Equals(geom, ST_GeomFromText(%s, 32638)), outcome FROM land_release "
        "WHERE release_id = %s",
        (strip_of(2), f"R-{C}"),
    ) == [(True, "cancelled")]


def test_in_qgis_an_editor_cannot_pass_its_own_release(programme, qgis_new_project):
    layer = layer_as(programme, A, "land_release")
    release = feature_of(layer, f"release_id = 'R-{A}'")
    assert layer.startEditing()
    layer.changeAttributeValue(release.id(), layer.fields().indexOf("qa_status"), "passed")
    assert not layer.commitChanges()
    message = postgis.refusal_message("\n".join(layer.commitErrors()))
    assert message.startswith(f"Land release R-{A}: only quality management sets the QA status")
    layer.rollBack()


def test_the_plugin_save_refuses_another_organisations_release(programme, qgis_new_project):
    project = QgsProject.instance()
    load_database(as_login(programme, A), project)
    layers = recording.find_layers(project)
    area = square(X + 60, Y, X + 100, Y + 100)
    candidate = make_candidate(layers, area, hazard_id="CHA-1", organisation="HALO Trust")
    with pytest.raises(recording.SaveError) as caught:
        recording.save_release(layers, candidate)
    assert "belongs to the organisation HALO Trust; your database login orkhan_anama" in str(
        caught.value
    )
    assert sql_rows(programme, "SELECT count(*) FROM land_release") == [(3,)]
    # Without an organisation the release is the login's organisation's.
    corners = [(X + 60, Y), (X + 100, Y), (X + 100, Y + 100)]
    candidate = make_candidate(layers, area, corners, hazard_id="CHA-1", release_id="LR-A")
    assert recording.save_release(layers, candidate) is not None
    assert sql_rows(
        programme, "SELECT organisation, created_by FROM land_release WHERE release_id = 'LR-A'"
    ) == [("ANAMA", A)]
    assert sql_rows(
        programme, "SELECT seq, created_by FROM survey_point WHERE owner_id = 'LR-A' ORDER BY seq"
    ) == [(1, A), (2, A), (3, A)]


def test_an_upgraded_schema_gets_the_organisations_and_rights(
    postgres_server, logins, qgis_new_project
):
    database = make_previous_schema(postgres_server)
    execute(
        database,
        f"INSERT INTO hazard (hazard_id, classification, geom) VALUES ('CHA-1', 'CHA', "
        f"{polygon(H1)})",
    )
    execute(
        database,
        "INSERT INTO land_release (release_id, hazard_id, activity, outcome, organisation) "
        "VALUES ('R-old', 'CHA-1', 'nts', 'cancelled', 'HALO Trust')",
    )
    # Before: any editor may change any release, and the admin may empty the log.
    assert postgis.bring_up_to_date(database)  # the database's superuser opens it
    for login, organisation in ORGANISATIONS.items():
        execute(
            database,
            "INSERT INTO organisation_member (login, organisation) VALUES (%s, %s)",
            (login, organisation),
            user=ADMIN,
        )
    error = refused(database, "UPDATE land_release SET team = 'x'", user=A)
    assert "R-old belongs to the organisation 'HALO Trust'" in error.pgerror
    execute(database, "UPDATE land_release SET team = 'Team 1'", user=B)
    with pytest.raises(errors.InsufficientPrivilege):
        execute(database, "DELETE FROM edit_log", user=ADMIN)
    assert sql_rows(database, "SELECT team, qa_status FROM land_release") == [("Team 1", "pending")]
    # Once more changes nothing (idempotent), and the schema stays current.
    statements = ";\n".join(pgschema.upgrade_sql(database.schema))
    postgres_server.psql(f"BEGIN;\n{statements};\nCOMMIT;")
    assert sql_rows(database, pgschema.current_sql(database.schema)) == [(True,)]
    assert sql_rows(database, "SELECT team, organisation FROM land_release") == [
        ("Team 1", "HALO Trust")
    ]


def test_the_admin_stores_the_programmes_settings_an_editor_cannot(programme):
    settings = '{"bearing_unit": "mil6000"}'
    postgis.set_schema_comment(as_login(programme, ADMIN), settings)
    assert postgis.schema_comment(programme) == settings
    with pytest.raises(postgis.PostgisError, match="permission denied"):
        postgis.set_schema_comment(as_login(programme, A), '{"bearing_unit": "deg"}')
    assert postgis.schema_comment(programme) == settings


def as_login(database, login: str) -> postgis.PgDatabase:
    uri = database.data_source
    uri.setUsername(login)
    return postgis.PgDatabase(uri.uri(False), database.schema)


def test_a_day_to_day_login_cannot_create_or_upgrade_a_schema(postgres_server, logins):
    database = postgis.resolve(postgres_server.conninfo(user=ADMIN), "lr_by_admin")
    postgres_server.psql(f"GRANT CREATE ON DATABASE {postgres_server.dbname} TO {ADMIN}")
    try:
        with pytest.raises(postgis.PostgisError) as caught:
            postgis._create_schema(database, 32638)
    finally:
        postgres_server.psql(f"REVOKE CREATE ON DATABASE {postgres_server.dbname} FROM {ADMIN}")
    assert str(caught.value).startswith(
        f"The login {ADMIN} works with the land release data day to day (viewer, editor, QM or "
        "admin), so it cannot create the schema "
    )
    assert "the login of the database's owner or a superuser" in str(caught.value)
    assert sql_rows(
        postgis.resolve(postgres_server.conninfo(), "public"),
        "SELECT count(*) FROM pg_namespace WHERE nspname = 'lr_by_admin'",
    ) == [(0,)]


def test_an_editor_of_an_organisation_records_hazards_in_qgis(programme, qgis_new_project):
    """Hazards belong to no organisation: any editor of one writes them."""
    layer = layer_as(programme, B, "hazard")
    _add_hazard(layer, "CHA-2", square(X + 500, Y, X + 600, Y + 100))
    assert sql_rows(programme, "SELECT created_by FROM hazard WHERE hazard_id = 'CHA-2'") == [(B,)]


def test_the_message_bar_says_why_an_edit_was_refused(programme, qgis_iface, request):
    """An edit in the attribute table refused by the database: QGIS shows its own error (the
    database's sentence), the plugin adds the officer's words in the message bar."""
    request.getfixturevalue("plugin")
    layer = layer_as(programme, A, "land_release")
    QgsProject.instance().addMapLayer(layer)
    victim = feature_of(layer, f"release_id = 'R-{C}'")
    assert layer.startEditing()
    layer.changeAttributeValue(victim.id(), layer.fields().indexOf("remarks"), "ours")
    assert not layer.commitChanges()
    layer.rollBack()
    messages = qgis_iface.messageBar().get_messages(Qgis.Warning)
    expected = f"Land release R-{C} belongs to the organisation {ORGANISATIONS[C]}; your "
    assert any(m.startswith(expected) or expected in m for m in messages), messages


def test_qm_stores_the_figures_its_review_moves(programme, qgis_new_project):
    """A review may move a hazard's figures (a failed release no longer counts): quality
    management's QGIS recomputes and stores them, though QM belongs to no organisation and
    writes nothing else of a hazard."""
    from landrelease.storage import derived

    unknown = "UPDATE hazard SET remaining_area_m2 = NULL, status = 'unknown'"
    figures = "SELECT remaining_area_m2, status FROM hazard WHERE hazard_id = 'CHA-1'"
    execute(programme, unknown)
    derived.refresh(programme)  # the database's superuser: the reference
    expected = sql_rows(programme, figures)
    assert expected[0][0] is not None and expected[0][1] != "unknown"
    execute(programme, unknown)
    derived.refresh(as_login(programme, QM))
    assert sql_rows(programme, figures) == expected
    with pytest.raises(errors.InsufficientPrivilege):
        execute(programme, "UPDATE hazard SET remarks = 'qm'", user=QM)


def test_a_reviewed_release_is_kept_until_qm_reopens_it(programme):
    execute(
        programme,
        f"UPDATE land_release SET qa_status = 'failed' WHERE release_id = 'R-{A}'",
        user=QM,
    )
    error = refused(programme, f"DELETE FROM land_release WHERE release_id = 'R-{A}'", user=A)
    assert error.pgcode == pgschema.ORGANISATION_CODE
    assert postgis.rights_message(error.pgerror) == (
        f"Land release R-{A} has been reviewed by quality management (Failed), so it may not be "
        "deleted. Nothing was deleted: ask quality management to set it back to pending first, "
        "or record a new release."
    )
    # A failed release corrected by its editor stays failed: re-working it is a new release.
    execute(programme, f"UPDATE land_release SET team = 'B' WHERE release_id = 'R-{A}'", user=A)
    assert sql_rows(
        programme, "SELECT team, qa_status FROM land_release WHERE release_id = %s", (f"R-{A}",)
    ) == [("B", "failed")]
    execute(
        programme,
        f"UPDATE land_release SET qa_status = 'pending' WHERE release_id = 'R-{A}'",
        user=QM,
    )
    execute(programme, f"DELETE FROM land_release WHERE release_id = 'R-{A}'", user=A)
    assert sql_rows(programme, "SELECT count(*) FROM land_release") == [(2,)]


def test_injection_through_a_qgis_layer_is_stored_as_text(programme, qgis_new_project):
    from qgis.core import QgsVectorLayerUtils

    layer = layer_as(programme, C, "land_release")
    fields = layer.fields()
    assert layer.startEditing()
    for index, payload in enumerate(PAYLOADS):
        values = {f: payload[:50] for f in TEXT_FIELDS}
        values.update(
            release_id=f"Q{index} {payload}"[:50],
            activity="nts",
            outcome="cancelled",
            organisation=ORGANISATIONS[C],
        )
        feature = QgsVectorLayerUtils.createFeature(
            layer,
            QgsGeometry.fromWkt(strip_of(3 + index)),
            {fields.indexOf(k): v for k, v in values.items()},
        )
        assert layer.addFeature(feature)
    assert layer.commitChanges(), layer.commitErrors()
    stored = sql_rows(
        programme,
        f"SELECT {', '.join(TEXT_FIELDS)} FROM land_release WHERE release_id LIKE 'Q%' "
        "ORDER BY fid",
    )
    assert stored == [tuple(p[:50] for _f in TEXT_FIELDS) for p in PAYLOADS]
    assert sql_rows(programme, "SELECT count(*) FROM hazard") == [(1,)]
