"""The page of photos the tasking maps print after an area's pages (taskingmaps' PHOTOS): an
atlas page of its own (``photo_page`` = 1 on the coverage feature) that shows the title, the
organisation and the page number of the map pages, and in place of the rest a grid of pictures
captioned with the feature id and file name, and the photos that cannot be read."""

from __future__ import annotations

from qgis.core import (
    QgsLayoutItem,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutObject,
    QgsProperty,
)
from qgis.PyQt.QtCore import QCoreApplication

from .photo_page import Photo
from .tasking_data import PHOTO_SLOTS
from .tasking_frame import PAGES, add_label, frames, place

KEEP = ("title", "organisation", "page_number")  # the items the photo pages show too
ON_PHOTO_PAGE = 'coalesce("photo_page", 0) = 1'
GAP_MM, CAPTION_MM, PROBLEMS_MM = 4.0, 8.0, 14.0


def tr(text: str) -> str:
    return QCoreApplication.translate("PhotoPage", text)


def page_values(area_id: str, readable: list[Photo], unreadable: list[Photo]) -> dict:
    """The coverage values (tasking_data.PAGE_FIELDS by name) of a page of photos of an area."""
    values = {"map_id": area_id, "title": tr("Photos — {}").format(area_id), "photo_page": 1}
    for k, photo in enumerate(readable[:PHOTO_SLOTS], start=1):
        values[f"photo_{k}"] = photo.file
        values[f"caption_{k}"] = tr("{} — {}").format(photo.feature, photo.path)
    if unreadable:
        lines = [tr("{} — {}: {}").format(p.feature, p.path, p.problem) for p in unreadable[:4]]
        if len(unreadable) > 4:
            lines.append(tr("… and {} more (see the log).").format(len(unreadable) - 4))
        values["photo_problems"] = "\n".join([tr("Photos that cannot be printed:"), *lines])
    return values


def add_photo_items(layout, page_size: int) -> None:
    """Hide the map page's items on the photo pages (but ``KEEP``) and add the photo grid,
    shown on the photo pages only."""
    for item in layout.items():
        if isinstance(item, QgsLayoutItem) and not isinstance(item, QgsLayoutItemPage):
            if item.id() not in KEEP:
                _exclude_when(item, ON_PHOTO_PAGE)
    f = frames(page_size)
    _file, width, height = PAGES[page_size]
    columns, rows = (2, 3) if height > width else (3, 2)
    left, top = f.header[0], f.header[1] + f.header[3] + 3
    bottom = f.page_number[1] - PROBLEMS_MM - 2
    grid_w = width - 2 * left
    cell_w = (grid_w - (columns - 1) * GAP_MM) / columns
    cell_h = (bottom - top - (rows - 1) * GAP_MM) / rows
    k = f.font_scale
    for slot in range(PHOTO_SLOTS):
        x = left + (slot % columns) * (cell_w + GAP_MM)
        y = top + (slot // columns) * (cell_h + GAP_MM)
        name = f"photo_{slot + 1}"
        picture = QgsLayoutItemPicture(layout)
        picture.setId(name)
        picture.setResizeMode(QgsLayoutItemPicture.Zoom)
        picture.setPictureAnchor(QgsLayoutItem.UpperMiddle)
        layout.addLayoutItem(picture)
        place(picture, (x, y, cell_w, cell_h - CAPTION_MM))
        _set_property(picture, QgsLayoutObject.PictureSource, f'"{name}"')
        hidden = f'NOT ({ON_PHOTO_PAGE}) OR "{name}" IS NULL'
        _exclude_when(picture, hidden)
        caption = add_label(
            layout, f"caption_{slot + 1}", (x, y + cell_h - CAPTION_MM + 0.5, cell_w,
            CAPTION_MM - 0.5), f'[% "caption_{slot + 1}" %]', 7.5 * k,
        )  # fmt: skip
        _exclude_when(caption, hidden)
    problems = add_label(
        layout, "photo_problems", (left, bottom + 1, grid_w, PROBLEMS_MM),
        '[% "photo_problems" %]', 6.5 * k,
    )  # fmt: skip
    _exclude_when(problems, f"NOT ({ON_PHOTO_PAGE})")


def hide_on_maps(pages_layer) -> None:
    """The maps draw the areas of the map pages only, not their copies on the photo pages."""
    renderer = pages_layer.renderer()
    if hasattr(renderer, "rootRule"):
        renderer.rootRule().setFilterExpression('"photo_page" IS NULL')


def _exclude_when(item, expression: str) -> None:
    """``item`` left out of the export on the atlas pages where ``expression`` holds."""
    _set_property(item, QgsLayoutObject.ExcludeFromExports, expression)


def _set_property(item, key, expression: str) -> None:
    properties = item.dataDefinedProperties()
    properties.setProperty(key, QgsProperty.fromExpression(expression))
    item.setDataDefinedProperties(properties)
