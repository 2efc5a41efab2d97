"""Coordinates as people write them on field sheets and military records: read and write
decimal degrees, degrees-minutes-seconds, UTM, MGRS and Pulkovo 1942 Gauss–Krüger.

Plain Python + pyproj (PROJ): no QGIS or Qt. Every function works in WGS 84 longitude/latitude
degrees (:class:`LonLat`). Errors are :class:`CoordinateError` s with a machine ``code`` (one of
:data:`ERROR_CODES`; the QGIS side translates by it), an English message (``str(error)``, also
``error.detail``) that names the text and says what to do, and ``error.values``.

**The rule**: every text is read exactly as meant, or refused. The parser lists every reading
of the text that its grammar allows (a comma as decimal mark or as separator, a letter S as
"seconds" or "south", E and N as hemispheres or as easting/northing labels, the ways to split
unmarked numbers into latitude and longitude, degrees, UTM, MGRS, Gauss–Krüger, compact and NMEA
forms, the default UTM zone), validates each one fully, and merges readings that agree within
1 m. One reading is accepted; several are refused as ``ambiguous`` (the message shows them and
how to write the one meant); none gives the most specific error.

Formats written (and read back exactly)
---------------------------------------
``dd``    ``40.123456° N, 46.654321° E``: latitude first, unsigned, hemisphere letter after.
``dms``   ``40°07'24.4"N 46°39'15.6"E``: latitude first, seconds rounded to ``decimals``.
``utm``   ``38N 612345 4412345``: zone, hemisphere letter N/S (not the band), easting, northing.
``mgrs``  ``38SNK 12345 12345``: the grid square that holds the point (digits truncated, as the
          standard has it): reading gives its south-west corner (``centre=True``: its centre).
``gk``    ``X=4430293 Y=8664944``: Pulkovo 1942 Gauss–Krüger, X the northing, Y the easting
          with the 6° zone number in front (see below).

Forms read (:func:`parse_coordinate`; decimal point or decimal comma everywhere)
-------------------------------------------------------------------------------
A comma between two digits is a decimal mark unless the text then reads as nothing
(``612345,4412345``); ``40,46`` alone (one number, or two?) is refused.

- **Degrees**: ``40.5 46.5``, ``40,5 46,5``, ``40.5, 46.5``, ``40,5; 46,5``, ``-33.9 151.2``;
  DDM and DMS with ``° º ˚ d deg гр.`` / ``' ′ ’ m min мин.`` / ``" ″ ” '' s sec сек.``
  (``40°02'13.4"N``, ``40d02m13.4s N``, ``40 гр. 02 мин. 13 сек. С``); hyphen groups
  ``40-02-13.43N`` and colon groups ``40:02:13.43`` (a hyphen between digits groups, a minus sign
  stands before the first number of a coordinate); compact ``400213.43N 0464500E``
  (DDMMSS[.s], DDDMMSS[.s]) and NMEA ``4002.224N 04645.000E`` (DDMM.mmm, DDDMM.mmm): compact and
  NMEA only with hemisphere letters. Hemisphere letters before or after the numbers: ``N S E W``
  and the English words; Russian ``С Ю В З``, ``с.ш. ю.ш. в.д. з.д.``, ``сев. юж. вост. зап.``;
  Ukrainian ``пн. ш. пд. ш. сх. д. зх. д.``; Azerbaijani ``şm.e./ş.e. c.e. ş.u. q.u.``, ``Q`` and
  ``şimal cənub şərq qərb``. A lone ``Ş`` (şimal or şərq?) or Latin ``C`` (cənub, or a Cyrillic
  С for север?) is refused as ambiguous. Labels fix the axis: ``Lat``/``Latitude``,
  ``Lon``/``Long``/``Lng``/``Longitude``, ``шир.``/``широта``, ``долг.``/``долгота``,
  ``en``/``enlik``, ``uzunluq``, optionally followed by ``:`` or ``=``. Without letters or labels
  the order is latitude, longitude (never guessed from the values). A letter belongs to the
  number it touches (``40.5N 46.5``); one set apart from both numbers (``40.5 N 46.5``), or a
  lone letter set apart at an end (``40.5 46.5 N``: 46.5 N, or the whole pair north?), may be
  read two ways and is refused unless both readings agree. Abbreviations in two parts need their
  point (``с.ш.``, ``с. ш.``, ``c.e.``).
  Unmarked numbers split into two equal halves (``40 07 24.4 46 39 15.6``); when another split
  also reads (``40 02 13 46.75``: 40°02'13" and 46.75°, or 40°02' and 13°46.75'?) the text is
  refused as ambiguous: write the symbols, a hemisphere letter or a ``;`` between the two.
  The letter S after a number that follows minutes (``40d02m13s``) may be seconds or south: when
  both read, refused.
- **UTM**: ``38N 612345 4412345``, ``38 N 612345.2 4412345.7``, ``Zone 38N …``, ``Zone 38 …``,
  ``Зона 38 …``, ``zona 38 …``, ``UTM 38N …``, ``38T 612345 4442771`` (a latitude band letter
  instead of the hemisphere; the point must lie in that band), ``E 612345 N 4412345``,
  ``612345E 4412345N``, ``612345mE 4412345mN``. **The letter S** is both "southern hemisphere"
  and band S (32°–40° N, Aghdam and Shusha): with ``default_hemisphere`` "N" it is read as band S
  when the northing lies in that band, else as the southern hemisphere; with "S" always as the
  southern hemisphere. Cyrillic ``С``/``Ю`` after the zone mean north/south. Eastings
  100000–900000 m, northings 0–10000000 m. ``default_zone`` (and ``default_hemisphere``) complete
  a pair written without its zone, easting first (``612345 4412345``, ``E 612345 N 4412345``),
  and only when it reads as nothing else: ``400213 0464500`` and ``0464500E 400213N`` also read
  as compact DMS and are refused as ambiguous; ``400213N 0464500E`` (northing first) is compact
  DMS.
- **MGRS**: ``38SNK1234512345``, ``38S NK 12345 12345``, lower case, 0–5 digit pairs. WGS 84
  (AA lettering), 80° S to 84° N (polar UPS refused); the band letter picks the 2000 km cycle
  of the row letters, and the square must reach into that band (``band_mismatch``).
- **Pulkovo 1942 Gauss–Krüger** (Soviet topographic maps): ``X=4430293 Y=8664944``,
  ``Х=… У=…`` (Cyrillic), ``СК-42 X=… Y=…`` (also ``SK-42``, ``CK-42``, ``Pulkovo 1942``),
  ``x=…, y=…``, ``X 4430293 Y 8664944``, labels in either order. X is the northing, Y the
  easting with the zone number in front (Y = zone·1000000 + 500000 + offset from the central
  meridian); zones 4–32 (EPSG:28404–28432; 7, 8, 9 cover the Caucasus). The point must lie in
  its zone's 6° band or at most :data:`GK_ZONE_OVERLAP_DEG` beyond (sheets near a zone edge
  carry the neighbouring zone's grid over a narrow strip). Converted to WGS 84 with PROJ's best
  transformation for the place (near Aghdam "Pulkovo 1942 to WGS 84 (16)", 4.5 m), never the
  bare ellipsoid (about 100 m off there); refused where PROJ has only a ballpark operation.
  An unlabelled pair is never read as Gauss–Krüger (it is refused with a hint when it looks
  like one).

Texts longer than :data:`MAX_TEXT_LENGTH` characters, NaN and infinities are refused.
UTM and MGRS are read from 80.5° S to 84.5° N (bands C and X reach half a degree beyond, as in
GeoTrans) and written from 80° S to 84° N. Zones follow the standard, with the Norway (32V) and
Svalbard (31X, 33X, 35X, 37X) exceptions; longitude 180 is UTM zone 1.

The package
-----------
``values`` (LonLat, ParsedCoordinate, CoordinateError, the formats), ``formatting`` (writing
each format), ``parsing`` (reading any form: :func:`parse_coordinate`), and what it uses:
``lexemes`` (the text as numbers, words and symbols), ``readings`` (the candidate readings and
the one answer or ``ambiguous``), one reader per form: ``degrees``, ``utm``, ``mgrs``,
``gauss_kruger`` (each with its grid or datum arithmetic).
"""

