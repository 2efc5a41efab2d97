"""core/cha/clusters.cluster_labels: dense evidence is clustered on a grid of cells (touching
cells linked without a test) and, near the cells' clusters' edges, through the Delaunay
triangulation, instead of listing every pair of points within the distance; the clusters, and
their numbers, are those of the pairs."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from landrelease.core.cha import clusters


def by_pairs(xy, distance):
    from scipy.spatial import cKDTree

    return clusters._components(len(xy), cKDTree(xy).query_pairs(distance, output_type="ndarray"))


def dense_site(seed: int, n: int, spread_m: float, groups: int):
    rng = np.random.default_rng(seed)
    centres = rng.uniform(0, 20_000, (groups, 2))
    xy = centres[rng.integers(0, groups, n)] + rng.normal(0, spread_m, (n, 2))
    xy = np.round(xy, 1) + 600_000.0  # decimetres: exact duplicates and near-ties happen
    xy[: n // 20] = xy[n // 20 : 2 * (n // 20)]  # and repeated points
    return xy


@settings(max_examples=25, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    n=st.integers(3, 3000),
    spread=st.sampled_from([0.5, 5.0, 35.0, 200.0]),
    groups=st.integers(1, 60),
    distance=st.sampled_from([1.0, 25.0, 100.0]),
)
def test_the_triangulation_gives_the_clusters_of_the_pairs(seed, n, spread, groups, distance):
    xy = dense_site(seed, n, spread, groups)
    through = clusters._labels_by_triangulation(xy, distance)
    if through is None:  # Qhull cannot triangulate (fewer than 3 distinct or collinear points)
        return
    assert through.tolist() == by_pairs(xy, distance).tolist()


def test_collinear_and_tiny_inputs_fall_back_to_the_pairs():
    line = np.column_stack([np.arange(5000.0), np.zeros(5000)])
    assert clusters._labels_by_triangulation(line, 1.5) is None
    assert clusters.cluster_labels(line, 1.5).tolist() == [0] * 5000
    assert clusters.cluster_labels(np.array([[0.0, 0.0], [0.0, 0.0]]), 1.0).tolist() == [0, 0]


def test_dense_evidence_takes_the_grid(monkeypatch):
    xy = dense_site(3, 20_000, 5.0, 10)
    from scipy.spatial import cKDTree

    assert clusters._links_per_point(cKDTree(xy), xy, 100.0) > clusters.LINKS_PER_POINT
    taken = []
    grid = clusters._labels_by_grid
    monkeypatch.setattr(clusters, "_labels_by_grid", lambda *a: taken.append(1) or grid(*a))
    assert clusters.cluster_labels(xy, 100.0).tolist() == by_pairs(xy, 100.0).tolist()
    assert taken == [1]


@settings(max_examples=40, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    n=st.integers(1, 3000),
    spread=st.sampled_from([0.5, 5.0, 35.0, 200.0, 2000.0]),
    groups=st.integers(1, 60),
    distance=st.sampled_from([0.3, 1.0, 25.0, 33.3, 100.0]),
)
def test_the_grid_gives_the_clusters_of_the_pairs(seed, n, spread, groups, distance):
    xy = dense_site(seed, n, spread, groups)
    assert clusters._labels_by_grid(xy, distance).tolist() == by_pairs(xy, distance).tolist()


def test_the_grid_on_points_at_exactly_the_distance_and_on_cell_edges():
    d = 30.0
    ticks = np.arange(0, 40) * (d / 3.0)  # points on the cells' edges, d/3 apart
    lattice = np.array([(x, y) for x in ticks for y in ticks]) + 600_000.0
    pairs = np.array([[0.0, 0.0], [d, 0.0], [2 * d, 0.0], [3 * d + 1e-9, 0.0], [0, 5 * d]])
    for xy in (lattice, pairs + 600_000.0, np.vstack([lattice[::7], pairs + 600_300.0])):
        assert clusters._labels_by_grid(xy, d).tolist() == by_pairs(xy, d).tolist()


def test_a_grid_too_fine_for_the_extent_is_not_made():
    xy = np.array([[0.0, 0.0], [1e12, 1e12], [5.0, 5.0]])
    assert clusters._labels_by_grid(xy, 1e-6) is None
    assert clusters.cluster_labels(xy, 1e-6).tolist() == [0, 1, 2]
