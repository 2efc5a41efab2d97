"""The release's photo in the Record land release dock (dialogs/record_release/photo_view.py), on
a GeoPackage (the folder beside it) and a PostGIS schema (BLOBs): a thumbnail and the file name;
"no photo", a missing photo and a bad path said in words; the photo saved with the release."""

from __future__ import annotations

from qgis.PyQt.QtGui import QColor, QImage

from landrelease.storage import attachments

from . import test_record_release as record
from .conftest import fresh_layer
from .test_record_release import X0, Y0, click, fill_form, square_wkt, told, use_selection, wait

database, dock = record.database, record.dock  # the dock's fixtures, used by name


def picture(path, width: int, height: int):
    image = QImage(width, height, QImage.Format_RGB32)
    image.fill(QColor("darkorange"))
    assert image.save(str(path), "JPG")
    return path


def set_photo(dock_widget, value) -> None:
    dock_widget.form.changeAttribute("photo", value)
    wait()


def test_the_dock_shows_the_photo_of_the_release(
    dock,
    database,
    qgis_iface,
    tmp_path,
    screenshots,
):
    target, _layers = database
    view = dock.photo_view
    assert view.caption.text() == "No photo." and view.thumbnail.isHidden()
    attachments.store_photo(target, "DCIM/cleared.jpg", picture(tmp_path / "c.jpg", 400, 200))

    set_photo(dock, "DCIM/cleared.jpg")
    assert view.caption.text() == "cleared.jpg"
    assert not view.thumbnail.isHidden()
    pixmap = view.thumbnail.pixmap()
    assert pixmap is not None and not pixmap.isNull()
    assert pixmap.height() <= 160 and pixmap.width() == 2 * pixmap.height()  # 400 × 200 kept
    dock.grab().save(str(screenshots / "record_release_photo.png"))

    set_photo(dock, "DCIM/never_stored.jpg")
    assert view.thumbnail.isHidden()
    assert view.caption.text() == (
        "The photo DCIM/never_stored.jpg is missing: it is not among the database's photos."
    )
    set_photo(dock, "../cleared.jpg")
    assert view.thumbnail.isHidden()
    assert "'../cleared.jpg' is not a photo path" in view.caption.text()
    set_photo(dock, None)
    assert view.caption.text() == "No photo." and view.thumbnail.isHidden()

    # a bad path is refused on saving, naming it; nothing is written
    assert dock.set_hazard("SHA-0001")
    check = use_selection(dock, qgis_iface, square_wkt(X0, Y0, X0 + 50, Y0 + 100))
    assert check is not None and check.can_save
    fill_form(dock, "LR-0001", "clearance", "cleared")
    set_photo(dock, "C:/Users/field/IMG_0001.jpg")
    click(dock.save_button)
    message = told(dock)
    assert "Photo: 'C:/Users/field/IMG_0001.jpg' is not a photo path" in message, message
    assert list(fresh_layer(target, "land_release").getFeatures()) == []
    # saved with the release, and the next release starts without a photo
    set_photo(dock, "DCIM/cleared.jpg")
    click(dock.save_button)
    rows = [
        (f["release_id"], f["photo"]) for f in fresh_layer(target, "land_release").getFeatures()
    ]
    assert rows == [("LR-0001", "DCIM/cleared.jpg")]
    assert view.caption.text() == "No photo."


def test_a_photo_is_added_from_a_file(dock, database, tmp_path, monkeypatch):
    """Add photo…: the picture copied into the database's photos as DCIM/<its name>, the path
    in the form; another picture under a stored name refused in words, the form unchanged."""
    from landrelease.dialogs.record_release import photo_view

    target, _layers = database
    first = picture(tmp_path / "marker post.jpg", 300, 300)
    chosen = [str(first)]
    monkeypatch.setattr(photo_view.QFileDialog, "getOpenFileName", lambda *a, **k: (chosen[0], ""))
    click(dock.photo_view.add_button)
    assert attachments.photo_bytes(target, "DCIM/marker post.jpg") == first.read_bytes()
    assert dock.editor_widget("photo") is not None
    dock.form.save()
    assert dock.form.feature()["photo"] == "DCIM/marker post.jpg"
    assert dock.photo_view.caption.text() == "marker post.jpg"

    (tmp_path / "other").mkdir()
    other = tmp_path / "other" / "marker post.jpg"
    image = QImage(20, 20, QImage.Format_RGB32)
    image.fill(QColor("black"))
    assert image.save(str(other), "JPG")
    chosen[0] = str(other)
    set_photo(dock, None)
    click(dock.photo_view.add_button)
    message = told(dock)
    assert "DCIM/marker post.jpg" in message and str(other) in message
    assert "never replaced" in message
    assert attachments.photo_bytes(target, "DCIM/marker post.jpg") == first.read_bytes()
    assert dock.photo_view.caption.text() == "No photo."

    chosen[0] = ""  # the dialog cancelled: nothing happens
    click(dock.photo_view.add_button)
    assert dock.photo_view.caption.text() == "No photo."
