"""Tests of the denies rules: same sentence, named claims, involvement, rebuttals, the accused answering."""

from __future__ import annotations

import pytest

from storyline.fuse.denials import _accusation, _speech_after
from storyline.model import Claim, Story
from tests.fuse.conftest import Build, claim_by_cue, links_of


def test_link_denies_same_sentence_with_both_spans(build: Build) -> None:
    text = ("Valdorian officials allege that the militia is hiding in the northern hills, "
            "a claim strongly denied by Norvik.")
    story = build(text)
    alleged, denied = claim_by_cue(story, "allege"), claim_by_cue(story, "denied")
    links = [lk for lk in story.claim_links if lk.type == "denies"]
    assert [(lk.from_, lk.to) for lk in links] == [(denied.id, alleged.id)]
    ev = links[0].evidence
    assert [e.text for e in ev] == [text[denied.start:denied.end], text[alleged.start:alleged.end]]
    assert "Norvik" in ev[0].text and "Valdorian officials allege" in ev[1].text
    assert links[0].reason


def test_link_denies_across_articles(build: Build) -> None:
    story = build("The Norvik government said that its soldiers crossed the Eska river near Tarsk on Monday.",
                  "The Valdor army denied that Norvik soldiers crossed the Eska river near Tarsk on Monday.")
    said, denied = claim_by_cue(story, "said", "a0"), claim_by_cue(story, "denied", "a1")
    assert (denied.id, said.id) in links_of(story, "denies")


def test_link_denies_claims_of_named_owner(build: Build) -> None:
    story = build("Valdor has repeatedly maintained that Norvik shelters the smugglers in its ports. "
                  "Norvik has denied Valdor's claims, saying it polices its ports.")
    maintained, denied = claim_by_cue(story, "maintained"), claim_by_cue(story, "denied")
    assert (denied.id, maintained.id) in links_of(story, "denies")


def test_link_denies_claims_of_a_people_named_before_the_claim_noun(build: Build) -> None:
    # the answer comes first, the charge after it; another article's accusation is not what it answers
    story = build("Chile's foreign minister accused Peru of sheltering the smugglers in its ports last week.",
                  "LIMA -- Peru on Tuesday firmly rejected a Chilean allegation that it may have sheltered the "
                  "smugglers. Chilean President Anna Berg on Monday had told the senate that security agencies "
                  "\"have been pursuing credible reports of a link between Peru and the smugglers\".",
                  days=("2031-05-01", "2031-05-06"))
    rejected, told = claim_by_cue(story, "rejected", "a1"), claim_by_cue(story, "told", "a1")
    assert (rejected.id, told.id) in links_of(story, "denies")


def test_link_denies_accusation_against_the_denier_across_articles(build: Build) -> None:
    story = build("The Valdor government accused Norvik of arming the rebels in the hills.",
                  "Norvik rejected the accusations on Tuesday.")
    accused, rejected = claim_by_cue(story, "accused", "a0"), claim_by_cue(story, "rejected", "a1")
    assert rejected.speaker is not None and rejected.speaker in accused.targets
    links = [lk for lk in story.claim_links if lk.type == "denies"]
    assert [(lk.from_, lk.to) for lk in links] == [(rejected.id, accused.id)]
    assert "accusation against the denier" in (links[0].reason or "")


def test_link_denial_answers_its_own_article_first(build: Build) -> None:
    story = build("The Valdor government accused Norvik of arming the rebels in the hills.",
                  "Valdor accused Norvik of shelling the border town. Norvik rejected the accusations.")
    here, rejected = claim_by_cue(story, "accused", "a1"), claim_by_cue(story, "rejected", "a1")
    assert [(lk.from_, lk.to) for lk in story.claim_links if lk.type == "denies"] == [(rejected.id, here.id)]


def test_link_denial_of_involvement_retracts_a_claim_of_responsibility(build: Build) -> None:
    story = build("The Tavro Front claimed responsibility for the bombing of the Eskar bridge on Monday. "
                  "On Tuesday a Tavro Front spokesman said the group had nothing to do with the bombing.")
    claimed, denial = claim_by_cue(story, "claimed"), claim_by_cue(story, "said")
    assert claimed.stance == "responsibility" and denial.polarity == "deny"
    links = [lk for lk in story.claim_links if lk.type == "denies"]
    assert [(lk.from_, lk.to) for lk in links] == [(denial.id, claimed.id)]
    assert "responsibility" in (links[0].reason or "")


def test_no_link_when_another_party_denies_involvement(build: Build) -> None:
    story = build("The Tavro Front claimed responsibility for the bombing of the Eskar bridge on Monday. "
                  "The Norvik government said it had nothing to do with the bombing.")
    assert claim_by_cue(story, "said").polarity == "deny"
    assert links_of(story, "denies") == []


def test_link_denial_of_involvement_answers_an_allegation(build: Build) -> None:
    story = build("The Valdor government accused the Tavro Front of carrying out the bombing of the Eskar bridge. "
                  "The Tavro Front denied any involvement in the bombing.")
    accused, denied = claim_by_cue(story, "accused"), claim_by_cue(story, "denied")
    assert accused.involvement and denied.involvement
    assert (denied.id, accused.id) in links_of(story, "denies")


def test_link_negated_rebuttal_denies_the_allegation(build: Build) -> None:
    story = build("The Valdor government accused Norvik of sheltering the smugglers in its northern ports.",
                  "Norvik said that it is not sheltering the smugglers in its northern ports.",
                  days=("2023-03-01", "2023-03-02"))
    accused = claim_by_cue(story, "accused")
    rebuttal = claim_by_cue(story, "said")
    assert rebuttal.polarity == "deny" and rebuttal.stance == "denial"  # made a denial by what it answers
    assert (rebuttal.id, accused.id) in links_of(story, "denies")
    assert links_of(story, "contradicts") == []


def test_no_link_one_side_never_denies_its_own_words(build: Build) -> None:
    story = build('Allegations of Velmora\'s involvement are "absurd and malicious," the Velmoran foreign '
                  "ministry said.",
                  'Velmora denied the allegations, calling them "absurd and malicious".')
    assert not [lk for lk in story.claim_links if lk.type == "denies"
                and {lk.from_[:2], lk.to[:2]} == {"a0", "a1"} and "same proposition" in (lk.reason or "")]


def test_link_the_version_that_p_is_unsound_denies_p(build: Build) -> None:
    story = build("Governor Ivan Dorsk said the gunmen tried to escape towards Norvik, where a corridor was "
                  "prepared for them. The analyst Pavel Drem said the version that the gunmen were "
                  "fleeing towards Norvik does not withstand any criticism.")
    said = [c for c in story.claims if "corridor" in c.content]
    version = [c for c in story.claims if "does not withstand" in c.content]
    assert said and version and version[0].polarity == "deny"
    assert (version[0].id, said[0].id) in links_of(story, "denies")


def test_no_link_a_negation_about_a_report_of_ones_own_side(build: Build) -> None:
    story = build("Governor Ivan Dorsk said the gunmen tried to escape towards Norvik. Governor Ivan Dorsk said "
                  "the version that the gunmen were fleeing towards Norvik does not withstand any criticism.")
    assert not links_of(story, "denies")


