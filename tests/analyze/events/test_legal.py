"""The steps of a criminal case told with ordinary words (analyze/events/legal.py), on sentences written for these
tests about invented people and places."""

from __future__ import annotations

import pytest

from tests.analyze.events.helpers import Events
from tests.analyze.events.helpers import kinds as _kinds
from tests.analyze.events.helpers import one as _one


@pytest.mark.parametrize(("text", "trigger"), [
    ("Ardo Velk has pleaded not guilty to fraud charges.", "pleaded"),
    ("Two of his aides pleaded guilty to conspiracy last month.", "pleaded"),
    ("The driver pleaded no contest to reckless driving.", "pleaded"),
    ("Mira Tolan entered a guilty plea on Monday.", "plea"),
    ("The former mayor reached a plea deal with prosecutors.", "deal"),
])
def test_a_plea_is_a_step_of_the_case(events_of: Events, text: str, trigger: str) -> None:
    ev = _one(events_of(text), "JUSTICE", "plea")
    assert ev.text.split()[-1] == trigger


def test_not_guilty_denies_no_charge(events_of: Events) -> None:
    evs = events_of("Ardo Velk has pleaded not guilty to fraud charges.")
    charge = _one(evs, "JUSTICE", "charge")
    assert charge.modality == "asserted" and _one(evs, "JUSTICE", "plea").modality == "asserted"


@pytest.mark.parametrize("text", [
    "The mother pleaded with the gunmen to let the children go.",
    "The mayor made a plea for calm on Sunday.",
])
def test_pleading_for_something_is_no_plea(events_of: Events, text: str) -> None:
    assert ("JUSTICE", "plea") in _kinds(events_of("The mother pleaded guilty on Monday."))  # (the rule is in force)
    assert ("JUSTICE", "plea") not in _kinds(events_of(text))


@pytest.mark.parametrize(("text", "kind"), [
    ("A jury found Velk guilty on all seven counts on Thursday.", "conviction"),
    ("The banker was found guilty of fraud in May.", "conviction"),
    ("The jury returned a guilty verdict after four hours.", "conviction"),
    ("The nurse was found not guilty of murder on Friday.", "acquittal"),
    ("The former minister was cleared of all charges.", "acquittal"),
    ("The lawyers did not comment on the verdict.", "verdict"),
])
def test_a_verdict_convicts_or_acquits(events_of: Events, text: str, kind: str) -> None:
    assert ("JUSTICE", kind) in _kinds(events_of(text))


def test_found_without_guilt_is_no_verdict(events_of: Events) -> None:
    assert ("JUSTICE", "conviction") in _kinds(events_of("A jury found the diver guilty on Friday."))
    kinds = _kinds(events_of("Divers found the wreck of the ferry on Friday."))
    assert not {k for k in kinds if k[0] == "JUSTICE"}


@pytest.mark.parametrize(("text", "kind"), [
    ("A magistrate in Port Sarn on Tuesday denied bail to Velk.", ("COERCE", "remand")),
    ("Velk was denied bail by the chief magistrate.", ("COERCE", "remand")),
    ("A judge on Friday revoked Velk's bail.", ("COERCE", "remand")),
    ("He is being held without bail.", ("COERCE", "remand")),
    ("Velk was released from custody on a $25 million bond on Thursday.", ("JUSTICE", "bail")),
    ("The activist was freed on bail on Monday.", ("JUSTICE", "bail")),
    ("The singer posted bail on Monday.", ("JUSTICE", "bail")),
])
def test_bail_refused_holds_and_bail_granted_releases(events_of: Events, text: str,
                                                      kind: tuple[str, str]) -> None:
    kinds = _kinds(events_of(text))
    assert kind in kinds and ("REJECT", None) not in kinds and ("RETREAT", "release") not in kinds


def test_captives_freed_stay_a_release(events_of: Events) -> None:
    assert ("JUSTICE", "bail") in _kinds(events_of("The police released the two engineers on bail on Sunday."))
    assert ("RETREAT", "release") in _kinds(events_of("The kidnappers released the two engineers on Sunday."))


