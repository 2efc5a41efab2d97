"""The land release database on PostgreSQL/PostGIS: connections, creation, layers.

The schema comes from ``core.pgschema`` (itself generated from ``core.model``); this module
connects (a QGIS connection name or a libpq connection string / URI), runs the DDL in one
transaction through GDAL's PostgreSQL driver, stores the styles with QGIS's own
``saveStyleToDatabase`` (the ``layer_styles`` table QGIS reads) and opens the layers with QGIS's
``postgres`` provider.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, unquote, urlsplit

from osgeo import gdal
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDataSourceUri,
    QgsMapLayer,
    QgsProviderRegistry,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core import model, pgschema

PROVIDER = "postgres"
STYLE_NAME = "landrelease"


def tr(text: str) -> str:
    return QCoreApplication.translate("LandReleaseDatabase", text)


class PostgisError(Exception):
    """A PostGIS land release database cannot be created or opened; the message says why."""


@dataclass(frozen=True)
class PgDatabase:
    """One land release schema in one PostgreSQL database.

    ``uri`` is a QGIS data source URI holding only the connection (host, port, dbname, user,
    service, authcfg, password if the user stored one), never a table.
    """

    uri: str
    schema: str

    @property
    def data_source(self) -> QgsDataSourceUri:
        return QgsDataSourceUri(self.uri)

    @property
    def key(self) -> tuple:
        """What makes two layers belong to the same database: server, database and schema."""
        u = self.data_source
        return (u.service(), u.host(), u.port() or "5432", u.database(), self.schema)

    @property
    def label(self) -> str:
        """Where the database is, for messages and group names (no password)."""
        u = self.data_source
        server = u.service() or f"{u.host() or 'localhost'}:{u.port() or '5432'}"
        return f"{server}/{u.database()}/{self.schema}"

    def gdal_name(self) -> str:
        """The database as GDAL's PostgreSQL driver opens it (authentication expanded), with
        unqualified table names resolved in the land release schema."""
        connection = self.data_source.connectionInfo(True)
        return f"PG:{connection} active_schema={self.schema} schemas={self.schema}"

    def layer_source(self, name: str) -> str:
        """The QGIS ``postgres`` data source of the land release table ``name``."""
        definition = model.layer(name)
        u = QgsDataSourceUri(self.uri)
        geometry = pgschema.GEOMETRY_COLUMN if definition.geometry else ""
        u.setDataSource(self.schema, name, geometry, "", pgschema.ID_COLUMN)
        return u.uri(False)


def _connection_uri(text: str) -> str:
    """A libpq connection string or ``postgresql://`` URI as a QGIS data source URI."""
    text = text.strip()
    if text[:3].upper() == "PG:":
        text = text[3:].strip()
    if text.startswith(("postgresql://", "postgres://")):
        parts = urlsplit(text)
        query = dict(parse_qsl(parts.query))
        u = QgsDataSourceUri()
        u.setConnection(
            unquote(parts.hostname or ""),
            str(parts.port or ""),
            unquote(parts.path.lstrip("/")),
            unquote(parts.username or ""),
            unquote(parts.password or ""),
            QgsDataSourceUri.decodeSslMode(query.get("sslmode", "prefer")),
            query.get("authcfg", ""),
        )
        if query.get("service"):
            u.setParam("service", query["service"])
        return u.uri(False)
    return QgsDataSourceUri(text).uri(False)


def looks_like_connection(text: str) -> bool:
    """Whether ``text`` is a PostgreSQL connection string or URI rather than a file name."""
    text = (text or "").strip()
    lowered = text.lower()
    return lowered.startswith(("postgresql://", "postgres://", "pg:")) or any(
        key in lowered for key in ("dbname=", "service=")
    )


def connection_names() -> list[str]:
    """The PostgreSQL connections saved in QGIS (Browser › PostgreSQL)."""
    metadata = QgsProviderRegistry.instance().providerMetadata(PROVIDER)
    return sorted(metadata.connections().keys()) if metadata is not None else []


