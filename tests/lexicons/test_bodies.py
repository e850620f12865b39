from __future__ import annotations

from storyline.lexicons.bodies import BODIES, _key, known_body


def test_no_name_stands_for_two_bodies() -> None:
    owner: dict[str, str] = {}
    for entry in BODIES:
        for name in entry:
            assert owner.setdefault(_key(name), entry[0]) == entry[0], name


def test_known_body_reads_capitals_as_written_and_headline_capitals_as_a_word() -> None:
    assert known_body("OTAN") == known_body("the North Atlantic Treaty Organisation")
    assert known_body("ANSARALLAH") == known_body("Ansarallah")  # a headline in capitals
    assert known_body("Ue") is None  # a short acronym only in capitals
    assert known_body("Tarvin Relief Front") is None
