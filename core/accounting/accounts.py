""":func:`account`: the land release accounting of every hazard (see the package docstring)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Optional

import numpy as np
import shapely

from ..progress import object_array
from . import parallel
from .hazard_parts import parts_by_faces, parts_by_overlay, unbalanced
from .inputs import (
    as_date,
    clean_geometries,
    counted_by_date,
    counted_by_review,
    outcome_strengths,
)
from .overlay import EMPTY_INT, GRID_SIZE_M, geos_flags_ignored, valid
from .release_parts import hazards_under, misplaced_outside, outside_parts, overlaps
from .results import (
    AREA_TOLERANCE_M2,
    Accounting,
    AccountingCanceled,
    AreaFunction,
    HazardAccount,
    Issue,
    make_issue,
    measure,
    part_geometry,
    sort_issues,
    status,
)
from .sample_points import Samples


@geos_flags_ignored
def account(
    hazards,
    releases,
    outcomes: Sequence,
    end_dates: Sequence,
    as_of: Optional[date] = None,
    area: Optional[AreaFunction] = None,
    progress: Optional[Callable[[float], None]] = None,
    is_canceled: Optional[Callable[[], bool]] = None,
    today: Optional[date] = None,
    qa_statuses: Optional[Sequence] = None,
    official: bool = False,
) -> Accounting:
    """Account every hazard for the releases given (see the package docstring). ``today``: the
    day of the run; releases ending after it do not count (None: no such limit).
    ``qa_statuses``: each release's ``qa_status`` (None: every release pending); ``official``:
    only releases passed by quality management count (else all but failed ones)."""
    area = area or shapely.area
    hazard_in, release_in = object_array(hazards), object_array(releases)
    if qa_statuses is None:
        if official:
            raise ValueError("official figures need the releases' qa_statuses")
        qa_statuses = [None] * len(release_in)
    if any(len(v) != len(release_in) for v in (outcomes, end_dates, qa_statuses)):
        raise ValueError("outcomes, end_dates and qa_statuses must have one value per release")
    cutoff = as_date(as_of)
    if as_of is not None and cutoff is None:
        raise ValueError(f"as_of is not a date: {as_of!r}")
    step = _Step(progress, is_canceled)
    step(0.0)
    issues: list[Issue] = []
    hzd, h_ok = clean_geometries(hazard_in, issues, hazard=True)
    rel, r_ok = clean_geometries(release_in, issues, hazard=False)
    strength = outcome_strengths(outcomes, issues)
    reviewed, pending = counted_by_review(qa_statuses, official, issues)
    usable = r_ok & (strength > 0) & counted_by_date(end_dates, cutoff, as_date(today), issues)
    counted, pending = usable & reviewed, usable & pending
    step(0.05)
    # Operational figures with no passed release: the pending part is the whole released part.
    all_pending = not official and pending.any() and not (counted & ~pending).any()
    work = _overlays_of(hzd, h_ok, rel, counted, pending, strength, all_pending, step)
    figures, out_m2, overlap_m2 = _measured(
        area, hzd, work.parts, work.outside, work.overlap, work.pending_part
    )
    step(0.9)
    accounts = _hazard_accounts(hzd, work, figures)
    issues += _part_issues(work, out_m2, overlap_m2)
    sort_issues(issues)
    step(1.0)
    return Accounting(
        hazards=accounts, issues=issues, counted=counted, official=official, pending=pending
    )


class _Step:
    """Cancellation check and progress report (a fraction, or None for a check alone)."""

    def __init__(self, progress, is_canceled):
        self.progress, self.is_canceled = progress, is_canceled

    def __call__(self, fraction: Optional[float]) -> None:
        if self.is_canceled is not None and self.is_canceled():
            raise AccountingCanceled()
        if self.progress is not None and fraction is not None:
            self.progress(fraction)


@dataclass
class _Overlays:
    """What :func:`account` overlays give, before measuring: each hazard's four parts and
    pending part, the hazard–release pairs (by hazard, then release) and the planar m² of each
    pair's piece, the counted releases with a part outside every hazard and those parts, the
    overlapping release pairs, their intersections and the hazards under each."""

    parts: list[np.ndarray]
    pending_part: Optional[np.ndarray]
    pair_h: np.ndarray
    pair_r: np.ndarray
    piece_m2: np.ndarray
    out_idx: np.ndarray
    outside: np.ndarray
    ov_a: np.ndarray
    ov_b: np.ndarray
    overlap: np.ndarray
    ov_hazards: list[tuple[int, ...]]

    @classmethod
    def merged(cls, groups: list[_Overlays], hazard_group: np.ndarray) -> _Overlays:
        """One result of the results of hazard groups 0, 1, ... (``hazard_group``: each
        hazard's); ordered as one thread orders them."""

        def by_hazard(arrays):
            if arrays[0] is None:
                return None
            out = arrays[0].copy()
            for k, array in enumerate(arrays[1:], start=1):
                mine = hazard_group == k
                out[mine] = array[mine]
            return out

        def joined(name):
            return np.concatenate([getattr(g, name) for g in groups])

        pair_h, pair_r = joined("pair_h"), joined("pair_r")
        by_pair = np.lexsort((pair_r, pair_h))
        out_idx = joined("out_idx")
        by_release = np.argsort(out_idx, kind="stable")
        ov_a, ov_b = joined("ov_a"), joined("ov_b")
        by_overlap = np.lexsort((ov_b, ov_a))
        ov_hazards = [h for g in groups for h in g.ov_hazards]
        return cls(
            parts=[by_hazard([g.parts[k] for g in groups]) for k in range(4)],
            pending_part=by_hazard([g.pending_part for g in groups]),
            pair_h=pair_h[by_pair],
            pair_r=pair_r[by_pair],
            piece_m2=joined("piece_m2")[by_pair],
            out_idx=out_idx[by_release],
            outside=joined("outside")[by_release],
            ov_a=ov_a[by_overlap],
            ov_b=ov_b[by_overlap],
            overlap=joined("overlap")[by_overlap],
            ov_hazards=[ov_hazards[k] for k in by_overlap.tolist()],
        )


def _overlays_of(hzd, h_ok, rel, counted, pending, strength, all_pending, step) -> _Overlays:
    """:func:`_overlays` of all hazards and releases: on two threads when the input is large
    and falls apart in two groups (``parallel``), else on this one."""
    hi, ri = np.flatnonzero(h_ok), np.flatnonzero(counted | pending)
    group = parallel.two_groups(np.r_[hzd[hi], rel[ri]])
    if group is None:
        return _overlays(hzd, h_ok, rel, counted, pending, strength, all_pending, step)
    hazard_group = np.full(len(hzd), -1)
    hazard_group[hi] = group[: len(hi)]
    release_group = np.full(len(rel), -1)
    release_group[ri] = group[len(hi) :]

    def work(k: int, thread_step) -> _Overlays:
        # The other group's geometries out of reach: no GEOS object in two threads.
        hazards, releases = hazard_group == k, release_group == k
        return _overlays(
            np.where(hazards, hzd, None),
            h_ok & hazards,
            np.where(releases, rel, None),
            counted & releases,
            pending & releases,
            strength,
            all_pending,
            thread_step,
        )

    return _Overlays.merged(parallel.run_two(work, step), hazard_group)


def _overlays(hzd, h_ok, rel, counted, pending, strength, all_pending, step) -> _Overlays:
    """The overlays of the usable hazards ``h_ok`` and the counted (and pending) releases."""
    pairs = _Pairs.of(hzd, np.flatnonzero(h_ok), rel, np.flatnonzero(counted))
    parts, piece_m2 = _hazard_parts(pairs, strength, step)
    step(0.55)
    pending_part = _pending_part(hzd, h_ok, rel, counted, pending, all_pending, step)
    step(0.6)
    out_idx, outside = _outside(pairs, piece_m2, step)
    step(0.75)
    ov_a, ov_b, overlap = overlaps(rel, pairs.ci, pairs.rtree, pairs.samples)
    ov_hazards = hazards_under(hzd, pairs.hi, pairs.htree, overlap)
    step(0.85)
    return _Overlays(
        parts, pending_part, pairs.pair_h, pairs.pair_r, piece_m2,
        out_idx, outside, ov_a, ov_b, overlap, ov_hazards,
    )  # fmt: skip


def _part_issues(work: _Overlays, out_m2, overlap_m2) -> list[Issue]:
    """The issues of the releases' parts outside every hazard and of their overlaps."""
    issues = []
    for r, g, a in zip(work.out_idx.tolist(), work.outside, out_m2):
        if a >= AREA_TOLERANCE_M2:
            issues.append(
                make_issue("release_outside_hazard", releases=(r,), geometry=g, area_m2=a)
            )
    pairs = zip(work.ov_a.tolist(), work.ov_b.tolist(), work.overlap, work.ov_hazards, overlap_m2)
    for a, b, g, hs, ar in pairs:
        if ar >= AREA_TOLERANCE_M2:
            issues.append(
                make_issue("release_overlap", releases=(a, b), hazards=hs, geometry=g, area_m2=ar)
            )
    return issues


@dataclass
class _Pairs:
    """The usable hazards ``hi`` and counted releases ``ci`` of ``hzd`` and ``rel``, their
    trees, the hazard–release pairs that intersect (sorted by hazard, then release) and the
    sample points that check overlays."""

    hzd: np.ndarray
    hi: np.ndarray
    rel: np.ndarray
    ci: np.ndarray
    htree: shapely.STRtree
    rtree: shapely.STRtree
    pair_h: np.ndarray
    pair_r: np.ndarray
    samples: Samples

    @classmethod
    def of(cls, hzd, hi, rel, ci) -> _Pairs:
        htree = shapely.STRtree(hzd[hi])
        rtree = shapely.STRtree(rel[ci])
        shapely.prepare(hzd[hi])
        shapely.prepare(rel[ci])
        pair_r, pair_h = EMPTY_INT, EMPTY_INT
        if len(ci) and len(hi):
            q, t = htree.query(rel[ci], predicate="intersects")
            pair_r, pair_h = ci[q], hi[t]
        order = np.lexsort((pair_r, pair_h))
        pair_r, pair_h = pair_r[order], pair_h[order]
        samples = Samples(hzd, hi, rel, ci)
        return cls(hzd, hi, rel, ci, htree, rtree, pair_h, pair_r, samples)


def _hazard_parts(pairs: _Pairs, strength, step):
    """Cleared, reduced, cancelled, remaining part of each hazard, and each pair's piece (m²,
    planar): by overlay, redone by faces for the hazards whose parts do not add up."""
    p = pairs
    parts, piece_m2 = parts_by_overlay(
        p.hzd, p.hi, p.rel, strength, p.pair_h, p.pair_r, p.samples, step
    )
    step(0.5)
    failed = unbalanced(p.hzd, p.hi, parts)
    if len(failed):
        sel = np.isin(p.pair_h, failed)
        redone, piece_m2[sel] = parts_by_faces(
            p.hzd, failed, p.rel, strength, p.pair_h[sel], p.pair_r[sel], step
        )
        for mine, new in zip(parts, redone):
            mine[failed] = new[failed]
    return [valid(part) for part in parts], piece_m2


def _pending_part(hzd, h_ok, rel, counted, pending, all_pending, step) -> Optional[np.ndarray]:
    """Per hazard, the ground released by pending releases and by no passed one (None where
    there is none); None for the whole (``all_pending``, decided on the whole input)."""
    if all_pending:
        return None
    if not pending.any():
        return np.full(len(hzd), None, dtype=object)
    passed = counted & ~pending
    pairs = _Pairs.of(hzd, np.flatnonzero(h_ok), rel, np.flatnonzero(passed | pending))
    # Passed releases as the stronger "outcome": the pending one's part is what they leave.
    review_strength = np.where(passed, 3, np.where(pending, 2, 0))
    parts, _ = _hazard_parts(pairs, review_strength, lambda _fraction: step(None))
    return parts[1]


def _outside(pairs: _Pairs, piece_m2, step):
    """The counted releases with a part outside every hazard, and those parts. None (no
    overlay) for a release in one hazard whose piece there is as large as it (planar, to a
    quarter of the tolerance)."""
    p, m = pairs, len(pairs.rel)
    hazards_of = np.bincount(p.pair_r, minlength=m)
    out_est = shapely.area(p.rel) - np.bincount(p.pair_r, weights=piece_m2, minlength=m)
    in_one = (hazards_of == 1) & (out_est < AREA_TOLERANCE_M2 / 4)
    out_idx = p.ci[~in_one[p.ci]]
    outside = outside_parts(p.rel, p.hzd, out_idx, p.pair_r, p.pair_h, None, step)
    bad = misplaced_outside(p.hzd, p.hi, p.htree, p.rel, out_idx, outside, p.samples)
    if len(bad):
        outside[bad] = outside_parts(
            p.rel, p.hzd, out_idx[bad], p.pair_r, p.pair_h, GRID_SIZE_M, step
        )
    outside = valid(outside)
    out_keep = shapely.area(outside) > 0
    return out_idx[out_keep], outside[out_keep]


def _measured(area: AreaFunction, hzd, parts, outside, overlap, pending):
    """One call of the area function for every figure: per hazard the original, cleared,
    reduced, cancelled and pending m² (0 below the tolerance; pending None: the released m²);
    the outside parts' and overlaps' m²."""
    cleared, reduced, cancelled, _ = parts
    geoms = {"original": hzd, "cleared": cleared, "reduced": reduced, "cancelled": cancelled}
    if pending is not None:
        geoms["pending"] = pending
    need = {
        name: np.flatnonzero(~shapely.is_missing(g) & ~shapely.is_empty(g))
        for name, g in geoms.items()
    }
    batches = [geoms[name][idx] for name, idx in need.items()] + [outside, overlap]
    measured = measure(area, batches)
    figures = {}
    for (name, idx), values in zip(need.items(), measured):
        figure = np.zeros(len(hzd))
        figure[idx] = values
        figure[figure < AREA_TOLERANCE_M2] = 0.0
        figures[name] = figure
    if pending is None:
        figures["pending"] = figures["cleared"] + figures["reduced"] + figures["cancelled"]
    return figures, measured[-2], measured[-1]


def _hazard_accounts(hzd, work: _Overlays, figures) -> list[HazardAccount]:
    """The account of each hazard (of its pairs, those whose piece is no sliver)."""
    cleared, reduced, cancelled, remaining = work.parts
    original_m2 = figures["original"]
    released_m2 = figures["cleared"] + figures["reduced"] + figures["cancelled"]
    remaining_m2 = original_m2 - released_m2
    sliver = shapely.is_missing(remaining) | (shapely.area(remaining) < AREA_TOLERANCE_M2)
    remaining_m2[sliver | (remaining_m2 < AREA_TOLERANCE_M2)] = 0.0
    real = work.piece_m2 >= AREA_TOLERANCE_M2
    hazard_releases: list[list[int]] = [[] for _ in range(len(hzd))]
    for h, r in zip(work.pair_h[real].tolist(), work.pair_r[real].tolist()):
        hazard_releases[h].append(r)
    return [
        HazardAccount(
            index=h,
            original=hzd[h],
            cancelled=part_geometry(cancelled[h], figures["cancelled"][h]),
            reduced=part_geometry(reduced[h], figures["reduced"][h]),
            cleared=part_geometry(cleared[h], figures["cleared"][h]),
            remaining=part_geometry(remaining[h], float(remaining_m2[h])),
            original_m2=float(original_m2[h]),
            cancelled_m2=float(figures["cancelled"][h]),
            reduced_m2=float(figures["reduced"][h]),
            cleared_m2=float(figures["cleared"][h]),
            remaining_m2=float(remaining_m2[h]),
            status=status(float(released_m2[h]), float(remaining_m2[h])),
            releases=tuple(sorted(set(hazard_releases[h]))),
            pending_m2=float(figures["pending"][h]),
        )
        for h in range(len(hzd))
    ]
