"""The bad-input catalogue (issue 15): one table of cases, input family × algorithm, run through
``processing.run`` on memory layers, real GeoPackages and files.

Every case asserts its outcome:

- :class:`Refused`: a ``QgsProcessingException`` whose message names the parameter and the
  feature(s) (by id) and holds no traceback text (``Traceback``, ``File "``, ``Error:`` from
  GEOS or JSON…);
- :class:`Handled`: a result whose values are checked, with the warning the case needs in the
  feedback.

Each outcome is also classified as crash (an exception that is not a QgsProcessingException, or
traceback text), silent (a wrong result, or one without its warning), vague (a refusal that does
not name what it must, or a refusal where a result was due), clear or handled; the class goes
into the test report (``record_property("verdict")``) for the before/after counts.

A new algorithm joins by adding its rows to ``CASES``.
"""

from __future__ import annotations

import csv
import math
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
)

from landrelease.tests.qgis import bad_inputs as bi
from landrelease.tests.qgis.bad_inputs import (
    FAR_DX,
    H1,
    HOSTILE,
    LONG_TEXT,
    MERCATOR,
    PULKOVO_GK8,
    QUOTED,
    R1,
    SURROGATE,
    UTM,
    WGS84,
    Env,
    box,
    ellipsoidal,
)

NAN, INF = math.nan, math.inf


# --- outcomes ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Refused:
    """A QgsProcessingException naming ``parameter`` and each of ``names``, saying each of
    ``says`` (case-insensitive); ``check(env)`` then asserts what is left on disk."""

    parameter: str
    names: tuple = ()
    says: tuple = ()
    check: Callable | None = None


@dataclass(frozen=True)
class Handled:
    """A result: ``check(outcome)`` asserts its values; each of ``warns`` is in a warning."""

    check: Callable | None = None
    warns: tuple = ()


@dataclass
class Outcome:
    result: dict
    env: Env
    warnings: list
    messages: list

    @property
    def text(self) -> str:
        return "\n".join(self.messages)


@dataclass
class Case:
    algorithm: str
    family: str
    params: Callable  # Env -> parameters
    expect: object  # Refused | Handled
    xfail: str | None = None  # the reason, while another helper fixes it
    slow: bool = False

    @property
    def id(self) -> str:
        return f"{self.algorithm}-{self.family}"


class Feedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.messages: list[str] = []
        self.warnings: list[str] = []

    def pushInfo(self, info):  # noqa: N802
        self.messages.append(info)

    def pushWarning(self, warning):  # noqa: N802
        self.messages.append(warning)
        self.warnings.append(warning)

    def reportError(self, error, fatalError=False):  # noqa: N802, N803
        self.messages.append(error)
        self.warnings.append(error)


def has_traceback(text: str) -> bool:
    return any(mark in text for mark in bi.TRACEBACK_MARKS)


def judge(case: Case, env: Env) -> tuple[str, str]:
    """(verdict, why) of one case: crash, silent, vague, clear or handled."""
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    context.setInvalidGeometryCheck(QgsFeatureRequest.GeometryAbortOnInvalid)  # QGIS's default
    feedback = Feedback()
    try:
        params = case.params(env)
    except Exception as error:  # noqa: BLE001 - a broken case is a test error, said so
        pytest.fail(f"the case could not be built: {error!r}")
    expect = case.expect
    try:
        result = processing.run(
            f"landrelease:{case.algorithm}", params, context=context, feedback=feedback
        )
    except QgsProcessingException as error:
        message = str(error)
        if has_traceback(message):
            return "crash", f"traceback text in the message: {message[-600:]}"
        if not isinstance(expect, Refused):
            return "vague", f"refused where a result was due: {message[:600]}"
        missing = [p for p in (expect.parameter, *expect.names) if p not in message]
        missing += [s for s in expect.says if s.lower() not in message.lower()]
        if missing:
            return "vague", f"the message does not say {missing!r}: {message[:600]}"
        if expect.check is not None:
            try:
                expect.check(env)
            except AssertionError as failure:
                return "silent", f"refused, but: {failure}"
        return "clear", message[:300]
    except Exception as error:  # noqa: BLE001 - what the catalogue is for
        return "crash", f"{type(error).__name__}: {error}"[:600]
    if isinstance(expect, Refused):
        return "silent", f"a result where a refusal was due: {result!r}"[:600]
    outcome = Outcome(result, env, feedback.warnings, feedback.messages)
    if expect.check is not None:
        try:
            expect.check(outcome)
        except AssertionError as failure:
            return "silent", f"wrong result: {failure}"[:900]
        except Exception as error:  # noqa: BLE001 - a check that cannot read the result
            return "silent", f"unreadable result: {error!r}"[:600]
    warned = "\n".join(feedback.warnings)
    missing = [w for w in expect.warns if w.lower() not in warned.lower()]
    if missing:
        return "silent", f"no warning saying {missing!r}; warnings: {warned[:600]!r}"
    return "handled", ""


# --- checks ------------------------------------------------------------------------------------


def approx(value, expected, rel=1e-6, abs_=0.05):
    assert value is not None, f"None instead of {expected}"
    assert math.isclose(value, expected, rel_tol=rel, abs_tol=abs_), f"{value} != {expected}"


def summary_rows(outcome, key="OUTPUT"):
    return bi.by(bi.features(outcome.result[key]), "hazard_id")


def summary_h1(outcome, rel=1e-6):
    """H1 (100 m × 100 m) with its western half cleared by R1."""
    h1 = summary_rows(outcome)["H1"]
    approx(h1["original_area_m2"], ellipsoidal(H1), rel)
    approx(h1["cleared_m2"], ellipsoidal(R1), rel)
    approx(h1["remaining_area_m2"], ellipsoidal(H1) - ellipsoidal(R1), rel)
    assert h1["status"] == "worked_on"
    return h1


def issues(outcome):
    return bi.features(outcome.result["OUTPUT_ISSUES"])


def issue_of(outcome, code, **ids):
    found = [
        i for i in issues(outcome) if i["code"] == code and all(i[k] == v for k, v in ids.items())
    ]
    assert found, (
        f"no {code} issue for {ids}: {[(i['code'], i['message']) for i in issues(outcome)]}"
    )
    return found[0]


def tasks_of(outcome):
    return bi.features(outcome.result["OUTPUT"])


def tasks_h1(outcome, rel=1e-6):
    """H1 cut by 50 m cells into four tasks of 50 m × 50 m."""
    mine = sorted(
        (t for t in tasks_of(outcome) if t["hazard_id"] == "H1"), key=lambda t: t["task_id"]
    )
    assert [t["task_id"] for t in mine] == ["H1-T01", "H1-T02", "H1-T03", "H1-T04"]
    approx(sum(t["area_m2"] for t in mine), ellipsoidal(H1), rel)
    return mine


def pdf_written(outcome, pages: int):
    path = outcome.result["OUTPUT"]
    assert os.path.getsize(path) > 1000
    with open(path, "rb") as stream:
        count = stream.read().count(b"/Type /Page\n") + 0
    assert f"{pages} page(s)" in outcome.text or count == pages, outcome.text


def report_total(outcome):
    table = bi.csv_table(outcome.result["OUTPUT_CSV"])
    return next(r for r in table if r["district_code"] == "TOTAL")


def report_h1(outcome, rel=1e-6):
    total = report_total(outcome)
    approx(float(total["cleared_m2"]), ellipsoidal(R1), rel)
    return total


def exported(outcome, name="hazards.geojson"):
    return bi.geojson(os.path.join(outcome.result["OUTPUT"], name))


def exported_ids(outcome):
    return [f["properties"]["imsma_id"] for f in exported(outcome)["features"]]


def point_lists(outcome):
    rows = bi.csv_table(os.path.join(outcome.result["OUTPUT"], "hazard_points.csv"))
    lists: dict[str, list] = {}
    for row in rows:
        lists.setdefault(row["imsma_id"], []).append(row)
    return lists


def export_h1(outcome):
    lists = point_lists(outcome)
    assert len(lists["H1"]) == 4, lists.keys()
    return lists


def belts(outcome):
    return bi.features(outcome.result["OUTPUT"])


def belt_area(outcome, rel=1e-3):
    """One belt 1,000 m along the line, 100 m each side."""
    (belt,) = belts(outcome)
    approx(belt["estimated_area_m2"], 200_000.0, rel, 1.0)
    return belt


def chas(outcome):
    return bi.features(outcome.result["OUTPUT"])


def cha_one(outcome, direct=3, crs=UTM):
    (cha,) = chas(outcome)
    assert cha["evidence_direct"] == direct, cha["evidence_direct"]
    geometry = cha["geometry"]
    for shape, _values in bi.GOOD_EVIDENCE:
        point = QgsGeometry.fromWkt(shape)
        if crs != UTM:
            point = bi.reprojected(bi.layer("Point", [(shape, {})], {"a": str}), crs)
            point = next(point.getFeatures()).geometry()
        assert geometry.contains(point), shape
    return cha


# 100 m × 100 m: grid legs are planar in UTM (10,003.17 m² on the ellipsoid here), true and
# magnetic ones geodesic (10,000.06 m²); either way within 0.05 %.
SQUARE_M2 = 10_000.0


def records(outcome):
    return bi.by(bi.features(outcome.result["OUTPUT"]), "record_id")


def record_ok(outcome, record_id="MR-1", rel=5e-4):
    record = records(outcome)[record_id]
    approx(record["area_m2"], SQUARE_M2, rel)
    return record


def findings(outcome):
    return bi.features(outcome.result["OUTPUT"])


def finding(outcome, feature_id, *codes):
    found = [f for f in findings(outcome) if f["feature_id"] == feature_id]
    got = [f["code"] for f in found]
    assert any(c in got for c in codes), f"{feature_id}: {got}, wanted one of {codes}"


# --- the table ---------------------------------------------------------------------------------

CASES: list[Case] = []


def add(algorithm, family, params, expect, xfail=None, slow=False):
    CASES.append(Case(algorithm, family, params, expect, xfail, slow))


def h2(shape, **values):
    return bi.hazard(shape, "H2", **values)


def r2(shape, **values):
    return bi.release(shape, "R2", **values)


NULL_GEOMETRY = None
EMPTY_GEOMETRY = "POLYGON EMPTY"
FAR = box(FAR_DX, 0)
BOWTIE = bi.bowtie(200, 0)
FLAT = bi.flat(200, 0)
MULTI = bi.multibox((300, 0), (500, 0))
NAN_POLYGON = bi.polygon_with(NAN)
INF_POLYGON = bi.polygon_with(INF)

# Families on a polygon input whose second feature (H2) is the bad one.
POLYGON_FAMILIES = {
    "null_geometry": NULL_GEOMETRY,
    "empty_geometry": EMPTY_GEOMETRY,
    "nan": NAN_POLYGON,
    "inf": INF_POLYGON,
    "invalid": BOWTIE,
    "zero_area": FLAT,
    "multipart": MULTI,
    "far": FAR,
}
HOSTILE_IDS = {"long_id": LONG_TEXT, "surrogate_id": SURROGATE, "hostile_id": HOSTILE}
NOT_A_NUMBER = ("NaN",)
INFINITE = ("infinite",)
OUTSIDE = ("outside the programme's area",)


