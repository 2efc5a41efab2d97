"""The minefield records stored in a land release database, read back for ``landrelease:traverse``
when its START is the database's survey_point layer: each record's date, stored declination and
document data, so that a record typed in the Turning points dialog is recomputed as it was
saved."""

from __future__ import annotations

from qgis.core import QgsFeatureRequest

from ..qgis_io.convert import model_fields
from ..qgis_io.traverse_input import (
    RECORD_DATA_FIELDS,
    RECORD_ID,
    compatible,
    record_id,
)
from ..qgis_io.values import plain_value
from . import programme, recording
from .stored_numbers import stored_texts

MINEFIELD_RECORD = "minefield_record"
DECLINATION_DEG, DECLINATION_SOURCE = "declination_deg", "declination_source"
STORED_SOURCES = ("entered", "field")  # a stored declination the traverse takes as given


def complete_starts(layer, starts: dict, read_texts: bool = True) -> int:
    """Complete ``starts`` (record_id -> [RecordStart]) of the survey_point ``layer`` from the
    minefield_record layer of its database: the date, the stored declination (entered or
    field) and the document data a start does not have. Returns how many were completed (0
    when ``layer`` is in no land release database). ``read_texts``: text another program
    stored in its number fields is read as written (stored_numbers; StoredValuesError when
    the file cannot be looked at), else as QGIS reads it."""
    db = recording.database_of(layer) if layer is not None else None
    records = (
        programme.database_layer(db, MINEFIELD_RECORD, beside=layer) if db is not None else None
    )
    if records is None:
        return 0
    names = [RECORD_ID, DECLINATION_DEG, DECLINATION_SOURCE, *RECORD_DATA_FIELDS]
    index = {n: records.fields().lookupField(n) for n in names}
    index = {n: i for n, i in index.items() if i >= 0}
    if RECORD_ID not in index:
        return 0
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
    request.setSubsetOfAttributes(sorted(index.values()))
    data_fields = model_fields(MINEFIELD_RECORD)
    texts = stored_texts(records, index, ["record_date"]) if read_texts else {}
    completed = 0
    for feature in records.getFeatures(request):
        values = {n: plain_value(feature.attribute(i)) for n, i in index.items()}
        values.update(texts.get(feature.id(), {}))
        found = starts.get(record_id(values[RECORD_ID]))
        if not found or len(found) != 1:
            continue
        _complete(found[0], values, data_fields)
        completed += 1
    return completed


def _complete(start, values: dict, data_fields) -> None:
    if start.date is None and values.get("record_date") is not None:
        start.set_date(values["record_date"])
    source = values.get(DECLINATION_SOURCE)
    stored = values.get(DECLINATION_DEG)
    if start.declination is None and stored is not None and source in STORED_SOURCES:
        start.declination = stored
        start.declination_source = source
        start.declination_stored = True
    for name in RECORD_DATA_FIELDS:
        if values.get(name) is not None and name not in start.data:
            start.data[name] = compatible(data_fields.field(name), values[name])
