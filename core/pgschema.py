"""The land release data model as PostgreSQL/PostGIS DDL, generated from ``core.model``.

There is no second, hand-written schema: every table, column, constraint, trigger and grant here
comes from ``model.LAYERS``. The statements are meant to run in one transaction, so that a
failed creation leaves the database as it was. Nothing here imports QGIS.

Roles (cluster-wide, created when missing, never dropped):
- ``landrelease_viewer``: reads every table.
- ``landrelease_editor``: a viewer who also inserts, updates and deletes the records of the
  field work (``EDITOR_TABLES``) when its login belongs to an organisation
  (``organisation_member``); releases, tasks, evidence and survey points only of its own
  organisation (``_organisation_trigger``, ``_row_security_sql``); never alters or drops a
  table, never writes ``edit_log``.
- ``landrelease_qm``: a viewer who sets the QA status and review of any release
  (``REVIEW_FIELDS``; the database stamps who and when) and stores the hazard figures a review
  moves, nothing else.
- ``landrelease_admin``: an editor who writes the rows of every organisation, the reference
  data and ``organisation_member`` (the logins of each organisation).
- ``landrelease_owner`` (NOLOGIN, held by no day-to-day login): owns the schema, its tables,
  the log and the trigger functions, so that no viewer, editor, QM or admin login can alter,
  drop or switch off the log. The login creating or upgrading a schema (the database owner or
  a superuser) becomes a member of it.

Besides the model's columns, every table editors write has ``row_version`` (not a model field:
bookkeeping of the database, hidden in the forms), against lost updates: see
``_version_trigger``. And the hazards' derived figures are kept true by triggers: see
``_figures_triggers``.
"""

from __future__ import annotations

import re

from . import model

VIEWER, EDITOR, ADMIN = "landrelease_viewer", "landrelease_editor", "landrelease_admin"
QM = "landrelease_qm"
OWNER = "landrelease_owner"
ROLES = (VIEWER, EDITOR, QM, ADMIN)  # the group roles of day-to-day logins

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
# Who belongs to which organisation: one row a login, kept by the administrators.
MEMBER_TABLE = "organisation_member"
# The photos of the features (their ``photo`` value is the path): editors add, nobody replaces.
ATTACHMENT_TABLE = "attachment"
# What a photo path is (storage.attachments checks it first, with a message naming it).
ATTACHMENT_PATH_PATTERN = r"^DCIM/[^/\\]+\.(jpg|jpeg|png)$"
# The database's own facts (key, value): its id (``DATABASE_ID_KEY``), made once, never changed.
INFO_TABLE = "landrelease_info"
DATABASE_ID_KEY = "database_id"
# Field edits kept beside the office's (a sync's conflicts): editors and QM add, admins resolve.
CONFLICT_TABLE = "sync_conflict"
# Model tables (without geometry) that a schema of an earlier version may lack: an upgrade adds
# them, and the schema is opened without them until its owner has upgraded it.
LATER_TABLES = (CONFLICT_TABLE,)
# The tables whose rows belong to an organisation: editors write only their own organisation's.
ORGANISATION_TABLES = ("evidence", "land_release", "survey_point", "task")
# What quality management sets on a release, and nobody else.
REVIEW_FIELDS = ("qa_status", "reviewed_by", "reviewed_on", "review_remarks")
PENDING = "pending"
ORGANISATION_CODE = "LR403"  # the SQLSTATE of a write refused for the row's organisation or QA
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