# A file that is there but cannot be read is said so (QGIS's words are "not found").
BROKEN_FILE = ("truncated.gpkg", "cannot be opened", "copy it again")


def truncated_database(env: Env) -> str:
    if "truncated" not in env.made:
        env.made["truncated"] = bi.truncated(env, bi.database(env, "whole.gpkg"))
    return env.made["truncated"]


def point_layer(env=None):
    return bi.layer("Point", [(bi.point(0, 0), {"hazard_id": "H1"})], {"hazard_id": str})


# releasesummary -------------------------------------------------------------------------------


def summary(hazards, releases=None, **extra):
    def params(env):
        return {
            "HAZARDS": hazards(env) if callable(hazards) else hazards,
            "RELEASES": (releases(env) if callable(releases) else releases) or bi.releases(),
            "OUTPUT": "memory:",
            "OUTPUT_REMAINING": "memory:",
            "OUTPUT_ISSUES": "memory:",
            **extra,
        }

    return params


def summary_h2(outcome, code, severity="error"):
    summary_h1(outcome)
    h2_row = summary_rows(outcome)["H2"]
    assert h2_row["status"] == "open" and h2_row["original_area_m2"] == 0, h2_row
    issue = issue_of(outcome, code, hazard_id="H2")
    assert issue["severity"] == severity


def _summary_multipart(outcome):
    summary_h1(outcome)
    row = summary_rows(outcome)["H2"]
    approx(row["original_area_m2"], ellipsoidal(MULTI))
    approx(row["cleared_m2"], ellipsoidal(box(300, 0)))
    assert row["status"] == "worked_on"


def _summary_bowtie(outcome):
    summary_h1(outcome)
    row = summary_rows(outcome)["H2"]
    approx(row["original_area_m2"], ellipsoidal(box(200, 0)) / 2, 1e-3)  # two triangles
    assert issue_of(outcome, "invalid_geometry", hazard_id="H2")["severity"] == "warning"


def _summary_far(outcome):
    summary_h1(outcome)
    assert "H2" in summary_rows(outcome)


def _summary_kept(hazard_id):
    def check(outcome):
        summary_h1(outcome)
        assert hazard_id in summary_rows(outcome)

    return check


add(
    "releasesummary",
    "empty_layer",
    summary(lambda env: bi.hazards(first=False)),
    Refused("HAZARDS"),
)
add(
    "releasesummary",
    "null_geometry",
    summary(lambda env: bi.hazards(h2(NULL_GEOMETRY))),
    Handled(lambda o: summary_h2(o, "empty_geometry"), warns=("H2",)),
)
add(
    "releasesummary",
    "empty_geometry",
    summary(lambda env: bi.hazards(h2(EMPTY_GEOMETRY))),
    Handled(lambda o: summary_h2(o, "empty_geometry"), warns=("H2",)),
)
add(
    "releasesummary",
    "nan",
    summary(lambda env: bi.hazards(h2(NAN_POLYGON))),
    Refused("HAZARDS", ("H2",), NOT_A_NUMBER),
)
add(
    "releasesummary",
    "inf",
    summary(lambda env: bi.hazards(h2(INF_POLYGON))),
    Refused("HAZARDS", ("H2",), INFINITE),
)
add(
    "releasesummary",
    "nan_release",
    summary(lambda env: bi.hazards(), lambda env: bi.releases(r2(bi.polygon_with(NAN)))),
    Refused("RELEASES", ("R2",), NOT_A_NUMBER),
)
add("releasesummary", "wrong_type", summary(point_layer), Refused("HAZARDS"))
for family, crs, rel in (
    ("crs_geographic", WGS84, 1e-6),
    ("crs_far_projected", MERCATOR, 1e-6),
    ("crs_pulkovo_gk", PULKOVO_GK8, 1e-5),
):
    add(
        "releasesummary",
        family,
        summary(
            lambda env, crs=crs: bi.hazards(crs=crs),
            lambda env, crs=crs: bi.releases(crs=crs),
        ),
        Handled(lambda o, rel=rel: summary_h1(o, rel)),
    )
add(
    "releasesummary",
    "multipart",
    summary(
        lambda env: bi.hazards(h2(MULTI)), lambda env: bi.releases(r2(box(300, 0), hazard_id="H2"))
    ),
    Handled(_summary_multipart),
)
add(
    "releasesummary",
    "invalid",
    summary(lambda env: bi.hazards(h2(BOWTIE))),
    Handled(_summary_bowtie, warns=("H2",)),
)
add(
    "releasesummary",
    "zero_area",
    summary(lambda env: bi.hazards(h2(FLAT))),
    Handled(lambda o: summary_h2(o, "empty_geometry"), warns=("H2",)),
)
add(
    "releasesummary",
    "far",
    summary(lambda env: bi.hazards(h2(FAR))),
    Handled(_summary_far, warns=("H2", *OUTSIDE)),
)
for family, text in HOSTILE_IDS.items():
    add(
        "releasesummary",
        family,
        summary(lambda env, text=text: bi.hazards(bi.hazard(box(200, 0), text))),
        Handled(_summary_kept(text)),
    )


def _summary_not_counted(code, severity="warning"):
    def check(outcome):
        summary_h1(outcome)  # R2 (the eastern half) is not counted
        issue = issue_of(outcome, code, release_id="R2")
        assert issue["severity"] == severity, issue

    return check


def _summary_counted_late(outcome):
    h1 = summary_rows(outcome)["H1"]
    approx(h1["cleared_m2"], ellipsoidal(H1))  # 1899: counted, but flagged
    issue_of(outcome, "early_end_date", release_id="R2")


EAST = box(50, 0, 50, 100)
add(
    "releasesummary",
    "date_future",
    summary(lambda env: bi.hazards(), lambda env: bi.releases(r2(EAST, end_date="2031-01-01"))),
    Handled(_summary_not_counted("future_end_date"), warns=("R2", "2031-01-01")),
)
add(
    "releasesummary",
    "date_1899",
    summary(lambda env: bi.hazards(), lambda env: bi.releases(r2(EAST, end_date="1899-12-31"))),
    Handled(_summary_counted_late, warns=("R2", "1899-12-31")),
)
for family, text in (("date_text", "abc"), ("date_31_february", "31.02.2020")):
    add(
        "releasesummary",
        family,
        summary(
            lambda env, text=text: bi.hazards(),
            lambda env, text=text: bi.releases(r2(EAST, end_date=text)),
        ),
        Handled(_summary_not_counted("no_end_date"), warns=("R2", text)),
    )
for family, text in (("as_of_text", "abc"), ("as_of_31_february", "31.02.2020")):
    add(
        "releasesummary",
        family,
        summary(lambda env: bi.hazards(), AS_OF=text),
        Refused("AS_OF"),
    )


def _all_open(outcome):
    h1 = summary_rows(outcome)["H1"]
    assert h1["status"] == "open" and h1["cleared_m2"] == 0, h1
    assert issue_of(outcome, "after_as_of", release_id="R1")


add(
    "releasesummary",
    "as_of_1899",
    summary(lambda env: bi.hazards(), AS_OF="1899-12-31"),
    Handled(_all_open),
)
add(
    "releasesummary",
    "as_of_future",
    summary(lambda env: bi.hazards(), AS_OF="2031-01-01"),
    Handled(summary_h1, warns=("AS_OF", "2031-01-01")),
)
add(
    "releasesummary",
    "broken_gpkg",
    summary(lambda env: f"{truncated_database(env)}|layername=hazard"),
    Refused("HAZARDS", (), BROKEN_FILE),
)
add(
    "releasesummary",
    "missing_layer",  # a layer name mistyped, or a file of another programme
    summary(lambda env: f"{bi.database(env, 'whole.gpkg')}|layername=hazards"),
    Refused("HAZARDS", (), ("has no layer hazards", "it holds:", "hazard, ")),
)


def _summary_database_far(env):
    path = bi.database(env)
    bi.add_features(path, "hazard", [bi.hazard(H1, "H1"), bi.hazard(box(0, 700_000), "H2")])
    bi.add_features(path, "land_release", [bi.release(R1, "R1")])
    return {
        "HAZARDS": bi.gpkg_layer(path, "hazard"),
        "RELEASES": bi.gpkg_layer(path, "land_release"),
        "OUTPUT": "memory:",
        "OUTPUT_ISSUES": "memory:",
    }


add(
    "releasesummary",
    "far_from_districts",
    _summary_database_far,
    Handled(_summary_far, warns=("H2", *OUTSIDE)),
)


# splittasks -----------------------------------------------------------------------------------


def split(hazards, **extra):
    def params(env):
        return {
            "HAZARDS": hazards(env) if callable(hazards) else hazards,
            "CELL_SIZE": 50.0,
            "OUTPUT": "memory:",
            **extra,
        }

    return params


def _split_only_h1(outcome):
    tasks_h1(outcome)
    assert {t["hazard_id"] for t in tasks_of(outcome)} == {"H1"}


def _split_multipart(outcome):
    tasks_h1(outcome)
    mine = [t for t in tasks_of(outcome) if t["hazard_id"] == "H2"]
    assert len(mine) == 8, len(mine)
    approx(sum(t["area_m2"] for t in mine), ellipsoidal(MULTI))


def _split_bowtie(outcome):
    tasks_h1(outcome)
    mine = [t for t in tasks_of(outcome) if t["hazard_id"] == "H2"]
    approx(sum(t["area_m2"] for t in mine), ellipsoidal(box(200, 0)) / 2, 1e-3)


def _split_kept(hazard_id):
    def check(outcome):
        tasks_h1(outcome)
        mine = [t for t in tasks_of(outcome) if t["hazard_id"] == hazard_id]
        assert len(mine) == 4 and mine[0]["task_id"].startswith(hazard_id), len(mine)

    return check


def _split_ground_cells(rel):
    """H1 in another CRS, cut by 25 m cells: the tasks cover it, the largest is 25 m × 25 m
    on the ground (a grid in a CRS that is not true to scale there would not be)."""

    def check(outcome):
        areas = [t["area_m2"] for t in tasks_of(outcome)]
        approx(sum(areas), ellipsoidal(H1), rel)
        approx(max(areas), ellipsoidal(box(0, 0, 25)), 2e-3)

    return check


add("splittasks", "empty_layer", split(lambda env: bi.hazards(first=False)), Refused("HAZARDS"))
for family in ("null_geometry", "empty_geometry", "zero_area"):
    add(
        "splittasks",
        family,
        split(lambda env, f=family: bi.hazards(h2(POLYGON_FAMILIES[f]))),
        Handled(_split_only_h1, ("H2",)),
    )
