"""Tests of speaker resolution: reporting chains, pronouns, agencies (real spaCy model, invented text)."""

from __future__ import annotations

import re

import pytest
from spacy.language import Language

from storyline.analyze.claims.speakers import MentionIndex, modifier_only
from storyline.model import Claim, Mention
from tests.analyze.claims.conftest import Claims, with_words


def _ref(c: Claim) -> str | None:
    return c.speaker_ref.text if c.speaker_ref is not None else None


def test_relay_quoted_by_an_agency_speaks_for_the_quoted(claims_of: Claims) -> None:
    claims = claims_of('"The bridge will reopen in May," news agency Reuters quoted Ivan Dorsk. '
                       '"We have found the culprits," Marta Velk was quoted as saying by Interfax.')
    c = with_words(claims, "bridge will reopen")
    assert "Dorsk" in c.speaker_text and c.channel == "news agency Reuters"
    c = with_words(claims, "found the culprits")
    assert "Velk" in c.speaker_text and c.channel == "Interfax"


def test_relay_not_for_a_speaker_quoting_a_text(claims_of: Claims) -> None:
    c = with_words(claims_of('The minister quoted the report: "Costs rose by a third."'), "Costs rose")
    assert c.speaker_text == "The minister"


def test_relay_agency_reported_is_the_channel(claims_of: Claims) -> None:
    claims = claims_of('"We will not retaliate," Nadia Orr said while answering a question on the dispute, '
                       "Xinhua news agency reported.")
    c = with_words(claims, "will not retaliate")
    assert "Nadia Orr" in c.speaker_text and c.channel is not None and "Xinhua" in c.channel
    assert not any("Xinhua" in c.speaker_text for c in claims)


def test_relay_agency_alone_stays_the_speaker(claims_of: Claims) -> None:
    c = with_words(claims_of("Xinhua news agency reported that the bridge had reopened."), "bridge had reopened")
    assert "Xinhua" in c.speaker_text


def test_pronoun_she_goes_to_the_last_speaker_not_a_man_named_in_between(claims_of: Claims) -> None:
    text = ("Foreign Minister Nadia Orr said Mr. Pavel Drem led the bureau. He was posted to the capital. "
            'Orr said the bureau had been closed. "It is completely unacceptable," she said.')
    c = with_words(claims_of(text), "completely unacceptable")
    assert _ref(c) is not None and "Orr" in str(_ref(c))


def test_pronoun_goes_on_with_a_titled_speaker_whose_name_ran_into_his_groups(claims_of: Claims) -> None:
    # the tagger runs "the Tavro Front Dorun Kessa" into one group-labelled mention; "spokesman" makes it a person
    text = ("Reached by phone, spokesman for the Tavro Front Dorun Kessa said the group had set off the bomb to avenge "
            "the army's raids in Eskar.\n"
            '"We set off the bomb in Tarsk to answer the raids on our villages," he said.')
    first, quoted = (with_words(claims_of(text), words) for words in ("to avenge", "to answer"))
    assert _ref(first) is not None and "Dorun Kessa" in str(_ref(first))
    assert _ref(quoted) == _ref(first)


def test_pronoun_does_not_go_on_with_an_untitled_group(claims_of: Claims) -> None:
    text = ("The Tavro Front said the group had set off the bomb to avenge the army's raids in Eskar.\n"
            '"We set off the bomb in Tarsk to answer the raids on our villages," he said.')
    quoted = with_words(claims_of(text), "to answer")
    assert _ref(quoted) is None or "Tavro" not in str(_ref(quoted))


def test_pronoun_he_never_a_news_agency(claims_of: Claims) -> None:
    text = ('Ivan Dorsk was quoted as saying by Sputnik in his address. "They tried to flee," he said.')
    c = with_words(claims_of(text), "tried to flee")
    assert _ref(c) is not None and "Sputnik" not in str(_ref(c))


def test_pronoun_she_not_a_man_with_mr(claims_of: Claims) -> None:
    text = 'Mr. Pavel Drem arrived on Monday. "We are ready," she said.'
    c = with_words(claims_of(text), "We are ready")
    assert _ref(c) is None or "Drem" not in str(_ref(c))


def test_shared_subject_never_a_thing(claims_of: Claims) -> None:
    claims = claims_of("These developments have occurred after Prime Minister Ivan Dorsk on Monday in an emergency "
                       "statement in parliament accused the government of Norvik of involvement in the shooting. "
                       "The health agency said the death toll reached 40 in Tarsk, adding that the figure could "
                       "rise higher as teams continue the search.")
    assert not any("development" in c.speaker_text for c in claims)
    adding = [c for c in claims if c.cue == "adding"]
    assert adding and all("agency" in c.speaker_text for c in adding)


def test_shared_subject_of_a_person_who_went_and_said(claims_of: Claims) -> None:
    c = with_words(claims_of("The mayor went to the podium and said the bridge would reopen."), "bridge would reopen")
    assert c.speaker_text == "The mayor"


def test_speaker_phrase_leaves_the_dateline_out(claims_of: Claims) -> None:
    c = with_words(claims_of("LESK, March 10 (EPS) - Estmark's foreign ministry on Monday rejected the accusation."),
              "the accusation")
    assert c.speaker_text == "Estmark's foreign ministry"
    c = with_words(claims_of("The Tavra-Front spokesman said the bridge would reopen."), "bridge would reopen")
    assert c.speaker_text == "The Tavra-Front spokesman"


def test_speaker_of_a_rejecting_participle_hung_on_the_reported_clause(claims_of: Claims) -> None:
    claims = claims_of("The ministry claims Estmark deliberately sabotaged the dam to divert attention, rejecting "
                       "accusations that Valdora was behind the incident.")
    rejecting = next(c for c in claims if c.cue == "rejecting")
    assert rejecting.speaker_text == "The ministry" and rejecting.polarity == "deny"
    claimed = next(c for c in claims if c.cue == "claims")
    assert "rejecting" not in claimed.content  # the participle is the ministry's saying, not what it reports


def test_stray_subject_after_but_speaks_the_second_verb(claims_of: Claims) -> None:
    # the parser hangs "blamed" on "denied" and makes its subject a conjunct of "involvement"
    claims = claims_of("Norland has vehemently denied involvement but two of Estmark's most powerful officials, "
                       "security chief Anton Berg and intelligence head Karl Moss, on Tuesday both directly blamed "
                       "Norland for the attack, though neither offered proof.")
    blame = with_words(claims, "Norland for the attack")
    assert blame.stance == "allegation" and "Anton Berg" in (blame.speaker_text or "")
    assert _ref(blame) in ("Anton Berg", "Karl Moss")  # not Estmark's: the officials speak
    denial = next(c for c in claims if c.polarity == "deny")
    assert denial.content == "involvement" and denial.speaker_text == "Norland"


def test_stray_subject_not_for_a_but_conjunct_of_a_thing(claims_of: Claims) -> None:
    # "but" joins two things denied; the second verb keeps the first one's subject
    claims = claims_of("The ministry denied the report but not the figures, saying they came from the police.")
    assert all(c.speaker_text == "The ministry" for c in claims)


