"""Values that must come from a list or be a day: ``bad_code`` (a value outside its code list),
``bad_date`` (a date in the future, too early, or no date at all) and ``date_order`` (an end
before its start)."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Optional

import numpy as np

from .. import model
from ..pgschema import UNKNOWN_STATUS
from ..progress import object_array
from .findings import HAZARD, RELEASE, WARNING, Finding, make_finding
from .geometry_arrays import anchor_xy
from .messages import MESSAGES
from .values import each_value, feature_text, is_blank, shown

MIN_DATE = model.EARLIEST_WORK_DATE  # the conflict's start: an earlier date is most likely a slip


# Dates that must not come before another: layer -> ((earlier field, later field), ...)
DATE_ORDER = {
    HAZARD: (("recorded_on", "status_changed_on"),),
    RELEASE: (("start_date", "end_date"),),
}


def coded_fields(layer: str) -> tuple[str, ...]:
    """The fields of ``layer`` that hold a code of a code list."""
    return tuple(f.name for f in model.layer(layer).fields if f.codes)


def date_fields(layer: str) -> tuple[str, ...]:
    """The date fields of ``layer`` (``model.DATE``)."""
    return tuple(f.name for f in model.layer(layer).fields if f.type == model.DATE)


def check_codes(
    layer: str, columns: Mapping[str, Sequence], labels: Sequence[str], geometries
) -> list[Finding]:
    """``bad_code`` on every non-blank value of a coded field that is not exactly a code of its
    list; a value that is one but for case and spaces gets the code as a suggestion."""
    definition = model.layer(layer)
    ids = columns.get(definition.id_field)
    hits: list[tuple[int, str, object, Optional[str]]] = []
    for f in definition.fields:
        if f.codes is None or f.name not in columns:
            continue
        codes = f.code_list.values()
        allowed = set(codes)
        folded = {c.casefold(): c for c in codes}
        if layer == HAZARD and f.name == "status":
            allowed.add(UNKNOWN_STATUS)  # waiting to be recomputed: remaining_mismatch says so
        for i, value in enumerate(columns[f.name]):
            if isinstance(value, str) and value in allowed or is_blank(value):
                continue
            suggestion = folded.get(str(value).strip().casefold())
            hits.append((i, f.name, value, suggestion))
    xy = anchor_xy(object_array(geometries), [h[0] for h in hits])
    findings = []
    for (i, name, value, suggestion), p in zip(hits, xy):
        args = {
            "feature": feature_text(layer, i, labels, ids),
            "field": name,
            "value": shown(value),
            "codes": ", ".join(definition.field(name).code_list.values()),
        }
        template = MESSAGES["bad_code"]
        if suggestion is not None:
            template, args["suggestion"] = MESSAGES["bad_code_like"], suggestion
        findings.append(make_finding("bad_code", layer, i, labels, template, args, p))
    return findings


_ISO_DAY = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$"
)
_NUMERIC_DAY = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")


def read_day(value) -> tuple[str, Optional[date]]:
    """How a date field's value reads: ``("ok", day)``, ``("blank", None)``, ``("impossible",
    None)`` (a form the plugin reads, or a day-month form either way round, naming no real
    day: ``2020-02-31``, ``31.02.2020``) or ``("unreadable", None)`` (anything else: a
    day-month form ``01.02.2020`` that could be read both ways, a number, other text).
    Only YYYY-MM-DD, optionally followed by a time, is read."""
    if value is None:
        return "blank", None
    if isinstance(value, datetime):
        return "ok", value.date()
    if isinstance(value, date):
        return "ok", value
    if not isinstance(value, str):
        if isinstance(value, float) and math.isnan(value):
            return "blank", None
        return "unreadable", None
    text = value.strip()
    if not text:
        return "blank", None
    match = _ISO_DAY.match(text)
    if match:
        day = _day(*(int(g) for g in match.groups()))
        return ("ok", day) if day is not None else ("impossible", None)
    match = _NUMERIC_DAY.match(text)
    if match:
        a, b, year = (int(g) for g in match.groups())
        if _day(year, b, a) is None and _day(year, a, b) is None:
            return "impossible", None
    return "unreadable", None


def _read_days(values: Sequence) -> list[tuple[str, Optional[date]]]:
    """:func:`read_day` of each value."""
    return each_value(read_day, values)


def _day(year: int, month: int, day: int) -> Optional[date]:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def check_bad_dates(
    layer: str,
    columns: Mapping[str, Sequence],
    labels: Sequence[str],
    geometries,
    today: date,
    earliest: date = MIN_DATE,
) -> list[Finding]:
    """``bad_date`` on every date field value after ``today``, before ``earliest`` (a
    warning) or not readable as a date (see :func:`read_day`)."""
    ids = columns.get(model.layer(layer).id_field)
    hits: list[tuple[int, str, str, dict]] = []
    for name in date_fields(layer):
        if name not in columns:
            continue
        for i, (kind, day) in enumerate(_read_days(columns[name])):
            value = columns[name][i]
            if kind == "ok" and day > today:
                hits.append((i, name, "bad_date_future", {"value": day.isoformat()}))
            elif kind == "ok" and day < earliest:
                hits.append((i, name, "bad_date_early", {"value": day.isoformat()}))
            elif kind in ("unreadable", "impossible"):
                hits.append((i, name, f"bad_date_{kind}", {"value": shown(value)}))
    xy = anchor_xy(object_array(geometries), [h[0] for h in hits])
    findings = []
    for (i, name, key, args), p in zip(hits, xy):
        args |= {
            "feature": feature_text(layer, i, labels, ids),
            "field": name,
            "today": today.isoformat(),
            "earliest": earliest.isoformat(),
        }
        severity = WARNING if key == "bad_date_early" else None
        findings.append(
            make_finding("bad_date", layer, i, labels, MESSAGES[key], args, p, severity=severity)
        )
    return findings


def check_dates(
    layer: str,
    earlier_field: str,
    later_field: str,
    earlier: Sequence,
    later: Sequence,
    labels: Sequence[str],
    geometries,
) -> list[Finding]:
    """``date_order`` where ``later`` is before ``earlier`` (NULL or unreadable dates skipped).

    Values may be ``datetime.date``, ``datetime.datetime`` or ISO 8601 text; times are ignored.
    """
    first = np.array(each_value(as_day, earlier), dtype="datetime64[D]")
    second = np.array(each_value(as_day, later), dtype="datetime64[D]")
    if not len(first):
        return []
    bad = np.flatnonzero(second < first)  # NaT compares False
    xy = anchor_xy(object_array(geometries), bad)
    return [
        make_finding(
            "date_order",
            layer,
            i,
            labels,
            MESSAGES["date_order"],
            {
                "earlier_field": earlier_field,
                "later_field": later_field,
                "earlier": str(first[i]),
                "later": str(second[i]),
            },
            p,
        )
        for i, p in zip(bad, xy)
    ]


def as_day(value):
    """A numpy day from a date, datetime or ISO text; NaT when NULL or unreadable."""
    if value is None:
        return np.datetime64("NaT")
    if isinstance(value, datetime):
        return np.datetime64(value.date(), "D")
    if isinstance(value, date):
        return np.datetime64(value, "D")
    if isinstance(value, str):
        try:
            return np.datetime64(date.fromisoformat(value.strip()[:10]), "D")
        except ValueError:
            return np.datetime64("NaT")
    return np.datetime64("NaT")
