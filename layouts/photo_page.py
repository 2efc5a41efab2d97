"""Pages of photos in a report: a grid of pictures, each captioned with its feature's id and
file name; the photos that cannot be read named at the foot of the page, with the reason."""

from __future__ import annotations

from dataclasses import dataclass

from qgis.core import QgsLayoutItem, QgsLayoutItemPicture, QgsLayoutPoint, QgsLayoutSize
from qgis.PyQt.QtCore import QCoreApplication

COLUMNS, ROWS = 3, 2
PER_PAGE = COLUMNS * ROWS
GRID_TOP, GRID_BOTTOM = 24.0, 178.0  # mm: under the header, over the unreadable list
GAP, CAPTION_H = 4.0, 8.0  # mm
FOOTER_TOP = 201.0  # mm: the page numbers under it


def tr(text: str) -> str:
    return QCoreApplication.translate("PhotoPage", text)


@dataclass(frozen=True)
class Photo:
    """One photo to print: the feature it belongs to (as printed, e.g. "LR-1"), the value of
    its photo field, the picture file to draw (None when it cannot be read) and why not."""

    feature: str
    path: str
    file: str | None = None
    problem: str = ""


def photo_pages(photos: list[Photo]) -> list[tuple[list[Photo], list[Photo]]]:
    """(readable, unreadable) photos of each page: the readable ones PER_PAGE a page, the
    unreadable ones listed on the last page."""
    readable = [p for p in photos if p.file]
    unreadable = [p for p in photos if not p.file]
    chunks = [readable[k : k + PER_PAGE] for k in range(0, len(readable), PER_PAGE)] or [[]]
    return [(chunk, unreadable if k == len(chunks) - 1 else []) for k, chunk in enumerate(chunks)]


def add_photos(items, page: int, readable: list[Photo], unreadable: list[Photo], left, width):
    """Draw one page of photos with ``items`` (a layouts.area_report_items.ReportItems) on
    ``page``, in the band ``left`` .. ``left + width`` mm."""
    cell_w = (width - (COLUMNS - 1) * GAP) / COLUMNS
    cell_h = (GRID_BOTTOM - GRID_TOP - (ROWS - 1) * GAP) / ROWS
    for k, photo in enumerate(readable):
        x = left + (k % COLUMNS) * (cell_w + GAP)
        y = GRID_TOP + (k // COLUMNS) * (cell_h + GAP)
        picture = QgsLayoutItemPicture(items.layout)
        picture.setResizeMode(QgsLayoutItemPicture.Zoom)  # whole picture, its proportions kept
        picture.setPictureAnchor(QgsLayoutItem.UpperMiddle)
        picture.setPicturePath(photo.file)
        items.layout.addLayoutItem(picture)
        picture.attemptResize(QgsLayoutSize(cell_w, cell_h - CAPTION_H))
        picture.attemptMove(QgsLayoutPoint(x, y), page=page)
        caption = tr("{} — {}").format(photo.feature, photo.path)
        items.label(caption, x, y + cell_h - CAPTION_H + 0.5, cell_w, CAPTION_H - 0.5, page, 7.5)
    if unreadable:
        top = GRID_BOTTOM + 1 if readable else GRID_TOP
        limit = 5 if readable else 40
        lines = [tr("Photos that cannot be printed:")]
        lines += [
            tr("{} — {}: {}").format(p.feature, p.path, p.problem) for p in unreadable[:limit]
        ]
        if len(unreadable) > limit:
            lines.append(tr("… and {} more (see the log).").format(len(unreadable) - limit))
        items.label("\n".join(lines), left, top, width, FOOTER_TOP - top, page, 6.5)
