"""The main job on the synthetic sample: a land release database in out/, headless."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data"
# Which sample file goes into which layer of the database.
IMPORTS = (
    ("districts.geojson", "district"),
    ("line_of_contact.geojson", "line_of_contact"),
    ("evidence.geojson", "evidence"),
    ("traverse_legs.csv", "traverse_leg"),
)


def _import_plugin():
    """Import the repository as the package ``landrelease`` (never the root itself)."""
    sys.path[:] = [p for p in sys.path if Path(p or os.getcwd()).resolve() != ROOT]
    folder = Path(tempfile.mkdtemp(prefix="landrelease-demo-"))
    (folder / "landrelease").symlink_to(ROOT, target_is_directory=True)
    sys.path.insert(0, str(folder))


def _source_layer(path: Path):
    from qgis.core import QgsVectorLayer

    if path.suffix == ".csv":
        uri = f"{path.as_uri()}?type=csv&geomType=none&detectTypes=yes&encoding=UTF-8"
        layer = QgsVectorLayer(uri, path.stem, "delimitedtext")
    else:
        layer = QgsVectorLayer(str(path), path.stem, "ogr")
    if not layer.isValid():
        raise SystemExit(f"demo: cannot read {path}")
    return layer if path.name != "traverse_legs.csv" else _legs_as_numbers(layer)


def _legs_as_numbers(csv_layer):
    """The legs of the CSV with each bearing as the number it means in its unit: the CSV
    holds them as written ("12-50", Soviet mils), the traverse_leg layer stores numbers (1250
    mils). Read by core.traverse.parse_bearing_value; a bearing it refuses stops the demo."""
    from qgis.core import QgsFeature, QgsField, QgsVectorLayer
    from qgis.PyQt.QtCore import QVariant

    from landrelease.core.traverse import BearingError, parse_bearing_value

    layer = QgsVectorLayer("None", csv_layer.name(), "memory")
    fields = [QgsField(f.name(), QVariant.Double) if f.name() == "bearing" else QgsField(f)
              for f in csv_layer.fields()]  # fmt: skip
    layer.dataProvider().addAttributes(fields)
    layer.updateFields()
    features = []
    for row in csv_layer.getFeatures():
        feature = QgsFeature(layer.fields())
        feature.setAttributes(row.attributes())
        try:
            feature["bearing"] = parse_bearing_value(row["bearing"], row["bearing_unit"])
        except BearingError as error:
            raise SystemExit(f"demo: {row['record_id']} leg {row['seq']}: {error}") from None
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def main(out: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if Path("/usr/share/proj/proj.db").exists():  # Debian's pyproj, run from a venv
        os.environ.setdefault("PROJ_DATA", "/usr/share/proj")
    _import_plugin()
    from qgis.core import QgsApplication, QgsProject, QgsReferencedRectangle

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append(os.path.join(app.pkgDataPath(), "python", "plugins"))
    import processing
    from processing.core.Processing import Processing

    from landrelease.processing.provider import LandReleaseProvider
    from landrelease.storage.database import import_features, load_database

    Processing.initialize()
    provider = LandReleaseProvider()
    if not QgsApplication.processingRegistry().addProvider(provider):
        raise SystemExit("demo: the landrelease provider could not be registered")

    out = out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    database = out / "landrelease_demo.gpkg"
    project_file = out / "landrelease_demo.qgz"
    for old in (database, project_file):
        old.unlink(missing_ok=True)  # demo output only: a user's database is never replaced
    processing.run("landrelease:createdatabase", {"OUTPUT": str(database), "CRS": "EPSG:32638"})
    print(f"demo: created {database}")

    project = QgsProject.instance()
    layers = load_database(str(database), project, "Land Release demo (synthetic)")
    for file_name, layer_name in IMPORTS:
        count = import_features(_source_layer(SAMPLE / file_name), layers[layer_name])
        print(f"demo: {layer_name:16s} {count:5d} features from sample_data/{file_name}")
    _delineate(processing, layers, str(database))
    releases = _with_holding_hazard(_source_layer(SAMPLE / "land_releases.geojson"), layers)
    _record_releases(releases, layers)
    _close_one_hazard(layers)
    _check_and_export(processing, layers, out)
    _minefield_records(processing, layers)
    _release_summary(processing, layers, out)
    _print_outputs(processing, layers, str(database), out)
    _completion_report(processing, layers, out)
    import demo_field

    package = demo_field.pack(processing, layers, out)
    demo_field.edit_in_the_field(package)
    demo_field.edit_in_the_office(layers, package)
    demo_field.import_back(processing, str(database), package, out)
    extent = layers["line_of_contact"].extent()
    extent.grow(5000)
    crs = layers["line_of_contact"].crs()
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, crs))
    project.write(str(project_file))
    print(f"demo: project {project_file}")
    app.exitQgis()


def _delineate(processing, layers, database: str) -> None:
    """SHA along the line of contact, then CHA from the evidence, into the hazard layer."""
    from qgis.core import QgsVectorLayer

    from landrelease.storage.database import import_features

    indirect = QgsVectorLayer(f"{database}|layername=evidence", "indirect", "ogr")
    indirect.setSubsetString("\"evidence_class\" = 'indirect'")
    sha = processing.run(
        "landrelease:delineatesha",
        {
            "LINE": layers["line_of_contact"],
            "DEPTH_LEFT": 500,
            "DEPTH_RIGHT": 500,
            "INDIRECT": indirect,
            "INDIRECT_BUFFER": 250,
            "DISTRICTS": layers["district"],
            "DISTRICT_FIELD": "code",
            "SEGMENT_LENGTH": 2000,
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]
    print(f"demo: hazard (SHA)     {import_features(sha, layers['hazard']):5d} delineated")
    cha = processing.run(
        "landrelease:delineatecha",
        {
            "EVIDENCE": layers["evidence"],
            "CLUSTER_DISTANCE": 100,
            "MARGIN": 50,
            "SHA": layers["hazard"],
            "MAX_TURNING_POINTS": 12,
            "OUTPUT": "memory:",
            "OUTPUT_POINTS": "memory:",
        },
    )
    print(
        f"demo: hazard (CHA)     {import_features(cha['OUTPUT'], layers['hazard']):5d} delineated"
    )
    points = import_features(cha["OUTPUT_POINTS"], layers["survey_point"])
    print(f"demo: survey_point     {points:5d} turning points of the CHAs")


def _check_and_export(processing, layers, out: Path) -> None:
    """Quality checks of the demo database, and its exchange files for IMSMA."""
    from collections import Counter

    from qgis.core import QgsVectorLayer

    findings_path = out / "checkdata_findings.gpkg"
    findings_path.unlink(missing_ok=True)
    result = processing.run(
        "landrelease:checkdata",
        {
            "HAZARDS": layers["hazard"],
            "RELEASES": layers["land_release"],
            "EVIDENCE": layers["evidence"],
            "OUTPUT": str(findings_path),
        },
    )

    findings = QgsVectorLayer(result["OUTPUT"], "findings", "ogr")
    counts = Counter((f["severity"], f["code"]) for f in findings.getFeatures())
    print(f"demo: checkdata        {result['ERRORS']} errors, {result['WARNINGS']} warnings "
          f"-> {findings_path.name}")  # fmt: skip
    for (severity, code), n in sorted(counts.items()):
        print(f"demo:   {severity:8s} {code:28s} {n:4d}")
    processing.run(
        "landrelease:exportimsma",
        {
            "HAZARDS": layers["hazard"],
            "RELEASES": layers["land_release"],
            "POINTS": layers["survey_point"],
            "OUTPUT": str(out / "imsma"),
        },
    )
    print(f"demo: exportimsma      {sorted(p.name for p in (out / 'imsma').iterdir())}")


def _minefield_records(processing, layers) -> None:
    """Rebuild the sample minefield records from their traverse legs (now in the database)
    and the reference points of sample_data/minefield_starts.geojson, as recorded (no
    adjustment), with each record's own magnetic declination, or for MFR-005 (a Soviet form
    without one) the IGRF value at its reference point on its date; write them to
    minefield_record."""
    from landrelease.storage.database import import_features

    starts = _source_layer(SAMPLE / "minefield_starts.geojson")
    result = processing.run(
        "landrelease:traverse",
        {
            "LEGS": layers["traverse_leg"],
            "START": starts,
            "DECLINATION_FIELD": "declination",
            "ADJUST": 0,
            "CLOSURE_TOLERANCE": 5.0,
            "OUTPUT": "memory:",
        },
    )
    count = import_features(result["OUTPUT"], layers["minefield_record"])
    print(f"demo: minefield_record {count:5d} rebuilt from traverse legs ({result['FAILED']} "
          f"failed), closure tolerance 5 m")  # fmt: skip
    for record in sorted(result["OUTPUT"].getFeatures(), key=lambda f: f["record_id"]):
        ratio = record["closure_ratio"]
        ratio_text = f"1:{1 / ratio:,.0f}" if ratio > 0 else "exact"
        ok = "ok" if record["closure_ok"] else "not ok"
        source = record["declination_source"]
        declination = (f"  declination {record['declination_deg']:+.2f}° ({source})"
                       if source in ("entered", "field", "igrf") else "")  # fmt: skip
        print(f"demo:   {record['record_id']:10s} closure error "
              f"{record['closure_error_m']:7.2f} m  ratio {ratio_text:>8s}  {ok:6s}"
              f"{declination}")  # fmt: skip


def _record_releases(releases, layers) -> None:
    """Record each sample release as the Record land release dock does: one transaction with
    the hazard's new remaining area and status; refusals are shown, not hidden."""
    from qgis.core import QgsProject, QgsVectorLayerUtils
    from qgis.PyQt.QtCore import QDate

    from landrelease.storage import recording
    from landrelease.storage.recording.review import REVIEW_FIELDS

    target = recording.find_layers(QgsProject.instance())
    fields = target.release.fields()
    saved, decisions = 0, {}
    for release in releases.getFeatures():
        values = {}
        if release["qa_status"] in ("passed", "failed"):  # reviewed after saving, as QM does
            decisions[release["release_id"]] = release["qa_status"]
        for name in releases.fields().names():
            index = fields.indexOf(name)
            value = release[name]
            if index < 0 or name in ("area_m2", "fid", *REVIEW_FIELDS):
                continue
            if name.endswith("_date") and isinstance(value, str):
                value = QDate.fromString(value, "yyyy-MM-dd")
            values[index] = value
        feature = QgsVectorLayerUtils.createFeature(target.release, release.geometry(), values)
        try:
            result = recording.save_release(target, recording.Candidate(feature), "demo")
        except recording.SaveError as error:
            reason = str(error).replace("\n", "; ")
            print(f"demo:   {release['release_id']} refused: {reason}")
            continue
        saved += 1
        print(
            f"demo:   {result.release_id} {release['outcome']:9s} -> {result.hazard_id}: "
            f"{result.remaining_m2 / 1e4:9.2f} ha remaining, {result.previous_status} -> "
            f"{result.status}"
        )
    print(f"demo: land_release     {saved:5d} recorded one by one (one transaction each)")
    _review(target, decisions)