from .formatting import format_coordinate, format_dd, format_dms, format_gk, format_mgrs, format_utm
from .gauss_kruger import (
    GK_EPSG_BASE,
    GK_NORTHING_MAX_M,
    GK_ZONE_OVERLAP_DEG,
    GK_ZONE_WIDTH_DEG,
    GK_ZONES,
    gk_transformation,
    gk_zone,
)
from .lexemes import MAX_TEXT_LENGTH
from .mgrs import (
    MGRS_COLUMNS,
    MGRS_EVEN_ROW_SHIFT,
    MGRS_ROW_PERIOD_M,
    MGRS_ROWS,
    MGRS_SQUARE_M,
    MGRS_TRUNCATE_SLACK_M,
    parse_mgrs,
)
from .parsing import parse_coordinate, parse_coordinate_details, parse_dd, parse_dms, parse_utm
from .readings import SAME_POINT_M
from .utm import (
    EASTING_MAX_M,
    EASTING_MIN_M,
    LAT_BANDS,
    NORTHING_MAX_M,
    UTM_MAX_LAT,
    UTM_MIN_LAT,
    grid_zone,
    latitude_band,
    utm_zone,
)
from .values import ERROR_CODES, FORMATS, CoordinateError, LonLat, ParsedCoordinate

__all__ = [
    "EASTING_MAX_M",
    "EASTING_MIN_M",
    "ERROR_CODES",
    "FORMATS",
    "GK_EPSG_BASE",
    "GK_NORTHING_MAX_M",
    "GK_ZONES",
    "GK_ZONE_OVERLAP_DEG",
    "GK_ZONE_WIDTH_DEG",
    "LAT_BANDS",
    "MAX_TEXT_LENGTH",
    "MGRS_COLUMNS",
    "MGRS_EVEN_ROW_SHIFT",
    "MGRS_ROWS",
    "MGRS_ROW_PERIOD_M",
    "MGRS_SQUARE_M",
    "MGRS_TRUNCATE_SLACK_M",
    "NORTHING_MAX_M",
    "SAME_POINT_M",
    "UTM_MAX_LAT",
    "UTM_MIN_LAT",
    "CoordinateError",
    "LonLat",
    "ParsedCoordinate",
    "format_coordinate",
    "format_dd",
    "format_dms",
    "format_gk",
    "format_mgrs",
    "format_utm",
    "gk_transformation",
    "gk_zone",
    "latitude_band",
    "parse_coordinate",
    "parse_coordinate_details",
    "parse_dd",
    "parse_dms",
    "parse_mgrs",
    "parse_utm",
    "grid_zone",
    "utm_zone",
]
