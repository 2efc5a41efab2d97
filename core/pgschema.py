"""The land release data model as PostgreSQL/PostGIS DDL, generated from ``core.model``.

There is no second, hand-written schema: every table, column, constraint, trigger and grant here
comes from ``model.LAYERS``. The statements are meant to run in one transaction, so that a
failed creation leaves the database as it was. Nothing here imports QGIS.

Roles (cluster-wide, created when missing, never dropped):
- ``landrelease_viewer``: reads every table.
- ``landrelease_editor``: a viewer who also inserts, updates and deletes the records of the
  field work (``EDITOR_TABLES``); never alters or drops a table, never writes ``edit_log``.
- ``landrelease_admin``: owns the schema and its tables.

Besides the model's columns, every table editors write has ``row_version`` (not a model field:
bookkeeping of the database, hidden in the forms), against lost updates: see
``_version_trigger``. And the hazards' derived figures are kept true by triggers: see
``_figures_triggers``.
"""

from __future__ import annotations

import re

from . import model

VIEWER, EDITOR, ADMIN = "landrelease_viewer", "landrelease_editor", "landrelease_admin"
ROLES = (VIEWER, EDITOR, ADMIN)

# What editors write; reference data (line of contact, districts) is the administrators'.
EDITOR_TABLES = (
    "evidence",
    "hazard",
    "land_release",
    "survey_point",
    "minefield_record",
    "traverse_leg",
    "task",
)
LOGGED_TABLES = ("hazard", "land_release")
LOG_TABLE = "edit_log"
# The version of a row, counted by the database, sent back by QGIS to prove which version an
# update is based on (``_version_trigger``).
VERSION_COLUMN = "row_version"
# The layer default value that makes QGIS send it: the version read, negated (QGIS sends only
# values that differ from the stored ones), evaluated when the feature is first changed.
VERSION_DEFAULT = f'-abs("{VERSION_COLUMN}")'
# The hazard fields the accounting writes: not the user's, they never make a version.
FIGURE_FIELDS = ("remaining_area_m2", "status", "status_changed_on")
# The status of a hazard whose figures are being recomputed (core.derived.UNKNOWN). Not in the
# status code list on purpose: it is no state of the hazard, and nothing can take it for one.
UNKNOWN_STATUS = "unknown"

DEFAULT_SCHEMA = "landrelease"
GEOMETRY_COLUMN = "geom"
# (table, trigger and function name, event) of the figures triggers
FIGURES_TRIGGERS = (
    ("land_release", "land_release_marks_hazards", "AFTER INSERT OR UPDATE OR DELETE"),
    (
        "hazard",
        "hazard_figures",
        f'BEFORE INSERT OR UPDATE OF "{GEOMETRY_COLUMN}", status, status_changed_on',
    ),
)
ID_COLUMN = "fid"

_PG_TYPES = {
    model.TEXT: "text",
    model.INTEGER: "integer",
    model.REAL: "double precision",
    model.DATE: "date",
    model.DATETIME: "timestamp with time zone",
}


