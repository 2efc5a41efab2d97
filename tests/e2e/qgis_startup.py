# SPDX-License-Identifier: GPL-2.0-or-later
"""Startup script run inside the QGIS desktop by ``qgis --code`` (see test_desktop.py).

QGIS executes this file with ``exec()`` in the ``__main__`` namespace of its embedded Python
(``__file__`` is not set, ``iface`` is), before or just after its event loop starts. The script
hooks the message log at once, then, from a timer inside the event loop, inspects the loaded
plugin, creates and loads a land release database with the plugin's own code, takes screenshots,
writes every finding to the JSON file named by ``LANDRELEASE_E2E_RESULT`` and quits QGIS.

Environment:
    LANDRELEASE_E2E_RESULT   JSON result file (written last, atomically)
    LANDRELEASE_E2E_WORKDIR  folder for the database
    LANDRELEASE_E2E_PG       "<conninfo>|<schema>": a PostGIS schema instead of a GeoPackage
    LANDRELEASE_SCREENSHOTS  folder for the PNG screenshots
"""

import json
import os
import time
import traceback

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface

_E2E = {
    "messages": [],  # every message log entry seen after this script started
    "timers": [],  # keep the Python callables alive
    "started": time.time(),
}


def _e2e_level_name(level):
    for name in ("Info", "Warning", "Critical", "Success", "NoLevel"):
        if level == getattr(Qgis, name, object()):
            return name
    return str(int(level)) if hasattr(level, "__int__") else str(level)


def _e2e_on_message(message, tag, level):
    _E2E["messages"].append({"tag": tag, "level": _e2e_level_name(level), "message": message})


QgsApplication.messageLog().messageReceived.connect(_e2e_on_message)


def _e2e_pump(seconds):
    """Run the event loop for ``seconds`` without blocking it."""
    end = time.time() + seconds
    while time.time() < end:
        QgsApplication.processEvents()
        time.sleep(0.02)


def _e2e_log_viewer_tabs(main_window):
    """Text of every tab of the Log Messages panel (QgsMessageLogViewer), by tab title.

    The viewer exists from the start of QgisApp, so it holds the messages logged while plugins
    were loading, before this script could connect to the message log.
    """
    from qgis.PyQt.QtWidgets import QPlainTextEdit, QTabWidget, QTextEdit, QWidget

    # sip hands the viewer out as a plain QDialog, so isinstance(w, QgsMessageLogViewer) is
    # unreliable: match the C++ class name instead.
    viewers = [
        w
        for w in main_window.findChildren(QWidget)
        if w.metaObject().className() == "QgsMessageLogViewer"
    ]
    tabs = {}
    for viewer in viewers:
        for tab_widget in viewer.findChildren(QTabWidget):
            for i in range(tab_widget.count()):
                title = tab_widget.tabText(i).replace("&", "").strip()
                page = tab_widget.widget(i)
                editors = [page] if isinstance(page, (QPlainTextEdit, QTextEdit)) else []
                editors += page.findChildren(QPlainTextEdit) + page.findChildren(QTextEdit)
                texts = [e.toPlainText() for e in editors]
                if not texts and callable(getattr(page, "text", None)):  # e.g. a QsciScintilla
                    texts = [page.text()]
                tabs[title] = (tabs.get(title, "") + "\n".join(texts)).strip()
    return {"viewers": len(viewers), "tabs": tabs}


def _e2e_save(widget_or_pixmap, name, result):
    folder = os.environ["LANDRELEASE_SCREENSHOTS"]
    path = os.path.join(folder, name)
    pixmap = widget_or_pixmap.grab() if hasattr(widget_or_pixmap, "grab") else widget_or_pixmap
    ok = pixmap.save(path, "PNG")
    result["screenshots"][name] = {
        "path": path,
        "saved": bool(ok),
        "width": pixmap.width(),
        "height": pixmap.height(),
    }
    return path