def test_possessor_is_not_the_speaker_beside_other_names(claims_of: Claims) -> None:
    text = "Mayor Ilse Marlene Brandt-Oberholzer's deputy, Jon Kell, said the bridge would reopen in May."
    c = with_words(claims_of(text), "bridge would reopen")
    assert _ref(c) == "Jon Kell"


def test_relay_cited_by_an_agency_as_saying(claims_of: Claims) -> None:
    claims = claims_of('Army spokesman Daniel Orr spoke on Thursday. "There was no attack that night," he was cited '
                       'by the AFP as saying.')
    c = with_words(claims, "no attack that night")
    assert c.speaker_text == "he" and c.channel == "AFP" and _ref(c) == "Daniel Orr"


def test_document_speaks_for_the_author_named_before(claims_of: Claims) -> None:
    claims = claims_of("Governor Anna Berg disclosed this on Sunday in a statement she signed.\n\nAccording to the "
                       "statement: “I wish to announce that the pupils have been released.”\n\nRevenge will be "
                       "\"severe,\" the Guards' statement added.\n\n\"The action was planned abroad,\" the statement "
                       "read.")
    assert _ref(with_words(claims, "pupils have been released")) == "Anna Berg"
    assert _ref(with_words(claims, "planned abroad")) == "Guards"


def test_document_without_an_author_named_before_stays_unresolved(claims_of: Claims) -> None:
    c = with_words(claims_of('"The action was planned abroad," the statement read.'), "planned abroad")
    assert _ref(c) is None


def test_it_after_a_body_named_by_its_people_speaks_for_the_state(claims_of: Claims) -> None:
    text = ("Chile and Peru traded accusations on Monday. The Chilean foreign ministry summoned the Peruvian "
            'ambassador. It said the arrest was "a flagrant violation of diplomatic norms".')
    c = with_words(claims_of(text), "flagrant violation")
    assert _ref(c) == "Chile"


def test_body_named_by_its_people_speaks_for_the_state_named_in_the_article(claims_of: Claims) -> None:
    text = "Chile and Peru traded accusations. The Chilean presidential office said the expulsions were unjustified."
    c = with_words(claims_of(text), "expulsions were unjustified")
    assert _ref(c) == "Chile"
    alone = with_words(claims_of("The Chilean presidential office said the expulsions were unjustified."),
                       "expulsions were unjustified")
    assert _ref(alone) == "Chilean"  # no state named: the people's word is all the article gives


def test_it_stands_for_a_peoples_word_only_when_no_state_is_named(claims_of: Claims) -> None:
    text = 'The Chilean foreign ministry summoned the ambassador. It said the arrest was "unlawful".'
    assert _ref(with_words(claims_of(text), "unlawful")) == "Chilean"
    named = with_words(claims_of("Talks with Chile stalled. " + text), "unlawful")
    assert _ref(named) == "Chile"


def test_it_goes_on_with_an_unnamed_subject_not_the_name_told_last(claims_of: Claims) -> None:
    text = ("Masked men seized the Velk depot near Dusk on Friday. An armed faction claimed the raid, saying it "
            "wanted the mine closed. It said it was keeping 12 guards inside.")
    c = with_words(claims_of(text), "12 guards")
    assert c.speaker_text == "It" and c.speaker_ref is None  # the faction, which the article does not name: not Velk
    named = with_words(claims_of(text.replace("An armed faction", "The Orsk Brigade")), "12 guards")
    assert _ref(named) == "Orsk Brigade"


# --------------------------------------------------------------------------- documents and bodies named before


def test_document_speaks_for_who_issued_it(claims_of: Claims) -> None:
    c = with_words(claims_of("Orvani Telecom issued a statement on Monday after a report in the Sarn Courier. "
                             "The statement said the accusations were groundless."), "accusations were groundless")
    assert _ref(c) == "Orvani Telecom"


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a document speaks for the subject of "in a statement"
    ("In a statement, the Valdora Interior Ministry condemned the arrests of the two engineers. The statement "
     "said the detentions were unlawful.", "detentions were unlawful", "Valdora Interior Ministry"),
    # of two issuers, the nearest
    ("Orvani Telecom issued a statement on Monday. On Tuesday the Sarn Port Authority released a statement of "
     "its own. The statement said the pier would reopen.", "pier would reopen", "Sarn Port Authority"),
    # "a <Name> statement": the name written before the document's noun
    ("A Valdoran Foreign Ministry statement on Monday defended the decision to expel the diplomats. The statement "
     'described the arrest as "a flagrant violation of the norms."', "flagrant violation", "Foreign Ministry"),
    # a bare "the ministry" speaks for the ministry named before
    ("The Sarn Ministry of Health opened an inquiry into the outbreak. The ministry said twelve patients had "
     "recovered.", "twelve patients", "Ministry"),
])
def test_a_document_or_bare_body_speaks_for_the_one_named_before(claims_of: Claims, text: str, words: str,
                                                                 speaker: str) -> None:
    ref = _ref(with_words(claims_of(text), words))
    assert ref is not None and speaker in ref


def test_document_without_a_named_issuer_stays_unresolved(claims_of: Claims) -> None:
    c = with_words(claims_of("A statement was read out on the radio. The statement said the pier would reopen."),
                   "pier would reopen")
    assert _ref(c) is None


def test_bare_newspaper_speaks_for_the_newspaper_named_before(claims_of: Claims) -> None:
    c = with_words(claims_of("The Valdora Gazette called for the release of its reporter Ana Mirek on Monday. "
                             "The newspaper said her arrest was linked to her reporting on the port."),
                   "arrest was linked")
    assert _ref(c) is not None and "Valdora Gazette" in _ref(c)  # type: ignore[operator]
    assert c.speaker_type == "organization"


def test_bare_newspaper_not_for_a_body_that_is_no_newspaper(claims_of: Claims) -> None:
    c = with_words(claims_of("Orvani Mining closed its eastern shaft on Monday. "
                             "The newspaper said the shaft had flooded twice."), "shaft had flooded")
    assert _ref(c) is None


def test_bare_agency_speaks_for_a_public_body_of_another_kind(claims_of: Claims) -> None:
    c = with_words(claims_of("The Sarn Emergency Services Administration said the sirens were not used. "
                             "“The sirens were never meant for fires,” the agency said in a statement."),
                   "never meant for fires")
    assert _ref(c) is not None and "Emergency Services Administration" in _ref(c)  # type: ignore[operator]


def test_bare_bureau_speaks_for_a_body_named_by_its_letters(claims_of: Claims) -> None:
    c = with_words(claims_of("The SBI traced the attack to a server in Ostria. “The code matched earlier "
                             "attacks,” the bureau said."), "code matched")
    assert _ref(c) == "SBI"


def test_statement_alone_is_what_was_just_said(claims_of: Claims) -> None:
    c = with_words(claims_of("Valdora said the blast was caused by a faulty shell fired from inside Sarn. "
                             "The statement added that more than forty shells had landed short."), "forty shells")
    assert _ref(c) == "Valdora"


def test_statement_alone_not_for_a_claim_told_long_before(claims_of: Claims) -> None:
    filler = "The river rose through the night and the bridge stayed closed to traffic until noon. " * 6
    c = with_words(claims_of("Valdora said the blast was caused by a faulty shell. " + filler +
                             "The statement added that more than forty shells had landed short."), "forty shells")
    assert _ref(c) is None


