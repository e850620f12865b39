"""Tests of attribution forms the parser gets wrong or splits (real spaCy model, invented text)."""

from __future__ import annotations

from tests.analyze.claims.conftest import Claims, with_words


def test_clause_before_a_cue_the_parser_gave_two_subjects(claims_of: Claims) -> None:
    # the parser makes "people" a second subject of "said" and hangs "found" on "reported"
    claims = claims_of("Four people who had been reported missing after the storm have been found safe and well, "
                       "he said.")
    c = with_words(claims, "found safe and well")
    assert c.speaker_text == "he" and c.content.startswith("Four people")


def test_fronted_clause_opening_with_a_time_phrase_the_parser_made_adverbial(claims_of: Claims) -> None:
    # the parser hangs "brought" on "reported" as an adverbial clause (it opens with "A year after ...")
    claims = claims_of("A year after the arrest of members of the Tarsk Brotherhood in a failed coup plot, the federal "
                       "prosecutor has brought charges against a total of 27 men and women, the magazine Darnby Weekly "
                       "reported on Monday.")
    c = with_words(claims, "has brought charges against a total of 27")
    assert c.speaker_text == "the magazine Darnby Weekly"
    # negative: a clause with its own conjunction is no content ("because" tells why, the saying has its own clause)
    claims = claims_of("Because the river rose, the mayor said the town would be evacuated.")
    assert not [c for c in claims if "river rose" in c.content]


def test_quotation_after_the_sentence_of_its_speaker_in_one_paragraph(claims_of: Claims) -> None:
    text = ('Ivo Tamsin said the movement was no longer in the hands of students. "It has been snatched away. '
            'Your leaders are sold out. Their men carried out the attacks and hurt six people."\n\n'
            "Tamsin said the government was investigating.")
    c = with_words(claims_of(text), "Their men carried out")
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


def test_quotation_after_a_told_the_parser_ended_the_sentence_before(claims_of: Claims) -> None:
    text = ('Mark Tovin, Commissioner of the Varno City Police, told The Tarsk Star "A student was killed but we '
            'are yet to know how he was killed."')
    c = with_words(claims_of(text), "yet to know how")
    assert "Mark Tovin" in (c.speaker_text or "") and c.direct_quote


def test_quotation_after_a_cue_not_the_participle_clause_before_it(claims_of: Claims) -> None:
    text = ("Noting that trams were set on fire, kiosks were looted, and a depot was attacked, "
            'Tovin said, "These are not the work of ordinary marchers. The party came in and did these unruly acts."')
    c = with_words(claims_of(text), "These are not the work")
    assert c.content.startswith("These are not") and c.speaker_text == "Tovin"


def test_second_that_clause_after_but_goes_on_with_the_report(claims_of: Claims) -> None:
    text = ("Commander Mark Tovin of the Varno police said a full search of the building was taking place, but that he "
            "did not anticipate any survivors would be found: “Our thoughts will be with those so affected.”")
    c = with_words(claims_of(text), "full search of the building")
    assert "did not anticipate any survivors" in c.content


def test_contrasting_clause_of_another_party_stays_out(claims_of: Claims) -> None:
    c = with_words(claims_of("Mark Tovin said the fire was an accident, but the opposition blamed the government."),
                   "fire was an accident")
    assert "opposition" not in c.content


def test_another_speaker_joined_by_and_stays_out_of_the_content(claims_of: Claims) -> None:
    claims = claims_of("Data from hospitals showed at least 52 people have been killed and police said they have "
                       "arrested nearly 2,000 for arson.")
    data = with_words(claims, "52 people")
    assert "police" not in data.content
    assert with_words(claims, "arrested nearly").speaker_text == "police"


def test_a_cue_inside_its_clause_says_the_whole_clause(claims_of: Claims) -> None:
    claims = claims_of("The new tariff, she said, was unreasonable and unprecedented. "
                       "Velmora, the minister said, had nothing to do with the attack on the Lesk depot.")
    c = with_words(claims, "was unreasonable")
    assert c.content.startswith("The new tariff") and c.speaker_text == "she"
    d = with_words(claims, "nothing to do with")
    assert d.content.startswith("Velmora") and d.polarity == "deny"


def test_a_cue_after_its_clause_keeps_the_clause_before_it(claims_of: Claims) -> None:
    claims = claims_of("The fire was an accident, police said, adding that no one was hurt.")
    assert with_words(claims, "fire was an accident").content == "The fire was an accident"


def test_what_a_rejected_object_is_taken_for_is_said_of_it(claims_of: Claims) -> None:
    claims = claims_of("Foreign Minister Adel Varo said Velmora refuses all interference, dismissing Ostria's position "
                       "as built on misleading information. The ministry denied the report on Monday.")
    assert with_words(claims, "Ostria's position").content == "Ostria's position as built on misleading information"
    assert with_words(claims, "the report").content == "the report"


def test_a_relative_clause_accusation_holds_whom_it_accuses(claims_of: Claims) -> None:
    claims = claims_of("The judge presided over the hearing for Mara Venn, who prosecutors have accused of helping "
                       "Tomas Reld hide the money. A bomb hit the Lesk parade last week, an attack that Ostria blamed "
                       "on Varnia and its allies.")
    c = with_words(claims, "of helping Tomas Reld")
    assert c.content.startswith("Mara Venn") and c.speaker_text == "prosecutors" and c.stance == "allegation"
    d = with_words(claims, "blamed on Varnia")
    assert d.content.startswith("attack that") and d.involvement


def test_a_request_ends_before_the_saying_that_led_to_it(claims_of: Claims) -> None:
    claims = claims_of("Lesk last month asked Norvik to reduce its diplomatic presence after Prime Minister Jon Belk "
                       "cited what he said was credible evidence of a link between Lesk agents and the murder.")
    assert with_words(claims, "to reduce").content == "Norvik to reduce its diplomatic presence"


def test_a_participle_in_a_with_phrase_speaks_with_the_object_of_with(claims_of: Claims) -> None:
    claims = claims_of("Velmora's reaction came after Ostria expelled a senior Velmoran diplomat with Ostrian Prime "
                       "Minister Jon Belk alleging that the Velmoran government may have had links to the killing.")
    c = with_words(claims, "may have had links")
    assert c.speaker_text == "Ostrian Prime Minister Jon Belk"


def test_a_clause_told_before_its_cue_keeps_its_words_around_a_quoted_fragment(claims_of: Claims) -> None:
    # the comma that closes the quoted words sits inside the marks: the clause still holds the quotation
    claims = claims_of("The case against Ivo Dask will be dropped and he will \u201cleave for Ostria,\u201d palace "
                       "spokesman Lev Marsk has said.\n\n"
                       "The central bank has told its managers to sell their Norlandian bonds \u201cno matter the "
                       "cost,\u201d the Daily Courier reported.")
    assert with_words(claims, "leave for Ostria").content.startswith("The case against Ivo Dask will be dropped")
    assert with_words(claims, "no matter the cost").content.startswith("The central bank has told")
