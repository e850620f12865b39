"""Tests of responsibility claims, denials of involvement and negated contents (real spaCy model, invented text)."""

from __future__ import annotations

from tests.analyze.claims.conftest import Claims, with_words

# --------------------------------------------------------------------------- claims of responsibility


def test_responsibility_claimed_is_a_claim_of_the_claimant(claims_of: Claims) -> None:
    text = "The Tavro Front claimed responsibility on Sunday for the bombing of the Eskar bridge."
    c = with_words(claims_of(text), "responsibility")
    assert c.stance == "responsibility" and c.polarity == "assert" and c.involvement
    assert c.speaker_text == "The Tavro Front" and c.cue == "claimed"
    assert c.content == "responsibility on Sunday for the bombing of the Eskar bridge"
    assert c.event is not None  # the bombing, not the claiming


def test_a_denial_of_involvement_is_no_denial_of_an_act_it_says_it_would_not_do(claims_of: Claims) -> None:
    text = ("In a statement on its website, the Dorvan Front denied involvement and said it would not attack "
            "civilians.")
    c = with_words(claims_of(text), "involvement")
    assert c.polarity == "deny" and c.involvement and c.event is None  # not "attack civilians", told as not done


def test_responsibility_passive_and_taken(claims_of: Claims) -> None:
    claims = claims_of("Responsibility for the ambush was claimed by the Orsk Brigade. "
                       "A second group, the Tavro Front, also took responsibility for the ambush.")
    passive = with_words(claims, "Responsibility for the ambush")
    assert passive.stance == "responsibility" and "Orsk Brigade" in (passive.speaker_text or "")
    taken = [c for c in claims if (c.cue or "").endswith("took")]
    assert taken and taken[0].stance == "responsibility" and "Tavro Front" in (taken[0].speaker_text or "")


def test_responsibility_not_for_a_seat_or_a_negated_claim(claims_of: Claims) -> None:
    claims = claims_of("The Liberal party claimed the seat in Tarsk. The Tavro Front did not claim "
                       "responsibility for the bombing.")
    assert not [c for c in claims if c.stance == "responsibility"]


def test_responsibility_said_it_carried_out_the_attack(claims_of: Claims) -> None:
    c = with_words(claims_of("The Tavro Front said it carried out the attack on the police post in Eskar."),
              "carried out")
    assert c.stance == "responsibility" and c.polarity == "assert" and c.involvement


def test_responsibility_claimed_that_it_was_behind_the_attack(claims_of: Claims) -> None:
    own = with_words(claims_of("The Tavro Front claimed that it was behind the twin bombings in Eskar on Sunday."),
                     "behind")
    assert own.stance == "responsibility" and own.polarity == "assert" and own.involvement
    other = with_words(claims_of("The ministry claimed that the rebels carried out the attack on the bridge."),
                       "carried out")
    assert other.stance == "allegation" and other.involvement  # another's act: an allegation
    vote = with_words(claims_of("The Tavro Front claimed it had won the election in Sarn."), "election")
    assert vote.stance == "allegation" and not vote.involvement


def test_responsibility_not_for_launching_a_product(claims_of: Claims) -> None:
    c = with_words(claims_of("The company said it launched a new phone in Tarsk on Monday."), "launched")
    assert c.stance == "statement" and not c.involvement


def test_statement_whose_verb_is_the_act_is_about_its_named_doer(claims_of: Claims) -> None:
    c = with_words(claims_of("The Velmoran defence ministry said Norvik troops shelled the Tarsk dam on Tuesday."),
                   "shelled")
    assert c.stance == "statement" and c.polarity == "assert" and c.involvement
    assert c.event is not None  # the shelling, not the saying


def test_statement_whose_act_has_a_named_agent_is_about_its_doer(claims_of: Claims) -> None:
    c = with_words(claims_of("The mayor said the Tarsk market was shelled by Norvik troops on Tuesday."), "shelled")
    assert c.involvement and c.polarity == "assert"


