"""The countries lexicon: names, demonyms and capitals of states (countryinfo)."""

from __future__ import annotations

import pytest

from storyline.lexicons.countries import official_head_countries, state_word


@pytest.mark.parametrize(("word", "want"), [
    ("Norway", "Norway"), ("Norwegian", "Norway"), ("US", "United States"), ("U.S.", "United States"),
    ("the Netherlands", "Netherlands"),
    # negatives: a capital and a town name where something happened, not whose arms did it
    ("Oslo", None), ("Nairobi", None), ("Sarn", None),
])
def test_state_word_names_a_country_by_its_name_or_people_not_its_capital(word: str, want: str | None) -> None:
    assert state_word(word) == want


def test_official_head_countries_names_the_countries_an_official_names_head_stands_for() -> None:
    assert {"Pakistan", "Mauritania"} <= official_head_countries("the Islamic Republic")
    assert official_head_countries("Hashemite Kingdom") == {"Jordan"}
    assert official_head_countries("Kingdom") == frozenset()  # one word: too many things
    assert official_head_countries("Velmor") == frozenset()
