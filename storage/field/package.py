"""A field package (issue 20): the features of some tasks or hazards copied from a land release
database into a folder a team takes to the field with QField, with the base state for the merge
and a manifest. Packing only reads the database.

The folder (see ``PackagePaths``): field.qgs, field.gpkg, manifest.json, .landrelease/base.gpkg
(a byte copy of field.gpkg as packed), DCIM/ (photos), maps/<id>.pdf, basemap.gpkg (optional).
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import json
import math
import os
import shutil
import sqlite3
import uuid as uuid_module
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsExpression,
    QgsFeature,
    QgsFeatureRequest,
    QgsRectangle,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from .. import postgis, programme
from ..database import DatabaseError, create_geopackage, open_gpkg, open_layers
from ..database.gpkg_access import _execute, _query, _sql_text

FORMAT = "landrelease-field-package"
FORMAT_VERSION = 1
EVIDENCE_MARGIN_M = 500.0  # evidence this far around a packed hazard or task goes along
# The layers a package holds features of; the manifest counts the first five.
COUNTED_LAYERS = ("hazard", "survey_point", "evidence", "land_release", "task")
PACKED_LAYERS = (*COUNTED_LAYERS, "district")
PHOTO_FIELD = "photo"
_IN_CHUNK = 500  # ids per SQL IN list


def tr(text: str) -> str:
    return QCoreApplication.translate("LandReleaseFieldPackage", text)


class PackageError(Exception):
    """A package cannot be made; the message names what and says what to do."""


@dataclass(frozen=True)
class PackagePaths:
    """Where each part of a package lies."""

    folder: Path

    @property
    def data(self) -> Path:
        return self.folder / "field.gpkg"

    @property
    def base(self) -> Path:
        return self.folder / ".landrelease" / "base.gpkg"

    @property
    def manifest(self) -> Path:
        return self.folder / "manifest.json"

    @property
    def project(self) -> Path:
        return self.folder / "field.qgs"

    @property
    def photos(self) -> Path:
        return self.folder / "DCIM"

    @property
    def maps(self) -> Path:
        return self.folder / "maps"

    @property
    def basemap(self) -> Path:
        return self.folder / "basemap.gpkg"


@dataclass(frozen=True)
class InputItem:
    """A packed task or hazard as INPUT gives it: its id and (when INPUT has one) its uuid."""

    id: str
    uuid: str | None = None


@dataclass
class Selection:
    """What goes into a package: the office feature ids of each layer."""

    kind: str  # "task" or "hazard": the layer the input ids are of
    ids: list[str]  # the input ids, sorted
    crs: QgsCoordinateReferenceSystem
    fids: dict[str, list[int]] = field(default_factory=dict)
    extent: QgsRectangle = field(default_factory=QgsRectangle)  # packed hazards and tasks


# --- the output folder -------------------------------------------------------------------------


def output_folder(path: str) -> PackagePaths:
    """The folder to pack into: a new folder or an empty one; never one holding other files."""
    if not path:
        raise PackageError(tr("OUTPUT: choose an empty folder for the field package."))
    folder = Path(path)
    if folder.exists() and not folder.is_dir():
        raise PackageError(
            tr("OUTPUT: {} is a file, not a folder: choose an empty folder.").format(path)
        )
    if folder.is_dir():
        if (folder / "manifest.json").exists():
            raise PackageError(
                tr(
                    "OUTPUT: {} already holds a field package; a package is never written over: "
                    "choose an empty folder."
                ).format(path)
            )
        if any(folder.iterdir()):
            raise PackageError(
                tr(
                    "OUTPUT: {} is not empty; a package is never written over other files: "
                    "choose an empty folder."
                ).format(path)
            )
        existing = folder
    else:
        existing = next((p for p in folder.parents if p.exists()), None)
    if existing is None or not existing.is_dir() or not os.access(existing, os.W_OK | os.X_OK):
        raise PackageError(
            tr(
                "OUTPUT: the folder {} cannot be written here: choose a folder you can write to."
            ).format(path)
        )
    return PackagePaths(folder)


def make_folder(paths: PackagePaths) -> None:
    try:
        paths.folder.mkdir(parents=True, exist_ok=True)
        for sub in (paths.base.parent, paths.photos, paths.maps):
            sub.mkdir(exist_ok=True)
    except OSError as error:
        raise PackageError(
            tr("OUTPUT: cannot make the folder {}: {}").format(paths.folder, error.strerror)
        ) from None


def remove_package(paths: PackagePaths, created_folder: bool) -> None:
    """Take back what a failed packing wrote (the folder was new or empty)."""
    if created_folder:
        shutil.rmtree(paths.folder, ignore_errors=True)
        return
    for child in list(paths.folder.iterdir()) if paths.folder.is_dir() else []:
        if child.is_dir():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)


# --- the database ------------------------------------------------------------------------------


def check_geopackage(path: str) -> None:
    """Refuse a DATABASE path that is no readable land release GeoPackage; read only."""
    if not Path(path).is_file():
        raise PackageError(
            tr("DATABASE: {} does not exist: choose the land release GeoPackage.").format(path)
        )
    ds = open_gpkg(path, update=False)
    if ds is None:
        raise PackageError(
            tr(
                "DATABASE: {} is not a GeoPackage, or it is damaged (cut short?): choose the "
                "land release database, or restore it from a backup."
            ).format(path)
        )
    try:
        names = {row[0] for row in _query(ds, "SELECT table_name FROM gpkg_contents")}
    except DatabaseError as error:
        raise PackageError(
            tr("DATABASE: {} cannot be read ({}): restore it from a backup.").format(path, error)
        ) from None
    finally:
        ds = None
    missing = [n for n in PACKED_LAYERS if n not in names]
    if missing:
        raise PackageError(
            tr("DATABASE: {} is not a land release database: the layers {} are missing.").format(
                path, ", ".join(missing)
            )
        )


def open_office_layers(target) -> dict[str, QgsVectorLayer]:
    """The layers of the database to read the packed features from. A GeoPackage's layers are
    opened as they are (not switched to WAL like the office's): reading leaves its bytes as
    they were."""
    if isinstance(target, postgis.PgDatabase):
        try:
            return open_layers(target)
        except DatabaseError as error:
            raise PackageError(tr("CONNECTION: {}").format(error)) from None
    layers = {n: QgsVectorLayer(f"{target}|layername={n}", n, "ogr") for n in PACKED_LAYERS}
    broken = [n for n, layer in layers.items() if not layer.isValid()]
    if broken:
        raise PackageError(
            tr("DATABASE: the layers {} of {} cannot be read.").format(", ".join(broken), target)
        )
    return layers


def database_label(target) -> str:
    return target.label if isinstance(target, postgis.PgDatabase) else str(target)


# --- what goes in ------------------------------------------------------------------------------


def _in_list(name: str, values) -> str:
    quoted = ",".join(QgsExpression.quotedValue(v) for v in sorted(values))
    return f"{QgsExpression.quotedColumnRef(name)} IN ({quoted})" if quoted else "FALSE"


def _features(layer: QgsVectorLayer, name: str, values) -> list:
    values = sorted({str(v) for v in values if v not in (None, "") and str(v) != "NULL"})
    found = []
    for start in range(0, len(values), _IN_CHUNK):
        request = QgsFeatureRequest().setFilterExpression(
            _in_list(name, values[start : start + _IN_CHUNK])
        )
        found += list(layer.getFeatures(request))
    return found


def _text(value) -> str | None:
    if value is None or str(value) in ("", "NULL"):
        return None
    return str(value)


def _check_items(features, id_field: str, items: list[InputItem], database: str) -> None:
    """Refuse input ids (or uuids) the database does not hold, naming them."""
    held = {}
    for f in features:
        held.setdefault(str(f[id_field]), set()).add(_text(f["uuid"]))
    wrong = sorted(i.id for i in items if i.id not in held or (i.uuid and i.uuid not in held[i.id]))
    if wrong:
        shown = ", ".join(wrong[:20]) + (" …" if len(wrong) > 20 else "")
        raise PackageError(
            tr(
                "INPUT: {} are not in the database {} (or are other features there under the "
                "same id): is INPUT a layer of another database? Choose the tasks or hazards "
                "of the database being packed."
            ).format(shown, database)
        )


def _margin_rect(rect: QgsRectangle, crs: QgsCoordinateReferenceSystem) -> QgsRectangle:
    """``rect`` grown by ``EVIDENCE_MARGIN_M`` on each side, in the units of ``crs``."""
    if crs.isGeographic():
        lat = math.radians(max(-80.0, min(80.0, rect.center().y())))
        dx = EVIDENCE_MARGIN_M / (111_320.0 * math.cos(lat))
        dy = EVIDENCE_MARGIN_M / 110_574.0
    else:
        metres = QgsUnitTypes.fromUnitToUnitFactor(crs.mapUnits(), QgsUnitTypes.DistanceMeters)
        dx = dy = EVIDENCE_MARGIN_M / (metres or 1.0)
    return QgsRectangle(
        rect.xMinimum() - dx, rect.yMinimum() - dy, rect.xMaximum() + dx, rect.yMaximum() + dy
    )


def select(layers: dict[str, QgsVectorLayer], kind: str, items: list[InputItem], label: str):
    """The features to pack for the tasks or hazards ``items`` (``kind`` "task" or "hazard"):
    the hazards (of the tasks), their releases, the survey points of both, the tasks (the
    input ones, or those of the hazards), the evidence within ``EVIDENCE_MARGIN_M`` of a packed
    hazard or task and the districts they touch."""
    ids = sorted({i.id for i in items})
    crs = layers["hazard"].crs()
    selection = Selection(kind, ids, crs)
    id_field = "task_id" if kind == "task" else "hazard_id"
    found = _features(layers[kind], id_field, ids)
    _check_items(found, id_field, items, label)
    if kind == "task":
        tasks = found
        hazard_ids = {_text(t["hazard_id"]) for t in tasks} - {None}
        hazards = _features(layers["hazard"], "hazard_id", hazard_ids)
    else:
        hazards = found
        hazard_ids = set(ids)
        tasks = _features(layers["task"], "hazard_id", hazard_ids)
    releases = _features(layers["land_release"], "hazard_id", hazard_ids)
    owners = hazard_ids | {_text(r["release_id"]) for r in releases} - {None}
    points = _features(layers["survey_point"], "owner_id", owners)
    areas = [f.geometry() for f in hazards + tasks if f.hasGeometry()]
    selection.fids = {
        "hazard": sorted(f.id() for f in hazards),
        "task": sorted(f.id() for f in tasks),
        "land_release": sorted(f.id() for f in releases),
        "survey_point": sorted(f.id() for f in points),
        "evidence": _within(layers["evidence"], areas, crs),
        "district": _touched(layers["district"], areas),
    }
    for geometry in areas:
        selection.extent.combineExtentWith(geometry.boundingBox())
    return selection


def _within(layer: QgsVectorLayer, areas, crs) -> list[int]:
    """Features of ``layer`` in the box of an area grown by the evidence margin."""
    fids: set[int] = set()
    for geometry in areas:
        request = QgsFeatureRequest().setFilterRect(_margin_rect(geometry.boundingBox(), crs))
        request.setNoAttributes()
        request.setFlags(QgsFeatureRequest.NoGeometry)
        fids.update(f.id() for f in layer.getFeatures(request))
    return sorted(fids)


def _touched(layer: QgsVectorLayer, areas) -> list[int]:
    """Features of ``layer`` that intersect an area."""
    fids: set[int] = set()
    for geometry in areas:
        request = QgsFeatureRequest().setFilterRect(geometry.boundingBox()).setNoAttributes()
        fids.update(f.id() for f in layer.getFeatures(request) if f.geometry().intersects(geometry))
    return sorted(fids)


# --- writing field.gpkg ------------------------------------------------------------------------


def write_data(target, layers: dict[str, QgsVectorLayer], selection: Selection, path: Path):
    """field.gpkg: a new land release GeoPackage in the database's CRS holding the selected
    features with every value as the database holds it (a GeoPackage's bytes as they are). No
    trigger fires for the copy: the package's edit log starts empty and its figures are the
    office's."""
    try:
        create_geopackage(str(path), selection.crs)
    except DatabaseError as error:
        raise PackageError(tr("OUTPUT: {}").format(error)) from None
    ds = open_gpkg(str(path), update=True)
    if ds is None:
        raise PackageError(tr("OUTPUT: cannot open {}.").format(path))
    try:
        triggers = _query(
            ds,
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ("
            + ", ".join(_sql_text(n) for n in PACKED_LAYERS)
            + ") AND name NOT LIKE 'rtree\\_%' ESCAPE '\\'",
        )
        if isinstance(target, postgis.PgDatabase):
            _in_transaction(ds, [f'DROP TRIGGER "{name}"' for name, _ in triggers])
            ds = None
            _copy_features(layers, selection, path)
            ds = open_gpkg(str(path), update=True)
            _in_transaction(ds, [sql for _, sql in triggers])
        else:
            _copy_rows(ds, str(target), selection, triggers)
    except (DatabaseError, RuntimeError) as error:
        raise PackageError(
            tr("OUTPUT: the features could not be copied into {}: {}").format(path, error)
        ) from None
    finally:
        ds = None


def _in_transaction(ds, statements) -> None:
    ds.StartTransaction()
    try:
        for sql in statements:
            _execute(ds, sql)
    except Exception:
        ds.RollbackTransaction()
        raise
    ds.CommitTransaction()


def _columns(ds, table: str, schema: str = "main") -> list[str]:
    return [
        row[0]
        for row in _query(
            ds, f"SELECT name FROM pragma_table_info({_sql_text(table)}, {_sql_text(schema)})"
        )
    ]


def _copy_rows(ds, office: str, selection: Selection, triggers) -> None:
    """INSERT … SELECT from the office GeoPackage attached read-only."""
    uri = Path(office).resolve().as_uri() + "?mode=ro"
    try:
        _execute(ds, f"ATTACH DATABASE {_sql_text(uri)} AS office")
        attached = {row[1]: row[2] for row in _query(ds, "PRAGMA database_list")}
        if Path(attached.get("office") or "").resolve() != Path(office).resolve():
            # An SQLite without URI file names would have attached another, new file.
            raise DatabaseError(tr("it could not be opened read-only"))
        _query(ds, "SELECT count(*) FROM office.sqlite_master")
    except DatabaseError as error:
        raise PackageError(
            tr(
                "DATABASE: {} cannot be read ({}): check that it is on a disk you can write to "
                "(SQLite writes a small -shm file beside it) and that it is not damaged."
            ).format(office, error)
        ) from None
    try:
        srs = "SELECT srs_id FROM {}gpkg_geometry_columns WHERE table_name = 'hazard'"
        if _query(ds, srs.format("")) != _query(ds, srs.format("office.")):
            raise DatabaseError(tr("the package's spatial reference differs from the database's"))

        statements = [f'DROP TRIGGER "{name}"' for name, _ in triggers]
        for name in PACKED_LAYERS:
            statements += _insert_statements(ds, name, selection.fids.get(name, []))
        _in_transaction(ds, statements + [sql for _, sql in triggers])
    finally:
        _execute(ds, "DETACH DATABASE office")


def _insert_statements(ds, name: str, fids: list[int]) -> list[str]:
    office_columns = set(_columns(ds, name, "office"))
    columns = [c for c in _columns(ds, name) if c in office_columns and c != "fid"]
    names = ", ".join(f'"{c}"' for c in columns)
    statements = []
    for start in range(0, len(fids), _IN_CHUNK):
        listed = ", ".join(str(int(f)) for f in fids[start : start + _IN_CHUNK])
        statements.append(
            f'INSERT INTO main."{name}" ({names}) SELECT {names} FROM office."{name}" '
            f"WHERE fid IN ({listed}) ORDER BY fid"
        )
    return statements


def _copy_features(layers: dict[str, QgsVectorLayer], selection: Selection, path: Path) -> None:
    """The selected features of a PostGIS database through QGIS (values converted by the
    providers), into the package's layers."""
    for name in PACKED_LAYERS:
        fids = selection.fids.get(name, [])
        if not fids:
            continue
        target = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
        fields = target.fields()
        shared = [
            (fields.indexOf(f.name()), f.name())
            for f in layers[name].fields()
            if f.name() != "fid" and fields.indexOf(f.name()) >= 0
        ]
        copies = []
        for feature in layers[name].getFeatures(QgsFeatureRequest().setFilterFids(fids)):
            copy = QgsFeature(fields)
            copy.setGeometry(feature.geometry())
            for index, field_name in shared:
                copy.setAttribute(index, feature[field_name])
            copies.append(copy)
        if not target.dataProvider().addFeatures(copies):
            raise DatabaseError("; ".join(target.dataProvider().errors()))
        del target


def copy_settings(target, paths: PackagePaths, feedback=None) -> None:
    """The programme's settings (its bearing unit) into the package, so that its tasking maps
    print as the office's do."""
    unit = programme.bearing_unit_of(target, feedback)
    if unit == programme.bearing_unit_of(str(paths.data)):
        return
    try:
        programme.set_bearing_unit(str(paths.data), unit)
    except programme.SettingError as error:
        raise PackageError(tr("OUTPUT: {}").format(error)) from None


def copy_photos(target, paths: PackagePaths, read_photo=None) -> list[str]:
    """The photos of the packed features (``photo`` = "DCIM/<file>") into the package's DCIM,
    read by ``read_photo(target, value)`` (the office's photos: ``attachments.photo_bytes``);
    returns the values that could not be packed."""
    from .. import attachments

    read_photo = read_photo or attachments.photo_bytes
    missing = []
    with _sqlite(paths.data) as conn:
        values = set()
        for name in ("land_release", "evidence", "survey_point"):
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')]
            if PHOTO_FIELD in columns:
                values.update(
                    v
                    for (v,) in conn.execute(f'SELECT DISTINCT "{PHOTO_FIELD}" FROM "{name}"')
                    if v
                )
    for value in sorted(values):
        destination = paths.folder / value
        try:
            inside = destination.resolve().parent == paths.photos.resolve()
            data = read_photo(target, value) if inside else None
        except Exception:  # noqa: BLE001 - a photo that cannot be read is named, not packed
            data = None
        if data is None:
            missing.append(value)
            continue
        destination.write_bytes(data)
    return missing


# --- the base state and the manifest -----------------------------------------------------------


def _sqlite(path: Path):
    return contextlib.closing(sqlite3.connect(str(path), timeout=30, isolation_level=None))


def seal_base(paths: PackagePaths) -> str:
    """field.gpkg made one file (no WAL) and copied byte for byte to the base; its sha256."""
    with _sqlite(paths.data) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    if str(mode).lower() != "delete":
        raise PackageError(
            tr("OUTPUT: {} is still open in another program: close it and pack again.").format(
                paths.data
            )
        )
    paths.base.parent.mkdir(exist_ok=True)
    shutil.copyfile(paths.data, paths.base)
    return file_sha256(paths.base)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def layer_counts(paths: PackagePaths) -> dict[str, int]:
    with _sqlite(paths.data) as conn:
        return {
            n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in COUNTED_LAYERS
        }


def manifest(
    paths: PackagePaths,
    *,
    database_id: str,
    database: str,
    created_by: str,
    organisation: str,
    team: str,
    selection: Selection,
    base_sha256: str,
    plugin_version: str,
) -> dict:
    """The manifest of the package (issue 20's shared spec), written to manifest.json."""
    content = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "package_id": str(uuid_module.uuid4()),
        "database_id": database_id,
        "database": database,
        "created_at": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "created_by": created_by,
        "organisation": organisation,
        "team": team,
        "input": {"layer": selection.kind, "ids": selection.ids},
        "layers": layer_counts(paths),
        "base": {
            "path": paths.base.relative_to(paths.folder).as_posix(),
            "sha256": base_sha256,
        },
        "data": {"path": paths.data.name},
        "plugin_version": plugin_version,
    }
    temporary = paths.manifest.with_name(".manifest.json.part")
    temporary.write_text(json.dumps(content, indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(temporary, paths.manifest)
    return content


def plugin_version() -> str:
    metadata = Path(__file__).resolve().parents[2] / "metadata.txt"
    for line in metadata.read_text(encoding="utf-8").splitlines():
        if line.startswith("version="):
            return line.split("=", 1)[1].strip()
    return ""