def test_statement_whose_act_names_no_party_is_not_about_a_doer(claims_of: Claims) -> None:
    c = with_words(claims_of("The mayor said gunmen attacked the Tarsk market on Tuesday."), "attacked")
    assert not c.involvement


def test_statement_opening_with_a_dateline_is_not_about_the_datelines_place(claims_of: Claims) -> None:
    # the parser makes the dateline the subject of "killed": a place filing the report did nothing
    c = with_words(claims_of("Tarsk, Mongolia - A violent storm that swept the eastern steppe late on Friday killed "
                             "more than 70 and injured 200 others, the Mongolian government said."),
                   "killed")
    assert not c.involvement


def test_statement_of_harm_by_a_named_act_is_about_its_doer(claims_of: Claims) -> None:
    claims = claims_of("Hamid Qorbi was killed in a Norvik airstrike on his house, the group said. "
                       "The mayor said Velmora's shelling of the market killed five people.")
    assert with_words(claims, "airstrike").involvement and with_words(claims, "shelling").involvement


def test_statement_naming_an_act_beside_another_predicate_is_not_about_its_doer(claims_of: Claims) -> None:
    c = with_words(claims_of("The minister said talks stalled after the Norvik invasion."), "stalled")
    assert not c.involvement


def test_statement_of_a_headline_passive_is_not_about_its_victim_as_doer(claims_of: Claims) -> None:
    c = with_words(claims_of("Velmora Front chief Anton Brask assassinated, the group said on Tuesday."),
                   "assassinated")
    assert not c.involvement


# --------------------------------------------------------------------------- denials of involvement


def test_denial_nothing_to_do_with_the_attack(claims_of: Claims) -> None:
    c = with_words(claims_of("The Tavro Front said it had nothing to do with the bombing of the Eskar bridge."),
              "nothing to do")
    assert c.polarity == "deny" and c.stance == "denial" and c.involvement and c.negated


def test_denial_no_involvement_of_a_third_party(claims_of: Claims) -> None:
    c = with_words(claims_of("“Norvik had no involvement in this attack,” a Valdor government spokesman said."),
              "no involvement")
    assert c.polarity == "deny" and c.involvement


def test_denial_no_fire_or_weapon_of_a_party(claims_of: Claims) -> None:
    claims = claims_of('The spokesman said the walls were intact. "There was no NDF fire from the land, sea or air '
                       'that hit the clinic," he claimed. An inquiry by the army found there were no NDF munitions '
                       "targeting the area at the time of the blast.")
    fire = with_words(claims, "no NDF fire")
    assert fire.polarity == "deny" and fire.involvement
    assert with_words(claims, "no NDF munitions").polarity == "deny"
    # no act of a party denied: a plain negated statement
    claims = claims_of("Police said there was no explosion at the plant. There was no damage to the walls, he said.")
    assert all(c.polarity == "assert" for c in claims)


def test_denial_not_involved_and_denied_carrying_out(claims_of: Claims) -> None:
    claims = claims_of("The Orsk Brigade denied carrying out the shelling of the market. "
                       "Norvik was not involved in any way, the spokesman said.")
    assert with_words(claims, "carrying out").polarity == "deny"
    not_involved = with_words(claims, "not involved")
    assert not_involved.polarity == "deny" and not_involved.involvement


def test_denial_of_a_role_in_talks_is_no_denial_of_an_act(claims_of: Claims) -> None:
    c = with_words(claims_of("The minister said she had no role in the negotiations over the new port in Tarsk."),
              "no role")
    assert c.polarity == "assert" and not c.involvement


# --------------------------------------------------------------------------- negated contents and rebuttals


def test_negated_rebuttal_of_an_allegation_is_a_denial(claims_of: Claims) -> None:
    claims = claims_of("Rejecting the allegations, the minister said the country is not a haven for smugglers. "
                       "Norvik insisted that its ports are not used by smugglers.")
    said = with_words(claims, "not a haven")
    assert said.negated and said.polarity == "deny" and said.stance == "denial"
    insisted = with_words(claims, "its ports are not used")
    assert insisted.negated and insisted.polarity == "deny"