def _e2e_add_sample_features(layers, result):
    """A SHA (open), a CHA (worked on) and a cleared land release, in EPSG:32638."""
    from qgis.core import QgsGeometry, QgsVectorLayerUtils

    def square(x, y, w, h):
        return QgsGeometry.fromWkt(
            f"POLYGON(({x} {y}, {x + w} {y}, {x + w} {y + h}, {x} {y + h}, {x} {y}))"
        )

    samples = {
        "hazard": [
            (
                square(640000, 4425000, 400, 300),
                {"hazard_id": "SHA-E2E-0001", "classification": "SHA", "status": "open"},
            ),
            (
                square(640500, 4425050, 300, 250),
                {"hazard_id": "CHA-E2E-0002", "classification": "CHA", "status": "worked_on"},
            ),
        ],
        "land_release": [
            (
                square(640550, 4425100, 120, 120),
                {
                    "release_id": "LR-E2E-0001",
                    "hazard_id": "CHA-E2E-0002",
                    "activity": "clearance",
                    "outcome": "cleared",
                },
            ),
        ],
    }
    added = {}
    for name, rows in samples.items():
        layer = layers[name]
        if not layer.startEditing():
            raise RuntimeError(f"cannot edit {name}")
        for geometry, values in rows:
            attrs = {layer.fields().indexOf(k): v for k, v in values.items()}
            feature = QgsVectorLayerUtils.createFeature(layer, geometry, attrs)
            if not layer.addFeature(feature):
                raise RuntimeError(f"cannot add a feature to {name}")
        if not layer.commitChanges():
            errors = layer.commitErrors()
            layer.rollBack()
            raise RuntimeError(f"cannot commit {name}: {errors}")
        added[name] = layer.featureCount()
        rows_read = []
        for feature in layer.getFeatures():
            row = {}
            for key in ("hazard_id", "release_id", "classification", "status", "outcome"):
                if layer.fields().indexOf(key) >= 0:
                    row[key] = feature[key]
            for key in ("uuid", "estimated_area_m2", "area_m2", "created_at"):
                if layer.fields().indexOf(key) >= 0:
                    value = feature[key]
                    if hasattr(value, "toString") and hasattr(value, "isNull"):  # QDateTime
                        value = None if value.isNull() else value.toString("yyyy-MM-ddTHH:mm:ss")
                    row[key] = None if value is None else str(value)
            rows_read.append(row)
        result.setdefault("features", {})[name] = rows_read
    result["features_added"] = added


def _e2e_land_release_menus():
    return [
        action.menu()
        for action in iface.mainWindow().menuBar().actions()
        if action.menu() is not None and action.menu().objectName() == "mLandReleaseMenu"
    ]


def _e2e_plugin_state():
    import qgis.utils

    registry = QgsApplication.processingRegistry()
    return {
        "active": "landrelease" in qgis.utils.active_plugins,
        "menus": len(_e2e_land_release_menus()),
        "provider": registry.providerById("landrelease") is not None,
        "algorithm": registry.algorithmById("landrelease:createdatabase") is not None,
    }


def _e2e_reload_plugin(result):
    """qgis.utils.unloadPlugin then loadPlugin/startPlugin: menu and provider go and come back."""
    import qgis.utils

    reload = {"before": _e2e_plugin_state()}
    reload["unloaded"] = bool(qgis.utils.unloadPlugin("landrelease"))
    _e2e_pump(0.5)
    reload["after_unload"] = _e2e_plugin_state()
    reload["loaded"] = bool(qgis.utils.loadPlugin("landrelease"))
    reload["started"] = bool(qgis.utils.startPlugin("landrelease"))
    _e2e_pump(0.5)
    reload["after_reload"] = _e2e_plugin_state()
    result["reload"] = reload


