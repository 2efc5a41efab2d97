"""duplicate_geometry and duplicate_id."""

from __future__ import annotations

import unicodedata

import pytest
import shapely

from landrelease.core import checks
from landrelease.core.checks import HAZARD

from .factories import (
    sq,
    triples,
)


@pytest.mark.parametrize(("shift", "duplicate"), [(0.0, True), (0.009, True), (0.02, False)])
def test_duplicate_geometry_tolerance(shift, duplicate):
    a = sq(0, 0)
    b = shapely.Polygon([(100 + shift, 0), (100, 100), (0, 100), (0, 0)])  # another start vertex
    found = checks.check_duplicate_geometries(HAZARD, [a, b], ["a", "b"])
    assert triples(found) == ([(HAZARD, "duplicate_geometry", "b")] if duplicate else [])


def test_duplicate_geometry_names_the_first_copy():
    found = checks.check_duplicate_geometries(
        HAZARD, [sq(0, 0), sq(500, 0), sq(0, 0), sq(0, 0)], ["a", "b", "c", "d"]
    )
    assert [(f.feature_id, f.args["other"]) for f in found] == [("c", "a"), ("d", "a")]


def test_duplicate_ids_stripped_and_unicode_normalised():
    composed = "SHA-AĞD-1"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    ids = [composed, decomposed, " H-1", "H-1 ", "H-2", None, None, ""]
    found = checks.check_duplicate_ids(
        HAZARD, "hazard_id", ids, [str(i) for i in range(8)], [None] * 8
    )
    assert [f.feature_id for f in found] == ["0", "1", "2", "3"]
    assert found[0].args["value"] == composed and found[0].args["count"] == "2"