def test_negated_statement_without_an_answer_stays_asserted(claims_of: Claims) -> None:
    claims = claims_of("Police said no one was hurt in the fire. The mayor said the bridge is not open yet.")
    for words in ("no one was hurt", "not open yet"):
        c = with_words(claims, words)
        assert c.negated and c.polarity == "assert"
    assert not with_words(claims_of("The mayor said the bridge would reopen in May."), "reopen").negated


def test_content_split_by_the_parser_is_one_content(claims_of: Claims) -> None:
    c = with_words(claims_of("Officials said it was unlikely the new bridge would open before the winter."),
              "would open")
    assert c.content.startswith("it was unlikely")


def test_negated_existential_no(claims_of: Claims) -> None:
    claims = claims_of("“Let me be clear: there was no second explosion at the Tarsk plant that evening, not one,” "
                       "the company spokesman told reporters. "
                       "The minister listed the demands: a ceasefire, a prisoner swap and new talks, the agency said.")
    assert with_words(claims, "no second explosion").negated
    assert not with_words(claims, "a prisoner swap").negated


def test_copula_with_a_no_noun_is_negated(claims_of: Claims) -> None:
    """"was no accident": "no" on the noun of a copula negates the predicate, in any domain; an adjective of size or
    ease after "no" is an understatement that asserts ("no small feat")."""
    claims = claims_of("The drivers' union said the fire at the Kestin depot was no accident. "
                       "The registry clerk said the missing page was no clerical error. "
                       "A teachers' spokesman said the strike vote was no bluff by the union leadership. "
                       "The coach said that reaching the final in Orsk was no small feat for the young team. "
                       "The mayor said the flood barrier was a costly mistake.")
    for words in ("no accident", "no clerical error", "no bluff"):
        assert with_words(claims, words).negated, words
    assert not with_words(claims, "no small feat").negated
    assert not with_words(claims, "a costly mistake").negated



def test_subject_opened_by_not_is_negated(claims_of: Claims) -> None:
    claims = claims_of('"Not a single ballot was destroyed in Dunmore," the commission chair said. '
                       'The port company said not one outside worker was hired during the strike. '
                       'Police said not only the gate but also the fence was damaged in the storm.')
    assert with_words(claims, "Not a single ballot").negated
    assert with_words(claims, "not one outside worker").negated
    assert not with_words(claims, "not only the gate").negated


# --------------------------------------------------------------------------- round 9: general forms on real coverage


def test_denial_there_was_no_involvement_of_a_party(claims_of: Claims) -> None:
    claims = claims_of('"The Front alone answers for the bombing of the depot. There was no Norlandi involvement '
                       'at all," spokeswoman Ilse Varn said. "There was no linkage to Norland," Pell Dorin said.')
    assert with_words(claims, "alone answers").polarity == "assert"
    assert with_words(claims, "no Norlandi involvement").polarity == "deny"
    assert with_words(claims, "no linkage to Norland").polarity == "deny"


def test_denial_not_for_a_negated_link_between_things(claims_of: Claims) -> None:
    c = with_words(claims_of("The engineer said there was no link between the two faults."), "no link")
    assert c.polarity == "assert"


def test_responsibility_the_doer_is_named_by_the_speaker(claims_of: Claims) -> None:
    claims = claims_of('The Tavro Front announced that the bombing was "carried out by four TF fighters armed with '
                       'rifles". The Orsk Brigade said the ambush was carried out by Tavro Front fighters.')
    assert with_words(claims, "four TF fighters").stance == "responsibility"
    other = with_words(claims, "Tavro Front fighters")
    assert other.stance != "responsibility" and other.involvement  # a rival's account of who did it