def _table(
    schema: str, definition: model.Layer, srid: int, if_not_exists: bool = False
) -> list[str]:
    """CREATE TABLE of ``definition`` with its indexes (``if_not_exists``: a table without
    geometry added by an upgrade)."""
    table = f"{ident(schema)}.{ident(definition.name)}"
    exists = "IF NOT EXISTS " if if_not_exists else ""
    # serial, not bigserial: QGIS uses an int4 key as the feature id, as a GeoPackage fid.
    columns = [f"{ident(ID_COLUMN)} serial PRIMARY KEY"]
    columns += [_column(f) for f in definition.fields]
    if definition.geometry:
        columns.append(f"{ident(GEOMETRY_COLUMN)} geometry({definition.geometry}, {int(srid)})")
    if definition.name in EDITOR_TABLES:
        columns.append(f"{ident(VERSION_COLUMN)} integer DEFAULT 1")
    sql = [
        f"CREATE TABLE {exists}{table} (\n  " + ",\n  ".join(columns) + "\n)",
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
    any program. For day-to-day logins the database sets them: ``created_by`` is the login,
    ``created_at``/``updated_at`` the time of the insert and update, areas the ellipsoidal area
    of the geometry, whatever the client sent; the uuid never changes. The owner (a superuser,
    or the database owner migrating data) keeps the values it sets itself."""
    name = definition.name
    function = f"{ident(schema)}.{ident(name + '_derived')}"
    fields = {f.name: f for f in definition.fields}
    body = [
        "IF TG_OP = 'INSERT' THEN",
        "  NEW.uuid := coalesce(NEW.uuid, gen_random_uuid()::text);",
        "  IF trusted THEN",
        "    NEW.created_at := coalesce(NEW.created_at, now());",
        "    NEW.created_by := coalesce(NEW.created_by, session_user);",
        "    NEW.updated_at := coalesce(NEW.updated_at, NEW.created_at);",
        "  ELSE",
        "    NEW.created_at := now();",
        "    NEW.created_by := session_user;",
        "    NEW.updated_at := NEW.created_at;",
        "  END IF;",
        "ELSIF NOT trusted THEN",
        "  NEW.uuid := OLD.uuid;",
        "  NEW.created_at := OLD.created_at;",
        "  NEW.created_by := OLD.created_by;",
        "  NEW.updated_at := now();",
        "ELSIF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN",
        "  NEW.updated_at := now();",
        "END IF;",
    ]
    geometry_changed = f"NOT ({_same_geometry('NEW', 'OLD')})"
    for f in definition.fields:
        if f.derived == model.DERIVED_AREA:
            column = ident(f.name)
            body += [
                f"IF NEW.{ident(GEOMETRY_COLUMN)} IS NULL THEN",
                f"  NEW.{column} := NULL;",
                f"ELSIF TG_OP = 'INSERT' AND (NOT trusted OR NEW.{column} IS NULL) OR",
                f"    TG_OP = 'UPDATE' AND ({geometry_changed} AND",
                f"    NEW.{column} IS NOT DISTINCT FROM OLD.{column} OR NOT trusted AND",
                f"    ({geometry_changed} OR NEW.{column} IS DISTINCT FROM OLD.{column})) THEN",
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
        f"SET search_path = {_search_path(schema, postgis_schema)} AS $body$\nDECLARE\n  "
        f"trusted boolean := {_trusted_sql()};\nBEGIN\n  " + "\n  ".join(body) + "\nEND\n$body$",
        f"CREATE TRIGGER {ident(name + '_derived')} BEFORE INSERT OR UPDATE ON "
        f"{ident(schema)}.{ident(name)} FOR EACH ROW EXECUTE FUNCTION {function}()",
    ]


def _trusted_sql() -> str:
    """Whether the statement runs as the schema's owner (a member of OWNER, a superuser, or a
    SECURITY DEFINER trigger of the schema), as SQL."""
    return f"pg_has_role(current_user, {literal(OWNER)}, 'MEMBER')"


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


# The database's refusals of a write for the row's organisation or review (ORGANISATION_CODE),
# as format() patterns; storage.postgis turns them into the officer's words.
NO_ORGANISATION_MESSAGE = "the login %s belongs to no organisation, so it may not change %s %s"
OTHER_ORGANISATION_MESSAGE = (
    "%s %s belongs to the organisation %L: the login %s of the organisation %L may not change it"
)
REVIEW_ONLY_MESSAGE = (
    "%s %s: only quality management (landrelease_qm) sets the QA status and review of a "
    "release, not the login %s"
)
BAD_QA_STATUS_MESSAGE = "%s %s: %L is not a QA status (pending, passed, failed)"
REVIEWED_DELETE_MESSAGE = (
    "%s %s was reviewed (%s): the login %s may not delete it; quality management sets it back "
    "to pending first"
)


def _function_name(schema: str, name: str) -> str:
    """The schema-qualified name of the function ``name``."""
    return _table_name(schema, name)


# (name, argument types) of the functions the row-level security and the admin call
HELPER_FUNCTIONS = (
    ("login_organisation", ""),
    ("organisation_of", "text"),
    ("organisation_of_survey_point", "text, text"),
    ("set_programme_settings", "text"),
)


def _member_table(schema: str, if_not_exists: bool = False) -> list[str]:
    """``organisation_member``: the organisation of each login (one row a login)."""
    table = _table_name(schema, MEMBER_TABLE)
    exists = "IF NOT EXISTS " if if_not_exists else ""
    return [
        f"CREATE TABLE {exists}{table} (\n  login text PRIMARY KEY CHECK (login <> ''),\n"
        "  organisation text NOT NULL CHECK (btrim(organisation) <> '')\n)",
        f"COMMENT ON TABLE {table} IS "
        + literal("Organisation of each login: editors write only their organisation's rows"),
    ]


def _attachment_table(schema: str, if_not_exists: bool = False) -> list[str]:
    """``attachment``: the bytes of each photo by its path ("DCIM/<file name>"), with their
    SHA-256 and who stored them when; a path once stored is never given other bytes."""
    table = _table_name(schema, ATTACHMENT_TABLE)
    exists = "IF NOT EXISTS " if if_not_exists else ""
    return [
        f"CREATE TABLE {exists}{table} (\n"
        f"  path text PRIMARY KEY CHECK (path ~* {literal(ATTACHMENT_PATH_PATTERN)}),\n"
        "  data bytea NOT NULL,\n"
        "  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),\n"
        "  stored_at timestamp with time zone NOT NULL DEFAULT now(),\n"
        "  stored_by text NOT NULL DEFAULT current_user\n)",
        f"COMMENT ON TABLE {table} IS "
        + literal("Photos of the features, by the path their photo field holds"),
    ]


def info_table_sql(schema: str) -> list[str]:
    """``landrelease_info`` (key, value) with the database's id, a uuid4 made once; idempotent."""
    table = _table_name(schema, INFO_TABLE)
    key = literal(DATABASE_ID_KEY)
    return [
        f"CREATE TABLE IF NOT EXISTS {table} (key text PRIMARY KEY, value text)",
        f"COMMENT ON TABLE {table} IS "
        + literal("The land release database's own facts: its id, made once"),
        f"INSERT INTO {table} (key, value) SELECT {key}, gen_random_uuid()::text "
        f"WHERE NOT EXISTS (SELECT 1 FROM {table} WHERE key = {key})",
    ]


