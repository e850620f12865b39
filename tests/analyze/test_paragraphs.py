"""Sentences end at blank lines (the spaCy model ignores line breaks), through the shared pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language


def _sentences(nlp: Language, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents]


def test_paragraphs_a_blank_line_ends_a_caption_without_full_stop(nlp: Language) -> None:
    text = ("Photo credit: the agency's archive\n\nAnna Berg, a spokeswoman for the ministry, denied the "
            "report that the border had been closed.")
    assert _sentences(nlp, text) == ["Photo credit: the agency's archive", "Anna Berg, a spokeswoman for the "
                                     "ministry, denied the report that the border had been closed."]


def test_paragraphs_the_opening_name_of_a_paragraph_stays_whole(nlp: Language) -> None:
    # with one boundary fixed the parser tended to cut the opening name in two ("Tomas" | "Reyne, ...")
    sents = _sentences(nlp, "Skip\n\nTomas Reyne, a police chief, denied it.")
    assert sents == ["Skip", "Tomas Reyne, a police chief, denied it."]


def test_paragraphs_a_closing_quotation_mark_stays_with_its_paragraph(nlp: Language) -> None:
    sents = _sentences(nlp, 'The envoy said they were "completely rejected."\n\nThe ministry said, "We reject it."')
    assert sents == ['The envoy said they were "completely rejected."', 'The ministry said, "We reject it."']


def test_paragraphs_a_single_line_break_is_left_to_the_model(nlp: Language) -> None:
    # a hard wrap inside a sentence: one line break is no paragraph end
    text = "The minister said on Monday that the talks would resume\nnext week in the capital."
    assert len(_sentences(nlp, text)) == 1


def test_paragraphs_each_bulleted_line_is_a_sentence(nlp: Language) -> None:
    text = ("  \u2022 The co-pilot of the jet that went down near Sarn appears to have crashed it deliberately, a "
            "prosecutor says\n  \u2022 All 120 people on board were killed when the jet hit a mountainside")
    sents = _sentences(nlp, text)
    assert len(sents) == 2 and sents[1].startswith("\u2022 All 120 people"), sents
    # negative: a line break before a word (a hard wrap) is still left to the model
    assert len(_sentences(nlp, "The minister said the talks would resume\nnext week in the capital.")) == 1


def test_paragraphs_a_title_case_heading_ends_its_sentence_at_its_line_break(nlp: Language) -> None:
    text = ("Group Tells Council: Free Our Men, Then We Talk\nThe leader of the group, Ana Vell, said on Wednesday "
            "that the group was ready to return to talks.")
    sents = _sentences(nlp, text)
    assert sents[0] == "Group Tells Council: Free Our Men, Then We Talk" and sents[1].startswith("The leader"), sents
    # a heading after a blank line too
    sents = _sentences(nlp, f"The council met on Monday.\n\nTalks Resume in Sarn\n{text.splitlines()[1]}")
    assert "Talks Resume in Sarn" in sents, sents


@pytest.mark.parametrize("text", [
    # a hard wrap before a name inside a wire's paragraph: not a heading (the line is inside its paragraph)
    "The council of Port Ammerin voted on Monday.\nThe talks were led by Prime Minister\nAnna Berg and her deputy.",
    # a sentence-case line of a wrapped first paragraph: not title case
    "The minister said on Monday that talks with the Sarn\nCouncil would resume next week.",
])
def test_paragraphs_a_hard_wrap_before_a_capital_is_still_left_to_the_model(nlp: Language, text: str) -> None:
    assert not any(s.startswith(("Anna Berg", "Council would")) for s in _sentences(nlp, text))