def _e2e_record_release(result):
    """Record a clearance with the dock as a GIS officer would: the menu action, the hazard,
    QGIS's capture tool clicked on the canvas, the form's own widgets, Save."""
    import qgis.utils
    from qgis.core import QgsFeatureRequest
    from qgis.PyQt.QtCore import QDate, QPoint, Qt
    from qgis.PyQt.QtTest import QTest

    record = result.setdefault("record", {})
    plugin = qgis.utils.plugins["landrelease"]
    action = next(a for a in plugin.actions if a.text() == "Record Land Release…")
    action.trigger()
    _e2e_pump(1.0)
    dock = plugin.record_dock
    record["dock_visible"] = dock.isVisible()
    dock.set_hazard("SHA-E2E-0001")
    _e2e_pump(0.5)
    canvas = iface.mapCanvas()
    QTest.mouseClick(dock.digitise_button, Qt.LeftButton)
    _e2e_pump(0.5)
    record["capture_tool"] = type(canvas.mapTool()).__name__

    def pixel(x, y):
        point = canvas.getCoordinateTransform().transform(x, y)
        return QPoint(round(point.x()), round(point.y()))

    corners = [(640020, 4425020), (640220, 4425020), (640220, 4425280), (640020, 4425280)]
    for x, y in corners:
        QTest.mouseMove(canvas.viewport(), pixel(x, y))
        _e2e_pump(0.1)
        QTest.mouseClick(canvas.viewport(), Qt.LeftButton, Qt.NoModifier, pixel(x, y))
        _e2e_pump(0.2)
    QTest.mouseClick(canvas.viewport(), Qt.RightButton, Qt.NoModifier, pixel(*corners[-1]))
    _e2e_pump(0.5)
    editor = dock.editor_widget("release_id")
    editor.clear()
    QTest.keyClicks(editor, "LR-E2E-0002")
    for name, code in (("activity", "clearance"), ("outcome", "cleared"), ("method", "manual")):
        combo = dock.editor_widget(name)
        combo.setCurrentIndex(combo.findData(code))
    dock.form.changeAttribute("organisation", "ANAMA")
    dock.form.changeAttribute("team", "Təmizləmə qrupu 3")
    dock.form.changeAttribute("start_date", QDate(2026, 10, 1))
    dock.form.changeAttribute("end_date", QDate(2026, 11, 20))
    _e2e_pump(1.0)
    canvas.waitWhileRendering()
    record["checks_before"] = [
        dock.checks_list.item(i).text() for i in range(dock.checks_list.count())
    ]
    record["save_enabled"] = dock.save_button.isEnabled()
    _e2e_save(iface.mainWindow(), "record_release_before_save.png", result)
    _e2e_save(dock, "record_release_dock_before_save.png", result)
    QTest.mouseClick(dock.save_button, Qt.LeftButton)
    _e2e_pump(1.5)
    canvas.waitWhileRendering()
    _e2e_pump(0.5)
    layers = {lyr.name(): lyr for lyr in QgsProject.instance().mapLayers().values()}
    request = QgsFeatureRequest().setFilterExpression("\"hazard_id\" = 'SHA-E2E-0001'")
    hazard = next(layers["hazard"].getFeatures(request))
    record["hazard_status"] = hazard["status"]
    record["hazard_remaining_m2"] = hazard["remaining_area_m2"]
    record["hazard_estimated_m2"] = hazard["estimated_area_m2"]
    record["releases"] = sorted(f["release_id"] for f in layers["land_release"].getFeatures())
    released = next(
        f for f in layers["land_release"].getFeatures() if f["release_id"] == "LR-E2E-0002"
    )
    record["release_area_m2"] = released["area_m2"]
    record["release_team"] = released["team"]
    record["log"] = [
        (f["layer"], f["action"], f["changed_by"]) for f in layers["edit_log"].getFeatures()
    ]
    record["message_bar"] = [item.text() for item in dock.message_bar.items()]
    _e2e_save(iface.mainWindow(), "record_release_after_save.png", result)
    _e2e_save(dock, "record_release_dock_after_save.png", result)


