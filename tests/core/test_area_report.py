"""core/area_report.py: the area report's aggregation of the land release accounting."""

from __future__ import annotations

from datetime import date

import pytest
import shapely

from landrelease.core import accounting, area_report

AGD = area_report.District("AGD", "Ağdam", "Aghdam")
FUZ = area_report.District("FUZ", "Füzuli", "Fuzuli")
DISTRICTS = [AGD, FUZ]
DISTRICT_POLYGONS = [shapely.box(0, 0, 1000, 1000), shapely.box(1000, 0, 2000, 1000)]


def site():
    """An SHA in Ağdam with a CHA inside it; an SHA in Füzuli; releases over two years."""
    hazards = [
        shapely.box(0, 0, 400, 100),  # SHA, Ağdam by geometry
        shapely.box(100, 0, 200, 100),  # CHA inside it, Ağdam by its field
        shapely.box(1100, 0, 1300, 100),  # SHA, Füzuli by its field (by name)
    ]
    classes = ["SHA", "CHA", "sha"]
    values = [None, "agd", "Füzuli"]
    releases = [
        shapely.box(300, 0, 400, 100),  # cancelled 2023 (before the period)
        shapely.box(100, 0, 150, 100),  # cleared manual 2024-02 on the CHA (and the SHA)
        shapely.box(150, 0, 200, 100),  # cleared mechanical 2024-03
        shapely.box(1100, 0, 1200, 100),  # reduced 2024-03 in Füzuli
        shapely.box(1200, 0, 1250, 100),  # cleared 2025 (after the period)
    ]
    outcomes = ["cancelled", "cleared", "cleared", "reduced", "cleared"]
    ends = ["2023-06-01", "2024-02-10", date(2024, 3, 5), "2024-03-31", "2025-01-02"]
    methods = ["none", "manual", "mechanical", "mdd", "manual"]
    items = {"ap": [0, 3, 2, 0, 9], "at": [0, 1, 0, 0, 0], "uxo": [1, 0, None, 4, 0]}
    hazard_ids = [None, "CHA-1", None, None, "nope"]
    hazard_districts = area_report.assign_hazards(hazards, values, DISTRICTS, DISTRICT_POLYGONS)
    release_districts = area_report.assign_releases(
        releases,
        hazard_ids,
        hazards,
        ["SHA-1", "CHA-1", "SHA-2"],
        hazard_districts,
        DISTRICTS,
        DISTRICT_POLYGONS,
    )
    return dict(
        hazards=hazards,
        classifications=classes,
        hazard_districts=hazard_districts,
        releases=releases,
        outcomes=outcomes,
        end_dates=ends,
        methods=methods,
        items=items,
        release_districts=release_districts,
    )


def test_district_assignment():
    data = site()
    assert data["hazard_districts"] == [AGD, AGD, FUZ]
    assert data["release_districts"] == [AGD, AGD, AGD, FUZ, FUZ]
    # unknown: outside every district polygon, no field
    far = area_report.assign_hazards([shapely.box(5000, 0, 5100, 10)], [""], DISTRICTS, [])
    assert far == [area_report.UNKNOWN]
    # a value that names no district keeps its own district
    own = area_report.assign_hazards(
        [shapely.box(0, 0, 1, 1)], ["XYZ"], DISTRICTS, DISTRICT_POLYGONS
    )
    assert own == [area_report.District("XYZ", "XYZ")]


def test_period_figures_are_accounting_differences():
    data = site()
    result = area_report.build_report(**data, start=date(2024, 1, 1), end=date(2024, 12, 31))
    rows = {r.district.code: r for r in result.rows}
    agd, fuz = rows["AGD"], rows["FUZ"]
    assert (agd.sha_count, agd.cha_count, fuz.sha_count) == (1, 1, 1)
    assert agd.sha_area_m2 == pytest.approx(40000)
    assert agd.cha_area_m2 == pytest.approx(10000)
    assert agd.hazard_ground_m2 == pytest.approx(40000)  # the CHA lies inside the SHA
    # cleared 100 x 100 in the period, counted for the SHA and for the CHA
    assert agd.cleared_m2 == pytest.approx(20000)
    assert agd.cancelled_m2 == pytest.approx(0)  # cancelled before the period
    # remaining as of the end: SHA 400 - 100 - 100 = 200 x 100, CHA 0
    assert agd.sha_remaining_m2 == pytest.approx(20000)
    assert agd.cha_remaining_m2 == pytest.approx(0)
    assert agd.remaining_m2 == pytest.approx(20000)
    assert agd.remaining_ground_m2 == pytest.approx(20000)
    assert fuz.reduced_m2 == pytest.approx(10000)
    assert fuz.cleared_m2 == pytest.approx(0)  # cleared after the period
    assert fuz.remaining_m2 == pytest.approx(10000)
    # the same as the accounting: as of the end minus as of the day before the start
    end = accounting.account(data["hazards"], data["releases"], data["outcomes"],
                             data["end_dates"], as_of=date(2024, 12, 31))  # fmt: skip
    before = accounting.account(data["hazards"], data["releases"], data["outcomes"],
                                data["end_dates"], as_of=date(2023, 12, 31))  # fmt: skip
    for outcome in area_report.OUTCOMES:
        expected = sum(getattr(a, f"{outcome}_m2") for a in end.hazards) - sum(
            getattr(a, f"{outcome}_m2") for a in before.hazards
        )
        assert getattr(result.total, f"{outcome}_m2") == pytest.approx(expected)
    assert result.total.remaining_m2 == pytest.approx(sum(a.remaining_m2 for a in end.hazards))
    # items and releases of the period only
    assert (agd.releases, agd.ap_found, agd.at_found, agd.uxo_found) == (2, 5, 1, 0)
    assert (fuz.releases, fuz.ap_found, fuz.uxo_found) == (1, 0, 4)
    assert result.releases_by_outcome == {"cancelled": 0, "reduced": 1, "cleared": 2}


