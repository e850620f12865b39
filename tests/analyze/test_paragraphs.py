"""Sentences end at blank lines (the spaCy model ignores line breaks), through the shared pipeline."""

from __future__ import annotations

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