def test_link_a_rejection_answers_a_statement_voicing_an_allegation(build: Build) -> None:
    story = build("Prime Minister Ivan Dorsk said there are serious allegations that agents of the Norvik "
                  "government were behind the killing of the activist.",
                  'Allegations of the Norvik government\'s involvement in any act of violence are "absurd and '
                  'motivated," the Norvik foreign ministry said.')
    said, absurd = claim_by_cue(story, "said", "a0"), claim_by_cue(story, "said", "a1")
    assert absurd.polarity == "deny"
    assert (absurd.id, said.id) in links_of(story, "denies")


def test_no_link_a_rejection_and_a_statement_without_an_allegation(build: Build) -> None:
    story = build("Prime Minister Ivan Dorsk said agents of the Norvik government attended the funeral of the "
                  "activist.",
                  'Reports of a rift with the Norvik government are "absurd and malicious," the Norvik foreign '
                  "ministry said.")
    assert not links_of(story, "denies")


def test_link_the_accused_answers_an_accusation_told_after_it_in_one_article(build: Build) -> None:
    story = build("Norvik's foreign ministry spokesman said Norvik had never sheltered armed gunmen. Prime Minister "
                  "Ivan Dorsk had accused Norvik of sheltering the gunmen behind the attack on the Tarsk police "
                  "station.")
    accused = claim_by_cue(story, "accused")
    answers = [lk for lk in story.claim_links if lk.type == "denies" and lk.to == accused.id]
    assert answers


def test_no_link_an_older_denial_never_answers_a_later_articles_accusation(build: Build) -> None:
    story = build('Norvik\'s foreign ministry said Norvik "never sheltered armed groups".',
                  "Prime Minister Ivan Dorsk accused Norvik of sheltering the gunmen behind the attack on the "
                  "Tarsk police station.", days=("2023-03-01", "2023-03-05"))
    assert not links_of(story, "denies")


def test_no_link_a_denial_never_denies_a_report_of_the_same_rejection(build: Build) -> None:
    story = build('"We reject any attempt to portray the closing of the consulate as a violation of the treaty," '
                  "the Norvik foreign ministry said.",
                  "A Velmoran newspaper said Norvik rejects any attempt to portray the closing of the consulate as a "
                  "violation of the treaty.")
    assert not links_of(story, "denies")



def _statement(content: str) -> Claim:
    return Claim(id="a0:cl0", article="a0", start=0, end=len(content), speaker=None, speaker_text="X",
                 cue="said", content=content, stance="statement", targets=("ent:norvik",))


def test_accusation_voiced_in_a_statement() -> None:
    assert _accusation(_statement("there are serious allegations that agents of Norvik were behind the killing"))


def test_accusation_not_a_statement_that_dismisses_allegations() -> None:
    assert not _accusation(_statement("such unsubstantiated allegations seek to shift the focus from the gunmen"))
    assert not _accusation(_statement("the agents of Norvik attended the funeral"))


def test_link_rejection_answers_the_owners_claim_told_after_it_in_its_article(build: Build) -> None:
    story = build("Valdor's interior minister Anna Berg said the smugglers used Norvik's ports.",
                  "Norvik's foreign ministry rejected an accusation by Valdor's interior minister that it "
                  "sheltered the rebels. Interior Minister Anna Berg told parliament that the bombers had "
                  "crossed from Norvik.", days=("2031-03-01", "2031-03-02"))
    rejected, told = claim_by_cue(story, "rejected", "a1"), claim_by_cue(story, "told", "a1")
    # the accusation the rejection names is the minister's too (the description resolves to her across the story)
    named = next(c for c in story.claims if c.article == "a1" and c.content.startswith("that it sheltered"))
    assert named.speaker == told.speaker
    assert sorted(links_of(story, "denies")) == sorted([(rejected.id, told.id), (rejected.id, named.id)])


def test_no_link_a_rejection_never_answers_a_later_articles_claim(build: Build) -> None:
    story = build("Norvik's foreign ministry rejected Valdor's accusations on Monday.",
                  "Valdor's interior minister Anna Berg said the smugglers used Norvik's ports.",
                  days=("2031-03-01", "2031-03-05"))
    assert links_of(story, "denies") == []


def test_link_denial_of_involvement_answers_each_accuser(build: Build) -> None:
    story = build("Police chief Tomas Erl said the Tavro Front carried out the bombing of the Eskar bridge.",
                  "The interior ministry blamed the Tavro Front for the bombing of the Eskar bridge. A Tavro "
                  "Front spokesman said the group had nothing to do with the bombing.",
                  days=("2031-03-01", "2031-03-02"))
    erl, blamed = claim_by_cue(story, "said", "a0"), claim_by_cue(story, "blamed", "a1")
    denial = next(c for c in story.claims if c.polarity == "deny")
    assert {(denial.id, erl.id), (denial.id, blamed.id)} <= set(links_of(story, "denies"))


def test_link_rejection_of_an_accusation_that_p_denies_the_owners_claim_saying_p_elsewhere(build: Build) -> None:
    story = build("Valdor's interior minister Anna Berg accused Norvik of letting rebel fighters rest and train "
                  "in its mountain camps.",
                  "Norvik rejected Valdor's accusation that it shelters rebel fighters in its mountains. Interior "
                  "Minister Anna Berg said the bombers had crossed from Norvik.",
                  days=("2031-03-01", "2031-03-02"))
    accused, rejected = claim_by_cue(story, "accused", "a0"), claim_by_cue(story, "rejected", "a1")
    here = claim_by_cue(story, "said", "a1")
    assert {(rejected.id, here.id), (rejected.id, accused.id)} <= set(links_of(story, "denies"))


@pytest.mark.parametrize(("text", "denial", "target"), [
    # a denial answers a statement about its side in its article
    ("Valdor's foreign minister Anna Berg said that the attackers had come from Norvik and returned there. "
     "Norvik denied that the gunmen who attacked the police station had crossed the border from its territory.",
     "crossed the border", "come from Norvik"),
    # "the version that P does not withstand any criticism" denies P in other words
    ("Valdor's president Ivo Rask said the gunmen tried to escape and were moving toward Norvik, where a window had "
     "been prepared for them to cross the border. A Norvik intelligence spokesman said the version that the "
     "attackers were fleeing toward Norvik does not withstand any criticism.", "version", "window"),
    # a denial of involvement answers its article's account of its side
    ("Valdor's president Ivo Rask said a window had been prepared for the gunmen on the Norvik side of the border. "
     "A spokesman for Norvik's army said Norvik was not involved in the attack on the Eskar concert hall.",
     "not involved", "window"),
])
def test_link_a_denial_answers_its_articles_account(build: Build, text: str, denial: str, target: str) -> None:
    story = build(text)
    den = next(c for c in story.claims if denial in c.content)
    tgt = next(c for c in story.claims if target in c.content)
    assert (den.id, tgt.id) in links_of(story, "denies")


def test_no_link_a_denial_and_a_statement_from_no_side(build: Build) -> None:
    story = build("Officials in both capitals said that Norvik's ambassador was called to the Valdor foreign "
                  "ministry. Norvik denied that the gunmen who attacked the police station had crossed the "
                  "border from its territory.")
    assert links_of(story, "denies") == []


def test_link_rejecting_the_charge_answers_each_voice_of_the_accusing_side(build: Build) -> None:
    story = build("Valdor accused Norvik of letting the attackers cross its border. Valdor's foreign minister "
                  "Anna Berg said the gunmen had crossed the Eska river from Norvik on Saturday. Norvik's "
                  "foreign ministry rejected the charge.")
    accused, said = claim_by_cue(story, "accused"), claim_by_cue(story, "said")
    rejected = claim_by_cue(story, "rejected")
    assert {(rejected.id, accused.id), (rejected.id, said.id)} <= set(links_of(story, "denies"))