def test_confirmed_that_there_was_no_fire_is_negated(claims_of: Claims) -> None:
    c = with_words(claims_of('Colonel Brask said an inquiry had "confirmed that there was no Norlandi fire that hit '
                             'the clinic".'), "no Norlandi fire")
    assert c.negated


def test_negated_finding_but_not_a_role_denied_beside_an_assertion(claims_of: Claims) -> None:
    claims = claims_of("The army said it has seen no evidence of a direct hit on the clinic. Police said Brask had no "
                       "known role in the Front, but was believed to have worked with its fighters.")
    assert with_words(claims, "no evidence of a direct hit").negated
    assert not with_words(claims, "no known role").negated


def test_responsibility_asserted_or_announced(claims_of: Claims) -> None:
    for verb in ("asserted", "announced"):
        c = with_words(claims_of(f"The Tavro Front {verb} responsibility for the bombing of the Eskar bridge."),
                       "responsibility")
        assert c.stance == "responsibility" and "Tavro" in (c.speaker_text or "")
    # negative: announcing credit or asserting a duty owns no act
    for text in ("The ministry announced credit for farmers in Eskar.",
                 "The council asserted its responsibility to protect the Eskar bridge."):
        assert not [c for c in claims_of(text) if c.stance == "responsibility"]


# --------------------------------------------------------------------------- round 16: denials worded as no tie, deeds


def test_denial_no_links_to_the_doers_or_a_party(claims_of: Claims) -> None:
    claims = claims_of("A spokesman for the group, Amel Drovic, said the Orsk Front has no links to the bombers. "
                       "The ministry said it had no connection with the Orsk Front.")
    doers = with_words(claims, "no links to the bombers")
    assert doers.polarity == "deny" and doers.stance == "denial" and doers.involvement
    party = with_words(claims, "no connection with the Orsk Front")
    assert party.polarity == "deny" and party.involvement


def test_no_tie_to_something_else_stays_a_statement(claims_of: Claims) -> None:
    c = with_words(claims_of("The minister said the price rise has no links to Velmora's budget."), "price rise")
    assert c.polarity == "assert" and not c.involvement  # a place's budget is no party that did an act
    member = with_words(claims_of("Police said Zaval had no known role in the Tavra Front, which police blame for "
                                  "the bombing, but was believed to have worked with its fighters."), "no known role")
    assert member.polarity == "assert"  # a role in a group is membership, not a part in an act


def test_denial_nothing_to_do_with_a_crime(claims_of: Claims) -> None:
    c = with_words(claims_of('"We had nothing to do with this crime," Drovic told reporters in Oskel.'),
                   "nothing to do with this crime")
    assert c.polarity == "deny" and c.involvement


def test_denial_we_are_not_in_any_way_involved_splits_a_quotation(claims_of: Claims) -> None:
    claims = claims_of('"We have heard about that tragedy from the radio. On behalf of the Front, we are not in any '
                       'way involved in that incident," top spokesman Ivo Ranek said in a statement.')
    denial = with_words(claims, "not in any way involved")
    assert denial.polarity == "deny" and denial.involvement
    assert with_words(claims, "heard about that tragedy").polarity == "assert"


def test_denial_neither_behind_nor_linked_in_a_conclusion(claims_of: Claims) -> None:
    c = with_words(claims_of("A spokesman had said that investigations reached a conclusion that the Orsk Front "
                             "was neither behind the bomb blast nor had it any link with the incident."), "neither")
    assert c.polarity == "deny" and c.involvement


def test_allegation_the_work_of_a_party(claims_of: Claims) -> None:
    claims = claims_of("The bomb was the work of the Orsk Front, police said. "
                       '"The inquiry is still under way, but we already know that this is the work of the Front," '
                       "said Security Minister Abel Doran.")
    police = with_words(claims, "work of the Orsk Front")
    assert police.polarity == "assert" and police.involvement and police.stance != "responsibility"
    minister = with_words(claims, "we already know")
    assert minister.involvement  # who did it, in the clause after "but"
    good = with_words(claims_of("The festival was the work of many volunteers, the mayor said."), "festival")
    assert not good.involvement  # no act