def resolve(connection: str, schema: str) -> PgDatabase:
    """The database of a QGIS connection name or a connection string/URI, and a schema."""
    connection = (connection or "").strip()
    schema = (schema or "").strip()
    if not connection:
        raise PostgisError(tr("Give a PostgreSQL connection: a QGIS connection name or a URI."))
    if not pgschema.valid_schema_name(schema):
        raise PostgisError(
            tr(
                "{} is not a usable schema name: use lower-case letters, digits and _, "
                "starting with a letter."
            ).format(schema or "''")
        )
    if connection in connection_names():
        metadata = QgsProviderRegistry.instance().providerMetadata(PROVIDER)
        uri = QgsDataSourceUri(metadata.findConnection(connection).uri())
        uri.setDataSource("", "", "")
        return PgDatabase(_connection_uri(uri.connectionInfo(False)), schema)
    if not looks_like_connection(connection):
        raise PostgisError(
            tr(
                "{} is neither a saved PostgreSQL connection of QGIS nor a connection string "
                "(dbname=… host=… or postgresql://…)."
            ).format(connection)
        )
    uri = _connection_uri(connection)
    if not QgsDataSourceUri(uri).database() and not QgsDataSourceUri(uri).service():
        raise PostgisError(tr("The connection {} names no database.").format(connection))
    return PgDatabase(uri, schema)


def database_of(layer: QgsMapLayer) -> tuple[PgDatabase, str] | None:
    """(database, table name) of a ``postgres`` layer, else None."""
    if not isinstance(layer, QgsVectorLayer) or layer.providerType() != PROVIDER:
        return None
    u = QgsDataSourceUri(layer.source())
    if not u.schema() or not u.table():
        return None
    schema, table = u.schema(), u.table()
    return PgDatabase(_connection_uri(u.connectionInfo(False)), schema), table


# ---------------------------------------------------------------------------------------------
# SQL through GDAL
# ---------------------------------------------------------------------------------------------


def connect(database: PgDatabase, update: bool = True):
    """A GDAL dataset on ``database`` (the schema need not exist yet)."""
    connection = "PG:" + database.data_source.connectionInfo(True)
    gdal.ErrorReset()
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        ds = gdal.OpenEx(
            connection,
            gdal.OF_VECTOR | (gdal.OF_UPDATE if update else 0),
            allowed_drivers=["PostgreSQL"],
            open_options=["LIST_ALL_TABLES=NO", f"SCHEMAS={database.schema}"],
        )
        message = gdal.GetLastErrorMsg()
    except RuntimeError as error:
        ds, message = None, str(error)
    finally:
        gdal.PopErrorHandler()
    if ds is None:
        text = tr("Cannot connect to the PostgreSQL database {}: {}").format(
            database.label, message.strip() or tr("no answer")
        )
        u = database.data_source
        about_login = any(w in message.lower() for w in ("password", "authentication", "auth"))
        if about_login and not u.authConfigId() and (not u.username() or not u.password()):
            text += " " + tr(
                "The connection stores no user name or password: save them in the QGIS "
                "connection (better in an authentication configuration) or in ~/.pgpass."
            )
        raise PostgisError(text)
    return ds


def _run(ds, sql: str):
    """(result set or None, error message or "") of one statement, quiet whether or not GDAL
    exceptions are on."""
    gdal.ErrorReset()
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        result = ds.ExecuteSQL(sql)
        message = gdal.GetLastErrorMsg() if gdal.GetLastErrorType() >= gdal.CE_Failure else ""
    except RuntimeError as error:
        result, message = None, str(error)
    finally:
        gdal.PopErrorHandler()
    if message and result is not None:
        ds.ReleaseResultSet(result)
        result = None
    return result, message.strip()


def execute(ds, sql: str) -> None:
    """Run one statement; a failure raises PostgisError with the server's message."""
    query(ds, sql)


def query(ds, sql: str) -> list[tuple]:
    """The rows of a statement ([] if it returns none); PostgisError with the server's message."""
    result, message = _run(ds, sql)
    if message:
        raise PostgisError(message)
    if result is None:
        return []
    try:
        count = result.GetLayerDefn().GetFieldCount()
        return [tuple(f.GetField(i) for i in range(count)) for f in result]
    finally:
        ds.ReleaseResultSet(result)