def test_link_a_short_denial_is_weighed_by_its_sentences_meaning(build: Build) -> None:
    story = build("Valdor's prime minister Ivo Rask said there were serious allegations that agents of the "
                  "Norvik government were behind the killing of a Valdor activist in June.",
                  "Allegations of the Norvik government's involvement in any act of violence in Valdor are "
                  "\u201cabsurd and malicious,\u201d Norvik's foreign ministry said in a statement on Tuesday.",
                  days=("2031-06-01", "2031-06-02"))
    rask = claim_by_cue(story, "said", "a0")
    absurd = next(c for c in story.claims if "absurd" in c.content)
    assert (absurd.id, rask.id) in links_of(story, "denies")


def test_no_link_a_denial_and_a_statement_that_clears_the_denier(build: Build) -> None:
    story = build("The Valdor government said the Orsk Brigade bears sole responsibility for the bombing of the "
                  "Eskar bridge and there was no Norvik involvement. Norvik denied any involvement in the "
                  "bombing of the Eskar bridge.")
    assert links_of(story, "denies") == []


def test_no_link_a_ministers_negated_plan_answers_no_account_in_its_article(build: Build) -> None:
    story = build("Norvik's prime minister Ivo Rask said that Valdor had ordered Norvik to withdraw 40 diplomats "
                  "from the country. Valdor's foreign minister Anna Berg said Valdor will not take the step of "
                  "expelling more diplomats.")
    assert links_of(story, "denies") == []


def test_link_denies_this_answers_the_claim_right_before_it(build: Build) -> None:
    story = build("Some reporters who had filmed the flooded quarter said on Tuesday that they had been ordered out "
                  "of the town. Hann Oskar, the regional transport minister, told reporters that crews needed room "
                  "to work, but denied this was linked to the election.")
    reported, denied = claim_by_cue(story, "said"), claim_by_cue(story, "denied")
    assert (denied.id, reported.id) in links_of(story, "denies")


def test_link_denies_it_not_across_an_accusation_told_between(build: Build) -> None:
    story = build("The market bombing in Sarn killed 14 people, health officials said. "
                  "Police have blamed the Orsk Front, which has denied it.")
    said, denied = claim_by_cue(story, "said"), claim_by_cue(story, "denied")
    assert (denied.id, said.id) not in links_of(story, "denies")


FILLER = ("The concert hall stood near the ring road, a short drive from the city centre, and had hosted "
          "festivals, trade fairs and sports events for more than a decade. Its owners had recently added a "
          "second stage, a large car park and a shopping arcade, and it was sold out that evening. ")


def test_link_denies_all_accusations_answers_each_of_the_side(build: Build) -> None:
    story = build("Peruvian President Arvo Tamm said the gunmen had tried to escape to Chile. " + FILLER * 2
                  + "Arvo Tamm said a window had been prepared for them on the Chilean side of the border. "
                  + FILLER * 2
                  + "Chile's foreign ministry rejected all accusations leveled against the country by Peru.")
    escape = next(c for c in story.claims if "escape to Chile" in c.content)
    window = next(c for c in story.claims if "window" in c.content)
    denied = claim_by_cue(story, "rejected")
    denies = links_of(story, "denies")
    assert (denied.id, escape.id) in denies and (denied.id, window.id) in denies


def test_link_accused_answers_anchored_by_a_claim_noun_inside_a_misread_name(build: Build) -> None:
    # the NER reads "Allegations of Government of Chile" as an organization of Chile's side: its word
    # "allegations" still anchors the matter (it is no name)
    story = build('"We have read and reject the remarks of the Peruvian Prime Minister to the press. '
                  "Allegations of Government of Chile's involvement in any act of violence in Peru are absurd and "
                  'malicious," the Chilean foreign ministry said.',
                  "Allegations of the Chilean government’s involvement in any act of violence in Peru are “absurd and "
                  "malicious,” the Chilean foreign ministry said in a statement Tuesday.\n\n"
                  "Peruvian Prime Minister Arvo Tamm earlier said there are “serious allegations” that agents of the "
                  "Chilean government were behind the killing of the activist Oskar Brenn, who was shot in May "
                  "near a market in Lima.")
    # the content is the whole clause the quoted words end ("Allegations of ... are “absurd and malicious,”")
    absurd = next(c for c in story.claims if c.article == "a1" and "absurd and malicious" in c.content)
    accusation = next(c for c in story.claims if "serious allegations" in c.content)
    assert (absurd.id, accusation.id) in links_of(story, "denies")


def test_link_denies_a_speakers_retraction_of_its_own_figure(build: Build) -> None:
    story = build("The Tarvin Relief Society said the death toll in the valley had soared to 4,200 as the search "
                  "for survivors went on.",
                  "The Tarvin Relief Society said that it never released the high death tolls to the agency.",
                  days=("2031-03-01", "2031-03-03"))
    figure, retraction = claim_by_cue(story, "said", "a0"), claim_by_cue(story, "said", "a1")
    assert retraction.polarity == "deny"
    assert (retraction.id, figure.id) in links_of(story, "denies")


def test_no_denial_of_an_allegation_against_another_party(build: Build) -> None:
    story = build("Police chief Ivo Rask accused Norvik of shelling the Tarsk prison on Friday night, where soldiers "
                  "from Velmora were held.",
                  "Velmora denied firing rockets at the Tarsk prison on Friday night.",
                  "Norvik accused Velmora of shelling the Tarsk prison on Friday night.")
    denial, answered = claim_by_cue(story, "denied", "a1"), claim_by_cue(story, "accused", "a2")
    assert [to for frm, to in links_of(story, "denies") if frm == denial.id] == [answered.id]


def test_link_negated_predicate_denies_the_allegation_it_answers(build: Build) -> None:
    alleged = ("The kidnappers claimed that a ransom had been paid by the state government for the release of the "
               "pupils.")
    story = build(alleged, "Information minister Ivo Rask said no ransom was paid to free the 40 pupils abducted from "
                           "the Tarvo school last week.")
    claim, answer = claim_by_cue(story, "claimed", "a0"), claim_by_cue(story, "said", "a1")
    assert answer.polarity == "deny" and links_of(story, "denies") == [(answer.id, claim.id)]
    other = build(alleged, "Information minister Ivo Rask said no ransom was demanded before the 40 pupils abducted "
                           "from the Tarvo school last week were freed.")
    assert not links_of(other, "denies")  # another predicate of the same noun


def test_link_negation_rebuts_only_the_doer_it_names(build: Build) -> None:
    alleged = "Velmora said that the Norvik army carried out the shelling of the Tarsk prison on Friday night."
    story = build(alleged, "The Norvik army said it did not carry out any strikes near the Tarsk prison on Friday "
                           "night.")
    assert links_of(story, "denies") == [(claim_by_cue(story, "said", "a1").id, claim_by_cue(story, "said", "a0").id)]
    other = build(alleged, "The Velmoran army said it did not carry out any strikes near the Tarsk prison on Friday "
                           "night.")
    assert not links_of(other, "denies")  # another party's denial agrees with the claim



def test_link_denial_of_a_named_outlets_report_denies_its_claim(build: Build) -> None:
    story = build("The Tarsk Transport Board strongly refuted a Daily Courier (DC) report that suggested engineer "
                  "Ivo Brask had opened the valves. Police chief Anna Berg accused the board of hiding its own "
                  "errors. The DC said Ivo Brask opened the valves of the dam seconds before the flood.")
    denial, courier = claim_by_cue(story, "refuted"), claim_by_cue(story, "said")
    assert links_of(story, "denies") == [(denial.id, courier.id)]


