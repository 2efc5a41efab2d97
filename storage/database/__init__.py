"""A land release database: a GeoPackage created from the data model, brought up to date and
loaded into a QGIS project (PostGIS through ``storage.postgis``); the edit log's triggers and
hash chain.

- ``gpkg_access``: layer sources, opening a GeoPackage, SQL through GDAL, ``DatabaseError``;
- ``columns``, ``schema_triggers``, ``edit_log_triggers``: the model as columns and triggers;
- ``creation``, ``stored_styles``: a new database, its default styles and forms;
- ``schema_upgrade``: a database made by an earlier version, brought up to date when opened;
- ``edit_log_chain``: the edit log sealed and verified;
- ``project``: the layers in the project, its group and relations;
- ``feature_import``: features of another layer appended to a land release layer.
"""

from .creation import create_geopackage, create_postgis
from .edit_log_chain import (
    ChainVerification,
    log_entry_hash,
    seal_edit_log,
    sqlite_connection,
    verify_edit_log_chain,
)
from .edit_log_triggers import (
    LOG_CHAIN_GENESIS,
    LOG_CHAIN_TABLE,
    LOG_CHAIN_VERSION,
    LOG_HASH_COLUMNS,
    LOG_TABLE,
    LOGGED_LAYERS,
    row_differences_sql,
    row_json_sql,
)
from .feature_import import import_features
from .gpkg_access import OPEN_OPTIONS, DatabaseError, _query, layer_uri, open_gpkg
from .project import (
    ELLIPSOID,
    LoadIntoGroup,
    configure_layer,
    database_group,
    load_database,
    load_on_completion,
    open_layers,
)
from .schema_triggers import log_triggers, normalised_trigger_sql
from .schema_upgrade import addable, ensure_schema
from .stored_styles import STYLE_NAME

__all__ = [
    "ELLIPSOID",
    "LOGGED_LAYERS",
    "LOG_CHAIN_GENESIS",
    "LOG_CHAIN_TABLE",
    "LOG_CHAIN_VERSION",
    "LOG_HASH_COLUMNS",
    "LOG_TABLE",
    "OPEN_OPTIONS",
    "STYLE_NAME",
    "ChainVerification",
    "DatabaseError",
    "LoadIntoGroup",
    "_query",
    "addable",
    "configure_layer",
    "create_geopackage",
    "create_postgis",
    "database_group",
    "ensure_schema",
    "import_features",
    "layer_uri",
    "load_database",
    "load_on_completion",
    "log_entry_hash",
    "log_triggers",
    "normalised_trigger_sql",
    "open_gpkg",
    "open_layers",
    "row_differences_sql",
    "row_json_sql",
    "seal_edit_log",
    "sqlite_connection",
    "verify_edit_log_chain",
]
