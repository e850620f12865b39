"""Actors: a country, its capital and its people are one actor; a description is not a name."""

from __future__ import annotations

from storyline.lexicons.countries import country_of, demonym_country
from storyline.model import Entity
from storyline.present.actors import (
    StoryStates,
    actor_key,
    fold_labels,
    is_outlet,
    same_actor,
    short_description,
    speaker_phrase,
)


def test_country_of_reads_capitals_demonyms_and_codes() -> None:
    assert country_of("Lima") == country_of("Peru") == country_of("Peruvians") is not None
    assert country_of("U.S.") == country_of("United States")
    assert country_of("in") is None and country_of("Anselm Dravik") is None


def test_same_actor_joins_a_capital_and_its_country() -> None:
    assert same_actor("Paris", "France") and not same_actor("Paris", "Germany")


def test_demonym_country_only_for_peoples() -> None:
    assert demonym_country("German") == country_of("Germany")
    assert demonym_country("Germany") is None


def test_fold_labels_drops_a_demonym_after_its_country() -> None:
    assert fold_labels(["Kenya", "Norway", "Norwegian", "Berlin"]) == ["Kenya", "Norway", "Berlin"]


def test_short_description_keeps_the_head_of_a_description() -> None:
    long = "The authoritarian long-term ruler of the ex-Soviet republic, which is allied with its neighbour"
    assert short_description(long) == "the authoritarian long-term ruler"
    assert short_description("the foreign minister") == "the foreign minister"
    assert short_description("Anselm Dravik") == "Anselm Dravik"
    # a head cut short keeps a name whole
    assert short_description("The Vessa Liberation Front group") == "the Vessa Liberation Front group"
    assert short_description("the newly elected chief executive officer") == "the executive officer"
    assert short_description("Some reporters for channels that had been broadcasting from the town") == \
        "some reporters"  # a quantifier opens a description too
    assert speaker_phrase(long) == "The authoritarian long-term ruler of the ex-Soviet republic"


def test_is_outlet_reads_newsroom_words() -> None:
    assert is_outlet("Sarn Daily Herald") and not is_outlet("Sarn Defence Ministry")


def test_a_state_body_is_its_country_as_an_actor() -> None:
    assert same_actor("External Affairs Ministry of Kenya", "Nairobi")
    assert same_actor("the Norwegian government", "Norway") and same_actor("Norway's foreign ministry", "Oslo")
    assert not same_actor("Ministry of Foreign Affairs", "Norway")  # no country named
    assert not same_actor("Kenya Airways", "Kenya")  # a company is not the state


def test_story_states_fold_a_capital_and_state_bodies_the_gazetteer_does_not_know() -> None:
    """Invented countries: what the articles say makes "Tarvik", "Norland's foreign ministry" and "the Osterni
    government" speak for their countries."""
    ents = [Entity("e1", "Norland", "GPE", {"Norland": 3}), Entity("e2", "Tarvik", "GPE"),
            Entity("e3", "Ostern", "GPE", {"Ostern": 2, "Osterni": 1}), Entity("e4", "Pelm", "GPE"),
            Entity("e5", "Dask", "GPE")]
    texts = ["Envoys met in Tarvik, the capital of neighbouring Norland, on Monday.",
             "A rally was held in the Osterni capital Pelm.", "Dask lies on the river."]
    states = StoryStates.of(ents, texts)
    assert fold_labels(["Tarvik", "Norland's foreign ministry", "Norland"], states) == ["Norland"]
    assert same_actor("Pelm", "the Osterni government", states) and same_actor("Pelm", "Ostern", states)
    assert not same_actor("Dask", "Norland", states)  # a place the text makes no capital stays itself
    assert actor_key("Tarvik") == "tarvik"  # without the story's word for it, nothing is guessed