def test_link_denial_of_a_named_outlets_report_denies_each_of_its_allegations_told_there(build: Build) -> None:
    story = build("The Tarsk Transport Board strongly refuted a Daily Courier (DC) report that suggested negligence "
                  "by engineer Ivo Brask. The DC reported that Ivo Brask remained calm as the water rose. The DC "
                  "alleged that Ivo Brask opened the valves of the dam seconds before the flood.")
    denial, alleged = claim_by_cue(story, "refuted"), claim_by_cue(story, "alleged")
    assert (denial.id, alleged.id) in links_of(story, "denies"), [(c.cue, c.content) for c in story.claims]


# --------------------------------------------------------------------------- round 9: general forms on real coverage


def test_link_a_body_naming_no_state_speaks_for_the_state_that_denied_before_it(build: Build) -> None:
    # the accusation names the state by its people's word; the ministry's quote follows the state's rejection
    story = build("Chilean President Anna Berg said there were grave allegations that the Peruvian government had "
                  "ordered the killing of a dissident in Tarsk.",
                  "Peru on Tuesday rejected the accusations. Allegations that the Peruvian government played any "
                  "part in the killing are \"absurd and false\", the Foreign Office said.",
                  days=("2031-05-01", "2031-05-02"))
    said = claim_by_cue(story, "said", "a0")
    rejected = claim_by_cue(story, "rejected", "a1")
    ministry = next(c for c in story.claims if c.article == "a1" and "absurd" in c.content)
    assert ministry.polarity == "deny"
    assert {(rejected.id, said.id), (ministry.id, said.id)} <= set(links_of(story, "denies"))


def test_link_a_negation_holding_the_speakers_own_side_answers_the_blame(build: Build) -> None:
    story = build("Tarsk, May 3 - The Orvan Front has blamed Norvik for the blast at the clinic. Norvik army spokesman "
                  "Colonel Ivo Brask said an inquiry had \"confirmed that there was no Norvik fire from the land, sea "
                  "or air that hit the clinic\".")
    blamed = claim_by_cue(story, "blamed")
    negation = next(c for c in story.claims if "no Norvik fire" in c.content)
    assert (negation.id, blamed.id) in links_of(story, "denies")
    assert negation.polarity == "deny"


def test_link_a_denial_of_involvement_answers_the_accusation_its_article_tells_after_it(build: Build) -> None:
    story = build("The Norvik military on Wednesday denied involvement in the blast at the Tarsk clinic. The Orvan "
                  "Front, which controls Tarsk, has blamed the blast on Norvik.",
                  "The Orvan Front blamed Norvik for the blast at the Tarsk clinic on Tuesday.",
                  days=("2031-05-02", "2031-05-01"))
    denied = claim_by_cue(story, "denied", "a0")
    blamed_here = claim_by_cue(story, "blamed", "a0")
    assert (denied.id, blamed_here.id) in links_of(story, "denies")


def test_link_a_third_partys_clearing_answers_the_claimed_link_told_after_it(build: Build) -> None:
    story = build("Norland had \"no involvement whatsoever\" in the massacre at the Tarsk concert hall, the Velmoran "
                  "government said Sunday, after President Anna Berg of Orvania claimed a link to Norland.")
    said, claimed = claim_by_cue(story, "said"), claim_by_cue(story, "claimed")
    assert said.polarity == "deny" and claimed.stance == "allegation" and claimed.content == "a link to Norland"
    assert (said.id, claimed.id) in links_of(story, "denies")


def test_link_a_plea_of_not_guilty_answers_each_charge_against_its_speaker(build: Build) -> None:
    story = build("Senator Orla Venn pleaded not guilty on Friday to taking bribes from a shipping firm in Sarn. "
                  "An indictment issued on Monday accused Venn of steering harbour contracts to the firm. "
                  "Prosecutors allege that Venn received $70,000 in cash from the firm's owner.")
    pleaded, accused, allege = (claim_by_cue(story, c) for c in ("pleaded", "accused", "allege"))
    assert pleaded.polarity == "deny"
    assert {(pleaded.id, accused.id), (pleaded.id, allege.id)} <= set(links_of(story, "denies"))


def test_link_a_denial_of_wrongdoing_answers_the_charge_before_it(build: Build) -> None:
    story = build("Prosecutors allege that Mayor Tomas Rell received $40,000 in bribes from a builder in Valdora. "
                  "Rell's lawyer declined to comment on Tuesday. Rell has denied wrongdoing.")
    allege, denied = claim_by_cue(story, "allege"), claim_by_cue(story, "denied")
    assert (denied.id, allege.id) in links_of(story, "denies")



def test_no_link_a_patron_denies_involvement_beside_its_clients_claim(build: Build) -> None:
    # "an Estmark-backed group": Estmark backs the claimant; its denial of its own part does not deny the claim
    story = build("A Norland-backed militia group known as the Tavro Front claimed responsibility for the drone "
                  "attack on the Eskar outpost. Norland denied any involvement in the drone attack.")
    claimed, denied = claim_by_cue(story, "claimed"), claim_by_cue(story, "denied")
    assert claimed.stance == "responsibility" and denied.polarity == "deny"
    assert links_of(story, "denies") == []


def test_link_denial_of_named_claims_answers_the_owners_accusation(build: Build) -> None:
    # of the owner's two claims, the one pointing at the denier's side is what "X's claims" denies
    story = build("Velmoran spokesman Ivo Darrel said the orders for the attack were given by Estmark, not by the "
                  "rebels. Darrel said Velmora would respond with careful and measured steps. "
                  "Estmark spokesman Ann Corvin denied Darrel's claims.")
    orders = next(c for c in story.claims if "orders" in c.content)
    denial = claim_by_cue(story, "denied")
    assert (denial.id, orders.id) in links_of(story, "denies")
    assert all(to == orders.id for frm, to in links_of(story, "denies") if frm == denial.id)


def test_no_link_a_negation_never_answers_an_account_of_an_act_by_another_doer(build: Build) -> None:
    # the palace is the target of the act told, its doer is another: the spokesman's negation answers nothing
    story = build("The Norland government had no advance notice of a drone attack against the Velmoran presidential "
                  "palace by Estmark, three Norland officials told the network. Velmoran spokesman Ivo Darrel told "
                  "the state news agency that the president was not in the palace at the time of the alleged attack.")
    assert links_of(story, "denies") == []
    assert all(c.polarity == "assert" for c in story.claims)


def test_no_link_a_call_not_to_do_something_rebuts_nothing(build: Build) -> None:
    story = build("Norland accused Velmora of attacking the palace with drones. The Valdoran foreign policy chief "
                  "Ann Corvin called on Norland not to intensify attacks on Velmora after the alleged drone attack.")
    assert links_of(story, "denies") == []
    assert claim_by_cue(story, "called").polarity == "assert"


def test_no_link_claims_of_a_peoples_influence_are_not_that_peoples_claims(build: Build) -> None:
    # "claims of Norlandi influence": what is claimed names Norland; the claims are not Norland's
    story = build("Norland said on Monday that there is a conflict between Velmoran forces and resistance groups in "
                  "the region.",
                  "Norlandi spokesman Ivo Darrel dismissed claims of Norlandi influence over the groups.")
    statement, denial = claim_by_cue(story, "said"), claim_by_cue(story, "dismissed")
    assert (denial.id, statement.id) not in links_of(story, "denies")


