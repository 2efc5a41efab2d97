"""The photos of releases, evidence and survey points in the office, on both backends.

A feature's ``photo`` field holds "DCIM/<file name>" (what QField writes in a field package).
A GeoPackage ``/x/y/db.gpkg`` keeps that file as ``/x/y/db_photos/DCIM/<file name>``; a PostGIS
schema keeps its bytes in the table ``attachment`` (``core.pgschema``). A path once stored never
gets other bytes: storing a different picture under a stored name is refused, naming both.
"""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path, PurePosixPath

from qgis.PyQt.QtCore import QCoreApplication

from ..core import pgschema
from . import postgis

PHOTO_FOLDER = "DCIM"
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png")
# The first bytes of the image formats a photo may have (JPEG, PNG).
_SIGNATURES = {".jpg": b"\xff\xd8\xff", ".jpeg": b"\xff\xd8\xff", ".png": b"\x89PNG\r\n\x1a\n"}


def tr(text: str) -> str:
    return QCoreApplication.translate("LandReleaseAttachments", text)


class AttachmentError(Exception):
    """A photo cannot be stored or read; the message names it and says what to do."""


def checked_photo_path(relative_path) -> str:
    """``relative_path`` when it is a photo path "DCIM/<file name>.jpg|.jpeg|.png"; else
    AttachmentError naming it (absolute paths, "..", other folders, other suffixes, back
    slashes and control characters are refused)."""
    text = relative_path if isinstance(relative_path, str) else ""
    parts = PurePosixPath(text).parts
    well_formed = (
        bool(text)
        and "\\" not in text
        and not any(ord(c) < 32 or c == "\x7f" for c in text)
        and not text.startswith("/")
        and len(parts) == 2
        and parts[0] == PHOTO_FOLDER
        and text == f"{PHOTO_FOLDER}/{parts[1]}"
        and parts[1] not in (".", "..")
        and PurePosixPath(parts[1]).suffix.lower() in IMAGE_SUFFIXES
        and PurePosixPath(parts[1]).stem not in ("", ".")
    )
    if not well_formed:
        raise AttachmentError(
            tr(
                "{} is not a photo path: a photo is kept as DCIM/ and its file name ending in "
                ".jpg, .jpeg or .png (such as DCIM/IMG_0001.jpg), with no other folder (no "
                "absolute path, no ..)."
            ).format(repr(relative_path))
        )
    return text


def photo_root(target) -> Path | None:
    """The folder holding the photos of a GeoPackage ``/x/y/db.gpkg``: ``/x/y/db_photos``
    (whether or not it exists yet); None for a PostGIS ``PgDatabase`` (photos are BLOBs)."""
    if isinstance(target, postgis.PgDatabase):
        return None
    path = Path(target)
    return path.with_name(f"{path.stem}_photos")


def photo_root_of_layer(layer) -> Path | None:
    """The photo folder of a land release GeoPackage layer (None for PostGIS or others)."""
    from .derived import layer_table

    decoded = layer_table(layer)
    if decoded is None or isinstance(decoded[0], postgis.PgDatabase):
        return None
    return photo_root(decoded[0])


def _photo_data(relative_path: str, source: Path) -> bytes:
    """The bytes of ``source``, refused unless they are the image its suffix says."""
    try:
        data = Path(source).read_bytes()
    except OSError as error:
        raise AttachmentError(
            tr("The photo {} cannot be read from {}: {}").format(
                relative_path, source, error.strerror or error
            )
        ) from error
    signature = _SIGNATURES[PurePosixPath(relative_path).suffix.lower()]
    if not data.startswith(signature):
        raise AttachmentError(
            tr(
                "The file {} for the photo {} is not the picture its name says (JPEG or PNG): "
                "it may be damaged or renamed. Take or export the photo again."
            ).format(source, relative_path)
        )
    return data


def store_photo(target, relative_path: str, source: Path) -> None:
    """Keep the picture ``source`` as the photo ``relative_path`` of the database ``target``
    (a GeoPackage path or a ``PgDatabase``). Storing the same bytes again changes nothing; a
    different picture already stored under that path is refused, naming both."""
    relative_path = checked_photo_path(relative_path)
    data = _photo_data(relative_path, source)
    if isinstance(target, postgis.PgDatabase):
        _store_blob(target, relative_path, data, source)
    else:
        _store_file(photo_root(target), relative_path, data, source)


def _refuse_other_picture(relative_path: str, stored: str, source) -> AttachmentError:
    return AttachmentError(
        tr(
            "The photo {} is already stored ({}) with another picture than {}: a stored photo "
            "is never replaced. Give the new photo another file name."
        ).format(relative_path, stored, source)
    )


def _store_file(root: Path, relative_path: str, data: bytes, source) -> None:
    destination = root / relative_path
    created = False
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        try:
            stored = open(destination, "xb")  # never over an existing file
        except FileExistsError:
            if _sha256(destination.read_bytes()) != _sha256(data):
                raise _refuse_other_picture(relative_path, destination, source) from None
            return
        created = True
        with stored:
            stored.write(data)
    except OSError as error:
        if created:
            destination.unlink(missing_ok=True)  # no half-written picture left
        raise AttachmentError(
            tr("Cannot store the photo {} in {}: {}").format(
                relative_path, root, error.strerror or error
            )
        ) from error


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _table(database: postgis.PgDatabase) -> str:
    return f"{pgschema.ident(database.schema)}.{pgschema.ident(pgschema.ATTACHMENT_TABLE)}"


def _store_blob(database: postgis.PgDatabase, relative_path: str, data: bytes, source) -> None:
    digest = _sha256(data)
    path = pgschema.literal(relative_path)
    encoded = pgschema.literal(base64.b64encode(data).decode("ascii"))
    try:
        ds = postgis.connect(database)
        try:
            postgis.execute(
                ds,
                f"INSERT INTO {_table(database)} (path, data, sha256) VALUES ({path}, "
                f"decode({encoded}, 'base64'), {pgschema.literal(digest)}) "
                "ON CONFLICT (path) DO NOTHING",
            )
            rows = postgis.query(ds, f"SELECT sha256 FROM {_table(database)} WHERE path = {path}")
        finally:
            ds = None
    except postgis.PostgisError as error:
        raise AttachmentError(
            tr("Cannot store the photo {} in {}: {}").format(relative_path, database.label, error)
        ) from error
    if not rows or rows[0][0] != digest:
        stored = tr("{} table {}").format(database.label, pgschema.ATTACHMENT_TABLE)
        raise _refuse_other_picture(relative_path, stored, source)


def photo_bytes(target, relative_path: str) -> bytes | None:
    """The picture of the photo ``relative_path`` of the database ``target``, or None when it
    is not stored; AttachmentError when the path is no photo path or cannot be read."""
    relative_path = checked_photo_path(relative_path)
    if not isinstance(target, postgis.PgDatabase):
        file = photo_root(target) / relative_path
        if not file.is_file():
            return None
        try:
            return file.read_bytes()
        except OSError as error:
            raise AttachmentError(
                tr("The photo {} cannot be read: {}").format(file, error.strerror or error)
            ) from error
    try:
        ds = postgis.connect(target, update=False)
        try:
            rows = postgis.query(
                ds,
                f"SELECT encode(data, 'base64') FROM {_table(target)} "
                f"WHERE path = {pgschema.literal(relative_path)}",
            )
        finally:
            ds = None
    except postgis.PostgisError as error:
        raise AttachmentError(
            tr("The photo {} cannot be read from {}: {}").format(relative_path, target.label, error)
        ) from error
    return base64.b64decode(rows[0][0]) if rows else None