def _e2e_turning_points(result):
    """Type the sample minefield record MFR-001 into the Turning points dialog: the reference
    point as DMS, then the legs as bearing + distance; save it as a hazard."""
    from qgis.core import QgsCoordinateTransform, QgsRectangle

    from landrelease.dialogs.turning_points import TurningPointsDialog
    from landrelease.storage import recording

    tp = result.setdefault("turning_points", {})
    project = QgsProject.instance()
    layers = recording.find_layers(project)
    dialog = TurningPointsDialog(iface, layers, iface.mainWindow())
    dialog.setGeometry(20, 60, 1100, 640)
    dialog.show()
    _e2e_pump(0.5)
    legs = [  # sample_data/traverse_legs.csv, record MFR-001 (degrees, grid north)
        ("benchmark", 81.0, 204),
        ("start", 94.0, 57),
        ("turning", 156.5, 142),
        ("intermediate", 141.0, 80),
        ("turning", 141.0, 80),
        ("turning", 231.0, 110),
        ("intermediate", 319.0, 81),
        ("turning", 319.0, 81),
        ("intermediate", 337.0, 81),
        ("turning", 337.0, 81),
        ("end", 61.0, 108),
    ]
    dialog.set_row(0, "reference", coordinate="40°02'13.43\"N 46°57'14.45\"E")
    for i, (point_type, bearing, distance) in enumerate(legs, start=1):
        dialog.set_row(i, point_type, bearing=bearing, distance=distance)
    dialog.recompute()
    _e2e_pump(0.5)
    computed = dialog.result()
    tp["rows"] = dialog.table.rowCount()
    tp["closure_text"] = dialog.closure_label.text()
    tp["closure_error_m"] = computed.closure_error_m if computed else None
    tp["perimeter_points"] = len(computed.perimeter) if computed else 0
    if computed is not None:
        canvas = iface.mapCanvas()
        xmin, ymin, xmax, ymax = computed.polygon.bounds
        extent = QgsRectangle(xmin, ymin, xmax, ymax)
        extent.scale(2.5)
        transform = QgsCoordinateTransform(
            layers.hazard.crs(), canvas.mapSettings().destinationCrs(), project
        )
        canvas.setExtent(transform.transformBoundingBox(extent))
        canvas.refresh()
        _e2e_pump(1.0)
        canvas.waitWhileRendering()
    _e2e_save(dialog, "turning_points_dialog.png", result)
    _e2e_save(iface.mainWindow(), "turning_points_on_map.png", result)
    tp["saved"] = dialog.save_as_hazard("CHA-E2E-MFR1", "CHA")
    tp["hazard_area_m2"] = next(
        f["estimated_area_m2"]
        for f in layers.hazard.getFeatures()
        if f["hazard_id"] == "CHA-E2E-MFR1"
    )
    tp["survey_points"] = sorted(
        (f["seq"], f["point_type"], f["entered_as"])
        for f in layers.survey_point.getFeatures()
        if f["owner_id"] == "CHA-E2E-MFR1"
    )
    dialog.close()
    _e2e_pump(0.3)


def _e2e_soviet_record(result):
    """Type a Soviet minefield form into the Turning points dialog: the reference point in
    Pulkovo 1942 / Gauss–Krüger, the legs in Soviet mils (12-50) from magnetic north, the record
    date for the IGRF declination; look at it, then save it as a minefield record."""
    from landrelease.dialogs.turning_points import COL_STATUS, TurningPointsDialog
    from landrelease.storage import recording

    soviet = result.setdefault("soviet_record", {})
    layers = recording.find_layers(QgsProject.instance())
    dialog = TurningPointsDialog(iface, layers, iface.mainWindow(), target="record")
    dialog.move(10, 40)
    dialog.resize(dialog.minimumSizeHint().width(), 660)
    dialog.show()
    _e2e_pump(0.5)
    for combo, code in (
        (dialog.unit_combo, "mil6000"),
        (dialog.north_combo, "magnetic"),
        (dialog.format_combo, "gk"),
    ):
        combo.setCurrentIndex(combo.findData(code))
    dialog.record_date_edit.setText("15.06.1993")
    dialog.set_row(0, "reference", coordinate="4430293 8664944", remarks="ruined sheepfold")
    legs = [
        ("start", "9-06", "178"),
        ("turning", "12-50", "200"),
        ("turning", "27-50", "100"),
        ("turning", "42-50", "200"),
        ("end", "57-50", "99,6"),
    ]
    for i, (point_type, bearing, distance) in enumerate(legs, start=1):
        dialog.set_row(i, point_type, bearing=bearing, distance=distance)
    dialog.owner_id_edit.setText("MFR-E2E-1993-41")
    dialog.document_edit.setText("Формуляр минного поля № 41")
    dialog.side_edit.setText("Soviet Army")
    dialog.mine_types_edit.setText("PMN-2, OZM-72")
    dialog.mines_edit.setText("180")
    dialog.accuracy_edit.setText("25")
    dialog.recompute()
    _e2e_pump(0.5)
    computation = dialog.computation()
    soviet["size"] = [dialog.width(), dialog.height()]
    soviet["declination_text"] = dialog.declination_label.text()
    soviet["declination_source"] = computation.declination.source
    soviet["statuses"] = [dialog.table.item(r, COL_STATUS).text() for r in range(len(legs) + 1)]
    soviet["closure_text"] = dialog.closure_label.text()
    _e2e_save(dialog, "turning_points_soviet_record.png", result)
    soviet["saved"] = dialog.save_as_record(dialog.owner_id_edit.text(), **dialog._record_form())
    record = next(layers.minefield_record.getFeatures(), None)
    soviet["record"] = (
        [record["record_id"], record["declination_source"], record["mines_recorded"]]
        if record is not None
        else None
    )
    soviet["legs"] = sorted(
        (f["seq"], f["bearing"], f["bearing_unit"]) for f in layers.traverse_leg.getFeatures()
    )
    soviet["first_point"] = [
        (f["seq"], f["point_type"], f["entered_as"])
        for f in layers.survey_point.getFeatures()
        if f["owner_id"] == "MFR-E2E-1993-41" and f["seq"] == 0
    ]
    dialog.close()
    _e2e_pump(0.3)