def test_allegations_called_absurd_deny_the_accusation(build: Build) -> None:
    story = build("The Valdor government accused Norvik of arming the rebels in the hills.",
                  "Norvik called the allegations absurd and an attempt to shift attention.")
    accused, called = claim_by_cue(story, "accused", "a0"), claim_by_cue(story, "called", "a1")
    assert called.polarity == "deny"
    assert (called.id, accused.id) in links_of(story, "denies")


def test_statement_from_an_owner_denies_involvement(build: Build) -> None:
    story = build("Valdor's interior minister claimed that Norvik carried out the bombing in Tarsk.",
                  "Investigators pursued the lead despite a statement from Norvik's foreign ministry that Norvik had "
                  "nothing to do with the bombing in Tarsk.")
    claimed, statement = claim_by_cue(story, "claimed", "a0"), claim_by_cue(story, "statement", "a1")
    assert statement.polarity == "deny" and statement.involvement
    assert (statement.id, claimed.id) in links_of(story, "denies")


def test_denial_of_doing_an_act_does_not_deny_an_account_naming_no_doer(build: Build) -> None:
    story = build("Coast guard experts said a drone strike hit a cargo ship off the coast of Ostra, killing three "
                  "crew members.",
                  "Norvik denied that it carried out a drone strike on a cargo ship off the coast of Ostra that "
                  "killed three crew members.")
    said, denied = claim_by_cue(story, "said", "a0"), claim_by_cue(story, "denied", "a1")
    assert (denied.id, said.id) not in links_of(story, "denies")


def test_denial_of_doing_an_act_naming_the_place_does_not_deny_an_account_naming_no_doer(build: Build) -> None:
    # the place both name is no party: the account still names no doer
    story = build("Coast guard experts said a drone strike hit a cargo ship off Ostra, killing three crew members.",
                  "Norvik denied that it carried out a drone strike on a cargo ship off Ostra that killed three crew "
                  "members, even as Valdor alleges Norvik launched the strike.")
    said, denied = claim_by_cue(story, "said", "a0"), claim_by_cue(story, "denied", "a1")
    assert (denied.id, said.id) not in links_of(story, "denies")


def test_link_a_denial_naming_no_act_answers_the_act_told_before(build: Build) -> None:
    story = build("Velmoran officials blamed the Orsk Front for the bombing of the market in Oskel on Thursday.",
                  "The bombing of the market in Oskel on Thursday killed nine people. Orsk Front spokesman Ivo Ranek "
                  "said his group had nothing to do with it.")
    blamed, denial = claim_by_cue(story, "blamed"), claim_by_cue(story, "said")
    assert denial.polarity == "deny" and denial.event is not None and denial.event == blamed.event
    assert (denial.id, blamed.id) in links_of(story, "denies")


def test_no_link_a_denial_of_one_act_and_a_claim_of_past_or_other_acts(build: Build) -> None:
    story = build("The Orsk Front claimed responsibility for the bombing of the market in Oskel on Thursday. The Front "
                  "also claimed responsibility for a bomb blast on a train on Tuesday. The Front has claimed "
                  "responsibility for past suicide attacks in Vessia. A ministry spokesman said the Front has no "
                  "links with the market bombing.")
    market = with_cue_and_words(story, "claimed", "market")
    denial = claim_by_cue(story, "said")
    assert denial.polarity == "deny"
    assert [to for fr, to in links_of(story, "denies") if fr == denial.id] == [market.id]


def test_link_a_rejection_of_the_owners_claims_answers_its_claim_of_the_act_not_of_another(build: Build) -> None:
    # the Riders' claim of another act is the one told last before the rejection; the claim rejected is the raid's
    story = build("In a video posted on Friday the Sarn Riders said that their fighters raided the Velk depot. In "
                  "the same video the Sarn Riders also claimed a roadside bomb that hit a bus near Dusk in March. "
                  "A spokeswoman for Velmora's defence office rejected the Sarn Riders' claims.")
    raided = claim_by_cue(story, "said")
    rejected = claim_by_cue(story, "rejected")
    assert [to for fr, to in links_of(story, "denies") if fr == rejected.id] == [raided.id]


def with_cue_and_words(story: Story, cue: str, words: str) -> Claim:
    hits = [c for c in story.claims if (c.cue or "").split()[-1] == cue and words in c.content]
    assert hits, [(c.cue, c.content) for c in story.claims]
    return hits[0]


def test_link_a_denial_answers_an_allegation_naming_no_act_in_another_article(build: Build) -> None:
    story = build("Two truck bombs killed 31 people in Oskel on Tuesday. Interior Minister Oren Tallis said the "
                  "police had found the bombers. \"Our inquiry shows that they are tied to groups backing the "
                  "government of Velmora,\" he told the radio.",
                  "Velmora has denied being responsible for the two truck bombs that killed 31 people in Oskel on "
                  "Tuesday.")
    tied, denied = claim_by_cue(story, "told"), claim_by_cue(story, "denied")
    assert tied.involvement and tied.event is not None and tied.event == denied.event
    assert (denied.id, tied.id) in links_of(story, "denies")


def test_link_rejecting_the_claim_answers_the_claim_of_responsibility_told_before(build: Build) -> None:
    story = build("Velmoran officials accused the Orsk Front of abuses against prisoners in the north.",
                  "The banned Orsk Front accepted responsibility for the bombing of the market in Oskel. Hours "
                  "later the Velmoran interior ministry surprised many by rejecting the claim.")
    accepted, rejecting = claim_by_cue(story, "accepted"), claim_by_cue(story, "rejecting")
    assert [to for fr, to in links_of(story, "denies") if fr == rejecting.id] == [accepted.id]


def test_no_link_a_denial_never_clears_the_people_of_the_place_it_names(build: Build) -> None:
    story = build("Three truck bombs killed 31 people in Oskel on Tuesday. Velmora has denied being responsible for "
                  "the three truck bombs which killed 31 people in a Norlandian market town. \"The Norlandian premier "
                  "Ivo Strand must answer for this crime. His party bears full responsibility for the bombings,\" "
                  "Velmoran press minister Lia Dorne said.")
    denied, counter = claim_by_cue(story, "denied"), claim_by_cue(story, "said")
    assert denied.involvement and counter.involvement and denied.event == counter.event
    assert (denied.id, counter.id) not in links_of(story, "denies")  # the town's people are not whom it clears



# --- round 17: what a denial is about (the incident, the party cleared, the figure denied) ---


def test_link_denial_of_a_toll_answers_each_claim_giving_it(build: Build) -> None:
    # the relief office's toll in the denial's article is denied; the society's own earlier toll is gone back on
    story = build("The Norland Aid Society said on Monday that the death toll from the floods in Tarsk had soared to "
                  "4,200 as rescuers searched the river banks.",
                  "The Velmar Relief Office said 4,200 people had died after the Tarsk dam gave way, citing rescue "
                  "teams. On Thursday the Norland Aid Society denied that the death toll from the floods in Tarsk had "
                  "reached 4,200, saying it had counted the dead by name.",
                  days=("2031-05-01", "2031-05-04"))
    own, other = claim_by_cue(story, "said", "a0"), claim_by_cue(story, "said", "a1")
    denial = claim_by_cue(story, "denied", "a1")
    assert (denial.id, other.id) in links_of(story, "denies")
    assert (denial.id, own.id) in links_of(story, "contradicts")
    reasons = {(lk.from_, lk.to): lk.reason or "" for lk in story.claim_links}
    assert "toll" in reasons[(denial.id, other.id)] and "had given" in reasons[(denial.id, own.id)]


