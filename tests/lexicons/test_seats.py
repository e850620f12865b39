"""Seats of government: the state a seat stands for, and for a body named after it; nothing for other names."""

from __future__ import annotations

import pytest

from storyline.lexicons.seats import seat_country


@pytest.mark.parametrize(("name", "country"), [
    ("the Elysée", "France"), ("Downing Street", "United Kingdom"), ("Casa Rosada", "Argentina"),
    ("the Pentagon Press Office", "United States"), ("Quai d’Orsay", "France"),
    ("Pentagon Papers", None), ("Downing Street spokesman", None), ("Ostra Street", None), ("Elysee Bakery", None),
])
def test_seat_country_names_the_state_a_seat_stands_for(name: str, country: str | None) -> None:
    assert seat_country(name) == country
