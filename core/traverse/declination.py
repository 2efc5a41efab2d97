"""The magnetic declination by place and day from the IGRF-14 (through ``ppigrf``)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Optional

import numpy as np

from .errors import DeclinationError

IGRF_PACKAGE = "ppigrf==2.1.0"  # IGRF-14 in pure Python (numpy, pandas)
IGRF_FIRST_DAY = date(1900, 1, 1)
IGRF_END_DAY = date(2030, 1, 1)  # the first day the model no longer covers
IGRF_CHUNK = 256  # points per call: ppigrf.igrf gives a dates × points grid


def _igrf():
    try:
        import ppigrf  # imported here: it takes about 0.2 s (pandas)
    except ImportError:
        raise DeclinationError(
            "igrf_unavailable",
            f"The magnetic declination from the IGRF needs the Python package {IGRF_PACKAGE} "
            "(with numpy and pandas): install it in QGIS's Python (pip install "
            f"{IGRF_PACKAGE}), or give the declination printed on the record.",
        ) from None
    return ppigrf


def _model_day(on, index: Optional[int] = None) -> datetime:
    if isinstance(on, datetime):
        on = on.date()
    if not isinstance(on, date):
        raise DeclinationError("date_not_date", f"{on!r} is not a date.", value=on, index=index)
    if not IGRF_FIRST_DAY <= on < IGRF_END_DAY:
        raise DeclinationError(
            "date_outside_igrf",
            f"The date {on.isoformat()} is outside the IGRF ({IGRF_FIRST_DAY.isoformat()} to "
            f"{IGRF_END_DAY.isoformat()}, exclusive): give the declination printed on the "
            "record.",
            value=on,
            index=index,
        )
    return datetime(on.year, on.month, on.day)


def _position(lons, lats) -> tuple[np.ndarray, np.ndarray]:
    try:
        lon, lat = np.asarray(lons).ravel(), np.asarray(lats).ravel()
        if lon.size and lon.dtype.kind not in "iuf" or lat.size and lat.dtype.kind not in "iuf":
            raise TypeError("not numbers")
        lon, lat = lon.astype(float), lat.astype(float)
    except (TypeError, ValueError):
        raise DeclinationError(
            "position_out_of_range", "A longitude or latitude is not a number.", (lons, lats)
        ) from None
    if lon.shape != lat.shape:
        raise ValueError(f"{lon.size} longitudes but {lat.size} latitudes.")
    bad = ~(np.isfinite(lon) & np.isfinite(lat) & (np.abs(lon) <= 180) & (np.abs(lat) < 90))
    if bad.any():
        k = int(np.argmax(bad))
        raise DeclinationError(
            "position_out_of_range",
            f"The point ({lon[k]!r}, {lat[k]!r}) is not a longitude from -180 to 180 and a "
            "latitude between -90 and 90 (the poles excluded).",
            value=(float(lon[k]), float(lat[k])),
            index=k,
        )
    return lon, lat


def magnetic_declination(lon: float, lat: float, on: date) -> float:
    """The magnetic declination (degrees, east positive) at ``lon``, ``lat`` (WGS 84 degrees,
    on the ground) on the day ``on``, from the IGRF-14 through ``ppigrf``. Refused
    (:class:`DeclinationError`): days outside 1900-01-01 to 2029-12-31, positions that are not
    finite longitudes and latitudes, the poles, anything but a date."""
    if isinstance(lon, bool) or isinstance(lat, bool):
        raise DeclinationError("position_out_of_range", "A position is not a number.", (lon, lat))
    return float(magnetic_declinations([lon], [lat], [on])[0])


def magnetic_declinations(lons, lats, dates) -> np.ndarray:
    """:func:`magnetic_declination` for arrays of points and their dates, in chunks of
    :data:`IGRF_CHUNK` points sorted by date (never a points × dates grid of the whole)."""
    lon, lat = _position(lons, lats)
    days = [_model_day(on, k) for k, on in enumerate(dates)]
    if len(days) != lon.size:
        raise ValueError(f"{lon.size} points but {len(days)} dates.")
    result = np.empty(lon.size)
    if not days:
        return result
    igrf = _igrf().igrf
    order = sorted(range(len(days)), key=days.__getitem__)
    for begin in range(0, len(order), IGRF_CHUNK):
        chunk = np.array(order[begin : begin + IGRF_CHUNK])
        unique = sorted({days[k] for k in chunk})
        row = {day: r for r, day in enumerate(unique)}
        east, north, _up = igrf(lon[chunk], lat[chunk], 0.0, unique)
        rows = np.array([row[days[k]] for k in chunk])
        columns = np.arange(chunk.size)
        result[chunk] = np.degrees(np.arctan2(east[rows, columns], north[rows, columns]))
    if not np.isfinite(result).all():
        k = int(np.argmax(~np.isfinite(result)))
        raise DeclinationError(
            "position_out_of_range",
            f"The declination at ({lon[k]:g}, {lat[k]:g}) is not defined.",
            value=(float(lon[k]), float(lat[k])),
            index=k,
        )
    return result