def ident(name: str) -> str:
    """``name`` as a quoted SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def literal(value: str) -> str:
    """``value`` as a quoted SQL string literal."""
    return "'" + str(value).replace("'", "''") + "'"


def valid_schema_name(name: str) -> bool:
    """A schema name a GIS officer can type everywhere: lower-case ASCII, digits and _."""
    return (
        0 < len(name) <= 63
        and name[0].isascii()
        and (name[0].isalpha() or name[0] == "_")
        and all(c.isascii() and (c.islower() or c.isdigit() or c == "_") for c in name)
        and not name.startswith("pg_")
    )


def _column(f: model.Field) -> str:
    sql_type = f"varchar({f.length})" if f.type == model.TEXT and f.length else _PG_TYPES[f.type]
    parts = [ident(f.name), sql_type]
    # Derived fields may arrive empty and are filled by the triggers.
    if f.not_null and f.derived is None:
        parts.append("NOT NULL")
    if f.default is not None:
        parts.append("DEFAULT " + literal(f.default))
    elif f.derived in (model.DERIVED_CREATED, model.DERIVED_UPDATED):
        parts.append("DEFAULT now()")
    if f.unique:
        parts.append("UNIQUE")
    # Code lists are not CHECK constraints: as in a GeoPackage, a record with an unknown code
    # (old survey data, an IMSMA import) is kept and reported by checkdata, never refused whole.
    return " ".join(parts)


def _table(schema: str, definition: model.Layer, srid: int) -> list[str]:
    table = f"{ident(schema)}.{ident(definition.name)}"
    # serial, not bigserial: QGIS uses an int4 key as the feature id, as a GeoPackage fid.
    columns = [f"{ident(ID_COLUMN)} serial PRIMARY KEY"]
    columns += [_column(f) for f in definition.fields]
    if definition.geometry:
        columns.append(f"{ident(GEOMETRY_COLUMN)} geometry({definition.geometry}, {int(srid)})")
    if definition.name in EDITOR_TABLES:
        columns.append(f"{ident(VERSION_COLUMN)} integer DEFAULT 1")
    sql = [
        f"CREATE TABLE {table} (\n  " + ",\n  ".join(columns) + "\n)",
        f"COMMENT ON TABLE {table} IS {literal(definition.label)}",
    ]
    if definition.geometry:
        sql.append(
            f"CREATE INDEX {ident(definition.name + '_geom_idx')} ON {table} "
            f"USING gist ({ident(GEOMETRY_COLUMN)})"
        )
    for relation in model.RELATIONS:
        if relation.child == definition.name:
            index = ident(f"{definition.name}_{relation.child_field}_idx")
            statement = f"CREATE INDEX {index} ON {table} ({ident(relation.child_field)})"
            if statement not in sql:
                sql.append(statement)
    return sql


def _search_path(schema: str, postgis_schema: str) -> str:
    """The fixed search_path of the trigger functions: whatever the caller's, they find their
    tables and PostGIS, and nothing a user put in a temporary schema."""
    return ", ".join(ident(s) for s in dict.fromkeys((schema, postgis_schema))) + ", pg_temp"


def _area_sql(column: str) -> str:
    """Ellipsoidal (WGS 84) area of NEW's geometry in m², rounded as the forms round $area."""
    return (
        f"NEW.{ident(column)} := round(ST_Area(ST_Transform(NEW.{ident(GEOMETRY_COLUMN)}, 4326)"
        f"::geography, true)::numeric, 2)::double precision;"
    )


def _derived_trigger(schema: str, definition: model.Layer, postgis_schema: str) -> list[str]:
    """A BEFORE trigger filling uuid, times, user, areas and evidence class for rows written by
    any program; values a program sets itself are kept."""
    name = definition.name
    function = f"{ident(schema)}.{ident(name + '_derived')}"
    fields = {f.name: f for f in definition.fields}
    body = [
        "IF TG_OP = 'INSERT' THEN",
        "  NEW.uuid := coalesce(NEW.uuid, gen_random_uuid()::text);",
        "  NEW.created_at := coalesce(NEW.created_at, now());",
        "  NEW.created_by := coalesce(NEW.created_by, session_user);",
        "  NEW.updated_at := coalesce(NEW.updated_at, NEW.created_at);",
        "ELSIF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN",
        "  NEW.updated_at := now();",
        "END IF;",
    ]
    for f in definition.fields:
        if f.derived == model.DERIVED_AREA:
            column = ident(f.name)
            geom = ident(GEOMETRY_COLUMN)
            body += [
                f"IF NEW.{geom} IS NULL THEN",
                f"  NEW.{column} := NULL;",
                f"ELSIF (TG_OP = 'INSERT' AND NEW.{column} IS NULL) OR (TG_OP = 'UPDATE' AND",
                f"    NOT ST_OrderingEquals(NEW.{geom}, OLD.{geom}) AND",
                f"    NEW.{column} IS NOT DISTINCT FROM OLD.{column}) THEN",
                "  " + _area_sql(f.name),
                "END IF;",
            ]
    if "evidence_class" in fields and "evidence_type" in fields:
        direct = ", ".join(literal(v) for v in model.DIRECT_EVIDENCE_TYPES)
        indirect = ", ".join(literal(v) for v in model.INDIRECT_EVIDENCE_TYPES)
        body += [
            f"IF NEW.evidence_type IN ({direct}) THEN",
            f"  NEW.evidence_class := {literal(model.DIRECT)};",
            f"ELSIF NEW.evidence_type IN ({indirect}) THEN",
            f"  NEW.evidence_class := {literal(model.INDIRECT)};",
            "END IF;",
        ]
    body.append("RETURN NEW;")
    return [
        f"CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql "
        f"SET search_path = {_search_path(schema, postgis_schema)} AS $body$\nBEGIN\n  "
        + "\n  ".join(body)
        + "\nEND\n$body$",
        f"CREATE TRIGGER {ident(name + '_derived')} BEFORE INSERT OR UPDATE ON "
        f"{ident(schema)}.{ident(name)} FOR EACH ROW EXECUTE FUNCTION {function}()",
    ]


