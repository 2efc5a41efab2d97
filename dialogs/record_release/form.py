"""The attribute form of the release: QGIS's own form with the layer's widgets, editable outside an
edit session, read into the release to save."""

from __future__ import annotations

from qgis.core import NULL, QgsFeature, QgsFeatureRequest, QgsGeometry, QgsVectorLayerUtils
from qgis.gui import QgsAttributeEditorContext, QgsAttributeForm, QgsEditorWidgetWrapper
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QEvent, QObject, Qt, QTimer
from qgis.PyQt.QtWidgets import QScrollArea, QSizePolicy, QWidget

from ...core import model
from ...core.ids import next_id
from ...qgis_io.values import is_null
from ...storage.recording import Candidate


class EditableEditors(QObject):
    """Keeps the attribute form's editors editable outside an edit session.

    QgsAttributeForm enables its editors only while the layer is being edited, and disables them
    again after each value change. The dock never edits the layer: it reads the values in
    FixAttributeMode and writes them in its own transaction. This event filter turns an editor
    that is disabled or made read-only back on at once (typing is never interrupted).
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._wrappers: dict[int, QgsEditorWidgetWrapper] = {}
        self._busy = False

    def watch(self, wrapper: QgsEditorWidgetWrapper):
        widget = wrapper.widget()
        self._wrappers[sip.unwrapinstance(widget)] = wrapper
        widget.installEventFilter(self)
        self.unlock(wrapper)

    def forget(self):
        self._wrappers = {}

    def unlock(self, wrapper: QgsEditorWidgetWrapper):
        widget = wrapper.widget()
        if widget is None or sip.isdeleted(widget):
            return
        locked = not widget.isEnabled()
        if not locked and hasattr(widget, "isReadOnly"):
            locked = widget.isReadOnly()
        if locked and not self._busy:
            self._busy = True
            try:
                wrapper.setEnabled(True)
            finally:
                self._busy = False

    def unlock_all(self):
        """Enable every watched editor again, with its normal look (frame, palette)."""
        self._busy = True
        try:
            for wrapper in list(self._wrappers.values()):
                if not sip.isdeleted(wrapper) and wrapper.widget() is not None:
                    wrapper.setEnabled(True)
        finally:
            self._busy = False

    def eventFilter(self, watched, event):
        if event.type() in (QEvent.EnabledChange, QEvent.ReadOnlyChange) and not self._busy:
            wrapper = self._wrappers.get(sip.unwrapinstance(watched))
            if wrapper is not None and not sip.isdeleted(wrapper):
                self.unlock(wrapper)
        return False


class FormPart:
    """The dock's part that holds the attribute form (``self.form``)."""

    def _new_feature(self) -> QgsFeature:
        """A new release: the chosen hazard (none when none is chosen, never a remembered one)
        and the next release id of the database's series proposed."""
        layer = self.layers.release
        fields = layer.fields()
        attributes = {fields.indexOf("hazard_id"): NULL}
        if self.hazard is not None:
            attributes[fields.indexOf("hazard_id")] = self.hazard["hazard_id"]
        if fields.indexOf("release_id") >= 0:
            attributes[fields.indexOf("release_id")] = self._proposed_release_id()
        context = layer.createExpressionContext()
        return QgsVectorLayerUtils.createFeature(
            layer, QgsGeometry(self.geometry or QgsGeometry()), attributes, context
        )

    def _proposed_release_id(self) -> str:
        layer = self.layers.release
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
        request.setSubsetOfAttributes(["release_id"], layer.fields())
        return next_id([f["release_id"] for f in layer.getFeatures(request)])

    def _build_form(self):
        self._drop_form()
        layer = self.layers.release
        context = QgsAttributeEditorContext()
        # not Embed: an embedded form refuses save() while a constraint fails, and the dock
        # needs the values to say (through the recording's validation) what is missing
        context.setFormMode(QgsAttributeEditorContext.StandaloneDialog)
        context.setMapCanvas(self.canvas)
        if hasattr(self.iface, "vectorLayerTools"):
            context.setVectorLayerTools(self.iface.vectorLayerTools())
        if hasattr(context, "setCadDockWidget") and hasattr(self.iface, "cadDockWidget"):
            context.setCadDockWidget(self.iface.cadDockWidget())
        form = QgsAttributeForm(layer, self._new_feature(), context, self.form_scroll)
        form.setMode(QgsAttributeEditorContext.FixAttributeMode)
        form.hideButtonBox()
        form.widgetValueChanged.connect(self._form_value_changed)
        self.form = form
        old = self.form_scroll.takeWidget()
        if old is not None and old is not form:
            old.deleteLater()
        self.form_scroll.setWidget(form)
        # The form takes the dock's width (its editors narrow) instead of running off its right
        # edge behind a horizontal scroll bar, which hid the editors and cut the labels.
        for area in [self.form_scroll, *form.findChildren(QScrollArea)]:
            area.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
            area.setWidgetResizable(True)
            inner = area.widget()
            if inner is not None:
                policy = inner.sizePolicy()
                policy.setHorizontalPolicy(QSizePolicy.Ignored)
                inner.setSizePolicy(policy)
        # The form follows the layer's editing state; the dock edits without an edit session.
        layer.editingStarted.connect(self._unlock_form)
        layer.editingStopped.connect(self._unlock_form)
        config = layer.editFormConfig()
        for name, wrapper in self._wrappers().items():
            index = layer.fields().indexOf(name)
            if name in ("fid", "hazard_id") or index < 0 or config.readOnly(index):
                wrapper.setEnabled(False)  # the hazard is chosen above, once
                continue
            self._editors.watch(wrapper)
        self._show_photo()

    def _drop_form(self):
        form = self.form
        self.form = None
        if form is None or sip.isdeleted(form):
            return
        layer = self.layers.release if self.layers is not None else None
        if layer is not None and not sip.isdeleted(layer):
            for signal in (layer.editingStarted, layer.editingStopped):
                try:
                    signal.disconnect(self._unlock_form)
                except TypeError:
                    pass
        self._editors.forget()
        try:
            form.widgetValueChanged.disconnect(self._form_value_changed)
        except TypeError:
            pass
        if self.form_scroll.widget() is form:
            self.form_scroll.takeWidget()
        form.hide()
        form.setParent(None)
        sip.delete(form)

    def _wrappers(self) -> dict[str, QgsEditorWidgetWrapper]:
        """The form's editor widget wrappers by field name."""
        found = {}
        if self.form is None:
            return found
        for widget in self.form.findChildren(QWidget):
            wrapper = QgsEditorWidgetWrapper.fromWidget(widget)
            if wrapper is not None and wrapper.field().name() not in found:
                found[wrapper.field().name()] = wrapper
        return found

    def editor_widget(self, field_name: str) -> QWidget | None:
        """The editor widget of ``field_name`` in the form (for scripts and tests)."""
        wrapper = self._wrappers().get(field_name)
        return wrapper.widget() if wrapper is not None else None

    def _unlock_form(self, *_):
        """Editable editors, with their normal look (see EditableEditors)."""
        if self.form is not None and not sip.isdeleted(self.form):
            self._editors.unlock_all()

    def _form_value_changed(self, attribute=None, *_):
        if attribute == model.PHOTO_FIELD:
            self._show_photo()
        # after the form's own state update, which follows this signal
        QTimer.singleShot(0, self._unlock_form)

    def _reset_form(self):
        if self.form is None or self.layers is None:
            return
        self.form.setFeature(self._new_feature())
        self.form.setMode(QgsAttributeEditorContext.FixAttributeMode)
        self._unlock_form()
        self._show_photo()

    def candidate(self) -> Candidate | None:
        """The release as it would be saved: the form's values with the polygon and hazard."""
        if self.layers is None or self.form is None or self.geometry is None:
            return None
        self.form.save()
        feature = QgsFeature(self.form.feature())
        feature.setGeometry(QgsGeometry(self.geometry))
        if self.hazard is not None:
            feature.setAttribute("hazard_id", self.hazard["hazard_id"])
        release_id = feature["release_id"]
        points = []
        for point in self.points:
            point = QgsFeature(point)
            if point.fields().indexOf("owner_id") >= 0 and not is_null(release_id):
                point.setAttribute("owner_id", release_id)
            points.append(point)
        return Candidate(feature, points)