def test_no_link_from_a_denial_of_a_toll_to_another_figure(build: Build) -> None:
    story = build("The Velmar Relief Office said the floods in Tarsk had killed 900 people. On Thursday the Norland "
                  "Aid Society denied that the death toll from the floods in Tarsk had reached 4,200.")
    denial = claim_by_cue(story, "denied")
    assert not [t for f, t in links_of(story, "denies") + links_of(story, "contradicts") if f == denial.id]


def test_link_denial_of_involvement_to_an_account_of_another_act_naming_the_party(build: Build) -> None:
    # the capture is another kind of act than the attack: its doer (the police) is not who the account blames
    story = build("The hall in Tarsk lay in ruins on Saturday and police arrested four suspects. Velmar's President "
                  "Arvo Kell claimed they were captured by police while fleeing to Norland.\nNorland strongly denied "
                  "any involvement in Friday's attack on the Halvik concert hall in Tarsk.\nKell said police captured "
                  "the four suspects in Brenmark as they were trying to escape to Norland through a window prepared "
                  "for them on the Norlandi side of the border.")
    denial = claim_by_cue(story, "denied")
    claimed, said = claim_by_cue(story, "claimed"), claim_by_cue(story, "said")
    denied = {t for f, t in links_of(story, "denies") if f == denial.id}
    assert {claimed.id, said.id} <= denied


def test_link_denial_of_involvement_to_an_account_told_right_before_it(build: Build) -> None:
    story = build("Four suspects were detained near the border, Velmar's president Arvo Kell said.\n“They tried to "
                  "hide and moved towards Norland, where a window was prepared for them on the Norlandi side to "
                  "cross the border,” Kell said.\nMeanwhile, Norland has denied any role in the attack, for which the "
                  "Tavro Front has claimed responsibility.")
    denial = claim_by_cue(story, "denied")
    window = next(c for c in story.claims if "window" in c.content)
    assert (denial.id, window.id) in links_of(story, "denies")


def test_no_link_from_a_denial_of_involvement_to_an_account_far_from_it(build: Build) -> None:
    # told far away, with other speakers between: nothing says the denial answers it
    story = build("“They tried to hide and moved towards Norland, where a window was prepared for them on the "
                  "Norlandi side to cross the border,” Velmar's president Arvo Kell said.\nThe city's mayor said the "
                  "hall would stay closed for a month. Firefighters said the roof had collapsed in the blaze. "
                  "Doctors said forty people were still in hospital.\nNorland has denied any role in the attack, "
                  "for which the Tavro Front has claimed responsibility.")
    denial = claim_by_cue(story, "denied")
    window = next(c for c in story.claims if "window" in c.content)
    assert (denial.id, window.id) not in links_of(story, "denies")


def test_link_denial_of_involvement_answers_the_accuser_here_and_elsewhere(build: Build) -> None:
    # the account told beside the denial does not take the place of the accuser's allegation in another article
    story = build("Velmar's president Arvo Kell said Norland was linked to the deadly attack on the Halvik concert "
                  "hall.",
                  "“They tried to hide and moved towards Norland, where a window was prepared for them on the "
                  "Norlandi side to cross the border,” Velmar's president Arvo Kell said.\nMeanwhile, Norland has "
                  "denied any role in the attack on the Halvik concert hall.",
                  days=("2031-05-01", "2031-05-02"))
    elsewhere, denial = claim_by_cue(story, "said", "a0"), claim_by_cue(story, "denied", "a1")
    here = next(c for c in story.claims if "window" in c.content)
    denied = {t for f, t in links_of(story, "denies") if f == denial.id}
    assert {here.id, elsewhere.id} <= denied


def test_link_denial_of_involvement_answers_each_account_of_an_accuser_in_its_article(build: Build) -> None:
    # once Kell is the accuser answered here, his other account naming Norland is answered too, however far
    story = build("Velmar's president Arvo Kell accused Norland of sheltering the gunmen who attacked the Halvik "
                  "concert hall.\n“Who was waiting for them in Norland? We will find out,” Kell said.\nThe city's "
                  "mayor said the hall would stay closed for a month while engineers checked the roof. Firefighters "
                  "said the roof had collapsed in the blaze within an hour. Doctors said forty people were still in "
                  "hospital on Sunday.\nNorland has denied any involvement in the attack.")
    denial, accused = claim_by_cue(story, "denied"), claim_by_cue(story, "accused")
    question = next(c for c in story.claims if "waiting" in c.content)
    denied = {t for f, t in links_of(story, "denies") if f == denial.id}
    assert {accused.id, question.id} <= denied


def test_link_denial_of_named_claims_to_their_owners_unresolved_voice(build: Build) -> None:
    # "Officials of the Halvor Front" resolve to no entity: the phrase names the owner of the accusations denied
    story = build("The Velmar army on Sunday rejected the Halvor Front's accusations. Officials of the Halvor Front "
                  "said the shells that hit the village of Orsk were fired from an army base near the river.")
    rejected, said = claim_by_cue(story, "rejected"), claim_by_cue(story, "said")
    assert said.speaker is None
    assert (rejected.id, said.id) in links_of(story, "denies")


def test_no_link_from_a_denial_of_named_accusations_to_the_deniers_counter_accusation(build: Build) -> None:
    # Valdora owns the accusations Estmark rejects: the denial does not clear Valdora, so Estmark's own minister
    # blaming Valdora is not what it denies
    story = build("Estmark on Sunday rejected Valdora's accusations that it was behind the car bombs in the border "
                  "town of Tarsk. “The government of Valdora bears responsibility for this act,” Estmark's "
                  "information minister Ilan Rosk said.")
    rejected, said = claim_by_cue(story, "rejected"), claim_by_cue(story, "said")
    assert said.involvement
    denied = {t for f, t in links_of(story, "denies") if f == rejected.id}
    assert denied and said.id not in denied



def test_link_denies_the_proposition_of_denied_reports_without_the_deniers_gloss(build: Build) -> None:
    # "denied reports that P, calling them ...": P alone is what the other side said in its own words
    story = build("A Valdor border guard commander said that Norvik artillery shells had fallen on a Valdor farm and "
                  "killed two herders near Tarsk on Monday.",
                  "The Norvik general staff denied reports that Norvik artillery shells had fallen on Valdor land, "
                  "calling them a crude fabrication meant to stir up the conflict and to pull its neighbours into the "
                  "fighting.")
    said, denied = claim_by_cue(story, "said", "a0"), claim_by_cue(story, "denied", "a1")
    reasons = [lk.reason or "" for lk in story.claim_links
               if (lk.type, lk.from_, lk.to) == ("denies", denied.id, said.id)]
    assert reasons and "restated" in reasons[0]


def test_denied_reports_of_another_matter_deny_nothing_said(build: Build) -> None:
    story = build("A Valdor border guard commander said that Norvik artillery shells had fallen on a Valdor farm and "
                  "killed two herders near Tarsk on Monday.",
                  "The Norvik general staff denied reports that its envoy had met rebel leaders in Tarsk, calling them "
                  "a crude fabrication meant to stir up the conflict.")
    said, denied = claim_by_cue(story, "said", "a0"), claim_by_cue(story, "denied", "a1")
    assert (denied.id, said.id) not in links_of(story, "denies")