def _e2e_walk_in_language(result, code):
    """What an officer sees in the plugin's language ``code``: the layer tree and its legends,
    Delineate CHA's Processing dialog (default inputs, help), the record dock, a hazard's form
    (district list) and the Connect dialog; screenshots named ``<what>_<code>.png``."""
    import processing
    import qgis.utils
    from qgis.PyQt.QtWidgets import QComboBox

    from landrelease.dialogs.new_database import ConnectDatabaseDialog

    seen = {}
    project = QgsProject.instance()
    hazard = project.mapLayersByName("hazard")[0]
    group = project.layerTreeRoot().findLayer(hazard.id()).parent()
    seen["tree"] = {node.layer().name(): node.name() for node in group.findLayers()}
    release = project.mapLayersByName("land_release")[0]
    seen["release_legend"] = [c.label() for c in release.renderer().categories()]
    iface.mapCanvas().refreshAllLayers()
    _e2e_pump(1.0)
    _e2e_save(iface.mainWindow(), f"main_window_{code}.png", result)

    iface.setActiveLayer(hazard)
    dialog = processing.createAlgorithmDialog("landrelease:delineatecha", {})
    dialog.setGeometry(120, 60, 1100, 800)
    dialog.show()
    _e2e_pump(1.5)
    seen["cha_dialog_title"] = dialog.windowTitle()
    evidence = dialog.mainWidget().wrappers["EVIDENCE"].parameterValue()
    layer = project.mapLayer(evidence) if isinstance(evidence, str) else evidence
    seen["cha_evidence_default"] = layer.name() if layer is not None else str(evidence)
    _e2e_save(dialog, f"delineatecha_dialog_{code}.png", result)
    dialog.close()
    _e2e_pump(0.3)

    plugin = qgis.utils.plugins["landrelease"]
    plugin.record_release()
    _e2e_pump(1.0)
    dock = plugin.record_dock
    dock.set_hazard("CHA-E2E-0002")
    _e2e_pump(0.8)
    seen["dock_title"] = dock.windowTitle()
    _e2e_save(dock, f"record_dock_{code}.png", result)

    feature = next(f for f in hazard.getFeatures() if f["hazard_id"] == "CHA-E2E-0002")
    form = iface.getFeatureForm(hazard, feature)
    form.setGeometry(100, 40, 900, 940)
    form.show()
    _e2e_pump(1.5)
    district = [
        w for w in form.findChildren(QComboBox) if w.objectName() == "district" or w.isEditable()
    ]
    seen["form_title"] = form.windowTitle()
    seen["form_combos"] = len(district)
    _e2e_save(form, f"hazard_form_{code}.png", result)
    form.reject()
    _e2e_pump(0.3)

    connect = ConnectDatabaseDialog(iface, iface.mainWindow())
    connect.show()
    _e2e_pump(0.8)
    seen["connect_title"] = connect.windowTitle()
    _e2e_save(connect, f"connect_dialog_{code}.png", result)
    connect.reject()
    _e2e_pump(0.3)
    result.setdefault("walk", {})[code or "qgis"] = seen


def _e2e_switch_language(result):
    """An officer on an English QGIS switches the plugin to Azerbaijani, then Russian, from its
    own menu and looks at the menu; then back to QGIS's language (issue 17, item 2)."""
    from qgis.PyQt.QtWidgets import QMenu

    seen = {}
    for code in ("az", "ru", ""):
        menu = _e2e_land_release_menus()[0]
        languages = menu.findChild(QMenu, "mLandReleaseLanguageMenu")
        action = next(a for a in languages.actions() if a.data() == code)
        action.trigger()
        _e2e_pump(1.0)
        menu = _e2e_land_release_menus()[0]
        seen[code or "qgis"] = {
            "title": menu.title(),
            "actions": [a.text() for a in menu.actions() if not a.isSeparator()],
        }
        if code:
            menu.popup(iface.mainWindow().mapToGlobal(iface.mainWindow().rect().topLeft()))
            _e2e_pump(0.5)
            _e2e_save(menu, f"land_release_menu_{code}.png", result)
            menu.hide()
        try:
            _e2e_walk_in_language(result, code)
        except Exception:
            result["errors"].append(traceback.format_exc())
    result["language_switch"] = seen


