"""Progress, cancellation and cores for the long core computations, shared by their modules."""

from __future__ import annotations

import os

import numpy as np


class Cancelled(Exception):
    """The caller's ``is_cancelled()`` returned True."""


class Steps:
    """Progress (0..100, never going back) and cancellation, one call per step."""

    def __init__(self, progress, is_cancelled):
        self.progress = progress
        self.is_cancelled = is_cancelled
        self.percent = 0.0

    def __call__(self, percent: float) -> None:
        if self.is_cancelled is not None and self.is_cancelled():
            raise Cancelled()
        if self.progress is not None and percent > self.percent:
            self.percent = float(percent)
            self.progress(self.percent)


def object_array(values) -> np.ndarray:
    """``values`` as a 1-D object array (shapely geometries, None), without copying one."""
    if isinstance(values, np.ndarray) and values.dtype == object and values.ndim == 1:
        return values
    out = np.empty(len(values), dtype=object)
    out[:] = list(values)
    return out


def cores() -> int:
    """The cores this process may run on (a container or ``taskset`` may allow fewer than
    the machine has)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1