def _schema_exists(ds, schema: str) -> bool:
    rows = query(
        ds, f"SELECT count(*) FROM pg_namespace WHERE nspname = {pgschema.literal(schema)}"
    )
    return bool(rows and int(rows[0][0]))


def _postgis_schema(ds) -> str | None:
    rows = query(
        ds,
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
        "WHERE e.extname = 'postgis'",
    )
    return rows[0][0] if rows else None


def _srid(crs: QgsCoordinateReferenceSystem) -> int:
    authority, _, code = crs.authid().partition(":")
    if authority.upper() != "EPSG" or not code.isdigit():
        raise PostgisError(
            tr("A PostGIS land release database needs an EPSG CRS; {} is not one.").format(
                crs.authid() or crs.description()
            )
        )
    return int(code)


def _in_transaction(ds, statements: list[str]) -> None:
    if ds.StartTransaction() != 0:
        raise PostgisError(tr("Cannot start a transaction."))
    try:
        for sql in statements:
            execute(ds, sql)
    except PostgisError:
        ds.RollbackTransaction()
        raise
    if ds.CommitTransaction() != 0:
        raise PostgisError(tr("The database refused the commit."))


def _drop(database: PgDatabase) -> None:
    """Remove a schema this module has just created (after a failure), and its styles."""
    ds = connect(database)
    try:
        statements = [f"DROP SCHEMA IF EXISTS {pgschema.ident(database.schema)} CASCADE"]
        if query(ds, "SELECT to_regclass('layer_styles') IS NOT NULL")[0][0]:
            statements.append(
                "DELETE FROM layer_styles WHERE f_table_schema = "
                + pgschema.literal(database.schema)
            )
        _in_transaction(ds, statements)
    finally:
        ds = None


def open_layers(database: PgDatabase) -> dict[str, QgsVectorLayer]:
    """The layers of a PostGIS land release schema, by table name, with their stored style."""
    layers, missing = {}, []
    for definition in model.LAYERS:
        layer = QgsVectorLayer(database.layer_source(definition.name), definition.name, PROVIDER)
        if layer.isValid():
            layers[definition.name] = layer
        elif definition.name not in pgschema.LATER_TABLES:  # until the owner upgrades it
            missing.append(definition.name)
    if missing:
        raise PostgisError(
            tr("{} is not a land release database: the layers {} are missing.").format(
                database.label, ", ".join(missing)
            )
        )
    return layers


def _save_styles(database: PgDatabase, configure) -> None:
    """Each layer's style and form as its default in the database's ``layer_styles``."""
    for name, layer in open_layers(database).items():
        configure(layer, name)
        error = layer.saveStyleToDatabase(STYLE_NAME, "Land release default style", True, "")
        if isinstance(error, tuple):  # some bindings return (None, message)
            error = error[-1]
        if error:
            raise PostgisError(tr("Cannot store the style of {}: {}").format(name, error))


def create(database: PgDatabase, crs: QgsCoordinateReferenceSystem, configure, feedback=None):
    """Create the land release schema, the roles and their grants in one transaction, then store
    the styles. An existing schema is never touched; after a failure nothing of ours is left
    (the three group roles, shared by every land release schema of the server, stay)."""
    if not crs.isValid():
        raise PostgisError(tr("The storage CRS is not valid."))
    _create_schema(database, _srid(crs))
    if feedback:
        feedback.setProgress(50)
    try:
        _save_styles(database, configure)
        _grant_styles(database)
    except PostgisError:
        _drop(database)
        raise
    if feedback:
        feedback.setProgress(100)
    return database


# pgschema.owner_membership_sql's refusal of a day-to-day login creating or upgrading a schema
_DAY_TO_DAY_CREATOR = re.compile(r"the login (?P<login>.+?) is a land release viewer, editor")


