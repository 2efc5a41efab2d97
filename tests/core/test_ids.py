from hypothesis import given
from hypothesis import strategies as st

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


def test_free_ids_keep_free_ones_and_renumber_taken_ones():
    from landrelease.core.ids import free_ids

    taken = {"CHA-AGD-0001", "CHA-AGD-0002", "CHA-TAR-0001", "X"}
    assert free_ids(["CHA-AGD-0001", "CHA-AGD-0002", "CHA-TAR-0002", "X", "X"], taken) == [
        "CHA-AGD-0003",
        "CHA-AGD-0004",
        "CHA-TAR-0002",
        "X-2",
        "X-3",
    ]
    assert free_ids(["A-9"], {"A-9"}) == ["A-10"]
    assert free_ids([], taken) == []


@given(
    st.lists(st.sampled_from(["H-01", "H-02", "H-99", "K", "K-2"]), max_size=12),
    st.sets(st.sampled_from(["H-01", "H-02", "H-03", "K", "K-2"])),
)
def test_free_ids_are_unique_and_never_taken(wanted, taken):
    from landrelease.core.ids import free_ids

    result = free_ids(wanted, taken)
    assert len(result) == len(wanted) and len(set(result)) == len(result)
    assert not set(result) & taken
    for i, (w, r) in enumerate(zip(wanted, result)):
        if w not in taken and w not in wanted[:i]:
            assert r == w  # a free id is kept


def test_next_id_follows_the_series_most_ids_use():
    from landrelease.core.ids import next_id

    assert next_id([]) == "LR-0001"
    assert next_id(["LR-0001", "LR-0040", "LR-0007", "x"]) == "LR-0041"
    assert next_id(["ANAMA-R-11", "ANAMA-R-9", "LR-0001"]) == "ANAMA-R-12"
    assert next_id(["LR-0009", "LR-0010"]) == "LR-0011"
    assert next_id(["LR-9999"]) == "LR-10000"
    assert next_id(["release one"]) == "LR-0001"
