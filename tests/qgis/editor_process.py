"""One GIS officer saving one land release, as a separate QGIS process (the concurrency tests).

Usage: python editor_process.py PLUGIN_PATH DATABASE_JSON RELEASE_ID WKT GATE_DIR [hold]

DATABASE_JSON is a GeoPackage path or [uri, schema] of a PostGIS schema. With ``hold`` the save
stops after everything is written and before the commit, creates GATE_DIR/held-RELEASE_ID and
waits for GATE_DIR/go-RELEASE_ID. ``LANDRELEASE_NO_LOCK=1`` switches the hazard row locks off
(to show that the test collides). Prints ``saved <remaining m²> <status>`` or ``refused <why>``.
"""

import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, sys.argv[1])

from qgis.core import QgsApplication, QgsGeometry, QgsVectorLayerUtils  # noqa: E402
from qgis.PyQt.QtCore import QDate  # noqa: E402


def main() -> int:
    target_json, release_id, wkt, gate = sys.argv[2], sys.argv[3], sys.argv[4], Path(sys.argv[5])
    hold = len(sys.argv) > 6 and sys.argv[6] == "hold"
    app = QgsApplication([], False)
    app.initQgis()
    from landrelease.storage import postgis, recording
    from landrelease.storage.database import open_layers

    target = json.loads(target_json)
    database = target if isinstance(target, str) else postgis.PgDatabase(*target)
    layers = open_layers(database)
    found = recording.ReleaseLayers(
        layers["land_release"], layers["hazard"], layers["survey_point"], layers["edit_log"]
    )
    if os.environ.get("LANDRELEASE_NO_LOCK") == "1":
        from landrelease.storage import derived

        recording._Transaction.lock_hazards = lambda self, ids: None
        derived._lock = lambda tx, fids: None  # the recompute's own lock of the hazards
    if hold:

        def wait_for_go():
            (gate / f"held-{release_id}").write_text("held")
            deadline = time.monotonic() + 120
            while not (gate / f"go-{release_id}").exists():
                if time.monotonic() > deadline:
                    raise SystemExit("no go")
                time.sleep(0.02)

        recording._before_commit = wait_for_go
    fields = found.release.fields()
    values = {
        "release_id": release_id,
        "hazard_id": "CHA-TAR-0001",
        "activity": "clearance",
        "outcome": "cleared",
        "method": "manual",
        "start_date": QDate(2026, 5, 1),
        "end_date": QDate(2026, 6, 30),
    }
    feature = QgsVectorLayerUtils.createFeature(
        found.release,
        QgsGeometry.fromWkt(wkt),
        {fields.indexOf(k): v for k, v in values.items()},
    )
    (gate / f"saving-{release_id}").write_text("saving")
    try:
        saved = recording.save_release(found, recording.Candidate(feature, []), user=release_id)
    except recording.SaveError as error:
        print("refused", str(error).replace("\n", " "), flush=True)
        return 3
    print("saved", saved.remaining_m2, saved.status, flush=True)
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # skip QGIS's exit-time teardown: the result is printed
