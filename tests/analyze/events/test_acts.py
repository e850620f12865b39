"""Acts an ordinary verb or noun tells by what it acts on or who does it (analyze/events/acts.py), on sentences
written for these tests: an invented republic of Velmora, its towns Lesk and Arvo, its ministers and its rebels.

Each test pairs a sentence that tells the act with one whose same word tells none, so it fails where the rule is
missing as well as where it over-reaches."""

from __future__ import annotations

import pytest

from tests.analyze.events.helpers import Events
from tests.analyze.events.helpers import kinds as _kinds
from tests.analyze.events.helpers import one as _one


def _texts(evs: Events, text: str, kind: tuple[str, str | None]) -> list[str]:
    return [e.text for e in evs(text) if (e.type, e.subtype) == kind]


@pytest.mark.parametrize(("told", "untold"), [
    ('"We will not give up," Foreign Minister Tomas Brill posted on Twitter on Monday.',
     "The Velmora Mining Company posted a loss of $3 million on Monday."),
    ("Prime Minister Anna Vorn posted on her Facebook page that the talks had failed.",
     "Captain Joel Amsel was posted to the embassy in Lesk in 2019."),
])
def test_acts_posted_online_is_a_telling(events_of: Events, told: str, untold: str) -> None:
    assert _texts(events_of, told, ("STATEMENT", "speech"))[-1] == "posted"
    assert "posted" not in [e.text for e in events_of(untold)]


@pytest.mark.parametrize(("told", "untold"), [
    ("The Red Hand released a video showing some of the captives on Thursday.",
     "The Red Hand released the captives on Thursday."),
    ("In a recording released on Sunday by the rebels, a captive pleads for help.",
     "The rebels released a statement on Sunday."),
])
def test_acts_a_telling_released_is_its_releasers_speech(events_of: Events, told: str, untold: str) -> None:
    assert _texts(events_of, told, ("STATEMENT", "speech")) == ["released"]
    assert "released" not in _texts(events_of, untold, ("STATEMENT", "speech"))


@pytest.mark.parametrize("text", [
    "Two of the suicide bombers have been named as brothers Karel and Piet Vorst.",
    "Police in Lesk identified the gunman as a 24-year-old man from Arvo.",
    "The security service has established the identity of the attackers.",
])
def test_acts_a_culprit_identified_is_an_investigation(events_of: Events, text: str) -> None:
    assert ("INVESTIGATE", None) in _kinds(events_of(text))


@pytest.mark.parametrize("text", [
    "The ministry identified water supply as its first priority.",
    "The party named Anna Vorn as its new envoy to Lesk.",
])
def test_acts_no_investigation_in_an_identified_priority_or_a_post(events_of: Events, text: str) -> None:
    told = events_of("Police in Lesk identified the gunman as a 24-year-old man from Arvo.")
    assert ("INVESTIGATE", None) in _kinds(told)
    assert ("INVESTIGATE", None) not in _kinds(events_of(text))


@pytest.mark.parametrize(("told", "untold"), [
    ("The Velmoran government has asked to search the embassy in Lesk.",
     "The official asked not to be named because he was not authorized to speak."),
    ("President Anna Vorn called on the regional alliance to send in troops.",
     "The foreign minister called on President Tomas Brill in Lesk on Monday."),
])
def test_acts_asking_to_do_is_a_request(events_of: Events, told: str, untold: str) -> None:
    assert _texts(events_of, told, ("REQUEST", None)) in (["asked"], ["called"])
    assert ("REQUEST", None) not in _kinds(events_of(untold))


def test_acts_someone_dispatched(events_of: Events) -> None:
    visit = _one(events_of("The president dispatched Foreign Minister Tomas Brill to Lesk on Monday."),
                 "CONSULT", "visit")
    assert visit.text == "dispatched"
    assert _one(events_of("The ministry dispatched 300 soldiers to the border with Arvo."),
                "MOBILIZE", None).text == "dispatched"
    assert "dispatched" not in [e.text for e in events_of("The judge dispatched Joel Amsel to prison.")]


