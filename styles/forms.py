"""Attribute forms from the data model: aliases, editor widgets, constraints and default values."""

from __future__ import annotations

from qgis.core import (
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsFieldConstraints,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core import model

DATE_FORMAT = "yyyy-MM-dd"
DATETIME_FORMAT = "yyyy-MM-ddTHH:mm:ss"
COUNT_FIELDS = {
    "evidence_direct",
    "evidence_indirect",
    "priority",
    "depth_cm",
    "ap_found",
    "at_found",
    "uxo_found",
    "cm_found",
    "mines_recorded",
    "seq",
}
MULTILINE_FIELDS = {"remarks", "status_reason", "before", "after", "review_remarks"}
# Set by quality management through the Review releases dock, never typed in the form: an
# editor cannot pass their own release.
REVIEW_FIELDS = {"land_release": ("qa_status", "reviewed_by", "reviewed_on", "review_remarks")}
# QgsFileWidget.RelativeStorage and QgsExternalResourceWidget.DocumentViewerContent (the same
# numbers on QGIS 3.22 and 3.40)
RELATIVE_TO_PROJECT, RELATIVE_TO_DEFAULT_ROOT = 1, 2
IMAGE_VIEWER = 1
# What the photo field holds: "DCIM/<file name>" of a JPEG or PNG (storage.attachments).
PHOTO_EXPRESSION = (
    '"photo" IS NULL OR regexp_match("photo", '
    "'^DCIM/[^/\\\\\\\\]+[.]([jJ][pP][eE]?[gG]|[pP][nN][gG])$')"
)


def tr(text: str) -> str:
    return QCoreApplication.translate(model.TR_CONTEXT, text)


def value_map(code_list: model.CodeList) -> dict:
    """ValueMap widget configuration: translated labels in the code list's own order."""
    return {"map": [{tr(c.label): c.code} for c in code_list.codes]}


def _quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def default_expression(f: model.Field) -> tuple[str, bool] | None:
    """QGIS default value expression for a field and whether it is applied on update."""
    if f.derived == model.DERIVED_UUID:
        return "uuid('WithoutBraces')", False
    if f.derived == model.DERIVED_CREATED:
        return "now()", False
    if f.derived == model.DERIVED_USER:
        return "coalesce(@user_account_name, @user_full_name)", False
    if f.derived == model.DERIVED_UPDATED:
        return "now()", True
    if f.derived == model.DERIVED_AREA:
        # $area is ellipsoidal when the project has an ellipsoid; the loader sets WGS 84.
        return "round($area, 2)", True
    if f.derived == model.DERIVED_EVIDENCE_CLASS:
        direct = ", ".join(_quote(c) for c in model.DIRECT_EVIDENCE_TYPES)
        indirect = ", ".join(_quote(c) for c in model.INDIRECT_EVIDENCE_TYPES)
        return (
            f"CASE WHEN \"evidence_type\" IN ({direct}) THEN 'direct' "
            f"WHEN \"evidence_type\" IN ({indirect}) THEN 'indirect' END",
            True,
        )
    if f.default is not None:
        return _quote(f.default), False
    return None


def photo_widget(default_root: str | None = None) -> QgsEditorWidgetSetup:
    """QGIS's attachment widget showing the picture, its value a path relative to the
    project's folder (a field package, where QField's camera writes "DCIM/<file>"), or to
    ``default_root`` (the office database's photo folder, ``storage.attachments``)."""
    config = {
        "DocumentViewer": IMAGE_VIEWER,
        "DocumentViewerHeight": 0,
        "DocumentViewerWidth": 0,
        "FileWidget": True,
        "FileWidgetButton": True,
        "FileWidgetFilter": tr("Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)"),
        "StorageMode": 0,  # files, not folders
        "RelativeStorage": RELATIVE_TO_PROJECT,
        "UseLink": False,
        "FullUrl": False,
    }
    if default_root:
        config["RelativeStorage"] = RELATIVE_TO_DEFAULT_ROOT
        config["DefaultRoot"] = default_root
    return QgsEditorWidgetSetup("ExternalResource", config)


def photo_folder(layer: QgsVectorLayer, root: str | None) -> None:
    """The photo field of ``layer`` shows and stores its pictures relative to ``root``, or to
    the project's folder when None (a field package: its project beside its DCIM/)."""
    idx = layer.fields().indexOf(model.PHOTO_FIELD)
    if idx >= 0:
        layer.setEditorWidgetSetup(idx, photo_widget(root))


def widget_setup(f: model.Field, relation_id: str | None = None) -> QgsEditorWidgetSetup:
    if f.name == model.PHOTO_FIELD:
        return photo_widget()
    if relation_id:
        return QgsEditorWidgetSetup(
            "RelationReference",
            {
                "Relation": relation_id,
                "AllowNULL": not f.not_null,
                "ShowForm": False,
                "MapIdentification": True,
                "ReadOnly": False,
                "OrderByValue": True,
            },
        )
    if f.code_list is not None:
        return QgsEditorWidgetSetup("ValueMap", value_map(f.code_list))
    if f.type == model.DATE:
        return QgsEditorWidgetSetup(
            "DateTime",
            {
                "field_format": DATE_FORMAT,
                "display_format": DATE_FORMAT,
                "calendar_popup": True,
                "allow_null": True,
            },
        )
    if f.type == model.DATETIME:
        return QgsEditorWidgetSetup(
            "DateTime",
            {
                "field_format": DATETIME_FORMAT,
                "display_format": "yyyy-MM-dd HH:mm:ss",
                "calendar_popup": True,
                "allow_null": True,
            },
        )
    if f.type == model.INTEGER and f.name in COUNT_FIELDS:
        return QgsEditorWidgetSetup(
            "Range",
            {"Min": 0, "Max": 2147483647, "Step": 1, "Style": "SpinBox", "AllowNull": True},
        )
    if f.name in MULTILINE_FIELDS:
        return QgsEditorWidgetSetup("TextEdit", {"IsMultiline": True, "UseHtml": False})
    return QgsEditorWidgetSetup("TextEdit", {"IsMultiline": False, "UseHtml": False})


def district_list(hazards: QgsVectorLayer, districts: QgsVectorLayer) -> None:
    """The hazard form's district as a list of the database's districts (name shown, code
    stored), so that it is picked, not typed; a value outside the list is still shown."""
    idx = hazards.fields().indexOf("district")
    if idx < 0 or districts is None or not districts.isValid():
        return
    config = {
        "Layer": districts.id(),
        "LayerName": districts.name(),
        "LayerSource": districts.source(),
        "LayerProviderName": districts.providerType(),
        "Key": "code",
        "Value": "name",
        "AllowNull": True,
        "OrderByValue": True,
        "AllowMulti": False,
        "UseCompleter": False,  # a drop-down list: a district is picked
        "NofColumns": 1,
    }
    hazards.setEditorWidgetSetup(idx, QgsEditorWidgetSetup("ValueRelation", config))


def relabel_form(layer: QgsVectorLayer, definition: model.Layer) -> None:
    """``layer``'s form in the current language: the field aliases and the code lists' words
    (ValueMap widgets); widgets and constraints otherwise stay as they are."""
    fields = [(layer.fields().indexOf(f.name), f) for f in definition.fields]
    fields = [(idx, f) for idx, f in fields if idx >= 0]
    value_maps = {
        idx: f
        for idx, f in fields
        if f.code_list is not None and layer.editorWidgetSetup(idx).type() == "ValueMap"
    }
    # Aliases first, widgets after: on QGIS 3.22 an alias set after another field's widget
    # setup cleared this field's widget.
    for idx, f in fields:
        if layer.attributeAlias(idx) != tr(f.label):
            layer.setFieldAlias(idx, tr(f.label))
    for idx, f in value_maps.items():
        layer.setEditorWidgetSetup(idx, QgsEditorWidgetSetup("ValueMap", value_map(f.code_list)))


def apply_form(
    layer: QgsVectorLayer, definition: model.Layer, relation_fields: dict[str, str] | None = None
) -> None:
    """Configure ``layer``'s form from ``definition``.

    ``relation_fields`` maps a child field (e.g. ``hazard_id``) to the id of the relation whose
    RelationReference widget should edit it.
    """
    relation_fields = relation_fields or {}
    form = layer.editFormConfig()
    fid = layer.fields().indexOf("fid")
    if fid >= 0:  # the storage key is nothing to type or read
        layer.setEditorWidgetSetup(fid, QgsEditorWidgetSetup("Hidden", {}))
    for f in definition.fields:
        idx = layer.fields().indexOf(f.name)
        if idx < 0:
            continue
        layer.setFieldAlias(idx, tr(f.label))
        layer.setEditorWidgetSetup(idx, widget_setup(f, relation_fields.get(f.name)))
        default = default_expression(f)
        if default is not None:
            layer.setDefaultValueDefinition(idx, QgsDefaultValue(default[0], default[1]))
        reviewed = f.name in REVIEW_FIELDS.get(definition.name, ())
        form.setReadOnly(idx, f.derived is not None or reviewed)
        if f.not_null:
            layer.setFieldConstraint(
                idx,
                QgsFieldConstraints.ConstraintNotNull,
                QgsFieldConstraints.ConstraintStrengthHard,
            )
        if f.unique:
            layer.setFieldConstraint(
                idx,
                QgsFieldConstraints.ConstraintUnique,
                QgsFieldConstraints.ConstraintStrengthHard,
            )
        if f.code_list is not None:
            codes = ", ".join(_quote(c) for c in f.code_list.values())
            layer.setConstraintExpression(
                idx,
                f'"{f.name}" IS NULL OR "{f.name}" IN ({codes})',
                tr("Must be one of the codes of the list"),
            )
    idx = layer.fields().indexOf(model.PHOTO_FIELD)
    if idx >= 0 and definition.name in model.PHOTO_LAYERS:
        layer.setConstraintExpression(
            idx,
            PHOTO_EXPRESSION,
            tr("A photo is kept as DCIM/ and its file name ending in .jpg, .jpeg or .png"),
        )
        layer.setFieldConstraint(
            idx,
            QgsFieldConstraints.ConstraintExpression,
            QgsFieldConstraints.ConstraintStrengthHard,
        )
    if definition.name == "land_release":
        idx = layer.fields().indexOf("end_date")
        layer.setConstraintExpression(
            idx,
            '"end_date" IS NULL OR "start_date" IS NULL OR "end_date" >= "start_date"',
            tr("The end date must not be before the start date"),
        )
        layer.setFieldConstraint(
            idx,
            QgsFieldConstraints.ConstraintExpression,
            QgsFieldConstraints.ConstraintStrengthSoft,
        )
    layer.setEditFormConfig(form)
    if definition.display:
        layer.setDisplayExpression(
            f'"{definition.display}"'
            if definition.display in definition.field_names()
            else definition.display
        )
