"""Base class of the land release algorithms: name, group, translation and help from attributes."""

from __future__ import annotations

import functools
import gc
from contextlib import contextmanager

from qgis.core import (
    Qgis,
    QgsFeatureSink,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputDefinition,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication

from ..toolbelt import icon, shapely_problem
from .default_inputs import set_required_defaults
from .help_text import help_html

# The README's section on the algorithms (the dialogs' Help button).
HELP_URL = "https://github.com/landrelease/landrelease#processing-algorithms"

try:  # QGIS >= 3.36 moved the flag to Qgis
    NO_THREADING = Qgis.ProcessingAlgorithmFlag.NoThreading
except AttributeError:
    NO_THREADING = QgsProcessingAlgorithm.FlagNoThreading


@contextmanager
def cycle_collector_paused():
    """Python's cycle collector paused, then left as it was (also on a refusal): an algorithm
    makes hundreds of thousands of short-lived objects (rows, geometries, features) in no
    reference cycle, and the collector would walk the whole heap again and again while they
    are made (a fifth to a quarter of a run). The run's own cycles (an error kept with the
    frames of its traceback, which hold the run's feature sources) are collected at the end,
    while the caller still holds the layers and the context they refer to: collected later,
    in any order, they crashed QGIS."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.collect(0)  # the run's objects: none was collected, so all are in generation 0
        if enabled:
            gc.enable()


def _collector_paused(process):
    @functools.wraps(process)
    def paused(self, parameters, context, feedback):
        with cycle_collector_paused():
            return process(self, parameters, context, feedback)

    return paused


class StyledOutput(QgsProcessingLayerPostProcessorInterface):
    """Gives an output layer loaded into the project a land release style (its renderer and
    labels) when the run ends."""

    # The processing context deletes a post-processor when it ends; Python must keep the object
    # alive until then (else it is collected and never called).
    _alive: list[StyledOutput] = []

    def __init__(self, style: str):
        super().__init__()
        self.style = style

    @classmethod
    def named(cls, style: str) -> StyledOutput:
        cls._alive = [p for p in cls._alive if not sip.isdeleted(p)]
        processor = cls(style)
        cls._alive.append(processor)
        return processor

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        from ..styles.symbology import apply_style

        if layer is not None and layer.isValid() and hasattr(layer, "setRenderer"):
            apply_style(layer, self.style)
            layer.triggerRepaint()


class LandReleaseAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ``ID``, ``DISPLAY_NAME``, ``GROUP_ID``, ``GROUP``, ``HELP`` and ``ICON``,
    list their parameters in ``parameter_table()`` and check what can be checked before running
    in ``check_parameters()``.

    ``DISPLAY_NAME``, ``GROUP`` and ``HELP`` are translated at run time in the context of the
    subclass's name; ``scripts/i18n.py`` extracts them from the class body in that context."""

    ID = ""
    DISPLAY_NAME = ""
    GROUP_ID = ""
    GROUP = ""
    HELP = ""
    ICON = "landrelease.svg"
    NEEDS_SHAPELY = False  # the algorithm works on core/ (shapely 2)
    # Hazard figures left unknown by another program are recomputed before the inputs are read
    # (checkdata reports them instead: it observes the database as it is).
    REFRESHES_FIGURES = True
    MAIN_THREAD = False  # True: runs on the main thread (print layouts, a database being made)
    # output -> style of styles.symbology.apply_style given to it when loaded into the project
    OUTPUT_STYLES: dict[str, str] = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "processAlgorithm" in cls.__dict__:  # every algorithm runs with the collector paused
            cls.processAlgorithm = _collector_paused(cls.__dict__["processAlgorithm"])

    def tr(self, text: str) -> str:
        return QCoreApplication.translate(type(self).__name__, text)

    def parameter_table(self) -> list:
        """The algorithm's parameters and outputs, in order (see processing/parameters.py)."""
        return []

    def initAlgorithm(self, config=None):
        for definition in self.parameter_table():
            if isinstance(definition, QgsProcessingOutputDefinition):
                self.addOutput(definition)
            else:
                self.addParameter(definition)
        set_required_defaults(self)

    def helpUrl(self) -> str:  # noqa: N802
        return HELP_URL

    def check_parameters(self, parameters, context) -> None:
        """Refuse, with a QgsProcessingException, parameter values the Processing dialog can
        judge before the run (a field that is not there, a wrong layer type, an id prefix)."""

    def checkParameterValues(self, parameters, context):
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            from .inputs import unopened_file

            return ok, unopened_file(self, parameters) or message
        try:
            self.check_parameters(parameters, context)
        except QgsProcessingException as error:
            return False, str(error)
        return True, ""

    def flags(self):
        flags = super().flags()
        return flags | NO_THREADING if self.MAIN_THREAD else flags

    def createInstance(self):
        return type(self)()

    def name(self) -> str:
        return self.ID

    def displayName(self) -> str:
        return self.tr(self.DISPLAY_NAME)

    def group(self) -> str:
        return self.tr(self.GROUP)

    def groupId(self) -> str:
        return self.GROUP_ID

    def shortHelpString(self) -> str:
        labels = {d.name(): d.description() for d in self.parameterDefinitions()}
        for output in self.outputDefinitions():
            labels.setdefault(output.name(), output.description())
        return help_html(self.tr(self.HELP), labels)

    def icon(self):
        return icon(self.ICON)

    def canExecute(self):
        problem = shapely_problem() if self.NEEDS_SHAPELY else None
        return (problem is None, problem or "")

    def prepareAlgorithm(self, parameters, context, feedback):
        ok, problem = self.canExecute()
        if not ok:
            raise QgsProcessingException(problem)
        # Processing's dialog, processing.run and qgis_process check the parameters before the
        # run; a model's child algorithm or alg.run() do not: the same checks, here.
        self.check_parameters(parameters, context)
        if self.REFRESHES_FIGURES:
            from ..storage.derived import refresh_inputs

            refresh_inputs(self, parameters, context, feedback)
        return True

    # --- reading and writing ------------------------------------------------------------------

    def required_source(self, parameters, name: str, context):
        """The feature source of parameter ``name``; refused when it cannot be read."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            from .inputs import unopened_file

            problem = unopened_file(self, {name: parameters.get(name)})
            raise QgsProcessingException(problem or self.invalidSourceError(parameters, name))
        return source

    def output_sink(self, parameters, name: str, context, fields, wkb_type, crs):
        """(sink, destination id) of output ``name``; refused when it cannot be made."""
        sink, dest_id = self.parameterAsSink(parameters, name, context, fields, wkb_type, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        self.style_output(name, dest_id, context)
        return sink, dest_id

    def style_output(self, name: str, dest_id: str, context) -> None:
        """Output ``name`` gets its style of OUTPUT_STYLES when loaded into the project."""
        style = self.OUTPUT_STYLES.get(name)
        if style and context.willLoadLayerOnCompletion(dest_id):
            details = context.layerToLoadOnCompletionDetails(dest_id)
            details.setPostProcessor(StyledOutput.named(style))

    def add_features(self, sink, features, parameters, name: str) -> None:
        """Write ``features`` to the sink of output ``name``; refused when it fails."""
        if not sink.addFeatures(list(features), QgsFeatureSink.FastInsert):
            raise QgsProcessingException(self.writeFeatureError(sink, parameters, name))

    @staticmethod
    def core_refusal(error, messages: dict) -> QgsProcessingException:
        """A core error that carries a ``code`` and ``values`` as a refusal in the user's
        language. ``messages`` maps a code to its translated template (``{name}`` fields filled
        from the values) or to a function of the values; a code without one (a programming
        error, not the user's), or a translation that lost a field, shows the core's English
        text."""
        message = messages.get(getattr(error, "code", None))
        values = getattr(error, "values", None) or {}
        try:
            if callable(message):
                return QgsProcessingException(message(**values))
            if message is not None:
                return QgsProcessingException(message.format(**values))
        except (KeyError, IndexError, ValueError):
            pass
        return QgsProcessingException(str(error))

    @staticmethod
    def core_text(error, context: str) -> str:
        """A core error that carries its English ``template`` (marked for translation in
        ``context``) with its ``values`` (named fields) or ``args_`` (positional ones), in the
        user's language; the core's English text when it has no template or a translation lost
        a field."""
        template = getattr(error, "template", None)
        if template is None:
            return str(error)
        text = QCoreApplication.translate(context, template)
        values, args = getattr(error, "values", None), getattr(error, "args_", None)
        try:
            if values:
                return text.format(**values)
            return text.format(*args) if args else text
        except (KeyError, IndexError, ValueError):
            return str(error)

    @staticmethod
    def push_report(feedback, report: dict, messages: dict, warnings=()) -> None:
        """Tell the non-zero counts of a core report, in the sentences ``messages`` gives
        (``"{}"`` takes the count); the keys in ``warnings`` as warnings."""
        for key, value in report.items():
            if value:
                text = messages.get(key, key + ": {}").format(value)
                (feedback.pushWarning if key in warnings else feedback.pushInfo)(text)