def _log_trigger(schema: str, name: str, postgis_schema: str) -> list[str]:
    """An AFTER trigger writing every insert, update and delete of ``name`` to edit_log: before
    and after as JSON of every model field, the geometry as EWKB hex (restores the row exactly),
    and the database login as ``changed_by``. SECURITY DEFINER: editors cannot write the log
    themselves."""
    function = f"{ident(schema)}.{ident(name + '_log')}"
    log = f"{ident(schema)}.{ident(LOG_TABLE)}"

    def as_json(row: str) -> str:
        # every model field: not the key, nor the row version (the database's bookkeeping)
        fields = f"(to_jsonb({row}) - 'fid' - {literal(VERSION_COLUMN)})"
        return (
            f"CASE WHEN {row}.{ident(GEOMETRY_COLUMN)} IS NULL THEN {fields} "
            f"ELSE jsonb_set({fields}, '{{{GEOMETRY_COLUMN}}}', "
            f"to_jsonb(encode(ST_AsEWKB({row}.{ident(GEOMETRY_COLUMN)}), 'hex'))) END"
        )

    body = f"""
DECLARE
  before_row jsonb;
  after_row jsonb;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN before_row := {as_json("OLD")}; END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN after_row := {as_json("NEW")}; END IF;
  INSERT INTO {log} (layer, feature_uuid, action, changed_by, changed_at, "before", "after")
  VALUES (TG_TABLE_NAME, coalesce(after_row ->> 'uuid', before_row ->> 'uuid'), lower(TG_OP),
          session_user, clock_timestamp(), before_row::text, after_row::text);
  RETURN NULL;
END
"""
    return [
        f"CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
        f"SET search_path = {_search_path(schema, postgis_schema)} AS $body${body}$body$",
        f"REVOKE ALL ON FUNCTION {function}() FROM PUBLIC",
        f"CREATE TRIGGER {ident(name + '_log')} AFTER INSERT OR UPDATE OR DELETE ON "
        f"{ident(schema)}.{ident(name)} FOR EACH ROW EXECUTE FUNCTION {function}()",
    ]


def _table_name(schema: str, name: str) -> str:
    return f"{ident(schema)}.{ident(name)}"


def _same_geometry(a: str, b: str) -> str:
    return (
        f"ST_AsEWKB({a}.{ident(GEOMETRY_COLUMN)}) IS NOT DISTINCT FROM "
        f"ST_AsEWKB({b}.{ident(GEOMETRY_COLUMN)})"
    )


def _statuses() -> str:
    return "(" + ", ".join(literal(c) for c in model.CODE_LISTS["status"].values()) + ")"


def _figures_triggers(schema: str, postgis_schema: str) -> list[str]:
    """Triggers keeping the hazards' stored figures (remaining_area_m2, status) true for every
    program (see storage/derived.py): a release inserted, deleted or changed in geometry,
    outcome or end date marks the hazards under it unknown (remaining NULL, status 'unknown')
    for the land release accounting to recompute; a hazard inserted or moved gets its figures
    at once when no release lies under it (open, its ellipsoidal area), else is marked unknown.
    SECURITY DEFINER: a hazard's figures follow a release whoever may edit the hazard."""
    path = _search_path(schema, postgis_schema)
    sql = []
    # (PostgreSQL fires the triggers of an event in name order: a release's own log row first)
    for table, name, event in FIGURES_TRIGGERS:
        if table == "land_release":
            body = _release_marks_hazards_body(schema)
        else:
            body = _hazard_figures_body(schema)
        function = _table_name(schema, name)
        sql += [
            f"CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
            f"SET search_path = {path} AS $body${body}$body$",
            f"REVOKE ALL ON FUNCTION {function}() FROM PUBLIC",
            f"CREATE TRIGGER {ident(name)} {event} ON {_table_name(schema, table)} "
            f"FOR EACH ROW EXECUTE FUNCTION {function}()",
        ]
    return sql