def test_described_by_where_it_sits_is_the_organization_not_the_place(claims_of: Claims) -> None:
    claims = claims_of("The Tarvin Centre said the vote did not meet international standards. "
                       "The Lesk-based group said in a statement that the count could not be verified. "
                       "A Sarn-based charity said 40 families had fled.")
    assert _ref(with_words(claims, "count could not be verified")) == "Tarvin Centre"
    assert _ref(with_words(claims, "40 families")) is None  # a new body, not the place or the centre


def test_speaker_not_the_patron_of_a_described_group(claims_of: Claims) -> None:
    c = with_words(claims_of("A Norland-backed militia group known as the Tavro Front said that it would go on "
                             "fighting."), "go on fighting")
    assert _ref(c) is not None and "Tavro" in (_ref(c) or "")


def test_speaker_it_never_stands_for_a_name_inside_what_was_said(claims_of: Claims) -> None:
    claims = claims_of("The Tavro Front released a statement on Monday. "
                       "“All Norland bases in the region are legitimate targets,” it said.")
    c = with_words(claims, "legitimate targets")
    assert _ref(c) != "Norland"


# --------------------------------------------------------------------------- "quoted X as saying", causatives


@pytest.mark.parametrize("text", [
    "The news agency quoted Teo Brand as saying the toll was 84.",
    "The news agency quoted Teo Brand as saying: “The toll is 84.”",
    "Teo Brand was quoted by the news agency as saying that the toll was 84.",
    "The news agency cited Teo Brand as saying that the toll was 84.",
])
def test_quoted_as_saying_is_the_quoted_speakers_claim(claims_of: Claims, text: str) -> None:
    claims = claims_of(text)
    c = with_words(claims, "toll")
    assert "Teo Brand" in c.speaker_text and c.channel is not None and "agency" in c.channel
    assert "84" in c.content and c.cue == "saying"
    assert len(claims) == 1  # the quoting is no claim of the agency's


@pytest.mark.parametrize("text", [
    "In Tarsk 84 people were killed, the news agency quoted Teo Brand as saying.",
    "In Tarsk 84 people were killed, Teo Brand was quoted by the news agency as saying.",
])
def test_quoted_as_saying_a_clause_told_before_the_quoting(claims_of: Claims, text: str) -> None:
    c = with_words(claims_of(text), "84 people were killed")
    assert "Teo Brand" in c.speaker_text and c.cue == "saying" and "agency" not in c.content


@pytest.mark.parametrize("text, speaker", [
    ("The incident led Valdor to accuse Norvik of hysteria.", "Valdor"),
    ("The raid prompted Norvik to deny any role in the killing.", "Norvik"),
    ("Norvik was forced to deny that its agents were involved.", "Norvik"),
])
def test_causative_speaker_is_who_is_made_to_speak(claims_of: Claims, text: str, speaker: str) -> None:
    claims = claims_of(text)
    assert [c.speaker_text for c in claims] == [speaker]


def test_a_verb_of_asking_makes_no_one_speak(claims_of: Claims) -> None:
    claims = claims_of("The envoy urged Norvik to deny the reports.")
    assert not any(c.speaker_text == "Norvik" for c in claims)


def test_participle_speaks_with_the_clause_it_follows(claims_of: Claims) -> None:
    text = ("In a swift move after Valdor expelled a diplomat, alleging that agents of Norvik were linked to the "
            "killing, Norvik summoned the envoy.")
    c = with_words(claims_of(text), "agents of Norvik")
    assert c.speaker_text == "Valdor"


def test_participle_opening_the_sentence_speaks_with_the_main_subject(claims_of: Claims) -> None:
    text = "Alleging that agents of Norvik were linked to the killing, Valdor expelled a diplomat."
    c = with_words(claims_of(text), "agents of Norvik")
    assert c.speaker_text == "Valdor"


# --------------------------------------------------------------------------- pronouns and what was said


@pytest.mark.parametrize("glue", ["”he", "” he"])
def test_pronoun_after_a_lost_opening_quote(claims_of: Claims, glue: str) -> None:
    # the page lost the opening mark: the quotation starts at its paragraph's start
    text = ("The adviser Tomas Reyne spoke to reporters on Friday.\n\n"
            f"We have no reason to believe that Kareth Olm was involved in this explosion.{glue} added.")
    c = with_words(claims_of(text), "no reason to believe")
    assert c.speaker_text == "he" and _ref(c) == "Tomas Reyne"
    assert c.polarity == "deny"


def test_a_name_in_apposition_to_a_persons_description_speaks_whatever_its_tag(claims_of: Claims) -> None:
    # the tagger reads "Lidia Marsk" as an organization here; the description before it says who she is
    text = ("Interior Minister Oren Vask said six people died. Velmar's justice minister, Lidia Marsk, said that a "
            "woman sat on a bench there for an hour.")
    c = with_words(claims_of(text), "sat on a bench")
    assert _ref(c) == "Lidia Marsk"


def test_the_person_described_speaks_not_the_one_his_description_names(claims_of: Claims) -> None:
    # the president's name is the longer one; the adviser is the subject the description is set beside
    text = ("But Ilan Dorsk, an adviser to Velmaran President Konstantin Abramovich, denied any involvement. "
            '"Velmara has never resorted to such methods," he wrote.')
    claims = claims_of(text)
    assert _ref(with_words(claims, "involvement")) == "Ilan Dorsk"
    assert _ref(with_words(claims, "never resorted")) == "Ilan Dorsk"


def test_a_name_set_beside_a_long_description_speaks(claims_of: Claims) -> None:
    # the tagger reads "Tanko Aminu" as an organization here, and coreference ties the description to the president
    text = ("President Bola Ahmed Tarek, had on Wednesday, directed security agencies that no ransom should be "
            "paid.\n\nThe community leader, who acts as the spokesman for the families, Tanko Aminu, said: "
            '"They made a ransom demand for all the pupils."')
    assert _ref(with_words(claims_of(text), "ransom demand")) == "Tanko Aminu"


def test_relay_quoting_a_pronoun_speaks_for_the_person_it_stands_for(claims_of: Claims) -> None:
    text = ('Defence Minister Pavel Drem visited the border on Monday. "We will respond to any attack," the '
            "Tarvin News Agency quoted him as saying.")
    c = with_words(claims_of(text), "respond to any attack")
    assert "Tarvin" not in c.speaker_text and c.channel is not None and "Tarvin" in c.channel
    assert _ref(c) is not None and "Drem" in str(_ref(c))


def test_speaker_phrase_leaves_out_a_no_break_space(claims_of: Claims) -> None:
    # the tokenizer makes a token of a no-break space; it is no part of who speaks
    c = with_words(claims_of("Ivo Tamm met the board in Orlenby. “We are ready,” he\u00a0said."), "We are ready")
    assert c.speaker_text == "he"


