"""The date fields of a GeoPackage table as they are stored: a DATE column holding text that is
no date ('31.02.2020', '2020-02-31') comes out of QGIS as NULL, and ``bad_date`` needs the text
to report it. Imported when the checks run (``core.checks`` needs shapely 2)."""

from __future__ import annotations

from ..core.checks import LayerData, date_fields
from .stored_numbers import StoredValuesError, date_texts

StoredDatesError = StoredValuesError  # the stored dates of its ``path`` cannot be read


def put_stored_dates(layer, data: LayerData, fids) -> None:
    """Put into ``data`` (the features of ``layer``, keyed by ``fids``) the stored text of its
    date fields that QGIS reads as NULL; other layers than GeoPackage tables are left as QGIS
    reads them. StoredDatesError when the file cannot be read (nothing is put)."""
    put_date_texts(layer, data.columns, date_fields(data.name), fids)


def put_date_texts(layer, columns: dict, names, fids) -> None:
    """Put into ``columns`` (field name -> the values of the features ``fids`` of ``layer``)
    the stored text of the date fields ``names`` where it is no date QGIS reads (QGIS gives
    NULL: a release would count as one without an end date). Layers other than GeoPackage
    tables, and fields not in ``columns``, are left as they are. StoredDatesError when the
    file cannot be read."""
    found = date_texts(layer, [n for n in names if columns.get(n) is not None])
    position = {int(f): k for k, f in enumerate(fids)}
    for fid, texts in found.items():
        k = position.get(fid)
        if k is not None:
            for name, text in texts.items():
                columns[name][k] = text
