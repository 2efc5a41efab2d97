"""The number and date fields of a GeoPackage table as they are stored: SQLite keeps whatever
another program wrote, and QGIS reads the text '12-50' in a REAL column as 12, '35,5' as 35, and
'31.02.2020' in a DATE column as NULL. The text is what was meant (a bearing in mils "12-50", a
distance with a decimal comma, a date typed the local way) and is given to the reader as it is,
to be read or refused by name."""

from __future__ import annotations

import os

from ..core import pgschema
from . import database
from .derived import layer_table


class StoredValuesError(Exception):
    """The stored values of ``path`` cannot be read (``reason``)."""

    def __init__(self, path: str, reason: str):
        super().__init__(reason)
        self.path = path


def gpkg_table(layer) -> tuple[str, str] | None:
    """(GeoPackage path, table) of a layer on a GeoPackage table that exists, else None."""
    found = layer_table(layer) if layer is not None else None
    if found is None or not isinstance(found[0], str) or not os.path.isfile(found[0]):
        return None
    return found


def stored_texts(layer, numbers=(), dates=()) -> dict[int, dict[str, str]]:
    """:func:`texts_in_number_fields` of ``numbers`` and :func:`date_texts` of ``dates``, by
    fid in one dict."""
    texts = texts_in_number_fields(layer, numbers)
    for fid, found in date_texts(layer, dates).items():
        texts.setdefault(fid, {}).update(found)
    return texts


def texts_in_number_fields(layer, names) -> dict[int, dict[str, str]]:
    """fid -> {field: the text stored} for the rows of ``layer`` (a GeoPackage table; other
    layers: empty) whose number fields among ``names`` hold text or bytes (text fields are
    read as text by QGIS already). StoredValuesError when the file cannot be read."""
    return _stored(layer, names, _texts_sql, numbers_only=True)


def date_texts(layer, names) -> dict[int, dict[str, str]]:
    """fid -> {field: the value stored, as text} for the rows of ``layer`` (a GeoPackage table;
    other layers: empty) whose date fields ``names`` hold what QGIS reads as no date (NULL):
    '31.02.2020', '01.05.2031'. StoredValuesError when the file cannot be read."""
    return _stored(layer, names, _not_dates_sql)


def _stored(layer, names, sql_of, numbers_only=False) -> dict[int, dict[str, str]]:
    found = gpkg_table(layer)
    fields = layer.dataProvider().fields() if found is not None else []
    stored = {f.name() for f in fields if f.isNumeric() or not numbers_only}
    names = [n for n in names if n in stored]  # not virtual or joined fields
    if found is None or not names:
        return {}
    path, table = found
    texts: dict[int, dict[str, str]] = {}
    try:
        conn = database.sqlite_connection(path, write=False)
    except Exception as error:  # noqa: BLE001 - sqlite3.Error and OS errors
        raise StoredValuesError(path, str(error)) from error
    try:
        for name in names:
            for fid, raw in conn.execute(sql_of(table, name)):
                text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
                texts.setdefault(int(fid), {})[name] = text
    except Exception as error:  # noqa: BLE001 - sqlite3.Error
        raise StoredValuesError(path, str(error)) from error
    finally:
        conn.close()
    return texts


def _texts_sql(table: str, name: str) -> str:
    """(fid, value) of the rows whose ``name`` holds text or bytes (the rowid: a GeoPackage's
    feature id column, whatever its name)."""
    quoted = pgschema.ident(name)
    return (
        f"SELECT rowid, {quoted} FROM {pgschema.ident(table)} "
        f"WHERE typeof({quoted}) IN ('text', 'blob')"
    )


def _not_dates_sql(table: str, name: str) -> str:
    """(fid, value) of the rows whose ``name`` is not NULL and not a date QGIS reads."""
    quoted = pgschema.ident(name)
    return (
        f"SELECT rowid, {quoted} FROM {pgschema.ident(table)} WHERE {quoted} IS NOT "
        f"NULL AND NOT (typeof({quoted}) = 'text' AND date(substr({quoted}, 1, 10)) "
        f"IS substr({quoted}, 1, 10) AND (length({quoted}) = 10 OR "
        f"substr({quoted}, 11, 1) IN ('T', ' ')))"
    )
