"""The PostGIS DDL is generated from the model: every layer, field, code list and role."""

from __future__ import annotations

import re

import pytest

from landrelease.core import model, pgschema


@pytest.fixture(scope="module")
def ddl() -> list[str]:
    return pgschema.schema_sql("landrelease", 32638, "public")


def _table_sql(ddl, name):
    (create,) = [s for s in ddl if s.startswith(f'CREATE TABLE "landrelease"."{name}" (')]
    return create


@pytest.mark.parametrize("definition", model.LAYERS, ids=lambda d: d.name)
def test_every_layer_and_field_of_the_model_is_created(ddl, definition):
    create = _table_sql(ddl, definition.name)
    columns = re.findall(r'^\s+"([a-z_0-9]+)" ', create, re.M)
    expected = ["fid", *definition.field_names()] + (["geom"] if definition.geometry else [])
    if definition.name in pgschema.EDITOR_TABLES:  # the database's own bookkeeping, last
        expected.append(pgschema.VERSION_COLUMN)
    assert columns == expected
    if definition.geometry:
        assert f'"geom" geometry({definition.geometry}, 32638)' in create
    for f in definition.fields:
        line = next(x for x in create.splitlines() if x.strip().startswith(f'"{f.name}" '))
        assert ("NOT NULL" in line) == (f.not_null and f.derived is None), line
        assert ("UNIQUE" in line) == f.unique, line
        assert "CHECK" not in line  # unknown codes are kept and reported, as in a GeoPackage
        if f.length:
            assert f"varchar({f.length})" in line


def test_triggers_and_the_log_for_the_logged_layers(ddl):
    triggers = re.findall(r'CREATE TRIGGER "([a-z_]+)"', "\n".join(ddl))
    assert sorted(triggers) == sorted(
        [f"{d.name}_derived" for d in model.LAYERS]
        + ["hazard_log", "land_release_log", "hazard_figures", "land_release_marks_hazards"]
        + [f"{t}_check_version" for t in pgschema.EDITOR_TABLES]
        + [f"{t}_organisation" for t in pgschema.EDITOR_TABLES]
    )
    log_functions = [s for s in ddl if '_log"() RETURNS trigger' in s]
    assert len(log_functions) == 2
    assert all("SECURITY DEFINER" in s and "search_path" in s for s in log_functions)
    evidence = next(s for s in ddl if '"evidence_derived"() RETURNS' in s)
    for code in model.DIRECT_EVIDENCE_TYPES + model.INDIRECT_EVIDENCE_TYPES:
        assert f"'{code}'" in evidence
    release = next(s for s in ddl if '"land_release_derived"() RETURNS' in s)
    assert "::geography, true" in release  # ellipsoidal area


def test_grants_give_editors_no_schema_rights(ddl):
    grants = [s for s in ddl if s.startswith(("GRANT", "REVOKE", "ALTER SCHEMA"))]
    assert 'ALTER SCHEMA "landrelease" OWNER TO "landrelease_owner"' in grants
    editor = [g for g in grants if g.endswith('TO "landrelease_editor"')]
    assert all("CREATE" not in g and not g.startswith("GRANT ALL") for g in editor)
    written = next(g for g in editor if g.startswith("GRANT INSERT, UPDATE, DELETE"))
    for table in pgschema.EDITOR_TABLES:
        assert f'"landrelease"."{table}"' in written
    for table in ("edit_log", "district", "line_of_contact"):
        assert f'"{table}"' not in written


@pytest.mark.parametrize(
    ("name", "valid"),
    [
        ("landrelease", True),
        ("lr_2026", True),
        ("_x", True),
        ("", False),
        ("Landrelease", False),
        ("2lr", False),
        ("lr-aze", False),
        ("pg_lr", False),
        ("şuşa", False),
        ('lr"; DROP SCHEMA public; --', False),
        ("a" * 64, False),
    ],
)
def test_schema_names(name, valid):
    assert pgschema.valid_schema_name(name) is valid
    if not valid:
        with pytest.raises(ValueError):
            pgschema.schema_sql(name, 32638)


def test_quoting():
    assert pgschema.ident('we"ird') == '"we""ird"'
    assert pgschema.literal("Ağdam's") == "'Ağdam''s'"


def test_the_figures_triggers_mark_what_they_cannot_compute(ddl):
    """A release's change makes the hazards under it unknown (remaining NULL, status unknown),
    in fid order (no deadlock between two such changes); a hazard over no release is open with
    its ellipsoidal area, computed after waiting for the releases being written (SHARE lock)."""
    release = next(s for s in ddl if '"land_release_marks_hazards"() RETURNS trigger' in s)
    assert "SECURITY DEFINER" in release and "search_path" in release
    assert "remaining_area_m2 = NULL, status = 'unknown'" in release
    assert "ORDER BY fid FOR UPDATE" in release
    for column in ("geom", "outcome", "end_date"):  # what moves figures; other fields do not
        assert f"{column}" in release
    hazard = next(s for s in ddl if '"hazard_figures"() RETURNS trigger' in s)
    assert "IN SHARE MODE" in hazard and "::geography, true" in hazard
    assert "status_changed_on := current_date" in hazard
    create = next(s for s in ddl if s.startswith('CREATE TRIGGER "hazard_figures"'))
    assert 'BEFORE INSERT OR UPDATE OF "geom"' in create
    assert pgschema.UNKNOWN_STATUS not in model.CODE_LISTS["status"].values()