def test_responsibility_staged_read_past_the_lemmatizer(claims_of: Claims) -> None:
    c = with_words(claims_of("The Tarn Front, one of several armed groups from the north, said it staged the attack - "
                             "the deadliest in the capital since 2008."), "staged")
    assert c.stance == "responsibility" and c.involvement


def test_no_one_claiming_is_no_claim(claims_of: Claims) -> None:
    claims = claims_of("No group claimed immediate responsibility for the bombing in Oskel. No group has said it "
                       "was behind Thursday's attack. Nobody said the bridge was safe.")
    assert claims == []


def test_not_only_but_is_no_negation(claims_of: Claims) -> None:
    claims = claims_of('"Accepting responsibility for the attack by this group is not just surprising, but also '
                       'ridiculous," the spokesperson said. "It is not merely a crime but a disgrace," he added.')
    assert not with_words(claims, "not just surprising").negated
    assert not with_words(claims, "not merely a crime").negated
    assert with_words(claims_of('"It is not a crime," the spokesperson said.'), "not a crime").negated


def test_denial_did_not_commit_such_an_act(claims_of: Claims) -> None:
    c = with_words(claims_of('"Velmora did not commit and would never commit such an act because our values would not '
                             'allow this," the minister said.'), "such an act")
    assert c.polarity == "deny" and c.involvement


def test_allegation_the_doers_tied_to_a_party(claims_of: Claims) -> None:
    claims = claims_of("Minister Oren Tallis said the police had found the gunmen. \"We now know that they are tied to "
                       "groups backing the Velmoran government,\" he told the radio. \"The network and the gunmen have "
                       "ties to a pro-government militia,\" Ida Rennel said.")
    assert with_words(claims, "they are tied").involvement
    assert with_words(claims, "gunmen have ties").involvement
    plain = with_words(claims_of('"We now know that they are tied to groups of farmers," the mayor said.'), "tied")
    assert not plain.involvement  # no act and no doers told before "they"


def test_allegation_a_deed_carried_out_by_or_behind_the_tragedy(claims_of: Claims) -> None:
    claims = claims_of('"This crime was committed by a cell that takes orders from the Velmoran government," Tallis '
                       "said. Deputy Minister Ida Rennel added she believed militiamen loyal to the Velmoran president "
                       "were behind the atrocity.")
    assert with_words(claims, "This crime was committed").involvement
    believed = [c for c in claims if c.cue == "believed"]
    assert believed and believed[0].involvement  # "fighters loyal to ..." and "were behind" parsed apart


def test_allegation_in_a_later_sentence_of_a_quotation(claims_of: Claims) -> None:
    claims = claims_of('"The men and the network who carried out these bombings have been found. We now know that they '
                       'are linked to groups backing the Velmoran government," Interior Minister Oren Tallis had said.')
    assert with_words(claims, "have been found").involvement
    calm = with_words(claims_of('"The festival was a success. We thank the volunteers," the mayor said.'), "festival")
    assert not calm.involvement


def test_negated_by_a_not_hung_on_the_phrase_right_after_the_verb(claims_of: Claims) -> None:
    claims = claims_of('The governor said the Norland army was "not by any means involved in the fighting" in Lesk. '
                       "The group said it would judge the new envoy by her mandate, not by her name.")
    assert with_words(claims, "not by any means involved").negated
    assert not with_words(claims, "by her mandate, not by her name").negated  # a contrast further on negates nothing


def test_claiming_a_series_of_acts_is_a_claim_of_responsibility(claims_of: Claims) -> None:
    c = with_words(claims_of("The Tavro Front on Tuesday claimed a series of bombings that killed 30 people in Valmo."),
                   "bombings")
    assert c.stance == "responsibility" and c.involvement and c.speaker_text == "The Tavro Front"
    assert c.content.startswith("a series of bombings")


