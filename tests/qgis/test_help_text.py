"""Algorithm help speaks the dialog's words: parameter labels and code labels (issue 17, 3)."""

from __future__ import annotations

import re

from qgis.core import QgsApplication

from landrelease.processing.help_text import help_html
from landrelease.toolbelt.i18n import translation


def algorithm(name: str):
    return QgsApplication.processingRegistry().createAlgorithmById(f"landrelease:{name}")


def test_parameters_by_their_labels_and_codes_by_theirs(provider):
    text = algorithm("delineatecha").shortHelpString()
    assert "<b>Evidence points</b> (EVIDENCE): evidence points." in text
    assert "<b>Evidence type field</b> (TYPE_FIELD) holds the evidence type" in text
    assert "Accident (known location) (accident_known)" in text
    assert "hazard_id" in text and "parent_id" in text  # field names stay field names
    assert "\nEVIDENCE:" not in text


def test_no_parameter_of_any_algorithm_is_left_as_a_bare_id(provider):
    registered = QgsApplication.processingRegistry().providerById("landrelease")
    for alg in registered.algorithms():
        created = algorithm(alg.name())
        text = created.shortHelpString()
        names = {d.name() for d in created.parameterDefinitions()}
        bare = re.findall(r"^([A-Z][A-Z0-9_]*):", text, re.M)
        assert [name for name in bare if name in names] == [], alg.id()


def test_in_russian_the_labels_are_russian(provider):
    with translation("ru"):
        text = algorithm("delineatecha").shortHelpString()
    match = re.search(r"<b>([^<]+)</b> \(EVIDENCE\)", text)
    assert match and re.search("[а-яА-Я]", match.group(1)), text[:300]
    assert "(accident_known)" in text
    assert not re.search(r"Accident \(known location\)", text)


def test_markup_in_a_label_is_escaped():
    assert help_html("AB: x", {"AB": "<i>"}) == "<b>&lt;i&gt;</b> (AB): x"
    assert help_html("SHA and CHA stay words", {"SHA": "Parents"}) == "SHA and CHA stay words"


def test_a_list_of_codes_shows_every_code_by_its_label(provider):
    """ "(detonation, accident_known, …, marking, …)" in the help: the plain codes too, since
    the officer picks them by their labels in the form."""
    with translation("ru"):
        text = algorithm("delineatecha").shortHelpString()
    assert "Подрыв (detonation)" in text
    assert "Обозначение опасности (marking)" in text
    assert (
        help_html("(open, closed) and open land", {})
        == "(Open (open), Closed (closed)) and open land"
    )
    assert help_html("(open, parent_id)", {}) == "(open, parent_id)"  # not all codes: as it was
