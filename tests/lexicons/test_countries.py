"""The countries lexicon: names, demonyms and capitals of states (countryinfo)."""

from __future__ import annotations

import pytest

from storyline.lexicons.countries import state_word


@pytest.mark.parametrize(("word", "want"), [
    ("Norway", "Norway"), ("Norwegian", "Norway"), ("US", "United States"), ("U.S.", "United States"),
    ("the Netherlands", "Netherlands"),
    # negatives: a capital and a town name where something happened, not whose arms did it
    ("Oslo", None), ("Nairobi", None), ("Sarn", None),
])
def test_state_word_names_a_country_by_its_name_or_people_not_its_capital(word: str, want: str | None) -> None:
    assert state_word(word) == want