def _create_schema(database: PgDatabase, srid: int) -> None:
    """The roles, then the schema with its tables, triggers and grants, in one transaction
    (PostGIS added to the database first when it lacks it)."""
    ds = connect(database)
    try:
        if _schema_exists(ds, database.schema):
            raise PostgisError(
                tr(
                    "The schema {} already exists in {}. A land release database is never "
                    "overwritten: choose a new schema name."
                ).format(database.schema, database.label)
            )
        postgis = _postgis_schema(ds)
        if postgis is None:
            postgis = _add_postgis(ds, database)
        if not query(ds, f"SELECT count(*) FROM spatial_ref_sys WHERE srid = {srid}")[0][0]:
            raise PostgisError(tr("PostGIS does not know the CRS EPSG:{}.").format(srid))
        statements = pgschema.roles_sql() + pgschema.schema_sql(database.schema, srid, postgis)
        try:
            _in_transaction(ds, statements)
        except PostgisError as error:
            day_to_day = _DAY_TO_DAY_CREATOR.search(str(error))
            if day_to_day:
                raise PostgisError(
                    tr(
                        "The login {} works with the land release data day to day (viewer, "
                        "editor, QM or admin), so it cannot create the schema {}: the schema "
                        "and its edit log belong to a role that no day-to-day login holds. "
                        "Create it with the login of the database's owner or a superuser."
                    ).format(day_to_day["login"], database.label)
                ) from error
            raise PostgisError(
                tr("Cannot create the land release schema {}: {}").format(database.label, error)
            ) from error
    finally:
        ds = None


def _add_postgis(ds, database: PgDatabase) -> str | None:
    """CREATE EXTENSION postgis; the schema it went into."""
    try:
        _in_transaction(ds, ["CREATE EXTENSION postgis"])
    except PostgisError as error:
        raise PostgisError(
            tr(
                "PostGIS is not installed in the database {} and cannot be added ({}): "
                "ask its administrator to run CREATE EXTENSION postgis."
            ).format(database.label, error)
        ) from error
    return _postgis_schema(ds)


def _grant_styles(database: PgDatabase) -> None:
    """layer_styles is QGIS's table, shared by the whole database: readers need it."""
    ds = connect(database)
    try:
        _in_transaction(
            ds,
            [
                "DO $do$ BEGIN GRANT SELECT ON layer_styles TO "
                f"{pgschema.ident(pgschema.VIEWER)}; EXCEPTION WHEN insufficient_privilege "
                "THEN RAISE NOTICE 'layer_styles not granted'; END $do$"
            ],
        )
    finally:
        ds = None


def check(database: PgDatabase) -> None:
    """Raise PostgisError unless ``database`` holds every land release table."""
    ds = connect(database, update=False)
    try:
        rows = query(
            ds,
            "SELECT table_name FROM information_schema.tables WHERE table_schema = "
            + pgschema.literal(database.schema),
        )
    finally:
        ds = None
    have = {r[0] for r in rows}
    missing = [
        d.name for d in model.LAYERS if d.name not in have and d.name not in pgschema.LATER_TABLES
    ]
    if missing:
        raise PostgisError(
            tr("{} is not a land release database: the tables {} are missing.").format(
                database.label, ", ".join(missing)
            )
        )
    bring_up_to_date(database)


def bring_up_to_date(database: PgDatabase) -> bool:
    """Give a schema made by an earlier version what this one has (``pgschema.upgrade_sql``:
    new columns, row versions, the triggers keeping the hazards' figures true, organisations
    with row-level security, the owner role owning the log), in one transaction, when the login
    can become its owner (the database owner or a superuser); otherwise say in the log what
    must be done. Returns whether the schema is up to date. The schema works either way."""
    from qgis.core import Qgis, QgsMessageLog

    ds = connect(database)
    try:
        if query(ds, pgschema.current_sql(database.schema))[0][0]:
            return True
        postgis_schema = _postgis_schema(ds) or "public"
        try:
            _in_transaction(ds, pgschema.upgrade_sql(database.schema, postgis_schema))
            return True
        except PostgisError as error:
            QgsMessageLog.logMessage(
                tr(
                    "The shared database {} was made by an earlier version of Land Release: "
                    "editors are not yet kept to the rows of their own organisation, the edit "
                    "log is not yet out of the administrators' reach, and changes made outside "
                    "this plugin may not yet mark the hazards' remaining areas for recomputing. "
                    "The owner of the database (or a superuser) brings it up to date by opening "
                    "it once with Land Release. ({})"
                ).format(database.label, error),
                "Land Release",
                Qgis.Warning,
            )
            return False
    finally:
        ds = None