def _release_marks_hazards_body(schema: str) -> str:
    """The body of the release trigger: the hazards under the old and the new geometry of a
    release whose geometry, outcome or end date changed are marked unknown."""
    geom = ident(GEOMETRY_COLUMN)
    return f"""
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF {_same_geometry("NEW", "OLD")} AND NEW.outcome IS NOT DISTINCT FROM OLD.outcome
        AND NEW.end_date IS NOT DISTINCT FROM OLD.end_date
        AND (NEW.qa_status IS NOT DISTINCT FROM OLD.qa_status
          OR (coalesce(lower(btrim(NEW.qa_status)), '') IN ('', 'pending', 'passed')
          AND coalesce(lower(btrim(OLD.qa_status)), '') IN ('', 'pending', 'passed'))) THEN
      RETURN NULL;
    END IF;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    IF OLD.{geom} IS NOT NULL THEN
      {_mark_hazards_unknown(schema, "OLD")}
    END IF;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    IF NEW.{geom} IS NOT NULL THEN
      {_mark_hazards_unknown(schema, "NEW")}
    END IF;
  END IF;
  RETURN NULL;
END
"""


def _mark_hazards_unknown(schema: str, row: str) -> str:
    """The UPDATE marking unknown the hazards whose box meets ``row``'s geometry (locked in
    fid order against deadlocks)."""
    hazard, geom = _table_name(schema, "hazard"), ident(GEOMETRY_COLUMN)
    unknown = literal(UNKNOWN_STATUS)
    return (
        f"UPDATE {hazard} SET remaining_area_m2 = NULL, status = {unknown} WHERE fid IN "
        f"(SELECT fid FROM {hazard} WHERE {geom} && {row}.{geom} AND "
        f"(remaining_area_m2 IS NOT NULL OR status IS DISTINCT FROM {unknown}) "
        "ORDER BY fid FOR UPDATE);"
    )


def _previous_status_sql(schema: str) -> str:
    """The status the hazard OLD had before its figures became unknown, from the edit log,
    into ``previous``."""
    before, after = (f"({c}::jsonb ->> 'status')" for c in ('"before"', '"after"'))
    unknown = literal(UNKNOWN_STATUS)
    return (
        f"SELECT {before} INTO previous FROM {_table_name(schema, LOG_TABLE)} "
        f"WHERE layer = 'hazard' AND feature_uuid = OLD.uuid AND {after} = {unknown} "
        f"AND coalesce({before}, '') <> {unknown} ORDER BY fid DESC LIMIT 1;"
    )


def _hazard_figures_body(schema: str) -> str:
    """The body of the hazard trigger: figures of a hazard inserted or moved, and the date of
    its status kept when figures written over unknown ones give back the status it had."""
    release, geom = _table_name(schema, "land_release"), ident(GEOMETRY_COLUMN)
    unknown, previous_status = literal(UNKNOWN_STATUS), _previous_status_sql(schema)
    return f"""
DECLARE
  previous text;
  figure text;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF {_same_geometry("NEW", "OLD")} THEN
      -- Figures written by a program over unknown ones (the save transaction): the status's
      -- date stays when the status is the one the hazard had before they became unknown.
      IF OLD.status = {unknown} AND NEW.status IN {_statuses()}
          AND NEW.status_changed_on IS DISTINCT FROM OLD.status_changed_on THEN
        {previous_status}
        IF previous = NEW.status THEN
          NEW.status_changed_on := OLD.status_changed_on;
        END IF;
      END IF;
      RETURN NEW;
    END IF;
  END IF;
  IF NEW.{geom} IS NULL OR ST_IsEmpty(NEW.{geom}) THEN
    NEW.remaining_area_m2 := 0;
    figure := 'open';
  ELSE
    -- Releases being written by others now must be seen: SHARE waits for their transactions
    -- and keeps new ones out until this one ends.
    LOCK TABLE {release} IN SHARE MODE;
    IF EXISTS (SELECT 1 FROM {release} r WHERE r.{geom} && NEW.{geom}) THEN
      NEW.remaining_area_m2 := NULL;
      figure := {unknown};
    ELSE
      {_area_sql("remaining_area_m2")}
      figure := 'open';
    END IF;
  END IF;
  IF TG_OP = 'UPDATE' AND figure <> {unknown} THEN
    previous := OLD.status;
    IF previous IS NULL OR previous NOT IN {_statuses()} THEN
      {previous_status}
    END IF;
    IF previous IN {_statuses()} AND previous <> figure THEN
      NEW.status_changed_on := current_date;
    END IF;
  END IF;
  NEW.status := figure;
  RETURN NEW;
END
"""


STALE_ROW_MESSAGE = "{} {} was changed by {} at {} since you opened it: reload it and make "
STALE_ROW_CODE = "LR409"  # the SQLSTATE of a refused update based on a stale row


