"""Words of faiths, peoples and creeds: never a place."""

from __future__ import annotations

import pytest

from storyline.lexicons.peoples import peoples_word


@pytest.mark.parametrize(("text", "expected"), [
    ("Druze", True), ("the Shiites", True), ("Kurdish", True), ("Islamist", True), ("Baha’i", True),
    # negatives: a longer name that holds one, a place named after a people, a town
    ("Druze Temple Road", False), ("Kurdistan", False), ("Tarsk", False), ("", False),
])
def test_peoples_word_tells_a_people_s_word_from_a_place(text: str, expected: bool) -> None:
    assert peoples_word(text) is expected