# ---------------------------------------------------------------------------------------------
# The programme's settings: a JSON object in the schema's comment (see core/programme.py)
# ---------------------------------------------------------------------------------------------


def schema_comment(database: PgDatabase) -> str | None:
    """The comment of the land release schema (None when it has none or does not exist)."""
    ds = connect(database, update=False)
    try:
        rows = query(
            ds,
            "SELECT obj_description(to_regnamespace("
            f"{pgschema.literal(database.schema)})::oid, 'pg_namespace')",
        )
    finally:
        ds = None
    return rows[0][0] if rows else None


def set_schema_comment(database: PgDatabase, comment: str) -> None:
    """``COMMENT ON SCHEMA`` through the schema's ``set_programme_settings`` (the schema's
    owner is no login: its administrators, landrelease_admin, may call it); a schema of an
    earlier version has no such function, and only its owner may comment on it."""
    ds = connect(database)
    try:
        function = pgschema.literal(
            f"{pgschema.ident(database.schema)}.set_programme_settings(text)"
        )
        if query(ds, f"SELECT to_regprocedure({function}) IS NOT NULL")[0][0]:
            statement = (
                f"SELECT {pgschema.ident(database.schema)}.set_programme_settings("
                f"{pgschema.literal(comment)})"
            )
        else:
            statement = (
                f"COMMENT ON SCHEMA {pgschema.ident(database.schema)} IS "
                f"{pgschema.literal(comment)}"
            )
        _in_transaction(ds, [statement])
    except PostgisError as error:
        raise PostgisError(
            tr(
                "Cannot store the programme's settings in the schema {}: {} (only its "
                "administrators, landrelease_admin, and its owner may change them)."
            ).format(database.label, error)
        ) from error
    finally:
        ds = None


# ---------------------------------------------------------------------------------------------
# Lost updates: the database's refusal in the officer's words
# ---------------------------------------------------------------------------------------------

_STALE_ROW = re.compile(
    r"\b(?P<table>" + "|".join(pgschema.EDITOR_TABLES) + r") (?P<id>.+?) was changed by "
    r"(?P<who>.+?) at (?P<at>.+?) since you opened it"
)


def stale_row_message(error: str) -> str | None:
    """The database's refusal of an update based on a stale row (``pgschema``'s
    STALE_ROW_MESSAGE, in QGIS's commit errors or a provider error), as a sentence in the
    user's language saying what to do; None for any other error."""
    match = _STALE_ROW.search(error or "")
    if match is None:
        return None
    from ..styles.forms import tr as model_tr

    definition = next((d for d in model.LAYERS if d.name == match["table"]), None)
    layer = model_tr(definition.label) if definition is not None else match["table"]
    who = match["who"]
    if who == "another user":
        who = tr("another user")
    return tr(
        "{} {} was changed by {} at {} since you opened it for editing, so your change to it "
        "was not saved (it would have overwritten theirs). Discard your edits of this layer "
        "(or note them), reload the layer and make your change again."
    ).format(layer, match["id"], who, match["at"])


# ---------------------------------------------------------------------------------------------
# Rights: the database's refusal of a write for the login's organisation or role
# ---------------------------------------------------------------------------------------------

_QUOTED = r"'(?:[^']|'')*'|NULL"
_TABLES = "|".join(pgschema.EDITOR_TABLES)
_NO_ORGANISATION = re.compile(
    r"the login (?P<login>.+?) belongs to no organisation, so it may not change "
    rf"(?P<table>{_TABLES}) (?P<id>[^\n]+)"
)
_OTHER_ORGANISATION = re.compile(
    rf"(?P<table>{_TABLES}) (?P<id>.+?) belongs to the organisation (?P<theirs>{_QUOTED}): "
    rf"the login (?P<login>.+?) of the organisation (?P<mine>{_QUOTED}) may not change it"
)
_REVIEW_ONLY = re.compile(
    rf"(?P<table>{_TABLES}) (?P<id>.+?): only quality management \(landrelease_qm\) sets "
    "the QA status"
)
_BAD_QA_STATUS = re.compile(
    rf"(?P<table>{_TABLES}) (?P<id>.+?): (?P<status>{_QUOTED}) is not a QA status"
)
_REVIEWED_DELETE = re.compile(
    rf"(?P<table>{_TABLES}) (?P<id>.+?) was reviewed \((?P<status>[^)]*)\): the login .+? may "
    "not delete it"
)
_ROW_SECURITY = re.compile(r'new row violates row-level security policy for table "?(?P<table>\w+)')
_PERMISSION = re.compile(r'permission denied for (?:table|relation|sequence) "?(?P<table>\w+)')


