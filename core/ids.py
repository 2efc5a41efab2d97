"""Human-readable ids: ``<prefix>-<district code>-<4 digits>``, stable for the same input order;
and random UUIDs made in bulk."""

from __future__ import annotations

import os
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


_UUID_HEX = [k for k in range(36) if k not in (8, 13, 18, 23)]  # where the hex digits go


def uuid4_texts(n: int) -> list[str]:
    """``n`` random (version 4) UUIDs as text, as ``str(uuid.uuid4())`` writes them, from one call
    to the system's generator."""
    import numpy as np

    raw = np.frombuffer(os.urandom(16 * n), dtype=np.uint8).reshape(n, 16).copy()
    raw[:, 6] = (raw[:, 6] & 0x0F) | 0x40  # version 4
    raw[:, 8] = (raw[:, 8] & 0x3F) | 0x80  # RFC 4122 variant
    digits = np.frombuffer(raw.tobytes().hex().encode("ascii"), dtype="S1").reshape(n, 32)
    text = np.full((n, 36), b"-", dtype="S1")
    text[:, _UUID_HEX] = digits
    return text.view("S36").ravel().astype(str).tolist()


_TRAILING_NUMBER = re.compile(r"^(.*?)(\d+)$")


def free_ids(wanted: Sequence[str], taken: set[str]) -> list[str]:
    """``wanted`` ids made unique against ``taken`` and each other: the first of each free id
    is kept; an id already used gets the next number of its stem above every one in use
    (``CHA-AGD-0003`` -> ``CHA-AGD-0008`` when 0007 is the highest, same width); an id without
    a trailing number gets ``-2``, ``-3``..."""
    kept: set[str] = set()
    keep = []
    for wanted_id in wanted:
        keep.append(wanted_id not in taken and wanted_id not in kept)
        if keep[-1]:
            kept.add(wanted_id)
    used = set(taken) | kept
    result = []
    for wanted_id, is_kept in zip(wanted, keep):
        if is_kept:
            result.append(wanted_id)
            continue
        match = _TRAILING_NUMBER.match(wanted_id)
        stem, width = (match.group(1), len(match.group(2))) if match else (wanted_id + "-", 1)
        numbers = [
            int(m.group(2)) for m in map(_TRAILING_NUMBER.match, used) if m and m.group(1) == stem
        ]
        candidate = f"{stem}{max(numbers, default=1) + 1:0{width}d}"
        used.add(candidate)
        result.append(candidate)
    return result


def next_id(existing: Sequence[str], default_stem: str = "LR-", width: int = 4) -> str:
    """The id that follows ``existing`` (release ids typed by people): the next number of the
    series most of them use (``LR-0041`` after ``LR-0040``, ``ANAMA-R-12`` after ``ANAMA-R-11``),
    as wide as its highest number, never one of them; ``LR-0001`` for none."""
    taken = {str(text) for text in existing if text is not None}
    series: dict[str, list[str]] = {}
    for text in taken:
        match = _TRAILING_NUMBER.match(text)
        if match:
            series.setdefault(match.group(1), []).append(match.group(2))
    if not series:
        return free_ids([f"{default_stem}{1:0{width}d}"], taken)[0]
    stem, numbers = max(
        series.items(), key=lambda item: (len(item[1]), max(int(n) for n in item[1]), item[0])
    )
    highest = max(numbers, key=int)
    return free_ids([f"{stem}{int(highest) + 1:0{len(highest)}d}"], taken)[0]
