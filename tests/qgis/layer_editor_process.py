"""Another QGIS editing a land release layer through its edit buffer, as an officer does in the
attribute table (the tests of derived figures and lost updates).

Usage: python layer_editor_process.py PLUGIN_PATH DATABASE_JSON TABLE ID_FIELD ID ACTION VALUE
       [plugin] [hold GATE_DIR]

DATABASE_JSON is a GeoPackage path or [uri, schema] of a PostGIS schema (the uri names the
login). ACTION: ``delete``, ``geometry`` (VALUE: WKT), or ``set:FIELD`` (VALUE: JSON; a date as
"YYYY-MM-DD"). With ``plugin`` the layers are configured as the plugin does (load_database's
hooks: figures recomputed after the commit, row versions read when editing starts); without,
it is QGIS alone with the layer's stored style. With ``hold`` the process starts editing and
makes the change, creates GATE_DIR/held and waits for GATE_DIR/go before committing. Prints
``committed`` or ``refused <errors>``.
"""

import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, sys.argv[1])

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate  # noqa: E402


def _layer(database, table: str, plugin: bool) -> QgsVectorLayer:
    from landrelease.storage import postgis
    from landrelease.storage.database import layer_uri, load_database

    if plugin:
        return load_database(database, QgsProject.instance())[table]
    if isinstance(database, postgis.PgDatabase):
        return QgsVectorLayer(database.layer_source(table), table, "postgres")
    return QgsVectorLayer(layer_uri(database, table), table, "ogr")


def _value(layer: QgsVectorLayer, field: str, text: str):
    value = json.loads(text)
    if isinstance(value, str) and layer.fields().field(field).type() == 14:  # QVariant.Date
        return QDate.fromString(value, "yyyy-MM-dd")
    return value


def main() -> int:
    target, table, id_field, row_id, action, value = sys.argv[2:8]
    rest = sys.argv[8:]
    plugin = "plugin" in rest
    gate = Path(rest[rest.index("hold") + 1]) if "hold" in rest else None
    app = QgsApplication([], False)
    app.initQgis()
    from landrelease.storage import postgis

    decoded = json.loads(target)
    database = decoded if isinstance(decoded, str) else postgis.PgDatabase(*decoded)
    layer = _layer(database, table, plugin)
    assert layer.isValid(), layer.source()
    request = QgsFeatureRequest().setFilterExpression(f"\"{id_field}\" = '{row_id}'")
    (feature,) = layer.getFeatures(request)
    assert layer.startEditing()
    if action == "delete":
        assert layer.deleteFeature(feature.id())
    elif action == "geometry":
        assert layer.changeGeometry(feature.id(), QgsGeometry.fromWkt(value))
    elif action.startswith("set:"):
        field = action[4:]
        index = layer.fields().indexOf(field)
        assert layer.changeAttributeValue(feature.id(), index, _value(layer, field, value))
    else:
        raise SystemExit(f"unknown action {action}")
    if gate is not None:
        (gate / "held").write_text("held")
        deadline = time.monotonic() + 120
        while not (gate / "go").exists():
            if time.monotonic() > deadline:
                raise SystemExit("no go")
            time.sleep(0.02)
    if layer.commitChanges():
        print("committed", flush=True)
        return 0
    print("refused", " | ".join(layer.commitErrors()).replace("\n", " "), flush=True)
    layer.rollBack()
    return 3


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # skip QGIS's exit-time teardown: the result is printed
