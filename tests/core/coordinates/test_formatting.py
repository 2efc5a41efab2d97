"""Writing a point in a format chosen by name (core/coordinates/formatting.py)."""

from __future__ import annotations

import pytest

from landrelease.core import coordinates as co
from landrelease.core.coordinates import CoordinateError


def test_format_coordinate_dispatch():
    assert co.format_coordinate(46.5, 40.5, "dd", decimals=1) == "40.5° N, 46.5° E"
    assert co.format_coordinate(46.5, 40.5, "mgrs", precision=0) == co.format_mgrs(46.5, 40.5, 0)
    with pytest.raises(CoordinateError):
        co.format_coordinate(46.5, 40.5, "geohash")
