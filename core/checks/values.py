"""Attribute values as the checks read them (blank, ids, codes, stored numbers) and as their
messages show them."""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable, Sequence
from typing import Optional

from .. import model

SHOWN_MAX = 60  # characters of a value quoted in a message


def shown(value) -> str:
    """A value quoted in a message: unprintable characters escaped, at most ``SHOWN_MAX``."""
    text = str(value)
    text = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
    return text if len(text) <= SHOWN_MAX else text[: SHOWN_MAX - 1] + "…"


def quantity_text(value: float) -> str:
    """A quantity for a message: no decimals from 10 up, one below."""
    value = float(value)
    return f"{value:.0f}" if abs(value) >= 10 else f"{value:.1f}"


def plain_text(value) -> Optional[str]:
    """The value as stripped text, None when NULL or blank."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def is_blank(value) -> bool:
    """NULL, NaN or text of spaces only."""
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def id_key(value) -> Optional[str]:
    """An id compared with others: stripped, Unicode NFC, None when blank."""
    text = plain_text(value)
    return unicodedata.normalize("NFC", text) if text is not None else None


def upper_code(value) -> Optional[str]:
    """A code compared case-blind (a classification): stripped, upper case, None when blank."""
    text = plain_text(value)
    return text.upper() if text is not None else None


def feature_text(layer: str, index: int, labels: Sequence[str], ids) -> str:
    """ "hazard_id H-01", or "fid 12" when the feature has no id (its label is its fid)."""
    if ids is not None and not is_blank(ids[index]):
        return f"{model.layer(layer).id_field} {str(ids[index]).strip()}"
    return f"fid {labels[index]}"


def stored_number(value):
    """A stored figure as a float (NaN and infinities kept), None when blank, else the value
    itself (not a number)."""
    if is_blank(value) and not isinstance(value, float):
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip())
        except ValueError:
            return value
    return value


def each_value(function: Callable, values: Sequence) -> list:
    """``function`` of each value, each distinct value computed once (dates repeat a lot)."""
    cache: dict = {}
    out = []
    for value in values:
        try:
            result = cache[value]
        except KeyError:
            result = cache[value] = function(value)
        except TypeError:  # unhashable
            result = function(value)
        out.append(result)
    return out