def _version_trigger(schema: str, definition: model.Layer, postgis_schema: str) -> list[str]:
    """A BEFORE trigger against lost updates on a table editors write.

    ``row_version`` counts the changes of the row's own fields and geometry (not the figures
    the accounting writes, nor the times and areas derived). QGIS sends, with a change, the
    version it read, negated (``VERSION_DEFAULT``); when that is not the row's version, someone
    changed the row since: the update is refused with a message naming the row, who changed it
    and when (from the edit log where there is one). Programs that send no version (scripts,
    the save transaction) are not checked."""
    name = definition.name
    function = _table_name(schema, name + "_check_version")
    version = ident(VERSION_COLUMN)
    changed = _own_values_changed(definition)
    row_id = f"OLD.{ident(definition.id_field)}::text" if definition.id_field else "OLD.fid::text"
    last_change = _last_change_sql(schema, name) if name in LOGGED_TABLES else ""
    message = STALE_ROW_MESSAGE.replace("{}", "%") + "your change again."
    body = f"""
DECLARE
  last_by text;
  last_at timestamp with time zone;
BEGIN
  IF TG_OP = 'INSERT' THEN
    NEW.{version} := 1;
    RETURN NEW;
  END IF;
  IF NEW.{version} < 0 AND -NEW.{version} IS DISTINCT FROM OLD.{version} THEN
    {last_change}
    last_at := coalesce(last_at, OLD.updated_at);
    RAISE EXCEPTION {literal(message)}, {literal(name)}, coalesce({row_id}, OLD.fid::text),
      coalesce(last_by, 'another user'),
      coalesce(to_char(last_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI "UTC"'), 'an unknown time')
      USING ERRCODE = {literal(STALE_ROW_CODE)},
        DETAIL = format('version %s read, %s stored', -NEW.{version}, OLD.{version});
  END IF;
  IF {changed} THEN
    NEW.{version} := coalesce(OLD.{version}, 0) + 1;
  ELSE
    NEW.{version} := OLD.{version};
  END IF;
  RETURN NEW;
END
"""
    return [
        f"CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql "
        f"SET search_path = {_search_path(schema, postgis_schema)} AS $body${body}$body$",
        f"CREATE TRIGGER {ident(name + '_check_version')} BEFORE INSERT OR UPDATE ON "
        f"{_table_name(schema, name)} FOR EACH ROW EXECUTE FUNCTION {function}()",
    ]


def _own_values_changed(definition: model.Layer) -> str:
    """Whether a row's own fields or geometry changed (not the derived fields, nor the figures
    the accounting writes on a hazard), as SQL on NEW and OLD."""
    figures = FIGURE_FIELDS if definition.name == "hazard" else ()
    own = [ident(f.name) for f in definition.fields if f.derived is None and f.name not in figures]
    new_values = ", ".join(f"NEW.{c}" for c in own)
    old_values = ", ".join(f"OLD.{c}" for c in own)
    changed = f"ROW({new_values}) IS DISTINCT FROM ROW({old_values})"
    if definition.geometry:
        changed = f"({changed} OR NOT ({_same_geometry('NEW', 'OLD')}))"
    return changed


def _last_change_sql(schema: str, name: str) -> str:
    """Who changed the row OLD of ``name`` last and when, from the edit log, into last_by and
    last_at."""
    return (
        "SELECT changed_by, changed_at INTO last_by, last_at "
        f"FROM {_table_name(schema, LOG_TABLE)} WHERE layer = {literal(name)} "
        "AND feature_uuid = OLD.uuid ORDER BY fid DESC LIMIT 1;"
    )


def roles_sql() -> list[str]:
    """Create the three group roles when missing (cluster-wide) and chain them: an admin is an
    editor, an editor a viewer."""
    sql = []
    for role in ROLES:
        sql.append(
            f"DO $do$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
            f"{literal(role)}) THEN CREATE ROLE {ident(role)} NOLOGIN; END IF; END $do$"
        )
    for member, group in ((EDITOR, VIEWER), (ADMIN, EDITOR)):
        sql.append(
            f"DO $do$ BEGIN IF NOT pg_has_role({literal(member)}, {literal(group)}, 'MEMBER') "
            f"THEN GRANT {ident(group)} TO {ident(member)}; END IF; END $do$"
        )
    return sql