add(
    "splittasks",
    "nan",
    split(lambda env: bi.hazards(h2(NAN_POLYGON))),
    Refused("HAZARDS", ("H2",), NOT_A_NUMBER),
)
add(
    "splittasks",
    "inf",
    split(lambda env: bi.hazards(h2(INF_POLYGON))),
    Refused("HAZARDS", ("H2",), INFINITE),
)
add("splittasks", "wrong_type", split(point_layer), Refused("HAZARDS"))
for family, crs, rel in (
    ("crs_geographic", WGS84, 1e-6),
    ("crs_far_projected", MERCATOR, 1e-6),
    ("crs_pulkovo_gk", PULKOVO_GK8, 1e-5),
):
    add(
        "splittasks",
        family,
        split(lambda env, crs=crs: bi.hazards(crs=crs), CELL_SIZE=25.0),
        Handled(_split_ground_cells(rel)),
    )
add("splittasks", "multipart", split(lambda env: bi.hazards(h2(MULTI))), Handled(_split_multipart))
add(
    "splittasks",
    "invalid",
    split(lambda env: bi.hazards(h2(BOWTIE))),
    Handled(_split_bowtie, ("H2",)),
)
add(
    "splittasks",
    "far",
    split(lambda env: bi.hazards(h2(FAR))),
    Handled(tasks_h1, ("H2", *OUTSIDE)),
)
for family, text in HOSTILE_IDS.items():
    if family == "long_id":  # task ids <hazard_id>-T01 would not fit task_id (60 characters)
        expect = Refused("HAZARDS", ("feature 2",), ("task_id",))
    else:
        expect = Handled(_split_kept(text))
    add(
        "splittasks",
        family,
        split(lambda env, text=text: bi.hazards(bi.hazard(box(200, 0), text))),
        expect,
    )
add(
    "splittasks",
    "too_many_cells",
    split(lambda env: bi.hazards(h2(box(200, 0))), CELL_SIZE=0.1),
    Refused("CELL_SIZE", ("2,000,000",), ("TARGET_AREA",)),
)
add(
    "splittasks",
    "too_many_cells_target",
    split(lambda env: bi.hazards(h2(box(200, 0))), CELL_SIZE=0.0, TARGET_AREA=0.01),
    Refused("TARGET_AREA", (), ("CELL_SIZE",)),
)
add(
    "splittasks",
    "broken_gpkg",
    split(lambda env: f"{truncated_database(env)}|layername=hazard"),
    Refused("HAZARDS", (), BROKEN_FILE),
)

# addhazards -----------------------------------------------------------------------------------


def add_hazards(hazards):
    """INPUT ``hazards`` added to a new land release GeoPackage (its hazard layer as TARGET)."""

    def params(env):
        path = bi.database(env, "target.gpkg")
        env.made["target"] = path
        env.made["hazards_before"] = hazard_ids_in(path)
        return {
            "INPUT": hazards(env) if callable(hazards) else hazards,
            "TARGET": bi.gpkg_layer(path, "hazard"),
        }

    return params


def hazard_ids_in(path: str) -> list:
    return sorted(str(f["hazard_id"]) for f in bi.gpkg_layer(path, "hazard").getFeatures())


def _nothing_added(env):
    assert hazard_ids_in(env.made["target"]) == env.made["hazards_before"]


def _added(*hazard_ids):
    def check(outcome):
        now = hazard_ids_in(outcome.env.made["target"])
        assert now == sorted(outcome.env.made["hazards_before"] + list(hazard_ids)), now

    return check


add(
    "addhazards",
    "empty_layer",
    add_hazards(lambda env: bi.hazards(first=False)),
    Refused("INPUT", (), (), _nothing_added),
)
add("addhazards", "wrong_type", add_hazards(point_layer), Refused("INPUT"))
for family in ("null_geometry", "empty_geometry", "invalid", "zero_area", "multipart"):
    add(
        "addhazards",
        family,
        add_hazards(lambda env, f=family: bi.hazards(h2(POLYGON_FAMILIES[f]))),
        Refused("INPUT", ("H2",), ("nothing was added",), _nothing_added),
    )
add(
    "addhazards",
    "nan",
    add_hazards(lambda env: bi.hazards(h2(NAN_POLYGON))),
    Refused("INPUT", ("H2",), NOT_A_NUMBER, _nothing_added),
)
add(
    "addhazards",
    "inf",
    add_hazards(lambda env: bi.hazards(h2(INF_POLYGON))),
    Refused("INPUT", ("H2",), INFINITE, _nothing_added),
)
add(
    "addhazards",
    "far",
    add_hazards(lambda env: bi.hazards(h2(FAR))),
    Refused("INPUT", ("H2",), OUTSIDE, _nothing_added),
)
add(
    "addhazards",
    "crs_geographic",
    add_hazards(lambda env: bi.hazards(h2(box(200, 0)), crs=WGS84)),
    Handled(_added("H1", "H2")),
)
add(
    "addhazards",
    "quoted_id",
    add_hazards(lambda env: bi.hazards(bi.hazard(box(200, 0), QUOTED))),
    Handled(_added("H1", QUOTED)),
)
add(
    "addhazards",
    "long_id",
    add_hazards(lambda env: bi.hazards(bi.hazard(box(200, 0), LONG_TEXT))),
    Refused("INPUT", (), ("50",), _nothing_added),
)
add(
    "addhazards",
    "not_a_database",
    lambda env: {"INPUT": bi.hazards(), "TARGET": bi.hazards()},
    Refused("TARGET", (), ("land release database",)),
)
add(
    "addhazards",
    "broken_gpkg",
    lambda env: {
        "INPUT": bi.hazards(),
        "TARGET": f"{truncated_database(env)}|layername=hazard",
    },
    Refused("TARGET", (), BROKEN_FILE),
)

# packagefield ---------------------------------------------------------------------------------

PACK_TASK = "H1-T01"


def pack_database(env: Env, name: str = "office.gpkg") -> str:
    """A land release GeoPackage with H1 and its task H1-T01 (never opened in WAL mode)."""
    if name not in env.made:
        path = bi.database(env, name)
        bi.add_features(path, "hazard", [bi.hazard(H1, "H1")])
        bi.add_features(path, "task", [(box(0, 0, 50), {"task_id": PACK_TASK, "hazard_id": "H1"})])
        from landrelease.storage.field.identity import database_id

        database_id(path)
        env.made[name] = path
        env.made[name + ":sha256"] = _sha256(path)
    return env.made[name]


def _sha256(path: str) -> str:
    import hashlib

    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def pack(input_layer=None, **extra):
    """packagefield of INPUT (default: the task layer of the office database) into env's
    folder ``package``."""

    def params(env):
        path = pack_database(env)
        value = input_layer(env) if callable(input_layer) else input_layer
        params = {
            "INPUT": value if value is not None else bi.gpkg_layer(path, "task"),
            "DATABASE": path,
            "OUTPUT": env.path("package"),
        }
        for key, item in extra.items():
            params[key] = item(env) if callable(item) else item
        return params

    return params


def _no_package(env):
    assert not Path(env.path("package")).exists()
    office = env.made["office.gpkg"]
    assert _sha256(office) == env.made["office.gpkg:sha256"], "the database changed"


def _task_rows(shape, task_id=PACK_TASK):
    return bi.layer("Polygon", [(shape, {"task_id": task_id, "hazard_id": "H1"})],
                    {"task_id": str, "hazard_id": str}, name="task")  # fmt: skip


def _empty_selection(env):
    tasks = bi.gpkg_layer(pack_database(env), "task")
    QgsProject.instance().addMapLayer(tasks)
    tasks.removeSelection()
    from qgis.core import QgsProcessingFeatureSourceDefinition

    return QgsProcessingFeatureSourceDefinition(tasks.id(), True)


def _other_database_tasks(env):
    return bi.gpkg_layer(pack_database(env, "other.gpkg"), "task")


def _a_file(env):
    path = Path(env.path("package"))
    path.write_text("the team's notes")
    return str(path)


def _a_busy_folder(env):
    path = Path(env.path("package"))
    path.mkdir()
    (path / "notes.txt").write_text("the team's notes")
    return str(path)


def _a_package(env):
    path = Path(env.path("package"))
    path.mkdir()
    (path / "manifest.json").write_text("{}")
    return str(path)