def _review(target, decisions: dict) -> None:
    """Quality management passes or fails the sample releases as their records say (the
    others stay pending), through the Review releases dock's save."""
    from landrelease.storage.recording.review import pending_releases, review_release

    done = {"passed": 0, "failed": 0}
    for pending in pending_releases(target):
        decision = decisions.get(pending.release_id)
        if decision is None:
            continue
        remarks = (
            "QA visit: marking and depth checked"
            if decision == "passed"
            else ("QA visit: depth not reached in the north-east corner; rework as a new release")
        )
        review_release(target, pending, decision, remarks, "QM officer (demo)")
        done[decision] += 1
    print(
        f"demo: review           {done['passed']:5d} passed, {done['failed']} failed by quality "
        "management; the rest pending"
    )


def _close_one_hazard(layers) -> None:
    """A team clears the smallest CHA whole and quality management passes it: the hazard is
    closed and can be handed back (the completion report)."""
    from qgis.core import QgsProject, QgsVectorLayerUtils
    from qgis.PyQt.QtCore import QDate

    from landrelease.storage import recording
    from landrelease.storage.recording.review import pending_releases, review_release

    target = recording.find_layers(QgsProject.instance())
    chas = [f for f in target.hazard.getFeatures() if f["classification"] == "CHA"]
    hazard = min(chas, key=lambda f: f.geometry().area())
    fields = target.release.fields()
    values = {
        "release_id": "LR-0100", "hazard_id": hazard["hazard_id"], "activity": "clearance",
        "outcome": "cleared", "method": "manual", "organisation": "ANAMA",
        "team": "Manual team 5", "start_date": QDate(2026, 9, 1), "end_date": QDate(2026, 10, 15),
        "depth_cm": 13, "ap_found": 4, "at_found": 0, "uxo_found": 2, "cm_found": 0,
    }  # fmt: skip
    feature = QgsVectorLayerUtils.createFeature(
        target.release, hazard.geometry(), {fields.indexOf(k): v for k, v in values.items()}
    )
    saved = recording.save_release(target, recording.Candidate(feature), "demo")
    pending = next(p for p in pending_releases(target) if p.release_id == "LR-0100")
    review_release(target, pending, "passed", "QA visit: cleared to 13 cm", "QM officer (demo)")
    print(f"demo:   LR-0100 cleared   -> {saved.hazard_id}: {saved.status}, passed by QM")