@pytest.mark.parametrize("text", [
    "The Tarsk Regional Police arrested four men on Monday. A police spokesman said the men were held in Tarsk. "
    "He said they would be charged on Friday.",
    "The Ostrian Army said on Monday that its troops had left the border. A spokesman for the army said the "
    "withdrawal was complete. He said the troops were back in their barracks.",
])
def test_unnamed_spokesman_speaks_for_the_body_named_before(claims_of: Claims, text: str) -> None:
    claims = claims_of(text)
    spokesman = next(c for c in claims if "spokesman" in (c.speaker_text or ""))
    he = next(c for c in claims if c.speaker_text == "He")
    assert spokesman.speaker_type == "nominal" and _ref(spokesman) in ("Tarsk Regional Police", "Ostrian Army")
    assert _ref(he) == _ref(spokesman)  # "He said" right after goes on with him


@pytest.mark.parametrize("text", [
    # two ministries: "a ministry spokesman" does not say which
    "The Velmoran Foreign Ministry and the Velmoran Defence Ministry met on Monday. A ministry spokesman said the "
    "talks went well.",
    "The Velmoran Defence Ministry met on Monday. A senior spokesman said the talks went well.",  # no body's kind
    "The Ostrian Army said on Monday that its troops had left. An interior ministry spokesman said it was over.",
])
def test_unnamed_spokesman_stays_anonymous_without_his_body_named(claims_of: Claims, text: str) -> None:
    c = next(c for c in claims_of(text) if "spokesman" in (c.speaker_text or ""))
    assert c.speaker_type == "anonymous" and c.speaker_ref is None


def test_the_spokesman_goes_on_with_the_spokesman_told_before(claims_of: Claims) -> None:
    claims = claims_of("The Velmoran Transport Ministry shut the Orsk bridge to lorries on Monday. A spokesman for "
                       "the ministry said the cables were worn. “Repairs to the deck will take until the spring,” "
                       "the spokesman said.")
    c = with_words(claims, "Repairs to the deck")
    assert c.speaker_text == "the spokesman" and _ref(c) == "Velmoran Transport Ministry"


def test_the_spokesman_stays_anonymous_after_an_unresolved_one(claims_of: Claims) -> None:
    c = with_words(claims_of("A spokesman said the bridge would reopen. The spokesman said traffic would resume on "
                             "Friday."), "traffic would resume")
    assert c.speaker_type == "anonymous" and c.speaker_ref is None


def test_speaker_in_apposition_inside_an_opening_phrase(claims_of: Claims) -> None:
    # the parser hangs "the governor" on "rejoinder" as an apposition and leaves "said" with no subject
    claims = claims_of("But in a rejoinder, the governor of Norland's western province said the soldiers were "
                       "never in Lesk.")
    c = with_words(claims, "the soldiers were never in Lesk")
    assert c.speaker_text == "the governor of Norland's western province"


@pytest.mark.parametrize("text", [
    "Two ferries sank off Port Ammerin on Sunday, media reported.",
    "Two ferries sank off Port Ammerin on Sunday, local media reported.",
    "Two ferries sank off Port Ammerin on Sunday, according to local media.",
    "Two ferries sank off Port Ammerin on Sunday, reports said.",
    "According to media reports, two ferries sank off Port Ammerin on Sunday.",
    "Media reports said two ferries sank off Port Ammerin on Sunday.",
    "Local news reports said two ferries sank off Port Ammerin on Sunday.",
    "Valdora's state media said two ferries sank off Port Ammerin on Sunday.",
])
def test_press_told_as_a_whole_is_an_unnamed_relay(claims_of: Claims, text: str) -> None:
    c = with_words(claims_of(text), "ferries sank")
    assert c.speaker_type == "anonymous" and c.speaker is None and c.speaker_ref is None


@pytest.mark.parametrize(("text", "speaker"), [
    ("Two ferries sank off Port Ammerin on Sunday, the Harbour Press reported.", "Harbour Press"),
    ("A report by the Guild Council said two ferries sank off Port Ammerin.", "Guild Council"),
    ("Ivo Ranst told local media that two ferries sank off Port Ammerin.", "Ivo Ranst"),
])
def test_press_relay_not_for_a_named_outlet_or_speaker(claims_of: Claims, text: str, speaker: str) -> None:
    c = with_words(claims_of(text), "ferries sank")
    assert speaker in (c.speaker_text or "") and c.speaker_type != "anonymous"


def test_pronoun_is_not_the_one_its_subject_speaks_alongside(claims_of: Claims) -> None:
    # "Speaking ... alongside X, he said": X is who he is with, not he; the minister told before is the speaker
    text = ("TARSK: Interior Minister Anton Berg on Saturday blamed Norvik for the string of bombings in Tarsk, "
            "vowing that police would track down everyone involved, while an opposition deputy said the province was "
            "out of control.\n\nSpeaking to the press alongside Chief Minister Ivo Marsh on Saturday night, he said: "
            "“We will find every one of those who planned these bombings.”")
    c = with_words(claims_of(text), "We will find")
    assert c.speaker_text == "he"
    assert c.speaker_ref is not None and "Berg" in c.speaker_ref.text


@pytest.mark.parametrize("mark", ['"', "'"])
def test_pronoun_after_an_opening_quotation_goes_on_with_the_subject_before_it(claims_of: Claims, mark: str) -> None:
    # the quotation's "he" is the subject of the sentence before the paragraph, not the governor named last in it
    close = "”" if mark == '"' else "'"
    opening = "“" if mark == '"' else "'"
    text = ("Maren Tosk, the head of the flood agency, resigned on Thursday.\n\nTosk defended his record during the "
            "press conference held by Governor Ivo Rask.\n\n"
            f"{opening}Had we rung the bells that night, people would have walked into the flood,{close} he said.")
    c = with_words(claims_of(text), "walked into the flood")
    assert c.speaker_text == "he" and c.speaker_ref is not None and "Tosk" in c.speaker_ref.text


def test_pronoun_may_be_the_subject_of_the_opening_clause(claims_of: Claims) -> None:
    text = ("Interior Minister Anton Berg met the press in Tarsk.\n\nWhen governor Ivo Marsh arrived later, he said: "
            "“We will rebuild the market.”")
    c = with_words(claims_of(text), "We will rebuild")
    assert c.speaker_ref is not None and "Marsh" in c.speaker_ref.text  # the arriving governor may be "he"


@pytest.mark.parametrize(("opening", "pronoun", "cue"), [
    ("After meeting Governor Ivo Marsh in Lesk on Sunday,", "she", "told reporters"),
    ("Alongside Defence Minister Ivo Marsh at the border post,", "she", "said"),
    ("Flanked by army chief Ivo Marsh,", "she", "said"),
])
def test_pronoun_is_not_the_object_of_its_clauses_opening_phrase(claims_of: Claims, opening: str, pronoun: str,
                                                                 cue: str) -> None:
    # the opening phrase has no subject of its own: whoever met, stood beside or was flanked by Marsh is the
    # speaker named before, not Marsh
    text = (f"Foreign Minister Dana Holt accused Norvik on Sunday of arming the rebels in the hills.\n\n{opening} "
            f"{pronoun} {cue} the rebels would be driven out of the hills within weeks.")
    c = with_words(claims_of(text), "driven out of the hills")
    assert c.speaker_ref is not None and "Holt" in c.speaker_ref.text