def _helper_functions(schema: str, postgis_schema: str) -> list[str]:
    """The functions row-level security calls (the organisation of the login, of a login, of a
    survey point) and the one the administrators store the programme's settings with; SECURITY
    DEFINER with a fixed search_path: they read organisation_member and releases whoever calls."""
    path = _search_path(schema, postgis_schema)
    members, releases = _table_name(schema, MEMBER_TABLE), _table_name(schema, "land_release")
    organisation_of = _function_name(schema, "organisation_of")
    header = "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = " + path
    sql = [
        f"CREATE FUNCTION {_function_name(schema, 'login_organisation')}() RETURNS text {header} "
        f"AS $body$ SELECT organisation FROM {members} WHERE login = session_user $body$",
        f"CREATE FUNCTION {organisation_of}(member text) RETURNS text {header} "
        f"AS $body$ SELECT organisation FROM {members} WHERE login = member $body$",
        # A survey point belongs to the organisation of the release it describes; a hazard's
        # point to the organisation of the login that recorded it.
        f"CREATE FUNCTION {_function_name(schema, 'organisation_of_survey_point')}"
        f"(owner text, creator text) RETURNS text {header} AS $body$ SELECT CASE WHEN EXISTS "
        f"(SELECT 1 FROM {releases} WHERE release_id = owner) THEN (SELECT organisation FROM "
        f"{releases} WHERE release_id = owner) ELSE {organisation_of}(creator) END $body$",
        f"CREATE FUNCTION {_function_name(schema, 'set_programme_settings')}(settings text) "
        f"RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = {path} AS $body$ "
        f"BEGIN EXECUTE format('COMMENT ON SCHEMA %I IS %L', {literal(schema)}, settings); "
        "END $body$",
    ]
    for name, arguments in HELPER_FUNCTIONS:
        function = _function_name(schema, name)
        sql.append(f"REVOKE ALL ON FUNCTION {function}({arguments}) FROM PUBLIC")
    return sql


def _row_organisation(schema: str, table: str, row: str) -> str:
    """The organisation of the row ``row`` (NEW or OLD) of ``table``, as SQL."""
    if table in ("land_release", "task"):
        return f"{row}.organisation"
    if table == "evidence":  # the organisation of the login that recorded it
        return f"{_function_name(schema, 'organisation_of')}({row}.created_by)"
    function = _function_name(schema, "organisation_of_survey_point")
    return f"{function}({row}.owner_id, {row}.created_by)"