def _completion_report(processing, layers, out: Path) -> None:
    """The completion report (handover certificate) of the closed hazards, in Azerbaijani."""
    report = out / "completion_report.pdf"
    processing.run(
        "landrelease:completionreport",
        {
            "HAZARDS": layers["hazard"],
            "RELEASES": layers["land_release"],
            "POINTS": layers["survey_point"],
            "ORGANISATION": "ANAMA (synthetic demo data)",
            "LANGUAGE": 2,
            "OUTPUT": str(report),
        },
    )
    print(f"demo: completionreport -> {report.name} (the closed hazards, in Azerbaijani)")


def _release_summary(processing, layers, out: Path) -> None:
    """landrelease:releasesummary into out/release_summary.gpkg (+ .csv of the hazards)."""
    from qgis.core import QgsProject, QgsVectorFileWriter, QgsVectorLayer

    path = out / "release_summary.gpkg"
    path.unlink(missing_ok=True)

    def table(name: str) -> str:
        return f"ogr:dbname='{path}' table=\"{name}\" (geom)"

    result = processing.run(
        "landrelease:releasesummary",
        {
            "HAZARDS": layers["hazard"],
            "RELEASES": layers["land_release"],
            "OUTPUT": table("hazard_summary"),
            "OUTPUT_REMAINING": table("remaining"),
            "OUTPUT_ISSUES": table("issues"),
        },
    )

    summary = QgsVectorLayer(result["OUTPUT"], "summary", "ogr")
    totals = {k: 0.0 for k in ("original_area_m2", "cancelled_m2", "reduced_m2", "cleared_m2")}
    totals["remaining_area_m2"] = 0.0
    mismatched = 0
    stored = {f["hazard_id"]: f["remaining_area_m2"] for f in layers["hazard"].getFeatures()}
    for feature in summary.getFeatures():
        for key in totals:
            totals[key] += feature[key]
        recorded = stored.get(feature["hazard_id"])
        if recorded is not None and abs(recorded - feature["remaining_area_m2"]) > 0.01:
            mismatched += 1
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "CSV"
    options.fileEncoding = "UTF-8"
    QgsVectorFileWriter.writeAsVectorFormatV2(
        summary, str(out / "release_summary.csv"), QgsProject.instance().transformContext(),
        options,
    )  # fmt: skip
    issues = QgsVectorLayer(result["OUTPUT_ISSUES"], "issues", "ogr").featureCount()
    print(
        "demo: releasesummary   "
        + ", ".join(
            f"{k.replace('_area', '').replace('_m2', '')} {v / 1e4:,.2f} ha"
            for k, v in totals.items()
        )  # fmt: skip
        + f"; {issues} issues -> {path.name}, release_summary.csv"
    )
    print(f"demo:   hazards whose stored remaining area differs from the summary: {mismatched}")


