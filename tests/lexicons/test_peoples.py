"""Words of faiths, peoples and creeds: never a place."""

from __future__ import annotations

import pytest

from storyline.lexicons.peoples import nation_word, peoples_word


@pytest.mark.parametrize(("text", "expected"), [
    ("Druze", True), ("the Shiites", True), ("Kurdish", True), ("Islamist", True), ("Baha’i", True),
    # negatives: a longer name that holds one, a place named after a people, a town
    ("Druze Temple Road", False), ("Kurdistan", False), ("Tarsk", False), ("", False),
])
def test_peoples_word_tells_a_people_s_word_from_a_place(text: str, expected: bool) -> None:
    assert peoples_word(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Druze", True), ("Hazaras", True), ("Tamil", True),
    # a creed's word may be a party's; "the" is written before an outlet's name ("The Druze"); two words
    ("Republicans", False), ("The Druze", False), ("Druze Council", False),
])
def test_nation_word_is_one_word_of_a_faith_or_an_ethnic_group(text: str, expected: bool) -> None:
    assert nation_word(text) is expected
