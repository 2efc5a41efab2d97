"""landrelease:splittasks: hazards cut along a grid into tasks for the teams (DESIGN §5.6)."""

from __future__ import annotations

from collections import Counter

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..core import model
from ..core.ids import uuid4_texts
from ..qgis_io import convert
from . import inputs
from . import parameters as p
from .algorithm import LandReleaseAlgorithm

HAZARD_ID = "hazard_id"
AREA_FIELD = "area_m2"
SOURCE_ID = "landrelease:splittasks"
_BATCH = 1000  # features between two looks at the cancel button
_MEASURED_BATCH = 40_000  # tasks measured together (on two threads: EllipsoidalArea)
_POLYGON = 3  # shapely.get_type_id


class SplitTasks(LandReleaseAlgorithm):
    ID = "splittasks"
    DISPLAY_NAME = "Split hazards into tasks"
    GROUP_ID = "tasking"
    GROUP = "Tasking and reports"
    NEEDS_SHAPELY = True
    HELP = (
        "Cuts each hazard along a square grid into tasks that teams can be given. The tasks of "
        "a hazard cover it exactly, without overlaps.\n\n"
        "HAZARDS: hazard polygons, with hazard_id (a hazard without one is named HZ<feature id>, "
        "with a warning). Invalid polygons are repaired; hazards without area are skipped.\n"
        "CELL_SIZE: side of the grid cells in metres. The grid is aligned to the working CRS "
        "(the layer's CRS when it is projected in metres and within 0.5 % of the ground "
        "there, else the UTM zone of the data): cell "
        "edges at whole multiples of CELL_SIZE. 0 = use TARGET_AREA.\n"
        "TARGET_AREA: wanted task area in m², used when CELL_SIZE is 0: the cell is the square "
        "root of TARGET_AREA, rounded to the whole metre from 50 m. Tasks inside a hazard have "
        "about that area; tasks at its edge are smaller. A run cuts at most 250,000 grid "
        "cells: a smaller cell is refused with the cell size that would do.\n"
        "Parts smaller than a tenth of a cell are never dropped: each is merged into the part of "
        "the same hazard that shares the longest boundary with it (an islet sharing none joins "
        "the nearest part). A hazard smaller than a tenth of a cell is one task.\n"
        "PRIORITY_LAYERS: optional layers (settlements, roads, schools...). Each task gets a "
        "priority from its distance to the nearest of their features: 1 (highest) within 500 m, "
        "2 within 2 km, 3 farther. Without PRIORITY_LAYERS the priority is empty.\n\n"
        "OUTPUT has the fields of the task layer: task_id <hazard_id>-T01, -T02... numbered "
        "north to south (by grid row), then west to east, by each task's representative point "
        "(three digits when a hazard has more than 99 tasks); hazard_id; status open; plus "
        "area_m2, the ellipsoidal area in m². The output is in the CRS of HAZARDS."
    )

    HAZARDS = "HAZARDS"
    CELL_SIZE = "CELL_SIZE"
    TARGET_AREA = "TARGET_AREA"
    PRIORITY_LAYERS = "PRIORITY_LAYERS"
    OUTPUT = "OUTPUT"

    def parameter_table(self):
        return [
            p.source(self.HAZARDS, self.tr("Hazards"), p.POLYGONS),
            p.distance(
                self.CELL_SIZE, self.tr("Grid cell size (m, 0 = from the target area)"), 0.0
            ),
            p.number(
                self.TARGET_AREA,
                self.tr("Target task area (m², used when the cell size is 0)"),
                10000.0,
                minimum=0.0,
            ),
            p.layers(
                self.PRIORITY_LAYERS,
                self.tr("Priority layers (settlements, roads...)"),
                types=QgsProcessing.TypeVectorAnyGeometry,
            ),
            p.sink(self.OUTPUT, self.tr("Tasks"), p.POLYGONS),
        ]

    def check_parameters(self, parameters, context):
        source = self.parameterAsSource(parameters, self.HAZARDS, context)
        if source is not None:
            if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.PolygonGeometry:
                raise QgsProcessingException(self.tr("HAZARDS must be a polygon layer."))
            if source.featureCount() == 0:
                raise QgsProcessingException(self.tr("HAZARDS has no features."))
        self._cell_size(parameters, context)

    def processAlgorithm(self, parameters, context, feedback):
        source = self.required_source(parameters, self.HAZARDS, context)
        cell, by_cell = self._grid_cell(parameters, context, feedback)
        out_crs = source.sourceCrs()
        crs = convert.working_crs(
            out_crs,
            None,
            context,
            feedback,
            source=source,
            parameter=self.HAZARDS,
            id_field=HAZARD_ID,
        )
        feedback.pushInfo(self.tr("Working CRS: {}").format(crs.authid()))
        hazards = self._read(parameters, source, crs, context, feedback, cell, by_cell)
        if hazards is None:  # cancelled
            return {}
        split = self._split(hazards, cell, feedback)
        if split is None:  # cancelled
            return {}
        priorities = self._priorities(parameters, context, crs, split.geometries, feedback)
        if feedback.isCanceled():
            return {}
        feedback.setProgress(85)
        written = self._write(
            parameters, context, split, hazards, priorities, crs, out_crs, feedback
        )
        if written is None:  # cancelled
            return {}
        dest_id, count, total_m2 = written
        feedback.pushInfo(
            self.tr("{} task(s) from {} hazard(s), {:.0f} m² in all.").format(
                count, int((~hazards.empty).sum()), total_m2
            )
        )
        feedback.setProgress(100)
        return {self.OUTPUT: dest_id}

    # --- the grid -------------------------------------------------------------------------------

    def _cell_size(self, parameters, context) -> tuple[float, float, float]:
        """(cell size, CELL_SIZE, TARGET_AREA): the core's cell for the two parameters."""
        from ..core import tasks

        cell_m = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        target_m2 = self.parameterAsDouble(parameters, self.TARGET_AREA, context)
        try:
            return tasks.cell_size_for(cell_m, target_m2), cell_m, target_m2
        except tasks.TaskInputError as error:
            raise QgsProcessingException(self.core_text(error, tasks.TR_CONTEXT)) from error

    def _grid_cell(self, parameters, context, feedback) -> tuple[float, bool]:
        """The grid cell size, said in the log, and whether CELL_SIZE gave it."""
        cell, cell_m, target_m2 = self._cell_size(parameters, context)
        if cell_m > 0:
            feedback.pushInfo(self.tr("Grid cells of {:g} m.").format(cell))
        else:
            feedback.pushInfo(
                self.tr("Grid cells of {:g} m ({:.0f} m²) for TARGET_AREA {:g} m².").format(
                    cell, cell * cell, target_m2
                )
            )
        return cell, cell_m > 0

    # --- the hazards ----------------------------------------------------------------------------

    def _read(self, parameters, source, crs, context, feedback, cell, by_cell):
        """The hazards to split, in ``crs`` (None when cancelled); the ones skipped or repaired
        named, the ones that cannot be split refused."""
        from ..core import tasks
        from ..qgis_io.geometry import read_all

        table = read_all(
            source, crs, context, (HAZARD_ID,), feedback, parameter=self.HAZARDS,
            id_field=HAZARD_ID,
        )  # fmt: skip
        if feedback.isCanceled():
            return None
        hazards = _Hazards(table, source.fields().lookupField(HAZARD_ID) >= 0)
        feedback.setProgress(5)
        hazards.geometries, repaired = tasks.polygonal(hazards.geometries)
        hazards.empty = np.asarray(_areas(hazards.geometries) <= 0)
        hazards.names = self._labels(hazards, feedback)
        self._warn_geometries(hazards, hazards.names, repaired, hazards.empty, feedback)
        if hazards.empty.all():
            raise QgsProcessingException(
                self.tr("HAZARDS has no hazard with an area: there is nothing to split.")
            )
        self._refuse_long_ids(hazards, hazards.names, hazards.empty)
        self._refuse_too_many_cells(hazards.geometries[~hazards.empty], cell, by_cell)
        inputs.warn_outside_area(
            self, parameters, self.HAZARDS, source, hazards.geometries, hazards.labels, crs,
            context, feedback,
        )  # fmt: skip
        hazards.keys = _keys(hazards.names)
        self._warn_duplicates(hazards, feedback)
        feedback.setProgress(10)
        return hazards

    def _warn_duplicates(self, hazards, feedback) -> None:
        names = hazards.names
        counts = Counter(names[i] for i in np.flatnonzero(~hazards.empty))
        duplicated = [k for k, n in counts.items() if n > 1]
        if duplicated:
            feedback.pushWarning(
                self.tr(
                    "{} hazard_id(s) used by more than one feature ({}): their tasks are "
                    "numbered together."
                ).format(len(duplicated), ", ".join(duplicated[:5]))
            )

    def _split(self, hazards, cell, feedback):
        """The tasks of the core (None when cancelled), its report in the log."""
        from ..core import tasks

        try:
            split = tasks.split_hazards(
                hazards.geometries,
                cell,
                numbered_with=hazards.keys,
                progress=lambda p: feedback.setProgress(10 + 0.7 * p),
                is_cancelled=feedback.isCanceled,
            )
        except tasks.TaskInputError as error:
            raise QgsProcessingException(self.core_text(error, tasks.TR_CONTEXT)) from error
        except tasks.Cancelled:
            return None
        self._log_report(split.report, feedback)
        return split

    # --- writing --------------------------------------------------------------------------------

    def _write(self, parameters, context, split, hazards, priorities, crs, out_crs, feedback):
        """The tasks to OUTPUT: (destination id, count, ellipsoidal m² in all); None when
        cancelled. Areas are measured from the WKB the output geometries are built from, in
        the working CRS (EllipsoidalArea: a large batch on two threads)."""

        from ..qgis_io import geometry as geo

        fields = convert.model_fields("task")
        fields.append(QgsField(AREA_FIELD, convert.FIELD_TYPES[model.REAL]))
        multi = bool((_type_ids(split.geometries) != _POLYGON).any())
        wkb_type = QgsWkbTypes.MultiPolygon if multi else QgsWkbTypes.Polygon
        sink, dest_id = self.output_sink(
            parameters, self.OUTPUT, context, fields, wkb_type, out_crs
        )
        measure = geo.EllipsoidalArea(crs, context)
        back = None
        if crs != out_crs:
            back = QgsCoordinateTransform(crs, out_crs, context.transformContext())
        rows = _TaskRows(fields, split, hazards, priorities)
        features, total_m2, count = [], 0.0, len(split.geometries)
        for first in range(0, count, _MEASURED_BATCH):
            last = min(first + _MEASURED_BATCH, count)
            areas_m2 = measure.of_wkbs(rows.wkbs[first:last]).tolist()
            for area_m2 in areas_m2:  # one by one: sum() may compensate (Python 3.12)
                total_m2 += area_m2
            for start in range(first, last, _BATCH):
                if feedback.isCanceled():
                    return None
                feedback.setProgress(85 + 15 * start / count)
                stop = min(start + _BATCH, last)
                rows.add(features, start, stop, areas_m2[start - first : stop - first], back)
        self.add_features(sink, features, parameters, self.OUTPUT)
        return dest_id, len(features), total_m2

    # --- helpers ------------------------------------------------------------------------------

    def _refuse_long_ids(self, hazards, labels, empty) -> None:
        """Task ids <hazard_id>-T001 must fit the task layer's task_id."""
        from ..core import tasks

        width = model.layer("task").field("task_id").length
        too_long = [
            hazards.labels[k]
            for k in np.flatnonzero(~empty)
            if len(tasks.task_id(labels[k], 1, 100)) > width
        ]
        if too_long:
            raise QgsProcessingException(
                self.tr(
                    "HAZARDS: the hazard_id of {} feature(s) is too long for task ids "
                    "<hazard_id>-T01 (task_id holds {} characters): {}. Shorten them."
                ).format(len(too_long), width, convert.listed(too_long))
            )

    def _refuse_too_many_cells(self, geometries, cell: float, by_cell: bool) -> None:
        """A grid finer than the hazards can be cut into on a laptop is refused, with what
        would do."""
        from ..core import tasks

        count = tasks.estimated_cells(geometries, cell)
        if count <= tasks.MAX_CELLS:
            return
        suggested = tasks.smallest_cell(geometries)
        what = (
            self.tr("CELL_SIZE {:g} m").format(cell)
            if by_cell
            else self.tr("TARGET_AREA (cells of {:g} m)").format(cell)
        )
        raise QgsProcessingException(
            self.tr(
                "{} would cut the hazards into about {:,} grid cells; at most {:,} can be made "
                "in one run. Use CELL_SIZE {:g} m or more (TARGET_AREA {:g} m² or more), or "
                "split fewer hazards at a time; a team's task is usually 0.25 to 1 ha "
                "(CELL_SIZE 50 to 100 m)."
            ).format(what, count, tasks.MAX_CELLS, suggested, suggested * suggested)
        )

    def _labels(self, hazards, feedback) -> list[str]:
        """Each hazard's id as text, or ``HZ<fid>`` (with a warning) where it has none."""
        labels, missing = [], []
        for value, fid in zip(hazards.ids, hazards.fids):
            text = "" if value is None else str(value).strip()
            if not text:
                text = f"HZ{fid}"
                missing.append(text)
            labels.append(text)
        if not hazards.has_id_field:
            feedback.pushWarning(
                self.tr("HAZARDS has no field hazard_id: tasks are named HZ<feature id>.")
            )
        elif missing:
            feedback.pushWarning(
                self.tr("{} hazard(s) without hazard_id, named after their feature id: {}.").format(
                    len(missing), ", ".join(missing[:10]) + (" …" if len(missing) > 10 else "")
                )
            )
        return labels

    def _warn_geometries(self, hazards, labels, repaired, empty, feedback) -> None:
        def listed(mask):
            names = [labels[i] for i in np.flatnonzero(mask)]
            return ", ".join(names[:10]) + (" …" if len(names) > 10 else "")

        fixed = repaired & ~empty
        if fixed.any():
            feedback.pushWarning(
                self.tr("{} hazard(s) with an invalid geometry repaired: {}.").format(
                    int(fixed.sum()), listed(fixed)
                )
            )
        if empty.any():
            feedback.pushWarning(
                self.tr("{} hazard(s) without geometry or area skipped: {}.").format(
                    int(empty.sum()), listed(empty)
                )
            )

    def _priorities(self, parameters, context, crs, geometries, feedback):
        """Priority scores of the tasks (None without PRIORITY_LAYERS)."""
        from ..core import tasks
        from ..qgis_io import geometry as geo

        layers = self.parameterAsLayerList(parameters, self.PRIORITY_LAYERS, context) or []
        if not layers:
            return None
        features = []
        for layer in layers:
            if not isinstance(layer, QgsVectorLayer) or not layer.isSpatial():
                feedback.pushWarning(
                    self.tr("PRIORITY_LAYERS: {} is not a vector layer with geometry: not used.")
                    .format(layer.name())
                )  # fmt: skip
                continue
            read = geo.read_source(
                layer, crs, context, (), feedback, parameter=f"PRIORITY_LAYERS ({layer.name()})"
            )
            features.extend(read.geometries)
        scores = tasks.priority_scores(geometries, features)
        if scores is None:
            feedback.pushWarning(
                self.tr("PRIORITY_LAYERS hold no feature with geometry: priority left empty.")
            )
            return None
        limits = " / ".join(f"{t:g}" for t in tasks.PRIORITY_THRESHOLDS_M)
        counts = Counter(int(s) for s in scores)
        feedback.pushInfo(
            self.tr("Priority from {} feature(s) (limits {} m): {}.").format(
                len(features),
                limits,
                ", ".join(f"{score}: {counts[score]}" for score in sorted(counts)),
            )
        )
        return scores

    def _log_report(self, report: dict, feedback) -> None:
        messages = {
            "slivers_merged": self.tr(
                "{} part(s) smaller than a tenth of a cell merged into a neighbour."
            ),
            "islets_merged": self.tr(
                "{} of them shared no boundary with another part and joined the nearest one "
                "(multi-part tasks)."
            ),
            "smaller_than_sliver": self.tr(
                "{} hazard(s) smaller than a tenth of a cell made one task each."
            ),
        }
        wanted = {k: v for k, v in report.items() if k in messages}
        self.push_report(feedback, wanted, messages)


