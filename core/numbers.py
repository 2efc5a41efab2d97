"""Numbers as printed in each language of the programme: 19,238.61 in English; 19 238,61 in
Russian and Azerbaijani (a no-break space between thousands, a decimal comma), as their
documents write them."""

from __future__ import annotations

import math

# language -> (thousands separator, decimal mark)
NUMBER_MARKS = {"en": (",", "."), "az": ("\u00a0", ","), "ru": ("\u00a0", ",")}


def number_text(value: float, decimals: int, language: str = "en") -> str:
    """``value`` with ``decimals`` decimals in the convention of ``language`` (en, az, ru;
    others as English); "—" for NaN or infinity; -0 printed as 0."""
    if value is None or not math.isfinite(value):
        return "—"
    group, mark = NUMBER_MARKS.get(language, NUMBER_MARKS["en"])
    text = f"{value:,.{decimals}f}"
    if text.lstrip("-").strip("0,.") == "":
        text = text.lstrip("-")
    return text.replace(",", "\x00").replace(".", mark).replace("\x00", group)
