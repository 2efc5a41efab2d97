"""Human-readable ids: ``<prefix>-<district code>-<4 digits>``, stable for the same input order."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Optional

NO_DISTRICT = "NA"
_TRANSLITERATION = str.maketrans(
    {"ə": "e", "Ə": "E", "ı": "i", "İ": "I", "ş": "s", "Ş": "S", "ç": "c", "Ç": "C",
     "ğ": "g", "Ğ": "G", "ö": "o", "Ö": "O", "ü": "u", "Ü": "U"}
)  # fmt: skip


def id_part(text: Optional[str]) -> str:
    """An ASCII, upper-case, hyphen-free form of a district code or name (``NA`` when empty)."""
    if text is None:
        return NO_DISTRICT
    ascii_text = unicodedata.normalize("NFKD", str(text).translate(_TRANSLITERATION))
    ascii_text = ascii_text.encode("ascii", "ignore").decode("ascii")
    cleaned = re.sub(r"[^A-Za-z0-9]+", "", ascii_text).upper()
    return cleaned or NO_DISTRICT


def hazard_ids(prefix: str, districts: Sequence[Optional[str]]) -> list[str]:
    """One id per item, numbered from 0001 within each district in the order given."""
    prefix = prefix.strip() or "HAZ"
    counters: dict[str, int] = {}
    ids = []
    for district in districts:
        part = id_part(district)
        counters[part] = counters.get(part, 0) + 1
        ids.append(f"{prefix}-{part}-{counters[part]:04d}")
    return ids
