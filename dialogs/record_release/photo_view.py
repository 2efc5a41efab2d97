"""The release's photo in the Record land release dock: a thumbnail and the file name, read
from the database's photos (storage.attachments); "no photo", or what is wrong, in words."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from qgis.core import Qgis
from qgis.PyQt.QtCore import QCoreApplication, Qt, pyqtSignal
from qgis.PyQt.QtGui import QPixmap
from qgis.PyQt.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...core import model
from ...qgis_io.values import is_null
from ...storage import attachments

THUMBNAIL_HEIGHT_PX = 160


def tr(text: str) -> str:
    return QCoreApplication.translate("PhotoView", text)


class PhotoView(QWidget):
    """A thumbnail of a photo (scaled, its proportions kept) over a line of text: the file
    name, "No photo.", or why it cannot be shown; a button to add a photo."""

    add_requested = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.thumbnail = QLabel(self)
        self.thumbnail.setAlignment(Qt.AlignCenter)
        self.thumbnail.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)
        self.thumbnail.hide()
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.caption.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.caption.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.add_button = QPushButton(tr("Add photo…"), self)
        self.add_button.setToolTip(
            tr("Copy a JPEG or PNG picture into the database's photos and give it to the release")
        )
        self.add_button.clicked.connect(self.add_requested)
        row = QHBoxLayout()
        row.addWidget(self.caption, 1)
        row.addWidget(self.add_button, 0)
        layout.addWidget(self.thumbnail)
        layout.addLayout(row)
        self.show_photo(None, None)

    def show_photo(self, database, value) -> None:
        """Show the photo ``value`` (a photo field's value) of ``database`` (a GeoPackage path
        or a ``PgDatabase``)."""
        self.thumbnail.clear()
        self.thumbnail.hide()
        if is_null(value) or str(value).strip() == "":
            self.caption.setText(tr("No photo."))
            return
        path = str(value)
        try:
            data = attachments.photo_bytes(database, path) if database is not None else None
        except attachments.AttachmentError as error:
            self.caption.setText(str(error))
            return
        if data is None:
            self.caption.setText(
                tr("The photo {} is missing: it is not among the database's photos.").format(path)
            )
            return
        pixmap = QPixmap()
        if not pixmap.loadFromData(data):
            self.caption.setText(
                tr("The photo {} cannot be shown: it is not a readable picture.").format(path)
            )
            return
        width = max(self.width(), 120)
        self.thumbnail.setPixmap(
            pixmap.scaled(width, THUMBNAIL_HEIGHT_PX, Qt.KeepAspectRatio, Qt.SmoothTransformation)
        )
        self.thumbnail.setFixedHeight(THUMBNAIL_HEIGHT_PX)
        self.thumbnail.show()
        self.caption.setText(PurePosixPath(path).name)


class PhotoPart:
    """The dock's part that shows the photo of the release in the form (``self.photo_view``)."""

    def _show_photo(self, *_) -> None:
        """Show the photo the form's editor holds (its value, not the text it shows: the
        attachment widget shows NULL as a word)."""
        if self.layers is None or self.form is None:
            self.photo_view.show_photo(None, None)
            return
        wrapper = self._wrappers().get(model.PHOTO_FIELD)
        value = wrapper.value() if wrapper is not None else None
        self.photo_view.show_photo(self.layers.database, value)
        self.photo_view.add_button.setEnabled(wrapper is not None)

    def _add_photo(self) -> None:
        """Store a picture the officer chooses as "DCIM/<its file name>" in the database's
        photos and put that path in the form; a refusal (another picture under that name, a
        file that is no JPEG or PNG) is said in the message bar, and the form is left as it
        was."""
        if self.layers is None or self.form is None:
            return
        chosen, _filter = QFileDialog.getOpenFileName(
            self, tr("Add a photo to the release"), "", photo_filter()
        )
        if not chosen:
            return
        relative = f"{attachments.PHOTO_FOLDER}/{Path(chosen).name}"
        try:
            attachments.store_photo(self.layers.database, relative, Path(chosen))
        except attachments.AttachmentError as error:
            self.tell(Qgis.Warning, str(error))
            return
        self.form.changeAttribute(model.PHOTO_FIELD, relative)
        self._show_photo()


def photo_filter() -> str:
    """The file dialog's filter of the pictures a photo may be."""
    return tr("Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)")