def grants_sql(schema: str) -> list[str]:
    """Ownership and privileges of the schema's tables for the three roles."""
    s = ident(schema)
    sql = [f"ALTER SCHEMA {s} OWNER TO {ident(ADMIN)}"]
    for definition in model.LAYERS:
        sql.append(f"ALTER TABLE {s}.{ident(definition.name)} OWNER TO {ident(ADMIN)}")
    for definition in model.LAYERS:
        sql.append(
            f"ALTER FUNCTION {s}.{ident(definition.name + '_derived')}() OWNER TO {ident(ADMIN)}"
        )
    for name in LOGGED_TABLES:
        sql.append(f"ALTER FUNCTION {s}.{ident(name + '_log')}() OWNER TO {ident(ADMIN)}")
    for _table, name, _event in FIGURES_TRIGGERS:
        sql.append(f"ALTER FUNCTION {s}.{ident(name)}() OWNER TO {ident(ADMIN)}")
    for name in EDITOR_TABLES:
        sql.append(f"ALTER FUNCTION {s}.{ident(name + '_check_version')}() OWNER TO {ident(ADMIN)}")
    editor_tables = ", ".join(f"{s}.{ident(t)}" for t in EDITOR_TABLES)
    sql += [
        f"REVOKE ALL ON SCHEMA {s} FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA {s} TO {ident(VIEWER)}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {s} TO {ident(VIEWER)}",
        f"GRANT INSERT, UPDATE, DELETE ON {editor_tables} TO {ident(EDITOR)}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {s} TO {ident(EDITOR)}",
    ]
    return sql


def schema_sql(schema: str, srid: int, postgis_schema: str = "public") -> list[str]:
    """Every statement creating the land release schema ``schema`` with geometries in ``srid``:
    tables, constraints, indexes, triggers, then ownership and grants (roles must exist)."""
    if not valid_schema_name(schema):
        raise ValueError(f"invalid schema name {schema!r}")
    sql = [f"CREATE SCHEMA {ident(schema)}"]
    for definition in model.LAYERS:
        sql += _table(schema, definition, srid)
    for definition in model.LAYERS:
        sql += _derived_trigger(schema, definition, postgis_schema)
    for name in LOGGED_TABLES:
        sql += _log_trigger(schema, name, postgis_schema)
    sql += _figures_triggers(schema, postgis_schema)
    for name in EDITOR_TABLES:
        sql += _version_trigger(schema, model.layer(name), postgis_schema)
    sql += grants_sql(schema)
    return sql


_CREATE_TRIGGER = re.compile(r'^CREATE TRIGGER ("[^"]+") .* ON ("[^"]+"\."[^"]+") FOR EACH ROW')


def upgrade_sql(schema: str, postgis_schema: str = "public") -> list[str]:
    """Statements bringing a schema made by an earlier version up to date, idempotent (its
    owner runs them, in one transaction): the tables editors write get ``row_version``, the
    figures and version triggers are (re)created and the log functions leave the row version
    out of the log."""
    if not valid_schema_name(schema):
        raise ValueError(f"invalid schema name {schema!r}")
    s = ident(schema)
    sql = [
        f"ALTER TABLE {s}.{ident(t)} ADD COLUMN IF NOT EXISTS {ident(VERSION_COLUMN)} "
        "integer DEFAULT 1"
        for t in EDITOR_TABLES
    ]
    statements = []
    for name in LOGGED_TABLES:
        statements += _log_trigger(schema, name, postgis_schema)
    statements += _figures_triggers(schema, postgis_schema)
    for name in EDITOR_TABLES:
        statements += _version_trigger(schema, model.layer(name), postgis_schema)
    for statement in statements:
        if statement.startswith("CREATE FUNCTION "):
            statement = "CREATE OR REPLACE FUNCTION " + statement[len("CREATE FUNCTION ") :]
        created = _CREATE_TRIGGER.match(statement)
        if created:
            sql.append(f"DROP TRIGGER IF EXISTS {created[1]} ON {created[2]}")
        sql.append(statement)
    sql += [g for g in grants_sql(schema) if g.startswith("ALTER FUNCTION")]
    return sql


def current_sql(schema: str) -> str:
    """A query answering whether the schema has what ``upgrade_sql`` adds (one row, true)."""
    return (
        "SELECT count(*) = 2 FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        f"JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = {literal(schema)} "
        "AND t.tgname IN ('hazard_figures', 'hazard_check_version') AND EXISTS (SELECT 1 FROM "
        f"information_schema.columns WHERE table_schema = {literal(schema)} AND table_name = "
        f"'hazard' AND column_name = {literal(VERSION_COLUMN)})"
    )
