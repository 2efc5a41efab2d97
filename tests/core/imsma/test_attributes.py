"""core.imsma.attributes: the IMSMA id and links of hazards and releases, coded values."""

from __future__ import annotations

import pytest

from landrelease.core import imsma

WHERE = "hazards.geojson: feature 2 (hazard_id SHA-AGD-0002)"


def refusal(function, value) -> str:
    with pytest.raises(imsma.ImsmaError) as raised:
        function(value, WHERE)
    return str(raised.value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("", None),
        ("IMSMA-HA-7731", "IMSMA-HA-7731"),
        ("  IMSMA-HA-7731\u00a0", "IMSMA-HA-7731"),
        (7731, "7731"),
        (7731.0, "7731"),
        ("{0F8FAD5B-D9CB-469F-A165-70867728950E}", "{0F8FAD5B-D9CB-469F-A165-70867728950E}"),
        ("Ə" * 50, "Ə" * 50),
    ],
)
def test_imsma_id_read_as_meant(value, expected):
    assert imsma.imsma_id_of(value, WHERE) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (
            "   ",
            f"{WHERE}: imsma_id holds only blanks (3 character(s)): leave it empty when there is "
            "no IMSMA id, or write the id.",
        ),
        (
            "\t",
            f"{WHERE}: imsma_id holds only blanks (1 character(s)): leave it empty when there is "
            "no IMSMA id, or write the id.",
        ),
        (
            "X" * 51,
            f"{WHERE}: the IMSMA id {'X' * 40}… (51 characters) is longer than 50 characters, "
            "the most imsma_id holds.",
        ),
        (
            "HA\n7731",
            f"{WHERE}: the id 'HA\\n7731' holds a control character (line break, tab or NUL).",
        ),
        ("HA\x007731", f"{WHERE}: the id 'HA\\x007731' holds a control character"),
        (["HA-1"], f"{WHERE}: the id ['HA-1'] is not text."),
        (True, f"{WHERE}: the id True is not text."),
        (77.5, f"{WHERE}: the id 77.5 is not text."),
    ],
)
def test_imsma_id_refused_by_feature(value, expected):
    assert refusal(imsma.imsma_id_of, value).startswith(expected)


@pytest.mark.parametrize(
    "value",
    [None, "", "  ", "ACT-2024-0131; REP-0088", "ACT-2024-0131\nQA-2024-0007\t«Гузанлы»  "],
)
def test_links_kept_exactly(value):
    assert imsma.links_of(value, WHERE) == value


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (["ACT-1", "REP-2"], "['ACT-1', 'REP-2']"),
        ({"activity": "ACT-1"}, "{'activity': 'ACT-1'}"),
        (131, "131"),
        (False, "False"),
    ],
)
def test_links_that_are_not_text_refused(value, shown):
    assert refusal(imsma.links_of, value) == (
        f"{WHERE}: imsma_links {shown} is not text: write the links to other "
        "IMSMA items as one text, as IMSMA Core lists them."
    )


def test_unknown_codes_of_a_release():
    values = {
        "release_id": "LR-1",
        "activity": "clearance",
        "outcome": "cleared",
        "method": None,
        "qa_status": "Passed",
        "reviewed_by": "approved",  # no code list: any text
    }
    assert imsma.unknown_codes("land_release", values) == [
        ("qa_status", "Passed", ("pending", "passed", "failed"))
    ]
    for code in ("pending", "passed", "failed"):
        assert imsma.unknown_codes("land_release", {**values, "qa_status": code}) == []
    assert imsma.unknown_codes("hazard", {"classification": "CHA", "status": "done"}) == [
        ("status", "done", ("open", "worked_on", "closed"))
    ]


def test_imsma_id_length_is_the_models():
    from landrelease.core import model

    assert imsma.IMSMA_ID_LENGTH == 50
    for layer in ("hazard", "land_release"):
        assert model.layer(layer).field("imsma_id").length == imsma.IMSMA_ID_LENGTH
