"""The event ontology: the ACE 2005 / ERE types news needs beside PLOVER, read in context (fictional texts)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storyline.analyze.events.ontology import (
    ACE_TRIGGERS,
    PLOVER,
    TRIGGERS,
    low_value,
    plover_of,
    related,
    subtypes_compatible,
    uninflected,
)
from storyline.analyze.pipeline import Analyzer
from storyline.analyze.resources import Resources
from storyline.model import Article, EventMention
from tests.conftest import analyzer_with


@pytest.fixture(scope="module")
def kinds_of(resources: Resources, make_article: Callable[..., Article]
             ) -> Callable[[str], list[tuple[str, str | None, str]]]:
    an: Analyzer = analyzer_with(resources, "baseline", "time", "events")

    def run(text: str) -> list[tuple[str, str | None, str]]:
        evs: list[EventMention] = list(an.analyze(make_article(text)).events)
        return [(e.type, e.subtype, e.text) for e in evs]

    return run


@pytest.mark.parametrize(("text", "kind"), [
    ("The novelist Arlen Vosk died on Sunday in Tremont, his publisher said.", ("LIFE", "death", "died")),
    ("Mira Castell married the banker Jon Hale in a small ceremony in Brelford.", ("LIFE", "marriage", "married")),
    ("A jury convicted the former mayor of Tolland of bribery on Tuesday.", ("JUSTICE", "conviction", "convicted")),
    ("Prosecutors charged the driver with manslaughter on Friday.", ("JUSTICE", "charge", "charged")),
    ("A judge sentenced Pell Randry to ten years in prison.", ("JUSTICE", "sentence", "sentenced")),
    ("The family sued the hospital over the error.", ("JUSTICE", "lawsuit", "sued")),
    ("Kelvar Systems agreed to acquire its rival Brightwell for $2 billion.", ("TRANSACTION", "ownership", "acquire")),
    ("The board dismissed the chief executive on Monday.", ("RETREAT", "dismissal", "dismissed")),
    ("Justice Minister Tal Oren tweeted about the shooting on Friday.", ("STATEMENT", "speech", "tweeted")),
    ("Commander Brell was heckled by residents shouting questions.", ("DISAPPROVE", None, "heckled")),
    ("The outrage over his remarks prompted him to apologise.", ("CONCEDE", None, "apologise")),
    ("Thousands of residents fled the town as the river rose.", ("MOVE", "transport", "fled")),
    ("A bus crashed near Dunmore early on Sunday.", ("DISASTER", "man_made", "crashed")),
])
def test_ontology_ace_types_are_read_from_text(kinds_of: Callable[[str], list[tuple[str, str | None, str]]],
                                               text: str, kind: tuple[str, str, str]) -> None:
    assert kind in kinds_of(text)


def test_ontology_vague_senses_trigger_nothing(kinds_of: Callable[[str], list[tuple[str, str | None, str]]]) -> None:
    # "in charge of" is a responsibility, a "sentence" with nothing pointing at it is grammar, "fine" an adjective
    kinds = kinds_of("Officials in charge of the budget said the weather was fine.")
    assert not [k for k in kinds if k[0] in ("JUSTICE", "LIFE")]


def test_ontology_ace_types_do_not_duplicate_ours() -> None:
    # an ACE subtype we already had keeps our type: the killing stays an assault, the meeting a consultation
    assert TRIGGERS["kill"].type == "ASSAULT" and TRIGGERS["meet"].type == "CONSULT"
    assert TRIGGERS["arrest"].type == "COERCE" and TRIGGERS["appoint"].type == "APPOINT"
    assert {k.type for k in ACE_TRIGGERS.values()} <= set(PLOVER) | {"CONSULT", "APPOINT", "RETREAT", "DISASTER"}


def test_ontology_plover_of_legal_action() -> None:
    assert plover_of("JUSTICE", "charge") == "COERCE"
    assert plover_of("JUSTICE", "lawsuit") == "DISAPPROVE"
    assert plover_of("JUSTICE", "pardon") is None


def test_ontology_low_value_types_for_the_briefing() -> None:
    assert low_value("LIFE", "death") and low_value("CONSULT", "call")
    assert not low_value("JUSTICE", "sentence") and not low_value("CONSULT", "meeting")


def test_ontology_charge_with_that_clause_is_an_accusation(
        kinds_of: Callable[[str], list[tuple[str, str | None, str]]]) -> None:
    # "her charge that ..." tells what she alleges; "charged ... with manslaughter" stays an indictment (above)
    kinds = kinds_of("The minister repeated her charge that the Dalen Front and the Ostra League were one enemy.")
    assert ("ACCUSE", "accusation", "charge") in kinds and not [k for k in kinds if k[0] == "JUSTICE"]
    kinds = kinds_of("Relations between the two countries were strained this month after Norlandi ministers "
                     "accused Ostra of letting fighters cross the Dalen river, charges Ostra has denied.")
    assert not [k for k in kinds if k[0] == "JUSTICE"]
    kinds = kinds_of("The former mayor faces charges of bribery after his arrest in Tolland.")
    assert ("JUSTICE", "charge", "charges") in kinds


def test_ontology_saying_is_a_low_value_statement(kinds_of: Callable[[str], list[tuple[str, str | None, str]]]
                                                  ) -> None:
    # the act of saying is an event of its own (Rich ERE Contact), which no briefing heads
    kinds = kinds_of("Harbour officials told reporters on Monday that the Tessel bridge would stay closed, and "
                     "the mayor said repairs would take a month.")
    assert ("STATEMENT", "speech", "told") in kinds and ("STATEMENT", "speech", "said") in kinds
    assert low_value("STATEMENT", "speech")


def test_ontology_a_travel_advisory_is_no_kind_of_threat() -> None:
    assert not related("THREATEN", "advisory", None) and not related("THREATEN", None, "advisory")
    assert related("THREATEN", "advisory", "advisory") and related("ASSAULT", "bombing", None)


def test_uninflected_takes_inflections_off_likeliest_first() -> None:
    assert uninflected("kills") == ("kill",) and uninflected("fired")[:2] == ("fire", "fir")
    assert "attack" in uninflected("attacked") and "kidnap" in uninflected("kidnapped")
    assert "carry" in uninflected("carries") and "carry" in uninflected("carried") and "die" in uninflected("dies")
    assert "pass" in uninflected("passes") and uninflected("press") == () and uninflected("kill") == ()


def test_ontology_an_attack_told_only_by_what_befell_people_fits_a_hostage_taking() -> None:
    # "took 100 hostages at the beginning of the siege": "siege" (an attack) and "killed" say only that people were
    # attacked, so they fit any way of attacking, a hostage-taking too (they had stayed apart from it)
    assert subtypes_compatible("ASSAULT", "attack", "abduction")
    assert subtypes_compatible("ASSAULT", "abduction", "killing")
    # negative: two ways of attacking of other modes stay apart
    assert not subtypes_compatible("ASSAULT", "bombing", "air_strike")


def test_ontology_a_coup_is_a_capture_of_power_not_of_every_kind_of_takeover() -> None:
    # "seized power", "the military takeover" (a capture) and "the coup" tell one act
    assert subtypes_compatible("TAKEOVER", "coup", "capture") and related("TAKEOVER", "capture", "coup")
    # negative: a coup is no recapture of ground by the state
    assert not subtypes_compatible("TAKEOVER", "coup", "regain")


def test_a_court_s_ruling_has_no_plover_category_of_its_own() -> None:
    assert plover_of("JUSTICE", "ruling") is None  # what it decides says which: allowing is CONCEDE
    assert plover_of("JUSTICE", "charge") == "COERCE"