@pytest.mark.parametrize("text", [
    "The Velmar Transport Ministry said 12 of its workers were hurt in the blast, the Orsk news agency reported.",
    "The dockers' union said the strike at Pell had cost the port a week's trade, Interfax reported.",
])
def test_relay_agency_reported_after_a_saying_hung_under_it(claims_of: Claims, text: str) -> None:
    # the parser makes "reported" the complement of "said" and hangs what was said on "reported"
    claims = claims_of(text)
    c = with_words(claims, "were hurt" if "hurt" in text else "cost the port")
    assert ("Ministry" in c.speaker_text or "union" in c.speaker_text) and "reported" not in c.content


@pytest.mark.parametrize(("text", "words", "body"), [
    # the name nearest before "it" is the other side, named in the body's own words
    ("Norland's health ministry said 40 people had been taken to hospital after the Ostrian strike.\n\n"
     "“Most of them are in a serious condition,” it said.", "serious condition", "health ministry"),
    ("The Tarn Mining Company said the Pell Shipping Line had cut its freight rates.\n\n"
     "“We expect a recovery next year,” it said.", "recovery next year", "Tarn Mining Company"),
])
def test_pronoun_it_goes_on_with_the_body_that_spoke_last(claims_of: Claims, text: str, words: str,
                                                          body: str) -> None:
    c = with_words(claims_of(text), words)
    assert c.speaker_text == "it" and body in (_ref(c) or "")


def test_pronoun_it_not_the_body_named_in_what_it_said_even_unresolved(claims_of: Claims) -> None:
    c = with_words(claims_of("The Velmar border service said its guards were still repelling attacks from Ostria."
                             "\n\n“Shelling of our posts continues along the whole border,” it said."), "Shelling")
    assert _ref(c) != "Ostria"


def test_pronoun_it_not_the_last_body_when_another_is_named_between(claims_of: Claims) -> None:
    c = with_words(claims_of("The Orsk city council said the bridge would reopen in May. The Ostrian embassy "
                             "protested on Monday.\n\n“The decision was taken without consultation,” it said."),
                   "without consultation")
    assert "Orsk" not in (_ref(c) or "")


def test_pronoun_it_not_the_platform_of_a_document_told_last(claims_of: Claims) -> None:
    # the claim told last is a post's; "it" is the board that shared it, not the app it was posted on
    c = with_words(claims_of("The Orsk Water Board says the reservoir has fallen to a third of its capacity.\n\n"
                             "According to a post on the Telegram messaging app that the board shared, engineers have "
                             "closed two of the four intakes.\n\n“Supplies are secure until the end of the month,” it "
                             "has said."), "Supplies are secure")
    assert "Telegram" not in (_ref(c) or "")


def test_spokesperson_of_another_body_is_not_the_person_coreference_ties(claims_of: Claims) -> None:
    # "the embassy's spokesperson" is the embassy's voice, not the foreign office spokesperson named before
    claims = claims_of("Foreign Office Spokesperson Dr Ilse Marsk said on Thursday that Velmora sticks to its stance "
                       "that the strike hit a refugee camp. Earlier today, a statement by the Norvik Embassy denied "
                       "Velmora's claim. According to the embassy's spokesperson, \"The claim is false.\"")
    c = with_words(claims, "The claim is false")
    assert c.speaker_ref is not None and c.speaker_ref.text == "Norvik Embassy"


def test_spokesperson_of_his_own_body_goes_on_with_the_person(claims_of: Claims) -> None:
    claims = claims_of("Foreign Office Spokesperson Dr Ilse Marsk said on Thursday that the talks would resume. "
                       "\"We are ready,\" the office's spokesperson added.")
    c = with_words(claims, "We are ready")
    assert c.speaker_ref is None or "Marsk" in c.speaker_ref.text


def test_it_goes_on_with_a_building_that_spoke(claims_of: Claims) -> None:
    claims = claims_of("Velmar's prime minister resigned on Thursday. The Orlan Palace said Mr Dask offered his "
                       "government's resignation after 91 days, making him the shortest-serving premier in Velmar's "
                       "history. It said he remains “responsible for handling current affairs” until a new prime "
                       "minister is named.")
    assert _ref(with_words(claims, "handling current affairs")) == "Orlan Palace"


def test_pronoun_she_not_a_man_by_his_given_name(claims_of: Claims) -> None:
    text = ("Opposition leader Marina Vasko announced that her party would table a motion against the government of "
            "Prime Minister Pavel Drem. Vasko spoke on Monday after Drem's decision to skip a vote on the budget. "
            '"We are filing a motion," she said.')
    c = with_words(claims_of(text), "filing a motion")
    assert _ref(c) is not None and "Vasko" in str(_ref(c))


def test_given_names_tell_one_sex() -> None:
    from storyline.lexicons.given_names import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES

    assert not MALE_GIVEN_NAMES & FEMALE_GIVEN_NAMES
    assert {"pavel", "maria"} <= MALE_GIVEN_NAMES | FEMALE_GIVEN_NAMES


def test_of_two_subjects_the_parser_gives_the_one_that_can_speak(claims_of: Claims) -> None:
    text = ("Norlandian security officials who sought anonymity because they were not authorised to disclose the "
            "information said the strike had killed two members of the militant network.")
    c = with_words(claims_of(text), "strike had killed")
    assert "officials" in (c.speaker_text or "") and "information" not in (c.speaker_text or "")


def test_definite_description_goes_on_with_the_person_who_spoke_last(claims_of: Claims) -> None:
    claims = claims_of("The National Front will also table a motion. This is what Maria Dorsen announced as she left "
                       "the assembly. The far-right elected official indicated that the deputies would vote on all the "
                       "motions.")
    assert _ref(with_words(claims, "vote on all the motions")) == "Maria Dorsen"


def test_definite_description_not_of_a_body_nor_across_another_person(claims_of: Claims) -> None:
    claims = claims_of("Maria Dorsen said the vote was close. Pavel Drem arrived later. "
                       "The senior official said the count would resume.")
    assert _ref(with_words(claims, "count would resume")) != "Maria Dorsen"


def test_definite_description_with_an_of_phrase_goes_on_along_a_chain_of_them(claims_of: Claims) -> None:
    claims = claims_of("This is what Maria Dorsen announced as she left the assembly. The far-right elected official "
                       "indicated that the deputies would vote on all the motions. The leader of the party's deputies "
                       "judged that the bill was unfair.")
    assert _ref(with_words(claims, "bill was unfair")) == "Maria Dorsen"


def test_office_in_the_lead_goes_on_to_the_bare_name_of_the_next_sentence(claims_of: Claims) -> None:
    claims = claims_of("SELMA, Nov 1 (EPS) - Norland's police chief said on Tuesday that crowd control in the area was "
                       '"inadequate."\n\nDorin Valek made the remark at a news briefing televised live, saying he felt '
                       "heavy responsibility.")
    assert _ref(with_words(claims, "crowd control")) == "Dorin Valek"


def test_office_in_the_lead_not_to_a_name_brought_in_with_a_title(claims_of: Claims) -> None:
    claims = claims_of("Norland's foreign minister said on Tuesday that the talks had failed.\n\n"
                       "Opposition leader Dorin Valek said the government should resign.")
    assert _ref(with_words(claims, "talks had failed")) is None