# --- reading ----------------------------------------------------------------------------------


class _Hazards:
    """The hazards to split: every feature of HAZARDS, valid or not (the core repairs)."""

    def __init__(self, table, has_id_field: bool):
        n = len(table.fids)
        self.geometries = table.geometries  # shapely, an empty polygon where a feature has none
        self.ids = table.columns[HAZARD_ID] or [None] * n
        self.fids = table.fids
        self.has_id_field = has_id_field
        self.labels = table.labels  # each feature named for messages (convert.feature_label)
        # Once read (SplitTasks._read): which have no area, each hazard's id (HZ<fid> where it
        # has none) and its numbering key (one per id).
        self.empty = np.zeros(n, dtype=bool)
        self.names: list[str] = []
        self.keys = np.zeros(n, dtype=np.int64)


class _TaskRows:
    """The output features of the tasks: the common values (times, user) taken once, a new
    uuid for each feature, the attributes set as one list."""

    def __init__(self, fields, split, hazards, priorities):
        from ..core import tasks

        self.template = QgsFeature(fields)
        values = [None] * fields.count()
        for name, value in {**convert.common_values(), "status": "open"}.items():
            if fields.indexOf(name) >= 0:
                values[fields.indexOf(name)] = value
        self.values = values
        self.at = [fields.indexOf(n) for n in ("uuid", "task_id", HAZARD_ID, "priority")]
        self.area_at = fields.indexOf(AREA_FIELD)
        names = hazards.names
        counts = np.bincount(hazards.keys[split.hazard])
        self.names = [names[h] for h in split.hazard.tolist()]
        self.task_ids = [
            tasks.task_id(name, seq, counts[key])
            for name, seq, key in zip(
                self.names, split.seq.tolist(), hazards.keys[split.hazard].tolist()
            )
        ]
        count = len(split.hazard)
        self.priorities = [None] * count if priorities is None else [int(p) for p in priorities]
        self.wkbs = _wkbs(split.geometries)
        self.uuids = uuid4_texts(count)

    def add(self, features: list, start: int, stop: int, areas_m2, back) -> None:
        """Append the features of tasks ``start`` to ``stop - 1`` to ``features``, with their
        ellipsoidal areas ``areas_m2`` (m², measured in the working CRS); ``back`` (None: no
        transformation) takes the geometries to the output CRS."""
        values, template, wkbs = self.values, self.template, self.wkbs
        at_uuid, at_task, at_hazard, at_priority = self.at
        at_area, uuids, task_ids = self.area_at, self.uuids, self.task_ids
        names, priorities = self.names, self.priorities
        for k, area_m2 in zip(range(start, stop), areas_m2):
            geometry = QgsGeometry()
            geometry.fromWkb(wkbs[k])
            row = values.copy()
            row[at_uuid] = uuids[k]
            row[at_task] = task_ids[k]
            row[at_hazard] = names[k]
            row[at_priority] = priorities[k]
            row[at_area] = round(area_m2, 2)
            feature = QgsFeature(template)
            feature.setAttributes(row)
            feature.setGeometry(geometry if back is None else _transformed(geometry, back))
            features.append(feature)


def _wkbs(geometries) -> list[bytes]:
    """The 2D WKB of each shapely geometry, in one call."""
    import shapely

    return shapely.to_wkb(geometries, output_dimension=2).tolist()


def _type_ids(geometries) -> np.ndarray:
    import shapely

    return shapely.get_type_id(geometries)


def _keys(labels: list[str]) -> np.ndarray:
    """One integer per hazard, the same for the same label."""
    seen: dict[str, int] = {}
    return np.array([seen.setdefault(label, len(seen)) for label in labels], dtype=np.int64)


def _transformed(geometry: QgsGeometry, transform) -> QgsGeometry:
    """``geometry`` transformed by ``transform`` (None: as it is); empty when it cannot be."""
    if transform is None:
        return geometry
    try:
        geometry.transform(transform)
    except QgsCsException:
        return QgsGeometry()
    return geometry


def _areas(geometries) -> np.ndarray:
    import shapely

    return np.nan_to_num(shapely.area(geometries))