def _print_outputs(processing, layers, database: str, out: Path) -> None:
    """Tasking maps of the CHAs (their turning points, districts and the line of contact for
    orientation) and the area report with its per-district CSV."""
    from qgis.core import QgsVectorLayer

    cha = QgsVectorLayer(f"{database}|layername=hazard", "CHA", "ogr")
    cha.setSubsetString("\"classification\" = 'CHA'")
    from landrelease.storage.database import import_features

    tasks = processing.run(
        "landrelease:splittasks",
        {"HAZARDS": cha, "CELL_SIZE": 100, "TARGET_AREA": 0, "OUTPUT": "memory:"},
    )["OUTPUT"]
    count = import_features(tasks, layers["task"])
    print(f"demo: splittasks       {count:5d} tasks of at most 100 m x 100 m from the CHAs")
    maps = out / "tasking_maps.pdf"
    processing.run(
        "landrelease:taskingmaps",
        {
            "INPUT": cha,
            "POINTS": layers["survey_point"],
            "RELEASES": layers["land_release"],
            "EVIDENCE": layers["evidence"],
            "TASKS": layers["task"],
            "LAYERS": [layers["district"], layers["line_of_contact"]],
            "ORGANISATION": "ANAMA (synthetic demo data)",
            "EMERGENCY_CONTACT": "Field hospital Ağdam, +994 00 000 00 00 (demo)",
            "PAGE_SIZE": 0,
            "OUTPUT": str(maps),
        },
    )
    count = sum(1 for _ in cha.getFeatures())
    print(f"demo: taskingmaps      {count:5d} CHAs -> {maps.name}")
    report = out / "area_report.pdf"
    processing.run(
        "landrelease:areareport",
        {
            "HAZARDS": layers["hazard"],
            "RELEASES": layers["land_release"],
            "DISTRICTS": layers["district"],
            "ORGANISATION": "ANAMA (synthetic demo data)",
            "OUTPUT": str(report),
            "OUTPUT_CSV": str(out / "area_report.csv"),
        },
    )
    print(f"demo: areareport       -> {report.name}, area_report.csv")