@pytest.mark.parametrize("text", [
    "Officials raised the city's terror threat level after the blasts.",
    "The government put the army on high alert on Friday.",
])
def test_acts_an_alert_raised_is_a_mobilization(events_of: Events, text: str) -> None:
    assert ("MOBILIZE", None) in _kinds(events_of(text))
    assert ("MOBILIZE", None) not in _kinds(events_of("Heavy rain raised the level of the river on Friday."))


def test_acts_a_place_invaded(events_of: Events) -> None:
    assert _one(events_of("Gunmen had invaded the town of Lesk, shooting at residents."),
                "ASSAULT", "attack").text == "invaded"
    assert _one(events_of("Protesters invaded the parliament building in Lesk on Sunday."),
                "PROTEST", "violent_demonstration").text == "invaded"


@pytest.mark.parametrize("text", [
    "The nation observed a day of mourning for the dozens killed in the clashes.",
    "Velmora held a minute's silence on Monday for the victims of the fire.",
])
def test_acts_a_day_of_mourning_observed(events_of: Events, text: str) -> None:
    assert ("STATEMENT", "commemoration") in _kinds(events_of(text))
    untold = "Her silence on the matter angered families mourning their dead."
    assert ("STATEMENT", "commemoration") not in _kinds(events_of(untold))


@pytest.mark.parametrize("text", [
    "Authorities began allowing residents back into Lesk on Friday.",
    "Thousands of evacuees returned to their homes in Arvo on Friday.",
])
def test_acts_people_going_back(events_of: Events, text: str) -> None:
    assert ("MOVE", "transport") in _kinds(events_of(text))
    assert ("MOVE", "transport") not in _kinds(events_of("The families returned the money on Friday."))


@pytest.mark.parametrize("text", [
    "Velmora said its troops would be pulled from the coalition fighting in Arvo.",
    "The army pulled its forces back from the border on Monday.",
])
def test_acts_troops_pulled_away_withdraw(events_of: Events, text: str) -> None:
    assert _one(events_of(text), "RETREAT", "withdrawal").text == "pulled"
    assert ("RETREAT", "withdrawal") not in _kinds(events_of("Rescuers pulled a body from the rubble in Lesk."))


@pytest.mark.parametrize(("text", "kind"), [
    ("Governor Piet Vorst spoke while briefing the federal delegation in Lesk.", ("CONSULT", "meeting")),
    ("Minister Anna Vorn briefed reporters in Lesk on Monday.", ("STATEMENT", "broadcast")),
])
def test_acts_someone_briefed(events_of: Events, text: str, kind: tuple[str, str | None]) -> None:
    assert any(e.text.startswith("brief") for e in events_of(text) if (e.type, e.subtype) == kind)


@pytest.mark.parametrize(("told", "word", "untold"), [
    ("Security measures were tightened in Lesk and key buildings were under guard.", "tightened",
     "Food security was tightened in Lesk after the harvest failed."),
    ("Police beefed up patrols across Arvo after the blast.", "beefed",
     "The chef beefed up the menu in Arvo after the opening."),
    ("Authorities rushed to fortify the capital's defences on Saturday.", "fortify",
     "The brewery rushed to fortify its wine on Saturday."),
])
def test_acts_security_tightened_is_a_show_of_force(events_of: Events, told: str, word: str, untold: str) -> None:
    assert any(t.startswith(word) for t in _texts(events_of, told, ("MOBILIZE", None)))
    assert not _texts(events_of, untold, ("MOBILIZE", None))


@pytest.mark.parametrize(("told", "untold"), [
    ("The rebels took control of the town of Arvo on Friday.",
     "The new manager took control of the situation on Friday."),
    ("Armed men gained control of the airport in Lesk.", "The fund gained control of the company in Lesk."),
])
def test_acts_control_taken_of_a_place_is_a_capture(events_of: Events, told: str, untold: str) -> None:
    assert [e.text for e in events_of(told) if e.type == "TAKEOVER"][:1] in (["took"], ["gained"])
    assert not [e for e in events_of(untold) if e.type == "TAKEOVER"]


