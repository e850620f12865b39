"""Tests of contents that reject what someone said (real spaCy model, invented text)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from storyline.analyze.claims.rebuttals import _scorned_allegation
from tests.analyze.claims.conftest import Claims, with_words


def test_rejects_first_person_rejection_is_a_denial(claims_of: Claims) -> None:
    c = with_words(claims_of('"We have seen and reject the statement of the Velmoran premier," the ministry said.'),
              "reject the statement")
    assert c.polarity == "deny" and c.stance == "denial"


def test_rejects_not_when_a_third_party_rejected_or_we_did_not(claims_of: Claims) -> None:
    claims = claims_of("The ministry said the court rejected the appeal on Monday. "
                       '"We do not reject the offer," the minister said.')
    assert with_words(claims, "rejected the appeal").polarity == "assert"
    assert with_words(claims, "do not reject the offer").polarity == "assert"


def test_rejects_an_allegation_called_absurd(claims_of: Claims) -> None:
    claims = claims_of('Allegations of the government\'s involvement are "absurd and malicious," the ministry said. '
                       "The version that the gunmen fled toward Norvik does not withstand any criticism, he said.")
    assert with_words(claims, "absurd and malicious").polarity == "deny"
    assert with_words(claims, "does not withstand").polarity == "deny"


def test_rejects_not_a_plain_evaluation_or_a_negated_report(claims_of: Claims) -> None:
    claims = claims_of('The plan is "absurd and costly," the mayor said. '
                       "The minister said the report was not published on Monday.")
    assert with_words(claims, "absurd and costly").polarity == "assert"
    assert with_words(claims, "not published").polarity == "assert"


def test_rejects_own_act_negated_in_the_past(claims_of: Claims) -> None:
    claims = claims_of("The Red Lantern Society said that it never released the high figures to the agency. "
                       '"So far we have received no specific information from Norvik," Tamsin Holt said.')
    assert with_words(claims, "never released").polarity == "deny"
    assert with_words(claims, "received no specific information").polarity == "deny"


def test_rejects_not_a_promise_or_a_state(claims_of: Claims) -> None:
    claims = claims_of('"But we will not retaliate," the minister said. '
                       "The society said it did not know how many people were missing.")
    assert with_words(claims, "will not retaliate").polarity == "assert"
    assert with_words(claims, "did not know").polarity == "assert"


def test_denial_no_indication_of_involvement(claims_of: Claims) -> None:
    text = 'He said: "There is no indication that Norvik or its agents were involved in the shooting."'
    c = with_words(claims_of(text), "no indication")
    assert c.polarity == "deny" and c.involvement


def test_denial_not_for_no_indication_of_rain(claims_of: Claims) -> None:
    c = with_words(claims_of('He said: "There is no indication that the storm will reach the coast."'), "no indication")
    assert c.polarity == "assert"


def test_denial_nothing_to_do_with_these_events_after_a_colon(claims_of: Claims) -> None:
    c = with_words(claims_of('"Let\'s be straight about this: Norvik had absolutely nothing to do with these events," '
                        "Tamsin Holt said."), "nothing to do")
    assert c.polarity == "deny" and c.involvement


def test_rejects_calling_them_absurd(claims_of: Claims) -> None:
    claims = claims_of('Velmora denied the allegations, calling them "absurd and malicious". '
                       'The critic called the film "absurd and long".')
    assert with_words(claims, "absurd and malicious").polarity == "deny"
    assert with_words(claims, "absurd and long").polarity == "assert"


def test_rejects_a_named_party_rejecting_allegations_in_the_present(claims_of: Claims) -> None:
    claims = claims_of('"Velmora rejects allegations by Norvik," the foreign ministry statement read. '
                       "The ministry said Norvik rejected the offer of talks last year.")
    assert with_words(claims, "Velmora rejects allegations").polarity == "deny"
    assert with_words(claims, "rejected the offer").polarity == "assert"


def test_rejects_a_named_party_rejecting_allegations_in_the_past(claims_of: Claims) -> None:
    claims = claims_of("The spokesman added that Velmora firmly rejected accusations by Norvik that its troops "
                       "shelled the dam.")
    assert with_words(claims, "rejected accusations").polarity == "deny"


@pytest.mark.parametrize("motive", ["only because the village had turned against them",
                                    "merely to keep their donors"])
def test_rejects_not_a_named_partys_rejection_told_with_a_motive_the_teller_gives_it(claims_of: Claims,
                                                                                     motive: str) -> None:
    # the leaders tell why the Riders denied it: their claim is about the denial, not a denial of their own
    claims = claims_of(f"Opposition leaders said the Sarn Riders denied involvement {motive}. The spokesman "
                       "added that Velmora rejected the accusations because they were baseless.")
    assert with_words(claims, "the Sarn Riders denied involvement").polarity == "assert"
    # a reason with no "only" is the party's own: still its spokesman's denial
    assert with_words(claims, "Velmora rejected the accusations").polarity == "deny"


def test_rejects_a_quoted_rejection_the_tagger_reads_as_a_participle(claims_of: Claims) -> None:
    claims = claims_of('"The aim was to cut the canal," Brask said, adding that Velmora "firmly rejected" accusations '
                       "by Norvik that its forces were behind the blast.")
    assert with_words(claims, "accusations by Norvik").polarity == "deny"


def test_rejects_a_statement_called_false_and_untenable(claims_of: Claims) -> None:
    claims = claims_of('Orin Vasse refuted the assertion. "The statement is false and entirely inaccurate," he said. '
                       'The ministry said the claims were "untenable". The statement was issued on Monday, he said.')
    assert with_words(claims, "The statement is false").polarity == "deny"
    assert with_words(claims, "untenable").polarity == "deny"
    assert with_words(claims, "issued on Monday").polarity == "assert"


def test_rubbished_the_claims_is_a_denial(claims_of: Claims) -> None:
    c = with_words(claims_of("Velmora has rubbished the claims."), "the claims")
    assert c.polarity == "deny" and c.cue == "has rubbished"


def test_a_negated_claiming_beside_a_rejection_is_a_denial(claims_of: Claims) -> None:
    claims = claims_of("The council has repeatedly rejected the charge, claiming that Velmora is not a threat to "
                       "anyone. The Front claimed that the army had not paid the guards.")
    assert with_words(claims, "is not a threat").polarity == "deny"
    assert with_words(claims, "had not paid").polarity == "assert"  # no rejection in its sentence


def test_rejects_allegations_of_involvement_called_absurd_when_the_parser_hangs_them_low(claims_of: Claims) -> None:
    c = with_words(claims_of('"Allegations of Government of Velmora’s involvement in any act of violence in Norland '
                             'are absurd and motivated," the ministry said.'), "absurd and motivated")
    assert c.polarity == "deny"


def test_rejects_we_refuse_the_allegations_but_not_refusing_to_act(claims_of: Claims) -> None:
    claims = claims_of('"We refuse the allegations of the council, and we call them baseless," Ivo Brask said. '
                       'The union said: "We refuse to negotiate with the board."')
    assert with_words(claims, "We refuse the allegations").polarity == "deny"
    assert with_words(claims, "We refuse to negotiate").polarity == "assert"


def test_rejects_a_first_person_act_negated_in_the_present(claims_of: Claims) -> None:
    attack = claims_of('"We don\'t attack Tarsk, we fight on our own territory," President Anna Berg said.')
    assert with_words(attack, "We don't attack Tarsk").polarity == "deny"
    know = claims_of('"We do not know who fired," the mayor said.')
    assert with_words(know, "We do not know").polarity == "assert"  # a state, not an act
    policy = claims_of('"We do not negotiate," the union said.')
    assert with_words(policy, "We do not negotiate").polarity == "assert"  # no object: a policy, not an act


@pytest.mark.parametrize(("text", "polarities"), [
    # what was said, called a lie by a pointing subject or a bare predicate
    ('"All of them are absolute lies," Ivo Brask said. "It\'s all lies," the spokesman said. '
     'The ministry said a blog post by a journalist alleging Velmora was behind the blasts "is '
     'utterly false and complete fiction." The council said the plan "is a great success". '
     '"This is true," she said.',
     {"All of them are absolute lies": "deny", "It's all lies": "deny", "complete fiction": "deny",
      "great success": "assert", "This is true": "assert"}),
    # a party denying its involvement by name, or by the pronoun pointing at the speaker; not a refusal
    ('"TVF unequivocally denies any involvement in the Sarn incident," the group said. '
     '"The Tavra Front denies any role in the blast," its spokesman said. '
     'The Lesk Post said it "vehemently denies" the allegations from the ministry. '
     "The minister said Velmora denied entry to the convoy.",
     {"denies any involvement": "deny", "denies any role": "deny", "vehemently denies": "deny",
      "denied entry": "assert"}),
])
def test_rejects_by_what_the_content_says(claims_of: Claims, text: str, polarities: dict[str, str]) -> None:
    claims = claims_of(text)
    assert {words: with_words(claims, words).polarity for words in polarities} == polarities


def test_what_another_side_said_named_with_an_untrue_epithet_is_rejected(claims_of: Claims) -> None:
    text = ("“We have seen reports on the absurd comments made by the harbour master on the incident. This is one "
            "more effort to smear our port,” the spokesman said.")
    assert with_words(claims_of(text), "absurd comments").polarity == "deny"


def test_an_epithet_on_something_else_rejects_nothing(claims_of: Claims) -> None:
    text = "The spokesman said the report on the absurd comedy festival was well received."
    assert with_words(claims_of(text), "comedy festival").polarity == "assert"


def test_allegations_found_to_be_false(claims_of: Claims) -> None:
    text = ('"Allegations by Valdor regarding our ferry have been investigated in detail and found to be factually '
            'incorrect and false," the spokesman said.')
    assert with_words(claims_of(text), "found to be").polarity == "deny"


def test_allegations_called_untrue_by_a_pronoun(claims_of: Claims) -> None:
    text = ("The ministry on Sunday responded to the allegations made by Valdor about the ferry, calling them "
            "'baseless and fabricated.'")
    c = next(c for c in claims_of(text) if c.cue == "calling")
    assert c.polarity == "deny" and c.speaker_text == "The ministry"


def test_something_called_so_by_a_pronoun_is_no_denial(claims_of: Claims) -> None:
    text = "The council discussed the ferry plan and called it a success."
    assert not any(c.polarity == "deny" for c in claims_of(text))


@pytest.mark.parametrize(("text", "scorned"), [
    ("We have read the absurd comments of the harbour master.", True),
    ("We have met the pilot who repeated the absurd comments of the harbour master.", False),  # relative clause
    ("We have heard that the harbour master repeated the absurd comments.", False),  # a clause it reports
    ("We have read a letter repeating the absurd comments of the harbour master.", False),  # adnominal clause
])
def test_scorned_allegation_in_the_clause_itself_not_in_one_below_it(nlp: Language, text: str, scorned: bool
                                                                     ) -> None:
    root = next(t for t in nlp(text) if t.dep_ == "ROOT")
    assert _scorned_allegation(root) is scorned


def test_rejects_claims_called_not_true_with_not_on_the_adjective(claims_of: Claims) -> None:
    # the parser hangs the "not" of '"absolutely not true"' on the adjective, not on the copula
    claims = claims_of('The defence minister, Ivo Darrel, said the claims were "absolutely not true," adding that '
                       "an inquiry had begun. The mayor said the new bridge was not only costly but late.")
    denial = with_words(claims, "absolutely not true")
    assert denial.polarity == "deny" and denial.negated
    assert not with_words(claims, "not only costly").negated


def test_rejects_a_that_clause_called_false_in_a_quote_opened_inside_the_sentence(claims_of: Claims) -> None:
    # the quotation opens after "The claim in the statement": its content is "that P is false", a denial of P,
    # not the speaker's own act
    c = with_words(claims_of('The claim in the statement "that Norvik troops shelled the depot yesterday is false," '
                             "a spokesman for the Norvik embassy in Lesk said."), "shelled the depot")
    assert c.polarity == "deny" and c.stance == "denial"


def test_rejects_not_a_that_clause_called_true(claims_of: Claims) -> None:
    claims = claims_of('"That the council published the figures is true," the mayor said. '
                       "The treasurer said that the bridge was closed and is safe.")
    assert with_words(claims, "published the figures").polarity == "assert"
    assert with_words(claims, "bridge was closed").polarity == "assert"


def test_rejects_allegations_termed_false_with_the_as_phrase_in_their_clause(claims_of: Claims) -> None:
    # the parser hangs "as false" on the allegation's own clause
    c = with_words(claims_of("The Norvik government on Thursday termed allegations that its drones struck a refugee "
                             "camp in Tarsk a day earlier as false."), "struck a refugee camp")
    assert c.polarity == "deny" and c.stance == "denial"


def test_rejects_a_scenario_called_fiction_even_when_parsed_as_a_modifier(claims_of: Claims) -> None:
    claims = claims_of('The president called such a scenario "political fiction". '
                       'Dora Vell called the film "political fiction".')
    assert with_words(claims, "political fiction").polarity == "deny"
    film = [c for c in claims if "Vell" in (c.speaker_text or "")]
    assert all(c.polarity == "assert" for c in film)


def test_a_quoted_predicate_negated_grants_what_it_says(claims_of: Claims) -> None:
    assert with_words(claims_of('"That the bridge was unsafe is not false," the mayor said.'),
                      "is not false").polarity == "assert"
    assert with_words(claims_of('"It is utterly false," the mayor said.'), "utterly false").polarity == "deny"


def test_having_none_is_a_state_not_a_denied_act(claims_of: Claims) -> None:
    claims = claims_of('"We have no loss of life, but the night was hard," police chief Dorn Vell said.')
    assert with_words(claims, "no loss of life").polarity == "assert"
    assert with_words(claims_of('"We have not received any information," the ministry said.'),
                      "received any information").polarity == "deny"


def test_rejects_a_lawyers_client_act_negated(claims_of: Claims) -> None:
    claims = claims_of("His lawyer, Piet Arno, said his client had not sought to leave the country. "
                       "The bank said a client of the branch had not sought a loan.")
    assert with_words(claims, "his client had not sought").polarity == "deny"
    assert with_words(claims, "a client of the branch").polarity == "assert"


def test_rejects_innocence_held_to_and_declared_in_its_own_sentence(claims_of: Claims) -> None:
    claims = claims_of('"My arrest this morning is outrageous and arbitrary," Oren Dask said in a statement. '
                       '"I will not be broken. I am innocent of the groundless charges against me."\n\n'
                       'His attorney, Mira Castell, spoke after the verdict. "We firmly believe in Oren\'s innocence. '
                       'Obviously we are very disappointed with the verdict," Castell told reporters.\n\n'
                       '"We believe in the power of the law," the judge said.')
    assert with_words(claims, "I am innocent of the groundless charges").polarity == "deny"
    assert with_words(claims, "outrageous and arbitrary").polarity == "assert"
    assert with_words(claims, "believe in Oren's innocence").polarity == "deny"
    assert with_words(claims, "power of the law").polarity == "assert"


def test_rejects_what_was_taken_out_of_context(claims_of: Claims) -> None:
    claims = claims_of("The former minister said on Thursday that evidence produced by police was taken out of "
                       "context when his home was raided this week. The mayor said the quote was not taken out of "
                       "context.")
    assert with_words(claims, "evidence produced by police").polarity == "deny"
    assert with_words(claims, "the quote was not").polarity == "assert"


def test_rejects_nonsense_and_rumours_said_by_the_other_side(claims_of: Claims) -> None:
    claims = claims_of('"They are choking with rage, and so they are now coming up with various unfounded nonsense," '
                       'Ivo Dask said. "If they say he was kidnapped, these are just rumors that have no proof," '
                       "Lev Marsk said.")
    assert with_words(claims, "unfounded nonsense").polarity == "deny"
    assert with_words(claims, "just rumors").polarity == "deny"
