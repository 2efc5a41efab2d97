"""A returned field package read and checked before a sync: its manifest, the base packed
with it (sha256), the database it came from (its id), and working copies of its GeoPackages
brought to this version's schema."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication

from ...core import field_merge, model
from .. import postgis
from ..database import DatabaseError, ensure_schema
from ..database.columns import _columns
from ..database.gpkg_access import open_gpkg
from .identity import database_id
from .package import FORMAT, FORMAT_VERSION, PackagePaths, file_sha256

MANIFEST = PackagePaths(Path()).manifest.name


def tr(text: str) -> str:
    return QCoreApplication.translate("LandReleaseSync", text)


class SyncError(Exception):
    """The package cannot be synced; nothing was written. ``rows`` are the report's rows of
    what was refused (empty when the package itself is refused)."""

    def __init__(self, message: str, rows: list | None = None):
        super().__init__(message)
        self.rows = rows or []


@dataclass(frozen=True)
class Package:
    """A returned field package, its manifest read and its base checked."""

    folder: Path
    package_id: str
    database_id: str
    database_label: str
    team: str | None
    created_by: str | None

    @property
    def field_path(self) -> Path:
        return PackagePaths(self.folder).data

    @property
    def base_path(self) -> Path:
        return PackagePaths(self.folder).base


def _manifest(folder: Path) -> dict:
    path = folder / MANIFEST
    if not folder.is_dir():
        raise SyncError(tr("{} is not a folder: choose the field package's folder.").format(folder))
    if not path.is_file():
        raise SyncError(
            tr(
                "{} has no {}: it is not a field package made by Land Release (Prepare field "
                "package), or the file was lost when it was copied back."
            ).format(folder, MANIFEST)
        )
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise SyncError(tr("{} cannot be read as JSON: {}").format(path, error)) from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise SyncError(tr("{} is not the manifest of a Land Release field package.").format(path))
    if manifest.get("format_version") != FORMAT_VERSION:
        raise SyncError(
            tr(
                "{} is a field package of format version {}; this Land Release reads version "
                "{}: sync it with the version of Land Release that made it."
            ).format(path, manifest.get("format_version"), FORMAT_VERSION)
        )
    return manifest


def read_package(folder) -> Package:
    """The package in ``folder``: its manifest read and checked, its base copy the one
    packed (sha256); SyncError naming the file otherwise."""
    folder = Path(folder)
    manifest = _manifest(folder)
    text = {k: manifest.get(k) for k in ("package_id", "database_id")}
    base = manifest.get("base") if isinstance(manifest.get("base"), dict) else {}
    if not all(isinstance(v, str) and v for v in text.values()) or not base.get("sha256"):
        raise SyncError(
            tr("{} lacks the package id, the database id or the base's hash.").format(
                folder / MANIFEST
            )
        )
    package = Package(
        folder,
        text["package_id"],
        text["database_id"],
        str(manifest.get("database") or text["database_id"]),
        manifest.get("team") or None,
        manifest.get("created_by") or None,
    )
    for path in (package.field_path, package.base_path):
        if not path.is_file():
            raise SyncError(tr("The field package {} has no {}.").format(folder, path.name))
    if file_sha256(package.base_path) != str(base["sha256"]).lower():
        raise SyncError(
            tr(
                "{} is not the base state this package was made with (its sha256 differs from "
                "the manifest's): it was changed or replaced. The field edits cannot be told "
                "apart; nothing was synced."
            ).format(package.base_path)
        )
    return package


def check_target(package: Package, target) -> None:
    label = target.label if isinstance(target, postgis.PgDatabase) else str(target)
    try:
        office_id = database_id(target)
    except DatabaseError as error:
        raise SyncError(str(error)) from error
    if office_id != package.database_id:
        raise SyncError(
            tr(
                "The field package {} was made from the database {} (id {}), not from {} (id "
                "{}): sync it into the database it came from."
            ).format(package.folder, package.database_label, package.database_id, label, office_id)
        )


def _newer_columns(path: str) -> list[str]:
    """``table.column`` of the package's layers that this version's model does not know."""
    ds = open_gpkg(path, update=False)
    if ds is None:
        return []
    try:
        found = []
        for name in field_merge.SYNC_LAYERS:
            lyr = ds.GetLayerByName(name)
            if lyr is not None:
                known = set(model.layer(name).field_names())
                found += [f"{name}.{c}" for c in sorted(_columns(lyr) - known)]
        return found
    finally:
        ds = None


def working_copies(package: Package, workdir: Path) -> tuple[str, str]:
    """Copies of base and field GeoPackages in ``workdir``, brought to this version's schema;
    SyncError when the field GeoPackage is damaged or made by a newer version."""
    copies = []
    for source in (package.base_path, package.field_path):
        copy = workdir / f"{source.parent.name}-{source.name}"
        shutil.copyfile(source, copy)
        for suffix in ("-wal", "-shm"):  # QField may leave its last writes in the WAL
            if Path(f"{source}{suffix}").is_file():
                shutil.copyfile(f"{source}{suffix}", f"{copy}{suffix}")
        newer = _newer_columns(str(copy))
        if newer:
            raise SyncError(
                tr(
                    "{} was made by a newer version of Land Release (it has {}): update the "
                    "plugin, then sync again."
                ).format(source, ", ".join(newer))
            )
        try:
            ensure_schema(str(copy))
        except DatabaseError as error:
            raise SyncError(
                tr(
                    "{} cannot be read as a land release GeoPackage (truncated or damaged when "
                    "it was copied?): {}"
                ).format(source, str(error).replace(str(copy), str(source)))
            ) from error
        copies.append(str(copy))
    return copies[0], copies[1]