def test_acts_protesters_taking_control_of_a_building_protest(events_of: Events) -> None:
    text = "Protesters took control of the presidential palace in Lesk on Saturday."
    assert "took" in _texts(events_of, text, ("PROTEST", "violent_demonstration"))
    assert not [e for e in events_of(text) if e.type == "TAKEOVER"]


def test_acts_armed_men_advancing_on_a_place_mobilize(events_of: Events) -> None:
    told = _texts(events_of, "The mercenaries crossed the border and began marching toward Lesk.",
                  ("MOBILIZE", None))
    assert "marching" in told
    assert "approached" in _texts(events_of, "Police fled as the mutineers approached the capital.",
                                  ("MOBILIZE", None))
    assert not _texts(events_of, "Thousands of students marched toward parliament in Lesk.", ("MOBILIZE", None))


def test_acts_armed_men_turning_back_withdraw(events_of: Events) -> None:
    text = "Colonel Ivo Marek ordered his fighters to turn around and return to their bases."
    assert {"turn", "return"} <= set(_texts(events_of, text, ("RETREAT", "withdrawal")))
    assert not _texts(events_of, "The minister returned to Lesk and turned around the economy.",
                      ("RETREAT", "withdrawal"))


@pytest.mark.parametrize(("told", "untold"), [
    ("Colonel Ivo Marek published a video on social media on Tuesday.",
     "Colonel Ivo Marek published a memoir on Tuesday."),
])
def test_acts_a_telling_published_online_is_speech(events_of: Events, told: str, untold: str) -> None:
    assert _texts(events_of, told, ("STATEMENT", "speech")) == ["published"]
    assert not _texts(events_of, untold, ("STATEMENT", "speech"))


def test_acts_remains_handed_back_are_a_release(events_of: Events) -> None:
    assert _texts(events_of, "The body of Pavel Orsk has been handed over to his mother.",
                  ("RETREAT", "release"))
    assert not _texts(events_of, "The keys to the hall were handed over to his mother.", ("RETREAT", "release"))


def test_acts_an_ultimatum_threatens(events_of: Events) -> None:
    assert _texts(events_of, "The minister had given the former chief until Monday to return.", ("THREATEN", None))
    assert _texts(events_of, "The government gave the rebels 48 hours to lay down their arms.", ("THREATEN", None))
    assert not _texts(events_of, "The minister gave the former chief a medal on Monday.", ("THREATEN", None))
    # an envoy given days to leave is expelled (the act itself), no ultimatum
    assert not _texts(events_of, "The government gave the ambassador two days to leave.", ("THREATEN", None))


@pytest.mark.parametrize(("told", "untold"), [
    ("The security service has opened a criminal case against Colonel Ivo Marek.",
     "The waiter opened a case of wine for Colonel Ivo Marek."),
    ("After the crush, police launched a 475-member task force to find its cause.",
     "After the floods, the council launched a task force on housing."),
])
def test_acts_an_inquiry_opened_investigates(events_of: Events, told: str, untold: str) -> None:
    assert _texts(events_of, told, ("INVESTIGATE", None))
    assert not _texts(events_of, untold, ("INVESTIGATE", None))


@pytest.mark.parametrize(("told", "untold"), [
    ("The security service said it had closed a criminal investigation into the mutiny.",
     "The security service said it had closed the border crossing at Arvo."),
    ("Prosecutors in Lesk dropped the charges against Colonel Ivo Marek on Friday.",
     "The defender in Lesk dropped the ball on Friday."),
])
def test_acts_a_case_dropped_ends_it(events_of: Events, told: str, untold: str) -> None:
    assert _texts(events_of, told, ("JUSTICE", "case_dropped"))
    assert not _texts(events_of, untold, ("JUSTICE", "case_dropped"))


def test_acts_a_body_found_is_a_death(events_of: Events) -> None:
    assert _texts(events_of, "Rescuers have discovered the body of an elderly woman in Arvo.", ("LIFE", "death"))
    assert not _texts(events_of, "Rescuers have discovered the wreckage of a car in Arvo.", ("LIFE", "death"))
    assert not _texts(events_of, "Rescuers have recovered 32 bodies from the river in Arvo.", ("LIFE", "death"))
