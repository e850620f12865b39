"""Acts told inside a complement: threats, demands, posts taken up, ousters (fictional texts, the real model)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storyline.analyze.pipeline import Analyzer
from storyline.analyze.resources import Resources
from storyline.model import Article, EventMention
from tests.conftest import analyzer_with

Events = Callable[[str], list[EventMention]]


@pytest.fixture(scope="module")
def events_of(resources: Resources, make_article: Callable[..., Article]) -> Events:
    an: Analyzer = analyzer_with(resources, "baseline", "time", "events")

    def run(text: str) -> list[EventMention]:
        return list(an.analyze(make_article(text)).events)

    return run


def _kinds(events: list[EventMention], word: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.subtype) for e in events if e.text.lower() == word]


@pytest.mark.parametrize(("text", "word"), [
    ("President Orlan Vesk vowed to hunt down the attackers.", "vowed"),
    ("The governor has vowed retaliation against the Karsh militia.", "vowed"),
    ("The general pledged to crush the rebels within a week.", "pledged"),
    ("\"We will find them and punish them,\" the minister vowed.", "vowed"),
    ("\"We will seek out every person who was involved in this act,\" the minister vowed.", "vowed"),
    ("The premier promised that those responsible will be brought to justice.", "promised"),
])
def test_embedded_a_vow_of_harm_to_a_party_is_a_threat(events_of: Events, text: str, word: str) -> None:
    assert _kinds(events_of(text), word) == [("THREATEN", None)]


@pytest.mark.parametrize(("text", "word"), [
    ("The mayor pledged to rebuild the town within a year.", "pledged"),
    ("The minister vowed to eliminate poverty in the north.", "vowed"),
])
def test_embedded_a_promise_that_harms_no_party_stays_a_promise(events_of: Events, text: str, word: str) -> None:
    assert _kinds(events_of(text), word) == [("AGREE", "promise")]


@pytest.mark.parametrize(("text", "word", "deed"), [
    ("The opposition sought the transport minister's resignation.", "sought", "resignation"),
    ("The opposition stepped up pressure for the minister's resignation.", "pressure", "resignation"),
    ("Lesk's repeated calls for the release of the activists angered Varnow.", "calls", "release"),
    ("\"We continue to call for the release of both men,\" the minister said.", "call", "release"),
    ("Protesters in Lesk called for the governor to resign.", "called", "resign"),
])
def test_embedded_pressing_for_an_act_is_a_demand_and_the_act_is_not_done(events_of: Events, text: str, word: str,
                                                                         deed: str) -> None:
    events = events_of(text)
    assert _kinds(events, word) == [("REQUEST", None)]
    assert [e.modality for e in events if e.text.lower() == deed] == ["planned"]


@pytest.mark.parametrize("text", [
    "The senator is seeking re-election in the autumn.",
    "The minister called the attack cowardly.",
    "The envoy sought to calm tensions between the two capitals.",
])
def test_embedded_seeking_no_act_of_another_is_no_demand(events_of: Events, text: str) -> None:
    assert not [e for e in events_of(text) if e.type == "REQUEST"]


@pytest.mark.parametrize(("text", "word"), [
    ("Prime Minister Ilse Dalo will serve as acting president.", "serve"),
    ("Ilse Dalo took over as interim leader of the party on Monday.", "took over"),
    ("After the vote Ilse Dalo became acting president.", "became"),
])
def test_embedded_a_post_taken_up_is_an_appointment(events_of: Events, text: str, word: str) -> None:
    assert _kinds(events_of(text), word) == [("APPOINT", "appointment")]


@pytest.mark.parametrize("text", [
    "Ilse Dalo served as foreign minister from 2010 to 2014.",
    "Dalo became the first prime minister to visit the island.",
    "It was her first visit since she became foreign minister in January.",
])
def test_embedded_a_post_held_before_is_no_appointment(events_of: Events, text: str) -> None:
    assert not [e for e in events_of(text) if e.type == "APPOINT"]


def test_embedded_losing_a_no_confidence_vote_is_an_ouster(events_of: Events) -> None:
    text = "Tavish Orm became the first prime minister of Karvosh to lose a no-confidence vote."
    assert _kinds(events_of(text), "lose") == [("RETREAT", "dismissal")]


def test_embedded_an_ousted_leader_named_by_the_epithet_is_no_new_ouster(events_of: Events) -> None:
    # the ouster itself, told by its verb, is one (RETREAT/dismissal, with the resignations: ACE End-Position)
    assert _kinds(events_of("Tavish Orm was ousted on Sunday."), "ousted") == [("RETREAT", "dismissal")]
    assert _kinds(events_of("Ousted President Tavish Orm is free to leave the country."), "ousted") == []