def _row_label(table: str, row: str) -> str:
    """How a row of ``table`` is named in a refusal, as SQL."""
    definition = model.layer(table)
    if definition.id_field:
        named = f"{row}.{ident(definition.id_field)}::text"
    elif table == "survey_point":
        named = f"{row}.owner_id || ' ' || coalesce({row}.point_type, '') || ' ' || {row}.seq"
    elif table == "traverse_leg":
        named = f"{row}.record_id || ' ' || {row}.seq"
    else:
        named = "NULL"
    return f"coalesce({named}, 'fid ' || {row}.fid)"


def _raise(message: str, *arguments: str) -> str:
    return (
        f"RAISE EXCEPTION USING MESSAGE = format({literal(message)}, {', '.join(arguments)}), "
        f"ERRCODE = {literal(ORGANISATION_CODE)};"
    )


def _review_sql(row: str) -> str:
    return "ROW(" + ", ".join(f"{row}.{ident(f)}" for f in REVIEW_FIELDS) + ")"


def _review_body(schema: str) -> str:
    """The part of the release's organisation trigger for an update of the review alone: only
    quality management may; the database stamps who reviewed it and when."""
    definition = model.layer("land_release")
    own = [f.name for f in definition.fields if f.derived is None and f.name not in REVIEW_FIELDS]
    new_own = ", ".join(f"NEW.{ident(c)}" for c in own)
    old_own = ", ".join(f"OLD.{ident(c)}" for c in own)
    codes = ", ".join(literal(c) for c in model.CODE_LISTS["qa_status"].values())
    label = _row_label("land_release", "NEW")
    return f"""
  IF TG_OP = 'UPDATE' AND ROW({new_own}) IS NOT DISTINCT FROM ROW({old_own})
      AND {_same_geometry("NEW", "OLD")}
      AND {_review_sql("NEW")} IS DISTINCT FROM {_review_sql("OLD")} THEN
    IF NOT pg_has_role(session_user, {literal(QM)}, 'MEMBER') THEN
      {_raise(REVIEW_ONLY_MESSAGE, "TG_TABLE_NAME", label, "session_user")}
    END IF;
    IF NEW.qa_status IS NULL OR NEW.qa_status NOT IN ({codes}) THEN
      {_raise(BAD_QA_STATUS_MESSAGE, "TG_TABLE_NAME", label, "NEW.qa_status")}
    END IF;
    IF NEW.qa_status = {literal(PENDING)} THEN
      NEW.reviewed_by := NULL;
      NEW.reviewed_on := NULL;
    ELSE
      NEW.reviewed_by := session_user;
      NEW.reviewed_on := current_date;
    END IF;
    RETURN NEW;
  END IF;"""


def _editor_review_body() -> str:
    """The part of the release's organisation trigger for editors: a release is saved pending;
    its review is quality management's; a passed release changed goes back to pending (a
    failed one stays failed: re-working it is a new release)."""
    label = _row_label("land_release", "NEW")
    given = " OR ".join(f"nullif(NEW.{ident(f)}::text, '') IS NOT NULL" for f in REVIEW_FIELDS[1:])
    refuse = _raise(REVIEW_ONLY_MESSAGE, "TG_TABLE_NAME", label, "session_user")
    return f"""
  IF TG_OP = 'INSERT' THEN
    NEW.qa_status := coalesce(nullif(NEW.qa_status, ''), {literal(PENDING)});
    IF NEW.qa_status <> {literal(PENDING)} OR {given} THEN
      {refuse}
    END IF;
  ELSE
    IF {_review_sql("NEW")} IS DISTINCT FROM {_review_sql("OLD")} THEN
      {refuse}
    END IF;
    IF OLD.qa_status = 'passed' THEN
      NEW.qa_status := {literal(PENDING)};
      NEW.reviewed_by := NULL;
      NEW.reviewed_on := NULL;
      NEW.review_remarks := NULL;
    END IF;
  END IF;"""