@pytest.mark.parametrize("table", pgschema.EDITOR_TABLES)
def test_every_edited_table_refuses_updates_based_on_a_stale_row(ddl, table):
    function = next(s for s in ddl if f'"{table}_check_version"() RETURNS trigger' in s)
    assert f"USING ERRCODE = '{pgschema.STALE_ROW_CODE}'" in function
    assert "since you opened it" in function
    assert ("edit_log" in function) == (table in pgschema.LOGGED_TABLES)  # who changed it
    definition = model.layer(table)
    own = [f.name for f in definition.fields if f.derived is None]
    for name in own:  # a change of the row's own fields makes a new version ...
        if table == "hazard" and name in pgschema.FIGURE_FIELDS:
            assert f'NEW."{name}"' not in function  # ... not the figures the accounting writes
        else:
            assert f'NEW."{name}"' in function
    for f in definition.fields:
        if f.derived is not None:
            assert f'NEW."{f.name}"' not in function
    assert f'ALTER FUNCTION "landrelease"."{table}_check_version"() OWNER TO' in "\n".join(ddl)


def test_the_owner_role_owns_everything_and_no_day_to_day_role_holds_it(ddl):
    owners = [s for s in ddl if " OWNER TO " in s]
    assert owners and all(s.endswith(f'OWNER TO "{pgschema.OWNER}"') for s in owners)
    assert f'ALTER TABLE "landrelease"."{pgschema.LOG_TABLE}" OWNER TO "landrelease_owner"' in ddl
    for function in pgschema._functions("landrelease"):
        assert f"ALTER FUNCTION {function} OWNER TO" in "\n".join(ddl)
    grants = [s for s in ddl if s.startswith("GRANT")] + pgschema.roles_sql()
    assert not any(f'GRANT "{pgschema.OWNER}"' in g for g in grants)
    membership = pgschema.owner_membership_sql()[0]
    assert "rolsuper" in membership and "RAISE EXCEPTION" in membership
    assert pgschema.OWNER not in pgschema.ROLES


def test_row_level_security_on_the_organisations_tables(ddl):
    for table in pgschema.ORGANISATION_TABLES:
        assert f'ALTER TABLE "landrelease"."{table}" ENABLE ROW LEVEL SECURITY' in ddl
        policies = [s for s in ddl if s.startswith("CREATE POLICY") and f'."{table}" ' in s]
        insert = next(p for p in policies if "FOR INSERT" in p)
        assert 'TO "landrelease_editor" WITH CHECK' in insert
        assert '"landrelease"."login_organisation"()' in insert
    for table in set(pgschema.EDITOR_TABLES) - set(pgschema.ORGANISATION_TABLES):
        assert f'ALTER TABLE "landrelease"."{table}" ENABLE ROW LEVEL SECURITY' not in ddl
    review = next(s for s in ddl if s.startswith('CREATE POLICY "review"'))
    assert '"land_release"' in review and 'TO "landrelease_qm"' in review


def test_qm_updates_the_review_and_what_the_database_overwrites_only(ddl):
    qm = [s for s in ddl if s.endswith('TO "landrelease_qm"') and s.startswith("GRANT")]
    (grant,) = [g for g in qm if '"land_release"' in g]
    columns = re.search(r"GRANT UPDATE \((.*)\) ON", grant)[1]
    granted = {c.strip('" ') for c in columns.split(",")}
    derived = {f.name for f in model.layer("land_release").fields if f.derived}
    assert granted == {*pgschema.REVIEW_FIELDS, pgschema.VERSION_COLUMN, *derived} - {"uuid"}
    assert not granted & {"geom", "outcome", "organisation", "end_date"}
    # and the hazards' figures a review moves (the accounting's), nothing of a hazard's own
    (figures,) = [g for g in qm if '"hazard"' in g]
    columns = {c.strip('" ') for c in re.search(r"GRANT UPDATE \((.*)\) ON", figures)[1].split(",")}
    assert set(pgschema.FIGURE_FIELDS) <= columns
    assert not columns & {"geom", "hazard_id", "classification", "remarks", "uuid"}


def test_the_organisation_triggers_refuse_loudly(ddl):
    for table in pgschema.EDITOR_TABLES:
        function = next(s for s in ddl if f'"{table}_organisation"() RETURNS trigger' in s)
        assert f"ERRCODE = '{pgschema.ORGANISATION_CODE}'" in function
        assert "SECURITY DEFINER" not in function.split("AS $body$")[0]  # current_user: who
        assert "search_path" in function
        belongs = "belongs to the organisation" in function
        assert belongs == (table in pgschema.ORGANISATION_TABLES)
    release = next(s for s in ddl if '"land_release_organisation"() RETURNS' in s)
    assert "NEW.reviewed_by := session_user" in release
    assert "NEW.reviewed_on := current_date" in release


def test_the_upgrade_is_the_creation_made_idempotent():
    upgrade = pgschema.upgrade_sql("landrelease")
    assert not any(s.startswith("CREATE FUNCTION ") for s in upgrade)
    assert not any(s.startswith("CREATE TABLE ") and "IF NOT EXISTS" not in s for s in upgrade)
    added = [s for s in upgrade if "ADD COLUMN IF NOT EXISTS" in s]
    assert any('"land_release" ADD COLUMN IF NOT EXISTS "reviewed_by"' in s for s in added)
    created = set(re.findall(r'CREATE TRIGGER ("[a-z_]+")', "\n".join(upgrade)))
    dropped = set(re.findall(r'DROP TRIGGER IF EXISTS ("[a-z_]+")', "\n".join(upgrade)))
    assert created == dropped
    assert upgrade[-len(pgschema.grants_sql("landrelease")) :] == pgschema.grants_sql("landrelease")
