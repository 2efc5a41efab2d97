"""processing/algorithm.py: what every land release algorithm gets from its base class: the
parameter table in order, the checks the dialog runs before a run (and a model's child run
without the dialog gets too), the main-thread flag, the core's refusals in the user's
language (by code, or by the template the core marked for translation)."""

from __future__ import annotations

import pytest
from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputDefinition,
    QgsProject,
)
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from landrelease.processing.algorithm import NO_THREADING, LandReleaseAlgorithm
from landrelease.processing.provider import ALGORITHMS

UTM = "EPSG:32638"
X0, Y0 = 640000.0, 4425000.0
LINE = f"LINESTRING({X0} {Y0}, {X0 + 1000} {Y0})"


def context():
    result = QgsProcessingContext()
    result.setProject(QgsProject.instance())
    return result


def algorithm(name):
    found = QgsApplication.processingRegistry().createAlgorithmById(f"landrelease:{name}")
    assert found is not None, name
    return found


@pytest.mark.parametrize("cls", ALGORITHMS, ids=lambda cls: cls.ID)
def test_the_parameters_are_the_table_in_its_order(provider, cls):
    instance = algorithm(cls.ID)
    table = instance.parameter_table()
    if not table:  # an algorithm that still adds its parameters itself
        pytest.skip(f"{cls.ID} has no parameter table")
    parameters = [d.name() for d in table if not isinstance(d, QgsProcessingOutputDefinition)]
    assert [d.name() for d in instance.parameterDefinitions()] == parameters
    outputs = {d.name() for d in table if isinstance(d, QgsProcessingOutputDefinition)}
    assert outputs <= {d.name() for d in instance.outputDefinitions()}


def test_the_dialog_check_refuses_a_wrong_layer_before_the_run(provider, make_layer):
    lines = make_layer("LineString", UTM, [(LINE, {"evidence_type": "visual_mine"})])
    ok, message = algorithm("delineatecha").checkParameterValues(
        {"EVIDENCE": lines, "OUTPUT": "memory:"}, context()
    )
    assert not ok
    assert message == "EVIDENCE must be a point layer."


def test_the_dialog_check_names_a_missing_field(provider, make_layer):
    points = make_layer("Point", UTM, [(f"POINT({X0} {Y0})", {"kind": "visual_mine"})])
    ok, message = algorithm("delineatecha").checkParameterValues(
        {"EVIDENCE": points, "TYPE_FIELD": "type", "OUTPUT": "memory:"}, context()
    )
    assert not ok
    assert message == "EVIDENCE has no field type: choose TYPE_FIELD."


def test_good_parameters_pass_the_dialog_check(provider, make_layer):
    points = make_layer("Point", UTM, [(f"POINT({X0} {Y0})", {"evidence_type": "visual_mine"})])
    ok, message = algorithm("delineatecha").checkParameterValues(
        {"EVIDENCE": points, "OUTPUT": "memory:"}, context()
    )
    assert (ok, message) == (True, "")