def _figures_only_body() -> str:
    """The part of the hazard's organisation trigger for an update of its figures alone (the
    land release accounting's, after any save or review): whoever may update them (editors,
    quality management) stores them, organisation or not: they are derived, not anyone's."""
    definition = model.layer("hazard")
    own = [f.name for f in definition.fields if f.derived is None and f.name not in FIGURE_FIELDS]
    new_own = ", ".join(f"NEW.{ident(c)}" for c in own)
    old_own = ", ".join(f"OLD.{ident(c)}" for c in own)
    return f"""
  IF TG_OP = 'UPDATE' AND ROW({new_own}) IS NOT DISTINCT FROM ROW({old_own})
      AND {_same_geometry("NEW", "OLD")} THEN
    RETURN NEW;
  END IF;"""


def _organisation_trigger(schema: str, table: str, postgis_schema: str) -> list[str]:
    """A BEFORE trigger on a table editors write: the login must belong to an organisation;
    a row of ``ORGANISATION_TABLES`` may be inserted, changed or deleted only by a login of its
    organisation (an empty organisation of a release or task becomes the login's), releases
    keep the QA rules. Administrators write every organisation's rows; the owner (migrations)
    and the SECURITY DEFINER triggers are not checked.

    Row-level security says the same for the new rows (``_row_security_sql``); this trigger
    makes a refusal loud: a USING policy would skip another organisation's rows silently, and
    QGIS would take the update or delete for saved. SECURITY INVOKER, so that ``current_user``
    tells the owner's own writes (the SECURITY DEFINER triggers) from the login's."""
    function = _table_name(schema, table + "_organisation")
    login_org = f"{_function_name(schema, 'login_organisation')}()"
    checked = table in ORGANISATION_TABLES
    old_label, new_label = _row_label(table, "OLD"), _row_label(table, "NEW")
    other = OTHER_ORGANISATION_MESSAGE

    def refuse_other(row: str, label: str) -> str:
        return (
            f"row_org := {_row_organisation(schema, table, row)};\n"
            "    IF row_org IS DISTINCT FROM login_org THEN\n      "
            + _raise(other, "TG_TABLE_NAME", label, "row_org", "session_user", "login_org")
            + "\n    END IF;"
        )

    no_org = _raise(
        NO_ORGANISATION_MESSAGE,
        "session_user",
        "TG_TABLE_NAME",
        f"CASE WHEN TG_OP = 'DELETE' THEN {old_label} ELSE {new_label} END",
    )
    body = [
        "DECLARE",
        f"  login_org text := {login_org};",
        f"  administrator boolean := pg_has_role(session_user, {literal(ADMIN)}, 'MEMBER');",
        "  row_org text;",
        "BEGIN",
        f"  IF {_trusted_sql()} THEN",
        "    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;",
        "    RETURN NEW;",
        "  END IF;",
    ]
    if table == "land_release":
        body.append(_review_body(schema))
    if table == "hazard":
        body.append(_figures_only_body())
    body += [
        "  IF login_org IS NULL AND NOT administrator THEN",
        f"    {no_org}",
        "  END IF;",
    ]
    if checked:
        body += [
            "  IF TG_OP <> 'INSERT' AND NOT administrator THEN",
            "    " + refuse_other("OLD", old_label),
            "  END IF;",
        ]
    if table == "land_release":  # a review is evidence: kept until QM reopens the release
        reviewed = _raise(
            REVIEWED_DELETE_MESSAGE, "TG_TABLE_NAME", old_label, "OLD.qa_status", "session_user"
        )
        body += [
            f"  IF TG_OP = 'DELETE' AND coalesce(OLD.qa_status, {literal(PENDING)}) <> "
            f"{literal(PENDING)} THEN",
            f"    {reviewed}",
            "  END IF;",
        ]
    body.append("  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;")
    if table in ("land_release", "task"):
        body += [
            "  IF nullif(btrim(NEW.organisation), '') IS NULL THEN",
            "    NEW.organisation := login_org;",
            "  END IF;",
        ]
    if checked:
        body += [
            "  IF NOT administrator THEN",
            "    " + refuse_other("NEW", new_label),
            "  END IF;",
        ]
    if table == "land_release":
        body.append(_editor_review_body())
    body += ["  RETURN NEW;", "END"]
    # (the name sorts after <table>_derived: created_by is the login's when it runs)
    return [
        f"CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql "
        f"SET search_path = {_search_path(schema, postgis_schema)} AS $body$\n"
        + "\n".join(body)
        + "\n$body$",
        f"REVOKE ALL ON FUNCTION {function}() FROM PUBLIC",
        f"CREATE TRIGGER {ident(table + '_organisation')} BEFORE INSERT OR UPDATE OR DELETE ON "
        f"{_table_name(schema, table)} FOR EACH ROW EXECUTE FUNCTION {function}()",
    ]