@pytest.mark.parametrize(("text", "trigger"), [
    ("A bail hearing is set for Monday.", "bail hearing"),
    ("The court adjourned the hearing until March.", "hearing"),
    ("Jury selection began on Tuesday.", "Jury selection"),
    ("The former minister stood trial in May.", "trial"),
    ("The supreme court will hear the case next week.", "hear"),
])
def test_a_hearing_is_a_sitting_of_the_trial(events_of: Events, text: str, trigger: str) -> None:
    ev = _one(events_of(text), "JUSTICE", "trial")
    assert ev.text == trigger


@pytest.mark.parametrize("text", [
    "The senate committee held a hearing on the budget.",
    "Her confirmation hearing lasted six hours.",
    "The injury caused hearing loss in one ear.",
])
def test_a_hearing_of_no_court_is_no_trial(events_of: Events, text: str) -> None:
    assert ("JUSTICE", "trial") in _kinds(events_of("The extradition hearing lasted six hours."))
    assert ("JUSTICE", "trial") not in _kinds(events_of(text))


def test_testimony_in_court(events_of: Events) -> None:
    assert ("JUSTICE", "testimony") in _kinds(events_of("Velk testified at his trial that he never took the money."))
    assert ("JUSTICE", "testimony") not in _kinds(events_of("The weather was testimony to a mild winter."))


@pytest.mark.parametrize("text", [
    "Velk appealed the verdict on Monday.",
    "His lawyers lodged an appeal against the conviction.",
    "The party appealed to the constitutional court.",
])
def test_an_appeal_to_a_court_is_a_step_of_the_case(events_of: Events, text: str) -> None:
    kinds = _kinds(events_of(text))
    assert ("JUSTICE", "appeal") in kinds and ("REQUEST", None) not in kinds


def test_an_appeal_for_help_stays_a_request(events_of: Events) -> None:
    assert ("JUSTICE", "appeal") in _kinds(events_of("The mayor appealed the ruling after the riots."))
    kinds = _kinds(events_of("The mayor appealed for calm after the riots."))
    assert ("REQUEST", None) in kinds and ("JUSTICE", "appeal") not in kinds


@pytest.mark.parametrize(("text", "kind"), [
    ("The smuggler was jailed for 25 years on Friday.", "sentence"),
    ("The governor commuted his sentence to life in prison.", "pardon"),
    ("The firm was ordered to pay a $5 million fine.", "fine"),
])
def test_a_sentence_told_by_its_term_or_its_sum(events_of: Events, text: str, kind: str) -> None:
    assert ("JUSTICE", kind) in _kinds(events_of(text))


def test_jailed_with_no_term_stays_an_arrest(events_of: Events) -> None:
    assert ("JUSTICE", "sentence") in _kinds(events_of("A court jailed the protest leaders for two years."))
    assert ("COERCE", "arrest") in _kinds(events_of("Police jailed the protest leaders on Friday."))


def test_a_hearing_into_a_matter_is_an_inquiry(events_of: Events) -> None:
    kinds = _kinds(events_of("The high court opened a hearing on Monday into the legality of the new border fence."))
    assert ("INVESTIGATE", None) in kinds and ("JUSTICE", "trial") not in kinds


@pytest.mark.parametrize(("text", "kind"), [
    ("He was freed on bail pending trial.", ("JUSTICE", "bail")),
    ("His lawyers filed an appeal on Tuesday.", ("JUSTICE", "appeal")),
    ("The jury began deliberations on Friday.", ("JUSTICE", "trial")),
    ("The judge declared a mistrial on Monday.", ("JUSTICE", "trial")),
    ("The defendant filed suit against the city.", ("JUSTICE", "lawsuit")),
])
def test_more_steps_of_a_case(events_of: Events, text: str, kind: tuple[str, str]) -> None:
    assert kind in _kinds(events_of(text))


def test_an_execution_carries_out_a_sentence(events_of: Events) -> None:
    assert ("JUSTICE", "execution") in _kinds(events_of("The inmate was executed by lethal injection on Thursday."))
    kinds = _kinds(events_of("The gunmen executed two hostages on Sunday."))
    assert ("JUSTICE", "execution") not in kinds and ("ASSAULT", "killing") in kinds
