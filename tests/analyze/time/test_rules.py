"""TIMEX3 detection rules over plain text (fictional texts)."""

from __future__ import annotations

import pytest

from storyline.analyze.time.rules import find_candidates


def _texts(text: str) -> list[str]:
    return [text[c.start:c.end] for c in find_candidates(text)]


@pytest.mark.parametrize("text", [
    'Marchers chanted "We want the fall of the junta" outside the palace in Lesk.',
    "Since the fall of the old regime, Varnow has held two elections.",
    "The governor never recovered after the fall from power of his party.",
])
def test_the_fall_of_a_thing_or_from_a_height_is_no_season(text: str) -> None:
    assert not any("fall" in t.lower() for t in _texts(text))


@pytest.mark.parametrize(("text", "season"), [
    ("The bridge will reopen in the fall of 2031.", "the fall of 2031"),
    ("The mayor of Lesk resigned in the fall of last year.", "the fall"),
    ("Talks were put off to the fall.", "the fall"),
    ("The council will meet again in the fall in Varnow.", "the fall"),
])
def test_the_fall_as_a_season_is_still_read(text: str, season: str) -> None:
    assert season in _texts(text)


@pytest.mark.parametrize("text", [
    "The Veloran Spring protests toppled two governments.",
    "Since the Lesk Spring, the capital has been calm.",
])
def test_a_capitalised_season_after_a_name_is_a_name(text: str) -> None:
    assert _texts(text) == []


def test_a_named_season_keeps_its_year() -> None:
    assert _texts("Since the Veloran Spring of 2031, Lesk has been calm.") == ["2031"]


@pytest.mark.parametrize(("text", "season"), [
    ("In Spring 2031 the bridge reopens.", "Spring 2031"),
    ("Spring brings floods to Lesk.", "Spring"),
    ("Floods Return to Lesk Every Spring", "Spring"),
    ("The ferry stopped running last Winter.", "last Winter"),
])
def test_a_capitalised_season_opening_a_phrase_is_still_a_season(text: str, season: str) -> None:
    assert season in _texts(text)
