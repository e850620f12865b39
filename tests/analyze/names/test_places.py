"""Known places from ISO 3166: countries and provinces, folded like any name; other names are not places."""

from __future__ import annotations

from storyline.analyze.names.places import known_place


def test_known_place_countries_and_provinces() -> None:
    assert known_place("Malawi") == "country" and known_place("Bolivia") == "country"  # "Bolivia, Plurinational ..."
    assert known_place("Tierra del Fuego") == "subdivision"


def test_known_place_other_names_are_not_places() -> None:
    assert known_place("Orlan Vesk") is None and known_place("Velmora") is None