def test_unnamed_person_speaks_for_the_state_his_nationality_names(claims_of: Claims) -> None:
    text = ("Chile and Peru traded accusations on Monday. A Chilean diplomat told a radio station that the ship had "
            "never entered Peruvian waters.")
    assert _ref(with_words(claims_of(text), "never entered")) == "Chile"


def test_unnamed_person_second_mention_goes_on_with_his_side(claims_of: Claims) -> None:
    text = ("Chile and Peru traded accusations on Monday. A Chilean diplomat told a radio station that the ship had "
            "never entered Peruvian waters.\n"
            '"The charge is another fabrication," the unnamed official told the station.\n'
            '"We will cooperate with any inquiry," the official said.')
    claims = claims_of(text)
    assert _ref(with_words(claims, "another fabrication")) == "Chile"
    assert _ref(with_words(claims, "cooperate with any inquiry")) == "Chile"


def test_unnamed_person_second_mention_goes_on_with_the_last_claim_not_an_earlier_person(claims_of: Claims) -> None:
    text = ("Chile and Peru traded accusations on Monday. Foreign Minister Pavel Drem said the talks had failed.\n"
            "A Chilean diplomat at the United Nations said the ship had never entered Peruvian waters. "
            '"We are not part of this," the diplomat told reporters.')
    assert _ref(with_words(claims_of(text), "not part of this")) == "Chile"


def test_bare_office_is_the_person_last_named_with_that_title(claims_of: Claims) -> None:
    text = ("The opposition urged President Pavel Drem to resign, according to Maria Dorsen.\n"
            'The President has rejected such calls and called the idea "political fiction".')
    assert _ref(with_words(claims_of(text), "political fiction")) == "Pavel Drem"


def test_bare_office_not_a_person_with_another_title(claims_of: Claims) -> None:
    text = ("The opposition urged Senator Pavel Drem to resign, according to Maria Dorsen.\n"
            'The President has rejected such calls and called the idea "political fiction".')
    assert _ref(with_words(claims_of(text), "political fiction")) != "Pavel Drem"


def test_description_by_a_noun_of_the_last_speakers_phrase_goes_on_with_him(claims_of: Claims) -> None:
    text = ("The hospital's deputy head physician, Anatol Berinsky, later confirmed that the patient was in a serious "
            "condition. He was on a ventilator but was stable, the physician said.")
    assert _ref(with_words(claims_of(text), "on a ventilator")) == "Anatol Berinsky"


def test_bare_body_goes_on_with_the_company_that_spoke_last(claims_of: Claims) -> None:
    text = ("The ship was seized on Friday by the Velmoran Coast Guard, according to the Orvani News Agency.\n"
            "Tarsk Shipping, a Norlandian company which owns the vessel, said it had lost contact with the ship.\n"
            '"The vessel suddenly deviated from her passage and headed north," the company said.')
    assert _ref(with_words(claims_of(text), "suddenly deviated")) == "Tarsk Shipping"


def test_bare_body_of_another_kind_does_not_go_on(claims_of: Claims) -> None:
    text = ("The Velmoran police said the ship had been stopped.\n"
            '"The vessel was inspected," the ministry said.')
    assert _ref(with_words(claims_of(text), "was inspected")) != "Velmoran"


def test_relay_agency_keeps_its_own_report_when_it_cites_a_source_for_another(claims_of: Claims) -> None:
    claims = claims_of("State news agency Tarsa reported that police were not considering deliberate poisoning, citing "
                       'an anonymous source who said "he may have drunk something himself."')
    assert "Tarsa" in with_words(claims, "not considering deliberate").speaker_text
    assert "source" in with_words(claims, "drunk something").speaker_text


def test_a_persons_team_speaks_for_him(claims_of: Claims) -> None:
    claims = claims_of("Dorin Malek was flown to Lesk after falling ill on a flight. "
                       "His team says he was poisoned on the governor's orders.")
    assert _ref(with_words(claims, "was poisoned")) == "Dorin Malek"


def test_a_persons_relative_is_not_him(claims_of: Claims) -> None:
    claims = claims_of("Dorin Malek was flown to Lesk after falling ill. His son said he was tired.")
    assert _ref(with_words(claims, "was tired")) != "Dorin Malek"


def test_report_quoting_a_named_body_is_that_bodys_saying(claims_of: Claims) -> None:
    c = with_words(claims_of("Some 25 buildings collapsed in the town of Varsk, the Herald reported, quoting the "
                             "Velmoran Red Cross."), "25 buildings")
    assert _ref(c) == "Velmoran Red Cross" and c.channel is not None and "Herald" in c.channel


def test_report_citing_an_unnamed_official_stays_the_reporters(claims_of: Claims) -> None:
    c = with_words(claims_of("The blast killed 12 people, the Herald reported, citing an official."), "killed 12")
    assert "Herald" in c.speaker_text


def test_description_by_a_noun_the_last_speaker_is_a_member_of_is_not_him(claims_of: Claims) -> None:
    text = ("Dorin Malek, a member of the group, said the talks had failed. "
            '"We will not return to the table," the group said.')
    assert _ref(with_words(claims_of(text), "not return to the table")) != "Dorin Malek"


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # one who speaks for a body, right after the body's claim
    ("The Sarn Power Company said it could not reach the plant. A spokesperson added that engineers were on their "
     "way.", "engineers were on their way", "Sarn Power Company"),
    # a voice whose phrase names the body's own kind ("railway" in "Railways")
    ("Norland Railways said the line was closed. A railway official said repairs would take a week.",
     "repairs would take a week", "Norland Railways"),
    # unnamed officials after a body's claim
    ("The Ostrian Interior Ministry said the border was closed. Authorities said that no one had crossed since "
     "Monday.", "no one had crossed", "Ostrian Interior Ministry"),
])
def test_unnamed_voice_goes_on_with_the_body_that_spoke_last(claims_of: Claims, text: str, words: str,
                                                             speaker: str) -> None:
    ref = _ref(with_words(claims_of(text), words))
    assert ref is not None and speaker in ref


@pytest.mark.parametrize(("text", "words"), [
    # after a person's claim: the voice is not his
    ("Foreign Minister Marta Vell said the bridge was safe. Officials said the road would reopen on Friday.",
     "road would reopen"),
    # witnesses speak for themselves
    ("The Sarn Power Company said it could not reach the plant. Witnesses said the plant was burning.",
     "plant was burning"),
    # another body named between the two claims
    ("The Ostrian Interior Ministry said the border was closed. Troops of the Sarn Army were seen near the river. "
     "Officials said the guards were armed.", "guards were armed"),
])
def test_unnamed_voice_stays_unresolved_where_no_body_just_spoke(claims_of: Claims, text: str, words: str) -> None:
    assert _ref(with_words(claims_of(text), words)) is None


@pytest.mark.parametrize(("text", "words"), [
    # a body of another kind, described by its own noun
    ("The Velmoran Interior Ministry said forty people were hurt. The education ministry said six of them were "
     "pupils.", "six of them were pupils"),
    # "the spokesman" is one person told before, not the body that spoke last
    ("The Ostrian Interior Ministry said the border was closed. “The guards have left,” the spokesman said.",
     "guards have left"),
    # "other" officials are not the ones who spoke
    ("The Ostrian Interior Ministry said the border was closed. Other officials said the guards had left.",
     "guards had left"),
])
def test_unnamed_voice_of_another_body_stays_unresolved(claims_of: Claims, text: str, words: str) -> None:
    ref = _ref(with_words(claims_of(text), words))
    assert ref is None


