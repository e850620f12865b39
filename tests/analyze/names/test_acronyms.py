from __future__ import annotations

from storyline.analyze.names.acronyms import link_acronyms
from storyline.model import Mention


def _m(text: str, sub: str, label: str) -> Mention:
    start = text.index(sub)
    return Mention("a1", start, start + len(sub), sub, label, source="spacy")


def test_an_organization_named_in_english_defines_its_acronym_in_its_own_language() -> None:
    text = ("The Velmor Workers\u2019 Party (PVK) said it was not behind the attack on Sarn Aviation Industries "
            "(SAVAS). Later the PVK denied it again.")
    mentions = [_m(text, "Velmor Workers\u2019 Party", "ORG"), _m(text, "Sarn Aviation Industries", "ORG")]
    out, pairs = link_acronyms(mentions, text)
    assert pairs == [("PVK", "Velmor Workers' Party"), ("SAVAS", "Sarn Aviation Industries")]
    assert len([m for m in out if m.text == "PVK" and m.label == "ORG"]) == 2


def test_a_credit_a_ticker_or_a_person_before_a_bracket_defines_no_acronym() -> None:
    text = ("Velmor Sarn Holdings (QRZ.O) rose. The Tarvin Harbour Board (AFP) met. Dorin Vesk Tamm (PVK) spoke. "
            "Tarsk Relief (US) came.")
    mentions = [_m(text, "Velmor Sarn Holdings", "ORG"), _m(text, "Tarvin Harbour Board", "ORG"),
                _m(text, "Dorin Vesk Tamm", "PERSON"), _m(text, "Tarsk Relief", "ORG")]
    assert link_acronyms(mentions, text)[1] == []


def test_the_words_the_tagger_left_off_a_name_before_its_bracket_are_the_long_forms() -> None:
    text = "Fighters of Harakat Velmor al-Sarn wal-Tarvin (HVST*) attacked. Jund Orvan set fire (JO) to it."
    mentions = [_m(text, "Harakat Velmor al-Sarn", "ORG"), _m(text, "Jund Orvan", "ORG")]
    _, pairs = link_acronyms(mentions, text)
    assert ("HVST", "Harakat Velmor al-Sarn wal-Tarvin") in pairs
    assert not any(short == "JO" for short, _ in pairs)  # lower-case words between: no definition
