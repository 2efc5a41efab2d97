"""The land release data model as PostgreSQL/PostGIS DDL, generated from ``core.model``.

There is no second, hand-written schema: every table, column, constraint, trigger and grant here
comes from ``model.LAYERS``. The statements are meant to run in one transaction, so that a
failed creation leaves the database as it was. Nothing here imports QGIS.

Roles (cluster-wide, created when missing, never dropped):
- ``landrelease_viewer``: reads every table.
- ``landrelease_editor``: a viewer who also inserts, updates and deletes the records of the
  field work (``EDITOR_TABLES``); never alters or drops a table, never writes ``edit_log``.
- ``landrelease_admin``: owns the schema and its tables.
"""

from __future__ import annotations

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
DEFAULT_SCHEMA = "landrelease"
GEOMETRY_COLUMN = "geom"
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
        return (
            f"CASE WHEN {row}.{ident(GEOMETRY_COLUMN)} IS NULL THEN to_jsonb({row}) - 'fid' "
            f"ELSE jsonb_set(to_jsonb({row}) - 'fid', '{{{GEOMETRY_COLUMN}}}', "
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
    sql += grants_sql(schema)
    return sql