def _layer_label(table: str) -> str:
    from ..styles.forms import tr as model_tr

    definition = next((d for d in model.LAYERS if d.name == table), None)
    return model_tr(definition.label) if definition is not None else table


def _qa_label(code: str) -> str:
    """The QA status ``code`` as the forms show it (its code if unknown)."""
    from ..styles.forms import tr as model_tr

    label = model.CODE_LISTS["qa_status"].label(code)
    return model_tr(label) if label else code


def _unquoted(text: str) -> str:
    if text == "NULL":
        return tr("no organisation")
    return text[1:-1].replace("''", "'")


def rights_message(error: str) -> str | None:
    """The database's refusal of a write for the login's organisation, role or the review
    rules (``pgschema``'s messages, row-level security, a missing grant), as a sentence in the
    user's language naming the layer and row and saying what to do; None for other errors."""
    error = error or ""
    found = _OTHER_ORGANISATION.search(error)
    if found:
        return tr(
            "{} {} belongs to the organisation {}; your database login {} belongs to {}, so it "
            "may not change or delete it, nor save a record for another organisation. Nothing "
            "was saved: discard your edits of this record. If it is really your "
            "organisation's, ask your Land Release administrator (landrelease_admin) to "
            "correct its organisation."
        ).format(
            _layer_label(found["table"]),
            found["id"],
            _unquoted(found["theirs"]),
            found["login"],
            _unquoted(found["mine"]),
        )
    found = _NO_ORGANISATION.search(error)
    if found:
        return tr(
            "Your database login {} belongs to no organisation, so it may not change {} {}. "
            "Nothing was saved: ask your Land Release administrator (landrelease_admin) to add "
            "your login to your organisation."
        ).format(found["login"], _layer_label(found["table"]), found["id"].strip())
    found = _REVIEW_ONLY.search(error)
    if found:
        return tr(
            "{} {}: only quality management sets the QA status and the review of a release "
            "(a release is saved as pending). Nothing was saved: leave the QA status and the "
            "review fields as they are, or ask quality management to review the release."
        ).format(_layer_label(found["table"]), found["id"])
    found = _BAD_QA_STATUS.search(error)
    if found:
        return tr(
            "{} {}: {} is not a QA status. Nothing was saved: choose pending, passed or failed."
        ).format(_layer_label(found["table"]), found["id"], _unquoted(found["status"]))
    found = _REVIEWED_DELETE.search(error)
    if found:
        return tr(
            "{} {} has been reviewed by quality management ({}), so it may not be deleted. "
            "Nothing was deleted: ask quality management to set it back to pending first, "
            "or record a new release."
        ).format(_layer_label(found["table"]), found["id"], _qa_label(found["status"]))
    found = _ROW_SECURITY.search(error)
    if found:
        return tr(
            "Your database login may not save this {} for that organisation (row-level "
            "security). Nothing was saved: record only your own organisation's work, or ask "
            "your Land Release administrator (landrelease_admin) which organisation your login "
            "belongs to."
        ).format(_layer_label(found["table"]))
    found = _PERMISSION.search(error)
    if found:
        return tr(
            "Your database login may not make this change to {} (permission denied): viewers "
            "only read, quality management only reviews releases, reference data is the "
            "administrators'. Nothing was saved: ask your Land Release administrator "
            "(landrelease_admin) for the role you need."
        ).format(_layer_label(found["table"]))
    return None


def refusal_message(error: str) -> str | None:
    """A refused edit of a PostGIS layer in the user's words: a stale row or the login's
    rights; None for other errors."""
    return stale_row_message(error) or rights_message(error)
