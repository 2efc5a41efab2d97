from landrelease.core.ids import hazard_ids, id_part


def test_numbering_per_district_in_order():
    assert hazard_ids("SHA", ["AGD", "AGD", "FUZ", None, "AGD"]) == [
        "SHA-AGD-0001", "SHA-AGD-0002", "SHA-FUZ-0001", "SHA-NA-0001", "SHA-AGD-0003",
    ]  # fmt: skip


def test_azerbaijani_and_cyrillic_names_become_ascii():
    assert id_part("Ağdərə") == "AGDERE"
    assert id_part("Şuşa") == "SUSA"
    assert id_part("Füzuli rayonu") == "FUZULIRAYONU"
    assert id_part("Агдам") == "NA"  # no Latin form: not guessed
    assert id_part("") == "NA"
    assert id_part("tar-1") == "TAR1"