def _row_security_sql(schema: str) -> list[str]:
    """Row-level security on ``ORGANISATION_TABLES``: every reader reads every row; an editor
    inserts, and updates into, rows of its own organisation only; updates and deletes reach
    every row, for the organisation trigger to refuse another organisation's loudly;
    quality management updates any release (its column grants hold it to the review);
    administrators write every row."""
    login_org = f"{_function_name(schema, 'login_organisation')}()"
    sql = []
    for table in ORGANISATION_TABLES:
        t = _table_name(schema, table)
        own = f"{_row_organisation(schema, table, t)} = {login_org}"
        policies = [
            ("read", f"FOR SELECT TO {ident(VIEWER)} USING (true)"),
            ("own_organisation_insert", f"FOR INSERT TO {ident(EDITOR)} WITH CHECK ({own})"),
            (
                "own_organisation_update",
                f"FOR UPDATE TO {ident(EDITOR)} USING (true) WITH CHECK ({own})",
            ),
            ("any_row_delete", f"FOR DELETE TO {ident(EDITOR)} USING (true)"),
            ("administration", f"FOR ALL TO {ident(ADMIN)} USING (true) WITH CHECK (true)"),
        ]
        if table == "land_release":
            policies.append(("review", f"FOR UPDATE TO {ident(QM)} USING (true) WITH CHECK (true)"))
        sql.append(f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY")
        for name, rule in policies:
            sql += [
                f"DROP POLICY IF EXISTS {ident(name)} ON {t}",
                f"CREATE POLICY {ident(name)} ON {t} {rule}",
            ]
    return sql


def roles_sql() -> list[str]:
    """Create the group roles and the owner role when missing (cluster-wide) and chain them: an
    admin is an editor, an editor and a QM officer are viewers."""
    sql = []
    for role in (*ROLES, OWNER):
        sql.append(
            f"DO $do$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
            f"{literal(role)}) THEN CREATE ROLE {ident(role)} NOLOGIN; END IF; END $do$"
        )
    for member, group in ((EDITOR, VIEWER), (QM, VIEWER), (ADMIN, EDITOR)):
        sql.append(
            f"DO $do$ BEGIN IF NOT pg_has_role({literal(member)}, {literal(group)}, 'MEMBER') "
            f"THEN GRANT {ident(group)} TO {ident(member)}; END IF; END $do$"
        )
    return sql


def owner_membership_sql() -> list[str]:
    """The login creating or upgrading a schema becomes a member of the owner role, unless it
    is a superuser; a viewer, editor, QM or admin login is refused: it would hold the log's
    owner."""
    day_to_day = " OR ".join(
        f"pg_has_role(current_user, {literal(r)}, 'MEMBER')" for r in (VIEWER, QM)
    )
    refusal = (
        "the login %s is a land release viewer, editor, QM or admin: the schema is created "
        "and upgraded by the database owner or a superuser, who owns the edit log"
    )
    return [
        "DO $do$ BEGIN IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) "
        f"AND NOT pg_has_role(current_user, {literal(OWNER)}, 'MEMBER') THEN "
        f"IF {day_to_day} THEN RAISE EXCEPTION USING MESSAGE = format({literal(refusal)}, "
        "current_user), ERRCODE = '42501'; END IF; "
        f"EXECUTE format('GRANT %I TO %I', {literal(OWNER)}, current_user); END IF; END $do$"
    ]


def _functions(schema: str) -> list[str]:
    """Every function of the schema, with its argument types, as ALTER FUNCTION names it."""
    s = ident(schema)
    names = [f"{d.name}_derived" for d in model.LAYERS]
    names += [f"{name}_log" for name in LOGGED_TABLES]
    names += [name for _table, name, _event in FIGURES_TRIGGERS]
    names += [f"{name}_check_version" for name in EDITOR_TABLES]
    names += [f"{name}_organisation" for name in EDITOR_TABLES]
    functions = [f"{s}.{ident(name)}()" for name in names]
    functions += [f"{s}.{ident(name)}({arguments})" for name, arguments in HELPER_FUNCTIONS]
    return functions


def grants_sql(schema: str) -> list[str]:
    """Ownership (``OWNER``), privileges of the four roles and row-level security."""
    s = ident(schema)
    sql = [f"ALTER SCHEMA {s} OWNER TO {ident(OWNER)}"]
    tables = [d.name for d in model.LAYERS] + [MEMBER_TABLE, INFO_TABLE]
    for name in (*tables, ATTACHMENT_TABLE):
        sql.append(f"ALTER TABLE {s}.{ident(name)} OWNER TO {ident(OWNER)}")
    for function in _functions(schema):
        sql.append(f"ALTER FUNCTION {function} OWNER TO {ident(OWNER)}")
    editor_tables = ", ".join(f"{s}.{ident(t)}" for t in EDITOR_TABLES)
    # Reference data, the logins' organisations and the sync conflicts are the admins'.
    admin_tables = ", ".join(
        f"{s}.{ident(t)}"
        for t in tables
        if t not in EDITOR_TABLES and t not in (LOG_TABLE, INFO_TABLE)
    )
    # QGIS sends the derived fields and the row version with a change (the forms' defaults):
    # QM may send them, the database overwrites them (``_derived_trigger``).
    release = model.layer("land_release")
    derived = [f.name for f in release.fields if f.derived and f.derived != model.DERIVED_UUID]
    review = ", ".join(ident(c) for c in (*REVIEW_FIELDS, *derived, VERSION_COLUMN))
    # A review moves the hazards' figures: QM's QGIS recomputes and stores them.
    hazard = model.layer("hazard")
    hazard_derived = [f.name for f in hazard.fields if f.derived and f.name not in FIGURE_FIELDS]
    figures = ", ".join(
        ident(c) for c in (*FIGURE_FIELDS, *hazard_derived, VERSION_COLUMN) if c != "uuid"
    )
    helpers = ", ".join(
        f"{s}.{ident(name)}({arguments})"
        for name, arguments in HELPER_FUNCTIONS
        if name != "set_programme_settings"
    )
    sql += [
        f"REVOKE ALL ON SCHEMA {s} FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA {s} TO {ident(VIEWER)}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {s} TO {ident(VIEWER)}",
        f"GRANT INSERT, UPDATE, DELETE ON {editor_tables} TO {ident(EDITOR)}",
        f"GRANT INSERT ON {s}.{ident(ATTACHMENT_TABLE)} TO {ident(EDITOR)}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {s} TO {ident(EDITOR)}",
        f"GRANT UPDATE ({review}) ON {s}.{ident('land_release')} TO {ident(QM)}",
        f"GRANT UPDATE ({figures}) ON {s}.{ident('hazard')} TO {ident(QM)}",
        f"GRANT INSERT, UPDATE, DELETE ON {admin_tables} TO {ident(ADMIN)}",
        f"GRANT INSERT ON {s}.{ident(CONFLICT_TABLE)} TO {ident(EDITOR)}, {ident(QM)}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {s} TO {ident(QM)}",
        f"GRANT EXECUTE ON FUNCTION {helpers} TO {ident(VIEWER)}",
        f"GRANT EXECUTE ON FUNCTION {s}.{ident('set_programme_settings')}(text) TO {ident(ADMIN)}",
    ]
    return sql + _row_security_sql(schema)


def schema_sql(schema: str, srid: int, postgis_schema: str = "public") -> list[str]:
    """Every statement creating the land release schema ``schema`` with geometries in ``srid``:
    tables, constraints, indexes, triggers, row-level security, then ownership and grants (the
    roles must exist, ``roles_sql``)."""
    if not valid_schema_name(schema):
        raise ValueError(f"invalid schema name {schema!r}")
    sql = [f"CREATE SCHEMA {ident(schema)}"]
    for definition in model.LAYERS:
        sql += _table(schema, definition, srid)
    sql += _member_table(schema)
    sql += _attachment_table(schema)
    sql += info_table_sql(schema)
    sql += _helper_functions(schema, postgis_schema)
    for definition in model.LAYERS:
        sql += _derived_trigger(schema, definition, postgis_schema)
    for name in LOGGED_TABLES:
        sql += _log_trigger(schema, name, postgis_schema)
    sql += _figures_triggers(schema, postgis_schema)
    for name in EDITOR_TABLES:
        sql += _version_trigger(schema, model.layer(name), postgis_schema)
    for name in EDITOR_TABLES:
        sql += _organisation_trigger(schema, name, postgis_schema)
    return sql + owner_membership_sql() + grants_sql(schema)


_CREATE_TRIGGER = re.compile(r'^CREATE TRIGGER ("[^"]+") .* ON ("[^"]+"\."[^"]+") FOR EACH ROW')


def upgrade_sql(schema: str, postgis_schema: str = "public") -> list[str]:
    """Statements bringing a schema made by an earlier version up to date, idempotent (run in
    one transaction by a login that can become its owner: the database owner or a superuser):
    the model's new columns and ``row_version``, ``organisation_member``, every trigger and
    function (re)created, then the owner role, the grants and row-level security."""
    if not valid_schema_name(schema):
        raise ValueError(f"invalid schema name {schema!r}")
    s = ident(schema)
    sql = roles_sql()
    for definition in model.LAYERS:
        if definition.name in LATER_TABLES:
            sql += _table(schema, definition, 0, if_not_exists=True)
        columns = [_column(f).replace(" UNIQUE", "") for f in definition.fields]
        if definition.name in EDITOR_TABLES:
            columns.append(f"{ident(VERSION_COLUMN)} integer DEFAULT 1")
        sql += [
            f"ALTER TABLE {s}.{ident(definition.name)} ADD COLUMN IF NOT EXISTS {column}"
            for column in columns
            if " NOT NULL" not in column
        ]
    sql += _member_table(schema, if_not_exists=True)
    sql += _attachment_table(schema, if_not_exists=True)
    sql += info_table_sql(schema)
    statements = _helper_functions(schema, postgis_schema)
    for definition in model.LAYERS:
        statements += _derived_trigger(schema, definition, postgis_schema)
    for name in LOGGED_TABLES:
        statements += _log_trigger(schema, name, postgis_schema)
    statements += _figures_triggers(schema, postgis_schema)
    for name in EDITOR_TABLES:
        statements += _version_trigger(schema, model.layer(name), postgis_schema)
    for name in EDITOR_TABLES:
        statements += _organisation_trigger(schema, name, postgis_schema)
    for statement in statements:
        if statement.startswith("CREATE FUNCTION "):
            statement = "CREATE OR REPLACE FUNCTION " + statement[len("CREATE FUNCTION ") :]
        created = _CREATE_TRIGGER.match(statement)
        if created:
            sql.append(f"DROP TRIGGER IF EXISTS {created[1]} ON {created[2]}")
        sql.append(statement)
    return sql + owner_membership_sql() + grants_sql(schema)


def current_sql(schema: str) -> str:
    """A query answering whether the schema has what ``upgrade_sql`` adds (one row, true):
    every column of the model, the triggers, the owner role owning the log, row-level
    security."""
    expected = [(d.name, f.name) for d in model.LAYERS for f in d.fields]
    expected += [(t, VERSION_COLUMN) for t in EDITOR_TABLES]
    pairs = ", ".join(f"({literal(t)}, {literal(c)})" for t, c in expected)
    triggers = [f"{t}_organisation" for t in EDITOR_TABLES] + [
        "hazard_figures",
        "hazard_check_version",
    ]
    names = ", ".join(literal(t) for t in triggers)
    n = literal(schema)
    return (
        "SELECT (SELECT count(*) FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
        f"JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = {n} AND "
        f"NOT a.attisdropped AND (c.relname::text, a.attname::text) IN ({pairs})) = "
        f"{len(expected)} AND (SELECT count(*) FROM pg_trigger t JOIN pg_class c ON "
        "c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE "
        f"n.nspname = {n} AND t.tgname IN ({names})) = {len(triggers)} AND "
        "coalesce((SELECT pg_get_userbyid(c.relowner) = "
        f"{literal(OWNER)} AND c.relrowsecurity FROM pg_class c JOIN pg_namespace n ON "
        f"n.oid = c.relnamespace WHERE n.nspname = {n} AND c.relname = 'land_release'), "
        f"false) AND to_regclass({literal(ident(schema) + '.' + ident(MEMBER_TABLE))}) "
        f"IS NOT NULL AND to_regclass({literal(ident(schema) + '.' + ident(ATTACHMENT_TABLE))}) "
        f"IS NOT NULL AND to_regclass({literal(ident(schema) + '.' + ident(INFO_TABLE))}) "
        "IS NOT NULL"
    )
