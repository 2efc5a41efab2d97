"""Findings sorted in natural order; the input layers' lengths."""

from __future__ import annotations

import pytest

from landrelease.core import checks
from landrelease.core.checks import HAZARD, LayerData
from landrelease.core.checks.findings import make_finding

from .factories import (
    sq,
)


def test_natural_order_of_feature_ids():
    ids = ["H-10", "H-2", None, "h-1", "15", "9"]
    made = [make_finding("missing_field", HAZARD, None if i is None else k, ids, "x")
            for k, i in enumerate(ids)]  # fmt: skip
    assert [f.feature_id for f in checks.sort_findings(made)] == [
        None, "9", "15", "h-1", "H-2", "H-10",
    ]  # fmt: skip


def test_layer_data_lengths_are_checked():
    with pytest.raises(ValueError):
        LayerData(HAZARD, [sq(0, 0)], ["a", "b"])
    with pytest.raises(ValueError):
        LayerData(HAZARD, [sq(0, 0)], ["a"], {"hazard_id": []})
