"""Ordinary verbs typed by their doer's class or their means (analyze/events/doers.py), on sentences written for these
tests: a capital's police, an invented republic's troops and government, a court in Velmora."""

from __future__ import annotations

import pytest

from tests.analyze.events.helpers import Events
from tests.analyze.events.helpers import kinds as _kinds
from tests.analyze.events.helpers import one as _one


@pytest.mark.parametrize(("text", "trigger"), [
    ("Police officers on Tuesday lobbed tear gas canisters at the crowd outside the assembly.", "lobbed"),
    ("Riot police used water cannon on marchers in central Velmora.", "used"),
    ("Officers fired rubber bullets near the square on Friday.", "fired"),
    ("Tear gas was fired at students outside the university.", "fired"),
    ("Police dispersed the protesters with batons on Sunday.", "dispersed"),
    # a crowd told by its size: the people the number is of
    ("Police dispersed thousands of protesters outside the assembly on Tuesday.", "dispersed"),
])
def test_crowd_control_used_is_force_against_protest(events_of: Events, text: str, trigger: str) -> None:
    ev = _one(events_of(text), "COERCE", "force_against_protest")
    assert ev.text == trigger


def test_a_dispersal_that_is_the_purpose_of_the_force_is_no_second_act(events_of: Events) -> None:
    evs = events_of("Police fired tear gas to disperse the protesters in Velmora.")
    assert [e.text for e in evs if (e.type, e.subtype) == ("COERCE", "force_against_protest")] == ["fired"]


@pytest.mark.parametrize("text", [
    "The crowd dispersed peacefully after the speeches.",
    "Protesters threw the tear gas canisters back at the lines.",
    "The chef used a water bath for the custard.",
])
def test_no_state_force_on_a_crowd(events_of: Events, text: str) -> None:
    assert ("COERCE", "force_against_protest") not in _kinds(events_of(text))


@pytest.mark.parametrize(("text", "trigger"), [
    ("Armored military vehicles patrolled the streets of the capital on Thursday.", "patrolled"),
    ("Troops patrolled Velmora overnight after the riots.", "patrolled"),
    ("Soldiers were stationed outside parliament on Monday.", "stationed"),
])
def test_forces_shown_in_a_place_are_mobilized(events_of: Events, text: str, trigger: str) -> None:
    evs = events_of(text)
    assert any(e.type == "MOBILIZE" and e.text == trigger for e in evs), [(e.text, e.type) for e in evs]


def test_unarmed_people_patrolling_are_no_force(events_of: Events) -> None:
    assert "MOBILIZE" not in {e.type for e in events_of("Volunteers patrolled the beach looking for turtle nests.")}


@pytest.mark.parametrize(("text", "trigger"), [
    ("The capital's police chief outlawed the planned demonstrations on Wednesday.", "outlawed"),
    ("All rallies were banned in Velmora ahead of the vote.", "banned"),
    ("The interior ministry announced a ban on protests in the capital.", "ban"),
])
def test_a_gathering_outlawed_is_a_restriction(events_of: Events, text: str, trigger: str) -> None:
    ev = _one(events_of(text), "COERCE", "restriction")
    assert ev.text == trigger


def test_a_ban_on_goods_is_no_restriction_of_gatherings(events_of: Events) -> None:
    assert ("COERCE", "restriction") not in _kinds(events_of("The council banned plastic bags in shops last year."))


@pytest.mark.parametrize(("text", "trigger"), [
    ("On Wednesday, the government scrapped some tax increases.", "scrapped"),
    ("The cabinet abandoned the fuel levy after a week of protests.", "abandoned"),
    ("The quota system, which had been abolished in 2030, was at the heart of the dispute.", "abolished"),
    ("The government lifted the caps on fuel prices on January 1.", "lifted"),
])
def test_a_state_dropping_its_measure_eases_it(events_of: Events, text: str, trigger: str) -> None:
    ev = _one(events_of(text), "RETREAT", "easing")
    assert ev.text == trigger


@pytest.mark.parametrize("text", [
    "The company scrapped its plans for a new plant.",
    "Prosecutors dropped the charges against the two men.",
    "The government scrapped the old frigates last year.",
])
def test_no_measure_of_a_state_dropped(events_of: Events, text: str) -> None:
    assert ("RETREAT", "easing") not in _kinds(events_of(text))


@pytest.mark.parametrize("text", [
    "Marten Oskov appeared in court on Tuesday and asserted his innocence.",
    "The two men will appear before a magistrate in Velmora on Friday.",
])
def test_an_appearance_in_court_is_a_sitting_of_the_court(events_of: Events, text: str) -> None:
    ev = _one(events_of(text), "JUSTICE", "trial")
    assert ev.text in ("appeared", "appear")


@pytest.mark.parametrize("text", [
    "The minister appeared on television on Tuesday.",
    "The suspect appeared to be calm.",
])
def test_other_appearances_are_no_sitting(events_of: Events, text: str) -> None:
    assert ("JUSTICE", "trial") not in _kinds(events_of(text))


@pytest.mark.parametrize("text", [
    "The ministry ordered the deportation of 29 people who were rounded up by police after the attack.",
    "Troops rounded up dozens of men in the village on Sunday.",
])
def test_people_rounded_up_are_arrested(events_of: Events, text: str) -> None:
    ev = _one(events_of(text), "COERCE", "arrest")
    assert ev.text == "rounded up"


def test_figures_rounded_up_are_no_arrest(events_of: Events) -> None:
    assert ("COERCE", "arrest") not in _kinds(events_of("The figures were rounded up to the nearest hundred."))


@pytest.mark.parametrize(("text", "kind"), [
    ("Thousands took to the streets of Velmora on Sunday.", ("PROTEST", "demonstration")),
    ("Opposition supporters poured into the streets of the capital on Friday.", ("PROTEST", "demonstration")),
    ("Soldiers took to the streets of the capital on Monday.", ("MOBILIZE", None)),
])
def test_out_in_the_streets_by_the_doer(events_of: Events, text: str, kind: tuple[str, str | None]) -> None:
    evs = events_of(text)
    assert any((e.type, e.subtype) == kind and e.text in ("took", "poured") for e in evs), \
        [(e.text, e.type, e.subtype) for e in evs]


def test_a_crowd_out_to_celebrate_is_no_demonstration(events_of: Events) -> None:
    assert "PROTEST" not in {e.type for e in events_of("Fans poured into the streets to celebrate the victory.")}


@pytest.mark.parametrize(("text", "trigger"), [
    ("Protest strikes have shut businesses, schools and public transport in Velmora.", "shut"),
    ("Demonstrators blocked the main highway into the capital on Tuesday.", "blocked"),
    ("Roads into Velmora were blocked by protesters on Monday.", "blocked"),
    ("Demonstrators occupied the runway of the airport in Lesk on Monday.", "occupied"),
])
def test_places_shut_by_protesters_or_a_stoppage_are_the_protest(events_of: Events, text: str, trigger: str) -> None:
    evs = events_of(text)
    assert any((e.type, e.text) == ("PROTEST", trigger) for e in evs), [(e.text, e.type, e.subtype) for e in evs]
    assert ("COERCE", "restriction") not in _kinds(evs)


def test_places_shut_by_others_are_no_protest(events_of: Events) -> None:
    assert "PROTEST" not in {e.type for e in events_of("Police blocked the main highway into the capital.")}
    assert "PROTEST" not in {e.type for e in events_of("An air strike shut the airport on Monday.")}
    assert _one(events_of("The authorities shut all schools in Velmora on Monday."), "COERCE", "restriction")