def _e2e_message_bar_items():
    """Title and text of the items left in the main message bar (e.g. "plugin disabled")."""
    bar = iface.messageBar()
    items = bar.items() if hasattr(bar, "items") else []
    return [{"title": item.title(), "text": item.text()} for item in items]


def _e2e_run():
    result = {
        "qgis_version": Qgis.QGIS_VERSION,
        "errors": [],
        "screenshots": {},
    }
    result_path = os.environ.get("LANDRELEASE_E2E_RESULT")
    try:
        import qgis.utils
        from qgis.PyQt.QtWidgets import QMenu

        main_window = iface.mainWindow()
        main_window.setGeometry(0, 0, 1600, 1000)
        main_window.raise_()
        main_window.activateWindow()
        _e2e_pump(1.0)

        # 1. The plugin is loaded and started.
        result["plugin_in_plugins"] = "landrelease" in qgis.utils.plugins
        result["plugin_active"] = "landrelease" in qgis.utils.active_plugins
        result["active_plugins"] = list(qgis.utils.active_plugins)
        result["available_plugins"] = list(getattr(qgis.utils, "available_plugins", []))

        # 2. Its menu in the menu bar.
        menu_bar = main_window.menuBar()
        menu = None
        menu_titles = []
        for action in menu_bar.actions():
            sub = action.menu()
            if sub is None:
                continue
            menu_titles.append(action.text())
            if sub.objectName() == "mLandReleaseMenu":
                menu = sub
        result["menubar_titles"] = menu_titles
        result["menu_found"] = menu is not None
        result["menu_title"] = menu.title() if menu is not None else None
        result["menu_actions"] = (
            [a.text() for a in menu.actions() if not a.isSeparator()] if menu is not None else []
        )
        result["menus_with_object_name"] = len(
            [m for m in main_window.findChildren(QMenu, "mLandReleaseMenu") if m.menuAction()]
        )

        # 3. Its Processing provider.
        registry = QgsApplication.processingRegistry()
        provider = registry.providerById("landrelease")
        result["provider_present"] = provider is not None
        result["provider_name"] = provider.name() if provider is not None else None
        result["provider_algorithms"] = (
            sorted(a.id() for a in provider.algorithms()) if provider is not None else []
        )
        result["algorithm_present"] = (
            registry.algorithmById("landrelease:createdatabase") is not None
        )

        # 4. A database created and loaded by the plugin's own code.
        from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform

        from landrelease.storage.database import create_geopackage, load_database

        crs = QgsCoordinateReferenceSystem("EPSG:32638")
        if os.environ.get("LANDRELEASE_E2E_PG"):
            # A PostGIS schema on the tests' server: LANDRELEASE_E2E_PG="<conninfo>|<schema>".
            from landrelease.storage import postgis
            from landrelease.storage.database import create_postgis

            conninfo, schema = os.environ["LANDRELEASE_E2E_PG"].rsplit("|", 1)
            created = create_postgis(postgis.resolve(conninfo, schema), crs)
            result["database"] = created.label
        else:
            db_path = os.path.join(os.environ["LANDRELEASE_E2E_WORKDIR"], "desktop.gpkg")
            created = create_geopackage(db_path, crs)
            result["database"] = created
        layers = load_database(created)
        result["providers"] = sorted({lyr.providerType() for lyr in layers.values()})
        project = QgsProject.instance()
        result["loaded_layers"] = sorted(layers)
        result["project_layers"] = sorted(lyr.name() for lyr in project.mapLayers().values())
        result["project_crs"] = project.crs().authid()
        result["project_ellipsoid"] = project.ellipsoid()
        result["hazard_renderer"] = layers["hazard"].renderer().type()
        _e2e_add_sample_features(layers, result)

        # 5. Zoom to the hazards and wait for the canvas.
        canvas = iface.mapCanvas()
        hazard = layers["hazard"]
        hazard.updateExtents()
        extent = hazard.extent()
        extent.combineExtentWith(layers["land_release"].extent())
        transform = QgsCoordinateTransform(
            hazard.crs(), canvas.mapSettings().destinationCrs(), project
        )
        extent = transform.transformBoundingBox(extent)
        extent.scale(1.3)
        canvas.setExtent(extent)
        canvas.refreshAllLayers()
        _e2e_pump(0.5)
        for _ in range(3):
            canvas.waitWhileRendering()
            _e2e_pump(0.5)
        result["canvas_crs"] = canvas.mapSettings().destinationCrs().authid()
        result["canvas_extent"] = canvas.extent().toString(2)
        result["canvas_layers"] = [lyr.name() for lyr in canvas.layers()]
        _e2e_save(main_window, "main_window.png", result)

        # 6. The Land Release menu, opened.
        if menu is not None:
            anchor = menu_bar.actionGeometry(menu.menuAction()).bottomLeft()
            menu.popup(menu_bar.mapToGlobal(anchor))
            _e2e_pump(1.0)
            result["menu_visible"] = menu.isVisible()
            _e2e_save(menu, "land_release_menu.png", result)
            screen = QgsApplication.primaryScreen()
            if screen is not None:
                _e2e_save(screen.grabWindow(0), "screen_with_menu.png", result)
            menu.hide()
            _e2e_pump(0.3)

        # 7. The attribute form of a hazard.
        feature = next(
            (f for f in hazard.getFeatures() if f["classification"] == "CHA"),
            next(hazard.getFeatures(), None),
        )
        if feature is not None:
            dialog = iface.getFeatureForm(hazard, feature)
            dialog.setGeometry(100, 40, 900, 940)
            dialog.show()
            dialog.raise_()
            _e2e_pump(1.5)
            result["form_title"] = dialog.windowTitle()
            result["form_class"] = type(dialog).__name__
            _e2e_save(dialog, "hazard_form.png", result)
            dialog.reject()
            _e2e_pump(0.3)

        # 8. Record a clearance in the dock and see the hazard's figures move.
        try:
            _e2e_record_release(result)
        except Exception:
            result["errors"].append(traceback.format_exc())

        try:
            _e2e_turning_points(result)
        except Exception:
            result["errors"].append(traceback.format_exc())

        try:
            _e2e_soviet_record(result)
        except Exception:
            result["errors"].append(traceback.format_exc())

        try:
            _e2e_switch_language(result)
        except Exception:
            result["errors"].append(traceback.format_exc())

        # 9. Unload and load the plugin again, as the Plugin Manager or Plugin Reloader do.
        _e2e_reload_plugin(result)
        from qgis.gui import QgsMapTool

        result["canvas_tools"] = [
            type(c).__name__ for c in iface.mapCanvas().findChildren(QgsMapTool)
        ]
    except Exception:
        result["errors"].append(traceback.format_exc())
    finally:
        for name, collect in (
            ("log_viewer", lambda: _e2e_log_viewer_tabs(iface.mainWindow())),
            ("message_bar", _e2e_message_bar_items),
        ):
            try:
                result[name] = collect()
            except Exception:
                result["errors"].append(traceback.format_exc())
        result["messages"] = list(_E2E["messages"])
        result["elapsed_s"] = round(time.time() - _E2E["started"], 2)
        # Quit without a "save project?" question.
        QgsProject.instance().setDirty(False)
        if result_path:
            tmp = result_path + ".part"
            with open(tmp, "w", encoding="utf-8") as handle:
                json.dump(result, handle, indent=2, default=str)
            os.replace(tmp, result_path)
        _e2e_quit_later()


def _e2e_quit():
    # The database lies in a temporary folder, so QGIS would ask "This project includes one or
    # more temporary layers... Are you sure?" on exit: remove the layers first.
    QgsProject.instance().clear()
    QgsProject.instance().setDirty(False)
    exit_action = iface.actionExit()
    if exit_action is not None:
        exit_action.trigger()
    else:  # pragma: no cover
        QgsApplication.instance().quit()


def _e2e_quit_later():
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(_e2e_quit)
    timer.start(500)
    _E2E["timers"].append(timer)


# Run once the main window is shown and the event loop turns.
_e2e_timer = QTimer()
_e2e_timer.setSingleShot(True)
_e2e_timer.timeout.connect(_e2e_run)
_e2e_timer.start(int(os.environ.get("LANDRELEASE_E2E_DELAY_MS", "2000")))
_E2E["timers"].append(_e2e_timer)
