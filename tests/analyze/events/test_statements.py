"""Statements told as acts (analyze/events/statements.py), on sentences written for these tests: a ministry, a
rail inquiry, a rights commission, a flood's toll, a prime minister of an invented republic."""

from __future__ import annotations

import pytest

from tests.analyze.events.helpers import Events


def _statements(evs: list, subtype: str) -> list[str]:
    return [e.text for e in evs if (e.type, e.subtype) == ("STATEMENT", subtype)]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Prime Minister Ilse Varga has admitted that the help given to the families was not good enough.", "admitted"),
    ("President Oren Castell acknowledged that the army had no other choice.", "acknowledged"),
    ("She had claimed in an interview with a local channel that she had not seen him for two days.", "claimed"),
    ("The adviser justified the raid on social media on Sunday.", "justified"),
    ("The minister testified that he had never signed the order.", "testified"),
])
def test_a_verb_of_stating_with_its_content_is_a_statement(events_of: Events, text: str, trigger: str) -> None:
    assert trigger in _statements(events_of(text), "speech")


@pytest.mark.parametrize(("text", "trigger"), [
    ("President Dalmar called the blast a cowardly attack on the nation.", "called"),
    ("The ministry described the charges as absurd and politically motivated.", "described"),
])
def test_naming_something_in_public_is_a_statement(events_of: Events, text: str, trigger: str) -> None:
    assert trigger in _statements(events_of(text), "speech")


@pytest.mark.parametrize("text", [
    "The hospital admitted 40 patients overnight.",
    "The fire claimed the lives of twelve people.",
    "The report revealed that the signals had failed.",
    "A man called Tomas Adler was arrested on Friday.",
    "The new deaths raised the toll to 79.",
    "According to a report in the Valdora Times, the bridge was closed.",
    "Protesters presented a list of demands.",
])
def test_words_in_another_sense_make_no_statement(events_of: Events, text: str) -> None:
    evs = events_of(text)
    assert not [e for e in evs if e.type == "STATEMENT"], [(e.text, e.type, e.subtype) for e in evs]


@pytest.mark.parametrize(("text", "trigger"), [
    ("The rail safety commission submitted its report on the derailment to the board on Wednesday.", "report"),
    ("The four states published a list of 59 people they accuse of funding militants.", "list"),
    ("This is the fifth report that we are issuing to the public on the protests.", "report"),
    ("A report issued by the rights commission on Monday put the number of dead at 50.", "report"),
])
def test_a_document_issued_is_an_announcement(events_of: Events, text: str, trigger: str) -> None:
    assert trigger in _statements(events_of(text), "broadcast")


def test_the_issuer_of_a_document_speaks_not_what_it_holds(events_of: Events) -> None:
    ev = next(e for e in events_of("The Tarvian government published a list of 59 people and 12 charities.")
              if e.text == "list")
    actors = [p.text for p in ev.participants if p.role == "actor"]
    assert any("government" in a for a in actors)
    assert not any("people" in a or "charities" in a for a in actors)


@pytest.mark.parametrize(("text", "trigger"), [
    ("The state government revised the flood's death toll to 275 on Monday.", "revised"),
    ("A day later, it had lowered the number to 275 dead.", "lowered"),
    ("Authorities in the province revised on Tuesday the body count in the flood to 288.", "revised"),
    ("Police put the death toll at 79.", "put"),
])
def test_a_count_of_the_dead_restated_is_an_announcement(events_of: Events, text: str, trigger: str) -> None:
    assert trigger in _statements(events_of(text), "revision")


def test_someone_s_words_named_by_a_noun_are_a_statement(events_of: Events) -> None:
    text = "In Prime Minister Aldo Ferrand's first public comments on the dispute, he defended the envoy."
    assert "comments" in _statements(events_of(text), "speech")
    assert not _statements(events_of("The embassy did not respond to a request for comment."), "speech")
