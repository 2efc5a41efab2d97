"""The attributes the IMSMA exchange checks beyond their type, the same way on export and on
import: the IMSMA Core id and links of hazards and releases, and coded values (qa_status…)."""

from __future__ import annotations

from typing import Optional

from .. import model
from .exchange import ImsmaError, checked_id, shown_id

IMSMA_ID_LENGTH = model.layer("hazard").field("imsma_id").length  # 50, as on land_release


def _t(text: str) -> str:
    return model.QT_TRANSLATE_NOOP("LandReleaseImsma", text)


def imsma_id_of(value, where: str) -> Optional[str]:
    """The IMSMA id a feature holds, without surrounding blanks; None when it is null or empty
    (the feature has none). :class:`ImsmaError` naming ``where`` for only blanks, a value that is
    not text, a control character, or more than :data:`IMSMA_ID_LENGTH` characters."""
    if value is None or value == "":
        return None
    if isinstance(value, str) and not value.strip():
        raise ImsmaError(
            _t(
                "{where}: imsma_id holds only blanks ({count} character(s)): leave it empty when "
                "there is no IMSMA id, or write the id."
            ),
            where=where,
            count=len(value),
        )
    text = checked_id(value, where)
    if len(text) > IMSMA_ID_LENGTH:
        raise ImsmaError(
            _t(
                "{where}: the IMSMA id {id} is longer than {limit} characters, the most "
                "imsma_id holds."
            ),
            where=where,
            id=shown_id(text),
            limit=IMSMA_ID_LENGTH,
        )
    return text


def links_of(value, where: str) -> Optional[str]:
    """``imsma_links`` exactly as given (text, or None when null); :class:`ImsmaError` naming
    ``where`` when it is a number, list, object or true/false: the links are one text."""
    if value is None or isinstance(value, str):
        return value
    raise ImsmaError(
        _t(
            "{where}: imsma_links {value} is not text: write the links to "
            "other IMSMA items as one text, as IMSMA Core lists them."
        ),
        where=where,
        value=shown_id(repr(value)),
    )


def unknown_codes(layer_name: str, values: dict) -> list[tuple[str, object, tuple[str, ...]]]:
    """(field, value, its codes) of each coded field of ``layer_name`` in ``values`` whose
    value is set but no code of its list (``Passed`` is not ``passed``)."""
    found = []
    for field in model.layer(layer_name).fields:
        codes = field.code_list
        value = values.get(field.name)
        if codes is not None and value is not None and value not in codes.values():
            found.append((field.name, value, codes.values()))
    return found