def _not_a_land_release_database(env):
    from osgeo import ogr

    path = env.path("plain.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    ds.CreateLayer("roads", None, ogr.wkbLineString)
    ds = None
    return path


def _file_left(name: str, text: str):
    def check(env):
        assert Path(env.path(name)).read_text() == text

    return check


def _busy_left(env):
    assert [p.name for p in Path(env.path("package")).iterdir()] == ["notes.txt"]


def _packed(outcome):
    import json

    folder = Path(outcome.result["OUTPUT"])
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["input"] == {"layer": "task", "ids": [PACK_TASK]}, manifest["input"]
    assert manifest["layers"]["hazard"] == 1 and manifest["layers"]["task"] == 1
    assert (folder / "maps" / f"{PACK_TASK}.pdf").is_file()
    office = outcome.env.made["office.gpkg"]
    assert _sha256(office) == outcome.env.made["office.gpkg:sha256"], "the database changed"


add("packagefield", "packs", pack(), Handled(_packed), slow=True)
add("packagefield", "wrong_type", pack(point_layer), Refused("INPUT"))
add(
    "packagefield",
    "not_a_task_layer",
    pack(lambda env: bi.releases()),
    Refused("INPUT", (), ("task or hazard layer",), _no_package),
)
add(
    "packagefield",
    "empty_selection",
    pack(_empty_selection),
    Refused("INPUT", (), ("none selected",), _no_package),
)
add(
    "packagefield",
    "other_database",
    pack(_other_database_tasks),
    Refused("INPUT", (PACK_TASK,), ("another database",), _no_package),
)
for family, says in (("nan", NOT_A_NUMBER), ("inf", INFINITE), ("empty_geometry", ("no polygon",))):
    add(
        "packagefield",
        family,
        pack(lambda env, f=family: _task_rows(POLYGON_FAMILIES[f])),
        Refused("INPUT", (PACK_TASK,), says, _no_package),
    )
add(
    "packagefield",
    "database_missing",
    pack(DATABASE=lambda env: env.path("nowhere.gpkg")),
    Refused("DATABASE", ("nowhere.gpkg",), ("does not exist",), _no_package),
)
add(
    "packagefield",
    "not_a_database",
    pack(DATABASE=_not_a_land_release_database),
    Refused("DATABASE", (), ("not a land release database",), _no_package),
)
add(
    "packagefield",
    "truncated_database",
    pack(DATABASE=lambda env: bi.truncated(env, pack_database(env))),
    Refused("DATABASE", (), ("damaged",), _no_package),
)
add(
    "packagefield",
    "output_file",
    pack(OUTPUT=_a_file),
    Refused("OUTPUT", (), ("is a file",), _file_left("package", "the team's notes")),
)
add(
    "packagefield",
    "output_not_empty",
    pack(OUTPUT=_a_busy_folder),
    Refused("OUTPUT", (), ("not empty", "empty folder"), _busy_left),
)
add(
    "packagefield",
    "output_package",
    pack(OUTPUT=_a_package),
    Refused("OUTPUT", (), ("already holds a field package", "empty folder")),
)
add(
    "packagefield",
    "output_not_writable",
    pack(OUTPUT=lambda env: str(Path(_a_file(env)) / "inside")),
    Refused("OUTPUT", (), ("cannot be written",), _file_left("package", "the team's notes")),
)


# taskingmaps ----------------------------------------------------------------------------------


def maps(hazards, **extra):
    def params(env):
        return {
            "INPUT": hazards(env) if callable(hazards) else hazards,
            "OUTPUT": env.path("maps.pdf"),
            **extra,
        }

    return params


def pages(count, then=None):
    def check(outcome):
        pdf_written(outcome, count)
        if then is not None:
            then(outcome)

    return check


def nothing_at(name):
    def check(env):
        assert not os.path.exists(env.path(name)), f"{name} was left behind"
        leftovers = [p.name for p in env.folder.iterdir() if p.name.startswith(f"{name}.")]
        assert not leftovers, leftovers

    return check


def _grid_in_utm(outcome):
    assert "Map and grid CRS: EPSG:32638" in outcome.text, outcome.text


add("taskingmaps", "empty_layer", maps(lambda env: bi.hazards(first=False)), Refused("INPUT"))
for family in ("null_geometry", "empty_geometry", "zero_area"):
    add(
        "taskingmaps",
        family,
        maps(lambda env, f=family: bi.hazards(h2(POLYGON_FAMILIES[f]))),
        Handled(pages(1), ("H2",)),
        slow=True,
    )
for family, says in (("nan", NOT_A_NUMBER), ("inf", INFINITE)):
    add(
        "taskingmaps",
        family,
        maps(lambda env, f=family: bi.hazards(h2(POLYGON_FAMILIES[f]))),
        Refused("INPUT", ("H2",), says, nothing_at("maps.pdf")),
    )
add(
    "taskingmaps",
    "invalid",
    maps(lambda env: bi.hazards(h2(BOWTIE))),
    Refused("INPUT", ("H2",), ("Self-intersection",), nothing_at("maps.pdf")),
)
add("taskingmaps", "wrong_type", maps(point_layer), Refused("INPUT"))
for family, crs in (
    ("crs_geographic", WGS84),
    ("crs_far_projected", MERCATOR),
    ("crs_pulkovo_gk", PULKOVO_GK8),
):
    add(
        "taskingmaps",
        family,
        maps(lambda env, crs=crs: bi.hazards(crs=crs)),
        Handled(pages(1, _grid_in_utm if crs != PULKOVO_GK8 else None)),
        slow=True,
    )
add(
    "taskingmaps",
    "multipart",
    maps(lambda env: bi.hazards(h2(MULTI))),
    Handled(pages(2)),
    slow=True,
)
add(
    "taskingmaps",
    "far",
    maps(lambda env: bi.hazards(h2(FAR))),
    Handled(pages(2), ("H2", *OUTSIDE)),
    slow=True,
)
for family, text in HOSTILE_IDS.items():
    add(
        "taskingmaps",
        family,
        maps(lambda env, text=text: bi.hazards(bi.hazard(box(200, 0), text))),
        Handled(pages(2)),
        slow=True,
    )
add(
    "taskingmaps",
    "hostile_organisation",
    maps(lambda env: bi.hazards(), ORGANISATION=HOSTILE + LONG_TEXT[:500]),
    Handled(pages(1)),
    slow=True,
)
add(
    "taskingmaps",
    "missing_folder",
    lambda env: {"INPUT": bi.hazards(), "OUTPUT": env.path("new/sub/maps.pdf")},
    Handled(pages(1)),
    slow=True,
)
add(
    "taskingmaps",
    "output_is_a_folder",
    lambda env: {"INPUT": bi.hazards(), "OUTPUT": str(env.folder)},
    Refused("OUTPUT"),
    slow=True,
)
add(
    "taskingmaps",
    "broken_gpkg",
    maps(lambda env: f"{truncated_database(env)}|layername=hazard"),
    Refused("INPUT", (), BROKEN_FILE),
)

# areareport -----------------------------------------------------------------------------------


def report(hazards, releases=None, **extra):
    def params(env):
        return {
            "HAZARDS": hazards(env) if callable(hazards) else hazards,
            "RELEASES": (releases(env) if callable(releases) else releases) or bi.releases(),
            "OUTPUT": env.path("report.pdf"),
            "OUTPUT_CSV": env.path("report.csv"),
            **extra,
        }

    return params


def _report_sha(area_m2, rel=1e-6):
    def check(outcome):
        total = report_h1(outcome, rel)
        approx(float(total["sha_area_m2"]), area_m2, rel)

    return check


def _report_crs(rel):
    def check(outcome):
        report_h1(outcome, rel)

    return check


add("areareport", "empty_layer", report(lambda env: bi.hazards(first=False)), Refused("HAZARDS"))
for family in ("null_geometry", "empty_geometry", "zero_area"):
    add(
        "areareport",
        family,
        report(lambda env, f=family: bi.hazards(h2(POLYGON_FAMILIES[f]))),
        Handled(_report_sha(ellipsoidal(H1)), ("H2",)),
        slow=True,
    )
for family, says in (("nan", NOT_A_NUMBER), ("inf", INFINITE)):
    add(
        "areareport",
        family,
        report(lambda env, f=family: bi.hazards(h2(POLYGON_FAMILIES[f]))),
        Refused(
            "HAZARDS",
            ("H2",),
            says,
            lambda env: nothing_at("report.pdf")(env) or nothing_at("report.csv")(env),
        ),
    )
add(
    "areareport",
    "nan_release",
    report(lambda env: bi.hazards(), lambda env: bi.releases(r2(bi.polygon_with(NAN)))),
    Refused("RELEASES", ("R2",), NOT_A_NUMBER),
)
add("areareport", "wrong_type", report(point_layer), Refused("HAZARDS"))
for family, crs, rel in (
    ("crs_geographic", WGS84, 1e-6),
    ("crs_far_projected", MERCATOR, 1e-6),
    ("crs_pulkovo_gk", PULKOVO_GK8, 1e-5),
):
    add(
        "areareport",
        family,
        report(lambda env, crs=crs: bi.hazards(crs=crs), lambda env, crs=crs: bi.releases(crs=crs)),
        Handled(_report_crs(rel)),
        slow=True,
    )
add(
    "areareport",
    "multipart",
    report(lambda env: bi.hazards(h2(MULTI))),
    Handled(_report_sha(ellipsoidal(H1) + ellipsoidal(MULTI))),
    slow=True,
)
add(
    "areareport",
    "invalid",
    report(lambda env: bi.hazards(h2(BOWTIE))),
    Handled(_report_sha(ellipsoidal(H1) + ellipsoidal(box(200, 0)) / 2, 1e-3), ("H2",)),
    slow=True,
)
add(
    "areareport",
    "far",
    report(lambda env: bi.hazards(h2(FAR))),
    Handled(report_h1, ("H2", *OUTSIDE)),
    slow=True,
)
add(
    "areareport",
    "hostile_district",
    report(lambda env: bi.hazards(), DISTRICT=HOSTILE),
    Refused("DISTRICT"),
)
add(
    "areareport",
    "hostile_organisation",
    report(lambda env: bi.hazards(), ORGANISATION=HOSTILE + LONG_TEXT[:500]),
    Handled(report_h1),
    slow=True,
)
for family, text in HOSTILE_IDS.items():
    if family == "surrogate_id":  # the district goes into the CSV: no file can hold it
        expect = Refused("HAZARDS", ("district", "feature 2"), ("surrogate",))
    else:
        expect = Handled(report_h1)
    add(
        "areareport",
        family,
        report(lambda env, text=text: bi.hazards(bi.hazard(box(200, 0), text, district=text))),
        expect,
        slow=True,
    )
add(
    "areareport",
    "date_future",
    report(lambda env: bi.hazards(), lambda env: bi.releases(r2(EAST, end_date="2031-01-01"))),
    Handled(report_h1, ("R2", "2031-01-01")),
    slow=True,
)
for family, day, counted in (
    ("date_1899", "1899-12-31", True),
    ("date_text", "abc", False),
    ("date_31_february", "31.02.2020", False),
):
    add(
        "areareport",
        family,
        report(
            lambda env, day=day: bi.hazards(),
            lambda env, day=day: bi.releases(r2(EAST, end_date=day)),
        ),
        Handled(
            lambda o, counted=counted: approx(
                float(report_total(o)["cleared_m2"]), ellipsoidal(H1 if counted else R1)
            ),
            ("R2", day),
        ),
        slow=True,
    )
for family, parameter, text in (
    ("from_text", "FROM", "abc"),
    ("to_31_february", "TO", "31.02.2020"),
):
    add(
        "areareport",
        family,
        report(lambda env: bi.hazards(), **{parameter: text}),
        Refused(parameter),
    )
add(
    "areareport",
    "missing_folder",
    lambda env: {
        "HAZARDS": bi.hazards(),
        "RELEASES": bi.releases(),
        "OUTPUT": env.path("new/report.pdf"),
        "OUTPUT_CSV": env.path("new/sub/report.csv"),
    },
    Handled(report_h1),
    slow=True,
)
add(
    "areareport",
    "output_is_a_folder",
    lambda env: {
        "HAZARDS": bi.hazards(),
        "RELEASES": bi.releases(),
        "OUTPUT": str(env.folder),
        "OUTPUT_CSV": env.path("report.csv"),
    },
    Refused("OUTPUT", (), (), nothing_at("report.csv")),
    slow=True,
)
add(
    "areareport",
    "broken_gpkg",
    report(lambda env: f"{truncated_database(env)}|layername=hazard"),
    Refused("HAZARDS", (), BROKEN_FILE),
)

# completionreport -----------------------------------------------------------------------------

COMPLETION_FIELDS = {
    **bi.RELEASE_FIELDS, "depth_cm": int, "organisation": str, "team": str, "qa_status": str,
    "at_found": int, "uxo_found": int, "cm_found": int,
}  # fmt: skip


def completed(*extra):
    """H1 cleared whole (passed), and the ``extra`` release rows, with every field the
    completion report reads."""
    full = {"depth_cm": 13, "organisation": "ANAMA", "team": "T1", "qa_status": "passed"}
    rows = [bi.release(H1, "R1", **full)] + [(g, {**full, **v}) for g, v in extra]
    return bi.layer("Polygon", rows, COMPLETION_FIELDS, name="land_release")


def completed_half():
    """Only R1, the western half of H1: H1 is not closed."""
    full = {"depth_cm": 13, "organisation": "ANAMA", "team": "T1", "qa_status": "passed"}
    return bi.layer("Polygon", [bi.release(R1, "R1", **full)], COMPLETION_FIELDS)


def certificate(hazards, releases=None, **extra):
    def params(env):
        return {
            "HAZARDS": hazards(env) if callable(hazards) else hazards,
            "RELEASES": (releases(env) if callable(releases) else releases) or completed(),
            "OUTPUT": env.path("completion.pdf"),
            **extra,
        }

    return params


add(
    "completionreport",
    "empty_layer",
    certificate(lambda env: bi.hazards(first=False)),
    Refused("HAZARDS"),
)
for family, says in (("nan", NOT_A_NUMBER), ("inf", INFINITE)):
    add(
        "completionreport",
        family,
        certificate(lambda env, f=family: bi.hazards(h2(POLYGON_FAMILIES[f]))),
        Refused("HAZARDS", ("H2",), says, nothing_at("completion.pdf")),
    )
add(
    "completionreport",
    "nan_release",
    certificate(lambda env: bi.hazards(), lambda env: completed(r2(bi.polygon_with(NAN)))),
    Refused("RELEASES", ("R2",), NOT_A_NUMBER, nothing_at("completion.pdf")),
)
add("completionreport", "wrong_type", certificate(point_layer), Refused("HAZARDS"))
add(
    "completionreport",
    "missing_field",
    certificate(lambda env: bi.hazards(), lambda env: bi.releases()),
    Refused("RELEASES", ("qa_status",)),
)
add(
    "completionreport",
    "far",
    certificate(lambda env: bi.hazards(h2(FAR))),
    Refused("HAZARDS", ("H2",), OUTSIDE, nothing_at("completion.pdf")),
)
add(
    "completionreport",
    "invalid",
    certificate(lambda env: bi.hazards(h2(BOWTIE))),
    Refused("HAZARDS", ("H2",), ("invalid",), nothing_at("completion.pdf")),
)
add(
    "completionreport",
    "not_closed",
    certificate(lambda env: bi.hazards(), lambda env: completed_half()),
    Refused("HAZARDS", ("H1",), ("is closed", "select")),
)
add(
    "completionreport",
    "not_pdf",
    lambda env: {"HAZARDS": bi.hazards(), "RELEASES": completed(),
                 "OUTPUT": env.path("completion.txt")},
    Refused("OUTPUT", (), (".pdf",), nothing_at("completion.txt")),
)  # fmt: skip


def photographed(env):
    """H1's releases with a photo path that climbs out of the photo folder and a hostile one
    (memory layers: no database holds their photos)."""
    full = {"depth_cm": 13, "organisation": "ANAMA", "team": "T1", "qa_status": "passed"}
    rows = [
        bi.release(H1, "R1", **full, photo="../../etc/passwd.jpg"),
        bi.release(R1, "R2", **full, photo=HOSTILE),
    ]
    return bi.layer("Polygon", rows, {**COMPLETION_FIELDS, "photo": str}, name="land_release")


# What both prints say of photo paths that leave the photo folder.
PHOTO_PATH_WARNINGS = ("'../../etc/passwd.jpg' is not a photo path", "R1", "R2",
                       "such as DCIM/IMG_0001.jpg")  # fmt: skip
add(
    "completionreport",
    "photo_paths",
    certificate(lambda env: bi.hazards(first=True), photographed, PHOTOS=True),
    Handled(
        lambda outcome: pdf_written(outcome, 4),
        warns=PHOTO_PATH_WARNINGS,
    ),
)
add(
    "taskingmaps",
    "photo_paths",
    lambda env: {
        **maps(lambda e: bi.hazards())(env),
        "RELEASES": photographed(env),
        "PHOTOS": True,
    },
    Handled(
        pages(2),
        warns=PHOTO_PATH_WARNINGS,
    ),
)
add(
    "completionreport",
    "hostile_organisation",
    certificate(lambda env: bi.hazards(first=True), ORGANISATION=HOSTILE + LONG_TEXT[:500]),
    Handled(lambda outcome: pdf_written(outcome, 3)),
    slow=True,
)
for family, text in HOSTILE_IDS.items():
    add(
        "completionreport",
        family,
        certificate(
            lambda env, text=text: bi.hazards(bi.hazard(box(200, 0), text, district=text)),
            lambda env, text=text: completed(
                bi.release(
                    box(200, 0),
                    "R2",
                    hazard_id=text,
                    organisation=text,
                    team=text,
                    qa_status="passed",
                    depth_cm=10,
                )
            ),
        ),  # fmt: skip
        Handled(lambda outcome: pdf_written(outcome, 6)),
        slow=True,
    )
add(
    "completionreport",
    "broken_gpkg",
    certificate(lambda env: f"{truncated_database(env)}|layername=hazard"),
    Refused("HAZARDS", (), BROKEN_FILE),
)

# exportimsma ----------------------------------------------------------------------------------


def export(hazards, **extra):
    def params(env):
        return {
            "HAZARDS": hazards(env) if callable(hazards) else hazards,
            "OUTPUT": env.path("imsma"),
            **extra,
        }

    return params


def earlier_export(hazards, **extra):
    """An earlier, good export in the OUTPUT folder: a failed one must leave it as it was."""

    def params(env):
        import processing

        folder = env.path("imsma")
        processing.run("landrelease:exportimsma", {"HAZARDS": bi.hazards(), "OUTPUT": folder})
        env.made["before"] = _files(folder)
        return {
            "HAZARDS": hazards(env),
            "OUTPUT": folder,
            **{k: v(env) if callable(v) else v for k, v in extra.items()},
        }

    return params


def _files(folder) -> dict:
    return {p.name: p.read_bytes() for p in Path(folder).iterdir()}


def unchanged(env):
    folder = env.path("imsma")
    now = _files(folder)
    assert now == env.made["before"], sorted(now)
    leftovers = [p.name for p in env.folder.iterdir() if p.name not in ("imsma", "imsma.gpkg")]
    assert not leftovers, leftovers


def _export_with_id(imsma_id, lists=1):
    def check(outcome):
        export_h1(outcome)
        assert imsma_id in exported_ids(outcome)
        assert imsma_id in point_lists(outcome)

    return check


def _export_without_geometry(outcome):
    export_h1(outcome)
    features = {f["properties"]["imsma_id"]: f for f in exported(outcome)["features"]}
    assert features["H2"]["geometry"] is None
    assert "H2" not in point_lists(outcome)


def _export_multipart(outcome):
    lists = export_h1(outcome)
    assert len(lists["H2"]) == 4 and len(lists["H2#2"]) == 4, sorted(lists)


def _export_corner(outcome):
    """H1's point 1, its north-west corner, where UTM puts it (1e-7° = 1 cm)."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY

    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem(UTM),
        QgsCoordinateReferenceSystem(WGS84),
        QgsProject.instance(),
    )
    corner = transform.transform(QgsPointXY(bi.X0, bi.Y0 + 100))
    first = export_h1(outcome)["H1"][0]
    approx(float(first["latitude"]), corner.y(), 0, 1e-7)
    approx(float(first["longitude"]), corner.x(), 0, 1e-7)


add(
    "exportimsma",
    "empty_layer",
    export(lambda env: bi.hazards(first=False)),
    Refused("HAZARDS", (), (), nothing_at("imsma")),
)
for family in ("null_geometry", "empty_geometry"):
    add(
        "exportimsma",
        family,
        export(lambda env, f=family: bi.hazards(h2(POLYGON_FAMILIES[f]))),
        Handled(_export_without_geometry, ("H2",)),
    )
for family, says in (
    ("nan", NOT_A_NUMBER),
    ("inf", INFINITE),
    ("invalid", ("Self-intersection",)),
    ("zero_area", ()),
):
    add(
        "exportimsma",
        family,
        earlier_export(lambda env, f=family: bi.hazards(h2(POLYGON_FAMILIES[f]))),
        Refused("HAZARDS", ("H2",), says, unchanged),
    )
add("exportimsma", "wrong_type", export(point_layer), Refused("HAZARDS"))


def _survey_points(shape):
    return lambda env: bi.layer(
        "Point",
        [(shape, {"owner_id": "H1", "point_type": "turning", "seq": 1})],
        {"owner_id": str, "point_type": str, "seq": int},
        name="survey_point",
    )


add(
    "exportimsma",
    "nan_point",  # a NaN survey point was skipped as "without geometry"
    earlier_export(lambda env: bi.hazards(), POINTS=_survey_points(bi.point_with(NAN))),
    Refused("POINTS", ("feature 1 of H1",), ("NaN",), unchanged),
)
for family, crs in (
    ("crs_geographic", WGS84),
    ("crs_far_projected", MERCATOR),
    ("crs_pulkovo_gk", PULKOVO_GK8),
):
    add(
        "exportimsma",
        family,
        export(lambda env, crs=crs: bi.hazards(crs=crs)),
        Handled(_export_corner),
    )
add(
    "exportimsma",
    "multipart",
    export(lambda env: bi.hazards(h2(MULTI))),
    Handled(_export_multipart),
)
add(
    "exportimsma",
    "far",
    export(lambda env: bi.hazards(h2(FAR))),
    Handled(_export_with_id("H2"), ("H2", *OUTSIDE)),
)
# Ids importimsma could not read back (export then import gives the same ids).
add(
    "exportimsma",
    "long_id",
    earlier_export(lambda env: bi.hazards(bi.hazard(box(200, 0), LONG_TEXT))),
    Refused("HAZARDS", ("feature 2",), ("100 characters",), unchanged),
)
add(
    "exportimsma",
    "hostile_id",
    earlier_export(lambda env: bi.hazards(bi.hazard(box(200, 0), HOSTILE))),
    Refused("HAZARDS", ("feature 2",), ("control character",), unchanged),
)
add(
    "exportimsma",
    "quoted_id",  # quotes, a semicolon and an emoji are text like any other
    export(lambda env: bi.hazards(bi.hazard(box(200, 0), QUOTED))),
    Handled(_export_with_id(QUOTED)),
)
add(
    "exportimsma",
    "surrogate_id",
    earlier_export(lambda env: bi.hazards(bi.hazard(box(200, 0), SURROGATE))),
    Refused("HAZARDS", ("feature 2", "hazard_id"), ("surrogate",), unchanged),
)
add(
    "exportimsma",
    "missing_folder",
    lambda env: {"HAZARDS": bi.hazards(), "OUTPUT": env.path("new/sub/imsma")},
    Handled(export_h1),
)
add(
    "exportimsma",
    "output_is_a_file",
    lambda env: {
        "HAZARDS": bi.hazards(),
        "OUTPUT": bi.write_csv(env.path("imsma.csv"), [["a"]]),
    },
    Refused("OUTPUT"),
)
add(
    "exportimsma",
    "broken_gpkg",
    export(lambda env: f"{truncated_database(env)}|layername=hazard"),
    Refused("HAZARDS", (), BROKEN_FILE),
)

# delineatesha ---------------------------------------------------------------------------------


def sha(line, **extra):
    def params(env):
        return {
            "LINE": line(env) if callable(line) else line,
            "DEPTH_LEFT": 100.0,
            "DEPTH_RIGHT": 100.0,
            "MIN_AREA": 0.0,
            "OUTPUT": "memory:",
            **extra,
        }

    return params


LINE_FAMILIES = {
    "null_geometry": None,
    "empty_geometry": "LINESTRING EMPTY",
    "zero_length": f"LINESTRING({bi.X0} {bi.Y0 + 2000}, {bi.X0} {bi.Y0 + 2000})",
}


BACK_AND_FORTH = f"LINESTRING({bi.X0} {bi.Y0}, {bi.X0 + 1000} {bi.Y0}, {bi.X0 + 500} {bi.Y0})"


def _sha_total(area_m2, count=None, rel=1e-3):
    def check(outcome):
        found = belts(outcome)
        if count is not None:
            assert len(found) == count, len(found)
        approx(sum(b["estimated_area_m2"] for b in found), area_m2, rel, 1.0)

    return check


add("delineatesha", "empty_layer", sha(lambda env: bi.lines(first=False)), Refused("LINE"))
for family, shape in LINE_FAMILIES.items():
    add(
        "delineatesha",
        family,
        sha(lambda env, shape=shape: bi.lines((shape, {"name": "LOC-2"}))),
        Handled(belt_area, ("feature 2",)),
    )
for family, bad, says in (("nan", NAN, NOT_A_NUMBER), ("inf", INF, INFINITE)):
    add(
        "delineatesha",
        family,
        sha(lambda env, bad=bad: bi.lines((bi.line_with(bad), {"name": "LOC-2"}))),
        Refused("LINE", ("feature 2",), says),
    )
add(
    "delineatesha",
    "wrong_type",
    sha(lambda env: bi.hazards()),
    Refused("LINE"),
)
for family, crs in (
    ("crs_geographic", WGS84),
    ("crs_far_projected", MERCATOR),
    ("crs_pulkovo_gk", PULKOVO_GK8),
):
    add("delineatesha", family, sha(lambda env, crs=crs: bi.lines(crs=crs)), Handled(belt_area))
add(
    "delineatesha",
    "multipart",
    sha(
        lambda env: bi.lines(
            (
                f"MULTILINESTRING(({bi.X0} {bi.Y0 + 2000}, {bi.X0 + 1000} {bi.Y0 + 2000}), "
                f"({bi.X0} {bi.Y0 + 4000}, {bi.X0 + 1000} {bi.Y0 + 4000}))",
                {"name": "LOC-2"},
            )
        )
    ),
    Handled(_sha_total(600_000.0)),
)
add(
    "delineatesha",
    "invalid",  # a line that runs back over itself: the same belt
    sha(lambda env: bi.layer("LineString", [(BACK_AND_FORTH, {"name": "LOC-1"})], {"name": str})),
    Handled(_sha_total(200_000.0, 1)),
)
add(
    "delineatesha",
    "far",
    sha(
        lambda env: bi.lines(
            (
                f"LINESTRING({bi.X0 + FAR_DX} {bi.Y0}, {bi.X0 + FAR_DX + 1000} {bi.Y0})",
                {"name": "LOC-2"},
            )
        )
    ),
    Handled(_sha_total(400_000.0, None, 2e-2), ("feature 2", *OUTSIDE)),
)
for family, text in (
    ("long_prefix", LONG_TEXT),
    ("surrogate_prefix", SURROGATE),
    ("hostile_prefix", HOSTILE),
    ("prefix_too_long_for_the_field", "SHA-" + "X" * 40),
):
    add(
        "delineatesha",
        family,
        sha(lambda env: bi.lines(), ID_PREFIX=text),
        Refused("ID_PREFIX"),
    )


def _depth_layer(value):
    return bi.layer(
        "LineString", [(bi.LINE, {"name": "LOC-1", "depth": value})], {"name": str, "depth": float}
    )


for family, value in (("nan_depth", NAN), ("negative_depth", -50.0), ("inf_depth", INF)):
    add(
        "delineatesha",
        family,
        sha(lambda env, value=value: _depth_layer(value), DEPTH_LEFT_FIELD="depth"),
        Refused("DEPTH_LEFT_FIELD", ("feature 1",)),
    )
add(
    "delineatesha",
    "text_depth_field",
    sha(lambda env: bi.lines(), DEPTH_LEFT_FIELD="name"),
    Refused("DEPTH_LEFT_FIELD"),
)
add(
    "delineatesha",
    "broken_gpkg",
    sha(lambda env: f"{truncated_database(env)}|layername=line_of_contact"),
    Refused("LINE", (), BROKEN_FILE),
)

# delineatecha ---------------------------------------------------------------------------------


def cha(evidence, **extra):
    def params(env):
        return {
            "EVIDENCE": evidence(env) if callable(evidence) else evidence,
            "CLUSTER_DISTANCE": 100.0,
            "MARGIN": 10.0,
            "OUTPUT": "memory:",
            "OUTPUT_POINTS": "memory:",
            **{k: v(env) if callable(v) else v for k, v in extra.items()},
        }

    return params


def _cha_margin(crs, margin_m=10.0):
    """One CHA holding E1 to E3, each at least ``margin_m`` ground metres inside it."""

    def check(outcome):
        from qgis.core import (
            QgsCoordinateReferenceSystem,
            QgsCoordinateTransform,
        )

        (found,) = chas(outcome)
        geometry = QgsGeometry(found["geometry"])
        transform = QgsCoordinateTransform(
            QgsCoordinateReferenceSystem(crs),
            QgsCoordinateReferenceSystem(UTM),
            QgsProject.instance(),
        )
        geometry.transform(transform)
        boundary = QgsGeometry(geometry.constGet().boundary())
        for shape, _values in bi.GOOD_EVIDENCE:
            point = QgsGeometry.fromWkt(shape)
            assert geometry.contains(point), shape
            assert boundary.distance(point) >= margin_m * 0.999, boundary.distance(point)

    return check


add("delineatecha", "empty_layer", cha(lambda env: bi.evidence(first=False)), Refused("EVIDENCE"))
for family, shape in (("null_geometry", None), ("empty_geometry", "POINT EMPTY")):
    add(
        "delineatecha",
        family,
        cha(lambda env, shape=shape: bi.evidence(bi.evidence_row(shape, "E4"))),
        Handled(cha_one, ("E4",)),
    )
for family, bad, says in (("nan", NAN, NOT_A_NUMBER), ("inf", INF, INFINITE)):
    add(
        "delineatecha",
        family,
        cha(lambda env, bad=bad: bi.evidence(bi.evidence_row(bi.point_with(bad), "E4"))),
        Refused("EVIDENCE", ("E4",), says),
    )
add("delineatecha", "wrong_type", cha(lambda env: bi.hazards()), Refused("EVIDENCE"))
for family, crs in (
    ("crs_geographic", WGS84),
    ("crs_far_projected", MERCATOR),
    ("crs_pulkovo_gk", PULKOVO_GK8),
):
    add(
        "delineatecha",
        family,
        cha(lambda env, crs=crs: bi.evidence(crs=crs)),
        Handled(_cha_margin(crs)),
    )


def _multipoint_evidence(env):
    rows = [
        bi.evidence_row(f"MULTIPOINT({bi.X0} {bi.Y0}, {bi.X0 + 40} {bi.Y0})", "E1"),
        bi.evidence_row(f"MULTIPOINT({bi.X0 + 20} {bi.Y0 + 30}, {bi.X0 + 20} {bi.Y0 + 60})", "E2"),
    ]
    return bi.layer("MultiPoint", rows, bi.EVIDENCE_FIELDS, name="evidence")


def _cha_multipoint(outcome):
    (found,) = chas(outcome)
    assert found["evidence_direct"] == 4, found["evidence_direct"]
    for x, y in ((0, 0), (40, 0), (20, 30), (20, 60)):
        assert found["geometry"].contains(QgsGeometry.fromWkt(bi.point(x, y))), (x, y)


add("delineatecha", "multipart", cha(_multipoint_evidence), Handled(_cha_multipoint))


def _bowtie_minefield(outcome):
    """E1 to E3 make one CHA; the self-intersecting minefield one CHA per loop."""
    areas = sorted(c["estimated_area_m2"] for c in chas(outcome))
    assert len(areas) == 3, areas
    approx(areas[1], ellipsoidal(box(1000, 0)) / 4, 1e-3)
    approx(areas[2], ellipsoidal(box(1000, 0)) / 4, 1e-3)


add(
    "delineatecha",
    "invalid",
    cha(
        lambda env: bi.evidence(),
        MINEFIELDS=lambda env: bi.layer(
            "Polygon", [(bi.bowtie(1000, 0), {"name": "MF-1"})], {"name": str}
        ),
    ),
    Handled(_bowtie_minefield, ("MINEFIELDS", "feature 1")),
)


def _two_chas(outcome):
    assert len(chas(outcome)) == 2, len(chas(outcome))


add(
    "delineatecha",
    "far",
    cha(lambda env: bi.evidence(bi.evidence_row(bi.point(FAR_DX, 0), "E4"))),
    Handled(_two_chas, ("E4", *OUTSIDE)),
)
add(
    "delineatecha",
    "zero_area",  # one point, no margin: a CHA without area
    cha(
        lambda env: bi.layer("Point", [bi.evidence_row(bi.point(0, 0), "E1")], bi.EVIDENCE_FIELDS),
        MARGIN=0.0,
    ),
    Refused("MARGIN", ("E1",)),
)
for family, text in HOSTILE_IDS.items():
    add(
        "delineatecha",
        family,
        cha(lambda env, text=text: bi.evidence(bi.evidence_row(bi.point(10, 10), text))),
        Handled(lambda o: cha_one(o, 4)),
    )
add(
    "delineatecha",
    "hostile_type",
    cha(lambda env: bi.evidence(bi.evidence_row(bi.point(10, 10), "E4", HOSTILE))),
    Handled(cha_one, ("unknown evidence type",)),
)
for family, text in (
    ("long_prefix", LONG_TEXT),
    ("surrogate_prefix", SURROGATE),
    ("hostile_prefix", HOSTILE),
    ("prefix_too_long_for_the_field", "CHA-" + "X" * 40),
):
    add(
        "delineatecha", family, cha(lambda env: bi.evidence(), ID_PREFIX=text), Refused("ID_PREFIX")
    )
add(
    "delineatecha",
    "broken_gpkg",
    cha(lambda env: f"{truncated_database(env)}|layername=evidence"),
    Refused("EVIDENCE", (), BROKEN_FILE),
)

# traverse -------------------------------------------------------------------------------------


def traverse(start_rows=None, legs=None, **extra):
    """MR-1 (its start point 50 m south of the square) and MR-2, with ``start_rows`` for MR-2."""

    def params(env):
        rows = [bi.start_row(bi.point(0, -50), "MR-1")]
        rows += list(start_rows(env)) if start_rows is not None else []
        return {
            "LEGS": legs(env) if legs is not None else bi.legs("MR-1", "MR-2"),
            "START": bi.starts(*rows),
            "OUTPUT": "memory:",
            "OUTPUT_POINTS": "memory:",
            **extra,
        }

    return params


def _mr2_refused_as(record_id):
    def check(outcome):
        record_ok(outcome)
        assert set(records(outcome)) == {"MR-1"}, [r[:20] for r in records(outcome)]

    return check


def _mr2_refused(outcome):
    record_ok(outcome)
    assert "MR-2" not in records(outcome)


def _traverse_crs(crs):
    def params(env):
        return {
            "LEGS": bi.legs("MR-1"),
            "START": bi.starts(bi.start_row(bi.point(0, -50), "MR-1"), crs=crs),
            "OUTPUT": "memory:",
        }

    return params


add(
    "traverse",
    "empty_layer",
    lambda env: {"LEGS": bi.legs(), "START": bi.starts(), "OUTPUT": "memory:"},
    Refused("LEGS"),
)
for family, shape in (
    ("null_geometry", None),
    ("empty_geometry", "POINT EMPTY"),
    ("nan", bi.point_with(NAN)),
    ("inf", bi.point_with(INF)),
    ("multipart", f"MULTIPOINT({bi.X0} {bi.Y0}, {bi.X0 + 500} {bi.Y0})"),
):
    add(
        "traverse",
        family,
        traverse(lambda env, shape=shape: [bi.start_row(shape, "MR-2")]),
        Handled(_mr2_refused, ("MR-2",)),
    )
add(
    "traverse",
    "wrong_type",
    lambda env: {"LEGS": bi.legs("MR-1"), "START": bi.hazards(), "OUTPUT": "memory:"},
    Refused("START"),
)
for family, crs in (
    ("crs_geographic", WGS84),
    ("crs_far_projected", MERCATOR),
    ("crs_pulkovo_gk", PULKOVO_GK8),
):
    add("traverse", family, _traverse_crs(crs), Handled(record_ok))


def _crossing_legs(env):
    rows = [
        (None, {"record_id": "MR-2", "seq": s, "point_type": t, "bearing": b, "distance_m": d})
        for s, t, b, d in (
            (1, "start", 0.0, 50.0),
            (2, "turning", 90.0, 100.0),
            (3, "turning", 225.0, 141.4213562),
            (4, "turning", 90.0, 100.0),
            (5, "end", 315.0, 141.4213562),
        )
    ]
    return bi.legs("MR-1", extra=rows)


def _flat_legs(env):
    rows = [
        (None, {"record_id": "MR-2", "seq": s, "point_type": t, "bearing": b, "distance_m": d})
        for s, t, b, d in (
            (1, "start", 0.0, 50.0),
            (2, "turning", 90.0, 100.0),
            (3, "end", 270.0, 100.0),
        )
    ]
    return bi.legs("MR-1", extra=rows)


def _mr2_flagged(outcome):
    record_ok(outcome)
    assert "MR-2" in records(outcome) or "MR-2" in outcome.text


add(
    "traverse",
    "invalid",
    traverse(lambda env: [bi.start_row(bi.point(1000, -50), "MR-2")], legs=_crossing_legs),
    Handled(_mr2_flagged, ("MR-2", "crosses itself")),
)
add(
    "traverse",
    "zero_area",
    traverse(lambda env: [bi.start_row(bi.point(1000, -50), "MR-2")], legs=_flat_legs),
    Handled(_mr2_flagged, ("MR-2",)),
)


def _mr2_outside(outcome):
    record_ok(outcome)
    assert records(outcome)["MR-2"]["outside_area"] in (True, 1, "true")


add(
    "traverse",
    "far",
    traverse(lambda env: [bi.start_row(bi.point(FAR_DX, 0), "MR-2")]),
    Handled(_mr2_outside, ("MR-2", *OUTSIDE)),
)
for family, text in HOSTILE_IDS.items():

    def _hostile(env, text=text):
        rows = [(s, {**v, "record_id": text}) for s, v in bi.square_legs("X")]
        return bi.legs("MR-1", extra=rows)

    if family == "long_id":  # longer than the 50 characters of record_id: refused by id
        expect = Handled(_mr2_refused_as(text), ("record_id holds 50",))
    else:
        expect = Handled(lambda o, text=text: record_ok(o) and record_ok(o, text))
    add(
        "traverse",
        family,
        traverse(lambda env, text=text: [bi.start_row(bi.point(1000, -50), text)], legs=_hostile),
        expect,
    )
for family, day in (
    ("date_2031", "2031-01-01"),
    ("date_1899", "1899-12-31"),
    ("date_text", "abc"),
    ("date_31_february", "31.02.2020"),
):
    add(
        "traverse",
        family,
        traverse(lambda env, day=day: [bi.start_row(bi.point(1000, -50), "MR-2", day)], NORTH=2),
        Handled(_mr2_refused, ("MR-2",)),
    )
add(
    "traverse",
    "semicolon_csv",
    lambda env: {
        "LEGS": bi.write_csv(
            env.path("legs.csv"),
            [list(bi.LEG_FIELDS)]
            + [
                [v["record_id"], v["seq"], v["point_type"], v["bearing"], v["distance_m"]]
                for _s, v in bi.square_legs("MR-1")
            ],
            delimiter=";",
        ),
        "START": bi.starts(bi.start_row(bi.point(0, -50), "MR-1")),
        "OUTPUT": "memory:",
    },
    Handled(record_ok),  # OGR reads a semicolon CSV as such
)
add(
    "traverse",
    "non_utf8_csv",  # record ids in Windows-1251: read as U+FFFD, refused, not "no legs"
    lambda env: {
        "LEGS": bi.write_csv(
            env.path("legs.csv"),
            [list(bi.LEG_FIELDS)]
            + [
                ["МП-1", v["seq"], v["point_type"], v["bearing"], v["distance_m"]]
                for _s, v in bi.square_legs("x")
            ],
            encoding="cp1251",
        ),
        "START": bi.starts(bi.start_row(bi.point(0, -50), "МП-1")),
        "OUTPUT": "memory:",
    },
    Refused("LEGS", (), ("UTF-8",)),
)
add(
    "traverse",
    "broken_gpkg",
    lambda env: {
        "LEGS": f"{truncated_database(env)}|layername=traverse_leg",
        "START": bi.starts(bi.start_row(bi.point(0, -50), "MR-1")),
        "OUTPUT": "memory:",
    },
    Refused("LEGS", (), BROKEN_FILE),
)

# createdatabase -------------------------------------------------------------------------------


def created(crs):
    def check(outcome):
        from qgis.core import QgsVectorLayer

        path = outcome.result["OUTPUT"]
        hazard_layer = QgsVectorLayer(f"{path}|layername=hazard", "hazard", "ogr")
        assert hazard_layer.isValid() and hazard_layer.crs().authid() == crs

    return check


def database_params(name, crs=UTM):
    return lambda env: {"OUTPUT": env.path(name), "CRS": crs}


add(
    "createdatabase",
    "missing_folder",
    database_params("new/sub/landrelease.gpkg"),
    Refused("OUTPUT", (), ("new/sub",)),
)
add(
    "createdatabase",
    "broken_gpkg",  # a truncated file is never overwritten
    lambda env: {"OUTPUT": truncated_database(env), "CRS": UTM},
    Refused("OUTPUT", ("truncated.gpkg",)),
)
add(
    "createdatabase",
    "hostile_path",
    database_params("d'b\"; --💣 Ağdam.gpkg"),
    Handled(created(UTM)),
)
add(
    "createdatabase",
    "crs_geographic",
    database_params("geo.gpkg", WGS84),
    Handled(created(WGS84), ("geographic",)),
)
add(
    "createdatabase",
    "crs_far_projected",
    database_params("mercator.gpkg", MERCATOR),
    Handled(created(MERCATOR), ("EPSG:3857",)),
)
add(
    "createdatabase",
    "crs_pulkovo_gk",
    database_params("gk.gpkg", PULKOVO_GK8),
    Handled(created(PULKOVO_GK8)),
)
add("createdatabase", "empty_output", lambda env: {"OUTPUT": "", "CRS": UTM}, Refused("OUTPUT"))

# checkdata (other helpers fix it: failing rows are marked xfail with the reason) ---------------

CHECKDATA = "checkdata is another helper's (issue 15 part 4): "


def check_params(hazards, releases=None):
    def params(env):
        built = {"HAZARDS": hazards(env), "OUTPUT": "memory:"}
        if releases is not None:
            built["RELEASES"] = releases(env)
        return built

    return params


def _finds(feature_id, *codes):
    return lambda outcome: finding(outcome, feature_id, *codes)


def _named_in(outcome, code, name):
    """A finding ``code`` that names ``name`` (its feature_id, or in its message)."""
    found = [f for f in findings(outcome) if f["code"] == code]
    assert any(name == f["feature_id"] or name in f["message"] for f in found), [
        (f["feature_id"][:20], f["message"][:80]) for f in found
    ]


def _no_errors(outcome):
    errors = [f for f in findings(outcome) if f["severity"] == "error"]
    assert not errors, [(f["code"], f["feature_id"]) for f in errors]


add(
    "checkdata",
    "empty_layer",
    check_params(lambda env: bi.hazards(first=False)),
    Handled(_no_errors),
)
for family, codes in (
    ("null_geometry", ("invalid_geometry", "too_few_vertices", "empty_geometry", "no_geometry")),
    ("empty_geometry", ("invalid_geometry", "too_few_vertices", "empty_geometry", "no_geometry")),
    ("nan", ("invalid_geometry",)),
    ("inf", ("invalid_geometry",)),
    ("invalid", ("invalid_geometry",)),
    ("zero_area", ("invalid_geometry", "too_few_vertices")),
    ("multipart", ("multipart",)),
    ("far", ("outside_area",)),
):
    add(
        "checkdata",
        family,
        check_params(lambda env, f=family: bi.hazards(h2(POLYGON_FAMILIES[f]))),
        Handled(_finds("H2", *codes)),
    )
add("checkdata", "wrong_type", check_params(point_layer), Refused("HAZARDS"))
for family, crs in (
    ("crs_geographic", WGS84),
    ("crs_far_projected", MERCATOR),
    ("crs_pulkovo_gk", PULKOVO_GK8),
):
    add(
        "checkdata",
        family,
        check_params(lambda env, crs=crs: bi.hazards(crs=crs)),
        Handled(_no_errors),
    )
for family, text in HOSTILE_IDS.items():
    add(
        "checkdata",
        family,
        check_params(lambda env, text=text: bi.hazards(bi.hazard(box(50, 0), text))),
        Handled(lambda o, text=text: _named_in(o, "overlap", text)),
    )
for family, day in (
    ("date_2031", "2031-01-01"),
    ("date_1899", "1899-12-31"),
    ("date_text", "abc"),
    ("date_31_february", "31.02.2020"),
):
    add(
        "checkdata",
        family,
        check_params(lambda env, day=day: bi.hazards(h2(box(200, 0), recorded_on=day))),
        Handled(_finds("H2", "bad_date")),
    )
add(
    "checkdata",
    "bad_outcome",
    check_params(lambda env: bi.hazards(), lambda env: bi.releases(r2(EAST, outcome="destroyed"))),
    Handled(_finds("R2", "bad_code")),
)
add(
    "checkdata",
    "broken_gpkg",
    check_params(lambda env: f"{truncated_database(env)}|layername=hazard"),
    Refused("HAZARDS", (), BROKEN_FILE),
)

# importimsma (another helper's: failing rows are marked xfail with the reason) ----------------


def exchange_folder(env, corrupt=None) -> str:
    """A folder written by exportimsma from H1 and R1, then ``corrupt(folder)``."""
    import processing

    folder = env.path("exchange")
    processing.run(
        "landrelease:exportimsma",
        {"HAZARDS": bi.hazards(), "RELEASES": bi.releases(), "OUTPUT": folder},
    )
    if corrupt is not None:
        corrupt(folder)
    return folder


def imported(corrupt=None):
    def params(env):
        return {
            "INPUT": exchange_folder(env, corrupt),
            "OUTPUT_HAZARDS": "memory:",
            "OUTPUT_RELEASES": "memory:",
        }

    return params


def _rewrite_csv(delimiter=",", encoding="utf-8", edit=None, name="hazard_points.csv"):
    def corrupt(folder):
        path = os.path.join(folder, name)
        with open(path, encoding="utf-8", newline="") as stream:
            rows = list(csv.reader(stream))
        if edit is not None:
            rows = edit(rows)
        bi.write_csv(path, rows, delimiter, encoding)

    return corrupt


def _swap_lat_lon(rows):
    header = rows[0]
    lat, lon = header.index("latitude"), header.index("longitude")
    header[lat], header[lon] = header[lon], header[lat]
    return rows


def _nan_latitude(rows):
    rows[2][rows[0].index("latitude")] = "nan"
    return rows


def _far_points(rows):
    k = rows[0].index("longitude")
    for row in rows[1:]:
        row[k] = str(float(row[k]) + 20.0)
    return rows


def _cp1251_id(rows):
    k = rows[0].index("imsma_id")
    for row in rows[1:]:
        if row[k] == "H1":
            row[k] = "Ш1"
    return rows


def _truncate(name):
    def corrupt(folder):
        path = os.path.join(folder, name)
        data = Path(path).read_bytes()
        Path(path).write_bytes(data[: len(data) // 2])

    return corrupt


def _hazards_in(outcome):
    return bi.by(bi.features(outcome.result["OUTPUT_HAZARDS"]), "hazard_id")


def _imported_h1(outcome):
    h1 = _hazards_in(outcome)["H1"]
    approx(ellipsoidal(h1["geometry"], WGS84), ellipsoidal(H1), 1e-6)


IMPORT = "importimsma is another helper's (issue 15 parts 2-3): "
add(
    "importimsma",
    "empty_folder",
    lambda env: {
        "INPUT": str(env.folder),
        "OUTPUT_HAZARDS": "memory:",
        "OUTPUT_RELEASES": "memory:",
    },
    Refused("INPUT", ("hazards.geojson",)),
)
add(
    "importimsma",
    "missing_folder",
    lambda env: {
        "INPUT": env.path("nowhere"),
        "OUTPUT_HAZARDS": "memory:",
        "OUTPUT_RELEASES": "memory:",
    },
    Refused("INPUT"),
)
add(
    "importimsma",
    "semicolon_csv",
    imported(_rewrite_csv(delimiter=";")),  # read as written (or refused by name)
    Handled(_imported_h1),
)
add(
    "importimsma",
    "non_utf8_csv",
    imported(_rewrite_csv(encoding="cp1251", edit=_cp1251_id)),
    Refused("INPUT", ("hazard_points.csv",), ("UTF-8",)),
)
add(
    "importimsma",
    "broken_geojson",
    imported(_truncate("hazards.geojson")),
    Refused("INPUT", ("hazards.geojson",)),
)
add(
    "importimsma",
    "nan",
    imported(_rewrite_csv(edit=_nan_latitude)),
    Refused("INPUT", ("H1",), NOT_A_NUMBER),
)
add(
    "importimsma",
    "swapped_lat_lon",
    imported(_rewrite_csv(edit=_swap_lat_lon)),
    Refused("INPUT", ("hazard_points.csv",), ("swapped",)),
)
add(
    "importimsma",
    "far",
    imported(_rewrite_csv(edit=_far_points)),
    Refused("INPUT", ("H1",), ("GeoJSON",)),
)
add("importimsma", "good", imported(), Handled(_imported_h1))


def _exchange_with(hazard_id):
    """The exchange folder of H1 and R1 with H1 renamed ``hazard_id`` (as another program
    might write it: exportimsma refuses such ids)."""

    def params(env):
        folder = exchange_folder(env)
        bi.rename_in_exchange(folder, "H1", hazard_id)
        return {"INPUT": folder, "OUTPUT_HAZARDS": "memory:", "OUTPUT_RELEASES": "memory:"}

    return params


add(
    "importimsma",
    "quoted_id",
    _exchange_with(QUOTED),
    Handled(lambda o: _hazards_in(o)[QUOTED]),
)
add(
    "importimsma",
    "hostile_id",
    _exchange_with(HOSTILE),
    Refused("INPUT", ("hazards.geojson",), ("control character",)),
)
add(
    "importimsma",
    "long_id",
    _exchange_with(LONG_TEXT),
    Refused("INPUT", ("hazards.geojson",), ("100 characters",)),
)


# syncfield ------------------------------------------------------------------------------------


def package_sync(prepare=None, database: bool = True):
    """A field package of H1 made from a new office GeoPackage, ``prepare(env, folder)`` done
    to it, synced back (DATABASE left out unless ``database``)."""

    def params(env):
        office, folder = bi.office_with_package(env)
        if prepare is not None:
            prepare(env, folder)
        env.made["office_rows"] = bi.office_rows(office)
        given = {"INPUT": str(folder), "OUTPUT_REPORT": env.path("sync.csv")}
        return {**given, "DATABASE": office} if database else given

    return params


def _no_manifest(env, folder):
    (folder / "manifest.json").unlink()


def _truncated_field(env, folder):
    field = folder / "field.gpkg"
    field.write_bytes(field.read_bytes()[:8192])


def _base_changed(env, folder):
    base = folder / ".landrelease" / "base.gpkg"
    base.write_bytes(base.read_bytes() + b"\0")


def _outside_release(env, folder):
    values = {"release_id": "R9", "hazard_id": "H1", "activity": "clearance",
              "outcome": "cleared", "end_date": "2024-06-02"}  # fmt: skip
    bi.field_edit(folder, "land_release", [(box(3000, 0, 20), values)])


def _end_before_start(env, folder):
    bi.field_edit(
        folder, "land_release", changes={"\"release_id\" = 'R1'": {"end_date": "2024-01-01"}}
    )


def _other_database(env):
    _office, folder = bi.office_with_package(env)
    other = bi.database(env, "other.gpkg")
    env.made["office"] = other
    env.made["office_rows"] = bi.office_rows(other)
    return {"INPUT": str(folder), "DATABASE": other, "OUTPUT_REPORT": env.path("sync.csv")}


add(
    "syncfield",
    "no_manifest",
    package_sync(_no_manifest),
    Refused("INPUT", ("manifest.json",), (), bi.office_unchanged),
)
add(
    "syncfield",
    "truncated_gpkg",
    package_sync(_truncated_field),
    Refused("INPUT", ("field.gpkg",), ("truncated",), bi.office_unchanged),
)
add(
    "syncfield",
    "base_hash",
    package_sync(_base_changed),
    Refused("INPUT", ("base.gpkg",), ("sha256",), bi.office_unchanged),
)
add(
    "syncfield",
    "other_database",
    _other_database,
    Refused(
        "INPUT", ("office.gpkg", "other.gpkg"), ("database it came from",), bi.office_unchanged
    ),
)
add(
    "syncfield",
    "release_outside_hazard",
    package_sync(_outside_release),
    Refused("INPUT", ("R9",), ("outside the hazard", "nothing was synced"), bi.office_unchanged),
)
add(
    "syncfield",
    "end_before_start",
    package_sync(_end_before_start),
    Refused("INPUT", ("R1", "2024-01-01"), ("before the start date",), bi.office_unchanged),
)
add(
    "syncfield",
    "no_database",
    package_sync(database=False),
    Refused("DATABASE", (), (), bi.office_unchanged),
)
add(
    "syncfield",
    "not_a_folder",
    lambda env: {
        "INPUT": env.path("nowhere"),
        "DATABASE": bi.database(env),
        "OUTPUT_REPORT": env.path("sync.csv"),
    },  # fmt: skip
    Refused("INPUT", ("nowhere",)),
)


# --- the test ----------------------------------------------------------------------------------

# Rows that fail today in files other helpers are fixing (their id -> the reason); they flip
# these to passing and remove them from here.
XFAIL: dict[str, str] = {}


def _param(case: Case):
    marks = []
    reason = case.xfail or XFAIL.get(case.id)
    if reason:
        marks.append(pytest.mark.xfail(strict=True, reason=reason))
    return pytest.param(case, id=case.id, marks=marks)


def test_every_algorithm_of_the_provider_has_rows(provider):
    """A new algorithm joins the catalogue by adding its rows."""
    ids = {a.name() for a in provider.algorithms()}
    assert ids == {c.algorithm for c in CASES}, ids ^ {c.algorithm for c in CASES}


def test_case_ids_are_unique():
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})


def qgis_holds_a_lone_surrogate() -> bool:
    """Whether a QGIS feature can hold an unpaired surrogate at all (QGIS 3.22's bindings
    pass it through; 3.40's refuse or drop it, so such input cannot reach an algorithm)."""
    layer = bi.layer("Point", [(bi.point(0, 0), {"hazard_id": "H1"})], {"hazard_id": str})
    feature = next(layer.getFeatures())
    try:
        feature["hazard_id"] = SURROGATE
    except (SystemError, TypeError, ValueError):
        return False
    if not layer.dataProvider().changeAttributeValues({feature.id(): {0: SURROGATE}}):
        return False
    return next(layer.getFeatures())["hazard_id"] == SURROGATE


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_bad_input(case, provider, tmp_path, record_property):
    if case.family == "surrogate_id" and not qgis_holds_a_lone_surrogate():
        pytest.skip("this QGIS cannot hold a lone surrogate in a feature: no such input exists")
    verdict, why = judge(case, Env(tmp_path))
    record_property("verdict", verdict)
    record_property("algorithm", case.algorithm)
    assert verdict in ("clear", "handled"), f"{verdict}: {why}"
