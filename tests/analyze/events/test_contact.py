"""Acts of contact and movement typed by who takes part (analyze/events/contact.py), on sentences written for
these tests: an earthquake in an invented kingdom, a president of an invented republic and his neighbours."""

from __future__ import annotations

import pytest

from tests.analyze.events.helpers import Events


def _kinds(evs: list, trigger: str) -> set[tuple[str, str | None]]:
    return {(e.type, e.subtype) for e in evs if e.text == trigger}


@pytest.mark.parametrize(("text", "trigger"), [
    ("According to the statement, rescue squads arrived in the kingdom on Sunday to work with local teams.",
     "arrived"),
    ("Some foreign search-and-rescue teams arrived Sunday as an aftershock rattled the valley.", "arrived"),
    ("A team of doctors arrived in Tarsk on Monday.", "arrived"),
])
def test_relief_people_arriving_are_aid(events_of: Events, text: str, trigger: str) -> None:
    assert _kinds(events_of(text), trigger) == {("AID", None)}


@pytest.mark.parametrize(("text", "trigger"), [
    ("A small group of Orvanian experts arrived late Sunday.", "arrived"),
    ("Two flights carrying 15 soldiers wounded in the attack arrived at Velm Air Base on Friday.", "arrived"),
    ("Two of the suspects travelled to Lesk via Tarsk, the police said.", "travelled"),
])
def test_people_who_are_no_envoys_travelling_are_moved(events_of: Events, text: str, trigger: str) -> None:
    assert _kinds(events_of(text), trigger) == {("MOVE", "transport")}


def test_a_president_heading_to_a_named_country_makes_a_visit(events_of: Events) -> None:
    evs = events_of("The bloc's chairman said President Alain Dossou was heading to Orvania on a mediation bid.")
    assert _kinds(evs, "heading") == {("CONSULT", "visit")}


@pytest.mark.parametrize("text", [
    "Colonel Ruiz headed the committee for ten years.",
    "The experts arrived at the conclusion that the bridge was safe.",
    "The storm arrived on the coast on Monday.",
])
def test_no_journey_where_nobody_travels(events_of: Events, text: str) -> None:
    evs = events_of(text)
    assert not any(e.type in ("MOVE", "AID", "CONSULT") for e in evs)


@pytest.mark.parametrize(("text", "trigger", "kind"), [
    ("The government is set to send 60 search and rescue specialists and four search dogs to the kingdom.", "send",
     ("AID", None)),
    ("The king thanked the two states for sending aid.", "sending", ("AID", None)),
    ("President Ruiz announced that Tesland will send an intelligence mission to Orvania to aid in the "
     "investigation.", "send", ("COOPERATE", None)),
    ("The spokeswoman said senior police officials will be sent to Orvania as soon as possible to assess the "
     "situation and how they may be able to assist.", "sent", ("COOPERATE", None)),
])
def test_what_is_sent_types_the_sending(events_of: Events, text: str, trigger: str,
                                        kind: tuple[str, str | None]) -> None:
    assert _kinds(events_of(text), trigger) == {kind}


@pytest.mark.parametrize(("text", "trigger"), [
    ("Foreign Minister Lena Voss spoke with her Orvanian counterpart Tomas Adler on Sunday, extending her "
     "condolences.", "spoke"),
    ("The secretary-general also said he had spoken to the president and offered his full support.", "spoken"),
])
def test_talking_with_a_party_is_a_consultation(events_of: Events, text: str, trigger: str) -> None:
    assert _kinds(events_of(text), trigger) == {("CONSULT", "talks")}


@pytest.mark.parametrize("text", [
    "The minister spoke to reporters outside the ministry on Monday.",
    "An official, who spoke to Anna Berg on condition of anonymity, said the bridge had failed.",
    "The president spoke to the nation on Sunday evening.",
])
def test_talking_to_the_press_or_the_nation_is_no_consultation(events_of: Events, text: str) -> None:
    assert not _kinds(events_of(text), "spoke")


def test_a_crowd_chanting_a_slogan_is_a_demonstration(events_of: Events) -> None:
    evs = events_of("The president promised more aid, while those around him chanted “Freedom” and “Down with "
                    "the government.”")
    assert _kinds(evs, "chanted") == {("PROTEST", "demonstration")}


def test_fans_chanting_make_no_demonstration(events_of: Events) -> None:
    assert not any(e.type == "PROTEST" for e in events_of("The fans chanted his name after the final whistle."))


def test_prosecutors_seeking_a_term_of_detention_request_it(events_of: Events) -> None:
    evs = events_of("Prosecutors said Wednesday they were seeking 18 months in pretrial detention for Ruiz.")
    assert _kinds(evs, "seeking") == {("REQUEST", None)}


def test_talking_with_anyone_unnamed_is_no_consultation(events_of: Events) -> None:
    assert not _kinds(events_of("The police spoke with her lawyer on Monday."), "spoke")
