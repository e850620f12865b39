"""The countries lexicon: names, demonyms and capitals of states (countryinfo)."""

from __future__ import annotations

from typing import Any

import pytest

from storyline.lexicons import countries
from storyline.lexicons.countries import capital_country, official_head_countries, state_word


@pytest.mark.parametrize(("word", "want"), [
    ("Norway", "Norway"), ("Norwegian", "Norway"), ("US", "United States"), ("U.S.", "United States"),
    ("the Netherlands", "Netherlands"),
    # negatives: a capital and a town name where something happened, not whose arms did it
    ("Oslo", None), ("Nairobi", None), ("Sarn", None),
])
def test_state_word_names_a_country_by_its_name_or_people_not_its_capital(word: str, want: str | None) -> None:
    assert state_word(word) == want


def test_capital_country_names_the_state_a_capital_governs_not_a_country_named_so() -> None:
    assert capital_country("Lima") == "Peru"
    assert capital_country("Peru") is None  # the country itself
    assert capital_country("Kuwait") is None  # a capital that bears its country's name is the country's name
    assert capital_country("Velmora") is None


def test_official_head_countries_names_the_countries_an_official_names_head_stands_for() -> None:
    assert {"Pakistan", "Mauritania"} <= official_head_countries("the Islamic Republic")
    assert official_head_countries("Hashemite Kingdom") == {"Jordan"}
    assert official_head_countries("Kingdom") == frozenset()  # one word: too many things
    assert official_head_countries("Velmor") == frozenset()


@pytest.mark.parametrize("fn", [countries.unaccented, countries.country_of, countries.country_name,
                                countries.demonym_country, countries.state_word, countries.state_of,
                                countries.official_head_countries])
def test_one_name_lookups_are_memoized_bounded_and_give_the_same_answer_from_the_memo(fn: Any) -> None:
    # entity resolution asks them again for every name pair it compares: the second ask is read from the memo
    fn.cache_clear()
    first = fn("the Zarvian Foreign Ministry of Türkiye")
    again = fn("the Zarvian Foreign Ministry of Türkiye")
    info = fn.cache_info()
    assert (info.hits, info.misses) == (1, 1)
    assert again == first
    assert info.maxsize == countries.NAME_MEMO


def test_demonym_country_knows_the_peoples_words_the_package_lacks_or_hides() -> None:
    # the package's one demonym is often another form ("Uzbekistani", "Tadzhik"); some it keeps among the country's
    # alternative names ("Togolese"), and some it writes two in one string ("Bosnian,Herzegovinian")
    assert countries.demonym_country("Uzbek") == "Uzbekistan"
    assert countries.demonym_country("Tajiks") == "Tajikistan"
    assert countries.demonym_country("Togolese") == "Togo"
    assert countries.demonym_country("Herzegovinian") == "Bosnia and Herzegovina"
    assert countries.country_name("Togolese") is None
    assert countries.country_name("Togo") == "Togo"
    assert countries.country_name("Djibouti") == "Djibouti"  # a country named like its people keeps its name
