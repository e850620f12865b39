"""Tests of attribution forms the parser gets wrong or splits (real spaCy model, invented text)."""

from __future__ import annotations

from tests.analyze.claims.conftest import Claims, with_words


def test_clause_before_a_cue_the_parser_gave_two_subjects(claims_of: Claims) -> None:
    # the parser makes "people" a second subject of "said" and hangs "found" on "reported"
    claims = claims_of("Five people who had been reported missing after the storm have been found safe and well, "
                       "he said.")
    c = with_words(claims, "found safe and well")
    assert c.speaker_text == "he" and c.content.startswith("Five people")


def test_quotation_after_the_sentence_of_its_speaker_in_one_paragraph(claims_of: Claims) -> None:
    text = ('Ivo Tamsin said the movement was no longer in the hands of students. "It has been snatched away. '
            'Your leaders are sold out. Their cadres carried out the attacks and killed six people."\n\n'
            "Tamsin said the government was investigating.")
    c = with_words(claims_of(text), "Their cadres carried out")
    assert c.speaker_text == "Ivo Tamsin" and c.direct_quote


def test_quotation_after_a_quoted_sentence_and_its_cue(claims_of: Claims) -> None:
    text = ("“The answer of the republic to the smallest threat will be crushing”, Tamsin said on his website. "
            "“Those who give support to these attackers must answer for it.” Foreign Minister Ana Belk said in a "
            "post that the attack was carried out by foreigners.")
    claims = claims_of(text)
    assert with_words(claims, "must answer for it").speaker_text == "Tamsin"
    assert with_words(claims, "carried out by foreigners").speaker_text == "Foreign Minister Ana Belk"


def test_quotation_with_a_cue_of_its_own_is_not_the_speaker_before(claims_of: Claims) -> None:
    text = ('Ivo Tamsin said the movement was no longer in the hands of students. "We will keep marching until '
            'the end of the month," Lena Corvo said.')
    assert with_words(claims_of(text), "keep marching").speaker_text == "Lena Corvo"
