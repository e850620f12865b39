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


@pytest.mark.parametrize(("word", "want"), [
    # people's words news uses beside the one form the country data gives, and a string holding two
    ("Kyrgyz", "Kyrgyzstan"), ("Kazakh", "Kazakhstan"), ("Saudi", "Saudi Arabia"), ("Nepali", "Nepal"),
    ("Argentine", "Argentina"), ("Bosnian", "Bosnia and Herzegovina"), ("Herzegovinian", "Bosnia and Herzegovina"),
    ("Slovene", "Slovenia"), ("Slovenian", "Slovenia"),
    # not a people's word
    ("Saudis Arabia", None), ("Kyrgyzia", None),
])
def test_state_word_reads_the_common_forms_of_a_people_s_word(word: str, want: str | None) -> None:
    assert state_word(word) == want