def _with_holding_hazard(releases, layers):
    """A memory copy of the sample releases whose hazard_id is the delineated hazard holding
    most of each (a CHA before an SHA when both hold it whole)."""
    from qgis.core import QgsCoordinateTransform, QgsFeatureRequest, QgsProject, QgsVectorLayer

    hazards = layers["hazard"]
    transform = QgsCoordinateTransform(releases.crs(), hazards.crs(), QgsProject.instance())
    copy = QgsVectorLayer(f"Polygon?crs={hazards.crs().authid()}", "releases", "memory")
    copy.dataProvider().addAttributes(releases.fields().toList())
    copy.updateFields()
    features = []
    for feature in releases.getFeatures():
        geometry = feature.geometry()
        geometry.transform(transform)
        best = None
        request = QgsFeatureRequest().setFilterRect(geometry.boundingBox())
        for hazard in hazards.getFeatures(request):
            share = hazard.geometry().intersection(geometry).area() / geometry.area()
            key = (round(share, 3), hazard["classification"] == "CHA", -hazard.geometry().area())
            if share > 0 and (best is None or key > best[0]):
                best = (key, hazard["hazard_id"])
        feature.setGeometry(geometry)
        feature["hazard_id"] = best[1] if best else None
        features.append(feature)
    copy.dataProvider().addFeatures(features)
    return copy


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "out")
