"""The accounting's overlays on two threads, for large inputs.

Hazards and releases are split into two groups that share no geometry and whose boxes are
apart (``MARGIN_M``), so that no hazard–release pair, overlap or sample check crosses them; one
group is accounted on the calling thread, the other on a second one. shapely releases the GIL
while GEOS works, and a geometry is never used by two threads (GEOS's prepared geometries are
not thread-safe), so the results are those of one thread (``test_accounting_parallel``), in
about two thirds of the time on two cores.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, wait
from typing import Optional, TypeVar

import numpy as np
import shapely

from ..progress import cores
from .overlay import NEAR_M
from .results import AccountingCanceled

PARALLEL_FROM = 4000  # usable hazards and releases together: fewer are accounted on one thread
MARGIN_M = 1000 * NEAR_M  # geometries whose boxes come this close are in one group
WAIT_S = 0.1  # between two progress reports (and cancel checks) of the main thread

T = TypeVar("T")


def two_groups(geoms: np.ndarray) -> Optional[np.ndarray]:
    """Group (0 or 1) of each geometry: connected clusters of boxes, balanced by coordinates.
    None when the input is small, the machine has one core or one cluster holds nearly all."""
    n = len(geoms)
    if n < PARALLEL_FROM or cores() < 2:
        return None
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    box = shapely.bounds(geoms) + np.array([-MARGIN_M, -MARGIN_M, MARGIN_M, MARGIN_M])
    boxes = shapely.box(box[:, 0], box[:, 1], box[:, 2], box[:, 3])
    a, b = shapely.STRtree(boxes).query(boxes)  # boxes that meet
    links = coo_matrix((np.ones(len(a), dtype=bool), (a, b)), shape=(n, n))
    count, cluster = connected_components(links, directed=False)
    weight = np.bincount(cluster, weights=shapely.get_num_coordinates(geoms), minlength=count)
    total = weight.sum()
    cluster_group = ((np.cumsum(weight) - weight / 2) > total / 2).astype(int)
    group = cluster_group[cluster]
    share = weight[cluster_group == 1].sum() / total if total else 0.0
    if not 0.2 <= share <= 0.8:
        return None
    return group


def run_two(work: Callable[[int, Callable], T], step: Callable) -> list[T]:
    """``work(k, thread_step)`` for k = 0 on this thread and k = 1 on another. This thread's
    ``thread_step`` reports the slower one's progress through ``step`` (which raises
    AccountingCanceled when the caller cancels); the other's raises it at its next check once
    this one stopped. An error in either stops both; the first error is raised."""
    stop = threading.Event()
    reached = [0.0, 0.0]

    def other_step(fraction: Optional[float]) -> None:
        if stop.is_set():
            raise AccountingCanceled()
        if fraction is not None:
            reached[1] = fraction

    def this_step(fraction: Optional[float]) -> None:
        if fraction is not None:
            reached[0] = fraction
        if future.done() and future.exception() is not None:
            raise future.exception()
        step(min(reached) or None)

    def other() -> T:
        with np.errstate(invalid="ignore"):  # errstate is per thread (see geos_flags_ignored)
            return work(1, other_step)

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="accounting") as pool:
        future = pool.submit(other)
        try:
            mine = work(0, this_step)
            while not wait([future], timeout=WAIT_S).done:
                this_step(None)
        except BaseException:
            stop.set()
            raise
        finally:
            error = future.exception()  # waits for the other thread
    trim_freed_memory()
    if error is not None:
        raise error
    return [mine, future.result()]


def trim_freed_memory() -> None:
    """Give the memory the other thread freed back to the system (glibc keeps a heap a thread;
    what the other thread freed is not reused by this one). Elsewhere, nothing."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass
