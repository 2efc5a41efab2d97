"""The magnetic declination of each record of ``landrelease:traverse`` that has magnetic legs:
the one given (core.record_declination chooses), else the IGRF at the record's start point,
placed on the earth, on its date; a record whose declination cannot be had is refused by id."""

from __future__ import annotations

import math
from dataclasses import dataclass

from qgis.core import QgsCsException, QgsPointXY
from qgis.PyQt.QtCore import QCoreApplication

from ..core.record_declination import (
    LEGS,
    PARAMETER,
    Declination,
    given_declination,
    igrf_declination,
)
from ..qgis_io.traverse_input import LEG_DECLINATION
from ..qgis_io.values import blank_none
from .traverse_messages import date_sentence, record_date_refusal


def tr(text: str) -> str:
    return QCoreApplication.translate("Traverse", text)


@dataclass
class RecordPlan:
    """A record's declination and where it was found, for the log."""

    declination: Declination
    how: str


class RecordDeclinations:
    """The declination of each magnetic record: legs without their own ``north`` follow
    ``north``; ``parameter`` is DECLINATION (None when not given), ``field_name`` START's
    DECLINATION_FIELD; ``to_lonlat`` places the working CRS on WGS 84."""

    def __init__(self, north, parameter, field_name, to_lonlat, operations):
        self.north, self.parameter, self.field_name = north, parameter, field_name
        self.to_lonlat, self.operations = to_lonlat, operations

    def plan(self, record_ids, starts, legs, feedback) -> tuple[dict, dict]:
        """record_id -> RecordPlan for the records with magnetic legs, and record_id ->
        refusal for those whose declination cannot be had."""
        plans, refused, wanted = {}, {}, []
        for rid in record_ids:
            record_starts, record_legs = starts.get(rid, []), legs.get(rid, [])
            if len(record_starts) != 1 or not record_legs:
                continue  # messages.record_problem says why
            start = record_starts[0]
            magnetic = [leg for leg, _ in record_legs if _north(leg, self.north) == "magnetic"]
            if not magnetic:
                continue
            chosen = given_declination(
                [leg.declination_deg for leg in magnetic],
                start.declination,
                start.declination_source,
                self.parameter,
            )
            if chosen is None:
                wanted.append((rid, start))
            else:
                plans[rid] = RecordPlan(chosen, self._how(chosen, start))
        if wanted:
            self._from_igrf(wanted, legs, plans, refused, feedback)
        return plans, refused

    def _how(self, chosen: Declination, start) -> str:
        """Where a given declination was found."""
        if chosen.found == LEGS:
            return tr("its legs' {}").format(LEG_DECLINATION)
        if chosen.found == PARAMETER:
            how = tr("the DECLINATION parameter")
        elif start.declination_stored:
            how = tr("the record's stored declination ({})").format(chosen.source)
        else:
            how = tr("START's field {}").format(self.field_name)
        return how + _own_legs(chosen.own_legs)

    def _from_igrf(self, wanted, legs, plans, refused, feedback) -> None:
        """The IGRF value of each record in ``wanted`` ((rid, start)) at its start point on its
        date, or its refusal."""
        from ..core import traverse as core

        points = []
        for rid, start in wanted:
            reason, day, lonlat = self._igrf_input(rid, start, core)
            if reason:
                refused[rid] = reason
            elif day is not None:  # else no start point: the core refuses the record
                points.append((rid, day, lonlat))
        if not points:
            return
        try:
            values = core.magnetic_declinations(
                [p[2][0] for p in points], [p[2][1] for p in points], [p[1].on for p in points]
            )
        except core.DeclinationError as error:  # the IGRF package missing
            feedback.reportError(date_sentence(error), False)
            for rid, _day, _lonlat in points:
                refused[rid] = tr(
                    "Record {}: no declination is given and the IGRF cannot be used: {}"
                ).format(rid, date_sentence(error))
            return
        for (rid, day, lonlat), value in zip(points, values):
            own = sum(1 for leg, _ in legs[rid] if leg.declination_deg is not None)
            plans[rid] = RecordPlan(igrf_declination(value, own), _igrf_how(day, lonlat, own))

    def _igrf_input(self, rid, start, core):
        """(refusal, date, (lon, lat)) of a magnetic record without a given declination."""
        if start.date is None:
            return (
                tr(
                    "Record {}: its bearings are magnetic but no declination is given: give "
                    "DECLINATION, a value in DECLINATION_FIELD, declination_deg on its legs, or "
                    "the record's date in DATE_FIELD (for the IGRF value)."
                ).format(rid),
                None,
                None,
            )
        if start.date_error is not None:
            return record_date_refusal(rid, start.date_error), None, None
        day = start.day
        if not core.IGRF_FIRST_DAY <= day.on < core.IGRF_END_DAY:
            return (
                tr(
                    "Record {}: its date {} is outside the IGRF (1900 to 2029): give the "
                    "declination printed on the record (DECLINATION or DECLINATION_FIELD)."
                ).format(rid, day.on.isoformat()),
                None,
                None,
            )
        return self._placed(rid, start.xy, day)

    def _placed(self, rid, xy, day):
        """(refusal, date, (lon, lat)) of a start point at ``xy`` (working CRS)."""
        x, y = xy
        try:
            lonlat = self.to_lonlat.transform(QgsPointXY(x, y))
            lon, lat = lonlat.x(), lonlat.y()
        except QgsCsException:
            lon = lat = math.nan
        if not (math.isfinite(lon) and math.isfinite(lat) and abs(lat) < 90 and abs(lon) <= 180):
            if not (math.isfinite(x) and math.isfinite(y)):
                return None, None, None
            refusal = tr(
                "Record {}: its start point cannot be placed on the earth for the IGRF declination."
            ).format(rid)
            return refusal, None, None
        self.operations.tell_lonlat_once(self.to_lonlat, tr("Start points for the IGRF"))
        return None, day, (lon, lat)


def _igrf_how(day, lonlat, own_legs: int) -> str:
    lon, lat = lonlat
    how = tr("IGRF-14 at {:.4f}° {}, {:.4f}° {} on {}").format(
        abs(lat), "N" if lat >= 0 else "S", abs(lon), "E" if lon >= 0 else "W",
        day.on.isoformat(),
    )  # fmt: skip
    if day.month_only:
        how += tr(" (the record gives the month only: its 15th)")
    return how + _own_legs(own_legs)


def _own_legs(count: int) -> str:
    if not count:
        return ""
    return tr("; {} leg(s) with their own {}").format(count, LEG_DECLINATION)


def _north(leg, default: str) -> str:
    north = leg.north
    if north.__class__ is str:  # blank_none's reading of text, at once
        north = north.strip()
        return north.lower() if north else default
    north = blank_none(north)
    return north.strip().lower() if isinstance(north, str) else default
