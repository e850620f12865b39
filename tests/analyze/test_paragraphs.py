"""Sentences end at blank lines (the spaCy model ignores line breaks), through the shared pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from storyline.analyze.paragraphs import lines_are_paragraphs


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


_LONG = ("The harbour master of Port Ammerin said on Tuesday that the ferry had left the quay an hour late and that "
         "its captain had reported no trouble before the storm reached the bay.")


def test_paragraphs_lines_are_paragraphs_reads_the_layout() -> None:
    # a pasted page: long lines, each a paragraph
    assert lines_are_paragraphs(f"Ferry Sinks Off Sarn\n{_LONG}\nRelated: storm hits the coast\n{_LONG}")
    # a wire hard-wrapped at a fixed width: no line longer than WRAP_WIDTH
    wire = ("The talks were led by Prime Minister\nAnna Berg, who said the council would meet\nagain next week "
            "in the capital of Sarn.")
    assert not lines_are_paragraphs(wire)
    # long lines broken mid-sentence: lines without closing punctuation over lower-case lines
    broken = f"{_LONG[:120]}\n{_LONG[120:]}\n{_LONG[:110]}\n{_LONG[110:]}"
    assert not lines_are_paragraphs(broken)
    assert not lines_are_paragraphs(_LONG)  # no line break at all


def test_paragraphs_a_line_of_a_pasted_page_is_a_sentence(nlp: Language) -> None:
    # a related link's headline and a caption ending with its agency, glued onto the next paragraph by the model
    text = (f"{_LONG}\nStorm closes the port of Sarn for a second day\nTomas Reyne, the mayor, said the quay was "
            "shut. The port will open on Friday, the council said after a meeting with the harbour master.\n"
            "Rescue boats leave the quay of Port Ammerin on Tuesday. (Sarn Press)\nThe coast guard said two "
            "boats had searched the bay overnight and found no one in the water near the wreck.")
    sents = _sentences(nlp, text)
    assert "Storm closes the port of Sarn for a second day" in sents, sents
    assert any(s.startswith("Tomas Reyne, the mayor, said") for s in sents), sents
    assert any(s.startswith("The coast guard said") for s in sents), sents


@pytest.mark.parametrize("text", [
    # a wire paragraph hard-wrapped at a fixed width, with a wrap before a name: one sentence
    "The talks on the port were led on Monday by Prime Minister\nAnna Berg and her deputy, the council said.",
    # a line of a pasted page that ends with a colon before its quotation: the speaker stays with the quote
    f"{_LONG}\nThe mayor, Tomas Reyne, told the council on Monday evening:\n\u201cWe will open the port.\u201d",
])
def test_paragraphs_a_wrapped_line_stays_in_its_sentence(nlp: Language, text: str) -> None:
    sents = _sentences(nlp, text)
    assert not any(s.startswith(("Anna Berg", "\u201cWe will")) for s in sents), sents


@pytest.mark.parametrize("text", ["DARNBY, Valdora -- An eight-story building collapsed Wednesday. Rescuers dug.",
                                  "PORT LESK (AGN) - An eight-story building collapsed Wednesday. Rescuers dug.",
                                  "DARNBY: An eight-story building collapsed Wednesday. Rescuers dug."])
def test_paragraphs_a_dateline_is_parsed_apart_from_its_lead(nlp: Language, text: str) -> None:
    from storyline.analyze.paragraphs import text_sentences

    doc = nlp(text)
    assert _sentences(nlp, text)[1:] == ["An eight-story building collapsed Wednesday.", "Rescuers dug."]
    # what counts the text's first sentences starts at the lead
    assert [s.text for s in text_sentences(doc)] == ["An eight-story building collapsed Wednesday.", "Rescuers dug."]
    # negative: a kicker's word before a colon is no dateline, and a text without one keeps its sentences
    assert next(s.text for s in text_sentences(nlp("UPDATE: The council met. It voted."))).startswith("UPDATE")
    assert [s.text for s in text_sentences(nlp("The council met. It voted."))] == ["The council met.", "It voted."]
