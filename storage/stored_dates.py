"""The date fields of a GeoPackage table as they are stored: a DATE column holding text that is
no date ('31.02.2020', '2020-02-31') comes out of QGIS as NULL, and ``bad_date`` needs the text
to report it. Imported when the checks run (``core.checks`` needs shapely 2)."""

from __future__ import annotations

from ..core import pgschema
from ..core.checks import LayerData, date_fields
from . import database
from .stored_numbers import gpkg_table


class StoredDatesError(Exception):
    """The stored dates of ``path`` cannot be read (``reason``)."""

    def __init__(self, path: str, reason: str):
        super().__init__(reason)
        self.path = path


def put_stored_dates(layer, data: LayerData, fids) -> None:
    """Put into ``data`` (the features of ``layer``, keyed by ``fids``) the stored text of its
    date fields that QGIS reads as NULL; other layers than GeoPackage tables are left as QGIS
    reads them. StoredDatesError when the file cannot be read (what was put so far stays)."""
    put_date_texts(layer, data.columns, [n for n in date_fields(data.name)], fids)


def put_date_texts(layer, columns: dict, names, fids) -> None:
    """Put into ``columns`` (field name -> the values of the features ``fids`` of ``layer``)
    the stored text of the date fields ``names`` where it is no date QGIS reads (QGIS gives
    NULL: a release would count as one without an end date). Layers other than GeoPackage
    tables, and fields not in ``columns``, are left as they are. StoredDatesError when the
    file cannot be read (what was put so far stays)."""
    found = gpkg_table(layer)
    names = [n for n in names if columns.get(n) is not None]
    if found is None or not names:
        return
    path, table = found
    position = {int(f): k for k, f in enumerate(fids)}
    try:
        conn = database.sqlite_connection(path, write=False)
    except Exception as error:  # noqa: BLE001 - sqlite3.Error and OS errors: only a warning
        raise StoredDatesError(path, str(error)) from error
    try:
        for name in names:
            column = columns[name]
            for fid, raw in conn.execute(_not_dates_sql(table, name)):
                k = position.get(fid)
                if k is not None:
                    column[k] = raw if isinstance(raw, str) else str(raw)
    except Exception as error:  # noqa: BLE001 - sqlite3.Error: read as QGIS reads it
        raise StoredDatesError(path, str(error)) from error
    finally:
        conn.close()


def _not_dates_sql(table: str, name: str) -> str:
    """(fid, value) of the rows whose ``name`` is not NULL and not a date QGIS reads (the
    rowid: a GeoPackage's feature id column, whatever its name)."""
    quoted = pgschema.ident(name)
    return (
        f"SELECT rowid, {quoted} FROM {pgschema.ident(table)} WHERE {quoted} IS NOT "
        f"NULL AND NOT (typeof({quoted}) = 'text' AND date(substr({quoted}, 1, 10)) "
        f"IS substr({quoted}, 1, 10) AND (length({quoted}) = 10 OR "
        f"substr({quoted}, 11, 1) IN ('T', ' ')))"
    )