def test_said_in_they_of_a_reported_clause_is_its_reporter(claims_of: Claims) -> None:
    text = ("Dorvel Freight agreed to a bid from Hanko Logistics on Friday. "
            "Analysts and some bankers said they doubted another bidder would emerge.")
    inner = next(c for c in claims_of(text) if c.speaker_text == "they")
    assert inner.speaker_ref is None  # the analysts, unnamed; not the company told before


def test_said_in_he_of_a_reported_clause_is_its_reporter(claims_of: Claims) -> None:
    text = ("Defence Minister Pavel Drem has resigned, his office said. "
            "One party strategist said he believed Drem would not be the last minister to leave.")
    inner = next(c for c in claims_of(text) if c.speaker_text == "he")
    assert inner.speaker_ref is None  # the unnamed strategist, not Drem


def test_said_in_it_of_a_named_body_is_that_body(claims_of: Claims) -> None:
    text = ("Velmar Steel sold its mill to Orso Metals last year. "
            "Velmar Steel said it believed the deal would close in May.")
    inner = next(c for c in claims_of(text) if c.speaker_text == "it")
    assert _ref(inner) == "Velmar Steel"


def test_said_in_not_inside_a_quotation(claims_of: Claims) -> None:
    text = ('Nadia Orr met the envoy Pavel Drem in Lesk. "He said he would come back in May," Orr told reporters.')
    inner = [c for c in claims_of(text) if c.speaker_text == "He"]
    assert all(_ref(c) != "Nadia Orr" and _ref(c) != "Orr" for c in inner)


def test_unnamed_goes_on_he_after_one_unnamed_voice(claims_of: Claims) -> None:
    text = ("A Dorvel Freight spokesman said the board of Hanko Logistics would meet on Monday. "
            "One analyst said the objections were understandable. "
            '"It is a natural instinct of self-preservation," he said.')
    c = with_words(claims_of(text), "natural instinct")
    assert c.speaker_ref is None


def test_unnamed_goes_on_not_they_after_one_voice(claims_of: Claims) -> None:
    text = ("Velmar Steel said sales fell. One analyst said the fall was expected. "
            "They said the mill in Orso would stay open.")
    c = with_words(claims_of(text), "would stay open")
    assert _ref(c) is not None and "Velmar" in str(_ref(c))


def test_they_never_stands_for_one_person(claims_of: Claims) -> None:
    text = ("Prime Minister Pavel Drem met coalition leaders on Tuesday. "
            "They said the five parties would begin talks tomorrow.")
    c = with_words(claims_of(text), "begin talks")
    assert _ref(c) != "Pavel Drem"


def test_modifier_only_a_name_told_only_before_a_noun(nlp: Language) -> None:
    text = ("Dorun Kessa spoke after the Sarn market bombing. The Sarn bombing killed nine.")
    doc = nlp(text)
    sarn = [Mention("t1", m.start(), m.end(), "Sarn", "PERSON", chain="c1") for m in re.finditer("Sarn", text)]
    kessa = Mention("t1", 0, 11, "Dorun Kessa", "PERSON", chain="c2")
    mentions = MentionIndex([*sarn, kessa])
    assert modifier_only(sarn[0], mentions, doc)
    assert not modifier_only(kessa, mentions, doc)


def test_tied_a_group_inspired_by_another_is_not_it(claims_of: Claims) -> None:
    text = ("A militant group inspired by the Tavro Front claimed responsibility for the bombing in Sarn on Sunday.")
    c = with_words(claims_of(text), "responsibility")
    assert _ref(c) != "the Tavro Front" and _ref(c) != "Tavro Front"


def test_tied_sources_close_to_a_body_are_not_it(claims_of: Claims) -> None:
    text = "The talks will resume in May, sources close to the Velmar Central Bank said."
    c = with_words(claims_of(text), "talks will resume")
    assert _ref(c) is None


def test_placed_a_state_only_places_its_rebels(claims_of: Claims) -> None:
    text = ("A spokesman for Dorvania's Tavro Front rebels denied on Friday that the group was behind the bombing "
            "in Sarn.")
    c = next(c for c in claims_of(text) if "Dorvania" in c.speaker_text)
    assert _ref(c) is not None and "Tavro" in str(_ref(c))


def test_placed_not_a_states_own_ministry(claims_of: Claims) -> None:
    text = "Dorvania's foreign ministry said the envoy would return to Lesk on Monday."
    c = with_words(claims_of(text), "envoy would return")
    assert _ref(c) == "Dorvania"


def test_voiced_body_officials_of_a_named_bank_speak_for_it(claims_of: Claims) -> None:
    text = ("Velmar Savings Bank will sell bonds abroad in May. Velmar Savings Bank officials said the issue would be "
            "priced next week. They said the bonds would carry warrants.")
    claims = claims_of(text)
    assert _ref(with_words(claims, "priced next week")) == "Velmar Savings Bank"
    assert _ref(with_words(claims, "carry warrants")) == "Velmar Savings Bank"


def test_voiced_body_not_industry_sources(claims_of: Claims) -> None:
    c = with_words(claims_of("Prices will fall this year, industry sources said."), "Prices will fall")
    assert _ref(c) is None


def test_voiced_body_not_officials_of_two_bodies(claims_of: Claims) -> None:
    text = ("Velmar Savings Bank and the Orso Commission are looking into the loss. "
            "Orso Commission and Velmar Savings Bank officials said the sum was small.")
    c = with_words(claims_of(text), "sum was small")
    assert _ref(c) is None


def test_unnamed_goes_on_not_when_the_voice_spoke_of_him(claims_of: Claims) -> None:
    text = ("Velmar Foods chairman Dorel Vask would buy the brewery if it were for sale, a spokesman said.\n"
            'The spokesman said "He is still interested, but he has not bought shares."\n'
            "He was quoted by a magazine as saying he had the support of two banks.")
    c = with_words(claims_of(text), "support of two banks")
    assert _ref(c) is not None and "Vask" in str(_ref(c))


def test_an_unnamed_part_of_a_body_speaks_for_the_body(claims_of: Claims) -> None:
    text = ("Two bombs exploded at the ceremony on Wednesday. A day later, a branch of the Dorvan Front in Eskaria "
            "claimed responsibility for the attack.")
    c = with_words(claims_of(text), "responsibility for the attack")
    assert _ref(c) == "Dorvan Front"
    c = with_words(claims_of("The Dorvan Front's branch in Lesk said it would fight on."), "fight on")
    assert _ref(c) == "Dorvan Front"


def test_kin_noun_speaker_is_the_relative_named_beside_it_never_his_kin(claims_of: Claims) -> None:
    text = ('Arvid Tosk was freed on Monday. "The wait is finally over," Tosk\'s brother, Bodan, said at the airport. '
            "Tosk's mother said the family had not slept for days.")
    named = with_words(claims_of(text), "wait is finally over")
    assert _ref(named) is not None and "Bodan" in str(_ref(named))
    unnamed = with_words(claims_of(text), "had not slept")
    assert _ref(unnamed) is None or "Tosk" not in str(_ref(unnamed))