def test_link_a_denial_to_a_claim_naming_other_places_not_other_acts(build: Build) -> None:
    # "other towns" are no other acts: the claim is still of the market bombing the denial answers
    story = build("The Orsk Front claimed responsibility for the bombing of the market in Oskel, which drew traders "
                  "from other towns in Vessia. A ministry spokesman said the Front has no links with the market "
                  "bombing.")
    market, denial = claim_by_cue(story, "claimed"), claim_by_cue(story, "said")
    assert "other towns" in market.content and denial.polarity == "deny"
    assert (denial.id, market.id) in links_of(story, "denies")



def test_link_accused_answers_a_claim_whose_cue_names_no_accusing(build: Build) -> None:
    # "claimed that <another party> did P": an accusation though "claim" is no accusing verb; the accused's negation,
    # in another article, answers it and becomes a denial
    story = build("Norvik claimed on Saturday that Velmora's drones had crossed into its airspace twice this month.",
                  "Velmora's defence minister, Ivo Darrel, said the drones shown by Norvik were not models flown by "
                  "Velmora's army.")
    claim, answer = claim_by_cue(story, "claimed", "a0"), claim_by_cue(story, "said", "a1")
    assert answer.polarity == "deny"
    assert (answer.id, claim.id) in links_of(story, "denies")
    own = build("Norvik claimed on Saturday that its drones had crossed into the disputed valley twice this month.",
                "Velmora's defence minister, Ivo Darrel, said the drones shown by Norvik were not models flown by "
                "Velmora's army.")
    assert not links_of(own, "denies")  # the claim opens with its speaker's own side: it accuses no one


def test_link_accused_answers_a_partys_charge_told_as_a_statement(build: Build) -> None:
    story = build("The Norvik army says Velmora's troops backed the rebels during an attack on Monday near the "
                  "border. But the governor of Velmora's western province said the Velmoran army was \"not by any "
                  "means involved in the fighting\" in Norvik.")
    charge, answer = claim_by_cue(story, "says", "a0"), claim_by_cue(story, "said", "a0")
    assert answer.polarity == "deny" and (answer.id, charge.id) in links_of(story, "denies")


def test_speech_after_a_subject_is_no_charge() -> None:
    assert _speech_after(" rejects any plan to reopen the crossing") and _speech_after(" has repeatedly denied it")
    assert not _speech_after(" backed the rebels during the attack") and not _speech_after(" had crossed the border")


def test_link_denial_answers_the_accusers_words_on_the_matter_in_its_article(build: Build) -> None:
    story = build("Velmora's army has accused Norvik's forces of violating the truce agreement that took effect at "
                  "midnight. Velmora's army spokesman Ivo Rask claimed that Norvik's troops carried out attacks in "
                  "several border villages after the truce began. \"This is a deliberate breach of the truce "
                  "agreement,\" Rask said. In response, Norvik's defence ministry denied the accusations. \"Since the "
                  "truce began, there have been no attacks on border villages and no breach of the agreement,\" "
                  "Norvik officials said.")
    denial = next(c for c in story.claims if c.content.startswith("Since the truce began"))
    quote = next(c for c in story.claims if c.content.startswith("This is a deliberate breach"))
    assert quote.polarity == "assert" and (denial.id, quote.id) in links_of(story, "denies")


def test_link_a_denial_answers_the_accusation_as_each_outlet_retells_it(build: Build) -> None:
    # the minister's accusation in two outlets, then the rejection of "the allegations": both tellings are answered
    story = build("Valdor's interior minister Anton Berg said on Saturday that Norvik was behind the bombings in "
                  "Tarsk.",
                  "Interior minister Anton Berg told reporters that Norvik had planned the bombings in Tarsk with the "
                  "rebels and was behind them.",
                  "Norvik's foreign ministry on Sunday firmly rejected the baseless allegations made by Valdor.",
                  days=("2031-05-03", "2031-05-03", "2031-05-04"))
    said, told = claim_by_cue(story, "said", "a0"), claim_by_cue(story, "told", "a1")
    rejected = claim_by_cue(story, "rejected", "a2")
    supports = links_of(story, "supports")
    assert (told.id, said.id) in supports or (said.id, told.id) in supports
    denies = links_of(story, "denies")
    assert (rejected.id, said.id) in denies and (rejected.id, told.id) in denies


def test_no_link_a_retelling_after_the_denial_or_by_another_voice(build: Build) -> None:
    # the accuser repeating it after the answer, and a newspaper agreeing with it, are not what the answer denied
    story = build("Valdor's interior minister Anton Berg said on Saturday that Norvik was behind the bombings in "
                  "Tarsk.",
                  "Norvik's foreign ministry on Sunday firmly rejected the baseless allegations made by Valdor.",
                  "Interior minister Anton Berg told reporters on Tuesday that Norvik was behind the bombings in "
                  "Tarsk.",
                  "The Lesk Courier wrote that Norvik was behind the bombings in Tarsk.",
                  days=("2031-05-03", "2031-05-04", "2031-05-06", "2031-05-03"))
    rejected = claim_by_cue(story, "rejected", "a1")
    told, wrote = claim_by_cue(story, "told", "a2"), claim_by_cue(story, "wrote", "a3")
    denies = links_of(story, "denies")
    assert (rejected.id, told.id) not in denies and (rejected.id, wrote.id) not in denies
    assert any(d == rejected.id for d, _ in denies)


def test_link_a_generic_denial_answers_another_sides_charge_in_another_article(build: Build) -> None:
    # "denying accusations of aggression" says nothing of its own: it answers the charge that its side attacked
    story = build("Valdor's foreign ministry said Norvik has attacked military and civilian sites in Valdor, including "
                  "a clinic.",
                  "Norvik's ambassador Ilse Marr called for an immediate truce at the council, denying accusations of "
                  "aggression.",
                  days=("2031-05-03", "2031-05-04"))
    said, denying = claim_by_cue(story, "said", "a0"), claim_by_cue(story, "denying", "a1")
    assert (denying.id, said.id) in links_of(story, "denies")


def test_no_link_a_generic_denial_and_a_charge_of_other_days(build: Build) -> None:
    story = build("Valdor's foreign ministry said Norvik has attacked military and civilian sites in Valdor, including "
                  "a clinic.",
                  "Norvik's ambassador Ilse Marr called for an immediate truce at the council, denying accusations of "
                  "aggression.",
                  days=("2031-05-03", "2031-05-14"))
    said, denying = claim_by_cue(story, "said", "a0"), claim_by_cue(story, "denying", "a1")
    assert (denying.id, said.id) not in links_of(story, "denies")


def test_no_link_a_denial_and_a_demand_that_names_the_accused(build: Build) -> None:
    # the minister's demand that Norvik "should pay" repeats no account of what Norvik did: it is not what was denied
    story = build("Valdor's interior minister Anton Berg said on Saturday that Norvik was behind the bombings in "
                  "Tarsk.",
                  "Interior minister Anton Berg said Norvik should pay a heavy price for the bombings in Tarsk.",
                  "Norvik's foreign ministry on Sunday firmly rejected the baseless allegations made by Valdor.",
                  days=("2031-05-03", "2031-05-03", "2031-05-04"))
    said, demand = claim_by_cue(story, "said", "a0"), claim_by_cue(story, "said", "a1")
    rejected = claim_by_cue(story, "rejected", "a2")
    denies = links_of(story, "denies")
    assert (rejected.id, said.id) in denies and (rejected.id, demand.id) not in denies


