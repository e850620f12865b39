from __future__ import annotations

import pytest

from storyline.lexicons.us_states import state_of


@pytest.mark.parametrize(("form", "state"), [("Va.", "Virginia"), ("Va", "Virginia"), ("N.Y.", "New York"),
                                             ("W.Va.", "West Virginia"), ("Calif.", "California")])
def test_a_news_abbreviation_names_its_state(form: str, state: str) -> None:
    assert state_of(form) == state


@pytest.mark.parametrize("form", ["va", "Miss.", "La.", "VA", "Va Beach", "Velmor"])
def test_words_codes_and_other_names_name_no_state(form: str) -> None:
    assert state_of(form) is None