def test_unnamed_official_of_a_country_named_by_its_own_name(claims_of: Claims) -> None:
    text = "The U.S. and Chile signed the accord on Monday. Two of the envoys landed in Lima, a U.S. official said."
    c = with_words(claims_of(text), "landed in Lima")
    assert _ref(c) == "U.S."


def test_spokesman_for_a_states_body_speaks_for_the_body_not_the_state(claims_of: Claims) -> None:
    text = ("A spokesman for Chile's Foreign Office said the agency was supporting the family. "
            "The country's security agencies said the plot was foiled.")
    body = with_words(claims_of(text), "supporting the family")
    assert _ref(body) is not None and "Foreign Office" in str(_ref(body))


def test_kin_noun_inside_a_company_name_is_no_relative(claims_of: Claims) -> None:
    text = "Orsk Lenman Brothers, a unit of Tavrin Holdings Inc, said Ivo Marl has joined the firm as director."
    c = with_words(claims_of(text), "has joined the firm")
    assert _ref(c) is not None and "Brothers" in str(_ref(c))


@pytest.mark.parametrize(("text", "words", "body"), [
    ("The Velmar Supreme Court has ruled the detention of Ivo Darsk illegal.\n\n"
     "But the high court said in its Friday ruling that Darsk would remain behind bars.", "remain behind bars",
     "Velmar Supreme Court"),
    ("Varno Police arrested two teenagers on Sunday.\n\n"
     "They have now been released without charge, the force said on Tuesday.", "released without charge",
     "Varno Police"),
    ("The Tavro Front claimed the attack on the market.\n\n"
     "In a statement released by its Amaq news agency, the militant group said it was targeting soldiers.",
     "targeting soldiers", "Tavro Front"),
    ("The Varno Union's Mediation Council said Thursday it had decided to suspend Ostria.\n\n"
     "The body said on social media that it condemned the takeover of power in Ostria.", "condemned the takeover",
     "Mediation Council"),
    ("As the Ostrian Prosecutor General's Office confirmed, ten homes in three states were searched on Monday.\n\n"
     '"The searches are directed against two suspects who are accused of supporting the group," the authority said.',
     "directed against two suspects", "Prosecutor General's Office"),
])
def test_a_body_told_by_its_kind_takes_up_the_organization_named_before(claims_of: Claims, text: str, words: str,
                                                                        body: str) -> None:
    c = with_words(claims_of(text), words)
    assert c.speaker_ref is not None and body in c.speaker_ref.text


def test_a_body_told_by_a_kind_no_name_before_has_takes_up_no_one(claims_of: Claims) -> None:
    # a court's kind after a police named: the police are no court
    c = with_words(claims_of("Varno Police arrested two men on Sunday.\n\n"
                             "The high court said they would stay in jail."), "stay in jail")
    assert _ref(c) is None


def test_the_suspect_is_the_one_person_set_beside_that_noun_before(claims_of: Claims) -> None:
    text = ("Police arrested a suspect, Ivo Marsh, after the mayor collapsed, having been shot while giving a speech "
            "in Valmo.\n\nMarsh told the police he was unhappy with the mayor. The suspect told them he bore a grudge "
            "against a \"specific organisation\" and believed the mayor was part of it.")
    c = with_words(claims_of(text), "bore a grudge")
    assert c.speaker_text == "The suspect" and c.speaker_ref is not None and c.speaker_ref.text == "Ivo Marsh"


def test_the_suspect_stays_unresolved_when_two_are_named_so(claims_of: Claims) -> None:
    text = ("Police arrested two suspects, Ivo Marsh and Pol Danek. Marsh, a suspect, was held in Valmo. Danek, a "
            "suspect, was held in Orsk.\n\nThe suspect told them he bore a grudge against the mayor.")
    c = with_words(claims_of(text), "bore a grudge")
    assert c.speaker_ref is None


@pytest.mark.parametrize("text, cue", [
    ("Ostria's information minister on Saturday said he doubts whether the attack in Valmo district on February 14 "
     "was the handiwork of the Tavro Front group. At least 40 officers of the Ostrian Central Police Force were killed "
     "in the suicide bomb attack. The extremist group has claimed responsibility for the attack.", "has claimed"),
    ("At least 133 people were killed when gunmen stormed the Orsk Lumen City Hall on Friday evening. The jihadist "
     "group has claimed the attack, writing on a Telegram channel that it was carried out by four fighters.",
     "has claimed"),
])
def test_the_group_is_no_police_force_or_hall_coreference_tied_it_to(claims_of: Claims, text: str, cue: str) -> None:
    c = next(c for c in claims_of(text) if c.cue == cue)
    assert c.speaker_ref is None or not re.search(r"Police|Hall", c.speaker_ref.text)


def test_the_group_stays_with_a_party_coreference_tied_it_to(claims_of: Claims) -> None:
    text = ("The Tavro Workers' Party claimed the attack on the Valmo garrison. The group said its fighters had "
            "returned to their bases.")
    c = with_words(claims_of(text), "returned to their bases")
    assert c.speaker_ref is not None and "Party" in c.speaker_ref.text


def test_the_body_never_takes_up_a_police_force_named_before(claims_of: Claims) -> None:
    # "the body" is a council, commission or assembly: a police force is no such body
    c = with_words(claims_of("Varno Police arrested two men on Sunday.\n\n"
                             "The body said they would stay in jail until the hearing."), "stay in jail")
    assert _ref(c) is None or "Police" not in _ref(c)


def test_pronoun_he_never_a_body_whose_phrase_has_a_title_modifier_only(claims_of: Claims) -> None:
    # "state" qualifies titles ("State Secretary") but names no person: "state airline Velcor" is a body
    text = ("Ostria expelled the Norlandian ambassador on Monday, while state airline AeroVelcor announced it was "
            "suspending flights to Tarsk.\n\n"
            "“Norland will always speak clearly on questions of human rights,” he said.")
    c = with_words(claims_of(text), "speak clearly")
    assert _ref(c) is None or "AeroVelcor" not in str(_ref(c))


def test_pronoun_speaker_is_no_one_named_in_what_he_says(claims_of: Claims) -> None:
    text = ("The mercenary chief was leaving for Ostria under a deal brokered by its president, Ivan Marsk. "
            "In Monday's remarks he said Marsk had offered to let the militia operate under a legal framework, "
            "but did not elaborate.")
    c = with_words(claims_of(text), "had offered")
    assert _ref(c) is None or "Marsk" not in str(_ref(c))


def test_according_to_him_goes_on_with_the_subject_before_not_his_counterpart(claims_of: Claims) -> None:
    text = ("According to the palace, the Ostrian leader said this during a telephone conversation with his "
            "Norlandian counterpart Lev Marsk.\n\n"
            "According to him, the barbaric attack by Norland led to a large-scale catastrophe.")
    c = with_words(claims_of(text), "barbaric attack")
    assert _ref(c) is None or "Marsk" not in str(_ref(c))