# --------------------------------------------------------------------------- round 26: a side restating its denial
@pytest.mark.parametrize("text", [
    "The Health Ministry denied that vaccine stocks had run out in northern clinics. \"No clinic in the north has run "
    "out of vaccines,\" ministry spokesman Ivo Lenk said.",
    "Judge Ana Prel denied that she had met the defendant's lawyer before the trial. \"I did not meet the lawyer of "
    "Mr Rask at any time before the trial,\" she told the panel.",
    "The Electoral Commission rejected claims that ballots were destroyed in Dunmore. \"Not a single ballot was "
    "destroyed in Dunmore,\" commission chair Lea Hart said.",
    "The water authority denied that it had opened the floodgates of the Orvel dam without warning. \"No gate of the "
    "Orvel dam was opened without a warning to the villages,\" authority director Petra Sal said.",
])
def test_negated_statement_restating_its_sides_denial_is_a_denial_supporting_it(build: Build, text: str) -> None:
    story = build(text)
    denial, restated = sorted(story.claims, key=lambda c: c.start)[:2]
    assert denial.polarity == "deny" and restated.negated
    assert restated.polarity == "deny"
    assert (restated.id, denial.id) in links_of(story, "supports")


def test_negated_statement_in_another_article_restates_its_speakers_denial(build: Build) -> None:
    story = build("Former president Ivan Dross denied on Friday that he had ordered the police to fire on protesters "
                  "in Velgrad.", "\"The government did not order the police to open fire on the protesters,\" Ivan "
                  "Dross said in an interview.", days=("2023-03-03", "2023-03-04"))
    denial = next(c for c in story.claims if c.article == "a0" and c.polarity == "deny")
    restated = next(c for c in story.claims if c.article == "a1")
    assert restated.polarity == "deny" and (restated.id, denial.id) in links_of(story, "supports")


@pytest.mark.parametrize("text", [
    # another matter of the same voice
    "Corvex Holdings denied on Monday that it had sold customer data to advertisers. \"We will not raise our prices "
    "this year,\" chief executive Dana Pike said.",
    "Judge Ana Prel denied that she had met the defendant's lawyer before the trial. \"The trial will not resume "
    "before March,\" she told the panel.",
    "Former president Ivan Dross denied on Friday that he had ordered the police to fire on protesters in Velgrad. "
    "\"The protesters did not have a permit for the march,\" he said.",
    "The water authority denied that it had opened the floodgates of the Orvel dam without warning. \"The dam was not "
    "designed for rain of this kind,\" authority director Petra Sal said.",
    # another voice
    "The Health Ministry denied that vaccine stocks had run out in northern clinics. \"No clinic in the north has "
    "enough vaccines,\" nurse Mira Cole said.",
])
def test_negated_statement_of_another_matter_or_voice_restates_no_denial(build: Build, text: str) -> None:
    story = build(text)
    later = sorted(story.claims, key=lambda c: c.start)[-1]
    assert later.negated and later.polarity == "assert"
    assert not [p for p in links_of(story, "supports") if later.id in p]


def test_link_denial_of_named_allegations_answers_their_wording_in_its_article(build: Build) -> None:
    # no owner named: the clause the denial names, told by another side later in the article, is what it denies
    story = build("The Norvik government on Thursday termed allegations that its drones struck a refugee camp in "
                  "Tarsk a day earlier as false. The Valdor foreign ministry had stated that the strike had hit a "
                  "refugee camp in Tarsk.")
    termed, stated = claim_by_cue(story, "termed"), claim_by_cue(story, "stated")
    assert termed.polarity == "deny"
    assert (termed.id, stated.id) in links_of(story, "denies")


def test_link_denial_of_named_allegations_not_an_unrelated_account_in_its_article(build: Build) -> None:
    story = build("Norvik on Thursday dismissed a Valdor allegation that its drone had fired missiles at a refugee "
                  "camp in Tarsk. Security officials said the drone strike had killed two members of the Red Hand "
                  "militia, which is allied with the Tarsk Front.")
    dismissed, said = claim_by_cue(story, "dismissed"), claim_by_cue(story, "said")
    assert (dismissed.id, said.id) not in links_of(story, "denies")


def test_link_denial_of_owners_claim_answers_the_owners_statement_in_its_article(build: Build) -> None:
    story = build("The Norvik embassy on Thursday denied Valdor's claim that the drone strike hit a refugee camp. "
                  "The Valdor Foreign Ministry had stated that the strike had targeted a refugee camp.")
    denied, stated = claim_by_cue(story, "denied"), claim_by_cue(story, "stated")
    assert (denied.id, stated.id) in links_of(story, "denies")


def test_side_not_the_place_where_an_embassy_sits(build: Build) -> None:
    # "the Norvik embassy in Valdor" speaks for Norvik, not Valdor: it can deny Valdor's statement
    story = build("Valdor's foreign ministry said on Wednesday that Norvik forces struck a refugee camp near Tarsk. "
                  'The claim "that Norvik forces struck a refugee camp near Tarsk is false," a spokesman for the '
                  "Norvik embassy in Valdor said on Thursday.")
    said = claim_by_cue(story, "said")
    denial = next(c for c in story.claims if c.polarity == "deny")
    assert (denial.id, said.id) in links_of(story, "denies")


def test_unnamed_voice_after_a_denial_borrows_no_side(build: Build) -> None:
    # a spokesman for a named agency is no body of the denying state: his negated words stay his statement
    story = build("Valdor's foreign ministry said Norvik drones had struck a refugee camp near Tarsk. Norvik "
                  "dismissed the claim as false. A spokesman for the UN refugee agency said there were no refugee "
                  "camps in the area.")
    agency = next(c for c in story.claims if "no refugee camps" in c.content)
    assert agency.polarity == "assert"


def test_no_link_a_plan_told_of_a_party_is_no_charge_it_answers(build: Build) -> None:
    story = build("Velmor Aircraft said Tarvin Airways will operate the new jets on its northern routes.",
                  "Tarvin Airways chairman Ivo Rask said the company is not interested in acquiring northern routes "
                  "from Orsk Air.", days=("2023-03-03", "2023-03-04"))
    assert links_of(story, "denies") == []


def test_no_link_between_contents_of_no_word(build: Build) -> None:
    story = build("Olm raised his bid for the company to 22 crowns a share, from 20 crowns a share, which the "
                  "company rejected.",
                  "The networks made no offer at all and kept their original proposals, which, the guild said, "
                  "would have gutted the union contract.", days=("2023-03-03", "2023-03-04"))
    assert links_of(story, "denies") == []


def test_a_denial_told_on_in_one_statement_denies_what_its_first_denial_denies(build: Build) -> None:
    story = build("Norland's government accused Velmar of involvement in the killing of an activist in Tarsk last "
                  "week. Velmar's foreign ministry said allegations of the Velmari government's involvement in any "
                  "act of violence in Norland are absurd and motivated. \"We are a democratic state with a strong "
                  "commitment to the rule of law,\" the ministry said. \"We reject any attempts to connect the "
                  "Velmari government to such developments,\" the ministry said.")
    accusation = claim_by_cue(story, "accused")
    first = next(c for c in story.claims if "absurd" in c.content)
    closing = next(c for c in story.claims if "reject any attempts" in c.content and c.speaker == first.speaker)
    assert (first.id, accusation.id) in links_of(story, "denies")
    assert (closing.id, accusation.id) in links_of(story, "denies")
    assert (closing.id, first.id) in links_of(story, "supports")