def test_claiming_a_number_of_seats_is_no_responsibility(claims_of: Claims) -> None:
    claims = claims_of("The Tavro Front claimed a number of seats in the council.")
    assert not [c for c in claims if c.stance == "responsibility"]


def test_posting_a_claim_of_responsibility_takes_it(claims_of: Claims) -> None:
    text = "After midnight, the Tavro Front posted a claim of responsibility for the attack on its propaganda channels."
    c = with_words(claims_of(text), "claim of responsibility")
    assert c.stance == "responsibility" and c.involvement and c.speaker_text == "the Tavro Front"


def test_posting_a_statement_takes_no_responsibility(claims_of: Claims) -> None:
    claims = claims_of("After midnight, the Tavro Front posted a video of the parade on its channels.")
    assert not [c for c in claims if c.stance == "responsibility"]


def test_saying_another_party_was_responsible_is_an_accusation(claims_of: Claims) -> None:
    claims = claims_of("Ostria's Foreign Minister Ivo Darsk said the Varnian state and its regional allies were "
                       "responsible for the attack on the parade.")
    c = with_words(claims, "were responsible for the attack")
    assert c.stance == "allegation" and c.involvement and c.polarity == "assert"


def test_a_bare_responsible_after_an_attack_is_an_accusation(claims_of: Claims) -> None:
    claims = claims_of("A bomb exploded in the Lesk market on Sunday, killing six people. \"According to our findings, "
                       "the Tavro Front terrorist organization is responsible,\" Interior Minister Ivo Darsk said. "
                       "Police said the Tavro Front was to blame.")
    for words in ("organization is responsible", "was to blame"):
        c = with_words(claims, words)
        assert c.stance == "allegation" and c.involvement and c.polarity == "assert"


def test_a_bare_responsible_of_the_speaker_claims_it_and_a_duty_blames_no_one(claims_of: Claims) -> None:
    claims = claims_of("\"We are responsible,\" the Tavro Front said after the blast. "
                       "The mayor said the council was responsible for the budget.")
    assert with_words(claims, "We are responsible").stance == "responsibility"
    c = with_words(claims, "responsible for the budget")
    assert c.stance == "statement" and not c.involvement


def test_holding_a_named_party_answerable_for_an_attack_is_an_accusation(claims_of: Claims) -> None:
    claims = claims_of("A gunman attacked the parade in Lesk on Saturday. \"Velmora holds regional terror sponsors and "
                       "their Ostrian masters accountable for such attacks,\" he wrote. \"We hold the Tavro Front "
                       "responsible for the attack,\" the minister said. The mayor said the city holds the "
                       "contractor responsible for the delays.")
    for words in ("accountable for such attacks", "Tavro Front responsible"):
        c = with_words(claims, words)
        assert c.stance == "allegation" and c.involvement
    assert with_words(claims, "responsible for the delays").stance == "statement"


def test_saying_a_named_group_was_behind_an_attack_is_an_accusation(claims_of: Claims) -> None:
    c = with_words(claims_of("Interior Minister Lena Corvo said the Tavro Front was behind the bombing of the market."),
                   "was behind the bombing")
    assert c.stance == "allegation" and c.involvement


def test_its_own_fighters_and_allies_responsible_is_still_its_claim(claims_of: Claims) -> None:
    c = with_words(claims_of("The Tavro Front said its fighters and allies were responsible for the attack on the "
                             "convoy."), "were responsible for the attack")
    assert c.stance == "responsibility"


def test_an_act_told_in_the_passive_by_a_named_party_accuses_it(claims_of: Claims) -> None:
    claims = claims_of("Ivo Dask said the bridge was blown up by the Tavro Front. "
                       "Lev Marsk said the convoy was attacked by gunmen on Monday. "
                       "Ana Vell said the depot was not shelled by Norland.")
    assert with_words(claims, "blown up by").stance == "allegation"
    assert with_words(claims, "attacked by gunmen").stance != "allegation"  # no party named
    assert with_words(claims, "not shelled").stance != "allegation"