def test_total_is_the_sum_of_rows_and_csv():
    result = area_report.build_report(**site())
    for name in ("sha_area_m2", "cleared_m2", "remaining_m2", "ap_found", "releases"):
        assert getattr(result.total, name) == pytest.approx(
            sum(getattr(r, name) for r in result.rows)
        )
    table = area_report.csv_rows(result)
    assert table[0] == list(area_report.CSV_COLUMNS)
    assert [r[0] for r in table[1:]] == ["AGD", "FUZ", "TOTAL"]
    assert table[1][1] == "Ağdam"
    # no period: everything counts
    assert result.total.cancelled_m2 == pytest.approx(10000)
    assert result.total.releases == 5


def test_methods_and_months_add_up_to_the_period():
    result = area_report.build_report(**site(), start=date(2024, 1, 1), end=date(2024, 12, 31))
    # CHA: 50 m manual + 50 m mechanical; SHA the same strips
    assert result.by_method[("cleared", "manual")] == pytest.approx(10000)
    assert result.by_method[("cleared", "mechanical")] == pytest.approx(10000)
    assert result.by_method[("reduced", "mdd")] == pytest.approx(10000)
    assert ("cancelled", "none") not in result.by_method
    labels = [label for label, _ in result.buckets]
    assert labels == [f"2024-{m:02d}" for m in range(1, 13)]
    months = dict(result.buckets)
    assert months["2024-02"]["cleared"] == pytest.approx(10000)
    assert months["2024-03"]["cleared"] == pytest.approx(10000)
    assert months["2024-03"]["reduced"] == pytest.approx(10000)
    for outcome in area_report.OUTCOMES:
        assert sum(v[outcome] for _, v in result.buckets) == pytest.approx(
            getattr(result.total, f"{outcome}_m2")
        )


def test_district_filter_and_lookup():
    data = site()
    assert area_report.find_district("fuz", DISTRICTS) is FUZ
    assert area_report.find_district("Ağdam", DISTRICTS) is AGD
    assert area_report.find_district("aghdam", DISTRICTS) is AGD
    with pytest.raises(LookupError, match="AGD.*FUZ"):
        area_report.find_district("Shusha", DISTRICTS)
    result = area_report.build_report(**data, district_filter=FUZ)
    assert [r.district for r in result.rows] == [FUZ]
    assert result.total.releases == 2
    assert list(result.hazard_included) == [False, False, True]


def test_empty_period():
    result = area_report.build_report(**site(), start=date(2030, 1, 1), end=date(2030, 12, 31))
    assert result.is_empty
    assert result.buckets == []
    assert result.total.remaining_m2 == pytest.approx(20000 + 0 + 5000)
    with pytest.raises(ValueError):
        area_report.build_report(**site(), start=date(2030, 1, 1), end=date(2029, 1, 1))


def test_upgrade_moves_ground_between_outcomes():
    """Ground reduced before the period and cleared in it: reduced goes down, cleared up."""
    result = area_report.build_report(
        [shapely.box(0, 0, 100, 100)],
        ["CHA"],
        [AGD],
        [shapely.box(0, 0, 100, 100), shapely.box(0, 0, 100, 100)],
        ["reduced", "cleared"],
        ["2023-01-01", "2024-01-01"],
        ["mechanical", "manual"],
        {},
        [AGD, AGD],
        start=date(2024, 1, 1),
    )
    assert result.total.reduced_m2 == pytest.approx(-10000)
    assert result.total.cleared_m2 == pytest.approx(10000)
    assert result.total.released_m2 == pytest.approx(0)
    assert result.total.remaining_m2 == 0


def test_releases_ending_after_today_count_nowhere():
    """The Füzuli clearance of 2025-01-02, seen on 2024-12-31 without a period: not released,
    no items, not a release of the report; the rest as before (issue 15)."""
    data = site()
    seen = area_report.build_report(**data, today=date(2024, 12, 31))
    later = area_report.build_report(**data, today=date(2025, 1, 2))
    fuz_seen = {r.district.code: r for r in seen.rows}["FUZ"]
    fuz_later = {r.district.code: r for r in later.rows}["FUZ"]
    assert fuz_seen.cleared_m2 == pytest.approx(0)
    assert fuz_later.cleared_m2 == pytest.approx(5000)
    assert fuz_seen.remaining_m2 == pytest.approx(10000)
    assert (fuz_seen.releases, fuz_seen.ap_found) == (1, 0)
    assert (fuz_later.releases, fuz_later.ap_found) == (2, 9)
    assert seen.releases_by_outcome == {"cancelled": 1, "reduced": 1, "cleared": 2}
    assert seen.accounting_issues == later.accounting_issues + 1  # future_end_date