class Errors(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.errors: list[str] = []

    def reportError(self, error, fatalError=False):  # noqa: N802, N803
        self.errors.append(error)


def test_a_run_without_the_dialog_check_refuses_the_same(provider, make_layer):
    """A model's child algorithm, or alg.run(), skips checkParameterValues: the same check runs
    when the algorithm is prepared, and nothing is written."""
    lines = make_layer("LineString", UTM, [(LINE, {"evidence_type": "visual_mine"})])
    feedback = Errors()
    results, ok = algorithm("delineatecha").run(
        {"EVIDENCE": lines, "OUTPUT": "memory:"}, context(), feedback
    )
    assert (ok, results) == (False, {})
    assert "EVIDENCE must be a point layer." in feedback.errors


@pytest.mark.parametrize(
    ("name", "main_thread"),
    [("areareport", True), ("createdatabase", True), ("delineatecha", False)],
)
def test_main_thread_flag(provider, name, main_thread):
    flags = algorithm(name).flags()
    assert bool(flags & NO_THREADING) is main_thread


class CodedError(ValueError):
    """A core error as core/cha and core/sha raise them: code, values, English text."""

    def __init__(self, code, detail, **values):
        super().__init__(detail)
        self.code, self.values = code, values


def test_a_core_refusal_is_said_from_its_code_and_values():
    error = CodedError("not_positive", "CLUSTER_DISTANCE must be more than 0 metres, not 0.",
                       name="CLUSTER_DISTANCE", value=0.0)  # fmt: skip
    russian = {"not_positive": "{name} должно быть больше 0 метров, а не {value:g}."}
    refusal = LandReleaseAlgorithm.core_refusal(error, russian)
    assert str(refusal) == "CLUSTER_DISTANCE должно быть больше 0 метров, а не 0."


def test_a_core_refusal_may_be_said_by_a_function():
    error = CodedError("nothing_to_delineate", "EVIDENCE holds nothing.")
    refusal = LandReleaseAlgorithm.core_refusal(
        error, {"nothing_to_delineate": lambda: "EVIDENCE: {}".format("visual_mine")}
    )
    assert str(refusal) == "EVIDENCE: visual_mine"


@pytest.mark.parametrize(
    "messages",
    [
        {},  # a code no message is written for: a programming error, not the user's
        {"not_positive": "{name} > 0, {metres}"},  # a translation that lost a field
        {"not_positive": "{name} > 0, {value:d}"},  # or that cannot format the value
    ],
)
def test_a_core_refusal_without_a_message_shows_the_core_s_text(messages):
    error = CodedError("not_positive", "CLUSTER_DISTANCE must be more than 0 metres, not 0.5.",
                       name="CLUSTER_DISTANCE", value=0.5)  # fmt: skip
    refusal = LandReleaseAlgorithm.core_refusal(error, messages)
    assert str(refusal) == "CLUSTER_DISTANCE must be more than 0 metres, not 0.5."


class TemplateError(ValueError):
    """A core error as core/imsma (named values) and core/tasks (positional ones) raise them."""

    def __init__(self, template, *args, **values):
        super().__init__(template.format(*args, **values))
        self.template, self.args_, self.values = template, args, values


class Russian(QTranslator):
    """A translator that knows one string."""

    def __init__(self, context, source, translation):
        super().__init__()
        self.known = {(context, source): translation}

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.known.get((context, source))  # None: a null QString, not known

    def isEmpty(self):  # noqa: N802
        return False


def test_a_core_text_is_translated_in_the_core_s_context(qgis_app):
    template = "CELL_SIZE must be 0 or more metres, not {:g}."
    translator = Russian("LandReleaseTasks", template, "CELL_SIZE: не меньше 0 м, а не {:g}.")
    QCoreApplication.installTranslator(translator)
    try:
        text = LandReleaseAlgorithm.core_text(TemplateError(template, -5.0), "LandReleaseTasks")
        other = LandReleaseAlgorithm.core_text(TemplateError(template, -5.0), "OtherContext")
    finally:
        QCoreApplication.removeTranslator(translator)
    assert text == "CELL_SIZE: не меньше 0 м, а не -5."
    assert other == "CELL_SIZE must be 0 or more metres, not -5."


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (TemplateError("{id} is too long", id="H-1"), "H-1 is too long"),
        (TemplateError("{} cells", 12), "12 cells"),
        (TemplateError("No file"), "No file"),
        (ValueError("plain"), "plain"),
    ],
)
def test_a_core_text_in_english(error, expected):
    assert LandReleaseAlgorithm.core_text(error, "LandReleaseImsma") == expected


def test_a_core_text_whose_translation_lost_a_field_is_the_core_s(qgis_app):
    template = "{id} is too long"
    translator = Russian("LandReleaseImsma", template, "{ident} слишком длинный")
    QCoreApplication.installTranslator(translator)
    try:
        text = LandReleaseAlgorithm.core_text(TemplateError(template, id="H-1"), "LandReleaseImsma")
    finally:
        QCoreApplication.removeTranslator(translator)
    assert text == "H-1 is too long"


def test_every_algorithm_runs_with_the_cycle_collector_paused(provider):
    import gc

    from landrelease.processing.algorithm import LandReleaseAlgorithm

    algorithms = provider.algorithms()
    assert len(algorithms) >= 10
    for algorithm in algorithms:
        process = type(algorithm).processAlgorithm
        assert isinstance(algorithm, LandReleaseAlgorithm)
        assert hasattr(process, "__wrapped__"), algorithm.id()
    assert gc.isenabled()
