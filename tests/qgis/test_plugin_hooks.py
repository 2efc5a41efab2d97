"""The plugin in the desktop watches every land release layer however it was added (a project,
the Browser): hazard figures recomputed after commits and on load, a refused update based on a
stale row explained in the message bar."""

from __future__ import annotations

import pytest
from qgis.core import Qgis, QgsFeatureRequest, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QEvent

import landrelease
from landrelease.storage import recording
from landrelease.storage.database import layer_uri, load_database

from .test_derived import WEST, assert_figures, assert_unknown, remaining, save, script
from .test_plugin import no_session_provider  # noqa: F401 - the plugin registers its provider
from .test_recording import H1, _add_hazard
from .test_rowversion import as_login, editors, one_organisation  # noqa: F401 - two logins


@pytest.fixture
def plugin(qgis_iface, qgis_new_project, request):
    request.getfixturevalue("no_session_provider")
    loaded = landrelease.classFactory(qgis_iface)
    loaded.initGui()
    yield loaded
    loaded.unload()
    QgsProject.instance().clear()
    # The menu and toolbar go with deleteLater: gone before the next test looks for them.
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def _with_a_release(database):
    """A database holding CHA-TAR-0001 and the release LR-0001 in it, made in a project that is
    then closed."""
    project = QgsProject.instance()
    load_database(database, project)
    layers = recording.find_layers(project)
    _add_hazard(layers.hazard, "CHA-TAR-0001", H1)
    save(layers, WEST, "LR-0001")
    project.clear()


def test_layers_added_from_the_browser_keep_their_figures_true(new_gpkg, plugin):
    path = str(new_gpkg)
    _with_a_release(path)
    script(path, "UPDATE land_release SET end_date = '2025-05-05'")  # another program
    assert_unknown(path)
    # Added by hand, as from the Browser: the figures are recomputed on the way in ...
    release = QgsVectorLayer(layer_uri(path, "land_release"), "land_release", "ogr")
    hazard = QgsVectorLayer(layer_uri(path, "hazard"), "hazard", "ogr")
    QgsProject.instance().addMapLayers([release, hazard])
    assert_figures(path, remaining(H1, WEST), "worked_on")
    # ... and after a commit of the attribute table.
    request = QgsFeatureRequest().setFilterExpression("\"release_id\" = 'LR-0001'")
    fid = next(release.getFeatures(request)).id()
    assert release.startEditing()
    assert release.deleteFeature(fid)
    assert release.commitChanges(), release.commitErrors()
    assert_figures(path, remaining(H1), "open")


def test_a_stale_update_is_explained_in_the_message_bar(new_postgis, plugin, qgis_iface, request):
    logins = request.getfixturevalue("editors")
    _with_a_release(new_postgis)
    one_organisation(new_postgis)
    rauf = as_login(new_postgis, logins[0])
    hazard = QgsVectorLayer(rauf.layer_source("hazard"), "hazard", "postgres")
    QgsProject.instance().addMapLayer(hazard)
    fid = next(hazard.getFeatures()).id()
    assert hazard.startEditing()
    assert hazard.changeAttributeValue(fid, hazard.fields().indexOf("remarks"), "Rauf")
    from .test_postgis import execute

    execute(new_postgis, "UPDATE hazard SET remarks = 'Nigar'", user=logins[1])
    assert not hazard.commitChanges()
    hazard.rollBack()
    messages = qgis_iface.messageBar().get_messages(Qgis.Warning)
    assert any(
        "Hazardous area CHA-TAR-0001 was changed by nigar_editor at" in m
        and "reload the layer and make your change again" in m
        for m in messages
    ), messages
